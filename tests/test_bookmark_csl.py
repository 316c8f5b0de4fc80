"""CSL-JSON export: items a reference manager (Zotero, pandoc) accepts as newspaper articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.archive.catalogue import Catalogue
from reader.bookmarks import Bookmark
from reader.bookmarks.anchor import TextPositionSelector, TextQuoteSelector
from reader.bookmarks.export import csl_name, export
from reader.bookmarks.storage import DurableStorage
from reader.bookmarks.store import TABLE
from reader.cli import main
from reader.model import Author

# The CSL 1.0.2 variables an `article-newspaper` item may carry that this export uses.
CSL_KEYS = {"id", "type", "title", "container-title", "issued", "page", "section", "author", "note"}
CSL_KEYS |= {"language", "keyword", "archive_location"}


def bookmark(**changes: object) -> Bookmark:
    fields: dict[str, object] = {
        "id": "b1",
        "created": "2026-11-20T08:00:00.000000+00:00",
        "updated": "2026-11-20T08:00:00.000000+00:00",
        "article_id": "5d1a",
        "page": "03.txt",
        "page_sha": "9f2c",
        "headline": "瞄准新赛道，新兴产业“加速跑”",
        "authors": (Author("记者", "尹腾淑"), Author("", "欧阳文华"), Author("", "John Smith")),
        "paper": "聊城日报",
        "date": "2023年3月15日",
        "page_no": "第01版",
        "quote_selector": TextQuoteSelector(exact="开局即决战，起步即冲刺。"),
        "position_selector": TextPositionSelector(0, 12),
        "note": "第二章引用。",
        "tags": ("新能源",),
    }
    fields.update(changes)
    return Bookmark(**fields)  # type: ignore[arg-type]


def check_item(item: dict) -> None:
    """The shape CSL-JSON's schema requires of what we write."""
    assert set(item) <= CSL_KEYS
    assert isinstance(item["id"], str) and item["type"] == "article-newspaper"
    assert isinstance(item["title"], str) and item["title"]
    if "issued" in item:
        (parts,) = item["issued"]["date-parts"]
        assert 1 <= len(parts) <= 3 and all(isinstance(p, int) for p in parts)
    for name in item.get("author", []):
        assert set(name) in ({"family", "given"}, {"literal"})
        assert all(isinstance(v, str) and v for v in name.values())
    for key in ("container-title", "page", "section", "note", "language", "keyword"):
        assert isinstance(item.get(key, ""), str)


def test_a_full_bookmark_as_an_article_newspaper_item() -> None:
    (item,) = json.loads(export([bookmark()], "csl", sections={"9f2c": "要闻"}))
    check_item(item)
    assert item["container-title"] == "聊城日报"
    assert item["issued"] == {"date-parts": [[2023, 3, 15]]}
    assert (item["page"], item["section"]) == ("1", "要闻")
    assert item["author"] == [
        {"family": "尹", "given": "腾淑"},
        {"family": "欧阳", "given": "文华"},
        {"literal": "John Smith"},
    ]
    assert item["note"].startswith("开局即决战，起步即冲刺。") and "第二章引用。" in item["note"]


def test_what_is_unknown_is_left_out() -> None:
    bare = bookmark(id="b2", headline="", authors=(), paper="", date="2023-03", page_no="", note="", tags=())
    (item,) = json.loads(export([bare], "csl"))
    check_item(item)
    assert item["issued"] == {"date-parts": [[2023, 3]]}
    assert "author" not in item and "page" not in item and "container-title" not in item


def test_names() -> None:
    assert csl_name("李明") == {"family": "李", "given": "明"}
    assert csl_name("司马光") == {"family": "司马", "given": "光"}
    assert csl_name("阿卜杜拉·买买提") == {"literal": "阿卜杜拉·买买提"}


def test_cli_export_takes_the_section_from_the_library(
    tmp_path: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "papers" / "聊城日报_20230315_01.txt"
    page.parent.mkdir()
    page.write_text("　　开局即决战，起步即冲刺。\n", encoding="utf-8")
    (tmp_path / "papers" / "聊城日报_20230315_01.meta.json").write_text(
        '{"section": "要闻"}', encoding="utf-8"
    )
    with Catalogue() as catalogue:
        catalogue.add([page.parent])
        sha = catalogue.pages()[0].sha
    db = tmp_path / "marks.json"
    DurableStorage(db).write({TABLE: {"b1": bookmark(page_sha=sha).to_dict()}})
    assert main(["bookmarks", "--db", str(db), "export", "--format", "csl"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    check_item(item)
    assert item["section"] == "要闻"
