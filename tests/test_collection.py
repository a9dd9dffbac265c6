"""The collection: storing, re-ingesting, index freshness, consistency after failures."""

import numpy as np
import pytest

from verify.collection import Collection
from verify.config import resolve
from verify.errors import CollectionError

from .conftest import HashEmbedder, write


def _art(tmp_path, name, body, outlet="Khaama Press"):
    return write(tmp_path / "in" / name, f"---\noutlet: {outlet}\n---\n{body}\n")


BODY = (
    "The Taliban said on Friday they had captured three districts in the north of the country. "
    "Resistance commanders denied the report and said fighting was continuing in the valley."
)


def test_ingest_stores_articles_claims_vectors(coll, tmp_path):
    s = coll.ingest([str(_art(tmp_path, "a.md", BODY))])
    assert (s.added, s.failed) == (1, 0) and s.claims >= 2
    st = coll.stats()
    assert st["claims"] == st["vectors"] == s.claims
    assert st["index"]["count"] == s.claims and st["index_fresh"]
    assert st["model_id"] == "test/hash-embedder"


def test_reingest_unchanged_does_nothing_changed_replaces(coll, tmp_path):
    p = _art(tmp_path, "a.md", BODY)
    first = coll.ingest([str(p)])
    old_ids = {r["id"] for r in coll.article_claims(1)}
    again = coll.ingest([str(p)])
    assert (again.added, again.updated, again.unchanged, again.claims) == (0, 0, 1, 0)
    _art(tmp_path, "a.md", "A completely different report said the talks in Doha had collapsed on Monday.")
    changed = coll.ingest([str(p)])
    assert changed.updated == 1
    assert coll.db.execute("select count(*) from articles").fetchone()[0] == 1
    new_ids = {r["id"] for r in coll.article_claims(1)}
    assert not new_ids & old_ids and first.claims > 0
    # The old claims are gone from SQLite and from the index.
    _, ids = coll.index().search(coll.embedder.embed([BODY.split(". ")[0]]), 50)
    assert not set(ids[0].tolist()) & old_ids


def test_stale_index_is_rebuilt_from_sqlite(coll, tmp_path, fake_embedder):
    coll.ingest([str(_art(tmp_path, "a.md", BODY))])
    home = coll.settings.home
    coll.close()
    # Another process adds a claim row without touching the index: generation moves on.
    c2 = Collection(resolve(home), embedder=fake_embedder)
    c2.ingest([str(_art(tmp_path, "b.md", "Officials in Kabul said 200 families had fled the fighting.", "Pajhwok"))])
    (home / "faiss" / "claims.faiss").write_bytes(b"garbage")
    c3 = Collection(resolve(home), embedder=fake_embedder)
    assert c3.index().count == c3.stats()["claims"]


def test_interrupted_ingest_leaves_collection_consistent(tmp_path):
    class Exploding(HashEmbedder):
        calls = 0

        def embed(self, texts, progress=None):
            Exploding.calls += 1
            if Exploding.calls == 2:
                raise KeyboardInterrupt
            return super().embed(texts)

    import verify.collection as vc

    emb = Exploding()
    c = Collection(resolve(tmp_path / "home"), embedder=emb)
    paths = [str(_art(tmp_path, f"{i:03}.md", BODY + f" Report number {i}.")) for i in range(vc.BATCH_ARTICLES + 5)]
    with pytest.raises(KeyboardInterrupt):
        c.ingest(paths)
    c.close()
    c = Collection(resolve(tmp_path / "home"), embedder=HashEmbedder())
    st = c.stats()
    assert st["articles"] == vc.BATCH_ARTICLES  # the first batch, whole; nothing half-stored
    orphans = c.db.execute(
        "select count(*) from articles a where not exists (select 1 from claims c where c.article_id = a.id)"
    ).fetchone()[0]
    assert orphans == 0
    assert st["claims"] == st["vectors"] == c.index().count
    # And the next ingest finishes the job.
    s = c.ingest(paths)
    assert (s.added, s.unchanged) == (5, vc.BATCH_ARTICLES)


def test_model_mismatch_is_refused(coll, tmp_path):
    coll.ingest([str(_art(tmp_path, "a.md", BODY))])

    class Other(HashEmbedder):
        model_id = "other/model"

    c = Collection(coll.settings, embedder=Other())
    with pytest.raises(CollectionError, match="--model"):
        c.ingest([str(_art(tmp_path, "b.md", "Another text about something else entirely here."))])


def test_reading_a_missing_collection_says_how_to_create_it(tmp_path):
    c = Collection(resolve(tmp_path / "nowhere"))
    with pytest.raises(CollectionError, match="verify ingest"):
        c.stats()


def test_vectors_roundtrip(coll, tmp_path):
    coll.ingest([str(_art(tmp_path, "a.md", BODY))])
    ids, vecs = coll.vectors()
    assert vecs.dtype == np.float32 and vecs.shape == (len(ids), 384)
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)


def test_same_url_twice_in_one_run_is_an_update_not_a_crash(coll, tmp_path):
    p = write(
        tmp_path / "in" / "dup.csv",
        'text,outlet,url\n"The first version of the report said 20 people died.",A,http://x/a\n'
        '"The corrected report said 25 people died in the fire.",A,http://x/a\n',
    )
    s = coll.ingest([str(p)])
    assert (s.added, s.updated, s.failed) == (1, 1, 0)
    (row,) = coll.db.execute_returning_dicts("select * from articles")
    assert "corrected" in row["text"]


def test_a_file_whose_url_changed_replaces_its_article(coll, tmp_path):
    p = write(tmp_path / "in" / "a.md", "---\noutlet: A\nurl: http://x/1\n---\n" + BODY + "\n")
    coll.ingest([str(p)])
    write(p, "---\noutlet: A\nurl: http://x/1?utm=2\n---\n" + BODY + "\n")
    s = coll.ingest([str(p)])
    assert s.updated == 1
    assert coll.db.execute("select count(*) from articles").fetchone()[0] == 1
    # ...and it is found by its path however the path is spelt.
    assert coll.find_article(str(p))["url"] == "http://x/1?utm=2"


def test_index_is_not_saved_as_fresh_when_it_missed_a_write(coll, tmp_path, monkeypatch):
    import verify.index as vi

    real_add = vi.VectorIndex.add

    def boom(self, ids, vectors):
        if len(ids):
            raise KeyboardInterrupt  # after the SQLite commit, before the index update
        return real_add(self, ids, vectors)

    monkeypatch.setattr(vi.VectorIndex, "add", boom)
    with pytest.raises(KeyboardInterrupt):
        coll.ingest([str(_art(tmp_path, "a.md", BODY))])
    monkeypatch.undo()
    c2 = Collection(coll.settings, embedder=HashEmbedder())
    st = c2.stats()
    assert st["claims"] > 0 and not st["index_fresh"]
    assert c2.index().count == st["claims"]  # rebuilt from SQLite
