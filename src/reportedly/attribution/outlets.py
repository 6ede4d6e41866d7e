"""Finding news outlets named in running text, from the ``OUTLETS`` table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reportedly.lang.en.outlets import OUTLETS, Outlet


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
    """Every outlet named in ``text``: (start, end, outlet), in order."""
    pattern, by_form = _outlet_pattern()
    for match in pattern.finditer(text):
        yield match.start(), match.end(), by_form[match.group(0)]


def outlet_in(text: str) -> Outlet | None:
    """The first outlet named in ``text``, if any."""
    return next((outlet for _, _, outlet in outlets_in(text)), None)
