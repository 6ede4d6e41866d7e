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
    "relay": "assert",
    "remark": "assert",
    "observe": "assert",
    "conclude": "assert",
    "declare": "assert",
    "comment": "assert",
    "complain": "assert",
    "object": "assert",
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
    # what a finding or a record shows (not attitudes: "believes", "expects", "fears"
    # report no act of saying, FORMAT.md of the records benchmark)
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
    "challenge": "deny",
    "counter": "deny",
    # confirming
    "confirm": "confirm",
    "acknowledge": "confirm",
    "admit": "confirm",
    "corroborate": "confirm",
    "verify": "confirm",
    "affirm": "confirm",
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
        "challenge",
        "counter",
        "confirm",
        "acknowledge",
        "admit",
        "affirm",
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

DECLINE_VERBS: Final[frozenset[str]] = frozenset({"decline", "refuse", "avoid"})
"""Verbs that, governing "to comment", "to confirm" etc., make a ``decline`` stance
("avoided saying" too)."""

DECLINED_ACTIONS: Final[frozenset[str]] = frozenset(
    {
        "comment",
        "confirm",
        "deny",
        "discuss",
        "elaborate",
        "say",
        "respond",
        "answer",
        "speak",
        "give",
        "offer",
        "provide",
        "disclose",
        "reveal",
        "specify",
        "identify",
        "name",
        "detail",
        "address",
        "explain",
        "interview",
        "speculate",
    }
)
"""What a source can decline to do for the stance to be ``decline`` ("declined to give a
reason", "declined to be interviewed"); negated after a modal it is a refusal too ("would
not say whether", "could not confirm")."""

REFUSING_MODALS: Final[frozenset[str]] = frozenset({"would", "will", "wo", "could", "can", "ca"})
"""Modals that make a negated declined action a refusal ("would not say", "won't comment",
"could not confirm"); spaCy splits "won't" and "can't" into "wo"/"ca" and "n't"."""

NO_RESPONSE_VERBS: Final[frozenset[str]] = frozenset({"respond", "return", "reply", "answer"})
"""Verbs that, negated, report no answer to a request: "did not respond to a request for
comment", "did not return calls seeking comment", "did not answer directly"."""

REQUEST_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "request",
        "call",
        "email",
        "e-mail",
        "message",
        "inquiry",
        "enquiry",
        "query",
        "question",
        "comment",
        "phone",
        "telephone",
        "text",
        "voicemail",
    }
)
"""What a source fails to answer; a negated ``NO_RESPONSE_VERBS`` verb is a refusal only
with one of these as its object ("did not return calls", not "did not return home")."""

EVASION_VERBS: Final[frozenset[str]] = frozenset({"demur", "dodge", "sidestep", "evade", "deflect"})
"""Verbs of not answering that need no negation: "demurred when asked whether ...",
"sidestepped questions about ..."."""

ASKING_VERBS: Final[frozenset[str]] = frozenset({"ask", "press", "question"})
"""The "when asked whether ..." clause after a refusal gives what was not answered."""

TOPIC_PREPOSITIONS: Final[frozenset[str]] = frozenset({"about", "on", "regarding", "over"})
"""Prepositions that give what a refused request was about ("questions about the deal")."""

UNREACHABLE_WORDS: Final[frozenset[str]] = frozenset({"reach", "contact", "available"})
"""Negated, a refusal to comment: "could not be reached", "could not be contacted", "was
not available for comment" ("unavailable" is its own negation)."""

UNAVAILABLE_WORDS: Final[frozenset[str]] = frozenset({"unavailable"})
"""Adjectives that are already negated: "was unavailable for comment"."""

REFUSED_SPEECH_VERBS: Final[frozenset[str]] = frozenset({"comment", "speculate"})
"""A quote or clause that says its speaker does not do these is a refusal: "'We do not
comment on speculation,' a spokesman said", "it would 'not be speculating'"."""

PREMATURE_WORDS: Final[frozenset[str]] = frozenset({"early", "soon", "premature"})
"""Said of speaking, a refusal: "It's too early at this stage to discuss motive", "it is
premature to speculate"."""

NO_COMMENT: Final[tuple[str, str]] = ("no", "comment")
"""A content that opens with these words is a refusal ("'No comment,' he said")."""

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

