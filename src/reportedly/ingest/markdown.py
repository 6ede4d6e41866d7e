"""Markdown articles: header metadata, prose body, and the lines kept out of it.

The shape read is the one news scrapers write (see ``shared/samples``)::

    # Title
    September 14, 2022          <- date line (also "Published: ...", and a "By ..." byline)
    A photo caption. [credit](https://...)
    Body paragraphs, with [links](#) and **emphasis** ...
    **Related article:** [...](#)
    Original url:
    <https://...>

YAML front matter (``title:``, ``date:``, ``url:``, ``author:``) is read too; its date is
given with the input (evidence ``input``), a date line's is a ``dateline``. Body
paragraphs become plain prose (link text kept, markup dropped), joined by a blank line.
Lines kept out of the body are returned as ``RemovedLine`` with ``kind``:

* ``caption``: the paragraph right after the header when it is an image, ends with a
  link credit (``[kremlin.ru](https://kremlin.ru)``) or with a photo credit;
* ``image``: an image anywhere else;
* ``related``: "Related article: ...", "Read more: ..." and similar teasers;
* ``link``: a paragraph made only of links;
* ``footer``: the "Original url:" footer (its URL becomes the article's URL);
* ``rule``: a horizontal rule;
* ``dateline``, ``credit``, ``note``: an agency's dateline opening the body, its staff
  credits and exchange-rate notes (see ``reportedly.ingest.wire``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from reportedly.ingest.dates import find_date
from reportedly.ingest.extracted import Extracted
from reportedly.ingest.wire import credit_kind, split_dateline
from reportedly.model import DateEvidence, RemovedLine

# Labels that open a teaser line linking to another article ("Related article: ...").
RELATED_LABELS: tuple[str, ...] = (
    "related",
    "related article",
    "related articles",
    "related story",
    "related stories",
    "related coverage",
    "read more",
    "read also",
    "also read",
    "see also",
    "more on this",
    "more on this story",
    "recommended",
)
# Labels that open a footer giving the article's address.
URL_LABELS: tuple[str, ...] = (
    "original url",
    "original link",
    "source url",
    "source",
    "url",
    "link",
)
# Words that end a photo caption with its credit ("... Photo: Jane Doe / Reuters").
CREDIT_LABELS: tuple[str, ...] = ("photo", "photograph", "image", "credit", "picture")
# A link credit ending a caption is a short name ("kremlin.ru", "Maxim Shemetov / TASS").
MAX_CREDIT_CHARS = 60
# Header lines (date, byline) are short; longer ones are body text.
MAX_BYLINE_WORDS = 12

_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RULE = re.compile(r"^=+[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|[^@>\s]+@[^@>\s]+\.[a-z]+)>", re.IGNORECASE)
_CODE = re.compile(r"`+([^`]+?)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STAR_EM = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")
_UNDERSCORE_EM = re.compile(r"(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?![_\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INLINE_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")
_BARE_URL = re.compile(r"<?((?:https?://|www\.)[^\s<>]+)>?")
_LABEL = re.compile(r"^([a-z][a-z ]{0,30}?)\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL)
# A byline: "By" and capitalized names, joined by commas, "and" or "&".
_NAME_WORD = r"(?:[A-Z][\w'.\-]*|and|&|\||de|da|van|von|der|al|bin|el|la|le)"
_BYLINE = re.compile(rf"^(?:By|BY|by)\s+({_NAME_WORD}(?:[ \t,]+{_NAME_WORD})*)$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_LINK_CREDIT_END = re.compile(
    rf"\[([^\]]{{1,{MAX_CREDIT_CHARS}}})\]\((?:https?://|www\.)[^)\s]*\)\s*$", re.IGNORECASE
)
_CREDIT_WORD = "|".join(CREDIT_LABELS)
_PHOTO_CREDIT_END = re.compile(
    rf"(?:\(|\b)(?:{_CREDIT_WORD})s?(?:\s+by\s+|\s*[:/]\s*)"
    rf"[^.!?]{{1,{MAX_CREDIT_CHARS}}}\)?\s*$",
    re.IGNORECASE,
)
_FRONT_KEYS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "source": "url",
    "author": "author",
    "authors": "author",
    "outlet": "site_name",
    "site": "site_name",
    "site_name": "site_name",
}


def parse_markdown(text: str) -> Extracted:
    """Read a Markdown article into its prose body, metadata and removed lines."""
    meta, text = _front_matter(text)
    blocks = _blocks(text)
    title, published, author, start = _header(blocks)
    body: list[str] = []
    removed: list[RemovedLine] = []
    url: str | None = None
    agency: str | None = None
    index = start
    while index < len(blocks):
        block = blocks[index]
        index += 1
        footer_url, used = _footer(block, blocks[index] if index < len(blocks) else None)
        if footer_url is not None:
            url = url or footer_url
            removed.append(RemovedLine("footer", _prose(" ".join([block, *used]))))
            index += len(used)
            continue
        kind = _removed_kind(block, after_header=not body and index - 1 == start)
        if kind:
            removed.append(RemovedLine(kind, _removed_text(block)))
            continue
        paragraph = _paragraph(block)
        if paragraph and not body:
            dateline, paragraph = split_dateline(paragraph)
            if dateline is not None:
                agency = dateline.agency
                removed.append(RemovedLine("dateline", dateline.text))
        if paragraph:
            body.append(paragraph)
    return Extracted(
        text="\n\n".join(body),
        title=meta.get("title") or title,
        date_evidence=_front_date(meta.get("published")) or published,
        url=meta.get("url") or url,
        author=meta.get("author") or author,
        site_name=meta.get("site_name"),
        agency=agency,
        removed=tuple(removed),
    )


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'")
        if sep and field and value and field not in meta:
            meta[field] = value
    return meta, text[match.end() :]


def _front_date(value: str | None) -> DateEvidence | None:
    return find_date(value, "input") if value else None


def _blocks(text: str) -> list[str]:
    """Paragraphs: runs of non-blank lines, HTML comments dropped."""
    text = _HTML_COMMENT.sub("", text)
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def _header(blocks: list[str]) -> tuple[str | None, DateEvidence | None, str | None, int]:
    """Title, date and byline from the first blocks, and the index of the first other one."""
    title: str | None = None
    published: DateEvidence | None = None
    author: str | None = None
    index = 0
    if blocks:
        title, rest = _title(blocks[0])
        if title is not None:
            index = 1
            if rest:  # title and date line written without a blank line between them
                blocks[0:1] = [blocks[0], *rest]
    while index < len(blocks) and "\n" not in blocks[index].strip():
        line = _prose(blocks[index])
        date = None if published else find_date(line)
        byline = None if author else _BYLINE.match(line)
        if date:
            published = date
        elif byline and len(line.split()) <= MAX_BYLINE_WORDS:
            author = byline.group(1).strip()
        else:
            break
        index += 1
    return title, published, author, index


def _title(block: str) -> tuple[str | None, list[str]]:
    lines = block.splitlines()
    heading = _ATX_HEADING.match(lines[0])
    if heading and lines[0].lstrip().startswith("# "):
        return _prose(heading.group(1)), lines[1:]
    if len(lines) >= 2 and _SETEXT_RULE.match(lines[1]):
        return _prose(lines[0]), lines[2:]
    return None, []


def _footer(block: str, following: str | None) -> tuple[str | None, list[str]]:
    """The URL an "Original url:" footer gives, and the following blocks it used."""
    label = _LABEL.match(_prose(block))
    if not label or label.group(1).strip().lower() not in URL_LABELS:
        return None, []
    rest = label.group(2).strip()
    if url := _bare_url(rest):
        return url, []
    if not rest and following is not None and (url := _bare_url(following.strip())):
        return url, [following]
    return None, []


def _bare_url(text: str) -> str | None:
    match = _BARE_URL.fullmatch(text)
    return match.group(1) if match else None


def _removed_kind(block: str, *, after_header: bool) -> str | None:
    stripped = block.strip()
    if _RULE.match(stripped):
        return "rule"
    if _IMAGE.fullmatch(stripped):
        return "caption" if after_header else "image"
    if after_header and _is_caption(stripped):
        return "caption"
    label = _LABEL.match(_prose(stripped))
    if label and label.group(1).strip().lower() in RELATED_LABELS:
        return "related"
    if wire_kind := credit_kind(_prose(stripped)):
        return wire_kind
    if not re.search(r"\w", _LINK.sub("", _IMAGE.sub("", stripped))):
        return "link"
    return None


def _removed_text(block: str) -> str:
    """A removed block as prose; an image as its alt text (its markup when it has none)."""
    image = _IMAGE.fullmatch(block.strip())
    if image:
        return _prose(image.group(1)) or block.strip()
    return _prose(block) or block.strip()


def _is_caption(block: str) -> bool:
    """A caption ends with a link credit ("[kremlin.ru](https://kremlin.ru)") or a
    photo credit ("Photo: Jane Doe / Reuters"), after some words of its own."""
    if _IMAGE.match(block):
        return True
    credit = _LINK_CREDIT_END.search(block) or _PHOTO_CREDIT_END.search(_prose(block))
    return credit is not None and credit.start() > 0


def _paragraph(block: str) -> str:
    """A body block as prose: list items one per line, other lines joined by spaces."""
    lines = [_QUOTE_MARK.sub("", line) for line in block.splitlines()]
    heading = _ATX_HEADING.match(lines[0]) if len(lines) == 1 else None
    if heading:
        return _prose(heading.group(1))
    if all(_LIST_ITEM.match(line) for line in lines):
        return "\n".join(_prose(_LIST_ITEM.sub("", line)) for line in lines)
    return _prose(" ".join(line.strip() for line in lines))


def _prose(text: str) -> str:
    """Inline Markdown as plain text: link text kept, images and markup dropped."""
    text = _ESCAPE.sub(lambda m: _protect(m.group(1)), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for pattern in (_STRONG, _STAR_EM, _UNDERSCORE_EM, _STRIKE):
        text = pattern.sub(lambda m: m.group(m.lastindex or 0), text)
    text = _INLINE_TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ")
    return " ".join(_restore(text).split())


# Escaped characters hide in the Private Use Area while markup is removed.
_PRIVATE_BASE = 0xE000


def _protect(char: str) -> str:
    return chr(_PRIVATE_BASE + ord(char))


def _restore(text: str) -> str:
    return "".join(_unprotect(text))


def _unprotect(text: str) -> Iterator[str]:
    for char in text:
        code = ord(char)
        yield chr(code - _PRIVATE_BASE) if _PRIVATE_BASE <= code < _PRIVATE_BASE + 128 else char
