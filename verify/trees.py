"""Gradient-boosted tree inference in numpy, from a LightGBM model dump.

Importing lightgbm costs about a second, which the `verify check` path cannot afford; the
trained model is exported once (`TreeEnsemble.from_lightgbm`) to a small file of flat arrays
(`.npz`, which loads in milliseconds; `.json` is read too) that this module evaluates with
numpy alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class _Tree:
    feature: np.ndarray  # int, -1 at leaves
    threshold: np.ndarray
    left: np.ndarray  # child index
    right: np.ndarray
    default_left: np.ndarray  # bool: where NaN goes
    value: np.ndarray  # leaf value (0 at internal nodes)
    cls: int  # which class's raw score this tree adds to


def _flatten(root: dict, cls: int) -> _Tree:
    """Nested LightGBM tree dump -> flat arrays (pre-order)."""
    feat: list[int] = []
    thr: list[float] = []
    left: list[int] = []
    right: list[int] = []
    dleft: list[bool] = []
    val: list[float] = []

    def walk(node: dict) -> int:
        idx = len(feat)
        feat.append(-1)
        thr.append(0.0)
        left.append(-1)
        right.append(-1)
        dleft.append(True)
        val.append(0.0)
        if "split_feature" not in node:
            val[idx] = float(node["leaf_value"])
            return idx
        if node.get("decision_type", "<=") != "<=":
            raise ValueError("only numerical splits are supported")
        feat[idx] = int(node["split_feature"])
        thr[idx] = float(node["threshold"])
        dleft[idx] = bool(node.get("default_left", True))
        left[idx] = walk(node["left_child"])
        right[idx] = walk(node["right_child"])
        return idx

    walk(root)
    return _Tree(
        np.array(feat, dtype=np.int32),
        np.array(thr, dtype=np.float64),
        np.array(left, dtype=np.int32),
        np.array(right, dtype=np.int32),
        np.array(dleft, dtype=bool),
        np.array(val, dtype=np.float64),
        cls,
    )


class TreeEnsemble:
    """The trees, plus the same trees packed into flat arrays so that every tree is walked
    at once, level by level: a few dozen numpy operations instead of a Python loop over
    ~1,600 trees."""

    def __init__(self, trees: list[_Tree], num_class: int, objective: str):
        self.trees = trees
        self.num_class = num_class
        self.objective = objective
        sizes = np.array([len(t.feature) for t in trees], dtype=np.int64)
        offs = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        self._roots = offs
        feature = np.concatenate([t.feature for t in trees]).astype(np.int64)
        self._threshold = np.concatenate([t.threshold for t in trees])
        self._default_left = np.concatenate([t.default_left for t in trees])
        self._value = np.concatenate([t.value for t in trees])
        # Children as global node ids; leaves point at themselves so the walk can overrun.
        ids = np.arange(len(feature), dtype=np.int64)
        shift = np.repeat(offs, sizes)
        leaf = feature < 0
        left = np.concatenate([t.left for t in trees]).astype(np.int64)
        right = np.concatenate([t.right for t in trees]).astype(np.int64)
        self._left = np.where(leaf, ids, left + shift)
        self._right = np.where(leaf, ids, right + shift)
        feature[leaf] = 0
        self._feature = feature
        self._is_leaf = leaf
        self._cls = np.array([t.cls for t in trees], dtype=np.int64)

    @classmethod
    def from_lightgbm(cls, booster) -> TreeEnsemble:
        """Convert a trained lightgbm.Booster (numerical splits only)."""
        dump = booster.dump_model()
        num_class = int(dump.get("num_class", 1))
        trees = [_flatten(info["tree_structure"], i % num_class) for i, info in enumerate(dump["tree_info"])]
        return cls(trees, num_class, dump.get("objective", ""))

    def predict_raw(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        n = X.shape[0]
        node = np.broadcast_to(self._roots, (n, len(self._roots))).copy()
        rows = np.arange(n)[:, None]
        while (~self._is_leaf[node]).any():
            x = X[rows, self._feature[node]]
            go_left = np.where(np.isnan(x), self._default_left[node], x <= self._threshold[node])
            node = np.where(go_left, self._left[node], self._right[node])
        vals = self._value[node]
        out = np.zeros((n, self.num_class), dtype=np.float64)
        for c in range(self.num_class):
            out[:, c] = vals[:, self._cls == c].sum(axis=1)
        return out

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        raw = self.predict_raw(X)
        if self.num_class == 1:
            p = 1.0 / (1.0 + np.exp(-raw[:, 0]))
            return np.stack([1 - p, p], axis=1)
        raw -= raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        if Path(path).suffix == ".npz":
            self._save_npz(Path(path))
            return
        data = {
            "num_class": self.num_class,
            "objective": self.objective,
            "trees": [
                {
                    "feature": t.feature.tolist(),
                    "threshold": t.threshold.tolist(),
                    "left": t.left.tolist(),
                    "right": t.right.tolist(),
                    "default_left": t.default_left.astype(int).tolist(),
                    "value": t.value.tolist(),
                    "cls": t.cls,
                }
                for t in self.trees
            ],
        }
        Path(path).write_text(json.dumps(data, separators=(",", ":")))

    def _save_npz(self, path: Path) -> None:
        t = self.trees
        with open(path, "wb") as f:  # a file object: numpy adds no second suffix
            np.savez_compressed(
                f,
                sizes=np.array([len(x.feature) for x in t], dtype=np.int64),
                cls=np.array([x.cls for x in t], dtype=np.int64),
                feature=np.concatenate([x.feature for x in t]),
                threshold=np.concatenate([x.threshold for x in t]),
                left=np.concatenate([x.left for x in t]),
                right=np.concatenate([x.right for x in t]),
                default_left=np.concatenate([x.default_left for x in t]),
                value=np.concatenate([x.value for x in t]),
                num_class=np.array(self.num_class),
                objective=np.array(self.objective),
            )

    @classmethod
    def _load_npz(cls, path: Path) -> TreeEnsemble:
        with np.load(path, allow_pickle=False) as z:
            cuts = np.cumsum(z["sizes"])[:-1]
            parts = {k: np.split(z[k], cuts) for k in
                     ("feature", "threshold", "left", "right", "default_left", "value")}  # fmt: skip
            trees = [
                _Tree(parts["feature"][i], parts["threshold"][i], parts["left"][i],
                      parts["right"][i], parts["default_left"][i], parts["value"][i], int(c))
                for i, c in enumerate(z["cls"])
            ]  # fmt: skip
            return cls(trees, int(z["num_class"]), str(z["objective"]))

    @classmethod
    def load(cls, path: Path) -> TreeEnsemble:
        if Path(path).suffix == ".npz":
            return cls._load_npz(Path(path))
        data = json.loads(Path(path).read_text())
        trees = [
            _Tree(
                np.array(t["feature"], dtype=np.int32),
                np.array(t["threshold"], dtype=np.float64),
                np.array(t["left"], dtype=np.int32),
                np.array(t["right"], dtype=np.int32),
                np.array(t["default_left"], dtype=bool),
                np.array(t["value"], dtype=np.float64),
                int(t["cls"]),
            )
            for t in data["trees"]
        ]
        return cls(trees, int(data["num_class"]), data.get("objective", ""))
