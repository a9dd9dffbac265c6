from verify.attribution import attribute
from verify.segment import segment


def _att(text, outlet=None):
    segs = segment(text)
    return [(text[s.start : s.end], a) for s, a in zip(segs, attribute(text, segs, outlet=outlet))]


def test_pronoun_carry_and_standalone_text():
    text = (
        "Salahuddin Rabbani, the head of Jamiat Islami, warned the Taliban on Sunday.\n"
        "He added that the monopoly of power is a failed experience, reported The Khaama Press News Agency."
    )
    (_, a1), (_, a2) = _att(text, outlet="ANI")
    assert a2.speaker == "Salahuddin Rabbani"
    assert a2.cited_source == "Khaama Press"
    assert a2.standalone_text.startswith("Salahuddin Rabbani added that")
    # a trailing credit covers the same-speaker run before it
    assert a1.cited_source == "Khaama Press"


def test_quote_spanning_sentences_shares_speaker():
    text = (
        'Amrullah Saleh spoke on Thursday.\n"We will not surrender. Our forces are ready," he said.'
    )
    res = _att(text)
    assert [a.speaker for _, a in res] == ["Amrullah Saleh"] * 3
    assert res[1][1].standalone_text.startswith("Amrullah Saleh said:")


def test_according_to_and_outlet_reported():
    ((_, a),) = _att(
        "According to Massoud, the resistance is not limited to Panjshir, reported Tolo News."
    )
    assert a.speaker == "Massoud" or a.speaker_key == "massoud" or "Massoud" in a.speaker
    assert a.cited_source == "TOLOnews"


def test_nested_citing_and_told():
    ((_, a),) = _att("Mr. Ghani's whereabouts were unknown, Al Jazeera reported, citing Reuters.")
    assert a.speaker is None
    assert a.cited_source == "Al Jazeera"
    assert a.cited_chain == ["Al Jazeera", "Reuters"]
    ((_, b),) = _att("Ghani fled on Sunday, an official told AFP.")
    assert (b.speaker, b.cited_source) == ("official", "AFP")


def test_own_outlet_is_not_a_cited_source():
    ((_, a),) = _att(
        "Taliban fighters took the airport, a spokesman for the group told Reuters.",
        outlet="Reuters",
    )
    assert a.speaker == "spokesman"
    assert a.cited_source is None


def test_outlet_subject_without_reported_and_channel_anaphor():
    text = (
        "The Taliban on Tuesday announced an interim government, Tolo News said. "
        "Sirajuddin Haqqani will be interior minister, according to the channel."
    )
    (_, a1), (_, a2) = _att(text)
    assert a1.speaker is None and a1.cited_source == "TOLOnews"
    assert a2.cited_source == "TOLOnews"


def test_unattributed_background_stays_unattributed():
    ((_, a),) = _att("The geography has witnessed heavy conflict in the past four days.")
    assert a.speaker is None and a.cited_source is None
