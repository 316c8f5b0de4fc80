"""The seventh layout program: pages pass their truth check, splits share no story, seeds repeat."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.layout7.check import check
from benchmarks.layout7.texts import load, parse_modern
from benchmarks.layout7.typeset import units, wrap
from benchmarks.make_validation7 import SEED, split_sources, write_split


@pytest.fixture(scope="module")
def texts():
    return load()


def test_pages_pass_the_truth_check_and_repeat_per_seed(tmp_path: Path, texts):
    old, new, pools = texts
    old_tune, old_valid = split_sources(old, SEED)
    new_tune, new_valid = split_sources(new, SEED + 1)
    assert not {s.key for s in old_tune + new_tune} & {s.key for s in old_valid + new_valid}
    first = write_split(old_valid, new_valid, pools, tmp_path / "a", 12, 71)
    again = write_split(old_valid, new_valid, pools, tmp_path / "b", 12, 71)
    assert first == again
    for name in first:
        text = (tmp_path / "a" / name).read_text("utf-8")
        assert text == (tmp_path / "b" / name).read_text("utf-8")
        truth = json.loads((tmp_path / "a" / name).with_suffix(".json").read_text("utf-8"))
        assert check(text, truth, truth["furniture"]) == []
        assert truth["articles"]


def test_the_check_finds_a_line_outside_the_truth_and_a_paragraph_not_printed(tmp_path: Path, texts):
    old, new, pools = texts
    manifest = write_split(old, new, pools, tmp_path, 1, 3)
    name = next(iter(manifest))
    text = (tmp_path / name).read_text("utf-8")
    truth = json.loads((tmp_path / name).with_suffix(".json").read_text("utf-8"))
    assert any("in no truth text" in e for e in check(text + "\n多出来的一行\n", truth, truth["furniture"]))
    truth["articles"][0]["paragraphs"].append("没有印出来的一段。")
    assert any("not printed" in e for e in check(text, truth, truth["furniture"]))


def test_lines_are_cut_at_the_column_with_ascii_at_half_width():
    lines = wrap("二〇二六年有12个月，每个月都有新闻。", 6)
    assert lines == ["二〇二六年有", "12个月，每个", "月都有新闻。"]
    assert all(units(line) <= 12 for line in lines)
    # a closing mark that would open a line hangs past the margin, or pulls a character down
    assert wrap("一二三四五六。七", 6, "hang") == ["一二三四五六。", "七"]
    assert wrap("一二三四五六。七", 6, "push") == ["一二三四五", "六。七"]


def test_a_modern_dateline_leaves_the_paragraph_and_names_the_authors(tmp_path: Path):
    path = tmp_path / "2026-03-02_02_01.md"
    path.write_text(
        "---\ndate: 2026-03-02\n---\n\n# 某地新建一座桥\n\n"
        "本报西安3月1日电  （记者张三、李四）新桥今天通车。\n\n第二段。\n",
        "utf-8",
    )
    src = parse_modern(path)
    assert src is not None
    assert src.dateline == "本报西安3月1日电  （记者张三、李四）"
    assert src.paragraphs[0] == "新桥今天通车。"
    assert src.authors == [("记者", "张三"), ("记者", "李四")]


def test_2025_texts_are_refused(tmp_path: Path):
    path = tmp_path / "2025-01-02_02_01.md"
    path.write_text("---\ndate: 2025-01-02\n---\n\n# 标题\n\n一段。\n\n二段。\n", "utf-8")
    with pytest.raises(ValueError):
        parse_modern(path)
