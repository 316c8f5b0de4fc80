"""A title line of two phrases of one length set apart by a gap (`某某某某  某某某某`) is whole: the
line under it is the next line of the heading, not the rest of a title wrapped, even where a word of
the language (or of the story) runs across the break."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

_BODY = "　　今年以来，江城新建城市书房二十家，市民在家门口就能借书读书。书房开放时间延长到晚上十点。"


def test_a_two_part_kicker_stays_over_its_headline() -> None:
    """`文化惠民  服务上新` over `建成一批城市书房`: the story prints `新建`, the dictionary cuts it
    across the break, yet the upper line's two phrases are whole: kicker and headline."""
    lines = ["文化惠民  服务上新", "建成一批城市书房", "", "本报记者  王  平", "", *chop(_BODY, 16)]
    (article,) = segment("\n".join(lines)).articles
    assert " ".join((article.kicker or "").split()) == "文化惠民 服务上新"
    assert article.headline == "建成一批城市书房"


def test_a_title_wrapped_inside_its_last_phrase_is_still_joined() -> None:
    """`书房开到家门口  市民读` over `书更方便` is a title wrapped inside its second phrase (the
    phrases on the upper line are of two lengths): one headline."""
    lines = ["书房开到家门口  市民读", "书更方便", "", "本报记者  王  平", "", *chop(_BODY, 16)]
    (article,) = segment("\n".join(lines)).articles
    assert article.kicker is None
    assert "".join(article.headline.split()) == "书房开到家门口市民读书更方便"
