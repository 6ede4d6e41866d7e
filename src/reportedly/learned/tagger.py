"""The learned attribution tagger: SOURCE / CUE / CONTENT spans, and attributions from them.

``predict`` runs the shipped spaCy pipeline (a tokenizer and one ``ner`` that also reads a
pretrained encoder's vectors, ``learned.context``; trained by ``learned.training`` on
PolNeAR; see the model card in ``models/attribution_minilm_<date>/``) over a text and
returns its spans as character offsets into that text. ``learned_attributions``
groups the spans of a parsed Doc into attributions, one per predicted cue:

- a source goes to the cue its syntactic head points into (the subject of a speech verb,
  the object of "according to"), else to the nearest cue of its sentence; a cue keeps one
  source, the closest claimant;
- a content piece goes to the nearest cue, counting sentences apart first, then (for a
  piece in another sentence) a cue before the piece over one after it, then tokens apart,
  so "A," she said. "B," he said. gives each quote its own cue; a cue can collect several
  pieces (a quote interrupted by its cue); a cue with a piece in its own sentence keeps
  only those, unless that piece is a quote cut by the cue ("A," she said.), when it also
  keeps the quotes opening the next sentence; pieces before a cue that runs straight (no
  comma) into a piece after it are dropped, unless a quote the cue cuts or a subject or
  object of the cue's words ("The efforts are expected to continue");
- a cue with pieces in its own paragraph keeps only those (pieces of another paragraph are
  the next speaker's: 0.9% of PolNeAR train's content pieces lie in a paragraph after
  their cue's);
- "A," she said. "B." -- the quote opening the sentence after such a cut quote goes to the
  cue as a further piece when no tagged cue lies in it and it opens in the cue's paragraph
  (PolNeAR annotates both quotes as one content);
- a content piece that stops inside a quote it opened is stretched to the quote's end when
  no cue lies in the quote, else over the punctuation and the closing mark that follow
  ("... rubble." + closing mark), as PolNeAR annotates;
- the last content piece of a cue is stretched to the end of the cue's clausal complement
  in the parse when the tagger stopped inside it, unless it stopped at a clause break (a
  comma, dash or parenthesis, "and", "but");
- a cue that collected no content takes the clausal complement of its head word from the
  parse (what the rules read), else it is dropped (with the whole-article tagger, taking
  the longer side of the sentence instead cost 1 point of dev relation F1); a cue that got
  no source takes the subject of its head word (``frames.subject_of``, as the rules do), or
  for a participle hanging on another verb ("Noting that ..., he said", "he said, before
  adding ...") that verb's subject, when it overlaps neither the cue nor the content;
  sources and contents no cue claims are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Token
from thinc.api import Model

from reportedly.attribution import Quote, bounds, quotes_of, subject_of
from reportedly.doctext import text_of
from reportedly.errors import ModelMissingError
from reportedly.lang.quotes import CLOSING_MARKS, OPENING_CHARACTERS
from reportedly.learned import (
    context,
    layers,  # noqa: F401  (the model's layers, for spacy.load)
)
from reportedly.learned.inputs import tagger_input
from reportedly.nlp import load_bare

MODEL_NAME = "attribution_minilm_2026-12-02"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / MODEL_NAME
"""The shipped model: package data of ``reportedly``."""

COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
"""Dependents of a cue's head word read as its content (to stretch a tagged content to,
or in place of one when the tagger found none)."""

PARTICIPLE_DEPS = frozenset({"advcl", "pcomp"})
"""Dependency labels of a participial cue that hangs on another verb ("Noting that ...,
he said", "he said, before adding ..."): its source is that verb's subject."""

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "attr", "oprd"})
"""Dependency labels of a cue word's subjects and objects: content before the cue ("The
efforts are expected to continue", "what she called a ruse"), not an adverbial clause."""
CUT_QUOTE = re.compile(
    r",\s?(?:" + "|".join(map(re.escape, sorted(CLOSING_MARKS, key=len, reverse=True))) + ")$"
)
"""The end of a quote cut by its cue: "We are ready," she said. (a comma, the closing mark)."""
CLAUSE_BREAK = re.compile(r"\s*(?:[,(—–-]|(?:and|but)\s)")
"""What follows a content the tagger ended before a relative clause, an apposition, an aside
or a second clause ("... the rules, which the court has put on hold"): the parse hangs
these under the complement, PolNeAR mostly leaves them out."""
CLOSING_TAIL = re.compile(r"[.,?!;:…]*\s?(?:”|''|\")")
"""Punctuation and a closing quotation mark right after a content piece."""
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
"""A blank line: where one paragraph ends and the next begins."""


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """One span the tagger found: ``label`` in SOURCE / CUE / CONTENT, character offsets."""

    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LearnedAttribution:
    """A cue with the source and content pieces linked to it; ``sentence`` is the cue's."""

    cue: TaggedSpan
    source: TaggedSpan | None
    content: tuple[TaggedSpan, ...]
    sentence: int


