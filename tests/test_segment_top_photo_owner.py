"""A photo printed at the top of the page, over a story that is not its own: its caption tells of
another story on the page, in that story's words, and the photo is that story's."""

from __future__ import annotations

from reader.page.segment import segment
from tests.pagegen import cut
from tests.test_segment_conventions import page

CAPTION = "入冬以来，某县渔港码头的渔船陆续归港，渔民们忙着卸货、晾晒渔网，准备过冬。"
HEAD_A = "某市新建社区健身广场三十余处"
BODY_A = (
    "今年以来，某市持续推进全民健身设施建设，新建社区健身广场三十余处，方便市民就近锻炼。"
    "市体育部门表示，下一步将继续完善健身设施布局，让更多市民享受到运动的乐趣。"
)
HEAD_B = "某县渔港冬季休渔有序推进"
BODY_B = (
    "入冬以后，某县渔港码头迎来归港高峰，三百多艘渔船陆续靠岸。渔民们卸货、晾晒渔网，"
    "为来年开海做准备。县里组织技术人员上船检修设备，帮助渔民排查安全隐患。"
    "渔港管理部门表示，休渔期间将加强巡查，确保渔船停靠安全有序。"
)


def test_a_photo_on_top_of_the_page_goes_to_the_story_it_tells_of() -> None:
    """The caption and credit opening the page tell of the second story (its harbour, its boats),
    not of the first one printed under them: they open the second story's paragraphs, and no
    photo stands alone."""
    text = page(
        [*cut(CAPTION, 40, 0), "陈  立摄", ""],
        HEAD_A,
        "本报记者  王  明",
        [*cut(BODY_A, 32), ""],
        HEAD_B,
        "本报记者  李  华",
        cut(BODY_B, 32),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [("article", HEAD_A), ("article", HEAD_B)]
    assert articles[0].paragraphs == [BODY_A]
    assert articles[1].paragraphs[:2] == [CAPTION, "陈  立摄"]


LONG_CAPTION = (
    "清晨，山脚下一所乡村小学的孩子们在新建的操场上做早操，远处的山坡上，一排排蔬菜大棚在阳光下"
    "闪着光，几位老人坐在村口的石凳上晒太阳、聊家常，田埂上的小狗追着蝴蝶跑来跑去。"
)
HEAD_C = "乡村小学有了新操场"
BODY_C = (
    "今年秋季开学，某县十二所乡村小学的新操场投入使用。塑胶跑道、篮球架、乒乓球台一应俱全，"
    "孩子们课间有了活动的地方。县教育部门介绍，新操场由县财政和社会捐助共同出资建设，"
    "下一步还将为学校配备体育器材和专职体育教师。"
)


def test_a_photo_on_top_of_the_page_over_its_own_story_opens_it() -> None:
    """A long caption set wide at the page top, its credit at its end, over a story whose words it
    holds only in part (its school, its playground: an eighth of its word pairs, more than twice
    any other story's) is that story's photo, printed over its heading: it opens the story."""
    text = page(
        [*cut(LONG_CAPTION + "  陈立摄", 70, 0), ""],
        HEAD_C,
        "本报记者  王  明",
        [*cut(BODY_C, 32), ""],
        HEAD_A,
        "本报记者  李  华",
        cut(BODY_A, 32),
    )
    articles = segment(text).articles
    assert [(a.kind, a.headline) for a in articles] == [("article", HEAD_C), ("article", HEAD_A)]
    assert articles[0].paragraphs[0] == LONG_CAPTION + "  陈立摄"
