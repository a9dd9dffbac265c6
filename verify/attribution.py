"""Who asserts each sentence, which outlet the article credits, and a standalone text.

Corroboration is only independent if the sources are: two articles that both relay
Khaama Press are one source, not two. So every sentence gets a `speaker` (the person
or body asserting it) and a `cited_source` (the outlet the article credits), using
news-copy patterns: "X said", "said X", "according to X", "X told AFP",
"reported Tolo News", "citing Reuters", "X quoted Y as saying".

Rules that reach across sentences (documented because they are judgement calls):
- A sentence with no attribution of its own inside a quotation that another sentence
  attributes ("…. …," he said) shares that sentence's speaker and cited source.
- Pronoun subjects (he/she/they) and surnames resolve to the previous speaker or the
  latest full-name mention: "He added" -> "Salahuddin Rabbani added".
- "the statement/post/document said", "according to the statement" continue the
  previous sentence's speaker and cited source; "the channel/agency said" the previous
  cited source; "the group said" the previous organisation speaker.
- A cited source credited at the END of a sentence ("…, reported Tolo News") covers the
  whole run of adjacent sentences with the same speaker, before and after it: wires
  credit a relayed passage once. One credited up front ("Speaking to Geo News, …",
  "… told AFP") covers that sentence and the same-speaker sentences after it only.
- The article's own outlet ("… told Reuters" in a Reuters story) is not a cited source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from verify.entities import (
    COUNTRIES,
    DEMONYMS,
    TITLES,
    UPPER,
    Mention,
    acronym_definitions,
    canonical_outlet,
    display_name,
    entity_key,
    find_entities,
    guess_type,
    initials,
    lookup,
    outlet_family,
    outlet_service,
    resolve_surname,
    skeleton,
)
from verify.outlet_model import best_outlet, person_words
from verify.segment import QUOTE_CHARS, Segment

# verbs that also name actions ("Toyota recalled 1.2 million cars"): speech only when "that",
# a quote or a colon follows, or at the end of the clause ("…," he recalled.)
_SPEECH_ONLY_AFTER = (
    r"(?=\s+that\b|\s*[:\"“]|\s*[,.;]|\s*$|"
    r"\s+(?:he|she|they|we|I|it)\s+(?:had|has|was|were|is|are|would|could|did|should|might|must|will)\b)"
)  # "Lindqvist conceded she had not seen …"
# "rejected a government bill", "dismissed three regional governors": acts, not speech
_NOT_AN_ACT = (
    r"(?!\s+(?:(?:on\s+)?\w+day\s+)?(?:[\w-]+\s+){0,3}?(?:bill|bills|motion|proposal|appeal|request|application|"
    r"offer|governors?|officials?|ministers?|staff|employees|workers|officers|coach|manager|lawsuit|suit|"
    r"petition|candidacy|nomination|draft|amendment|budget|law|plan|deal|agreement|resignation|bid|"
    r"case|cases|charges\s+against)\b)"
)
RV = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|claimed|claims|warned|warns|"
    r"announced|announces|noted|notes|explained|insisted|stressed|confirmed|confirms|"
    r"denied|denies|alleged|tweeted|wrote|writes|argued|asserted|maintained(?=\s+(?:that\b|[,\"“]))|reiterated|"
    r"testified|denounced|critici[sz]ed|estimates(?=\s+(?:the|that|its|their|a|an)\b)|affirmed|reaffirmed|"
    r"(?:projects|projected)(?=\s+(?:that|revenue|growth|a|an|the|its|their)\b)|"
    r"(?:assured|told|warned|reminded|informed)(?=\s+(?:[\w-]+\s+){1,3}?that\b)|"
    r"(?:complain|complains)" + _SPEECH_ONLY_AFTER + r"|recalled(?=\s+(?:how|when|being|having|\w+ing)\b)|"
    r"recommended(?=\s+that\b)|submitted(?=\s*[,.;]|\s*$|\s+that\b)|ruled\s+out\b|"
    r"(?:attribute|attributes)(?=\s+(?:the|a|an|its|his|her|their|this|that)\b[^.;]{0,80}?\bto\b)|"
    r"defended(?=\s+(?:the|its|his|her|their|a|an)\b[^.;]{0,60}?\bas\b)|"
    r"(?:believe|believes)(?=\s+(?:the|a|an|it|he|she|they|this|these)\b)|"
    r"(?:disputed|disputes|contested|rejected)(?=\s+(?:the|that|this|these|those|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:account|claims?|figures?|reports?|allegations?|accusations?|findings?|version|characteri[sz]ation|assessment|estimates?|numbers)\b)|"
    r"(?:accuse|accuses)(?=\s+(?:the|a|an|him|her|them|it|[A-Z])[^.;]{0,80}?\bof\b)|"
    r"requested(?=\s+that\b|\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sentence|penalty|term|fine|adjournment|stay|review|"
    r"investigation|inquiry|probe)\b)|asked(?=\s+(?:the\s+)?(?:court|judge|tribunal|panel|magistrate|jury)\b)|"
    r"emphasi[sz]ed|urged|called\s+on|rejected" + _NOT_AN_ACT + r"|reported|reports|read|reads|spoke|"
    r"declared|revealed|disclosed|acknowledged|admitted|(?<!an\s)(?<!the\s)estimated|predicted|"
    r"posted(?=\s+(?:on|to)\s+[^,.;]{0,40}?(?:\bthat\b|[:,]|\.?\s*$))|"
    r"vowed|pledged\s+that|threatened|blamed|(?<!\bthe\s)(?<!\bthe\sfirst\s)(?<!\bsecond\s)(?<!\bthird\s)(?<!\bco-)accused|"
    r"dismissed" + _NOT_AN_ACT + r"|quoted|demanded|demands|"
    r"described|(?:remarked|observed|replied|responded|recalled|indicated|complained|conceded|"
    r"signalled|signaled|suggested|grumbled|quipped|joked|fumed|lamented|scoffed|sighed|speculated|hinted|"
    r"theori[sz]ed|mused|surmised)"
    + _SPEECH_ONLY_AFTER + r"|conceded\s+defeat|contended|"
    r"pointed\s+out|cautioned|cautions|argue|argues|insist|insists|allege|alleges|(?:(?<=they\s)|(?<=They\s)|(?<=further\s)|(?<=also\s))claim(?=\s+that\b)|asked(?=\s*(?:[.,?!]|$)|\s+(?:in|during)\s+an?\s+(?:interview|statement|post|briefing))|"
    r"(?:condemned|welcomed|praised|hailed)(?:" + _SPEECH_ONLY_AFTER
    + r"|(?=\s+[^.;,\"“]{1,60},\s+(?:calling|saying|describing|adding)\b))|"  # "welcomed the decision, calling it …"
    r"attributed(?=\s+(?:the|a|an|its|his|her|their|this|that)\b[^.;]{0,80}?\bto\b)|"
    r"ruled(?=\s+(?:(?:on\s+)?\w+day\s+)?that\b|(?:\s+(?:on\s+)?\w+day)?\s*[,.;]|\s*$)|found\s+that|"
    # "called the ruling “a blow”", "called for an inquiry", "put the figure at 107,000"
    r"called(?=\s+(?:the|it|this|that|his|her|their|its|a|an)\b[^,.;\"“”]{0,40}?\s[\"“])|called\s+for|"
    r"advised(?=\s+(?:that\b|(?:the\s+)?(?:public|people|residents|motorists|travellers|travelers|"
    r"drivers|parents|patients|customers|passengers|citizens|visitors|members|anyone|everyone)\b))|"
    r"issued(?=\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,4}?(?:warning|alert|advisory|statement|notice|"
    r"appeal|guidance)\b)|"
    r"(?:suspects?|suspected|believes?|believed|fears?|feared|maintains|assessed|assesses|"
    r"contends|concluded|concludes)(?=\s+that\b)|"
    r"(?:show|shows|showed)(?=\s+that\b|\s*[.,;]|\s*$)|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:reporting|saying|claiming)(?=\s+that\b|\s*[,:])|"
    r"(?:countered|responded|replied|retorted|held|estimates|predicts|projects|ruled|concluded|conceded|"
    r"found|added|warned|argued)(?=\s+(?:on|in|to|at)\s+[^,.;\"“]{1,40}?\s+that\b)|"
    r"(?:countered|retorted|held|estimates|predicts|projects)(?=\s+that\b)|"
    r"assured(?=\s+that\b)|expressed\s+(?:concern|hope|confidence|doubt|regret|surprise|optimism)"
    r"(?=\s+that\b)|"
    r"(?:put|puts)(?=\s+(?:the\s+)?(?:turnout|attendance|crowd|toll|death\s+toll)\s+at\b)|"
    r"(?:put|puts|gave|gives)(?=\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:figure|toll|"
    r"estimate|number|total|count|magnitude|cost|losses|damage)\b)|(?:forecast|forecasts|projected)(?=\s+(?:that|more|less|"
    r"further|heavy|growth|a|an)\b))"
)
_ADV = r"(?:(?:has|have|had|also|later|further|earlier|then|yesterday|today|tonight|previously|repeatedly|again|once|first|originally|initially|exclusively|publicly|privately|recently|separately|openly|flatly|bluntly|formally|officially|subsequently|consistently|personally|directly|candidly|reportedly|quietly|angrily|firmly|(?:last|this|earlier\s+this)\s+(?:week|month|year)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)*"

_DISCOURSE = re.compile(
    r"^(?:Meanwhile|However|Also|Separately|Moreover|Furthermore|In addition|Additionally|"
    r"On the other hand|Earlier|Later|Still|But|And|Elsewhere|Nonetheless|Nevertheless)\s*,?\s+"
    r"(?:(?:now|also|meanwhile|still|even)\s+)?"  # "But now CNBC is reporting …"
)
_PREFIX_CONTEXT = re.compile(
    r"^In (?:an? )?(?:[\w-]+\s+){0,3}(?P<kind>remarks|comments|statements?|declarations|interview|video|clip|message|post|tweet|"
    r"letter|release|speech|address|briefing|conference|order|ruling|judgment|judgement|"
    r"verdict|notice|filing|petition|affidavit|notification|resolution|decision|report|memo|"
    r"memorandum|circular|bulletin|advisory|news\s+release|press\s+release)\b(?P<tail>[^,]{0,60}),\s*",
    re.I,
)
# "in an interview with CNN", "in comments to Ariana News", "speaking to the channel"
_INTERVIEW_WITH = re.compile(
    r"\b(?:[Ii]n\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:interview|comments|remarks|conversation|"
    r"statements?|declarations|e-?mail|message|reply|response|note)\s+(?:with|to)|[Ss]peaking\s+(?:to|with|on)|[Tt]alking\s+to)\s+"
    # "in an interview with Spanish newspaper El País": what it is, then its name
    r"(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:newspaper|daily|broadcaster|channel|radio\s+station|radio|station|magazine|weekly|"
    r"news\s+agency|network|website|television)\s+(?=[A-ZÀ-Ý]))?"
    r"(?P<o>(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-ZÀ-Ý][\w.'’&-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w.'’&-]*|"
    r"(?:noviny|list|deník|denník|novine|dnevnik)(?!\w)|"
    r"(?:della|delle|dello|degli|del|des|de|du|di|dos|das|da|do)(?=\s)|of(?=\s+[A-Z]))){0,5})",
)
_OUTLET_ANAPHOR_NP = re.compile(
    r"^the\s+(?:[\w-]+\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:channel|agency|newspaper|paper|broadcaster|outlet|daily|"
    r"news\s+agency|network|tv|website|station|publication|magazine|portal|weekly|tabloid)\b",
    re.I,
)
# "The Electoral Commission has ordered a recount after both candidates rejected …": a clause
_CLAUSE_IN_REGION = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b.*\b(?:after|before|when|while|because|although|until)\s")
_TRAILING_ADVERB = re.compile(
    r"(?:,\s*|(?<![\s,])\s+)(?:however|meanwhile|though|too|also|instead|nonetheless|in\s+turn|for\s+(?:his|her|their|its)\s+part)\s*,?$",
    re.I,
)
_CONJUNCTION = re.compile(r",\s+(?:but|and|while|whereas|yet)\s+(?=\S)")
_LEAD_CLOCK = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EST|ET|local\s+time)?\s*(?:[:–—-]\s*)?(?=[A-Z\"“])",
    re.I,
)
# "In Uttar Pradesh, chief electoral officer … said": the place is not the speaker
_LEAD_PLACE = re.compile(
    r"(?:In|At|From|Across|Inside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+(?=\S)"
)
_LEAD_DASH = re.compile(r"[-–—]+\s+(?=\S)")
_LEAD_LABEL = re.compile(r"[^:\"“”‘’']{3,80}?:\s+(?=[A-Z])")
_LEAD_DATELINE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+[–—]\s+(?=\S)"
)
_QUOTED_BY = re.compile(
    r"(?:^|,|[\"”])\s*(?P<np>[^,;\"“”]{1,60}?)(?:,\s+(?:however|meanwhile|though|also),)?\s+(?:was|were|has\s+been)\s+(?:also\s+)?quoted\s+"
    r"(?:as\s+saying\s+)?by\s+(?P<o>(?:the\s+)?[^,.;\"“”]{2,60}?)(?=\s+as\s+(?:saying|telling)\b|\s*(?:[,.;]|that\b|$))"
)
# what may follow "…, officials said" however long it is: a time, then a new clause
_CLAUSE_AFTER = re.compile(
    r"^\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|"
    r"last\s+\w+|earlier|later|on\s+\w+(?:\s+\d{1,2})?)?\s*,\s+(?:in|as|after|amid|while|"
    r"which|who|with|adding|saying|following|before|despite|hours|days|a|an|the|asking|"
    r"requesting|speaking|on\s+condition|declining|citing|referring|according)\b"
)
# '…," said Maria Delgado, 71, who rode out the storm …'
_TIME_NP = re.compile(r"^(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight)\b", re.I)
_APPOSED_NAME = re.compile(
    r"^\s*,\s+(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3})\s*[.,]"
    r"(?!\s*(?:was|were|is|are|had|has|have|would|will|could|did)\b)"  # not "…, Mr Y, was leading"
)
_APPOSITION_AFTER = re.compile(r"^\s*,\s+(?:\d{1,3}\b|a|an|the|who|whose)\b")
_CITING_SUBJECT = re.compile(  # "X, citing an election official, said": not "citing weak demand"
    r"(?P<o>[A-Z][^,\"“”]{1,50}),\s+(?:citing|quoting)\s+(?:(?:an?|the|two|three|four|several|"
    r"unnamed|anonymous|senior|local|government|security|military|diplomatic|industry|"
    r"health|police|election|intelligence|western|european|us|u\.s\.)\s+){0,3}(?:[\w-]+\s+){0,2}"
    r"(?:officials?|sources?|people|persons?|diplomats?|insiders?|police|witnesses|residents|"
    r"documents?|report|spokes(?:man|woman|person))\b[^,\"“”]{0,60},\s+(?:said|reported|says|"
    r"reports)\b",
    re.I,
)
_X_REPORTED = re.compile(
    r"(?P<o>(?:[Tt]he\s+)?(?:[A-ZÀ-Ý0-9][\w'’.&-]*\s+(?:(?:(?:della|delle|dello|degli|del|des|de|du|di|dos|das|da|do|a\s+la|la|el|y|of(?=\s+[A-Z]))(?=\s))\s+)?){0,4}"
    r"(?:\b[a-z](?=[A-Z]))?[A-ZÀ-Ý0-9][\w'’.&-]*)\s+(?:(?:first|also|earlier|originally|previously|exclusively)\s+)?"
    r"(?P<v>reported|reports|wrote|writes|understands|learnt|learned)"
    r"(?=\s+(?:that|on|in|last|this|earlier|the|a|an|its|his|her|their)\b|\s*[,.]|$)"
)
_REPORT_OBJECT = re.compile(
    r"\s+(?:that|on|in|last|this|earlier|the|a|an|its|his|her|their)\b|\s*[,.]|\s*$"
)
_LEAD_TIME = re.compile(
    r"(?:(?:(?:Earlier|Later)\s+)?(?:[Tt]his|[Ll]ast|[Tt]hat|in\s+the)\s+(?:week|month|year|"
    r"morning|afternoon|evening|weekend|spring|summer|autumn|winter)|(?:(?:On|Last|This|Later|Earlier|Late|Early)\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)day(?:\s+\w+)?),\s+(?=\S)"
)
_TIME_TAIL = re.compile(
    r"\s+(?:on|last|this|early|late|earlier|later)\s+(?:\w+day|week|month|year|morning|"
    r"afternoon|evening|night)(?:\s+\w+)?$|\s+on\s+\w+day(?:\s+\w+)?$"
)
_LEAD_PARTICIPLE = re.compile(
    r"(?:(?:Speaking|Talking|Addressing|Writing|Responding|Appearing)\s+(?:at|in|during|after|"
    r"before|outside|on|for)\b|(?:Contacted|Reached|Asked|Questioned|Pressed|Interviewed|Quoted|Cited)"
    r"\s+(?:by|about|on|whether|if|why|how|what|for|at|over|after)\b|Opening\s+the\b|"
    r"Closing\s+the\b|Addressing\b|Representing\b|"
    r"[A-Z][a-z]{3,}ing\s+(?:on|for|at|in|to|with|from|before|after|during|outside|behind)\b|"
    r"(?:Prosecuting|Defending|Mitigating|Sentencing|Summing\s+up|Continuing|Concluding|Elaborating|"
    r"Explaining|Responding|Reacting|Commenting|Recalling|Adding|Turning)(?=,)|"
    r"(?:Citing|Quoting)\s|[A-Z][a-z]{3,}ing\s+(?:the|a|an|his|her|their|its)\s|"
    r"(?:In|On|At|By|For|Under|Without|With|Outside|Inside)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=,))"
    r"(?:[^,\"“”]|[\"“][^\"“”,]{1,40}[\"”]){0,80},\s+(?=\S)"  # (also 'Speaking on CNBC's "Squawk Box",')
)
_INTERVIEWED_BY = re.compile(r"^(?:Interviewed|Contacted|Reached|Questioned|Quoted|Cited)\s+by\s+(?P<o>[^,]{2,60}),")
# "At the VivaTech trade fair last June, co-founder …": a setting, not the subject
_LEAD_SETTING = re.compile(
    r"(?:At|During|After|Before|Outside|Inside|Ahead\s+of)\s+(?:the|a|an|his|her|their|its)\s+"
    r"[^,\"“”]{2,70},\s+(?=\S)"
)
_TOLD_OBJECT = re.compile(  # "… told The Hindu on condition of anonymity, as …"
    r"^\s*(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}(?:\s+on\s+condition\s+of\s+"
    r"anonymity)?\s*(?:[,.;]|$)"
)
# '"…," X told a news conference in Manila, adding that …': who was told, then a new clause
_TOLD_AUDIENCE = re.compile(
    r"^\s*(?:(?:a|an|the|local|foreign|visiting|state|national)\s+)*(?:reporters|journalists|"
    r"(?:news|press)\s+(?:conference|briefing)|briefing|lawmakers|legislators|parliament|MPs|senators|"
    r"court|committee|tribunal|jury|crowd|supporters)"
    r"(?:\s+(?:in|on|at|after|late|earlier|this|last|outside)\b[^,]{1,40})?"
    r"\s*(?:,\s+(?:adding|saying|noting|insisting|warning|stressing|arguing)\b|[.!?]?$)"
)
_LEAD_SUBJECT = re.compile(
    r"(?P<s>(?:[A-Za-zÀ-ÿ0-9][\w'’.&/-]*\s+){0,5}?[A-ZÀ-Ý0-9][\w'’.&/-]*),?\s+(?:(?:had|has|have|"
    r"also|earlier|first|however|meanwhile|later)\s+)*(?:put|gave|showed|shows|aired|ran|broke|"
    r"published|carried|broadcast|estimated|suggested|has\s+suggested|revealed|obtained|"
    r"quoted|cited|counted|tallied|put)\b"
)
_SPEAKING_TO = re.compile(
    r"^(?:Speaking|Talking)\s+(?:\w+ly\s+|later\s+|earlier\s+)?(?:to|with)\s+(?P<o>[^,]{2,60})"
    r"(?P<app>,\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,4}?(?:newspaper|daily|weekly|tabloid|broadcaster|station|"
    r"channel|website|magazine|outlet|portal|publication|programme|program|show|podcast)\b[^,]{0,60})?,\s*", re.I
)
# "according to Lt. Rena Castellano": the full stop of an abbreviated rank or title
_RANK_DOT = "|".join(
    rf"(?<=\b(?-i:{a}))\.(?=\s+(?-i:[A-Z]))"
    for a in "Lt Col Gen Maj Capt Sgt Cpl Insp Supt Det Cmdr Adm Brig Dr Mr Mrs Ms Prof Rev Sen Rep Gov Sr Jr".split()
)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|as\s+per)\s+(?P<np>(?:[^,.;:\"“”]|(?<=\b(?-i:[A-Z]))\.|\.(?=(?-i:[a-z]{2,4})\b)|"
    + _RANK_DOT + r"){2,90}?)"
    r"(?=\s*(?:[,;:]|(?!" + _RANK_DOT + r")(?<!\b(?-i:[A-Z]))\.(?!(?-i:[a-z]{2,4})\b)|$))",
    re.I
)
_OUTLET_POLL = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<o>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:poll|survey|tally|count|"
    r"analysis|calculation|estimate|review|investigation)\b"
)
_BY_DESCRIBED = re.compile(
    r"\b(?:published|reported|revealed|broadcast|aired|carried|obtained|seen|quoted|read|shown|cited)(?:\s+(?:on\s+)?\w+day)?"
    r"\s+(?:by|on|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:daily|newspaper|broadcaster|weekly|magazine|channel|radio|station|tabloid|outlet|"
    r"news\s+agency|agency|website|portal|news\s+site)\s+(?P<o>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})"
)
_EVIDENCE_NP = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:footage|video|videos|images|photos|photographs|documents|"
    r"records|satellite\s+imagery|evidence|recordings|messages|emails|e-mails)\b",
    re.I,
)
_KEPT_BY = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:tally|count|report|analysis|survey|poll|database|"
    r"tracker|investigation|review|estimate)\s+(?:(?:kept|compiled|published|conducted|carried\s+out|"
    r"run|released|commissioned)\s+)?by\s+(?P<o>.+)$",
    re.I,
)
_CITING = re.compile(
    r"\b(?:citing|quoting|cites|cited|quotes|quoted)\s+(?!by\b|as\b)(?P<np>[^,.;\"“”]{2,90}?)"
    r"(?=\s+as\s+(?:saying|telling)\b|\s*(?:[,.;:]|$))", re.I
)
# "told Reuters", "told local broadcaster TOLOnews", "told news agency ANI"
_TOLD = re.compile(
    r"\btold\s+(?:the\s+(?=[a-z]|[A-Z][a-z]+\s+(?:[a-z-]+\s+)?(?:broadcaster|newspaper|daily|channel|"
    r"station|radio|television|magazine|agency|network|outlet|website|portal|weekly|tabloid)\b))?"
    # "told French broadcaster France 3", "told the left-leaning newspaper La Jornada"
    r"(?:(?:[A-Z][a-z]+|[a-z]+-[a-z]+)\s+(?=(?:[a-z-]+\s+)?(?:broadcaster|newspaper|daily|channel|"
    r"station|radio|television|magazine|agency|network|outlet|website|portal|weekly|tabloid)\b|"
    r"TV\s+(?:station|channel|network)\b))?"
    r"(?P<desc>(?:(?:local|state|state-run|state-owned|national|private|independent|public|public-service|"
    r"news|wire|news\s+agency|broadcaster|channel|newspaper|daily|radio|television|"
    r"TV\s+(?:station|channel|network)|"
    r"network|outlet|website|station|magazine|weekly|tabloid|portal|news\s+portal|business|"
    r"financial|sports|regional)\s+){0,3})"
    r"(?P<o>(?:the\s+)?(?:(?:al|el|an|ar|as|ash|ad)-(?=[A-Z])|[a-z](?=[A-Z]))?[A-ZÀ-Ý0-9][\w.'’&-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w.'’&-]*|(?:noviny|list|deník|denník|novine|dnevnik)(?!\w)|(?:della|delle|dello|degli|del|des|de|du|di|dos|das|da|do)(?=\s)|"
    r"&(?=\s+[A-Z])|of(?=\s+[A-Z]))){0,5})"  # "The News & Observer"
)
_BODY_NAME_GOES_ON = re.compile(
    r"(?:,?\s+(?:and\s+)?[A-Z][\w'’&-]*)*\s+(?:Committee|Subcommittee|Commission|Council|Panel|Board|Tribunal|"
    r"Inquiry|Caucus|Assembly)\b"
)
_POSS = re.compile(r"['’]s\b")


_NOT_TOLD_OUTLETS = frozenset(
    """congress parliament senate council cabinet court god police reporters journalists
    investigators lawmakers legislators officials prosecutors jurors judges colleagues friends
    supporters members staff employees students parents residents voters fans everyone
    nobody someone anyone mps""".split()
)


def _lone_outlet_word(word: str, earlier: list[Mention]) -> bool:
    """'told Bruzz that …', 'speaking to Philenews': a lone capitalised word spoken to is an
    outlet, unless it is someone in the story, a place, a body or a nationality."""
    w = word.strip().rstrip(".,;:")
    if not re.fullmatch(rf"[{UPPER}][\w'’.-]{{1,20}}", w) or " " in w:
        return False
    low = w.lower()
    if low in _NOT_TOLD_OUTLETS or low in TITLES or low in COUNTRIES or low.rstrip("s") in DEMONYMS or (
        re.fullmatch(r"[A-Z]{2,}s", w)  # "told MLAs", "told MPs": members of a body
    ):
        return False
    hit = lookup(w)
    if hit and hit[1] != "OUTLET":
        return False
    if resolve_surname(w, earlier) is not None or any(w in m.text.split() for m in earlier if m.type != "OUTLET"):
        return False  # a person or a body already named in the story
    return True


_OUTLET_POSS_SOURCES = re.compile(
    r"\b(?P<o>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?:own\s+)?(?:sources?|reporters?|correspondents?|"
    r"reporting|investigation|analysis|sister\s+(?:paper|publication|channel))\b"
)
_WRITING_IN = re.compile(
    r"\b[Ww]riting\s+(?:in|for)\s+(?P<o>(?:the\s+|The\s+)?[A-ZÀ-Ý][\w.'’&-]*(?:\s+(?:[A-ZÀ-Ý][\w.'’&-]*|and|of))*?)"
    r"(?=\s*[,.;]|\s+(?:on|this|last|that|earlier)\b)"
)
_TOLD_WHAT = re.compile(
    r"\s*(?:that\b|:|,?\s+(?:on|in|last|earlier|later|this|yesterday|today)\b)"
)  # "told X that …"
_CAMEL_OUTLET = re.compile(r"(?!Mc|Mac|De|Di|Du|La|Le|Van|Von|Da)[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+")
_PERSON_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Senator|Governor)\b")
_PROGRAMME_WORDS = frozenset(
    "programme program show bulletin podcast news live online app website site edition service hour".split()
)


def _outlet_of(np: str, guess: bool = False) -> str | None:
    """An outlet, or the outlet owning a programme: "the BBC's Today programme" -> BBC."""
    np = _BASED.sub("", np.strip().rstrip(".,;:"))  # "Yellowknife-based Cabin Radio"
    np = _OWNED_LEAD.sub("", np) or np  # "The state-run Iraqi News Agency"
    np = re.sub(r"\s*\([A-Z][\w&.-]{1,10}\)$", "", np)  # "… News Agency (INA)": its acronym
    o = canonical_outlet(np)
    if o is None and _POSS.search(np):
        o = canonical_outlet(_POSS.split(np, maxsplit=1)[0])
        if o is None:
            np = _POSS.split(np, maxsplit=1)[0]
    if o is None:
        svc = outlet_service(np)
        if svc:  # "BBC Radio Manchester", "CNN Brasil": the service is what the article credits
            return svc[0]
    if o is None:
        # a programme of an outlet: "BBC Today programme" (not "Newstalk ZB", another outlet
        # whose name starts like a known one)
        words = np.split()
        for n in range(len(words) - 1, 0, -1):
            o = canonical_outlet(" ".join(words[:n]))
            if o is not None:
                rest = words[n:]
                if len(rest) >= 2 and rest[0] in {"de", "du", "del", "of", "da", "do"} and all(
                    w[:1].isupper() for w in rest[1:]
                ):
                    o = np  # "El Mercurio de Antofagasta": another outlet, named in full
                elif rest[-1].lower() in _PROGRAMME_WORDS or rest[0][:1].islower():
                    pass  # "BBC Today programme", "the BBC on June 2": the outlet itself
                elif all(w[:1].isupper() for w in rest):
                    o = np  # "Axios Charleston", "Newstalk ZB": an outlet of its own, named in full
                else:
                    o = None
                break
    if o is None:
        # an outlet the table does not know, by the shape of its name: "WPBF-TV", "the
        # Sentinel Herald", "Radio Kabul" (only where an outlet is expected: told/seen by)
        m = _OUTLET_SHAPE.match(np.strip())
        if m:
            o = m.group("name")
    if o is None:
        o = described_outlet(np)
    if o is None and guess:
        o = _subject_outlet(np)  # "told Channel Nine", "told the Hokkaido Shimbun"
    if o is None and guess:
        o = _unknown_outlet_name(np)  # "told the Philippine Daily Inquirer", "TV Globo"
    if o and re.fullmatch(r"[\w.’'-]+-based", o):
        return None  # "the Kabul-based broadcaster": where it is, not what it is called
    return o


_DESCRIPTOR_LEAD = re.compile(
    r"^(?:[\w’'.-]+-(?:based|run|owned|backed|funded|affiliated|aligned|linked|controlled|language)\s+)+(?=\S)"
)
_OUTLET_ALONE = re.compile(
    r"(?:Channel|Kanal|Canal|Kan)\s+\d{1,2}|Army\s+Radio"
)


def tidy_outlet(name: str | None) -> str | None:
    """A credited outlet as it is called, without what the article says about it:
    "the Houthi-run Saba" -> "Saba", "SDF-affiliated Hawar News Agency" -> "Hawar News
    Agency", "Israeli Channel 14" -> "Channel 14", "the Ma’an" -> "Ma’an"; a bare
    "Amman-based" (where it is, not what it is called) is no outlet at all."""
    if not name:
        return name
    n = re.sub(r"^the\s+", "", name.strip())
    if re.fullmatch(r"[\w’'.-]+-(?:based|run|owned|backed|funded|affiliated|aligned|linked|controlled|language)", n):
        return None
    n = _DESCRIPTOR_LEAD.sub("", n)
    first, _, rest = n.partition(" ")
    if rest and first.lower() in DEMONYMS and canonical_outlet(n) is None and (
        canonical_outlet(rest) or _OUTLET_ALONE.fullmatch(rest)
    ):
        n = canonical_outlet(rest) or rest  # "Israeli Army Radio": Army Radio
    return n or name


_SPEECH_WORD = re.compile(r"\b(?:said|says|saying|told|added|adding)\b")
_NAME_LIKE = re.compile(
    r"(?:the\s+)?(?P<n>[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’.-]*|of(?=\s+[A-ZÀ-Ý])|(?:noviny|list|deník|denník|novine|dnevnik)(?!\w)|(?:della|delle|dello|degli|del|des|de|du|di|dos|das|da|do)(?=\s)|am|la|el|"
    r"al))*)"
)


def _person_like(name: str) -> bool:
    """Two to four title-case words ("Marcus Bell"): the shape of a person's name, unlike
    "Sin Chew Daily", "NTV Uganda" or "La Nación"."""
    words = [w for w in name.split() if w not in _NAME_PARTICLES]  # "Maarten de Boer"
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(rf"[{UPPER}][a-zà-ÿ'’-]*(?:[{UPPER}][a-zà-ÿ'’-]+)?", w) and len(w) > 1 for w in words)
        and words[0].lower() not in _ARTICLES
        and not _OUTLET_WORDS.intersection(w.lower() for w in words)
    )


_NAME_PARTICLES = frozenset("de da do dos das di del della van von der den ter le la du bin ibn al el".split())
_OUTLET_VERBS = frozenset("carried broadcast aired reported first".split())
_ARTICLES = frozenset(
    """the la el le les los las il lo der die das o a os as on in at for by from with after
    before during since and but or no numerous several many some other later earlier""".split()
)
_OUTLET_WORDS = frozenset(
    """daily news times post herald tribune journal gazette telegraph chronicle express mail
    star sun monitor observer guardian independent standard inquirer review radio television
    tv press today day business weekly magazine newsmagazine week online live insider wire
    courier sentinel dispatch bulletin globe nation world mirror echo advertiser examiner
    enquirer register argus citizen statesman pioneer record prensa diario jornal noticias nación
    nacion mundo país pais tiempo comercio universal república republica corriere gazzetta stampa
    messaggero zeitung tagblatt tageblatt nieuws dagblad avis posten kurier kurir vesti novosti
    gazeta haber sabah shimbun ilbo libre""".split()
)


def _unknown_outlet_name(np: str, single_ok: bool = False, person_ok: bool = False) -> str | None:
    """A capitalised name that is neither a person's nor a body's: read as an outlet where one
    is expected ("told X that", "X reported", "broadcast by X", "X, citing …").
    One-word names only with `single_ok` (for "X reported", not "told X")."""
    np = _COUNTRY_POSS.sub("", _BASED.sub("", np.strip()))
    owner = re.match(r"^(?:the\s+)?(?P<o>[^\s'’]+)['’]s\s+[A-ZÀ-Ý]", np)
    if owner and owner.group("o").lower() not in COUNTRIES:
        np = owner.group("o")  # "Ö1's Morgenjournal": the programme's broadcaster
        single_ok = True
    m = _NAME_LIKE.fullmatch(np.strip())
    if not m:
        return None
    name = m.group("n")
    words = name.split()
    if words[0].lower() in _ARTICLES and not np.strip().lower().startswith("the "):
        if words[0].lower() not in {"la", "el", "le", "il", "der", "die", "o", "a", "los", "las"}:
            return None  # "On February 10 wrote", "Numerous reports"
    if len(words) == 1 and (
        not single_ok or name.lower() in ROLE_NOUNS or name.lower() in _PRONOUNS
        or (name.endswith("s") and name[1:].islower())  # "Scientists reported"
    ):
        return None
    if not person_ok and _person_like(name) and not np.strip().lower().startswith("the "):
        return None
    if any(w.lower().strip(".,") in TITLES for w in words):
        return None  # "U.S. District Judge Amit Mehta wrote": a titled person
    if _BODY_WORDS.intersection(w.lower() for w in m.group("n").split()):
        return None  # "the Ukrainian Air Force reported": a body reporting, not a newsroom
    hit = lookup(m.group("n"))
    if hit and hit[1] != "OUTLET":
        return None
    return name


_OUTLET_NAME_BEFORE = re.compile(r"(?:[Tt]he\s+)?[A-ZÀ-Ý][\w.'’&-]*(?:\s+[A-ZÀ-Ý0-9][\w.'’&-]*){0,4}")
_OWNED_LEAD = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:state|government|privately|publicly|family|Kremlin)-(?:run|owned|funded|backed|controlled)|"
    r"official|semi-official|independent|local|national|private|public|pro-government)\s+(?=[A-ZÀ-Ý0-9])"
)
_BASED = re.compile(r"^(?:the\s+)?[A-Z][\w’'-]*-(?:based|owned|run|backed|funded|language)\s+(?=[A-ZÀ-Ý0-9])")
_POLL_FOR = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:projections?|polls?|surveys?|estimates?|forecasts?|figures|count|tally|"
    r"exit\s+polls?)\s+(?:by|from)\s+(?P<body>.+?)\s+(?:for|commissioned\s+by)\s+(?P<o>.+)$", re.I
)
_OUTLET_WORK = re.compile(
    r"(?:an?|the)\s+(?P<o>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:report|article|story|"
    r"investigation|interview|editorial|broadcast|documentary)\b"
)
_APPOSED_OUTLET = re.compile(
    r"\s*,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:newspaper|daily|weekly|tabloid|broadcaster|"
    r"(?:radio|television|TV)\s+station|station|channel|news\s+(?:site|website|portal|agency|outlet)|"
    r"website|magazine|outlet|portal|news\s+service|wire\s+service|publication)\b"
)
_BODY_WORDS = frozenset(
    """force forces army navy ministry department office council commission institute bank
    court party union committee organisation organization fund service authority command
    government police agency bureau board centre center university hospital company group
    corporation association federation league administration military guard guards ag se inc house
    ltd plc corp co sa nv llc gmbh holdings motors pharma airlines airways energy assembly
    parliament senate congress legislature duma knesset bundestag majlis diet chamber""".split()
)


def _subject_outlet(np: str) -> str | None:
    """An unknown outlet as a subject, by a strict name shape ("Radio Kwizera", "Tanzania's
    government-owned Daily News", "Sky Sports Germany"): names of groups and firms that end
    in "Network" or "Star" are left out."""
    n = re.sub(r"^(?:the\s+)?[A-Z][\w’'-]*['’]s\s+", "", np.strip())  # "Tanzania's …"
    n = re.sub(r"^(?:the\s+)?(?:[\w]+-(?:owned|run|based|backed|funded|language)\s+)", "", n, flags=re.I)
    m = _SUBJECT_SHAPE.fullmatch(n.strip())
    return m.group("name") if m else None


_SUBJECT_SHAPE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:[A-ZÀ-Ý][\w'’&.-]*\s+){0,3}(?:News|Times|Post|Herald|Tribune|Journal|"
    r"Gazette|Daily|Telegraph|Chronicle|Television|Broadcasting|Shimbun|Dagblad|Zeitung|Tageblatt|"
    r"Nachrichten|Nieuws|Noticias|Diario|Gazeta|Gazzetta|Dnevnik|Vesti|Hürriyet)(?:\s+[A-Z][a-z]+)?|"
    r"Channel\s+(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)|"
    r"[A-ZÀ-Ý][\w'’-]*\s+TV|"
    r"(?:Radio|Sky\s+Sports|Sky\s+News)\s+[A-ZÀ-Ý0-9][\w'’-]*(?:\s+[A-ZÀ-Ý0-9][\w'’-]*)?|"
    r"[A-Z][\w]*(?:-TV|TV)|(?:[KW][A-Z]{3}|D[WXYZ][A-Z]{2}|C[BFHIJK][A-Z]{2})(?:-(?:TV|FM|AM|DT))?)"
)


def described_outlet(np: str) -> str | None:
    """An outlet introduced by what it is: "state broadcaster RAI", "the daily Clarín",
    "Tuoi Tre newspaper", "N1 television"."""
    np = _COUNTRY_POSS.sub("", np.strip())
    if re.match(r"^(?:TV|Radio|Canal)\s+[A-ZÀ-Ý]", np):
        return None  # "TV Pirveli", "Radio Kwizera": the name itself, not a descriptor
    m = _DESCRIBED.match(np) or _DESCRIBED_AFTER.match(np)
    if m and m.group("name").lower().rstrip("s") in DEMONYMS:
        return None  # "the Flemish newspaper": an outlet named before, not one called "Flemish"
    if m and re.fullmatch(r"[\w.’'-]+-based", m.group("name")):
        return None  # "the Kabul-based broadcaster": an outlet named before
    if m and re.search(r"['’]s?$", m.group("name")) and re.search(r"\b(?:website|channel|account|page)$", np, re.I):
        return None  # "the Kremlin's website", "the ministry's Telegram channel": its own, not an outlet
    return m.group("name") if m else None


_COUNTRY_POSS = re.compile(
    r"^(?:[A-Z][\w’'-]*['’]s\s+)(?=(?:the\s+|The\s+)?(?:(?:official|semi-official|state|state-run|state-owned|"
    r"private|independent|public|local|national|leading|popular)\s+)?[A-Z0-9])"
)
_DESCRIBED_AFTER = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*-(?:based|owned|run|backed|funded|language)\s+)?"
    r"(?:(?:official|semi-official|state|state-run|state-owned|government-run|private|independent|public|"
    r"local|national|leading|popular|pro-government)\s+)?"
    r"(?!(?:The|This|That|A|An|Its|His|Her|Their|Our|Local|State)\b)"
    r"(?P<name>[A-Z0-9][\w.'’&-]*(?:\s+(?:[A-Z0-9][\w.'’&-]*|(?:noviny|list|deník|denník|novine|dnevnik)(?!\w)|(?:della|delle|dello|degli|del|des|de|du|di|dos|das|da|do)(?=\s)|am|"
    r"la|el|al))*)\s+(?:(?:business|financial|national|local|regional|daily|state|public|"
    r"private|English-language|Arabic-language|sports|economic|news|weekly)\s+)?(?:newspaper|daily|weekly|magazine|"
    r"television|TV|radio|broadcaster|news\s+portal|portal|news\s+agency|news\s+website|"
    r"website|(?:Telegram\s+|YouTube\s+)?channel)$"
)


_DESCRIBED = re.compile(
    r"^(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:news\s+agency|press\s+agency|news\s+portal|portal|broadcaster|daily|newspaper|"
    r"weekly|tabloid|paper|channel|television|TV|radio|station|network|website|news\s+site|"
    r"magazine|outlet)\s+(?P<name>[a-z][\w-]*\.(?:com|net|org|[a-z]{2})\b|[A-ZÀ-Ý0-9][\w.'’&-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w.'’&-]*|de|del|della|di|"
    r"da|do|am|la|el|al))*)$"
)


_OUTLET_SHAPE = re.compile(
    r"^(?:the\s+)?(?P<name>[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?|(?:[a-z]|[A-Z0-9][\w]*)(?:News|FM|fm|TV)|[a-z]{1,5}[A-Z]{3,}|"  # "talkSPORT", "eNCA"
    r"[A-Za-z][\w-]*\.(?:com|net|org|info|news|[a-z]{2})(?![\w.])|"
    r"[A-Z][a-z]+[A-Z]?[a-z]*\d{1,3}|"  # "Netwerk24", "News24"
    r"\d[A-Z]{2,3}|"
    r"(?:[A-Z][\w'’&.-]*\s+(?:and\s+)?){0,3}[A-Z][\w'’&.-]*(?:-TV|\s+(?:TV|Radio|Television|News|Times|Post|"
    r"Herald|Tribune|Journal|Gazette|Daily|Telegraph|Chronicle|Broadcasting|Network|Sports|"
    r"Today|Express|Mail|Star|Monitor|Newsmagazine|Magazine|Weekly|Courier|Sentinel|Dispatch|"
    r"Examiner|Advertiser|Bulletin|Record|Observer|Standard|Insider|Online|Wire))|"
    r"(?:Radio|Canal|Rede|Radio\s+Televisi[oó]n)\s+[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)?|"
    r"(?:[A-Z][\w'’&.-]*\s+){0,3}(?:Radio|Television|TV|Broadcasting(?:\s+Corporation)?)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|"  # "Public Radio of Armenia"
    r"(?:[A-Z][\w'’&.-]*\s+){1,3}(?:News|Press)\s+Agency|"  # "Iraqi News Agency"
    r"[A-Z][\w'’-]*\s+\d{1,3}|"  # "Suwayda 24", "Channel 4" (where an outlet is expected)
    r"(?:La|El|Le|Il|Der|Die|O|A)\s+[A-Z][\w'’-]+(?:\s+(?:(?:della|delle|dello|degli|del|des|de|du|di|dos|das|da|do)(?=\s))\s+[A-Z][\w'’-]+)?)$"
)
_TOLD_ANAPHOR = re.compile(
    r"\b(?:told|quoted\s+by|speaking\s+to|talking\s+to|in\s+comments\s+to)\s+the\s+"
    r"(?:[\w-]+\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:channel|agency|newspaper|paper|broadcaster|"
    r"outlet|daily|network|station|publication|website|magazine|portal|news\s+portal|weekly|tabloid)\b"
    r"(?![ \t]+(?:media[ \t]+|press[ \t]+|news[ \t]+)?(?:briefing|conference|meeting|session|event))",
    re.I,
)
# "seen by Reuters", "carried by Xinhua", "as first revealed by the FT", "a report in Dawn"
_SEEN_BY = re.compile(
    r"\b(?:(?:seen|obtained|reviewed|verified|viewed|carried|quoted|broadcast|aired|"
    r"published|revealed|(?:first\s+)?reported|cited|released|polled|surveyed|interviewed)"
    r"(?:\s+(?:on\s+)?\w+day|\s+live|\s+exclusively|\s+first)?\s+by|"
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:report|article|story|interview|editorial)\s+"
    r"(?:in|by|on|from))"
    r"\s+(?P<o>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|"
    r"(?:della|delle|del|des|de|du|di|dos|das|da|do|of)(?=\s+[A-ZÀ-Ý]))){0,4})"
)
_WHICH_REPORTED = re.compile(
    r"(?P<n>(?:[Tt]he\s+)?[A-ZÀ-Ý][\w.'’&-]*(?:\s+[A-ZÀ-Ý0-9][\w.'’&-]*){0,4}),\s+which\s+(?:first\s+|had\s+|has\s+|"
    r"earlier\s+|originally\s+)*(?:reported|revealed|broke|published|disclosed)\b"
)
_TOLD_DESCRIBED = re.compile(
    r"\b(?:told|(?:speaking|talking|spoke|talked|spoken)\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:newspaper|daily|broadcaster|channel|station|radio|"
    r"television|magazine|news\s+agency|network|outlet|website|portal|weekly|tabloid|news\s+site)\s+"
    r"(?P<o>[A-ZÀ-Ý][\w.'’&-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w.'’&-]*|(?:noviny|list|deník|denník|novine|dnevnik)(?!\w)|(?:della|delle|del|des|de|du|di|dos|das|da|do|la|el)(?=\s+[A-ZÀ-Ý]))){0,4})"
)
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|speaking|appearing|interviewed|spoke|talked|talking)\s+(?:on|to)\s+"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    r"(?P<o>(?:the\s+)?[A-ZÀ-Ý][\w.'’&-]*"
    r"(?:\s+[A-ZÀ-Ý0-9][\w.'’&-]*){0,4})"
)
_QUOTED_AS = re.compile(
    r"(?P<o>[A-Z][^,]{1,50}?)\s+quoted\s+(?P<np>.{2,80}?)\s+as\s+saying\b", re.S
)
# "…," Abdul Wahid Sarwari, a spokesman for the provincial police, told Reuters.
# "…," one woman, who did not want to be named, told the outlet.
_TRAILING_APPOS = re.compile(
    r"(?:,|[\"”])\s*(?P<np>[^,;\"“”]{1,60}?),\s+(?:a|an|the|who|which|whose|one|(?=[a-z]))\b"
    r"[^;\"“”]{1,140}?,\s+" + _ADV + r"(?P<v>" + RV + r")\b(?P<rest>[^\"“”]*)$"
)
# "data from the General Administration of Customs (GAC) showed"
_DATA_FROM = re.compile(
    r"\b(?i:data|figures|statistics)\s+(?:from|released\s+by|published\s+by)\s+"
    r"(?P<np>(?:the\s+)?[A-Z][^,;]{1,80}?)\s+(?:showed|shows|show|indicated)\b|"
    # "The driver was identified as Raymond Coyle, 58, by the Washington County Sheriff's Office"
    r"\b(?:identified|named)\s+as\s+[^;]{1,80}?,?\s+by\s+(?P<np2>(?:the\s+)?[A-Z][^,;.]{1,80})"
)
# a relative clause or aside between subject and verb hides the verb in it:
# "An official, who spoke on condition of anonymity, told …"
_ASIDE = re.compile(
    r",\s+(?:who|which|whose|where|when|speaking|talking|asked|declining|citing|quoting|"
    # a participle in apposition: "the dissolution, announced on state television, was met
    # …", "A host, reached in Sévaré, confirmed …", "The figures, first reported by Al-Ghad, showed"
    r"(?:first\s+|also\s+|later\s+)?(?:announced|reported|published|released|reached|contacted|interviewed|"
    r"quoted|cited|revealed|read\s+out|broadcast|aired)\s+(?:by|in|on|at|to|via|over|from|during)\b)"
    r"[^\"“”]*?(?=,\s)",
    re.I,
)
_NEGATED = re.compile(r"^(?:no|none|nobody|neither|not)\b", re.I)
_AGE_ANAPHOR = re.compile(r"^the\s+\d{1,3}-year-old$", re.I)
# "people familiar with the matter": the conventional label of an anonymous source
_FAMILIAR = re.compile(
    r"^(?:(?:two|three|four|five|several|multiple|some|\d+)\s+)?(?P<who>people|persons|sources|"
    r"officials|a\s+person|a\s+source)\s+(?:familiar\s+with|aware\s+of|close\s+to|"
    r"briefed\s+on|with\s+knowledge\s+of)\s+the\s+(?:matter|talks|plans?|situation|"
    r"discussions|deal|negotiations)$",
    re.I,
)
# "…, officials said on Tuesday."  /  "…," the official said, adding …
_TRAILING = re.compile(
    r"(?:,|[\"”])\s*(?P<np>[^,;\"“”]{1,80}?)\s+" + _ADV + r"(?P<v>" + RV + r")\b(?P<rest>[^\"“”]*)$"
)
# "…, reported The Khaama Press News Agency."  /  "…," added Rabbani.
_INVERTED = re.compile(
    r"(?:,|[\"”])\s*(?P<v>said|says|added|adds|wrote|writes|reported|reports|stated|"
    r"tweeted|explained|explains|noted|notes|insisted|insists|"
    r"(?<=[\"”]\s)(?:warned|argued|cautioned|conceded|admitted|recalled|declared))\s+"  # '…," warned X'
    r"(?!(?:to|on|in|at|for|from|with|about|that|of|the\s+following)\b)"  # "…, wrote to staff on Monday": no subject here
    r"(?P<np>[^,;\"“”]{2,80}?)\s*(?P<rest>(?:[,;].*)?[.!?]?)$"
)
# "claimed its forces had struck …" is a statement; "claimed responsibility" an act
_NAME_THEN_APPOSITION = re.compile(
    r"^\s*(?P<name>(?:[Tt]he\s+)?[A-ZÀ-Ý][\w.'’&-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w.'’&-]*|of|for|and|de|du|des|la|le)){0,6}),\s+"
    r"(?:the|a|an|one\s+of|its|his|her|their)\b[^,]*,?\s*(?:(?:first|also|earlier|previously|originally)\s*)?$"
)  # (", a trade daily, first reported")
# any verb of a statement made in a named medium: "condemned the attack in a statement",
# "backed the idea in an interview with …", "hailed the ruling in a post on X" (searched on its
# own, only where such a medium is named: as part of RV it slowed every sentence)
_MEDIUM_VERB = re.compile(
    r"\s(?P<v>(?!(?:posted|published|shared|uploaded|released|issued|broadcast|aired|circulated|filmed|recorded)"
    r"\s+(?:on|in|to|by|online)\b)[a-z]{3,}ed)(?=\s+(?:[\w'’-]+\s+){0,5}?(?:in\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:statement|interview|post|letter|speech|address|message|note|video|tweet|press\s+release|"
    r"news\s+release|op-ed|column)|on\s+(?:X|Twitter|Facebook|Instagram|Telegram|social\s+media)|"
    r"at\s+a\s+(?:press|news)\s+conference)\b)"
)
_MEDIUM_WORDS = ("statement", "interview", "post", "letter", "speech", "address", "message", "note", "video",
                 "tweet", "release", "op-ed", "column", " X", "Twitter", "Facebook", "Instagram", "Telegram",
                 "social media", "conference")
_WHAT_THEY = re.compile(r"\b(?:what|which|whom?|that)\s+(?:they|he|she|it|we|critics|officials|residents)\s*$", re.I)
_CLAIM_VERBS = re.compile(r"claimed|claims|denied|denies|confirmed|confirms|announced|acknowledged|admitted")
_CLAUSE_OBJECT = re.compile(
    r"\s+(?:that\b|[\"“:]|(?:[\w’'-]+\s+){1,4}(?:had|have|has|was|were|is|are|would|will|could|did)\b)"
)
_SPEECH_ONLY = re.compile(
    r"said|says|added|adds|told|stated|noted|explained|insisted|stressed|warned|wrote|"
    r"put|puts|gave|gives|estimated|forecast|"
    r"condemned|welcomed|praised|critici[sz]ed|hailed|cautioned"
)
_LEADING_VERB = re.compile(r"\s" + _ADV + r"(?P<v>" + RV + r")\b")

# role nouns that appear in the name of the body they stand for: "the ministry" is a
# Ministry of …, "the army" the Pakistan Army or the armed forces
_NAMED_ROLES = {
    "army": re.compile(r"\b(?:Army|Armed Forces|Military)\b"),
    "ministry": re.compile(r"\bMinistry\b"),
    "embassy": re.compile(r"\bEmbassy\b"),
    "council": re.compile(r"\bCouncil\b"),
    "party": re.compile(r"\bParty\b"),
    "department": re.compile(r"\bDepartment\b"),
    "commission": re.compile(r"\bCommission\b"),
    "union": re.compile(r"\bUnion\b|\bunion\b"),
    "regulator": re.compile(r"\b(?:Authority|Commission|Regulator|Regulatory|Board|Office|Agency)\b"),
    "lender": re.compile(r"\b(?:Bank|Lender|Bancorp|Banco|Finance|Capital|Credit|Fund|IMF)\b"),
    "government": re.compile(r"\b[Gg]overnment\b"),
    "airline": re.compile(r"\b(?:Air|Airlines?|Airways|Aer|Lingus|Jet|Wings|Aviation)\b"),
    "police": re.compile(r"\b(?:Police|Gendarmerie|Carabinieri|Constabulary|Garda|Sheriff)\b"),
    "bank": re.compile(r"\bBank\b|\bCBR?[A-Z]*\b"),
}
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|been|being|be)\s+(?:(?:first|also|widely|later|initially|"
    r"previously|not|never|already|reportedly)\s+)*"
    r"|\b(?:has|have|had)\s+(?:not|never|yet\s+to)\s+"  # "has not claimed responsibility"
    r"|^\W*as\s+(?:first\s+|earlier\s+|previously\s+)?)$",  # "As reported by The Hindu, …"
    re.I,
)
# "Kebbi and Bayelsa states, making it …", "claims about ISIS": nouns, unless a clause follows
# ("Machnouk claims al-Dulaimi is pregnant", "the report states that …")
_NOUN_UNLESS_THAT = {"states", "reports", "claims", "notes", "demands"}
_THAT_AFTER = re.compile(
    r"\s*(?:that\b|[:\"“]|to\b)|\s+(?:the|a|an|he|she|it|they|his|her|its|their|there|this|these|"
    r"those|some|many|no|[A-Z]\w*|al-\w+)\b"
)
_NOUN_FORMS = {"states", "reports", "claims", "notes", "reads", "demands", "says", "tells"}
_COUNTED = re.compile(
    r"(?:\b(?:the|these|those|their|its|his|her|our|some|many|several|both|all|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozen|\d[\d,]*)|\bmedia|\bnews|"
    r"\bpress|\bunconfirmed|\bmember|\bsouthern|\bnorthern|\bwestern|\beastern|\bgulf)$",
)
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
_ROLE_ANAPHORS = {"automaker", "carmaker", "drugmaker", "chipmaker", "maker", "outfit", "provider", "operator", "carrier", "airline", "insurer", "retailer",
                  "manufacturer", "developer", "startup", "platform", "utility", "institute", "institution", "bureau", "service", "centre", "center",
                  "committee", "board", "tribunal", "administration", "company", "firm", "court", "military", "regime",
                  "cabinet", "presidency", "union", "alliance", "coalition", "group", "ministry", "organisation", "organization", "movement", "party",
                  "militants", "government", "department", "office", "embassy", "army",
                  "council", "authority", "authorities", "insurgents", "front", "wing",
                  "lender", "regulator", "body", "agency", "commission", "fund", "bank",
                  "guild", "chamber", "cooperative", "charity", "foundation", "association",
                  "federation", "society", "club", "hospital", "museum", "zoo", "university",
                  "watchdog", "franchise", "festival"}  # fmt: skip
# what a body's name says it is, for "the company said" / "the hospital said"
_KINDS = (
    (re.compile(r"\b(?:Inc|Ltd|Corp|Corporation|Company|Co|plc|PLC|LLC|AG|SA|GmbH|NV|Holdings|"
                r"Group|Pharmaceuticals|Pharma|Motors|Energy|Power|Entertainment|Technologies|"
                r"Systems|Industries|Tankers|Shipping|Logistics|Airlines|Airways|Air|Insurance|"
                r"Bank|Bancorp|Capital|Securities|Telecom|Mining|Resources|Works|Water|Lines|"
                r"Coachlines|Labs|Foods?|Brands|Retail|Stores|Solutions|Partners)\b"),
     {"company", "firm", "group", "maker", "automaker", "carmaker", "drugmaker", "chipmaker",
      "manufacturer", "developer", "startup", "platform", "provider", "operator", "carrier",
      "retailer", "insurer", "outfit", "lender", "bank", "airline", "utility", "agency",
      "producer", "owner", "supplier", "business", "conglomerate", "giant", "brand"}),
    (re.compile(r"\b(?:Ministry|Department|Office|Agency|Authority|Commission|Bureau|Service|"
                r"Administration|Council|Board|Government|Secretariat|Directorate|Inspectorate|"
                r"Institute|Centre|Center|Survey|Observatory|Organi[sz]ation|Regulator|Executive|"
                r"Prosecutor|Presidency|Cabinet|Embassy|Mission|Programme|Program)\b"),
     {"ministry", "department", "office", "agency", "authority", "commission", "bureau",
      "service", "administration", "council", "board", "government", "regulator", "body",
      "institute", "centre", "center", "organisation", "organization", "presidency",
      "cabinet", "embassy", "mission", "watchdog", "prosecutor", "prosecutors", "programme"}),
    (re.compile(r"\b(?:Hospital|Clinic|Infirmary)\b"), {"hospital", "clinic"}),
    (re.compile(r"\b(?:University|College|School|Academy)\b"),
     {"university", "college", "school", "academy", "institution"}),
    (re.compile(r"\b(?:Club|FC|AFC|United|City|Rugby|Rovers|Athletic)\b"), {"club", "side", "team"}),
    (re.compile(r"\b(?:Police|Gendarmerie|Constabulary|Garda|Sheriff)\b"), {"police", "force"}),
    (re.compile(r"\b(?:Court|Tribunal)\b"), {"court", "tribunal"}),
    (re.compile(r"\b(?:Party|Alliance|Front|Movement|Coalition)\b"),
     {"party", "alliance", "front", "movement", "coalition", "group"}),
    (re.compile(r"\b(?:Union|Federation|Association|Confederation|Society|Chamber|Guild)\b"),
     {"union", "federation", "association", "society", "chamber", "group", "body", "organisation", "organization"}),
    (re.compile(r"\b(?:Foundation|Trust|Charity|Relief|Aid|Rights|Watch|Cross|Crescent|Fund|"
                r"Network|Initiative|Project)\b"),
     {"charity", "group", "organisation", "organization", "foundation", "trust", "agency", "body",
      "fund", "network", "nonprofit", "ngo"}),
    (re.compile(r"\b(?:Zoo|Museum|Gallery|Library|Park)\b"), {"zoo", "museum", "gallery", "library", "park"}),
    (re.compile(r"\b(?:Festival|Biennale|Fair|Expo)\b"), {"festival", "biennale", "fair", "organisers", "organizers"}),
    (re.compile(r"\b(?:Army|Forces|Force|Military|Navy|Guard|Command)\b"),
     {"army", "military", "force", "forces", "navy", "command", "guard"}),
)
_FOR_COUNTRY = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_ROLE_FIRST = frozenset("counsel lawyer lawyers attorney police officials spokesman spokeswoman spokesperson".split())
_KIND_WORD = re.compile(
    r"\b(?:Institute|Mission|Guild|Controller|Association|Council|Commission|Committee|Agency|Authority|"
    r"Office|Bureau|Board|Federation|Union|Ministry|Department|Service|Centre|Center|Fund|Foundation|"
    r"Society|Chamber|Academy|Observatory|Directorate|Secretariat|Confederation|Corporation|Bank)$"
)
_KINDS_AGENCY = re.compile(r"\b(?:Agency|Authority|Administration|Office|Service|Bureau|Commission)\b")
_KIND_NOUNS = frozenset().union(*(k for _, k in _KINDS))
_NEVER_SPEAKS = re.compile(r"\b(?:Order|Act|Bill|Law|Regulation|Directive|Treaty|Agreement|Plan|Strategy)$")


def _bodies(
    org_speakers: list[tuple[str, str]], mentions, acronyms: dict[str, tuple[str, str]]
) -> list[tuple[str, str]]:
    """Candidates for "the company said": bodies that spoke (latest first), then bodies named."""
    cands = [acronyms.get(o[0], o) for o in reversed(org_speakers)]
    cands += [acronyms.get(m.text, (display_name(m.key) or m.text, m.key)) for m in mentions if m.type == "ORG"]
    return cands


def _is_body(name: str, sp: _Speaker | None) -> bool:
    """A speaker that is an organisation: by the alias table, else by its name's shape."""
    hit = lookup(name)
    if hit:
        return hit[1] == "ORG"
    return sp is not None and not sp.is_person and guess_type(name) == "ORG"


_KIND_GROUPS = [k for _, k in _KINDS]
_KIND_ALT = "|".join(sorted(_KIND_NOUNS, key=len, reverse=True))
_INTRODUCED = re.compile(
    rf"\b(?P<k1>{_KIND_ALT})\s+(?P<n1>[{UPPER}][\w'’&.-]*(?:\s+[{UPPER}][\w'’&.-]*){{0,4}})"
    rf"|(?P<n2>[{UPPER}][\w'’&.-]*(?:\s+[{UPPER}][\w'’&.-]*){{0,4}}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"(?P<k2>{_KIND_ALT})\b"
)


def _introduced_as(noun: str | None, before: str) -> tuple[str, str] | None:
    """The last body the story introduced with a descriptor of the same kind as `noun`
    ("maker Ridezo Mobility", "Hududgaztaminot, the state gas company,") for "the NOUN said"."""
    if not noun or noun not in _KIND_NOUNS:
        return None
    groups = [g for g in _KIND_GROUPS if noun in g]
    found = None
    for m in _INTRODUCED.finditer(before):
        kind, name = (m.group("k1"), m.group("n1")) if m.group("k1") else (m.group("k2"), m.group("n2"))
        name = re.split(r"['’]s\b", name)[0]  # "Nimbra's European arm" -> Nimbra
        if any(kind in g for g in groups) and guess_type(name) != "PLACE" and canonical_outlet(name) is None:
            found = name
    return (found, entity_key(found)) if found else None


_APPOSED_KIND = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,5}?(?P<noun>[a-z]+)\s*[,(]")


def _described_as_body(name: str, sentence: str) -> bool:
    """ "Hududgaztaminot, the state gas distribution company, said …": a name its apposition
    calls a body."""
    at = sentence.find(name + ",")
    m = _APPOSED_KIND.match(sentence, at + len(name)) if at >= 0 else None
    return bool(m) and m.group("noun") in _KIND_NOUNS


def _role_fits(noun: str | None, name: str) -> bool:
    """Can a body with this name be "the NOUN"? A name that says nothing of its kind can."""
    if _NEVER_SPEAKS.search(name):
        return False  # "the Water Conservation Order" is a document, never "the utility"
    kinds = set().union(*(k for rx, k in _KINDS if rx.search(name)))
    if not kinds:
        return True
    return noun is None or noun not in _KIND_NOUNS or noun in kinds


_OUTLET_ANAPHORS = {"channel", "agency", "newspaper", "paper", "broadcaster", "outlet",
                    "daily", "news agency", "network", "report", "tv", "website"}  # fmt: skip
_DOCUMENTS = {"statement", "post", "document", "letter", "tweet", "message", "report", "circular",
              "decree", "directive", "bulletin", "indictment", "filing", "lawsuit", "complaint",
              "release", "notice", "memo", "video", "clip", "note", "communique",
              "facebook post", "audio message", "video message"}  # fmt: skip
_CUT = re.compile(
    r"\s(?:in|on|at|from|with|who|which|whose|during|after|before|addressed|speaking|via|"
    r"through|while|when|seen|obtained|reviewed|quoted|close\s+to|loyal\s+to|linked\s+to|"
    r"himself|herself|themselves|itself|polled|surveyed|interviewed|contacted|consulted|reached|"
    r"familiar\s+with|aware\s+of|briefed\s+on)\b|"
    r"\s(?:of|for|to)\s(?![A-Z])|\s+\("
)
ROLE_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople source sources
    resident residents witness witnesses commander commanders police authorities analyst
    analysts expert experts diplomat diplomats minister ministers lawmaker lawmakers leader
    leaders member members villagers locals doctor doctors activist activists observers
    aide aides governor president secretary envoy ambassador chief head negotiator
    negotiators fighters militants officer officers soldiers troops staff employees
    relatives student students correspondent reporter researchers scientists people
    person woman women man men mother father returnees refugees migrants survivors
    investigators prosecutors prosecutor lawyer lawyers judge spokesmen sources,
    group ministry government embassy army council organisation organization movement party
    agency channel newspaper broadcaster statement post document letter tweet message report
    release video clip note he she they it we""".split()
)
_FINITE = re.compile(
    r"\b(?:was|were|is|are|be|been|has|have|had|would|will|could|should|can|did|do|does|"
    r"included|includes|that|not)\b"
)


_QUANTIFIER = re.compile(
    r"^(?:(?:a|the)\s+(?:number|handful|group|couple|majority|few)|dozens|hundreds|"
    r"thousands|scores|some|many|several|most|all|each|one|two|three|four|five)\s+of\s+"
    r"(?-i:(?!the\s+[A-Z])(?=[a-z]))",
    re.I,
)
_NAMEWORD = rf"[{UPPER}][\w.'’&-]*"
_PROPER_NAME = re.compile(_NAMEWORD + r"(?:\s+" + _NAMEWORD + r"){0,5}")
_LOWER_PARTICLE = re.compile(r"(?<!\S)(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn|abu|de|da|di|van|von|der|du)(?=-[A-Z]|\s+[A-Z])")


def _is_proper_name(text: str) -> bool:
    """Capitalised words, allowing the lower-case particles of names ("Abdulrahman al-Jumaie",
    "Maarten van der Berg")."""
    return bool(_PROPER_NAME.fullmatch(_LOWER_PARTICLE.sub(lambda m: m.group(0).capitalize(), text)))


# a capitalised institution name joined by of/for/and: "Office for the Coordination of …"
_OWNED_CHANNEL = re.compile(r"['’]s\s+(?:official\s+)?(?:[A-Z][\w-]*\s+)?(?:website|channel|account|page)$")
_OWNED_DATA = re.compile(
    r"(?<=[A-Z\w])(?:['’]s)?\s+(?:data|figures|statistics|estimates|records|numbers)$"
)
_DATA_OF = re.compile(
    r"^(?:the\s+)?(?:latest\s+|official\s+|new\s+|preliminary\s+)?(?:data|figures|statistics|"
    r"estimates|numbers)\s+(?:from|by|of|released\s+by|published\s+by)\s+", re.I
)
_INSTITUTION = re.compile(
    r"^(?:the\s+)?(?P<name>" + _NAMEWORD + r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?"
    + _NAMEWORD + r")+)$"
)
# a body posted somewhere, whose place is part of its name
_POSTED_IN = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>" + _NAMEWORD + r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?" + _NAMEWORD
    + r")*\s+(?:[Mm]ission|[Dd]elegation)"
    r"\s+in\s+(?:the\s+)?" + _NAMEWORD + r"(?:\s+" + _NAMEWORD + r"){0,2})$"
)
_PERSON_OF_PLACE = re.compile(
    r"^(?P<p>.+?)\s+of\s+(?:the\s+)?" + _NAMEWORD
    + r"(?:\s+(?:(?:of|for|and)\s+)?" + _NAMEWORD + r"){0,6}"
    # "… of Istanbul Technical University’s geology department", "… of the People's Party (CHP)"
    + r"(?:['’]s(?:\s+[a-z][\w-]*){0,3})?(?:\s+\([A-Z][\w&-]{1,8}\))?$"
)
# "…,” the company’s chief executive, Dana Whitcombe, said on a call with analysts.
_TRAILING_NAMED = re.compile(
    r"(?:,|[\"”])\s*(?:the|a|an|its|his|her|their|one|another|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*['’]s)\s+[^,;\"“”]{1,60}?,\s+"
    r"(?P<np>" + _NAMEWORD + r"(?:\s+" + _NAMEWORD + r"){1,4})(?:\s+\([A-Z]{2,8}\))?\s*,\s+" + _ADV
    + r"(?P<v>" + RV + r")\b(?P<rest>[^\"“”]*)$"
)
_DATA_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:latest|official|new|provisional)\s+)?(?:data|figures|statistics|"
    r"numbers)\s+(?:from|released\s+by|published\s+by|compiled\s+by|of)\s+",
    re.I,
)


_BARE_ADVERBS = frozenset("first also later earlier then previously initially originally exclusively again once".split())


def _plausible_np(np: str) -> bool:
    """A subject of a reporting verb at the end of a clause: a name or a role, not a clause."""
    np = np.strip()
    if _FAMILIAR.match(np) or _AGE_ANAPHOR.match(np):  # "…," the 41-year-old said.
        return True
    if np.lower() in _BARE_ADVERBS:  # "…, a trade daily, first reported": no subject here
        return False
    if not np or _FINITE.search(re.split(r"\s(?:who|whose)\s", np)[0]):
        return False  # a clause; but "an engineer who asked not to be named" is a role
    np = _QUANTIFIER.sub("", np, count=1) or np  # "one of the officials"
    head_chunk = _CUT.split(np.split(",")[0])[0].strip()
    words = head_chunk.split()
    if not words:
        return False
    head = words[-1].strip(".")
    return (
        head[:1].isupper() or bool(_PARTICLE_NAME.match(head))
        or any(w[:1].isupper() for w in words[1:])  # "the Taliban administration"
        or head.lower() in ROLE_NOUNS
        or head.lower() in _DOCUMENTS
        or head.lower() in _ROLE_ANAPHORS
        or (_agentive(head) and len(words) <= 4)  # "a clerk at one of the stores", "three bankers"
        or bool(_OUTLET_ANAPHOR_NP.match(head_chunk))  # "…, the station said."
    )


@dataclass
class Attribution:
    speaker: str | None = None
    speaker_key: str | None = None
    cited_source: str | None = None
    cited_chain: list[str] = field(default_factory=list)  # nearest first: Al Jazeera, Reuters
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    standalone_text: str = ""
    how: str | None = None  # explicit | pronoun | surname | quote | document | carry
    # internal bookkeeping, not part of what callers rely on
    _anaphor: str | None = None  # pronoun | role | outlet | document
    _cited_scope: str | None = None  # run (both directions) | forward
    _own_attribution: bool = False
    _subject_span: tuple[int, int] | None = None  # in sentence offsets, for rewriting
    _outlet_anaphor: bool = False  # "told the channel", "the newspaper said"
    _fresh_context: bool = False  # "In a statement released later, …"
    _body_anaphor: bool = False  # "according to the agency" with no news agency named


@dataclass
class _Speaker:
    name: str | None
    key: str | None
    anaphor: str | None = None  # pronoun | role | outlet | document
    outlet: str | None = None
    is_person: bool = False
    definite: bool = False  # "the minister": may name a person introduced with that title


_PARTY_DISTRICT = re.compile(r",\s+(?:[DRI]|Dem|Rep|Ind)-[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?=\s*[,.;]|\s*$)")  # ", D-North Adams"
_SERVICE_APPOSITION = re.compile(
    r"(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,4}?(?:service|newspaper|daily|weekly|broadcaster|station|channel|"
    r"website|magazine|outlet|portal|publication|programme|program|show|podcast|edition)\b[^,]{0,60},\s*"
)
_AS_REPORTED = re.compile(
    r"As\s+(?:first\s+|previously\s+|earlier\s+)?(?P<o>(?:the\s+)?[A-ZÀ-Ý][\w.'’&-]*(?:\s+[A-ZÀ-Ý0-9][\w.'’&-]*){0,4})\s+"
    r"(?:has\s+|had\s+)?(?:first\s+|earlier\s+|previously\s+)?(?:reported|revealed|wrote|noted)"
    r"(?:\s+(?:earlier|previously|first|on\s+\w+day|last\s+\w+|this\s+\w+))?,\s+(?=\S)"
)
_NEW_MEDIUM = re.compile(
    r"\b(?:wrote|posted|said|tweeted|announced)\s+(?:\w+\s+)?(?:on|in)\s+(?:X|Twitter|Facebook|Instagram|"
    r"Telegram|TikTok|LinkedIn|social\s+media|(?:a|his|her|its|their)\s+(?:statement|post|blog|newsletter))\b"
    r"|\b(?:told|said\s+to|speaking\s+to)\s+(?:our|this)\s+(?:reporter|correspondent|newspaper|paper|"
    r"website|programme|program|station)\b"
)
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
# an aside in brackets, but not an acronym ("(IMD)", "(M5S)"), which names what precedes it,
# nor a dateline's agency ("Faro, 22 Aug (Lusa) - …")
_ASIDE_IN_BRACKETS = re.compile(
    r"(?<=\S)\s*\((?![A-Z][A-Z0-9&.-]*[A-Z0-9][a-z]{0,2}\))[^()\"“”_]{1,60}\)(?=[\s,.;:])(?!\s*[-–—])"
)


def _mask_quotes(sentence: str, spans: list[tuple[int, int]]) -> str:
    chars = list(sentence)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            if chars[i] not in QUOTE_CHARS:
                chars[i] = "_"
        # single quote marks ('…', ‘…’) read as double ones, so "…,' he said" parses like "…," he said
        if 0 < s <= len(chars) and chars[s - 1] in "'‘":
            chars[s - 1] = "“"
        if 0 <= e < len(chars) and chars[e] in "'’":
            chars[e] = "”"
    return "".join(chars)


_PARTICLE_NAME = re.compile(r"^(?:al|el|ul|ad|as|ash|at|az|abu|bin|ibn|bint)-[A-Z]")


def _untitled(name: str) -> str:
    """"Mr Sunday Olatunji" -> "Sunday Olatunji", "Prof. Adebayo Ogunleye" -> "Adebayo Ogunleye"."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def _lower_word(word: str) -> bool:
    """A common noun ("spokesman"), not a name with a lower-case particle ("al-Qudra")."""
    return word[:1].islower() and not _PARTICLE_NAME.match(word)


_TITLE_OR_ROLE = TITLES | ROLE_NOUNS
_AFFILIATION = re.compile(r"\s+(?:of|from|at|for|with)\s+(?:the\s+)?[A-ZÀ-Ý][^,]*$")
_CALLING_ITSELF = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement|network|collective|company|"
    r"firm|outfit|gang|militia|faction|coalition|alliance|campaign)\s+(?:calling\s+itself|known\s+as|called|"
    r"named)\s+(?:the\s+)?(?P<name>[A-ZÀ-Ý][\w.'’&-]*(?:\s+[A-ZÀ-Ý0-9][\w.'’&-]*){0,5})$"
)
_OUTLET_HEADLINE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<o>[A-Z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,3}?)['’]?s?\s+(?:headline|front\s+page|"
    r"cover\s+story|splash|editorial|report|article|story|investigation)$"
)
_PRONOUN_CLAUSE = re.compile(
    r"^(?:where|when|which|that|who|as|while|although|though|because|since|after|before|if|and|but)\s+"
    r"(?:he|she|they|it|we)$", re.I
)  # "…, where he said …": the pronoun is the subject
_TITLED_TAIL = re.compile(
    r"\s(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Rev|Fr)\.?\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})$"
)
# "Governor of the Irkutsk Region Igor Kobzev": a title of a place, then the person's name
_PLACE_TITLE_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?(?:Governor|Mayor|Head|Chief|Prefect|Premier|Governor-General|Leader)"
    r"\s+of\s+(?:the\s+)?(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}?(?:Region|Province|Oblast|District|County|State|"
    r"Governorate|Prefecture|Territory|City|Republic|Krai|Municipality)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})$"
)
_CAPS_RUN = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
_LISTED_INSTITUTION = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}(?:Ministry|Department|Office|Commission|Committee|"
    r"Secretariat|Bureau|Agency|Council|Institute|Faculty|School|College)\s+(?:of|for)\s+(?:the\s+)?"
    + _CAPS_RUN + r"(?:,\s+" + _CAPS_RUN + r")+,?\s+and\s+" + _CAPS_RUN + r")"
)


