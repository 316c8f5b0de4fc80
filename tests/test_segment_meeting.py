"""Two stories' texts that meet with no heading between them (`reader.page.meeting`): a story headed
before its body, then one whose headline is printed after its body, on a page that parts paragraphs
with blank lines. The first story ends where the texts stop sharing words, not at the first break
the labelling could cut (under its dateline's paragraph)."""

from __future__ import annotations

from reader.page.segment import segment

_WIDTH = 18


def _column(paragraph: str) -> list[str]:
    return [paragraph[k : k + _WIDTH] for k in range(0, len(paragraph), _WIDTH)]


def _page(*parts: str | list[str]) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
        lines.append("")
    return "\n".join(lines)


CANALS = [
    "青山县今春新修水渠一百二十条，灌溉农田三万亩，春耕用水比往年早了半个月。",
    "青山县地处丘陵，过去农田灌溉靠天吃饭，一到春耕就为水发愁。去年冬天，县里组织各乡修建"
    "水渠，把水库里的水引到田边。今年春耕，新修的水渠第一次放水，沿线农田都浇上了返青水。",
    "水渠修好以后，县里还成立了管水协会，由村民轮流看管水渠，按时放水灌溉，渠边种上了护坡"
    "的树苗。农民说，有了水渠，春耕心里就踏实了，今年的农田灌溉不用再等老天下雨。",
]
READERS = [
    "夜深了，街角的图书馆还亮着灯。读者们坐在长桌两旁，有的翻着厚厚的字典，有的低头做着"
    "笔记，屋子里只听得见翻书的声音。",
    "这座图书馆开放到晚上十点，是附近居民的书房。一位退休教师说，每天晚饭后来这里读上两个"
    "小时报纸和杂志，是一天中最安静的时光。几个中学生也常来，借一本小说，一坐就是一晚。",
    "书香飘进寻常巷陌，一盏盏灯光照亮的，是一座城市的精神底色。",
]


def test_a_story_headed_after_its_body_under_one_headed_before_opens_where_the_texts_part() -> None:
    """A report headed before its body (its first paragraph opens with the dateline) and under it a
    column piece whose headline stands after its text: the report keeps all three of its
    paragraphs, and the column piece opens with its own first paragraph."""
    text = _page(
        "山村水渠通到田头",
        _column("本报青山3月2日电  （记者林木）" + CANALS[0]),
        *(_column(p) for p in CANALS[1:]),
        *(_column(p) for p in READERS),
        "夜读的灯光（随笔）",
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["山村水渠通到田头", "夜读的灯光（随笔）"]
    assert [len(a.paragraphs) for a in articles] == [3, 3]
    assert articles[1].paragraphs[0].startswith("夜深了")
