"""The sample article end to end, as the rules read it: every attribution the mission names,
pinned (``test_model_mode`` checks what the default ``model`` extractor keeps of them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly import Attribution, Report, analyze_article, ingest


@pytest.fixture(scope="module")
def report(sample_path: Path, pipeline: object) -> Report:
    (article,) = ingest.read_path(str(sample_path))
    return analyze_article(article, mode="rules")


def find(report: Report, cue: str, content_start: str) -> Attribution:
    """The one attribution with this cue whose content starts with these words."""
    found = [
        a
        for a in report.attributions
        if a.cue.text == cue and a.content.text.lstrip('“"').startswith(content_start)
    ]
    assert len(found) == 1, f"{cue!r} / {content_start!r}: {found}"
    return found[0]


def source_name(report: Report, attribution: Attribution) -> str:
    source = report.source(attribution.source)
    assert source is not None
    return source.name


# (cue, content starts with, source name, kind, count, stance, hedges, parent's cue)
GOLDEN = [
    (
        "reported",
        "Russian President Vladimir Putin had rejected a potential deal",
        "Reuters",
        "mixed",
        None,
        "assert",
        (),
        None,
    ),
    (
        "citing",
        "Russian President Vladimir Putin had rejected",
        "three unnamed sources",
        "mixed",
        3,
        "assert",
        (),
        "reported",
    ),
    (
        "was said to",
        "Kremlin deputy chief of staff Dmitry Kozak",
        "Reuters",
        "indirect",
        None,
        "assert",
        ("was said to",),
        None,
    ),
    (
        "According to",
        "Putin made clear that Kozak's deal",
        "Reuters",
        "indirect",
        None,
        "assert",
        (),
        None,
    ),
    (
        "reported",
        "Putin reportedly “expanded his objectives",
        "Reuters",
        "mixed",
        None,
        "assert",
        ("reportedly",),
        None,
    ),
    (
        "was quoted as saying",
        "Everything was canceled.",
        "one of Reuters’ sources",
        "direct",
        1,
        "assert",
        (),
        "reported",
    ),
    (
        "saying",
        "the push to finalize the deal occurred “within days”",
        "two sources",
        "mixed",
        2,
        "assert",
        (),
        "reported",
    ),
    (
        "said",
        "Putin was presented with and rejected Kozak’s deal “just before”",
        "A third source",
        "mixed",
        1,
        "assert",
        (),
        None,
    ),
    (
        "reported",
        "Kozak has since been stripped of his Ukraine portfolio",
        "Reuters",
        "indirect",
        None,
        "assert",
        (),
        None,
    ),
    (
        "citing",
        "Kozak has since been stripped",
        "six unnamed sources",
        "indirect",
        6,
        "assert",
        (),
        "reported",
    ),
    (
        "was quoted as saying",
        "From what I can see, Kozak is nowhere to be seen",
        "a person",
        "direct",
        1,
        "assert",
        (),
        None,
    ),
    (
        "also reported",
        "that Kozak spoke out against escalating",
        "Reuters",
        "indirect",
        None,
        "assert",
        (),
        None,
    ),
    ("denied", "the Reuters report’s authenticity", "Kremlin", "indirect", None, "deny", (), None),
    (
        "telling",
        "that “No such thing ever happened.”",
        "Dmitry Peskov",
        "direct",
        None,
        "deny",
        (),
        None,
    ),
    (
        "said",
        "that Moscow does not oppose talks with Ukraine",
        "Sergei Lavrov",
        "indirect",
        None,
        "assert",
        (),
        None,
    ),
    (
        "called for",
        "the total surrender of the Kyiv regime on Russia’s terms",
        "Dmitry Medvedev",
        "direct",
        None,
        "assert",
        (),
        None,
    ),
]


@pytest.mark.parametrize(
    ("cue", "content", "source", "kind", "count", "stance", "hedges", "parent_cue"),
    GOLDEN,
    ids=[f"{row[2]}-{row[0]}" for row in GOLDEN],
)
def test_sample_attribution(
    report: Report,
    cue: str,
    content: str,
    source: str,
    kind: str,
    count: int | None,
    stance: str,
    hedges: tuple[str, ...],
    parent_cue: str | None,
) -> None:
    attribution = find(report, cue, content)
    assert source_name(report, attribution) == source
    assert attribution.kind == kind
    found_source = report.source(attribution.source)
    assert found_source is not None and found_source.count == count
    assert attribution.stance == stance
    assert attribution.hedges == hedges
    parent = report.attribution(attribution.parent)
    assert (parent.cue.text if parent else None) == parent_cue
    text = report.article.text
    for span in (attribution.cue, attribution.content):
        assert text[span.start : span.end] == span.text


def test_citing_children_share_their_parents_content(report: Report) -> None:
    for attribution in report.attributions:
        if attribution.cue.text == "citing":
            parent = report.attribution(attribution.parent)
            assert parent is not None and parent.content == attribution.content


def test_anonymous_source_descriptions(report: Report) -> None:
    by_name = {s.name: s for s in report.sources}
    assert by_name["three unnamed sources"].description == "close to Russia's leadership"
    assert by_name["three unnamed sources"].kind == "anonymous"
    third = by_name["A third source"].description or ""
    assert "told about the events by people briefed on the discussions" in third


def test_denials_answer_the_reuters_report(report: Report) -> None:
    first_reuters = find(report, "reported", "Russian President Vladimir Putin had rejected")
    for cue in ("denied", "telling"):
        (denial,) = [a for a in report.attributions if a.cue.text == cue]
        assert denial.target == first_reuters.id


def test_people_are_resolved_across_the_article(report: Report) -> None:
    by_name = {s.name: s for s in report.sources}
    kozak = by_name["Dmitry Kozak"]
    assert kozak.kind == "person"
    assert kozak.role == "Kremlin deputy chief of staff"
    assert {m.text for m in kozak.mentions} >= {"Dmitry Kozak", "Kozak"}
    reuters = by_name["Reuters"]
    assert "the British news agency" in {m.text for m in reuters.mentions}
    assert by_name["Dmitry Peskov"].role == "spokesman"
    assert by_name["Sergei Lavrov"].role == "Russian Foreign Minister"


def test_reuters_chain_nests_its_sources(report: Report) -> None:
    roots = [a for a in report.attributions if a.parent is None]
    children = [a for a in report.attributions if a.parent is not None]
    assert {source_name(report, a) for a in roots} >= {"Reuters", "Kremlin", "Sergei Lavrov"}
    assert all(report.attribution(a.parent) is not None for a in children)


def test_the_denial_and_the_timing_dispute_are_conflicts(report: Report) -> None:
    by_kind: dict[str, list[tuple[str, ...]]] = {"fact": [], "timing": []}
    for conflict in report.conflicts:
        by_kind[conflict.kind].append(conflict.attributions)
    first_reuters = find(report, "reported", "Russian President Vladimir Putin had rejected")
    denials = [a.id for a in report.attributions if a.stance == "deny"]
    assert by_kind["fact"] == [(first_reuters.id, *denials)]
    two_sources = find(report, "saying", "the push to finalize the deal")
    third = find(report, "said", "Putin was presented with and rejected")
    assert any({two_sources.id, third.id} <= set(ids) for ids in by_kind["timing"])
