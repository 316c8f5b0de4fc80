"""Keyboard input that is not UTF-8 must not kill the reader.

Textual's Linux driver decodes stdin with a strict incremental UTF-8 decoder in its input thread
(textual 8.2, `LinuxDriver.run_input_thread`): one byte that is not UTF-8 (a GBK terminal sending
人 as C8 CB, a malformed paste) raises `UnicodeDecodeError`, the thread dies, the app panics with a
traceback and the process still exits 0. `KeyboardDriver` keeps Textual's driver and replaces only
the decoder: undecodable bytes become U+FFFD and the user is told once what happened. An input thread
that does die ends the app with exit status 1.

The decoder is built from the module global `getincrementaldecoder` inside `run_input_thread`, so
that global is the narrowest place to hook: copying the whole method would drift from Textual.

The same decoder sees the end of input. When the terminal goes away while the reader ignores SIGHUP
(`trap '' HUP`, a window closed under a shell that does not pass the hang-up on), every read of stdin
returns nothing at once, and Textual's loop reads again at once, forever: the reader, unseen, kept
a third to all of a core busy. An empty read of a descriptor the selector called readable is that
end, so the driver asks the app to close (exit status 1, the reading position saved as by `q`) and
slows its loop until the app has.

Escape then a key in one read (a loaded machine, a slow link, a fast typist) reaches the parser as ESC
and that key, which a terminal also sends for alt+key. Textual reads it as alt+key, and for a character
that is not a letter or digit (`/`, `.`) drops the alt altogether: escape then `/` in the search box
typed "/" after the old query instead of leaving the box and opening it again. Nothing in duba is bound
to alt and a character, so `EscapeKeyParser` reads ESC and a printable character that make no known
sequence as escape, then the character (as vim does). Known sequences (WezTerm's option+digits) are
read as before. ESC b and ESC f are what macOS terminals send for option+left and option+right (a word
left or right in a text box), and also escape then `b` (page up) or `f` typed in one read: they are
read as ctrl+left and ctrl+right as before, but carry the bytes they came from as their character
(`ESCAPED_WORD_MOVES`), so that the app can read them as escape then the letter where no text box has
the focus (`DubaApp.on_event`): there a word move means nothing. The parser is also a module global
of Textual's driver, hooked the same way as the decoder.

Textual measures the terminal with `shutil.get_terminal_size`, which asks stdout; with stdout redirected
(`duba > log`) it fell back to 80×24 whatever the terminal's size. The driver asks the terminal it draws
on (stderr), or stdin, when stdout is not one.
"""

from __future__ import annotations

import codecs
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

import rich.traceback
from textual import events
from textual._xterm_parser import XTermParser
from textual.driver import Driver
from textual.drivers import linux_driver
from textual.drivers.linux_driver import LinuxDriver

NOT_UTF8 = (
    "Some keyboard input was not UTF-8 and is shown as �. "
    "Set the terminal to UTF-8 (e.g. LANG=zh_CN.UTF-8) to type Chinese."
)


INPUT_ENDED = "The terminal went away (its input ended): duba closed, keeping the reading position."


