"""The attribution stage: a parsed Doc in, sources and attributions out.

Steps, each a small function: find cues per sentence and build draft attributions; give
"citing" and "according to" their place in the chain; widen contents to whole quotes and
quotes continued after the cue; add the reports made inside quotes under their speakers;
attach hedges; inherit stance inside a denial; take the source from context for agentless
reports; resolve sources; link nested attributions to their parents (a source's own
report inside its report is no chain) and denials to their targets; freeze everything
into ``Attribution``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from reportedly.attribution.cues import Cue, find_cues, professes_innocence
from reportedly.attribution.frames import (
    SUBJECT_DEPS,
    Draft,
    draft_for,
    mention_at,
    names_source_of_clause,
    nested_cue_tokens,
    only_cue_words_between,
)
from reportedly.attribution.mentions import Mention, is_outlet_epithet, surname_of
from reportedly.attribution.outlets import outlets_in
from reportedly.attribution.quotes import (
    Quote,
    find_quotes,
    quote_at,
    quote_opens_at,
    quoted_share,
    quotes_of,
)
from reportedly.attribution.resolve import PRONOUN_KINDS, Cluster, Resolver
from reportedly.attribution.spans import char_span
from reportedly.attribution.stance import (
    CONTRADICTION_MIN_SHARED,
    calls_claim_false,
    calls_liars,
    claims_innocence,
    clause_heads,
    content_tokens,
    contradicts,
    denies_wrongdoing,
    finds_no_evidence,
    names_claim,
    negated_claim,
    refuses,
    repeats,
    shared_words,
)
from reportedly.doctext import text_of
from reportedly.lang.en.cues import (
    ACCUSING_VERBS,
    ADMISSION_VERBS,
    ANY_CLAIM_NOUNS,
    CHARGE_WORDS,
    CLAIM_NOUNS,
    CUE_VERBS,
    DEFENDING_ROLES,
    FORECAST_PASSIVES,
    PLEA_VERBS,
    REFERRING_PRONOUNS,
    RESPONSE_MARKERS,
    SPEECH_ACT_VERBS,
)
from reportedly.lang.en.hedges import HEDGE_PHRASES
from reportedly.lang.en.sources import FIRST_PERSON_PRONOUNS, PERSON_PRONOUNS
from reportedly.model import Attribution, AttributionKind, Source, Span

DIRECT_SHARE = 0.9
"""Share of a content's characters inside quotation marks above which it is a direct
quote; below it, but above zero, the content is mixed. A quote's own "that" and
punctuation outside the marks make up the rest (set on the sample and the test table)."""
LEADING_THAT = re.compile(r"^(?:that|:)\s*", re.IGNORECASE)
QUOTED_REPORT_FRAMES = frozenset({"verb", "according", "quoted_as", "nesting", "decline"})
"""Frames of a report made inside a quote. A hedge ("reportedly") or an agentless "was
said to" in a speaker's words is the speaker's own wording, with no source to nest."""
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
HANDLE_MARK = "@"
"""What a social-media handle starts with ("@MittRomney just refused to say ..."): the
tagger reads it as a foreign word, but it names an account, a source."""
CLAIMING_STANCES = frozenset({"assert", "deny"})
"""Stances of the claims "that" can point back to: a denial says something too."""
CONTEXT_SENTENCES = 3
"""How many sentences back an agentless report ("was said to") looks for its source, and
a denial of "that" or "the allegation" for the claim it answers."""


def extract_attributions(doc: Doc) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    """Every source and attribution in the Doc; attributions in document order."""
    quotes = quotes_of(doc)
    drafts = _drafts(doc, quotes)
    _link_nesting(drafts)
    _widen_to_quotes(doc, drafts, quotes)
    _link_sourced_reports(drafts)
    _add_quoted_reports(doc, drafts, quotes)
    _attach_hedges(doc, drafts)
    _link_contained(drafts)
    _source_from_context(drafts)
    resolver = Resolver(doc)
    clusters = _resolve(drafts, resolver)
    _unnest_own_reports(drafts, clusters)
    _link_owners(drafts, clusters)
    _read_stance(drafts, clusters)
    _link_targets(drafts, clusters)
    _inherit_stance(drafts, clusters)
    sources, ids = resolver.sources()
    return sources, _freeze(drafts, clusters, ids, quotes)


def _drafts(doc: Doc, quotes: tuple[Quote, ...]) -> list[Draft]:
    drafts: list[Draft] = []
    for index, sentence in enumerate(doc.sents):
        # Words inside a quotation are the speaker's, not the article's reports.
        cues = [c for c in find_cues(sentence) if quote_at(quotes, c.head.idx) is None]
        skip = nested_cue_tokens(cues)
        hedges = [cue for cue in cues if cue.frame == "hedge"]
        sentence_drafts = [
            draft
            for cue in cues
            if cue.frame != "hedge"
            for draft in [draft_for(cue, quotes, skip, index)]
            if draft is not None
        ]
        for hedge in hedges:
            draft = _hedged(hedge, sentence_drafts) or draft_for(hedge, quotes, skip, index)
            if draft is not None and draft not in sentence_drafts:
                sentence_drafts.append(draft)
        drafts.extend(_fold_agentless(_unheld_nominals(sentence_drafts)))
    drafts.sort(key=lambda d: (d.cue_span.start, d.cue_span.end))
    return drafts


def _unheld_nominals(drafts: list[Draft]) -> list[Draft]:
    """A nominal report inside another attribution is what that one says or answers, not
    a report of its own: "said claims that activists 'judge people' were false"."""
    return [
        draft
        for draft in drafts
        if draft.cue.frame != "nominal"
        or not any(
            other is not draft and other.content.start <= draft.cue_span.start < other.content.end
            for other in drafts
        )
    ]


