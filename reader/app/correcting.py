"""The corrections the reader makes, carried out: each stores its operation (`reader.corrections`)
and says, in a notice, what it did and how to undo it. `carry_out` runs one (in the corrector's
thread worker, `reader.app.corrector`): a join (J), a split (S), a paragraph break (P), a choice of the
title dialog (t: `role`, `to_text`, `move`), a photo made an article or an article a photo (F), an
undo (u) or a redo (U). Where the reader is kept
afterwards is `reader.app.spots.place_after`'s, but for a paragraph break: at the sentence it broke at;
and an undo or redo of a change in another article than the one being read shows that change
(`reader.app.spots.change_place`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.app.spots import OPENING, Details, back_at, change_place, paragraph_start, place_after, undone_at
from reader.app.wrap import truncate

if TYPE_CHECKING:
    from reader.app.screens.title_choice import TitleChoice
    from reader.app.spots import Spot
    from reader.corrections import CorrectionStore, Role
    from reader.model import Article, Page

KINDS = {
    "join": "join",
    "split": "split",
    "join_paragraphs": "join of paragraphs",
    "split_paragraph": "paragraph break",
    "role": "title change",
    "join_titles": "join of title lines",
    "split_title": "parting of a title",
    "move_title": "move of a title",
    "to_text": "return of a title to the text",
    "kind": "change of photo or article",
}
"""What each stored operation is called in the notices."""


def shown(text: str | None, cells: int = 16) -> str:
    """A title or paragraph as a notice names it: on one line, cut to `cells`; "" for none."""
    return truncate(" ".join(text.split()), cells) if text else ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a correction did: show article `index` of its page at body offset `anchor` (-1: its top),
    with `notice` under the heading `title`."""

    index: int
    anchor: int
    notice: str
    title: str


