"""Detail-level conflicts between a claim and a statement: numbers, dates, denial, actors.

Used twice: as features of the stance model, and to explain a "conflicts" verdict to the
reader ("around 1000 vs 2000 US citizens"). Deliberately regex-only: it runs on every
matched pair at query time and must stay cheap and dependency-light.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = ["ConflictDetail", "find_conflicts", "cue_counts", "parse_quantities", "Quantity"]


@dataclass
class ConflictDetail:
    kind: str  # number | date | negation | actor
    claim_value: str
    statement_value: str
    text: str  # human-readable, e.g. "around 1000 vs 2000 US citizens"


# ---------------------------------------------------------------- lexicons

_NEG = r"(?:not|no|never|none|nobody|nothing|neither|nor|without|n't|cannot)"
NEGATION_RE = re.compile(rf"\b{_NEG}\b|n't\b", re.I)

# Words an outlet uses when it rejects or debunks a claim.
REFUTE_WORDS = (
    "deny denies denied denying denial refute refutes refuted refuting debunk debunks debunked "
    "debunking hoax hoaxes fake faked fabricated false falsely untrue bogus myth rumour rumours "
    "rumor rumors dismiss dismissed dismisses reject rejected rejects retract retracted "
    "misleading baseless unfounded satire satirical prank doctored photoshopped incorrect wrong "
    "lie lies lied disputed disputes contradict contradicts contradicted"
).split()
REFUTE_PHRASES = (
    "not true",
    "no evidence",
    "no truth",
    "not real",
    "did not",
    "didn't",
    "does not",
    "doesn't",
    "has not",
    "hasn't",
    "was not",
    "wasn't",
    "is not",
    "isn't",
    "never happened",
    "no proof",
    "no sign",
    "no indication",
    "turned out",
    "made up",
    "not the case",
    "no such",
    "there is no",
    "there was no",
    "fact check",
    "fact-check",
)
# Words that report without endorsing.
HEDGE_WORDS = (
    "reportedly allegedly alleged alleges claim claims claimed claiming according rumoured "
    "rumored purportedly purported apparently possibly possible may might could unconfirmed "
    "unverified appears appear appeared seems seemed suggest suggests suggested believed "
    "speculation speculated suspected report reports reported sources source said says "
    "told unclear if whether"
).split()
SUPPORT_WORDS = (
    "confirmed confirms confirm confirming official officially announced verified proven "
    "indeed revealed shows showed evidence footage video photos statement"
).split()

_REFUTE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, REFUTE_WORDS)) + r")\b", re.I)
_REFUTE_PHRASE_RE = re.compile(r"(?:" + "|".join(map(re.escape, REFUTE_PHRASES)) + r")", re.I)
_HEDGE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, HEDGE_WORDS)) + r")\b", re.I)
_SUPPORT_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, SUPPORT_WORDS)) + r")\b", re.I)
_QMARK_RE = re.compile(r"\?")


def cue_counts(text: str) -> tuple[int, int, int, int, int, int]:
    """(refute words, refute phrases, hedge words, support words, negations, question marks)."""
    return (
        len(_REFUTE_RE.findall(text)),
        len(_REFUTE_PHRASE_RE.findall(text)),
        len(_HEDGE_RE.findall(text)),
        len(_SUPPORT_RE.findall(text)),
        len(NEGATION_RE.findall(text)),
        len(_QMARK_RE.findall(text)),
    )


# ---------------------------------------------------------------- numbers

_WORDNUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
}  # fmt: skip
_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 100,
}  # fmt: skip
_APPROX = r"(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated|up\s+to|at\s+least|at\s+most|more\s+than|over|fewer\s+than|less\s+than|under|as\s+many\s+as|as\s+few\s+as|upwards\s+of|no\s+more\s+than|no\s+fewer\s+than|~)"
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(sorted(_WORDNUM, key=len, reverse=True))
    + r")"
)
_SCALE_RE = r"(?:\s*(?:thousand|million|billion|trillion|mn|mln|bn|tn|k|m|b)\b)?"
_QTY_RE = re.compile(
    rf"(?P<approx>{_APPROX}\s+)?(?P<cur>[$£€])?(?P<a>{_NUM}){_SCALE_RE.replace('(?:', '(?P<sa>', 1)}"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<b>{_NUM}){_SCALE_RE.replace('(?:', '(?P<sb>', 1)})?"
    rf"(?P<pct>\s*(?:%|percent|per\s+cent))?",
    re.I,
)
_BETWEEN_RE = re.compile(r"\bbetween\s*$", re.I)
_UNIT_STOP = set(
    "the a an of in on at to for from by with and or but that which who was were is are be been "
    "has have had will would said says this these those it its their his her they he she as per "
    "than after before during since into over about".split()
)
_YEAR_PREP = set("in since from of by until till during early late mid before after year".split())
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()


@dataclass
class Quantity:
    text: str
    low: float
    high: float
    unit: str  # following words that say what is counted ("us citizens"), "" if none
    approx: bool


def _num(s: str) -> float | None:
    s = s.lower().replace(",", "")
    if s in _WORDNUM:
        return float(_WORDNUM[s])
    try:
        return float(s)
    except ValueError:
        return None


def _unit_after(text: str, end: int) -> str:
    """Up to two words after a number that say what it counts, in their original case."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text[end : end + 40])
    out: list[str] = []
    for w in words[:2]:
        lw = w.lower()
        if lw in _UNIT_STOP or lw in _MONTHS or (out and re.search(r"(?:ed|ing)$", lw)):
            break
        out.append(w)
    return " ".join(out)


