"""Opening one large page: the reader's bar follows its segmentation, not only the count of pages.

A 7 MB page (a year of a paper in one file) took 45 s on a loaded machine, and the bar said "--%" all
that time: progress was told once a page was open, so with one page only at the end.
"""

from __future__ import annotations

from pathlib import Path

from reader.corpus import load_paths
from reader.paths import bundled_corpus


def test_progress_moves_while_one_large_page_is_segmented(tmp_path: Path) -> None:
    page = sorted(bundled_corpus().glob("*.txt"))[0].read_text(encoding="utf-8")
    large = tmp_path / "合订本.txt"
    large.write_text((page.rstrip("\n") + "\n\n") * 12, encoding="utf-8")  # 200 KB, 96 articles
    told: list[tuple[float, int]] = []

    corpus = load_paths([large], lambda done, total: told.append((done, total)), use_cache=False)

    assert len(corpus.pages[0].articles) > 64
    shares = [done for done, total in told]
    assert all(total == 1 for _, total in told)
    assert shares[0] == 0 and shares[-1] == 1  # a bar from the start (it said "--%" until the end)
    assert len([s for s in shares if 0 < s < 1]) >= 4  # and it moves while the page is segmented
    assert shares == sorted(shares)


def test_progress_of_several_pages_counts_them_in_order(tmp_path: Path) -> None:
    page = sorted(bundled_corpus().glob("*.txt"))[0].read_text(encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(page, encoding="utf-8")
    told: list[float] = []

    load_paths([tmp_path], lambda done, total: told.append(done), use_cache=False)

    assert told == sorted(told) and told[-1] == 3
    assert {1, 2, 3} <= set(told)
