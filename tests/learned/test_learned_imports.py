"""Running the shipped model imports no training or benchmark code."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

BLOCKED = (
    "reportedly.bench",
    "reportedly.learned.corpus",
    "reportedly.learned.evaluate",
    "reportedly.learned.finetune",
    "reportedly.learned.training",
)

SCRIPT = textwrap.dedent(
    """
    import importlib.abc
    import sys

    BLOCKED = {blocked!r}


    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if any(name == b or name.startswith(b + ".") for b in BLOCKED):
                raise ImportError(f"blocked: {{name}}")
            return None


    sys.meta_path.insert(0, Block())
    from reportedly.learned.extractors import HybridExtractor
    from reportedly.nlp import load_bare

    doc = load_bare()("The senator denied on Tuesday that the vote would be delayed.")
    ((_, found),) = HybridExtractor()([doc])
    print(len(found), [a.stance for a in found])
    """
)


@pytest.mark.usefixtures("learned_model")
def test_inference_runs_with_training_and_benchmark_code_blocked() -> None:
    script = SCRIPT.format(blocked=BLOCKED)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[0] == "1" and "deny" in done.stdout


def test_the_block_does_block() -> None:
    """The check above can fail: the same script stops at a blocked import."""
    script = SCRIPT.format(blocked=("reportedly.learned.hybrid",))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode != 0 and "blocked: reportedly.learned.hybrid" in done.stderr
