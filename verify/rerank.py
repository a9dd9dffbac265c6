"""Reranking: a cross-encoder reads the query and each top candidate together.

A bi-encoder (the FAISS side) compares two vectors made separately; a cross-encoder sees
both texts in one pass, so it can tell "the statement that makes this claim" from "a
statement on the same topic". It is the packaged MiniLM fine-tuned as a cross-encoder on
CheckThat! 2020 train (tweet -> verified claim) by `scripts/train_reranker.py`, exported
to ONNX and quantised to int8 (`verify/data/reranker.int8.onnx`, with `reranker.json`).

At query time it runs on ONNX Runtime with the model's own fast tokenizer: no torch. Only
the top `depth` candidates of the first stage are rescored, and the final score is
`first-stage score + weight x sigmoid(logit)` (weight and depth chosen on a held-out part
of the train queries, recorded in reranker.json). When the artefact is absent, retrieval
falls back to the first stage alone.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).parent / "data"
MODEL_FILE = "reranker.int8.onnx"
INFO_FILE = "reranker.json"

_lock = threading.Lock()
_loaded: dict[str, CrossEncoderReranker | None] = {}


def enabled() -> bool:
    """VERIFY_RERANK=0 turns the cross-encoder off (first stage only)."""
    return os.environ.get("VERIFY_RERANK", "1").strip().lower() not in {"0", "false", "no", "off"}


class CrossEncoderReranker:
    def __init__(self, model_path: Path, info: dict, tokenizer_path: Path, threads: int | None = None):
        from .fast_encoder import _session

        self.info = info
        self.weight = float(info["weight"])
        self.depth = int(info["depth"])
        self.max_length = int(info.get("max_length", 128))
        self._session = _session(model_path, threads)
        self._tok = pair_tokenizer(tokenizer_path, self.max_length)

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, model_dir: Path | None = None) -> CrossEncoderReranker:
        info = json.loads((data_dir / INFO_FILE).read_text())
        if model_dir is None:
            from .embed import resolve_model_path

            _, model_dir = resolve_model_path(info.get("base_model", "all-MiniLM-L6-v2"))
        return cls(data_dir / MODEL_FILE, info, Path(model_dir) / "tokenizer.json")

    def logits(self, query: str, texts: Sequence[str], batch: int = 32) -> np.ndarray:
        """One relevance logit per text (higher: the text states what the query claims)."""
        out = np.zeros(len(texts), dtype=np.float32)
        for start in range(0, len(texts), batch):
            chunk = list(texts[start : start + batch])
            ids, mask, types = encode_pairs(self._tok, [query] * len(chunk), chunk)
            got = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )[0]
            out[start : start + len(chunk)] = np.asarray(got, dtype=np.float32).reshape(-1)
        return out

    def scores(self, query: str, texts: Sequence[str]) -> np.ndarray:
        """The reranker's term of the final score: weight x sigmoid(logit)."""
        return self.weight / (1.0 + np.exp(-self.logits(query, texts)))


def pair_tokenizer(tokenizer_path: Path, max_length: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_path))
    tok.enable_truncation(max_length=max_length, strategy="longest_first")
    tok.no_padding()
    return tok


def encode_pairs(tok, first: Sequence[str], second: Sequence[str]):
    """BERT pair inputs ([CLS] a [SEP] b [SEP], segment ids 0/1), padded to the longest."""
    enc = tok.encode_batch(list(zip(first, second)))
    width = max(len(e.ids) for e in enc)
    ids = np.zeros((len(enc), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    types = np.zeros_like(ids)
    for r, e in enumerate(enc):
        n = len(e.ids)
        ids[r, :n] = e.ids
        mask[r, :n] = 1
        types[r, :n] = e.type_ids
    return ids, mask, types


def get_reranker() -> CrossEncoderReranker | None:
    """The shipped reranker (loaded once per process), or None when absent or disabled."""
    if not enabled():
        return None
    with _lock:
        if "default" not in _loaded:
            try:
                _loaded["default"] = CrossEncoderReranker.load()
            except (FileNotFoundError, KeyError, ValueError, ImportError):
                _loaded["default"] = None
        return _loaded["default"]
