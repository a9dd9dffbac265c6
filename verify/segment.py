"""Sentence segmentation with character offsets, datelines and boilerplate flags.

Offsets point into the original article so that a claim can always be shown in
place (`text[start:end]`). News copy breaks naive splitters in predictable ways
(abbreviations, initials, datelines, quotes that run over several sentences,
"Also Read:" links), so those cases are handled here explicitly with regexes:
fast enough to run on every ingest and easy to audit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Tokens that end with a period without ending the sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig rep sen gov pres
    st mt ft jr sr rev hon no nos vs etc inc corp co ltd dept est approx fig
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g ph.d""".split()
)

QUOTE_CHARS = '"“”'

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]*[A-Z0-9])")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# "KABUL, Sept 5 (ANI):", "New Delhi [India], August 29 (ANI):", "Kabul, Sep 7 (PTI) "
_DATELINE_DATED = re.compile(
    r"^[A-Z][A-Za-z.'/\- ]{1,40}?(?:\s*\[[^\]\n]{1,40}\])?,\s+"
    + _MONTH
    + r"\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,40})\))?\s*[:\-–—]?\s*"
)
# "KABUL, Afghanistan (AP) — ", "KUNDUZ CITY (Pajhwok): "
_DATELINE_AGENCY = re.compile(
    r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ.'/\- ]{1,40}?(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ. ]{1,30})?\s*"
    r"\((?P<agency>[A-Za-z][A-Za-z0-9 .&/-]{0,40})\)\s*[:\-–—]{1,2}\s*"
)  # also "CULIACÁN, Mexico (AP) — ", "ERBIL (Kurdistan24) – "
# "(ANSA) - NAPLES, JUNE 12 - ", "Bissau, 27 Nov 2024 (Lusa) - "
_DATELINE_AGENCY_FIRST = re.compile(
    r"^\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\)\s*[-–—]{1,2}\s*[A-Z][A-Za-z.'/\- ]{1,40}?,\s+(?i:"
    + _MONTH + r")\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[:\-–—]{1,2}\s*"
)
_DATELINE_DAY_FIRST = re.compile(
    r"^[A-Z][\w.'/\- ]{1,40}?(?:,\s*[A-Z][\w. ]{1,30})?,\s+\d{1,2}\s+" + _MONTH
    + r"\.?(?:\s+\d{4})?\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,40})\))?\s*[:\-–—]{1,2}\s*"
)
# "WASHINGTON — " (capitals only, so ordinary sentences with dashes do not match)
_DATELINE_CAPS = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ.'/\- ]{2,30}(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ. ]{1,30})?\s+[—–-]{1,2}\s+|^[A-ZÀ-Þ][A-ZÀ-Þ .'/]{2,30}[—–-]\s+(?=[A-Z])"
)

