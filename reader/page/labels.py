"""Roles for the units of a page, chosen together by dynamic programming under an article grammar.

Each unit (see `blocks`) gets a score for every role from the features that fired on it (the weights of
`reader.page.weights`, set by hand from layout conventions and checked on the tuning split of the
laid-out validation pages). An article is a path through the grammar of `reader.page.grammar` (kicker,
headline, subtitle, byline, body, captions, in either headline placement), and the page is the
best-scoring sequence of such items (Viterbi over states = role x where the headline stands; the pass
itself is `reader.page.steps.best_path`). Each item chooses its own headline placement; changing
placement between neighbours costs `SWITCH`, so a page whose first article opens with its byline reads
the rest the same way unless their own evidence (a byline after a title, a page ending on a title) says
otherwise. A dateline opens a body and costs dearly inside one; a body that breaks off mid-sentence
costs `MID_END` to end an article. Where a unit's role is ambiguous, the best labelling that gives it
another role scores lower by a margin: that margin, over an article's title and boundary units, is the
article's confidence.

Why this: the page-wide switches and threshold chains it replaces decided each block alone, once
per page (headline before or after bodies from the first candidate), and scored articles F1 0.68,
headline 0.32, authors 0.61, paragraphs 0.60 on the 240 pages of the validation split
(benchmarks/segment_validation.py, layouts the rules were never tuned on). Scoring whole
segmentations lets the grammar carry what those chains could not (a title is a headline only where
an article can start or end; captions between a heading and a body belong to that article; two
headings in a row are a kicker and a headline only when nothing else fits), and gives 0.95, 0.88,
0.92, 0.90 on the same pages, the bundled page staying at 1.000. Learning the numbers was tried and
measured (benchmarks/train_weights.py: coordinate ascent on the scorer's own figures over the tuning
pages, pulled towards the hand values; no role per unit is needed), leaving one layout program out:
trained on three programs' tuning pages, scored on the fourth's validation split. Learned numbers raise
the mean of the six fields by 0.014-0.019 on the pages they were trained on, and lose on the program
held out: all numbers free, articles F1 -0.005 and headline -0.001 on average over the four folds,
layout4's articles -0.018, modern pages down to -0.035; with 100 tuning pages per program and a move
kept only where no training program loses, -0.004 and +0.001, layout4's articles still -0.018; the
biases and grammar costs alone, -0.005 and -0.005, layout3's headline -0.011. The moves fit quirks of
the programs trained on, so the numbers stay set by hand from layout conventions, readable
in `duba segment --explain`. (A CRF was not tried: truth gives articles and their fields, not a
role per unit.) Roles a unit could never take are left out of the programme (`_allowed`), which
keeps it under a millisecond for a 10 KB page.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from reader.page import rx
from reader.page.blocks import TRAILER, Unit, dateline_head
from reader.page.byline_place import (
    REPORTERS_APART,
    bylined_twice,
    dated_reporters,
    names_next,
    reporters_apart,
    signs_above,
    signs_finished,
    under_finished_heading,
)
from reader.page.grammar import (
    BYLINE_STATES,
    CONTEXTS,
    EMIT_AS,
    OVER_TITLE_STATE,
    PRINT_AS,
    SIGNATURE_OVER_TITLE,
    SIGNATURE_STATES,
    STATES,
    UNDER_TITLE_STATE,
    UNDER_TITLE_STATES,
    State,
    caption_kind,
    lean_kind,
)
from reader.page.steps import best_path, printed
from reader.page.unitends import break_before, end_kind
from reader.page.weights import BIAS, BYLINE_OVER_DATED, PRUNE, ROLES, UNDER_APART, WEIGHTS
from reader.page.wordbreak import one_title

_K, _H, _S, _B, _T, _Q, _C, _R, _P, _PR, _PT, _QX, _TX = ROLES


_ROLE_INDEX = {r: k for k, r in enumerate(ROLES)}
_BIAS = [BIAS[r] for r in ROLES]
# each feature's weights as a full row over ROLES, so a unit's scores are one column sum
_ROWS = {name: tuple(by_role.get(r, 0.0) for r in ROLES) for name, by_role in WEIGHTS.items()}
_STATE_ROLE = [_ROLE_INDEX[EMIT_AS.get(s.role, s.role)] for s in STATES]


# a page has few distinct feature sets (tuples: the cyclic collector stops tracking them, as `steps`' shapes)
_VECTORS: dict[tuple[str, ...], tuple[float, ...]] = {}
# read, never changed: a unit's states and their scores, and the states alone (for `_FORWARD` keys)
_EMITS: dict[tuple[tuple[str, ...], bool, bool, bool], tuple[dict[int, float], tuple[int, ...]]] = {}
# the states of the roles `_allowed` gives, in order, by those roles: a unit's emissions are worked out
# over these, not over all 35 states (when a unit's feature set is new: 45% of a fresh process's units).
# At most 64 sets: `_allowed` joins six groups of roles to the body's.
_STATES_OF: dict[frozenset[int], tuple[tuple[int, int], ...]] = {}


def _role_vector(unit: Unit) -> tuple[float, ...]:
    return _vector(tuple(unit.features))  # every feature fires with value 1, in measuring order


def _vector(key: tuple[str, ...]) -> tuple[float, ...]:
    found = _VECTORS.get(key)
    if found is None:
        rows: list[tuple[float, ...]] = []  # (a loop: a comprehension is a function call in Python 3.11)
        for name in key:
            if name in _ROWS:
                rows.append(_ROWS[name])
        found = tuple(map(sum, zip(_BIAS, *rows, strict=True))) if rows else tuple(_BIAS)
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


@dataclass(slots=True)
class Labelling:
    """The chosen state per unit, whether an item starts there, and the margin to the best alternative."""

    states: list[State]
    starts: list[bool]
    margins: list[float]
    vectors: list[tuple[float, ...]]  # each unit's emission score per role, in ROLES order
    rivals: list[State | None] | None = None
    """(With `label(units, rivals=True)`, for --explain) each unit's state on the best path giving it
    another state, the one its margin is measured against; None where it could take no other."""
    trace: dict[str, Any] | None = None
    """(With `rivals`) the dynamic programme's rows and inputs, for `reader.page.itemwhy`."""
    grammar_rivals: list[State | None] | None = None
    """(With `rivals`) the runner-up states as the grammar names them, before they print as roles
    (a byline under the headline printed after its text prints as a byline)."""

    def score(self, i: int, role: str) -> float:
        """Unit `i`'s emission score for `role`."""
        return self.vectors[i][_ROLE_INDEX[role]]


