"""Source resolution: which mentions name the same source, across the whole article.

No coreference model can be downloaded, so the resolver works from what news style
gives: full names then surnames ("Dmitry Kozak" ... "Kozak"), titles and appositions
("Putin's chief envoy"), outlet epithets ("the British news agency" -> Reuters), and
pronouns that point back to the most recent compatible speaker ("he", "she", "they").
Unnamed sources stay apart unless a definite phrase points back ("the source").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from reportedly.attribution.mentions import Mention, fullest_name, is_outlet_epithet
from reportedly.attribution.outlets import outlets_in
from reportedly.doctext import text_of
from reportedly.lang.en.outlets import Outlet, lookup_name
from reportedly.lang.en.sources import PERSON_PRONOUNS
from reportedly.lang.en.titles import TITLE_WORDS
from reportedly.model import Source, SourceKind, Span

PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "person": frozenset({"person", "anonymous"}),
    "speaker": frozenset({"person", "anonymous"}),
    "group": frozenset({"group", "anonymous", "organization", "outlet"}),
    "thing": frozenset({"organization", "outlet", "document"}),
}
FEMININE = frozenset({"she", "her"})
MASCULINE = frozenset({"he", "him"})
DEFINITE = re.compile(r"^(the|this|that)\s", re.IGNORECASE)


@dataclass(slots=True)
class Cluster:
    """One source as it is being built from its mentions."""

    kind: SourceKind
    name: str
    role: str | None = None
    description: str | None = None
    count: int | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()


class Resolver:
    """Resolves mentions in document order; ``cluster_for`` answers one mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[Cluster] = []
        self.recent: list[Cluster] = []

    def cluster_for(self, mention: Mention) -> Cluster | None:
        """The source this mention names, creating it on first mention."""
        if mention.pronoun is not None:
            cluster = self._antecedent(mention)
        elif mention.epithet:
            cluster = self._recent_outlet() or self._new(mention)
        else:
            cluster = self._matching(mention) or self._new(mention)
        if cluster is None:
            return None
        self._add_mention(cluster, mention)
        return cluster

    def _new(self, mention: Mention) -> Cluster:
        cluster = Cluster(
            kind=mention.kind,
            name=mention.name,
            role=mention.role,
            description=mention.description,
            count=mention.count,
        )
        if mention.role:
            cluster.aliases.add(_alias_key(mention.role))
        self.clusters.append(cluster)
        return cluster

    def _add_mention(self, cluster: Cluster, mention: Mention) -> None:
        if mention.span not in cluster.mentions:
            cluster.mentions.append(mention.span)
        if mention.kind == "person" and len(mention.name) > len(cluster.name):
            cluster.name = mention.name
        if cluster.role is None and mention.role:
            cluster.role = mention.role
            cluster.aliases.add(_alias_key(mention.role))
        if mention.pronoun in FEMININE | MASCULINE:
            cluster.gender = "f" if mention.pronoun in FEMININE else "m"
        if cluster in self.recent:
            self.recent.remove(cluster)
        self.recent.append(cluster)

    def _matching(self, mention: Mention) -> Cluster | None:
        if mention.kind in {"anonymous", "group", "document"}:
            return self._definite_reference(mention)
        key = _alias_key(mention.name)
        for cluster in reversed(self.recent):
            if cluster.kind == "person" and mention.kind == "person":
                if _same_person(cluster.name, mention.name):
                    return cluster
            elif _alias_key(cluster.name) == key and cluster.kind == mention.kind:
                return cluster
            if key in cluster.aliases or _role_reference(mention, key, cluster):
                return cluster
        return None

    def _definite_reference(self, mention: Mention) -> Cluster | None:
        """ "the source", "the report": the latest unnamed source of that kind."""
        if not DEFINITE.match(mention.span.text) or mention.description:
            return None
        head = mention.name.split()[-1].lower()
        for cluster in reversed(self.recent):
            if cluster.kind == mention.kind and cluster.name.split()[-1].lower() == head:
                return cluster
        return None

    def _antecedent(self, mention: Mention) -> Cluster | None:
        """What a pronoun refers to: a person who is the subject of its own or the previous
        sentence (the most salient one, "Nancy Pelosi ... tried to play down any split with
        Mr. Obama. “...,” she said."), else the most recent compatible source, else the
        latest named person."""
        pronoun = mention.pronoun or ""
        wanted = PRONOUN_KINDS[_pronoun_kind(pronoun)]
        subject = self._person_subject_before(mention.span.start) if "person" in wanted else None
        if subject is not None:
            return subject
        for cluster in reversed(self.recent):
            singular = (
                cluster.kind != "anonymous"
                or cluster.count == 1
                or pronoun not in (FEMININE | MASCULINE)
            )
            if cluster.kind in wanted and singular and _gender_fits(cluster, pronoun):
                return cluster
        if "person" in wanted:
            return self._person_before(mention.span.start)
        return None

    def _person_subject_before(self, position: int) -> Cluster | None:
        """A named person who is a subject before ``position`` in its sentence or the one
        before it, nearest first."""
        here = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if here is None:
            return None
        sentence = here[0].sent
        earliest = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        subjects = [
            e
            for e in self.doc.ents
            if e.label_ == "PERSON"
            and earliest <= e.start
            and e.end_char <= position
            and e.root.dep_ in {"nsubj", "nsubjpass"}
        ]
        return self._cluster_for_entity(subjects[-1]) if subjects else None

    def _person_before(self, position: int) -> Cluster | None:
        """A person named in the text before a pronoun, though not yet a source."""
        people = [e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= position]
        if not people:
            return None
        return self._cluster_for_entity(people[-1])

    def _cluster_for_entity(self, entity: SpacySpan) -> Cluster:
        name = Mention(
            Span(entity.text, entity.start_char, entity.end_char),
            entity.start,
            "person",
            entity.text,
        )
        cluster = self._matching(name) or self._new(name)
        self._add_mention(cluster, name)
        return cluster

    def _recent_outlet(self) -> Cluster | None:
        return next((c for c in reversed(self.recent) if c.kind == "outlet"), None)

    def sources(self) -> tuple[tuple[Source, ...], dict[int, str]]:
        """The finished sources, ids in order of first mention, and cluster -> id."""
        for cluster in self.clusters:
            if cluster.kind == "person":
                name, role = fullest_name(self.doc, cluster.name)
                cluster.name, cluster.role = name, cluster.role or role
        ordered = sorted(self.clusters, key=lambda c: min(m.start for m in c.mentions))
        ids = {id(cluster): f"s{n}" for n, cluster in enumerate(ordered, start=1)}
        sources = tuple(
            Source(
                id=ids[id(cluster)],
                kind=cluster.kind,
                name=cluster.name,
                role=cluster.role,
                description=cluster.description,
                count=cluster.count,
                mentions=tuple(sorted(self._all_mentions(cluster), key=lambda s: s.start)),
            )
            for cluster in ordered
        )
        return sources, ids

    def _all_mentions(self, cluster: Cluster) -> Iterator[Span]:
        """Mentions as sources, plus every other place the text names the same source."""
        seen = {(m.start, m.end) for m in cluster.mentions}
        yield from cluster.mentions
        for span in self._name_occurrences(cluster):
            overlaps = any(s <= span.start < e or span.start <= s < span.end for s, e in seen)
            if not overlaps:
                seen.add((span.start, span.end))
                yield span

    def _name_occurrences(self, cluster: Cluster) -> Iterator[Span]:
        text = text_of(self.doc)
        if cluster.kind == "outlet":
            outlet = lookup_name(cluster.name)
            for start, end, found in outlets_in(text):
                if outlet is not None and found == outlet:
                    yield Span(text[start:end], start, end)
            yield from (span for span, named in self._epithets if named == outlet)
            return
        if cluster.kind not in {"person", "organization"}:
            return
        forms = {cluster.name}
        if cluster.kind == "person" and " " in cluster.name:
            forms.add(cluster.name.split()[-1])
        pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        for match in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text):
            yield Span(match.group(0), match.start(), match.end())

    @cached_property
    def _epithets(self) -> list[tuple[Span, Outlet]]:
        """Definite outlet descriptions ("the British news agency"), each with the outlet
        last named before it."""
        named = list(outlets_in(text_of(self.doc)))
        found: list[tuple[Span, Outlet]] = []
        for chunk in self.doc.noun_chunks:
            definite = chunk[0].lower_ == "the"
            if not definite or not is_outlet_epithet(chunk.root):
                continue
            before = [outlet for start, _, outlet in named if start < chunk.start_char]
            if before and next(outlets_in(chunk.text), None) is None:
                span = Span(chunk.text, chunk.start_char, chunk.end_char)
                found.append((span, before[-1]))
        return found


def _role_reference(mention: Mention, key: str, cluster: Cluster) -> bool:
    """ "Putin's chief envoy" names the person whose role or apposition began so."""
    head = key.split()[-1] if key else ""
    if cluster.kind != "person" or mention.kind == "person" or head not in TITLE_WORDS:
        return False
    return any(alias.startswith(key) for alias in cluster.aliases)


def _pronoun_kind(pronoun: str) -> str:
    return PERSON_PRONOUNS[pronoun]


def _gender_fits(cluster: Cluster, pronoun: str) -> bool:
    if cluster.gender is None or pronoun not in FEMININE | MASCULINE:
        return True
    return (cluster.gender == "f") == (pronoun in FEMININE)


def _same_person(known: str, new: str) -> bool:
    """ "Kozak" and "Dmitry Kozak" are one person; "Dmitry Peskov" and "Dmitry Kozak" not."""
    known_words, new_words = known.lower().split(), new.lower().split()
    if known_words[-1] != new_words[-1]:
        return False
    shorter, longer = sorted((known_words, new_words), key=len)
    return all(word in longer for word in shorter)


def _alias_key(text: str) -> str:
    return DEFINITE.sub("", text.strip()).lower()
