"""Web addresses: an article's outlet named from its URL's host, its date from its path.

The host is matched against the ``domains`` of ``reportedly.data.outlets.OUTLETS``; a host
the table does not know names the outlet as itself (``example-news.org``). A date in the
path (``/2022/09/14/``) dates the article only when nothing else does: an address's date
is often the day a draft was made.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from reportedly.data.outlets import OUTLETS, Outlet
from reportedly.model import DateEvidence

_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")
# Year, month and day in an address's path or query, as htmldate reads them (so that a
# date trafilatura took from the address is told as the URL's): "/2022/09/14/",
# "-2022-09-14", "_2022_09_14".
_URL_DATE = re.compile(
    r"(?<!\d)(?P<year>199\d|20[0-9]\d)[/_-](?P<month>1[0-2]|0?[1-9])[/_-]"
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)"
)


def lookup_host(host: str) -> Outlet | None:
    """The outlet a web host belongs to, or None.

    Case and a leading ``www.`` are ignored, a port is dropped, and subdomains match their
    domain: ``edition.cnn.com`` and ``www.bbc.co.uk`` are CNN and the BBC. The longest
    matching domain wins, so a more specific entry beats a broader one.
    """
    host = _bare_host(host)
    best: tuple[int, Outlet] | None = None
    for outlet in OUTLETS:
        for domain in outlet.domains:
            if (host == domain or host.endswith("." + domain)) and (
                best is None or len(domain) > best[0]
            ):
                best = (len(domain), outlet)
    return best[1] if best else None


def lookup_url(url: str) -> Outlet | None:
    """The outlet a URL's host belongs to (see ``lookup_host``), or None."""
    host = url_host(url)
    return lookup_host(host) if host else None


def outlet_name_for_url(url: str) -> str | None:
    """The outlet's name for a URL: the table's name for a known host, else the bare host.

    The fallback is the host without ``www.`` (``example-news.org``), readable in a report
    and stable for grouping. None when the URL has no host.
    """
    host = url_host(url)
    if not host:
        return None
    outlet = lookup_host(host)
    return outlet.name if outlet else host


def url_host(url: str) -> str | None:
    """A URL's host, lower-case, without ``www.`` or a port (a missing scheme is allowed),
    or None when there is no dotted host name."""
    url = url.strip()
    host = _bare_host(urlsplit(url if "//" in url else "//" + url).netloc)
    return host if _HOST.fullmatch(host) else None


def _bare_host(host: str) -> str:
    host = host.strip().lower().rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".")
    return host.removeprefix("www.")


def url_date(url: str) -> DateEvidence | None:
    """The date an address's path (or query) gives, ``/2022/09/14/``, as evidence from
    ``url`` to the day; None without one, or with one that is no possible date or is later
    than today."""
    parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    match = _URL_DATE.search(f"{parts.path}?{parts.query}")
    if match is None:
        return None
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return DateEvidence(day.isoformat(), "url", "day") if day <= date.today() else None
