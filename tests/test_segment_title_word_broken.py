"""A headline too long for its line breaks inside a word, and the two lines are one headline (see
`reader.page.wordbreak`): also where its end reads as a name (`…专` / `项整治`: the line completes the
word the line above breaks off), and where the heading is printed tight under its story's finished
text with a blank line under it (a headline after its body)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_apart
from tests.test_segment_conventions import BODY_A, BODY_B


def test_a_headline_broken_inside_a_word_before_what_reads_as_a_name() -> None:
    text = "\n".join(
        [
            "",
            "市场监管部门明确深化老旧电梯专",
            "项整治",
            "　　本报讯（记者 王军豪）为进一步优化营商环境，",
            *indented_apart(BODY_B[1:]),
        ]
    )
    [article] = segment(text).articles
    assert (article.headline, article.byline) == (
        "市场监管部门明确深化老旧电梯专项整治",
        "本报讯（记者 王军豪）",
    )


def test_a_headline_after_its_text_broken_inside_a_word() -> None:
    text = "\n".join(
        [
            "■ 本报记者 刘  桐",
            "",
            *indented_apart(BODY_A)[:-1],
            "二〇二六年全市“新时代好少年”先",
            "进事迹发布",
            "",
            "便民利企新举措落地见效",
            "■ 本报记者 王军豪",
            "",
            *indented_apart(BODY_B),
        ]
    )
    first, second = segment(text).articles
    assert (first.headline, first.paragraphs) == ("二〇二六年全市“新时代好少年”先进事迹发布", BODY_A)
    assert (second.headline, second.paragraphs) == ("便民利企新举措落地见效", BODY_B)


def test_a_letter_spaced_signature_under_a_title_is_no_end_of_it() -> None:
    text = "\n".join(
        [
            "乡村振兴正当时",
            "钟  华",
            "",
            *indented_apart(BODY_B),
            "一路花开一路歌",
            "王  伟",
            "",
            *indented_apart(BODY_A),
        ]
    )
    first, second = segment(text).articles
    assert (first.headline, first.byline, first.paragraphs) == ("乡村振兴正当时", "钟华", BODY_B)
    assert (second.headline, second.byline, second.paragraphs) == ("一路花开一路歌", "王伟", BODY_A)
