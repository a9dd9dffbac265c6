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
    for row in _read_tsv("outlets.tsv"):
        canonical = row[0]
        names = [canonical] + (row[1].split("|") if len(row) > 1 and row[1] else [])
        for n in names:
            n = n.strip()
            if n:
                outlets.setdefault(n.lower(), canonical)
    # Case-sensitive matching keeps "US" (country) apart from "us" (pronoun).
    return Gazetteer(
        variants=variants,
        display=display,
        types=types,
        outlets=outlets,
        pattern=_alternation(surface),
    )


@lru_cache(maxsize=50000)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text.lower())
    return re.sub(r"\s+", " ", text.replace("-", " ")).strip()


@lru_cache(maxsize=50000)
def canonical_outlet(name: str) -> str | None:
    """Canonical outlet name for any known spelling, or None if it is not an outlet."""
    if not name:
        return None
    g = gazetteer()
    n = name.replace("’", "'").strip().strip(".,;:'\"")  # (curly apostrophes as the table's straight ones)
    if len(n) > 120:  # no outlet's name is a paragraph (and the stripping below recurses)
        return None
    for cand in (n, re.sub(r"^the\s+", "", n, flags=re.I), re.sub(r"^(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*['’]s\s+", "", n)):
        hit = g.outlets.get(cand.lower())
        if hit:
            return hit  # also "South Korea's Yonhap News Agency"
    # "the Pajhwok Afghan News agency", "Geo News channel"
    for suffix in _OUTLET_SUFFIXES:
        n2 = suffix.sub("", n)
        if n2 != n and n2:
            hit = canonical_outlet(n2)
            if hit:
                return hit
    # "the state-run Anadolu Agency", "semi-official Fars"
    m = _OWNERSHIP.match(n)
    if m and m.end() < len(n):
        return canonical_outlet(n[m.end() :])
    # a descriptor in front: "the Karachi-based daily Dawn", "news agency PTI",
    # "local broadcaster TOLOnews", "German news agency dpa"
    m = _OUTLET_DESCRIPTOR.match(n)
    if m and m.end() < len(n):
        return canonical_outlet(n[m.end() :])
    return None


_NOT_SERVICE = re.compile(
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|On|In|At|That|This|Last|News)$"
)


# what follows an outlet's name in the name of one of its services ("BBC Radio Manchester",
# "CNN Brasil", "Bild am Sonntag"); anything else ("Independent National Electoral
# Commission", "Guardian Council", "Reuters Institute") is not the outlet
_SERVICE_WORDS = frozenset(
    """Radio TV Television English Arabic Español Espanol Français Brasil Brazil Mubasher Sport
    Sports News World Service Online Live International America Americas Africa Asia Europe
    Deutschland France Türk Turk India Indonesia Hindi Urdu Persian Pashto Farsi Today am Sunday
    Digital Business One Two Three Four HT Mundo Latino Latin Balkans Afrique Haber Noticias
    Nieuws Nachrichten Info Bangla Swahili Somali Russian Ukrainian Turkish Chinese Gujarati
    Marathi Tamil Telugu Punjabi Nepali Sinhala Burmese Thai Vietnamese Korean Japanese Hausa
    Yoruba Igbo Amharic Tigrinya Kyrgyz Uzbek Azeri Cymru Alba Scotland Wales Ireland Türkçe Turkce
    Deutsch Persian Dari Arabia Arabi""".split()
)


