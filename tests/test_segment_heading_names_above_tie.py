"""A heading that names the text above it, where it reads as well as that text's subhead as its
headline printed after it, is the headline: the story under it is a story of its own.

On a page that prints each story's headline after its text, a one-line heading sits between two
texts and shares its words with the upper one only. Read as the upper text's subhead, the text under
it goes on that story; read as its headline, the text under it opens the next story, closed by a
headline of its own. Where the two readings score exactly alike, the heading's words decide: the
reader lists both stories under their own headlines, not one story with a subhead inside.
"""

from __future__ import annotations

from reader.page.segment import segment

PAGE = """■ 本报记者  张  三

今年以来，示例县大力发展茶叶产业，
全县茶园面积扩大到五万亩，茶农收入明
显增加。

县里组织技术人员深入茶园，指导茶农
科学管理，茶叶品质不断提高，茶叶产业
成为当地群众增收的主要来源。

示例县茶叶产业助农增收

某市近日开通了十条公交新线路，方便
市民出行。新线路连接城区和周边乡镇，
每天往返上百班次。

市交通部门表示，还将根据市民需求，
继续优化线路设置，让公交更加便利。

某市开通十条公交新线路

■ 本报记者  李  四

冬日的河湖边，越来越多的候鸟飞来越
冬，吸引了不少摄影爱好者前来拍摄。
候鸟飞来过冬
"""


def test_a_heading_naming_the_text_above_closes_it_at_a_tie() -> None:
    articles = segment(PAGE).articles
    headlines = ["示例县茶叶产业助农增收", "某市开通十条公交新线路", "候鸟飞来过冬"]
    assert [a.headline for a in articles] == headlines
    first, second = articles[0], articles[1]
    assert first.authors and first.authors[0].name == "张三"
    assert all("示例县茶叶产业助农增收" not in p for p in first.paragraphs)
    assert second.paragraphs[0].startswith("某市近日开通了十条公交新线路")
