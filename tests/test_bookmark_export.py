"""Exports a researcher reads and cites from: Markdown with citations, JSON with every field."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from reader.bookmarks import Bookmark, citation, to_json, to_markdown
from reader.bookmarks.anchor import TextPositionSelector, TextQuoteSelector
from reader.bookmarks.export import to_csl
from reader.bookmarks.storage import DurableStorage
from reader.bookmarks.store import TABLE
from reader.model import Author
from tests.clitest import Ran
from tests.clitest import duba as run_duba

FOIL = Bookmark(
    id="b1",
    created="2026-11-20T08:00:00.000000+00:00",
    updated="2026-11-21T09:30:00.000000+00:00",
    article_id="5d1a",
    page="000_0bab674bd8117e01.txt",
    page_sha="9f2c",
    headline="瞄准新赛道，新兴产业“加速跑”",
    authors=(Author("记者", "尹腾淑"),),
    paper="聊城日报",
    date="2023年3月15日",
    page_no="第01版",
    quote_selector=TextQuoteSelector(
        exact="高性能电解铜箔是新能源汽车锂电池的核心部件。\n开局即决战，起步即冲刺。",
        prefix="领域，是国家绿色低碳战略性新兴产业中的重要一环。\n",
        suffix="一季度，我市新兴产业建设铆足干劲",
    ),
    position_selector=TextPositionSelector(200, 236),
    note="第二章引用。\n核对原版面。",
    tags=("新能源", "产业"),
)
TALENT = Bookmark(
    id="b2",
    created="2026-11-19T10:00:00.000000+00:00",
    updated="2026-11-19T10:00:00.000000+00:00",
    article_id="77aa",
    page="000_0bab674bd8117e01.txt",
    page_sha="9f2c",
    headline="阳谷县打造人才集聚新高地",
    authors=(Author("通讯员", "张文青"), Author("记者", "李明"), Author("", "王芳"), Author("摄影", "赵强")),
    paper="聊城日报",
    date="2023-03-15",
    page_no="A4",
    quote_selector=TextQuoteSelector(exact="阳谷积极探索人才引育创新", prefix="", suffix="，加快人才"),
    position_selector=TextPositionSelector(0, 12),
)
UNKNOWN = Bookmark(
    id="b3",
    created="2026-11-18T10:00:00.000000+00:00",
    updated="2026-11-18T10:00:00.000000+00:00",
    article_id="c0",
    page="scan.txt",
    page_sha="",
    headline="",
    authors=(),
    paper="",
    date="",
    page_no="",
    quote_selector=TextQuoteSelector(exact="出处不明的一段话"),
    position_selector=TextPositionSelector(3, 11),
)

EXPECTED_MARKDOWN = """\
# 读报书签

共 3 条。

## 1. 瞄准新赛道，新兴产业“加速跑”

> 高性能电解铜箔是新能源汽车锂电池的核心部件。
>
> 开局即决战，起步即冲刺。

出处：尹腾淑. 瞄准新赛道，新兴产业“加速跑”[N]. 聊城日报, 2023-03-15(1).

笔记：第二章引用。\\
核对原版面。

标签：新能源、产业

## 2. 阳谷县打造人才集聚新高地

> 阳谷积极探索人才引育创新

出处：张文青, 李明, 王芳, 等. 阳谷县打造人才集聚新高地[N]. 聊城日报, 2023-03-15(A4).

## 3. [无题]

> 出处不明的一段话

出处：[无题][N]. [报纸名不详], [出版日期不详].