def outlet_service(name: str) -> tuple[str, str] | None:
    """A named service of a known outlet: "BBC Radio Manchester" -> ("BBC Radio Manchester",
    "BBC"), "CNN Brasil", "Bild am Sonntag", "Al Jazeera Mubasher". None when the name is
    the outlet itself or no known outlet starts it."""
    n = re.sub(r"^the\s+", "", name.strip().strip(".,;:"), flags=re.I)
    if canonical_outlet(n):
        return None
    if "-" in n and " " not in n:  # "Interfax-Kazakhstan", "Interfax-Ukraine"
        head, _, rest = n.partition("-")
        parent = canonical_outlet(head)
        if parent and rest[:1].isupper():
            return n, parent
    words = n.split()
    for k in range(len(words) - 1, 0, -1):
        parent = canonical_outlet(" ".join(words[:k]))
        if parent is None:
            continue
        rest = words[k:]
        if (
            len(rest) <= 3
            and (rest[0] in _SERVICE_WORDS or rest[0].isdigit())
            and all((w[:1].isupper() or w[:1].isdigit() or w in {"am", "de", "en"}) and not _NOT_SERVICE.match(w)
                    for w in rest)
            and not rest[-1].endswith(("'s", "’s"))
        ):
            return n, parent
        return None
    return None


def outlet_family(name: str) -> str:
    """The outlet a name belongs to, for counting independent sources: a service counts as
    its parent ("BBC Radio Manchester" -> "BBC"); anything else is returned as it is."""
    svc = outlet_service(name)
    if svc:
        return svc[1]
    own = _POSSESSED_SERVICE.match(name.strip())
    if own and canonical_outlet(own.group("o")):
        return canonical_outlet(own.group("o"))  # "RFE/RL's Kyrgyz Service", "CBC's Information Radio"
    return canonical_outlet(name) or name


_POSSESSED_SERVICE = re.compile(r"^(?:the\s+)?(?P<o>[^'’]{2,40})['’]s\s+(?=[A-Z])[\w' -]{2,40}$")


_OUTLET_SUFFIXES = [
    re.compile(r"\s+" + s + r"$", re.I)
    for s in (r"news\s+agency", r"agency", r"newspaper", r"channel", r"tv", r"daily", r"website", r"news", r"online")
]
_OWNERSHIP = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’']*['’]s\s+)?(?:(?:[\w]+)[\s-]"
    r"(?:run|owned|controlled|official|funded|based|backed|language)|official|semi-official|state|"
    r"private|independent|local|national|pro-government|leading|prominent|popular)\s+"
    r"|^(?:the\s+)?[A-Z][\w’']*['’]s\s+(?=[A-Z])",  # "Pakistan's Dawn newspaper"
    re.I,
)
_OUTLET_DESCRIPTOR = re.compile(
    r"^(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:news\s+agency|agency|broadcaster|daily|newspaper|"
    r"paper|channel|outlet|television|tv\s+channel|radio|station|website|weekly|magazine|"
    r"wire\s+service|news\s+website|publication)\s+",
    re.I,
)


