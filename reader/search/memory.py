"""Memory accounting of the search index, by part, for `benchmarks/search_bench.py` and the module notes.

Postings, gram tables and folded texts read from the cache are mapped from its files
(`reader.search.cache`): counted apart ("mapped from the cache"), they are in the process's
memory only where a search read them.

Measured (People's Daily, January 1998): 7.7 MB per million characters at 100,000 articles (postings
4.9, folded text 2.2, the rest 0.6), 8.3 MB at 30,000; 12 MB at 3,000, where the gram tables, which grow
with the vocabulary rather than the text, weigh more.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Sequence

from reader.search.pinyin import PinyinTables
from reader.search.segment import Segment
from reader.search.texts import KeptTexts


class _Sizes:
    """`sys.getsizeof` that counts each object once, however often it is met."""

    def __init__(self) -> None:
        self.counted: set[int] = set()

    def __call__(self, *objects: object) -> int:
        total = 0
        for obj in objects:
            if id(obj) not in self.counted:
                self.counted.add(id(obj))
                total += sys.getsizeof(obj)
        return total


def index_memory(
    segments: Sequence[Segment],
    docs: Sequence[str],
    bylines: Iterable[object],
    masks: Sequence[bytes],
    per_article: Iterable[object],
    ids: dict[str, int],
    pinyin: PinyinTables | None,
) -> dict[str, int]:
    """Bytes held by the index, by part, each object counted once (the articles themselves excluded).

    `bylines`: the byline blob and its offsets; `per_article`: the other per-document tables.
    """
    size = _Sizes()
    parts = [(seg.blob, seg.starts, seg.lengths, seg.text_ends, seg.text) for seg in segments]
    mapped = sum(part.nbytes for five in parts for part in five if isinstance(part, memoryview))
    postings = sum(size(seg.blob) for seg in segments if not isinstance(seg.blob, memoryview))
    keys = sum(size(seg.keys) for seg in segments)
    tables = [part for seg in segments for part in (seg.starts, seg.lengths)]
    keys += sum(size(part) for part in tables if isinstance(part, array))
    if isinstance(docs, KeptTexts):  # (the rest is mapped from the segment files)
        text = size(docs, *bylines) + docs.memory_bytes()
    else:
        text = size(docs, *bylines) + sum(size(doc) for doc in docs)
    boundaries = size(masks) + sum(size(m) for m in masks)
    boundaries += sum(size(seg.masks) for seg in segments)
    per_doc = size(*per_article, ids) + sum(size(key) for key in ids)
    per_doc += sum(size(seg.doc_lengths) for seg in segments)
    vocabulary = sum(size(seg.vocabulary) for seg in segments)
    vocabulary += pinyin.memory_bytes() if pinyin else 0
    return {
        "postings": postings,
        "mapped from the cache": mapped,
        "gram keys": keys,
        "text": text,
        "word boundaries": boundaries,
        "per article": per_doc,
        "pinyin": vocabulary,
    }
