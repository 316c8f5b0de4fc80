"""Headings between two texts read against them: which story does each title line name?

Read by `reader.page.cohesion` where it compares the texts around a gap of title lines. Two title
lines between two texts that each lean to one side (a title's few words tell even on a
short text; it may share a place name with the other side too) split there: the upper closes the
story above (`ends_story`: its headline after its body, a photo's title after its caption, never a
kicker of the next), the lower opens the next (`opens_story`: never a subtitle of the first).

Whatever the layout, a heading between two texts (a title stack, with or without a byline) names its
own story: where its words are those of one side only, it leans that way (`mark_lean`), and the
grammar neither opens an item at a heading that names the story above (its headline printed after
its body) nor closes the story above with one that names the story below (`grammar.LEAN_CUT`). A page
may mix the two placements, so this is read for each heading, not once per page. On the gaps of the
tuning pages of five layout programs, a heading leaned the wrong way 9 times in about 400 (a common
word, 发展, shared by chance), and leaned the right way in 4 of 5 of the rest.

This holds past the three lines whose texts `cohesion` compares: between texts with four or five
single lines (a whole heading — kicker, headline, subtitle, byline — or a headline printed after its
body over the next story's), on all ten page sets' truths, a title leaned the story's way 1,504
times and the wrong way 9 (between two parts of one story, 289, where it does no harm: a subhead
neither opens nor closes a story); on gaps of up to three lines, 4,384 and 17.

It holds too under a text that does not finish its sentence (a list, a line cut at a column's end,
a wrapped title read as text), where `cohesion` weighs no sharing of the texts: on the truths of all
non-blind sets, of the title stacks between two stories' texts, where the last line above finishes
no sentence, a headline leaning down headed the story under it 805 times and never the one above,
one leaning up headed the story above 321 times and never the one under (16 programs each; where
the line above finishes its sentence, 2,155 : 1 and 973 : 1).

A heading leaning down right under one leaning up (on its own words: a column tag left out) is where
one story's heading printed after its body meets the next one's printed before it: on all eleven
page sets' truths, of such pairs that are both titles, 362 were the two stories' headings (l11 23,
l10 69, l9 39, l8 47, l7 53, l6 28, l5 22, l4 21, l3 40, l2 8, modern2 6, ours 6), 2 one heading of
the story above (a headline over its `——` subtitle line or a writer's line), 6 one heading of the
story below. So the upper never goes on into the lower as a kicker into its headline (`lean_split`).
"""

from __future__ import annotations

from collections.abc import Callable

from reader.page.blocks import COLUMN_TAG, Unit

SHARED = 2  # pairs of ideographs a title shares with one side's text (and none with the other's) to be its


# how many pairs of ideographs (`bodytext.ideograph_pairs`) a title shares with the text above and
# with the text below
Shares = tuple[int, int]


def mark_split(titles: list[Unit], shares: list[Shares]) -> None:
    """Title lines between two texts, each sharing words with one side only: where one that shares
    with the text above stands right over one that shares with the text below, the first closes the
    story above (its headline printed after its body, never a kicker of the next) and the second
    opens the next (its kicker or headline, never a subtitle of the first). `shares`: each title's
    pairs shared with the text above and with the text below."""
    for (up, down), (up2, down2), upper, lower in zip(shares, shares[1:], titles, titles[1:], strict=False):
        # one of the two shares plainly with its side; the other at least leans to its own
        if leans_to(up, down) and leans_to(down2, up2) and max(up, down2) >= SHARED:
            upper.features["ends_story"] = 1
            lower.features["opens_story"] = 1


def mark_lean(titles: list[Unit], shares: list[Shares], shares_of: Callable[[str], Shares]) -> None:
    """Headings between two texts whose words are those of one side only name that story. A heading
    sharing with the text above is that story's, printed after its body, and so is every heading
    over it (`leans_up`: no item opens there); one sharing with the text below heads the next story,
    and so does every heading under it (`leans_down`: it closes no story above). Where the two
    disagree (a heading leaning down over one leaning up), nothing is marked. `shares`: each
    heading's pairs shared with the text above and with the text below; `shares_of` counts them for
    a text.

    Where the first heading leaning down stands right under one leaning up, and leans down on its
    own words (a column tag, `（X）`, names a column that runs on many stories: its words are left
    out), the two are two stories' headings, never one heading's kicker and headline (`lean_split`)."""
    leans = [1 if leans_to(up, down, LEAN) else -1 if leans_to(down, up, LEAN) else 0 for up, down in shares]
    last_up = max((k for k, lean in enumerate(leans) if lean > 0), default=-1)
    first_down = min((k for k, lean in enumerate(leans) if lean < 0), default=len(titles))
    if first_down < last_up:
        return
    for k, unit in enumerate(titles):
        if k <= last_up:
            unit.features["leans_up"] = 1
        elif k >= first_down:
            unit.features["leans_down"] = 1
    if last_up >= 0 and first_down == last_up + 1 < len(titles):
        lower = titles[first_down]
        up, down = (
            shares_of(COLUMN_TAG.sub("", lower.first))
            if "column_tag" in lower.features
            else shares[first_down]
        )
        if leans_to(down, up, LEAN):
            lower.features["lean_split"] = 1


LEAN = 2  # pairs of ideographs a heading shares with one side's text (and few with the other's) to lean


def leans_to(side: int, other: int, least: int = 1) -> bool:
    """Does a title sharing `side` pairs with one text and `other` with the other belong to the
    first? A single pair, where it shares none with the other; more, where it shares under half as
    many with the other (a place name, 北京, may turn up in two stories on one page)."""
    return side >= SHARED and 2 * other < side or least <= side == 1 and not other
