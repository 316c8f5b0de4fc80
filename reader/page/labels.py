"""Roles for the units of a page, chosen together by dynamic programming under an article grammar.

Each unit (see `blocks`) gets a score for every role from the features that fired on it (the
weights of `reader.page.weights`, set by hand from layout conventions and checked on the tuning split of the
laid-out validation pages). An article is a path through the grammar

    before:  photos-above? kicker* headline subtitle* byline? box? body-part+
    after:   byline? photos? box? body-part+ kicker* headline subtitle*
    photo:   title? caption+ credit? (or the title after the caption)
    body-part: body | subhead | captions and credits printed after the body

and the page is the best-scoring sequence of such items (Viterbi over states = role x where the
headline stands). Each item chooses its own headline placement; changing placement between
neighbours costs `SWITCH`, so a page whose first article opens with its byline reads the rest the
same way unless their own evidence (a byline after a title, a page ending on a title) says
otherwise. A dateline opens a body and costs dearly inside one; a body that breaks off mid-sentence
costs `MID_END` to end an article. Where a unit's role is ambiguous, the best labelling that gives it
another role scores lower by a margin: that margin, over an article's title and boundary units, is
the article's confidence.

Why this: the page-wide switches and threshold chains it replaces decided each block alone, once
per page (headline before or after bodies from the first candidate), and scored articles F1 0.68,
headline 0.32, authors 0.61, paragraphs 0.60 on the 240 pages of the validation split
(benchmarks/segment_validation.py, layouts the rules were never tuned on). Scoring whole
segmentations lets the grammar carry what those chains could not (a title is a headline only where
an article can start or end; captions between a heading and a body belong to that article; two
headings in a row are a kicker and a headline only when nothing else fits), and gives 0.95, 0.88,
0.92, 0.90 on the same pages, the bundled page staying at 1.000. A trained sequence labeller
(CRF) was not tried: 60 tuning pages are few for one, the hand weights stay readable in
`duba segment --explain`, and no model file has to ship. Roles a unit could never take are left out
of the programme (`_allowed`), which keeps it under a millisecond for a 10 KB page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reader.page.blocks import Unit
from reader.page.weights import (
    BIAS,
    DATELINE_INSIDE,
    DATELINE_OPENS,
    MID_END,
    NO_BYLINE,
    PRUNE,
    ROLES,
    SIGNED_GOES_ON,
    SWITCH,
    WEIGHTS,
)

_K, _H, _S, _B, _T, _Q, _C, _R, _P, _PR, _PT, _QX, _TX = ROLES


@dataclass(frozen=True, slots=True)
class State:
    role: str
    placement: str  # "b": headline before its body, "a": after it


# captions and credits printed before an article's body are states of their own, so that the
# grammar can ask for a body after them; they score and print as captions and credits
_CP, _RP = "caption-pre", "credit-pre"
_CT, _RT = "caption-top", "credit-top"  # photos printed above an article's heading
# a box that heads the body (核心阅读 and its summary, 编者按：…) before the dateline opens the text
_EMIT_AS = {_CP: _C, _RP: _R, _CT: _C, _RT: _R}
_PRINT_AS = {**_EMIT_AS, _QX: _Q, _TX: _T}
STATES = [State(r, p) for p in "ba" for r in (*ROLES, _CP, _RP)] + [State(r, "b") for r in (_CT, _RT)]
_INDEX = {s: i for i, s in enumerate(STATES)}


def _s(role: str, placement: str) -> int:
    return _INDEX[State(role, placement)]


def _grammar() -> tuple[dict[tuple[int, int], float], dict[int, float], dict[int, float]]:
    """Transitions inside an item, and the scores of starting and ending one in each state."""
    inside: dict[tuple[int, int], float] = {}
    starts: dict[int, float] = {}
    ends: dict[int, float] = {}
    for p in "ba":

        def add(a: str, b: str, score: float = 0.0, p: str = p) -> None:
            inside[_s(a, p), _s(b, p)] = score

        # the body: text, subheads, captions and credits after it
        for a in (_T, _Q):
            add(a, _T)
            add(a, _Q, -0.5 if a == _Q else 0.0)
        add(_T, _C)
        add(_T, _R, -1)
        for a, b in ((_C, _C), (_C, _R), (_R, _C), (_CP, _CP), (_CP, _RP), (_RP, _CP), (_CP, _T), (_RP, _T)):
            add(a, b)
        add(_C, _T, -0.3)
        add(_R, _T, -0.3)
        # a box title (核心阅读) or subhead may open the body; a box heads it before the text
        for a in (_B, _CP, _RP):
            add(a, _Q, -0.5)
            add(a, _QX, -0.5)
            add(a, _TX, -1)
        add(_QX, _TX, 3)
        add(_TX, _TX, -0.5)
        add(_TX, _T)
        add(_TX, _Q)
        add(_TX, _B, -0.5)  # an editor's note boxed between the headline and the byline
        # bylines, and photos printed between the byline and the body
        add(_B, _B, -1)
        add(_B, _T)
        add(_B, _CP, -0.5)
        add(_CP, _B, -0.5)
        add(_RP, _B, -0.5)  # photos, each closed by its credit line, printed above the byline
        add(_K, _K, -2)
        add(_K, _H)
        add(_S, _S, -1)
        add(_P, _P)
        add(_P, _PR)
        if p == "b":
            for a in (_H, _S):
                if a == _H:
                    add(a, _S)
                add(a, _B)
                add(a, _T)
                add(a, _Q, -0.5)
                add(a, _QX, -0.5)
                add(a, _TX, -1)
                add(a, _CP, -0.5)
            for a, b in ((_CT, _CT), (_CT, _RT), (_RT, _CT), (_CT, _K), (_CT, _H), (_RT, _K), (_RT, _H)):
                add(a, b)
            add(_PT, _P)
            starts.update({_s(_K, p): 0, _s(_H, p): 0, _s(_B, p): -3, _s(_T, p): -3.5})
            starts[_s(_CT, p)] = -0.5 - PAGE_TOP_PHOTOS
            starts[_s(_PT, p)] = -0.5
            ends.update({_s(s, p): 0 for s in (_T, _C, _R)})
        else:
            for a in (_T, _C, _R):
                add(a, _K)
                add(a, _H)
            add(_H, _S)
            add(_P, _PT, -1)  # a photo's title is more often above it
            add(_PR, _PT, -1)
            starts.update({_s(_B, p): 0, _s(_T, p): 0, _s(_CP, p): -0.5, _s(_QX, p): -1, _s(_TX, p): -1.5})
            ends.update({_s(_H, p): 0, _s(_S, p): 0, _s(_PT, p): 0})
            ends.update({_s(s, p): -3.5 for s in (_T, _C, _R)})
        starts[_s(_P, p)] = -0.2
        ends.update({_s(_P, p): 0, _s(_PR, p): 0})
    return inside, starts, ends


# an article opens with photos printed above its heading only at the top of the page: further down,
# captions between one article and the next one's heading are a photo standing alone
PAGE_TOP_PHOTOS = 2.5
INSIDE, STARTS, ENDS = _grammar()
PAGE_START_BEFORE = 0.5  # most pages print headlines before their bodies
_TOP_PHOTOS = frozenset({_s(_CT, "b")})


_ROLE_INDEX = {r: k for k, r in enumerate(ROLES)}
_BIAS = [BIAS[r] for r in ROLES]
# each feature's weights as a full row over ROLES, so a unit's scores are one column sum
_ROWS = {name: tuple(by_role.get(r, 0.0) for r in ROLES) for name, by_role in WEIGHTS.items()}
_STATE_ROLE = [_ROLE_INDEX[_EMIT_AS.get(s.role, s.role)] for s in STATES]


_VECTORS: dict[tuple[str, ...], list[float]] = {}  # a page has few distinct feature sets
# read, never changed: a unit's states and their scores, and the states alone (for `_FORWARD` keys)
_EMITS: dict[tuple[tuple[str, ...], bool, bool, bool], tuple[dict[int, float], tuple[int, ...]]] = {}


def _role_vector(unit: Unit) -> list[float]:
    return _vector(tuple(unit.features))  # every feature fires with value 1, in measuring order


def _vector(key: tuple[str, ...]) -> list[float]:
    found = _VECTORS.get(key)
    if found is None:
        rows = [_ROWS[name] for name in key if name in _ROWS]
        found = [sum(column) for column in zip(_BIAS, *rows, strict=True)] if rows else list(_BIAS)
        if len(_VECTORS) < 4096:
            _VECTORS[key] = found
    return found


def role_scores(unit: Unit) -> dict[str, float]:
    """Every role's emission score for this unit."""
    return dict(zip(ROLES, _role_vector(unit), strict=True))


