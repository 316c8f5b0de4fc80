"""Moving a title to the article next to it (`move_title`): a story printed with its headline under
its body, that headline read as the kicker of the story below. The operation is recorded by the
title's text and the receiving article, so it still applies when a new segmentation puts the line
elsewhere, and is skipped with a warning when the text is gone; stored, applied on every load,
exported, undone, and a bookmark in the receiving article is still found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.bookmarks.anchor import resolve
from reader.bookmarks.store import BookmarkStore
from reader.cli import main
from reader.corpus import load_page
from reader.corrections import CorrectionError, CorrectionStore, apply, move_title_op, role_op
from reader.model import Article

pytestmark = pytest.mark.usefixtures("temp_dirs")

PAGE = next((Path(__file__).parent / "data").glob("000_*.txt"))
TITLE = "湖畔新开一座书屋"
"""The lost headline (made up)."""
STORY = ["书屋开在湖边老仓库里，周末读者不断。", "管理员说，下月将增设少儿阅读区。"]
BELOW = ["江北新区今年将新建三条公交线路，方便居民出行。", "新线路预计年底前开通运营。"]


def _page(**story_titles: str | None) -> list[Article]:
    """Three articles: one above, the story (untitled unless given), the article below it."""
    return [
        Article(id="a", headline="旧城改造稳步推进", paragraphs=["改造工程已完成过半。", "居民陆续回迁。"]),
        Article(id="b", paragraphs=list(STORY), **story_titles),  # type: ignore[arg-type]
        Article(id="c", kicker=TITLE, headline="公交线路再加密", paragraphs=list(BELOW)),
    ]


def test_a_kicker_becomes_the_headline_of_the_article_before() -> None:
    articles = _page()
    op = move_title_op(articles, 2, -1, "headline", field="kicker")
    assert op["op"] == "move_title" and op["text"] == TITLE and op["role"] == "headline"
    moved, warnings = apply(articles, [op])
    assert not warnings
    assert [(a.kicker, a.headline) for a in moved] == [
        (None, "旧城改造稳步推进"),
        (None, TITLE),
        (None, "公交线路再加密"),
    ]
    assert [a.corrected for a in moved] == [False, True, True]
    assert moved[1].paragraphs == STORY and moved[2].paragraphs == BELOW
    assert articles[2].kicker == TITLE  # the articles given are left as they were


@pytest.mark.parametrize(
    "where",
    ["last paragraph above", "first paragraph below", "headline below", "kicker of the story"],
)
def test_the_move_survives_a_segmentation_that_puts_the_line_elsewhere(where: str) -> None:
    op = move_title_op(_page(), 2, -1, "headline", field="kicker")
    articles = _page()
    below = articles[2]
    below.kicker = None
    if where == "last paragraph above":  # a new segmenter keeps the line at the story's end
        articles[1].paragraphs.append(TITLE)
    elif where == "first paragraph below":
        below.paragraphs.insert(0, TITLE)
    elif where == "headline below":  # read as the headline below, its own headline a subtitle
        below.headline, below.subtitle = TITLE, "公交线路再加密"
    else:  # the segmenter got it right, as a kicker of the right article
        articles[1].kicker = TITLE
    moved, warnings = apply(articles, [op])
    assert not warnings
    assert moved[1].headline == TITLE and moved[1].paragraphs == STORY
    assert TITLE not in [moved[2].kicker, moved[2].headline, *moved[2].paragraphs]
    assert moved[2].paragraphs == BELOW


def test_a_move_already_done_by_the_segmenter_changes_nothing() -> None:
    op = move_title_op(_page(), 2, -1, "headline", field="kicker")
    articles = _page(headline=TITLE)
    articles[2].kicker = None
    moved, warnings = apply(articles, [op])
    assert not warnings and [a.to_dict() for a in moved] == [a.to_dict() for a in articles]


def test_a_move_whose_text_is_gone_is_skipped_with_a_warning() -> None:
    op = move_title_op(_page(), 2, -1, "headline", field="kicker")
    articles = _page()
    articles[2].kicker = "另一行引题"  # the page was re-typed: the line says something else
    moved, warnings = apply(articles, [op])
    assert [a.to_dict() for a in moved] == [a.to_dict() for a in articles]
    assert warnings == [
        f"correction 1 (move_title) skipped: the title {TITLE!r} is not near its article any more"
    ]


def test_what_the_role_held_takes_the_place_the_title_left() -> None:
    articles = _page(headline="错配的标题")
    moved, _ = apply(articles, [move_title_op(articles, 2, -1, "headline", field="kicker")])
    assert moved[1].headline == TITLE and moved[2].kicker == "错配的标题"


def test_a_paragraph_moves_to_the_article_after_and_a_title_only_article_is_gone() -> None:
    articles = _page()
    moved, _ = apply(articles, [move_title_op(articles, 1, 1, "subtitle", paragraph=1)])
    assert moved[1].paragraphs == STORY[:1] and moved[2].subtitle == STORY[1]
    alone = [Article(id="t", kicker=TITLE), Article(id="s", paragraphs=list(STORY))]
    moved, warnings = apply(alone, [move_title_op(alone, 0, 1, "headline", field="kicker")])
    assert not warnings and len(moved) == 1 and moved[0].headline == TITLE


def test_moves_with_no_neighbour_or_no_title_are_refused() -> None:
    articles = _page()
    with pytest.raises(CorrectionError, match="no article before"):
        move_title_op(articles, 0, -1, "headline", field="headline")
    with pytest.raises(CorrectionError, match="no article after"):
        move_title_op(articles, 2, 1, "headline", field="kicker")
    with pytest.raises(CorrectionError, match="has no kicker"):
        move_title_op(articles, 0, 1, "headline", field="kicker")


def test_stored_applied_on_every_load_exported_undone_and_a_bookmark_found(
    page_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    page = load_page(page_path)
    store = CorrectionStore()
    store.split(page, 2, 2)  # the third article's last two paragraphs: the story without its headline
    story = page.articles[3]
    bookmarks = BookmarkStore(tmp_path / "bookmarks.json")
    start = story.text.index(story.paragraphs[1][:10])
    mark = bookmarks.add(story, page, start, start + 20)
    store.move_title(page, 4, -1, "headline", field="kicker")
    assert (page.articles[3].headline, page.articles[4].kicker) == ("东阿县", None)

    again = load_page(page_path)
    assert [a.to_dict() for a in again.articles] == [a.to_dict() for a in page.articles]
    [found] = resolve([mark], again.articles)
    assert not found.orphaned and found.article is again.articles[3]
    assert found.article.text[found.anchor.start : found.anchor.end] == mark.quote
    followed = bookmarks.follow(mark, found.article)
    assert followed is not None and followed.headline == "东阿县"
    bookmarks.close()

    assert main(["corrections", "export"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["pages"]
    assert exported["ops"][-1] == {
        "op": "move_title",
        "text": "东阿县",
        "role": "headline",
        "to": {"body": story.paragraphs[0][:40]},
        "from": {"body": again.articles[4].paragraphs[0][:40]},
    }
    store.undo(page, load_page(page_path, corrections=False).articles)
    assert (page.articles[3].headline, page.articles[4].kicker) == (None, "东阿县")


def test_the_last_paragraph_made_the_headline_heads_the_body_above_it() -> None:
    """A title printed under its story's body, read as the body's last paragraph: h made it a new
    article of a headline and nothing else; it is the headline of the body above it."""
    articles = [Article(id="s", paragraphs=[*STORY, TITLE]), Article(id="c", paragraphs=list(BELOW))]
    op = role_op(articles, 0, "headline", paragraph=2)
    assert op["after_body"] is True
    moved, warnings = apply(articles, [op])
    assert not warnings and len(moved) == 2
    assert moved[0].headline == TITLE and moved[0].paragraphs == STORY
    # a new segmentation runs the next story on under the title: it starts a new article after it
    merged = [Article(id="m", paragraphs=[*STORY, TITLE, *BELOW])]
    moved, warnings = apply(merged, [op])
    assert not warnings and [(a.headline, a.paragraphs) for a in moved] == [(TITLE, STORY), (None, BELOW)]


def test_a_stored_headline_from_the_last_paragraph_keeps_its_meaning() -> None:
    """An operation stored before `after_body` existed still does what it did (a new article)."""
    articles = [Article(id="s", paragraphs=[*STORY, TITLE])]
    moved, _ = apply(articles, [{"op": "role", "role": "headline", "paragraph": TITLE, "length": None}])
    assert [(a.headline, a.paragraphs) for a in moved] == [(None, STORY), (TITLE, [])]
    # a line of the last paragraph, or a paragraph before it, starts a new article as before
    assert "after_body" not in role_op(articles, 0, "headline", paragraph=2, length=3)
    assert "after_body" not in role_op(articles, 0, "headline", paragraph=1)


def test_the_last_paragraph_made_the_headline_of_a_titled_article_starts_a_new_one() -> None:
    """Under an article that has its headline, a short last paragraph is the next story's title run on
    into it: h makes it a new article's headline and leaves the article's own headline where it is
    (it was moved to the bottom of the body)."""
    articles = [
        Article(id="s", headline="旧街巷焕然一新", paragraphs=[*STORY, TITLE]),
        Article(id="c", paragraphs=list(BELOW)),
    ]
    op = role_op(articles, 0, "headline", paragraph=2)
    assert "after_body" not in op
    moved, warnings = apply(articles, [op])
    assert not warnings
    assert (moved[0].headline, moved[0].paragraphs) == ("旧街巷焕然一新", STORY)
    assert moved[1].headline == TITLE


ABOVE = ["改造工程已完成过半。", "居民陆续回迁。"]


def _run_on(**below: str | None) -> list[Article]:
    """The story run on into the titled article above it (no split yet), its headline read as the
    kicker of the article below."""
    return [
        Article(id="a", headline="旧城改造稳步推进", paragraphs=[*ABOVE, *STORY]),
        Article(id="c", kicker=TITLE, headline="公交线路再加密", paragraphs=list(BELOW)),
    ]


def test_a_title_moved_onto_a_titled_article_splits_it_and_heads_the_story_next_to_it() -> None:
    """The article before has a headline already: moving the kicker there as its headline gave the
    article below the old headline (a swap). Split at the story's first paragraph, the story takes
    the title and the article above keeps its own headline."""
    articles = _run_on()
    op = move_title_op(articles, 1, -1, "headline", field="kicker", split=2)
    assert op["split"].startswith(STORY[0]) and op["part"] == "end"
    moved, warnings = apply(articles, [op])
    assert not warnings
    assert [(a.kicker, a.headline, a.paragraphs) for a in moved] == [
        (None, "旧城改造稳步推进", ABOVE),
        (None, TITLE, STORY),
        (None, "公交线路再加密", BELOW),
    ]
    assert all(a.corrected for a in moved)
    # a new segmentation that split the story off already: it takes the title, nothing else changes
    again = _run_on()
    again[0:1] = [
        Article(id="a", headline="旧城改造稳步推进", paragraphs=ABOVE),
        Article(id="s", paragraphs=STORY),
    ]
    assert [(a.headline, a.paragraphs) for a in apply(again, [op])[0]] == [
        ("旧城改造稳步推进", ABOVE),
        (TITLE, STORY),
        ("公交线路再加密", BELOW),
    ]


def test_a_title_moved_onto_the_titled_article_after_heads_its_first_part() -> None:
    """n: the title under the article's body heads the story that opens the article after; that
    article's own titles (and byline) stay over its later part, where they were printed."""
    articles = [
        Article(id="a", headline="旧城改造稳步推进", paragraphs=[*ABOVE, TITLE]),
        Article(id="c", headline="公交线路再加密", byline="本报记者 王晓明", paragraphs=[*STORY, *BELOW]),
    ]
    op = move_title_op(articles, 0, 1, "headline", paragraph=2, split=2)
    moved, warnings = apply(articles, [op])
    assert not warnings
    assert [(a.headline, a.byline, a.paragraphs) for a in moved] == [
        ("旧城改造稳步推进", None, ABOVE),
        (TITLE, None, STORY),
        ("公交线路再加密", "本报记者 王晓明", BELOW),
    ]


