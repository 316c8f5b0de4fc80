"""`duba library`, `duba search --csv`, `duba kwic` and `duba trend` as a researcher runs them."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.search.kwic import cells

pytestmark = pytest.mark.usefixtures("temp_dirs")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def body(*sentences: str) -> str:
    return "".join(f"　　{s}\n\n" for s in sentences)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Two papers: 人民日报 in dated folders, 聊城日报 in flat named files."""
    root = tmp_path / "papers"
    first = body("经济发展是第一要务，经济工作要抓好。", "农民收入继续增加。")
    write(root / "rmrb" / "1998-01-05" / "01.txt", first)
    write(root / "rmrb" / "1998-01-05" / "02.txt", body("香港回归以后，经济繁荣稳定。"))
    write(root / "rmrb" / "1998-02-10" / "01.txt", body("科技创新推动经济发展。"))
    write(root / "聊城日报_19980301_03.txt", body("聊城的经济发展很快。", "城市建设日新月异。"))
    return root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_library_add_list_and_remove(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "add", str(archive))
    assert code == 0 and "4 added" in out
    assert "MB/s" not in out, out  # four short pages (under a megabyte): their speed said "0.0 MB/s"
    code, out, _ = run(capsys, "library", "add", str(archive))
    assert "0 added" in out and "4 unchanged" in out
    code, out, _ = run(capsys, "library", "list")
    assert "人民日报  1998-01-05 … 1998-02-10  3 pages" in out
    assert "聊城日报  1998-03-01 … 1998-03-01  1 page, 1 article" in out
    assert "4 pages from 1 folder:" in out
    code, out, _ = run(capsys, "library", "remove", str(archive))
    assert "4 pages removed" in out
    code, _, err = run(capsys, "library", "add", str(archive / "missing"))
    assert code == 2 and "missing: no such file or folder" in err


