"""How `duba search` and `duba kwic` take a query and show it back: a word to leave out given first, a
backslash, a filter with no value, a range given later end first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    """One issue of 人民日报 in a dated folder: pages 1, 2 and 3, 经济 on each."""
    root = tmp_path / "papers" / "rmrb" / "1998-01-05"
    root.mkdir(parents=True)
    for number, sentence in enumerate(("经济发展是第一要务。", "经济繁荣稳定。", "科技推动经济发展。"), 1):
        (root / f"0{number}.txt").write_text(f"　　{sentence}\n\n　　农民收入继续增加。\n", encoding="utf-8")
    return tmp_path / "papers"


def test_a_word_to_leave_out_given_first_gets_a_hint(papers: Path) -> None:
    """README shows `-exclude` in a query, but `duba search -人才 PATH` gave only argparse's usage and
    "unrecognized arguments: -人才" (and without a PATH, "required: QUERY")."""
    ran = duba("search", "-人才", str(papers))
    assert ran.returncode == 2
    assert f"duba search -- '-人才' {papers}" in ran.stderr, ran.stderr
    ran = duba("kwic", "-人才")
    assert ran.returncode == 2 and "duba kwic -- '-人才'" in ran.stderr, ran.stderr
    ran = duba("search", "经济", "-人才", str(papers))  # two words of one query: quoted whole
    assert ran.returncode == 2 and f"duba search '经济 -人才' {papers}" in ran.stderr, ran.stderr
    ran = duba("search", "--", "-人才", str(papers))  # as the hint says: every article without 人才
    assert ran.returncode == 0 and "3. 科技推动经济发展。" in ran.stdout and not ran.stderr, ran


def test_a_query_is_shown_as_typed(papers: Path) -> None:
    """`duba search '\\' PATH` said "no match for '\\\\'": the query as Python's repr shows it."""
    ran = duba("search", "\\", str(papers))
    assert ran.stdout.strip() == "no match for '\\'", ran.stdout
    ran = duba("kwic", "\\", str(papers))
    assert "no occurrence of '\\'" in ran.stderr, ran.stderr


def test_a_filter_with_no_value_is_said(papers: Path) -> None:
    """`date:` alone was taken for a word to find: no match, and nothing said why (`date:2025-13` is)."""
    ran = duba("search", "经济 date:", str(papers))
    assert ran.returncode == 1 and "date: has no value" in ran.stderr, ran.stderr


def test_a_page_range_given_later_page_first_is_the_pages_between(papers: Path) -> None:
    """`page:4..1` matched nothing, without a word, where `date:1998-02..1998-01` is the period between."""

    def found(query: str) -> list[str]:
        ran = duba("search", query, str(papers), "--json")
        return sorted(result["page"] for result in json.loads(ran.stdout)["results"])

    assert found("经济 page:1..2") == ["01.txt", "02.txt"]
    assert found("经济 page:2..1") == ["01.txt", "02.txt"]
    assert found("经济 date:1998-01-06..1998-01-01") == ["01.txt", "02.txt", "03.txt"]


def test_kwic_of_a_filter_alone_says_there_is_no_word_to_show_not_no_occurrence(tmp_path: Path) -> None:
    """`duba kwic date:2023-03` said "no occurrence of 'date:2023-03'": a historian read that the month
    had nothing in it (the reader's K asks for a word instead) (s43 walk)."""
    page = tmp_path / "聊城日报_20230315_01.txt"
    page.write_bytes((Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt").read_bytes())
    for query in ("date:2023-03", "author:尹腾淑"):
        ran = duba("kwic", query, str(page))
        said = " ".join(ran.stderr.split())
        # (a usage error, exit 2 as `duba trend date:1998`'s, not 1, "nothing found")
        assert ran.returncode == 2 and f"'{query}' has no word to show in its context" in said, said
        assert "no occurrence" not in said and f"(duba kwic 'WORD {query}')" in said, said
    ran = duba("kwic", "没有这个词 date:2023-03", str(page))
    assert "no occurrence of '没有这个词 date:2023-03'" in ran.stderr
