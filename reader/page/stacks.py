"""Two title lines set one right under the other with no `——` to say which is which: a kicker over
its headline, or a headline over its subtitle?

Real pages print far more kickers than subtitles (the 2026 People's Daily texts in
benchmarks/texts/modern mark 54 kickers and 10 subtitles; 146 articles of May 2026, 45 and 4), so
such a stack leans kicker + headline, and a headline shorter than the line over it says kicker the
more (`over_shorter` / `under_longer`): under a kicker it is shorter in 41 of 54 (counting letters,
not punctuation). The other way round says little: of the stacks of those texts whose upper line is
the shorter, 13 are a kicker over its headline (`某某博物馆` / `…`) and 6 a headline over its subtitle
(with June's texts too, 667 articles: 26 and 10), so that order is read as the stack's own lean
gives it (it gave headline + subtitle, 0.75 each way, until the 2026 texts were counted). A subtitle
naming the person a piece interviews (`…研究所所长王五`) says so by its words (`names_person`), and
one giving a figure in digits under a news headline that gives none (`某省推进某某改造` / `今年将改造
3200个小区`) by its figure (`figures_under`): of the two-line stacks with no `——` and no column's tag
in the 2026 texts (the repo's, and those of the seven helper-written page sets, May to July), 9 such
are a headline over its subtitle and 5 a kicker over its headline; over a line of a few letters
(`今年上半年`) only kickers stand, and left out (`_news_line`), 9 and 4. A lower line listing things
(`覆盖某类、某类`) where the upper lists none spells out a headline's detail too (`lists_under`):
in those texts 9 such stacks are a headline over its subtitle and 2 a kicker over its headline,
none of the nine under a line of a few letters (a column's name or a place over a headline listing
things, `新春走基层` / `村里有了某室、某室`, is a kicker: left out as for figures).

A column tag (`…（经济聚焦）`) says which line is the headline by itself, so lengths are not compared next
to one, and a tagged line right over an untagged one is no kicker (`over_untagged`): in the 2026
texts 118 headlines and no kicker close with a bracket, and on the pages of three layout programs a
line closed by a column's tag was a headline 487 times and never a kicker (layout2's 2026 pages
aside: they use other stories' tagged headlines as kickers).
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blocks import COLUMN_TAG, Unit, headingish, is_balanced, landmark_kind
from reader.page.bodytext import ideograph_run, pairs_in, run_pairs
from reader.page.names import COMMON_SURNAMES
from reader.page.textclean import letters

# a line at most this share of the other's length is the punchier of the two: the headline
SHORTER = 0.87
# units that are no title line of a stack
_NOT_TITLE = frozenset(
    {"caption_start", "credit", "credit_end", "dateline", "trailer", "inner_stop", "ends_comma", "column_tag"}
)


def _stackable(unit: Unit, excluded: frozenset[str] = _NOT_TITLE) -> bool:
    """A title line of a stack: one line, no byline, no sentence end, none of the `excluded` marks."""
    return (
        len(unit.lines) == 1
        and unit.byline is None
        and not unit.lines[0].end
        and not unit.features.keys() & excluded
    )


# a figure in digits (`8亿户`, `到2030年`): a subtitle's detail under a headline with none
_FIGURE = rx.compile(r"[0-9０-９]+(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])")  # (not a term's: `5G`)


def mark_stacks(units: list[Unit]) -> None:
    """Mark each pair of title lines printed one right under the other (no blank line between):
    `over_shorter` / `under_longer` on the pair when the lower line is the shorter, `names_person` on
    a lower line closing on a person's post and name, `figures_under` on a lower line giving a figure
    in digits where the upper gives none, `lists_under` on a lower line listing things (`、`) where
    the upper lists none."""
    upper: Unit | None = None
    for unit in units:
        if not _stackable(unit):
            upper = None
            continue
        if upper is not None and not unit.lines[0].blank:
            a, b = letters(upper.first) or 1, letters(unit.first) or 1
            if b <= SHORTER * a:
                upper.features["over_shorter"] = 1
                unit.features["under_longer"] = 1
            if _names_person(unit.first):
                unit.features["names_person"] = 1
            if _news_line(upper.first):  # (a detail under a news headline: its figure, its list)
                if _FIGURE.search(unit.first) and not _FIGURE.search(upper.first):
                    unit.features["figures_under"] = 1
                if "、" in unit.first and "、" not in upper.first:
                    unit.features["lists_under"] = 1
        upper = unit


# a kicker's few letters (`今年上半年`, `某某博物馆`): no headline of news is so short
_FEW_LETTERS = 6


def _news_line(text: str) -> bool:
    """Could the upper line of a stack be a news headline, over a subtitle giving its figure or
    listing what it covers: more than `_FEW_LETTERS` letters? Of the 2026 texts' stacks with a
    figure under a line with none (the repo's and the seven helper-written sets'), 9 are a headline
    over its subtitle and 5 a kicker over its headline; of those with such an upper line, 9 and 4."""
    return letters(text) > _FEW_LETTERS


# the posts a subtitle names its interviewee by, right before the name (`…研究所所长王五`)
_POSTS = (
    "所长|司长|局长|处长|部长|厅长|院长|校长|馆长|社长|会长|主任|主席|书记|委员|院士|教授|研究员"
    "|专家|代表|董事长|总经理|总裁|理事长|秘书长|市长|县长|省长|镇长|村长|导演|编剧|作家|画家|演员|艺术家"
    "|总设计师|设计师|总工程师|工程师|负责人|创始人|厂长|站长|队长"
)
# … named with the body they serve (`某某研究中心研究员`, `某某司司长`): a meeting's headline names its
# guest by country or title alone (`某某会见某国总统某某`), a portrait's kicker by a phrase (`…的校长某某`)
_PERSON_END = rx.compile(
    rf"[院所部局委会司厅校馆社团站厂队处心室办组学](?:{_POSTS})(?P<name>[\u4e00-\u9fff]{{2,3}})$"
)


def _names_person(text: str) -> bool:
    """Does a title line close on a person's post and name (`某某研究院研究员王五`): a subtitle naming
    the one a piece interviews or portrays, under its headline? A kicker naming its subject closes on
    `——` (`某某技艺传承人王五——`), and a headline says what the story says."""
    found = _PERSON_END.search(text.strip())
    return found is not None and found.group("name")[0] in COMMON_SURNAMES


# …a column's tag may close the upper line of a heading (`…（经济聚焦）` over its subtitle)
_NOT_HEADING = _NOT_TITLE - {"column_tag"}


def mark_tight(units: list[Unit]) -> None:
    """Mark `tight` each title line printed right under another with no blank line between: the two
    are lines of one heading (kicker over headline, headline over subtitle), and no item opens
    between them (`weights.TIGHT_CUT`). Two items' headings stand in frames of their own with space
    between: on the laid-out pages of three layout programs (1998 and 2026 texts), no two title lines
    set tight belonged to two items (599 such pairs), while 195 of 465 pairs set apart by a blank did.
    A line closed by its column's name over an untagged title line is no kicker (`over_untagged`),
    set tight on it or over a blank line (`_over_title`). The title line over a subtitle opened by
    `——`, set tight or over a blank line, is its headline (or the headline's last line), never the
    subtitle's first line nor a kicker (`over_dash`): on the truths of all sets but the blind ones,
    the line over a subtitle printed so closed the headline 753 times (all sixteen programs) and
    was anything else once; of the title lines over any line opened by `——` (blank lines
    skipped), 748 were a headline and 2 a kicker (one story of layout5, over a line of its text)."""
    for above, unit in zip(units, units[1:], strict=False):
        if _stackable(above, _NOT_HEADING) and _stackable(unit, _NOT_HEADING):
            tight = not unit.lines[0].blank
            if tight:
                unit.features["tight"] = 1
            tagged = "column_tag" in above.features and "column_tag" not in unit.features
            if tagged and (tight or _over_title(above, unit)):
                above.features["over_untagged"] = 1
            if "dash_lead" in unit.features:
                above.features["over_dash"] = 1
            elif tight and _parts_over_title(above, unit):
                above.features["parts_over_title"] = 1


def _parts_over_title(above: Unit, unit: Unit) -> bool:
    """Is `above`, a title line of two or three phrases set apart by spaces and no column's tag
    (`某某某某  某某某某`), right over `unit`, one title line of one phrase with no tag of its own? Such
    a line is a kicker over its headline: in the 2026 texts the helpers laid out, 5 such stacks were
    a kicker over its headline and none a headline over its subtitle (a two-part headline over its
    subtitle closed by its column's tag: 1)."""
    if "two_part" not in above.features or "column_tag" in above.features:
        return False
    return not unit.features.keys() & {"two_part", "column_tag", "dash_lead"} and len(unit.lines) == 1


def _over_title(tagged: Unit, unit: Unit) -> bool:
    """Is `unit`, a blank line over it, a title line under `tagged`, a line closed by a column's name
    (no date or figure in the tag): five letters or more, opening on a letter or a quote (no bare
    name, no bullet opening a signature: `■ 某县  某某`)? On all sets but the blind ones, a line
    closed by a column's name over a blank and such a line was a headline 2,493 times (its subtitle
    under it 63) and a kicker over its headline once (modern's layout)."""
    tag = COLUMN_TAG.search(tagged.first)
    if tag is None or any(ch.isdigit() for ch in tag.group()) or unit.lines[0].apart:
        return False
    first = unit.first
    return (first[0].isalnum() or first[0] in "“《『「") and letters(first) >= 5


def mark_apart(units: list[Unit]) -> None:
    """Mark the two units on either side of a wide gap (more blank lines than the page's narrowest
    gap; `Line.apart`): the lines of one heading are set together, so the upper unit
    is no kicker over the lower (`apart_below`) and the lower no subtitle under the upper
    (`apart_above`). On the laid-out pages of six layout programs (1998 and 2026 texts), no kicker
    and headline, nor headline and subtitle, of one article stood two or more blank lines apart
    (about 1,500 such pairs), while 44 pairs of title lines of two articles did. Editor credits (or
    a running head) inside a page close the part above them (`Line.credits`): the units on either
    side are marked as across a wide gap, and the lower is no subhead (`gap_above`) unless it heads
    a box. On the pages of eight sets, a one-line title right under such credits was a story's title
    44 times and never a paragraph of the story above. (A wide gap alone does not say so: 9 subheads
    and reporter's-notes lines of layout7 stand under one.)"""
    for above, unit in zip(units, units[1:], strict=False):
        first = unit.lines[0]
        if first.apart or first.credits:
            above.features["apart_below"] = 1
            unit.features["apart_above"] = 1
            if first.credits and "box" not in unit.features:
                unit.features["gap_above"] = 1


def mark_set_apart(units: list[Unit]) -> None:
    """On a page whose paragraphs run on, a title with blank lines above and below it stands apart
    from the text, as headlines are set in a frame of their own; an in-body subhead runs in the
    column's flow, often with text right above or below it."""
    last = len(units) - 1
    for i, unit in enumerate(units):
        if len(unit.lines) > 2 or unit.byline is not None:
            continue
        above = unit.lines[0].blank
        below = i == last or units[i + 1].lines[0].blank
        if above and below:
            unit.features["set_apart"] = 1
            # nor is it a column's last line running on at the next one's top (a column of one line)
            unit.features.pop("next_full", None)
        elif not above and not below and "column_tag" not in unit.features and not _under_tagged(units, i):
            unit.features["in_flow"] = 1  # (a subhead carries no column's tag: a headline does)


def _under_tagged(units: list[Unit], i: int) -> bool:
    """Is unit `i` right under a one-line title closed by its column's tag: under a headline, not in
    the flow of a text?"""
    return i > 0 and "column_tag" in units[i - 1].features and len(units[i - 1].lines) == 1


def mark_under_question(units: list[Unit]) -> None:
    """Mark `under_question` a title line set right under a one-line question that stands inside a
    text (finished text above the question, no byline or dateline under the line): an in-body
    question subhead and its one-line sub-subhead (`山要怎么分？` / `因地制宜，分类施策`), which
    stay in the story's body. A new story's heading under a question kicker has its byline or
    dateline under it. On the tuning pages of six layout programs a title line under a one-line
    question was a subhead 56 times and a headline or kicker 5 times."""
    for k in range(2, len(units) - 1):
        question, unit, below = units[k - 1], units[k], units[k + 1]
        if (
            "question" in question.features
            and len(question.lines) == 1
            and question.byline is None
            and "ends_stop" in units[k - 2].features
            and _stackable(unit)
            and below.byline is None
            and "dateline" not in below.features
        ):
            unit.features["under_question"] = 1


_TOLD_READ = 1000  # characters of the page's text under a stack read for its words
_TOLD = 3  # pairs of ideographs a line shares with them to name the story
_LABEL = 5  # letters under which a line is a label (a genre's, a column's), naming no story's words
_TEXT_MARKS = "，、；：。？！,;:"
_BOX = frozenset({"box", "box_title", "box_inside", "over_box"})


def mark_told(units: list[Unit]) -> None:
    """Mark `tells_not` the line of a two-line title stack (two title lines set tight, under a blank
    line or the page's top) whose words the text under the stack never uses, where the other line
    shares `_TOLD` or more pairs of ideographs (`bodytext.ideograph_pairs`) with it: a headline names
    its story, and the line the text tells is the headline, the other its kicker or subtitle, whichever
    of the two is shorter. Counted on the pages of all sets but the blind ones (the first
    `_TOLD_READ` characters under the stack), the line so marked was no headline 51 times (nine
    programs; most on the four that print another story's title as a kicker or subtitle: ours 20,
    layout2 11, modern 6, layout12 6) and the headline 16 times (eight programs, layout3 6); the rest
    are two stories' titles (9) or one title wrapped (1). A label of four letters or fewer
    (`某某小记`) names no words of its story, a text's line (filling its column, pausing, a quote it
    opens) is no title line, a box's title heads no story, and a title line under a photo's caption
    or credit may be the photo's own."""
    for k in range(len(units) - 1):
        above, unit = units[k], units[k + 1]
        if not _title_stack(units, k) or "lean_split" in unit.features:
            continue  # (two stories' headings, each naming its own side: `lean.mark_lean`)
        parts: list[str] = []
        got = 0
        j = k + 2
        while j < len(units) and got < _TOLD_READ:
            for line in units[j].lines:
                parts.append(line.text)
                got += len(line.text)
            j += 1
        # (each line's few pairs looked up in the text: making the set of a 1,000-character text's
        # pairs cost more than the lookups, `bodytext.pairs_in`)
        told = ideograph_run("".join(parts)[:_TOLD_READ])
        up = pairs_in(run_pairs(COLUMN_TAG.sub("", above.first)), told)
        lo = pairs_in(run_pairs(COLUMN_TAG.sub("", unit.first)), told)
        if up == 0 and lo >= _TOLD and letters(above.first) >= _LABEL:
            above.features["tells_not"] = 1
        elif lo == 0 and up >= _TOLD and letters(unit.first) >= _LABEL:
            unit.features["tells_not"] = 1


def _title_stack(units: list[Unit], k: int) -> bool:
    """Are `units[k]` and `units[k + 1]` a stack of two title lines of one heading: set tight, under a
    blank line or the page's top and over no third title line, no `——` telling their roles, neither
    a text's line, a box's title nor a landmark (byline, dateline, caption), and not under a photo?"""
    above, unit = units[k], units[k + 1]
    if (
        "tight" not in unit.features
        or not _stackable(above, _NOT_HEADING)
        or not _stackable(unit, _NOT_HEADING)
    ):
        return False
    if "dash_lead" in unit.features or "dash_tail" in above.features:
        return False
    if k + 2 < len(units) and "tight" in units[k + 2].features:
        return False  # (a stack of three)
    if k > 0 and (not above.lines[0].blank or _under_photo(units[k - 1])):
        return False
    a, b = above.first, unit.first
    if not (headingish(a) and headingish(b) and is_balanced(a) and is_balanced(b)):
        return False
    if above.lines[0].width >= above.column - 2 or any(mark in a for mark in _TEXT_MARKS):
        return False  # (a text's line fills its column, or pauses)
    if (above.features.keys() | unit.features.keys()) & _BOX:
        return False
    return landmark_kind(a) is None and landmark_kind(b) is None


def _under_photo(unit: Unit) -> bool:
    """Does `unit` close a photo (its caption or credit), so that a title line under it may be the
    photo's own title?"""
    if unit.features.keys() & {"credit", "credit_end", "caption_start"}:
        return True
    return landmark_kind(unit.lines[-1].text) in ("caption", "credit")
