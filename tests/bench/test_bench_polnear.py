"""The PolNeAR benchmark: brat reading, univocal mapping, scorer math, the command."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reportedly.bench import polnear
from reportedly.bench.brat import (
    GoldArticle,
    GoldAttribution,
    list_articles,
    parse_ann,
    read_article,
)
from reportedly.bench.errors import bin_name, bin_of, error_counts
from reportedly.bench.polnear import (
    BenchResult,
    Relation,
    Tokens,
    half_overlap,
    load_split,
    relations_match,
    score_article,
    univocal,
)
from reportedly.errors import BenchmarkDataError, BratFormatError
from reportedly.model import Analyzer, Article, Attribution, Report, Span

DATA = Path(__file__).resolve().parents[1] / "resources" / "polnear" / "data"
MINI = DATA / "mini"
ALPHA = (MINI / "text" / "alpha.txt").read_text(encoding="utf-8")


# -- helpers -----------------------------------------------------------------------------


def span(text: str, start: int, end: int) -> Span:
    return Span(text[start:end], start, end)


def find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def attribution(
    text: str,
    id: str,
    source: str | None,
    cue: str,
    content: str | tuple[str, ...],
    *,
    parent: str | None = None,
) -> Attribution:
    """A hand-made prediction; a tuple content is discontinuous (its ``content_parts``)."""
    pieces = [find(text, c) for c in ((content,) if isinstance(content, str) else content)]
    parts = tuple(span(text, *p) for p in pieces) if len(pieces) > 1 else ()
    return Attribution(
        id=id,
        source=None,
        source_span=span(text, *find(text, source)) if source else None,
        cue=span(text, *find(text, cue)),
        content=span(text, pieces[0][0], pieces[-1][1]),
        kind="direct",
        parent=parent,
        content_parts=parts,
    )


def report(text: str, attributions: Iterable[Attribution] = ()) -> Report:
    return Report(Article(text=text), Analyzer("test", "rules"), attributions=tuple(attributions))


def oracle(gold: GoldArticle) -> Report:
    """The gold attributions written as a Report: every score must be 1."""
    predicted = []
    for n, g in enumerate(gold.attributions):
        if not g.cue or not g.content:
            continue  # cannot be written as an Attribution
        parts = tuple(span(gold.text, *p) for p in g.content)
        predicted.append(
            Attribution(
                id=f"a{n}",
                source=None,
                source_span=span(gold.text, g.source[0][0], g.source[-1][1]) if g.source else None,
                cue=span(gold.text, g.cue[0][0], g.cue[-1][1]),
                content=span(gold.text, g.content[0][0], g.content[-1][1]),
                kind="direct",
                content_parts=parts if len(parts) > 1 else (),
            )
        )
    return report(gold.text, predicted)


def oracle_analyze(golds: Iterable[GoldArticle]) -> polnear.Analyze:
    by_text = {g.text: g for g in golds}

    def analyze(articles: Iterable[Article]) -> Iterator[Report]:
        return (oracle(by_text[a.text]) for a in articles)

    return analyze


def gold_alpha() -> GoldArticle:
    return read_article(list_articles(MINI)[0])


# -- brat --------------------------------------------------------------------------------


def test_lists_articles_and_picks_the_first_annotator_by_name() -> None:
    files = list_articles(MINI)
    assert [f.name for f in files] == ["alpha", "beta", "gamma"]
    assert files[0].ann_path is not None and files[0].ann_path.name == "alpha_aaaa.ann"
    assert files[0].annotator == "aaaa"
    assert files[2].ann_path is None


def test_reads_discontinuous_and_no_source_attributions() -> None:
    gold = gold_alpha()
    assert gold.annotator == "aaaa"
    assert [a.id for a in gold.attributions] == ["E1", "E2", "E3"]
    mayor, quote, no_source = gold.attributions
    assert [gold.text[s:e] for s, e in mayor.source + mayor.cue] == ["The mayor", "said"]
    assert [gold.text[s:e] for s, e in quote.content] == ['"It is safe,"', '"and it is open."']
    assert no_source.source == ()
    assert [gold.text[s:e] for s, e in no_source.content] == ["The plan"]


@pytest.mark.parametrize(
    ("ann", "expected"),
    [
        (
            "T1\tSource 0 2\tab\nT2\tCue 3 5\tcd\nT3\tContent 6 9;12 15\tefg hij\n"
            "T4\tAttribution 3 5\tcd\nE1\tAttribution:T4 Cue:T2 Source:T1 Content:T3\n",
            (GoldAttribution("E1", ((0, 2),), ((3, 5),), ((6, 9), (12, 15))),),
        ),
        (  # Content2 adds its pieces; a trailing space after the arguments
            "T1\tCue 3 5\tcd\nT2\tContent 10 12\tx\nT3\tContent 0 2\ty\n"
            "T4\tAttribution-no-source 3 5\tcd\n"
            "E7\tAttribution-no-source:T4 Cue:T1 Content:T2 Content2:T3 \n",
            (GoldAttribution("E7", (), ((3, 5),), ((0, 2), (10, 12))),),
        ),
        (  # missing roles are empty; other events and notes are ignored
            "T1\tAttribution-no-source 3 5\tcd\nE1\tAttribution-no-source:T1\n"
            "T2\tOther 0 1\ta\nE2\tOther:T2\n#1\tAnnotatorNotes T2\ta note\n",
            (GoldAttribution("E1", (), (), ()),),
        ),
        (  # a span text running over two lines
            "T1\tCue 0 9\tline one\nThe second line\nT2\tAttribution 0 9\tline one\n"
            "Tail\nE1\tAttribution:T2 Cue:T1\n",
            (GoldAttribution("E1", (), ((0, 9),), ()),),
        ),
        ("", ()),
    ],
)
def test_parse_ann(ann: str, expected: tuple[GoldAttribution, ...]) -> None:
    assert parse_ann(ann) == expected


@pytest.mark.parametrize(
    ("ann", "problem"),
    [
        ("T1\tCue 7 x11\tsaid\n", ":1: bad offsets"),
        ("T1\tCue 7 11;12\tsaid\n", ":1: bad offsets"),
        ("T1\tCue 11 7\tsaid\n", ":1: empty or reversed span"),
        ("T1\tCue\tsaid\n", ":1: malformed text-bound line"),
        ("T1\tCue 1 3\tx\nE1\tAttribution:T9 Cue:T1\n", ":2: E1 refers to unknown 'T9'"),
    ],
)
def test_parse_ann_rejects_malformed_lines(ann: str, problem: str) -> None:
    with pytest.raises(BratFormatError, match=problem):
        parse_ann(ann, path="x.ann")


def test_offsets_past_the_text_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text("short", encoding="utf-8")
    (tmp_path / "attributions" / "a_x.ann").write_text(
        "T1\tCue 0 40\tx\nT2\tAttribution 0 40\tx\nE1\tAttribution:T2 Cue:T1\n", encoding="utf-8"
    )
    with pytest.raises(BratFormatError, match="past the text end"):
        read_article(list_articles(tmp_path)[0])


def test_a_directory_without_text_and_attributions_is_not_a_split(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkDataError, match="not a benchmark split"):
        list_articles(tmp_path)


def test_bad_files_are_reported_and_skipped() -> None:
    messages: list[str] = []
    gold, skipped = load_split(MINI, on_skip=messages.append)
    assert [g.name for g in gold] == ["alpha"]
    assert messages == list(skipped)
    assert "beta_bbbb.ann:1: bad offsets" in skipped[0]
    assert "gamma.txt: no .ann file" in skipped[1]


def test_limit_takes_the_first_articles() -> None:
    gold, skipped = load_split(MINI, limit=1, on_skip=lambda _: None)
    assert [g.name for g in gold] == ["alpha"] and skipped == ()


# -- tokens and matching -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([(0, 9)], ["The", "mayor"]),
        ([(1, 6)], ["The", "mayor"]),  # a token counts when the span touches it
        ([(9, 10)], []),  # whitespace only
        ([(42, 49)], ["Monday", "."]),
        ([(0, 3), (10, 14)], ["The", "said"]),
    ],
)
def test_tokens_covering(pieces: list[tuple[int, int]], expected: list[str]) -> None:
    tokens = Tokens.of(ALPHA)
    covered = sorted(tokens.covering(pieces))
    assert [ALPHA[tokens.starts[i] : tokens.ends[i]] for i in covered] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((), (), True),
        ((1,), (), False),
        ((1, 2), (2,), True),  # 1 shared of 2
        ((1, 2, 3), (3,), False),  # 1 shared of 3
        ((1, 2, 3, 4), (3, 4, 5, 6), True),
        ((1, 2, 3, 4), (4, 5, 6), False),
    ],
)
def test_half_overlap(a: tuple[int, ...], b: tuple[int, ...], expected: bool) -> None:
    assert half_overlap(frozenset(a), frozenset(b)) is expected


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (((1, 2), (3,), (5, 6, 7)), True),
        (((2,), (3, 4), (6, 7)), True),
        (((1, 2), (4,), (5, 6, 7)), False),  # cues do not touch
        (((), (3,), (5, 6, 7)), False),  # source missing
        (((1, 2), (3,), (7,)), False),  # content a third of the gold one
    ],
)
def test_relations_match(predicted: tuple[tuple[int, ...], ...], expected: bool) -> None:
    gold = Relation(frozenset({1, 2}), frozenset({3}), frozenset({5, 6, 7}))
    relation = Relation(*(frozenset(p) for p in predicted))
    assert relations_match(relation, gold) is expected


# -- univocal mapping ----------------------------------------------------------------------

NESTED = "Reuters reported that officials said the talks failed, sources told Reuters."


@pytest.mark.parametrize(
    ("attributions", "kept"),
    [
        (  # a child repeating its parent's content is dropped
            [
                attribution(NESTED, "a1", "sources", "told", "the talks failed"),
                attribution(NESTED, "a2", "Reuters", "reported", "the talks failed", parent="a1"),
            ],
            ["a1"],
        ),
        (  # a chain of repeats keeps its root only
            [
                attribution(NESTED, "a1", "Reuters", "reported", "the talks failed"),
                attribution(NESTED, "a2", "officials", "said", "the talks failed", parent="a1"),
                attribution(NESTED, "a3", "sources", "told", "the talks failed", parent="a2"),
            ],
            ["a1"],
        ),
        (  # a child with its own content inside the parent's is kept
            [
                attribution(NESTED, "a1", "Reuters", "reported", "officials said the talks"),
                attribution(NESTED, "a2", "officials", "said", "the talks failed", parent="a1"),
            ],
            ["a1", "a2"],
        ),
        (  # a parent that was not predicted: the child is the outermost
            [attribution(NESTED, "a2", "officials", "said", "the talks failed", parent="a9")],
            ["a2"],
        ),
        (  # same content, no parent link: two sources of one claim, both kept
            [
                attribution(NESTED, "a1", "officials", "said", "the talks failed"),
                attribution(NESTED, "a2", "sources", "told", "the talks failed"),
            ],
            ["a1", "a2"],
        ),
        (  # the parent's content is discontinuous, the child's is not: not a repeat
            [
                attribution(NESTED, "a1", "sources", "told", ("the talks", "failed")),
                attribution(NESTED, "a2", "Reuters", "reported", "the talks failed", parent="a1"),
            ],
            ["a1", "a2"],
        ),
    ],
)
def test_univocal_keeps_the_outermost(attributions: list[Attribution], kept: list[str]) -> None:
    assert [a.id for a in univocal(attributions)] == kept


# -- scores ----------------------------------------------------------------------------------


def scores(gold: GoldArticle, predicted: Report) -> dict[str, object]:
    return BenchResult(score_article(gold, predicted)).to_dict()


def test_the_gold_itself_scores_one_everywhere() -> None:
    data = scores(gold_alpha(), oracle(gold_alpha()))
    for metric in ("exact", "exact_trimmed", "exact_pieces", "overlap"):
        for role in polnear.ROLES:
            assert data[metric][role] == {"p": 1.0, "r": 1.0, "f1": 1.0}  # type: ignore[index]
    assert data["relation"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_no_predictions_score_zero() -> None:
    data = scores(gold_alpha(), report(ALPHA))
    assert data["exact"]["content"] == {"p": 0.0, "r": 0.0, "f1": 0.0}  # type: ignore[index]
    assert data["relation"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert data["counts"]["relation"] == {"predicted": 0, "gold": 3}  # type: ignore[index]


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r)


def test_partial_predictions_score_by_hand() -> None:
    """Gold: the mayor said [6 tokens]; she added ["It is safe," | "and it is open."] (13
    tokens); [The plan] has faced criticism online (no source). Predicted: source "mayor",
    content with the final period (7 tokens); the whole quote with its cue as one content (16
    tokens) and a child repeating it (dropped); nothing for the third."""
    predicted = report(
        ALPHA,
        [
            attribution(ALPHA, "a1", "mayor", "said", "the bridge would reopen on Monday."),
            attribution(ALPHA, "a2", "she", "added", '"It is safe," she added, "and it is open."'),
            attribution(
                ALPHA, "a3", "she", "added", '"It is safe," she added, "and it is open."',
                parent="a2",
            ),
        ],
    )  # fmt: skip
    data = scores(gold_alpha(), predicted)
    exact, overlap, trimmed = data["exact"], data["overlap"], data["exact_trimmed"]
    assert exact["source"] == pytest.approx({"p": 0.5, "r": 0.5, "f1": 0.5})  # type: ignore[index]
    assert exact["cue"] == pytest.approx({"p": 1.0, "r": 2 / 3, "f1": 0.8})  # type: ignore[index]
    assert exact["content"] == {"p": 0.0, "r": 0.0, "f1": 0.0}  # type: ignore[index]
    assert overlap["source"] == pytest.approx({"p": 0.75, "r": 0.75, "f1": 0.75})  # type: ignore[index]
    content_p, content_r = (6 / 7 + 13 / 16) / 2, (6 / 7 + 13 / 16) / 3
    assert overlap["content"] == pytest.approx(  # type: ignore[index]
        {"p": content_p, "r": content_r, "f1": f1(content_p, content_r)}
    )
    # trimming the final period makes the first content exact
    assert trimmed["content"] == pytest.approx({"p": 0.5, "r": 1 / 3, "f1": 0.4})  # type: ignore[index]
    assert data["relation"] == pytest.approx({"p": 1.0, "r": 2 / 3, "f1": 0.8})
    assert data["counts"]["relation"] == {"predicted": 2, "gold": 3}  # type: ignore[index]
    errors: Any = data["errors"]
    # "mayor" lies inside "the mayor"; the third cue has no prediction; both contents hold
    # their gold content (the period, the cue), the third is missed
    assert (errors["source"]["too_short"], errors["source"]["off_boundary"]) == (1, 1)
    assert (errors["cue"]["missed"], errors["cue"]["spurious"]) == (1, 0)
    assert (errors["content"]["missed"], errors["content"]["too_long"]) == (1, 2)
    assert errors["source"]["recall_by_length"]["1 token"] == {"gold": 1, "found": 1, "r": 1.0}
    assert errors["source"]["recall_by_length"]["2-3 tokens"] == {"gold": 1, "found": 0, "r": 0.0}


def test_errors_by_kind() -> None:
    gold = {frozenset({1, 2, 3}), frozenset({10, 11}), frozenset({20}), frozenset({30, 31})}
    predicted = {frozenset({2, 3, 4}), frozenset({10, 11, 12}), frozenset({40}), frozenset({30})}
    counts = error_counts(predicted, gold)
    assert (counts.missed, counts.too_long, counts.too_short, counts.shifted) == (1, 1, 1, 1)
    assert (counts.spurious, counts.off_boundary) == (1, 3)
    assert counts.gold_by_length == (1, 3, 0, 0, 0) and counts.found_by_length == (0,) * 5
    assert [bin_name(bin_of(n)) for n in (1, 3, 4, 21, 500)] == [
        "1 token", "2-3 tokens", "4-10 tokens", "21+ tokens", "21+ tokens"
    ]  # fmt: skip


def test_pieces_score_each_run_of_a_discontinuous_span() -> None:
    """Gold content of "she added" is two quotes; a prediction with the first quote right
    and the second cut short misses under ``exact`` but earns one of two pieces under
    ``exact_pieces`` (CofeNet's reading of spans off BIO tags)."""
    predicted = report(
        ALPHA,
        [
            attribution(ALPHA, "a1", "The mayor", "said", "the bridge would reopen on Monday"),
            attribution(ALPHA, "a2", "she", "added", ('"It is safe,"', '"and it is open')),
        ],
    )
    data = scores(gold_alpha(), predicted)
    exact, pieces = data["exact"]["content"], data["exact_pieces"]["content"]  # type: ignore[index]
    assert exact == pytest.approx({"p": 0.5, "r": 1 / 3, "f1": 0.4})
    # pieces: predicted 3 (the first content, two quotes), gold 4 (and "The plan"), 2 right
    assert pieces == pytest.approx({"p": 2 / 3, "r": 0.5, "f1": f1(2 / 3, 0.5)})
    assert data["exact_pieces"]["cue"] == data["exact"]["cue"]  # type: ignore[index]


def test_tokens_pieces_are_the_runs_of_consecutive_tokens() -> None:
    tokens = Tokens.of("a b c d e")
    assert tokens.pieces(frozenset({0, 1, 3})) == {frozenset({0, 1}), frozenset({3})}
    assert tokens.pieces(frozenset()) == set()


def test_counts_add_up_over_articles() -> None:
    gold = gold_alpha()
    once = score_article(gold, oracle(gold))
    twice = once + once
    assert twice.articles == 2 and twice.words == 2 * once.words
    assert twice.relations.gold == 6 and twice.roles[2].exact == 2 * once.roles[2].exact


# -- the command -----------------------------------------------------------------------------


def test_register_adds_the_subcommand() -> None:
    parser = argparse.ArgumentParser()
    polnear.register(parser.add_subparsers())
    args = parser.parse_args(["polnear", "--data", "d", "--limit", "3"])
    assert (args.data, args.split, args.limit, args.out) == ("d", "dev", 3, None)
    assert args.func is polnear.run


def test_run_writes_the_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "scores.json"
    args = argparse.Namespace(data=str(DATA), split="mini", limit=None, out=str(out))
    assert polnear.run(args, analyze=oracle_analyze([gold_alpha()])) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    for metric in ("exact", "overlap"):
        assert set(data[metric]) == {"source", "cue", "content"}
        for role in data[metric].values():
            assert set(role) == {"p", "r", "f1"} and all(0 <= v <= 1 for v in role.values())
    assert set(data["relation"]) == {"p", "r", "f1"}
    assert set(data["errors"]) == {"source", "cue", "content"}
    assert data["articles"] == 1 and data["mode"] == "rules"
    assert data["words_per_second"] > 0 and len(data["skipped"]) == 2
    captured = capsys.readouterr()
    assert "relation" in captured.out and "skipped:" in captured.err


def test_run_fails_when_no_article_can_be_read(tmp_path: Path) -> None:
    (tmp_path / "s" / "text").mkdir(parents=True)
    (tmp_path / "s" / "attributions").mkdir()
    args = argparse.Namespace(data=str(tmp_path), split="s", limit=None, out=None)
    with pytest.raises(BenchmarkDataError, match="no article could be read"):
        polnear.run(args)


def test_main_reports_errors_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert polnear.main(["--data", str(tmp_path), "--split", "nope"]) == 2
    assert "not a benchmark split" in capsys.readouterr().err


def test_the_real_dev_gold_scores_one_against_itself(shared_dir: Path) -> None:
    split = shared_dir / "benchmarks" / "polnear" / "data" / "dev"
    if not split.is_dir():
        pytest.skip(f"PolNeAR dev split not found at {split}")
    gold, skipped = load_split(split, on_skip=lambda _: None)
    tally, _ = polnear.evaluate(gold, analyze=oracle_analyze(gold))
    data = BenchResult(tally).to_dict()
    assert skipped == () and data["articles"] == 84
    # one gold attribution has no cue, one no content: nothing can predict those
    assert data["exact"]["source"]["p"] == 1.0 and data["exact"]["source"]["r"] > 0.999
    assert data["exact"]["content"]["p"] == 1.0 and data["exact"]["content"]["r"] > 0.999
    assert data["relation"]["p"] == 1.0 and data["relation"]["r"] > 0.999
