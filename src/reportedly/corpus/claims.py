"""Claims: within a story, the attributions that state the same thing, traced to their
origins.

``claims(store)`` reads every story's attributions (``attribution_view`` joined with
``story_articles``) and, story by story, ``match`` groups them:

- **statements**: an attribution whose content a deeper one of its chain repeats
  ("Reuters reported X, citing two officials": the officials' X) is that one's
  appearance, not a second one; refusals (``decline``) say nothing and are left out;
  denials (``deny``) are kept apart;
- **matching**: statements are taken in publication order; each joins the claim it is
  most similar to on average (``Settings.join``), else starts one. Similarity is the
  cosine of the contents' TF-IDF vectors (content words, lightly stemmed, IDF over the
  story's statements), plus a share of their names (capitalized words) in common, plus
  a bonus when they give a number in common; none unless the two are ``alike`` (enough
  content words in common beyond one shared phrase, one of them no name, and a name in
  common where both name someone). Numbers that differ take nothing off: the same claim
  with another figure is a contradiction, not another claim. A statement that negates what the
  claim states (a "not", "never", "no", "-n't" governing the words they share, which
  the claim does not negate) does not join it: it is a denial of it; one that the claim
  negates starts its own claim;
- **own statements**: an article's lead sentences (``LEAD_SENTENCES``) that no
  attribution holds are what it states in its own voice; each joins the claim it states
  (the same threshold and agreement as a statement), unless its article already states
  that claim, and never starts one: an appearance (``text:START-END`` for its
  attribution) with no origin of its own;
- **denials**: a denial answers the claim of its ``target`` when the target is in its
  article, else the claim of the story it is most similar to (``Settings.deny``); a
  statement negating a claim (above) is one of its denials too;
- **origins**: each appearance rests on the deepest source of its chain. A named
  person, organization, group or document is itself (one identity across articles:
  ``source_identities``); an outlet ("according to Reuters", "citing Reuters", "Reuters
  reported") is that outlet; anonymous sources are the outlet that cites them (an outlet
  in the chain, else the article's: a wire dateline's agency, and for a copy, its
  original's). An unresolved source (none, of kind ``unknown``, or a pronoun or relative
  word: "he", "which") is no origin of its own and never the outlet's anonymous one: the
  chain is followed up to who cites it, and an appearance with nothing resolved in its
  chain is dropped from the origins (it has none that can be counted). A document whose
  source right above it in the chain speaks ("tax returns released by the campaign")
  rests on that speaker. An outlet that carries the claim in an article of the story
  rests on what its own article rests on, so "citing Reuters" counts Reuters' sources
  once. ``independent_origins`` is how many remain;
- **first report**: the earliest appearance by publication time (the date evidence's
  time of day where known); ``uncertain`` when the earliest day holds another article
  and one of them is dated to the day only, or some appearance has no date;
- **contradictions**: the same measure (``lang.en.measures``: a currency, a share, the
  noun after the number, a measure noun before it; for money and shares, the same head
  of an "in ..."/"of ..." phrase where both name one) given incompatible numbers in two
  appearances of one claim ("more than $1 million" and "about $1.1 million" are
  compatible: ``QUALIFIERS``), where neither appearance also gives a figure compatible
  with the other's; ``later_update`` when the latest differing figure comes later
  than another figure given by the same kind of origin (the ministry's 30 million, then
  its 45 million; not anonymous sources' 12, then an official's 15). Dates contradict
  too (``kind`` ``time``): two appearances that each date the claim to one day (or
  moment) and give different ones for the same event, told by an event word the words
  before both dates share ("sank on Monday", "the ferry sank Tuesday"; not "left port on
  Friday"); a day and a moment within it agree.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reportedly.corpus.keys import normalized
from reportedly.corpus.store import Store
from reportedly.corpus.stories import title_case
from reportedly.data.outlets import lookup_name
from reportedly.lang.en.function_words import DEFINITE_DETERMINERS, INDEFINITE_ARTICLES
from reportedly.lang.en.measures import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    HEAD_PREPOSITIONS,
    MEASURE_NOUNS,
    PERCENT_WORDS,
    QUALIFIERS,
    SCALES,
)
from reportedly.lang.en.numbers import CARDINALS
from reportedly.lang.en.stop_words import STOP_WORDS
from reportedly.lang.en.titles import HONORIFICS

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
TOKEN = re.compile(r"(?:us\$|[$€£¥])?\d[\d,]*(?:\.\d+)?%?|[^\W\d_]+(?:['’][^\W\d_]+)*|%", re.I)
NUMBER = re.compile(r"(?P<symbol>us\$|[$€£¥])?(?P<digits>\d[\d,]*(?:\.\d+)?)(?P<percent>%)?", re.I)
DATELINE_AGENCY = re.compile(r"\(([A-Z][^()]{0,40})\)")
CLAUSE_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[.,;:!?—–―]")
CLAUSE_WORDS = frozenset({"but", "although", "though", "while", "whereas", "however"})
"""Words that end a negation's clause, as punctuation does."""
NEGATIONS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor",
                       "cannot", "nowhere"})  # fmt: skip
