"""Paragraph-break corrections on made-up articles: `join_paragraphs` and `split_paragraph` find their
place again by text, after a new segmentation too."""

from __future__ import annotations

from pathlib import Path

from reader.corrections import CorrectionStore, apply, join_paragraphs_op, split_paragraph_op
from reader.model import Article, Page, PageMeta


def article(*paragraphs: str, headline: str = "山前新修一条路") -> Article:
    """A made-up article with these paragraphs."""
    return Article(id="a", kind="article", headline=headline, paragraphs=list(paragraphs))


def test_a_paragraph_break_is_found_by_its_words_after_a_new_segmentation() -> None:
    old = [article("村口有棵老树。树下常有人下棋。", "傍晚时分最热闹。")]
    op = split_paragraph_op(old, 0, 0, len("村口有棵老树。"))
    assert apply(old, [op])[0][0].paragraphs == ["村口有棵老树。", "树下常有人下棋。", "傍晚时分最热闹。"]
    # a new segmentation ran the paragraph on into another: the break is still found by its words
    merged = [article("开头一段。", "村口有棵老树。树下常有人下棋。傍晚时分最热闹。")]
    fixed, warnings = apply(merged, [op])
    assert fixed[0].paragraphs == ["开头一段。", "村口有棵老树。", "树下常有人下棋。傍晚时分最热闹。"]
    assert not warnings
    # one that breaks there already is left as it is, without a warning
    broken = [article("村口有棵老树。", "树下常有人下棋。傍晚时分最热闹。")]
    assert apply(broken, [op]) == (broken, [])
    # one where the words are gone says so
    assert apply([article("别的内容。")], [op])[1]


def test_joined_paragraphs_run_on_as_lines_do_with_a_space_only_between_latin_words() -> None:
    page = [article("Made in", "China 2025 计划", "第三段。")]
    joined, _ = apply(page, [join_paragraphs_op(page, 0, 1)])
    assert joined[0].paragraphs == ["Made in China 2025 计划", "第三段。"]
    cjk = [article("一条很长的句子写到了栏", "的尽头。")]
    assert apply(cjk, [join_paragraphs_op(cjk, 0, 1)])[0][0].paragraphs == ["一条很长的句子写到了栏的尽头。"]


def test_paragraph_corrections_are_stored_undone_and_exported(tmp_path: Path) -> None:
    raw = [article("第一段。", "第二段的前半。第二段的后半。")]
    page = Page(path="", name="p.txt", sha="ab" * 32, meta=PageMeta(), articles=list(raw))
    store = CorrectionStore(tmp_path)
    store.split_paragraph(page, 0, 1, len("第二段的前半。"))
    store.join_paragraphs(page, 0, 1)
    assert page.articles[0].paragraphs == ["第一段。第二段的前半。", "第二段的后半。"]
    assert [op["op"] for op in store.export()["pages"][0]["ops"]] == ["split_paragraph", "join_paragraphs"]
    store.undo(page, raw)
    assert page.articles[0].paragraphs == ["第一段。", "第二段的前半。", "第二段的后半。"]


def test_a_paragraph_break_taken_back_at_once_leaves_no_correction(tmp_path: Path) -> None:
    """P twice at one place: a break and the join that takes it back (or a join and the break that puts
    it back) cancel; neither is stored, and redo puts the first back."""
    raw = [article("第一段。", "第二段的前半。第二段的后半。")]
    page = Page(path="", name="p.txt", sha="cd" * 32, meta=PageMeta(), articles=list(raw))
    store = CorrectionStore(tmp_path)
    store.split_paragraph(page, 0, 1, len("第二段的前半。"))
    store.join_paragraphs(page, 0, 2)
    assert page.articles[0].paragraphs == raw[0].paragraphs
    assert store.export()["pages"] == []
    assert store.redo(page) is not None  # the break again
    assert page.articles[0].paragraphs == ["第一段。", "第二段的前半。", "第二段的后半。"]
    store.undo(page, raw)
    store.join_paragraphs(page, 0, 1)
    store.split_paragraph(page, 0, 0, len("第一段。"))
    assert page.articles[0].paragraphs == raw[0].paragraphs
    assert store.export()["pages"] == []
    # a join elsewhere takes nothing back: both are kept
    store.split_paragraph(page, 0, 1, len("第二段的前半。"))
    store.join_paragraphs(page, 0, 1)
    assert [op["op"] for op in store.export()["pages"][0]["ops"]] == ["split_paragraph", "join_paragraphs"]
