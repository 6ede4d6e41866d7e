"""Wire conventions: datelines name the outlet, credit lines are kept out of the text."""

from __future__ import annotations

import pytest

from reportedly import ingest
from reportedly.ingest.wire import credit_kind, split_dateline
from reportedly.lang.en import outlets as wire_words
from reportedly.model import RemovedLine

BODY = "Britain's water regulator fined the company on Monday, officials said."


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("BERLIN (Reuters) -", "Reuters"),
        ("LONDON, March 3 (Reuters) -", "Reuters"),
        ("WASHINGTON (AP) —", "Associated Press"),
        ("KYIV, Ukraine (AP) —", "Associated Press"),
        ("PARIS, Sept. 14 (AFP) --", "Agence France-Presse"),
        ("NEW DELHI (PTI):", "Press Trust of India"),
        ("New Delhi, March 3 (IANS)", "Indo-Asian News Service"),
        ("(CNN) —", "CNN"),
        ("Washington (CNN) —", "CNN"),
        ("PUNE, May 3 (Pune Wire) -", "Pune Wire"),
        ("WASHINGTON —", None),
        ("KANSAS CITY, Mo. —", None),
        ("FERGUSON, Mo. --", None),
        ("WASHINGTON –-", None),
        ("PUNE:", None),
    ],
)
def test_dateline_is_read_and_kept_out(dateline: str, agency: str | None) -> None:
    found, rest = split_dateline(f"{dateline} {BODY}")
    assert rest == BODY
    assert found is not None and (found.text, found.agency) == (dateline, agency)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Apple (AAPL) - shares rose on Monday.",  # a ticker after a name, not an agency
        "Washington (Pune Wire) - officials said.",  # unknown agency after no upper-case place
        "I — and nobody else — said so.",  # one letter is no place
        "The Times (of London) reported the deal.",
        "NATO said the talks would go on.",
        "Severn Vale Water (SVW) said it accepted the findings.",
        "(Reuters)",  # nothing after it
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Reporting by Hannah Pryce; Editing by Daniel Moss)", "credit"),
        ("(Reporting by Hannah Pryce; editing by Daniel Moss and Mark Potter)", "credit"),
        (
            "Reporting by Jane Doe in London; additional reporting by Ali al Amin in Cairo; "
            "Writing by Tom Hale; Editing by Mark Potter",
            "credit",
        ),
        ("Writing by Jane Doe, Editing by Tom Hale", "credit"),
        ("Compiled by Reuters staff", "credit"),
        ("Compiled by Jane Doe", "credit"),
        (
            "Associated Press writers Jane Doe in Berlin and John Roe contributed to this report.",
            "credit",
        ),
        ("Jane Doe contributed reporting from Kyiv.", "credit"),
        ("($1 = 0.7880 pounds)", "note"),
        ("($1 = 83.2 rupees; 1 euro = $1.08)", "note"),
        ("Reporting by the Guardian showed that ministers had been warned.", None),
        ("Editing by hand is slow, the union said.", None),
        ("Ministers said it contributed to this report of failure in the system.", None),
        ("Ministers said it contributed to this report.", None),
        ("(The figures were revised on Tuesday.)", None),
        ("The fine was 48 million pounds ($60.9 million).", None),
    ],
)
def test_credit_kind(line: str, kind: str | None) -> None:
    assert credit_kind(line) == kind


def test_wire_story_as_plain_text() -> None:
    text = (
        "UK regulator fines water company\n"
        "Published: 2025-03-03\n\n"
        f"LONDON, March 3 (Reuters) - {BODY}\n\n"
        '"Bills must not rise," she said.\n\n'
        "($1 = 0.7880 pounds)\n\n"
        "(Reporting by Hannah Pryce; Editing by Daniel Moss)\n"
    )
    article = ingest.parse(text)
    assert article.text == f'{BODY}\n\n"Bills must not rise," she said.'
    assert (article.title, article.published, article.outlet) == (
        "UK regulator fines water company",
        "2025-03-03",
        "Reuters",
    )
    assert article.removed == (
        RemovedLine("dateline", "LONDON, March 3 (Reuters) -"),
        RemovedLine("note", "($1 = 0.7880 pounds)"),
        RemovedLine("credit", "(Reporting by Hannah Pryce; Editing by Daniel Moss)"),
    )


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        (None, "Associated Press"),
        ("https://www.themoscowtimes.com/2022/09/14/a", "Associated Press"),  # republished
    ],
)
def test_the_agency_of_the_dateline_is_the_outlet(url: str | None, outlet: str) -> None:
    article = ingest.parse(f"WASHINGTON (AP) — {BODY}", url=url)
    assert (article.outlet, article.url, article.text) == (outlet, url, BODY)


def test_dateline_and_credits_in_markdown_keep_their_order() -> None:
    text = (
        "# Regulator fines water company\n\nMarch 3, 2025\n\n"
        f"KYIV, Ukraine (AP) — {BODY}\n\n"
        "Associated Press writer John Roe in Paris contributed to this report.\n\n"
        "Original url:\n<https://www.themoscowtimes.com/2025/03/03/a>\n"
    )
    article = ingest.parse(text)
    assert (article.text, article.outlet) == (BODY, "Associated Press")
    assert [r.kind for r in article.removed] == ["dateline", "credit", "footer"]


def test_credits_in_html() -> None:
    page = (
        "<html><body><article>"
        f"<p>BERLIN (Reuters) - {BODY}</p><p>The union said it would appeal.</p>"
        "<p>(Reporting by Hannah Pryce; Editing by Daniel Moss)</p>"
        "</article></body></html>"
    )
    article = ingest.parse(page)
    assert (article.text, article.outlet) == (
        f"{BODY}\n\nThe union said it would appeal.",
        "Reuters",
    )
    assert [r.kind for r in article.removed] == ["dateline", "credit"]


def test_a_dateline_only_opens_the_body() -> None:
    text = f"{BODY}\n\nWASHINGTON (AP) — a later paragraph says so."
    article = ingest.parse(text)
    assert (article.text, article.outlet, article.removed) == (text, None, ())


@pytest.mark.parametrize(
    "table",
    [
        wire_words.CREDIT_ROLES,
        wire_words.CONTRIBUTION_PHRASES,
        tuple(wire_words.CREDIT_NAME_PARTICLES),
        tuple(wire_words.CREDIT_STAFF_NOUNS),
    ],
)
def test_credit_tables_are_lower_case_and_trimmed(table: tuple[str, ...]) -> None:
    assert table and len(set(table)) == len(table)
    assert all(word == " ".join(word.split()) == word.lower() for word in table)
