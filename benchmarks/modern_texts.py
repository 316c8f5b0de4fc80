"""The committed 2026 article texts (`benchmarks/texts/modern/*.md`), read as marked lines.

Each file holds one People's Daily article as Markdown: front matter between two `---` lines
(`date`, `source_url`), then `### ` kicker, `# ` headline, `## ` subtitle, `> ` byline, image lines
`![caption　　credit]()` for the article's own photos, and every other non-blank line a body
paragraph. `read` gives one file as a `Text`: its date and its lines in order, each with its mark
taken off and its ends stripped. Nothing more is read into them here: what a line means on a page
(whose names a byline gives, where a dateline ends, which texts are too unsure to lay out) is each
layout program's own reading, made from a `Text`, so that the programs stay independent of each
other while the Markdown is read once.

No text dated 2025 is ever read: that year is held out for the independent check (`read` raises).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

MODERN = Path(__file__).resolve().parent / "texts" / "modern"
HELD_OUT = "2025"
# a line's mark and what it is; any other non-blank line is a paragraph ("para")
MARKS = (("### ", "kicker"), ("## ", "subtitle"), ("# ", "headline"), ("> ", "byline"), ("![", "photo"))
TITLE = ("kicker", "headline", "subtitle")  # the title stack's parts, top down
CREDIT_GAP = "\u3000\u3000"  # two ideographic spaces part a photo's caption from its credit


class Line(NamedTuple):
    """One non-blank line of an article: its mark and its text without the mark, ends stripped.

    A photo line's text is what its brackets hold (`caption　　credit`), see `split_photo`.
    """

    mark: str  # kicker, headline, subtitle, byline, photo or para
    text: str


@dataclass(frozen=True)
class Text:
    """One article file as marked lines, in the order the file gives them."""

    key: str  # the file's name without `.md`, e.g. `2026-01-02_01_01`
    date: str  # the front matter's date (YYYY-MM-DD), '' when it has none
    lines: tuple[Line, ...]

    def all(self, mark: str) -> list[str]:
        """The text of every line with `mark`, in order."""
        return [line.text for line in self.lines if line.mark == mark]

    def last(self, mark: str) -> str | None:
        """The text of the last line with `mark` (a later one stands for an earlier), or None."""
        found = self.all(mark)
        return found[-1] if found else None

    @property
    def kicker(self) -> str | None:
        """The kicker (`### `), or None."""
        return self.last("kicker")

    @property
    def headline(self) -> str | None:
        """The headline (`# `), or None."""
        return self.last("headline")

    @property
    def subtitle(self) -> str | None:
        """The subtitle (`## `), or None."""
        return self.last("subtitle")

    @property
    def bylines(self) -> list[str]:
        """Every byline line (`> `), as printed."""
        return self.all("byline")

    @property
    def paragraphs(self) -> list[str]:
        """The body paragraphs (every unmarked line), as printed."""
        return self.all("para")

    @property
    def photos(self) -> list[tuple[str, str]]:
        """(caption, credit) of every image line, in order; either may be ''."""
        return [split_photo(text) for text in self.all("photo")]

    def body_start(self) -> int:
        """The index of the first paragraph's line (the number of lines when there is none)."""
        return next((i for i, line in enumerate(self.lines) if line.mark == "para"), len(self.lines))

    def head(self, n: int) -> Text:
        """The same text with its first `n` lines only."""
        return replace(self, lines=self.lines[:n])

    def in_order(self) -> bool:
        """True when the title parts stand in order (kicker, headline, subtitle), each and the byline
        at most once, and the subtitle and the byline before the body: an article read for sure."""
        marks = [line.mark for line in self.lines]
        stack = [mark for mark in marks if mark in TITLE]
        if stack != sorted(set(stack), key=TITLE.index) or marks.count("byline") > 1:
            return False
        body = marks[self.body_start() :]
        return "subtitle" not in body and "byline" not in body


def split_photo(text: str) -> tuple[str, str]:
    """(caption, credit) of a photo line's text, parted at the first wide gap; credit '' when none."""
    caption, _, credit = text.partition(CREDIT_GAP)
    return caption.strip(), credit.strip()


def mark_line(line: str) -> Line:
    """A stripped non-blank line as a `Line`."""
    for prefix, mark in MARKS:
        if line.startswith(prefix):
            if mark == "photo":
                return Line(mark, line[2 : line.rfind("](")].strip())
            return Line(mark, line[len(prefix) :].strip())
    return Line("para", line)


def parse(raw: str, key: str) -> Text:
    """The Markdown `raw` of the file named `key` as a Text; ValueError for a text dated 2025."""
    lines = raw.splitlines()
    date = ""
    ends = [i for i, line in enumerate(lines) if line.strip() == "---"][:2]
    if len(ends) == 2 and ends[0] == 0:
        for line in lines[1 : ends[1]]:
            name, _, value = line.partition(":")
            if name.strip() == "date":
                date = value.strip()
        lines = lines[ends[1] + 1 :]
    refuse_held_out(key, date)
    return Text(key, date, tuple(mark_line(s) for s in (line.strip() for line in lines) if s))


def refuse_held_out(key: str, date: str = "") -> None:
    """ValueError when the file named `key` (or its front matter's date) is of the held-out year."""
    if key.startswith(HELD_OUT) or date.startswith(HELD_OUT):
        raise ValueError(f"{key}: texts dated {HELD_OUT} are held out for the independent check")


def read(path: Path) -> Text:
    """One article file as a Text (ValueError for a text dated 2025, refused before it is opened)."""
    refuse_held_out(path.stem)
    return parse(path.read_text(encoding="utf-8"), path.stem)


def article_paths(folder: Path = MODERN) -> list[Path]:
    """The article files of `folder` in file-name order (its README is notes, not an article)."""
    return [path for path in sorted(folder.glob("*.md")) if path.name != "README.md"]
