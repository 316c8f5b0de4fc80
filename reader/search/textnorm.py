"""Text normalisation for search: fold what a reader would call "the same text" onto one form.

Three foldings, with different guarantees:

- `fold` maps every character to exactly one character (full-width ASCII letters, digits and signs to
  half-width, the ideographic space to a space, compatibility ideographs to unified ones, upper case to
  lower case; Chinese punctuation such as ，and ： stays as it is). Because it is
  one character for one character, an offset into the folded text is the same offset into the original,
  so search hits found on folded text highlight the original text without an offset map.
- `to_simplified` converts traditional characters to simplified ones with OpenCC's tables (phrase-aware,
  so it can change a string's length); it is applied to queries only, never to article text.
- `word_pinyin` gives a word's toneless pinyin and its initials, for Latin-letter queries typed where no
  Chinese input method is available.

OpenCC and pypinyin are imported on first use: OpenCC's t2s tables load in ~15 ms and convert a short
query in ~20 µs; pypinyin's phrase table imports in ~0.15 s. Neither cost is paid by a session that never
searches with traditional characters or Latin letters.
"""

from __future__ import annotations

import contextlib
import re
import sys
import unicodedata
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from reader.kept import read_kept, write_kept
from reader.page import rx

CJK_RE = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""A CJK unified (or compatibility) ideograph (`rx.compile`: the class costs `re` ~6 ms to lay out)."""

LATIN_QUERY_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")
"""A term that could be pinyin: Latin letters, optionally with syllable apostrophes (xi'an)."""

_TONE_MARKS = str.maketrans(
    {
        **dict.fromkeys("āáǎà", "a"),
        **dict.fromkeys("ōóǒò", "o"),
        **dict.fromkeys("ēéěèê", "e"),
        **dict.fromkeys("īíǐì", "i"),
        **dict.fromkeys("ūúǔù", "u"),
        **dict.fromkeys("üǘǚǜ", "v"),
        **dict.fromkeys("ńňǹ", "n"),
        "ḿ": "m",
    }
)


CJK_PUNCTUATION = "，！？：；（）"
"""Full-width forms that are ordinary Chinese punctuation, not wide ASCII: kept, like 。、「」《》 (which
NFKC keeps too), so Chinese punctuation is treated alike. Folding them would also cost: they are
the most frequent full-width characters in news text."""


@cache
def _fold_table() -> dict[int, str]:
    """Characters that fold to another single character: NFKC then lower case, kept only when 1:1.

    Made once for an install (`_build_fold_table`, ~25 ms) and kept in the cache folder, which later
    processes read back (~1 ms) where it is the table of the same Unicode data (`_kept_fold_table`).
    """
    kept = _kept_fold_table()
    if kept is not None:
        return kept
    table = _build_fold_table()
    _keep_fold_table(table)
    return table


def _build_fold_table() -> dict[int, str]:
    """The fold table, made from `unicodedata`: every BMP code point is checked. Multi-character
    results (`™` to `TM`, `…` to `...`) are left alone, so folding never changes a string's length;
    so is Chinese punctuation."""
    table: dict[int, str] = {}
    keep = {ord(c) for c in CJK_PUNCTUATION}
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000 or cp in keep:
            continue
        char = chr(cp)
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) != 1:
            folded = char
        lower = folded.lower()
        if len(lower) == 1:
            folded = lower
        if folded != char:
            table[cp] = folded
    return table


_FOLD_HEADER = "duba fold table 1 {unicode} {punctuation} {rules:08x} {crc}\n"


def _fold_table_file() -> Path:
    from reader.paths import cache_dir

    return cache_dir() / f"fold-table-{sys.implementation.cache_tag}-{unicodedata.unidata_version}.bin"


