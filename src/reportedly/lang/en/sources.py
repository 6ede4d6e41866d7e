"""Source words: how news text names anonymous sources, groups, documents and outlets."""

from __future__ import annotations

from typing import Final

ANONYMOUS_SOURCE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "source",
        "official",
        "person",
        "people",
        "insider",
        "aide",
        "adviser",
        "advisor",
        "diplomat",
        "officer",
        "staffer",
        "employee",
        "individual",
        "informant",
        "whistleblower",
        "confidant",
        "associate",
        "ally",
        "lawmaker",
        "executive",
        "member",
        "figure",
        "operative",
        "strategist",
        "negotiator",
        "someone",
        "somebody",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "rep",
    }
)
"""Head nouns of a source named only by its position ("a senior official", "people")."""

GROUP_PLURALS: Final[frozenset[str]] = frozenset(
    {
        "lawmaker",
        "member",
        "ally",
        "associate",
        "figure",
        "representative",
    }
)
"""Anonymous-source nouns whose plural, unless marked as unnamed ("lawmakers who were
briefed on the plan"), names a group that speaks as one ("Republican lawmakers argued",
"some members of the congregation said")."""

ANONYMITY_MARKERS: Final[frozenset[str]] = frozenset(
    {
        "unnamed",
        "anonymous",
        "unidentified",
        "close",
        "familiar",
        "briefed",
        "knowledgeable",
        "aware",
        "speaking",
        "spoke",
        "requested",
        "asked",
        "declined",
        "senior",
        "third",
        "second",
        "other",
        "several",
    }
)
"""Words that, around an anonymous-source noun, show the source is left unnamed
("unnamed", "close to", "familiar with", "who spoke on condition of anonymity")."""

DEMONSTRATIVE_SOURCES: Final[frozenset[str]] = frozenset({"those"})
"""Pronouns that name unnamed people when an anonymity marker goes with them ("according
to those briefed on the effort", "those familiar with the strategy", "those close to him")."""

GROUP_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "analyst",
        "expert",
        "economist",
        "resident",
        "critic",
        "observer",
        "activist",
        "witness",
        "voter",
        "supporter",
        "opponent",
        "scientist",
        "researcher",
        "investor",
        "trader",
        "doctor",
        "lawyer",
        "historian",
        "democrat",
        "republican",
        "protester",
        "leader",
        "politician",
        "legislator",
        "pollster",
        "attorney",
        "prosecutor",
        "investigator",
        "senator",
        "congressman",
        "governor",
        "mayor",
        "organizer",
        "owner",
        "attendee",
        "author",
        "conservative",
        "liberal",
        "progressive",
        "engineer",
        "proponent",
        "candidate",
        "advocate",
        "parent",
        "student",
        "teacher",
        "worker",
        "farmer",
        "nurse",
        "victim",
        "family",
        "neighbor",
        "neighbour",
        "customer",
        "passenger",
        "islander",
        "commuter",
        "veteran",
        "firefighter",
        "physician",
        "immigrant",
        "refugee",
        "tenant",
        "homeowner",
        "plaintiff",
        "scholar",
        "justice",
        "authority",
    }
)
"""Plural nouns naming a group that speaks as one ("analysts", "residents"); one of them
named alone ("a lawyer hired by ...", "her lawyer") is an unnamed person."""

DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "report",
        "memo",
        "memorandum",
        "document",
        "letter",
        "statement",
        "study",
        "poll",
        "survey",
        "filing",
        "email",
        "cable",
        "transcript",
        "complaint",
        "indictment",
        "lawsuit",
        "assessment",
        "analysis",
        "readout",
        "communique",
        "decree",
        "ruling",
        "record",
        "data",
        "dossier",
        "audit",
        "review",
        "investigation",
    }
)
"""Head nouns of a document that is said to say something ("an internal memo")."""

ORGANIZATION_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "kremlin",
        "ministry",
        "government",
        "department",
        "police",
        "army",
        "military",
        "company",
        "firm",
        "court",
        "council",
        "committee",
        "commission",
        "administration",
        "office",
        "embassy",
        "campaign",
        "party",
        "parliament",
        "senate",
        "congress",
        "cabinet",
        "white house",
        "pentagon",
        "bank",
        "union",
        "group",
        "organization",
        "organisation",
    }
)
"""Head nouns (lower case) that name an organization speaking as one."""

