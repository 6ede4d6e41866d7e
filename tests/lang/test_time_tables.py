"""Sanity checks of the time word tables under ``lang/en``."""

from __future__ import annotations

import re

import pytest

from reportedly.lang.en.time_calendar import MONTHS, WEEKDAYS
from reportedly.lang.en.time_deictic import DEICTIC_TIMES, SET_WORDS
from reportedly.lang.en.time_events import (
    ANCHOR_NEARNESS,
    ANCHOR_RELATIONS,
    EVENT_NOUNS,
    EVENT_VERBS,
)
from reportedly.lang.en.time_holidays import HOLIDAYS
from reportedly.lang.en.time_modifiers import (
    COUNT_INSERTS,
    POSITION_MODIFIERS,
    QUANTITY_MODIFIERS,
    RELATIVE_DIRECTIONS,
    YEAR_RELATIVES,
)
from reportedly.lang.en.time_numbers import ORDINAL_NUMBERS, TIME_NUMBERS
from reportedly.lang.en.time_parts import PARTS_OF_DAY, SEASONS
from reportedly.lang.en.time_tense import (
    ABILITY_MODALS,
    DEADLINE_NOUNS,
    FUTURE_AUXILIARIES,
    FUTURE_PREDICATES,
    FUTURE_PREPOSITIONS,
    GOING_TO,
    PRESENT_NOT_FUTURE,
)
from reportedly.lang.en.time_units import CLOCK_UNITS, ORDINAL_UNITS, TIME_UNITS

TABLES = [
    MONTHS, WEEKDAYS, DEICTIC_TIMES, SET_WORDS, ANCHOR_NEARNESS, ANCHOR_RELATIONS,
    EVENT_NOUNS, EVENT_VERBS, POSITION_MODIFIERS, QUANTITY_MODIFIERS, RELATIVE_DIRECTIONS,
    ORDINAL_NUMBERS, TIME_NUMBERS, PARTS_OF_DAY, SEASONS, FUTURE_AUXILIARIES,
    FUTURE_PREPOSITIONS, TIME_UNITS, CLOCK_UNITS, HOLIDAYS, ABILITY_MODALS, DEADLINE_NOUNS,
    FUTURE_PREDICATES, GOING_TO, PRESENT_NOT_FUTURE, YEAR_RELATIVES, COUNT_INSERTS,
    ORDINAL_UNITS,
]  # fmt: skip


@pytest.mark.parametrize("table", TABLES)
def test_keys_are_lowercase_and_trimmed(table: object) -> None:
    assert isinstance(table, dict | frozenset)
    assert all(k == k.lower().strip() and "  " not in k for k in table)


def test_calendar_numbers() -> None:
    assert sorted(set(MONTHS.values())) == list(range(1, 13))
    assert sorted(WEEKDAYS.values()) == list(range(7))


def test_codes_are_timex3() -> None:
    assert set(PARTS_OF_DAY.values()) <= {"MO", "AF", "EV", "NI", "MI", "DT"}
    assert set(SEASONS.values()) == {"SP", "SU", "FA", "WI"}
    assert all(re.fullmatch(r"PT?\d+[HDWMY]", v) for v in SET_WORDS.values())
    assert {u[0] for u in TIME_UNITS.values()} <= set("SMHDWQY")


def test_event_verbs_name_event_nouns() -> None:
    assert set(EVENT_VERBS.values()) <= EVENT_NOUNS


def test_mods_are_timex3() -> None:
    timex_mods = {"START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN",
                  "EQUAL_OR_LESS", "EQUAL_OR_MORE", "BEFORE", "AFTER", "ON_OR_AFTER"}  # fmt: skip
    assert set(POSITION_MODIFIERS.values()) | set(QUANTITY_MODIFIERS.values()) <= timex_mods
    assert set(ANCHOR_RELATIONS.values()) <= timex_mods | {"ON", "DURING"}


def test_holiday_rules_name_real_days() -> None:
    for month, day, weekday, n in HOLIDAYS.values():
        assert 0 <= month <= 12
        assert weekday is None or (0 <= weekday <= 6 and n in (-1, 1, 2, 3, 4))
        assert month != 0 or -7 <= day <= 7  # Easter and the days around it


def test_modals_split_cleanly() -> None:
    assert not ABILITY_MODALS & FUTURE_AUXILIARIES


def test_year_relatives_and_ordinal_units() -> None:
    assert set(YEAR_RELATIVES.values()) == {-1, 0, 1}
    assert all(w.endswith(" year") for w in YEAR_RELATIVES)
    assert set(TIME_UNITS) >= ORDINAL_UNITS
    assert not COUNT_INSERTS & set(TIME_UNITS)
