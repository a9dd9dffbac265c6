"""Stance of a statement (or a whole article) towards a claim.

Two small gradient-boosted tree models (trained with LightGBM, shipped as the compact JSON of
`verify.trees`, evaluated with numpy alone so `verify check` never imports lightgbm) in
`verify/data/`:

* the **pair model** judges one claim against one statement from frozen MiniLM vectors
  (cosine, u*v, |u-v|), token overlap, refuting/hedging cue counts and the detail-level
  conflicts of `verify.conflicts`. This is the path the CLI uses per matched claim.
* the **article model** turns an article into one verdict: the article is split into
  sentences, the sentences most similar to the claim are judged by the pair model, and the
  aggregates (top-1 / mean top-3 / max top-5 / similarity-weighted pair probabilities,
  similarity statistics, cue densities in the whole body and in the top sentences, overlap
  with the whole body, and the claim × top-sentences vector) feed a second small model.

The vectors are passed in by the caller (it has them from the index), so judging never
re-encodes text. Both models are retrained by `scripts/train_stance.py`.

When `stance_ce.int8.onnx` is installed, the pair path (`predict`, what `check` and `report`
use) also reads each pair with a **cross-encoder**: the packaged MiniLM fine-tuned on the
same training parts with a 4-way head (`scripts/train_stance_ce.py`), run on ONNX Runtime.
The trees decide how likely a pair is unrelated; among the related labels the two models'
distributions are averaged (weight w from stance_ce.json, fixed in advance at 0.5). Pairs
the trees find clearly unrelated (p >= CROSS_GATE), and pairs with a detail-level conflict
(figures, dates, actors, negation: the cross-encoder reads "around 1,000" vs "2,000" as
corroborating), keep the trees' verdict. The article model keeps the trees' pair
probabilities it was trained on. VERIFY_STANCE_CE=0 turns the cross-encoder off.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from verify.conflicts import NEGATION_RE, cue_counts, find_conflicts, main_clause
from verify.trees import TreeEnsemble

LABELS = ("corroborates", "conflicts", "discusses", "unrelated")
DATA_DIR = Path(__file__).parent / "data"
TOP_K = 5
NEAR_IDENTICAL = 0.9  # cosine above which a detail-free "discusses" pair corroborates
CROSS_GATE = 0.9  # pairs the trees call unrelated with at least this probability skip the CE
# Words that make a statement a relay of a claim rather than an assertion of it ("said" is
# not among them: attribution is how news states facts).
_HEDGED = re.compile(
    r"\b(reportedly|allegedly|purportedly|unconfirmed|unverified|rumou?r(?:s|ed)?|"
    r"claim(?:s|ed)?|according to unconfirmed)\b",
    re.I,
)

_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP = set(
    "a an the of in on at to for from by with and or but that which who whom this these those it "
    "its is are was were be been being has have had do does did will would can could should may "
    "might as than then so such not no he she they we you i his her their our your my me him them "
    "us about into over after before up down out off there here what when where why how all any "
    "says said say also just more most some new".split()
)


@dataclass
class StanceResult:
    label: str
    probs: dict[str, float]
    details: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # sentences the verdict rests on


# ---------------------------------------------------------------- features


def _tokens(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def _content(tokens: list[str]) -> set[str]:
    return {t for t in tokens if t not in _STOP and len(t) > 1}


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(zip(tokens, tokens[1:], strict=False))


def _lexical(claim: str, statement: str) -> list[float]:
    ct, st = _tokens(claim), _tokens(statement)
    cc, sc = _content(ct), _content(st)
    inter = len(cc & sc)
    cb, sb = _bigrams(ct), _bigrams(st)
    caps = {w.lower() for w in re.findall(r"\b[A-Z][a-zA-Z]+|\b\d[\d,.]*", claim)}
    return [
        np.log1p(len(ct)),
        np.log1p(len(st)),
        inter / max(1, len(cc | sc)),
        inter / max(1, len(cc)),
        inter / max(1, len(sc)),
        len(cb & sb) / max(1, len(cb)),
        len({c for c in caps if c in statement.lower()}) / max(1, len(caps)),
    ]


_KINDS = ("number", "date", "negation", "actor")
N_SCALAR_PAIR = 1 + 7 + 6 + 6 + 2 + 4


def _pair_scalars(claim: str, statement: str) -> tuple[list[float], list]:
    cc, sc = list(cue_counts(claim)), list(cue_counts(statement))
    # negations counted in the main clause only: "the only province that has not fallen"
    # asserts no negation (see conflicts.main_clause)
    cc[4] = len(NEGATION_RE.findall(main_clause(claim)))
    sc[4] = len(NEGATION_RE.findall(main_clause(statement)))
    conflicts = find_conflicts(claim, statement)
    kinds = [sum(1 for c in conflicts if c.kind == k) for k in _KINDS]
    row = (
        _lexical(claim, statement)
        + list(cc)
        + list(sc)
        + [abs(cc[4] - sc[4]), (sc[0] + sc[1]) - (cc[0] + cc[1])]
        + kinds
    )
    return row, conflicts


def pair_features(
    claims: list[str], statements: list[str], claim_vecs: np.ndarray, statement_vecs: np.ndarray
) -> tuple[np.ndarray, list[list]]:
    """Feature matrix of the pair model, and the conflict details found for each pair."""
    u = np.asarray(claim_vecs, dtype=np.float32)
    v = np.asarray(statement_vecs, dtype=np.float32)
    cos = np.sum(u * v, axis=1, keepdims=True)
    scal, details = [], []
    for c, s in zip(claims, statements, strict=True):
        row, conf = _pair_scalars(c, s)
        scal.append(row)
        details.append(conf)
    scal_arr = np.asarray(scal, dtype=np.float32).reshape(len(claims), N_SCALAR_PAIR - 1)
    return np.hstack([cos, scal_arr, u * v, np.abs(u - v)]).astype(np.float32), details


def article_features(
    claim: str,
    sentences: list[str],
    claim_vec: np.ndarray,
    sentence_vecs: np.ndarray,
    pair_probs: np.ndarray,
    order: np.ndarray,
) -> np.ndarray:
    """Aggregate the pair model over the top sentences into one article-level row.

    `order` indexes the sentences by decreasing similarity; `pair_probs` holds the pair
    model's probabilities for the first len(pair_probs) of them.
    """
    sims = sentence_vecs @ claim_vec
    top = order[:TOP_K]
    ts = sims[top]
    k = len(top)
    w = np.exp(ts * 10)
    w = w / w.sum()
    p = pair_probs
    centroid = sentence_vecs.mean(axis=0)
    centroid /= np.linalg.norm(centroid) + 1e-9
    mtop = sentence_vecs[top[:3]].mean(axis=0)
    mtop /= np.linalg.norm(mtop) + 1e-9
    body = " ".join(sentences)
    top_text = " ".join(sentences[i] for i in top[:3])
    nsent = max(1, len(sentences))
    bc = np.asarray(cue_counts(body), dtype=np.float32)
    tc = cue_counts(top_text)
    cc = cue_counts(claim)
    lex = _lexical(claim, body)
    conf = np.zeros(4, dtype=np.float32)
    for i in top[:3]:
        for d in find_conflicts(claim, sentences[i]):
            conf[_KINDS.index(d.kind)] += 1
    row = np.concatenate(
        [
            [
                ts[0],
                ts[: min(3, k)].mean(),
                ts.mean(),
                sims.mean(),
                sims.std(),
                (sims > 0.5).mean(),
            ],
            [float(centroid @ claim_vec), np.log1p(nsent), float(ts[0] - sims.mean())],
            p[0],
            p[: min(3, k)].mean(axis=0),
            p[:k].max(axis=0),
            (w[:, None] * p[:k]).sum(axis=0),
            lex[2:],
            bc / nsent,
            (bc[:2] > 0).astype(np.float32),
            tc,
            cc,
            conf,
            claim_vec * mtop,
        ]
    )
    return row.astype(np.float32)


# ---------------------------------------------------------------- model


_U = LABELS.index("unrelated")
_REL = [i for i in range(len(LABELS)) if i != _U]


def _blend(trees: np.ndarray, cross: np.ndarray, w: float) -> np.ndarray:
    """Whether a pair is related at all stays the trees' call (FNC-1 taught them that well;
    the cross-encoder calls loosely related statements corroborating); how it relates
    (corroborates / conflicts / discusses) is the weighted average of both models."""
    def related(p: np.ndarray) -> np.ndarray:
        r = p[:, _REL]
        return r / np.maximum(r.sum(axis=1, keepdims=True), 1e-12)

    mix = (1.0 - w) * related(trees) + w * related(cross)
    out = np.empty_like(trees)
    out[:, _REL] = mix * (1.0 - trees[:, [_U]])
    out[:, _U] = trees[:, _U]
    return out


def _load_cross(d: Path):
    """(cross-encoder, blend weight) from stance_ce.json in `d`, or (None, 0.0)."""
    from .config import enabled

    if not enabled("VERIFY_STANCE_CE"):
        return None, 0.0
    info_path, model_path = d / "stance_ce.json", d / "stance_ce.int8.onnx"
    if not (info_path.exists() and model_path.exists()):
        return None, 0.0
    from .cross_encoder import OnnxCrossEncoder, tokenizer_of

    try:
        info = json.loads(info_path.read_text())
        if tuple(info["labels"]) != LABELS:
            raise ValueError(f"labels {info['labels']} != {LABELS}")
        model = OnnxCrossEncoder(
            model_path,
            tokenizer_of(info.get("base_model", "all-MiniLM-L6-v2")),
            int(info.get("max_length", 128)),
        )
        return model, float(info["weight"])
    except Exception as e:  # noqa: BLE001 - a broken optional model must not stop a check
        print(f"Warning: stance cross-encoder in {d} not used ({e}); trees only.", file=sys.stderr)
        return None, 0.0


def _normalise(p: np.ndarray, weights: np.ndarray | None) -> np.ndarray:
    if weights is not None:
        p = p * weights
    return p / p.sum(axis=1, keepdims=True)


class StanceModel:
    """The shipped pair + article models; `load()` once, then predict many times."""

    def __init__(
        self, pair: TreeEnsemble, article: TreeEnsemble, config: dict, cross=None,
        cross_weight: float = 0.0,
    ):  # fmt: skip
        self.pair = pair
        self.article = article
        self.config = config
        self.cross = cross  # an OnnxCrossEncoder with one logit per label, or None
        self.cross_weight = cross_weight
        self._pair_w = np.asarray(config.get("pair_weights", [1, 1, 1, 1]), dtype=np.float64)
        self._art_w = np.asarray(config.get("article_weights", [1, 1, 1, 1]), dtype=np.float64)

    @classmethod
    def load(cls, path: str | Path | None = None) -> StanceModel:
        d = Path(path) if path else DATA_DIR
        config = json.loads((d / "stance_config.json").read_text())
        if tuple(config["labels"]) != LABELS:
            raise ValueError(f"{d}: stance model labels {config['labels']} != {LABELS}")
        pair = TreeEnsemble.load(d / config["pair_model"])
        article = TreeEnsemble.load(d / config["article_model"])
        cross, weight = _load_cross(d)
        return cls(pair, article, config, cross, weight)

    def _pair_raw(self, feats: np.ndarray) -> np.ndarray:
        if len(feats) == 0:
            return np.zeros((0, 4))
        return self.pair.predict_proba(feats)

    def _trees_proba(
        self, claims: list[str], statements: list[str], claim_vecs: np.ndarray, statement_vecs: np.ndarray
    ) -> tuple[np.ndarray, list]:
        """(n, 4) tree probabilities and the detail-level conflicts of each pair."""
        feats, details = pair_features(claims, statements, claim_vecs, statement_vecs)
        return _normalise(self._pair_raw(feats), self._pair_w), details

    def predict_proba(
        self,
        claims: list[str],
        statements: list[str],
        claim_vecs: np.ndarray,
        statement_vecs: np.ndarray,
    ) -> np.ndarray:
        """(n, 4) probabilities over LABELS for each (claim, statement) pair (trees only)."""
        return self._trees_proba(claims, statements, claim_vecs, statement_vecs)[0]

    def cross_proba(self, claims: list[str], statements: list[str]) -> np.ndarray | None:
        """(n, 4) cross-encoder probabilities, or None without the cross-encoder."""
        if self.cross is None or not claims:
            return None
        z = self.cross.logits(claims, statements)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def pair_proba(
        self,
        claims: list[str],
        statements: list[str],
        claim_vecs: np.ndarray,
        statement_vecs: np.ndarray,
        cross_top: int | None = None,
    ) -> tuple[np.ndarray, list]:
        """(n, 4) probabilities of the pair path (trees, blended with the cross-encoder where
        it is installed) and the detail-level conflicts of each pair. `cross_top`: only the
        first pairs (candidates in retrieval order) are read by the cross-encoder."""
        probs, details = self._trees_proba(claims, statements, claim_vecs, statement_vecs)
        if self.cross is None:
            return probs, details
        # The cross-encoder reads only the pairs the trees do not already find clearly
        # unrelated (most retrieved candidates are, so a check stays fast), and not those
        # with a detail-level conflict: it does not see figures and dates ("around 1,000"
        # vs "2,000" US citizens reads as corroborating to it), the trees' features do.
        n = len(claims) if cross_top is None else min(len(claims), cross_top)
        todo = [i for i in range(n) if probs[i, _U] < CROSS_GATE and not details[i]]
        ce = self.cross_proba([claims[i] for i in todo], [statements[i] for i in todo])
        if ce is not None:
            probs = probs.copy()
            probs[todo] = _blend(probs[todo], ce, self.cross_weight)
        return probs, details

    def predict(
        self,
        claims: list[str],
        statements: list[str],
        claim_vecs: np.ndarray,
        statement_vecs: np.ndarray,
        cross_top: int | None = None,
    ) -> list[StanceResult]:
        probs, details = self.pair_proba(
            claims, statements, claim_vecs, statement_vecs, cross_top=cross_top
        )
        out = []
        cosines = np.sum(np.asarray(claim_vecs) * np.asarray(statement_vecs), axis=1)
        for p, det, s, cos in zip(probs, details, statements, cosines, strict=True):
            label = LABELS[int(np.argmax(p))]
            if (
                label == "discusses"
                and cos >= NEAR_IDENTICAL
                and not det
                and not any(cue_counts(s)[:2])  # no refuting words
                and not _HEDGED.search(s)
            ):
                # The FNC-1 "discuss" class pulls attributed statements ("…, officials
                # said") to discusses even when they state the very same fact; a
                # near-identical statement with no differing detail corroborates; its
                # "discusses" mass moves to "corroborates" so the scores agree with the label.
                label = "corroborates"
                p = p.copy()
                p[0] += p[2]
                p[2] = 0.0
            out.append(
                StanceResult(
                    label=label,
                    probs={lab: float(x) for lab, x in zip(LABELS, p, strict=True)},
                    # shown whatever the label: a corroborating source may still differ in a detail
                    details=[d.text for d in det],
                    evidence=[s],
                )
            )
        return out

    def article_proba(
        self, claim: str, sentences: list[str], claim_vec: np.ndarray, sentence_vecs: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Article-level probabilities, the similarity order and the top pair probabilities."""
        sims = sentence_vecs @ claim_vec
        order = np.argsort(-sims, kind="stable")
        top = order[:TOP_K]
        pp = self.predict_proba(
            [claim] * len(top),
            [sentences[i] for i in top],
            np.repeat(claim_vec[None, :], len(top), axis=0),
            sentence_vecs[top],
        )
        row = article_features(claim, sentences, claim_vec, sentence_vecs, pp, order)
        p = self.article.predict_proba(row[None, :])
        return _normalise(p, self._art_w)[0], order, pp


