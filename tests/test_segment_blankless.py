"""A page extracted with no blank lines at all (a PDF's text read in raw order, or pasted from a
viewer): nothing parts one story from the next but the shape of the lines. A title line, well short
of the column and finishing no sentence, under a finished sentence, heads what follows it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from reader.page.segment import segment
from tests.pagegen import chop
from tests.tools.score_pages import score

DATA = Path(__file__).parent / "data"

_WIDTH = 12

BRIDGE = [
    "江城跨江大桥今天通车，从江南到江北的车程缩短到二十分钟，过江的市民都说方便多了。",
    "大桥全长三千六百米，主桥为双塔斜拉桥，建设者克服了江面风大、水流急的困难，用三年时间完成了主体工程。",
    "桥面设有双向六车道和人行步道，夜间亮起的景观灯把江面映得格外好看，不少市民专程来桥上散步。",
]
CANTEEN = [
    "城西街道今年开办的三家社区食堂已经迎来第一批食客，每天供应两荤两素，价格实惠。",
    "年满七十岁的老人在社区食堂用餐打八折，行动不便的老人还可以请志愿者送餐上门。",
    "食堂由街道提供场地，餐饮企业负责经营，菜品价格在门口公示，居民可以扫码点评。",
]


def _flush(paragraphs: list[str]) -> list[str]:
    """Paragraphs set flush (no indent), each cut at the column."""
    return [line for p in paragraphs for line in chop(p, _WIDTH)]


def _indented(paragraphs: list[str]) -> list[str]:
    """Paragraphs each opened with an indent of two full-width spaces, cut at the column."""
    return [line for p in paragraphs for line in chop("\u3000\u3000" + p, _WIDTH)]


def _blankless(*parts: str | list[str], set_as=_flush) -> str:
    """A page of title lines (strings) and texts (lists of paragraphs, set by `set_as`), with no
    blank line anywhere, long enough to read as a page extracted so."""
    lines = [line for part in parts for line in ([part] if isinstance(part, str) else set_as(part))]
    assert "" not in lines and len(lines) >= 40
    return "\n".join(lines)


def _between(*middle: str | list[str], text: list[str] = CANTEEN, set_as=_flush) -> list:
    """The articles of a page with no blank lines: a story, then `middle` (its title lines, perhaps
    a byline) over `text`, then another story; the stories around it must come out whole."""
    page = _blankless(
        "跨江大桥通车", BRIDGE, *middle, text, "大桥夜景迷人", BRIDGE[1:] + BRIDGE[:1], set_as=set_as
    )
    articles = segment(page).articles
    assert (articles[0].headline, articles[0].paragraphs) == ("跨江大桥通车", BRIDGE)
    assert articles[-1].headline == "大桥夜景迷人"
    return articles


def test_a_page_with_no_blank_lines_still_parts_its_stories_at_their_titles() -> None:
    page = _blankless(
        "跨江大桥通车", BRIDGE, "社区食堂开门迎客", CANTEEN, "大桥夜景迷人", BRIDGE[2:] + BRIDGE[:2]
    )
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", "社区食堂开门迎客", "大桥夜景迷人"]
    assert articles[1].paragraphs == CANTEEN


def test_a_headline_after_its_text_keeps_off_the_next_storys_signature() -> None:
    """Headlines printed after their stories' text, with no blank lines: a story's text, its
    headline, the next story's writer's name (a signature over its text), that story's text and
    headline. The name is the next story's byline, not the end of the headline over it."""
    page = _blankless(
        BRIDGE, "跨江大桥通车", "林木森", CANTEEN, "社区食堂开门迎客", "周晓青", BRIDGE, "大桥夜景迷人"
    )
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", "社区食堂开门迎客", "大桥夜景迷人"]
    assert [[p.name for p in a.authors] for a in articles] == [[], ["林木森"], ["周晓青"]]


