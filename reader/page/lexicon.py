"""Words of the language across a break: jieba's dictionary, asked of the letters beside it.

A leaf of reader.page (it imports nothing of it), so that text cleaning and line joining alike may
ask whether a word runs across a space or a line break without tying their modules together.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

# letters on either side of a break cut into words by the dictionary
CUT_LOOK = 6


def word_crosses(upper: str, lower: str) -> bool:
    """Does a word of the language (jieba's dictionary) run across the break from line `upper` to
    line `lower`, the letters next to the break cut into words (`…在气` / `候变暖…`)?"""
    upper, lower = upper.replace(" ", "")[-CUT_LOOK:], lower.replace(" ", "")[:CUT_LOOK]
    start = 0
    for word in _cut()(upper + lower, False):
        if start < len(upper) < start + len(word):
            return True
        start += len(word)
    return False


@cache
def _cut() -> Callable[[str, bool], list[str]]:
    """jieba's cut (rjieba: jieba-rs), imported on first use: its dictionary takes a moment to load."""
    import rjieba

    return rjieba.cut
