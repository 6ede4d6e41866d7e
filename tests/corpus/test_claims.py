"""Claims within stories, on a hand-made corpus (``tests/resources/provenance``): a wire
story with its reprints and a trimmed copy, rewrites citing it, an outlet's own anonymous
sources, a denial, contradicting figures (an update by the same ministry, a different
price from the companies), a same-topic different event, distractors, an undated article;
every expectation below was written by hand from the articles."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from corpus_inputs import write_jsonl
from spacy.language import Language

from reportedly.cli import main
from reportedly.corpus import Corpus
from reportedly.corpus.claims import (
    Claim,
    Link,
    Statement,
    contradictions,
    figures,
    first_report,
    match,
    own_statements,
    readings,
    statements,
)

CORPUS = Path(__file__).parent.parent / "resources" / "provenance"


@pytest.fixture(scope="module")
def store(provenance_store: str) -> str:
    return provenance_store


@pytest.fixture(scope="module")
def claims(store: str) -> list[Claim]:
    with Corpus(store, read_only=True) as corpus:
        return corpus.claims()


def claim_of(claims: list[Claim], article: str, words: str) -> Claim:
    """The claim with an appearance in ``article`` whose text holds ``words``."""
    (found,) = [
        c for c in claims if words in c.text and any(a.article == article for a in c.appearances)
    ]
    return found


def test_the_corpus_falls_into_its_stories(store: str) -> None:
    with Corpus(store, read_only=True) as corpus:
        stories = {frozenset(s.articles) for s in corpus.stories()}
        copies = {pair for s in corpus.stories() for pair in s.copies}
    articles = {json.loads(line)["id"] for p in CORPUS.glob("*.jsonl") for line in p.open()}
    assert len(articles) >= 20
    assert {a for s in stories for a in s} == articles
    fire = {a for a in articles if a.startswith("fire-")}
    assert frozenset(fire) in stories
    assert frozenset(a for a in articles if a.startswith("deal-")) in stories
    assert frozenset(a for a in articles if a.startswith("eastport-")) in stories
    assert ("fire-yahoo", "fire-reuters") in copies
    assert ("fire-courier", "fire-reuters") in copies


# (article, words of the claim's text) -> (appearances' articles, first report, uncertain,
# origins as (name, kind), denials' articles)
EXPECTED = [
    pytest.param(
        ("fire-reuters", "killed 12 workers"),
        (
            {
                "fire-reuters",
                "fire-yahoo",
                "fire-courier",
                "fire-planet",
                "fire-ap",
                "fire-gazette",
            },
            "fire-reuters",
            False,
            {("Reuters", "outlet"), ("Maria Lopez", "person")},
            set(),
        ),
        id="wire, reprints, 'according to Reuters' are one origin; the governor another; "
        "the Gazette states it in its own voice: an appearance, no origin",
    ),
    pytest.param(
        ("fire-reuters", "storage tank"),
        (
            {"fire-reuters", "fire-yahoo", "fire-courier", "fire-planet", "fire-blog"},
            "fire-reuters",
            True,
            {("Tom Harris", "person")},
            set(),
        ),
        id="'Reuters reported' rests on what Reuters rests on; an undated copy: uncertain",
    ),
    pytest.param(
        ("fire-gazette", "inspectors had warned"),
        (
            {"fire-gazette"},
            "fire-gazette",
            False,
            {("Northvale Gazette", "anonymous")},
            {"fire-ap"},
        ),
        id="an outlet's own anonymous sources, and the company's denial",
    ),
    pytest.param(
        ("deal-bloomberg", "Calder Foods"),
        (
            {"deal-bloomberg", "deal-wsj", "deal-planet", "deal-reuters"},
            "deal-bloomberg",
            True,
            {
                ("Bloomberg", "anonymous"),
                ("The Wall Street Journal", "anonymous"),
                ("two companies", "group"),
            },
            {"deal-ft"},
        ),
        id="two outlets' own sources the same day: a tie; 'citing' collapses onto Bloomberg",
    ),
    pytest.param(
        ("bridge-herald", "Kessel Bridge"),
        (
            {"bridge-herald", "bridge-times", "bridge-post"},
            "bridge-herald",
            True,
            {("Ana Ruiz", "person")},
            set(),
        ),
        id="one minister, full name and surname: one origin",
    ),
    pytest.param(
        ("eastport-ap", "Eastport"),
        (
            {"eastport-ap", "eastport-planet"},
            "eastport-ap",
            False,
            {("Associated Press", "outlet")},
            set(),
        ),
        id="same-topic different event: its own claim; a copy the same day is no tie",
    ),
]


@pytest.mark.parametrize(("found", "expected"), EXPECTED)
def test_claims_are_matched_and_traced(
    claims: list[Claim], found: tuple[str, str], expected: tuple[Any, ...]
) -> None:
    claim = claim_of(claims, *found)
    articles, first, uncertain, origins, denials = expected
    assert {a.article for a in claim.appearances} == articles
    assert (claim.first_report.article, claim.first_report.uncertain) == (first, uncertain)
    assert {(o.name, o.kind) for o in claim.origins} == origins
    assert claim.independent_origins == len(origins)
    assert {d.article for d in claim.denials} == denials


def test_the_first_report_keeps_its_date_evidence(claims: list[Claim]) -> None:
    first = claim_of(claims, "fire-reuters", "killed 12 workers").first_report
    assert first.published == "2024-03-04"
    assert first.evidence == {
        "value": "2024-03-04T09:15:00+00:00",
        "source": "input",
        "precision": "second",
    }


# (article, words) -> (the figures in publication order, later_update)
CONTRADICTIONS = [
    pytest.param(
        ("fire-reuters", "killed 12 workers"),
        ([12, 12, 12, 15, 12, 12], False),
        id="a toll: police via Reuters, then the governor (another kind of origin); the "
        "Gazette's own 12",
    ),
    pytest.param(
        ("deal-bloomberg", "Calder Foods"),
        ([4_200_000_000, 4_200_000_000, 4_200_000_000, 3_900_000_000], False),
        id="a price: anonymous sources, then the companies",
    ),
    pytest.param(
        ("bridge-herald", "repairs will cost"),
        ([30_000_000, 45_000_000], True),
        id="a cost: the ministry, then the ministry again days later",
    ),
]


@pytest.mark.parametrize(("found", "expected"), CONTRADICTIONS)
def test_contradicting_figures(
    claims: list[Claim], found: tuple[str, str], expected: tuple[list[int], bool]
) -> None:
    (contradiction,) = claim_of(claims, *found).contradictions
    values, later_update = expected
    assert [v.value for v in contradiction.values] == values
    assert contradiction.later_update is later_update


def test_only_differing_figures_contradict_and_claims_stay_in_their_story(
    claims: list[Claim],
) -> None:
    fire = claim_of(claims, "fire-reuters", "killed 12 workers")
    others = [c for c in claims if c.story == fire.story and c is not fire]
    assert others and not any(c.contradictions for c in others)
    assert not claim_of(claims, "bridge-herald", "Kessel Bridge").contradictions
    stories_of = {a.article: c.story for c in claims for a in c.appearances}
    for claim in claims:
        assert {stories_of[a.article] for a in claim.appearances} == {claim.story}


# --- the command and its JSON Lines shape -------------------------------------------------

SHAPE: dict[str, Any] = {
    "id": str,
    "story": int,
    "text": str,
    "appearances": [{"article": str, "attribution": str, "outlet": (str, None), "published": (
        str,
        None,
    )}],
    "first_report": {
        "article": str,
        "published": (str, None),
        "evidence": ({"value": str, "source": str, "precision": str}, None),
        "uncertain": bool,
    },
    "origins": [{"name": str, "kind": str, "articles": [str]}],
    "independent_origins": int,
    "denials": [{"article": str, "attribution": str, "source": (str, None)}],
    "contradictions": [
        {"kind": str, "values": [{"value": (int, float), "article": str, "source": (str, None)}],
         "later_update": bool}
    ],
}  # fmt: skip
"""The ``claims`` JSON Lines schema of issue #23 item 4: a dict lists its keys exactly, a
list the shape of each item, a tuple the shapes a value may take (None for null)."""


def conforms(value: Any, shape: Any) -> bool:
    if isinstance(shape, tuple):
        return any(conforms(value, option) for option in shape)
    if shape is None:
        return value is None
    if isinstance(shape, dict):
        return (
            isinstance(value, dict)
            and set(value) == set(shape)
            and all(conforms(value[k], s) for k, s in shape.items())
        )
    if isinstance(shape, list):
        return isinstance(value, list) and all(conforms(item, shape[0]) for item in value)
    if shape is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, shape)


def test_the_claims_command_writes_the_documented_json_lines(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", "--db", store, "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and all(conforms(line, SHAPE) for line in lines)
    assert all(line["independent_origins"] == len(line["origins"]) for line in lines)
    assert any(line["contradictions"] for line in lines)
    assert any(line["denials"] for line in lines)


def test_the_claims_command_filters_by_story_and_words(
    store: str, claims: list[Claim], capsys: pytest.CaptureFixture[str]
) -> None:
    story = claim_of(claims, "deal-bloomberg", "Calder Foods").story
    assert main(["claims", "--db", store, "--story", str(story), "-f", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and {line["story"] for line in found} == {story}
    assert main(["claims", "--db", store, "--about", "storage TANK", "-f", "jsonl"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(found) == 2
    assert all("storage tank" in line["text"] for line in found)
    assert main(["claims", "--db", store]) == 0
    assert "Tom Harris (person)" in capsys.readouterr().out


def test_the_claims_command_keeps_the_claims_several_outlets_share(
    store: str, claims: list[Claim], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", "--db", store, "--min-outlets", "3", "-f", "jsonl"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = [c.id for c in claims if len({a.outlet or a.article for a in c.appearances}) >= 3]
    assert [line["id"] for line in found] == expected
    assert 0 < len(expected) < len(claims)
    assert claim_of(claims, "fire-reuters", "killed 12 workers").id in expected
    assert main(["claims", "--db", store, "--min-outlets", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err


def test_the_claims_command_writes_schema_org_claims(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", "--db", store, "--about", "Calder", "-f", "jsonld"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["@context"] == "https://schema.org"
    (claim,) = [c for c in document["@graph"] if "$4.2 billion" in c["text"]]
    assert claim["@type"] == "Claim"
    assert claim["firstAppearance"]["identifier"] == "deal-bloomberg"
    assert {a["identifier"] for a in claim["appearance"]} == {
        "deal-bloomberg",
        "deal-wsj",
        "deal-planet",
        "deal-reuters",
    }
    assert claim["firstAppearance"]["publisher"] == {"@type": "Organization", "name": "Bloomberg"}


# --- the parts --------------------------------------------------------------------------

FIGURES = [
    ("killed 12 workers on Monday", [(12, "worker")]),
    ("agreed to buy it for $4.2 billion", [(4_200_000_000, "money:usd")]),
    ("will cost 45 million euros", [(45_000_000, "money:eur")]),
    ("the death toll rose to 15", [(15, "toll")]),
    ("twelve workers were killed", [(12, "worker")]),
    ("unemployment fell to 4.5%", [(4.5, "percent")]),
    ("the plant opened in 1998", []),
    ("one of the workers", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures_and_their_measures(text: str, expected: list[tuple[float, str]]) -> None:
    assert list(figures(text)) == expected


def statement(article: str, value: str | None, precision: str = "day", **extra: Any) -> Statement:
    fields: dict[str, Any] = {
        "story": 0,
        "article": article,
        "attribution": "a1",
        "position": 0,
        "content": "x",
        "stance": "assert",
        "target": None,
        "chain": (Link("Reuters", "outlet", "outlet:reuters"),),
        "outlet": None,
        "speaks_for": None,
        "published": value[:10] if value else None,
        "evidence": {"value": value, "source": "input", "precision": precision} if value else None,
        "copy_of": None,
    }
    return Statement(**{**fields, **extra})


FIRST = [
    pytest.param(
        [statement("b", "2024-03-04T10:00:00+00:00", "second"), statement("a", "2024-03-05")],
        ("b", False),
        id="an earlier day",
    ),
    pytest.param(
        [statement("a", "2024-03-04"), statement("b", "2024-03-04T08:00:00+00:00", "second")],
        ("b", True),
        id="the same day, one of them to the day only",
    ),
    pytest.param(
        [
            statement("a", "2024-03-04T12:00:00+02:00", "second"),
            statement("b", "2024-03-04T11:00:00+00:00", "second"),
        ],
        ("a", False),
        id="times of day in their zones",
    ),
    pytest.param(
        [statement("a", "2024-03-04"), statement("b", "2024-03-04", copy_of="a")],
        ("a", False),
        id="its own copy is no rival",
    ),
    pytest.param(
        [statement("a", "2024-03-04"), statement("b", None)], ("a", True), id="an undated one"
    ),
    pytest.param([statement("a", None)], ("a", True), id="nothing dated"),
]


@pytest.mark.parametrize(("members", "expected"), FIRST)
def test_first_report(members: list[Statement], expected: tuple[str, bool]) -> None:
    first = first_report(members)
    assert (first.article, first.uncertain) == expected


# --- precision on BASIL's spot check: the general rules it asked for ---------------------


def said(article: str, content: str, source: str = "Ann Lee", kind: str = "person") -> Statement:
    return statement(
        article,
        "2024-03-04",
        content=content,
        chain=(Link(source, kind, f"{kind}:{source.casefold()}"),),
        outlet=article,
        speaks_for=article,
    )


def test_a_shared_phrase_alone_does_not_make_one_claim() -> None:
    found = match(
        0,
        [
            said("a", "that he was “deeply troubled” by the text messages"),
            said("b", "“This decision should be deeply troubling to all Americans,”"),
        ],
    )
    assert len(found) == 2


def test_a_statement_negating_a_claim_is_its_denial_not_its_agreement() -> None:
    found = match(
        0,
        [
            said("a", "“a war of Obama’s choosing.”", "Michael Steele"),
            said("b", "the war was “a war of Obama’s choosing,”", "Michael Steele"),
            said(
                "c",
                "“Needless to say, the war in Afghanistan was not ‘a war of Obama’s choosing.’”",
                "William Kristol",
            ),
        ],
    )
    (claim,) = found
    assert {a.article for a in claim.appearances} == {"a", "b"}
    assert [d.article for d in claim.denials] == ["c"]


def test_two_statements_negating_alike_agree() -> None:
    found = match(
        0,
        [
            said("a", "that we will not agree to any legislative item until the Senate has acted"),
            said(
                "b",
                "that they would not go forward with any legislative item until the Senate acted",
            ),
        ],
    )
    assert len(found) == 1 and not found[0].denials


def test_unresolved_sources_are_no_origins() -> None:
    found = match(
        0,
        [
            said("a", "the cost of reading the document on the House floor", "Peter Keating"),
            said("b", "the cost of reading the document on the House floor", "which", "unknown"),
            said("c", "the cost of reading the document on the House floor", "he", "person"),
            statement(
                "d",
                "2024-03-04",
                content="the cost of reading the document on the House floor",
                chain=(),
                outlet="d",
                speaks_for="d",
            ),
        ],
    )
    (claim,) = found
    assert [(o.name, o.kind) for o in claim.origins] == [("Peter Keating", "person")]
    assert claim.independent_origins == 1


def test_a_document_of_a_speaker_in_the_chain_is_the_speaker() -> None:
    found = match(
        0,
        [
            statement(
                "a",
                "2024-03-04",
                content="they earned $139 million from 2007 to 2014",
                chain=(
                    Link("tax returns", "document", "document:tax returns"),
                    Link("Clinton campaign", "organization", "organization:clinton campaign"),
                ),
            )
        ],
    )
    assert [(o.name, o.kind) for o in found[0].origins] == [("Clinton campaign", "organization")]


# (figures of one appearance, of another) -> whether they contradict
QUALIFIED = [
    pytest.param("$1.1 million is the estimated cost", "it as costing more than $1 million", False,
                 id="more than X holds X and more"),
    pytest.param("earned $139 million in adjusted gross income",
                 "earned roughly $141 million and paid nearly $44 million in federal income taxes",
                 False, id="about X matches; a figure of another head is another measure"),
    pytest.param("the repairs will cost 30 million euros", "the repairs will cost 45 million euros",
                 True, id="two exact figures"),
    pytest.param("killed about 12 workers", "killed 15 workers", True, id="beyond the estimate"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "expected"), QUALIFIED)
def test_only_incompatible_figures_of_one_measure_contradict(
    first: str, second: str, expected: bool
) -> None:
    members = [said("a", first), said("b", second, "Bo Ray")]
    assert bool(contradictions(members)) is expected


def test_a_qualifier_makes_a_range_and_a_phrase_a_head() -> None:
    (more,) = readings("more than $1 million")
    assert (more.low, more.high, more.head) == (1_000_000, float("inf"), None)
    (income,) = readings("$139 million in adjusted gross income from 2007")
    assert (income.measure, income.head, income.low) == ("money:usd", "income", 139_000_000)


# --- dates that contradict -----------------------------------------------------------------


def dated(
    article: str, content: str, *dates: tuple[str, str], source: str = "Ann Lee"
) -> Statement:
    return replace(said(article, content, source), dates=dates)


SANK_MONDAY = dated("a", "the ferry sank on Monday off Kessel", ("2024-03-04", "Monday"))
DATES = [
    pytest.param(
        dated("b", "the ferry sank on Sunday off Kessel", ("2024-03-03", "Sunday"),
              source="Bo Ray"),
        ("sank", ["2024-03-04", "2024-03-03"]),
        id="one event, two days",
    ),
    pytest.param(
        dated("b", "the ferry, which left port on Friday, sank off Kessel",
              ("2024-03-01", "Friday")),
        None,
        id="another event's day",
    ),
    pytest.param(
        dated("b", "the ferry sank at 4 a.m. Monday off Kessel",
              ("2024-03-04T04:00", "4 a.m. Monday")),
        None,
        id="a moment within the day",
    ),
    pytest.param(
        dated("b", "the ferry sank on Sunday, not on Saturday", ("2024-03-03", "Sunday"),
              ("2024-03-02", "Saturday")),
        None,
        id="an appearance giving two dates is not read",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("other", "expected"), DATES)
def test_one_event_given_two_dates_contradicts(
    other: Statement, expected: tuple[str, list[str]] | None
) -> None:
    found = [c for c in contradictions([SANK_MONDAY, other]) if c.kind == "time"]
    if expected is None:
        assert found == []
        return
    (contradiction,) = found
    assert (contradiction.measure, [v.value for v in contradiction.values]) == expected
    assert contradiction.label == "dates differ (sank)"
    assert [v.source for v in contradiction.values] == ["Ann Lee", "Bo Ray"]


FERRY = [
    {
        "id": "ferry-wire",
        "outlet": "Reuters",
        "published": "2024-03-06",
        "title": "Ferry Aurora sinks off Kessel, nine missing",
        "text": "The ferry Aurora sank on Monday off the coast of Kessel with 40 passengers "
        "aboard, the coast guard said.\n\nRescue boats searched the cold waters through the "
        "night for nine missing passengers, the coast guard said in a statement.",
    },
    {
        "id": "ferry-herald",
        "outlet": "Kessel Herald",
        "published": "2024-03-07",
        "title": "Aurora ferry sank off Kessel; port official gives another day",
        "text": "The ferry Aurora sank on Sunday off the coast of Kessel with 40 passengers "
        "aboard, a port official said.\n\nNine passengers are still missing after the ferry "
        "went down, the official said.",
    },
]


def test_the_days_articles_give_an_event_are_read_from_the_store(
    tmp_path: Path, pipeline: Language
) -> None:
    with Corpus(str(tmp_path / "s.duckdb")) as corpus:
        corpus.ingest([str(write_jsonl(tmp_path / "ferry.jsonl", FERRY))], workers=1, mode="rules")
        (sank,) = [c for c in corpus.claims() if "sank" in c.text]
    (contradiction,) = sank.contradictions
    assert contradiction.kind == "time"
    assert [(v.value, v.article, v.source) for v in contradiction.values] == [
        ("2024-03-04", "ferry-wire", "coast guard"),
        ("2024-03-03", "ferry-herald", "a port official"),
    ]
    assert contradiction.later_update is False  # the coast guard, then a port official


# --- an article's own statements -----------------------------------------------------------


def own(article: str, content: str, published: str = "2024-03-04") -> Statement:
    return replace(
        statement(article, published, content=content, chain=(), outlet=f"The {article}"),
        attribution="text:0-60",
        own=True,
    )


KILLED = "the fire at the Halvor plant killed 12 workers on Monday"


def test_an_own_statement_joins_the_claim_it_states_with_no_origin() -> None:
    early = own(
        "gazette", "The fire at the Halvor plant killed 12 workers on Monday.", "2024-03-03"
    )
    (claim,) = match(0, [said("wire", KILLED)], own=[early])
    assert [a.article for a in claim.appearances] == ["gazette", "wire"]
    assert claim.first_report.article == "gazette"  # it stated it first
    assert [o.name for o in claim.origins] == ["Ann Lee"]  # its own voice is no origin
    assert early.source == "The gazette"


def test_an_own_statement_never_starts_a_claim() -> None:
    found = match(0, [said("wire", KILLED)], own=[own("gazette", "Talks on the budget resumed.")])
    assert [[a.article for a in c.appearances] for c in found] == [["wire"]]


def test_an_own_statement_of_a_claim_its_article_states_is_not_a_second_appearance() -> None:
    found = match(0, [said("wire", KILLED)], own=[own("wire", "The fire killed 12 workers.")])
    assert [[a.article for a in c.appearances] for c in found] == [["wire"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nebraska and Oklahoma sued Colorado in the U.S. Supreme Court on Thursday over pot.",
        "Sen. John Smith of Ohio voted against the bill on Tuesday in the full Senate.",
    ],
)
def test_an_abbreviation_does_not_end_an_own_statement(text: str) -> None:
    row = {
        "story": 0, "article": "a", "outlet": "A", "published": None, "date_evidence": None,
        "copy_of": None, "lead": text + " The vote in the chamber was close all day.", "spans": [],
    }  # fmt: skip
    assert [s.content for s in own_statements(row, {})] == [
        text,
        "The vote in the chamber was close all day.",
    ]


def test_own_statements_are_the_lead_sentences_no_attribution_touches() -> None:
    lead = (
        "The fire at the Halvor plant killed 12 workers on Monday. Police said the tank "
        "had leaked. Why did it burn? The plant had been inspected twice last year."
    )
    said_at = lead.index("Police said")
    row = {
        "story": 0, "article": "gazette", "outlet": "Gazette", "published": "2024-03-05",
        "date_evidence": None, "copy_of": None, "lead": lead,
        "spans": [[said_at + 7, said_at + 11, said_at + 12, said_at + 33]],
    }  # fmt: skip
    found = list(own_statements(row, {}))
    assert [s.content for s in found] == [
        "The fire at the Halvor plant killed 12 workers on Monday."
    ]  # the second sentence is attributed; only the lead's two are read
    (first,) = found
    assert first.attribution == f"text:0-{len(first.content)}" and first.own
    assert first.speaks_for == "Gazette" and first.chain == ()


def test_a_name_ending_one_person_s_name_is_that_person() -> None:
    content = "the cost of reading the document on the House floor"
    found = match(
        0,
        [
            said("a", content, "Majority Whip Kevin McCarthy"),
            said("b", content, "Kevin McCarthy"),
            said("c", content, "McCarthy", "organization"),
            said("d", content, "Peter Keating"),
        ],
    )
    (claim,) = found
    assert [(o.name, o.articles) for o in claim.origins] == [
        ("Kevin McCarthy", ("a", "b", "c")),
        ("Peter Keating", ("d",)),
    ]
    assert claim.independent_origins == 2


def test_a_surname_two_people_bear_stays_apart() -> None:
    content = "the cost of reading the document on the House floor"
    found = match(
        0,
        [
            said("a", content, "Bill Clinton"),
            said("b", content, "Hillary Clinton"),
            said("c", content, "Clinton"),
        ],
    )
    (claim,) = found
    assert claim.independent_origins == 3


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        pytest.param(
            "that the United States was on the wrong side of history with its conflict in "
            "Afghanistan",
            "Afghanistan is a war the United States must win",
            False,
            id="only-whom-they-are-about",
        ),
        pytest.param(
            "Democratic presidential nominee Hillary Clinton", "Hillary Clinton", False, id="names"
        ),
        pytest.param(
            "Trump Should Cancel Putin Meeting After Indictments",
            "“Cancel the Putin meeting. Now,”",
            True,
            id="a-headline-s-capitals-name-nothing",
        ),
    ],
)
def test_contents_sharing_only_names_state_nothing_alike(
    first: str, second: str, one: bool
) -> None:
    found = match(0, [said("a", first, "Ann Lee"), said("b", second, "Bo Park")])
    assert (len(found) == 1) is one


def test_a_quote_its_cue_interrupts_is_stated_as_its_parts() -> None:
    first = "“I feel badly for General Flynn,”"
    second = "“I feel very badly.”"
    content = f"{first} Mr. Trump said on Monday. {second}"
    row = {
        "story": 0,
        "article": "a",
        "attribution": "a1",
        "position": 0,
        "content": content,
        "parts": [
            {"text": first, "start": 0, "end": len(first)},
            {"text": second, "start": content.index(second), "end": len(content)},
        ],
        "stance": "assert",
        "target": None,
        "parent": None,
        "content_start": 0,
        "content_end": len(content),
        "source": "Donald Trump",
        "source_kind": "person",
        "identity": "person:donald trump",
        "outlet": "The New York Times",
        "published": "2017-12-04",
        "date_evidence": None,
        "removed": None,
        "copy_of": None,
        "dates": None,
    }
    (found,) = statements([row], {})
    assert found.content == f"{first} ... {second}"


def test_a_document_named_with_or_without_its_article_is_one_origin() -> None:
    content = "the cost of reading the document on the House floor"
    found = match(
        0,
        [
            said("a", content, "a letter", "document"),
            said("b", content, "letter", "document"),
            said("c", content, "the letter", "document"),
        ],
    )
    (claim,) = found
    assert [(o.name, o.kind, o.articles) for o in claim.origins] == [
        ("a letter", "document", ("a", "b", "c"))
    ]
