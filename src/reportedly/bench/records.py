"""Record-level attribution benchmark: whole attribution records against hand-made gold.

``reportedly bench records --data DIR [--mode rules|model] [--out FILE] [--verbose]`` (or
``python -m reportedly.bench.records``) scores every set under ``DIR``: a set is a folder
with ``articles/<name>.txt`` and ``gold/<name>.json``, in the format of
``../shared/benchmarks/records/FORMAT.md``. ``DIR`` is one set, or a folder of sets
(``basil/``, ``styles/``), each scored and shown apart.

Input
-----
Each article file is read as plain text, whatever it looks like (``ingest`` would take a
file with a ``#`` line or a ``[link](...)`` for Markdown and move offsets) and whole, as
FORMAT.md says the file is exactly what is analyzed: its title line and ``Published:``
line stay in the analyzed text (``reportedly analyze FILE.txt`` reads them as the title and
the date), and basil annotates headlines. The gold's ``published`` and ``outlet`` are
passed with it. Gold strings are looked up in the analyzed text ``report.article.text``.

Locating the gold
-----------------
Gold attributions carry strings, not offsets; they are located in text order, each search
starting at the previous attribution's start (its cue or content, whichever comes first),
falling back to the occurrence nearest to that point when nothing follows it:

- the content first: its first part, then each further part (a content interrupted by its
  cue is written ``"A ... B"``) at the first occurrence after the part before it;
- then the cue: of its occurrences (whole words; case-insensitive only when no exact one
  exists), the one nearest to the content, distance 0 when it lies in the gap of an
  interrupted content. Occurrences inside the content, occurrences an earlier gold
  attribution already took, and, for an empty content (a refusal), occurrences before the
  starting point count as ``FAR`` characters further away, so they are taken only when
  nothing else fits.

A gold attribution whose strings cannot be found is *unlocated*: a miss (counted in the
recall, listed by ``--verbose``).

Matching
--------
A prediction matches a gold attribution when its cue overlaps the gold cue by a character
and its content (``content_parts`` when it has them) overlaps at least half of the gold
content's ``\\w+`` words. A gold content with no words (a refusal's ``""``) asks nothing of
the predicted content: the cue decides, whether or not the prediction has a content (the
rules give "declined to comment" the content "to comment"). Matching is one-to-one,
greedy: the pairs with the larger share of gold words covered first, then the larger cue
overlap, then text order.

Figures
-------
Counts are summed over the articles of a set (micro-average); a share of nothing is 0.
Each figure's name in ``--out`` is in brackets.

- **attribution** P/R/F1 [``attribution``]: matched pairs over predictions, over gold.
- **speaker**, **stance**, **kind**, **hedged** accuracy [``speaker``, ...], on matched
  pairs. Speaker is right when the predicted source's name or one of its mentions contains
  the gold speaker's last word (case-insensitive; the word stripped of edge punctuation);
  for a gold ``anonymous`` or ``group`` source, when the predicted source has that kind and
  the gold ``count`` (both null agree); for a gold ``null`` speaker (the text names no
  source), when the prediction has no source either. Hedged is right when the prediction
  has hedges exactly when the gold says ``hedged``.
- **content within bounds** [``content``] (not in FORMAT.md): on matched pairs whose gold
  content has words, the gold words are at least half of the predicted content's words
  too, i.e. the predicted content does not run on far past the gold one. The match only
  asks it of the gold side; this says how often the contents found are about the right
  length. [``attribution_bounded``]: attribution P/R/F1 counting only the matched pairs
  whose content is within bounds (or whose gold content is empty): the figure of a match
  rule that asks the half overlap of both contents, as ``bench polnear``'s relation match
  does. That reading gives the attribution F1 an earlier independent scorer gave (about
  3 points below ``attribution`` on basil, 2 to 5 on styles).
- **anonymous-source** accuracy [``anonymous``]: the speaker figure on the matched pairs
  whose gold source is ``anonymous`` or ``group`` (kind and count).
- **refusal** recall [``refusal``]: gold declines matched by a prediction with stance
  ``decline``, over all gold declines (matched or not); **denial** recall [``denial``],
  the same for ``deny``.
- **denial-target** accuracy [``target``]: on matched pairs whose gold stance is deny or
  confirm, the predicted ``target`` is the id of the prediction matched to the gold
  ``target``, or both are null (a gold target no prediction matched cannot be hit).
- **chain** accuracy [``chain``]: on matched pairs whose gold ``through`` is not null, the
  predicted ``parent`` is the id of the prediction matched to the gold ``through``.
  FORMAT.md does not say which pairs count. Pairs where both are null are left out: they
  are most pairs and nearly all right, so the figure would measure not nesting. Counting
  only gold chains gives the figures an earlier independent scorer gave for the rules (45%
  basil, 43% styles). [``chain_either``] is the stricter reading that also counts pairs
  where only the prediction has a parent, so that spurious nesting costs too; ``--verbose``
  lists the misses of that reading.
- **conflict** P/R [``conflict``]: a predicted conflict matches a gold one (one-to-one,
  greedy by the number in common) when both have the same kind and at least two of its
  attributions map, through the attribution matching, onto attributions of the gold one.
- **right speaker and stance** [``headline``]: gold attributions matched with the right
  speaker and the right stance, over all gold attributions: what a reader can take from
  the output as it stands.

``--out`` writes ``{"mode": ..., "sets": {NAME: {FIGURE: ...}}}``: P/R/F1 figures as
``{"p", "r", "f1", "matched", "predicted", "gold"}``, the others as ``{"value", "right",
"total"}``, every value a fraction in [0, 1]; with ``articles`` and ``unlocated`` counts.
``--verbose`` lists, per set, every miss as ``article: what: detail``: ``missed`` and
``unlocated`` gold, ``spurious`` predictions, a wrong field of a matched pair (``speaker``,
``stance``, ``kind``, ``hedged``, ``content``, ``target``, ``chain``) with the gold and the
predicted values, and ``missed conflict`` / ``spurious conflict``.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from reportedly import extractors
from reportedly.api import analyze_articles
from reportedly.bench import Additive, standalone
from reportedly.errors import BenchmarkDataError, OutputError
from reportedly.ingest.article import normalize_newlines
from reportedly.ingest.dates import read_date
from reportedly.model import Article, Attribution, Conflict, Report, Source

WORD = re.compile(r"\w+")
PART_SEPARATOR = " ... "
"""How the gold writes a content interrupted by its cue: first part, this, second part."""
FAR = 10_000
"""The extra distance (characters) of a cue occurrence that is unlikely to be the cue."""
MIN_COVERED = 0.5
"""The share of the gold content's words a matching prediction's content must overlap."""
ANONYMOUS_KINDS = ("anonymous", "group")
TARGET_STANCES = ("deny", "confirm")
NOT_MATCHED = "<not matched>"
"""The id a gold attribution without a matched prediction maps to: no prediction has it."""
EDGE_PUNCTUATION = string.punctuation + "‘’“”"
SHOWN_CHARS = 90

Piece = tuple[int, int]
Analyze = Callable[[Iterable[Article]], Iterator[Report]]


# -- the gold ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold attribution, as the gold file gives it (strings, no offsets)."""

    id: int
    cue: str
    content: str
    speaker: str | None = None
    speaker_kind: str | None = None
    count: int | None = None
    source_text: str | None = None
    kind: str = "indirect"
    stance: str = "assert"
    target: int | None = None
    through: int | None = None
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class GoldConflict:
    """Gold attributions (by id) that disagree, and on what: ``fact`` or ``timing``."""

    kind: str
    attributions: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One article of a set: its file's text and its gold."""

    name: str
    text: str
    published: str | None
    outlet: str | None
    attributions: tuple[GoldRecord, ...]
    conflicts: tuple[GoldConflict, ...] = ()

    def article(self) -> Article:
        """The article to analyze: the whole file as plain text, with the gold's metadata
        (its date given with the input)."""
        dated = read_date(self.published, "input") if self.published else None
        return Article(
            text=normalize_newlines(self.text).strip(),
            published=dated.day if dated else None,
            date_evidence=dated,
            outlet=self.outlet,
        )


