"""Two reporters' lines under the same role word with a blank line between them are two stories'
bylines where the page prints its headlines after their texts: the upper one goes with the headline
over it (closing its text, though a photo's credit ends that text), the lower one opens the story
under it. On a page set head first, both lines under a story's headline are that story's byline."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body


def _authors(text: str) -> dict[str, list[str]]:
    return {
        a.headline or "": [p.name for p in a.authors] for a in segment(text).articles if a.kind == "article"
    }


def test_the_upper_of_two_reporters_lines_set_apart_goes_with_the_heading_over_it() -> None:
    lines = [
        *body(BODY_A),
        "春播现场，农机手驾驶播种机在田间作业。  林  涛摄",
        "",
        "田间地头春耕忙",
        "——东山县高标准农田建设见闻",
        "本报记者  周明远  方园园",
        "",
        "本 报 记 者  孟秋川",
        "",
        *body(BODY_B),
        "便民服务再提速",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {
        "田间地头春耕忙": ["周明远", "方园园"],
        "便民服务再提速": ["孟秋川"],
    }


def test_both_reporters_lines_under_a_headline_set_first_are_its_byline() -> None:
    lines = [
        "便民服务再提速",
        "",
        "本报记者  何秋山",
        "",
        *body(BODY_B),
        "田间地头春耕忙",
        "本报记者  周明远  方园园",
        "",
        "本报记者  孟秋川",
        "",
        *body(BODY_A),
    ]
    assert _authors("\n".join(lines) + "\n") == {
        "便民服务再提速": ["何秋山"],
        "田间地头春耕忙": ["周明远", "方园园", "孟秋川"],
    }