_ALWAYS = frozenset(_ROLE_INDEX[r] for r in (_T,))
_TITLES = frozenset(_ROLE_INDEX[r] for r in (_K, _H, _S, _Q, _PT))
_PICTURES = frozenset(_ROLE_INDEX[r] for r in (_C, _P))
_CREDITS = frozenset(_ROLE_INDEX[r] for r in (_R, _PR))


# roles names signing the text above them never take (`signs_finished`): a heading's lines, a byline
# opening a story (`BYLINE_STATES` and the byline under a title share the byline role with signatures)
_NOT_SIGNED = frozenset(_ROLE_INDEX[r] for r in (_K, _H, _S, _Q, _PT, _QX, _B))


_PICTURE_CUES = frozenset(
    {"caption_start", "very_wide", "credit_end", "wide", "over_credit", "caption_goes_on", "caption_head"}
)


# a line naming people for sure: a role word, common surnames, or names letter-spaced (`王  五`)
_PEOPLE = frozenset({"byline_role", "surnamed", "name_spaced"})
_SIGNERS = frozenset({"surnamed", "pen_name"})  # names that may sign a text


_KICKERS = frozenset(s for s, state in enumerate(STATES) if state.role == _K)
# a heading printed under its text (an editor's note's title under its signature, `notes`) is no
# heading of the text under it (`_HEADED_BEFORE`), and one right under an editor's note headed over
# its text heads no text above it (`_HEADED_AFTER`)
_HEADED_BEFORE, _HEADED_AFTER = (
    frozenset(s for s, state in enumerate(STATES) if state.role in (_K, _H, _S) and state.placement == p)
    for p in "ba"
)


def _people_for_sure(unit: Unit) -> bool:
    """Do the names alone of a unit read as people's, not as a two-letter word (a place's): a name
    letter-spaced (`王  五`), of three letters, or more than one?"""
    people = unit.byline.authors if unit.byline is not None else []
    return "name_spaced" in unit.features or len(people) > 1 or any(len(a.name) >= 3 for a in people)


