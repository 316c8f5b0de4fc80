"""A title's last word wrapped onto a line of its own right over the reporters' line (`…持续` /
`改善` / `本报记者 X`) is no person of the byline: no byline names someone without a role before
someone with one."""

from __future__ import annotations

from reader.model import Author
from reader.page.byline import parse_byline_line
from reader.page.segment import segment
from tests.pagegen import SCHOOL_MEALS

BODY = SCHOOL_MEALS


def test_a_titles_wrapped_word_over_the_reporters_line_goes_back_to_the_title() -> None:
    lines = ["山区小学午餐营养持续", "改善", "本报记者  林  涛", "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("记者", "林涛")]
    assert article.headline == "山区小学午餐营养持续改善"


def test_a_post_abroad_split_by_a_stray_space_is_one_role_word() -> None:
    byline = parse_byline_line("本报驻新 西兰记者  林  涛")
    assert byline is not None and byline.authors == [Author("记者", "林涛")]