def test_the_bundled_page_with_its_blank_lines_taken_out_keeps_its_stories_and_paragraphs() -> None:
    """A real page's lines run ragged: some break off a few characters short, inside a word, with
    no comma in them. With the page's blank lines taken out, such lines still read on into their
    paragraphs (their last letter and the next line's first make a word), not as titles set
    apart; the stories and their reporters are read as on the page as printed."""
    page = (DATA / "000_0bab674bd8117e01.txt").read_text(encoding="utf-8")
    truth = json.loads((DATA / "000_0bab674bd8117e01.json").read_text(encoding="utf-8"))
    blankless = re.sub(r"\n\s*\n+", "\n", page)
    predicted = {"articles": [a.to_dict() for a in segment(blankless).articles]}
    figures, _pairs = score(truth, predicted)
    assert figures["articles_f1"] == 1.0
    assert figures["authors"] == 1.0
    assert figures["paragraphs_f1"] >= 0.95


def test_an_indenting_page_with_no_blank_lines_parts_at_a_headline_as_wide_as_its_column() -> None:
    """On a page that opens each paragraph with an indent, a flush line under a finished sentence
    that finishes nothing itself is no paragraph's line: a headline, even one as wide as the
    column (here eleven of twelve characters), with its writer's name under it."""

    page = _blankless(
        "跨江大桥通车",
        BRIDGE,
        "社区食堂开门迎来第一批客",
        "周晓青",
        CANTEEN,
        "大桥夜景迷人",
        BRIDGE[2:] + BRIDGE[:2],
        set_as=_indented,
    )
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", "社区食堂开门迎来第一批客", "大桥夜景迷人"]
    assert articles[0].paragraphs == BRIDGE
    assert [author.name for author in articles[1].authors] == ["周晓青"]
    assert articles[1].paragraphs == CANTEEN


def test_a_headline_nearly_as_wide_as_the_column_over_a_byline_or_dateline_heads_its_story() -> None:
    """A headline only a letter or two short of the column looks like a line of text; where it stands
    under a finished sentence and right over a reporter's byline or a dateline, it heads the story
    they open (text never runs on into a byline). Before, it closed the story above."""
    page = _blankless(
        "跨江大桥今天正式通车",
        "本报记者  林木森",
        BRIDGE,
        "城西三家社区食堂开门",
        "本报讯（记者 周晓青）",
        CANTEEN,
        "大桥夜景吸引市民游玩",
        "■ 本报记者  江  涛",
        BRIDGE[2:] + BRIDGE[:2],
    )
    articles = segment(page).articles
    headlines = ["跨江大桥今天正式通车", "城西三家社区食堂开门", "大桥夜景吸引市民游玩"]
    assert [a.headline for a in articles] == headlines
    assert [[p.name for p in a.authors] for a in articles] == [["林木森"], ["周晓青"], ["江涛"]]
    assert articles[0].paragraphs == BRIDGE


def test_a_headline_closed_by_its_columns_tag_heads_its_story_on_a_page_with_no_blank_lines() -> None:
    """A headline closed by its column's name in brackets (`…（话说新农村）`) ends on a bracket, as a
    note after a sentence does; it is still a title line, under a finished sentence (here one signed
    in brackets), and heads the story under it, however near the column's width. Before, it ran on
    into the story above and the story under it was lost in that one."""
    signed = [*BRIDGE[:-1], BRIDGE[-1] + "（林木）"]
    page = _blankless(
        "大桥通车（城建）", signed, "食堂开门（民生）", CANTEEN, "大桥夜景迷人", BRIDGE[2:] + BRIDGE[:2]
    )
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["大桥通车（城建）", "食堂开门（民生）", "大桥夜景迷人"]
    assert articles[0].paragraphs == signed
    assert articles[1].paragraphs == CANTEEN


def test_headlines_as_wide_as_the_column_or_wider_head_their_stories_on_a_page_with_no_blank_lines() -> None:
    """A headline closed by its column's tag may fill its column, and one set across two columns runs
    wider than any line of text; under a finished sentence, neither is a line of the text above.
    Before, only a title well short of the column was read as one, and these ran on into the story
    above it."""
    tagged = "社区食堂开门迎客（民生）"  # (as wide as the column)
    wide = "江城夜景吸引八方游客纷纷前来观光"  # (wider than the column, set across two)
    lights = [
        "入夜，江边的灯光秀准时开始，两岸高楼的外墙变成了巨大的屏幕，吸引了许多外地游客。",
        "附近的夜市也热闹起来，小吃摊前排起了长队，不少商户说营业额比去年同期翻了一番。",
        "文旅部门说，今年将再开放两处观景平台，并在周末加开夜间公交，方便市民和游客往返。",
    ]
    page = _blankless("跨江大桥通车", BRIDGE, tagged, CANTEEN, wide, lights)
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", tagged, wide]
    assert articles[0].paragraphs == BRIDGE
    assert articles[1].paragraphs == CANTEEN
    assert articles[2].paragraphs == lights


