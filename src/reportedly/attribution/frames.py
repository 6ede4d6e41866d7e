"""From a cue to a draft attribution: who the source is and what the content is.

Each cue frame (a speech verb, "according to", "was said to", "was quoted as saying",
"citing", "declined to comment", a hedge adverb) has one function here that reads the
dependency parse around the cue. Quotes adjacent to a cue become its content when the
parse gives none.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from reportedly.attribution.cues import Cue, is_passive, professes_innocence, reported_clause
from reportedly.attribution.mentions import Mention, read_mention
from reportedly.attribution.quotes import Quote, quote_opens_at
from reportedly.attribution.spans import (
    after_boundary,
    char_span,
    contiguous_around,
    line_of,
    only_gap,
    subtree_without,
    token_span,
)
from reportedly.doctext import text_of
from reportedly.lang.en.cues import (
    ADDRESSEE_NOUNS,
    ADDRESSEE_VERBS,
    ASKING_VERBS,
    CHANNEL_NOUNS,
    CLAIM_NOUNS,
    CLAIM_ONLY_VERBS,
    CUE_VERBS,
    DENIABLE_NOUNS,
    DENIAL_PHRASES,
    NESTING_VERBS,
    OBJECT_CUE_VERBS,
    PARTICLE_CUES,
    QUOTED_AS_VERBS,
    SOURCE_CLAUSE_MARKS,
    SOURCE_PREPOSITIONS,
)
from reportedly.lang.en.function_words import EXPLETIVES, RELATIVE_PRONOUNS
from reportedly.lang.en.hedges import HEDGING_REPORT_NOUNS
from reportedly.lang.en.sources import PERSON_PRONOUNS
from reportedly.model import Span, Stance

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PHRASE_INNER_DEPS = frozenset({"pobj", "prep", "appos", "compound", "amod", "poss", "det"})
"""Dependencies inside a noun phrase, climbed from its last word to its head."""


@dataclass(slots=True)
class Draft:
    """An attribution while it is being built; frozen into ``Attribution`` at the end."""

    cue: Cue
    cue_span: Span
    content: Span
    sentence: int
    mention: Mention | None = None
    content_parts: list[Span] = field(default_factory=list)
    parent: Draft | None = None
    target: Draft | None = None
    stance: Stance = "assert"
    hedges: list[str] = field(default_factory=list)
    implicit_source: bool = False
    quoted_in: Draft | None = None
    """The attribution whose quote this report is made in ("“I told them,” she said"):
    its first person is that attribution's source."""


def draft_for(cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int) -> Draft | None:
    """The draft attribution a cue introduces, or None when it has no content."""
    builder = FRAME_BUILDERS[cue.frame]
    return builder(cue, quotes, skip, sentence)


def _cue_span(cue: Cue) -> Span:
    doc = cue.head.doc
    return char_span(doc, doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1]))


def _verb_draft(cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int) -> Draft | None:
    verb = cue.head
    if is_passive(verb):
        return _passive_verb_draft(cue, skip, sentence)
    subject = subject_of(verb)
    if subject is None:
        return None
    mention = _mention_for(subject, verb)
    content = (
        _complement_content(cue, skip)
        or _object_content(cue, skip)
        or _that_clause_below(cue, skip)
        or _sourced_clause(cue, skip)
        or adjacent_quote(cue, mention, quotes)
        or _preceding_clause(cue, skip)
    )
    parts = [] if content else _parenthetical_clause(cue, skip)
    if parts:
        content = char_span(verb.doc, parts[0].start, parts[-1].end)
    if content is None or mention is None or not _claim_if_needed(cue, content):
        return None
    if not plausible_source(verb.doc, mention) or _across_paragraphs(cue, content):
        return None
    draft = Draft(cue, _cue_span(cue), content, sentence, mention=mention, stance=cue.stance)
    draft.content_parts = parts if len(parts) > 1 else []
    return draft


