"""Brief items whose titles run into their text are stories of their own.

A column of news in brief may print each item's title on the line its text opens, a gap before the
dateline (`■TITLE  本报X电…`). The reader finds each item as its own story, with that title as
its headline and its text from the dateline on, not the whole column as paragraphs of the story
above it; the column's name over the items is no item's title.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut

WIDTH = 36  # eighteen characters a line
HEADLINE = "河畔步道完成改造向市民开放"
TEXT = [
    "本报讯  经过半年施工，城东河畔的步道近日完成改造，新铺的透水砖和夜间照明让散步的市民多了起来。",
    "步道沿线还增设了休息座椅和饮水点，附近社区的老人说，傍晚来这里走一走，比以前方便多了。",
]
COLUMN = "简讯"
BRIEFS = [
    (
        "市图书馆延长夜间开放时间",
        "本报讯  市图书馆自本月起每晚开放至九点，周末增设亲子阅读专场，读者可凭证入馆。",
    ),
    (
        "山区小学迎来一批新课桌",
        "新华社昆明3月2日电  一批新课桌椅日前运抵山区的十余所小学，师生们在新教室里上了第一课。",
    ),
    (
        "社区食堂推出老年套餐",
        "本报长沙5月8日电  多个社区食堂推出价格实惠的老年套餐，荤素搭配，少油少盐，颇受欢迎。",
    ),
]
NEXT_HEADLINE = "老街巷里的修鞋摊"
NEXT_TEXT = [
    "清晨七点，老张的修鞋摊就在巷口支了起来，一把旧伞，一只工具箱，一干就是三十年。",
    "街坊们的鞋坏了、包带断了，都爱拿到他这里来，他说手艺活儿急不得，每一针都要缝结实。",
]


def _page(marker: str, after: bool = False) -> str:
    lines = [HEADLINE, ""]
    for paragraph in TEXT:
        lines += [*cut(paragraph, WIDTH, first_indent=0), ""]
    lines += [COLUMN, ""]
    for title, text in BRIEFS:
        lines += [*cut(f"{marker}{title}  {text}", WIDTH, first_indent=0), ""]
    if after:
        lines += [NEXT_HEADLINE, ""]
        for paragraph in NEXT_TEXT:
            lines += [*cut(paragraph, WIDTH, first_indent=0), ""]
    return "\n".join(lines) + "\n"


def test_each_run_in_brief_is_a_story_of_its_own() -> None:
    for marker in ("■", "●", ""):
        articles = [a for a in segment(_page(marker)).articles if a.kind == "article"]
        assert [a.headline for a in articles] == [HEADLINE] + [t for t, _ in BRIEFS], marker
        for article, (_, text) in zip(articles[1:], BRIEFS, strict=True):
            assert "".join(article.paragraphs).replace(" ", "") in text.replace(" ", "")
            assert article.paragraphs[0][:4] in text.split("电", 1)[-1].split("讯", 1)[-1]
        assert not any(COLUMN in (a.kicker or "") + "".join(a.paragraphs) for a in articles)


def test_a_title_under_the_last_brief_heads_a_story_of_its_own() -> None:
    # (a brief has no subheads: a title line under its text is the next story's, byline or not)
    articles = [a for a in segment(_page("■", after=True)).articles if a.kind == "article"]
    assert [a.headline for a in articles][-2:] == [BRIEFS[-1][0], NEXT_HEADLINE]
    assert articles[-1].paragraphs == NEXT_TEXT


def test_a_line_set_short_over_a_run_in_title_is_its_kicker_not_its_first_half() -> None:
    # (a title wraps with its column's width; a line set short over it was set so on purpose)
    kicker, (title, text) = "田埂边的新变化", BRIEFS[0]
    lines = [HEADLINE, ""]
    for paragraph in TEXT:
        lines += [*cut(paragraph, WIDTH, first_indent=0), ""]
    lines += [kicker, *cut(f"{title}  {text}", WIDTH, first_indent=0)]
    articles = [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]
    assert articles[-1].headline == title
    assert articles[-1].kicker == kicker


def _one_item(above: list[str], item: str, more: list[str] = ()) -> list:
    lines = [HEADLINE, ""]
    for paragraph in TEXT:
        lines += [*cut(paragraph, WIDTH, first_indent=0), ""]
    lines += [*above, *cut(item, WIDTH, first_indent=0), *more, ""]
    return [a for a in segment("\n".join(lines) + "\n").articles if a.kind == "article"]


def test_a_short_label_over_a_single_run_in_item_is_kept() -> None:
    # (a column's name stands over a column of items; over one item alone, a short line set apart
    # may be its kicker or a section's label: the reader keeps its text)
    label, (title, text) = "绿色生活", BRIEFS[0]
    articles = _one_item([label, ""], f"■{title}  {text}")
    assert articles[-1].headline == title
    assert any(label in (a.kicker or "") + (a.headline or "") + "".join(a.paragraphs) for a in articles)


def test_names_run_into_a_dateline_sign_the_story_and_are_no_title() -> None:
    # (`王五 李六  本报X电…`: names alone before the dateline are the story's byline)
    title, text = BRIEFS[2]
    names = ["王小明", "李青"]
    more = cut("食堂负责人说，下一步还将推出送餐上门服务，方便行动不便的老人。", WIDTH, first_indent=2)
    articles = _one_item([title, ""], f"{' '.join(names)}  {text}", more)
    assert [a.headline for a in articles] == [HEADLINE, title]
    assert [a.name for a in articles[-1].authors] == names
    assert text.split("  ", 1)[1][:6] in articles[-1].paragraphs[0]