def _classify_np(np: str, earlier: list[Mention]) -> _Speaker:
    """Turn a subject noun phrase into a speaker: a name, a role, or an anaphor."""
    np = " ".join(np.split()).strip(",;:").strip()  # (a masked aside leaves a run of spaces)
    np = re.sub(r"^(?:but|and|yet|while|whereas)\s+(?=\S)", "", np)  # "…, but Dawn reported"
    # "The spokesman went on to (say)": the subject, not the verb before "to" (one who
    # declined to say asserts nothing)
    if re.search(r"\b(?:what|which|whom?)\s+(?:he|she|they|it|we)$", np, re.I):
        return _Speaker(None, None)  # "… to what he described as …": a hedge, not a new speaker
    co = re.match(r"^(?P<s>.+?)\s+(?:[a-z]+ed|was|were|is|are|has|had|did|would|could|will)\b.*\s(?:but|and)$", np)
    if co and co.group("s")[:1].isupper():  # "DOJ spokesperson X declined to confirm it but (said)"
        np = co.group("s")
    np = re.sub(r"\s+(?:went\s+on|goes\s+on|was\s+quick|were\s+quick|"
                r"wanted|wants|continued|continues|hastened|hastens|sought|seeks)\s+to$", "", np)
    np = _TRAILING_ADVERB.sub("", np)  # "The PDP agent, Mr Sunday Olatunji, however"
    if not np:
        return _Speaker(None, None)
    # "AIU data", "Eurostat figures", "data from the Space Research Institute": whose numbers
    np = _OWNED_DATA.sub("", np)
    np = _OWNED_CHANNEL.sub("", np)  # "the Kremlin's website said": the Kremlin
    np = _DATA_OF.sub("", np) or np
    if np.strip().lower() in {"the", "these", "this", "those", "its", "their", "the latest", "the new"}:
        return _Speaker(None, None, anaphor="document")  # "The figures showed": the data just spoken of
    tt = (_TITLED_TAIL.search(np) or _PLACE_TITLE_NAME.match(np)) if "," not in np else None
    if tt:  # "… medical officer of health Dr Anna Whitaker": the titled person at the end
        pents = [m for m in find_entities(tt.group("name")) if m.type in {"PERSON", "MISC"}]
        if len(pents) == 1 and pents[0].text == tt.group("name"):
            return _name_speaker(pents[0], earlier)
    ci = _CALLING_ITSELF.match(np)
    if ci:  # "A group calling itself Black Tide"
        name = ci.group("name")
        return _Speaker(name, entity_key(name))
    li = _LISTED_INSTITUTION.fullmatch(np)
    if li:  # "the Department of Local Government, Environmental Affairs and Development Planning"
        full = li.group("name")
        hit = lookup(full)
        return _Speaker(display_name(hit[0]) or full if hit else full, hit[0] if hit else entity_key(full))
    low = np.lower()
    hw = _OUTLET_HEADLINE.match(np)
    hw_outlet = _outlet_of(hw.group("o"), guess=True) if hw else None
    if hw_outlet:  # "The NY Daily News headline taunted"
        return _Speaker(None, None, outlet=hw_outlet)
    outlet = canonical_outlet(np) or described_outlet(np) or _subject_outlet(np.split(",")[0])
    if outlet:
        return _Speaker(None, None, outlet=outlet)
    po = _POSSESSOR_LEAD.match(np)
    if po and re.search(r"\b[A-Z]", po.group("rest")) and len(po.group("rest").split()) >= 2 and (
        po.group("x").lower() in COUNTRIES or po.group("rest")[:1].islower()
        or any(m.type == "PLACE" for m in find_entities(po.group("x")))
    ):
        # "Zambia's state power utility ZESCO", "Vanuatu's National Disaster Management Office",
        # "North Macedonia's junior coalition partner VLEN": the body, not the country
        whole = _INSTITUTION.match(po.group("rest"))
        if whole and not lookup(whole.group("name")):
            # "Council of State": the whole name (but "Russia's Defense Ministry" stays whole:
            # the table's generic "Ministry of Defense" would lose whose it is)
            name = whole.group("name")
            return _Speaker(name, entity_key(name))
        sub = _classify_np(po.group("rest"), earlier) if not whole else _Speaker(None, None)
        if sub.name and sub.name[:1].isupper() and not sub.anaphor:
            return sub
    if low in _PRONOUNS or _AGE_ANAPHOR.match(np) or _PRONOUN_CLAUSE.match(np) or (
        re.match(r"^the\s+\w+$", low) and low.split()[1].rstrip("s") in DEMONYMS
    ):  # "the 34-year-old", "the Mexican": the person just written about
        return _Speaker(None, None, anaphor="pronoun")
    if _NEGATED.match(np):  # "No group has claimed …"
        return _Speaker(None, None)
    fam = _FAMILIAR.match(np)
    if fam:
        label = re.sub(r"^(?:an?|two|three|four|five|several|multiple|some|\d+)\s+", "", np, flags=re.I).lower()
        return _Speaker(label, label)  # "two people familiar with the matter" -> "people familiar …"
    if _OUTLET_ANAPHOR_NP.match(np) and len(np.split()) <= 4:
        return _Speaker(np.split()[-1].lower().strip(".,"), None, anaphor="outlet")
    # "The Executive Director of the … Agency (NPHCDA), Ngozi Okafor,", "The NPP's General
    # Secretary, Samuel Adjei-Boateng,": a title, then the person holding it
    # (also across commas: "The Ministry of Environment, Forestry and Tourism's deputy director,
    # Ndahafa Kapolo")
    parts = [c.strip() for c in np.split(",") if c.strip()]
    if len(parts) >= 2 and _PROPER_NAME.fullmatch(parts[-1]) and " " in parts[-1] and any(
        re.sub(r"['’]s$", "", w.lower().strip(".,")) in _TITLE_OR_ROLE
        for w in " ".join(parts[:-1]).replace("-", " ").split()  # "President-General"
    ):
        pents = [m for m in find_entities(parts[-1]) if m.type in {"PERSON", "MISC"}]
        if len(pents) == 1 and pents[0].text == _untitled(parts[-1]):
            return _name_speaker(pents[0], earlier)
    # "The UN Office for the Coordination of Humanitarian Affairs (OCHA)": the full name
    np_owned = re.sub(r"^(?:[Tt]he\s+)?[A-Z][\w’'-]*['’]s\s+(?=[A-Z])", "", np)  # "Singapore's Land … (LTA)"
    defs = acronym_definitions(np_owned) if "(" in np else []
    pp = _PERSON_OF_PLACE.match(np) if defs else None
    if defs and defs[0][2] <= 4 and np.rstrip().endswith(")") and not (
        pp and guess_type(_untitled(pp.group("p"))) == "PERSON" and "'" not in pp.group("p") and "’" not in pp.group("p")
    ):  # not "… Party (DPP) caucus whip Lin", nor "Ali Bozkurt of the Republican People's Party (CHP)"
        full = defs[0][1]
        hit = lookup(full)
        return _Speaker(display_name(hit[0]) or full if hit else full,
                        hit[0] if hit else entity_key(full))  # fmt: skip
    pf_np = np.split(",")[0] if re.match(r"^[^,]+,\s+(?:of|from)\s+[^,]+,?$", np) else np
    pf = _PORTFOLIO_THEN_NAME.match(pf_np) if "," not in pf_np else None  # (", of the Pirate Party,")
    if pf and pf.group("title").lower() in _TITLE_OR_ROLE:
        # "Deputy mayor for transport Tomáš Vencl", "Consumer NZ head of research Paula Greer":
        # a title with its portfolio, then the person holding it
        pents = [m for m in find_entities(pf.group("name")) if m.type in {"PERSON", "MISC"}]
        if len(pents) == 1 and pents[0].text == pf.group("name"):
            return _name_speaker(pents[0], earlier)
    rn = _ROLE_THEN_NAME.search(np) if "," not in np else None
    last_role = rn.group("role").split()[-1].lower() if rn else ""
    if rn and not _PREPOSITION_IN.search(rn.group("role")) and (last_role in TITLES or _agentive(last_role)):
        pents = [m for m in find_entities(rn.group("name")) if m.type in {"PERSON", "MISC"}]
        if len(pents) == 1 and pents[0].text == rn.group("name") and " " in pents[0].text:
            # "Democratic Progressive Party (DPP) caucus whip Lin Chih-hao": the person at the end
            return _name_speaker(pents[0], earlier)
    ab = _WORK_BY.match(np)
    if ab:  # "An analysis by the European Space Agency published in April": the body behind it
        return _classify_np(ab.group("o"), earlier)
    dn = _NAME_THEN_KIND.match(np)
    if dn and not canonical_outlet(dn.group("name").strip()):
        name = dn.group("name").strip()
        hit = lookup(name)
        return _Speaker(display_name(hit[0]) or name if hit else name, hit[0] if hit else entity_key(name))
    df = _DESCRIBED_FIRM.match(np)
    if df and not canonical_outlet(df.group("name")):
        name = df.group("name")
        hit = lookup(name)
        return _Speaker(display_name(hit[0]) or name if hit else name, hit[0] if hit else entity_key(name))
    mf = re.match(r"^the\s+(?P<t>Minister|Secretary|Commissioner)(?:\s+of\s+State)?\s+(?:for|of)\s+[A-Z][\w ,&]+$", np, re.I)
    if mf:  # "The Minister for Transport": whoever was introduced with that title
        t = mf.group("t").lower()
        return _Speaker(t, t, definite=True)
    # "a number of female students", "dozens of residents": the people counted speak
    np = _QUANTIFIER.sub("", np, count=1) or np
    chunks = [c.strip() for c in np.split(",") if c.strip()]
    # a proper name in apposition after the head: "Member of …, Abdulrahman al-Jumaie, affirmed"
    apposed_name = len(chunks) > 1 and _is_proper_name(chunks[1])
    posted = _POSTED_IN.match(chunks[0]) if chunks else None
    if posted:  # "The UN Assistance Mission in Afghanistan": whole (an embassy is shown without its city)
        name = posted.group("name")
        hit = lookup(name)
        return _Speaker(display_name(hit[0]) or name if hit else name, hit[0] if hit else entity_key(name))
    rep = _representing(chunks)
    if rep:  # "a spokesperson for Harrow Crest Homes", "An NBC spokesperson": the body, via its role
        return rep
    # "Associate Professor Ng Kai Xin of the National University of Singapore": the person
    po = _PERSON_OF_PLACE.match(chunks[0]) if chunks else None
    if po:
        pents = find_entities(po.group("p"))
        named = [w for w in pents[-1].text.split() if w.lower().strip(".") not in TITLES] if pents else []
        if pents and pents[-1].type in {"PERSON", "MISC"} and len(named) >= 2 and all(
            w[:1].isupper() for w in named
        ) and not lookup(pents[-1].text) and not _KIND_WORD.search(pents[-1].text):
            # (not "The International Committee of the Red Cross": a body's name goes on)
            return _name_speaker(pents[-1], earlier)
    inst = _INSTITUTION.match(chunks[0]) if chunks else None
    if inst and (
        len([m for m in find_entities(inst.group("name")) if m.type != "PERSON"]) > 1
        # "The International Committee of the Red Cross": a body's name that goes on after "of"
        or _KIND_WORD.search(re.split(r"\s+(?:of|for)\s+", inst.group("name"))[0])
    ):
        # "the United Nations Office for the Coordination of Humanitarian Affairs": whole
        full = re.sub(r"^The\s+", "", inst.group("name"))
        hit = lookup(full)
        parts = re.split(r"\s+of\s+the\s+", full)
        if hit is None and len(parts) > 1 and " of " in parts[0]:
            # "Ministry of Public Health of the Islamic Emirate": the body, not its state
            full = re.sub(r"^The\s+", "", parts[0])
            hit = lookup(full)
        return _Speaker(display_name(hit[0]) or full if hit else full,
                        hit[0] if hit else entity_key(full))  # fmt: skip
    whole_ents = find_entities(chunks[0]) if chunks and (" for the " in chunks[0] or " & " in chunks[0]) else []
    if len(whole_ents) == 1 and whole_ents[0].type != "OUTLET" and whole_ents[0].text == re.sub(
        r"^[Tt]he\s+", "", chunks[0].strip()
    ):  # "The Centers for Medicare & Medicaid Services", "… Headquarters for the Treatment of …"
        return _name_speaker(whole_ents[0], earlier)
    head_chunk = _CUT.split(chunks[0])[0].strip() if chunks else np
    # "Rep. Dale Kowalczyk of Ohio": a politician's state or district is not the name
    po = _PERSON_OF_PLACE.match(head_chunk)
    if po:
        pents = find_entities(po.group("p"))
        if pents and pents[-1].type in {"PERSON", "MISC"} and " " in pents[-1].text and not _KIND_WORD.search(
            pents[-1].text
        ):
            return _name_speaker(pents[-1], earlier)
    det = re.sub(
        r"^(?:the|a|an|this|that|two|three|four|several|some|many|other)\s+",
        "",
        head_chunk,
        flags=re.I,
    )
    det_low = det.lower()
    if det_low in {"report", "news report"} and re.match(r"^the\b", head_chunk, re.I):
        return _Speaker(None, None, anaphor="report")
    if det_low in _DOCUMENTS or any(w in _DOCUMENTS for w in det_low.split()):
        definite = bool(re.match(r"^(?:the|this|that|his|her|their|its)\b", head_chunk, re.I))
        return _Speaker(None, None, anaphor="document" if definite else "indefinite-document")
    if det_low in _OUTLET_ANAPHORS and re.match(r"^the\b", head_chunk, re.I):
        return _Speaker(det_low, None, anaphor="outlet")
    head_chunk_outlet = canonical_outlet(head_chunk)
    if head_chunk_outlet:
        return _Speaker(None, None, outlet=head_chunk_outlet)
    words = det.split()
    head = words[-1] if words else ""
    if (
        len(words) == 1 and head[:1].isupper() and head[1:].islower()
        and head.lower() in ROLE_NOUNS and head.lower() not in _PRONOUNS and det == head_chunk
        and not apposed_name  # "Member of …, Abdulrahman al-Jumaie,"
    ):
        return _Speaker(head.lower(), head.lower())  # "Sources close to the club told …"
    if len(words) == 1 and det == head_chunk and head.lower() in _HONORIFICS:
        return _Speaker(head.lower(), head.lower(), definite=True)  # '"…," Lyonpo said': the minister named so
    # "the group said", "the military's media wing said" -> the organisation named before
    if (
        re.match(r"^the\b", head_chunk, re.I)
        and head.lower() in _ROLE_ANAPHORS
        and all(w[:1].islower() for w in words)
        and not (len(chunks) > 1 and _PROPER_NAME.fullmatch(chunks[1]))  # "The manufacturer, Pelham Pharma,"
    ):
        return _Speaker(head.lower(), None, anaphor="role")
    # "A resident of Pul-i-Khumri", "a spokesman for the police": the role is the speaker
    rm = re.match(
        r"^(?:(?P<det>(?i:the|a|an|one|two|three|several|some|many|other))\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)"
        r"(?P<role>[a-z][\w-]*)|(?P<plural>[A-Z][a-z]+s)|(?P<cap>[A-Z][a-z]+))\s+(?:of|for|from|in|at|near|with)\s",
        chunks[0] if chunks else np,
    )
    role = rm and (rm.group("role") or rm.group("plural") or rm.group("cap")).lower()
    if rm and rm.group("cap") and not apposed_name:
        role = None  # "Member of the Political Bureau, Abdulrahman al-Jumaie,": only with the name after it
    if role and (role in ROLE_NOUNS or rm.group("cap")):
        # "The spokesperson of the police, Mansir Hassan, confirmed": the named person
        if apposed_name:
            ents = [m for m in find_entities(chunks[1]) if m.type in {"PERSON", "MISC"}]
            if len(ents) == 1 and ents[0].text == _untitled(chunks[1]) and " " in ents[0].text:
                return _name_speaker(ents[0], earlier)
        if rm.group("role") and rm.group("mods") and rm.group("det").lower() != "the" and not any(
            w.lower() in _NOT_MODIFIERS for w in rm.group("mods").split()
        ):
            role = f"{rm.group('mods').strip()} {role}"  # "a senior official of …" -> "senior official", as written
        return _Speaker(role, role)
    # "The manufacturer, Pelham Pharma, said", "The council's chief executive, Martin Doyle,
    # warned": a name in apposition to the role
    # (the name may carry its affiliation: "The petitioner, Ngozi Ugwu-Agbo of the Labour Party,")
    named = _AFFILIATION.sub("", chunks[1]) if len(chunks) > 1 else ""
    named = re.sub(r"^\d{1,3}-year-old\s+", "", named)  # "One of the workers, 29-year-old Mohammad Hasan"
    if named.startswith("the ") and head and head.lower() in _ROLE_ANAPHORS:
        named = named[4:]  # "An animal welfare group, the Japan Animal Rights Network,"
    named = re.sub(r"^(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])", "", named)  # "senior advocate X", "economist X"
    named = re.sub(r"^[A-Z][\w.-]*-based\s+(?=[A-Z])", "", named)  # "Vancouver-based Pelly Ridge Resources Ltd."
    if head and (_lower_word(head) or head.lower() in _ROLE_FIRST) and named and _PROPER_NAME.fullmatch(named):
        ents = [m for m in find_entities(named) if m.type != "OUTLET"]
        if len(ents) == 1 and ents[0].text.rstrip(".") == _untitled(named).rstrip("."):  # ("… Ltd.")
            return _name_speaker(ents[0], earlier)
        bare = _untitled(named)
        if bare != named and _person_like(bare):  # "Mr Sunday Olatunji": a titled person
            return _name_speaker(Mention(bare, entity_key(bare), "PERSON", 0, len(bare)), earlier)
    if head and _lower_word(head) and head.lower() not in ROLE_NOUNS:
        # "An official familiar …": the last role noun before a trailing modifier
        roles = [w for w in words[:-1] if w.lower() in ROLE_NOUNS and w[:1].islower()]
        if roles:
            return _Speaker(roles[-1].lower(), roles[-1].lower())
    if head and _lower_word(head) and len(words) == 1 and re.match(r"^the\s", head_chunk, re.I):
        return _Speaker(head.lower(), head.lower(), definite=True)
    if (
        head and _lower_word(head) and len(words) <= 3 and len(chunks) == 1
        and re.match(r"^the\s", head_chunk, re.I) and all(w[:1].islower() for w in words)
        and _agentive(head)
    ):
        # "the prime minister said" -> whoever was introduced as minister
        return _Speaker(head.lower(), head.lower(), definite=True)
    if head and _lower_word(head):
        # descriptive subject ("two U.S. officials", "The UK's defence secretary, Ben Wallace")
        for c in chunks[1:]:
            for m in find_entities(c):
                if m.type == "PERSON":
                    return _name_speaker(m, earlier)
        first_cap = next((k for k, w in enumerate(words[:-1]) if w[:1].isupper()), None)
        if first_cap is not None and head.lower() in _ROLE_ANAPHORS:
            # "the Taliban administration", "the Chinese foreign ministry": a named body
            name = " ".join(words[first_cap:])
            return _Speaker(name, entity_key(name))
        if not _agentive(head):
            return _Speaker(None, None)  # "… load shedding", "the price": not who speaks
        # "the Italian coach said": may name the person the article is about
        definite = bool(re.match(r"^the\s", head_chunk, re.I))
        mods = words[:-1]
        while mods and (mods[0].lower() in _LEADING_DROP or mods[0].isdigit()):
            mods = mods[1:]  # "but two people" -> "people"
        label = head.lower()
        if not definite and 0 < len(mods) <= 2 and head.lower() in ROLE_NOUNS and all(
            _MODIFIER.fullmatch(w) and w.lower() not in _NOT_MODIFIERS for w in mods
        ):
            label = " ".join(mods + [head]).lower()  # "a senior diplomat" -> "senior diplomat", as written
        return _Speaker(label, label, definite=definite)
    ents = [m for m in find_entities(head_chunk) if m.type != "OUTLET"]
    if ents:
        persons = [m for m in ents if m.type in {"PERSON", "MISC"}]
        whole = _INSTITUTION.match(re.sub(r"^[Tt]he\s+", "", head_chunk))
        name = whole.group("name") if whole else ""
        if not persons and ents[-1].type == "ORG" and ents[-1].text != name and ents[-1].text in name and not lookup(name):
            # "The Russian Defense Ministry": the whole name, not the generic "Ministry of
            # Defense" the alias table would show (Russia's and Armenia's are two bodies)
            return _Speaker(name, entity_key(name))
        return _name_speaker(persons[-1] if persons else ents[-1], earlier)
    if head:
        return _Speaker(det, entity_key(det))
    return _Speaker(None, None)


