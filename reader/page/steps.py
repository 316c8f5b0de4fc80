"""The labelling's dynamic programme (`reader.page.labels` scores the units; this finds the best path).

Each step, from one unit to the next, is worked out from the two units' state sets and the grammar's
context alone: which states may close an item, which may open one, and what each next state may
follow. A page repeats few such steps, so each is kept once (`_FORWARD`, `_BACKWARD`);
`reader.page.itemwhy` reads the same steps to explain where items start. `best_path` runs the
Viterbi pass over them, forward and then backward, with each unit's margin."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from reader.page.blocks import Unit
from reader.page.grammar import (
    CONTEXTS,
    PAGE_START_BEFORE,
    PAGE_TOP_CREDIT,
    PAGE_TOP_PHOTOS,
    PHOTO,
    PHOTO_TWIN,
    PLACEMENT,
    PRINT_AS,
    TOP_PHOTOS,
    Context,
    State,
)
from reader.page.unitends import end_kind
from reader.page.weights import PRUNE, SWITCH

NEG = -1e9
"""The score of a path that cannot be taken."""

# per state: the kind of item it opens (`_A`, `_B` or `_PHOTO`: an index into `best_ends`' answer);
# whether an item closing in it lets the next take placement "a" / "b" without `SWITCH` (a photo
# standing alone follows any placement freely); whether its own placement is "a"
_A, _B, _PHOTO = 0, 1, 2
_KIND = [_PHOTO if s in PHOTO else _A if PLACEMENT[s] == "a" else _B for s in range(len(PLACEMENT))]
_FREE_A = [PLACEMENT[s] == "a" or s in PHOTO for s in range(len(PLACEMENT))]
_FREE_B = [PLACEMENT[s] == "b" or s in PHOTO for s in range(len(PLACEMENT))]
_OWN_A = [PLACEMENT[s] == "a" for s in range(len(PLACEMENT))]
# `best_path`'s rows are lists over every state, read by state (a state a row does not keep is never
# read there): a list is read and written at a fraction of a dict's cost, and made once a unit
_N = len(PLACEMENT)

Closer = tuple[int, float, bool, bool]  # state, score of closing an item in it, no switch to "a", to "b"
Pairs = tuple[tuple[int, float], ...]  # (state, score) of the grammar's transitions
Row = tuple[int, Pairs, float | None, int]  # state, (from, score), opening score, kind (`_KIND`)


def forward_shape(
    ctx: Context, prev: Collection[int], emit: Collection[int]
) -> tuple[tuple[Closer, ...], tuple[Row, ...]]:
    """Which transitions join the states kept for one unit (`prev`, in the row's order) to the next
    unit's (`emit`): the states that may close an item, and for each next state that can be reached
    the states it may follow and the score of opening an item in it (None where it cannot open one,
    or where no state of `prev` can close an item). They follow from the two state sets and the
    context alone, and a page repeats few of them, so each is worked out once (`label`). Tuples all
    through, of numbers: the cyclic collector stops tracking them, as it never does lists, which it
    walked in every collection (a process keeps thousands of shapes)."""
    closers, rows, _ = _forward(ctx, prev, emit)
    return closers, rows


def _forward(
    ctx: Context, prev: Collection[int], emit: Collection[int]
) -> tuple[tuple[Closer, ...], tuple[Row, ...], tuple[int, ...]]:
    """`forward_shape`, and the states of its rows: every row is reached (its state follows a state
    kept, or opens an item after one that may close), so they are the states the next row keeps."""
    end_of, into, start_of = ctx.end, ctx.into, ctx.start
    within = set(prev)
    found: list[Closer] = []  # (loops, not comprehensions: each is a function call in Python 3.11)
    for a in prev:
        end = end_of.get(a)
        if end is not None:
            found.append((a, end, _FREE_A[a], _FREE_B[a]))
    closers = tuple(found)
    rows = []
    here = []
    for s in emit:
        preds = []  # (a loop, not a comprehension per state: half the steps of a new page work out theirs)
        for pt in into.get(s, ()):
            if pt[0] in within:
                preds.append(pt)
        # (an item opens only after one closes: with no closer, no state opens one)
        start = start_of.get(s) if closers else None
        if preds or start is not None:  # (a state that can neither go on nor open is never reached)
            rows.append((s, tuple(preds), start, _KIND[s]))
            here.append(s)
    return closers, tuple(rows), tuple(here)


def best_ends(
    prev: Sequence[float] | dict[int, float], closers: tuple[Closer, ...]
) -> tuple[tuple[float, float, float], tuple[int, int, int]]:
    """For each kind of next item (`_KIND`: placement "a", "b", a photo): the best score of closing the
    item before (`prev`: the scores of the row before, by state), and where (-1 where none can).
    (`best_path` works the same out in line, for speed: a change here goes there too.)"""
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
    return (best_a, best_b, best_photo), (at_a, at_b, at_photo)


Opener = tuple[int, float, bool, bool]  # state, score of opening an item in it, placement "a", a photo
Back = tuple[int, Pairs, float | None, bool, bool]  # state, (to, score), closing, placement "a", a photo


def backward_shape(
    ctx: Context, here: Collection[int], nxt: Collection[int]
) -> tuple[tuple[Opener, ...], tuple[Back, ...]]:
    """The transitions of `forward_shape` read from the other end: the next unit's states that may
    open an item, and for each state kept here that leads on the states it may go on into, the score
    of closing an item in it, and which placements the next item may then take freely (tuples, as there)."""
    end_of, out_of, start_of = ctx.end, ctx.out_of, ctx.start
    within = set(nxt)
    found: list[Opener] = []
    for q in nxt:
        start = start_of.get(q)
        if start is not None:
            found.append((q, start, _OWN_A[q], q in PHOTO))
    openers = tuple(found)
    rows = []
    for s in here:
        succs = []
        for qt in out_of.get(s, ()):
            if qt[0] in within:
                succs.append(qt)
        end = end_of.get(s)
        if succs or end is not None:  # (a state that can neither go on nor close leads nowhere)
            rows.append((s, tuple(succs), end, _OWN_A[s], s in PHOTO))
    return openers, tuple(rows)


def printed(state: State) -> State:
    """The state as the page's roles name it (a grammar state of its own may print as another role)."""
    return State(PRINT_AS[state.role], state.placement) if state.role in PRINT_AS else state


# shapes of steps seen before, by context and the two units' state sets (read, never changed)
_FORWARD: dict[
    tuple[tuple[int, bool], tuple[int, ...], tuple[int, ...]],
    tuple[tuple[Closer, ...], tuple[Row, ...], tuple[int, ...]],
] = {}
_BACKWARD: dict[
    tuple[tuple[int, bool], tuple[int, ...], tuple[int, ...]], tuple[tuple[Opener, ...], tuple[Back, ...]]
] = {}


def best_path(
    units: list[Unit],
    emits: list[dict[int, float]],
    kinds: list[tuple[int, ...]],
    keys: list[tuple],
    contexts: list[Context],
    runner_up: list[int] | None = None,
    trace: dict[str, Any] | None = None,
) -> tuple[list[int], list[bool], list[float]]:
    """The best path of states through the units (Viterbi) under the emission scores `emits` (per unit,
    by state), each unit's step `keys` and `kinds` and grammar `contexts`: where each item starts, and each
    unit's margin over the best path giving it another state (that state into `runner_up`, if given;
    the forward rows and each unit's backward row into `trace`, as dicts by state)."""
    n = len(units)
    # forward: best score of a prefix ending in each state, with back pointers (state, new item); each
    # row a list by state (`_N`), the states it keeps in `kept`, in order
    first = {**contexts[0].start, **PAGE_TOP_CREDIT}
    prev = [NEG] * _N
    here: list[int] = []
    for s, e in emits[0].items():
        if s in first:
            prev[s] = (
                e
                + first[s]
                + (PAGE_START_BEFORE if PLACEMENT[s] == "b" else 0.0)
                + (PAGE_TOP_PHOTOS if s in TOP_PHOTOS else 0.0)
            )
            here.append(s)
    fwd = [prev]
    # back pointers: 2 x the state before, + 1 where an item opens there (a small int, never allocated)
    back: list[list[int]] = [[]]
    kept = [tuple(here)]  # the states of each fwd row (and of each bwd row: the same, in order)
    for i in range(1, n):
        emit = emits[i]
        key = (keys[i], kept[-1], kinds[i])
        shape = _FORWARD.get(key)
        if shape is None:
            shape = _forward(contexts[i], kept[-1], emit)
            if len(_FORWARD) < 4096:
                _FORWARD[key] = shape
        closers, rows, here = shape
        cur = [NEG] * _N
        ptr = [0] * _N
        if closers:
            # the best item to close before each kind of next item (`best_ends` in line: change both)
            best_a = best_b = best_photo = NEG
            at_a = at_b = at_photo = -1
            for a, end, keep_a, keep_b in closers:
                total = prev[a] + end
                value = total if keep_a else total - SWITCH
                if value > best_a:
                    best_a, at_a = value, a
                value = total if keep_b else total - SWITCH
                if value > best_b:
                    best_b, at_b = value, a
                if total > best_photo:
                    best_photo, at_photo = total, a
            values = (best_a, best_b, best_photo)
            opened = (2 * at_a + 1, 2 * at_b + 1, 2 * at_photo + 1)  # (back pointers: an item opens)
        for s, preds, start, kind in rows:
            best = NEG
            arg = -1
            for p, t in preds:
                ps = prev[p] + t
                if ps > best:
                    best, arg = ps, p
            if start is not None:
                value = values[kind] + start
                if value > best:
                    cur[s] = value + emit[s]
                    ptr[s] = opened[kind]
                    continue
            cur[s] = best + emit[s]
            ptr[s] = 2 * arg
        if not here:  # nothing fits the grammar: open an item in the unit's best state
            p = max(kept[-1], key=prev.__getitem__)
            s, e = max(emit.items(), key=lambda c: c[1])
            cur[s], ptr[s] = prev[p] + e - 20.0, 2 * p + 1
            here = (s,)
        fwd.append(cur)
        back.append(ptr)
        prev = cur
        kept.append(here)
    # backward: best score of the rest of the page after each state, from the page's end; each unit's
    # state on the best path and its margin are read on the way, so one row is kept at a time (with
    # every row kept, and a tuple per back pointer, a 10 MB page peaked at 118 MB; now 93 MB)
    closing = CONTEXTS[
        end_kind(units[-1]), False, False, 0, 0, False
    ].end  # the page's end closes the last item
    last = fwd[n - 1]
    row = [NEG] * _N
    for q in kept[n - 1]:
        row[q] = closing.get(q, -20.0)
    s = max(kept[n - 1], key=lambda q, last=last, row=row: last[q] + row[q])
    path = [0] * n
    starts = [False] * n
    margins = [0.0] * n
    if trace is not None:  # (the emissions as this pass read them: a second pass reads fewer)
        trace.update(
            fwd=[{q: fwd[k][q] for q in kept[k]} for k in range(n)],
            bwd=[{}] * n,
            emits=list(emits),
            contexts=contexts,
        )
    for i in range(n - 1, -1, -1):
        path[i] = s
        ahead, states = fwd[i], kept[i]
        if trace is not None:
            trace["bwd"][i] = {q: row[q] for q in states}
        chosen = ahead[s] + row[s]
        # a photo's two placements are one reading: its twin is no alternative to be unsure of
        twin = PHOTO_TWIN.get(s)
        # (loops, not comprehensions or lambdas over this function's names: those would keep `s`,
        # `row` and the rest in cells, read more slowly all through the two passes)
        second, rival = NEG, -1
        for q in states:
            if q != s and q != twin:
                value = ahead[q] + row[q]
                if rival < 0 or value > second:  # (the first best, as `max` takes it)
                    second, rival = value, q
        margins[i] = chosen - second if rival >= 0 else PRUNE
        if runner_up is not None and rival >= 0:
            runner_up[i] = rival
        if i == 0:
            break
        step = back[i][s]
        starts[i] = bool(step & 1)
        s = step >> 1
        emit = emits[i]
        key = (keys[i], kept[i - 1], states)
        found = _BACKWARD.get(key)
        if found is None:
            found = backward_shape(contexts[i], kept[i - 1], states)
            if len(_BACKWARD) < 4096:
                _BACKWARD[key] = found
        openers, backs = found
        open_a = open_b = open_photo = NEG  # (comparisons: a third as costly as `max` calls)
        for q, start, own_a, photo in openers:
            value = start + emit[q] + row[q]
            if own_a:
                if value > open_a:
                    open_a = value
            elif value > open_b:
                open_b = value
            if photo and value > open_photo:
                open_photo = value
        nxt, row = row, [NEG] * _N
        for s_here, succs, end, own_a, photo in backs:
            best = NEG
            for q, t in succs:
                qs = emit[q] + nxt[q] + t
                if qs > best:
                    best = qs
            if end is not None:
                # the best next item: of its own placement, a photo, or the other placement
                # (switching), found by comparisons as `max` would, at a third of its cost
                if own_a:
                    following, alt = open_a, open_b
                else:
                    following, alt = open_b, open_a
                if open_photo > following:
                    following = open_photo
                if not photo:
                    alt -= SWITCH
                if alt > following:
                    following = alt
                value = end + following
                if value > best:
                    best = value
            row[s_here] = best
    starts[0] = True
    return path, starts, margins
