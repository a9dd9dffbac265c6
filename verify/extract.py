"""Claim extraction: split an article into check-worthy statements with provenance.

The contract other modules rely on is `extract_claims()` and the `ExtractedClaim`
dataclass; how the sentences, speakers and quantities are found may change. The
pipeline is segment -> entities -> attribution -> quantities -> check-worthiness, all
regex and tables, so it runs on every ingest (hundreds of articles a second).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz

from verify.attribution import attribute
from verify.checkworthy import score
from verify.entities import Entity, Mention, find_entities, resolve_surname
from verify.quantities import Quantity, extract_quantities
from verify.segment import segment

__all__ = [
    "DEFAULT_MIN_CHECKWORTHINESS",
    "Entity",
    "ExtractedClaim",
    "Quantity",
    "analyse_article",
    "extract_claims",
]

# Every real claim of the seed article scores >= 0.45; boilerplate scores 0 and
# questions / short fluff fall below this.
DEFAULT_MIN_CHECKWORTHINESS = 0.3


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
    speaker_key: str | None = None  # entity key of the speaker, for grouping
    cited_chain: list[str] = field(default_factory=list)  # "Al Jazeera, citing Reuters"
    attribution: str | None = None  # how the speaker was found: explicit|pronoun|quote|...
    boilerplate: bool = False
    paragraph: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def _resolve_entities(
    ments: list[Mention], speaker: str | None, speaker_key: str | None, earlier: list[Mention]
) -> list[Entity]:
    """Entities of a sentence, with lone surnames keyed to the full name used earlier."""
    out: list[Entity] = []
    seen: set[str] = set()
    for m in ments:
        if m.type == "OUTLET":
            continue
        ent = m.entity()
        if " " not in m.text and m.type in {"PERSON", "MISC"}:
            if (
                speaker
                and speaker_key
                and " " in speaker
                and fuzz.ratio(speaker.split()[-1].lower(), m.text.lower()) >= 80
            ):
                ent = Entity(text=m.text, key=speaker_key, type="PERSON")
            else:
                full = resolve_surname(m.text, earlier)
                if full is not None:
                    ent = Entity(text=m.text, key=full.key, type="PERSON")
        if ent.key not in seen:
            seen.add(ent.key)
            out.append(ent)
    return out


def analyse_article(
    text: str, *, published: str | None = None, outlet: str | None = None
) -> list[ExtractedClaim]:
    """Every sentence with its analysis, boilerplate and low scores included (for eval)."""
    segs = segment(text)
    mentions = [find_entities(text[s.start : s.end]) for s in segs]
    atts = attribute(text, segs, outlet=outlet, mentions=mentions)
    out: list[ExtractedClaim] = []
    earlier: list[Mention] = []
    for seg, ments, att in zip(segs, mentions, atts):
        sentence = text[seg.start : seg.end]
        quantities = [] if seg.boilerplate else extract_quantities(sentence, published)
        entities = _resolve_entities(ments, att.speaker, att.speaker_key, earlier)
        if seg.dateline:
            # the dateline place is where the sentence was reported from
            dl = text[seg.dateline[0] : seg.dateline[1]]
            entities = [m.entity() for m in find_entities(dl) if m.type == "PLACE"] + entities
        earlier.extend(ments)
        rel_quotes = [(a - seg.start, b - seg.start) for a, b in seg.quote_spans]
        sc = score(
            sentence,
            n_numbers=sum(q.kind == "number" for q in quantities),
            n_dates=sum(q.kind == "date" for q in quantities),
            n_entities=len(entities),
            has_speaker=att.speaker is not None,
            has_cited=att.cited_source is not None,
            boilerplate=seg.boilerplate,
            quote_spans=rel_quotes,
        )
        out.append(
            ExtractedClaim(
                text=sentence,
                start=seg.start,
                end=seg.end,
                standalone_text=att.standalone_text or sentence,
                speaker=att.speaker,
                cited_source=att.cited_source,
                checkworthiness=sc.value,
                quote_spans=list(seg.quote_spans),
                entities=entities,
                quantities=quantities,
                speaker_key=att.speaker_key,
                cited_chain=list(att.cited_chain),
                attribution=att.how,
                boilerplate=seg.boilerplate,
                paragraph=seg.paragraph,
            )
        )
    return out


def extract_claims(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    min_checkworthiness: float = 0.0,
) -> list[ExtractedClaim]:
    """Check-worthy sentences of an article, with speaker, cited outlet and quantities.

    Boilerplate ("(ANI)", "Also Read: …", bylines, captions) never yields a claim; other
    sentences are kept when their score reaches `min_checkworthiness`.
    """
    return [
        c
        for c in analyse_article(text, published=published, outlet=outlet)
        if not c.boilerplate
        and len(c.text.split()) >= 3
        and c.checkworthiness >= min_checkworthiness
    ]
