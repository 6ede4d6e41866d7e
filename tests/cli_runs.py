"""Running the command line in the test process and reading what it printed."""

from __future__ import annotations

import pytest

from reportedly import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of ``reportedly ARGV...``."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    """The single stderr line of a failure, checked to be one line and no traceback."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("reportedly: "), err
    assert "Traceback" not in err
    return lines[0]
