"""Stories: articles that report the same real-world event, grouped as they arrive.

``StoryClusterer.add(article)`` puts one ``StoryArticle`` into a story and returns the
story's id: the article joins the best story it is close enough to, or starts one. The
cost of one ``add`` does not grow with the corpus: the stories an article is compared
with come from an inverted index (a term or a name -> the stories that hold it, of which
only the ``POSTINGS_READ`` latest are read), and its copies from a MinHash index (bands
of its signature -> the articles that share them, ``BUCKET_READ`` latest read); never
from all pairs.

Signals, in one score (``Settings``):

- **text**: the mean cosine of the article's TF-IDF vector (content words, the title
  and lead weighted up; the IDF counted over the articles seen so far) with the story's
  articles' (average linkage), read off the story's centroid: the sum of its articles'
  unit vectors, divided by their number;
- **names**: the share of the article's names (runs of capitalized words in the title
  and lead: "Joe Sestak", "State Department") that the story's articles named too;
- **headline**: the share of the article's title words (weighted by IDF) found in the
  titles of the story's articles;
- **dates**: a penalty when the article's date lies more than ``window_days`` from the
  story's dates; an article or a story without a date gets none, so undated articles
  cluster on text, names and headlines alone;
- **copies**: an article whose word shingles are mostly those of an earlier article (a
  wire copy, a trimmed or re-headlined republication) joins that article's story,
  whatever the score; it is linked to the earliest copy (``Assignment.copy_of``).

The state is plain rows (``dump``: by table name, lists of dicts of strings, numbers and
lists), so a store can keep it in tables and add to it the next day, writing only the
rows a day's articles changed (``changes``, ``changed_rows``). Nor does the next day read
it all: a clusterer made with a ``StateSource`` (the store's tables) reads only what its
articles look up (their terms' counts and latest postings, their copy buckets, the stories
they are compared with; ``prepare`` reads a batch's in a few queries), so a day's cost does
not grow with the corpus either, and its stories are those the whole state gives.
``rebuild(articles)`` is a fresh clusterer fed every article in date order (undated
last); adding the same articles in the same order gives the same stories.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol, TypeVar

from reportedly.lang.en.stop_words import STOP_WORDS

Row = dict[str, Any]
T = TypeVar("T")
Key = TypeVar("Key", str, int)
Via = Literal["new", "text", "copy"]
"""How an article got its story: it started it, it was close enough, it is a copy."""

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A word: letters, with apostrophes inside ("O'Rourke", "don't")."""
POSSESSIVE = re.compile(r"['’]s$")
SHINGLE_WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?:;\"“”]$")
TITLE_CASE_SHARE = 0.6
MAX_ACRONYM = 5
MAX_ABBREVIATION = 4
LEAD_WORDS = 120
"""The words of the body after the title that count as its lead."""
OPENING_WORDS = 30
"""The words of the body whose names, with the title's, say what the article is about."""
CENTROID_TERMS = 400
"""Terms a story's centroid keeps (the heaviest): its cost and size stay bounded."""
STORY_NAMES = 100
"""Names a story keeps (the most frequent)."""
QUERY_TERMS = 20
"""An article's heaviest terms, looked up in the index (and indexed under its story)."""
POSTINGS_READ = 64
"""Stories read per looked-up term or name: the latest ones that took it."""
CANDIDATES = 8
"""Stories scored in full per article: those sharing the most looked-up weight."""
PREFETCHED = 2 * CANDIDATES
"""Stories ``prepare`` reads per article: twice those scored, since the articles before it
in a batch change the ranking (a day's 300 articles at 3,000 stored: 8 read 547 stories
at once and 42 more one query at a time, 16 read 804 and 22 more; 24 or 32 read more
than they save)."""
NAME_LOOKUP_WEIGHT = 0.1
"""What a shared name adds to a story's lookup weight (a term adds its own weight)."""

