"""The numpy tree evaluator reproduces LightGBM's own predictions."""

import numpy as np
import pytest

from verify.trees import TreeEnsemble

lightgbm = pytest.importorskip("lightgbm")


def test_matches_lightgbm_multiclass_with_missing_values(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(600, 6))
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0.5).astype(int) + (X[:, 2] > 1).astype(int)
    X[rng.random(X.shape) < 0.05] = np.nan
    booster = lightgbm.train(
        {"objective": "multiclass", "num_class": 4, "verbose": -1, "num_leaves": 7},
        lightgbm.Dataset(X, y),
        num_boost_round=30,
    )
    ens = TreeEnsemble.from_lightgbm(booster)
    ens.save(tmp_path / "m.json")
    loaded = TreeEnsemble.load(tmp_path / "m.json")
    expected = booster.predict(X)
    np.testing.assert_allclose(loaded.predict_proba(X), expected, atol=1e-6)
    assert (loaded.predict_proba(X).argmax(1) == y).mean() > 0.8
