"""The segment: postings of a run of pages, the unit that is built, cached and reused.

Every article becomes one folded string, `head \\x1e body \\x1f byline` (`textnorm.fold`: half-width,
lower case, one character for one character, so offsets are the article's own offsets). Every character
and every pair of adjacent characters (unigram and bigram) has a posting list of the articles holding it.

A posting is one 32-bit integer: the article's number in the segment in the low 24 bits, and in the high
8 bits 255 minus an upper bound of the BM25 term-frequency part of any string containing the gram
(quantised to 1/255 of its maximum; see `Impacts`). Sorted, a list therefore reads best-first, which is
what the threshold top-k in `reader.search.rank` needs.

Memory: postings take 4 bytes per (gram, article) pair, about 1.2 pairs per character of text. A build
indexes ~1 M characters/s per process: the grams of a document are counted by `Counter` and appended
to their lists in one C-level pass.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, islice
from operator import add
from typing import Any

from reader.model import Article
from reader.search.boundaries import Boundaries
from reader.search.textnorm import fold, mark_breaks

Progress = Callable[[int, int], None]
PageKey = tuple[str, tuple[str, ...]]
"""(page sha, ids of its articles): what a segment covers, in order."""
Doc = tuple[str, int, int]
"""A folded article (see `fold_article`) with its head and body lengths."""
PostingList = tuple[array | memoryview, int, int, int]
"""(blob, start, end, document base) of one posting list to read in one segment."""

VERSION = 4
"""Bump when the index layout or scoring changes: cache files carry it in their name. (3: a segment file
keeps its postings raw after the rest, to be mapped: `reader.search.cache`; 4: a body's breaks that may
cut a word are marked, `textnorm.mark_breaks`.)"""

K1 = 1.2
B = 0.75
HEAD_WEIGHT = 3
"""A hit in the headline, kicker or subtitle counts as this many body hits."""

Q = 255
"""Levels of the quantised impact in a posting's high bits."""
DOC_BITS = 24
DOC_MASK = (1 << DOC_BITS) - 1
_MAX_BUCKET = 1023
SEP_HEAD = "\x1e"
SEP_BYLINE = "\x1f"


HEAD_FIELDS = ("kicker", "headline", "subtitle")
"""The title fields an article's indexed head holds, in the order they are printed and joined."""


def head_titles(article: Article) -> list[tuple[str, str]]:
    """(field, text) of each title `article` prints, in `HEAD_FIELDS` order: the lines of its head."""
    return [(name, text) for name in HEAD_FIELDS if (text := getattr(article, name))]


def article_fields(article: Article) -> tuple[str, str, str]:
    """(head, body, byline) of an article as indexed: the head is its titles by lines (`head_titles`)."""
    head = "\n".join(text for _name, text in head_titles(article))
    byline = article.byline or article.author_names
    return head, article.text, byline


def fold_article(article: Article) -> Doc:
    """The folded searchable string of an article, with its head and body lengths (the body's breaks
    that may cut a word marked: `textnorm.mark_breaks`)."""
    head, body, byline = article_fields(article)
    doc = fold(head + SEP_HEAD + body + SEP_BYLINE + byline)
    start, end = len(head) + 1, len(head) + 1 + len(body)
    folded = doc[start:end]
    marked = mark_breaks(folded)
    if marked is not folded:
        doc = doc[:start] + marked + doc[end:]
    return doc, len(head), len(body)


class Impacts(dict[int, int]):
    """Term frequency → posting high bits for one document-length bucket: 255 minus the BM25 tf part
    (tf·(k1+1)/(tf+norm)) rounded up to 1/255 of its maximum, so lists sort best-first and the stored
    value is an upper bound of the exact score of any string containing the gram."""

    def __init__(self, norm: float) -> None:
        super().__init__()
        self.norm = norm

    def __missing__(self, tf: int) -> int:
        part = tf * (K1 + 1) / (tf + self.norm)
        q = min(Q, math.ceil(part / (K1 + 1) * Q))
        code = (Q - q) << DOC_BITS
        self[tf] = code
        return code


