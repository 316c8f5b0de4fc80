"""Runs of body text in a page's units (`reader.page.units`): units cut again where another story
opens inside one, and long body blocks merged into one unit, since nothing but a dateline or a
landmark can start an article between them and labelling them one by one only costs time."""

from __future__ import annotations

from reader.page.blocks import Unit, landmark_kind
from reader.page.credits import credit_line


def split_at(units: list[Unit], starts: set[int]) -> list[Unit]:
    """The units, each cut before every line of it in `starts` (by id): where another story opens."""
    out: list[Unit] = []
    for unit in units:
        at = 0
        for n, line in enumerate(unit.lines):
            if n and id(line) in starts:
                out.append(Unit(unit.lines[at:n], column=unit.column))
                at = n
        out.append(unit if not at else Unit(unit.lines[at:], column=unit.column))
    return out


def merge_body(units: list[Unit], starts: set[int]) -> list[Unit]:
    """Runs of long body blocks become one unit: nothing but a dateline or a landmark can start an
    article between them, and labelling them one by one only costs time (a third of a page's units).
    (A unit whose first line is in `starts`, by id, where another story's text opens, stays apart;
    so does one over a credit line, a photo's caption, which may stand alone.)"""
    out: list[Unit] = []
    last_plain = False  # a merged run stays plain body: its first line is the same, its lines all fit
    for k, unit in enumerate(units):
        # (a block over a credit line is a photo's caption, maybe one standing alone: kept apart)
        plain = plain_body(unit) and not (k + 1 < len(units) and _credit_line(units[k + 1]))
        if last_plain and plain and out[-1].column == unit.column and id(unit.lines[0]) not in starts:
            out[-1].lines.extend(unit.lines)
        else:
            out.append(unit)
            last_plain = plain
    return out


def _credit_line(unit: Unit) -> bool:
    """Is the unit one line, a photo's credit (`某某摄`, `某某供图`)?"""
    return len(unit.lines) == 1 and credit_line(unit.lines[0].text)


def plain_body(unit: Unit) -> bool:
    """A run of three lines or more, in its column, unindented, not a landmark, holding a full stop."""
    lines = unit.lines
    if len(lines) < 3 or lines[0].indent or landmark_kind(lines[0].text) is not None:
        return False
    widest = unit.column + 2
    for line in lines:  # (a loop that stops at the first wide line: a third faster than `max`)
        if line.width > widest:
            return False
    for line in lines:  # noqa: SIM110 (a loop: a generator in `any` costs a third of this function)
        if "。" in line.text:
            return True
    return False
