"""Gradient-boosted tree inference in numpy, from a LightGBM model dump.

Importing lightgbm costs about a second, which the `verify check` path cannot afford; the
trained model is exported once (`TreeEnsemble.from_lightgbm`) to a small JSON file of flat
arrays that this module evaluates with numpy alone.
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
    def __init__(self, trees: list[_Tree], num_class: int, objective: str):
        self.trees = trees
        self.num_class = num_class
        self.objective = objective

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
        out = np.zeros((n, self.num_class), dtype=np.float64)
        rows = np.arange(n)
        for t in self.trees:
            node = np.zeros(n, dtype=np.int32)
            while True:
                f = t.feature[node]
                active = f >= 0
                if not active.any():
                    break
                x = X[rows[active], f[active]]
                nd = node[active]
                go_left = np.where(np.isnan(x), t.default_left[nd], x <= t.threshold[nd])
                node[active] = np.where(go_left, t.left[nd], t.right[nd])
            out[:, t.cls] += t.value[node]
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

    @classmethod
    def load(cls, path: Path) -> TreeEnsemble:
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