SHINGLE = 4
"""Words per shingle for the copy signatures."""
SIGNATURE_BINS = 64
"""One-permutation MinHash: a shingle's 64-bit hash picks a bin by its top bits and
competes for that bin's minimum with the rest."""
BAND_BINS = 2
"""Bins per LSH band: two signatures share a band's bucket when both bins agree."""
BUCKET_READ = 8
"""Articles read per bucket: the latest ones that fell into it."""
MIN_SHINGLES = 20
"""Texts shorter than this (in shingles) are never taken for copies."""
EMPTY_BIN = -1
BIN_SHIFT = 64 - SIGNATURE_BINS.bit_length() + 1
BIN_MASK = (1 << BIN_SHIFT) - 1
BAND_SHIFT = 63 - BIN_SHIFT
BAND_MASK = (1 << 63) - 1
"""A band's key folds its start and bins into 63 bits (a store's BIGINT): each bin shifts
the key by ``BAND_SHIFT`` before it is mixed in (keys that collide only add a candidate to
check)."""


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """What story clustering reads of an article: its key in the corpus, title, text
    (paragraphs separated by blank lines), ``published`` date (``YYYY-MM-DD``) and
    outlet, either of which may be unknown."""

    key: str
    title: str
    text: str
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """The weights and thresholds of the score (defaults: ``DEFAULT_SETTINGS``)."""

    join: float
    """The score an article needs to join a story."""
    names: float
    """The weight of the share of the article's names the story holds (an article or a
    story without names: nothing)."""
    unknown_names: float
    """Taken off, times the share of the article's salient names (title and opening) that
    the story never mentions."""
    headlines: float
    """The weight of the share of the article's title words (by IDF) in the story's titles."""
    window_days: int
    far_penalty: float
    """Taken off when the article's date is more than ``window_days`` from the story's."""
    title_weight: float
    lead_weight: float
    """How many times a word of the title, of the lead, counts as one of the body."""
    copy_containment: float
    """The share of the shorter text's shingles two texts must share to be copies."""


DEFAULT_SETTINGS = Settings(
    join=0.20,
    names=0.05,
    unknown_names=0.25,
    headlines=0.30,
    window_days=10,
    far_penalty=0.50,
    title_weight=3.0,
    lead_weight=2.0,
    copy_containment=0.5,
)
"""Calibrated on BASIL 2010-2014 (150 articles, 50 stories; ``reportedly bench stories``
scores 2015-2019 apart as the held-out half): a grid over ``join``, ``names``,
``unknown_names``, ``headlines``, ``window_days`` and the zone weights, the best B-cubed
F1 on that half (then on it with its dates removed) among the settings that also keep the
hand-written same-topic stories of ``tests/corpus/test_stories.py`` apart. The copy
threshold is not calibrated (BASIL has no copies)."""


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went: its story, how (``via``), the score that decided it (the
    containment for a copy), and the earliest copy it repeats."""

    article: str
    story: int
    via: Via
    score: float
    copy_of: str | None = None


@dataclass(slots=True)
class Story:
    """One story's state: its articles' count, first title, date range, centroid (term
    -> the sum of its articles' unit TF-IDF weights, IDF as it was when each joined),
    names and title words (-> articles naming them), and the terms it is indexed under."""

    id: int
    title: str
    size: int = 0
    first: str | None = None
    last: str | None = None
    centroid: dict[str, float] = field(default_factory=dict)
    names: Counter[str] = field(default_factory=Counter)
    headlines: Counter[str] = field(default_factory=Counter)
    indexed: set[str] = field(default_factory=set)

    @classmethod
    def from_row(cls, row: Row) -> Story:
        """A story as a store keeps it: its ``stories`` row with its lists (``terms`` and
        ``weights``, ``names`` and ``name_articles``, ``headlines`` and
        ``headline_articles``, the ``indexed`` terms)."""
        return cls(
            row["story"],
            row["title"],
            row["size"],
            row["first"],
            row["last"],
            _paired(row["terms"], row["weights"]),
            Counter(_paired(row["names"], row["name_articles"])),
            Counter(_paired(row["headlines"], row["headline_articles"])),
            set(map(sys.intern, row["indexed"])),
        )


@dataclass(slots=True)
class Seen:
    """One article's state: its assignment, date, shingle count and copy signature."""

    assignment: Assignment
    published: str | None
    shingles: int
    signature: tuple[int, ...]

    @classmethod
    def from_row(cls, row: Row) -> Seen:
        """An article as ``row`` wrote it (a ``story_articles`` row)."""
        assignment = Assignment(
            row["article"], row["story"], row["via"], row["score"], row["copy_of"]
        )
        return cls(assignment, row["published"], row["shingles"], tuple(row["signature"]))

    def row(self, position: int) -> Row:
        """Its ``story_articles`` row: ``position`` is its number in the order added."""
        return {
            "position": position,
            "article": self.assignment.article,
            "story": self.assignment.story,
            "via": self.assignment.via,
            "score": self.assignment.score,
            "copy_of": self.assignment.copy_of,
            "published": self.published,
            "shingles": self.shingles,
            "signature": list(self.signature),
        }


@dataclass(frozen=True, slots=True)
class Features:
    """What an article is compared by: term frequencies (zone-weighted), names, copy
    signature and its shingle count."""

    terms: dict[str, float]
    names: frozenset[str]
    salient: frozenset[str]
    headline: frozenset[str]
    signature: tuple[int, ...]
    shingles: int


class StateSource(Protocol):
    """Where a clusterer reads the state it holds only in part (a store's tables:
    ``story_tables.StoreState``). Each method is asked only for what the clusterer has not
    read yet."""

    def sizes(self) -> tuple[int, int]:
        """How many articles and how many stories the state holds."""
        ...

    def terms(self, terms: Sequence[str]) -> Iterable[tuple[str, int, int, list[int]]]:
        """Per term or name key found: the articles that held it, how many stories it was
        posted under, and the latest ``POSTINGS_READ`` of them, oldest first."""
        ...

    def stories(self, ids: Sequence[int]) -> Iterable[Story]:
        """These stories."""
        ...

    def buckets(self, bands: Sequence[int]) -> Iterable[tuple[int, list[str]]]:
        """Per band found: the latest ``BUCKET_READ`` articles that fell into it, oldest
        first."""
        ...

    def articles(self, keys: Sequence[str]) -> Iterable[Seen]:
        """These articles, those that were added."""
        ...


@dataclass(slots=True)
class Asked:
    """The keys a clusterer asked its source for (found or not), so none is asked twice."""

    terms: set[str] = field(default_factory=set)
    bands: set[int] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Changes:
    """What ``add`` changed since the clusterer was made or loaded, so that a store keeps
    its state by writing these alone (``changed_rows``)."""

    stories: set[int] = field(default_factory=set)
    articles: list[str] = field(default_factory=list)
    postings: list[Row] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)


