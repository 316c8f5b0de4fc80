"""RIS export (`duba bookmarks export --format ris`): newspaper-article records that EndNote,
NoteExpress, Zotero, Mendeley and JabRef import, read back here as Zotero's RIS importer reads a
file (a line `XX  - value` starts a field, any other line goes on the field before it); and `--find`,
which lists or exports the bookmarks a search of their note, tags or text finds; and the BibTeX export
(`--format bib`) for LaTeX's GB/T 7714 styles; the format an `--output` file's extension asks for; a
bookmark file saved with a BOM."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.bookmarks import Bookmark
from reader.bookmarks.anchor import TextPositionSelector, TextQuoteSelector
from reader.bookmarks.export import export
from reader.bookmarks.storage import DurableStorage
from reader.bookmarks.store import TABLE
from reader.cli import main
from reader.model import Author

RIS_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")  # (Zotero's RIS.js, RIS_format)


def records(text: str) -> list[list[tuple[str, str]]]:
    """The records of a RIS file, each its (tag, value) pairs in order; continuation lines joined to
    their field with a newline."""
    out: list[list[tuple[str, str]]] = []
    record: list[tuple[str, str]] = []
    for line in text.splitlines():
        match = RIS_LINE.match(line)
        if match is None:
            if line.strip() and record:
                tag, value = record[-1]
                record[-1] = (tag, f"{value}\n{line.strip()}")
            continue
        tag, value = match.group(1), match.group(2) or ""
        if tag == "ER":
            out.append(record)
            record = []
        else:
            record.append((tag, value))
    assert not record, "a record with no ER"
    return out


def bookmark(**changes: object) -> Bookmark:
    fields: dict[str, object] = {
        "id": "b1",
        "created": "2026-11-20T08:00:00.000000+00:00",
        "updated": "2026-11-20T08:00:00.000000+00:00",
        "article_id": "5d1a",
        "page": "03.txt",
        "page_sha": "9f2c",
        "headline": "某县试种耐寒稻",
        "authors": (Author("记者", "欧阳某"), Author("", "Jane Doe")),
        "paper": "某某日报",
        "date": "2023年3月5日",
        "page_no": "第04版",
        "quote_selector": TextQuoteSelector(exact="头一段摘录。\nAB  - 第二段摘录。"),
        "position_selector": TextPositionSelector(0, 12),
        "note": "待核对。\n第二行。",
        "tags": ("农业", "试点"),
    }
    fields.update(changes)
    return Bookmark(**fields)  # type: ignore[arg-type]


def test_a_bookmark_is_a_news_record_with_its_source_quote_note_and_tags() -> None:
    (record,) = records(export([bookmark()], "ris", sections={"9f2c": "要闻"}))
    assert record[0] == ("TY", "NEWS")
    fields = dict(record)
    assert fields["TI"] == "某县试种耐寒稻" and fields["T2"] == "某某日报"
    assert [v for t, v in record if t == "AU"] == ["欧阳, 某", "Jane Doe"]  # a Han name: family, given
    assert (fields["PY"], fields["DA"], fields["SP"], fields["SE"]) == ("2023", "2023/03/05/", "4", "要闻")
    assert [v for t, v in record if t == "KW"] == ["农业", "试点"]
    # the quote whole, its line that looks like a tag kept in it; the note a note of its own
    assert [v for t, v in record if t == "N1"] == [
        "头一段摘录。\nAB  - 第二段摘录。",
        "笔记：待核对。\n第二行。",
    ]
    assert "AB" not in fields and fields["ID"] == "b1" and "AN" not in fields


def test_a_page_of_unknown_paper_and_date_gives_its_file_and_no_date() -> None:
    bare = bookmark(paper="", date="", page_no="", headline="", authors=(), note="", tags=(), page="scan.txt")
    record, other = records(export([bare, bookmark(id="b2")], "ris"))
    fields = dict(record)
    assert fields["TI"] == "[无题]" and fields["AN"] == "scan.txt"
    assert not {"PY", "DA", "SP", "T2", "AU", "KW"} & set(fields)
    assert dict(other)["ID"] == "b2"


def test_cli_exports_ris(tmp_path: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "marks.json"
    DurableStorage(db).write({TABLE: {"b1": bookmark().to_dict()}})
    assert main(["bookmarks", "--db", str(db), "export", "--format", "ris"]) == 0
    (record,) = records(capsys.readouterr().out)
    assert record[0] == ("TY", "NEWS") and ("TI", "某县试种耐寒稻") in record


def test_cli_find_lists_and_exports_the_bookmarks_a_word_of_their_note_or_a_tag_finds(
    tmp_path: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reader's B filter found a bookmark by its note; the command line listed and exported all."""
    db = tmp_path / "marks.json"
    other = bookmark(id="b2", headline="某市新建图书馆", note="second chapter", tags=("文化",))
    DurableStorage(db).write({TABLE: {"b1": bookmark().to_dict(), "b2": other.to_dict()}})
    assert main(["bookmarks", "--db", str(db), "list", "--find", "#农业"]) == 0
    out = capsys.readouterr().out
    assert (
        out.startswith("1 of 2 bookmarks match") and "某县试种耐寒稻" in out and "某市新建图书馆" not in out
    )
    assert main(["bookmarks", "--db", str(db), "export", "--format", "ris", "--find", "Second chapter"]) == 0
    (record,) = records(capsys.readouterr().out)
    assert dict(record)["ID"] == "b2"
    assert main(["bookmarks", "--db", str(db), "list", "--find", "待核对 第二行"]) == 0  # every word
    assert "某县试种耐寒稻" in capsys.readouterr().out


