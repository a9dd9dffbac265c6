"""Train the learned cited-outlet reader (`verify/outlet_model.py`) on the labelled sets.

Usage:
    python scripts/train_cited.py --gold tests/data/attribution_*.jsonl \
        [--holdout tests/data/attribution_test39.jsonl ...] [--out verify/data/cited_model.json]

Every capitalised name of every labelled sentence is a training example: positive when it
is the sentence's gold cited source. A logistic model (scikit-learn, which
sentence-transformers already installs) is fitted on the name and context features, and its
weights are written as JSON.

The threshold above which the extractor adds an outlet is chosen by leave-sets-out
cross-validation: the labelled sets are split into folds by set, a model trained on the
other folds is plugged into the full extractor, and the pooled speaker and cited-source
precision/recall of each fold is measured end to end with `scripts/eval_extract.py`'s
scorer. The script prints those figures for "rules only" and for each threshold, and
picks the lowest threshold at which the outlets the model adds (over the rules) are at
least 90% correct (`--min-added-precision`): the target precision, so additions never
dilute it. It then fits the final model on all the non-held-out sets.

`--holdout` sets are used neither for training nor for choosing the threshold; the script
reports the final model on them once, against the rules alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_extract  # noqa: E402

from verify import outlet_model  # noqa: E402
from verify.entities import find_entities  # noqa: E402

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def examples(records: list[dict]) -> list[tuple[list[str], int]]:
    """(features, label) for every candidate name of every non-boilerplate gold sentence."""
    rows = []
    for rec in records:
        people: set[str] = set()
        own = {rec.get("outlet") or ""}
        for g in rec["sentences"]:
            if g["boilerplate"]:
                continue
            sent = g["text"]
            ments = find_entities(sent)
            gold = eval_extract._outlet(g.get("cited_source"))
            quoted = outlet_model.quoted_spans(sent)
            for cand in outlet_model.candidates(sent):
                if cand.name in own:
                    continue
                label = int(gold is not None and eval_extract._outlet(cand.name) == gold)
                feats = outlet_model.features(sent, cand, ments, quoted, people)
                rows.append((feats, label))
            people.update(outlet_model.person_words(ments))
    return rows


def fit(rows: list[tuple[list[str], int]], c: float = 0.5, min_count: int = 2) -> dict:
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    data, ind, ptr = [], [], [0]
    for feats, _ in rows:
        cols = sorted({vocab[f] for f in feats if f in vocab})
        ind += cols
        data += [1.0] * len(cols)
        ptr.append(len(ind))
    x = csr_matrix((np.array(data), np.array(ind), np.array(ptr)), shape=(len(rows), len(vocab)))
    y = np.array([lab for _, lab in rows])
    lr = LogisticRegression(C=c, max_iter=5000, solver="liblinear")
    lr.fit(x, y)
    weights = {
        f: round(float(lr.coef_[0][i]), 3) for f, i in vocab.items() if abs(lr.coef_[0][i]) >= 0.005
    }
    weights["bias"] = round(weights.get("bias", 0.0) + float(lr.intercept_[0]), 4)
    return {"weights": weights, "threshold": 0.5}


def score(records: list[dict], model: dict | None, threshold: float) -> dict:
    """Pooled end-to-end scores with `model` plugged into the extractor (None: rules only)."""
    active = None if model is None else dict(model, threshold=threshold)
    original = outlet_model.load_model
    outlet_model.load_model = lambda: active  # the extractor looks it up at call time
    try:
        return eval_extract.evaluate(records)
    finally:
        outlet_model.load_model = original


def _fmt(out: dict) -> str:
    s, c = out["speaker"], out["cited_source"]
    return (f"speaker {s['precision']:.3f}/{s['recall']:.3f}  cited {c['precision']:.3f}/{c['recall']:.3f} "
            f"(tp {c['tp']}, pred {c['predicted']}, gold {c['gold']})")  # fmt: skip


def _pool(outs: list[dict]) -> dict:
    tot = {}
    for k in ("speaker", "cited_source"):
        tp = sum(o[k]["tp"] for o in outs)
        pr = sum(o[k]["predicted"] for o in outs)
        gd = sum(o[k]["gold"] for o in outs)
        tot[k] = {
            "tp": tp,
            "predicted": pr,
            "gold": gd,
            "precision": tp / max(pr, 1),
            "recall": tp / max(gd, 1),
        }
    return tot


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", required=True, type=Path)
    ap.add_argument("--holdout", nargs="*", default=[], type=Path)
    ap.add_argument("--folds", type=int, default=6)
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--min-added-precision",
        type=float,
        default=0.9,
        help="the outlets the model adds must be at least this precise in cross-validation",
    )
    ap.add_argument(
        "--threshold",
        type=float,
        help="use this threshold instead of the cross-validated choice (say why in the README)",
    )
    ap.add_argument("--out", type=Path, help="write the final model here (JSON)")
    args = ap.parse_args(argv)

    held = {p.resolve() for p in args.holdout}
    sets = {p: eval_extract._read(p) for p in args.gold if p.resolve() not in held}
    names = sorted(sets)
    random.Random(args.seed).shuffle(names)
    folds = [names[i :: args.folds] for i in range(args.folds)]
    print(
        f"{len(names)} training sets in {args.folds} folds; {len(held)} held out", file=sys.stderr
    )

    per_t: dict[float | None, list[dict]] = {t: [] for t in (None, *THRESHOLDS)}
    for k, fold in enumerate(folds):
        train = [r for p in names if p not in fold for r in sets[p]]
        test = [r for p in fold for r in sets[p]]
        model = fit(examples(train), c=args.c)
        per_t[None].append(score(test, None, 1.0))
        for t in THRESHOLDS:
            per_t[t].append(score(test, model, t))
        print(f"fold {k + 1}/{args.folds} done", file=sys.stderr)
    base = _pool(per_t[None])
    print(f"cross-validated, rules only:        {_fmt(base)}")
    best_t = None
    for t in THRESHOLDS:
        pooled = _pool(per_t[t])
        c, b = pooled["cited_source"], base["cited_source"]
        added = (c["tp"] - b["tp"]) / max(c["predicted"] - b["predicted"], 1)
        print(
            f"cross-validated, model at {t:.2f}:     {_fmt(pooled)}  additions {added:.2f} precise"
        )
        if best_t is None and c["predicted"] > b["predicted"] and added >= args.min_added_precision:
            best_t = t  # the lowest threshold whose additions are precise enough
    print(f"chosen threshold: {best_t}")

    final = fit(examples([r for p in names for r in sets[p]]), c=args.c)
    if args.threshold is not None:
        print(f"threshold set by --threshold: {args.threshold}")
        best_t = args.threshold
    final["threshold"] = best_t if best_t is not None else 1.01  # 1.01: never adds
    final["trained_on"] = [p.name for p in sorted(names)]
    if held:
        recs = [r for p in args.holdout for r in eval_extract._read(p)]
        print(f"held out, rules only:               {_fmt(score(recs, None, 1.0))}")
        print(
            f"held out, model at {final['threshold']:.2f}:            {_fmt(score(recs, final, final['threshold']))}"
        )
    if args.out:
        tmp = args.out.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(final, sort_keys=True, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
        )
        tmp.replace(args.out)
        print(f"wrote {args.out} ({len(final['weights'])} weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
