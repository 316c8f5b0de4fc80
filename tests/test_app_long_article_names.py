"""An article of millions of characters (a page extracted without its line ends) is not tagged for names
unasked: the reader took a core for minutes doing so in the background."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader.analysis
from tests.apptest import RunningApp, press, run, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")


@run
async def test_a_huge_article_is_tagged_for_names_only_when_e_asks(
    running_app: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "one line.txt"
    page.write_text(
        "　　" + "城市建设日新月异，热气球升空，农民收入继续增加。" * 3000 + "\n", encoding="utf-8"
    )
    tagged: list[int] = []
    real = reader.analysis.entities

    def counting(text: str) -> list[reader.analysis.Entity]:
        tagged.append(len(text))
        return real(text[:200])  # (the cost is not what is tested)

    monkeypatch.setattr(reader.analysis, "entities", counting)
    async with running_app((120, 40), paths=[page]) as (app, pilot):
        await settle(pilot)
        assert tagged and max(tagged) < 1000, tagged  # the tagger loaded on a few words only
        await press(pilot, "e")
        await settle(pilot)
        assert max(tagged) > 60_000  # asked: the whole article