def plausible_source(doc: Doc, mention: Mention) -> bool:
    """Whether a phrase can name a speaker: not "That" in "That said", not "plan" in
    "according to plan" (a bare common noun that names no one)."""
    if mention.kind != "unknown" or mention.pronoun is not None:
        return True
    head = doc[mention.head]
    if head.pos_ == "PRON":
        return False
    modifiers = {"det", "poss", "compound", "amod", "nummod"}
    determined = any(c.dep_ in modifiers for c in head.children)
    plural = head.tag_ in {"NNS", "NNPS"}
    return head.pos_ == "PROPN" or determined or plural or _named_elsewhere(head)


def _named_elsewhere(token: Token) -> bool:
    """A capitalized word the tagger takes for a common noun ("Trump warns ..." in a
    headline) is a name when the text tags it a proper noun elsewhere."""
    return token.is_title and any(t.pos_ == "PROPN" and t.text == token.text for t in token.doc)


def _across_paragraphs(cue: Cue, content: Span) -> bool:
    """A cue and an unquoted content in different paragraphs belong to different things
    (a headline "Kremlin Says" above the first paragraph); so do a cue and a quote with a
    paragraph break between them ("WHAT THEY SAID" above a quote), unless a colon ends the
    cue's line ("said:"). A quote can run over paragraphs up to its cue."""
    doc = cue.head.doc
    text = text_of(doc)
    cue_start, cue_end = doc[cue.start].idx, _cue_span(cue).end
    low, high = min(cue_start, content.start), max(cue_start, content.end)
    if "\n\n" not in text[low:high]:
        return False
    if not quote_opens_at(doc, content.start):
        return True
    before = content.end <= cue_start
    gap = text[content.end : cue_start] if before else text[cue_end : content.start]
    return breaks_paragraph(gap)


def breaks_paragraph(gap: str) -> bool:
    """Whether the text between a cue and its quote crosses a line, other than after a
    colon that ends the cue's line ("told reporters:" above the quote)."""
    first_line, newline, _ = gap.partition("\n")
    return bool(newline) and not first_line.rstrip().endswith(":")


def _passive_verb_draft(cue: Cue, skip: set[int], sentence: int) -> Draft | None:
    """ "The report was denied by the Kremlin": the agent speaks about the subject."""
    verb, doc = cue.head, cue.head.doc
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not agents or not subjects:
        return None
    mention = read_mention(doc, agents[0], list(agents[0].subtree))
    content = token_span(doc, subtree_without(subjects[0], [doc[i] for i in skip]))
    if content is None or mention is None or not _claim_if_needed(cue, content):
        return None
    return Draft(cue, _cue_span(cue), content, sentence, mention=mention, stance=cue.stance)


def _claim_if_needed(cue: Cue, content: Span) -> bool:
    """ "rejected the report" denies a claim; "rejected a deal" reports no speech."""
    if cue.head.lemma_.lower() not in CLAIM_ONLY_VERBS:
        return True
    words = {w.strip("’'.,“”\"").lower() for w in content.text.split()}
    words |= {w.removesuffix("s") for w in words}
    clausal = any(c.dep_ == "ccomp" for c in cue.head.children)
    return clausal or bool(words & (CLAIM_NOUNS | DENIABLE_NOUNS))


def _according_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    doc = cue.head.doc
    to = doc[cue.start + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in cue.head.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    mention = read_mention(doc, objects[0], list(objects[0].subtree))
    clause = cue.head.head if cue.head.head != cue.head else None
    if clause is None or mention is None or not plausible_source(doc, mention):
        return None
    excluded = [cue.head, *(doc[i] for i in skip if doc[i] in clause.subtree)]
    tokens = contiguous_around(subtree_without(clause, excluded), clause)
    content = token_span(doc, tokens)
    if content is None:
        return None
    return Draft(cue, _cue_span(cue), content, sentence, mention=mention)


def _passive_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    """ "Kozak was said to have secured a deal": the claim is subject plus complement."""
    verb, doc = cue.head, cue.head.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    complements = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}] or [
        # "is accused of taking the money": what the preposition ending the cue governs
        c
        for c in doc[cue.end - 1].children
        if doc[cue.end - 1].dep_ == "prep" and c.dep_ in {"pcomp", "pobj"}
    ]
    if not complements:
        return None
    cue_words = range(cue.start, cue.end)
    complement_tokens = subtree_without(complements[0], [doc[i] for i in skip])
    complement = token_span(doc, [t for t in complement_tokens if t.i not in cue_words])
    if complement is None:
        return None
    draft = Draft(cue, _cue_span(cue), complement, sentence, implicit_source=True)
    draft.hedges.append(draft.cue_span.text.lower())
    if subjects and subjects[0].lower_ not in EXPLETIVES:
        subject = token_span(doc, subjects[0].subtree)
        if subject is not None:
            draft.content = char_span(doc, subject.start, complement.end)
            draft.content_parts = [subject, complement]
    return draft