def _fold_header(crc: int) -> str:
    # The table depends on the Unicode data, the punctuation kept and the rules that make it: all three
    # are in the header (the cache folder outlives upgrades: one that changes the rules makes it again).
    punctuation = "".join(f"{ord(c):x}" for c in CJK_PUNCTUATION)
    return _FOLD_HEADER.format(
        unicode=unicodedata.unidata_version, punctuation=punctuation, rules=_fold_rules(), crc=crc
    )


@cache
def _fold_rules() -> int:
    """What stands for the rules that make the fold table: a CRC of this module's source (any edit of
    it makes the table again, once; two installs of one version share it), else of the builder's code."""
    try:
        return zlib.crc32(Path(__file__).read_bytes())
    except OSError:  # (no source to read: a frozen or zipped install)
        return zlib.crc32(_build_fold_table.__code__.co_code)


def _kept_fold_table() -> dict[int, str] | None:
    """The fold table kept in the cache folder, or None where there is none of this Unicode data (or it
    is damaged, or of another shape)."""
    try:
        path = _fold_table_file()
    except OSError:
        return None
    table = read_kept(path, _fold_header)
    if not isinstance(table, dict) or not all(
        isinstance(cp, int) and isinstance(to, str) and len(to) == 1 for cp, to in table.items()
    ):
        return None
    return table


def _keep_fold_table(table: dict[int, str]) -> None:
    """Write `table` to the cache folder, whole or not at all; nothing where it cannot be written."""
    with contextlib.suppress(OSError):
        write_kept(_fold_table_file(), _fold_header, table)


