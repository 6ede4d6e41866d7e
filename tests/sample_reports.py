"""Hand-built reports shared by the renderer and schema tests: one that uses every field,
and an empty one."""

from __future__ import annotations

from reportedly.model import (
    Analyzer,
    Article,
    Attribution,
    Conflict,
    DateEvidence,
    Report,
    Source,
    Span,
    Time,
)

TEXT = (
    "Putin rejected the deal, Reuters reported Wednesday, citing three unnamed sources. "
    "\u201cEverything was canceled,\u201d one source said, "
    "adding that it happened \u201cjust before\u201d the Feb. 24 invasion. "
    "The Kremlin denied the report. <script>alert('x')</script> & more."
)


def span(phrase: str, occurrence: int = 0, text: str = TEXT) -> Span:
    """The span of the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span(phrase, start, start + len(phrase))


def full_report() -> Report:
    """A report using every field: nesting, a denial with a target, hedges, times, a conflict."""
    return Report(
        article=Article(
            text=TEXT,
            title="Putin <b>Rejected</b> Deal",
            outlet="The Moscow Times",
            published="2022-09-14",
            date_evidence=DateEvidence("2022-09-14T10:32+03:00", "html-meta", "minute"),
            url="https://example.org/a?x=1&y=<2>",
            author="Staff",
            id="moscow-1",
            language="en",
        ),
        analyzer=Analyzer(version="0.3.0", mode="model", model="attribution_x@0123456789ab"),
        sources=(
            Source(id="s1", kind="outlet", name="Reuters", mentions=(span("Reuters"),)),
            Source(
                id="s2",
                kind="group",
                name="unnamed sources",
                description="unnamed",
                count=3,
                mentions=(span("three unnamed sources"), span("one source")),
            ),
            Source(
                id="s3",
                kind="organization",
                name="The Kremlin",
                role="Russian presidency",
                mentions=(span("The Kremlin"),),
            ),
        ),
        attributions=(
            Attribution(
                id="a1",
                source="s1",
                source_span=span("Reuters"),
                cue=span("reported"),
                content=span("Putin rejected the deal"),
                kind="indirect",
                hedges=("citing",),
            ),
            Attribution(
                id="a2",
                source="s2",
                source_span=span("one source"),
                cue=span("said"),
                content=Span(
                    TEXT[span("Everything").start : span("invasion").end],
                    span("Everything").start,
                    span("invasion").end,
                ),
                kind="mixed",
                parent="a1",
                sentence=1,
                content_parts=(
                    span("Everything was canceled,"),
                    span("that it happened \u201cjust before\u201d the Feb. 24 invasion"),
                ),
            ),
            Attribution(
                id="a3",
                source="s3",
                source_span=span("The Kremlin"),
                cue=span("denied"),
                content=span("the report"),
                kind="indirect",
                stance="deny",
                target="a1",
                sentence=2,
            ),
        ),
        times=(
            Time(
                id="t1",
                text="Wednesday",
                start=span("Wednesday").start,
                end=span("Wednesday").end,
                value="2022-09-14",
                type="date",
                anchor="publication",
                attributions=("a1",),
            ),
            Time(
                id="t2",
                text="just before\u201d the Feb. 24",
                start=span("just before").start,
                end=span("Feb. 24").end,
                value="2022-02-24",
                type="date",
                anchor="absolute",
                mod="BEFORE",
                earliest="2022-02-20",
                latest="2022-02-24",
                attributions=("a2",),
            ),
            Time(
                id="t3",
                text="three",
                start=span("three").start,
                end=span("three").end,
                value=None,
                type="duration",
                anchor="unresolved",
            ),
        ),
        conflicts=(
            Conflict(kind="fact", attributions=("a1", "a3")),
            Conflict(kind="timing", attributions=("a1", "a2"), times=("t1", "t2"), event="deal"),
        ),
    )


def empty_report() -> Report:
    return Report(
        article=Article(text="Nothing reported here."), analyzer=Analyzer("0.3.0", "rules")
    )