def _quoted_as_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    verb, doc = cue.head, cue.head.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return None
    mention = read_mention(doc, subjects[0], list(subjects[0].subtree))
    gerund = doc[cue.end - 1]
    clauses = [c for c in gerund.children if c.dep_ == "ccomp"]
    content = token_span(doc, clauses[0].subtree) if clauses else None
    content = content or adjacent_quote(cue, mention, quotes)
    if content is None or mention is None:
        return None
    return Draft(cue, _cue_span(cue), content, sentence, mention=mention)


def _nesting_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    """ "citing three unnamed sources": content and parent come from the report it is in."""
    objects = [c for c in cue.head.children if c.dep_ in {"dobj", "pobj"}]
    if not objects:
        return None
    doc = cue.head.doc
    mention = read_mention(doc, objects[0], list(objects[0].subtree))
    if mention is None:
        return None
    placeholder = _cue_span(cue)
    return Draft(cue, placeholder, placeholder, sentence, mention=mention)


def _decline_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    subject = subject_of(cue.head)
    if subject is None:
        return None
    mention = _mention_for(subject, cue.head)
    doc = cue.head.doc
    action = doc[cue.end - 1]
    topic = _asked(cue) or _topic_after(action, cue.end)
    content = token_span(doc, topic) or token_span(doc, action.subtree)
    if content is None or mention is None:
        return None
    return Draft(cue, _cue_span(cue), content, sentence, mention=mention, stance="decline")


def _topic_after(action: Token, end: int) -> list[Token]:
    """What a refusal is about, after its cue: "declined to discuss the figures", less a
    clause of circumstance ("when approached on Saturday")."""
    circumstance = {t.i for c in action.children if c.dep_ == "advcl" for t in c.subtree}
    return [t for t in action.subtree if t.i >= end and not t.is_punct and t.i not in circumstance]


def _asked(cue: Cue) -> list[Token]:
    """What a refusal left unanswered, from its "when asked whether ..." clause."""
    for clause in cue.head.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in ASKING_VERBS:
            return [t for c in clause.children if c.dep_ in {"ccomp", "xcomp"} for t in c.subtree]
    return []


def _nominal_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    """ "warnings from the administration that the bill could hurt security": the claim is
    the "that" clause; its source the "from" phrase or the owner ("Obama's claim"), else
    none ("claims that the law has the potential to discriminate")."""
    noun, doc = cue.head, cue.head.doc
    clause = reported_clause(noun)
    content = token_span(doc, list(clause.subtree)) if clause is not None else None
    if content is None:
        return None
    owners = [
        source
        for child in noun.children
        for source in ([child] if child.dep_ == "poss" else _sources_from(child))
    ]
    mention = read_mention(doc, owners[0], list(owners[0].subtree)) if owners else None
    draft = Draft(cue, _cue_span(cue), content, sentence, mention=mention)
    if noun.lemma_.lower() in HEDGING_REPORT_NOUNS:
        draft.hedges.append(noun.lower_)
    return draft


def _sources_from(child: Token) -> list[Token]:
    """The object of a "from" phrase ("warnings from the administration")."""
    if child.dep_ != "prep" or child.lower_ not in SOURCE_PREPOSITIONS:
        return []
    return [o for o in child.children if o.dep_ == "pobj"]


def _hedge_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    """A hedge adverb outside any attribution makes one of its own, source from context."""
    clause = cue.head.head
    if clause == cue.head or clause.pos_ not in {"VERB", "AUX"}:
        return None
    doc = cue.head.doc
    excluded = [doc[i] for i in skip if doc[i] in clause.subtree]
    content = token_span(doc, contiguous_around(subtree_without(clause, excluded), clause))
    if content is None:
        return None
    draft = Draft(cue, _cue_span(cue), content, sentence, implicit_source=True)
    draft.hedges.append(cue.head.lower_)
    return draft


