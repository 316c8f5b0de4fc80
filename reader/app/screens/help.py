"""The help screen (`?` or F1): every key, with the binding id to rebind it in the config file.

On a small terminal (`SMALL`) the help fills it, without a frame or blank lines between sections, under a
line that stays put saying how to close it; a section too narrow for its columns lists each key with its
description run on after it (a column of keys 12 cells wide left 7 for the text at 20 columns).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from reader.app.config import config_path
from reader.app.keys import keymap_of
from reader.app.screens.modal import Modal
from reader.app.widgets.article_list import CORRECTED_TAG, UNCERTAIN_TAG

if TYPE_CHECKING:
    from textual.app import App


LONG_DESCRIPTIONS: dict[str, str] = {
    "down": "Scroll down a line / next article in the list",
    "up": "Scroll up a line / previous article in the list",
    "page_down": "Page down",
    "page_up": "Page up",
    "top": "Top of the article / first in the list",
    "bottom": "End of the article / last in the list",
    "next_article": "Next article; while searching, the next result (n steps through hits: ] still works)",
    "previous_article": "Previous article; while searching, the previous result",
    "switch_focus": "Move the focus between the list and the reader",
    "toggle_sidebar": "Hide or show the list of articles",
    "toggle_entities": "Highlight people, places and organisations",
    "search": "Search: the list shows matches as you type, enter opens the highlighted one (see below)",
    "close_search": "In the search box: back to where you were; elsewhere: end the search",
    "next_hit": "While searching: next hit in the article (enter in the search box too)",
    "previous_hit": "While searching: previous hit (shift+enter in the search box too)",
    "next_result": "In the search box: highlight (and show) the next result",
    "previous_result": "In the search box: highlight (and show) the previous result",
    "sort_results": "Search results by relevance or by date, in turn (the list's heading says which)",
    "choose": "Read the article under the cursor; on a paper, date or page: open or close it",
    "open_group": "On a closed paper, date or page: open it; on an open one: down into it",
    "close_group": "On an open paper, date or page: close it; elsewhere: up to the group it is in",
    "quit": "Quit (the reading position is kept)",
    "help": "This help",
    "command_palette": "Commands: jump to an article by headline, themes...",
    "next_sentence": "Passage cursor to the next sentence",
    "previous_sentence": "Passage cursor to the previous sentence",
    "next_paragraph": "Passage cursor to the next paragraph",
    "previous_paragraph": "Passage cursor to the start of this / the previous paragraph",
    "extend_selection": "Select one more sentence",
    "shrink_selection": "Select one sentence fewer",
    "copy_passage": "Copy the selection (or mouse selection), else the cursor's sentence, to the clipboard",
    "copy_cited": "Copy the same with its source under it (出处：作者. 题名[N]. 报纸, 日期(版).)",
    "bookmark_passage": "Bookmark the selection (or mouse selection), else the cursor's sentence",
    "bookmarks": "List of bookmarks",
    "jump_to_bookmark": "Go to the bookmarked passage",
    "edit_bookmark": "Edit the note and tags",
    "delete_bookmark": "Delete the bookmark (focus in the list; in the filter box it deletes a character)",
    "undo_delete": "Undo the last delete",
    "filter_bookmarks": "Filter box: every character typed filters, in the list too (no letter is a command)",
    "close_bookmarks": "Leave the filter box / back to reading",
    "filter_down": "Next bookmark (home and end: first and last, in the list)",
    "filter_up": "Previous bookmark",
    "filter_page_down": "Page down",
    "filter_page_up": "Page up",
    "cancel_bookmark": "Close without saving (enter saves, tab: next field)",
    "goto_date": "Go to a date (2025-01-02, 20250102, 1月2日; a month, 2025-01: its first issue): the "
    "paper's issue of that day, else another paper's, else the paper's next one, else another paper's "
    "(a notice says which)",
    "next_issue": "Next issue of the same paper",
    "previous_issue": "Previous issue of the same paper",
    "next_page": "Next page (on into the next issue)",
    "previous_page": "Previous page",
    "cancel_date": "Close without going anywhere (enter goes to the date typed)",
    "kwic_sort": "Sort the lines by date, by the context left of the word or right of it, in turn",
    "close_kwic": "Back to reading (enter opens the article at the line's hit)",
    "trend_period": "Count by month, by year or by day, in turn",
    "close_trend": "Back to reading (enter counts the terms typed)",
    "concordance": "Concordance: every occurrence of the search query (the last one, after the search "
    "ended), aligned (s sorts, enter opens)",
    "trend": "Trend chart of the search terms (the last search's, after it ended) over time "
    "(articles per 1,000)",
    "join_article": "Correct the page: join this article with the one before it",
    "split_article": "Correct the page: start a new article at the passage cursor's paragraph",
    "paragraph_break": "Correct a paragraph break: start a new paragraph at the passage cursor's sentence "
    "(or a selection's start); where that sentence opens a paragraph, join it with the one before",
    "break_inside": "Correct a paragraph break inside the passage cursor's sentence (a line that ends a "
    "paragraph without a stop): a dialog shows the two paragraphs; ←/→ move the break, ↑/↓ to a mark",
    "break_earlier": "Move the break a character earlier",
    "break_later": "Move the break a character later",
    "break_earlier_mark": "Move the break to the mark before (a quote, a bracket, a comma…)",
    "break_next_mark": "Move the break to the next mark (a quote, a bracket, a comma…)",
    "break_here": "Start the new paragraph there (u undoes it)",
    "cancel_break": "Close without breaking",
    "set_title": "Correct the titles: make the paragraph, a line of it or a title the headline, kicker…",
    "item_kind": "Correct the page: the passage cursor's paragraph (or a selection's) is a caption: with "
    "its credit, a photo of its own; on a photo item: an article (a story's own caption? J joins it)",
    "undo_correction": "Undo the last correction of this page (corrections are kept per page)",
    "redo_correction": "Redo the correction last undone on this page",
    "role_headline": "Make it the headline (标题)",
    "role_kicker": "Make it the kicker (引题)",
    "role_subtitle": "Make it the subtitle (副题)",
    "role_byline": "Make it the byline (署名): its names become the authors",
    "title_source_down": "Take the next thing listed: the paragraph, then the title lines as printed",
    "title_source_up": "Take the previous thing listed",
    "title_join": "Join the title line with its neighbour, as a wrapped line: the headline with the kicker "
    "above it (else the line under it) into the headline (贵州加强和 + 改进临时救助工作), a subtitle with "
    "the line above it into the headline, a kicker with the line under it into the kicker",
    "title_to_text": "Put the title back into the text (a subhead or a caption read as a title): ↑/↓ "
    "choose where (▶ starts on the cursor's paragraph; the last row: under the last paragraph), t again "
    "puts it above ▶",
    "title_join_spaced": "Join them with a space, as a two-part headline: 村里游客多 村民腰包鼓",
    "title_shorter": "Take one character fewer of the paragraph's opening (a line); on a title, set "
    "where to part it (then k: the part above becomes the kicker; s, b: the part below)",
    "title_longer": "Take one character more (up to the whole paragraph); on a title, move the point on",
    "title_whole": "Take the whole paragraph (on a title: no point to part it at); asked where: the last row",
    "title_word_shorter": "Take a word fewer of the paragraph's opening (a mark is a word: a headline run "
    "in with its text is cut off word by word); on a title, move the point to part it at a word earlier",
    "title_word_longer": "Take a word more (up to the whole paragraph); on a title, move the point a word on",
    "title_first": "Take the paragraph's first word alone (then ctrl+→ adds a word at a time); on a title, "
    "part it after its first word; asked where (t t, a title moved onto a titled article): the first row",
    "title_page_down": "Asked where: seven rows down",
    "title_page_up": "Asked where: seven rows up",
    "title_split_here": "Moving a title onto an article that has one: split it at the chosen paragraph, "
    "the story next to the title taking it (h, k, s or b again swaps the two titles instead); putting a "
    "title back into the text: put it above ▶",
    "cancel_title": "Close without changing anything (asked where to split: back)",
}
"""What the help screen says for each binding id (the footer uses the short descriptions)."""

SEARCH_SYNTAX: list[tuple[str, str]] = [
    ("人才 集聚", "every word must occur, as any part of the text (集聚 finds 集聚新高地)"),
    ('"经济 发展"', "an exact phrase"),
    ("-广告", "leave out articles that contain it"),
    ("author:刘桐", "by this author (作者:刘桐 too)"),
    ("headline:人才", "in the headline (标题:人才 too)"),
    ("rencai  rc", "pinyin, whole or initials, finds 人才: no Chinese input method needed"),
    ("東阿縣", "traditional characters find simplified text (东阿县)"),
    ("date:2025-01", "printed in that month (date:2025, date:2025-01-01..2025-03-31 too)"),
    ("paper:人民日报 page:1", "in that paper, on that page (section:要闻 too)"),
    ("２０２３", "full-width and half-width forms match each other (2023)"),
]
"""The search box's syntax, as the help screen lists it: example, meaning."""


