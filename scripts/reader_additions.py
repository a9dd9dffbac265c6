"""What the learned outlet reader adds on real article bodies, for a hand check.

Usage:
    python scripts/reader_additions.py --bodies $D/fnc-1/train_bodies.csv [--start 1000 --stop 1400]
        [--sample 20] [--seed 5]

Runs the extractor over the bodies twice, with the reader (`verify/outlet_model.py`) and
without it, and prints how many claims there are, how many get a different cited source,
and a random sample of those claims (with-reader value | rules-only value | text), so a
reader of the output can judge how many of the additions are right.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify import outlet_model  # noqa: E402
from verify.extract import analyse_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", required=True, type=Path, help="a CSV with an articleBody column")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--stop", type=int)
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)

    csv.field_size_limit(10**9)
    with args.bodies.open(encoding="utf-8", newline="") as fh:
        bodies = [r["articleBody"] for r in csv.DictReader(fh)][args.start : args.stop]
    with_reader = [analyse_article(b) for b in bodies]
    original = outlet_model.load_model
    outlet_model.load_model = lambda: None  # the extractor looks it up at call time
    try:
        rules_only = [analyse_article(b) for b in bodies]
    finally:
        outlet_model.load_model = original
    changed = [
        (a.cited_source, b.cited_source, a.text)
        for xs, ys in zip(with_reader, rules_only)
        for a, b in zip(xs, ys)
        if a.cited_source != b.cited_source
    ]
    print(f"articles {len(bodies)}, claims {sum(len(x) for x in with_reader)}, cited source changed by the reader {len(changed)}")
    random.Random(args.seed).shuffle(changed)
    for new, old, text in changed[: args.sample]:
        print(f"{new} | {old} | {' '.join(text.split())[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
