"""Every theme keeps the reader's text readable: the colours drawn on screen are read back and compared.

The contrast ratio is WCAG's ((L1 + 0.05) / (L2 + 0.05) of relative luminances): 1 is invisible, 21 is
black on white. The text the issue found invisible on light themes (kicker, byline, the key-terms label
and the article counter, photo rows, bookmark dates: white on light grey, 1.1:1) must reach 4:1 (muted
text, a little under WCAG AA's 4.5 for body text: gruvbox's own muted grey on its panel is 4.4); anything
else drawn as text must reach 3:1 (coloured emphasis: key terms, headings).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TColor
from textual.command import CommandPalette
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import Sparkline

from reader.app.app import DubaApp
from reader.app.sixteen import ansi_number, worst_contrast
from reader.app.widgets.reading_pane import Highlight
from tests.apptest import PAGE, UNSURE_PAGE, RunningApp, main_screen, press, run, settle

pytestmark = pytest.mark.usefixtures("temp_dirs")

THEMES = ["textual-dark", "nord", "gruvbox", "textual-light", "catppuccin-latte", "solarized-light"]

EVERY_THEME = sorted(name for name in DubaApp().available_themes if not name.startswith("ansi-"))
"""Every theme Textual registers but the two ANSI ones (drawn in the terminal's own palette)."""

NOT_TEXT = set("▁▂▃▄▅▆▇█▔▏▕▌▐ ")
"""Scroll-bar and border glyphs: drawn, but not read."""


def contrast(segment: Segment) -> float:
    """WCAG contrast ratio of a segment's text colour against its background."""
    style = segment.style
    assert style is not None and style.color is not None and style.bgcolor is not None, segment
    fg, bg = style.color, style.bgcolor
    if style.reverse:
        fg, bg = bg, fg
    lighter, darker = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def text_segments(app: DubaApp) -> list[Segment]:
    """Every segment on screen that shows some text."""
    return [
        segment
        for strip in app.screen._compositor.render_strips()
        for segment in strip
        if set(segment.text) - NOT_TEXT
    ]


def worst(segments: list[Segment]) -> tuple[float, str]:
    return min(((round(contrast(s), 2), s.text.strip()) for s in segments), default=(99.0, ""))


async def use_theme(pilot: Pilot[None], theme: str) -> None:
    """Switch the theme (as the palette's theme command does) and wait until the screen is drawn in it."""
    pilot.app.theme = theme
    await settle(pilot)


@run
async def test_text_is_readable_in_every_theme(running_app: RunningApp) -> None:
    """Every theme in turn on one reader (as a person tries them from the palette): the reading screen,
    then the bookmarks screen."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n")  # an article with a kicker and a byline; a photo row in the list
        article = app.library.articles[1]
        assert article.kicker and article.byline
        photo = [i for i, a in enumerate(app.library.articles) if a.kind == "photo"][0]
        for theme in THEMES:
            await use_theme(pilot, theme)
            segments = text_segments(app)
            named = [
                s
                for s in segments
                if s.text.strip() in ("关键词", article.kicker, article.byline)
                or re.fullmatch(r"\d+/\d+", s.text.strip())
            ]
            photo_row = main_screen(app).sidebar.render_line(photo + 1)  # row 0 is the page heading
            named += [s for s in photo_row if len(s.text.strip()) > 2]  # the caption, not the 图 tag
            assert len(named) >= 5, theme
            assert worst(named)[0] >= 4, (theme, worst(named))
            assert worst(segments)[0] >= 3, (theme, worst(segments))

        await press(pilot, "m", *"note", "tab", *"tag", "enter", "right_parenthesis", "m", "enter", "B")
        for theme in THEMES:
            await use_theme(pilot, theme)
            segments = text_segments(app)
            dates = [s for s in segments if re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", s.text)]
            assert len(dates) == 2, theme
            assert max(contrast(s) for s in dates) >= 4, (
                theme,
                worst(dates),
            )  # off the cursor row (on it: >= 3)
            assert worst(segments)[0] >= 3, (theme, worst(segments))


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@run
async def test_a_hit_inside_a_bookmark_looks_different(running_app: RunningApp, theme: str) -> None:
    """Bookmarked text, a search hit, and a hit inside bookmarked text: three different looks."""
    async with running_app((120, 40)) as (app, pilot):
        app.theme = theme
        screen = main_screen(app)
        assert screen is not None
        pane = screen.pane
        text = app.library.articles[0].text
        pane.set_highlights("bookmarks", [Highlight(0, 12, "reading--bookmark")])
        pane.set_highlights(
            "search", [Highlight(4, 6, "reading--search"), Highlight(14, 16, "reading--search")]
        )
        await pilot.pause()

        def style_at(offset: int) -> Style:
            line = pane.line_for_offset(offset)
            assert line is not None
            chars: list[tuple[str, Style]] = [
                (char, segment.style or Style())
                for segment in pane.render_line(line - int(pane.scroll_y))
                for char in segment.text
            ]
            drawn = "".join(char for char, _ in chars)
            at = drawn.index(text[offset : offset + 3])
            return chars[at][1]

        plain, bookmarked, hit, both = style_at(20), style_at(1), style_at(14), style_at(4)
        looks = {(s.color, s.bgcolor, bool(s.underline)) for s in (plain, bookmarked, hit, both)}
        assert len(looks) == 4
        assert both.underline and both.bgcolor == hit.bgcolor  # the mark and the hit, each as alone


def distance(a: TColor, b: TColor) -> float:
    return sum((x - y) ** 2 for x, y in zip(a.rgb, b.rgb, strict=True)) ** 0.5


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@run
async def test_the_focused_field_and_list_stand_out(running_app: RunningApp, theme: str) -> None:
    async with running_app((120, 40)) as (app, pilot):
        app.theme = theme
        await press(pilot, "m")
        dialog = app.screen
        box = dialog.query_one("#bookmark-dialog").background_colors[1]
        note, tags = dialog.query_one("#bookmark-note"), dialog.query_one("#bookmark-tags")
        assert note.has_focus
        # the field with the focus differs more from the dialog than the other one (it was the reverse)
        assert distance(note.background_colors[1], box) > distance(tags.background_colors[1], box) + 20
        await press(pilot, "tab")
        assert distance(tags.background_colors[1], box) > distance(note.background_colors[1], box) + 20
        await press(pilot, "escape")

        # the list's cursor row: solid with the focus in the list, faint with the focus in the pane
        screen = main_screen(app)
        assert screen is not None
        await press(pilot, "tab")
        assert screen.sidebar.has_focus
        focused = cursor_background(app)
        await press(pilot, "tab")
        assert screen.pane.has_focus
        blurred = cursor_background(app)
        assert focused is not None and blurred is not None
        background = TColor.from_rich_color(screen.sidebar.rich_style.bgcolor)
        assert distance(focused, background) > distance(blurred, background) + 40


def cursor_background(app: DubaApp) -> TColor | None:
    """The background of the list's cursor row (the first list row whose background is not the list's)."""
    screen = main_screen(app)
    assert screen is not None
    sidebar = screen.sidebar
    plain = sidebar.rich_style.bgcolor
    for y in range(sidebar.size.height):
        for segment in sidebar.render_line(y):
            if segment.style and segment.style.bgcolor and segment.style.bgcolor != plain:
                return TColor.from_rich_color(segment.style.bgcolor)
    return None


@run
async def test_search_hits_are_readable_in_every_theme(running_app: RunningApp) -> None:
    """The query's hits marked in the results' headlines and snippets, and in the reading pane, stay
    readable in every theme: a highlight that fades into the list's background hides the very words
    searched for."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *"人才")
        for theme in THEMES:
            await use_theme(pilot, theme)
            segments = text_segments(app)
            hits = [s for s in segments if s.text.strip() == "人才"]
            assert len(hits) >= 4, (theme, [s.text for s in segments][:40])
            assert worst(hits)[0] >= 3, (theme, worst(hits))
            assert worst(segments)[0] >= 3, (theme, worst(segments))


