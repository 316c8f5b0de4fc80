"""Page furniture: running heads (paper, date, page number, section) and editor credits.

These lines are not part of any article; what they say goes into `PageMeta`.
"""

from __future__ import annotations

import re

from reader.model import PageMeta
from reader.page import rx
from reader.page.blocks import BOX, dateline_head, line_byline
from reader.page.credits import credit_line
from reader.page.lexicon import is_place, spans_word
from reader.page.names import COMMON_SURNAMES, PLACE_RANKS, surnamed
from reader.page.people import parse_people
from reader.page.textclean import ends_sentence, is_ideograph, squeeze_letter_spacing

# a name as credits print it: two to four characters, or two letter-spaced to the width of three
_CREDITED = r"(?:[\u3400-\u9fff][ \u3000]{1,3}[\u3400-\u9fff](?=\s|$)|[^\s：:]{2,4})"
_EDITOR = rx.compile(
    r"(责任编辑|责编|编辑|美编|美术编辑|图片编辑|版式设计|版式|校对|组版|排版|审读|照排|制图|统筹|策划)"
    rf"\s*[：:\s]\s*({_CREDITED}(?:\s+(?!版式|美编|美术|图片|校对|组版|排版|审读|照排|制图){_CREDITED})*)"
)  # one role with one or several names: `本版责编：张三  李  四  版式设计：王五`
# a chart's maker on a line of its own (`制图：张三`), and the chart's source it is printed under
MOST_EDGE = 6
"""A running head at a page's edge, or its editors' credits, run to this many lines at most."""
CHART_MAKER = rx.compile(r"制图\s*[：:]\s*\S.{0,10}")
CHART_SOURCE = rx.compile(r"(?:数据|资料)来源[：:][^，。]{1,30}")
_DATE = rx.compile(r"(\d{4})\s*(?:年|[.\-/])\s*(\d{1,2})\s*(?:月|[.\-/])\s*(\d{1,2})\s*日?")
_PAGE_NO = rx.compile(r"第\s*([0-9A-Za-z]{1,4})\s*版|(?<![0-9A-Za-z])([A-Z]?\d{1,2})\s*版(?![权])")
# A page code standing alone in a running head: `A3`, `03`, `B12`
_PAGE_LABEL = rx.compile(r"(?:^|\s)[A-Z]?\d{1,2}(?:\s|$)")
# A newspaper's name in its running head ends in 报 (日报, 晚报, 时报, …)
_PAPER = rx.compile(r"(?:^|\s)([\u4e00-\u9fff]{1,8}报)(?:\s|$)")
# every running head or credit line has a digit or one of these words: 编 版 校 审 排 制图 星期 统筹 策划 (the
# words' first characters as one class, the rest checked after it: twice as fast as the words as
# alternatives, and most lines fail here)
_MAYBE = rx.compile(r"[0-9０-９编版校审排制星](?:(?<=制)图|(?<=星)期|(?<![制星]))|统筹|策划")
# a single space slipped between two characters of a word (`版式设 计：…`, `…  罗 小川  …`) on a page
# whose text slips spaces in; the gaps a credit line sets between names and roles are wider or
# stand beside a colon
_SLIP = rx.compile(r"(?<=[^\s：:]) (?=[^\s：:])")
# a line of running text, never a running head: a sentence stop before the line's end (`…共13人。（名单见
# 12版）`), or a bracket it closes that it did not open (`9日20时）`, a wrapped line's end)
_RUNNING = rx.compile(r"[。！？](?=.)|^[^（(]*[）)]")
_WEEKDAY = rx.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
# a section's name alone on a line: two to four ideographs, maybe letter-spaced (`要闻`, `理 论`, `国际副刊`)
SECTION = rx.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}")
# … and set among a running head's other parts, standing apart from them (`经济·科技`)
_SECTION_WORD = rx.compile(r"(?<!\S)([\u4e00-\u9fff][\u4e00-\u9fff·]{1,7})(?!\S)")
# the lunar date a running head prints beside the date (`农历腊月初三`, `乙巳年腊月初三`): no section
_LUNAR = rx.compile(
    r"农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|[正一二三四五六七八九十冬腊]月[初十廿卅]"
)
_SLIPPED = rx.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def names_editors(text: str) -> bool:
    """Does the line credit a page's editors (`本版责编：X  版式设计：Y`), wherever it stands?"""
    return _EDITOR.search(text) is not None


