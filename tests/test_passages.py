"""The sentence splitter and paragraph steps behind the passage cursor (reader.passages)."""

from __future__ import annotations

import pytest

from reader.passages import (
    Sentence,
    next_paragraph,
    paragraphs,
    previous_paragraph,
    sentence_at,
    sentences,
    sentences_between,
)


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_splits_after_each_end_mark() -> None:
    assert texts("今天晴。明天雨！后天呢？大后天；不知道…") == [
        "今天晴。",
        "明天雨！",
        "后天呢？",
        "大后天；",
        "不知道…",
    ]


def test_closing_quotes_and_brackets_stay_with_the_sentence() -> None:
    text = "他说：“今天很好。明天也好。”然后走了。（本报记者 张三。）"
    assert texts(text) == ["他说：“今天很好。", "明天也好。”", "然后走了。", "（本报记者 张三。）"]
    assert texts("『好！』「行？」《完。》") == ["『好！』", "「行？」", "《完。》"]


def test_runs_of_end_marks_are_one_end() -> None:
    assert texts("真的吗？！是的……好吧。。") == ["真的吗？！", "是的……", "好吧。。"]


def test_ascii_marks() -> None:
    assert texts('He said "yes!" Then left? Fine; ok') == ['He said "yes!"', "Then left?", "Fine;", "ok"]


def test_decimal_points_do_not_split() -> None:
    assert texts("增长3.5%，达到1.2亿元。") == ["增长3.5%，达到1.2亿元。"]


def test_paragraph_breaks_end_sentences_and_number_paragraphs() -> None:
    text = "第一段没有句号\n第二段。第二句。\n\n  第四段。  "
    found = sentences(text)
    assert [text[s.start : s.end] for s in found] == ["第一段没有句号", "第二段。", "第二句。", "第四段。"]
    assert [s.paragraph for s in found] == [0, 1, 1, 3]


def test_whitespace_is_trimmed_and_blank_text_has_no_sentences() -> None:
    assert sentences("") == []
    assert sentences(" \n \n") == []
    text = "  一。  二。 "
    assert texts(text) == ["一。", "二。"]
    assert sentences(text)[0] == Sentence(2, 4, 0)


def test_offsets_index_the_text() -> None:
    text = "甲。乙！\n丙？"
    assert sentences(text) == [Sentence(0, 2, 0), Sentence(2, 4, 0), Sentence(5, 7, 1)]


def test_sentences_cover_every_non_space_character() -> None:
    text = "“问：是吗？”答：“是。”……然后；\n(a) b! c\n\n最后"
    covered = {i for s in sentences(text) for i in range(s.start, s.end)}
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered
    assert "\n" not in {text[i] for i in covered}


def test_paragraphs() -> None:
    assert paragraphs("一\n\n 二 \n三") == [(0, 1), (4, 5), (7, 8)]


def test_sentence_at() -> None:
    found = sentences("一二。三四。\n五六。")
    assert sentence_at(found, 0) == 0
    assert sentence_at(found, 2) == 0
    assert sentence_at(found, 3) == 1
    assert sentence_at(found, 6) == 2  # the newline: the next sentence
    assert sentence_at(found, 100) == 2
    with pytest.raises(ValueError):
        sentence_at([], 0)


def test_sentences_between() -> None:
    found = sentences("一。二。三。四。")
    assert sentences_between(found, 2, 6) == (1, 2)
    assert sentences_between(found, 3, 3) == (1, 1)
    assert sentences_between(found, 0, 8) == (0, 3)


def test_paragraph_steps() -> None:
    found = sentences("一。二。\n三。四。五。\n六。")
    assert next_paragraph(found, 0) == 2
    assert next_paragraph(found, 3) == 5
    assert next_paragraph(found, 5) == 5
    assert previous_paragraph(found, 4) == 2  # start of this paragraph
    assert previous_paragraph(found, 2) == 0  # already there: the paragraph before
    assert previous_paragraph(found, 5) == 2
    assert previous_paragraph(found, 1) == 0
    assert previous_paragraph(found, 0) == 0
