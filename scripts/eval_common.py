"""Metrics shared by the stance evaluation scripts (FNC-1 score, per-class F1, confusion)."""

from __future__ import annotations


def per_class_f1(gold: list[str], pred: list[str], classes: list[str]) -> dict[str, float]:
    out = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        npred = sum(1 for p in pred if p == c)
        ngold = sum(1 for g in gold if g == c)
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        out[c] = round(2 * prec * rec / (prec + rec), 4) if tp else 0.0
    return out


def confusion(gold: list[str], pred: list[str], classes: list[str]) -> dict[str, dict[str, int]]:
    """confusion[gold][predicted] = count."""
    m = {g: {p: 0 for p in classes} for g in classes}
    for g, p in zip(gold, pred, strict=True):
        m.setdefault(g, {q: 0 for q in classes}).setdefault(p, 0)
        m[g][p] += 1
    return m


def fnc_relative_score(gold: list[str], pred: list[str]) -> float:
    related = {"agree", "disagree", "discuss"}
    score = best = 0.0
    for g, t in zip(gold, pred, strict=True):
        best += 0.25 if g == "unrelated" else 1.0
        if g == t:
            score += 0.25
            if g != "unrelated":
                score += 0.5
        if g in related and t in related:
            score += 0.25
    return score / best if best else 0.0


def add_model_args(ap, holdout_help: str) -> None:
    """The options every stance evaluation script shares."""
    ap.add_argument("--holdout", action="store_true", help=holdout_help)
    ap.add_argument("--model", help="directory of a stance model (default: the shipped one)")
    ap.add_argument(
        "--cache", action="store_true", help="reuse the persistent training embedding cache"
    )
    ap.add_argument(
        "--trees-only",
        action="store_true",
        help="judge pairs with the trees alone, without the stance cross-encoder "
        "(VERIFY_STANCE_CE=0)",
    )
    ap.add_argument(
        "--product-encoder",
        action="store_true",
        help="embed with the encoder `verify` itself uses (VERIFY_ENCODER; default ONNX int8) "
        "instead of the sentence-transformers encoder the model was trained with",
    )


def make_embedder(args):
    """texts -> vectors, memoised: the training encoder, or with --product-encoder the one
    `verify` itself uses."""
    if not getattr(args, "product_encoder", False):
        from stance_common import Embedder

        return Embedder(cache_name="minilm" if args.cache else None)
    import numpy as np

    from verify.embed import load_embedder

    encoder = load_embedder("all-MiniLM-L6-v2")
    memo: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, encoder.embed(missing), strict=True))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([memo[t] for t in texts])

    return embed


def judge_pairs(args, a: list[str], b: list[str]) -> list:
    """Pair-level stance through the product path (`StanceModel.predict`)."""
    import os

    from verify.stance import StanceModel

    if getattr(args, "trees_only", False):
        os.environ["VERIFY_STANCE_CE"] = "0"
    model = StanceModel.load(args.model)
    embed = make_embedder(args)
    return model.predict(a, b, embed(a), embed(b))


def classification_report(gold: list[str], pred: list[str], classes: list[str], labels=None) -> dict:
    """Accuracy, macro-F1 over `classes`, per-class F1 and confusion, rounded for printing."""
    f1 = per_class_f1(gold, pred, classes)
    return {
        "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(gold)), 4),
        "macro_f1": round(sum(f1.values()) / len(f1), 4),
        "f1": f1,
        "confusion": confusion(gold, pred, labels or classes),
    }