_BOILERPLATE = re.compile(
    r"""^\W{0,10}(?:
        \(?\s*[A-Z][A-Za-z]{1,12}\s*\)?\s*$                         # "(ANI)" alone
      | (?:also\s+read|read\s+(?:more|also)|related|see\s+also|watch|listen)\b\s*[:|\-–—]
      | read\s+more\b
      | (?:reporting|editing|writing|additional\s+reporting|compiled)\s+by\b
      | .*\bcontributed\s+to\s+this\s+report
      | by\s+[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,3}(?:\s*[,|]\s*[A-Za-z ]+)?\s*$   # byline
      | [A-Z][a-z]+(?:\s+[A-Z][a-z.'-]+){1,3}\s*[,|]\s*(?:[A-Za-z]+\s+){0,4}
        (?:correspondent|editor|reporter|writer|journalist|bureau\s+chief|staff)\s*$  # "Jane Roe, Health correspondent"
      | (?:image|photo|photograph|picture|video|illustration)(?:\s+(?:caption|credit|courtesy))?\s*[:|]
      | ©
      | (?:file\s+)?photo\b.*\b(?:getty|reuters|afp|ap|ani|pti|twitter|file)\b.*$
      | published\s+in\s+[A-Z]
      | follow\s+\S+(?:\s+\S+)?\s+on\s+(?:x|twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads)\b
      | (?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{1,40}):?\s*$                       # "ISLAMABAD:", "SÃO PAULO" alone
      | (?:pic|pictured|caption|image\s+caption)\s*[:,]
      | (?-i:[a-z]{2,4}(?:-[a-z]{2,4})?(?:/[a-z]{2,4}(?:-[a-z]{2,4})?){1,5})\s*$   # desk slug "fg/jxb", "kd-bpi/jj"
      | (?-i:[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?,\s+[A-Z]{2,6})\s*$   # "Bengaluru, DHNS" alone
      | (?:posted|published|updated)\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+)?\d{1,2}
        [^,.;]{0,30}\d{4}\b[^,]{0,20}(?:,\s*(?:updated|last\s+updated)[^,]{0,40})?$  # "Posted Tue 7 Jan 2025 at 5:12pm"
      | .*\((?:supplied|photo|pic|picture|image|file|credit|courtesy)\b[^)]*\)\s*$  # "(Supplied: CFA)"
      | with\s+files\s+from\b
      | this\s+(?:article|story|piece)\s+(?:was|has\s+been)\s+(?:updated|amended|corrected|
        (?:first\s+|originally\s+)?published)\b
      | (?:translated|edited|produced|compiled|illustrated|photographed)\s+by\s+
        (?-i:[A-Z])[^,.;:]{1,60}$                                     # "Translated by Ana Ferraz"
      | (?:subscribe|sign\s+up|follow\s+us|download\s+the|click\s+here|tap\s+here|
           get\s+the\s+latest|join\s+us|like\s+us)\b
      | .*\b(?:all\s+rights\s+reserved|copyright\s+©?|©)\b
      | .*\b(?:sign\s+up|subscribe|register|get|receive|delivered|inbox|our|free)\b.{0,60}\bnewsletters?\b
      | .*\bnewsletters?\b.{0,60}\b(?:sign\s+up|subscribe|inbox|delivered|free|here)\b
      | .{0,40}\bnewsletters?\b[^.]{0,40}\.?\s*$                      # a short line about a newsletter
      | \(?this\s+(?:story|article)\s+has\s+not\s+been\s+edited
      | advertisement\s*$
      | (?:first\s+published|last\s+updated|updated)\s*(?:on|:)
      | share\s+(?:this|on)\b
      | \(?\s*with\s+(?:agency\s+)?inputs?\s+from\b                 # "(With inputs from PTI)"
      | with\s+assistance\s+from\b                                 # "— With assistance from …"
      | (?:source|sources|credit|credits)\s*:                         # "Source: Al Jazeera and …"
      | a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appears|appeared)\b
      | (?:photo|image|picture)s?\s+(?:by|courtesy\s+of|credit)\b     # photo credits
      | (?:the\s+)?(?:story|article)\s+(?:continues|continued)\s+below
      | end\s*item\s*$
      | with\s+(?:additional\s+)?(?:reports?|reporting)\s+(?:from|by)\b   # "– with reports from …"
      | (?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+with\s+(?-i:AFP|Reuters|AP|agencies|wires|EFE|dpa|ANSA)\s*\.?\s*$  # "Le Monde with AFP"
      | (?:correction|clarification|editor['’]?s?\s+note)\s*:
      | (?-i:[A-ZÀ-Ý][a-zà-ÿ]+)\.\s*$                                  # a lone dateline word "Bukoba."
      | [A-Z][\w .'’()-]{1,40},\s+\w{3,9}\.?\s+\d{1,2}\s+\([A-Za-z][\w ]{1,20}\)\s*[.:\-–—]*\s*$
                                                                     # "Tepic (Mexico), Jun 4 (EFE).-"
      | this\s+material\s+may\s+not\s+be\s+(?:published|broadcast|rewritten|redistributed)
      | watch\s+.{0,80}?\blive\s+on\b
      | join\s+.{0,40}?\b(?:telegram|whatsapp|signal)\b
      | support\s+(?:independent\s+|our\s+|local\s+)?journalism\b
      | follow\s+.{0,40}?\b(?:live\s+coverage|live\s+updates|live\s+blog)\b
      | send\s+(?:us\s+)?(?:your\s+)?(?:story\s+|news\s+)?tips\b
      | (?-i:[A-ZÀ-Ý][^.!?]{3,120}?)\s(?:celebrates|poses|gestures|reacts|waves|looks\s+on)\b[^.!?"“”]*$
                                                                     # caption: "X celebrates scoring …" (no full stop)
      | .*\b(?-i:PHOTO|PHOTOS|FILE\s+PHOTO|PICTURE)\s*:\s*\S          # "… on March 10. PHOTO: SHIN MIN DAILY NEWS"
      | .*\.\s*©\s*\S                                                 # "…, 2024. © Julien Maury, AFP"
      | .*\.\s*\((?-i:(?:[A-Z][\w.'’-]*\s*){1,4}/\s*(?:The\s+)?[A-Z])[^)]{1,40}\)\s*$   # "… (Matt Sorensen/The Canadian Press)"
      | update[d]?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\w+\s+\d{4})?\s*:     # "Update 5/21/25: Added …"
      | support\s+(?:our|independent|local|quality|public-interest|(?-i:[A-Z][\w'’]*))\b.{0,40}?\bjournalism\b
      | update[d]?\s*,\s*[^:]{0,40}:                                    # "Update, January 22nd, 3:40PM ET: …"
      | \d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|UTC|ET|EST|IST)?\s*$   # a live blog's time stamp
      | read\s*:                                                       # "READ: Clinical officers …"
      | this\s+(?:news\s+)?(?:story|article|report)\s+(?:has\s+been|was)\s+(?:written|produced|edited|fact-checked)
      | .*\.\s*\((?:Kyodo|AP|AFP|Reuters|Xinhua|EPA|ANI|PTI|dpa|Yonhap|Anadolu|Bernama|ANSA)\)\s*$   # "… on Sunday. (Kyodo)"
      | (?-i:[A-Z]{2,5}\d{3,5})\s+\d{4}-\d{2}-\d{2}                      # wire code "APA0412 2025-03-14/15:47"
      | .*\|\s*\d{1,2}\.\d{1,2}\.\d{4}                                  # "Ahmed Elbashir | 12.05.2025 - Update …"
      | .*\bcontains\s+only\s+a\s+portion\s+of\b
      | updated\s+\d{1,2}[:.]\d{2}                                      # "UPDATED 6:40 pm"
      | by\s+(?-i:[A-Z][A-Z'’.-]+(?:\s+(?:[A-Z][A-Z'’.-]+|and))+)(?:\s+(?:Associated\s+Press|Reuters|AFP|AP))?\s*$
      | \(end\)
      | (?-i:[a-z]{2,4}/(?:\s*[a-z]{2,4}/?)*)\s*$                          # "mtb/ par/"
      | our\s+standards\s*:
      | (?:\((?:schluss|end|ends|fin)\)\s*)?(?:dpa\s+)?(?-i:[a-z]{2,4}/\s*[a-z]{2,4}(?:/\s*[a-z]{2,4})*/?)\s*$   # "(Schluss) ag/cs", "dpa ks/mm"
      | (?:redistribution|reproduction|republication)\b.{0,80}\b(?:prohibited|without|forbidden|not\s+permitted)
      | copyright\b
      | .*\b(?:reach|contact|e-?mail|write\s+to)\b.{0,80}[\w.+-]+@[\w-]+\.\w
      | (?:reporter|editor|writer|editing|reporting)\s*:\s*[A-Z]
      | listen\s+to\s+.{0,60}\s+on\s+(?-i:[A-Z])
      | (?:sports|staff|political|business|health|crime|court|senior|chief|special|our)?\s*(?:reporter|correspondent|writer)\s*$
      | (?:follow|join)\s+.{0,60}?\bon\s+(?:x|twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads)\b
      | like\s+(?!others\b)\S+(?:\s+\S+)?\s+on\s+facebook\b                   # "Like Business on Facebook"
      | follow\s+and\s+subscribe\b
      | don['’]t\s+miss\b
      | read\s+(?:next|this)\s*:
      | .*\bby\s+becoming\s+(?:a\s+)?(?:member|patron|subscriber|supporter)\b
      | support\s+\S+\s+or\s+become\b
      | click\s+the\b
      | short\s+link\s*:
      | edited\s+by\s+(?-i:[A-Z])[^,;:]{1,60}\.?\s*$                    # "Edited by Nikhil Varghese."
      | edited\s+translation\s+from\b
      | this\s+(?:story|article|piece)\s+(?:was\s+)?(?:originally|first)\s+(?:featured|appeared|published|ran)\b
      | this\s+(?:story|article)\s+is\s+part\s+of\b
      | .*\bcreative\s+commons\b
      | banner\s+image\s*:
      | by\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+on\s+\d{1,2}\s+\w+\s+\d{4}\s*$   # "by Kgomotso Dintwe on 9 July 2024"
      | updated\s+at\s+\d
      | \(?catch\s+all\s+the\b
      | before\s+it['’]s\s+here,\s+it['’]s\s+on\s+the\b
      | (?-i:[A-Z]{2,6})\s+(?-i:[a-z]{2,4}(?:/[a-z]{2,4})+)\s*$              # "EFE jrm/lpn"
      | .*\bpodcast\b.{0,80}\bis\s+available\s+on\b
      | our\s+website\s+is\s+the\s+place\b
      | got\s+a\s+(?:news\s+)?tip\b
      | want\s+more\b.{0,40}\?\s*$
      | scroll\s+down\s+for\b
      | (?:story|this\s+is\s+a)\s+developing\b|developing\s+story\b
      | h/t\b
      | watch\s+(?:above|below)\b
      | send\s+(?:it|them|us)\b.{0,40}\bhere\b
      | get\s+.{0,40}\b(?:daily|weekly)\s+(?:email|newsletter|briefing)\b
      | .*\.\s+photo\s*:\s*[A-Z]                                         # "… yesterday. Photo: Callum Reid"
      | get\s+.{0,60}\bby\s+e-?mail\b
      | \(\s*[A-Z]{2,6}\s*\)\s*\(?\s*www\.                                # "(NAN)(www.nannews.ng)"
      | with\s+a\s+report\s+(?:from|by)\b
      | (?-i:[A-Z][a-z]+\s+[A-Z][a-z]+),\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+\d{1,2}\s+\w+\s+\d{4}   # "Rachel Oduya, Tue 16 Jul 2024 …"
      | translated\s+from\s+\w+\s+by\b
      | .*\s[-–—]\s.{2,40}\breporter\s*$                                # "Luana Teixeira - Agência Brasil reporter"
      | edition\s*:\s*[A-Z]
      | file\s+(?:image|photo|picture)\s*:
      | .*\((?:AP|AFP|Reuters|EPA|Getty)\s+(?:Photo|Images)[^)]*\)\s*$   # "… (AP Photo/Mitch Caldera)"
      | .*\d{4}\.\s*\|\s*[A-Z][^|]{2,40}(?:\|[^|]{2,40})?$                # "… April 3, 2024. | Kevin Mutua | Nation"
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$                              # a reporter's e-mail alone
      | by\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z.'-]+){1,3})\s*[—–|-]\s*.{0,40}$   # "By Helen Marsh — November 18, 2025"
      | by\s+(?-i:[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){1,3}(?:\s*(?:,|and)\s+[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){1,3})+)\s*$
                                                                     # "By Lena Hartwig and Tomás Okafor"
      | .{0,40}\bby\s*:\s*(?-i:[A-ZÀ-Ý])[^.!?]{2,60}$                 # "14th August 2025 By: Thandeka Mabuza"
      | .{0,60}\b(?:author|translator|editor|edited\s+by|translated\s+by)\s*:\s*(?-i:[A-ZÀ-Ý])   # "Translator: …", "(RO - author: …"
      | .*\bcontributed\s+(?:from|reporting|to\s+this)\b                # "AP writer X contributed from Jackson"
      | (?-i:(?:dpa\s+)?[a-z][a-z0-9]{1,3}(?:\s+[a-z0-9]{2,4}){3,6})\s*$   # sign-off "dpa ank yyzz n1 hh"
      | end\s*item\s*(?:/\s*\w{1,4})?\s*$                              # "Enditem/ls"
      | (?-i:[a-z]{2,4}/[a-z]{2,4}(?:/[a-z]{2,4})*)\s*\([^)]{2,40}\)\s*$   # "mf/wd (dpa, Reuters)"
      | [\w-]+\.(?:com|net|org|co\.\w\w)\s*$                         # "– Rappler.com"
      | related\s+(?:news|article|articles|stories|story|coverage|reading|content|link|roundup|video|topics?|posts?)\s*:
      | [^.!?]*\((?:left|right|centre|center|top|bottom|above|below|pictured|inset)\)[^.!?]*$   # caption "… (left) with … (right)"
      | this\s+(?:page|story|article|post|blog|live\s+blog)\s+(?:will\s+be|is\s+being)\s+updated
      | this\s+(?:report|story|article)\s+by\s+.{2,60}?\s+was\s+(?:first\s+)?published
      | update[d]?\s+[^:]{1,30}:\s                                      # "Update 6/2/25, 11:05 a.m. ET: …"
      | (?:correction|clarification)\s*,[^:]{1,30}:                     # "Correction, July 3, 2025: …"
      | stream\s+.{0,60}\b(?:with|on)\s+(?-i:[A-Z])
      | please\s+contact\s+us\b
      | (?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:left|right|centre|center|second\s+(?:left|right)|
        pictured|above|below|top|bottom|front|rear|in\s+(?:red|blue|white|black))\s*,\s   # caption "Kumar, right, has …"
      | (?-i:PA|AP|AFP|EPA|Reuters|Getty(?:\s+Images)?|Shutterstock|Alamy|Rex|SWNS)\s{2,}\S   # "PA   Surprise find: …"
      | (?:published|posted|updated)\s*:\s*\d                            # "PUBLISHED : 12 Mar 2025 at 14:05"
      | go\s+deeper\s*:
      | key\s*words?\s*:
      | .*\|\s*(?:file\s+)?(?:photo|picture|image)\s*$                    # "Flooded homes in … | FILE PHOTO"
      | translation\s+of\s+an?\s+(?:original\s+)?(?:article|story)\b
      | click\s+(?:here\s+)?to\s+(?:subscribe|follow|listen|watch|read|download)\b
      | disclosure\s*:
      | .*\bfinancial\s+supporters?\s+play\s+no\s+role\b
      | .*\bsubscription\s+(?:options|plans|offers?)\b
      | .*\b\d{1,2}\s+min(?:ute)?s?\s+read\s*$                          # "… 3:12 PM 2 min read"
      | you\s+may\s+also\s+(?:be\s+interested|like|want)\b
      | if\s+you\s+(?:notice|spot|see|find)\s+an?\s+(?:error|mistake|typo)\b
      | (?:main\s+|top\s+|header\s+|featured\s+)?image\s+credit\s*:
      | this\s+(?:article|story|report)\s+is\s+(?:also\s+)?available\s+in\b
      | .{0,60}\b(?:cancel\s+(?:anytime|any\s+time)|no\s+contract)\b.{0,40}$
      | watch\s+.{0,80}\b(?:app|highlights|on\s+demand)\b
      | get\s+.{0,60}\b(?:sent\s+(?:straight\s+)?to\s+your|delivered\s+to\s+your|in\s+your\s+inbox)
      | support\s+(?-i:[A-Z])[\w'’ ]{1,40}(?::|\s+for\s+the\s+price\b|\s+today\b)
      | reach\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,3}\s+at\s+[\d(+][\d\s().-]{6,}   # "Reach Jenna Alvarez at 843-…"
      | .*\((?-i:(?:[A-Z][\w.'’-]*\s*){1,4})/\s*(?:The\s+)?(?-i:[A-Z])[^)]{1,40}\)\s*\.?\s*$   # "… (Savannah Blake/The Gazette)"
      | .*\((?-i:[A-Z]{2,6})\s+(?:photo|file\s+photo|picture)\b[^)]*\)\s*\.?\s*$   # "… (CNA photo Dec. 19, 2025)"
      | \(?\s*(?:submitted|supplied|provided)\s+by\b[^.!?]{1,50}\)?\s*$   # "(Submitted by Priya Raman)"
      | this\s+(?:\w+\s+)?(?:photo|image|picture)\b.{0,80}\bshows\b
      | .*,\s+(?:photographed|pictured)\s+(?:in|on|at|by)\s+[^.!?,]{2,40}\.?\s*$   # "…, photographed in July 2023."
    )""",
    re.I | re.X,
)


