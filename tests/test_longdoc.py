"""Long articles: cut into pieces at paragraph boundaries, analyzed, joined into one report
whose offsets point into the whole text (``reportedly.longdoc``)."""

from __future__ import annotations

import jsonschema
import pytest
from spacy.language import Language

from reportedly import analyze, longdoc
from reportedly.model import Report, Span
from reportedly.schema import load_schema

ARTICLE = (
    "Reuters reported on Tuesday that the minister had resigned, citing two officials.\n\n"
    "“We will not comment on rumours,” a government spokesman told reporters.\n\n"
    "Maria Okafor, the opposition leader, said the resignation was overdue. "
    "She denied that her party had asked for it."
)


def all_spans(report: Report) -> list[Span]:
    spans = [m for s in report.sources for m in s.mentions]
    for a in report.attributions:
        spans += [a.cue, a.content, *a.content_parts]
        spans += [a.source_span] if a.source_span else []
    spans += [Span(t.text, t.start, t.end) for t in report.times]
    return spans


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short text", 100, ["short text"]),
        ("one two.\n\nthree four.\n\nfive six.", 24, ["one two.\n\nthree four.\n\n", "five six."]),
        ("one two.\nthree four.\nfive six.", 22, ["one two.\nthree four.\n", "five six."]),
        ("One two. Three four. Five six.", 22, ["One two. Three four. ", "Five six."]),
        ("one two three four five six", 12, ["one two ", "three four ", "five six"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
        ("", 10, [""]),
    ],
)
def test_pieces_cut_at_the_best_boundary(text: str, limit: int, expected: list[str]) -> None:
    found = longdoc.pieces(text, limit=limit)
    assert [p.text for p in found] == expected
    assert [p.start for p in found] == [sum(map(len, expected[:n])) for n in range(len(found))]
    assert [p.last for p in found] == [False] * (len(found) - 1) + [True]


@pytest.mark.parametrize(
    ("sizes", "most", "most_chars", "expected"),
    [
        ([1, 1, 1], 2, 100, [[1, 1], [1]]),
        ([40, 40, 40], 16, 100, [[40, 40], [40]]),
        ([500, 1], 16, 100, [[500], [1]]),
        ([], 16, 100, []),
    ],
)
def test_batches_bound_items_and_characters(
    sizes: list[int], most: int, most_chars: int, expected: list[list[int]]
) -> None:
    found = longdoc.batches(sizes, length=lambda n: n, most=most, most_chars=most_chars)
    assert list(found) == expected


@pytest.fixture(scope="module")
def repeated(pipeline: Language) -> tuple[Report, Report, str]:
    """The article alone, and three times over analyzed in pieces of one article each."""
    once = analyze(ARTICLE, mode="rules", published="2024-03-05")
    text = "\n\n".join([ARTICLE] * 3)
    patched = pytest.MonkeyPatch()
    patched.setattr(longdoc, "PIECE_CHARS", len(ARTICLE) + 2)
    try:
        thrice = analyze(text, mode="rules", published="2024-03-05")
    finally:
        patched.undo()
    return once, thrice, text


def test_a_long_text_is_cut_into_pieces(repeated: tuple[Report, Report, str]) -> None:
    _, _, text = repeated
    assert len(longdoc.pieces(text, limit=len(ARTICLE) + 2)) == 3


def test_joined_offsets_point_into_the_whole_text(repeated: tuple[Report, Report, str]) -> None:
    _, thrice, text = repeated
    assert thrice.article.text == text
    spans = all_spans(thrice)
    assert spans
    assert all(text[s.start : s.end] == s.text for s in spans)
    jsonschema.validate(thrice.to_dict(), load_schema())


