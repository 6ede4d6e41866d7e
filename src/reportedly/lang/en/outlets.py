"""English words of news outlets: the mastheads of papers and the credits of wire copy.

Outlet names, domains and aliases are language-neutral data in
``reportedly.data.outlets``; the epithets English news text gives an outlet ("the British
news agency") are ``reportedly.lang.en.sources.OUTLET_EPITHETS``. What is here: the words
that end a paper's name ("the Harbour Herald"), so that papers the table does not know are
recognized (``reportedly.attribution.outlets``), and the words of the credit lines agencies
put after a story, which are kept out of the analyzed text (``reportedly.ingest.wire``):
"(Reporting by Hannah Pryce in London; additional reporting by Tom Hale; Editing by Daniel
Moss)", "Compiled by Jane Doe", "Associated Press writer John Roe contributed to this
report."
"""

from __future__ import annotations

from typing import Final

MASTHEAD_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Advertiser",
        "Bulletin",
        "Chronicle",
        "Courier",
        "Dispatch",
        "Examiner",
        "Gazette",
        "Herald",
        "Inquirer",
        "Mercury",
        "Observer",
        "Sentinel",
        "Telegraph",
        "Tribune",
    }
)
"""Words that end a newspaper's name after a place or a title word ("Harbour Herald",
"Charlotte Observer", "Daily Telegraph"). Words that also end other names stay out: "Post"
(a trading post), "Times" (Times Square), "Journal" (a scientific journal, a document),
"Register" (the Federal Register), "Star", "Sun", "Express", "Mirror"."""

CREDIT_ROLES: Final[tuple[str, ...]] = (
    "reporting",
    "additional reporting",
    "writing",
    "editing",
    "compiled",
    "compiling",
    "research",
    "additional research",
    "graphics",
    "fact-checking",
    "production",
    "translation",
    "translated",
)
"""The jobs a credit line names, each followed by "by" and names ("Editing by Daniel Moss");
compared case-insensitively. A credit line is a run of such jobs separated by ";"."""

CREDIT_NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "and",
        "in",
        "from",
        "at",
        "with",
        "staff",
        "al",
        "bin",
        "da",
        "de",
        "del",
        "der",
        "di",
        "dos",
        "du",
        "el",
        "la",
        "le",
        "van",
        "von",
    }
)
"""Lower-case words a credit line may have between the capitalized names and places it
credits ("Reporting by Jane Doe and Ali al Amin in Cairo"). Any other lower-case word
makes the line prose ("Reporting by the Guardian showed that ..."), which stays in."""

CREDIT_STAFF_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "researcher",
        "researchers",
        "photographer",
        "photographers",
        "journalist",
        "journalists",
        "editor",
        "editors",
        "staff",
    }
)
"""Lower-case nouns a contribution line may name its contributors by ("Associated Press
writers Jane Doe and John Roe contributed to this report.")."""

CONTRIBUTION_PHRASES: Final[tuple[str, ...]] = (
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed research",
)
"""How a one-sentence credit paragraph ends its list of contributors ("Associated Press
writer John Roe in Paris contributed to this report."); a place may follow ("contributed
reporting from Kyiv.")."""
