"""The attribution stage: a parsed Doc in, sources and attributions out.

Steps, each a small function: find cues per sentence and build draft attributions; give
"citing" and "according to" their place in the chain; widen contents to whole quotes and
quotes continued after the cue; attach hedges; inherit stance inside a denial; take the
source from context for agentless reports; resolve sources; link nested attributions to
their parents and denials to their targets; freeze everything into ``Attribution``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from reportedly.attribution.cues import Cue, find_cues
from reportedly.attribution.frames import (
    SUBJECT_DEPS,
    Draft,
    draft_for,
    mention_at,
    nested_cue_tokens,
    only_cue_words_between,
)
from reportedly.attribution.outlets import outlets_in
from reportedly.attribution.quotes import (
    Quote,
    quote_at,
    quote_opens_at,
    quoted_share,
    quotes_of,
)
from reportedly.attribution.resolve import Cluster, Resolver
from reportedly.attribution.spans import char_span
from reportedly.attribution.stance import (
    CONTRADICTION_MIN_SHARED,
    calls_claim_false,
    content_tokens,
    contradicts,
    negated_claim,
    refuses,
    shared_words,
)
from reportedly.doctext import text_of
from reportedly.lang.en.cues import CLAIM_NOUNS, FORECAST_PASSIVES
from reportedly.lang.en.hedges import HEDGE_PHRASES
from reportedly.model import Attribution, AttributionKind, Source, Span

DIRECT_SHARE = 0.9
"""Share of a content's characters inside quotation marks above which it is a direct
quote; below it, but above zero, the content is mixed. A quote's own "that" and
punctuation outside the marks make up the rest (set on the sample and the test table)."""
LEADING_THAT = re.compile(r"^(?:that|:)\s*", re.IGNORECASE)
CONTEXT_SENTENCES = 3
"""How many sentences back an agentless report ("was said to") looks for its source, and
a denial of "that" or "the allegation" for the claim it answers."""


def extract_attributions(doc: Doc) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    """Every source and attribution in the Doc; attributions in document order."""
    quotes = quotes_of(doc)
    drafts = _drafts(doc, quotes)
    _link_nesting(drafts)
    _widen_to_quotes(doc, drafts, quotes)
    _attach_hedges(doc, drafts)
    _link_contained(drafts)
    _source_from_context(drafts)
    resolver = Resolver(doc)
    clusters = _resolve(drafts, resolver)
    _link_owners(drafts, clusters)
    _read_stance(drafts, clusters)
    _link_targets(drafts, clusters)
    _inherit_stance(drafts)
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
        drafts.extend(_fold_agentless(sentence_drafts))
    drafts.sort(key=lambda d: (d.cue_span.start, d.cue_span.end))
    return drafts


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


def _inherit_stance(drafts: list[Draft]) -> None:
    """A quote given in the course of a denial denies too: "The Kremlin denied the report,
    with spokesman Dmitry Peskov telling the agency that “No such thing ever happened.”"
    Only a participle ("telling", "saying") carries it on: a report joined to a denial with
    its own subject stands apart ("Grimm has denied wrongdoing, and the FBI hasn't accused
    him"), and so does the report a denial answers ("denied it after Reuters reported")."""
    for draft in drafts:
        if draft.stance != "assert" or draft.cue.head.tag_ != "VBG":
            continue
        ancestors = _governing_heads(draft.cue.head)
        for other in drafts:
            if other.stance in {"deny", "confirm"} and other.cue.head in ancestors:
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
    not comment on leaks" refuses; "that was 'simply wrong'" denies the claim just made;
    a negated claim that shares its words with another source's earlier claim denies it."""
    for index, draft in enumerate(drafts):
        if draft.stance != "assert" or draft.cue.frame != "verb":
            continue
        earlier = drafts[:index]
        tokens = content_tokens(draft.cue.head.doc, draft.content)
        if refuses(tokens):
            draft.stance = "decline"
        elif calls_claim_false(draft.cue.head.lemma_.lower(), tokens):
            draft.stance = "deny"
            draft.target = _answered(draft, earlier, clusters) or _latest_claim(
                draft, earlier, clusters
            )
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
        if draft.mention is None:
            continue
        key = id(draft.mention)
        if key not in resolved:
            cluster = resolver.cluster_for(draft.mention)
            if cluster is None:
                continue
            resolved[key] = cluster
        clusters[id(draft)] = resolved[key]
    return clusters


def _link_owners(drafts: list[Draft], clusters: dict[int, Cluster]) -> None:
    """ "one of Reuters' sources", "people interviewed by Reuters": nest under the latest
    attribution of that outlet."""
    for index, draft in enumerate(drafts):
        owner = _owner_of(draft)
        if draft.parent is not None or owner is None:
            continue
        for earlier in reversed(drafts[:index]):
            cluster = clusters.get(id(earlier))
            if cluster is not None and cluster.kind == "outlet" and cluster.name == owner:
                draft.parent = earlier
                break


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
    """A denial or confirmation answers the report it names or the claim it repeats; a
    refusal answers only a report it names ("declined to comment on the report")."""
    for index, draft in enumerate(drafts):
        if draft.stance == "assert" or draft.target is not None:
            continue
        draft.target = _answered(draft, drafts[:index], clusters)
        if draft.target is None and draft.stance != "decline":
            tokens = content_tokens(draft.cue.head.doc, draft.content)
            draft.target = _contradicted(draft, tokens, drafts[:index], clusters)


def _claims_by_others(
    draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster]
) -> list[Draft]:
    """The earlier claims another source made: what a denial can answer."""
    own = clusters.get(id(draft))
    return [
        d
        for d in earlier
        if clusters.get(id(d)) is not own and d.stance == "assert" and d.cue.frame != "hedge"
    ]