# -- reading an article ----------------------------------------------------------------------


def features(article: StoryArticle, settings: Settings = DEFAULT_SETTINGS) -> Features:
    """The terms, names and copy signature of an article."""
    body = list(WORD.finditer(article.text))
    lead_end = body[LEAD_WORDS - 1].end() if len(body) >= LEAD_WORDS else len(article.text)
    terms: dict[str, float] = {}
    for word in WORD.findall(article.title):
        _count(terms, word, settings.title_weight)
    for position, match in enumerate(body):
        _count(terms, match.group(), settings.lead_weight if position < LEAD_WORDS else 1.0)
    names = set(_names(article.text[:lead_end]))
    opening = body[OPENING_WORDS - 1].end() if len(body) >= OPENING_WORDS else len(article.text)
    salient = set(_names(article.text[:opening]))
    if not title_case(article.title):
        salient.update(_names(article.title))
    names.update(salient)
    signature, shingles = copy_signature(article.text)
    return Features(
        {term: 1.0 + math.log(count) if count >= 1 else count for term, count in terms.items()},
        frozenset(names),
        frozenset(salient),
        frozenset(t for word in WORD.findall(article.title) if _term(t := _normal(word))),
        signature,
        shingles,
    )


def _count(terms: dict[str, float], word: str, weight: float) -> None:
    term = _normal(word)
    if _term(term):
        terms[term] = terms.get(term, 0.0) + weight


def _term(word: str) -> bool:
    return len(word) > 1 and word not in STOP_WORDS


def _normal(word: str) -> str:
    return POSSESSIVE.sub("", word.lower().replace("’", "'"))


def title_case(title: str) -> bool:
    """Whether a title (or any text) capitalizes most of its content words (then its
    capitals say nothing about names)."""
    words = [word for word in WORD.findall(title) if word.lower() not in STOP_WORDS]
    capitalized = sum(1 for word in words if word[0].isupper())
    return capitalized > TITLE_CASE_SHARE * len(words)


