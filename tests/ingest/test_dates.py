"""Date evidence: where every article's date came from and how precise it is (#22)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly import analyze, ingest
from reportedly.errors import DateError
from reportedly.ingest.dates import parse_date, read_date
from reportedly.ingest.urls import url_date
from reportedly.model import Article, DateEvidence
from reportedly.schema import load_schema

BODY = (
    "<p>The minister said on Tuesday that the talks would resume next week in the capital, "
    "two officials said.</p>"
)
STORY = f"<article><h1>Talks to resume</h1>{BODY}</article>"
PROSE = "The minister said on Tuesday that the talks would resume next week, officials said."
DATED_URL = "https://example-news.org/2023/05/01/talks-resume"


def page(head: str = "", body: str = STORY) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def json_ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


# --- one source of each kind ------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        pytest.param(
            lambda: ingest.parse(PROSE, published="2022-09-14"),
            DateEvidence("2022-09-14", "input", "day"),
            id="input: the caller's",
        ),
        pytest.param(
            lambda: ingest.parse("---\ndate: 2022-09-14 10:32\ntitle: Talks\n---\n\n" + PROSE),
            DateEvidence("2022-09-14T10:32", "input", "minute"),
            id="input: Markdown front matter",
        ),
        pytest.param(
            lambda: ingest.parse(
                page('<meta property="article:published_time" content="2023-05-08T23:30:00-04:00">')
            ),
            DateEvidence("2023-05-08T23:30:00-04:00", "html-meta", "second"),
            id="html-meta: a meta tag",
        ),
        pytest.param(
            lambda: ingest.parse(
                page(
                    body=f'<article><time datetime="2023-05-08T10:00">May 8</time>{BODY}</article>'
                )
            ),
            DateEvidence("2023-05-08T10:00", "html-meta", "minute"),
            id="html-meta: a <time> element",
        ),
        pytest.param(
            lambda: ingest.parse(
                page(json_ld('{"@type": "NewsArticle", "datePublished": "2023-05-08T07:30:00Z"}'))
            ),
            DateEvidence("2023-05-08T07:30:00+00:00", "json-ld", "second"),
            id="json-ld",
        ),
        pytest.param(
            lambda: ingest.parse(page(), url=DATED_URL),
            DateEvidence("2023-05-01", "url", "day"),
            id="url: an HTML page's address",
        ),
        pytest.param(
            lambda: ingest.parse(PROSE, url="https://example.org/news/2022/09/14/talks"),
            DateEvidence("2022-09-14", "url", "day"),
            id="url: a plain text's given address",
        ),
        pytest.param(
            lambda: ingest.parse("Talks to resume\nPublished: September 14, 2022\n\n" + PROSE),
            DateEvidence("2022-09-14", "dateline", "day"),
            id="dateline: plain text",
        ),
        pytest.param(
            lambda: ingest.parse("# Talks to resume\n\nSep 14, 2022 10:32 AM EDT\n\n" + PROSE),
            DateEvidence("2022-09-14T10:32-04:00", "dateline", "minute"),
            id="dateline: Markdown, with a time and zone",
        ),
        pytest.param(
            lambda: ingest.parse(
                page(body=f'<article><h1>Talks</h1><p class="date">May 9, 2023</p>{BODY}</article>')
            ),
            DateEvidence("2023-05-09", "text", "day"),
            id="text: found by trafilatura",
        ),
    ],
)
def test_each_source(build: Callable[[], Article], expected: DateEvidence) -> None:
    article = build()
    assert article.date_evidence == expected
    assert article.published == expected.value[:10]


def test_json_objects_published_is_input(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"text": PROSE, "published": "2022-09-14T10:32:05Z"},
        {"text": PROSE},
        {"text": PROSE, "url": "https://example.org/2021/03/04/x"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    dated, undated, by_url = ingest.read_path(str(path))
    assert dated.date_evidence == DateEvidence("2022-09-14T10:32:05+00:00", "input", "second")
    assert (undated.published, undated.date_evidence) == (None, None)
    assert by_url.date_evidence == DateEvidence("2021-03-04", "url", "day")


def test_the_caller_s_published_reads_the_objects_without_one(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": PROSE}), encoding="utf-8")
    [article] = ingest.read_path(str(path), published="2022-09-14")
    assert article.date_evidence == DateEvidence("2022-09-14", "input", "day")


# --- which wins -------------------------------------------------------------------------

META = '<meta property="article:published_time" content="2023-05-08T23:30:00-04:00">'


def test_the_override_wins() -> None:
    article = ingest.parse(page(META), url=DATED_URL, published="2022-01-02T08:00:00+01:00")
    assert article.published == "2022-01-02"
    assert article.date_evidence == DateEvidence("2022-01-02T08:00:00+01:00", "input", "second")


def test_analyze_keeps_the_callers_time() -> None:
    report = analyze(PROSE, published="2022-09-14T10:32", mode="rules")
    assert report.article.date_evidence == DateEvidence("2022-09-14T10:32", "input", "minute")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (META, DateEvidence("2023-05-08T23:30:00-04:00", "html-meta", "second")),
        # The meta tag's day is kept (today's reading); JSON-LD says more of that day.
        (
            '<meta name="pubdate" content="2023-05-08">'
            + json_ld('{"@type": "NewsArticle", "datePublished": "2023-05-08T07:30:00Z"}'),
            DateEvidence("2023-05-08T07:30:00+00:00", "json-ld", "second"),
        ),
        # Equally precise: JSON-LD first.
        (
            '<meta name="pubdate" content="2023-05-08">'
            + json_ld('{"@type": "NewsArticle", "datePublished": "2023-05-08"}'),
            DateEvidence("2023-05-08", "json-ld", "day"),
        ),
        # Another day: the meta tag's, as before.
        (
            '<meta name="pubdate" content="2023-05-08">'
            + json_ld('{"@type": "NewsArticle", "datePublished": "2023-05-09T07:30:00Z"}'),
            DateEvidence("2023-05-08", "html-meta", "day"),
        ),
        ('<meta property="article:published_time" content="soon">', None),
        ("", None),
    ],
)
def test_the_page_s_own_date_beats_its_address(head: str, expected: DateEvidence | None) -> None:
    article = ingest.parse(page(head), url=DATED_URL)
    assert article.date_evidence == (expected or DateEvidence("2023-05-01", "url", "day"))


def test_a_date_line_beats_the_address() -> None:
    text = (
        "# Talks\n\nSeptember 14, 2022\n\n" + PROSE + "\n\nOriginal url: https://x.org/2020/01/02/a"
    )
    article = ingest.parse(text)
    assert article.url == "https://x.org/2020/01/02/a"
    assert article.date_evidence == DateEvidence("2022-09-14", "dateline", "day")


def test_a_markdown_footer_s_address_dates_an_undated_article() -> None:
    text = "# Talks\n\n" + PROSE + "\n\nOriginal url:\n<https://x.org/2020/01/02/a>"
    assert ingest.parse(text).date_evidence == DateEvidence("2020-01-02", "url", "day")


def test_front_matter_beats_the_date_line() -> None:
    text = "---\ndate: 2022-09-13\n---\n# Talks\n\nSeptember 14, 2022\n\n" + PROSE
    assert ingest.parse(text).date_evidence == DateEvidence("2022-09-13", "input", "day")


def test_the_sample_article(sample_path: Path) -> None:
    [article] = ingest.read_path(str(sample_path))
    assert article.published == "2022-09-14"
    assert article.date_evidence == DateEvidence("2022-09-14", "dateline", "day")


# --- precision and zone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value", "precision"),
    [
        ("2022-09-14", "2022-09-14", "day"),
        ("2022-09-14T10:32", "2022-09-14T10:32", "minute"),
        ("2022-09-14 10:32", "2022-09-14T10:32", "minute"),
        ("2022-09-14T10:32:05", "2022-09-14T10:32:05", "second"),
        ("2022-09-14T10:32:05.123456Z", "2022-09-14T10:32:05+00:00", "second"),
        ("2022-09-14T10:32:05+0300", "2022-09-14T10:32:05+03:00", "second"),
        ("2022-09-14T10:32+03", "2022-09-14T10:32+03:00", "minute"),
        ("2022-09-14T23:30:00-04:00", "2022-09-14T23:30:00-04:00", "second"),
        ("2022-09-14T05:30:00+05:30", "2022-09-14T05:30:00+05:30", "second"),
        ("2022-09-14T10", "2022-09-14", "day"),  # an hour alone is no time read
        ("2022-09-14T25:00", "2022-09-14", "day"),  # no possible time: the day stands
        ("September 14, 2022", "2022-09-14", "day"),
        ("Sep 14, 2022 10:32 AM EDT", "2022-09-14T10:32-04:00", "minute"),
        ("Wednesday, September 14, 2022 10:32:05 +0300", "2022-09-14T10:32:05+03:00", "second"),
        ("14 September 2022 10:32 GMT", "2022-09-14T10:32+00:00", "minute"),
        # "ET" does not say summer or winter time: the time is kept, not the offset.
        ("Sep 14, 2022, 10:32 a.m. ET", "2022-09-14T10:32", "minute"),
    ],
)
def test_precision_and_offset_are_kept(written: str, value: str, precision: str) -> None:
    evidence = read_date(written, "html-meta")
    assert (evidence.value, evidence.precision, evidence.source) == (value, precision, "html-meta")
    assert evidence.day == parse_date(written)


@pytest.mark.parametrize("written", ["2022-02-30", "September 2022", "yesterday", "soon"])
def test_no_date_no_evidence(written: str) -> None:
    with pytest.raises(DateError):
        read_date(written, "input")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2022/09/14/talks", "2022-09-14"),
        ("https://example.org/world/talks-2022-09-14/", "2022-09-14"),
        ("https://example.org/a?date=2022_9_4", "2022-09-04"),
        ("https://example.org/2022/02/30/talks", None),  # no possible date
        ("https://example.org/2099/01/02/talks", None),  # later than today
        ("https://2022-01-02.example.org/talks", None),  # the host is no path
        ("https://example.org/story/12022/01/02", None),
        ("https://example.org/talks", None),
    ],
)
def test_url_dates(url: str, expected: str | None) -> None:
    found = url_date(url)
    assert (found.value if found else None) == expected
    assert found is None or (found.source, found.precision) == ("url", "day")


# --- the value starts with the day ------------------------------------------------------

SCHEMA_VALUE = re.compile(load_schema()["$defs"]["dateEvidence"]["properties"]["value"]["pattern"])
PRECISION_FORMS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "minute": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?"),
    "second": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?"),
}


@st.composite
def written_dates(draw: st.DrawFn) -> str:
    """A date or date-time written as pages and users write them."""
    moment = draw(
        st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 12, 31))
    ).replace(microsecond=0)
    form = draw(st.sampled_from(["iso-day", "iso-minute", "iso-second", "english", "clock"]))
    if form == "iso-day":
        return moment.date().isoformat()
    if form == "english":
        return moment.strftime("%A, %B %d, %Y")
    if form == "clock":
        zone = draw(st.sampled_from(["", " UTC", " EDT", " +0300"]))
        return moment.strftime("%b %d, %Y %H:%M") + zone
    zone = draw(st.sampled_from(["", "Z", "+03:00", "-0430", "+05"]))
    minutes = form == "iso-minute"
    return (
        moment.isoformat(
            sep=draw(st.sampled_from("T ")), timespec="minutes" if minutes else "seconds"
        )
        + zone
    )


@given(written_dates())
def test_the_value_always_starts_with_the_day(written: str) -> None:
    evidence = read_date(written, "input")
    assert evidence.value.startswith(parse_date(written))
    assert SCHEMA_VALUE.fullmatch(evidence.value)
    assert PRECISION_FORMS[evidence.precision].fullmatch(evidence.value)


@given(written_dates())
def test_an_article_s_evidence_starts_with_its_published(written: str) -> None:
    article = ingest.parse(PROSE, published=written)
    assert article.date_evidence is not None
    assert article.published is not None
    assert article.date_evidence.value.startswith(article.published)
    assert article.date_evidence.source == "input"
