"""An article of a million characters on one line (a page extracted without its line ends) in the reader.

Laying it all out held the screen for seconds; the pane lays out its first part at once and the rest
between keys, so the first text shows at once, keys are handled meanwhile, and `G` still reaches the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apptest import PAGE, RunningApp, main_screen, press, run, screen_text, settle, type_keys

pytestmark = pytest.mark.usefixtures("temp_dirs")

END = "这是整版文字的最后一句话。"


def huge_page(folder: Path, chars: int = 1_000_000) -> Path:
    """A page of one article: the bundled page's paragraphs run together on one line, then `END`."""
    paragraphs = [
        line.strip() for line in PAGE.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 30
    ]
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        parts.extend(paragraphs)
        paragraphs = paragraphs[1:] + paragraphs[:1]  # no period shorter than the page
    path = folder / "huge.txt"
    path.write_text("　　" + "".join(parts) + END + "\n", encoding="utf-8")
    return path


def squeezed(app: object) -> str:
    """The screen's text without spaces (the layout's margins and indents)."""
    return screen_text(app).replace(" ", "").replace("\u3000", "")  # type: ignore[arg-type]


@run
async def test_a_huge_article_shows_at_once_answers_keys_and_scrolls_to_its_end(
    running_app: RunningApp, tmp_path: Path
) -> None:
    page = huge_page(tmp_path)
    async with running_app((120, 40), paths=(PAGE, page)) as (app, pilot):
        screen = main_screen(app)
        library = app.library
        huge = max(range(len(library)), key=lambda i: len(library.articles[i].text))
        text = library.articles[huge].text
        assert len(text) > 900_000 and text.endswith(END)
        await press(pilot, *["n"] * (huge - 1))
        await type_keys(pilot, "n")  # opened: the first frame drawn, the layout not waited for
        pane = screen.pane
        assert screen.current == huge
        assert text[:20] in squeezed(app)
        await type_keys(pilot, "j")
        for _ in range(1000):  # a key passes the app, the screen and the pane: a few turns of the loop
            if pane.scroll_y:
                break
            await pilot.pause(0)
        lines_when_scrolled = pane.line_count
        assert pane.scroll_y == 1
        assert pane.line_text(1).strip() in screen_text(app)
        await settle(pilot)
        # the key was handled while most of the article was still to lay out
        assert lines_when_scrolled < pane.line_count // 2
        await press(pilot, "G")
        assert END in squeezed(app)
        # every character shown, in order, once
        laid = "".join(pane.line_text(n) for n in range(pane.line_count))
        assert "".join(laid.split()) == "".join(text.split())


@run
async def test_G_pressed_before_a_huge_article_is_laid_out_reaches_its_end(
    running_app: RunningApp, tmp_path: Path
) -> None:
    page = huge_page(tmp_path)
    async with running_app((120, 40), paths=(PAGE, page)) as (app, pilot):
        library = app.library
        huge = max(range(len(library)), key=lambda i: len(library.articles[i].text))
        await press(pilot, *["n"] * (huge - 1))
        await type_keys(pilot, "n", "G")
        await settle(pilot)
        assert main_screen(app).current == huge
        assert END in squeezed(app)
