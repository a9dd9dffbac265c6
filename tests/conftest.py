"""Shared fixtures: every path points at a temporary directory; a deterministic fake
embedder serves fast unit tests (the real model runs in tests marked `slow`)."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from verify.collection import Collection
from verify.config import resolve

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class HashEmbedder:
    """Bag of words and bigrams hashed into 384 dims: similar wording, similar vectors."""

    model_id = "test/hash-embedder"
    dims = 384

    def embed(self, texts, progress=None):
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for i, t in enumerate(texts):
            words = re.findall(r"[a-z0-9]+", t.lower())
            for tok in words + [a + " " + b for a, b in zip(words, words[1:])]:
                h = int(hashlib.md5(tok.encode()).hexdigest()[:8], 16)
                out[i, h % self.dims] += 1.0 if (h >> 9) & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1
        return out / norms


@pytest.fixture(scope="session", autouse=True)
def encoder_cache(tmp_path_factory):
    """The exported ONNX encoder goes to a per-session cache, never the user's."""
    import os

    path = tmp_path_factory.mktemp("encoders")
    old = os.environ.get("VERIFY_CACHE")
    os.environ["VERIFY_CACHE"] = str(path)
    yield path
    if old is None:
        os.environ.pop("VERIFY_CACHE", None)
    else:
        os.environ["VERIFY_CACHE"] = old


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("VERIFY_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("VERIFY_MODEL", raising=False)
    monkeypatch.delenv("VERIFY_MAX_BYTES", raising=False)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def fake_embedder(monkeypatch):
    """Make every Collection (CLI included) use the HashEmbedder."""
    emb = HashEmbedder()
    monkeypatch.setattr("verify.collection.load_embedder", lambda model: emb)
    return emb


@pytest.fixture
def coll(fake_embedder, tmp_path):
    c = Collection(resolve(tmp_path / "home"), embedder=fake_embedder).create()
    yield c
    c.close()


@pytest.fixture
def seeds_copy(tmp_path):
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