TITLES = frozenset(
    """councilmember councilwoman councilman councillor councilor alderman alderwoman assemblyman
    assemblywoman assemblymember selectman sheriff inspector superintendent constable detective
    bishop imam rabbi pastor reverend rev
    mr mrs ms miss dr prof professor chancellor premier sir dame lord lady sheikh mullah maulvi maulana
    president vice prime minister foreign external affairs interior defence defense home
    finance secretary general gen lt col colonel maj major capt captain sgt sergeant
    adm admiral brig brigadier commander chief deputy acting former first spokesman
    spokeswoman spokesperson senator sen rep representative gov governor mayor ambassador
    envoy special king queen prince princess pope judge justice chairman chairperson
    director head leader founder minister's provincial council member police army
    senior top official officials late marshal gov. commissioner attorney economist coach
    analyst researcher recorder chair chairwoman mla mp mep mpp msp ceo cfo coo cto co-founder
    cofounder whip officer lyonpo lyonchhen dasho datuk dato datin alhaji alhaja hajji ustaz
    shri smt honourable hon""".split()
)
# titles that, inside a capitalised run, separate a qualifier from the name after them:
# "Texas Attorney General Dale Prescott", "Khyber Pakhtunkhwa Chief Minister Sardar …"
_INNER_TITLES = frozenset(
    """minister secretary president commissioner attorney governor spokesman spokeswoman
    spokesperson economist coach captain judge ambassador mayor senator representative
    director chairman chairwoman chief leader commander envoy general dr prof professor
    executive officer advocate inspector superintendent prosecutor administrator councilmember
    councilman councilwoman councillor councilor alderman alderwoman assemblymember sheriff""".split()
)
# portfolio words that qualify a title without being an entity ("Union Health Secretary")
_PORTFOLIO = frozenset(
    """federal union state information election opposition health home foreign interior
    finance defence defense education commerce trade deputy national security economic
    affairs external former assistant senior junior cabinet railway railways agriculture
    water power energy law justice culture tourism labour labor provincial acting chief
    prime vice housing transport environment""".split()
)
_ORG_LIST_GUARD = re.compile(r"\b(?:of|for)\b")
_AND = re.compile(r"\s+and\s+")
_OWNED_BODY = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:Center|Centre|Institute|Commission|Agency|Authority|Network|Movement)\b|"
    r"\s+(?:Office|Party|Bank|Army|Republic|Court|Department|Union|Front|Council|Daily|Association|"
    r"Federation|Foundation|Society|League|Alliance|Trust|Fund|Club|Guild|Hospital|College|School|"
    r"Organisation|Organization|Cooperative|Co-operative|Syndicate|Chamber|Institute|"
    r"(?:Co-)?Cathedral)\b"
)
_POSSESSIVE = re.compile(r"[’']s(?=\s)")

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
    every any none few much
    insurgents residents officials sources photo image read also follow subscribe""".split()
)

DEMONYMS = frozenset(
    """afghan american british indian pakistani chinese russian iranian european western
    eastern islamic muslim hindu christian arab french german english turkish qatari
    tajik uzbek pashtun hazara african asian mexican brazilian argentine argentinian chilean
    colombian peruvian venezuelan cuban canadian australian spanish italian portuguese dutch
    belgian swiss austrian swedish swede norwegian danish dane finnish finn icelandic irish
    scottish scot welsh polish pole czech slovak hungarian romanian bulgarian serbian croatian
    bosnian slovenian greek ukrainian belarusian georgian armenian azerbaijani kazakh kyrgyz
    turkmen israeli palestinian lebanese syrian iraqi jordanian saudi emirati kuwaiti omani
    yemeni egyptian libyan tunisian algerian moroccan sudanese ethiopian eritrean somali kenyan
    ugandan tanzanian rwandan congolese nigerian ghanaian senegalese malian cameroonian
    angolan zambian zimbabwean mozambican namibian malawian japanese korean taiwanese
    vietnamese thai filipino indonesian malaysian singaporean burmese cambodian bangladeshi
    nepali nepalese sri lankan mongolian latvian lithuanian estonian flemish walloon catalan
    basque bavarian kurdish baloch sindhi punjabi bengali tamil""".split()
)

_PREFIXED_BODY = re.compile(r"\b(?:Mission|Programme|Program|Assistance|Envoy|Forces?)$")
_ORG_WORDS = re.compile(
    r"\b(?:Ministry|Department|Party|Front|Council|Network|Embassy|Command|Agency|Army|"
    r"Forces|Force|Office|University|Institute|Committee|Bank|Organi[sz]ation|Nations|"
    r"Union|Court|Police|Commission|Corporation|Group|Movement|Government|Parliament|"
    r"Assembly|Senate|Congress|Centre|Center|Association|Federation|Foundation|Fund|"
    r"Authority|Board|Bureau|Service|Services|Taliban|Inc|Ltd|Corp|Co|Survey|Observatory|"
    r"Laboratory|Lab|Administration|Secretariat|Directorate|Inspectorate|Superintendency|Ombudsman|"
    r"Tribunal|Chamber|Staff|Festival|Biennale|Division|Forum|Coast\s+Guard)\b"
)
_PLACE_WORDS = re.compile(
    r"\b(?:Province|Valley|City|District|Region|Airport|Street|River|Mountains?|Island|"
    r"County|State|Gate|Square)\b"
)

# capitals of Latin-script names, accented ones included ("Öztürk", "Şahin", "Žižek")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_NAME_TOKEN = (
    rf"(?:[{UPPER}][\w'’.-]*\w(?:['’](?=\s+[{UPPER}]))?|[{UPPER}]\.|[{UPPER}]{{2,}}|al-[{UPPER}]\w+|"
    rf"(?:Ó|Ní|Nic|Uí)(?=\s+[{UPPER}]))"
)  # also "Producers' Association", the Irish "Ó Dochartaigh"
_CAPSEQ = re.compile(
    r"(?<![\w'’])"
    + _NAME_TOKEN
    + r"(?:[ \t]+(?:(?:for[ \t]+the|of|the|for|and|&|de|al|bin|ibn|e|van|von)[ \t]+)?"
    + _NAME_TOKEN
    + r")*"
)


@lru_cache(maxsize=50000)
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


_CORP_SUFFIX = re.compile(r"(?:,?\s+(?:Co|Corp|Inc|Ltd|Plc|plc|AG|SA|SE|NV|LLC|GmbH)\.?)+$")


def normalise_name(text: str) -> str:
    """Fold case, accents, punctuation, titles, single-letter initials and company suffixes
    ("Kyushu Electric Power Co." -> "kyushu electric power")."""
    t = _CORP_SUFFIX.sub("", _strip_titles(text)) or _strip_titles(text)
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


# words that make a capitalised run a body, not a person ("Health New Zealand", "Cardiff
# Rugby", "Sora Airways", "Starline Entertainment"); only for guessing a type, never for
# splitting a run
_BODY_NAME_WORDS = re.compile(
    r"\b(?:Health|Airways|Airlines|Air|Rugby|Club|FC|AFC|Holdings|Energy|Power|Electric|"
    r"Motors|Entertainment|Pharma|Pharmaceuticals|Systems|Technologies|Technology|Partners|"
    r"Capital|Trust|Hospital|Clinic|School|College|Academy|Zoo|Museum|Diocese|Church|Port|"
    r"Railways?|Telecom|Solutions|Industries|Insurance|Relief|Aid|Rights|Watch|Alliance|"
    r"Coalition|Society|Secretariat|Mission|Tribunal|Works|Water|Mining|Resources|Labs|"
    r"Robotics|Logistics|Transport|Shipping|Tankers|Lines|Bancorp|Securities|Investments|Ventures|"
    r"Group|plc|PLC|LLC|AG|SA|GmbH|NV|BV|Pty)\b"
)
COUNTRIES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium benin bolivia bosnia botswana brazil bulgaria burkina
    burundi cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus
    czechia denmark djibouti ecuador egypt eritrea estonia eswatini ethiopia fiji finland
    france gabon gambia georgia germany ghana greece guatemala guinea guyana haiti honduras
    hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
    mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands
    zealand nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda senegal serbia singapore slovakia
    slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand
    togo tunisia turkey türkiye turkmenistan uganda ukraine emirates uruguay uzbekistan
    venezuela vietnam yemen zambia zimbabwe scotland wales england britain""".split()
)


