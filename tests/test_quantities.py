from verify.quantities import extract_quantities


def _q(text, published="2021-09-05"):
    return extract_quantities(text, published)


def test_approximate_count_with_unit():
    (q,) = _q("Around 1000 US citizens wait for flights")
    assert (q.value, q.unit, q.approx) == (1000, "US citizens", True)
    assert q.low < 1000 < q.high


def test_lower_bounds_ranges_and_vague_plurals():
    q = _q("At least 12 people were killed")[0]
    assert (q.low, q.high, q.approx, q.unit) == (12, None, True, "people")
    q = _q("between 10 and 20 fighters died")[0]
    assert (q.low, q.high) == (10, 20)
    q = _q("dozens of families had fled")[0]
    assert q.approx and q.low == 24 and q.unit == "families"
    assert _q("the dead included two children")[0].value == 2


def test_percent_and_money():
    assert _q("turnout fell to 5.4% this year")[0].unit == "%"
    q = _q("a $5 million grant")[0]
    assert (q.value, q.unit) == (5_000_000, "USD")


def test_relative_dates_resolve_against_published():
    (d,) = [q for q in _q("heavy conflict in the past four days") if q.kind == "date"]
    assert (d.iso_low, d.iso_high) == ("2021-09-01", "2021-09-05")
    (d,) = _q("they met on Monday")  # 2021-09-05 is a Sunday
    assert d.iso == "2021-08-30"
    (d,) = _q("it happened two weeks ago")
    assert d.iso == "2021-08-22" and d.approx
    (d,) = _q("flights resumed last week")
    assert (d.iso_low, d.iso_high) == ("2021-08-23", "2021-08-29")


def test_absolute_dates_and_since():
    qs = _q("105,000 people have left since Aug. 14")
    d = [q for q in qs if q.kind == "date"][0]
    assert (d.iso_low, d.iso_high) == ("2021-08-14", "2021-09-05")
    assert [q.value for q in qs if q.kind == "number"] == [105000]


def test_unresolved_without_published():
    (d,) = extract_quantities("they met on Monday")
    assert d.kind == "date" and d.iso is None
