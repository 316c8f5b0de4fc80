"""A note closing a text in brackets (`（摘编自…）`) broken off by a column's end: its last words,
set alone over a blank line, close the note and the text; they are no title of the next story."""

from __future__ import annotations

from reader.page.segment import explain, segment
from tests.pagegen import chop


def _column(paragraph: str) -> list[str]:
    lines = [paragraph[k : k + 14] for k in range(0, len(paragraph), 14)]
    return ["\u3000\u3000" + lines[0], *lines[1:]]


FARMS = [
    "春耕时节，青山县的田野里一片繁忙，农机手驾驶着拖拉机来回翻耕，播种机紧随其后。",
    "今年县里新建了农机服务站，农户在手机上就能预约农机，耕种收全程都有人帮忙。",
]
READERS = [
    "夜深了，街角的图书馆还亮着灯。读者们坐在长桌两旁，有的翻着厚厚的字典，有的低头做着笔记。",
    "这座图书馆开放到晚上十点，是附近居民的书房，一坐就是一晚。",
]


def test_the_rest_of_a_broken_source_note_closes_the_text_above() -> None:
    """Two commentaries, each closed by the paper it was excerpted from; the first note breaks off
    at a column's end (`…，原` / `题为《…》）`): its rest closes the first commentary, and the second
    opens with its own headline, no kicker over it."""
    lines = ["农机进田好春耕（纵横）", "林  木"]
    for paragraph in FARMS:
        lines += _column(paragraph)
    lines += [
        "\u3000\u3000（摘编自《青山日报》，原",
        "",
        "题为《农机服务到田头》）",
        "",
        "灯下读书人（纵横）",
        "李  青",
    ]
    for paragraph in READERS:
        lines += _column(paragraph)
    lines.append("\u3000\u3000（摘编自《江城晚报》）")
    articles = segment("\n".join(lines)).articles
    assert [a.headline for a in articles] == ["农机进田好春耕（纵横）", "灯下读书人（纵横）"]
    assert articles[0].paragraphs[-1] == "（摘编自《青山日报》，原题为《农机服务到田头》）"
    assert articles[1].kicker is None


def test_the_rest_of_a_long_note_broken_after_several_lines_closes_the_text_above() -> None:
    """A note long enough to run over several lines before the column's end breaks it (a page set
    flush, no indents): its rest, alone over a blank line, closes it, and the commentary under it
    keeps its headline. Only a note broken on its own first line was read so."""
    lines = ["农机进田好春耕（纵横）", "", "林  木", ""]
    for paragraph in FARMS:
        lines += [*chop(paragraph, 14), ""]
    note = "（相关报道见青山日报客户端、青山新闻网和本报官方公众号的同名专题）"
    lines += [note[:14], note[14:28], "", note[28:], "", "", "灯下读书人（纵横）", ""]
    opening = "街角的灯光，启人思考。"  # (a one-line first paragraph)
    for paragraph in [opening, *READERS]:
        lines += [*chop(paragraph, 14), ""]
    units, segmentation = explain("\n".join(lines))
    articles = segmentation.articles
    assert [a.headline for a in articles] == ["农机进田好春耕（纵横）", "灯下读书人（纵横）"]
    assert articles[0].paragraphs[-1] == note
    assert articles[1].paragraphs == [opening, *READERS]
    # `--explain` says why the note's rest is no title: it closes the note (a trailer)
    (rest,) = [unit for unit in units if unit.text == note[28:]]
    assert rest.role == "body" and "trailer" in dict(rest.evidence)