FORECAST_PASSIVES: Final[frozenset[str]] = frozenset({"expect"})
"""Passive raising verbs of forecast: they hedge the claim they stand in ("Grimm is
expected to be indicted, his lawyer said") but alone report no one's words ("the plan is
expected to meet resistance")."""

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

NAMING_VERBS: Final[frozenset[str]] = frozenset({"call", "dub", "label", "describe"})
"""Cue verbs that report words only with what they name their object: an object
complement ("called the meeting 'productive'", "described the cut as 'a done deal'") or a
clause. Alone they name ("a group called Political Chips") or do something else ("called
him last summer", "talking points describing the attack")."""

NAMING_COMPLEMENTS: Final[frozenset[str]] = frozenset({"oprd", "xcomp", "ccomp"})
"""Dependency labels of what a naming verb says its object is (with an "as" phrase)."""

REQUEST_VERBS: Final[frozenset[str]] = frozenset({"ask"})
"""Cue verbs of requests: a report when they ask someone ("asked Clinton to talk to
Sestak") or ask a question ("asked whether ..."), not when the speaker asks something for
themselves ("asking not to be identified", "had never asked to see the statements")."""

PARTICLE_CUES: Final[dict[str, frozenset[str]]] = {
    "point": frozenset({"out"}),
    "speak": frozenset({"out"}),
    "call": frozenset({"for", "on"}),
    "make": frozenset({"clear"}),
    "object": frozenset({"to"}),
}
"""Verbs that are cues only together with a particle or complement ("pointed out",
"spoke out against", "called for", "made clear")."""

ACCORDING_TO: Final[tuple[str, str]] = ("according", "to")
"""The prepositional cue "according to X"."""

ADDRESSEE_VERBS: Final[frozenset[str]] = frozenset(
    {"tell", "inform", "ask", "brief", "warn", "assure", "remind"}
)
"""Cue verbs whose object can be the one told ("told reporters"), not what is told."""

ADDRESSEE_NOUNS: Final[frozenset[str]] = frozenset(
    {"reporter", "journalist", "lawmaker", "audience", "crowd"}
)
"""Common nouns that, as the object of an ``ADDRESSEE_VERBS`` cue, are the ones told."""

SOURCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"from", "by"})
"""Prepositions that give the source of a nominal report: "warnings from the
administration that ...", "claims by the company that ..."."""

SOURCE_CLAUSE_MARKS: Final[frozenset[str]] = frozenset({"as"})
"""Subordinators that make a report's clause say where the sentence's claim comes from:
"As HuffPost reported Wednesday, the administration opted to lift the ban"."""

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
        "concern",
        "objection",
        "criticism",
        "complaint",
        "argument",
        "rationale",
        "explanation",
        "theory",
        "figure",
        "evidence",
        "insistence",
        "warning",
        "prediction",
    }
)
"""Nouns naming something said; a denial or confirmation whose content names one answers
an earlier report ("denied the Reuters report's authenticity", "dismissed the concerns"),
and one said to be false is denied ("the allegation was baseless")."""

OWNED_CLAIM_NOUNS: Final[frozenset[str]] = frozenset({"case"})
"""Nouns that name a claim only with the one who makes it: "the White House's case is
overblown" (not "the case was adjourned", "in any case")."""

NOMINAL_REPORT_NOUNS: Final[frozenset[str]] = frozenset(
    {"claim", "allegation", "accusation", "assertion", "report", "warning", "rumor", "rumour"}
)
"""Nouns that, with a "that" clause, report a claim by themselves: "over claims that the
law has the potential to discriminate", "warnings from the administration that the bill
could hurt security". The claim a later denial answers (records benchmark, basil)."""

UNASSERTED_DETERMINERS: Final[frozenset[str]] = frozenset({"any", "no"})
"""Determiners that make a nominal report hypothetical: "rejected any suggestion that
...", "accusations that he had misused his office" after "any"."""

DENIABLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "wrongdoing",
        "involvement",
        "responsibility",
        "knowledge",
        "role",
        "link",
        "tie",
        "existence",
        "innocence",
    }
)
"""Nouns of what a source denies about itself ("denied any role in the attacks"): a
denial, but one that names no report, so it answers one only by what it denies."""

REFERRING_PRONOUNS: Final[frozenset[str]] = frozenset({"that", "this", "it", "which"})
"""A claim's subject that points back to what was just reported: "said that was wrong"."""

