"""Aggregation: one agreement score per claim from the stance of its evidence.

Formula (documented in the README): evidence is grouped into independent sources (an
outlet, or the upstream source that several outlets relay or copy); each group counts
once, through its most relevant item e, with weight w = sim(e) * (1 - p_unrelated(e))
and support s = (p_corroborates - p_conflicts) / (p_corroborates + p_conflicts + p_discusses).

    agreement = sum_g w_g * s_g / (sum_g w_g + LAMBDA)

LAMBDA shrinks thin evidence toward 0, so one weak match never reads as certainty.
The result lies in [-1, 1]: +1 many strong independent corroborations, -1 many conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass

LAMBDA = 0.5


@dataclass
class GroupVote:
    group: str
    outlet: str
    label: str
    weight: float
    support: float


def vote(probs: dict[str, float], similarity: float) -> tuple[float, float]:
    pc, px, pd = probs.get("corroborates", 0), probs.get("conflicts", 0), probs.get("discusses", 0)
    related = pc + px + pd
    weight = max(0.0, similarity) * (1.0 - probs.get("unrelated", 0.0))
    support = (pc - px) / related if related > 0 else 0.0
    return weight, support


def agreement(votes: list[GroupVote]) -> float:
    num = sum(v.weight * v.support for v in votes)
    den = sum(v.weight for v in votes) + LAMBDA
    return max(-1.0, min(1.0, num / den)) if votes else 0.0


def explain(
    votes: list[GroupVote],
    conflict_details: list[str],
    collapsed: int,
    upstream: tuple[str, str] | None = None,
) -> str:
    """One line for people. `upstream` is (outlet, stance) of the source the claim relays."""
    corr = [v for v in votes if v.label == "corroborates"]
    conf = [v for v in votes if v.label == "conflicts"]
    disc = [v for v in votes if v.label == "discusses"]
    parts = []
    if corr:
        parts.append(f"{len(corr)} independent source{'s' if len(corr) != 1 else ''} corroborate{'s' if len(corr) == 1 else ''}")
    if conf:
        on = f" on {conflict_details[0]}" if conflict_details else ""
        parts.append(f"{len(conf)} conflict{'s' if len(conf) == 1 else ''}{on}")
    if disc:
        parts.append(f"{len(disc)} only discuss{'es' if len(disc) == 1 else ''} it")
    if not parts:
        parts.append("no independent source reports it")
    text = ", ".join(parts)
    if upstream:
        verb = {"corroborates": "says the same", "conflicts": "says otherwise"}.get(
            upstream[1], "has a related statement"
        )
        text += f"; its upstream source {upstream[0]} {verb}"
    if collapsed:
        text += (
            f"; {collapsed} outlet{'s' if collapsed != 1 else ''} copying or relaying a source "
            "already counted (not independent)"
        )
    return text[0].upper() + text[1:]
