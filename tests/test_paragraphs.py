"""The paragraph component: a paragraph ends a sentence before the parser runs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportedly.doctext import hard_wrapped

LONG_LINE = (
    "President Trump spoke to reporters at the White House on Friday, a day after Democrats "
    "took control of the House."
)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Kremlin Says\n\nThe deal was off, the people said.",
            ["Kremlin Says", "The deal was off, the people said."],
        ),
        (
            f"Trump warns of a long shutdown\nPublished: 2019-01-04\n\n{LONG_LINE}",
            ["Trump warns of a long shutdown", "Published: 2019-01-04", LONG_LINE],
        ),
        (
            # Hard-wrapped: a line break inside a paragraph runs on.
            "The minister said on Monday that the\nbridge would reopen in May after\n"
            "repairs to its deck.",
            [
                "The minister said on Monday that the\nbridge would reopen in May after\n"
                "repairs to its deck."
            ],
        ),
    ],
)
def test_paragraphs_end_sentences(pipeline: Language, text: str, sentences: list[str]) -> None:
    doc = pipeline(text)
    assert [s.text.strip() for s in doc.sents] == sentences


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        ("one line", False),
        ("a title\n\nand a body", False),
        ("short lines\nthat run on\nover a paragraph", True),
        (f"A title\n\n{LONG_LINE}\n\n{LONG_LINE}", False),
    ],
)
def test_hard_wrapped(text: str, wrapped: bool) -> None:
    assert hard_wrapped(text) is wrapped


def test_the_paragraph_component_is_found_by_name_in_any_pipeline() -> None:
    """As README shows it: spaCy finds the components through the package's entry points."""
    import spacy

    from reportedly.nlp import MODEL_PACKAGE

    own = spacy.load(MODEL_PACKAGE, exclude=["ner", "lemmatizer"])
    own.add_pipe("reportedly_hyphenated", first=True)
    own.add_pipe("reportedly_paragraphs", before="parser")
    doc = own("Mayor Backs Bridge\nThe mayor, who co-founded it, said the bridge would reopen.")
    assert [s.text.strip() for s in doc.sents] == [
        "Mayor Backs Bridge",
        "The mayor, who co-founded it, said the bridge would reopen.",
    ]
    assert "co-founded" in [t.text for t in doc]
