"""Helpers of the Pilot tests: start and settle the app, press keys, read the screen.

The few reads of Textual's private state (what the compositor drew, the queues and animations `settle`
waits on, the key names `press` uses) and the one hook (every notification raised is recorded) are here
and nowhere else, so that a Textual upgrade that moves them breaks one file.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
import unicodedata
import weakref
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, Protocol

from textual import events
from textual.app import App
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled

from reader.app.app import DubaApp
from reader.app.screens.main import MainScreen
from reader.corpus import load_page
from reader.model import Article

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"
UNSURE_PAGE = Path(__file__).parent / "data" / "unsure_page.txt"
"""A small page a layout program set from 1998 text (benchmarks/layout3), on which the segmenter is
unsure of one article: it reads a photo's caption into the story above it. (The bundled page is read
with confidence throughout.)"""


def segmented() -> list[Article]:
    """The bundled page's articles as the segmenter reads them, no correction applied (a fresh copy
    for each caller: a test may change its own)."""
    return load_page(PAGE, use_cache=False, corrections=False).articles


def run(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with asyncio.run (pytest-asyncio is not a dependency)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


def main_screen(app: App[Any]) -> MainScreen:
    """The reading screen, wherever it is in the stack."""
    screen = next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)
    assert screen is not None
    return screen


def sidebar_titles(app: App[Any]) -> list[str]:
    """The article rows of the sidebar, as labelled."""
    return [row.label for row in main_screen(app).sidebar.rows if row.kind in ("article", "photo")]


def where(app: App[Any]) -> tuple[str, str, str]:
    """The paper, date and page number of the article being read."""
    main = main_screen(app)
    assert main.current is not None
    meta = main.library.meta(main.current)
    return meta.paper, meta.date, meta.page_no


def _busy(app: App[Any]) -> bool:
    """Whether a message, an after-refresh callback or an animation (a widget's own scroll keys glide)
    is still pending anywhere in the app."""
    nodes = [app, *(node for screen in app.screen_stack for node in screen.walk_children(with_self=True))]
    return (
        any(node.message_queue_size or node._next_callbacks for node in nodes)
        or any(screen._callbacks for screen in app.screen_stack)
        or bool(app.animator._animations or app.animator._scheduled)
    )


async def settle(pilot: Pilot[Any], timeout: float = 120.0) -> None:
    """Wait until the corpus is open, every worker is done and every message sent has been handled.

    It waits on those conditions, not on a quiet spell of the CPU (Textual's `pilot.pause()` sleeps
    20 ms at least, twice a key): a key costs a few milliseconds of waiting instead of ~130. The
    timeout only ends a test that would never settle: a first start loads jieba's tagger (~3 s of CPU
    alone), and on a machine shared by a dozen processes it passed 30 s now and then."""
    app = pilot.app
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await pilot.pause(0)  # every message queued so far handled, then the screen refreshed
        if app.workers:
            # a worker replaced by a newer one (exclusive: a search typed on) raises: wait for the next
            with contextlib.suppress(WorkerCancelled):
                await app.workers.wait_for_complete()
            continue  # then what the workers posted
        screen = next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)
        if screen is not None and screen.has_class("-loaded") and not _busy(app):
            return
        await asyncio.sleep(0.002)  # a timer has to fire (the first frame's, an animation's)
    raise AssertionError("the corpus did not load")


def _key_event(app: App[Any], key: str) -> events.Key:
    """The event the terminal driver sends for `key` (as `Pilot.press` makes it)."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    return event


async def press(pilot: Pilot[Any], *keys: str) -> None:
    """Press each key and settle after each (the key goes to the app as the driver sends it; `pilot.press`
    would add two 20 ms idle waits a key)."""
    for key in keys:
        pilot.app.post_message(_key_event(pilot.app, key))
        await settle(pilot)


async def type_keys(pilot: Pilot[Any], *keys: str) -> None:
    """Type keys one after another as fast as a person can: each is handled (and the screen refreshed)
    before the next, but nothing waits for the workers a key starts; `settle` after the last."""
    for key in keys:
        pilot.app.post_message(_key_event(pilot.app, key))
        await pilot.pause(0)


async def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Send keys as a paste or a slow link delivers them, all queued before any is handled; then settle."""
    for key in keys:
        pilot.app.post_message(_key_event(pilot.app, key))
    await settle(pilot)


def blinking(box: Input) -> bool:
    """Is the box's cursor blink timer running (it wakes the app twice a second)?"""
    timer = box._blink_timer
    return timer is not None and timer._active.is_set()


def blink_once(box: Input) -> None:
    """What the box's blink timer does each half-second, done now."""
    box._toggle_cursor()


