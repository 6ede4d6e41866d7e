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

The state is plain rows (``dump`` / ``load``: by table name, lists of dicts of strings,
numbers and lists), so a store can keep it in tables and add to it the next day, writing
only the rows a day's articles changed (``changes``, ``changed_rows``).
``rebuild(articles)`` is a fresh clusterer fed every article in date order (undated
last); adding the same articles in the same order gives the same stories.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TypeVar

from reportedly.lang.en.stop_words import STOP_WORDS

Row = dict[str, Any]
T = TypeVar("T")
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


@dataclass(slots=True)
class Seen:
    """One article's state: its assignment, date, shingle count and copy signature."""

    assignment: Assignment
    published: str | None
    shingles: int
    signature: tuple[int, ...]


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
    if not _title_case(article.title):
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


def _title_case(title: str) -> bool:
    """Whether a title capitalizes most of its content words (then its capitals say
    nothing about names)."""
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


def _bands(signature: tuple[int, ...]) -> Iterator[str]:
    for start in range(0, SIGNATURE_BINS, BAND_BINS):
        band = signature[start : start + BAND_BINS]
        if EMPTY_BIN not in band:
            yield f"{start}:" + ":".join(map(str, band))


def days_between(first: str, second: str) -> int:
    return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)


# -- the clusterer ---------------------------------------------------------------------------