OUTSIDE_PENALTY = 0.0
"""Taken off the tagger's score for leaving a token outside every span (its "O" move): more
tokens start a span, trading precision for recall. Chosen on dev per model: 0.5 raised the
2026-11-25 model's exact F1 (source +1.1) and relation F1 (+0.3), a precise tagger that
missed spans; a tagger on the tuned encoder has the balance already (dev relation F1 67.1
at 0, 66.9 at 0.25, 66.5 at 0.5, 66.0 at 1.0, exact F1 within 0.4: the encoder tuned at
5e-5, see the model card)."""


@lru_cache(maxsize=4)
def load_tagger(path: Path = MODEL_DIR, *, outside_penalty: float = OUTSIDE_PENALTY) -> Language:
    """The tagger pipeline at ``path``, loaded once per process, with the pretrained encoder
    it reads (an error here, not on the first article, when its extra is missing)."""
    if not (path / "config.cfg").is_file():
        raise ModelMissingError(str(path))
    tagger = spacy.load(path)
    if reads_context(tagger):
        context.load_encoder(point_at_tuned_layers(tagger, path))
        read_context_in_bfloat16(tagger, context.cpu_has_bfloat16())
    penalize_outside(cast(EntityRecognizer, tagger.get_pipe("ner")), outside_penalty)
    return tagger


def penalize_outside(ner: EntityRecognizer, penalty: float) -> None:
    """Lower the score of the "O" move by ``penalty``: more tokens start a span."""
    upper = ner.model.get_ref("upper")
    moves = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    bias = upper.get_param("b").copy()
    bias[moves.index("O")] -= penalty
    upper.set_param("b", bias)


def point_at_tuned_layers(tagger: Language, path: Path) -> str:
    """Point the tagger's contextual vectors at the fine-tuned encoder layers in its folder
    (the config names the file; training read it elsewhere) and return that path, or "" for
    a tagger on the package's encoder."""
    name = _embed_config(tagger).get("tuned", "")
    tuned = str(path / name) if name else ""
    for layer in context_layers(tagger):
        layer.attrs["tuned"] = tuned
    return tuned


def read_context_in_bfloat16(tagger: Language, bfloat16: bool) -> None:
    """Have the tagger's contextual vectors read in bfloat16 or not (``learned.context``)."""
    for layer in context_layers(tagger):
        layer.attrs["bfloat16"] = bfloat16


def context_layers(tagger: Language) -> Iterator[Model[Any, Any]]:
    """The tagger's layers of contextual vectors (``context.CONTEXT_LAYER``)."""
    ner = cast(EntityRecognizer, tagger.get_pipe("ner"))
    return (node for node in ner.model.walk() if node.name == context.CONTEXT_LAYER)


def reads_context(tagger: Language) -> bool:
    """Whether the tagger embeds the pretrained encoder's vectors (``learned.context``)."""
    embed = _embed_config(tagger)
    return bool(embed["@architectures"] == context.EMBED)


def _embed_config(tagger: Language) -> dict[str, Any]:
    """The config block of the tagger's embedding layer."""
    embed: dict[str, Any] = tagger.config["components"]["ner"]["model"]["tok2vec"]["embed"]
    return embed


def predict(doc_or_text: Doc | str, *, tagger: Language | None = None) -> tuple[TaggedSpan, ...]:
    """The tagged spans of a text or of a Doc parsed by the main pipeline, in text order.

    The tagger reads the parse (lemmas, tags, dependency labels), so a text is parsed
    first; a Doc is tagged through a copy (``inputs.tagger_input``), left untouched."""
    doc = load_bare()(doc_or_text) if isinstance(doc_or_text, str) else doc_or_text
    (spans,) = predict_docs([doc], tagger=tagger)
    return spans


