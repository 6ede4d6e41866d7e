"""Learned attributions as the project's ``Attribution`` records, and their merge with the rules'.

``to_attributions`` turns ``LearnedAttribution``s into ``model.Attribution``s (ids ``m1``,
``m2``, ...; a source id is taken from the rule sources whose mention the learned source
overlaps), so that the scorers, the renderers and the JSON schema take them as they take
the rules' output. ``with_rule_records`` merges them with the rules' attributions: each
learned attribution takes the record of a rule attribution whose cue it overlaps (its id,
stance, hedges, and its parent and target where those are kept too): the learned spans with
the rules' reading of them. A chain the rules read (a claim and the attributions citing
deeper sources of it: "Reuters reported X, citing three unnamed sources") is kept whole,
all its links as the rules have them, when the tagger found any of its cues, since the
tagger knows no chains. Every rule attribution whose cue no learned one overlaps is kept
too (a refusal, a denial, a chain link, a quote the tagger missed): the merge is a union,
never a replacement of what the rules found. A learned attribution no rule one reads
takes the stance the rules read of its cue (``attribution.cue_stance``: "also disputed
the allegations" denies). On the records benchmark that union finds
more attributions with the right speaker and stance than the learned attributions alone
(3.7 / 6.5 points, basil / styles, when measured), at 1.3 to 1.6 points of PolNeAR dev exact
F1 (``docs/experiments.md``, 2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from reportedly.attribution import Quote, content_kind, cue_stance, quotes_of
from reportedly.doctext import text_of
from reportedly.learned.tagger import LearnedAttribution, TaggedSpan
from reportedly.model import Attribution, Source, Span


def to_attributions(
    doc: Doc, learned: Sequence[LearnedAttribution], sources: Sequence[Source] = ()
) -> tuple[Attribution, ...]:
    """The learned attributions of a parsed Doc as ``Attribution`` records."""
    text, quotes = text_of(doc), quotes_of(doc)
    return tuple(
        _attribution(doc, f"m{n}", found, text, sources, quotes)
        for n, found in enumerate(learned, start=1)
    )


def _attribution(
    doc: Doc,
    id_: str,
    found: LearnedAttribution,
    text: str,
    sources: Sequence[Source],
    quotes: tuple[Quote, ...],
) -> Attribution:
    parts = tuple(_span(piece, text) for piece in found.content)
    content = Span(text[parts[0].start : parts[-1].end], parts[0].start, parts[-1].end)
    source_span = _span(found.source, text) if found.source else None
    cue_words = doc.char_span(found.cue.start, found.cue.end, alignment_mode="expand")
    return Attribution(
        id=id_,
        source=_source_id(source_span, sources),
        source_span=source_span,
        cue=_span(found.cue, text),
        content=content,
        kind=content_kind(parts, quotes),
        stance=cue_stance(cue_words) if cue_words is not None else "assert",
        sentence=found.sentence,
        content_parts=parts if len(parts) > 1 else (),
    )


def _span(tagged: TaggedSpan, text: str) -> Span:
    return Span(text[tagged.start : tagged.end], tagged.start, tagged.end)


def _source_id(span: Span | None, sources: Sequence[Source]) -> str | None:
    if span is None:
        return None
    return next(
        (s.id for s in sources for m in s.mentions if _overlap(m, span)),
        None,
    )


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _cites(rule: Attribution, rules: Sequence[Attribution]) -> bool:
    """Whether a rule attribution is a deeper source of its parent's own claim ("Reuters
    reported X, citing three unnamed sources"): same content, one link down the chain."""
    parent = next((r for r in rules if r.id == rule.parent), None)
    return parent is not None and parent.content == rule.content


def _chain_roots(rules: Sequence[Attribution]) -> dict[str, str]:
    """For each rule attribution in a citing chain (one that cites a deeper source of its
    parent's claim, or such a parent), the id of the chain's first attribution."""
    by_id = {r.id: r for r in rules}
    parents = {r.id: r.parent for r in rules if r.parent is not None and _cites(r, rules)}

    def root(id_: str) -> str:
        while id_ in parents:
            id_ = parents[id_]
        return id_

    members = set(parents) | set(parents.values())
    return {id_: root(id_) for id_ in members if id_ in by_id}


