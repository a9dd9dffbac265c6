"""Fit the retrieval reranker (verify.retrieve.RERANK_WEIGHTS) on CheckThat! 2020 train.

Coordinate ascent on train MAP@5 over the weights of verify.retrieve.FEATURES (the pool of
each train query as `retrieve()` builds it); prints the weights to paste into verify/retrieve.py and MAP@5 on
train and dev with the current and the fitted weights. Never run it on the test split.

    python scripts/tune_retrieval.py --data /work/shared/data/clef2020-checkthat-task2 --home /tmp/ct
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_retrieval import average_precision, build, read_qrels, read_tsv  # noqa: E402


def pools(coll, data: Path, split: str, k: int = 40):
    from verify.retrieve import (
        candidate_pool,
        embed_query,
        features,
        query_text,
    )

    qrels = read_qrels(str(data / split / "tweet-vclaim-pairs.qrels"))
    ident = {
        cid: i.removeprefix("vclaim:")
        for cid, i in coll.db.execute(
            "select c.id, a.identity from claims c join articles a on a.id = c.article_id"
        )
    }
    out = []
    for q in read_tsv(str(data / split / "tweets.queries.tsv")):
        if len(q) < 2 or q[0] not in qrels:
            continue
        vec = embed_query(coll, q[1])
        fused, bm25 = candidate_pool(coll, q[1], vec, 2 * k + 10)
        ids, vecs = coll.vectors(list(fused))
        sims = vecs @ vec
        rows = coll.claims_by_id(ids)
        qt = query_text(q[1])
        X = np.array(
            [
                features(qt, rows[int(c)]["standalone_text"], float(s), bm25.get(int(c), 0.0), fused[int(c)])
                for c, s in zip(ids, sims)
            ]
        )
        names = [ident[int(c)] for c in ids]
        y = np.array([n in qrels[q[0]] for n in names], dtype=np.float64)
        out.append((X, y, names, qrels[q[0]]))
    return out


def map5(data, w) -> float:
    aps = []
    for X, _, names, rel in data:
        order = np.argsort(-(X @ w), kind="stable")
        aps.append(average_precision([names[i] for i in order], rel, 5))
    return round(float(np.mean(aps)), 4)


def fit(data, start, rounds: int = 3) -> np.ndarray:
    """Coordinate ascent on train MAP@5 (cosine weight fixed at 1, the scale)."""
    grid = [-0.5, -0.3, -0.2, -0.1, -0.05, 0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0]
    w = np.array(start, dtype=np.float64)
    best = map5(data, w)
    for _ in range(rounds):
        for j in range(1, len(w) - 1):  # not cosine (scale) nor bias (no effect on ranking)
            scale = 10.0 if j == 2 else 1.0  # rrf values are ~0.03
            for g in grid:
                trial = w.copy()
                trial[j] = g * scale
                m = map5(data, trial)
                if m > best + 1e-4:
                    best, w = m, trial
    return w


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="the clef2020-checkthat-task2 directory")
    ap.add_argument("--home", help="collection directory to build/reuse")
    args = ap.parse_args(argv)
    from verify.retrieve import FEATURES, RERANK_WEIGHTS

    data = Path(args.data)
    home = Path(args.home) if args.home else Path("/tmp/verify-checkthat")
    coll, _, _ = build(home, str(data / "verified_claims.docs.tsv"), None)
    train, dev = pools(coll, data, "train"), pools(coll, data, "dev")
    current = np.asarray(RERANK_WEIGHTS)
    w = fit(train, current)
    print(
        json.dumps(
            {
                "features": FEATURES,
                "fitted_weights": [round(float(x), 4) for x in w],
                "current": {"train_map_at_5": map5(train, current), "dev_map_at_5": map5(dev, current)},
                "fitted": {"train_map_at_5": map5(train, w), "dev_map_at_5": map5(dev, w)},
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