"""Words that negate what follows them (and any word ending in "n't")."""
NEGATION_SCOPE = 5
"""The words after a negation that it governs."""
NEGATED_TERMS = 2
"""The content words a claim states that a statement's negation must govern to make the
statement a denial of the claim (one is too often a word in passing: "not using the
term" against "avoiding the term")."""
YEARS = range(1900, 2101)
"""Four-digit numbers read as years, not figures (unless money)."""
COUNT_WORDS = {w: n for w, n in CARDINALS.items() if n > 1 and w not in {"both", "dozen"}}
"""Number words read as figures ("twelve workers"); "a", "one", "both" say too little."""
MEASURE_LOOKBACK = 4
"""Words before a number searched for a measure noun ("the death toll rose to 15")."""
SPEAKERS = frozenset({"person", "organization", "group", "outlet"})
"""Kinds of source that speak: a document right below one of them in a chain (the tax
returns they released) is theirs, not a second origin; one further down is not ("Trump
said Mueller's statement disputed a BuzzFeed report": the report is BuzzFeed's)."""
PRONOUNS = frozenset({
    "he", "she", "it", "they", "them", "him", "her", "his", "its", "their", "we", "us", "our",
    "i", "me", "my", "you", "your", "which", "who", "whom", "whose", "that", "this", "these",
    "those", "one", "someone", "somebody",
})  # fmt: skip
"""Words that name no one by themselves (a pronoun, a relative word; "[W]e" is "we")."""
KIND_RANK = {"outlet": 0, "person": 1, "organization": 2, "group": 3, "document": 4}
"""Which kind an origin merged from several takes (lowest first; anonymous last)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The thresholds and weights of matching (defaults: ``DEFAULT_SETTINGS``)."""

    join: float
    """The average similarity a statement needs to join a claim."""
    deny: float
    """The similarity a denial without a target in its article needs to answer a claim."""
    names: float
    """The weight of the share of names two contents have in common."""
    numbers: float
    """Added when two contents give a number in common."""
    shared_terms: int
    """The content words two contents must have in common to be alike at all ("the
    offer" is like no other offer)."""
    enough_terms: int
    """The content words in common that make two contents alike whatever their length,
    unless they are all one shorter phrase than ``phrase_terms`` the two share
    ("Accountability Review Board")."""
    phrase_terms: int
    """The content words of a phrase two contents share that make them alike by itself
    ("the blaze started in a storage tank")."""
    cover: float
    """The share of the shorter content's words that fewer words in common (or one
    shared phrase) must make up: "deeply troubled" is not enough between "he was deeply
    troubled by the text messages" and "this decision should be deeply troubling"."""


DEFAULT_SETTINGS = Settings(
    join=0.5,
    deny=0.2,
    names=0.15,
    numbers=0.1,
    shared_terms=2,
    enough_terms=3,
    phrase_terms=4,
    cover=0.67,
)
"""Set by hand on the provenance test corpus (``tests/resources/provenance``), the only
gold there is for claims: it keeps the claims of its stories apart and their rewrites
together. Not calibrated on a benchmark."""


# --- the records -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Appearance:
    """One article's statement of a claim: the attribution, its article's outlet and day."""

    article: str
    attribution: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class FirstReport:
    """The earliest appearance: its article, day, date evidence (``value``, ``source``,
    ``precision``; None without one) and whether another could be as early."""

    article: str
    published: str | None
    evidence: dict[str, Any] | None
    uncertain: bool


@dataclass(frozen=True, slots=True)
class Origin:
    """Who a claim rests on: a name, its kind (a source kind; ``anonymous`` for an outlet's
    own unnamed sources) and the articles whose appearances rest on it."""

    name: str
    kind: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Denial:
    """A denial that answers the claim: its article, attribution and source's name."""

    article: str
    attribution: str
    source: str | None


@dataclass(frozen=True, slots=True)
class Value:
    """One figure of a contradiction: the number (the date for a ``time`` one), where,
    and who gave it."""

    value: float | int | str
    article: str
    source: str | None


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Different figures for one measure (``kind`` ``number``) or different dates for
    one event (``kind`` ``time``, ``measure`` the event word), in publication order."""

    kind: str
    measure: str
    values: tuple[Value, ...]
    later_update: bool

    @property
    def label(self) -> str:
        """What differs: "figures differ (money:usd)", "dates differ (sank)"."""
        what = "dates" if self.kind == "time" else "figures"
        return f"{what} differ ({self.measure})"


@dataclass(frozen=True, slots=True)
class Claim:
    """What several attributions of a story state (``id`` is ``story:n``, n from 1 in the
    order of first appearance)."""

    id: str
    story: int
    text: str
    appearances: tuple[Appearance, ...]
    first_report: FirstReport
    origins: tuple[Origin, ...]
    denials: tuple[Denial, ...]
    contradictions: tuple[Contradiction, ...]

    @property
    def independent_origins(self) -> int:
        return len(self.origins)

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets it appeared in, in order of appearance (an article with no outlet
        known counts as its own)."""
        return tuple(dict.fromkeys(a.outlet or a.article for a in self.appearances))


@dataclass(frozen=True, slots=True)
class Link:
    """One source of a chain: its name, kind, and corpus identity."""

    name: str | None
    kind: str | None
    identity: str | None


@dataclass(frozen=True, slots=True)
class Statement:
    """One attribution as matching reads it: the deepest source first in ``chain``, the
    chain's top (the reporter) last; ``outlet`` is the article's, ``speaks_for`` the
    outlet whose reporting it carries (a wire dateline's agency, a copy's original's)."""

    story: int
    article: str
    attribution: str
    position: int
    content: str
    stance: str
    target: str | None
    chain: tuple[Link, ...]
    outlet: str | None
    speaks_for: str | None
    published: str | None
    evidence: dict[str, Any] | None
    copy_of: str | None
    dates: tuple[tuple[str, str], ...] = ()
    """The dates its content gives to the day or finer, with no modifier ("before"):
    (TIMEX3 value, the words that give it)."""
    own: bool = False
    """The article's own statement (a sentence of its lead no attribution holds), not an
    attribution: ``attribution`` is ``text:START-END``, the chain empty."""

    @property
    def source(self) -> str | None:
        """Who gives it: the deepest source of its chain; the outlet for its own."""
        if self.own:
            return self.outlet
        return self.chain[0].name if self.chain else None


@dataclass(slots=True)
class _Group:
    members: list[int] = field(default_factory=list)
    denials: list[int] = field(default_factory=list)


# --- reading the store -------------------------------------------------------------------

_ROWS = """
SELECT sa.story, v.article, v.attribution, t.position, v.content, t.content_parts AS parts,
       v.stance, v.target,
       v.parent, t.content.start AS content_start, t.content."end" AS content_end,
       v.source, v.source_kind, coalesce(v.source_identity, v.source_key) AS identity,
       v.outlet, v.published, ar.date_evidence, ar.removed, sa.copy_of,
       (SELECT list({{'value': tm.value, 'text': tm.text}} ORDER BY tm.position) FROM times tm
        WHERE tm.article = v.article AND list_contains(tm.attributions, v.attribution)
          AND tm.type IN ('date', 'time') AND tm.mod IS NULL
          AND regexp_matches(tm.value, '^\\d{{4}}-\\d{{2}}-\\d{{2}}')) AS dates
FROM attribution_view v
JOIN attributions t ON t.article = v.article AND t.id = v.attribution
JOIN story_articles sa ON sa.article = v.article
JOIN articles ar ON ar.id = v.article
WHERE {where}
ORDER BY sa.story, v.article, t.position
"""