def test_two_quotes_of_one_article_are_one_reference_with_both_quotes() -> None:
    """Two bookmarks in one article were two items: Zotero imported the article twice. Now one CSL item
    and one RIS record hold both quotes with their notes, and the tags of both, once each."""
    import json

    second = bookmark(
        id="b2",
        quote_selector=TextQuoteSelector(exact="又一段摘录。"),
        note="",
        tags=("试点", "水稻"),
    )
    elsewhere = bookmark(id="b3", headline="另一篇报道")
    (record, other) = records(export([bookmark(), second, elsewhere], "ris"))
    assert [v for t, v in record if t == "N1"] == [
        "头一段摘录。\nAB  - 第二段摘录。",
        "笔记：待核对。\n第二行。",
        "又一段摘录。",
    ]
    assert [v for t, v in record if t == "KW"] == ["农业", "试点", "水稻"]
    assert dict(record)["ID"] == "b1" and dict(other)["ID"] == "b3"
    item, item3 = json.loads(export([bookmark(), second, elsewhere], "csl"))
    assert item["id"] == "b1" and item3["id"] == "b3"
    assert item["note"].endswith("笔记：待核对。\n第二行。\n\n又一段摘录。")
    assert item["keyword"] == "农业, 试点, 水稻"


def test_bibtex_gives_a_newspaper_entry_as_the_gb7714_styles_read_it() -> None:
    """`--format bib`: one `@newspaper` entry an article, its fields where the GB/T 7714 LaTeX styles
    read them (journal, date, number = the page), LaTeX's special characters escaped."""
    second = bookmark(
        id="b2", quote_selector=TextQuoteSelector(exact="增产5%以上&更多"), note="", tags=("水稻",)
    )
    text = export(
        [bookmark(), second, bookmark(id="c3", paper="", date="", page_no="", page="scan.txt")], "bib"
    )
    entries = re.findall(r"@newspaper\{([^,]+),\n((?:  \w+ = \{.*\},?\n)+)\}", text)
    assert len(entries) == 2
    (key, body), (key3, body3) = entries
    fields = dict(re.findall(r"  (\w+) = \{(.*)\},?", body))
    assert key == "duba20230305-b1" and key3 == "duba-c3"
    assert fields["author"] == "欧阳某 and Jane Doe" and fields["journal"] == "某某日报"
    assert (fields["date"], fields["year"], fields["number"]) == ("2023-03-05", "2023", "4")
    assert fields["keywords"] == "农业, 试点, 水稻"
    assert r"增产5\%以上\&更多" in fields["annote"]
    assert dict(re.findall(r"  (\w+) = \{(.*)\},?", body3))["howpublished"] == "scan.txt"
    assert "date" not in body3 and "journal" not in body3


