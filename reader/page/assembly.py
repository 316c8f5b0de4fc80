"""The parts `segment` assembles an item's article from (`segment._assemble`): the text of its title
units, a headline's last word printed as a byline, whether a byline names reporters by their role; and,
measured on all items of the page before any is assembled, how the page's body prints first lines and
each item's body column.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from reader.page.blocks import Unit
from reader.page.firstlines import Counts, Mode, mode_counts, mode_of
from reader.page.labels import State
from reader.page.lexicon import word_crosses
from reader.page.reflow import UNWRAPPED, body_width, column_fit, scattered
from reader.page.textclean import CLOSERS, DASHES, OPENERS, clean_title, is_ideograph
from reader.page.titlewrap import parts_gap
from reader.page.wordbreak import PAUSES


def titles(units: list[Unit], idx: list[int], noisy: Callable[[], bool] = bool, gap: str = " ") -> str | None:
    """The title of units `idx`, one line each, parted by `gap` where the break parts two phrases
    (`joint`)."""
    parts = [p for i in idx if (p := clean_title(_title_text(units[i], gap).strip(DASHES + " "), noisy))]
    if not parts:
        return None
    text = parts[0]
    for part in parts[1:]:
        text += joint(text, part, gap) + part
    return text


def _title_text(unit: Unit, gap: str) -> str:
    """A title unit's lines read as one title: a two-part headline set a part a line keeps `gap`
    between its parts (`titlewrap.parts_gap`); a phrase wrapped reads on."""
    lines = unit.lines
    if len(lines) == 1 or not gap:
        return unit.text
    text = lines[0].text
    for upper, lower in pairwise(lines):
        text += (gap if parts_gap(upper.text, lower.text) else "") + lower.text
    return text


def joint(upper: str, lower: str, gap: str = " ") -> str:
    """What parts two lines of one title read together: nothing where the upper line stops inside a
    clause (on a pause mark, `…座椅、` / `健身器材…`), opens a bracket or quote, the lower one opens
    with a closing mark or a pause, or a word of the language runs across the break (`…座椅和健` /
    `身器材`): a title broken where its line was full. Else `gap`, the space two phrases keep. On the
    valid pages of all sets, this takes 4 spaces out of subtitles broken so (layouts 7, 9, 10) and
    puts none in or out of any other title."""
    if not gap:
        return gap
    last, first = upper[-1], lower[0]
    if last in PAUSES or last in OPENERS or first in CLOSERS or first in PAUSES:
        return ""
    if is_ideograph(last) and is_ideograph(first) and (len(lower) <= 2 or word_crosses(upper, lower)):
        return ""  # (a word of one or two letters alone on a line: one the title's line had no room for)
    return gap


def left_over(units: list[Unit], idx: list[int], roles: list[str], at: int) -> tuple[str, str]:
    """The word of the byline unit `idx[at]` and the title it ends, where it is a headline's or a
    subtitle's last word: one short line set right under the title's last line, which finishes
    nothing (`…扶持社区托育` / `服务`, `——周边老人吃饭不再` / `犯难`); else ("", "")."""
    if not at or roles[at - 1] not in ("headline", "subtitle"):
        return "", ""
    unit, above = units[idx[at]], units[idx[at - 1]].lines[-1]
    word = "".join(unit.text.split())
    if len(unit.lines) != 1 or unit.lines[0].blank or len(word) > 3 or above.end:
        return "", ""
    if is_ideograph(above.text[-1]) and all(map(is_ideograph, word)):
        return word, roles[at - 1]
    return "", ""


def page_mode(
    units: list[Unit], states: list[State], items: list[list[int]]
) -> tuple[Mode, list[int], list[Counts | None]]:
    """How the page's body text prints first lines, from every article's evidence together; and
    the column width of each item's body (32 where it has none; on a page set in no column, past
    `reflow.UNWRAPPED` for every item) and the evidence of its body lines (`mode_counts`, None where
    it has none), measured on the way."""
    totals = [0, 0, 0]
    widths = []
    evidence = []
    fit = [0, 0, 0, 0, 0]  # what tells the page's body lines set in a column (`reflow.column_fit`)
    for idx in items:
        lines = [line for i in idx if states[i].role == "body" for line in units[i].lines]
        widths.append(body_width(lines) if lines else 32)
        if lines:
            fit = [a + b for a, b in zip(fit, column_fit(lines, widths[-1]), strict=True)]
        counts = mode_counts(lines, widths[-1]) if lines else None
        evidence.append(counts)
        if counts is not None:
            for k, n in enumerate(counts):
                totals[k] += n
    if 2 * sum(width > UNWRAPPED for width in widths) >= len(widths) > 0 or scattered(*fit):
        # (a page set in no column, half its items or more, is so throughout: a short item's lines,
        # as wide as its two or three paragraphs, would read as a column's full lines; so is a page
        # whose long lines mostly fill no column, a paragraph to a line, whatever their widths)
        widths = [max(width, UNWRAPPED + 1) for width in widths]
    return mode_of((totals[0], totals[1], totals[2])), widths, evidence
