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
- `kind`: the passage cursor's paragraph (the paragraphs a selection covers) is a caption: with a
  credit line under it, it becomes a photo item of its own, apart from the story (the whole article,
  where that is all its text); on a photo item, it is an article after all (F). Like S, the first
  press shows a hidden cursor;
- `undo`: drop the page's last correction (u); `redo`: store again the one last undone (U), until the
  page is corrected anew (the undone ones are kept in the page's corrections file: a restart keeps them).

Each operation runs in a thread worker (`CorrectionRunner`, `reader.app.correction_runner`, which this
widget extends; undo reads the page file again to get the segmenter's own answer): `reader.app.correcting`
carries it out and words its notice, `reader.app.spots` says where to keep the reader (the article that
now holds the paragraph being read, at that paragraph), and the worker posts `Corrected` with the page
and that place. The screen renumbers the library, rebuilds the list and reopens the article, then calls
`shown`; the bookmarks are anchored again by their quotes. The worker posts `Failed` with a message
when it stores nothing (a refusal found before, as J on the first article, is said at once). A key
pressed while a correction is being made waits for it (up to `WAITING` of them, in order), then acts on
the article the reader is shown after it, once the screen has drawn it (J J J joins three articles, u u
undoes two corrections); the keys that open a dialog are refused meanwhile (the dialog would come up
over a page about to change). Corrections are stored per page in the user data folder and applied on
every load (`reader.corpus`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, ClassVar, Protocol, Unpack

from textual.app import SystemCommand
from textual.binding import Binding, BindingType

from reader.app.correction_runner import CorrectionRunner, Request
from reader.app.spots import OPENING, Details, Spot, covered, paragraph_start

if TYPE_CHECKING:
    from reader.app.screens.title_choice import TitleChoice
    from reader.app.widgets.passage import PassageCursor
    from reader.app.widgets.reading_pane import ReadingPane
    from reader.model import Article, Page


CORRECTIONS: list[tuple[str, str, str, str]] = [
    ("join", "Join with previous article", "Join this article with the one before it", "join_article"),
    ("split", "Split article here", "Start a new article at the cursor's paragraph", "split_article"),
    (
        "paragraph",
        "Paragraph break",
        "Start a new paragraph at the cursor's sentence, or join the paragraph it opens with the one before",
        "paragraph_break",
    ),
    (
        "inside",
        "Paragraph break inside the sentence",
        "Choose where inside the cursor's sentence a new paragraph starts",
        "break_inside",
    ),
    (
        "titles",
        "Correct titles",
        "Make a paragraph, a line or a title the headline…, or move a title to the next article",
        "set_title",
    ),
    (
        "kind",
        "Photo or article",
        "Make the cursor's paragraph a photo of its own (a caption), or a photo item an article",
        "item_kind",
    ),
    ("undo", "Undo correction", "Undo the page's last correction", "undo_correction"),
    ("redo", "Redo correction", "Redo the correction last undone on this page", "redo_correction"),
]
"""The corrections in the palette (`Corrector.commands`): what `Corrector.run` is told, the name, what it
does, the binding id whose key the entry names."""


WAITING = 8
"""The most correction keys kept waiting for the correction being made; more are refused."""

DIALOGS = ("inside", "titles")
"""The corrections whose key opens a dialog: refused while another is being made, not kept waiting."""


class Pages(Protocol):
    """What the corrector reads of the open library: pages, articles in page order, page of each."""

    pages: list[Page]
    articles: list[Article]
    page_of: list[int]


class Corrector(CorrectionRunner):
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
        Binding("I", "correct('inside')", "Break inside the sentence", show=False, id="break_inside"),
        Binding("t", "correct('titles')", "Titles", show=False, id="set_title"),
        Binding("F", "correct('kind')", "Photo or article", show=False, id="item_kind"),
        Binding("u", "correct('undo')", "Undo correction", show=False, id="undo_correction"),
        Binding("U", "correct('redo')", "Redo correction", show=False, id="redo_correction"),
    ]
    """The keys of this feature, bound by the screen; its action `correct(what)` calls `run`."""

    OPERATIONS = ("join", "split", "paragraph", "inside", "titles", "kind", "undo", "redo")

    def __init__(
        self, library: Pages, pane: ReadingPane, passage: PassageCursor, *, ambiguous_wide: bool = False
    ) -> None:
        super().__init__()
        self.library = library
        self.pane = pane
        self.passage = passage
        self.ambiguous_wide = ambiguous_wide
        self._waiting: deque[str] = deque()
        """Corrections asked for while one was being made, oldest first (`run`'s `what`)."""

    @classmethod
    def key_sections(cls) -> list[tuple[str, list[BindingType]]]:
        """The keys of this feature and of the dialog it opens, as the help screen lists them."""
        from reader.app.screens.break_dialog import BreakDialog
        from reader.app.screens.title_dialog import TitleDialog

        return [
            ("Corrections", list(cls.KEYS)),
            ("Title dialog (t)", list(TitleDialog.BINDINGS)),
            ("Break inside a sentence (I)", list(BreakDialog.BINDINGS)),
        ]

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

    def _hint(self, message: str, title: str, short: str = "") -> None:
        """Say what a second press does. On a short terminal its notice takes the pane's lower rows
        (`reader.app.app.SHORT_NOTICES`): the sentence just marked comes to the pane's top line first,
        above it (at 40x12 the marked paragraph was under the notice that named it), and the `short`
        form is said, if any (P's filled the pane)."""
        span = self.passage.span()
        if self.app.has_class("-short-notices"):
            message = short or message
            if span is not None:
                self.pane.scroll_to_offset(span[0], top=True)
        self.notify(message, title=title)

    def _key(self, binding_id: str) -> str:
        keymap: dict[str, str] = dict(getattr(self.app, "_keymap", {}) or {})
        key = keymap[binding_id].split(",")[0] if binding_id in keymap else ""
        if not key:
            key = next(b.key for b in Binding.make_bindings(self.KEYS) if b.id == binding_id)
        return self.app.get_key_display(Binding(key.strip(), ""))

    # -- operations -------------------------------------------------------------------------------

    def run(self, what: str, index: int | None) -> None:
        """Do one of `OPERATIONS` on article `index` of the library (the one being read); while another
        correction is being made, once it is shown, on the article being read then."""
        if what not in self.OPERATIONS:
            return
        if self.busy or self._waiting:
            if what in DIALOGS or len(self._waiting) >= WAITING:
                self.notify("A correction is still being made.", title="Corrections", severity="warning")
            else:
                self._waiting.append(what)
            return
        self._do(what, index)

    def _go_on(self) -> None:
        if self._waiting:
            self.call_after_refresh(self._next)  # (the screen has drawn the last result first)

    def _next(self) -> None:
        """Do the corrections waiting, in turn, until one is being made (it goes on when shown)."""
        while self._waiting and not self.busy:
            what = self._waiting.popleft()
            article = self.pane.article
            index = next((n for n, a in enumerate(self.library.articles) if a is article), None)
            if self._where(index) is None:
                count = len(self._waiting) + 1
                self._waiting.clear()
                self.notify(
                    f"The article being read is gone: {count} correction{'s' if count > 1 else ''} "
                    "asked for meanwhile not made.",
                    title="Corrections",
                    severity="warning",
                )
                return
            self._do(what, index)

    def _do(self, what: str, index: int | None) -> None:
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
        elif what == "inside":
            self._inside(page, local, article)
        elif what == "titles":
            self._titles(page, local, article)
        elif what == "kind":
            self._kind(page, local, article)
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
            self._hint(
                f"Press {key} again to start a new article at the marked paragraph ({{ }} move it).", "Split"
            )
            return
        if spot.paragraph == 0:
            self._fail(
                f"The paragraph already starts the article: move to a later one with }} and press {key}."
            )
            return
        self._start("split", page, local, Spot(spot.paragraph, spot.opening, 0), paragraph=spot.paragraph)

    def _kind(self, page: Page, local: int, article: Article) -> None:
        """A photo item made an article; in an article, the passage cursor's paragraph (the paragraphs a
        selection covers) made a photo of its own, a caption apart from the story, or the whole
        article where that is all its text. With more than one paragraph to choose from, the first
        press shows a hidden cursor and says so (`_split`)."""
        from reader.corrections.photos import caption_to_choose

        if article.kind == "photo" or not caption_to_choose(article):
            if not article.paragraphs and article.kind != "photo":
                self._fail("The article has no text: there is no caption to make a photo.")
                return
            self._start("kind", page, local, self._spot(article, show=False))
            return
        selected = self.pane.selection_span()
        before = self.passage.span() if self.passage.active else None
        if selected is None:
            self.passage.current_or_visible()  # a hidden or scrolled-away cursor comes to the screen
            if before is None or before != self.passage.span():
                self._hint(
                    f"Press {self._key('item_kind')} again: the marked paragraph, a caption (with its "
                    "credit), becomes a photo of its own ({ } move it, v takes more).",
                    "Photo",
                )
                return
        span = selected or self.passage.span()
        assert span is not None
        first, count = covered(article, span)
        if selected is not None:
            self.screen.clear_selection()  # used up: its offsets are the text's before the correction
        spot = Spot(first, article.paragraphs[first][:OPENING], 0)
        self._start("kind", page, local, spot, paragraph=first, count=count)

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
                self._hint(
                    f"Press {self._key('paragraph_break')} again to start a new paragraph at the marked "
                    "sentence, or to join its paragraph with the one before when it opens one; "
                    "( and ) move it by sentences, { and } by paragraphs; a mouse selection breaks "
                    f"where it starts, and {self._key('break_inside')} chooses a break inside the sentence.",
                    "Paragraph break",
                    f"Press {self._key('paragraph_break')} again: a paragraph starts at the marked sentence, "
                    "or its paragraph joins the one before; ( ) { } move it.",
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
        if selected is not None:
            self.screen.clear_selection()  # used up: its offsets are the text's before the correction
        self._start("paragraph", page, local, spot, paragraph=number, at=at)

    def _inside(self, page: Page, local: int, article: Article) -> None:
        """Open the dialog that chooses where inside the cursor's sentence a new paragraph starts (the
        keyboard's way to what a mouse selection does for `P`), the cursor shown first if hidden."""
        from reader.app.screens.break_dialog import BreakDialog
        from reader.passages import break_points

        if not article.paragraphs or self.passage.current_or_visible() is None:
            self._fail("The article has no text: there is no paragraph to break.")
            return
        sentence = self.passage.sentences[self.passage.cursor or 0]
        number = sentence.paragraph
        first = paragraph_start(article, number)
        text = article.paragraphs[number]
        start, end = sentence.start - first, sentence.end - first
        if not break_points(text, start, end):
            self._fail("The sentence is too short to break inside: move the cursor with ( and ).")
            return

        def chosen(at: int | None) -> None:
            if at is not None and not self.busy:
                self._start(
                    "paragraph", page, local, Spot(number, text[:OPENING], at), paragraph=number, at=at
                )

        self.app.push_screen(BreakDialog(text, start, end), chosen)

    def _titles(self, page: Page, local: int, article: Article) -> None:
        from reader.app.screens.title_dialog import TitleDialog
        from reader.corrections.ops import tag_only

        spot = self._spot(article, show=bool(article.paragraphs))
        length = None
        if spot is not None:
            start = paragraph_start(article, spot.paragraph)
            span = self.pane.selection_span() or self.passage.span()
            end = start + len(article.paragraphs[spot.paragraph])
            if span is not None and span[0] == start and start < span[1] < end:
                length = span[1] - start  # the selection is the paragraph's opening: a line of it
                if tag_only(article.paragraphs[spot.paragraph][length:]):
                    length = None  # a title's column tag after its question (`…吗？（栏目）`) goes with it
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

    def _start(self, op: str, page: Page, local: int, spot: Spot | None, **details: Unpack[Details]) -> None:
        self.busy = True
        # the reader moving the cursor to split (and to undo or redo, then split again) keeps it after
        cursor = self.passage.active and op in ("split", "undo", "redo")
        keys = (self._key("undo_correction"), self._key("redo_correction"), self._key("join_article"))
        self.correct(Request(op, page, local, spot, keys, details, cursor))

    def _fail(self, message: str) -> None:
        # (said at once, not posted as `Failed`: that one ends the correction being made, and a key
        # waiting for it may fail here while the next one runs)
        self.notify(message, title="Correction not made", severity="warning", timeout=8)

    def commands(self, index: int | None) -> Iterable[SystemCommand]:
        """Command palette entries of this feature, acting on article `index`."""
        for what, name, help_text, binding_id in CORRECTIONS:
            yield SystemCommand(
                name, f"{help_text} ({self._key(binding_id)})", partial(self.run, what, index)
            )
