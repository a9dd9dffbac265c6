"""verify: offline multi-source claim verification and cross-reference."""

__version__ = "0.1.0"