def _on_top(app: DubaApp) -> list[Segment]:
    """The segments of the top screen: within its dialog when it is modal (what lies around it is dimmed
    on purpose)."""
    screen = app.screen
    shown = [w for w in screen.children if w.display]
    region = shown[0].region if screen.is_modal and shown else screen.region
    found = []
    for y, strip in enumerate(screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            if region.y <= y < region.bottom and region.x <= x < region.right:
                found.append(segment)
            x += cell_len(segment.text)
    return found


def _within(app: DubaApp, regions: list[Region]) -> list[Segment]:
    """The segments of the top screen drawn inside any of `regions`."""
    found = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            if any(r.y <= y < r.bottom and r.x <= x < r.right for r in regions):
                found.append(segment)
            x += cell_len(segment.text)
    return found


def _box_drawing(ch: str) -> bool:
    return "\u2500" <= ch <= "\u257f"


def _modal_text(app: DubaApp) -> list[Segment]:
    """The text segments of the top screen's dialog, box-drawing borders left out."""
    return [s for s in _on_top(app) if {ch for ch in s.text if not _box_drawing(ch)} - NOT_TEXT]


def _dialog_borders(app: DubaApp) -> list[Segment]:
    """The box-drawing segments of the top screen's dialog: the frame that says where the dialog ends."""
    return [s for s in _on_top(app) if s.text.strip() and all(_box_drawing(ch) for ch in s.text.strip())]


@run
async def test_dialogs_and_the_concordance_are_readable_in_every_theme(running_app: RunningApp) -> None:
    """Text drawn "dim" is blended halfway into the background: on solarized-light the concordance's
    lines (keyword and context alike) came out at 2.4:1, the title dialog's other fields at 2.5:1 and the
    help's binding ids at 2.5:1, the hints in the bookmark and date dialogs' empty fields at 2.1:1 (nord).
    The cursor row of the focused article list and of the concordance kept
    the theme's own cursor colours, cream on sage in gruvbox (2.4:1). A dialog's frame shows where it
    ends over the dimmed reader, and WCAG asks 3:1 of such a boundary: the title and date dialogs' frames,
    drawn in the theme's accent, were 1.4:1 and 1.3:1 on textual-light (orange on light grey)."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "tab")
        assert app.focused is main_screen(app).sidebar
        for theme in THEMES:
            await use_theme(pilot, theme)
            assert worst(text_segments(app))[0] >= 3, (theme, worst(text_segments(app)))
        await press(pilot, "tab")
        for keys, screen in (
            (("question_mark",), "HelpScreen"),
            (("t",), "TitleDialog"),
            (("m",), "BookmarkDialog"),
            (("D",), "DateDialog"),
            (("slash", "人", "才", "tab", "K"), "KwicScreen"),
        ):
            await press(pilot, *keys)
            await settle(pilot)
            assert type(app.screen).__name__ == screen
            for theme in THEMES:
                await use_theme(pilot, theme)
                segments = _modal_text(app)
                assert len(segments) > 5, (screen, theme)
                assert worst(segments)[0] >= 3, (screen, theme, worst(segments))
                if screen != "KwicScreen":
                    frame = _dialog_borders(app)
                    assert len(frame) >= 4, (screen, theme, [s.text for s in frame])
                    assert worst(frame)[0] >= 3, (screen, theme, worst(frame))
            await press(pilot, "escape")
            await settle(pilot)


@run
async def test_a_key_term_or_headline_inside_a_search_hit_is_readable_in_every_theme(
    running_app: RunningApp,
) -> None:
    """The article a search opens shows its hits; a hit on one of its key terms or in its headline kept
    that colour on the hit's tint: amber on light amber in textual-light (2.6:1), the headline's blue in
    textual-dark (2.9:1)."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *"人才", "enter")
        screen = main_screen(app)
        assert "人才" in screen.key_terms.terms and "人才" in (screen.pane.article.headline or "")
        pane = screen.pane
        for theme in THEMES:
            await use_theme(pilot, theme)
            hits = [
                segment
                for y in range(pane.size.height)
                for segment in pane.render_line(y)
                if segment.text.strip() == "人才"
            ]
            assert len(hits) >= 3, theme
            assert worst(hits)[0] >= 3, (theme, worst(hits))


def _cursor_row_marks(screen: Any, tag: str) -> list[Segment]:
    """The sidebar's segments showing `tag` on a background of their own (the cursor row's)."""
    return [
        segment
        for y in range(screen.sidebar.size.height)
        for segment in screen.sidebar.render_line(y)
        if segment.text == tag
        and segment.style
        and segment.style.bgcolor
        and segment.style.bgcolor != screen.sidebar.rich_style.bgcolor
    ]


@run
async def test_the_unsure_mark_on_the_focused_cursor_row_is_readable_in_every_theme(
    running_app: RunningApp,
) -> None:
    """The `?` before an article the segmenter is unsure of, on the cursor row of the focused list: the
    muted grey blended over the cursor's blue came out at 2.6:1 in textual-dark."""
    from reader.app.widgets.article_list import UNCERTAIN_TAG
    from tests.apptest import UNSURE_PAGE

    async with running_app((120, 40), paths=[UNSURE_PAGE]) as (app, pilot):
        unsure = next(i for i, a in enumerate(app.library.articles) if a.uncertain)
        await press(pilot, "tab", *["j"] * unsure)
        screen = main_screen(app)
        assert screen.sidebar.has_focus and screen.current == unsure
        for theme in THEMES:
            await use_theme(pilot, theme)
            marks = _cursor_row_marks(screen, UNCERTAIN_TAG)
            assert marks, theme
            assert worst(marks)[0] >= 3, (theme, worst(marks))


@run
async def test_the_corrected_mark_on_the_focused_cursor_row_is_readable_in_every_theme(
    running_app: RunningApp,
) -> None:
    """The `✎` before an article the reader corrected (J here), on the cursor row of the focused list."""
    from reader.app.widgets.article_list import CORRECTED_TAG

    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "J", "tab")
        screen = main_screen(app)
        assert screen.sidebar.has_focus and app.library.articles[screen.current].corrected
        for theme in THEMES:
            await use_theme(pilot, theme)
            marks = _cursor_row_marks(screen, CORRECTED_TAG)
            assert marks, theme
            assert worst(marks)[0] >= 3, (theme, worst(marks))


