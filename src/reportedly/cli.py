"""The command line: thin, it parses arguments and calls the public API.

``reportedly analyze PATH...`` reads every input (``-`` is stdin), analyzes the good ones
in one batch with ``reportedly.api.analyze_articles`` and writes them in one format;
``reportedly schema`` prints the JSON Schema; ``reportedly bench NAME`` runs a benchmark;
the corpus commands (``ingest``, ``show``, ``sql``, ``export``, ``stats``) work on a
DuckDB store (``reportedly.corpus.commands``).

Every problem is one line on stderr, ``reportedly: <message>``, never a traceback. Exit
codes: 0 all went well; 1 some input could not be read or analyzed (the others are still
written); 2 a usage error; 70 a bug (set ``REPORTEDLY_DEBUG=1`` for its traceback);
130 interrupted. A closed pipe (``| head``) ends the command quietly.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportedly import extractors
from reportedly.corpus.commands import add_corpus_commands
from reportedly.errors import DateError, OutputError, OutputFormatError, ReportedlyError
from reportedly.model import SCHEMA_VERSION, Article, Report
from reportedly.render import FORMATS, Format, render
from reportedly.schema import schema_text

PROG = "reportedly"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_INTERRUPTED = 130
DEBUG_ENV = "REPORTEDLY_DEBUG"
BUG_HINT = (
    f"{PROG}: this is a bug in reportedly; please report it with the input that caused it "
    f"(run again with {DEBUG_ENV}=1 for the traceback)"
)
BENCH_MODULES = ("polnear", "agreement", "timeml", "records", "stories")
SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}
"""The output formats ``--out`` suffixes name; any other suffix needs ``--format``."""

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); returns the exit code."""
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:
        error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except ReportedlyError as problem:
        error(str(problem))
        return EXIT_FAILED
    except Exception as bug:
        if debugging():
            raise
        error(f"internal error: {type(bug).__name__}: {bug}")
        print(BUG_HINT, file=sys.stderr)
        return EXIT_BUG


def _dispatch(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # The benchmark modules import spaCy; only `reportedly bench` needs their subcommands.
    parser = build_parser(benchmarks="bench" in words)
    try:
        args = parser.parse_args(words)
    except SystemExit as exit_:  # --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    command: Command = args.func
    return command(args)


def error(message: str) -> None:
    """Report one problem: one line on stderr."""
    print(f"{PROG}: {' '.join(message.splitlines())}", file=sys.stderr)


def warn(warning: Warning) -> None:
    """Report something the user should know while the work goes on: one line on stderr."""
    error(f"warning: {warning}")


def debugging() -> bool:
    """Whether ``REPORTEDLY_DEBUG`` asks for tracebacks instead of one-line messages."""
    return os.environ.get(DEBUG_ENV, "").strip() not in ("", "0")


# --- the parser -------------------------------------------------------------------------


def build_parser(*, benchmarks: bool = True) -> argparse.ArgumentParser:
    """The whole command line: ``analyze``, ``schema``, ``bench`` and ``--version``;
    without ``benchmarks``, ``bench`` has no subcommands (their modules are not imported)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Make every 'reportedly' explicit: who says what happened, when, "
        "citing whom, and who denies it.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_analyze(commands)
    _add_schema(commands)
    _add_bench(commands, benchmarks=benchmarks)
    add_corpus_commands(commands)
    return parser


class _Version(argparse.Action):
    """``--version``, looking the version up only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from reportedly.version import package_version

        print(f"{PROG} {package_version()} (schema {SCHEMA_VERSION})")
        parser.exit()


def _add_analyze(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "analyze",
        help="analyze articles (text, Markdown, HTML or JSON Lines)",
        description="Analyze articles and write their reports. PATH '-' reads stdin.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article file, or - for stdin")
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default=None,
        help="output format (default: from the --out suffix, else text)",
    )
    parser.add_argument(
        "--full", action="store_true", help="text format: show every content whole, not cut"
    )
    parser.add_argument(
        "--published", metavar="DATE", help="publication date of the articles (YYYY-MM-DD)"
    )
    parser.add_argument("--out", "-o", metavar="FILE", help="write here instead of stdout")
    extractors.add_mode_argument(parser)
    parser.set_defaults(func=run_analyze)


def _add_schema(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of the reports",
        description=f"Print the JSON Schema (draft 2020-12) of {SCHEMA_VERSION} reports.",
    )
    parser.set_defaults(func=run_schema)


