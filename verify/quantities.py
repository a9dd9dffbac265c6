"""Numbers (with what they count and how precise they are) and dates.

Stance detection (#4) compares figures across outlets: "around 1000 US citizens"
against "at least 1,200 Americans" is a disagreement only if the ranges do not
overlap, and "on Monday" means nothing until resolved against the publication date.
So every quantity carries low/high bounds, and dates carry ISO strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser


@dataclass
class Quantity:
    text: str  # surface form, as in the article
    value: float | None
    unit: str | None = None  # what is counted ("US citizens", "people", "%")
    approx: bool = False
    low: float | None = None
    high: float | None = None
    kind: str = "number"  # number | date
    iso: str | None = None  # dates: the resolved day (or range start when a range)
    iso_low: str | None = None
    iso_high: str | None = None


WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "a thousand": 1000,
    "a dozen": 12, "half a dozen": 6, "a couple of": 2, "a few": 3,
}  # fmt: skip
# vague plurals: (typical value, low bound, high bound)
VAGUE = {
    "dozens": (24, 24, 100), "scores": (40, 40, 200), "hundreds": (200, 200, 1000),
    "thousands": (2000, 2000, 10000), "tens of thousands": (20000, 20000, 100000),
    "hundreds of thousands": (200000, 200000, 1000000), "millions": (2e6, 2e6, 1e7),
    "several": (3, 3, 9), "a handful of": (4, 2, 6),
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "mn": 1e6, "bn": 1e9,
          "m": 1e6, "k": 1e3}  # fmt: skip
CURRENCY = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "rs": "INR", "rs.": "INR",
            "₹": "INR", "afs": "AFN"}  # fmt: skip
MONTHS = ("jan feb mar apr may jun jul aug sep oct nov dec").split()
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_APPROX = r"(?:around|about|nearly|almost|approximately|roughly|some|an estimated|close to|circa|over|more than|at least|upwards of|up to|as many as|fewer than|less than|under|at most|no more than|over)"
_WORDNUM = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|lakhs?|crores?|mn|bn)\b|(?<=\d)[mk]\b)"
_CURR = r"(?:US\$|\$|£|€|₹|Rs\.?\s?|Afs\s?)"

_NUMBER = re.compile(
    rf"(?P<mod>\b{_APPROX}\s+)?"
    rf"(?:(?:between\s+)?(?P<cur>{_CURR})?(?P<n1>{_NUM}|\b(?:{_WORDNUM})\b)(?P<s1>{_SCALE})?"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<cur2>{_CURR})?(?P<n2>{_NUM}|\b(?:{_WORDNUM})\b)(?P<s2>{_SCALE})?)?"
    rf"|\b(?P<vague>{_VAGUE})\b)"
    rf"(?P<pct>\s*(?:%|per\s?cent\b|percent\b))?",
    re.I,
)
_UNIT_STOP = frozenset(
    """were was is are be been have has had will would could may might in on at of from
    to and or but who that which since after before for by with as than into over under
    per during between across near said says told according while when where killed
    injured died fled wounded including other others more less people's""".split()
)
_UNIT_TOKEN = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")

_DATE_ABS = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<m2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{4}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
_DATE_REL = re.compile(
    r"\b(?:(?P<past>(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?P<pn>\d+|[a-z]+\s)?\s*(?P<pu>hours?|days?|weeks?|months?|years?))"
    r"|(?P<ago>(?P<an>\d+|[a-z]+)\s+(?P<au>days?|weeks?|months?|years?)\s+ago)"
    r"|(?P<lastx>last\s+(?P<lu>week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    r"|(?P<thisx>this\s+(?P<tu>week|month|year|morning|evening|afternoon))"
    r"|(?P<wd>(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|night|evening|afternoon))?)"
    r"|(?P<yday>yesterday|today|tonight|tomorrow))\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:in\s+)?(?P<y>(?:19|20)\d{2})\b")


def _num(token: str | None) -> float | None:
    if not token:
        return None
    t = token.strip().lower()
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


def _scale(token: str | None) -> float:
    if not token:
        return 1.0
    return SCALES.get(token.strip().lower(), 1.0)


