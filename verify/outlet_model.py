"""A learned reader of cited outlets that the attribution rules miss.

The rules in `verify.attribution` know outlets from a table and from the shape of their
names in fixed constructions ("told X that", "X reported"). Outlets the table does not
know, named in a construction no rule reads ("complained to G4Media that", "told Crux, a
Queenstown-based news website,", "speaking to Krungthep Turakij on condition of
anonymity"), are missed. This module scores every capitalised name in a sentence with a
logistic model over the name (its words, letter trigrams, shape, what the outlet table and
the entity guesser make of it) and its context (the words around it), trained on the
hand-labelled sets in `tests/data/` by `scripts/train_cited.py`.

It runs only where the rules found no cited source, and adds one only above a threshold
chosen by cross-validation across labelled sets (held out by set, so the figure is for
unseen text). The weights are plain JSON in `verify/data/cited_model.json`; scoring is a
sum of weights, no extra dependency.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from verify.entities import UPPER, Mention, canonical_outlet, lookup

__all__ = ["Candidate", "best_outlet", "candidates", "features", "load_model", "person_words", "quoted_spans"]

MODEL_FILE = "cited_model.json"

_JOIN = r"(?:of|de|du|am|la|el|del|des|di|da|der|die|das|for|&)"
_WORD = rf"[{UPPER}0-9][\w'’.&+-]*"
_CAND = re.compile(rf"(?<![\w'’.-])(?:(?:[Tt]he)\s+)?{_WORD}(?:\s+(?:{_JOIN}\s+)?{_WORD})*")
_TOKEN = re.compile(r"\w+(?:['’.&+-]\w+)*|[^\w\s]")
_POSS = re.compile(r"['’]s$")
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (a quote left open runs to the end of the sentence)."""
    return [m.span() for m in _QUOTED.finditer(sentence)]


class Candidate:
    __slots__ = ("start", "end", "name")

    def __init__(self, start: int, end: int, name: str) -> None:
        self.start, self.end, self.name = start, end, name

    def __repr__(self) -> str:
        return f"Candidate({self.name!r}, {self.start}, {self.end})"


def candidates(sentence: str) -> list[Candidate]:
    """Capitalised names in a sentence, without a leading "the", a trailing full stop or
    comma, or a possessive "'s"."""
    out = []
    for m in _CAND.finditer(sentence):
        s, e = m.start(), m.end()
        name = m.group(0)
        if name[:4].lower() == "the ":
            s, name = s + 4, name[4:]
        while name and name[-1] in ".,;:’'-" and not re.search(r"\b[A-Z]\.$", name):
            name, e = name[:-1], e - 1
        if _POSS.search(name):
            name, e = name[:-2], e - 2
        if len(name) >= 2:
            out.append(Candidate(s, e, name))
    return out


def _shape(word: str) -> str:
    s = re.sub(r"[A-ZÀ-Þ]+", "X", word)
    s = re.sub(r"[a-zß-ÿ]+", "x", s)
    s = re.sub(r"\d+", "d", s)
    return s[:6]


@lru_cache(maxsize=20000)
def name_features(name: str) -> tuple[tuple[str, ...], bool]:
    """The features of a name alone (its words, letter trigrams, shape and what the outlet
    table makes of it), and whether the table knows it as an outlet."""
    low = name.lower()
    words = low.split()
    f = ["bias", f"n:{min(len(words), 4)}", f"first:{words[0]}", f"last:{words[-1]}"]
    f += [f"w:{w}" for w in words]
    f.append("shape:" + " ".join(_shape(w) for w in name.split()[:3]))
    padded = f"^{low}$"
    f += [f"g:{padded[i : i + 3]}" for i in range(len(padded) - 2)]
    hit = lookup(name)
    f.append(f"tab:{hit[1] if hit else 'none'}")
    known = canonical_outlet(name) is not None
    if known:
        f.append("outlet_table")
    return tuple(f), known