def predict_docs(
    docs: Sequence[Doc], *, tagger: Language | None = None
) -> list[tuple[TaggedSpan, ...]]:
    """``predict`` for parsed Docs at once: the tagger runs them as one batch (faster than
    one by one, same spans: its LSTM reads each Doc alone whatever the padding)."""
    ner = cast(EntityRecognizer, (tagger or load_tagger()).get_pipe("ner"))
    for doc in docs[:1]:  # the Docs share one vocabulary: it must know the labels it is given
        for label in ner.labels:
            doc.vocab.strings.add(label)
    tagged = ner.pipe([tagger_input(doc) for doc in docs], batch_size=max(1, len(docs)))
    return [tuple(TaggedSpan(e.label_, e.start_char, e.end_char) for e in t.ents) for t in tagged]


# -- linking -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Located:
    """A tagged span with its token range in the parsed Doc and its sentence numbers."""

    span: TaggedSpan
    start: int
    end: int
    first_sentence: int
    last_sentence: int


def learned_attributions(
    doc: Doc, *, tagger: Language | None = None, spans: Sequence[TaggedSpan] | None = None
) -> tuple[LearnedAttribution, ...]:
    """The attributions of a parsed Doc from the tagger's spans (``spans`` if given)."""
    sentence_of = _sentence_numbers(doc)
    located = [
        loc
        for span in (predict(doc, tagger=tagger) if spans is None else spans)
        if (loc := _locate(doc, span, sentence_of)) is not None
    ]
    cues = [loc for loc in located if loc.span.label == "CUE"]
    sources = _link_sources(doc, cues, [loc for loc in located if loc.span.label == "SOURCE"])
    text = text_of(doc)
    contents = _link_contents(doc, cues, [loc for loc in located if loc.span.label == "CONTENT"])
    quotes = quotes_of(doc) if contents else ()
    found: list[LearnedAttribution] = []
    for n, cue in enumerate(cues):
        source = sources.get(n)
        content = _content_for(doc, cue, contents.get(n, ()), source)
        if content:
            content = _continued_quote(doc, cue, content, quotes, cues)
            content = tuple(_closed(text, piece, quotes, cues) for piece in content)
            tagged = source.span if source else _parse_source(doc, cue, content)
            found.append(LearnedAttribution(cue.span, tagged, content, cue.first_sentence))
    return tuple(found)


def _content_for(
    doc: Doc, cue: _Located, tagged: tuple[TaggedSpan, ...], source: _Located | None
) -> tuple[TaggedSpan, ...]:
    """The tagged pieces (the last one stretched), else the parse's complement, if any."""
    if tagged:
        return _extended(doc, cue, tagged)
    return _parse_content(doc, cue, source)


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for n, sentence in enumerate(doc.sents):
        numbers[sentence.start : sentence.end] = [n] * len(sentence)
    return numbers


def _locate(doc: Doc, span: TaggedSpan, sentence_of: list[int]) -> _Located | None:
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    return _Located(
        span, tokens.start, tokens.end, sentence_of[tokens.start], sentence_of[tokens.end - 1]
    )


def _gap(a: _Located, b: _Located) -> int:
    """Tokens strictly between two token ranges (0 when they touch or overlap)."""
    return max(0, b.start - a.end, a.start - b.end)


def _sentences_apart(a: _Located, b: _Located) -> int:
    return max(0, b.first_sentence - a.last_sentence, a.first_sentence - b.last_sentence)


def _root(doc: Doc, loc: _Located) -> Token:
    return doc[loc.start : loc.end].root


def _headed_from(root: Token, other: _Located) -> bool:
    """Whether the head word of ``root`` (a span's root) lies in ``other``."""
    return other.start <= root.head.i < other.end


def _syntactically_linked(doc: Doc, source: _Located, cue: _Located) -> bool:
    """The source's head word is in the cue, or the cue's head word is in the source."""
    return _headed_from(_root(doc, source), cue) or _headed_from(_root(doc, cue), source)


def _link_sources(doc: Doc, cues: list[_Located], sources: list[_Located]) -> dict[int, _Located]:
    """Cue index -> its source: best (linked, then closest) claims first, one per cue."""
    claims = sorted(
        (not _syntactically_linked(doc, source, cue), _gap(source, cue), n, k)
        for k, source in enumerate(sources)
        for n, cue in enumerate(cues)
        if cue.first_sentence <= source.last_sentence and source.first_sentence <= cue.last_sentence
    )
    linked: dict[int, _Located] = {}
    used: set[int] = set()
    for _, _, n, k in claims:
        if n not in linked and k not in used:
            linked[n] = sources[k]
            used.add(k)
    return linked


