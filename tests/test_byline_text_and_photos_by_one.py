"""A byline closed by `文/图` (the writer took the photos too: `本报记者 X 文/图`) names its people
with the role it prints; the words name no one."""

from __future__ import annotations

from reader.model import Author
from reader.page.byline import parse_byline_line
from reader.page.segment import segment
from tests.pagegen import SCHOOL_MEALS

BODY = SCHOOL_MEALS


def test_a_reporters_line_closed_by_text_and_photos_names_the_reporter_only() -> None:
    lines = ["山区小学换了新菜单", "", "本报记者  林  涛  文/图", "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("记者", "林涛")]
    assert article.headline == "山区小学换了新菜单"


def test_names_alone_closed_by_text_and_photos_sign_the_text() -> None:
    byline = parse_byline_line("林涛  文／图")
    assert byline is not None and byline.authors == [Author("", "林涛")]