def context_features(sentence: str, cand: Candidate, known: bool, mentions: list[Mention] = (),
                     quoted: list[tuple[int, int]] = (),
                     earlier_people: frozenset[str] | set[str] = frozenset()) -> list[str]:  # fmt: skip
    """The features of where a name stands: the words around it, and what the entity
    guesser and the story so far make of it."""
    f = []
    types = {m.type for m in mentions if m.start < cand.end and cand.start < m.end}
    f += [f"ent:{t}" for t in sorted(types)] or ["ent:none"]
    person = any(w.strip(".,") in earlier_people for w in cand.name.split())
    if person:
        f.append("earlier_person")
    if any(a <= cand.start < b for a, b in quoted):
        f.append("in_quote")
    before = sentence[max(0, cand.start - 80) : cand.start]
    after = sentence[cand.end : cand.end + 80]
    if before[-4:].lower() == "the ":
        f.append("the")
    if after[:2] in ("'s", "’s") or (after[:1] in ("'", "’") and cand.name.endswith("s")):
        f.append("poss")  # "the BBC's", "Fox News' expense"
    left = [_ctx(t) for t in _TOKEN.findall(before)[-4:]]
    right = [_ctx(t) for t in _TOKEN.findall(after)[:4]]
    # the context crossed with what the name is, so "told <unknown name>" can weigh
    # differently from "told <a person in the story>"
    kind = (
        "outlet"
        if known
        else "person"
        if person or "PERSON" in types
        else "org"
        if "ORG" in types
        else "place"
        if "PLACE" in types
        else "unk"
    ) + ("1" if " " not in cand.name else "")
    f.append(f"kind:{kind}")
    if not left:
        f.append("l:START")
    else:
        f.append(f"l1:{left[-1]}")
        if len(left) > 1:
            f.append(f"l2:{left[-2]}_{left[-1]}")
        f += [f"lw:{t}" for t in left]
        f.append(f"l1k:{left[-1]}|{kind}")
    if not right:
        f.append("r:END")
    else:
        f.append(f"r1:{right[0]}")
        if len(right) > 1:
            f.append(f"r2:{right[0]}_{right[1]}")
        f += [f"rw:{t}" for t in right]
        f.append(f"r1k:{right[0]}|{kind}")
        if len(right) > 1:
            f.append(f"r2k:{right[0]}_{right[1]}|{kind}")
    return f


def features(sentence: str, cand: Candidate, mentions: list[Mention] = (), quoted: list[tuple[int, int]] = (),
             earlier_people: frozenset[str] | set[str] = frozenset()) -> list[str]:  # fmt: skip
    """All the features of one candidate name in its sentence (for training)."""
    name_f, known = name_features(cand.name)
    return list(name_f) + context_features(sentence, cand, known, mentions, quoted, earlier_people)


def person_words(mentions: list[Mention]) -> set[str]:
    """Words of the multi-word people's names among mentions (the story's people, for the
    "earlier_person" feature)."""
    return {w for m in mentions if m.type == "PERSON" and " " in m.text for w in m.text.split()}


def _ctx(token: str) -> str:
    """A context word as a feature: names fold to one symbol, so the model learns
    "told <name> that", not who told it."""
    if token[:1].isupper() and token.lower() not in _KEEP_CASED:
        return "<Cap>"
    return "<num>" if token[:1].isdigit() else token.lower()


_KEEP_CASED = frozenset("the a an in on at to by as according citing told speaking".split())


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The packaged weights, or None where none were trained."""
    try:
        text = resources.files("verify.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    return json.loads(text)


def probability(model: dict, feats: list[str]) -> float:
    return _sigmoid(_score(model["weights"], feats))


def _score(w: dict[str, float], feats) -> float:
    return sum(w.get(x, 0.0) for x in feats)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def best_outlet(
    sentence: str, mentions: list[Mention] = (), earlier_people: frozenset[str] | set[str] = frozenset(),
    own: set[str] = frozenset(), model: dict | None = None,
) -> tuple[str, float] | None:  # fmt: skip
    """The name in the sentence most likely to be a cited outlet, with its probability,
    if that is above the model's threshold; never the article's own outlet."""
    model = model or load_model()
    if model is None:
        return None
    w = model["weights"]
    names = model.setdefault(
        "_name_scores", {}
    )  # name -> (weight of its own features, known, outlet)
    if len(names) > 50_000:
        names.clear()
    best = None
    quoted = quoted_spans(sentence)
    for cand in candidates(sentence):
        if cand.name in own:
            continue
        if cand.name not in names:
            name_f, known = name_features(cand.name)
            names[cand.name] = (
                _score(w, name_f),
                known,
                canonical_outlet(cand.name) if known else None,
            )
        z, known, canonical = names[cand.name]
        if canonical in own:
            continue
        p = _sigmoid(
            z + _score(w, context_features(sentence, cand, known, mentions, quoted, earlier_people))
        )
        if best is None or p > best[1]:
            best = (canonical or cand.name, p)
    if best and best[1] >= model["threshold"]:
        return best
    return None
