"""The record-level benchmark: reading sets, locating gold strings, matching, every figure
on hand-made reports, and the command (bad data, a small set, the real sets)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from reportedly import cli, extractors
from reportedly.bench import records
from reportedly.bench.records import (
    GoldDocument,
    GoldRecord,
    Located,
    SetResult,
    Tally,
    find_sets,
    locate,
    locate_all,
    match,
    read_set,
    score_article,
    speaker_right,
)
from reportedly.errors import BenchmarkDataError
from reportedly.model import Analyzer, Article, Attribution, Conflict, Report, Source, Span

RECORDS = Path(__file__).resolve().parents[1] / "resources" / "records"
MINI = RECORDS / "mini"
(ALPHA,) = read_set(MINI)
TEXT = ALPHA.article().text


# -- helpers -------------------------------------------------------------------------------


def find(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """Where ``needle`` first occurs after the first occurrence of ``after``."""
    start = text.index(needle, text.index(after) + len(after) if after else 0)
    return start, start + len(needle)


def span(text: str, needle: str, after: str = "") -> Span:
    start, end = find(text, needle, after)
    return Span(text[start:end], start, end)


def gold(id: int, cue: str, content: str, **fields: object) -> GoldRecord:
    return GoldRecord(id=id, cue=cue, content=content, **fields)  # type: ignore[arg-type]


def prediction(
    id: str,
    cue: str,
    content: str | tuple[str, ...],
    *,
    after: str = "",
    text: str = TEXT,
    **fields: object,
) -> Attribution:
    """A hand-made prediction: ``cue`` found after ``after``, ``content`` where it first
    occurs; a tuple content is discontinuous; ``""`` is an empty content at the cue's end."""
    cue_span = span(text, cue, after)
    pieces = (content,) if isinstance(content, str) else content
    parts: tuple[Span, ...] = ()
    if pieces == ("",):
        whole = Span("", cue_span.end, cue_span.end)
    else:
        found = [span(text, p) for p in pieces]
        whole = Span(text[found[0].start : found[-1].end], found[0].start, found[-1].end)
        parts = tuple(found) if len(found) > 1 else ()
    return Attribution(
        id=id,
        source=fields.pop("source", None),  # type: ignore[arg-type]
        source_span=None,
        cue=cue_span,
        content=whole,
        kind=fields.pop("kind", "indirect"),  # type: ignore[arg-type]
        content_parts=parts,
        **fields,  # type: ignore[arg-type]
    )


def source(id: str, kind: str, name: str, *mentions: str, count: int | None = None) -> Source:
    spans = tuple(span(TEXT, m) for m in mentions)
    return Source(id=id, kind=kind, name=name, count=count, mentions=spans)  # type: ignore[arg-type]


def report(
    attributions: tuple[Attribution, ...],
    *,
    sources: tuple[Source, ...] = (),
    conflicts: tuple[Conflict, ...] = (),
    text: str = TEXT,
) -> Report:
    return Report(
        Article(text=text),
        Analyzer("test", "rules"),
        sources=sources,
        attributions=attributions,
        conflicts=conflicts,
    )


SOURCES = (
    source("s1", "person", "Ana Ruiz", "Mayor Ana Ruiz", "Ruiz said"),
    source("s2", "outlet", "Daily Post", "The Daily Post"),
    source("s3", "anonymous", "council officials", "two council officials", count=2),
    source("s4", "organization", "council", "The council denied"),
    source("s5", "anonymous", "spokesman", "A spokesman", count=1),
)


def predictions() -> tuple[Attribution, ...]:
    """Right on everything for g2 to g7 except g3's speaker and g6's stance and target;
    nothing for the title's g1, and one spurious prediction."""
    quote = ("We need more time,", "The figures are not ready.")
    return (
        prediction(
            "a1", "said", "The council will delay its vote on the Harbour Bridge", source="s1"
        ),
        prediction("a2", "said", quote, after='time," Ruiz', source="s4", kind="direct"),
        prediction("a3", "reported", "the repair bill had doubled", source="s2"),
        prediction("a4", "citing", "the repair bill had doubled", source="s3", parent="a3"),
        prediction("a5", "denied", "the report", source="s4"),
        prediction("a6", "declined to comment", "", source="s5", stance="decline"),
        prediction("a7", "delay", "its vote on the Harbour Bridge", source="s4"),
    )