SMALL = (60, 16)
"""Under this many columns or rows the help fills the terminal, unframed (a frame and the blank lines
between sections took 3 of a 20x5 terminal's 4 rows)."""
MIN_DESCRIPTION = 24
"""Cells a description's column needs beside the keys; a section narrower lists each key with its
description run on after it (`run_on`)."""


def _section_table(title: str) -> Table:
    """A borderless two-or-more-column table with a bold title, as every help section uses. No padding
    at its edges: the frame's own padding is room enough, and at 80 columns every cell counts."""
    return Table(
        title=title,
        title_justify="left",
        title_style="bold",
        show_header=False,
        box=None,
        expand=True,
        padding=(0, 1),
        pad_edge=False,
    )


def run_on(title: str, rows: list[tuple[str, str]]) -> Group:
    """A section as lines of text, where columns do not fit: the title, and each key (bold) with its
    description after it, wrapping to the width."""
    lines = [Text(title, style="bold")]
    lines += [Text.assemble((keys, "bold"), "  ", description, overflow="fold") for keys, description in rows]
    return Group(*lines)


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of help: the keys (as displayed), what they do, and the binding id."""

    keys: str
    description: str
    binding_id: str


def key_help(
    app: App[object], sources: list[tuple[str, list[BindingType]]], own: Collection[str] = ()
) -> list[tuple[str, list[KeyHelp]]]:
    """Bindings with ids from each `(section, BINDINGS)`, with the keys the app's keymap gives them. An id
    is listed once (in its first section), but in the sections named in `own` (a screen's own keys: the
    concordance moves with the list keys' ids), which list all theirs, as their screen describes them."""
    keymap = keymap_of(app)
    sections: list[tuple[str, list[KeyHelp]]] = []
    listed: set[str] = set()
    for section, bindings in sources:
        entries: dict[str, KeyHelp] = {}
        for binding in Binding.make_bindings(bindings):
            if binding.id is None or binding.id in entries:
                continue
            again = binding.id in listed
            if again and section not in own:
                continue
            keys = keymap.get(binding.id)
            key_list = keys.split(",") if keys else _keys_of(bindings, binding.id)
            # each key once: two bindings may share an id (escape in the search box and outside it)
            shown = " ".join(dict.fromkeys(app.get_key_display(Binding(k.strip(), "")) for k in key_list))
            description = (
                binding.description if again else LONG_DESCRIPTIONS.get(binding.id, binding.description)
            )
            entries[binding.id] = KeyHelp(shown, description, binding.id)
        listed.update(entries)
        sections.append((section, list(entries.values())))
    return sections


def _keys_of(bindings: list[BindingType], binding_id: str) -> list[str]:
    return [b.key for b in Binding.make_bindings(bindings) if b.id == binding_id]


class KeyTable(Widget):
    """One section of the help as a table; the binding-id column is left out where it does not fit whole."""

    DEFAULT_CSS = """
    KeyTable {
        height: auto;
    }
    """

    def __init__(self, title: str, entries: list[KeyHelp], key_width: int, id_width: int) -> None:
        super().__init__(classes="help-section")
        self.title = title
        self.entries = entries
        self.key_width = key_width
        self.id_width = id_width
        """The id column's width, the same in every section (so the column lines up down the help)."""

    def render(self) -> Table | Group:
        if self.size.width < self.key_width + 1 + MIN_DESCRIPTION:
            return run_on(self.title, [(entry.keys, entry.description) for entry in self.entries])
        # an id is for the keymap in the config file: cut short it is of no use, so it is shown whole
        # (the description wraps instead), or not at all where it would leave too little room
        id_width = self.id_width
        with_ids = self.size.width >= self.key_width + id_width + 2 + 36
        table = _section_table(self.title)
        table.add_column("keys", no_wrap=True, style="bold", width=self.key_width)
        table.add_column("action", ratio=1, overflow="fold")
        if with_ids:
            table.add_column("id", style="italic", no_wrap=True, width=id_width)
        for entry in self.entries:
            row = (entry.keys, entry.description, entry.binding_id)
            table.add_row(*(row if with_ids else row[:2]))
        return table


class SearchSyntax(Widget):
    """What a search query can say, with examples (pinyin and traditional characters included)."""

    DEFAULT_CSS = """
    SearchSyntax {
        height: auto;
    }
    """

    def __init__(self) -> None:
        super().__init__(classes="help-section")

    def render(self) -> Table | Group:
        widest = max(cell_len(example) for example, _ in SEARCH_SYNTAX)
        if self.size.width < widest + 1 + MIN_DESCRIPTION:
            return run_on("In the search box", SEARCH_SYNTAX)
        table = _section_table("In the search box")
        table.add_column("example", no_wrap=True, style="bold")
        table.add_column("meaning", ratio=1)
        for example, meaning in SEARCH_SYNTAX:
            table.add_row(example, meaning)
        return table


class HowToClose(Widget):
    """The line over the help on a small terminal, which does not scroll away: how to close it (and
    scroll it, where that fits)."""

    DEFAULT_CSS = """
    HowToClose {
        height: 1;
        display: none;
    }
    """

    SAYINGS = (
        "duba 读报 keys · esc closes · j k space scroll",
        "keys · esc closes · j k scroll",
        "keys · esc closes",
        "esc closes",
    )

    def render(self) -> Text:
        width = self.size.width
        saying = next((s for s in self.SAYINGS if cell_len(s) <= width), self.SAYINGS[-1])
        return Text(saying, style="bold reverse", overflow="ellipsis", no_wrap=True)


class HelpScreen(Modal[None]):
    """A scrollable table of every key, grouped by where it applies."""

    # The reading keys scroll the help too (same ids: rebinding them in the config moves both).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="close_help"),
        Binding("j,down", "scroll_help('down')", "Scroll", show=False, id="down"),
        Binding("k,up", "scroll_help('up')", "Scroll up", show=False, id="up"),
        Binding("space,pagedown", "scroll_help('page_down')", "Page", show=False, id="page_down"),
        Binding("b,pageup", "scroll_help('page_up')", "Page up", show=False, id="page_up"),
        Binding("g,home", "scroll_help('home')", "Top", show=False, id="top"),
        Binding("G,end", "scroll_help('end')", "End", show=False, id="bottom"),
    ]

    def __init__(self, sections: list[tuple[str, list[KeyHelp]]], start: str | None = None) -> None:
        """Help over `sections`, scrolled to the section titled `start` (the keys of the screen it was
        opened on; the reading keys first listed do nothing there)."""
        super().__init__()
        self.sections = sections
        self.start = start

    def on_mount(self) -> None:
        """Scrolled to the section it was asked to start at, once laid out."""
        if self.start is not None:
            self.call_after_refresh(self._scroll_to_start)

    def _scroll_to_start(self) -> None:
        table = next((t for t in self.query(KeyTable) if t.title == self.start), None)
        if table is not None:
            self.query_one("#help-body", VerticalScroll).scroll_to_widget(table, top=True, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        """Fill a small terminal, unframed, under a line saying how to close the help (`SMALL`)."""
        width, height = SMALL
        self.set_class(event.size.width < width or event.size.height < height, "-small")

    def compose(self) -> ComposeResult:
        yield HowToClose(id="help-close")
        with VerticalScroll(id="help-body"):
            yield Static(Text("duba 读报 — keys", style="bold"), id="help-title")
            every = [entry for _, entries in self.sections for entry in entries]
            key_width = max((cell_len(e.keys) for e in every), default=4)
            id_width = max((len(e.binding_id) for e in every), default=0)
            for section, entries in self.sections:
                yield KeyTable(section, entries, key_width, id_width)
            yield SearchSyntax()
            yield Static(
                f"{UNCERTAIN_TAG} before a headline in the list: the segmenter is unsure of that article, of"
                " where it starts or ends or which lines are its titles (J joins, S splits, P"
                " breaks or joins paragraphs, I breaks inside a sentence, t corrects the titles, F makes it a"
                " photo or an article;"
                " u undoes, U redoes)."
                f" {CORRECTED_TAG}: an article you corrected.",
                classes="help-note",
                markup=False,
            )
            yield Static(
                f'Rebind keys in {config_path()} under [keymap], by id: next_article = "n,],l".'
                " j/k, space/b, g/G scroll this help; esc closes it.",
                classes="help-note",
                markup=False,
            )

    def action_scroll_help(self, how: str) -> None:
        """Scroll the help: down, up, page_down, page_up, home or end."""
        body = self.query_one("#help-body", VerticalScroll)
        scroll = {
            "down": body.scroll_down,
            "up": body.scroll_up,
            "page_down": body.scroll_page_down,
            "page_up": body.scroll_page_up,
            "home": body.scroll_home,
            "end": body.scroll_end,
        }[how]
        scroll(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help."""
        self.dismiss(result)
