"""Corrections in the reader: join, split, change a title's role, undo (`reader.corrections` does the work).

`Corrector` is a widget with nothing to draw that the main screen holds beside the reading pane. The screen
binds its keys (`KEYS`) and its actions call the methods here:

- `join`: the article being read joins the one before it on its page (J);
- `split`: a new article starts at the paragraph of the passage cursor (S). With the cursor hidden, the
  first press shows it on the first sentence on screen and says so; the second press splits there;
- `paragraph`: the paragraph break before the passage cursor's sentence (or a selection's start) goes
  (J's counterpart for paragraphs: the sentence opens a paragraph, which joins the one before it) or
  comes (it is inside one, which is broken there) (P). Like S, the first press shows a hidden cursor;
- `titles`: a small dialog (`TitleDialog`) makes the cursor's paragraph, its opening characters (a
  line), or one of the article's title fields the headline, kicker, subtitle or byline (t, then h/k/s/b),
  joins two title lines into one (j, J with a space) or parts one at a point (←/→, then k/s/b), puts a
  title back into the text above the cursor's paragraph (t), or moves a title to the article before or
  after as its headline, kicker, … (p or n, then h/k/s/b);
- `undo`: drop the page's last correction (u); `redo`: store again the one last undone (U), until the
  page is corrected anew (the undone ones are kept in the page's corrections file: a restart keeps them).

Each operation runs in a thread worker (undo reads the page file again to get the segmenter's own
answer) and posts `Corrected` with the page and where to keep the reader: the article that now holds the
paragraph being read, at that paragraph. The screen renumbers the library, rebuilds the list and reopens
the article; the bookmarks are anchored again by their quotes. Problems post `Failed` with a message.
Corrections are stored per page in the user data folder and applied on every load (`reader.corpus`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from textual import on, work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from reader.app.wrap import truncate

if TYPE_CHECKING:
    from reader.app.screens.title_dialog import TitleChoice
    from reader.app.widgets.passage import PassageCursor
    from reader.app.widgets.reading_pane import ReadingPane
    from reader.corrections import CorrectionStore, Role
    from reader.model import Article, Page


class Pages(Protocol):
    """What the corrector reads of the open library: pages, articles in page order, page of each."""

    pages: list[Page]
    articles: list[Article]
    page_of: list[int]


@dataclass(frozen=True, slots=True)
class Spot:
    """Where the reader is in an article: paragraph `paragraph` (its opening `opening`), `offset` into it."""

    paragraph: int
    opening: str
    offset: int


OPENING = 24
"""Characters of a paragraph's opening used to find it again after a correction."""


def paragraph_start(article: Article, paragraph: int) -> int:
    """Offset in `article.text` where paragraph `paragraph` starts."""
    return sum(len(p) + 1 for p in article.paragraphs[:paragraph])


def find_spot(articles: Sequence[Article], spot: Spot | None, fallback: int) -> tuple[int, int]:
    """The article of `articles` that now holds `spot`'s paragraph, and the body offset to show; else
    article `fallback` (clamped) from its top (-1)."""
    for index, article in enumerate(articles):
        if (offset := spot_offset(article, spot)) is not None:
            return index, offset
    return min(max(fallback, 0), max(len(articles) - 1, 0)), -1


def spot_offset(article: Article, spot: Spot | None) -> int | None:
    """The body offset in `article` of `spot`'s paragraph, found by its opening; None where no paragraph
    of `article` opens that way."""
    if spot is None or not spot.opening:
        return None
    for number, paragraph in enumerate(article.paragraphs):
        if paragraph.startswith(spot.opening):
            return paragraph_start(article, number) + min(spot.offset, len(paragraph))
    return None


def _undone_at(page: Page, local: int, dropped: dict[str, object] | None) -> int:
    """The article to show after an undo: for a join of the article being read (`local`) with the
    one after it, the article it parts off again (what J was pressed on); else `local`."""
    from reader.corrections import CorrectionError
    from reader.corrections.ops import find_article

    key = dropped.get("article") if dropped and dropped.get("op") == "join" else None
    if not isinstance(key, dict):
        return local
    try:
        parted = find_article(page.articles, key)
    except (CorrectionError, ValueError):
        return local
    return parted if parted == local + 1 else local


