"""Source mentions: what a noun phrase that says something tells about its speaker.

``read_mention`` turns the words naming a source ("three unnamed sources close to
Russia's leadership", "spokesman Dmitry Peskov", "the British news agency") into a
``Mention``: its kind, a canonical name, role, description, stated count, and the outlet
it belongs to. Resolving mentions to one another is ``resolve``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from reportedly.attribution.outlets import outlet_in, outlets_in
from reportedly.attribution.spans import after_boundary, token_span
from reportedly.data.outlets import Outlet
from reportedly.doctext import text_of
from reportedly.lang.en.cues import AGENT_PARTICIPLES
from reportedly.lang.en.first_names import FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES
from reportedly.lang.en.function_words import ARTICLES, DEFINITE_DETERMINERS, NAME_PREPOSITIONS
from reportedly.lang.en.numbers import CARDINALS, ORDINALS
from reportedly.lang.en.sources import (
    ANONYMITY_MARKERS,
    ANONYMOUS_SOURCE_NOUNS,
    DEMONSTRATIVE_SOURCES,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    GROUP_PLURALS,
    GROUP_QUANTIFIERS,
    NEWS_EPITHETS,
    NEWS_WORDS,
    ORGANIZATION_NAME_ENDINGS,
    ORGANIZATION_NOUNS,
    OUTLET_EPITHETS,
    OUTLET_KIND_NOUNS,
    PERSON_PRONOUNS,
    PROPORTION_WORDS,
)
from reportedly.lang.en.titles import HONORIFICS, NAME_SUFFIXES, TITLE_WORDS
from reportedly.model import SourceKind, Span

ROLE_TITLES = TITLE_WORDS - HONORIFICS
"""Title words that say what a person does: the honorifics ("Mr.", "Sen.") only say how
the person is addressed, and make no role on their own."""
QUANTIFIER_HEADS = frozenset(
    {
        "one",
        "two",
        "some",
        "many",
        "several",
        "most",
        "none",
        "few",
        "all",
        "each",
        "both",
        "three",
        "four",
        "five",
        "six",
        "handful",
        "group",
        "number",
    }
)


@dataclass(frozen=True, slots=True)
class Mention:
    """The words naming a source in one attribution, read for who they name."""

    span: Span
    head: int
    kind: SourceKind
    name: str
    role: str | None = None
    description: str | None = None
    count: int | None = None
    pronoun: str | None = None
    epithet: bool = False
    owner: str | None = None


def read_mention(doc: Doc, head: Token, tokens: list[Token]) -> Mention | None:
    """The Mention for the noun phrase headed by ``head`` made of ``tokens``."""
    span = token_span(doc, tokens)
    if span is None:
        return None
    core = _core_head(head)
    if core.idx >= span.end:
        # "Mr Conneely" with "Mr" parsed as the subject: the mention runs to the name's end.
        span = token_span(doc, [*tokens, *doc[tokens[-1].i + 1 : core.i + 1]]) or span
    lower = core.lower_
    if head.pos_ == "PRON" and lower in PERSON_PRONOUNS:
        return Mention(span, head.i, "unknown", head.text, pronoun=lower)
    owner = _owner_outlet(doc, core)
    named = _appositive_name(core)
    if named is not None and head.pos_ != "PROPN":
        # "Grimm's lawyer, William McGinley": the apposition names the person.
        role = token_span(doc, [t for t in core.subtree if t.i <= core.i])
        person_span = _proper_run(doc, named)
        mention = _person(doc, named, person_span, span)
        return replace(mention, head=head.i, role=role.text if role else mention.role)
    people = _coordinated_people(doc, core, span)
    if people:
        # "Ms. Pelosi and Mr. Schumer said": one source that speaks as two.
        names = [p.name for p in people]
        name = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return Mention(span, head.i, "group", name, count=len(people))
    if _joined_with_a_group(core, span):
        # "Cornyn, the Senate's No. 2 Republican, and other supporters": one group, uncounted.
        return Mention(span, head.i, "group", _without_article(span.text))
    organization = _organization_name(doc, core)
    if organization is not None:
        entity = _hyphenated_entity(doc, core)
        if entity is not None:
            span = Span(entity.text, entity.start_char, entity.end_char)
        return Mention(span, head.i, "organization", organization)
    person = _person_entity(doc, core)
    outlet = outlet_in(span.text) if person is None else None
    lemma = core.lemma_.lower()
    plural = core.tag_ in {"NNS", "NNPS"}
    if _speaks_as_group(core, tokens) and person is None:
        return Mention(span, head.i, "group", _noun_phrase_name(doc, core), count=_count(core))
    if lemma in DEMONSTRATIVE_SOURCES and core.pos_ == "PRON" and _marked_anonymous(tokens):
        # "according to those briefed on the effort": unnamed people, uncounted.
        return Mention(span, head.i, "anonymous", span.text, owner=owner)
    if lemma in ANONYMOUS_SOURCE_NOUNS and person is None:
        return _anonymous(doc, head, core, span, owner, tokens)
    if lemma in DOCUMENT_NOUNS and person is None:
        return Mention(span, head.i, "document", _noun_phrase_name(doc, core), owner=owner)
    if outlet is not None and (core.pos_ == "PROPN" or is_outlet_epithet(core)):
        return Mention(span, head.i, "outlet", outlet.name, owner=outlet.name)
    named_outlet = _outlet_of_its_kind(doc, core)
    if named_outlet is not None:
        return Mention(span, head.i, "outlet", named_outlet.name, owner=named_outlet.name)
    if is_outlet_epithet(core):
        definite = any(t.lower_ in DEFINITE_DETERMINERS for t in core.children)
        return Mention(span, head.i, "outlet", _noun_phrase_name(doc, core), epithet=definite)
    if person is not None:
        return _person(doc, core, person, span)
    if lemma in PROPORTION_WORDS or lemma in GROUP_QUANTIFIERS or core.pos_ == "NUM":
        return Mention(span, head.i, "group", _noun_phrase_name(doc, core))
    if plural and (lemma in GROUP_NOUNS or core.ent_type_ == "NORP"):
        return Mention(span, head.i, "group", _noun_phrase_name(doc, core), count=_count(core))
    if lemma in GROUP_NOUNS and core.pos_ == "NOUN":
        # "her lawyer", "a lawyer hired by two deliverymen": one unnamed person.
        return _anonymous(doc, head, core, span, owner, tokens)
    if _is_organization(doc, core):
        return Mention(span, head.i, "organization", _noun_phrase_name(doc, core))
    return Mention(span, head.i, "unknown", _noun_phrase_name(doc, core))


def organization_names(doc: Doc) -> list[SpacySpan]:
    """The organizations the article names, in text order: ORG entities, and proper names
    that end in a word only organizations' names end in ("Crestline Partners", which the
    tagger may call a person)."""
    found = [e for e in doc.ents if e.label_ == "ORG"]
    for token in doc:
        if token.lower_ in ORGANIZATION_NAME_ENDINGS and token.is_title and token.pos_ == "PROPN":
            start, end = _proper_run(doc, token)
            if end - start > 1:
                found.append(doc[start:end])
    return sorted(found, key=lambda e: (e.start, -len(e)))


def fullest_organization(doc: Doc, words: str) -> str | None:
    """The longest organization name of the article, ending as organizations' names do,
    that is ``words`` or begins with them ("Severn Vale" -> "Severn Vale Water"), less a
    leading "the"; None when ``words`` name a person elsewhere ("Clinton" in an article
    about "Bill Clinton" and the "Clinton Foundation")."""
    if not words or _names_a_person(doc, words):
        return None
    lower = words.lower()
    names = [_without_article(e.text) for e in organization_names(doc)]
    matching = [n for n in names if n.lower() == lower or n.lower().startswith(lower + " ")]
    # An ORG the tagger found may be a person's name ("Pádraig Conneely"): only a name that
    # ends as organizations' names do makes its first words an organization.
    named = [n for n in matching if _organization_ending(n)]
    return max(named, key=len) if named else None


def _organization_name(doc: Doc, core: Token) -> str | None:
    """The organization a proper name at the head of a mention names: "Wal-Mart" (an ORG
    cut at its hyphen by the parser), or the short form of an organization named in full
    ("Crestline" for "Crestline Partners")."""
    entity = _hyphenated_entity(doc, core)
    if entity is not None:
        return _without_article(entity.text)
    if core.pos_ != "PROPN":
        return None
    start, end = _proper_run(doc, core)
    return fullest_organization(doc, doc[start:end].text) or _spelled_out(doc, core.text)


def _spelled_out(doc: Doc, acronym: str) -> str | None:
    """The organization an acronym stands for: "FWS" for "the U.S. Fish and Wildlife
    Service", whose words' capitals, from some word to the last, spell it."""
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) > 1):
        return None
    for entity in organization_names(doc):
        name = _without_article(entity.text)
        capitals = ["".join(c for c in word if c.isupper()) for word in name.split()]
        if any("".join(capitals[k:]) == acronym for k in range(len(capitals) - 1)):
            return name
    return None


