"""The fourth layout program (benchmarks/layout4): seeded, and every truth it writes is one the page
bears out (each text printed on the page, a perfect score against itself)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.layout4.article import squeeze
from benchmarks.layout4.page import check, make_page
from benchmarks.layout4.sources import Texts, load_texts, parse_people
from benchmarks.layout4.typeset import wrap
from benchmarks.make_validation4 import problems, write_split
from benchmarks.people_daily_1998 import parse_tagged

SAMPLE = Path(__file__).parent / "data" / "layout_199801_sample.txt"


@pytest.fixture(scope="module")
def texts() -> Texts:
    """A few real 1998 lines (tests/data) and the committed modern articles: no download."""
    return load_texts(parse_tagged(SAMPLE.read_text(encoding="utf-8")))


@pytest.mark.parametrize("seed", range(40))
def test_each_truth_is_borne_out_by_its_page(texts: Texts, seed: int) -> None:
    text, truth, tags = make_page(seed, texts)
    assert tags and truth["articles"]
    assert problems(text, truth) == []


def test_a_seed_gives_the_same_page(texts: Texts) -> None:
    assert make_page(7, texts) == make_page(7, texts)
    assert make_page(7, texts)[0] != make_page(8, texts)[0]


def test_the_checker_catches_a_truth_the_page_does_not_print(texts: Texts) -> None:
    text, truth, _ = make_page(3, texts)
    truth["articles"][0]["paragraphs"].append("这一段不在版面上。")
    assert check(text, truth)


def test_lines_keep_to_the_column_and_to_the_rules_of_setting() -> None:
    text = (
        "他说：“新能源锂电池产业是我们着力发展的新领域新赛道，蕴藏着巨大的市场潜力。”2021年投产，增长8.5%。"
    )
    lines = wrap(text, 12)
    assert "".join(lines) == text
    assert all(line[0] not in "，。、；：”）" for line in lines)
    assert all(line[-1] not in "“（《" for line in lines)
    assert all(sum(1 if ord(c) < 0x2000 else 2 for c in line) <= 2 * 12 + 2 for line in lines)


def test_bylines_are_read_into_people() -> None:
    assert parse_people("本报记者  柏望川  岳  川  闻若溪") == [
        ("记者", "柏望川"),
        ("记者", "岳川"),
        ("记者", "闻若溪"),
    ]
    assert (
        parse_people("本报驻埃及记者  黄  培昭") is None
    )  # a three-character name is never letter-spaced so
    assert parse_people("王  浩") == [("", "王浩")]
    assert parse_people("记者 陈金路 通讯员 王友欣") == [("记者", "陈金路"), ("通讯员", "王友欣")]


def test_a_split_is_written_with_its_manifest(texts: Texts, tmp_path: Path) -> None:
    write_split(tmp_path, range(3), texts)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest) == ["page_0.txt", "page_1.txt", "page_2.txt"]
    for name, tags in manifest.items():
        page = (tmp_path / name).read_text(encoding="utf-8")
        truth = json.loads((tmp_path / name).with_suffix(".json").read_text(encoding="utf-8"))
        assert truth["page"] == name and tags
        assert all(squeeze(p) in squeeze(page) for a in truth["articles"] for p in a["paragraphs"])
