"""A bookmark of a passage in a part split off with S: what the list and the export cite it as.

The part has no title until the reader gives it one; it was cited `[无题]`, the same for every untitled
piece of the day. It is cited by its own opening words (`无题：…`), in the list and the export alike.
"""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from tests.apptest import RunningApp, main_screen, press, run, screen_text, segmented

pytestmark = pytest.mark.usefixtures("temp_dirs")

RAW = segmented()


@run
async def test_a_passage_in_a_part_split_off_is_cited_by_the_parts_opening_words(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    story = RAW[3]
    async with running_app((120, 40)) as (app, pilot):
        # the passage cursor to the third paragraph's first sentence, bookmarked, then S splits there
        await press(pilot, *"nnn", *["right_curly_bracket"] * 2, "m", "enter", "escape", "S")
        screen = main_screen(app)
        part = app.library.articles[4]
        assert part.headline is None and part.paragraphs[0] in story.paragraphs[1:]
        opening = part.paragraphs[0][:10]
        [(start, end)] = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        assert screen.current == 4 and part.text[start:end] in part.paragraphs[0]  # wholly in the part
        await press(pilot, "B")
        listed = screen_text(app)
        assert "无题：" + opening in listed and "[无题]" not in listed
        await press(pilot, "escape", "q")
    capsys.readouterr()
    assert main(["bookmarks", "export", "--format", "json"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["bookmarks"]
    assert exported["headline"].startswith("无题：" + opening)
    assert main(["bookmarks", "export"]) == 0
    markdown = capsys.readouterr().out
    assert "## 1. 无题：" + opening in markdown and "[无题]" not in markdown