def _answered(draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster]) -> Draft | None:
    """The report a content names: by its outlet ("the Reuters report"), by its source
    ("Obama's concerns"), else, for "the report" or "the allegations", the claim it shares
    most words with or the latest one a few sentences back. None when it names none: "denied
    any role in the attacks" answers no report of the article."""
    others = _claims_by_others(draft, earlier, clusters)
    content = draft.content.text
    for _, _, outlet in outlets_in(content):
        for candidate in others:
            cluster = clusters.get(id(candidate))
            if cluster is not None and cluster.name == outlet.name and candidate.parent is None:
                return candidate
    words = {w.strip("’'.,;:").removesuffix("s") for w in content.lower().split()}
    if not words & CLAIM_NOUNS:
        return None
    for candidate in reversed(others):
        cluster = clusters.get(id(candidate))
        if cluster is not None and cluster.kind != "outlet" and cluster.name in content:
            return candidate
    tokens = content_tokens(draft.cue.head.doc, draft.content)
    return _contradicted(draft, tokens, earlier, clusters) or _latest_claim(
        draft, [d for d in earlier if d.parent is None], clusters
    )


def _latest_claim(draft: Draft, earlier: list[Draft], clusters: dict[int, Cluster]) -> Draft | None:
    """The latest claim by another source a few sentences back: what "that" or "the
    allegation" points to."""
    recent = [
        d
        for d in _claims_by_others(draft, earlier, clusters)
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
    doc = draft.cue.head.doc
    contradicted = [
        d
        for d in _claims_by_others(draft, earlier, clusters)
        if d is not draft.parent and contradicts(negation, tokens, content_tokens(doc, d.content))
    ]
    return contradicted[-1] if contradicted else None


def _contradicted(
    draft: Draft, tokens: list[Token], earlier: list[Draft], clusters: dict[int, Cluster]
) -> Draft | None:
    """The earlier claim by another source that shares most words with this one, when it
    shares enough to be about the same thing ("denied that customer files were exposed")."""
    best, most = None, CONTRADICTION_MIN_SHARED - 1
    doc = draft.cue.head.doc
    for candidate in _claims_by_others(draft, earlier, clusters):
        if candidate is draft.parent:
            continue
        shared = shared_words(tokens, content_tokens(doc, candidate.content))
        if shared >= most:
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
            kind=content_kind(draft.content_parts or [draft.content], quotes),
            stance=draft.stance,
            parent=numbers.get(id(draft.parent)) if draft.parent else None,
            target=numbers.get(id(draft.target)) if draft.target else None,
            hedges=tuple(dict.fromkeys(draft.hedges)),
            sentence=draft.sentence,
            content_parts=tuple(draft.content_parts),
        )
        for draft in drafts
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
    context). Attributions are renumbered a1, a2, ... in document order, parents and
    targets following, and their kind is read from the quotation marks."""
    quotes = quotes_of(doc)
    by_id = {source.id: source for source in known}
    ordered = sorted(attributions, key=lambda a: (a.cue.start, a.cue.end))
    resolver = Resolver(doc)
    clusters: dict[str, Cluster] = {}
    for attribution, span in sorted(_source_words(ordered, by_id), key=lambda p: p[1].start):
        mention = mention_at(doc, span)
        cluster = resolver.cluster_for(mention) if mention is not None else None
        if cluster is not None:
            clusters[attribution.id] = cluster
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