def _unit_after(text: str, pos: int) -> str | None:
    words: list[str] = []
    m = re.match(r"\s+of(?=\s)", text[pos:])
    if m:
        pos += m.end()
    while len(words) < 3:
        m = _UNIT_TOKEN.match(text, pos)
        if not m or m.group(1).lower() in _UNIT_STOP:
            break
        if words and words[-1][-1:] in ",;":
            break
        words.append(m.group(1))
        pos = m.end()
        if m.group(1)[:1].islower():
            break  # "US citizens wait" -> "US citizens": capitalised modifiers, one noun
    return " ".join(words) or None


def parse_published(published: str | date | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return dateparser.parse(str(published)).date()
    except (ValueError, OverflowError, TypeError):
        return None


def _count(word: str | None) -> int:
    if not word or not word.strip():
        return 1
    w = word.strip().lower()
    if w.isdigit():
        return int(w)
    return int(WORD_NUMBERS.get(w, 1))


def _delta(n: int, unit: str) -> timedelta:
    u = unit.lower().rstrip("s")
    return {
        "hour": timedelta(hours=n),
        "day": timedelta(days=n),
        "week": timedelta(weeks=n),
        "month": timedelta(days=30 * n),
        "year": timedelta(days=365 * n),
    }[u]


def _date_q(text: str, lo: date | None, hi: date | None, relative: bool) -> Quantity:
    if lo and hi and lo == hi:
        return Quantity(text=text, value=None, kind="date", iso=lo.isoformat(),
                        iso_low=lo.isoformat(), iso_high=hi.isoformat(), approx=relative)  # fmt: skip
    return Quantity(
        text=text,
        value=None,
        kind="date",
        approx=relative,
        iso=lo.isoformat() if lo else None,
        iso_low=lo.isoformat() if lo else None,
        iso_high=hi.isoformat() if hi else None,
    )


def _relative(m: re.Match, pub: date | None) -> tuple[date | None, date | None]:
    if pub is None:
        return None, None
    if m.group("past"):
        n, unit = _count(m.group("pn")), m.group("pu")
        return (pub - _delta(n, unit)) if unit.lower().startswith(
            "hour"
        ) is False else pub - timedelta(days=1), pub
    if m.group("ago"):
        d = pub - _delta(_count(m.group("an")), m.group("au"))
        return d, d
    if m.group("lastx"):
        u = m.group("lu").lower()
        if u == "week":
            start = pub - timedelta(days=pub.weekday() + 7)
            return start, start + timedelta(days=6)
        if u == "month":
            first = pub.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), first
        if u == "year":
            return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
        if u == "night":
            return pub - timedelta(days=1), pub - timedelta(days=1)
        back = (pub.weekday() - WEEKDAYS.index(u)) % 7 or 7
        return pub - timedelta(days=back), pub - timedelta(days=back)
    if m.group("thisx"):
        u = m.group("tu").lower()
        if u == "week":
            return pub - timedelta(days=pub.weekday()), pub
        if u == "month":
            return pub.replace(day=1), pub
        if u == "year":
            return date(pub.year, 1, 1), pub
        return pub, pub
    if m.group("wd"):
        wd = re.search(
            r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", m.group("wd"), re.I
        )
        # news convention: a bare weekday is the most recent one, the publication day included
        back = (pub.weekday() - WEEKDAYS.index(wd.group(1).lower())) % 7
        d = pub - timedelta(days=back)
        return d, d
    w = m.group("yday").lower()
    off = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
    d = pub + timedelta(days=off)
    return d, d