def _fold_agentless(drafts: list[Draft]) -> list[Draft]:
    """An agentless report ("is expected to", "was said to") inside another attribution's
    content hedges that attribution instead of standing alone: "Grimm is expected to be
    indicted, his lawyer said" is the lawyer's claim, hedged. A forecast ("is expected
    to") outside any attribution is no report at all."""
    kept = []
    for draft in drafts:
        holders = [
            other
            for other in drafts
            if other is not draft
            and not other.implicit_source
            and other.content.start <= draft.cue_span.start < other.content.end
        ]
        if draft.cue.frame == "passive" and holders:
            holders[0].hedges.extend(draft.hedges)
        elif not _forecast(draft):
            kept.append(draft)
    return kept


def _forecast(draft: Draft) -> bool:
    return draft.cue.frame == "passive" and draft.cue.head.lemma_.lower() in FORECAST_PASSIVES


def _hedged(hedge: Cue, drafts: list[Draft]) -> Draft | None:
    """Attach a hedge adverb to the innermost attribution whose content or cue holds it."""
    position = hedge.head.idx
    holding = [
        d
        for d in drafts
        if d.content.start <= position < d.content.end or hedge.head.head == d.cue.head
    ]
    if not holding:
        return None
    innermost = min(holding, key=lambda d: d.content.end - d.content.start)
    innermost.hedges.append(hedge.head.lower_)
    return innermost


def _link_nesting(drafts: list[Draft]) -> None:
    """ "Reuters reported X, citing three unnamed sources": the sources nest under Reuters
    with Reuters' content. A "citing" phrase with no report around it is no attribution."""
    for draft in list(drafts):
        if draft.cue.frame != "nesting":
            continue
        parent = _governing(draft, drafts)
        if parent is None:
            drafts.remove(draft)
            continue
        draft.parent = parent
        draft.content = parent.content
        draft.content_parts = list(parent.content_parts)


def _governing(draft: Draft, drafts: list[Draft]) -> Draft | None:
    head = draft.cue.head.head
    candidates = [
        d
        for d in drafts
        if d is not draft and d.sentence == draft.sentence and d.cue.frame != "nesting"
    ]
    for other in candidates:
        if other.cue.head == head:
            return other
    for other in candidates:
        if other.content.start <= head.idx < other.content.end:
            return other
    return None


def _link_sourced_reports(drafts: list[Draft]) -> None:
    """ "“...,” he said, according to excerpts provided by the Justice Department": an
    "according to" that hangs on another cue says where that report comes from, and the
    report is made through it; so does an "as" clause in a report's content ("As HuffPost
    reported, the administration opted to lift the ban, a spokesperson said")."""
    for draft in drafts:
        if names_source_of_clause(draft.cue.head):
            _source_reports_holding(draft, drafts)
        if draft.cue.frame != "according":
            continue
        for report in drafts:
            if report.cue.head == draft.cue.head.head and report.cue.frame == "verb":
                report.parent = report.parent or draft
                _cover(draft, report.content)


def _source_reports_holding(draft: Draft, drafts: list[Draft]) -> None:
    clause = draft.cue.head.head.idx
    for report in drafts:
        holds = report.content.start <= clause < report.content.end
        if holds and report is not draft and report.cue.frame == "verb":
            report.parent = report.parent or draft


def _cover(draft: Draft, content: Span) -> None:
    """Widen a draft's content to run to the end of ``content``: "According to TMZ,
    Griffin joked with Shields they would need to move" reports the joke's words too,
    wherever the parser hangs them."""
    if draft.content_parts or draft.content.end >= content.end:
        return
    if content.start <= draft.content.end or draft.content.start <= content.start:
        draft.content = char_span(draft.cue.head.doc, draft.content.start, content.end)


def _add_quoted_reports(doc: Doc, drafts: list[Draft], quotes: tuple[Quote, ...]) -> None:
    """ "“I told the department in June that this day was coming,” he said": a report made
    inside a quote is an attribution of its own, reported through the quote's speaker and
    kept inside the quote, which stays whole as the speaker's content. A report made in
    such a report nests under it ("“I saw the reports that he had said ...”")."""
    speakers = list(drafts)
    added: list[Draft] = []
    for index, sentence in enumerate(doc.sents):
        cues = [c for c in find_cues(sentence) if _quoted_report_cue(c, quotes)]
        skip = nested_cue_tokens(cues)
        for cue in cues:
            speaker = _quoting(speakers, cue.head.idx)
            draft = draft_for(cue, quotes, skip, index) if speaker is not None else None
            if draft is not None and _inside_quote(draft, quotes, cue) and _reports_speech(draft):
                draft.quoted_in = speaker
                added.append(draft)
    _link_nesting(added)
    _link_contained(added)
    for draft in added:
        draft.parent = draft.parent or draft.quoted_in
    drafts.extend(added)
    drafts.sort(key=lambda d: (d.cue_span.start, d.cue_span.end))


def _quoted_report_cue(cue: Cue, quotes: tuple[Quote, ...]) -> bool:
    return cue.frame in QUOTED_REPORT_FRAMES and quote_at(quotes, cue.head.idx) is not None


def _reports_speech(draft: Draft) -> bool:
    """Whether a cue in a speaker's words reports something said, by a source that can
    speak: not what may or can be said ("may find", "can't speak for her"), not what is
    being done as they speak ("we're finding"), not their own act of saying it now ("I
    urge my colleagues", "I have never described it so") or their saying it over ("as I
    was telling them"): their own report is of what they said before ("I told the
    department", "I had told them"), not their words named as a thing ("every word I
    said"). Not "our findings" either: a source named by no
    known kind of noun."""
    verb, mention = draft.cue.head, draft.mention
    if mention is None or not _known_speaker(draft.cue.head.doc, mention):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if draft.cue.frame == "verb" and any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if verb.tag_ == "VBG" and any(a.tag_ in PRESENT_TAGS for a in auxiliaries):
        return False
    if mention.pronoun in FIRST_PERSON_PRONOUNS:
        perfect = verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxiliaries)
        return (verb.tag_ == "VBD" or perfect) and verb.dep_ != "relcl"
    return True


