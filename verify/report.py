"""Batch cross-checking report: every claim against the other outlets, rendered as
Markdown, self-contained HTML (all article text escaped), JSON or CSV."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timezone

from .ingest import canonical_name
from .match import Matcher
from .provenance import source_group

REPORT_EVIDENCE = 5
FORMATS = ("md", "html", "json", "csv")


def select_claims(collection, outlet: str | None = None, since: str | None = None) -> list[dict]:
    where, params = [], []
    if outlet:
        where.append("lower(a.outlet) = lower(?)")
        params.append(canonical_name(outlet))
    if since:
        where.append("a.published >= ?")
        params.append(since)
    sql = """select c.*, a.outlet, a.url, a.published, a.title
             from claims c join articles a on a.id = c.article_id"""
    if where:
        sql += " where " + " and ".join(where)
    return collection.db.execute_returning_dicts(sql + " order by a.id, c.seq", params)


def build_report(
    collection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    matcher: Matcher | None = None,
    progress: Callable[[int], None] | None = None,
    fast: bool = False,
) -> dict:
    """Cross-check the selected claims; returns a JSON-ready dict with summary and claims.

    `fast`: first-stage ranking and the stance trees alone, without the two cross-encoders
    (about 2.5x faster on a large collection; labels and order can differ)."""
    matcher = matcher or Matcher(collection, cross_encoders=not fast)
    rows = select_claims(collection, outlet, since)
    ids, vecs = collection.vectors([r["id"] for r in rows])
    vec_by_id = dict(zip(ids.tolist(), vecs))
    items = []
    for row in rows:
        vec = vec_by_id.get(row["id"])
        if vec is None:
            continue
        res = matcher.check(
            row["standalone_text"],
            k=REPORT_EVIDENCE,
            vector=vec,
            exclude_outlets=[row["outlet"]],
            exclude_article_ids={row["article_id"]},
            own_group=source_group(row),
        )
        related = [asdict(e) for e in res.evidence if e.stance != "unrelated"]
        items.append(
            {
                "claim_id": row["id"],
                "article_id": row["article_id"],
                "outlet": row["outlet"],
                "title": row["title"],
                "url": row["url"],
                "published": row["published"],
                "text": row["text"],
                "standalone_text": row["standalone_text"],
                "speaker": row.get("speaker"),
                "cited_source": row.get("cited_source"),
                "agreement": res.agreement,
                "explanation": res.explanation,
                "corroborating_outlets": res.corroborating_outlets,
                "conflicting_outlets": res.conflicting_outlets,
                "independent_corroborations": res.independent_corroborations,
                "independent_conflicts": res.independent_conflicts,
                "single_source": res.independent_corroborations == 0
                and not res.discussing_outlets
                and not res.conflicting_outlets,
                "contested": bool(res.conflicting_outlets),
                "evidence": related,
                "collapsed": res.collapsed,
            }
        )
        if progress:
            progress(1)
    n = len(items)
    corroborated = sum(1 for i in items if i["independent_corroborations"] > 0)
    contested = sum(1 for i in items if i["contested"])
    single = sum(1 for i in items if i["single_source"])
    summary = {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "claims": n,
        "articles": len({i["article_id"] for i in items}),
        "outlets": len({i["outlet"] for i in items}),
        "corroborated": corroborated,
        "contested": contested,
        "single_source": single,
        "share_corroborated": round(corroborated / n, 4) if n else 0.0,
        "share_contested": round(contested / n, 4) if n else 0.0,
        "share_single_source": round(single / n, 4) if n else 0.0,
        "filters": {"outlet": outlet, "since": since},
        "cross_encoders": matcher.cross_encoders,
        "model_id": collection.model_id,
    }
    return {"summary": summary, "claims": items}


def render(report: dict, fmt: str) -> str:
    return {"md": to_markdown, "html": to_html, "json": to_json, "csv": to_csv}[fmt](report)


def to_json(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def to_csv(report: dict) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(
        ["claim_id", "article_id", "outlet", "published", "text", "speaker", "cited_source",
         "agreement", "corroborating_outlets", "conflicting_outlets", "single_source",
         "contested", "explanation"]
    )
    for c in report["claims"]:
        w.writerow(
            [c["claim_id"], c["article_id"], _cell(c["outlet"]), c["published"] or "",
             _cell(c["text"]), _cell(c["speaker"]), _cell(c["cited_source"]), c["agreement"],
             _cell("; ".join(c["corroborating_outlets"])), _cell("; ".join(c["conflicting_outlets"])),
             int(c["single_source"]), int(c["contested"]), _cell(c["explanation"])]
        )
    return buf.getvalue()


def _summary_lines(s: dict) -> list[tuple[str, str]]:
    return [
        ("Claims", str(s["claims"])),
        ("Articles", str(s["articles"])),
        ("Outlets", str(s["outlets"])),
        ("Corroborated by an independent source", f"{s['corroborated']} ({s['share_corroborated']:.0%})"),
        ("Contested", f"{s['contested']} ({s['share_contested']:.0%})"),
        ("Single-source", f"{s['single_source']} ({s['share_single_source']:.0%})"),
    ]


# Brackets (links, images), emphasis, code, tables, strike-through; "<" is HTML-escaped.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def _md(text) -> str:
    """Untrusted text for a Markdown report: no live markup, links, images or HTML."""
    text = html.escape(str(text or "").replace("\n", " "), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text)


def _cell(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_markdown(report: dict) -> str:
    s = report["summary"]
    out = ["# Cross-check report", "", f"Generated {s['generated_at']}.", ""]
    out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in _summary_lines(s)] + [""]
    for c in report["claims"]:
        flag = " — **single source**" if c["single_source"] else ""
        flag += " — **contested**" if c["contested"] else ""
        out.append(f"## Claim {c['claim_id']} ({_md(c['outlet'])}){flag}")
        out.append("")
        out.append(f"> {_md(c['text'])}")
        out.append("")
        prov = []
        if c["speaker"]:
            prov.append(f"speaker: {_md(c['speaker'])}")
        if c["cited_source"]:
            prov.append(f"cites: {_md(c['cited_source'])}")
        if prov:
            out.append("*" + "; ".join(prov) + "*")
            out.append("")
        out.append(f"Agreement **{c['agreement']:+.2f}** — {_md(c['explanation'])}")
        out.append("")
        for e in c["evidence"]:
            extra = f" ({_md('; '.join(e['details']))})" if e["details"] else ""
            ind = "" if e["independent"] else " [not independent]"
            out.append(
                f"- **{e['stance']}** {_md(e['outlet'])}{ind}, sim {e['similarity']:.2f}{extra}: "
                f"{_md(e['text'])}"
            )
        out.append("")
    return "\n".join(out)


_CSS = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse}td{padding:.2rem .8rem;border-bottom:1px solid #ddd}
.claim{border:1px solid #ccc;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid #999}
.corroborates{color:#176d2c}.conflicts{color:#b00020}.discusses{color:#7a5b00}
.flag{background:#eee;border-radius:4px;padding:0 .4rem;font-size:.85em;margin-left:.4rem}
.meta{color:#666;font-size:.9em}.detail{background:#fde2e2}
"""


