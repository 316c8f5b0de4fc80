"""What the title dialog (`reader.app.screens.title_dialog`, behind `t`) offers and returns: the rows it
can take (`Source`), its answer (`TitleChoice`), its hints and headings, and the list of paragraphs it
shows when it asks where (`paragraph_rows`: where a title goes back into the text, where the story a
moved title heads starts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text

from reader.app.wrap import truncate
from reader.corrections import Role

ROLE_NAMES: dict[str, str] = {
    "headline": "标题 headline",
    "kicker": "引题 kicker",
    "subtitle": "副题 subtitle",
    "byline": "署名 byline",
}


@dataclass(frozen=True, slots=True)
class TitleChoice:
    """What the dialog returns: make `field` (a title field) or paragraph `paragraph` (its first `length`
    characters; all of it when None) the article's `role`. For a field, `length` is where to part it
    (`reader.corrections.split_title_op`); `join` joins the field with its neighbour into the headline
    (`reader.corrections.join_titles_op`), with a `space` or without; `to` moves it to the article
    before or after (`reader.corrections.move_title_op`)."""

    role: Role
    field: Role | None = None
    paragraph: int | None = None
    length: int | None = None
    join: bool = False
    space: bool = False
    to: int = 0
    """-1 or 1: move what is chosen to the article before or after, as its `role`."""
    split: int | None = None
    """Moving: split the receiving article at this paragraph, its part next to the title taking it."""
    back: bool = False
    """Put `field` back into the text, above paragraph `paragraph` (None: under the last paragraph)
    (`reader.corrections.to_text_op`)."""


HINT = (
    "h headline · k kicker · s subtitle · b byline · t into the text\n"
    "p/n: give it to the article before/after · again: to this one\n"
    "j joins the title line with its neighbour · J with a space\n"
    "↑/↓ what to take · ←/→ a shorter/longer line, or where to part\n"
    "a title (k: above it, s/b: below) · ctrl+←/→ by a word\n"
    "home the first word · end all · esc cancels"
)
PLACE_HINT = (
    "↑/↓ where it goes: above ▶ (the last row: under the last paragraph)\n"
    "home/end: the first/last row · t or enter puts it there\n"
    "esc: back to what to take"
)
SPLIT_HINT = (
    "↑/↓ the paragraph its story starts at · home/end: the first/last\n"
    "enter splits the article there · esc: back to what to take"
)

SHORT_HINTS = {
    HINT: "h headline · k kicker · s subtitle\nb byline · t text · esc cancels\n"
    "p/n: to the article before/after\n←/→ where to part · ctrl+←/→ a word",
    PLACE_HINT: "↑/↓ where (above ▶) · t/enter puts it · esc back",
    SPLIT_HINT: "↑/↓ where its story starts · enter splits · esc back",
}
"""What a short terminal shows instead of each hint (at 40x12 the hint was left out whole, and nothing on
screen said which key does what): the keys that finish the dialog, on one or two lines; the title's,
the keys that choose where to part a title (a headline run into its text: the word keys, ←/→ by one
character)."""

DIALOG_WIDTH = 72
"""Cells, as in the CSS: the dialog's width where the terminal has room."""

HEADINGS = {
    0: "更正标题  Make it the…",
    -1: "移到上一篇  Make it, in the article before, the…",
    1: "移到下一篇  Make it, in the article after, the…",
}
"""The dialog's heading, turned to this article (0), the one before (-1) or after (1)."""

LONGEST_TITLE = 40
"""Characters: a paragraph longer than this is a body paragraph more often than a title, and moves
to another article only when asked twice."""


@dataclass(slots=True)
class Source:
    """One row of what the dialog can take: a paragraph (its first `length` characters, a line) or a title
    field (`length`: where to part it), named `label`."""

    label: str
    text: str
    field: Role | None = None
    paragraph: int | None = None
    length: int | None = None

    @property
    def taken(self) -> str:
        """What would be taken: the text, or its first `length` characters."""
        return self.text if self.length is None else self.text[: self.length]


def paragraph_rows(
    paragraphs: list[str],
    chosen: int,
    first: int,
    count: int,
    width: int,
    flat: Callable[[str], str],
    out: Text,
) -> None:
    """Append to `out` the rows of `paragraphs` from `first`, `count` of them (no further than the
    last), each `第N段` and its opening cut to `width` cells (`flat`: on one line, as the terminal
    draws it), ▶ and bold on paragraph `chosen`."""
    for number in range(first, min(first + count, len(paragraphs))):
        mark = "▶ " if number == chosen else "  "
        label = f"第{number + 1}段  "
        room = max(width - cell_len(mark + label), 8)
        text = truncate(flat(paragraphs[number]), room)
        out.append(mark + label + text + "\n", style="bold" if number == chosen else "")
