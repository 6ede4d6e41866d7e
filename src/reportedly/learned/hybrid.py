"""Learned attributions as the project's ``Attribution`` records, alone or merged with rules.

``to_attributions`` turns ``LearnedAttribution``s into ``model.Attribution``s (ids ``m1``,
``m2``, ...; a source id is taken from the rule sources whose mention the learned source
overlaps), so that the PolNeAR scorer, the renderers and the JSON schema take them as they
take the rules' output. ``combine`` merges them with the rules' attributions under one of
the ``POLICIES``; ``hybrid_attributions`` does both for a parsed Doc (``DEFAULT_POLICY``):

- ``model``: the learned attributions alone;
- ``add``: the rules' attributions, plus every learned one whose cue overlaps no rule cue;
- ``add+source`` / ``add+content`` / ``add+both``: ``add``, and where a learned cue
  overlaps a rule cue, the learned source (content) replaces the rule's when it has one;
- ``model+records``: the learned attributions, each taking the record of a rule attribution
  whose cue it overlaps (its id, stance, hedges, and its parent and target where those are
  kept too): the learned spans with the rules' reading of them; a chain the rules read (a
  claim and the attributions citing deeper sources of it: "Reuters reported X, citing three
  unnamed sources") is kept whole, all its links as the rules have them, when the tagger
  found any of its cues, since the tagger knows no chains;
- ``model+add``: the learned attributions, plus every rule one whose cue overlaps no
  learned cue;
- ``model+add+fill``: ``model+add``, and a learned attribution without a source takes the
  source of a rule attribution whose cue it overlaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal, get_args

from spacy.tokens import Doc

from reportedly.attribution.extract import content_kind
from reportedly.attribution.quotes import Quote, find_quotes
from reportedly.learned.tagger import LearnedAttribution, TaggedSpan, learned_attributions
from reportedly.model import Attribution, Source, Span
from reportedly.nlp import text_of

Policy = Literal[
    "model",
    "model+records",
    "add",
    "add+source",
    "add+content",
    "add+both",
    "model+add",
    "model+add+fill",
]
POLICIES: tuple[Policy, ...] = get_args(Policy)
DEFAULT_POLICY: Policy = "model+records"
"""Selected on PolNeAR dev by whole-relation F1 (with the shipped tagger 70.4, 0.1 behind
``model`` and ahead of ``model+add`` 69.0, ``add`` 65.1 and the rules' 54.8; see the model
card): the learned spans, which lead every exact F1, with the rules' reading of them
(stance, hedges, chains), where ``model`` alone would drop that reading."""


def to_attributions(
    learned: Sequence[LearnedAttribution], text: str, sources: Sequence[Source] = ()
) -> tuple[Attribution, ...]:
    """The learned attributions as ``Attribution`` records over ``text``."""
    quotes = find_quotes(text)
    return tuple(
        _attribution(f"m{n}", found, text, sources, quotes)
        for n, found in enumerate(learned, start=1)
    )


def _attribution(
    id_: str,
    found: LearnedAttribution,
    text: str,
    sources: Sequence[Source],
    quotes: tuple[Quote, ...],
) -> Attribution:
    parts = tuple(_span(piece, text) for piece in found.content)
    content = Span(text[parts[0].start : parts[-1].end], parts[0].start, parts[-1].end)
    source_span = _span(found.source, text) if found.source else None
    return Attribution(
        id=id_,
        source=_source_id(source_span, sources),
        source_span=source_span,
        cue=_span(found.cue, text),
        content=content,
        kind=content_kind(parts, quotes),
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


def hybrid_attributions(
    doc: Doc,
    rules: Sequence[Attribution],
    sources: Sequence[Source] = (),
    *,
    policy: Policy = DEFAULT_POLICY,
    spans: Sequence[TaggedSpan] | None = None,
) -> tuple[Attribution, ...]:
    """The rules' attributions of a parsed Doc merged with the shipped tagger's (from its
    ``spans`` when they were tagged already)."""
    learned = to_attributions(learned_attributions(doc, spans=spans), text_of(doc), sources)
    return combine(rules, learned, policy)


def combine(
    rules: Sequence[Attribution], learned: Sequence[Attribution], policy: Policy
) -> tuple[Attribution, ...]:
    """The rules' and the learned attributions merged under ``policy`` (see module doc)."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}; one of {', '.join(POLICIES)}")
    if policy == "model":
        return tuple(learned)
    if policy == "model+records":
        return _with_rule_records(learned, rules)
    if policy.startswith("model+add"):
        fill = policy == "model+add+fill"
        merged = [_filled(m, rules) if fill else m for m in learned]
        extra = _not_overlapping(rules, learned)
    else:
        merged = [_replaced(rule, learned, policy) for rule in rules]
        extra = _not_overlapping(learned, rules)
    return tuple(sorted([*merged, *extra], key=lambda a: (a.cue.start, a.cue.end)))


def _not_overlapping(
    candidates: Sequence[Attribution], kept: Sequence[Attribution]
) -> list[Attribution]:
    return [c for c in candidates if not any(_overlap(c.cue, k.cue) for k in kept)]


def _filled(learned: Attribution, rules: Sequence[Attribution]) -> Attribution:
    if learned.source_span is not None:
        return learned
    match = next(
        (r for r in rules if r.source_span is not None and _overlap(r.cue, learned.cue)), None
    )
    if match is None:
        return learned
    return replace(learned, source=match.source, source_span=match.source_span)


def _replaced(rule: Attribution, learned: Sequence[Attribution], policy: Policy) -> Attribution:
    match = next((m for m in learned if _overlap(m.cue, rule.cue)), None)
    if match is None or policy == "add":
        return rule
    if policy in ("add+source", "add+both") and match.source_span is not None:
        rule = replace(rule, source=match.source or rule.source, source_span=match.source_span)
    if policy in ("add+content", "add+both"):
        rule = replace(rule, content=match.content, content_parts=match.content_parts)
    return rule


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


def _with_rule_records(
    learned: Sequence[Attribution], rules: Sequence[Attribution]
) -> tuple[Attribution, ...]:
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
        merged.append(
            replace(
                found,
                id=rule.id,
                stance=rule.stance,
                hedges=rule.hedges,
                parent=rule.parent,
                target=rule.target,
            )
        )
    chains = {roots[id_] for id_ in taken if id_ in roots}
    merged += [r for r in rules if roots.get(r.id) in chains]
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
