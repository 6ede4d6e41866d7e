"""Temporal expressions found and normalized against the publication date (a table)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from reportedly.model import Time
from reportedly.time import extract_times

WED = date(2022, 9, 14)  # Wednesday, the sample article's day
SUN = date(2022, 9, 18)
MON_NEW_YEAR = date(2023, 1, 2)
SAT_NYE = date(2022, 12, 31)
FRI = date(2013, 3, 22)


def times(bare: Language, text: str, published: date | None) -> tuple[Time, ...]:
    return extract_times(bare(text), published=published, attributions=())


def only(found: tuple[Time, ...], expression: str) -> Time:
    matching = [t for t in found if t.text == expression]
    assert matching, f"{expression!r} not among {[t.text for t in found]}"
    return matching[0]


CASES = [
    # weekdays: the latest such day up to and including the publication day
    ("Reuters reported Wednesday that talks failed.", WED, "Wednesday", "2022-09-14", "date"),
    ("The minister resigned on Tuesday.", WED, "Tuesday", "2022-09-13", "date"),
    ("Officials met on Thursday.", WED, "Thursday", "2022-09-08", "date"),
    ("The vote took place on Saturday.", SUN, "Saturday", "2022-09-17", "date"),
    ("The president spoke Sunday.", SUN, "Sunday", "2022-09-18", "date"),
    ("Protesters gathered Monday.", SUN, "Monday", "2022-09-12", "date"),
    ("The council will meet on Friday.", WED, "Friday", "2022-09-16", "date"),
    ("The council will meet on Wednesday.", WED, "Wednesday", "2022-09-14", "date"),
    ("He left last Thursday.", WED, "last Thursday", "2022-09-08", "date"),
    ("He left last Wednesday.", WED, "last Wednesday", "2022-09-07", "date"),
    ("They meet next Monday.", WED, "next Monday", "2022-09-19", "date"),
    ("The talks collapsed on Sunday.", MON_NEW_YEAR, "Sunday", "2023-01-01", "date"),
    ("She arrived on Friday.", MON_NEW_YEAR, "Friday", "2022-12-30", "date"),
    ("Fighting resumed early on Thursday.", WED, "early on Thursday", "2022-09-08", "date"),
    ("The attack came on Friday night.", SAT_NYE, "Friday night", "2022-12-30TNI", "time"),
    ("The match was postponed until Saturday.", FRI, "Saturday", "2013-03-23", "date"),
    ("Shops reopened Wednesday morning.", WED, "Wednesday morning", "2022-09-14TMO", "time"),
    ("Voters go to the polls on Tuesday, Nov. 8.", WED, "Tuesday, Nov. 8", "2022-11-08", "date"),
    # month and day, with and without a year
    ("Putin spoke at the Feb. 22 meeting.", WED, "Feb. 22", "2022-02-22", "date"),
    ("The deal was signed on March 3, 2021.", WED, "March 3, 2021", "2021-03-03", "date"),
    ("It happened on 24 February 2022.", WED, "24 February 2022", "2022-02-24", "date"),
    ("The case was filed on Dec. 28.", MON_NEW_YEAR, "Dec. 28", "2022-12-28", "date"),
    ("The summit is set for Jan. 5.", SAT_NYE, "Jan. 5", "2023-01-05", "date"),
    ("The ceasefire began on Sept. 1.", WED, "Sept. 1", "2022-09-01", "date"),
    ("Elections are scheduled for Nov. 8.", WED, "Nov. 8", "2022-11-08", "date"),
    ("The file is dated 2021-06-30.", WED, "2021-06-30", "2021-06-30", "date"),
    ("He was born on July 4th, 1990.", WED, "July 4th, 1990", "1990-07-04", "date"),
    # months
    ("Prices rose in August.", WED, "August", "2022-08", "date"),
    ("Prices rose in October.", WED, "October", "2021-10", "date"),
    ("The vote will be held in October.", WED, "October", "2022-10", "date"),
    ("He was elected last May.", WED, "last May", "2022-05", "date"),
    ("Sales slowed last September.", WED, "last September", "2021-09", "date"),
    ("Talks resume next March.", WED, "next March", "2023-03", "date"),
    ("Inflation peaked in early December.", MON_NEW_YEAR, "early December", "2022-12", "date"),
    ("The plant closed in May 2010.", WED, "May 2010", "2010-05", "date"),
    ("The storm hit late last July.", FRI, "late last July", "2012-07", "date"),
    ("The February meeting ended badly.", WED, "February", "2022-02", "date"),
    # years, decades, centuries
    ("Kozak had been chief negotiator since 2020.", WED, "2020", "2020", "date"),
    ("Putin launched the 2022 invasion.", WED, "2022", "2022", "date"),
    ("Growth was strong in the 1990s.", WED, "the 1990s", "199", "date"),
    ("It was built in the 20th century.", WED, "20th century", "19", "date"),
    ("The firm listed in early 2011.", WED, "early 2011", "2011", "date"),
    ("He joined the expedition of 1957-58.", WED, "58", "1958", "date"),
    ("He joined the expedition of 1957-58.", WED, "1957", "1957", "date"),
    ("The swine flu pandemic of 2009-2010 killed many.", WED, "2009", "2009", "date"),
    # calendar units relative to publication
    ("Lavrov said this week that talks could resume.", WED, "this week", "2022-W37", "date"),
    ("Lavrov said last week that talks could resume.", WED, "last week", "2022-W36", "date"),
    ("The talks resume next week.", SAT_NYE, "next week", "2023-W01", "date"),
    ("Prices fell this month.", WED, "this month", "2022-09", "date"),
    ("Prices will fall next month.", SAT_NYE, "next month", "2023-01", "date"),
    ("Prices fell last month.", MON_NEW_YEAR, "last month", "2022-12", "date"),
    ("Growth slowed last year.", WED, "last year", "2021", "date"),
    ("Growth will recover next year.", WED, "next year", "2023", "date"),
    ("Growth slowed this year.", WED, "this year", "2022", "date"),
    ("Prices rose over the past year.", WED, "the past year", "P1Y", "duration"),
    ("Emissions must fall in the next decade.", WED, "the next decade", "P10Y", "duration"),
    ("Riots broke out last weekend.", WED, "last weekend", "2022-W36-WE", "date"),
    ("Talks are planned this weekend.", WED, "this weekend", "2022-W37-WE", "date"),
    ("It rained a lot last summer.", FRI, "last summer", "2012-SU", "date"),
    ("The offensive began this summer.", WED, "this summer", "2022-SU", "date"),
    ("Profits rose in the third quarter.", WED, "the third quarter", "2022-Q3", "date"),
    (
        "Profits rose in the first quarter of 2021.",
        WED,
        "the first quarter of 2021",
        "2021-Q1",
        "date",
    ),
    ("Prices had risen in the summer of 2019.", WED, "the summer of 2019", "2019-SU", "date"),
    # words that are times by themselves
    ("The minister resigned today.", WED, "today", "2022-09-14", "date"),
    ("The minister resigned yesterday.", MON_NEW_YEAR, "yesterday", "2023-01-01", "date"),
    ("The minister resigns tomorrow.", SAT_NYE, "tomorrow", "2023-01-01", "date"),
    ("Prices are now falling.", WED, "now", "PRESENT_REF", "date"),
    ("The president speaks tonight.", WED, "tonight", "2022-09-14TNI", "time"),
    ("Shelling resumed yesterday afternoon.", WED, "yesterday afternoon", "2022-09-13TAF", "time"),
    ("Shelling resumed this morning.", WED, "this morning", "2022-09-14TMO", "time"),
    ("It was different in the past.", WED, "the past", "PAST_REF", "date"),
    # counted back from publication
    ("He left office four years ago.", FRI, "four years ago", "2009", "date"),
    ("The fire broke out three days ago.", WED, "three days ago", "2022-09-11", "date"),
    ("The fire broke out two weeks ago.", WED, "two weeks ago", "2022-W35", "date"),
    ("The fire broke out six months ago.", WED, "six months ago", "2022-03", "date"),
    # durations
    ("The siege lasted three days.", WED, "three days", "P3D", "duration"),
    ("It was the worst flu in a decade.", WED, "a decade", "P10Y", "duration"),
    ("The buyback could take 18 months.", WED, "18 months", "P18M", "duration"),
    ("Power was out for 24 hours.", WED, "24 hours", "PT24H", "duration"),
    ("Repairs took several weeks.", WED, "several weeks", "PXW", "duration"),
    ("Prices doubled over the past two years.", WED, "the past two years", "P2Y", "duration"),
    ("She took a four-week course.", WED, "four-week", "P4W", "duration"),
    ("They have fought for years.", WED, "years", "PXY", "duration"),
    ("He ran the bank for almost seven years.", WED, "seven years", "P7Y", "duration"),
    ("The treaty held for twenty-five years.", WED, "twenty-five years", "P25Y", "duration"),
    ("Prices rose in recent weeks.", WED, "recent weeks", "PXW", "duration"),
    ("Prices will rise over the next few months.", WED, "the next few months", "PXM", "duration"),
    ("The war lasted two decades.", WED, "two decades", "P20Y", "duration"),
    ("The talks took 90 minutes.", WED, "90 minutes", "PT90M", "duration"),
    # clock times and recurring times
    ("Polls open at 10 a.m. Friday.", FRI, "10 a.m. Friday", "2013-03-22T10:00", "time"),
    ("The match starts at 15:00 GMT.", WED, "15:00 GMT", "2022-09-14T15:00", "time"),
    ("He ran every morning.", WED, "every morning", "XXXX-XX-XXTMO", "set"),
    ("The prize is awarded annually.", WED, "annually", "P1Y", "set"),
    ("The board meets each week.", WED, "each week", "P1W", "set"),
    ("The market opens every Monday.", WED, "every Monday", "XXXX-WXX-1", "set"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "kind"), CASES)
def test_normalized_value(
    bare: Language, text: str, published: date, expression: str, value: str, kind: str
) -> None:
    found = only(times(bare, text, published), expression)
    assert (found.value, found.type) == (value, kind)


MODS = [
    ("Fighting resumed early on Thursday.", "early on Thursday", "START"),
    ("Inflation peaked in early December.", "early December", "START"),
    ("The storm hit late last July.", "late last July", "END"),
    ("He ran the bank for almost seven years.", "seven years", "LESS_THAN"),
    ("It took about a month.", "a month", "APPROX"),
    ("The talks lasted more than a week.", "a week", "MORE_THAN"),
    ("The site opened in mid-2019.", "mid-2019", "MID"),
]


@pytest.mark.parametrize(("text", "expression", "mod"), MODS)
def test_mod(bare: Language, text: str, expression: str, mod: str) -> None:
    assert only(times(bare, text, WED), expression).mod == mod


ANCHORS = [
    ("Officials met on Thursday.", WED, "Thursday", "publication", "2022-09-14"),
    ("The deal was signed on March 3, 2021.", WED, "March 3, 2021", "absolute", None),
    ("The siege lasted three days.", WED, "three days", "absolute", None),
    ("Officials met on Thursday.", None, "Thursday", "unresolved", None),
    ("Growth slowed last year.", None, "last year", "unresolved", None),
    ("Putin spoke at the Feb. 22 meeting.", None, "Feb. 22", "unresolved", None),
]


@pytest.mark.parametrize(("text", "published", "expression", "anchor", "anchor_text"), ANCHORS)
def test_anchor(
    bare: Language,
    text: str,
    published: date | None,
    expression: str,
    anchor: str,
    anchor_text: str | None,
) -> None:
    found = only(times(bare, text, published), expression)
    assert (found.anchor, found.anchor_text) == (anchor, anchor_text)


UNRESOLVED_VALUES = [
    ("Officials met on Thursday.", "Thursday", "XXXX-WXX-4"),
    ("Putin spoke at the Feb. 22 meeting.", "Feb. 22", "XXXX-02-22"),
    ("Growth slowed last year.", "last year", None),
]


@pytest.mark.parametrize(("text", "expression", "value"), UNRESOLVED_VALUES)
def test_value_without_publication_date(
    bare: Language, text: str, expression: str, value: str | None
) -> None:
    assert only(times(bare, text, None), expression).value == value


NOT_TIMES = [
    "He may resign if the talks fail.",
    "The company hired 2000 workers.",
    "The fall of Kabul shocked the world.",
    "Protesters march through the capital.",
    "Theresa May spoke to reporters.",
    "See https://example.com/2022/09/14/story for details.",
    "He paid $1990 for the car.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(bare: Language, text: str) -> None:
    assert times(bare, text, WED) == ()


def test_ids_offsets_and_order(bare: Language) -> None:
    text = "On Tuesday the army said it had advanced for three days since Feb. 22."
    found = times(bare, text, WED)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(text[t.start : t.end] == t.text for t in found)
