"""Layout8 (benchmarks/layout8): fixed seeds give fixed pages, and every truth is on its page."""

from __future__ import annotations

import re

import pytest

from benchmarks.layout8.compose import wrap
from benchmarks.layout8.pages import build_page, check, make_pool, name_pool, squeeze
from benchmarks.layout8.sources import modern_stories, names_line, parse_byline, stories_1998
from benchmarks.people_daily_1998 import parse_tagged
from tests.layouttexts import SAMPLE


@pytest.fixture(scope="module")
def pools():
    old = stories_1998(parse_tagged(SAMPLE.read_text(encoding="utf-8")))
    new = modern_stories()
    names = name_pool(old + new)
    return {"1998": make_pool(old, names, modern=False), "modern": make_pool(new, names, modern=True)}


def pages(pools, count: int = 12):
    for k in range(count):
        source = "modern" if k % 2 else "1998"
        if not pools[source].articles:
            continue
        yield build_page(pools[source], f"test-{k}", source)


def test_a_fixed_seed_gives_the_same_page(pools):
    first = build_page(pools["modern"], "seed-7", "modern")
    again = build_page(pools["modern"], "seed-7", "modern")
    other = build_page(pools["modern"], "seed-8", "modern")
    assert first == again
    assert first[0] != other[0]


def test_every_truth_paragraph_is_on_its_page(pools):
    for text, truth, _ in pages(pools):
        page = squeeze(text)
        for article in truth["articles"]:
            assert article["paragraphs"]
            for p in article["paragraphs"]:
                assert squeeze(p) in page


def test_every_title_and_author_name_is_on_its_page(pools):
    for text, truth, _ in pages(pools):
        page = squeeze(text)
        assert check(text, truth) == []
        for article in truth["articles"]:
            for key in ("kicker", "headline", "subtitle"):
                if article[key]:
                    assert squeeze(article[key]) in page
            for author in article["authors"]:
                assert author["name"] in page


def test_pages_are_tagged_with_their_source_and_conventions(pools):
    for _text, truth, tags in pages(pools):
        assert tags == sorted(tags)
        assert ("src_1998" in tags) != ("src_modern" in tags)
        assert any(t.startswith("paras_") for t in tags)
        if any(a["kind"] == "photo" for a in truth["articles"]):
            assert "photo_standalone" in tags
        if any(a["kicker"] for a in truth["articles"]):
            assert "kicker" in tags


def test_the_inline_dateline_is_the_byline_not_the_body(pools):
    seen = 0
    for _text, truth, _ in pages(pools, 30):
        for article in truth["articles"]:
            byline = article["byline"] or ""
            if re.match(r"^(本报|新华社).*[电讯]", byline):
                seen += 1
                assert not article["paragraphs"][0].startswith(("本报", "新华社"))
    assert seen


def test_letter_spaced_and_grouped_bylines_are_read_as_people():
    people, bare = parse_byline("本报记者  侯琳良  李  蕊")
    assert [(p.role, p.name) for p in people] == [("记者", "侯琳良"), ("记者", "李蕊")]
    assert not bare
    people, bare = parse_byline("王  浩")
    assert [(p.role, p.name) for p in people] == [("", "王浩")] and bare


def test_wrapped_lines_never_start_with_a_closing_mark():
    lines = wrap("他说：“我们到了。”然后，大家一起走进了村里的会议室，开始讨论。", 7)
    assert all(line[0] not in "，。：”" for line in lines)
    assert "".join(lines) == "他说：“我们到了。”然后，大家一起走进了村里的会议室，开始讨论。"


def test_a_tagged_1998_byline_line_is_read_as_its_people_and_anything_else_is_not():
    """`names_line` reads a byline from the 1998 corpus's tags (a surname and a given name are two
    `nr` tokens); a line with a word that is neither a role nor a name is no byline."""
    tagged = [("本报", "r"), ("记者", "n"), ("张", "nr"), ("晓丰", "nr"), ("、", "w"), ("李大光", "nr")]
    people, bare = names_line(tagged)
    assert [(p.role, p.name) for p in people] == [("记者", "张晓丰"), ("记者", "李大光")] and not bare
    people, bare = names_line([("王", "nr"), ("浩然", "nr")])
    assert [(p.role, p.name) for p in people] == [("", "王浩然")] and bare
    assert names_line([("张", "nr"), ("晓丰", "nr"), ("报道", "v")]) is None
    assert names_line([("本报", "r"), ("特约", "b"), ("张", "nr"), ("晓丰", "nr")]) is None  # no 记者
