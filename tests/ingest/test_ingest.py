"""Ingestion: every format to an Article, the sample's metadata, and every bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from reportedly import ingest
from reportedly.errors import (
    BinaryInputError,
    DateError,
    EmptyInputError,
    EncodingError,
    InputError,
    IsDirectoryError,
    JsonRecordError,
    NoArticleTextError,
    NotFoundError,
    TooLargeError,
)
from reportedly.ingest.detect import detect_format, looks_like_jsonl
from reportedly.model import RemovedLine

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "ingest"
SAMPLE_URL = (
    "https://www.themoscowtimes.com/2022/09/14/putin-rejected-early-ukraine-peace-deal-"
    "to-pursue-expanded-annexation-goals-reuters-a78787"
)


# --- the shared Moscow Times sample -------------------------------------------------


def test_sample_metadata(sample_path: Path) -> None:
    [article] = ingest.read_path(str(sample_path))
    assert article.title == (
        "Putin Rejected Early Ukraine Peace Deal to Pursue 'Expanded' Annexation Goals"
        " \u2013 Reuters"
    )
    assert article.published == "2022-09-14"
    assert article.outlet == "The Moscow Times"
    assert article.url == SAMPLE_URL


def test_sample_removed_lines(sample_path: Path) -> None:
    [article] = ingest.read_path(str(sample_path))
    kinds = [line.kind for line in article.removed]
    assert kinds == ["caption", "related", "footer"]
    caption, related, footer = (line.text for line in article.removed)
    assert caption.startswith("Putin at the Feb. 22 Security Council meeting")
    assert related.startswith("Related article: Losses Around Kharkiv")
    assert footer == f"Original url: {SAMPLE_URL}"
    for fragment in ("Putin at the Feb. 22", "kremlin.ru", "Related article", "Original url"):
        assert fragment not in article.text


def test_sample_body_is_prose(sample_path: Path) -> None:
    [article] = ingest.read_path(str(sample_path))
    text = article.text
    assert text.startswith("Russian President Vladimir Putin had rejected")
    assert text.endswith("in a social media post.")
    assert "Reuters reported Wednesday" in text
    assert "Dmitry Medvedev called for “the total surrender" in text
    for markup in ("[", "](", "**", "# ", "September 14, 2022"):
        assert markup not in text
    assert len(text.split("\n\n")) == 15
    assert "\n\n\n" not in text and text == text.strip()


def test_sample_keyword_overrides_win(sample_path: Path) -> None:
    article = ingest.parse(
        sample_path.read_text(encoding="utf-8"),
        published="15 September 2022",
        url="https://meduza.io/en/feature/1",
        title="Another title",
    )
    assert (article.published, article.url, article.title, article.outlet) == (
        "2022-09-15",
        "https://meduza.io/en/feature/1",
        "Another title",
        "Meduza",
    )


# --- format detection -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said so.", "text"),
        ("Price rose #1 spot, 3 < 4.", "text"),
        ("# Title\n\nBody.", "markdown"),
        ("Body with a [link](https://example.org).", "markdown"),
        ("**Related article:** more", "markdown"),
        ("---\ntitle: x\n---\nBody.", "markdown"),
        ("<https://example.org> is the source.", "text"),
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        ("  <p>One.</p><p>Two.</p>", "html"),
        ("Text then <article><p>Body</p></article>", "html"),
        ("Intro <p>one</p> and <p>two</p>", "html"),
    ],
)
def test_detect_format(text: str, expected: str) -> None:
    assert detect_format(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"text": "A."}\n', True),
        ('\n\n{"html": "<p>A</p>"}', True),
        ('{"title": "no body"}', False),
        ("[1, 2]", False),
        ("{not json", False),
        ("Plain text.", False),
    ],
)
def test_looks_like_jsonl(text: str, expected: bool) -> None:
    assert looks_like_jsonl(text) is expected


# --- plain text -----------------------------------------------------------------------


def test_plain_text_file() -> None:
    [article] = ingest.read_path(str(RESOURCES / "plain.txt"))
    assert article.text == (
        "The minister said on Monday that the bridge would reopen in May.\n\n"
        '"We are on schedule," she told reporters.'
    )
    assert (article.title, article.published, article.outlet, article.removed) == (
        None,
        None,
        None,
        (),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Body.  \n", "Body."),
        ("One.\r\n\r\nTwo.", "One.\n\nTwo."),
        ("\ufeffBOM first.", "BOM first."),
        ("snake_case *stays* as is", "snake_case *stays* as is"),
    ],
)
def test_plain_text_body(text: str, expected: str) -> None:
    assert ingest.parse(text).text == expected


@pytest.mark.parametrize(
    ("text", "title", "published", "body"),
    [
        (
            "Title line\nPublished: 2010-05-28\n\nBody said.",
            "Title line",
            "2010-05-28",
            "Body said.",
        ),
        (
            "Title line\n\nSeptember 14, 2022\n\nBody said.",
            "Title line",
            "2022-09-14",
            "Body said.",
        ),
        ("Published: 2010-05-28\n\nBody said.", None, "2010-05-28", "Body said."),
        (
            "First paragraph.\n\nSecond paragraph.",
            None,
            None,
            "First paragraph.\n\nSecond paragraph.",
        ),
        ("One.\nTwo.\nPublished: 2010-05-28", None, None, "One.\nTwo.\nPublished: 2010-05-28"),
        ("In 2019, she said so.\n\nBody.", None, None, "In 2019, she said so.\n\nBody."),
    ],
)
def test_plain_text_title_and_date_lines(
    text: str, title: str | None, published: str | None, body: str
) -> None:
    article = ingest.parse(text)
    assert (article.title, article.published, article.text) == (title, published, body)


def test_records_article_file_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Romney reaffirms belief in marriage\nPublished: 2012-05-09\n\nRomney said so.\n",
        encoding="utf-8",
    )
    [article] = ingest.read_path(str(path), published="2012-05-10")
    assert (article.title, article.published, article.text, article.removed) == (
        "Romney reaffirms belief in marriage",
        "2012-05-10",  # the caller's date wins
        "Romney said so.",
        (),
    )


def test_plain_text_with_only_a_header_is_empty() -> None:
    with pytest.raises(EmptyInputError, match="<text>: empty input"):
        ingest.parse("Title line\nPublished: 2010-05-28\n")


def test_plain_text_overrides() -> None:
    article = ingest.parse("Body.", published="Sep 14, 2022", url="https://apnews.com/x", title="T")
    assert (article.published, article.url, article.title, article.outlet) == (
        "2022-09-14",
        "https://apnews.com/x",
        "T",
        "Associated Press",
    )


# --- Markdown -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("Reuters [reported](#) it.", "Reuters reported it."),
        ("A [link](https://example.org/a_(b)) here.", "A link here."),
        ('A [link](https://x.org "title") here.', "A link here."),
        ("**Bold** and __bold__ and *em* and _em_.", "Bold and bold and em and em."),
        ("Keep snake_case and 2*3*4 as is.", "Keep snake_case and 2*3*4 as is."),
        (r"Escaped \*stars\* and \[brackets\].", "Escaped *stars* and [brackets]."),
        ("Code `x = 1` and ~~gone~~ text.", "Code x = 1 and gone text."),
        ("See <https://example.org/a> now.", "See https://example.org/a now."),
        ("Tom &amp; Jerry said.", "Tom & Jerry said."),
        ("Wrapped\nparagraph  lines.", "Wrapped paragraph lines."),
        ("> A quoted\n> paragraph.", "A quoted paragraph."),
        ("- one\n- two", "one\ntwo"),
        ("Text ![alt](pic.jpg) more.", "Text more."),
    ],
)
def test_markdown_inline_markup_becomes_prose(markdown: str, expected: str) -> None:
    assert ingest.parse(f"# Title\n\n{markdown}\n\n[x](#) body.").text == f"{expected}\n\nx body."


@pytest.mark.parametrize(
    ("block", "kind", "text"),
    [
        ("**Related article:** [Other story](#)", "related", "Related article: Other story"),
        ("Read more: [Earlier](https://x.org/e)", "related", "Read more: Earlier"),
        ("See also: [Earlier](#)", "related", "See also: Earlier"),
        ("[Subscribe](https://x.org/s) | [Share](#)", "link", "Subscribe | Share"),
        ("![Crowd at the rally](pic.jpg)", "image", "Crowd at the rally"),
        ("* * *", "rule", "* * *"),
        ("Original url: <https://x.org/a>", "footer", "Original url: https://x.org/a"),
    ],
)
def test_markdown_removed_blocks(block: str, kind: str, text: str) -> None:
    body = "The mayor said so on Monday."
    article = ingest.parse(f"# Title\n\n{body}\n\n{block}\n\nShe added more.")
    assert article.text == f"{body}\n\nShe added more."
    assert article.removed == (RemovedLine(kind, text),)


@pytest.mark.parametrize(
    ("first", "is_caption"),
    [
        ("Putin at the meeting. [kremlin.ru](https://kremlin.ru)", True),
        ("Troops on parade. Photo: Jane Doe / Reuters", True),
        ("Troops on parade (Photo by Jane Doe)", True),
        ("![Troops](https://x.org/t.jpg)", True),
        ("Putin said, Reuters [reported](https://reuters.com/a).", False),
        ("The mayor said the photo was genuine.", False),
    ],
)
def test_markdown_caption_after_header(first: str, is_caption: bool) -> None:
    article = ingest.parse(f"# Title\n\nMay 2, 2021\n\n{first}\n\nBody sentence here.")
    assert [r.kind for r in article.removed] == (["caption"] if is_caption else [])
    assert article.text.startswith("Body") is is_caption


def test_markdown_caption_only_right_after_header() -> None:
    text = "# T\n\nBody first.\n\nLater paragraph. [kremlin.ru](https://kremlin.ru)"
    article = ingest.parse(text)
    assert article.text == "Body first.\n\nLater paragraph. kremlin.ru"
    assert article.removed == ()


def test_markdown_setext_title_date_label_byline_and_footer() -> None:
    [article] = ingest.read_path(str(RESOURCES / "byline.md"))
    assert article.title == "Harbor Strike Ends"
    assert article.published == "2023-03-03"
    assert article.author == "Ana Ruiz and Tom Hale"
    assert article.url == "https://www.bbc.co.uk/news/harbor-strike-ends"
    assert article.outlet == "BBC"
    assert article.text == (
        "Dock workers returned to work on Friday, the union said, ending a strike that had "
        "lasted nine days.\n\nThe port operator said it expected *normal* traffic by Monday."
    )
    assert [r.kind for r in article.removed] == ["caption", "related", "link", "rule", "footer"]


def test_markdown_front_matter() -> None:
    [article] = ingest.read_path(str(RESOURCES / "front-matter.md"))
    assert article.title == "Council delays vote on budget"
    assert article.published == "2021-11-03"
    assert article.url == "https://www.example-news.org/local/council-delays-vote"
    assert article.outlet == "example-news.org"
    assert article.author == "Sam Lee"
    assert article.text == (
        "The city council delayed a vote on the budget, the mayor said on Wednesday.\n\n"
        "Reaction\n\nResidents welcomed the delay.\nUnions did not comment."
    )


def test_markdown_title_and_date_without_blank_line() -> None:
    article = ingest.parse("# Headline\nSeptember 14, 2022\n\nBody [text](#).")
    assert (article.title, article.published, article.text) == (
        "Headline",
        "2022-09-14",
        "Body text.",
    )


def test_markdown_by_clause_is_not_a_byline() -> None:
    article = ingest.parse("# Headline\n\nBy Tuesday, the troops had left [town](#).")
    assert article.author is None
    assert article.text == "By Tuesday, the troops had left town."


def test_markdown_with_only_a_header_is_empty() -> None:
    with pytest.raises(EmptyInputError, match="<text>: empty input"):
        ingest.parse("# Title\n\nSeptember 14, 2022\n")


# --- HTML -----------------------------------------------------------------------------


def test_html_copyright_footer_is_not_the_date() -> None:
    [article] = ingest.read_path(str(RESOURCES / "copyright-footer.html"))
    assert article.published is None  # extensive search would say 2022-01-01
    assert article.title == "Minister denies talks collapsed"
    assert article.author == "Jane Doe"
    assert article.outlet == "Example Daily"
    assert article.text.startswith("The foreign minister denied on Tuesday")
    assert article.text.count("\n\n") == 2
    for chrome in ("Home", "Sport", "(c) 2022", "All rights reserved"):
        assert chrome not in article.text


def test_html_metadata_from_the_page() -> None:
    [article] = ingest.read_path(str(RESOURCES / "dated.html"))
    assert article.published == "2023-03-02"
    assert article.title == "Port reopens after storm"
    assert article.url == "https://www.reuters.com/world/port-reopens-after-storm-2023-03-02/"
    assert article.outlet == "Reuters"
    assert article.text.startswith("The country's largest port reopened on Thursday")


def test_html_keyword_overrides_win() -> None:
    page = (RESOURCES / "dated.html").read_text(encoding="utf-8")
    article = ingest.parse(
        page, published="2023-03-05", url="https://www.bbc.com/news/1", title="Mine"
    )
    assert (article.published, article.url, article.title, article.outlet) == (
        "2023-03-05",
        "https://www.bbc.com/news/1",
        "Mine",
        "BBC",
    )


def test_html_without_article_text() -> None:
    page = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(NoArticleTextError, match=r"page\.html: HTML with no article text"):
        ingest.parse(page, name="page.html")


# --- JSON Lines -----------------------------------------------------------------------


def test_jsonl_file() -> None:
    articles = ingest.read_path(str(RESOURCES / "articles.jsonl"), published="2024-01-02")
    assert [a.text for a in articles] == [
        "Officials said the dam was safe.",
        "The mayor said on Sunday that the festival would go ahead despite the rain, "
        "according to a statement posted online by the city.",
        "Police said two people were arrested.",
    ]
    assert [(a.title, a.published, a.outlet) for a in articles] == [
        ("Dam safe", "2020-05-01", "Associated Press"),
        (None, "2024-01-02", "City Herald"),
        ("Markdown headline", "2024-01-02", None),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ({"id": "basil-17", "author": "Jane Doe"}, ("basil-17", "Jane Doe", None)),
        ({"id": 17}, ("17", None, None)),
        ({"id": 0}, ("0", None, None)),
        ({"uuid": "empty"}, ("in.jsonl:1", None, None)),  # a placeholder is no id
        ({"id": " N/A "}, ("in.jsonl:1", None, None)),
        ({"source": "nyt"}, ("in.jsonl:1", None, "The New York Times")),
        ({"source": "fox", "url": "https://www.foxnews.com/a"}, ("in.jsonl:1", None, "Fox News")),
        ({"source": "hpo", "outlet": "HuffPost"}, ("in.jsonl:1", None, "HuffPost")),
        ({"url": "https://www.foxnews.com/a"}, ("in.jsonl:1", None, "Fox News")),
        ({"outlet": "Daily Post", "other": [1]}, ("in.jsonl:1", None, "Daily Post")),
    ],
)
def test_jsonl_id_author_and_outlet(
    tmp_path: Path, line: dict[str, object], expected: tuple[str | None, ...]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "Officials said so.", **line}) + "\n", encoding="utf-8")
    [article] = ingest.read_path(str(path))
    # Without an id of its own, a line is named by its input and line number.
    article_id = article.id.removeprefix(f"{tmp_path}/") if article.id else None
    assert (article_id, article.author, article.outlet) == expected


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.html", "Intro text <b>bold</b> and a sentence that runs on here.", "Intro text"),
        ("a.md", "Plain-looking \\*text\\* here.", "Plain-looking *text* here."),
        ("a.txt", "Plain \\*text\\* here.", "Plain \\*text\\* here."),
        ("a.json", '{"text": "Line said."}', "Line said."),
    ],
)
def test_suffix_names_the_format(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [article] = ingest.read_path(str(path))
    assert article.text.startswith(expected)


def test_jsonl_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "articles.txt"
    path.write_text(json.dumps({"text": "One said."}) + "\n", encoding="utf-8")
    assert [a.text for a in ingest.read_path(str(path))] == ["One said."]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"text": "ok."}', "{broken"], r"in\.jsonl:2: not valid JSON"),
        (["[1, 2]"], r"in\.jsonl:1: expected a JSON object"),
        (['{"title": "no body"}'], r'in\.jsonl:1: missing "text" or "html" string'),
        (['{"text": "  "}'], r'in\.jsonl:1: empty "text" or "html" string'),
        (['{"text": 5}'], r'in\.jsonl:1: missing "text" or "html" string'),
        (['{"text": "ok.", "title": 3}'], r'in\.jsonl:1: "title" must be a string'),
        (['{"text": "ok.", "author": ["A"]}'], r'in\.jsonl:1: "author" must be a string'),
        (['{"text": "ok.", "source": 3}'], r'in\.jsonl:1: "source" must be a string'),
        (['{"text": "ok.", "id": true}'], r'in\.jsonl:1: "id" must be a string or a number'),
        (['{"text": "ok.", "id": {"a": 1}}'], r'in\.jsonl:1: "id" must be a string or a number'),
        (['{"text": "ok."}', "", '{"text": "ok.", "published": "soon"}'], r"in\.jsonl:3: cannot"),
    ],
)
def test_jsonl_bad_lines(tmp_path: Path, lines: list[str], message: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(JsonRecordError, match=message):
        ingest.read_path(str(path))


def test_jsonl_html_line_without_text_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"html": "<html><body><nav>Home</nav></body></html>"}\n', encoding="utf-8")
    with pytest.raises(NoArticleTextError, match=r"in\.jsonl:1: HTML with no article text"):
        ingest.read_path(str(path))


# --- bad inputs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", EmptyInputError, "empty input"),
        (b" \n\t\n", EmptyInputError, "empty input"),
        (b"text\x00with a NUL", BinaryInputError, "binary file"),
        (bytes(range(128, 256)) * 4, BinaryInputError, "binary file"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08abc", BinaryInputError, "binary file"),
        ("Café".encode("latin-1") + b" said so.", EncodingError, "offset 3"),
        (b"\xef\xbb\xbf" + "Ok é".encode() + b"\xff", EncodingError, "offset 8"),
        (b"<html><body><nav>Home</nav></body></html>", NoArticleTextError, "no article text"),
    ],
)
def test_bad_file_content(
    tmp_path: Path, content: bytes, error: type[InputError], message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=message) as raised:
        ingest.read_path(str(path))
    assert str(raised.value).startswith(f"{path}: ")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.md"
    with pytest.raises(NotFoundError, match=f"^{path}: no such file$"):
        ingest.read_path(str(path))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(IsDirectoryError, match="is a directory"):
        ingest.read_path(str(tmp_path))


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(ingest.MAX_BYTES + 1)

    def never_read(self: Path) -> bytes:
        raise AssertionError("read a file over the limit")

    monkeypatch.setattr(Path, "read_bytes", never_read)
    with pytest.raises(TooLargeError, match=f"{path}: 20.0 MB is over the 20 MB limit"):
        ingest.read_path(str(path))


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (ingest.MAX_BYTES // 5))
    [article] = ingest.read_path(str(path))
    assert len(article.text) == ingest.MAX_BYTES - 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("\ufeffUTF-8 with a BOM said.".encode(), "UTF-8 with a BOM said."),
        ("UTF-16 said é.".encode("utf-16"), "UTF-16 said é."),
    ],
)
def test_byte_order_marks(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(content)
    assert [a.text for a in ingest.read_path(str(path))] == [expected]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"# Title\n\nBody from [stdin](#).\n")
    [article] = ingest.read_path("-", published="2022-09-14")
    assert (article.title, article.text, article.published) == (
        "Title",
        "Body from stdin.",
        "2022-09-14",
    )


@pytest.mark.parametrize(
    ("data", "error"),
    [(b"", EmptyInputError), (b"\x00\x01", BinaryInputError), (b"\xff ok", EncodingError)],
)
def test_stdin_errors_name_stdin(
    monkeypatch: pytest.MonkeyPatch, data: bytes, error: type[InputError]
) -> None:
    _stdin(monkeypatch, data)
    with pytest.raises(error, match=r"^<stdin>: "):
        ingest.read_path("-")


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"a" * (ingest.MAX_BYTES + 1))
    with pytest.raises(TooLargeError, match=r"^<stdin>: "):
        ingest.read_path("-")


def test_empty_text() -> None:
    with pytest.raises(EmptyInputError, match=r"^notes: empty input"):
        ingest.parse(" \n ", name="notes")


def test_bad_published_override() -> None:
    with pytest.raises(DateError):
        ingest.parse("Body.", published="someday")


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-14", "2022-09-14"),
        (" 2022-09-14 ", "2022-09-14"),
        ("2022-09-14T10:30:00Z", "2022-09-14"),
        ("14 September 2022", "2022-09-14"),
        ("Sep 14, 2022", "2022-09-14"),
        ("Sept. 14, 2022", "2022-09-14"),
        ("September 14, 2022", "2022-09-14"),
        ("Wednesday, September 14, 2022", "2022-09-14"),
        ("14 Sep 2022 12:00 UTC", "2022-09-14"),
        ("09/10/2022", "2022-09-10"),
        ("2024-02-29", "2024-02-29"),
    ],
)
def test_parse_date(value: str, expected: str) -> None:
    assert ingest.parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "soon",
        "yesterday",
        "2 days ago",
        "September 2022",
        "2022",
        "2022-02-30",
        "2022-13-01",
        "Feb 30, 2022",
        "14/14/2022",
    ],
)
def test_parse_date_refuses(value: str) -> None:
    with pytest.raises(DateError, match="cannot read"):
        ingest.parse_date(value)


def test_basil_layout_is_read(tmp_path: Path) -> None:
    """BASIL's own files: ``body-paragraphs`` (paragraphs of sentences), ``uuid``,
    ``date`` and ``source`` stand for text, id, published and outlet."""
    record = {
        "uuid": "8895b355",
        "source": "nyt",
        "date": "2016-09-28",
        "title": "Senate Set to Override Veto",
        "body-paragraphs": [["Congress is set to vote.", "  It is  late. "], [], ["The end."]],
        "triplet-uuid": "1b96a5db",
    }
    path = tmp_path / "basil.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    [article] = ingest.read_path(str(path))
    assert (article.id, article.outlet, article.published, article.title) == (
        "8895b355",
        "The New York Times",
        "2016-09-28",
        "Senate Set to Override Veto",
    )
    assert article.text == "Congress is set to vote. It is late.\n\nThe end."


@pytest.mark.parametrize(
    ("paragraphs", "message"),
    [
        ("one string", "must be a list of paragraphs"),
        ([["ok."], [3]], "must hold strings or lists of strings"),
        ([[], [""]], 'empty "text" or "html" string'),
    ],
)
def test_bad_paragraph_lists_are_named(tmp_path: Path, paragraphs: object, message: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"body-paragraphs": paragraphs}) + "\n", encoding="utf-8")
    with pytest.raises(JsonRecordError, match=message):
        ingest.read_path(str(path))


def test_iter_path_reads_json_lines_of_any_size_a_line_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A corpus dump is one big JSON Lines file: read a line at a time, only each line is
    bounded; a bad line (not UTF-8, too long, not JSON) is named and the others read."""
    from reportedly.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_BYTES", 200)
    good = [json.dumps({"id": f"a{n}", "text": f"Officials said so {n} times."}) for n in range(5)]
    lines = [
        good[0].encode(),
        b'{"id": "bad", "text": "caf\xe9"}',
        good[1].encode(),
        json.dumps({"id": "long", "text": "x " * 200}).encode(),
        b"{not json",
        *(line.encode() for line in good[2:]),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    assert path.stat().st_size > jsonl.MAX_BYTES
    problems: list[str] = []
    found = ingest.iter_path(str(path), on_error=lambda problem: problems.append(str(problem)))
    assert next(found).id == "a0"  # the first article before the rest is read
    assert [a.id for a in found] == ["a1", "a2", "a3", "a4"]
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["2", "4", "5"]
    assert "not valid UTF-8" in problems[0] and "over the" in problems[1]
    assert "not valid JSON" in problems[2]


def test_iter_path_reads_other_files_as_read_path_does(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nOfficials said so.\n", encoding="utf-8")
    assert list(ingest.iter_path(str(path))) == ingest.read_path(str(path))
