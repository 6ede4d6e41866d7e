"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from spacy.language import Language

from reportedly import nlp

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "moscow-times-2022-09-14.md"
RESOURCES = Path(__file__).resolve().parent / "resources"

# Property tests (tests/test_properties.py): "quick" keeps the default run under a minute;
# `pytest --hypothesis-profile=long` tries twenty times as many inputs. No deadline: an
# example's time depends on the machine and on the pipeline's first load, not on a bug.
for profile, examples in (("quick", 25), ("long", 500)):
    settings.register_profile(
        profile, max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
settings.load_profile("quick")


@pytest.fixture(scope="session")
def pipeline() -> Language:
    """The English pipeline with the reportedly component reading by the rules, shared by
    every test of the rules (the learned extractors' tests name their mode)."""
    return nlp.load("rules")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests needing it skip with a reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def sample_path(shared_dir: Path) -> Path:
    if not SAMPLE.is_file():
        pytest.skip(f"sample article not found at {SAMPLE}")
    return SAMPLE


@pytest.fixture(scope="session")
def learned_model() -> None:
    """Skips, with the reason, where the shipped learned model cannot run: not shipped, or
    its ``model`` extra (PyTorch, transformers, the encoder's package) not installed."""
    from reportedly.learned import tagger

    if not (tagger.MODEL_DIR / "config.cfg").is_file():
        pytest.skip(f"the learned model is not shipped at {tagger.MODEL_DIR}")
    _skip_without_model_extra()


@pytest.fixture(scope="session")
def encoder() -> Any:
    """The pretrained encoder of the learned model (``context.load_encoder``); skips, with
    the reason, where its ``model`` extra is not installed."""
    from reportedly.learned import context

    _skip_without_model_extra()
    return context.load_encoder()


def _skip_without_model_extra() -> None:
    from reportedly.learned import context

    if missing := context.missing_modules():
        pytest.skip(
            f"the learned model's dependencies are not installed ({', '.join(missing)} missing)"
        )
