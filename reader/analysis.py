"""Key terms and named entities of articles (no Textual import; the app runs this in worker threads).

Key terms are TF-IDF with the IDF fitted to the corpus that is open, so that a word common across this
corpus (the paper's own name, 我市, 记者 …) does not count as key. A corpus of a few pages says little about
which words are rare in general, so jieba's general-language IDF table is used as a prior::

    score(t) = tf(t) × idf_jieba(t) × idf_corpus(t) / max idf_corpus

where `idf_corpus(t) = ln((N + 1) / (df(t) + 1)) + 1` over the N articles open. A term found in every
article of the corpus scores about `1 / (ln(N + 1) + 1)` of what it would if it were found in one.

Tokens come from rjieba (jieba-rs: the same tokens as `jieba.lcut`, many times faster) when installed, else
jieba. Document frequencies are cached on disk per page, keyed by the page's article ids (which hash the
article text), so reopening a large corpus does not tokenise it again; the sums over a whole corpus are
kept too (`corpus-KEY.pickle`, the key hashing its pages' keys), so reopening the same pages reads one
file: summing the 14,608 files of five years of a daily took ~8 s at each start, key terms waiting. The
cache folder is named after the segmenter's version too: a new segmenter cuts every page anew, and the
old folder, whose pages no longer occur, is left to `reader.cachedirs` to remove.

Photo credits (`王五摄` alone, or closing a caption) are left out of the key terms: a name the tokenizer
cuts in two read as two terms (`林海`, `奇摄`). So are the reporters named by a dateline opening a
paragraph (a report's own in a story under a byline, `本报X电  （记者张云河）…`: `云河`).

People, places and organisations come from `jieba.posseg` (`nr`, `ns`, `nt` and their sub-tags), one
article at a time, when that layer is shown.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import math
import os
import pickle
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

from reader import paths
from reader.fsutil import write_atomic
from reader.model import Article, Page
from reader.page import rx
from reader.page.byline import split_dateline
from reader.page.credits import ends_on_credit, split_credit
from reader.page.segment import SEGMENTER_VERSION
from reader.page.textclean import CREDIT_LAST

ANALYSIS_VERSION = 4  # 2: photo credits left out of the key terms; 4: the names in datelines too
CACHE_NAME = f"analysis-v{ANALYSIS_VERSION}.{SEGMENTER_VERSION}"
"""The key-term cache's folder in the user's cache folder."""

EntityKind = Literal["person", "place", "org"]

ENTITY_TAGS: dict[str, EntityKind] = {"nr": "person", "ns": "place", "nt": "org"}
"""jieba.posseg tag prefixes and what they name (nrfg/nrt are people too, nsf a place)."""

STOP_WORDS = frozenset(
    word
    for line in (
        "我们 你们 他们 她们 它们 我市 本市 全市 我省 全省 我国 全国 记者 本报 通讯员",
        "今年 去年 明年 目前 近年来 近日 日前 一个 一些 一批 一系列 这个 那个 这些",
        "那些 这样 那样 这种 其中 以及 并且 而且 但是 因为 所以 如果 虽然 同时 此外",
        "进行 开展 实现 推进 推动 加强 加快 提升 提高 不断 持续 积极 进一步 坚持 围绕",
        "通过 已经 正在 将会 可以 能够 没有 表示 介绍 说 认为 工作 方面 相关 有关",
        "各类 各项 重要 主要 情况 问题 时间 期间 以来 之后 之前 以上 以下 左右 等等",
    )
    for word in line.split()
)
"""Function words and newspaper boilerplate that are never key terms, whatever their score."""

_CJK = rx.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGIT = re.compile(r"\d")

Progress = Callable[[int, int], None]

KEPT_TOTALS = 3
"""Corpus sums kept (the most recently used): the library, and a folder or two opened on their own."""


class Entity(NamedTuple):
    """A named entity found in `article.text[start:end]`."""

    start: int
    end: int
    kind: EntityKind
    word: str


class TermSpan(NamedTuple):
    """An occurrence of `term` at `text[start:end]`."""

    start: int
    end: int
    term: str


_tokenizer_lock = threading.Lock()
_tokenizer: Callable[[str], list[str]] | None = None


def _quiet_jieba() -> None:
    import jieba  # ~30 ms import; the dictionary itself loads lazily (~0.6 s, cached in the temp folder)

    jieba.setLogLevel(logging.WARNING)


def tokenizer() -> Callable[[str], list[str]]:
    """The word segmenter: rjieba's `cut` if installed, else `jieba.lcut` (loads its dictionary once)."""
    global _tokenizer
    with _tokenizer_lock:
        if _tokenizer is None:
            try:
                import rjieba  # ~0.1 s: loads jieba-rs's dictionary

                _tokenizer = rjieba.cut
            except ImportError:  # pragma: no cover - rjieba is a declared dependency
                _quiet_jieba()
                import jieba

                jieba.initialize()
                _tokenizer = jieba.lcut
        return _tokenizer


