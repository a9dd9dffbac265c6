"""The command line through CliRunner: output on stdout, messages on stderr, exit codes."""

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from verify.cli import cli
from verify.errors import EXIT_COLLECTION, EXIT_INPUT

from .conftest import ROOT, write


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _commands(group, prefix=()):
    import click

    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for path, cmd in _commands(cli):
        assert cmd.help, path
        res = run(*path, "--help")
        assert res.exit_code == 0 and "Usage" in res.stdout
        assert f"verify {' '.join(path)}" in readme, f"README lacks `verify {' '.join(path)}`"


def test_help_does_not_import_torch():
    code = "import sys; from verify.cli import cli; sys.argv=['verify','--help']\ntry: cli()\nexcept SystemExit: pass\nprint('torch' in sys.modules, 'sentence_transformers' in sys.modules, 'faiss' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False False False"


def test_ingest_check_claims_sources_stats(fake_embedder, seeds_copy):
    res = run("ingest", str(seeds_copy), "--json")
    assert res.exit_code == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["added"] == len(list(seeds_copy.iterdir())) and summary["failed"] == 0
    assert "Articles:" in res.stderr and "claims stored" in res.stderr

    res = run("check", "Panjshir is the only holdout against the Taliban", "--json", "-k", "5")
    data = json.loads(res.stdout)
    for key in ("claim", "agreement", "corroborating_outlets", "conflicting_outlets", "evidence"):
        assert key in data
    assert -1 <= data["agreement"] <= 1 and 0 < len(data["evidence"]) <= 5
    ev = data["evidence"][0]
    for key in ("claim_id", "article_id", "text", "outlet", "url", "published", "similarity", "stance"):
        assert key in ev
    assert ev["stance"] in {"corroborates", "conflicts", "discusses", "unrelated"}

    human = run("check", "Panjshir is the only holdout against the Taliban").stdout
    assert human.startswith("Claim:") and "Agreement:" in human and "== " in human

    res = run("check", "Panjshir resistance", "--exclude-outlet", "ANI", "--json")
    assert "ANI" not in {e["outlet"] for e in json.loads(res.stdout)["evidence"]}
    res = run("check", "Panjshir resistance", "--outlet", "ANI", "--json")
    assert {e["outlet"] for e in json.loads(res.stdout)["evidence"]} == {"ANI"}

    seed = next(seeds_copy.glob("000_*.txt"))
    res = run("claims", str(seed), "--json")
    rows = json.loads(res.stdout)
    text = seed.read_text()
    assert rows and all(text[r["start"] : r["end"]].strip() == r["text"].strip() for r in rows)
    assert run("claims", "1").exit_code == 0

    rows = json.loads(run("sources", "--json").stdout)
    assert {"ANI", "Khaama Press"} <= {r["outlet"] for r in rows}
    assert run("sources", "--csv").stdout.startswith("outlet,articles,claims")
    st = json.loads(run("stats", "--json").stdout)
    assert st["articles"] == summary["added"] and st["index_fresh"]
    res = run("index", "rebuild")
    assert res.exit_code == 0 and "Rebuilt" in res.stderr


