"""Full-text search over articles: substring recall, BM25 ranking over jieba words, top-k as you type.

How it works
------------
Every article becomes one folded string, `head \\x1e body \\x1f byline` (`textnorm.fold`: half-width,
lower case, one character for one character, so offsets are the article's own offsets).

- Recall. Every character and every pair of adjacent characters (unigram and bigram) has a posting list
  of the articles containing it. A query term of one or two characters reads its list directly; a longer
  term takes the list of its rarest bigram and checks each article with `str.find`. So `集聚` finds
  `集聚新高地` whatever jieba made of it: recall never depends on word segmentation.
- Ranking. BM25 (k1=1.2, b=0.75) where the term frequency counts each occurrence of the term, a headline
  occurrence `HEAD_WEIGHT` times, and an occurrence whose ends are not jieba word boundaries (jieba
  search mode, so sub-words such as 人民 in 中华人民共和国 count as words) only `CROSS_WORD_WEIGHT`: 人才
  as a word beats the 人 and 才 of 个人才能. (Which occurrences are whole words is checked on the first
  six in an article and the share applied to the rest: past a handful, BM25 has saturated anyway.)
  With several terms, an article where they stand together as one phrase gets `PHRASE_BONUS` times
  the BM25 score of that phrase on top. Word boundaries are stored as one bit per character. A
  one-character term counts every occurrence (it is nearly always the first keystroke of a longer
  query, rarely a word).
- Top-k without scoring everything. Posting lists are sorted by an upper bound of the BM25 term-frequency
  part (quantised to 8 bits, packed with the article number in one 32-bit integer), so the top 20 are
  found by the threshold algorithm: read the lists best-first, score each new article exactly, stop
  when the 20th best score beats what any unread article could still reach. A one- or two-character
  term usually stops after a few dozen articles, even if it occurs in every article.
- Pinyin and traditional characters. A Latin-letter term also matches corpus words whose pinyin, whole
  or initials, equals it (`rencai`, `rc` find 人才); a term with traditional characters also matches its
  OpenCC simplified form (`東阿縣` finds 东阿县). Such matches rank below every literal match.

Segments and the cache
----------------------
Postings live in segments, each covering whole pages. `load_or_build` keeps segments on disk (under
`paths.cache_dir()/search-v{VERSION}`) with each page's token data (its word-boundary bits) keyed by
`Page.sha`. Opening the same corpus again loads the segments; when pages change, only the changed pages
are tokenized and indexed, into a new small segment, while their old postings are ignored; when too
much of the index is stale the corpus is re-indexed, still reusing the token data of unchanged pages.
A large build runs on two processes (two segments) when the machine has two cores.

Memory: postings take 4 bytes per (gram, article) pair, about 1.2 pairs per character of text; the
folded text takes 2 bytes per Chinese character; boundaries 1/8 byte per character. Measured by
`benchmarks/search_bench.py` (People's Daily, January 1998): 7.7 MB per million characters at 100,000
articles (postings 4.9, folded text 2.2, the rest 0.6), 8.3 MB at 30,000; 12 MB at 3,000, where the
gram tables, which grow with the vocabulary rather than the text, weigh more.

Cost notes: rjieba imports its dictionary in ~0.1 s; a build tokenizes ~5 M characters/s and indexes
~1 M characters/s per process. OpenCC's tables load in ~15 ms; the pinyin tables of the vocabulary take
~0.3-0.5 s, built on the first Latin-letter query or by `prepare()`.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
import time
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, islice
from operator import add
from pathlib import Path
from typing import Any

from reader import paths
from reader.model import Article, Page
from reader.search.query import Query, Term, parse
from reader.search.textnorm import (
    collapse_whitespace,
    fold,
    has_cjk,
    is_pinyin_candidate,
    to_simplified,
    word_pinyin,
)

Progress = Callable[[int, int], None]

VERSION = 2
"""Bump when the index layout or scoring changes: cache files carry it in their name."""

K1 = 1.2
B = 0.75
HEAD_WEIGHT = 3
"""A hit in the headline, kicker or subtitle counts as this many body hits."""
CROSS_WORD_WEIGHT = 0.4
"""Weight of an occurrence that starts or ends inside a jieba word."""
PHRASE_BONUS = 0.5
"""Several terms found next to each other score this times the phrase's own BM25 score in addition."""
PINYIN_ALTERNATIVES = 8
"""A pinyin term matches at most this many corpus words (the most frequent ones)."""
MAX_ALTERNATIVE_CHARS = 64
"""Terms longer than this are matched literally only."""
SNIPPET_BEFORE = 14
SNIPPET_CHARS = 64

MATCH_KINDS = ("literal", "traditional", "pinyin")
_TIER_PENALTY = (0.0, 1e4, 2e4)
"""Subtracted from the ranking key per term matched other than literally: literal hits always come first."""

