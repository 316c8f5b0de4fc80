"""The small dialog behind `t`: make a paragraph, a line of it, or a title field the headline, kicker,
subtitle or byline; join two title lines into one headline, or part one in two.

The dialog lists what can be taken: the paragraph of the passage cursor and each title field the
article has. up/down choose one; for the paragraph, left/right take one character fewer or more from
its opening (a "line": a headline printed on the same line as the body, say), end all of it; it starts
as the passage cursor's sentence when that opens the paragraph. The part taken is shown in bold, the
rest plain. h, k, s or b then says what it becomes; escape cancels.

A headline run in with its first paragraph (`标题正文…` on one printed line) is cut off by a word at a
time: ctrl+left/right take a word fewer or more (a mark is a word; the words are the tokenizer's,
`reader.analysis.word_ends`, found in a thread when the dialog opens: a press before then acts once they
are), and home takes the first word alone, from where ctrl+right adds the headline's words one by one
(a headline is a few words; the sentence the dialog starts on runs on for many). On a title field the
same keys move the point to part it at by a word. macOS terminals send option+left/right as ESC b/f,
read as ctrl+left/right (`reader.app.driver`): in this dialog, which has no text box, they move by a word
too (escape then b typed in one read moves a word instead of closing the dialog: nothing is changed).

A headline printed over two lines at the column width is often read as a kicker and a headline
(`贵州加强和` / `改进临时救助工作`), and a long kicker so too. j joins the chosen title line with its
neighbour, as a wrapped line is read: no space between CJK; J joins with a space, as a two-part title
(`村里游客多  村民腰包鼓`) is kept. The line chosen says what the two were: the headline joins the
kicker above it (else the subtitle under it) into the headline, a subtitle the line above it into the
headline, and a kicker the line under it into the kicker (a wrapped kicker over the real headline,
read as subtitle: then s→h makes that the headline, two corrections in all); J, a two-part title, always
makes the headline (the dialog shows J's line too where it differs from j's). The wrapped line is the
common case, so it has the plain key; two keys rather than a toggle, so one key press says all, and
the dialog shows the joined line and its role before either is pressed. The reverse: on a title
field left/right set a point to part it at (shown `贵州加强和│改进临时救助工作`); k then makes the
part above the point the kicker (the rest stays), s or b the part below it the subtitle or byline.

A title that is no title at all (a subhead of the body, a caption, a line of text read as one) goes
back into the text with t ("text"): the dialog then lists the article's paragraphs, ▶ on the cursor's
(the one the dialog lists), and a last row under the last paragraph; ↑/↓ choose, and t again (or
enter) puts it there, above ▶ (the top of the body when ▶ is on the first: where a title printed
over its text was). An article with no body takes it as its only paragraph at once.

A title can belong to the article next to it: a story printed with its headline under its body
often has that headline read as the kicker of the story below. p (n) turns the dialog to the
article before (after), named under the list: h, k, s or b then make what is chosen that article's
headline, kicker, subtitle or byline (`reader.corrections.move_title_op`); p (n) again turns it back.
The same letters as reading (p/n: previous/next article), so the keys are already known.

When that article has the role already, the title is most often the headline of a story run on into
it (printed under that story's body, or over its start): the dialog then lists that article's
paragraphs and asks where the story starts (↑/↓, enter): the article is split there and the part next
to the title takes it, the other part keeping its own title (one correction, one u). Pressing the same
letter again instead swaps the two titles; a swap is never made by one key press.

p/n with a long paragraph chosen (the cursor's body paragraph: the dialog opens on it) turns the
choice to the first title field, and a paragraph longer than a title is taken or moved only when its
letter is pressed twice: `t h` or `t p h` must not make body text a headline by accident.
A headline or kicker taken from a later paragraph starts a new article there, but the whole last
paragraph is the title printed under its story's body: it heads the article it ends.

What the dialog offers and returns (`Source`, `TitleChoice`), its hints and its lists of paragraphs are
in `reader.app.screens.title_choice`; what it shows (its lists, and what a short terminal leaves out) in
`reader.app.screens.title_view`; this module is the screen: its state and its keys.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from reader.app.screens.modal import Modal
from reader.app.screens.title_choice import (
    HEADINGS,
    HINT,
    LONGEST_TITLE,
    ROLE_NAMES,
    Source,
    TitleChoice,
)
from reader.app.screens.title_view import TitleView
from reader.app.wrap import truncate
from reader.corrections import ROLES, STACK, Role, joined_role, split_problem, title_pair
from reader.model import Article

PAGE_ROWS = 7
"""Rows pgup/pgdn move in a list asking where (its window shows as many)."""
PAGE_JUMP = 1_000_000
"""A step past any list's end: home and end go to its first and last rows."""


