"""One page file copied byte for byte into two dated folders (an archive that filed the same page under
two issues): each copy is printed on its own date. The search index kept one copy per content hash, so
`date:` the other date found nothing, "and N identical" counted one copy short, trend and kwic left that
date out, and `duba corrections export` named whichever copy the catalogue met first."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from reader.corpus import load_page
from reader.corrections import CorrectionStore
from tests.clitest import duba
from tests.pagegen import Item, build_page

pytestmark = pytest.mark.usefixtures("temp_dirs")

STORY = Item(
    ["阳谷积极探索人才引育创新，加快人才工程建设。该县引进培育省级以上人才工程创新团队四十六个。"],
    headline="阳谷县打造人才集聚新高地",
    byline_lines=["■ 本报记者 张文青"],
)


def own(text: str, headline: str) -> Item:
    return Item([text], headline=headline, byline_lines=["■ 本报记者 王  平"])


def copies(root: Path) -> Path:
    """人民日报 01.txt on 2025-01-02 and the same bytes on 2025-01-09; 光明日报 on 2025-01-05 printing
    the story beside one of its own."""
    first = root / "rmrb" / "2025-01-02" / "01.txt"
    first.parent.mkdir(parents=True)
    first.write_text(
        build_page([own("本市新建的体育馆今天开馆，市民可免费参观。", "体育馆开馆"), STORY])[0],
        encoding="utf-8",
    )
    second = root / "rmrb" / "2025-01-09" / "01.txt"
    second.parent.mkdir(parents=True)
    shutil.copy(first, second)
    third = root / "gmrb" / "2025-01-05" / "01.txt"
    third.parent.mkdir(parents=True)
    third.write_text(
        build_page([own("聊城的冬小麦长势良好，农民忙着浇水施肥。", "冬小麦长势好"), STORY])[0],
        encoding="utf-8",
    )
    return root


def test_each_copy_is_found_under_its_own_date_and_counted(tmp_path: Path) -> None:
    root = copies(tmp_path / "papers")
    assert duba("library", "add", str(root)).returncode == 0
    for day in ("2025-01-02", "2025-01-09"):
        for query in (f"date:{day}", f"date:{day} 人才引育"):
            ran = duba("search", query, "--json")
            assert ran.returncode == 0, (query, ran.stdout, ran.stderr)
            results = json.loads(ran.stdout)["results"]
            assert {(r["paper"], r["date"]) for r in results} == {("人民日报", day)}, query
            assert "阳谷县打造人才集聚新高地" in [r["headline"] for r in results], query

    ran = duba("search", "人才引育")
    lines = ran.stdout.splitlines()
    assert sum("人才引育" in line for line in lines) == 1  # one result for the three copies
    assert lines[2].startswith("    and 2 identical: "), ran.stdout
    named = {lines[0].split("[")[1].rsplit(" ", 1)[0], *lines[2].split(": ", 1)[1].split(", ")}
    assert named == {"人民日报 2025-01-02 第1版", "人民日报 2025-01-09 第1版", "光明日报 2025-01-05 第1版"}

    ran = duba("trend", "人才引育", "--by", "day", "--csv")
    rows = {
        row[0]: row[1:4] for row in csv.reader(io.StringIO(ran.stdout)) if row[1] not in ("0", "articles")
    }
    # (period: articles, occurrences, articles holding the term)
    assert rows == {day: ["2", "1", "1"] for day in ("2025-01-02", "2025-01-05", "2025-01-09")}, ran.stdout

    ran = duba("kwic", "人才引育", "--json")
    dates = sorted(line["date"] for line in json.loads(ran.stdout))
    assert dates == ["2025-01-02", "2025-01-05", "2025-01-09"]


def test_a_copy_added_after_the_index_was_cached_is_searched_too(tmp_path: Path) -> None:
    root = copies(tmp_path / "papers")
    (root / "rmrb" / "2025-01-09" / "01.txt").unlink()
    assert duba("library", "add", str(root)).returncode == 0
    assert duba("search", "人才引育").returncode == 0  # the index of one copy, cached
    shutil.copy(root / "rmrb" / "2025-01-02" / "01.txt", root / "rmrb" / "2025-01-09" / "01.txt")
    assert duba("library", "update").returncode == 0
    ran = duba("search", "date:2025-01-09 人才引育", "--json")
    results = json.loads(ran.stdout)["results"]
    assert [(r["date"], r["identical"]) for r in results] == [("2025-01-09", 2)], ran.stdout


def test_corrections_export_names_the_copy_corrected_and_the_others(tmp_path: Path) -> None:
    root = copies(tmp_path / "papers")
    assert duba("library", "add", str(root)).returncode == 0
    for corrected in ("2025-01-09", "2025-01-02"):
        shutil.rmtree(tmp_path / "data" / "corrections", ignore_errors=True)  # one copy corrected at a time
        page = load_page(root / "rmrb" / corrected / "01.txt")
        CorrectionStore().split_paragraph(page, 0, 0, 4)
        [exported] = json.loads(duba("corrections", "export").stdout)["pages"]
        other = "2025-01-02" if corrected == "2025-01-09" else "2025-01-09"
        assert exported["path"] == f"papers/rmrb/{corrected}/01.txt"
        assert exported["printed"]["date"] == corrected
        assert [(c["path"], c["printed"]["date"]) for c in exported["copies"]] == [
            (f"papers/rmrb/{other}/01.txt", other)
        ]
        assert list(exported)[-1] == "ops" and len(exported["ops"]) == 1


def test_one_file_named_twice_is_one_page(tmp_path: Path) -> None:
    root = copies(tmp_path / "papers")
    page = root / "rmrb" / "2025-01-02" / "01.txt"
    ran = duba("search", "人才引育", str(page), str(page), str(root / "rmrb" / "2025-01-02"), "--json")
    [result] = json.loads(ran.stdout)["results"]
    assert result["identical"] == 0, ran.stdout


def test_a_period_alone_lists_an_article_printed_twice_in_it_once(tmp_path: Path) -> None:
    # `date:2025-01` alone listed the story once for each of its three copies in the month (and the
    # 2025-01-09 page's 体育馆开馆 twice), and counted 6 articles where the month holds 3.
    root = copies(tmp_path / "papers")
    assert duba("library", "add", str(root)).returncode == 0
    for query in ("date:2025-01", "date:2025-01-02..2025-01-09", "paper:人民日报"):
        ran = duba("search", query, "--json")
        headlines = [r["headline"] for r in json.loads(ran.stdout)["results"]]
        assert sorted(headlines) == sorted(set(headlines)), (query, headlines)
    ran = duba("search", "date:2025-01", "--count")
    assert ran.stdout.splitlines()[-1] == "3 of 3 matching articles", ran.stdout
