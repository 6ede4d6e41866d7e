"""The public entry points: one article in, one ``Report`` out.

The CLI, the benchmarks and any server call these same functions a library user calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from reportedly import ingest, nlp
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
    """Analyze many articles, parsing them in batches; yields reports in input order."""
    pipeline = nlp.load(mode)
    pending = ((_prepared_doc(pipeline.make_doc(a.text), a), a) for a in articles)
    docs_and_articles = pipeline.pipe(pending, as_tuples=True, batch_size=BATCH_SIZE)
    for doc, article in docs_and_articles:
        yield report_from_doc(doc, article)


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


def _prepared_doc(doc: Doc, article: Article) -> Doc:
    doc._.published = article.published
    return doc
