"""A line's last word wrapped onto a line of its own is no one's name.

A line breaks where it is full, a title's as a text's, inside a word as often as not, and the letters
it had no room for go on the next line. A word of two or three letters alone there, under a line that
fills the column and ends on a letter, with no common surname to open it, ends that line: it is not a
name signing the story, even with the story's byline right under it.
"""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, body, page


def test_a_headlines_last_word_wrapped_over_its_byline_is_the_headlines() -> None:
    # `某市出新规为乡村文化站建设找到` fills the column (15 letters, 30 cells); `出路` under it
    # is the rest of the headline, and the byline under that names the reporter alone
    text = page(
        ["某市出新规为乡村文化站建设找到", "出路", "本报记者  王军豪"],
        body(BODY_A),
        ["某县小农具闯出大市场（探访）"],
        "本报记者  黄  锐",
        body(BODY_B),
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == [
        "某市出新规为乡村文化站建设找到出路",
        "某县小农具闯出大市场（探访）",
    ]
    assert [a.authors for a in articles] == [[Author("记者", "王军豪")], [Author("记者", "黄锐")]]


def test_a_text_lines_last_word_wrapped_goes_on_its_paragraph() -> None:
    # an editor's note run over full lines, its last word (`扎实`) alone on the next line: the note's
    # end, not a signature; the commentary is signed by the name under its text
    note = ["编者按：社区食堂既要能开得起来，", "也要让老人吃得放心，把好事办得", "扎实", ""]
    text = page(
        ["算好社区食堂便民的细账（街巷随笔）", ""],
        note,
        body(BODY_A),
        "王  浩",
    )
    [article] = [a for a in segment(text).articles if a.kind == "article"]
    assert article.authors == [Author("", "王浩")]
    assert article.paragraphs[0] == "编者按：社区食堂既要能开得起来，也要让老人吃得放心，把好事办得扎实"
