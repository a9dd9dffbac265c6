"""Speed of `verify check` and of ingest, as ratios against baselines run in the same command.

Collections of 10k and 100k claims are built from the real sentences of the FNC-1 train
bodies through verify.bulk (one claim per sentence). FNC-1 has ~28k distinct sentences, so
the 100k collection repeats them as distinct claims (the encoder sees each text once; the
index and database hold 100k rows). Printed as JSON:

* cold check: wall time of a fresh `verify check` process at 10k and 100k claims vs a fresh
  process that imports sentence-transformers, loads the model and encodes one sentence;
* ingest: claims/s of the 10k ingest (encode + SQLite + FTS + FAISS) vs a plain
  `SentenceTransformer.encode` loop, one call per sentence, over a sample of sentences;
* agreement: cosine between ONNX and sentence-transformers vectors over a sample of the
  FNC-1 sentences (--agreement-sample 0: all of them);
* peak RSS of the check process, the baseline process and this process after ingest;
* the cold check at the largest size again with both cross-encoders off (VERIFY_RERANK=0,
  VERIFY_STANCE_CE=0): what reranking and the stance cross-encoder cost.

    python scripts/bench.py --bodies /work/shared/data/fnc-1/train_bodies.csv
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

csv.field_size_limit(sys.maxsize)
QUERY = "Officials said at least 20 people were killed when the building collapsed."


def sentences(bodies: str) -> list[tuple[str, str]]:
    """(body id, sentence) for every distinct sentence, in file order."""
    from verify.segment import sentence_spans

    out, seen = [], set()
    with open(bodies, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = row["articleBody"]
            for a, b in sentence_spans(text):
                s = " ".join(text[a:b].split())
                if len(s) > 20 and s not in seen:
                    seen.add(s)
                    out.append((row["Body ID"], s))
    return out


def records(sents, n: int):
    for i in range(n):
        body, s = sents[i % len(sents)]
        # A distinct url per record: a repeated sentence is a new claim, not an unchanged one.
        yield {
            "text": s,
            "identity": f"fnc1:{body}:{i}",
            "url": f"https://fnc1.invalid/{body}/{i}",
            "outlet": f"outlet-{int(body) % 40}",
        }


# A small launcher times the process: a child's peak RSS on Linux starts from its parent's
# at fork, so the (large) bench process must not be the parent.
_LAUNCH = (
    "import json, os, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "_, st, ru = os.wait4(p.pid, 0)\n"
    "wall = time.perf_counter() - t\n"
    "print(json.dumps([wall, ru.ru_maxrss / 1024, os.waitstatus_to_exitcode(st),"
    " p.stderr.read().decode()[-2000:]]))\n"
)


def timed_process(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one fresh process."""
    res = subprocess.run(
        [sys.executable, "-c", _LAUNCH, *cmd], env=env, capture_output=True, text=True, check=True
    )
    wall, rss, code, err = json.loads(res.stdout)
    if code != 0:
        raise SystemExit(f"{' '.join(cmd[:4])}... failed ({code}): {err}")
    return wall, rss


