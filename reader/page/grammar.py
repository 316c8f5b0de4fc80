"""The article grammar: the states a unit may take and what it costs to move between them.

A state is a role and where its item's headline stands ("b": before the body, "a": after it). An
article is a path through the grammar

    before:  photos-above? byline-over? kicker* headline subtitle* byline? box? body-part+
    after:   byline? photos? box? body-part+ kicker* headline subtitle* byline-under?
    photo:   title? caption+ credit? (or the title after the caption)
    body-part: body | subhead | captions and credits printed after the body

`INSIDE` scores the moves inside an item, `STARTS` and `ENDS` opening and closing one. How a unit
ends (`unitends.end_kind`: finished, broken off at a column's end, a title, a credit, a
signature), whether the next one opens with a dateline, whether it is a title line set right under
another (`stacks.mark_tight`), and whether a wide gap stands over it (wider than the page's
narrowest, `stacks.mark_apart`) change those scores: `CONTEXTS` holds them, worked out once, for
every such case. `reader.page.labels` finds the best path.

An article's text and its photos stand in one frame, so a wide gap under its text or captions
closes it to more captions (`FRAME_CUT`) and, at a smaller cost, to a headline printed after the body
(`FRAME_TITLE_CUT`: some extractions widen the gap over such a headline at random); its text may go
on, as a column break can widen a gap between two of its paragraphs. On the laid-out pages of the
four layout programs that print such gaps (1998 and 2026 texts), no photo caption with a wide gap
above it was the article above's (0 of 83 caption runs: 52 stood alone, 30 were the next
article's); a wide gap under a line of text ended the article 534 times on three programs and fell
inside one 12 times (a subhead over another), while the fourth widens the gap at a column break
(48 inside an article, none at a boundary). Nor do photos printed over a story's heading or text
(`_PHOTOS_OVER`) go on to it under a wide gap: on the non-blind truths (all programs), of the photos
with a wide gap under them 192 stood alone, 78 were the story's above and 2 the story's below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.page.blocks import Unit
from reader.page.unitends import PHOTO_IN_TEXT, TEXT_GOES_ON
from reader.page.weights import (
    CREDITED_CUT,
    DATELINE_INSIDE,
    DATELINE_OPENS,
    FRAME_CUT,
    FRAME_TITLE_CUT,
    GOES_ON_CUT,
    LEAN_CUT,
    MID_END,
    NO_BYLINE,
    ROLES,
    SERIES_CUT,
    SIGNATURE,
    SIGNED_GOES_ON,
    TIGHT_CUT,
    UNDER_TITLE,
)

_K, _H, _S, _B, _T, _Q, _C, _R, _P, _PR, _PT, _QX, _TX = ROLES


@dataclass(frozen=True, slots=True)
class State:
    role: str
    placement: str  # "b": headline before its body, "a": after it

    @property
    def placed(self) -> str:
        """The placement as --explain names it: "before" or "after" (the headline and its body)."""
        return "before" if self.placement == "b" else "after"


# captions and credits printed before an article's body are states of their own, so that the
# grammar can ask for a body after them; they score and print as captions and credits
_CP, _RP = "caption-pre", "credit-pre"
_CT, _RT = "caption-top", "credit-top"  # photos printed above an article's heading
_BE = "byline-end"  # a signature closing the text (a commentary signed at its end), as a byline
# a byline set right under the headline printed after its body: the heading's (`UNDER_TITLE`)
_BU = "byline-under"
_BO = "byline-over"  # a byline printed over its story's kicker or headline, the heading before the text
# a box that heads the body (核心阅读 and its summary, 编者按：…) before the dateline opens the text
EMIT_AS = {_CP: _C, _RP: _R, _CT: _C, _RT: _R, _BE: _B, _BU: _B, _BO: _B}
PRINT_AS = {**EMIT_AS, _QX: _Q, _TX: _T}
KIND_NAMES = {
    _CP: "before the text",
    _RP: "before the text",
    _CT: "over the title",
    _RT: "over the title",
    _BE: "signing the end",
    _BU: "under its title",
    _BO: "over its title",
    _QX: "a box's title",
    _TX: "a box's text",
    _B: "over the text",
    _C: "after the text",
    _R: "after the text",
    _Q: "in the text",
    _T: "the text",
}
"""What tells apart the states that print as one role (`PRINT_AS`), for --explain's runner-up: a
byline `under its title` is set under a headline printed after its text, the heading's, where a
byline `over the text` opens the text below it."""
STATES = [
    *(State(r, p) for p in "ba" for r in (*ROLES, _CP, _RP, _BE)),
    *(State(r, "b") for r in (_CT, _RT)),
    State(_BU, "a"),
    State(_BO, "b"),
]
INDEX = {s: i for i, s in enumerate(STATES)}


def rival_name(state: State, rival: State, grammar_rival: State | None = None) -> str:
    """The runner-up `rival` of a unit read as `state` (both as printed), as --explain names it: its
    role; and its placement too where the role is the chosen one's; and where even that is the chosen
    state's, the state the grammar meant (`grammar_rival`: a byline over the text, or under the
    headline printed after it), so that the runner-up never reads as the choice itself."""
    if rival.role != state.role:
        return rival.role
    named = f"{rival.role} {rival.placed}"
    if rival.placement == state.placement and grammar_rival is not None:
        kind = KIND_NAMES.get(grammar_rival.role)
        named += f" ({kind})" if kind else ""
    return named


def _s(role: str, placement: str) -> int:
    return INDEX[State(role, placement)]


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
        add(_T, _BE, -SIGNATURE)  # a name signing the text under its last line
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
            add(_BO, _K)
            add(_BO, _H)
            starts.update({_s(_K, p): 0, _s(_H, p): 0, _s(_B, p): -3, _s(_T, p): -3.5})
            starts[_s(_CT, p)] = -0.5 - PAGE_TOP_PHOTOS
            starts[_s(_PT, p)] = -0.5
            starts[_s(_BO, p)] = -BYLINE_OVER_TITLE
            ends.update({_s(s, p): 0 for s in (_T, _C, _R, _BE)})
        else:
            for a in (_T, _C, _R):
                add(a, _K)
                add(a, _H)
            add(_H, _S)
            for a in (_H, _S):
                add(a, _BU, UNDER_TITLE)
            add(_BE, _K)
            add(_BE, _H)
            add(_P, _PT, -1)  # a photo's title is more often above it
            add(_PR, _PT, -1)
            starts.update({_s(_B, p): 0, _s(_T, p): 0, _s(_CP, p): -0.5, _s(_QX, p): -1, _s(_TX, p): -1.5})
            ends.update({_s(_H, p): 0, _s(_S, p): 0, _s(_PT, p): 0, _s(_BU, p): 0})
            ends.update({_s(s, p): -3.5 for s in (_T, _C, _R)})
        starts[_s(_P, p)] = -0.2
        ends.update({_s(_P, p): 0, _s(_PR, p): 0})
    return inside, starts, ends


# an article opens with photos printed above its heading only at the top of the page: further down,
# captions between one article and the next one's heading are a photo standing alone
PAGE_TOP_PHOTOS = 2.5
# a line naming reporters by role may stand over its story's kicker or headline (extraction sets a
# byline boxed beside the heading first): on the helper truths 35 stories print one so (most on one
# set's pages), and 41 print one under their text, over the headline printed after it (`_BE`, `_BU`):
# the start's cost keeps that reading where the text above has no heading of its own
BYLINE_OVER_TITLE = 2.0
INSIDE, STARTS, ENDS = _grammar()
PAGE_START_BEFORE = 0.5  # most pages print headlines before their bodies
TOP_PHOTOS = frozenset({_s(_CT, "b")})
SIGNATURE_STATES = frozenset({_s(_BE, "b"), _s(_BE, "a")})
UNDER_TITLE_STATE = _s(_BU, "a")  # only for a byline set right under a title under a finished text
UNDER_TITLE_STATES = frozenset({UNDER_TITLE_STATE})
BYLINE_STATES = frozenset({_s(_B, "b"), _s(_B, "a"), _s(_BO, "b")})  # a byline heading its own story
OVER_TITLE_STATE = _s(_BO, "b")  # only for a line naming reporters by their role
SIGNATURE_OVER_TITLE = _s(_BE, "a")  # a signature under the text, over its headline printed after it
# a credit line alone opening the page (a chart's `数据来源：…  制图：…`, a photo's): the first
# article's, printed above its byline; further down a credit line closes the captions above it
PAGE_TOP_CREDIT = {_s(_RP, "a"): -1.0}


PHOTO = {i for i, s in enumerate(STATES) if s.role in (_P, _PR, _PT)}
PHOTO_TWIN = {i: INDEX[State(STATES[i].role, "a" if STATES[i].placement == "b" else "b")] for i in PHOTO}
PLACEMENT = [s.placement for s in STATES]


@dataclass(slots=True)
class Context:
    """Transition scores into a unit, for one (previous unit unfinished, unit has dateline) case."""

    into: dict[int, list[tuple[int, float]]]  # to-state → [(from-state, score)] inside an item
    out_of: dict[int, list[tuple[int, float]]]  # from-state → [(to-state, score)] inside an item
    end: dict[int, float]  # score of closing an item in this state
    start: dict[int, float]  # score of opening an item in this state


def _context(
    mid: int, dateline: bool, tight: bool, caption: int = 0, lean: int = 0, apart: bool = False
) -> Context:
    # each cut in its turn, over the transitions it applies to (`_APPLIES`): a transition takes its cuts
    # in the same order as one by one, with the same sums
    scores = list(INSIDE.values())
    if lean in (DOWN, SPLIT, SPLIT_TAGGED):
        # a heading that names the story below closes none above it: not after its text, nor,
        # right under a heading that names the story above, after that one (two stories' headings)
        for k in _APPLIES["lean_split" if lean in (SPLIT, SPLIT_TAGGED) else "lean"]:
            scores[k] -= LEAN_CUT
    if caption == SERIES:
        for k in _APPLIES["series"]:
            scores[k] -= SERIES_CUT  # a photo's first numbered caption goes on no other photo's
    if caption == CREDITED:
        for k in range(len(scores)):
            scores[k] -= CREDITED_CUT  # photos credited to the next story's reporter go on no item above
    elif caption == CREDITED_OVER:
        for k in _APPLIES["item_text"]:
            scores[k] -= CREDITED_CUT  # … nor, printed over its byline, any text or photo above them
    elif caption == MARKED:
        for k in _APPLIES["not_marked"]:
            # a photo credited with a marker goes on nothing but its title or its caption's head
            scores[k] -= CREDITED_CUT
    if apart:
        for k in _APPLIES["framed"]:
            scores[k] -= FRAME_CUT  # a wide gap under an article's text or photos closes its frame
        for k in _APPLIES["framed_title"]:
            scores[k] -= FRAME_TITLE_CUT
        for k in _APPLIES["photos_framed"]:
            scores[k] -= FRAME_CUT  # … and photos printed over a story's heading or text stand in its frame
    if mid == 4:
        for k in _APPLIES["body_goes_on"]:
            scores[k] -= SIGNED_GOES_ON
    elif mid and mid != PHOTO_IN_TEXT:  # (a photo set into a sentence breaks none of it: `inset`)
        for k in _APPLIES["body_body"]:
            scores[k] += 1.0 if mid in (1, TEXT_GOES_ON) else -2.0
        for k in _APPLIES["body_ends"]:
            scores[k] -= MID_END
    if not dateline:
        for k in _APPLIES["titled"]:
            scores[k] -= NO_BYLINE
    else:
        # a dateline opens a body: after a title or byline, never inside a body
        for k in _APPLIES["dated_inside"]:
            scores[k] += -DATELINE_INSIDE
        for k in _APPLIES["dated_opens"]:
            scores[k] += DATELINE_OPENS
    # (the transitions follow from the scores alone, which many keys share: those of `tight`, of `lean`
    # UP, of a caption's GOES_ON…; worked out once per scores, read only)
    key = tuple(scores)
    shared = _TRANSITIONS.get(key)
    if shared is None:
        into: dict[int, list[tuple[int, float]]] = {b: [] for b in _INTO_ORDER}
        out_of: dict[int, list[tuple[int, float]]] = {a: [] for a in _OUT_ORDER}
        for (a, b), score in zip(INSIDE, scores, strict=True):
            into[b].append((a, score))
            out_of[a].append((b, score))
        shared = _TRANSITIONS[key] = into, out_of
    into, out_of = shared
    unfinished = (_T, _C) if mid in (1, 2, TEXT_GOES_ON, PHOTO_IN_TEXT) else (_T,) if mid == 3 else ()
    end = {a: score - (MID_END if STATES[a].role in unfinished else 0.0) for a, score in ENDS.items()}
    start = {}
    for b, score in STARTS.items():
        if STATES[b].role == _T:
            if dateline:
                score += DATELINE_OPENS
            elif STATES[b].placement == "a":
                score -= NO_BYLINE
        if mid == TEXT_GOES_ON:
            score -= GOES_ON_CUT  # the text above goes on: no story opens in it
        elif mid == PHOTO_IN_TEXT:
            score -= MID_END  # … nor at a photo set into it
        if tight and STATES[b].role in _TIGHT_ROLES and lean != SPLIT_TAGGED:
            # a title set right under another is the same heading's (`stacks`), but not where
            # the two name two stories and a column's name closes one of them (`lean_kind`)
            score -= TIGHT_CUT
        if lean == UP and STATES[b].role in _TIGHT_ROLES:
            score -= LEAN_CUT  # … and one that names the story above opens no item
        if caption == GOES_ON:
            score -= MID_END  # the rest of a caption, or of a numbered series, opens nothing
        elif caption == CREDITED:
            # … they open the next story, printed above its heading as at the page's top
            score += PAGE_TOP_PHOTOS if b in TOP_PHOTOS else -CREDITED_CUT
        elif caption == CREDITED_ABOVE:
            score -= CREDITED_CUT  # … and those credited to the story above's reporter open nothing
        elif caption == CREDITED_OVER and STATES[b].role in (_P, _PR):
            score -= CREDITED_CUT  # … and they stand alone as no photo does
        elif caption == TITLE_PHOTO and STATES[b].role in (_P, _PR, _PT):
            score -= CREDITED_CUT  # … and the photo over a headline never stands alone
        elif caption == MARKED and STATES[b].role != _P:
            score -= CREDITED_CUT  # … and opens a photo of its own
        start[b] = score
    return Context(into, out_of, end, start)


# an article's photos (captions and credits, wherever printed) stand in one frame with its text
_PHOTO_PARTS = frozenset({_C, _R, _CT, _RT, _CP, _RP})
_FRAMED = _PHOTO_PARTS | {_T}
_PHOTOS_OVER = frozenset({_CT, _RT, _CP, _RP})  # an article's photos printed over its heading or its text
_TIGHT_ROLES = frozenset({_K, _H, _S, _PT})
_HEADINGS = frozenset({_K, _H, _S})
_CAPTION_ROLES = frozenset({_C, _CP, _CT, _P})
_PICTURE_ROLES = frozenset({_C, _R, _CP, _RP, _CT, _RT, _P, _PR})
SERIES, GOES_ON, CREDITED, CREDITED_ABOVE, CREDITED_OVER, MARKED, TITLE_PHOTO = 1, 2, 3, 4, 5, 6, 7
# the states of an item's text and photos closing it, which photos credited to the next story's
# reporter go on from nowhere
_ITEM_TEXT = frozenset({_T, _Q, _TX, _QX, _C, _R, _BE, _P, _PR, _PT})
UP, DOWN, SPLIT, SPLIT_TAGGED = 1, 2, 3, 4
ContextKey = tuple[int, bool, bool, int, int, bool]


def _applies(ask: Callable[[str, str, int, int], bool]) -> tuple[int, ...]:
    """The positions in `INSIDE` of the transitions (from state a, role ra, to state b, role rb) that
    `ask(ra, rb, a, b)` holds for."""
    return tuple(k for k, (a, b) in enumerate(INSIDE) if ask(STATES[a].role, STATES[b].role, a, b))


def _heading_after(rb: str, a: int) -> bool:
    return rb in _HEADINGS and PLACEMENT[a] == "a"


# Which transitions each cut of `_context` applies to, worked out once from their roles: a context
# then touches only the transitions its cuts apply to (asking every transition about every cut cost
# twice as much: a process segmenting many pages works out some 40 contexts, 3% of the instructions
# of its first pages)
_APPLIES = {
    "lean": _applies(lambda ra, rb, a, b: _heading_after(rb, a) and ra not in _TIGHT_ROLES),
    "lean_split": _applies(
        lambda ra, rb, a, b: _heading_after(rb, a) and (ra not in _TIGHT_ROLES or ra in _HEADINGS)
    ),
    "series": _applies(lambda ra, rb, a, b: ra in _PICTURE_ROLES and rb in _CAPTION_ROLES),
    "item_text": _applies(lambda ra, rb, a, b: ra in _ITEM_TEXT),
    "not_marked": _applies(lambda ra, rb, a, b: not (ra in (_P, _PT) and rb == _P)),
    "framed": _applies(lambda ra, rb, a, b: ra in _FRAMED and rb in _PHOTO_PARTS),
    "framed_title": _applies(lambda ra, rb, a, b: ra in _FRAMED and rb in (_K, _H) and PLACEMENT[b] == "a"),
    "photos_framed": _applies(lambda ra, rb, a, b: ra in _PHOTOS_OVER and rb not in _PHOTO_PARTS),
    # (after a signed text, a body's other transitions take a cut of 0.0: no change)
    "body_goes_on": _applies(lambda ra, rb, a, b: ra == _T and rb in (_T, _Q)),
    "body_body": _applies(lambda ra, rb, a, b: ra == _T and rb == _T),
    "body_ends": _applies(lambda ra, rb, a, b: ra == _T and rb not in (_T, _Q)),
    "titled": _applies(lambda ra, rb, a, b: ra in (_H, _S) and rb in (_T, _Q, _QX, _TX)),
    "dated_inside": _applies(lambda ra, rb, a, b: rb == _T and ra in (_T, _Q, _C, _R)),
    "dated_opens": _applies(lambda ra, rb, a, b: rb == _T and ra not in (_T, _Q, _C, _R)),
}
_TRANSITIONS: dict[tuple[float, ...], tuple[dict, dict]] = {}  # `_context`'s into and out_of by scores
_INTO_ORDER = list(dict.fromkeys(b for _, b in INSIDE))  # (the order a context's dicts always had)
_OUT_ORDER = list(dict.fromkeys(a for a, _ in INSIDE))


class _Contexts(dict[ContextKey, Context]):
    """Each context worked out the first time a page meets it (a page meets few of the 360, and
    working out all of them at import took longer than segmenting a page)."""

    def __missing__(self, key: ContextKey) -> Context:
        found = self[key] = _context(*key)
        return found


# keyed by (unit before unfinished, unit has a dateline, unit is a title set right under another,
# unit opens a numbered series of captions (SERIES) or goes on a caption broken off above (GOES_ON),
# or opens photos credited to the next story's reporter (CREDITED) or the story above's (CREDITED_ABOVE),
# unit is a heading whose words name the story above (UP) or below (DOWN; SPLIT, right under one
# naming the story above, SPLIT_TAGGED where one of the two carries a column's name): `cohesion`,
# unit set a wide gap under the one before: `stacks.mark_apart`)
CONTEXTS = _Contexts()


def lean_kind(features: dict[str, float], units: list[Unit] | None = None, i: int = 0) -> int:
    """The lean part of unit `i`'s context key (`features` its features): UP, DOWN, SPLIT (leaning
    down right under a heading leaning up: `lean.mark_lean`), SPLIT_TAGGED (… where either of the two
    closes with a column's name, `（X）`, and the upper stands under no photo's credit) or 0.

    A column's name closes a story's headline (`…（X）`), and a pair of titles that name two stories
    with a column's name on either is the two stories' headlines, never one story's kicker and
    headline: on the truths of all sets (layout12's tune split only), of such pairs that are truth
    titles, 180 were two stories' headings and none one heading's (without a column's name, 175
    and 9). (A title right under a photo's credit is that photo's, or a kicker of the heading under
    it, as the gap between them tells: `stacks`.)"""
    if "leans_down" in features:
        if "lean_split" not in features:
            return DOWN
        if units is None or i < 2:
            return SPLIT
        above, over = units[i - 1].features, units[i - 2].features
        tagged = "column_tag" in features or "column_tag" in above
        return SPLIT_TAGGED if tagged and "credit_end" not in over and "credit" not in over else SPLIT
    return UP if "leans_up" in features else 0


def caption_kind(features: dict[str, float]) -> int:
    """The caption part of a unit's context key: MARKED, CREDITED, CREDITED_ABOVE, CREDITED_OVER,
    TITLE_PHOTO, SERIES, GOES_ON or 0. Captions whose words are the story's above them
    (`tells_above`, `captionties.mark_caption_ties`) open nothing, as photos credited to that story's
    reporter do: where the photo after them is credited to the next story's reporter, the two ways
    of reading them cost the same, and the words tell."""
    if "marked_photo" in features:
        return MARKED
    if "credited_below" in features or "tells_below" in features:
        return CREDITED
    if "credited_above" in features or "tells_above" in features:
        return CREDITED_ABOVE
    if "credited_over_byline" in features:
        return CREDITED_OVER
    if "title_photo" in features:
        return TITLE_PHOTO  # (`measure.TITLE_PHOTO`)
    if "series_opens" in features:
        return SERIES
    return GOES_ON if "caption_goes_on" in features or "series_goes_on" in features else 0