def _names_people(unit: Unit) -> bool:
    """Is the unit a line naming people for sure (`_PEOPLE`), as a byline (not a photo's credit)?"""
    return unit.byline is not None and bool(unit.features.keys() & _PEOPLE) and "credit" not in unit.features


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
    if f.keys() & _PICTURE_CUES:
        allowed |= _PICTURES
    if "box" in f or near_box:
        allowed.add(_ROLE_INDEX[_TX])
    return allowed


def _without(emit: dict[int, float], states: Collection[int]) -> tuple[dict[int, float], tuple[int, ...]]:
    """A unit's emissions less `states`, with the states left (as `label` keeps each unit's)."""
    kept = {s: e for s, e in emit.items() if s not in states}
    return kept, tuple(kept)


def _costed(
    emit: dict[int, float], states: Collection[int], cost: float
) -> tuple[dict[int, float], tuple[int, ...]]:
    """A unit's emissions with each of `states` it has scoring `cost` less (a copy: emissions are
    shared)."""
    kept = {s: e - cost if s in states else e for s, e in emit.items()}
    return kept, tuple(kept)


def _bylined_under(units: list[Unit], i: int) -> bool:
    """Does the heading under units[i] (its title lines) print a byline of its own: a line naming
    reporters by role right under it, or a text opening with a dateline that names them?"""
    k = i + 1
    while k < len(units) and k - i <= _TITLE_LINES and one_title(units[k]) and units[k].byline is None:
        k += 1
    if k - i == 1 or k == len(units):
        return False
    below = units[k]
    return "byline_role" in below.features or ("dateline" in below.features and dated_reporters(below))


_TITLE_LINES = 3  # title lines looked past under a byline for the text they head