def evidence(unit: Unit, role: str) -> list[tuple[str, float]]:
    """The features that fired on the unit and what each gave the role, strongest first."""
    found = [(name, WEIGHTS.get(name, {}).get(role, 0.0)) for name in unit.features]
    return sorted(found, key=lambda item: -abs(item[1]))


def _mid(unit: Unit) -> int:
    """0: the unit finishes its sentence; 1: it breaks off at a full line (a column break);
    2: it breaks off short (a title or subhead); 3: it closes with a photo credit, which finishes
    a caption as a full stop does but never a body; 4: it finishes with a signature (`。（王桦）`),
    is a trailer (`（X参与采写）`) or a letter's signature line, which closes an article's text."""
    f = unit.features
    if "signed_end" in f or "trailer" in f or "signature" in f:
        return 4
    if "ends_stop" in f:
        return 0
    if "credit_end" in f or "credit" in f:
        return 3
    if "new_story" in f:
        return 2  # a title between two stories: not a sentence running on past a column's end
    return 1 if unit.lines[-1].width >= unit.column - 4 else 2


def _break_before(units: list[Unit], i: int) -> int:
    """`_mid` of the unit before unit `i`, where a line broken off at a full column goes on into
    unit `i` only if that can open with the rest of a sentence: a box's opening (`核心阅读`,
    `编者按：…`) never does, so the full line over it breaks off as a title does."""
    mid = _mid(units[i - 1])
    return 2 if mid == 1 and "box_opening" in units[i].features else mid


