"""File names that are not UTF-8, as `duba` prints them: a GBK name unzipped from a Windows archive,
or any Chinese name where the locale is the strict C locale (Python holds both as lone surrogates).

The JSON and CSV were not UTF-8 (the name's raw GBK bytes), the paper was not read from such a name,
a message named it as `\\udcbb\\udcb5.txt`, and under LC_ALL=C a missing Chinese path ended in a
UnicodeEncodeError traceback instead of the one-line error.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.clitest import duba_bytes

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"
NAME = "人民日报_20250102_01.txt"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Python's UTF-8 mode, as in a UTF-8 locale: a name's undecodable bytes reached a pipe as they were."""
    folders = {f"DUBA_{name}_DIR": str(tmp_path / name.lower()) for name in ("DATA", "CACHE", "CONFIG")}
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "LC_ALL")}
    return {**environ, **folders, "PYTHONUTF8": "1"}


def c_locale(env: dict[str, str]) -> dict[str, str]:
    """The strict C locale without Python's UTF-8 mode: names and arguments decoded as ASCII."""
    return {**env, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}


def folder_with(tmp_path: Path, name: bytes, content: bytes) -> Path:
    """The folder `pages` of `tmp_path`, with a file whose name is the bytes `name` (a Windows zip's)."""
    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    (folder / os.fsdecode(name)).write_bytes(content)  # (named by these bytes on disk)
    return folder


def test_search_json_and_csv_of_a_gbk_named_page_are_utf8_naming_the_page_and_paper(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = folder_with(tmp_path, NAME.encode("gbk"), PAGE.read_bytes())
    found = duba_bytes(env, "search", "人才", str(folder), "--json")
    assert found.returncode == 0, found.stderr
    result = json.loads(found.stdout.decode("utf-8"))["results"][0]  # (was raw GBK bytes: no UTF-8)
    assert (result["page"], result["paper"], result["date"], result["page_no"]) == (
        NAME,
        "人民日报",
        "2025-01-02",
        "1",
    )
    table = duba_bytes(env, "search", "人才", str(folder), "--csv")
    assert table.returncode == 0, table.stderr
    rows = list(csv.reader(io.StringIO(table.stdout.decode("utf-8"))))
    assert rows[1][:3] == ["2025-01-02", "人民日报", "1"]


def test_a_name_neither_utf8_nor_gbk_is_shown_with_escapes_not_lone_surrogates(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = folder_with(tmp_path, b"\xff\x80_20250102.txt", PAGE.read_bytes())
    page = next(folder.iterdir())
    segmented = duba_bytes(env, "segment", str(page), "--json")
    assert segmented.returncode == 0, segmented.stderr
    shown = json.loads(segmented.stdout.decode("utf-8"))
    assert shown["page"] == "\\xff\\x80_20250102.txt"
    assert shown["meta"]["date"] == "2025-01-02"


def test_a_gbk_named_file_that_does_not_open_is_named_as_the_page_lines_name_it(
    env: dict[str, str], tmp_path: Path
) -> None:
    # (東 in GBK is 0x96 and `|`: an ASCII byte inside the name)
    folder = folder_with(tmp_path, "東華壞.txt".encode("gbk"), bytes(range(256)) * 4)
    folder_with(tmp_path, NAME.encode("gbk"), PAGE.read_bytes())
    found = duba_bytes(env, "search", "人才", str(folder))
    assert found.returncode == 0
    said = found.stderr.decode("utf-8")
    assert f"duba: {folder}/東華壞.txt: looks like a binary file, not a text page" in said.splitlines()
    assert "\\udc" not in said
    assert "人民日报 2025-01-02 第1版" in found.stdout.decode("utf-8")


def test_a_missing_chinese_path_under_the_c_locale_is_the_one_line_error(
    env: dict[str, str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing文件.txt"
    segmented = duba_bytes(c_locale(env), "segment", str(missing))
    assert segmented.returncode == 2
    assert segmented.stderr.decode("utf-8") == f"duba: {missing}: no such file\n"  # (was a traceback)
    absent = tmp_path / "不存在"
    searched = duba_bytes(c_locale(env), "search", "人才", str(absent))
    assert searched.returncode == 2
    assert searched.stderr.decode("utf-8").splitlines() == [
        f"duba: {absent}: no such file or folder",
        "duba: no pages to search",
    ]


def test_a_chinese_name_under_the_c_locale_gives_its_paper_in_the_json(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(PAGE, folder / NAME)
    found = duba_bytes(c_locale(env), "search", "人才", str(folder), "--json")
    assert found.returncode == 0, found.stderr
    result = json.loads(found.stdout.decode("utf-8"))["results"][0]
    assert (result["page"], result["paper"]) == (NAME, "人民日报")
