"""Score the extractor's provenance fields against a hand-labelled gold set.

Usage: python scripts/eval_extract.py --gold tests/data/attribution_gold.jsonl

Each gold record is a passage with per-sentence labels. A gold sentence is aligned to
the predicted sentence that overlaps it most (character offsets; gold text is located
in the passage by string search). Matching, per field:

- speaker: a prediction matches when its entity key equals the gold's key, or when the
  last words match case-insensitively ("Kenneth McKenzie" ~ "Kenneth F. McKenzie",
  "officials" ~ "officials"; for two lower-case role phrases the head noun, which comes
  first: "people familiar with the matter" ~ "people"), or when one is the other's acronym,
  by initials or as the passage defines it ("WRU" ~ "Welsh Rugby Union", "Conab" ~
  "National Supply Company" after "National Supply Company (Conab)"). Precision = correct / predicted non-empty speakers;
  recall = correct / gold non-empty speakers. Boilerplate gold sentences are skipped.
- cited_source: canonical outlet names must be equal (both sides passed through
  outlet_family and canonical_outlet, so a named service counts as its outlet: "BBC Radio
  Manchester" ~ "BBC", as verify counts them when it groups independent sources; an outlet the table does not know is compared by its lower-cased
  name without a trailing descriptor ("CBN radio" ~ "CBN") and listed under
  `gold_outlets_not_in_table`, never dropped from recall). Same
  precision/recall definition.
- boilerplate: binary precision/recall of the boilerplate flag over all sentences.
- entity_keys: for sentences labelled with `entity_keys`, precision/recall of the set of
  predicted keys (OUTLET mentions excluded) against the gold set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify.entities import (  # noqa: E402
    acronym_definitions,
    canonical_outlet,
    entity_key,
    initials,
    outlet_family,
)
from verify.extract import analyse_article  # noqa: E402


def _pr(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "tp": tp,
        "predicted": npred,
        "gold": ngold,
    }


def _acronym_of(short: str, full: str, defined: set[tuple[str, str]]) -> bool:
    """ "WRU" and "Welsh Rugby Union": one body, by its initials or by the passage's own
    "Full Name (ACR)" definition ("Conab" for "National Supply Company")."""
    if " " in short or " " not in full or not re.fullmatch(r"[A-Za-z0-9&.-]{2,10}", short):
        return False
    if (short.upper(), entity_key(full)) in defined:
        return True
    return sum(c.isupper() for c in short) >= 2 and initials(full).upper() == short.upper().replace(".", "")


# a body speaking through a role, as the extractor shows it: "spokesperson for Harrow Crest
# Homes", "analysts at Mizuho Securities", "NBC spokesperson"
_ROLE_OF_BODY = re.compile(r"^(?P<role>[a-z][\w -]*?)\s+(?:for|at|with|of|from)\s+(?:the\s+)?(?P<body>[A-Z].*)$")
_BODY_THEN_ROLE = re.compile(
    r"^(?P<body>[A-Z].*?)\s+(?P<role>spokesperson|spokesman|spokeswoman|spokespeople|representatives?|"
    r"analysts?|lawyers?|attorneys?|researchers?|investigators?|forecasters?|economists?|scientists?|"
    r"officials?|sources?|executives?|auditors|inspectors|prosecutors)$"
)
_COUNT_WORDS = {"a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many"}


def speaker_match(pred: str | None, gold: str | None, defined: set[tuple[str, str]] = frozenset()) -> bool:
    if not pred or not gold:
        return False
    rb = _ROLE_OF_BODY.match(pred) or _BODY_THEN_ROLE.match(pred)
    if rb and " " in pred and (
        speaker_match(rb.group("role"), gold, defined) or speaker_match(rb.group("body"), gold, defined)
    ):
        return True  # labellers write either the role ("spokesperson") or the body ("Harrow Crest Homes")
    if entity_key(pred) == entity_key(gold):
        return True
    if _acronym_of(pred, gold, defined) or _acronym_of(gold, pred, defined):
        return True
    if "," in gold and entity_key(gold.split(",")[0]) == entity_key(pred):
        return True  # "Gavi, the Vaccine Alliance" ~ "Gavi": a name with its apposition
    if pred[:1].islower() and gold[:1].islower():
        # role phrases: the head noun comes first ("people familiar with the matter" ~ "people")
        if pred.split()[0].strip(".,") == gold.split()[0].strip(".,"):
            return True
        # one phrase is the other with modifiers: "official" ~ "senior water authority official",
        # "relatives" ~ "two relatives of the women"
        pw = {w.strip(".,") for w in pred.lower().split()} - _COUNT_WORDS
        gw = {w.strip(".,") for w in gold.lower().split()} - _COUNT_WORDS
        if pw and gw and (pw <= gw or gw <= pw):
            return True
    return pred.split()[-1].lower().strip(".,") == gold.split()[-1].lower().strip(".,")


def _outlet(name: str | None) -> str | None:
    """Canonical outlet, or the folded name itself for an outlet the table does not know.

    Passing an unknown gold outlet through canonical_outlet alone turned it into None,
    which silently dropped the label from recall; it is compared by name instead.
    """
    if not name or not name.strip():
        return None
    folded = " ".join(name.lower().replace("’", "'").split())  # "Ma’an" ~ "Ma'an"
    known = canonical_outlet(outlet_family(name))
    if known:
        return known
    # an unknown outlet with a descriptor word: "CBN radio" ~ "CBN", "Petra News Agency" ~ "Petra"
    bare = re.sub(r"\s+(?:news\s+agency|agency|newspaper|daily|tv|television|radio|website|channel)$", "", folded)
    return canonical_outlet(bare) or re.sub(r"^the ", "", bare)


def evaluate(records: list[dict], verbose: bool = False) -> dict:
    unknown_outlets: set[str] = set()
    c = {k: [0, 0, 0] for k in ("speaker", "cited_source", "boilerplate", "entity_keys")}
    errors = []
    for rec in records:
        text = rec["text"]
        claims = analyse_article(text, published=rec.get("published"), outlet=rec.get("outlet"))
        defined = {(a.upper(), entity_key(f)) for a, f, _, _ in acronym_definitions(text)}
        cursor = 0
        for g in rec["sentences"]:
            gs = text.find(g["text"], cursor)
            if gs < 0:
                gs = text.find(g["text"])
            ge = gs + len(g["text"])
            cursor = max(cursor, ge)
            best, best_ov = None, 0
            for cl in claims:
                ov = min(ge, cl.end) - max(gs, cl.start)
                if ov > best_ov:
                    best, best_ov = cl, ov
            pred_bp = best.boilerplate if best else True
            c["boilerplate"][0] += int(pred_bp and g["boilerplate"])
            c["boilerplate"][1] += int(pred_bp)
            c["boilerplate"][2] += int(g["boilerplate"])
            if pred_bp != g["boilerplate"]:
                errors.append({"id": rec["id"], "text": g["text"][:80],
                               "boilerplate": [pred_bp, g["boilerplate"]]})  # fmt: skip
            if g["boilerplate"]:
                continue
            ps = best.speaker if best and not best.boilerplate else None
            pc = best.cited_source if best and not best.boilerplate else None
            ok = speaker_match(ps, g["speaker"], defined)
            c["speaker"][0] += int(ok)
            c["speaker"][1] += int(ps is not None)
            c["speaker"][2] += int(g["speaker"] is not None)
            gc = _outlet(g["cited_source"])
            if g["cited_source"] and canonical_outlet(g["cited_source"]) is None:
                unknown_outlets.add(g["cited_source"])
            okc = pc is not None and gc is not None and _outlet(pc) == gc
            c["cited_source"][0] += int(okc)
            c["cited_source"][1] += int(pc is not None)
            c["cited_source"][2] += int(gc is not None)
            if (ps or g["speaker"]) and not ok or (pc or gc) and not okc:
                errors.append(
                    {
                        "id": rec["id"],
                        "text": g["text"][:80],
                        "speaker": [ps, g["speaker"]],
                        "cited": [pc, gc],
                    }
                )
            if "entity_keys" in g:
                pk = {e.key for e in (best.entities if best else [])}
                gk = set(g["entity_keys"])
                c["entity_keys"][0] += len(pk & gk)
                c["entity_keys"][1] += len(pk)
                c["entity_keys"][2] += len(gk)
                if pk != gk:
                    errors.append(
                        {
                            "id": rec["id"],
                            "text": g["text"][:60],
                            "keys_extra": sorted(pk - gk),
                            "keys_missing": sorted(gk - pk),
                        }
                    )
    out = {
        "passages": len(records),
        "sentences": sum(len(r["sentences"]) for r in records),
        **{k: _pr(*v) for k, v in c.items()},
        "gold_outlets_not_in_table": sorted(unknown_outlets),
    }
    if verbose:
        out["errors"] = errors
    return out


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pooled(outs: list[dict]) -> dict:
    pooled = {"passages": sum(o["passages"] for o in outs), "sentences": sum(o["sentences"] for o in outs)}
    for k in ("speaker", "cited_source", "boilerplate", "entity_keys"):
        pooled[k] = _pr(*(sum(o[k][f] for o in outs) for f in ("tp", "predicted", "gold")))
    return pooled


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path, nargs="+",
                    help="one labelled set, or several: then each set's figures and the pooled ones")
    ap.add_argument("--errors", action="store_true", help="list disagreements too")
    ap.add_argument("--rules-only", action="store_true",
                    help="switch off the learned cited-outlet reader (verify/outlet_model.py), to see what it adds")
    args = ap.parse_args(argv)
    if args.rules_only:
        from verify import outlet_model

        outlet_model.load_model = lambda: None  # the extractor looks it up at call time
    if len(args.gold) == 1:
        print(json.dumps(evaluate(_read(args.gold[0]), verbose=args.errors), indent=2))
        return 0
    outs = {p.stem: evaluate(_read(p), verbose=args.errors) for p in args.gold}
    print(json.dumps({"sets": outs, "pooled": _pooled(list(outs.values()))}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