CONFLICTS = (Conflict("fact", ("a3", "a5")), Conflict("timing", ("a1", "a2")))


def figures(rep: Report, document: GoldDocument = ALPHA) -> dict[str, object]:
    return SetResult("mini", "rules", score_article(document, rep).tally).to_dict()


def value(data: dict[str, object], name: str) -> tuple[int, int]:
    figure = data[name]
    assert isinstance(figure, dict)
    return figure["right"], figure["total"]


# -- reading -------------------------------------------------------------------------------


def test_data_is_a_set_or_a_folder_of_sets() -> None:
    assert find_sets(MINI) == (MINI,)
    assert find_sets(RECORDS) == (MINI,)


@pytest.mark.parametrize(
    ("layout", "message"),
    [(None, "no such directory"), ("empty", "not a records set")],
)
def test_bad_data_is_one_clear_error(tmp_path: Path, layout: str | None, message: str) -> None:
    data = tmp_path / "data"
    if layout:
        data.mkdir()
    with pytest.raises(BenchmarkDataError, match=message):
        find_sets(data)


def make_set(root: Path, gold_text: str, article: str | None = "Text.") -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "gold" / "a.json").write_text(gold_text, encoding="utf-8")
    if article is not None:
        (root / "articles" / "a.txt").write_text(article, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("gold_text", "article", "message"),
    [
        ("{not json", "Text.", "a.json: not valid JSON"),
        ('{"attributions": [{"id": 1, "content": ""}]}', "Text.", "missing key 'cue'"),
        ('{"nothing": []}', "Text.", "expected an object with 'attributions'"),
        ('{"attributions": []}', None, "a.txt: no such file"),
    ],
)
def test_bad_gold_names_the_file_and_the_problem(
    tmp_path: Path, gold_text: str, article: str | None, message: str
) -> None:
    with pytest.raises(BenchmarkDataError, match=message):
        read_set(make_set(tmp_path, gold_text, article))


def test_the_gold_is_read_whole() -> None:
    assert (ALPHA.name, ALPHA.published, len(ALPHA.attributions)) == ("alpha", "2024-03-05", 7)
    assert ALPHA.attributions[4].through == 4 and ALPHA.attributions[4].count == 2
    assert ALPHA.conflicts[0].attributions == (4, 6)
    article = ALPHA.article()
    assert article.text.startswith("Council delays bridge vote") and "Published:" in TEXT
    assert article.published == "2024-03-05" and article.outlet == "Harbour Gazette"


# -- locating ------------------------------------------------------------------------------


def located_text(found: Located | None) -> tuple[str, tuple[str, ...]]:
    assert found is not None
    return TEXT[slice(*found.cue)], tuple(TEXT[slice(*p)] for p in found.content)


def test_every_gold_record_is_located_with_its_own_cue() -> None:
    found = locate_all(TEXT, ALPHA.attributions)
    assert all(f is not None for f in found)
    cues = [f.cue for f in found if f is not None]
    assert len(set(cues)) == len(cues)
    assert found[0] is not None and found[0].cue == find(TEXT, "says")  # in the title


def test_a_repeated_cue_is_the_one_nearest_to_the_content() -> None:
    found = locate_all(TEXT, ALPHA.attributions)
    assert found[1] is not None and found[1].cue == find(TEXT, "said")
    assert found[2] is not None and found[2].cue == find(TEXT, "said", after='time," Ruiz')
    text = 'Ann said it was cold. "It rained," Bob said.'
    alone = locate(text, gold(1, "said", "It rained,"))
    assert alone is not None and alone.cue == find(text, "said", after="Bob")


def test_an_interrupted_quote_has_two_parts_and_their_words() -> None:
    found = locate_all(TEXT, ALPHA.attributions)[2]
    assert located_text(found) == ("said", ("We need more time,", "The figures are not ready."))
    assert found is not None and len(found.words) == 9