def _hyphenated_entity(doc: Doc, core: Token) -> SpacySpan | None:
    """The ORG name with a hyphen ("Wal-Mart") that holds ``core``."""
    entity = next((e for e in doc.ents if e.start <= core.i < e.end), None)
    if entity is not None and entity.label_ == "ORG" and any(t.text == "-" for t in entity):
        return entity
    return None


def _organization_ending(name: str) -> bool:
    return name.split()[-1].lower() in ORGANIZATION_NAME_ENDINGS


def _names_a_person(doc: Doc, words: str) -> bool:
    """Whether the words end a person's full name in the article ("Bill Clinton")."""
    last = words.split()[-1]
    return any(
        ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].text == last
        and first_name_gender(ent[0].text) is not None
        for ent in doc.ents
    )


def _without_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in ARTICLES else text


def _speaks_as_group(core: Token, tokens: list[Token]) -> bool:
    """ "Republican lawmakers", "environmental groups": a plural that names a group, not
    unnamed individuals ("lawmakers who were briefed on the plan") nor one organization."""
    if core.tag_ not in {"NNS", "NNPS"}:
        return False
    lemma = core.lemma_.lower()
    if lemma in ORGANIZATION_NOUNS:
        # "groups" are many organizations; "police" is one body, plural in form only.
        return core.lower_ != lemma
    # "Representatives for Griffin" speak for someone: unnamed individuals, not a group.
    speaks_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in core.children)
    return lemma in GROUP_PLURALS and not _marked_anonymous(tokens) and not speaks_for


