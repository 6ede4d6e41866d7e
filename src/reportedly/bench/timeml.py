"""TimeML benchmark: read TempEval-3 ``.tml`` files, find times, score as TempEval-3 does.

Each document's TEXT is stripped of its tags (gold TIMEX3 extents kept as character
offsets), parsed by the bare spaCy pipeline (``nlp.load_bare()``), and given to
``reportedly.time.plain_times`` with the document time (``<DCT>``) as publication date
and no attributions. Scores, following TempEval-3 (UzZaman et al., 2013):

- strict extent: system and gold extents identical; relaxed extent: they overlap
  (one-to-one, each gold matched at most once);
- type accuracy: share of relaxed matches with the gold type;
- value F1: relaxed matches with the gold value, over system (P) and gold (R) counts;
  TempEval-3's "value F1" is thus relaxed F1 times value accuracy. Two spellings of one
  ISO 8601 value count as the same (``canonical_value``): an unpadded week number
  ("2000-W7", as aquaint's gold writes it, is "2000-W07"), a decade written with its
  unknown year digit ("199X", aquaint's gold, is the decade "199"), and decades or
  centuries counted in years ("P1DE", platinum's gold, is "P10Y").

Event-anchored times are scored as the plain times they are built from (``system_times``).
Development sets: ``te3-platinum`` (20 documents) and ``aquaint`` (73 AQUAINT articles in
TempEval-3's cleaned TimeML); both are read by the same reader.

Usage: ``python -m reportedly.bench.timeml --data DIR [--out FILE] [--limit N]`` or
``reportedly bench timeml`` once the CLI registers it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from reportedly.bench import Additive
from reportedly.model import Time
from reportedly.time.events import Draft


@dataclass(frozen=True, slots=True)
class Timex:
    """A gold TIMEX3: character extent in the stripped TEXT, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One TimeML document: its id, plain TEXT, document creation time and gold times."""

    name: str
    text: str
    dct: date | None
    timexes: tuple[Timex, ...]


@dataclass(frozen=True, slots=True)
class Counts(Additive):
    """Match counts over documents; they add up."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse a TempEval-3 ``.tml`` file; raises ``ValueError`` when it is not TimeML."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise ValueError(f"{path.name}: not well-formed XML ({error})") from error
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{path.name}: no <TEXT> element")
    pieces: list[str] = []
    timexes = list(_walk(text_element, pieces))
    dct_element = root.find("DCT/TIMEX3")
    return TimeMLDocument(path.stem, "".join(pieces), _dct(dct_element), tuple(timexes))


def _dct(element: ET.Element | None) -> date | None:
    if element is None:
        return None
    try:
        return date.fromisoformat(element.get("value", "")[:10])
    except ValueError:
        return None


def _walk(element: ET.Element, pieces: list[str]) -> Iterator[Timex]:
    """Append the element's text to ``pieces``, yielding the TIMEX3 extents met on the way."""
    start = sum(len(p) for p in pieces)
    pieces.append(element.text or "")
    for child in element:
        yield from _walk(child, pieces)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len(_inner_text(element))
        text = "".join(pieces)[start:end]
        yield Timex(start, end, text, element.get("type", ""), element.get("value", ""))


def _inner_text(element: ET.Element) -> str:
    return "".join(element.itertext())


