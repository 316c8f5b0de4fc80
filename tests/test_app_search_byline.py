"""A reporter's name searched for (`刘桐`, `author:刘桐`) is a hit in the byline that prints it.

The index finds words in the byline, so the article is listed, but the reader looked for hits in the titles
and the body only: opened, it said "0 hits", nothing was highlighted, and n rang the bell, though the
name stood under the headline. Now the name is highlighted in the byline (in a photo's credit line too)
and counted: "hit 1/1".
"""

from __future__ import annotations

import pytest
from textual.app import App

from tests.apptest import RunningApp, main_screen, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")


def style_of(app: App[None], text: str) -> str:
    """The style `text` is drawn in, where the screen shows it."""
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            if segment.text == text:
                return str(segment.style)
    raise AssertionError(f"{text} is not drawn as one segment")


@pytest.mark.parametrize("query", ["刘桐", "author:刘桐"])
@run
async def test_a_name_searched_is_a_hit_in_the_byline(running_app: RunningApp, query: str) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", *query, "enter")
        article = app.library.articles[screen.current or 0]
        assert article.byline is not None and "刘桐" in article.byline
        assert "刘桐" not in article.text  # the byline is where it is printed
        assert "hit 1/1" in screen_text(app).split("\n")[0]
        assert [(h.field, article.byline[h.start : h.end]) for h in screen.pane.highlights("search")] == [
            ("byline", "刘桐")
        ]
        assert style_of(app, "刘桐") != style_of(app, "本报讯（记者 ")  # painted as a hit


@run
async def test_a_name_in_a_photo_credit_is_a_hit_in_the_credit_line(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", *"许金松", "enter")
        article = app.library.articles[screen.current or 0]
        assert article.kind == "photo" and article.byline is not None and "许金松" in article.byline
        assert "hit 1/1" in screen_text(app).split("\n")[0]
        assert "〔图片〕 本报记者 许金松" in screen_text(app)  # the credit line as before
        assert style_of(app, "许金松") != style_of(app, "〔图片〕 本报记者 ")
