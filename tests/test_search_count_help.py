"""`duba search --help`: the `--count` example says what the option prints. It said "how many
articles", as if --count printed a number alone; it lists the best results (20 unless --limit says
otherwise) and then "20 of 1,234 matching articles"."""

from __future__ import annotations

import pytest

from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_the_count_example_says_the_results_are_listed_before_the_count() -> None:
    helped = duba("search", "--help").stdout
    (example,) = [line for line in helped.splitlines() if line.strip().startswith("duba search 人才 --count")]
    assert example.split("#", 1)[1].strip() == "the best 20, then how many match in all", example


def test_count_lists_the_best_then_how_many_match_in_all() -> None:
    ran = duba("search", "人才", "--count", "--limit", "1")  # (the bundled corpus: no library)
    assert ran.returncode == 0, ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[0].startswith(" 1. ") and " 2. " not in ran.stdout
    assert lines[-1].startswith("1 of ") and lines[-1].endswith(" matching articles"), lines[-1]
