"""The SQLite collection: schema (migrations only), opening, small helpers.

SQLite is the source of truth, vectors included; the FAISS index is a cache.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from .errors import CollectionError

migrations = Migrations("verify")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {
            "id": int,
            "identity": str,  # url, or source path (+ #record) when there is no url
            "content_hash": str,
            "outlet": str,
            "url": str,
            "published": str,
            "title": str,
            "text": str,
            "source_path": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"identity", "content_hash", "outlet", "text"},
    )
    db["articles"].create_index(["identity"], unique=True)
    db["articles"].create_index(["content_hash"])
    db["articles"].create_index(["outlet"])
    # AUTOINCREMENT: claim ids are FAISS ids and user-visible, so they are never reused.
    db.execute(
        """create table claims (
            id integer primary key autoincrement,
            article_id integer not null references articles(id),
            seq integer, text text, standalone_text text, start integer, "end" integer,
            speaker text, cited_source text, checkworthiness float,
            quote_spans text, entities text, quantities text
        )"""
    )
    db["claims"].create_index(["article_id"])
    db["embeddings"].create(
        {"claim_id": int, "model_id": str, "content_hash": str, "vector": bytes},
        pk="claim_id",
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["claims"].enable_fts(["standalone_text"], create_triggers=True, tokenize="porter")


@migrations()
def m002_provenance(db: sqlite_utils.Database) -> None:
    # copy_of: src claim is a near-verbatim copy of dst claim (dst is the earlier one).
    # cites:   src claim credits an outlet (dst_outlet), and dst_claim_id when that
    #          outlet's statement is in the collection.
    db["links"].create(
        {"id": int, "src_claim_id": int, "kind": str, "dst_claim_id": int, "dst_outlet": str, "score": float},
        pk="id",
    )
    db["links"].create_index(["src_claim_id"])
    db["links"].create_index(["dst_claim_id"])
    # The upstream source a claim speaks for, derived from links (a cache, recomputed on ingest).
    db["claims"].add_column("source_group", str)


def open_db(path: Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (or create) the collection database and apply pending migrations."""
    if not create and not path.exists():
        raise CollectionError(
            f"no collection at {path.parent} — run: verify ingest PATH (or pass --home)"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        db.enable_wal()
        migrations.apply(db)
    except sqlite3.DatabaseError as e:
        raise CollectionError(
            f"{path} is not a usable verify database ({e}) — move it aside and re-ingest"
        ) from e
    return db


def get_meta(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("select value from meta where key = ?", [key]).fetchone()
    return row[0] if row else default


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("insert or replace into meta (key, value) values (?, ?)", [key, str(value)])


def bump_generation(db: sqlite_utils.Database) -> int:
    """Count writes to the claims, so an index cache can tell it is stale."""
    gen = int(get_meta(db, "generation", "0")) + 1
    set_meta(db, "generation", str(gen))
    return gen
