"""Event-anchored times, attributions holding times, and timing conflicts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from reportedly.model import Attribution, Span, Time
from reportedly.time import extract_times, find_conflicts

WED = date(2022, 9, 14)


def only(found: tuple[Time, ...], expression: str) -> Time:
    matching = [t for t in found if t.text == expression]
    assert matching, f"{expression!r} not among {[t.text for t in found]}"
    return matching[0]


INVASION = "Russia's Feb. 24 invasion of Ukraine shocked Europe. "

ANCHORED = [
    # (text, published, expression, value, mod, earliest, latest)
    (INVASION + "Kozak objected three days before Putin launched the 2022 invasion.", WED,
     "three days before Putin launched the 2022 invasion", "2022-02-21", None, None, None),
    ("The deal was pushed within days of Russia's Feb. 24 invasion.", WED,
     "within days of Russia's Feb. 24 invasion", "2022-02-24", "APPROX", "2022-02-14",
     "2022-03-06"),
    (INVASION + "Putin rejected the deal just before the invasion.", WED,
     "just before the invasion", "2022-02-24", "BEFORE", "2022-02-17", "2022-02-23"),
    ("The explosion on Monday killed three. A day after the explosion, police arrived.", WED,
     "A day after the explosion", "2022-09-13", None, None, None),
    ("Voters went to the polls in the Nov. 8 election. Two weeks after the election, he quit.",
     date(2022, 11, 30), "Two weeks after the election", "2022-11-22", None, None, None),
    (INVASION + "Talks began in the early days of the invasion.", WED,
     "in the early days of the invasion", "2022-02-24", "START", "2022-02-24", "2022-03-06"),
    (INVASION + "He left shortly after the invasion.", WED,
     "shortly after the invasion", "2022-02-24", "AFTER", "2022-02-25", "2022-03-03"),
    ("The blast on Sept. 1 shook the city. Three weeks after the blast, the mayor resigned.",
     WED, "Three weeks after the blast", "2022-09-22", None, None, None),
    ("Talks within three days of the March 2 summit failed.", WED,
     "within three days of the March 2 summit", "2022-03-02", "APPROX", "2022-02-27",
     "2022-03-05"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expression", "value", "mod", "earliest", "latest"), ANCHORED
)
def test_event_anchored(
    bare: Language,
    text: str,
    published: date,
    expression: str,
    value: str,
    mod: str | None,
    earliest: str | None,
    latest: str | None,
) -> None:
    found = only(extract_times(bare(text), published=published, attributions=()), expression)
    assert found.anchor == "event"
    assert (found.value, found.mod, found.earliest, found.latest) == (value, mod, earliest, latest)


UNRESOLVED = [
    ("A day after the explosion, police arrived.", "A day after the explosion", "the explosion"),
    ("Minutes before the crash, the pilot radioed.", "Minutes before the crash", "the crash"),
    ("Just before the invasion, talks stalled.", "Just before the invasion", "the invasion"),
]


@pytest.mark.parametrize(("text", "expression", "anchor_text"), UNRESOLVED)
def test_undated_event_is_unresolved(
    bare: Language, text: str, expression: str, anchor_text: str
) -> None:
    found = only(extract_times(bare(text), published=WED, attributions=()), expression)
    assert (found.anchor, found.value, found.anchor_text) == ("unresolved", None, anchor_text)


NOT_ANCHORED = [
    "He was charged after his arrest.",
    "She spoke during the meeting.",
    "They left before dinner.",
]


@pytest.mark.parametrize("text", NOT_ANCHORED)
def test_plain_event_order_is_not_a_time(bare: Language, text: str) -> None:
    assert extract_times(bare(text), published=WED, attributions=()) == ()


def test_inner_date_stays_its_own_time(bare: Language) -> None:
    text = "The deal was pushed within days of Russia's Feb. 24 invasion."
    found = extract_times(bare(text), published=WED, attributions=())
    assert [t.text for t in found] == ["within days of Russia's Feb. 24 invasion", "Feb. 24"]
    assert found[1].value == "2022-02-24"


# --- the sample article ---------------------------------------------------------------


def content(doc: Doc, words: str, attribution_id: str, source: str) -> Attribution:
    start = doc.text.index(words)
    span = Span(words, start, start + len(words))
    return Attribution(attribution_id, source, None, span, span, "indirect")


@pytest.fixture(scope="module")
def sample(bare: Language, sample_path: Path) -> Doc:
    return bare(sample_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_attributions(sample: Doc) -> tuple[Attribution, ...]:
    return (
        content(sample, "the push to finalize the deal occurred “within days” of Russia’s Feb. "
                "24 invasion of Ukraine", "a1", "s1"),
        content(sample, "Putin was presented with and rejected Kozak’s deal “just before” the "
                "invasion", "a2", "s2"),
        content(sample, "Kozak spoke out against escalating the situation with Ukraine three "
                "days before Putin launched the 2022 invasion", "a3", "s3"),
    )  # fmt: skip


def test_sample_times(sample: Doc, sample_attributions: tuple[Attribution, ...]) -> None:
    found = extract_times(sample, published=WED, attributions=sample_attributions)
    values = {t.text: (t.value, t.anchor) for t in found}
    assert values["Feb. 22"] == ("2022-02-22", "publication")
    assert values["Wednesday"] == ("2022-09-14", "publication")
    assert values["this week"] == ("2022-W37", "publication")
    assert values["2020"] == ("2020", "absolute")
    assert values["three days before Putin launched the 2022 invasion"] == ("2022-02-21", "event")
    assert values["“just before” the invasion"] == ("2022-02-24", "event")
    within = only(found, "“within days” of Russia’s Feb. 24 invasion of Ukraine")
    assert (within.mod, within.attributions) == ("APPROX", ("a1",))


def test_sample_conflict(sample: Doc, sample_attributions: tuple[Attribution, ...]) -> None:
    found = extract_times(sample, published=WED, attributions=sample_attributions)
    conflicts = find_conflicts(sample, times=found, attributions=sample_attributions)
    assert len(conflicts) == 1
    assert conflicts[0].kind == "timing"
    assert conflicts[0].attributions == ("a1", "a2")
    assert conflicts[0].event == "invasion"
    (within, before) = (next(t for t in found if t.id == id_) for id_ in conflicts[0].times)
    assert (within.mod, before.mod) == ("APPROX", "BEFORE")


def test_same_source_is_no_conflict(
    sample: Doc, sample_attributions: tuple[Attribution, ...]
) -> None:
    same = tuple(
        Attribution(a.id, "s1", None, a.cue, a.content, a.kind) for a in sample_attributions
    )
    found = extract_times(sample, published=WED, attributions=same)
    assert find_conflicts(sample, times=found, attributions=same) == ()


CONFLICTS = [
    # two sources, two dates for the same blast
    ("Police said the blast on Monday killed three. Witnesses said the blast on Sunday "
     "killed three.", 1),
    # the same date from both: no conflict
    ("Police said the blast on Monday killed three. Witnesses said the blast on Monday "
     "killed three.", 0),
    # different events: no conflict
    ("Police said the blast on Monday killed three. Witnesses said the election on Sunday "
     "was calm.", 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CONFLICTS)
def test_dated_event_conflicts(bare: Language, text: str, expected: int) -> None:
    doc = bare(text)
    first, second = (s.strip() for s in text.split("said")[1:])
    first = first.rsplit(".", 1)[0].split(". ")[0]
    attributions = (
        content(doc, first.rstrip("."), "a1", "police"),
        content(doc, second.rstrip("."), "a2", "witnesses"),
    )
    found = extract_times(doc, published=WED, attributions=attributions)
    assert len(find_conflicts(doc, times=found, attributions=attributions)) == expected


ACCOUNTS = [
    # (how officials time the deal, how diplomats time it, conflicts expected)
    ("just before the invasion", "within days of the invasion", 1),
    ("just before the invasion", "in the early days of the invasion", 1),
    ("in the early days of the invasion", "within days of the invasion", 0),
    ("just before the invasion", "shortly before the invasion", 0),
    ("three days before the invasion", "a week before the invasion", 1),
    ("three days before the invasion", "three days before the invasion", 0),
]


@pytest.mark.parametrize(("first", "second", "expected"), ACCOUNTS)
def test_anchored_accounts(bare: Language, first: str, second: str, expected: int) -> None:
    one, two = f"the deal was signed {first}", f"the deal was signed {second}"
    doc = bare(f"{INVASION}Officials said {one}. Diplomats said {two}.")
    attributions = (content(doc, one, "a1", "officials"), content(doc, two, "a2", "diplomats"))
    found = extract_times(doc, published=WED, attributions=attributions)
    conflicts = find_conflicts(doc, times=found, attributions=attributions)
    assert len(conflicts) == expected
    assert all(c.attributions == ("a1", "a2") for c in conflicts)


def test_different_topics_do_not_conflict(bare: Language) -> None:
    one = "the deal was signed just before the invasion"
    two = "the troops massed within days of the invasion"
    doc = bare(f"{INVASION}Officials said {one}. Diplomats said {two}.")
    attributions = (content(doc, one, "a1", "officials"), content(doc, two, "a2", "diplomats"))
    found = extract_times(doc, published=WED, attributions=attributions)
    assert find_conflicts(doc, times=found, attributions=attributions) == ()
