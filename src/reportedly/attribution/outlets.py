"""Finding news outlets named in running text: the ``OUTLETS`` table's names and aliases,
and papers the table does not know by their masthead ("the Harbour Herald")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reportedly.data.outlets import OUTLETS, Outlet
from reportedly.lang.en.outlets import MASTHEAD_WORDS

# A paper's name: "The", or one to three capitalized words (not an article), before a
# masthead word: "The Herald", "the Harbour Herald", not "A Tribune reporter".
_MASTHEAD = re.compile(
    r"(?<![\w-])(?P<the>The[ \t]+)?"
    r"(?P<name>(?P<place>(?:(?!(?:A|An|The)[ \t])[A-Z][\w'’-]*[ \t]+){0,3})(?:"
    + "|".join(sorted(MASTHEAD_WORDS))
    + r"))(?![\w-])"
)


@lru_cache(maxsize=1)
def _outlet_pattern() -> tuple[re.Pattern[str], dict[str, Outlet]]:
    """One alternation of every outlet name and alias, longest first, case-sensitive
    (so "AP" the agency is not "ap" in a word)."""
    by_form: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for form in (outlet.name, *outlet.aliases):
            by_form.setdefault(form, outlet)
            if form.startswith("The "):
                by_form.setdefault("the " + form[4:], outlet)
    forms = sorted(by_form, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    return pattern, by_form


def outlets_in(text: str) -> Iterator[tuple[int, int, Outlet]]:
    """Every outlet named in ``text``: (start, end, outlet), in order. A masthead the
    table does not know is an outlet of its own name with no domains."""
    pattern, by_form = _outlet_pattern()
    known = [(m.start(), m.end(), by_form[m.group(0)]) for m in pattern.finditer(text)]
    mastheads = [
        (start, end, outlet)
        for start, end, outlet in _mastheads(text)
        if not any(s < end and start < e for s, e, _ in known)
    ]
    yield from sorted(known + mastheads, key=lambda found: found[0])


def _mastheads(text: str) -> Iterator[tuple[int, int, Outlet]]:
    """Papers named by a masthead word ("Harbour Herald"); a leading "The" is left out."""
    for match in _MASTHEAD.finditer(text):
        if match.group("the") or match.group("place"):
            name = match.group("name")
            yield match.start("name"), match.end(), Outlet(name, (), kind="newspaper")


def outlet_in(text: str) -> Outlet | None:
    """The first outlet named in ``text``, if any."""
    return next((outlet for _, _, outlet in outlets_in(text)), None)
