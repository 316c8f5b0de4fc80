"""Word boundaries: one bit per character of a folded article, set where a jieba word starts or ends.

Ranking counts an occurrence whose two ends are word boundaries as a whole word (人才 in 人才集聚) and
one that starts or ends inside a word at a lower weight (人才 in 个人才能). jieba's search mode is used,
so the dictionary words of two and three characters inside a longer word (人民 in 中华人民共和国) have
boundaries too. The bits cost 1/8 byte per character and are cached with each page's segment.

Cost: rjieba imports its dictionary in ~0.1 s and tokenizes ~5 M characters/s; patterns are memoised
per distinct token, so the search-mode sub-word lookups run once per vocabulary word.
"""

from __future__ import annotations

from reader.page import rx

CJK_WORD = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,8}")
"""A Chinese word as kept in the vocabulary (for pinyin matching)."""


def is_word(mask: bytes, start: int, end: int) -> bool:
    """Do both ends of `doc[start:end]` fall on word boundaries in `mask` (see `Boundaries.mask`)?"""
    return bool((mask[start >> 3] >> (start & 7)) & 1 and (mask[end >> 3] >> (end & 7)) & 1)


class Boundaries(dict[str, str]):
    """Token → pattern of its jieba search-mode word starts ('1' at each), memoised per distinct token.

    jieba's search mode also yields the dictionary words of length 2 (and 3) inside a longer word; their
    ends become boundaries too. The distinct tokens and sub-words seen are the corpus vocabulary, kept for
    pinyin matching.
    """

    def __init__(self) -> None:
        super().__init__()
        import rjieba  # jieba-rs: same tokens as jieba (tested), ~15x faster; loads its dictionary lazily

        self.cut = rjieba.cut
        self.has_word = rjieba.has_word
        self.subwords: set[str] = set()

    def __missing__(self, word: str) -> str:
        n = len(word)
        if n <= 2:
            pattern = "1" if n == 1 else "10"
        else:
            marks = bytearray(b"0" * n)
            marks[0] = 49
            for size in (2, 3):
                if n <= size:
                    break
                for i in range(n - size + 1):
                    sub = word[i : i + size]
                    if self.has_word(sub):
                        marks[i] = 49
                        if i + size < n:
                            marks[i + size] = 49
                        self.subwords.add(sub)
            pattern = marks.decode()
        self[word] = pattern
        return pattern

    def mask(self, doc: str, hlen: int, blen: int) -> bytes:
        """One bit per position of `doc` (and one past its end): set where a jieba word starts or ends.

        `doc` is a folded article (`head SEP body SEP byline`, see `reader.search.segment.fold_article`)
        with a head of `hlen` and a body of `blen` characters; each part is tokenized on its own.
        """
        get = self.__getitem__
        cut = self.cut
        parts = []
        start = 0
        for end in (hlen, hlen + 1 + blen, len(doc)):
            region = doc[start:end]
            pattern = "".join(map(get, cut(region, True))) if region else ""
            if len(pattern) != len(region):  # never seen; keep offsets right whatever the tokenizer does
                pattern = "1" * len(region)
            parts.append(pattern)
            start = end + 1
        pattern = "1".join(parts) + "1"
        return int(pattern[::-1], 2).to_bytes((len(pattern) + 7) // 8, "little")

    def vocabulary(self) -> list[str]:
        """Chinese words of 2 to 8 characters seen as tokens or search-mode sub-words."""
        words = set(self) | self.subwords
        return sorted(w for w in words if CJK_WORD.fullmatch(w))
