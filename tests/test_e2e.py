"""End to end on the real default model (all-MiniLM-L6-v2 from its PyPI package), real
FAISS and a real SQLite file: ingest the seeds, check, report."""

import json

import pytest
from click.testing import CliRunner

from verify.cli import cli

pytestmark = pytest.mark.slow

HOLDOUT = (
    "Panjshir province is now the only defiant holdout in Afghanistan where resistance "
    "forces led by Ahmad Massoud are fighting the Taliban."
)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    from .conftest import SEEDS

    home = tmp_path_factory.mktemp("e2e") / "home"
    res = CliRunner().invoke(cli, ["--home", str(home), "ingest", str(SEEDS), "--json"])
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["failed"] == 0
    return home


def run(home, *args):
    res = CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    return res.stdout


def by_outlet(data):
    out = {}
    for e in data["evidence"]:
        out.setdefault(e["outlet"], []).append(e["stance"])
    return out


def test_check_finds_independent_corroboration_and_conflict(home):
    data = json.loads(run(home, "check", HOLDOUT, "--json"))
    stances = by_outlet(data)
    assert "Pajhwok" in data["corroborating_outlets"], stances
    assert "Ariana News" in data["conflicting_outlets"], stances
    assert "The Frontier Post" not in data["corroborating_outlets"]


def test_check_finds_the_conflicting_figure(home):
    data = json.loads(run(home, "check", "Around 1,000 US citizens are still waiting for evacuation flights from Afghanistan.", "--json"))
    assert "Anadolu Agency" in data["conflicting_outlets"], by_outlet(data)


def test_report_json_lists_corroboration_and_conflict(home):
    rep = json.loads(run(home, "report", "--format", "json"))
    ani = [c for c in rep["claims"] if c["outlet"] == "ANI" and "only defiant holdout" in c["text"]]
    assert len(ani) == 1
    assert "Pajhwok" in ani[0]["corroborating_outlets"]
    assert "Ariana News" in ani[0]["conflicting_outlets"]
    assert rep["summary"]["contested"] >= 1
