"""The command palette shows brackets as printed. Textual reads a hit's title and help as markup: Copy
citation's help lost the `[N]` of the citation form it names (the lead's walk of the s31 wheel), and a
headline holding `[/]` — which OCR'd text may print — is markup that does not parse, so opening the
palette on its page failed."""

from __future__ import annotations

import pytest
from textual.command import CommandList

from tests.apptest import RunningApp, press, run, text_once_shown

pytestmark = pytest.mark.usefixtures("temp_dirs")

MADE_UP = "春风[/]吹过 [b]小镇[N]"


@run
async def test_a_headline_with_brackets_is_listed_as_printed(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        app.library.articles[0].headline = MADE_UP
        await press(pilot, "ctrl+p")
        # (the providers' hits arrive in no set order: the row may be below the palette's fold)
        listed = app.screen.query_one(CommandList)
        for _ in range(100):
            offered = [str(listed.get_option_at_index(n).prompt) for n in range(listed.option_count)]
            if any(MADE_UP in prompt for prompt in offered):
                break
            await pilot.pause(0.05)
        assert any(MADE_UP in prompt for prompt in offered)


@run
async def test_copy_citations_help_names_the_form_whole(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "ctrl+p", *"Copy citation")
        assert "题名[N]. 报纸" in await text_once_shown(app, pilot, "题名[N]")