def test_a_photos_credit_closes_its_caption_on_a_page_with_no_blank_lines() -> None:
    """Two photos printed one under the other between stories, each caption closed by its credit
    (`…。（X摄）`), the second with no title: the credit ends the first photo, and the second is a
    photo of its own. Before, with no blank line between them, both captions went to the first
    photo under its title and its credit was lost."""
    bridge = [BRIDGE[0] + BRIDGE[1], BRIDGE[2]]
    canteen = [CANTEEN[0] + CANTEEN[1], CANTEEN[2]]
    snow = "城郊的梅园里红梅白雪相映成趣。（林木摄）"
    lanterns = "老街各家店铺挂出了红灯笼。（江涛摄）"
    page = _blankless(
        "跨江大桥通车", bridge, "踏雪赏梅", [snow], [lanterns], "社区食堂开门", canteen, "大桥夜景", BRIDGE
    )
    articles = segment(page).articles
    photos = [(a.headline, a.paragraphs, a.byline) for a in articles if a.kind == "photo"]
    assert photos == [
        ("踏雪赏梅", ["城郊的梅园里红梅白雪相映成趣。"], "林木摄"),
        (None, ["老街各家店铺挂出了红灯笼。"], "江涛摄"),
    ]
    headlines = [a.headline for a in articles if a.kind == "article"]
    assert headlines == ["跨江大桥通车", "社区食堂开门", "大桥夜景"]


def test_editors_credits_set_inside_a_page_with_no_blank_lines_are_no_articles_text() -> None:
    """The editors' credits (`本版责编：…`, `版式设计：…`) set under a column's last story, inside the
    page, with no blank line around them: they are the page's furniture, not a subtitle or a line
    of the story under them. Before, they were read as the next story's subtitle."""
    bridge = [BRIDGE[0] + BRIDGE[1], BRIDGE[2]]
    canteen = [CANTEEN[0] + CANTEEN[1], CANTEEN[2]]
    credits = ["本版责编：林  木  王  五", "版式设计：江  涛"]
    page = _blankless(
        "跨江大桥通车",
        "本报记者  林木森",
        bridge,
        "社区食堂开门迎客",
        "三家食堂每天供应两荤两素",
        *credits,
        "本报讯（记者 周晓青）",
        canteen,
        "大桥两岸",
        BRIDGE,
    )
    segmentation = segment(page)
    printed = [
        text
        for a in segmentation.articles
        for text in [a.kicker, a.headline, a.subtitle, a.byline, *a.paragraphs]
        if text
    ]
    assert not [text for text in printed if "责编" in text or "版式设计" in text]
    assert segmentation.meta.editors == ["责编：林木 王五", "版式设计：江涛"]  # (two editors, not one)
    assert segmentation.articles[-2].paragraphs == canteen


def test_a_photos_caption_over_its_credit_line_opens_under_the_last_finished_sentence() -> None:
    """A story's photo printed under its text, its one-line caption over a credit line of its own,
    then the next story (its headline after its text), with no blank lines: the caption and the
    credit are the story's. Before, the caption ran into the text above and the credit stood alone
    as a photo with no caption at all."""
    bridge = [BRIDGE[0] + BRIDGE[1], BRIDGE[2]]
    canteen = [CANTEEN[0] + CANTEEN[1], CANTEEN[2]]
    caption = "大桥上的市民正在散步赏景。"
    page = _blankless(
        "跨江大桥通车", bridge, [caption], "本报记者 林木摄", canteen, "社区食堂开门", BRIDGE, "大桥两岸"
    )
    articles = segment(page).articles
    assert all(a.paragraphs for a in articles)  # (no photo without its caption)
    assert [a.headline for a in articles] == ["跨江大桥通车", "社区食堂开门", "大桥两岸"]
    assert articles[0].paragraphs == [*bridge, caption, "本报记者林木摄"]
    assert articles[1].paragraphs == canteen