LEAD_CHARS = 1_500
"""The start of an article read for its own statements."""
LEAD_SENTENCES = 2
"""Sentences of that start that are its lead: where an article states its main claims."""
OWN_MIN_WORDS = 6
INITIALS = re.compile(r"(?:[A-Z]\.)+")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")

_LEADS = f"""
SELECT sa.story, ar.id AS article, ar.outlet, ar.published, ar.date_evidence, sa.copy_of,
       substr(t.text, 1, {LEAD_CHARS}) AS lead,
       (SELECT list([a.cue.start, a.cue."end", a.content.start, a.content."end"])
        FROM attributions a WHERE a.article = ar.id AND a.cue.start < {LEAD_CHARS}) AS spans
FROM story_articles sa
JOIN articles ar ON ar.id = sa.article
JOIN texts t ON t.article = ar.id AND t.piece = 0
WHERE {{where}}
ORDER BY sa.story, ar.id
"""


def claims(
    store: Store,
    *,
    story: int | None = None,
    about: str | None = None,
    min_outlets: int = 1,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[Claim]:
    """The claims of every story (of ``story`` alone when given), the earliest story
    first; with ``about``, only those whose appearances hold all its words; with
    ``min_outlets``, only those that appeared in at least that many outlets."""
    where, parameters = ("sa.story = ?", [story]) if story is not None else ("true", [])
    rows = store.dicts(_ROWS.format(where=where), parameters)
    outlets = {row["article"]: _speaking_outlet(row) for row in rows}
    leads: dict[int, list[Statement]] = defaultdict(list)
    for lead in store.dicts(_LEADS.format(where=where), parameters):
        leads[int(lead["story"])].extend(own_statements(lead, outlets))
    found: list[Claim] = []
    for number, statements in _stories(rows, outlets):
        found.extend(match(number, statements, own=leads[number], settings=settings))
    if about:
        wanted = [word.casefold() for word in WORD.findall(about)]
        found = [claim for claim in found if _about(claim, wanted, rows)]
    return [claim for claim in found if len(claim.outlets) >= min_outlets]


def _stories(
    rows: Sequence[dict[str, Any]], outlets: dict[str, str | None]
) -> Iterator[tuple[int, list[Statement]]]:
    by_story: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_story[int(row["story"])].append(row)
    for number in sorted(by_story):
        yield number, list(statements(by_story[number], outlets))


def statements(
    rows: Sequence[dict[str, Any]], outlets: dict[str, str | None]
) -> Iterator[Statement]:
    """The statements of one story's attribution rows (see the module docstring)."""
    by_id = {(row["article"], row["attribution"]): row for row in rows}
    repeated = {
        (row["article"], row["parent"])
        for row in rows
        if row["parent"] and _overlaps(row, by_id.get((row["article"], row["parent"])))
    }
    for row in rows:
        key = (row["article"], row["attribution"])
        if key in repeated or row["stance"] == "decline" or not (row["content"] or "").strip():
            continue
        chain: list[Link] = []
        current: dict[str, Any] | None = row
        while current is not None and len(chain) < 16:
            chain.append(Link(current["source"], current["source_kind"], current["identity"]))
            parent = current["parent"]
            current = by_id.get((row["article"], parent)) if parent else None
        original = row["copy_of"]
        yield Statement(
            story=int(row["story"]),
            article=row["article"],
            attribution=row["attribution"],
            position=int(row["position"]),
            content=_said(row),
            stance=row["stance"],
            target=row["target"],
            chain=tuple(chain),
            outlet=row["outlet"],
            speaks_for=_speaks_for(row["article"], original, outlets),
            published=row["published"],
            evidence=row["date_evidence"],
            copy_of=original,
            dates=tuple((d["value"], d["text"]) for d in row["dates"] or ()),
        )


def _said(row: dict[str, Any]) -> str:
    """What an attribution row says: its content, or a quote its cue interrupts as its
    parts ("“I feel badly for General Flynn,” Mr. Trump said on Monday. “I feel very
    badly.”" as "“I feel badly for General Flynn,” ... “I feel very badly.”")."""
    parts = row["parts"] or ()
    return " ... ".join(part["text"] for part in parts) if len(parts) > 1 else row["content"]


def _speaks_for(article: str, original: str | None, outlets: dict[str, str | None]) -> str | None:
    """The outlet whose reporting an article carries: its original's for a copy, else its
    own (``_speaking_outlet``, by article)."""
    return outlets.get(original) if original in outlets else outlets.get(article)


def _overlaps(child: dict[str, Any], parent: dict[str, Any] | None) -> bool:
    if parent is None:
        return False
    return bool(
        child["content_start"] < parent["content_end"]
        and parent["content_start"] < child["content_end"]
    )


def _speaking_outlet(row: dict[str, Any]) -> str | None:
    """The outlet an article speaks for: a wire dateline's agency, else its own."""
    for line in row["removed"] or ():
        if line["kind"] == "dateline" and (found := DATELINE_AGENCY.search(line["text"])):
            known = lookup_name(found.group(1))
            return known.name if known else found.group(1)
    outlet: str | None = row["outlet"]
    return outlet


def own_statements(lead: dict[str, Any], outlets: dict[str, str | None]) -> Iterator[Statement]:
    """The sentences of an article's lead (``LEAD_SENTENCES``) that no attribution's cue
    or content touches: what the article states in its own voice."""
    spans = [
        span
        for cue_start, cue_end, start, end in lead["spans"] or ()
        for span in ((cue_start, cue_end), (start, end))
        if span[0] is not None
    ]
    original = lead["copy_of"]
    speaks_for = _speaks_for(lead["article"], original, outlets)
    for start, end in _sentences(lead["lead"] or "")[:LEAD_SENTENCES]:
        sentence = lead["lead"][start:end]
        if any(start < s_end and s_start < end for s_start, s_end in spans):
            continue
        if len(WORD.findall(sentence)) < OWN_MIN_WORDS or sentence.rstrip().endswith("?"):
            continue
        yield Statement(
            story=int(lead["story"]),
            article=lead["article"],
            attribution=f"text:{start}-{end}",
            position=-1,
            content=sentence,
            stance="assert",
            target=None,
            chain=(),
            outlet=lead["outlet"],
            speaks_for=speaks_for or lead["outlet"],
            published=lead["published"],
            evidence=lead["date_evidence"],
            copy_of=original,
            own=True,
        )


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of a text's sentences (a full stop before a capital, or a blank line,
    ends one; not one after "Sen." or "U.S."); the last is left out when the text was
    cut (no end mark)."""
    found, start = [], 0
    for brk in SENTENCE_BREAK.finditer(text):
        words = text[start : brk.start()].split()
        if "\n" in brk.group() or not words or not _abbreviation(words[-1]):
            found.append((start, brk.start()))
            start = brk.end()
    if text[start:].rstrip().endswith((".", "!", "?", '"', "”")):
        found.append((start, len(text.rstrip())))
    return [(a, b) for a, b in found if text[a:b].strip()]


def _abbreviation(word: str) -> bool:
    """Whether a word ending in a full stop abbreviates ("Sen.", "U.S.", "J."), so that
    no sentence ends there."""
    return word.casefold() in HONORIFICS or INITIALS.fullmatch(word) is not None


def _about(claim: Claim, wanted: Sequence[str], rows: Sequence[dict[str, Any]]) -> bool:
    keys = {(a.article, a.attribution) for a in claim.appearances}
    texts = [claim.text] + [r["content"] for r in rows if (r["article"], r["attribution"]) in keys]
    words = {word.casefold() for text in texts for word in WORD.findall(text or "")}
    return all(word in words for word in wanted)


# --- matching ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Features:
    terms: dict[str, float]
    names: frozenset[str]
    numbers: frozenset[float]
    sequence: tuple[str, ...]
    """The content words in their order (the phrases two contents share)."""
    negated: tuple[frozenset[str], ...]
    """The content words each of its negations governs ("not", "never", "-n't")."""
    unnegated: frozenset[str]
    """The content words it states outside any negation."""
    lowered: frozenset[str]
    """The content words it writes in lower case somewhere: no names."""
    title_case: bool
    """Whether it capitalizes most words (a headline), so its capitals name nothing."""


def match(
    story: int,
    found: Sequence[Statement],
    *,
    own: Sequence[Statement] = (),
    settings: Settings = DEFAULT_SETTINGS,
) -> list[Claim]:
    """One story's statements grouped into claims, in the order of first appearance; the
    articles' ``own`` statements then join the claim they state (``join_own``)."""
    ordered = sorted(found, key=_order)
    features = _featurize([s.content for s in ordered])
    groups: list[_Group] = []
    denials: list[int] = []
    for index, statement in enumerate(ordered):
        if statement.stance == "deny":
            denials.append(index)
            continue
        best, score = _best(index, groups, features, settings)
        if best is None or score < settings.join:
            groups.append(_Group([index]))
            continue
        polarity = _polarity(features[index], [features[i] for i in best.members], settings)
        if polarity == "agrees":
            best.members.append(index)
        elif polarity == "denies":
            best.denials.append(index)
        else:
            groups.append(_Group([index]))
    by_attribution = {
        (ordered[i].article, ordered[i].attribution): group
        for group in groups
        for i in group.members
    }
    for index in denials:
        denial = ordered[index]
        group = by_attribution.get((denial.article, denial.target or ""))
        if group is None:
            best, score = _best(index, groups, features, settings)
            group = best if best is not None and score >= settings.deny else None
        if group is not None:
            group.denials.append(index)
    everything = join_own(ordered, own, groups, settings)
    return [
        _claim(
            f"{story}:{number}",
            story,
            sorted((everything[i] for i in g.members), key=_order),
            [everything[i] for i in g.denials],
        )
        for number, g in enumerate(groups, start=1)
    ]


