"""A writer named alone under a headline whose surname is common today though late in the 百家姓's
order (`萧`, `洪`, `郁`: see `reader.page.names.COMMON_SURNAMES`) signs the story as surely as one
named `王` or `李`: the article's confidence (`--json`, the sidebar's marker) is the same, and the
name weighs as much where a page leaves the byline in doubt."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import indented_apart
from tests.test_segment_conventions import BODY_B


def _signed(name: str) -> str:
    return "\n".join(["便民利企新举措落地见效（今日谈）", name, "", *indented_apart(BODY_B)])


@pytest.mark.parametrize("name", ["萧明远", "洪晓岚", "郁建华"])
def test_a_name_with_a_surname_common_today_signs_as_surely_as_a_commoner_one(name: str) -> None:
    [article] = segment(_signed(name)).articles
    [usual] = segment(_signed("王明远")).articles
    assert (article.byline, article.paragraphs) == (name, BODY_B)
    assert article.confidence == usual.confidence