def test_a_headline_set_across_columns_heads_its_story_though_its_last_word_could_run_on() -> None:
    """A headline set across two columns, wider than any line of text, is no text line wrapped early
    to keep a word whole, even where its last character and the next line's first could make a word
    (`…全城` / `市民…`). Before, it ran on into the story above it as a line of that story's text."""
    headline = "江城三家社区食堂同日开门服务全城"  # (wider than the column, set across two)
    canteen = ["市民" + CANTEEN[0], *CANTEEN[1:]]
    articles = _between(headline, text=canteen)
    assert [(a.headline, a.paragraphs) for a in articles[1:-1]] == [(headline, canteen)]


def test_a_reporters_byline_under_a_headline_is_no_line_wrapped_early() -> None:
    """On an indenting page with no blank lines, a reporter's byline under a headline as wide as
    the column stands apart from it and heads the text under it, even where its last character and
    the text's first could make a word (`…王小明` / `城西…`). Before, it was read as a line wrapped
    early into the text, and the headline ran on into the story above."""
    articles = _between("社区食堂开门迎来第一批客", "■ 本报记者  王小明", set_as=_indented)
    assert [(a.headline, a.paragraphs) for a in articles[1:-1]] == [("社区食堂开门迎来第一批客", CANTEEN)]
    assert [(p.role, p.name) for p in articles[1].authors] == [("记者", "王小明")]


def test_a_short_item_set_wide_under_a_signed_story_keeps_its_headline_and_dateline() -> None:
    """On a page with no blank lines, a short item set wider than the page's column, under a story
    closed by its writer's name: its headline (two characters wider than the column) finishes
    nothing right over a dateline with no reporter (`本报讯…`), so it heads that item, however its
    last character and the dateline's first could make a word (`…安全` / `本报讯`: 全本); and the
    item's text, set wide, is no run of headlines (a line as wide as the one under it is text).
    Before, the item ran on into the story above."""
    headline = "社区食堂让老人吃得放心又安全"
    bridge = [*BRIDGE[:-1], BRIDGE[-1] + "（王小明）"]
    canteen = ["本报讯" + CANTEEN[0], *CANTEEN[1:]]
    wide = [line for p in canteen for line in chop(p, 16)]
    page = _blankless("跨江大桥通车", bridge, headline, *wide, "大桥夜景迷人", BRIDGE + BRIDGE)
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", headline, "大桥夜景迷人"]
    assert articles[0].paragraphs == bridge
    assert articles[1].byline == "本报讯"
    assert articles[1].paragraphs == CANTEEN


def test_a_headline_as_wide_as_the_column_over_its_writers_name_heads_its_story() -> None:
    """On a page with no blank lines, a line as wide as the column that finishes nothing, under a
    finished sentence and right over a name alone on its line (a signed story's writer) with text
    under that, is the signed story's headline. Before, only a reporter's byline with its role
    word made such a line a headline, and the signed story ran on into the one above."""
    headline = "城西三家社区食堂开门迎客"  # (as wide as the column)
    articles = _between(headline, "王小明")
    assert [(a.headline, a.paragraphs) for a in articles[1:-1]] == [(headline, CANTEEN)]
    assert [p.name for p in articles[1].authors] == ["王小明"]


def test_a_caption_ending_on_its_credit_under_a_story_opens_a_block_of_its_own() -> None:
    """On a page with no blank lines, a photo's caption printed with its credit at its end, right
    under a story's last sentence, and a headline under it: the caption opens under the finished
    sentence (it is no line of the story's text), and the headline under the credit heads the next
    story. Before, the caption, the headline and the next story all ran on into the story above."""
    caption = "入夜，大桥亮起了景观灯。"
    page = _blankless(
        "跨江大桥通车",
        BRIDGE,
        caption + "  王小明摄",
        "社区食堂开门迎客",
        CANTEEN,
        "大桥夜景迷人",
        BRIDGE[1:] + BRIDGE[:1],
    )
    articles = segment(page).articles
    assert [a.headline for a in articles if a.kind == "article"] == [
        "跨江大桥通车",
        "社区食堂开门迎客",
        "大桥夜景迷人",
    ]
    assert articles[0].paragraphs == BRIDGE
    assert any(caption in " ".join(a.paragraphs) and a.paragraphs != BRIDGE for a in articles[:2])
    assert next(a for a in articles if a.headline == "社区食堂开门迎客").paragraphs == CANTEEN


