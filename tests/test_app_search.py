"""Pilot tests of the search box: type into it, read the sidebar, the highlights and the header.

The index is built by the app's own worker into a fresh cache folder per test (`settle` waits for it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from reader.app.app import DubaApp
from reader.app.screens.help import HelpScreen
from reader.app.screens.main import MainScreen
from reader.app.widgets import search_box
from reader.app.widgets.article_list import ArticleList, Row, selectable
from reader.app.widgets.reading_pane import ReadingPane
from reader.app.widgets.row_fit import fill, fit_marked
from reader.app.widgets.sidebar import Sidebar
from reader.app.wrap import is_ambiguous
from reader.search.textnorm import fold
from tests.apptest import (
    PAGE,
    RunningApp,
    burst,
    main_screen,
    notifications,
    press,
    run,
    screen_text,
    settle,
    type_keys,
)

pytestmark = pytest.mark.usefixtures("temp_dirs")


async def search(pilot: Pilot[None], query: str) -> MainScreen:
    """Press / and type `query` one key at a time (as a person would), then wait for the results."""
    await press(pilot, "slash")
    await type_keys(pilot, *("space" if char == " " else char for char in query))
    await settle(pilot)
    return main_screen(pilot.app)  # type: ignore[arg-type]


def results(screen: MainScreen) -> list[int]:
    """Articles listed in the sidebar, in order."""
    return [row.article for row in screen.sidebar.rows if selectable(row)]


def hit_texts(screen: MainScreen) -> list[str]:
    article = screen.pane.article
    assert article is not None
    return [(getattr(article, h.field) or "")[h.start : h.end] for h in screen.pane.highlights("search")]


FIELD_ORDER = ("kicker", "headline", "subtitle", "text")
"""The article's fields as the pane shows them, top down: the order hits are stepped through."""


def hit_places(screen: MainScreen) -> list[tuple[str, int]]:
    """Every hit painted, as `(field, start)`, in reading order (titles first, then the body)."""
    places = [(h.field, h.start) for h in screen.pane.highlights("search")]
    return sorted(places, key=lambda place: (FIELD_ORDER.index(place[0]), place[1]))


def current_hits(screen: MainScreen) -> list[tuple[str, int]]:
    return [
        (h.field, h.start) for h in screen.pane.highlights("search") if h.style == "reading--search-current"
    ]


def in_view(pane: ReadingPane, place: tuple[str, int]) -> bool:
    """Is the hit at `place` (`(field, start)`) on a line the pane shows? The titles are the top lines."""
    field, offset = place
    if field != "text":
        return pane.scroll_y == 0
    line = pane.line_for_offset(offset)
    return line is not None and pane.scroll_y <= line < pane.scroll_y + pane.scrollable_content_region.height


def sidebar_text(screen: MainScreen) -> str:
    """What the sidebar shows, one line per visible row."""
    sidebar = screen.sidebar
    return "\n".join(
        "".join(segment.text for segment in sidebar.render_line(y)) for y in range(sidebar.size.height)
    )


