"""What the title dialog (`reader.app.screens.title_dialog`) shows: the list of what can be taken
(the cursor's paragraph and the title fields, ▶ on the chosen one, the part taken in bold, a point to
part a title at as │), what t and j would make of it, and the lists that ask where (the paragraphs a
title put back goes above; the paragraph of the article receiving a title where its story starts).

`TitleView` is the dialog's drawing half, a mixin: `TitleDialog` holds the state it reads (what is
chosen, which article receives it, where) and the keys that change it, and calls `_show` after each.
On a short terminal `_show` leaves parts out (the margins, the heading, the hint, rows of a list, the
question) so that the list and the note under it stay in sight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from reader.app.screens.title_choice import (
    DIALOG_WIDTH,
    HINT,
    PLACE_HINT,
    ROLE_NAMES,
    SHORT_HINTS,
    SPLIT_HINT,
    Source,
    paragraph_rows,
)
from reader.app.wrap import display_text, truncate, truncate_start
from reader.corrections import Role, joined_role, joined_title, title_pair

if TYPE_CHECKING:
    from reader.app.screens.modal import Modal
    from reader.model import Article

    _Screen = Modal[Any]  # (for the type checker: the screen it is mixed into)
else:
    _Screen = object


class TitleView(_Screen):
    """The drawing of the title dialog (see the module docstring); mixed into `TitleDialog`."""

    article: Article
    sources: list[Source]
    chosen: int
    to: int
    neighbours: dict[int, Article | None]
    place: int
    placing: bool
    splitting: Role | None
    split_at: int
    note: str
    short_note: tuple[str, str]
    heading: str
    ambiguous_wide: bool

    @property
    def source(self) -> Source | None:
        """What is chosen to be taken."""
        return self.sources[self.chosen] if self.sources else None

    def _show(self) -> None:
        if not self.query("#title-sources"):
            return  # keys typed right after t (a burst) act before the dialog is composed: shown on mount
        sources = self.query_one("#title-sources", Static)
        # The dialog's width less its border and padding, read off the screen: the content region
        # lags a layout behind when the dialog changes height
        width = max(min(DIALOG_WIDTH, self.size.width) - 4 if self.size.width else 0, 20)
        hint = SPLIT_HINT if self.splitting else PLACE_HINT if self.placing else HINT
        heading = self.query_one("#title-dialog-title", Static)
        heading.update(self.heading)
        # A short terminal (the dialog cut at 30x10 left ▶ out of sight): leave out, in this order, the
        # margins, the heading, the hint for its short form, list rows past 3 around ▶, the question and
        # the blank line over the note, the note's long form (24x8), so that the list and the note stay
        # in sight; the short hint goes before the question, or before the note where there is one.
        room = self.size.height - 2  # inside the border; 0 before the first layout: no limit
        shown = {
            "margins": True,
            "heading": True,
            "hint": True,
            "question": True,
            "gap": True,
            "note": True,
            "short": True,
        }
        window = 7

        def body() -> Text:
            if self.splitting:
                out = self._split_list(width, window, question=shown["question"])
            elif self.placing:
                out = self._place_list(width, window, question=shown["question"])
            else:
                out = self._source_list(width)
            note = self.note
            if not shown["note"] and self.short_note[0] == note:
                note = self.short_note[1]
            if note:
                gap = shown["gap"] or not out.plain.endswith("\n")
                out.append("\n" + note if gap else note, style="bold")
            return out

        def shown_hint() -> str:
            return hint if shown["hint"] else SHORT_HINTS[hint] if shown["short"] else ""

        def height(out: Text) -> int:
            lines = self._lines(out, width)
            lines += self._lines(Text(shown_hint()), width) if shown_hint() else 0
            lines += self._lines(Text(self.heading), width) if shown["heading"] else 0
            return lines + (2 if shown["margins"] else 0)

        out = body()
        # (a note says what the keys do now, and a question where the list is: they stay before it)
        parts = ["margins", "heading", "hint", "window", "question", "gap", "note"]
        parts.insert(parts.index("note" if self.note else "question"), "short")
        for part in parts:
            if room <= 0 or height(out) <= room:
                break
            if part == "window":
                while self._asking() and window > 3 and height(out) > room:
                    window -= 1
                    out = body()
            else:
                shown[part] = False
                out = body()
        sources.styles.margin = (1, 0) if shown["margins"] else (0, 0)
        heading.display = shown["heading"]
        hint_widget = self.query_one("#title-dialog-hint", Static)
        hint_widget.display = bool(shown_hint())
        sources.update(out)
        hint_widget.update(shown_hint())

    def _lines(self, text: Text, width: int) -> int:
        """How many lines `text` takes at `width` cells."""
        return len(text.wrap(self.app.console, width))

    def _flat(self, text: str) -> str:
        """`text` on one line, as this terminal draws it (`display_text`)."""
        return display_text(" ".join(text.split()), self.ambiguous_wide)

    def _asking(self) -> bool:
        """Is the dialog asking where (to split the receiving article, to put a title back)? What to
        take is settled then."""
        return bool(self.splitting) or self.placing

    def _place_list(self, width: int, window: int = 7, *, question: bool = True) -> Text:
        """The article's paragraphs, a window of `window` around ▶, the one a title put back into the
        text goes above, and a last row under the last paragraph, under the question (unless not
        `question`)."""
        paragraphs = self.article.paragraphs
        rows = len(paragraphs) + 1
        first = min(max(self.place - window // 2, 0), max(rows - window, 0))
        out = Text()
        if question:
            what = self.source.text if self.source is not None else ""
            name = truncate(self._flat(what), 16)
            out.append(f"Where in the text does 「{name}」 go? (above ▶)\n", style="dim")
        paragraph_rows(paragraphs, self.place, first, window, width, self._flat, out)
        if first + window >= rows:  # the last row: under the last paragraph
            chosen = self.place == len(paragraphs)
            mark = "▶ " if chosen else "  "
            out.append(mark + "（末）under the last paragraph\n", style="bold" if chosen else "dim")
        out.rstrip()  # (the margin under the list is the gap over the hint)
        return out

    def _split_list(self, width: int, window: int = 7, *, question: bool = True) -> Text:
        """The receiving article's paragraphs, a window of `window` around the one its story would start
        at, under the question (unless `question` is False)."""
        receiving = self.neighbours[self.to]
        assert receiving is not None and self.splitting is not None
        paragraphs = receiving.paragraphs
        first = min(max(self.split_at - window // 2, 0), max(len(paragraphs) - window, 0))
        part = "from ▶ on" if self.to < 0 else "before ▶"
        out = Text()
        if question:
            out.append(f"Which paragraph does its story start at? ({part} takes the title)\n", style="dim")
        paragraph_rows(paragraphs, self.split_at, first, window, width, self._flat, out)
        return out

    def _source_list(self, width: int) -> Text:
        out = Text()
        for number, source in enumerate(self.sources):
            chosen = number == self.chosen
            mark = "▶ " if chosen else "  "
            out.append(mark + source.label + "  ", style="bold" if chosen else "")
            room = max(width - cell_len(mark + source.label) - 2, 8)
            text = self._flat(source.text)
            if source.length is None:
                out.append(truncate(text, room), style="bold" if chosen else "")
            elif source.paragraph is None:  # a title field with a point to part it at
                upper = display_text(source.text[: source.length], self.ambiguous_wide)
                lower = display_text(source.text[source.length :], self.ambiguous_wide)
                # The point stays in sight: the part below gets up to a third of the room, and a part
                # above too long for the rest loses its start (…指引│点亮河岸步道), not the point.
                free = room - 1
                below = min(cell_len(lower), max(free - cell_len(upper), free // 3))
                out.append(truncate_start(upper, free - below), style="bold" if chosen else "")
                out.append("│", style="reverse")
                out.append(truncate(lower, below), style="bold" if chosen else "")
            else:
                taken = display_text(source.text[: source.length], self.ambiguous_wide)
                rest = display_text(source.text[source.length :], self.ambiguous_wide)
                if cell_len(taken) < room or not chosen:
                    shown = truncate(taken, room)
                    out.append(shown, style="bold reverse" if chosen else "bold")
                    if len(shown) == len(taken):
                        out.append(truncate(rest, max(room - cell_len(taken), 1)))
                else:  # too long for the line: its start, its end and what follows stay in sight, or
                    # ←/→ would change nothing to be seen (`…` stands for the middle of the part taken)
                    after = max(min(cell_len(rest), room // 3), 1)
                    start = truncate(taken, (room - after) // 2)
                    end = truncate_start(taken, room - after - cell_len(start), ellipsis="")
                    out.append(start + end, style="bold reverse")
                    out.append(truncate(rest, after))
            out.append("\n")
        if not self.sources:
            out.append("Nothing to take: the article is empty.", style="italic")
        receiving = self.neighbours.get(self.to)
        if receiving is not None:
            label = f"\n→ {'上一篇 the article before' if self.to < 0 else '下一篇 the article after'}  "
            out.append(label, style="bold")
            name = receiving.headline or receiving.kicker or "无题 untitled: " + receiving.title
            room = max(width - cell_len(label.lstrip("\n")), 8)
            out.append(truncate(self._flat(name), room))
        if self._back_possible():
            out.append(f"\nt → 正文 text  {self._place_name()}", style="dim")
        roles: list[Role] = []
        for key, space in (("j", False), ("J", True)):
            joined = self._joined(space)
            if joined is None or joined[0] in roles:  # J is shown where it makes another role (a kicker's)
                continue
            role, text = joined
            roles.append(role)
            out.append(f"\n{key} → {ROLE_NAMES[role]}  ", style="dim")
            room = max(width - cell_len(ROLE_NAMES[role]) - 6, 8)
            out.append(truncate(display_text(text, self.ambiguous_wide), room), style="dim")
        return out

    def _back_possible(self) -> bool:
        """Can t put what is chosen back into the text (a whole title field of this article)?"""
        source = self.source
        return source is not None and source.field is not None and source.length is None and not self.to

    def _place_name(self) -> str:
        """Where t (then t again) puts a title back into the text, in words."""
        if self.place < len(self.article.paragraphs):
            return f"above 第{self.place + 1}段 paragraph {self.place + 1} (then ↑/↓: where)"
        if self.article.paragraphs:
            return "under the last paragraph (then ↑/↓: where)"
        return "as the article's only paragraph"

    def _joined(self, space: bool = False) -> tuple[Role, str] | None:
        """The title line j (J: with a `space`) would make of the chosen line and its neighbour, and its
        role; None when it cannot."""
        source = self.source
        if source is None or source.field is None or source.length is not None or self.to:
            return None
        pair = title_pair(self.article, source.field)
        if pair is None:
            return None
        upper, lower = (getattr(self.article, name) for name in pair)
        return joined_role(source.field, space), joined_title(upper, lower, space)