def test_a_page_whose_only_blank_lines_are_its_column_breaks_still_parts_its_stories_at_their_titles() -> (
    None
):
    """A small page extracted with a blank line only where a column ends (every twenty lines, in
    the middle of a sentence), none between its stories or under its headlines: the blank lines say
    nothing of where a story starts, and the lines' shapes part them as on a page with none. Before,
    such a page counted as one with blank lines (one in 27 lines of text), and headlines ran on
    into the text above them."""
    lights = [
        "入夜，江边的灯光秀准时开始，两岸高楼的外墙变成了巨大的屏幕，吸引了许多外地游客。",
        "附近的夜市也热闹起来，小吃摊前排起了长队，不少商户说营业额比去年同期翻了一番。",
        "文旅部门说，今年将再开放两处观景平台，并在周末加开夜间公交，方便市民和游客往返。",
    ]
    headlines = [
        "跨江大桥通车",
        "社区食堂开门迎客",
        "大桥夜景迷人",
        "江城公交线路调整",
        "食堂菜价公示",
        "灯光秀延长",
    ]
    texts = [BRIDGE, CANTEEN, lights, BRIDGE[::-1], CANTEEN[::-1], lights[::-1]]
    lines = _blankless(*[part for pair in zip(headlines, texts, strict=True) for part in pair]).split("\n")
    assert len(lines) == 80  # (three column breaks: a blank line in 27 lines of text)
    breaks = range(20, len(lines), 20)  # (a column of twenty lines)
    page = "\n".join(line for k, text in enumerate(lines) for line in ([""] if k in breaks else []) + [text])
    articles = segment(page).articles
    assert [a.headline for a in articles] == headlines
    assert [a.paragraphs for a in articles] == texts


def test_a_headline_a_character_or_two_wider_than_the_column_heads_its_story() -> None:
    """On a page with no blank lines, a line one or two characters wider than the column with no
    punctuation at all, under a finished sentence, is a headline: a line of text runs past the
    column only by the marks that hang at its end. Before, it was read as a line of the story
    above."""
    headline = "城西三家社区食堂今日开门迎客"  # (fourteen characters on a column of twelve)
    articles = _between(headline)
    assert [(a.headline, a.paragraphs) for a in articles[1:-1]] == [(headline, CANTEEN)]


def test_a_story_set_in_a_narrower_column_keeps_its_lines_in_its_text() -> None:
    """On a page with no blank lines, a story set in a column narrower than the page's: its lines
    that hold no punctuation, under a finished sentence, are short of the page's column but as wide
    as the lines around them, so they are text, not titles. Before, each paragraph's first line
    there was read as a headline, and the story fell into pieces."""

    def wide(paragraphs: list[str]) -> list[str]:
        return [line for p in paragraphs for line in chop(p, 16)]

    def narrow(paragraphs: list[str]) -> list[str]:
        return [line for p in paragraphs for line in chop(p, 9)]

    canteen = ["城西，" + CANTEEN[0][2:], *CANTEEN[1:], *CANTEEN[1:]]  # (its first line holds a comma)
    headline = "城西三家社区食堂开门迎客"
    lines = ["跨江大桥通车", *wide(BRIDGE), headline, *narrow(canteen), "大桥夜景迷人", *wide(BRIDGE[::-1])]
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["跨江大桥通车", headline, "大桥夜景迷人"]
    assert articles[0].paragraphs == BRIDGE
    assert "".join(articles[1].paragraphs) == "".join(canteen)
    assert articles[2].paragraphs == BRIDGE[::-1]


