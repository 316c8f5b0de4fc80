"""Corrections to a page's segmentation: join, split, set a role, undo; stored per page, applied on
every load, marked in `duba segment --json`, exported, and bookmarks stay anchored through them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.bookmarks.anchor import resolve
from reader.bookmarks.store import BookmarkStore
from reader.cli import main
from reader.corpus import load_page
from reader.corrections import CorrectionError, CorrectionStore
from reader.model import UNCERTAIN_BELOW

pytestmark = pytest.mark.usefixtures("temp_dirs")

PAGE = next((Path(__file__).parent / "data").glob("000_*.txt"))
UNSURE_PAGE = Path(__file__).parent / "data" / "unsure_page.txt"


def _dicts(articles: list) -> list[dict]:
    return [a.to_dict() for a in articles]


def test_join_is_applied_on_every_load_and_marked_in_json(
    page_path: Path, capsys: pytest.CaptureFixture
) -> None:
    page = load_page(page_path)
    before = _dicts(page.articles)
    first, second = page.articles[1], page.articles[2]
    CorrectionStore().join(page, 2)
    assert len(page.articles) == len(before) - 1
    joined = page.articles[1]
    assert joined.headline == first.headline and joined.kicker == first.kicker
    # The later article's headline (a line the segmenter took for one) stays in the text, where it was.
    titles = [t for t in (second.kicker, second.headline, second.subtitle, second.byline) if t]
    assert first.headline and second.headline in titles
    assert joined.paragraphs == first.paragraphs + titles + second.paragraphs
    assert joined.corrected

    again = load_page(page_path)  # a new load: the stored correction is applied again
    assert _dicts(again.articles) == _dicts(page.articles)
    uncached = load_page(page_path, use_cache=False)
    assert _dicts(uncached.articles) == _dicts(page.articles)
    assert load_page(page_path, use_cache=True, corrections=False).articles[2].paragraphs == second.paragraphs

    assert main(["segment", str(page_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"]
    assert [a.get("corrected", False) for a in printed] == [i == 1 for i in range(len(printed))]


def test_split_then_make_a_line_the_headline_then_undo_twice(page_path: Path) -> None:
    store = CorrectionStore()
    page = load_page(page_path)
    segmented = _dicts(page.articles)
    body = page.articles[0].paragraphs
    store.split(page, 0, 4)
    assert page.articles[0].paragraphs == body[:4]
    new = page.articles[1]
    assert new.paragraphs == body[4:] and new.headline is None

    # the first six characters of the new article's first paragraph are its headline
    store.set_role(page, 1, "headline", paragraph=0, length=6)
    assert page.articles[1].headline == body[4][:6]
    assert page.articles[1].paragraphs[0] == body[4][6:]
    assert _dicts(load_page(page_path).articles) == _dicts(page.articles)

    raw = load_page(page_path, corrections=False).articles
    assert store.undo(page, raw)["op"] == "role"
    assert page.articles[1].headline is None and page.articles[1].paragraphs == body[4:]
    assert store.undo(page, raw)["op"] == "split"
    assert _dicts(page.articles) == segmented
    assert store.undo(page, raw) is None
    assert _dicts(load_page(page_path).articles) == segmented


def test_a_title_field_changes_role_without_losing_text(page_path: Path) -> None:
    page = load_page(page_path)
    article = page.articles[1]
    kicker, headline = article.kicker, article.headline
    assert kicker and headline
    CorrectionStore().set_role(page, 1, "headline", field="kicker")
    assert (page.articles[1].headline, page.articles[1].kicker) == (kicker, headline)

    # a paragraph made the byline: its people become the authors, the old byline is kept as text
    page = load_page(page_path)
    CorrectionStore().set_role(page, 0, "byline", paragraph=0)
    assert page.articles[0].byline and page.articles[0].paragraphs[0] == "本报记者 尹腾淑"


def test_bookmarks_find_their_passage_after_a_join_and_a_split(page_path: Path, tmp_path: Path) -> None:
    page = load_page(page_path)
    bookmarks = BookmarkStore(tmp_path / "bookmarks.json")
    target = page.articles[2]
    start = target.text.index(target.paragraphs[1][:10])
    mark = bookmarks.add(target, page, start, start + 20)
    later = page.articles[0]
    at = later.text.index(later.paragraphs[5])
    mark2 = bookmarks.add(later, page, at + 3, at + 30)

    store = CorrectionStore()
    store.join(page, 2)
    store.split(page, 0, 3)
    found = {r.bookmark.id: r for r in resolve([mark, mark2], page.articles)}
    for bookmark in (mark, mark2):
        result = found[bookmark.id]
        assert not result.orphaned
        assert result.article is not None
        assert result.article.text[result.anchor.start : result.anchor.end] == bookmark.quote
    assert found[mark.id].article is page.articles[2]  # the joined article (after the split)
    assert found[mark2.id].article is page.articles[1]  # the part split off
    bookmarks.close()


def test_after_a_join_the_exported_position_is_the_passage_in_the_joined_article(
    page_path: Path, tmp_path: Path
) -> None:
    """A tool that reads an exported bookmark's TextPositionSelector finds the quote there, in the
    article as corrected, not at its offset in the article before the join."""
    from reader.app.shelf import Shelf, place_bookmarks
    from reader.bookmarks.export import to_json

    page = load_page(page_path)
    store = BookmarkStore(tmp_path / "bookmarks.json")
    target = page.articles[2]
    start = target.text.index(target.paragraphs[1][:10])
    mark = store.add(target, page, start, start + 20)
    CorrectionStore().join(page, 2)

    shelf = Shelf(store)
    shelf.set_corpus(page.articles, [page], [0] * len(page.articles))
    shelf.placement = place_bookmarks(store.all(), page.articles, [page])
    assert shelf.follow() == [mark.id]

    [exported] = json.loads(to_json(store.all()))["bookmarks"]
    position = next(s for s in exported["selector"] if s["type"] == "TextPositionSelector")
    joined = page.articles[1]
    assert exported["headline"] == joined.headline
    assert joined.text[position["start"] : position["end"]] == mark.quote
    assert position["start"] > start
    assert shelf.follow() == []  # in step now: nothing written again
    store.close()


def test_a_correction_that_no_longer_fits_is_skipped_with_a_warning(page_path: Path) -> None:
    page = load_page(page_path)
    store = CorrectionStore()
    store.split(page, 0, 2)
    record = store.load(page.sha)
    record["ops"].insert(0, {"op": "split", "paragraph": "这段话不在这一版上"})
    (store.folder / f"{page.sha}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    again = load_page(page_path)
    assert any("correction 1 (split) skipped" in w for w in again.warnings)
    assert again.articles[1].corrected  # the second operation still applied
    with pytest.raises(CorrectionError):
        store.join(again, 0)  # the first article has nothing before it
    assert len(store.ops(page.sha)) == 2  # and nothing was stored for it


def test_stored_as_readable_json_and_exported(page_path: Path, tmp_path: Path) -> None:
    page = load_page(page_path)
    store = CorrectionStore()
    store.join(page, 3)
    stored = (store.folder / f"{page.sha}.json").read_text(encoding="utf-8")
    assert store.ops(page.sha)[0]["article"]["body"] in stored  # Chinese as itself, not as escapes
    assert not list(store.folder.glob("*.tmp"))
    out = tmp_path / "corrections.json"
    assert main(["corrections", "export", "--output", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["pages"] == [{"sha": page.sha, "page": PAGE.name, "ops": store.ops(page.sha)}]
    # a second export to the same name does not silently replace the first
    out.write_text("kept", encoding="utf-8")
    assert main(["corrections", "export", "--output", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "kept"
    assert main(["corrections", "export", "--output", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == exported


def test_a_corrected_article_is_no_longer_marked_unsure_and_explain_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    page_path = tmp_path / "pages" / UNSURE_PAGE.name  # (the bundled page is read with confidence)
    page_path.parent.mkdir()
    shutil.copy(UNSURE_PAGE, page_path)
    page = load_page(page_path)
    unsure = next(n for n, a in enumerate(page.articles) if a.uncertain and a.kind == "article")
    CorrectionStore().set_role(page, unsure, "headline", paragraph=0, length=4)

    assert main(["segment", str(page_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"][unsure]
    assert printed["corrected"] and not printed["uncertain"]
    # the reader's own reading is sure; what the segmenter thought is kept beside it
    assert printed["confidence"] == 1.0 and printed["segmenter_confidence"] < UNCERTAIN_BELOW

    assert main(["segment", str(page_path)]) == 0
    heads = [line for line in capsys.readouterr().out.splitlines() if line.startswith("── ")]
    assert "✎ corrected by you (the segmenter's confidence was 0." in heads[unsure]
    assert "confidence 1.00" not in heads[unsure] and "?" not in heads[unsure]

    assert main(["segment", str(page_path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "1 item(s) corrected by you" in out
    items = out.split("items (")[1].splitlines()
    at = next(n for n, line in enumerate(items) if line.startswith(f"{unsure + 1:4d} "))
    assert "✎ confidence 1.00" in items[at] and "?" not in items[at]
    assert "the segmenter's confidence 0." in items[at + 1]


def test_explain_after_corrections_says_which_items_of_its_table_each_corrected_item_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """After a join the table numbers the segmenter's items and the list below the corrected ones: the
    header counted the corrected items under the segmenter's table, and "item 3" above was "item 2"
    below with nothing to say so (s22 walk, B8)."""
    page_path = tmp_path / "pages" / PAGE.name
    page_path.parent.mkdir()
    shutil.copy(PAGE, page_path)
    page = load_page(page_path)
    count = len(page.articles)
    CorrectionStore().join(page, 2)
    assert main(["segment", str(page_path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert f" units, {count} items; {count - 1} as you corrected them, below" in out.splitlines()[0]
    listed = [line for line in out.split("items (")[1].splitlines() if " confidence " in line]
    assert "(item 1) " in listed[0] and "✎" in listed[1] and "(items 2, 3) " in listed[1]
    assert f"(item {count}) " in listed[-1]


def test_an_article_split_off_keeps_the_segmenters_doubt_about_the_text_it_came_from(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    # The segmenter never made the part split off: its confidence in that text was the article's it
    # was cut from, not a sure 1.00 (which --explain would print as "the segmenter's confidence 1.00").
    page_path = tmp_path / "pages" / UNSURE_PAGE.name
    page_path.parent.mkdir()
    shutil.copy(UNSURE_PAGE, page_path)
    page = load_page(page_path)
    unsure = next(n for n, a in enumerate(page.articles) if a.uncertain and len(a.paragraphs) > 1)
    was = page.articles[unsure].confidence
    CorrectionStore().split(page, unsure, 1)

    assert main(["segment", str(page_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"]
    head, tail = printed[unsure], printed[unsure + 1]
    assert tail["corrected"] and tail["confidence"] == 1.0
    assert head["segmenter_confidence"] == tail["segmenter_confidence"] == pytest.approx(was)
    assert was < UNCERTAIN_BELOW


def test_a_damaged_corrections_file_is_reported_and_never_replaced(
    page_path: Path, capsys: pytest.CaptureFixture
) -> None:
    store = CorrectionStore()
    page = load_page(page_path)
    stored = store.folder / f"{page.sha}.json"
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_text("{not json", encoding="utf-8")
    again = load_page(page_path)
    assert any("corrections not applied" in w and stored.name in w for w in again.warnings)
    with pytest.raises(CorrectionError, match="left as it is"):
        store.join(again, 2)
    with pytest.raises(CorrectionError, match="left as it is"):
        store.undo(again, again.articles)
    assert stored.read_text(encoding="utf-8") == "{not json"
    assert main(["corrections", "export"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["pages"] == [] and stored.name in captured.err


def test_operations_edited_into_nonsense_are_skipped_with_warnings(page_path: Path) -> None:
    sha = load_page(page_path).sha
    stored = CorrectionStore().folder / f"{sha}.json"
    stored.parent.mkdir(parents=True, exist_ok=True)
    ops = ["x", None, {"op": "split", "article": {"body": 1}, "paragraph": []}, {"op": "join"}]
    stored.write_text(json.dumps({"version": 1, "sha": sha, "ops": ops}), encoding="utf-8")
    page = load_page(page_path)  # before: AttributeError ('str' object has no attribute 'get')
    assert _dicts(page.articles) == _dicts(load_page(page_path, corrections=False).articles)
    assert sum("skipped" in w for w in page.warnings) == 4


def test_a_trailer_or_a_bare_name_made_the_byline_names_its_writer(tmp_path: Path) -> None:
    page_file = tmp_path / "interview.txt"
    page_file.write_text(
        "让老手艺走进新课堂\n\n"
        "　　学校里开设了木工课，孩子们每周都能在老师傅的带领下动手做一件小家具，"
        "家长们说孩子回家后话也多了，饭也吃得香了。\n"
        "　　老师傅说，手艺要传下去，就得让年轻人先喜欢上它。\n"
        "（本报记者尹晓宇采访整理）\n",
        encoding="utf-8",
    )
    page = load_page(page_file)
    article = page.articles[0]
    trailer = next(i for i, p in enumerate(article.paragraphs) if p.startswith("（本报记者"))
    CorrectionStore().set_role(page, 0, "byline", paragraph=trailer)
    article = load_page(page_file).articles[0]
    assert article.byline == "（本报记者尹晓宇采访整理）"
    assert [(a.role, a.name) for a in article.authors] == [("记者", "尹晓宇")]


def test_a_photo_credit_made_the_byline_names_its_photographer(tmp_path: Path) -> None:
    page_file = tmp_path / "workshop.txt"
    page_file.write_text(
        "让老手艺走进新课堂\n本报记者  王  平\n\n"
        "　　学校里开设了木工课，孩子们每周都能在老师傅的带领下动手做一件小家具，"
        "家长们说孩子回家后话也多了，饭也吃得香了。\n"
        "　　老师傅说，手艺要传下去，就得让年轻人先喜欢上它。\n"
        "　　图为孩子们在木工课上做小板凳。\n"
        "林  木摄（新华社）\n",
        encoding="utf-8",
    )
    page = load_page(page_file)
    credit = page.articles[0].paragraphs.index("林  木摄（新华社）")
    CorrectionStore().set_role(page, 0, "byline", paragraph=credit)
    article = load_page(page_file).articles[0]
    assert article.byline == "林木摄（新华社）"
    assert [(a.role, a.name) for a in article.authors] == [("摄影", "林木")]


def _edit_last_paragraph(page_path: Path) -> None:
    """Change a few characters near the end of the page, as a reader fixing an OCR slip would."""
    text = page_path.read_text(encoding="utf-8")
    at = text.rindex("。")
    page_path.write_text(text[:at] + "，如此。" + text[at + 1 :], encoding="utf-8")


def test_corrections_outlive_an_edit_of_the_page_file_and_say_so(page_path: Path) -> None:
    store = CorrectionStore()
    page = load_page(page_path)
    count = len(page.articles)
    store.join(page, 2)
    _edit_last_paragraph(page_path)

    edited = load_page(page_path)
    assert edited.sha != page.sha
    assert len(edited.articles) == count - 1 and edited.articles[1].corrected
    assert any("changed after it was corrected: its correction was applied again" in w for w in edited.notes)
    assert not list(store.folder.glob(f"{edited.sha}.json"))  # reading never writes

    # The next correction is stored under the new text with the carried one, and undo walks both back.
    store.split(edited, 0, 2)
    assert [op["op"] for op in store.ops(edited.sha)] == ["join", "split"]
    again = load_page(page_path)
    assert len(again.articles) == count and not any(
        "changed after" in w for w in again.warnings + again.notes
    )
    raw = load_page(page_path, corrections=False).articles
    assert store.undo(again, raw)["op"] == "split"
    assert store.undo(again, raw)["op"] == "join"
    assert _dicts(load_page(page_path).articles) == _dicts(raw)


def test_a_carried_correction_that_no_longer_fits_the_edited_page_is_reported(page_path: Path) -> None:
    store = CorrectionStore()
    page = load_page(page_path)
    last = page.articles[-1]
    store.split(page, len(page.articles) - 1, len(last.paragraphs) - 1)
    # The edit rewrites the paragraph the split was made at: the split cannot be found again.
    text = page_path.read_text(encoding="utf-8")
    opening = last.paragraphs[-1][:8]
    page_path.write_text(text.replace(opening, "改写过的开头文字"), encoding="utf-8")
    edited = load_page(page_path)
    assert any("its correction no longer fits" in w for w in edited.warnings)
    assert any("correction 1 (split) skipped" in w for w in edited.warnings)


def test_another_file_with_the_same_name_does_not_take_a_pages_corrections(
    page_path: Path, tmp_path: Path
) -> None:
    page = load_page(page_path)
    CorrectionStore().join(page, 2)
    other = tmp_path / "elsewhere" / page_path.name
    other.parent.mkdir()
    _edit_last_paragraph(page_path)
    shutil.copy(page_path, other)
    page_path.write_text(page_path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elsewhere = load_page(other)
    assert not any(a.corrected for a in elsewhere.articles) and not elsewhere.warnings


@pytest.mark.parametrize("corrected_after_the_edit", [False, True])
def test_undo_on_an_edited_page_undoes_the_correction_on_other_copies_of_the_original(
    page_path: Path, tmp_path: Path, corrected_after_the_edit: bool
) -> None:
    """A page and a copy of it (the same file saved twice): the join made on one is on both. The page
    is edited (it takes the join with it), and the join undone there: the copy was left joined, one
    article short in the library, with no page where u could undo it."""
    copy = tmp_path / "copies" / page_path.name
    copy.parent.mkdir()
    shutil.copy(page_path, copy)
    store = CorrectionStore()
    page = load_page(page_path)
    count = len(page.articles)
    store.join(page, 2)
    assert len(load_page(copy).articles) == count - 1
    _edit_last_paragraph(page_path)
    edited = load_page(page_path)
    if corrected_after_the_edit:  # stored under the edited text, with the join it carried
        store.split(edited, 0, 2)
        store.undo(edited, load_page(page_path, corrections=False).articles)
    assert store.undo(edited, load_page(page_path, corrections=False).articles)["op"] == "join"
    assert len(load_page(page_path).articles) == count
    assert len(load_page(copy).articles) == count and not any(a.corrected for a in load_page(copy).articles)


def test_undo_on_an_edited_page_leaves_a_copy_corrected_further_as_it_is(
    page_path: Path, tmp_path: Path
) -> None:
    """The copy of the original was corrected again after the edit: its corrections are its own."""
    copy = tmp_path / "copies" / page_path.name
    copy.parent.mkdir()
    shutil.copy(page_path, copy)
    store = CorrectionStore()
    store.join(load_page(page_path), 2)
    _edit_last_paragraph(page_path)
    edited = load_page(page_path)
    store.split(edited, 0, 2)  # the edited page has corrections of its own: [join, split]
    store.join(load_page(copy), 3)  # and the copy of the original: [join, join]
    raw = load_page(page_path, corrections=False).articles
    assert [store.undo(edited, raw)["op"], store.undo(edited, raw)["op"]] == ["split", "join"]
    assert [op["op"] for op in store.ops(load_page(copy).sha)] == ["join", "join"]


def test_what_was_undone_is_redone_from_the_file_until_the_page_changes(page_path: Path) -> None:
    """The undone operations are kept in the page's file (a restart can redo them). An operation added
    since by a duba that does not know them (it keeps the list as it is) makes them stale: not redone."""
    store = CorrectionStore()
    page = load_page(page_path)
    raw = load_page(page_path, corrections=False).articles
    store.join(page, 2)
    store.join(page, 1)
    joined = _dicts(page.articles)
    store.undo(page, raw)
    store.undo(page, raw)
    again = load_page(page_path)  # as after a restart
    assert [op["op"] for op in store.redoable(again)] == ["join", "join"]
    assert store.redo(again) is not None and store.redo(again) is not None
    assert _dicts(again.articles) == joined == _dicts(load_page(page_path).articles)
    assert store.redo(again) is None and not store.redoable(again)
    store.undo(again, raw)
    target = store.folder / f"{page.sha}.json"
    record = json.loads(target.read_text(encoding="utf-8"))
    record["ops"].append(record["ops"][-1])  # what an older duba's add leaves
    target.write_text(json.dumps(record), encoding="utf-8")
    assert store.redoable(load_page(page_path)) == []


def test_a_joined_article_keeps_the_segmenters_doubt_about_either_part(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """Two articles joined: `--json`'s `segmenter_confidence` (and --explain's "the segmenter's
    confidence") was the upper one's alone, a sure 0.94 beside a part it was far less sure of (0.57). It is
    the lower of the two: the segmenter was that unsure of the article they make."""
    page_path = tmp_path / "pages" / UNSURE_PAGE.name
    page_path.parent.mkdir()
    shutil.copy(UNSURE_PAGE, page_path)
    page = load_page(page_path)
    lower = next(
        n for n, a in enumerate(page.articles) if n and a.confidence < page.articles[n - 1].confidence
    )
    was = page.articles[lower].confidence
    assert was < page.articles[lower - 1].confidence - 0.2
    CorrectionStore().join(page, lower)
    assert main(["segment", str(page_path), "--json"]) == 0
    joined = json.loads(capsys.readouterr().out)["articles"][lower - 1]
    assert joined["corrected"] and joined["confidence"] == 1.0
    assert joined["segmenter_confidence"] == pytest.approx(was)
