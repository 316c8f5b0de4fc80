"""A byline's text keeps every word the page prints in it: the words closing a photo report
(`摄影报道`), the publisher before a writer's role (`文/本报记者`), and the organisation each reporter of
a joint report works for (`（X电台记者 甲、新华社记者 乙）`). The authors are the people it names, by
their role, as before; the text is what a reader sees and quotes."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, body, page


def _first(*parts: list[str] | str) -> tuple[str | None, list[Author]]:
    article = segment(page(*parts)).articles[0]
    return article.byline, article.authors


def test_a_photo_reports_closing_words_stay_in_its_byline() -> None:
    byline, authors = _first(["春耕备耕忙"], "新华社记者  罗晓川摄影报道", body(BODY_A))
    assert byline == "新华社记者 罗晓川摄影报道"
    assert authors == [Author("记者", "罗晓川")]


def test_the_publisher_before_a_writers_role_stays_in_its_byline() -> None:
    byline, _ = _first(["春耕备耕忙"], "文/本报记者  罗晓川", body(BODY_A))
    assert byline == "文/本报记者 罗晓川"


def test_each_reporters_organisation_stays_in_a_joint_datelines_byline() -> None:
    dated = "新华社北京1月2日电（江城广播电台记者罗晓川、新华社记者孔方）" + BODY_A[0]
    byline, authors = _first(["春耕备耕忙"], body([dated, *BODY_A[1:]]))
    assert byline == "新华社北京1月2日电（江城广播电台记者 罗晓川 新华社记者 孔方）"
    assert [a.name for a in authors] == ["罗晓川", "孔方"]