def test_ingest_reports_bad_files_but_stores_the_good(fake_embedder, tmp_path):
    good = write(tmp_path / "in" / "good.md", "---\noutlet: A\n---\nThe minister said on Monday that 300 schools had reopened.\n")
    write(tmp_path / "in" / "empty.txt", "")
    write(tmp_path / "in" / "bin.txt", b"\x00\x00\xff")
    res = run("ingest", str(tmp_path / "in"), str(tmp_path / "missing.txt"))
    assert res.exit_code == EXIT_INPUT
    errors = [line for line in res.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 3 and "Traceback" not in res.stderr
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    st = json.loads(run("stats", "--json").stdout)
    assert st["articles"] == 1 and good.exists()


def test_reads_without_a_collection_fail_cleanly(fake_embedder):
    res = run("check", "anything")
    assert res.exit_code == EXIT_COLLECTION
    assert res.stderr.startswith("Error:") and "verify ingest" in res.stderr
    assert run("claims", "7").exit_code == EXIT_COLLECTION


def test_unknown_article_and_usage_errors(fake_embedder, seeds_copy):
    run("ingest", str(seeds_copy))
    res = run("claims", "9999")
    assert res.exit_code == EXIT_COLLECTION and "verify sources" in res.stderr
    assert run("check", "x", "-k", "0").exit_code == 2
    assert run("report", "--format", "pdf").exit_code == 2
    res = run("report", "--since", "yesterday-ish")
    assert res.exit_code != 0 and "YYYY-MM-DD" in res.stderr


def test_corrupt_database_is_reported_not_overwritten(fake_embedder, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "verify.db").write_bytes(b"this is not sqlite" * 100)
    res = run("stats")
    assert res.exit_code == EXIT_COLLECTION and "not a usable verify database" in res.stderr
    assert (home / "verify.db").read_bytes().startswith(b"this is not sqlite")


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_report_formats(fake_embedder, seeds_copy, tmp_path, fmt):
    run("ingest", str(seeds_copy))
    out = tmp_path / f"r.{fmt}"
    res = run("report", "--format", fmt, "--out", str(out))
    assert res.exit_code == 0, res.stderr
    text = out.read_text()
    if fmt == "json":
        rep = json.loads(text)
        assert rep["summary"]["claims"] == len(rep["claims"]) > 0
        assert {"share_corroborated", "contested", "single_source"} <= set(rep["summary"])
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and not re.search(r"<(script|link|img)\b", text)
    elif fmt == "csv":
        assert text.splitlines()[0].startswith("claim_id,article_id,outlet")
    else:
        assert text.startswith("# Cross-check report")


def test_report_filters(fake_embedder, seeds_copy):
    run("ingest", str(seeds_copy))
    rep = json.loads(run("report", "--format", "json", "--outlet", "ANI").stdout)
    assert rep["claims"] and {c["outlet"] for c in rep["claims"]} == {"ANI"}
    rep = json.loads(run("report", "--format", "json", "--since", "2021-09-04").stdout)
    assert rep["claims"] and all(c["published"] >= "2021-09-04" for c in rep["claims"])
    rep = json.loads(run("report", "--format", "json", "--fast").stdout)
    assert rep["claims"] and rep["summary"]["cross_encoders"] is False


def test_fail_on_conflict_sets_exit_code_only_when_asked(fake_embedder, seeds_copy, monkeypatch):
    from verify.heuristic_stance import HeuristicStance

    monkeypatch.setattr("verify.match.load_stance_model", HeuristicStance.load)
    run("ingest", str(seeds_copy))
    claim = "Around 1,000 US citizens and others are still waiting for evacuation flights from Afghanistan"
    data = json.loads(run("check", claim, "--json").stdout)
    assert "Anadolu Agency" in data["conflicting_outlets"]  # 1,000 vs 2,000
    assert run("check", claim).exit_code == 0
    assert run("check", claim, "--fail-on-conflict").exit_code == 4
    assert run("check", "Wheat flour prices in Peshawar", "--fail-on-conflict", "--outlet", "The Frontier Post").exit_code == 0
    assert run("check", "   ").exit_code == 2


def test_option_values_are_usage_errors(fake_embedder, seeds_copy, tmp_path):
    assert run("ingest", str(seeds_copy), "--published", "someday").exit_code == 2
    assert run("ingest", str(seeds_copy), "--url", "http://one.example/x").exit_code == 2
    run("ingest", str(seeds_copy))
    assert run("report", "--since", "garbage").exit_code == 2


def test_outlet_filters_accept_any_known_spelling(fake_embedder, seeds_copy):
    run("ingest", str(seeds_copy))
    rep = json.loads(run("report", "--format", "json", "--outlet", "The Khaama Press News Agency").stdout)
    assert rep["claims"] and {c["outlet"] for c in rep["claims"]} == {"Khaama Press"}
    data = json.loads(run("check", "Rabbani warned the Taliban", "--json", "--outlet", "khaama").stdout)
    assert data["evidence"] and {e["outlet"] for e in data["evidence"]} == {"Khaama Press"}


def test_output_cut_short_by_a_pipe_is_not_an_error(fake_embedder, seeds_copy, tmp_path):
    import os

    run("ingest", str(seeds_copy))
    env = dict(os.environ, VERIFY_HOME=str(tmp_path / "home"))
    out = subprocess.run(
        f"{sys.executable} -m verify.cli report | head -c 10", shell=True, env=env,
        capture_output=True, text=True,
    )
    assert "BrokenPipe" not in out.stderr and "Error" not in out.stderr
