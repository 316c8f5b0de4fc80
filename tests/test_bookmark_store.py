"""The bookmark store as the UI uses it: add, edit, delete and undo, reopen, and damaged files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from reader.bookmarks import Bookmark, BookmarkStore, ForeignFileError, StorageError, default_db_path
from reader.bookmarks.storage import DurableStorage
from reader.model import Article, Author, Page, PageMeta

ARTICLE = Article(
    id="a1",
    headline="瞄准新赛道，新兴产业“加速跑”",
    authors=[Author("记者", "尹腾淑")],
    paragraphs=[
        "3月13日，山东嘉元新能源材料有限公司的无菌车间里，一台台精密设备整齐排列。",
        "高性能电解铜箔是新能源汽车锂电池的核心部件。",
    ],
    page="000_0bab674bd8117e01.txt",
)
OTHER = Article(
    id="a2", headline="阳谷县打造人才集聚新高地", paragraphs=["阳谷积极探索人才引育创新。"], page="x.txt"
)
PAGE = Page(
    path="/corpus/000_0bab674bd8117e01.txt",
    name="000_0bab674bd8117e01.txt",
    sha="9f2c",
    meta=PageMeta(paper="聊城日报", date="2023-03-15", page_no="1"),
    articles=[ARTICLE, OTHER],
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bookmarks.json"


def test_a_bookmark_records_passage_and_citation(path: Path) -> None:
    store = BookmarkStore(path)
    start = ARTICLE.text.index("一台台")

    bookmark = store.add(ARTICLE, PAGE, start, start + 10, note="设备", tags="产业, 新能源")

    assert bookmark.quote == "一台台精密设备整齐排"
    assert (bookmark.start, bookmark.end) == (start, start + 10)
    assert bookmark.quote_selector.prefix == ARTICLE.text[max(0, start - 32) : start]
    assert bookmark.quote_selector.suffix == ARTICLE.text[start + 10 : start + 42]
    assert (bookmark.article_id, bookmark.page, bookmark.page_sha) == ("a1", PAGE.name, "9f2c")
    assert (bookmark.paper, bookmark.date, bookmark.page_no) == ("聊城日报", "2023-03-15", "1")
    assert bookmark.headline == ARTICLE.headline and bookmark.authors == (Author("记者", "尹腾淑"),)
    assert bookmark.note == "设备" and bookmark.tags == ("产业", "新能源")
    assert bookmark.schema == 1 and bookmark.created == bookmark.updated


def test_bookmarks_survive_a_restart_and_list_newest_first(path: Path) -> None:
    store = BookmarkStore(path)
    first = store.add(ARTICLE, PAGE, 0, 5)
    second = store.add(OTHER, PAGE, 0, 4, note="人才")
    third = store.add(ARTICLE, PAGE, 10, 20)
    store.close()

    reopened = BookmarkStore(path)

    assert [b.id for b in reopened.all()] == [third.id, second.id, first.id]
    assert reopened.all()[1] == second
    assert [b.id for b in reopened.for_article("a1")] == [third.id, first.id]
    assert reopened.warnings == []


def test_selection_whitespace_is_trimmed_and_empty_selections_refused(path: Path) -> None:
    store = BookmarkStore(path)
    break_at = ARTICLE.text.index("\n")

    bookmark = store.add(ARTICLE, PAGE, break_at - 3, break_at + 4)  # across the paragraph break

    assert bookmark.quote == "排列。\n高性能"
    with pytest.raises(ValueError):
        store.add(ARTICLE, PAGE, break_at, break_at + 1)  # only the newline
    with pytest.raises(ValueError):
        store.add(ARTICLE, PAGE, 5, 500)
    assert len(store) == 1


def test_edit_note_and_tags(path: Path) -> None:
    store = BookmarkStore(path)
    bookmark = store.add(ARTICLE, PAGE, 0, 5, note="旧", tags=["a"])

    edited = store.update(bookmark.id, note="  新的笔记\n第二行 ")
    retagged = store.update(bookmark.id, tags="经济、 新能源 #经济")

    assert edited.note == "新的笔记\n第二行" and edited.tags == ("a",)
    assert retagged.note == "新的笔记\n第二行" and retagged.tags == ("经济", "新能源")
    assert retagged.updated > bookmark.updated and retagged.created == bookmark.created
    assert BookmarkStore(path).get(bookmark.id) == retagged
    with pytest.raises(KeyError):
        store.update("no-such-id", note="x")


def test_a_bookmark_follows_its_article_retitled_keeping_note_tags_and_time(path: Path) -> None:
    store = BookmarkStore(path)
    bookmark = store.add(OTHER, PAGE, 0, 5, note="笔记", tags="人才")
    joined = Article(id="a1", headline=ARTICLE.headline, authors=ARTICLE.authors, paragraphs=["…"])

    moved = store.follow(bookmark, joined)

    assert moved is not None and moved.headline == ARTICLE.headline and moved.article_id == "a1"
    assert moved.authors == (Author("记者", "尹腾淑"),)
    assert (moved.note, moved.tags, moved.updated, moved.quote) == (
        "笔记",
        ("人才",),
        bookmark.updated,
        "阳谷积极探",
    )
    assert BookmarkStore(path).get(bookmark.id) == moved
    assert store.follow(moved, joined) is None  # already in step: nothing written
    store.delete(bookmark.id)
    assert store.follow(bookmark, joined) is None  # deleted meanwhile


def test_delete_then_undo_puts_the_bookmark_back_in_its_place(path: Path) -> None:
    store = BookmarkStore(path)
    older = store.add(ARTICLE, PAGE, 0, 5)
    middle = store.add(ARTICLE, PAGE, 6, 12, note="要删的")
    newer = store.add(OTHER, PAGE, 0, 4)

    deleted = store.delete(middle.id)

    assert deleted == middle
    assert [b.id for b in BookmarkStore(path).all()] == [newer.id, older.id]
    store.restore(deleted)
    assert [b.id for b in BookmarkStore(path).all()] == [newer.id, middle.id, older.id]
    assert store.get(middle.id) == middle
    store.restore(deleted)  # a second undo changes nothing
    assert len(BookmarkStore(path)) == 3
    with pytest.raises(KeyError):
        store.delete("no-such-id")


def test_the_file_is_readable_utf8_json(path: Path) -> None:
    store = BookmarkStore(path)
    bookmark = store.add(ARTICLE, PAGE, 0, 10, note="笔记")

    raw = path.read_bytes()

    assert "瞄准新赛道".encode() in raw and b"\\u" not in raw
    data = json.loads(raw.decode("utf-8"))
    assert data["bookmarks"][bookmark.id]["note"] == "笔记"
    assert data["bookmarks"][bookmark.id]["selector"][1] == {
        "type": "TextPositionSelector",
        "start": 0,
        "end": 10,
    }
    # One bookmark per line: a diff or grep of the file shows whole bookmarks.
    assert sum(1 for line in raw.splitlines() if bookmark.id.encode() in line) == 1
    # TinyDB's own storage reads it too.
    plain = TinyDB(path, storage=JSONStorage, encoding="utf-8", access_mode="r")
    assert len(plain.table("bookmarks")) == 1
    plain.close()


def test_a_file_written_by_tinydbs_json_storage_is_read_and_kept(path: Path) -> None:
    path.parent.mkdir(parents=True)
    record = Bookmark.from_dict(
        {
            "id": "old1",
            "created": "2025-01-02T03:04:05+08:00",
            "selector": [{"type": "TextQuoteSelector", "exact": "旧书签"}],
        }
    ).to_dict()
    path.write_text(json.dumps({"bookmarks": {"old1": record}}), encoding="ascii")  # \\u escapes, one line

    store = BookmarkStore(path)
    added = store.add(ARTICLE, PAGE, 0, 5)

    assert [b.id for b in BookmarkStore(path).all()] == [added.id, "old1"]
    assert store.get("old1").quote == "旧书签"  # type: ignore[union-attr]
    assert "旧书签" in path.read_text(encoding="utf-8")


def test_db_path_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DUBA_DB", raising=False)
    monkeypatch.setenv("DUBA_DATA_DIR", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "bookmarks.json"
    monkeypatch.setenv("DUBA_DB", str(tmp_path / "mine.json"))
    BookmarkStore().add(ARTICLE, PAGE, 0, 5)
    assert (tmp_path / "mine.json").exists() and not (tmp_path / "data").exists()


def test_reading_an_absent_file_creates_nothing(path: Path) -> None:
    store = BookmarkStore(path)

    assert store.all() == [] and store.warnings == []
    assert not path.parent.exists()


def test_two_open_stores_see_each_others_changes(path: Path) -> None:
    one, two = BookmarkStore(path), BookmarkStore(path)

    a = one.add(ARTICLE, PAGE, 0, 5)
    b = two.add(OTHER, PAGE, 0, 4)
    two.update(a.id, note="改自另一个窗口")
    one.delete(b.id)

    assert [x.id for x in one.all()] == [a.id] == [x.id for x in two.all()]
    assert one.get(a.id).note == "改自另一个窗口"  # type: ignore[union-attr]


def test_a_write_without_the_lock_never_overwrites_a_newer_file(path: Path) -> None:
    BookmarkStore(path).add(ARTICLE, PAGE, 0, 5)
    stale = DurableStorage(path)
    stale.read()
    BookmarkStore(path).add(OTHER, PAGE, 0, 4)  # another process writes meanwhile

    with pytest.raises(StorageError):
        stale.write({"bookmarks": {}})

    assert len(BookmarkStore(path)) == 2


@pytest.mark.parametrize(
    "content",
    [
        b'{\n"bookmarks":{\n"abc":{"id":"abc","selector":[{"type":"TextQuo',  # truncated mid-write
        b'{"bookmarks": {"1": \xff\xfe garbage',  # not UTF-8
        b'["a list", "bookmarks", "not tables"]',
        b'{"bookmarks": {"1": {"a": 1}}} extra data',
    ],
)
def test_a_corrupt_file_is_moved_aside_never_overwritten(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)

    store = BookmarkStore(path)

    assert store.all() == []
    (moved,) = store.quarantined
    assert moved.parent == path.parent and moved.name.startswith("bookmarks.json.corrupt-")
    assert moved.read_bytes() == content
    assert len(store.warnings) == 1 and str(moved) in store.warnings[0]
    # no entry could be told in it: not "no bookmark could be recovered from it (0 damaged entries lost)"
    assert "0 damaged" not in store.warnings[0] and "duba started with none" in store.warnings[0]
    # Bookmarking goes on in a fresh file; the damaged one is left as it was.
    store.add(ARTICLE, PAGE, 0, 5)
    assert moved.read_bytes() == content
    assert len(BookmarkStore(path).all()) == 1


def test_whole_bookmarks_are_recovered_from_around_a_damaged_line(path: Path) -> None:
    store = BookmarkStore(path)
    first, second = store.add(ARTICLE, PAGE, 0, 5, note="甲"), store.add(OTHER, PAGE, 0, 4, note="乙")
    store.add(ARTICLE, PAGE, 6, 9, note="丙")
    rows = path.read_bytes().split(b"\n")
    middle = next(i for i, row in enumerate(rows) if "丙".encode() in row)
    rows[middle] = rows[middle].replace("丙".encode(), b"\xff\xfe")  # a bad sector in one line
    damaged = b"\n".join(rows)
    path.write_bytes(damaged)

    again = BookmarkStore(path)

    assert sorted(b.id for b in again.all()) == sorted([first.id, second.id])
    assert "2 bookmarks recovered from it, 1 damaged entry lost" in again.warnings[0]
    assert again.quarantined[0].read_bytes() == damaged
    assert len(BookmarkStore(path).all()) == 2 and not BookmarkStore(path).warnings


def test_a_second_corrupt_file_in_the_same_second_gets_its_own_name(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"bookmarks": {broken')
    first = BookmarkStore(path).quarantined
    path.write_bytes(b'{"bookmarks": {broken again')
    second = BookmarkStore(path).quarantined

    assert first[0] != second[0]
    assert first[0].read_bytes() == b'{"bookmarks": {broken'
    assert second[0].read_bytes() == b'{"bookmarks": {broken again'


@pytest.mark.parametrize(
    "content",
    [
        "阳谷县打造人才集聚新高地\n本报讯（记者 刘桐）\n".encode(),  # a page given as --db
        b"\xff\xfe garbage",
        b'{"name": "duba", "version": "1.0"}',  # someone else's JSON
        b'{"_default": {"1": {"title": "a TinyDB of another program"}}}',
        b'["a list", "not tables"]',
    ],
)
def test_a_file_that_never_was_a_store_is_refused_and_left_alone(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)

    with pytest.raises(ForeignFileError, match="not a duba bookmark file"):
        BookmarkStore(path)

    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing moved, no lock


@pytest.mark.parametrize(
    "content", [b'{"bookmarks": {"x": {', b"not a store at all", b'{"bookmarks": {}}', None]
)
def test_a_read_only_store_never_creates_locks_or_moves_anything(path: Path, content: bytes | None) -> None:
    path.parent.mkdir(parents=True)
    if content is not None:
        path.write_bytes(content)

    try:
        with BookmarkStore(path, writable=False) as store:
            assert store.all() == []
            with pytest.raises(StorageError):
                store.add(ARTICLE, PAGE, 0, 5)
    except StorageError:
        assert content is not None and content != b'{"bookmarks": {}}'

    assert sorted(p.name for p in path.parent.iterdir()) == ([path.name] if content is not None else [])
    if content is not None:
        assert path.read_bytes() == content


def test_a_damaged_record_is_reported_and_kept_in_the_file(path: Path) -> None:
    store = BookmarkStore(path)
    good = store.add(ARTICLE, PAGE, 0, 5)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["bookmarks"]["broken"] = {"id": "broken", "note": "no selector"}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    reopened = BookmarkStore(path)
    reopened.add(OTHER, PAGE, 0, 4)

    assert [b.id for b in reopened.all()][1:] == [good.id]
    assert any("broken" in w for w in reopened.warnings)
    assert "no selector" in path.read_text(encoding="utf-8")


def test_a_page_whose_file_name_is_not_utf8_is_bookmarked_and_found_again(path: Path, tmp_path: Path) -> None:
    """Python decodes a GBK file name with lone surrogates; writing them as UTF-8 raised
    UnicodeEncodeError. They are stored as JSON escapes, which read back as the same path."""
    name = os.fsdecode(b"\xc8\xcb\xc3\xf1.txt")  # 人民.txt in GBK
    page = Page(path=str(tmp_path / name), name=name, sha="9f2c", meta=PageMeta(), articles=[ARTICLE])
    store = BookmarkStore(path)
    mark = store.add(ARTICLE, page, 0, 5)
    store.close()
    path.read_bytes().decode("utf-8")  # the file stays UTF-8
    reopened = BookmarkStore(path)
    assert reopened.all() == [mark] and reopened.warnings == []
    assert reopened.all()[0].page_path == page.path and reopened.all()[0].page == name


def test_photo_without_headline_is_cited_by_its_caption(tmp_path: Path) -> None:
    from reader.model import Article

    photo = Article(
        id="p1",
        kind="photo",
        paragraphs=["3月13日，工人在车间内作业。这是一段很长很长的图片说明文字，用来测试截断。"],
    )
    store = BookmarkStore(tmp_path / "b.json")
    mark = store.add(photo, None, 0, 8)
    assert mark.headline.startswith("图片：3月13日，工人在车间内作业")
    assert mark.headline.endswith("…")


def test_control_characters_in_a_hand_edited_file_come_back_as_symbols(path: Path) -> None:
    store = BookmarkStore(path)
    bookmark = store.add(ARTICLE, PAGE, 0, 5, note="笔记", tags="产业")
    store.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    record = data["bookmarks"][bookmark.id]
    record["note"] = "笔记\x1b]52;c;cHduZWQ=\x07"
    record["headline"] = "标题\x9b2J"
    record["tags"] = ["产业\x1b[31m"]
    path.write_text(json.dumps(data), encoding="ascii")  # written as \\u001b escapes

    (again,) = BookmarkStore(path).all()

    assert again.note == "笔记␛]52;c;cHduZWQ=␇"
    assert again.headline == "标题\ufffd2J"
    assert again.tags == ("产业␛[31m",)