def _add_bench(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], *, benchmarks: bool
) -> None:
    parser = commands.add_parser(
        "bench",
        help="score reportedly against a benchmark",
        description="Score reportedly against a benchmark corpus.",
    )
    benches = parser.add_subparsers(dest="bench", metavar="NAME", required=True)
    for name in BENCH_MODULES if benchmarks else ():
        _register_bench(benches, name)


def _register_bench(
    benches: argparse._SubParsersAction[argparse.ArgumentParser], name: str
) -> None:
    """Let ``reportedly.bench.<name>`` add its subcommand; a missing or broken one is
    replaced by a stand-in that explains, so the rest of the CLI keeps working."""
    module_name = f"reportedly.bench.{name}"
    try:
        module = importlib.import_module(module_name)
        module.register(benches)
    except Exception as problem:
        missing = isinstance(problem, ModuleNotFoundError) and problem.name == module_name
        if debugging() and not missing:
            raise
        if missing:
            reason = "not included in this version of reportedly"
        else:
            reason = f"failed to load ({type(problem).__name__}: {problem})"
        _register_unavailable(benches, name, reason)


def _register_unavailable(
    benches: argparse._SubParsersAction[argparse.ArgumentParser], name: str, reason: str
) -> None:
    message = f"benchmark {name!r} is unavailable: {reason}"
    parser = benches.choices.get(name)
    if parser is None:
        # No option characters: whatever follows the name is taken, so the message shows.
        parser = benches.add_parser(
            name, help=f"(unavailable) {reason}", add_help=False, prefix_chars="\0"
        )
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    parser.set_defaults(func=_Unavailable(message))


@dataclass(frozen=True, slots=True)
class _Unavailable:
    """The command of a benchmark that could not be loaded: says so and fails."""

    message: str

    def __call__(self, args: argparse.Namespace) -> int:
        error(self.message)
        return EXIT_FAILED


# --- the commands -----------------------------------------------------------------------


def run_schema(args: argparse.Namespace) -> int:
    """``reportedly schema``: the JSON Schema on stdout."""
    write_stdout(schema_text())
    return EXIT_OK


@dataclass
class _Outcome:
    """What one ``analyze`` run got: the reports, and how many inputs failed and why."""

    reports: list[Report] = field(default_factory=list)
    failed: int = 0
    bugs: int = 0

    @property
    def code(self) -> int:
        if self.bugs:
            return EXIT_BUG
        return EXIT_FAILED if self.failed else EXIT_OK


def run_analyze(args: argparse.Namespace) -> int:
    """``reportedly analyze``: read, analyze in one batch, write what could be analyzed."""
    from reportedly.ingest import parse_iso_date

    try:
        published = parse_iso_date(args.published) if args.published else None
    except DateError as problem:
        error(f"--published: {problem}")
        return EXIT_USAGE
    try:  # before any work: a bad --out is known now, not after the analysis
        args.format = output_format(args.format, _out_path(args.out))
    except OutputFormatError as problem:
        error(f"--out: {problem}")
        return EXIT_USAGE
    try:
        _load_pipeline(args.mode)
    except ReportedlyError as problem:
        error(str(problem))
        return EXIT_FAILED
    outcome = _Outcome()
    articles = read_inputs(args.paths, published=published, outcome=outcome)
    analyze_inputs(articles, mode=args.mode, outcome=outcome)
    warn_of_skipped(outcome.reports)
    if outcome.bugs:
        print(BUG_HINT, file=sys.stderr)
    if outcome.reports or not outcome.failed:
        single = len(args.paths) == len(articles) == 1 and not Path(args.paths[0]).is_dir()
        write_reports(args, outcome.reports, single=single)
    return outcome.code


def warn_of_skipped(reports: Sequence[Report]) -> None:
    """One warning line for each report left empty because its language is not read."""
    from reportedly.errors import LanguageSkippedWarning

    for report in reports:
        if report.analyzer.skipped == "language":
            name = report.article.id or report.article.title or "<text>"
            warn(LanguageSkippedWarning(name, report.article.language))


def _load_pipeline(mode: str | None) -> None:
    """Load the pipeline before reading inputs, so that a missing model is one error."""
    from reportedly.imports import import_spacy_for

    import_spacy_for(mode)
    from reportedly import nlp

    nlp.load(mode)


