"""Cue finding: the words in a parsed sentence that introduce reported speech.

Each ``Cue`` records the cue's words, the token heading it, which grammatical frame it
appears in, and the stance its verb gives. Which words count is decided by the tables in
``reportedly.lang.en.cues``; this module only knows the syntactic frames.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reportedly.attribution.spans import line_of
from reportedly.lang.en.cues import (
    ACCORDING_TO,
    CUE_VERBS,
    DECLINE_VERBS,
    DECLINED_ACTIONS,
    NESTING_VERBS,
    PARTICLE_CUES,
    PASSIVE_REPORT_VERBS,
    QUOTED_AS_VERBS,
)
from reportedly.lang.en.hedges import HEDGE_ADVERBS
from reportedly.model import Stance

Frame = Literal["verb", "according", "passive", "quoted_as", "nesting", "decline", "hedge", "colon"]
COLON_SPEAKER_TOKENS = 8
"""Longest speaker name a "Name: words" line may start with (headline style)."""
CUE_MODIFIERS = frozenset(
    {
        "also",
        "later",
        "previously",
        "earlier",
        "repeatedly",
        "again",
        "further",
        "separately",
        "publicly",
        "privately",
    }
)


@dataclass(frozen=True, slots=True)
class Cue:
    """The words of a cue (token indices ``start:end``) and the frame they stand in."""

    head: Token
    start: int
    end: int
    frame: Frame
    stance: Stance = "assert"


def find_cues(sentence: SpacySpan) -> Iterator[Cue]:
    """Every cue in the sentence, in order."""
    for token in sentence:
        cue = _cue_at(token)
        if cue is not None:
            yield cue


def _cue_at(token: Token) -> Cue | None:
    lower, lemma = token.lower_, token.lemma_.lower()
    if (
        lower == ACCORDING_TO[0]
        and token.i + 1 < len(token.doc)
        and (token.doc[token.i + 1].lower_ == ACCORDING_TO[1])
    ):
        return Cue(token, token.i, token.i + 2, "according")
    if lower in HEDGE_ADVERBS and token.pos_ == "ADV":
        return Cue(token, token.i, token.i + 1, "hedge")
    if token.text == ":" and _speaker_line(token):
        return Cue(token, token.i, token.i + 1, "colon")
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"amod", "compound"}:
        return None
    if lemma in DECLINE_VERBS:
        return _decline(token)
    if lemma in QUOTED_AS_VERBS and is_passive(token):
        return _quoted_as(token)
    if lemma in NESTING_VERBS and token.tag_ == "VBG":
        return Cue(token, token.i, token.i + 1, "nesting")
    if lemma in PASSIVE_REPORT_VERBS and is_passive(token):
        passive = _passive_report(token)
        if passive is not None:
            return passive
    if lemma in PARTICLE_CUES:
        return _particle_cue(token, lemma)
    if lemma in CUE_VERBS:
        return Cue(token, _cue_start(token), token.i + 1, "verb", CUE_VERBS[lemma])
    return None


def _speaker_line(colon: Token) -> bool:
    """ "Carson: Clinton 'Not Fit To Serve'": a line that opens with a name and a colon."""
    doc = colon.doc
    start, _ = line_of(colon)
    speaker = doc[start : colon.i]
    if not 0 < len(speaker) <= COLON_SPEAKER_TOKENS or colon.i + 1 >= len(doc):
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"} for t in speaker)
    return named and not any(t.pos_ in {"VERB", "AUX"} or t.text == ":" for t in speaker)


def _cue_start(token: Token) -> int:
    """Include auxiliaries and adverbs like "also" right before the verb ("has also said")."""
    start = token.i
    doc = token.doc
    while start > 0:
        previous = doc[start - 1]
        attached = previous.head == token
        is_aux = previous.dep_ in {"aux", "auxpass", "neg"} and attached
        is_modifier = previous.lower_ in CUE_MODIFIERS and attached
        if not (is_aux or is_modifier):
            break
        start -= 1
    return start


def is_passive(token: Token) -> bool:
    """Whether the verb is in the passive voice ("was quoted", "is believed")."""
    return any(child.dep_ == "auxpass" for child in token.children)


def _passive_report(token: Token) -> Cue | None:
    """ "was said to (have)", "is believed to": the cue runs from the auxiliary to "to"."""
    for child in token.children:
        if child.dep_ == "xcomp":
            markers = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
            if markers:
                start = min(c.i for c in token.children if c.dep_ == "auxpass")
                return Cue(token, start, markers[0].i + 1, "passive")
        if child.dep_ == "ccomp":
            start = min(c.i for c in token.children if c.dep_ == "auxpass")
            return Cue(token, start, token.i + 1, "passive")
    return None


def _quoted_as(token: Token) -> Cue | None:
    """ "was quoted as saying": from the auxiliary to the gerund."""
    start = min(c.i for c in token.children if c.dep_ == "auxpass")
    for child in token.children:
        if child.lower_ == "as":
            gerunds = [g for g in child.subtree if g.tag_ == "VBG"]
            if gerunds:
                return Cue(token, start, gerunds[0].i + 1, "quoted_as")
        if child.tag_ == "VBG" and child.lemma_.lower() in CUE_VERBS:
            return Cue(token, start, child.i + 1, "quoted_as")
    return None


def _particle_cue(token: Token, lemma: str) -> Cue | None:
    particles = PARTICLE_CUES[lemma]
    for child in token.children:
        if child.lower_ in particles and child.i > token.i and child.i - token.i <= 2:
            return Cue(
                token, _cue_start(token), child.i + 1, "verb", CUE_VERBS.get(lemma, "assert")
            )
    if lemma in CUE_VERBS:
        return Cue(token, _cue_start(token), token.i + 1, "verb", CUE_VERBS[lemma])
    return None


def _decline(token: Token) -> Cue | None:
    """ "declined to comment", "refused to confirm": a ``decline`` stance."""
    for child in token.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in DECLINED_ACTIONS:
            return Cue(token, _cue_start(token), child.i + 1, "decline", "decline")
    return None