来源文件：scan.txt
"""


def test_markdown_lists_quotes_with_citation_note_and_tags() -> None:
    assert to_markdown([FOIL, TALENT, UNKNOWN]) == EXPECTED_MARKDOWN


def test_citation_says_an_unknown_paper_or_date_and_leaves_out_unknown_authors_and_page() -> None:
    """A page whose paper the reader could not tell gave `题名[N]. 2024-01-05(12).`: the date stood
    where the paper's name goes. GB/T 7714 writes an unknown place or publisher as [出版地不详],
    [出版者不详]: the paper and the date are said to be unknown the same way."""
    assert (
        citation(replace(UNKNOWN, date="2024/1/5", page_no="12"))
        == "[无题][N]. [报纸名不详], 2024-01-05(12)."
    )
    assert (
        citation(replace(UNKNOWN, paper="人民日报", page_no="3")) == "[无题][N]. 人民日报, [出版日期不详](3)."
    )
    assert (
        citation(replace(UNKNOWN, authors=(Author("记者", "尹腾淑"),)))
        == "尹腾淑. [无题][N]. [报纸名不详], [出版日期不详]."
    )
    assert (
        citation(replace(UNKNOWN, paper="人民日报", date="2024-01-05")) == "[无题][N]. 人民日报, 2024-01-05."
    )


def test_json_holds_every_field_unescaped() -> None:
    text = to_json([FOIL, TALENT])

    assert "瞄准新赛道" in text and "\\u" not in text
    data = json.loads(text)
    assert data["format"] == "duba-bookmarks" and data["schema"] == 1 and data["count"] == 2
    assert data["bookmarks"][0] == {
        "schema": 1,
        "id": "b1",
        "created": "2026-11-20T08:00:00.000000+00:00",
        "updated": "2026-11-21T09:30:00.000000+00:00",
        "article_id": "5d1a",
        "page": "000_0bab674bd8117e01.txt",
        "page_sha": "9f2c",
        "page_path": "",
        "headline": "瞄准新赛道，新兴产业“加速跑”",
        "authors": [{"role": "记者", "name": "尹腾淑"}],
        "paper": "聊城日报",
        "date": "2023年3月15日",
        "page_no": "第01版",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": "高性能电解铜箔是新能源汽车锂电池的核心部件。\n开局即决战，起步即冲刺。",
                "prefix": "领域，是国家绿色低碳战略性新兴产业中的重要一环。\n",
                "suffix": "一季度，我市新兴产业建设铆足干劲",
            },
            {"type": "TextPositionSelector", "start": 200, "end": 236},
        ],
        "note": "第二章引用。\n核对原版面。",
        "tags": ["新能源", "产业"],
    }
    assert [Bookmark.from_dict(b) for b in data["bookmarks"]] == [FOIL, TALENT]


def stored(path: Path, *bookmarks: Bookmark) -> None:
    DurableStorage(path).write({TABLE: {b.id: b.to_dict() for b in bookmarks}})


def duba(*args: str, env: dict[str, str] | None = None) -> Ran:
    """`duba ARGS` in this process (tests.clitest), with `env` added to the environment."""
    return run_duba(*args, env={**os.environ, **(env or {})})


def test_cli_export_markdown_to_a_file(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    stored(db, UNKNOWN, TALENT, FOIL)
    out = tmp_path / "引文.md"

    result = duba("bookmarks", "--db", str(db), "export", "--output", str(out))

    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == EXPECTED_MARKDOWN  # newest first, as in the list
    assert "3" in result.stderr and str(out) in result.stderr


def test_cli_export_json_to_stdout_with_db_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    stored(db, FOIL)

    result = duba("bookmarks", "export", "--format", "json", env={"DUBA_DB": str(db)})

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["bookmarks"] == [FOIL.to_dict()]


def test_cli_list_shows_headline_source_quote_note_and_tags(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    stored(db, TALENT, FOIL)

    result = duba("bookmarks", "list", "--db", str(db), env={"COLUMNS": "200"})

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"2 bookmarks in {db}"
    foil_at = next(i for i, line in enumerate(lines) if "瞄准新赛道" in line)
    talent_at = next(i for i, line in enumerate(lines) if "阳谷县" in line)
    assert foil_at < talent_at  # newest first
    assert lines[foil_at].endswith("瞄准新赛道，新兴产业“加速跑”  · 聊城日报 2023-03-15 第1版")
    assert lines[foil_at + 1] == "  「高性能电解铜箔是新能源汽车锂电池的核心部件。 开局即决战，起步即冲刺。」"
    assert lines[foil_at + 2] == "  笔记：第二章引用。 核对原版面。"
    assert lines[foil_at + 3] == "  标签：新能源、产业"
    assert lines[foil_at + 4] == "  id b1"


def test_cli_list_cuts_long_quotes_to_the_terminal_width(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    stored(db, FOIL)

    result = duba("bookmarks", "list", "--db", str(db), env={"COLUMNS": "40"})

    quote_line = result.stdout.splitlines()[3]
    assert quote_line.endswith("…")
    assert sum(2 if ord(ch) > 0x2E80 else 1 for ch in quote_line) <= 40


def _folder_state(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}


def test_cli_reports_a_damaged_file_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    db.write_text('{"bookmarks": {', encoding="utf-8")
    before = _folder_state(tmp_path)

    for action in ("list", "export"):
        result = duba("bookmarks", action, "--db", str(db))
        assert result.returncode != 0
        assert "marks.json" in result.stderr and "cannot be read" in result.stderr
        assert "Traceback" not in result.stderr

    assert _folder_state(tmp_path) == before  # not moved, not rewritten, no .lock file


def test_cli_on_a_damaged_file_says_how_many_bookmarks_the_reader_would_recover(tmp_path: Path) -> None:
    """`duba bookmarks list` on a file cut off mid-write only said the reader "moves a damaged bookmark
    file aside": it now says how many bookmarks are still whole in it and how to get them back, and
    the reader, opened as it says, recovers that many."""
    from reader.bookmarks import BookmarkStore

    db = tmp_path / "我的 书签.json"
    stored(db, UNKNOWN, TALENT, FOIL)
    raw = db.read_bytes()
    db.write_bytes(raw[: raw.rindex("核对原版面".encode())])  # cut inside the last bookmark's note
    before = _folder_state(tmp_path)

    for action in ("list", "export"):
        result = duba("bookmarks", action, "--db", str(db))
        assert result.returncode == 1
        assert "cannot be read" in result.stderr
        assert f"It still holds 2 whole bookmarks: open the reader (duba --db '{db}') to recover them" in (
            result.stderr
        )
    assert _folder_state(tmp_path) == before

    store = BookmarkStore(db)  # what the reader does on opening it
    assert sorted(b.id for b in store.all()) == sorted([UNKNOWN.id, TALENT.id])
    store.close()


def test_cli_refuses_a_file_that_is_not_a_bookmark_store(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("阳谷县打造人才集聚新高地\n本报讯（记者 刘桐）3月12日\n", encoding="utf-8")
    (tmp_path / "package.json").write_text('{"name": "x", "version": "1"}', encoding="utf-8")
    before = _folder_state(tmp_path)

    for name in ("page.txt", "package.json"):
        for action in ("list", "export"):
            result = duba("bookmarks", action, "--db", str(tmp_path / name))
            assert result.returncode == 2, result.stderr
            assert f"{name} is not a duba bookmark file" in result.stderr
            assert result.stdout == ""

    assert _folder_state(tmp_path) == before


def test_cli_list_of_a_bookmark_file_leaves_no_lock_behind(tmp_path: Path) -> None:
    source = tmp_path / "made"
    source.mkdir()
    stored(source / "marks.json", FOIL)
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "marks.json").write_bytes((source / "marks.json").read_bytes())
    before = _folder_state(folder)

    listed = duba("bookmarks", "list", "--db", str(folder / "marks.json"))
    exported = duba("bookmarks", "export", "--db", str(folder / "marks.json"))

    assert listed.returncode == 0 and "1 bookmark in" in listed.stdout  # not "1 bookmarks"
    assert exported.returncode == 0 and "加速跑" in exported.stdout
    assert _folder_state(folder) == before


def test_cli_list_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    result = duba("bookmarks", "list", "--db", str(tmp_path / "new" / "marks.json"))
    assert result.returncode == 0 and "No bookmarks yet" in result.stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["md", "json", "csl"])
def test_cli_export_never_writes_over_the_bookmark_file(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "marks.json"
    stored(db, TALENT, FOIL)
    before = _folder_state(tmp_path)
    # the same file by another name: an export is no bookmark file, and the bookmarks would be gone
    result = duba(
        "bookmarks", "--db", str(db), "export", "--format", fmt, "--output", str(tmp_path / "." / db.name)
    )
    assert result.returncode == 2 and "bookmark file itself" in result.stderr
    assert _folder_state(tmp_path) == before
    assert "2 bookmarks" in duba("bookmarks", "list", "--db", str(db)).stdout


def test_cli_export_refuses_an_existing_file_unless_forced(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    stored(db, TALENT, FOIL)
    out = tmp_path / "引文.md"
    out.write_text("earlier notes the user kept\n", encoding="utf-8")

    refused = duba("bookmarks", "--db", str(db), "export", "--output", str(out))

    assert refused.returncode == 2
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "earlier notes the user kept\n"

    forced = duba("bookmarks", "--db", str(db), "export", "--output", str(out), "--force")

    assert forced.returncode == 0, forced.stderr
    assert "共 2 条" in out.read_text(encoding="utf-8") and "2 bookmarks" in forced.stderr


def test_cli_export_writes_to_a_device_and_refuses_a_folder(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    stored(db, FOIL)
    # /dev/null holds nothing to lose: no --force needed
    to_null = duba("bookmarks", "--db", str(db), "export", "--output", os.devnull)
    assert to_null.returncode == 0 and f"exported 1 bookmark to {os.devnull}" in to_null.stderr
    folder = duba("bookmarks", "--db", str(db), "export", "--output", str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_cli_export_never_writes_over_the_bookmark_file_even_forced(tmp_path: Path) -> None:
    db = tmp_path / "marks.json"
    stored(db, TALENT, FOIL)
    before = _folder_state(tmp_path)
    result = duba("bookmarks", "--db", str(db), "export", "--output", str(db), "--force")
    assert result.returncode == 2 and "bookmark file itself" in result.stderr
    assert _folder_state(tmp_path) == before


def test_a_quote_from_a_page_of_unknown_paper_and_date_names_its_file() -> None:
    """A loose page (no running head, no sidecar, a file name without a date) gave the citation
    "张文青. 阳谷县打造人才集聚新高地[N]." and nothing else: the export did not say where the quote was
    read. Its file is named (the path the page was read from), in Markdown and as the CSL item's
    archive location; a page with a paper or a date needs none."""
    loose = replace(TALENT, paper="", date="", page_no="", page="bom.txt", page_path="/papers/bom.txt")
    text = to_markdown([loose])
    cited = "出处：张文青, 李明, 王芳, 等. 阳谷县打造人才集聚新高地[N]. [报纸名不详], [出版日期不详]."
    assert f"{cited}\n\n来源文件：/papers/bom.txt\n" in text
    assert json.loads(to_csl([loose]))[0]["archive_location"] == "/papers/bom.txt"
    # a date without the paper's name does not say where it was printed either: the file is named
    assert "来源文件：/papers/bom.txt" in to_markdown([replace(loose, date="2023-03-15")])
    assert "来源文件" not in to_markdown([replace(loose, date="2023-03-15", paper="聊城日报")])
    assert "archive_location" not in json.loads(to_csl([TALENT]))[0]