def keep_place(article: Article, spot: Spot | None) -> int:
    """The body offset of `article` to show after its titles changed: `spot`'s paragraph where it still
    opens the same way; else the paragraph now at its number (what followed a paragraph that became a
    title, or the rest of one whose opening did); the top (-1), titles and all, when that is the first
    paragraph or there is no body or no spot."""
    if spot is None or not article.paragraphs:
        return -1
    if (offset := spot_offset(article, spot)) is not None:
        return offset
    number = min(spot.paragraph, len(article.paragraphs) - 1)
    return paragraph_start(article, number) if number else -1  # the body's start: show the new titles too


_KINDS = {
    "join": "join",
    "split": "split",
    "join_paragraphs": "join of paragraphs",
    "split_paragraph": "paragraph break",
    "role": "title change",
    "join_titles": "join of title lines",
    "split_title": "parting of a title",
    "move_title": "move of a title",
    "to_text": "return of a title to the text",
}
"""What each stored operation is called in the notices."""


def back_at(article: Article, above: int | None) -> int:
    """The paragraph of `article` that a title put back into its text above paragraph `above` (None:
    under the last) has become."""
    return above if above is not None else len(article.paragraphs) - 1


def _shown(text: str | None, cells: int = 16) -> str:
    """A title or paragraph as a notice names it: on one line, cut to `cells`; "" for none."""
    return truncate(" ".join(text.split()), cells) if text else ""


