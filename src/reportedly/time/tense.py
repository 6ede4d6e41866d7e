"""The tense of the clause a time expression sits in: past, future, prospective or neither.

"prospective" is a plan or deadline that does not say on which side of publication its
time falls ("was scheduled for Monday", "the Jan. 14 deadline"): ``normalize`` takes the
nearer reading and records the doubt in ``mod``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from reportedly.doctext import text_of
from reportedly.lang.en.time_tense import (
    ABILITY_MODALS,
    DEADLINE_NOUNS,
    FUTURE_AUXILIARIES,
    FUTURE_LEADS,
    FUTURE_PREDICATES,
    FUTURE_PREPOSITIONS,
    GOING_TO,
    PLANNED_MODIFIERS,
    PRESENT_NOT_FUTURE,
    UPCOMING_MODIFIERS,
)
from reportedly.time.normalize import Tense

PAST_TAGS = frozenset({"VBD"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
MAX_CLIMB = 4
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})


def tense_of(span: Span) -> Tense:
    """Past for "said Friday", future for "will vote Friday", else prospective or None."""
    verb = _governing_verb(span.root)
    auxiliaries = _auxiliaries(verb) if verb is not None else []
    if verb is not None:
        auxiliaries += _completed_auxiliaries(verb, auxiliaries)
    perfect = any(a.lemma_ == "have" for a in auxiliaries)
    if span.start > 0 and span.doc[span.start - 1].lower_ in FUTURE_PREPOSITIONS:
        return "past" if perfect and _past(auxiliaries) else "future"
    planned = _planned_noun(span.root, verb)
    if verb is None:
        if planned is not None:
            return planned
        if _deadline(span.root):
            return "prospective"
        return "future" if _headline_present(span.root) else None
    if _led(span) and any(a.lower_ in ABILITY_MODALS for a in auxiliaries) and not perfect:
        return "future"
    future = _future(verb, auxiliaries, perfect)
    if future is not None:
        return future
    if planned is not None:
        return planned
    if _deadline(span.root):
        return "prospective"
    if perfect or _past(auxiliaries) or (not auxiliaries and verb.tag_ in PAST_TAGS):
        return "past"
    return "future" if _present(verb, auxiliaries) else None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _completed_auxiliaries(verb: Token, auxiliaries: list[Token]) -> list[Token]:
    """The modal of the verb a bare "to" infinitive completes: "would be ready to leave
    as soon as Tuesday" is read with "would". Only a modal: what the infinitive says
    comes after its verb, so a past or perfect above it ("has decided to admit them in
    early March") says nothing of its side of publication, nor does a modal perfect
    ("would have been ready to leave")."""
    if verb.dep_ != "xcomp" or [a.lower_ for a in auxiliaries] != ["to"]:
        return []
    outer = _governing_verb(verb.head)
    if outer is None or outer is verb:
        return []
    above = _auxiliaries(outer)
    if any(a.lemma_ == "have" for a in above):
        return []
    return [a for a in above if a.lower_ in FUTURE_AUXILIARIES]


def _planned_noun(token: Token, verb: Token | None) -> Tense:
    """Prospective when a noun between the time and its verb is a plan ("the slated
    visit in September"), future when it is upcoming ("the upcoming vote in March")."""
    for _ in range(MAX_CLIMB):
        if token is verb or token.head is token:
            return None
        if token.pos_ in ("NOUN", "PROPN"):
            words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
            if words & UPCOMING_MODIFIERS:
                return "future"
            if words & PLANNED_MODIFIERS:
                return "prospective"
        token = token.head
    return None


def _past(auxiliaries: list[Token]) -> bool:
    return any(a.tag_ in PAST_TAGS for a in auxiliaries)


def _led(span: Span) -> bool:
    """True when a lead such as "as soon as" stands just before the time."""
    # text_of: doc.text joins every token again on each call, once per time expression
    before = text_of(span.doc)[max(span.start_char - 20, 0) : span.start_char].lower().rstrip()
    return before.endswith(FUTURE_LEADS)


def _future(verb: Token, auxiliaries: list[Token], perfect: bool) -> Tense:
    """Future or prospective when a modal, "going to" or a planning verb governs; a
    planning verb in the perfect ("has scheduled a news conference Thursday") is
    prospective."""
    if not perfect and any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
        return "future"
    planner = _planner(verb)
    if planner is None:
        return None
    if perfect:
        return "prospective"
    if _going_to(planner) or planner.tag_ in ("VBG", *PRESENT_TAGS):
        return "future"
    planner_aux = _auxiliaries(planner)
    if any(a.lower_ in FUTURE_AUXILIARIES for a in planner_aux):
        return "future"
    if _past(planner_aux) or planner.tag_ in PAST_TAGS or planner.dep_ in ("acl", "amod"):
        return "prospective"
    return "future"


def _planner(verb: Token) -> Token | None:
    """The verb that plans: ``verb`` itself ("scheduled for Monday") or the one it
    completes with "to" ("plans to vote Friday", "is going to sign")."""
    if verb.lemma_.lower() in FUTURE_PREDICATES:
        return verb
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    head = verb.head
    if head.lemma_.lower() in FUTURE_PREDICATES or _going_to(head):
        return head
    before = verb.doc[to.i - 1] if to.i > 0 else None  # "in line to be elected"
    if before is not None and before.lemma_.lower() in FUTURE_PREDICATES:
        return before
    return None


def _going_to(token: Token) -> bool:
    return token.lemma_.lower() in GOING_TO and token.tag_ == "VBG"


def _present(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "votes Thursday", "is meeting Thursday": a present that reads ahead."""
    if verb.lemma_.lower() in PRESENT_NOT_FUTURE:
        return False
    if verb.tag_ == "VBG":
        return any(a.tag_ in PRESENT_TAGS for a in auxiliaries)
    return not auxiliaries and verb.tag_ in PRESENT_TAGS and verb.dep_ == "ROOT"


def _headline_present(token: Token) -> bool:
    """ "Senate votes Tuesday": a verbless headline whose root, a plural noun, is the
    verb in the present that the tagger missed."""
    root = token.head
    return token.dep_ == "npadvmod" and root.dep_ == "ROOT" and root.tag_ == "NNS"


def _deadline(token: Token) -> bool:
    """True when the time names the day of a deadline: "the Jan. 14 deadline"."""
    for _ in range(2):
        if token.lemma_.lower() in DEADLINE_NOUNS:
            return True
        if token.head is token:
            return False
        token = token.head
    return token.lemma_.lower() in DEADLINE_NOUNS


def _governing_verb(token: Token) -> Token | None:
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def modifies_noun(span: Span) -> bool:
    """True when the expression stands before a noun it modifies: "a midnight deadline"."""
    root = span.root
    return root.dep_ in NOUN_MODIFIER_DEPS and root.head.pos_ == "NOUN" and root.i < root.head.i
