"""The public entry points: one article in, one ``Report`` out.

The CLI, the benchmarks and any server call these same functions a library user calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from reportedly import ingest, longdoc, nlp
from reportedly.model import Analyzer, Article, Report
from reportedly.version import package_version

BATCH_SIZE = 16


def analyze(
    text_or_html: str,
    /,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    mode: str | None = None,
) -> Report:
    """Analyze one article given as plain text, Markdown or HTML.

    ``published`` (``YYYY-MM-DD``) overrides the date found in the article; relative
    times ("Wednesday", "last week") are resolved against it. ``mode`` names the
    extractor (``reportedly.extractors.names()``; ``None``: ``extractors.DEFAULT``); every
    report says which ran, and the model it read.
    """
    article = ingest.parse(text_or_html, published=published, url=url, title=title)
    return analyze_article(article, mode=mode)


def analyze_article(article: Article, *, mode: str | None = None) -> Report:
    """Analyze an already ingested article."""
    return next(analyze_articles([article], mode=mode))


def analyze_articles(articles: Iterable[Article], *, mode: str | None = None) -> Iterator[Report]:
    """Analyze many articles, parsing them in batches; yields reports in input order.

    A long article is analyzed in pieces of whole paragraphs, joined into one report
    (``reportedly.longdoc``), so that time and memory grow linearly with its length. An
    article in a language other than the pipeline's is not analyzed: its report is empty,
    marked ``analyzer.skipped: "language"``."""
    pipeline = nlp.load(mode)
    pending = (
        (_prepared_doc(pipeline.make_doc(piece.text), article), (article, piece))
        for article in articles
        for piece in longdoc.pieces(article.text if readable(article, pipeline) else "")
    )
    analyzed = (
        longdoc.PieceReport(piece, report_from_doc(doc, article), _sentence_count(doc))
        for batch in longdoc.batches(
            pending, length=_piece_length, most=BATCH_SIZE, most_chars=longdoc.BATCH_CHARS
        )
        for doc, (article, piece) in pipeline.pipe(batch, as_tuples=True, batch_size=BATCH_SIZE)
    )
    for parts in longdoc.by_article(analyzed):
        yield language_checked(longdoc.joined(parts), pipeline)


def readable(article: Article, pipeline: Language) -> bool:
    """Whether the pipeline reads the article's language (an unknown one is tried)."""
    return article.language in (None, pipeline.lang)


def language_checked(report: Report, pipeline: Language) -> Report:
    """The report, marked ``analyzer.skipped: "language"`` when its article was not
    analyzed (an empty text stood for it) because the pipeline does not read its language."""
    if readable(report.article, pipeline):
        return report
    return replace(report, analyzer=replace(report.analyzer, skipped="language"))


def report_from_doc(doc: Doc, article: Article) -> Report:
    """Collect what the ``reportedly`` component set on a Doc into a Report."""
    return Report(
        article=article,
        analyzer=Analyzer(version=package_version(), mode=doc._.mode, model=doc._.model),
        sources=tuple(doc._.sources),
        attributions=tuple(doc._.attributions),
        times=tuple(doc._.times),
        conflicts=tuple(doc._.conflicts),
    )


def _piece_length(item: tuple[Doc, tuple[Article, longdoc.Piece]]) -> int:
    return len(item[1][1].text)


def _sentence_count(doc: Doc) -> int:
    return sum(1 for _ in doc.sents)


def _prepared_doc(doc: Doc, article: Article) -> Doc:
    doc._.published = article.published
    return doc
