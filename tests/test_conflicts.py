from verify.conflicts import cue_counts, find_conflicts, parse_quantities


def kinds(claim: str, statement: str) -> list[str]:
    return [d.kind for d in find_conflicts(claim, statement)]


def test_numeric_conflict_is_detected_and_named():
    found = find_conflicts(
        "Around 1000 US citizens remain in Afghanistan", "2000 US citizens remain in Afghanistan"
    )
    assert [d.kind for d in found] == ["number"]
    d = found[0]
    assert "1000" in d.claim_value and d.statement_value == "2000"
    assert "1000" in d.text and "2000" in d.text and "US citizens" in d.text


def test_approximate_figure_within_tolerance_is_not_a_conflict():
    assert kinds("Around 1000 US citizens remain", "Some 1,050 US citizens remain") == []


def test_lower_bound_is_not_contradicted_by_a_larger_figure():
    assert kinds("At least 12 people were killed", "15 people were killed in the blast") == []
    assert kinds("At least 12 people were killed", "8 people were killed in the blast") == [
        "number"
    ]


def test_range_and_scale_words():
    assert kinds("Between 200 and 300 people attended", "About 250 people attended") == []
    assert kinds("Apple will sell 19 million watches", "Apple will sell 19M watches") == []
    assert kinds("Apple will sell 19 million watches", "Apple will sell 5 million watches") == [
        "number"
    ]


def test_numbers_with_different_units_are_not_compared():
    assert kinds("50 soldiers were captured", "The convoy had 200 vehicles") == []


def test_year_is_a_date_not_a_count():
    q = parse_quantities("In 2015 some 2000 US citizens left")
    assert [x.text for x in q] == ["some 2000"]
    assert kinds("The attack happened in 2015", "The attack happened in 2016") == ["date"]
    assert kinds("The attack happened in 2015", "The attack in 2015 killed many") == []


def test_day_of_month_conflict():
    found = find_conflicts("He was arrested on September 5", "He was arrested on September 7")
    assert [d.kind for d in found] == ["date"]
    assert found[0].text == "September 5 vs September 7"


def test_denial_and_negation():
    assert kinds("The Taliban captured Panjshir", "The Taliban denied capturing Panjshir") == [
        "negation"
    ]
    assert kinds("A man is playing a guitar", "A man is not playing a guitar") == ["negation"]
    assert kinds("Officials say there is no evidence of fraud", "Fraud was found") == ["negation"]
    assert kinds("A man is playing a guitar", "A man plays the guitar") == []


def test_actor_swap():
    assert kinds("Russia attacked Ukraine", "Ukraine attacked Russia") == ["actor"]
    assert kinds("Russia attacked Ukraine", "Ukraine was attacked by Russia") == []
    assert kinds("Russia attacked Ukraine", "Russia was attacked by Ukraine") == ["actor"]


def test_cue_counts():
    refute, phrase, hedge, support, neg, q = cue_counts(
        "The viral story is a hoax, it is not true."
    )
    assert refute >= 1 and phrase >= 1 and neg >= 1
    assert cue_counts("Reportedly, the man allegedly fled?")[2] == 2
    assert cue_counts("Reportedly, the man allegedly fled?")[5] == 1


def test_negation_inside_a_relative_clause_is_not_a_mismatch():
    claim = "Panjshir is the only holdout where resistance forces are fighting the Taliban"
    assert kinds(claim, "Panjshir is the only province that has not fallen to the Taliban") == []
    assert (
        kinds(claim, "Resistance forces, who have not surrendered, are fighting the Taliban") == []
    )
    # a negated content clause of a reporting verb is the assertion itself
    assert kinds(claim, "A spokesman said that no resistance remained in Panjshir") == ["negation"]
    assert kinds(claim, "The Taliban said Panjshir had not fallen") == ["negation"]


def test_main_clause_keeps_reported_content():
    from verify.conflicts import main_clause

    assert "no resistance" in main_clause("He said the city fell and that no resistance remained")
    assert "not" not in main_clause("It is the only province that has not fallen")


def test_a_negation_inside_an_if_clause_is_not_the_main_assertion():
    from verify.conflicts import main_clause

    assert "not" not in main_clause(
        "Rabbani warned that the resistance can spread if differences are not resolved through talks."
    )