def guess_type(text: str) -> str:
    if canonical_outlet(text):
        return "OUTLET"
    if _PLACE_WORDS.search(text):
        return "PLACE"
    if _ORG_WORDS.search(text) or (text.isupper() and len(text) <= 6):
        return "ORG"
    toks = _strip_titles(text).split()
    if 2 <= len(toks) <= 4 and all(t[:1].isupper() or t in {"bin", "al", "de"} for t in toks):
        if _BODY_NAME_WORDS.search(" ".join(toks)) or any(t.lower() in COUNTRIES for t in toks[1:]):
            return "ORG"
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
    for s, e in _pieces(text):
        seq = text[s:e]
        overlapped = [x for x in mentions if s < x.end and e > x.start]
        if overlapped:
            inner = all(
                s <= x.start and x.end <= e and (
                    x.type == "PLACE"
                    # "UN Population Fund", "EU Mission": a body whose name starts with a short acronym
                    or (x.type == "ORG" and x.start == s and len(x.text) <= 3 and x.text.isupper() and x.end < e)
                )
                for x in overlapped
            )
            if not (inner and (_ORG_WORDS.search(seq) or _PREFIXED_BODY.search(seq)) and not lookup(seq)):
                continue
            for x in overlapped:
                mentions.remove(x)
        raw = seq.rstrip(".") if not re.search(r"\b[A-Z]\.$", seq) else seq
        raw = re.sub(r"[’']s$", "", raw) or raw  # "Jacob Zuma's": the name, not the possessive
        stripped = _strip_titles(raw)
        if not stripped or stripped.lower() in STOPCAPS:
            continue
        if len(stripped) < 2 or stripped.isdigit():
            continue
        off = s + raw.find(stripped) if stripped in raw else s
        # a lone capitalised word at sentence start is usually just a sentence start
        if (
            not text[:off].strip(" \"“‘'(")
            and " " not in stripped
            and not lookup(stripped)
            and re.search(r"(?:ing|ed|ly|ion|s)$", stripped)
            and not stripped.isupper()
        ):
            continue
        if stripped.lower().rstrip("s") in DEMONYMS:
            continue
        svc = None if canonical_outlet(stripped) else outlet_service(stripped)
        outlet = canonical_outlet(stripped) or (svc[1] if svc else None)  # "RTÉ Radio 1" -> RTÉ
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


