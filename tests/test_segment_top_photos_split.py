"""Photos printed in a row at the page's top, over the first story, each go to the story whose words
their caption shares: a page may print several stories' photos there."""

from __future__ import annotations

from reader.page.segment import segment
from tests.test_segment_conventions import body

CHERRIES = [
    "四月下旬，湖滨县樱桃园里的樱桃陆续成熟，前来采摘樱桃的游客络绎不绝。",
    "湖滨县今年樱桃种植面积扩大到两万亩，游客在樱桃园采摘之余，还能品尝农家菜。",
]
LIBRARY = [
    "城南图书馆今年开设夜读区，每晚开放到十点，市民下班后也能来图书馆读书。",
    "夜读区开放以来，城南图书馆每晚接待读者数百人次，不少市民带着孩子来夜读。",
]


def test_each_photo_at_the_page_top_goes_to_the_story_its_caption_tells_of() -> None:
    lines = [
        "游客在湖滨县樱桃园采摘樱桃。",
        "张  三摄",
        "",
        "市民在城南图书馆夜读区读书。",
        "李  四摄",
        "",
        "樱桃红了  游客来了",
        "本报记者  周  明",
        "",
        *body(CHERRIES),
        "城南图书馆点亮夜读灯",
        "本报记者  林  晓",
        "",
        *body(LIBRARY),
    ]
    articles = {a.headline: a.paragraphs for a in segment("\n".join(lines) + "\n").articles}
    assert articles["樱桃红了 游客来了"][0].startswith("游客在湖滨县樱桃园")
    assert not any("图书馆夜读区读书" in p for p in articles["樱桃红了 游客来了"])
    assert articles["城南图书馆点亮夜读灯"][0].startswith("市民在城南图书馆夜读区读书")