def _marked_anonymous(tokens: list[Token]) -> bool:
    """Whether the words mark their source as left unnamed ("familiar with", "unnamed")."""
    return any(t.lower_ in ANONYMITY_MARKERS - GROUP_QUANTIFIERS for t in tokens)


def is_outlet_epithet(noun: Token) -> bool:
    """ "the paper", "state media", "the British news agency" (not "the agency")."""
    words = {noun.lemma_.lower(), noun.lower_}
    if words & OUTLET_EPITHETS:
        return True
    modifiers = {t.lower_ for t in noun.children if t.i < noun.i}
    return bool(words & NEWS_EPITHETS) and bool(modifiers & NEWS_WORDS)


def _outlet_of_its_kind(doc: Doc, core: Token) -> Outlet | None:
    """ "the network" after CNN, "the gossip site" after TMZ: a definite noun for a kind of
    outlet names the outlet last named before it, when that outlet is of the kind."""
    kinds = OUTLET_KIND_NOUNS.get(core.lemma_.lower())
    if kinds is None or not any(t.lower_ in DEFINITE_DETERMINERS for t in core.children):
        return None
    named = [outlet for start, _, outlet in outlets_in(text_of(doc)) if start < core.idx]
    return named[-1] if named and named[-1].kind in kinds else None


def _core_head(head: Token) -> Token:
    """The noun that names the source: "sources" in "one of Reuters' sources", "Conneely"
    in "Mr Conneely" or "Pádraig Conneely" parsed with the surname as a modifier."""
    if head.lower_ in QUANTIFIER_HEADS or head.pos_ == "NUM":
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return _name_end(head)


