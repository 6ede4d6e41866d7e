"""Issue #20's inputs, languages and outputs: JSON files, directories, ids, unknown keys,
date lines, language detection and skipping, CSV, ``--full`` and ``--out`` suffixes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from spacy.language import Language

from reportedly import api, cli, ingest
from reportedly.errors import DateError, DateLineError, JsonRecordError, NoArticleFilesError
from reportedly.ingest.language import detect_language
from reportedly.render.csv import COLUMNS

ENGLISH = (
    "The senator denied on Tuesday that the vote would be delayed, Reuters reported, "
    "citing two people familiar with the matter."
)
GERMAN = (
    "Der russische Präsident hat nach Angaben der Nachrichtenagentur ein mögliches Abkommen "
    "mit der Ukraine abgelehnt, berichteten drei Quellen am Mittwoch."
)
SPANISH = (
    "El presidente ruso rechazó un posible acuerdo con Ucrania, según informaron tres "
    "fuentes a la agencia el miércoles. El Kremlin negó el informe."
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- JSON files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("one.json", {"text": ENGLISH, "id": "a-1"}, [("a-1", ENGLISH)]),
        ("one.json", {"text": ENGLISH}, [("one.json", ENGLISH)]),
        (
            "many.json",
            [{"text": ENGLISH, "id": 5}, {"text": "Police said two were held."}],
            [("5", ENGLISH), ("many.json#2", "Police said two were held.")],
        ),
        # Told from the content when the suffix names no format.
        ("pretty.txt", {"text": ENGLISH, "id": "x"}, [("x", ENGLISH)]),
    ],
)
def test_json_files(
    tmp_path: Path, name: str, content: object, expected: list[tuple[str, str]]
) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(content, indent=2), encoding="utf-8")
    articles = ingest.read_path(str(path))
    found = [(a.id.removeprefix(f"{tmp_path}/") if a.id else None, a.text) for a in articles]
    assert found == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"x\.json: not valid JSON"),
        ("[1]", r"x\.json#1: expected a JSON object"),
        ('{"title": "no body"}', r'x\.json: missing "text" or "html" string'),
        ('[{"text": "ok."}, {"text": "ok.", "published": "soon"}]', r"x\.json#2: cannot read"),
    ],
)
def test_bad_json_files_name_the_object(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(JsonRecordError, match=message):
        ingest.read_path(str(path))


@pytest.mark.parametrize(
    ("records", "warned"),
    [
        ([{"text": ENGLISH, "foo": 1}, {"text": ENGLISH, "bar": 2, "foo": 3}], ["bar, foo"]),
        ([{"text": ENGLISH, "source": "nyt", "author": "A", "language": "en"}], []),
    ],
)
def test_unknown_keys_are_named_once_per_input(
    tmp_path: Path, records: list[dict[str, object]], warned: list[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    heard: list[str] = []
    ingest.read_path(str(path), on_warning=lambda w: heard.append(str(w)))
    assert [line.split("keys ignored: ")[1].split(" (")[0] for line in heard] == warned


def test_a_file_is_its_articles_id(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert [a.id for a in ingest.read_path(str(path))] == [str(path)]


# --- directories -----------------------------------------------------------------------


def test_a_directory_is_its_article_files_at_any_depth_in_path_order(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.json", "sub/d.jsonl", "notes.pdf", ".hidden/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in ingest.article_paths(str(tmp_path))]
    assert found == ["a.txt", "b.md", "sub/c.json", "sub/d.jsonl"]


def test_a_directory_s_own_documents_are_not_articles(tmp_path: Path) -> None:
    for name in ("README.md", "LICENSE.txt", "sub/changelog.md", "readers.md", "story.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in ingest.article_paths(str(tmp_path))]
    assert found == ["readers.md", "story.md"]
    assert ingest.article_paths(str(tmp_path / "README.md")) == [str(tmp_path / "README.md")]


def test_a_directory_without_article_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_text("x", encoding="utf-8")
    with pytest.raises(NoArticleFilesError, match="no article files"):
        ingest.article_paths(str(tmp_path))


def test_the_cli_reads_a_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "one.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub" / "two.jsonl").write_text(
        json.dumps({"text": ENGLISH, "id": "t2"}) + "\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "analyze", str(tmp_path), "--mode", "rules", "-f", "json")
    assert (code, err) == (0, "")
    assert [r["article"]["id"] for r in json.loads(out)] == [str(tmp_path / "one.txt"), "t2"]


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        (
            f"Dam safe, officials say\nPublished: 2010-05-28\n\n{ENGLISH}",
            "Dam safe, officials say",
            "2010-05-28",
        ),
        (f"Dam safe\nDate: May 28, 2010\n\n{ENGLISH}", "Dam safe", "2010-05-28"),
        (f"# Dam safe\n\nMay 28, 2010\n\n{ENGLISH}", "Dam safe", "2010-05-28"),
    ],
)
def test_header_lines_are_metadata(text: str, title: str, published: str) -> None:
    article = ingest.parse(text)
    assert (article.title, article.published, article.text) == (title, published, ENGLISH)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"# Dam safe\n\n31/02/2024\n\n{ENGLISH}", "31/02/2024"),
        (f"Dam safe\nPublished: 31 February 2024\n\n{ENGLISH}", "Published: 31 February 2024"),
        (f"13/13/2024\n\n{ENGLISH}", "13/13/2024"),
    ],
)
def test_an_impossible_date_line_is_an_error_naming_it(text: str, line: str) -> None:
    with pytest.raises(DateLineError, match=f"in.md: the date line '{line}'"):
        ingest.parse(text, name="in.md")


@pytest.mark.parametrize("value", ["2022-09-14", "2022-09-14T10:00:00+02:00"])
def test_iso_dates_are_read(value: str) -> None:
    assert ingest.parse_iso_date(value) == "2022-09-14"


@pytest.mark.parametrize("value", ["09/10/2022", "14 September 2022", "Sep 14, 2022", "2022-02-31"])
def test_other_dates_are_not_iso(value: str) -> None:
    with pytest.raises(DateError, match="expected YYYY-MM-DD"):
        ingest.parse_iso_date(value)


# --- languages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (GERMAN, "de"),
        (SPANISH, "es"),
        # Too short to tell surely: no language is claimed, and the text is analyzed.
        ("Okafor said.", None),
        ("Peskov told reporters.", None),
    ],
)
def test_the_language_is_detected_when_sure(text: str, language: str | None) -> None:
    assert detect_language(text) == language
    assert ingest.parse(text).language == language


@pytest.mark.parametrize(("text", "skipped"), [(ENGLISH, None), (GERMAN, "language")])
def test_an_article_in_another_language_is_skipped_not_silently_empty(
    pipeline: Language, text: str, skipped: str | None
) -> None:
    report = api.analyze(text, mode="rules")
    assert report.analyzer.skipped == skipped
    assert bool(report.attributions) is (skipped is None)
    assert report.article.text == text


def test_the_cli_warns_of_a_skipped_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(path), "--mode", "rules", "-f", "json")
    assert code == 0
    assert json.loads(out)["analyzer"]["skipped"] == "language"
    assert err.count("\n") == 1 and "warning" in err and "'de'" in err


def test_a_given_language_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "language": "fr"}) + "\n", encoding="utf-8")
    assert [a.language for a in ingest.read_path(str(path))] == ["fr"]


# --- output ----------------------------------------------------------------------------


def test_csv_is_one_row_per_attribution(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [{"text": ENGLISH, "id": "x1", "outlet": "Daily Post"}, {"text": "He left. She ate."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path), "--mode", "rules", "-f", "csv")
    assert code == 0
    assert "\r\n" in out  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert {(r["article_id"], r["outlet"]) for r in rows} == {("x1", "Daily Post")}
    denial = next(r for r in rows if r["stance"] == "deny")
    assert (denial["cue"], denial["content"]) == ("denied", "that the vote would be delayed")
    assert {r["attribution"] for r in rows} >= {denial["parent"]} - {""}


@pytest.mark.parametrize(("full", "whole"), [(False, False), (True, True)])
def test_full_shows_contents_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, full: bool, whole: bool
) -> None:
    content = " ".join(["the committee would review the budget proposal again"] * 4)
    path = tmp_path / "a.txt"
    path.write_text(f"The minister said that {content}.", encoding="utf-8")
    argv = ["analyze", str(path), "--mode", "rules", *(["--full"] if full else [])]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    flat = " ".join(out.split())
    assert (content in flat) is whole
    if not whole:  # cut after a whole word
        assert flat.split("…")[0].split()[-1] in content.split()


@pytest.mark.parametrize(
    ("name", "fmt", "code"), [("r.csv", None, 0), ("r.xlsx", None, 2), ("r.xlsx", "csv", 0)]
)
def test_an_unknown_out_suffix_needs_a_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, fmt: str | None, code: int
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    target = tmp_path / name
    argv = ["analyze", str(source), "--mode", "rules", "--out", str(target)]
    done, _, err = run(capsys, *argv, *(["--format", fmt] if fmt else []))
    assert done == code
    assert target.exists() is (code == 0)
    if code:
        assert "--out" in err and "--format" in err and err.count("\n") == 1


def test_a_line_separator_inside_a_json_string_is_text(tmp_path: Path) -> None:
    text = "The minister said the talks failed.\u2028Officials\u0085 said so\u000c too."
    records = [{"id": "a", "text": text}, {"id": "b", "text": "The envoy said he agreed."}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    whole = ingest.read_path(str(path))
    streamed = list(ingest.iter_path(str(path)))
    assert [a.id for a in whole] == [a.id for a in streamed] == ["a", "b"]
    assert whole == streamed
    assert "\u2028Officials" in whole[0].text
