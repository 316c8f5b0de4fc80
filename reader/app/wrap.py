"""Chinese line breaking and cell-width helpers for the reader (no Textual import).

Rich and Textual wrap on spaces only (rich#2494): a run of Chinese is one "word", so mixed Chinese/ASCII
text gets ragged gaps and nothing stops `，。”）` from starting a line. `break_lines` does it the way Chinese
print does:

* a line may break between any two CJK characters;
* ASCII words and numbers (`4.5`, `51.92%`, `2022`, `COVID-19`) stay whole when they fit on a line;
* no line starts with closing punctuation (`，。、；：？！”’）》」』】〕…—` …) and none ends with opening
  punctuation (`“‘（《「『【〔` …): the character before (or after) moves along with it;
* widths are measured in terminal cells with `rich.cells`, never by character count.

Ambiguous-width characters (`“ ” … — · ■ ①`, East Asian Width "A") are one cell to Rich and to most
terminals, but two cells in many CJK-locale terminals. Narrow is the default. With the `ambiguous_width =
"wide"` option, `to_display` replaces every ambiguous character in what is shown with a look-alike whose
width every terminal agrees on (`“”` → `〝〞`, `…` → `⋯`, `—` → `－`, `·` → `・`, `①` → `➀`, `℃` → `⁰C`),
or its NFKC form, or else the geta mark `〓` that print uses for a missing glyph; an offset map keeps
highlights aligned.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rich.cells import cell_len, get_character_cell_size

CLOSING = frozenset(
    "，。、；：？！”’）》」』】〕〗〙〛〉〞＞｝］｠…—～・·‥％‰℃°′″々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "．，：；？！)]}>,.;:?!%"
    "⋯－＇"  # what "wide" mode shows for … — ’
)
"""Characters that must not start a line (Chinese 行首禁则)."""

OPENING = frozenset("“‘（《「『【〔〖〘〚〈〝＜｛［｟([{<＄￥$£¥€＇")
"""Characters that must not end a line (Chinese 行尾禁则)."""

SPACES = frozenset(" \t")

IDEOGRAPHIC_SPACE = "\u3000"
PARAGRAPH_INDENT = IDEOGRAPHIC_SPACE * 2
"""The indent Chinese print gives each paragraph: two full-width spaces."""

GETA = "〓"
"""Shown in "wide" mode for an ambiguous-width character that has no unambiguous look-alike."""

WIDE_SUBSTITUTES: dict[str, str] = {
    "“": "〝",
    "”": "〞",
    "‘": "＇",
    "’": "＇",
    "…": "⋯",
    "—": "－",
    "―": "－",
    "·": "・",
    "■": "◼",
    "□": "◻",
    "●": "⬤",
    "○": "◦",
    "◎": "◉",
    "◆": "⬥",
    "◇": "⬦",
    "★": "✶",
    "☆": "✩",
    "▲": "▴",
    "△": "▵",
    "▼": "▾",
    "▽": "▿",
    "▶": "▸",
    "◀": "◂",
    "→": "➔",
    "←": "⟵",
    "↑": "⬆",
    "↓": "⬇",
    "℃": "⁰C",
    "°": "⁰",
    "±": "+/-",
    "×": "✕",
    "÷": "/",
    "※": "＊",
    "①": "➀",
    "②": "➁",
    "③": "➂",
    "④": "➃",
    "⑤": "➄",
    "⑥": "➅",
    "⑦": "➆",
    "⑧": "➇",
    "⑨": "➈",
    "⑩": "➉",
}
"""Replacements for ambiguous-width characters in "wide" mode; none of the values is ambiguous."""


class Span(NamedTuple):
    """One line of a wrapped text: `text[start:end]`; trailing spaces (if any) are not shown."""

    start: int
    end: int


def is_ambiguous(char: str) -> bool:
    """True for characters of East Asian Width "A" (one cell to Rich, two in some terminals)."""
    return unicodedata.east_asian_width(char) == "A"


@lru_cache(maxsize=4096)
def _wide_substitute(char: str) -> str:
    if char in WIDE_SUBSTITUTES:
        return WIDE_SUBSTITUTES[char]
    folded = unicodedata.normalize("NFKC", char)
    if folded and folded != char and not any(is_ambiguous(c) for c in folded):
        return folded
    return GETA


def to_display(text: str, ambiguous_wide: bool = False) -> tuple[str, list[int] | None]:
    """What to show for `text`, and a map from source offsets to display offsets (None when identical).

    With `ambiguous_wide` every ambiguous-width character is replaced (see the module docstring); the
    map has `len(text) + 1` entries so that a span `(s, e)` of `text` shows as `(map[s], map[e])`.
    """
    if not ambiguous_wide or text.isascii():
        return text, None
    if not any(is_ambiguous(c) for c in text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for char in text:
        offsets.append(position)
        shown = _wide_substitute(char) if is_ambiguous(char) else char
        out.append(shown)
        position += len(shown)
    offsets.append(position)
    return "".join(out), offsets


def display_text(text: str, ambiguous_wide: bool = False) -> str:
    """`text` as shown (see `to_display`), without the offset map."""
    return to_display(text, ambiguous_wide)[0]


def _is_word_char(char: str) -> bool:
    """Characters that join into unbreakable words: printable ASCII and narrow letters and digits."""
    if char in SPACES:
        return False
    if char.isascii():
        return char.isprintable()
    return get_character_cell_size(char) == 1 and unicodedata.category(char)[0] in "LNM"


def _atoms(text: str) -> list[tuple[int, int]]:
    """Split into the smallest unbreakable pieces: a word, one space, or one other character."""
    atoms: list[tuple[int, int]] = []
    index, length = 0, len(text)
    while index < length:
        end = index + 1
        if _is_word_char(text[index]):
            while end < length and _is_word_char(text[end]):
                end += 1
        else:
            # combining marks and zero-width characters stay with the character they follow
            while end < length and get_character_cell_size(text[end]) == 0:
                end += 1
        atoms.append((index, end))
        index = end
    return atoms


def _can_break(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """May a line end after atom `before` and the next begin with atom `after`?"""
    first = text[after[0]]
    last = text[before[1] - 1]
    if first in SPACES:
        return False  # spaces hang at the end of a line, never start one
    if first in CLOSING:
        return False
    return last not in OPENING


def _clusters(text: str) -> list[tuple[int, int]]:
    """Join atoms that must not be separated by a line break."""
    clusters: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None
    for atom in _atoms(text):
        if previous is not None and clusters and not _can_break(text, previous, atom):
            clusters[-1] = (clusters[-1][0], atom[1])
        else:
            clusters.append(atom)
        previous = atom
    return clusters


def _visible_width(text: str, start: int, end: int) -> int:
    """Width of `text[start:end]` without trailing spaces."""
    return cell_len(text[start:end].rstrip(" \t"))


def break_lines(text: str, width: int, first_width: int | None = None) -> list[Span]:
    """Break `text` (one paragraph, no newlines) into lines of at most `width` cells.

    `first_width` is the room on the first line when it is shorter (a paragraph indent). The spans cover
    `text` exactly, in order, with nothing lost; a line's trailing spaces do not count towards its width.
    Widths below 2 are treated as 2, the narrowest that fits a Chinese character.
    """
    width = max(width, 2)
    room = width if first_width is None else max(min(first_width, width), 0)
    if not text:
        return [Span(0, 0)]
    lines: list[Span] = []
    line_start = 0
    used = 0
    for start, end in _clusters(text):
        piece = text[start:end]
        piece_width = cell_len(piece)
        trimmed_width = cell_len(piece.rstrip(" \t"))
        if used + trimmed_width <= room:
            used += piece_width
            continue
        if start > line_start or room < width:  # room < width: a short first line that fits nothing
            lines.append(Span(line_start, start))
            line_start, used, room = start, 0, width
            if trimmed_width <= room:
                used = piece_width
                continue
        # The cluster alone is wider than a line: break inside it, character by character.
        for index in range(start, end):
            char_width = get_character_cell_size(text[index])
            if used + char_width > room and index > line_start:
                lines.append(Span(line_start, index))
                line_start, used, room = index, 0, width
            used += char_width
    lines.append(Span(line_start, len(text)))
    return lines


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """The lines of `text` as strings, the first prefixed with `indent`, trailing spaces dropped."""
    spans = break_lines(text, width, width - cell_len(indent) if indent else None)
    lines = [text[s:e].rstrip(" \t") for s, e in spans]
    if indent:
        lines[0] = indent + lines[0]
    return lines


def ellipsis(ambiguous_wide: bool = False) -> str:
    """The mark for cut text: `…`, or `⋯` where `…` may be two cells wide."""
    return WIDE_SUBSTITUTES["…"] if ambiguous_wide else "…"


def truncate(text: str, width: int, ellipsis: str = "…") -> str:
    """Cut `text` to at most `width` cells (by cell width, never character count), marking the cut."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    room = width - cell_len(ellipsis)
    if room < 0:
        return ""
    out: list[str] = []
    used = 0
    for char in text:
        char_width = get_character_cell_size(char)
        if used + char_width > room:
            break
        out.append(char)
        used += char_width
    return "".join(out) + ellipsis


def truncate_start(text: str, width: int, ellipsis: str = "…") -> str:
    """Cut `text` to at most `width` cells from its start, keeping its end (`…动能新优势`)."""
    return truncate(text[::-1], width, ellipsis[::-1])[::-1]


def spans_width(text: str, spans: Sequence[Span]) -> list[int]:
    """The visible width of each line (used by tests and the reading pane)."""
    return [_visible_width(text, s, e) for s, e in spans]
