"""Keys across a corpus: an article's key (its own id, else its URL's hash, else its
text's), its content hash, and the corpus-level key of a source."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from reportedly.corpus.keys import (
    article_key,
    canonical_url,
    content_hash,
    digest,
    is_input_label,
    normalized,
    source_key,
)
from reportedly.model import (
    Analyzer,
    Article,
    Attribution,
    DateEvidence,
    RemovedLine,
    Report,
    Source,
    Span,
)

TEXT = "The minister said the talks had stalled."
URL = "https://example.org/news/talks?page=2"

# --- articles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_id", "label", "own"),
    [
        ("story-17", "in.jsonl", True),
        ("in.jsonl", "in.jsonl", False),  # a Markdown or text file's id is its path
        ("in.jsonl:3", "in.jsonl", False),  # a JSON Lines object's id: name:line
        ("in.json#2", "in.json", False),  # a JSON array's object: name#place
        ("crawl.warc.gz#12", "crawl.warc.gz", False),
        ("in.jsonl:x", "in.jsonl", True),  # not a line number
        ("in.jsonl:3", "other.jsonl", True),  # another input's label is an id of its own
        ("in.jsonl:3:4", "in.jsonl", True),
        ("dir/in.jsonl:3", "dir/in.jsonl", False),
    ],
)
def test_an_id_that_only_names_its_input_is_not_the_articles_own(
    given_id: str, label: str, own: bool
) -> None:
    assert is_input_label(given_id, label) is not own
    key = article_key(Article(text=TEXT, id=given_id, url=URL), input_label=label)
    assert key == (given_id if own else "url:" + digest(canonical_url(URL)))


def test_without_an_id_the_url_keys_the_article() -> None:
    key = article_key(Article(text=TEXT, url=URL), input_label="x.md")
    assert key == "url:" + digest(canonical_url(URL))
    assert len(key) == len("url:") + 16
    assert article_key(Article(text="Other text.", url=URL), input_label="y.md") == key


def test_without_an_id_or_a_url_the_text_keys_the_article() -> None:
    key = article_key(Article(text=TEXT, id="x.md"), input_label="x.md")
    assert key == "text:" + digest(TEXT)
    assert article_key(Article(text=TEXT, id="copy/x.md"), input_label="copy/x.md") == key
    assert article_key(Article(text=TEXT + " "), input_label="x.md") != key


@pytest.mark.parametrize(
    ("url", "same"),
    [
        ("https://example.org/news/talks?page=2#comments", True),  # fragment dropped
        ("HTTPS://EXAMPLE.ORG/news/talks?page=2", True),  # scheme and host in any case
        ("  https://Example.org/news/talks?page=2 ", True),  # surrounding space
        ("https://example.org/News/Talks?page=2", False),  # a path's case is its own
        ("https://example.org/news/talks?page=3", False),  # so is the query
        ("https://example.org/news/talks", False),
        ("http://example.org/news/talks?page=2", False),
    ],
)
def test_the_url_key_is_of_the_canonical_url(url: str, same: bool) -> None:
    key = article_key(Article(text=TEXT, url=url), input_label="x.md")
    assert (key == article_key(Article(text=TEXT, url=URL), input_label="x.md")) is same


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://Example.ORG/A/b?Q=1#Top") == "https://example.org/A/b?Q=1"


ARTICLE = Article(
    text=TEXT,
    id="story-17",
    language="en",
    title="Talks",
    outlet="Reuters",
    published="2022-09-14",
    date_evidence=DateEvidence("2022-09-14T10:32", "html-meta", "minute"),
    url=URL,
    author="Staff",
    removed=(RemovedLine("caption", "A photo."),),
)
OTHER_VALUES: dict[str, Any] = {
    "text": TEXT + " Again.",
    "language": "de",
    "title": "Other",
    "outlet": "AP",
    "published": "2022-09-15",
    "date_evidence": DateEvidence("2022-09-14", "url", "day"),
    "url": URL + "&x=1",
    "author": None,
    "removed": (),
}


def test_the_content_hash_ignores_the_given_id() -> None:
    assert content_hash(dataclasses.replace(ARTICLE, id="in.jsonl:4")) == content_hash(ARTICLE)
    assert content_hash(dataclasses.replace(ARTICLE, id=None)) == content_hash(ARTICLE)


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Article) if f.name != "id"])
def test_the_content_hash_covers_every_other_field(name: str) -> None:
    assert name in OTHER_VALUES, f"give Article.{name} another value in OTHER_VALUES"
    changed = dataclasses.replace(ARTICLE, **{name: OTHER_VALUES[name]})
    assert content_hash(changed) != content_hash(ARTICLE)


# --- sources -----------------------------------------------------------------------------


def _report(*sources: Source, outlet: str | None = "The Moscow Times", **kw: Any) -> Report:
    return Report(
        article=Article(text=TEXT, outlet=outlet),
        analyzer=Analyzer("0.2.0", "rules"),
        sources=sources,
        **kw,
    )


def _key(source: Source, report: Report | None = None, article: str = "story-17") -> str:
    return source_key(source, report or _report(source), article)


@pytest.mark.parametrize(
    ("kind", "name", "key"),
    [
        ("outlet", "AP", "outlet:associated press"),
        ("outlet", "The Associated Press", "outlet:associated press"),
        ("outlet", "associated  press", "outlet:associated press"),
        ("outlet", "Reuters", "outlet:reuters"),
        ("outlet", "The Daily Planet", "outlet:the daily planet"),  # not in the table
        ("organization", "Reuters", "organization:reuters"),
        ("organization", "The Kremlin", "organization:the kremlin"),
        ("person", "Dmitry Peskov", "person:dmitry peskov"),
        ("person", "Dmitry Peskov's", "person:dmitry peskov"),
        ("person", "Dmitry Peskov\u2019s", "person:dmitry peskov"),
        ("person", "  dmitry   PESKOV ", "person:dmitry peskov"),
        ("person", "Dmítry Peskóv", "person:dmitry peskov"),
        ("person", "Dr. Anthony Fauci", "person:dr anthony fauci"),
        ("person", "O'Brien", "person:o'brien"),
        ("group", "unnamed sources", "group:unnamed sources"),
        ("document", "the report", "document:the report"),
    ],
)
def test_named_source_keys(kind: Any, name: str, key: str) -> None:
    assert _key(Source("s1", kind, name)) == key


def test_a_person_is_one_key_across_articles_and_outlets() -> None:
    peskov = Source("s1", "person", "Dmitry Peskov")
    first = _key(peskov, _report(peskov, outlet="Reuters"), "a")
    assert first == _key(peskov, _report(peskov, outlet="BBC News"), "b")


def test_an_anonymous_source_is_keyed_by_the_articles_outlet_and_its_description() -> None:
    official = Source("s1", "anonymous", "a senior official", description="senior")
    assert _key(official) == "anonymous:the moscow times:senior"
    assert _key(official, _report(official, outlet="Reuters")) == "anonymous:reuters:senior"
    bare = Source("s1", "anonymous", "A Spokesman")
    assert _key(bare) == "anonymous:the moscow times:a spokesman"


def test_an_anonymous_source_of_an_outlet_without_an_outlet_stays_in_its_article() -> None:
    official = Source("s1", "anonymous", "a senior official", description="senior")
    assert _key(official, _report(official, outlet=None), "a") != _key(
        official, _report(official, outlet=None), "b"
    )


def test_an_anonymous_source_is_keyed_by_the_outlet_that_cites_it() -> None:
    reuters = Source("s1", "outlet", "Reuters")
    unnamed = Source("s2", "anonymous", "three unnamed sources", description="unnamed", count=3)
    report = _report(
        reuters,
        unnamed,
        attributions=(
            Attribution("a1", "s1", None, Span("reported", 0, 8), Span("x", 9, 10), "indirect"),
            Attribution(
                "a2", "s2", None, Span("citing", 0, 6), Span("x", 9, 10), "indirect", parent="a1"
            ),
        ),
    )
    assert source_key(unnamed, report, "story-17") == "anonymous:reuters:unnamed"


def test_an_outlets_alias_keys_its_anonymous_sources_as_its_name() -> None:
    official = Source("s1", "anonymous", "a senior official", description="senior")
    by_alias = _key(official, _report(official, outlet="AP"))
    assert by_alias == _key(official, _report(official, outlet="Associated Press"))


def test_an_unknown_source_stays_in_its_article() -> None:
    minister = Source("s1", "unknown", "the Minister")
    assert _key(minister, article="a") == "unknown:a:the minister"
    assert _key(minister, article="a") != _key(minister, article="b")


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Dmitry Peskov's", "dmitry peskov"),
        ("Zoë  Ångström", "zoe angstrom"),
        ("the U.S. State Department", "the u s state department"),
        ("Smiths'", "smiths"),
        ("Jean-Luc", "jean luc"),
        ("", ""),
    ],
)
def test_normalized_names(name: str, plain: str) -> None:
    assert normalized(name) == plain