@run
async def test_key_terms_inside_the_passage_cursor_are_readable_in_every_theme(
    running_app: RunningApp,
) -> None:
    """The passage cursor's tint (`)`, `v`, what `m` bookmarks) over a sentence holding key terms: their
    amber on the tint was 2.2:1 in textual-light."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "right_parenthesis")
        pane = screen.pane
        assert screen.key_terms.terms
        for theme in THEMES:
            await use_theme(pilot, theme)
            plain = pane.rich_style.bgcolor
            tinted = [
                segment
                for y in range(pane.size.height)
                for segment in pane.render_line(y)
                if segment.text.strip() and segment.style and segment.style.bgcolor not in (None, plain)
            ]
            assert any(s.text.strip() in screen.key_terms.terms for s in tinted), theme
            assert worst(tinted)[0] >= 3, (theme, worst(tinted))


@run
async def test_the_trend_chart_bars_are_seen_in_every_theme(running_app: RunningApp, tmp_path: Path) -> None:
    """The bars of a trend chart are its content: WCAG asks 3:1 of such graphics. Textual's Sparkline
    shades them from a faint tint of the theme's primary colour (low) to the full colour (high): on
    textual-light the low bars were 1.7:1 on the background, next to invisible."""
    for date, page in (("2025-01-02", PAGE), ("2025-03-04", UNSURE_PAGE)):  # 人才 in one month, not the other
        dated = tmp_path / "rmrb" / date / "01.txt"
        dated.parent.mkdir(parents=True)
        dated.write_bytes(page.read_bytes())
    async with running_app((120, 40), paths=[tmp_path / "rmrb"]) as (app, pilot):
        await press(pilot, "T", *"人才")
        await press(pilot, "enter")
        assert type(app.screen).__name__ == "TrendScreen"
        charts = [chart.region for chart in app.screen.query(Sparkline)]
        assert charts
        for theme in THEMES:
            await use_theme(pilot, theme)
            bars = [s for s in _within(app, charts) if s.text.strip()]
            assert {s.text.strip()[0] for s in bars} >= {"▁", "█"}, theme  # the low month and the high
            assert worst(bars)[0] >= 3, (theme, worst(bars))


@run
async def test_text_is_readable_in_every_theme_on_a_terminal_of_16_colours(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal of 16 colours draws the themes' greys as ANSI 7 and 8: in textual-light the group
    headers, the photo rows and the page line were dark grey on light grey, 2.2:1 in the legacy console's
    palette (and 2.8:1 in Windows Terminal's); the dark themes had light grey on dark grey. Every text
    cell now reaches 3:1 in each of the palettes, as the terminal will draw it."""
    monkeypatch.setattr("textual.constants.COLOR_SYSTEM", "standard")
    monkeypatch.setattr(DubaApp, "is_headless", property(lambda app: False))  # as in a terminal
    async with running_app((120, 40), paths=(PAGE, UNSURE_PAGE)) as (app, pilot):
        assert app.console.color_system == "standard"
        await press(pilot, "n")
        sidebar = main_screen(app).sidebar
        kinds = {row.kind for row in sidebar.rows[: sidebar.size.height]}
        assert {"group", "photo", "article"} <= kinds
        for theme in THEMES:
            await use_theme(pilot, theme)
            drawn = []
            for segment in text_segments(app):
                style = segment.style
                assert style is not None and style.color is not None and style.bgcolor is not None
                fg, bg = ansi_number(style.color), ansi_number(style.bgcolor)
                drawn.append(
                    (round(worst_contrast(*((bg, fg) if style.reverse else (fg, bg))), 2), segment.text)
                )
            assert min(drawn) >= (3, ""), theme


