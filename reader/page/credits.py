"""Photo credits at a caption's end: where a caption's text stops and its credit begins.

A credit closes a caption's last line (`…。  王五摄`, `王五/摄`, `（王五摄）`, `■ 本报记者 周八`,
`受访者供图`, `新华社发`, `新华社发（王五摄）`) or is broken over the line's end (`…田野。  方明` /
`远摄`). The credit's own forms and their (role, name) pairs are read in `reader.page.byline`; this
module finds them in a caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.page import rx
from reader.page.byline import (
    _ALL_PHOTOS,
    _BRACKET_CREDIT,
    _PHOTO_CREDIT,
    Byline,
    _photo_credit,
    parse_byline_line,
)
from reader.page.people import PUBLISHER
from reader.page.textclean import CREDIT_LAST, MARKERS, cell_width, join_lines, last_opener

# a photo from the paper's files: a credit that names no one, alone on its line or closing a caption
# after its last sentence (`…。  资料图片`)
ARCHIVE = "资料图片"
# … and a photo an agency sent (`…。  新华社发`; `新华社发（王五摄）` names its photographer)
AGENCY = "新华社发"
_STOPS = "。！？!?”"
_ARCHIVE_BRACKETED = ("（资料图片）", "(资料图片)")
# a supplier's credit alone on its line: ideographs naming who supplied the photo, `供图` closing them
_SUPPLIER = rx.compile(r"[\u3400-\u9fff·]{1,22}供图")
# a photographer's credit closing a line: `…摄`, `（…摄）`, `…摄（新华社发）`
_SHOT_END = rx.compile(r"摄(?:[）)]|[（(][^（）()]{1,12}[）)][）)]?)?$")
# a credit with its agency set in brackets of its own (`（王五摄（新华社发））`): the outer brackets
# are print, the credit is the agency's form (`王五摄（新华社发）`)
_NESTED_CREDIT = rx.compile(r"[（(](?P<credit>[^（）()，。]{2,24}?摄[（(][^（）()]{1,12}[）)])[）)]$")


# a label saying how a picture was made, printed after its credit (`王五摄，AI修饰生成素描画`,
# `资料图片，AI修饰生成油画`): papers label pictures a generator made or changed so, as the law asks of
# them since 2025; the label is part of the credit (alone under a caption it credits no one)
_MADE_NOTE = rx.compile(r"(?:[，,]\s*|\s+)?AI[\u3400-\u9fff]{0,4}生成[\u3400-\u9fff]{0,4}$")


def made_note(text: str) -> int:
    """Where a label of how the picture was made closes `text` (its comma or gap included), or -1."""
    if "AI" not in text:
        return -1
    found = _MADE_NOTE.search(text)
    return -1 if found is None else found.start()


def note_wrapped(above: str, line: str, full: bool) -> bool:
    """Is `line` the rest of a label of how the picture was made, begun at the end of the `full` line
    `above` (filling its column) and wrapped (`…  王五摄，AI修饰生成素` / `描画`)?"""
    return full and made_note(above) > 0 and len(line) <= 6 and ends_on_credit(above + line)


def ends_on_credit(text: str) -> bool:
    """Does the line end on a photo's credit (`…。  王五摄`, `（王五摄）`, `受访者供图`, `（资料图片）`)?
    A supplier's credit counts whatever stands before it (its name may have begun on the line
    above: `…  青山湖湿地` / `公园管理处供图`); a photographer's must parse as one. A label of how
    the picture was made may close the credit (alone, it is none: it names no one)."""
    if (cut := made_note(text)) >= 0:
        return cut > 0 and ends_on_credit(text[:cut].rstrip())
    if text.endswith(ARCHIVE):
        return _archive(text) is not None
    if text.endswith(AGENCY):
        return _agency(text) is not None
    if not text or text[-1] not in CREDIT_LAST:
        return False
    if text.endswith(("供图", "资料图片）", "资料图片)")):
        return True
    return _SHOT_END.search(text) is not None and split_credit(text)[1] is not None


def closes_credit(text: str, above: str = "") -> bool:
    """Does the line close a photo's credit: ending on one, or on one that the unfinished line `above`
    began (`…（新华社记者 王小` / `明摄）`: a credit wrapped at the column's end)?"""
    if ends_on_credit(text):
        return True
    joined = above + text
    return bool(above) and (text[-1:] in CREDIT_LAST or made_note(joined) >= 0) and ends_on_credit(joined)


# (a caption's last line is asked whether it ends on a credit, then split as the unit's closing line, then
# its paragraph as the article's; a paper's photographers sign page after page: each text is split once.
# Pure; the byline is shared, as `line_byline`'s are: no caller changes one. Whole captions are asked
# too: 1,024 texts kept, a few MB at most in a reader that segments page after page)
@lru_cache(maxsize=1024)
def split_credit(caption: str) -> tuple[str, Byline | None]:
    """Split a photo caption's trailing credit (`■ 本报记者 周八`, `吴  九摄`) from its text."""
    text = caption.rstrip()
    if (cut := made_note(text)) >= 0:
        head, credit = split_credit(text[:cut])
        note = text[cut:].lstrip("，, ")
        if credit is not None:
            return head, Byline(f"{credit.text}，{note}", credit.authors)
    whole = _ALL_PHOTOS.match(text.strip())
    if whole:
        credit = _photo_credit(whole.group("names"), whole.string[: whole.start("names")])
        if credit is not None:
            return "", credit
    if text[-2:] in ("））", "）)", "))", ")）"):
        nested = _NESTED_CREDIT.search(text)
        if nested is not None:
            found = split_credit(text[: nested.start()].rstrip() + "  " + nested.group("credit"))
            if found[1] is not None:
                return found
    if text.endswith(("摄）", "摄)")):
        match = _BRACKET_CREDIT.search(text)
        credit = None
        if match:
            # (`（以上图片均为X摄）`: the words before the names are no one's name)
            names = match.group("names")
            whole = _ALL_PHOTOS.match(names + "摄")
            credit = (
                _photo_credit(whole.group("names"), names[: whole.start("names")])
                if whole
                else _photo_credit(names)
            )
        if match and credit is not None:
            head = text[: match.start()].rstrip()  # (the brackets are print, not wording)
            if head.endswith(AGENCY) and (agency := _agency(head)) is not None:
                return agency, Byline(f"{AGENCY}（{credit.text}）", credit.authors)  # (`新华社发（王五摄）`)
            return head, credit
    cut = max(text.rfind(m) for m in MARKERS)
    if cut >= 0:
        byline = parse_byline_line(text[cut:])
        if byline is None and "摄" in text[cut:]:
            # `■ 王五摄（新华社发）`: a marked photographer's credit naming its agency, read as the
            # same credit unmarked is (the marker is print, as before a byline)
            rest, byline = split_credit(" " + text[cut + 1 :].strip())
            byline = None if rest else byline
        if byline is not None:
            return text[:cut].rstrip(), byline
    match = _credit_at_end(text)
    if match:
        credit = match.group("credit")
        names_part = re.sub(r"摄(?:[（(][^）)]*[）)])?$", "", credit).strip()
        after = credit[credit.rindex("摄") + 1 :]
        whole = _ALL_PHOTOS.match(names_part + "摄")  # (`…。  以上图片均为X摄` closing the last caption)
        bureau = BUREAU.match(names_part)
        if whole:
            found = _photo_credit(whole.group("names"), names_part[: whole.start("names")], after)
        elif bureau and (found := _photo_credit(names_part[bureau.end() :], after=after)) is not None:
            found = Byline(f"{bureau.group().strip()}  {found.text}", found.authors)
        else:
            found = _photo_credit(names_part, after=after)
        if found is not None:
            return text[: match.start("credit")].rstrip(), found
    if text.endswith(ARCHIVE) or text.endswith(_ARCHIVE_BRACKETED):
        head = _archive(text)
        if head is not None:
            return head, Byline(ARCHIVE, [])
    if text.endswith(AGENCY):
        head = _agency(text)
        if head is not None:
            return head, Byline(AGENCY, [])
    if text.endswith("供图"):  # `…。  西山美术馆供图`: a supplier, no photographer named
        cut = max(text.rfind("。"), text.rfind("！"), text.rfind("？"))
        supplier = "".join(text[cut + 1 :].split())
        if cut >= 0 and 2 < len(supplier) <= 24:
            return text[: cut + 1], Byline(supplier, [])
    return text, None


# a paper's bureau abroad printed before its photographer's name (`本报某国分社  X摄`): no one's name,
# and no role word either (the photographer is credited by name alone)
BUREAU = rx.compile(rf"^{PUBLISHER}[\u4e00-\u9fff]{{1,8}}?分社\s+")
_CREDIT_LONGEST = 24  # the most ideographs `_PHOTO_CREDIT` takes for the names before its 摄
_CREDIT_TAIL_LONGEST = 23  # … and the most characters it takes after them: 摄 and a bracket of 1–20


def _credit_at_end(text: str) -> re.Match[str] | None:
    """`_PHOTO_CREDIT.search(text)` (`text` stripped at its end), read only from where a credit
    closing it could start. The engine tries the pattern at every space or stop of a caption, and
    on a run of ideographs after each it backtracks through thousands of ways to part the names
    before failing (0.2 ms on a caption of 80 characters); the credit's names are ideographs and
    spaces alone, at most 24 ideographs, right before its 摄 within the last 23 characters."""
    start = text.find("摄", max(len(text) - _CREDIT_TAIL_LONGEST, 0))
    if start < 0:
        return None
    ideographs = 0
    if start and text[start - 1] in "/／":
        start -= 1  # (`王五/摄`)
    while start:
        c = text[start - 1]
        if "\u3400" <= c <= "\u9fff":
            ideographs += 1
            if ideographs > _CREDIT_LONGEST:
                break
        elif not c.isspace() and c != "·":
            break
        start -= 1
    # (the engine's look behind the start still reads the character before it, as on the whole text)
    return _PHOTO_CREDIT.search(text, start)


def supplier_credit(line: str) -> Byline | None:
    """A supplier's credit printed alone on a photo's credit line (`西山美术馆供图`): the photo's
    credit, naming no photographer; None for any other line. (Read only where the line stands as a
    photo's credit: the tail of a credit broken over a line's end, `…。  受` / `访者供图`, reads
    with the line above.)"""
    supplier = "".join(line.split())
    return Byline(supplier, []) if len(supplier) > 2 and _SUPPLIER.fullmatch(supplier) else None


def _archive(text: str) -> str | None:
    """The caption's text before a bare archive credit closing it (`…。  资料图片`; "" for the credit
    alone), or None where the words run on from a sentence (`…查阅资料图片`): not a credit."""
    return _before_credit(text, len(ARCHIVE) + (2 if text[-1] in "）)" else 0))


def _agency(text: str) -> str | None:
    """The caption's text before the agency's credit closing it (`…。  新华社发`; "" for the credit
    alone), or None where the words run on in a sentence (`…新华社发` / `表评论`): no credit."""
    return _before_credit(text, len(AGENCY))


def _before_credit(text: str, size: int) -> str | None:
    """The text before a credit naming no one, its last `size` characters: "" where nothing stands
    before it, the text where it finishes a sentence, else None (the words run on in a sentence)."""
    head = text[:-size].rstrip()
    return head if not head or head[-1] in _STOPS else None


_CREDIT_TAIL = rx.compile(r"(?:摄(?:[）)]|[（(][^（）()]{1,8}[）)])?|供图)$")


def join_broken_credit(caption: str, line: str) -> tuple[str, Byline] | None:
    """Where `line` is the end of a photo credit that the caption's last line began, broken at the
    line's end (`…田野。  方明` / `远摄`, `…收割。（邝七` / `摄）`, `…  方明` / `远摄（新华社发）`):
    the caption's text and the whole credit, split off the joined lines once. None where `line`
    finishes no such credit."""
    line = line.strip()
    caption = caption.rstrip()
    tail = _CREDIT_TAIL.search(line) or made_note(caption + line) >= 0
    if len(line) > 14 or not tail or caption[-1:] in _STOPS:
        return None
    text, credit = split_credit(caption + line)
    return (text, credit) if credit is not None and len(text) < len(caption) else None


def credit_broken_off(caption: str, line: str) -> bool:
    """Is `line` the end of a photo credit that the caption's last line began (see
    `join_broken_credit`)?"""
    return join_broken_credit(caption, line) is not None


def wide_by_credit(text: str, col: int) -> bool:
    """Is the line wider than its column only by the credit set after a gap at its end (`…灯笼。
    X摄（人民视觉）`): a caption's last line, no wider than its column before the credit?"""
    if not ends_on_credit(text):
        return False
    caption, credit = split_credit(text)
    return credit is not None and cell_width(caption) <= col + 4


_LONE_SPACE = rx.compile(r"(?<! ) (?! )")


def tight_credit(paragraph: str) -> str:
    """A photo credit closing a paragraph, as printed but for a scan's single spaces (`（新华社记者
    周八摄）` → `（新华社记者周八摄）`): the wider gap a name is letter-spaced with stays (`周  八摄`),
    as the paper prints it."""
    if "摄" not in paragraph[-24:] or " " not in paragraph[-24:]:
        return paragraph
    text, credit = split_credit(paragraph)
    if credit is None:
        return paragraph
    return text + _LONE_SPACE.sub("", paragraph[len(text) :])


def add_credit(paras: list[str], lines: list[str], after_text: bool, wrapped: bool) -> None:
    """Add a credit line's text (its `lines`) to an item's paragraphs `paras`, as printed: under a
    caption or text (`after_text`) it closes that paragraph where it was set after a gap on its last
    line that `wrapped`, or broken off at that line's end (`…。  方明` / `远摄`); else it is a
    paragraph of its own."""
    credit = join_lines(lines, running=True)
    if paras and after_text and wrapped:
        # (the gap printed before it, at the caption line's end or the credit line's start, as
        # printed after a finished sentence: `…。  王五摄`)
        paras[-1] = tight_credit(paras[-1] + ("  " if paras[-1][-1:] in _STOPS else "") + credit)
    elif paras and after_text and credit_broken_off(paras[-1], credit):
        paras[-1] = tight_credit(paras[-1] + credit)
    else:
        paras.append(credit)


def bracket_goes_on(before: str, line: str) -> bool:
    """Does `line` close a bracket that the line before it opened near its end (`…午饭。（新华社记者` /
    `王五摄）`)? A credit in brackets breaks over the line's end as any text does."""
    if line[-1] not in "）)" or "（" in line or "(" in line:
        return False
    cut = last_opener(before)
    return cut >= len(before) - 12 and "）" not in before[cut:] and ")" not in before[cut:]


# a photo's credit on a line of its own; every form holds 摄, 图, 片 or 源, which `credit_line` asks
# first (most lines fail that, and cheaper than the pattern's backtracking): keep the two in step
_CREDIT = rx.compile(
    r"(?:^以上图片(?:均)?(?:为|由)?.{1,20}(?:摄|提供)$"
    r"|^(?:[\u3400-\u9fff·]\s*){1,12}[/／]?(?:摄|供图|摄影)(?:[（(][^）)]{1,20}[）)])?$"
    r"|^(?:摄影|制图)\s*[：:/／]\s*(?:[\u3400-\u9fff·]\s*){2,12}$"  # (`摄影：王五`, `制图：王五`)
    r"|^新华社发(?:[（(][^）)]{1,20}[）)])?$"  # (a photo the agency sent: `新华社发（王五摄）`)
    r"|^(?:图片|照片)(?:来源|提供)?[：:].{1,24}$"
    r"|^(?:数据|资料)来源[：:][^，。]{1,30}$"  # under a chart: `数据来源：X  制图：Y`
    r"|^(?:本报记者|记者|通讯员|新华社记者)\s*.{1,16}摄(?:[（(][^）)]{1,20}[）)])?$"
    r"|^本报[\u4e00-\u9fff]{1,8}?分社\s+(?:[\u3400-\u9fff·]\s*){2,14}摄$"  # (a bureau abroad's photographer)
    r"|^资料图片$"  # (a photo from the paper's files)
    r"|^[^。！？；]{1,20}(?:供图|制图)$)"  # (after a sentence: a caption closed by its credit)
)
_CREDIT_LETTERS = frozenset("摄图片源发")  # (one of them stands in every credit `_CREDIT` takes)
_MAKER_AFTER = rx.compile(r"(?<=\S)\s+制图\s*[：:]\s*(?:[\u3400-\u9fff·]\s*){2,8}$")


def credit_line(text: str) -> bool:
    """Is the line a photo's credit (`_CREDIT`), a graphic's maker perhaps printed after it, or a label
    of how the picture was made after it (`credits.made_note`)?"""
    if (cut := made_note(text)) >= 0:
        return cut > 0 and credit_line(text[:cut].rstrip())
    if "制图" in text:  # (`某某供图  制图：王五`: `pageblocks` joins the maker's line to the credit's)
        text = _MAKER_AFTER.sub("", text)
    return not _CREDIT_LETTERS.isdisjoint(text) and _CREDIT.match(text) is not None