def _known_speaker(doc: Doc, mention: Mention) -> bool:
    """A source named by a pronoun, a name or a noun of a known kind ("the reports", "a
    spokesman"): not "our findings" or "an emergency meeting"."""
    return (
        mention.kind != "unknown"
        or mention.pronoun is not None
        or doc[mention.head].pos_ == "PROPN"
        or mention.name.startswith(HANDLE_MARK)
    )


def _quoting(drafts: list[Draft], position: int) -> Draft | None:
    """The attribution whose content holds the quoted words at ``position``: the innermost,
    a speaker's cue before an "according to" or "citing" that shares its content."""
    holding = [
        d
        for d in drafts
        if any(part.start <= position < part.end for part in d.content_parts or [d.content])
    ]
    return min(
        holding,
        key=lambda d: (d.content.end - d.content.start, d.cue.frame in {"according", "nesting"}),
        default=None,
    )


def _inside_quote(draft: Draft, quotes: tuple[Quote, ...], cue: Cue) -> bool:
    """Whether a report made in a quote keeps to it: content read past the closing mark
    is the parse running on into the article's words."""
    quote = quote_at(quotes, cue.head.idx)
    content = draft.content
    return quote is not None and quote.start <= content.start and content.end <= quote.end


def _widen_to_quotes(doc: Doc, drafts: list[Draft], quotes: tuple[Quote, ...]) -> None:
    """A content inside a longer quote becomes the whole quote, and one that stops inside
    a quote runs to its end ("said that “... accurate. No one has disputed it.”"); a quote
    that goes on in the next sentence with no cue of its own is added as a further part."""
    claimed = [(d.content.start, d.content.end) for d in drafts]
    for draft in drafts:
        if draft.cue.frame == "nesting" or draft.content_parts:
            continue
        for quote in quotes:
            if quote.start <= draft.cue_span.start < quote.end:
                continue
            content = draft.content
            inside = quote.start <= content.start and content.end <= quote.end
            if inside and (content.start, content.end) != (quote.start, quote.end):
                draft.content = char_span(doc, quote.start, quote.end)
            elif content.start < quote.start < content.end < quote.end:
                draft.content = char_span(doc, content.start, quote.end)
        _continue_quote(doc, draft, quotes, claimed)


def _continue_quote(
    doc: Doc, draft: Draft, quotes: tuple[Quote, ...], claimed: list[tuple[int, int]]
) -> None:
    """ "“The army,” the general said, “will not retreat.”": the quote after the cue, with
    only punctuation or the cue's own words between, continues the content."""
    content = draft.content
    if not quote_opens_at(doc, content.start) or draft.cue_span.start < content.end:
        return
    cue_end = draft.cue_span.end
    for quote in quotes:
        if quote.start < max(cue_end, content.end):
            continue
        unclaimed = all(e <= quote.start or s >= quote.end for s, e in claimed)
        if unclaimed and only_cue_words_between(draft.cue, cue_end, quote.start):
            if not draft.content_parts:
                draft.content_parts = [content]
            draft.content_parts.append(char_span(doc, quote.start, quote.end))
            draft.content = char_span(doc, content.start, quote.end)
        return


def _attach_hedges(doc: Doc, drafts: list[Draft]) -> None:
    """ "could not be independently verified" hedges the attribution in its sentence or,
    failing that, the latest one before it."""
    lowered = text_of(doc).lower()
    for phrase in HEDGE_PHRASES:
        start = lowered.find(phrase)
        while start != -1:
            before = [d for d in drafts if d.cue_span.start < start + len(phrase)]
            if before:
                before[-1].hedges.append(phrase)
            start = lowered.find(phrase, start + len(phrase))


