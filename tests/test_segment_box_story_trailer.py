"""A story opened by a "核心阅读" box and closed by a note in brackets ends at that note.

The grammar lets a box's summary head a body whose dateline opens the text (`核心阅读` + summary, then
`本报X电…`). A story whose box, summary and text stood in one block, closed by its source note
(`（摘编自…）`), was read as one long summary: the next story's dateline then opened "its" text, the
two stories were one, and the next story's headline (printed after its text) went to a photo or was
lost (to the photo under it). A note in brackets closes a story, never a box's summary.
"""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import chop

WIDTH = 14


HEADLINE = "山乡分红账本里的新变化（纵横）"
SUMMARY = "放眼山乡，分红村有一个共性，那就是村集体不满足于守摊，而是主动经营乡村。"
BODY = (
    "前不久，山脚下的几个村子迎来首次分红。村里把闲置的老房子改成民宿，"
    "请来专业团队运营，游客多了，村民的腰包也鼓了。村干部说，下一步还要把茶园连成片。"
)
NOTE = "（摘编自《山城日报》）"
DATED = "本报南山9月2日电（记者程远）"
NEXT = "南山市印发方案，部署三年攻坚行动，统筹资源储备扩容与产能释放，因地制宜布局产业基地。"
NEXT_HEADLINE = "南山推动天然气增储上产"
PHOTO = "图⑤：山城植物园中，茶花盛开。 周  林摄"  # a photo of its own under the headline


def _page() -> str:
    lines = [HEADLINE, "", "■ 本报记者 周青", "", "核心阅读", *chop(SUMMARY, WIDTH)]
    lines += [*chop(BODY, WIDTH), NOTE, ""]
    lines += [DATED, *chop(NEXT, WIDTH), "", NEXT_HEADLINE, "", PHOTO, ""]
    return "\n".join(lines)


def test_a_boxed_story_closed_by_its_note_is_not_joined_to_the_next_story() -> None:
    articles = [a for a in segment(_page()).articles if a.kind == "article"]
    assert [a.headline for a in articles] == [HEADLINE, NEXT_HEADLINE]
    assert articles[0].paragraphs[-1] == NOTE
    assert [author.name for author in articles[1].authors] == ["程远"]
    assert articles[1].paragraphs == [NEXT]
