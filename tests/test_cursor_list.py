"""The cursor-list base the sidebar's list and the bookmarks list share: keys, items it skips, the mouse."""

from __future__ import annotations

from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.strip import Strip

from reader.app.widgets.cursor_list import CursorList
from tests.apptest import run, screen_text


class Letters(CursorList):
    """Two lines per item; items whose label starts with '-' are headings the cursor skips."""

    item_height = 2

    def __init__(self, labels: list[str]) -> None:
        super().__init__()
        self.labels = labels
        self.moves: list[int] = []
        self.clicks: list[tuple[int, int]] = []

    @property
    def item_count(self) -> int:
        return len(self.labels)

    def can_select(self, item: int) -> bool:
        return not self.labels[item].startswith("-")

    def cursor_moved(self, item: int) -> None:
        self.moves.append(item)

    def item_clicked(self, item: int, chain: int) -> None:
        self.clicks.append((item, chain))

    def render_item_line(self, item: int, line: int, width: int, is_cursor: bool) -> Strip:
        text = ("> " if is_cursor else "  ") + self.labels[item] if line == 0 else ""
        return Strip([Segment(text)]).extend_cell_length(width)


class ListApp(App[None]):
    CSS = "Letters { overflow-x: hidden; }"

    def __init__(self, labels: list[str]) -> None:
        super().__init__()
        self.labels = labels

    def compose(self) -> ComposeResult:
        yield Letters(self.labels)

    def on_mount(self) -> None:
        self.query_one(Letters).focus()


LABELS = ["-head", *[f"item{n}" for n in range(30)], "-tail"]


@run
async def test_keys_move_the_cursor_over_selectable_items_only() -> None:
    app = ListApp(LABELS)
    async with app.run_test(size=(30, 10)) as pilot:
        widget = app.query_one(Letters)
        await pilot.press("j")  # no cursor yet: the first selectable item, not the heading
        assert widget.moves == [1] and "> item0" in screen_text(app)
        await pilot.press("k")  # nothing selectable above
        assert widget.moves == [1]
        await pilot.press("G")
        assert widget.moves[-1] == 30 and "> item29" in screen_text(app)  # the tail heading is skipped
        await pilot.press("j")
        assert widget.moves[-1] == 30
        await pilot.press("g", "pagedown")
        # a screenful of two-line items is five; less one: four items on
        assert widget.moves[-1] == 5 and "> item4" in screen_text(app)
        await pilot.press("pageup", "pageup")
        assert widget.moves[-1] == 1


@run
async def test_the_cursor_stays_in_view_and_a_click_lands_where_it_can() -> None:
    app = ListApp(LABELS)
    async with app.run_test(size=(30, 10)) as pilot:
        widget = app.query_one(Letters)
        await pilot.click(Letters, offset=(3, 0))  # the heading: no cursor there, the click is reported
        assert widget.clicks == [(0, 1)] and widget.moves == []
        await pilot.click(Letters, offset=(3, 4))
        assert widget.clicks[-1] == (2, 1) and widget.moves == [2] and "> item1" in screen_text(app)
        await pilot.press("G")
        assert widget.scroll_offset.y > 0 and "> item29" in screen_text(app)
        await pilot.press("g")  # back to the top: item0's lines are the first shown
        assert widget.scroll_offset.y == 2 and screen_text(app).startswith("> item0")
