"""Emergent claim ↔ article-headline stance through the pair model.

    python scripts/eval_emergent.py \
        --csv ../shared/data/emergent/url-versions-2015-06-14-clean-train.csv --holdout

Prints JSON: accuracy, per-class F1 (for=corroborates, against=conflicts,
observing=discusses; a prediction of "unrelated" counts as wrong) and confusion.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

import splits  # noqa: E402
from eval_common import confusion, per_class_f1  # noqa: E402
from stance_common import Embedder, load_emergent  # noqa: E402

from verify.stance import StanceModel  # noqa: E402

TO_EMERGENT = {
    "corroborates": "for",
    "conflicts": "against",
    "discusses": "observing",
    "unrelated": "unrelated",
}
CLASSES = ["for", "against", "observing"]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--csv", required=True)
    ap.add_argument(
        "--holdout", action="store_true", help="only the held-out claims of a train file"
    )
    ap.add_argument("--model", help="directory of a stance model (default: the shipped one)")
    ap.add_argument(
        "--cache", action="store_true", help="reuse the persistent training embedding cache"
    )
    args = ap.parse_args()
    rows = load_emergent(args.csv)
    if args.holdout:
        rows = [r for r in rows if splits.emergent_holdout(r["claim_id"])]
    model = StanceModel.load(args.model)
    embed = Embedder(cache_name="minilm" if args.cache else None)
    claims = [r["claim"] for r in rows]
    heads = [r["headline"] for r in rows]
    results = model.predict(claims, heads, embed(claims), embed(heads))
    gold = [r["stance"] for r in rows]
    pred = [TO_EMERGENT[r.label] for r in results]
    f1 = per_class_f1(gold, pred, CLASSES)
    out = {
        "pairs": len(rows),
        "claims": len({r["claim_id"] for r in rows}),
        "holdout": args.holdout,
        "accuracy": round(
            sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(rows)), 4
        ),
        "macro_f1": round(sum(f1.values()) / len(f1), 4),
        "f1": f1,
        "confusion": confusion(gold, pred, CLASSES + ["unrelated"]),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
