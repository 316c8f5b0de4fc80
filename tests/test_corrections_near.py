"""Corrections found again when their text is no longer there letter for letter: a page file with one
character fixed, a new segmentation that breaks a paragraph differently inside an operation's opening
(`reader.corrections.near`). Made-up articles, and the bundled page edited by one character."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.corpus import load_page
from reader.corrections import CorrectionStore, apply, join_op, split_op
from reader.model import Article

pytestmark = pytest.mark.usefixtures("temp_dirs")

FIRST = "山前新修了一条水泥路，村里的果子一天就能运到城里。"
SECOND = "路修好以后，来村里看花的人也多了起来，周末尤其热闹。"
THIRD = "河边的老磨坊改成了茶馆，老人们常在那里下棋聊天。"
FOURTH = "入夜以后，茶馆门口亮起一排灯，远远就能看见。"


def article(*paragraphs: str, headline: str | None = "山村新事") -> Article:
    """A made-up article with these paragraphs."""
    return Article(id="a", kind="article", headline=headline, paragraphs=list(paragraphs))


def test_a_split_is_found_again_after_one_character_of_its_paragraph_changed() -> None:
    page = [article(FIRST, SECOND, THIRD, FOURTH)]
    op = split_op(page, 0, 2)
    fixed = [article(FIRST, SECOND, THIRD.replace("茶馆", "茶舘", 1), FOURTH)]
    split, warnings = apply(fixed, [op])
    assert not warnings
    assert [a.paragraphs for a in split] == [[FIRST, SECOND], [fixed[0].paragraphs[2], FOURTH]]


def test_a_split_is_found_again_when_a_new_segmentation_breaks_its_opening_differently() -> None:
    page = [article(FIRST, SECOND, THIRD, FOURTH)]
    op = split_op(page, 0, 2)
    # the segmenter now breaks the paragraph after its first clause: the opening has a break more
    head, tail = THIRD.split("，", 1)
    rebroken = [article(FIRST, SECOND, head + "，", tail, FOURTH)]
    split, warnings = apply(rebroken, [op])
    assert not warnings
    assert [a.paragraphs[0] for a in split] == [FIRST, head + "，"]


def test_an_article_is_found_again_by_its_edited_opening_and_joined() -> None:
    page = [article(FIRST, SECOND), article(THIRD, FOURTH, headline="茶馆")]
    op = join_op(page, 1)
    edited = [article(FIRST, SECOND), article(THIRD.replace("下棋", "下象棋"), FOURTH, headline="茶馆")]
    joined, warnings = apply(edited, [op])
    assert not warnings and len(joined) == 1 and joined[0].paragraphs[-1] == FOURTH


def test_two_places_as_near_are_too_doubtful_and_the_correction_is_skipped() -> None:
    page = [article(FIRST, SECOND, THIRD, FOURTH)]
    op = split_op(page, 0, 2)
    twice = [article(FIRST, THIRD.replace("茶馆", "酒馆", 1), SECOND, THIRD.replace("茶馆", "饭馆", 1))]
    kept, warnings = apply(twice, [op])
    assert len(kept) == 1 and warnings


def test_a_rewritten_opening_is_not_taken_for_the_old_one() -> None:
    page = [article(FIRST, SECOND, THIRD, FOURTH)]
    op = split_op(page, 0, 2)
    rewritten = [article(FIRST, SECOND, "河边那座" + THIRD[6:], FOURTH)]  # (four characters changed)
    kept, warnings = apply(rewritten, [op])
    assert len(kept) == 1 and warnings


def test_corrections_after_a_split_are_not_misplaced_when_the_page_file_gets_one_character_fixed(
    page_path: Path,
) -> None:
    """The reader splits an article and joins the next one with the new part, then fixes an OCR slip
    in the split paragraph's opening in the page file. Before, the split was skipped and the join then
    joined the next article with the whole article before it."""
    store = CorrectionStore()
    page = load_page(page_path)
    longest = max(range(len(page.articles)), key=lambda i: len(page.articles[i].paragraphs))
    assert 0 < longest < len(page.articles) - 1
    store.split(page, longest, 2)
    store.join(page, longest + 2)
    corrected = [a.to_dict() for a in load_page(page_path).articles]
    opening = page.articles[longest + 1].paragraphs[0][:12]
    text = page_path.read_text(encoding="utf-8")
    assert text.count(opening[:6]) == 1
    slip = opening[:5] + ("甲" if opening[5] != "甲" else "乙")
    page_path.write_text(text.replace(opening[:6], slip), encoding="utf-8")

    edited = load_page(page_path)
    assert any("all of its 2 corrections were applied again" in w for w in edited.notes)
    assert not any("skipped" in w for w in edited.warnings)
    assert len(edited.articles) == len(corrected)
    assert [a.headline for a in edited.articles] == [a["headline"] for a in corrected]


def test_a_split_and_a_join_a_new_segmentation_has_made_already_change_nothing_and_say_nothing() -> None:
    """A new segmenter version reads the page as the reader corrected it (it starts an article where
    the reader split one, it reads as one article what the reader joined): every load warned that the
    corrections were skipped ("the paragraph already starts its article", "… is not on the page any
    more"), though the page was as the reader wanted it. They are done already: nothing is said."""
    page = [article(FIRST, SECOND, THIRD, FOURTH)]
    split = split_op(page, 0, 2)
    already_split = [article(FIRST, SECOND), article(THIRD, FOURTH, headline=None)]
    kept, warnings = apply(already_split, [split])
    assert not warnings and [a.paragraphs for a in kept] == [[FIRST, SECOND], [THIRD, FOURTH]]

    two = [article(FIRST, SECOND), article(THIRD, FOURTH, headline="茶馆")]
    join = join_op(two, 1)
    already_joined = [article(FIRST, SECOND, "茶馆", THIRD, FOURTH)]
    kept, warnings = apply(already_joined, [join])
    assert not warnings and len(kept) == 1 and kept[0].paragraphs == already_joined[0].paragraphs
    # a join whose text is gone altogether still says so; and one whose text is inside an article
    # but for a slip is not taken for done (a near match decides where, never that nothing is to do)
    assert apply([article(FIRST, SECOND)], [join])[1]
    edited = [article(FIRST, SECOND, "茶馆", THIRD.replace("下棋", "下象棋"), FOURTH)]
    assert apply(edited, [join])[1]
