"""Start-up: ``--version`` and ``schema`` import no spaCy; a rules run imports no torch or
transformers, which only the learned extractors use (``reportedly.imports``)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    from reportedly.cli import main

    code = main({argv!r})
    heavy = ("spacy", "thinc", "torch", "transformers")
    loaded = sorted(name for name in heavy if name in sys.modules)
    print("LOADED", code, " ".join(loaded), file=sys.stderr)
    """
)


def loaded_modules(argv: list[str]) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(argv=argv)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("LOADED"))
    _, code, *names = line.split()
    return int(code), set(names)


@pytest.mark.parametrize("argv", [["--version"], ["schema"], ["analyze", "--help"]])
def test_commands_that_analyze_nothing_import_no_spacy(argv: list[str]) -> None:
    code, loaded = loaded_modules(argv)
    assert code == 0
    assert loaded == set()


def test_a_rules_run_imports_no_learned_stack(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The senator denied on Tuesday that the vote was delayed.", "utf-8")
    code, loaded = loaded_modules(["analyze", str(article), "--mode", "rules", "-f", "json"])
    assert code == 0
    assert {"spacy", "thinc"} <= loaded
    assert not loaded & {"torch", "transformers"}


def test_the_learned_stack_still_loads_after_a_hidden_import() -> None:
    """Hiding torch from spaCy's import leaves it importable afterwards."""
    script = (
        "import sys\n"
        "from reportedly.imports import import_spacy_for\n"
        "import_spacy_for('rules')\n"
        "assert 'torch' not in sys.modules and 'spacy' in sys.modules\n"
        "import torch\n"
        "print(torch.tensor([1, 2]).sum().item())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "3"