def _pieces(text: str) -> list[tuple[int, int]]:
    """Capitalised runs, split where one run holds several entities.

    - at a possessive: "Pakistan’s Finance Minister …" -> "Pakistan", "Finance Minister …"
    - after a title inside the run: "Texas Attorney General Dale Prescott" -> "Texas",
      "Dale Prescott"; a qualifier made of portfolio words ("Union Health") is dropped
    - at "and" in a list of names: "Karnataka and Maharashtra" (not in "Ministry of
      Refugees and Repatriation" or a name the alias table knows whole)
    """
    out: list[tuple[int, int]] = []
    for m in _CAPSEQ.finditer(text):
        stack = [(m.start(), m.end())]
        while stack:
            s, e = stack.pop(0)
            seq = text[s:e]
            if " " not in seq and "’" not in seq and "'" not in seq:
                out.append((s, e))
                continue
            pm = _POSSESSIVE.search(seq)
            if pm and _OWNED_BODY.match(seq, pm.end()):
                pm = None  # "Federal Prosecutor's Office", "Sheriff's Office", "People's Party"
            if pm:
                stack[:0] = [(s, s + pm.start()), (s + pm.end() + 1, e)]
                continue
            am = _AND.search(seq) if " and " in seq else None
            if (
                am
                and not _ORG_WORDS.search(seq)
                and not _ORG_LIST_GUARD.search(seq)
                and not lookup(seq)
            ):
                stack[:0] = [(s, s + am.start()), (s + am.end(), e)]
                continue
            words = seq.split()
            if not any(w.lower().rstrip(".") in _INNER_TITLES for w in words[:-1]):
                out.append((s, e))
                continue
            toks = list(re.finditer(r"\S+", seq))
            cut = None
            for i, t in enumerate(toks[:-1]):
                if t.group(0).lower().rstrip(".") in _INNER_TITLES:
                    cut = i
            if cut is not None and not lookup(seq):
                first = next(
                    i
                    for i, t in enumerate(toks)
                    if t.group(0).lower().rstrip(".") in TITLES or t.group(0).lower() in _PORTFOLIO
                    or t.group(0).lower().rstrip(".") in _INNER_TITLES
                )
                k = cut + 1
                # "Minister of State for Housing Ciarán Lyons": the name follows the portfolio
                while k < len(toks) - 2 and (
                    toks[k].group(0).lower() in {"of", "for", "and", "the"}
                    or toks[k].group(0).lower() in _PORTFOLIO
                    or (toks[k + 1].group(0).lower() in {"of", "for", "and"})
                    or toks[k].group(0) in {"State", "Housing", "Health", "Defence", "Defense"}
                ):
                    k += 1
                name_s = s + toks[k].start()
                if first > 0:
                    q_e = s + toks[first - 1].end()
                    out.append((s, q_e))
                out.append((name_s, e))
                continue
            out.append((s, e))
    return out


