"""Counts over a store, per outlet, per month, or both: how much of the coverage rests on
anonymous sources, how much is hedged, how often someone denies or declines, and whom
it cites most."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportedly.corpus.store import Store, translated_reads
from reportedly.errors import GroupingError

GROUPINGS = {
    "outlet": "coalesce(outlet, '(no outlet)')",
    "month": "coalesce(strftime(try_cast(published AS DATE), '%Y-%m'), '(no date)')",
}
"""What ``stats`` groups by: the SQL of each grouping over ``articles``."""
TOP_SOURCES = 3
"""Sources listed per group, the most cited first."""


@dataclass(frozen=True, slots=True)
class GroupStats:
    """One group's counts. An attribution rests on anonymous sources when its source is
    anonymous or one reported through it is ("Reuters reported, citing three sources")."""

    group: tuple[str, ...]
    articles: int
    attributions: int
    anonymous_share: float | None
    hedged_share: float | None
    denials: int
    refusals: int
    top_sources: tuple[tuple[str, int], ...]


_GROUPED = """
WITH RECURSIVE anonymous(article, id) AS (
    SELECT a.article, a.id FROM attributions a
    JOIN sources s ON s.article = a.article AND s.id = a.source
    WHERE s.kind = 'anonymous'
    UNION
    SELECT a.article, a.parent FROM attributions a
    JOIN anonymous c ON c.article = a.article AND c.id = a.id
    WHERE a.parent IS NOT NULL
),
grouped AS (SELECT id, {columns} FROM articles)
SELECT {names},
       count(DISTINCT g.id) AS articles,
       count(a.id) AS attributions,
       avg(CASE WHEN a.id IS NULL THEN NULL WHEN n.id IS NULL THEN 0 ELSE 1 END) AS anonymous,
       avg(CASE WHEN a.id IS NULL THEN NULL WHEN len(a.hedges) > 0 THEN 1 ELSE 0 END) AS hedged,
       count(a.id) FILTER (WHERE a.stance = 'deny') AS denials,
       count(a.id) FILTER (WHERE a.stance = 'decline') AS refusals
FROM grouped g
LEFT JOIN attributions a ON a.article = g.id
LEFT JOIN anonymous n ON n.article = a.article AND n.id = a.id
GROUP BY ALL
ORDER BY {names}
"""

_TOP = """
WITH grouped AS (SELECT id, {columns} FROM articles),
cited AS (
    SELECT {names}, i.identity, arg_max(s.name, length(s.name)) AS name, count(*) AS attributions
    FROM attributions a
    JOIN sources s ON s.article = a.article AND s.id = a.source
    JOIN source_identities i ON i.key = s.key
    JOIN grouped g ON g.id = a.article
    WHERE s.kind <> 'unknown'
    GROUP BY ALL
)
SELECT {names}, name, attributions FROM cited
QUALIFY row_number() OVER (PARTITION BY {names} ORDER BY attributions DESC, name) <= {top}
ORDER BY {names}, attributions DESC, name
"""


def stats(store: Store, by: Sequence[str] = ("outlet",)) -> list[GroupStats]:
    """Per group of ``by`` (names of ``GROUPINGS``), in group order."""
    unknown = [name for name in by if name not in GROUPINGS]
    if unknown or not by or len(set(by)) != len(by):
        raise GroupingError(",".join(by), tuple(GROUPINGS))
    columns = ", ".join(f"{GROUPINGS[name]} AS {name}" for name in by)
    names = ", ".join(by)
    width = len(by)
    top: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    with translated_reads(store.path):
        cited = store.connection.execute(
            _TOP.format(columns=columns, names=names, top=TOP_SOURCES)
        ).fetchall()
        grouped = store.connection.execute(_GROUPED.format(columns=columns, names=names)).fetchall()
    for row in cited:
        top.setdefault(tuple(row[:width]), []).append((row[width], int(row[width + 1])))
    results = []
    for row in grouped:
        group = tuple(row[:width])
        articles, attributions, anonymous, hedged, denials, refusals = row[width:]
        results.append(
            GroupStats(
                group=group,
                articles=int(articles),
                attributions=int(attributions),
                anonymous_share=anonymous,
                hedged_share=hedged,
                denials=int(denials),
                refusals=int(refusals),
                top_sources=tuple(top.get(group, ())),
            )
        )
    return results
