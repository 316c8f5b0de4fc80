"""Term frequency over time: how often terms occur per day, month or year, and in how many articles.

Raw counts mislead when the archive holds more pages in some periods than in others, so every series
also comes normalised: articles containing the term per 1,000 articles of that period. Periods with
no articles in between the first and last date are kept (with zeros), so a chart's time axis is even;
a `date:` filter's period is shown whole, its first and last periods too when they hold no articles.
Undated articles are left out and counted in `Trend.undated`.

Counting reads the folded text the search index holds (`SearchIndex.texts`), the titles (kicker,
headline, subtitle) and the byline with the text, as search and the concordance read them: terms are
folded the same way (full-width Latin, case), so `GDP` counts `ＧＤＰ`; a one-word term also counts what the
search box matches it as (its simplified form, the words its pinyin finds: `SearchIndex.match_strings`),
a term with spaces is one phrase. A Latin-letter term is counted as the words its pinyin names only where
no article prints it as a word (`GDP` counts GDP, never a name whose initials are g-d-p), and its
series then lists them (`Series.pinyin`), so a chart never passes them off as the letters.
`date:`/`paper:`/`page:`/`section:` filters in a term's query limit
what is counted.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from reader.search.filters import Filters
from reader.search.highlight import find_spans
from reader.search.query import parse

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reader.search.index import SearchIndex

GAP_PERIODS = 2
"""A chart draws a run of periods with no articles at all at most this many periods wide
(`drawn_periods`): a long gap in an archive (years between two runs of issues) took most of the width."""

Period = Literal["day", "month", "year"]
PERIODS: tuple[Period, ...] = ("day", "month", "year")
_KEY_LENGTH = {"day": 10, "month": 7, "year": 4}


@dataclass(slots=True)
class Series:
    """One term's figures, one value per period of the trend."""

    term: str
    occurrences: list[int]
    articles: list[int]
    """Articles containing the term at least once."""
    per_thousand: list[float]
    """`articles` per 1,000 articles of the period (0 where the period has none)."""
    pinyin: list[str] = field(default_factory=list)
    """The words counted because the term's pinyin names them (the term itself is printed nowhere)."""

    @property
    def total(self) -> int:
        return sum(self.occurrences)


@dataclass(slots=True)
class Trend:
    """Periods (`1998`, `1998-01` or `1998-01-05`), the articles in each, and one series per term."""

    by: Period
    periods: list[str] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)
    """Articles dated in each period."""
    series: list[Series] = field(default_factory=list)
    undated: int = 0


def drawn_periods(totals: Sequence[int], longest: int = GAP_PERIODS) -> list[int]:
    """Indices of the periods a chart draws: each with articles, and the first `longest` of each run of
    periods with none (the rest of a run would only widen the gap). All of them when no run is longer."""
    kept: list[int] = []
    run = 0
    for i, total in enumerate(totals):
        run = 0 if total else run + 1
        if run <= longest:
            kept.append(i)
    return kept


def _next_period(key: str, by: Period) -> str:
    if by == "year":
        return f"{int(key) + 1:04d}"
    if by == "month":
        year, month = int(key[:4]), int(key[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return (_dt.date.fromisoformat(key) + _dt.timedelta(days=1)).isoformat()


def _all_periods(first: str, last: str, by: Period) -> list[str]:
    keys = [first]
    while keys[-1] < last and len(keys) < 200_000:
        keys.append(_next_period(keys[-1], by))
    return keys


def _span(first: str, last: str, filters: Filters, length: int) -> tuple[str, str]:
    """The first and last period to show: those of the articles counted, widened to the period a
    `date:` filter asks for where it names its ends (`date:1997-11..1998-06` by month runs from 1997-11
    to 1998-06 though the archive starts in 1998-01: the months asked for hold no articles, and say so)."""
    if filters.dates:
        lows = [low for low, _high in filters.dates]
        highs = [high for _low, high in filters.dates]
        if not any(low.startswith("0000") for low in lows):  # (`date:..1998-06`: open at the start)
            first = min(first, min(lows)[:length])
        if not any(high.startswith("9999") for high in highs):
            last = max(last, max(highs)[:length])
    return first, last


def trend(index: SearchIndex, terms: Sequence[str], by: Period = "month", query: str = "") -> Trend:
    """Counts of each of `terms` (each may be a phrase) per period over the indexed articles.

    `query` may carry filters (`date:1998`, `paper:人民日报`) that limit which articles are counted.
    """
    if by not in _KEY_LENGTH:
        raise ValueError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    length = _KEY_LENGTH[by]
    filters = parse(query).filters if query else Filters()
    folded: list[list[str]] = []
    by_pinyin: list[list[str]] = []
    for term in terms:
        word = term.strip()
        # one word as the search box reads it; several as one phrase, as before
        asked = word if " " not in word or '"' in word else f'"{word}"'
        folded.append(index.match_strings(asked)[0])
        by_pinyin.append([s for s, kind in index.match_kinds(asked).items() if kind == "pinyin"])
    totals: dict[str, int] = {}
    occurrences: list[dict[str, int]] = [{} for _ in terms]
    containing: list[dict[str, int]] = [{} for _ in terms]
    undated = 0
    for _article, meta, doc, _start, _end in index.texts(filters or None, by_date=False):
        date = meta.date if meta else ""
        if len(date) < length:
            undated += 1
            continue
        key = date[:length]
        totals[key] = totals.get(key, 0) + 1
        for strings, occ, arts in zip(folded, occurrences, containing, strict=True):
            if strings:
                # the titles, the body and the byline at once (their separators are in no term)
                n = (
                    doc.count(strings[0])
                    if len(strings) == 1
                    else len(find_spans(doc, strings, 0, len(doc)))  # overlapping matches count once
                )
                if n:
                    occ[key] = occ.get(key, 0) + n
                    arts[key] = arts.get(key, 0) + 1
    result = Trend(by=by, undated=undated)
    if not totals:
        result.series = [Series(t, [], [], [], p) for t, p in zip(terms, by_pinyin, strict=True)]
        return result
    result.periods = _all_periods(*_span(min(totals), max(totals), filters, length), by)
    result.totals = [totals.get(k, 0) for k in result.periods]
    for term, occ, arts, pinyin in zip(terms, occurrences, containing, by_pinyin, strict=True):
        counts = [arts.get(k, 0) for k in result.periods]
        result.series.append(
            Series(
                term=term,
                occurrences=[occ.get(k, 0) for k in result.periods],
                articles=counts,
                per_thousand=[
                    round(1000 * c / n, 3) if n else 0.0 for c, n in zip(counts, result.totals, strict=True)
                ],
                pinyin=pinyin,
            )
        )
    return result
