"""Reranking: a cross-encoder reads the query and each top candidate together.

A bi-encoder (the FAISS side) compares two vectors made separately; a cross-encoder sees
both texts in one pass, so it can tell "the statement that makes this claim" from "a
statement on the same topic". It is the packaged MiniLM fine-tuned as a cross-encoder on
CheckThat! 2020 train (tweet -> verified claim) by `scripts/train_reranker.py`, exported
to ONNX and quantised to int8 (`verify/data/reranker.int8.onnx`, with `reranker.json`).

At query time it runs on ONNX Runtime (verify.cross_encoder): no torch. Only the top
`depth` candidates of the first stage are rescored, and the final score is
`first-stage score + weight x sigmoid(logit)` (weight and depth chosen on a held-out part
of the train queries, recorded in reranker.json). When the artefact is absent, or
VERIFY_RERANK=0, retrieval is the first stage alone.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .config import enabled
from .cross_encoder import OnnxCrossEncoder, tokenizer_of

DATA_DIR = Path(__file__).parent / "data"
MODEL_FILE = "reranker.int8.onnx"
INFO_FILE = "reranker.json"

_lock = threading.Lock()
_loaded: dict = {}


class CrossEncoderReranker:
    def __init__(self, model: OnnxCrossEncoder, info: dict):
        self.model = model
        self.info = info
        self.weight = float(info["weight"])
        self.depth = int(info["depth"])

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> CrossEncoderReranker:
        info = json.loads((data_dir / INFO_FILE).read_text())
        model = OnnxCrossEncoder(
            data_dir / MODEL_FILE,
            tokenizer_of(info.get("base_model", "all-MiniLM-L6-v2")),
            int(info.get("max_length", 128)),
        )
        return cls(model, info)

    def logits(self, query: str, texts: Sequence[str]) -> np.ndarray:
        """One relevance logit per text (higher: the text states what the query claims)."""
        return self.model.logits([query] * len(texts), list(texts))[:, 0]

    def scores(self, query: str, texts: Sequence[str]) -> np.ndarray:
        """The reranker's term of the final score: weight x sigmoid(logit)."""
        return self.weight / (1.0 + np.exp(-self.logits(query, texts)))


def get_reranker() -> CrossEncoderReranker | None:
    """The shipped reranker (loaded once per process), or None when absent or disabled."""
    if not enabled("VERIFY_RERANK"):  # VERIFY_RERANK=0: the first stage alone
        return None
    with _lock:
        if "default" not in _loaded:
            _loaded["default"] = None
            if (DATA_DIR / INFO_FILE).exists() and (DATA_DIR / MODEL_FILE).exists():
                try:
                    _loaded["default"] = CrossEncoderReranker.load()
                except Exception as e:  # noqa: BLE001 - a broken optional model must not stop a check
                    print(f"Warning: reranker not used ({e}); first stage only.", file=sys.stderr)
        return _loaded["default"]
