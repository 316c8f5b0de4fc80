"""Lines and units that show a photo where text or a name might be read.

A caption set across columns runs wider than the text's column: under a story's last sentence, with
its credit close under it, it opens the photo (`caption_set_wide`). A photo's title of two letters set
right on its caption reads as a bare name would (`某收`), but a name never stands over a caption
(`names_photo`).
"""

from __future__ import annotations

from reader.page.blocks import Line, Unit
from reader.page.credits import credit_line, ends_on_credit


def caption_set_wide(block: list[Line], j: int, col: int) -> bool:
    """Is line `j`, wider than the column, the first of a caption set across columns: the lines
    above it in its block set in the column, and a photo's credit closing it within three lines?
    No line of a column's text runs wider than the column."""
    if any(line.width > col + 2 for line in block[max(0, j - 3) : j]):
        return False
    return any(credit_line(line.text) or ends_on_credit(line.text) for line in block[j : j + 4])


def names_photo(unit: Unit, below: Unit | None) -> bool:
    """Is `unit`, read as a bare name (no role word, two letters), set apart over a photo's caption
    closed by its credit, right on it: the photo's title (`某收`), not a signature? A name signs a text
    under its end or heads it under its title, never over a caption."""
    return (
        below is not None
        and unit.lines[0].blank
        and not below.lines[0].blank
        and len(unit.first) == 2
        and unit.byline is not None
        and not any(a.role for a in unit.byline.authors)
        and "over_credit" in below.features
        and "caption_start" not in below.features
    )