class AsStored:
    """The corrections store's guard for a correction of `page` (`CorrectionStore(guard=…)`), called
    with the page's stored operations as read under the store's lock: the articles they make when those
    are not the articles `page` holds (another duba corrected the page meanwhile), else None; the
    articles it returned are kept in `meanwhile`. The page as the segmenter reads it is loaded (from
    the cache, as a rule) only when there are operations to compare: by `ready`, before the lock, where
    the page had corrections already, so that the lock is held for a comparison, not a segmentation."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.meanwhile: list[Article] | None = None
        self._raw: list[Page | None] = []  # (loaded once: [the page], or [None] when it cannot be read)

    def ready(self, store: CorrectionStore) -> None:
        """Load the page as the segmenter reads it now, if it has stored corrections (outside the lock)."""
        if store.ops(self.page.sha, self.page.path or None):
            self._segmented()

    def _segmented(self) -> Page | None:
        from reader.corpus import load_page
        from reader.page.decode import DecodeError

        if not self._raw:
            try:
                self._raw.append(load_page(Path(self.page.path), corrections=False))
            except (OSError, DecodeError):
                self._raw.append(None)
        return self._raw[0]

    def __call__(self, ops: list[dict[str, Any]]) -> list[Article] | None:
        from reader.corrections import apply

        if not ops:
            return None
        raw = self._segmented()
        if raw is None or raw.sha != self.page.sha:
            return None  # nothing to compare with: the operation is checked against the page alone
        stored = apply(raw.articles, ops)[0]
        if [a.id for a in stored] == [a.id for a in self.page.articles]:
            return None
        self.meanwhile = stored
        return stored


def carry_out(
    store: CorrectionStore,
    op: str,
    page: Page,
    local: int,
    spot: Spot | None,
    details: Details,
    keys: tuple[str, str, str],
) -> Outcome:
    """Do correction `op` ("join", "split", "paragraph", "role", "kind", "undo" or "redo") on article `local`
    of `page` and store it; `details` are its particulars (the paragraph, the dialog's choice), `keys`
    the undo, redo and join keys the notices name. Raises `CorrectionError` (nothing stored) when it does
    not fit the page."""
    undo, redo_key, _ = keys
    name = shown(page.articles[local].title, 24)
    if op == "join":
        above = len(page.articles[local - 1].paragraphs)
        store.join(page, local)
        target, notice = local - 1, f"「{name}」 joined the article before it. {undo} undoes it."
        title = "Joined"
        if spot is None or (spot.paragraph, spot.offset) == (0, 0):
            # read from its top: shown from where it joined, its title lines (text now) in sight
            return Outcome(target, paragraph_start(page.articles[target], above), notice, title)
    elif op == "split":
        number = details["paragraph"]
        store.split(page, local, number)
        target, title = local + 1, "Split"
        notice = f"A new article starts at paragraph {number + 1}. {undo} undoes it."
    elif op == "paragraph":
        count = len(store.ops(page.sha, page.path or None))
        target, anchor, notice, title = paragraph_break(store, page, local, details)
        if len(store.ops(page.sha, page.path or None)) < count:  # it took the last correction back
            _as_corrected(store, page)
            joined = details["at"] == 0  # a join took a break back
            taken = "paragraph break" if joined else "join of paragraphs"
            notice = f"{notice[:-1]} again: the {taken} made there is taken back ({redo_key} puts it back)."
            return Outcome(target, anchor, notice, "Break taken back" if joined else "Join taken back")
        return Outcome(target, anchor, f"{notice} {undo} undoes it.", title)
    elif op == "kind":
        target, notice = kind(store, page, local, details, keys)
        title = "Photo" if page.articles[target].kind == "photo" else "Article"
    elif op == "role":
        choice = details["choice"]
        target, notice = role(store, page, local, choice)
        notice += f" {undo} undoes it."
        title = "Title moved" if choice.to else "Title changed"
    else:
        if op == "redo":
            target, notice, title, done = redo(store, page, local, undo)
        else:
            target, notice, title, done = undo_last(store, page, local, redo_key)
        # shown where the change is, when the reader is elsewhere (u pressed on another article)
        if done is not None and (place := change_place(page.articles, done, spot)) is not None:
            return Outcome(*place, notice, title)
        if done is not None and done.get("op") == "kind":
            op = "kind"  # (its change is at the item's top: as after F)
    return Outcome(*place_after(op, page, local, target, spot, details), notice, title)


def kind(
    store: CorrectionStore, page: Page, local: int, details: Details, keys: tuple[str, str, str]
) -> tuple[int, str]:
    """Make the paragraphs `details` names a photo of their own (all of the article's text: the
    article), or a photo item an article (F): the article to show, the notice."""
    article = page.articles[local]
    name = shown(article.title, 24)
    target, count = local, len(page.articles)
    if "paragraph" in details and article.kind != "photo":
        caption = article.paragraphs[details["paragraph"]][:OPENING]
        store.set_kind(page, local, paragraph=details["paragraph"], count=details.get("count", 1))
        if len(page.articles) > count:  # a photo of its own, over the story or after it
            target = local if page.articles[local].kind == "photo" else local + 1
            item = page.articles[target]
            notice = f"「{shown(caption, 24)}」 is a photo of its own now"
            notice += f", credited 「{shown(item.byline, 20)}」" if item.byline else ""
            return target, f"{notice}: the story keeps the rest. {keys[0]} undoes it."
    else:
        store.set_kind(page, local)
    item = page.articles[target]
    if item.kind == "photo":
        notice = f"「{name}」 is a photo now: its caption stands alone"
        notice += f", credited 「{shown(item.byline, 20)}」." if item.byline else "."
    else:
        notice = f"「{name}」 is an article now."
        # (the usual mistake the other way: a story's own photo, printed under it or over it)
        if local > 0:
            notice += f" A caption of the story before it? {keys[2]} joins it to that story."
        elif target + 1 < len(page.articles):
            notice += f" A caption of the story after it? {keys[2]} on that story joins the two."
    return target, f"{notice} {keys[0]} undoes it."


def _as_corrected(store: CorrectionStore, page: Page) -> None:
    """`page`'s articles made again from the segmenter's reading and the corrections stored, as after
    an undo: an article no correction changes now is no longer marked corrected (P taken back left its
    ✎, its corrected id and confidence). Left as they are when the page cannot be read again."""
    from reader.corpus import load_page
    from reader.corrections import apply
    from reader.page.decode import DecodeError

    try:
        raw = load_page(Path(page.path), corrections=False)
    except (OSError, DecodeError):
        return
    if raw.sha == page.sha:
        page.articles = apply(raw.articles, store.ops(page.sha, page.path or None))[0]


def paragraph_break(
    store: CorrectionStore, page: Page, local: int, details: Details
) -> tuple[int, int, str, str]:
    """Join paragraph `details["paragraph"]` with the one before it (its character `at` 0), else
    break it at that character. Returns the article to show, the body offset of the sentence there,
    the notice and its heading."""
    number, at = details["paragraph"], details["at"]
    if at == 0:
        lower = page.articles[local].paragraphs[number].lstrip()
        store.join_paragraphs(page, local, number)
        article = page.articles[local]
        joined = article.paragraphs[number - 1]
        anchor = paragraph_start(article, number - 1) + len(joined) - len(lower)
        return local, anchor, f"Paragraphs {number} and {number + 1} are one paragraph.", "Paragraphs joined"
    opening = page.articles[local].paragraphs[number][at:]
    store.split_paragraph(page, local, number, at)
    notice = f"A new paragraph (paragraph {number + 2}) starts at 「{shown(opening, 16)}」."
    return local, paragraph_start(page.articles[local], number + 1), notice, "Paragraph break"


def role(store: CorrectionStore, page: Page, local: int, choice: TitleChoice) -> tuple[int, str]:
    """Carry out the title dialog's `choice` on article `local`: a paragraph, line or title field made
    the headline, kicker, subtitle or byline, two title lines joined, one parted, one put back into the
    text (`to_text`) or moved to a neighbour (`move`). Returns the article to show and the notice."""
    from reader.corrections import STACK, role_op

    article = page.articles[local]
    if choice.to:
        return move(store, page, local, choice)
    if choice.back and choice.field is not None:
        return to_text(store, page, local, choice.field, choice.paragraph)
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
    held = shown(getattr(article, choice.role))  # what the role held: where it goes is said
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
    notice = f"「{shown(taken, 20)}」 {what} {choice.role}."
    if held and not starts_new:  # (a new article has no titles to give up)
        notice += (
            f" The {choice.role} 「{held}」 went into the text in its place"
            f" (paragraph {choice.paragraph + 1})."
        )
    return target, notice


def to_text(
    store: CorrectionStore, page: Page, local: int, field: Role, above: int | None
) -> tuple[int, str]:
    """Put title field `field` back into the text, above paragraph `above` (None: under the last)."""
    from reader.corrections import to_text_op

    text = getattr(page.articles[local], field) or ""
    store.add(page, to_text_op(page.articles, local, field, above))
    number = back_at(page.articles[local], above)
    notice = f"The {field} 「{shown(text, 20)}」 is back in the text: paragraph {number + 1}."
    if field == "headline":
        notice += " The article has no headline now: t, then h on a title or paragraph, gives it one."
    return local, notice


def move(store: CorrectionStore, page: Page, local: int, choice: TitleChoice) -> tuple[int, str]:
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
        kept = shown(held, 16)
        notice = (
            f"「{truncate(op['text'], 20)}」 is now the {choice.role} of a new article: "
            f"{NEIGHBOURS[choice.to]} is split at its paragraph {choice.split + 1} and keeps "
            f"its {choice.role} 「{kept}」."
        )
    elif held:
        notice += f" Its {choice.role} 「{truncate(' '.join(held.split()), 16)}」 took the place it left."
    return target, notice


def redo(
    store: CorrectionStore, page: Page, local: int, undo: str
) -> tuple[int, str, str, dict[str, object]]:
    """Store again the correction last undone on `page` (U): the article to show, the notice, its title,
    and the operation."""
    from reader.corrections import CorrectionError

    op = store.redo(page)  # raises (and keeps it to redo) when the page no longer fits it
    if op is None:
        raise CorrectionError("There is no undone correction to redo on this page.")
    kind = KINDS.get(str(op.get("op")), "correction")
    left = len(store.redoable(page))
    more = f" {left} more to redo." if left else ""
    return local, f"Redid the {kind}.{more} {undo} undoes it.", "Redone", op


def undo_last(
    store: CorrectionStore, page: Page, local: int, redo: str
) -> tuple[int, str, str, dict[str, object] | None]:
    """Drop the page's last correction (u), the page read again as the segmenter gives it: the article
    to show (for an undone join, the article parted off again), the notice, its title, and the
    operation dropped."""
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
    kind = KINDS.get(str(dropped.get("op")) if dropped else "", "correction")
    left = len(store.ops(page.sha, page.path))
    more = f" {left} more on this page." if left else " The page is as the segmenter read it."
    notice = f"Undid the {kind}.{more} {redo} redoes it."
    return undone_at(page, local, dropped), notice, "Undone", dropped
