"""The one held-out split every stance script shares.

Deterministic and content-addressed, so it never depends on row order:
* FNC-1: whole bodies, by `Body ID` (20 %): headlines and bodies repeat across rows.
* Emergent: whole claims, by `claimId` (20 %): a claim's headlines stay together.
* SICK: the `TRIAL` rows of `SemEval_set` (495 pairs).
The training script never sees a held-out row; it tunes on a validation part carved
from the remaining (training) rows with a different salt.
"""

from __future__ import annotations

import hashlib

HOLDOUT_PERCENT = 20
VALIDATION_PERCENT = 20


def _bucket(salt: str, key: object) -> int:
    return int(hashlib.sha1(f"{salt}:{key}".encode()).hexdigest()[:8], 16) % 100


def fnc_holdout(body_id: int) -> bool:
    return _bucket("fnc-holdout", int(body_id)) < HOLDOUT_PERCENT


def fnc_validation(body_id: int) -> bool:
    """Validation bodies inside the training part (for early stopping and thresholds)."""
    return not fnc_holdout(body_id) and _bucket("fnc-val", int(body_id)) < VALIDATION_PERCENT


def fnc_fold(body_id: int, k: int) -> int:
    return _bucket("fnc-fold", int(body_id)) % k


def emergent_holdout(claim_id: str) -> bool:
    return _bucket("emergent-holdout", claim_id) < HOLDOUT_PERCENT


def emergent_validation(claim_id: str) -> bool:
    return not emergent_holdout(claim_id) and _bucket("emergent-val", claim_id) < VALIDATION_PERCENT


def sick_holdout(semeval_set: str) -> bool:
    return semeval_set.strip().upper() == "TRIAL"
