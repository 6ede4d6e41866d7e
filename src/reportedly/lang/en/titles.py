"""Titles and roles: the words that say what a named person is ("spokesman")."""

from __future__ import annotations

from typing import Final

OFFICE_TITLES: Final[frozenset[str]] = frozenset(
    {
        "president",
        "premier",
        "minister",
        "secretary",
        "ambassador",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "governor",
        "mayor",
        "sheriff",
        "chancellor",
        "speaker",
        "candidate",
        "nominee",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "ceo",
        "founder",
        "leader",
        "commander",
        "general",
        "king",
        "queen",
        "prince",
        "pope",
    }
)
"""Offices whose holder an article calls by the title alone ("the governor said") though
it never gave the name that title: one of the article's people. Other roles ("the
reporter", "the lawyer", "the analyst") are as often someone it never names."""

TITLE_WORDS: Final[frozenset[str]] = OFFICE_TITLES | frozenset(
    {
        "vice",
        "prime",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "sen.",
        "sens.",
        "sens",
        "rep.",
        "reps.",
        "reps",
        "gov.",
        "chief",
        "deputy",
        "director",
        "head",
        "gen.",
        "adviser",
        "advisor",
        "aide",
        "negotiator",
        "official",
        "judge",
        "justice",
        "attorney",
        "prosecutor",
        "lawyer",
        "professor",
        "prof.",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "analyst",
        "economist",
        "correspondent",
        "editor",
        "reporter",
        "ex-president",
        "former",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "staff",
        "press",
        "officer",
        "strategist",
        "manager",
        "campaign",
        "lt.",
        "col.",
        "sgt.",
    }
)
"""Lower-case words that make up a role or title before or beside a name."""


HONORIFICS: Final[frozenset[str]] = frozenset(
    {
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "prof.",
        "sen.",
        "sens.",
        "sens",
        "rep.",
        "reps.",
        "reps",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "sgt.",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)
"""Honorifics that are not part of a canonical name."""

GENDERED_TITLES: Final[dict[str, str]] = {
    "mr.": "m",
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "spokesman": "m",
    "congressman": "m",
    "chairman": "m",
    "businessman": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "spokeswoman": "f",
    "congresswoman": "f",
    "chairwoman": "f",
    "businesswoman": "f",
}
"""Honorifics and titles that give a person's sex, "m" or "f": the pronoun a person so
named takes ("Ms. Pelosi" ... "she")."""

TITLE_FORMS: Final[dict[str, frozenset[str]]] = {
    "congressman": frozenset({"rep.", "rep", "representative", "congresswoman"}),
    "congresswoman": frozenset({"rep.", "rep", "representative", "congressman"}),
    "senator": frozenset({"sen.", "sen"}),
    "governor": frozenset({"gov.", "gov"}),
    "general": frozenset({"gen."}),
    "lawyer": frozenset({"attorney", "counsel", "solicitor"}),
    "attorney": frozenset({"lawyer", "counsel"}),
}
"""A title and the other words that give a person the same title: "the congressman" is
the person written "Rep. Grimm" or "Representative Michael G. Grimm"."""

NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
"""Generational suffixes that end a full name after the surname ("John G. Roberts Jr.")."""