def _year_at(text: str, start: int, end: int) -> bool:
    """A bare 18xx-20xx is a year unless it counts something ("2000 US citizens")."""
    before = text[max(0, start - 12) : start].lower().split()
    if before and before[-1] in _YEAR_PREP:
        return True
    return not _unit_after(text, end)


def _is_year(m: re.Match, text: str) -> bool:
    a = m.group("a")
    return bool(
        re.fullmatch(r"(1[89]|20)\d\d", a)
        and not m.group("sa")
        and not m.group("pct")
        and not m.group("cur")
        and not m.group("b")
        and _year_at(text, m.start("a"), m.end("a"))
    )


def parse_quantities(text: str) -> list[Quantity]:
    """Numbers with their approximation turned into an interval [low, high]."""
    out = []
    for m in _QTY_RE.finditer(text):
        a = _num(m.group("a"))
        if a is None or _is_year(m, text):
            continue
        # skip parts of dates ("5 September", "September 5") and times/ordinals
        before = text[max(0, m.start() - 12) : m.start()].lower()
        after = text[m.end() : m.end() + 12].lower()
        if any(before.rstrip().endswith(mo) for mo in _MONTHS) or any(
            after.lstrip().startswith(mo) for mo in _MONTHS
        ):
            continue
        if re.match(r"\s*(?:st|nd|rd|th|:\d|am\b|pm\b)", after):
            continue
        if (
            m.group("a").lower() in _WORDNUM
            and m.group("a").lower() in ("one",)
            and not m.group("sa")
        ):
            continue  # "one of the ..." is rarely a count worth comparing
        sa = (m.group("sa") or "").strip().lower()
        a *= _SCALE.get(sa, 1.0)
        low = high = a
        if m.group("b") and (
            re.search(r"-|–|to", text[m.end("a") : m.start("b")])
            or _BETWEEN_RE.search(text[: m.start()])
        ):
            b = _num(m.group("b"))
            if b is not None:
                sb = (m.group("sb") or "").strip().lower()
                b *= _SCALE.get(sb, _SCALE.get(sa, 1.0) if not sb and b < a else 1.0)
                low, high = min(a, b), max(a, b)
        approx_word = re.sub(r"\s+", " ", (m.group("approx") or "").strip().lower())
        approx = bool(approx_word)
        if approx_word in ("at least", "more than", "over", "upwards of", "no fewer than"):
            high = math.inf
        elif approx_word in (
            "up to",
            "at most",
            "fewer than",
            "less than",
            "under",
            "no more than",
            "as many as",
        ):
            low = 0.0
        elif approx_word in ("nearly", "almost", "close to"):
            low = low * 0.8
        elif approx:
            low, high = low * 0.85, high * 1.15
        else:
            # exact figures: allow rounding ("19 million" vs "19.2 million")
            tol = 0.05 if (a >= 100 and a % 100 == 0) or sa else 0.02
            low, high = low * (1 - tol), high * (1 + tol)
        unit = "%" if m.group("pct") else _unit_after(text, m.end())
        if m.group("cur"):
            unit = (m.group("cur") + " " + unit).strip()
        out.append(Quantity(m.group(0).strip(), low, high, unit, approx))
    return out