def is_set(folder: Path) -> bool:
    """Whether ``folder`` holds a set: ``articles/`` and ``gold/``."""
    return (folder / "articles").is_dir() and (folder / "gold").is_dir()


def find_sets(data: Path) -> tuple[Path, ...]:
    """The sets ``data`` names: itself when it is one, else its subfolders that are."""
    if not data.is_dir():
        raise BenchmarkDataError(f"{data}: no such directory")
    if is_set(data):
        return (data,)
    sets = tuple(folder for folder in sorted(data.iterdir()) if is_set(folder))
    if not sets:
        raise BenchmarkDataError(
            f"{data}: not a records set (expected articles/ and gold/ in it, or in its folders)"
        )
    return sets


def read_set(folder: Path) -> tuple[GoldDocument, ...]:
    """Every gold document of a set, by name; raises ``BenchmarkDataError``."""
    paths = sorted((folder / "gold").glob("*.json"))
    if not paths:
        raise BenchmarkDataError(f"{folder / 'gold'}: no gold file (*.json)")
    return tuple(read_document(path, folder / "articles" / f"{path.stem}.txt") for path in paths)


def read_document(gold_path: Path, article_path: Path) -> GoldDocument:
    """One gold file and its article; raises ``BenchmarkDataError`` when either is bad."""
    text = _read_text(article_path)
    try:
        data = json.loads(_read_text(gold_path))
    except ValueError as problem:
        raise BenchmarkDataError(f"{gold_path}: not valid JSON ({problem})") from None
    if not isinstance(data, dict) or not isinstance(data.get("attributions"), list):
        raise BenchmarkDataError(f"{gold_path}: expected an object with 'attributions'")
    try:
        return GoldDocument(
            name=gold_path.stem,
            text=text,
            published=_optional_str(data.get("published")),
            outlet=_optional_str(data.get("outlet")),
            attributions=tuple(gold_record(item) for item in data["attributions"]),
            conflicts=tuple(gold_conflict(item) for item in data.get("conflicts") or ()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as problem:
        reason = f"missing key {problem}" if isinstance(problem, KeyError) else str(problem)
        raise BenchmarkDataError(f"{gold_path}: bad gold record ({reason})") from None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BenchmarkDataError(f"{path}: no such file") from None
    except OSError as problem:
        reason = problem.strerror or type(problem).__name__
        raise BenchmarkDataError(f"{path}: cannot be read ({reason})") from None
    except UnicodeDecodeError as problem:
        raise BenchmarkDataError(f"{path}: not valid UTF-8 ({problem.reason})") from None


def gold_record(item: dict[str, Any]) -> GoldRecord:
    """A gold attribution from its JSON object; raises KeyError, TypeError or ValueError."""
    return GoldRecord(
        id=int(item["id"]),
        cue=str(item["cue"]),
        content=str(item.get("content") or ""),
        speaker=_optional_str(item.get("speaker")),
        speaker_kind=_optional_str(item.get("speaker_kind")),
        count=_optional_int(item.get("count")),
        source_text=_optional_str(item.get("source_text")),
        kind=str(item.get("kind") or "indirect"),
        stance=str(item.get("stance") or "assert"),
        target=_optional_int(item.get("target")),
        through=_optional_int(item.get("through")),
        hedged=bool(item.get("hedged")),
    )


def gold_conflict(item: dict[str, Any]) -> GoldConflict:
    """A gold conflict from its JSON object."""
    return GoldConflict(str(item["kind"]), tuple(int(i) for i in item["attributions"]))


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


# -- locating ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Located:
    """A gold attribution found in the text: its cue, its content's parts and words."""

    record: GoldRecord
    cue: Piece
    content: tuple[Piece, ...]
    words: tuple[Piece, ...]

    @property
    def start(self) -> int:
        return min((self.cue[0], *(start for start, _ in self.content)))


def locate_all(text: str, records: Sequence[GoldRecord]) -> tuple[Located | None, ...]:
    """Every gold attribution located in ``text`` (None when its strings are not there)."""
    found: list[Located | None] = []
    cursor = 0
    taken: set[Piece] = set()
    for record in records:
        located = locate(text, record, cursor=cursor, taken=taken)
        found.append(located)
        if located is not None:
            cursor = located.start
            taken.add(located.cue)
    return tuple(found)


def locate(
    text: str, record: GoldRecord, *, cursor: int = 0, taken: Iterable[Piece] = ()
) -> Located | None:
    """One gold attribution: its content from ``cursor`` on, then the cue nearest to it."""
    parts = [part for part in record.content.split(PART_SEPARATOR) if part.strip()]
    content = find_parts(text, parts, cursor)
    if content is None:
        return None
    cue = nearest_cue(text, record.cue, content, cursor=cursor, taken=set(taken))
    if cue is None:
        return None
    words = tuple(
        (m.start(), m.end()) for start, end in content for m in WORD.finditer(text, start, end)
    )
    return Located(record, cue, content, words)


def find_parts(text: str, parts: Sequence[str], cursor: int) -> tuple[Piece, ...] | None:
    """The parts in order: the first from ``cursor``, each next one after the one before."""
    if not parts:
        return ()
    first = occurrence_near(text, parts[0], cursor)
    if first is None:
        return None
    pieces = [(first, first + len(parts[0]))]
    for part in parts[1:]:
        start = text.find(part, pieces[-1][1])
        if start < 0:
            return None
        pieces.append((start, start + len(part)))
    return tuple(pieces)


def occurrence_near(text: str, needle: str, cursor: int) -> int | None:
    """The first occurrence at or after ``cursor``, else the last one before it."""
    after = text.find(needle, cursor)
    if after >= 0:
        return after
    before = text.rfind(needle, 0, cursor + len(needle))
    return before if before >= 0 else None


def nearest_cue(
    text: str, cue: str, content: tuple[Piece, ...], *, cursor: int, taken: set[Piece]
) -> Piece | None:
    """The occurrence of ``cue`` nearest to the content (see the module doc)."""
    found = cue_occurrences(text, cue)
    if not found:
        return None
    hull = (content[0][0], content[-1][1]) if content else (cursor, cursor)

    def distance(piece: Piece) -> tuple[int, int]:
        far = (
            int(piece in taken)
            + any(_overlap(piece, part) for part in content)
            + (not content and piece[0] < cursor)
        )
        return far * FAR + _gap(piece, hull), piece[0]

    return min(found, key=distance)


def cue_occurrences(text: str, cue: str) -> list[Piece]:
    """Where ``cue`` occurs as whole words; case-insensitively only when it never does."""
    if not cue.strip():
        return []
    left = r"(?<!\w)" if WORD.match(cue[0]) else ""
    right = r"(?!\w)" if WORD.match(cue[-1]) else ""
    pattern = left + re.escape(cue) + right
    for flags in (0, re.IGNORECASE):
        found = [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]
        if found:
            return found
    return []


def _overlap(a: Piece, b: Piece) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _gap(a: Piece, b: Piece) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


# -- matching ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pair:
    """A gold attribution and the prediction matched to it."""

    gold: Located
    predicted: Attribution


def predicted_pieces(attribution: Attribution) -> tuple[Piece, ...]:
    """A prediction's content as pieces: its parts, else its content; none when empty."""
    spans = attribution.content_parts or (attribution.content,)
    return tuple((s.start, s.end) for s in spans if s.end > s.start)


def covered_words(words: Iterable[Piece], pieces: Sequence[Piece]) -> int:
    """How many of ``words`` overlap one of ``pieces``."""
    return sum(1 for word in words if any(_overlap(word, piece) for piece in pieces))


def match_score(gold: Located, predicted: Attribution) -> tuple[float, int] | None:
    """(share of the gold words covered, cue overlap) when the two match, else None."""
    cue_overlap = _overlap(gold.cue, (predicted.cue.start, predicted.cue.end))
    if not cue_overlap:
        return None
    if not gold.words:
        return 1.0, cue_overlap
    share = covered_words(gold.words, predicted_pieces(predicted)) / len(gold.words)
    return (share, cue_overlap) if share >= MIN_COVERED else None


def match(gold: Sequence[Located | None], predicted: Sequence[Attribution]) -> dict[int, Pair]:
    """The one-to-one matching, greedy (see the module doc): gold index -> its pair."""
    candidates: list[tuple[float, int, int, int]] = []
    for g, located in enumerate(gold):
        for p, attribution in enumerate(predicted):
            score = match_score(located, attribution) if located else None
            if score is not None:
                candidates.append((-score[0], -score[1], g, p))
    pairs: dict[int, Pair] = {}
    used: set[int] = set()
    for _, _, g, p in sorted(candidates):
        located = gold[g]
        if located is not None and g not in pairs and p not in used:
            pairs[g] = Pair(located, predicted[p])
            used.add(p)
    return pairs


# -- fields --------------------------------------------------------------------------------


def speaker_right(gold: GoldRecord, source: Source | None) -> bool:
    """Whether the predicted source is the gold speaker (see the module doc)."""
    if gold.speaker is None:
        return source is None
    if source is None:
        return False
    if gold.speaker_kind in ANONYMOUS_KINDS:
        return source.kind == gold.speaker_kind and source.count == gold.count
    words = gold.speaker.split()
    last = (words[-1].strip(EDGE_PUNCTUATION) or words[-1]).casefold() if words else ""
    names = (source.name, *(mention.text for mention in source.mentions))
    return any(last in name.casefold() for name in names)


def content_bounded(pair: Pair, text: str) -> bool:
    """Whether the gold content's words are at least half of the predicted content's words
    too (the match asks it of the gold side only): the content does not run far past."""
    pieces = predicted_pieces(pair.predicted)
    words = [(m.start(), m.end()) for start, end in pieces for m in WORD.finditer(text, start, end)]
    return 2 * covered_words(pair.gold.words, pieces) >= len(words)


def link_right(gold_link: int | None, predicted_link: str | None, ids: dict[int, str]) -> bool:
    """Whether a predicted ``parent`` or ``target`` is the prediction matched to the gold
    ``through`` or ``target`` (``ids``: gold id -> matched prediction id), or both null."""
    if gold_link is None:
        return predicted_link is None
    return predicted_link == ids.get(gold_link, NOT_MATCHED)


def checks(
    record: GoldRecord, pair: Pair | None, report: Report, ids: dict[int, str]
) -> dict[str, bool]:
    """Every figure a gold attribution counts in, right or wrong (``CHECKS``); a figure it
    does not count in is absent."""
    found: dict[str, bool] = {}
    stance = pair.predicted.stance if pair else None
    if record.stance == "decline":
        found["refusal"] = stance == "decline"
    if record.stance == "deny":
        found["denial"] = stance == "deny"
    if pair is None:
        found["headline"] = False
        return found
    predicted = pair.predicted
    speaker = speaker_right(record, report.source(predicted.source))
    found |= {
        "speaker": speaker,
        "stance": record.stance == stance,
        "kind": record.kind == predicted.kind,
        "hedged": bool(predicted.hedges) == record.hedged,
        "headline": speaker and record.stance == stance,
    }
    if pair.gold.words:
        found["content"] = content_bounded(pair, report.article.text)
    if record.speaker_kind in ANONYMOUS_KINDS:
        found["anonymous"] = speaker
    if record.stance in TARGET_STANCES:
        found["target"] = link_right(record.target, predicted.target, ids)
    if record.through is not None or predicted.parent is not None:
        found["chain_either"] = link_right(record.through, predicted.parent, ids)
    if record.through is not None:
        found["chain"] = found["chain_either"]
    return found


CHECKS = (
    "speaker",
    "stance",
    "kind",
    "hedged",
    "content",
    "anonymous",
    "refusal",
    "denial",
    "target",
    "chain",
    "chain_either",
    "headline",
)
"""The figures ``checks`` gives; each is counted as ``<name>`` (right) of ``<name>_total``."""
SHOWN_CHECKS = ("speaker", "stance", "kind", "hedged", "content", "target", "chain_either")
"""The checks ``--verbose`` lists when wrong on a matched pair (``chain_either`` as chain)."""


def match_conflicts(
    gold: Sequence[GoldConflict], predicted: Sequence[Conflict], to_gold: dict[str, int]
) -> list[tuple[int, int]]:
    """Predicted conflicts matched one-to-one to gold ones: (gold index, predicted index)."""
    candidates: list[tuple[int, int, int]] = []
    for p, conflict in enumerate(predicted):
        mapped = {to_gold[a] for a in conflict.attributions if a in to_gold}
        for g, wanted in enumerate(gold):
            shared = len(mapped & set(wanted.attributions))
            if wanted.kind == conflict.kind and shared >= 2:
                candidates.append((-shared, g, p))
    pairs: list[tuple[int, int]] = []
    for _, g, p in sorted(candidates):
        if all(g != a and p != b for a, b in pairs):
            pairs.append((g, p))
    return pairs


# -- scoring -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tally(Additive):
    """Every count of the figures, summed over articles; for each of ``CHECKS``, how many
    were right and how many were counted (``_total``)."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    bounded: int = 0
    unlocated: int = 0
    conflict_gold: int = 0
    conflict_predicted: int = 0
    conflict_matched: int = 0
    speaker: int = 0
    speaker_total: int = 0
    stance: int = 0
    stance_total: int = 0
    kind: int = 0
    kind_total: int = 0
    hedged: int = 0
    hedged_total: int = 0
    content: int = 0
    content_total: int = 0
    anonymous: int = 0
    anonymous_total: int = 0
    refusal: int = 0
    refusal_total: int = 0
    denial: int = 0
    denial_total: int = 0
    target: int = 0
    target_total: int = 0
    chain: int = 0
    chain_total: int = 0
    chain_either: int = 0
    chain_either_total: int = 0
    headline: int = 0
    headline_total: int = 0


@dataclass(frozen=True, slots=True)
class Miss:
    """One thing the extractor got wrong, for ``--verbose``: where, what, the strings."""

    article: str
    what: str
    detail: str

    def line(self) -> str:
        return f"{self.article}: {self.what}: {self.detail}"


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The counts of one article and its misses."""

    tally: Tally
    misses: tuple[Miss, ...] = ()


def score_article(document: GoldDocument, report: Report) -> ArticleScore:
    """One article's gold against the report of its analysis."""
    located = locate_all(report.article.text, document.attributions)
    pairs = match(located, report.attributions)
    ids = {pair.gold.record.id: pair.predicted.id for pair in pairs.values()}
    counts = dict.fromkeys((f.name for f in fields(Tally)), 0)
    shown = _Shown(document.name, report)
    for index, record in enumerate(document.attributions):
        pair = pairs.get(index)
        found = checks(record, pair, report, ids)
        for name, right in found.items():
            counts[f"{name}_total"] += 1
            counts[name] += right
            if pair is not None and not right and name in SHOWN_CHECKS:
                shown.field(name, pair)
        if pair is not None:
            counts["bounded"] += found.get("content", True)
        else:
            counts["unlocated"] += located[index] is None
            shown.missed(record, located=located[index] is not None)
    matched = {pair.predicted.id for pair in pairs.values()}
    for attribution in report.attributions:
        if attribution.id not in matched:
            shown.spurious(attribution)
    to_gold = {value: key for key, value in ids.items()}
    conflicts = match_conflicts(document.conflicts, report.conflicts, to_gold)
    shown.conflicts(document.conflicts, conflicts, to_gold)
    counts |= {
        "articles": 1,
        "gold": len(document.attributions),
        "predicted": len(report.attributions),
        "matched": len(pairs),
        "conflict_gold": len(document.conflicts),
        "conflict_predicted": len(report.conflicts),
        "conflict_matched": len(conflicts),
    }
    return ArticleScore(Tally(**counts), tuple(shown.found))


# -- what --verbose shows ------------------------------------------------------------------


class _Shown:
    """Collects one article's misses, in words, as it is scored."""

    def __init__(self, article: str, report: Report) -> None:
        self.article = article
        self.report = report
        self.found: list[Miss] = []

    def add(self, what: str, detail: str) -> None:
        self.found.append(Miss(self.article, what, detail))

    def missed(self, record: GoldRecord, *, located: bool) -> None:
        self.add("missed" if located else "unlocated", _gold_text(record))

    def spurious(self, attribution: Attribution) -> None:
        self.add("spurious", self._predicted_text(attribution))

    def field(self, name: str, pair: Pair) -> None:
        record, predicted = pair.gold.record, pair.predicted
        gold, got = {
            "speaker": (_speaker_text(record), self._source_text(predicted)),
            "stance": (record.stance, predicted.stance),
            "kind": (record.kind, predicted.kind),
            "hedged": (str(record.hedged).lower(), ", ".join(predicted.hedges) or "none"),
            "content": (f"{len(pair.gold.words)} words", repr(_short(predicted.content.text))),
            "target": (_gold_link(record.target), self._link_text(predicted.target)),
            "chain_either": (_gold_link(record.through), self._link_text(predicted.parent)),
        }[name]
        where = f"g{record.id} {record.cue!r} — {_short(record.content)!r}"
        self.add(name.removesuffix("_either"), f"gold {gold}, got {got} — {where}")

    def conflicts(
        self,
        gold: Sequence[GoldConflict],
        pairs: list[tuple[int, int]],
        to_gold: dict[str, int],
    ) -> None:
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        for g, conflict in enumerate(gold):
            if g not in matched_gold:
                ids = ", ".join(f"g{i}" for i in conflict.attributions)
                self.add("missed conflict", f"{conflict.kind} between {ids}")
        for p, found in enumerate(self.report.conflicts):
            if p not in matched_predicted:
                ids = ", ".join(self._conflict_member(a, to_gold) for a in found.attributions)
                self.add("spurious conflict", f"{found.kind} between {ids}")

    def _conflict_member(self, attribution_id: str, to_gold: dict[str, int]) -> str:
        found = self.report.attribution(attribution_id)
        cue = f" {found.cue.text!r}" if found else ""
        gold = f" = g{to_gold[attribution_id]}" if attribution_id in to_gold else ""
        return f"{attribution_id}{cue}{gold}"

    def _source_text(self, attribution: Attribution) -> str:
        source = self.report.source(attribution.source)
        if source is None:
            return "no source"
        count = f", {source.count}" if source.count is not None else ""
        return f"{source.name} ({source.kind}{count})"

    def _predicted_text(self, attribution: Attribution) -> str:
        return (
            f"{attribution.id} {self._source_text(attribution)} — {attribution.cue.text!r} — "
            f"{_short(attribution.content.text)!r} [{attribution.stance}]"
        )

    def _link_text(self, attribution_id: str | None) -> str:
        found = self.report.attribution(attribution_id)
        if found is None:
            return "none"
        return f"{found.id} ({found.cue.text!r} {_short(found.content.text)!r})"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _speaker_text(record: GoldRecord) -> str:
    count = f", {record.count}" if record.count is not None else ""
    return f"{record.speaker or '-'} ({record.speaker_kind or '-'}{count})"


def _gold_text(record: GoldRecord) -> str:
    return (
        f"g{record.id} {_speaker_text(record)} — {record.cue!r} — "
        f"{_short(record.content)!r} [{record.stance}]"
    )


def _gold_link(gold_id: int | None) -> str:
    return "none" if gold_id is None else f"g{gold_id}"


# -- figures -------------------------------------------------------------------------------


def share(right: int, total: int) -> dict[str, Any]:
    """A figure: right over total (0 when there is nothing to count), with both counts."""
    return {"value": right / total if total else 0.0, "right": right, "total": total}


def prf(matched: int, predicted: int, gold: int) -> dict[str, Any]:
    """Precision, recall and F1 of ``matched`` pairs, with the counts."""
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "matched": matched, "predicted": predicted, "gold": gold}


@dataclass(frozen=True, slots=True)
class SetResult:
    """The figures of one set: its name, the extractor's mode, the tally, the misses."""

    name: str
    mode: str
    tally: Tally
    misses: tuple[Miss, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``--out`` JSON of the set: figures as fractions in [0, 1], with counts."""
        t = self.tally
        return {
            "attribution": prf(t.matched, t.predicted, t.gold),
            "attribution_bounded": prf(t.bounded, t.predicted, t.gold),
            **{name: share(getattr(t, name), getattr(t, f"{name}_total")) for name in CHECKS},
            "conflict": prf(t.conflict_matched, t.conflict_predicted, t.conflict_gold),
            "articles": t.articles,
            "unlocated": t.unlocated,
            "mode": self.mode,
        }


ROWS: tuple[tuple[str, str, str], ...] = (
    ("attribution P", "attribution", "p"),
    ("attribution R", "attribution", "r"),
    ("attribution F1", "attribution", "f1"),
    ("attribution F1, bounded", "attribution_bounded", "f1"),
    ("speaker accuracy", "speaker", "value"),
    ("stance accuracy", "stance", "value"),
    ("kind accuracy", "kind", "value"),
    ("hedged accuracy", "hedged", "value"),
    ("content within bounds", "content", "value"),
    ("anonymous-source accuracy", "anonymous", "value"),
    ("refusal recall", "refusal", "value"),
    ("denial recall", "denial", "value"),
    ("denial-target accuracy", "target", "value"),
    ("chain accuracy", "chain", "value"),
    ("conflict P", "conflict", "p"),
    ("conflict R", "conflict", "r"),
    ("right speaker and stance", "headline", "value"),
)
"""The table's rows: label, figure, and which value of the figure."""


def render_table(results: Sequence[SetResult]) -> Table:
    """Every figure in percent, a column per set, with what it counts."""
    table = Table(title=f"Record-level attributions (mode {results[0].mode if results else '-'})")
    table.add_column("figure")
    data = [result.to_dict() for result in results]
    for result, figures in zip(results, data, strict=True):
        articles = figures["articles"]
        label = f"{result.name} ({articles} article{'' if articles == 1 else 's'})"
        table.add_column(label, justify="right")
    for label, key, value in ROWS:
        table.add_row(label, *(_cell(figures[key], value) for figures in data))
    return table


def _cell(figure: dict[str, Any], value: str) -> str:
    percent = f"{100 * figure[value]:.1f}"
    if value == "value":
        return f"{percent} ({figure['right']}/{figure['total']})"
    if value == "p":
        return f"{percent} ({figure['matched']}/{figure['predicted']})"
    if value == "r":
        return f"{percent} ({figure['matched']}/{figure['gold']})"
    return percent


# -- running -------------------------------------------------------------------------------


def evaluate(
    name: str,
    documents: Sequence[GoldDocument],
    analyze: Analyze,
    *,
    advance: Callable[[], None] = lambda: None,
) -> SetResult:
    """Analyze every article of a set and score it against its gold."""
    articles = [document.article() for document in documents]
    total, misses, mode = Tally(), list[Miss](), extractors.DEFAULT
    for document, report in zip(documents, analyze(articles), strict=True):
        scored = score_article(document, report)
        total += scored.tally
        misses.extend(scored.misses)
        mode = report.analyzer.mode
        advance()
    return SetResult(name, mode, total, tuple(misses))


def run(args: argparse.Namespace, *, analyze: Analyze | None = None) -> int:
    """The ``bench records`` command: score every set, print, write ``--out``.

    ``analyze`` replaces the full analysis (tests pass hand-made reports).
    """
    sets = [(folder.name, read_set(folder)) for folder in find_sets(Path(args.data))]
    if analyze is None:
        analyze = partial(analyze_articles, mode=args.mode)
    results = score_sets(sets, analyze)
    if args.verbose:
        for result in results:
            print(f"== {result.name}: {len(result.misses)} misses")
            for miss in result.misses:
                print(miss.line())
    Console().print(render_table(results))
    if args.out:
        write_out(
            args.out, {"mode": results[0].mode, "sets": {r.name: r.to_dict() for r in results}}
        )
    return 0


def score_sets(
    sets: Sequence[tuple[str, Sequence[GoldDocument]]], analyze: Analyze
) -> list[SetResult]:
    """Every set scored, with a progress bar on stderr."""
    results: list[SetResult] = []
    with Progress(console=Console(stderr=True), transient=True) as progress:
        for name, documents in sets:
            task = progress.add_task(f"records {name}", total=len(documents))
            results.append(
                evaluate(name, documents, analyze, advance=partial(progress.advance, task))
            )
    return results


def write_out(path: str, data: dict[str, Any]) -> None:
    """Write the ``--out`` JSON; raises ``OutputError``."""
    try:
        Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    except OSError as problem:
        raise OutputError(path, problem.strerror or type(problem).__name__) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``records`` to the ``bench`` subcommands; its ``func`` runs it."""
    parser = subparsers.add_parser(
        "records",
        help="score whole attribution records against record-level gold",
        description="Score attribution records (speaker, stance, kind, target, chain, "
        "conflicts) against record-level gold: a set (articles/, gold/) or a folder of sets.",
    )
    parser.add_argument("--data", required=True, help="a set, or a folder of sets")
    extractors.add_mode_argument(parser)
    parser.add_argument("--out", default=None, help="write the figures as JSON to this file")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.set_defaults(func=run)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m reportedly.bench.records``: the command without the CLI around it."""
    return standalone("records", register, argv)


if __name__ == "__main__":
    sys.exit(main())
