"""Denials set against the reports they answer become ``fact`` conflicts."""

from __future__ import annotations

import pytest

from reportedly import analyze
from reportedly.attribution.disputes import denial_conflicts
from reportedly.model import Analyzer, Article, Attribution, Report, Source, Span
from reportedly.render.conflicts import describe


def _attribution(
    id_: str, source: str, stance: str = "assert", target: str | None = None
) -> Attribution:
    span = Span("x", 0, 1)
    return Attribution(
        id=id_,
        source=source,
        source_span=span,
        cue=span,
        content=Span("Putin rejected the deal", 0, 23),
        kind="indirect",
        stance=stance,  # type: ignore[arg-type]
        target=target,
    )


SOURCES = (
    Source(id="s1", kind="outlet", name="Reuters"),
    Source(id="s2", kind="organization", name="Kremlin"),
    Source(id="s3", kind="person", name="Dmitry Peskov"),
)


@pytest.mark.parametrize(
    ("attributions", "expected"),
    [
        pytest.param(
            [_attribution("a1", "s1"), _attribution("a2", "s2", "deny", "a1")],
            [("a1", "a2")],
            id="one-denial",
        ),
        pytest.param(
            [
                _attribution("a1", "s1"),
                _attribution("a2", "s2", "deny", "a1"),
                _attribution("a3", "s3", "deny", "a1"),
            ],
            [("a1", "a2", "a3")],
            id="two-denials-of-one-report",
        ),
        pytest.param(
            [_attribution("a1", "s1"), _attribution("a2", "s2", "confirm", "a1")],
            [],
            id="a-confirmation-is-no-conflict",
        ),
        pytest.param([_attribution("a2", "s2", "deny", None)], [], id="denial-of-nothing-named"),
    ],
)
def test_denial_conflicts(attributions: list[Attribution], expected: list[tuple[str, ...]]) -> None:
    conflicts = denial_conflicts(attributions)
    assert [c.attributions for c in conflicts] == expected
    assert all(c.kind == "fact" for c in conflicts)


def test_description_names_both_sides() -> None:
    attributions = (_attribution("a1", "s1"), _attribution("a2", "s2", "deny", "a1"))
    (conflict,) = denial_conflicts(attributions)
    report = Report(
        Article(text="x"), Analyzer("0", "rules"), sources=SOURCES, attributions=attributions
    )
    assert describe(conflict, report) == (
        "Kremlin (a2) denies what Reuters (a1) reported: Putin rejected the deal"
    )


def test_a_denial_in_an_article_is_a_fact_conflict() -> None:
    report = analyze(
        "Reuters reported on Monday that the minister had resigned. The ministry denied the report."
    )
    facts = [c for c in report.conflicts if c.kind == "fact"]
    assert len(facts) == 1
    reported, denied = (report.attribution(i) for i in facts[0].attributions)
    assert reported is not None and reported.cue.text == "reported"
    assert denied is not None and denied.stance == "deny"
