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


class JsonLinesError(InputError):
    def __init__(self, name: str, line: int, problem: str) -> None:
        super().__init__(f"{name}:{line}: {problem}")


class DateError(ReportedlyError):
    def __init__(self, value: str) -> None:
        super().__init__(f"cannot read {value!r} as a date (expected YYYY-MM-DD)")


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


class ModelMissingError(ReportedlyError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path}: no learned attribution model here; use mode 'rules', or reinstall "
            "reportedly (the model ships inside the package)"
        )


class ExtraMissingError(ReportedlyError):
    def __init__(self, extra: str, missing: str) -> None:
        super().__init__(
            f"the learned attribution model needs the {extra!r} extra (not installed: "
            f"{missing}): pip install 'reportedly[{extra}]', or use mode 'rules'"
        )


class UnknownExtractorError(ReportedlyError, ValueError):
    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown mode {name!r}; one of {', '.join(known)}")
