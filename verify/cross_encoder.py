"""A cross-encoder on ONNX Runtime: two texts read together in one pass, no torch.

The packaged MiniLM fine-tuned with a classification head (scripts/train_reranker.py,
scripts/train_stance_ce.py), exported to ONNX and quantised to int8, is run here with the
model's own fast tokenizer, as BERT pair inputs ([CLS] a [SEP] b [SEP]). Used by
verify.rerank (one relevance logit) and verify.stance (four stance logits).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np


class OnnxCrossEncoder:
    def __init__(self, model_path: Path, tokenizer_path: Path, max_length: int = 128,
                 threads: int | None = None):  # fmt: skip
        from .fast_encoder import _session

        self._session = _session(Path(model_path), threads)
        self._tok = pair_tokenizer(Path(tokenizer_path), max_length)

    def logits(self, first: Sequence[str], second: Sequence[str]) -> np.ndarray:
        """(n, outputs) logits for the pairs (first[i], second[i]).

        Each distinct pair is run on its own: int8 dynamic quantisation scales activations
        by the range of the whole batch, so batching would make a pair's logit depend on its
        neighbours (and pad it to the longest); one pair per run is as fast on a CPU for the
        few dozen pairs of a query, and a pair always gets the same logit. Identical pairs (a
        statement copied by several outlets) are read once."""
        if not len(first):
            return np.zeros((0, 1), dtype=np.float32)
        unique: dict[tuple[str, str], int] = {}
        slot = [unique.setdefault(p, len(unique)) for p in zip(first, second)]
        enc = self._tok.encode_batch(list(unique))
        rows = [
            self._session.run(None, dict(zip(_INPUTS, _pad([e]))))[0][0] for e in enc
        ]
        return np.asarray(rows, dtype=np.float32)[np.asarray(slot)]


_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _pad(enc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
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


def pair_tokenizer(tokenizer_path: Path, max_length: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_path))
    tok.enable_truncation(max_length=max_length, strategy="longest_first")
    tok.no_padding()
    return tok


def encode_pairs(tok, first: Sequence[str], second: Sequence[str]):
    """BERT pair inputs (ids, attention mask, segment ids 0/1), padded to the longest."""
    return _pad(tok.encode_batch(list(zip(first, second))))


def tokenizer_of(base_model: str) -> Path:
    """The tokenizer.json of the packaged model a cross-encoder was fine-tuned from."""
    from .embed import resolve_model_path

    _, model_dir = resolve_model_path(base_model)
    return Path(model_dir) / "tokenizer.json"