FALSITY_PHRASES: Final[tuple[str, ...]] = (
    "false",
    "untrue",
    "baseless",
    "groundless",
    "unfounded",
    "wrong",
    "incorrect",
    "inaccurate",
    "erroneous",
    "bogus",
    "fake",
    "fabricated",
    "fabrication",
    "misleading",
    "nonsense",
    "absurd",
    "ridiculous",
    "lie",
    "lies",
    "error",
    "errors",
    "off base",
    "not true",
    "not accurate",
    "not correct",
    "not the case",
    "hard to believe",
    "not hold up",
    "not stand up",
    "not add up",
    "unreliable",
    "unpersuasive",
    "unconvincing",
    "overblown",
)
"""What a source says of a claim to deny it ("the allegation was 'baseless'", "that was
'simply not true'", "that explanation did not hold up"), as words in order with adverbs
left out and "n't" read as "not"."""

CALLING_VERBS: Final[frozenset[str]] = frozenset({"call", "label", "describe", "brand", "dub"})
"""Verbs that deny a claim they call false: "calls that evidence unreliable"."""

CLAIM_ONLY_VERBS: Final[frozenset[str]] = frozenset(
    {"deny", "reject", "dispute", "dismiss", "rebuff", "challenge", "counter", "push"}
)
"""Denial verbs that deny a claim only when their object names one or is a clause
("rejected the report" and "challenged a host of statements" are denials, "rejected a deal",
"denied entry" and "challenged him to a debate" are not)."""

AGENT_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"see", "obtain", "review", "read", "publish", "leak", "quote", "interview", "cite"}
)
"""Participles that tie a document or source to the outlet that handled it
("a memo seen by the Financial Times", "people interviewed by Reuters")."""

ADMISSION_VERBS: Final[frozenset[str]] = frozenset({"admit", "acknowledge", "affirm"})
"""Confirming verbs that confirm only a report they name ("acknowledged the report"); with
none named they report the speaker's own claim ("admitted she 'went too far'"), as the
records benchmark annotates every such admission."""

RESPONSE_MARKERS: Final[frozenset[str]] = frozenset({"after", "following"})
"""Words that open the clause of the report a denial answers in its own sentence: "has
rejected the claims as 'baseless' after the Herald reported that ..."."""

SPEECH_ACT_VERBS: Final[dict[str, frozenset[str]]] = {
    "allegation": frozenset({"allege", "accuse", "charge", "claim"}),
    "accusation": frozenset({"accuse", "allege", "charge", "claim"}),
    "charge": frozenset({"charge", "accuse", "allege"}),
    "claim": frozenset({"claim", "accuse", "allege", "charge"}),
    "concern": frozenset({"warn", "caution"}),
    "warning": frozenset({"warn", "caution"}),
    "objection": frozenset({"object"}),
    "complaint": frozenset({"complain"}),
    "criticism": frozenset({"criticize", "criticise", "condemn", "blast", "slam", "decry"}),
    "suggestion": frozenset({"suggest"}),
    "insistence": frozenset({"insist"}),
    "prediction": frozenset({"predict"}),
}
"""The claim nouns that name one kind of speech act, with the cue verbs of that act: a
denial of "the allegations" answers the report made with "accused" or "alleged" before any
other ("disputed claims of racism" after "accused activists of tolerating bigotry and
approved a resolution condemning racism")."""

ANY_CLAIM_NOUNS: Final[frozenset[str]] = frozenset({"allegation", "accusation", "charge", "claim"})
"""Speech-act nouns any claim can be called: with no accusation before it, a denial of
"the allegation" answers the claim it shares words with or the latest one ("Residents said
engineers had ignored the cracks. An official said the allegation was baseless"). Every
other noun of ``SPEECH_ACT_VERBS`` answers only its own act ("the complaints are bogus"
with no complaint reported answers nothing)."""

NO_EVIDENCE_NOUNS: Final[frozenset[str]] = frozenset(
    {"evidence", "proof", "sign", "indication", "basis"}
)
"""With "no", a content that denies what others claim: "he has seen no evidence of racism",
"the company had found 'no evidence' that customer data had been accessed"."""

LYING_VERBS: Final[frozenset[str]] = frozenset({"lie"})
"""Said of others, a content that denies their claim: "the lawmakers were lying"."""