@run
async def test_photo_rows_stand_apart_from_articles_on_a_terminal_of_16_colours(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """16 colours have no grey readable on the list's background, so the photo rows' muted grey was drawn
    in the text's colour (`reader.app.sixteen`): a photo's caption looked like an article's headline, in
    every theme. They are slanted instead."""
    monkeypatch.setattr("textual.constants.COLOR_SYSTEM", "standard")
    monkeypatch.setattr(DubaApp, "is_headless", property(lambda app: False))  # as in a terminal
    async with running_app((120, 40), paths=(PAGE,)) as (app, pilot):
        await press(pilot, "n", "n")  # the cursor off the first rows
        sidebar = main_screen(app).sidebar
        rows = sidebar.rows[: sidebar.size.height]
        photo = next(row.label for row in rows if row.kind == "photo")
        article = next(row.label for row in rows if row.kind == "article" and row.label != photo)
        for theme in THEMES:
            await use_theme(pilot, theme)

            def drawn(label: str) -> set[tuple[int, bool]]:
                """(ANSI text colour, slanted) of the label's first characters in the list, as drawn."""
                strips = app.screen._compositor.render_strips()
                region = sidebar.region
                return {
                    (ansi_number(s.style.color), bool(s.style.italic))
                    for strip in strips[region.y : region.bottom]
                    for s in strip.crop(region.x, region.right)
                    if label[:3] in s.text and s.style is not None and s.style.color is not None
                }

            assert drawn(photo) and drawn(article), theme
            assert drawn(photo).isdisjoint(drawn(article)), (theme, drawn(photo), drawn(article))


def as_drawn_in_256_colours(color: Color, ground: Color, reverse: bool) -> float:
    """The contrast of text in `color` on `ground` once `EightBitColours` has redrawn it (as the app does
    on a terminal of 256 colours) and the terminal has drawn each colour as the nearest of its 256."""
    from reader.app.eightbit import EightBitColours, drawn

    style = EightBitColours().readable(Style(color=color, bgcolor=ground, reverse=reverse))
    assert style.color is not None and style.bgcolor is not None
    return contrast(
        Segment("", Style(color=drawn(style.color).rich_color, bgcolor=drawn(style.bgcolor).rich_color))
    )


@pytest.mark.parametrize("theme", EVERY_THEME)
@run
async def test_every_text_reaches_wcag_aa_in_every_theme(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """In every theme Textual registers (but the ANSI ones) every text the reader draws reaches WCAG
    AA's 4.5:1 for body text. Under it in other themes were (s23): text typed into a focused field on
    its tint (catppuccin-frappe 3.2:1, nord 3.9:1), a focused field's placeholder (3.5-4.2:1), the
    palette's commands and help lines (atom-one-dark 2.9:1, solarized-light 3.2:1) and the footer's
    keys (solarized 3.4:1). In the two default themes:
    Below it were: textual-dark's subtitles, organisations and tags in $text-secondary (4.2:1 on the
    reading pane, 3.4:1 on the list's and the dialogs' panel), the article list's cursor row (3.8:1);
    textual-light's key terms and search hits in $text-warning (3.0:1 on the reading pane), people in
    $text-success (3.5:1), the ✎ of a corrected article on the cursor row (3.4:1), the hint in a focused
    field (4.0:1), the command palette's hint (2.6:1) and its highlighted command's help line (3.6:1).

    On a terminal of 256 colours the app redraws text with `EightBitColours` instead of `TrueColours`:
    every pair of colours the theme drew text in here (each one `TrueColours` was asked about) reaches
    4.5:1 as `EightBitColours` redraws it and the terminal draws it (two themes walked on such a
    terminal: `test_every_text_reaches_wcag_aa_on_a_terminal_of_256_colours`)."""
    from reader.app.recolour import TrueColours

    pairs: set[tuple[Color, Color, bool]] = set()
    readable = TrueColours.readable

    def seen_then_readable(self: TrueColours, style: Style) -> Style:
        if style.color is not None and style.bgcolor is not None:
            pairs.add((style.color, style.bgcolor, bool(style.reverse)))
        return readable(self, style)

    monkeypatch.setattr(TrueColours, "readable", seen_then_readable)
    async with running_app((120, 40), paths=(PAGE, UNSURE_PAGE)) as (app, pilot):
        await use_theme(pilot, theme)
        pairs.clear()  # the pairs of the theme it started in
        seen: dict[str, tuple[float, str]] = {}

        def look(state: str) -> None:
            drawn = _modal_text(app)
            if isinstance(app.screen, CommandPalette):  # its field and list, over the dimmed reader
                drawn = _within(app, [w.region for w in app.screen.query("CommandInput, CommandList")])
            segments = [
                s
                for s in drawn
                if set(s.text) - NOT_TEXT - {"🔎"} and not all(map(_box_drawing, s.text.strip()))
            ]
            assert len(segments) > 3, state
            seen[state] = worst(segments)

        await press(pilot, "n", "e")  # a subtitle, people, places and organisations marked
        look("names")
        await press(pilot, "J")  # corrected: ✎ in the list
        await press(pilot, "right_parenthesis")
        look("passage cursor")
        await press(pilot, "m")
        look("bookmark dialog, its empty note field focused")
        await press(pilot, "escape", "slash", *"新能源")
        look("search results")
        await press(pilot, "enter", "n")
        look("search hits in the article")
        await press(pilot, "tab")
        look("the list focused, its cursor row")
        await press(pilot, "ctrl+p")
        look("command palette")
        low = {state: found for state, found in seen.items() if found[0] < 4.5}
        assert not low, low
        assert len(pairs) > 10, pairs
        in_256 = {pair: round(as_drawn_in_256_colours(*pair), 2) for pair in pairs}
        low_in_256 = {pair: ratio for pair, ratio in in_256.items() if ratio < 4.5}
        assert not low_in_256, low_in_256


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@run
async def test_every_text_reaches_wcag_aa_on_a_terminal_of_256_colours(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """A terminal without true colour (tmux by default) draws each colour as the nearest of its 256: text
    shaded to 4.5:1 fell under it there again (textual-light's key terms 3.7:1, people 4.1:1;
    textual-dark's list cursor row 3.9:1, the ✎ on the blurred one 3.3:1). `EightBitColours` redraws such
    text in the nearest colour that reaches it, as the terminal will draw it. Walked in the two default
    themes on such a terminal, with the bookmark dialog's focused field, the search results and the
    command palette as the true-colour test has them; every other theme's colours are judged as
    `EightBitColours` redraws them in `test_every_text_reaches_wcag_aa_in_every_theme` (the ANSI ones:
    `test_a_terminal_of_256_colours_keeps_an_ansi_themes_own_colours`)."""
    from rich.color import ColorSystem

    def drawn(color: Color) -> TColor:
        return TColor(*color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())

    monkeypatch.setattr("textual.constants.COLOR_SYSTEM", "256")
    monkeypatch.setattr(DubaApp, "is_headless", property(lambda app: False))  # as in a terminal
    async with running_app((120, 40), paths=(PAGE, UNSURE_PAGE)) as (app, pilot):
        assert app.console.color_system == "256"
        await use_theme(pilot, theme)
        seen: dict[str, tuple[float, str]] = {}

        def look(state: str) -> None:
            found = []
            segments = _modal_text(app)
            if isinstance(app.screen, CommandPalette):  # its field and list, over the dimmed reader
                segments = _within(app, [w.region for w in app.screen.query("CommandInput, CommandList")])
            for segment in segments:
                if not set(segment.text) - NOT_TEXT - {"🔎"} or all(map(_box_drawing, segment.text.strip())):
                    continue
                style = segment.style
                assert style is not None and style.color is not None and style.bgcolor is not None
                fg, bg = drawn(style.color), drawn(style.bgcolor)
                found.append(
                    (
                        round(
                            contrast(
                                Segment(
                                    "",
                                    Style(color=fg.rich_color, bgcolor=bg.rich_color, reverse=style.reverse),
                                )
                            ),
                            2,
                        ),
                        segment.text.strip(),
                    )
                )
            seen[state] = min(found)

        await press(pilot, "n", "e")
        look("names")
        await press(pilot, "J", "right_parenthesis")
        look("passage cursor, a corrected article")
        await press(pilot, "m")
        look("bookmark dialog, its empty note field focused")
        await press(pilot, "escape", "slash", *"新能源")
        look("search results")
        await press(pilot, "enter", "n")
        look("search hits in the article")
        await press(pilot, "tab")
        look("the list focused, its cursor row")
        await press(pilot, "ctrl+p")
        look("command palette")
        assert all(ratio >= 4.5 for ratio, _ in seen.values()), seen


def test_a_terminal_of_256_colours_keeps_an_ansi_themes_own_colours() -> None:
    """ANSI colours 0-15 are drawn in the terminal's own palette, which duba cannot know: the 256-colour
    filter judged them by xterm's and redrew them (ansi-dark's blue on black as cube colour 63, grey text
    on the terminal's light grey in another grey), against the palette the user chose."""
    from reader.app.eightbit import EightBitColours

    segments = [
        Segment("x", Style(color="blue", bgcolor="black")),
        Segment("x", Style(color="#808080", bgcolor="color(7)")),
        Segment("x", Style(color="color(4)", bgcolor="#000000", reverse=True)),
    ]
    assert EightBitColours().apply(segments, TColor(0, 0, 0)) == segments
