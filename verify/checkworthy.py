"""Check-worthiness: how much a sentence asserts something a reader could verify.

Transparent features rather than a model, so a user can see why a sentence scored as
it did and tune the threshold: figures, dates, named entities, reporting verbs and
event verbs push a sentence up; questions, hedges, first/second person outside quotes,
very short sentences and boilerplate push it down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_EVENT = re.compile(
    r"\b(?:killed|kill|died|dead|wounded|injured|captured|seized|took control|fell|fallen|"
    r"attacked|attack|bomb\w*|explosion|blast|arrested|detained|fled|evacuated|evacuat\w+|"
    r"announced|signed|launched|approved|banned|elected|won|lost|resigned|appointed|"
    r"increased|decreased|rose|fell|fighting|clashes|conflict|protest\w*|withdr[ae]w\w*|"
    r"deployed|landed|suspended|closed|opened|recogni[sz]e\w*|negotiat\w+|surrender\w*|"
    r"casualties|holdout|collapse|government|war)\b",
    re.I,
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|added|stated|claimed|warned|announced|according to|reported|"
    r"confirmed|denied|read|citing)\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|perhaps|possibly|probably|likely|seems?|appears?|reportedly|"
    r"I think|I believe|in my opinion|arguably|should|would)\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:amazing|terrible|wonderful|awful|best|worst|beautiful|shocking|must-see|"
    r"incredible|stunning|hilarious|sad|great|love|hate)\b",
    re.I,
)
_FIRST_SECOND = re.compile(r"\b(?:I|me|my|we|our|us|you|your)\b")


@dataclass
class Score:
    value: float
    reasons: list[str] = field(default_factory=list)


def _outside(sentence: str, quote_spans: list[tuple[int, int]]) -> str:
    out = list(sentence)
    for s, e in quote_spans:
        for i in range(max(0, s), min(len(out), e)):
            out[i] = " "
    return "".join(out)


def score(
    sentence: str,
    *,
    n_numbers: int = 0,
    n_dates: int = 0,
    n_entities: int = 0,
    has_speaker: bool = False,
    has_cited: bool = False,
    boilerplate: bool = False,
    quote_spans: list[tuple[int, int]] | None = None,
) -> Score:
    """Score in [0, 1]; quote_spans are offsets relative to the sentence."""
    if boilerplate:
        return Score(0.0, ["boilerplate"])
    reasons: list[str] = []
    v = 0.25
    outside = _outside(sentence, quote_spans or [])
    words = sentence.split()
    if n_numbers:
        v += 0.2
        reasons.append("figure")
    if n_dates:
        v += 0.05
        reasons.append("date")
    if n_entities:
        v += 0.1 + min(0.1, 0.03 * (n_entities - 1))
        reasons.append("entities")
    if has_speaker or _REPORTING.search(outside):
        v += 0.15
        reasons.append("attributed")
    if has_cited:
        v += 0.05
        reasons.append("cited")
    if _EVENT.search(sentence):
        v += 0.1
        reasons.append("event")
    if sentence.rstrip("\"”’' ").endswith("?"):
        v -= 0.35
        reasons.append("question")
    if _HEDGE.search(outside):
        v -= 0.1
        reasons.append("hedge")
    if _OPINION.search(outside):
        v -= 0.1
        reasons.append("opinion")
    if _FIRST_SECOND.search(outside):
        v -= 0.15
        reasons.append("first/second person")
    if len(words) < 6:
        v -= 0.15
        reasons.append("short")
    return Score(round(min(1.0, max(0.0, v)), 3), reasons)