@run
async def test_typing_filters_the_sidebar_best_first_with_snippets(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        full = list(main_screen(app).sidebar.rows)
        screen = await search(pilot, "聊城")
        listed = results(screen)
        with_term = {i for i, a in enumerate(app.library.articles) if "聊城" in a.text or "聊城" in a.title}
        assert set(listed) == with_term
        assert len(listed) < len([row for row in full if selectable(row)])
        found = len(listed)
        heading = Row(f"{found} 篇  {found} results", -1, "page", aside="按相关", shorter=(f"{found} 篇",))
        assert screen.sidebar.rows[0] == heading
        # a snippet line under each result, with the hit marked and in view however narrow the sidebar
        snippets = [row for row in screen.sidebar.rows if row.kind == "snippet"]
        assert len(snippets) == len(listed)
        for row in snippets:
            assert row.marks and all(row.label[s:e] == "聊城" for s, e in row.marks)
        shown = sidebar_text(screen)
        assert shown.count("聊城") >= len(listed)
        assert "干部监督" not in shown  # not a match
        assert all(cell_len(line) <= screen.sidebar.size.width for line in shown.split("\n"))
        # the article being read stays; its hits are highlighted as you type, none current yet
        assert screen.current == 0
        assert hit_texts(screen) and set(hit_texts(screen)) == {"聊城"}
        assert not current_hits(screen)
        assert f"{len(hit_texts(screen))} hits" in screen_text(app)
        assert isinstance(app.focused, Input)


@run
async def test_results_are_ranked_headline_first(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "协商")
        first = app.library.articles[results(screen)[0]]
        assert first.headline and "协商" in first.headline
        title_row = next(row for row in screen.sidebar.rows if selectable(row))
        assert title_row.marks and title_row.label[title_row.marks[0][0] : title_row.marks[0][1]] == "协商"


@run
async def test_clearing_the_box_restores_the_full_list(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        full = list(main_screen(app).sidebar.rows)
        screen = await search(pilot, "聊城")
        assert screen.sidebar.rows != full
        await press(pilot, "backspace", "backspace")
        assert list(screen.sidebar.rows) == full
        assert not screen.pane.highlights("search")
        assert screen.key_terms.search_status == ""
        assert not screen.hits.active
        assert "干部监督" in screen_text(app)


@run
async def test_enter_opens_the_first_result_at_its_first_hit(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "东阿县")
        first = results(screen)[0]
        assert screen.current != first
        await press(pilot, "enter")
        assert screen.current == first
        assert app.focused is screen.pane
        hits = hit_texts(screen)
        assert hits and set(hits) == {"东阿县"}
        assert len(current_hits(screen)) == 1
        assert f"hit 1/{len(hits)}" in screen_text(app)
        assert results(screen)[0] == first  # the results stay listed


@run
async def test_enter_typed_before_the_results_arrive(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await pilot.press("slash", *"人才", "enter")  # no waiting between the keys
        await settle(pilot)
        screen = main_screen(app)
        assert app.library.articles[screen.current or 0].headline == "阳谷县打造人才集聚新高地"
        assert app.focused is screen.pane


@run
async def test_enter_opens_the_highlighted_result_not_the_first(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "rc")
        listed = results(screen)
        assert len(listed) >= 3
        await press(pilot, "tab", "down", "down")  # into the list, to the third result (shown)
        assert screen.sidebar.current_article == listed[2] == screen.current
        await press(pilot, "slash", "enter")
        assert screen.current == listed[2]
        assert screen.sidebar.current_article == listed[2]
        assert app.focused is screen.pane


@run
async def test_down_and_up_in_the_box_move_through_the_results(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "rc")
        listed = results(screen)
        await press(pilot, "down")
        assert screen.sidebar.current_article == listed[1] == screen.current
        assert app.focused is screen.search_box  # still typing
        await press(pilot, "down", "up")
        assert screen.current == listed[1]
        await press(pilot, "enter")
        assert screen.current == listed[1] and app.focused is screen.pane


@run
async def test_keys_typed_in_one_burst_after_slash_reach_the_box(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        for char in "/rencai":  # as a paste or a slow link delivers them: all queued before any is handled
            app.post_message(events.Key("slash" if char == "/" else char, char))
        await settle(pilot)
        assert screen.search_box.value == "rencai"
        assert not screen.view.show_entities  # the e went to the box, not to the names key
        assert results(screen)


@run
async def test_the_first_character_after_slash_stays_while_the_index_builds(running_app: RunningApp) -> None:
    """`/` and a character in one burst (a loaded machine: the index building holds the UI back), the
    rest typed after: the box read "才" for "人才" (2 of 6 tries on a 450-page library). The burst's
    character went in before the box heard of its focus, and the focus then selected it, so the next
    key replaced it. The old query is still replaced, as by `/` and typing at any speed."""
    async with running_app((120, 40)) as (app, pilot):
        screen = main_screen(app)
        screen.search_box.index = None  # still building: the query waits for the index
        await burst(pilot, "slash", "人")
        await press(pilot, "才")
        assert screen.search_box.value == "人才"
        await press(pilot, "escape")
        await burst(pilot, "slash", *"东阿")
        await press(pilot, "县")
        assert screen.search_box.value == "东阿县"  # not "人才东阿县"
        screen.search_box.open_index()
        await settle(pilot)
        assert results(screen)
        await press(pilot, "escape", "slash", "x")  # at leisure: `/` selects the old query, a key replaces it
        assert screen.search_box.value == "x"


@run
async def test_escape_in_the_box_returns_to_where_reading_was(running_app: RunningApp) -> None:
    async with running_app((80, 24)) as (app, pilot):
        full = list(main_screen(app).sidebar.rows)
        await press(pilot, "]", "]", "]", "]", "]", "]", "j", "j", "j")
        screen = main_screen(app)
        assert (screen.current, screen.pane.scroll_y) == (6, 3)
        await search(pilot, "人才")
        await press(pilot, "enter")
        assert screen.current == 1
        await press(pilot, "slash")  # back in the box ...
        await pilot.press("backspace", *"东阿")
        await settle(pilot)
        await press(pilot, "escape")  # ... escape returns to where / was pressed: the result
        assert screen.current == 1
        await press(pilot, "]", "]", "]", "]", "]", "j", "j", "j")
        await search(pilot, "人才")
        await press(pilot, "escape")
        assert (screen.current, screen.pane.scroll_y) == (6, 3)
        assert app.focused is screen.pane
        assert list(screen.sidebar.rows) == full
        assert screen.sidebar.current_article == 6
        assert not screen.pane.highlights("search")
        assert not screen.has_class("-searching")
        assert not screen.query_one("#search", Input).value
        await press(pilot, "n")  # next article again
        assert screen.current == 7


@run
async def test_escape_from_the_list_returns_focus_to_the_list(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "tab", "j", "j")
        screen = main_screen(app)
        assert app.focused is screen.sidebar and screen.current == 2
        await search(pilot, "聊城")
        await press(pilot, "escape")
        assert app.focused is screen.sidebar
        assert screen.current == 2 and screen.sidebar.current_article == 2


@run
async def test_escape_while_reading_a_result_ends_the_search_there(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        full = list(main_screen(app).sidebar.rows)
        screen = await search(pilot, "人才")
        await press(pilot, "enter")
        result = screen.current
        await press(pilot, "escape")
        assert screen.current == result
        assert list(screen.sidebar.rows) == full
        assert not screen.pane.highlights("search")
        assert "hit " not in screen_text(app)


@run
async def test_n_and_N_step_through_hits_and_scroll_them_into_view(running_app: RunningApp) -> None:
    async with running_app((80, 24)) as (app, pilot):
        screen = await search(pilot, "协商")
        await press(pilot, "enter")
        pane = screen.pane
        article = pane.article
        assert article is not None and article.headline == "搭台唱好戏 协商汇民智"
        spans = hit_places(screen)
        count = len(spans)
        assert count >= 5
        assert pane.max_scroll_y > 0  # the article is longer than the screen
        assert current_hits(screen) == [spans[0]]
        for step in range(1, count):
            await press(pilot, "n")
            assert current_hits(screen) == [spans[step]]
            assert f"hit {step + 1}/{count}" in screen_text(app)
            assert in_view(pane, spans[step])
        assert not in_view(pane, spans[0])  # the steps scrolled
        await press(pilot, "n")  # after the last, the first
        assert current_hits(screen) == [spans[0]]
        assert in_view(pane, spans[0])
        await press(pilot, "N")  # and back
        assert current_hits(screen) == [spans[-1]]
        assert in_view(pane, spans[-1])
        assert f"hit {count}/{count}" in screen_text(app)
        # [ and ] go through the results while searching: 协商 has one, so they stay on it
        await press(pilot, "left_square_bracket", "right_square_bracket")
        assert screen.current == 6 and "No previous result" in notifications(app)
        assert "No next result" in notifications(app)


@run
async def test_next_and_previous_article_go_through_the_results_while_searching(
    running_app: RunningApp,
) -> None:
    """`]` during a search opened the article printed after the result read (in a library, one with
    "0 hits", not in the list), while the list stayed on the result: a researcher going through the
    hits of a search across articles had to go to the list, move and press enter for each. While the
    list shows results, ] and [ (and p) open the next and previous result, at its first hit."""
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "企业")
        results = [row.article for row in screen.sidebar.rows if row.kind in ("article", "photo")]
        assert len(results) == 4 and results[1] != results[0] + 1
        await press(pilot, "enter")
        assert screen.current == results[0]
        for result in results[1:]:
            await press(pilot, "right_square_bracket")
            assert screen.current == result and screen.sidebar.current_article == result
            assert "hit 1/" in screen_text(app) and current_hits(screen)
        await press(pilot, "right_square_bracket")  # past the last: stays, says so
        assert screen.current == results[-1] and "No next result" in notifications(app)
        await press(pilot, "p", "left_square_bracket")
        assert screen.current == results[1]
        await press(pilot, "escape", "right_square_bracket")  # the search ended: the next article again
        assert screen.current == results[1] + 1


@run
async def test_the_current_hit_is_painted_in_its_own_style(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "铜箔")
        await press(pilot, "enter", "n")
        pane = screen.pane
        hit_style = pane.painted_style("reading--search")
        current_style = pane.painted_style("reading--search-current")
        assert hit_style is not None and current_style is not None
        assert hit_style.bgcolor != current_style.bgcolor

        def cells_with(background: Style) -> str:
            chars = []
            for y in range(pane.size.height):
                for segment in pane.render_line(y):
                    if segment.style is not None and segment.style.bgcolor == background.bgcolor:
                        chars.append(segment.text)
            return "".join(chars)

        assert cells_with(current_style) == "铜箔"
        others = cells_with(hit_style)
        assert others and set(others.split("铜箔")) <= {""}


@run
async def test_n_is_next_article_again_once_the_search_ends(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "聊城")
        assert "n/N" not in screen_text(app)  # the box has the focus: n is typed
        await press(pilot, "enter")
        assert "n/N" in screen_text(app)
        before = screen.current
        await press(pilot, "n")
        assert screen.current == before
        await press(pilot, "escape", "n")
        assert screen.current == (before or 0) + 1
        assert "n/N" not in screen_text(app)


@run
async def test_pinyin_finds_liaocheng_and_traditional_finds_simplified(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "liaocheng")
        listed = results(screen)
        assert listed and all("聊城" in app.library.articles[i].text for i in listed)
        assert "聊城" in sidebar_text(screen)
        await press(pilot, "enter")
        assert hit_texts(screen) and all(text.startswith("聊城") for text in hit_texts(screen))
        await press(pilot, "slash", "ctrl+u")
        for char in "rc":
            await pilot.press(char)
        await settle(pilot)
        assert app.library.articles[results(screen)[0]].headline == "阳谷县打造人才集聚新高地"
        await press(pilot, "ctrl+u")
        await pilot.press(*"東阿縣")
        await settle(pilot)
        listed = results(screen)
        assert listed and all("东阿县" in app.library.articles[i].text for i in listed)


@run
async def test_query_syntax_and_odd_queries_in_the_box(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "聊城 -宠物")
        listed = results(screen)
        assert listed and all("宠物" not in app.library.articles[i].text for i in listed)
        await press(pilot, "ctrl+u")
        await pilot.press(*"headline:协商")
        await settle(pilot)
        assert [app.library.articles[i].headline for i in results(screen)] == ["搭台唱好戏 协商汇民智"]
        for odd in (".*[(", '"', "-", "\\$(rm)", "*" * 300):
            screen.search_box.value = odd
            await settle(pilot)
            assert screen.sidebar.rows  # a heading at least, never an error
        screen.search_box.value = "没有这样的词语"
        await settle(pilot)
        assert [row.label for row in screen.sidebar.rows] == ["无结果  No match"]


@run
async def test_narrow_terminal_search(running_app: RunningApp) -> None:
    async with running_app((60, 20)) as (app, pilot):
        screen = await search(pilot, "东阿县")
        assert screen.sidebar_shown
        shown = sidebar_text(screen)
        assert shown.count("东阿县") >= 2
        assert all(cell_len(line) <= 60 for line in screen_text(app).split("\n"))
        await press(pilot, "enter")
        assert not screen.sidebar_shown
        assert app.focused is screen.pane
        assert "hit 1/" in screen_text(app)
        await press(pilot, "slash", "escape")  # back to the result, the list hidden again
        assert not screen.sidebar_shown
        assert app.focused is screen.pane


@run
async def test_search_before_the_index_is_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[int, int]] = []
    original = Sidebar.show_progress

    def record(self: Sidebar, what: str, done: int, total: int) -> None:
        if "Indexing" in what:
            shown.append((done, total))
        original(self, what, done, total)

    monkeypatch.setattr(search_box, "PROGRESS_DELAY", 0.0)
    monkeypatch.setattr(Sidebar, "show_progress", record)
    app = DubaApp([PAGE])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert shown and shown[-1] == (8, 8)  # a build reports progress ...
        assert not screen.panel.has_class("-indexing")  # ... hidden when it is done
        screen.search_box.index = None  # as if still building: the query waits for the index
        await search(pilot, "人才")
        assert [row.label for row in screen.sidebar.rows] == ["索引中  Indexing..."]
        screen.search_box.open_index()
        await settle(pilot)
        assert app.library.articles[results(screen)[0]].headline == "阳谷县打造人才集聚新高地"


@run
async def test_help_describes_search(running_app: RunningApp) -> None:
    async with running_app((120, 60)) as (app, pilot):
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        app.screen.query_one("#help-body").scroll_end(animate=False, immediate=True)
        await pilot.pause()
        text += screen_text(app)
        needles = ("next_hit", "previous_hit", "rencai", "人才", "東阿縣", "东阿县", "author:", "headline:")
        for needle in needles:
            assert needle in text
        assert '"经济 发展"' in text and "-广告" in text


def test_snippets_are_cut_around_the_hit_by_cell_width() -> None:
    label = "…的方式全景式全方位反映新时代聊城发展的显著成果，为在新的历史起点上繁荣发展全市文艺事业…"
    start = label.index("聊城")
    for width in (8, 12, 20, 33, 60, 200):
        pieces = fit_marked(label, [(start, start + 2)], width, around=True)
        text = "".join(p for p, _ in pieces)
        assert cell_len(text) <= width
        assert [p for p, marked in pieces if marked] == ["聊城"]
        if width >= 20:
            assert text.index("聊城") >= 2  # some context before the hit
    # a headline is cut at the end only
    assert fit_marked("阳谷县打造人才集聚新高地", [(5, 7)], 15) == [
        ("阳谷县打造", False),
        ("人才", True),
        ("…", False),
    ]
    assert fit_marked("人才", [(0, 2)], 0) == []


def test_a_list_row_is_exactly_as_wide_as_the_list() -> None:
    style = Style(color="red")
    cases = ((10, " 阳谷  "), (10, " 阳谷县打造人才集聚"), (9, " 阳谷县打造人才集聚"), (0, "阳谷"))
    for width, text in cases:
        strip = fill([Segment(text, style)], width, style)
        assert strip.cell_length == width == cell_len(strip.text)
        assert strip.text.rstrip() == text.rstrip()[: len(strip.text.rstrip())]
    assert fill([Segment("阳谷县", style)], 5, style).text == "阳谷 "  # a wide character cut in half


@run
async def test_article_list_skips_snippet_rows(running_app: RunningApp) -> None:
    rows = [
        Row("2 results", -1, "page"),
        Row("甲", 3, "article", ((0, 1),)),
        Row("…甲乙…", 3, "snippet", ((1, 2),)),
        Row("丙", 5, "article"),
        Row("…丙…", 5, "snippet"),
    ]
    assert [selectable(row) for row in rows] == [False, True, False, True, False]
    async with running_app((80, 24)) as (app, pilot):
        widget: ArticleList = main_screen(app).sidebar
        widget.set_rows(rows)
        assert widget.cursor_row == 1
        widget.action_cursor_down()
        assert widget.cursor_row == 3 and widget.current_article == 5
        widget.action_cursor_down()
        assert widget.cursor_row == 3
        widget.action_cursor_up()
        assert widget.cursor_row == 1


def test_search_snapshot_120x40(snap_compare: Any) -> None:
    async def search_and_step(pilot: Pilot[None]) -> None:
        await settle(pilot)
        # each key's results shown before the next: the list's cursor then stays on the article being
        # read only while every list holds it (typed without waiting, which lists showed was a race)
        await press(pilot, "slash", *"liaocheng")
        await press(pilot, "enter", "n")

    assert snap_compare(DubaApp([PAGE]), terminal_size=(120, 40), run_before=search_and_step)


def test_search_snapshot_60x20(snap_compare: Any) -> None:
    async def search_narrow(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await press(pilot, "slash", *"东阿县")  # each key's results before the next (see above)
        await press(pilot, "tab")  # the list has the focus: no blinking cursor in the picture

    assert snap_compare(DubaApp([PAGE]), terminal_size=(60, 20), run_before=search_narrow)


def test_fold_keeps_offsets() -> None:
    """Highlights are offsets into the article's own text: folding must keep every offset."""
    text = "２０２３年，聊城ＧＤＰ增长％"
    assert len(fold(text)) == len(text)


def test_reading_pane_has_the_search_styles() -> None:
    assert {"reading--search", "reading--search-current"} <= ReadingPane.COMPONENT_CLASSES


@run
async def test_clicking_a_snippet_opens_its_article(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "东阿县")
        rows = screen.sidebar.rows
        snippet = max(n for n, row in enumerate(rows) if row.kind == "snippet")
        await pilot.click(ArticleList, offset=(4, snippet - int(screen.sidebar.scroll_y)))
        await settle(pilot)
        assert screen.current == rows[snippet].article
        assert current_hits(screen)  # opened at its first hit


@run
async def test_results_in_ambiguous_wide_mode_have_no_ambiguous_characters(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    (temp_dirs / "config" / "config.toml").write_text('ambiguous_width = "wide"\n', encoding="utf-8")
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "聊城")
        shown = sidebar_text(screen)
        assert "聊城" in shown
        assert not any(is_ambiguous(c) for c in shown)
        for row in screen.sidebar.rows:  # marks still land on the hit after the substitution
            assert all(row.label[s:e].startswith("聊城") for s, e in row.marks)


@run
async def test_a_long_query_scrolls_the_box_and_the_list_scrollbar_follows_the_results(
    running_app: RunningApp,
) -> None:
    # Neither the box nor the list asks for a layout of the screen when its contents change (a layout
    # redraws everything, on every keystroke): the box must still scroll to its cursor, and the list's
    # scrollbar must still come and go with the length of the results.
    async with running_app((100, 10)) as (app, pilot):
        screen = await search(pilot, "县")  # in most articles: more rows than the list has lines
        sidebar = screen.sidebar
        assert len(sidebar.rows) > sidebar.size.height
        assert sidebar.vertical_scrollbar.display
        full_width = sidebar.size.width
        assert sidebar.scrollable_content_region.width < full_width
        for char in " 阳谷县打造人才集聚新高地 阳谷县":  # one result, more text than the box is wide
            await pilot.press("space" if char == " " else char)
        await settle(pilot)
        assert len(sidebar.rows) < sidebar.size.height
        assert not sidebar.vertical_scrollbar.display
        assert sidebar.scrollable_content_region.width == full_width
        box = screen.search_box
        assert cell_len(box.value) > box.size.width
        assert box.scroll_x > 0
        shown = "".join(segment.text for segment in box.render_line(0))
        assert shown.rstrip().endswith("地 阳谷县")  # the end of the text, where the cursor is, in view


@run
async def test_hits_repainted_as_the_query_changes(running_app: RunningApp) -> None:
    # Only the paragraphs whose hits changed are drawn again on a keystroke: every line must still show
    # exactly the current query's hits, as the query grows and as it shrinks again.
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "县")
        await press(pilot, "enter")
        pane = screen.pane
        styles = [pane.painted_style(n) for n in ("reading--search", "reading--search-current")]
        backgrounds = {style.bgcolor for style in styles if style is not None}

        def painted_and_shown() -> tuple[str, str]:
            painted, shown = [], []
            for y in range(pane.size.height):
                for segment in pane.render_line(y):
                    shown.append(segment.text)
                    if segment.style is not None and segment.style.bgcolor in backgrounds:
                        painted.append(segment.text)
            return "".join(painted), "".join(shown)

        painted, shown = painted_and_shown()
        assert painted == "县" * shown.count("县") and painted
        await press(pilot, "slash", "end", "space", "东")  # 县 东: the paragraphs with a 东 change
        painted, shown = painted_and_shown()
        assert "东" in painted
        assert sorted(painted) == sorted("县" * shown.count("县") + "东" * shown.count("东"))
        await press(pilot, "backspace", "backspace")
        painted, shown = painted_and_shown()
        assert painted == "县" * shown.count("县")


@run
async def test_enter_opens_the_best_result_of_the_query_typed(running_app: RunningApp) -> None:
    """Enter opens the best result until the cursor is moved in the list. The cursor stayed on the
    article it was on when the results changed: on the article being read (发展: the second result),
    on the best result of the query a letter before (sh → shi: its fifth), with the list scrolled
    down to it, the best results out of view, and enter opened that one."""
    async with running_app((120, 40)) as (app, pilot):
        articles = app.library.articles
        screen = main_screen(app)
        assert screen.current == 0
        await press(pilot, "slash", "发", "展")
        best = screen.search_box.index.search("发展", limit=1)[0].article_id
        assert articles[0].id != best and screen.sidebar.current_article is not None
        assert articles[screen.sidebar.current_article].id == best
        await press(pilot, "enter")
        assert articles[screen.current].id == best
        await press(pilot, "escape", "slash", "ctrl+u", "s", "h", "i")
        best = screen.search_box.index.search("shi", limit=1)[0].article_id
        assert articles[screen.sidebar.current_article].id == best
        assert "篇" in screen_text(app).splitlines()[1]  # the heading of the results, on top
        await press(pilot, "down", "enter")  # a result the user picks is the one opened
        second = screen.search_box.index.search("shi", limit=2)[1].article_id
        assert articles[screen.current].id == second


@run
async def test_a_filter_the_box_does_not_understand_is_named_instead_of_no_match(
    running_app: RunningApp,
) -> None:
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "date:2023-13 人才")  # no 13th month: it matches nothing
        assert [row.label for row in screen.sidebar.rows] == ["date:2023-13 看不懂  filter not understood"]
        screen.search_box.value = "date:2023 没有这样的词语"  # understood: no match is just that
        await settle(pilot)
        assert [row.label for row in screen.sidebar.rows] == ["无结果  No match"]


@run
async def test_enter_in_the_concordance_opens_the_article_at_that_lines_hit(running_app: RunningApp) -> None:
    """The concordance's enter opens the article at the line's hit (README), but during the search (the
    query is the box's) the article opened at its first hit: the view went back to the top and the
    header said "hit 1/N" for a line far down. The line's hit is the current one now, and in view."""
    from reader.app.screens.kwic import KwicScreen

    async with running_app((120, 30)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", *"宠物", "enter", "K")
        assert isinstance(app.screen, KwicScreen)
        kwic = app.screen
        lines = list(kwic.lines)
        article = app.library.articles[screen.current or 0]
        ours = [n for n, line in enumerate(lines) if line.article_id == article.id]
        assert len(ours) >= 6
        target = ours[5]  # the sixth 宠物 of the article, far below its title
        await press(pilot, *["down"] * target, "enter")
        assert app.screen is screen
        offset = lines[target].start
        assert screen.hits.current_offset() == offset
        assert screen.hits.status() == f"hit {screen.hits.current + 1}/{len(screen.hits.spans)}"
        assert screen.hits.current > 0
        line = screen.pane.line_for_offset(offset)
        top = int(screen.pane.scroll_y)
        assert line is not None and top <= line < top + screen.pane.scrollable_content_region.height


@run
async def test_the_concordance_moves_like_a_list_and_reopens_where_it_was_left(
    running_app: RunningApp,
) -> None:
    """j and k did nothing in the concordance (Textual's table takes the arrows only), where every other
    list of duba's moves with them; and K after reading a line's article opened the concordance at its
    top again: going through the lines one article at a time took ↓ once per line read before, each time.
    It moves with j/k/g/G, and reopens for the same query on the line it was left at, in its order."""
    from textual.widgets import DataTable

    from reader.app.screens.kwic import KwicScreen

    async with running_app((120, 30)) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", *"宠物", "enter", "K")
        assert isinstance(app.screen, KwicScreen)
        table = app.screen.query_one(DataTable)
        await press(pilot, "j", "j", "j", "j", "k")
        assert table.cursor_row == 3
        await press(pilot, "G")
        assert table.cursor_row == table.row_count - 1 > 3
        await press(pilot, "g", "j", "j", "j", "enter")
        assert app.screen is screen
        await press(pilot, "K")
        table = app.screen.query_one(DataTable)
        assert isinstance(app.screen, KwicScreen) and table.cursor_row == 3
        await press(pilot, "s", "j", "j", "escape", "K")  # by left context, two lines down, left, back
        kwic = app.screen
        assert isinstance(kwic, KwicScreen) and kwic.order == "left"
        assert kwic.query_one(DataTable).cursor_row == 2
        await press(pilot, "escape", "slash", "ctrl+u", *"产业", "enter", "K")  # another query: its top
        assert isinstance(app.screen, KwicScreen) and app.screen.query_one(DataTable).cursor_row == 0
        assert app.screen.order == "date"


@pytest.mark.parametrize("limit", [3, 4])
@run
async def test_past_the_last_result_of_a_full_list_the_notice_says_there_are_more(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """The list holds the best RESULT_LIMIT results: `]` past its last said "No next result" where the
    query has more (a researcher would stop there). It says the list stops, and that K lists every hit;
    where the query has just RESULT_LIMIT results, that there is no next, and the heading says no "top"
    (it did: the list was as long as the limit)."""
    monkeypatch.setattr("reader.app.widgets.search_box.RESULT_LIMIT", limit)
    monkeypatch.setattr("reader.app.screens.main.RESULT_LIMIT", limit, raising=False)  # (read there before)
    async with running_app((120, 40)) as (app, pilot):
        screen = await search(pilot, "企业")  # four articles have it
        assert screen.sidebar.results_listed() == min(limit, 4)
        heading = screen.sidebar.rows[0].label
        await press(pilot, "enter", *["right_square_bracket"] * limit)
        if limit == 3:
            assert heading.startswith("前 3 篇") and "No next result" not in notifications(app)
            assert "3 of 4" in heading  # how many there are in all, counted after the list came
            assert "The list holds the top 3 results; K lists every hit" in notifications(app)
        else:
            assert heading.startswith("4 篇") and "No next result" in notifications(app)
            assert "K lists every hit" not in notifications(app)


@run
async def test_a_narrow_list_heading_shows_its_longest_form_that_fits_uncut(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80 columns the sidebar cannot hold "前 3 篇 · 共 4  3 of 4" beside the order: it showed the
    heading cut short with "…"; it shows the longest form that fits whole, here the Chinese one."""
    monkeypatch.setattr("reader.app.widgets.search_box.RESULT_LIMIT", 3)
    async with running_app((80, 24)) as (app, pilot):
        screen = await search(pilot, "企业")  # four articles have it
        await settle(pilot)
        top = sidebar_text(screen).splitlines()[0]
        assert "前 3 篇 · 共 4" in top and "按相关" in top
        assert "…" not in top