# roles through which a named body speaks: "a spokesperson for X", "analysts at X"
_REPRESENTS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople representative representatives analyst
    analysts lawyer lawyers attorney attorneys researcher researchers investigator investigators
    forecaster forecasters economist economists scientist scientists official officials source
    sources executive executives auditors inspectors prosecutors""".split()
)
_BODY_START = re.compile(
    r"(?:the\s+)?(?P<name>" + _NAMEWORD + r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?" + _NAMEWORD + r")*)"
)


_REP_ROLE = "|".join(sorted(_REPRESENTS, key=len, reverse=True))
_ROLE_FOR_BODY = re.compile(
    r"^(?:(?i:the|a|an|one|two|three|four|several|some)\s+)?(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<role>(?i:" + _REP_ROLE + r"))\s+(?P<prep>for|at|with|of|from)\s+(?P<the>the\s+)?(?P<body>"
    + _NAMEWORD + r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?" + _NAMEWORD + r")*)$"
)
_BODY_ROLE = re.compile(
    r"^(?i:the|a|an)\s+(?P<body>" + _NAMEWORD + r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?"
    + _NAMEWORD + r")*)\s+(?P<role>" + _REP_ROLE + r")$"
)


def _representing(chunks: list[str]) -> _Speaker | None:
    """A body speaking through a role: "a spokesperson for Harrow Crest Homes", "Analysts at
    Mizuho Securities", "An NBC spokesperson". Shown as written (without the article), keyed to
    the body, so the body and its spokesperson count as one source. Not when a person is named
    in apposition ("The spokesperson for X, Mansir Hassan,"), nor for places ("officials from
    Pakistan"). An outlet's spokesperson speaks for the outlet: a speaker, never a citation."""
    if not chunks or len(chunks) > 1 and _PROPER_NAME.fullmatch(chunks[1]):
        return None
    m = _ROLE_FOR_BODY.match(chunks[0]) or _BODY_ROLE.match(chunks[0])
    if not m:
        return None
    body = m.group("body").rstrip(".,")
    if guess_type(body) == "LOC" or body.lower() in COUNTRIES or re.search(r"['’]s?$", body):
        # (not "the WSJ's sources": an outlet's sources credit the outlet)
        return None
    hit = lookup(body)
    key = hit[0] if hit else entity_key(body)
    role = m.group("role").lower()
    if "prep" in m.groupdict() and m.group("prep"):
        mods = m.group("mods").strip()
        shown = f"{mods + ' ' if mods else ''}{role} {m.group('prep')} {m.group('the') or ''}{body}"
    else:
        shown = f"{body} {role}"
    # "The Kremlin spokesman": may name the person introduced as "Kremlin Spokesman Dmitry Peskov"
    return _Speaker(shown, key, definite=bool(re.match(r"^the\s", chunks[0], re.I)) and shown.endswith(role))


_MODIFIER = re.compile(r"[A-Za-z][a-z]*(?:[.-][A-Za-z][a-z]*)*\.?")  # "senior", "centre-left", "U.S."
_LEADING_DROP = frozenset(
    """but and or yet so two three four five six seven eight nine ten several some many few dozens
    hundreds thousands numerous multiple both""".split()
)
_NOT_MODIFIERS = frozenset(
    """one its their his her our my your what which who whom it to after before for of in on at by
    with that this these those all any each every no not only also other another more most such
    posting saying told""".split()
)
_AGENT_SUFFIX = re.compile(
    r"(?:er|or|ist|ian|ant|ent|eer|ess|man|men|woman|women|person|people|ary|ee|ster)s?$"
)
_NOT_AGENTS = frozenset(
    """meant sent spent went lent bent dealt felt kept slept left built want wants number numbers order orders paper papers letter letters water border matter matters
    centre center quarter quarters shelter power powers weather summer winter winters october
    november december september event events percent cent content statement government
    department parliament agreement moment incident settlement treatment investment payment
    announcement development equipment environment comment comments element movement
    management document documents series however never other others another after over under
    whether either neither rather ever together further later former latter earlier per
    for nor or their there where here whenever wherever meanwhile moreover giant giants""".split()
)
_MORE_AGENTS = frozenset(
    """clerk clerks staff crew fans fan victim victims parent parents family families chef
    nurse nurses pilot pilots police army military union unions ministry council board
    court committee government cabinet club team side firm company group agency office
    residents villagers locals youth youths doctor doctors surgeon guard guards neighbour
    neighbours neighbor neighbors friend friends husband wife son daughter brother sister
    girl boy child children classmate classmates colleague colleagues veteran veterans
    relative cousin uncle aunt grandmother grandfather widow fiancé fiancée partner insider
    insiders aide aides counsel guest guests hostage hostages schoolgirl schoolboy user users
    author authors admin sysadmin
    executive executives representative representatives
    relatives detective detectives coastguard coastguards lifeguard firefighters rescuers
    paramedics medics refinery hospital club school university airport museum mission
    operator plant council""".split()
)


def _agentive(word: str) -> bool:
    """A common noun that can name who speaks ("officials", "traders", "the owner"), not a
    thing ("shedding", "the price", "complaints") left as the subject of a reporting verb."""
    w = word.lower().strip(".,'’")
    if w.endswith("ies") and w[:-3] + "y" in ROLE_NOUNS | _ROLE_ANAPHORS:
        return True  # "agencies", "authorities"
    if w.endswith("s") and w[:-1] in (ROLE_NOUNS | TITLES | _MORE_AGENTS) - _DOCUMENTS:
        return True  # "chiefs", "governors"
    if w in ROLE_NOUNS or w in _ROLE_ANAPHORS or w in _DOCUMENTS or w in TITLES or w in _MORE_AGENTS:
        return True
    if w in _NOT_AGENTS or w.endswith(("ing", "ed", "ment", "ments", "ance", "ances", "ence", "ences")):
        return False
    return bool(_AGENT_SUFFIX.search(w))


_POST_NOMINAL = re.compile(r"(?:,?\s+(?:KC|QC|SC|SAN|MP|MEP|MSP|MLA|MPP|OBE|MBE|CBE|Jr\.?|Sr\.?))+$")


_SENTENCE_ROLES = frozenset(
    """resident farmer shopkeeper driver nurse teacher student fan councillor councilor
    survivor passenger villager trader vendor owner worker miner volunteer coach captain
    striker midfielder defender goalkeeper mother father grandmother grandfather""".split()
)
_CAPITALISED_ROLES = ROLE_NOUNS | _SENTENCE_ROLES


def _name_speaker(m: Mention, earlier: list[Mention]) -> _Speaker:
    lead = re.match(r"^[A-Z][a-z]+-of-[\w-]+\s+", m.text)
    if lead:  # "Mother-of-three Saira Hussain"
        text = m.text[lead.end() :]
        m = Mention(text, entity_key(text), m.type, m.start + lead.end(), m.end)
    if _POST_NOMINAL.search(m.text) and " " in _POST_NOMINAL.sub("", m.text):
        # "Sarah Whitfield KC", "Keir Starmer MP": the person, not the post-nominal letters
        text = _POST_NOMINAL.sub("", m.text)
        m = Mention(text, entity_key(text), m.type, m.start, m.start + len(text))
    words = m.text.split()
    if (
        len(words) >= 3 and words[0].lower() in _CAPITALISED_ROLES
        and not words[0].endswith("s") and _person_like(" ".join(words[1:])) and not lookup(m.text)
    ):
        # "Resident Carla Jennings", "Farmer Ahmad Zaki": a role capitalised at the start
        text = " ".join(words[1:])
        m = Mention(text, entity_key(text), "PERSON", m.end - len(text), m.end)
    full = m
    if " " not in m.text.strip():
        r = resolve_surname(m.text, earlier)
        if r is not None:
            full = r
    hit = lookup(full.text)
    key = hit[0] if hit else full.key
    name = display_name(key) if hit else full.text
    typ = hit[1] if hit else full.type
    return _Speaker(name or full.text, key, is_person=typ in {"PERSON", "MISC"} and typ != "ORG")


def analyse_sentence(
    sentence: str, spans: list[tuple[int, int]], earlier: list[Mention]
) -> tuple[Attribution, _Speaker | None]:
    """Attribution from the sentence alone; cross-sentence rules are applied later."""
    att = Attribution(quote_spans=list(spans))
    masked = _mask_quotes(sentence, spans)
    pos = 0
    m = _DISCOURSE.match(masked)
    if m:
        pos = m.end()
    chain: list[str] = []
    forward_cited: str | None = None
    m = _LEAD_CLOCK.match(masked, pos)
    if m:  # "10:30 GMT – The US Geological Survey said …" (a live blog's entry time)
        pos = m.end()
    m = _LEAD_DASH.match(masked, pos) or _LEAD_LABEL.match(masked, pos)
    if m and not _SPEECH_WORD.search(m.group(0)):
        # "- Zambia's …" (a dateline's dash left over), "That has caused friction: Algeria's
        # ministry said …", "Why it matters: …": the clause after the colon has the subject
        pos = m.end()
    m = _LEAD_PLACE.match(masked, pos) or _LEAD_DATELINE.match(masked, pos)
    if m:  # "In Kabul, …", "Kabul, Afghanistan – …"
        pos = m.end()
    m = _PREFIX_CONTEXT.match(masked, pos)
    if m:
        pos = m.end()
        io = _INTERVIEW_WITH.search(m.group(0))
        o = canonical_outlet(io.group("o")) if io else None
        if io and o is None and m.group("kind").lower() in {"interview", "comments", "remarks"} and (
            not _PERSON_TITLE.match(io.group("o"))
        ):  # "In comments to Prensa Libre,": an interview is given to an outlet
            o = _outlet_of(io.group("o"), guess=True) or _unknown_outlet_name(io.group("o"), True)
        ap = _SERVICE_APPOSITION.match(masked, pos) if io else None
        if ap:  # "In an interview with Azattyk, the Kyrgyz service of Radio Free Europe, he said"
            o = o or _outlet_of(io.group("o"), guess=True) or _unknown_outlet_name(io.group("o"), True, True)
            if o:
                pos = ap.end()
        if o:
            forward_cited = o
        elif re.match(r"In\s+(?:the\s+same|that|the(?:\s+[\w-]+)?)\s+(?:interview|remarks|comments)\b",
                      m.group(0), re.I):
            att._outlet_anaphor = True  # "In the same interview, he said": the outlet before
        else:
            # "In a statement released later, Lang said …": a new occasion, so an
            # outlet credited for an earlier interview does not carry over
            att._fresh_context = True
    m = _LEAD_TIME.match(masked, pos)
    if m:
        pos = m.end()
    m = _AS_REPORTED.match(masked, pos)
    if m:  # "As Ukrinform reported earlier, the Navy said …": the outlet, then the speaker
        o = _outlet_of(m.group("o"), guess=True) or _unknown_outlet_name(m.group("o"), True)
        if o:
            forward_cited = forward_cited or o
            pos = m.end()
    if _NEW_MEDIUM.search(masked, pos):
        att._fresh_context = True  # "… wrote on X": not the interview credited before
    m = _SPEAKING_TO.match(masked, pos)
    if m:
        who = _TIME_TAIL.sub("", m.group("o").strip())
        o = None if _OUTLET_ANAPHOR_NP.match(who) else (
            _outlet_of(who, guess=True) or _unknown_outlet_name(who, True)
        )
        if o:
            forward_cited = o
        elif _OUTLET_ANAPHOR_NP.match(who):
            att._outlet_anaphor = True
        else:
            att._fresh_context = True  # "Speaking later to reporters, he …": a new occasion
        pos = m.end()
    else:
        m = _LEAD_PARTICIPLE.match(masked, pos)
        if m:  # "Speaking at a press conference in the capital, Haddad said …"
            att._fresh_context = True
            ib = _INTERVIEWED_BY.match(m.group(0))
            o = ib and _outlet_of(ib.group("o"), guess=True)
            if o:  # "Interviewed by France Inter, she conceded …"
                forward_cited = o
            pos = m.end()
    m = _LEAD_SETTING.match(masked, pos)
    if m:
        pos = m.end()

    # past the lead: a digit group's comma is not a clause break ("More than 1,800 cases …,
    # the charity said"), and a bracketed aside is not part of the phrase around it
    # ("Superintendent of Police (Rural) Mukesh Mishra said", "Senator Ann Kerr (D-Ohio) said")
    masked = masked[:pos] + _PARTY_DISTRICT.sub(lambda x: " " * len(x.group(0)), _ASIDE_IN_BRACKETS.sub(
        lambda x: " " * len(x.group(0)), _DIGIT_COMMA.sub("0", masked[pos:])
    ))  # fmt: skip
    speaker: _Speaker | None = None
    trailing_outlet: str | None = None
    trail_start: int | None = None  # where a trailing "…, the station said" begins
    pa = _PARENTHETICAL.match(masked, pos)
    if pa:
        # "The attack, the source said, was carried out by …", "Overtime, he said, is …": the
        # speaker interrupts the clause, so the phrase before the comma is not the speaker
        sp = _classify_np(pa.group("np"), earlier)
        if (sp.name or sp.anaphor) and not sp.outlet:
            speaker = sp
    cm = _CITING_SUBJECT.match(masked, pos)
    # (a person rarely leads with "citing": even a name shaped like one is taken as an outlet)
    co = cm and (_outlet_of(cm.group("o")) or _unknown_outlet_name(cm.group("o"), True, True))
    if co:
        # "Novaya Gazeta Europe, citing an election official, said …": who cites is an outlet
        forward_cited = co

    m = _QUOTED_AS.match(masked, pos)
    if m:
        o = _outlet_of(m.group("o"), guess=True) or _unknown_outlet_name(m.group("o"), True)
        if o or _OUTLET_ANAPHOR_NP.match(m.group("o")):
            # "The channel quoted Khattak as saying …"
            forward_cited = o
            att._outlet_anaphor = o is None
            speaker = _classify_np(m.group("np"), earlier)
    qb = _QUOTED_BY.search(masked, pos) if "quoted" in masked else None
    if qb and speaker is None:
        # "…," Asif was quoted as saying by the newspaper; "X was quoted by G4Media as saying …"
        o = _outlet_of(qb.group("o"), guess=True) or _unknown_outlet_name(qb.group("o"), True)
        if o:
            forward_cited = forward_cited or o
        elif _OUTLET_ANAPHOR_NP.match(qb.group("o").strip()):
            att._outlet_anaphor = True
        sp = _classify_np(qb.group("np"), earlier)
        if sp.name or sp.anaphor:
            speaker = sp
    if speaker is None:
        for rx in (_TRAILING_NAMED, _TRAILING_APPOS, _INVERTED, _TRAILING):
            tm = rx.search(masked, pos)
            if tm and tm.start() > pos and (
                len(tm.group("rest").split()) <= 12 or _CLAUSE_AFTER.match(tm.group("rest"))
                or rx is _TRAILING_NAMED  # ", the Returning Officer, Prof. X, said the … was leading"
                or (tm.group("v") == "told" and (_TOLD_OBJECT.match(tm.group("rest"))
                                                  or _TOLD_AUDIENCE.match(tm.group("rest"))))
                or (rx is _INVERTED and (_APPOSITION_AFTER.match(tm.group("rest"))
                                         or _APPOSED_NAME.match(tm.group("rest"))))
            ):
                np = tm.group("np")
                li = _LISTED_INSTITUTION.search(masked, pos, tm.end("np")) if rx is _TRAILING else None
                if li and li.end() == tm.end("np") and li.start() < tm.start():
                    np = li.group(0)  # "…, the Department of A, B and C said": the whole name
                if rx is _TRAILING and _CLAUSE_PRONOUN.match(" " + np):
                    # '"…working," although he acknowledged …': he is the main clause's subject
                    sv = _NAMED_SUBJECT.match(masked, pos)
                    np = sv.group("np") if sv and sv.end("np") <= tm.start() else np.split()[-1]
                if rx is _INVERTED and _TIME_NP.match(np):
                    continue  # "…, said on Friday.": a time, the subject is before "said"
                named = rx is _INVERTED and _APPOSED_NAME.match(tm.group("rest"))
                if len(np.split()) > 9 or not (_plausible_np(np) or named) or _SPEECH_WORD.search(np):
                    continue  # "…, said he welcomed …": the subject is before "said"
                if rx is _TRAILING_APPOS and len(np.split()) > 6:
                    continue
                sp = _classify_np(np, earlier)
                ap = _APPOSED_NAME.match(tm.group("rest")) if rx is _INVERTED else None
                if ap and not sp.outlet:
                    # '"…," said the agency's director, Ana Ruiz.': the person named
                    pents = [m for m in find_entities(ap.group("name")) if m.type in {"PERSON", "MISC"}]
                    if len(pents) == 1 and pents[0].text == ap.group("name"):
                        sp = _name_speaker(pents[0], earlier)
                if not sp.outlet and tm.group("v") in ("reported", "reports", "wrote", "writes"):
                    # "…, Corriere della Sera reported.": a name that reports, not a person
                    # (a one-word name only with "the": "the Courier-Mail reported")
                    o = _outlet_of(np) or _unknown_outlet_name(np, np.strip().startswith("the "))
                    if o:
                        sp = _Speaker(None, None, outlet=o)
                if sp.outlet or sp.anaphor == "outlet":
                    trail_start = tm.start()
                if sp.outlet:
                    trailing_outlet = sp.outlet
                elif sp.anaphor == "outlet" and _OUTLET_NAME_BEFORE.fullmatch(masked[pos : tm.start()].strip()):
                    # "Suwayda 24, a local news website, reported": the name before the apposition
                    pre = masked[pos : tm.start()].strip()
                    trailing_outlet = _outlet_of(pre, guess=True) or pre
                    trail_start = pos
                elif sp.anaphor == "outlet":
                    # "…, the broadcaster reported." credits the last named outlet
                    att._outlet_anaphor = True
                    att._body_anaphor = sp.name == "agency"
                    att._cited_scope = "run"
                elif sp.name or sp.anaphor:
                    speaker = sp
                else:
                    continue
                break
    sm0 = _LEAD_SUBJECT.match(masked, pos)
    if sm0:
        # "Agence France-Presse had earlier put the figure at 27", "Private broadcaster ITV
        # Tanzania put the toll at 41": a known or plainly described outlet as the subject
        subj = sm0.group("s").strip().rstrip(",")
        o = canonical_outlet(subj) or described_outlet(subj) or _subject_outlet(subj)
        if o:
            forward_cited = forward_cited or o
    for xm in _X_REPORTED.finditer(masked, pos):
        # "… a day after Sin Chew Daily reported that …", "…, the Herald Sun understands."
        o = _outlet_of(xm.group("o")) or _unknown_outlet_name(xm.group("o")) or (
            xm.group("o") if _CAMEL_OUTLET.fullmatch(xm.group("o")) else None  # "BusinessDesk reported"
        )
        if o:
            forward_cited = forward_cited or o
            if speaker is not None and speaker.name and o.endswith(speaker.name):
                speaker = None
    tdm = _TOLD_DESCRIBED.search(masked) if ("told" in masked or " to " in masked) else None
    if tdm:  # "told the independent Abkhaz newspaper Nuzhnaya Gazeta"
        forward_cited = forward_cited or _outlet_of(tdm.group("o"), guess=True) or tdm.group("o").rstrip(".,;:")
    for tm in _TOLD.finditer(masked):
        if _BODY_NAME_GOES_ON.match(masked, tm.end()) and not canonical_outlet(tm.group("o")):
            continue  # "told the House Homeland Security, Public Safety and … Committee": a body
        o = _outlet_of(tm.group("o"), guess=True)
        if o is None and re.search(r"broadcaster|newspaper|daily|channel|station|radio|television|magazine|"
                                   r"agency|network|outlet|website|portal|weekly|tabloid", tm.group("desc") or ""):
            o = tm.group("o").strip().rstrip(".,;:")  # "told Greek broadcaster Skai": an outlet
        if o is None and re.match(r"\s+(?:television|TV|radio|newspaper|daily|channel|news\s+agency|website)\b",
                                  masked[tm.end():]):
            o = tm.group("o").strip().rstrip(".,;:")  # "told Skai television that …"
        told_last = re.fullmatch(r"\s*\.?\s*", masked[tm.end():]) and re.search(r"[”\"]\s*[^”\"]{0,40}$", masked[: tm.start()])
        if o is None and not tm.group("desc") and (_TOLD_WHAT.match(masked, tm.end()) or told_last) and (  # "…," he told Var-Matin.
            _lone_outlet_word(tm.group("o"), earlier)
        ):
            o = tm.group("o").strip().rstrip(".,;:")  # "told Bruzz that …": one word nobody in the story is called
        if o:
            forward_cited = forward_cited or o
    low = masked.lower()
    if ("told" in low or "quoted" in low or "to the" in low) and _TOLD_ANAPHOR.search(masked):
        att._outlet_anaphor = True
    interviews = (
        _INTERVIEW_WITH.finditer(masked)
        if any(w in low for w in ("interview", "comments", "remarks", "conversation",
                                  "statement", "speaking", "talking", "mail", "message",
                                  "reply", "response", "note"))
        else ()
    )  # fmt: skip
    for im in interviews:
        o = _outlet_of(im.group("o"), guess=True)
        if o:
            forward_cited = forward_cited or o
    po = _OUTLET_POSS_SOURCES.search(masked) if ("'s " in masked or "’s " in masked) else None
    if po and canonical_outlet(po.group("o")):  # "…, the WSJ's sources said": the Journal's reporting
        forward_cited = forward_cited or canonical_outlet(po.group("o"))
    wi = _WRITING_IN.search(masked) if "riting " in masked else None
    if wi:  # "Writing in The Herald, the former depute leader argued …"
        o = _outlet_of(wi.group("o"), guess=True) or _unknown_outlet_name(wi.group("o"), True, True)
        if o:
            forward_cited = forward_cited or o
    for om in _SAID_ON.finditer(masked):  # "Corvalán said on Radio Mitre", "speaking on BBC Radio 4"
        o = _outlet_of(om.group("o"), guess=True)
        if o is None and re.search(r"\b(?:speaking|talking|spoke|talked)\s+to\s", om.group(0)) and (
            _lone_outlet_word(om.group("o"), earlier)
        ):  # "speaking to Philenews on Wednesday", "a passenger who spoke to Ouest-France"
            o = om.group("o")
        if o and not _NEW_MEDIUM.search(om.group(0)):
            forward_cited = forward_cited or o
    for sm in _SEEN_BY.finditer(masked):
        o = _outlet_of(sm.group("o"), guess=sm.group(0).split()[0].lower() in _OUTLET_VERBS)
        if o:
            forward_cited = forward_cited or o
    for pm in _OUTLET_POLL.finditer(masked):  # "A Reuters poll of 30 economists …"
        o = canonical_outlet(pm.group("o"))
        if o:
            forward_cited = forward_cited or o
    bd = _BY_DESCRIBED.search(masked) if any(w in masked for w in (" by ", " on ", " in ")) else None
    if bd:  # "first published by the Malaga daily Diario Sur"
        forward_cited = forward_cited or _outlet_of(bd.group("o"), guess=True) or bd.group("o").rstrip(".,;:")
    for cm in _CITING.finditer(masked):
        if re.search(r"\b(?:without|not|never|no)\s+$", masked[max(0, cm.start() - 12) : cm.start()]):
            continue  # "reported, without citing sources, that …": nobody is cited
        o = canonical_outlet(cm.group("np"))
        rm = _OUTLET_WORK.match(cm.group("np")) if o is None else None
        if rm:  # "citing a Solomon Star report that …"
            o = _outlet_of(rm.group("o"), guess=True)
        if o:
            chain.append(o)
            continue
        ap = _APPOSED_NAME.match(masked[cm.end() :])
        pents = [m for m in find_entities(ap.group("name")) if m.type in {"PERSON", "MISC"}] if ap else []
        if len(pents) == 1 and pents[0].text == ap.group("name") and not (speaker and speaker.is_person):
            # "quoting the Taliban's Nangarhar police spokesman, Abdul Basir Zaheer, that …"
            speaker = _name_speaker(pents[0], earlier)
            continue
        cnp = _DATA_PREFIX.sub("", cm.group("np"), count=1) or cm.group("np")  # "citing data from …"
        if _EVIDENCE_NP.match(cnp):
            continue  # "citing footage broadcast by Citizen TV": evidence, not a speaker
        outlet_subject = speaker is not None and bool(speaker.name) and not speaker.anaphor and (
            canonical_outlet(speaker.name) is not None or (forward_cited or "").endswith(speaker.name)
        )  # "The Hindu BusinessLine reported last week, citing a person aware …": who is cited speaks
        if (speaker is None or outlet_subject) and _plausible_np(cnp):
            sp = _classify_np(cnp, earlier)
            if sp.anaphor == "role":  # "citing the regional health authority": as named
                label = re.sub(r"^(?:the|a|an)\s+", "", cnp.strip(), flags=re.I)
                sp = _Speaker(label, entity_key(label))
            if sp.name:
                speaker = sp
    for am in _ACCORDING.finditer(masked):
        pf = _POLL_FOR.match(am.group("np"))
        po = pf and _outlet_of(pf.group("o"), guess=True)
        if po:  # "according to projections by the gfs.bern institute for broadcaster SRG"
            forward_cited = forward_cited or po
            sp = _classify_np(pf.group("body"), earlier)
            if speaker is None and sp.name and not sp.anaphor and not sp.outlet:
                speaker = sp
            continue
        kept = _KEPT_BY.match(am.group("np"))
        if kept:  # "according to a tally kept by the Winnipeg Free Press"
            ko = kept.group("o").strip()
            o = _outlet_of(ko, guess=True) or _unknown_outlet_name(ko, single_ok=ko.lower().startswith("the "))
            if o:  # also "according to a report by the Kurier"
                forward_cited = forward_cited or o
                continue
        o = canonical_outlet(am.group("np")) or _outlet_of(am.group("np"))
        if o is None and _APPOSED_OUTLET.match(masked, am.end()):
            # "according to Rekord, a community newspaper in the capital,"
            o = _outlet_of(am.group("np"), guess=True) or _unknown_outlet_name(am.group("np"), True, True)
        if o:
            forward_cited = forward_cited or o
            continue
        ap = _APPOSED_NAME.match(masked[am.end() :])
        pents = [m for m in find_entities(ap.group("name")) if m.type in {"PERSON", "MISC"}] if ap else []
        if speaker is None and len(pents) == 1 and pents[0].text == ap.group("name"):
            speaker = _name_speaker(pents[0], earlier)  # "According to the bride's father, Ram Prakash,"
            continue
        # "according to data from the National Centre …": the body publishing the data
        anp = re.split(r"\s+(?:cited|quoted|relayed)\s+by\s", am.group("np"), maxsplit=1)[0]
        sp = _classify_np(_DATA_PREFIX.sub("", anp, count=1), earlier)  # "… Ministry cited by the daily X"
        if sp.outlet:
            forward_cited = forward_cited or sp.outlet
        elif sp.anaphor == "outlet":
            att._outlet_anaphor = True
            att._body_anaphor = sp.name == "agency"
        elif speaker is None and (sp.name or sp.anaphor):
            if sp.anaphor == "indefinite-document":
                continue
            speaker = sp
    if speaker is None and any(w in low for w in ("data", "figures", "statistics", "identified", "named as")):
        dm = _DATA_FROM.search(masked, pos)
        if dm:
            sp = _classify_np(dm.group("np") or dm.group("np2"), earlier)
            if sp.name:
                speaker = sp
    wr = _WHICH_REPORTED.match(masked, pos)
    if wr:  # "The Shift, which first reported the scheme in 2019, said …": the outlet
        o = _outlet_of(wr.group("n"), guess=True) or _unknown_outlet_name(wr.group("n"), True, True)
        if o:
            forward_cited = forward_cited or o
            if speaker is not None and speaker.name and o.endswith(speaker.name):
                speaker = None
    wm = _WHICH_SAID.search(masked, pos) if speaker is None else None
    if wm:
        # "… a cubesat built by the University of Strathclyde, which said …": the antecedent
        sp = _classify_np(wm.group("np"), earlier)
        if sp.outlet:
            forward_cited = forward_cited or sp.outlet
        elif sp.name and not sp.anaphor:
            speaker = sp
    # the subject before the first reporting verb; an outlet there is credited even when
    # the speaker came from elsewhere ("Ariana News reported, citing officials, …")
    lead = _ASIDE.sub(lambda x: " " * len(x.group(0)), masked) if ", " in masked else masked
    lm = _LEADING_VERB.search(lead, pos)
    mv = _MEDIUM_VERB.search(lead, pos) if any(w in lead for w in _MEDIUM_WORDS) else None
    if mv and (lm is None or mv.start() < lm.start()):
        lm = mv
    # "in five states have been …", "the claims were …": a plural noun, not the verb
    while lm and (lm.group("v") in _NOUN_FORMS and (
        _COUNTED.search(lead[: lm.start()])
        or (lm.group("v") in _NOUN_UNLESS_THAT and not _THAT_AFTER.match(lead, lm.end()))
    ) or _WHAT_THEY.search(lead[: lm.start()])):  # "in protest at what they say is …": a hedge
        lm = _LEADING_VERB.search(lead, lm.end())
    if (
        lm and speaker is None and trailing_outlet and not _SPEECH_ONLY.fullmatch(lm.group("v"))
        and not (_CLAIM_VERBS.fullmatch(lm.group("v")) and _CLAUSE_OBJECT.match(lead, lm.end()))
    ):
        lm = None
    if lm and trail_start is not None and lm.start() >= trail_start:
        lm = None  # the leading verb is the trailing outlet's own
    # "The claim was first revealed by …", "were reported": a passive verb has no speaker;
    # "As first revealed by the FT, officials have estimated …": the subject comes after
    if lm and _PASSIVE_BEFORE.search(lead[: lm.start() + 1]):
        comma = lead.find(", ", lm.end()) if re.match(r"\W*as\b", lead[pos:], re.I) else -1
        lm = None
        if comma > 0:
            pos = comma + 2
            lm = _LEADING_VERB.search(lead, pos)
    if lm:
        cj = list(_CONJUNCTION.finditer(lead, pos, lm.start()))
        if cj:  # "The players were not named, but two people familiar with the matter told …"
            pos = cj[-1].end()
        region = lead[pos : lm.start()]
        gn = _GAVE_NAME.search(masked, pos, lm.start())
        if gn and speaker is None:  # "A taxi operator, who gave his name only as Marlon, said"
            name = gn.group("name")
            speaker = _Speaker(name, entity_key(name), is_person=True)
            region = ""
        la = _LEAD_ADVERBIAL.match(region) if ", " in region else None
        if la and _plausible_np(region[la.end():]):
            # "A year after the attack though, the U.S. State Department said …": past the lead
            region = region[la.end():]
        cv = _COORDINATED_VP.match(region) if region.rstrip().endswith(" and") else None
        if cv and not _CLAUSE_IN_REGION.search(cv.group("np")):
            # "Spokesman Col. Steve Warren could not confirm the deaths and said …": the subject
            region = cv.group("np")
        cp = _CLAUSE_PRONOUN.search(region)
        sv = _NAMED_SUBJECT.match(masked, pos) if cp else None
        if sv and sv.end("np") <= pos + cp.start():
            # "Minister Luis Caputo celebrated …, although he acknowledged that …": "he" is
            # the main clause's subject
            region = sv.group("np")
        ap = _NAME_THEN_APPOSITION.match(region)
        if ap and _APPOSED_OUTLET.match(region, ap.end("name")) and lm.group("v") in (
            "reported", "reports", "said", "says", "wrote", "writes"
        ):  # "Suwayda 24, a local news website, reported that …"
            trailing_outlet = trailing_outlet or _outlet_of(ap.group("name"), guess=True) or ap.group("name")
            region = ""
        elif ap and (" that " in region or _CLAUSE_IN_REGION.search(region)):
            # "Turan Gas Transit, the state company that operates the line, said": the name
            region = ap.group("name")
        if (
            re.search(r"[A-Za-z]", region)
            and region.strip().lower() not in _DETERMINERS
            and not any(q in region for q in QUOTE_CHARS)
            and " that " not in region
            and len(region.split()) <= 30
            and not _CLAUSE_IN_REGION.search(region)
            and "_" not in region
        ):
            sp = _classify_np(region, earlier)
            if not sp.outlet and (lm.group("v") in ("reported", "reports", "wrote", "writes")
                                  or lm.group("v").endswith("reporting")) and (
                _REPORT_OBJECT.match(lead, lm.end())
            ):
                # "Milenio reported that …": an unknown name that reports is an outlet (one
                # word only with "reported": people write, and "Arabic reports of …" is a noun)
                o = _outlet_of(region.strip()) or _unknown_outlet_name(region.strip())
                if o:
                    sp = _Speaker(None, None, outlet=o)
            if sp.outlet:
                trailing_outlet = trailing_outlet or sp.outlet
            elif sp.anaphor == "outlet":  # "Citing officials, the newspaper said": credited too
                att._outlet_anaphor = True
                att._body_anaphor = sp.name == "agency"
            elif speaker is not None:
                pass
            elif sp.name or sp.anaphor:
                speaker = sp
                att._subject_span = (pos, pos + len(region.rstrip(" ,")))
    if speaker is None and not trailing_outlet and _SPEECH_PARTICIPLE.search(masked, pos):
        # "Economy Minister Luis Caputo celebrated the figure, writing that …": whoever acts
        # in the main clause is the one writing
        sv = _NAMED_SUBJECT.match(masked, pos)
        if sv and not _agentive(sv.group("v")):  # "Tanzanian authorities have …": a noun
            sp = _classify_np(sv.group("np"), earlier)
            if sp.name and not sp.outlet and not sp.anaphor:
                speaker = sp
                att._subject_span = (pos, pos + len(sv.group("np").rstrip()))
    if speaker is not None and speaker.anaphor == "indefinite-document":
        speaker = None
    if speaker is not None and speaker.name and not speaker.anaphor and (
        speaker.name.lower() in DEMONYMS or speaker.name.lower().rstrip("s") in DEMONYMS
    ):
        speaker = None  # "Swiss" alone is a nationality, never who speaks
    if speaker is not None and speaker.name and not speaker.anaphor:
        bare = re.sub(r"^(?:A|An|The)\s+(?=[a-z])", "", speaker.name.strip("'‘’\"“” "))  # "A company" -> "company"
        bare = _BASED.sub("", bare) or bare  # "Britain-based Syrian Observatory …" -> "Syrian Observatory …"
        if bare != speaker.name:  # "'Guru in bling': …": a quote mark is not part of a name
            speaker = replace(speaker, name=bare, key=entity_key(bare)) if bare else None
    if speaker is not None and speaker.name and not speaker.anaphor and speaker.name[:1].isupper():
        # "the American Institute in Taiwan", "the Directors Guild of Korea": a body named for a country
        at = sentence.find(speaker.name)
        ex = _FOR_COUNTRY.match(sentence, at + len(speaker.name)) if at >= 0 and _KIND_WORD.search(speaker.name) else None
        if ex and ex.group("c").lower() in COUNTRIES and " of " not in speaker.name:
            full = sentence[at : ex.end()]
            speaker = replace(speaker, name=full, key=entity_key(full))
    trailing_outlet, forward_cited = tidy_outlet(trailing_outlet), tidy_outlet(forward_cited)
    chain = [c for c in map(tidy_outlet, chain) if c]
    cited_now = trailing_outlet or forward_cited
    if speaker is not None and speaker.name and cited_now and (
        speaker.name == cited_now or cited_now.endswith(speaker.name)
    ):
        speaker = None  # "news website WysokieNapiecie.pl reported": the outlet, credited

    if trailing_outlet:
        att.cited_source = trailing_outlet
        att._cited_scope = "run"
        chain = [trailing_outlet] + chain
    elif forward_cited:
        att.cited_source = forward_cited
        att._cited_scope = "forward"
        chain = [forward_cited] + chain
    elif chain:
        att.cited_source = chain[0]
        att._cited_scope = "forward"
    att.cited_chain = list(dict.fromkeys(chain))
    att._own_attribution = (
        speaker is not None or att.cited_source is not None or att._outlet_anaphor
    )
    return att, speaker


_WHICH_SAID = re.compile(
    r"(?:\bby|\bfrom|\bwith|\bat|\bfor)\s+(?P<np>(?:the\s+)?[A-Z][^,;\"“”]{2,80}),\s+(?:which|who)\s+"
    r"(?:also\s+|later\s+)?(?:said|says|stated|told|added|warned|confirmed|wrote)\b"
)
_SPEECH_PARTICIPLE = re.compile(
    r",\s+(?:saying\s+\w|(?:writing|adding|arguing|noting|insisting|warning|claiming|stressing|"
    r"explaining|telling\s+\w+)\s+(?:that\b|[\"“:]))"
)
_GAVE_NAME = re.compile(
    r",\s+who\s+(?:gave|would\s+give|asked\s+to\s+be\s+identified|identified\s+(?:himself|herself))\s+"
    r"(?:(?:his|her|their)\s+(?:first\s+)?name\s+)?(?:only\s+)?(?:by\s+|as\s+)(?:only\s+)?(?:(?:Ms|Mr|Mrs)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?),"
)
_LEAD_ADVERBIAL = re.compile(
    r"^\s*(?:(?:A|An|One|Two|Three|Several|Some|A\s+few)\s+(?:years?|weeks?|months?|days?|hours?|decades?)\s+"
    r"(?:after|before|later|earlier|ago)|After|Before|Following|Despite|Amid|During|Since|Within|Under|Hours|Days|"
    r"Weeks|Months|Years|Shortly|Soon|Last\s+(?:week|month|year)|Earlier\s+(?:this|on)|Later|When|"
    r"In\s+(?:early\s+|late\s+|mid-)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:1[89]|20)\d\d(?=,))\b[^,]{0,70},\s+(?=\S)"
)
_COORDINATED_VP = re.compile(
    r"^\s*(?P<np>(?:[Tt]he\s+)?(?:[A-ZÀ-Ý][\w.'’-]*\s+|\([A-Z]{2,8}\)\s+|(?:[a-z]+\s+){1,2}(?=[A-ZÀ-Ý])){1,8}?)"
    r"(?:could|would|will|did|does|do|has|had|have|was|is|were|are|can|may|might|also|then|later|first)?\s*"
    r"(?:not\s+|n't\s+)?(?!(?:of|for|in|on|at|to|from|with|by|and|the|de|del|la)\b)"
    r"(?:[a-z]+(?:ed|es|s)|confirm|deny|say|tell|give|take|make|meet|visit|urge|call)\b[^,;]{0,80}\s+and\s*$"
)
_CLAUSE_PRONOUN = re.compile(
    r"[,;]?\s(?:although|though|while|but|and|as|because|since|whereas|after|before|when|which|that|what)\s+"
    r"(?:he|she|they|it)\s*$"
)
_NAMED_SUBJECT = re.compile(
    r"(?P<np>(?:The\s+)?(?:[A-Z][\w.'’-]*\s+|[a-z]+\s+(?=[A-Z])){1,8})"
    r"(?:(?:has|had|have|also|already|previously|earlier)\s+)*(?P<v>[a-z]+(?:ed|s))\b"
)
# "caucus whip Lin Chih-hao": a lower-case role right before a person's name
_PORTFOLIO_THEN_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[\w'’&.-]+\s+){0,3}?(?P<title>[A-Za-z][a-z-]+)\s+(?:for|of|on)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})$"
)
_PARENTHETICAL = re.compile(
    r"[^,\"“”]{2,80}?,\s+(?P<np>he|she|they|(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|says|wrote|writes|added|adds|noted|argued|"
    r"insisted|warned|explained|claimed|believes|believed|estimated|stressed)"
    r"(?:\s+(?:on|in|last|this)\s+[\w ]{2,20}?)?,\s+(?=[a-z\"“])"
)
_POSSESSOR_LEAD = re.compile(r"^(?:[Tt]he\s+)?(?P<x>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?P<rest>\S.*)$")
_PREPOSITION_IN = re.compile(r"\b(?:at|of|for|in|with|from|to|on|by|and|the|a|an)\b")
_ROLE_THEN_NAME = re.compile(
    r"(?:^|\s)(?P<role>(?:[a-z][\w-]*\s+){1,3})(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})$"
)
# "An analysis by the European Space Agency published in April": the body behind a study
_WORK_BY = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:analysis|report|study|survey|review|audit|investigation|"
    r"assessment|estimate|poll)\s+(?:by|from)\s+(?P<o>(?:the\s+)?[A-Z][^,]{2,80}?)"
    r"(?:\s+(?:published|released|issued|carried\s+out|conducted)\b.*)?$",
    re.I,
)
# "The Magen David Adom ambulance service", "The Sierpień 80 trade union": the name
_NAME_THEN_KIND = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>(?!(?:The|A|An|This|That|Its|Their)\s)(?:[A-Z0-9][\w.'’&-]*\s+){1,5})(?:[a-z]+\s+){0,2}(?:service|union|"
    r"association|charity|movement|alliance|network|federation|coalition|cooperative|guild)$"
)
# "Energy company DTEK", "Danish drugmaker Nordvik Pharma": the firm named after what it is
_DESCRIBED_FIRM = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}?(?i:company|firm|group|giant|maker|drugmaker|carmaker|automaker|"
    r"chipmaker|operator|provider|platform|carrier|insurer|lender|bank|retailer|startup|start-up|"
    r"utility|conglomerate|airline|developer|manufacturer|union|fund|pension\s+fund|charity|watchdog|"
    r"regulator|agency|body|organi[sz]ation|association|federation|club|party|militia|coalition|"
    r"processor|supplier|producer|distributor|exporter|importer|miner|refiner|shipper|shipbuilder|"
    r"brokerage|broker|chain|grocer|brewer|builder|contractor|consultancy|tracker|think\s+tank|"
    r"marketplace|exchange|app|airport|port\s+operator|investor|fintech|automaker|service)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|&)){0,4})$"
)


