"""A byline closed or opened by `文/图` (the writer took the photos too: `本报记者 X 文/图`,
`文/图  本报记者 X`, `图/文 X`, `文·图 X`) names its people with the role it prints; the words name no
one. A byline giving each name what it did (`本报记者 X/文  Y/图`) names the writer with the role it
prints and the photographer as 摄影."""

from __future__ import annotations

import pytest

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


def test_a_reporters_line_closed_by_text_and_photos_in_words_names_the_reporter_only() -> None:
    lines = ["山区小学换了新菜单", "", "本报记者  林  涛  文并图", "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.authors == [Author("记者", "林涛")]


def test_names_alone_closed_by_text_and_photos_sign_the_text() -> None:
    byline = parse_byline_line("林涛  文／图")
    assert byline is not None and byline.authors == [Author("", "林涛")]


@pytest.mark.parametrize(
    ("printed", "authors"),
    [
        ("文/图  本报记者  林  涛", [Author("记者", "林涛")]),
        ("文·图  本报记者  林涛", [Author("记者", "林涛")]),
        ("图/文  林  涛", [Author("", "林涛")]),
        ("本报记者  林  涛/文  周  明/图", [Author("记者", "林涛"), Author("摄影", "周明")]),
        ("林涛/文  周明/图", [Author("", "林涛"), Author("摄影", "周明")]),
    ],
)
def test_a_byline_naming_who_wrote_and_who_took_the_photos_heads_its_story(
    printed: str, authors: list[Author]
) -> None:
    """The byline under the headline, in each form: the story keeps its headline, the byline
    names the people it prints and no one else (not `图` for a name), and the text is the body."""
    lines = ["山区小学换了新菜单", "", printed, "", *BODY]
    (article,) = segment("\n".join(lines) + "\n").articles
    assert article.headline == "山区小学换了新菜单"
    assert article.authors == authors
    assert [p[:4] for p in article.paragraphs] == ["入秋以来", "学校说，"]