INNOCENCE_NOUNS: Final[frozenset[str]] = frozenset({"innocence"})
"""The object of a cue verb that makes it a denial of what the speaker is accused of:
"asserts his innocence", "has maintained her innocence"."""

PROFESSING_VERBS: Final[frozenset[str]] = frozenset({"protest", "proclaim", "profess"})
"""Verbs that report speech only with "innocence" for their object, and then deny: "he
protested his innocence", "has proclaimed her innocence" (not "protested the decision")."""

DENIAL_PHRASES: Final[dict[str, frozenset[str]]] = {
    "plead": frozenset({"not guilty", "innocent"}),
    "push": frozenset({"back"}),
}
"""Verbs that deny as a defence with the words right after them: "pleaded not guilty to
two counts of fraud", "pleaded innocent", "pushed back on Saudi objections" ("pleaded
guilty" and "pushed the bill" are no denials). "push back" answers a claim only, like the
``CLAIM_ONLY_VERBS`` ("pushed back on the plan" opposes a plan)."""

WRONGDOING_WORDS: Final[frozenset[str]] = frozenset(
    {"wrong", "improper", "illegal", "unlawful", "inappropriate", "untoward", "unethical"}
)
"""Said of "nothing" in a content's main clause, a denial of wrongdoing: "he had done
nothing wrong", "'nothing improper' happened", "there was nothing illegal about it"."""

PROPRIETY_ADVERBS: Final[frozenset[str]] = frozenset(
    {"appropriately", "properly", "lawfully", "legally", "correctly"}
)
"""Said of how the source conducted itself (``CONDUCT_VERBS``), a denial of wrongdoing:
"my office has handled this matter entirely appropriately", "she acted properly"."""

CONDUCT_VERBS: Final[frozenset[str]] = frozenset({"act", "behave", "handle", "conduct"})
"""Verbs of conduct that ``PROPRIETY_ADVERBS`` clear ("the system worked properly" clears
no one)."""

PASSIVE_ACCUSATIONS: Final[dict[str, str]] = {"accuse": "of"}
"""Passive verbs of accusing, with the preposition of what is alleged: with no agent, "is
accused of taking the money" reports an accusation whose source the text does not name
(or names in the sentences before, as for "was said to")."""

NOT_KNOWING_VERBS: Final[frozenset[str]] = frozenset(
    {"know", "think", "believe", "remember", "understand", "expect"}
)
"""Negated, they say what the speaker does not know or think ("I sure don't know why it
took three months"), not that someone else's claim is false."""

DEONTIC_MODALS: Final[frozenset[str]] = frozenset({"should", "must", "ought"})
"""Modals that make a negated clause a demand, not a claim: "there should be no
one-on-one meeting with Putin" denies nothing said about the meeting."""

PLEA_VERBS: Final[frozenset[str]] = frozenset({"plead"})
"""Verbs of answering a charge: a plea of "not guilty" answers the accusation."""

ACCUSING_VERBS: Final[frozenset[str]] = frozenset({"accuse", "allege", "charge"})
"""The cue verbs of an accusation: what a profession of innocence, a plea or "no evidence"
answers ("accused tea party activists of tolerating bigotry" for "he has seen no evidence
of racism within the movement")."""

CHARGE_WORDS: Final[frozenset[str]] = frozenset(
    {"indict", "indictment", "charge", "accuse", "accusation", "allege", "allegation", "arrest"}
)
"""Lemmas that tell of charges against someone: a report that a person "was expected to be
indicted on federal fraud charges" is what that person's profession of innocence answers
when no one accuses him in so many words."""

DEFENDING_ROLES: Final[frozenset[str]] = frozenset(
    {"lawyer", "attorney", "counsel", "spokesman", "spokeswoman", "spokesperson"}
)
"""Roles of those who speak for someone: a lawyer telling of the charges against his
client ("Federal prosecutors plan to file charges against Rep. Grimm, attorney says")
relays them; the client's profession of innocence does not answer him."""

DOUBTING_VERBS: Final[frozenset[str]] = frozenset({"question"})
"""Cue verbs that deny when their object names a claim ("questioning the secretary's
insistence she never saw urgent cables", "questioned the report's findings") and report
a question otherwise ("questioned why it took so long")."""