def _quote_groups(text: str, segs: list[Segment]) -> list[int]:
    """Group id per sentence; sentences inside one running quotation share an id."""
    groups = []
    gid = 0
    for i, seg in enumerate(segs):
        continues = (  # (across a paragraph break only when segment() carried the quote)
            i > 0
            and seg.quote_spans
            and seg.quote_spans[0][0] == seg.start
            and text[seg.start] not in QUOTE_CHARS
        ) or (i > 0 and _reopens(text, segs[i - 1], seg))
        if not continues:
            gid += 1
        groups.append(gid)
    return groups


# roles one person holds at a time ("the coach", "the mayor"), unlike "the official"
_ONE_HOLDER = frozenset(
    """coach manager captain minister president premier chancellor judge justice governor mayor
    senator ambassador envoy chairman chairwoman chair director commissioner king queen prince
    princess pope attorney secretary prosecutor striker midfielder defender goalkeeper
    founder officer leader general commander""".split()
)


_WIRES = frozenset(
    """reuters ap afp dpa efe ansa xinhua tass kyodo yonhap pti ani ians anadolu agency bernama
    antara kuna wam interfax ria novosti lusa apa pap ctk mti bta belga anp ntb tt stt ritzau
    notimex prensa latina europa press bakhtar pajhwok khaama amaq""".split()
)


