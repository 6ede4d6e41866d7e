"""Property-based tests (hypothesis): whatever text comes in, ``analyze`` raises nothing
but ``ReportedlyError``, every offset slices its own text, the report validates against
the JSON Schema, and the same input gives the same report twice.

Inputs: arbitrary Unicode, news-like word soup with odd quotation marks (unbalanced,
nested, straight and curly mixed, apostrophes), control and format characters,
right-to-left scripts and emoji, HTML soup, and paragraphs of 100,000 characters with no
punctuation. The rules run most examples; a few run the default extractor. The number
of examples comes from the hypothesis profile (tests/conftest.py: ``quick`` by default,
``--hypothesis-profile=long`` for more).
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from reportedly import Report, analyze
from reportedly.errors import ReportedlyError
from reportedly.model import Span
from reportedly.schema import load_schema

SCHEMA = load_schema()
EXAMPLES = settings.default.max_examples  # the profile's number (25 quick, 500 long)

WORDS = (
    "said", "says", "told", "reporters", "according", "to", "Reuters", "the", "a",
    "minister", "denied", "confirmed", "declined", "comment", "reportedly", "allegedly",
    "on", "Monday", "last", "week", "three", "unnamed", "sources", "citing", "officials",
    "she", "he", "they", "it", "O'Brien", "don't", "Smiths'", "Reuters’", "Dr.", "Mr.",
    "Putin", "Kremlin", "spokesman", "Peskov", "invasion", "days", "before", "2022",
    "Feb.", "24", "yesterday", "tomorrow", "was", "quoted", "as", "saying", "that", "no",
)  # fmt: skip
QUOTE_MARKS = ('"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "``", "''")
PUNCTUATION = (".", ",", ":", ";", "—", "–", "-", "?", "!", "(", ")", "…", "/")
RIGHT_TO_LEFT = ("مرحبا", "قال", "المتحدث", "שלום", "אמר", "הדובר", "\u200f", "\u202b", "\u202e")
EMOJI = ("😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "❤️", "🔥")
SEPARATORS = (" ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2028", "")
HTML_PIECES = (
    "<html>", "<body>", "</body>", "<p>", "</p>", "<div class='x'>", "</div>", "<br>",
    "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->", "<figcaption>", "&amp;",
    "&#8220;", "&rdquo;", "<a href='https://example.com/2020/01/02/x'>", "</a>", "<",
    "<meta property='article:published_time' content='2021-03-04'>", "<table><tr><td>",
)  # fmt: skip

control = st.characters(categories=["Cc", "Cf", "Co", "Cs"], exclude_characters="\x00")
token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(RIGHT_TO_LEFT),
    st.sampled_from(EMOJI),
    control,
    st.text(max_size=6),
)
news_soup = st.lists(st.tuples(token, st.sampled_from(SEPARATORS)).map("".join), max_size=120).map(
    "".join
)
html_soup = st.lists(
    st.one_of(st.sampled_from(HTML_PIECES), token, st.sampled_from(SEPARATORS)), max_size=80
).map("".join)
published = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
long_paragraph = st.lists(
    st.sampled_from([w for w in WORDS if w.isalnum()]), min_size=3, max_size=12
).map(lambda words: " ".join(words * (100_000 // len(" ".join(words)) + 1))[:100_000])


def spans_of(report: Report) -> list[Span]:
    """Every span of the report: source mentions, cues, contents and their parts, times."""
    spans = [m for s in report.sources for m in s.mentions]
    for a in report.attributions:
        spans += [a.cue, a.content, *a.content_parts, *([a.source_span] if a.source_span else [])]
    return spans + [Span(t.text, t.start, t.end) for t in report.times]


def analyzed(text: str, **options: Any) -> Report | None:
    """The report of ``text``, or None when the library refused it with its own error."""
    try:
        return analyze(text, **options)
    except ReportedlyError:
        return None


def check(text: str, **options: Any) -> None:
    """The properties every analysis must hold."""
    report = analyzed(text, **options)
    if report is None:
        return
    body = report.article.text
    for span in spans_of(report):
        assert 0 <= span.start <= span.end <= len(body)
        assert body[span.start : span.end] == span.text
    document = report.to_dict()
    jsonschema.validate(document, SCHEMA)
    assert Report.from_dict(document) == report
    again = analyzed(text, **options)
    assert again is not None
    assert again.to_dict() == document


@given(text=st.text(max_size=400), date=published)
def test_any_unicode_text(pipeline: Language, text: str, date: str | None) -> None:
    check(text, mode="rules", published=date)


@given(text=news_soup, date=published)
def test_news_soup_with_odd_quotes_controls_rtl_and_emoji(
    pipeline: Language, text: str, date: str | None
) -> None:
    check(text, mode="rules", published=date)


@given(text=html_soup)
def test_html_soup(pipeline: Language, text: str) -> None:
    check(text, mode="rules")


@settings(max_examples=max(1, EXAMPLES // 25))
@given(text=long_paragraph)
def test_a_100k_paragraph_with_no_punctuation(pipeline: Language, text: str) -> None:
    check(text, mode="rules")


@pytest.mark.usefixtures("learned_model")
@settings(max_examples=max(2, EXAMPLES // 12))
@given(text=news_soup, date=published)
def test_the_default_extractor_on_news_soup(text: str, date: str | None) -> None:
    check(text, published=date)
