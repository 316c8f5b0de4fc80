"""A title printed straight under the text above it, with no blank line between: extraction often
loses the blank that parted two stories, so a headline set after its story's body runs on under the
body's last sentence. It still stands apart by its shape (it finishes no sentence and does not fill
the column) and by what follows the blank under it: the next story's byline, not a paragraph."""

from __future__ import annotations

import pytest

from reader.page.segment import segment_page

# two reports, each with its byline over its text and its headline printed after the text; the
# blank line under the first report's last sentence is lost
GLUED = [
    "本报记者  周明远",
    "\u3000\u3000近日，沿海渔港迎来开渔",
    "季，数百艘渔船满载而归。渔民",
    "们在码头上忙着卸货，新鲜的带",
    "鱼很快被收购一空。",
    "\u3000\u3000渔港负责人介绍，今年的",
    "渔获量比去年增加了两成，渔民",
    "收入明显提高。",
    "渔港开渔季渔船满载而归",
    "",
    "本报记者  李文清",
    "\u3000\u3000城区首座智慧停车场日前",
    "投入使用。市民通过手机即可查",
    "询空余车位并在线缴费，停车难",
    "问题得到缓解。",
    "\u3000\u3000停车场管理人员说，开业",
    "一周已服务车辆三千多辆次，高",
    "峰时段车位周转率明显提升。",
    "",
    "城区智慧停车场投入使用",
]


def test_a_headline_run_on_under_its_storys_last_sentence_heads_that_story() -> None:
    articles = segment_page("\n".join(GLUED))
    assert [a.headline for a in articles] == ["渔港开渔季渔船满载而归", "城区智慧停车场投入使用"]
    assert articles[0].paragraphs[-1].endswith("收入明显提高。")


def test_a_subhead_under_a_sentence_followed_by_its_paragraph_stays_in_the_story() -> None:
    # the same shape followed by a paragraph set full width, not a story's opening: a subhead
    lines = GLUED[:9] + ["", "\u3000\u3000码头上，渔民们正忙着修补", "渔网，准备下一趟出海。", *GLUED[9:]]
    articles = segment_page("\n".join(lines))
    assert len(articles) == 2
    assert articles[0].headline is None
    assert articles[0].paragraphs[2] == "渔港开渔季渔船满载而归"


# a head-before page: the next story's heading (a kicker over its headline) runs on under the story
# above's last line, the blank between them lost; a blank, then the next story's byline
STORY_A = [
    "本报记者  周明远",
    "",
    "\u3000\u3000近日，沿海渔港迎来开渔",
    "季，数百艘渔船满载而归。渔民",
    "们在码头上忙着卸货，新鲜的带",
    "鱼很快被收购一空。",
    "\u3000\u3000渔港负责人介绍，今年的",
    "渔获量比去年增加了两成，渔民",
]
STORY_B = [
    "",
    "本报记者  李文清",
    "",
    "\u3000\u3000城区首座智慧停车场日前",
    "投入使用。市民通过手机即可查",
    "询空余车位并在线缴费，停车难",
    "问题得到缓解。",
]


@pytest.mark.parametrize("closing", ["收入明显提高。", "收入明显提高。（吴青）"])
def test_a_kicker_and_headline_run_on_under_the_story_above_head_the_next_story(closing: str) -> None:
    lines = [
        "渔港开渔季渔船满载而归",
        *STORY_A,
        closing,
        "扩大开放便利停车——",
        "城区智慧停车场投入使用",
        *STORY_B,
    ]
    articles = segment_page("\n".join(lines))
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "渔港开渔季渔船满载而归"),
        ("扩大开放便利停车", "城区智慧停车场投入使用"),
    ]
    assert articles[0].paragraphs[-1].endswith(closing)
    assert articles[1].paragraphs[0].startswith("城区首座")


def test_a_headline_run_on_under_a_photos_credit_over_a_dateline_heads_the_next_story() -> None:
    # a photo closing the story above (its caption closed by its credit), then the next story's
    # headline and its dateline, all with no blank line between
    lines = [
        "渔港开渔季渔船满载而归",
        *STORY_A,
        "收入明显提高。",
        "",
        "渔船在码头卸货。  王青摄",
        "城区智慧停车场投入使用",
        "本报讯  城区首座智慧停车场日",
        "前投入使用。市民通过手机即可",
        "查询空余车位并在线缴费。",
    ]
    articles = segment_page("\n".join(lines))
    assert [a.headline for a in articles if a.kind == "article"] == [
        "渔港开渔季渔船满载而归",
        "城区智慧停车场投入使用",
    ]
    assert articles[-1].paragraphs[0].startswith("城区首座")


