"""Stance read from what is said, not from the cue verb.

A plain "said" can refuse, deny or contradict: "'We do not comment on speculation,' a
spokesman said" refuses to comment; "said that was 'simply wrong'" and "said the allegation
was baseless" deny the claim just reported; "has never intervened in any individual visa
case" denies an earlier claim that she intervened to speed up a visa; "the lawmakers were
lying", "he has seen no evidence of racism" and "asserts his innocence" deny too. Each
reading is one function over the content's tokens; the words come from
``reportedly.lang.en.cues``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from reportedly.attribution.cues import negated, professes_innocence
from reportedly.lang.en.cues import (
    CALLING_VERBS,
    CLAIM_NOUNS,
    CONDUCT_VERBS,
    DECLINED_ACTIONS,
    DEONTIC_MODALS,
    FALSITY_PHRASES,
    INNOCENCE_NOUNS,
    LYING_VERBS,
    NO_COMMENT,
    NO_EVIDENCE_NOUNS,
    NOT_KNOWING_VERBS,
    OWNED_CLAIM_NOUNS,
    PREMATURE_WORDS,
    PROPRIETY_ADVERBS,
    REFERRING_PRONOUNS,
    REFUSED_SPEECH_VERBS,
    WRONGDOING_WORDS,
)
from reportedly.model import Span

CONTRADICTION_MIN_SHARED = 2
"""Content words (lemmas) a negated claim must share with an earlier claim by another
source to contradict it; one shared word is chance (set on the records sets, where every
contradiction found this way shares two or more)."""
CONFIRMATION_MIN_SHARE = 0.5
"""Share of a confirmation's content words an earlier claim must have for the
confirmation to repeat it: a denial can answer a claim by a few key words, a confirmation
says the claim again ("confirmed that a near-total ban on African elephant ivory would
remain" repeats no census finding about the African elephant population; set on the
records sets)."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
"""Parts of speech of the words two claims must share to be about the same thing."""
PREDICATE_BREAKS = frozenset({"advcl", "conj", "cc", "ccomp", "relcl", "mark", "punct"})
"""Dependents of a clause's head that are not part of what it says of its subject."""
SPOKEN_ACTIONS = DECLINED_ACTIONS | REFUSED_SPEECH_VERBS
"""What a source can say it is too early to do ("to discuss motive", "to speculate")."""
FALSITY_WORDS = frozenset(word for phrase in FALSITY_PHRASES for word in phrase.split())


def content_tokens(doc: Doc, span: Span) -> list[Token]:
    """The tokens of a content span; none for an empty one."""
    if span.end <= span.start:
        return []
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(words) if words is not None else []


def clause_heads(tokens: list[Token]) -> list[Token]:
    """The heads of the content's clauses: words whose head lies outside it."""
    inside = {t.i for t in tokens}
    return [t for t in tokens if not t.is_punct and (t.head == t or t.head.i not in inside)]


def refuses(tokens: list[Token]) -> bool:
    """The content says its speaker does not comment: "We do not comment on leaks",
    "it would 'not be speculating'", "No comment"."""
    words = [t.lower_ for t in tokens if t.is_alpha]
    if tuple(words[: len(NO_COMMENT)]) == NO_COMMENT:
        return True
    heads = clause_heads(tokens)
    if not heads:
        return False
    head = heads[0]
    return (head.lemma_.lower() in REFUSED_SPEECH_VERBS and negated(head)) or _too_early(head)


def _too_early(head: Token) -> bool:
    """ "It's too early at this stage to discuss motive", "it is premature to speculate":
    the clause says it is too soon for what a source declines to do."""
    timing = [c for c in head.children if c.lower_ in PREMATURE_WORDS]
    actions = [
        t
        for t in (*head.children, *(c for word in timing for c in word.children))
        if t.dep_ in {"xcomp", "advcl"} and t.lemma_.lower() in SPOKEN_ACTIONS
    ]
    return bool(timing) and bool(actions)


def calls_claim_false(cue_lemma: str, tokens: list[Token]) -> bool:
    """The content says that a claim, or "that", is false: "the allegation was
    'baseless'", "that was 'simply not true'", "calls that evidence unreliable"."""
    if cue_lemma in CALLING_VERBS:
        names_claim = any(t.lemma_.lower() in CLAIM_NOUNS for t in tokens)
        return names_claim and _says_false(tokens)
    heads = clause_heads(tokens)
    for previous, head in zip([None, *heads], heads, strict=False):
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # "claims that activists 'judge people' were false": with no subject of its own, a
        # clause whose subject the parser split off has it in the clause before.
        subject = subjects[0] if subjects else previous
        if subject is not None and _names_claim(subject, head) and _says_false(_predicate(head)):
            return True
    return False


def _names_claim(subject: Token, head: Token) -> bool:
    """ "that", "the allegation", "claims that ...": but not the "it" of "it was wrong to
    close the pool", which stands for the clause after it."""
    lower = subject.lower_
    if lower == "it" and any(
        t.dep_ in {"xcomp", "ccomp", "csubj"} and t.lower_ not in FALSITY_WORDS
        for t in _predicate(head)
        if t is not head
    ):
        return False
    return lower in REFERRING_PRONOUNS or names_claim(subject)


def names_claim(noun: Token) -> bool:
    """Whether a noun names something said: "the allegation", "Obama's concerns", "the
    White House's case"."""
    lemma = noun.lemma_.lower()
    owned = lemma in OWNED_CLAIM_NOUNS and any(c.dep_ == "poss" for c in noun.children)
    return lemma in CLAIM_NOUNS or owned