_HOUSE_GENERIC = frozenset("the daily news sunday weekly online tv radio sport sports live".split())


def _same_house(cited: str, owns: set[str], own_family: str | None) -> bool:
    """The article's own outlet (by any of its names), a service of it, or a section of it
    ("Nation Sport" in the Daily Nation): every distinctive word of the credited name is one
    of the outlet's own."""
    if outlet_family(cited).lower() == own_family:
        return True
    for own in owns:
        if _short_form_of(cited, own):
            return True
        own_head = re.sub(r"\s*\(.*\)$", "", own).lower()  # "ABC (Australia)" -> "abc"
        if any(cited.lower().startswith(h + " ") for h in {own.lower(), own_head, own_family or ""} if h):
            return True  # "ABC Goldfields-Esperance" in an ABC story: a regional service of its own
        own_words = {w for w in re.findall(r"[\w’'-]+", own.lower()) if w not in _HOUSE_GENERIC}
        all_words = re.findall(r"[\w’'-]+", cited.lower())
        words = [w for w in all_words if w not in _HOUSE_GENERIC]
        if own_words and words and set(words) <= own_words and len(words) <= len(own_words) and (
            len(all_words) > len(words)  # a section word was added
        ):
            return True
    return False


_EDITION = re.compile(
    r"\s+(?:in\s+)?(?:English|International|Online|Digital|Edition|Español|Global|News|Magazine|Media)$", re.I
)  # "El País in English" -> El País, "Nature News" -> Nature