def _colon_draft(
    cue: Cue, quotes: tuple[Quote, ...], skip: set[int], sentence: int
) -> Draft | None:
    """ "Dr. Ben Carson: Hillary Clinton 'Not Fit To Serve'": the name before the colon
    says the rest of the line; "Harkins on the penalty – '...'" names the topic too."""
    doc, colon = cue.head.doc, cue.head
    start, end = line_of(colon)
    speaker = list(doc[start : colon.i])
    heads = [t for t in speaker if t.head.i < start or t.head.i >= colon.i or t.head == t]
    head = heads[-1] if heads else speaker[-1]
    topics = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    named = set(subtree_without(head, topics))
    mention = read_mention(doc, head, [t for t in speaker if t in named] or speaker)
    content = token_span(doc, doc[colon.i + 1 : end])
    if mention is None or content is None or not _colon_speaker(doc, mention):
        return None
    return Draft(cue, _cue_span(cue), content, sentence, mention=mention)


def _colon_speaker(doc: Doc, mention: Mention) -> bool:
    """A document says nothing before a colon; an unknown word names a speaker only when
    it is capitalized like a name (the tagger can take a surname for a noun)."""
    if mention.kind == "unknown":
        return doc[mention.head].is_title
    return mention.kind != "document"


FRAME_BUILDERS = {
    "verb": _verb_draft,
    "according": _according_draft,
    "passive": _passive_draft,
    "quoted_as": _quoted_as_draft,
    "nesting": _nesting_draft,
    "decline": _decline_draft,
    "hedge": _hedge_draft,
    "colon": _colon_draft,
    "nominal": _nominal_draft,
}


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, looking through conjunctions, "with X saying" and
    participles ("Trump attacked Clinton, saying ...")."""
    # The subject nearest the verb: a dateline ("MOSCOW (Reuters) –") can be a second one.
    subjects = sorted(
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS),
        key=lambda c: abs(verb.i - c.i),
    )
    for child in subjects:
        relative = child.lower_ in RELATIVE_PRONOUNS and child.i < verb.i
        if relative:
            return child if verb.dep_ == "relcl" else None
        if child.lower_ not in EXPLETIVES or _names_speaker(child, verb):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _speaker_going_on(verb) or subject_of(verb.head)
    if verb.dep_ in {"acl", "advcl", "pcomp"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return verb.head
    participle = verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"}
    if participle and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i < verb.i:
        return subject_of(verb.head)
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp":
        return _doer_of_phrase(verb.head)
    return _subject_parsed_as_clause(verb) or _subject_left_hanging(verb)


def _doer_of_phrase(preposition: Token) -> Token | None:
    """ "Trump appeared to shift stance by avoiding saying ...": a gerund after a
    preposition is done by the subject of the verb the phrase hangs on, through any verbs
    whose infinitive it is ("appeared to shift")."""
    verb = preposition.head
    # A phrase before its verb sets the scene ("In defending the decision, Ms. Sanders
    # ..."); one on a cue is part of it ("was quoted as saying").
    cue = verb.lemma_.lower() in CUE_VERBS or verb.lemma_.lower() in QUOTED_AS_VERBS
    after = preposition.i > verb.i and not cue
    if preposition.pos_ != "ADP" or verb.pos_ not in {"VERB", "AUX"} or not after:
        return None
    while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            break
        verb = verb.head
    return subject_of(verb)


def _names_speaker(pronoun: Token, verb: Token) -> bool:
    """ "It said it would appeal", "It did not respond to a question": a pronoun that can
    stand for a source, subject of an active cue, names it; only "it is said that" and
    "there were reports" are empty."""
    return pronoun.lower_ in PERSON_PRONOUNS and not is_passive(verb)


def _speaker_going_on(verb: Token) -> Token | None:
    """ "Walker said the emails raised questions and called on the Auditor-General to
    investigate": the parser can join a second cue to the clause the first one reports;
    a cue verb there goes on from the speaker, not from that clause's subject."""
    clause = verb.head
    reporting = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in CUE_VERBS
    if verb.lemma_.lower() not in CUE_VERBS or not reporting:
        return None
    return subject_of(clause.head)


