"""The FAISS vector index: a rebuildable cache of the vectors stored in SQLite.

Exact inner product over L2-normalised vectors (= cosine). FAISS ids are the claims'
row ids, so a hit joins straight back to its row. A manifest beside the index records
model, dimensions, metric, count and the database generation it was built from; a
mismatch means the cache is stale and is rebuilt from SQLite.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .errors import CollectionError

INDEX_FILE = "claims.faiss"
MANIFEST_FILE = "manifest.json"
INDEX_VERSION = 1


@dataclass
class Manifest:
    model_id: str
    dims: int
    count: int
    generation: int
    metric: str = "inner_product"
    version: int = INDEX_VERSION


class VectorIndex:
    """Exact cosine search over claim vectors keyed by claim id."""

    def __init__(self, dims: int):
        import faiss

        self.dims = dims
        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(dims))

    @property
    def count(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids) == 0:
            return
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.shape[1] != self.dims:
            raise CollectionError(
                f"vector dimension {vectors.shape[1]} does not match the index ({self.dims}) — "
                "run: verify index rebuild"
            )
        self._index.add_with_ids(vectors, np.asarray(ids, dtype=np.int64))

    def remove(self, ids) -> int:
        import faiss

        ids = np.asarray(list(ids), dtype=np.int64)
        if len(ids) == 0:
            return 0
        return int(self._index.remove_ids(faiss.IDSelectorArray(ids)))

    def search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (scores, ids), each (n, k); missing slots have id -1."""
        vectors = np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)
        k = max(1, min(k, self.count)) if self.count else 1
        if self.count == 0:
            n = vectors.shape[0]
            return np.zeros((n, k), dtype=np.float32), -np.ones((n, k), dtype=np.int64)
        return self._index.search(vectors, k)

    def save(self, directory: Path, manifest: Manifest) -> None:
        """Write index then manifest, each via temp file + rename."""
        import faiss

        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
        os.close(fd)
        try:
            faiss.write_index(self._index, tmp)
            os.replace(tmp, directory / INDEX_FILE)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _atomic_write(directory / MANIFEST_FILE, json.dumps(asdict(manifest), indent=2))

    @classmethod
    def load(cls, directory: Path) -> tuple[VectorIndex, Manifest]:
        import faiss

        manifest = read_manifest(directory)
        if manifest is None:
            raise CollectionError(f"no index in {directory} — run: verify index rebuild")
        obj = cls.__new__(cls)
        obj.dims = manifest.dims
        try:
            obj._index = faiss.read_index(str(directory / INDEX_FILE))
        except RuntimeError as e:
            raise CollectionError(
                f"cannot read {directory / INDEX_FILE} ({e}) — run: verify index rebuild"
            ) from e
        if obj.count != manifest.count or obj._index.d != manifest.dims:
            raise CollectionError(
                f"index has {obj.count} vectors, manifest says {manifest.count} — "
                "run: verify index rebuild"
            )
        return obj, manifest


def read_manifest(directory: Path) -> Manifest | None:
    path = directory / MANIFEST_FILE
    if not path.exists() or not (directory / INDEX_FILE).exists():
        return None
    try:
        return Manifest(**json.loads(path.read_text()))
    except (ValueError, TypeError) as e:
        raise CollectionError(f"{path} is unreadable ({e}) — run: verify index rebuild") from e


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, path)
