"""Page metadata from the names of files and folders, and dates as readers type them.

A page's paper, date, page number and section come, in order of trust, from its sidecar
`NAME.meta.json`, from the running head printed on the page (`reader.page.segment` reads it), and
last from where the file lies: `rmrb/2025-01-02/11.txt`, `聊城日报_20230313_03.txt`,
`1998/01/05/第4版.txt`, `gmrb-19980105-p04.txt`. `fill_from_path` adds what the names tell to what
the first two sources left empty.

Dates are ISO (`2025-01-02`); page numbers are kept as printed without leading zeros (`3`, `A3`).
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import PurePath

from reader.filenames import file_label
from reader.model import PageMeta
from reader.page import rx

# Folder names that abbreviate a paper's name in pinyin initials, as archives and scrapers name them.
PAPER_ABBREVIATIONS = {
    "rmrb": "人民日报",
    "rmrbhwb": "人民日报海外版",
    "gmrb": "光明日报",
    "jjrb": "经济日报",
    "jfjb": "解放军报",
    "zgqnb": "中国青年报",
    "kjrb": "科技日报",
    "fzrb": "法治日报",
    "grrb": "工人日报",
    "nmrb": "农民日报",
    "xhmrdx": "新华每日电讯",
    "cksb": "参考消息",
    "jfrb": "解放日报",
    "whb": "文汇报",
    "bjrb": "北京日报",
    "nfrb": "南方日报",
}

META_VERSION = 3
"""The version of these rules for reading a page's paper, date, page number and section: raised with a
change that reads some page otherwise, so that the library reads its pages' again (`duba library
update`: `reader.archive.catalogue.Catalogue.rename_stale`). 1: as first catalogued; 2: a clippings
file (`剪报.txt`) names no paper (it was catalogued as of a paper 剪报 until its file changed); 3: a
section set in the running head beside its page number or date (`第2版  科技`) is the page's."""

_SEP = r"[-_./\s]"
# Dates written in names. Each pattern gives year, month, day groups; digit runs are bounded so that
# `120230313` is not read as a date.
_NAME_DATES = [
    rx.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日"),
    rx.compile(rf"(?<!\d)(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})(?!\d)"),
    rx.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"),
]
_PAGE_PATTERNS = [
    rx.compile(r"第\s*([A-Za-z]?\d{1,3})\s*版"),
    rx.compile(r"(?:^|[-_.\s])(?:p|page|pg|ban|版)\s*[-_]?\s*([A-Za-z]?\d{1,3})(?=$|[-_.\s])", re.IGNORECASE),
    # a bare name: a page number, with a section letter (A3, B12) only of the first few sections, so that
    # `u16.txt` or `v2.txt` (an encoding, a version) is not page U16
    rx.compile(r"(?:^|[-_.\s])([A-Ha-h]?\d{1,3})\s*版?$"),
]
# The shortest name before the kind, so that `人民日报剪报` is 人民日报 and not a paper of that name.
_PAPER_NAME = rx.compile(r"[\u4e00-\u9fff]{1,10}?(?:报|电讯|消息)(?:海外版)?")
NOT_PAPERS = frozenset(
    [
        "日报",
        "晚报",
        "早报",
        "周报",
        "月报",
        "小报",
        "快报",
        "画报",
        "党报",
        "学报",
        "汇报",
        "电报",
        "通报",
        "公报",
        "年报",
        "情报",
        "预报",
        "回报",
        "捷报",
        "警报",
        "喜报",
        "举报",
        "机关报",
        "剪报",
        "简报",
        "海报",
        "板报",
        "墙报",
        "壁报",
        "黑板报",
        "大字报",
    ]
)
"""Words that end like a paper's name but name none: a kind of paper (日报) or of print (剪报, 简报). A
file `剪报.txt` (clippings) was listed in the library as a paper called 剪报. (申报, 京报, 时报 and
晨报 are papers, and stay.)"""
CLIPPINGS = ("剪报", "简报", "海报", "板报", "墙报", "壁报", "大字报")
"""What a name ending so is (`我的剪报`, `工作简报`): a clipping, a bulletin, a poster; never a paper."""
_SECTION = rx.compile(r"[\u4e00-\u9fff]{2,8}")


def iso_date(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD` if the three numbers make a real date (1800-2199), else None."""
    if not 1800 <= year <= 2199:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def is_real_date(value: str) -> bool:
    """Is `value` an ISO date of a day that exists (`1998-02-28`, not `1998-02-30`)?"""
    parts = value.split("-")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        return False
    return iso_date(*(int(p) for p in parts)) is not None


def normalise_page_no(value: str) -> str:
    """`第04版`, `04`, `A04`, `p4` as `4`, `4`, `A4`, `4`; anything else stripped as it is."""
    match = re.fullmatch(r"\s*(?:第|p|page)?\s*([A-Za-z]?)0*(\d+)\s*版?\s*", value, re.IGNORECASE)
    if match:
        return match.group(1).upper() + match.group(2)
    return value.strip()


def _date_in(text: str) -> tuple[str, tuple[int, int]] | None:
    for pattern in _NAME_DATES:
        for match in pattern.finditer(text):
            found = iso_date(*(int(g) for g in match.groups()))
            if found:
                return found, match.span()
    return None


def _paper_in(text: str) -> str:
    lowered = text.lower()
    for chunk in re.split(r"[-_.\s\d]+", lowered):
        if chunk in PAPER_ABBREVIATIONS:
            return PAPER_ABBREVIATIONS[chunk]
    return next((name for name in _PAPER_NAME.findall(text) if not _not_a_paper(name)), "")


def _not_a_paper(name: str) -> bool:
    """Does `name`, written as a paper's name is, name something else (`NOT_PAPERS`, `CLIPPINGS`)?"""
    return name in NOT_PAPERS or name.endswith(CLIPPINGS)


