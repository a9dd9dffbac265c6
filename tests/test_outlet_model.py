"""The learned cited-outlet reader: candidates, features, the packaged model and its use."""

import json

import pytest

from verify import outlet_model as om
from verify.extract import analyse_article


def test_candidates_strip_article_possessive_and_punctuation():
    s = "Jan Novak told the Ridgeline Ledger’s reporter, and Telex, that the U.S. plan failed."
    names = [c.name for c in om.candidates(s)]
    assert names == ["Jan Novak", "Ridgeline Ledger", "Telex", "U.S."]
    for c in om.candidates(s):
        assert s[c.start : c.end] == c.name


def test_context_folds_names_and_crosses_with_kind():
    s = "Ilse Brandt told Vestry, a community news site, that the harvest was lost."
    cand = next(c for c in om.candidates(s) if c.name == "Vestry")
    f = om.features(s, cand)
    assert "l1:told" in f and "l2:<Cap>_told" in f  # the teller's name is folded away
    assert "kind:unk1" in f and "l1k:told|unk1" in f
    assert "r2:,_a" in f
    people = om.features(s, cand, earlier_people={"Vestry"})
    assert "kind:person1" in people and "earlier_person" in people


def test_quoted_spans_run_to_the_end_when_left_open():
    s = "He said “we will not stop and Telex"
    assert om.quoted_spans(s) == [(8, len(s))]


def test_packaged_model_loads():
    model = om.load_model()
    assert model is not None
    assert 0.0 < model["threshold"] < 1.0
    assert len(model["weights"]) > 1000 and "bias" in model["weights"]
    assert model["trained_on"]  # which labelled sets it learned from


def _model(**weights):
    return {"weights": {"bias": -2.0, **weights}, "threshold": 0.5}


def test_best_outlet_picks_the_highest_scoring_name_above_threshold():
    s = "Residents told Kavarna Weekly that the water was off, Mayor Ana Lopez said."
    model = _model(**{"l1:told": 3.0})
    name, p = om.best_outlet(s, model=model)
    assert name == "Kavarna Weekly" and p > 0.5
    assert om.best_outlet(s, model=_model()) is None  # nothing clears the threshold


def test_best_outlet_never_returns_the_articles_own_outlet():
    s = "Residents told Kavarna Weekly that the water was off."
    assert om.best_outlet(s, own={"Kavarna Weekly"}, model=_model(**{"l1:told": 3.0})) is None


def test_best_outlet_canonicalises_known_outlets():
    s = "Officials confirmed the figures to the New York Times on Monday."
    name, _ = om.best_outlet(s, model=_model(outlet_table=4.0))
    assert name == "The New York Times"


def test_extractor_credits_an_outlet_in_a_construction_no_rule_reads(monkeypatch):
    text = (
        "The council raised water charges by 40 percent on Monday.\n"
        "On Wednesday, an anonymous source confirmed to Bloomberg that the councillor had resigned.\n"
        "The flaw was discovered by MacRumors, which found that a reset erased the files."
    )
    claims = analyse_article(text, outlet="Otago Daily Times")
    assert [c.cited_source for c in claims] == [None, "Bloomberg", "MacRumors"]
    monkeypatch.setattr(om, "load_model", lambda: None)  # rules alone miss both
    assert [c.cited_source for c in analyse_article(text, outlet="Otago Daily Times")] == [None, None, None]


def test_a_person_told_is_not_an_outlet():
    text = "Farmer Ilse Brandt met Maribel Ortiz on Monday.\nBrandt told Maribel Ortiz that the harvest was lost."
    claims = analyse_article(text)
    assert claims[1].cited_source is None


@pytest.mark.parametrize("weights", [{"bias": 0.1}])
def test_model_file_is_plain_json(tmp_path, weights):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"weights": weights, "threshold": 0.6}))
    model = json.loads(path.read_text())
    assert om.probability(model, ["bias"]) == pytest.approx(0.525, abs=1e-3)
