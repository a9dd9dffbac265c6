"""Ingest: read articles from files (txt, md, html, json, jsonl, csv) into ArticleInput records.

Reading never stops at a bad file: each problem becomes an InputError that names the file
(and the record) and the reason, and the other files go on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError

SUPPORTED = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".csv"}

TEXT_FIELDS = ("text", "body", "articleBody", "article_body", "content")
TITLE_FIELDS = ("title", "headline", "Headline")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site_name", "sitename")
URL_FIELDS = ("url", "link", "href")
DATE_FIELDS = ("published", "date", "published_at", "pubdate", "datePublished")
MIN_HTML_WORDS = 5  # less than this is navigation or a stub, not an article
HEADER_KEYS = {"title", "outlet", "source", "url", "published", "date"}

# Wire-service dateline tags: "(ANI)" on its own line, or "KABUL (Reuters) -" at the start.
_TAG = re.compile(r"\((ANI|PTI|IANS|UNI|AP|AFP|Reuters|Xinhua|dpa|Bloomberg|Sputnik)\)")


@dataclass
class ArticleInput:
    text: str
    identity: str
    source_path: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        for part in (self.text, self.outlet, self.url, self.published, self.title):
            h.update((part or "").encode("utf-8") + b"\x00")
        return h.hexdigest()


def iter_files(paths: list[str]) -> Iterator[Path | InputError]:
    """Expand files and directories (recursively, sorted) into article files."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputError(raw, "no such file or directory — check the path")
        elif path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith(".")
            )
            if not found:
                yield InputError(
                    raw,
                    "directory has no articles (looked for "
                    + ", ".join(sorted(SUPPORTED))
                    + ")",
                )
            yield from found
        else:
            yield path


