"""A note naming who wrote down a text (`（本报记者X、Y整理）`) closes that text wherever it opens, even
under a line that closes no sentence (a speaker's title in brackets): a kicker printed tight under
the note heads the next story, not a line of the text above (see `reader.page.glued.closes_text`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop
from tests.test_segment_conventions import BODY_A, BODY_B


def test_a_kicker_tight_under_a_writers_note_heads_the_next_story() -> None:
    lines = ["代表委员议事厅", ""]
    for paragraph in BODY_A:
        lines += chop(paragraph, 16)
    lines += ["——张明远代表（某某市农业", "技术推广中心主任）"]
    lines += ["（本报记者王小五、赵六六、", "孙七七整理）", "李长河委员——", ""]
    lines += ["让便民服务走进千家万户", ""]
    for paragraph in BODY_B:
        lines += chop(paragraph, 16)
    articles = segment("\n".join(lines) + "\n").articles
    heads = [(a.kicker, a.headline) for a in articles]
    kickers = [kicker for kicker, headline in heads if headline == "让便民服务走进千家万户"]
    assert kickers in (["李长河委员——"], ["李长河委员"])
    assert all("李长河委员" not in p for a in articles for p in a.paragraphs)
