"""Where a story ends, on an excerpt of a laid-out 1998 page (benchmarks/layout2, January 1998 People's
Daily text) that was read as one story: a title line between two texts that share few words stands
between two stories, where it is a headline, not a subhead.
"""

from __future__ import annotations

from reader.page.segment import segment

# a dispatch (its bracketed dateline closing it), then a commentary on another subject under a
# title line, with no byline
TWO_SUBJECTS = [
    "以撤军仍无具体方案",
    "",
    "本报记者 戚德良\u3000支林飞",
    "\u3000\u3000美国中东和谈特别协调员罗",
    "斯10日结束了为期4天的中东之",
    "行。这是罗斯1998年对中东的首",
    "轮和平外交斡旋。他先后与以色",
    "列总理内塔尼亚胡和巴勒斯坦自",
    "治政府主席阿拉法特就巴以安全",
    "合作、定居点、撤军等问题举行",
    "了数次会晤，但最终并未说服以",
    "方拿出从约旦河西岸第二阶段撤",
    "军的具体方案。",
    "",
    "\u3000\u3000中东和平进程的前景及该地",
    "区面临的紧张局势令人担忧。",
    "1997年，美国在推进中东和平进",
    "程方面无所作为，而罗斯此次中",
    "东之行又无收获，国际舆论已对",
    "美国是否真心希望推进和平进程",
    "产生了怀疑。（新华社耶路撒冷",
    "1 月10 日电）",
    "",
    "不容忽视的问题",
    "",
    "\u3000\u3000一个即将毕业的财经门类的",
    "大学生，在他即将告别心目中这",
    "所神殿时，怀着崇敬的心情，又",
    "听了一次他刚入学时，令他振奋",
    "",
    "不已的那位老师的课。然而，他",
    "没把课听完就退出了课堂。他难",
    "过极了，原来这位老师所讲的一",
    "切竟然和他刚上大学一年级时听",
    "的那堂课的内容几乎完全一样。",
    "4年了，面对世界经济改革的飞",
    "速发展和日新月异的知识，我们",
    "的课本太陈旧了。",
    "",
    "\u3000\u3000据不完全统计，我国高等财",
    "经教育的教材87％以上陈旧，几",
    "乎到了可悲程度。",
]


def _page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_a_title_between_texts_sharing_no_words_heads_a_new_story() -> None:
    first, second = segment(_page(TWO_SUBJECTS)).articles
    assert first.headline == "以撤军仍无具体方案"
    assert first.paragraphs[-1].endswith("（新华社耶路撒冷1月10日电）")
    assert second.headline == "不容忽视的问题"
    assert second.authors == []
    assert second.paragraphs[0].startswith("一个即将毕业的财经门类的大学生")