def to_html(report: dict) -> str:
    e_ = html.escape
    s = report["summary"]
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<title>Cross-check report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Cross-check report</h1>",
        f"<p class='meta'>Generated {e_(s['generated_at'])}</p><table>",
    ]
    parts += [f"<tr><td>{e_(k)}</td><td>{e_(v)}</td></tr>" for k, v in _summary_lines(s)]
    parts.append("</table>")
    for c in report["claims"]:
        flags = ""
        if c["single_source"]:
            flags += "<span class='flag'>single source</span>"
        if c["contested"]:
            flags += "<span class='flag conflicts'>contested</span>"
        parts.append(f"<div class='claim'><div><b>Claim {c['claim_id']}</b> — {e_(c['outlet'])}{flags}</div>")
        parts.append(f"<blockquote>{e_(c['text'])}</blockquote>")
        meta = [x for x in (c["title"], c["published"], c["url"]) if x]
        prov = []
        if c["speaker"]:
            prov.append("speaker: " + c["speaker"])
        if c["cited_source"]:
            prov.append("cites: " + c["cited_source"])
        parts.append(f"<div class='meta'>{e_(' · '.join(meta + prov))}</div>")
        parts.append(f"<p>Agreement <b>{c['agreement']:+.2f}</b> — {e_(c['explanation'])}</p><ul>")
        for ev in c["evidence"]:
            details = "".join(f" <span class='detail'>{e_(d)}</span>" for d in ev["details"])
            ind = "" if ev["independent"] else " <span class='flag'>not independent</span>"
            parts.append(
                f"<li><span class='{e_(ev['stance'])}'><b>{e_(ev['stance'])}</b></span> "
                f"{e_(ev['outlet'])}{ind} <span class='meta'>sim {ev['similarity']:.2f}</span>"
                f"{details}<br>{e_(ev['text'])}</li>"
            )
        parts.append("</ul></div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
