"""A text closed by a note of who helped or wrote it (`。（X参与采写）`, `。（作者为…）`) ends there: a
title line under it opens the next story, not a subhead of this one."""

from __future__ import annotations

import pytest

from reader.page.segment import explain
from tests.pagegen import chop

FIRST = [
    "入冬以来，河湾镇的几家农机合作社忙着检修机具，为来年春耕做准备。",
    "合作社负责人说，今年新添了两台播种机，能让周边的农户少跑不少路，也让种粮的成本降了下来。",
]
SECOND = [
    "村口那间闲置多年的仓库，如今摆满了书架，成了孩子们放学后最爱去的地方。",
    "书屋的管理员是一位退休教师，她每周都会组织一次读书会，请孩子们讲讲读过的故事。",
]


@pytest.mark.parametrize("note", ["（李青参与采写）", "（作者为河湾镇农技站站长）", "（本报记者何远整理）"])
def test_a_title_under_a_text_closed_by_a_helpers_note_opens_the_next_story(note: str) -> None:
    """A page set flush (no indents): the first story's last paragraph ends `。（X参与采写）`; under a
    blank line, a title line stands right over the next story's text. It is that story's headline;
    before, the two stories were read as one, the title as a subhead inside it."""
    lines = ["农机检修忙  备耕早安排", "", "本报记者  林  木", ""]
    body = [*FIRST[:-1], FIRST[-1] + note]
    for paragraph in body:
        lines += [*chop(paragraph, 15), ""]
    lines += ["山村里的新书屋"]
    for paragraph in SECOND:
        lines += [*chop(paragraph, 15), ""]
    units, segmentation = explain("\n".join(lines))
    articles = segmentation.articles
    assert [a.headline for a in articles] == ["农机检修忙 备耕早安排", "山村里的新书屋"]
    assert articles[0].paragraphs == body  # (the note stays in the text, as printed)
    assert articles[1].paragraphs == SECOND
    # `--explain` shows why: the text above is signed at its end
    (closed,) = [unit for unit in units if unit.text.replace(" / ", "").endswith(note)]
    assert "signed_end" in dict(closed.evidence)
