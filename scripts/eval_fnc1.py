"""FNC-1 article-level stance through `verify.stance.article_stance` (headline = claim).

    python scripts/eval_fnc1.py --bodies ../shared/data/fnc-1/train_bodies.csv \
        --stances ../shared/data/fnc-1/train_stances.csv --holdout

Prints JSON: relative_score (official FNC-1 metric), macro_f1, per-class F1, confusion
(confusion[gold][predicted]). Each body's sentences are encoded once per run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

import splits  # noqa: E402
from eval_common import (  # noqa: E402
    add_model_args,
    confusion,
    fnc_relative_score,
    make_embedder,
    per_class_f1,
)
from stance_common import load_fnc  # noqa: E402

from verify.stance import StanceModel, article_sentences, article_stance  # noqa: E402

TO_FNC = {
    "corroborates": "agree",
    "conflicts": "disagree",
    "discusses": "discuss",
    "unrelated": "unrelated",
}
CLASSES = ["agree", "disagree", "discuss", "unrelated"]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bodies", required=True)
    ap.add_argument("--stances", required=True)
    add_model_args(ap, "only the held-out bodies of a train file")
    args = ap.parse_args()
    t0 = time.time()
    bodies, stances = load_fnc(args.bodies, args.stances)
    if args.holdout:
        stances = [r for r in stances if splits.fnc_holdout(r["body_id"])]
    model = StanceModel.load(args.model)
    embed = make_embedder(args)
    body_ids = sorted({r["body_id"] for r in stances})
    sents = {b: article_sentences(bodies[b]) for b in body_ids}
    embed(sorted({s for b in body_ids for s in sents[b]} | {r["headline"] for r in stances}))
    svecs = {b: embed(sents[b]) for b in body_ids}
    t_enc = time.time() - t0
    gold, pred = [], []
    for r in stances:
        b = r["body_id"]
        res = article_stance(
            r["headline"], bodies[b], embed, model,
            sentences=sents[b], sentence_vecs=svecs[b], claim_vec=embed([r["headline"]])[0],
        )  # fmt: skip
        gold.append(r["stance"])
        pred.append(TO_FNC[res.label])
    f1 = per_class_f1(gold, pred, CLASSES)
    out = {
        "pairs": len(gold),
        "bodies": len(body_ids),
        "holdout": args.holdout,
        "relative_score": round(fnc_relative_score(gold, pred), 4),
        "macro_f1": round(sum(f1.values()) / len(f1), 4),
        "f1": f1,
        "accuracy": round(
            sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(gold)), 4
        ),
        "confusion": confusion(gold, pred, CLASSES),
        "seconds": {"encode": round(t_enc, 1), "total": round(time.time() - t0, 1)},
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
