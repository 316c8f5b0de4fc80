"""A reporter of any paper (`某某法治报记者 王五`), not only of a 日报 or 时报, is named by the byline:
a joint report prints the paper's own reporters on one line and a partner paper's on the next (see
`reader.page.people.MEDIA`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import indented_apart
from tests.test_segment_conventions import BODY_A, BODY_B


def test_a_partner_papers_reporters_are_the_stories_authors() -> None:
    lines = ["让公平正义可感可及", "本报记者 王小五 赵  六", "某某法治报记者 孙七七 周  八", ""]
    lines += [*indented_apart(BODY_A), "城市更新让老街焕新颜", "■ 本报记者 李  四", ""]
    lines += indented_apart(BODY_B)
    articles = segment("\n".join(lines) + "\n").articles
    story = next(a for a in articles if a.headline == "让公平正义可感可及")
    assert [x.name for x in story.authors] == ["王小五", "赵六", "孙七七", "周八"]
    assert not any("孙七七" in p for p in story.paragraphs)


def test_the_papers_own_commentator_is_no_partner_paper() -> None:
    page = "对话人：\n周珊珊本报评论员\n" + "\n".join(indented_apart(BODY_A)) + "\n"
    assert not any(a.byline and "周珊珊" in a.byline for a in segment(page).articles)
