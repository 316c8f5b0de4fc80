"""The fifth layout program: deterministic per seed, and every truth consistent with its page."""

from __future__ import annotations

from benchmarks.layout5.check import problems
from benchmarks.layout5.stories import parse_modern, read_1998, read_modern, split_names
from benchmarks.make_validation5 import make_page

OLD = [
    "李鹏在北京考察企业",
    "向广大职工祝贺新年，对节日坚守岗位的同志们表示慰问",
    "新华社北京十二月三十一日电（记者刘振英、张宿堂）今天是一九九七年的最后一天。国务院总理李鹏今天上午来到北京考察。",
    "上午九时二十分，李鹏总理来到位于北京西郊的北京石景山发电总厂。",
    "母亲的情怀",
    "单菊",
    "母爱，作为人类一种崇高的爱，是一棵人类精神大树，她永久地枝繁叶茂。",
    "在这辞旧迎新的美好时刻，我想起了母亲。",
    "本报记者彭俊",
]


def pool() -> dict:
    return {"modern": read_modern(), "1998": read_1998(OLD), "photo_1998": []}


def test_1998_stories_parse_their_printed_parts():
    first, second = read_1998(OLD)
    assert first.headline == "李鹏在北京考察企业"
    assert first.subtitle == "向广大职工祝贺新年，对节日坚守岗位的同志们表示慰问"
    assert first.byline == "新华社北京十二月三十一日电（记者刘振英、张宿堂）"
    assert first.authors == [("记者", "刘振英"), ("记者", "张宿堂")]
    assert first.paragraphs[0].startswith("今天是")
    assert second.authors == [("", "单菊")]  # a signed piece: the bare name under the title


def test_modern_byline_names_are_unspaced():
    assert split_names("柏望川  岳  川  钟  澜") == ["柏望川", "岳川", "钟澜"]
    story = parse_modern("# 标题（纵横）\n\n> 本报记者  岳  川\n\n第一段。\n\n第二段。\n")
    assert story is not None and story.authors == [("记者", "岳川")]


def test_same_seed_same_page_and_truth_consistent():
    stories = pool()
    names = ["王  政", "刘温馨", "金  歆"]
    for seed in range(6):
        text, truth, tags, furniture = make_page(seed, stories, names)
        again = make_page(seed, pool(), names)
        assert (text, truth, tags, furniture) == again
        assert problems(text, truth, furniture) == []
        assert tags and any(t.startswith("head_") for t in tags)


def test_check_catches_a_truth_not_on_the_page():
    text, truth, tags, furniture = make_page(3, pool(), ["王  政"])
    truth["articles"][0]["headline"] = "页面上没有的标题"
    assert problems(text, truth, furniture)


def test_1998_name_lines_are_bylines_not_titles():
    lines = [
        "走上大山顶",
        "本报记者潘承凡",
        "山里的路修通了，村民第一次走上了大山顶。",
        "村支书说，明年还要修一条路。",
        "候车室里除夕夜",
        "郑保山李发斌",
        "除夕夜的候车室里，旅客们吃上了饺子。",
        "车站的同志们也和旅客一起过年。",
    ]
    tagged_names = {5}  # `郑保山李发斌`: two names run together, tagged as names only
    (story,) = read_1998(lines, tagged_names)
    assert story.headline == "走上大山顶" and story.subtitle is None
    assert story.authors == [("记者", "潘承凡")]