def _stem(w: str) -> str:
    w = w.lower()
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)]
    return w


def _units_match(u: str, v: str) -> bool:
    if u == "%" or v == "%":
        return u == v
    su, sv = {_stem(w) for w in u.lower().split()}, {_stem(w) for w in v.lower().split()}
    return bool(su & sv)


def _number_conflicts(claim: str, statement: str) -> list[ConflictDetail]:
    out = []
    cq, sq = parse_quantities(claim), parse_quantities(statement)
    for c in cq:
        if not c.unit:
            continue
        same_unit = [s for s in sq if _units_match(c.unit, s.unit)]
        if not same_unit:
            continue
        # a conflict only if no figure with the same unit is compatible
        if any(s.low <= c.high and c.low <= s.high for s in same_unit):
            continue
        s = same_unit[0]
        out.append(
            ConflictDetail("number", c.text, s.text, f"{c.text} vs {s.text} {s.unit}".strip())
        )
    return out


# ---------------------------------------------------------------- dates

_YEAR_RE = re.compile(r"\b(?:in|since|from|of|by|until|during)?\s*((?:18|19|20)\d\d)\b(?!\s*%)")
_MONTH_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _dates(text: str) -> tuple[set[str], set[tuple[str, str | None]], set[str]]:
    years = {m.group(1) for m in _YEAR_RE.finditer(text) if _year_at(text, m.start(1), m.end(1))}
    md = set()
    for m in _MONTH_RE.finditer(text):
        if m.group(1):
            if m.group(1) == "May" and not m.group(2):
                continue  # the modal verb
            md.add((m.group(1), m.group(2)))
        else:
            md.add((m.group(4), m.group(3)))
    days = set(_WEEKDAY_RE.findall(text))
    return years, md, days


def _date_conflicts(claim: str, statement: str) -> list[ConflictDetail]:
    out = []
    cy, cm, cd = _dates(claim)
    sy, sm, sd = _dates(statement)
    if cy and sy and not (cy & sy):
        a, b = ", ".join(sorted(cy)), ", ".join(sorted(sy))
        out.append(ConflictDetail("date", a, b, f"{a} vs {b}"))
    cfull = {x for x in cm if x[1]}
    sfull = {x for x in sm if x[1]}
    if cfull and sfull and not (cfull & sfull):
        a = ", ".join(f"{m} {d}" for m, d in sorted(cfull))
        b = ", ".join(f"{m} {d}" for m, d in sorted(sfull))
        out.append(ConflictDetail("date", a, b, f"{a} vs {b}"))
    elif cm and sm and not ({m for m, _ in cm} & {m for m, _ in sm}):
        a = ", ".join(sorted({m for m, _ in cm}))
        b = ", ".join(sorted({m for m, _ in sm}))
        out.append(ConflictDetail("date", a, b, f"{a} vs {b}"))
    if len(cd) == 1 and len(sd) == 1 and cd != sd:
        a, b = next(iter(cd)), next(iter(sd))
        out.append(ConflictDetail("date", a, b, f"{a} vs {b}"))
    return out


# ---------------------------------------------------------------- negation / denial

_DENIAL_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|debunked|dismissed|rejected|"
    r"(?:is|was|are|were)\s+(?:false|untrue|fake|a\s+hoax|not\s+true)|false|hoax|fake|"
    r"no\s+evidence|not\s+true|never)\b",
    re.I,
)


