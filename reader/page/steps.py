"""One step of the labelling's dynamic programme (`reader.page.labels`), worked out from the two units'
state sets and the grammar's context alone: which states may close an item, which may open one,
and what each next state may follow. A page repeats few such steps, so `labels` keeps each once;
`reader.page.itemwhy` reads the same steps to explain where items start."""

from __future__ import annotations

from reader.page.grammar import PHOTO, PLACEMENT, PRINT_AS, Context, State
from reader.page.weights import SWITCH

NEG = -1e9
"""The score of a path that cannot be taken."""

Closer = tuple[int, float, bool, bool]  # state, score of closing an item in it, no switch to "a", to "b"
Row = tuple[int, list[tuple[int, float]], float | None, str]  # state, (from, score), opening score, kind


def forward_shape(
    ctx: Context, prev: dict[int, float], emit: dict[int, float]
) -> tuple[list[Closer], list[Row]]:
    """Which transitions join the states kept for one unit to the next unit's: the states that may
    close an item, and for each next state the states it may follow and the score of opening an
    item in it (None where it cannot open one). They follow from the two state sets and the
    context alone, and a page repeats few of them, so each is worked out once (`label`)."""
    closers = [
        (a, end, PLACEMENT[a] == "a" or a in PHOTO, PLACEMENT[a] == "b" or a in PHOTO)
        for a in prev
        if (end := ctx.end.get(a)) is not None
    ]
    rows = [
        (
            s,
            [(p, t) for p, t in ctx.into.get(s, ()) if p in prev],
            ctx.start.get(s),
            "photo" if s in PHOTO else PLACEMENT[s],
        )
        for s in emit
    ]
    return closers, rows


def best_ends(prev: dict[int, float], closers: list[Closer]) -> dict[str, tuple[float, int]]:
    """For each placement of the next item: the best score of closing the item before, and where."""
    best_a = best_b = best_photo = NEG  # (locals, not a dict of tuples read for every closer)
    at_a = at_b = at_photo = -1
    for a, end, keep_a, keep_b in closers:
        total = prev[a] + end
        value = total if keep_a else total - SWITCH
        if value > best_a:
            best_a, at_a = value, a
        value = total if keep_b else total - SWITCH
        if value > best_b:
            best_b, at_b = value, a
        if total > best_photo:  # a photo standing alone follows any placement freely
            best_photo, at_photo = total, a
    return {"a": (best_a, at_a), "b": (best_b, at_b), "photo": (best_photo, at_photo)}


Opener = tuple[int, float, str, bool]  # state, score of opening an item in it, its placement, a photo
Back = tuple[int, list[tuple[int, float]], float | None, str, str, bool]  # state, (to, score), closing, …


def backward_shape(
    ctx: Context, here: dict[int, float], nxt: dict[int, float]
) -> tuple[list[Opener], list[Back]]:
    """The transitions of `forward_shape` read from the other end: the next unit's states that may
    open an item, and for each state kept here the states it may go on into, the score of closing
    an item in it, and which placements the next item may then take freely."""
    openers = [(q, start, PLACEMENT[q], q in PHOTO) for q in nxt if (start := ctx.start.get(q)) is not None]
    rows = []
    for s in here:
        own, other = ("a", "b") if PLACEMENT[s] == "a" else ("b", "a")
        rows.append(
            (
                s,
                [(q, t) for q, t in ctx.out_of.get(s, ()) if q in nxt],
                ctx.end.get(s),
                own,
                other,
                s in PHOTO,
            )
        )
    return openers, rows


def printed(state: State) -> State:
    """The state as the page's roles name it (a grammar state of its own may print as another role)."""
    return State(PRINT_AS[state.role], state.placement) if state.role in PRINT_AS else state
