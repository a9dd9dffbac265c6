"""Independence: which statements are the same evidence (copies, relays of one source).

Two statements are independent evidence only if neither copies or cites the other and
they do not share an upstream source. A claim's *source group* is the upstream it
carries: the outlet it cites ("reported Tolo News" -> TOLOnews), else the group of the
claim it copies, else the origin outlet of the article it was syndicated from, else its
own outlet. Groups are stored on the claims (`source_group`) and recomputed on ingest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from verify.entities import outlet_family

COPY_COSINE = 0.9  # candidates for a copy must be this close in meaning...
COPY_TEXT_RATIO = 85  # ...and this close in wording (rapidfuzz ratio, 0-100)
COPY_ARTICLE_SHARE = 0.5  # an article whose claims are mostly copies of one article is syndicated
CITE_MATCH_COSINE = 0.75  # a relayed claim is matched to the cited outlet's own statement
NEIGHBOURS = 8


def source_group(row: dict) -> str:
    """The upstream source a claim row speaks for (see module docstring)."""
    for key in ("source_group", "cited_source", "outlet"):
        value = (row.get(key) or "").strip()
        if value:
            return outlet_family(value)
    return "unknown"


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"\s+", " ", text.lower())).strip()


def _figures(text: str) -> list[str]:
    return re.findall(r"\d+", text.replace(",", ""))


def _order_key(row: dict) -> tuple:
    """Earlier publication (then earlier ingest) is the origin of a copy."""
    return (row.get("published") or "9999-99-99", row["article_id"], row["id"])


def detect_links(collection, claim_ids: list[int]) -> int:
    """Find copy and citation links for newly stored claims; returns the links added."""
    from rapidfuzz import fuzz

    if not claim_ids:
        return 0
    db = collection.db
    ids, vecs = collection.vectors(claim_ids)
    if len(ids) == 0:
        return 0
    scores, hits = collection.index().search(vecs, NEIGHBOURS + 1)
    involved = set(ids.tolist()) | {int(h) for h in hits.ravel() if h >= 0}
    rows = collection.claims_by_id(involved)
    new_links: list[dict] = []
    seen = set()
    for i, cid in enumerate(ids.tolist()):
        a = rows.get(cid)
        if a is None:
            continue
        for score, hid in zip(scores[i], hits[i]):
            hid = int(hid)
            b = rows.get(hid)
            if hid < 0 or hid == cid or b is None or b["article_id"] == a["article_id"]:
                continue
            if score < COPY_COSINE:
                continue
            if fuzz.ratio(_norm(a["text"]), _norm(b["text"])) < COPY_TEXT_RATIO:
                continue
            if _figures(a["text"]) != _figures(b["text"]):
                continue  # same wording, different figures: a conflict, not a copy
            src, dst = (a, b) if _order_key(a) > _order_key(b) else (b, a)
            pair = (src["id"], dst["id"])
            if pair in seen:
                continue
            seen.add(pair)
            new_links.append(
                {"src_claim_id": src["id"], "kind": "copy_of", "dst_claim_id": dst["id"],
                 "dst_outlet": dst["outlet"], "score": round(float(score), 4)}
            )
        cited = (a.get("cited_source") or "").strip()
        if cited:
            target = None
            for score, hid in zip(scores[i], hits[i]):
                b = rows.get(int(hid))
                if b and score >= CITE_MATCH_COSINE and (b["outlet"] or "").lower() == cited.lower():
                    target = b
                    break
            new_links.append(
                {"src_claim_id": cid, "kind": "cites", "dst_claim_id": target["id"] if target else None,
                 "dst_outlet": cited, "score": None}
            )
    with db.atomic():
        placeholders = ",".join("?" * len(ids))
        db.execute(
            f"delete from links where src_claim_id in ({placeholders}) "
            f"or (kind = 'copy_of' and dst_claim_id in ({placeholders}))",
            ids.tolist() * 2,
        )
        if new_links:
            db["links"].insert_all(new_links)
        affected = {lk["src_claim_id"] for lk in new_links} | set(ids.tolist())
        recompute_groups(collection, affected)
    return len(new_links)


def recompute_groups(collection, claim_ids: set[int]) -> None:
    """Store each claim's source group, following copy links to the origin."""
    db = collection.db
    copy_of = dict(db.execute("select src_claim_id, dst_claim_id from links where kind = 'copy_of'").fetchall())
    # Articles syndicated from another: most of their claims copy one article.
    syndicated = {}
    for art_id, origin_outlet, n_copied, n_total in db.execute(
        """select c.article_id, d.outlet, count(distinct l.src_claim_id),
                  (select count(*) from claims x where x.article_id = c.article_id)
           from links l join claims c on c.id = l.src_claim_id
           join claims dc on dc.id = l.dst_claim_id join articles d on d.id = dc.article_id
           where l.kind = 'copy_of' group by c.article_id, d.id"""
    ):
        if n_total and n_copied / n_total >= COPY_ARTICLE_SHARE:
            syndicated[art_id] = origin_outlet
    todo = set(claim_ids)
    # Claims that copy the affected ones inherit their group too.
    frontier = set(claim_ids)
    while frontier:
        nxt = {s for s, d in copy_of.items() if d in frontier and s not in todo}
        todo |= nxt
        frontier = nxt
    rows = collection.claims_by_id(todo)
    cache: dict[int, str] = {}

    def group_of(cid: int, depth: int = 0) -> str:
        if cid in cache:
            return cache[cid]
        row = rows.get(cid) or collection.claims_by_id([cid]).get(cid)
        if row is None:
            return "unknown"
        g = outlet_family((row.get("cited_source") or "").strip())
        if not g and cid in copy_of and depth < 20:
            g = group_of(copy_of[cid], depth + 1)
        if not g:
            g = syndicated.get(row["article_id"]) or row["outlet"] or "unknown"
        cache[cid] = g
        return g

    for cid in todo:
        db.execute("update claims set source_group = ? where id = ?", [group_of(cid), cid])


