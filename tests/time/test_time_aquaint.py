"""Expressions met in aquaint's news (issue #21, second round): months with "this year",
the week of a date or holiday, second days, count inserts, fractions, "-long"
adjectives, a wire's GMT in parentheses; and words that only look like times."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from reportedly.time import extract_times

THU_DEC3 = date(1998, 12, 3)
MON_APR17 = date(2000, 4, 17)
THU_FEB24 = date(2000, 2, 24)
WED_FEB10 = date(1999, 2, 10)
MON_AUG17 = date(1998, 8, 17)
SAT_AUG8 = date(1998, 8, 8)
SAT_JAN15 = date(2000, 1, 15)
SUN_DEC30 = date(2018, 12, 30)


def times(bare: Language, text: str, published: date) -> dict[str, str | None]:
    found = extract_times(bare(text), published=published, attributions=())
    return {t.text: t.value for t in found}


FOUND = [
    # (text, published, expression, value)
    ("The House approved it in early October this year.", THU_DEC3, "early October", "1998-10"),
    ("They will join in April next year.", THU_DEC3, "April", "1999-04"),
    ("It began in February this year.", THU_DEC3, "February", "1998-02"),
    ("The deal closed in March last year.", THU_DEC3, "March", "1997-03"),
    ("Talks resume in January next year.", SUN_DEC30, "January", "2019-01"),
    ("Protesters prayed as Easter week began.", MON_APR17, "Easter week", "2000-W16"),
    ("A hearing is set for the week of March 6.", THU_FEB24, "the week of March 6", "2000-W10"),
    ("The summit is on April 24 and 25.", WED_FEB10, "25", "1999-04-25"),
    ("The summit is on April 24 and 25.", WED_FEB10, "April 24", "1999-04-24"),
    ("He stays for at least two more weeks.", THU_FEB24, "two more weeks", "P2W"),
    ("She spent about 5 1/2 hours in Nairobi.", MON_AUG17, "5 1/2 hours", "PT5H30M"),
    ("After their third day-long meeting, they left.", THU_FEB24, "day-long", "P1D"),
    ("The decades-long battle goes on.", SAT_JAN15, "decades-long", "PXDE"),
    ("A yearlong inquiry ended.", SAT_JAN15, "yearlong", "P1Y"),
    (
        "The blast occurred at 10:35 a.m. (0735 GMT) Friday.",
        SAT_AUG8,
        "10:35 a.m. (0735 GMT) Friday",
        "1998-08-07T10:35",
    ),
    ("But the post-1959 politics split families.", THU_FEB24, "1959", "1959"),
    ("It takes the decision about Elian's future away.", THU_FEB24, "future", "FUTURE_REF"),
    # anaphora: the last date given in full
    (
        "He fled in June 1998 and returned later that year.",
        SAT_JAN15,
        "later that year",
        "1998",
    ),
    (
        "He was killed on Oct. 23, 1998. Earlier that day, a fax came.",
        SAT_JAN15,
        "Earlier that day",
        "1998-10-23",
    ),
    (
        "The accord of May 4, 1999 was signed the same week.",
        SAT_JAN15,
        "the same week",
        "1999-W18",
    ),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), FOUND)
def test_found(bare: Language, text: str, published: date, expression: str, value: str) -> None:
    found = times(bare, text, published)
    assert expression in found, f"{expression!r} not among {list(found)}"
    assert found[expression] == value


NOT_FOUND = [
    # (text, published, words that are no time expression of their own)
    ("It began in February this year.", THU_DEC3, "this year"),
    ("They will join in April next year.", THU_DEC3, "next year"),
    ("It will be a second betrayal, she said.", MON_APR17, "a second"),
    ("The company hired 2000 workers.", MON_APR17, "2000"),
]


@pytest.mark.parametrize(("text", "published", "words"), NOT_FOUND)
def test_not_found(bare: Language, text: str, published: date, words: str) -> None:
    assert words not in times(bare, text, published)
