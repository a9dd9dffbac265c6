"""Bulk ingest of ready-made claims: each record is stored as one article with ONE claim.

For corpora whose unit is already a statement (a fact-checker's verified claims, a sentence
set for benchmarks), sentence splitting would only damage them. The claims go through the
same store as `verify ingest` (articles, claims + FTS, embeddings, meta, FAISS cache), in
large batches: texts already embedded by the same model are not encoded again, and the
encoder sees each batch sorted by length.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime, timezone

import numpy as np

from . import db as dbmod
from .collection import Collection, IngestSummary, _claim_row
from .embed import encoder_id, text_hash, to_blob
from .errors import CollectionError
from .extract import ExtractedClaim

BATCH = 4096


def ingest_claims(
    collection: Collection,
    records: Iterable[dict],
    *,
    batch: int = BATCH,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Store records {text, identity?, title?, outlet?, url?, published?} as one claim each.

    `identity` (default: url, else a hash of the text) decides whether a record replaces an
    earlier one; an unchanged record is skipped.
    """
    collection.create()
    collection._check_model()
    index = collection.index()
    db = collection.db
    known_hashes = {r[0] for r in db.execute("select content_hash from articles")}
    model_id = collection.embedder.model_id
    # Vectors already stored for the same text and model are reused, not re-encoded.
    stored_vec = {
        h: cid
        for cid, h in db.execute(
            "select claim_id, content_hash from embeddings where model_id = ?", [model_id]
        )
    }
    summary = IngestSummary()
    chunk: list[dict] = []
    try:
        for rec in records:
            chunk.append(rec)
            if len(chunk) >= batch:
                _store(collection, chunk, index, summary, known_hashes, stored_vec)
                if progress:
                    progress(len(chunk))
                chunk = []
        if chunk:
            _store(collection, chunk, index, summary, known_hashes, stored_vec)
            if progress:
                progress(len(chunk))
    finally:
        collection._save_index(index)
    return summary


def _article_hash(rec: dict) -> str:
    h = hashlib.sha256()
    for key in ("text", "outlet", "url", "published", "title"):
        h.update((str(rec.get(key) or "") + "\x1f").encode("utf-8"))
    return h.hexdigest()


def _store(collection, records, index, summary, known_hashes, stored_vec) -> None:
    db = collection.db
    work = []
    for rec in records:
        text = (rec.get("text") or "").strip()
        if not text:
            summary.failed += 1
            continue
        rec = {**rec, "text": text}
        h = _article_hash(rec)
        if h in known_hashes:
            summary.unchanged += 1
            continue
        known_hashes.add(h)
        work.append((rec, h, text_hash(text)))
    if not work:
        return
    # Encode only texts with no stored vector (the encoder also folds duplicates).
    need = sorted({t for rec, _, th in work if th not in stored_vec for t in [rec["text"]]})
    new_vecs = {}
    if need:
        vecs = collection.embedder.embed(need)
        new_vecs = {text_hash(t): v for t, v in zip(need, vecs)}
    reuse_ids = [stored_vec[th] for _, _, th in work if th in stored_vec and th not in new_vecs]
    old = dict(zip(*collection.vectors(reuse_ids))) if reuse_ids else {}
    model_id = collection.embedder.model_id
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    added_ids, added_vecs, removed = [], [], []
    with db.atomic():
        for rec, h, th in work:
            vec = new_vecs.get(th)
            if vec is None:
                vec = old.get(stored_vec.get(th))
            if vec is None:  # a stored vector vanished: encode this one
                vec = collection.embedder.embed([rec["text"]])[0]
            identity = rec.get("identity") or rec.get("url") or f"claim:{th}"
            row = {
                "identity": str(identity),
                "content_hash": h,
                "outlet": rec.get("outlet") or "unknown",
                "url": rec.get("url"),
                "published": rec.get("published"),
                "title": rec.get("title"),
                "text": rec["text"],
                "source_path": rec.get("source_path"),
                "ingested_at": now,
            }
            prev = db.execute("select id from articles where identity = ?", [row["identity"]]).fetchone()
            if prev:
                removed += collection._delete_article_claims(prev[0])
                db["articles"].update(prev[0], row)
                article_id = prev[0]
                summary.updated += 1
            else:
                article_id = db["articles"].insert(row).last_pk
                summary.added += 1
            t = rec["text"]
            claim = ExtractedClaim(text=t, start=0, end=len(t), standalone_text=t)
            cid = db["claims"].insert(_claim_row(article_id, 0, claim)).last_pk
            db["embeddings"].insert(
                {"claim_id": cid, "model_id": model_id, "content_hash": th, "vector": to_blob(vec)}
            )
            stored_vec[th] = cid
            added_ids.append(cid)
            added_vecs.append(vec)
            summary.claims += 1
        if dbmod.get_meta(db, "model_id") is None and added_vecs:
            dbmod.set_meta(db, "model_id", model_id)
            dbmod.set_meta(db, "dims", str(len(added_vecs[0])))
            if encoder_id(collection.embedder):
                dbmod.set_meta(db, "encoder", encoder_id(collection.embedder))
        dbmod.bump_generation(db)
    if removed:
        index.remove(removed)
    if added_ids:
        vecs = np.vstack(added_vecs).astype(np.float32)
        if index.dims != vecs.shape[1]:
            raise CollectionError("index dimension mismatch — run: verify index rebuild")
        index.add(np.asarray(added_ids), vecs)