def is_candidate(term: str) -> bool:
    """Could `term` be a key term? Two or more characters, some Chinese (or a Latin word), no digits."""
    if len(term) < 2 or term in STOP_WORDS or _DIGIT.search(term):
        return False
    if _CJK.search(term):
        return True
    return term.isascii() and term.isalpha() and len(term) >= 3


def terms_of(text: str, stop: Callable[[], None] | None = None) -> list[str]:
    """The candidate key terms of `text`, in order, with repeats. `stop` is called between pieces of a
    long text (`pieces`): a worker's `stop_if_cancelled` ends the work there."""
    cut = tokenizer()
    terms: list[str] = []
    for piece in pieces(text):
        if stop is not None:
            stop()
        terms.extend(t for t in cut(piece) if is_candidate(t))
    return terms


PIECE = 20_000
"""Characters given to the tokenizer at a time. rjieba keeps the GIL while it cuts a text and builds its
list of words: on a 2.5 M-character article (a page extracted without its line ends) no other thread,
the UI's included, ran for ~0.25 s. A piece of 20,000 holds it ~2 ms."""

_PIECE_END = re.compile(r"[\n。！？；，：]")
"""Where a piece may end: after a character that is never part of a word (jieba and rjieba split their
input at these first, so the words of the pieces are the words of the whole)."""


def pieces(text: str, size: int = PIECE) -> Iterator[str]:
    """`text` in consecutive pieces of about `size` characters or more, each ending after a line end or
    a mark (`_PIECE_END`); a text with none after `size` characters is one piece from there."""
    start = 0
    while len(text) - start > size:
        found = _PIECE_END.search(text, start + size - 1)
        if found is None:
            break
        yield text[start : found.end()]
        start = found.end()
    if start < len(text) or not text:
        yield text[start:]


def word_ends(text: str) -> list[int]:
    """Where in `text` a word ends (characters from its start), in order, as the tokenizer cuts it: a
    mark is a word of its own, and a run of digits or Latin letters is one word (the tokenizer cuts
    full-width digits one by one). The title dialog moves a line's cut by these (ctrl+←/→). Runs
    jieba: off the UI thread."""
    ends: list[int] = []
    at = 0
    for token in tokenizer()(text):
        found = text.find(token, at)
        if not token or found < 0:
            continue  # (the tokens are the text's, in order; a token not found is skipped)
        at = found + len(token)
        if ends and ends[-1] == found and _one_run(text[found - 1], text[found]):
            ends[-1] = at
        else:
            ends.append(at)
    return ends


def _one_run(before: str, after: str) -> bool:
    """Do `before` and `after` belong to one run of digits, or of Latin letters?"""
    return (before.isdigit() and after.isdigit()) or (
        before.isascii() and after.isascii() and before.isalpha() and after.isalpha()
    )


