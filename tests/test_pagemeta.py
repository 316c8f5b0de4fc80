"""Page metadata: from the sidecar, the running head and the file and folder names, in that order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.corpus import load_page
from reader.pagemeta import date_range, meta_from_path, normalise_page_no, parse_date

pytestmark = pytest.mark.usefixtures("temp_dirs")

BODY = (
    "　　本报讯　春节将至，市场供应充足，物价总体平稳。\n\n　　记者走访多家超市看到，蔬菜、肉类货源充足。\n"
)


@pytest.mark.parametrize(
    ("path", "paper", "date", "page_no"),
    [
        ("rmrb/2025-01-02/11.txt", "人民日报", "2025-01-02", "11"),
        ("聊城日报_20230313_03.txt", "聊城日报", "2023-03-13", "3"),
        ("archive/1998/01/05/第4版.txt", "", "1998-01-05", "4"),
        ("gmrb/gmrb-19980105-p04.txt", "光明日报", "1998-01-05", "4"),
        ("papers/经济日报/2024年5月6日/A03.txt", "经济日报", "2024-05-06", "A3"),
        ("scans/20240506_07.txt", "", "2024-05-06", "7"),
        ("scans/notes.txt", "", "", ""),
        # a kind of print is no paper's name (剪报: clippings); 申报 is a paper
        ("clips/剪报.txt", "", "", ""),
        ("clips/我的剪报/03.txt", "", "", "3"),
        ("日报/19980105/2.txt", "", "1998-01-05", "2"),
        ("人民日报剪报_19980105.txt", "人民日报", "1998-01-05", ""),
        ("申报_19300105_3.txt", "申报", "1930-01-05", "3"),
        ("wenhui/文汇报_19980105.txt", "文汇报", "1998-01-05", ""),
    ],
)
def test_names_give_paper_date_and_page(path: str, paper: str, date: str, page_no: str) -> None:
    meta = meta_from_path(path)
    assert (meta.paper, meta.date, meta.page_no) == (paper, date, page_no)


def test_a_clipping_file_has_no_section_of_that_name() -> None:
    assert meta_from_path("剪报.txt").section == ""
    assert meta_from_path("我的剪报.txt").section == ""
    assert meta_from_path("要闻.txt").section == "要闻"


def test_section_from_a_file_name() -> None:
    meta = meta_from_path("人民日报/1998-01-05/第4版要闻.txt")
    assert (meta.page_no, meta.section) == ("4", "要闻")


def test_impossible_dates_are_not_dates() -> None:
    assert meta_from_path("scans/20231345_03.txt").date == ""
    assert meta_from_path("2023-02-30/01.txt").date == ""


def test_page_numbers_lose_leading_zeros() -> None:
    typed = ("04", "第04版", "a03", "p7", "要闻")
    assert [normalise_page_no(v) for v in typed] == ["4", "4", "A3", "7", "要闻"]


def test_sidecar_wins_over_running_head_and_names(tmp_path: Path) -> None:
    folder = tmp_path / "rmrb" / "2025-01-02"
    folder.mkdir(parents=True)
    page = folder / "11.txt"
    page.write_text("光明日报  2024年3月5日  星期二  第5版\n\n" + BODY, encoding="utf-8")
    (folder / "11.meta.json").write_text(
        json.dumps({"paper": "解放日报", "section": "要闻"}, ensure_ascii=False), encoding="utf-8"
    )
    meta = load_page(page).meta
    # sidecar first, then the running head, and the names only for what neither says
    assert (meta.paper, meta.date, meta.page_no, meta.section) == ("解放日报", "2024-03-05", "5", "要闻")


def test_running_head_wins_over_names(tmp_path: Path) -> None:
    page = tmp_path / "聊城日报_20230313_03.txt"
    page.write_text("聊城日报  2023年3月14日  星期二  第4版\n\n" + BODY, encoding="utf-8")
    meta = load_page(page).meta
    assert (meta.paper, meta.date, meta.page_no) == ("聊城日报", "2023-03-14", "4")


def test_names_fill_what_the_page_does_not_say(tmp_path: Path) -> None:
    folder = tmp_path / "rmrb" / "2025-01-02"
    folder.mkdir(parents=True)
    page = folder / "11.txt"
    page.write_text(BODY, encoding="utf-8")
    meta = load_page(page).meta
    assert (meta.paper, meta.date, meta.page_no) == ("人民日报", "2025-01-02", "11")


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2025-01-02", "2025-01-02"),
        ("20250102", "2025-01-02"),
        ("2025/1/2", "2025-01-02"),
        ("2025年1月2日", "2025-01-02"),
        ("1月2日", "2024-01-02"),
        ("1月32日", None),
        ("明天", None),
    ],
)
def test_dates_as_readers_type_them(typed: str, iso: str | None) -> None:
    assert parse_date(typed, default_year=2024) == iso


def test_date_ranges() -> None:
    assert date_range("2025") == ("2025-01-01", "2025-12-31")
    assert date_range("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_range("2025-01-01..2025-03-31") == ("2025-01-01", "2025-03-31")
    assert date_range("2025-01..2025-02") == ("2025-01-01", "2025-02-28")
    assert date_range("2025-01..")[0] == "2025-01-01"
    assert date_range("soon") is None


def test_a_hash_named_page_has_no_page_number() -> None:
    meta = meta_from_path("corpus/000_0bab674bd8117e01.txt")
    assert (meta.page_no, meta.date, meta.section) == ("", "", "")
