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
from reportedly.lang.en.titles import TITLE_FORMS, TITLE_WORDS
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
        "Former President George Bush stayed in Houston, but a spokesman said he watched the "
        "ceremony.\n\nMr. Pence was sworn in first.\n\nAs Mr. Trump approached the podium, rain "
        "began to fall. It was not a conventional speech. He did pledge to “eradicate from the "
        "face of the Earth” Islamic terrorism.",
        "He",
        "Trump",
        id="he-is-whom-the-paragraph-is-about-not-an-earlier-paragraph-s-speaker",
    ),
    pytest.param(
        "Rep. Bob Etheridge apologized on Monday. In the video, the lawmaker is seen "
        "approaching the camera, while the reporter asks, “Do you fully support the Obama "
        "agenda?”",
        "the reporter",
        "reporter",
        id="a-role-no-one-named-holds-is-someone-unnamed",
    ),
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
    pytest.param(
        "Rep. Michael Grimm was charged on Friday. His lawyer, William McGinley, said the case "
        "was weak. Then the congressman said the reporter was wrong.",
        "the congressman",
        "Michael Grimm",
        id="the-congressman-is-the-person-called-rep",
    ),
    pytest.param(
        "Barack Obama said he supports same-sex marriage. Asked whether Obama had changed "
        "course -- a charge Mitt Romney knows well -- the presumptive Republican nominee said "
        "he would leave that to others.",
        "the presumptive Republican nominee",
        "Mitt Romney",
        id="a-title-no-one-carries-is-the-person-named-last",
    ),
    pytest.param(
        "A security researcher said she had seen other users' files. Priya Raman, an "
        "independent security researcher, wrote that the checks had failed.",
        "A security researcher",
        "Priya Raman",
        id="a-title-introduces-the-person-named-with-it-later",
    ),
    pytest.param(
        "Rep. Michael Grimm's attorney confirmed that charges were planned. “We are "
        "disappointed,” said the statement from Grimm's attorney, William McGinley.",
        "Rep. Michael Grimm's attorney",
        "William McGinley",
        id="an-attorney-named-later-in-apposition",
    ),
    pytest.param(
        "Donald Trump said he wanted to see the birth certificate. Host Jordan Vieira asked, "
        "“Do you know this?” The remarks prompted Vieira to ask Trump if he had people in "
        "Hawaii. He signaled he did.",
        "He",
        "Donald Trump",
        id="he-prefers-a-man-to-a-speaker-of-unknown-sex",
    ),
    pytest.param(
        "Claire Donovan said nothing. A spokeswoman for the department said the government did "
        "not comment on leaks. Donovan went further on Wednesday. “There is no plan. None,” "
        "she told the BBC.",
        "she",
        "Claire Donovan",
        id="a-quote-of-two-sentences-is-one-step-back",
    ),
    pytest.param(
        "President Trump said the rule must change. Harry Reid said the rule was fair. Reid "
        "later apologized for his stance. But the comments helped Trump make his controversial "
        "case. He said he wants an executive order to end it.",
        "He",
        "Trump",
        id="a-surname-the-tagger-read-as-a-verb-is-still-a-subject",
    ),
    pytest.param(
        "Arizona Sheriff Joe Arpaio endorsed Rick Perry on Tuesday. The self-titled America's "
        "Toughest Sheriff, who famously re-instituted chain gangs in 1995, said that Perry has "
        "done more than anyone.",
        "The self-titled America's Toughest Sheriff, who famously re-instituted chain gangs "
        "in 1995",
        "Joe Arpaio",
        id="a-title-read-as-a-name-is-the-person-with-that-title",
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
    pytest.param(
        "Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified "
        "in October that the size of the attack was the issue.",
        "then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb",
        {"kind": "person", "name": "Charlene Lamb"},
        id="the-name-that-ends-a-title-parsed-as-the-head",
    ),
    pytest.param(
        "Kathy Griffin joked about the photos, according to TMZ. The gossip site said she had "
        "apologized.",
        "The gossip site",
        {"kind": "outlet", "name": "TMZ"},
        id="the-site-is-the-online-outlet-named-before",
    ),
    pytest.param(
        "The package was intercepted, according to CNN. The network said it had been sent on "
        "Friday.",
        "The network",
        {"kind": "outlet", "name": "CNN"},
        id="the-network-is-the-broadcaster-named-before",
    ),
    pytest.param(
        "A spokesperson for the U.S. Fish and Wildlife Service said the ban would end. The FWS "
        "defended its decision.",
        "The FWS",
        {"kind": "organization", "name": "U.S. Fish and Wildlife Service"},
        id="an-acronym-is-the-organization-it-spells",
    ),
    pytest.param(
        "Cornyn, the Senate's No. 2 Republican, and other supporters said the bill is narrow.",
        "Cornyn, the Senate's No. 2 Republican, and other supporters",
        {"kind": "group", "count": None},
        id="a-person-and-other-supporters-are-one-group",
    ),
    pytest.param(
        "The European Union and former officials have urged Obama to stop it.",
        "The European Union and former officials",
        {"kind": "group", "count": None},
        id="an-organization-and-officials-are-one-group",
    ),
    pytest.param(
        "A handful of Democrats vowed to press forward with the proposal.",
        "A handful of Democrats",
        {"kind": "group", "count": None},
        id="a-handful-of-a-group-is-a-group",
    ),
    pytest.param(
        "Safari Club International sued to block the ban. A day later, the Safari Club sent "
        "out a call to arms. “The news could not have been better,” the group wrote.",
        "the group",
        {"kind": "organization", "name": "Safari Club International"},
        id="the-group-is-the-organization-named-before-in-full",
    ),
    pytest.param(
        "Reps for Griffin did not immediately return a request for comment.",
        "Reps for Griffin",
        {"kind": "anonymous", "count": None},
        id="reps-for-a-person-are-unnamed",
    ),
    pytest.param(
        "Representatives for Griffin did not immediately return a request for comment.",
        "Representatives for Griffin",
        {"kind": "anonymous", "count": None},
        id="representatives-for-a-person-are-unnamed",
    ),
    pytest.param(
        "GOP representatives said the bill assaulted free speech.",
        "GOP representatives",
        {"kind": "group"},
        id="party-representatives-are-a-group",
    ),
    pytest.param(
        "New limits are likely, according to those briefed on the effort.",
        "those briefed on the effort",
        {"kind": "anonymous", "count": None},
        id="those-briefed-are-unnamed-and-uncounted",
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
    pytest.param(
        "A spokesman for the U.S. attorney in Brooklyn said he could not confirm, deny or "
        "comment on the case.",
        ("A spokesman for the U.S. attorney in Brooklyn", "he"),
        id="the-same-words-for-two-cues-and-the-pronoun-after-them",
    ),
    pytest.param(
        "The office of Immigration Minister Rachel Tane rejected the claims. In a statement, her "
        "office said the minister had never intervened.",
        ("The office of Immigration Minister Rachel Tane", "her office"),
        id="her-office-is-the-office-named-before",
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


# the title tables ---------------------------------------------------------------------


def test_title_forms_are_titles_with_lower_case_forms() -> None:
    for title, forms in TITLE_FORMS.items():
        assert title in TITLE_WORDS, title
        assert title not in forms, title
        for form in forms:
            assert form == form.lower() and " " not in form, form


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