class LenientUtf8Decoder(codecs.BufferedIncrementalDecoder):
    """UTF-8, incremental; bytes that are not UTF-8 become U+FFFD and `on_undecodable()` is called.

    An incomplete sequence at the end of a read is kept for the next one, as the strict decoder does.
    An empty read that is not the final one is the end of input: `on_end()` is called.
    """

    def __init__(
        self,
        on_undecodable: Callable[[], None],
        errors: str = "strict",
        on_end: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(errors)
        self._on_undecodable = on_undecodable
        self._on_end = on_end

    def decode(self, data: Any, final: bool = False) -> str:
        if not data and not final and self._on_end is not None:
            self._on_end()
        return super().decode(data, final)

    def _buffer_decode(self, data: Any, errors: str, final: bool) -> tuple[str, int]:
        try:
            return codecs.utf_8_decode(data, "strict", final)
        except UnicodeDecodeError:
            self._on_undecodable()
            return codecs.utf_8_decode(data, "replace", final)


_INTRODUCERS = frozenset("[]OPX^_")
"""What follows ESC to begin a control sequence (CSI, OSC, SS3, DCS, SOS, PM, APC)."""

ESCAPED_WORD_MOVES = {"\x1bb": ("ctrl+left", "b"), "\x1bf": ("ctrl+right", "f")}
"""ESC b and ESC f: option+left and option+right on macOS, or escape then `b` / `f` in one read. The
key each is read as, and the letter typed after escape if that is what it was."""


def typed_after_escape(event: events.Key) -> str | None:
    """The letter of an ESC b / ESC f read as a word move (see the module notes), else None."""
    move = ESCAPED_WORD_MOVES.get(event.character or "")
    return move[1] if move is not None and move[0] == event.key else None


class EscapeKeyParser(XTermParser):
    """Textual's parser, reading ESC and a printable character that make no known sequence as two keys."""

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        # `alt` is set only for the character after an ESC that began no sequence Textual knows; one that
        # begins a control sequence (CSI `[`, OSC `]`, SS3 `O`…) is more likely a terminal's reply it
        # cannot read than a key, and is left to read as before.
        if alt and len(sequence) == 1 and sequence.isprintable() and sequence not in _INTRODUCERS:
            yield events.Key("escape", "\x1b")
            alt = False
        move = ESCAPED_WORD_MOVES.get(sequence)
        if move is not None:
            # its bytes as its character (not printable: no text box types it), for the app to tell
            yield events.Key(move[0], sequence)
            return
        yield from super()._sequence_to_key_events(sequence, alt)


class KeyboardDriver(LinuxDriver):
    """Textual's Linux driver with a keyboard decoder that survives bytes that are not UTF-8."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._told = threading.Event()
        self._ended = threading.Event()

    def _get_terminal_size(self) -> tuple[int, int]:
        stdout = sys.__stdout__
        try:
            on_terminal = stdout is not None and stdout.isatty()
        except (AttributeError, ValueError):
            on_terminal = False
        if not on_terminal:
            for stream in (self._file, sys.__stdin__):
                try:
                    size = os.get_terminal_size(stream.fileno())
                except (AttributeError, ValueError, OSError):
                    continue
                if size.columns and size.lines:
                    return size.columns, size.lines
        return super()._get_terminal_size()

    def _undecodable(self) -> None:
        """Called in the input thread: tell the user once, on the app's own loop."""
        if self._told.is_set():
            return
        self._told.set()
        notify = partial(self._app.notify, NOT_UTF8, title="Keyboard", severity="warning", timeout=10)
        self.send_message(events.Callback(callback=notify))

    def _input_ended(self) -> None:
        """Called in the input thread at each empty read: ask the app once to close, then keep the
        loop from spinning until it has."""
        if not self._ended.is_set():
            self._ended.set()
            self.send_message(events.Callback(callback=partial(self._app.exit, None, 1, INPUT_ENDED)))
        time.sleep(0.1)

    def _decoder_factory(self, encoding: str) -> Callable[[], codecs.IncrementalDecoder]:
        if codecs.lookup(encoding).name != "utf-8":
            return codecs.getincrementaldecoder(encoding)
        return partial(LenientUtf8Decoder, self._undecodable, on_end=self._input_ended)

    def run_input_thread(self) -> None:
        linux_driver.getincrementaldecoder = self._decoder_factory  # type: ignore[assignment]
        linux_driver.XTermParser = EscapeKeyParser  # type: ignore[misc]
        super().run_input_thread()

    def _run_input_thread(self) -> None:
        # Textual's version calls `panic`, which leaves the exit status at 0; exit with 1 instead.
        try:
            self.run_input_thread()
        except BaseException:
            trace = rich.traceback.Traceback()
            self.send_message(events.Callback(callback=partial(self._app.exit, None, 1, trace)))


def keyboard_driver(default: type[Driver]) -> type[Driver]:
    """The driver to run the reader with: ours where Textual would use its Linux driver."""
    return KeyboardDriver if default is LinuxDriver else default
