"""Full-text search over articles: substring recall, BM25 ranking over jieba words, top-k as you type.

`SearchIndex` is the one entry point; the work is done by one module per concept:

- `segment`: every article folded to `head \\x1e body \\x1f byline`, a posting list per character and
  per pair of characters, sorted best-first; built per run of pages. Recall never depends on word
  segmentation: `集聚` finds `集聚新高地` whatever jieba made of it.
- `boundaries`: one bit per character where a jieba word starts or ends, so whole words rank higher.
- `parallel`: a large build runs on two processes.
- `plan`: what each query term may match (literally, through simplified forms, through pinyin) and which
  lists to read; `pinyin`: the pinyin tables of the vocabulary.
- `rank`: BM25 scoring and the threshold top-k, as plain functions.
- `highlight`: spans for the reading pane and snippets for result lists.
- `hit`: one search result as the lists show it.
- `cache`: segments on disk, reused by page; `memory`: the index's memory by part.

Measured by `benchmarks/search_bench.py` (People's Daily, January 1998, 30,000 articles, 17 M
characters, 2 cores): build ~14 s on two processes, warm load from the cache ~0.6 s, a keystroke
p50 ~0.4 ms and p95 ~4.5 ms; 8.3 MB of memory per million characters.

Cost notes: rjieba imports its dictionary in ~0.1 s; a build tokenizes ~5 M characters/s and indexes
~1 M characters/s per process. OpenCC's tables load in ~15 ms; the pinyin tables of the vocabulary take
~0.3-0.5 s, built on the first Latin-letter query or by `prepare()`.
"""

from __future__ import annotations

import copy
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from reader.model import Article, Page, PageMeta
from reader.search import rank
from reader.search.cache import Cache
from reader.search.count import count_matches
from reader.search.filters import Filters, MetaColumns
from reader.search.highlight import (
    SNIPPET_CHARS,
    ArticleHits,
    article_hits,
    best_offset,
    excludes,
    find_spans,
    snippet_at,
)
from reader.search.hit import Hit
from reader.search.memory import index_memory
from reader.search.parallel import build_segments
from reader.search.pinyin import PinyinTables, printed_as_word
from reader.search.plan import MATCH_KINDS, Plan, alternatives, exclusion, make_plan
from reader.search.query import Query, parse
from reader.search.segment import (
    K1,
    VERSION,
    B,
    Doc,
    Progress,
    Segment,
    fold_article,
    posting_lists,
)
from reader.search.textnorm import fold_body, pinyin_syllables, to_simplified
from reader.search.texts import collect_texts, reader
from reader.search.within import first_by_date, mask_of, rank_within

__all__ = ["SNIPPET_CHARS", "VERSION", "ArticleHits", "Hit", "SearchIndex"]

PINYIN_KEPT = 256
"""Pinyin terms whose words are kept (typing `xianggang` makes nine)."""


def _issue(meta: PageMeta | None) -> tuple[str, str]:
    """The paper and date of a page: copies of one article in one issue are one printing of it."""
    return (meta.paper, meta.date) if meta is not None else ("", "")


