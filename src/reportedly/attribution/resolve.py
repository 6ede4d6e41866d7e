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
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from reportedly.attribution.mentions import (
    Mention,
    first_name_gender,
    fullest_name,
    fullest_organization,
    is_outlet_epithet,
    organization_names,
    surname_of,
)
from reportedly.attribution.outlets import outlets_in
from reportedly.attribution.quotes import quote_at, quotes_of
from reportedly.data.outlets import Outlet, lookup_name
from reportedly.doctext import paragraph_break, text_of
from reportedly.lang.en.cues import CUE_VERBS
from reportedly.lang.en.function_words import (
    ARTICLES,
    DEFINITE_DETERMINERS,
    FEMININE_PRONOUNS,
    INDEFINITE_ARTICLES,
    MASCULINE_PRONOUNS,
    NAME_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
)
from reportedly.lang.en.sources import (
    ANONYMOUS_SOURCE_NOUNS,
    COMPANY_NOUNS,
    PERSON_PRONOUNS,
    SPOKESPERSON_NOUNS,
)
from reportedly.lang.en.titles import (
    GENDERED_TITLES,
    HONORIFICS,
    OFFICE_TITLES,
    TITLE_FORMS,
    TITLE_WORDS,
)
from reportedly.model import Source, SourceKind, Span

PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "person": frozenset({"person", "anonymous"}),
    "speaker": frozenset({"person", "anonymous"}),
    "group": frozenset({"group", "anonymous", "organization", "outlet"}),
    "thing": frozenset({"organization", "outlet", "document"}),
}
GENDERED_PRONOUNS = FEMININE_PRONOUNS | MASCULINE_PRONOUNS
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
"""Dependencies of a clause a speech verb reports, "said [Anne Price was wrong]"."""
DEFINITE = re.compile(rf"^({'|'.join(sorted(DEFINITE_DETERMINERS))})\s", re.IGNORECASE)
POINTING_BACK = re.compile(
    rf"^({'|'.join(sorted(DEFINITE_DETERMINERS | POSSESSIVE_DETERMINERS))})\s", re.IGNORECASE
)
"""A determiner by which a name points back to one named before: "the office", "her
office"."""
DETERMINER = re.compile(r"^(the|this|that|these|those|a|an)\s+", re.IGNORECASE)
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
"""Parts of speech of the words of a title before a name ("FBI Director Chris Wray")."""
NAMED_KINDS = frozenset({"person", "organization", "unknown"})
"""Kinds of a source named by a proper name, which the tagger may read either way."""


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