def label(units: list[Unit], rivals: bool = False) -> Labelling:
    """The best labelling of the units under the grammar, with per-unit margins (and with `rivals`, the
    runner-up state of each unit: `Labelling.rivals`)."""
    n = len(units)
    if n == 0:
        return Labelling([], [], [], [], [] if rivals else None)
    features = [tuple(u.features) for u in units]
    vectors = [_vector(f) for f in features]
    emits: list[dict[int, float]] = []
    kinds: list[tuple[int, ...]] = []  # each unit's states (the keys of its emits)
    boxed = -9
    for i, (unit, vec) in enumerate(zip(units, vectors, strict=True)):
        if "box_title" in unit.features:
            boxed = i
        # (a box broken off at a column's end goes on in the next unit: 153 times on the truths, 3 not)
        near_box = (
            i - boxed <= 3 or (i > 0 and "box" in units[i - 1].features and end_kind(units[i - 1]) == 1)
        ) and TRAILER.match(unit.lines[-1].text) is None  # (a note in brackets closes a story, not a box)
        # the states a unit may take follow from what `_allowed` reads: many units share them
        key = (features[i], len(unit.lines) <= 3, unit.byline is not None, near_box)
        found = _EMITS.get(key)
        if found is None:
            allowed = frozenset(_allowed(unit, near_box))
            states = _STATES_OF.get(allowed)
            if states is None:
                states = _STATES_OF[allowed] = tuple(
                    (s, k) for s, k in enumerate(_STATE_ROLE) if k in allowed
                )
            floor = max(map(vec.__getitem__, allowed)) - PRUNE
            emit: dict[int, float] = {}  # (a loop: a comprehension is a function call in Python 3.11)
            for s, k in states:
                if vec[k] >= floor:
                    emit[s] = vec[k]
            if not unit.features.keys() & _SIGNERS:
                for s in SIGNATURE_STATES:  # (only names of people sign a text)
                    emit.pop(s, None)
            if "byline_role" not in unit.features:
                emit.pop(OVER_TITLE_STATE, None)  # (names alone over a title sign the text above it)
            found = emit, tuple(emit)
            if len(_EMITS) < 4096:
                _EMITS[key] = found
        if "surnamed" in unit.features and i + 1 < n:
            below = units[i + 1]
            if names_next(unit, below):
                # a portrait's title: its caption under it opens with the name (no one signs there)
                found = _without(found[0], SIGNATURE_STATES)
            elif not below.lines[0].blank and SIGNATURE_OVER_TITLE in found[0]:
                # a name set right over the headline that closes a text is that heading's line
                found = _without(found[0], {SIGNATURE_OVER_TITLE})
            elif signs_above(units, i):
                # a story prints one byline: names alone right under a finished text, over the
                # line naming the next story's reporters by role, sign the text above
                found = _without(found[0], BYLINE_STATES)
        if "note_under" in unit.features:
            found = _without(found[0], _HEADED_BEFORE)
        elif "under_note" in unit.features:
            found = _without(found[0], _HEADED_AFTER)
        if "byline_names" in unit.features and signs_finished(units, i):
            # a signature sits tight under the text it signs, apart from what follows: names there
            # close that text (whatever their surname), as no heading's line or opening byline does
            signed = {s: e for s, e in found[0].items() if _STATE_ROLE[s] not in _NOT_SIGNED}
            signed.update({s: vec[_ROLE_INDEX[_B]] for s in SIGNATURE_STATES})
            found = signed, tuple(signed)
        apart = False
        if unit.byline is not None and 0 < i < n - 1 and "dateline" in units[i + 1].features:
            # a text whose dateline names its reporters prints no byline over it: the byline over
            # it signs the finished text above, or goes with the heading that closes that text
            # (with a blank line between, too; not a title's last words wrapped onto a line)
            wraps = end_kind(units[i - 1]) != 2 and "byline_role" not in unit.features
            apart = not wraps and under_finished_heading(units, i, True)
            signs = end_kind(units[i - 1]) in (0, 4) and not SIGNATURE_STATES.isdisjoint(found[0])
            if (apart or signs) and dated_reporters(units[i + 1], "byline_names" in unit.features):
                # (a reporter named by role may still head that text, with the heading over it:
                # weighed against how the page prints its headings, `BYLINE_OVER_DATED`)
                if "byline_role" in unit.features:
                    found = _costed(found[0], BYLINE_STATES, BYLINE_OVER_DATED)
                else:
                    found = _without(found[0], BYLINE_STATES)
            else:
                apart = False
        two = (
            UNDER_TITLE_STATE in found[0]
            and "byline_role" in unit.features
            and reporters_apart(units, i)
            and under_finished_heading(units, i, apart, credited=True)
        )
        if two:
            # two reporters' lines under one role word, set apart: the upper one goes with the
            # heading over it (closing the text above, though a photo's credit ends that text), at a
            # cost only: on a page set head first, the heading and both lines are one story's
            found = _costed(found[0], BYLINE_STATES, REPORTERS_APART)
        if UNDER_TITLE_STATE in found[0] and not under_finished_heading(units, i, apart, credited=two):
            if (
                _names_people(unit)
                and not (i + 1 < n and names_next(unit, units[i + 1]))
                and under_finished_heading(units, i, True, credited=True)
            ):
                # set apart (a blank line over it or between its heading's lines): the heading's
                # only where nothing under it takes a byline
                found = _costed(found[0], (UNDER_TITLE_STATE,), UNDER_APART)
                if _people_for_sure(unit):
                    # … nor is it the next heading's kicker: on the truths of every set no kicker
                    # was a line of names alone but four two-letter places over their headlines
                    found = _without(found[0], _KICKERS)
                below = units[i + 1] if i + 1 < n else None
                if (
                    below
                    and below.lines[0].blank
                    and _names_people(below)
                    and "byline_role" not in below.features
                ):
                    # … and names alone under it, set apart, sign the next story: the two are no
                    # one story's byline (on the truths of all sets, a byline line and names alone
                    # under it with a blank between were two stories' 16 times, one story's never)
                    found = _without(found[0], BYLINE_STATES)
            else:
                found = _without(found[0], UNDER_TITLE_STATES)
        if OVER_TITLE_STATE in found[0] and (
            (i and not unit.lines[0].blank and one_title(units[i - 1])) or _bylined_under(units, i)
        ):
            # set right under a title line, a byline is that heading's (`UNDER_TITLE_STATE`); nor does
            # one head a story that prints its own under its heading, or whose dateline names its
            # reporters (a story prints one byline)
            found = _without(found[0], (OVER_TITLE_STATE,))
        emits.append(found[0])
        kinds.append(found[1])
    keys = [
        (
            i and break_before(units, i),
            "dateline" in f and not _dispatch_in_text(units, i),
            "tight" in f,
            caption_kind(unit.features),
            lean_kind(unit.features, units, i),
            "apart_above" in f,
        )
        for i, (f, unit) in enumerate(zip(features, units, strict=True))
    ]
    contexts = [CONTEXTS[k] for k in keys]
    runner_up, trace = ([-1] * n, {}) if rivals else (None, None)  # (trace: for `reader.page.itemwhy`)
    path, starts, margins = best_path(units, emits, kinds, keys, contexts, runner_up, trace)
    twice = bylined_twice(units, path, starts)
    if twice:
        # a story prints one byline: where its text already opens under one, the byline set
        # under its headline printed after it is the next story's, decoded again without it (kept
        # only where it then opens the next story, with more under it, as its byline)
        for i in twice:
            emits[i], kinds[i] = _without(emits[i], UNDER_TITLE_STATES)
        runner_again, trace_again = ([-1] * n, {}) if rivals else (None, None)
        again = best_path(units, emits, kinds, keys, contexts, runner_again, trace_again)
        if all(again[0][i] in BYLINE_STATES and i + 1 < n and not again[1][i + 1] for i in twice):
            path, starts, margins = again
            runner_up, trace = runner_again, trace_again
    states = [STATES[s] for s in path]
    states = [State(PRINT_AS[s.role], s.placement) if s.role in PRINT_AS else s for s in states]
    raw = None if runner_up is None else [STATES[q] if q >= 0 else None for q in runner_up]
    found = None if raw is None else [printed(q) if q is not None else None for q in raw]
    return Labelling(states, starts, margins, vectors, found, trace, raw)