def test_library_remove_refuses_a_folder_inside_a_library_folder(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the library folder is scanned again by every update (and by opening duba): the pages of a folder
    # inside it would come back; the remove was undone without a word
    run(capsys, "library", "add", str(archive))
    code, out, err = run(capsys, "library", "remove", str(archive / "rmrb"))
    assert code == 2 and "removed" not in out
    assert f"{archive / 'rmrb'} is inside the library folder {archive}" in " ".join(err.split())
    assert "4 pages from 1 folder:" in run(capsys, "library", "list")[1]
    code, out, _ = run(capsys, "library", "remove", str(archive))
    assert code == 0 and "4 pages removed" in out


def test_a_sidecar_with_a_list_or_a_number_for_a_field_is_read(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # another tool's sidecar: a list of sections, a number for the page; one such file stopped every
    # library update ("Error binding parameter … type 'list' is not supported")
    sidecar = {"paper": "解放日报", "page_no": 7, "section": ["要闻", "国内"], "date": 19980301}
    (archive / "rmrb" / "1998-02-10" / "01.meta.json").write_text(json.dumps(sidecar, ensure_ascii=False))
    code, out, err = run(capsys, "library", "add", str(archive))
    assert code == 0 and "4 added" in out, err
    code, out, _ = run(capsys, "segment", str(archive / "rmrb" / "1998-02-10" / "01.txt"), "--json")
    meta = json.loads(out)["meta"]
    assert (meta["paper"], meta["page_no"], meta["section"], meta["date"]) == (
        "解放日报",
        "7",
        "",
        "1998-02-10",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_library_add_says_it_skips_a_pipe(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "page.txt"
    os.mkfifo(pipe)
    code, out, err = run(capsys, "library", "add", str(pipe), str(archive))
    assert code == 0 and "4 added" in out
    assert f"{pipe}: not a regular file (save it to one first)" in err
    code, _, err = run(capsys, "library", "add", str(pipe))
    assert code == 2 and "not a regular file" in err
    assert str(pipe) not in run(capsys, "library", "list")[1]  # not kept as a folder of the library


def test_search_uses_the_library_and_writes_csv(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "library", "add", str(archive))
    code, out, _ = run(capsys, "search", "经济 date:1998-01", "--csv", "--sort", "date")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["date", "paper", "page", "headline", "authors", "score", "snippet"]
    assert [(r["date"], r["paper"], r["page"]) for r in rows] == [
        ("1998-01-05", "人民日报", "1"),
        ("1998-01-05", "人民日报", "2"),
    ]
    code, out, _ = run(capsys, "search", "经济 paper:聊城日报")
    assert "聊城日报 1998-03-01 第3版" in out


def test_a_period_given_latest_first_is_the_same_period(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # date:1998-02..1998-01 found nothing, without a word: it is the period between the two dates
    run(capsys, "library", "add", str(archive))
    code, forward, _ = run(capsys, "search", "经济 date:1998-01..1998-02", "--csv")
    code_back, backward, _ = run(capsys, "search", "经济 date:1998-02..1998-01", "--csv")
    assert code == code_back == 0
    assert backward == forward and len(forward.splitlines()) == 4  # the heading and three pages


def test_kwic_json_and_text(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kwic", "经济", str(archive), "--json", "--context", "4")
    lines = json.loads(out)
    assert code == 0 and len(lines) == 5
    assert [line["date"] for line in lines] == sorted(line["date"] for line in lines)
    assert lines[0]["keyword"] == "经济" and lines[0]["right"] == "发展是第"
    code, out, _ = run(capsys, "kwic", "经济", str(archive))
    assert out.count("【经济】") == 5
    code, _, err = run(capsys, "kwic", "不存在的词", str(archive))
    assert code == 1 and "no occurrence" in err


def test_kwic_shows_an_undated_page_as_the_reader_does(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "clips" / "剪报.txt", body("无从查考的经济消息。"))
    code, out, _ = run(capsys, "kwic", "经济", str(archive / "rmrb" / "1998-02-10"), str(tmp_path / "clips"))
    assert code == 0
    dated, undated = out.splitlines()
    # the reader's KWIC table shows "—" too (the paper column blank: 剪报 names no paper)
    assert undated.split()[0] == "—" and "剪报" not in undated and "?" not in undated
    # the keywords stay in one column of terminal cells
    assert cells(dated[: dated.index("【经济】")]) == cells(undated[: undated.index("【经济】")])


def test_trend_csv(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "trend", "经济", "城市", "--in", str(archive), "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["period", "articles", "经济 occurrences"]
    by_month = {r[0]: r for r in rows[1:]}
    assert list(by_month) == ["1998-01", "1998-02", "1998-03"]
    assert by_month["1998-01"][1:5] == ["2", "3", "2", "1000.0"]
    assert by_month["1998-03"][5:] == ["1", "1", "1000.0"]


def test_kwic_and_trend_say_a_filter_they_do_not_understand_and_trend_refuses_words_as_filters(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `date:1998-13` matches nothing: kwic said only "no occurrence", trend "no dated articles to count"
    code, _, err = run(capsys, "kwic", "date:1998-13 经济", str(archive))
    assert code == 1 and "date:1998-13: not a date or page number" in err
    code, _, err = run(capsys, "trend", "经济", "--in", str(archive), "--filter", "date:1998-13")
    assert code == 1 and "date:1998-13: not a date or page number" in err
    assert "no dated articles match --filter 'date:1998-13'" in err
    # a word in --filter was dropped without a word, and every article counted
    code, out, err = run(capsys, "trend", "经济", "--in", str(archive), "--filter", "香港 paper:人民日报")
    assert code == 2 and not out and "not words (香港)" in err
    code, out, _ = run(capsys, "trend", "经济", "--in", str(archive), "--filter", "paper:人民日报", "--csv")
    assert code == 0 and [r[0] for r in csv.reader(io.StringIO(out))][1:] == ["1998-01", "1998-02"]


def test_trend_refuses_a_folder_given_as_a_term_and_an_empty_term(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # search and kwic take PATHs after the query; trend took the folder for a second term and counted
    # both over the library (here the bundled page), with status 0
    code, out, err = run(capsys, "trend", "经济", str(archive))
    assert code == 2 and not out
    assert f"{archive} is a folder, not a term" in err and f"duba trend 经济 --in {archive}" in err
    page = archive / "聊城日报_19980301_03.txt"
    monkeypatch.chdir(archive)
    code, out, err = run(capsys, "trend", "经济", page.name)
    assert code == 2 and not out and "is a file, not a term" in err
    code, out, err = run(capsys, "trend", "经济", "")
    assert code == 2 and not out and "empty" in err
    # a word that happens to name a folder here is still a term
    code, out, _ = run(capsys, "trend", "rmrb", "--in", str(archive), "--csv")
    assert code == 0 and out.startswith("period,articles,rmrb occurrences")


def test_trend_takes_a_filter_among_its_terms_as_the_reader_does(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`duba trend 经济 date:1998-02`, typed as search and kwic take filters (and as the reader's T
    box does), counted "date:1998-02" as a second term, found nowhere, over every month (s43 walk)."""
    code, out, err = run(capsys, "trend", "经济", "date:1998-02", "--in", str(archive), "--csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["period", "articles", "经济 occurrences", "经济 articles", "经济 per 1000"]
    assert [r[0] for r in rows[1:]] == ["1998-02"]
    # one quoted argument, as search takes its query, and with --filter besides
    code, out, err = run(
        capsys, "trend", "经济 paper:人民日报", "--in", str(archive), "--filter", "date:1998"
    )
    assert code == 0, err
    assert "经济: 4 occurrences in 3 articles" in out, out  # (聊城日报 has a fifth)
    # filters alone: nothing to count, said with the words to give
    code, out, err = run(capsys, "trend", "date:1998", "--in", str(archive))
    assert code == 2 and not out and "give the words to count" in err, err


def test_an_empty_query_is_a_usage_error_not_no_match(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `duba search "$Q" FOLDER` with Q unset said "no match for ''" with status 1, as if searched
    for command in ("search", "kwic"):
        for query in ("", "  "):
            code, out, err = run(capsys, command, query, str(archive))
            assert code == 2 and not out and "QUERY is empty" in err and "no match" not in err, command
    code, out, _ = run(capsys, "search", "date:1998-01", str(archive))
    assert code == 0 and out  # a filter alone is a query


def test_kwic_and_trend_count_a_page_saved_twice_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the same page in UTF-8 and in GB18030, as search shows it: one result "and 1 identical"
    day = tmp_path / "rmrb" / "1998-01-05"
    text = body("经济发展是第一要务，经济工作要抓好。")
    write(day / "01.txt", text)
    (day / "01-gbk.txt").write_bytes(text.encode("gb18030"))
    code, out, _ = run(capsys, "kwic", "经济", str(tmp_path / "rmrb"), "--json")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run(capsys, "trend", "经济", "--in", str(tmp_path / "rmrb"), "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[1][:4] == ["1998-01", "1", "2", "1"]  # one article, two occurrences, in one article


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_reading_the_library_writes_nothing(
    archive: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = temp_dirs / "data" / "library.sqlite3"
    code, out, err = run(capsys, "library", "list")
    assert code == 0 and "library is empty" in out
    assert not library.exists()  # listing an empty library makes no file
    run(capsys, "library", "add", str(archive))
    before = _state(library)
    for args in (["library", "list"], ["search", "经济"], ["kwic", "经济"], ["trend", "经济"]):
        code, out, err = run(capsys, *args)
        assert code == 0 and "Traceback" not in err, (args, err)
        assert _state(library) == before, args
    # nothing new beside it (a mode=ro connection left SQLite's -wal and -shm files there), and the add
    # took its lock file with it (it left an empty `library.sqlite3.lock`)
    assert sorted(p.name for p in library.parent.iterdir()) == ["library.sqlite3"]


def test_a_damaged_library_file_gets_a_message_and_stays(
    archive: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = temp_dirs / "data" / "library.sqlite3"
    library.write_bytes(b"not a database\x00" * 10)
    for args in (["library", "list"], ["library", "update"], ["library", "add", str(archive)]):
        code, out, err = run(capsys, *args)
        assert code == 1, args
        assert "cannot" in err and str(library) in err and "not a database" in err, err
    assert library.read_bytes() == b"not a database\x00" * 10


def damage(library: Path) -> None:
    """Overwrite the catalogue's table of pages, as a crash or a disk error leaves it; its list of the
    folders added is still whole."""
    import sqlite3

    db = sqlite3.connect(library)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'pages'").fetchone()[0]
    db.close()
    with library.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x07" * size)


def test_a_damaged_library_says_what_to_do_and_which_folders_to_add_again(
    archive: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command said only "database disk image is malformed" (list: "cannot update"): nothing said
    that the files are safe, nor how to start the library again (s43 walk)."""
    assert run(capsys, "library", "add", str(archive))[0] == 0
    library = temp_dirs / "data" / "library.sqlite3"
    damage(library)
    again = f"mv {library} {library}.damaged && duba library add {archive}"
    for command in (("library", "list"), ("library", "update"), ("search", "经济")):
        _code, _out, err = run(capsys, *command)
        said = " ".join(err.split())
        assert "it only lists your pages, which stay where they are" in said, (command, err)
        assert again in said, (command, err)
        assert "cannot update" not in said or command[1] != "list", err
    library.write_bytes(b"not a database\x00" * 10)  # nothing left to read the folders from
    code, _out, err = run(capsys, "library", "add", str(archive))
    assert code == 1 and "duba library add FOLDER" in " ".join(err.split()), err
    from reader.library import Library  # the reader's notice, over the sample page it opens instead

    (notice,) = Library.for_plain_start(Path(__file__).parent / "data" / "unsure_page.txt").notices
    assert "it only lists your pages" in notice and "duba library add FOLDER" in notice, notice


@pytest.mark.parametrize("command", ["search", "kwic"])
def test_a_search_of_a_damaged_library_says_what_it_searched_instead(
    archive: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """The results were the bundled sample page's, under a line that said only "cannot read the
    library": a researcher took them for their own pages'."""
    library = temp_dirs / "data" / "library.sqlite3"
    library.write_bytes(b"not a database\x00" * 10)
    code, out, err = run(capsys, command, "人才")
    assert code == 0 and out
    assert f"cannot read the library {library}" in err
    assert "searching the bundled sample page instead" in err


def test_an_unreadable_page_is_named_once(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (archive / "binary.txt").write_bytes(bytes(range(256)) * 20)
    code, _, err = run(capsys, "library", "add", str(archive))
    assert code == 0
    line = next(line for line in err.splitlines() if "binary.txt" in line)
    assert line.count("binary.txt") == 1 and "binary" in line.split("binary.txt", 1)[1]


def test_removing_a_path_that_is_not_in_the_library_says_so_and_fails(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "library", "add", str(archive))
    # a mistyped folder: before, "0 pages removed from the library" and status 0
    code, out, err = run(capsys, "library", "remove", str(archive.parent / "paper"))
    assert code == 1 and "removed from" not in out
    assert "not in the library" in err and str(archive) in err
    code, out, _ = run(capsys, "library", "list")
    assert "4 pages" in out
    # one right and one wrong path: the right one goes, the status still says one failed
    code, out, err = run(capsys, "library", "remove", str(archive / "rmrb"), str(archive))
    assert code == 2  # rmrb is inside the library folder: refused as before, nothing removed
    code, out, err = run(capsys, "library", "remove", str(archive), str(archive.parent / "typo"))
    assert code == 1 and "4 pages removed" in out and "typo: not in the library" in err
    code, _, err = run(capsys, "library", "remove", str(archive))  # now empty: no "its folders: "
    assert code == 1 and "not in the library, nothing removed (the library is empty)" in err


def test_an_empty_path_is_refused_not_taken_for_the_current_folder(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "library", "add", str(archive))
    monkeypatch.chdir(archive)
    # `duba library remove "$DIR"` with DIR unset: before, every page under the current folder went
    code, _, err = run(capsys, "library", "remove", "")
    assert code == 2 and "empty" in err
    code, out, _ = run(capsys, "library", "list")
    assert "4 pages" in out
    for args in (
        ["segment", ""],
        ["search", "经济", ""],
        ["kwic", "经济", ""],
        ["trend", "经济", "--in", ""],
    ):
        code, out, err = run(capsys, *args)
        assert code == 2 and "empty" in err and not out, args


@pytest.mark.parametrize(
    "args",
    [
        ["search", "经济", "--json", "--csv"],
        ["kwic", "经济", "--context", "-1"],
        ["kwic", "经济", "--limit", "-2"],
    ],
)
def test_contradictory_or_negative_options_are_usage_errors(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2 and "error:" in capsys.readouterr().err


def test_a_filtered_search_names_the_copy_printed_where_it_asks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wire story printed in 人民日报 and in 聊城日报 (one article id): `paper:聊城日报` found nothing,
    only the first copy being searched; it finds the story, named as printed in 聊城日报."""
    from tests.test_app_archive import archive_with_a_wire_story

    root = archive_with_a_wire_story(tmp_path / "papers")
    code, out, _ = run(capsys, "search", "paper:聊城日报 桥梁工程", str(root), "--json")
    assert code == 0
    [result] = json.loads(out)["results"]
    assert (result["paper"], result["date"], result["page"]) == (
        "聊城日报",
        "1998-01-07",
        "聊城日报_19980107_02.txt",
    )
    assert result["identical_pages"] == ["03.txt"]


def test_a_filter_both_copies_pass_names_the_first_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A filter that keeps both copies of a reprinted story (`date:1998-01`) changes nothing: the result
    is the first copy, as with no filter (it named the later one, 聊城日报 1998-01-07)."""
    from tests.test_app_archive import archive_with_a_wire_story

    root = archive_with_a_wire_story(tmp_path / "papers")
    for query in ("桥梁工程", "date:1998-01 桥梁工程"):
        code, out, _ = run(capsys, "search", query, str(root), "--json")
        assert code == 0
        [result] = json.loads(out)["results"]
        assert (result["paper"], result["date"], result["page"]) == ("人民日报", "1998-01-05", "03.txt"), (
            query
        )


def test_trend_says_which_periods_have_no_articles_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A month with no pages was printed as "0.0‰ 0", like a month whose articles never use the term
    (172 of 348 months of a library spanning 1998–2026): a run of such months is one line saying so."""
    root = tmp_path / "papers"
    write(root / "rmrb" / "1998-01-05" / "01.txt", body("经济发展是第一要务。"))
    write(root / "rmrb" / "1998-02-05" / "01.txt", body("农民收入继续增加。"))
    write(root / "rmrb" / "1998-06-05" / "01.txt", body("经济工作要抓好。"))
    code, out, _ = run(capsys, "trend", "经济", "--in", str(root))
    assert code == 0
    lines = out.splitlines()[1:]
    assert [line.split()[0] for line in lines] == ["1998-01", "1998-02", "1998-03", "1998-06"]
    assert "1000.0‰" in lines[0] and "0.0‰" in lines[1]  # articles, none with the term
    assert "1998-03 … 1998-05" in lines[2] and "‰" not in lines[2] and "no articles" in lines[2]


def test_kwic_text_names_the_paper_of_each_line_when_there_are_several(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two papers: a line said `1998-01-05   1` and not which paper printed it (CSV and JSON did)."""
    code, out, _ = run(capsys, "kwic", "经济", str(archive))
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["人民日报"] * 4 + ["聊城日报"]
    assert lines[-1].startswith("聊城日报 1998-03-01   3  ")
    assert len({cells(line[: line.index("【经济】")]) for line in lines}) == 1  # keywords still aligned
    code, out, _ = run(capsys, "kwic", "经济", str(archive / "rmrb"))  # one paper: no column
    assert code == 0 and not any("人民日报" in line for line in out.splitlines())


def test_a_second_library_add_waits_for_the_first_and_reads_nothing_twice(archive: Path) -> None:
    """Two `duba library add` at once each read every page and each said "4 added". The second now
    says who holds the library and waits; then it finds the pages there and unchanged."""
    import subprocess
    import sys

    from reader.archive.catalogue import Catalogue, default_path
    from reader.archive.writelock import write_lock

    with write_lock(default_path(), "duba library add"):
        second = subprocess.Popen(
            [sys.executable, "-m", "reader", "library", "add", str(archive)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert second.stderr is not None
        said = second.stderr.readline()  # (blocks until the second has found the lock held)
        assert f"duba library add (pid {os.getpid()}) is updating the library; waiting" in said
        assert second.poll() is None  # it waits: nothing catalogued yet
        with Catalogue() as catalogue:  # what the first does meanwhile (it holds the lock)
            assert len(catalogue.add([archive]).added) == 4
    out, _ = second.communicate(timeout=300)
    assert second.returncode == 0 and "0 added, 0 changed, 4 unchanged; 4 pages" in out


def test_kwic_of_loose_pages_gives_the_date_and_page_columns_to_the_context(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages with no date or page number anywhere (a folder of clippings): every line began with a "—"
    date and an empty page column, 15 cells the context could have had at 80 columns."""
    write(
        tmp_path / "clips" / "剪报.txt",
        body("全县上下齐心协力推动经济发展，各项指标稳中有进，群众收入继续增加。"),
    )
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "kwic", "经济", str(tmp_path / "clips"))
    assert code == 0
    [line] = out.splitlines()
    assert "—" not in line and "全县上下齐心协力推动【经济】发展" in line


def test_library_list_shows_clippings_as_pages_of_no_known_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of clippings with no paper heading and no date: `剪报.txt` was listed as a paper called
    剪报 (the file's name read as one), `剪报  no dates  1 page, 1 article, 1 with no date`, saying the
    missing date twice and not how to give it."""
    write(tmp_path / "clips" / "剪报.txt", body("全县上下齐心协力推动经济发展。"))
    write(tmp_path / "clips" / "notes.txt", body("农民收入继续增加。"))
    run(capsys, "library", "add", str(tmp_path / "clips"))
    code, out, _ = run(capsys, "library", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "(paper unknown)  no dates  2 pages, 2 articles"
    assert "剪报" not in out
    assert "NAME.meta.json beside NAME.txt" in out
    assert all(cells(line) <= 80 for line in lines)


def test_library_add_in_a_read_only_data_folder_says_so(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite says only "unable to open database file"; the data folder is named, and why it cannot
    be written (as the bookmarks say it)."""
    import sqlite3

    from reader.archive.catalogue import Catalogue
    from tests.readonly import read_only

    opened = Catalogue.__init__

    def init(self: Catalogue, path: Path | None = None, *, read_only: bool = False) -> None:
        if not read_only:  # what SQLite raises in a read-only folder (tests run as root)
            raise sqlite3.OperationalError("unable to open database file")
        opened(self, path, read_only=read_only)

    monkeypatch.setattr(Catalogue, "__init__", init)
    read_only(monkeypatch, tmp_path / "data")
    code, _, err = run(capsys, "library", "add", str(archive))
    assert code == 1
    assert f"the folder {tmp_path / 'data'} cannot be written because it is on a read-only file system" in err


def test_corrections_export_says_where_a_catalogued_page_was_printed(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page's corrections were exported with its content hash and its file's name alone: in an archive
    of dated folders every page is `01.txt` or so, and which issue was corrected could not be told. A page
    the library catalogues also gets its path and where it was printed (paper, date, page)."""
    from reader.corpus import load_page
    from reader.corrections import CorrectionStore

    page_file = archive / "rmrb" / "1998-03-02" / "01.txt"
    write(page_file, body("第一段讲经济。", "第二段讲农业。", "第三段讲科技。"))
    loose = archive.parent / "loose" / "01.txt"  # not in the library
    write(loose, body("另一页的第一段。", "另一页的第二段。", "另一页的第三段。"))
    assert run(capsys, "library", "add", str(archive))[0] == 0
    store = CorrectionStore()
    for path in (page_file, loose):
        store.split(load_page(path), 0, 1)
    status, out, _err = run(capsys, "corrections", "export")
    assert status == 0
    pages = {page.get("path"): page for page in json.loads(out)["pages"]}
    ours = pages["papers/rmrb/1998-03-02/01.txt"]  # from the folder added: no folder above it
    assert ours["page"] == "01.txt" and list(ours)[-1] == "ops"
    assert ours["printed"] == {"paper": "人民日报", "date": "1998-03-02", "page_no": "1", "section": ""}
    assert "printed" not in pages[None] and pages[None]["page"] == "01.txt"  # the loose page, as before


def test_folders_linked_into_the_library_are_read_once_each(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An archive whose years are links to the disks they are on (`papers/rmrb -> /mnt/…/rmrb`): the
    linked folders were skipped, `library add` said "0 added" and `duba FOLDER` "no pages"; a link back up
    the tree, or a second link to one folder, would list its pages again (or for ever)."""
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "rmrb").symlink_to(archive / "rmrb", target_is_directory=True)
    (linked / "rmrb-again").symlink_to(archive / "rmrb", target_is_directory=True)
    (archive / "rmrb" / "up").symlink_to(linked, target_is_directory=True)
    code, out, _ = run(capsys, "library", "add", str(linked))
    assert code == 0 and "3 added" in out, out
    code, out, _ = run(capsys, "search", "科技创新", str(linked), "--json")
    results = json.loads(out)["results"]
    assert code == 0 and len(results) == 1 and results[0]["identical"] == 0, out


def test_pages_saved_as_TXT_are_read_and_a_folder_of_none_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page saved on Windows as `01.TXT` was not a page: `library add` said "0 added" and `duba search`
    "no pages", as for a folder with no page at all, of which nothing said so either."""
    write(tmp_path / "win" / "rmrb" / "1998-01-05" / "01.TXT", body("科技创新推动经济发展。"))
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "library", "add", str(tmp_path / "win"), str(tmp_path / "empty"))
    assert code == 0 and "1 added" in out, out
    assert f"{tmp_path / 'empty'}: no page in it" in err and "win" not in err, err
    code, out, _ = run(capsys, "search", "科技创新", str(tmp_path / "win"), "--json")
    assert code == 0 and len(json.loads(out)["results"]) == 1, out
    code, out, _ = run(capsys, "search", "科技创新", "--json")  # the library's copy, dated by its folder
    assert [r["page"] for r in json.loads(out)["results"]] == ["01.TXT"], out


def test_a_link_to_a_folder_around_the_library_folder_is_not_followed(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Links are followed into the folders they name, but not to one that holds the folder added (a link
    to `/` or to the home folder in an archive would take in every page of the disk)."""
    write(tmp_path / "elsewhere" / "notes.txt", body("这一页不在报纸的文件夹里。"))
    (archive / "rmrb" / "home").symlink_to(tmp_path, target_is_directory=True)
    code, out, _ = run(capsys, "library", "add", str(archive))
    assert code == 0 and "4 added" in out, out


def test_a_bookmarks_page_renamed_to_TXT_beside_its_old_name_is_found(tmp_path: Path) -> None:
    """A page renamed in its folder is found beside its old path by its content; one renamed to `.TXT`
    (a page since 01.TXT files are pages) was not looked at."""
    from reader.archive.locate import locate_page
    from reader.corpus import load_page

    old = tmp_path / "rmrb" / "1998-01-05" / "01.txt"
    write(old, body("科技创新推动经济发展。"))
    sha = load_page(old).sha
    renamed = old.with_name("P01.TXT")
    old.rename(renamed)
    assert locate_page(str(old), sha) == renamed


def test_a_quote_from_a_library_page_names_it_from_the_library_folder_as_the_corrections_export_does(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page of no known paper or date is named under its citation (`来源文件：`): by its full resolved
    path (`/home/someone/…/papers/misc/scan.txt`), where the corrections export names the same page from
    the library's folder (`papers/misc/scan.txt`). Both now name it from the library's folder; a page
    outside the library keeps its full path."""
    from reader.bookmarks.store import BookmarkStore
    from reader.corpus import load_page
    from reader.corrections import CorrectionStore

    scan = archive / "misc" / "scan.txt"
    write(scan, body("一段没有报名和日期的文字。", "第二段也没有。", "第三段还是没有。"))
    loose = archive.parent / "loose" / "scan.txt"
    write(loose, body("库外的一页纸。", "库外的第二段。"))
    assert run(capsys, "library", "add", str(archive))[0] == 0
    page = load_page(scan)
    CorrectionStore().split(page, 0, 1)
    store = BookmarkStore()
    for path in (scan, loose):
        read = load_page(path)
        store.add(read.articles[0], read, 0, 4)
    store.close()
    exported = json.loads(run(capsys, "corrections", "export")[1])["pages"][0]["path"]
    assert exported == "papers/misc/scan.txt"
    status, text, _ = run(capsys, "bookmarks", "export")
    assert status == 0
    assert f"来源文件：{exported}\n" in text
    assert f"来源文件：{loose.resolve()}\n" in text
    csl = json.loads(run(capsys, "bookmarks", "export", "--format", "csl")[1])
    assert sorted(item["archive_location"] for item in csl) == sorted([exported, str(loose.resolve())])


def test_a_path_with_no_readable_page_is_not_added(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`library add binary.txt` failed (status 2) yet the file was recorded: `library list` named it and
    every `library update` said its error again; a folder with no page in it only got a warning and was
    recorded too. Neither is recorded now, and the command says so."""
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("# notes\n", encoding="utf-8")
    code, _, err = run(capsys, "library", "add", str(binary))
    assert code == 2 and f"{binary}: looks like a binary file" in err, err
    assert f"{binary}: not added to the library" in err, err
    code, _, err = run(capsys, "library", "add", str(tmp_path / "notes"))
    assert code == 2 and "notes: no page in it" in err and "not added to the library" in err, err
    code, out, _ = run(capsys, "library", "list")
    assert "The library is empty" in out and "binary.txt" not in out and "notes" not in out, out
    code, _, err = run(capsys, "library", "update")
    assert code == 0 and "binary" not in err, err
    # beside a folder of pages: that one is added, the status is 0
    code, out, err = run(capsys, "library", "add", str(binary), str(archive))
    assert code == 0 and "4 added" in out and "binary.txt: not added to the library" in err, err
    code, out, _ = run(capsys, "library", "list")
    assert "4 pages from 1 folder:" in out and "binary.txt" not in out, out