_Q = 255
_DOC_BITS = 24
_DOC_MASK = (1 << _DOC_BITS) - 1
_MAX_BUCKET = 1023
_SEP_HEAD = "\x1e"
_SEP_BYLINE = "\x1f"
_CJK_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,8}")
_PARALLEL_MIN_CHARS = 1_000_000
_MAX_SEGMENTS = 4
_KEEP_SEGMENT_FILES = 12
_BATCH = 8
_ALIGN_SAMPLE = 6
_EXHAUST = 256


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result."""

    article_id: str
    score: float
    """BM25 score (higher is better); results are ordered literal matches first, then by score."""
    snippet: str
    """One line of the article around its best hit, whitespace folded, "…" where cut."""
    match: str = "literal"
    """How the article matched: "literal", "traditional" (via simplified forms) or "pinyin"."""


# --------------------------------------------------------------------------------------------------
# Building


def _article_fields(article: Article) -> tuple[str, str, str]:
    head = "\n".join(x for x in (article.kicker, article.headline, article.subtitle) if x)
    byline = article.byline or article.author_names
    return head, article.text, byline


def _fold_article(article: Article) -> tuple[str, int, int]:
    """The folded searchable string of an article, with its head and body lengths."""
    head, body, byline = _article_fields(article)
    return fold(head + _SEP_HEAD + body + _SEP_BYLINE + byline), len(head), len(body)


class _Boundaries(dict[str, str]):
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
        """One bit per position of `doc` (and one past its end): set where a jieba word starts or ends."""
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
        return sorted(w for w in words if _CJK_WORD.fullmatch(w))


class _Impacts(dict[int, int]):
    """Term frequency → posting high bits for one document-length bucket: 255 minus the BM25 tf part
    (tf·(k1+1)/(tf+norm)) rounded up to 1/255 of its maximum, so lists sort best-first and the stored
    value is an upper bound of the exact score of any string containing the gram."""

    def __init__(self, norm: float) -> None:
        super().__init__()
        self.norm = norm

    def __missing__(self, tf: int) -> int:
        part = tf * (K1 + 1) / (tf + self.norm)
        q = min(_Q, math.ceil(part / (K1 + 1) * _Q))
        code = (_Q - q) << _DOC_BITS
        self[tf] = code
        return code


@dataclass(slots=True)
class _Segment:
    """Postings of a run of pages: what is built, cached and reused as one unit."""

    pages: list[tuple[str, tuple[str, ...]]]
    """(page sha, ids of its articles) in order; the segment's documents are these articles."""
    keys: str
    """The grams, sorted: first every unigram (one character each), then every bigram (two each).
    `starts` and `lengths` are parallel to the grams; `unigrams` says how many unigrams lead."""
    unigrams: int
    starts: array
    lengths: array
    blob: array
    """All posting lists, concatenated, each sorted best-first."""
    masks: list[bytes]
    doc_lengths: array
    avgdl: float
    vocabulary: str
    """Chinese words of the segment's documents (jieba tokens and search-mode sub-words), NUL-joined."""

    @property
    def size(self) -> int:
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
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> _Segment:
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
        )


def _build_segment(
    pages: list[tuple[str, tuple[str, ...]]],
    docs: list[tuple[str, int, int]],
    masks: list[bytes | None],
    progress: Progress | None = None,
) -> _Segment:
    """Index folded documents (see `_fold_article`); `masks` holds cached word boundaries or None."""
    boundaries = _Boundaries()
    total = len(docs)
    if total > _DOC_MASK:
        raise ValueError(f"a segment holds at most {_DOC_MASK} articles")
    step = max(1, total // 100)
    out_masks: list[bytes] = []
    for i, ((doc, hlen, blen), mask) in enumerate(zip(docs, masks, strict=True)):
        out_masks.append(mask if mask is not None else boundaries.mask(doc, hlen, blen))
        if progress and i % step == 0:
            progress(i // 3, total)

    dls = array("I", (len(doc) for doc, _, _ in docs))
    avgdl = (sum(dls) / len(dls)) if dls else 1.0
    tables: dict[int, _Impacts] = {}
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
            table = tables[bucket] = _Impacts(K1 * (1 - B + B * bucket / 16))
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
    return _Segment(pages, keys, unigrams, starts, lengths, blob, out_masks, dls, avgdl, vocabulary)


def _worker_main() -> None:
    """Entry point of the helper process: read a job file, build its segment, write the result file.

    Run as `python -c "from reader.search.index import _worker_main; _worker_main()" JOB RESULT`. A plain
    subprocess rather than multiprocessing: multiprocessing's spawn re-runs the parent's main script
    in the child, which breaks scripts that build an index at module level.
    """
    job, result = sys.argv[1], sys.argv[2]
    with open(job, "rb") as fh:
        pages, docs, masks = pickle.load(fh)
    payload = _build_segment(pages, docs, masks).to_payload()
    tmp = result + ".part"
    with open(tmp, "wb") as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, result)


class _Helper:
    """A second process building one segment while this one builds another."""

    def __init__(self, pages: list[Any], docs: list[Any], masks: list[Any]) -> None:
        self.dir = tempfile.TemporaryDirectory(prefix="duba-index-")
        self.job = os.path.join(self.dir.name, "job.pkl")
        self.result = os.path.join(self.dir.name, "result.pkl")
        with open(self.job, "wb") as fh:
            pickle.dump((pages, docs, masks), fh, protocol=pickle.HIGHEST_PROTOCOL)
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        code = "from reader.search.index import _worker_main; _worker_main()"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, self.job, self.result],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def stop(self) -> None:
        """End the helper early (this process failed or was interrupted)."""
        self.proc.kill()
        self.proc.communicate()
        self.dir.cleanup()

    def join(self) -> _Segment | None:
        """Wait for the helper; its segment, or None if it failed."""
        try:
            self.proc.communicate()
            if self.proc.returncode != 0:
                return None
            with open(self.result, "rb") as fh:
                return _Segment.from_payload(pickle.load(fh))
        except (OSError, pickle.UnpicklingError, EOFError, KeyError):
            return None
        finally:
            self.dir.cleanup()


