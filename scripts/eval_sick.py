"""SICK three-way entailment through the pair model (sentence_A = claim, sentence_B = statement).

    python scripts/eval_sick.py --tsv ../shared/data/sick/SICK_train_trial.tsv --holdout

ENTAILMENT = corroborates, CONTRADICTION = conflicts, NEUTRAL = anything else.
Prints JSON: accuracy, per-class F1 and confusion.
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
from stance_common import Embedder, load_sick  # noqa: E402

from verify.stance import StanceModel  # noqa: E402

TO_SICK = {"corroborates": "ENTAILMENT", "conflicts": "CONTRADICTION"}
CLASSES = ["ENTAILMENT", "CONTRADICTION", "NEUTRAL"]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--tsv", required=True)
    ap.add_argument("--holdout", action="store_true", help="only the TRIAL rows (held out)")
    ap.add_argument("--model", help="directory of a stance model (default: the shipped one)")
    ap.add_argument(
        "--cache", action="store_true", help="reuse the persistent training embedding cache"
    )
    args = ap.parse_args()
    rows = load_sick(args.tsv)
    if args.holdout:
        rows = [r for r in rows if splits.sick_holdout(r["set"])]
    model = StanceModel.load(args.model)
    embed = Embedder(cache_name="minilm" if args.cache else None)
    a = [r["a"] for r in rows]
    b = [r["b"] for r in rows]
    results = model.predict(a, b, embed(a), embed(b))
    gold = [r["label"] for r in rows]
    pred = [TO_SICK.get(r.label, "NEUTRAL") for r in results]
    f1 = per_class_f1(gold, pred, CLASSES)
    out = {
        "pairs": len(rows),
        "holdout": args.holdout,
        "accuracy": round(
            sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(rows)), 4
        ),
        "macro_f1": round(sum(f1.values()) / len(f1), 4),
        "f1": f1,
        "confusion": confusion(gold, pred, CLASSES),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
