"""Chains: which report each attribution is reported through (its ``parent``).

Reports made inside a quote are attributions of their own, nested under the quote's
speaker, with "I" and "we" resolved to that speaker; the outer quote stays whole. A source
named by an "according to" or an "as" clause on a report is the report's parent; the
sources a report cited stay under it when named again. A source's own report inside its
report is no chain.

Each row of ``CHAINS`` is a short text in news style and every attribution found in it, in
order, as (cue, source name, cue of the parent or None). The rules read chains, so the
rows are read in ``rules`` mode, whatever the default extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import reportedly
from reportedly.model import Report

Link = tuple[str, str | None, str | None]

CHAINS: list[tuple[str, list[Link]]] = [
    (
        "Patrick Conneely, who runs the ferry, said the service was losing money. ‘We can’t "
        "do it any more. I told the department in June that this day was coming,’ he said.",
        [
            ("said", "Patrick Conneely", None),
            ("told", "Patrick Conneely", "said"),
            ("said", "Patrick Conneely", None),
        ],
    ),
    (
        "“The problem here, Mr. Sellers says, is that the records are not available,” "
        "Mr. Boutrous said.",
        [("says", "Sellers", "said"), ("said", "Boutrous", None)],
    ),
    (
        "Joseph Sellers represents the women. “Then he says we’re going to have a "
        "proceeding,” Theodore Boutrous said.",
        [("says", "Joseph Sellers", "said"), ("said", "Theodore Boutrous", None)],
    ),
    (
        "President Obama gave an interview on Wednesday. “Now, according to ABC News, he "
        "said that he supports it,” Mitt Romney said.",
        [
            ("according to", "ABC News", "said"),
            ("said", "Obama", "according to"),
            ("said", "Mitt Romney", None),
        ],
    ),
    # What the speaker does as they speak, or may do, is no report of theirs.
    (
        "“I urge my colleagues to reverse this veto,” Senator Richard Blumenthal said.",
        [("said", "Richard Blumenthal", None)],
    ),
    (
        "“As I was telling them, change is possible,” Eric Holder said.",
        [("said", "Eric Holder", None)],
    ),
    (
        "“Some firms may find themselves subject to lawsuits,” Obama wrote.",
        [("wrote", "Obama", None)],
    ),
    (
        "Eric Holder spoke to students. “We need concrete action,” he said, according to "
        "excerpts provided by the Justice Department.",
        [("said", "Eric Holder", "according to"), ("according to", "excerpts", None)],
    ),
    (
        "As HuffPost reported Wednesday, the administration opted to lift the ban, a "
        "spokesperson for the agency said.",
        [("reported", "HuffPost", None), ("said", "a spokesperson", "reported")],
    ),
    (
        "The Guardian reported on Tuesday, citing two senior officials, that ministers had "
        "drawn up plans to cut the scheme. The second official told the paper that the cut "
        "was a done deal.",
        [
            ("reported", "The Guardian", None),
            ("citing", "two senior officials", "reported"),
            ("told", "second official", "reported"),
        ],
    ),
    (
        "The Guardian reported on Tuesday, citing two senior officials, that ministers had "
        "drawn up plans to cut the scheme. According to documents seen by the paper, "
        "Treasury officials modelled the cut in November.",
        [
            ("reported", "The Guardian", None),
            ("citing", "two senior officials", "reported"),
            ("According to", "documents", "reported"),
        ],
    ),
    # A source's own report inside its report is no chain.
    (
        'Hemi Walker said the emails raised "serious questions" and called on the '
        "Auditor-General to investigate.",
        [("said", "Hemi Walker", None), ("called on", "Hemi Walker", None)],
    ),
    (
        "Chris Wray noted that the investigation was ongoing and warned there could be "
        "other packages.",
        [("noted", "Chris Wray", None), ("warned", "Chris Wray", None)],
    ),
    (
        "A spokesman said he could not comment on the case.",
        [("said", "A spokesman", None), ("could not comment", "A spokesman", None)],
    ),
    # A cue in a clause of its own ("after ... said") does not report the clause before.
    (
        "Mitt Romney on Wednesday reiterated that he opposes same-sex marriage, a few hours "
        "after President Barack Obama said for the first time he supports it.",
        [("reiterated", "Mitt Romney", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS)
def test_chains(pipeline: Language, text: str, expected: list[Link]) -> None:
    assert _links(reportedly.analyze(text, mode="rules")) == expected


WHOLE_QUOTES = [
    (
        "“The problem here, Mr. Sellers says, is that the records are not available,” "
        "Mr. Boutrous said.",
        "said",
        "“The problem here, Mr. Sellers says, is that the records are not available,”",
    ),
    (
        "Patrick Conneely, who runs the ferry, said the service was losing money. ‘We can’t "
        "do it any more. I told the department in June that this day was coming,’ he said.",
        "said",
        "‘We can’t do it any more. I told the department in June that this day was coming,’",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), WHOLE_QUOTES)
def test_a_report_inside_a_quote_leaves_the_quote_whole(
    pipeline: Language, text: str, cue: str, content: str
) -> None:
    report = reportedly.analyze(text, mode="rules")
    outer = [a for a in report.attributions if a.cue.text == cue and a.parent is None][-1]
    assert outer.content.text == content
    assert outer.kind == "direct"


KINDS_INSIDE_QUOTES = [
    # The speaker's marks around a report do not make it a quote of the one reported.
    ("“Joe Sestak said he would run,” Bill Clinton said.", "indirect"),
    ("“Joe Sestak said ‘I will run,’ and he did,” Bill Clinton said.", "direct"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS_INSIDE_QUOTES)
def test_kind_of_a_report_inside_a_quote(pipeline: Language, text: str, kind: str) -> None:
    report = reportedly.analyze(text, mode="rules")
    (inner,) = [a for a in report.attributions if a.parent is not None]
    assert inner.kind == kind


def _links(report: Report) -> list[Link]:
    by_id = {a.id: a for a in report.attributions}
    links: list[Link] = []
    for attribution in report.attributions:
        source = report.source(attribution.source)
        parent = by_id.get(attribution.parent or "")
        links.append(
            (
                attribution.cue.text,
                source.name if source else None,
                parent.cue.text if parent else None,
            )
        )
    return links
