"""In-body subheads come in sets: a title the labelling opened a story with may be the next of them.

A long story set in parts prints a heading over each part, all in one shape: each a `X——` line
leading into the line under it, or each a question, or each numbered (`一、…`, `二、…`). The
labelling reads every such line alone, and where one stands between two texts with nothing else to
tell it from a short story's kicker and headline it may open a story there. But a story opening
under another story's text brings its own marks: a byline or a dateline under its heading, where a
part of a long story brings none. So where the labelling opens an item with title lines printed over
its body, with no byline and no dateline under them, and the story above holds, inside its text, a
subhead of the same shape as the first of those title lines (`like`), the title lines are marked
`sibling` (a subhead, `reader.page.weights`) and the page labelled again; the new labelling stands
only where it reads those stories on under the titles (`reads_on`). A part read on so adds its
heading to the story's set, for the part after it.

Counted on the truths of all page sets but the blind ones (22 splits, tuning and validation pages),
at the boundaries the labelling drew so, with a same-shaped subhead above and no byline or dateline
under the title lines: the story went on 10 times (layout8 4, layout13 4, layout9 1, layout10 1;
nine of them `X——` parts, one numbered) and a new story opened none. With a byline or dateline
under such title lines a new story opened all 18 times on six of those sets (l8v l9v l10t l10v l13t
modern), which is why those stand. Subheads of one plain shape (lines of about one length, no mark)
are no cue: at such boundaries 25 stories went on and 22 new ones opened.

A story's text is never a note in brackets alone (`（摘编自…）`, `（X整理）`: the trailer that closes a
text): on the truths of all those sets such a note was the first paragraph of 3 stories' texts of
2,126 and the whole text of none. So titles over a trailer alone (no byline or dateline) are read the
same way, as a line of the story above closed by that note: on the truths, at the boundaries the
labelling drew so, the story above went on all 11 times (modern 6, layout4 2, layout8 1,
layout12 1, ours 1).

A part of a story also keeps the story's subject where its heading has no shape of a set: a sub-editor
reads on under a plain subhead when the text under it names what the story's own headline names. So
titles opened so (no byline, no dateline under them) whose text, in its first `SPAN` characters,
holds at least `_TOLD` of the pairs of ideographs of the title (kicker and headline, a column's tag
dropped) of the story above are read the same way (`_tells_story`). The texts around the subhead
may share few words (a part about another place, another person), which is where the comparison of
the two texts (`reader.page.cohesion`) tells nothing; the story's title is read from its start,
where the story says what it is about. Counted on the truths of all page sets but the blind ones
(26 splits), at the boundaries the labelling drew so (and no set's shape, no trailer alone): with
four or more of the title's pairs in the text under, the story went on 40 times (on 11 layout
programs, under 26 different titles) and a new story opened 3 times (3 programs); with three, 11
and 3; with fewer, 75 and 723.

A part's heading may carry a section's tag word over it (two characters that name the part), a word as
short as a name: where it opens with a common surname the labelling reads it as a byline standing alone,
closing the text above, and so no title line of `_opening_titles` opens under a text there. A
reporter's byline sits under a headline, not between a story's text and a subhead; so where a bare name
(`tiny`, no role word) read as a byline closing a text stands right over such title lines
(`_tagged_titles`), the same cue asks whether the text under the titles names the story's title, and
the name is marked with the titles. Counted on the truths of 26 splits at the places the labelling drew
so: with four or more of the title's pairs in the text under, the story went on 16 times (on six layout
programs, but all one recurring story and one tag word: a small count) and a new story opened none;
with fewer, one story went on 3 times and a new story opened 9 times (a reporter's name over another
story's headline). Only in a story that has a byline of its own already, though: a story carries one,
and a name closing the text of a story with none may be its writer's signature, the next story's
words naming it by chance (a commentary page on one theme). Of the 16, 14 stood in such a story; of
the 9 new stories, 2.

Parts may also be headed by lines of two phrases set apart by a wide gap, of one shape (`科技助力  田管
提质`, `多方出资  共建家园`: `wordbreak.phrases_apart`). Where two items in a row are opened so (no byline, no
dateline under their titles) by lines of the same shape, each is read as a part of the story above
(`_paired`). On the truths of the twelve helper-written page sets (2026 texts), 14 stories hold a set
of such subheads (42 lines), and no two stories in a row are headed by lines of one such shape with
no byline, kicker or dateline under the lower one. So are two items in a row each opened by a short
line leading with a dash into the line under it (`某局局长王五——` over what that speaker said): on the
same truths 31 stories print such lines in their text, and no two stories in a row both open with such
a kicker and carry no byline. (Read so, 8 pages of two sets gain articles, 6 of them one set's press
event, its speakers' parts split off as stories before; no page loses any.) So, too, are headings of two
phrases parted by a comma, of one shape (`规划先行，步步为营`, `打好“基础牌”，发展有后劲`: `_comma_pair`,
ideographs and quote marks), in a row or after such a subhead of the story above (`like`): on those
truths 91 stories hold two such lines or more in their text, and no two stories in a row are headlined
in one such shape. And items in a row each headed by a label over a line that is all one quotation
(`打通物流通道` / `“货物当天就能发出去”`): on those truths 17 stories hold two such pairs or more, and
no two stories in a row are headed by a kicker over a quoted headline.

Where headlines stand after their texts the same line is read as the headline closing the text above
it, and the next item goes on with a text that closes with titles of its own. There the story's
title comes after its text: where the last `SPAN` characters of the text above the line hold at
least `_TOLD` pairs of the title the next item closes with (`_closing_titles`), the line is marked
`sibling` the same way, and the new labelling stands only where no item opens from the line down
to the text under it. Counted the same way (26 splits, at the boundaries the labelling drew so):
with four or more of the title's pairs in the text above, that text and the one under the line were
one story 18 times (on 9 layout programs, under 18 different lines) and two stories never; with
three, 4 and 3; with fewer, 45 and 253.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.page import rx
from reader.page.blocks import COLUMN_TAG, SIGNED_NAME, Unit
from reader.page.bodytext import SPAN, ideograph_run, pairs_in, run_pairs
from reader.page.grammar import State
from reader.page.labels import Labelling, label
from reader.page.parts import read_parts_on
from reader.page.textclean import is_ideograph
from reader.page.wordbreak import phrases_apart

_TITLES = frozenset({"kicker", "headline", "subtitle"})
# a subhead of these kinds is a box's title, a note's attribution or a label: not one of a set
_OTHER_KIND = frozenset(
    {"box", "box_title", "box_inside", "attribution", "trailer", "bracket_label", "marker", "column_tag"}
)
# pairs of ideographs of a story's own title (kicker and headline) found in the first `SPAN` characters
# of the text under a later title line, from which the story goes on under it
_TOLD = 4
# the shapes of part headings `_shape` reads: a short line leading with a dash into the line under it,
# a line all one quotation (under a label), two phrases parted by a comma
_LEAD_LONGEST = 16
_QUOTED = rx.compile(r"“[^“”]{2,40}”")
_COMMA_PAIR = rx.compile(r"([\u3400-\u9fff“”《》]{2,10})，([\u3400-\u9fff“”《》]{2,10})")
_OWN_TITLE = frozenset({"kicker", "headline"})
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("「", "」"), ("『", "』"))


def like(subhead: Unit, title: Unit, over_title: bool = False) -> bool:
    """Are two one-line headings of one shape: each a `X——` leading into the line under it, each a
    question, each numbered (`一、…`), or each a label as long as the other (`_label`), the title's over
    another title line (`over_title`: a part's own subhead; a short item's headline alone may be as
    short, `证券公司`)? (Plain lines of about one length are no such cue: on the truths of all sets,
    at the boundaries the labelling drew under such a subhead, 25 stories went on and 22 new ones
    opened.)"""
    a, b = subhead.text, title.text
    return (
        (a.endswith("——") and b.endswith("——"))
        or (a.endswith("？") and b.endswith("？"))
        or ("enum" in subhead.features and "enum" in title.features)
        or ((pair := _comma_pair(a)) is not None and pair == _comma_pair(b))
        or (over_title and len(a) == len(b) and a[0] == b[0] and _label(a) and _label(b))
    )


def _paired(shapes: list[tuple[int, ...] | None], k: int) -> bool:
    """Is the opening title of item `k + 1` of the same shape as the one opening the item before or
    after it (`shapes`: each item's, `_shape`)?"""
    shape = shapes[k]
    return shape is not None and (
        (k > 0 and shapes[k - 1] == shape) or (k + 1 < len(shapes) and shapes[k + 1] == shape)
    )


def _shape(texts: list[str]) -> tuple[int, ...] | None:
    """The shape `_paired` compares of an item's title lines: a label over a line that is all one
    quotation (`某某某某` / `“某某某某某某”`: (-2,)), else its first line's: a short line leading with a
    dash into the line under it (`X——`: (0,)), two phrases parted by a comma (`_comma_pair`: (4, -1, 4)),
    or its phrases set apart by wide gaps (`phrases_apart`: (4, 4))."""
    if len(texts) == 2 and _QUOTED.fullmatch(texts[1]) and not _QUOTED.fullmatch(texts[0]):
        return (-2,)
    text = texts[0]
    if text.endswith("—") and len(text) <= _LEAD_LONGEST:
        return (0,)
    pair = _comma_pair(text)
    return (pair[0], -1, pair[1]) if pair is not None else phrases_apart(text)


def _comma_pair(text: str) -> tuple[int, int] | None:
    """The lengths of the two phrases of a line that is two phrases (ideographs, quote marks) parted by
    a comma (`某某某某，某某某某`: (4, 4)), else None."""
    match = _COMMA_PAIR.fullmatch(text)
    return (len(match[1]), len(match[2])) if match else None


def _signed(units: list[Unit], item: list[int]) -> bool:
    """Does the item's text close on a name in brackets (`…。（记者 王五）`): a brief signed by its own
    writer, no part of a story (a story signs once, under its heading or at its end)?"""
    last = units[item[-1]]
    return "signed_end" in last.features and SIGNED_NAME.search(last.lines[-1].text) is not None


def _label(text: str) -> bool:
    """Is a heading a section's label, a word of two to four ideographs (`新场地`, `新技术`) over the
    part's own subhead? A story labels its parts alike, each as long as the others and opening with
    the same word (`like`): a short kicker over the next story's headline is as long (`民生`, under
    a story labelled `现状`, `难题`)."""
    return 2 <= len(text) <= 4 and all(is_ideograph(ch) for ch in text)


def _broken_off(text: str) -> bool:
    """Does a title line leave a quote or a bracket open (`《…`): a title broken over lines, not a
    subhead standing on its own line?"""
    return any(text.rfind(opener) > text.rfind(closer) for opener, closer in _PAIRS)


def _set_subhead(units: list[Unit], states: list[State], item: list[int]) -> list[Unit]:
    """The one-line subheads inside the text of `item` (under some of its body) that may be one of a
    set: no box's title, attribution, trailer or label; and a line closed by `——` leading into the
    heading line under it, read as a line of the text (`某某代表——` / `让创新成为第一动力`)."""
    found = []
    told = False
    for i in item:
        role = states[i].role
        if role == "body" and told and "dash_tail" in units[i].features and len(units[i].lines) == 1:
            found.append(units[i])
        elif role == "body":
            told = True
        elif (
            role == "subhead"
            and told
            and len(units[i].lines) == 1
            and units[i].features.keys().isdisjoint(_OTHER_KIND)
        ):
            found.append(units[i])
    return found


def _opening_titles(units: list[Unit], states: list[State], above: list[int], item: list[int]) -> list[int]:
    """The title units opening `item`, where they are printed over its body with no byline or dateline
    under them, one line each at the top, right under a text of the item `above` (else none)."""
    first = item[0]
    if (
        states[first].role not in _TITLES
        or states[first].placement != "b"
        or states[above[-1]].role not in ("body", "subhead")
        or len(units[first].lines) != 1
        or _broken_off(units[first].text)
    ):
        return []
    body = next((i for i in item if states[i].role == "body"), None)
    if body is None or "dateline" in units[body].features or any(states[i].role == "byline" for i in item):
        return []
    heads = []
    for i in item:
        if states[i].role not in _TITLES:
            break
        heads.append(i)
    return heads


def _bare_name(units: list[Unit], states: list[State], i: int) -> bool:
    """Is unit `i` a short line of one word or name read as a byline with no reporter's role word
    (`tiny`: a section's tag word set over a subhead reads so too)?"""
    unit = units[i]
    return (
        states[i].role == "byline"
        and len(unit.lines) == 1
        and "tiny" in unit.features
        and "byline_role" not in unit.features
    )


def _tagged_titles(
    units: list[Unit], states: list[State], story: list[int], above: list[int], item: list[int]
) -> tuple[int, list[int]] | None:
    """Where a bare name read as a byline (`_bare_name`) closes the item above, right under its text
    and right over the titles that open `item`, in a story (its first item `story`) that has a
    byline of its own already: that unit and the item's title units as `_opening_titles` finds them
    with the name set aside (else None). (A story carries one byline; a name closing the text of a
    story with none may be its signature.)"""
    if len(above) < 2 or not _bare_name(units, states, above[-1]):
        return None
    if not any(states[i].role == "byline" for i in story if i != above[-1]):
        return None
    heads = _opening_titles(units, states, above[:-1], item)
    return (above[-1], heads) if heads else None


def _trailer_alone(units: list[Unit], item: list[int], titles: int) -> bool:
    """Is all of the item's text under its titles one note in brackets (`（摘编自…）`, `（X整理）`), the
    trailer that closes a story's text and opens none?"""
    return len(item) == titles + 1 and "trailer" in units[item[-1]].features


def _title_words(units: list[Unit], states: list[State], item: list[int]) -> set[str]:
    """The pairs of ideographs of a story's own title lines (kicker, headline; a column's tag dropped),
    as `bodytext.run_pairs` makes them: looked up in a text (`pairs_in`), not met with its whole set."""
    return run_pairs("".join(COLUMN_TAG.sub("", units[i].text) for i in item if states[i].role in _OWN_TITLE))


def _tells_story(
    units: list[Unit], states: list[State], item: list[int], titles: int, told: set[str]
) -> bool:
    """Does the text under an item's titles go on with the story whose title's words are `told`: at
    least `_TOLD` of them in its first `SPAN` characters?"""
    if len(told) < _TOLD:
        return False
    text = ""
    for i in item[titles:]:
        if states[i].role == "body":
            text += units[i].text
            if len(text) >= SPAN:
                break
    return pairs_in(told, ideograph_run(text[:SPAN])) >= _TOLD


def _closing_titles(units: list[Unit], states: list[State], above: list[int], item: list[int]) -> list[int]:
    """The title units closing `above` (its headline printed after its text), one line each, right
    under its text, where the next item opens with its text (no dateline, no byline in it) and ends
    with titles of its own (else none)."""
    heads: list[int] = []
    for i in reversed(above):
        if states[i].role not in _TITLES or states[i].placement != "a" or len(units[i].lines) != 1:
            break
        heads.insert(0, i)
    if (
        not heads
        or heads[0] == above[0]
        or states[heads[0] - 1].role != "body"
        or states[item[0]].role != "body"
        or "dateline" in units[item[0]].features
        or states[item[-1]].role not in _TITLES
        or any(states[i].role == "byline" for i in item)
    ):
        return []
    return heads


def _text_before(units: list[Unit], states: list[State], item: list[int], end: int) -> str:
    """Up to `SPAN` characters of an item's text read back from its unit `end`."""
    text = ""
    for i in reversed(item[: item.index(end) + 1]):
        if states[i].role == "body":
            text = units[i].text + text
            if len(text) >= SPAN:
                break
    return text[-SPAN:]


def sibling_titles(
    units: list[Unit], states: list[State], items: list[list[int]]
) -> list[tuple[int, list[int], int]]:
    """For each item the labelling opened, headed before its body with no byline or dateline, under
    a story whose text holds a subhead of the same shape as its first title line, or whose title the
    item's own text names (`_tells_story`; also past a bare name read as a byline over the titles,
    `_tagged_titles`), or over a trailer alone (see the module notes): the
    story's first unit, the item's title units and the last of them (the span no item may open in);
    empty on most pages. A part so read on adds its heading to the story's set, for the part after
    it. Where headlines stand after their texts, titles read as closing a text whose words name the
    title the next item closes with (`_closing_titles`): the unit over them, those titles and the
    next item's first unit."""
    found: list[tuple[int, list[int], int]] = []
    if not items:
        return found
    start, subheads = items[0][0], _set_subhead(units, states, items[0])
    story = items[0]  # (the first item of the story read on: its title names it)
    opened = [
        _opening_titles(units, states, above, item) for above, item in zip(items, items[1:], strict=False)
    ]
    shapes = [_shape([units[i].text for i in heads]) if heads else None for heads in opened]
    for k, (above, item) in enumerate(zip(items, items[1:], strict=False)):
        heads = opened[k]
        shaped = (
            heads
            and not _signed(units, item)
            and (_paired(shapes, k) or any(like(sub, units[heads[0]], len(heads) > 1) for sub in subheads))
        )
        if heads and (
            _trailer_alone(units, item, len(heads))
            or shaped
            or _tells_story(units, states, item, len(heads), _title_words(units, states, story))
        ):
            found.append((start, heads, heads[-1]))
            subheads = [*subheads, units[heads[0]], *_set_subhead(units, states, item)]
        elif (tagged := _tagged_titles(units, states, story, above, item)) and _tells_story(
            units, states, item, item.index(tagged[1][-1]) + 1, _title_words(units, states, story)
        ):
            found.append((start, [tagged[0], *tagged[1]], tagged[1][-1]))
            subheads = [*subheads, *_set_subhead(units, states, item)]
        else:
            start, subheads, story = item[0], _set_subhead(units, states, item), item
    # (where headlines stand after their texts: a title read as closing the text above is a subhead
    # where that text names the title the next item closes with)
    for above, item in zip(items, items[1:], strict=False):
        if states[above[-1]].placement != "a" or states[item[-1]].role not in _TITLES:
            continue  # (most items: no headline after the text)
        heads = _closing_titles(units, states, above, item)
        if heads:
            told = _title_words(units, states, [i for i in item if states[i].placement == "a"])
            if len(told) >= _TOLD and (
                pairs_in(told, ideograph_run(_text_before(units, states, above, heads[0] - 1))) >= _TOLD
            ):
                found.append((heads[0] - 1, heads, item[0]))
    return found


def reads_on(found: list[tuple[int, list[int], int]], starts: list[bool]) -> bool:
    """Does a labelling (`starts`: where its items open) keep every story of `found` going on under
    its titles: no item opening after the story's first unit down to the span's last unit?"""
    return not any(any(starts[first + 1 : last + 1]) for first, _, last in found)


def read_sets_on(
    units: list[Unit],
    labelling: Labelling,
    items: list[list[int]],
    items_of: Callable[[Labelling], list[list[int]]],
    rivals: bool = False,
) -> tuple[Labelling, list[list[int]]]:
    """The labelling and its items (`items_of`), the page labelled again with the titles of
    `sibling_titles` marked `sibling` where it finds any; the new labelling is kept only where it
    reads each such story on under them (`reads_on`), else the marks go and the old one stands.
    The parts of a story printed under an editor's note are then read on into it (`parts`)."""
    labelling, items = _sets_read_on(units, labelling, items, items_of, rivals)
    labelling.states = read_parts_on(units, labelling.states, items)
    return labelling, items


def _sets_read_on(
    units: list[Unit],
    labelling: Labelling,
    items: list[list[int]],
    items_of: Callable[[Labelling], list[list[int]]],
    rivals: bool,
) -> tuple[Labelling, list[list[int]]]:
    found = sibling_titles(units, labelling.states, items)
    if not found:
        return labelling, items
    marked = [i for _, heads, _ in found for i in heads]
    for i in marked:
        units[i].features["sibling"] = 1
    again = label(units, rivals=rivals)
    if reads_on(found, again.starts):
        return again, items_of(again)
    for i in marked:
        del units[i].features["sibling"]
    return labelling, items
