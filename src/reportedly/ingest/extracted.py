"""What a format reader found in one input, before the caller's overrides are applied."""

from __future__ import annotations

from dataclasses import dataclass

from reportedly.model import DateEvidence, RemovedLine


@dataclass(frozen=True, slots=True)
class Extracted:
    """The body and the metadata one reader found; ``None`` where it found nothing.

    ``date_evidence`` is the publication date as the input states it and where (a meta
    tag, JSON-LD, a date line...). ``site_name`` is the outlet as the page names itself
    (HTML only) and ``agency`` the agency a wire dateline names ("LONDON (Reuters) -");
    the caller turns them and the URL into ``Article.outlet``.
    """

    text: str
    title: str | None = None
    date_evidence: DateEvidence | None = None
    url: str | None = None
    author: str | None = None
    site_name: str | None = None
    agency: str | None = None
    removed: tuple[RemovedLine, ...] = ()

    @property
    def published(self) -> str | None:
        """The publication day, ``YYYY-MM-DD``, or None."""
        return self.date_evidence.day if self.date_evidence else None