def _subject_parsed_as_clause(verb: Token) -> Token | None:
    """ "Arpaio, who famously re-instituted chain gangs and has also been a supporter of
    SB1070, said that Perry ...": the parser can read a subject with a long relative clause
    as a clause the cue reports; with the cue's real clause after it, its subject is the
    cue's."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    before = [c for c in clauses if c.i < verb.i]
    if _own_subject(verb) or not before or not any(c.i > verb.i for c in clauses):
        return None
    return next((c for c in before[-1].children if c.dep_ in SUBJECT_DEPS), None)


def _subject_left_hanging(verb: Token) -> Token | None:
    """ "In a post to Twitter, Wayne Pacelle, the CEO of the Humane Society, said ...": the
    parser can hang the name on the phrase before it. The noun phrase that ends at the
    cue, set off by a comma or opening the sentence, is then its subject."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    doc, start = verb.doc, verb.sent.start
    last = verb.i - 1
    while last >= start and doc[last].is_punct:
        last -= 1
    if last < start:
        return None
    node = doc[last]
    while node.dep_ in PHRASE_INNER_DEPS and start <= node.head.i < verb.i:
        node = node.head
    opens = node.left_edge.i == start or doc[node.left_edge.i - 1].text == ","
    return node if opens and node.pos_ in {"NOUN", "PROPN"} else None


def mention_at(doc: Doc, span: Span) -> Mention | None:
    """The Mention for the words at ``span`` (found by other means than the parse). A
    relative pronoun alone names its antecedent, as in a cue's subject ("9/11 families
    who say ...")."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    root = words.root
    if len(words) == 1 and root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl":
        return _mention_for(root, root.head)
    return read_mention(doc, root, list(words))


def _mention_for(subject: Token, verb: Token) -> Mention | None:
    """Read the subject phrase, leaving out the cue clause when the subject governs it.
    A relative pronoun stays the words of the mention but names its antecedent
    ("Barkley, who said ...")."""
    doc = subject.doc
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        antecedent = subject.head.head
        mention = _mention_for(antecedent, subject.head)
        pronoun = token_span(doc, [subject])
        if mention is None or pronoun is None:
            return mention
        return replace(mention, span=pronoun, head=subject.i)
    tokens = list(subject.subtree)
    if verb in tokens:
        tokens = [t for t in tokens if t not in set(verb.subtree)]
        tokens = contiguous_around(tokens, subject)
    tokens, head = after_boundary(tokens, subject)
    tokens, head = _through_hyphenated_title(tokens, head)
    return read_mention(doc, head, tokens)


def _through_hyphenated_title(tokens: list[Token], head: Token) -> tuple[list[Token], Token]:
    """ "said Indivisible co-founder Ezra Levin": a hyphen can cut the parse of a title
    short of the name that follows it; the phrase then runs to the end of that name."""
    doc = head.doc
    last = max(t.i for t in tokens)
    if last + 2 >= len(doc) or doc[last + 1].text != "-":
        return tokens, head
    for ent in doc.ents:
        if ent.label_ == "PERSON" and last + 2 <= ent.start <= last + 4:
            gap = doc[last + 1 : ent.start]
            if all(t.text == "-" or t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in gap):
                return [*tokens, *doc[last + 1 : ent.end]], ent.root
    return tokens, head


def _complement_content(cue: Cue, skip: set[int]) -> Span | None:
    """A reported clause: the clausal complement of the cue's words."""
    doc = cue.head.doc
    cue_tokens = set(range(cue.start, cue.end))
    nested = [doc[i] for i in skip]
    citing = [c for c in cue.head.children if c.lemma_.lower() in NESTING_VERBS and c.i in skip]
    subject = _subject_parsed_as_clause(cue.head)
    not_reported = {subject.head} if subject is not None else set()
    for holder in [*(doc[i] for i in sorted(cue_tokens)), *citing]:
        for child in holder.children:
            clausal = child.dep_ == "ccomp" or (child.dep_ == "csubj" and holder != cue.head)
            reported = (
                child not in not_reported
                and not inverted_report(child)
                and not _clause_before_unreported(holder, child)
            )
            if clausal and child.i not in cue_tokens and reported:
                excluded = [*(t for t in nested if t != holder), *_separate_reports(child)]
                tokens = (
                    subtree_without(child, excluded)
                    + _misattached_predicate(cue)
                    + _split_predicate(holder, child)
                )
                return token_span(doc, contiguous_around(tokens, child))
    return None


