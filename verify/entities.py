"""Named entities with a normalised key, and the canonical outlet table.

No statistical NER model can be downloaded offline, so mentions are found from
capitalisation plus a gazetteer (`data/aliases.tsv`). The point is the `key`: the
same person spelt "Ahamd Masoud" by one outlet and "Ahmad Massoud" by another must
meet in the index, so keys come from the editable alias table first and from fuzzy
matching against it second. Outlets get their own table (`data/outlets.tsv`) because
provenance ("reported Tolo News") is compared by canonical outlet name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

FUZZY_THRESHOLD = 88  # rapidfuzz ratio needed to map an unknown spelling onto an alias


@dataclass
class Entity:
    text: str
    key: str  # normalised key that unifies spelling/transliteration variants
    type: str  # PERSON, ORG, PLACE, OUTLET, MISC


@dataclass
class Mention:
    """An entity found in a text, with offsets relative to that text."""

    text: str
    key: str
    type: str
    start: int
    end: int

    def entity(self) -> Entity:
        return Entity(text=self.text, key=self.key, type=self.type)


@dataclass
class Gazetteer:
    variants: dict[str, tuple[str, str]]  # lower-cased variant -> (key, type)
    display: dict[str, str]  # key -> display name (first variant listed)
    types: dict[str, str]  # key -> type
    outlets: dict[str, str]  # lower-cased variant -> canonical outlet
    pattern: re.Pattern  # alternation of all variants, longest first
    outlet_pattern: re.Pattern


def _read_tsv(name: str) -> list[list[str]]:
    raw = resources.files("verify").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _alternation(variants: list[str]) -> re.Pattern:
    parts = sorted(set(variants), key=len, reverse=True)
    body = "|".join(re.escape(v) for v in parts)
    return re.compile(r"(?<![\w.-])(?:" + body + r")(?![\w-]|\.\w)")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the alias and outlet tables once per process."""
    variants: dict[str, tuple[str, str]] = {}
    display: dict[str, str] = {}
    types: dict[str, str] = {}
    surface: list[str] = []
    for row in _read_tsv("aliases.tsv"):
        if len(row) < 3:
            continue
        key, typ, variant = row[0].lower(), row[1].upper(), row[2]
        variants.setdefault(variant.lower(), (key, typ))
        display.setdefault(key, variant)
        types.setdefault(key, typ)
        surface.append(variant)
    outlets: dict[str, str] = {}
    outlet_surface: list[str] = []
    for row in _read_tsv("outlets.tsv"):
        canonical = row[0]
        names = [canonical] + (row[1].split("|") if len(row) > 1 and row[1] else [])
        for n in names:
            n = n.strip()
            if n:
                outlets.setdefault(n.lower(), canonical)
                outlet_surface.append(n)
    # Case-sensitive matching keeps "US" (country) apart from "us" (pronoun).
    return Gazetteer(
        variants=variants,
        display=display,
        types=types,
        outlets=outlets,
        pattern=_alternation(surface),
        outlet_pattern=_alternation([o for o in outlet_surface if len(o) > 3 or o.isupper()]),
    )


@lru_cache(maxsize=50000)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text.lower())
    return re.sub(r"\s+", " ", text.replace("-", " ")).strip()


def canonical_outlet(name: str) -> str | None:
    """Canonical outlet name for any known spelling, or None if it is not an outlet."""
    if not name:
        return None
    g = gazetteer()
    n = name.strip().strip(".,;:'\"")
    for cand in (n, re.sub(r"^the\s+", "", n, flags=re.I)):
        hit = g.outlets.get(cand.lower())
        if hit:
            return hit
    n2 = re.sub(
        r"\s+(?:news\s+agency|newspaper|channel|tv|daily|agency|website)$", "", n, flags=re.I
    )
    if n2 != n:
        return canonical_outlet(n2)
    return None


TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady sheikh mullah maulvi maulana
    president vice prime minister foreign external affairs interior defence defense home
    finance secretary general gen lt col colonel maj major capt captain sgt sergeant
    adm admiral brig brigadier commander chief deputy acting former first spokesman
    spokeswoman spokesperson senator sen rep representative gov governor mayor ambassador
    envoy special king queen prince princess pope judge justice chairman chairperson
    director head leader founder minister's provincial council member police army
    senior top official officials late marshal gov.""".split()
)

# words that are capitalised only because they start a sentence or are not names
STOPCAPS = frozenset(
    """the a an this that these those he she they it we i you his her their its our my
    your in on at by for from with to of and or but as if when while after before since
    meanwhile however also according speaking earlier later now then there here what who
    why how where which many some several all both each more most other another such
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec today yesterday tomorrow last next this mr said says reported
    is are was were be been will would could should can has have had do does did not no
    yes one two three four five six seven eight nine ten thirteen dozens hundreds
    thousands nearly about around at least over under between among during despite
    insurgents residents officials sources photo image read also follow subscribe""".split()
)

DEMONYMS = frozenset(
    """afghan american british indian pakistani chinese russian iranian european western
    eastern islamic muslim hindu christian arab french german english turkish qatari
    tajik uzbek pashtun hazara african asian""".split()
)

_ORG_WORDS = re.compile(
    r"\b(?:Ministry|Department|Party|Front|Council|Network|Embassy|Command|Agency|Army|"
    r"Forces|Force|Office|University|Institute|Committee|Bank|Organi[sz]ation|Nations|"
    r"Union|Court|Police|Commission|Corporation|Group|Movement|Government|Parliament|"
    r"Assembly|Senate|Congress|Centre|Center|Association|Federation|Foundation|Fund|"
    r"Authority|Board|Bureau|Service|Services|Taliban|Inc|Ltd|Corp|Co)\b"
)
_PLACE_WORDS = re.compile(
    r"\b(?:Province|Valley|City|District|Region|Airport|Street|River|Mountains?|Island|"
    r"County|State|Gate|Square)\b"
)

_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*\w|[A-Z]\.|[A-Z]{2,}|al-[A-Z]\w+)"
_CAPSEQ = re.compile(
    r"(?<![\w'’])"
    + _NAME_TOKEN
    + r"(?:[ \t]+(?:(?:of|the|for|and|de|al|bin|ibn|e|van|von)[ \t]+)?"
    + _NAME_TOKEN
    + r")*"
)


def skeleton(name: str) -> str:
    """Consonant skeleton per token: transliterations mostly differ in vowels and doubling."""
    out = []
    for tok in _fold(name).split():
        t = re.sub(r"[aeiouy]", "", tok[1:])
        out.append(tok[0] + re.sub(r"(.)\1+", r"\1", t))
    return " ".join(out)


def _strip_titles(text: str) -> str:
    toks = text.split()
    while toks and (toks[0].lower().rstrip(".") in TITLES or toks[0].lower() in STOPCAPS):
        toks.pop(0)
    while toks and toks[-1].lower() in {"of", "the", "for", "and", "'s"}:
        toks.pop()
    return " ".join(toks)


def normalise_name(text: str) -> str:
    """Fold case, accents, punctuation, titles and single-letter initials."""
    t = _strip_titles(text)
    toks = _fold(t).split()
    if len(toks) > 2:
        toks = [x for x in toks if len(x) > 1]  # "Kenneth F. McKenzie" -> kenneth mckenzie
    return " ".join(toks)


@lru_cache(maxsize=20000)
def lookup(text: str) -> tuple[str, str] | None:
    """(key, type) from the alias table: exact, then title-stripped, then fuzzy."""
    g = gazetteer()
    for cand in (text, text.strip(), _strip_titles(text)):
        hit = g.variants.get(cand.lower())
        if hit:
            return hit
    norm = normalise_name(text)
    if not norm:
        return None
    if norm in g.types:
        return norm, g.types[norm]
    if len(norm) < 5:
        return None
    if len(norm.split()) >= 2:
        key = _skeletons().get(skeleton(norm))
        if key:
            return key, g.types[key]
    choices = list(g.types.keys())
    best = process.extractOne(norm, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    if best:
        key = best[0]
        # never merge names that differ in length of token list (father vs son)
        if len(key.split()) == len(norm.split()):
            return key, g.types[key]
    return None


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, str]:
    g = gazetteer()
    out: dict[str, str] = {}
    for variant, (key, _typ) in g.variants.items():
        if len(variant.split()) >= 2:
            out.setdefault(skeleton(variant), key)
    return out


def entity_key(text: str) -> str:
    """The normalised key for a name, unifying known spelling variants."""
    hit = lookup(text)
    if hit:
        return hit[0]
    outlet = canonical_outlet(text)
    if outlet:
        return _fold(outlet)
    return normalise_name(text)


def display_name(key: str) -> str | None:
    """How a key is written for people: the first variant listed in the alias table."""
    return gazetteer().display.get(key)


def guess_type(text: str) -> str:
    if canonical_outlet(text):
        return "OUTLET"
    if _PLACE_WORDS.search(text):
        return "PLACE"
    if _ORG_WORDS.search(text) or (text.isupper() and len(text) <= 6):
        return "ORG"
    toks = _strip_titles(text).split()
    if 2 <= len(toks) <= 4 and all(t[:1].isupper() or t in {"bin", "al", "de"} for t in toks):
        return "PERSON"
    return "MISC"


def find_entities(text: str) -> list[Mention]:
    """Mentions in a sentence: alias-table hits first, then capitalised sequences."""
    g = gazetteer()
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in g.pattern.finditer(text):
        key, typ = g.variants[m.group(0).lower()]
        mentions.append(Mention(m.group(0), key, typ, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _CAPSEQ.finditer(text):
        s, e = m.start(), m.end()
        overlapped = [x for x in mentions if s < x.end and e > x.start]
        if overlapped:
            inner = all(x.type == "PLACE" and s <= x.start and x.end <= e for x in overlapped)
            if not (inner and _ORG_WORDS.search(m.group(0)) and not lookup(m.group(0))):
                continue
            for x in overlapped:
                mentions.remove(x)
        raw = m.group(0).rstrip(".") if not re.search(r"\b[A-Z]\.$", m.group(0)) else m.group(0)
        stripped = _strip_titles(raw)
        if not stripped or stripped.lower() in STOPCAPS:
            continue
        if len(stripped) < 2 or stripped.isdigit():
            continue
        off = s + raw.find(stripped) if stripped in raw else s
        # a lone capitalised word at sentence start is usually just a sentence start
        if (
            off == 0
            and " " not in stripped
            and not lookup(stripped)
            and re.search(r"(?:ing|ed|ly|ion|s)$", stripped)
            and not stripped.isupper()
        ):
            continue
        if stripped.lower().rstrip("s") in DEMONYMS:
            continue
        outlet = canonical_outlet(stripped)
        if outlet:
            mentions.append(Mention(stripped, _fold(outlet), "OUTLET", off, off + len(stripped)))
            continue
        hit = lookup(stripped)
        if hit:
            key, typ = hit
        else:
            key, typ = normalise_name(stripped), guess_type(stripped)
        if not key:
            continue
        mentions.append(Mention(stripped, key, typ, off, off + len(stripped)))
    mentions.sort(key=lambda x: x.start)
    return mentions


def resolve_surname(name: str, earlier: list[Mention]) -> Mention | None:
    """A one-word name ("Massoud") resolved to the latest earlier full name it ends.

    Fuzzy on the surname so "Massoud" finds "Ahamd Masoud"; latest wins because news
    copy introduces a person in full just before using the surname alone.
    """
    last = _fold(name).split()
    if len(last) != 1:
        return None
    for m in reversed(earlier):
        if m.type not in {"PERSON", "MISC"}:
            continue
        toks = _fold(m.text).split()
        if len(toks) < 2:
            continue
        if fuzz.ratio(toks[-1], last[0]) >= 80:
            return m
    return None
