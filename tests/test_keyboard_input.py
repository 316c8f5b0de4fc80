"""Keyboard bytes that are not UTF-8 (a GBK terminal, a malformed paste) must not kill the reader.

The driver's input thread is run on a pipe holding what the terminal would send, as Textual runs it
on the terminal; the messages it delivers are what the app would receive.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from typing import Any

import pytest
from textual import events

from reader.app.driver import NOT_UTF8, KeyboardDriver, LenientUtf8Decoder


class FakeApp:
    """What the driver talks to: it posts messages; notify and exit record their calls."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.notes: list[str] = []
        self.exits: list[int] = []
        self.exit_messages: list[Any] = []

    async def _post_message(self, message: Any) -> bool:
        self.messages.append(message)
        return True

    def notify(self, message: str, **_: Any) -> None:
        self.notes.append(message)

    def exit(self, result: Any = None, return_code: int = 0, message: Any = None) -> None:
        self.exits.append(return_code)
        self.exit_messages.append(message)


async def _feed(data: bytes, *, close_input: bool = False) -> FakeApp:
    app = FakeApp()
    driver = KeyboardDriver(app)  # type: ignore[arg-type]
    read_end, write_end = os.pipe()
    os.write(write_end, data)
    driver.fileno = read_end
    if close_input:
        os.close(read_end)  # the input thread cannot even start reading
    thread = threading.Thread(target=driver._run_input_thread, daemon=True)
    thread.start()
    # Until the last character typed has arrived (or, input closed, the input thread has died).
    last = data.decode("utf-8", "replace")[-1:]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not thread.is_alive() or any(getattr(m, "character", None) == last for m in app.messages):
            break
        await asyncio.sleep(0.005)
    driver.exit_event.set()
    while thread.is_alive():
        await asyncio.sleep(0.005)
    await asyncio.sleep(0.05)
    for message in app.messages:
        if isinstance(message, events.Callback):
            message.callback()
    os.close(write_end)
    if not close_input:
        os.close(read_end)
    return app


def test_gbk_bytes_are_replaced_and_the_user_is_told_once() -> None:
    app = asyncio.run(_feed(b"/\xc8\xcbq" + "人".encode("gbk") + b"x"))

    keys = [m.character for m in app.messages if isinstance(m, events.Key)]
    assert keys[0] == "/" and "q" in keys and keys[-1] == "x"  # input goes on after the bad bytes
    assert "\ufffd" in keys
    assert app.notes == [NOT_UTF8]
    assert app.exits == []


def test_utf8_keys_pass_unchanged_and_quietly() -> None:
    app = asyncio.run(_feed("/人才".encode()))

    assert [m.character for m in app.messages if isinstance(m, events.Key)] == ["/", "人", "才"]
    assert app.notes == []


def test_a_dying_input_thread_exits_non_zero() -> None:
    app = asyncio.run(_feed(b"q", close_input=True))

    assert app.exits == [1]


def test_a_character_split_across_reads_still_decodes() -> None:
    told: list[bool] = []
    decoder = LenientUtf8Decoder(lambda: told.append(True))
    data = "人才".encode()
    assert decoder.decode(data[:2]) + decoder.decode(data[2:4]) + decoder.decode(data[4:]) == "人才"
    assert told == []


def test_input_that_ends_closes_the_reader_instead_of_spinning() -> None:
    """A terminal that goes away while the reader ignores SIGHUP (`trap '' HUP`, a closed window or ssh
    link) leaves stdin at end of input: every read returns nothing at once. Textual's input loop read
    it again at once, forever (~a third to all of a core), with the reader unseen; now the reader is
    told to close (saving its position as a quit does), and the loop waits while it does."""
    asyncio.run(_input_ends())


async def _input_ends() -> None:
    from reader.app.driver import INPUT_ENDED

    app = FakeApp()
    driver = KeyboardDriver(app)  # type: ignore[arg-type]
    read_end, write_end = os.pipe()
    os.write(write_end, b"j")
    os.close(write_end)  # the terminal is gone: after "j", end of input
    driver.fileno = read_end
    thread = threading.Thread(target=driver._run_input_thread, daemon=True)
    started = time.process_time()
    thread.start()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(isinstance(m, events.Callback) for m in app.messages):
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.5)  # the app has not closed yet: the loop must not spin meanwhile
    busy = time.process_time() - started
    driver.exit_event.set()
    thread.join(5)
    os.close(read_end)
    for message in app.messages:
        if isinstance(message, events.Callback):
            message.callback()

    assert [m.character for m in app.messages if isinstance(m, events.Key)] == ["j"]
    assert app.exits == [1]
    assert app.exit_messages == [INPUT_ENDED] and app.notes == []
    assert busy < 0.25, f"the input loop used {busy:.2f} s of CPU in ~0.5 s after the input ended"


def test_the_screen_fills_the_terminal_when_stdout_is_redirected(monkeypatch: pytest.MonkeyPatch) -> None:
    """`duba > log`: the reader draws on stderr, the terminal; Textual asked stdout for the size, and with
    stdout a file it drew 80×24 in any terminal, leaving the rest blank."""
    import fcntl
    import io
    import pty
    import struct
    import sys
    import termios

    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)
    monkeypatch.setattr(sys, "__stdout__", io.StringIO())  # stdout is a file, not the terminal

    async def size() -> tuple[int, int]:
        with open(child, "w", closefd=True) as terminal:
            driver = KeyboardDriver(FakeApp())  # type: ignore[arg-type]
            driver._file = terminal  # where Textual writes the screen (stderr)
            return driver._get_terminal_size()

    assert asyncio.run(size()) == (100, 30)
    os.close(parent)


def test_escape_then_a_character_in_one_read_are_two_keys() -> None:
    """Escape then `/` in one read (a loaded machine) was read as alt+/, which Textual turned into a
    bare `/`: the escape was lost and `/` was typed after the old query. They are two keys now, as
    are escape and a Chinese character (alt+人 before); known sequences keep their meaning."""
    app = asyncio.run(_feed("\x1b/人才".encode()))
    assert [m.key for m in app.messages if isinstance(m, events.Key)] == ["escape", "slash", "人", "才"]

    app = asyncio.run(_feed("\x1b[A\x1bbx\x1b人".encode()))  # up, option+left (ESC b), x, escape, 人
    assert [m.key for m in app.messages if isinstance(m, events.Key)] == [
        "up",
        "ctrl+left",
        "x",
        "escape",
        "人",
    ]
    # ESC b is still a word move to the left, and says where it came from: the app reads it as escape
    # then b where no text box has the focus (tests/test_app_typing_order.py)
    from reader.app.driver import typed_after_escape

    move = next(m for m in app.messages if isinstance(m, events.Key) and m.key == "ctrl+left")
    assert typed_after_escape(move) == "b" and not move.is_printable
    assert typed_after_escape(events.Key("ctrl+left", None)) is None  # ctrl+left itself (CSI 1;5D)
