"""A commentary signed at its end with where its writer lives and their name (`某省某市  张  明`),
as a group of readers' pieces prints them, is signed by them: the line is the piece's byline, as a
bare name there would be, and the next piece's title under it opens the next piece. A letter signed
without a name (`某市  刘先生`) keeps the line as its text's last."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page


def test_pieces_signed_at_their_end_with_place_and_name_are_bylined_and_apart() -> None:
    # (each signature set apart under its piece's text, the next piece's title tight under it)
    text = page(
        "把小事办实",
        body(BODY_C) + ["某省某市  张  明", "做好精细文章", ""],
        body(BODY_A) + ["某省某县  李红兵"],
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["把小事办实", "做好精细文章"]
    assert [a.authors for a in articles] == [[Author("", "张明")], [Author("", "李红兵")]]
    assert [a.paragraphs for a in articles] == [BODY_C, BODY_A]


def test_a_letter_signed_without_a_name_keeps_the_line_as_its_last() -> None:
    text = page("公厕修好了（反馈）", body(BODY_B) + ["某省某市  刘先生"])
    [article] = segment(text).articles
    assert article.paragraphs[-1] == "某省某市  刘先生" or article.paragraphs[-1].endswith("刘先生")
