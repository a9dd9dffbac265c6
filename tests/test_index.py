"""Contract test for the vector index: build, save, load, count, search, remove."""

import numpy as np
import pytest

from verify.errors import CollectionError
from verify.index import Manifest, VectorIndex, read_manifest


def _vecs(n, d=8, seed=0):
    v = np.random.default_rng(seed).normal(size=(n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_build_save_load_search_remove(tmp_path):
    vecs = _vecs(20)
    ids = np.arange(100, 120)
    idx = VectorIndex(8)
    idx.add(ids, vecs)
    assert idx.count == 20
    scores, found = idx.search(vecs[3], 3)
    assert found[0][0] == 103
    assert scores[0][0] == pytest.approx(1.0, abs=1e-5)

    idx.save(tmp_path, Manifest(model_id="m", dims=8, count=idx.count, generation=7))
    loaded, manifest = VectorIndex.load(tmp_path)
    assert loaded.count == 20 and manifest.generation == 7 and manifest.metric == "inner_product"
    assert loaded.search(vecs[5], 1)[1][0][0] == 105

    assert loaded.remove([105, 106]) == 2
    assert loaded.count == 18
    assert 105 not in loaded.search(vecs[5], 18)[1][0]


def test_empty_index_search_returns_no_ids():
    idx = VectorIndex(4)
    scores, ids = idx.search(np.ones(4, dtype=np.float32), 5)
    assert (ids == -1).all()


def test_dimension_mismatch_is_an_error():
    idx = VectorIndex(4)
    with pytest.raises(CollectionError, match="rebuild"):
        idx.add(np.array([1]), np.ones((1, 5), dtype=np.float32))


def test_manifest_count_mismatch_is_detected(tmp_path):
    idx = VectorIndex(8)
    idx.add(np.arange(3), _vecs(3))
    idx.save(tmp_path, Manifest(model_id="m", dims=8, count=99, generation=1))
    with pytest.raises(CollectionError, match="verify index rebuild"):
        VectorIndex.load(tmp_path)


def test_missing_index_has_no_manifest(tmp_path):
    assert read_manifest(tmp_path) is None
