"""Every error reportedly raises, with its message, in one place.

The library raises these and never exits; the CLI turns them into one line on stderr
and a non-zero exit code.
"""

from __future__ import annotations


class ReportedlyError(Exception):
    """Base class of every error reportedly raises on purpose."""


class InputError(ReportedlyError):
    """An input cannot be read or holds no article text."""


class NotFoundError(InputError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: no such file")


class IsDirectoryError(InputError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: is a directory, not a file")


class EmptyInputError(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: empty input, no article text to analyze")


class BinaryInputError(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: looks like a binary file, not text, Markdown, HTML or JSONL")


class EncodingError(InputError):
    def __init__(self, name: str, position: int) -> None:
        super().__init__(f"{name}: not valid UTF-8 (first bad byte at offset {position})")


class NoArticleTextError(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: HTML with no article text found")


class TooLargeError(InputError):
    def __init__(self, name: str, size: int, limit: int) -> None:
        super().__init__(
            f"{name}: {size / 1e6:.1f} MB is over the {limit / 1e6:.0f} MB limit for one article"
        )


class JsonRecordError(InputError):
    """A JSON input, or one object in it, is no article (``label``: ``file.json#3``,
    ``file.jsonl:3``)."""

    def __init__(self, label: str, problem: str) -> None:
        super().__init__(f"{label}: {problem}")


class JsonLinesError(JsonRecordError):
    def __init__(self, name: str, line: int, problem: str) -> None:
        self.line = line
        super().__init__(f"{name}:{line}", problem)


class WarcRecordError(InputError):
    """A record of a WARC file cannot be read (``label``: ``file.warc.gz#3``, the third
    record), or the file ends inside it."""

    def __init__(self, label: str, problem: str) -> None:
        super().__init__(f"{label}: {problem}")


class NoWarcPagesError(InputError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: a WARC file with no HTML page (a response of type text/html)")


class NoArticleFilesError(InputError):
    def __init__(self, path: str, suffixes: tuple[str, ...]) -> None:
        super().__init__(f"{path}: a directory with no article files ({', '.join(suffixes)})")


class DateError(ReportedlyError):
    def __init__(self, value: str) -> None:
        super().__init__(f"cannot read {value!r} as a date (expected YYYY-MM-DD)")


class DateLineError(InputError):
    """A header line that can only be a date line gives no possible date."""

    def __init__(self, line: str, name: str = "<text>") -> None:
        self.line = line
        super().__init__(f"{name}: the date line {line!r} is not a possible date")


class BenchmarkDataError(ReportedlyError):
    """A benchmark directory or file is missing or malformed."""


class BenchmarkSplitError(BenchmarkDataError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: not a benchmark split (expected text/ and attributions/ in it)")


class BratFormatError(BenchmarkDataError):
    def __init__(self, path: str, line: int | None, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


class UnreadableError(InputError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot be read ({reason})")


class OutputError(ReportedlyError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot write the output ({reason})")


class OutputFormatError(ReportedlyError):
    def __init__(self, path: str, suffixes: tuple[str, ...]) -> None:
        super().__init__(
            f"{path}: no output format is known by this suffix (known: {', '.join(suffixes)}); "
            "name one with --format"
        )


class ModelMissingError(ReportedlyError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: no learned attribution model here; use mode 'rules', or reinstall "
            "reportedly (the model ships inside the package)"
        )


class DependencyMissingError(ReportedlyError):
    def __init__(self, missing: str) -> None:
        super().__init__(
            f"the learned attribution model cannot run (not installed: {missing}): "
            "reinstall reportedly, which depends on them, or use mode 'rules'"
        )


class UnknownExtractorError(ReportedlyError, ValueError):
    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown mode {name!r}; one of {', '.join(known)}")


class ReportedlyWarning(UserWarning):
    """Base class of what reportedly warns about: the work goes on, the user should know."""


class UnknownKeysWarning(ReportedlyWarning):
    def __init__(self, name: str, keys: tuple[str, ...], known: tuple[str, ...]) -> None:
        self.keys = keys
        super().__init__(f"{name}: keys ignored: {', '.join(keys)} (read: {', '.join(known)})")


class LanguageSkippedWarning(ReportedlyWarning):
    def __init__(self, name: str, language: str | None) -> None:
        found = f"is in {language!r}" if language else "has no language that could be told"
        super().__init__(
            f"{name}: the article {found}; only English is analyzed, so its report is "
            "empty (analyzer.skipped: language)"
        )


class StoreError(ReportedlyError):
    """The corpus store cannot be opened, read or written."""


class StoreMissingError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: no corpus store here; create one with `reportedly ingest`")


class StoreLockedError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: the store is in use by another process (one writer at a time); "
            "try again when it ends"
        )


class StoreCorruptError(StoreError):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(
            f"{path}: not a readable DuckDB store ({problem}); move it away and ingest again"
        )


class NotAStoreError(StoreError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: a DuckDB file, but not a reportedly store")


class StoreVersionError(StoreError):
    def __init__(self, path: str, found: int, known: int) -> None:
        if found > known:
            super().__init__(
                f"{path}: written by a newer reportedly (store version {found}; this one "
                f"reads up to {known}); upgrade reportedly to read it"
            )
        else:
            super().__init__(
                f"{path}: written by an older reportedly (store version {found}; this one "
                f"reads {known}); migrate it first: reportedly migrate --db {path}"
            )


class StoreLayoutError(StoreError):
    def __init__(self, path: str, table: str, problem: str) -> None:
        super().__init__(
            f"{path}: table {table!r} is not laid out as store version expects ({problem}); "
            "it was written by another build of reportedly"
        )


class StoreWriteError(StoreError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"{path}: cannot write to the store ({reason}); the articles written before "
            "are kept, run the same command again to finish"
        )


class StoreNotWritableError(StoreError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"{path}: the store cannot be written ({reason}); check the permissions of the "
            "file and of its folder"
        )


class ArticleNotFoundError(StoreError):
    def __init__(self, path: str, key: str) -> None:
        super().__init__(f"{path}: no article {key!r} in the store")


class QueryError(StoreError):
    def __init__(self, problem: str) -> None:
        super().__init__(f"SQL: {problem}")


class GroupingError(ReportedlyError, ValueError):
    def __init__(self, asked: str, known: tuple[str, ...]) -> None:
        super().__init__(
            f"cannot group by {asked!r}; one or more of {', '.join(known)}, comma-separated"
        )


class ExportFormatError(ReportedlyError, ValueError):
    def __init__(self, asked: str, known: tuple[str, ...]) -> None:
        super().__init__(f"cannot export as {asked!r}; one of {', '.join(known)}")


class DuplicateIdError(InputError):
    def __init__(self, name: str, key: str, first: str) -> None:
        super().__init__(
            f"{name}: the id {key!r} was given to another article earlier in this run "
            f"({first}); this one is left out: give each article an id of its own"
        )


class StoryNotFoundError(StoreError):
    def __init__(self, path: str, story: int) -> None:
        super().__init__(f"{path}: no story {story} in the store (reportedly stories lists them)")
