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
from eval_common import add_model_args, classification_report, judge_pairs  # noqa: E402
from stance_common import load_emergent  # noqa: E402

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
    add_model_args(ap, "only the held-out claims of a train file")
    args = ap.parse_args()
    rows = load_emergent(args.csv)
    if args.holdout:
        rows = [r for r in rows if splits.emergent_holdout(r["claim_id"])]
    results = judge_pairs(args, [r["claim"] for r in rows], [r["headline"] for r in rows])
    gold = [r["stance"] for r in rows]
    pred = [TO_EMERGENT[r.label] for r in results]
    out = {
        "pairs": len(rows),
        "claims": len({r["claim_id"] for r in rows}),
        "holdout": args.holdout,
    } | classification_report(gold, pred, CLASSES, CLASSES + ["unrelated"])
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
