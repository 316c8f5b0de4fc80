"""`duba search` as a script or a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clitest import Ran
from tests.clitest import duba as run_duba

DATA = Path(__file__).parent / "data"
PAGE = DATA / "000_0bab674bd8117e01.txt"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One cache for the module: the test page is segmented and indexed once, not once per command."""
    cache = tmp_path_factory.mktemp("cache")
    return {**os.environ, "DUBA_CACHE_DIR": str(cache), "PYTHONIOENCODING": "utf-8"}


def duba(env: dict[str, str], *args: str) -> Ran:
    """`duba search ARGS`, in this process (tests.clitest)."""
    return run_duba("search", *args, env=env)


def duba_process(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """`duba search ARGS` in a new Python, its output read from a pipe."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "search", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_json_results_are_utf8_with_the_documented_fields(env: dict[str, str]) -> None:
    result = duba_process(env, "人才集聚", str(PAGE), "--json")
    assert result.returncode == 0, result.stderr
    assert "\\u" not in result.stdout  # Chinese as itself, not ASCII-escaped
    data = json.loads(result.stdout)
    assert data["query"] == "人才集聚"
    first = data["results"][0]
    assert set(first) >= {"article_id", "headline", "page", "score", "snippet"}
    assert first["headline"] == "阳谷县打造人才集聚新高地"
    assert first["page"] == PAGE.name
    assert "人才集聚" in first["snippet"]
    assert first["score"] > 0


def test_text_output_lists_headline_page_and_snippet(env: dict[str, str]) -> None:
    result = duba(env, "新能源", str(PAGE))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(" 1. 瞄准新赛道")
    assert PAGE.name in lines[0]
    assert "新能源" in lines[1]


def test_limit_and_default_corpus(env: dict[str, str]) -> None:
    result = duba(env, "产业", "--limit", "2", "--json")  # no PATH: the bundled corpus
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["results"]) == 2


def test_pinyin_and_traditional_queries_from_the_shell(env: dict[str, str]) -> None:
    pinyin = json.loads(duba(env, "rencai", str(PAGE), "--json").stdout)["results"]
    assert pinyin and pinyin[0]["match"] == "pinyin"
    traditional = json.loads(duba(env, "新能源汽車", str(PAGE), "--json").stdout)["results"]
    assert traditional and traditional[0]["match"] == "traditional"


def test_no_match_exits_1_and_missing_pages_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    nothing = duba(env, "不存在的词语", str(PAGE), "--json")
    assert nothing.returncode == 1
    assert json.loads(nothing.stdout)["results"] == []
    missing = duba(env, "人才", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert "nope.txt" in missing.stderr


@pytest.mark.parametrize(
    "query", ["$(rm -rf /)", ".*[", '"', "字" * 10_000], ids=["shell", "regex", "quote", "long"]
)
def test_odd_queries_do_not_crash(env: dict[str, str], query: str) -> None:
    result = duba(env, query, str(PAGE), "--json")
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["query"] == query


def test_an_empty_query_is_refused_even_with_json(env: dict[str, str]) -> None:
    result = duba(env, "", str(PAGE), "--json")  # a usage error, as argparse's own: exit 2, no JSON
    assert result.returncode == 2 and not result.stdout and "QUERY is empty" in result.stderr


def test_run_can_be_called_in_process(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from reader.cli import search as search_cmd

    monkeypatch.setenv("DUBA_CACHE_DIR", env["DUBA_CACHE_DIR"])
    parser = argparse.ArgumentParser()
    search_cmd.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["search", "集聚", str(PAGE), "--json", "-n", "1"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["results"]) == 1


@pytest.mark.parametrize("query", ["全市“三资”综合管理", "人才“三包一", "全面落实“政策找人”“无形认"])
def test_a_phrase_pasted_with_its_quotation_marks_is_found(env: dict[str, str], query: str) -> None:
    """Quotation marks inside a word are the text's own, not query syntax (issue 10, item 4)."""
    result = duba(env, query, str(PAGE), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert query.split("“")[0] in json.loads(result.stdout)["results"][0]["snippet"]


def test_the_same_page_in_two_encodings_is_one_result_that_says_so(
    env: dict[str, str], tmp_path: Path
) -> None:
    """Identical articles from two files collapse into one result with "and N identical" (issue 10: 8)."""
    text = PAGE.read_text(encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    result = duba(env, "人才集聚", str(tmp_path / "gbk.txt"), str(tmp_path / "utf16.txt"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "阳谷县打造人才集聚新高地" in lines[0]
    assert lines[2] == "    and 1 identical: utf16.txt"
    assert sum("阳谷县打造人才集聚新高地" in line for line in lines) == 1
    data = json.loads(
        duba(env, "人才集聚", str(tmp_path / "gbk.txt"), str(tmp_path / "utf16.txt"), "--json").stdout
    )
    first = data["results"][0]
    assert (first["page"], first["identical"], first["identical_pages"]) == ("gbk.txt", 1, ["utf16.txt"])


def test_a_photo_is_named_by_its_caption_opening_not_the_whole_caption(env: dict[str, str]) -> None:
    result = duba(env, "德通", str(PAGE), "--json")
    assert result.returncode == 0, result.stderr
    [photo] = json.loads(result.stdout)["results"]
    assert photo["headline"].startswith("3月13日，工人在聊城市德通")
    assert photo["headline"].endswith("…") and "作业" not in photo["headline"]


def test_count_says_how_many_articles_match_in_all(env: dict[str, str]) -> None:
    everything = json.loads(duba(env, "发展", str(PAGE), "--limit", "100", "--json").stdout)["results"]
    assert len(everything) > 2
    result = duba(env, "发展", str(PAGE), "--limit", "2", "--count")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == f"2 of {len(everything)} matching articles"
    shown = json.loads(duba(env, "发展", str(PAGE), "--limit", "2", "--count", "--json").stdout)
    assert shown["total"] == len(everything)
    assert [r["article_id"] for r in shown["results"]] == [r["article_id"] for r in everything[:2]]
    whole = duba(env, "发展", str(PAGE), "--limit", "100", "--count").stdout.splitlines()
    assert whole[-1] == f"{len(everything)} of {len(everything)} matching articles"  # a list not cut
