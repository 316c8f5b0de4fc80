"""A short name in title marks set letter-spaced in a headline (`话剧《茶　馆》再度上演`) reads as its word.

A two-letter name is spread out as a byline's is; the headline kept the gap, `话剧《茶 馆》再度上演`, and a
search for the headline's words or a citation copied from it carried a space no one printed.
"""

from __future__ import annotations

import pytest

from reader.page.segment import segment


def _page(headline: str) -> str:
    return "\n".join(
        [
            "",
            headline,
            "",
            "　　本报北京1月1日电  （记者 李红）今天，一部经典剧目在京再度上演，吸引了众多观众前来",
            "观看。演出持续了三个小时，观众们报以热烈的掌声。",
            "",
        ]
    )


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("话剧《茶　馆》再度上演", "话剧《茶馆》再度上演"),
        ("话剧《茶  馆》再度上演", "话剧《茶馆》再度上演"),
        ("“雷　锋”精神代代相传", "“雷锋”精神代代相传"),
    ],
)
def test_a_letter_spaced_name_in_marks_reads_as_its_word(printed: str, read: str) -> None:
    [article] = segment(_page(printed), "page.txt").articles
    assert article.headline == read


def test_two_words_in_marks_keep_the_gap_between_them() -> None:
    [article] = segment(_page("新书《山河　岁月》出版发行"), "page.txt").articles
    assert article.headline == "新书《山河 岁月》出版发行"