def _name_end(head: Token) -> Token:
    """The last word of a proper name the parser cut after its first word: the proper nouns
    right after a name's word that hang on it, or any that follow an honorific ("Mr")."""
    if head.pos_ != "PROPN" and head.lower_ not in HONORIFICS:
        return head
    doc, end = head.doc, head
    while end.i + 1 < len(doc):
        following = doc[end.i + 1]
        attached = following.head == end or end.lower_ in HONORIFICS
        if following.pos_ != "PROPN" or not following.is_title or not attached:
            break
        end = following
    return end


def _anonymous(
    doc: Doc, head: Token, core: Token, span: Span, owner: str | None, tokens: list[Token]
) -> Mention:
    count = _count(head)
    partitive = [c for c in core.children if c.dep_ in {"poss", "nummod"} and c.pos_ == "NUM"]
    if count is None and partitive:
        count = _count(partitive[0])
    description = _description(doc, core, tokens)
    plural = core.tag_ in {"NNS", "NNPS"}
    if count is None and not plural and core.lemma_.lower() != "people":
        count = 1
    return Mention(
        span,
        head.i,
        "anonymous",
        _noun_phrase_name(doc, head if head is not core else core),
        description=description,
        count=count,
        owner=owner,
    )


def _count(head: Token) -> int | None:
    """The stated number of a source noun: "three sources" 3, "a third source" 1."""
    for child in head.children:
        word = child.lower_
        if child.dep_ in {"nummod", "det", "amod", "quantmod"} or child.like_num:
            if word.isdigit() and not _year_like(word):
                return int(word)
            if word in CARDINALS and child.dep_ in {"nummod", "det", "predet", "preconj"}:
                return CARDINALS[word]
            if word in ORDINALS:
                return 1
    if head.pos_ == "NUM":
        word = head.lower_
        return int(word) if word.isdigit() else CARDINALS.get(word)
    return None


def _year_like(word: str) -> bool:
    """ "2024" before "Residents" (a dateline's year run into the sentence) is no count."""
    return len(word) == 4 and 1800 <= int(word) <= 2100


def _description(doc: Doc, core: Token, tokens: list[Token]) -> str | None:
    """What the phrase says about an unnamed source beyond its noun ("close to ...")."""
    within = {t.i for t in tokens}
    after = [t for t in core.subtree if t.i > core.i and t.i in within]
    markers = [t for t in core.children if t.i < core.i and t.lower_ in ANONYMITY_MARKERS]
    described = token_span(doc, after)
    if described is not None:
        return described.text
    if markers:
        return " ".join(t.text for t in markers)
    return None


def _noun_phrase_name(doc: Doc, core: Token) -> str:
    """A short name: the phrase up to its head noun, post-modifiers dropped but for a
    name's own "of"/"for" part ("Democracy for America", "Bank of England")."""
    named_part = [t for child in _name_continuations(core) for t in child.subtree]
    tokens, _ = after_boundary([t for t in core.subtree if t.i <= core.i], core)
    tokens += named_part
    tokens = [t for t in tokens if not (t.dep_ == "det" and t.lower_ in DEFINITE_DETERMINERS)]
    span = token_span(doc, tokens)
    return span.text if span is not None else core.text


def _name_continuations(core: Token) -> list[Token]:
    """ "for America" in "Democracy for America": a preposition after a proper noun whose
    object is all proper nouns."""
    if core.pos_ != "PROPN":
        return []
    return [
        child
        for child in core.children
        if child.dep_ == "prep"
        and child.lower_ in NAME_PREPOSITIONS
        and child.i == core.i + 1
        and all(t.pos_ == "PROPN" or t is child or t.lower_ == "the" for t in child.subtree)
    ]


def _appositive_name(core: Token) -> Token | None:
    """The head of a person's name in apposition to a common noun ("his lawyer, William
    McGinley,")."""
    for child in core.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.pos_ == "PROPN":
            return child
    return None