class SearchIndex:
    """An in-memory search index over a list of articles. Build with `build` or `load_or_build`."""

    def __init__(self, articles: list[Article | None], segments: list[Segment]) -> None:
        """An index of `articles` (None for a dead document) whose postings are `segments`."""
        self._articles = articles
        self._segments = segments
        self._init_from(("", 0, 0) if a is None else fold_article(a) for a in articles)

    def _init_from(self, folded: Iterable[Doc]) -> None:
        # One pass: each folded text is kept (or checked against the one its segment file keeps) as it
        # comes, and the bylines taken from it, so the library's text is not held twice at once.
        texts = collect_texts(self._segments)
        self._hlens = array("I")
        self._blens = array("I")
        starts = array("I")  # (bylines, concatenated, for author: filters)
        parts = []
        pos = 0
        for doc, hlen, blen in folded:
            self._hlens.append(hlen)
            self._blens.append(blen)
            starts.append(pos)
            byline = doc[hlen + blen + 2 :]
            parts.append(byline)
            pos += len(byline) + 1
            texts.add(doc)
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
        if base != len(self._hlens):
            raise ValueError(f"segments cover {base} documents, articles {len(self._hlens)}")
        self._live = sum(1 for a in self._articles if a is not None)
        # The same article (same text, so the same id) on two pages, or twice on one: ranked once, as its
        # first copy; the others are counted in `Hit.identical` and listed by `copies`.
        self._ids: dict[str, int] = {}
        self._copies: dict[str, list[int]] = {}
        ranked: list[Article | None] = list(self._articles)
        for d, article in enumerate(self._articles):
            if article is None:
                continue
            first = self._ids.setdefault(article.id, d)
            if first != d:
                self._copies.setdefault(article.id, [first]).append(d)
                ranked[d] = None
        self._bylines = "\x00".join(parts)
        self._byline_starts = starts
        self._docs = texts.result()  # (read from the segment files where they keep them)
        self._tables = rank.Docs(ranked, self._docs, self._hlens, self._blens, self._masks, self._norms)
        self._pinyin: PinyinTables | None = None
        self._pinyin_found: dict[str, list[str]] = {}
        self._meta_of: dict[int, PageMeta] = {}
        self._columns: MetaColumns | None = None
        self._selected: dict[Filters, tuple[list[int], bytearray]] = {}
        self._first_of: dict[Filters, tuple[list[int], bytearray, dict[int, int]] | None] = {}
        self._all_by_date: list[int] | None = None
        self._date_rank: array | None = None

    def prepare(self) -> None:
        """Do now what the first pinyin or traditional-character search would otherwise do: build the
        pinyin tables of the vocabulary (~0.5 s for 75k words) and load OpenCC. Call from a worker."""
        self._pinyin_tables()
        pinyin_syllables()
        to_simplified("東")

    def _pinyin_tables(self) -> PinyinTables:
        if self._pinyin is None:
            words: set[str] = set()
            for seg in self._segments:
                if seg.vocabulary:
                    words.update(seg.vocabulary.split("\x00"))
            self._pinyin = PinyinTables(words)
        return self._pinyin

    # ---------------------------------------------------------------------------------------- build

    @classmethod
    def build(cls, articles: Sequence[Article], progress: Progress | None = None) -> SearchIndex:
        """Index `articles` in memory, without the cache; `progress(done, total)` reports the build."""
        articles = list(articles)
        folded = [fold_article(a) for a in articles]
        # Pseudo-pages of ~200 articles, so a large build can be split across two processes.
        pages = [("", tuple(a.id for a in articles[i : i + 200])) for i in range(0, len(articles), 200)]
        segments = build_segments(pages, folded, [None] * len(folded), progress)
        index = cls.__new__(cls)
        index._articles = list(articles)
        index._segments = segments
        index._init_from(folded)
        return index

    @classmethod
    def load_or_build(
        cls, pages: Sequence[Page], cache_dir: Path | None = None, progress: Progress | None = None
    ) -> SearchIndex:
        """The index of `pages`, from the on-disk cache where possible (see `reader.search.cache`).

        Pages already indexed (same `Page.sha`, same articles) are reused; only new or changed pages are
        tokenized and indexed. The cache lives under `cache_dir` (default `paths.cache_dir()`), in a
        folder named with the index version. Cache problems never fail the call: it builds instead.

        Each page's articles are read once, at the start: a correction in the reader gives a page new
        articles from a thread of its own, and a build that read them again after it found more or fewer
        articles than its postings cover (the index of the page as it was is replaced once the
        correction is shown). The copies cost ~6 µs a page.
        """
        pages = [copy.copy(page) for page in pages]
        articles, segments = Cache(cache_dir).load_or_build(pages, progress)
        index = cls(articles, segments)
        index.attach_pages(pages)
        return index

    def attach_pages(self, pages: Sequence[Page]) -> None:
        """Which page each article was printed on, for `date:`, `paper:`, `page:` and `section:` filters
        and for sorting by date (`load_or_build` does this; `build` knows articles only)."""
        self._meta_of = {id(a): p.meta for p in pages for a in p.articles}
        self._columns = None
        self._selected = {}
        self._first_of = {}
        self._all_by_date = None
        self._date_rank = None

    def page_meta(self, article: Article) -> PageMeta | None:
        """The metadata of the page `article` was printed on, if the index knows its pages."""
        return self._meta_of.get(id(article))

    def papers(self) -> set[str]:
        """The papers of the pages the index knows (an unnamed paper is "")."""
        return {meta.paper for meta in self._meta_of.values()}

    def has_any(self, field: str) -> bool:
        """Whether a page the index knows has its `field` ("date", "page_no", …) filled in."""
        return any(getattr(meta, field) for meta in self._meta_of.values())

    def _meta_at(self, d: int) -> PageMeta | None:
        article = self._articles[d]
        return None if article is None else self.page_meta(article)

    def texts(
        self, filters: Filters | None = None, by_date: bool = True
    ) -> Iterator[tuple[Article, PageMeta | None, str, int, int]]:
        """Every live article passing `filters`, in date order (or index order), with its page's metadata
        and its folded text and where the body lies in it (`doc[start:end]` is `fold(article.text)`,
        offset for offset).

        What the concordance and trends read: the text the index already holds, not folded again. A copy
        of an article in the same issue (one page saved in two encodings, an article repeated on a page)
        is read once, as search ranks it once; a reprint on another date or in another paper is read.
        """
        docs = self._select(filters) if filters else range(len(self._docs))
        text_of = reader(self._docs)
        for d in self._by_date(list(docs)) if by_date else docs:
            article = self._articles[d]
            if article is None:
                continue
            meta = self.page_meta(article)
            first = self._ids.get(article.id, d)
            if first != d and _issue(meta) == _issue(self._meta_at(first)):
                continue
            start = self._hlens[d] + 1
            yield article, meta, text_of(d), start, start + self._blens[d]

    # --------------------------------------------------------------------------------------- search

    def __len__(self) -> int:
        return self._live

    def search(self, query: str, limit: int = 20, order: str = "relevance") -> list[Hit]:
        """The best `limit` articles for `query` (see `reader.search.query` for the syntax), best first.

        Literal matches rank above matches through simplified forms, which rank above pinyin matches;
        within each, by BM25 score. With `order="date"`, every match is ranked and the first `limit` in
        the order of their pages' dates are given (undated last). A query of filters alone lists the
        articles that pass them in date order. An empty query gives no results.
        """
        parsed = parse(query)
        if not parsed or limit <= 0:
            return []
        allowed, keep, shown = self._first_copies(parsed.filters) if parsed.filters else (None, None, {})
        if allowed is not None and not parsed.terms:
            plan = Plan([], [], [])
            return [self._hit(d, 0.0, 0, plan, shown) for d in self._by_date(allowed, shown)[:limit]]
        plan = self._plan(parsed)
        if plan.impossible:
            return []
        if order == "date":
            in_order = self._by_date(allowed, shown) if allowed is not None else self._date_order()
            ranks = None if shown else self._date_ranks()  # ranks by first copies' dates: not for these
            ranked = first_by_date(plan, self._scorer(plan), limit, in_order, ranks, keep)
        else:
            ranked = self._rank(plan, limit, allowed, keep)
        return [self._hit(d, raw, tier, plan, shown) for _key, d, raw, tier in ranked]

    def count(self, query: str, stop: Callable[[], bool] | None = None) -> int | None:
        """How many results `search(query)` has in all (`reader.search.count`): every candidate is
        checked, not scored (~30 ms for `的` at 30,000 articles); ask when the top ones were not all.
        None when `stop()` says to give up (the reader's newer keystroke)."""
        parsed = parse(query)
        if not parsed:
            return 0
        allowed, keep, _shown = self._first_copies(parsed.filters) if parsed.filters else (None, None, {})
        if allowed is not None and not parsed.terms:
            return len(allowed)
        plan = self._plan(parsed)
        if plan.impossible:
            return 0
        if not plan.terms:  # (bylines or exclusions alone: rare; ranked, as search does)
            return len(self._rank(plan, len(self._docs) + 1, allowed, keep))
        return count_matches(plan, self._tables, keep, stop)

    def spans(self, article: Article, query: str) -> list[tuple[int, int]]:
        """Every hit of `query` in `article.text`, as sorted, non-overlapping (start, end) offsets: what the
        reading pane highlights and steps through.

        Covers plain terms and phrases (not excluded terms or field filters), including the simplified
        form of a traditional query and the Chinese words a pinyin query matched. None in an article the
        query excludes (`集聚 -人才` and the article holds 人才). `hits` adds the headline and kicker.
        """
        parsed = parse(query)
        if excludes(parsed, article):
            return []
        return find_spans(fold_body(article.text), self._wanted(parsed))

    def match_strings(self, query: str) -> tuple[list[str], list[str]]:
        """The strings `query`'s plain terms match as in folded text (each term, its simplified form, the
        Chinese words its pinyin found), and those its excluded terms keep out: what the concordance
        looks for, so that it finds what the search box finds."""
        parsed = parse(query)
        excluded = [text for term in parsed.negative if term.field == "any" for text in exclusion(term)[0]]
        return self._wanted(parsed), excluded

    def match_kinds(self, query: str) -> dict[str, str]:
        """How each string `match_strings` gives for `query` matches: "literal" (as typed), "traditional"
        (a simplified form) or "pinyin" (a word the term's pinyin names), so a concordance line or a
        trend can say that it was found by pinyin and not as printed."""
        kinds: dict[str, str] = {}
        for term in parse(query).positive:
            if term.field == "any":
                for alt in alternatives(term, self._pinyin_words):
                    kinds.setdefault(alt.text, MATCH_KINDS[alt.tier])
        return kinds

    def _wanted(self, parsed: Query) -> list[str]:
        """The strings the plain terms of `parsed` match in folded text: each term, its simplified form
        and the Chinese words its pinyin found (what `spans` highlights, `match_strings` looks for)."""
        return [
            alt.text
            for term in parsed.positive
            if term.field == "any"
            for alt in alternatives(term, self._pinyin_words)
        ]

    def hits(self, article: Article, query: str, meta: PageMeta | None = None) -> ArticleHits:
        """Every hit of `query` in `article`, field by field: kicker, headline, subtitle and body (`text`),
        each as sorted (start, end) offsets into that field. `headline:` terms are found in the head only;
        an article the query excludes has none, and so has one printed on a page its filters (`date:`,
        `paper:`…) keep out: `meta`, that page's metadata (the index's record of it when not given).
        `ArticleHits.count` is what "N hits" should say."""
        parsed = parse(query)
        if parsed.filters and not parsed.filters.matches(
            meta if meta is not None else self.page_meta(article)
        ):
            return ArticleHits()
        return article_hits(article, parsed, self._pinyin_words)

    def article(self, article_id: str) -> Article | None:
        """The indexed article with this id, if any (its first copy, see `copies`)."""
        d = self._ids.get(article_id)
        return None if d is None else self._articles[d]

    def copies(self, article_id: str) -> list[Article]:
        """Every indexed article with this id, in index order: the same text printed on several pages (a
        page saved in two encodings) or several times on one. Search lists it once, as the first."""
        d = self._ids.get(article_id)
        if d is None:
            return []
        found = [self._articles[c] for c in self._copies.get(article_id, [d])]
        return [a for a in found if a is not None]

    def memory_bytes(self) -> dict[str, int]:
        """Bytes held by the index, by part, each object counted once (articles themselves excluded)."""
        return index_memory(
            self._segments,
            self._docs,
            (self._bylines, self._byline_starts),
            self._masks,
            (self._norms, self._hlens, self._blens, self._articles),
            self._ids,
            self._pinyin,
        )

    # -------------------------------------------------------------------------------------- internals

    def _lists(self, text: str) -> list[tuple[array, int, int, int]] | None:
        return posting_lists(self._segments, self._bases, text)

    def _df(self, text: str) -> int:
        """Documents containing `text`: exact for one or two characters, an upper bound beyond."""
        lists = self._lists(text)
        return sum(end - start for _, start, end, _ in lists) if lists else 0

    def _pinyin_words(self, text: str) -> list[str]:
        """The Chinese words the Latin-letter term `text` names as pinyin (`pinyin.PinyinTables.words`);
        none when the library prints `text` itself as a word: a researcher asking for `GDP` counts GDP,
        not a name whose pinyin initials are g-d-p. Search, `spans`, the concordance and trends all ask
        here, so they agree on what a term matches."""
        # Each keystroke looks the same pinyin up three times in the worker (the search, the snippets'
        # marks, the hits of the open article), ~3 ms each (search_ui_bench.py): kept.
        words = self._pinyin_found.get(text)
        if words is None:
            printed = printed_as_word(text, self._lists(text), reader(self._docs))
            words = [] if printed else self._pinyin_tables().words(text, self._df)
            if len(self._pinyin_found) >= PINYIN_KEPT:
                self._pinyin_found.clear()
            self._pinyin_found[text] = words
        return list(words)

    def _plan(self, query: Query) -> Plan:
        return make_plan(query, self._live, self._lists, self._pinyin_words)

    def _scorer(self, plan: Plan) -> rank.Score:
        return rank.scorer(plan, self._tables)

    def _author_candidates(self, texts: list[str]) -> list[int]:
        return rank.author_candidates(self._bylines, self._byline_starts, texts)

    def _rank(
        self, plan: Plan, k: int, allowed: list[int] | None = None, keep: bytes | None = None
    ) -> list[rank.Ranked]:
        """Top `k` (key, doc, score, tier), best first; only documents in `allowed` (`keep` its mask)."""
        if allowed is not None:
            return rank_within(plan, self._scorer(plan), k, len(self._docs), allowed, keep)
        return rank.rank(plan, self._scorer(plan), k, len(self._docs), self._author_candidates)

    def _select(self, filters: Filters) -> list[int]:
        """Documents passing `filters`, ascending; the last few filters' answers are kept."""
        return self._selection(filters)[0]

    def _selection(self, filters: Filters) -> tuple[list[int], bytearray]:
        """Documents passing `filters`, ascending, and as a mask of one byte per document. Typing after a
        filter asks for the same one on every keystroke: the last few are kept."""
        if filters not in self._selected:
            if self._columns is None:
                self._columns = MetaColumns.build(self._articles, self.page_meta)
            if len(self._selected) >= 8:
                self._selected.pop(next(iter(self._selected)))
            docs = self._columns.select(filters)
            self._selected[filters] = (docs, mask_of(len(self._docs), docs))
        return self._selected[filters]

    def _first_copies(self, filters: Filters) -> tuple[list[int], bytearray, dict[int, int]]:
        """What search ranks under `filters`: the first copy of each article with a copy passing them
        (only first copies are ranked), as a list and a mask, and for the articles whose first copy does
        not pass, the copy that does (first copy → copy). A wire story printed in two papers is one
        article id: `paper:` the second must find it, and `date:` a month holding both lists it once.
        Kept beside the filter's documents."""
        docs, keep = self._selection(filters)
        if filters not in self._first_of:
            shown: dict[int, int] = {}
            firsts: set[int] = set()
            for d in docs:
                article = self._articles[d]
                if article is None:
                    continue
                first = self._ids.get(article.id, d)
                firsts.add(first)
                if first != d and not keep[first]:  # (a first copy that passes is itself shown)
                    shown.setdefault(first, d)
            # (rare) reprints: two copies in the filter are one article, listed and counted once, and a
            # reprint outside it is ranked as its first copy
            if shown or len(firsts) < len(docs):
                ordered = sorted(firsts)
                self._first_of[filters] = (ordered, mask_of(len(self._docs), ordered), shown)
            else:
                self._first_of[filters] = None
            if len(self._first_of) > 8:
                self._first_of.pop(next(iter(self._first_of)))
        found = self._first_of[filters]
        return found if found is not None else (docs, keep, {})

    def _date_ranks(self) -> array:
        """Each document's place in the date order of the whole index (kept, like `_date_order`)."""
        if self._date_rank is None:
            ranks = array("I", [0]) * len(self._docs)
            for place, d in enumerate(self._date_order()):
                ranks[d] = place
            self._date_rank = ranks
        return self._date_rank

    def _date_order(self) -> list[int]:
        """Every document by date (kept: the order of the whole index is asked on every keystroke)."""
        if self._all_by_date is None:
            self._all_by_date = self._by_date(list(range(len(self._docs))))
        return self._all_by_date

    def _by_date(self, docs: list[int], shown: dict[int, int] | None = None) -> list[int]:
        """`docs` in the order of their pages' dates, undated last; stable within a date. A document in
        `shown` (see `_first_copies`) goes by the date of the copy it stands for."""
        if self._columns is None:
            self._columns = MetaColumns.build(self._articles, self.page_meta)
        first = self._columns.first
        if shown:
            return sorted(docs, key=lambda d: first[shown.get(d, d)])
        return sorted(docs, key=first.__getitem__)

    def _hit(self, d: int, raw: float, tier: int, plan: Plan, shown: dict[int, int] | None = None) -> Hit:
        article = self._articles[d]
        assert article is not None
        start = self._hlens[d] + 1
        offset = best_offset(self._docs[d], start, start + self._blens[d], self._masks[d], plan)
        copies = self._copies.get(article.id)
        identical = len(copies) - 1 if copies else 0
        where = self._meta_at(shown.get(d, d) if shown else d)
        text, lead = snippet_at(article.text, offset)
        return Hit(article.id, round(raw, 4), text, MATCH_KINDS[tier], identical, where, lead)