@cache
def _fold_re() -> re.Pattern[str]:
    """A pattern matching runs of characters that `fold` changes; text without any is returned as is.
    (`rx.compile`: a class of ~2,900 characters costs `re` ~6 ms to compile.)"""
    chars = "".join(re.escape(chr(cp)) for cp in sorted(_fold_table()))
    return rx.compile(f"[{chars}]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_fold_table())


def fold(text: str) -> str:
    """Width- and case-fold `text`, one character for one character (so offsets carry over).

    `fold("２０２３年ＧＤＰ增长５％")` is `"2023年gdp增长5%"`. Chinese text without full-width Latin letters,
    digits or signs comes back unchanged (and uncopied), at the cost of one regex scan.
    """
    return _fold_re().sub(_fold_run, text)


BREAK = "\x1d"
"""What `mark_breaks` puts for a break that may cut a word: a character no page or query holds."""

_PROSE_RE = re.compile("[，。；！？]")
"""Marks of running prose: a paragraph holding one is no heading, label or credit line."""


def mark_breaks(body: str) -> str:
    """Folded `body` (`Article.text`) with each break a misread column break may have put inside a word
    as `BREAK`, one character for one: a single space between two ideographs (Chinese prints none inside
    a sentence; a letter-spaced name is one word too), and a paragraph break between two ideographs after
    a paragraph of running prose (one holding ，。；！？). A subhead, a box's label ("核心阅读") or a photo
    credit ends a paragraph without any such mark, and a sentence ends with one, so neither is joined.

    Counted on the validation pages against their truth (duba's output at session 32's start, blind
    splits left out): of 181 paragraph breaks between two ideographs that the truth does not print, 107
    are joined; of 5,396 that it prints, 942 are, across which 25 dictionary words run (24 of them one
    summary paragraph's end, printed in many page sets), against 61 across the misread ones. Of 655
    single spaces between ideographs, 472 are not printed and 183 are (a letter-spaced "编 者")."""
    # (a Python loop over the breaks, not a pattern with lookarounds over every character: the index
    # folds every article at each load, and the pattern doubled what folding costs)
    marked = None
    last = len(body) - 1
    for ch in "\n ":
        i = body.find(ch, 1)
        while 0 < i < last:
            if (
                _is_ideograph(body[i - 1])
                and _is_ideograph(body[i + 1])
                and (ch == " " or _PROSE_RE.search(body, body.rfind("\n", 0, i) + 1, i))
            ):
                if marked is None:
                    marked = list(body)
                marked[i] = BREAK
            i = body.find(ch, i + 1)
    return body if marked is None else "".join(marked)


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def fold_body(text: str) -> str:
    """`fold` of an article's body, with `mark_breaks`: what search matches a body as."""
    return mark_breaks(fold(text))


@cache
def _t2s() -> Any:
    # opencc-python-reimplemented: pure Python, tables load in ~15 ms on first use.
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to simplified Chinese with OpenCC's phrase and character tables (may change length)."""
    if not CJK_RE.search(text):
        return text
    return _t2s().convert(text)


def has_cjk(text: str) -> bool:
    """Whether `text` contains a Chinese character."""
    return CJK_RE.search(text) is not None


def is_pinyin_candidate(text: str) -> bool:
    """Whether a folded query term is made of Latin letters only and so may be typed pinyin."""
    return LATIN_QUERY_RE.fullmatch(text) is not None


@cache
def _pinyin_tables() -> tuple[dict[str, list[list[str]]], dict[int, str]]:
    # pypinyin's own data: a phrase table (~47k words, imports in ~0.15 s) and a character table.
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    return phrases_dict, pinyin_dict


@cache
def _char_pinyin(char: str) -> str | None:
    """The first (most common) reading of a character, toneless; None for a character without one."""
    readings = _pinyin_tables()[1].get(ord(char))
    if not readings:
        return None
    return readings.split(",", 1)[0].translate(_TONE_MARKS)


def word_syllables(word: str) -> list[str] | None:
    """Toneless pinyin syllables of a Chinese word: `word_syllables("阳光") == ["yang", "guang"]`.

    Readings come from pypinyin's phrase table, matched longest first so heteronyms read as in context
    (银行 is yinhang, not yinxing), and from its character table otherwise. This is ~5x faster than
    `pypinyin.lazy_pinyin` and agrees with it on the vocabulary of news text (tested). Returns None when
    a character has no reading (Latin letters, digits, punctuation).
    """
    phrases = _pinyin_tables()[0]
    syllables: list[str] = []
    i, n = 0, len(word)
    while i < n:
        for j in range(min(n, i + 4), i + 1, -1):
            entry = phrases.get(word[i:j])
            if entry is not None:
                syllables.extend(reading[0].translate(_TONE_MARKS) for reading in entry)
                i = j
                break
        else:
            syllable = _char_pinyin(word[i])
            if syllable is None:
                return None
            syllables.append(syllable)
            i += 1
    return syllables


def word_pinyin(word: str) -> tuple[str, str] | None:
    """Toneless pinyin of a Chinese word and its initials: `word_pinyin("聊城") == ("liaocheng", "lc")`.

    None when a character has no reading (see `word_syllables`).
    """
    syllables = word_syllables(word)
    if syllables is None:
        return None
    return "".join(syllables), "".join(s[0] for s in syllables)


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every toneless syllable of pypinyin's character table (~400; built once in ~80 ms)."""
    found: set[str] = set()
    for readings in _pinyin_tables()[1].values():
        for reading in readings.split(","):
            syllable = reading.translate(_TONE_MARKS)
            if syllable.isascii() and syllable.isalpha():
                found.add(syllable)
    return frozenset(found)


def reads_as_syllables(text: str) -> bool:
    """Can `text` (Latin letters, apostrophes between syllables) be read as whole pinyin syllables only?

    `yanggu` can (yang gu), `yangg` and `rc` cannot. Apostrophes must fall between syllables (xi'an).
    """
    syllables = pinyin_syllables()
    for part in text.split("'"):
        n = len(part)
        if not n:
            return False
        ends = [True] + [False] * n  # ends[i]: part[:i] reads as whole syllables
        for i in range(1, n + 1):
            ends[i] = any(ends[j] and part[j:i] in syllables for j in range(max(0, i - 6), i))
        if not ends[n]:
            return False
    return True


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace (newlines included) as one space, ends stripped: a snippet fits on one line."""
    return " ".join(text.split())
