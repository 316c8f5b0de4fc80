"""Two reporters' lines under the same role word with a blank line between them are two stories'
bylines: the upper one goes with the headline printed after its text (closing it, though a photo's
credit ends that text), the lower one opens the story under it."""

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
        "本 报 记 者  林  晓",
        "",
        *body(BODY_B),
        "便民服务再提速",
        "",
    ]
    assert _authors("\n".join(lines) + "\n") == {
        "田间地头春耕忙": ["周明远", "方园园"],
        "便民服务再提速": ["林晓"],
    }
