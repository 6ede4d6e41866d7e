"""``reportedly story ID``: a story told in order, as text and as an HTML page whose
timeline marks each article that carries each claim."""

from __future__ import annotations

import re

import pytest

from reportedly.cli import main
from reportedly.corpus import Corpus
from reportedly.corpus.story_page import CLAIMS_SHOWN, story_detail, story_html, story_text


@pytest.fixture(scope="module")
def db(provenance_store: str) -> str:
    return provenance_store


def biggest_story(db: str) -> int:
    with Corpus(db, read_only=True) as corpus:
        return max(corpus.stories(), key=lambda story: len(story.articles)).id


def test_the_text_tells_the_articles_in_order_then_the_claims(db: str) -> None:
    story_id = biggest_story(db)
    with Corpus(db, read_only=True) as corpus:
        detail = story_detail(corpus.store, story_id)
    text = story_text(detail)
    assert text.startswith(f"Story {story_id}: {detail.story.title}\n")
    positions = [text.index(f"[{item.article}]") for item in detail.articles]
    assert positions == sorted(positions)
    dated = [item.published for item in detail.articles if item.published]
    assert dated == sorted(dated)
    assert all(f"[{claim.id}]" in text for claim in detail.claims[:CLAIMS_SHOWN])
    carried = [len(claim.appearances) for claim in detail.claims]
    assert carried == sorted(carried, reverse=True)
    copies = [item for item in detail.articles if item.copy_of]
    assert all(f"(copy of {item.copy_of})" in text for item in copies)


def test_the_page_marks_every_article_carrying_each_claim(db: str) -> None:
    with Corpus(db, read_only=True) as corpus:
        detail = story_detail(corpus.store, biggest_story(db))
    page = story_html(detail)
    shown = detail.claims[:CLAIMS_SHOWN]
    marks = sum(len({a.article for a in claim.appearances}) for claim in shown)
    assert len(re.findall(r"<circle ", page)) == marks
    assert len(re.findall(r'stroke-width="2"', page)) == len(shown)  # each first report ringed
    assert page.count("<tr><td>") == len(detail.articles)
    assert "<script" not in page


def test_the_command_and_an_unknown_story(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    story_id = biggest_story(db)
    assert main(["story", str(story_id), "--db", db]) == 0
    assert capsys.readouterr().out.startswith(f"Story {story_id}: ")
    assert main(["story", str(story_id), "--db", db, "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert main(["story", "9999", "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no story 9999" in err
