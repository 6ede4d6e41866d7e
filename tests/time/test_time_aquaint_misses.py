"""Issue #21, AQUAINT's remaining misses that were general: the modal above a "to"
infinitive, planned and upcoming nouns, "the day before/after" a dated day, and titles or
idioms that name no time. (text, published, expression or None, value) tables."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from reportedly.lang.en.time_modifiers import DAY_SHIFTS
from reportedly.lang.en.time_tense import PLANNED_MODIFIERS, UPCOMING_MODIFIERS
from reportedly.lang.en.time_units import IDIOM_LEADS
from reportedly.time import plain_times

MON_APR3 = date(2000, 4, 3)
WED_AUG26 = date(1998, 8, 26)
THU_FEB24 = date(2000, 2, 24)
WED_FEB10 = date(1999, 2, 10)
FRI_MAR12 = date(1999, 3, 12)


def readings(bare: Language, text: str, published: date) -> dict[str, str | None]:
    doc = bare(text)
    return {text[d.start : d.end]: d.value for d in plain_times(doc, published=published)}


TENSE = [
    # the modal of the verb a "to" infinitive completes
    ("The group would be ready to leave as soon as Tuesday, Castro said.", MON_APR3,
     "Tuesday", "2000-04-04"),
    ("He will be able to return on Friday.", MON_APR3, "Friday", "2000-04-07"),
    # a past or perfect above the infinitive says nothing of its side of publication
    ("NATO has decided to admit Poland in early March, an official said.", WED_FEB10,
     "early March", "1999-03"),
    ("The group would have been ready to leave Tuesday.", MON_APR3, "Tuesday", "2000-03-28"),
    # a planned noun: the nearer reading; an upcoming one: ahead
    ("He had been talking about the slated visit of the secretary in September.", WED_AUG26,
     "September", "1998-09"),
    ("They discussed the planned visit in July.", WED_AUG26, "July", "1998-07"),
    ("Officials met ahead of the upcoming summit in March.", WED_AUG26, "March", "1999-03"),
    ("They talked about the scheduled meeting in January.", date(1998, 12, 20), "January",
     "1999-01"),
    # unchanged: past tense without a plan
    ("They met in September.", WED_AUG26, "September", "1997-09"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expression", "value"), TENSE)
def test_tense(bare: Language, text: str, published: date, expression: str, value: str) -> None:
    assert readings(bare, text, published).get(expression) == value


SHIFTS = [
    ("The day before last Tuesday's hearing, Manuel went to court.", THU_FEB24,
     "day before last Tuesday", "2000-02-21"),
    ("He resigned the day after March 3.", THU_FEB24, "day after March 3", "1999-03-04"),
    ("They met the day after Christmas.", THU_FEB24, "day after Christmas", "1999-12-26"),
    ("The day after Jan. 1, 2000, the system failed.", THU_FEB24, "day after Jan. 1, 2000",
     "2000-01-02"),
    # only a day moves: a month or a year stays as it is
    ("The day before March, prices rose.", THU_FEB24, "March", "1999-03"),
    ("It was the day before yesterday.", THU_FEB24, "the day before yesterday", "2000-02-22"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expression", "value"), SHIFTS)
def test_day_shift(bare: Language, text: str, published: date, expression: str, value: str) -> None:
    assert readings(bare, text, published).get(expression) == value


NOT_TIMES = [
    ("Gonzalez said on CBS's ''60 Minutes'' that the boy was fine.", "60 Minutes"),
    ("The poster showed Gary Cooper from the film ``High Noon.''", "Noon"),
    ("For the people of Poland, high noon comes today.", "noon"),
]


@pytest.mark.parametrize(("text", "expression"), NOT_TIMES)
def test_titles_and_idioms(bare: Language, text: str, expression: str) -> None:
    assert expression not in readings(bare, text, FRI_MAR12)


STILL_TIMES = [
    ("They met at noon Tuesday.", "noon Tuesday", "1999-03-09T12:00"),
    ("They met at Noon Tuesday.", "Noon Tuesday", "1999-03-09T12:00"),
    ("Noon is the deadline.", "Noon", "1999-03-12T12:00"),
    ("The talks lasted 48 hours.", "48 hours", "PT48H"),
]


@pytest.mark.parametrize(("text", "expression", "value"), STILL_TIMES)
def test_times_kept(bare: Language, text: str, expression: str, value: str) -> None:
    assert readings(bare, text, FRI_MAR12).get(expression) == value


def test_tables() -> None:
    assert all(k == k.lower() and v in (-1, 1) for k, v in DAY_SHIFTS.items())
    assert not PLANNED_MODIFIERS & UPCOMING_MODIFIERS
    assert all(w == w.lower() for w in PLANNED_MODIFIERS | UPCOMING_MODIFIERS)
    assert all(w == w.lower() and leads for w, leads in IDIOM_LEADS.items())