def meta_from_path(path: str | PurePath) -> PageMeta:
    """What the file and folder names say about a page: paper, date, page number, section.

    The file name is read first, then its folders from the nearest up; a date may also be spread over
    three folders (`1998/01/05/04.txt`). Unknown fields stay empty. A name that is not UTF-8 (GBK) is
    read as `file_label` shows it.
    """
    pure = PurePath(*(file_label(part) for part in PurePath(path).parts))
    stem = pure.name
    for suffix in (".meta.json", ".txt"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    parents = [p for p in reversed(pure.parent.parts) if p not in ("", "/", ".")]
    meta = PageMeta()

    rest = stem
    found = _date_in(stem)
    if found:
        meta.date = found[0]
        rest = stem[: found[1][0]] + " " + stem[found[1][1] :]
    else:
        for folder in parents:
            found = _date_in(folder)
            if found:
                meta.date = found[0]
                break
        if not meta.date and len(parents) >= 3:
            # 1998/01/05/04.txt: day, month and year as the three nearest folders
            day, month, year = parents[:3]
            if year.isdigit() and month.isdigit() and day.isdigit() and len(year) == 4:
                meta.date = iso_date(int(year), int(month), int(day)) or ""

    for source in [rest, *parents]:
        meta.paper = _paper_in(source)
        if meta.paper:
            break
    if meta.paper and meta.paper in rest:
        rest = rest.replace(meta.paper, " ")
    for name in _PAPER_NAME.findall(rest):
        if _not_a_paper(name):  # what the page is (剪报), not its paper nor its section
            rest = rest.replace(name, " ")

    for pattern in _PAGE_PATTERNS:
        match = pattern.search(rest.strip())
        if match and normalise_page_no(match.group(1)).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "0":
            meta.page_no = normalise_page_no(match.group(1))
            rest = rest.replace(match.group(0).strip(), " ")
            break

    leftover = _SECTION.findall(rest)
    if len(leftover) == 1 and not leftover[0].endswith("版"):
        meta.section = leftover[0]
    return meta


def fill_from_path(meta: PageMeta, path: str | PurePath) -> PageMeta:
    """`meta` with its empty paper, date, page number and section taken from the file's names."""
    from_names = meta_from_path(path)
    for name in ("paper", "date", "page_no", "section"):
        if not getattr(meta, name):
            setattr(meta, name, getattr(from_names, name))
    if meta.page_no:
        meta.page_no = normalise_page_no(meta.page_no)
    return meta


_CN_MONTH_DAY = rx.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """A date as a reader types it, as ISO: `2025-01-02`, `2025/1/2`, `20250102`, `2025年1月2日`, or
    `1月2日` (in `default_year`). None when it is no date."""
    text = text.strip()
    match = _CN_MONTH_DAY.fullmatch(text)
    if match:
        year = int(match.group(1)) if match.group(1) else default_year
        if year is None:
            return None
        return iso_date(year, int(match.group(2)), int(match.group(3)))
    found = _date_in(text)
    if found and found[1] == (0, len(text)):
        return found[0]
    return None


def date_range(text: str) -> tuple[str, str] | None:
    """The first and last day a date filter means, as ISO strings: `2025` (a year), `2025-01` or
    `202501` (a month), `2025-01-02` (a day), and `A..B` between two of these (either end open, either
    first).
    None when the text is no date."""
    text = text.strip()
    if ".." in text:
        low, _, high = text.partition("..")
        first = date_range(low) if low.strip() else ("0000-00-00", "0000-00-00")
        last = date_range(high) if high.strip() else ("9999-99-99", "9999-99-99")
        if first is None or last is None:
            return None
        if first[0] > last[1]:  # the later date first (2025-03..2025-01): the same period
            first, last = last, first
        return first[0], last[1]
    day = parse_date(text)
    if day:
        return day, day
    match = re.fullmatch(r"(\d{4})(?:\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?|(\d{2}))?", text)
    if not match:
        return None
    year = int(match.group(1))
    month_text = match.group(2) or match.group(3)
    if not month_text:
        return (f"{year:04d}-01-01", f"{year:04d}-12-31") if 1800 <= year <= 2199 else None
    month = int(month_text)
    if iso_date(year, month, 1) is None:
        return None
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    return f"{year:04d}-{month:02d}-01", (following - _dt.timedelta(days=1)).isoformat()


def page_sort(page_no: str) -> int:
    """A sort key for page numbers: `3` before `12`, `A3` after every plain number, unknown last."""
    digits = "".join(ch for ch in page_no if ch.isdigit())
    if not digits:
        return 1 << 30
    letters = "".join(ch for ch in page_no if ch.isalpha())
    return (ord(letters[0].upper()) - 64 if letters else 0) * 10_000 + int(digits[:4])