def _person_entity(doc: Doc, core: Token) -> tuple[int, int] | None:
    """The token range of a PERSON name at the head of the phrase, if there is one."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start <= core.i < ent.end:
            start, end = _proper_run(doc, doc[ent.end - 1])
            # "Minister of State Dara Coyne": a name of two words or more runs back only
            # over words the tagger left out of every name ("Máire" of "Máire Ní Fhlatharta").
            if len(ent) > 1:
                start = max(start, next(t.i for t in ent if not t.is_punct))
                while start > 0 and _untagged_name_word(doc[start - 1]):
                    start -= 1
            return start, end
    named = _name_after_title(doc, core)
    if named is not None:
        return named
    if core.pos_ == "PROPN" and _has_role_apposition(core):
        return _proper_run(doc, core)
    if core.pos_ == "PROPN" and _known_surname(doc, core):
        return _proper_run(doc, core)
    if _bare_name(core):
        return _proper_run(doc, core)
    if core.pos_ == "PROPN" and core.ent_type_ in {"", "PERSON"} and core.i > 0:
        titled = any(t.lower_ in TITLE_WORDS for t in core.children if t.i < core.i)
        if titled:
            return _proper_run(doc, core)
    return None


def _name_after_title(doc: Doc, core: Token) -> tuple[int, int] | None:
    """ "Deputy Assistant Secretary for Diplomatic Security Charlene Lamb", parsed with the
    title as the head: the PERSON name that ends the title's phrase, all of it proper
    nouns. A spokesman for someone is not that someone."""
    if core.pos_ != "PROPN" or core.lower_ not in ROLE_TITLES - ANONYMOUS_SOURCE_NOUNS:
        return None
    phrase = list(core.subtree)
    if any(t.pos_ not in {"PROPN", "ADP"} for t in phrase if t.i > core.i):
        return None
    last = phrase[-1].i
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.end == last + 1 and ent.start > core.i:
            return ent.start, ent.end
    return None


def _untagged_name_word(token: Token) -> bool:
    """A proper noun outside every entity that is no title: a first name the tagger left
    out of a name."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.ent_type_
        and token.lower_ not in TITLE_WORDS
    )


def _coordinated_people(doc: Doc, core: Token, span: Span) -> list[Mention]:
    """The people named in a coordination that the mention spans ("Long and Bosma",
    "Reps. John Lewis, Andre Carson and Emanuel Cleaver"), when all its members are people."""
    members = [core, *(c for c in core.conjuncts if c.i > core.i)]
    inside = [m for m in members if span.start <= m.idx < span.end]
    if len(inside) < 2:
        return []
    people = []
    for member in inside:
        person = _person_entity(doc, member) or _first_named(doc, member)
        if person is None:
            return []
        people.append(_person(doc, member, person, span))
    return people


def _joined_with_a_group(core: Token, span: Span) -> bool:
    """Whether a name is coordinated, itself or its apposition, with a plural common noun
    inside the mention ("The European Union and former top executive branch officials")."""
    appositions = [child for child in core.children if child.dep_ == "appos"]
    members = [*core.conjuncts, *(m for a in appositions for m in a.conjuncts)]
    return core.pos_ == "PROPN" and any(
        m.tag_ == "NNS" and m.pos_ == "NOUN" and span.start <= m.idx < span.end for m in members
    )


def _first_named(doc: Doc, core: Token) -> tuple[int, int] | None:
    """A proper name that begins with a known first name ("Emanuel Cleaver", tagged ORG)."""
    start, end = _proper_run(doc, core)
    first = doc[start].text
    if end - start > 1 and first_name_gender(first) is not None:
        return start, end
    return None


def first_name_gender(word: str) -> str | None:
    """ "m" or "f" when the first name is given to one sex far more than the other."""
    lower = word.lower()
    if lower in FEMININE_FIRST_NAMES:
        return "f"
    return "m" if lower in MASCULINE_FIRST_NAMES else None


def _bare_name(core: Token) -> bool:
    """A capitalized name the tagger left without a type ("Trump said"): a speaker named
    by a lone proper noun is far more often a person than anything else."""
    word = core.text
    return (
        core.pos_ == "PROPN"
        and core.ent_type_ == ""
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and outlet_in(word) is None
    )


def _has_role_apposition(core: Token) -> bool:
    """ "Dmitry Kozak, Putin's chief envoy on Ukraine, ...": a name with a title beside it."""
    return any(
        child.dep_ == "appos" and child.lemma_.lower() in TITLE_WORDS for child in core.children
    )


def _known_surname(doc: Doc, core: Token) -> bool:
    """A lone name the tagger missed ("Kozak" as ORG) that ends a PERSON name elsewhere."""
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == core.text for ent in doc.ents
    )