def _names(text: str) -> Iterator[str]:
    """Names in a text: runs of capitalized words (only whitespace between them), without
    leading or trailing stop words, keyed by their last two words ("joe sestak", "state
    department"); a single capitalized word counts only inside a sentence."""
    run: list[str] = []
    single = False
    previous_end = 0
    for match in WORD.finditer(text):
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        if run and (gap.strip() or not _capitalized(match.group())):
            yield from _run_names(run, single=single)
            run = []
        if _capitalized(match.group()):
            if not run:
                before = text[: match.start()].rstrip()
                single = bool(before) and not SENTENCE_END.search(before[-1:])
            if _abbreviation(text, match):
                yield from _run_names(run, single=single)
                run = []
                continue
            run.append(_normal(match.group()))
    if run:
        yield from _run_names(run, single=single)


def _capitalized(word: str) -> bool:
    """A capitalized word, or an acronym ("NAACP"); not a word in capitals ("WASHINGTON",
    a dateline)."""
    return word[0].isupper() and (not word.isupper() or len(word) <= MAX_ACRONYM)


def _abbreviation(text: str, match: re.Match[str]) -> bool:
    """A letter ("D-N.C.") or a short word with a full stop ("Conn.", "Eric H. Holder"): an
    initial or an abbreviation, not a name of its own."""
    word = match.group()
    return len(word) == 1 or (
        len(word) <= MAX_ABBREVIATION and text[match.end() : match.end() + 1] == "."
    )


def _run_names(run: list[str], *, single: bool) -> Iterator[str]:
    words = list(run)
    while words and words[0] in STOP_WORDS:
        words.pop(0)
    while words and words[-1] in STOP_WORDS:
        words.pop()
    if len(words) >= 2:
        yield " ".join(words[-2:])
    elif words and single and len(run) == 1:
        yield words[0]


def copy_signature(text: str) -> tuple[tuple[int, ...], int]:
    """The one-permutation MinHash signature of a text's word shingles (``EMPTY_BIN``
    where no shingle fell), and the number of distinct shingles."""
    words = SHINGLE_WORD.findall(text.lower())
    hashes = {
        int.from_bytes(
            hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest()
        )
        for i in range(max(len(words) - SHINGLE + 1, 0))
    }
    bins = [EMPTY_BIN] * SIGNATURE_BINS
    for value in hashes:
        index, rest = value >> BIN_SHIFT, value & BIN_MASK
        if bins[index] == EMPTY_BIN or rest < bins[index]:
            bins[index] = rest
    return tuple(bins), len(hashes)


def containment(first: Seen | Features, second: Seen | Features) -> float:
    """The estimated share of the smaller text's shingles the other one holds."""
    both = agree = 0
    for a, b in zip(first.signature, second.signature, strict=True):
        if a != EMPTY_BIN or b != EMPTY_BIN:
            both += 1
            agree += a == b
    smaller = min(first.shingles, second.shingles)
    if not both or smaller < MIN_SHINGLES:
        return 0.0
    jaccard = agree / both
    return min(1.0, jaccard * (first.shingles + second.shingles) / ((1 + jaccard) * smaller))


def lsh_bands(signature: tuple[int, ...]) -> Iterator[int]:
    """The keys of a signature's LSH bands (those with no empty bin)."""
    for start in range(0, SIGNATURE_BINS, BAND_BINS):
        band = signature[start : start + BAND_BINS]
        if EMPTY_BIN not in band:
            key = start
            for value in band:
                key = ((key << BAND_SHIFT) ^ value) & BAND_MASK
            yield key


def days_between(first: str, second: str) -> int:
    return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)


# -- the clusterer ---------------------------------------------------------------------------