def furniture(line: str, meta: PageMeta, at_edge: bool = False) -> bool:
    """Is this line a running head or an editor credit? Record what it says in `meta`.

    `at_edge` marks the first and last few lines of the page, where a bare date is a running head.
    """
    text = line.strip()
    if not text or len(text) > 60 or not _MAYBE.search(text):
        return False
    if _credits(text, meta) or (" " in text and "：" in text and _credits(_SLIP.sub("", text), meta)):
        return True
    date = _DATE.search(text)
    plain = len(text) <= 30 and not ends_sentence(text) and "，" not in text
    if not date and not plain:
        return False  # (all that follows needs one or the other: most body lines with a digit stop here)
    page = _PAGE_NO.search(text)
    weekday = _WEEKDAY.search(text)
    label = _PAGE_LABEL.search(text)
    # a bare page code counts only on a short line of its own (`要闻  05`), not in a dateline
    short_head = len(text) <= 12 and not any(c in text for c in "电讯（(")
    label = label if label and (short_head or (date and weekday)) else None
    apart = date is not None and _apart(text, date.start(), date.end())
    if (date and (page or weekday)) or (page and plain) or (at_edge and plain and (apart or label)):
        if _RUNNING.search(text):
            return False  # (asked last: few lines come this far)
        paper = _PAPER.search(text)
        if paper and not meta.paper:
            meta.paper = paper.group(1)
        if date and not meta.date:
            meta.date = f"{int(date.group(1)):04d}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
        if page and not meta.page_no:
            meta.page_no = page.group(1) or page.group(2)
        elif label and not meta.page_no and (at_edge or (date and weekday)):
            meta.page_no = label.group().strip()
        if not meta.section:
            meta.section = _section_beside(text, (paper, date, weekday, page, label))
        return True
    return False


def _section_beside(text: str, said: tuple[re.Match[str] | None, ...]) -> str:
    """The section's name a running head sets among its other parts (`第2版  科技`, `A3 要闻`,
    `人民日报  2025年1月2日  星期四  要闻`): the one word of ideographs left standing apart once the
    paper, date, weekday and page are taken out; none where two are left (which would be a guess)."""
    rest = list(text)
    for match in said:
        if match is not None:
            rest[match.start() : match.end()] = " " * (match.end() - match.start())
    # (a space slipped into the name, `读者来 信`, is no gap between two parts)
    left = _SLIPPED.sub("", "".join(rest))
    words = [word for word in _SECTION_WORD.findall(left) if "报" not in word and not _LUNAR.search(word)]
    return words[0] if len(words) == 1 else ""


def _credits(text: str, meta: PageMeta) -> bool:
    """Is the whole line editor credits (`本版责编：张三  李  四`)? Record them in `meta`."""
    if CHART_MAKER.fullmatch(text):
        return False  # (a chart's maker alone credits the chart of a story: `pageblocks` joins its source)
    editors = _EDITOR.findall(text)
    if editors and not ends_sentence(text) and "，" not in text:
        # the whole line must be credits: what is left after removing them is short
        rest = _EDITOR.sub("", text).strip(" 　|│/")
        if len(rest) <= 4 or (text.startswith("本版") and len(rest) <= 12):
            meta.editors.extend(f"{role}：{_names(name)}" for role, name in editors)
            return True
    return False


def _names(printed: str) -> str:
    """The editors a credit names, a space between two (`周  洁  赵  越  孙立新`: `周洁 赵越 孙立新`);
    as printed, letter-spacing folded, where they do not read as names."""
    people = parse_people(printed)
    if people and all(not a.role for a in people):
        return " ".join(a.name for a in people)
    return squeeze_letter_spacing(printed)


def _apart(text: str, start: int, end: int) -> bool:
    """Does the date at `start:end` stand apart, as a running head sets it (`人民日报  2025年1月2日`),
    not run into words as a body line cut at the column does (`…你可记得1997年8月22日`,
    `周刊》1996年12月30日一`)?"""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return (before.isspace() or before == "报" or not is_ideograph(before)) and (
        after.isspace() or after in "星周"
    )


def edge_furniture(line: str, meta: PageMeta | None, read: dict[str, PageMeta | None]) -> bool:
    """`furniture(line, meta, at_edge=True)` for a line at the page's edge, read once a page: a page's
    edge lines are asked about up to three times (where a running head set in several lines ends,
    which of them name the section, where the page is cut into blocks), and a running head is the
    costliest line to read. What each says is kept in `read` (None: no furniture) and recorded in
    `meta` (if any) from there, as `furniture` records it (a field only where `meta` has none yet)."""
    if line in read:
        said = read[line]
    else:
        said = PageMeta()
        if not furniture(line, said, True):
            said = None
        read[line] = said
    if said is None:
        return False
    if meta is None:
        return True
    meta.paper = meta.paper or said.paper
    meta.date = meta.date or said.date
    meta.page_no = meta.page_no or said.page_no
    meta.section = meta.section or said.section
    meta.editors.extend(said.editors)
    return True


