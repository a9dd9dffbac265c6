"""Claim extraction: split an article into check-worthy statements with provenance.

The contract other modules rely on is `extract_claims()` and the `ExtractedClaim`
dataclass; how the sentences, speakers and quantities are found may change.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field


@dataclass
class Entity:
    text: str
    key: str  # normalised key that unifies spelling/transliteration variants
    type: str  # PERSON, ORG, PLACE, OUTLET, MISC


@dataclass
class Quantity:
    text: str
    value: float | None
    unit: str | None = None  # what is counted ("US citizens", "people", "%")
    approx: bool = False
    low: float | None = None
    high: float | None = None
    kind: str = "number"  # number | date


@dataclass
class ExtractedClaim:
    text: str  # the sentence exactly as in the article: article_text[start:end]
    start: int
    end: int
    standalone_text: str  # decontextualised text used for matching
    speaker: str | None = None
    cited_source: str | None = None  # canonical outlet name the article credits
    checkworthiness: float = 0.5
    quote_spans: list[tuple[int, int]] = field(default_factory=list)  # article offsets
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


_SENT = re.compile(r"[^\n.!?]+(?:[.!?]+[\"”’']?|$)", re.M)


def extract_claims(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    min_checkworthiness: float = 0.0,
) -> list[ExtractedClaim]:
    """Naive first version: one claim per sentence of at least five words."""
    claims = []
    for m in _SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        sentence = text[s:e]
        if len(sentence.split()) < 5:
            continue
        claims.append(ExtractedClaim(text=sentence, start=s, end=e, standalone_text=sentence))
    return [c for c in claims if c.checkworthiness >= min_checkworthiness]