def join_own(
    ordered: Sequence[Statement],
    own: Sequence[Statement],
    groups: Sequence[_Group],
    settings: Settings,
) -> list[Statement]:
    """Add each own statement to the claim it states (the most similar, by the claims'
    own threshold, and agreeing), unless its article already states that claim; an own
    statement never starts a claim (the attributions say what the story's claims are).
    Returns every statement, the own ones after ``ordered`` (the groups' indices)."""
    everything = [*ordered, *sorted(own, key=_order)]
    if not own:
        return everything
    features = _featurize([s.content for s in everything])
    for index in range(len(ordered), len(everything)):
        article = everything[index].article
        open_groups = [
            g for g in groups if all(everything[i].article != article for i in g.members)
        ]
        best, score = _best(index, open_groups, features, settings)
        if best is None or score < settings.join:
            continue
        if _polarity(features[index], [features[i] for i in best.members], settings) == "agrees":
            best.members.append(index)
    return everything


def _order(statement: Statement) -> tuple[tuple[str, str], str, int]:
    return _time_key(statement), statement.article, statement.position


def _best(
    index: int, groups: Sequence[_Group], features: Sequence[_Features], settings: Settings
) -> tuple[_Group | None, float]:
    best, best_score = None, 0.0
    for group in groups:
        score = sum(similarity(features[index], features[i], settings) for i in group.members)
        score /= len(group.members)
        if score > best_score:
            best, best_score = group, score
    return best, best_score


def similarity(first: _Features, second: _Features, settings: Settings = DEFAULT_SETTINGS) -> float:
    """Cosine of the terms, plus the names' share in common, plus a shared number; none
    for contents that are not alike enough (``alike``)."""
    if not alike(first, second, settings):
        return 0.0
    score = sum(weight * second.terms.get(term, 0.0) for term, weight in first.terms.items())
    if first.names and second.names:
        shared = len(first.names & second.names) / min(len(first.names), len(second.names))
        score += settings.names * shared
    if first.numbers & second.numbers:
        score += settings.numbers
    return score