def section_lines(
    lines: list[str], edges: list[int], meta: PageMeta, read: dict[str, PageMeta | None] | None = None
) -> set[int]:
    """Lines among `edges` (the page's first and last few non-blank lines) that name the section in a
    running head printed over several lines (`02` / `评论` / `2026年1月2日 星期五`): a short name set
    between two running-head lines, or beside one at the head's open end (a blank line or the page's
    edge on its other side; a short headline right under a running head goes on into its article).
    Records the name in `meta`; `read`: the edge lines read already (`edge_furniture`)."""
    read = {} if read is None else read
    heads = {i for i in edges if edge_furniture(lines[i], None, read)}
    found = set()
    for i in edges:
        if i in heads or not SECTION.fullmatch(lines[i]):
            continue
        above, below = i - 1 in heads, i + 1 in heads
        open_above = i == 0 or not lines[i - 1]
        open_below = i + 1 >= len(lines) or not lines[i + 1]
        if (above and below) or (above and open_below) or (below and open_above):
            found.add(i)
            name = re.sub(r"\s", "", lines[i])
            if name.endswith("报"):
                meta.paper = meta.paper or name  # (the paper's name set on a line of its own: `人民日报`)
            elif not meta.section:
                meta.section = name
    return found


_LABEL_BELOW = 40  # the most characters of a title or byline line under a section's label
_LABEL_UNDER = 3  # … and the most title lines between it and the story's byline or dateline


def section_label(lines: list[str], i: int) -> bool:
    """Is stripped line `i` a section's label set over the stories of a package (`协同`, `融合`,
    `新闻速览`, `大  家  谈`)? Two to four ideographs alone on their line (maybe letter-spaced), under a
    blank line or a finished sentence (or a caption's credit), over a story's opening, a blank line
    between or none: a heading of three lines at most with no sentence's end, a byline or a dateline
    within its first four lines, and not over the page's editors' credit (a headline printed after
    its story at the page's foot). No photo's credit (`资料图片`). (Set tight over the heading, on the
    truths of all sets, it was a label 52 times more than when a blank line had to part them, and 12
    times a title's or a paragraph's: a headline wrapped ragged after its first four letters, a
    one-word paragraph.)

    Two letters: a word jieba's dictionary holds. It is no story's title (a two-letter headline is
    rare: 1 of 426 in the 2026 texts, a photo's), nor a name (few are dictionary words, and none a
    common surname opens is read so), a place (a kicker saying where the story was filed), a box's
    title nor an in-text subhead (text runs under that, or a sub-subhead and text).

    Three or four letters: under a blank line, over two title lines or more before the story's
    byline or dateline (the first no subtitle's `——`, the second more than a wrapped last word), no
    surnamed name of three and no place. A kicker so short over a headline and a subtitle is rare
    (11 of 5,200 kickers in all the sets, most of them 1998 pages' place names), and so is a
    headline of four letters or fewer over a subtitle (2 of 3,000 headlines in the 2026 texts, their
    subtitles opening with `——`); one over a single title line stays its kicker (`某某县` / headline)."""
    label = lines[i]
    if " " in label or "\u3000" in label:
        label = "".join(label.split())
    if not 2 <= len(label) <= 4 or not all(is_ideograph(ch) for ch in label):
        return False
    if label[0] in COMMON_SURNAMES or BOX.match(label) or credit_line(label):
        return False  # (a name the dictionary holds, `王平`; a box's title, `链接`; `资料图片`)
    if len(label) == 3 and surnamed(label):
        return False  # (a writer's name signing the piece under it)
    above = lines[i - 1] if i else ""
    if above and not (ends_sentence(above) or above.endswith(("摄", "供图", "）"))):
        return False
    # (a story opens under it: a heading of a few title lines, blank lines skipped, then its byline or
    # dateline; text before either is an in-text subhead's)
    heads = [line for line in lines[i + 1 : i + 2 * _LABEL_UNDER + 3] if line][: _LABEL_UNDER + 1]
    titles = 0  # (title lines over the byline or dateline)
    for line in heads:
        if line_byline(line) is not None or dateline_head(line):
            break
        if len(line) > _LABEL_BELOW or "。" in line or names_editors(line):
            return False  # (a headline printed after its story, at the page's foot over its credits)
        titles += 1
    else:
        return False
    if len(label) > 2:
        # (set apart above too: a headline printed after its story stands right under its text; a
        # second title line of one or two letters is the first one's last word wrapped alone, one
        # title; a place, or a name ending on a place's rank, `某某新区`, says where it was filed)
        return (
            not above
            and titles >= 2
            and not heads[0].startswith("—")
            and len(heads[1]) > 2
            and not is_place(label)
            and label[-1] not in PLACE_RANKS
        )
    # (a place over a heading is its kicker, where the story was filed: `某市` / `…`)
    return spans_word(label) and not is_place(label)
