"""Speaker resolution and source typing: who a pronoun names, which mentions are one source,
and what kind, count and role each source gets.

Each row is a short news-style text, the source words of one attribution in it (the
``n``-th with those words), and what its resolved source must be.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

import reportedly
from reportedly.lang.en.first_names import FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES
from reportedly.model import Report, Source


def _source(report: Report, words: str, n: int = 0) -> Source:
    found = [
        a for a in report.attributions if a.source_span is not None and a.source_span.text == words
    ]
    assert len(found) > n, [(a.source_span, a.cue.text) for a in report.attributions]
    source = report.source(found[n].source)
    assert source is not None
    return source


SPEAKERS = [
    pytest.param(
        "Peter Hall said Anne Price was wrong. “She knows nothing,” he said.",
        "he",
        "Peter Hall",
        id="he-is-the-last-speaker-not-the-person-spoken-of",
    ),
    pytest.param(
        "Bill Kristol said Michael Steele should resign. "
        "“I think it would be better if Steele went,” he said.",
        "he",
        "Bill Kristol",
        id="he-is-not-the-person-the-quote-is-about",
    ),
    pytest.param(
        "Maria Lindqvist said the vote had been rigged. Tomas Berg said the result was fair. "
        "She said she would appeal.",
        "She",
        "Maria Lindqvist",
        id="she-skips-a-man-by-first-name",
    ),
    pytest.param(
        "Ms. Kim Lee said the plant would close. John Park said it would stay open. "
        "She said the decision was final.",
        "She",
        "Kim Lee",
        id="she-by-honorific-where-the-first-name-is-shared",
    ),
    pytest.param(
        "Nancy Pelosi met Barack Obama on Tuesday. “We are united,” she said after the meeting.",
        "she",
        "Nancy Pelosi",
        id="she-is-the-subject-of-the-sentence-before",
    ),
    pytest.param(
        "A spokeswoman for the bureau said the packages were being examined. "
        "Tom Steyer said he had been targeted. "
        "“These are not hoax devices,” he said.",
        "he",
        "Tom Steyer",
        id="he-never-names-a-spokeswoman",
    ),
    pytest.param(
        "Pádraig Conneely said the subsidy would not cover fuel. "
        "Minister of State Dara Coyne said he was disappointed. "
        "“Nobody will be left stranded,” he said.",
        "he",
        "Dara Coyne",
        id="a-pronoun-in-the-own-clause-beats-the-first-name-table",
    ),
    pytest.param(
        "Pádraig Conneely, the company’s managing director, said the subsidy would not "
        "cover fuel. Dara Coyne said he was disappointed. Mr Conneely said that was not true.",
        "Mr Conneely",
        "Pádraig Conneely",
        id="an-honorific-without-a-full-stop-parsed-as-the-subject",
    ),
    pytest.param(
        "Ryan Zinke, the interior secretary, said in a statement that the decision applied "
        "to two countries. “We have talked,” the statement said.",
        "the statement",
        "Ryan Zinke",
        id="the-statement-of-a-named-person-is-theirs",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), SPEAKERS)
def test_pronoun_resolves_to_the_speaker(
    pipeline: Language, text: str, words: str, name: str
) -> None:
    assert _source(reportedly.analyze(text, mode="rules"), words).name == name


KINDS = [
    pytest.param(
        "Ms. Pelosi and Mr. Schumer said the wall was an immorality.",
        "Ms. Pelosi and Mr. Schumer",
        {"kind": "group", "name": "Pelosi and Schumer", "count": 2},
        id="coordinated-people-are-one-group",
    ),
    pytest.param(
        "U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver said protesters had yelled slurs.",
        "U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver",
        {"kind": "group", "name": "John Lewis, Andre Carson and Emanuel Cleaver", "count": 3},
        id="three-coordinated-people",
    ),
    pytest.param(
        "Mr. Obama said the plan was dead.",
        "Mr. Obama",
        {"kind": "person", "name": "Obama", "role": None},
        id="mr-is-no-role",
    ),
    pytest.param(
        "Democratic Sen. Chuck Schumer said the plan was dead.",
        "Democratic Sen. Chuck Schumer",
        {"kind": "person", "name": "Chuck Schumer", "role": None},
        id="sen-is-no-role",
    ),
    pytest.param(
        "John Smith, 47, said he had seen the fire.",
        "John Smith, 47",
        {"kind": "person", "role": None},
        id="an-age-is-no-role",
    ),
    pytest.param(
        "Senate Majority Leader Mitch McConnell said the vote would go ahead.",
        "Senate Majority Leader Mitch McConnell",
        {"kind": "person", "role": "Senate Majority Leader"},
        id="a-title-is-a-role",
    ),
    pytest.param(
        "Republican lawmakers argued that the talking points had been altered.",
        "Republican lawmakers",
        {"kind": "group", "count": None},
        id="lawmakers-are-a-group",
    ),
    pytest.param(
        "Lawmakers who were briefed on the plan said it would fail.",
        "Lawmakers who were briefed on the plan",
        {"kind": "anonymous", "count": None},
        id="briefed-lawmakers-are-anonymous",
    ),
    pytest.param(
        "Environmental groups called for more restrictions on hunting.",
        "Environmental groups",
        {"kind": "group"},
        id="organizations-in-the-plural-are-a-group",
    ),
    pytest.param(
        "Authorities said the devices were dangerous.",
        "Authorities",
        {"kind": "group"},
        id="authorities-are-a-group",
    ),
    pytest.param(
        "Her lawyer said the server had been wiped clean.",
        "Her lawyer",
        {"kind": "anonymous", "count": 1},
        id="one-unnamed-lawyer-is-anonymous",
    ),
    pytest.param(
        "A spokesperson for the agency said the ban had been lifted.",
        "A spokesperson for the agency",
        {"kind": "anonymous", "count": 1},
        id="a-spokesperson-is-anonymous-not-an-organization",
    ),
    pytest.param(
        "Residents of Inis Fada say they have been cut adrift.",
        "Residents of Inis Fada",
        {"kind": "group", "count": None},
        id="group-without-a-stated-number",
    ),
    pytest.param(
        "Halden Group is exploring a sale. A Halden spokeswoman declined to comment.",
        "A Halden spokeswoman",
        {"kind": "anonymous", "count": 1, "name": "A Halden Group spokeswoman"},
        id="a-spokeswoman-is-named-with-the-full-organization",
    ),
    pytest.param(
        "Talks with the Department of Rural and Community Development broke down. "
        "A spokeswoman for the department said officials would meet on Thursday.",
        "A spokeswoman for the department",
        {"name": "A spokeswoman for the Department of Rural and Community Development"},
        id="the-department-a-spokeswoman-speaks-for",
    ),
    pytest.param(
        "The fund sent offers to Crestline Partners. Crestline did not respond to a request "
        "for comment.",
        "Crestline",
        {"kind": "organization", "name": "Crestline Partners"},
        id="a-short-form-of-an-organization-name",
    ),
    pytest.param(
        "The case is against Wal-Mart. Wal-Mart calls that evidence unreliable.",
        "Wal-Mart",
        {"kind": "organization", "name": "Wal-Mart"},
        id="a-hyphenated-organization-name",
    ),
    pytest.param(
        "Bill Clinton opened the Clinton Foundation office. Clinton said it would grow.",
        "Clinton",
        {"kind": "person", "name": "Bill Clinton"},
        id="a-person-is-no-short-form-of-an-organization",
    ),
    pytest.param(
        "Minister of State Dara Coyne said the offer was fair.",
        "Minister of State Dara Coyne",
        {"kind": "person", "name": "Dara Coyne", "role": "Minister of State"},
        id="a-title-with-a-proper-noun-is-no-first-name",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), KINDS)
def test_source_kind_name_count_role(
    pipeline: Language, text: str, words: str, expected: dict[str, Any]
) -> None:
    source = _source(reportedly.analyze(text, mode="rules"), words)
    assert {field: getattr(source, field) for field in expected} == expected


SAME_SOURCE = [
    pytest.param(
        "Prosecutors said the case was strong. Later, prosecutors added that more charges "
        "would follow.",
        ("Prosecutors", "prosecutors"),
        id="case-of-a-generic-group",
    ),
    pytest.param(
        "A spokesman for the council said the pool would close. The spokesman added that "
        "staff would be redeployed.",
        ("A spokesman for the council", "The spokesman"),
        id="a-spokesman-then-the-spokesman",
    ),
    pytest.param(
        "Chief Justice John G. Roberts Jr. asked whether the class was too large. "
        "The chief justice said the records were incomplete.",
        ("Chief Justice John G. Roberts Jr.", "The chief justice"),
        id="a-title-alone-names-the-person",
    ),
    pytest.param(
        "Wal-Mart faces a lawsuit. Wal-Mart calls that evidence unreliable. The company says "
        "its policies bar discrimination.",
        ("Wal-Mart", "The company"),
        id="the-company-is-the-organization-last-named",
    ),
    pytest.param(
        "Mike Pence said the law was misunderstood. Pence added that he would sign a fix.",
        ("Mike Pence", "Pence"),
        id="a-surname-stays-the-person",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), SAME_SOURCE)
def test_mentions_are_one_source(pipeline: Language, text: str, mentions: tuple[str, str]) -> None:
    report = reportedly.analyze(text, mode="rules")
    first, second = (_source(report, words) for words in mentions)
    assert first.id == second.id
    assert len(report.sources) == 1


def test_full_name_keeps_its_suffix(pipeline: Language) -> None:
    report = reportedly.analyze(
        "Chief Justice John G. Roberts Jr. heard the case. Roberts said the class was large.",
        mode="rules",
    )
    assert _source(report, "Roberts").name == "John G. Roberts Jr."


DIFFERENT_SOURCES = [
    pytest.param(
        "A source said the deal was done. A source in Kyiv said it was not.",
        ("A source", "A source in Kyiv"),
        id="an-indefinite-source-again-may-be-another",
    ),
    pytest.param(
        "Officials in Kyiv said the talks had failed. Officials in Moscow said they had not.",
        ("Officials in Kyiv", "Officials in Moscow"),
        id="different-descriptions-are-different-sources",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), DIFFERENT_SOURCES)
def test_mentions_are_different_sources(
    pipeline: Language, text: str, mentions: tuple[str, str]
) -> None:
    report = reportedly.analyze(text, mode="rules")
    first, second = (_source(report, words) for words in mentions)
    assert first.id != second.id


# the first-name tables ---------------------------------------------------------------------


def test_first_name_tables_are_lower_case_words_of_one_sex() -> None:
    assert not FEMININE_FIRST_NAMES & MASCULINE_FIRST_NAMES
    for name in FEMININE_FIRST_NAMES | MASCULINE_FIRST_NAMES:
        assert name.isalpha() and name == name.lower(), name


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("nancy", FEMININE_FIRST_NAMES),
        ("maria", FEMININE_FIRST_NAMES),
        ("priya", FEMININE_FIRST_NAMES),
        ("peter", MASCULINE_FIRST_NAMES),
        ("vladimir", MASCULINE_FIRST_NAMES),
        ("tomas", MASCULINE_FIRST_NAMES),
    ],
)
def test_common_first_names_are_known(name: str, table: frozenset[str]) -> None:
    assert name in table


@pytest.mark.parametrize("name", ["jordan", "kim", "chris", "taylor"])
def test_shared_first_names_are_in_neither_table(name: str) -> None:
    assert name not in FEMININE_FIRST_NAMES | MASCULINE_FIRST_NAMES
