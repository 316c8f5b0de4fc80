"""Latency of one bookmark write with 10,000 bookmarks stored, and the memory the store holds.

    python benchmarks/bookmark_bench.py [--stored 10000] [--writes 50] [--dir DIR]

Prints median and p95 of `BookmarkStore.add` (one insert: reload check, lock, serialise, write a
temporary file, fsync, rename, fsync the folder), of `update` and `delete`, of the first write after
another process changed the file (which must reload it), of opening the store, and the memory of
the loaded store. The target (issue 4) is one write under 50 ms with 10,000 stored.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.bookmarks.anchor import describe  # noqa: E402
from reader.bookmarks.bookmark import Bookmark  # noqa: E402
from reader.bookmarks.storage import DurableStorage  # noqa: E402
from reader.bookmarks.store import TABLE, BookmarkStore  # noqa: E402
from reader.model import Article, Author, Page, PageMeta  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "000_0bab674bd8117e01.json"


def sample_page() -> Page:
    """A real page of articles (the test fixture), so quotes and contexts are Chinese text."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    articles = [
        Article.from_dict(a | {"id": f"a{i}"}, page=data["page"]) for i, a in enumerate(data["articles"])
    ]
    return Page(
        path=str(SAMPLE),
        name=data["page"],
        sha="0" * 64,
        meta=PageMeta(paper="聊城日报", date="2023-03-15", page_no="1"),
        articles=[a for a in articles if len(a.text) > 80],
    )


def fill(path: Path, page: Page, count: int, rng: random.Random) -> None:
    """Write `count` realistic bookmarks in one go (adding them one by one would take minutes)."""
    docs = {}
    for n in range(count):
        article = rng.choice(page.articles)
        text = article.text
        start = rng.randrange(0, len(text) - 60)
        end = start + rng.randint(15, 60)
        quote, position = describe(text, start, end)
        stamp = f"2026-01-01T00:00:{n // 1000:02d}.{n % 1000:06d}+00:00"
        bookmark = Bookmark(
            id=uuid.UUID(int=rng.getrandbits(128)).hex,
            created=stamp,
            updated=stamp,
            article_id=article.id,
            page=page.name,
            page_sha=page.sha,
            headline=article.headline or "",
            authors=tuple(article.authors) or (Author("记者", "某某"),),
            paper=page.meta.paper,
            date=page.meta.date,
            page_no=page.meta.page_no,
            quote_selector=quote,
            position_selector=position,
            note=rng.choice(["", "待核实", "引用于第二章：产业政策与地方实践"]),
            tags=tuple(rng.sample(["产业", "人才", "新能源", "政策", "宠物经济"], k=rng.randint(0, 2))),
        )
        docs[bookmark.id] = bookmark.to_dict()
    storage = DurableStorage(path)
    storage.write({TABLE: docs})
    storage.close()


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of `repeat` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"{name:<40} median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   "
        f"max {ordered[-1]:7.1f} ms   (n={len(ordered)})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=10_000, help="bookmarks already stored (10000)")
    parser.add_argument("--writes", type=int, default=50, help="timed writes of each kind (50)")
    parser.add_argument("--dir", type=Path, help="folder for the file (default: a temporary folder)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        path = Path(tmp) / "bookmarks.json"
        rng = random.Random(4)
        page = sample_page()
        fill(path, page, args.stored, rng)
        print(f"{args.stored} bookmarks stored: {path.stat().st_size / 1e6:.1f} MB on disk")

        t0 = time.perf_counter()
        store = BookmarkStore(path)
        store.all()
        opened = (time.perf_counter() - t0) * 1000
        print(f"open (parse {args.stored}, list newest first)   {opened:7.1f} ms")
        gc.collect()
        tracemalloc.start()
        measured = BookmarkStore(path)
        measured.all()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        measured.close()
        del measured
        gc.collect()
        print(f"memory held by an open store              {held / 1e6:7.1f} MB (tracemalloc)")

        def add() -> None:
            article = rng.choice(page.articles)
            start = rng.randrange(0, len(article.text) - 40)
            store.add(article, page, start, start + 30, note="基准", tags=("bench",))

        adds = timed(add, args.writes)
        ids = [b.id for b in store.all()[: args.writes * 2]]
        updates = timed(lambda: store.update(ids.pop(), note="改过"), args.writes)
        deletes = timed(lambda: store.delete(ids.pop()), args.writes)
        listing = timed(lambda: (store.add(page.articles[0], page, 0, 20), store.all()), 10)

        other = BookmarkStore(path)  # a second "process": its own storage, cache and file handle

        def add_after_other_wrote() -> None:
            other.add(page.articles[0], page, 0, 20)  # untimed below: we time only `store`'s write
            t0 = time.perf_counter()
            add()
            after.append((time.perf_counter() - t0) * 1000)

        after: list[float] = []
        for _ in range(max(5, args.writes // 5)):
            add_after_other_wrote()
        other.close()

        print(f"\nwith {len(store)} bookmarks stored:")
        print(summary("add (one insert)", adds))
        print(summary("update note", updates))
        print(summary("delete", deletes))
        print(summary("add + all() newest first", listing))
        print(summary("add after another process wrote", after))
        print(f"peak RSS of the benchmark (fill included) {peak_rss_mb():7.1f} MB")
        median, p95 = statistics.median(adds), sorted(adds)[round(0.95 * (len(adds) - 1))]
        verdict = "exceeds" if p95 > 50 else "stays under"
        print(f"\none write with {args.stored} stored {verdict} 50 ms", end=" ")
        print(f"(median {median:.1f} ms, p95 {p95:.1f} ms)")
        store.close()
    return 0


def peak_rss_mb() -> float:
    """Peak resident memory (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024


if __name__ == "__main__":
    raise SystemExit(main())
