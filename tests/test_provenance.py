"""Copies, citations and independence."""

import json

from click.testing import CliRunner

from verify.cli import cli
from verify.match import Matcher
from verify.provenance import entity_table, provenance, source_group

from .conftest import write

ORIGINAL = (
    "Resistance commanders said on Friday that 350 Taliban fighters were killed in clashes in the Panjshir valley. "
    "The commanders said fighting continued in three districts of the province."
)


def _ingest(coll, tmp_path, name, outlet, body, published):
    write(tmp_path / "in" / name, f"---\noutlet: {outlet}\npublished: {published}\n---\n{body}\n")
    return coll.ingest([str(tmp_path / "in" / name)])


def test_syndicated_copy_is_linked_to_the_earlier_original(coll, tmp_path):
    _ingest(coll, tmp_path, "copy.md", "Copycat Daily", ORIGINAL, "2021-09-05")
    _ingest(coll, tmp_path, "orig.md", "Khaama Press", ORIGINAL, "2021-09-04")  # arrives later, is older
    rows = coll.db.execute_returning_dicts(
        "select c.id, a.outlet, c.source_group from claims c join articles a on a.id = c.article_id"
    )
    copies = coll.db.execute("select src_claim_id, dst_claim_id from links where kind='copy_of'").fetchall()
    by_id = {r["id"]: r for r in rows}
    assert copies and all(by_id[s]["outlet"] == "Copycat Daily" and by_id[d]["outlet"] == "Khaama Press" for s, d in copies)
    assert {r["source_group"] for r in rows} == {"Khaama Press"}
    p = provenance(coll, copies[0][0]).to_dict()
    assert p["copy_of"][0]["outlet"] == "Khaama Press" and p["source_group"] == "Khaama Press"


def test_different_figures_are_not_copies(coll, tmp_path):
    _ingest(coll, tmp_path, "a.md", "A", ORIGINAL, "2021-09-04")
    _ingest(coll, tmp_path, "b.md", "B", ORIGINAL.replace("350", "35"), "2021-09-05")
    assert coll.db.execute("select count(*) from links where kind='copy_of'").fetchone()[0] == 1  # only the 2nd sentence


def test_relay_and_copy_do_not_count_as_independent(coll, tmp_path):
    _ingest(coll, tmp_path, "orig.md", "Khaama Press", ORIGINAL, "2021-09-04")
    _ingest(coll, tmp_path, "copy.md", "Copycat Daily", ORIGINAL, "2021-09-05")
    _ingest(
        coll, tmp_path, "ind.md", "Pajhwok",
        "Residents said that 350 Taliban fighters were killed in clashes in the Panjshir valley on Friday.",
        "2021-09-04",
    )
    res = Matcher(coll).check("350 Taliban fighters were killed in clashes in the Panjshir valley", k=10)
    groups = {e.source_group for e in res.evidence if e.stance != "unrelated"}
    counted = [e for e in res.evidence if e.independent and e.stance != "unrelated"]
    # Khaama and its copy form one group; each outlet counts at most once.
    assert "Copycat Daily" not in groups
    assert len({e.source_group for e in counted}) == len(counted)
    assert any(c["outlet"] == "Copycat Daily" for c in res.collapsed)


def test_cited_outlet_is_the_source_group():
    assert source_group({"outlet": "ANI", "cited_source": "TOLOnews"}) == "TOLOnews"
    assert source_group({"outlet": "ANI", "cited_source": None}) == "ANI"
    assert source_group({"outlet": "ANI", "source_group": "Khaama Press"}) == "Khaama Press"


def test_seed_relays_are_traced_and_listed(fake_embedder, seeds_copy):
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(seeds_copy)]).exit_code == 0
    seed = next(seeds_copy.glob("000_*.txt"))
    claims = json.loads(runner.invoke(cli, ["claims", str(seed), "--json"]).stdout)
    relayed = [c for c in claims if c["cited_source"] == "Khaama Press"]
    assert relayed
    res = runner.invoke(cli, ["provenance", str(relayed[0]["id"]), "--json"])
    p = json.loads(res.stdout)
    assert p["source_group"] == "Khaama Press" and p["cites"][0]["outlet"] == "Khaama Press"
    out = runner.invoke(cli, ["entities", "--json"]).stdout
    keys = {r["key"]: r for r in json.loads(out)}
    massoud = [r for r in keys.values() if "Ahamd Masoud" in r["variants"]]
    assert massoud and "Ahmad Massoud" in massoud[0]["variants"]
    assert runner.invoke(cli, ["provenance", "99999"]).exit_code == 3


def test_entity_table_filters(coll, seeds_copy):
    coll.ingest([str(seeds_copy)])
    places = entity_table(coll, "PLACE")
    assert places and all(r["type"] == "PLACE" for r in places)
    assert all(r["mentions"] >= 3 for r in entity_table(coll, min_count=3))


def test_a_named_service_is_one_source_with_its_outlet():
    assert source_group({"cited_source": "BBC Radio Manchester"}) == "BBC"
    assert source_group({"cited_source": "Al Jazeera Mubasher", "outlet": "X"}) == "Al Jazeera"
    assert source_group({"outlet": "Tolo News"}) == "TOLOnews"
    assert source_group({"outlet": "Some Local Paper"}) == "Some Local Paper"