def read_path(path: Path, max_bytes: int) -> list[ArticleInput | InputError]:
    """Read one file into articles; problems come back as InputErrors, never raised."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        return [
            InputError(name, f"unsupported file type {suffix or '(none)'} — use one of "
                       + ", ".join(sorted(SUPPORTED)))
        ]
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return [
                InputError(
                    name,
                    f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit — "
                    "split it or raise --max-size",
                )
            ]
        data = path.read_bytes()
    except OSError as e:
        return [InputError(name, f"cannot read file ({e.strerror or e})")]
    if not data.strip():
        return [InputError(name, "file is empty")]
    if b"\x00" in data[:8192]:
        return [InputError(name, "binary file, not text — convert it to .txt, .md or .html")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return [
            InputError(
                name,
                f"not valid UTF-8 (byte {e.start}) — re-save the file as UTF-8",
            )
        ]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    identity = str(path.resolve())
    try:
        if suffix in (".txt", ".text"):
            items = [_from_txt(text, identity, name)]
        elif suffix in (".md", ".markdown"):
            items = [_from_markdown(text, identity, name)]
        elif suffix in (".html", ".htm"):
            items = [_from_html(text, identity, name)]
        elif suffix == ".json":
            items = _from_json(text, identity, name)
        elif suffix == ".jsonl":
            items = _from_jsonl(text, identity, name)
        else:
            items = _from_csv(text, identity, name)
        # Stored paths are absolute, so `verify claims PATH` finds an article however the
        # path is spelt; error messages keep the path as the user typed it.
        return [
            replace(a, source_path=identity + a.source_path[len(name) :])
            if isinstance(a, ArticleInput)
            else a
            for a in items
        ]
    except InputError as e:
        return [e]


def apply_overrides(
    article: ArticleInput,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> ArticleInput:
    """Command-line metadata wins over what the file says."""
    changes = {}
    if outlet:
        changes["outlet"] = outlet
    if url:
        changes["url"] = url
        changes["identity"] = url if not article.identity.startswith("/") else article.identity
    if published:
        changes["published"] = published
    return replace(article, **changes) if changes else article


def finalise(article: ArticleInput) -> ArticleInput:
    """Normalise outlet and date; identity prefers the URL."""
    outlet = (article.outlet or "").strip()
    outlet = (_canonical_outlet(outlet) or outlet) if outlet else "unknown"
    published = normalise_date(article.published, article.source_path)
    text = article.text.strip()
    if not text:
        raise InputError(article.source_path, "article has no text")
    return replace(article, outlet=outlet, published=published, text=text)


def canonical_name(outlet: str) -> str:
    """The outlet name as stored: canonical when the outlet table knows it."""
    return _canonical_outlet(outlet.strip()) or outlet.strip()


def _canonical_outlet(name: str) -> str | None:
    try:
        from .entities import canonical_outlet
    except ImportError:  # the outlet table is optional
        return None
    return canonical_outlet(name)


def normalise_date(value: str | None, where: str) -> str | None:
    if not value or not str(value).strip():
        return None
    from dateutil import parser

    try:
        return parser.parse(str(value), fuzzy=False).date().isoformat()
    except (ValueError, OverflowError) as e:
        raise InputError(
            where, f"published date {value!r} is not understood — use YYYY-MM-DD"
        ) from e


def _pick(record: dict, fields: tuple[str, ...]) -> str | None:
    for f in fields:
        v = record.get(f)
        if v not in (None, ""):
            return str(v)
    return None


def _from_record(record: dict, identity: str, where: str) -> ArticleInput:
    if not isinstance(record, dict):
        raise InputError(where, "record is not an object with a text field")
    text = _pick(record, TEXT_FIELDS)
    if not text or not text.strip():
        raise InputError(where, "record has no text — give it a 'text' or 'body' field")
    url = _pick(record, URL_FIELDS)
    return ArticleInput(
        text=text,
        identity=url or identity,
        source_path=where,
        outlet=_pick(record, OUTLET_FIELDS),
        url=url,
        published=_pick(record, DATE_FIELDS),
        title=_pick(record, TITLE_FIELDS),
    )


def _from_txt(text: str, identity: str, name: str) -> ArticleInput:
    # Optional "Key: value" header lines (title, outlet, url, published), then a blank line.
    meta: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^([A-Za-z]+):\s*(.+)$", lines[i])
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and i < len(lines) and not lines[i].strip():
        text = "\n".join(lines[i + 1 :])
    else:
        meta = {}
    # The order: a wire dateline tag, else the file's own metadata.
    tag = _TAG.search(text)
    outlet = tag.group(1) if tag else (meta.get("outlet") or meta.get("source"))
    if not text.strip():
        raise InputError(name, "file has a header but no article text")
    return ArticleInput(
        text=text,
        identity=meta.get("url") or identity,
        source_path=name,
        outlet=outlet,
        url=meta.get("url"),
        published=meta.get("published") or meta.get("date"),
        title=meta.get("title"),
    )


def _from_markdown(text: str, identity: str, name: str) -> ArticleInput:
    import frontmatter

    try:
        post = frontmatter.loads(text)
    except Exception as e:  # noqa: BLE001 - YAML errors come in many classes
        raise InputError(name, f"front matter is not valid YAML ({e}) — fix the --- block") from e
    meta = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in post.metadata.items()}
    body = post.content
    if not body.strip():
        raise InputError(name, "markdown file has no article text after the front matter")
    record = dict(meta, text=body)
    return _from_record(record, identity, name)


def _from_html(text: str, identity: str, name: str) -> ArticleInput:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or len(body.split()) < MIN_HTML_WORDS:
        raise InputError(name, "HTML has no article text that could be extracted")
    title = getattr(doc, "title", None)
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        body = "\n".join(lines[1:])
    url = getattr(doc, "url", None)
    return ArticleInput(
        text=body,
        identity=url or identity,
        source_path=name,
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        url=url,
        published=getattr(doc, "date", None),
        title=title,
    )


def _records(items, identity: str, name: str) -> list[ArticleInput | InputError]:
    out: list[ArticleInput | InputError] = []
    for n, item in enumerate(items, 1):
        where = f"{name}:record {n}"
        try:
            out.append(_from_record(item, f"{identity}#{n}", where))
        except InputError as e:
            out.append(e)
    return out


def _from_json(text: str, identity: str, name: str) -> list[ArticleInput | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(
            name, f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}"
        ) from e
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        return [_from_record(data, identity, name)]
    if isinstance(data, list):
        if not data:
            raise InputError(name, "JSON list is empty")
        return _records(data, identity, name)
    raise InputError(name, "JSON must be an article object or a list of them")


def _from_jsonl(text: str, identity: str, name: str) -> list[ArticleInput | InputError]:
    out: list[ArticleInput | InputError] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:line {n}"
        try:
            item = json.loads(line)
            out.append(_from_record(item, f"{identity}#{n}", where))
        except json.JSONDecodeError as e:
            out.append(InputError(where, f"malformed JSON ({e.msg}) — one object per line"))
        except InputError as e:
            out.append(e)
    if not out:
        raise InputError(name, "file has no JSON lines")
    return out


def _from_csv(text: str, identity: str, name: str) -> list[ArticleInput | InputError]:
    csv.field_size_limit(50 * 1024 * 1024)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fields = reader.fieldnames or []
    except csv.Error as e:
        raise InputError(name, f"malformed CSV header ({e})") from e
    if not any(f in fields for f in TEXT_FIELDS):
        raise InputError(
            name, f"CSV has no text column (columns: {', '.join(fields) or 'none'}) — "
            "add a 'text' or 'body' column"
        )
    out: list[ArticleInput | InputError] = []
    try:
        for n, row in enumerate(reader, 2):
            where = f"{name}:row {n}"
            if None in row or any(v is None for v in row.values()):
                out.append(InputError(where, "row has a different number of fields than the header"))
                continue
            try:
                out.append(_from_record(row, f"{identity}#{n}", where))
            except InputError as e:
                out.append(e)
    except csv.Error as e:
        out.append(InputError(f"{name}:row {reader.line_num}", f"malformed CSV ({e})"))
    if not out:
        raise InputError(name, "CSV has a header but no rows")
    return out
