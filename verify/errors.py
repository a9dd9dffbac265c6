"""Exceptions the library raises; each message says what is wrong and how to fix it.

The CLI maps them to `Error: ...` and the exit codes documented in the README.
"""

from __future__ import annotations

# Exit codes (documented in README.md, "Exit codes").
EXIT_OK = 0
EXIT_INPUT = 1  # one or more inputs could not be read; the others were stored
EXIT_USAGE = 2  # bad command line (click's own code)
EXIT_COLLECTION = 3  # the collection, the index or the model could not be used
EXIT_CONFLICT = 4  # --fail-on-conflict and a conflict was found
EXIT_INTERRUPTED = 130


class VerifyError(Exception):
    """Base class: an expected failure with a message meant for the user."""

    exit_code = EXIT_COLLECTION


class InputError(VerifyError):
    """One input file or record could not be used."""

    exit_code = EXIT_INPUT

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class CollectionError(VerifyError):
    """The collection is missing, corrupt or inconsistent."""


class ModelError(VerifyError):
    """The embedding model could not be loaded."""


class NotFoundError(VerifyError):
    """An article or claim that was asked for does not exist."""