def _link_contents(
    doc: Doc, cues: list[_Located], contents: list[_Located]
) -> dict[int, tuple[TaggedSpan, ...]]:
    """Cue index -> its content pieces, each piece going to its nearest cue, a cue with a
    piece in its own sentence keeping only those (and the quotes continuing a cut one)."""
    pieces: dict[int, list[_Located]] = {}
    for content in contents:
        nearest = min(range(len(cues)), key=lambda n: _distance(content, cues[n]), default=None)
        if nearest is not None and _sentences_apart(content, cues[nearest]) <= 1:
            pieces.setdefault(nearest, []).append(content)
    text = text_of(doc)
    return {
        n: tuple(
            piece.span
            for piece in _own_paragraph(
                text, cues[n], _without_strays(doc, cues[n], _own_sentence(text, cues[n], found))
            )
        )
        for n, found in pieces.items()
    }


def _distance(content: _Located, cue: _Located) -> tuple[int, bool, int]:
    """Sentences apart; across sentences, whether the cue comes after the piece; tokens apart."""
    apart = _sentences_apart(content, cue)
    return apart, apart > 0 and cue.start > content.start, _gap(content, cue)


def _own_sentence(text: str, cue: _Located, pieces: list[_Located]) -> list[_Located]:
    """The pieces in the cue's sentence when there are any, with the quotes opening the next
    sentence when the last of them is a quote the cue cuts; else all the pieces."""
    own = [p for p in pieces if _sentences_apart(p, cue) == 0]
    if not own:
        return pieces
    last = max(own, key=lambda p: p.end).span
    if not CUT_QUOTE.search(text[last.start : last.end]):
        return own
    return [
        p
        for p in pieces
        if p in own
        or (p.first_sentence == cue.last_sentence + 1 and text[p.span.start] in OPENING_CHARACTERS)
    ]


def _own_paragraph(text: str, cue: _Located, pieces: list[_Located]) -> list[_Located]:
    """The pieces in the cue's paragraph when there are any, else all the pieces."""
    own = [p for p in pieces if not _paragraphs_apart(text, cue.span, p.span)]
    return own or pieces


def _paragraphs_apart(text: str, a: TaggedSpan | Quote, b: TaggedSpan | Quote) -> bool:
    """Whether a paragraph break lies between two spans of ``text``."""
    return PARAGRAPH_BREAK.search(text, min(a.end, b.end), max(a.start, b.start)) is not None


def _without_strays(doc: Doc, cue: _Located, pieces: list[_Located]) -> list[_Located]:
    """The pieces less those before the cue when the cue runs straight into a piece after
    it, with no comma between ("As a phone rang, Clinton said “It's 3 a.m. ..."): pieces on
    both sides make one content around a parenthetical cue ("All of this, he acknowledges,
    could be undone"), a quote the cue cuts ("A," she said, "B") or a subject or object of
    the cue's words ("The efforts are expected to continue"), which are kept."""
    text = text_of(doc)
    after = [p for p in pieces if p.start >= cue.end]
    if not after or "," in text[cue.span.end : min(p.span.start for p in after)]:
        return pieces
    return [
        p
        for p in pieces
        if p.end > cue.start
        or CUT_QUOTE.search(text[p.span.start : p.span.end])
        or _argument_of(doc, p, cue)
    ]


def _argument_of(doc: Doc, piece: _Located, cue: _Located) -> bool:
    """Whether the piece is a subject or object of a word of the cue."""
    root = _root(doc, piece)
    return root.dep_ in ARGUMENT_DEPS and _headed_from(root, cue)


