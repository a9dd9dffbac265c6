"""Run the extractor over a corpus of real article bodies and print summary figures.

Usage: python scripts/extract_corpus_stats.py --bodies /path/to/fnc-1/train_bodies.csv

The CSV needs columns `Body ID` and `articleBody` (the FNC-1 layout). Prints JSON:
article and claim counts, claims per article, the share of claims with a speaker and
with a cited source, throughput against a plain regex sentence split measured in the
same run, and a seeded random sample of claims with their provenance.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify.extract import DEFAULT_MIN_CHECKWORTHINESS, extract_claims  # noqa: E402

_NAIVE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", required=True, type=Path)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--sample", type=int, default=12)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    csv.field_size_limit(sys.maxsize)
    with args.bodies.open(encoding="utf-8", newline="") as f:
        rows = [(r["Body ID"], r["articleBody"]) for r in csv.DictReader(f)]
    if args.limit:
        rows = rows[: args.limit]

    t0 = time.perf_counter()
    for _, body in rows:
        _NAIVE.findall(body)
    baseline_s = time.perf_counter() - t0

    per_article: list[int] = []
    claims_all: list[tuple[str, object]] = []
    t0 = time.perf_counter()
    for bid, body in rows:
        claims = extract_claims(body, min_checkworthiness=DEFAULT_MIN_CHECKWORTHINESS)
        per_article.append(len(claims))
        claims_all.extend((bid, c) for c in claims)
    elapsed = time.perf_counter() - t0

    n = len(claims_all) or 1
    rng = random.Random(args.seed)
    sample = rng.sample(claims_all, min(args.sample, len(claims_all)))
    print(
        json.dumps(
            {
                "articles": len(rows),
                "claims": len(claims_all),
                "claims_per_article": {
                    "mean": round(statistics.mean(per_article), 2) if per_article else 0,
                    "median": statistics.median(per_article) if per_article else 0,
                },
                "share_with_speaker": round(
                    sum(c.speaker is not None for _, c in claims_all) / n, 3
                ),
                "share_with_cited_source": round(
                    sum(c.cited_source is not None for _, c in claims_all) / n, 3
                ),
                "top_cited_sources": _top(
                    [c.cited_source for _, c in claims_all if c.cited_source]
                ),
                "min_checkworthiness": DEFAULT_MIN_CHECKWORTHINESS,
                "seconds": round(elapsed, 2),
                "articles_per_second": round(len(rows) / elapsed, 1) if elapsed else None,
                "slowdown_vs_naive_regex_split": round(elapsed / baseline_s, 1)
                if baseline_s
                else None,
                "sample": [
                    {
                        "body_id": bid,
                        "text": c.text[:240],
                        "standalone_text": c.standalone_text[:240],
                        "speaker": c.speaker,
                        "cited_source": c.cited_source,
                        "checkworthiness": c.checkworthiness,
                    }
                    for bid, c in sample
                ],
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    return 0


def _top(items: list[str], k: int = 10) -> dict[str, int]:
    counts: dict[str, int] = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1])[:k])


if __name__ == "__main__":
    raise SystemExit(main())
