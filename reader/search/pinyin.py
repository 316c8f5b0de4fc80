"""Pinyin lookup: the corpus words a Latin-letter query names, for terminals without a Chinese input method.

The vocabulary of the index (jieba tokens and search-mode sub-words) becomes two sorted line tables,
`full\\tword` and `initials\\tword`, searched with `str.find`. A query matches a word when

- it is the word's whole pinyin (`rencai` → 人才, `xian` → 西安 and 县);
- it is all initials, no vowel letter, and those are the word's initials (`rc` → 人才); a query with a
  vowel is never read as initials, so `yanggu` does not name some six-syllable word;
- as typing goes on, it begins the word's pinyin: at a syllable boundary when the query reads as whole
  syllables (`yanggu` finds 阳谷县, yang·gu·xian, but not 阳光, yang·guang), or anywhere inside the
  next syllable when it does not (`yangg` finds both).

Building the tables takes ~0.3-0.5 s for ~75k words (pypinyin's phrase table imports in ~0.15 s); the
reader does it in its worker after loading the index (`SearchIndex.prepare`).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reader.search.segment import DOC_MASK
from reader.search.textnorm import reads_as_syllables, word_pinyin, word_syllables

if TYPE_CHECKING:
    from reader.search.segment import PostingList

PINYIN_ALTERNATIVES = 8
"""A pinyin term matches at most this many corpus words (the most frequent ones)."""
_PREFIX_CANDIDATES = 64
_VOWELS = frozenset("aeiouv")


def printed_as_word(text: str, lists: list[PostingList] | None, text_of: Callable[[int], str]) -> bool:
    """Whether the Latin letters `text` stand as a word of their own (no Latin letter either side) in a
    document of `lists` (`text`'s posting lists; `text_of` reads a document's folded text): `gdp` where
    a page prints GDP, not `bei` inside Beijing. Such letters are asked for as printed, not as pinyin."""
    if not lists:
        return False
    word = re.compile(rf"(?<![a-z]){re.escape(text)}(?![a-z])")
    for blob, start, end, base in lists:
        for pos in range(start, end):
            doc = text_of(base + (blob[pos] & DOC_MASK))
            if text in doc and word.search(doc):
                return True
    return False


def table_words(table: str, prefix: str, limit: int = 256) -> list[str]:
    """Words of the lines of a sorted `key\\tword` table whose line starts with `prefix`."""
    i = table.find("\n" + prefix)
    words: list[str] = []
    while i >= 0 and len(words) < limit:
        end = table.find("\n", i + 1)
        line = table[i + 1 : end]
        if not line.startswith(prefix):
            break
        words.append(line[line.index("\t") + 1 :])
        i = end if end + 1 < len(table) else -1
    return words


def is_initials(key: str) -> bool:
    """Is `key` a run of initials only (`rc`, `lcs`), with no vowel letter?"""
    return not _VOWELS.intersection(key)


def begins_at_syllable(word: str, key: str) -> bool:
    """Does `key` end on a syllable boundary of `word`'s pinyin (`yanggu` in 阳谷县, not in 阳光)?"""
    syllables = word_syllables(word)
    if syllables is None:
        return False
    length = 0
    for syllable in syllables:
        length += len(syllable)
        if length >= len(key):
            return length == len(key)
    return False


SORT_SLICE = 20000
"""Lines sorted in one call (`_sorted`)."""


def _sorted(lines: list[str]) -> Iterable[str]:
    """`lines` in order. One `sort` of a large vocabulary's lines (~0.1 s at 14,608 pages) holds the
    interpreter lock until it returns, and the reader builds these tables in a worker: the screen
    stood still meanwhile. Slices are sorted one at a time and merged, and the lock changes hands."""
    if len(lines) <= SORT_SLICE:
        return sorted(lines)
    return heapq.merge(*(sorted(lines[k : k + SORT_SLICE]) for k in range(0, len(lines), SORT_SLICE)))


class PinyinTables:
    """The pinyin tables of a vocabulary (see the module docstring)."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        full_lines = []
        initial_lines = []
        for word in set(vocabulary):
            reading = word_pinyin(word)
            if reading is not None:
                full_lines.append(f"{reading[0]}\t{word}")
                initial_lines.append(f"{reading[1]}\t{word}")
        self.full = "\n" + "\n".join(_sorted(full_lines)) + "\n"
        self.initials = "\n" + "\n".join(_sorted(initial_lines)) + "\n"

    def words(self, text: str, df: Callable[[str], int]) -> list[str]:
        """Corpus words `text` names (see the module docstring), most frequent first by `df`, at most
        `PINYIN_ALTERNATIVES`; words in no article are dropped."""
        key = text.replace("'", "")
        if len(key) < 2:
            return []
        exact = table_words(self.full, key + "\t")
        if is_initials(key):
            exact += table_words(self.initials, key + "\t")
        prefix: list[str] = []
        if len(key) >= 3 and len(exact) < PINYIN_ALTERNATIVES:
            prefix = table_words(self.full, key, limit=_PREFIX_CANDIDATES)
            if reads_as_syllables(text):
                prefix = [w for w in prefix if begins_at_syllable(w, key)]
        chosen: list[str] = []
        for group in (exact, prefix):
            ranked = sorted({w: df(w) for w in group}.items(), key=lambda kv: -kv[1])
            chosen.extend(w for w, count in ranked if count > 0 and w not in chosen)
            if len(chosen) >= PINYIN_ALTERNATIVES:
                break
        return chosen[:PINYIN_ALTERNATIVES]

    def memory_bytes(self) -> int:
        """Bytes held by the two tables."""
        import sys

        return sys.getsizeof(self.full) + sys.getsizeof(self.initials)