def alike(first: _Features, second: _Features, settings: Settings = DEFAULT_SETTINGS) -> bool:
    """Whether two contents could state the same thing: at least ``shared_terms`` content
    words in common, and either ``enough_terms`` of them not all in one phrase the two
    share (unless that phrase has ``phrase_terms``), or ``cover`` of the shorter content's
    words; one of them no name (``_beyond_names``); and, where both name someone or
    something, a name in common."""
    shared = first.terms.keys() & second.terms.keys()
    if len(shared) < settings.shared_terms:
        return False
    if first.names and second.names and not first.names & second.names:
        return False
    if not _beyond_names(first, second, shared):
        return False
    shorter = min(len(first.terms), len(second.terms))
    if len(shared) >= settings.cover * shorter:
        return True
    if len(shared) < settings.enough_terms:
        return False
    phrase = _common_phrase(first.sequence, second.sequence)
    return len(phrase) >= settings.phrase_terms or not shared <= set(phrase)


def _beyond_names(first: _Features, second: _Features, shared: set[str]) -> bool:
    """Whether two contents share a word that is no name (one of them writes it in lower
    case): "Afghanistan is a war the United States must win" and "the United States was on
    the wrong side of history in Afghanistan" share only whom they are about, "President
    Trump" and "President Donald Trump" say nothing. A headline's capitals tell nothing:
    the other content's case decides (both headlines: alike as far as this goes)."""
    sides = [f for f in (first, second) if not f.title_case]
    return not sides or any(shared & side.lowered for side in sides)


def _common_phrase(first: Sequence[str], second: Sequence[str]) -> Sequence[str]:
    """The longest run of content words the two have both."""
    best, end = 0, 0
    previous = [0] * (len(second) + 1)
    for i, word in enumerate(first, start=1):
        current = [0] * (len(second) + 1)
        for j, other in enumerate(second, start=1):
            if word == other:
                current[j] = previous[j - 1] + 1
                if current[j] > best:
                    best, end = current[j], i
        previous = current
    return first[end - best : end]


def _polarity(
    statement: _Features, members: Sequence[_Features], settings: Settings = DEFAULT_SETTINGS
) -> str:
    """How a statement stands to the claim it is like, by most of the claim's alike
    members: ``agrees``; ``denies`` when one of its negations governs at least
    ``NEGATED_TERMS`` words they share and the member negates none of them ("was not 'a
    war of Obama's choosing'" against "a war of Obama's choosing"); ``apart`` (a claim
    of its own) the other way round. A negation of one shared word is read as no more
    than a way of putting it ("not using the term", "avoiding the term")."""
    votes: Counter[str] = Counter()
    for member in members:
        if not alike(statement, member, settings):
            continue
        shared = statement.terms.keys() & member.terms.keys()
        touched = (
            any(scope & shared for scope in statement.negated),
            any(scope & shared for scope in member.negated),
        )
        if _negates(statement, shared) >= NEGATED_TERMS and not touched[1]:
            votes["denies"] += 1
        elif _negates(member, shared) >= NEGATED_TERMS and not touched[0]:
            votes["apart"] += 1
        else:
            votes["agrees"] += 1
    if not votes or votes["agrees"] * 2 >= sum(votes.values()):
        return "agrees"
    return "denies" if votes["denies"] > votes["apart"] else "apart"


