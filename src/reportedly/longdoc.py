"""Long articles: analyzed in pieces of whole paragraphs, joined into one report.

spaCy refuses a text over ``nlp.max_length`` (a million characters), and the analysis of
one Doc grows faster than its length (sources are resolved against every earlier
mention, attributions against their neighbours). A text longer than ``PIECE_CHARS`` is
therefore cut into consecutive pieces at paragraph boundaries (a sentence end or a space
when a paragraph alone is longer than a piece), each piece is analyzed on its own, and the
pieces' reports are joined: every offset shifted back into the whole text, ids renumbered
in document order, and a named source met again in a later piece merged into the first,
as is a surname alone ("Peskov") when one person of an earlier piece bears it ("Dmitry
Peskov"). Time and memory grow linearly with the text; what else is resolved across
paragraphs (a pronoun, an anonymous source named again) is resolved within a piece, about
3,000 words, longer than nearly every news article, which are never cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from reportedly.model import Attribution, Conflict, Report, Source, Span, Time

PIECE_CHARS = 20_000
"""Longest piece analyzed as one Doc. The per-KB cost of one Doc grows with its length
(``benchmarks/scaling.py``: 42 ms/KB at 10 KB, 111 at 100 KB, rules mode); at 20 KB it is
within 1.3x of a 10 KB article's, while a piece still holds a whole long feature."""
BOUNDARIES = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # a blank line: a paragraph ends
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"(?<=[.!?。！？])[\"'”’)\]]*\s+"),  # a sentence end
    re.compile(r"\s+"),  # any space
)
"""Where a piece may end, the best first; the whitespace stays with the piece before."""
BATCH_CHARS = 100_000
"""Most characters parsed in one batch. spaCy's peak memory grows with the tokens of a
batch (67 MB over the loaded pipeline for one 20 KB piece, 1 GB for 16 of them); a batch
of 16 typical articles (6.5 KB on average in PolNeAR) stays whole under this."""
MERGED_KINDS = frozenset({"person", "organization", "outlet"})
"""Sources that a name identifies across pieces; "three unnamed sources" in one piece and
in another need not be the same three."""
SURNAME_KINDS = frozenset({"person", "organization", "unknown"})
"""What a surname alone may be typed as and still be the person of an earlier piece."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of an article analyzed as one Doc: ``text == article.text[start:end]``;
    ``last`` marks an article's final piece."""

    text: str
    start: int
    last: bool


@dataclass(frozen=True, slots=True)
class PieceReport:
    """A piece's report (offsets into the piece) and how many sentences its Doc held."""

    piece: Piece
    report: Report
    sentences: int


def pieces(text: str, *, limit: int | None = None) -> tuple[Piece, ...]:
    """The text cut into consecutive pieces of at most ``limit`` (default
    ``PIECE_CHARS``) characters, one piece when it is that short, each ending at the best
    boundary ``BOUNDARIES`` finds."""
    limit = limit or PIECE_CHARS
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit, shortest=start + limit // 4)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return tuple(
        Piece(text[start:end], start, last=n == len(bounds) - 1)
        for n, (start, end) in enumerate(bounds)
    )


def _cut(text: str, start: int, stop: int, *, shortest: int) -> int:
    """Where the piece from ``start`` ends: after the last best boundary in
    ``(shortest, stop]``, or at ``stop`` when there is none (a run with no space). A
    weaker boundary late in the piece beats a paragraph break so early (before
    ``shortest``) that the pieces would be tiny."""
    for boundary in BOUNDARIES:
        ends = [m.end() for m in boundary.finditer(text, shortest, stop) if m.end() > shortest]
        if ends:
            return ends[-1]
    return stop


_Item = TypeVar("_Item")