_NEG = -1e9
_PHOTO = {i for i, s in enumerate(STATES) if s.role in (_P, _PR, _PT)}
_PHOTO_TWIN = {i: _INDEX[State(STATES[i].role, "a" if STATES[i].placement == "b" else "b")] for i in _PHOTO}
_PLACEMENT = [s.placement for s in STATES]


@dataclass(slots=True)
class _Context:
    """Transition scores into a unit, for one (previous unit unfinished, unit has dateline) case."""

    into: dict[int, list[tuple[int, float]]]  # to-state → [(from-state, score)] inside an item
    out_of: dict[int, list[tuple[int, float]]]  # from-state → [(to-state, score)] inside an item
    end: dict[int, float]  # score of closing an item in this state
    start: dict[int, float]  # score of opening an item in this state


def _context(mid: int, dateline: bool) -> _Context:
    into: dict[int, list[tuple[int, float]]] = {}
    out_of: dict[int, list[tuple[int, float]]] = {}
    for (a, b), score in INSIDE.items():
        ra, rb = STATES[a].role, STATES[b].role
        if ra == _T and mid == 4:
            score -= SIGNED_GOES_ON if rb in (_T, _Q) else 0.0
        elif ra == _T and mid:
            if rb == _T:
                score += 1.0 if mid == 1 else -2.0
            elif rb != _Q:
                score -= MID_END
        if ra in (_H, _S) and rb in (_T, _Q, _QX, _TX) and not dateline:
            score -= NO_BYLINE
        if dateline and rb == _T:
            # a dateline opens a body: after a title or byline, never inside a body
            score += -DATELINE_INSIDE if ra in (_T, _Q, _C, _R) else DATELINE_OPENS
        into.setdefault(b, []).append((a, score))
        out_of.setdefault(a, []).append((b, score))
    unfinished = (_T, _C) if mid in (1, 2) else (_T,) if mid == 3 else ()
    end = {a: score - (MID_END if STATES[a].role in unfinished else 0.0) for a, score in ENDS.items()}
    start = {}
    for b, score in STARTS.items():
        if STATES[b].role == _T:
            if dateline:
                score += DATELINE_OPENS
            elif STATES[b].placement == "a":
                score -= NO_BYLINE
        start[b] = score
    return _Context(into, out_of, end, start)