def _split_for_workers(pages: list[tuple[str, tuple[str, ...]]], docs: list[tuple[str, int, int]]) -> int:
    """Index of the first page of the second half (by characters), or 0 to build in one process."""
    total = sum(len(d) for d, _, _ in docs)
    workers = os.environ.get("DUBA_INDEX_WORKERS")
    n_workers = int(workers) if workers and workers.isdigit() else min(2, os.cpu_count() or 1)
    if n_workers < 2 or total < _PARALLEL_MIN_CHARS or len(pages) < 2:
        return 0
    acc = 0
    d = 0
    for i, (_, ids) in enumerate(pages):
        if acc * 2 >= total:
            return i
        for _ in ids:
            acc += len(docs[d][0])
            d += 1
    return 0


def _build_segments(
    pages: list[tuple[str, tuple[str, ...]]],
    docs: list[tuple[str, int, int]],
    masks: list[bytes | None],
    progress: Progress | None = None,
) -> list[_Segment]:
    """Build one segment, or two on two processes when the corpus is large enough to gain from it."""
    split_page = _split_for_workers(pages, docs)
    if not split_page:
        return [_build_segment(pages, docs, masks, progress)]
    split_doc = sum(len(ids) for _, ids in pages[:split_page])
    total = len(docs)
    rest = (pages[split_page:], docs[split_doc:], masks[split_doc:])
    try:
        helper = _Helper(*rest)
    except OSError:
        return [_build_segment(pages, docs, masks, progress)]

    def half_progress(done: int, _total: int) -> None:
        if progress:
            progress(min(total - 1, done * total // max(1, split_doc)), total)

    try:
        first = _build_segment(pages[:split_page], docs[:split_doc], masks[:split_doc], half_progress)
    except BaseException:
        helper.stop()
        raise
    second = helper.join()
    if second is None:  # the helper failed (killed, out of memory): build its half here
        second = _build_segment(*rest)
    if progress:
        progress(total, total)
    return [first, second]


# --------------------------------------------------------------------------------------------------
# Query plans


@dataclass(slots=True)
class _Alt:
    """One string a term may match as: the term itself, its simplified form, or a word its pinyin names."""

    text: str
    tier: int
    idf: float = 0.0
    lists: list[tuple[array, int, int, int]] | None = None
    """(blob, start, end, document base) of the posting list to read, per segment."""


@dataclass(slots=True)
class _PlanTerm:
    alts: list[_Alt]
    head_only: bool


@dataclass(slots=True)
class _Plan:
    terms: list[_PlanTerm]
    excluded: list[tuple[list[str], str]]
    """(strings, field) an article must not contain."""
    authors: list[list[str]]
    """Each a list of strings of which one must be in the byline."""
    phrase: _Alt | None = None
    """The plain terms written together, scored as an optional extra term (found via its own list)."""
    impossible: bool = False


def _table_words(table: str, prefix: str, limit: int = 256) -> list[str]:
    """Words of the lines of a sorted `key\tword` table whose line starts with `prefix`."""
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


class SearchIndex:
    """An in-memory search index over a list of articles. Build with `build` or `load_or_build`."""

    def __init__(self, articles: list[Article | None], segments: list[_Segment]) -> None:
        self._articles = articles
        self._segments = segments
        self._ids: dict[str, int] = {}
        docs: list[str] = []
        hlens = array("I")
        blens = array("I")
        for d, article in enumerate(articles):
            if article is None:
                docs.append("")
                hlens.append(0)
                blens.append(0)
                continue
            self._ids.setdefault(article.id, d)
            doc, hlen, blen = _fold_article(article)
            docs.append(doc)
            hlens.append(hlen)
            blens.append(blen)
        self._init_from(docs, hlens, blens)

    def _init_from(self, docs: list[str], hlens: array, blens: array) -> None:
        self._docs = docs
        self._hlens = hlens
        self._blens = blens
        self._masks: list[bytes] = []
        self._norms = array("d")
        self._bases: list[int] = []
        base = 0
        for seg in self._segments:
            self._masks.extend(seg.masks)
            avgdl = seg.avgdl or 1.0
            self._norms.extend(K1 * (1 - B + B * dl / avgdl) for dl in seg.doc_lengths)
            self._bases.append(base)
            base += seg.size
        if base != len(docs):
            raise ValueError(f"segments cover {base} documents, articles {len(docs)}")
        self._live = sum(1 for a in self._articles if a is not None)
        # Bylines, concatenated, for author: filters.
        starts = array("I")
        parts = []
        pos = 0
        for d, doc in enumerate(docs):
            starts.append(pos)
            byline = doc[self._hlens[d] + self._blens[d] + 2 :]
            parts.append(byline)
            pos += len(byline) + 1
        self._bylines = "\x00".join(parts)
        self._byline_starts = starts
        self._pinyin: tuple[str, str] | None = None

    def prepare(self) -> None:
        """Do now what the first pinyin or traditional-character search would otherwise do: build the
        pinyin tables of the vocabulary (~0.5 s for 75k words) and load OpenCC. Call from a worker."""
        self._pinyin_tables()
        to_simplified("東")

    def _pinyin_tables(self) -> tuple[str, str]:
        """Two sorted line tables, `full\tword` and `initials\tword` (searched with str.find)."""
        if self._pinyin is None:
            words: set[str] = set()
            for seg in self._segments:
                if seg.vocabulary:
                    words.update(seg.vocabulary.split("\x00"))
            full_lines = []
            initial_lines = []
            for word in words:
                reading = word_pinyin(word)
                if reading is not None:
                    full_lines.append(f"{reading[0]}\t{word}")
                    initial_lines.append(f"{reading[1]}\t{word}")
            full_lines.sort()
            initial_lines.sort()
            self._pinyin = ("\n" + "\n".join(full_lines) + "\n", "\n" + "\n".join(initial_lines) + "\n")
        return self._pinyin

    # ---------------------------------------------------------------------------------------- build

    @classmethod
    def build(cls, articles: Sequence[Article], progress: Progress | None = None) -> SearchIndex:
        """Index `articles` in memory, without the cache; `progress(done, total)` reports the build."""
        articles = list(articles)
        folded = [_fold_article(a) for a in articles]
        # Pseudo-pages of ~200 articles, so a large build can be split across two processes.
        pages = [("", tuple(a.id for a in articles[i : i + 200])) for i in range(0, len(articles), 200)]
        segments = _build_segments(pages, folded, [None] * len(folded), progress)
        index = cls.__new__(cls)
        index._articles = list(articles)
        index._segments = segments
        index._ids = {}
        for d, article in enumerate(articles):
            index._ids.setdefault(article.id, d)
        index._init_from(
            [doc for doc, _, _ in folded],
            array("I", (h for _, h, _ in folded)),
            array("I", (b for _, _, b in folded)),
        )
        return index

    @classmethod
    def load_or_build(
        cls, pages: Sequence[Page], cache_dir: Path | None = None, progress: Progress | None = None
    ) -> SearchIndex:
        """The index of `pages`, from the on-disk cache where possible (see the module docstring).

        Pages already indexed (same `Page.sha`, same articles) are reused; only new or changed pages are
        tokenized and indexed. The cache lives under `cache_dir` (default `paths.cache_dir()`), in a
        folder named with the index version. Cache problems never fail the call: it builds instead.
        """
        return _Cache(cache_dir).load_or_build(cls, list(pages), progress)

    # --------------------------------------------------------------------------------------- search

    def __len__(self) -> int:
        return self._live

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """The best `limit` articles for `query` (see `reader.search.query` for the syntax), best first.

        Literal matches rank above matches through simplified forms, which rank above pinyin matches;
        within each, by BM25 score. An empty query gives no results.
        """
        parsed = parse(query)
        if not parsed or limit <= 0:
            return []
        plan = self._plan(parsed)
        if plan.impossible:
            return []
        # The same article printed on two pages has one id: list it once, where it ranks best.
        repeats = min(self._live - len(self._ids), 200)
        hits: list[Hit] = []
        seen: set[str] = set()
        for _key, d, raw, tier in self._rank(plan, limit + repeats):
            article = self._articles[d]
            if article is not None and article.id not in seen and len(hits) < limit:
                seen.add(article.id)
                hits.append(self._hit(d, raw, tier, plan))
        return hits

    def spans(self, article: Article, query: str) -> list[tuple[int, int]]:
        """Every hit of `query` in `article.text`, as sorted, non-overlapping (start, end) offsets: what the
        reading pane highlights and steps through.

        Covers plain terms and phrases (not excluded terms or field filters), including the simplified
        form of a traditional query and the Chinese words a pinyin query matched.
        """
        parsed = parse(query)
        text = fold(article.text)
        found: list[tuple[int, int]] = []
        for term in parsed.positive:
            if term.field != "any":
                continue
            for alt in self._alternatives(term):
                s = alt.text
                n = len(s)
                i = text.find(s)
                while i >= 0:
                    found.append((i, i + n))
                    i = text.find(s, i + n)
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:  # overlapping hits become one; adjacent ones stay two
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged

    def article(self, article_id: str) -> Article | None:
        """The indexed article with this id, if any."""
        d = self._ids.get(article_id)
        return None if d is None else self._articles[d]

    # -------------------------------------------------------------------------------------- internals

    def _lists(self, text: str) -> list[tuple[array, int, int, int]] | None:
        """The posting list to read for `text` in each segment (its rarest gram), or None if absent."""
        grams = [text] if len(text) == 1 else list({text[i : i + 2] for i in range(len(text) - 1)})
        out = []
        for seg, base in zip(self._segments, self._bases, strict=True):
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

    def _pinyin_words(self, text: str) -> list[str]:
        """Corpus words whose pinyin is `text` (whole or initials), else begins it; most frequent first."""
        key = text.replace("'", "")
        if len(key) < 2:
            return []
        fulls, initials = self._pinyin_tables()
        exact = _table_words(fulls, key + "\t") + _table_words(initials, key + "\t")
        few = len(key) >= 3 and len(exact) < PINYIN_ALTERNATIVES
        prefix = _table_words(fulls, key, limit=64) if few else []
        chosen: list[str] = []
        for group in (exact, prefix):
            ranked = sorted({w: self._df(w) for w in group}.items(), key=lambda kv: -kv[1])
            chosen.extend(w for w, df in ranked if df > 0 and w not in chosen)
            if len(chosen) >= PINYIN_ALTERNATIVES:
                break
        return chosen[:PINYIN_ALTERNATIVES]

    def _df(self, text: str) -> int:
        """Documents containing `text`: exact for one or two characters, an upper bound beyond."""
        lists = self._lists(text)
        return sum(end - start for _, start, end, _ in lists) if lists else 0

    def _alternatives(self, term: Term) -> list[_Alt]:
        alts = [_Alt(term.text, 0)]
        if term.phrase or len(term.text) > MAX_ALTERNATIVE_CHARS:
            return alts
        if has_cjk(term.text):
            simplified = fold(to_simplified(term.text))
            if simplified != term.text:
                alts.append(_Alt(simplified, 1))
        elif is_pinyin_candidate(term.text):
            alts.extend(_Alt(word, 2) for word in self._pinyin_words(term.text))
        return alts

    def _plan(self, query: Query) -> _Plan:
        plan = _Plan([], [], [])
        n = max(1, self._live)
        for term in query.terms:
            if term.negate:
                texts = [term.text]
                if not term.phrase and has_cjk(term.text) and len(term.text) <= MAX_ALTERNATIVE_CHARS:
                    simplified = fold(to_simplified(term.text))
                    if simplified != term.text:
                        texts.append(simplified)
                plan.excluded.append((texts, term.field))
                continue
            alts = self._alternatives(term)
            if term.field == "author":
                plan.authors.append([a.text for a in alts if a.tier < 2])
                continue
            kept = []
            for alt in alts:
                lists = self._lists(alt.text)
                if lists is None:
                    continue
                df = sum(end - start for _, start, end, _ in lists)
                alt.idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                alt.lists = lists
                kept.append(alt)
            if not kept:
                plan.impossible = True
                return plan
            plan.terms.append(_PlanTerm(kept, term.field == "headline"))
        if not plan.terms and not plan.authors and not plan.excluded:
            plan.impossible = True
        plain = [t.text for t in query.positive if t.field == "any"]
        if len(plain) >= 2 and sum(map(len, plain)) <= MAX_ALTERNATIVE_CHARS:
            joiner = " " if all(t.isascii() for t in plain) else ""
            phrase = _Alt(joiner.join(plain), 0)
            lists = self._lists(phrase.text)
            if lists is not None:
                df = sum(end - start for _, start, end, _ in lists)
                phrase.idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                phrase.lists = lists
                plan.phrase = phrase
        return plan

    def _scorer(self, plan: _Plan) -> Callable[[int], tuple[float, float, int] | None]:
        """Exact ranking key, score and match tier of a document for `plan`, or None if it does not match."""
        articles = self._articles
        docs = self._docs
        hlens = self._hlens
        blens = self._blens
        masks = self._masks
        norms = self._norms
        # Most selective term first: an article that lacks it is rejected after one search.
        ordered = sorted(plan.terms, key=lambda t: -min(a.idf for a in t.alts))
        terms = [
            ([(a.text, len(a.text), a.idf * (K1 + 1), a.tier) for a in t.alts], t.head_only) for t in ordered
        ]
        excluded = plan.excluded
        authors = plan.authors
        phrase = plan.phrase
        phrase_text = phrase.text if phrase else ""
        phrase_len = len(phrase_text)
        phrase_weight = phrase.idf * (K1 + 1) * PHRASE_BONUS if phrase else 0.0
        cross = CROSS_WORD_WEIGHT
        head_weight = float(HEAD_WEIGHT)
        penalty = _TIER_PENALTY

        def tf_of(doc: str, s: str, n: int, hlen: int, mask: bytes, head_only: bool) -> float:
            # Occurrences are counted in C; whether they are whole jieba words is checked on the first
            # few (all of them, for the usual handful) and the share applied to the rest.
            stop = hlen if head_only else len(doc)
            i = doc.find(s, 0, stop)
            if i < 0:
                return 0.0
            if head_only:
                weighted = doc.count(s, 0, hlen) * head_weight
            else:
                in_head = doc.count(s, 0, hlen) if i < hlen else 0
                weighted = doc.count(s, i) + in_head * (head_weight - 1)
            checked = aligned = 0
            while i >= 0 and checked < _ALIGN_SAMPLE:
                e = i + n
                checked += 1
                if (mask[i >> 3] >> (i & 7)) & 1 and (mask[e >> 3] >> (e & 7)) & 1:
                    aligned += 1
                i = doc.find(s, e, stop)
            if aligned == checked:
                return weighted
            return weighted * (cross + (1 - cross) * aligned / checked)

        def raw_tf(doc: str, s: str, hlen: int, head_only: bool) -> float:
            # One character: every occurrence counts (a single character is a prefix being typed far
            # more often than a one-character word), so the posting list's bound is exact.
            in_head = doc.count(s, 0, hlen) if hlen else 0
            return in_head * head_weight if head_only else in_head * (head_weight - 1) + doc.count(s)

        def score(d: int) -> tuple[float, float, int] | None:
            if articles[d] is None:
                return None
            doc = docs[d]
            hlen = hlens[d]
            for texts, fld in excluded:
                if fld == "author":
                    start, stop = hlen + blens[d] + 2, len(doc)
                elif fld == "headline":
                    start, stop = 0, hlen
                else:
                    start, stop = 0, len(doc)
                for s in texts:
                    if doc.find(s, start, stop) >= 0:
                        return None
            if authors:
                by = hlen + blens[d] + 2
                for texts in authors:
                    if not any(doc.find(s, by) >= 0 for s in texts):
                        return None
            mask = masks[d]
            norm = norms[d]
            raw = 0.0
            pen = 0.0
            tier = 0
            for alts, head_only in terms:
                best_key = -math.inf
                best = None
                for s, n, weight, alt_tier in alts:
                    tf = (
                        raw_tf(doc, s, hlen, head_only) if n == 1 else tf_of(doc, s, n, hlen, mask, head_only)
                    )
                    if tf:
                        value = weight * tf / (tf + norm)
                        key = value - penalty[alt_tier]
                        if key > best_key:
                            best_key = key
                            best = (value, alt_tier)
                if best is None:
                    return None
                raw += best[0]
                pen += penalty[best[1]]
                if best[1] > tier:
                    tier = best[1]
            if phrase_len:
                tf = tf_of(doc, phrase_text, phrase_len, hlen, mask, False)
                if tf:
                    raw += phrase_weight * tf / (tf + norm)
            return raw - pen, raw, tier

        return score

    def _rank(self, plan: _Plan, k: int) -> list[tuple[float, int, float, int]]:
        """Top `k` (key, doc, score, tier), best first."""
        score = self._scorer(plan)
        if plan.authors:
            candidates = self._author_candidates(plan.authors[0])
            return self._exhaustive(candidates, score, k)
        if not plan.terms:
            return self._exhaustive(range(len(self._docs)), score, k)
        return self._threshold(plan, score, k)

    def _exhaustive(
        self, candidates: Any, score: Callable[[int], Any], k: int
    ) -> list[tuple[float, int, float, int]]:
        results = []
        for d in candidates:
            r = score(d)
            if r is not None:
                results.append((r[0], -d, r[1], r[2]))
        best = heapq.nlargest(k, results)
        return [(key, -neg, raw, tier) for key, neg, raw, tier in best]

    def _author_candidates(self, texts: list[str]) -> list[int]:
        found: set[int] = set()
        blob = self._bylines
        starts = self._byline_starts
        for s in texts:
            i = blob.find(s)
            while i >= 0:
                d = bisect_right(starts, i) - 1
                found.add(d)
                i = blob.find(s, i + 1)
        return sorted(found)

    def _threshold(
        self, plan: _Plan, score: Callable[[int], tuple[float, float, int] | None], k: int
    ) -> list[tuple[float, int, float, int]]:
        """Fagin's threshold algorithm over the terms' best-first posting lists.

        Each term reads, best first, the lists of its alternatives (one per segment); the phrase, when
        there is one, is an optional term. Every article met is scored exactly. The search stops when
        the k-th best score reaches the sum of the terms' next possible scores, or when a term has no
        unread article left (then every article matching all terms has been scored).
        """
        unit = (K1 + 1) / _Q * (1 + 1e-9)
        # Cursors: [position, end, blob, base, scale, penalty]; a term is a list of cursors.
        required: list[list[list[Any]]] = []
        literal: list[list[list[Any]]] = []
        for term in plan.terms:
            cursors = []
            for alt in term.alts:
                assert alt.lists is not None
                for blob, start, end, base in alt.lists:
                    cursors.append([start, end, blob, base, alt.idf * unit, _TIER_PENALTY[alt.tier]])
            required.append(cursors)
            if not term.head_only:
                literal.append(
                    [c for c, alt in zip(cursors, self._cursor_alts(term), strict=True) if alt.tier == 0]
                )
        optional: list[list[Any]] = []
        phrase_scale = 0.0
        if plan.phrase is not None and plan.phrase.lists:
            phrase_scale = plan.phrase.idf * unit * PHRASE_BONUS
            optional = [
                [start, end, blob, base, phrase_scale, 0.0] for blob, start, end, base in plan.phrase.lists
            ]

        def phrase_bound() -> float:
            # The phrase occurs at most as often as each of its terms: the terms' lists bound it too.
            level = bound(optional) / phrase_scale
            for cursors in literal:
                best = 0
                for pos, end, blob, *_ in cursors:
                    if pos < end and q - (blob[pos] >> shift) > best:
                        best = q - (blob[pos] >> shift)
                if best < level:
                    level = best
            return level * phrase_scale

        heap: list[tuple[float, int, float, int]] = []
        seen: set[int] = set()
        push = heapq.heappush
        replace = heapq.heapreplace
        shift = _DOC_BITS
        mask = _DOC_MASK
        q = _Q
        inf = math.inf

        def bound(cursors: list[list[Any]]) -> float:
            best = -inf
            for pos, end, blob, _base, scale, pen in cursors:
                if pos < end:
                    value = (q - (blob[pos] >> shift)) * scale - pen
                    if value > best:
                        best = value
            return best

        def advance(cursors: list[list[Any]], steps: int) -> None:
            for _ in range(steps):
                chosen = None
                best = -inf
                for cursor in cursors:
                    pos = cursor[0]
                    if pos < cursor[1]:
                        value = (q - (cursor[2][pos] >> shift)) * cursor[4] - cursor[5]
                        if value > best:
                            best = value
                            chosen = cursor
                if chosen is None:
                    return
                pos = chosen[0]
                chosen[0] = pos + 1
                d = chosen[3] + (chosen[2][pos] & mask)
                if d in seen:
                    continue
                seen.add(d)
                r = score(d)
                if r is None:
                    continue
                item = (r[0], -d, r[1], r[2])
                if len(heap) < k:
                    push(heap, item)
                elif item > heap[0]:
                    replace(heap, item)

        # A term with a short list: every match is in it, so score all of it and read nothing else.
        remaining = [sum(c[1] - c[0] for c in cursors) for cursors in required]
        if min(remaining) <= _EXHAUST:
            advance(required[remaining.index(min(remaining))], min(remaining))
            return [(key, -neg, raw, tier) for key, neg, raw, tier in sorted(heap, reverse=True)]
        while True:
            tau = 0.0
            for cursors in required:
                b = bound(cursors)
                if b == -inf:  # no unread article left for this term: every match was scored
                    tau = inf
                    break
                tau += b
            if tau == inf:
                break
            if optional:
                b = phrase_bound()
                if b > 0:
                    tau += b
            if len(heap) >= k and heap[0][0] >= tau:
                break
            # Round robin: every term's bound comes down together (reading the most promising list
            # alone, or finishing the shortest list early, were both measured slower).
            if optional:
                advance(optional, _BATCH)
            for cursors in required:
                advance(cursors, _BATCH)
        return [(key, -neg, raw, tier) for key, neg, raw, tier in sorted(heap, reverse=True)]

    @staticmethod
    def _cursor_alts(term: _PlanTerm) -> list[_Alt]:
        """The alternative behind each cursor of `term`, in cursor order."""
        return [alt for alt in term.alts for _ in alt.lists or ()]

    def _hit(self, d: int, raw: float, tier: int, plan: _Plan) -> Hit:
        article = self._articles[d]
        assert article is not None
        return Hit(article.id, round(raw, 4), self._snippet(d, article, plan), MATCH_KINDS[tier])

    def _snippet(self, d: int, article: Article, plan: _Plan) -> str:
        """One line of the body around the best hit (the rarest term's first word-aligned occurrence)."""
        doc = self._docs[d]
        start = self._hlens[d] + 1
        stop = start + self._blens[d]
        mask = self._masks[d]
        best = -1
        terms = sorted(plan.terms, key=lambda t: -max(a.idf for a in t.alts))
        for term in terms:
            if term.head_only:
                continue
            for alt in sorted(term.alts, key=lambda a: a.tier):
                s = alt.text
                i = doc.find(s, start, stop)
                first = i
                while i >= 0:
                    e = i + len(s)
                    if (mask[i >> 3] >> (i & 7)) & 1 and (mask[e >> 3] >> (e & 7)) & 1:
                        break
                    i = doc.find(s, i + 1, stop)
                pos = i if i >= 0 else first
                if pos >= 0:
                    best = pos - start
                    break
            if best >= 0:
                break
        body = article.text
        begin = max(0, best - SNIPPET_BEFORE) if best >= 0 else 0
        end = min(len(body), begin + SNIPPET_CHARS)
        if end - begin < SNIPPET_CHARS:
            begin = max(0, end - SNIPPET_CHARS)
        text = collapse_whitespace(body[begin:end])
        return ("…" if begin > 0 else "") + text + ("…" if end < len(body) else "")

    def memory_bytes(self) -> dict[str, int]:
        """Bytes held by the index, by part, each object counted once (articles themselves excluded)."""
        import sys

        counted: set[int] = set()

        def size(*objects: Any) -> int:
            total = 0
            for obj in objects:
                if id(obj) not in counted:
                    counted.add(id(obj))
                    total += sys.getsizeof(obj)
            return total

        postings = sum(size(seg.blob) for seg in self._segments)
        keys = sum(size(seg.keys, seg.starts, seg.lengths) for seg in self._segments)
        text = size(self._docs, self._bylines, self._byline_starts) + sum(size(doc) for doc in self._docs)
        boundaries = size(self._masks) + sum(size(m) for m in self._masks)
        for seg in self._segments:
            boundaries += size(seg.masks)
        per_doc = size(self._norms, self._hlens, self._blens, self._articles, self._ids)
        per_doc += sum(size(key) for key in self._ids) + sum(size(seg.doc_lengths) for seg in self._segments)
        pinyin = sum(size(seg.vocabulary) for seg in self._segments)
        pinyin += size(*self._pinyin) if self._pinyin else 0
        return {
            "postings": postings,
            "gram keys": keys,
            "text": text,
            "word boundaries": boundaries,
            "per article": per_doc,
            "pinyin": pinyin,
        }


# --------------------------------------------------------------------------------------------------
# The on-disk cache


def _segment_id(pages: list[tuple[str, tuple[str, ...]]]) -> str:
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"v{VERSION}".encode())
    for sha, ids in pages:
        digest.update(sha.encode())
        digest.update(b"\x00")
        digest.update("\x01".join(ids).encode())
        digest.update(b"\x02")
    return digest.hexdigest()


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class _Cache:
    """Segments on disk: `<id>.seg` (postings and token data of some pages) and `manifest.json` (which
    pages each segment covers, and when it was last used)."""

    def __init__(self, root: Path | None) -> None:
        self.dir = (root or paths.cache_dir()) / f"search-v{VERSION}"

    def _manifest(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads((self.dir / "manifest.json").read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_manifest(self, manifest: dict[str, dict[str, Any]]) -> None:
        with contextlib.suppress(OSError):
            _write_atomic(self.dir / "manifest.json", json.dumps(manifest).encode("utf-8"))

    def _load_segment(self, seg_id: str) -> _Segment | None:
        try:
            data = pickle.loads((self.dir / f"{seg_id}.seg").read_bytes())
            if data.get("version") != VERSION:
                return None
            return _Segment.from_payload(data)
        except Exception:  # unreadable, truncated or foreign: a cache miss, never an error
            return None

    def _save_segment(self, seg: _Segment) -> str:
        seg_id = _segment_id(seg.pages)
        payload = seg.to_payload()
        payload["version"] = VERSION
        with contextlib.suppress(OSError):
            _write_atomic(self.dir / f"{seg_id}.seg", pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
        return seg_id

    def load_or_build(
        self, cls: type[SearchIndex], pages: list[Page], progress: Progress | None
    ) -> SearchIndex:
        manifest = self._manifest()
        wanted = {p.sha: tuple(a.id for a in p.articles) for p in pages}
        articles_of = {p.sha: p.articles for p in pages}
        total_docs = sum(len(ids) for ids in wanted.values())

        # Choose cached segments, most useful first, while each is mostly live.
        ranked = []
        for seg_id, info in manifest.items():
            covered = info.get("pages", [])
            live = sum(len(ids) for sha, ids in covered if wanted.get(sha) == tuple(ids))
            if live:
                ranked.append((live, seg_id, info))
        ranked.sort(key=lambda item: -item[0])
        chosen: list[tuple[str, _Segment]] = []
        covered_shas: set[str] = set()
        for _live, seg_id, info in ranked:
            if len(chosen) == _MAX_SEGMENTS - 1:
                break
            pages_in = info.get("pages", [])
            fresh = sum(
                len(ids) for sha, ids in pages_in if wanted.get(sha) == tuple(ids) and sha not in covered_shas
            )
            if fresh * 10 < info.get("docs", 1) * 7:  # over 30% stale or duplicated: not worth keeping
                continue
            seg = self._load_segment(seg_id)
            if seg is None:
                continue
            chosen.append((seg_id, seg))
            covered_shas.update(sha for sha, ids in seg.pages if wanted.get(sha) == ids)

        missing = [p for p in pages if p.sha not in covered_shas]
        missing_docs = sum(len(p.articles) for p in missing)
        if chosen and missing_docs * 4 > total_docs:
            chosen = []  # too much changed: re-index everything, reusing token data below
            covered_shas = set()
            missing = list(pages)

        new_segments: list[_Segment] = []
        if missing:
            # Token data of unchanged pages from any cached segment (after a large change, most pages).
            masks_by_sha = self._cached_masks({p.sha for p in missing if p.articles}, manifest, chosen)
            seg_pages = []
            docs = []
            masks: list[bytes | None] = []
            seen_missing: set[str] = set()
            for p in missing:
                if p.sha in seen_missing:
                    continue
                seen_missing.add(p.sha)
                seg_pages.append((p.sha, wanted[p.sha]))
                cached = masks_by_sha.get((p.sha, wanted[p.sha]))
                for i, article in enumerate(p.articles):
                    docs.append(_fold_article(article))
                    masks.append(cached[i] if cached else None)
            new_segments = _build_segments(seg_pages, docs, masks, progress)
            now = time.time()
            for seg in new_segments:
                seg_id = self._save_segment(seg)
                manifest[seg_id] = {
                    "pages": [[sha, list(ids)] for sha, ids in seg.pages],
                    "docs": seg.size,
                    "used": now,
                }
        for seg_id, _seg in chosen:
            if seg_id in manifest:
                manifest[seg_id]["used"] = time.time()
        self._collect_garbage(manifest)
        self._save_manifest(manifest)

        segments = [seg for _, seg in chosen] + new_segments
        # Documents in segment order; articles of pages no longer present (or changed) are dead.
        articles: list[Article | None] = []
        placed: set[str] = set()
        for seg in segments:
            for sha, ids in seg.pages:
                current = articles_of.get(sha)
                live = current is not None and wanted[sha] == ids and sha not in placed
                if live:
                    placed.add(sha)
                    articles.extend(current)  # type: ignore[arg-type]
                else:
                    articles.extend([None] * len(ids))
        if progress and not missing:
            progress(total_docs, total_docs)
        return cls(articles, segments)

    def _cached_masks(
        self, shas: set[str], manifest: dict[str, dict[str, Any]], loaded: list[tuple[str, _Segment]]
    ) -> dict[tuple[str, tuple[str, ...]], list[bytes]]:
        """Word-boundary data of pages `shas` from cached segments: their token data, reused."""
        out: dict[tuple[str, tuple[str, ...]], list[bytes]] = {}
        sources = dict(loaded)
        for seg_id, info in manifest.items():
            if seg_id not in sources and any(sha in shas for sha, _ in info.get("pages", [])):
                seg = self._load_segment(seg_id)
                if seg is not None:
                    sources[seg_id] = seg
        for seg in sources.values():
            d = 0
            for sha, ids in seg.pages:
                if sha in shas:
                    out.setdefault((sha, ids), seg.masks[d : d + len(ids)])
                d += len(ids)
        return out

    def _collect_garbage(self, manifest: dict[str, dict[str, Any]]) -> None:
        """Keep the most recently used segment files; remove the rest and files no manifest names."""
        by_use = sorted(manifest, key=lambda s: -float(manifest[s].get("used", 0)))
        for seg_id in by_use[_KEEP_SEGMENT_FILES:]:
            manifest.pop(seg_id, None)
            with contextlib.suppress(OSError):
                (self.dir / f"{seg_id}.seg").unlink()
        try:
            for path in self.dir.glob("*.seg"):
                if path.stem not in manifest and time.time() - path.stat().st_mtime > 3600:
                    path.unlink()
        except OSError:
            pass
