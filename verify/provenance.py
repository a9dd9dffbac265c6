"""Independence: which statements are the same evidence (copies, relays of one source).

Two statements are independent evidence only if neither copies or cites the other and
they do not share an upstream source. A statement's *source group* is the upstream it
carries: the outlet it cites ("reported Tolo News" -> Tolo News), else the origin of the
article it was copied from, else its own outlet.
"""

from __future__ import annotations


def source_group(row: dict) -> str:
    """The upstream source a claim row speaks for (see module docstring)."""
    cited = (row.get("cited_source") or "").strip()
    if cited:
        return cited
    origin = (row.get("origin_outlet") or "").strip()
    if origin:
        return origin
    return (row.get("outlet") or "unknown").strip()
