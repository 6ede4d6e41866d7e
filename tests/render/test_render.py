"""Renderers on hand-built reports: text tree and timeline, HTML highlights and escaping, JSON."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from sample_reports import TEXT, empty_report, full_report

from reportedly.model import Analyzer, Article, Attribution, DateEvidence, Report, Span
from reportedly.render import FORMATS, render
from reportedly.render.html import render_html
from reportedly.render.json import render_json, render_json_array, render_jsonl
from reportedly.render.text import render_text, render_text_many

ANSI = re.compile(r"\x1b\[")


def test_spans_of_the_fixture_match_the_text() -> None:
    report = full_report()
    spans = [m for s in report.sources for m in s.mentions]
    for a in report.attributions:
        spans += [a.cue, a.content, *a.content_parts]
        spans += [a.source_span] if a.source_span else []
    for s in spans:
        assert TEXT[s.start : s.end] == s.text


# --- text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expected",
    [
        "Putin <b>Rejected</b> Deal",
        "outlet:    The Moscow Times",
        "published: 2022-09-14T10:32+03:00 (html-meta, minute)",
        "url:       https://example.org/a?x=1&y=<2>",
        "Sources (3)",
        "Russian presidency",
        "Attributions (3)",
        "[a1] Reuters — reported — Putin rejected the deal",
        "[a3] The Kremlin — denied — the report",
        "deny · answers a1 (Reuters)",
        "hedges: citing",
        "Timeline (2)",
        "BEFORE 2022-02-24 (2022-02-20 to 2022-02-24)",
        "1 more time expression(s) not on the timeline",
        "Conflicts (2)",
        "fact: The Kremlin (a3) denies what Reuters (a1) reported: Putin rejected the deal",
        "timing: Sources disagree on when it happened relative to the deal: “Wednesday” "
        "(2022-09-14) vs “just before",
        "between Reuters (a1); The Kremlin (a3)",
    ],
)
def test_text_report_shows(expected: str) -> None:
    assert expected in render_text(full_report(), width=200)


def test_text_tree_nests_children_under_their_parent() -> None:
    lines = render_text(full_report(), width=200).splitlines()
    root = lines.index("The Moscow Times")
    a1 = next(i for i, line in enumerate(lines) if "[a1]" in line)
    a2 = next(i for i, line in enumerate(lines) if "[a2]" in line)
    a3 = next(i for i, line in enumerate(lines) if "[a3]" in line)
    assert root < a1 < a2 < a3

    def indent(line: str) -> int:
        return line.index("[")

    assert indent(lines[a1]) == indent(lines[a3]) < indent(lines[a2])


def test_text_timeline_is_chronological_and_says_who() -> None:
    out = render_text(full_report(), width=200)
    timeline = out[out.index("Timeline") : out.index("Conflicts")]
    assert timeline.index("2022-02-24") < timeline.index("2022-09-14")
    assert "unnamed sources (a2)" in timeline
    assert "Reuters (a1)" in timeline


def test_text_is_plain_unless_color_is_asked() -> None:
    assert not ANSI.search(render_text(full_report()))
    colored = render_text(full_report(), color=True)
    assert ANSI.search(colored)
    assert "\x1b[1;31m" in colored  # the denial's cue in bold red


def test_text_of_an_empty_report() -> None:
    out = render_text(empty_report())
    for expected in (
        "(untitled article)",
        "no sources found",
        "no attributions found",
        "no dated times found",
        "no conflicts found",
    ):
        assert expected in out


def test_text_respects_width() -> None:
    out = render_text(full_report(), width=60)
    assert max(len(line) for line in out.splitlines()) <= 60


def test_text_survives_parent_cycles_and_unknown_ids() -> None:
    cue, content = Span("said", 0, 4), Span("x", 5, 6)
    report = Report(
        article=Article(text="said x"),
        analyzer=Analyzer("0.3.0", "rules"),
        attributions=(
            Attribution("a1", "s9", None, cue, content, "indirect", parent="a2"),
            Attribution("a2", None, None, cue, content, "indirect", parent="a1", target="a7"),
        ),
    )
    out = render_text(report)
    assert "[a1] (unnamed source)" in out
    assert "answers a7" in out


def test_text_of_several_reports_separates_them() -> None:
    out = render_text_many([full_report(), empty_report()])
    assert out.count("Sources (") == 2
    assert "───" in out


# --- html -------------------------------------------------------------------------------


def test_html_is_self_contained() -> None:
    page = render_html([full_report()])
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "<script>" in page
    assert not re.search(r"""(src|href)=["'](?!https://example\.org)""", page)
    assert "<link" not in page