class TitleDialog(TitleView, Modal[TitleChoice | None]):
    """Choose what to take (paragraph, line or field) and what it becomes (h/k/s/b), or join or
    part title lines (j/J; ←/→ then k/s/b), or move a title to the article before or after (p/n)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "role('headline')", "Headline", id="role_headline"),
        Binding("k", "role('kicker')", "Kicker", id="role_kicker"),
        Binding("s", "role('subtitle')", "Subtitle", id="role_subtitle"),
        Binding("b", "role('byline')", "Byline", id="role_byline"),
        Binding("j", "join(False)", "Join with the title line next to it", id="title_join"),
        Binding("J", "join(True)", "Join with a space", id="title_join_spaced"),
        Binding("t", "to_text", "Back into the text", id="title_to_text"),
        Binding("p", "neighbour(-1)", "Into the article before", id="title_to_previous"),
        Binding("n", "neighbour(1)", "Into the article after", id="title_to_next"),
        Binding("down,tab", "source(1)", "Next", show=False, id="title_source_down"),
        Binding("up", "source(-1)", "Previous", show=False, id="title_source_up"),
        Binding("left", "length(-1)", "Shorter line / part a title", show=False, id="title_shorter"),
        Binding("right", "length(1)", "Longer line / part a title", show=False, id="title_longer"),
        Binding("end", "whole", "Whole paragraph", show=False, id="title_whole"),
        Binding(
            "ctrl+left",
            "word(-1)",
            "A word shorter / part a word earlier",
            show=False,
            id="title_word_shorter",
        ),
        Binding(
            "ctrl+right", "word(1)", "A word longer / part a word later", show=False, id="title_word_longer"
        ),
        Binding("home", "first", "First word / first row", show=False, id="title_first"),
        Binding("pagedown", "page(1)", "Rows further down", show=False, id="title_page_down"),
        Binding("pageup", "page(-1)", "Rows further up", show=False, id="title_page_up"),
        Binding("enter", "split_here", "Split it there", show=False, id="title_split_here"),
        Binding("escape", "cancel", "Cancel", id="cancel_title"),
    ]

    DEFAULT_CSS = """
    TitleDialog {
        align: center middle;
        overflow: hidden;
    }
    #title-dialog {
        width: 72;
        max-width: 100%;
        height: auto;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    #title-dialog-title {
        text-style: bold;
    }
    #title-sources {
        margin: 1 0;
    }
    """

    def __init__(
        self,
        article: Article,
        paragraph: int | None,
        length: int | None = None,
        *,
        before: Article | None = None,
        after: Article | None = None,
        ambiguous_wide: bool = False,
    ) -> None:
        super().__init__()
        self.article = article
        self.neighbours = {-1: before, 1: after}
        self.to = 0
        """0: this article; -1 or 1: the article before or after receives what is chosen."""
        self.ambiguous_wide = ambiguous_wide
        self.sources: list[Source] = []
        body = len(article.paragraphs)
        self.place = paragraph if paragraph is not None and 0 <= paragraph < body else body
        """The paragraph a title put back into the text (t) goes above (past the last: under it)."""
        self.placing = False
        """t pressed on a title: asking where in the text it goes (`place`)."""
        if paragraph is not None and 0 <= paragraph < len(article.paragraphs):
            text = article.paragraphs[paragraph]
            self.sources.append(
                Source(f"第{paragraph + 1}段 paragraph", text, paragraph=paragraph, length=length)
            )
        for name in STACK:  # as printed, top to bottom: j joins a line with the one under it
            value = getattr(article, name)
            if value:
                self.sources.append(Source(ROLE_NAMES[name], value, field=name))
        self.chosen = 0
        self.splitting: Role | None = None
        """Moving onto an article that has this role already: where to split it (`split_at`)."""
        self.split_at = 0
        self.asked: str | None = None
        """`ROLE:long` or `ROLE:swap`: the role key pressed once where it acts on a second press (a
        paragraph long for a title; a swap of two titles)."""
        self.note = ""
        """What the dialog says under the list (why a key did not act yet)."""
        self.short_note = ("", "")
        """(a note, its short form): what is said instead of that note on a very short terminal."""
        self.turned_from: int | None = None
        """The choice p/n turned away from a long paragraph (restored when turned back)."""
        self.heading = HEADINGS[0]
        self.words: dict[int, list[int]] | None = None
        """Where a word ends in each source's text (by its index in `sources`); None until found."""
        self.word_steps: list[int] = []
        """Word moves pressed before the words were found (0: home), made once they are."""

    def compose(self) -> ComposeResult:
        with Vertical(id="title-dialog"):
            yield Static(self.heading, id="title-dialog-title")
            yield Static(id="title-sources")
            yield Static(HINT, id="title-dialog-hint")

    def on_mount(self) -> None:
        self._show()
        texts = [source.text for source in self.sources]
        words = partial(_words_of, texts)
        self.run_worker(words, thread=True, name="title words", group="title-words", exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "title words" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        # (no tokenizer: no word ends, and a word key takes all but one character or all of it)
        self.words = event.worker.result if event.state == WorkerState.SUCCESS else {}
        steps, self.word_steps = self.word_steps, []
        for step in steps:
            self._word(step)

    def on_resize(self) -> None:
        self._show()

    def _say(self, note: str = "", asked: str | None = None, short: str = "") -> None:
        self.note, self.asked = note, asked
        self.short_note = (note, short or note)
        self._show()

    def action_source(self, step: int) -> None:
        """Choose the next (or previous) thing to take; splitting: the paragraph to split at."""
        self.note, self.asked = "", None
        if self.placing:
            self.place = min(max(self.place + step, 0), len(self.article.paragraphs))
            self._show()
        elif self.splitting:
            receiving = self.neighbours[self.to]
            if receiving is not None:
                self.split_at = min(max(self.split_at + step, 1), len(receiving.paragraphs) - 1)
            self._show()
        elif self.sources:
            self.chosen = (self.chosen + step) % len(self.sources)
            self._show()

    def action_length(self, step: int) -> None:
        """Take one character fewer or more of the paragraph's opening (all of it: the whole paragraph);
        on a title field, move the point to part it at (past its end: no point)."""
        source = self.source
        if source is None or self._asking():
            return
        self.note, self.asked = "", None
        full = len(source.text)
        length = full if source.length is None else source.length
        length = min(max(length + step, 1), full)
        source.length = None if length == full else length
        self._show()

    def action_word(self, step: int) -> None:
        """Take a word fewer (`step` -1) or more (1) of the paragraph's opening; on a title field, move
        the point to part it at by a word (past the last: no point)."""
        if self.source is None or self._asking():
            return
        self.note, self.asked = "", None
        self._word(step)

    def _word(self, step: int) -> None:
        """Move the chosen source's cut to the word end before (`step` < 0) or after it (> 0), or (0)
        to its first word's end; before the words are found, once they are."""
        source = self.source
        if source is None:
            return
        if self.words is None:
            self.word_steps.append(step)
            return
        ends = self.words.get(self.chosen, [])
        full = len(source.text)
        length = full if source.length is None else source.length
        if step < 0:
            length = max((end for end in ends if end < length), default=1)
        elif step > 0:
            length = min((end for end in ends if end > length), default=full)
        else:
            length = ends[0] if ends else 1
        length = min(max(length, 1), full)
        source.length = None if length == full else length
        self._show()

    def action_whole(self) -> None:
        """Take the whole paragraph (the whole title field: no point to part it at); asking where (a
        title put back into the text, a story's start), the last row."""
        if self._asking():
            self.action_source(PAGE_JUMP)
            return
        source = self.source
        if source is not None:
            source.length = None
            self._show()

    def action_first(self) -> None:
        """Asking where: the first row (a title put back above the first paragraph, which had to be
        reached by ↑ one row at a time from the cursor's). Else the first word alone of what is chosen
        (a run-in headline's start, from where ctrl+right adds its words)."""
        if self._asking():
            self.action_source(-PAGE_JUMP)
        elif self.source is not None:
            self.note, self.asked = "", None
            self._word(0)

    def action_page(self, step: int) -> None:
        """Asking where: a list's window of rows further down (up)."""
        if self._asking():
            self.action_source(step * PAGE_ROWS)

    def action_neighbour(self, to: int) -> None:
        """Turn the dialog to the article before (`to` -1) or after (1); again: back to this one.
        A long paragraph chosen (the dialog opens on the cursor's) gives way to the first title."""
        if self._asking():
            return
        self.note, self.asked = "", None
        if self.to == to:
            self.to = 0
        elif self.neighbours.get(to) is None:
            where = "before" if to < 0 else "after"
            self.notify(f"There is no article {where} this one on its page.", title="Titles")
            return
        else:
            self.to = to
        self.heading = HEADINGS[self.to]
        source = self.source
        if not self.to and self.turned_from is not None:  # turned back: the choice it had
            self.chosen, self.turned_from = self.turned_from, None
        elif self.to and source is not None and source.paragraph is not None and self._long(source):
            fields = [n for n, s in enumerate(self.sources) if s.field is not None]
            if fields:
                self.chosen, self.turned_from = fields[0], self.chosen
                self.note = "The paragraph is long for a title: the title is chosen (↑ the paragraph)."
        self._show()

    @staticmethod
    def _long(source: Source) -> bool:
        return len(source.taken.strip()) > LONGEST_TITLE

    def action_role(self, role: str) -> None:
        """Make what is chosen the article's `role`; a title field with a point set is parted there.
        Turned to a neighbour (p/n): make it that article's `role`."""
        source = self.source
        if source is None or role not in ROLES or self.placing:
            return
        if self.to:
            self._move(role, source)  # type: ignore[arg-type]
            return
        if self._asked_twice(role, source):
            return
        if source.field == role:
            self.notify(f"It is the {role} already.", title="Titles")
            return
        if source.field is not None and source.length is not None:
            problem = split_problem(self.article, source.field, source.length, role)
            if problem is not None:  # (said here, the dialog staying open)
                self.notify(f"{problem[0].upper()}{problem[1:]}.", title="Titles")
                return
        choice = TitleChoice(role, source.field, source.paragraph, source.length)  # type: ignore[arg-type]
        self.dismiss(choice)

    def action_join(self, space: bool) -> None:
        """Join the chosen title line with its neighbour (with a `space` or not): into the kicker for a
        kicker joined without a space, else the headline (`reader.corrections.joined_role`)."""
        source = self.source
        if self._asking():
            return
        if self.to:
            key = "p" if self.to < 0 else "n"
            self.notify(f"j joins title lines of this article: {key} turns back to it.", title="Titles")
            return
        if source is None or source.field is None:
            self.notify("j joins title lines: choose the kicker, headline or subtitle (↑/↓).", title="Titles")
            return
        if title_pair(self.article, source.field) is None:
            self.notify(f"There is no other title line to join the {source.field} with.", title="Titles")
            return
        self.dismiss(TitleChoice(joined_role(source.field, space), source.field, join=True, space=space))

    def action_to_text(self) -> None:
        """Ask where in the text the chosen title field goes back (▶ on the cursor's paragraph); again:
        put it there (`place`). An article with no body takes it at once."""
        source = self.source
        if self.splitting or source is None:
            return
        if self.placing:
            self.action_split_here()
            return
        if self.to:
            key = "p" if self.to < 0 else "n"
            self.notify(
                f"t puts a title of this article back into its text: {key} turns back to it.", title="Titles"
            )
            return
        if source.field is None:
            self.notify("It is in the text already: choose a title line (↑/↓) to put back.", title="Titles")
            return
        if source.length is not None:
            self.notify("A title goes back whole: end takes away the point.", title="Titles")
            return
        if self.article.paragraphs:
            self.placing = True  # (the hint says the keys)
            self._say()
            return
        self.dismiss(TitleChoice(source.field, source.field, None, back=True))

    def _move(self, role: Role, source: Source) -> None:
        """h/k/s/b turned to a neighbour: move what is chosen there, asking first where a key press
        could do what was not meant (a long paragraph; a role the neighbour has: split or swap)."""
        receiving = self.neighbours[self.to]
        assert receiving is not None
        again = self.asked == f"{role}:swap"
        if source.field is not None and source.length is not None:
            self.notify("A title moves whole: end takes away the point.", title="Titles")
            return
        if self.splitting:
            if role == self.splitting:  # the same letter again: swap, as asked
                self.dismiss(TitleChoice(role, source.field, source.paragraph, source.length, to=self.to))
            return
        if self._asked_twice(role, source):
            return
        held = getattr(receiving, role)
        if held and not (source.field == role and held == source.text):
            name = truncate(self._flat(held), 16)
            if len(receiving.paragraphs) >= 2:
                self.splitting = role
                self.split_at = len(receiving.paragraphs) - 1 if self.to < 0 else 1
                self._say(
                    f"It has a {role} already (「{name}」): enter splits it at ▶, "
                    f"{role[0]} again swaps the two, esc goes back.",
                    short=f"enter splits at ▶ · {role[0]} swaps · esc back",
                )
                return
            if not again:
                self._say(
                    f"It has a {role} already (「{name}」): {role[0]} again swaps the two.", f"{role}:swap"
                )
                return
        self.dismiss(TitleChoice(role, source.field, source.paragraph, source.length, to=self.to))

    def _asked_twice(self, role: str, source: Source) -> bool:
        """Is this the first press of `role` on a paragraph longer than a title (the dialog opens on the
        cursor's: one letter would make body text a title)? Then say so; the second press acts."""
        if source.paragraph is None or not self._long(source) or (self.asked or "").startswith(f"{role}:"):
            return False
        verb = "moves" if self.to else "takes"
        self._say(
            f"That is {len(source.taken.strip())} characters of a paragraph, long for a title: "
            f"{role[0]} again {verb} it, ←/→ take fewer.",
            f"{role}:long",
        )
        return True

    def action_split_here(self) -> None:
        """Splitting: split the receiving article at the chosen paragraph; it takes the title there.
        Putting a title back into the text: put it above ▶ (past the last paragraph: under it)."""
        source = self.source
        if self.placing and source is not None and source.field is not None:
            place = self.place if self.place < len(self.article.paragraphs) else None
            self.dismiss(TitleChoice(source.field, source.field, place, back=True))
            return
        if not self.splitting or source is None:
            return
        self.dismiss(
            TitleChoice(
                self.splitting, source.field, source.paragraph, source.length, to=self.to, split=self.split_at
            )
        )

    def action_cancel(self) -> None:
        """Close without changing anything; asking where: back to the choice of what to take."""
        if self.placing:
            self.placing = False
            self._say()
            return
        if self.splitting:
            self.splitting = None
            self._say()
            return
        self.dismiss(None)


def _words_of(texts: list[str]) -> dict[int, list[int]]:
    """Where a word ends in each of `texts`, by its index (runs the tokenizer: in a thread)."""
    from reader.analysis import word_ends

    return {number: word_ends(text) for number, text in enumerate(texts)}
