"""A bookmarked line the reader then makes a title of its article (t: a subhead or a lead-in read as
text, made the kicker, subtitle or headline) is still the article's, printed at its top.

The bookmark was placed by its quote in the articles' text only: once the line was a title, B listed it
as "[原文已不见 orphaned]" and enter said "The passage is no longer in its article", while the reader saw
it at the top of the article. It is listed as found now, enter opens the article at its top, and its
citation follows the article the line heads.
"""

from __future__ import annotations

import pytest

from reader.app.screens.bookmarks import BookmarksScreen
from reader.app.shelfkeeper import MARK_LAYER
from reader.passages import sentences
from tests.apptest import RunningApp, main_screen, notifications, press, run, screen_text

pytestmark = pytest.mark.usefixtures("temp_dirs")

LEAD = 6
"""The bundled page's article whose first paragraph is one short sentence (时值早春…)."""


@run
async def test_a_bookmarked_line_made_the_kicker_is_found_at_the_top_of_its_article(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, *"n" * LEAD, "right_parenthesis")
        article = app.library.articles[LEAD]
        line = article.paragraphs[0]
        span = screen.bookmarker.passage.span()
        assert span is not None and article.text[span[0] : span[1]] == line
        await press(pilot, "m", *"note", "enter")
        await press(pilot, "t", "k")  # the line is the kicker now
        assert app.library.articles[LEAD].kicker == line
        assert line not in app.library.articles[LEAD].paragraphs
        await press(pilot, "G", "B")
        assert isinstance(app.screen, BookmarksScreen)
        assert line in screen_text(app)
        assert "orphaned" not in screen_text(app)
        await press(pilot, "enter")
        assert app.screen is screen
        assert "orphaned" not in notifications(app) and "Cannot show" not in notifications(app)
        assert screen.current == LEAD
        assert screen.pane.scroll_y == 0  # the top: the kicker in sight
        assert line in screen_text(app)
        entry = screen.bookmarker.shelf.store.all()[0] if screen.bookmarker.shelf else None
        assert entry is not None and entry.article_id == app.library.articles[LEAD].id


def test_the_first_sentence_of_the_lead_article_is_its_first_paragraph() -> None:
    """(A guard of the page the test above reads: its first paragraph is one sentence.)"""
    from reader.corpus import load_page
    from tests.apptest import PAGE

    article = load_page(PAGE, use_cache=False, corrections=False).articles[LEAD]
    first = sentences(article.text)[0]
    assert article.text[first.start : first.end] == article.paragraphs[0]


@run
async def test_opening_a_bookmark_made_the_subtitle_says_so_and_marks_the_line(
    running_app: RunningApp,
) -> None:
    """Enter on such a bookmark went to the article's top in silence, nothing marked: the reader could not
    tell where the passage had gone. The notice names the title line it is now, and that line is marked
    as a bookmarked passage is in the text."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, *"n" * LEAD, "right_parenthesis", "m", *"note", "enter")
        line = app.library.articles[LEAD].paragraphs[0]
        await press(pilot, "t", "s")  # the line is the subtitle now
        assert app.library.articles[LEAD].subtitle == line
        await press(pilot, "G", "B", "enter")
        assert app.screen is screen and screen.current == LEAD
        assert "now this article's subtitle" in notifications(app)
        marks = screen.pane.highlights(MARK_LAYER)
        assert [(m.field, line[m.start : m.end]) for m in marks] == [("subtitle", line)]
        await press(pilot, "u")  # undone: in the text again, marked there
        marks = screen.pane.highlights(MARK_LAYER)
        text = app.library.articles[LEAD].text
        assert [(m.field, text[m.start : m.end]) for m in marks] == [("text", line)]
