"""A collection: the SQLite database in a home directory plus its FAISS cache.

This is the library's entry point: the CLI, the scripts and the tests all go through it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import numpy as np
import sqlite_utils

from . import db as dbmod
from .config import Settings
from .embed import Embedder, check_encoder, encoder_id, from_blob, load_embedder, text_hash, to_blob
from .errors import CollectionError, InputError, NotFoundError
from .index import Manifest, VectorIndex, read_manifest

if TYPE_CHECKING:  # extraction and file reading load lazily: `verify check` needs neither
    from .extract import ExtractedClaim
    from .ingest import ArticleInput

BATCH_ARTICLES = 64


@dataclass
class IngestSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    claims: int = 0
    links: int = 0  # copy/citation links found (provenance)
    errors: list[InputError] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["errors"] = [{"path": e.path, "reason": e.reason} for e in self.errors]
        return d


class Collection:
    def __init__(self, settings: Settings, embedder: Embedder | None = None):
        self.settings = settings
        self._embedder = embedder
        self._db: sqlite_utils.Database | None = None
        self._index: VectorIndex | None = None
        self._preloaded: tuple[VectorIndex, Manifest] | None = None

    # -- resources -------------------------------------------------------
    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = dbmod.open_db(self.settings.db_path, create=False)
        return self._db

    def create(self) -> Collection:
        """Make sure the home and database exist (ingest creates; reads do not)."""
        if self._db is None:
            self._db = dbmod.open_db(self.settings.db_path, create=True)
        return self

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder(self.settings.model)
        return self._embedder

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def model_id(self) -> str | None:
        return dbmod.get_meta(self.db, "model_id")

    def _check_model(self) -> None:
        stored = self.model_id
        if stored and stored != self.embedder.model_id:
            raise CollectionError(
                f"the collection in {self.settings.home} was embedded with {stored}, not "
                f"{self.embedder.model_id} — pass --model for that model, or use another --home"
            )
        check_encoder(dbmod.get_meta(self.db, "encoder"), self.embedder)  # issue #5

    # -- ingest ----------------------------------------------------------
    def ingest(
        self,
        paths: list[str],
        *,
        outlet: str | None = None,
        url: str | None = None,
        published: str | None = None,
        min_checkworthiness: float | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> IngestSummary:
        """Read, extract, embed and store articles; each article is stored atomically."""
        from .ingest import apply_overrides, finalise, iter_files, read_path
        from .provenance import detect_links

        self.create()
        self._check_model()
        summary = IngestSummary()
        pending: list[ArticleInput] = []
        index = self.index()
        self._indexed_generation = self.generation()  # what `index` reflects
        self._new_claim_ids: list[int] = []
        try:
            for item in iter_files(paths):
                if isinstance(item, InputError):
                    summary.failed += 1
                    summary.errors.append(item)
                    continue
                for art in read_path(item, self.settings.max_bytes):
                    if isinstance(art, InputError):
                        summary.failed += 1
                        summary.errors.append(art)
                        continue
                    try:
                        art = finalise(apply_overrides(art, outlet, url, published))
                    except InputError as e:
                        summary.failed += 1
                        summary.errors.append(e)
                        continue
                    if any(p.identity == art.identity for p in pending):
                        # The same article twice in one run: store the first, then the
                        # second replaces it (never two inserts of one identity).
                        self._store_batch(pending, index, summary, min_checkworthiness)
                        pending = []
                    pending.append(art)
                    if len(pending) >= BATCH_ARTICLES:
                        self._store_batch(pending, index, summary, min_checkworthiness)
                        pending = []
                if progress:
                    progress(str(item))
            if pending:
                self._store_batch(pending, index, summary, min_checkworthiness)
            summary.links = detect_links(self, self._new_claim_ids)
        finally:
            # Save only an index that reflects every committed write; after an interruption
            # between a commit and its index update, or a concurrent writer, the cache stays
            # stale and the next command rebuilds it from SQLite.
            if self._indexed_generation == self.generation():
                self._save_index(index)
            else:
                self._index = None
        return summary

    def _store_batch(
        self,
        articles: list[ArticleInput],
        index: VectorIndex,
        summary: IngestSummary,
        min_checkworthiness: float | None,
    ) -> None:
        from .extract import DEFAULT_MIN_CHECKWORTHINESS, extract_claims

        work: list[tuple[ArticleInput, int | None, list[ExtractedClaim]]] = []
        seen: set[str] = set()
        for art in articles:
            h = art.content_hash
            if h in seen or self.db.execute(
                "select 1 from articles where content_hash = ?", [h]
            ).fetchone():
                summary.unchanged += 1
                continue
            seen.add(h)
            # Same article: same identity (URL, else path), or same source file and record
            # (a file whose URL changed is still the same article).
            row = self.db.execute(
                "select id from articles where identity = ? or source_path = ? "
                "order by identity = ? desc limit 1",
                [art.identity, art.source_path, art.identity],
            ).fetchone()
            threshold = (
                DEFAULT_MIN_CHECKWORTHINESS if min_checkworthiness is None else min_checkworthiness
            )
            claims = extract_claims(
                art.text, published=art.published, outlet=art.outlet, min_checkworthiness=threshold
            )
            work.append((art, row[0] if row else None, claims))
        texts = [c.standalone_text for _, _, claims in work for c in claims]
        vectors = self.embedder.embed(texts) if texts else np.zeros((0, 0), dtype=np.float32)
        model_id = self.embedder.model_id
        pos = 0
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        for art, existing_id, claims in work:
            vecs = vectors[pos : pos + len(claims)]
            pos += len(claims)
            with self.db.atomic():
                removed = []
                if existing_id is not None:
                    removed = self._delete_article_claims(existing_id)
                row = {
                    "identity": art.identity,
                    "content_hash": art.content_hash,
                    "outlet": art.outlet,
                    "url": art.url,
                    "published": art.published,
                    "title": art.title,
                    "text": art.text,
                    "source_path": art.source_path,
                    "ingested_at": now,
                }
                if existing_id is None:
                    article_id = self.db["articles"].insert(row).last_pk
                else:
                    article_id = existing_id
                    self.db["articles"].update(existing_id, row)
                ids = []
                for seq, (c, v) in enumerate(zip(claims, vecs)):
                    cid = self.db["claims"].insert(_claim_row(article_id, seq, c)).last_pk
                    self.db["embeddings"].insert(
                        {
                            "claim_id": cid,
                            "model_id": model_id,
                            "content_hash": text_hash(c.standalone_text),
                            "vector": to_blob(v),
                        }
                    )
                    ids.append(cid)
                if dbmod.get_meta(self.db, "model_id") is None and len(vecs):
                    dbmod.set_meta(self.db, "model_id", model_id)
                    dbmod.set_meta(self.db, "dims", str(vecs.shape[1]))
                    if encoder_id(self.embedder):  # issue #5: which encoder made the vectors
                        dbmod.set_meta(self.db, "encoder", encoder_id(self.embedder))
                dbmod.bump_generation(self.db)
            if removed:
                index.remove(removed)
            self._new_claim_ids.extend(ids)
            if ids:
                if index.dims != vecs.shape[1]:
                    raise CollectionError("index dimension mismatch — run: verify index rebuild")
                index.add(np.asarray(ids), vecs)
            self._indexed_generation += 1  # this article's one bump is now in the index
            summary.claims += len(claims)
            if existing_id is None:
                summary.added += 1
            else:
                summary.updated += 1

    def _delete_article_claims(self, article_id: int) -> list[int]:
        ids = [r[0] for r in self.db.execute("select id from claims where article_id = ?", [article_id])]
        if ids:
            q = ",".join("?" * len(ids))
            # Links from or to the old claims go; the claims that copied them fall back to
            # their own group until the next link detection.
            dependants = [
                r[0]
                for r in self.db.execute(
                    f"select src_claim_id from links where dst_claim_id in ({q})", ids
                )
            ]
            self.db.execute(f"delete from links where src_claim_id in ({q}) or dst_claim_id in ({q})", ids * 2)
            if dependants:
                qd = ",".join("?" * len(dependants))
                self.db.execute(f"update claims set source_group = null where id in ({qd})", dependants)
            self.db.execute(
                "delete from embeddings where claim_id in (select id from claims where article_id = ?)",
                [article_id],
            )
            self.db.execute("delete from claims where article_id = ?", [article_id])
        return ids

    # -- index -----------------------------------------------------------
    def generation(self) -> int:
        return int(dbmod.get_meta(self.db, "generation", "0"))

    def dims(self) -> int:
        stored = dbmod.get_meta(self.db, "dims")
        return int(stored) if stored else self.embedder.dims

    def preload_index(self) -> None:
        """Read the cached index file without touching SQLite (safe in a helper thread);
        `index()` then uses it if the database says it is fresh."""
        try:
            self._preloaded = VectorIndex.load(self.settings.index_dir)
        except CollectionError:
            self._preloaded = None

    def index(self) -> VectorIndex:
        """The FAISS index, loaded from the cache if it is fresh, else rebuilt from SQLite."""
        if self._index is not None:
            return self._index
        preloaded, self._preloaded = self._preloaded, None
        try:
            manifest = preloaded[1] if preloaded else read_manifest(self.settings.index_dir)
        except CollectionError:
            manifest = None
        fresh = (
            manifest is not None
            and manifest.generation == self.generation()
            and manifest.model_id == (self.model_id or manifest.model_id)
        )
        if fresh:
            if preloaded:
                self._index = preloaded[0]
                return self._index
            try:
                self._index, _ = VectorIndex.load(self.settings.index_dir)
                return self._index
            except CollectionError:
                pass
        self._index = self._build_index()
        self._save_index(self._index)
        return self._index

    def _build_index(self) -> VectorIndex:
        index = VectorIndex(self.dims())
        ids, vecs = self.vectors()
        index.add(ids, vecs)
        return index

    def rebuild_index(self) -> Manifest:
        self._index = self._build_index()
        return self._save_index(self._index)

    def _save_index(self, index: VectorIndex) -> Manifest:
        manifest = Manifest(
            model_id=self.model_id or "",
            dims=index.dims,
            count=index.count,
            generation=self.generation(),
        )
        index.save(self.settings.index_dir, manifest)
        return manifest

    def vectors(self, claim_ids: Iterable[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Claim ids and their stored vectors (all, or the given ids in that order)."""
        if claim_ids is None:
            rows = self.db.execute("select claim_id, vector from embeddings order by claim_id").fetchall()
        else:
            wanted = [int(i) for i in claim_ids]
            got = {}
            for chunk in _chunks(wanted, 900):
                q = ",".join("?" * len(chunk))
                for cid, blob in self.db.execute(
                    f"select claim_id, vector from embeddings where claim_id in ({q})", chunk
                ):
                    got[cid] = blob
            rows = [(i, got[i]) for i in wanted if i in got]
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, self.dims()), dtype=np.float32)
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        vecs = np.vstack([from_blob(r[1]) for r in rows]).astype(np.float32)
        return ids, vecs

    # -- reads -----------------------------------------------------------
    def claims_by_id(self, claim_ids: Iterable[int]) -> dict[int, dict]:
        """Claim rows joined with their article's metadata, keyed by claim id."""
        out: dict[int, dict] = {}
        for chunk in _chunks([int(i) for i in claim_ids], 900):
            q = ",".join("?" * len(chunk))
            for row in self.db.execute_returning_dicts(
                f"""select c.*, a.outlet, a.url, a.published, a.title, a.source_path
                    from claims c join articles a on a.id = c.article_id
                    where c.id in ({q})""",
                chunk,
            ):
                out[row["id"]] = row
        return out

    def find_article(self, ref: str) -> dict:
        """An article by id, by the path it was ingested from, or by URL."""
        rows = []
        if str(ref).isdigit():
            rows = self.db.execute_returning_dicts("select * from articles where id = ?", [int(ref)])
        if not rows:
            from pathlib import Path

            p = Path(ref)
            keys = [ref, str(p.resolve())] if p.exists() else [ref]
            for k in keys:
                rows = self.db.execute_returning_dicts(
                    "select * from articles where identity = ? or source_path = ? or url = ?",
                    [k, k, k],
                )
                if rows:
                    break
        if not rows:
            raise NotFoundError(
                f"no article {ref!r} in {self.settings.home} — list them with: verify sources"
            )
        return rows[0]

    def article_claims(self, article_id: int) -> list[dict]:
        rows = self.db.execute_returning_dicts(
            "select * from claims where article_id = ? order by seq", [article_id]
        )
        for r in rows:
            for key in ("quote_spans", "entities", "quantities"):
                r[key] = json.loads(r[key]) if r.get(key) else []
        return rows

    def sources(self) -> list[dict]:
        return self.db.execute_returning_dicts(
            """select a.outlet, count(distinct a.id) as articles, count(c.id) as claims,
                      min(a.published) as first_published, max(a.published) as last_published
               from articles a left join claims c on c.article_id = a.id
               group by a.outlet order by articles desc, a.outlet"""
        )

    def stats(self) -> dict:
        count = lambda t: self.db.execute(f"select count(*) from {t}").fetchone()[0]  # noqa: E731
        manifest = read_manifest(self.settings.index_dir)
        return {
            "home": str(self.settings.home),
            "database": str(self.settings.db_path),
            "articles": count("articles"),
            "claims": count("claims"),
            "outlets": self.db.execute("select count(distinct outlet) from articles").fetchone()[0],
            "vectors": count("embeddings"),
            "model_id": self.model_id,
            "dims": int(dbmod.get_meta(self.db, "dims", "0") or 0),
            "generation": self.generation(),
            "index": asdict(manifest) if manifest else None,
            "index_fresh": bool(manifest and manifest.generation == self.generation()),
        }


def _claim_row(article_id: int, seq: int, c: ExtractedClaim) -> dict:
    d = c.to_dict()
    return {
        "article_id": article_id,
        "seq": seq,
        "text": c.text,
        "standalone_text": c.standalone_text,
        "start": c.start,
        "end": c.end,
        "speaker": c.speaker,
        "cited_source": c.cited_source,
        "checkworthiness": c.checkworthiness,
        "quote_spans": json.dumps(d.get("quote_spans", [])),
        "entities": json.dumps(d.get("entities", [])),
        "quantities": json.dumps(d.get("quantities", [])),
    }


def _chunks(items: list, n: int):
    for i in range(0, len(items), n):
        yield items[i : i + n]