def test_a_tagged_question_headline_between_a_text_and_a_byline_heads_the_next_story() -> None:
    # `…吗？（栏目）`: the question mark before the column's tag ends the title, not a sentence
    lines = [
        "渔港开渔季渔船满载而归",
        *STORY_A,
        "收入明显提高。",
        "停车难，智慧停车场能解决吗？（民生观察）",
        "本报记者  李文清",
        "\u3000\u3000城区首座智慧停车场日前",
        "投入使用。市民通过手机即可查",
        "询空余车位并在线缴费。",
    ]
    articles = segment_page("\n".join(lines))
    assert [a.headline for a in articles] == [
        "渔港开渔季渔船满载而归",
        "停车难，智慧停车场能解决吗？（民生观察）",
    ]
    assert [p.name for p in articles[1].authors] == ["李文清"]


def test_a_headline_run_on_under_a_text_closed_by_two_notes_in_brackets_heads_that_story() -> None:
    """The story's last sentence is followed by two notes in brackets (the part of a series and
    the place it was filed from): the text is finished there all the same, and the title run on
    under it is its headline, not a last line of its paragraph."""
    lines = [*GLUED[:7], "收入提高。（上）（本报东湖电）", *GLUED[8:]]
    articles = segment_page("\n".join(lines))
    assert [a.headline for a in articles] == ["渔港开渔季渔船满载而归", "城区智慧停车场投入使用"]
    assert articles[0].paragraphs[-1].endswith("（上）（本报东湖电）")


def test_a_kicker_and_headline_run_on_under_a_text_over_the_next_storys_title_head_that_text() -> None:
    """A report's text, then its kicker and headline printed after it with the blank line between
    lost, a blank, and the next report's one-line headline over its byline: the two run-on lines
    are the first report's kicker and headline, not two last lines of its paragraph."""
    lines = [
        *GLUED[1:8],
        "东湖渔港今年渔获增两成",
        "渔港开渔季渔船满载而归",
        "",
        "城区智慧停车场投入使用",
        "",
        *GLUED[10:18],
    ]
    articles = segment_page("\n".join(lines))
    assert [(a.kicker, a.headline) for a in articles] == [
        ("东湖渔港今年渔获增两成", "渔港开渔季渔船满载而归"),
        (None, "城区智慧停车场投入使用"),
    ]
    assert articles[0].paragraphs[-1].endswith("收入明显提高。")


def test_a_headline_run_on_under_a_note_in_brackets_over_two_lines_heads_that_story() -> None:
    """The story's last sentence is followed by a note in brackets that opens on its line and
    closes on the next (the writer's place and name): the text is finished at the bracket's close,
    and the title run on under it is the story's headline."""
    lines = [*GLUED[:7], "收入明显提高。（东湖县渔业站", "张三）", *GLUED[8:]]
    articles = segment_page("\n".join(lines))
    assert [a.headline for a in articles] == ["渔港开渔季渔船满载而归", "城区智慧停车场投入使用"]
    assert articles[0].paragraphs[-1].endswith("（东湖县渔业站张三）")


def test_a_long_kicker_over_a_headline_wrapped_in_its_tag_run_on_under_a_text_heads_that_text() -> None:
    """A report's text and a contributor's note, then its heading printed after it with the blank
    line between lost: a kicker over two lines closed by its dash, a headline wrapped inside its
    column's tag. A blank, then the next report's headline over its dateline: the four run-on lines
    are the first report's kicker and headline, whole."""
    lines = [
        *GLUED[1:8],
        "（吴青参与采写）",
        "沿海渔港迎来开渔季、渔获量比去",
        "年增加两成——",
        "渔港开渔季渔船满载而归（民生观",
        "察）",
        "",
        "城区首座智慧停车场日前投入使用",
        "本报讯  城区首座智慧停车场日前",
        "投入使用。市民通过手机即可查",
        "询空余车位并在线缴费。",
    ]
    articles = segment_page("\n".join(lines))
    assert [(a.kicker, a.headline) for a in articles] == [
        ("沿海渔港迎来开渔季、渔获量比去年增加两成", "渔港开渔季渔船满载而归（民生观察）"),
        (None, "城区首座智慧停车场日前投入使用"),
    ]
    assert articles[0].paragraphs[-1] == "（吴青参与采写）"


def test_a_kicker_of_three_lines_run_on_under_a_photos_credit_heads_the_next_story() -> None:
    """A story's photo, its credit, then the next story's heading with no blank line between: a
    kicker wrapped over three lines and closed by its dash, and its headline; a blank, then its
    byline and text. The four lines head the next story, not the photo."""
    lines = [
        "渔港开渔季渔船满载而归",
        *STORY_A,
        "收入明显提高。",
        "",
        "渔船在码头卸货。",
        "王青摄",
        "城区首座智慧停车场日前投入",
        "使用，市民通过手机即可查询空",
        "余车位——",
        "停车不再难",
        *STORY_B,
    ]
    articles = [a for a in segment_page("\n".join(lines)) if a.kind == "article"]
    assert [(a.kicker, a.headline) for a in articles] == [
        (None, "渔港开渔季渔船满载而归"),
        ("城区首座智慧停车场日前投入使用，市民通过手机即可查询空余车位", "停车不再难"),
    ]
    assert articles[1].paragraphs[0].startswith("城区首座智慧停车场日前")