def _page_key(page: Page) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for article in page.articles:
        digest.update(article.id.encode("ascii", "replace"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _cache_file(page: Page) -> Path:
    return paths.cache_dir() / CACHE_NAME / f"{_page_key(page)}.json"


def _page_df(page: Page, use_cache: bool) -> Counter[str]:
    """How many of the page's articles each term occurs in (from the cache when possible)."""
    target = _cache_file(page)
    if use_cache:
        try:
            return Counter(json.loads(target.read_text(encoding="utf-8"))["df"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    df: Counter[str] = Counter()
    for article in page.articles:
        df.update(set(terms_of(_article_words(article))))
    if use_cache:
        # A cache: no fsync (a torn file after a power cut reads as a miss); unwritable only costs time.
        with contextlib.suppress(OSError):
            write_atomic(target, json.dumps({"df": df}, ensure_ascii=False), durable=False)
    return df


def _totals_file(pages: Sequence[Page]) -> Path:
    """Where the sums of `pages` are kept: named by their keys, in any order (a page's key changes with
    its articles, so a page corrected or changed names another file)."""
    digest = hashlib.blake2b(digest_size=16)
    for key in sorted(_page_key(page) for page in pages):
        digest.update(key.encode("ascii"))
    return paths.cache_dir() / CACHE_NAME / f"corpus-{digest.hexdigest()}.pickle"


def _read_totals(target: Path) -> tuple[Counter[str], int] | None:
    """The document frequencies and article count kept in `target`; None when it is missing or
    unreadable (a miss, never an error). A file read is marked as used (`_write_totals` keeps those)."""
    try:
        data = pickle.loads(target.read_bytes())
        df, documents = data["df"], data["documents"]
        if not isinstance(df, dict) or not isinstance(documents, int):
            return None
        with contextlib.suppress(OSError):
            os.utime(target)
        return Counter(df), documents
    except Exception:
        return None


def _write_totals(target: Path, df: Counter[str], documents: int) -> None:
    """Keep the sums in `target`, and only the `KEPT_TOTALS` most recently used such files."""
    with contextlib.suppress(OSError):
        payload = pickle.dumps({"df": dict(df), "documents": documents}, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(target, payload, durable=False)
        kept = sorted(target.parent.glob("corpus-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in kept[KEPT_TOTALS:]:
            old.unlink()


def article_terms(articles: Sequence[Article]) -> list[set[str]]:
    """The terms each article is counted under for key terms (`Analyzer.replace`). Runs jieba: off
    the UI thread."""
    return [set(terms_of(_article_words(article))) for article in articles]


def _article_words(article: Article) -> str:
    """The article's words that key terms are drawn from: its title lines and its text, less the photo
    credits and the names in datelines in it (`本报记者林海奇摄` alone or closing a caption, or
    `（记者张云河）`: a name cut by the tokenizer read as two key terms, `林海` and `奇摄`)."""
    parts = [article.kicker, article.headline, article.subtitle, *map(_uncredited, article.paragraphs)]
    return "\n".join(p for p in parts if p)


def _uncredited(paragraph: str) -> str:
    """The paragraph less the reporters a dateline opening it names (`本报X电（记者张云河）`: the
    names, cut in two as a credit's are; the dateline's place stays) and a photo credit closing it
    ("" for a credit line)."""
    dated = split_dateline(paragraph)
    if dated is not None and any(author.role for author in dated[0].authors):
        # (a sentence the dateline's pattern also takes, `本报收到读者来电（张先生）`, names no role)
        paragraph = dated[0].text.partition("（")[0] + "\n" + dated[1]
    if not paragraph or paragraph[-1] not in CREDIT_LAST or not ends_on_credit(paragraph):
        return paragraph
    return split_credit(paragraph)[0]


@functools.lru_cache(maxsize=1)
def _general_idf() -> tuple[dict[str, float], float]:
    """jieba's general-language IDF table and its median (for unknown words): read once per process
    (~0.25 s of parsing a 6 MB file; every `fit` used to pay it again). Callers only read the dict.
    The file is read whole, then parsed: read line by line, every buffer's read releases and takes
    back the interpreter lock, and a thread waiting for it (the UI's) never got it (~0.14 s)."""
    import jieba

    table = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    idf: dict[str, float] = {}
    try:
        text = table.read_text(encoding="utf-8")
    except OSError:
        return {}, 1.0
    for line in text.splitlines():
        word, _, value = line.partition(" ")
        try:
            idf[word] = float(value)
        except ValueError:
            continue
    values = sorted(idf.values())
    return idf, values[len(values) // 2] if values else 1.0


class Analyzer:
    """Key terms of articles against the IDF of one corpus. `fit` first (slow: run it in a worker)."""

    def __init__(self, use_cache: bool = True) -> None:
        self.use_cache = use_cache
        self.documents = 0
        self.df: Counter[str] = Counter()
        self._general: dict[str, float] = {}
        self._general_median = 1.0
        self._idf_max = 1.0
        self.fitted = False

    def fit(self, pages: Sequence[Page], progress: Progress | None = None) -> Analyzer:
        """Count document frequencies over every article of `pages`; `progress(done, total)` per page
        (once, when the sums of these pages are kept from before)."""
        self._general, self._general_median = _general_idf()
        totals = _totals_file(pages) if self.use_cache else None
        kept = _read_totals(totals) if totals is not None else None
        if kept is not None:
            df, documents = kept
            if progress is not None:
                progress(len(pages), len(pages))
        else:
            df = Counter()
            documents = 0
            for done, page in enumerate(pages, start=1):
                df.update(_page_df(page, self.use_cache))
                documents += len(page.articles)
                if progress is not None:
                    progress(done, len(pages))
            if totals is not None and pages:
                _write_totals(totals, df, documents)
        self.df, self.documents = df, documents
        self._idf_max = self.corpus_idf("")
        self.fitted = True
        return self

    def replace(self, before: Sequence[set[str]], after: Sequence[set[str]]) -> None:
        """Count the articles `after` instead of those `before` (a page's articles before and after a
        correction, each as its `article_terms`), so that key terms come out as they will when the
        corpus is fitted anew (on the next start)."""
        if not self.fitted:
            return
        for articles, sign in ((before, -1), (after, 1)):
            for terms in articles:
                for term in terms:
                    self.df[term] += sign
        self.df = +self.df  # (terms no longer counted anywhere go)
        self.documents += len(after) - len(before)
        self._idf_max = self.corpus_idf("")

    def corpus_idf(self, term: str) -> float:
        """Smoothed IDF of `term` over the fitted corpus (a term seen nowhere gets the maximum)."""
        return math.log((self.documents + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def score(self, term: str, count: int) -> float:
        """TF-IDF score of a term occurring `count` times in an article."""
        general = self._general.get(term, self._general_median)
        return count * general * self.corpus_idf(term) / self._idf_max

    def keywords(self, article: Article, limit: int = 8, stop: Callable[[], None] | None = None) -> list[str]:
        """The article's `limit` key terms, best first (empty before `fit`). Runs jieba on the whole
        article: off the UI thread (`stop`: see `terms_of`)."""
        if not self.fitted:
            return []
        counts = Counter(terms_of(_article_words(article), stop))
        ranked = sorted(counts.items(), key=lambda item: (-self.score(item[0], item[1]), item[0]))
        return [term for term, _ in ranked[:limit]]


def entities(text: str) -> list[Entity]:
    """People, places and organisations in `text` (jieba.posseg `nr`/`ns`/`nt`), with their offsets."""
    _quiet_jieba()
    from reader.jiebaload import load_posseg

    load_posseg()  # (jieba's dictionary and tables, in slices: the screen is not held up meanwhile)
    import jieba.posseg

    found: list[Entity] = []
    position = 0
    for pair in jieba.posseg.cut(text):
        word, flag = pair.word, pair.flag
        start = position if text.startswith(word, position) else text.find(word, position)
        if start < 0:
            continue
        end = start + len(word)
        position = end
        kind = ENTITY_TAGS.get(flag[:2])
        if kind is not None and len(word) >= 2 and _CJK.search(word):
            found.append(Entity(start, end, kind, word))
    return found


def find_terms(text: str, terms: Iterable[str]) -> list[TermSpan]:
    """Every occurrence of any of `terms` in `text`, longest match first where they overlap."""
    unique = sorted({t for t in terms if t}, key=len, reverse=True)
    if not unique:
        return []
    pattern = re.compile("|".join(re.escape(t) for t in unique))
    return [TermSpan(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