def batches(
    items: Iterable[_Item], *, length: Callable[[_Item], int], most: int, most_chars: int
) -> Iterator[list[_Item]]:
    """The items in consecutive batches of at most ``most`` items and, unless one item
    alone is longer, ``most_chars`` characters (``length`` says an item's)."""
    batch: list[_Item] = []
    chars = 0
    for item in items:
        size = length(item)
        if batch and (len(batch) == most or chars + size > most_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size
    if batch:
        yield batch


def by_article(analyzed: Iterable[PieceReport]) -> Iterator[list[PieceReport]]:
    """The pieces' reports gathered per article, in order (an article ends at its
    ``last`` piece)."""
    gathered: list[PieceReport] = []
    for part in analyzed:
        gathered.append(part)
        if part.piece.last:
            yield gathered
            gathered = []


def joined(parts: Sequence[PieceReport]) -> Report:
    """One report of the whole article from its pieces' reports (the first piece's
    report as it is when there is only one)."""
    if len(parts) == 1:
        return parts[0].report
    joiner = _Joiner()
    sentences = 0
    for part in parts:
        joiner.add(part.report, shift=part.piece.start, sentences=sentences)
        sentences += part.sentences
    return replace(
        parts[0].report,
        sources=tuple(joiner.sources),
        attributions=tuple(joiner.attributions),
        times=tuple(joiner.times),
        conflicts=tuple(joiner.conflicts),
    )


class _Joiner:
    """Collects pieces' records with offsets shifted and ids renumbered."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.attributions: list[Attribution] = []
        self.times: list[Time] = []
        self.conflicts: list[Conflict] = []
        self._named: dict[tuple[str, str], int] = {}  # (kind, name) -> index in sources
        self._surnames: dict[str, set[int]] = {}  # a full name's last word -> its persons

    def add(self, report: Report, *, shift: int, sentences: int) -> None:
        earlier = len(self.sources)  # a piece's own sources stay apart: only these merge
        source_ids = {s.id: self._source(s, shift, earlier) for s in report.sources}
        attribution_ids = {
            a.id: f"a{n}" for n, a in enumerate(report.attributions, len(self.attributions) + 1)
        }
        time_ids = {t.id: f"t{n}" for n, t in enumerate(report.times, len(self.times) + 1)}
        for a in report.attributions:
            self.attributions.append(
                _shifted_attribution(a, shift, sentences, attribution_ids, source_ids)
            )
        for t in report.times:
            self.times.append(
                replace(
                    t,
                    id=time_ids[t.id],
                    start=t.start + shift,
                    end=t.end + shift,
                    attributions=_renamed(t.attributions, attribution_ids),
                )
            )
        for c in report.conflicts:
            self.conflicts.append(
                replace(
                    c,
                    attributions=_renamed(c.attributions, attribution_ids),
                    times=_renamed(c.times, time_ids),
                )
            )

    def _source(self, source: Source, shift: int, earlier: int) -> str:
        """The joined id of a piece's source: a named one seen in an earlier piece takes
        its mentions there; any other is added under the next id."""
        mentions = tuple(_shifted(m, shift) for m in source.mentions)
        index = self._earlier(source, earlier)
        if index is not None:
            known = self.sources[index]
            self.sources[index] = replace(
                known,
                role=known.role or source.role,
                description=known.description or source.description,
                mentions=known.mentions + mentions,
            )
            return known.id
        new_id = f"s{len(self.sources) + 1}"
        if source.kind in MERGED_KINDS:
            self._named.setdefault((source.kind, source.name), len(self.sources))
        words = source.name.split()
        if source.kind == "person" and len(words) > 1:
            self._surnames.setdefault(words[-1].casefold(), set()).add(len(self.sources))
        self.sources.append(replace(source, id=new_id, mentions=mentions))
        return new_id

    def _earlier(self, source: Source, earlier: int) -> int | None:
        """The index of the source of an earlier piece (below ``earlier``) this one is:
        the same kind and name, or, for a surname alone, the one person bearing it (typed
        a person, an organization or unknown: alone, a surname is often taken for a
        company, "Schneider")."""
        index = self._named.get((source.kind, source.name))
        if source.kind in MERGED_KINDS and index is not None and index < earlier:
            return index
        words = source.name.split()
        if source.kind not in SURNAME_KINDS or len(words) != 1:
            return None
        bearers = {i for i in self._surnames.get(words[0].casefold(), ()) if i < earlier}
        names = {self.sources[i].name for i in bearers}
        return self._named[("person", names.pop())] if len(names) == 1 else None


def _shifted_attribution(
    a: Attribution,
    shift: int,
    sentences: int,
    attribution_ids: dict[str, str],
    source_ids: dict[str, str],
) -> Attribution:
    return replace(
        a,
        id=attribution_ids[a.id],
        source=source_ids.get(a.source) if a.source else None,
        source_span=_shifted(a.source_span, shift) if a.source_span else None,
        cue=_shifted(a.cue, shift),
        content=_shifted(a.content, shift),
        content_parts=tuple(_shifted(p, shift) for p in a.content_parts),
        parent=attribution_ids.get(a.parent) if a.parent else None,
        target=attribution_ids.get(a.target) if a.target else None,
        sentence=a.sentence + sentences,
    )


def _shifted(span: Span, shift: int) -> Span:
    return Span(span.text, span.start + shift, span.end + shift)


def _renamed(ids: tuple[str, ...], names: dict[str, str]) -> tuple[str, ...]:
    return tuple(names[i] for i in ids if i in names)
