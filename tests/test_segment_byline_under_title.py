"""A byline set right under a headline printed after its body (the heading closes its article,
its byline with it) belongs to that article, not to the body printed under it; names wrapped under
a marked byline line are its reporters."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body


def _authors(text: str) -> dict[str, list[str]]:
    return {
        a.headline or "": [p.name for p in a.authors] for a in segment(text).articles if a.kind == "article"
    }


def test_a_byline_set_under_a_headline_after_its_body_is_that_articles() -> None:
    lines = [
        *body(BODY_A),
        "田间地头春耕忙",
        "本报记者  周明远",
        "",
        *body(BODY_B),
        "便民服务再提速",
        "本报记者  林  晓",
        "",
        *body(BODY_C),
        "静下心来读好书",
        "",
    ]
    authors = _authors("\n".join(lines) + "\n")
    assert authors == {"田间地头春耕忙": ["周明远"], "便民服务再提速": ["林晓"], "静下心来读好书": []}


def test_a_byline_set_apart_under_a_headline_after_its_body_heads_the_body_below() -> None:
    lines = [
        *body(BODY_A),
        "田间地头春耕忙",
        "",
        "本报记者  周明远",
        *body(BODY_B),
        "便民服务再提速",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {"田间地头春耕忙": [], "便民服务再提速": ["周明远"]}


def test_names_wrapped_under_a_marked_byline_line_are_its_reporters() -> None:
    lines = ["田间地头春耕忙", "", "■ 本报记者 周明", "林晓远", "", *body(BODY_A)]
    [article] = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert [(p.role, p.name) for p in article.authors] == [("记者", "周明"), ("记者", "林晓远")]


def test_a_byline_under_a_headline_after_a_text_that_opens_under_its_own_byline_is_the_next_storys() -> None:
    # a story prints one byline: each text here opens under its writer's name, so the name set
    # right under a headline printed after its text is the next text's
    lines = [
        "高远山",
        "",
        *body(BODY_A),
        "灯下读书的冬夜（随笔）",
        "孟秋白",
        "",
        *body(BODY_B),
        "河边的老磨坊（随笔）",
        "",
        "林  晓",
        "",
        *body(BODY_C),
        "静下心来读好书（随笔）",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {
        "灯下读书的冬夜（随笔）": ["高远山"],
        "河边的老磨坊（随笔）": ["孟秋白"],
        "静下心来读好书（随笔）": ["林晓"],
    }


def test_a_byline_over_a_text_whose_dateline_names_its_reporters_goes_with_the_heading_above() -> None:
    # the text below names its reporters in its dateline, so it prints no byline over it: the
    # byline set apart under the headline printed after the text above is that headline's
    lines = [
        *body(BODY_A),
        "田间地头春耕忙",
        "",
        "本报记者  周明远",
        "",
        *body(BODY_B, first="本报北京3月5日电  （记者林晓）"),
        "便民服务再提速",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {"田间地头春耕忙": ["周明远"], "便民服务再提速": ["林晓"]}


def test_a_name_set_apart_under_a_headline_after_its_body_over_the_next_heading_is_that_headlines() -> None:
    # a signed commentary printed headline after text, its writer's name under the headline with a
    # blank line between: the next story opens with its heading, which no byline stands over, so
    # the name signs the commentary above
    lines = [
        *body(BODY_A),
        "春耕莫误好时节（短评）",
        "",
        "孟秋白",
        "",
        "便民服务再提速",
        "本报记者  林  晓",
        *body(BODY_B),
    ]
    authors = _authors("\n".join(lines) + "\n")
    assert authors == {"春耕莫误好时节（短评）": ["孟秋白"], "便民服务再提速": ["林晓"]}


def test_a_byline_set_apart_under_a_headline_after_its_body_over_the_next_heading_is_that_headlines() -> None:
    # … and so does a reporter's line, where the next story opens with its heading and dateline
    lines = [
        *body(BODY_A),
        "田间地头春耕忙",
        "",
        "本报记者  周明远",
        "",
        "便民服务再提速",
        "",
        *body(BODY_B, first="本报北京3月5日电  （记者林晓）"),
    ]
    assert _authors("\n".join(lines) + "\n") == {"田间地头春耕忙": ["周明远"], "便民服务再提速": ["林晓"]}


def test_names_alone_set_apart_under_a_byline_sign_the_next_story() -> None:
    # a reporter's line set apart under a headline printed after its text, then a name alone set
    # apart over the next text: two stories' bylines, not one story's two
    lines = [
        *body(BODY_A),
        "田间地头春耕忙",
        "",
        "本报记者  周明远",
        "",
        "孟秋白",
        "",
        *body(BODY_C),
        "静下心来读好书（随笔）",
        "",
    ]
    authors = _authors("\n".join(lines) + "\n")
    assert authors == {"田间地头春耕忙": ["周明远"], "静下心来读好书（随笔）": ["孟秋白"]}


def test_a_byline_under_a_heading_set_in_lines_apart_after_its_body_is_that_headlines() -> None:
    # the heading closing the text above prints its kicker and headline with a blank line between,
    # its byline right under the headline: that heading's, though no text follows to head
    lines = [
        *body(BODY_A),
        "春耕时节看田间——",
        "",
        "田间地头春耕忙",
        "本报记者  周明远",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {"田间地头春耕忙": ["周明远"]}


def test_a_byline_under_a_headline_after_a_text_opened_by_its_dateline_is_the_next_storys() -> None:
    # the text above names its reporter in its dateline, so it prints no byline besides: the
    # byline set right under its headline (printed after it) opens the next story, as on pages
    # that print a story's byline over its text and its headline after
    lines = [
        *body(BODY_A, first="本报北京3月5日电  （记者林晓）"),
        "田间地头春耕忙",
        "本报记者  周明远",
        "",
        *body(BODY_B),
        "便民服务再提速",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {"田间地头春耕忙": ["林晓"], "便民服务再提速": ["周明远"]}


def test_a_name_tight_under_a_text_that_opens_under_its_own_byline_heads_the_next_text() -> None:
    # names alone right under a finished text, a blank line under them, sign that text, unless it
    # already opens under its writer's name: a story prints one byline, so these open the next text
    lines = [
        "灯下读书的冬夜（随笔）",
        "",
        "孟秋白",
        "",
        *body(BODY_A)[:-1],
        "高远山",
        "",
        *body(BODY_B),
        "河边的老磨坊（随笔）",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {
        "灯下读书的冬夜（随笔）": ["孟秋白"],
        "河边的老磨坊（随笔）": ["高远山"],
    }


def test_a_letter_signed_where_its_writer_lives_tight_under_its_text_names_its_writer() -> None:
    # a reader's letter closes with where its writer lives and their name, right under its last
    # sentence: the writer is its author, and the line is no sentence of its text
    lines = [
        "街角路灯何时能修好（来信）",
        "",
        *body(BODY_A)[:-1],
        "湖东省临川市  周  明",
        "",
        "便民服务再提速",
        "本报记者  林  晓",
        "",
        *body(BODY_B),
    ]
    assert _authors("\n".join(lines) + "\n") == {
        "街角路灯何时能修好（来信）": ["周明"],
        "便民服务再提速": ["林晓"],
    }
    [letter] = [
        a for a in segment("\n".join(lines) + "\n").articles if a.headline == "街角路灯何时能修好（来信）"
    ]
    assert not any("周" in p for p in letter.paragraphs)


def test_a_byline_naming_again_the_reporter_its_dateline_names_stays_with_that_story() -> None:
    # the story prints its reporter twice, in its dateline and under its headline: that byline is its
    # own, and the next story has none
    lines = [
        *body(BODY_A, first="本报北京3月5日电  （记者林晓）"),
        "田间地头春耕忙",
        "本报记者  林  晓",
        "",
        *body(BODY_B),
        "便民服务再提速",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {"田间地头春耕忙": ["林晓"], "便民服务再提速": []}
