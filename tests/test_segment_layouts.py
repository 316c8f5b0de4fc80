"""Layouts beyond the bundled page: headlines before bodies, page furniture, photo credits,
signed commentaries, in-body subheads. Pages are built by `pagegen` with known truth."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.pagegen import Item, build_page
from tests.tools.score_pages import score

P1 = [
    "春耕时节，田间地头一派繁忙景象。农机手驾驶着播种机来回穿梭，一垄垄新土整齐地铺展开来，空气里弥漫着泥土的气息。",
    "今年以来，当地持续加大高标准农田建设力度，新建灌溉渠道二十余公里，配套建设机井和泵站，让不少过去靠天吃饭的地块变成了旱涝保收的良田。",
    "“以前浇一遍地要三四天，现在手机上点一点就能完成。”种粮大户老李一边查看墒情数据一边说，今年他流转的土地又增加了一百多亩。",
]
P2 = [
    "为进一步优化营商环境，市里推出了一批便民利企新举措，涵盖企业开办、工程审批、不动产登记等多个领域。",
    "在政务服务大厅，前来办事的群众可以在综合窗口一次提交全部材料，工作人员在后台完成流转，办结时间平均缩短了一半以上。",
    "下一步，有关部门还将梳理高频事项清单，推动更多事项网上办、掌上办、就近办。",
]
P3 = [
    "读书是一种习惯，更是一种修养。在碎片化阅读越来越普遍的今天，静下心来读完一本好书显得尤为可贵。",
    "有人说，阅读的意义不在于记住了多少内容，而在于它潜移默化地塑造了我们看待世界的方式。",
    "让我们把书香融入日常，在字里行间与更好的自己相遇。",
]
P4 = [
    "近日，一场以传统手工艺为主题的展览在市博物馆开幕，吸引了众多市民前来参观。",
    "展览分为织造、陶瓷、木作三个单元，共展出各类展品三百余件，其中不少是首次公开亮相。",
    "一位带着孩子前来参观的家长说，这样的展览让孩子近距离感受到传统文化的魅力，很有意义。",
]
PHOTO = [
    "3月5日，游客在湖畔公园赏花踏青。随着气温回升，园内多个品种的花卉竞相开放，吸引市民游客前来游玩。",
]


def _items() -> list[Item]:
    return [
        Item(
            P1,
            kicker="建设高标准农田",
            headline="春耕备耕忙 田间管理新",
            subtitle="各地抓住农时推进春季农业生产",
            dateline="本报北京3月5日电（记者 魏哲哲 实习生 张晓）",
            byline="本报北京3月5日电（记者 魏哲哲 实习生 张晓）",
            authors=[("记者", "魏哲哲"), ("实习生", "张晓")],
        ),
        Item(
            P2,
            headline="便民利企举措落地见效",
            byline_lines=["■ 本报记者 贺  勇  曹继炜"],
            byline="本报记者 贺勇 曹继炜",
            authors=[("记者", "贺勇"), ("记者", "曹继炜")],
        ),
        Item(
            PHOTO,
            kind="photo",
            credit="杨  丽摄（人民视觉）",
            byline="杨丽摄（人民视觉）",
            authors=[("", "杨丽")],
        ),
        Item(
            P3,
            headline="让书香融入日常",
            byline_lines=["■ 金  歆"],
            byline="金歆",
            authors=[("", "金歆")],
        ),
        Item(
            P4,
            kicker="市博物馆",
            headline="传统手工艺展开幕",
            dateline="本报讯（通讯员 王  明）",
            byline="本报讯（通讯员 王明）",
            authors=[("通讯员", "王明")],
        ),
    ]


HEAD = ["2023年3月6日 星期一", "第 5 版  要闻"]
FOOT = ["责任编辑：张三  版式：李四  校对：王五"]


@pytest.mark.parametrize("layout", ["before", "after"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_layouts_score_perfectly(layout: str, seed: int) -> None:
    text, truth = build_page(_items(), layout=layout, seed=seed, head=HEAD, foot=FOOT)
    result = segment(text, "page.txt")
    predicted = {"articles": [a.to_dict() for a in result.articles]}
    scores, _ = score(truth, predicted)
    assert scores["articles_f1"] == 1.0, text
    for name in ("headline", "kicker", "subtitle", "authors"):
        assert scores[name] == 1.0, (name, text)
    assert scores["paragraphs_f1"] >= 0.98
    assert scores["body"] >= 0.99


def test_running_head_and_editor_credits_become_metadata() -> None:
    text, _ = build_page(_items(), head=HEAD, foot=FOOT)
    result = segment(text, "page.txt")
    assert result.meta.date == "2023-03-06"
    assert result.meta.page_no == "5"
    assert "责任编辑：张三" in result.meta.editors
    body = "".join(p for a in result.articles for p in a.paragraphs)
    assert "责任编辑" not in body and "星期一" not in body


def _with_subhead(subhead: str) -> Item:
    """A dateline article whose second paragraph is a short subhead line."""
    return Item(
        [P2[0], subhead, P2[1], P2[2]],
        headline="便民利企举措落地见效",
        dateline="本报讯（记者 刘洋）",
        byline="本报讯（记者 刘洋）",
        authors=[("记者", "刘洋")],
    )


def test_in_body_subhead_stays_in_its_article() -> None:
    item = _with_subhead("优化流程提效率")
    text, truth = build_page([item, _items()[3]], layout="before")
    result = segment(text)
    assert len(result.articles) == 2
    assert result.articles[0].headline == "便民利企举措落地见效"
    assert "优化流程提效率" in result.articles[0].paragraphs


def test_marked_subhead_inside_a_body_is_not_a_byline() -> None:
    item = _with_subhead("■ 新变化")
    text, _truth = build_page([item], layout="before")
    [article] = segment(text).articles
    assert article.authors[0].name == "刘洋" and len(article.authors) == 1
    assert any("新变化" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("head", "foot", "expected"),
    [
        (["聊城日报 2023.03.15"], ["A3 要闻"], ("聊城日报", "2023-03-15", "A3")),
        (["2023年3月6日 星期一 第5版"], [], ("", "2023-03-06", "5")),
        (
            [],
            ["本版责编：赵六  校对：钱七", "人民日报 2023-03-06 第 12 版"],
            ("人民日报", "2023-03-06", "12"),
        ),
    ],
)
def test_running_head_variants(head: list[str], foot: list[str], expected: tuple[str, str, str]) -> None:
    text, truth = build_page(_items()[:2], head=head, foot=foot)
    result = segment(text)
    assert (result.meta.paper, result.meta.date, result.meta.page_no) == expected
    assert [a.headline for a in result.articles] == [a["headline"] for a in truth["articles"]]


def test_article_in_wider_columns_keeps_its_paragraphs() -> None:
    narrow, _ = build_page(_items()[:2], layout="before", width=30, seed=3)
    wide_item = Item(
        P1 + P4, headline="让书香融入日常", byline_lines=["■ 金  歆"], byline="金歆", authors=[("", "金歆")]
    )
    wide, _ = build_page([wide_item], layout="before", width=46, seed=4)
    result = segment(narrow + "\n" + wide)
    assert [a.headline for a in result.articles] == [
        "春耕备耕忙 田间管理新",
        "便民利企举措落地见效",
        "让书香融入日常",
    ]
    assert result.articles[-1].paragraphs == P1 + P4