async def ticking_once_drawn(app: App[Any], pilot: Pilot[Any], timeout: float = 10.0) -> list[str]:
    """`ticking(app)` once no refresh is pending, or after `timeout` seconds. A screen's `screen_update`
    timer runs only while a refresh waits to be drawn and pauses itself on its next tick, so on a busy
    machine it can be caught running right after the last key; a timer that repeats for good is still
    there when the time is up."""
    deadline = time.monotonic() + timeout
    while (timers := ticking(app)) and time.monotonic() < deadline:
        await pilot.pause(0.05)
    return timers


def ticking(app: App[Any]) -> list[str]:
    """The timers running anywhere in the app that fire again and again (each wakes it, idle or not)."""
    nodes = [app, *(node for screen in app.screen_stack for node in screen.walk_children(with_self=True))]
    return [
        f"{type(node).__name__}: {timer.name}"
        for node in nodes
        for timer in node._timers
        if timer._task is not None and timer._active.is_set() and (timer._repeat is None or timer._repeat > 0)
    ]


def cursor_lit(box: Input) -> bool:
    """Is the box's cursor drawn (not in the dark half of a blink)?"""
    return box._cursor_visible


def screen_text(app: App[Any]) -> str:
    """The characters on screen, one line per row."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


_RAISED: weakref.WeakKeyDictionary[App[Any], list[tuple[str, str]]] = weakref.WeakKeyDictionary()
_app_notify = App.notify


async def text_once_shown(app: App[Any], pilot: Pilot[Any], wanted: str, timeout: float = 60.0) -> str:
    """The screen's text once `wanted` is on it, or after `timeout` seconds (for what a worker of its
    own fills in, as the command palette's search: the caller asserts on the text it gets).

    The timeout only ends a test whose text never comes: a worker's first use of the search's tables
    (the concordance's, on a fresh machine running two test processes on two cores) took more than the
    10 s it once was, and the concordance's rows were read before they were drawn."""
    text = screen_text(app)
    for _ in range(int(timeout / 0.05)):
        await pilot.pause(0.05)
        text = screen_text(app)
        if wanted in text:
            break
    return text


def _recording_notify(self: App[Any], message: str, *args: Any, **kwargs: Any) -> None:
    _RAISED.setdefault(self, []).append((str(kwargs.get("title", "")), str(message)))
    _app_notify(self, message, *args, **kwargs)


# Every notification an app raises is kept for the test to read. What the app shows at the moment of the
# read would do, but a notification leaves the screen after its timeout (5-10 s of wall-clock time), and
# on a loaded machine that much time can pass between the key that raised it and the assertion: a test
# reading what is shown then failed now and then (test_bookmark_restart_find_jump_delete_undo).
App.notify = _recording_notify  # type: ignore[method-assign]


def notifications(app: App[Any]) -> str:
    """The notifications the app has raised so far (shown, or gone after their timeout), one
    `title: message` a line."""
    return "\n".join(f"{title}: {message}" for title, message in _RAISED.get(app, []))


def notices(app: App[Any]) -> list[str]:
    """The messages of the notifications the app has raised so far."""
    return [message for _title, message in _RAISED.get(app, [])]


class RunningApp(Protocol):
    """The `running_app` fixture: `async with running_app((120, 40)) as (app, pilot): ...`."""

    def __call__(
        self, size: tuple[int, int] = (120, 40), paths: Sequence[Path] = (PAGE,), **run_test: Any
    ) -> AbstractAsyncContextManager[tuple[DubaApp, Pilot[None]]]: ...


@asynccontextmanager
async def running(
    size: tuple[int, int] = (120, 40), paths: Sequence[Path] = (PAGE,), **run_test: Any
) -> AsyncIterator[tuple[DubaApp, Pilot[None]]]:
    """The reader on `paths` at `size`, settled: the corpus open and every worker done."""
    app = DubaApp(list(paths))
    async with app.run_test(size=size, **run_test) as pilot:
        await settle(pilot)
        yield app, pilot


def record_frames(app: App[Any], record: Callable[[], Any]) -> list[Any]:
    """From now on, at every frame the app draws, call `record` and keep what it returns (in order)."""
    frames: list[Any] = []
    draw = app._display

    def display(screen: Any, renderable: Any) -> None:
        draw(screen, renderable)
        if renderable is not None:
            frames.append(record())

    app._display = display  # type: ignore[method-assign]
    return frames


def slow_frame_timer(monkeypatch: Any, seconds: float) -> None:
    """Make the screens' frame timer (60 a second) tick every `seconds` instead: set before the app runs."""
    monkeypatch.setattr("textual.screen.UPDATE_PERIOD", seconds)


def snap_bundled(
    snap_compare: Callable[..., bool], theme: str, *keys: str, size: tuple[int, int] = (120, 40)
) -> bool:
    """Compare the reader on the bundled page, in `theme` at `size`, with its snapshot after `keys`."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        pilot.app.theme = theme
        await press(pilot, *keys)

    return snap_compare(DubaApp([]), terminal_size=size, run_before=run_before)
