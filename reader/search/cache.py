"""The index cache on disk: segments kept under `paths.cache_dir()/search-v{VERSION}`, reused by page.

Each segment file `<id>.seg` holds the postings and token data (word-boundary bits) of some pages: a
header line, the segment without its postings (a pickle), then the postings as raw 32-bit integers, which
a load maps (`mmap`) rather than reads. A search reads from the page cache only the lists it asks for:
the index's largest part, ~5 MB per million characters, is never copied into the process, and counts in
its memory only where read, as pages the system may drop and read again. `manifest.json` says which
pages (by `Page.sha` and `document_key`s, once per copy: two files of the same bytes are two pages, each
printed on its own date) each covers and when it was last used. Opening the same corpus
again loads the segments; when pages change, only the changed pages are tokenized and indexed, into a
new small segment, while their old postings are ignored; when too much of the index is stale the corpus
is re-indexed, still reusing the token data of unchanged pages.
Cache problems never fail a load: an unreadable or foreign file is a miss. Files are replaced with
`fsutil.write_atomic`, without fsync: a file torn by a power cut is a miss too, and 90 MB of fsync
would slow every build.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import pickle
import struct
import sys
import time
from array import array
from collections import Counter, deque
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path
from typing import Any

from reader import paths
from reader.fsutil import write_atomic
from reader.model import Article, Page
from reader.search.parallel import build_segments
from reader.search.segment import (
    VERSION,
    Doc,
    PageKey,
    Progress,
    Segment,
    article_fields,
    fold_article,
)

CACHE_NAME = f"search-v{VERSION}"
"""The index cache's folder in the user's cache folder (named after the segment format)."""

_MAGIC = f"duba search segment {VERSION}.2 {sys.byteorder} {array('I').itemsize}\n".encode("ascii")
"""A segment file's first line: the layout, and the byte order and size of its raw postings."""
_LENGTH = struct.Struct("<Q")

MAX_SEGMENTS = 4
KEEP_SEGMENT_FILES = 12
_STALE_TEMP_SECONDS = 3600


def document_key(article: Article) -> str:
    """What names an article's document in the cache: its id, and the indexed fields its id leaves out.

    `Article.id` hashes the headline and paragraphs only, so a kicker, subtitle or byline that changes on
    the same page (a reader's correction, a newer segmenter) keeps the id; keyed by the id alone, the
    cached document would go on holding the old words and missing the new ones."""
    _head, _body, byline = article_fields(article)
    extra = "\x00".join((article.kicker or "", article.subtitle or "", byline))
    if not extra.strip("\x00"):
        return article.id
    return f"{article.id}:{hashlib.blake2b(extra.encode(), digest_size=6).hexdigest()}"


def page_key(page: Page) -> PageKey:
    """What names a page's documents in the cache: its content hash and its articles' `document_key`s
    (two files of the same bytes may differ in articles: corrections carried over an edit to one)."""
    return page.sha, tuple(document_key(a) for a in page.articles)


def _live_docs(entries: Sequence[Any], need: Counter[PageKey]) -> int:
    """The documents of a segment's page `entries` that pages still need, each entry standing for one
    copy of its key; `need` is taken down by the copies found."""
    live = 0
    for sha, ids in entries:
        key = (sha, tuple(ids))
        if need[key] > 0:
            need[key] -= 1
            live += len(ids)
    return live


def _uncovered_pages(
    pages: Sequence[Page], keys: Sequence[PageKey], uncovered: Counter[PageKey]
) -> list[Page]:
    """The pages no chosen segment holds a copy for (`uncovered`: how many copies of each key are not
    held); of several copies of one key, the first are the ones held."""
    held = Counter(keys) - uncovered
    missing: list[Page] = []
    for page, key in zip(pages, keys, strict=True):
        if held[key] > 0:
            held[key] -= 1
        else:
            missing.append(page)
    return missing