def test_an_empty_content_takes_the_cue_after_the_previous_record() -> None:
    text = "Ann declined to comment. Bob said it rained. Cy declined to comment."
    records_ = (
        gold(1, "declined to comment", ""),
        gold(2, "said", "it rained"),
        gold(3, "declined to comment", ""),
    )
    first, _, third = locate_all(text, records_)
    assert first is not None and first.cue == find(text, "declined to comment")
    assert third is not None and third.cue == find(text, "declined to comment", after="Cy")
    assert third.content == () and third.words == ()


def test_cues_are_whole_words_and_case_is_a_fallback() -> None:
    text = "The unsaid part: Ann Said it rained, Bob said."
    found = locate(text, gold(1, "said", "it rained"))
    assert found is not None and found.cue == find(text, "said", after="Bob ")
    found = locate("Ann SAYS it rained.", gold(1, "says", "it rained"))
    assert found is not None and found.cue == (4, 8)


def test_strings_not_in_the_text_are_unlocated() -> None:
    assert locate(TEXT, gold(1, "said", "the moon is cheese")) is None
    assert locate(TEXT, gold(1, "whispered", "the report")) is None
    assert locate(TEXT, gold(1, "said", "We need more time, ... not in the text")) is None


# -- matching ------------------------------------------------------------------------------


SIMPLE = "Ann said the bridge will reopen in May next year."
RECORD = gold(1, "said", "the bridge will reopen in May next year")  # 8 words


def matched(*attributions: Attribution, record: GoldRecord = RECORD) -> dict[int, str]:
    pairs = match([locate(SIMPLE, record)], attributions)
    return {g: pair.predicted.id for g, pair in pairs.items()}


def test_a_match_needs_the_cue_and_half_the_gold_words() -> None:
    half = prediction("p", "said", "the bridge will reopen", text=SIMPLE)
    less = prediction("p", "said", "the bridge will", text=SIMPLE)
    elsewhere = prediction("p", "reopen", "the bridge will reopen in May", text=SIMPLE)
    partial_cue = replace(half, cue=Span("sa", 4, 6))
    assert matched(half) == {0: "p"} and matched(partial_cue) == {0: "p"}
    assert matched(less) == {} and matched(elsewhere) == {}


def test_matching_is_one_to_one_and_takes_the_better_content() -> None:
    short = prediction("short", "said", "the bridge will reopen", text=SIMPLE)
    full = prediction("full", "said", "the bridge will reopen in May", text=SIMPLE)
    assert matched(short, full) == {0: "full"}
    twice = (RECORD, replace(RECORD, id=2))
    pairs = match(locate_all(SIMPLE, twice), [full])
    assert len(pairs) == 1


def test_an_empty_gold_content_matches_on_the_cue() -> None:
    text = "A spokesman declined to comment."
    record = gold(1, "declined to comment", "")
    for content in ("", "to comment"):
        found = prediction("p", "declined to comment", content, text=text)
        assert match([locate(text, record)], [found]).keys() == {0}


# -- fields --------------------------------------------------------------------------------


def test_speaker_is_the_last_word_of_the_gold_speaker_in_the_name_or_a_mention() -> None:
    ruiz = SOURCES[0]
    assert speaker_right(gold(1, "said", "", speaker="Ana Ruiz"), ruiz)
    assert speaker_right(gold(1, "said", "", speaker="Mayor RUIZ"), ruiz)
    assert not speaker_right(gold(1, "said", "", speaker="Ana Lopez"), ruiz)
    assert not speaker_right(gold(1, "said", "", speaker="Ana Ruiz"), None)
    post = gold(1, "said", "", speaker="The Daily Post.", speaker_kind="outlet")
    assert speaker_right(post, SOURCES[1])


