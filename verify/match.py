"""Matching: retrieve candidate statements, judge their stance, aggregate per source.

Retrieval (verify.retrieve), judgement (verify.stance) and aggregation (verify.score) are
kept apart; this module wires them for `verify check` and `verify report`.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field

import numpy as np

from . import score as scoring
from .provenance import source_group
from .retrieve import embed_query, retrieve

DEFAULT_K = 10
CANDIDATES = 40


@dataclass
class Evidence:
    claim_id: int
    article_id: int
    text: str
    outlet: str
    url: str | None
    published: str | None
    title: str | None
    similarity: float
    stance: str
    probs: dict[str, float]
    details: list[str] = field(default_factory=list)
    relevance: float = 0.0  # the retrieval score (first stage + reranker) that orders evidence
    speaker: str | None = None
    cited_source: str | None = None
    source_group: str = ""
    independent: bool = True  # False: a copy/relay collapsed into another item's group


@dataclass
class CheckResult:
    claim: str
    agreement: float
    explanation: str
    corroborating_outlets: list[str]
    conflicting_outlets: list[str]
    discussing_outlets: list[str]
    independent_corroborations: int
    independent_conflicts: int
    evidence: list[Evidence]
    collapsed: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def load_stance_model():
    """The trained stance model when its artefact is installed, else the heuristic judge."""
    try:
        from .stance import StanceModel

        return StanceModel.load()
    except (ImportError, FileNotFoundError, OSError):
        from .heuristic_stance import HeuristicStance

        return HeuristicStance.load()


class Matcher:
    """Holds the loaded stance model so batch work loads it once."""

    def __init__(self, collection, stance_model=None, *, cross_encoders: bool = True):
        self.collection = collection
        self._stance = stance_model
        # False: first-stage ranking and the stance trees alone (batch work, ~2.5x faster)
        self.cross_encoders = cross_encoders

    @property
    def stance(self):
        if self._stance is None:
            self._stance = load_stance_model()
            if not self.cross_encoders and getattr(self._stance, "cross", None) is not None:
                self._stance.cross = None
        return self._stance

    def _warm_stance(self) -> None:
        """Load what a query needs that does not touch SQLite (its connection is per-thread)."""
        try:
            self.stance  # noqa: B018 - loads and caches (trees and the stance cross-encoder)
        except Exception:  # noqa: BLE001 - the main thread meets the same error and reports it
            pass

    def _warm_index(self) -> None:
        try:
            self.collection.preload_index()
            from .rerank import get_reranker

            if self.cross_encoders:
                get_reranker()  # the reranker's session, cached for retrieve()
        except Exception:  # noqa: BLE001 - as above
            pass

    def check(
        self,
        text: str,
        k: int = DEFAULT_K,
        *,
        vector: np.ndarray | None = None,
        outlets: list[str] | None = None,
        exclude_outlets: list[str] | None = None,
        exclude_article_ids: set[int] | None = None,
        own_group: str | None = None,
    ) -> CheckResult:
        """Cross-check one claim against the collection."""
        if vector is None:
            # A cold process loads the stance models, the index and the reranker in two
            # helper threads while the encoder starts and encodes the query (mostly outside
            # the GIL): a few tenths of a second off `verify check`.
            warm = [threading.Thread(target=f, daemon=True)
                    for f in (self._warm_stance, self._warm_index)]  # fmt: skip
            for t in warm:
                t.start()
            vector = embed_query(self.collection, text)
            for t in warm:
                t.join()
        cands = retrieve(
            self.collection,
            text,
            vector,
            k=max(CANDIDATES, k * 3),
            outlets=outlets,
            exclude_outlets=exclude_outlets,
            exclude_article_ids=exclude_article_ids,
            rerank=self.cross_encoders,
        )
        if not cands:
            return _result(text, [], [])
        vecs = np.stack([c.vector for c in cands])
        results = self.stance.predict(
            [text] * len(cands),
            [c.row["standalone_text"] for c in cands],
            np.repeat(np.asarray(vector, dtype=np.float32)[None, :], len(cands), axis=0),
            vecs,
            cross_top=2 * k,  # the candidates that can reach the top k, in retrieval order
        )
        evidence = []
        for c, r in zip(cands, results):  # cands are in retrieval order, best first
            row = c.row
            evidence.append(
                Evidence(
                    claim_id=c.claim_id,
                    article_id=row["article_id"],
                    text=row["text"],
                    outlet=row["outlet"],
                    url=row.get("url"),
                    published=row.get("published"),
                    title=row.get("title"),
                    similarity=round(c.similarity, 4),
                    stance=r.label,
                    relevance=round(c.score, 4),
                    probs={k_: round(float(v), 4) for k_, v in r.probs.items()},
                    details=[str(d) for d in r.details],
                    speaker=row.get("speaker"),
                    cited_source=row.get("cited_source"),
                    source_group=source_group(row),
                )
            )
        # Related evidence first, each part in retrieval order (the reranker's), then the top k.
        evidence.sort(key=lambda e: e.stance == "unrelated")
        evidence = evidence[:k]
        return _result(text, evidence, [own_group] if own_group else [])


def _result(text: str, evidence: list[Evidence], own_groups: list[str]) -> CheckResult:
    """Collapse evidence into independent source groups and score the claim.

    Each group is represented by its origin (the item from the group's own outlet) when
    present, else by its most relevant item; the others are listed as collapsed.
    """
    own = {g.lower() for g in own_groups}
    groups: dict[str, list[Evidence]] = {}
    collapsed = []
    upstream: tuple[str, str] | None = None
    for e in evidence:
        if e.stance == "unrelated":
            continue
        if e.source_group.lower() in own:
            e.independent = False
            is_origin = e.outlet.lower() == e.source_group.lower()
            if upstream is None and is_origin:
                upstream = (e.outlet, e.stance)  # the original the claim relays
            reason = (
                "is the claim's own upstream source"
                if is_origin
                else f"relays the claim's own source ({e.source_group})"
            )
            collapsed.append({"claim_id": e.claim_id, "outlet": e.outlet, "reason": reason})
            continue
        groups.setdefault(e.source_group.lower(), []).append(e)
    votes: dict[str, scoring.GroupVote] = {}
    for key, items in groups.items():
        rep = max(
            items,
            key=lambda e: (e.outlet.lower() == key, scoring.vote(e.probs, e.similarity)[0]),
        )
        weight, support = scoring.vote(rep.probs, rep.similarity)
        votes[key] = scoring.GroupVote(rep.source_group, rep.outlet, rep.stance, weight, support)
        for e in items:
            if e is rep:
                continue
            e.independent = False
            if e.outlet != rep.outlet:
                collapsed.append(
                    {"claim_id": e.claim_id, "outlet": e.outlet,
                     "reason": f"same upstream source as {rep.outlet} ({rep.source_group})"}
                )
    vs = list(votes.values())
    details = [d for e in evidence if e.stance == "conflicts" for d in e.details]

    def outlets(label: str) -> list[str]:
        out = []
        for e in evidence:
            if e.stance == label and e.outlet not in out:
                out.append(e.outlet)
        return out

    return CheckResult(
        claim=text,
        agreement=round(scoring.agreement(vs), 4),
        explanation=scoring.explain(
            vs,
            details,
            len({c['outlet'] for c in collapsed} - {upstream[0] if upstream else None}),
            upstream,
        ),
        corroborating_outlets=outlets("corroborates"),
        conflicting_outlets=outlets("conflicts"),
        discussing_outlets=outlets("discusses"),
        independent_corroborations=sum(v.label == "corroborates" for v in vs),
        independent_conflicts=sum(v.label == "conflicts" for v in vs),
        evidence=evidence,
        collapsed=collapsed,
    )
