"""The layout11 validation pages: deterministic, truths printed on their pages, splits disjoint."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout11.texts import parse_people, read_stories, split_of  # noqa: E402
from benchmarks.make_validation11 import make_split, write  # noqa: E402
from tests.tools.score_pages import score  # noqa: E402


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pages():
    return {"tune": make_split("tune", 25), "valid": make_split("valid", 60)}


def test_same_bytes_on_every_run(tmp_path):
    write(tmp_path / "a", {"tune": 4, "valid": 6})
    write(tmp_path / "b", {"tune": 4, "valid": 6})
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(files) == 2 * (4 + 6) + 2
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_truth_is_printed_on_the_page_in_page_order(pages):
    for split in pages.values():
        for name, text, truth, _tags, _used in split:
            page = flat(text)
            assert truth["articles"], name
            for art in truth["articles"]:
                for key in ("kicker", "headline", "subtitle"):
                    if art[key]:
                        assert flat(art[key]) in page, (name, key, art[key])
                for person in art["authors"]:
                    assert flat(person["name"]) in page, (name, person)
                at = 0
                assert art["paragraphs"], (name, art["headline"])
                for para in art["paragraphs"]:
                    found = page.find(flat(para), at)
                    assert found >= 0, (name, para)
                    at = found + len(flat(para))


def test_truth_is_in_the_scorers_format(pages):
    for _name, _text, truth, _tags, _used in pages["valid"][:10]:
        figures, _ = score(truth, truth)
        assert figures["articles_f1"] == 1.0 and figures["headline"] == 1.0 and figures["authors"] == 1.0
        for art in truth["articles"]:
            assert art["kind"] in ("article", "photo")
            assert set(art) >= {"kicker", "headline", "subtitle", "byline", "authors", "paragraphs"}


def test_tune_and_valid_share_no_story(pages):
    used = {split: {s for *_, names in got for s in names} for split, got in pages.items()}
    assert used["tune"] and used["valid"]
    assert not used["tune"] & used["valid"]
    splits = {s.name: split_of(s) for s in read_stories()}
    for split, names in used.items():
        assert all(splits[n] == split for n in names)


def test_conventions_are_tagged(pages):
    tags = {t for *_, page_tags, _ in pages["valid"] for t in page_tags}
    for tag in (
        "kicker",
        "hl_after",
        "hl_before",
        "byline_multi",
        "byline_bare",
        "dateline_benbao",
        "trailer",
    ):
        assert tag in tags


def test_byline_names():
    assert parse_people("本报记者  柏望川  岳  川  闻若溪") == [
        ("记者", "柏望川"),
        ("记者", "岳川"),
        ("记者", "闻若溪"),
    ]
    assert parse_people("本报讯（记者 陈金路 通讯员 王友欣）") == [("记者", "陈金路"), ("通讯员", "王友欣")]
    assert parse_people("本报北京1月1日电  （记者王政、刘温馨）") == [("记者", "王政"), ("记者", "刘温馨")]
    assert parse_people("本报驻日本记者  刘军国") == [("记者", "刘军国")]
    assert parse_people("王  浩") == [("", "王浩")]
    assert parse_people("新华社北京1月1日电") == []