_CONTEXTS = {(m, d): _context(m, d) for m in (0, 1, 2, 3, 4) for d in (False, True)}


@dataclass(slots=True)
class Labelling:
    """The chosen state per unit, whether an item starts there, and the margin to the best alternative."""

    states: list[State]
    starts: list[bool]
    margins: list[float]
    vectors: list[list[float]]  # each unit's emission score per role, in ROLES order

    def score(self, i: int, role: str) -> float:
        """Unit `i`'s emission score for `role`."""
        return self.vectors[i][_ROLE_INDEX[role]]


_Closer = tuple[int, float, bool, bool]  # state, score of closing an item in it, no switch to "a", to "b"
_Row = tuple[int, list[tuple[int, float]], float | None, str]  # state, (from, score), opening score, kind


def _forward_shape(
    ctx: _Context, prev: dict[int, float], emit: dict[int, float]
) -> tuple[list[_Closer], list[_Row]]:
    """Which transitions join the states kept for one unit to the next unit's: the states that may
    close an item, and for each next state the states it may follow and the score of opening an
    item in it (None where it cannot open one). They follow from the two state sets and the
    context alone, and a page repeats few of them, so each is worked out once (`label`)."""
    closers = [
        (a, end, _PLACEMENT[a] == "a" or a in _PHOTO, _PLACEMENT[a] == "b" or a in _PHOTO)
        for a in prev
        if (end := ctx.end.get(a)) is not None
    ]
    rows = [
        (
            s,
            [(p, t) for p, t in ctx.into.get(s, ()) if p in prev],
            ctx.start.get(s),
            "photo" if s in _PHOTO else _PLACEMENT[s],
        )
        for s in emit
    ]
    return closers, rows


def _best_ends(prev: dict[int, float], closers: list[_Closer]) -> dict[str, tuple[float, int]]:
    """For each placement of the next item: the best score of closing the item before, and where."""
    out = {"a": (_NEG, -1), "b": (_NEG, -1), "photo": (_NEG, -1)}
    for a, end, keep_a, keep_b in closers:
        total = prev[a] + end
        value = total if keep_a else total - SWITCH
        if value > out["a"][0]:
            out["a"] = (value, a)
        value = total if keep_b else total - SWITCH
        if value > out["b"][0]:
            out["b"] = (value, a)
        if total > out["photo"][0]:  # a photo standing alone follows any placement freely
            out["photo"] = (total, a)
    return out


_Opener = tuple[int, float, str, bool]  # state, score of opening an item in it, its placement, a photo
_Back = tuple[int, list[tuple[int, float]], float | None, str, str, bool]  # state, (to, score), closing, …


def _backward_shape(
    ctx: _Context, here: dict[int, float], nxt: dict[int, float]
) -> tuple[list[_Opener], list[_Back]]:
    """The transitions of `_forward_shape` read from the other end: the next unit's states that may
    open an item, and for each state kept here the states it may go on into, the score of closing
    an item in it, and which placements the next item may then take freely."""
    openers = [(q, start, _PLACEMENT[q], q in _PHOTO) for q in nxt if (start := ctx.start.get(q)) is not None]
    rows = []
    for s in here:
        own, other = ("a", "b") if _PLACEMENT[s] == "a" else ("b", "a")
        rows.append(
            (
                s,
                [(q, t) for q, t in ctx.out_of.get(s, ()) if q in nxt],
                ctx.end.get(s),
                own,
                other,
                s in _PHOTO,
            )
        )
    return openers, rows


