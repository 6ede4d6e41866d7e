"""Cue words: the verbs, nouns and phrases that introduce reported speech.

Each verb lemma maps to the stance it gives its attribution: most report a claim
(``assert``); some deny it, confirm it, or decline to speak. Extending the cues means
adding a row here, never editing code.
"""

from __future__ import annotations

from typing import Final

from reportedly.model import Stance

CUE_VERBS: Final[dict[str, Stance]] = {
    # saying and reporting
    "say": "assert",
    "tell": "assert",
    "report": "assert",
    "add": "assert",
    "state": "assert",
    "announce": "assert",
    "claim": "assert",
    "write": "assert",
    "warn": "assert",
    "argue": "assert",
    "insist": "assert",
    "explain": "assert",
    "note": "assert",
    "suggest": "assert",
    "tweet": "assert",
    "post": "assert",
    "predict": "assert",
    "allege": "assert",
    "assert": "assert",
    "contend": "assert",
    "maintain": "assert",
    "reply": "assert",
    "respond": "assert",
    "testify": "assert",
    "recall": "assert",
    "stress": "assert",
    "emphasize": "assert",
    "emphasise": "assert",
    "reiterate": "assert",
    "remark": "assert",
    "observe": "assert",
    "conclude": "assert",
    "declare": "assert",
    "comment": "assert",
    "complain": "assert",
    "indicate": "assert",
    "reveal": "assert",
    "disclose": "assert",
    "estimate": "assert",
    "promise": "assert",
    "pledge": "assert",
    "vow": "assert",
    "urge": "assert",
    "demand": "assert",
    "accuse": "assert",
    "charge": "assert",
    "caution": "assert",
    "signal": "assert",
    "hint": "assert",
    "boast": "assert",
    "concede": "assert",
    "quip": "assert",
    "joke": "assert",
    "continue": "assert",
    "ask": "assert",
    "inform": "assert",
    "brief": "assert",
    "threaten": "assert",
    "believe": "assert",
    "think": "assert",
    "fear": "assert",
    "expect": "assert",
    "show": "assert",
    "find": "assert",
    "call": "assert",
    # judging out loud
    "criticize": "assert",
    "criticise": "assert",
    "praise": "assert",
    "describe": "assert",
    "mock": "assert",
    "thank": "assert",
    "condemn": "assert",
    "blast": "assert",
    "slam": "assert",
    "endorse": "assert",
    "applaud": "assert",
    "welcome": "assert",
    "question": "assert",
    "defend": "assert",
    "blame": "assert",
    "recommend": "assert",
    "propose": "assert",
    "mention": "assert",
    "tout": "assert",
    "decry": "assert",
    "lament": "assert",
    "denounce": "assert",
    "dub": "assert",
    "label": "assert",
    # denying
    "deny": "deny",
    "dismiss": "deny",
    "refute": "deny",
    "reject": "deny",
    "rebut": "deny",
    "disavow": "deny",
    "dispute": "deny",
    "rebuff": "deny",
    # confirming
    "confirm": "confirm",
    "acknowledge": "confirm",
    "admit": "confirm",
    "corroborate": "confirm",
    "verify": "confirm",
}
"""Verb lemma -> stance of the attribution the verb introduces."""

OBJECT_CUE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "deny",
        "dismiss",
        "refute",
        "reject",
        "rebut",
        "disavow",
        "dispute",
        "rebuff",
        "confirm",
        "acknowledge",
        "admit",
        "corroborate",
        "verify",
        "announce",
        "claim",
        "report",
        "reveal",
        "disclose",
        "predict",
        "promise",
        "pledge",
        "vow",
        "demand",
        "urge",
        "allege",
        "call",
        "speak",
        "point",
        "make",
        "estimate",
        "accuse",
        "charge",
        "criticize",
        "criticise",
        "praise",
        "describe",
        "mock",
        "thank",
        "condemn",
        "blast",
        "slam",
        "endorse",
        "applaud",
        "welcome",
        "question",
        "defend",
        "blame",
        "recommend",
        "propose",
        "mention",
        "tout",
        "decry",
        "lament",
        "denounce",
        "dub",
        "label",
    }
)
"""Cue verbs whose noun object can be what is reported ("denied the report", "announced a
ceasefire"); every other cue verb needs a clause or a quote ("added two new lanes" and
"wrote a memoir" report no speech)."""

NESTING_VERBS: Final[frozenset[str]] = frozenset({"cite", "quote"})
"""Participles that name a deeper source of the clause's own report
("Reuters reported, citing three unnamed sources, ...")."""

DECLINE_VERBS: Final[frozenset[str]] = frozenset({"decline", "refuse"})
"""Verbs that, governing "to comment", "to confirm" etc., make a ``decline`` stance."""

DECLINED_ACTIONS: Final[frozenset[str]] = frozenset(
    {"comment", "confirm", "discuss", "elaborate", "say", "respond", "answer", "speak"}
)
"""What a source can decline to do for the stance to be ``decline``."""

PASSIVE_REPORT_VERBS: Final[frozenset[str]] = frozenset(
    {
        "say",
        "believe",
        "think",
        "understand",
        "report",
        "allege",
        "rumor",
        "rumour",
        "expect",
        "know",
        "claim",
        "suspect",
    }
)
"""Passive raising verbs that report a claim without naming who makes it
("Kozak was said to have secured a deal", "he is believed to be in Minsk")."""

QUOTED_AS_VERBS: Final[frozenset[str]] = frozenset({"quote", "cite"})
"""Passive verbs of the "X was quoted as saying" form."""

CHANNEL_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "statement",
        "interview",
        "post",
        "tweet",
        "letter",
        "briefing",
        "speech",
        "video",
        "message",
        "email",
        "op-ed",
        "column",
        "podcast",
        "broadcast",
        "address",
        "conference",
    }
)
"""Nouns of the medium a cue names ("said in a statement", "wrote in a post")."""

PARTICLE_CUES: Final[dict[str, frozenset[str]]] = {
    "point": frozenset({"out"}),
    "speak": frozenset({"out"}),
    "call": frozenset({"for", "on"}),
    "make": frozenset({"clear"}),
}
"""Verbs that are cues only together with a particle or complement ("pointed out",
"spoke out against", "called for", "made clear")."""

ACCORDING_TO: Final[tuple[str, str]] = ("according", "to")
"""The prepositional cue "according to X"."""

CLAIM_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "report",
        "claim",
        "allegation",
        "story",
        "account",
        "accusation",
        "rumor",
        "rumour",
        "suggestion",
        "article",
        "authenticity",
        "assertion",
        "charge",
        "speculation",
        "notion",
        "idea",
        "characterization",
        "description",
        "version",
        "finding",
        "reporting",
        "statement",
        "comment",
        "remark",
        "assessment",
        "conclusion",
        "interpretation",
        "wrongdoing",
        "involvement",
        "responsibility",
        "knowledge",
        "role",
        "link",
        "tie",
        "existence",
    }
)
"""Nouns naming something said; a denial or confirmation whose content names one answers
an earlier report ("denied the Reuters report's authenticity")."""

CLAIM_ONLY_VERBS: Final[frozenset[str]] = frozenset(
    {"deny", "reject", "dispute", "dismiss", "rebuff"}
)
"""Denial verbs that deny a claim only when their object names one or is a clause
("rejected the report" is a denial, "rejected a deal" and "denied entry" are not)."""

AGENT_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"see", "obtain", "review", "read", "publish", "leak", "quote", "interview", "cite"}
)
"""Participles that tie a document or source to the outlet that handled it
("a memo seen by the Financial Times", "people interviewed by Reuters")."""