@dataclass
class Provenance:
    claim: dict
    source_group: str
    copy_of: list[dict] = field(default_factory=list)  # chain to the origin, nearest first
    cites: list[dict] = field(default_factory=list)  # outlets (and statements) it credits
    copied_by: list[dict] = field(default_factory=list)
    relayed_by: list[dict] = field(default_factory=list)  # claims that cite this claim

    def to_dict(self) -> dict:
        return {
            "claim": _brief(self.claim) | {"speaker": self.claim.get("speaker"),
                                           "cited_source": self.claim.get("cited_source")},
            "source_group": self.source_group,
            "copy_of": self.copy_of,
            "cites": self.cites,
            "copied_by": self.copied_by,
            "relayed_by": self.relayed_by,
        }


def _brief(row: dict) -> dict:
    return {k: row.get(k) for k in ("id", "article_id", "outlet", "published", "title", "url", "text")}


def provenance(collection, claim_id: int) -> Provenance:
    from .errors import NotFoundError

    rows = collection.claims_by_id([claim_id])
    if claim_id not in rows:
        raise NotFoundError(f"no claim {claim_id} — find claim ids with: verify claims ARTICLE")
    row = rows[claim_id]
    db = collection.db
    chain, cur, seen = [], claim_id, {claim_id}
    while True:
        nxt = db.execute(
            "select dst_claim_id, score from links where kind='copy_of' and src_claim_id = ?", [cur]
        ).fetchone()
        if not nxt or nxt[0] in seen:
            break
        seen.add(nxt[0])
        origin = collection.claims_by_id([nxt[0]]).get(nxt[0])
        if origin is None:
            break
        chain.append(_brief(origin) | {"similarity": nxt[1]})
        cur = nxt[0]
    cites = []
    for dst_id, outlet in db.execute(
        "select dst_claim_id, dst_outlet from links where kind='cites' and src_claim_id = ?", [claim_id]
    ):
        target = collection.claims_by_id([dst_id]).get(dst_id) if dst_id else None
        cites.append({"outlet": outlet, "statement": _brief(target) if target else None})
    copied = [r[0] for r in db.execute("select src_claim_id from links where kind='copy_of' and dst_claim_id = ?", [claim_id])]
    relayed = [r[0] for r in db.execute("select src_claim_id from links where kind='cites' and dst_claim_id = ?", [claim_id])]
    by_id = collection.claims_by_id(copied + relayed)
    return Provenance(
        claim=row,
        source_group=source_group(row),
        copy_of=chain,
        cites=cites,
        copied_by=[_brief(by_id[i]) for i in copied if i in by_id],
        relayed_by=[_brief(by_id[i]) for i in relayed if i in by_id],
    )


def entity_table(collection, type_: str | None = None, min_count: int = 1) -> list[dict]:
    """Entity keys with their spelling variants, mention counts and outlets."""
    rows = collection.db.execute(
        """select json_extract(e.value, '$.key'), json_extract(e.value, '$.type'),
                  json_extract(e.value, '$.text'), a.outlet
           from claims c join articles a on a.id = c.article_id, json_each(c.entities) e"""
    ).fetchall()
    table: dict[str, dict] = {}
    for key, typ, text, outlet in rows:
        if not key or (type_ and (typ or "").upper() != type_.upper()):
            continue
        t = table.setdefault(key, {"key": key, "type": typ, "mentions": 0, "variants": {}, "outlets": set()})
        t["mentions"] += 1
        t["variants"][text] = t["variants"].get(text, 0) + 1
        t["outlets"].add(outlet)
    out = []
    for t in table.values():
        if t["mentions"] < min_count:
            continue
        out.append(
            {"key": t["key"], "type": t["type"], "mentions": t["mentions"],
             "variants": sorted(t["variants"], key=lambda v: -t["variants"][v]),
             "outlets": sorted(t["outlets"])}
        )
    out.sort(key=lambda r: (-r["mentions"], r["key"]))
    return out