def _short_form_of(cited: str, own: str) -> bool:
    """A short name of the article's own outlet: its initials ("BI" in Business Insider),
    its last word ("the Herald" in the Buenos Aires Herald, unless the table knows that word
    as another outlet), or the outlet without its edition ("El País" in El País in English)."""
    c = re.sub(r"^the\s+", "", cited.strip(), flags=re.I).lower()
    o = re.sub(r"^the\s+", "", own.strip(), flags=re.I)
    if not c or not o or c == o.lower():
        return False
    caps = [w for w in o.split() if w[:1].isupper()]
    if cited.isupper() and len(caps) >= 2 and c == "".join(w[0] for w in caps).lower():
        return True
    if " " not in c and canonical_outlet(cited) is None and (
        o.lower().endswith(" " + c) or o.lower().startswith(c + " ")
    ):
        return True  # "the Herald" in the Buenos Aires Herald, "Journal" in Journal du Cameroun
    if " " in c and canonical_outlet(cited) in (None, canonical_outlet(own)) and o.lower().endswith(" " + c):
        return True  # "the Free Press" in the Winnipeg Free Press
    if re.fullmatch(re.escape(c) + r"\.[a-z]{2,3}", o.lower()):
        return True  # "Scroll" in Scroll.in
    bare = _EDITION.sub("", o)
    return bare != o and bare.lower() == c