def test_cli_says_how_many_references_the_bookmarks_of_one_article_make(
    tmp_path: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "marks.json"
    second = bookmark(id="b2", quote_selector=TextQuoteSelector(exact="又一段摘录。"))
    DurableStorage(db).write({TABLE: {"b1": bookmark().to_dict(), "b2": second.to_dict()}})
    out = tmp_path / "refs.ris"
    assert main(["bookmarks", "--db", str(db), "export", "--format", "ris", "-o", str(out)]) == 0
    assert "exported 2 bookmarks as 1 reference, one an article quoted" in capsys.readouterr().err
    assert len(records(out.read_text(encoding="utf-8"))) == 1
    assert main(["bookmarks", "--db", str(db), "export", "-o", str(tmp_path / "refs.md")]) == 0
    assert "exported 2 bookmarks to" in capsys.readouterr().err  # Markdown: one entry a quote


def test_an_articles_quotes_come_in_the_articles_order() -> None:
    """The store lists the newest bookmark first, so a reference's quotes read backwards (the review's
    walk); they come in the order the article prints them, and BibTeX's annote parts them by ' / '."""
    later = bookmark(id="b1", position_selector=TextPositionSelector(40, 52), note="", tags=())
    earlier = bookmark(
        id="b2",
        quote_selector=TextQuoteSelector(exact="又一段摘录。"),
        note="",
        tags=(),
        position_selector=TextPositionSelector(0, 6),
    )
    (record,) = records(export([later, earlier], "ris"))
    assert [v for t, v in record if t == "N1"] == ["又一段摘录。", "头一段摘录。\nAB  - 第二段摘录。"]
    assert "annote = {又一段摘录。 / 头一段摘录。 AB  - 第二段摘录。}" in export([later, earlier], "bib")


@pytest.mark.parametrize(
    ("name", "reads_as"),
    [("refs.bib", "@newspaper{"), ("refs.RIS", "TY  - NEWS"), ("all.json", '"format": "duba-bookmarks"')],
)
def test_output_with_no_format_is_written_in_the_format_its_extension_names(
    tmp_path: Path, temp_dirs: Path, name: str, reads_as: str
) -> None:
    """`export -o refs.bib` wrote Markdown into refs.bib (md was the default whatever the file's name),
    which LaTeX then could not read; the extension chooses the format when --format is not given."""
    db = tmp_path / "marks.json"
    DurableStorage(db).write({TABLE: {"b1": bookmark().to_dict()}})
    out = tmp_path / name
    assert main(["bookmarks", "--db", str(db), "export", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert reads_as in text and "# 读报书签" not in text
    # --format still decides when given, and a file of no known extension is Markdown
    asked = ["--format", "md", "-o", str(tmp_path / "a.bib")]
    assert main(["bookmarks", "--db", str(db), "export", *asked]) == 0
    assert (tmp_path / "a.bib").read_text(encoding="utf-8").startswith("# 读报书签")
    assert main(["bookmarks", "--db", str(db), "export", "-o", str(tmp_path / "notes.txt")]) == 0
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8").startswith("# 读报书签")


def test_a_bookmark_file_saved_with_a_bom_is_read(
    tmp_path: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bookmark file edited by hand and saved by an editor that writes a UTF-8 BOM (Windows Notepad)
    was 'damaged': `list` and `export` refused it and the reader moved it aside. It is read as it is."""
    db = tmp_path / "marks.json"
    DurableStorage(db).write({TABLE: {"b1": bookmark().to_dict()}})
    db.write_bytes(b"\xef\xbb\xbf" + db.read_bytes())
    assert main(["bookmarks", "--db", str(db), "list"]) == 0
    out, err = capsys.readouterr()
    assert "1 bookmark in" in out and "头一段摘录。" in out and not err
    assert main(["bookmarks", "--db", str(db), "export", "--format", "ris"]) == 0
    assert "N1  - 头一段摘录。" in capsys.readouterr().out
