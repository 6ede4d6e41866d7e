"""HTML pages: the date, address and outlet a page states, the boxes left out, odd markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly import ingest
from reportedly.model import RemovedLine

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "ingest"
BODY = (
    "<p>The minister said on Tuesday that the talks would resume next week in the capital, "
    "two officials said.</p>"
)
STORY = f"<article><h1>Talks to resume</h1>{BODY}</article>"


def page(head: str = "", body: str = STORY) -> str:
    """A whole page around ``head`` and ``body``."""
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def json_ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


def test_news_page() -> None:
    [article] = ingest.read_path(str(RESOURCES / "news-page.html"))
    assert article.published == "2023-05-08"  # the URL says 2023/05/01
    assert article.url == (
        "https://www.riversidecourier.example/news/2023/05/01/mayor-denies-budget-deal"
        "?ref=home&page=2"
    )
    assert (article.title, article.outlet, article.author) == (
        "Mayor denies budget deal was struck in secret",
        "Riverside Courier",
        "Sam Patel",
    )
    assert article.removed == (
        RemovedLine(
            "caption",
            "The mayor speaks to reporters outside the town hall on Monday. Photo: John Smith",
        ),
        RemovedLine("related", "Related"),
        RemovedLine("related", "Council approves new bus routes after long consultation"),
        RemovedLine("related", "Opposition calls for inquiry into spending on parks"),
        RemovedLine("comment", "Comments"),
        RemovedLine(
            "comment", "Reader42: This is exactly what they said last year about the bins."
        ),
        RemovedLine("comment", "Jo B: Let's see the minutes before anyone believes a word of it."),
    )
    assert article.text.startswith("The mayor of Riverside denied on Monday")
    assert article.text.endswith("declined to comment on the claims.")
    for chrome in ("Sport", "Photo: John Smith", "bus routes", "Reader42", "(c) 2021"):
        assert chrome not in article.text


# --- the date ---------------------------------------------------------------------------

URL_DATED = "https://example-news.org/2023/05/01/talks-resume"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="article:published_time" content="2023-05-08T23:30:00-04:00">',
            STORY,
            "2023-05-08",
        ),
        ('<meta name="pubdate" content="2023-05-08">', STORY, "2023-05-08"),
        ('<meta itemprop="datePublished" content="2023-05-08">', STORY, "2023-05-08"),
        (
            '<meta name="date" content="2023-05-09">'
            '<meta property="article:published_time" content="2023-05-08">',
            STORY,
            "2023-05-08",
        ),
        (
            json_ld('{"@type": "NewsArticle", "datePublished": "2023-05-08T07:30:00Z"}'),
            STORY,
            "2023-05-08",
        ),
        (
            json_ld(
                '{"@graph": [{"@type": "WebPage", "datePublished": "2023-05-09"},'
                ' {"@type": "NewsArticle", "datePublished": "2023-05-08"}]}'
            ),
            STORY,
            "2023-05-08",
        ),
        (
            "",
            f'<article><time datetime="2023-05-08T10:00">May 8</time>{BODY}</article>',
            "2023-05-08",
        ),
        ("", f'<p><time pubdate datetime="2023-05-08">May 8</time></p>{STORY}', "2023-05-08"),
        ('<meta property="article:published_time" content="May 8, 2023">', STORY, "2023-05-08"),
        ('<meta property="article:published_time" content="soon">', STORY, "2023-05-01"),
        (json_ld("{not json"), STORY, "2023-05-01"),
        ("", STORY, "2023-05-01"),
    ],
)
def test_the_page_s_own_date_beats_the_url_s(head: str, body: str, expected: str) -> None:
    article = ingest.parse(page(head, body), url=URL_DATED)
    assert article.published == expected


def test_the_canonical_url_s_date_is_read_after_the_page_s() -> None:
    head = '<link rel="canonical" href="https://example-news.org/2020/01/02/talks">'
    assert ingest.parse(page(head)).published == "2020-01-02"
    meta = '<meta property="article:published_time" content="2023-05-08">'
    assert ingest.parse(page(head + meta)).published == "2023-05-08"


# --- the address ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<link rel="canonical" href="https://example-news.org/story.php?id=123&amp;lang=en">',
            "https://example-news.org/story.php?id=123&lang=en",
        ),
        (
            '<meta property="og:url" content="https://example-news.org/a?utm_source=x&amp;p=2">',
            "https://example-news.org/a?utm_source=x&p=2",
        ),
        (
            '<link rel="canonical" href="//example-news.org/a?id=7">',
            "https://example-news.org/a?id=7",
        ),
        ("", None),
    ],
)
def test_the_page_s_address_keeps_its_query(head: str, expected: str | None) -> None:
    assert ingest.parse(page(head)).url == expected


def test_a_relative_canonical_link_is_resolved_against_the_given_url() -> None:
    from reportedly.ingest.html import parse_html

    found = parse_html(page('<link rel="canonical" href="/story?id=9">'), url="https://x.org/a")
    assert found.url == "https://x.org/story?id=9"


# --- the outlet -------------------------------------------------------------------------

PUBLISHER = json_ld('{"@type": "NewsArticle", "publisher": {"name": "Harbour Herald"}}')


@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        (
            '<meta property="og:site_name" content="Valley Voice">' + PUBLISHER,
            "Talks",
            "Valley Voice",
        ),
        (PUBLISHER + "<title>Talks | Valley Voice</title>", "Talks", "Harbour Herald"),
        (
            json_ld(
                '{"@graph": [{"@type": "NewsArticle", "publisher": {"@id": "#org"}},'
                ' {"@type": "Organization", "@id": "#org", "name": "Harbour Herald"}]}'
            ),
            "Talks",
            "Harbour Herald",
        ),
        ("<title>Talks to resume | The Guardian</title>", "Talks to resume", "The Guardian"),
        ("<title>Talks to resume - BBC News</title>", "Talks to resume", "BBC"),
        ("<title>Talks | World news | Valley Voice</title>", "Talks", "Valley Voice"),
        # A lower-case or long suffix, or a title that is the headline, names no site.
        ("<title>Talks to resume - live updates</title>", "Talks", "example-news.org"),
        (
            "<title>Talks - the view from the capital</title>",
            "Talks - the view from the capital",
            "example-news.org",
        ),
        ("<title>Talks to resume - What We Know So Far Today</title>", "Talks", "example-news.org"),
        ("", "Talks", "example-news.org"),
    ],
)
def test_the_outlet_the_page_names(head: str, h1: str, expected: str) -> None:
    article = ingest.parse(
        page(head, f"<article><h1>{h1}</h1>{BODY}</article>"), url="https://www.example-news.org/a"
    )
    assert article.outlet == expected


def test_a_known_host_names_the_outlet_before_the_page() -> None:
    head = '<meta property="og:site_name" content="Reuters Connect">'
    assert ingest.parse(page(head), url="https://www.reuters.com/world/a").outlet == "Reuters"


# --- boxes left out ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"<article>{BODY}<figure><img src='a.jpg'><figcaption>Delegates arrive. "
            "<span>Photo: AFP</span></figcaption></figure></article>",
            (RemovedLine("caption", "Delegates arrive. Photo: AFP"),),
        ),
        (
            f"<article>{BODY}</article><div class='relatedStories'><a href='/1'>Talks stall</a>"
            "<a href='/2'>Envoys meet</a></div>",
            (RemovedLine("related", "Talks stall Envoys meet"),),
        ),
        (
            f"<article>{BODY}</article><aside><ul><li><a href='/1'>Talks stall again</a></li>"
            "<li><a href='/2'>Envoys meet</a></li></ul></aside>",
            (RemovedLine("related", "Talks stall again"), RemovedLine("related", "Envoys meet")),
        ),
        (
            f"<article>{BODY}</article><div id='disqus_thread'><div class='post'>"
            "<div class='author'>Ann</div><div class='body'>Not again.</div></div></div>",
            (RemovedLine("comment", "Ann"), RemovedLine("comment", "Not again.")),
        ),
        # An aside that is no box of links, and a wrapper marked for comments that holds the
        # story, are not listed; the comments inside the wrapper are.
        (f"<article>{BODY}</article><aside><p>The talks began in 2019 in Vienna.</p></aside>", ()),
        (
            f"<div class='story has-comments'>{BODY}"
            "<ol class='comment-list'><li>First!</li></ol></div>",
            (RemovedLine("comment", "First!"),),
        ),
        (STORY, ()),
    ],
)
def test_boxes_left_out_are_listed(body: str, expected: tuple[RemovedLine, ...]) -> None:
    assert ingest.parse(page(body=body)).removed == expected


# --- odd markup -------------------------------------------------------------------------

SENTENCE = "The minister said on Tuesday that the talks would resume next week."


@pytest.mark.parametrize(
    "html",
    [
        f"<p>{SENTENCE}</p>",
        f"<div><p>{SENTENCE}</p></div>",
        f"<article><p>{SENTENCE}</p></article>",
        f"<html><p>{SENTENCE}</p></html>",
        "<html><body>" + "<div>" * 300 + f"<p>{SENTENCE}</p>" + "</div>" * 300 + "</body></html>",
        "<html><body>" + "<div>" * 3000 + f"<p>{SENTENCE}</p>" + "</div>" * 3000 + "</body></html>",
        "<html><body><p>" + "<b>" * 3000 + SENTENCE + "</b>" * 3000 + "</p></body></html>",
        "<div><p>" * 400 + SENTENCE,
    ],
    ids=["p", "div", "article", "no-body", "deep-300", "deep-3000", "deep-inline", "unclosed"],
)
def test_fragments_and_deep_nesting_are_read(html: str) -> None:
    assert ingest.parse(html).text == SENTENCE
