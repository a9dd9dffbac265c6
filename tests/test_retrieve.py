"""Retrieval: query cleaning, hybrid pooling, the reranker, filters, encoder bookkeeping."""

from __future__ import annotations

import pytest

from verify import db as dbmod
from verify.bulk import ingest_claims
from verify.embed import check_encoder
from verify.errors import CollectionError
from verify.retrieve import embed_query, features, fts_query, query_text, retrieve

CLAIMS = [
    ("a", "The Taliban captured the Panjshir valley on Monday.", "Outlet A"),
    ("b", "Resistance forces denied that the Panjshir valley had fallen.", "Outlet B"),
    ("c", "Apple shares rose 3 percent after the quarterly earnings report.", "Outlet C"),
    ("d", "At least 23 people were killed in the Kabul airport blast.", "Outlet D"),
    ("e", "The football club signed a new striker for the season.", "Outlet E"),
]


@pytest.fixture
def claims_coll(coll):
    ingest_claims(coll, ({"text": t, "identity": i, "outlet": o} for i, t, o in CLAIMS))
    return coll


def ident(coll, cands):
    rows = dict(coll.db.execute("select c.id, a.identity from claims c join articles a on a.id = c.article_id"))
    return [rows[c.claim_id] for c in cands]


def test_query_text_strips_tweet_noise():
    tweet = (
        "Wildlife survived the #AustralianFires pic.twitter.com/0eJtwJyS1J see https://t.co/x "
        "— Center for Bio Div (@CenterForBioDiv) January 14, 2020"
    )
    assert query_text(tweet) == "Wildlife survived the Australian Fires see"
    assert query_text("@WHO says 5 cases") == "WHO says 5 cases"
    assert query_text("https://t.co/abc") == "https://t.co/abc"  # nothing left: keep the input


def test_fts_query_quotes_words_and_drops_stopwords():
    assert fts_query('The "valley" OR fell') == '"valley" OR "fell"'
    assert fts_query("the of and") is None


def test_features_numbers_and_coverage():
    f = features("Officials: 23 people were killed in Kabul", "23 people were killed in Kabul", 0.9, 0.5, 0.03)
    assert f[0] == 0.9 and f[1] == 0.5
    assert f[3] == 1.0  # every content word of the claim is in the query
    assert f[5] == 1.0  # the claim's number is in the query
    assert features("12 people killed", "23 people killed", 0.9, 0, 0)[5] == -1.0
    assert features("people killed", "people killed", 0.9, 0, 0)[5] == 0.0


def test_bulk_ingest_one_claim_per_record(claims_coll):
    n = claims_coll.db.execute("select count(*) from claims").fetchone()[0]
    assert n == len(CLAIMS)
    assert claims_coll.index().count == len(CLAIMS)
    assert dbmod.get_meta(claims_coll.db, "model_id") == "test/hash-embedder"


def test_bulk_ingest_skips_unchanged_and_replaces_changed(claims_coll):
    again = ingest_claims(claims_coll, ({"text": t, "identity": i, "outlet": o} for i, t, o in CLAIMS))
    assert (again.added, again.unchanged) == (0, len(CLAIMS))
    changed = ingest_claims(claims_coll, [{"text": "The club sold its striker.", "identity": "e", "outlet": "Outlet E"}])
    assert changed.updated == 1
    texts = [r[0] for r in claims_coll.db.execute("select text from claims")]
    assert "The club sold its striker." in texts and len(texts) == len(CLAIMS)
    assert claims_coll.index().count == len(CLAIMS)


def test_retrieve_puts_the_matching_statement_first(claims_coll):
    q = "Panjshir valley captured by the Taliban on Monday, reports say"
    cands = retrieve(claims_coll, q, embed_query(claims_coll, q), k=3)
    assert ident(claims_coll, cands)[0] == "a"
    assert cands[0].score >= cands[-1].score


def test_lexical_half_finds_what_dense_ranks_low(claims_coll):
    q = "striker"
    only_dense = retrieve(claims_coll, q, embed_query(claims_coll, q), k=5, hybrid=False)
    hybrid = retrieve(claims_coll, q, embed_query(claims_coll, q), k=5)
    assert ident(claims_coll, hybrid)[0] == "e"
    assert {c.claim_id for c in hybrid} >= {c.claim_id for c in only_dense[:1]}


def test_retrieve_filters_outlets(claims_coll):
    q = "Panjshir valley"
    vec = embed_query(claims_coll, q)
    got = ident(claims_coll, retrieve(claims_coll, q, vec, k=5, exclude_outlets=["Outlet A"]))
    assert "a" not in got and got[0] == "b"
    only = ident(claims_coll, retrieve(claims_coll, q, vec, k=5, outlets=["Outlet D"]))
    assert only == ["d"]


def test_encoder_spaces():
    class Onnx:
        encoder_id = "onnx-fp32"

    class Other:
        encoder_id = "onnx-int8"

    check_encoder("sentence-transformers", Onnx())  # same vector space
    check_encoder(None, Other())
    with pytest.raises(CollectionError, match="VERIFY_ENCODER=onnx"):
        check_encoder("onnx-fp32", Other())


def test_collection_refuses_an_encoder_from_another_space(claims_coll):
    dbmod.set_meta(claims_coll.db, "encoder", "onnx-fp32")
    claims_coll._embedder.encoder_id = "onnx-int8"
    try:
        with pytest.raises(CollectionError, match="does not agree"):
            embed_query(claims_coll, "Panjshir")
    finally:
        del claims_coll._embedder.encoder_id


def test_check_orders_related_evidence_by_retrieval_score(claims_coll):
    from verify.match import Matcher

    res = Matcher(claims_coll).check("The Taliban captured the Panjshir valley on Monday", k=5)
    related = [e for e in res.evidence if e.stance != "unrelated"]
    assert related, "the same sentence must be related evidence"
    scores = [e.relevance for e in related]
    assert scores == sorted(scores, reverse=True)
    first_unrelated = next(
        (i for i, e in enumerate(res.evidence) if e.stance == "unrelated"), len(res.evidence)
    )
    assert all(e.stance == "unrelated" for e in res.evidence[first_unrelated:])