class Corrector(Widget):
    """Join, split, retitle and undo on the article being read (see the module docstring)."""

    DEFAULT_CSS = """
    Corrector {
        display: none;
    }
    """

    KEYS: ClassVar[list[BindingType]] = [
        Binding("J", "correct('join')", "Join with previous", show=False, id="join_article"),
        Binding("S", "correct('split')", "Split here", show=False, id="split_article"),
        Binding("P", "correct('paragraph')", "Paragraph break", show=False, id="paragraph_break"),
        Binding("t", "correct('titles')", "Titles", show=False, id="set_title"),
        Binding("u", "correct('undo')", "Undo correction", show=False, id="undo_correction"),
        Binding("U", "correct('redo')", "Redo correction", show=False, id="redo_correction"),
    ]
    """The keys of this feature, bound by the screen; its action `correct(what)` calls `run`."""

    OPERATIONS = ("join", "split", "paragraph", "titles", "undo", "redo")

    @dataclass
    class Corrected(Message):
        """Page `page` has new articles: show its article `article` (page-local) at body offset `anchor`."""

        page: Page
        article: int
        anchor: int
        notice: str
        title: str
        cursor: bool = False
        """The passage cursor goes on the sentence at `anchor` (the sentence a paragraph break moved)."""
        before: list[Article] | None = None
        """The page's articles before the correction (the key terms' counts take the new ones instead)."""

    @dataclass
    class Failed(Message):
        """An operation could not be done (nothing stored)."""

        message: str

    def __init__(
        self, library: Pages, pane: ReadingPane, passage: PassageCursor, *, ambiguous_wide: bool = False
    ) -> None:
        super().__init__()
        self.library = library
        self.pane = pane
        self.passage = passage
        self.ambiguous_wide = ambiguous_wide
        self.busy = False
        """An operation is running: another one waits for it to finish (it works on the same page)."""

    @classmethod
    def key_sections(cls) -> list[tuple[str, list[BindingType]]]:
        """The keys of this feature and of the dialog it opens, as the help screen lists them."""
        from reader.app.screens.title_dialog import TitleDialog

        return [("Corrections", list(cls.KEYS)), ("Title dialog (t)", list(TitleDialog.BINDINGS))]

    # -- where the reader is ----------------------------------------------------------------------

    def _where(self, index: int | None) -> tuple[Page, int, Article] | None:
        """The page of article `index`, the article's index on that page, and the article."""
        library = self.library
        if index is None or not 0 <= index < len(library.articles):
            return None
        page = library.pages[library.page_of[index]]
        first = library.page_of.index(library.page_of[index])
        local = index - first
        article = library.articles[index]
        if not 0 <= local < len(page.articles) or page.articles[local] is not article:
            return None  # the page changed under the list: the screen has not reloaded it yet
        return page, local, article

    def _spot(self, article: Article, *, show: bool) -> Spot | None:
        """The paragraph of the passage cursor (shown on the first sentence on screen with `show`),
        else of the top line; None when the article has no body."""
        if not article.paragraphs:
            return None
        span = self.passage.current_or_visible() if show else self.passage.span()
        offset = span[0] if span is not None else max(self.pane.top_offset(), 0)
        number = article.text.count("\n", 0, offset)
        number = min(number, len(article.paragraphs) - 1)
        inside = offset - paragraph_start(article, number)
        return Spot(number, article.paragraphs[number][:OPENING], max(inside, 0))

    def _key(self, binding_id: str) -> str:
        keymap: dict[str, str] = dict(getattr(self.app, "_keymap", {}) or {})
        key = keymap[binding_id].split(",")[0] if binding_id in keymap else ""
        if not key:
            key = next(b.key for b in Binding.make_bindings(self.KEYS) if b.id == binding_id)
        return self.app.get_key_display(Binding(key.strip(), ""))

    # -- operations -------------------------------------------------------------------------------

    def run(self, what: str, index: int | None) -> None:
        """Do one of `OPERATIONS` on article `index` of the library (the one being read)."""
        if self.busy:
            self.notify("A correction is still being made.", title="Corrections", severity="warning")
            return
        if what not in self.OPERATIONS:
            return
        where = self._where(index)
        if where is None:
            return
        page, local, article = where
        if what == "join":
            if local == 0:
                self._fail("This is the first article of its page: there is nothing before it to join.")
                return
            self._start("join", page, local, self._spot(article, show=False))
        elif what == "split":
            self._split(page, local, article)
        elif what == "paragraph":
            self._paragraph(page, local, article)
        elif what == "titles":
            self._titles(page, local, article)
        elif what in ("undo", "redo"):
            self._start(what, page, local, self._spot(article, show=False))

    def _split(self, page: Page, local: int, article: Article) -> None:
        before = self.passage.span() if self.passage.active else None
        spot = self._spot(article, show=True)  # a hidden or scrolled-away cursor comes to the screen
        shown = before is not None and before == self.passage.span()
        if spot is None or len(article.paragraphs) < 2:
            self._fail("The article has one paragraph: there is nowhere to split it.")
            return
        key = self._key("split_article")
        if not shown:
            self.notify(
                f"Press {key} again to start a new article at the marked paragraph ({{ }} move it).",
                title="Split",
            )
            return
        if spot.paragraph == 0:
            self._fail(
                f"The paragraph already starts the article: move to a later one with }} and press {key}."
            )
            return
        self._start("split", page, local, Spot(spot.paragraph, spot.opening, 0), paragraph=spot.paragraph)

    def _paragraph(self, page: Page, local: int, article: Article) -> None:
        """Take away the paragraph break before the cursor's sentence (a selection's start), or put
        one there; the first press shows a hidden cursor and says so (`_split`)."""
        selected = self.pane.selection_span()
        before = self.passage.span() if self.passage.active else None
        if not article.paragraphs:
            self._fail("The article has no text: there is no paragraph break to correct.")
            return
        if selected is None:
            self.passage.current_or_visible()  # a hidden or scrolled-away cursor comes to the screen
            if before is None or before != self.passage.span():
                self.notify(
                    f"Press {self._key('paragraph_break')} again to start a new paragraph at the marked "
                    "sentence, or to join its paragraph with the one before when it opens one "
                    "(( ) and { } move it).",
                    title="Paragraph break",
                )
                return
        span = selected or self.passage.span()
        assert span is not None
        number = min(article.text.count("\n", 0, span[0]), len(article.paragraphs) - 1)
        at = span[0] - paragraph_start(article, number)
        text = article.paragraphs[number]
        if at > 0 and not text[:at].strip():
            at = 0  # (the paragraph's leading spaces)
        if at == 0 and number == 0:
            self._fail(
                f"This sentence opens the article: there is no paragraph before it to join "
                f"({self._key('join_article')} joins the article with the one before it)."
            )
            return
        spot = Spot(number, text[:OPENING], at)
        self._start("paragraph", page, local, spot, paragraph=number, at=at)

    def _titles(self, page: Page, local: int, article: Article) -> None:
        from reader.app.screens.title_dialog import TitleDialog

        spot = self._spot(article, show=bool(article.paragraphs))
        length = None
        if spot is not None:
            start = paragraph_start(article, spot.paragraph)
            span = self.pane.selection_span() or self.passage.span()
            end = start + len(article.paragraphs[spot.paragraph])
            if span is not None and span[0] == start and start < span[1] < end:
                length = span[1] - start  # the selection is the paragraph's opening: a line of it
        dialog = TitleDialog(
            article,
            spot.paragraph if spot is not None else None,
            length,
            before=page.articles[local - 1] if local > 0 else None,
            after=page.articles[local + 1] if local + 1 < len(page.articles) else None,
            ambiguous_wide=self.ambiguous_wide,
        )

        def chosen(choice: TitleChoice | None) -> None:
            if choice is not None:
                self._start("role", page, local, spot, choice=choice)

        self.app.push_screen(dialog, chosen)

    def _start(self, op: str, page: Page, local: int, spot: Spot | None, **details: object) -> None:
        self.busy = True
        self.correct(op, page, local, spot, self._key("undo_correction"), details)

    def _fail(self, message: str) -> None:
        self.post_message(self.Failed(message))

    @work(thread=True, exclusive=True, group="corrections", description="correct a page")
    def correct(
        self, op: str, page: Page, local: int, spot: Spot | None, undo: str, details: dict[str, object]
    ) -> None:
        """Apply operation `op` to article `local` of `page` and store it; `undo` is the undo key, for the
        notice (a thread: the file is written with fsync, and undo reads and may segment the page).
        Quitting the reader meanwhile waits for it (`keep_alive`): a correction made is stored."""
        from reader.fsutil import keep_alive

        with keep_alive():
            self._correct(op, page, local, spot, undo, details)

    def _correct(
        self, op: str, page: Page, local: int, spot: Spot | None, undo: str, details: dict[str, object]
    ) -> None:
        from reader.corrections import CorrectionError, CorrectionStore

        store = CorrectionStore()
        before = list(page.articles)
        article = page.articles[local]
        name = _shown(article.title, 24)
        try:
            if op not in ("undo", "redo") and not self._current(store, page):
                self._reload(page, local)
                return
            if op == "join":
                store.join(page, local)
                target, notice = local - 1, f"「{name}」 joined the article before it. {undo} undoes it."
                title = "Joined"
            elif op == "split":
                number = int(details["paragraph"])  # type: ignore[call-overload]
                store.split(page, local, number)
                target, title = local + 1, "Split"
                notice = f"A new article starts at paragraph {number + 1}. {undo} undoes it."
            elif op == "paragraph":
                target, notice, title = self._paragraph_break(store, page, local, details)
                notice += f" {undo} undoes it."
            elif op == "role":
                choice: TitleChoice = details["choice"]  # type: ignore[assignment]
                target, notice = self._role(store, page, local, choice)
                notice += f" {undo} undoes it."
                title = "Title moved" if choice.to else "Title changed"
            elif op == "redo":
                target, notice, title = self._redo(store, page, local, undo)
            else:
                target, notice, title = self._undo(store, page, local, self._key("redo_correction"))
        except (CorrectionError, OSError) as error:
            self.post_message(self.Failed(str(error)))
            return
        except Exception as error:  # a bug here must not close the reader; nothing was stored
            self.post_message(self.Failed(f"The correction failed ({type(error).__name__}: {error})."))
            return
        if op == "paragraph":
            index, anchor = target, int(details["anchor"])  # type: ignore[call-overload]
        elif op == "role" and details["choice"].to:  # type: ignore[attr-defined]
            index, anchor = target, -1  # the article that received the title: shown with it on top
        elif op == "role" and details["choice"].back:  # type: ignore[attr-defined]
            # the title put back: shown where it went (the top, titles and all, over the first paragraph)
            number = back_at(page.articles[target], details["choice"].paragraph)  # type: ignore[attr-defined]
            index, anchor = target, paragraph_start(page.articles[target], number) if number else -1
        elif op == "role":
            # The paragraph may have become the title: stay on the article the dialog acted on.
            # A paragraph made a headline or kicker in mid-article starts a new one: show it from the top.
            index, anchor = target, keep_place(page.articles[target], spot) if target == local else -1
        elif op == "undo" and target != local:
            # a join undone: the article parted off again, at the reading place if it is there, else
            # from its top (the place may be in the article it had joined, which J kept in view)
            offset = spot_offset(page.articles[target], spot)
            index, anchor = target, -1 if offset is None else offset
        else:
            index, anchor = find_spot(page.articles, spot, target)
        self.post_message(
            self.Corrected(page, index, anchor, notice, title, cursor=op == "paragraph", before=before)
        )

    @staticmethod
    def _paragraph_break(
        store: CorrectionStore, page: Page, local: int, details: dict[str, object]
    ) -> tuple[int, str, str]:
        """Join paragraph `details["paragraph"]` with the one before it (its character `at` 0), else
        break it at that character; `details["anchor"]` is set to the body offset of the sentence."""
        number, at = int(details["paragraph"]), int(details["at"])  # type: ignore[call-overload]
        if at == 0:
            lower = page.articles[local].paragraphs[number].lstrip()
            store.join_paragraphs(page, local, number)
            article = page.articles[local]
            joined = article.paragraphs[number - 1]
            details["anchor"] = paragraph_start(article, number - 1) + len(joined) - len(lower)
            return local, f"Paragraphs {number} and {number + 1} are one paragraph.", "Paragraphs joined"
        opening = page.articles[local].paragraphs[number][at:]
        store.split_paragraph(page, local, number, at)
        details["anchor"] = paragraph_start(page.articles[local], number + 1)
        notice = f"A new paragraph (paragraph {number + 2}) starts at 「{_shown(opening, 16)}」."
        return local, notice, "Paragraph break"

    @staticmethod
    def _role(store: CorrectionStore, page: Page, local: int, choice: TitleChoice) -> tuple[int, str]:
        from reader.corrections import STACK, role_op

        article = page.articles[local]
        if choice.to:
            return Corrector._move(store, page, local, choice)
        if choice.back and choice.field is not None:
            return Corrector._to_text(store, page, local, choice.field, choice.paragraph)
        if choice.join and choice.field is not None:
            store.join_titles(page, local, choice.field, space=choice.space)
            joined = getattr(page.articles[local], choice.role) or ""
            return local, f"The title lines are one {choice.role}: 「{truncate(joined, 40)}」."
        if choice.field is not None and choice.length is not None:
            store.split_title(page, local, choice.field, choice.length, choice.role)
            parted = page.articles[local]
            parts = [
                f"{name} 「{truncate(getattr(parted, name) or '', 16)}」"
                for name in STACK
                if name in (choice.field, choice.role)
            ]
            return local, f"The title is parted: {' and '.join(parts)}."
        held = _shown(getattr(article, choice.role))  # what the role held: where it goes is said
        if choice.field is not None:
            text = getattr(article, choice.field) or ""
            store.set_role(page, local, choice.role, field=choice.field)
            notice = f"The {choice.field} 「{truncate(text, 20)}」 is now the {choice.role}."
            if held:
                notice += f" The {choice.role} 「{held}」 is now the {choice.field}."
            return local, notice
        assert choice.paragraph is not None
        paragraph = article.paragraphs[choice.paragraph]
        taken = paragraph if choice.length is None else paragraph[: choice.length]
        op = role_op(page.articles, local, choice.role, paragraph=choice.paragraph, length=choice.length)
        store.add(page, op)
        # (the operation knows whether the paragraph is a title printed under its body: `after_body`)
        under_body = bool(op.get("after_body"))
        starts_new = choice.paragraph > 0 and choice.role in ("headline", "kicker") and not under_body
        target = local + 1 if starts_new else local
        what = "starts a new article as its" if starts_new else "is now the"
        if under_body:
            what = "(printed under the body) is now the"
        notice = f"「{_shown(taken, 20)}」 {what} {choice.role}."
        if held and not starts_new:  # (a new article has no titles to give up)
            notice += (
                f" The {choice.role} 「{held}」 went into the text in its place"
                f" (paragraph {choice.paragraph + 1})."
            )
        return target, notice

    @staticmethod
    def _to_text(
        store: CorrectionStore, page: Page, local: int, field: Role, above: int | None
    ) -> tuple[int, str]:
        """Put title field `field` back into the text, above paragraph `above` (None: under the last)."""
        from reader.corrections import to_text_op

        text = getattr(page.articles[local], field) or ""
        store.add(page, to_text_op(page.articles, local, field, above))
        number = back_at(page.articles[local], above)
        notice = f"The {field} 「{_shown(text, 20)}」 is back in the text: paragraph {number + 1}."
        if field == "headline":
            notice += " The article has no headline now: t, then h on a title or paragraph, gives it one."
        return local, notice

    @staticmethod
    def _move(store: CorrectionStore, page: Page, local: int, choice: TitleChoice) -> tuple[int, str]:
        """Move the chosen title, paragraph or line to the article before or after, as its role."""
        from reader.corrections import NEIGHBOURS, move_title_op

        receiving = page.articles[local + choice.to]
        held = getattr(receiving, choice.role)
        op = move_title_op(
            page.articles,
            local,
            choice.to,
            choice.role,
            field=choice.field,
            paragraph=choice.paragraph,
            length=choice.length,
            split=choice.split,
        )
        count = len(page.articles)
        store.add(page, op)
        # An article that held nothing but the title is gone: the one after it moved up; a split
        # article is two, the part before the split first.
        gone = len(page.articles) < count + (choice.split is not None)
        target = local + choice.to - (1 if choice.to > 0 and gone else 0)
        if choice.split is not None and choice.to < 0:
            target += 1
        notice = f"「{truncate(op['text'], 20)}」 is now the {choice.role} of {NEIGHBOURS[choice.to]}."
        if choice.split is not None:
            kept = _shown(held, 16)
            notice = (
                f"「{truncate(op['text'], 20)}」 is now the {choice.role} of a new article: "
                f"{NEIGHBOURS[choice.to]} is split at its paragraph {choice.split + 1} and keeps "
                f"its {choice.role} 「{kept}」."
            )
        elif held:
            notice += f" Its {choice.role} 「{truncate(' '.join(held.split()), 16)}」 took the place it left."
        return target, notice

    def _reload(self, page: Page, local: int) -> None:
        """Show `page` as another duba corrected it meanwhile (with the corrections stored now) instead
        of correcting the articles this reader still shows; nothing is stored."""
        from reader.corpus import load_page
        from reader.page.decode import DecodeError

        try:
            fresh = load_page(Path(page.path))
        except (OSError, DecodeError) as error:
            self.post_message(
                self.Failed(
                    f"This page was corrected meanwhile in another duba, and cannot be read again: {error}"
                )
            )
            return
        shown, before = page.articles[local].id, list(page.articles)
        page.articles = fresh.articles
        notice = (
            "This page was corrected meanwhile in another duba: it is shown with those corrections now. "
            "Nothing was changed here: correct it again if it still needs it."
        )
        # the article being read, where the other reader's corrections left it (else the one at its place)
        ids = [article.id for article in page.articles]
        index = ids.index(shown) if shown in ids else max(min(local, len(ids) - 1), 0)
        self.post_message(self.Corrected(page, index, -1, notice, "Page reloaded", before=before))

    @staticmethod
    def _current(store: CorrectionStore, page: Page) -> bool:
        """Do the page's stored corrections make its segmentation into the articles `page` holds? Not
        when another duba corrected the page meanwhile: an operation on the old articles would be
        stored, fit nothing, and be skipped with a warning on every load after."""
        from reader.corpus import load_page
        from reader.corrections import apply
        from reader.page.decode import DecodeError

        ops = store.ops(page.sha, page.path)
        if not ops:
            return True
        try:
            raw = load_page(Path(page.path), corrections=False)
        except (OSError, DecodeError):
            return True  # nothing to compare with: the operation is checked against `page` alone
        return raw.sha != page.sha or [a.id for a in apply(raw.articles, ops)[0]] == [
            a.id for a in page.articles
        ]

    def _redo(self, store: CorrectionStore, page: Page, local: int, undo: str) -> tuple[int, str, str]:
        from reader.corrections import CorrectionError

        op = store.redo(page)  # raises (and keeps it to redo) when the page no longer fits it
        if op is None:
            raise CorrectionError("There is no undone correction to redo on this page.")
        kind = _KINDS.get(str(op.get("op")), "correction")
        left = len(store.redoable(page))
        more = f" {left} more to redo." if left else ""
        return local, f"Redid the {kind}.{more} {undo} undoes it.", "Redone"

    @staticmethod
    def _undo(store: CorrectionStore, page: Page, local: int, redo: str) -> tuple[int, str, str]:
        from reader.corpus import load_page
        from reader.corrections import CorrectionError
        from reader.page.decode import DecodeError

        if not store.ops(page.sha, page.path):
            raise CorrectionError("There is no correction to undo on this page.")
        try:
            raw = load_page(Path(page.path), corrections=False)
        except DecodeError as error:
            raise CorrectionError(f"Cannot read the page again: {error}") from error
        if raw.sha != page.sha:
            raise CorrectionError("The page file changed since it was opened: open it again to undo.")
        dropped = store.undo(page, raw.articles)
        kind = _KINDS.get(str(dropped.get("op")) if dropped else "", "correction")
        left = len(store.ops(page.sha, page.path))
        more = f" {left} more on this page." if left else " The page is as the segmenter read it."
        return _undone_at(page, local, dropped), f"Undid the {kind}.{more} {redo} redoes it.", "Undone"

    def commands(self, index: int | None) -> Iterable[SystemCommand]:
        """Command palette entries of this feature, acting on article `index`."""
        entries = [
            (
                "join",
                "Join with previous article",
                "Join this article with the one before it",
                "join_article",
            ),
            ("split", "Split article here", "Start a new article at the cursor's paragraph", "split_article"),
            (
                "paragraph",
                "Paragraph break",
                "Start a new paragraph at the cursor's sentence, or join the paragraph it opens with "
                "the one before",
                "paragraph_break",
            ),
            (
                "titles",
                "Correct titles",
                "Make a paragraph, a line or a title the headline…, or move a title to the next article",
                "set_title",
            ),
            ("undo", "Undo correction", "Undo the page's last correction", "undo_correction"),
            ("redo", "Redo correction", "Redo the correction last undone on this page", "redo_correction"),
        ]
        for what, name, help_text, binding_id in entries:
            yield SystemCommand(
                name, f"{help_text} ({self._key(binding_id)})", partial(self.run, what, index)
            )

    # -- results ----------------------------------------------------------------------------------

    @on(Corrected)
    def _done(self, event: Corrected) -> None:
        self.busy = False  # the message goes on up to the screen, which shows the result

    @on(Failed)
    def _failed(self, event: Failed) -> None:
        self.busy = False
        event.stop()
        self.notify(event.message, title="Correction not made", severity="warning", timeout=8)