def cold(cmd, env, runs: int) -> dict:
    timed_process(cmd, env)  # warm the page cache: we measure start-up, not the disk
    walls, rss = zip(*(timed_process(cmd, env) for _ in range(runs)))
    return {"median_s": round(statistics.median(walls), 3), "peak_rss_mib": round(max(rss), 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bodies", required=True, help="FNC-1 train_bodies.csv")
    ap.add_argument("--sizes", default="10000,100000", help="collection sizes (claims)")
    ap.add_argument("--loop-sample", type=int, default=300, help="sentences for the encode loop")
    ap.add_argument("--agreement-sample", type=int, default=3000, help="0: every sentence")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per cold process")
    ap.add_argument("--workdir", help="keep the collections here (default: temporary)")
    args = ap.parse_args(argv)

    from verify.bulk import ingest_claims
    from verify.collection import Collection
    from verify.config import resolve
    from verify.embed import resolve_model_path

    sizes = [int(s) for s in args.sizes.split(",")]
    sents = sentences(args.bodies)
    out: dict = {"sentences": len(sents), "python": sys.version.split()[0], "cpus": os.cpu_count()}
    work = Path(args.workdir or tempfile.mkdtemp(prefix="verify-bench-"))
    env = {**os.environ, "VERIFY_CACHE": os.environ.get("VERIFY_CACHE", str(work / "cache"))}
    os.environ["VERIFY_CACHE"] = env["VERIFY_CACHE"]

    # Export once (not timed as ingest: it happens once per machine).
    t0 = time.perf_counter()
    probe = Collection(resolve(work / "probe"))
    probe.embedder.embed(["warm up"])
    out["onnx_export_or_load_s"] = round(time.perf_counter() - t0, 2)

    homes = {}
    prev = None
    for n in sorted(sizes):
        home = work / f"home-{n}"
        if prev is not None and not home.exists():
            shutil.copytree(prev, home)  # grow the smaller collection: its vectors are reused
        coll = Collection(resolve(home))
        t0 = time.perf_counter()
        summary = ingest_claims(coll, records(sents, n))
        secs = time.perf_counter() - t0
        out[f"ingest_{n}"] = {
            "claims_added": summary.claims,
            "seconds": round(secs, 1),
            "claims_per_s": round(summary.claims / secs, 1),
            "encoder": coll.embedder.encoder_id,
        }
        coll.close()
        homes[n], prev = home, home
    out["ingest_peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    # Cold check vs cold sentence-transformers, fresh processes, same machine, same run.
    _, model_dir = resolve_model_path("all-MiniLM-L6-v2")
    base_cmd = [
        sys.executable,
        "-c",
        "import sys; from sentence_transformers import SentenceTransformer; "
        "SentenceTransformer(sys.argv[1], device='cpu').encode([sys.argv[2]])",
        str(model_dir),
        QUERY,
    ]
    base = cold(base_cmd, {**env, "HF_HUB_OFFLINE": "1"}, args.runs)
    out["baseline_st_encode_one"] = base
    for n, home in homes.items():
        script = Path(sys.executable).parent / "verify"  # the installed console script
        entry = [str(script)] if script.exists() else [sys.executable, "-m", "verify.cli"]
        cmd = entry + ["--home", str(home), "--silent", "check", QUERY, "--json"]
        res = cold(cmd, env, args.runs)
        res["ratio_vs_baseline"] = round(res["median_s"] / base["median_s"], 3)
        out[f"cold_check_{n}"] = res
    # What the two cross-encoders (reranker, stance) cost a cold check at the largest size.
    n = max(homes)
    res = cold(cmd, {**env, "VERIFY_RERANK": "0", "VERIFY_STANCE_CE": "0"}, args.runs)
    res["ratio_vs_baseline"] = round(res["median_s"] / base["median_s"], 3)
    out[f"cold_check_{n}_without_cross_encoders"] = res

    # Encoder throughput and agreement against sentence-transformers.
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(str(model_dir), device="cpu")
    sample = [s for _, s in sents[:: max(1, len(sents) // args.loop_sample)]][: args.loop_sample]
    st.encode(sample[:5])
    t0 = time.perf_counter()
    for s in sample:
        st.encode([s], normalize_embeddings=True)
    loop_rate = len(sample) / (time.perf_counter() - t0)
    emb = probe.embedder
    t0 = time.perf_counter()
    emb.embed(sample)
    onnx_rate = len(sample) / (time.perf_counter() - t0)
    ingest_rate = out[f"ingest_{min(sizes)}"]["claims_per_s"]
    out["throughput"] = {
        "baseline_st_loop_per_s": round(loop_rate, 1),
        "baseline_sample": len(sample),
        "onnx_batched_same_sample_per_s": round(onnx_rate, 1),
        "encoder_ratio": round(onnx_rate / loop_rate, 2),
        "ingest_ratio": round(ingest_rate / loop_rate, 2),
        "note": f"ingest_ratio = end-to-end ingest of {min(sizes)} claims vs the loop on the sample",
    }
    agree = [s for _, s in sents]
    if args.agreement_sample:
        agree = agree[:: max(1, len(agree) // args.agreement_sample)][: args.agreement_sample]
    a = emb.embed(agree)
    b = st.encode(agree, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    cos = (a * b).sum(1)
    out["agreement_onnx_vs_st"] = {
        "sentences": len(agree),
        "mean_cosine": round(float(cos.mean()), 6),
        "min_cosine": round(float(cos.min()), 6),
    }
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