# Relative and adverbial subordinate clauses: a negation inside one ("the only province that
# has not fallen", "forces, which did not retreat, ...") says nothing about the polarity of
# the main assertion, so it is left out before polarities are compared.
_SUBORD_RE = re.compile(
    r"\b(?:which|who|whom|whose|where|although|though|whereas|while|because|unless|if)\b[^,;:()]*",
    re.I,
)
_THAT_RE = re.compile(r"\bthat\b[^,;:()]*", re.I)
# "that" after these opens what is asserted ("said that no resistance remained")
_REPORTING = set(
    "said says say saying told tells claimed claims claim claiming announced announces stated "
    "states added adds confirmed confirms reported reports insisted insists warned warns noted "
    "notes believe believes believed think thinks thought know knows knew show shows showed "
    "shown suggest suggests suggested argued argues revealed reveals admitted admits denied "
    "denies deny acknowledged acknowledges explained explains declared declares alleged alleges "
    "indicated indicates estimated estimates found find finds learned hope hopes expect expects "
    "expected fear fears feared assured assures agreed agrees predicted means meant and but or "
    "so such now fact clear certain sure true is was are were".split()
)

_REPORTING_VERBS = _REPORTING - {"and", "but", "or", "so", "now", "is", "was", "are", "were"}


def main_clause(text: str) -> str:
    """The text without relative and subordinate clauses (regex approximation)."""
    out = _SUBORD_RE.sub(" ", text)

    def keep_or_drop(m: re.Match) -> str:
        before = re.findall(r"[A-Za-z]+", out[max(0, m.start() - 60) : m.start()])
        clause = re.split(r"[,;:]", out[max(0, m.start() - 60) : m.start()])[-1]
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
        if (before and before[-1].lower() in _REPORTING) or (words & _REPORTING_VERBS):
            return m.group(0)  # a reported or asserted content clause
        return " "

    return _THAT_RE.sub(keep_or_drop, out)


def _negation_conflicts(claim: str, statement: str) -> list[ConflictDetail]:
    claim, statement = main_clause(claim), main_clause(statement)
    c_den = _DENIAL_RE.search(claim)
    s_den = _DENIAL_RE.search(statement)
    if s_den and not c_den:
        return [ConflictDetail("negation", "", s_den.group(0), f"statement: “{s_den.group(0)}”")]
    if c_den and not s_den:
        return [ConflictDetail("negation", c_den.group(0), "", f"claim: “{c_den.group(0)}”")]
    c_neg = NEGATION_RE.search(claim)
    s_neg = NEGATION_RE.search(statement)
    if bool(c_neg) != bool(s_neg):
        w = (s_neg or c_neg).group(0)
        side = "statement" if s_neg else "claim"
        return [
            ConflictDetail(
                "negation",
                c_neg.group(0) if c_neg else "",
                s_neg.group(0) if s_neg else "",
                f"negated in the {side} only (“{w}”)",
            )
        ]
    return []


# ---------------------------------------------------------------- actors

_ENT = r"(?:[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'’.-]*)*)"
_TRIPLE_RE = re.compile(rf"({_ENT})\s+((?:[a-z'’-]+\s+){{1,4}}?)({_ENT})")
_AUX = set(
    "has have had was were is are be been will would did does do also reportedly allegedly".split()
)


def _triples(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for m in _TRIPLE_RE.finditer(text):
        a, mid, b = m.group(1).lower(), m.group(2).split(), m.group(3).lower()
        verbs = [w for w in mid if w not in _AUX and w not in ("the", "a", "an", "by", "to")]
        if not verbs or a == b:
            continue
        v = verbs[0][:5]
        if mid[-1] == "by" and mid[0] in ("was", "were", "is", "are", "been", "has", "had"):
            a, b = b, a  # passive: "B was attacked by A"
        out.add((a, v, b))
    return out


def _actor_conflicts(claim: str, statement: str) -> list[ConflictDetail]:
    ct, st = _triples(claim), _triples(statement)
    for a, v, b in ct:
        if (b, v, a) in st and (a, v, b) not in st:
            return [
                ConflictDetail(
                    "actor", f"{a} → {b}", f"{b} → {a}", f"who {v}… whom: {a} → {b} vs {b} → {a}"
                )
            ]
    return []


def find_conflicts(claim: str, statement: str) -> list[ConflictDetail]:
    """All detail-level disagreements found between a claim and a statement about it."""
    return (
        _number_conflicts(claim, statement)
        + _date_conflicts(claim, statement)
        + _negation_conflicts(claim, statement)
        + _actor_conflicts(claim, statement)
    )