def _split_predicate(holder: Token, clause: Token) -> list[Token]:
    """ "said claims that activists 'judge people' were false": the parser can read the
    subject clause as the whole report and hang its predicate on the cue as a second
    clause with no subject, right after the first; that predicate is part of the report."""
    end = clause.right_edge.i
    for sibling in holder.children:
        if sibling.dep_ != "ccomp" or sibling.i <= end or _own_subject(sibling):
            continue
        between = sibling.doc[end + 1 : sibling.left_edge.i]
        if all(t.is_punct for t in between):
            return list(sibling.subtree)
    return []


def _clause_before_unreported(holder: Token, clause: Token) -> bool:
    """ "I saw the reports ..., he said that he supports it", "Romney reiterated it, hours
    after Obama said ...": the parser can hang the clause before a cue on it. With a "that"
    clause after the cue, or the cue in a clause of its own ("after", "when"), the clause
    before is not what the cue reports."""
    if clause.i > holder.i:
        return False
    subordinate = any(c.dep_ == "mark" and c.lower_ != "that" for c in holder.children)
    that_after = any(
        c.dep_ == "ccomp" and c.i > holder.i and _marked_that(c) for c in holder.children
    )
    return subordinate or that_after or _claim_object_after(holder)


def _claim_object_after(verb: Token) -> bool:
    """ "Despite warnings that the bill could hurt security, lawmakers dismissed the
    concerns": a claim named as the object after the cue is what it answers, not the
    clause before that the parser hangs on it."""
    return any(
        c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in CLAIM_NOUNS for c in verb.children
    )


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _sourced_clause(cue: Cue, skip: set[int]) -> Span | None:
    """ "As HuffPost reported Wednesday, the administration opted to lift the ban": a cue
    in an "as" clause reports the clause it is set in."""
    doc, verb = cue.head.doc, cue.head
    if not names_source_of_clause(verb):
        return None
    head = verb.head
    tokens = subtree_without(head, [verb, *(doc[i] for i in skip)])
    return token_span(doc, contiguous_around(tokens, head))


def names_source_of_clause(verb: Token) -> bool:
    """Whether a cue verb stands in an "as" clause on the clause it reports ("As HuffPost
    reported, ..."); one with an object or a clause of its own says when, not whence ("as
    residents explained the problems")."""
    marked = any(c.dep_ == "mark" and c.lower_ in SOURCE_CLAUSE_MARKS for c in verb.children)
    own = any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
    return marked and not own and verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"}


def _preceding_clause(cue: Cue, skip: set[int]) -> Span | None:
    """Inverted order: the clause a cue follows ("Putin rejected the deal, the people
    said"), which the parser makes the cue's head."""
    doc, verb = cue.head.doc, cue.head
    inverted = verb.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and verb.head.i < verb.i
    has_mark = any(c.dep_ == "mark" for c in verb.children)
    if not inverted or has_mark or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CUE_VERBS
    if reported and not inverted_report(verb):
        return None  # "Many said they showed up": the cue is what the other cue reports
    head = verb.head
    nested = [doc[i] for i in skip]
    tokens = [t for t in subtree_without(head, [verb, *nested]) if t.i < verb.i]
    return token_span(doc, contiguous_around(tokens, head))


def inverted_report(verb: Token) -> bool:
    """ "The White House asked Clinton to talk to Sestak ..., the administration said in a
    report": a cue verb after a comma, with a subject and no clause of its own, reports the
    clause before it, even where the parser makes it that clause's complement."""
    if verb.lemma_.lower() not in CUE_VERBS or verb.head.i >= verb.i or not _own_subject(verb):
        return False
    if any(c.dep_ in {"ccomp", "mark"} for c in verb.children):
        return False
    first = verb.left_edge.i
    return first > 0 and verb.doc[first - 1].text == ","


