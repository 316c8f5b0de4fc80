"""The ninth layout program (benchmarks/layout9): fixed seeds, truths that are on their pages, tags."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.layout9.page import P, make_page
from benchmarks.layout9.stories import load_stories, parse_byline, parse_paren
from benchmarks.layout9.wrap import NO_END, NO_START, wrap
from benchmarks.make_validation9 import SEED_BASE, names_of, split_stories, write_split

README = Path(__file__).parent.parent / "benchmarks" / "layout9" / "README.md"


@pytest.fixture(scope="module")
def material():
    stories = load_stories()
    return split_stories(stories), names_of(stories)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_same_seed_same_page(material) -> None:
    splits, names = material
    assert make_page(SEED_BASE["tune"] + 3, splits["tune"], names) == make_page(
        SEED_BASE["tune"] + 3, splits["tune"], names
    )
    assert (
        make_page(SEED_BASE["tune"] + 3, splits["tune"], names)[0] != make_page(4, splits["tune"], names)[0]
    )


def test_tune_and_valid_stories_are_disjoint(material) -> None:
    splits, _ = material
    tune = {s.key for s in splits["tune"]}
    valid = {s.key for s in splits["valid"]}
    assert tune and valid and not tune & valid
    assert not any(key.startswith("2025") for key in tune | valid)


def test_every_truth_string_is_on_its_page_in_order(material) -> None:
    splits, names = material
    for seed in range(SEED_BASE["valid"], SEED_BASE["valid"] + 25):
        text, truth, tags = make_page(seed, splits["valid"], names)
        flat = squeeze(text)
        assert truth["articles"]
        for article in truth["articles"]:
            assert article["headline"] or article["kind"] == "photo"
            for name in ("kicker", "headline", "subtitle"):
                if article[name]:
                    assert squeeze(article[name]) in flat
            for person in article["authors"]:
                assert person["name"] in flat and " " not in person["name"]
            at = 0
            for paragraph in article["paragraphs"]:
                found = flat.find(squeeze(paragraph), at)
                assert found >= 0, paragraph
                at = found + len(squeeze(paragraph))
        assert "text_2026" in tags and any(t.startswith("para_") for t in tags)


def test_written_split_has_the_scorer_formats(tmp_path, material) -> None:
    splits, names = material
    write_split(tmp_path, 3, SEED_BASE["tune"], splits["tune"], names)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest) == ["page_000000.txt", "page_000001.txt", "page_000002.txt"]
    truth = json.loads((tmp_path / "page_000001.json").read_text(encoding="utf-8"))
    assert truth["page"] == "page_000001.txt"
    keys = {"kind", "kicker", "headline", "subtitle", "byline", "authors", "paragraphs"}
    assert all(set(a) == keys for a in truth["articles"])


def test_tags_vary_across_pages(material) -> None:
    """Each main convention is on some pages and off others, so its per-convention line means something."""
    splits, names = material
    pages = [make_page(SEED_BASE["tune"] + i, splits["tune"], names)[2] for i in range(40)]
    for tag in ("ocr_spaces", "headline_after_body", "kicker", "photo_item", "byline_marker", "para_indent"):
        on = sum(tag in tags for tags in pages)
        assert 0 < on < len(pages), tag


def test_kinsoku() -> None:
    text = "他说：“这是第一句。”接着，我们看到了（括号里的话）和更多的内容，一二三四五六七八九十。"
    for width in range(6, 16):
        lines = wrap(text, width)
        assert "".join(lines) == text
        assert not any(line[0] in NO_START for line in lines[1:])
        assert not any(line[-1] in NO_END for line in lines)


def test_bylines_are_read_into_roles_and_names() -> None:
    assert parse_byline("本报记者  马跃峰  苏  滨") == [("记者", "马跃峰"), ("记者", "苏滨")]
    assert parse_byline("王  浩") == [("", "王浩")]
    assert parse_byline("新疆某县  李某某") is None  # a place before the name: not read for sure
    assert parse_paren("记者王政、刘温馨") == [("记者", "王政"), ("记者", "刘温馨")]


def test_readme_states_every_probability() -> None:
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in P if f"`{name}`" not in readme]
    assert not missing, missing
