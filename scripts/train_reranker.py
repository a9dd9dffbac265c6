"""Train the cross-encoder reranker (verify/data/reranker.int8.onnx) on CheckThat! 2020 train.

    python scripts/train_reranker.py \\
        --corpus $D/clef2020-checkthat-task2/verified_claims.docs.tsv \\
        --queries $D/clef2020-checkthat-task2/train/tweets.queries.tsv \\
        --qrels $D/clef2020-checkthat-task2/train/tweet-vclaim-pairs.qrels

1. The verified claims go into a real collection (as in eval_retrieval.py) and every train
   query runs through the first stage of `verify check` (retrieve() without reranking);
   its top candidates are the training lists (the gold claim is added when missed).
2. The packaged MiniLM is fine-tuned as a cross-encoder (one logit) with a listwise loss:
   softmax over each query's candidates, cross-entropy on the gold ones. CPU only.
3. A held-out fifth of the train queries (whole queries) picks the fusion weight and depth:
   final = first-stage score + weight x sigmoid(logit). The dev split is never touched.
4. Export to ONNX, quantise to int8 (per channel), check the int8 logits against torch on
   the held-out pairs, and write reranker.int8.onnx + reranker.json atomically.

Takes about 15-25 minutes on a 2-core machine. Deterministic given --seed (up to torch's
CPU kernels).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from ce_common import (  # noqa: E402
    base_model,
    export_int8,
    log,
    onnx_model,
    scheduler,
    tensors,
    torch_logits,
)
from eval_retrieval import average_precision, build, read_qrels, read_tsv  # noqa: E402

from verify.cross_encoder import pair_tokenizer  # noqa: E402


def candidate_lists(coll, queries, qrels, depth: int, add_gold: bool):
    """[(qid, query_text, [(claim text, label, first-stage score, vclaim id)])]."""
    from verify.retrieve import embed_query, query_text, retrieve

    ident = {}
    text_of = {}
    for cid, identity, text in coll.db.execute(
        "select c.id, a.identity, c.standalone_text from claims c "
        "join articles a on a.id = c.article_id"
    ):
        ident[cid] = identity.removeprefix("vclaim:")
        text_of[identity.removeprefix("vclaim:")] = text
    out = []
    for qid, tweet in ((q[0], q[1]) for q in queries if len(q) >= 2):
        if qid not in qrels:
            continue
        cands = retrieve(coll, tweet, embed_query(coll, tweet), k=depth, rerank=False)
        items = [(c.row["standalone_text"], ident[c.claim_id] in qrels[qid], c.score,
                  ident[c.claim_id]) for c in cands]
        if add_gold:
            have = {v for *_, v in items}
            low = min((s for _, _, s, _ in items), default=0.0)
            for v in qrels[qid] - have:
                if v in text_of:
                    items.append((text_of[v], True, low, v))
        out.append((qid, query_text(tweet), items))
    return out


def split(lists, fraction: float, seed: int):
    fit, tune = [], []
    for item in lists:
        h = int(hashlib.sha1(f"{seed}:{item[0]}".encode()).hexdigest(), 16) % 1000
        (tune if h < fraction * 1000 else fit).append(item)
    return fit, tune


def map_at_5(lists, scores_of) -> float:
    total = 0.0
    for qid, q, items in lists:
        s = scores_of(qid, q, items)
        order = np.argsort(-np.asarray(s), kind="stable")
        ranked = [items[i][3] for i in order]
        relevant = {v for _, lab, _, v in items if lab}
        total += average_precision(ranked, relevant, 5) if relevant else 0.0
    return total / max(1, len(lists))


def train(fit, args):
    import torch

    model, model_dir, model_id = base_model(1, args.seed)
    model.train()
    tok = pair_tokenizer(model_dir / "tokenizer.json", args.max_length)
    rng = random.Random(args.seed)
    groups = []
    for _, q, items in fit:
        pos = [it for it in items if it[1]]
        neg = [it for it in items if not it[1]]
        if pos and neg:
            groups.append((q, pos, neg))
    steps = args.epochs * ((len(groups) + args.queries_per_step - 1) // args.queries_per_step)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    sched = scheduler(opt, steps)
    step = 0
    t0 = time.perf_counter()
    for epoch in range(args.epochs):
        rng.shuffle(groups)
        for start in range(0, len(groups), args.queries_per_step):
            batch = groups[start : start + args.queries_per_step]
            qs, ds, sizes = [], [], []
            for q, pos, neg in batch:
                p = rng.choice(pos)
                negs = rng.sample(neg, min(len(neg), args.negatives))
                for d in [p] + negs:
                    qs.append(q)
                    ds.append(d[0])
                sizes.append(1 + len(negs))
            ids, mask, types = tensors(tok, qs, ds)
            logits = model(input_ids=ids, attention_mask=mask, token_type_ids=types).logits[:, 0]
            loss = 0.0
            off = 0
            for n in sizes:  # listwise: the gold item (first) against its query's negatives
                loss = loss - torch.log_softmax(logits[off : off + n], 0)[0]
                off += n
            loss = loss / len(sizes)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 20 == 0 or step == steps:
                el = time.perf_counter() - t0
                log(f"epoch {epoch + 1} step {step}/{steps} loss {float(loss):.3f} "
                    f"({el:.0f} s, ~{el / step * (steps - step):.0f} s left)")
    model.eval()
    return model, tok, model_id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--queries", required=True, help="train tweets.queries.tsv")
    ap.add_argument("--qrels", required=True, help="train qrels")
    ap.add_argument("--home", help="collection directory to build/reuse (default: temporary)")
    ap.add_argument("--out", default=str(ROOT / "verify" / "data"), help="where the artefact goes")
    ap.add_argument("--depth", type=int, default=30, help="first-stage candidates per query")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--negatives", type=int, default=11, help="negatives per query per step")
    ap.add_argument("--queries-per-step", type=int, default=4)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--tune-fraction", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    qrels = read_qrels(args.qrels)
    queries = read_tsv(args.queries)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(args.home) if args.home else Path(tmp) / "home"
        coll, _, _ = build(home, args.corpus, None)
        lists = candidate_lists(coll, queries, qrels, args.depth, add_gold=True)
        coll.close()
    fit, tune = split(lists, args.tune_fraction, args.seed)
    log(f"{len(fit)} fit queries, {len(tune)} tune queries, depth {args.depth}")
    # The tune lists are scored as retrieval sees them: no gold added beyond the first stage.
    tune = [(q, t, [it for it in items[: args.depth]]) for q, t, items in tune]
    model, tok, model_id = train(fit, args)

    logits = {qid: torch_logits(model, tok, [q] * len(items), [it[0] for it in items])[:, 0]
              for qid, q, items in tune}  # fmt: skip
    base = map_at_5(tune, lambda qid, q, items: [it[2] for it in items])
    ce_only = map_at_5(tune, lambda qid, q, items: logits[qid])
    best = (base, 0.0, args.depth)
    grid = {}
    for depth in (10, 20, 30):
        for w in (0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0):
            def fused(qid, q, items, w=w, depth=depth):
                sig = 1 / (1 + np.exp(-logits[qid]))
                return [it[2] + (w * s if i < depth else -1e9 + it[2])
                        for i, (it, s) in enumerate(zip(items, sig))]
            m = map_at_5(tune, fused)
            grid[f"{depth}:{w}"] = round(m, 4)
            if m > best[0] + 1e-9:
                best = (m, w, depth)
    log(f"tune MAP@5: first stage {base:.4f}, cross-encoder alone {ce_only:.4f}, "
        f"fused {best[0]:.4f} (weight {best[1]}, depth {best[2]})")

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".rerank-") as tmpd:
        tmpd = Path(tmpd)
        int8 = export_int8(model, tok, tmpd, "reranker.int8.onnx")
        exported = onnx_model(int8, model_id, args.max_length)
        diffs, corr = [], []
        for qid, q, items in tune[:60]:
            got = exported.logits([q] * len(items), [it[0] for it in items])[:, 0]
            diffs.append(np.abs(got - logits[qid]).mean())
            corr.append(np.corrcoef(got, logits[qid])[0, 1])
        info = {
            "base_model": model_id,
            "trained_on": "CheckThat! 2020 task 2 train (tweet -> verified claim)",
            "weight": best[1],
            "depth": best[2],
            "max_length": args.max_length,
            "tune_map_at_5": {"first_stage": round(base, 4), "cross_encoder": round(ce_only, 4),
                              "fused": round(best[0], 4), "grid": grid},
            "int8_vs_torch": {"mean_abs_logit_diff": round(float(np.mean(diffs)), 4),
                              "mean_correlation": round(float(np.mean(corr)), 4)},
            "args": {k: v for k, v in vars(args).items() if k not in {"corpus", "queries", "qrels",
                                                                      "home", "out"}},
        }
        (tmpd / "reranker.json").write_text(json.dumps(info, indent=2) + "\n")
        os.replace(int8, out_dir / "reranker.int8.onnx")
        os.replace(tmpd / "reranker.json", out_dir / "reranker.json")
    print(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
