"""Retrieval quality on CLEF CheckThat! 2020 task 2 (tweet -> verified claim).

Ingests the verified claims (each as ONE claim, through verify.bulk into a real collection),
then runs every query through the retrieval of `verify check` (`embed_query` + `retrieve`)
and prints MAP@1, MAP@5 and MRR (CheckThat! style: average precision over the top k divided
by the number of relevant claims).

    python scripts/eval_retrieval.py \\
        --corpus /work/shared/data/clef2020-checkthat-task2/verified_claims.docs.tsv \\
        --queries /work/shared/data/clef2020-checkthat-task2/dev/tweets.queries.tsv \\
        --qrels /work/shared/data/clef2020-checkthat-task2/dev/tweet-vclaim-pairs.qrels

Tune on train/dev only; the test split is for the final figure.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

csv.field_size_limit(sys.maxsize)


def read_tsv(path: str) -> list[list[str]]:
    """Rows after the header; csv quoting on (some fields hold quoted tabs and newlines)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return [r for r in rows[1:] if r]


def read_qrels(path: str) -> dict[str, set[str]]:
    rel: dict[str, set[str]] = {}
    for line in Path(path).read_text().split("\n"):
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "0":
            rel.setdefault(parts[0], set()).add(parts[2])
    return rel


def average_precision(ranked: list[str], relevant: set[str], k: int) -> float:
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked[:k]):
        if doc in relevant:
            hits += 1
            total += hits / (i + 1)
    return total / len(relevant) if relevant else 0.0


def reciprocal_rank(ranked: list[str], relevant: set[str]) -> float:
    for i, doc in enumerate(ranked):
        if doc in relevant:
            return 1.0 / (i + 1)
    return 0.0


def build(home: Path, corpus: str, model: str | None):
    from verify.bulk import ingest_claims
    from verify.collection import Collection
    from verify.config import resolve

    coll = Collection(resolve(home, model))
    records = (
        {"text": r[1], "title": r[2] if len(r) > 2 else None, "identity": f"vclaim:{r[0]}",
         "outlet": "verified claims"}
        for r in read_tsv(corpus)
        if len(r) >= 2
    )
    t0 = time.perf_counter()
    summary = ingest_claims(coll, records)
    return coll, summary, time.perf_counter() - t0


# Ablations for comparison: the first stage without the cross-encoder, dense alone (no
# FTS5), or ranking by BM25 alone.
MODES = {
    "hybrid": {},
    "first-stage": {"rerank": False},
    "dense": {"hybrid": False, "rerank": False},
    "bm25": {"weights": (0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0), "rerank": False},
}


def run_queries(
    coll, queries: list[list[str]], qrels: dict[str, set[str]], depth: int, mode: str = "hybrid"
):
    from verify.match import CANDIDATES
    from verify.retrieve import embed_query, retrieve

    ident = {
        cid: ident.removeprefix("vclaim:")
        for cid, ident in coll.db.execute(
            "select c.id, a.identity from claims c join articles a on a.id = c.article_id"
        )
    }
    runs = {}
    for qid, text in ((q[0], q[1]) for q in queries if len(q) >= 2):
        if qid not in qrels:
            continue
        cands = retrieve(
            coll, text, embed_query(coll, text), k=max(CANDIDATES, depth), **MODES[mode]
        )
        runs[qid] = [ident[c.claim_id] for c in cands]
    return runs


def score(runs: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict:
    n = len(runs)
    return {
        "queries": n,
        "map_at_1": round(sum(average_precision(r, qrels[q], 1) for q, r in runs.items()) / n, 4),
        "map_at_5": round(sum(average_precision(r, qrels[q], 5) for q, r in runs.items()) / n, 4),
        "mrr": round(sum(reciprocal_rank(r, qrels[q]) for q, r in runs.items()) / n, 4),
        "recall_at_40": round(
            sum(len(set(r[:40]) & qrels[q]) / len(qrels[q]) for q, r in runs.items()) / n, 4
        ),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="verified_claims.docs.tsv")
    ap.add_argument("--queries", required=True, help="tweets.queries.tsv")
    ap.add_argument("--qrels", required=True, help="TREC qrels: tweet_id 0 vclaim_id 1")
    ap.add_argument("--home", help="collection directory to build/reuse (default: a temporary one)")
    ap.add_argument("--model", help="model name or directory (default: the packaged MiniLM)")
    ap.add_argument(
        "--mode", choices=sorted(MODES), default="hybrid",
        help="hybrid: what `verify check` does (default); first-stage: without the cross-encoder; "
        "dense or bm25: one side alone",
    )
    args = ap.parse_args(argv)
    qrels = read_qrels(args.qrels)
    queries = read_tsv(args.queries)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(args.home) if args.home else Path(tmp) / "home"
        coll, summary, ingest_s = build(home, args.corpus, args.model)
        t0 = time.perf_counter()
        runs = run_queries(coll, queries, qrels, 40, args.mode)
        query_s = time.perf_counter() - t0
        out = score(runs, qrels)
        out.update(
            mode=args.mode,
            corpus_claims=summary.claims + summary.unchanged,
            encoder=getattr(coll.embedder, "encoder_id", None),
            ingest_seconds=round(ingest_s, 1),
            ms_per_query=round(1000 * query_s / max(1, len(runs)), 1),
        )
        coll.close()
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