_PARTICLES = frozenset("al el ul ad as ash at az abu bin ibn bint".split())


def resolve_surname(name: str, earlier: list[Mention]) -> Mention | None:
    """A one-word name ("Massoud") resolved to the latest earlier full name it ends.

    Fuzzy on the surname so "Massoud" finds "Ahamd Masoud"; latest wins because news
    copy introduces a person in full just before using the surname alone.
    """
    last = _fold(name).split()
    if len(last) == 2 and last[0] in _PARTICLES:
        # "al-Qudra" -> "Ashraf al-Qudra": the particle and the name after it
        for m in reversed(earlier):
            toks = _fold(m.text).split()
            if m.type in {"PERSON", "MISC"} and len(toks) > 2 and toks[-2:] == last:
                return m
        return None
    if len(last) != 1:
        return None
    word = last[0]
    cands = [(m, _fold(m.text).split()) for m in reversed(earlier) if " " in m.text.strip()]
    people = [(m, toks) for m, toks in cands if m.type in {"PERSON", "MISC"}]
    for m, toks in people:
        if len(toks) >= 2 and fuzz.ratio(toks[-1], word) >= 80:
            return m
    # family name first ("Li Haoran" ... "Li added", "Lin Chih-hao" ... "Lin told"): exact
    # match on the first token only
    for m, toks in people:
        if 2 <= len(toks) <= 3 and toks[0] == word and len(word) >= 2 and (
            len(toks) == 2 or "-" in m.text
        ) and not any(c.isdigit() for c in m.text):
            return m
    # a paternal surname before the maternal one ("Mauricio Solano Vindas" ... "Solano said")
    for m, toks in people:
        if len(toks) >= 3 and word in toks[1:-1] and len(word) >= 4:
            return m
    # a body by the first word of its name ("Harland Mercantile Bank" ... "Harland said")
    for m, toks in cands:
        if m.type == "ORG" and len(toks) >= 2 and toks[0] == word and len(word) >= 4 and not any(
            c.isdigit() for c in m.text  # "Embraer E195-E2" is a product, not the firm
        ):
            return m
    return None


# "the Inter-Services Public Relations (ISPR)", "UN Office for the Coordination of
# Humanitarian Affairs (OCHA)": capitalised words (with of/for/the/and between) before a
# bracketed acronym.
_ACRONYM_DEF = re.compile(
    r"(?P<full>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|the|and|on|de|e|i)\s+){0,3}[A-Z0-9][\w’'.-]*){1,10})"
    r"\s*\((?P<acr>[A-Z][A-Za-z]{1,7})\)"
)


def initials(name: str) -> str:
    """Initials of the capitalised words: "Tehreek-e-Taliban Pakistan" -> "TTP"."""
    parts = re.split(r"[\s-]+", name)
    return "".join(p[0] for p in parts if p[:1].isupper())


def acronym_definitions(text: str) -> list[tuple[str, str, int, int]]:
    """(acronym, full name, start, end of the full name) for each "Full Name (ACR)" in text.

    The full name is trimmed from the left until its initials spell the acronym, so a
    leading "The" or a possessive country does not become part of the organisation.
    """
    out = []
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group("acr")
        full, start = m.group("full"), m.start("full")
        words = list(re.finditer(r"\S+", full))
        for w in words:
            cand = full[w.start() :]
            if cand.split()[0].lower() in {"of", "for", "the", "and", "on"}:
                continue
            if initials(cand).upper() == acr.upper() or (
                initials(cand).upper().endswith(acr.upper())
                and len(acr) >= 3
                and cand.split()[0].isupper()
            ):
                out.append((acr, cand, start + w.start(), m.end("full")))
                break
        else:
            # no exact initials: keep the phrase minus a leading article
            cand = re.sub(r"^(?:The|A|An)\s+", "", full)
            out.append((acr, cand, m.end("full") - len(cand), m.end("full")))
    return out
