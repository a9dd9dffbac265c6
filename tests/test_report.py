"""Report rendering: untrusted article text never becomes markup."""

import json

from verify.report import build_report, render

from .conftest import write

EVIL = 'The minister said <script>alert("x")</script> and <img src=x onerror=alert(1)> 300 schools reopened on Monday.'


def test_article_text_is_escaped_everywhere(coll, tmp_path):
    write(tmp_path / "in" / "a.md", f"---\noutlet: <b>Evil</b> Outlet\ntitle: <i>t</i>\n---\n{EVIL}\n")
    write(tmp_path / "in" / "b.md", f"---\noutlet: Other\n---\n{EVIL}\n")
    coll.ingest([str(tmp_path / "in")])
    rep = build_report(coll)
    html = render(rep, "html")
    assert "<script>" not in html and "<img" not in html and "<b>Evil" not in html
    assert "&lt;script&gt;" in html
    md = render(rep, "md")
    assert "<script>" not in md
    assert json.loads(render(rep, "json"))["claims"][0]["text"].count("<script>") == 1


def test_summary_counts_are_consistent(coll, seeds_copy):
    coll.ingest([str(seeds_copy)])
    rep = build_report(coll)
    s = rep["summary"]
    assert s["claims"] == len(rep["claims"]) == coll.stats()["claims"]
    assert s["corroborated"] == sum(c["independent_corroborations"] > 0 for c in rep["claims"])
    assert s["single_source"] == sum(c["single_source"] for c in rep["claims"])
    for c in rep["claims"]:
        assert c["outlet"] not in c["corroborating_outlets"]  # never its own outlet
        assert -1 <= c["agreement"] <= 1


def test_markdown_and_csv_neutralise_links_images_and_formulas(coll, tmp_path):
    body = "Officials said ![x](http://tracker.example/p.gif) and [click](javascript:alert(1)) on Monday."
    write(tmp_path / "in" / "a.md", f"---\noutlet: =HYPERLINK(1)\n---\n{body}\n")
    coll.ingest([str(tmp_path / "in")])
    rep = build_report(coll)
    md = render(rep, "md")
    assert "![x](" not in md and "[click](" not in md
    csv_text = render(rep, "csv")
    assert "'=HYPERLINK(1)" in csv_text and ",=HYPERLINK" not in csv_text


def test_fast_report_skips_the_cross_encoders_and_covers_the_same_claims(coll, seeds_copy):
    coll.ingest([str(seeds_copy)])
    full = build_report(coll)
    fast = build_report(coll, fast=True)
    assert full["summary"]["cross_encoders"] is True
    assert fast["summary"]["cross_encoders"] is False
    assert [c["claim_id"] for c in fast["claims"]] == [c["claim_id"] for c in full["claims"]]