def score_document(gold: tuple[Timex, ...], system: tuple[Time, ...]) -> Counts:
    """Counts for one document: exact and overlapping extents, then type and value."""
    exact = {(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system}
    used: set[int] = set()
    relaxed = type_correct = value_correct = 0
    for item in gold:
        match = next(
            (
                i
                for i, s in enumerate(system)
                if i not in used and s.start < item.end and item.start < s.end
            ),
            None,
        )
        if match is None:
            continue
        used.add(match)
        relaxed += 1
        found = system[match]
        type_correct += found.type.upper() == item.type.upper()
        value_correct += canonical_value(found.value or "") == canonical_value(item.value)
    return Counts(len(gold), len(system), len(exact), relaxed, type_correct, value_correct)


_UNPADDED_WEEK = re.compile(r"-W(\d)(?!\d)")
_DECADE_X = re.compile(r"^(\d{3})X$")
_YEARS_IN = {"DE": 10, "CE": 100}
_DECADES = re.compile(r"^P(\d+)(DE|CE)$")


def canonical_value(value: str) -> str:
    """One spelling of a TIMEX3 value: week numbers padded to two digits ("2000-W7" ->
    "2000-W07"), a decade without its placeholder digit ("199X" -> "199"), decades and
    centuries in years ("P1DE" -> "P10Y")."""
    value = _DECADE_X.sub(r"\1", _UNPADDED_WEEK.sub(r"-W0\1", value))
    counted = _DECADES.match(value)
    if counted:
        return f"P{int(counted.group(1)) * _YEARS_IN[counted.group(2)]}Y"
    return value


def _prf(correct: int, system: int, gold: int) -> dict[str, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def summarize(counts: Counts, documents: int) -> dict[str, Any]:
    """The figures of the ``--out`` JSON, every one a fraction in [0, 1]."""
    value = _prf(counts.value_correct, counts.system, counts.gold)
    return {
        "strict": _prf(counts.strict, counts.system, counts.gold),
        "relaxed": _prf(counts.relaxed, counts.system, counts.gold),
        "type_accuracy": round(counts.type_correct / counts.relaxed, 4) if counts.relaxed else 0,
        "value_f1": value["f1"],
        "value": value,
        "documents": documents,
        "gold": counts.gold,
        "system": counts.system,
    }


def system_times(nlp: Language, document: TimeMLDocument) -> tuple[Time, ...]:
    """What reportedly finds in a TimeML document's TEXT, with its DCT as publication date.

    The times are taken before event anchoring: a TIMEX3 never holds an event ("Two years"
    is the TIMEX3 of "Two years after his diagnosis", the event is linked apart), so an
    anchored time is scored as the plain time it was built from, and one built from none
    ("shortly after the bombings") is not scored.
    """
    from reportedly.time import plain_times

    drafts = plain_times(nlp(document.text), published=document.dct)
    return tuple(_time(document.text, f"t{n}", d) for n, d in enumerate(drafts, 1))


def _time(text: str, time_id: str, draft: Draft) -> Time:
    return Time(
        id=time_id,
        text=text[draft.start : draft.end],
        start=draft.start,
        end=draft.end,
        value=draft.value,
        type=draft.type,
        anchor=draft.anchor,
        mod=draft.mod,
    )


def run_benchmark(data: Path, *, limit: int | None = None, verbose: bool = False) -> dict[str, Any]:
    """Score every ``.tml`` file under ``data``; bad files are reported on stderr and skipped."""
    from reportedly import nlp as nlp_module

    nlp = nlp_module.load_bare()
    paths = sorted(data.rglob("*.tml"))[:limit]
    total, scored = Counts(), 0
    for number, path in enumerate(paths, 1):
        print(f"[{number}/{len(paths)}] {path.name}", file=sys.stderr)
        try:
            document = read_timeml(path)
        except (ValueError, OSError) as error:
            print(f"skipped: {error}", file=sys.stderr)
            continue
        found = system_times(nlp, document)
        if verbose:
            _show_differences(document, found)
        total += score_document(document.timexes, found)
        scored += 1
    return summarize(total, scored)


def _show_differences(document: TimeMLDocument, found: tuple[Time, ...]) -> None:
    gold = {(g.start, g.end): g for g in document.timexes}
    system = {(s.start, s.end): s for s in found}
    for key in sorted(set(gold) | set(system)):
        g, s = gold.get(key), system.get(key)
        if g and s and canonical_value(g.value) == canonical_value(s.value or ""):
            continue
        left = f"{g.text!r} {g.type} {g.value}" if g else "-"
        right = f"{s.text!r} {s.type} {s.value}" if s else "-"
        print(f"  {document.name}: gold {left} | sys {right}", file=sys.stderr)


def format_table(summary: dict[str, Any]) -> str:
    """The figures as a small readable table (percentages)."""
    lines = [f"TimeML: {summary['documents']} documents, {summary['gold']} gold times, "
             f"{summary['system']} found", f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}"]  # fmt: skip
    for name in ("strict", "relaxed", "value"):
        row = summary[name]
        lines.append(
            f"{name + ' extent' if name != 'value' else 'value':<16}"
            f"{100 * row['p']:7.2f}{100 * row['r']:7.2f}{100 * row['f1']:7.2f}"
        )
    lines.append(f"{'type accuracy':<16}{100 * summary['type_accuracy']:21.2f}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """The ``bench timeml`` command: score, print the table, write ``--out``; exit code."""
    data = Path(args.data)
    if not data.is_dir():
        print(f"error: {data} is not a directory", file=sys.stderr)
        return 2
    summary = run_benchmark(data, limit=args.limit, verbose=getattr(args, "verbose", False))
    if summary["documents"] == 0:
        print(f"error: no readable .tml files under {data}", file=sys.stderr)
        return 1
    print(format_table(summary))
    if args.out:
        Path(args.out).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``timeml`` options, shared by the CLI subcommand and ``python -m``."""
    parser.add_argument("--data", required=True, help="directory of TimeML (.tml) files")
    parser.add_argument("--out", help="write the figures as JSON to this file")
    parser.add_argument("--limit", type=int, help="score only the first N files")
    parser.add_argument("--verbose", action="store_true", help="list every difference")
    parser.set_defaults(func=run)


def register(subparsers: Any) -> None:
    """Add the ``timeml`` subcommand to the ``bench`` sub-parsers (sets ``func=run``)."""
    parser = subparsers.add_parser("timeml", help="score times on TimeML (TempEval-3) files")
    add_arguments(parser)


def main(argv: list[str] | None = None) -> int:
    """``python -m reportedly.bench.timeml``: the same command without the CLI."""
    parser = argparse.ArgumentParser(prog="python -m reportedly.bench.timeml")
    add_arguments(parser)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
