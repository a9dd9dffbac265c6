"""Reading articles from every supported format, and every kind of bad input."""

import json

import pytest

from verify.errors import InputError
from verify.ingest import finalise, iter_files, read_path

from .conftest import SEEDS, write

LIMIT = 1024 * 1024


def _one(path):
    items = read_path(path, LIMIT)
    assert len(items) == 1
    return items[0]


def test_seed_txt_outlet_from_dateline_tag():
    art = finalise(_one(next(SEEDS.glob("000_*.txt"))))
    assert art.outlet == "ANI"
    assert art.text.startswith("Salahuddin Rabbani")


def test_txt_header_metadata(tmp_path):
    p = write(tmp_path / "a.txt", "Title: T\nOutlet: Pajhwok\nPublished: 5 Sep 2021\n\nBody text here.")
    art = finalise(_one(p))
    assert (art.title, art.published, art.text) == ("T", "2021-09-05", "Body text here.")
    assert art.outlet.startswith("Pajhwok")


def test_markdown_front_matter(tmp_path):
    p = write(tmp_path / "a.md", "---\ntitle: Hello\noutlet: Tolo News\nurl: https://x/y\npublished: 2021-09-03\n---\nThe body.\n")
    art = finalise(_one(p))
    assert art.title == "Hello" and art.url == "https://x/y" and art.published == "2021-09-03"
    assert art.identity == "https://x/y"


def test_html_uses_trafilatura_main_text(tmp_path):
    html = (
        "<html><head><title>X</title><meta property='og:site_name' content='Ariana News'></head>"
        "<body><nav>Menu Home</nav><article><p>The Taliban said on Friday they had captured the "
        "district after two days of fighting with resistance forces.</p></article></body></html>"
    )
    art = _one(write(tmp_path / "a.html", html))
    assert "captured the district" in art.text
    assert "Menu" not in art.text
    assert art.outlet == "Ariana News"


def test_json_jsonl_csv_records(tmp_path):
    recs = [{"body": "First article text.", "source": "A"}, {"text": "Second.", "outlet": "B", "url": "u2"}]
    assert [a.outlet for a in read_path(write(tmp_path / "a.json", json.dumps(recs)), LIMIT)] == ["A", "B"]
    jl = write(tmp_path / "a.jsonl", "\n".join(json.dumps(r) for r in recs))
    assert len(read_path(jl, LIMIT)) == 2
    csvp = write(tmp_path / "a.csv", 'text,outlet,published\n"Hello, world.",C,2021-01-02\n')
    (a,) = read_path(csvp, LIMIT)
    assert a.text == "Hello, world." and a.outlet == "C"


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.txt", "", "empty"),
        ("blank.md", "   \n\n", "empty"),
        ("bin.txt", b"\x00\x01\x02binary", "binary"),
        ("latin1.txt", "caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
        ("bad.json", '{"text": "x",', "malformed JSON"),
        ("notext.json", '{"title": "no body"}', "no text"),
        ("nohtml.html", "<html><body><nav>only</nav></body></html>", "no article text"),
        ("nocol.csv", "title,outlet\nA,B\n", "no text column"),
        ("x.pdf", "%PDF", "unsupported"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path, name, content, reason):
    items = read_path(write(tmp_path / name, content), LIMIT)
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert reason in items[0].reason
    assert name in str(items[0])


def test_oversize_file(tmp_path):
    p = write(tmp_path / "big.txt", "word " * 1000)
    (err,) = read_path(p, 100)
    assert isinstance(err, InputError) and "limit" in err.reason and "--max-size" in err.reason


def test_malformed_rows_do_not_stop_the_file(tmp_path):
    p = write(tmp_path / "a.csv", "text,outlet\nGood row text.,A\nshort\n,B\nAnother good row.,C\n")
    items = read_path(p, LIMIT)
    good = [i for i in items if not isinstance(i, InputError)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [g.outlet for g in good] == ["A", "C"]
    assert len(bad) == 2 and all("row" in b.path for b in bad)
    jl = write(tmp_path / "b.jsonl", '{"text": "ok"}\n{not json}\n')
    items = read_path(jl, LIMIT)
    assert isinstance(items[1], InputError) and "line 2" in items[1].path


def test_missing_path_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    items = list(iter_files([str(tmp_path / "nope"), str(tmp_path / "empty")]))
    assert [type(i) for i in items] == [InputError, InputError]
    assert "no such file" in items[0].reason and "no articles" in items[1].reason


def test_bad_published_date(tmp_path):
    p = write(tmp_path / "a.md", "---\npublished: not a date\n---\nBody.\n")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        finalise(_one(p))


def test_txt_dateline_tag_comes_before_header_metadata(tmp_path):
    p = write(tmp_path / "a.txt", "Outlet: Daily Mirror\n\nKABUL (Reuters) - Talks resumed on Monday in Doha.")
    assert finalise(_one(p)).outlet == "Reuters"
    p = write(tmp_path / "b.txt", "Outlet: Daily Mirror\n\nTalks resumed on Monday in Doha.")
    assert finalise(_one(p)).outlet == "Daily Mirror"
