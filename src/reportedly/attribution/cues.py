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

from reportedly.attribution.spans import line_of, opens_quote
from reportedly.lang.en.cues import (
    ACCORDING_TO,
    ASKING_VERBS,
    CLAIM_NOUNS,
    CUE_VERBS,
    DECLINE_VERBS,
    DECLINED_ACTIONS,
    DENIAL_PHRASES,
    DOUBTING_VERBS,
    EVASION_VERBS,
    INNOCENCE_NOUNS,
    NAMING_COMPLEMENTS,
    NAMING_VERBS,
    NESTING_VERBS,
    NO_RESPONSE_VERBS,
    NOMINAL_REPORT_NOUNS,
    PARTICLE_CUES,
    PASSIVE_ACCUSATIONS,
    PASSIVE_REPORT_VERBS,
    PROFESSING_VERBS,
    QUOTED_AS_VERBS,
    REFUSING_MODALS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    TOPIC_PREPOSITIONS,
    UNASSERTED_DETERMINERS,
    UNAVAILABLE_WORDS,
    UNREACHABLE_WORDS,
)
from reportedly.lang.en.hedges import HEDGE_ADVERBS
from reportedly.lang.quotes import SPEAKER_MARKS
from reportedly.model import Stance

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
Frame = Literal[
    "verb", "according", "passive", "quoted_as", "nesting", "decline", "hedge", "colon", "nominal"
]
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
    """Every cue in the sentence, in order; the verb a refusal governs is part of it
    ("saying" in "avoided saying"), never a cue of its own."""
    cues = [cue for token in sentence if (cue := _cue_at(token)) is not None]
    refusals = [cue for cue in cues if cue.frame == "decline"]
    for cue in cues:
        if not any(r is not cue and r.start <= cue.head.i < r.end for r in refusals):
            yield cue


def cue_stance(words: SpacySpan) -> Stance:
    """The stance of the first cue among some words ("disputed", "did not dispute",
    "declined to comment"): what the rules would read of a cue another extractor found;
    "assert" where none is a cue."""
    for token in words:
        cue = _cue_at(token)
        if cue is not None:
            return cue.stance
    return "assert"


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
    if token.text in SPEAKER_MARKS and _speaker_line(token):
        return Cue(token, token.i, token.i + 1, "colon")
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        return _unavailable(token)
    if token.pos_ == "NOUN" and lemma in NOMINAL_REPORT_NOUNS:
        return _nominal(token)
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"amod", "compound"}:
        return None
    if lemma in DECLINE_VERBS:
        return _decline(token)
    refusal = _refusal(token, lemma)
    if refusal is not None:
        return refusal
    if lemma in QUOTED_AS_VERBS and is_passive(token):
        return _quoted_as(token)
    if lemma in NESTING_VERBS and token.tag_ == "VBG":
        return Cue(token, token.i, token.i + 1, "nesting")
    if lemma in PASSIVE_REPORT_VERBS and is_passive(token):
        passive = _passive_report(token)
        if passive is not None:
            return passive
    if lemma in PASSIVE_ACCUSATIONS and is_passive(token):
        accused = _passive_accusation(token, PASSIVE_ACCUSATIONS[lemma])
        if accused is not None:
            return accused
    if lemma in DENIAL_PHRASES and (phrase := _denial_phrase(token, lemma)) is not None:
        return phrase
    if lemma in PARTICLE_CUES:
        return _particle_cue(token, lemma)
    if lemma in CUE_VERBS or (lemma in PROFESSING_VERBS and professes_innocence(token)):
        return _verb_cue(token, lemma)
    return None


def _denial_phrase(token: Token, lemma: str) -> Cue | None:
    """ "pleaded not guilty", "pushed back": the verb and the words right after it that
    make it a denial."""
    doc = token.doc
    for phrase in DENIAL_PHRASES[lemma]:
        words = phrase.split()
        end = token.i + 1 + len(words)
        if end <= len(doc) and [t.lower_ for t in doc[token.i + 1 : end]] == words:
            return Cue(token, _cue_start(token), end, "verb", "deny")
    return None


