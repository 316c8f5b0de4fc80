"""A photo set into a column of a story's text, on a hand-made page: the extracted text prints its
captions between two lines of one sentence. The sentence reads whole, the photo's captions follow
it in the story, and neither part of the sentence becomes a title.
"""

from __future__ import annotations

from reader.page.segment import explain, segment

HEAD = ["江城日报  2026年2月11日 星期三  第3版  城市", "", "老街改造留住烟火气", "", "本报记者  王  平", ""]
OPENING = [
    "今年以来，我市对城区十二",
    "条老街进行改造，在保留原有",
    "街巷格局的基础上，更新了地",
    "下管网和路面。",
    "",
]
# the sentence the photo breaks: `…召开座` over the photo, `谈会…` under it
BROKEN = ["改造中，施工方邀请居民代", "表参与方案讨论，先后召开座"]
PHOTO = ["图①：改造后的青石巷一角。", "图②：居民在新建的口袋公园里休憩。", "  本报记者  李  明摄"]
GOES_ON = ["谈会二十余场，收集意见三百", "多条。"]
REST = [
    "",
    "“以前一下雨路面就积水，",
    "现在走路舒心多了。”家住青",
    "石巷的居民张大爷说。",
    "",
    "社区食堂开进老小区",
    "",
    "本报讯（记者 刘  洋）近日，",
    "位于东湖街道的社区食堂正式",
    "开门营业，为周边老人提供午",
    "餐和晚餐。",
]
SENTENCE = "改造中，施工方邀请居民代表参与方案讨论，先后召开座谈会二十余场，收集意见三百多条。"


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def _read_whole(text: str) -> None:
    first, second = segment(text).articles
    assert first.headline == "老街改造留住烟火气"
    assert first.kicker is None
    assert first.paragraphs[1] == SENTENCE
    assert first.paragraphs[2] == "图①：改造后的青石巷一角。"
    assert first.paragraphs[3].startswith("图②：居民在新建的口袋公园里休憩。")
    assert first.paragraphs[4].startswith("“以前一下雨路面就积水")
    assert second.headline == "社区食堂开进老小区"


def test_a_photo_set_apart_inside_a_sentence_leaves_the_sentence_whole_and_titles_nothing() -> None:
    # the extractor left blank lines around the photo, as at a column break
    _read_whole(_page(HEAD, OPENING, BROKEN, [""], PHOTO, [""], GOES_ON, REST))


def test_a_photo_set_tight_inside_a_sentence_leaves_the_sentence_whole() -> None:
    _read_whole(_page(HEAD, OPENING, BROKEN, PHOTO, GOES_ON, REST))


def test_explain_shows_the_line_over_the_photo_read_as_text() -> None:
    rows, _ = explain(_page(HEAD, OPENING, BROKEN, [""], PHOTO, [""], GOES_ON, REST))
    over = next(r for r in rows if r.text.endswith("先后召开座"))
    assert over.role == "body"
    assert "text_past_photo" in [name for name, _ in over.evidence]


def test_a_photo_between_two_finished_paragraphs_stays_where_it_is_printed() -> None:
    finished = ["改造中，施工方邀请居民代", "表参与方案讨论。", ""]
    first, _ = segment(_page(HEAD, OPENING, finished, PHOTO, [""], GOES_ON, REST)).articles
    assert first.paragraphs[1] == "改造中，施工方邀请居民代表参与方案讨论。"
    assert first.paragraphs[2] == "图①：改造后的青石巷一角。"
    assert first.paragraphs[4] == "谈会二十余场，收集意见三百多条。"


def test_captions_set_flush_between_indented_paragraphs_stand_apart() -> None:
    # no blank line on the page: paragraphs open with an indent, and a photo's captions stand in
    # the column between two of them, set flush, each closed by its credit
    page = [
        "老街改造留住烟火气",
        "本报记者  王  平",
        "\u3000\u3000今年以来，我市对城区十二条老",
        "街进行改造，更新了地下管网和路面。",
        "\u3000\u3000“以前一下雨就积水。”居民说。",
        "改造后的青石巷一角，居民在新建的",
        "口袋公园里休憩。  李  明摄",
        "东湖路的老商铺重新开张。  李  明摄",
        "\u3000\u3000据介绍，明年我市还将改造八条",
        "老街，并同步建设口袋公园和停车设施。",
    ]
    (article,) = segment("\n".join(page) + "\n").articles
    assert article.paragraphs[1] == "“以前一下雨就积水。”居民说。"
    assert article.paragraphs[2].startswith("改造后的青石巷一角，居民在新建的口袋公园里休憩。")
    assert article.paragraphs[3].startswith("东湖路的老商铺重新开张。")
    assert article.paragraphs[4] == "据介绍，明年我市还将改造八条老街，并同步建设口袋公园和停车设施。"