def read_inputs(
    paths: Sequence[str], *, published: str | None, outcome: _Outcome
) -> list[tuple[str, Article]]:
    """Every article of every input (a directory: of every article file under it), named by
    its input; a bad input is reported and skipped."""
    from reportedly import ingest

    articles: list[tuple[str, Article]] = []

    def skip_line(problem: ReportedlyError) -> None:
        error(str(problem))
        outcome.failed += 1

    for path in _input_files(paths, outcome):
        try:
            found = ingest.read_path(path, published=published, on_error=skip_line, on_warning=warn)
        except ReportedlyError as problem:
            error(str(problem))
            outcome.failed += 1
            continue
        except OSError as problem:
            error(f"{path}: cannot be read ({problem.strerror or type(problem).__name__})")
            outcome.failed += 1
            continue
        articles.extend((path, article) for article in found)
    return articles


def _input_files(paths: Sequence[str], outcome: _Outcome) -> Iterator[str]:
    """The files the inputs name, directories opened; a directory without article files
    is reported and skipped."""
    from reportedly import ingest

    for path in paths:
        try:
            yield from ingest.article_paths(path)
        except ReportedlyError as problem:
            error(str(problem))
            outcome.failed += 1


def analyze_inputs(
    articles: Sequence[tuple[str, Article]],
    *,
    mode: str | None = None,
    outcome: _Outcome,
) -> None:
    """Analyze in one batch; if the batch breaks, go on one article at a time so that
    only the article that breaks it is lost."""
    from reportedly import api

    done: list[Report] = []
    try:
        for report in api.analyze_articles((article for _, article in articles), mode=mode):
            done.append(report)
    except Exception:
        if debugging():
            raise
    outcome.reports.extend(done)
    for name, article in articles[len(done) :]:
        try:
            outcome.reports.append(api.analyze_article(article, mode=mode))
        except ReportedlyError as problem:
            error(f"{name}: {problem}")
            outcome.failed += 1
        except Exception as bug:
            if debugging():
                raise
            error(f"{name}: internal error: {type(bug).__name__}: {bug}")
            outcome.failed += 1
            outcome.bugs += 1


def write_reports(args: argparse.Namespace, reports: list[Report], *, single: bool) -> None:
    """Write the reports as ``args`` asks (``format``, ``out``, ``full``): into a file
    atomically, or on stdout, in color on a terminal."""
    out = _out_path(args.out)
    fmt: Format = args.format
    if out is not None:
        write_atomic(out, render(reports, fmt, single=single, full=args.full))
        return
    color = fmt == "text" and color_terminal()
    width = shutil.get_terminal_size().columns if color else None
    write_stdout(render(reports, fmt, single=single, width=width, color=color, full=args.full))


def _out_path(out: str | None) -> str | None:
    """The output file, None for stdout (no ``--out``, or ``-``)."""
    return None if out in (None, "-") else out


def output_format(requested: Format | None, out: str | None) -> Format:
    """The format asked for, else the one the output file's suffix names, else text (on
    stdout). Raises ``OutputFormatError`` for a file whose suffix names no format, rather
    than write, say, the text report into ``x.csv``."""
    if requested is not None:
        return requested
    if out is None:
        return "text"
    suffix = Path(out).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise OutputFormatError(out, tuple(SUFFIX_FORMATS))
    return SUFFIX_FORMATS[suffix]


def color_terminal() -> bool:
    """Whether stdout is a terminal that takes color (``NO_COLOR`` and ``TERM=dumb`` say no)."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty: Callable[[], bool] | None = getattr(sys.stdout, "isatty", None)
    return bool(isatty and isatty())


# --- writing ----------------------------------------------------------------------------


def write_stdout(text: str) -> None:
    """Write to stdout and flush, so a closed pipe shows up here, inside ``main``."""
    sys.stdout.write(text)
    sys.stdout.flush()


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file renamed over it, so
    ``path`` is never left half written. Raises ``OutputError``."""
    target = Path(path)
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as problem:
        raise OutputError(path, _reason(problem)) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _file_mode(target))
        os.replace(temporary, target)
    except BaseException as problem:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(problem, OSError):
            raise OutputError(path, _reason(problem)) from None
        raise


def _file_mode(target: Path) -> int:
    """Keep an existing file's mode; a new file gets the usual mode under the umask."""
    with contextlib.suppress(OSError):
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _reason(problem: OSError) -> str:
    return problem.strerror or type(problem).__name__


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the final flush stays quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