def professes_innocence(verb: Token) -> bool:
    """A cue verb, or a verb of professing, with "innocence" for its object: "asserts his
    innocence", "maintained her innocence", "protested his innocence"."""
    lemma = verb.lemma_.lower()
    return (lemma in CUE_VERBS or lemma in PROFESSING_VERBS) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INNOCENCE_NOUNS for c in verb.children
    )


def _verb_cue(token: Token, lemma: str) -> Cue | None:
    """A speech verb's cue, unless the verb names or asks without reporting words."""
    if lemma in NAMING_VERBS and not _names_something(token):
        return None
    if lemma in REQUEST_VERBS and _asks_for_itself(token):
        return None
    return Cue(token, _cue_start(token), token.i + 1, "verb", _verb_stance(token, lemma))


def _names_something(token: Token) -> bool:
    """ "called it 'vile'", "described the cut as 'a done deal'": the verb says what its
    object is; a participle after a noun only gives its name ("a group called ...")."""
    subject = any(child.dep_ in SUBJECT_DEPS for child in token.children)
    if token.dep_ == "acl" and not subject:
        return False
    # "a move that the team has called a breach": the noun before is the object, and what
    # the parser takes for one is the complement.
    relative = token.dep_ in {"acl", "relcl"}
    return any(
        child.dep_ in NAMING_COMPLEMENTS
        or (child.dep_ == "prep" and child.lower_ == "as")
        or (child.dep_ == "dobj" and (relative or _adjective_after(child)))
        for child in token.children
    )


def _adjective_after(noun: Token) -> bool:
    """ "calls that evidence unreliable": an adjective after the noun says what it is."""
    return any(child.dep_ == "amod" and child.i > noun.i for child in noun.children)


def _asks_for_itself(token: Token) -> bool:
    """ "asking not to be identified": a request with no one asked and no question."""
    deps = {child.dep_ for child in token.children}
    return "xcomp" in deps and not deps & {"dobj", "dative", "ccomp"}


def _verb_stance(token: Token, lemma: str) -> Stance:
    """The stance the verb's lemma gives, but "did not dispute" and "has not confirmed"
    neither deny nor confirm: they report a claim left standing."""
    if lemma in PROFESSING_VERBS:
        return "deny"
    stance = CUE_VERBS[lemma]
    if lemma in DOUBTING_VERBS and _questions_claim(token):
        stance = "deny"
    return "assert" if stance in {"deny", "confirm"} and negated(token) else stance


