"""A correction carried out off the UI thread: the request, the worker, and the messages that hand the
result back.

`CorrectionRunner` is the part of the reader's corrector (`reader.app.corrector.Corrector`, which adds
the keys and what each press asks for) that makes a correction once it is asked for: `correct` runs a
`Request` in a thread worker (`reader.app.correcting` carries it out and words its notice) and posts
`Corrected` with the page and where to keep the reader, or `Failed` with why nothing was stored. On a
page another duba corrected meanwhile (found under the store's lock: `reader.app.correcting.AsStored`)
the correction is made on the page as stored, and both are shown; one that does not fit it is not
made, nor is an undo or a redo (it would take back one not shown), and the page is shown as it is
stored now. While one correction runs, and until the screen has shown its result (`busy`: the screen
calls `shown`), another waits for it: they work on the same page, and the next one works on the
article the first left the reader in (`Corrector` keeps the keys pressed meanwhile and goes on with
them, `_go_on`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widget import Widget

from reader.library import record_corrected

if TYPE_CHECKING:
    from reader.app.correcting import Outcome
    from reader.app.spots import Details, Spot
    from reader.model import Article, Page


@dataclass(frozen=True, slots=True)
class Request:
    """A correction for the worker: operation `op` on article `local` of `page` (`Corrector.run`'s
    names), the reader's place `spot` and the particulars `details`; `keys` are the undo, redo and join
    keys as the footer shows them, for the notice; with `cursor` (the passage cursor was shown for a
    split, an undo or a redo) it comes back on the sentence shown after."""

    op: str
    page: Page
    local: int
    spot: Spot | None
    keys: tuple[str, str, str]
    details: Details
    cursor: bool = False


class CorrectionRunner(Widget):
    """Corrections made in a worker, their results posted (see the module docstring)."""

    @dataclass
    class Corrected(Message):
        """Page `page` has new articles: show its article `article` (page-local) at body offset `anchor`."""

        page: Page
        article: int
        anchor: int
        notice: str
        title: str
        cursor: bool = False
        """The passage cursor goes on the sentence at `anchor` (the sentence a paragraph break moved, or
        the reader's place where they had the cursor shown)."""
        terms: tuple[list[set[str]], list[set[str]]] | None = None
        """The terms of the page's articles before and after the correction (`article_terms`): the key
        terms' counts take the new ones instead."""

    @dataclass
    class Failed(Message):
        """An operation could not be done (nothing stored)."""

        message: str

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        """An operation is running, or its result is not shown yet: another one waits for it (it works
        on the same page, on the article the screen shows after it)."""

    @work(thread=True, exclusive=True, group="corrections", description="correct a page")
    def correct(self, request: Request) -> None:
        """Carry out `request` and store it (a thread: the file is written with fsync, and undo reads
        and may segment the page). Quitting the reader meanwhile waits for it (`keep_alive`): a
        correction made is stored."""
        from reader.fsutil import keep_alive

        with keep_alive():
            self._correct(request)

    def _correct(self, request: Request) -> None:
        from reader.app.correcting import AsStored, carry_out
        from reader.corrections import CorrectedMeanwhile, CorrectionError, CorrectionStore

        op, page, local = request.op, request.page, request.local
        # (the page's stored corrections are compared with the articles shown under the store's lock:
        # a correction another duba stored while this one waited for it is seen, not written over)
        guard = AsStored(page)
        store = CorrectionStore(guard=guard)
        before = list(page.articles)
        try:
            guard.ready(store)
            done = carry_out(store, op, page, local, request.spot, request.details, request.keys)
        except CorrectedMeanwhile:
            self._reload(page, local, request.keys[0] if op in ("undo", "redo") else "")
            return
        except (CorrectionError, OSError) as error:
            self.post_message(self.Failed(str(error)))
            return
        except Exception as error:  # a bug here must not close the reader; nothing was stored
            self.post_message(self.Failed(f"The correction failed ({type(error).__name__}: {error})."))
            return
        if guard.meanwhile is not None:
            done = _with_meanwhile(done, before, guard.meanwhile, local, len(page.articles))
        record_corrected(page)  # (the library's count of the page follows the correction)
        # (a paragraph break: on the sentence it broke at; else where the reader was, if they had it)
        shown = op == "paragraph" or request.cursor
        terms = _terms(before, page.articles)
        message = self.Corrected(page, done.index, done.anchor, done.notice, done.title, shown, terms)
        self.post_message(message)

    def _reload(self, page: Page, local: int, undo: str = "") -> None:
        """Show `page` as another duba corrected it meanwhile (with the corrections stored now) instead
        of correcting the articles this reader still shows; nothing is stored. With `undo` (the undo
        key), an undo or redo was asked for: nothing was undone or redone."""
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
        record_corrected(page)
        notice = "This page was corrected meanwhile in another duba: it is shown with those corrections now. "
        if undo:
            notice += f"Nothing was undone or redone here: {undo} now undoes the last correction shown."
        else:
            notice += "Nothing was changed here: correct it again if it still needs it."
        # the article being read, where the other reader's corrections left it (else the one at its place)
        ids = [article.id for article in page.articles]
        index = ids.index(shown) if shown in ids else max(min(local, len(ids) - 1), 0)
        terms = _terms(before, page.articles)
        self.post_message(self.Corrected(page, index, -1, notice, "Page reloaded", terms=terms))

    def shown(self) -> None:
        """The screen has shown the result of the last correction (`Corrected` goes on up to it): the
        next one may run."""
        self.busy = False
        self._go_on()

    def _go_on(self) -> None:
        """Start what waited for the last correction: nothing here (`Corrector` runs the keys pressed
        meanwhile)."""

    @on(Failed)
    def _failed(self, event: Failed) -> None:
        self.busy = False
        event.stop()
        self.notify(event.message, title="Correction not made", severity="warning", timeout=8)
        self._go_on()


def _with_meanwhile(
    done: Outcome, before: list[Article], stored: list[Article], local: int, count: int
) -> Outcome:
    """`done`, a correction applied to the page as another duba corrected it meanwhile (`stored`, the
    articles that made; `before`, the ones this reader showed, article `local` being read): the article
    to show moved as the other's corrections moved the one being read, and the notice says so."""
    ids = [article.id for article in stored]
    moved = ids.index(before[local].id) - local if before[local].id in ids else 0
    notice = (
        "This page was corrected meanwhile in another duba: it is shown with those corrections too. "
        + done.notice
    )
    return replace(done, index=max(min(done.index + moved, count - 1), 0), notice=notice)


def _terms(before: list[Article], after: list[Article]) -> tuple[list[set[str]], list[set[str]]]:
    """The key-term counts' terms of a page's articles before and after a correction (jieba: in the
    corrector's thread, not the UI's)."""
    from reader.analysis import article_terms

    return article_terms(before), article_terms(after)
