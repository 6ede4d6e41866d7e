"""Keys that name things across a corpus: articles, their content, their sources.

An article's key is its input's own id when it has one, else a hash of its URL, else of
its text, so the same article ingested twice (or from two files) is one row. Its content
hash tells a changed article (same key, other content) from an unchanged one. A source's
key lets "Dmitry Peskov" be counted across outlets: its kind and its normalized name;
outlets and organizations by the outlets table's name ("AP" is "Associated Press");
anonymous sources by the outlet that cites them (the one their claims are reported
through, else the article's) and their description, since "a senior official" at one
paper is not the one at another; a source known only by a pronoun or a
bare noun stays within its article.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from reportedly.data.outlets import lookup_name
from reportedly.model import Article, Report, Source, to_dict

HASH_DIGITS = 16
"""Hex digits of SHA-256 kept in a hashed key: 64 bits, no collision in any real corpus."""

WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
POSSESSIVE = re.compile(r"['’]s$")


def article_key(article: Article, *, input_label: str) -> str:
    """The article's corpus key: its own id (an id that is only its input's label,
    ``file.jsonl:3``, is not its own), else ``url:`` and a hash of its URL, else
    ``text:`` and a hash of its text."""
    if article.id and not is_input_label(article.id, input_label):
        return article.id
    if article.url:
        return "url:" + digest(canonical_url(article.url))
    return "text:" + digest(article.text)


def is_input_label(article_id: str, input_label: str) -> bool:
    """Whether ``article_id`` only names the input it came from (the file, or a place in
    it: ``name:line`` for JSON Lines, ``name#n`` for a JSON array or a WARC record)."""
    if article_id == input_label:
        return True
    rest = article_id.removeprefix(input_label)
    return rest != article_id and re.fullmatch(r"[:#]\d+", rest) is not None


def canonical_url(url: str) -> str:
    """The URL without its fragment, with a lower-case scheme and host."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def content_hash(article: Article) -> str:
    """A hash of everything ingested for the article, text and metadata, but its id (the
    key covers an id of its own; an input's label, its path, may change while the
    article does not)."""
    data = to_dict(article)
    del data["id"]
    return digest(json.dumps(data, ensure_ascii=False, sort_keys=True))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_DIGITS]


def source_key(source: Source, report: Report, article_key: str) -> str:
    """The source's corpus key: ``kind:name``, the name normalized (case, accents,
    punctuation, a possessive); see the module docstring for outlets, organizations,
    anonymous and unresolved sources."""
    if source.kind in ("outlet", "organization") and (known := lookup_name(source.name)):
        return f"{source.kind}:{normalized(known.name)}"
    if source.kind == "anonymous":
        description = normalized(source.description or source.name)
        outlet = citing_outlet(source, report)
        known = lookup_name(outlet) if outlet else None  # "AP" is "Associated Press"
        cited_by = normalized(known.name if known else outlet) if outlet else article_key
        return f"anonymous:{cited_by}:{description}"
    if source.kind == "unknown":
        return f"unknown:{article_key}:{normalized(source.name)}"
    return f"{source.kind}:{normalized(source.name)}"


def citing_outlet(source: Source, report: Report) -> str | None:
    """The outlet whose anonymous source this is: the outlet an attribution of it is
    reported through ("Reuters reported, citing three sources"), else the article's."""
    for attribution in report.attributions:
        if attribution.source == source.id and attribution.parent:
            parent = report.attribution(attribution.parent)
            citing = report.source(parent.source) if parent else None
            if citing is not None and citing.kind == "outlet":
                return citing.name
    return report.article.outlet


def normalized(name: str) -> str:
    """Lower case, no accents, words only, a final possessive dropped:
    "Dmitry Peskov's" and "dmitry  peskov" are one."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return " ".join(POSSESSIVE.sub("", word) for word in WORDS.findall(plain))