def _questions_claim(token: Token) -> bool:
    """ "questioning the secretary's insistence ...": a doubting verb whose object names a
    claim disputes it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in token.children)


def _speaker_line(colon: Token) -> bool:
    """ "Carson: Clinton Not Fit To Serve", "Harkins on the penalty – 'Clear as day.'": a
    line that opens with a name and a colon, or a dash right before a quotation (not a
    dateline's: "LONDON – The ...")."""
    doc = colon.doc
    start, end = line_of(colon)
    speaker = doc[start : colon.i]
    if not 0 < len(speaker) <= COLON_SPEAKER_TOKENS or colon.i + 1 >= len(doc):
        return False
    if colon.text != ":" and not opens_quote(doc[colon.i + 1]):
        return False
    quoted = any(opens_quote(t) for t in doc[colon.i + 1 : end])
    named = any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"} for t in speaker)
    # Before a quotation, the tagger can take a capitalized surname for a noun.
    named = named or (quoted and speaker[0].is_title)
    return named and not any(t.pos_ in {"VERB", "AUX"} or t.text in SPEAKER_MARKS for t in speaker)


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


def _passive_accusation(token: Token, preposition: str) -> Cue | None:
    """ "is accused of" with no agent: the cue runs from the auxiliary to the preposition
    of what is alleged; "was accused by the FBI of" names its source and is a verb's cue."""
    deps = {c.dep_ for c in token.children}
    marks = [c for c in token.children if c.dep_ == "prep" and c.lower_ == preposition]
    if "agent" in deps or not marks:
        return None
    start = min(c.i for c in token.children if c.dep_ == "auxpass")
    return Cue(token, start, marks[0].i + 1, "passive")


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
    return _verb_cue(token, lemma) if lemma in CUE_VERBS else None


def _nominal(noun: Token) -> Cue | None:
    """ "claims that the law has the potential to discriminate": a report noun with a
    "that" clause, asserted ("any suggestion that ..." is not)."""
    if reported_clause(noun) is None:
        return None
    quantified = [noun, noun.head] if noun.dep_ == "conj" else [noun]
    if any(
        c.dep_ == "det" and c.lower_ in UNASSERTED_DETERMINERS
        for q in quantified
        for c in q.children
    ):
        return None
    return Cue(noun, noun.i, noun.i + 1, "nominal")


def reported_clause(noun: Token) -> Token | None:
    """The "that" clause a report noun gives ("claims that the law ...")."""
    clauses = [
        c
        for c in noun.children
        if c.dep_ in {"acl", "ccomp"}
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    return clauses[0] if clauses else None


def _decline(token: Token) -> Cue | None:
    """ "declined to comment", "refused to confirm", "declined comment": a ``decline``
    stance."""
    for child in token.children:
        if child.dep_ in {"xcomp", "dobj"} and child.lemma_.lower() in DECLINED_ACTIONS:
            return Cue(token, _cue_start(token), child.i + 1, "decline", "decline")
    return None


def negated(token: Token) -> bool:
    """Whether the word has its own negation ("did not respond", "could not be reached")."""
    return any(child.dep_ == "neg" for child in token.children)


def _refusal(token: Token, lemma: str) -> Cue | None:
    """Refusals without "declined": "would not say", "did not respond to a request for
    comment", "demurred when asked", "could not be reached for comment"."""
    if lemma in DECLINED_ACTIONS and negated(token) and _after_modal(token):
        return Cue(token, _cue_start(token), token.i + 1, "decline", "decline")
    if (lemma in NO_RESPONSE_VERBS and negated(token)) or lemma in EVASION_VERBS:
        return _no_response(token)
    if lemma in UNREACHABLE_WORDS and negated(token) and is_passive(token):
        return Cue(token, _cue_start(token), _after_request(token), "decline", "decline")
    return None


def _after_modal(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in token.children)


def _no_response(token: Token) -> Cue | None:
    """A refusal by not answering: only with a request as its object ("did not return
    calls seeking comment", "sidestepped questions") or a "when asked" clause after it."""
    end = _after_request(token)
    asked = any(c.dep_ == "advcl" and c.lemma_.lower() in ASKING_VERBS for c in token.children)
    if end == token.i + 1 and not asked:
        return None
    return Cue(token, _cue_start(token), end, "decline", "decline")


def _after_request(token: Token) -> int:
    """Where the request phrase after a refusal verb ends ("to a request for comment",
    "emails or a telephone message seeking comment"), leaving out its topic (a "whether"
    clause, "about ..."); just after the verb when it has none."""
    end = token.i + 1
    for child in token.children:
        if child.i < token.i or child.dep_ not in {"dobj", "prep"}:
            continue
        words = [t for t in child.subtree if not _in_topic(t, child)]
        if any(t.lemma_.lower() in REQUEST_NOUNS and t.pos_ == "NOUN" for t in words):
            end = max(end, max(t.i for t in words) + 1)
    return end


def _in_topic(token: Token, phrase: Token) -> bool:
    """Whether the token lies in a clause or an "about"/"on" phrase inside the request
    phrase: what was asked, not the asking."""
    for node in [token, *token.ancestors]:
        if node == phrase:
            return False
        marked = node.dep_ == "acl" and any(c.dep_ == "mark" for c in node.children)
        if marked or node.dep_ in {"relcl", "ccomp"} or node.lower_ in TOPIC_PREPOSITIONS:
            return True
    return False


def _unavailable(token: Token) -> Cue | None:
    """ "was not available for comment", "was unavailable for comment": the cue runs from
    the copula to "for comment"."""
    lemma = token.lemma_.lower()
    copula = token.head
    denied = lemma in UNAVAILABLE_WORDS or (lemma in UNREACHABLE_WORDS and negated(copula))
    end = _after_request(token)
    if not denied or end == token.i + 1 or copula.pos_ != "AUX":
        return None
    return Cue(copula, _cue_start(copula), end, "decline", "decline")