def extract_dates(text: str, published: str | date | None = None) -> list[Quantity]:
    """Absolute and relative dates, resolved against the publication date when given."""
    pub = parse_published(published)
    out: list[Quantity] = []
    spans: list[tuple[int, int]] = []
    for m in _DATE_ABS.finditer(text):
        try:
            if m.group("iso"):
                d = date.fromisoformat(m.group("iso"))
            else:
                mon = (m.group("m1") or m.group("m2"))[:3].lower()
                day = int(m.group("d1") or m.group("d2"))
                y = m.group("y1") or m.group("y2")
                year = int(y) if y else (pub.year if pub else None)
                if year is None:
                    out.append(Quantity(text=m.group(0), value=None, kind="date"))
                    spans.append(m.span())
                    continue
                d = date(year, MONTHS.index(mon) + 1, day)
                if not y and pub and d > pub + timedelta(days=7):
                    d = d.replace(year=d.year - 1)  # "Dec 30" in a January story
        except ValueError:
            continue
        if (
            m.start() >= 6
            and re.search(r"since\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
            and pub
        ):
            out.append(_date_q(m.group(0), d, pub, False))
        else:
            out.append(_date_q(m.group(0), d, d, False))
        spans.append(m.span())
    for m in _DATE_REL.finditer(text):
        if any(m.start() < e and m.end() > s for s, e in spans):
            continue
        lo, hi = _relative(m, pub)
        out.append(_date_q(m.group(0), lo, hi, True))
        spans.append(m.span())
    for m in _YEAR.finditer(text):
        if any(m.start() < e and m.end() > s for s, e in spans):
            continue
        y = int(m.group("y"))
        q = _date_q(m.group(0), date(y, 1, 1), date(y, 12, 31), False)
        q.iso = str(y)
        out.append(q)
    return out


def extract_quantities(text: str, published: str | date | None = None) -> list[Quantity]:
    """All numbers and dates in a sentence, in order of appearance."""
    dates = extract_dates(text, published)
    date_spans = [(text.find(q.text), text.find(q.text) + len(q.text)) for q in dates]
    out: list[tuple[int, Quantity]] = []
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if any(s < de and e > ds for ds, de in date_spans):
            continue
        if not m.group("n1") and not m.group("vague"):
            continue
        mod = (m.group("mod") or "").strip().lower()
        surface = m.group(0).strip()
        if (
            m.group("n1")
            and _YEAR.fullmatch(m.group("n1"))
            and not m.group("cur")
            and not m.group("pct")
        ):
            continue  # a bare year is a date, not a count
        if m.group("vague"):
            val, lo, hi = VAGUE[m.group("vague").lower()]
            q = Quantity(text=surface, value=float(val), approx=True, low=float(lo), high=float(hi))
        else:
            v1 = _num(m.group("n1"))
            if v1 is None:
                continue
            v1 *= _scale(m.group("s1"))
            v2 = _num(m.group("n2"))
            joiner = text[m.end("n1") : m.start("n2")] if m.group("n2") else ""
            is_range = v2 is not None and (
                "between" in surface.lower()[:8] or re.search(r"-|–|to", joiner) is not None
            )
            if v2 is not None and not is_range:
                # "12 and 15" without "between" is two numbers, keep the first only
                e = m.end("s1") if m.group("s1") else m.end("n1")
                surface = text[s:e].strip()
                v2 = None
            if v2 is not None:
                v2 *= _scale(m.group("s2") or m.group("s1"))
                q = Quantity(text=surface, value=(v1 + v2) / 2, approx=True, low=v1, high=v2)
            else:
                q = Quantity(text=surface, value=v1, low=v1, high=v1)
                if mod in {"around", "about", "nearly", "almost", "approximately", "roughly",
                           "some", "an estimated", "close to", "circa"}:  # fmt: skip
                    q.approx, q.low, q.high = True, v1 * 0.9, v1 * 1.1
                    if mod in {"nearly", "almost", "close to"}:
                        q.high = v1
                elif mod in {"over", "more than", "at least", "upwards of"}:
                    q.approx, q.low, q.high = True, v1, None
                elif mod in {"up to", "as many as", "fewer than", "less than", "under",
                             "at most", "no more than"}:  # fmt: skip
                    q.approx, q.low, q.high = True, None, v1
            if m.group("cur"):
                q.unit = CURRENCY.get(m.group("cur").strip().lower(), m.group("cur").strip())
        if m.group("pct"):
            q.unit = "%"
        elif q.unit is None:
            q.unit = _unit_after(text, e)
        out.append((s, q))
    for q in dates:
        out.append((text.find(q.text), q))
    out.sort(key=lambda x: x[0])
    return [q for _, q in out]