def test_a_headline_the_columns_edge_broke_inside_a_word_stays_whole() -> None:
    """On a page with no blank lines, a headline as wide as the column whose last word the column's
    edge broke (`…管理实` / `施方案`: the word runs across the break) keeps its end, though the end
    alone looks like a writer's name; the dateline under it names the reporter. Before, the end was
    set apart as a name, and the headline lost it (`…管理实`)."""
    articles = _between("城西出台社区食堂管理实", "施方案", "本报讯（记者 王小明）", text=CANTEEN)
    assert [a.headline for a in articles[1:-1]] == ["城西出台社区食堂管理实施方案"]
    assert [p.name for p in articles[1].authors] == ["王小明"]
    assert "".join(articles[1].paragraphs) == "".join(CANTEEN)


def test_a_headline_with_a_comma_closed_by_its_columns_tag_heads_its_story() -> None:
    """On a page with no blank lines, a headline that holds a comma (`三家食堂开门，老人吃上热饭
    （民生）`) is still a title line where its column's tag closes it, whether short of the column or
    set wider; a line of text as wide as the column that ends on a bracket after a comma stays in
    its text. Before, any line holding a comma was read as text, and the story under such a
    headline ran on into the one above."""
    short, wide = "食堂开门，饭菜可口（民生）", "三家社区食堂开门迎客，老人吃上热饭（民生）"
    for headline in (short, wide):
        articles = _between(headline, "本报记者 王小明", text=CANTEEN)
        assert [(a.headline, a.paragraphs) for a in articles[1:-1]] == [(headline, CANTEEN)]
    noted = "西，食堂（简称城西食堂）"  # (as wide as the column, the paragraph going on under it)
    canteen = [noted + "今年开门迎客，每天供应两荤两素。", *CANTEEN]
    page = _blankless("跨江大桥通车", BRIDGE, "食堂开门", canteen, "大桥夜景迷人", BRIDGE)
    assert len(noted) == _WIDTH
    assert [(a.headline, a.paragraphs) for a in segment(page).articles][1] == ("食堂开门", canteen)


def test_a_two_part_headline_set_over_two_lines_stays_one_headline() -> None:
    """On a page with no blank lines, a two-part headline printed one half over the other (`食堂开门迎客`
    / `老人乐享美食（民生）`: parallel halves of as many letters, the second closed by its column's tag)
    is one headline with the paper's gap between the halves, as on a page with blank lines. Before,
    each half was set apart from the other, and the first was read as a kicker."""
    articles = _between("食堂开门迎客", "老人乐享美食（民生）", "本报记者 王小明", text=CANTEEN)
    assert [(a.kicker, a.headline) for a in articles[1:-1]] == [(None, "食堂开门迎客 老人乐享美食（民生）")]
    assert articles[1].paragraphs == CANTEEN


def test_a_headline_wrapped_inside_a_word_or_after_a_binding_word_stays_whole() -> None:
    """On a page with no blank lines, a headline printed over two lines where the first ends inside
    a word (`食堂今日正式开` / `门迎客`: a word runs across the break) or on a word that binds to
    the next (`城西街道健全和` / `落实助餐制度`), or the second opens on a particle that binds to the
    word before (`写好社区食堂` / `的民生账（民生）`), is one headline, as on a page with blank lines,
    however short its lines. Before, each line was set apart, and the first read as a kicker."""
    for upper, lower in (
        ("食堂今日正式开", "门迎客"),
        ("城西街道健全和", "落实助餐制度"),
        ("写好社区食堂", "的民生账（民生）"),
    ):
        articles = _between(upper, lower, "本报记者 王小明", text=CANTEEN)
        assert [(a.kicker, a.headline) for a in articles[1:-1]] == [(None, upper + lower)]
        assert articles[1].paragraphs == CANTEEN


def test_a_headline_wrapped_over_its_columns_tag_heads_its_story() -> None:
    """On a page with no blank lines, a headline whose column's tag went to a line of its own
    (`为社区老人撑起“保护伞”` / `（热议）`: the headline ends on a quote, or holds a comma) heads
    the story under it, the tag in the headline. Before, such a headline was read as a line of the
    story above, and its own story ran on into that one."""
    for upper in ("为社区老人撑起“保护伞”", "食堂开门，老人乐了"):
        page = _blankless(
            "跨江大桥通车", BRIDGE, upper, "（热议）", CANTEEN, "大桥夜景迷人", "本报记者 李四", BRIDGE
        )
        articles = segment(page).articles
        assert [a.headline for a in articles] == ["跨江大桥通车", upper + "（热议）", "大桥夜景迷人"]
        assert articles[1].paragraphs == CANTEEN


