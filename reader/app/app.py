"""The Textual app: config, remembered state, themes, keymap and the app-wide keys.

The app makes the `Library` of the paths it was given and hands it, with the config and the state, to
the main screen; everything about reading lives there. Help lists the keys the screen says it has.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.filter import LineFilter
from textual.message import Message
from textual.notifications import Notify
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widgets import Input

from reader import paths
from reader.app.config import Config, keymap_conflicts, load_config
from reader.app.driver import typed_after_escape
from reader.app.eightbit import EightBitColours
from reader.app.keys import HelpSection, KeySource, binding_ids
from reader.app.palette import KeyHold, Palette
from reader.app.recolour import TrueColours
from reader.app.screens.main import MainScreen
from reader.app.sixteen import SixteenColours
from reader.app.widgets.styling import readable_variables
from reader.library import Library
from reader.state import State

NARROW_NOTICES = 60
"""Columns: a narrower terminal shows notices across its width (half of it left them ~18 cells of text)."""
SHORT_NOTICES = 20
"""Rows: a shorter terminal shows notices without their blank rows (three a notice)."""


class DubaApp(App[None]):
    """duba 读报: read Chinese newspaper pages in the terminal."""

    TITLE = "duba 读报"
    CSS_PATH: ClassVar[list[str | Path]] = [
        paths.styles_dir() / "duba.tcss",
        paths.styles_dir() / "bookmarks.tcss",
        paths.styles_dir() / "search.tcss",
    ]
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        # also bound (same ids) by the main screen, so that its footer lists them early
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("ctrl+p", "command_palette", "Commands", id="command_palette"),
    ]

    def __init__(
        self,
        targets: Sequence[Path] = (),
        *,
        config: Config | None = None,
        state: State | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__()
        self.library = library if library is not None else Library(list(targets) or [paths.bundled_corpus()])
        self.config = config if config is not None else load_config()
        self.state = state if state is not None else State()
        self.state.on_problem = self._state_problem
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        theme = self.state.theme() or self.config.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        if self.config.ambiguous_wide:
            self.add_class("-ambiguous-wide")
        self._sixteen = SixteenColours()
        self._eight_bit = EightBitColours()
        self._true_colours = TrueColours()
        self._key_hold = KeyHold(self, self.on_event)
        self.exit_notes: list[str] = []
        """What to say on stderr once the reader has closed (`run_app`): what quitting could not do."""
        self._theme_unsaved = False  # (said once that the theme cannot be remembered)

    class StateProblem(Message):
        """The state file said a problem (a damaged file moved aside), maybe from a worker's thread."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def _state_problem(self, text: str) -> None:
        self.post_message(self.StateProblem(text))  # post_message is thread-safe; notify is not

    def on_duba_app_state_problem(self, message: StateProblem) -> None:
        """Say on screen what went wrong with the reading state file (told from a worker thread)."""
        self.notify(message.text, title="Reading state", severity="warning", timeout=10)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, its text colours made readable on its grounds (`readable_variables`)."""
        variables = readable_variables(super().get_css_variables())
        self.theme_variables = variables
        return variables

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters; on a terminal of 16 colours, then `SixteenColours` (greys drawn too close);
        of 256, `EightBitColours` (text under 4.5:1 once drawn in the nearest of them). Not when headless:
        nothing is drawn there, and what the tests read of the screen is as styled. Otherwise (true
        colour, and headless) `TrueColours`: text a theme pairs under 4.5:1 with its ground, shaded."""
        filters = super().get_line_filters()
        if self.sixteen_colours:
            return [*filters, self._sixteen]
        if not self.is_headless and self.console.color_system == "256":
            return [*filters, self._eight_bit]
        if self.console.color_system == "truecolor" or self.is_headless:
            return [*filters, self._true_colours]
        return filters

    @property
    def sixteen_colours(self) -> bool:
        """The terminal draws 16 colours (and this is not headless): see `reader.app.sixteen`."""
        return not self.is_headless and self.console.color_system in ("standard", "windows")

    def action_command_palette(self) -> None:
        """Show the command palette (Textual's, over the reader dimmed: `Palette`)."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self._key_hold.hold()  # the keys typed after ctrl+p wait for the palette's box
            self.push_screen(Palette(self._key_hold, id="--command-palette"))

    def search_themes(self) -> None:
        """The theme chooser (ctrl+p, "theme"): the same `Palette`, over Textual's theme provider."""
        self._key_hold.hold()
        self.push_screen(Palette(self._key_hold, providers=[ThemeProvider], placeholder="Search for themes…"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette's commands on every screen: Textual's Theme and Quit, and duba's Help.

        Not Textual's others: "Keys" docks a panel of the focused widget's keys under Textual's names
        (Scroll Left, Page Right, Copy selected text: keys that do nothing in a wrapped text) beside
        duba's own help, which lists the keys by screen, as they are rebound; "Maximize" leaves the search
        box, the notices and the keyword line out of view (a `/` then types into a box not shown;
        ctrl+b widens the text); "Screenshot" writes an SVG into ~/Downloads, a folder duba never
        otherwise writes (text leaves duba by y/Y and the exports, a picture by the terminal's own)."""
        for command in super().get_system_commands(screen):
            if command.title in ("Theme", "Quit"):
                yield command
        yield SystemCommand("Help", "Show every key (? or F1)", self.action_help)

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.library, self.config, self.state)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self._quit_on_sigterm()
        # 16 colours have no grey readable on the list's: what is muted there (photo rows) slants instead
        self.set_class(self.sixteen_colours, "-sixteen-colours")
        self._fit_notices(self.size.width, self.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_notices(event.size.width, event.size.height)

    def action_help_quit(self) -> None:
        """ctrl+c with nothing selected: Textual's notice naming the key that quits, in plain words (as
        every notice is, `on_notify`: Textual's own says `[b]q[/b]`)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(f"Press {key} to quit the app", title="Do you want to quit?")
                return

    def on_notify(self, event: Notify) -> None:
        """A notice arrives (Textual's own handler, which shows it, runs after this one). On a terminal
        under `SHORT_NOTICES` rows it takes the place of those shown before it: two there did not fit,
        and the newer one, under the older, was cut (at 40x12 F then u: "Undid … U redoes it" lost its
        end; a warning, P refused then m: over the bookmark's note box).

        Every notice is plain text, never Textual markup: they quote the page (a headline, a sentence, a
        citation's `[N]`), and its brackets were read as markup — `[N]` vanished from Copy citation's
        notice, and one like `[/]` is markup that does not parse."""
        event.notification.markup = False
        if self.has_class("-short-notices"):
            self.clear_notifications()

    def _fit_notices(self, width: int, height: int) -> None:
        """On a terminal under `NARROW_NOTICES` columns a notice spans its width, on one under
        `SHORT_NOTICES` rows it has no blank rows (styles/duba.tcss): Textual's notice is half the
        terminal wide, and at 40x12 one of F's ran down 11 of the 12 rows over the text's right half."""
        self.set_class(0 < width < NARROW_NOTICES, "-narrow-notices")
        self.set_class(0 < height < SHORT_NOTICES, "-short-notices")

    def _quit_on_sigterm(self) -> None:
        """Quit as `q` does on SIGTERM (`kill PID`, a shutdown): Python's default ended the process at
        once, the terminal left in the reader's alternate screen with the cursor hidden and mouse
        reporting on (every mouse move typed escape codes at the prompt), and the place not saved. The
        status is 143, as for a process the signal ended. (POSIX, main thread: elsewhere, as before.)"""
        import asyncio
        import contextlib
        import signal

        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError, AttributeError):
            asyncio.get_running_loop().add_signal_handler(
                signal.SIGTERM, lambda: self.exit(return_code=128 + signal.SIGTERM)
            )

    def on_ready(self) -> None:
        # after the first frame: the default screen is there to say which binding ids it has
        for error in self._config_problems():
            self.notify(error, title="Config", severity="warning", timeout=10)

    def on_unmount(self) -> None:
        self.state.close()  # after the screens: they write the reading position as they go
        # The loader and the search box freeze the library and the index they install (gc.freeze) for the
        # app's lifetime; what they froze can be collected again (tests run many apps in one process).
        gc.unfreeze()

    def _config_problems(self) -> list[str]:
        problems = list(self.config.errors)
        if self.config.keymap:  # listing every binding imports the bookmark screens (~40 ms): only if asked
            sources = self.key_sources()
            known = binding_ids(sources)
            problems += [
                f"config: no key binding has the id {name!r}"
                for name in self.config.keymap
                if name not in known
            ]
            screen = self._key_source()
            screen_ids = binding_ids([("", list(screen.BINDINGS))]) if isinstance(screen, Screen) else set()
            problems += keymap_conflicts(
                self.config.keymap, _key_contexts(sources, set(_ids(self.BINDINGS)), screen_ids)
            )
        theme = self.config.theme
        if theme and theme not in self.available_themes:
            problems.append(f"config: unknown theme {theme!r}")
        return problems

    def _theme_changed(self, theme: object) -> None:
        problem = self.state.save_theme(self.theme)
        if problem is not None and not self._theme_unsaved:  # (said once: not at every theme tried)
            self._theme_unsaved = True
            self.notify(
                f"Your theme cannot be remembered: {problem}. Next time duba opens in the theme of "
                "its config.toml, or its default one.",
                title="Theme",
                severity="warning",
                timeout=10,
            )

    async def on_event(self, event: events.Event) -> None:
        """ESC b / ESC f from the terminal (`reader.app.driver`) in the reading screen, with no text box
        focused, is escape then `b` / `f` typed in one read: read so, in that order. In a text box it is
        the word move macOS sends for option+left / option+right, as Textual reads it (a wrong guess
        there would close the search box and lose its place; the other way, the cursor moves a word)."""
        if isinstance(event, events.Key) and not event.is_forwarded and self._key_hold.takes(event):
            return  # typed right after enter on the command palette: on once it has acted
        if isinstance(event, events.Key) and not event.is_forwarded and isinstance(self.screen, MainScreen):
            letter = typed_after_escape(event)
            if letter is not None and not isinstance(self.focused, Input):
                for key, character in (("escape", "\x1b"), (letter, letter)):
                    typed = events.Key(key, character)
                    typed.set_sender(self)
                    await super().on_event(typed)
                return
        await super().on_event(event)

    # -- keys and help ----------------------------------------------------------------------------

    def _key_source(self) -> KeySource | None:
        return next((s for s in reversed(self.screen_stack) if isinstance(s, KeySource)), None)

    def key_sources(self) -> list[tuple[str, list[BindingType]]]:
        """Every binding the help screen lists, by where it applies: the screens' keys, and the app's."""
        screen = self._key_source()
        return screen.key_sections(list(self.BINDINGS)) if screen is not None else [("App", self.BINDINGS)]

    def action_help(self) -> None:
        """Show every key."""
        from reader.app.screens.help import HelpScreen, key_help  # Rich tables: not before the first frame
        from reader.app.screens.kwic import KwicScreen

        if not isinstance(self.screen, HelpScreen):
            # on the concordance, the trend chart or the bookmarks: at that screen's keys, not the reader's
            start = self.screen.HELP_SECTION if isinstance(self.screen, HelpSection) else None
            # the concordance's list keys share the reading keys' ids, listed there: list them here too
            sections = key_help(self, self.key_sources(), own=(KwicScreen.HELP_SECTION,))
            self.push_screen(HelpScreen(sections, start=start))


def _ids(bindings: list[BindingType]) -> set[str]:
    return {b.id for b in Binding.make_bindings(bindings) if b.id}


def _key_contexts(
    sources: list[tuple[str, list[BindingType]]], app_ids: set[str], screen_ids: set[str]
) -> dict[str, dict[str, list[str]]]:
    """Where keys compete: each section of `key_sources` together with the app-wide keys, and the
    screen's own sections (reading and search are one screen) as one. Binding id -> its keys."""
    app_section: list[BindingType] = []
    reading: list[BindingType] = []
    sections: dict[str, list[BindingType]] = {}
    for where, bindings in sources:
        ids = _ids(bindings)
        if ids and ids <= app_ids:
            app_section = bindings
        elif ids and ids <= screen_ids:
            reading += bindings
            sections.setdefault("reading", reading)
        else:
            sections[where] = bindings
    contexts: dict[str, dict[str, list[str]]] = {}
    for where, bindings in sections.items():
        keys: dict[str, list[str]] = {}
        for binding in Binding.make_bindings([*bindings, *app_section]):
            if binding.id:
                keys.setdefault(binding.id, []).append(binding.key)
        contexts[where] = keys
    return contexts