OUTLET_EPITHETS: Final[frozenset[str]] = frozenset(
    {
        "newspaper",
        "paper",
        "daily",
        "outlet",
        "broadcaster",
        "magazine",
        "publication",
        "tabloid",
        "weekly",
        "wire",
        "media",
    }
)
"""Head nouns of a description that names a media outlet ("the paper", "state media")."""

NEWS_EPITHETS: Final[frozenset[str]] = frozenset(
    {"agency", "network", "channel", "site", "website", "service", "organization"}
)
"""Head nouns that name an outlet only with a news word before them ("the British news
agency", "the news site"); alone they may be any agency or network."""

OUTLET_KIND_NOUNS: Final[dict[str, frozenset[str]]] = {
    "network": frozenset({"broadcaster"}),
    "channel": frozenset({"broadcaster"}),
    "station": frozenset({"broadcaster"}),
    "site": frozenset({"online"}),
    "website": frozenset({"online"}),
}
"""Nouns for a kind of outlet (keys of ``reportedly.data.outlets.OutletKind``) that, after
"the", name the outlet last named when it is of that kind: "the network" after CNN, "the
gossip site" after TMZ."""

NEWS_WORDS: Final[frozenset[str]] = frozenset(
    {"news", "wire", "press", "media", "television", "tv", "radio", "state-run", "broadcast"}
)
"""Modifiers that make a ``NEWS_EPITHETS`` head a media outlet."""

PERSON_PRONOUNS: Final[dict[str, str]] = {
    "he": "person",
    "him": "person",
    "she": "person",
    "her": "person",
    "i": "speaker",
    "we": "group",
    "they": "group",
    "it": "thing",
}
"""Pronouns a source can be named by, and what kind of antecedent each takes."""

FIRST_PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"i", "we"})
"""Pronouns that, inside a quote, name the quote's speaker ("“We told them,” she said")."""

PROPORTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "percent",
        "%",
        "half",
        "majority",
        "minority",
        "plurality",
        "most",
        "third",
        "quarter",
        "fifth",
        "tenth",
    }
)
"""Head words of a share of a group that answers a poll ("55 percent said",
"half said so", "Six in 10 say"); such sources are groups with no stated count."""

GROUP_QUANTIFIERS: Final[frozenset[str]] = frozenset(
    {"many", "some", "other", "others", "several", "few", "all", "both", "most"}
)
"""Quantifiers that name an unspecified part of a group on their own ("Many said they
showed up", "others said ..."): group sources with no stated count."""

ORGANIZATION_NAME_ENDINGS: Final[frozenset[str]] = frozenset(
    {
        "group",
        "partners",
        "capital",
        "holdings",
        "securities",
        "utilities",
        "water",
        "energy",
        "airlines",
        "airways",
        "bank",
        "inc.",
        "inc",
        "corp.",
        "corp",
        "co.",
        "ltd",
        "ltd.",
        "plc",
        "llc",
        "alliance",
        "association",
        "institute",
        "foundation",
        "federation",
        "society",
        "council",
        "commission",
        "department",
        "ministry",
        "agency",
        "service",
        "club",
        "international",
    }
)
"""Last words (lower case) of a proper name that make it an organization's ("Crestline
Partners", "Severn Vale Water", "Safari Club International"), whatever the tagger says:
a shorter form of such a name ("Crestline", "Severn Vale") names the same organization."""

SPOKESPERSON_NOUNS: Final[frozenset[str]] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "rep", "reps"}
)
"""Nouns of a person who speaks for an organization ("A Halden spokeswoman", "a
representative for Obermann"): the source's name carries the organization's full name."""

COMPANY_NOUNS: Final[frozenset[str]] = frozenset(
    {"company", "firm", "retailer", "operator", "provider", "maker", "carrier", "insurer", "group"}
)
"""Nouns by which a definite phrase ("the company", "the retailer") points back to the
organization last named, whatever its name says."""
