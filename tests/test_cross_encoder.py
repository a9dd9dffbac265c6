"""The shipped cross-encoders (reranker, stance) on ONNX Runtime: inputs, loading, behaviour."""

from __future__ import annotations

import numpy as np
import pytest

from verify import rerank
from verify.cross_encoder import encode_pairs, pair_tokenizer, tokenizer_of
from verify.stance import DATA_DIR, LABELS, StanceModel


def test_pair_inputs_mark_and_keep_both_texts():
    tok = pair_tokenizer(tokenizer_of("all-MiniLM-L6-v2"), 32)
    ids, mask, types = encode_pairs(tok, ["a claim", "x"], ["a statement", "a much longer one here"])
    assert ids.shape == mask.shape == types.shape
    assert types[0, 0] == 0 and types[0].max() == 1  # segment ids: 0 for the claim, 1 after
    assert mask[0].sum() < mask[1].sum()  # padded to the longest pair
    ids, mask, types = encode_pairs(tok, ["word " * 100], ["other " * 100])
    assert ids.shape[1] == 32 and types[0].max() == 1  # truncation keeps some of each text


def test_shipped_reranker_prefers_the_statement_that_makes_the_claim():
    model = rerank.get_reranker()
    assert model is not None, "verify/data/reranker.int8.onnx is part of the package"
    logits = model.logits(
        "New study shows vaccines cause autism in children",
        [
            "A study claims that childhood vaccines cause autism.",
            "The stock market fell sharply on Monday after the rate decision.",
        ],
    )
    assert logits[0] > logits[1]
    s = model.scores("q", ["a", "b"])
    assert np.all((s >= 0) & (s <= model.weight))


def test_reranker_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("VERIFY_RERANK", "0")
    assert rerank.get_reranker() is None


def test_stance_cross_encoder_is_blended_and_can_be_turned_off(monkeypatch):
    if not (DATA_DIR / "stance_ce.json").exists():
        pytest.skip("the stance cross-encoder is optional and not installed")
    model = StanceModel.load()
    assert model.cross is not None and 0 < model.cross_weight <= 1
    claims = ["The Taliban captured the Panjshir valley on Monday."] * 2
    statements = [
        "The Taliban did not capture the Panjshir valley, resistance fighters said.",
        "Apple shares rose 3 percent after the quarterly earnings report.",
    ]
    p = model.cross_proba(claims, statements)
    assert p.shape == (2, len(LABELS)) and np.allclose(p.sum(1), 1)
    assert p[1, LABELS.index("unrelated")] > 0.5
    assert p[0, LABELS.index("conflicts")] > p[0, LABELS.index("corroborates")]
    monkeypatch.setenv("VERIFY_STANCE_CE", "0")
    assert StanceModel.load().cross is None


def test_cross_encoder_logits_do_not_depend_on_the_batch_and_copies_are_read_once():
    model = rerank.get_reranker().model
    q = "The Taliban captured the Panjshir valley"
    texts = ["Panjshir fell to the Taliban.", "word " * 200, "Panjshir fell to the Taliban.", "x"]
    together = model.logits([q] * 4, texts)[:, 0]
    alone = np.array([model.logits([q], [t])[0, 0] for t in texts])
    assert np.allclose(together, alone)  # a pair's logit does not depend on its neighbours
    assert together[0] == together[2]


def test_a_broken_stance_cross_encoder_falls_back_to_the_trees(tmp_path, capsys):
    import shutil

    for name in ("stance_config.json", "stance_pair.npz", "stance_article.npz", "stance_ce.json"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "stance_ce.int8.onnx").write_bytes(b"version https://git-lfs.github.com/spec/v1\n")
    model = StanceModel.load(tmp_path)
    assert model.cross is None
    assert "trees only" in capsys.readouterr().err
    (tmp_path / "stance_ce.int8.onnx").unlink()  # json without the model: quietly trees only
    assert StanceModel.load(tmp_path).cross is None