def _inherit_stance(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """A quote given in the course of a denial denies too: "The Kremlin denied the report,
    with spokesman Dmitry Peskov telling the agency that “No such thing ever happened.”"
    Only a participle ("telling", "saying") of another speaker carries it on: the denier's
    own reasons are claims ("disputed Obama's rationale, saying the measure is narrowly
    tailored", "said that was 'simply not true', adding that he had emails to prove it");
    a report joined to a denial with its own subject stands apart ("Grimm has denied
    wrongdoing, and the FBI hasn't accused him"), and so does the report a denial answers
    ("denied it after Reuters reported")."""
    for draft in drafts:
        # "pushed back on a report claiming ...": the participle of a noun is the report
        # denied, not a voice in the denial
        if draft.stance != "assert" or draft.cue.head.tag_ != "VBG" or draft.cue.head.dep_ == "acl":
            continue
        ancestors = _governing_heads(draft.cue.head)
        speaker = clusters.get(id(draft))
        for other in drafts:
            voiced = speaker is not None and clusters.get(id(other)) is not speaker
            if other.stance in {"deny", "confirm"} and other.cue.head in ancestors and voiced:
                draft.stance = other.stance
                draft.target = other.target
                break


def _governing_heads(token: Token) -> set[Token]:
    """The token's heads, up to the first clause conjoined with a subject of its own."""
    heads: set[Token] = set()
    while token.head != token:
        conjoined = token.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if conjoined:
            break
        token = token.head
        heads.add(token)
    return heads


def _read_stance(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """A plain report can refuse, deny or contradict by what it says: "the government did
    not comment on leaks" refuses; "that was 'simply wrong'" and "the lawmakers were
    lying" deny the claim just made; "has seen no evidence of racism", and a negated claim
    that shares its words with another source's earlier claim, deny that claim."""
    for index, draft in enumerate(drafts):
        if draft.stance != "assert" or draft.cue.frame != "verb":
            continue
        earlier = drafts[:index]
        tokens = _said(draft)
        if refuses(tokens):
            draft.stance = "decline"
        elif calls_claim_false(draft.cue.head.lemma_.lower(), tokens):
            draft.stance = "deny"
            # "that was wrong" answers the latest claim; "the complaints are bogus" only a
            # complaint (``_answered``).
            named = bool(_claim_nouns(draft))
            draft.target = (
                _answered(draft, earlier, clusters)
                if named
                else _latest_claim(draft, earlier, clusters)
            )
        elif calls_liars(tokens) and (liars := _latest_claim(draft, earlier, clusters)):
            # "the lawmakers were lying" denies what was just said; "Flynn lied, and it
            # destroyed his life" with no claim before it denies nothing
            draft.stance, draft.target = "deny", liars
        elif finds_no_evidence(tokens) or claims_innocence(tokens) or denies_wrongdoing(tokens):
            # It answers an accusation, which shared words do not find: "no evidence of
            # racism" shares more with "a resolution condemning racism" than with the
            # accusation of "tolerating bigotry" it answers (records benchmark, basil).
            draft.stance = "deny"
            draft.target = _accusation(draft, earlier, clusters)
        elif (negation := negated_claim(tokens)) is not None:
            draft.target = _negated_claim(draft, negation, tokens, earlier, clusters)
            draft.stance = "assert" if draft.target is None else "deny"


def _source_from_context(drafts: list[Draft]) -> None:
    """An agentless report ("was said to", "reportedly") is the latest named source's,
    within a few sentences: the article is retelling that source's report."""
    for index, draft in enumerate(drafts):
        if not draft.implicit_source:
            continue
        earlier = [
            d
            for d in drafts[:index]
            if d.mention is not None
            and d.parent is None
            and draft.sentence - d.sentence <= CONTEXT_SENTENCES
        ]
        if earlier:
            draft.mention = earlier[-1].mention


def _resolve(drafts: list[Draft], resolver: Resolver) -> dict[int, Cluster]:
    """Cluster per draft (by id), resolving mentions in document order."""
    clusters: dict[int, Cluster] = {}
    resolved: dict[int, Cluster] = {}
    for draft in sorted(drafts, key=lambda d: d.mention.span.start if d.mention else 0):
        if draft.mention is None or _first_person_in_quote(draft):
            continue
        key = id(draft.mention)
        if key not in resolved:
            cluster = resolver.cluster_for(draft.mention)
            if cluster is None:
                continue
            resolved[key] = cluster
        clusters[id(draft)] = resolved[key]
    _resolve_first_person(drafts, clusters)
    _resolve_quoted_pronouns(drafts, clusters)
    return clusters


def _resolve_first_person(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """ "I" and "we" inside a quote are the quote's speaker."""
    for draft in drafts:
        speaker = draft.quoted_in
        if draft.mention is None or speaker is None or not _first_person_in_quote(draft):
            continue
        cluster = clusters.get(id(speaker))
        if cluster is not None:
            clusters[id(draft)] = cluster
            if draft.mention.span not in cluster.mentions:
                cluster.mentions.append(draft.mention.span)


def _unnest_own_reports(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """A source's report inside its own report is no chain: "said he could not comment",
    "noted that ... and warned that ...", "the records that he says are inadequate" are
    each the source's own word, reported through whatever its report is reported through.
    A report in the first person inside a quote stays under it: "“I told them in June,”
    he said" is what he says now of what he told then."""
    for draft in drafts:
        own = clusters.get(id(draft))
        if own is None or _first_person_in_quote(draft):
            continue
        while draft.parent is not None and clusters.get(id(draft.parent)) is own:
            draft.parent = draft.parent.parent


def _first_person_in_quote(draft: Draft) -> bool:
    """ "“I told the department ...”": the quote's speaker reporting their own words."""
    mention = draft.mention
    return (
        draft.quoted_in is not None
        and mention is not None
        and mention.pronoun in FIRST_PERSON_PRONOUNS
    )


def _resolve_quoted_pronouns(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """ "“I saw the reports that he had said ...,” Romney said": "he" in a quote is not its
    speaker, who would say "I", but the latest other source before it that the pronoun
    can name."""
    for index, draft in enumerate(drafts):
        mention, speaker = draft.mention, draft.quoted_in
        if mention is None or mention.pronoun is None or speaker is None:
            continue
        own = clusters.get(id(speaker))
        if own is None or clusters.get(id(draft)) is not own or _first_person_in_quote(draft):
            continue
        wanted = PRONOUN_KINDS[PERSON_PRONOUNS[mention.pronoun]]
        earlier = [clusters.get(id(d)) for d in reversed(drafts[:index])]
        other = next(
            (c for c in earlier if c is not None and c is not own and c.kind in wanted), None
        )
        if other is not None:
            clusters[id(draft)] = other
            _move_mention(mention.span, own, other)


def _move_mention(span: Span, wrong: Cluster, right: Cluster) -> None:
    if span in wrong.mentions:
        wrong.mentions.remove(span)
    if span not in right.mentions:
        right.mentions.append(span)


def _link_owners(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """ "one of Reuters' sources", "people interviewed by Reuters": nest under the latest
    attribution of that outlet; "documents seen by the paper", under the latest outlet's.
    A source named again as one of the sources a report cited is reported through that
    report too ("One of the officials was quoted as saying")."""
    for index, draft in enumerate(drafts):
        if draft.parent is not None:
            continue
        earlier = drafts[:index]
        draft.parent = _owners_report(draft, earlier, clusters) or _citing_report(draft, earlier)


def _owners_report(
    draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster]
) -> Draft | None:
    owner = _owner_of(draft)
    by_epithet = owner is None and _owned_by_epithet(draft)
    if owner is None and not by_epithet:
        return None
    for report in reversed(earlier):
        cluster = clusters.get(id(report))
        if (
            cluster is not None
            and cluster.kind == "outlet"
            and (by_epithet or cluster.name == owner)
        ):
            return report
    return None


def _owned_by_epithet(draft: Draft) -> bool:
    """ "documents seen by the paper", "the paper's sources": a source the outlet the
    article retells holds, named by an epithet."""
    mention = draft.mention
    if mention is None or mention.kind not in {"anonymous", "document", "group"}:
        return False
    words = draft.cue.head.doc.char_span(mention.span.start, mention.span.end, "expand")
    owners = [t for t in words or [] if t.dep_ in {"pobj", "poss"} and t.i != mention.head]
    return any(is_outlet_epithet(t) for t in owners)


def _citing_report(draft: Draft, earlier: list[Draft]) -> Draft | None:
    """ "The Guardian reported, citing two senior officials, ... One of the officials was
    quoted as saying ...", "The second official told ...": an unnamed source named again,
    by a definite phrase, as the sources a report cited, is reported through it."""
    noun = _referring_noun(draft)
    if noun is None:
        return None
    for cited in reversed(earlier):
        if cited.cue.frame == "nesting" and cited.parent is not None:
            cited_noun = _source_noun(cited)
            if cited_noun is not None and cited_noun.lemma_ == noun.lemma_:
                return cited.parent
    return None


def _referring_noun(draft: Draft) -> Token | None:
    """The noun of an unnamed source that points back by its article: "the second
    official", "one of the officials"."""
    noun = _source_noun(draft)
    mention = draft.mention
    if noun is None or mention is None or mention.kind not in {"anonymous", "unknown"}:
        return None
    definite = any(c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in noun.children)
    return noun if definite else None


def _source_noun(draft: Draft) -> Token | None:
    """The noun naming a draft's source: "officials" in "one of the officials"."""
    mention = draft.mention
    if mention is None or mention.pronoun is not None:
        return None
    head = draft.cue.head.doc[mention.head]
    partitive = [
        o for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    noun = partitive[0] if head.pos_ in {"NUM", "PRON"} and partitive else head
    return noun if noun.pos_ == "NOUN" else None


def _owner_of(draft: Draft) -> str | None:
    """The outlet a draft's source belongs to: by its own phrase, or an outlet named as the
    agent in its sentence ("The timing was disputed by the people interviewed by Reuters,
    with two sources saying ...")."""
    mention = draft.mention
    if mention is None or mention.kind not in {"anonymous", "document", "group"}:
        return None
    if mention.owner is not None:
        return mention.owner
    sentence = draft.cue.head.sent
    for token in sentence:
        if token.dep_ == "agent":
            phrase = " ".join(t.text for t in token.subtree)
            found = next(outlets_in(phrase), None)
            if found is not None:
                return found[2].name
    return None


def _link_contained(drafts: list[Draft]) -> None:
    """An attribution whose cue lies in another's content is reported through it:
    "According to Reuters, Putin made clear that ..." nests Putin under Reuters."""
    for draft in drafts:
        if draft.parent is not None:
            continue
        holders = [
            d
            for d in drafts
            if d is not draft
            and d.content.start <= draft.cue_span.start < d.content.end
            and d.cue.frame != "hedge"
            and d.parent is not draft
            and d.content.end - d.content.start > draft.content.end - draft.content.start
        ]
        if holders:
            draft.parent = min(holders, key=lambda d: d.content.end - d.content.start)


def _link_targets(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """A denial or confirmation answers the report it names (before it, else the first
    after it made with the speech act its noun names), the claim it repeats or, "I said
    that", the report of the speaker's words; a profession of innocence, a plea or a
    confirmation of charges answers the report of those charges. A refusal answers only a
    report it names ("declined to comment on the report"). An admission confirms only a
    report it names: "admitted she 'went too far'" is a claim."""
    for index, draft in enumerate(drafts):
        # A stance read from the content (``_read_stance``) has its target read with it, if
        # any; a denial told inside a speaker's quote is the speaker's story ("Courts have
        # dismissed their claims"), not an answer to the article's reports.
        if draft.stance == "assert" or draft.target is not None or draft.quoted_in is not None:
            continue
        tokens = content_tokens(draft.cue.head.doc, draft.content)
        if draft.cue.stance == "assert":
            # a denial read from the content ("When the dust settles, he will be vindicated")
            # whose words tell of the charges it answers
            if draft.stance == "deny" and _tells_of_charges(tokens):
                draft.target = _report_of_charges(draft, drafts[:index], clusters)
            continue
        # "confirmed that prosecutors intended to file charges": a clause is the claim
        # itself, and a claim noun inside it ("charges") names no report it answers.
        stated = _states_claim(draft)
        draft.target = _answered_in_sentence(draft, drafts, clusters) or (
            _said_back(draft, tokens, drafts[:index], clusters)
            if stated
            else _answered(draft, drafts[:index], clusters)
            or _answered_later(draft, drafts[index + 1 :], clusters)
        )
        if draft.cue.head.lemma_.lower() in ADMISSION_VERBS:
            admitted = draft.target is not None and _names_claim_as_object(draft.cue.head)
            draft.stance = "confirm" if admitted else "assert"
            draft.target = draft.target if admitted else None
        elif _repeats_claim(draft, stated):
            # "denied that customer files were exposed": the claim it repeats
            draft.target = _contradicted(draft, tokens, drafts[:index], clusters)
        pleads = draft.cue.head.lemma_.lower() in PLEA_VERBS
        if draft.target is None and (pleads or professes_innocence(draft.cue.head)):
            draft.target = _accusation(draft, drafts[:index], clusters)
        if draft.target is None and draft.stance == "confirm" and _tells_of_charges(tokens):
            draft.target = _report_of_charges(draft, drafts[:index], clusters, named=False)


def _repeats_claim(draft: Draft, stated: bool) -> bool:
    """Whether a denial or confirmation with no target yet answers by the words of a
    claim: a clause it states, or a content that names no claim noun."""
    unanswered = draft.target is None and draft.stance != "decline"
    return unanswered and (stated or not _claim_nouns(draft))


def _said_back(
    draft: Draft, tokens: list[Token], earlier: list[Draft], clusters: dict[int, Cluster]
) -> Draft | None:
    """ "Trump later confirmed, “Absolutely I said that”": a clause (its ``tokens``) whose
    speech verb takes a pronoun pointing back answers the latest report by another a few
    sentences back, the one that tells what the speaker said (Schumer's "saying Trump told
    them ...")."""
    back = any(
        t.lower_ in REFERRING_PRONOUNS and t.dep_ == "dobj" and t.head.lemma_.lower() in CUE_VERBS
        for t in tokens
    )
    found = _latest_claim(draft, earlier, clusters) if back else None
    while found is not None and found.parent is not None and found.parent in earlier:
        found = found.parent
    return found


def _states_claim(draft: Draft) -> bool:
    """Whether the content is a clause the cue states ("confirmed that ..."), not a noun
    naming a claim ("confirmed the report")."""
    heads = clause_heads(content_tokens(draft.cue.head.doc, draft.content))
    return draft.cue.frame == "verb" and bool(heads) and heads[0].pos_ in {"VERB", "AUX"}


def _names_claim_as_object(verb: Token) -> bool:
    """ "acknowledged the report": the verb's object is a claim, not a clause of the
    speaker's own ("acknowledged a major concern is whether ...")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in verb.children)


def _answered_in_sentence(
    draft: Draft, drafts: list[Draft], clusters: dict[int, Cluster]
) -> Draft | None:
    """The report in the denial's own "after" clause, before or after the denial: "has
    rejected the claims as 'baseless' after the Herald reported that she intervened"."""
    if draft.stance == "decline":
        return None
    denial = draft.cue.head
    for candidate in _claims_by_others(draft, drafts, clusters):
        head = candidate.cue.head
        opened = any(c.dep_ == "mark" and c.lower_ in RESPONSE_MARKERS for c in head.children)
        if opened and head.sent == denial.sent and denial in head.ancestors:
            return candidate
    return None


def _claims_by_others(
    draft: Draft,
    earlier: list[Draft],
    clusters: dict[int, Cluster],
    stances: frozenset[str] = frozenset({"assert"}),
) -> list[Draft]:
    """The earlier claims another source made: what a denial can answer. A source cited
    for a report ("citing two officials") makes no claim apart from the report's. What
    another source says the speaker said is that source's claim: "an official told the
    paper that Donovan had described the cut as 'a done deal'" is one Donovan can deny."""
    own = clusters.get(id(draft))
    return [
        d
        for d in earlier
        if (
            clusters.get(id(d)) is not own
            or (d.parent is not None and clusters.get(id(d.parent)) is not own)
        )
        and d.stance in stances
        and d.cue.frame not in {"hedge", "nesting"}
    ]


def _answered(draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster]) -> Draft | None:
    """The report a content names: by its outlet ("the Reuters report"), by its source
    ("Obama's concerns": the source's latest warning, else its latest claim), else the
    latest claim made with a verb of the speech act it names ("accused" for "the
    allegations", "complained" for "the complaints", and only that for a noun of one act);
    failing that, for "the report" or "the allegations", the claim it shares most words with
    or the latest one a few sentences back. None when it names none ("denied any role in
    the attacks" answers no report of the article), or names an owner with no claim in the
    article ("the White House's case is overblown" answers no other source's claim)."""
    others = _claims_by_others(draft, earlier, clusters)
    content = draft.content.text
    for _, _, outlet in outlets_in(content):
        for candidate in others:
            cluster = clusters.get(id(candidate))
            if cluster is not None and cluster.name == outlet.name and candidate.parent is None:
                return candidate
    nouns = _claim_nouns(draft)
    if not nouns:
        return None
    owners = _claim_owners(draft)
    named = [
        candidate
        for candidate in others
        if (cluster := clusters.get(id(candidate))) is not None
        and cluster.kind != "outlet"
        and any(owner in cluster.name or cluster.name in owner for owner in owners)
    ]
    if named:
        return _of_speech_act(nouns, named) or named[-1]
    if owners:
        return None  # "the White House's case" is no other source's claim
    act = _of_speech_act(nouns, others)
    if act is not None or nouns <= SPEECH_ACT_VERBS.keys() - ANY_CLAIM_NOUNS:
        return act  # "the complaints" answer a complaint or nothing
    tokens = content_tokens(draft.cue.head.doc, draft.content)
    return _contradicted(draft, tokens, earlier, clusters) or _latest_claim(
        draft, [d for d in earlier if d.parent is None], clusters
    )


def _answered_later(draft: Draft, later: list[Draft], clusters: dict[int, Cluster]) -> Draft | None:
    """A claim named by a noun of one speech act and told only further on: "Schumer pushed
    back hard on Saudi government objections to the legislation ... Saudi Arabia has
    objected vehemently to the legislation" (the first made with that act's verb)."""
    nouns = _claim_nouns(draft)
    if not nouns or not nouns <= SPEECH_ACT_VERBS.keys() - ANY_CLAIM_NOUNS:
        return None
    verbs = {verb for noun in nouns for verb in SPEECH_ACT_VERBS[noun]}
    made = [c for c in _claims_by_others(draft, later, clusters) if _act_verbs(c) & verbs]
    return made[0] if made else None


def _claim_owners(draft: Draft) -> list[str]:
    """Whose claim a content names: "Obama" in "Obama's concerns", "the NAACP" in "the
    NAACP's claim"; not "Clinton" in "any suggestion of impropriety in Clinton's talks"."""
    tokens = content_tokens(draft.cue.head.doc, draft.content)
    return [
        " ".join(t.text for t in owner.subtree if t.dep_ != "case")
        for noun in tokens
        if names_claim(noun)
        for owner in noun.children
        if owner.dep_ == "poss" and owner.pos_ != "PRON"
    ]


def _claim_nouns(draft: Draft) -> set[str]:
    """The claim nouns a content names ("the allegations" -> "allegation", "the White
    House's case" -> "case")."""
    text = draft.content.text.lower()
    words = {w.strip("’'.,;:“”\"").removesuffix("s") for w in text.split()}
    owned = {
        t.lemma_.lower()
        for t in content_tokens(draft.cue.head.doc, draft.content)
        if t.lemma_.lower() not in CLAIM_NOUNS and names_claim(t)
    }
    return (words & CLAIM_NOUNS) | owned


def _of_speech_act(nouns: set[str], claims: list[Draft]) -> Draft | None:
    """The latest claim made with a verb of the speech act a noun names, or with a noun of
    that act: "warned" or "warnings that ..." for "Obama's concerns", "accused" for "the
    allegations"."""
    verbs = {verb for noun in nouns for verb in SPEECH_ACT_VERBS.get(noun, ())}
    made = [c for c in claims if _act_verbs(c) & verbs]
    return made[-1] if made else None


def _act_verbs(claim: Draft) -> set[str]:
    """The verbs of the speech act a claim was made with: its cue verb, or those of the
    act its report noun names ("warnings that ..." -> warn, caution)."""
    lemma = claim.cue.head.lemma_.lower()
    if claim.cue.frame == "nominal":
        return set(SPEECH_ACT_VERBS.get(lemma, ()))
    return {lemma}


def _accusation(draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster]) -> Draft | None:
    """The latest accusation by another source ("accused", "alleged", "is accused of"):
    what a profession of innocence, a plea or "no evidence" answers. Whoever relays the
    denial ("his lawyer said Mr. Grimm 'asserts his innocence'") is not the accuser. With
    no accusation in the article, the report of the charges (``_report_of_charges``)."""
    relay = clusters.get(id(draft.parent)) if draft.parent is not None else None
    accusations = [
        d
        for d in _claims_by_others(draft, earlier, clusters)
        if d.cue.head.lemma_.lower() in ACCUSING_VERBS
        and d.cue.frame in {"verb", "passive"}
        and (relay is None or clusters.get(id(d)) is not relay)
    ]
    return accusations[-1] if accusations else _report_of_charges(draft, earlier, clusters)


def _report_of_charges(
    draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster], *, named: bool = True
) -> Draft | None:
    """The first report by another that tells of charges against whom the draft names or
    speaks as ("Representative Michael G. Grimm ... was expected to be indicted on federal
    fraud charges, people with knowledge of the case said" for "Mr. Grimm “asserts his
    innocence”"); with ``named`` False, against anyone ("confirmed that prosecutors
    intended to file criminal charges against his client"). Not a report by a lawyer or a
    spokesman, nor by whoever relays the draft: the accused's own side."""
    doc = draft.cue.head.doc
    accused = {surname_of(name) for name in _named_in(draft, clusters)}
    relay = clusters.get(id(draft.parent)) if draft.parent is not None else None
    for claim in _claims_by_others(draft, earlier, clusters):
        source = clusters.get(id(claim))
        if source is None or source is relay or _speaks_for_someone(source, doc):
            continue
        tokens = content_tokens(doc, claim.content)
        if _tells_of_charges(tokens) and (not named or any(t.text in accused for t in tokens)):
            return claim
    return None


def _named_in(draft: Draft, clusters: dict[int, Cluster]) -> list[str]:
    """The persons a draft names in its content, and its source if a person."""
    doc = draft.cue.head.doc
    names = [e.text for e in doc.ents if e.label_ == "PERSON" and _inside(e, draft.content)]
    own = clusters.get(id(draft))
    return [*names, own.name] if own is not None and own.kind == "person" else names


def _tells_of_charges(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in CHARGE_WORDS for t in tokens)


def _speaks_for_someone(source: Cluster, doc: Doc) -> bool:
    """A lawyer or a spokesman by any of its mentions ("Grimm's attorney, William
    McGinley"), not an office ("the U.S. attorney's office")."""
    text = text_of(doc)
    words = {w.strip(",.").lower() for m in source.mentions for w in text[m.start : m.end].split()}
    return source.kind != "organization" and not words.isdisjoint(DEFENDING_ROLES)


def _inside(entity: SpacySpan, span: Span) -> bool:
    return span.start <= entity.start_char and entity.end_char <= span.end


def _said(draft: Draft) -> list[Token]:
    """The tokens of what a draft reports: its content's parts, without a cue that
    interrupts them ("'The new law does not discriminate,' Long said. 'And ...'")."""
    doc = draft.cue.head.doc
    return [t for part in draft.content_parts or [draft.content] for t in content_tokens(doc, part)]


def _latest_claim(draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster]) -> Draft | None:
    """The latest claim by another source a few sentences back, a denial too: what "that"
    or "the allegation" points to ("The minister said the department was told in August,
    not June. The operator said that was 'simply not true'")."""
    recent = [
        d
        for d in _claims_by_others(draft, earlier, clusters, CLAIMING_STANCES)
        if draft.sentence - d.sentence <= CONTEXT_SENTENCES and d is not draft.parent
    ]
    return recent[-1] if recent else None


def _negated_claim(
    draft: Draft,
    negation: Token,
    tokens: list[Token],
    earlier: list[Draft],
    clusters: dict[int, Cluster],
) -> Draft | None:
    """The latest earlier claim by another source that the negated content contradicts."""
    contradicted = [
        d
        for d in _claims_by_others(draft, earlier, clusters)
        if d is not draft.parent and contradicts(negation, tokens, _claimed(d))
    ]
    return contradicted[-1] if contradicted else None


def _claimed(claim: Draft) -> list[Token]:
    """What a claim says, and for a report nested in another its cue too: the outer report
    says that "Donovan had privately described the cut as 'a done deal'", so "I have never
    described any cut as a done deal" denies the nested description, the latest of the two."""
    words = _said(claim)
    if claim.parent is None or claim.cue.frame != "verb":
        return words
    doc = claim.cue.head.doc
    return [*doc[claim.cue.start : claim.cue.end], *words]


def _contradicted(
    draft: Draft, tokens: list[Token], earlier: list[Draft], clusters: dict[int, Cluster]
) -> Draft | None:
    """The earlier claim by another source that shares most words with this one, when it
    shares enough to be about the same thing ("denied that customer files were exposed")."""
    best, most = None, CONTRADICTION_MIN_SHARED
    doc = draft.cue.head.doc
    for candidate in _claims_by_others(draft, earlier, clusters):
        if candidate is draft.parent:
            continue
        claim = content_tokens(doc, candidate.content)
        shared = shared_words(tokens, claim)
        if shared >= most and (draft.stance != "confirm" or repeats(tokens, claim)):
            best, most = candidate, shared
    return best


def _freeze(
    drafts: list[Draft],
    clusters: dict[int, Cluster],
    ids: dict[int, str],
    quotes: tuple[Quote, ...],
) -> tuple[Attribution, ...]:
    numbers = {id(d): f"a{n}" for n, d in enumerate(drafts, start=1)}
    return tuple(
        Attribution(
            id=numbers[id(draft)],
            source=_source_id(draft, clusters, ids),
            source_span=None
            if draft.implicit_source or draft.mention is None
            else draft.mention.span,
            cue=draft.cue_span,
            content=draft.content,
            kind=content_kind(draft.content_parts or [draft.content], _quotes_for(draft, quotes)),
            stance=draft.stance,
            parent=numbers.get(id(draft.parent)) if draft.parent else None,
            target=numbers.get(id(draft.target)) if draft.target else None,
            hedges=tuple(dict.fromkeys(draft.hedges)),
            sentence=draft.sentence,
            content_parts=tuple(draft.content_parts),
        )
        for draft in drafts
    )


def _quotes_for(draft: Draft, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The quotations a draft's kind is read from: for a report made inside a quote, the
    quotations within it ("he said ‘I knew you'd say that’"), the speaker's marks around
    it making it no more direct than "he said he knew"."""
    if draft.quoted_in is None:
        return quotes
    outer = quote_at(quotes, draft.cue.head.idx)
    if outer is None:
        return quotes
    text = text_of(draft.cue.head.doc)
    start = outer.start + 1
    return tuple(
        Quote(start + q.start, start + q.end) for q in find_quotes(text[start : outer.end - 1])
    )


def _source_id(draft: Draft, clusters: dict[int, Cluster], ids: dict[int, str]) -> str | None:
    cluster = clusters.get(id(draft))
    if cluster is None and draft.mention is not None:
        cluster = next((c for c in clusters.values() if draft.mention.span in c.mentions), None)
    return ids.get(id(cluster)) if cluster is not None else None


def content_kind(parts: Iterable[Span], quotes: tuple[Quote, ...]) -> AttributionKind:
    """Direct when the content lies inside quotation marks, mixed when partly, else
    indirect."""
    spans = [_without_frame_words(s) for s in parts]
    total = sum(s.end - s.start for s in spans)
    quoted = sum(quoted_share(quotes, s.start, s.end) * (s.end - s.start) for s in spans)
    share = quoted / total if total else 0.0
    if share >= DIRECT_SHARE:
        return "direct"
    return "mixed" if share > 0 else "indirect"


def _without_frame_words(span: Span) -> Span:
    """The span less a leading "that" and trailing punctuation, which stand outside the
    quotation marks of a direct quote ("that “No such thing ever happened.”")."""
    text = span.text
    start = len(text) - len(LEADING_THAT.sub("", text))
    trimmed = text[start:].rstrip(".,;: ")
    return Span(trimmed, span.start + start, span.start + start + len(trimmed))


def resolve_sources(
    doc: Doc, attributions: Iterable[Attribution], known: Iterable[Source] = ()
) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    """Sources for attributions found elsewhere (the learned tagger's), with the same
    resolver as the rules: each source's words are read and resolved in document order;
    an attribution without source words keeps its ``known`` source (one taken from
    context), and a pronoun in a quote that its ``known`` source holds names that source
    (the rules read it in context). Attributions are renumbered a1, a2, ... in document
    order, parents and targets following, and their kind is read from the quotation
    marks."""
    quotes = quotes_of(doc)
    by_id = {source.id: source for source in known}
    ordered = sorted(attributions, key=lambda a: (a.cue.start, a.cue.end))
    resolver = Resolver(doc)
    clusters: dict[str, Cluster] = {}
    for attribution, span in sorted(_source_words(ordered, by_id), key=lambda p: p[1].start):
        mention = mention_at(doc, span)
        named = _named_by_known(doc, mention, by_id.get(attribution.source or ""), quotes)
        cluster = resolver.cluster_for(named or mention) if mention is not None else None
        if cluster is not None:
            clusters[attribution.id] = cluster
            if named is not None and span not in cluster.mentions:
                cluster.mentions.append(span)
    sources, ids = resolver.sources()
    numbers = {a.id: f"a{n}" for n, a in enumerate(ordered, start=1)}
    return sources, tuple(
        replace(
            a,
            id=numbers[a.id],
            source=ids.get(id(clusters[a.id])) if a.id in clusters else None,
            parent=numbers.get(a.parent) if a.parent else None,
            target=numbers.get(a.target) if a.target else None,
            kind=content_kind(a.content_parts or [a.content], quotes),
        )
        for a in ordered
    )


def _named_by_known(
    doc: Doc, mention: Mention | None, known: Source | None, quotes: tuple[Quote, ...]
) -> Mention | None:
    """A pronoun the known source already holds, read by the rules in its context ("he" in
    a quote: not the quote's speaker, "“... he had previously said ...,” Romney said"),
    names that source: the mention of its first name to resolve instead."""
    if mention is None or mention.pronoun is None or known is None:
        return None
    if quote_at(quotes, mention.span.start) is None:
        return None
    if not any(m.start < mention.span.end and mention.span.start < m.end for m in known.mentions):
        return None
    for span in known.mentions:
        named = mention_at(doc, span)
        if named is not None and named.pronoun is None:
            return named
    return None


def _source_words(
    attributions: Iterable[Attribution], known: dict[str, Source]
) -> Iterable[tuple[Attribution, Span]]:
    for attribution in attributions:
        source = known.get(attribution.source or "")
        span = attribution.source_span or (
            source.mentions[0] if source and source.mentions else None
        )
        if span is not None:
            yield attribution, span
