"""What a store survives (issue #22, item 7): an ingest killed at any moment and run again,
corrupt, truncated and empty files, a read-only file or directory, a second writer, a
full disk, and stores of another version or layout.

Faults that end or confine a process run the command line in a subprocess
(``fault_runner.py`` adds the hooks: small batches, a line on stderr around every batch,
a pause while the writer holds the store, a file size limit); the rest run in this one.
Each subprocess that ingests pays ~3 s to load the pipeline, so there are few of them.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from corpus_inputs import table_rows
from spacy.language import Language

from reportedly import cli
from reportedly.corpus import store as store_module
from reportedly.corpus.corpus import Corpus
from reportedly.corpus.store import STORE_VERSION, Store
from reportedly.corpus.tables import REPORT_TABLES
from reportedly.errors import (
    NotAStoreError,
    StoreLayoutError,
    StoreLockedError,
    StoreNotWritableError,
    StoreVersionError,
    StoreWriteError,
)

RUNNER = Path(__file__).with_name("fault_runner.py")
ARTICLES = 40
BATCH = 4
"""Reports per transaction in the subprocesses, so the 40 articles take about ten batches
(the first is written as soon as it is analyzed: ``job.BATCH_SECONDS`` have passed while
the pipeline loaded)."""
TIMEOUT = 120


def article(number: int) -> dict[str, Any]:
    """A short article, different for every number: a quotation, reported speech, a
    denial, a date."""
    names = ("Anna Petrova", "John Miller", "Li Wei", "Maria Lopez", "Omar Haddad")
    name = names[number % len(names)]
    return {
        "id": f"n{number:02d}",
        "outlet": ("Test Wire", "Daily Example")[number % 2],
        "published": f"2024-03-{number % 28 + 1:02d}",
        "text": (
            f"The minister said on Monday that talks number {number} had failed. "
            f"\u201cWe will not sign this,\u201d {name}, a spokeswoman, told reporters. "
            "Officials denied the report on Tuesday, according to Reuters."
        ),
    }


# --- shared fixtures ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The JSON Lines file of the 40 articles."""
    path = tmp_path_factory.mktemp("inputs") / "news.jsonl"
    path.write_text("".join(json.dumps(article(n)) + "\n" for n in range(ARTICLES)), "utf-8")
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, inputs: Path, pipeline: Language) -> Path:
    """A store of the 40 articles written by one uninterrupted run (in this process)."""
    path = tmp_path_factory.mktemp("reference") / "store.duckdb"
    with Corpus(str(path)) as corpus:
        summary = corpus.ingest([str(inputs)], workers=1, mode="rules")
    assert summary.written == ARTICLES and summary.failed == 0
    assert not Path(f"{path}.wal").exists()
    return path


def contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every report table's rows, without the run that wrote them, in a fixed order."""
    with Store.open(str(path), read_only=True) as store:
        return {table.name: table_rows(store, table.name) for table in REPORT_TABLES}


def assert_whole_articles(path: Path, reference: Path) -> int:
    """The store holds some of the reference's articles, each with all its rows and
    nothing else; returns how many."""
    found, expected = contents(path), contents(reference)
    keys = [row[0] for row in found["articles"]]
    assert len(keys) == len(set(keys)), "an article stored twice"
    held = set(keys)
    assert found["articles"] == [row for row in expected["articles"] if row[0] in held]
    for table in REPORT_TABLES[1:]:
        rows = [row for row in expected[table.name] if row[0] in held]
        assert found[table.name] == rows, f"{table.name}: rows of half-written articles"
    return len(keys)


