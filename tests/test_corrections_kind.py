"""F: an item's kind corrected. A caption in a story's text (the passage cursor's paragraph) is made a
photo item of its own, its credit its byline as the segmenter reads a photo's, over the story where it
opened it, else after it; a caption split off a story (S) is made a photo whole; a photo item that is a
story is made an article. Stored as a correction (`kind`), applied on every load, marked in `duba
segment --json`, exported, undone by u, bookmarks kept; the list shows a photo row as it shows the
segmenter's photos."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.bookmarks.anchor import resolve
from reader.bookmarks.store import BookmarkStore
from reader.cli import main
from reader.corpus import load_page
from reader.corrections import CorrectionError, CorrectionStore, join_op, kind_op
from reader.corrections.applying import apply_one
from reader.corrections.photos import credit_end
from reader.model import Article
from tests.apptest import RunningApp, main_screen, notifications, press, run, sidebar_titles
from tests.pagegen import set_apart, stack

pytestmark = pytest.mark.usefixtures("temp_dirs")

# A made-up page: two stories, the first closed by a photo's caption and its credit.
CAPTION = "图为孩子们在学校食堂里吃午饭。"
CREDIT = "王五摄"
FIRST = [
    "入秋以来，山区几所小学的食堂换了新菜单，荤素搭配，每周还有两次水果，孩子们吃得香，老师们也放了心。",
    "学校说，菜单由营养师和家长代表一起商定，每月公示一次采购账目，家长可以随时查看。",
    CAPTION + CREDIT,
]
SECOND = [
    "今年以来，河边几个村的道路都铺上了沥青，村民出门再也不怕下雨天满脚泥。",
    "村干部说，路修好以后，来村里收果子的货车多了，果子的价钱也涨了一些。",
]


def made_up_page(folder: Path, first: list[str] = FIRST) -> Path:
    """The two stories as a page (the first one's paragraphs `first`); the segmenter keeps the caption
    in the first story's text, one paragraph, its credit another."""
    page = folder / "made_up.txt"
    page.write_text(
        stack(
            "山区小学换了新菜单",
            "本报记者 张三",
            set_apart(first, 32),
            "河边村道铺上了沥青",
            "本报记者 李四",
            set_apart(SECOND, 32),
        ),
        encoding="utf-8",
    )
    return page


def test_a_caption_made_a_photo_takes_its_credit_as_byline_and_back() -> None:
    story = Article(id="a", headline="山区小学换了新菜单", paragraphs=FIRST[:2])
    caption = Article(id="b", paragraphs=[f"{CAPTION}  {CREDIT}"])
    photo = apply_one([story, caption], kind_op([story, caption], 1))[1]
    assert (photo.kind, photo.byline, photo.paragraphs) == ("photo", CREDIT, [CAPTION])
    assert [(a.role, a.name) for a in photo.authors] == [("", "王五")] and photo.corrected
    with pytest.raises(CorrectionError, match="a photo already"):
        kind_op([story, photo], 1, "photo")
    article = apply_one([story, photo], kind_op([story, photo], 1))[1]  # the credit back under it
    assert (article.kind, article.byline, article.paragraphs) == ("article", None, [CAPTION, CREDIT])
    # a story read as a photo keeps its byline: it names its writer, no photographer
    signed = Article(id="c", kind="photo", byline="本报记者 张三", paragraphs=FIRST[:1])
    assert apply_one([signed], kind_op([signed], 0))[0].byline == "本报记者 张三"


def test_a_caption_in_a_story_becomes_a_photo_over_it_or_after_it_the_story_keeping_the_rest() -> None:
    headline, byline = "山区小学换了新菜单", "本报记者 张三"
    top = Article(id="a", headline=headline, byline=byline, paragraphs=[CAPTION, CREDIT, *FIRST[:2]])
    photo, rest = apply_one([top], kind_op([top], 0, paragraph=0))  # its credit line goes with it
    assert (photo.kind, photo.byline, photo.paragraphs, photo.headline) == ("photo", CREDIT, [CAPTION], None)
    assert (rest.kind, rest.headline, rest.byline, rest.paragraphs) == (
        "article",
        headline,
        byline,
        FIRST[:2],
    )
    assert rest.corrected and photo.corrected
    end = Article(id="b", headline=headline, paragraphs=[*FIRST[:2], f"{CAPTION}  {CREDIT}"])
    rest, photo = apply_one([end], kind_op([end], 0, paragraph=2))
    assert (rest.paragraphs, photo.kind, photo.byline, photo.paragraphs) == (
        FIRST[:2],
        "photo",
        CREDIT,
        [CAPTION],
    )
    # two captions chosen (a selection over both): one photo of both, over the text
    two = Article(id="c", headline=headline, paragraphs=[f"图①：{CAPTION}", f"图②：{CAPTION}", *FIRST[:2]])
    photo, rest = apply_one([two], kind_op([two], 0, paragraph=0, count=2))
    assert photo.paragraphs == two.paragraphs[:2] and rest.paragraphs == FIRST[:2]
    # a file edited by hand: paragraphs made "an article" is no operation the reader makes
    with pytest.raises(CorrectionError, match="not an article"):
        apply_one([two], {**kind_op([two], 0, paragraph=0), "kind": "article"})
    # all the article's text: the article is the photo, its title the photo's own
    titled = Article(id="d", headline=headline, paragraphs=[CAPTION, CREDIT])
    (whole,) = apply_one([titled], kind_op([titled], 0, paragraph=0))
    assert (whole.kind, whole.headline, whole.byline, whole.paragraphs) == (
        "photo",
        headline,
        CREDIT,
        [CAPTION],
    )


def test_a_photo_joined_to_its_story_leaves_its_credit_under_its_caption() -> None:
    """A photo's credit was a line over its caption in the story it joined, or (a story with no
    byline) that story's byline: the photographer as its writer."""
    story = Article(id="a", headline="山区小学换了新菜单", paragraphs=FIRST[:2])
    photo = Article(id="b", kind="photo", byline=CREDIT, paragraphs=[CAPTION])
    (joined,) = apply_one([story, photo], join_op([story, photo], 1))
    assert (joined.kind, joined.byline, joined.paragraphs) == ("article", None, [*FIRST[:2], CAPTION, CREDIT])
    # printed over the story it belongs to: the story's titles and byline, the caption and credit first
    signed = Article(id="c", headline="山区小学换了新菜单", byline="本报记者 张三", paragraphs=FIRST[:2])
    (joined,) = apply_one([photo, signed], join_op([photo, signed], 1))
    assert (joined.kind, joined.headline, joined.byline) == ("article", signed.headline, signed.byline)
    assert joined.paragraphs == [CAPTION, CREDIT, *FIRST[:2]]
    # a photo with a title of its own over its story: its title a line over its caption, not the headline
    titled = Article(id="d", kind="photo", headline="食堂里的午饭", byline=CREDIT, paragraphs=[CAPTION])
    (joined,) = apply_one([titled, signed], join_op([titled, signed], 1))
    assert (joined.headline, joined.byline) == (signed.headline, signed.byline)
    assert joined.paragraphs == ["食堂里的午饭", CAPTION, CREDIT, *FIRST[:2]]


def test_a_photo_put_back_into_a_story_keeps_its_credit_where_the_page_prints_it(tmp_path: Path) -> None:
    """Walk, l10v page_000135: three photos after their story, each caption closed by its credit on its
    line (`…的路牌。 本报记者 X摄`); J on each joined them, the credits as paragraphs of their own: the
    page's paragraphs scored .933, under the segmenter's .952. The truths keep a credit printed at its
    caption's end in the caption's paragraph (1,443 such on the non-blind sets; 1,336 credits alone)."""
    path = tmp_path / "inline.txt"
    caption = "图为孩子们在食堂吃午饭。"
    path.write_text(
        stack(
            "山区小学换了新菜单",
            "本报记者 张三",
            set_apart(FIRST[:2], 32),
            f"{caption}  {CREDIT}",
            "河边村道铺上了沥青",
            "本报记者 李四",
            set_apart(SECOND, 32),
        ),
        encoding="utf-8",
    )
    store = CorrectionStore()
    page = load_page(path)
    assert [a.kind for a in page.articles] == ["article", "photo", "article"]  # (as the segmenter reads it)
    store.join(page, 1)
    assert page.articles[0].paragraphs == [*FIRST[:2], f"{caption} {CREDIT}"]
    assert load_page(path).articles[0].paragraphs == page.articles[0].paragraphs  # (stored so)
    store.undo(page, load_page(path, corrections=False).articles)
    store.set_kind(page, 1)  # F: the photo an article, its credit at its caption's end
    assert page.articles[1].paragraphs == [f"{caption} {CREDIT}"] and page.articles[1].byline is None
    # on the line under it in brackets (`（新华社记者王五摄）`): the truths keep it in the caption's paragraph
    photo = Article(id="p", kind="photo", byline="新华社记者 王五摄", paragraphs=[caption])
    assert credit_end(photo, f"{caption}\n（新华社记者王五摄）\n") == "（新华社记者王五摄）"
    assert credit_end(photo, f"{caption}  新华社记者  王五摄\n") == " 新华社记者 王五摄"
    assert credit_end(photo, f"{caption}\n新华社记者 王五摄\n") is None
    # an op stored with ed628d6's `credit_inline: true` (before credit_end) is read as a space and the credit
    story = Article(id="s", headline="山区小学换了新菜单", paragraphs=FIRST[:2])
    op = {**join_op([story, photo], 1), "credit_inline": True}
    assert apply_one([story, photo], op)[0].paragraphs == [*FIRST[:2], f"{caption} 新华社记者 王五摄"]
    # printed on a line of its own, it stays a paragraph of its own (the made-up page of the other tests)
    own = made_up_page(tmp_path)
    page = load_page(own)
    store.split(page, 0, 2)
    store.set_kind(page, 1)
    store.join(page, 1)
    assert page.articles[0].paragraphs == FIRST[:2] + [CAPTION, CREDIT]


def test_kind_is_stored_applied_on_load_in_json_exported_and_undone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = made_up_page(tmp_path)
    store = CorrectionStore()
    page = load_page(path)
    assert [a.kind for a in page.articles] == ["article", "article"]
    marks = BookmarkStore()
    start = page.articles[0].text.index(CAPTION)
    mark = marks.add(page.articles[0], page, start, start + len(CAPTION))
    store.split(page, 0, 2)
    store.set_kind(page, 1)
    assert [a.kind for a in page.articles] == ["article", "photo", "article"]
    assert (page.articles[1].byline, page.articles[1].paragraphs) == (CREDIT, [CAPTION])

    again = load_page(path)  # applied on every load
    assert [a.to_dict() for a in again.articles] == [a.to_dict() for a in page.articles]
    assert main(["segment", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"][1]
    assert (printed["kind"], printed.get("corrected"), printed["byline"]) == ("photo", True, CREDIT)
    assert main(["corrections", "export"]) == 0
    (exported,) = json.loads(capsys.readouterr().out)["pages"]
    assert exported["ops"][-1] == {"op": "kind", "article": {"body": f"{CAPTION}\n{CREDIT}"}, "kind": "photo"}
    # the bookmark on the caption is in the photo now
    (found,) = resolve([mark], again.articles)
    assert not found.orphaned and found.article is again.articles[1]
    assert found.article.text[found.anchor.start : found.anchor.end] == CAPTION
    marks.close()

    raw = load_page(path, corrections=False).articles
    store.undo(page, raw)
    assert [a.kind for a in page.articles] == ["article", "article", "article"]
    assert [a.kind for a in load_page(path).articles] == ["article", "article", "article"]


@run
async def test_F_makes_the_article_a_photo_in_the_list_and_u_undoes_it(
    running_app: RunningApp, tmp_path: Path
) -> None:
    path = made_up_page(tmp_path)
    async with running_app((120, 40), paths=[path]) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "slash", *"FF", "escape", "escape")  # typed in the search box: a query
        await press(pilot, "D", "F", "escape")  # in the date dialog's box: a letter of the date
        await press(pilot, "T", "F", "escape")  # in the trend's terms box
        await press(pilot, "B", "F", "escape", "escape")  # in the bookmarks' filter: every letter filters
        assert app.screen is screen and [a.kind for a in app.library.articles] == ["article", "article"]
        assert not CorrectionStore().ops(app.library.pages[0].sha)
        await press(pilot, "S", "right_curly_bracket", "right_curly_bracket", "S")  # the caption apart
        assert screen.current == 1 and len(sidebar_titles(app)) == 3
        await press(pilot, "F")
        photo = app.library.articles[1]
        assert (photo.kind, photo.byline, photo.corrected) == ("photo", CREDIT, True)
        rows = [row for row in screen.sidebar.rows if row.article >= 0]
        assert [row.kind for row in rows] == ["article", "photo", "article"]
        assert "is a photo now" in notifications(app) and CREDIT in notifications(app)
        await press(pilot, "F")  # F again: an article, the credit back under the caption
        assert app.library.articles[1].kind == "article"
        assert app.library.articles[1].paragraphs == [CAPTION, CREDIT]
        assert "J joins it to that story" in notifications(app)
        await press(pilot, "u", "u")
        assert [row.kind for row in screen.sidebar.rows if row.article >= 0] == [
            "article",
            "article",
            "article",
        ]
        assert "Undid the change of photo or article" in notifications(app)
    async with running_app((120, 40), paths=[path]) as (app, pilot):  # a restart: as it was left
        assert [a.kind for a in app.library.articles] == ["article", "article", "article"]


@run
async def test_F_on_a_caption_over_a_story_makes_it_a_photo_of_its_own_over_the_story(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """page_000010 of l10v (walk): a photo's caption and credit open a story's text. F shows the cursor
    (on the first paragraph on screen), F again makes that paragraph and its credit line a photo."""
    path = made_up_page(tmp_path, [CAPTION + CREDIT, *FIRST[:2]])
    async with running_app((120, 40), paths=[path]) as (app, pilot):
        screen = main_screen(app)
        await press(pilot, "F")
        assert "again: the marked paragraph, a caption (with its credit), becomes a photo" in notifications(
            app
        )
        assert [a.kind for a in app.library.articles] == ["article", "article"]
        await press(pilot, "F")
        photo, story = app.library.articles[:2]
        assert (photo.kind, photo.byline, photo.paragraphs) == ("photo", CREDIT, [CAPTION])
        assert (story.kind, story.headline, story.paragraphs) == ("article", "山区小学换了新菜单", FIRST[:2])
        assert screen.current == 0 and "is a photo of its own now" in notifications(app)
        assert [row.kind for row in screen.sidebar.rows if row.article >= 0] == [
            "photo",
            "article",
            "article",
        ]
        await press(pilot, "F")  # the first item: its story is the one after it, where J joins them
        assert app.library.articles[0].kind == "article"
        assert "A caption of the story after it? J on that story joins the two." in notifications(app)
        await press(pilot, "u", "u")
        assert [a.kind for a in app.library.articles] == ["article", "article"]


@run
async def test_F_and_its_undo_show_the_item_from_its_top_where_the_change_is(running_app: RunningApp) -> None:
    """Walk, the bundled page at 40x12: F on its photo read from the top left the byline it became (and u
    the photo's label) one line above the view: the change out of sight."""
    async with running_app((40, 12)) as (app, pilot):
        photo = next(n for n, a in enumerate(app.library.articles) if a.kind == "photo")
        byline = app.library.articles[photo].byline
        for _ in range(photo):
            await press(pilot, "n")
        assert byline in top_lines(app)  # the photo's label: 〔图片〕 and its credit
        await press(pilot, "F")
        assert app.library.articles[photo].kind == "article" and byline in top_lines(app)
        await press(pilot, "u")
        assert app.library.articles[photo].kind == "photo" and byline in top_lines(app)


def top_lines(app: object, count: int = 2) -> str:
    """The first lines on view in the reading pane."""
    pane = main_screen(app).pane  # type: ignore[arg-type]
    top = int(pane.scroll_y)
    return "".join(pane.line_text(n) for n in range(top, min(top + count, pane.line_count)))


def test_duba_corrections_help_names_the_photo_correction() -> None:
    from tests.clitest import duba

    said = " ".join(duba("corrections", "--help").stdout.split())
    assert "a caption made a photo of its own or a photo an article" in said
