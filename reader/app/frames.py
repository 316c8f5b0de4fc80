"""Drawing a change as soon as it is made, instead of at the next tick of Textual's frame timer.

Textual draws a screen from a 60 fps timer: what widgets ask to repaint is drawn at the next tick, and
the ticks keep to a grid of 1/60 s from when the timer started. The frame that shows a key typed in the
search box starts the wait: its results, ready some 5 ms later, waited up to 17 ms more for the next tick
(`benchmarks/search_ui_bench.py`: half the time from a key to its results on screen). `draw_now` draws
them as soon as the widgets' requests have reached the screen. It adds at most one frame to each search,
so the number of frames still follows the typing, and everything else keeps the timer's pace.

Textual has no public call for this; its private state is read here and nowhere else, so that an
upgrade that changes it breaks one function.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.screen import Screen
from textual.widget import Widget


def draw_now(screen: Screen[Any], changed: Iterable[Widget]) -> None:
    """Draw `screen` once the refreshes asked for so far by `changed` and everything inside them (their
    scrollbars too) have reached it: after the messages already queued, not at the next frame."""
    for top in changed:
        for widget in top.walk_children(Widget, with_self=True):
            # What a widget does when it next goes idle, now: its Update (and Layout) messages are
            # queued for the screen ahead of the call below, so the frame has all of them.
            widget._check_refresh()
            for bar in (widget._vertical_scrollbar, widget._horizontal_scrollbar):
                if bar is not None:
                    bar._check_refresh()
    screen.call_later(_draw, screen)


def _draw(screen: Screen[Any]) -> None:
    # What the frame timer's tick does (and it pauses the timer: the tick due finds nothing to draw).
    if screen.is_current and not screen.app._batch_count:
        screen._on_timer_update()
