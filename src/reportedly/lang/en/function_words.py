"""Function words the analyzers read: pronouns that give a sex, determiners that make a
noun phrase definite or indefinite; and the prefixes a hyphen joins to a word."""

from __future__ import annotations

from typing import Final

FEMININE_PRONOUNS: Final[frozenset[str]] = frozenset({"she", "her", "hers", "herself"})
"""Pronouns that name one woman."""

MASCULINE_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "him", "his", "himself"})
"""Pronouns that name one man."""

DEFINITE_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "this", "that"})
"""Determiners that point back to something already named ("the source", "this paper")."""

POSSESSIVE_DETERMINERS: Final[frozenset[str]] = frozenset({"his", "her", "its", "their"})
"""Possessive determiners that point back to an owner already named: "her office" is the
office named before ("The office of Immigration Minister Rachel Tane")."""

ARTICLES: Final[frozenset[str]] = frozenset({"the", "a", "an"})
"""Articles, which are no part of a title ("a lawyer" is titled "lawyer")."""

INDEFINITE_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
"""Articles that introduce someone not named before ("a security researcher")."""

NAME_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "for"})
"""Prepositions inside an organization's name ("Bank of England", "Democracy for
America")."""

EXPLETIVES: Final[frozenset[str]] = frozenset({"it", "there"})
"""Subjects that name no one: "it is said that ...", "there were reports that ..."."""

RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which", "that"})
"""Relative pronouns that stand for a source named before them ("Barkley, who said ...")."""


HYPHEN_PREFIXES: Final[frozenset[str]] = frozenset(
    {
        "co",
        "re",
        "pre",
        "non",
        "ex",
        "anti",
        "self",
        "counter",
        "multi",
        "post",
        "semi",
        "sub",
        "super",
        "inter",
        "pro",
        "un",
        "de",
        "bi",
        "quasi",
    }
)
"""Prefixes joined to a word by a hyphen ("co-founded", "re-election", "ex-president"):
the tokenizer splits them off, and the parser then reads "co" as a verb of its own and
"founded" as the subject of the next one. Not "mid-" ("mid-March" is read as a date)."""
