"""A headline one or two letters longer than its column, on a page with no blank lines: it wraps
onto a second line holding only its last word (`…信用卡盗` / `刷案`), right under the story above
and over the next story's indented dateline.

Two letters alone read like a name; under a full line that finishes nothing they are a title's
end. The reader shows the whole headline over its story, not its last word, and the story above
ends on its own last sentence.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

COLUMN = 14
FIRST_HEADLINE = "山区公路通到家门口"
FIRST = [
    "一条条硬化公路通到了山区群众家门口，农产品运得出去，游客也走得进来，村里的日子越过越红火。",
    "当地还建起了农村客运站点，群众出行更加便捷，孩子上学也不用再走远路了。",
    "下一步，当地将推进公路沿线的绿化和养护，让山区群众走上平安路、致富路。",
]
# fourteen letters and two more: the column's edge leaves the last word alone
SECOND_HEADLINE = "某市警方联合侦破一起网络诈骗" + "团伙"
SECOND = [
    "本报讯（记者 孙 红）记者从某市公安局获悉：近日，警方联合多地公安机关，"
    "成功侦破一起跨省网络诈骗案件，抓获犯罪嫌疑人十余名。",
    "警方提醒，广大群众要提高防范意识，不轻信陌生来电，不随意点击不明链接。",
    "目前，案件正在进一步侦办中。",
]


def test_a_headline_wrapped_onto_its_last_word_alone_stays_whole() -> None:
    lines = [FIRST_HEADLINE, "本报记者  周  明"]
    for paragraph in FIRST:
        lines += chop("\u3000\u3000" + paragraph, COLUMN)
    lines += chop(SECOND_HEADLINE, COLUMN)
    assert lines[-1] == "团伙"  # (the title wrapped as the test means it: two letters alone)
    for paragraph in SECOND:
        lines += chop("\u3000\u3000" + paragraph, COLUMN)
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == [FIRST_HEADLINE, SECOND_HEADLINE]
    assert articles[0].paragraphs == FIRST
    assert articles[1].byline == "本报讯（记者 孙红）"
