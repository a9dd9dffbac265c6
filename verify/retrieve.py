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
DENSE_WEIGHT = 1.0  # RRF weights of the two rankings
LEXICAL_WEIGHT = 1.0
_WORD = re.compile(r"[A-Za-z0-9]+")
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.I)
# Tweet trailer: "— Name (@handle) January 14, 2020"
_TRAILER = re.compile(r"\s+[\u2014-]+\s+[^\u2014]{0,80}\(@\w+\)\s+\w+ \d{1,2}, \d{4}\s*$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
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
    vector: np.ndarray  # the stored claim vector (the stance step needs it too)


def query_text(text: str) -> str:
    """The claim as the encoders should see it: no URLs, tweet trailers, # or @ signs."""
    t = _TRAILER.sub("", text)
    t = _URL.sub(" ", t)
    t = re.sub(r"#(\w+)", lambda m: _CAMEL.sub(" ", m.group(1)), t)
    t = re.sub(r"@(\w+)", r"\1", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t or text.strip()


def embed_query(collection, text: str) -> np.ndarray:
    """The query vector `retrieve()` expects (made from `query_text(text)`).

    Refuses an encoder or model whose vectors do not match the collection's."""
    collection._check_model()
    return collection.embedder.embed([query_text(text)])[0]


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


def lexical_search(collection, text: str, k: int) -> list[tuple[int, float]]:
    """(claim id, BM25 score; higher is better), best first."""
    q = fts_query(text)
    if not q:
        return []
    rows = collection.db.execute(
        "select rowid, bm25(claims_fts) from claims_fts where claims_fts match ? "
        "order by rank limit ?",
        [q, k],
    ).fetchall()
    return [(int(r[0]), -float(r[1])) for r in rows]


FEATURES = (
    "cosine",  # query vs claim vectors
    "bm25",  # BM25 over the query's best BM25 (0 when not a lexical hit)
    "rrf",  # reciprocal-rank fusion of the dense and lexical ranks
    "claim_coverage",  # share of the claim's content words found in the query
    "query_coverage",  # share of the query's content words found in the claim
    "numbers",  # claim's numbers found in the query (+), missing (-); 0 without numbers
    "bias",
)
# Linear reranker over FEATURES: cosine + 0.15 x normalised BM25 was the best linear fusion
# on CheckThat! 2020 train; coordinate ascent over the other features (scripts/
# tune_retrieval.py) raised train MAP@5 by 0.007 but lowered dev, so they stay at 0.
RERANK_WEIGHTS = (1.0, 0.15, 0.0, 0.0, 0.0, 0.0, 0.0)


def _content_words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower()):
        if w in _STOP or len(w) < 2:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") else w)
    return out


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def features(
    query: str, claim: str, cosine: float, bm25: float, rrf: float
) -> list[float]:
    """The reranker's features for one (query, claim) pair; `query` is `query_text()` output."""
    qw, cw = _content_words(query), _content_words(claim)
    common = len(qw & cw)
    qn, cn = _numbers(query), _numbers(claim)
    numbers = 0.0
    if cn:
        found = len(qn & cn) / len(cn)
        numbers = found if found else -1.0
    return [
        cosine,
        bm25,
        rrf,
        common / len(cw) if cw else 0.0,
        common / len(qw) if qw else 0.0,
        numbers,
        1.0,
    ]


def candidate_pool(
    collection, text: str, vector: np.ndarray, fetch: int, hybrid: bool = True
) -> tuple[dict[int, float], dict[int, float]]:
    """Dense and lexical candidates: RRF score and normalised BM25 by claim id."""
    _, ids = dense_search(collection, vector[None, :], fetch)
    dense_ids = [int(i) for i in ids[0] if i >= 0]
    lex = lexical_search(collection, query_text(text), fetch) if hybrid else []
    fused: dict[int, float] = {}
    for rank, cid in enumerate(dense_ids):
        fused[cid] = fused.get(cid, 0.0) + DENSE_WEIGHT / (RRF_K + rank + 1)
    for rank, (cid, _) in enumerate(lex):
        fused[cid] = fused.get(cid, 0.0) + LEXICAL_WEIGHT / (RRF_K + rank + 1)
    top = lex[0][1] if lex and lex[0][1] > 0 else 1.0
    bm25 = {cid: max(0.0, sc) / top for cid, sc in lex}
    return fused, bm25


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
    weights: tuple[float, ...] | None = None,
    rerank: bool = True,
) -> list[Candidate]:
    """Top-k candidate claims for one query, best first, after the filters.

    Dense (FAISS) and BM25 (FTS5) candidates are pooled by RRF, then ranked by a small
    linear reranker over cosine, BM25, word coverage and number agreement (FEATURES).
    With `rerank` (and the shipped cross-encoder installed, see verify.rerank), the top
    candidates are rescored by the cross-encoder. `vector` should come from
    `embed_query(collection, text)`.
    """
    filtered = bool(outlets or exclude_outlets or exclude_article_ids)
    fetch = k * (8 if filtered else 2) + 10
    fused, bm25 = candidate_pool(collection, text, vector, fetch, hybrid)
    rows = collection.claims_by_id(fused)
    from .ingest import canonical_name

    want = {canonical_name(o).lower() for o in outlets or []}
    drop = {canonical_name(o).lower() for o in exclude_outlets or []}
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
    vec_by_id = dict(zip(ids_arr.tolist(), vecs))
    w = np.asarray(weights or RERANK_WEIGHTS, dtype=np.float64)
    query = query_text(text)
    out = []
    for cid in keep:
        if cid not in sim_by_id:
            continue
        f = features(
            query, rows[cid].get("standalone_text") or "", sim_by_id[cid], bm25.get(cid, 0.0),
            fused[cid],
        )
        out.append(Candidate(cid, sim_by_id[cid], float(np.dot(w, f)), rows[cid], vec_by_id[cid]))
    out.sort(key=lambda c: (-c.score, -c.similarity, c.claim_id))
    if rerank and out:
        out = _cross_encode(query, out)
    return out[:k]


def _cross_encode(query: str, ranked: list[Candidate]) -> list[Candidate]:
    """Add the cross-encoder's term to the top `depth` candidates and re-sort them."""
    from .rerank import get_reranker

    model = get_reranker()
    if model is None:
        return ranked
    head, tail = ranked[: model.depth], ranked[model.depth :]
    extra = model.scores(query, [c.row.get("standalone_text") or "" for c in head])
    for c, e in zip(head, extra):
        c.score = float(c.score + e)
    head.sort(key=lambda c: (-c.score, -c.similarity, c.claim_id))
    return head + tail
