"""A query pasted whole from a page is cut (`reader.search.query.MAX_QUERY_CHARS`, `MAX_TERMS`) so that it
costs bounded time; `duba search` and `duba kwic` say so, instead of answering for its first part as if for
all of it."""

from __future__ import annotations

import os
from pathlib import Path

from tests.clitest import duba

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


def test_a_query_cut_short_is_said(tmp_path: Path) -> None:
    env = {**os.environ, "DUBA_CACHE_DIR": str(tmp_path / "cache"), "PYTHONIOENCODING": "utf-8"}
    long = " ".join(["人才"] * 40)  # 40 terms: only the first 32 are looked for
    for command in ("search", "kwic"):
        ran = duba(command, long, str(PAGE), env=env)
        assert ran.returncode == 0
        assert "the query is too long" in ran.stderr
        short = duba(command, "人才", str(PAGE), env=env)
        assert "too long" not in short.stderr
