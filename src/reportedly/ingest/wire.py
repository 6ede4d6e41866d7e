"""Wire conventions: the dateline and the credit lines after the story.

An agency story opens with a dateline naming the agency, "LONDON, March 3 (Reuters) -",
"WASHINGTON (AP) —", "(CNN) —": the agency is the outlet the text comes from, whoever
republished it. The dateline, with an agency or without one ("WASHINGTON —", "PUNE:"), is
kept out of the analyzed text (kind ``dateline``): a parser reads its place as the first
sentence's subject.
After the story come credits, "(Reporting by Hannah Pryce; Editing by Daniel Moss)",
"Associated Press writer John Roe contributed to this report." (kind ``credit``), and
exchange-rate notes, "($1 = 0.7880 pounds)" (kind ``note``); each such line is kept out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportedly.data.outlets import lookup_name
from reportedly.lang.en.outlets import (
    CONTRIBUTION_PHRASES,
    CREDIT_NAME_PARTICLES,
    CREDIT_ROLES,
    CREDIT_STAFF_NOUNS,
)
from reportedly.model import RemovedLine

# The place a dateline opens with: up to four capitalized words ("NEW YORK", "Washington"),
# then places or a date after commas (", Mo.", ", Ukraine", ", March 3", ", Sept. 14").
_PLACE_WORD = r"[A-Z][\w.'’\-]*"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}})?"
    rf"(?:,[ \t]+[A-Z0-9][\w.'’\-]*(?:[ \t]+\w[\w.'’\-]*){{0,2}}){{0,3}}[ \t]*"
    r"(?:\((?P<agency>[A-Z][^()\n]{0,40}?)\)[ \t]*)?"
    r"(?P<dash>--|–-|[-–—―:])?[ \t]*"
)
# An upper-case place has at least this many letters: "I —" opens a sentence, not a dateline.
MIN_PLACE_LETTERS = 2
_CREDIT_ROLE = re.compile(
    r"(?:"
    + "|".join(re.escape(r) for r in sorted(CREDIT_ROLES, key=len, reverse=True))
    + r")\s+by\s+",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(r"[^\s,;&]+")
_CONTRIBUTION = re.compile(
    r"^(?P<who>[^\n]{1,300}?)\s+(?:"
    + "|".join(re.escape(p) for p in CONTRIBUTION_PHRASES)
    + rf")(?:\s+(?:from|in)\s+{_PLACE_WORD}(?:[ \t,]+{_PLACE_WORD}){{0,3}})?\.?$"
)
_RATE = r"[^()=;\n]{0,20}\d[^()=;\n]{0,20}=[^()=;\n]{0,20}\d[^()=;\n]{0,30}"
_RATE_NOTE = re.compile(rf"^\({_RATE}(?:;{_RATE})*\)$")
# A credit line is short; a longer line is prose however it opens.
MAX_CREDIT_CHARS = 300


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline as written ("LONDON, March 3 (Reuters) -", "WASHINGTON —") and the
    agency it names, under the outlets table's name when the table knows it."""

    text: str
    agency: str | None


@dataclass(frozen=True, slots=True)
class WireText:
    """A body with its dateline and credit lines taken out, the agency, and what was
    removed, in text order."""

    text: str
    agency: str | None
    removed: tuple[RemovedLine, ...]


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """The dateline ``paragraph`` opens with, and the paragraph after it.

    A dateline is an agency the outlets table knows in brackets, after a place or alone
    ("(CNN) —"), or an upper-case place before a dash or a colon, with an agency the table
    does not know ("PUNE, May 3 (IANS) -") or none ("WASHINGTON —", "PUNE:").
    """
    match = _DATELINE.match(paragraph)
    rest = paragraph[match.end() :] if match else ""
    if match is None or not rest or match.end() == 0:
        return None, paragraph
    agency = match.group("agency")
    known = lookup_name(agency) if agency else None
    if known is not None:
        return Dateline(match.group(0).strip(), known.name), rest
    if match.group("dash") and _is_upper_case(match.group("place") or ""):
        return Dateline(match.group(0).strip(), agency.strip() if agency else None), rest
    return None, paragraph


def credit_kind(line: str) -> str | None:
    """``credit`` for a staff credit line, ``note`` for an exchange-rate note, else None."""
    line = line.strip()
    if _RATE_NOTE.match(line):
        return "note"
    if len(line) <= MAX_CREDIT_CHARS and (_is_credit_list(line) or _is_contribution(line)):
        return "credit"
    return None


def strip_wire(text: str) -> WireText:
    """``text`` without its agency dateline (on its first line) and its credit lines.

    Lines are the unit: a removed line takes one blank line beside it along, so that the
    paragraphs left are still one blank line apart.
    """
    lines = text.split("\n")
    removed: list[RemovedLine] = []
    agency: str | None = None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        dateline, rest = split_dateline(lines[first].lstrip())
        if dateline is not None:
            agency = dateline.agency
            removed.append(RemovedLine("dateline", dateline.text))
            lines[first] = rest
    kept: list[str] = []
    for line in lines:
        kind = credit_kind(line) if line.strip() else None
        if kind is None:
            kept.append(line)
            continue
        removed.append(RemovedLine(kind, line.strip()))
        if kept and not kept[-1].strip():
            kept.pop()
    return WireText("\n".join(kept).strip(), agency, tuple(removed))


def _is_credit_list(line: str) -> bool:
    """ "(Reporting by A in B; additional reporting by C; Editing by D)": jobs, each
    followed by names and places only."""
    body = line.rstrip(".").strip()
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1]
    pieces = _CREDIT_ROLE.split(body)
    if len(pieces) < 2 or pieces[0].strip():
        return False
    return all(_names_only(piece) for piece in pieces[1:])


def _is_contribution(line: str) -> bool:
    """ "Associated Press writer John Roe in Paris contributed to this report.": names,
    places and staff nouns, then a contribution phrase."""
    match = _CONTRIBUTION.match(line)
    return match is not None and _names_only(match.group("who"), CREDIT_STAFF_NOUNS)


def _names_only(piece: str, nouns: frozenset[str] = frozenset()) -> bool:
    """Whether ``piece`` is capitalized words, name particles and ``nouns`` only."""
    words = _CREDIT_WORD.findall(piece)
    return bool(words) and all(
        word[0].isupper() or word in CREDIT_NAME_PARTICLES or word in nouns for word in words
    )


def _is_upper_case(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= MIN_PLACE_LETTERS and all(c.isupper() for c in letters)
