"""Build raw pages the way extraction cuts them, with their truth, to test layouts not in the data.

Paragraphs are cut at a column width (full-width characters count two cells, Latin one), the
first line of each paragraph shorter by its dropped two-character indent; blank lines follow
paragraphs and also fall at column breaks mid-paragraph.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from reader.page.textclean import cell_width

# a made-up story as a page prints it with no indents: headline, byline, two paragraphs, each apart
CANTEEN = [
    "社区食堂开进老小区",
    "",
    "本报记者  王  平",
    "",
    "近日，位于东湖街道的社区食堂正式",
    "开门营业，为周边老人提供午餐，每份",
    "套餐十元，老人们吃得放心又实惠。",
    "",
    "食堂负责人说，下一步还将开通送餐",
    "上门服务，方便行动不便的老人。",
]

# a made-up story's text as a narrow column prints it: two paragraphs, the first lines indented
SCHOOL_MEALS = [
    "\u3000\u3000入秋以来，山区几所小学的食堂换了",
    "新菜单，荤素搭配，每周还有两次水果，",
    "孩子们吃得香，老师们也放了心。",
    "\u3000\u3000学校说，菜单由营养师和家长代表一",
    "起商定，每月公示一次采购账目。",
]


@dataclass
class Item:
    """One article as the truth has it, plus how its byline is printed on the page."""

    paragraphs: list[str]
    headline: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline_lines: list[str] = field(default_factory=list)  # standalone lines like "■ 本报记者 X"
    dateline: str | None = None  # "本报讯（记者 X）" opening the first paragraph
    byline: str | None = None
    authors: list[tuple[str, str]] = field(default_factory=list)
    kind: str = "article"
    credit: str | None = None  # appended to the last caption line of a photo

    def truth(self) -> dict:
        return {
            "kind": self.kind,
            "kicker": self.kicker,
            "headline": self.headline,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "authors": [{"role": r, "name": n} for r, n in self.authors],
            "paragraphs": self.paragraphs,
        }


def chop(paragraph: str, width: int) -> list[str]:
    """Cut a paragraph every `width` characters, as a fixed-width column does (no hanging marks)."""
    return [paragraph[k : k + width] for k in range(0, len(paragraph), width)]


def indented(paragraphs: list[str], width: int, mark: str = "\u3000\u3000") -> list[str]:
    """Paragraphs `chop`ped at `width`, each one's first line opening with `mark` (a kept indent),
    no blank line between them."""
    return [mark + line if k == 0 else line for p in paragraphs for k, line in enumerate(chop(p, width))]


def stack(*parts: str | list[str]) -> str:
    """A page of lines and runs of lines, each followed by a blank line."""
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
        lines.append("")
    return "\n".join(lines)


def set_apart(paragraphs: list[str], width: int, first_indent: int = 4) -> list[str]:
    """Paragraphs cut into column lines (`cut`), each with a blank line under it."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*cut(paragraph, width, first_indent), ""]
    return lines


def cut(text: str, width: int, first_indent: int = 4) -> list[str]:
    """Cut a paragraph into column lines of at most `width` cells (the first line narrower)."""
    lines: list[str] = []
    line = ""
    limit = width - first_indent
    for ch in text:
        # closing punctuation hangs at the line end, as typesetters do, never starting a line
        if cell_width(line + ch) > limit and ch not in "，。、；：！？”’）》…":
            lines.append(line)
            line = ""
            limit = width
        line += ch
    if line:
        lines.append(line)
    return lines


def indented_cut(paragraphs: list[str], width: int = 30) -> list[str]:
    """Paragraphs as a page with no blank lines prints them: each `cut` at the column (its marks
    hanging), its first line indented with two full-width spaces, none set apart."""
    lines: list[str] = []
    for paragraph in paragraphs:
        first, *rest = cut(paragraph, width)
        lines += ["\u3000\u3000" + first, *rest]
    return lines


def indented_apart(paragraphs: list[str], width: int = 32) -> list[str]:
    """Paragraphs `cut` at a column of `width` cells, each one's first line indented with two
    full-width spaces and a blank line under it."""
    lines: list[str] = []
    for paragraph in paragraphs:
        first, *rest = cut(paragraph, width)
        lines += ["\u3000\u3000" + first, *rest, ""]
    return lines


def story_over(body: list[str]) -> list[str]:
    """A titled story with a reporter's byline, its paragraphs `indented_apart`: the story printed
    above the one a test is about."""
    return ["春耕备耕正当时", "■ 本报记者 刘  桐", "", *indented_apart(body)]


def build_page(
    items: list[Item],
    layout: str = "before",
    width: int = 32,
    seed: int = 0,
    head: list[str] | None = None,
    foot: list[str] | None = None,
) -> tuple[str, dict]:
    """The raw page text and its truth for these items."""
    rng = random.Random(seed)
    out: list[str] = list(head or [])
    column_left = rng.randint(6, 30)  # body lines until the next column break
    if head:
        out.append("")

    def heading(item: Item) -> None:
        if item.kicker:
            out.extend([item.kicker, ""])
        if item.headline:
            out.append(item.headline)
            if item.subtitle:
                out.append("——" + item.subtitle)
            out.append("")

    for item in items:
        if item.kind == "photo":
            for k, para in enumerate(item.paragraphs):
                lines = cut(para, width * 3, 0)
                if k == len(item.paragraphs) - 1 and item.credit:
                    lines[-1] += " " + item.credit
                out.extend(lines + [""])
            continue
        if layout == "before":
            heading(item)
        if item.byline_lines:
            out.extend(item.byline_lines + [""])
        for k, para in enumerate(item.paragraphs):
            text = (item.dateline + para) if (k == 0 and item.dateline) else para
            lines = cut(text, width)
            for j, line in enumerate(lines):
                out.append(line)
                column_left -= 1
                if column_left <= 0:
                    # a column ends here: a blank line, often in the middle of a paragraph
                    column_left = rng.randint(18, 30)
                    if j < len(lines) - 1:
                        out.append("")
            out.append("")
        if layout == "after":
            heading(item)
    out.extend(foot or [])
    return "\n".join(out) + "\n", {"articles": [i.truth() for i in items]}
