"""A transparent fallback stance judge: similarity bands, negation and number mismatch.

Used only when the trained model's artefact (verify/data) is missing. Same API as
`verify.stance.StanceModel`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

LABELS = ("corroborates", "conflicts", "discusses", "unrelated")
_NEG = re.compile(
    r"\b(not|no|never|denied|denies|deny|false|fake|hoax|rejected|refuted|untrue|n't)\b", re.I
)
_NUM = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")


@dataclass
class StanceResult:
    label: str
    probs: dict[str, float]
    details: list[str] = field(default_factory=list)


def _numbers(text: str) -> set[float]:
    out = set()
    for m in _NUM.finditer(text):
        raw = m.group()
        try:
            v = float(raw.replace(",", ""))
        except ValueError:
            continue
        if "," in raw or not 1900 <= v <= 2100:  # a bare 1900-2100 is a year, not a count
            out.add(v)
    return out


class HeuristicStance:
    name = "heuristic"

    @classmethod
    def load(cls, path=None) -> HeuristicStance:
        return cls()

    def predict(
        self, claims, statements, claim_vecs, statement_vecs, cross_top=None
    ) -> list[StanceResult]:
        sims = np.sum(np.asarray(claim_vecs) * np.asarray(statement_vecs), axis=1)
        out = []
        for c, s, sim in zip(claims, statements, sims):
            details = []
            neg = bool(_NEG.search(c)) != bool(_NEG.search(s))
            nc, ns = _numbers(c), _numbers(s)
            if nc and ns and not nc & ns:
                details.append(f"{', '.join(map(_fmt, sorted(nc)))} vs {', '.join(map(_fmt, sorted(ns)))}")
            if neg:
                details.append("one side negates or denies")
            if sim >= 0.6 and details:
                label = "conflicts"
            elif sim >= 0.72:
                label = "corroborates"
            elif sim >= 0.45:
                label = "discusses"
            else:
                label = "unrelated"
            p = {lab: 0.05 for lab in LABELS}
            p[label] = 0.85
            out.append(StanceResult(label, p, details))
        return out


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)