class StoryClusterer:
    """Groups articles into stories, one ``add`` at a time (see the module's docstring)."""

    def __init__(self, *, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        self.stories: dict[int, Story] = {}
        self.seen: dict[str, Seen] = {}
        self.document_frequency: Counter[str] = Counter()
        self.postings: dict[str, list[int]] = {}
        self.buckets: dict[str, list[str]] = {}
        self.changes = Changes()

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
        """Every article's assignment, in the order they were added."""
        return [seen.assignment for seen in self.seen.values()]

    # --- adding ----------------------------------------------------------------------------

    def add(self, article: StoryArticle) -> int:
        """Put an article into a story and return the story's id. An article whose key
        was added before keeps its story."""
        if article.key in self.seen:
            return self.seen[article.key].assignment.story
        found = features(article, self.settings)
        self.document_frequency.update(found.terms.keys())
        self.changes.terms.update(found.terms.keys())
        weights = self._weights(found.terms)
        assignment = self._copy(article.key, found) or self._best(article, found, weights)
        story = self.stories.get(assignment.story)
        if story is None:
            story = self.stories[assignment.story] = Story(assignment.story, article.title)
        self._join(story, article, found, weights)
        self.seen[article.key] = Seen(
            assignment, article.published, found.shingles, found.signature
        )
        self.changes.stories.add(story.id)
        self.changes.articles.append(article.key)
        for band in _bands(found.signature):
            self.buckets.setdefault(band, []).append(article.key)
        return assignment.story

    def _idf(self, term: str) -> float:
        articles = len(self.seen) + 1
        return math.log((1 + articles) / (1 + self.document_frequency[term])) + 1.0

    def _weights(self, terms: dict[str, float]) -> dict[str, float]:
        """The article's unit TF-IDF vector."""
        weighted = {term: tf * self._idf(term) for term, tf in terms.items()}
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        return {term: w / norm for term, w in weighted.items()}

    def _copy(self, key: str, found: Features) -> Assignment | None:
        best: tuple[float, str] | None = None
        others = {
            other
            for band in _bands(found.signature)
            for other in self.buckets.get(band, ())[-BUCKET_READ:]
        }
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
        for story in self._candidates(found, weights):
            score = self.score(article, found, weights, story)
            if score >= self.settings.join and (best is None or score > best[0]):
                best = (score, story.id)
        if best is None:
            return Assignment(article.key, len(self.stories), "new", 0.0)
        return Assignment(article.key, best[1], "text", round(best[0], 4))

    def _candidates(self, found: Features, weights: dict[str, float]) -> list[Story]:
        """The stories sharing most looked-up weight with the article (ties: the older)."""
        lookup: dict[int, float] = {}
        for term in _heaviest(weights, QUERY_TERMS):
            for story in self.postings.get(term, ())[-POSTINGS_READ:]:
                lookup[story] = lookup.get(story, 0.0) + weights[term]
        for name in sorted(found.names):
            for story in self.postings.get(_name_term(name), ())[-POSTINGS_READ:]:
                lookup[story] = lookup.get(story, 0.0) + NAME_LOOKUP_WEIGHT
        best = sorted(lookup, key=lambda story: (-lookup[story], story))[:CANDIDATES]
        return [self.stories[story] for story in best]

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
                self.changes.postings.append(
                    {"term": term, "position": len(posted), "story": story.id}
                )
                posted.append(story.id)

    # --- rows --------------------------------------------------------------------------

    def dump(self) -> dict[str, list[Row]]:
        """The state as rows, by table name (see ``load``)."""
        return {
            **self._story_rows(self.stories.values()),
            "story_postings": [
                {"term": term, "position": position, "story": story}
                for term, stories in self.postings.items()
                for position, story in enumerate(stories)
            ],
            "story_articles": [
                _article_row(position, seen) for position, seen in enumerate(self.seen.values())
            ],
            "story_terms_seen": [
                {"term": term, "articles": count} for term, count in self.document_frequency.items()
            ],
        }

    def changed_rows(self) -> dict[str, list[Row]]:
        """The rows ``changes`` made or changed, by table name: the changed stories' rows
        whole (their old rows are to be replaced), the new articles and postings (to be
        added), the changed terms' counts (to be replaced)."""
        first = len(self.seen) - len(self.changes.articles)
        return {
            **self._story_rows(self.stories[story] for story in sorted(self.changes.stories)),
            "story_postings": list(self.changes.postings),
            "story_articles": [
                _article_row(first + number, self.seen[key])
                for number, key in enumerate(self.changes.articles)
            ],
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

    @classmethod
    def load(
        cls, tables: Mapping[str, Iterable[Row]], *, settings: Settings = DEFAULT_SETTINGS
    ) -> StoryClusterer:
        """A clusterer in the state ``dump`` wrote, its rows in the order it wrote them
        (``story_tables.STATE_ORDER`` reads a store's so), read a row at a time. Terms and
        names are interned: the same word in many stories is one string."""
        clusterer = cls(settings=settings)
        for row in tables["stories"]:
            clusterer.stories[row["story"]] = Story(
                row["story"], row["title"], row["size"], row["first"], row["last"]
            )
        stories = clusterer.stories
        for row in tables["story_terms"]:
            stories[row["story"]].centroid = _paired(row["terms"], row["weights"])
        for row in tables["story_names"]:
            stories[row["story"]].names = Counter(_paired(row["names"], row["articles"]))
        for row in tables["story_headlines"]:
            stories[row["story"]].headlines = Counter(_paired(row["terms"], row["articles"]))
        for row in tables["story_postings"]:
            term = sys.intern(row["term"])
            clusterer.postings.setdefault(term, []).append(row["story"])
            stories[row["story"]].indexed.add(term)
        for row in tables["story_articles"]:
            assignment = Assignment(
                row["article"], row["story"], row["via"], row["score"], row["copy_of"]
            )
            signature = tuple(row["signature"])
            clusterer.seen[row["article"]] = Seen(
                assignment, row["published"], row["shingles"], signature
            )
            for band in _bands(signature):
                clusterer.buckets.setdefault(band, []).append(row["article"])
        for row in tables["story_terms_seen"]:
            clusterer.document_frequency[sys.intern(row["term"])] = row["articles"]
        return clusterer


def _paired(words: Sequence[str], values: Sequence[T]) -> dict[str, T]:
    """Each word (interned: the same word in many stories is one string) to its value."""
    return dict(zip(map(sys.intern, words), values, strict=True))


def _article_row(position: int, seen: Seen) -> Row:
    return {
        "position": position,
        "article": seen.assignment.article,
        "story": seen.assignment.story,
        "via": seen.assignment.via,
        "score": seen.assignment.score,
        "copy_of": seen.assignment.copy_of,
        "published": seen.published,
        "shingles": seen.shingles,
        "signature": list(seen.signature),
    }


def _heaviest(weights: dict[str, float], count: int) -> list[str]:
    return sorted(weights, key=lambda term: (-weights[term], term))[:count]


def _name_term(name: str) -> str:
    """A name's key in the index, apart from the terms."""
    return f"name:{name}"