def _proper_run(doc: Doc, core: Token) -> tuple[int, int]:
    start = core.i
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].lower_ not in TITLE_WORDS
        and not doc[start - 1].is_punct
    ):
        start -= 1
    return start, core.i + 1


def _person(doc: Doc, core: Token, person: tuple[int, int], span: Span) -> Mention:
    start, end = person
    words = [t for t in doc[start:end] if t.lower_ not in HONORIFICS and t.tag_ != "POS"]
    name = " ".join(t.text for t in words) or doc[start:end].text
    role = _title_before(span, doc[start].idx) or _role(doc, core, start)
    return Mention(span, core.i, "person", name, role=role)


def _title_before(span: Span, name_start: int) -> str | None:
    """The words of the mention before the name when they hold a title, as written
    ("Indivisible co-founder" in "Indivisible co-founder Ezra Levin")."""
    before = span.text[: max(0, name_start - span.start)].strip(" ,")
    # "Trump and Sen. Mitch McConnell": only the words next to the name are its title.
    before = before.replace(" and ", ",").split(",")[-1].strip()
    # "Sen.", "Mr.": an honorific says how a person is addressed, not what they do.
    before = " ".join(w for w in before.split() if w.lower() not in HONORIFICS)
    words = before.lower().replace("-", " ").split()
    if words and words[0] in ARTICLES:
        before = before.split(maxsplit=1)[1] if " " in before else ""
    return before if any(word in ROLE_TITLES for word in words) and before else None


def fullest_name(doc: Doc, name: str) -> tuple[str, str | None]:
    """The longest form of a person's name in the article, and a role found beside any of
    its occurrences ("Kozak" -> "Dmitry Kozak", "Kremlin deputy chief of staff")."""
    surname = surname_of(name)
    best, role = name, None
    for ent in doc.ents:
        if ent.label_ != "PERSON" or surname_of(ent.text) != surname:
            continue
        words = [t.text for t in ent if t.lower_ not in HONORIFICS and t.tag_ != "POS"]
        if len(" ".join(words)) > len(best) and set(name.split()) <= set(words):
            best = " ".join(words)
        role = role or _role(doc, ent.root, ent.start)
    return best, role


def surname_of(name: str) -> str:
    """The last word of a name less a generational suffix: "Roberts" in "John G. Roberts Jr."."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in NAME_SUFFIXES:
        words.pop()
    return words[-1].strip(",") if words else name


def _role(doc: Doc, core: Token, name_start: int) -> str | None:
    """The title before a name ("Russian Foreign Minister") or in apposition after it."""
    before = [
        t
        for t in core.subtree
        if t.i < name_start and t.dep_ != "det" and not t.is_punct and t.lower_ not in HONORIFICS
    ]
    if before and any(t.lower_ in ROLE_TITLES or t.lower_.startswith("ex-") for t in before):
        role = token_span(doc, before)
        if role is not None:
            return role.text
    for child in core.children:
        # "Smith, 47, said": an age in apposition is no role.
        if child.dep_ == "appos" and not child.like_num:
            words = [t for t in child.subtree if not (t.dep_ == "det" and t.head == child)]
            role = token_span(doc, words)
            if role is not None:
                return role.text
    return None


def _is_organization(doc: Doc, core: Token) -> bool:
    if core.ent_type_ in {"ORG", "GPE", "NORP", "FAC"}:
        return True
    phrase = _noun_phrase_name(doc, core).lower()
    return core.lemma_.lower() in ORGANIZATION_NOUNS or phrase in ORGANIZATION_NOUNS


def _owner_outlet(doc: Doc, core: Token) -> str | None:
    """The outlet a source belongs to: "Reuters' sources", "a memo seen by the FT"."""
    for child in core.children:
        if child.dep_ == "poss":
            outlet = outlet_in(" ".join(t.text for t in child.subtree))
            if outlet is not None:
                return outlet.name
        if child.dep_ == "acl" and child.lemma_.lower() in AGENT_PARTICIPLES:
            for agent in child.children:
                if agent.dep_ == "agent":
                    outlet = outlet_in(" ".join(t.text for t in agent.subtree))
                    if outlet is not None:
                        return outlet.name
    return None