def _is_news_agency(name: str) -> bool:
    """A wire service ("Reuters", "Anadolu Agency", "Khaama Press"), not a paper or channel."""
    low = name.lower()
    return bool(re.search(r"\b(?:agency|agence|agencia|agência|agenzia|press|presse|wire)\b", low)) or any(
        w in _WIRES for w in re.findall(r"[\w-]+", low)
    )


def _subject_person(mentions: list[Mention], sentence: str) -> tuple[str, str] | None:
    """The full name that opens a sentence as its subject ("Spanish teenager Pablo Ortega
    reached …"), when the sentence names more than one person."""
    persons = [m for m in mentions if m.type == "PERSON" and " " in m.text.strip()]
    if len(persons) < 2:
        return None
    first = persons[0]
    lead = sentence[: first.start]
    if len(lead) > 40 or re.search(r"[,;:\"“”]|\b(?:said|told|after|when|as|with|by)\b", lead):
        return None
    return display_name(first.key) or first.text, first.key


def _last_person_in(mentions: list[list[Mention]], i: int) -> tuple[str, str] | None:
    """The last full name (two words or more) named in the two sentences before `i`."""
    for j in (i - 1, i - 2):
        persons = [m for m in mentions[j] if m.type == "PERSON" and " " in m.text.strip()] if j >= 0 else []
        if persons:
            return display_name(persons[-1].key) or persons[-1].text, persons[-1].key
    return None


_CLOSING_QUOTES = "\"”’'"


def _reopens(text: str, prev: Segment, seg: Segment) -> bool:
    """A quotation running on into a new paragraph: the convention leaves the closing mark off
    at the paragraph's end and opens the next paragraph with a new one."""
    if not prev.quote_spans or seg.paragraph == prev.paragraph:
        return False
    end = prev.end
    while end > prev.start and text[end - 1].isspace():
        end -= 1
    return (
        prev.quote_spans[-1][1] >= end - 1
        and text[end - 1] not in _CLOSING_QUOTES
        and text[seg.start] in QUOTE_CHARS
    )


_LEAD_PRONOUN = re.compile(r"^(?:He|She|They)\b")
_LEAD_WORD = re.compile(r"^[A-Z][\w'’-]+\b")


_SHORT_NAME = re.compile(
    r"\b[Tt]he\s+(?P<w>Times|Post|Journal|Herald|Globe|Star|Tribune|Chronicle|Gazette|Telegraph|"
    r"Independent|Observer|Examiner|Inquirer|Sun|Mail|Express|Standard|Nation|Record|Bee|Courier|"
    r"Citizen|Dispatch|Sentinel|Mercury|Advertiser|Enquirer|Register)\b(?!\s+[A-Z])"
)


def _short_outlet(sentence: str, cited: str, earlier: list[Mention], owns: set[str]) -> str | None:
    """An outlet called by its last word ("the Times", "the Journal") is the one of that name
    the article named before ("Los Angeles Times"), or the article's own outlet (then "": no
    citation), rather than the table's paper of that short name (The Times of London).
    None when the sentence does not call an outlet so, or nothing earlier fits."""
    m = _SHORT_NAME.search(sentence)
    if not m:
        return None
    w = m.group("w")
    if cited not in {w, f"The {w}", canonical_outlet(f"the {w}")}:
        return None
    if any(o and o.split()[-1] == w for o in owns):
        return ""  # "the Times reported" in the Tampa Bay Times: its own reporting
    for mention in reversed(earlier):
        if mention.type != "OUTLET":
            continue
        full = canonical_outlet(mention.text) or mention.text
        if full.split()[-1] == w and full != cited:
            return full
    return None


def _rewrite(sentence: str, att: Attribution) -> str:
    """Decontextualise: drop "Meanwhile,", name the speaker where a pronoun or surname stood."""
    s = _DISCOURSE.sub("", sentence, count=1)
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    if not att.speaker:
        return s
    if att.how == "quote":
        return f"{att.speaker} said: {s.strip()}"
    m = _LEAD_PRONOUN.match(s)
    if m and att.how == "pronoun" and att.speaker[:1].isupper():
        return att.speaker + s[m.end() :]
    m = _LEAD_WORD.match(s)
    if m and " " in att.speaker:
        last = att.speaker.split()[-1].lower()
        word = m.group(0).lower()
        if word != att.speaker.split()[0].lower() and fuzz.ratio(word, last) >= 80:
            return att.speaker + s[m.end() :]
    return s


