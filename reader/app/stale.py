"""Stored corrections that no longer fit their page, said once with what to do about them, and done.

A correction is recorded by the text it concerns; after the page file was edited or duba's segmenter
changed, one may no longer find its text, and it is skipped (`reader.corpus.load_page`: `Page.stale`).
That was said at every opening, with nothing to do about it. Now the notice names the two commands
of the palette (ctrl+p) that settle it for good:

- `DROP`: the corrections that no longer fit are removed from the pages' corrections files
  (`CorrectionStore.drop_unfitting`, in a thread worker: each page is read again as the segmenter
  gives it); the pages read as before, since a skipped correction changed nothing;
- `KEEP`: they stay stored (they apply again if the page comes to fit them, and the export lists
  them), and the reader is not told of them again (`reader.state.State.tell`, under `kept_key`; that
  memory holds the last `reader.state.TOLD` notes, so one kept among hundreds of newer notes may be
  said once more).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from textual import on, work
from textual.app import SystemCommand
from textual.message import Message
from textual.widget import Widget

if TYPE_CHECKING:
    from reader.model import Page
    from reader.state import State

DROP = "Drop corrections that no longer fit"
KEEP = "Keep corrections that no longer fit"
NAMED = 3
"""Lines the notice quotes; the rest are counted."""


def kept_key(key: str) -> str:
    """The key under which the reader's memory (`State.tell`) keeps a stale correction unsaid."""
    return f"kept {key}"


def stale_lines(pages: Iterable[Page]) -> list[tuple[str, str]]:
    """Each stale correction of `pages` (`Corpus.stale`): its key and the line that says it."""
    from reader.corpus import Corpus

    return Corpus(pages=list(pages)).stale


class Pages(Protocol):
    """What this reads of the open library."""

    pages: list[Page]


class StaleCorrections(Widget):
    """Says which stored corrections no longer fit, and drops or keeps them (see the module docstring)."""

    DEFAULT_CSS = """
    StaleCorrections {
        display: none;
    }
    """

    @dataclass
    class Dropped(Message):
        """The worker dropped `count` corrections of `pages`; `problems` says what it could not do."""

        pages: list[Page]
        count: int
        problems: list[str] = field(default_factory=list)

    def __init__(self, library: Pages, state: State) -> None:
        super().__init__()
        self.library = library
        self.state = state
        self.busy = False

    def announce(self, stale: Sequence[tuple[str, str]]) -> None:
        """Say the stale corrections among `stale` (`Corpus.stale`) that the reader did not keep, and
        how to settle them."""
        kept = self.state.was_told([kept_key(key) for key, _ in stale])
        lines = [line for (_, line), quiet in zip(stale, kept, strict=True) if not quiet]
        if not lines:
            return
        said = "\n".join(lines[:NAMED])
        if len(lines) > NAMED:
            said += f"\n...and {len(lines) - NAMED} more"
        if len(lines) == 1:
            these, fit, it, read, them = "This stored correction", "fits its page", "is", "page reads", "it"
        else:
            these, fit, it, read, them = (
                f"These {len(lines)} stored corrections",
                "fit their pages",
                "are",
                "pages read",
                "them",
            )
        self.notify(
            f"{said}\n{these} no longer {fit} (the page file or duba's segmenter changed since) and {it} "
            f"skipped. ctrl+p → “{DROP}” removes {them} for good (the {read} as now); “{KEEP}” keeps "
            f"{them} and stops this notice.",
            title="Corrections no longer fit",
            severity="warning",
            timeout=20,
        )

    def _stale_pages(self) -> list[Page]:
        return [page for page in self.library.pages if page.stale and page.articles]

    def commands(self) -> Iterable[SystemCommand]:
        """The palette's two entries, while an open page has corrections that no longer fit."""
        pages = self._stale_pages()
        if not pages:
            return
        count = _corrections(sum(len(page.stale) for page in pages))
        on = f"{count} on {_pages(pages)}"
        yield SystemCommand(DROP, f"Remove them for good ({on}); the others stay", self.drop)
        yield SystemCommand(KEEP, f"Keep them stored ({on}) and stop saying so at opening", self.keep)

    def keep(self) -> None:
        """Keep every stale correction of the open pages, and do not say them again at opening."""
        lines = stale_lines(self._stale_pages())
        self.state.tell([kept_key(key) for key, _ in lines])
        they, their, them = (
            ("It applies", "its", "it") if len(lines) == 1 else ("They apply", "their", "them")
        )
        self.notify(
            f"Kept {_corrections(len(lines))} that no longer fit: duba will not say so again. {they} again "
            f"if {their} page comes to fit {them}; “{DROP}” (ctrl+p) removes {them}.",
            title="Corrections kept",
        )

    def drop(self) -> None:
        """Remove the stale corrections of the open pages from their corrections files (a worker)."""
        if self.busy:
            return
        pages = self._stale_pages()
        if pages:
            self.busy = True
            self._drop(pages)

    @work(thread=True, exclusive=True, group="stale", description="drop stale corrections")
    def _drop(self, pages: list[Page]) -> None:
        from reader.corpus import load_page
        from reader.corrections import CorrectionError, CorrectionStore
        from reader.fsutil import keep_alive
        from reader.page.decode import DecodeError

        store, count, problems, done = CorrectionStore(), 0, [], []
        with keep_alive():
            for page in pages:
                try:
                    raw = load_page(Path(page.path), corrections=False)
                    if raw.sha != page.sha:
                        problems.append(f"{page.name}: the file changed since it was opened")
                        continue
                    count += store.drop_unfitting(page, raw.articles)
                    done.append(page)
                except (OSError, DecodeError, CorrectionError) as error:
                    problems.append(f"{page.name}: {error}")
        self.post_message(self.Dropped(done, count, problems))

    @on(Dropped)
    def _dropped(self, event: Dropped) -> None:
        self.busy = False
        for page in event.pages:
            page.warnings = [w for w in page.warnings if w not in page.stale]
            page.stale = []
        if event.count:
            it = "It was" if event.count == 1 else "They were"
            self.notify(
                f"Dropped {_corrections(event.count)} that no longer fit ({_pages(event.pages)}). {it} "
                "skipped, so nothing you read changes; the other corrections still apply.",
                title="Corrections dropped",
            )
        for problem in event.problems[:NAMED]:
            self.notify(problem, title="Corrections not dropped", severity="warning", timeout=10)


def _corrections(count: int) -> str:
    return "1 correction" if count == 1 else f"{count} corrections"


def _pages(pages: Sequence[object]) -> str:
    return "1 page" if len(pages) == 1 else f"{len(pages)} pages"