@dataclass
class Segment:
    """One sentence: offsets into the article plus what the splitter learnt about it."""

    start: int
    end: int
    paragraph: int
    boilerplate: bool = False
    dateline: tuple[int, int] | None = None  # span of a dateline stripped from the front
    agency: str | None = None  # agency named in the dateline, e.g. "ANI"
    quote_spans: list[tuple[int, int]] = field(default_factory=list)


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    m = _TOKEN_BEFORE.search(text, max(para_start, dot - 12), dot + 1)
    if not m:
        return False
    tok = m.group(1).lower()
    if tok.rstrip(".") in ABBREVIATIONS or tok in ABBREVIATIONS:
        return True
    # initials: "A. B. Smith", "S. Jaishankar", "Kenneth F. McKenzie" (but "… in a post on X."
    # ends a sentence: X is the platform)
    if len(m.group(1)) == 1 and m.group(1).isupper():
        return not (m.group(1) == "X" and re.search(r"\b(?:on|to|via|from|at)\s+X\.$", text[max(para_start, dot - 8) : dot + 1]))
    # dotted acronyms like "U.S." before a capitalised word are too ambiguous to split on
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", tok))


def quote_spans(
    text: str, start: int, end: int, open_at_start: bool = False
) -> list[tuple[int, int]]:
    """Spans of quoted text (inside the quote marks) within one paragraph.

    Curly quotes pair explicitly; straight quotes toggle. An unclosed quote runs to the
    end of the paragraph, as news style leaves the opening mark on each new paragraph.
    `open_at_start`: the paragraph begins inside a quote opened in the one before.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = start if open_at_start else None
    for i in range(start, end):
        ch = text[i]
        if ch not in QUOTE_CHARS:
            continue
        if ch == "“" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i + 1
        elif open_at is not None:
            if i > open_at:
                spans.append((open_at, i))
            open_at = None
    if open_at is not None and end > open_at:
        spans.append((open_at, end))
    if not spans and not any(text[i] in QUOTE_CHARS for i in range(start, end)):
        spans = _single_quote_spans(text, start, end, open_at_start)
    return spans


def _single_quote_spans(text: str, start: int, end: int, open_at_start: bool) -> list[tuple[int, int]]:
    """Quotes in single marks, as British, Irish and Australian copy writes them ('…' or
    ‘…’), in a paragraph with no double quotes: a mark opens after a space (or at the
    start) before a letter, and closes before a space or punctuation, after a non-space;
    an apostrophe inside a word ("don't", "Fishermen's") is neither."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = start if open_at_start else None
    for i in range(start, end):
        ch = text[i]
        if ch not in "'‘’":
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch != "’" and (before.isspace() or before in "([—–-") and (after.isalnum() or after in "…"):
                open_at = i + 1
        elif ch != "‘" and not before.isspace() and not after.isalnum() and i > open_at:
            if ch == "'" and before == "s" and after == " " and i + 2 < end and text[i + 2].isupper() and text[i + 2 : i + 4] != "I ":
                continue  # "the Producers' Association": a plural possessive, not the end of the quote
            spans.append((open_at, i))
            open_at = None
    if open_at is not None and end > open_at and open_at_start:
        spans.append((open_at, end))
    return spans


