"""Names alone on a line next to the line naming a story's reporters are not lost.

A story prints one byline: where names alone stand next to a line or a dateline naming reporters by
their role, the article's authors are the reporters (`segment._assemble`). The names are another
story's signature, a kicker or a title's word; where no field takes them they stay in the byline's
text, in page order (`reader.page.unsigned`), so that a reader who quotes the page finds every line of
it in the articles.
"""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import SCHOOL_MEALS

HEADLINE = "高原小水电并网发电"
TEXT = [
    "\u3000\u3000高原上的几座小水电站近日并网发电，附",
    "近村庄的用电难题有了着落。",
    "\u3000\u3000电站由村里合作社管护，收益按户分",
    "红，每季度公示一次。",
]
DATED = [
    "\u3000\u3000本报拉萨９月１日电（记者方园园）高原",
    "上的几座小水电站近日并网发电，附",
    "近村庄的用电难题有了着落。",
    "\u3000\u3000电站由村里合作社管护，收益按户分",
    "红，每季度公示一次。",
]


def _read(lines: list[str]) -> list:
    return segment("\n".join(lines) + "\n").articles


def test_names_over_a_reporters_line_stay_in_the_byline() -> None:
    articles = _read([HEADLINE, "", "林  涛", "", "本报记者  方园园", "", *TEXT, ""])
    assert [a.byline for a in articles] == ["林涛 本报记者 方园园"]
    assert articles[0].authors == [Author("记者", "方园园")]


def test_names_between_a_title_printed_after_its_text_and_a_reporters_line_are_kept() -> None:
    lines = [*SCHOOL_MEALS, "", "小食堂的大账本（快评）", "", "林  涛", "", "本报记者  方园园", "", *TEXT]
    articles = _read([*lines, "", HEADLINE, ""])
    assert [a.byline for a in articles] == [None, "林涛 本报记者 方园园"]


def test_names_under_a_dated_text_close_its_byline() -> None:
    articles = _read([HEADLINE, "", *DATED, "林  涛", ""])
    assert articles[0].byline == "本报拉萨９月１日电（记者 方园园） 林涛"
    assert articles[0].authors == [Author("记者", "方园园")]


def test_names_over_a_dated_text_open_its_byline() -> None:
    articles = _read([HEADLINE, "", "林  涛", "", *DATED, ""])
    assert articles[0].byline == "林涛 本报拉萨９月１日电（记者 方园园）"
    assert articles[0].paragraphs[0].startswith("高原上")