def test_html_escapes_article_content() -> None:
    page = render_html([full_report()])
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more." in page
    assert "<b>Rejected</b>" not in page
    assert "Putin &lt;b&gt;Rejected&lt;/b&gt; Deal" in page
    assert page.count("<script>") == 1


def test_html_highlights_roles_and_marks_denials() -> None:
    page = render_html(full_report())
    assert re.search(r'<mark class="hl-source[^"]*" data-a="a1"[^>]*>Reuters</mark>', page)
    assert re.search(r'<mark class="hl-cue[^"]*" data-a="a1[^"]*"[^>]*>reported</mark>', page)
    assert re.search(r'<mark class="hl-cue[^"]*st-deny" data-a="a3"[^>]*>denied</mark>', page)
    assert re.search(r'<mark class="hl-content st-deny" data-a="a3"[^>]*>the report</mark>', page)


def test_html_hover_shows_source_and_chain() -> None:
    page = render_html(full_report())
    said = re.search(r'<mark [^>]*title="([^"]*)"[^>]*>said</mark>', page)
    assert said is not None
    assert "a2: unnamed sources — said (mixed, assert)" in said.group(1)
    assert "The Moscow Times → Reuters → unnamed sources" in said.group(1)


def test_html_text_round_trips() -> None:
    """Removing the markup of the text column gives back the article text exactly."""
    page = render_html(full_report())
    column = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    import html as html_module

    assert html_module.unescape(re.sub(r"<[^>]+>", "", column)) == TEXT


def test_html_lists_sources_attributions_and_timeline() -> None:
    page = render_html(full_report())
    assert 'data-id="a3" class="st-deny"' in page
    assert "<td>unnamed sources</td>" in page
    assert "Timeline (2)" in page and "Conflicts (2)" in page


def test_html_shows_where_the_date_came_from() -> None:
    page = render_html(full_report())
    assert "published: 2022-09-14T10:32+03:00 (html-meta, minute)" in page


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        (DateEvidence("2022-09-14", "dateline", "day"), "published: 2022-09-14 (dateline, day)"),
        (None, "published: 2022-09-14\n"),
    ],
)
def test_the_date_without_a_time_or_evidence(evidence: DateEvidence | None, expected: str) -> None:
    report = full_report()
    article = dataclasses.replace(report.article, date_evidence=evidence)
    out = render_text(dataclasses.replace(report, article=article), width=200)
    assert expected in out


def test_html_of_empty_and_several_reports() -> None:
    page = render_html([full_report(), empty_report()])
    assert 'id="r0"' in page and 'id="r1"' in page
    assert "no attributions found" in page
    assert "<title>reportedly: 2 articles</title>" in page
    assert "no articles" in render_html([])


# --- json -------------------------------------------------------------------------------


def test_json_forms() -> None:
    report = full_report()
    assert json.loads(render_json(report)) == report.to_dict()
    assert json.loads(render_json_array([report, report])) == [report.to_dict()] * 2
    lines = render_jsonl([report, empty_report()]).splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["article"]["text"] == "Nothing reported here."
    assert "\u201c" in render_json(report)  # non-ASCII kept as is


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_switch_handles_every_format(fmt: str) -> None:
    out = render([full_report()], fmt, single=True)  # type: ignore[arg-type]
    assert out.endswith("\n")
    if fmt == "json":
        assert json.loads(out)["schema"] == "reportedly/3"
