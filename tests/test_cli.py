"""The command line, run in-process: formats, stdin, --out, --published, and bad input.

Every problem must be one line on stderr (``reportedly: ...``) and a non-zero exit, never a
traceback; good inputs given beside bad ones are still analyzed and written.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from cli_runs import one_line, run
from spacy.language import Language

from reportedly import api, cli, ingest
from reportedly.model import Article, Report
from reportedly.schema import load_schema

ARTICLE = (
    "# Putin Rejected the Deal\n\n"
    "Putin rejected the deal, Reuters reported on Wednesday, citing three unnamed sources.\n\n"
    "\u201cEverything was canceled,\u201d one of the sources said.\n"
)
OTHER = "The Kremlin denied the report on Thursday, a spokesman said.\n"


@pytest.fixture(autouse=True)
def _loaded(pipeline: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """Load spaCy once for the session; keep the debug switch and color off."""
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def other(tmp_path: Path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(OTHER, encoding="utf-8")
    return path


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- formats ----------------------------------------------------------------------------


def test_text_is_the_default_and_plain(capsys: pytest.CaptureFixture[str], good: Path) -> None:
    code, out, err = run(capsys, "analyze", str(good))
    assert (code, err) == (0, "")
    assert "Putin Rejected the Deal" in out
    assert "Attributions (" in out
    assert "\x1b[" not in out


def test_json_is_one_document_for_one_input(capsys: pytest.CaptureFixture[str], good: Path) -> None:
    code, out, _ = run(capsys, "analyze", str(good), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["schema"] == "reportedly/3"
    assert data["article"]["title"] == "Putin Rejected the Deal"


def test_json_is_an_array_for_several_inputs(
    capsys: pytest.CaptureFixture[str], good: Path, other: Path
) -> None:
    code, out, _ = run(capsys, "analyze", str(good), str(other), "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert [type(d) for d in data] == [dict, dict]
    assert "Kremlin" in data[1]["article"]["text"]


def test_jsonl_is_one_line_per_article(
    capsys: pytest.CaptureFixture[str], good: Path, other: Path
) -> None:
    code, out, _ = run(capsys, "analyze", str(good), str(other), "--format", "jsonl")
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == 2
    assert all(json.loads(line)["schema"] == "reportedly/3" for line in lines)


def test_json_is_an_array_for_a_jsonl_input_of_several_articles(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [{"text": ARTICLE, "url": "https://example.org/1"}, {"text": OTHER}]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(batch), "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert [d["article"]["url"] for d in data] == ["https://example.org/1", None]


def test_html_is_one_page(capsys: pytest.CaptureFixture[str], good: Path, other: Path) -> None:
    code, out, _ = run(capsys, "analyze", str(good), str(other), "--format", "html")
    assert code == 0
    assert out.count("<!DOCTYPE html>") == 1
    assert 'id="r0"' in out and 'id="r1"' in out


def test_the_sample_article(capsys: pytest.CaptureFixture[str], sample_path: Path) -> None:
    code, out, err = run(capsys, "analyze", str(sample_path), "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["article"]["published"] == "2022-09-14"


# --- stdin, --published, --out ----------------------------------------------------------


def test_dash_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, OTHER.encode())
    code, out, err = run(capsys, "analyze", "-", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["article"]["text"].startswith("The Kremlin denied")


def test_empty_stdin_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, b"")
    code, out, err = run(capsys, "analyze", "-")
    assert code == 1 and out == ""
    assert "<stdin>" in one_line(err)


@pytest.mark.parametrize("given", ["2022-09-15", "2022-09-15T08:30:00Z"])
def test_published_sets_the_date(
    capsys: pytest.CaptureFixture[str], other: Path, given: str
) -> None:
    code, out, _ = run(capsys, "analyze", str(other), "--published", given, "-f", "json")
    assert code == 0
    assert json.loads(out)["article"]["published"] == "2022-09-15"


@pytest.mark.parametrize(
    "given",
    # Only ISO dates: "09/10/2022" could be either month, and is never guessed.
    ["garbage", "yesterday", "2022-13-45", "September 2022", "09/10/2022", "15 September 2022"],
)
def test_unreadable_published_is_a_one_line_usage_error(
    capsys: pytest.CaptureFixture[str], good: Path, given: str
) -> None:
    code, out, err = run(capsys, "analyze", str(good), "--published", given)
    assert code == 2 and out == ""
    line = one_line(err)
    assert "--published" in line and repr(given) in line


def test_out_writes_the_file_and_nothing_else(
    capsys: pytest.CaptureFixture[str], good: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(good), "--out", str(target))
    assert (code, out, err) == (0, "", "")
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "reportedly/3"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.md", "report.json"]


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("r.html", None, "<!DOCTYPE html>"),
        ("r.jsonl", None, '{"schema": "reportedly/3"'),
        ("r.txt", None, "Putin Rejected the Deal"),
        ("r.csv", None, "article_id,outlet,published,attribution,"),
        ("r.csv", "text", "Putin Rejected the Deal"),
        ("r.html", "json", '{\n  "schema": "reportedly/3"'),
    ],
)
def test_out_format_follows_the_suffix_unless_given(
    capsys: pytest.CaptureFixture[str],
    good: Path,
    tmp_path: Path,
    name: str,
    fmt: str | None,
    check: str,
) -> None:
    target = tmp_path / name
    args = ["analyze", str(good), "--out", str(target)] + (["--format", fmt] if fmt else [])
    assert run(capsys, *args)[0] == 0
    assert target.read_text(encoding="utf-8").startswith(check)


def test_out_in_a_missing_directory_is_one_line(
    capsys: pytest.CaptureFixture[str], good: Path, tmp_path: Path
) -> None:
    target = tmp_path / "nowhere" / "r.json"
    code, _, err = run(capsys, "analyze", str(good), "--out", str(target))
    assert code == 1
    assert "cannot write the output" in one_line(err)


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == load_schema()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("reportedly ") and "reportedly/3" in out


@pytest.mark.parametrize("argv", [[], ["analyze"], ["analyze", "x", "--format", "xml"], ["nope"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reportedly", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("reportedly ")


# --- bad input --------------------------------------------------------------------------


def _html_without_text(path: Path) -> None:
    path.write_text(
        "<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>",
        encoding="utf-8",
    )


def _bytes(data: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data)


BAD_INPUTS: list[tuple[str, str, Callable[[Path], object], str]] = [
    ("missing", "missing.md", lambda path: None, "no such file"),
    ("empty directory", "folder", lambda path: path.mkdir(), "a directory with no article files"),
    ("empty", "empty.md", _bytes(b""), "empty input"),
    ("blank", "blank.md", _bytes(b"  \n\n\t\n"), "empty input"),
    ("binary", "image.md", _bytes(bytes(range(256)) * 8), "binary"),
    ("latin-1", "latin.txt", _bytes("caf\xe9 cr\xe8me, he said".encode("latin-1")), "UTF-8"),
    ("html without text", "page.html", _html_without_text, "no article text"),
    ("over 20 MB", "huge.txt", _bytes(b"Putin said so. " * 1_400_000), "MB limit"),
    (
        "bad jsonl line",
        "batch.jsonl",
        _bytes(b'{"text": "A said B."\n'),
        "batch.jsonl:1",
    ),
]


@pytest.fixture(params=BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def bad(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    _, name, make, expected = request.param
    path = tmp_path / name
    make(path)
    yield path, expected


def test_bad_input_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], bad: tuple[Path, str]
) -> None:
    path, expected = bad
    code, out, err = run(capsys, "analyze", str(path), "--format", "json")
    assert code == 1
    assert out == ""
    line = one_line(err)
    assert expected in line
    assert path.name in line


def test_good_inputs_beside_bad_ones_are_still_written(
    capsys: pytest.CaptureFixture[str], good: Path, other: Path, bad: tuple[Path, str]
) -> None:
    path, expected = bad
    code, out, err = run(capsys, "analyze", str(good), str(path), str(other), "-f", "json")
    assert code == 1
    assert expected in one_line(err)
    assert [d["schema"] for d in json.loads(out)] == ["reportedly/3"] * 2


def test_good_inputs_are_written_to_out_when_some_fail(
    capsys: pytest.CaptureFixture[str], good: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.jsonl"
    code, out, err = run(capsys, "analyze", str(good), "missing.md", "--out", str(target))
    assert (code, out) == (1, "")
    assert "missing.md: no such file" in one_line(err)
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1


def test_nothing_is_written_when_every_input_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "analyze", "a.md", "b.md", "--out", str(target))
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 2
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


# --- interruptions and bugs -------------------------------------------------------------


def _raise(exception: BaseException) -> Callable[..., object]:
    def raiser(*args: object, **kwargs: object) -> object:
        raise exception

    return raiser


def test_ctrl_c_exits_130_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, good: Path
) -> None:
    monkeypatch.setattr(ingest, "read_path", _raise(KeyboardInterrupt()))
    code, _, err = run(capsys, "analyze", str(good))
    assert code == 130
    assert one_line(err) == "reportedly: interrupted"


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_exits_quietly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert cli.main(["schema"]) == 0
    assert capsys.readouterr().err == ""


def test_a_bug_is_one_line_and_a_hint(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "run_schema", _raise(RuntimeError("boom\nsecond line")))
    code, _, err = run(capsys, "schema")
    assert code == cli.EXIT_BUG
    first, hint = err.splitlines()
    assert first == "reportedly: internal error: RuntimeError: boom second line"
    assert "REPORTEDLY_DEBUG=1" in hint


def test_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    monkeypatch.setattr(cli, "_add_schema", _schema_with(_raise(RuntimeError("boom"))))
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["schema"])


def _schema_with(func: Callable[..., object]) -> Callable[..., None]:
    def add(commands: object) -> None:
        parser = commands.add_parser("schema")  # type: ignore[attr-defined]
        parser.set_defaults(func=func)

    return add


@pytest.mark.parametrize("bad_first", [False, True])
def test_a_bug_on_one_article_spares_the_others(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    good: Path,
    other: Path,
    bad_first: bool,
) -> None:
    real = api.analyze_articles

    def analyze_articles(articles: Iterable[Article], mode: str | None = None) -> Iterator[Report]:
        for article in articles:
            if "Kremlin" in article.text:
                raise ValueError("bad offsets")
            yield from real([article])

    monkeypatch.setattr(api, "analyze_articles", analyze_articles)
    monkeypatch.setattr(api, "analyze_article", lambda a, mode=None: next(analyze_articles([a])))
    paths = [str(other), str(good)] if bad_first else [str(good), str(other)]
    code, out, err = run(capsys, "analyze", *paths, "-f", "jsonl")
    assert code == cli.EXIT_BUG
    assert "Putin" in json.loads(out)["article"]["text"]
    first, hint = err.splitlines()
    assert first == f"reportedly: {other}: internal error: ValueError: bad offsets"
    assert "please report it" in hint


# --- bench ------------------------------------------------------------------------------


def test_a_missing_benchmark_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "BENCH_MODULES", ("nosuchbench",))
    code, _, err = run(capsys, "bench", "nosuchbench", "--data", "x")
    assert code == 1
    assert "benchmark 'nosuchbench' is unavailable" in one_line(err)


def test_a_missing_benchmark_leaves_the_rest_working(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "BENCH_MODULES", ("nosuchbench",))
    assert run(capsys, "schema")[0] == 0


@pytest.mark.parametrize("name", cli.BENCH_MODULES)
def test_each_benchmark_has_a_subcommand(name: str) -> None:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    bench = commands.choices["bench"]
    benches = next(a for a in bench._actions if isinstance(a, argparse._SubParsersAction))
    assert name in benches.choices


def test_a_bad_jsonl_line_is_reported_and_the_good_lines_are_analyzed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": ARTICLE}) + "\n{not json\n", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(batch), "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert f"{batch}:2: not valid JSON" in one_line(err)


@pytest.mark.parametrize("mode", ["rules", "model"])
def test_mode_picks_the_extractor(
    capsys: pytest.CaptureFixture[str], good: Path, mode: str, request: pytest.FixtureRequest
) -> None:
    if mode == "model":
        request.getfixturevalue("learned_model")
    code, out, _ = run(capsys, "analyze", str(good), "--format", "json", "--mode", mode)
    assert code == 0
    assert json.loads(out)["analyzer"]["mode"] == mode