def _parenthetical_clause(cue: Cue, skip: set[int]) -> list[Span]:
    """ "This campaign, he says, is different": the clause around a parenthetical cue, in
    the pieces before and after it. The parser also hangs a leading cue on what it reports
    ("Trump tweeted Tuesday he's not sure it will happen")."""
    doc, verb = cue.head.doc, cue.head
    aside_deps = {"parataxis", "advcl", "ccomp"}
    has_mark = any(c.dep_ == "mark" for c in verb.children)
    if verb.dep_ not in aside_deps or has_mark or verb.head.i < verb.i:
        return []
    if verb.head.pos_ not in {"VERB", "AUX"}:
        return []
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CUE_VERBS:
        return []  # "The White House asked ..., the administration said": it is reported
    aside = {t.i for t in verb.subtree}
    tokens = subtree_without(verb.head, [doc[i] for i in skip])
    before = token_span(doc, [t for t in tokens if t.i < min(aside)])
    after = token_span(doc, [t for t in tokens if t.i > max(aside)])
    return [piece for piece in (before, after) if piece is not None]


def _that_clause_below(cue: Cue, skip: set[int]) -> Span | None:
    """A "that" clause the parser hung lower in the cue's phrase ("said during a news
    conference that he may wait")."""
    doc = cue.head.doc
    for token in cue.head.subtree:
        if token.i < cue.end or token.dep_ != "mark" or token.lower_ != "that":
            continue
        clause = token.head
        if clause.pos_ in {"VERB", "AUX"} and clause.dep_ in {"acl", "relcl", "advcl", "ccomp"}:
            return token_span(doc, subtree_without(clause, [doc[i] for i in skip]))
    return None


