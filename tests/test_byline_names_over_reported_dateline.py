"""Names alone set right over a dateline that names its reporters in the text's first words
(`本报X电记者Y报道：…`, the older form) are no byline of that text: they go with the headline
printed after the text above, which they sign."""

from __future__ import annotations

from reader.model import Author
from reader.page.segment import segment
from tests.pagegen import SCHOOL_MEALS

ABOVE = SCHOOL_MEALS
BELOW = [
    "\u3000\u3000本报拉萨９月１日电记者方园园报道：",
    "高原上的几座小水电站近日并网发电，附",
    "近村庄的用电难题有了着落。",
    "\u3000\u3000电站由村里合作社管护，收益按户分",
    "红，每季度公示一次。",
]


def test_names_alone_over_a_reported_dateline_sign_the_story_above() -> None:
    lines = [*ABOVE, "", "小食堂的大账本（快评）", "", "林  涛", "", *BELOW, "", "高原小水电并网发电", ""]
    articles = segment("\n".join(lines) + "\n").articles
    assert [a.headline for a in articles] == ["小食堂的大账本（快评）", "高原小水电并网发电"]
    assert articles[0].authors == [Author("", "林涛")]
    assert articles[1].authors == [Author("记者", "方园园")]