def _continued_quote(
    doc: Doc,
    cue: _Located,
    content: tuple[TaggedSpan, ...],
    quotes: tuple[Quote, ...],
    cues: list[_Located],
) -> tuple[TaggedSpan, ...]:
    """ "A," she said. "B." -- the quote opening the next sentence as a further piece, when
    the content ends with a quote the cue cuts, before the cue, no cue lies in the next
    quote and it opens in the cue's paragraph (PolNeAR annotates both quotes as one
    content)."""
    text = text_of(doc)
    last = content[-1]
    if last.end > cue.span.start or not CUT_QUOTE.search(text[last.start : last.end]):
        return content
    following = doc[cue.start].sent.end
    while following < len(doc) and doc[following].is_space:
        following += 1
    if following == len(doc):
        return content
    quote = next((q for q in quotes if q.start == doc[following].idx), None)
    if quote is None or any(quote.start <= c.span.start < quote.end for c in cues):
        return content
    if _paragraphs_apart(text, cue.span, quote):
        return content
    if any(quote.start <= piece.start < quote.end for piece in content):
        return content
    return (*content, TaggedSpan("CONTENT", quote.start, quote.end))


def _closed(
    text: str, piece: TaggedSpan, quotes: tuple[Quote, ...], cues: list[_Located]
) -> TaggedSpan:
    """The piece stretched to the end of the quote it opens and stops inside, when no cue
    lies in the quote (the tagger often stops a long quote after its first sentence); else
    over the punctuation and closing mark right after it when it leaves a quote open
    ("... rubble" -> "... rubble." and the mark)."""
    quote = next((q for q in quotes if q.start == piece.start and piece.end < q.end), None)
    if quote is not None and not any(quote.start < c.span.start < quote.end for c in cues):
        return TaggedSpan(piece.label, piece.start, quote.end)
    inside = text[piece.start : piece.end]
    unbalanced = (
        inside.count("“") > inside.count("”")
        or inside.count('"') % 2 == 1
        or inside.count("''") % 2 == 1
    )
    tail = CLOSING_TAIL.match(text, piece.end) if unbalanced else None
    return TaggedSpan(piece.label, piece.start, tail.end()) if tail else piece


def _parse_content(doc: Doc, cue: _Located, source: _Located | None) -> tuple[TaggedSpan, ...]:
    """The subtree of a complement of the cue's head word, as one CONTENT span."""
    head = _root(doc, cue)
    for child in head.children:
        if child.dep_ in COMPLEMENT_DEPS and not cue.start <= child.i < cue.end:
            subtree = list(child.subtree)
            if source and any(source.start <= t.i < source.end for t in subtree):
                continue
            start, end = bounds(subtree)
            return (TaggedSpan("CONTENT", start, end),)
    return ()


def _parse_source(doc: Doc, cue: _Located, content: tuple[TaggedSpan, ...]) -> TaggedSpan | None:
    """The subject of the cue's head word, as a SOURCE span clear of the cue and content."""
    words = doc[cue.start : cue.end]
    subject = subject_of(words.root)
    if subject is None and not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        # Not "Batting down allegations that ...": the allegations are not the batter's.
        subject = _doer_of_participle(words.root)
    if subject is None:
        return None
    tokens = [t for t in subject.subtree if not t.is_punct and not t.is_space]
    if not tokens:
        return None
    start, end = bounds(tokens)
    cue_start, cue_end = bounds(list(doc[cue.start : cue.end]))
    if any(p.start < end and start < p.end for p in content) or (
        cue_start < end and start < cue_end
    ):
        return None
    return TaggedSpan("SOURCE", start, end)


def _doer_of_participle(word: Token) -> Token | None:
    """The subject of the verb a participial cue hangs on, before it or after it:
    "he said, before adding ...", "Noting that ..., he said", "Obama, while saying ...,
    also said": the participle's doer is that verb's subject."""
    head = word.head
    if word.tag_ != "VBG" or word.dep_ not in PARTICIPLE_DEPS:
        return None
    if word.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head
    if head is word or head.pos_ not in {"VERB", "AUX"}:
        return None
    return subject_of(head)


def _extended(doc: Doc, cue: _Located, content: tuple[TaggedSpan, ...]) -> tuple[TaggedSpan, ...]:
    """The content, its last piece stretched to the end of the cue's complement when the
    tagger stopped inside it, but not at a clause break it stopped before."""
    last = content[-1]
    if CLAUSE_BREAK.match(text_of(doc), last.end):
        return content
    for child in _root(doc, cue).children:
        if child.dep_ not in COMPLEMENT_DEPS or cue.start <= child.i < cue.end:
            continue
        tokens = [t for t in child.subtree if not t.is_punct and not t.is_space]
        if not tokens:
            continue
        start, end = bounds(tokens)
        if start <= last.start < last.end < end:
            return (*content[:-1], TaggedSpan("CONTENT", last.start, end))
    return content