def _predicate(head: Token) -> list[Token]:
    """What a clause says of its subject: its head and dependents, less the subject and
    any further clause ("..., but people are running with it")."""
    left_out: set[int] = set()
    for child in head.children:
        if child.dep_ in PREDICATE_BREAKS or child.dep_ in {"nsubj", "nsubjpass"}:
            left_out |= {t.i for t in child.subtree}
    return [t for t in head.subtree if t.i not in left_out]


def _says_false(tokens: Iterable[Token]) -> bool:
    """Whether the words hold one of the falsity phrases, adverbs left out and the
    negation read as "not" ("simply not true", "did n't hold up")."""
    words = [
        "not" if t.dep_ == "neg" else t.lower_
        for t in tokens
        if t.dep_ == "neg" or (t.is_alpha and t.pos_ != "ADV")
    ]
    text = f" {' '.join(words)} "
    return any(f" {phrase} " in text for phrase in FALSITY_PHRASES)


def negated_claim(tokens: list[Token]) -> Token | None:
    """The word the content's first clause negates: its head ("the minister 'has never
    intervened'", "the Treasury had not 'pulled the plug'"), the noun of "there is no
    plan to halve the scheme", or the one a correction rules out ("in August, not June");
    none for a demand ("there should be no meeting")."""
    heads = clause_heads(tokens)
    if not heads or any(c.lower_ in DEONTIC_MODALS for c in heads[0].children):
        return None
    if negated(heads[0]):
        return heads[0]
    return _denied_existence(heads[0]) or _corrected(tokens)


def _corrected(tokens: list[Token]) -> Token | None:
    """ "in August, not June": the noun a correction rules out, set beside the right one;
    not a limit ("will fund border security, but not the wall")."""
    ruled_out = [
        child
        for t in tokens
        if negated(t)
        for child in t.children
        if child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}
    ]
    return ruled_out[0] if ruled_out else None


def _denied_existence(head: Token) -> Token | None:
    """ "There is no plan": the noun whose existence the clause denies."""
    if not any(child.dep_ == "expl" for child in head.children):
        return None
    nouns = [c for c in head.children if c.dep_ in {"attr", "nsubj"} and _with_no(c)]
    return nouns[0] if nouns else None


def _with_no(noun: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children)


def finds_no_evidence(tokens: list[Token]) -> bool:
    """The content's main clause says there is nothing to what others claim: "he has seen
    no evidence of racism", "the company had found 'no evidence' that customer data had
    been accessed"; not a clause inside it ("companies whose gaps mirror national numbers
    where there is no proof of a policy")."""
    heads = clause_heads(tokens)
    return any(
        t.lemma_.lower() in NO_EVIDENCE_NOUNS and _with_no(t) and t.head in heads for t in tokens
    )


def denies_wrongdoing(tokens: list[Token]) -> bool:
    """The content's main clause says nothing wrong was done, or that its subject acted
    properly: "he had done nothing wrong", "'nothing improper' happened with Sestak", "my
    office has handled this matter entirely appropriately"; not a clause inside it ("the
    fund said it would make sure the money was handled properly" clears no one) and not a
    negated one ("he has not acted properly")."""
    for head in clause_heads(tokens):
        if negated(head):
            continue
        nothing = [c for c in head.children if c.lower_ == "nothing" and _wrong(c)]
        proper = head.lemma_.lower() in CONDUCT_VERBS and any(
            c.dep_ == "advmod" and c.lower_ in PROPRIETY_ADVERBS for c in head.children
        )
        if nothing or proper:
            return True
    return False


def _wrong(nothing: Token) -> bool:
    """ "nothing wrong", "nothing improper", "nothing illegal about it"."""
    return any(c.lower_ in WRONGDOING_WORDS for c in [*nothing.children, *nothing.head.children])


def claims_innocence(tokens: list[Token]) -> bool:
    """The content professes the speaker's innocence: "Mr. Grimm 'asserts his innocence'"
    or, as the cue's own object, "his innocence of any wrongdoing"."""
    return any(t.lemma_.lower() in INNOCENCE_NOUNS and professes_innocence(t.head) for t in tokens)


def calls_liars(tokens: list[Token]) -> bool:
    """The content says others lie: "the lawmakers were lying", "they lied about it"; not
    the lying of a thing somewhere ("the body was lying on the floor")."""
    for head in clause_heads(tokens):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        placed = any(c.dep_ == "prep" and c.lower_ != "about" for c in head.children)
        if head.lemma_.lower() in LYING_VERBS and subjects and not placed:
            return True
    return False


def contradicts(negation: Token, tokens: list[Token], claim: list[Token]) -> bool:
    """Whether a negated content says the opposite of an earlier claim: the claim asserts
    the verb the content negates ("has never intervened" against "intervened to speed up
    a work visa"), and the two share enough words to be about the same thing."""
    lemma = negation.lemma_.lower()
    if negation.pos_ not in {"VERB", "NOUN", "PROPN"} or negation.is_stop:
        return False  # "isn't enough", "did not have": too common to be about one thing
    if lemma in NOT_KNOWING_VERBS:
        return False  # "I don't know why": the speaker's ignorance, no one's claim denied
    asserted = any(t.lemma_.lower() == lemma and not negated(t) for t in claim)
    return asserted and shared_words(tokens, claim) >= CONTRADICTION_MIN_SHARED


def shared_words(tokens: list[Token], other: list[Token]) -> int:
    """How many content words (lemmas) two contents have in common."""
    return len(_content_lemmas(tokens) & _content_lemmas(other))


def repeats(tokens: list[Token], claim: list[Token]) -> bool:
    """Whether a confirmation's content says most of an earlier claim again."""
    own = _content_lemmas(tokens)
    return bool(own) and len(own & _content_lemmas(claim)) >= CONFIRMATION_MIN_SHARE * len(own)


def _content_lemmas(tokens: list[Token]) -> set[str]:
    return {
        t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha
    }
