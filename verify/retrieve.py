"""Retrieval: find candidate statements for a claim (cheap and deterministic).

Dense search over the FAISS index plus SQLite FTS5 (BM25), fused by reciprocal rank
fusion. Every hit is joined back to SQLite, so a claim that is no longer in the database
is never returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

RRF_K = 60
_WORD = re.compile(r"[A-Za-z0-9]+")
_STOP = frozenset(
    "a an the of to in on at for by with and or but is are was were be been has have had it "
    "its this that these those as from into than then so not no do does did he she they we you "
    "i his her their our your my said says say will would can could may might also".split()
)


@dataclass
class Candidate:
    claim_id: int
    similarity: float  # cosine between the query and the claim vectors
    score: float  # fused retrieval score used for ranking
    row: dict


def fts_query(text: str, max_terms: int = 32) -> str | None:
    """An OR query of the text's content words, each quoted (user text never becomes syntax)."""
    words = []
    for w in _WORD.findall(text.lower()):
        if w not in _STOP and len(w) > 1 and w not in words:
            words.append(w)
    if not words:
        return None
    return " OR ".join(f'"{w}"' for w in words[:max_terms])


def dense_search(collection, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    return collection.index().search(vectors, k)


def lexical_search(collection, text: str, k: int) -> list[int]:
    q = fts_query(text)
    if not q:
        return []
    rows = collection.db.execute(
        "select rowid from claims_fts where claims_fts match ? order by rank limit ?", [q, k]
    ).fetchall()
    return [r[0] for r in rows]


def retrieve(
    collection,
    text: str,
    vector: np.ndarray,
    k: int = 50,
    *,
    outlets: list[str] | None = None,
    exclude_outlets: list[str] | None = None,
    exclude_article_ids: set[int] | None = None,
    hybrid: bool = True,
) -> list[Candidate]:
    """Top-k candidate claims for one query, best first, after the filters."""
    filtered = bool(outlets or exclude_outlets or exclude_article_ids)
    fetch = k * (8 if filtered else 2) + 10
    scores, ids = dense_search(collection, vector[None, :], fetch)
    dense_ids = [int(i) for i in ids[0] if i >= 0]
    lex_ids = lexical_search(collection, text, fetch) if hybrid else []
    fused: dict[int, float] = {}
    for rank, cid in enumerate(dense_ids):
        fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
    for rank, cid in enumerate(lex_ids):
        fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
    rows = collection.claims_by_id(fused)
    want = {o.lower() for o in outlets or []}
    drop = {o.lower() for o in exclude_outlets or []}
    keep = []
    for cid, row in rows.items():
        outlet = (row.get("outlet") or "").lower()
        if want and outlet not in want:
            continue
        if outlet in drop:
            continue
        if exclude_article_ids and row["article_id"] in exclude_article_ids:
            continue
        keep.append(cid)
    if not keep:
        return []
    ids_arr, vecs = collection.vectors(keep)
    sims = vecs @ np.asarray(vector, dtype=np.float32)
    sim_by_id = {int(i): float(s) for i, s in zip(ids_arr, sims)}
    out = [
        Candidate(cid, sim_by_id.get(cid, 0.0), fused[cid], rows[cid]) for cid in keep if cid in sim_by_id
    ]
    out.sort(key=lambda c: (-c.score, -c.similarity, c.claim_id))
    return out[:k]
