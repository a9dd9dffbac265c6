"""Where things live and which model is used: option, then environment, then default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = "indexes"
DEFAULT_MODEL = "all-MiniLM-L6-v2"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DB_NAME = "verify.db"
INDEX_DIR = "faiss"


@dataclass(frozen=True)
class Settings:
    home: Path
    model: str
    max_bytes: int = DEFAULT_MAX_BYTES

    @property
    def db_path(self) -> Path:
        return self.home / DB_NAME

    @property
    def index_dir(self) -> Path:
        return self.home / INDEX_DIR


def enabled(name: str) -> bool:
    """An on/off setting from the environment, on unless set to 0/false/no/off."""
    return os.environ.get(name, "1").strip().lower() not in {"0", "false", "no", "off"}


def resolve(
    home: str | os.PathLike | None = None,
    model: str | None = None,
    max_bytes: int | None = None,
) -> Settings:
    """Resolve settings: explicit value, then VERIFY_* environment variable, then default."""
    home = home or os.environ.get("VERIFY_HOME") or DEFAULT_HOME
    model = model or os.environ.get("VERIFY_MODEL") or DEFAULT_MODEL
    if max_bytes is None:
        env = os.environ.get("VERIFY_MAX_BYTES")
        max_bytes = int(env) if env and env.isdigit() else DEFAULT_MAX_BYTES
    return Settings(home=Path(home), model=model, max_bytes=max_bytes)
