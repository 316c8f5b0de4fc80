"""A story whose dateline names its reporter, printed right under the last paragraph of the story above
(no blank line, no heading between: its own headline printed after its text), opens a story of its
own; a dateline naming no one, so printed, stays a dispatch inside the story above, as a roundup of
wire reports prints them (see `reader.page.labels._dispatch_in_text`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C


def _page(second_dateline: str) -> str:
    lines = [
        "便民利企举措落地",
        "",
        *indented_cut(["本报杭州3月2日电（记者 刘桐）" + BODY_B[0], *BODY_B[1:]]),
        *indented_cut([second_dateline + BODY_A[0], *BODY_A[1:]]),
        "春播春管有序推进",
        "",
        "读书贵在养成习惯",
        "",
        *indented_cut(BODY_C),
    ]
    return "\n".join(lines) + "\n"


def test_a_dateline_naming_its_reporter_under_the_story_above_opens_a_story() -> None:
    articles = segment(_page("本报宁波3月3日电（记者 王军豪）")).articles
    assert [(a.headline, a.byline, a.paragraphs) for a in articles] == [
        ("便民利企举措落地", "本报杭州3月2日电（记者 刘桐）", BODY_B),
        ("春播春管有序推进", "本报宁波3月3日电（记者 王军豪）", BODY_A),
        ("读书贵在养成习惯", None, BODY_C),
    ]


def test_a_dateline_naming_no_one_under_the_text_above_stays_a_dispatch_inside_it() -> None:
    first = segment(_page("本报宁波3月3日电  ")).articles[0]
    assert first.headline == "便民利企举措落地"
    assert first.paragraphs[3].startswith("本报宁波3月3日电")


def test_a_dateline_naming_a_trainee_reporter_under_the_story_above_opens_a_story() -> None:
    articles = segment(_page("本报宁波3月3日电（见习记者 王军豪）")).articles
    assert [(a.headline, a.byline) for a in articles][:2] == [
        ("便民利企举措落地", "本报杭州3月2日电（记者 刘桐）"),
        ("春播春管有序推进", "本报宁波3月3日电（见习记者 王军豪）"),
    ]
