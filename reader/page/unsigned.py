"""Lines read as a byline that the article does not print as its byline, kept in its byline's text.

A story prints one byline. Where an item holds two (names alone over a line naming reporters by their
role, or names alone and a dateline naming its reporters), the assembly keeps the reporters' as the
article's authors (`segment._assemble`); the names are a title's last word (`assembly.left_over`), or
the signature of a text next to them, or a kicker, and the truths put them in another field or another
story, no one home. What no field of the article takes is still a line of the page, and a byline line:
it stays in the byline's text, in page order (`林涛 本报记者 方园园`), while the authors stay the people
named by their role. Dropping such lines lost them from the articles; keeping them as paragraphs of
their own made the paragraphs worse on every page they changed (the truths keep no paragraph there).
An article with no byline to take them keeps them as paragraphs where they stand.
"""

from __future__ import annotations

from reader.page.blocks import Unit
from reader.page.byline import Byline
from reader.page.textclean import squeeze_letter_spacing


def unprinted(units: list[Unit], idx: list[int], bylines: dict[int, int], used: set[int]) -> list[int]:
    """The positions in item `idx` of its byline units (`bylines`, by position, in page order) no field
    of its article takes (`used`: the positions whose byline the article prints, or whose word its
    headline took)."""
    return [k for k in bylines if k not in used and units[idx[k]].text.strip()]


def keep_as_text(paras: list[str], lines: list[tuple[int, str]]) -> None:
    """Insert each of `lines` (in page order: the number of paragraphs before it, its text) into
    `paras` as a paragraph of its own."""
    for at, text in reversed(lines):
        paras.insert(min(at, len(paras)), _names(text))


Place = tuple[int, int, int]
"""Where a line stands among an article's paragraphs: the paragraphs before it, then a tie-break."""


def in_byline(byline: Byline, at: Place, lines: list[tuple[Place, str]]) -> Byline:
    """`byline` (standing at `at`) with `lines` (each with where it stands) in its text, in page order:
    the byline as the page prints it; its authors stay the people it names by their role."""
    pieces = sorted([(at, byline.text), *((k, _names(text)) for k, text in lines)])
    return Byline(" ".join(text for _, text in pieces), byline.authors)


def _names(text: str) -> str:
    return squeeze_letter_spacing(" ".join(text.split()))
