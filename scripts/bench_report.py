"""Speed of `verify report` with and without the cross-encoders, in the same process.

    python scripts/bench_report.py --bodies $D/fnc-1/train_bodies.csv --articles 100

The first --articles FNC-1 train bodies are ingested through the real pipeline (one article
each, spread over 12 outlets) into a temporary collection; then the whole collection is
cross-checked by `build_report` twice: as `verify report` does (reranker and stance
cross-encoder on) and as `verify report --fast` does (first stage and trees alone). Prints
the seconds of each, their ratio, and how many claims get the same corroborated / contested
flags both ways.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bodies", required=True, help="FNC-1 train_bodies.csv")
    ap.add_argument("--articles", type=int, default=100)
    args = ap.parse_args(argv)

    from verify.collection import Collection
    from verify.config import resolve
    from verify.report import build_report

    with open(args.bodies, encoding="utf-8", newline="") as f:
        rows = [r for _, r in zip(range(args.articles), csv.DictReader(f))]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text(
            "".join(
                json.dumps({"text": r["articleBody"], "outlet": f"outlet-{i % 12}",
                            "url": f"https://fnc1.invalid/{r['Body ID']}"}) + "\n"
                for i, r in enumerate(rows)
            ),  # fmt: skip
            encoding="utf-8",
        )
        coll = Collection(resolve(Path(tmp) / "home"))
        coll.ingest([str(src)])
        out: dict = {"articles": len(rows)}
        reports = {}
        for name, fast in (("full", False), ("fast", True)):
            t0 = time.perf_counter()
            reports[name] = build_report(coll, fast=fast)
            out[f"{name}_seconds"] = round(time.perf_counter() - t0, 1)
        coll.close()
    full, fast = reports["full"]["claims"], reports["fast"]["claims"]

    def flags(c: dict) -> tuple[bool, bool]:
        return c["independent_corroborations"] > 0, c["contested"]

    out.update(
        claims=len(full),
        ratio_full_over_fast=round(out["full_seconds"] / max(out["fast_seconds"], 1e-9), 2),
        same_flags=round(sum(flags(a) == flags(b) for a, b in zip(full, fast)) / max(1, len(full)), 3),
        summary_full={k: reports["full"]["summary"][k] for k in ("corroborated", "contested")},
        summary_fast={k: reports["fast"]["summary"][k] for k in ("corroborated", "contested")},
    )
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
