"""Web addresses -> outlets: an article's outlet named from its URL's host.

The host is matched against the ``domains`` of ``reportedly.data.outlets.OUTLETS``; a host
the table does not know names the outlet as itself (``example-news.org``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from reportedly.data.outlets import OUTLETS, Outlet

_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")


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
