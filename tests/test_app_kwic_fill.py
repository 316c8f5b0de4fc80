"""The concordance (K) of a word printed in every article of a library of years fills its table in steps.

K on 记者 over five years of a daily (15,000 pages) brought its 10,000 lines, and Textual measured
every cell of every row added at once, at its next idle moment: the reader froze for 1.4 s as the table
filled and 2.1 s when `s` sorted it, keys unanswered. Now the rows go into the table a few hundred at a
time, the keys pressed meanwhile answered between two steps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator

import pytest
from textual.widgets import DataTable

from reader.app.screens import kwic
from reader.app.screens.kwic import KWIC_LIMIT, KwicScreen
from reader.search.kwic import KwicLine, sort_lines
from tests.apptest import RunningApp, _key_event, press, run

pytestmark = pytest.mark.usefixtures("temp_dirs")

MEASURED_AT_ONCE = 1000
"""Rows the table may measure in one go (~0.15 ms a row: 150 ms, a pause a reader hardly feels)."""


def line(n: int) -> KwicLine:
    return KwicLine(
        left=f"左边{n % 97:02d}的上下文",
        keyword="记者",
        right=f"右边{n % 89:02d}的上下文",
        article_id="x",
        start=n,
        headline="题",
        paper="人民日报",
        date=f"{2015 + n // 3000}-01-01",
        page_no="3",
    )


async def filled(table: DataTable[object]) -> None:
    """Wait until every line is a row of the table, and the table measured them (a few seconds at most)."""
    for _ in range(20_000):
        if table.row_count == KWIC_LIMIT and not table._new_rows:
            return
        await asyncio.sleep(0.001)
    raise AssertionError(f"the table holds {table.row_count} rows")


@run
async def test_a_concordance_of_ten_thousand_lines_fills_and_sorts_in_steps_answering_keys(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def everywhere(*_args: object, **_kwargs: object) -> Iterator[KwicLine]:
        return (line(n) for n in range(KWIC_LIMIT))

    measured: list[int] = []
    update = DataTable._update_dimensions

    def counting(self: DataTable[object], new_rows: Iterable[object]) -> None:
        rows = list(new_rows)
        measured.append(len(rows))
        update(self, rows)

    monkeypatch.setattr(kwic, "concordance", everywhere)
    monkeypatch.setattr(DataTable, "_update_dimensions", counting)
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *"记者", "escape")
        app.post_message(_key_event(app, "K"))
        # a key pressed while the table fills is answered before it is full
        for _ in range(60_000):  # (a minute at most)
            if isinstance(app.screen, KwicScreen) and any(t.row_count for t in app.screen.query(DataTable)):
                break
            await asyncio.sleep(0.001)
        screen = app.screen
        table = screen.query_one(DataTable)
        app.post_message(_key_event(app, "down"))
        for _ in range(10_000):
            if table.cursor_row == 1:
                break
            await asyncio.sleep(0.001)
        assert table.row_count < KWIC_LIMIT, "the key waited for the whole table"
        await filled(table)
        await press(pilot, "G")
        assert table.row_count == KWIC_LIMIT and table.cursor_row == KWIC_LIMIT - 1
        assert sum(measured) >= KWIC_LIMIT and max(measured) <= MEASURED_AT_ONCE, max(measured)

        measured.clear()
        await press(pilot, "s")  # by left context: the table filled again, in steps
        await filled(table)
        assert screen.order == "left" and table.row_count == KWIC_LIMIT
        lefts = [str(table.get_row_at(i)[-1]).split(" 记者 ")[0].strip() for i in (0, KWIC_LIMIT - 1)]
        ordered = sort_lines([line(n) for n in range(KWIC_LIMIT)], "left")
        assert lefts == [ordered[0].left, ordered[-1].left], lefts
        assert max(measured) <= MEASURED_AT_ONCE, max(measured)


@run
async def test_the_last_line_asked_for_while_the_table_fills_is_the_concordances_last(
    running_app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """G pressed while the rows were still going in went to the last row put in yet, a few hundred lines
    down, not to the last line of the concordance."""
    monkeypatch.setattr(kwic, "concordance", lambda *_a, **_k: (line(n) for n in range(KWIC_LIMIT)))
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "slash", *"记者", "escape")
        app.post_message(_key_event(app, "K"))
        for _ in range(60_000):
            if isinstance(app.screen, KwicScreen) and any(t.row_count for t in app.screen.query(DataTable)):
                break
            await asyncio.sleep(0.001)
        table = app.screen.query_one(DataTable)
        app.post_message(_key_event(app, "G"))
        await filled(table)
        await pilot.pause()
        assert table.cursor_row == KWIC_LIMIT - 1
