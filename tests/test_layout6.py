"""The sixth layout program: every page passes its truth check, splits share no story, seeds repeat."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.layout6.check import check
from benchmarks.layout6.stories import load, parse
from benchmarks.make_validation6 import split_stories, write_split


def test_pages_pass_the_truth_check_and_repeat_per_seed(tmp_path: Path):
    stories = load()
    tune, valid = split_stories(stories, 6)
    assert not {s.key for s in tune} & {s.key for s in valid}
    first = write_split(valid, tmp_path / "a", 6, 62)
    again = write_split(valid, tmp_path / "b", 6, 62)
    assert first == again
    for name in first:
        text = (tmp_path / "a" / name).read_text("utf-8")
        assert text == (tmp_path / "b" / name).read_text("utf-8")
        truth = json.loads((tmp_path / "a" / name).with_suffix(".json").read_text("utf-8"))
        assert check(text, truth, truth["furniture"]) == []


def test_the_check_finds_a_printed_line_outside_the_truth(tmp_path: Path):
    stories = load()
    manifest = write_split(stories, tmp_path, 1, 7)
    name = next(iter(manifest))
    text = (tmp_path / name).read_text("utf-8")
    truth = json.loads((tmp_path / name).with_suffix(".json").read_text("utf-8"))
    assert any("in no truth text" in e for e in check(text + "\n多出来的一行\n", truth, truth["furniture"]))
    truth["articles"][0]["paragraphs"].append("没有印出来的一段。")
    assert any("not printed" in e for e in check(text, truth, truth["furniture"]))


def test_a_dateline_is_the_byline_and_leaves_the_paragraph(tmp_path: Path):
    path = tmp_path / "2026-01-02_02_01.md"
    path.write_text(
        "---\ndate: 2026-01-02\n---\n\n# 我国5G工厂超8000家\n\n"
        "本报北京1月1日电  （记者王政、刘温馨）记者近日获悉：工业经济顶压前行。\n\n第二段。\n",
        "utf-8",
    )
    story = parse(path)
    assert story is not None
    assert story.dateline == "本报北京1月1日电  （记者王政、刘温馨）"
    assert story.blocks[0].text == "记者近日获悉：工业经济顶压前行。"


def test_2025_texts_are_refused(tmp_path: Path):
    path = tmp_path / "2025-01-02_02_01.md"
    path.write_text("---\ndate: 2025-01-02\n---\n\n# 标题\n\n一段。\n\n二段。\n", "utf-8")
    with pytest.raises(ValueError):
        parse(path)


def test_a_byline_naming_the_page_editor_leaves_the_editor_line_to_the_furniture():
    # the foot printed at the top names the editor who also signs the first piece: the byline's
    # name is found first in the editor line unless the furniture is matched before the titles
    furniture = ["第3版  评论  2026年3月3日 星期二", "本版责编：甄  岚"]
    text = (
        "第3版  评论  2026年3月3日 星期二\n\n本版责编：甄  岚\n\n"
        "小站台连着大民生\n\n■甄  岚\n\n清早的站台上人来人往。\n末班车也准时到站。\n"
    )
    truth = {
        "page": "page_000000.txt",
        "articles": [
            {
                "kind": "article",
                "kicker": None,
                "headline": "小站台连着大民生",
                "subtitle": None,
                "byline": "甄岚",
                "authors": [{"name": "甄岚", "role": ""}],
                "paragraphs": ["清早的站台上人来人往。", "末班车也准时到站。"],
            }
        ],
        "furniture": furniture,
    }
    assert check(text, truth, furniture) == []