def test_a_tagged_headline_wrapped_after_a_comma_heads_its_story() -> None:
    """A headline wrapped after its comma, its column's tag on a line of its own (`食堂开门一个月，` /
    `老人吃饭不再发愁` / `（民生一线）`), is one headline over its story, on a page with no blank
    lines as on one that sets the title apart: its first line, broken off short after the comma,
    opens it. Before, the three lines were read as the last paragraph of the story above."""
    title = ["食堂开门一个月，", "老人吃饭不再发愁", "（民生一线）"]
    tight = _blankless("跨江大桥通车", BRIDGE, *title, CANTEEN, "大桥夜景迷人", "本报记者 李四", BRIDGE)
    blocks = ["跨江大桥通车", *BRIDGE, "\n".join(title), *CANTEEN, "大桥夜景迷人", "本报记者 李四", *BRIDGE]
    apart = "\n\n".join(block if "\n" in block else "\n".join(_flush([block])) for block in blocks)
    for page in (tight, apart):
        articles = segment(page).articles
        assert [a.headline for a in articles][:2] == ["跨江大桥通车", "".join(title)]
        assert [a.paragraphs for a in articles[:2]] == [BRIDGE, CANTEEN]


def test_a_headline_a_character_wider_than_the_column_broken_inside_a_word_stays_whole() -> None:
    """On a page with no blank lines, a headline a character wider than the column, with no
    punctuation to hang past its end (so no line of text), broken inside a word (`…燃气管道实` /
    `施安全保障`), heads its story whole. Before, it was read as a line of text wrapped early to keep
    a word whole, and ran on into the story above."""
    upper = "西街道为老人检查燃气管道实"  # (thirteen characters on a column of twelve)
    articles = _between(upper, "施安全保障", "本报记者 王小明", text=CANTEEN)
    assert [(a.kicker, a.headline, a.paragraphs) for a in articles[1:-1]] == [
        (None, upper + "施安全保障", CANTEEN)
    ]


COMMENT = CANTEEN[1:] + CANTEEN[:1]


def _over_a_wide_commentary(story: list[str]) -> list:
    """The articles of a page with no blank lines: a story, then a story with text `story` over a
    commentary set twice as wide as the column, its writer's name and headline after its text."""
    wide = [line for p in COMMENT for line in chop(p, 2 * _WIDTH)]
    page = _blankless(
        "跨江大桥通车",
        BRIDGE + BRIDGE,
        "社区食堂开门迎客",
        "本报记者  李大为",
        story,
        *wide,
        "周晓青",
        "食堂贵在长久（快评）",
    )
    return segment(page).articles


def test_a_commentary_set_in_a_wider_column_under_a_story_is_no_part_of_that_story() -> None:
    """On a page with no blank lines, a commentary set twice as wide as the page's column follows a
    story's last finished sentence, its writer's name and headline printed after its text. A story
    keeps its column to its end, so the wide text opens an item of its own: the story above keeps
    its headline and text, and the commentary its headline and writer. Before, the wide text ran on
    into the story above, whose headline went to the text above it."""
    articles = _over_a_wide_commentary(CANTEEN)
    assert [a.headline for a in articles] == ["跨江大桥通车", "社区食堂开门迎客", "食堂贵在长久（快评）"]
    assert [a.paragraphs for a in articles[1:]] == [CANTEEN, COMMENT]
    assert [p.name for p in articles[2].authors] == ["周晓青"]


def test_a_storys_last_short_line_under_a_finished_one_stays_in_it_over_a_wider_column() -> None:
    """The same, the story's last paragraph ending on a full line that finishes a sentence and one
    short line more (`…送餐上门。` / `价格也实惠。`): the change of column falls under that line,
    which stays the story's, not the commentary's first paragraph."""
    last = "年满七十岁的老人在社区食堂用餐打八折，行动不便的老人可请志愿者送餐上门。价格也实惠。"
    articles = _over_a_wide_commentary([CANTEEN[0], last])
    assert [a.paragraphs for a in articles[1:]] == [[CANTEEN[0], last], COMMENT]