def test_each_piece_reads_as_the_article_alone(repeated: tuple[Report, Report, str]) -> None:
    once, thrice, _ = repeated
    shift = len(ARTICLE) + 2
    cues = [(a.cue.start, a.stance, a.kind) for a in once.attributions]
    assert [(a.cue.start, a.stance, a.kind) for a in thrice.attributions] == [
        (start + n * shift, stance, kind) for n in range(3) for start, stance, kind in cues
    ]
    assert [a.id for a in thrice.attributions] == [
        f"a{n}" for n in range(1, 3 * len(once.attributions) + 1)
    ]
    assert [t.value for t in thrice.times] == [t.value for t in once.times] * 3


def test_ids_point_within_the_joined_report(repeated: tuple[Report, Report, str]) -> None:
    _, thrice, _ = repeated
    attributions = {a.id for a in thrice.attributions}
    times = {t.id for t in thrice.times}
    assert all(thrice.source(a.source) for a in thrice.attributions if a.source)
    assert {a.parent for a in thrice.attributions if a.parent} <= attributions
    assert {a.target for a in thrice.attributions if a.target} <= attributions
    assert {i for t in thrice.times for i in t.attributions} <= attributions
    assert {i for c in thrice.conflicts for i in c.attributions} <= attributions
    assert {i for c in thrice.conflicts for i in c.times} <= times


def test_a_named_source_is_one_source_across_pieces(repeated: tuple[Report, Report, str]) -> None:
    once, thrice, _ = repeated
    named = [s for s in once.sources if s.kind in longdoc.MERGED_KINDS]
    assert named
    for source in named:
        joined = [s for s in thrice.sources if (s.kind, s.name) == (source.kind, source.name)]
        assert len(joined) == 1
        assert len(joined[0].mentions) == 3 * len(source.mentions)


def test_a_text_over_spacy_max_length_is_analyzed(
    pipeline: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """spaCy refuses a text over ``max_length`` (a million characters; lowered here to keep
    the test fast): the pieces stay under it."""
    assert pipeline.max_length > longdoc.PIECE_CHARS
    monkeypatch.setattr(pipeline, "max_length", 2 * longdoc.PIECE_CHARS)
    paragraph = "The mayor said on Monday that the bridge would reopen in May. " * 8
    text = "\n\n".join([paragraph.strip()] * (pipeline.max_length // len(paragraph) + 2))
    assert len(text) > pipeline.max_length
    report = analyze(text, mode="rules", published="2024-03-05")
    assert len(report.attributions) > pipeline.max_length // len(paragraph)
    assert all(text[s.start : s.end] == s.text for s in all_spans(report))


FIRST_PIECE = (
    "Maria Schneider, the mayor of Kessel, said on Monday that the bridge would reopen in "
    "May. Thomas Becker, who leads the council, said the repairs were going well."
)
SURNAME_PIECES = [
    pytest.param(
        'Schneider said on Tuesday that the budget was "under control".', "Maria Schneider",
        id="the one person bearing it",
    ),
    pytest.param(
        FIRST_PIECE.replace("Thomas Becker", "Paul Schneider")
        + '\n\nSchneider said on Tuesday that the budget was "under control".',
        None,
        id="two people bearing it",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("later", "expected"), SURNAME_PIECES)
def test_a_surname_alone_in_a_later_piece_is_the_person_bearing_it(
    pipeline: Language, monkeypatch: pytest.MonkeyPatch, later: str, expected: str | None
) -> None:
    first = later.split("\n\n")[0] if "\n\n" in later else FIRST_PIECE
    second = later.split("\n\n")[-1]
    monkeypatch.setattr(longdoc, "PIECE_CHARS", len(first) + 2)
    report = analyze(f"{first}\n\n{second}", mode="rules", published="2024-03-05")
    (said,) = [a for a in report.attributions if a.cue.start > len(first)]
    source = report.source(said.source) if said.source else None
    assert source is not None
    if expected is None:
        assert source.name == "Schneider"  # not one of the two
    else:
        assert source.name == expected
        assert [m.text for m in source.mentions][-1] == "Schneider"
        assert sum(1 for s in report.sources if "Schneider" in s.name) == 1