def _featurize(contents: Sequence[str]) -> list[_Features]:
    counts = [Counter(terms(content)) for content in contents]
    seen = Counter(term for count in counts for term in count)
    total = len(counts)
    found = []
    for content, count in zip(contents, counts, strict=True):
        weights = {t: n * (math.log((1 + total) / (1 + seen[t])) + 1) for t, n in count.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        found.append(
            _Features(
                {t: w / norm for t, w in weights.items()},
                frozenset(names(content)),
                frozenset(value for value, _ in figures(content)),
                tuple(terms(content)),
                *negations(content),
                frozenset(t for w in WORD.findall(content) if w.islower() and (t := _term(w))),
                title_case(content),
            )
        )
    return found


def terms(text: str) -> Iterator[str]:
    """The content words of a text, lower case and lightly stemmed (negations are none)."""
    for word in WORD.findall(text):
        term = _term(word)
        if term is not None:
            yield term


def _term(word: str) -> str | None:
    lowered = word.casefold().replace("’", "'").removesuffix("'s")
    if lowered in STOP_WORDS or len(lowered) < 2 or _negation(lowered):
        return None
    return _stem(lowered)


def _negation(lowered: str) -> bool:
    return lowered in NEGATIONS or lowered.endswith("n't")


def negations(text: str) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The content words each negation of a text governs (up to ``NEGATION_SCOPE`` words
    after "not", "never", "no", "-n't" and the like, within its clause), and the content
    words it states outside any."""
    scopes: list[set[str]] = []
    elsewhere: set[str] = set()
    remaining = 0
    for token in CLAUSE_TOKEN.finditer(text):
        word = token.group()
        if not WORD.fullmatch(word) or word.casefold() in CLAUSE_WORDS:
            remaining = 0
            continue
        if _negation(word.casefold().replace("’", "'")):
            remaining = NEGATION_SCOPE
            scopes.append(set())
            continue
        term = _term(word)
        if remaining:
            remaining -= 1
            if term is not None:
                scopes[-1].add(term)
        elif term is not None:
            elsewhere.add(term)
    return tuple(frozenset(scope) for scope in scopes if scope), frozenset(elsewhere)


def _negates(features: _Features, shared: set[str]) -> int:
    """How many of the shared words one negation of a text governs at most, counting none
    whose words the text also states outside negations ("That's not putting people back
    to work. [...] God wants to see us help ourselves by putting people back to work")."""
    counts = [
        len(scope & shared)
        for scope in features.negated
        if not (scope & shared) <= features.unnegated
    ]
    return max(counts, default=0)


def _stem(word: str) -> str:
    for suffix, replacement, shortest in (
        ("ies", "y", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= shortest and not word.endswith("ss"):
            return word[: -len(suffix)] + replacement
    return word


def names(text: str) -> Iterator[str]:
    """Capitalized words but the text's first, lower case ("Calder", "Foods")."""
    for position, match_ in enumerate(WORD.finditer(text)):
        word = match_.group()
        if position and word[0].isupper() and word.casefold() not in STOP_WORDS:
            yield word.casefold()


@dataclass(frozen=True, slots=True)
class Figure:
    """A number of a text: its value, the measure it counts (a unit: ``money:usd``,
    ``percent``, ``worker``), the head of the phrase naming what the money or share is
    of ("income" in "$139 million in adjusted gross income"; None without one) and the
    range of values its qualifier allows ("more than", "about"; the value itself without
    one)."""

    value: float
    measure: str
    head: str | None
    low: float
    high: float

    def comparable(self, other: Figure) -> bool:
        """The same measure: one unit, and one head where both name one."""
        return self.measure == other.measure and (
            self.head is None or other.head is None or self.head == other.head
        )

    def compatible(self, other: Figure) -> bool:
        """Whether both could be true: their ranges meet."""
        return self.low <= other.high and other.low <= self.high


def figures(text: str) -> Iterator[tuple[float, str]]:
    """The numbers of a text with the measure each counts (``lang.en.measures``):
    ``("usd", 4.2e9)`` for "$4.2 billion", ``("worker", 12)`` for "12 workers"."""
    for figure in readings(text):
        yield figure.value, figure.measure


def readings(text: str) -> Iterator[Figure]:
    """The numbers of a text as ``Figure``s (``figures`` gives their values and measures)."""
    tokens = [t.group() for t in TOKEN.finditer(text)]
    for index, token in enumerate(tokens):
        lowered = token.casefold()
        number = NUMBER.fullmatch(lowered)
        if number is not None:
            value = float(number.group("digits").replace(",", ""))
            symbol = number.group("symbol")
            percent = bool(number.group("percent"))
        elif lowered in COUNT_WORDS:
            value, symbol, percent = float(COUNT_WORDS[lowered]), None, False
        else:
            continue
        rest = [t.casefold() for t in tokens[index + 1 : index + 8]]
        if rest and rest[0] in SCALES:
            value *= SCALES[rest[0]]
            rest = rest[1:]
        measure = _measure(
            symbol, percent, rest[:2], tokens[max(0, index - MEASURE_LOOKBACK) : index]
        )
        if measure is None or (
            not measure.startswith("money:") and value in YEARS and symbol is None
        ):
            continue
        low, high = _qualified(tokens[max(0, index - 3) : index])
        head = None
        if measure.startswith("money:") or measure == "percent":
            unit = bool(rest) and (rest[0] in CURRENCY_WORDS or rest[0] in PERCENT_WORDS)
            head = _head(rest[1:] if unit else rest)
        yield Figure(_plain(value), measure, head, value * low, value * high)


def _qualified(before: Sequence[str]) -> tuple[float, float]:
    """The range (as factors) the words just before a number allow (``QUALIFIERS``)."""
    lowered = [word.casefold() for word in before]
    for size in (3, 2, 1):
        if len(lowered) >= size and (found := QUALIFIERS.get(" ".join(lowered[-size:]))):
            return found
    return (1.0, 1.0)


def _head(after: Sequence[str]) -> str | None:
    """The last content word of an "in ..." or "of ..." phrase just after a figure."""
    if not after or after[0] not in HEAD_PREPOSITIONS:
        return None
    head = None
    for word in after[1:]:
        if not WORD.fullmatch(word) or (word in STOP_WORDS and head is not None):
            break
        if word not in STOP_WORDS:
            head = _stem(word)
    return head


def _measure(symbol: str | None, percent: bool, after: list[str], before: list[str]) -> str | None:
    if symbol:
        return "money:" + CURRENCY_SYMBOLS[symbol.casefold()]
    if after and after[0] in CURRENCY_WORDS:
        return "money:" + CURRENCY_WORDS[after[0]]
    if percent or (after and after[0] in PERCENT_WORDS):
        return "percent"
    if after and WORD.fullmatch(after[0]) and after[0] not in STOP_WORDS:
        return _stem(after[0])
    for word in reversed(before):
        if _stem(word.casefold()) in {_stem(noun) for noun in MEASURE_NOUNS}:
            return _stem(word.casefold())
    return None


def _plain(value: float) -> float:
    return float(int(value)) if value.is_integer() else value


# --- one claim ---------------------------------------------------------------------------


def _claim(claim_id: str, story: int, members: list[Statement], denials: list[Statement]) -> Claim:
    first = first_report(members)
    leading = next(s for s in members if s.article == first.article)
    return Claim(
        id=claim_id,
        story=story,
        text=_clean(leading.content),
        appearances=tuple(
            Appearance(s.article, s.attribution, s.outlet, s.published) for s in members
        ),
        first_report=first,
        origins=origins(members),
        denials=tuple(Denial(s.article, s.attribution, s.source) for s in denials),
        contradictions=contradictions(members),
    )


def _clean(content: str) -> str:
    text = content.strip().strip("\"“”'‘’ ,").strip()
    return text.removeprefix("that ").strip()


def _time_key(statement: Statement) -> tuple[str, str]:
    """Orders by day, then by time of day where known (UTC when the offset is), undated
    last."""
    if statement.published is None:
        return ("9999-99-99", "")
    return (statement.published, _moment(statement.evidence) or "~")


def _moment(evidence: dict[str, Any] | None) -> str | None:
    if not evidence or evidence.get("precision") == "day":
        return None
    moment = datetime.fromisoformat(str(evidence["value"]))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat()


def first_report(members: Sequence[Statement]) -> FirstReport:
    """The earliest appearance and whether another could be as early (module docstring)."""
    articles = {s.article: s for s in members}
    dated = [s for s in articles.values() if s.published]
    if not dated:
        first = members[0]
        return FirstReport(first.article, None, None, uncertain=True)
    day = min(s.published or "" for s in dated)
    same_day = [s for s in dated if s.published == day]
    same_day.sort(key=lambda s: (_moment(s.evidence) is None, _moment(s.evidence) or "", s.article))
    first = same_day[0]
    rivals = [s for s in same_day[1:] if s.copy_of != first.article]
    undated = len(dated) < len(articles)
    tied = any(
        _moment(s.evidence) is None
        or _moment(first.evidence) is None
        or _moment(s.evidence) == _moment(first.evidence)
        for s in rivals
    )
    return FirstReport(first.article, first.published, first.evidence, uncertain=tied or undated)


def _origin_of(statement: Statement) -> tuple[str, str, str] | None:
    """The key, name and kind of what one appearance rests on, within its article; None
    when nothing in its chain is resolved (``unresolved``)."""
    chain = statement.chain
    for depth, link in enumerate(chain):
        if _unresolved(link):
            continue
        above = chain[depth + 1 :]
        if link.kind == "anonymous":
            citing = next((up.name for up in above if up.kind == "outlet"), None)
            outlet = citing or statement.speaks_for or statement.article
            return _outlet_key(outlet), _outlet_name(outlet), "anonymous"
        if link.kind == "outlet" or lookup_name(link.name or ""):
            return _outlet_key(link.name or ""), _outlet_name(link.name or ""), "outlet"
        if link.kind == "document" and above and above[0].kind in SPEAKERS:
            continue
        return (
            link.identity or f"{link.kind}:{normalized(link.name or '')}",
            link.name or "",
            link.kind or "unknown",
        )
    return None


def _unresolved(link: Link) -> bool:
    """A source that says nothing of who it is: none, of an unknown kind, or a pronoun or
    relative word ("he", "which", "[W]e")."""
    if link.name is None or link.kind in (None, "unknown"):
        return True
    words = [w.casefold() for w in WORD.findall(re.sub(r"[\[\]]", "", link.name))]
    return not words or all(w in PRONOUNS for w in words)


def _outlet_key(name: str) -> str:
    return "outlet:" + normalized(_outlet_name(name))


def _outlet_name(name: str) -> str:
    known = lookup_name(name)
    return known.name if known else name


def origins(members: Sequence[Statement]) -> tuple[Origin, ...]:
    """Who the appearances rest on, an outlet carrying the claim itself resolved to its
    own article's origins (module docstring); the most cited first."""
    own = [(s, origin) for s in members if (origin := _origin_of(s)) is not None]
    by_outlet: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for statement, origin in own:
        if statement.speaks_for:
            by_outlet[_outlet_key(statement.speaks_for)].add(origin)
    resolved = [
        (statement, found) for statement, origin in own for found in _resolved(origin, by_outlet)
    ]
    found_origins = {found for _, found in resolved}
    person = {**_one_document(found_origins), **_one_person(found_origins)}
    articles: dict[str, list[str]] = defaultdict(list)
    named: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for statement, (key, name, kind) in resolved:
        key = person.get(key, key)
        if statement.article not in articles[key]:
            articles[key].append(statement.article)
        named[key].append((name, kind))
    found = []
    for key, article_list in articles.items():
        name = _usual_name([n for n, _ in named[key]])
        kind = min((k for _, k in named[key]), key=lambda k: KIND_RANK.get(k, len(KIND_RANK)))
        found.append(Origin(name, kind, tuple(article_list)))
    found.sort(key=lambda o: (-len(o.articles), o.name))
    return tuple(found)


def _usual_name(names: list[str]) -> str:
    """The name an origin goes by: the most frequent, of equals the shortest full name
    ("Kevin McCarthy" before "Majority Whip Kevin McCarthy" and "McCarthy")."""
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], len(n.split()) < 2, len(n.split()), n))


ARTICLES = INDEFINITE_ARTICLES | DEFINITE_DETERMINERS
"""Words before a document's name that do not change which document it is."""

SURNAME_ORIGINS = frozenset({"person", "organization", "unknown"})
"""The kinds of origin whose name may be the end of a person's: "Goelman" typed an
organization in one article is Aitan Goelman of another."""


def _one_document(found: set[tuple[str, str, str]]) -> dict[str, str]:
    """Origin keys to the key of the document they are: the same name but for its article
    ("a letter" in one article, "the letter" or "letter" in another)."""
    first: dict[tuple[str, ...], str] = {}
    one: dict[str, str] = {}
    for key, name, kind in sorted(found):
        if kind != "document":
            continue
        words = normalized(name).split()
        while words and words[0] in ARTICLES:
            words.pop(0)
        same = first.setdefault(tuple(words), key)
        if same != key:
            one[key] = same
    return one


def _one_person(found: set[tuple[str, str, str]]) -> dict[str, str]:
    """Origin keys to the key of the person they are: a name that ends one person's
    name and no other's ("Kevin McCarthy" and "Majority Whip Kevin McCarthy", "Goelman"
    and "Aitan Goelman"; not "Clinton" beside Bill and Hillary Clinton)."""
    words: dict[str, tuple[str, ...]] = {}
    for key, name, _ in sorted(found):  # a key's longest name
        words[key] = max(words.get(key, ()), tuple(normalized(name).split()), key=len)
    people = {key for key, _, kind in found if kind == "person"}
    kinds = {key: kind for key, _, kind in sorted(found)}
    one: dict[str, str] = {}
    # the longest names first: "Kevin McCarthy" is one with "Majority Whip Kevin McCarthy"
    # before "McCarthy" is, which then ends one person's name, not two
    for key in sorted(kinds, key=lambda k: (-len(words[k]), k)):
        end = words[key]
        longer = {
            one.get(other, other)
            for other in people
            if end and len(words[other]) > len(end) and words[other][-len(end) :] == end
        }
        if kinds[key] in SURNAME_ORIGINS and len(longer) == 1:
            one[key] = longer.pop()
    return one


def _resolved(
    origin: tuple[str, str, str], by_outlet: dict[str, set[tuple[str, str, str]]]
) -> Iterable[tuple[str, str, str]]:
    seen: set[str] = set()
    pending = [origin]
    while pending:
        current = pending.pop()
        if current[0] in seen:
            continue
        seen.add(current[0])
        carried = {o for o in by_outlet.get(current[0], set()) if o[0] != current[0]}
        if current[2] == "outlet" and carried:
            pending.extend(carried)
        else:
            yield current


def contradictions(members: Sequence[Statement]) -> tuple[Contradiction, ...]:
    """Measures given incompatible numbers, events given different dates, by the
    appearances (module docstring)."""
    dated = _date_contradiction(members)
    return (*_figure_contradictions(members), *((dated,) if dated else ()))


def _figure_contradictions(members: Sequence[Statement]) -> tuple[Contradiction, ...]:
    by_measure: dict[str, list[tuple[Statement, Figure]]] = defaultdict(list)
    for statement in members:
        for figure in readings(statement.content):
            given = by_measure[figure.measure]
            if not any(s == statement and f.value == figure.value for s, f in given):
                given.append((statement, figure))
    found = []
    for measure, given in by_measure.items():
        conflict = _conflict(given)
        if conflict is None:
            continue
        given = [pair for pair in given if all(pair[1].comparable(f) for f in conflict)]
        given.sort(key=lambda pair: _time_key(pair[0]))
        found.append(
            Contradiction(
                kind="number",
                measure=measure,
                values=tuple(Value(_number(f.value), s.article, s.source) for s, f in given),
                later_update=_later_update([(s, f.value) for s, f in given]),
            )
        )
    return tuple(found)


EVENT_WORDS_BEFORE = 4
"""Words before a date read for the event it dates ("the ferry sank on Monday")."""


def _date_contradiction(members: Sequence[Statement]) -> Contradiction | None:
    """Two appearances dating one event to different days or moments (module docstring);
    each appearance is read only when its content gives one such date."""
    given = [
        (statement, value, _event_words(statement.content, text))
        for statement in members
        if len({value for value, _ in statement.dates}) == 1
        for value, text in statement.dates[:1]
    ]
    for index, (first, one, one_event) in enumerate(given):
        for second, other, other_event in given[index + 1 :]:
            shared = [word for word in one_event if word in other_event]
            if first == second or not shared or _same_moment(one, other):
                continue
            event = shared[0]
            dating = sorted(
                ((s, v) for s, v, words in given if event in words), key=lambda p: _time_key(p[0])
            )
            return Contradiction(
                kind="time",
                measure=event,
                values=tuple(Value(v, s.article, s.source) for s, v in dating),
                later_update=_later_update([(s, v) for s, v in dating]),
            )
    return None


def _event_words(content: str, date_text: str) -> tuple[str, ...]:
    """The content words right before the date's words, the nearest first: what the date
    dates."""
    at = content.find(date_text)
    if at < 0:
        return ()
    before = [w.casefold() for w in WORD.findall(content[:at])][-EVENT_WORDS_BEFORE:]
    return tuple(_stem(w) for w in reversed(before) if w not in STOP_WORDS and len(w) > 2)


def _same_moment(one: str, other: str) -> bool:
    """Whether two TIMEX3 values can name the same moment: one is the other or lies
    within it (a day and a time on that day)."""
    return one.startswith(other) or other.startswith(one)


def _later_update(given: Sequence[tuple[Statement, Any]]) -> bool:
    """Whether the latest value that differs from the first comes after another value
    given by the same kind of origin (``given`` in publication order)."""
    first_value = given[0][1]
    last_statement, last = [pair for pair in given if pair[1] != first_value][-1]
    kind = _origin_kind(last_statement)
    return any(
        value != last and _later(last_statement, statement) and _origin_kind(statement) == kind
        for statement, value in given
    )


def _conflict(given: Sequence[tuple[Statement, Figure]]) -> tuple[Figure, Figure] | None:
    """Two figures of one measure from two statements that cannot both be true, neither
    of them matched by a figure the other statement gives ("about $141 million" matches
    "$139 million", so that statement's "$44 million" in taxes is another measure)."""

    def matched(figure: Figure, statement: Statement) -> bool:
        return any(
            s == statement and f.comparable(figure) and f.compatible(figure) for s, f in given
        )

    for index, (first, one) in enumerate(given):
        for second, other in given[index + 1 :]:
            if first == second or not one.comparable(other) or one.compatible(other):
                continue
            if not matched(one, second) and not matched(other, first):
                return one, other
    return None


def _origin_kind(statement: Statement) -> str:
    origin = _origin_of(statement)
    return origin[2] if origin is not None else "unresolved"


def _later(second: Statement, first: Statement) -> bool:
    """Whether ``second`` was surely published after ``first``: a later day, or a later
    time of day where both give one."""
    if not second.published or not first.published:
        return False
    if second.published != first.published:
        return second.published > first.published
    moments = _moment(second.evidence), _moment(first.evidence)
    return moments[0] is not None and moments[1] is not None and moments[0] > moments[1]


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else value


# --- output ------------------------------------------------------------------------------


def claim_data(claim: Claim) -> dict[str, Any]:
    """A claim as the ``claims`` JSON Lines schema writes it (README)."""
    first = claim.first_report
    return {
        "id": claim.id,
        "story": claim.story,
        "text": claim.text,
        "appearances": [
            {
                "article": a.article,
                "attribution": a.attribution,
                "outlet": a.outlet,
                "published": a.published,
            }
            for a in claim.appearances
        ],
        "first_report": {
            "article": first.article,
            "published": first.published,
            "evidence": first.evidence,
            "uncertain": first.uncertain,
        },
        "origins": [
            {"name": o.name, "kind": o.kind, "articles": list(o.articles)} for o in claim.origins
        ],
        "independent_origins": claim.independent_origins,
        "denials": [
            {"article": d.article, "attribution": d.attribution, "source": d.source}
            for d in claim.denials
        ],
        "contradictions": [
            {
                "kind": c.kind,
                "values": [
                    {"value": v.value, "article": v.article, "source": v.source} for v in c.values
                ],
                "later_update": c.later_update,
            }
            for c in claim.contradictions
        ],
    }


def claims_jsonld(claims: Sequence[Claim]) -> dict[str, Any]:
    """Claims as schema.org ``Claim`` objects in one JSON-LD graph: each ``appearance`` a
    ``NewsArticle`` (its corpus key as ``identifier``, its outlet as ``publisher``), the
    first report as ``firstAppearance``; no review, no verdict."""

    def article(appearance: Appearance) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": "NewsArticle", "identifier": appearance.article}
        if appearance.outlet:
            node["publisher"] = {"@type": "Organization", "name": appearance.outlet}
        if appearance.published:
            node["datePublished"] = appearance.published
        return node

    graph = []
    for claim in claims:
        appearances = {a.article: a for a in claim.appearances}
        graph.append(
            {
                "@type": "Claim",
                "identifier": claim.id,
                "text": claim.text,
                "appearance": [article(a) for a in appearances.values()],
                "firstAppearance": article(appearances[claim.first_report.article]),
            }
        )
    return {"@context": "https://schema.org", "@graph": graph}