def _continues_quote(text: str, start: int, end: int) -> bool:
    """Does this paragraph open inside a quote left open by the previous one?

    Only when its first quote mark closes a quote (a "”", or a straight one glued to the
    end of a word: '…thousands," she said'): a line break in the middle of a quotation.
    """
    for i in range(start, end):
        ch = text[i]
        if ch == "”":
            return True
        if ch == '"':
            return i > start and not text[i - 1].isspace() and (
                i + 1 >= end or not text[i + 1].isalnum()
            )
        if ch == "“":
            return False
    return False


_PHOTO_CREDIT = re.compile(
    r"\s*(?:\((?i:supplied|photo|pic|picture|image|file|credit|courtesy)\b|(?i:photo|photos|file\s+photo|picture)\s*:|\((?:[A-Z][\w.'’-]*\s*){1,4}/[^)]{2,40}\)\s*$|©)"
)
_CORRECTION = re.compile(
    r"\W*(?:correction|clarification|editor['’]?s?\s+note|read\s+more|also\s+read|read\s+also|"
    r"related|see\s+also|update[d]?\b[^:]{0,20})\s*:",
    re.I,
)


def is_boilerplate(sentence: str) -> bool:
    """Navigation, credits and promos: text about the article, not claims in it."""
    s = sentence.strip()
    if not s:
        return True
    return bool(_BOILERPLATE.match(s))


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and m.group(0).count(".") == 1 and _is_abbreviation(text, dot, start):
            continue
        spans.append((cur, m.end()))
        cur = m.end()
    spans.append((cur, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def match_dateline(sentence: str) -> re.Match | None:
    for rx in (_DATELINE_DATED, _DATELINE_AGENCY, _DATELINE_AGENCY_FIRST, _DATELINE_DAY_FIRST, _DATELINE_CAPS):
        m = rx.match(sentence)
        if m and m.end() < len(sentence):
            return m
    return None


def segment(text: str) -> list[Segment]:
    """Split an article into sentences; paragraphs are lines (blank lines ignored)."""
    segments: list[Segment] = []
    para = 0
    left_open = False  # the previous paragraph ended inside a quotation
    for pm in re.finditer(r"[^\n]+", text):
        p_start, p_end = pm.start(), pm.end()
        if not text[p_start:p_end].strip():
            continue
        carried = left_open and _continues_quote(text, p_start, p_end)
        quotes = quote_spans(text, p_start, p_end, open_at_start=carried)
        left_open = bool(quotes) and quotes[-1][1] == p_end and text[p_end - 1] not in QUOTE_CHARS
        for i, (s, e) in enumerate(_split_paragraph(text, p_start, p_end)):
            seg = Segment(start=s, end=e, paragraph=para)
            # "Published in Dawn, May 15th, 2024" looks like a dateline but is a credit
            if i == 0 and not is_boilerplate(text[s:e]):
                dm = match_dateline(text[s:e])
                if dm:
                    seg.dateline = (s, s + dm.end())
                    seg.agency = dm.groupdict().get("agency")
                    seg.start = s + dm.end()
            if i == 0:
                para_first = seg
            seg.boilerplate = is_boilerplate(text[seg.start : seg.end]) or (
                i > 0 and para_first.boilerplate
                and _CORRECTION.match(text, para_first.start, para_first.end) is not None
            )  # the rest of a "Correction: …" or "Read more: …" paragraph belongs to it
            seg.quote_spans = [
                (max(qs, seg.start), min(qe, seg.end))
                for qs, qe in quotes
                if qs < seg.end and qe > seg.start
            ]
            segments.append(seg)
            if (
                i == 1 and seg.boilerplate and _PHOTO_CREDIT.match(text, seg.start, seg.end)
                and segments[-2].paragraph == para
            ):
                # "Passengers disembarking … on March 10. PHOTO: SHIN MIN DAILY NEWS": a caption
                segments[-2].boilerplate = True
        para += 1
    _mark_credit_lines(text, segments, para)
    return segments


_CREDIT_LINE = re.compile(r"[^\W\d_][\w.'’&-]*|\d[\w.:-]*|[,|/–—-]")
_FUNCTION_WORDS = frozenset("and of the in for at by de da van von".split())


def _mark_credit_lines(text: str, segments: list[Segment], paragraphs: int) -> None:
    """A short capitalised line with no sentence punctuation, first or last in an article of
    several paragraphs, is a byline or a credit ("Sipho Ndlovu", "Staff Correspondent,
    Khulna", "Marcus Leung City Hall Reporter"), not a claim."""
    if paragraphs < 4:
        return
    by_para: dict[int, list[Segment]] = {}
    for seg in segments:
        by_para.setdefault(seg.paragraph, []).append(seg)
    for p in {0, 1, paragraphs - 2, paragraphs - 1}:
        segs = by_para.get(p, [])
        if len(segs) != 1 or segs[0].boilerplate or segs[0].dateline:
            continue
        line = text[segs[0].start : segs[0].end].strip()
        words = [w for w in _CREDIT_LINE.findall(line) if w[0].isalnum()]
        if (
            not line or line[-1] in ".!?…:;\"”’'" or any(q in line for q in QUOTE_CHARS)
            or not 1 <= len(words) <= 8 or "".join(_CREDIT_LINE.findall(line)) != re.sub(r"\s+", "", line)
        ):
            continue
        if all(w[0].isupper() or w[0].isdigit() or w.lower() in _FUNCTION_WORDS for w in words) and sum(
            w[0].isupper() for w in words
        ) >= 2:
            segs[0].boilerplate = True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Just the (start, end) offsets, boilerplate included."""
    return [(s.start, s.end) for s in segment(text)]
