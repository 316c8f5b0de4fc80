"""Corrections of title lines: two lines joined into one headline (a headline printed over two lines
read as kicker + headline), one parted into two; stored per page, applied on every load, marked in
`duba segment --json`, exported, undone, and bookmarks stay anchored and cite the new headline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.bookmarks.anchor import resolve
from reader.bookmarks.store import BookmarkStore
from reader.cli import main
from reader.corpus import load_page
from reader.corrections import CorrectionError, CorrectionStore, joined_role, joined_title, title_pair

pytestmark = pytest.mark.usefixtures("temp_dirs")

PAGE = next((Path(__file__).parent / "data").glob("000_*.txt"))
KICKED, TWO_PART = 3, 6
"""Articles of the page: `东阿县` over `企业全生命周期服务全覆盖`; `搭台唱好戏 协商汇民智`."""


def _dicts(articles: list) -> list[dict]:
    return [a.to_dict() for a in articles]


def test_the_kicker_joins_the_headline_on_every_load_in_json_export_and_undo(
    page_path: Path, capsys: pytest.CaptureFixture
) -> None:
    page = load_page(page_path)
    segmented = _dicts(page.articles)
    article = page.articles[KICKED]
    assert (article.kicker, article.headline) == ("东阿县", "企业全生命周期服务全覆盖")
    store = CorrectionStore()
    store.join_titles(page, KICKED, "headline")  # the headline joins the kicker above it
    joined = page.articles[KICKED]
    assert (joined.kicker, joined.headline, joined.subtitle) == (None, "东阿县企业全生命周期服务全覆盖", None)
    assert joined.paragraphs == article.paragraphs and joined.corrected
    assert len(page.articles) == len(segmented)

    assert _dicts(load_page(page_path).articles) == _dicts(page.articles)
    assert _dicts(load_page(page_path, use_cache=False).articles) == _dicts(page.articles)
    assert main(["segment", str(page_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"]
    assert printed[KICKED]["headline"] == "东阿县企业全生命周期服务全覆盖" and not printed[KICKED].get(
        "kicker"
    )
    assert [a.get("corrected", False) for a in printed] == [n == KICKED for n in range(len(printed))]
    assert main(["corrections", "export"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["pages"]
    assert exported["ops"] == [
        {
            "op": "join_titles",
            "article": {"body": article.paragraphs[0][:40]},
            "upper": "kicker",
            "lower": "headline",
            "texts": ["东阿县", "企业全生命周期服务全覆盖"],
            "space": False,
            "into": "headline",
        }
    ]

    raw = load_page(page_path, corrections=False).articles
    assert store.undo(page, raw)["op"] == "join_titles"
    assert _dicts(page.articles) == segmented
    assert _dicts(load_page(page_path).articles) == segmented


def test_which_lines_join_and_how() -> None:
    article = load_page(PAGE, corrections=False).articles[0]
    assert article.headline and article.subtitle and not article.kicker
    assert title_pair(article, "headline") == ("headline", "subtitle")
    assert title_pair(article, "subtitle") == ("headline", "subtitle")  # the last joins the one above
    assert title_pair(article, "byline") is None
    kicked = load_page(PAGE, corrections=False).articles[KICKED]
    assert title_pair(kicked, "kicker") == title_pair(kicked, "headline") == ("kicker", "headline")
    assert (joined_role("kicker"), joined_role("headline"), joined_role("subtitle")) == (
        "kicker",
        "headline",
        "headline",
    )
    assert joined_role("kicker", space=True) == "headline"  # a two-part title: the headline
    alone = load_page(PAGE, corrections=False).articles[2]
    assert title_pair(alone, "headline") is None
    assert joined_title("贵州加强和", "改进临时救助工作", space=False) == "贵州加强和改进临时救助工作"
    assert joined_title("村里游客多", "村民腰包鼓", space=True) == "村里游客多 村民腰包鼓"
    assert joined_title("G20", "峰会开幕", space=False) == "G20峰会开幕"
    assert joined_title("Made in", "China 2025", space=False) == "Made in China 2025"  # a Latin word wrapped


def test_a_headline_parted_into_kicker_and_headline_and_refusals(page_path: Path) -> None:
    page = load_page(page_path)
    store = CorrectionStore()
    subtitle = page.articles[TWO_PART].subtitle
    store.split_title(page, TWO_PART, "headline", 5, "kicker")
    parted = page.articles[TWO_PART]
    assert (parted.kicker, parted.headline, parted.subtitle) == ("搭台唱好戏", "协商汇民智", subtitle)
    assert _dicts(load_page(page_path).articles) == _dicts(page.articles)
    with pytest.raises(CorrectionError, match="has a kicker already"):
        store.split_title(page, TWO_PART, "headline", 2, "kicker")
    with pytest.raises(CorrectionError, match="between two of its characters"):
        store.split_title(page, 2, "headline", 0, "kicker")
    # the part below the point becomes a field under the headline
    store.split_title(page, 2, "headline", 2, "subtitle")
    assert (page.articles[2].headline, page.articles[2].subtitle) == ("我市", "数字赋能农村集体“三资”管理")
    assert len(store.ops(page.sha)) == 2  # the refusals stored nothing


def test_a_title_correction_that_no_longer_fits_is_skipped_with_a_warning(page_path: Path) -> None:
    page = load_page(page_path)
    store = CorrectionStore()
    store.join_titles(page, KICKED, "kicker")
    record = store.load(page.sha)
    record["ops"][0]["texts"] = ["别的引题", "别的标题"]
    record["ops"].append({"op": "join_titles", "article": record["ops"][0]["article"], "upper": "byline"})
    record["ops"].append({"op": "split_title", "article": {"body": "不在这一版上"}, "field": "headline"})
    (store.folder / f"{page.sha}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    again = load_page(page_path)
    assert sum("skipped" in w for w in again.warnings) == 3
    assert _dicts(again.articles) == _dicts(load_page(page_path, corrections=False).articles)


def test_bookmarks_stay_anchored_and_cite_the_joined_headline(page_path: Path, tmp_path: Path) -> None:
    page = load_page(page_path)
    bookmarks = BookmarkStore(tmp_path / "bookmarks.json")
    target = page.articles[KICKED]
    start = target.text.index(target.paragraphs[1][:10])
    mark = bookmarks.add(target, page, start, start + 20)
    assert mark.headline == "企业全生命周期服务全覆盖"

    CorrectionStore().join_titles(page, KICKED, "headline")
    [found] = resolve([mark], page.articles)
    assert not found.orphaned and found.article is page.articles[KICKED]
    assert found.article.text[found.anchor.start : found.anchor.end] == mark.quote
    followed = bookmarks.follow(mark, found.article)
    assert followed is not None and followed.headline == "东阿县企业全生命周期服务全覆盖"
    bookmarks.close()


def test_a_wrapped_kicker_joins_into_the_kicker_and_an_old_join_still_makes_a_headline(
    page_path: Path,
) -> None:
    """A long kicker wrapped at the column is read as kicker + headline, the real headline under them as
    the subtitle: j on the kicker keeps the joined line the kicker (it made a headline, and the fix took
    five title corrections). A join stored by an older duba (no `into`) still makes the headline."""
    page = load_page(page_path)
    store = CorrectionStore()
    store.join_titles(page, KICKED, "kicker")
    joined = page.articles[KICKED]
    assert (joined.kicker, joined.headline) == ("东阿县企业全生命周期服务全覆盖", None)
    assert store.ops(page.sha)[-1]["into"] == "kicker"
    assert _dicts(load_page(page_path).articles) == _dicts(page.articles)
    record = store.load(page.sha)
    del record["ops"][-1]["into"]
    (store.folder / f"{page.sha}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    older = load_page(page_path).articles[KICKED]
    assert (older.kicker, older.headline) == (None, "东阿县企业全生命周期服务全覆盖")