def attribute(
    text: str, segments: list[Segment], *, outlet: str | None = None,
    mentions: list[list[Mention]] | None = None,
) -> list[Attribution]:  # fmt: skip
    """Attributions for every segment of an article, in order."""
    own = (canonical_outlet(outlet) or outlet.strip()) if outlet else None
    if own is None:
        for seg in segments:
            if seg.agency:
                own = canonical_outlet(seg.agency) or seg.agency
                break
    own_family = outlet_family(own).lower() if own else None  # a service of it is it too
    owns = {own, outlet.strip()} if own and outlet else {own} if own else set()  # canonical and as given
    if mentions is None:
        mentions = [find_entities(text[s.start : s.end]) for s in segments]
    results: list[Attribution] = []
    speakers: list[_Speaker | None] = []
    earlier: list[Mention] = []
    speaker_mentions: list[Mention] = []  # resolved speakers win over other mentions
    acronyms: dict[str, tuple[str, str]] = {}  # "ISPR" -> (full name, key), per article
    outlets_named: list[str | None] = []  # last outlet named in or credited by each sentence
    people: set[str] = set()  # words of people's names seen so far, for the outlet model
    for seg, ments in zip(segments, mentions):
        sentence = text[seg.start : seg.end]
        rel = [(a - seg.start, b - seg.start) for a, b in seg.quote_spans]
        if seg.boilerplate:
            results.append(Attribution(quote_spans=list(seg.quote_spans), standalone_text=sentence))
            speakers.append(None)
            outlets_named.append(None)
            continue
        _learn_acronyms(sentence, ments, acronyms)
        att, sp = analyse_sentence(sentence, rel, earlier + speaker_mentions)
        if sp is not None and sp.name and sp.name in acronyms:
            full, key = acronyms[sp.name]
            sp = _Speaker(full, key, sp.anaphor, sp.outlet, sp.is_person)
        att.quote_spans = list(seg.quote_spans)
        if att.cited_source is None and not att._outlet_anaphor:
            # an outlet no rule reads ("complained to G4Media that …"), by the learned model
            found = best_outlet(sentence, ments, people, owns)
            tidied = tidy_outlet(found[0]) if found else None
            found = (tidied, found[1]) if tidied else None
            if found:
                att.cited_source, att.cited_chain, att._cited_scope = found[0], [found[0]], "forward"
                att._own_attribution = True
                if sp is not None and sp.name and not sp.anaphor and (
                    sp.name == found[0] or found[0].endswith(sp.name) or sp.name.endswith(found[0])
                ):
                    sp = None  # "The Colorado Sun reported …": the outlet, credited
        if att.cited_source:
            short = _short_outlet(sentence, att.cited_source, earlier, owns)
            if short is not None:  # "according to the Times": the Los Angeles Times named before
                att.cited_source = short or None
                att.cited_chain = [short] + att.cited_chain[1:] if short else att.cited_chain[1:]
        named = [canonical_outlet(m.text) for m in ments if m.type == "OUTLET"]
        named = [o for o in named if o and o != own]
        outlets_named.append(att.cited_source or (named[-1] if named else None))
        results.append(att)
        speakers.append(sp)
        earlier.extend(ments)
        people.update(person_words(ments))
        if sp is not None and sp.name and sp.key and " " in sp.name:
            speaker_mentions.append(Mention(sp.name, sp.key, "PERSON", 0, 0))

    # resolve anaphors in order, so each sentence sees the finished previous one
    groups = _quote_groups(text, segments)
    prev: Attribution | None = None
    prev_sp: _Speaker | None = None  # the speaker phrase of `prev` (boilerplate skipped)
    last_person: str | None = None
    last_org: tuple[str, str] | None = None
    org_speakers: list[tuple[str, str]] = []  # bodies that spoke, in order
    persons_named: set[str] = set()  # speakers known to be people
    rewrite_flags: list[bool] = []
    seen: list[Mention] = []
    persons_seen: list[Mention] = []  # multi-word names only, for surname look-ups
    titled: dict[str, tuple[str, str]] = {}  # "minister" -> (name, key) of who holds it
    titled_ctx: dict[str, str] = {}  # "spokesman" -> the words before that holder's name
    spelled: dict[str, tuple[str, str]] = {}  # consonant skeleton -> first spelling
    for i, (seg, att, sp) in enumerate(zip(segments, results, speakers)):
        flag = False
        if segments[i].boilerplate:
            rewrite_flags.append(False)
            continue
        if sp is not None:
            if sp.anaphor == "pronoun":
                aged = _person_of_age(text[: seg.start], text[seg.start : seg.end], persons_seen)
                if aged:  # "the 34-year-old denied …": whoever was introduced as 34
                    att.speaker, att.speaker_key = aged
                elif prev and prev.speaker:
                    att.speaker, att.speaker_key = prev.speaker, prev.speaker_key
                elif i > 0 and (subj := _subject_person(mentions[i - 1], text[segments[i - 1].start : segments[i - 1].end])):
                    # "Ortega beat Varga. … the 19-year-old said": the previous sentence's subject
                    att.speaker, att.speaker_key = subj
                elif last_person:
                    att.speaker, att.speaker_key = last_person, entity_key(last_person)
                att.how, flag = "pronoun", True
            elif sp.anaphor == "role":
                src = prev if prev and prev.speaker else None
                noun = sp.name
                if noun in _NAMED_ROLES:
                    # "the army said" is the army, not whichever body spoke last
                    cands = [(src.speaker, src.speaker_key)] if src else []
                    cands += [last_org] if last_org else []
                    cands += [(display_name(m.key) or m.text, m.key)
                              for m in list(reversed(mentions[i])) + list(reversed(seen))
                              if m.type == "ORG"]  # fmt: skip
                    cands += [acronyms.get(o[0], o) for o in reversed(org_speakers)]
                    fit = next((c for c in cands if c[0] and _NAMED_ROLES[noun].search(c[0])),
                               (noun, noun))  # fmt: skip
                else:
                    # "the utility said" is the body spoken of last that can be a utility:
                    # the previous speaker if a body, then bodies that spoke, then bodies named
                    cands = []
                    if src and src.speaker[:1].isupper() and not (prev_sp is not None and prev_sp.is_person) and not (
                        src.speaker == last_person or src.speaker in persons_named
                    ):
                        cands.append((src.speaker, src.speaker_key))
                    cands += _bodies(org_speakers, list(reversed(seen)) + list(reversed(mentions[i])), acronyms)
                    fit = next((c for c in cands if c[0] and len(c[0].strip(".")) > 1 and _role_fits(noun, c[0])), None)
                if fit:
                    att.speaker, att.speaker_key = fit
                else:
                    # "Electric two-wheeler maker Ridezo Mobility …. The company said": a body
                    # the story introduced as one of this kind
                    fit = _introduced_as(noun, text[: seg.start])
                    if fit:
                        att.speaker, att.speaker_key = fit
                att.how, flag = "pronoun", True
            elif sp.anaphor == "document":
                if prev:
                    att.speaker, att.speaker_key = prev.speaker, prev.speaker_key
                    if att.cited_source is None and prev.cited_source:
                        att.cited_source, att._cited_scope = prev.cited_source, "forward"
                att.how = "document"
            elif sp.anaphor == "outlet":
                pass
            elif sp.anaphor == "report":
                # "the report added": the relayed outlet's own report, else a document
                if prev and prev.cited_source:
                    if att.cited_source is None:
                        att.cited_source, att._cited_scope = prev.cited_source, "forward"
                elif prev:
                    att.speaker, att.speaker_key = prev.speaker, prev.speaker_key
                att.how = "document"
            else:
                att.speaker, att.speaker_key = sp.name, sp.key
                att.how = "explicit"
                if sp.definite and sp.name in titled:
                    # "the minister said" -> the person introduced as minister
                    att.speaker, att.speaker_key = titled[sp.name]
                elif sp.definite and " " in sp.name and _introduced_with(sp.name, titled, titled_ctx):
                    # "The Kremlin spokesman" -> who was introduced as "Kremlin Spokesman …"
                    att.speaker, att.speaker_key = titled[sp.name.split()[-1].lower()]
                elif (
                    sp.definite and sp.name in TITLES and prev is not None and prev.speaker
                    and prev.speaker == last_person and " " in prev.speaker
                ):
                    # "…, Rachel Reeves has said. The shadow chancellor, …, said": the person
                    # just quoted, when nobody was introduced with that title
                    att.speaker, att.speaker_key = prev.speaker, prev.speaker_key
                elif sp.definite and sp.name in _ONE_HOLDER and _last_person_in(mentions, i):
                    # "Ancelotti was asked about it. … the Italian coach said": the person
                    # the previous sentence named, when nobody was introduced with the title
                    att.speaker, att.speaker_key = _last_person_in(mentions, i)
                elif sp.name and _ACRONYM_USE.match(sp.name) and not lookup(sp.name):
                    # "the DPO said" -> the person introduced as District Police Officer
                    holder = _title_holder(sp.name, text[: seg.start])
                    if holder:
                        att.speaker, att.speaker_key = holder
                elif sp.name and " " in sp.name:
                    # one person spelt two ways in one article (Mohammad / Muhammad)
                    sk = skeleton(sp.name)
                    if sk in spelled:
                        att.speaker, att.speaker_key = spelled[sk]
                    else:
                        spelled[sk] = (sp.name, sp.key)
                sentence = text[seg.start : seg.end]
                if att._subject_span and sp.name:
                    a, b = att._subject_span
                    flag = (
                        sentence[a:b].strip().split(",")[0] != sp.name
                        and " " not in sentence[a:b].strip()
                    )
        # "according to the channel" -> the outlet credited just before
        if sp is not None and sp.anaphor == "outlet" and prev and prev.cited_source:
            att.cited_source, att._cited_scope = prev.cited_source, "forward"
        # "told the daily", "the broadcaster reported" -> the outlet named last
        if att.cited_source is None and att._outlet_anaphor:
            last = next((o for o in reversed(outlets_named[:i]) if o), None)
            if last and att._body_anaphor and not _is_news_agency(last):
                last = None  # "the agency said" after Bild am Sonntag: a government agency
            if last:
                att.cited_source = last
                att._cited_scope = att._cited_scope or "forward"
                att.cited_chain = [last] + att.cited_chain
            elif att._body_anaphor and att.speaker is None:
                # no news agency named: "the agency" is the government agency named before
                psp = prev_sp
                if prev and prev.speaker_key and psp is not None and not psp.is_person:
                    att.speaker, att.speaker_key = prev.speaker, prev.speaker_key
                elif last_org:
                    att.speaker, att.speaker_key = last_org
                else:
                    cands = _bodies(org_speakers, reversed(seen), acronyms)
                    fit = next((c for c in cands if c[0] and _KINDS_AGENCY.search(c[0])), None)
                    if fit:  # "the agency said" after the National Anti-Doping Agency spoke
                        att.speaker, att.speaker_key = fit
                att.how = att.how or "pronoun"
        if att.cited_source and owns and _same_house(att.cited_source, owns, own_family):
            att.cited_source = None
            att.cited_chain = [c for c in att.cited_chain if not _same_house(c, owns, own_family)]
        # a quotation attributed elsewhere in its group
        if att.speaker is None and not att._own_attribution:
            for j in range(len(results)):
                if j != i and groups[j] == groups[i] and not segments[j].boilerplate:
                    if j < i and results[j].speaker:
                        att.speaker, att.speaker_key = results[j].speaker, results[j].speaker_key
                        att.how = "quote"
                        break
                    if j > i and speakers[j] is not None and not speakers[j].anaphor:
                        att.speaker, att.speaker_key = speakers[j].name, speakers[j].key
                        if speakers[j].definite and speakers[j].name in titled:
                            att.speaker, att.speaker_key = titled[speakers[j].name]
                        elif speakers[j].definite and speakers[j].name in _ONE_HOLDER:
                            holder = _last_person_in(mentions, i)
                            if holder:
                                att.speaker, att.speaker_key = holder
                        att.how = "quote"
                        break
                    if j > i and speakers[j] is not None and speakers[j].anaphor == "pronoun":
                        base = prev.speaker if prev and prev.speaker else last_person
                        if base:
                            att.speaker, att.speaker_key = base, entity_key(base)
                            att.how = "quote"
                            break
        # "…," Prescott said. "We will keep defending our border." -> Prescott
        if (
            att.speaker is None
            and not att._own_attribution
            and prev is not None
            and prev.speaker
            and (prev.quote_spans or prev.how in {"explicit", "pronoun"})
            and i > 0
            and _wholly_quoted(text, seg)
        ):  # (also after a reported statement: 'X told a briefing that …. "Measles is …"')
            att.speaker, att.speaker_key, att.how = prev.speaker, prev.speaker_key, "quote"
            if att.cited_source is None and prev.cited_source:
                att.cited_source, att._cited_scope = prev.cited_source, "quote"
        if att.speaker and _no_speaker(att.speaker, sp, att.how):
            att.speaker = att.speaker_key = None
        rewrite_flags.append(flag)
        sentence = text[seg.start : seg.end]
        for m in mentions[i]:
            if m.type == "PERSON":
                last_person = display_name(m.key) or m.text
                if " " in m.text:
                    for t in _titles_of(sentence, m):
                        titled[t] = (display_name(m.key) or m.text, m.key)
                        titled_ctx[t] = sentence[max(0, m.start - 60) : m.start].lower()
                        for t2 in _TITLE_SYNONYMS.get(t, ()):
                            titled.setdefault(t2, titled[t])  # never over a real holder
            elif m.type == "MISC" and " " not in m.text:
                # "Mr. Hollis has not conceded." makes Hollis the person "he" refers to
                full = resolve_surname(m.text, persons_seen)
                if full is not None:
                    last_person = display_name(full.key) or full.text
        seen.extend(mentions[i])
        persons_seen.extend(
            m for m in mentions[i] if m.type in {"PERSON", "MISC"} and " " in m.text
        )
        if att.speaker:
            if sp is not None and (sp.is_person or sp.anaphor == "pronoun" and att.speaker == last_person):
                persons_named.add(att.speaker)
            if sp is not None and sp.is_person:
                last_person = att.speaker
            hit = lookup(att.speaker) if att.speaker_key else None
            if hit and hit[1] == "ORG":
                last_org = (att.speaker, att.speaker_key)
            if att.speaker_key and att.speaker[:1].isupper() and (
                _is_body(att.speaker, sp) or _described_as_body(att.speaker, text[seg.start : seg.end])
            ):
                org_speakers.append((att.speaker, att.speaker_key))
        prev = att
        prev_sp = sp

    # speakers of a quotation group are shared, as is a cited source
    for gid in set(groups):
        members = [i for i, g in enumerate(groups) if g == gid and not segments[i].boilerplate]
        if len(members) < 2:
            continue
        sp_names = [
            (results[i].speaker, results[i].speaker_key) for i in members if results[i].speaker
        ]
        cited = [results[i].cited_source for i in members if results[i].cited_source]
        for i in members:
            if results[i].speaker is None and sp_names:
                results[i].speaker, results[i].speaker_key = sp_names[-1]
                results[i].how = "quote"
            if results[i].cited_source is None and cited:
                results[i].cited_source, results[i]._cited_scope = cited[-1], "quote"

    _spread_cited(results, segments)
    for seg, att in zip(segments, results):
        sentence = text[seg.start : seg.end]
        att.standalone_text = sentence if seg.boilerplate else _rewrite(sentence, att)
    return results


# what a speaker label can never be: a pronoun left unresolved, or a thing that "found" or
# "said" something without an author the sentence names ("the ruling found", "the probe showed")
_NOT_SPEAKERS = frozenset(
    """it he she they we i him her them ruling rulings decision decisions verdict judgment judgement
    suit lawsuit petition warning warnings listing practice deal survey audit documents notices
    notification trial event cuts attack probe same vessel ship plane crash fire""".split()
)
# bodies and titles that, still unnamed after resolution ("the company said" with no company
# named before), are kept only as a role when labellers would accept one
_UNRESOLVED_DEFINITE = frozenset(
    """minister director president governor chairman chairwoman chair ombudsman head mayor
    company department regulator board secretariat superintendency airline firm group""".split()
)


def _no_speaker(name: str, sp: _Speaker | None, how: str | None) -> bool:
    """A speaker label to drop: a bare pronoun or a thing (`_NOT_SPEAKERS`), or a definite title
    or body ("the minister", "the company") that no earlier name resolved."""
    if " " in name or not name[:1].islower():
        return False
    if name in _NOT_SPEAKERS:
        return True
    return sp is not None and sp.definite and sp.name == name and name in _UNRESOLVED_DEFINITE


_TITLE_WORD = re.compile(r"[A-Za-z]+")
# a title and the plain noun a later sentence uses for its holder ("Justice X" ... "the judge")
_TITLE_SYNONYMS = {
    "justice": ("judge",),
    "judge": ("justice",),
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "spokesperson": ("spokesman", "spokeswoman"),
    "premier": ("minister",),
    "chancellor": ("minister",),
}


_HONORIFICS = frozenset("lyonpo lyonchhen dasho datuk dato datin alhaji ustaz".split())


def _introduced_with(label: str, titled: dict, titled_ctx: dict) -> bool:
    """ "Kremlin spokesman": the holder of "spokesman" was introduced with "Kremlin" before the name."""
    *body, role = label.lower().split()
    return role in titled and all(w in titled_ctx.get(role, "") for w in body)


def _titles_of(sentence: str, m: Mention) -> list[str]:
    """Title words around a name: "Information Minister Ahsan Raza", "Li, a researcher"."""
    before = [w.lower() for w in _TITLE_WORD.findall(sentence[max(0, m.start - 40) : m.start])]
    out = [w for w in before[-3:] if w in ROLE_NOUNS or w in TITLES
           or (w == before[-1] and re.search(r"(?:sman|swoman|person|ist)$", w))]  # "ombudsman X"
    am = re.match(r",\s+(?:the|a|an|its|his|her)\s+([^,.;]{1,60})", sentence[m.end :])
    if am:
        words = am.group(1).split()
        cut = next(
            (k for k, w in enumerate(words) if w in {"of", "for", "at", "in", "with"}), len(words)
        )
        if cut:
            out.append(words[cut - 1].lower())
    return out


def _title_holder(acr: str, before: str) -> tuple[str, str] | None:
    """The person last introduced with the spelled-out title an acronym abbreviates."""
    title = r"\s+".join(c + r"[a-z]+" for c in acr)
    rx = re.compile(r"\b" + title + r"\s+(?P<n>" + _NAMEWORD + r"(?:\s+" + _NAMEWORD + r"){1,3})")
    hits = list(rx.finditer(before))
    if not hits:
        return None
    ents = [m for m in find_entities(hits[-1].group("n")) if " " in m.text]
    name = ents[0].text if ents else hits[-1].group("n")
    key = ents[0].key if ents else entity_key(name)
    return display_name(key) or name, key


_AGE_IN_SENTENCE = re.compile(r"\b[Tt]he\s+(\d{1,3})-year-old\b")


def _person_of_age(before: str, sentence: str, persons: list[Mention]) -> tuple[str, str] | None:
    """The person an earlier sentence gave this age: "Dion Marsh, 34," ... "the 34-year-old"."""
    am = _AGE_IN_SENTENCE.search(sentence)
    if not am:
        return None
    age = am.group(1)
    best: tuple[int, Mention] | None = None
    for m in persons:
        for rx in (re.escape(m.text) + r",\s+" + age + r"\b", age + r"-year-old\s+(?:[\w-]+\s+){0,3}?" + re.escape(m.text)):
            for hit in re.finditer(rx, before):
                if best is None or hit.start() > best[0]:
                    best = (hit.start(), m)
    if best is None:
        return None
    m = best[1]
    return (display_name(m.key) or m.text, m.key)


def _wholly_quoted(text: str, seg: Segment) -> bool:
    """A sentence that opens with a quote mark and is all quotation."""
    if not seg.quote_spans or text[seg.start] not in QUOTE_CHARS:
        return False
    inside = sum(b - a for a, b in seg.quote_spans)
    return inside >= (seg.end - seg.start) - 3


_ACRONYM_USE = re.compile(r"^[A-Z]{2,7}$")


def _learn_acronyms(
    sentence: str, ments: list[Mention], acronyms: dict[str, tuple[str, str]]
) -> None:
    """Acronym -> full name, from "Full Name (ACR)" and from initials of names already seen."""
    for acr, full, _s, _e in acronym_definitions(sentence) if "(" in sentence else ():
        hit = lookup(full)
        acronyms.setdefault(
            acr, (display_name(hit[0]) or full, hit[0]) if hit else (full, entity_key(full))
        )
    for m in ments:
        if m.type in {"ORG", "MISC"} and len(m.text.split()) >= 2:
            acr = initials(m.text)
            if len(acr) >= 2:
                acronyms.setdefault(acr, (m.text, m.key))


def _spread_cited(results: list[Attribution], segments: list[Segment]) -> None:
    def same(a: Attribution, b: Attribution) -> bool:
        if bool(a.speaker_key) and a.speaker_key == b.speaker_key:
            return True
        # "a senior official … told Pajhwok" then "The official said": one role, by its head noun
        return bool(a.speaker and b.speaker and a.speaker[:1].islower() and b.speaker[:1].islower()
                    and a.speaker.split()[-1] == b.speaker.split()[-1])  # fmt: skip

    n = len(results)
    origin = [(i, r.cited_source, r._cited_scope) for i, r in enumerate(results) if r.cited_source]
    for i, src, scope in origin:
        j = i + 1
        while (
            j < n
            and not segments[j].boilerplate
            and same(results[j], results[i])
            and not results[j]._fresh_context
        ):
            if results[j].cited_source is None:
                results[j].cited_source, results[j].how = src, results[j].how or "carry"
            j += 1
        if scope in {"run", "quote"}:
            j = i - 1
            while j >= 0 and not segments[j].boilerplate and same(results[j], results[i]):
                if results[j].cited_source is None:
                    results[j].cited_source = src
                j -= 1