def _dispatch_in_text(units: list[Unit], i: int) -> bool:
    """Does unit `i`'s dateline open a paragraph run on, with no blank line, under a finished
    paragraph of text (two lines or more)? Then it is a dated report inside the story above (a
    roundup of dispatches, a quoted wire), not a story's opening: on the truths of all sets, 128
    such datelines went on the story above, 4 opened a story (printed with its headline after it).
    So is one right under a line holding a dateline alone (`本报讯（通讯员 X）`): that one opened it.

    But not one naming its reporter in brackets (`…电（记者 X）`): on the pages of all sets as
    printed, such datelines right under a finished paragraph opened a story 135 times (53 of them on
    the 13 helper-written sets, which print many headlines after their text) and went on the story
    above 3 times. A wire report the paper shortened (`据新华社…电（记者 X）`) stays a dispatch: such
    ones opened a story 7 times and went on the story above 5 (1998 roundups)."""
    if not i:
        return False
    above = units[i - 1]
    if len(above.lines) == 1 and "dateline" in above.features and _dateline_alone(above.text):
        return True
    return (
        not units[i].lines[0].blank
        and "ends_stop" in above.features
        and len(above.lines) >= 2
        and not _REPORTER_NAMED.match(units[i].lines[0].text)
    )


def _dateline_alone(text: str) -> bool:
    """Is `text` a dateline and its bracket of names, nothing more (`本报讯（通讯员 X）`; not a brief
    closed by its signature, `本报讯  …开放。（王平）`)?"""
    head = dateline_head(text)
    if head is None:
        return False
    rest = text[head.end() :].strip()
    return len(rest) > 2 and rest[0] in "（(" and rest[-1] in "）)" and _NO_BRACKET.isdisjoint(rest[1:-1])


# a dateline naming its reporter in brackets (`本报某地8月1日电  （记者 X）`, `本报讯（通讯员 X）`), not
# a wire report the paper shortened (`据新华社…电（记者 X）`), as its roundups run several on
_REPORTER_NAMED = rx.compile(r"^(?!据)[^，。（(]{2,24}[电讯]\s*[（(]\s*[^）)，。\s]{0,6}?(?:记者|通讯员)")
_NO_BRACKET = frozenset("（）()。！？")  # (the names' bracket holds no other, and no sentence)


def confidence(margin: float) -> float:
    """A margin between the best labelling and the best alternative, mapped to 0–1."""
    return 1.0 - math.exp(-max(margin, 0.0) / 2.0)
