"""Pinyin lookup: the corpus words a Latin-letter query names, for terminals without a Chinese input method.

The vocabulary of the index (jieba tokens and search-mode sub-words) becomes two sorted line tables,
`full\\tword` and `initials\\tword`, searched with `str.find`. A query matches a word whose whole pinyin
or initials it is (`rencai`, `rc` → 人才), and, when few do, words whose pinyin it begins.

Building the tables takes ~0.3-0.5 s for ~75k words (pypinyin's phrase table imports in ~0.15 s); the
reader does it in its worker after loading the index (`SearchIndex.prepare`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.search.textnorm import word_pinyin

PINYIN_ALTERNATIVES = 8
"""A pinyin term matches at most this many corpus words (the most frequent ones)."""
_PREFIX_CANDIDATES = 64


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
        full_lines.sort()
        initial_lines.sort()
        self.full = "\n" + "\n".join(full_lines) + "\n"
        self.initials = "\n" + "\n".join(initial_lines) + "\n"

    def words(self, text: str, df: Callable[[str], int]) -> list[str]:
        """Corpus words `text` names (see the module docstring), most frequent first by `df`, at most
        `PINYIN_ALTERNATIVES`; words in no article are dropped."""
        key = text.replace("'", "")
        if len(key) < 2:
            return []
        exact = table_words(self.full, key + "\t") + table_words(self.initials, key + "\t")
        few = len(key) >= 3 and len(exact) < PINYIN_ALTERNATIVES
        prefix = table_words(self.full, key, limit=_PREFIX_CANDIDATES) if few else []
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