# shapes of steps seen before, by context and the two units' state sets (read, never changed)
_FORWARD: dict[
    tuple[tuple[int, bool], tuple[int, ...], tuple[int, ...]], tuple[list[_Closer], list[_Row]]
] = {}
_BACKWARD: dict[
    tuple[tuple[int, bool], tuple[int, ...], tuple[int, ...]], tuple[list[_Opener], list[_Back]]
] = {}


_ALWAYS = frozenset(_ROLE_INDEX[r] for r in (_T,))
_TITLES = frozenset(_ROLE_INDEX[r] for r in (_K, _H, _S, _Q, _PT))
_PICTURES = frozenset(_ROLE_INDEX[r] for r in (_C, _P))
_CREDITS = frozenset(_ROLE_INDEX[r] for r in (_R, _PR))


def _allowed(unit: Unit, near_box: bool) -> set[int]:
    """Roles worth considering for a unit (the rest could never win; leaving them out keeps the
    dynamic programme small): titles are short, bylines parse, captions and credits look it."""
    f = unit.features
    allowed = set(_ALWAYS)
    if len(unit.lines) <= 3 and "trailer" not in f:  # a line all in brackets is never a title
        allowed |= _TITLES
        if "box_title" in f:
            allowed.add(_ROLE_INDEX[_QX])
    if unit.byline is not None:
        allowed.add(_ROLE_INDEX[_B])
        allowed |= _CREDITS
    if "credit" in f or "credit_end" in f:
        allowed |= _CREDITS
    if "caption_start" in f or "very_wide" in f or "credit_end" in f or "wide" in f or "over_credit" in f:
        allowed |= _PICTURES
    if "box" in f or near_box:
        allowed.add(_ROLE_INDEX[_TX])
    return allowed


