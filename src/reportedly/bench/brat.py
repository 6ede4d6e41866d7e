"""Brat standoff reader for PolNeAR attribution annotations.

A PolNeAR split directory holds ``text/<name>.txt`` and ``attributions/<name>_<annotator>.ann``.
Each ``.ann`` is brat standoff with character offsets into the text (Unicode code points,
read exactly as stored: no newline translation)::

    T12	Content 302 427	"Hillary Clinton has the potential ... without hesitation,"
    T13	Source 428 452	the influential US daily
    T14	Cue 453 458	wrote
    T15	Attribution 453 458	wrote
    E4	Attribution:T15 Cue:T14 Source:T13 Content:T12

Read here:

- ``T`` lines (text-bound annotations); spans may be discontinuous (``start end;start end``).
  A span's text may run over several lines; those continuation lines are skipped.
- ``E`` lines whose trigger type is ``Attribution`` or ``Attribution-no-source``; their
  ``Source``, ``Cue`` and ``Content`` arguments (a second content, ``Content2``, adds its
  pieces to the content). A missing argument gives an empty tuple.
- Everything else (``Discard``/``Discuss`` spans, ``#`` annotator notes, relations) is ignored.

An article annotated by several annotators has several ``.ann`` files; the benchmark reads
the first by file name (``read_article``), the agreement benchmark each (``read_annotation``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportedly.errors import BenchmarkSplitError, BratFormatError

Piece = tuple[int, int]
"""One contiguous stretch of a span: ``(start, end)`` character offsets, end exclusive."""

ATTRIBUTION_TYPES = frozenset({"Attribution", "Attribution-no-source"})

_TEXT_BOUND = re.compile(r"(T\d+)\t(\S+) ([^\t]*)\t?.*")
_EVENT = re.compile(r"(E\d+)\t(.*)")
_ANNOTATION_ID = re.compile(r"[TERAMN#*]\d*\t")
_ROLE = re.compile(r"(Source|Cue|Content)\d*")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution; each role is a tuple of pieces, empty when absent."""

    id: str
    source: tuple[Piece, ...]
    cue: tuple[Piece, ...]
    content: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article's text and the attributions of the annotator that was read."""

    name: str
    text: str
    annotator: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True, slots=True)
class ArticleFiles:
    """Where one article of a split lies: its text and its annotation files, by file name."""

    name: str
    text_path: Path
    ann_paths: tuple[Path, ...] = ()

    @property
    def ann_path(self) -> Path | None:
        """The annotation the benchmark reads: the first by file name, None when none."""
        return self.ann_paths[0] if self.ann_paths else None

    @property
    def annotator(self) -> str:
        """The code of the annotator read: what follows the article name in ``ann_path``."""
        return self.annotator_of(self.ann_path) if self.ann_path else ""

    def annotator_of(self, ann_path: Path) -> str:
        """The annotator code of one of ``ann_paths``."""
        return ann_path.stem[len(self.name) + 1 :]


def list_articles(split_dir: Path) -> tuple[ArticleFiles, ...]:
    """Every article of a split, by name; ``ann_paths`` is empty when it has no annotation."""
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise BenchmarkSplitError(str(split_dir))
    ann_names = sorted(p.name for p in ann_dir.glob("*.ann"))
    return tuple(
        ArticleFiles(path.stem, path, _annotations(ann_dir, path.stem, ann_names))
        for path in sorted(text_dir.glob("*.txt"))
    )


def read_article(files: ArticleFiles) -> GoldArticle:
    """The article's text and first annotator's attributions; BratFormatError when a file is
    malformed or the article has no annotation."""
    if files.ann_path is None:
        raise BratFormatError(str(files.text_path), None, "no .ann file for this text")
    return read_annotation(files, files.ann_path)


def read_annotation(files: ArticleFiles, ann_path: Path) -> GoldArticle:
    """The article as the annotator of ``ann_path`` (one of ``files.ann_paths``) read it;
    BratFormatError when a file is malformed."""
    text = _read_text(files.text_path)
    attributions = parse_ann(_read_text(ann_path), path=str(ann_path))
    for attribution in attributions:
        _check_offsets(attribution, len(text), str(ann_path))
    return GoldArticle(files.name, text, files.annotator_of(ann_path), attributions)


def parse_ann(ann: str, *, path: str = "<ann>") -> tuple[GoldAttribution, ...]:
    """The attributions of one brat standoff document, in the order of their ``E`` lines."""
    spans: dict[str, tuple[str, tuple[Piece, ...]]] = {}
    events: list[tuple[int, str, str]] = []
    for number, line in enumerate(ann.split("\n"), start=1):
        if line.startswith("T") and _ANNOTATION_ID.match(line):
            span_id, label, pieces = _text_bound(line, path, number)
            spans[span_id] = (label, pieces)
        elif line.startswith("E") and (match := _EVENT.fullmatch(line)):
            events.append((number, match.group(1), match.group(2)))
    return tuple(
        attribution
        for number, event_id, arguments in events
        if (attribution := _attribution(event_id, arguments, spans, path, number)) is not None
    )


def _annotations(ann_dir: Path, name: str, ann_names: list[str]) -> tuple[Path, ...]:
    own = re.compile(re.escape(name) + r"_[^_]+\.ann")
    return tuple(ann_dir / n for n in ann_names if own.fullmatch(n))


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BratFormatError(str(path), None, f"cannot read: {error}") from error


def _text_bound(line: str, path: str, number: int) -> tuple[str, str, tuple[Piece, ...]]:
    match = _TEXT_BOUND.fullmatch(line)
    if match is None:
        raise BratFormatError(path, number, f"malformed text-bound line {line[:60]!r}")
    span_id, label, offsets = match.groups()
    return span_id, label, _pieces(offsets, path, number)


def _pieces(offsets: str, path: str, number: int) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    for chunk in offsets.split(";"):
        bounds = chunk.split()
        if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
            raise BratFormatError(path, number, f"bad offsets {offsets!r}")
        start, end = int(bounds[0]), int(bounds[1])
        if start >= end:
            raise BratFormatError(path, number, f"empty or reversed span {chunk!r}")
        pieces.append((start, end))
    return tuple(pieces)


def _attribution(
    event_id: str,
    arguments: str,
    spans: dict[str, tuple[str, tuple[Piece, ...]]],
    path: str,
    number: int,
) -> GoldAttribution | None:
    roles: dict[str, list[Piece]] = {"Source": [], "Cue": [], "Content": []}
    trigger: str | None = None
    for argument in arguments.split():
        role, _, span_id = argument.partition(":")
        if span_id not in spans:
            raise BratFormatError(path, number, f"{event_id} refers to unknown {span_id!r}")
        if trigger is None:
            trigger = role
        elif role_match := _ROLE.fullmatch(role):
            roles[role_match.group(1)].extend(spans[span_id][1])
    if trigger not in ATTRIBUTION_TYPES:
        return None
    return GoldAttribution(
        id=event_id,
        source=tuple(sorted(roles["Source"])),
        cue=tuple(sorted(roles["Cue"])),
        content=tuple(sorted(roles["Content"])),
    )


def _check_offsets(attribution: GoldAttribution, length: int, path: str) -> None:
    for start, end in _all_pieces(attribution):
        if end > length:
            raise BratFormatError(
                path, None, f"{attribution.id}: span {start}-{end} is past the text end ({length})"
            )


def _all_pieces(attribution: GoldAttribution) -> Iterator[Piece]:
    yield from attribution.source
    yield from attribution.cue
    yield from attribution.content
