"""The Textual app: config, remembered state, the open corpus, themes, keymap and app-wide keys."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader import paths
from reader.app.commands import ArticleCommands
from reader.app.screens.bookmark_dialog import BookmarkDialog
from reader.app.screens.bookmarks import BookmarksScreen
from reader.app.screens.help import HelpScreen, key_help
from reader.app.screens.main import MainScreen
from reader.app.screens.searching import SEARCH_KEY_IDS
from reader.app.widgets.article_list import ArticleList
from reader.config import Config, keymap_conflicts, load_config
from reader.model import Article, Page
from reader.state import State

if TYPE_CHECKING:
    from reader.corpus import Corpus


class DubaApp(App[None]):
    """duba 读报: read Chinese newspaper pages in the terminal."""

    TITLE = "duba 读报"
    CSS_PATH: ClassVar[list[str | Path]] = [
        paths.styles_dir() / "duba.tcss",
        paths.styles_dir() / "bookmarks.tcss",
        paths.styles_dir() / "search.tcss",
    ]
    COMMANDS = App.COMMANDS | {ArticleCommands}
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
    ) -> None:
        super().__init__()
        self.paths: list[Path] = list(targets) or [paths.bundled_corpus()]
        self.config = config if config is not None else load_config()
        self.state = state if state is not None else State()
        self.pages: list[Page] = []
        self.articles: list[Article] = []
        self.page_of: list[int] = []
        """Index into `pages` of each article."""
        self.article_index: dict[str, int] = {}
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        theme = self.state.theme() or self.config.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        if self.config.ambiguous_wide:
            self.add_class("-ambiguous-wide")

    def get_default_screen(self) -> Screen[None]:
        return MainScreen()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for error in self._config_problems():
            self.notify(error, title="Config", severity="warning", timeout=10)

    def _config_problems(self) -> list[str]:
        problems = list(self.config.errors)
        known = {binding_id for _, bindings in self.key_sources() for binding_id in _ids(bindings)}
        problems += [
            f"config: no key binding has the id {name!r}" for name in self.config.keymap if name not in known
        ]
        problems += keymap_conflicts(self.config.keymap, _key_contexts(self.key_sources()))
        theme = self.config.theme
        if theme and theme not in self.available_themes:
            problems.append(f"config: unknown theme {theme!r}")
        return problems

    def _theme_changed(self, theme: object) -> None:
        self.state.save_theme(self.theme)

    # -- corpus -----------------------------------------------------------------------------------

    def set_corpus(self, corpus: Corpus) -> None:
        """Take the pages that opened; articles are numbered in page order."""
        self.pages = list(corpus.pages)
        self.articles = []
        self.page_of = []
        for number, page in enumerate(self.pages):
            self.articles.extend(page.articles)
            self.page_of.extend([number] * len(page.articles))
        self.article_index = {}
        for index, article in enumerate(self.articles):
            self.article_index.setdefault(article.id, index)

    @property
    def main_screen(self) -> MainScreen | None:
        """The reading screen, wherever it is in the stack."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    @property
    def current_index(self) -> int | None:
        """Index of the article being read."""
        screen = self.main_screen
        return screen.current if screen is not None else None

    def open_article(self, index: int) -> None:
        """Open article `index` in the reading pane."""
        screen = self.main_screen
        if screen is not None:
            screen.open_article(index)

    # -- keys, help, commands ---------------------------------------------------------------------

    @staticmethod
    def key_sources() -> list[tuple[str, list[BindingType]]]:
        """Every binding the help screen lists, by where it applies (search last, above its syntax)."""
        by_id = {b.id: b for b in MainScreen.BINDINGS if isinstance(b, Binding) and b.id}
        search: list[BindingType] = [by_id[name] for name in SEARCH_KEY_IDS if name in by_id]
        return [
            ("Reading", [b for b in MainScreen.BINDINGS if b not in search]),
            ("List of articles (when focused)", list(ArticleList.BINDINGS)),
            ("Bookmarks list (B)", list(BookmarksScreen.BINDINGS)),
            ("Bookmark dialog", list(BookmarkDialog.BINDINGS)),
            ("App", list(DubaApp.BINDINGS)),
            ("Search", search),
        ]

    def action_help(self) -> None:
        """Show every key."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_help(self, self.key_sources())))

    async def action_quit(self) -> None:
        """Remember where reading stopped, then quit."""
        screen = self.main_screen
        if screen is not None:
            screen.save_position()
        self.state.close()
        self.exit()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        main = self.main_screen
        if main is None:
            return
        yield SystemCommand("Next article", "Open the next article (n)", main.action_next_article)
        yield SystemCommand("Previous article", "Open the previous article (p)", main.action_previous_article)
        yield SystemCommand(
            "Toggle sidebar", "Hide or show the list of articles (ctrl+b)", main.action_toggle_sidebar
        )
        yield SystemCommand(
            "Toggle names", "Highlight people, places and organisations (e)", main.action_toggle_entities
        )
        yield from main.bookmark_commands()
        yield SystemCommand("Help", "Show every key (? or F1)", self.action_help)


def _ids(bindings: list[BindingType]) -> set[str]:
    return {b.id for b in Binding.make_bindings(bindings) if b.id}


def _key_contexts(sources: list[tuple[str, list[BindingType]]]) -> dict[str, dict[str, list[str]]]:
    """Where keys compete: each section of `key_sources` together with the app-wide keys, and the
    main screen's sections (reading and search are one screen) as one. Binding id -> its keys."""
    app_ids = _ids(list(DubaApp.BINDINGS))
    screen_ids = _ids(list(MainScreen.BINDINGS))
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