def segment_id(pages: list[PageKey]) -> str:
    """The file name stem of the segment covering `pages`."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"v{VERSION}".encode())
    for sha, ids in pages:
        digest.update(sha.encode())
        digest.update(b"\x00")
        digest.update("\x01".join(ids).encode())
        digest.update(b"\x02")
    return digest.hexdigest()


class Cache:
    """Segments on disk: `<id>.seg` (postings and token data of some pages) and `manifest.json` (which
    pages each segment covers, and when it was last used)."""

    def __init__(self, root: Path | None) -> None:
        self.dir = (root or paths.cache_dir()) / CACHE_NAME

    def _manifest(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads((self.dir / "manifest.json").read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_manifest(self, manifest: dict[str, dict[str, Any]]) -> None:
        with contextlib.suppress(OSError):
            write_atomic(self.dir / "manifest.json", json.dumps(manifest), durable=False)

    def _load_segment(self, seg_id: str) -> Segment | None:
        try:
            return load_segment(self.dir / f"{seg_id}.seg")
        except Exception:  # unreadable, truncated or foreign: a cache miss, never an error
            return None

    def _save_segment(self, seg: Segment, texts: Sequence[str]) -> str:
        """Write `seg` with the folded `texts` of its documents to its file; its postings, gram table and
        texts are then read from the file (mapped) where that works."""
        seg_id = segment_id(seg.pages)
        path = self.dir / f"{seg_id}.seg"
        with contextlib.suppress(OSError):
            write_atomic(path, segment_bytes(seg, texts), durable=False)
            with contextlib.suppress(Exception):
                mapped = load_segment(path)
                seg.blob, seg.starts, seg.lengths = mapped.blob, mapped.starts, mapped.lengths
                seg.text, seg.text_ends = mapped.text, mapped.text_ends
        return seg_id

    def load_or_build(
        self, pages: list[Page], progress: Progress | None
    ) -> tuple[list[Article | None], list[Segment]]:
        """Segments covering `pages` (cached where possible, built otherwise) and the article of each of
        their documents in order, None for a document whose page is gone or changed.

        Every page has documents of its own, a byte-identical copy of another page too (the same file in
        two dated folders): each copy is printed on its own date, in its own paper, and filters, counts
        and the copy a result names go by it. A segment may hold one page key more than once."""
        manifest = self._manifest()
        keys = [page_key(p) for p in pages]
        wanted = Counter(keys)  # (copies of one key each need documents)
        total_docs = sum(len(p.articles) for p in pages)

        # Choose cached segments, most useful first, while each is mostly live.
        ranked = []
        for seg_id, info in manifest.items():
            live = _live_docs(info.get("pages", []), Counter(wanted))
            if live:
                ranked.append((live, seg_id, info))
        ranked.sort(key=lambda item: -item[0])
        chosen: list[tuple[str, Segment]] = []
        uncovered = Counter(wanted)
        for _live, seg_id, info in ranked:
            if len(chosen) == MAX_SEGMENTS - 1:
                break
            fresh = _live_docs(info.get("pages", []), Counter(uncovered))
            if fresh * 10 < info.get("docs", 1) * 7:  # over 30% stale or duplicated: not worth keeping
                continue
            seg = self._load_segment(seg_id)
            if seg is None:
                continue
            chosen.append((seg_id, seg))
            _live_docs(seg.pages, uncovered)

        missing = _uncovered_pages(pages, keys, uncovered)
        missing_docs = sum(len(p.articles) for p in missing)
        if chosen and missing_docs * 4 > total_docs:
            chosen = []  # too much changed: re-index everything, reusing token data below
            missing = list(pages)

        new_segments: list[Segment] = []
        if missing:
            # Token data of unchanged pages from any cached segment (after a large change, most pages).
            masks_by_key, carried = self._cached_masks(
                {p.sha for p in missing if p.articles}, manifest, chosen
            )
            seg_pages: list[PageKey] = []
            docs: list[Doc] = []
            masks: list[bytes | None] = []
            for p in missing:
                key = page_key(p)
                seg_pages.append(key)
                cached = masks_by_key.get(key)
                for i, article in enumerate(p.articles):
                    docs.append(fold_article(article))
                    masks.append(cached[i] if cached else None)
            new_segments = build_segments(seg_pages, docs, masks, progress)
            if carried:
                for seg in new_segments:
                    seg.vocabulary = _with_words(seg, carried)
            now = time.time()
            first = 0
            for seg in new_segments:
                seg_id = self._save_segment(seg, [doc for doc, _, _ in docs[first : first + seg.size]])
                first += seg.size
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
        # Documents in segment order, each page's articles placed once, in the documents of one of its
        # key's entries; the entries left over (pages no longer present, changed, or fewer copies) are dead.
        waiting: dict[PageKey, deque[Page]] = {}
        for key, page in zip(keys, pages, strict=True):
            waiting.setdefault(key, deque()).append(page)
        articles: list[Article | None] = []
        for seg in segments:
            for sha, ids in seg.pages:
                queue = waiting.get((sha, tuple(ids)))
                if queue:
                    articles.extend(queue.popleft().articles)
                else:
                    articles.extend([None] * len(ids))
        if progress and not missing:
            progress(total_docs, total_docs)
        return articles, segments

    def _cached_masks(
        self, shas: set[str], manifest: dict[str, dict[str, Any]], loaded: list[tuple[str, Segment]]
    ) -> tuple[dict[PageKey, list[bytes]], set[str]]:
        """Word-boundary data of pages `shas` from cached segments: their token data, reused; and the
        vocabulary of the segments it came from (the words of a page are gathered only while tokenizing
        it, and pinyin search matches those words)."""
        out: dict[PageKey, list[bytes]] = {}
        carried: set[str] = set()
        sources = dict(loaded)
        for seg_id, info in manifest.items():
            if seg_id not in sources and any(sha in shas for sha, _ in info.get("pages", [])):
                seg = self._load_segment(seg_id)
                if seg is not None:
                    sources[seg_id] = seg
        for seg in sources.values():
            d = 0
            used = False
            for sha, ids in seg.pages:
                if sha in shas and (sha, ids) not in out:
                    out[(sha, ids)] = seg.masks[d : d + len(ids)]
                    used = True
                d += len(ids)
            if used and seg.vocabulary:
                carried.update(seg.vocabulary.split("\x00"))
        return out, carried

    def _collect_garbage(self, manifest: dict[str, dict[str, Any]]) -> None:
        """Keep the most recently used segment files; remove the rest and files no manifest names."""
        by_use = sorted(manifest, key=lambda s: -float(manifest[s].get("used", 0)))
        for seg_id in by_use[KEEP_SEGMENT_FILES:]:
            manifest.pop(seg_id, None)
            with contextlib.suppress(OSError):
                (self.dir / f"{seg_id}.seg").unlink()
        try:
            for path in self.dir.glob("*.seg"):
                if path.stem not in manifest and time.time() - path.stat().st_mtime > _STALE_TEMP_SECONDS:
                    path.unlink()
            # Temporary files of a process killed mid-write.
            for path in self.dir.glob(".*.tmp"):
                if time.time() - path.stat().st_mtime > _STALE_TEMP_SECONDS:
                    path.unlink()
        except OSError:
            pass


def _with_words(seg: Segment, words: set[str]) -> str:
    """`seg`'s vocabulary with those of `words` that can occur in its documents (each of their bigrams
    does), so that words of pages changed or gone since do not pile up from one rebuild to the next."""
    n = seg.unigrams
    keys = seg.keys
    bigrams = {keys[i : i + 2] for i in range(n, len(keys), 2)}
    own = set(seg.vocabulary.split("\x00")) if seg.vocabulary else set()
    kept = {w for w in words - own if all(w[i : i + 2] in bigrams for i in range(len(w) - 1))}
    return "\x00".join(sorted(own | kept))


_MAPPED = ("blob", "starts", "lengths", "text_ends")
"""The parts of a segment kept raw at the end of its file and mapped on load (32-bit integer arrays):
the postings, where each gram's list starts and how long it is, and where each document's text ends;
the documents' text (`Segment.text`) follows them."""