def test_a_split_move_whose_paragraph_is_gone_is_skipped_and_a_bad_split_refused() -> None:
    op = move_title_op(_run_on(), 1, -1, "headline", field="kicker", split=2)
    articles = _run_on()
    articles[0].paragraphs[2] = "书屋开在湖边的旧仓库里。"  # re-typed
    moved, [warning] = apply(articles, [op])
    assert [a.to_dict() for a in moved] == [a.to_dict() for a in articles]
    assert "is not on the page any more" in warning
    with pytest.raises(CorrectionError, match="after its first"):
        move_title_op(_run_on(), 1, -1, "headline", field="kicker", split=0)


def test_a_split_move_is_one_correction_that_undo_takes_back(page_path: Path) -> None:
    page = load_page(page_path)
    raw = [a.to_dict() for a in page.articles]
    store = CorrectionStore()
    count = len(page.articles)
    store.move_title(page, 3, -1, "headline", field="kicker", split=2)  # the article above has a headline
    assert len(page.articles) == count + 1 and page.articles[3].headline == "东阿县"
    assert page.articles[2].headline == load_page(page_path, corrections=False).articles[2].headline
    assert [a.to_dict() for a in load_page(page_path).articles] == [a.to_dict() for a in page.articles]
    store.undo(page, load_page(page_path, corrections=False).articles)
    assert [a.to_dict() for a in page.articles] == raw