class Resolver:
    """Resolves mentions in document order; ``cluster_for`` answers one mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[Cluster] = []
        self.recent: list[Cluster] = []
        self._by_place: dict[tuple[int, int], Cluster] = {}

    def cluster_for(self, mention: Mention) -> Cluster | None:
        """The source this mention names, creating it on first mention. The same words
        read again for another cue ("A spokesman said he could not confirm, deny or
        comment") name the same source."""
        place = (mention.span.start, mention.span.end)
        known = self._by_place.get(place)
        if known is not None:
            self._add_mention(known, mention)
            return known
        if mention.pronoun is not None:
            cluster = self._antecedent(mention)
        elif mention.epithet:
            cluster = self._recent_outlet() or self._new(mention)
        else:
            mention = self._organization_meant(mention)
            cluster = self._matching(mention) or self._new(mention)
        if cluster is None:
            return None
        self._add_mention(cluster, mention)
        self._by_place[place] = cluster
        return cluster

    def _organization_meant(self, mention: Mention) -> Mention:
        """ "the company", "the department": the organization last named whose kind the
        noun says, named in full, so that it joins that organization's source."""
        name = mention.name
        if (
            mention.kind not in {"organization", "unknown"}
            or not DEFINITE.match(mention.span.text)
            or " " in name
            or not name.islower()
        ):
            return mention
        named = self._organization_before(name, mention.span.start)
        return mention if named is None else replace(mention, kind="organization", name=named)

    def _organization_before(self, noun: str, position: int) -> str | None:
        """The latest organization named before ``position``, outside quotes, that a
        definite ``noun`` can mean: any for "company", one with the noun in its name for
        "department"."""
        quotes = quotes_of(self.doc)
        for entity in reversed(organization_names(self.doc)):
            text = entity.text
            if entity.end_char > position or quote_at(quotes, entity.start_char) is not None:
                continue
            fits = noun in COMPANY_NOUNS or noun in text.lower().split()
            if fits and next(outlets_in(text), None) is None:
                return text
        return None

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
        longer = mention.kind == "person" and len(mention.name) > len(cluster.name)
        if longer and (cluster.kind != "person" or _same_person(cluster.name, mention.name)):
            # "Kozak" becomes "Dmitry Kozak", never "Toughest Sheriff" (a title meant him).
            cluster.name = mention.name
        if cluster.kind == "unknown":
            cluster.kind = mention.kind
        if cluster.role is None and mention.role:
            cluster.role = mention.role
            cluster.aliases.add(_alias_key(mention.role))
        if mention.pronoun in GENDERED_PRONOUNS:
            cluster.gender = "f" if mention.pronoun in FEMININE_PRONOUNS else "m"
        if cluster in self.recent:
            self.recent.remove(cluster)
        self.recent.append(cluster)

    def _matching(self, mention: Mention) -> Cluster | None:
        titled = self._titled_person(mention)
        if titled is not None:
            return titled
        if mention.kind == "document" and DEFINITE.match(mention.span.text):
            author = self._statement_author(mention)
            if author is not None:
                return author
        if mention.kind in {"anonymous", "group", "document"}:
            return (
                self._introduced_person(mention)
                or self._same_generic(mention)
                or self._definite_reference(mention)
            )
        key = _alias_key(mention.name)
        for cluster in reversed(self.recent):
            named = {cluster.kind, mention.kind} <= NAMED_KINDS
            # A name once seen as a person stays that person ("Pence" tagged ORG later).
            if cluster.kind == "person" and named:
                if _same_person(cluster.name, mention.name):
                    return cluster
            elif _alias_key(cluster.name) == key and (cluster.kind == mention.kind or named):
                return cluster
            if key in cluster.aliases or _role_reference(mention, key, cluster):
                return cluster
        return None

    def _titled_person(self, mention: Mention) -> Cluster | None:
        """ "the chief justice", "the congressman", "The self-titled America's Toughest
        Sheriff": a person already named, called by a definite title alone; the latest
        person named with that title ("Rep. Grimm" for "the congressman"), else for an office
        (``OFFICE_TITLES``) the latest person named of the title's sex. An unnamed position
        ("the official") is not, nor a role no one named holds ("the reporter asks")."""
        head = mention.name.split()[-1].lower()
        if (
            mention.kind not in {"anonymous", "unknown", "person"}
            or mention.count not in {None, 1}
            or mention.description
            or not DEFINITE.match(mention.span.text)
            or head not in TITLE_WORDS
            or head in ANONYMOUS_SOURCE_NOUNS
        ):
            return None
        before = [e for e in self._unquoted_people if e.end_char <= mention.span.start]
        titled = [e for e in before if self._carries(e.text, head)]
        sex = GENDERED_TITLES.get(head)
        fitting = [
            e
            for e in before
            if head in OFFICE_TITLES and (sex is None or self._entity_gender(e) in {None, sex})
        ]
        chosen = titled or fitting
        return self._cluster_for_entity(chosen[-1]) if chosen else None

    def _introduced_person(self, mention: Mention) -> Cluster | None:
        """ "a security researcher said ... Priya Raman, an independent security researcher,
        wrote": one unnamed person called by a title that a single person of the article
        is named with. An indefinite title counts only before that name: after it, "a
        senator" is another senator."""
        head = mention.name.split()[-1].lower()
        if (
            mention.kind != "anonymous"
            or mention.count != 1
            or mention.description
            or head in ANONYMOUS_SOURCE_NOUNS
            or DEFINITE.match(mention.span.text)
        ):
            return None
        titled = [e for e in self._unquoted_people if self._carries(e.text, head)]
        if len({surname_of(e.text) for e in titled}) != 1:
            return None
        indefinite = mention.span.text.split()[0].lower() in INDEFINITE_ARTICLES
        if indefinite and titled[0].start_char < mention.span.start:
            return None
        return self._cluster_for_entity(titled[0])

    def _carries(self, name: str, title: str) -> bool:
        """Whether the article gives the person of this name the title, in any of its
        forms ("Rep." for "congressman")."""
        forms = TITLE_FORMS.get(title, frozenset()) | {title}
        return not forms.isdisjoint(self._carried_titles.get(surname_of(name), set()))

    @cached_property
    def _carried_titles(self) -> dict[str, set[str]]:
        """Surname -> the words of the titles the article names the person with: before
        the name ("Rep. Michael Grimm"), in apposition to it ("Priya Raman, an independent
        security researcher"), or the noun it stands in apposition to ("Grimm's attorney,
        William McGinley")."""
        found: dict[str, set[str]] = {}
        for entity in self._people:
            words = found.setdefault(surname_of(entity.text), set())
            words.update(t.lower_ for t in _words_before(entity))
            root = entity.root
            words.update(c.lemma_.lower() for c in root.children if c.dep_ == "appos")
            if root.dep_ == "appos":
                words.add(root.head.lemma_.lower())
        return found

    def _statement_author(self, mention: Mention) -> Cluster | None:
        """ "Ryan Zinke said in a statement that ... “...,” the statement said.": the
        statement a named person gave in the sentence before speaks for that person."""
        head = self.doc[mention.head]
        if head.i == 0 or head.sent.start == 0:
            return None
        previous = self.doc[head.sent.start - 1].sent
        for token in previous:
            given_in = token.head
            if token.lower_ != head.lower_ or given_in.lower_ != "in":
                continue
            verb = given_in.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.lemma_.lower() not in CUE_VERBS or not subjects:
                continue
            named = [e for e in self._people if e.start <= subjects[0].i < e.end]
            if named:
                return self._cluster_for_entity(named[-1])
        return None

    def _same_generic(self, mention: Mention) -> Cluster | None:
        """The unnamed source or group named again in the same words, whatever their case
        or article: "Prosecutors" ... "prosecutors", "a spokesman" ... "the spokesman". One
        person named by an indefinite phrase again ("a source") may be another one; a
        different description ("officials in Kyiv", "officials in Moscow") is another."""
        key = _generic_key(mention.name)
        singular = mention.kind == "anonymous" and mention.count == 1
        if singular and not DEFINITE.match(mention.span.text):
            return None
        for cluster in reversed(self.recent):
            described = mention.description and cluster.description
            if (
                cluster.kind == mention.kind
                and _generic_key(cluster.name) == key
                and mention.count in {None, cluster.count}
                and not (described and mention.description != cluster.description)
            ):
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
        """What a pronoun refers to: the nearer of the last speaker and a person who is the
        main subject of its own or the previous sentence (the most salient one, "Nancy
        Pelosi ... tried to play down any split with Mr. Obama. “...,” she said."), else the
        most recent compatible source, else the latest named person; never one whose sex
        the pronoun rules out."""
        pronoun = mention.pronoun or ""
        wanted = PRONOUN_KINDS[_pronoun_kind(pronoun)]
        if "person" in wanted:
            salient = self._salient_person(mention.span.start, pronoun)
            if salient is not None:
                return salient
        for cluster in reversed(self.recent):
            if cluster.kind in wanted and self._fits(cluster, pronoun):
                return cluster
        if "person" in wanted:
            return self._person_before(mention.span.start, pronoun)
        return None

    def _fits(self, cluster: Cluster, pronoun: str) -> bool:
        """Whether a pronoun can name the cluster: "he" or "she" one person of that sex."""
        singular = (
            cluster.kind != "anonymous" or cluster.count == 1 or pronoun not in GENDERED_PRONOUNS
        )
        return singular and _gender_fits(self._gender(cluster), pronoun)

    def _salient_person(self, position: int, pronoun: str) -> Cluster | None:
        """The nearer of the last person who spoke and the last named person who is the
        main subject of this sentence or the one before. A person the speech is about,
        the subject of a clause inside a quote or a reported clause ("Peter Hall said Anne
        Price was wrong. “She knows nothing,” he said."), does not count."""
        speaker = self._last_speaker(pronoun)
        subject = self._person_subject_before(position, pronoun)
        paragraph = self._paragraph_start(position)
        if subject is None and speaker is not None and _last_mention(speaker) < paragraph:
            # a speaker of an earlier paragraph is farther than a person this one is about
            # ("As Mr. Trump approached the podium, ... He did pledge to ...")
            subject = self._person_subject_before(position, pronoun, since=paragraph)
        if subject is None:
            return speaker
        if speaker is not None and _last_mention(speaker) > subject.start_char:
            return speaker
        return self._cluster_for_entity(subject)

    def _last_speaker(self, pronoun: str) -> Cluster | None:
        """The last person who spoke whom the pronoun fits; of the last two, one whose sex
        the article shows to be the pronoun's rather than one whose sex is unknown ("Vieira
        asked Trump if he had people on the ground. He signaled he did": Trump)."""
        fitting = [
            c
            for c in reversed(self.recent)
            if c.kind in {"person", "anonymous"} and self._fits(c, pronoun)
        ]
        if pronoun in GENDERED_PRONOUNS:
            known = [c for c in fitting[:2] if self._gender(c) is not None]
            if known:
                return known[0]
        return fitting[0] if fitting else None

    def _person_subject_before(
        self, position: int, pronoun: str, *, since: int | None = None
    ) -> SpacySpan | None:
        """The last named person of the pronoun's sex who is a subject before ``position``,
        outside quotes and reported clauses, in its sentence or the one before it (or
        from character ``since`` on)."""
        here = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if here is None:
            return None
        if since is None:
            since = self.doc[self._context_start(here[0].sent)].idx
        subjects = [
            e
            for e in self._unquoted_people
            if since <= e.start_char
            and e.end_char <= position
            and e.root.dep_ in {"nsubj", "nsubjpass"}
            and not _reported_clause(e.root.head)
            and _gender_fits(self._entity_gender(e), pronoun)
        ]
        return subjects[-1] if subjects else None

    def _paragraph_start(self, position: int) -> int:
        """Where the paragraph holding character ``position`` begins."""
        text = text_of(self.doc)
        found = text.rfind(self._paragraph_break, 0, position)
        return found + len(self._paragraph_break) if found >= 0 else 0

    @cached_property
    def _paragraph_break(self) -> str:
        return paragraph_break(text_of(self.doc))

    def _context_start(self, sentence: SpacySpan) -> int:
        """Where the context of a sentence begins: at the sentence before it, a quote that
        runs over several sentences counted as one ("Donovan went further. “There is no
        plan. None,” she told ..." reaches back to "Donovan")."""
        quote = quote_at(quotes_of(self.doc), sentence.start_char)
        if quote is not None:
            opening = self.doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
            if opening is not None:
                sentence = opening[0].sent
        return self.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0

    def _person_before(self, position: int, pronoun: str) -> Cluster | None:
        """A person of the pronoun's sex named before it, though not yet a source: one
        named outside quotes first, a quote's words being about others."""
        for people in (self._unquoted_people, self._people):
            fitting = [
                e
                for e in people
                if e.end_char <= position and _gender_fits(self._entity_gender(e), pronoun)
            ]
            if fitting:
                return self._cluster_for_entity(fitting[-1])
        return None

    @cached_property
    def _people(self) -> list[SpacySpan]:
        """PERSON entities, and lone surnames of a PERSON name that the tagger read
        otherwise ("Donovan went further", "Donovan" tagged ORG; "helped Trump make his
        case", "Trump" tagged a verb inside its sentence), in text order."""
        named = [e for e in self.doc.ents if e.label_ == "PERSON"]
        surnames = {surname_of(e.text) for e in named}
        inside = {t.i for e in named for t in e}
        lone = [
            self.doc[t.i : t.i + 1]
            for t in self.doc
            if t.text in surnames
            and t.i not in inside
            and t.lower_ not in TITLE_WORDS
            and (t.pos_ == "PROPN" or t.i != t.sent.start)
        ]
        return sorted(named + lone, key=lambda e: e.start)

    @cached_property
    def _unquoted_people(self) -> list[SpacySpan]:
        quotes = quotes_of(self.doc)
        return [e for e in self._people if quote_at(quotes, e.start_char) is None]

    def _gender(self, cluster: Cluster) -> str | None:
        """A cluster's sex: from a pronoun already resolved to it, else from a gendered
        title ("A spokeswoman"), else from a person's name."""
        if cluster.gender is None:
            titles = [GENDERED_TITLES.get(w.lower()) for w in cluster.name.split()]
            cluster.gender = next((g for g in titles if g), None)
        if cluster.gender is None and cluster.kind == "person":
            cluster.gender = self._name_gender(cluster.name)
        return cluster.gender

    def _entity_gender(self, entity: SpacySpan) -> str | None:
        words = [t.text for t in entity if t.lower_ not in HONORIFICS]
        return self._name_gender(" ".join(words)) if words else None

    def _name_gender(self, name: str) -> str | None:
        """ "m" or "f" for a person's name: from an honorific or gendered title before the
        surname anywhere in the article ("Ms. Pelosi", "spokeswoman Dana Perino"), else
        from the first name of the name's full forms, when they agree."""
        surname = surname_of(name)
        for evidence in (self._titled_genders, self._pronoun_genders):
            found = evidence.get(surname, set())
            if len(found) == 1:
                return next(iter(found))
        forms = [name.split()] + [
            [t.text for t in e if t.lower_ not in HONORIFICS]
            for e in self._people
            if surname_of(e.text) == surname and len(e) > 1
        ]
        genders = {first_name_gender(words[0]) for words in forms if len(words) > 1}
        genders.discard(None)
        return genders.pop() if len(genders) == 1 else None

    @cached_property
    def _titled_genders(self) -> dict[str, set[str]]:
        """Surname -> the sexes its honorifics and titles give ("Mr. Obama": m)."""
        found: dict[str, set[str]] = {}
        for token in self.doc:
            gender = GENDERED_TITLES.get(token.lower_)
            if gender is None:
                continue
            end = token.i + 1
            while end < len(self.doc) and self.doc[end].pos_ == "PROPN":
                end += 1
            if end > token.i + 1:
                found.setdefault(self.doc[end - 1].text, set()).add(gender)
        return found

    @cached_property
    def _pronoun_genders(self) -> dict[str, set[str]]:
        """Surname -> the sexes of the pronouns that can only be theirs, which the article
        knows better than a table of first names ("Dara Coyne ... said he was
        disappointed"): the subject of the clause a lone named speaker's words report, and
        a possessive in the speaker's own apposition ("Hemi Walker, his party's
        spokesman")."""
        found: dict[str, set[str]] = {}
        for entity in self._unquoted_people:
            pronoun = _own_pronoun(entity.root)
            if pronoun is not None and self._alone_in_context(entity):
                gender = "f" if pronoun.lower_ in FEMININE_PRONOUNS else "m"
                found.setdefault(surname_of(entity.text), set()).add(gender)
        return found

    def _alone_in_context(self, entity: SpacySpan) -> bool:
        """Whether no other person is named in the entity's sentence or the one before."""
        sentence = entity.root.sent
        earliest = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        surname = surname_of(entity.text)
        return all(
            surname_of(other.text) == surname
            for other in self._people
            if earliest <= other.start < sentence.end
        )

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
            if cluster.kind == "organization":
                # "the Safari Club" is "Safari Club International" named in full elsewhere.
                bare = DEFINITE.sub("", cluster.name)
                cluster.name = fullest_organization(self.doc, bare) or cluster.name
            if cluster.kind == "anonymous":
                self._name_organization_spoken_for(cluster)
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

    def _name_organization_spoken_for(self, cluster: Cluster) -> None:
        """ "A Halden spokeswoman" -> "A Halden Group spokeswoman", "a representative for
        Obermann" -> "a representative for Obermann Capital", "A spokeswoman for the
        department" -> "... for the Department of Rural and Community Development": who
        speaks for an organization is named with it in full."""
        words = cluster.name.split()
        if not words or words[-1].lower() not in SPOKESPERSON_NOUNS:
            return
        before = " ".join(w for w in words[:-1] if w.lower() not in ARTICLES)
        written = fullest_organization(self.doc, before) if before[:1].isupper() else None
        if written is not None:
            cluster.name = cluster.name.replace(before, written, 1)
            return
        phrase, _, rest = (cluster.description or "").partition(" ")
        if phrase.lower() not in NAME_PREPOSITIONS or not rest:
            return
        first_mention = min(m.start for m in cluster.mentions)
        organization = self._organization_named(rest, first_mention)
        if organization is not None:
            cluster.name = f"{cluster.name} {phrase} {organization}"
            cluster.description = None

    def _organization_named(self, words: str, position: int) -> str | None:
        """The organization that words after "for" name: a proper name, in its fullest form
        ("Obermann" -> "Obermann Capital"), or the one "the department" points back to."""
        bare = DEFINITE.sub("", words)
        if bare[:1].isupper():
            return fullest_organization(self.doc, bare) or words
        if bare != words and bare.islower() and " " not in bare:
            return self._organization_before(bare, position)
        return None

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
            forms.add(surname_of(cluster.name))
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


def _last_mention(cluster: Cluster) -> int:
    """Where the cluster was last mentioned (its mentions' latest start)."""
    return max(m.start for m in cluster.mentions)


def _own_pronoun(name: Token) -> Token | None:
    """A gendered pronoun that names the speaker ``name`` itself: the subject of the clause
    its speech verb reports ("Coyne said he was ..."), or a possessive in its apposition."""
    verb = name.head
    if name.dep_ == "nsubj" and verb.lemma_.lower() in CUE_VERBS:
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and subjects[0].lower_ in GENDERED_PRONOUNS:
                return subjects[0]
    for apposition in (c for c in name.children if c.dep_ == "appos"):
        for token in apposition.subtree:
            if token.dep_ == "poss" and token.lower_ in GENDERED_PRONOUNS:
                return token
    return None


def _words_before(name: SpacySpan) -> Iterator[Token]:
    """The name's words and the words of a title right before it ("New York Republican
    Rep." before "Michael Grimm"), back to the first word that is no noun or adjective or
    is another person's name ("Sheriff Joe Arpaio Endorses Rick Perry")."""
    yield from name
    start = name.start
    while start > 0 and _title_word(name.doc[start - 1]):
        start -= 1
        yield name.doc[start]


def _title_word(token: Token) -> bool:
    return token.pos_ in TITLE_POS and token.ent_type_ != "PERSON"


def _role_reference(mention: Mention, key: str, cluster: Cluster) -> bool:
    """ "Putin's chief envoy" names the person whose role or apposition began so."""
    head = key.split()[-1] if key else ""
    if cluster.kind != "person" or mention.kind == "person" or head not in TITLE_WORDS:
        return False
    return any(alias.startswith(key) for alias in cluster.aliases)


def _pronoun_kind(pronoun: str) -> str:
    return PERSON_PRONOUNS[pronoun]


def _gender_fits(gender: str | None, pronoun: str) -> bool:
    if gender is None or pronoun not in GENDERED_PRONOUNS:
        return True
    return (gender == "f") == (pronoun in FEMININE_PRONOUNS)


def _reported_clause(verb: Token) -> bool:
    """Whether a verb heads a clause that someone's words report ("was wrong" in "Peter Hall
    said Anne Price was wrong"): its subject is who the words are about, not a speaker."""
    if verb.lemma_.lower() in CUE_VERBS:
        return False
    node = verb
    while node.dep_ != "ROOT" and node.head is not node:
        if node.dep_ in REPORTED_CLAUSE_DEPS and node.head.lemma_.lower() in CUE_VERBS:
            return True
        node = node.head
    return False


def _same_person(known: str, new: str) -> bool:
    """ "Kozak" and "Dmitry Kozak" are one person; "Dmitry Peskov" and "Dmitry Kozak" not."""
    known_words, new_words = known.lower().split(), new.lower().split()
    if surname_of(known).lower() != surname_of(new).lower():
        return False
    shorter, longer = sorted((known_words, new_words), key=len)
    return all(word in longer for word in shorter)


def _alias_key(text: str) -> str:
    return POINTING_BACK.sub("", text.strip()).lower()


def _generic_key(name: str) -> str:
    """ "A spokesman", "the spokesman" and "Spokesman" alike: case and article left out."""
    return DETERMINER.sub("", name.strip()).lower()