def _separate_reports(clause: Token) -> list[Token]:
    """Cue verbs inside a clause that make reports of their own: conjoined or subordinate
    with their own subject ("that Moscow does not oppose talks, ex-President Medvedev
    called for ...", "they showed up, while others said ...") or a participle after it
    ("that ..., adding that ...")."""
    return [
        t
        for t in clause.subtree
        if t is not clause
        and t.lemma_.lower() in CUE_VERBS
        and (
            (t.dep_ in {"conj", "advcl"} and _own_subject(t) and not _that_clause(t))
            or (t.dep_ in {"advcl", "conj"} and t.tag_ == "VBG" and t.head == clause)
        )
    ]


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _that_clause(verb: Token) -> bool:
    """ "said the line had become 'a millstone' and that officials had been asked to ...":
    a second "that" clause of the same cue, not a report of its own."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return verb.dep_ == "conj" and any(c.lower_ == "that" for c in marks)


def _misattached_predicate(cue: Cue) -> list[Token]:
    """ "with two sources saying the push occurred ...": the parser makes "sources" the
    subject of "occurred"; the predicate belongs to what the sources said."""
    verb = cue.head
    subject = verb.head
    if verb.dep_ != "acl" or subject.dep_ != "nsubj" or subject.head.i < verb.i:
        return []
    own = set(subject.subtree)
    return [t for t in subject.head.subtree if t not in own and t.i > verb.i]


def _object_content(cue: Cue, skip: set[int]) -> Span | None:
    """A reported thing: "denied the report", "called for the total surrender"."""
    doc, verb = cue.head.doc, cue.head
    lemma = verb.lemma_.lower()
    phrasal = lemma in PARTICLE_CUES or lemma in DENIAL_PHRASES
    if lemma not in OBJECT_CUE_VERBS and not phrasal and not professes_innocence(verb):
        return None
    cue_tokens = set(range(cue.start, cue.end))
    nested = [doc[i] for i in skip]
    # Objects before complements: "calling on Congress to reopen the government" reports
    # Congress's part too, though "to reopen" hangs on the verb.
    after = [
        child
        for index in sorted(cue_tokens)
        for child in doc[index].children
        if child.i not in cue_tokens and child.i >= cue.start
    ]
    for child in after:
        if child.dep_ in OBJECT_DEPS and not _is_addressee(child, lemma):
            return token_span(doc, _with_as_phrase(child, verb, nested))
    for child in after:
        complement = child.dep_ == "xcomp" or (child.dep_ == "prep" and phrasal)
        if complement and not _is_channel(child):
            return token_span(doc, subtree_without(child, nested))
    return None


OBJECT_COMPLEMENT_PREPOSITIONS = frozenset({"as", "of", "for", "over"})


def _with_as_phrase(obj: Token, verb: Token, nested: list[Token]) -> list[Token]:
    """The object and what the verb says of it after it: "dismissed the report as fake",
    "accused Trump of holding workers hostage", "urged them to reopen the government"."""
    tokens = subtree_without(obj, nested)
    said_of = [
        sibling
        for sibling in verb.children
        if sibling.i > obj.i
        and not _is_channel(sibling)
        and (
            (sibling.dep_ == "prep" and sibling.lower_ in OBJECT_COMPLEMENT_PREPOSITIONS)
            or sibling.dep_ in {"oprd", "xcomp", "ccomp"}
        )
    ]
    if said_of:
        # The verb's own words between them go too: "accused activists on Tuesday of ...".
        end = max(t.i for sibling in said_of for t in sibling.subtree)
        tokens = [t for t in verb.subtree if obj.left_edge.i <= t.i <= end and t not in nested]
    return contiguous_around(tokens, obj)


def _is_addressee(token: Token, lemma: str) -> bool:
    if lemma not in ADDRESSEE_VERBS:
        return False
    return (
        token.pos_ in {"PROPN", "PRON"}
        or token.ent_type_ in {"PERSON", "ORG", "NORP"}
        or token.lemma_.lower() in ADDRESSEE_NOUNS
    )


def _is_channel(token: Token) -> bool:
    return any(t.lemma_.lower() in CHANNEL_NOUNS for t in token.subtree)


def adjacent_quote(cue: Cue, mention: Mention | None, quotes: tuple[Quote, ...]) -> Span | None:
    """A quote right before the source and cue ("“...,” she said") or right after the cue
    ("she said: “...”"), with nothing but punctuation and the cue's own words between."""
    doc = cue.head.doc
    text = text_of(doc)
    cue_start = doc[cue.start].idx
    cue_end = doc[cue.end - 1].idx + len(doc[cue.end - 1])
    left = min(cue_start, mention.span.start) if mention else cue_start
    for quote in quotes:
        # A quote ending a paragraph is not the words of whoever opens the next one.
        before = quote.end <= left and only_gap(text, quote.end, left, " \t,:—–-")
        if before and not _ends_a_sentence_it_is_part_of(doc, quote):
            return char_span(doc, quote.start, quote.end)
        if quote.start >= cue_end and only_cue_words_between(cue, cue_end, quote.start):
            if breaks_paragraph(text[cue_end : quote.start]):
                return None
            return char_span(doc, quote.start, quote.end)
    return None


def _ends_a_sentence_it_is_part_of(doc: Doc, quote: Quote) -> bool:
    """ "At one point he appeared to mouth, “I'm sorry.” The former representative ...":
    a quote that closes a sentence begun before it is that sentence's; the next one's
    source did not say it."""
    text = text_of(doc)
    if text[quote.start + 1 : quote.end - 1].rstrip()[-1:] not in {".", "!", "?"}:
        return False
    opening = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if opening is None:
        return False
    sentence = opening[0].sent
    return any(not t.is_punct and not t.is_space for t in doc[sentence.start : opening.start])


def only_cue_words_between(cue: Cue, start: int, end: int) -> bool:
    """Between the cue and a quote: punctuation, "that", and the cue's own dependents
    ("told reporters:", "said in a statement,")."""
    doc = cue.head.doc
    if end - start > 120:
        return False
    region = doc.char_span(start, end, alignment_mode="expand")
    between = list(region) if region is not None else []
    for token in between:
        if token.is_punct or token.is_space or token.lower_ == "that":
            continue
        if cue.head not in token.ancestors:
            return False
        if token.lower_ in PERSON_PRONOUNS and token.dep_ in SUBJECT_DEPS:
            return False
    return True


def nested_cue_tokens(cues: list[Cue]) -> set[int]:
    """Tokens of "according to X" and "citing X" phrases: never part of another content."""
    skip: set[int] = set()
    for cue in cues:
        if cue.frame in {"according", "nesting"}:
            skip.add(cue.head.i)
    return skip
