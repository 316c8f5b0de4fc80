"""Describe a passage so it can be found again, and find it again in text that may have changed.

A passage is described the way W3C Web Annotations do it (https://www.w3.org/TR/annotation-model/):
a `TextQuoteSelector` (the exact text plus up to 32 characters before and after it) and a
`TextPositionSelector` (start and end offsets into `Article.text`, the paragraphs joined by "\\n").

Finding it again (`anchor`) tries, in order:

1. the position, if the text there is still the exact quote;
2. the exact quote, choosing among several occurrences by how much of the prefix and suffix match
   and by closeness to the old position;
3. the quote with whitespace ignored: the segmenter may move a paragraph break, inserting or
   removing a "\\n" inside or around the passage;
4. an approximate match allowing about one edit per ten characters (at most 8), found from exact
   pieces of the quote (if the quote has k edits, one of k+1 pieces is intact);
5. the prefix and suffix with a gap of about the quote's length between them, for short quotes
   whose own text was edited.

`resolve` does this across the articles of a page or a corpus: first in the article with the
bookmark's id, else in every article (re-segmentation changes ids, which hash the text). A passage no
text holds any more may have been made a title of its article (the reader's t: a lead-in or subhead
read as text made the kicker, headline, subtitle or byline): it is then anchored in that title line
(status "title", `Anchor.field` naming it). Bookmarks found nowhere are returned as orphans, never
dropped.
"""

from __future__ import annotations

import bisect
import functools
import os
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from reader.model import Article

CONTEXT = 32
"""Characters of prefix and suffix kept around the exact quote."""

MAX_EDITS = 8
"""The most edits an approximate match may have, however long the quote."""

MAX_OCCURRENCES = 200
"""Occurrences of a quote (or a piece of it) examined before giving up on finding a better one."""

AnchorStatus = Literal["position", "quote", "fuzzy", "title", "orphan"]

