"""A headline printed inside its own story's text, between the two halves of a sentence broken at a
column's foot, as a title set across columns can come out of a PDF (see `reader.page.midtitle`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut, indented_cut
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page

TITLE = "春播春管有序推进"
DATELINE = "本报杭州3月2日电  （记者 刘桐）"
SECOND_DATELINE = "本报宁波3月3日电（记者王军豪）"


def _articles(text: str) -> list:
    return [a for a in segment(text).articles if a.kind == "article"]


def _broken_by_title(first: str = DATELINE) -> list[str]:
    """A story's text opening with `first` and `BODY_A`, its first sentence broken at the column's
    foot three full lines down, `TITLE` printed between the two halves."""
    opening = cut(first + BODY_A[0], 30)
    assert len(opening) > 3  # (the sentence breaks at the column's foot, three full lines down)
    return [*opening[:3], "", TITLE, "", *opening[3:], "", *body(BODY_A[1:])]


def test_a_title_between_the_halves_of_a_broken_sentence_is_its_storys_headline() -> None:
    text = page(
        "便民利企举措落地",
        "本报记者 王军豪",
        body(BODY_B),
        _broken_by_title(),
    )
    first, second = _articles(text)
    assert (first.headline, first.paragraphs) == ("便民利企举措落地", BODY_B)
    assert second.headline == TITLE
    assert second.byline == "本报杭州3月2日电（记者 刘桐）"
    # the sentence reads on over the column break, the title out of it
    assert second.paragraphs == BODY_A


def test_a_subhead_between_two_finished_paragraphs_stays_in_the_text() -> None:
    text = page(
        "春耕备耕忙",
        body([DATELINE + BODY_A[0]]),
        TITLE,
        body(BODY_A[1:]),
    )
    [article] = _articles(text)
    assert article.headline == "春耕备耕忙"
    assert TITLE in article.paragraphs


def test_the_title_goes_over_the_dateline_not_over_what_the_story_above_closes_with() -> None:
    # a commentary signed at its end and a photo standing alone, then the story whose title stands
    # inside its text: the name signs the commentary, and the title heads the story from over its
    # dateline, not from over the signature
    text = page(
        "读书贵在养成习惯",
        body(BODY_C),
        "王  浩",
        "农民在田间查看麦苗长势。  李  明摄",
        _broken_by_title(),
    )
    first, second = _articles(text)
    assert (first.headline, first.byline, first.paragraphs) == ("读书贵在养成习惯", "王浩", BODY_C)
    assert (second.headline, second.byline) == (TITLE, "本报杭州3月2日电（记者 刘桐）")
    assert second.paragraphs == BODY_A


def test_a_caption_is_no_headline_that_keeps_the_title_inside_the_text_from_its_story() -> None:
    # a photo standing alone between two stories, over the story whose title stands inside its
    # text: the labelling read without the title may take the caption for the story's headline
    text = page(
        "读书贵在养成习惯",
        body(BODY_C),
        "农民在田间查看麦苗长势。  李  明摄",
        _broken_by_title(),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [
        ("article", "读书贵在养成习惯"),
        ("photo", None),
        ("article", TITLE),
    ]
    assert articles[1].paragraphs == ["农民在田间查看麦苗长势。"]
    assert articles[2].paragraphs == BODY_A


def test_a_story_jumped_from_another_page_takes_no_title_from_inside_its_text() -> None:
    # `（上接第一版）`: its headline is printed on the page it starts on; a line set inside its text
    # (a pulled quote) is none
    text = page(
        _broken_by_title("（上接第一版）"),
        "便民利企举措落地",
        "本报记者 王军豪",
        body(BODY_B),
    )
    first, second = _articles(text)
    assert first.headline is None and first.paragraphs[-2:] == BODY_A[1:]
    assert second.headline == "便民利企举措落地"


def _tight(paragraphs: list[str], first: str = "") -> list[str]:
    """Paragraphs as a page with no blank lines prints them, `first` opening the first one."""
    return indented_cut([first + paragraphs[0], *paragraphs[1:]])


def test_a_title_printed_tight_inside_a_sentence_heads_its_story() -> None:
    # a page printing its paragraphs tight, a blank line only between stories: the second story's
    # headline comes out of the PDF between two full lines of its text, a sentence broken across it
    # (`…农机手驾驶着播种机来回穿` / `梭，一垄垄…`)
    second = _tight(BODY_A, first=SECOND_DATELINE)
    assert len(second) > 4
    lines = [
        "便民利企举措落地",
        *_tight(BODY_B, first=DATELINE),
        "",
        *second[:3],
        TITLE,
        *second[3:],
    ]
    first_story, second_story = _articles("\n".join(lines) + "\n")
    assert (first_story.headline, first_story.paragraphs) == ("便民利企举措落地", BODY_B)
    assert second_story.headline == TITLE
    assert second_story.byline == "本报宁波3月3日电（记者 王军豪）"
    assert second_story.paragraphs == BODY_A


def test_a_short_line_tight_in_a_paragraph_whose_words_run_on_across_it_stays_text() -> None:
    # the same page, a line of the text falling short inside a paragraph, as a ragged setting leaves
    # one: a word runs across its end (`…新建灌` / `溉渠道…`), so it is the text's own, no title
    second = _tight(BODY_A, first=SECOND_DATELINE)
    lines = [
        "便民利企举措落地",
        *_tight(BODY_B, first=DATELINE),
        "",
        *second[:4],
        "\u3000\u3000今年以来，当地持续加大高标",
        "准农田建设力度，新建灌",
        "溉渠道二十余公里，让不少地块变",
        "成了良田。",
        *second[7:],
    ]
    first_story, second_story = _articles("\n".join(lines) + "\n")
    assert first_story.paragraphs == BODY_B
    assert second_story.headline is None
    assert second_story.paragraphs == BODY_A


def test_a_title_inside_a_signed_piece_leaves_the_heading_over_its_signature_to_the_story_above() -> None:
    # a story set with no indent and no blank line, its heading printed after it; then a commentary
    # signed over its text, set wider, its own title printed inside it: read without that title, the
    # heading between the two went to the commentary and the story had none. A story holds one
    # headline, so the heading is the story's (printed after it) and the title inside is the
    # commentary's
    def lines(paragraphs: list[str], width: int) -> list[str]:
        return [line for paragraph in paragraphs for line in cut(paragraph, width, 0)]

    note = "编者按：春耕时节，各地抢抓农时，本版今起推出系列报道，展现各地的新做法新成效，敬请关注。"
    lead = "静下心来读一本好书，把阅读的习惯坚持下来，才能在喧嚣中守住内心的安宁"
    commentary = lines([lead, *BODY_C[:2]], 56)
    page_lines = [
        "本报记者 刘桐",
        "农民在田间查看麦苗长势。",
        "某某县农业农村局供图",
        *lines([note, *BODY_A, *BODY_B], 40),
        "",
        "春耕时节话新农——",
        "便民利企举措落地",
        "",
        "王  浩",
        "",
        *commentary[:3],
        "",
        "让阅读成为一种生活方式",
        *commentary[3:],
        *lines(BODY_C[2:], 56),
    ]
    story, signed = _articles("\n".join(page_lines) + "\n")
    assert (story.kicker, story.headline, story.byline) == (
        "春耕时节话新农",
        "便民利企举措落地",
        "本报记者 刘桐",
    )
    assert (signed.headline, signed.byline) == ("让阅读成为一种生活方式", "王浩")
    assert signed.paragraphs == [lead, *BODY_C]


def test_a_line_of_figures_in_a_story_continued_from_another_page_stays_its_text() -> None:
    # a story jumped from another page (`（接第二版）`) prints no headline here; a full line of its text
    # holding figures is narrower in cells (figures are half wide), and is no title for all that
    lines = [
        "　　（接第二版）今年一季度，全",
        "市外贸进出口总额继续保持较快增",
        "长态势，据海关部门最新统计数据",
        "2025年1至3月间共计完成",
        "进出口额同比增长百分之十二点六，",
        "其中出口增幅高于全省平均水平。",
        "　　下一步，将继续优化通关流程，",
        "助力更多企业开拓国际市场。",
    ]
    [article] = _articles("\n".join(lines) + "\n")
    assert article.headline is None
    assert "2025年1至3月间共计完成" in article.paragraphs[0]