class StoryClusterer:
    """Groups articles into stories, one ``add`` at a time (see the module's docstring).
    With a ``source`` it holds only the part of the state it read from it."""

    def __init__(
        self, *, settings: Settings = DEFAULT_SETTINGS, source: StateSource | None = None
    ) -> None:
        self.settings = settings
        self.source = source
        self.stories: dict[int, Story] = {}
        self.seen: dict[str, Seen] = {}
        self.document_frequency: Counter[str] = Counter()
        self.postings: dict[str, list[int]] = {}
        self.posted_before: dict[str, int] = {}
        """Per term, the postings the source holds before the latest ones read."""
        self.buckets: dict[int, list[str]] = {}
        self.article_count, self.story_count = source.sizes() if source else (0, 0)
        self.changes = Changes()
        self._asked = Asked()
        self._prepared: dict[StoryArticle, Features] = {}

    @classmethod
    def rebuild(
        cls, articles: Iterable[StoryArticle], *, settings: Settings = DEFAULT_SETTINGS
    ) -> StoryClusterer:
        """A fresh clusterer fed every article in date order (undated ones last, ties by
        key)."""
        clusterer = cls(settings=settings)
        for article in sorted(articles, key=lambda a: (a.published is None, a.published, a.key)):
            clusterer.add(article)
        return clusterer

    def story_of(self, key: str) -> int:
        return self.seen[key].assignment.story

    def assignments(self) -> list[Assignment]:
        """Every article's assignment (that it holds), in the order they were added."""
        return [seen.assignment for seen in self.seen.values()]

    # --- adding ----------------------------------------------------------------------------

    def prepare(self, articles: Sequence[StoryArticle]) -> None:
        """Read from the source, in a few queries for them all, what adding these
        articles will read: their terms' and names' counts and postings, their copy
        buckets and the articles in them, the stories they will be compared with as the
        state stands before them (another one is read when it is asked for)."""
        if self.source is None:
            return
        self._read_articles(article.key for article in articles)
        found = {
            article: self._prepared.get(article) or features(article, self.settings)
            for article in articles
            if article.key not in self.seen
        }
        self._prepared.update(found)
        self._read_terms(key for f in found.values() for key in _looked_up(f))
        bands = {band for f in found.values() for band in lsh_bands(f.signature)}
        self._read_buckets(bands)
        self._read_articles(key for band in bands for key in self._bucket(band))
        stories: set[int] = set()
        for article, f in found.items():
            copy = self._copy(article.key, f)
            if copy is not None:
                stories.add(copy.story)
            else:
                stories.update(self._candidate_ids(f, self._weights(f.terms), PREFETCHED))
        self._read_stories(stories)

    def add(self, article: StoryArticle) -> int:
        """Put an article into a story and return the story's id. An article whose key
        was added before keeps its story."""
        self._read_articles([article.key])
        if article.key in self.seen:
            return self.seen[article.key].assignment.story
        found = self._prepared.pop(article, None) or features(article, self.settings)
        self._read_terms(_looked_up(found))
        self.document_frequency.update(found.terms.keys())
        self.changes.terms.update(found.terms.keys())
        weights = self._weights(found.terms)
        assignment = self._copy(article.key, found) or self._best(article, found, weights)
        if assignment.via == "new":
            story = self.stories[assignment.story] = Story(assignment.story, article.title)
            self.story_count += 1
        else:
            self._read_stories([assignment.story])
            story = self.stories[assignment.story]
        self._join(story, article, found, weights)
        self.seen[article.key] = Seen(
            assignment, article.published, found.shingles, found.signature
        )
        self.article_count += 1
        self.changes.stories.add(story.id)
        self.changes.articles.append(article.key)
        for band in lsh_bands(found.signature):
            self.buckets.setdefault(band, []).append(article.key)
        return assignment.story

    def _idf(self, term: str) -> float:
        articles = self.article_count + 1
        return math.log((1 + articles) / (1 + self.document_frequency[term])) + 1.0

    def _weights(self, terms: dict[str, float]) -> dict[str, float]:
        """The article's unit TF-IDF vector."""
        weighted = {term: tf * self._idf(term) for term, tf in terms.items()}
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        return {term: w / norm for term, w in weighted.items()}

    def _bucket(self, band: int) -> list[str]:
        return self.buckets.get(band, [])[-BUCKET_READ:]

    def _copy(self, key: str, found: Features) -> Assignment | None:
        bands = list(lsh_bands(found.signature))
        self._read_buckets(bands)
        others = {other for band in bands for other in self._bucket(band)}
        self._read_articles(others)
        best: tuple[float, str] | None = None
        for other in sorted(others):
            share = containment(found, self.seen[other])
            if share >= self.settings.copy_containment and (best is None or share > best[0]):
                best = (share, other)
        if best is None:
            return None
        original = self.seen[best[1]].assignment
        return Assignment(
            key, original.story, "copy", round(best[0], 4), original.copy_of or original.article
        )

    def _best(
        self, article: StoryArticle, found: Features, weights: dict[str, float]
    ) -> Assignment:
        best: tuple[float, int] | None = None
        candidates = self._candidate_ids(found, weights)
        self._read_stories(candidates)
        for story in candidates:
            score = self.score(article, found, weights, self.stories[story])
            if score >= self.settings.join and (best is None or score > best[0]):
                best = (score, story)
        if best is None:
            return Assignment(article.key, self.story_count, "new", 0.0)
        return Assignment(article.key, best[1], "text", round(best[0], 4))

    def _candidate_ids(
        self, found: Features, weights: dict[str, float], count: int = CANDIDATES
    ) -> list[int]:
        """The stories sharing most looked-up weight with the article (ties: the older)."""
        lookup: dict[int, float] = {}
        for term in _heaviest(weights, QUERY_TERMS):
            for story in self.postings.get(term, ())[-POSTINGS_READ:]:
                lookup[story] = lookup.get(story, 0.0) + weights[term]
        for name in sorted(found.names):
            for story in self.postings.get(_name_term(name), ())[-POSTINGS_READ:]:
                lookup[story] = lookup.get(story, 0.0) + NAME_LOOKUP_WEIGHT
        return sorted(lookup, key=lambda story: (-lookup[story], story))[:count]

    def score(
        self, article: StoryArticle, found: Features, weights: dict[str, float], story: Story
    ) -> float:
        """How well an article fits a story: text (average linkage), shared names, names
        the story never mentions, headline words, dates."""
        text = sum(w * story.centroid.get(term, 0.0) for term, w in weights.items()) / story.size
        names = (
            sum(1 for name in found.names if name in story.names) / len(found.names)
            if found.names and story.names
            else 0.0
        )
        total = sum(self._idf(t) for t in found.headline)
        headline = (
            sum(self._idf(t) for t in found.headline if t in story.headlines) / total
            if total and story.headlines
            else 0.0
        )
        unknown = (
            sum(1 for name in found.salient if not self._known(name, story)) / len(found.salient)
            if found.salient
            else 0.0
        )
        return (
            text
            + self.settings.names * names
            - self.settings.unknown_names * unknown
            + self.settings.headlines * headline
            + self._date_term(article.published, story)
        )

    @staticmethod
    def _known(name: str, story: Story) -> bool:
        """Whether a story names ``name`` or holds its last word ("Brat" for "Dave Brat")."""
        return name in story.names or name.rsplit(" ", 1)[-1] in story.centroid

    def _date_term(self, published: str | None, story: Story) -> float:
        if published is None or story.first is None or story.last is None:
            return 0.0
        gap = max(
            0,
            (date.fromisoformat(story.first) - date.fromisoformat(published)).days,
            (date.fromisoformat(published) - date.fromisoformat(story.last)).days,
        )
        if gap > self.settings.window_days:
            return -self.settings.far_penalty
        return 0.0

    def _join(
        self, story: Story, article: StoryArticle, found: Features, weights: dict[str, float]
    ) -> None:
        story.size += 1
        if article.published is not None:
            story.first = min(story.first or article.published, article.published)
            story.last = max(story.last or article.published, article.published)
        for term, weight in weights.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight
        if len(story.centroid) > CENTROID_TERMS:
            kept = sorted(story.centroid, key=lambda t: (-story.centroid[t], t))
            story.centroid = {term: story.centroid[term] for term in kept[:CENTROID_TERMS]}
        story.names.update(found.names)
        story.headlines.update(found.headline)
        if len(story.names) > STORY_NAMES:
            story.names = Counter(dict(story.names.most_common(STORY_NAMES)))
        for term in [*_heaviest(weights, QUERY_TERMS), *map(_name_term, found.names)]:
            if term not in story.indexed:
                story.indexed.add(term)
                posted = self.postings.setdefault(term, [])
                position = self.posted_before.get(term, 0) + len(posted)
                self.changes.postings.append(
                    {"term": term, "position": position, "story": story.id}
                )
                posted.append(story.id)

    # --- reading the source ----------------------------------------------------------------

    def _read_terms(self, keys: Iterable[str]) -> None:
        wanted = self._unasked(self._asked.terms, keys)
        if self.source is None or not wanted:
            return
        for term, articles, posted, latest in self.source.terms(wanted):
            term = sys.intern(term)
            if articles:
                self.document_frequency[term] = articles
            if latest:
                self.postings[term] = latest
                self.posted_before[term] = posted - len(latest)

    def _read_buckets(self, bands: Iterable[int]) -> None:
        wanted = self._unasked(self._asked.bands, bands)
        if self.source is None or not wanted:
            return
        for band, articles in self.source.buckets(wanted):
            self.buckets[band] = articles

    def _read_articles(self, keys: Iterable[str]) -> None:
        wanted = self._unasked(self._asked.articles, keys)
        if self.source is None or not wanted:
            return
        for seen in self.source.articles(wanted):
            self.seen[seen.assignment.article] = seen

    def _read_stories(self, ids: Iterable[int]) -> None:
        if self.source is None:
            return
        wanted = sorted({story for story in ids if story not in self.stories})
        if wanted:
            for story in self.source.stories(wanted):
                self.stories[story.id] = story

    def _unasked(self, asked: set[Key], keys: Iterable[Key]) -> list[Key]:
        """The keys not asked of the source yet (none without a source), now asked."""
        if self.source is None:
            return []
        wanted = set(keys) - asked
        asked.update(wanted)
        return sorted(wanted)

    # --- rows ------------------------------------------------------------------------------

    def dump(self) -> dict[str, list[Row]]:
        """The whole state as rows, by table name (``store.STORY_TABLES``); only a
        clusterer without a source holds it all."""
        if self.source is not None:
            raise ValueError("a clusterer reading a source holds only part of the state")
        return {
            **self._story_rows(self.stories.values()),
            "story_postings": [
                {"term": term, "position": position, "story": story}
                for term, stories in self.postings.items()
                for position, story in enumerate(stories)
            ],
            **self._article_rows(0, list(self.seen.values())),
            "story_terms_seen": [
                {"term": term, "articles": count} for term, count in self.document_frequency.items()
            ],
        }

    def changed_rows(self) -> dict[str, list[Row]]:
        """The rows ``changes`` made or changed, by table name: the changed stories' rows
        whole (their old rows are to be replaced), the new articles, their bands and the
        new postings (to be added), the changed terms' counts (to be replaced)."""
        first = self.article_count - len(self.changes.articles)
        return {
            **self._story_rows(self.stories[story] for story in sorted(self.changes.stories)),
            "story_postings": list(self.changes.postings),
            **self._article_rows(first, [self.seen[key] for key in self.changes.articles]),
            "story_terms_seen": [
                {"term": term, "articles": self.document_frequency[term]}
                for term in sorted(self.changes.terms)
            ],
        }

    @staticmethod
    def _story_rows(stories: Iterable[Story]) -> dict[str, list[Row]]:
        rows: dict[str, list[Row]] = {
            "stories": [],
            "story_terms": [],
            "story_names": [],
            "story_headlines": [],
        }
        for s in stories:
            rows["stories"].append(
                {"story": s.id, "title": s.title, "size": s.size, "first": s.first, "last": s.last}
            )
            rows["story_terms"].append(
                {"story": s.id, "terms": list(s.centroid), "weights": list(s.centroid.values())}
            )
            rows["story_names"].append(
                {"story": s.id, "names": list(s.names), "articles": list(s.names.values())}
            )
            rows["story_headlines"].append(
                {"story": s.id, "terms": list(s.headlines), "articles": list(s.headlines.values())}
            )
        return rows

    @staticmethod
    def _article_rows(first: int, articles: list[Seen]) -> dict[str, list[Row]]:
        """The rows of articles numbered from ``first`` on in the order added, and of the
        bands their signatures fall into."""
        return {
            "story_articles": [seen.row(first + n) for n, seen in enumerate(articles)],
            "story_bands": [
                {"band": band, "position": first + n}
                for n, seen in enumerate(articles)
                for band in lsh_bands(seen.signature)
            ],
        }


def _looked_up(found: Features) -> list[str]:
    """The index keys adding an article reads: its terms and its names'."""
    return [*found.terms, *map(_name_term, found.names)]


def _paired(words: Sequence[str], values: Sequence[T]) -> dict[str, T]:
    """Each word (interned: the same word in many stories is one string) to its value."""
    return dict(zip(map(sys.intern, words), values, strict=True))


def _heaviest(weights: dict[str, float], count: int) -> list[str]:
    return sorted(weights, key=lambda term: (-weights[term], term))[:count]


def _name_term(name: str) -> str:
    """A name's key in the index, apart from the terms."""
    return f"name:{name}"
