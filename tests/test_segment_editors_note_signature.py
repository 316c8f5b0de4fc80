"""An editor's note closed by its signature (`——编  者`) over the parts of a story, each under a
heading and its reporter's byline: the signature closes the note, not the story, and the parts are
the story's, up to a story of another shape."""

from __future__ import annotations

import pytest

from reader.page.segment import explain, segment
from tests.pagegen import chop

_WIDTH = 14

NOTE = [
    "新春将至，本报记者分赴山区、海岛和边境小城，走进普通人家，记下他们一年的收获和新年的盼头。",
]
PART_ONE = [
    "腊月二十，东岭村的王大姐一早就去镇上的托育中心接孩子。她说，中心离家只有十分钟路程，收费也不高。",
    "镇里今年新办了两家托育中心，能接收一百多个孩子。",
]
PART_TWO = [
    "海岛上的渔民老陈今年换了新渔船，出海一趟的收入比往年多了三成。",
    "他说，等过完年，还要带着儿子一起出海。",
]


NEXT = "市图书馆今天起延长开放时间，工作日晚上九点闭馆，周末全天开放，读者可以在网上预约座位。"


def _page(
    after: list[str] | None = None,
    head: tuple[str, str] = ("山海之间年味浓（新春走基层）", "本报记者  林  舟  江  川"),
    signed: list[str] | None = None,
) -> str:
    """A story headed `head` (headline, byline) whose text `signed` (the editor's note `NOTE`) an editor
    signs, over two parts, then the lines `after` over a text of their own."""
    lines = [head[0], "", head[1], ""]
    for paragraph in NOTE if signed is None else signed:
        lines += [*chop(paragraph, _WIDTH), ""]
    lines += ["——编  者", "", "托育中心就在家门口", "", "本报记者  周  航", ""]
    for paragraph in PART_ONE:
        lines += [*chop(paragraph, _WIDTH), ""]
    lines += ["老陈的新渔船", "", "本报记者  许  静", ""]
    for paragraph in PART_TWO:
        lines += [*chop(paragraph, _WIDTH), ""]
    if after:
        lines += [*after, "", *chop(NEXT, _WIDTH)]
    return "\n".join(lines)


def test_an_editors_signature_is_no_kicker() -> None:
    """The signature line stays in the text it closes: no article shows it as a kicker or headline."""
    articles = segment(_page()).articles
    titles = {a.kicker for a in articles} | {a.headline for a in articles}
    assert not any(t and "编" in t and "者" in t for t in titles)
    assert articles[0].headline == "山海之间年味浓（新春走基层）"
    assert articles[0].paragraphs[len(NOTE)].replace(" ", "") == "——编者"


def test_the_parts_under_an_editors_note_are_the_storys() -> None:
    """Each part's heading and reporter's line print as paragraphs of the one story, in page order;
    the story's byline is the one under its headline."""
    articles = segment(_page()).articles
    assert [a.headline for a in articles] == ["山海之间年味浓（新春走基层）"]
    story = articles[0]
    assert story.byline == "本报记者 林舟 江川"
    flat = ["".join(p.split()) for p in story.paragraphs]
    assert flat[len(NOTE) + 1 : len(NOTE) + 3] == ["托育中心就在家门口", "本报记者周航"]
    assert "老陈的新渔船" in flat and "本报记者许静" in flat
    # (a part's byline prints as the story's own does: the letter-spacing of its names dropped)
    assert "本报记者 周航" in story.paragraphs and "本报记者 许静" in story.paragraphs
    assert flat[-1] == "".join(PART_TWO[-1].split())


@pytest.mark.parametrize(
    "after",
    [
        ["市图书馆延长开放时间（民生一线）", "", "本报记者  吴  敏"],
        ["读者有了更多时间——", "", "市图书馆延长开放时间", "", "本报记者  吴  敏"],
        ["市图书馆延长开放时间", "", "本报记者  吴  敏  郑  强"],
    ],
    ids=["column-tag", "kicker", "two-reporters"],
)
def test_a_story_of_another_shape_ends_the_parts(after: list[str]) -> None:
    """A story under the last part with a column's tag, a kicker, or a byline naming two reporters
    is a story of its own."""
    articles = segment(_page(after)).articles
    assert len(articles) == 2
    assert articles[1].headline == "市图书馆延长开放时间" + ("（民生一线）" if "（" in after[0] else "")
    assert articles[1].paragraphs == [NEXT]


def test_explain_says_why_a_part_stays_in_the_story() -> None:
    """`--explain` shows each part's heading and byline as subheads of the story, marked `story_part`."""
    rows, _ = explain(_page())
    marked = [row.text for row in rows if any(name == "story_part" for name, _ in row.evidence)]
    assert marked == ["托育中心就在家门口", "本报记者  周  航", "老陈的新渔船", "本报记者  许  静"]
    assert {row.role for row in rows if row.text in marked} == {"subhead"}
    assert {row.article for row in rows} == {0}


STORY = [
    "江城港区今年新建了三个泊位，年吞吐能力提高到八千万吨。港口集团说，新泊位投用后，大型货轮不用再在锚地排队等候。",
    "港区还新开了两条集装箱航线，本地企业的货物出海时间缩短了一天。码头工人说，活多了，收入也多了。",
    "港口集团负责人表示，明年还将建设一座现代化的物流园，让更多货物在港区集散。",
    "附近的村民也在港口找到了工作，有的开起了货车，有的在码头食堂上班，日子越过越红火。",
    "记者在三号泊位看到，一艘满载铁矿石的货轮正在卸货，几台新装的门机来回转动，一个多小时就卸完了一个船舱。"
    "调度员说，过去卸一艘这样的船要两天，现在一天就够了。",
    "港口集团还和铁路部门合作，开通了从港区直达内陆的货运班列，每周四列，货物下船就能上车。"
    "内陆的企业算了一笔账，走这条线比走公路每吨便宜三十多元。",
    "为了让周边居民少受影响，港区在泊位和生活区之间种了两公里长的防护林，运煤的皮带也全部加了罩子。",
    "港区附近的老街也跟着热闹起来。开了二十年小饭馆的王师傅说，过去一到晚上街上就没人了，"
    "现在下了夜班的工人常来吃宵夜，饭馆的营业时间从晚上八点延长到了十二点。",
    "市里正在规划一条从港区到城区的快速路，建成后，从码头到火车站只要二十分钟。"
    "港口集团说，他们还会拿出一部分岗位，优先招收附近村里的年轻人。",
    "不少外出打工的年轻人回来了。二十六岁的小刘在外地做了五年快递员，今年回到村里，考了叉车证，"
    "在港区的仓库上班，每天下班还能回家陪孩子吃晚饭。他说，在家门口挣钱，心里踏实。",
]


def test_an_afterword_signed_under_a_whole_story_ends_it() -> None:
    """An editor's afterword signed under a story's whole text closes that story: the stories printed
    under it, each a heading over one reporter's byline, are stories of their own."""
    page = _page(head=("港区新泊位投用", "本报记者  林  舟"), signed=[*STORY, "港口兴，则城市兴。"])
    articles = segment(page).articles
    assert [a.headline for a in articles] == ["港区新泊位投用", "托育中心就在家门口", "老陈的新渔船"]
    assert [a.byline for a in articles[1:]] == ["本报记者 周航", "本报记者 许静"]