def test_anonymous_and_group_speakers_need_kind_and_count() -> None:
    two = gold(1, "said", "", speaker="two officials", speaker_kind="anonymous", count=2)
    assert speaker_right(two, SOURCES[2])
    assert not speaker_right(replace(two, count=3), SOURCES[2])
    assert not speaker_right(replace(two, speaker_kind="group"), SOURCES[2])
    residents = gold(1, "said", "", speaker="residents", speaker_kind="group")
    assert speaker_right(residents, Source("s", "group", "residents"))
    assert not speaker_right(residents, Source("s", "group", "residents", count=40))


def test_a_gold_without_speaker_wants_no_source() -> None:
    nobody = gold(1, "is understood", "", speaker=None)
    assert speaker_right(nobody, None)
    assert not speaker_right(nobody, SOURCES[0])


# -- figures on a hand-made report ---------------------------------------------------------


def test_every_figure_on_a_hand_made_report() -> None:
    data = figures(report(predictions(), sources=SOURCES, conflicts=CONFLICTS))
    attribution = data["attribution"]
    assert isinstance(attribution, dict)
    assert (attribution["matched"], attribution["predicted"], attribution["gold"]) == (6, 7, 7)
    assert attribution["f1"] == pytest.approx(6 / 7)
    assert value(data, "speaker") == (5, 6)
    assert value(data, "stance") == (5, 6)
    assert value(data, "kind") == (6, 6)
    assert value(data, "hedged") == (6, 6)
    assert value(data, "content") == (5, 5)  # the refusal's empty content is not counted
    assert value(data, "anonymous") == (2, 2)
    assert value(data, "refusal") == (1, 1)
    assert value(data, "denial") == (0, 1)
    assert value(data, "target") == (0, 1)
    assert value(data, "chain") == (1, 1)
    assert value(data, "chain_either") == (1, 1)
    assert value(data, "headline") == (4, 7)
    conflict = data["conflict"]
    assert isinstance(conflict, dict)
    assert (conflict["matched"], conflict["predicted"], conflict["gold"]) == (1, 2, 1)
    assert data["unlocated"] == 0 and data["articles"] == 1


def test_the_figures_fall_when_the_fields_are_wrong() -> None:
    wrong = {
        "a4": {"parent": "a1", "hedges": ("reportedly",)},
        "a5": {"stance": "deny", "target": "a3"},
        "a6": {"source": "s4", "stance": "assert"},
        "a3": {"kind": "direct"},
    }
    changed = tuple(replace(a, **wrong.get(a.id, {})) for a in predictions())  # type: ignore[arg-type]
    data = figures(report(changed, sources=SOURCES))
    assert value(data, "chain") == (0, 1) and value(data, "hedged") == (5, 6)
    assert value(data, "denial") == (1, 1) and value(data, "target") == (1, 1)
    assert value(data, "refusal") == (0, 1) and value(data, "anonymous") == (1, 2)
    assert value(data, "kind") == (5, 6)
    assert value(data, "headline") == (4, 7)  # g6 now right, g7 wrong


def test_a_target_or_parent_must_be_the_prediction_matched_to_the_gold_one() -> None:
    unmatched_parent = tuple(a for a in predictions() if a.id != "a3")  # g4 not found
    data = figures(report(unmatched_parent, sources=SOURCES))
    assert value(data, "chain") == (0, 1)  # a4's parent a3 is not the match of g4
    spurious_parent = tuple(replace(a, parent="a1") if a.id == "a2" else a for a in predictions())
    data = figures(report(spurious_parent, sources=SOURCES))
    assert value(data, "chain") == (1, 1) and value(data, "chain_either") == (1, 2)


def test_content_within_bounds_counts_contents_that_run_on() -> None:
    def with_content(start: str, end: str) -> tuple[Attribution, ...]:
        first, last = find(TEXT, start)[0], find(TEXT, end)[1]
        content = Span(TEXT[first:last], first, last)
        return tuple(replace(a, content=content) if a.id == "a3" else a for a in predictions())

    # g4 has 5 words: 9 predicted words are within bounds, 14 are not
    long = with_content("citing two", "had doubled")
    assert value(figures(report(long, sources=SOURCES)), "content") == (5, 5)
    longer = figures(report(with_content("citing two", "denied the report"), sources=SOURCES))
    assert value(longer, "content") == (4, 5)
    bounded, matched = longer["attribution_bounded"], longer["attribution"]
    assert isinstance(bounded, dict) and isinstance(matched, dict)
    assert (bounded["matched"], matched["matched"]) == (5, 6)  # the refusal is in bounds