@dataclass(slots=True)
class Segment:
    """Postings of a run of pages: what is built, cached and reused as one unit."""

    pages: list[PageKey]
    """(page sha, ids of its articles) in order; the segment's documents are these articles."""
    keys: str
    """The grams, sorted: first every unigram (one character each), then every bigram (two each).
    `starts` and `lengths` are parallel to the grams; `unigrams` says how many unigrams lead."""
    unigrams: int
    starts: array | memoryview
    lengths: array | memoryview
    blob: array | memoryview
    """All posting lists, concatenated, each sorted best-first (a segment read from the cache maps them
    from its file: a `memoryview` of 32-bit integers)."""
    masks: list[bytes]
    """Word boundaries of each document (see `reader.search.boundaries`)."""
    doc_lengths: array
    avgdl: float
    vocabulary: str
    """Chinese words of the segment's documents (jieba tokens and search-mode sub-words), NUL-joined."""
    text: bytes | memoryview = b""
    """The documents' folded text one after another in UTF-16-LE, where the cache keeps it (mapped from
    the segment file, `reader.search.cache`); empty in a segment built in memory."""
    text_ends: array | memoryview = field(default_factory=lambda: array("I"))
    """Where each document's text ends in `text`, in 16-bit units (empty with `text`)."""

    @property
    def size(self) -> int:
        """Number of documents."""
        return len(self.masks)

    def find(self, gram: str) -> tuple[int, int] | None:
        """(start, length) of the posting list of `gram` in `blob`, or None."""
        keys = self.keys
        n = self.unigrams
        if len(gram) == 1:
            i = bisect_left(keys, gram, 0, n)  # a str is a sequence of its characters
            found = i < n and keys[i] == gram
        else:
            j = bisect_left(range((len(keys) - n) // 2), gram, key=lambda k: keys[n + 2 * k : n + 2 * k + 2])
            i = n + j
            found = keys[n + 2 * j : n + 2 * j + 2] == gram
        return (self.starts[i], self.lengths[i]) if found else None

    def to_payload(self) -> dict[str, Any]:
        """A picklable dict of plain types."""
        return {
            "pages": self.pages,
            "keys": self.keys,
            "unigrams": self.unigrams,
            "starts": self.starts,
            "lengths": self.lengths,
            "blob": self.blob,
            "masks": self.masks,
            "doc_lengths": self.doc_lengths,
            "avgdl": self.avgdl,
            "vocabulary": self.vocabulary,
            "text": self.text,
            "text_ends": self.text_ends,
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Segment:
        """The segment `to_payload` described."""
        return cls(
            pages=[(sha, tuple(ids)) for sha, ids in data["pages"]],
            keys=data["keys"],
            unigrams=data["unigrams"],
            starts=data["starts"],
            lengths=data["lengths"],
            blob=data["blob"],
            masks=data["masks"],
            doc_lengths=data["doc_lengths"],
            avgdl=data["avgdl"],
            vocabulary=data["vocabulary"],
            text=data.get("text", b""),
            text_ends=data.get("text_ends", array("I")),
        )


def posting_lists(segments: Sequence[Segment], bases: Sequence[int], text: str) -> list[PostingList] | None:
    """The posting list to read for `text` in each segment (its rarest gram), or None if absent.

    A string of one or two characters reads its own list; a longer one the list of its rarest bigram,
    whose articles are then checked with `str.find` (recall never depends on word segmentation).
    """
    grams = [text] if len(text) == 1 else list({text[i : i + 2] for i in range(len(text) - 1)})
    out = []
    for seg, base in zip(segments, bases, strict=True):
        best: tuple[int, int] | None = None
        for gram in grams:
            found = seg.find(gram)
            if found is None:
                best = None
                break
            if best is None or found[1] < best[1]:
                best = found
        if best is not None:
            start, n = best
            out.append((seg.blob, start, start + n, base))
    return out or None


def build_segment(
    pages: list[PageKey],
    docs: list[Doc],
    masks: list[bytes | None],
    progress: Progress | None = None,
) -> Segment:
    """Index folded documents (see `fold_article`); `masks` holds cached word boundaries or None."""
    boundaries = Boundaries()
    total = len(docs)
    if total > DOC_MASK:
        raise ValueError(f"a segment holds at most {DOC_MASK} articles")
    step = max(1, total // 100)
    out_masks: list[bytes] = []
    for i, ((doc, hlen, blen), mask) in enumerate(zip(docs, masks, strict=True)):
        out_masks.append(mask if mask is not None else boundaries.mask(doc, hlen, blen))
        if progress and i % step == 0:
            progress(i // 3, total)

    dls = array("I", (len(doc) for doc, _, _ in docs))
    avgdl = (sum(dls) / len(dls)) if dls else 1.0
    tables: dict[int, Impacts] = {}
    postings: defaultdict[str, array] = defaultdict(array("I").__copy__)
    get = postings.__getitem__
    append = array.append
    for d, (doc, hlen, _blen) in enumerate(docs):
        counts = Counter(doc)
        counts.update(map(add, doc, islice(doc, 1, None)))
        if hlen:  # the head's grams again, so a head occurrence counts HEAD_WEIGHT times
            head = doc[:hlen]
            for _ in range(HEAD_WEIGHT - 1):
                counts.update(head)
                counts.update(map(add, head, islice(head, 1, None)))
        bucket = min(_MAX_BUCKET, dls[d] * 16 // avgdl) if avgdl else 0
        table = tables.get(bucket)
        if table is None:
            table = tables[bucket] = Impacts(K1 * (1 - B + B * bucket / 16))
        codes = [table[tf] | d for tf in range(max(counts.values()) + 1)]
        # One C-level pass: append (impact | d) to the list of every gram of the document.
        deque(map(append, map(get, counts.keys()), map(codes.__getitem__, counts.values())), 0)
        if progress and d % step == 0:
            progress(total // 3 + d * 2 // 3, total)

    # Assemble in C-level passes: keys sorted, lists in key order, each sorted best-first.
    ordered = sorted(postings)
    grams = [g for g in ordered if len(g) == 1]
    unigrams = len(grams)
    grams += [g for g in ordered if len(g) == 2]
    lists = list(map(postings.__getitem__, grams))
    del postings
    lengths = array("I", map(len, lists))
    starts = array("I", accumulate(lengths, initial=0))
    starts.pop()
    blob = array("I")
    deque(map(blob.extend, map(sorted, lists)), 0)
    keys = "".join(grams)
    if progress:
        progress(total, total)
    vocabulary = "\x00".join(boundaries.vocabulary())
    return Segment(pages, keys, unigrams, starts, lengths, blob, out_masks, dls, avgdl, vocabulary)
