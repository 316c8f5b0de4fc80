"""Helpers of the Pilot tests: start and settle the app, press keys, read the screen.

The few reads of Textual's private state (what the compositor drew, the notifications shown) are here and
nowhere else, so that a Textual upgrade that moves them breaks one file.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, Protocol

from textual.app import App
from textual.pilot import Pilot

from reader.app.app import DubaApp
from reader.app.screens.main import MainScreen

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"


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


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until the corpus is open and the workers (key terms, names, index) are done."""
    app = pilot.app
    for _ in range(50):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)
        if screen is not None and screen.has_class("-loaded") and not app.workers:
            return
    raise AssertionError("the corpus did not load")


async def press(pilot: Pilot[Any], *keys: str) -> None:
    """Press each key and settle after each."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def screen_text(app: App[Any]) -> str:
    """The characters on screen, one line per row."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def notifications(app: App[Any]) -> str:
    """The notifications shown, one `title: message` a line."""
    return "\n".join(f"{n.title}: {n.message}" for n in app._notifications)


def notices(app: App[Any]) -> list[str]:
    """The messages of the notifications shown."""
    return [str(n.message) for n in app._notifications]


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