def reportedly(
    *args: str,
    cwd: Path | None = None,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``reportedly ARGS`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "reportedly", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT,
        cwd=cwd,
        preexec_fn=preexec,
        env=_environment(),
    )


def runner(*args: str, **popen: Any) -> subprocess.Popen[str]:
    """``fault_runner.py ARGS`` started in a subprocess (its stderr a pipe, read by line)."""
    return subprocess.Popen(
        [sys.executable, str(RUNNER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
        **popen,
    )


def _environment() -> dict[str, str]:
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    environment.pop("REPORTEDLY_DEBUG", None)
    return environment


def one_line(done: subprocess.CompletedProcess[str] | tuple[int, str]) -> str:
    """The one line a failed command wrote on stderr (and exit code 1, no traceback)."""
    code, stderr = (done.returncode, done.stderr) if not isinstance(done, tuple) else done
    lines = [line for line in stderr.splitlines() if line.startswith("reportedly:")]
    assert code == cli.EXIT_FAILED, stderr
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    return lines[0]


def ingest_args(inputs: Path, db: Path) -> list[str]:
    return ["ingest", str(inputs), "--db", str(db), "--mode", "rules", "--workers", "1"]


def read_until(process: subprocess.Popen[str], line: str, times: int = 1) -> list[str]:
    """The stderr lines of ``process`` up to the ``times``-th that equals ``line``."""
    assert process.stderr is not None
    seen: list[str] = []
    for found in process.stderr:
        seen.append(found.rstrip("\n"))
        if sum(1 for s in seen if s.split()[:1] == [line]) == times:
            return seen
    process.wait(timeout=TIMEOUT)
    raise AssertionError(f"ended before {line!r} x{times}: {seen}")


def rerun(inputs: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The same ingest command again, in this process; its summary line."""
    capsys.readouterr()
    assert cli.main(ingest_args(inputs, db)) == cli.EXIT_OK
    return capsys.readouterr().out


# --- kill -9 ------------------------------------------------------------------------------


KILL_MOMENTS = {
    "after-the-first-batch": ("written", 1),
    "while-writing-the-fourth-batch": ("writing", 4),
    "while-writing-the-eighth-batch": ("writing", 8),
}
"""When each ingest is killed: on the runner's line ``written``/``writing`` for the Nth batch
(a kill on ``writing`` lands in the transaction or just after it)."""


def killed_at(moment: str, batch: int, inputs: Path, db: Path) -> list[str]:
    """An ingest killed (kill -9) at ``moment`` of ``batch``; its stderr lines until then."""
    process = runner("--batch", str(BATCH), "--announce", "reportedly", *ingest_args(inputs, db))
    try:
        seen = read_until(process, moment, batch)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.communicate(timeout=TIMEOUT)
    assert process.returncode == -signal.SIGKILL, seen
    return seen


@pytest.fixture(scope="module")
def killed(
    tmp_path_factory: pytest.TempPathFactory, inputs: Path
) -> dict[str, tuple[Path, list[str]]]:
    """The 40 articles ingested into three stores at once, each run killed at its moment."""
    folder = tmp_path_factory.mktemp("killed")
    with ThreadPoolExecutor(len(KILL_MOMENTS)) as pool:
        runs = {
            name: (
                folder / f"{name}.duckdb",
                pool.submit(killed_at, *when, inputs, folder / f"{name}.duckdb"),
            )
            for name, when in KILL_MOMENTS.items()
        }
        return {name: (db, future.result()) for name, (db, future) in runs.items()}


@pytest.mark.parametrize("moment", KILL_MOMENTS)
def test_killed_ingest_keeps_whole_articles_and_the_same_command_finishes(
    moment: str,
    killed: dict[str, tuple[Path, list[str]]],
    inputs: Path,
    reference: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, seen = killed[moment]
    held = assert_whole_articles(db, reference)
    committed = sum(int(line.split()[1]) for line in seen if line.startswith("written "))
    assert committed <= held <= committed + BATCH  # the batch under way, whole or not at all
    assert held < ARTICLES
    with Store.open(str(db), read_only=True) as store:
        assert store.sql("SELECT status FROM runs").fetchall() == [("running",)]

    summary = rerun(inputs, db, capsys)
    assert f"{ARTICLES - held} articles written, {held} unchanged, 0 failed" in summary
    assert contents(db) == contents(reference)
    with Store.open(str(db), read_only=True) as store:
        assert store.sql("SELECT id, status FROM runs ORDER BY id").fetchall() == [
            (1, "running"),
            (2, "done"),
        ]


# --- unreadable files ---------------------------------------------------------------------


def garbage(reference: Path, path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def truncated(reference: Path, path: Path) -> None:
    data = reference.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def empty(reference: Path, path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("damage", [garbage, truncated, empty])
@pytest.mark.parametrize("command", ["sql", "ingest"])
def test_an_unreadable_file_is_refused_in_one_line_and_left_as_it_is(
    damage: Callable[[Path, Path], None],
    command: str,
    inputs: Path,
    reference: Path,
    tmp_path: Path,
) -> None:
    db = tmp_path / "store.duckdb"
    damage(reference, db)
    before = db.read_bytes()
    args = ["sql", "SELECT 1", "--db", str(db)] if command == "sql" else ingest_args(inputs, db)
    line = one_line(reportedly(*args))
    assert line.startswith(f"reportedly: {db}: not a readable DuckDB store (")
    assert db.read_bytes() == before
    assert not Path(f"{db}.wal").exists()


def test_a_damaged_block_fails_a_reading_command_in_one_line(
    reference: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(reference, db)
    with duckdb.connect(str(db), read_only=True) as connection:
        (block_size,) = connection.execute(
            "SELECT block_size FROM pragma_database_size()"
        ).fetchone() or (0,)
        segments = connection.execute(
            "SELECT block_id, block_offset FROM pragma_storage_info('attributions') "
            "WHERE persistent AND block_id >= 0 AND column_name = 'cue' LIMIT 1"
        ).fetchall()
    assert segments, "no stored block of attributions.cue"
    (block, offset) = segments[0]
    start = store_module.HEADER_BYTES + block * block_size + offset
    data = bytearray(db.read_bytes())
    data[start : start + 64] = bytes(b ^ 0x5A for b in data[start : start + 64])
    db.write_bytes(bytes(data))

    for args in (["show", "n00"], ["sql", "SELECT * FROM attributions"], ["stats"]):
        line = one_line(reportedly(*args, "--db", str(db)))
        assert line.startswith(f"reportedly: {db}: not a readable DuckDB store ("), args


def test_a_query_that_fails_while_it_runs_is_one_line(
    reference: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(
        ["sql", "SELECT CAST(given_id AS INTEGER) FROM articles", "--db", str(reference)]
    )
    line = one_line((code, capsys.readouterr().err))
    assert line.startswith("reportedly: SQL: Conversion Error:")


# --- read-only files and directories ------------------------------------------------------

PR_CAPBSET_DROP = 24
PERMISSION_CAPABILITIES = (1, 2, 3)
"""CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER: what lets root ignore file modes."""
NOBODY = 65534


@dataclass(frozen=True)
class Confined:
    """How to run a subprocess to which file modes apply, and the user it runs as."""

    preexec: Callable[[], None] | None
    uid: int
    how: str


def _as_nobody() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def _without_override() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in PERMISSION_CAPABILITIES:
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


PROBE = """
import sys
import reportedly
try:
    open(sys.argv[1], "ab")
except PermissionError:
    print("denied")
"""


@pytest.fixture(scope="module")
def open_dir() -> Iterator[Path]:
    """A directory every user can reach (pytest's own tmp dirs are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="reportedly-faults-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            with contextlib.suppress(OSError):
                path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def confined(open_dir: Path) -> Confined:
    """A way to run the command line where file modes apply. As root (they do not apply
    to root): as user nobody when it can reach the interpreter and the package, else as
    root without the capabilities that override file modes; skipped if neither works."""
    if os.geteuid() != 0:
        return Confined(None, os.geteuid(), "this user")
    probe_file = open_dir / "probe"
    probe_file.write_bytes(b"")
    probe_file.chmod(0o444)
    reasons = []
    for preexec, uid, how in (
        (_as_nobody, NOBODY, "user nobody"),
        (_without_override, 0, "root without CAP_DAC_OVERRIDE"),
    ):
        try:
            done = subprocess.run(
                [sys.executable, "-c", PROBE, str(probe_file)],
                capture_output=True,
                text=True,
                check=False,
                timeout=TIMEOUT,
                cwd=open_dir,
                preexec_fn=preexec,
            )
        except (OSError, subprocess.SubprocessError) as problem:
            reasons.append(f"{how}: {problem}")
            continue
        if done.stdout.strip() == "denied":
            return Confined(preexec, uid, how)
        reasons.append(f"{how}: {(done.stderr.strip().splitlines() or ['writes anyway'])[-1]}")
    pytest.skip("cannot run a process to which file modes apply: " + "; ".join(reasons))


def confined_copy(reference: Path, folder: Path, confined: Confined) -> Path:
    folder.mkdir(mode=0o755)
    db = folder / "store.duckdb"
    shutil.copy(reference, db)
    os.chown(db, confined.uid, -1)
    return db


READING = (
    (["sql", "SELECT count(*) AS n FROM articles", "--format", "csv"], f"n\n{ARTICLES}\n"),
    (["show", "n07", "--format", "json"], '"n07"'),
    (["stats", "--format", "json"], '"Test Wire"'),
)
"""Reading commands and what their output shows."""


@pytest.mark.parametrize("read_only", ["file", "directory"])
def test_a_read_only_store_is_read_and_an_ingest_refused_in_one_line(
    read_only: str, confined: Confined, open_dir: Path, inputs: Path, reference: Path
) -> None:
    folder = open_dir / f"read-only-{read_only}"
    db = confined_copy(reference, folder, confined)
    (db if read_only == "file" else folder).chmod(0o444 if read_only == "file" else 0o555)
    before = db.read_bytes()

    for args, shown in READING:
        done = reportedly(*args, "--db", str(db), cwd=open_dir, preexec=confined.preexec)
        assert done.returncode == cli.EXIT_OK, (confined.how, done.stderr)
        assert shown in done.stdout

    done = reportedly(*ingest_args(inputs, db), cwd=open_dir, preexec=confined.preexec)
    assert (
        one_line(done) == f"reportedly: {StoreNotWritableError(str(db), os.strerror(errno.EACCES))}"
    )
    assert db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["store.duckdb"]


def test_no_store_can_be_created_in_a_read_only_directory(
    confined: Confined, open_dir: Path, inputs: Path
) -> None:
    folder = open_dir / "read-only-empty"
    folder.mkdir(mode=0o555)
    db = folder / "store.duckdb"
    done = reportedly(*ingest_args(inputs, db), cwd=open_dir, preexec=confined.preexec)
    assert (
        one_line(done) == f"reportedly: {StoreNotWritableError(str(db), os.strerror(errno.EACCES))}"
    )
    assert list(folder.iterdir()) == []


# --- a second writer ----------------------------------------------------------------------


def test_a_second_process_is_refused_while_one_writes_and_the_first_finishes(
    inputs: Path, reference: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    release = tmp_path / "release"
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(article(99)) + "\n", encoding="utf-8")
    first = runner(
        *("--batch", str(BATCH), "--announce", "--hold-after", "1", "--release", str(release)),
        *("reportedly", *ingest_args(inputs, db)),
    )
    try:
        read_until(first, "written")  # one batch committed; the writer holds the store
        locked = f"reportedly: {StoreLockedError(str(db))}"
        assert one_line(reportedly(*ingest_args(other, db))) == locked
        assert one_line(reportedly("sql", "SELECT 1", "--db", str(db))) == locked
    finally:
        release.touch()
        stdout, stderr = first.communicate(timeout=TIMEOUT)
    assert first.returncode == cli.EXIT_OK, stderr
    assert f"{ARTICLES} articles written, 0 unchanged, 0 failed" in stdout
    assert contents(db) == contents(reference)


# --- a full disk --------------------------------------------------------------------------

FILE_LIMIT = 60_000
"""Bytes a file of the ingest may hold: the store's write-ahead log reaches it after a few
batches of the 40 articles (about 3 KB each)."""


def test_a_full_disk_ends_the_run_in_one_line_and_keeps_the_batches_written(
    inputs: Path, reference: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not hasattr(signal, "SIGXFSZ"):
        pytest.skip(
            "no RLIMIT_FSIZE / SIGXFSZ on this system to make a write fail as on a full disk"
        )
    db = tmp_path / "store.duckdb"
    limited = runner(
        *("--batch", str(BATCH), "--file-limit", str(FILE_LIMIT)),
        *("reportedly", *ingest_args(inputs, db)),
    )
    _, stderr = limited.communicate(timeout=TIMEOUT)
    line = one_line((limited.returncode, stderr))
    assert line == f"reportedly: {StoreWriteError(str(db), os.strerror(errno.EFBIG))}"

    held = assert_whole_articles(db, reference)
    assert BATCH <= held < ARTICLES
    summary = rerun(inputs, db, capsys)
    assert f"{ARTICLES - held} articles written, {held} unchanged" in summary
    assert contents(db) == contents(reference)


# --- other versions and layouts -----------------------------------------------------------


@pytest.fixture
def fresh_store(tmp_path: Path) -> Path:
    """An empty store of this version (no pipeline needed)."""
    path = tmp_path / "store.duckdb"
    Store.open(str(path)).close()
    return path


def alter(path: Path, *statements: str) -> None:
    with duckdb.connect(str(path)) as connection:
        for statement in statements:
            connection.execute(statement)


def refused(
    path: Path, capsys: pytest.CaptureFixture[str], inputs: Path
) -> Iterator[tuple[str, str]]:
    """For a reading and a writing command on the store: each one line on stderr, the file
    left as it was."""
    before = path.read_bytes()
    for name, args in (
        ("sql", ["sql", "SELECT 1", "--db", str(path)]),
        ("ingest", ingest_args(inputs, path)),
    ):
        code = cli.main(args)
        yield name, one_line((code, capsys.readouterr().err))
        assert path.read_bytes() == before, name


def test_a_store_of_a_newer_version_is_refused_with_the_upgrade_message(
    fresh_store: Path, inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alter(fresh_store, f"UPDATE reportedly_store SET version = {STORE_VERSION + 1}")
    expected = StoreVersionError(str(fresh_store), STORE_VERSION + 1, STORE_VERSION)
    assert "upgrade reportedly" in str(expected)
    for name, line in refused(fresh_store, capsys, inputs):
        assert line == f"reportedly: {expected}", name


@pytest.mark.parametrize(
    "statements",
    [
        pytest.param(
            ["DROP TABLE reportedly_store", "CREATE TABLE notes (a INTEGER)"], id="other-tables"
        ),
        pytest.param(["DELETE FROM reportedly_store"], id="no-version"),
    ],
)
def test_a_duckdb_file_of_other_tables_is_not_a_store(
    statements: Sequence[str], fresh_store: Path, inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alter(fresh_store, *statements)
    for name, line in refused(fresh_store, capsys, inputs):
        assert line == f"reportedly: {NotAStoreError(str(fresh_store))}", name


def test_a_duckdb_file_of_someone_elses_tables_is_not_a_store(
    tmp_path: Path, inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "theirs.duckdb"
    alter(path, "CREATE TABLE measurements (station VARCHAR, value DOUBLE)")
    for name, line in refused(path, capsys, inputs):
        assert line == f"reportedly: {NotAStoreError(str(path))}", name


def test_a_table_without_a_column_is_named_in_the_layout_error(
    fresh_store: Path, inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alter(fresh_store, "ALTER TABLE attributions DROP COLUMN stance")
    expected = StoreLayoutError(str(fresh_store), "attributions", "missing ['stance']")
    for name, line in refused(fresh_store, capsys, inputs):
        assert line == f"reportedly: {expected}", name


def test_an_older_store_is_migrated_for_writing_and_named_so_for_reading(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[int] = []
    monkeypatch.setattr(store_module, "STORE_VERSION", STORE_VERSION + 1)
    monkeypatch.setattr(
        store_module, "MIGRATIONS", {STORE_VERSION: lambda connection: steps.append(STORE_VERSION)}
    )
    with pytest.raises(StoreVersionError, match="older") as refusal:
        Store.open(str(fresh_store), read_only=True)
    assert f"reportedly migrate --db {fresh_store}" in str(refusal.value)
    assert steps == []

    with Store.open(str(fresh_store)) as store:
        assert store.sql("SELECT max(version) FROM reportedly_store").fetchall() == [
            (STORE_VERSION + 1,)
        ]
    assert steps == [STORE_VERSION]
    Store.open(str(fresh_store), read_only=True).close()


def test_a_store_older_than_any_migration_is_refused_alike_for_reading_and_writing(
    fresh_store: Path,
) -> None:
    alter(fresh_store, "UPDATE reportedly_store SET version = 0")
    for read_only in (True, False):
        with pytest.raises(NotAStoreError):
            Store.open(str(fresh_store), read_only=read_only)