def with_rule_records(
    learned: Sequence[Attribution], rules: Sequence[Attribution]
) -> tuple[Attribution, ...]:
    """The learned attributions with the rules' records of the same cues (module doc)."""
    roots = _chain_roots(rules)
    taken: set[str] = set()
    merged: list[Attribution] = []
    for found in learned:
        rule = next((r for r in rules if r.id not in taken and _overlap(r.cue, found.cue)), None)
        if rule is None:
            merged.append(found)
            continue
        taken.add(rule.id)
        if rule.id in roots:
            continue  # the rules read chains ("reported ..., citing ...") whole: see below
        merged.append(read_by_the_rule(found, rule, rules))
    chains = {roots[id_] for id_ in taken if id_ in roots}
    merged += [r for r in rules if roots.get(r.id) in chains]
    merged += _missed_by_the_tagger(rules, merged)
    from_rules = {rule.id for rule in rules}
    merged = [a for a in merged if a.id in from_rules or not _a_hedge_of_another(a, merged)]
    merged.sort(key=lambda a: (a.cue.start, a.cue.end))
    ids = {a.id for a in merged}
    return tuple(
        replace(
            a,
            parent=a.parent if a.parent in ids else None,
            target=a.target if a.target in ids else None,
        )
        for a in merged
    )


def read_by_the_rule(
    found: Attribution, rule: Attribution, rules: Sequence[Attribution]
) -> Attribution:
    """A learned attribution with the record of the rule attribution of the same cue: its
    id, stance, hedges, parent and target; its source where the tagger linked none
    ("..., a person close to Kozak was quoted as saying"); its content where the tagger
    linked the cue to a content the rules give another cue, and the rule's own differs
    ("Reuters reported X. 'Y,' one source was quoted as saying": Y is not Reuters')."""
    read = replace(
        found,
        id=rule.id,
        stance=rule.stance,
        hedges=rule.hedges,
        parent=rule.parent,
        target=rule.target,
    )
    speaker_in_claim = found.source_span is not None and any(
        _overlap(found.source_span, part) for part in _parts(rule)
    )  # "Kozak was said to have secured": the rules' Kozak is in the claim, not its speaker
    if speaker_in_claim or (found.source_span is None and rule.source is not None):
        read = replace(read, source=rule.source, source_span=rule.source_span)
    if speaker_in_claim or _claimed_by_another(found, rule, rules):
        read = replace(read, content=rule.content, content_parts=rule.content_parts, kind=rule.kind)
    return read


def _parts(attribution: Attribution) -> tuple[Span, ...]:
    return attribution.content_parts or (attribution.content,)


def _a_hedge_of_another(found: Attribution, merged: Sequence[Attribution]) -> bool:
    """Whether an attribution's cue is a hedge the rules read in another attribution's
    content ("Reuters reported Putin reportedly expanded ...")."""
    return any(
        other is not found
        and found.cue.text.lower() in other.hedges
        and any(part.start <= found.cue.start < part.end for part in _parts(other))
        for other in merged
    )


def _claimed_by_another(
    found: Attribution, rule: Attribution, rules: Sequence[Attribution]
) -> bool:
    """Whether the tagger's content misses the rule's and the rules read it as another
    cue's content."""
    if _overlap(found.content, rule.content):
        return False
    return any(_overlap(found.content, other.content) for other in rules if other.id != rule.id)


def _missed_by_the_tagger(
    rules: Sequence[Attribution], merged: Sequence[Attribution]
) -> list[Attribution]:
    """The rules' attributions that nothing merged so far reads: no cue overlaps theirs."""
    kept = {a.id for a in merged}
    return [
        rule
        for rule in rules
        if rule.id not in kept and not any(_overlap(rule.cue, a.cue) for a in merged)
    ]