def test_verbose_lists_every_miss_with_its_strings() -> None:
    scored = score_article(ALPHA, report(predictions(), sources=SOURCES, conflicts=CONFLICTS))
    lines = [miss.line() for miss in scored.misses]
    assert (
        "alpha: missed: g1 Ana Ruiz (person) — 'says' — 'Council delays bridge vote' [assert]"
        in lines
    )
    assert any(
        line.startswith("alpha: spurious: a7 council (organization) — 'delay'") for line in lines
    )
    assert any(
        line.startswith("alpha: speaker: gold Ana Ruiz (person), got council") for line in lines
    )
    assert any(
        line.startswith("alpha: stance: gold deny, got assert — g6 'denied'") for line in lines
    )
    assert any(line.startswith("alpha: target: gold g4, got none — g6") for line in lines)
    assert any(
        line.startswith("alpha: spurious conflict: timing between a1 'said' = g2") for line in lines
    )
    assert len(lines) == 6


def test_tallies_add_up_over_articles() -> None:
    one = score_article(ALPHA, report(predictions(), sources=SOURCES)).tally
    total = sum((one, one), start=Tally())
    assert (total.articles, total.gold, total.matched, total.speaker) == (2, 14, 12, 10)


# -- the command ---------------------------------------------------------------------------


@pytest.fixture
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.mark.usefixtures("_quiet")
@pytest.mark.parametrize("where", ["missing", "not-a-set"])
def test_bad_data_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    data = tmp_path / where
    if where != "missing":
        (data / "articles").mkdir(parents=True)
    assert cli.main(["bench", "records", "--data", str(data)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith(f"reportedly: {data}: ")


@pytest.mark.usefixtures("_quiet")
def test_a_small_set_prints_the_figures_and_writes_the_json(
    pipeline: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "records.json"
    code = cli.main(
        ["bench", "records", "--data", str(RECORDS), "--out", str(out_file), "--verbose"]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "== mini:" in out and "attribution F1" in out and "right speaker and stance" in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["mode"] == extractors.DEFAULT and list(data["sets"]) == ["mini"]
    figures_ = data["sets"]["mini"]
    assert figures_["attribution"]["gold"] == 7 and figures_["unlocated"] == 0
    assert figures_["attribution"]["matched"] >= 4  # the rules find most of alpha
    assert 0 <= figures_["headline"]["value"] <= 1


def test_the_module_runs_alone_on_a_set(
    pipeline: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    assert records.main(["--data", str(MINI)]) == 0
    assert "mini (1 article)" in capsys.readouterr().out
    assert records.main(["--data", str(MINI / "nope")]) == 2


# -- the real sets -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_sets(shared_dir: Path) -> tuple[Path, ...]:
    data = shared_dir / "benchmarks" / "records"
    if not data.is_dir():
        pytest.skip(f"record-level benchmark data not found at {data}")
    return find_sets(data)


def test_every_real_gold_record_is_located(real_sets: tuple[Path, ...]) -> None:
    assert [folder.name for folder in real_sets] == ["basil", "styles"]
    for folder in real_sets:
        for document in read_set(folder):
            found = locate_all(document.article().text, document.attributions)
            assert all(f is not None for f in found), f"{folder.name}/{document.name}"
            cues = [f.cue for f in found if f is not None]
            assert len(set(cues)) == len(cues), f"{folder.name}/{document.name}"


def test_a_real_article_scores(pipeline: Language, real_sets: tuple[Path, ...]) -> None:
    styles = next(folder for folder in real_sets if folder.name == "styles")
    document = read_set(styles)[0]
    from reportedly.api import analyze_article

    data = figures(analyze_article(document.article(), mode="rules"), document)
    attribution = data["attribution"]
    assert isinstance(attribution, dict) and attribution["f1"] > 0.5
