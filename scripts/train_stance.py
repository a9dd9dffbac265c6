"""Train the shipped stance models (pair + article) from the public data sets.

    python scripts/train_stance.py \
        --fnc-bodies ../shared/data/fnc-1/train_bodies.csv \
        --fnc-stances ../shared/data/fnc-1/train_stances.csv \
        --emergent ../shared/data/emergent/url-versions-2015-06-14-clean-train.csv \
        --sick ../shared/data/sick/SICK_train_trial.tsv \
        --out verify/data

Held-out rows (scripts/splits.py) are never used. Embeddings are cached under
$VERIFY_TRAIN_CACHE (default ~/.cache/verify-train) so reruns take minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import lightgbm as lgb
import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

import splits  # noqa: E402
from stance_common import Embedder, load_emergent, load_fnc, load_sick  # noqa: E402

from verify.stance import (  # noqa: E402
    LABELS,
    TOP_K,
    article_features,
    article_sentences,
    pair_features,
)

FNC_MAP = {"agree": 0, "disagree": 1, "discuss": 2, "unrelated": 3}
EMERGENT_MAP = {"for": 0, "against": 1, "observing": 2}
PAIR_PARAMS = dict(
    objective="multiclass", num_class=4, learning_rate=0.05, num_leaves=31, min_data_in_leaf=20,
    feature_fraction=0.3, bagging_fraction=0.8, bagging_freq=1, lambda_l2=1.0, verbose=-1,
    num_threads=2, seed=1,
)  # fmt: skip
ARTICLE_PARAMS = dict(PAIR_PARAMS, feature_fraction=0.5)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def class_weights(y: np.ndarray, power: float = 0.5) -> np.ndarray:
    counts = np.bincount(y, minlength=4).astype(float)
    w = (counts.max() / np.maximum(counts, 1)) ** power
    return w[y]


def fnc_score(gold: np.ndarray, pred: np.ndarray) -> float:
    """FNC-1 relative score on LABELS indices (3 = unrelated)."""
    s = 0.25 * (gold == pred)
    s += 0.5 * ((gold == pred) & (gold != 3))
    s += 0.25 * ((gold != 3) & (pred != 3))
    best = np.where(gold == 3, 0.25, 1.0).sum()
    return float(s.sum() / best)


def macro_f1(gold: np.ndarray, pred: np.ndarray, classes=(0, 1, 2, 3)) -> float:
    f = []
    for c in classes:
        tp = np.sum((gold == c) & (pred == c))
        p = tp / max(1, np.sum(pred == c))
        r = tp / max(1, np.sum(gold == c))
        f.append(0 if tp == 0 else 2 * p * r / (p + r))
    return float(np.mean(f))


def tune_weights(p: np.ndarray, y: np.ndarray, objective) -> np.ndarray:
    """Coordinate search of per-class probability multipliers on a validation split."""
    w = np.ones(4)
    grid = np.exp(np.linspace(np.log(0.25), np.log(8), 31))
    best = objective(y, np.argmax(p * w, axis=1))
    for _ in range(3):
        for c in range(3):  # unrelated stays the reference
            for g in grid:
                w2 = w.copy()
                w2[c] = g
                s = objective(y, np.argmax(p * w2, axis=1))
                if s > best + 1e-9:
                    best, w = s, w2
    return w


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--fnc-bodies", required=True)
    ap.add_argument("--fnc-stances", required=True)
    ap.add_argument("--emergent", required=True)
    ap.add_argument("--sick", help="SICK pairs for the pair model (CC BY-NC-SA; omit to leave out)")
    ap.add_argument("--out", default=str(Path(__file__).parent.parent / "verify" / "data"))
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--pair-rounds", type=int, default=400)
    ap.add_argument("--fnc-unrelated-keep", type=float, default=0.25)
    ap.add_argument("--emergent-weight", type=float, default=5.0)
    ap.add_argument("--sick-weight", type=float, default=0.35)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    emb = Embedder()

    # ---------------- data (training parts only)
    bodies, stances = load_fnc(args.fnc_bodies, args.fnc_stances)
    stances = [r for r in stances if not splits.fnc_holdout(r["body_id"])]
    body_ids = sorted({r["body_id"] for r in stances})
    log(f"FNC train part: {len(stances)} pairs, {len(body_ids)} bodies")
    sents = {b: article_sentences(bodies[b]) for b in body_ids}
    all_sents = sorted({s for b in body_ids for s in sents[b]})
    emb(all_sents)
    heads = sorted({r["headline"] for r in stances})
    emb(heads)
    emb.save()
    svecs = {b: emb(sents[b]) for b in body_ids}
    hvec = dict(zip(heads, emb(heads), strict=True))

    # top-k sentences of every (headline, body) pair, and their pair features
    log("pair features for FNC top sentences")
    top_feats, top_idx, orders = [], [], []
    for r in stances:
        b = r["body_id"]
        u = hvec[r["headline"]]
        order = np.argsort(-(svecs[b] @ u), kind="stable")
        top = order[:TOP_K]
        f, _ = pair_features(
            [r["headline"]] * len(top), [sents[b][i] for i in top],
            np.repeat(u[None], len(top), 0), svecs[b][top],
        )  # fmt: skip
        top_idx.append((len(top_feats), len(top)))
        top_feats.extend(f)
        orders.append(order)
    top_feats = np.asarray(top_feats, dtype=np.float32)
    y_art = np.array([FNC_MAP[r["stance"]] for r in stances])

    # pair-model rows from FNC: (headline, most similar sentence), labelled with the article
    fnc_pair_rows = [
        i for i, r in enumerate(stances) if y_art[i] != 3 or rng.random() < args.fnc_unrelated_keep
    ]
    fnc_pair_X = top_feats[[top_idx[i][0] for i in fnc_pair_rows]]
    fnc_pair_y = y_art[fnc_pair_rows]
    fnc_pair_body = np.array([stances[i]["body_id"] for i in fnc_pair_rows])

    em = [r for r in load_emergent(args.emergent) if not splits.emergent_holdout(r["claim_id"])]
    em_X, _ = pair_features(
        [r["claim"] for r in em], [r["headline"] for r in em],
        emb([r["claim"] for r in em]), emb([r["headline"] for r in em]),
    )  # fmt: skip
    em_y = np.array([EMERGENT_MAP[r["stance"]] for r in em])
    em_val = np.array([splits.emergent_validation(r["claim_id"]) for r in em])
    extra_X, extra_y = [em_X], [em_y]
    if args.sick:
        sk = [r for r in load_sick(args.sick) if not splits.sick_holdout(r["set"])]
        sk_X, _ = pair_features(
            [r["a"] for r in sk],
            [r["b"] for r in sk],
            emb([r["a"] for r in sk]),
            emb([r["b"] for r in sk]),
        )
        sk_y = np.array(
            [{"ENTAILMENT": 0, "CONTRADICTION": 1}.get(r["label"], 3) for r in sk]
        )  # NEUTRAL -> unrelated: "observing" (discusses) is about news, not captions
        extra_X.append(sk_X)
        extra_y.append(sk_y)
    extra_w = np.concatenate(
        [np.full(len(em_y), args.emergent_weight)]
        + ([np.full(len(extra_y[-1]), args.sick_weight)] if args.sick else [])
    )
    emb.save()
    extra_X = np.vstack(extra_X)
    extra_y = np.concatenate(extra_y)
    log(f"pair rows: FNC {len(fnc_pair_y)}, Emergent {len(em_y)}, other {len(extra_y) - len(em_y)}")

    def train_pair(fnc_mask: np.ndarray, rounds: int) -> lgb.Booster:
        X = np.vstack([fnc_pair_X[fnc_mask], extra_X])
        y = np.concatenate([fnc_pair_y[fnc_mask], extra_y])
        # Emergent rows are few but are exactly the sentence-level task: weigh them up;
        # SICK (captions) helps negation but pulls away from news, so it is weighed down
        w = class_weights(y) * np.concatenate([np.ones(fnc_mask.sum()), extra_w])
        return lgb.train(PAIR_PARAMS, lgb.Dataset(X, y, weight=w), num_boost_round=rounds)

    # ---------------- Emergent validation check of the pair model (claims never trained on)
    em_tr = np.concatenate([~em_val, np.ones(len(extra_y) - len(em_y), bool)])
    Xv = np.vstack([fnc_pair_X, extra_X[em_tr]])
    yv = np.concatenate([fnc_pair_y, extra_y[em_tr]])
    wv = class_weights(yv) * np.concatenate([np.ones(len(fnc_pair_y)), extra_w[em_tr]])
    bv = lgb.train(PAIR_PARAMS, lgb.Dataset(Xv, yv, weight=wv), num_boost_round=args.pair_rounds)
    pv = bv.predict(em_X[em_val])
    pair_w = tune_weights(pv, em_y[em_val], lambda g, p: float(np.mean(g == p)))
    log(
        f"pair model Emergent-val acc {np.mean(np.argmax(pv, 1) == em_y[em_val]):.3f}"
        f" -> {np.mean(np.argmax(pv * pair_w, 1) == em_y[em_val]):.3f} with weights {pair_w.round(2)}"
    )

    # ---------------- out-of-fold pair probabilities for the article model
    folds = np.array([splits.fnc_fold(r["body_id"], args.folds) for r in stances])
    fnc_pair_fold = np.array([splits.fnc_fold(b, args.folds) for b in fnc_pair_body])
    top_probs = np.zeros((len(top_feats), 4))
    for k in range(args.folds):
        log(f"fold {k + 1}/{args.folds}")
        bst = train_pair(fnc_pair_fold != k, args.pair_rounds)
        rows = np.concatenate(
            [np.arange(s, s + n) for (s, n), f in zip(top_idx, folds, strict=True) if f == k]
        )
        top_probs[rows] = bst.predict(top_feats[rows])
    log("final pair model")
    pair_booster = train_pair(np.ones(len(fnc_pair_y), bool), args.pair_rounds)

    # ---------------- article model
    log("article features")
    A = []
    for i, r in enumerate(stances):
        s, n = top_idx[i]
        pp = top_probs[s : s + n] * pair_w
        pp = pp / pp.sum(1, keepdims=True)
        b = r["body_id"]
        A.append(
            article_features(r["headline"], sents[b], hvec[r["headline"]], svecs[b], pp, orders[i])
        )
    A = np.asarray(A, dtype=np.float32)
    val = np.array([splits.fnc_validation(r["body_id"]) for r in stances])
    wa = class_weights(y_art)
    dtr = lgb.Dataset(A[~val], y_art[~val], weight=wa[~val])
    dva = lgb.Dataset(A[val], y_art[val], weight=wa[val], reference=dtr)
    ba = lgb.train(
        ARTICLE_PARAMS, dtr, num_boost_round=2000, valid_sets=[dva],
        callbacks=[lgb.early_stopping(100, verbose=False)],
    )  # fmt: skip
    best_iter = max(50, ba.best_iteration)
    pa = ba.predict(A[val], num_iteration=best_iter)

    def objective(g, p):
        return 0.5 * fnc_score(g, p) + 0.5 * macro_f1(g, p)

    art_w = tune_weights(pa, y_art[val], objective)
    for name, w in (("raw", np.ones(4)), ("tuned", art_w)):
        pr = np.argmax(pa * w, 1)
        log(
            f"article val ({name}): relative {fnc_score(y_art[val], pr):.4f}"
            f" macro-F1 {macro_f1(y_art[val], pr):.4f} iters {best_iter} weights {w.round(2)}"
        )
    log("final article model")
    article_booster = lgb.train(
        ARTICLE_PARAMS, lgb.Dataset(A, y_art, weight=wa), num_boost_round=int(best_iter * 1.1)
    )

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pair_booster.save_model(str(out / "stance_pair.txt"))
    article_booster.save_model(str(out / "stance_article.txt"))
    config = {
        "version": 1,
        "labels": list(LABELS),
        "embedding_model": "sentence-transformers/all-MiniLM-L6-v2",
        "pair_model": "stance_pair.txt",
        "article_model": "stance_article.txt",
        "top_k": TOP_K,
        "pair_weights": pair_w.round(4).tolist(),
        "article_weights": art_w.round(4).tolist(),
        "trained_on": ["fnc-1 train (80% of bodies)", "emergent train (80% of claims)"]
        + (["sick TRAIN"] if args.sick else []),
        "sample_weights": {"fnc": 1.0, "emergent": args.emergent_weight, "sick": args.sick_weight},
    }
    (out / "stance_config.json").write_text(json.dumps(config, indent=2) + "\n")
    log(f"wrote {out}")


if __name__ == "__main__":
    main()
