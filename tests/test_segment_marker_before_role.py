"""A byline opened by a marker (`■ 本报记 者  X`, an OCR space slipped into its role word) is no
brief item's run-in title: a page printed with no blank lines, where such a byline stands under
an interview's `——访…` line, segments without failing and keeps the reporter as the byline."""

from __future__ import annotations

from reader.page.segment import segment

PAGE = [
    "小农具走进田间地头（探访）",
    "■ 本报记者  林木森  周  青  吴  江",
    "编者按：电动收割机、小型播种",
    "——访甲型机、乙型机两款农机总设计 师王立新",
    "■ 本报记 者  陈晓东",
]


def test_a_marked_byline_with_a_slipped_role_word_segments_and_names_its_reporter() -> None:
    articles = segment("\n".join(PAGE)).articles
    assert [a.headline for a in articles][0] == "小农具走进田间地头（探访）"
    assert [p.name for p in articles[-1].authors] == ["陈晓东"]
