"""A form's fields set one under another open its text: a short line that is a label and its value
alone (`申请人：…`) over a text that opens with another label (`事由：…`) is the text's first
paragraph, not a subtitle under the headline (here a headline over a narrower column than the story
above it, which leaves the line between them free to read as a title's)."""

from __future__ import annotations

from reader.model import Article
from reader.page.segment import segment
from tests.pagegen import chop

REASON = (
    "事由：东山村沿河的土路每逢雨季便满是泥水，村里的孩子上学要绕行两里多路，"
    "村民运送果蔬也常常误了集市的时辰。村委会多次召集村民商议，决定申请修一条水泥路。"
)
PLAN = "建议：路面宽四米，两旁种上果树，由村民轮流看护，所需资金一半由村集体筹措，其余向县里申请补助。"
ABOVE = (
    "西坡村的文化广场上周落成，每晚都有村民在这里跳舞、下棋。广场边还建了一间小小的图书室，"
    "藏书两千多册，孩子们放学后常来这里读书。"
)


def test_a_field_line_under_a_headline_opens_the_body() -> None:
    lines = [
        "西坡村有了文化广场",
        "",
        "本报记者  李  明",
        "",
        *chop(ABOVE, 27),
        "",
        *chop(ABOVE, 27),
        "",
        "修好村里的沿河路（申请摘要）",
        "",
        "申请人：东山村委会",
        "",
        *chop(REASON, 19),
        "",
        *chop(PLAN, 19),
    ]
    above, form = segment("\n".join(lines) + "\n").articles
    assert above.headline == "西坡村有了文化广场"
    assert form.headline == "修好村里的沿河路（申请摘要）"
    assert form.subtitle is None
    assert form.paragraphs[0] == "申请人：东山村委会"
    assert form.paragraphs[1].startswith("事由：")


def _story_above_and(headline: str, dialogue: list[str]) -> list[Article]:
    """The articles of a page: a signed story, then `headline` over `dialogue`, blank lines between."""
    lines = ["西坡村有了文化广场", "", "本报记者  李  明", "", *chop(ABOVE, 19), "", headline, "", *dialogue]
    return segment("\n".join(lines) + "\n").articles


def test_a_quote_headline_over_an_interview_stays_its_title() -> None:
    # `X：a clause` over a dialogue whose speakers come back: a quote's headline, no form's field
    # (this guards the rule above; the page reads the same on the parent)
    dialogue = [
        "记者：这几年村里看病有哪些新变化？",
        "村医：卫生室添了新设备，常见病在家门口就能看。",
        "记者：接下来还打算做些什么？",
        "村医：想多学几门手艺，让乡亲们少跑路。",
    ]
    above, talk = _story_above_and("村医：小病不出村越来越方便了", dialogue)
    assert above.headline == "西坡村有了文化广场"
    assert talk.headline == "村医：小病不出村越来越方便了"
    assert talk.paragraphs[0].startswith("记者：")


def test_a_short_quote_headline_over_a_dialogue_of_other_speakers_stays_its_title() -> None:
    # the headline's label (a role word) is no speaker below, and its value is short; the labels
    # under it come back, as a dialogue's do (a form names each field once)
    dialogue = [
        "记者：幼儿园这学期添了哪些活动？",
        "甲园长：院子里多了沙坑和菜地，孩子们天天去看。",
        "记者：家长们怎么看？",
        "甲园长：一开始有人担心弄脏衣服，后来都说好。",
    ]
    above, talk = _story_above_and("园长：孩子先玩好", dialogue)
    assert above.headline == "西坡村有了文化广场"
    assert talk.headline == "园长：孩子先玩好"
    assert talk.paragraphs[0].startswith("记者：")
