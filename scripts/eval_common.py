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
