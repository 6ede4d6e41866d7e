"""Past or future from the governing verb, periods and holidays, around year ends and
weekdays next to publication (issue #21): (text, published, expression, value) tables."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from reportedly.model import Time
from reportedly.time import extract_times

TUE_NOV8 = date(2022, 11, 8)
WED_JAN2 = date(2019, 1, 2)
FRI_DEC30 = date(2022, 12, 30)
SAT_NYE = date(2022, 12, 31)
SUN_NYD = date(2023, 1, 1)
MON_FEB5 = date(2024, 2, 5)
MON_JAN2 = date(2023, 1, 2)
MON_APR17 = date(2000, 4, 17)
THU_APR20 = date(2000, 4, 20)
WED_FEB1 = date(2023, 2, 1)


def only(bare: Language, text: str, published: date, expression: str) -> Time:
    found = extract_times(bare(text), published=published, attributions=())
    matching = [t for t in found if t.text == expression]
    assert matching, f"{expression!r} not among {[t.text for t in found]}"
    return matching[0]


FUTURE = [
    # will, would, 'll, might, going to, plans to, is expected/set/due/poised/in line to,
    # scheduled, set ... for, present progressive and headline present
    ("A judge set sentencing for Jan. 17.", TUE_NOV8, "Jan. 17", "2023-01-17"),
    ("Pelosi plans on Thursday to pass the bills.", WED_JAN2, "Thursday", "2019-01-03"),
    (
        "Democrats are poised to assume control of the House on Thursday.",
        WED_JAN2,
        "Thursday",
        "2019-01-03",
    ),
    ("Pelosi is in line to be elected speaker on Thursday.", WED_JAN2, "Thursday", "2019-01-03"),
    ("The government would reopen Monday under the plan.", WED_JAN2, "Monday", "2019-01-07"),
    ("The agency will reopen on Friday.", WED_JAN2, "Friday", "2019-01-04"),
    ("Talks are expected to resume Thursday.", WED_JAN2, "Thursday", "2019-01-03"),
    ("The vote is set for Friday.", WED_JAN2, "Friday", "2019-01-04"),
    ("The hearing is due to begin Monday.", WED_JAN2, "Monday", "2019-01-07"),
    ("Lawmakers are going to vote Thursday.", WED_JAN2, "Thursday", "2019-01-03"),
    ("The House is meeting Thursday.", WED_JAN2, "Thursday", "2019-01-03"),
    ("House votes Thursday on the spending bill.", WED_JAN2, "Thursday", "2019-01-03"),
    ("He'll sign it Friday.", WED_JAN2, "Friday", "2019-01-04"),
    ("The trial is scheduled for Jan. 14.", WED_JAN2, "Jan. 14", "2019-01-14"),
    ("The council plans to vote on Jan. 10.", WED_JAN2, "Jan. 10", "2019-01-10"),
    ("The talks will resume on Jan. 3.", FRI_DEC30, "Jan. 3", "2023-01-03"),
    ("The court is meeting Tuesday.", FRI_DEC30, "Tuesday", "2023-01-03"),
    ("The strike is going to start Monday.", FRI_DEC30, "Monday", "2023-01-02"),
    ("The new law takes effect Sunday.", FRI_DEC30, "Sunday", "2023-01-01"),
    ("Markets will reopen on Jan. 2.", FRI_DEC30, "Jan. 2", "2023-01-02"),
    ("The new rules would take effect in January.", FRI_DEC30, "January", "2023-01"),
    (
        "The company expects to report fourth-quarter results in February.",
        FRI_DEC30,
        "February",
        "2023-02",
    ),
    ("Fireworks will start at midnight.", SAT_NYE, "midnight", "2022-12-31T24:00"),
    ("The tax rises on Jan. 1.", SAT_NYE, "Jan. 1", "2023-01-01"),
    ("The minister is due to visit Kyiv on Monday.", SAT_NYE, "Monday", "2023-01-02"),
    ("The shop will close on New Year's Day.", SAT_NYE, "New Year's Day", "2023-01-01"),
    ("The parliament will meet Tuesday.", SUN_NYD, "Tuesday", "2023-01-03"),
    ("He might resign Wednesday.", SUN_NYD, "Wednesday", "2023-01-04"),
    ("Sales are expected to fall in the first quarter.", SUN_NYD, "the first quarter", "2023-Q1"),
    (
        "Sales are expected to rise in the fourth quarter.",
        WED_FEB1,
        "the fourth quarter",
        "2023-Q4",
    ),
    (
        "The company last month reported fourth-quarter revenue of $5 billion.",
        MON_FEB5,
        "fourth-quarter",
        "2023-Q4",
    ),
    ("The firm said Tuesday it will cut jobs.", MON_FEB5, "Tuesday", "2024-01-30"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), FUTURE)
def test_future_reference(
    bare: Language, text: str, published: date, expression: str, value: str
) -> None:
    assert only(bare, text, published, expression).value == value


PAST_AND_PERIODS = [
    # past tense, deadlines and plans in the past, quarters, halves, fiscal years, seasons,
    # decades, centuries, holidays and midnight
    ("The judge set the hearing for Jan. 17.", TUE_NOV8, "Jan. 17", "2023-01-17"),
    ("Sentencing was scheduled for Nov. 1.", TUE_NOV8, "Nov. 1", "2022-11-01"),
    ("The funding expired at midnight Friday.", WED_JAN2, "midnight Friday", "2018-12-28T24:00"),
    (
        "Congress missed a midnight deadline days before Christmas.",
        WED_JAN2,
        "midnight",
        "XXXX-XX-XXT24:00",
    ),
    ("Congress left town days before Christmas.", WED_JAN2, "Christmas", "2018-12-25"),
    ("Stores were crowded over the holidays.", WED_JAN2, "the holidays", "2018-12"),
    ("Fighting stopped at midnight.", WED_JAN2, "midnight", "2019-01-01T24:00"),
    (
        "Until Thursday, the agency had not called him a suspect.",
        WED_JAN2,
        "Thursday",
        "2018-12-27",
    ),
    ("A memorial planned for Tuesday was canceled.", WED_JAN2, "Tuesday", "2019-01-01"),
    ("The case was filed on Dec. 28.", MON_JAN2, "Dec. 28", "2022-12-28"),
    ("The talks collapsed on Saturday.", MON_JAN2, "Saturday", "2022-12-31"),
    ("Officials met on Friday.", MON_JAN2, "Friday", "2022-12-30"),
    ("Prices rose in December.", MON_JAN2, "December", "2022-12"),
    ("Profits fell in the fourth quarter.", MON_JAN2, "the fourth quarter", "2022-Q4"),
    ("Protesters gathered on New Year's Eve.", MON_JAN2, "New Year's Eve", "2022-12-31"),
    ("The editorial ran on Monday, Dec. 26.", MON_JAN2, "Monday, Dec. 26", "2022-12-26"),
    ("He was shot last Oct. 23 at his home.", MON_JAN2, "Oct. 23", "2022-10-23"),
    ("Officials met earlier this week.", MON_JAN2, "this week", "2023-W01"),
    ("Profits rose in fiscal 2022.", MON_JAN2, "fiscal 2022", "2022"),
    ("Sales fell in Q4 2022.", MON_JAN2, "Q4 2022", "2022-Q4"),
    ("Sales fell in the first half of 2022.", MON_JAN2, "the first half of 2022", "2022-H1"),
    ("The house was built in the 1920s.", MON_JAN2, "the 1920s", "192"),
    ("It was built in the 19th century.", MON_JAN2, "19th century", "18"),
    ("Prices soared last winter.", MON_JAN2, "last winter", "2021-WI"),
    ("Families gathered on Christmas Day.", FRI_DEC30, "Christmas Day", "2022-12-25"),
    ("Turkeys sold out before Thanksgiving.", FRI_DEC30, "Thanksgiving", "2022-11-24"),
    ("Turnout was high on Election Day.", FRI_DEC30, "Election Day", "2022-11-08"),
    ("The Fourth of July parade was canceled in 2020.", FRI_DEC30, "2020", "2020"),
    ("Crowds gathered on Easter Sunday.", MON_APR17, "Easter Sunday", "1999-04-04"),
    ("Crowds will gather on Easter Sunday.", THU_APR20, "Easter Sunday", "2000-04-23"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), PAST_AND_PERIODS)
def test_past_and_periods(
    bare: Language, text: str, published: date, expression: str, value: str
) -> None:
    assert only(bare, text, published, expression).value == value


DOUBTS = [
    # a plan in the past tense: the nearer reading, with the doubt in mod when the other
    # one is nearly as near
    ("The minister was scheduled to visit on Tuesday.", SAT_NYE, "Tuesday", "2023-01-03", "APPROX"),
    ("The summit was planned for Wednesday.", SAT_NYE, "Wednesday", "2022-12-28", "APPROX"),
    ("The hearing was set for Jan. 10.", WED_JAN2, "Jan. 10", "2019-01-10", None),
    ("A memorial planned for Tuesday was canceled.", WED_JAN2, "Tuesday", "2019-01-01", None),
]


@pytest.mark.parametrize(("text", "published", "expression", "value", "mod"), DOUBTS)
def test_doubt_is_recorded(
    bare: Language, text: str, published: date, expression: str, value: str, mod: str | None
) -> None:
    found = only(bare, text, published, expression)
    assert (found.value, found.mod) == (value, mod)


NOT_MONTHS = [
    "Thousands joined the March for Life on Capitol Hill.",
    "She led the March of the Mothers.",
]


@pytest.mark.parametrize("text", NOT_MONTHS)
def test_march_the_noun(bare: Language, text: str) -> None:
    assert extract_times(bare(text), published=WED_JAN2, attributions=()) == ()
