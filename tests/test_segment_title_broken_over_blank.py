"""Title lines broken by a column's break, the break's blank line printed between the halves: a
headline broken inside the title marks it opens (`…《春江` / `` / `花月夜》首演`) is one headline; a
line closed by a date or an hour in brackets (a forecast's heading) is no column's tag and heads no
story."""

from __future__ import annotations

from reader.page.segment import explain, segment
from tests.pagegen import chop

_WIDTH = 16

HEAD = "南湾剧团新排《春江"
TAIL = "花月夜》今晚首演"
FIRST = [
    "　　南湾剧团新排的舞剧今晚在县文化中心首演，三十多名演员都是剧团的年轻人。",
    "　　舞剧排练了半年，服装和布景都由剧团自己设计制作，首演的票三天前就已售完。",
]
SECOND_TITLE = "东湖木桥今天通行"
SECOND = [
    "　　东湖镇新修的木桥今天通行，桥长八十米，连起了河两岸的三个村子。",
    "　　如今走路五分钟就能到对岸的集市，赶集的老人说，再也不用天不亮就出门了。",
]
FORECAST = "明日天气预报（1月9日20时—10日20时）"


def _page(under_first: list[str]) -> str:
    """Two stories, each headed before its byline and text; the first headline broken at a column's
    end; `under_first` printed after the first story's text."""
    lines = [HEAD, "", TAIL, "", "本报记者  甲乙丙", ""]
    for paragraph in FIRST:
        lines += chop(paragraph, _WIDTH)
    lines += under_first
    lines += ["", SECOND_TITLE, "", "本报记者  丁戊己", ""]
    for paragraph in SECOND:
        lines += chop(paragraph, _WIDTH)
    return "\n".join(lines)


def test_a_headline_broken_inside_its_title_marks_across_a_blank_line_is_one_headline() -> None:
    """Before, the first half was read as a kicker (or a headline of its own) over the second."""
    articles = segment(_page([])).articles
    assert [a.headline for a in articles] == [HEAD + TAIL, SECOND_TITLE]
    assert articles[0].kicker is None


def test_a_line_closed_by_a_dated_bracket_is_not_read_as_a_column_tag() -> None:
    """`duba segment --explain` says what the bracket is: a date, not a column's name."""
    rows, _ = explain(_page(["", FORECAST]), "page.txt")
    forecast = next(row for row in rows if row.text == FORECAST)
    cited = [name for name, _ in forecast.evidence]
    assert "dated_bracket" in cited
    assert "column_tag" not in cited
    assert forecast.role not in ("kicker", "headline")


def test_a_dated_line_closing_a_story_headed_after_it_is_the_story_s_text_not_a_kicker() -> None:
    """A story whose title is printed after its text, the text's last line a forecast's heading closed
    by its date in brackets, then the headline: the line ends the text (a finished line, as a
    sentence is), and the headline stands without a kicker. Before, the text read as running on
    past a column's end, and the line was made the headline's kicker."""
    lines = chop("本报讯（记者 甲乙丙）" + FIRST[0].strip(), _WIDTH) + chop(FIRST[1].strip(), _WIDTH)
    lines += ["", "剧团团长到场并讲了话。", FORECAST, "", SECOND_TITLE, ""]
    lines += chop("本报讯（记者 丁戊己）" + SECOND[0].strip(), _WIDTH) + chop(SECOND[1].strip(), _WIDTH)
    lines += ["", HEAD + TAIL, ""]
    articles = segment("\n".join(lines)).articles
    first = articles[0]
    assert (first.kicker, first.headline) == (None, SECOND_TITLE)
    assert first.paragraphs[-1] == FORECAST
