"""An OCR space slipped inside a dateline's agency or a byline's role word hides neither.

OCR puts stray single spaces between letters (`新华 社`, `本 报`, `本报记 者`). A dateline and a
byline are told by those words, so a page with such slips must read as the same page without them:
the same headline and subtitle over the same text, with the same byline and authors.
"""

from __future__ import annotations

from reader.page.pageblocks import mend_slips
from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import BODY_A, body


def story(dateline: str) -> str:
    """A headline and subtitle over a text that opens with `dateline`."""
    lines = ["春耕备耕忙全面铺开", "——新建灌溉渠道二十余公里", ""]
    lines += cut(dateline + BODY_A[0], 28, first_indent=0) + [""] + body(BODY_A[1:], 28)
    return "\n".join(lines) + "\n"


def read(text: str) -> list[tuple]:
    return [
        (a.headline, a.subtitle, a.byline, [(p.role, p.name) for p in a.authors], a.paragraphs)
        for a in segment(text).articles
    ]


def test_a_slip_inside_a_datelines_agency_keeps_the_subtitle_and_byline() -> None:
    clean = read(story("本报北京1月5日电  （记者王军） "))
    assert clean == [
        (
            "春耕备耕忙全面铺开",
            "新建灌溉渠道二十余公里",
            "本报北京1月5日电（记者 王军）",
            [("记者", "王军")],
            BODY_A,
        )
    ]
    assert read(story("本 报北京1月5日电  （记者王军） ")) == clean
    slipped = read(story("新华 社北京1月5日电  （记者王军） "))
    assert slipped == [(*clean[0][:2], "新华社北京1月5日电（记者 王军）", *clean[0][3:])]


def test_slips_close_up_inside_role_words_only() -> None:
    """The gap after the role word stays (it parts the role from the names); a line whose every
    letter stands apart is letter spacing, read as such elsewhere, and is left as printed."""
    assert mend_slips("■ 本报记 者 王五") == "■ 本报记者 王五"
    assert mend_slips("本报驻南 非记者  王  五") == "本报驻南非记者  王  五"
    assert mend_slips("本 报 记 者  王五") == "本 报 记 者  王五"
    assert mend_slips("本报  王五") == "本报  王五"