def label(units: list[Unit]) -> Labelling:
    """The best labelling of the units under the grammar, with per-unit margins."""
    n = len(units)
    if n == 0:
        return Labelling([], [], [], [])
    features = [tuple(u.features) for u in units]
    vectors = [_vector(f) for f in features]
    emits: list[dict[int, float]] = []
    kinds: list[tuple[int, ...]] = []  # each unit's states (the keys of its emits)
    boxed = -9
    for i, (unit, vec) in enumerate(zip(units, vectors, strict=True)):
        if "box_title" in unit.features:
            boxed = i
        near_box = i - boxed <= 3
        # the states a unit may take follow from what `_allowed` reads: many units share them
        key = (features[i], len(unit.lines) <= 3, unit.byline is not None, near_box)
        found = _EMITS.get(key)
        if found is None:
            allowed = _allowed(unit, near_box)
            floor = max(vec[k] for k in allowed) - PRUNE
            emit = {s: vec[k] for s, k in enumerate(_STATE_ROLE) if k in allowed and vec[k] >= floor}
            found = emit, tuple(emit)
            if len(_EMITS) < 4096:
                _EMITS[key] = found
        emits.append(found[0])
        kinds.append(found[1])
    keys = [(0, "dateline" in units[0].features)]
    keys += [(_break_before(units, i), "dateline" in units[i].features) for i in range(1, n)]
    contexts = [_CONTEXTS[k] for k in keys]
    # forward: best score of a prefix ending in each state, with back pointers (state, new item)
    first = contexts[0]
    fwd: list[dict[int, float]] = [
        {
            s: e
            + first.start[s]
            + (PAGE_START_BEFORE if _PLACEMENT[s] == "b" else 0.0)
            + (PAGE_TOP_PHOTOS if s in _TOP_PHOTOS else 0.0)
            for s, e in emits[0].items()
            if s in first.start
        }
    ]
    back: list[dict[int, tuple[int, bool]]] = [{}]
    kept = [tuple(fwd[0])]  # the states of each fwd row (and of each bwd row: the same, in order)
    for i in range(1, n):
        prev, emit = fwd[-1], emits[i]
        key = (keys[i], kept[-1], kinds[i])
        shape = _FORWARD.get(key)
        if shape is None:
            shape = _forward_shape(contexts[i], prev, emit)
            if len(_FORWARD) < 4096:
                _FORWARD[key] = shape
        closers, rows = shape
        ends = _best_ends(prev, closers)
        cur: dict[int, float] = {}
        ptr: dict[int, tuple[int, bool]] = {}
        for s, preds, start, kind in rows:
            best = _NEG
            arg = -1
            for p, t in preds:
                ps = prev[p] + t
                if ps > best:
                    best, arg = ps, p
            new = False
            if start is not None:
                value, p = ends[kind]
                if p >= 0 and value + start > best:
                    best, arg, new = value + start, p, True
            if arg >= 0:
                cur[s] = best + emit[s]
                ptr[s] = (arg, new)
        if not cur:  # nothing fits the grammar: open an item in the unit's best state
            p = max(prev, key=prev.__getitem__)
            s, e = max(emit.items(), key=lambda c: c[1])
            cur, ptr = {s: prev[p] + e - 20.0}, {s: (p, True)}
        fwd.append(cur)
        back.append(ptr)
        kept.append(tuple(cur))
    # backward: best score of the rest of the page after each state
    bwd: list[dict[int, float]] = [{} for _ in range(n)]
    closing = _CONTEXTS[_mid(units[-1]), False].end  # the page's end closes the last item
    bwd[n - 1] = {s: closing.get(s, -20.0) for s in fwd[n - 1]}
    for i in range(n - 2, -1, -1):
        nxt, emit, here = bwd[i + 1], emits[i + 1], fwd[i]
        key = (keys[i + 1], kept[i], kept[i + 1])
        found = _BACKWARD.get(key)
        if found is None:
            found = _backward_shape(contexts[i + 1], here, nxt)
            if len(_BACKWARD) < 4096:
                _BACKWARD[key] = found
        openers, backs = found
        opens = {"a": _NEG, "b": _NEG, "photo": _NEG}
        for q, start, x, photo in openers:
            value = start + emit[q] + nxt[q]
            opens[x] = max(opens[x], value)
            if photo:
                opens["photo"] = max(opens["photo"], value)
        row = bwd[i]
        ahead = {q: emit[q] + qs for q, qs in nxt.items()}
        for s, succs, end, own, other, photo in backs:
            best = _NEG
            for q, t in succs:
                qs = ahead[q] + t
                if qs > best:
                    best = qs
            if end is not None:
                alt = opens[other]
                best = max(best, end + max(opens[own], opens["photo"], alt if photo else alt - SWITCH))
            row[s] = best
    last = max(fwd[n - 1], key=lambda s: fwd[n - 1][s] + bwd[n - 1][s])
    path = [last]
    starts = [False] * n
    for i in range(n - 1, 0, -1):
        p, new = back[i][path[-1]]
        starts[i] = new
        path.append(p)
    path.reverse()
    starts[0] = True
    margins = []
    for i, s in enumerate(path):
        chosen = fwd[i][s] + bwd[i][s]
        # a photo's two placements are one reading: its twin is no alternative to be unsure of
        others = [fwd[i][q] + bwd[i][q] for q in fwd[i] if q != s and q != _PHOTO_TWIN.get(s)]
        margins.append(chosen - max(others) if others else PRUNE)
    states = [STATES[s] for s in path]
    states = [State(_PRINT_AS[s.role], s.placement) if s.role in _PRINT_AS else s for s in states]
    return Labelling(states, starts, margins, vectors)


def confidence(margin: float) -> float:
    """A margin between the best labelling and the best alternative, mapped to 0–1."""
    return 1.0 - math.exp(-max(margin, 0.0) / 2.0)