def segment_bytes(seg: Segment, texts: Sequence[str]) -> bytes:
    """A segment file: `_MAGIC`, the length of the pickled rest of the segment, that pickle, zeros up to
    a multiple of 8 bytes, then the `_MAPPED` arrays one after another, as they lie in memory, then the
    folded `texts` of its documents (UTF-16-LE)."""
    encoded = [text.encode("utf-16-le") for text in texts]
    ends = array("I", accumulate(len(part) // 2 for part in encoded))
    payload = seg.to_payload()
    payload["text_ends"] = ends
    payload.pop("text")
    arrays = [payload.pop(name) for name in _MAPPED]
    payload["version"] = VERSION
    payload["mapped"] = [len(values) for values in arrays]
    head = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    used = len(_MAGIC) + _LENGTH.size + len(head)
    raw = [memoryview(values).cast("B") for values in arrays]
    return b"".join([_MAGIC, _LENGTH.pack(len(head)), head, bytes(-used % 8), *raw, *encoded])


def load_segment(path: Path) -> Segment:
    """The segment in the file at `path`, its postings, gram table and documents' text mapped from the
    file, not read. Raises on a file that is not one (`ValueError`), or is cut short."""
    with open(path, "rb") as fh:
        if fh.read(len(_MAGIC)) != _MAGIC:
            raise ValueError(f"{path}: not a segment file of this layout")
        (length,) = _LENGTH.unpack(fh.read(_LENGTH.size))
        payload = pickle.loads(fh.read(length))
        if payload.get("version") != VERSION:
            raise ValueError(f"{path}: a segment of another version")
        start = len(_MAGIC) + _LENGTH.size + length
        start += -start % 8
        counts = payload.pop("mapped")
        itemsize = array("I").itemsize
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)  # (stays open without the file)
    if len(counts) != len(_MAPPED) or len(mapped) < start + sum(counts) * itemsize:
        mapped.close()
        raise ValueError(f"{path}: cut short")
    whole = memoryview(mapped)
    for name, count in zip(_MAPPED, counts, strict=True):
        end = start + count * itemsize
        payload[name] = whole[start:end].cast("I") if count else array("I")
        start = end
    ends = payload["text_ends"]
    if len(mapped) != start + 2 * (ends[-1] if len(ends) else 0) or len(ends) != len(payload["masks"]):
        raise ValueError(f"{path}: cut short")  # (the views go with the payload; the map with them)
    payload["text"] = whole[start:]
    return Segment.from_payload(payload)