TITLE_FIELDS = ("kicker", "headline", "subtitle", "byline")
"""The title lines of an article a passage of its text can become (the reader's t), in the order looked at."""


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    """The passage's exact text with some text before (`prefix`) and after (`suffix`) it."""

    exact: str
    prefix: str = ""
    suffix: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "type": "TextQuoteSelector",
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> TextQuoteSelector:
        return cls(str(data.get("exact") or ""), str(data.get("prefix") or ""), str(data.get("suffix") or ""))


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    """The passage's offsets in the article text: `text[start:end]`."""

    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return {"type": "TextPositionSelector", "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> TextPositionSelector:
        start, end = data.get("start"), data.get("end")
        return cls(start if isinstance(start, int) else -1, end if isinstance(end, int) else -1)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a passage is now: `text[start:end]`, and how it was found (`orphan`: not found). With
    status "title", `start:end` is in the article's title line `field` instead of its text."""

    start: int
    end: int
    status: AnchorStatus
    field: str = "text"
    """"text", or the title line holding the passage (one of `TITLE_FIELDS`)."""

    @property
    def found(self) -> bool:
        return self.status != "orphan"


ORPHAN = Anchor(-1, -1, "orphan")


class Anchorable(Protocol):
    """Anything carrying both selectors, such as a `Bookmark`."""

    @property
    def quote_selector(self) -> TextQuoteSelector: ...

    @property
    def position_selector(self) -> TextPositionSelector: ...


def describe(
    text: str, start: int, end: int, context: int = CONTEXT
) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """Selectors for `text[start:end]`; raises ValueError for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"passage {start}:{end} is empty or outside the text (length {len(text)})")
    prefix, suffix = text[max(0, start - context) : start], text[end : end + context]
    return TextQuoteSelector(text[start:end], prefix, suffix), TextPositionSelector(start, end)


def anchor(bookmark: Anchorable, article_text: str) -> Anchor:
    """Find the bookmarked passage in `article_text` (see the module docstring for the order of tries)."""
    found = _anchor(bookmark.quote_selector, bookmark.position_selector, article_text, approximate=True)
    return found[0] if found else ORPHAN


@dataclass(frozen=True, slots=True)
class Resolution:
    """A bookmark and where it is now: the article it was found in and the span, or an orphan."""

    bookmark: Anchorable
    article: Article | None
    anchor: Anchor

    @property
    def orphaned(self) -> bool:
        return not self.anchor.found

    @property
    def quote(self) -> str:
        """The stored quote: what to show for an orphan."""
        return self.bookmark.quote_selector.exact


def resolve(
    bookmarks: Iterable[Anchorable],
    articles: Sequence[Article],
    path_of: Callable[[Article], str] | None = None,
) -> list[Resolution]:
    """Anchor each bookmark in `articles`: in its own article by id, else wherever its quote is.

    When searching other articles, an exact (whitespace-insensitive) match anywhere beats an
    approximate one; among equals the article of the bookmark's page file and the best context
    win. A short quote found elsewhere without its context is not trusted (it is an orphan).

    `path_of` gives the path of the page file an article is on. The same article printed on two
    pages (a reprint, a page saved twice) has one id: with it, a bookmark is anchored on the page it
    was made on (its `page_path`) while that page is open, not in the other copy.
    """
    by_id = {a.id: a for a in articles}
    open_paths = {path_of(a) for a in articles} if path_of is not None else set()
    texts: dict[int, str] = {}

    def text_of(article: Article) -> str:
        key = id(article)
        if key not in texts:
            texts[key] = article.text
        return texts[key]

    results = []
    for bookmark in bookmarks:
        quote, position = bookmark.quote_selector, bookmark.position_selector
        own = by_id.get(getattr(bookmark, "article_id", ""))
        home = getattr(bookmark, "page_path", "") if path_of is not None else ""
        if home not in open_paths:
            home = ""
        elif own is not None and path_of is not None and path_of(own) != home:
            # its page is open: the article with its id there, else (a correction changed it) the
            # search below, which prefers that page among equal matches
            own = next((a for a in articles if a.id == own.id and path_of(a) == home), None)
        if own is not None:
            found = anchor(bookmark, text_of(own))
            if found.found:
                results.append(Resolution(bookmark, own, found))
                continue
        page = getattr(bookmark, "page", "")
        chunks = _chunks(quote)
        candidates = [a for a in articles if a is not own and _may_hold(chunks, text_of(a))]
        # its own page first, when open: a correction there changes the passage's context, and the
        # untouched copy on another page would otherwise match it better
        pools = [candidates]
        if home and path_of is not None:
            pools.insert(0, [a for a in candidates if path_of(a) == home])
        best: tuple[tuple[int, int, int], Article, Anchor] | None = None
        for pool, approximate in ((pool, approximate) for pool in pools for approximate in (False, True)):
            for article in pool:
                hit = _anchor(quote, position, text_of(article), approximate=approximate)
                if hit is None or not _trusted(quote, hit[1]):
                    continue
                rank = (_RANK[hit[0].status], hit[1], int(bool(page) and article.page == page))
                if best is None or rank > best[0]:
                    best = (rank, article, hit[0])
            if best is not None:
                break
        if best is None:
            # a passage over a paragraph end that a correction made an article's end (S, J undone):
            # its part in one article is anchored, not the whole lost
            part = _by_part(quote, position, [a for pool in pools for a in pool], text_of, own)
            if part is None:
                part = _in_titles(quote, articles, own, page)
            results.append(
                Resolution(bookmark, None, ORPHAN) if part is None else Resolution(bookmark, *part)
            )
        else:
            results.append(Resolution(bookmark, best[1], best[2]))
    return results


PART = 6
"""Characters a part of a passage (a paragraph of it) needs to be anchored alone."""


def _by_part(
    quote: TextQuoteSelector,
    position: TextPositionSelector,
    articles: Sequence[Article],
    text_of: Callable[[Article], str],
    own: Article | None,
) -> tuple[Article, Anchor] | None:
    """A passage that runs over paragraph ends and is no longer in one article (a correction made the
    article end at one of them, S): its first part of `PART` characters or more that still is, with the
    rest of the passage as its context, as a fuzzy anchor; None when no such part is found.

    The first part, not the longest: the passage stays with the article it begins in, the one it was
    made in (a split leaves the text above it in place), and so keeps citing that article's headline
    and authors; its longer part cut off into the new, untitled article cited it as [无题], no author."""
    parts = quote.exact.split("\n")
    if len(parts) < 2:
        return None
    pool = ([own] if own is not None else []) + [a for a in articles if a is not own]
    for n, part in enumerate(parts):
        if len(part.strip()) < PART:
            continue
        prefix = (quote.prefix + "\n".join(parts[:n]) + ("\n" if n else ""))[-CONTEXT:]
        suffix = (("\n" if n + 1 < len(parts) else "") + "\n".join(parts[n + 1 :]) + quote.suffix)[:CONTEXT]
        selector = TextQuoteSelector(part, prefix, suffix)
        for article in pool:
            hit = _anchor(selector, position, text_of(article), approximate=False)
            if hit is not None and _trusted(selector, hit[1]):
                return article, Anchor(hit[0].start, hit[0].end, "fuzzy")
    return None


def _in_titles(
    quote: TextQuoteSelector, articles: Sequence[Article], own: Article | None, page: str
) -> tuple[Article, Anchor] | None:
    """The article with the passage as (part of) a title line, whitespace aside, and where in that line:
    its own article first, else one of its page (`page`, the bookmark's page name). A passage made a
    title (t) is no longer in any text, and still heads its article. None when no title holds it."""
    needle = _squeeze(quote.exact)[0]
    if not needle:
        return None
    pool = ([own] if own is not None else []) + [
        a for a in articles if a is not own and page and a.page == page
    ]
    for article in pool:
        for name in TITLE_FIELDS:
            title = getattr(article, name, "") or ""
            line = _squeezed(title)
            at = line.squeezed.find(needle)
            if at >= 0:
                start, end = line.span(at, at + len(needle))
                return article, Anchor(start, end, "title", name)
    return None


_RANK = {"position": 2, "quote": 2, "fuzzy": 1}

CHUNK = 4


def _chunks(quote: TextQuoteSelector) -> list[str]:
    """Short pieces of the quote and its nearest context, cut between whitespace.

    A passage that survived with a few edits and moved paragraph breaks still has most of them
    verbatim, so an article containing none cannot hold it: `resolve` skips it without the
    costlier whitespace-insensitive and approximate searches.
    """
    text = " ".join((quote.prefix[-16:], quote.exact, quote.suffix[:16]))
    pieces = []
    for run in text.split():
        if len(run) < CHUNK:
            pieces.append(run)
        else:
            pieces.extend(run[i : i + CHUNK] for i in range(0, len(run) - CHUNK + 1, CHUNK))
    return [p for p in pieces if len(p) >= 2] or pieces


def _may_hold(chunks: list[str], text: str) -> bool:
    return not chunks or any(chunk in text for chunk in chunks)


def _trusted(quote: TextQuoteSelector, context_score: int) -> bool:
    """Whether a match in some other article is believable: a long quote, or its context matched."""
    exact = _squeeze(quote.exact)[0]
    if len(exact) >= 12:
        return True
    available = len(_squeeze(quote.prefix)[0]) + len(_squeeze(quote.suffix)[0])
    return context_score >= min(8, available) and (available > 0 or len(exact) >= 4)


# -- matching -------------------------------------------------------------------------------------


def _squeeze(text: str) -> tuple[str, array[int]]:
    """`text` without whitespace, and for each kept character its index in `text`."""
    kept = array("l", [i for i, ch in enumerate(text) if not ch.isspace()])
    return "".join(text[i] for i in kept), kept


def _occurrences(text: str, needle: str, limit: int = MAX_OCCURRENCES) -> list[int]:
    found: list[int] = []
    i = text.find(needle)
    while i != -1 and len(found) < limit:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _common_prefix(a: str, b: str) -> int:
    """How many characters `a` and `b` share at their start."""
    return len(os.path.commonprefix((a, b)))


class _Squeezed:
    """A text with whitespace removed, for matching across moved paragraph breaks."""

    __slots__ = ("squeezed", "index")

    def __init__(self, text: str) -> None:
        self.squeezed, self.index = _squeeze(text)

    def offset(self, i: int) -> int:
        """The squeezed index of the first non-space character at or after original index i."""
        return bisect.bisect_left(self.index, i)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The span in the original text covering squeezed characters a..b."""
        return self.index[a], self.index[b - 1] + 1

    def context(self, a: int, b: int, prefix: str, suffix: str) -> int:
        """How many characters of (squeezed) prefix and suffix match around squeezed span a..b."""
        before = self.squeezed[max(0, a - len(prefix)) : a]
        after = self.squeezed[b : b + len(suffix)]
        return _common_prefix(before[::-1], prefix[::-1]) + _common_prefix(after, suffix)


@functools.lru_cache(maxsize=256)
def _squeezed(text: str) -> _Squeezed:
    """Squeezed texts are reused: `resolve` searches every article for each bookmark."""
    return _Squeezed(text)


def _anchor(
    quote: TextQuoteSelector, position: TextPositionSelector, text: str, *, approximate: bool
) -> tuple[Anchor, int] | None:
    """The best anchor and its context score (matching prefix and suffix characters), or None."""
    exact = quote.exact
    if not exact:
        return None
    start, end = position.start, position.end
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return Anchor(start, end, "position"), CONTEXT * 2
    needle = _squeeze(exact)[0]
    if not needle:
        return None
    s = _squeezed(text)
    prefix, suffix = _squeeze(quote.prefix)[0], _squeeze(quote.suffix)[0]
    expected = s.offset(max(0, start))
    if exact in text:
        best: tuple[int, int, int] | None = None
        for i in _occurrences(text, exact):
            a = s.offset(i)
            key = (s.context(a, a + len(needle), prefix, suffix), -abs(a - expected), i)
            if best is None or key[:2] > best[:2]:
                best = key
        assert best is not None
        return Anchor(best[2], best[2] + len(exact), "quote"), best[0]
    candidates = [(a, a + len(needle), 0) for a in _occurrences(s.squeezed, needle)]
    if not candidates and approximate:
        candidates = _approximate(s.squeezed, needle, expected) or _between_context(
            s.squeezed, needle, prefix, suffix
        )
    if not candidates:
        return None
    _, score, _, a, b = max(
        (-edits, s.context(a, b, prefix, suffix), -abs(a - expected), a, b) for a, b, edits in candidates
    )
    begin, finish = s.span(a, b)
    return Anchor(begin, finish, "fuzzy"), score


def _max_edits(length: int) -> int:
    return min(MAX_EDITS, length // 10)


def _approximate(text: str, needle: str, expected: int) -> list[tuple[int, int, int]]:
    """Spans of `text` within `_max_edits` edits of `needle`, as (start, end, edits)."""
    k = _max_edits(len(needle))
    if k == 0:
        return []
    m = len(needle)
    piece = m // (k + 1)
    starts: set[int] = set()
    for p in range(k + 1):
        offset = p * piece
        for i in _occurrences(text, needle[offset : offset + piece]):
            starts.add(i - offset)
    found: dict[tuple[int, int], int] = {}
    for c in sorted(starts, key=lambda c: abs(c - expected))[:MAX_OCCURRENCES]:
        lo = max(0, c - k)
        hit = _semi_global(needle, text[lo : c + m + 2 * k], k)
        if hit is not None:
            edits, a, b = hit
            span = (lo + a, lo + b)
            if edits < found.get(span, k + 1):
                found[span] = edits
    return [(a, b, e) for (a, b), e in found.items()]


def _semi_global(pattern: str, window: str, k: int) -> tuple[int, int, int] | None:
    """Best alignment of all of `pattern` to a substring of `window` with at most k edits.

    Levenshtein distance with a free start and end in the window, which `_approximate` cut so the
    match starts within its first 2k characters; only that band of the table is computed, so the
    cost is about len(pattern) * 4k. Returns (edits, start, end) in the window.
    """
    m, n = len(pattern), len(window)
    inf = k + 1
    prev = [0] * (n + 1)  # row 0: the pattern may start anywhere
    prev_start = list(range(n + 1))
    for i in range(1, m + 1):
        ch = pattern[i - 1]
        cur = [inf] * (n + 1)
        cur_start = [0] * (n + 1)
        if i <= k:
            cur[0] = i
        lowest = inf
        for j in range(max(1, i - k), min(n, i + 3 * k) + 1):
            best = prev[j - 1] + (ch != window[j - 1])
            start = prev_start[j - 1]
            if prev[j] + 1 < best:  # a pattern character missing from the window
                best, start = prev[j] + 1, prev_start[j]
            if cur[j - 1] + 1 < best:  # an extra character in the window
                best, start = cur[j - 1] + 1, cur_start[j - 1]
            if best > inf:
                best = inf
            cur[j], cur_start[j] = best, start
            if best < lowest:
                lowest = best
        if lowest > k:
            return None
        prev, prev_start = cur, cur_start
    ends = [j for j in range(1, n + 1) if prev[j] <= k]
    if not ends:
        return None
    edits = min(prev[j] for j in ends)
    # Among the best ends, prefer the span whose length is closest to the pattern's.
    end = min((j for j in ends if prev[j] == edits), key=lambda j: abs((j - prev_start[j]) - m))
    start = prev_start[end]
    if start >= end:
        return None
    return edits, start, end


def _between_context(text: str, needle: str, prefix: str, suffix: str) -> list[tuple[int, int, int]]:
    """Spans lying between an intact prefix and suffix, about as long as the quote (its text was edited)."""
    head, tail = prefix[-16:], suffix[:16]
    if len(head) < 6 or len(tail) < 6:
        return []
    m = len(needle)
    slack = max(1, m // 5)
    found = []
    for p in _occurrences(text, head):
        a = p + len(head)
        for b in _occurrences(text[a : a + m + slack + len(tail)], tail):
            if b > 0 and abs(b - m) <= slack:
                found.append((a, a + b, abs(b - m) + 1))
    return found
