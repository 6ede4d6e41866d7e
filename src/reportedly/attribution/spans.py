"""Character spans from tokens, and the quotation marks around them.

Every span the attribution stage emits goes through here, so that offsets are character
offsets into ``doc.text`` and edges are trimmed the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from reportedly.attribution.quotes import quote_marks_of, quote_opens_at, quotes_of
from reportedly.doctext import text_of
from reportedly.lang.quotes import QUOTE_CHARACTERS
from reportedly.model import Span

CLOSING_TAIL = 3
"""How many characters of punctuation and space may stand between a clause's last word
and the closing mark of the quote it ends in ("territory,”")."""
EDGE_PUNCTUATION = frozenset({",", ";", ":", ".", "—", "–", "-", "(", ")", "[", "]"})


def char_span(doc: Doc, start: int, end: int) -> Span:
    """The Span for characters ``start:end`` of the doc's text."""
    return Span(text_of(doc)[start:end], start, end)


def token_span(doc: Doc, tokens: Iterable[Token]) -> Span | None:
    """The trimmed character span from the first to the last of ``tokens``.

    Leading and trailing spaces and punctuation are dropped, except quotation marks that
    belong to a quote the span opens or closes.
    """
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and _is_edge_noise(ordered[0], leading=True):
        ordered.pop(0)
    while ordered and _is_edge_noise(ordered[-1], leading=False):
        ordered.pop()
    if not ordered:
        return None
    start, end = balance_quotes(doc, *bounds(ordered))
    return char_span(doc, start, end)


def bounds(tokens: Sequence[Token]) -> tuple[int, int]:
    """The character offsets from the start of the first token to the end of the last,
    as they stand (``token_span`` trims them)."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def balance_quotes(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen ``start:end`` so that a quote opened inside it is closed inside it, and one
    closed inside it opened inside it.

    "Putin reportedly “expanded his objectives ... territory" becomes "... territory,”":
    the closing mark (and the comma before it) follow the last word of the clause; 'said
    "a legitimate negotiation" can proceed' takes the mark just before its first word.
    """
    text = text_of(doc)
    for quote in quotes_of(doc):
        if start <= quote.start < end < quote.end and _closes_after(text, end, quote.end):
            end = quote.end
        elif quote.start < start < quote.end <= end and only_gap(
            text, quote.start, start, QUOTE_CHARACTERS
        ):
            start = quote.start
    return start, end


def _closes_after(text: str, end: int, quote_end: int) -> bool:
    """Whether only a little punctuation and the closing mark lie between ``end`` and the
    end of the quote."""
    longest_mark = 2
    near = quote_end - end <= CLOSING_TAIL + longest_mark
    return near and only_gap(text, end, quote_end, ",.;:!? " + QUOTE_CHARACTERS)


def opens_quote(token: Token) -> bool:
    """Whether the token is the opening mark of a quotation (not an apostrophe)."""
    return quote_opens_at(token.doc, token.idx)


def closes_quote(token: Token) -> bool:
    """Whether the token is the closing mark of a quotation (not an apostrophe)."""
    return token.idx + len(token) in quote_marks_of(token.doc).closings


def _is_edge_noise(token: Token, *, leading: bool) -> bool:
    if token.is_space:
        return True
    if opens_quote(token):
        return not leading  # an opening mark cannot close a span
    if closes_quote(token):
        return leading  # nor a closing mark open one
    if token.lower_ in {"and", "but", "while", "as"} and token.dep_ in {"cc", "mark"}:
        return leading or token.dep_ == "cc"  # "... 'a millstone' and" ends on a word
    return token.is_punct or token.text in EDGE_PUNCTUATION


def subtree_without(token: Token, excluded: Iterable[Token]) -> list[Token]:
    """The tokens of ``token``'s subtree, less the subtrees of ``excluded`` tokens."""
    dropped: set[int] = set()
    for other in excluded:
        dropped.update(t.i for t in other.subtree)
    return [t for t in token.subtree if t.i not in dropped]


def contiguous_around(tokens: list[Token], anchor: Token) -> list[Token]:
    """The run of consecutive tokens in ``tokens`` that contains ``anchor``; punctuation
    the parser hung elsewhere (a closing quote, a comma) does not break the run."""
    indices = {t.i for t in tokens}
    if anchor.i not in indices:
        return tokens
    doc = anchor.doc
    low = high = anchor.i
    while _bridged(doc, indices, low, -1):
        low -= 1
    while _bridged(doc, indices, high, +1):
        high += 1
    return [t for t in tokens if low <= t.i <= high]


def _bridged(doc: Doc, indices: set[int], position: int, step: int) -> bool:
    """Whether the run can grow from ``position`` by one token in direction ``step``."""
    nxt = position + step
    if nxt in indices:
        return True
    probe = nxt
    while 0 <= probe < len(doc) and probe not in indices:
        if not (doc[probe].is_punct or doc[probe].is_space):
            return False
        probe += step
    return 0 <= probe < len(doc) and (opens_quote(doc[nxt]) or closes_quote(doc[nxt]))


def only_gap(text: str, start: int, end: int, allowed: str = " \n\t,:—–-") -> bool:
    """Whether ``text[start:end]`` holds nothing but the ``allowed`` characters."""
    return start <= end and all(ch in allowed for ch in text[start:end])


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def is_line_break(token: Token) -> bool:
    """Whether the token is whitespace holding a line break."""
    return token.is_space and "\n" in token.text


def line_of(token: Token) -> tuple[int, int]:
    """The token range (start, end) of the line the token stands on."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and not is_line_break(doc[start - 1]):
        start -= 1
    while end < len(doc) and not is_line_break(doc[end]):
        end += 1
    return start, end


def after_boundary(tokens: list[Token], head: Token) -> tuple[list[Token], Token]:
    """The tokens after the last line break or dateline dash, and their head: a subject's
    subtree can swallow a dateline ("MOSCOW (Reuters) – Kremlin spokesman Dmitry Peskov")
    or a time stamp line above it, and the parser may even make the dateline its head."""
    cut = -1
    for token in tokens:
        line_break = is_line_break(token)
        dateline = token.text in DATELINE_DASHES and token.i > 0 and token.nbor(-1).text == ")"
        if line_break or dateline:
            cut = token.i
    kept = [t for t in tokens if t.i > cut]
    if not kept or head.i > cut:
        return kept or tokens, head
    inside = {t.i for t in kept}
    roots = [t for t in kept if t.head.i not in inside or t.head == t]
    nouns = [t for t in roots if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return kept, (nouns or roots)[-1]
