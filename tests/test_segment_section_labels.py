"""A package's section label (`协同`, `融合`, `新闻速览`): a word of two to four ideographs set alone
between the stories it groups, over the next story's heading and byline. It belongs to no story (see
`reader.page.furniture.section_label`)."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_A, BODY_B, BODY_C, body, page


def _heads(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(a.kicker, a.headline, a.paragraphs) for a in segment(text).articles]


# two stories with a package's label between them
_LABELLED = page(
    "便民利企举措落地",
    "本报记者 王军豪",
    body(BODY_B),
    "协同",
    "春耕备耕忙",
    "■ 本报记者 刘  桐",
    body(BODY_A),
)


def test_a_section_label_between_two_stories_heads_neither() -> None:
    assert _heads(_LABELLED) == [(None, "便民利企举措落地", BODY_B), (None, "春耕备耕忙", BODY_A)]


def test_a_section_label_set_aside_is_kept_with_the_pages_furniture() -> None:
    """The label heads no story, but nothing printed is lost: `--json` gives it in the page's
    metadata, with its running head and editors."""
    result = segment(_LABELLED)
    assert result.meta.labels == ["协同"]
    assert result.meta.to_dict()["labels"] == ["协同"]


def test_a_two_letter_subhead_over_text_stays_in_the_story() -> None:
    text = page("春耕备耕忙", "■ 本报记者 刘  桐", body(BODY_A[:1]), "协同", body(BODY_A[1:]))
    [(kicker, headline, paragraphs)] = _heads(text)
    assert paragraphs == [BODY_A[0], "协同", *BODY_A[1:]]


def test_a_spaced_four_letter_label_over_stacked_briefs_heads_none_of_them() -> None:
    """`新  闻  速  览` over a brief's kicker and headline is the section's label: read as the brief's
    kicker it pushed the kicker down to headline and the headline to subtitle."""
    text = page(
        "市场  12",
        "综  合  快  讯",
        "多部门联合部署春季农业生产",
        "春耕备耕全面铺开",
        body(BODY_A, first="本报北京3月2日电  （记者刘桐）"),
        "便民利企新举措落地",
        body(BODY_B, first="本报讯（记者 王军豪）"),
    )
    heads = [(a.kicker, a.headline, a.subtitle) for a in segment(text).articles]
    assert heads == [
        ("多部门联合部署春季农业生产", "春耕备耕全面铺开", None),
        (None, "便民利企新举措落地", None),
    ]


def test_a_short_headline_right_under_its_story_is_not_dropped() -> None:
    """A headline of four letters printed after its story, tight under the story's last line, over
    the next story's kicker and headline, is no section's label (a label stands apart above too):
    it stays on the page as a title."""
    text = page(
        body(BODY_C)[:-1] + ["书香满城", ""],
        "多部门联合部署春季农业生产",
        "春耕备耕全面铺开",
        body(BODY_A, first="本报北京3月2日电  （记者刘桐）"),
    )
    titles = [t for a in segment(text).articles for t in (a.kicker, a.headline, a.subtitle)]
    assert "书香满城" in titles


def test_a_short_headline_after_its_story_over_a_wrapped_headline_is_kept() -> None:
    """A headline of three letters printed after its story, set apart, over the next story's
    headline wrapped onto its last letter (`…推出“午间不打烊”服` / `务`): one title line there, so
    no label's two, and the short headline stays its story's."""
    text = page(
        body(BODY_C),
        "读书人",
        ["区政务服务中心推出“午间不打烊”服", "务"],
        "本报记者  王军豪",
        body(BODY_B),
    )
    titles = [t for a in segment(text).articles for t in (a.kicker, a.headline, a.subtitle)]
    assert "读书人" in titles


def test_a_label_set_tight_over_the_next_headline_heads_no_story() -> None:
    """A two-letter label printed right over the next story's headline, no blank line between
    (`纵横` / headline / byline), is the section's: read as the headline, it had pushed the story's
    headline into its text."""
    text = page(
        "便民利企举措落地",
        "本报记者 王军豪",
        body(BODY_B),
        ["评说", "春耕备耕忙"],
        "■ 本报记者 刘  桐",
        body(BODY_A),
    )
    assert _heads(text) == [(None, "便民利企举措落地", BODY_B), (None, "春耕备耕忙", BODY_A)]


def test_a_four_letter_label_tight_over_a_briefs_heading_is_no_kicker() -> None:
    """`综合快讯` set tight over a brief's kicker and headline, under a finished story and a blank
    line: the brief keeps its kicker and headline, none pushed down to subtitle."""
    text = page(
        "便民利企新举措落地",
        body(BODY_B, first="本报讯（记者 王军豪）"),
        ["综合快讯", "多部门联合部署春季农业生产", "春耕备耕全面铺开"],
        body(BODY_A, first="本报北京3月2日电  （记者刘桐）"),
    )
    heads = [(a.kicker, a.headline, a.subtitle) for a in segment(text).articles]
    assert heads == [
        (None, "便民利企新举措落地", None),
        ("多部门联合部署春季农业生产", "春耕备耕全面铺开", None),
    ]
