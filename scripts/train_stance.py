"""Train the shipped stance models (pair + article) from the public data sets.

    python scripts/train_stance.py \
        --fnc-bodies ../shared/data/fnc-1/train_bodies.csv \
        --fnc-stances ../shared/data/fnc-1/train_stances.csv \
        --emergent ../shared/data/emergent/url-versions-2015-06-14-clean-train.csv \
        --out verify/data

Trained on FNC-1 and Emergent training parts only. SICK is NOT used for training: it is
CC BY-NC-SA (non-commercial), so it serves only to measure (scripts/eval_sick.py).
Held-out rows (scripts/splits.py) are never used, not even for augmentation: the synthetic
sentence pairs (`stance_common.augment_pairs`: changed figures, negated main verbs, denial
framing, swapped actors -> conflicts; shortened clauses, added attribution, approximate
figures -> corroborates; hedged relays -> discusses; other sentences of the same body ->
discusses/unrelated by similarity) are rewritten from FNC-1 training bodies, and each is tied
to its body's cross-validation fold. Pairs of FNC-1 training headlines about the same body
(agree+agree -> corroborates, agree+disagree -> conflicts, +discuss -> discusses) add real,
differently worded sentence pairs. The (headline, top sentence) rows labelled with the whole
article's stance are noisy at sentence level and are weighed down (--fnc-pair-weight). The models are exported with `verify.trees` (JSON,
numpy inference), so the runtime never imports lightgbm. Embeddings are cached under
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
from stance_common import Embedder, augment_pairs, load_emergent, load_fnc  # noqa: E402

from verify.stance import (  # noqa: E402
    LABELS,
    TOP_K,
    article_features,
    article_sentences,
    pair_features,
)
from verify.trees import TreeEnsemble  # noqa: E402

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


def headline_pairs(stances: list[dict], rng, per_body: int) -> list[tuple[str, str, int, int]]:
    """Pairs of headlines written about the same training body, labelled by their stances.

    Two headlines that both agree with one article corroborate each other; one that agrees
    and one that disagrees conflict; a "discuss" headline relays without endorsing. These are
    real, differently worded sentence pairs, unlike the rewrites of `augment_pairs`.
    """
    by_body: dict[int, dict[str, list[str]]] = {}
    for r in stances:
        if r["stance"] != "unrelated":
            by_body.setdefault(r["body_id"], {}).setdefault(r["stance"], []).append(r["headline"])
    out = []
    kinds = (("agree", "agree", 0), ("disagree", "disagree", 0), ("agree", "disagree", 1),
             ("disagree", "agree", 1), ("agree", "discuss", 2), ("disagree", "discuss", 2))  # fmt: skip
    for b, groups in sorted(by_body.items()):
        for a, c, label in kinds:
            x, y = groups.get(a, []), groups.get(c, [])
            pairs = [(h1, h2) for h1 in x for h2 in y if h1 != h2]
            if not pairs:
                continue
            for i in rng.permutation(len(pairs))[:per_body]:
                out.append((pairs[i][0], pairs[i][1], label, b))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--fnc-bodies", required=True)
    ap.add_argument("--fnc-stances", required=True)
    ap.add_argument("--emergent", required=True)
    ap.add_argument("--out", default=str(Path(__file__).parent.parent / "verify" / "data"))
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--pair-rounds", type=int, default=400)
    ap.add_argument("--fnc-unrelated-keep", type=float, default=0.25)
    ap.add_argument("--emergent-weight", type=float, default=5.0)
    ap.add_argument("--aug-per-body", type=int, default=3)
    ap.add_argument("--aug-weight", type=float, default=1.0)
    ap.add_argument(
        "--fnc-pair-weight",
        type=float,
        default=0.5,
        help="weight of (headline, top sentence) rows labelled with the article's stance",
    )
    ap.add_argument("--headline-pairs-per-body", type=int, default=8)
    ap.add_argument(
        "--respell", action="store_true", help="also add misspelt-name paraphrases (untested)"
    )
    ap.add_argument("--aug-discuss-sim", type=float, default=0.5)
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

    # synthetic sentence pairs from the training bodies (see augment_pairs)
    aug = augment_pairs(
        {b: sents[b] for b in body_ids}, np.random.default_rng(1), args.aug_per_body, args.respell
    )
    aug += headline_pairs(stances, np.random.default_rng(2), args.headline_pairs_per_body)
    aug_c, aug_s = [a[0] for a in aug], [a[1] for a in aug]
    cv, sv = emb(aug_c), emb(aug_s)
    emb.save()
    aug_y = np.array([a[2] for a in aug])
    cos = np.sum(cv * sv, axis=1)
    aug_y = np.where(aug_y >= 0, aug_y, np.where(cos >= args.aug_discuss_sim, 2, 3))
    aug_X, _ = pair_features(aug_c, aug_s, cv, sv)
    aug_body = np.array([a[3] for a in aug])
    log(f"synthetic pairs: {len(aug_y)} by label {np.bincount(aug_y, minlength=4).tolist()}")
    fnc_pair_X = np.vstack([fnc_pair_X, aug_X])
    fnc_pair_y = np.concatenate([fnc_pair_y, aug_y])
    fnc_pair_body = np.concatenate([fnc_pair_body, aug_body])
    fnc_pair_w = np.concatenate(
        [np.full(len(fnc_pair_rows), args.fnc_pair_weight), np.full(len(aug_y), args.aug_weight)]
    )

    extra_X, extra_y = em_X, em_y
    extra_w = np.full(len(em_y), args.emergent_weight)
    log(f"pair rows: FNC {len(fnc_pair_rows)}, synthetic {len(aug_y)}, Emergent {len(em_y)}")

    def train_pair(fnc_mask: np.ndarray, rounds: int) -> lgb.Booster:
        X = np.vstack([fnc_pair_X[fnc_mask], extra_X])
        y = np.concatenate([fnc_pair_y[fnc_mask], extra_y])
        # Emergent rows are few but are exactly the sentence-level task: weigh them up
        w = class_weights(y) * np.concatenate([fnc_pair_w[fnc_mask], extra_w])
        return lgb.train(PAIR_PARAMS, lgb.Dataset(X, y, weight=w), num_boost_round=rounds)

    # ---------------- Emergent validation check of the pair model (claims never trained on)
    em_tr = ~em_val
    Xv = np.vstack([fnc_pair_X, extra_X[em_tr]])
    yv = np.concatenate([fnc_pair_y, extra_y[em_tr]])
    wv = class_weights(yv) * np.concatenate([fnc_pair_w, extra_w[em_tr]])
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
    TreeEnsemble.from_lightgbm(pair_booster).save(out / "stance_pair.npz")
    TreeEnsemble.from_lightgbm(article_booster).save(out / "stance_article.npz")
    for old in ("stance_pair.txt", "stance_article.txt", "stance_pair.json", "stance_article.json"):
        (out / old).unlink(missing_ok=True)
    config = {
        "version": 1,
        "labels": list(LABELS),
        "embedding_model": "sentence-transformers/all-MiniLM-L6-v2",
        "pair_model": "stance_pair.npz",
        "article_model": "stance_article.npz",
        "top_k": TOP_K,
        "pair_weights": pair_w.round(4).tolist(),
        "article_weights": art_w.round(4).tolist(),
        "trained_on": [
            "fnc-1 train (80% of bodies)",
            "emergent train (80% of claims)",
            f"synthetic sentence pairs from fnc-1 train bodies ({len(aug_y)})",
        ],
        "sample_weights": {
            "fnc": args.fnc_pair_weight,
            "emergent": args.emergent_weight,
            "synthetic": args.aug_weight,
        },
    }
    (out / "stance_config.json").write_text(json.dumps(config, indent=2) + "\n")
    log(f"wrote {out}")


if __name__ == "__main__":
    main()
