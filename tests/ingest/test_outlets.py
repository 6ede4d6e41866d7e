"""Sanity checks of the outlets table (``reportedly.data.outlets``), its name lookup, the
URL lookups of ``reportedly.ingest.urls``, and outlets found in running text."""

from __future__ import annotations

import re
from collections import Counter
from typing import get_args

import pytest
from spacy.language import Language

import reportedly
from reportedly.attribution.outlets import outlets_in
from reportedly.data.outlets import DATASET_CODES, OUTLETS, OutletKind, lookup_field, lookup_name
from reportedly.ingest.urls import lookup_host, outlet_name_for_url, url_host

DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _names(outlet_names: list[str]) -> list[str]:
    return [" ".join(n.split()).casefold().removeprefix("the ") for n in outlet_names]


def test_table_size() -> None:
    assert 60 <= len(OUTLETS) <= 120


def test_names_are_unique() -> None:
    counts = Counter(_names([o.name for o in OUTLETS]))
    assert [n for n, c in counts.items() if c > 1] == []


def test_aliases_name_one_outlet_only() -> None:
    owners: dict[str, set[str]] = {}
    for outlet in OUTLETS:
        for key in _names([outlet.name, *outlet.aliases]):
            owners.setdefault(key, set()).add(outlet.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_domains_are_bare_lower_case_and_unique() -> None:
    domains = [d for o in OUTLETS for d in o.domains]
    assert all(DOMAIN.fullmatch(d) for d in domains), domains
    assert not [d for d in domains if d.startswith("www.")]
    assert [d for d, c in Counter(domains).items() if c > 1] == []


def test_every_outlet_has_a_domain_and_a_kind() -> None:
    kinds = set(get_args(OutletKind))
    assert all(o.domains for o in OUTLETS)
    assert {o.kind for o in OUTLETS} <= kinds


def test_names_and_aliases_are_trimmed() -> None:
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            assert name == " ".join(name.split()) and name


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("reuters.com", "Reuters"),
        ("www.reuters.com", "Reuters"),
        ("WWW.Reuters.COM", "Reuters"),
        ("edition.cnn.com", "CNN"),
        ("www.bbc.co.uk", "BBC"),
        ("news.sky.com", "Sky News"),
        ("apnews.com:443", "Associated Press"),
        ("www.themoscowtimes.com", "The Moscow Times"),
        ("notreuters.com", None),
        ("example.org", None),
        ("", None),
    ],
)
def test_lookup_host(host: str, expected: str | None) -> None:
    outlet = lookup_host(host)
    assert (outlet.name if outlet else None) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.themoscowtimes.com/2022/09/14/a78787", "The Moscow Times"),
        ("https://meduza.io/en/news/1", "Meduza"),
        ("http://abcnews.go.com/Politics/story", "ABC News"),
        ("www.ft.com/content/1", "Financial Times"),
        ("https://www.example-news.org/local/1", "example-news.org"),
        ("https://user@Blog.Example.com:8080/x", "blog.example.com"),
        ("not a url", None),
        ("", None),
    ],
)
def test_outlet_name_for_url(url: str, expected: str | None) -> None:
    assert outlet_name_for_url(url) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AP", "Associated Press"),
        ("the Associated Press", "Associated Press"),
        ("New York Times", "The New York Times"),
        ("the BBC", "BBC"),
        ("AFP", "Agence France-Presse"),
        ("Moscow Times", "The Moscow Times"),
        ("the Post", None),
        ("Example Daily", None),
    ],
)
def test_lookup_name(name: str, expected: str | None) -> None:
    outlet = lookup_name(name)
    assert (outlet.name if outlet else None) == expected


def test_url_host_without_scheme() -> None:
    assert url_host("www.Reuters.com/world") == "reuters.com"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("after the Harbour Herald reported it", [("Harbour Herald", None)]),
        ("The Charlotte Observer said so.", [("Charlotte Observer", None)]),
        ("The Herald said so.", [("Herald", None)]),
        ("Asked by the Castlebrook Gazette, he said", [("Castlebrook Gazette", None)]),
        # the table's entry wins over the masthead it ends with
        ("The Sydney Morning Herald said", [("The Sydney Morning Herald", "newspaper")]),
        (
            "the Daily Telegraph and AP",
            [("The Telegraph", "newspaper"), ("Associated Press", "agency")],
        ),
        ("A Tribune reporter said so.", []),
        ("Herald said so.", []),
        ("He flew to Times Square and the trading Post.", []),
    ],
)
def test_outlets_in_text(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(o.name, o.kind if o.domains else None) for _, _, o in outlets_in(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "source", "expected_name"),
    [
        (
            "The office rejected the claims after the Harbour Herald reported that the visa was "
            "rushed. The newspaper said the application was decided in 11 days.",
            "The newspaper",
            "Harbour Herald",
        ),
        (
            "The Castlebrook Gazette reported that the pool would close. The paper said the "
            "council had known for months.",
            "The paper",
            "Castlebrook Gazette",
        ),
    ],
)
def test_a_paper_the_table_does_not_know_is_the_outlet_its_epithet_names(
    pipeline: Language, text: str, source: str, expected_name: str
) -> None:
    report = reportedly.analyze(text, mode="rules")
    named = [report.source(a.source) for a in report.attributions if a.source]
    by_mention = {m.text: s for s in named if s for m in s.mentions}
    assert by_mention[source].name == expected_name
    assert by_mention[source].kind == "outlet"


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("hpo", "HuffPost"),
        ("FOX", "Fox News"),
        ("nyt", "The New York Times"),
        ("AP", "Associated Press"),
        ("Daily Post", None),
    ],
)
def test_dataset_codes_name_outlets_in_outlet_fields(field: str, name: str | None) -> None:
    known = lookup_field(field)
    assert (known.name if known else None) == name


def test_every_dataset_code_names_a_known_outlet() -> None:
    assert all(lookup_name(name) for name in DATASET_CODES.values())
