"""The tense of the clause a time expression sits in: past, future, or neither."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reportedly.lang.en.time_tense import (
    FUTURE_AUXILIARIES,
    FUTURE_PREDICATES,
    FUTURE_PREPOSITIONS,
)
from reportedly.time.normalize import Tense

PAST_TAGS = frozenset({"VBD"})
MAX_CLIMB = 4


def tense_of(span: Span) -> Tense:
    """Past for "said Friday", future for "will vote Friday", else None."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in FUTURE_PREPOSITIONS:
        return "future"
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
        return "future"
    if _to_future(verb):
        return "future"
    if any(a.lemma_ == "have" for a in auxiliaries) or any(
        a.tag_ in PAST_TAGS for a in auxiliaries
    ):
        return "past"
    if not auxiliaries and verb.tag_ in PAST_TAGS:
        return "past"
    return None


def _governing_verb(token: Token) -> Token | None:
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _to_future(verb: Token) -> bool:
    """ "is scheduled for Monday", "plans to meet Friday" """
    if verb.tag_ == "VBN" and verb.lemma_.lower() in FUTURE_PREDICATES:
        return True
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return has_to and verb.head.lemma_.lower() in FUTURE_PREDICATES