# ---------------------------------------------------------------- articles

_SPLIT_RE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"”’']?|$)", re.M)


def article_sentences(article_text: str) -> list[str]:
    """The article's statements, as claim extraction sees them (falls back to a regex split)."""
    sents: list[str] = []
    try:
        from verify.extract import extract_claims

        sents = [(c.standalone_text or c.text).strip() for c in extract_claims(article_text)]
    except Exception:  # extraction is being reworked elsewhere; never let it sink stance
        sents = []
    sents = [s for s in sents if s]
    if not sents:
        sents = [m.group(0).strip() for m in _SPLIT_RE.finditer(article_text)]
        sents = [s for s in sents if len(s.split()) >= 3]
    if not sents and article_text.strip():
        sents = [article_text.strip()]
    return sents


def article_stance(
    claim: str,
    article_text: str,
    embed: Callable[[list[str]], np.ndarray],
    model: StanceModel,
    *,
    sentences: list[str] | None = None,
    sentence_vecs: np.ndarray | None = None,
    claim_vec: np.ndarray | None = None,
) -> StanceResult:
    """Stance of a whole article towards a claim.

    The article is split into statements, the TOP_K most similar to the claim (cosine of
    MiniLM vectors) are judged by the pair model, and the article model combines those
    judgements with article-wide cues (see `article_features`). Callers that already hold
    the sentences and their vectors may pass them to avoid re-encoding.
    """
    if sentences is None:
        sentences = article_sentences(article_text)
    if not sentences:
        p = np.array([0.0, 0.0, 0.0, 1.0])
        return StanceResult("unrelated", dict(zip(LABELS, p.tolist(), strict=True)))
    if sentence_vecs is None:
        sentence_vecs = embed(sentences)
    if claim_vec is None:
        claim_vec = embed([claim])[0]
    p, order, pp = model.article_proba(claim, sentences, claim_vec, sentence_vecs)
    label = LABELS[int(np.argmax(p))]
    top = order[:TOP_K]
    details: list[str] = []
    evidence: list[str] = []
    if label != "unrelated":
        # the evidence: top sentences, strongest for the verdict first
        ranked = sorted(range(len(top)), key=lambda j: -pp[j][LABELS.index(label)])
        evidence = [sentences[top[j]] for j in ranked[:3]]
    for s in evidence:  # shown whatever the label (see StanceModel.predict)
        details.extend(d.text for d in find_conflicts(claim, s))
    return StanceResult(
        label=label,
        probs={lab: float(x) for lab, x in zip(LABELS, p, strict=True)},
        details=details,
        evidence=evidence,
    )
