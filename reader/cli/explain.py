"""How `duba segment PAGE --explain` prints its table: every unit of the page with its role and evidence.

Each unit (a block of lines, or a line cut from one) shows the role the segmenter gave it, whether a
new item starts there, the margin by which that labelling beat the best one that gives the unit
another role, that runner-up role and its score (why not a byline?; where it scores more on the unit
itself, how much it lost on its neighbours), and the features that fired with what each gave the role;
where an item starts (and where one nearly does, or a title line opens none), the best labelling that
decides that the other way (`reader.page.itemwhy`). Under the table, a legend of its columns and
evidence words (`reader.cli.evidence`), then the items, each with the known error kinds that lower its
confidence (`reader.page.doubt`); last, the page's lines set aside as furniture. With a terminal width
every line fits it; piped, each unit is one line, for grep. `reader.cli.segment` prints the rest
(the articles, and the JSON).
"""

from __future__ import annotations

import math
from typing import Any

from reader.cli.evidence import AFTER_LABELLING, meaning
from reader.cli.output import counted
from reader.page.textclean import cell_width

ROLE_NAMES = {
    "kicker": "引题",
    "headline": "标题",
    "subtitle": "副题",
    "byline": "署名",
    "body": "正文",
    "subhead": "小标题",
    "caption": "图说",
    "credit": "图片署名",
    "photo": "图片",
    "photo-credit": "图片署名",
    "photo-title": "图片标题",
}


def shown_confidence(article: Any) -> float:
    """The article's confidence as printed: 1.0 once the reader has corrected it (their own reading is
    sure; the segmenter's is said beside it), else the segmenter's."""
    return 1.0 if article.corrected else article.confidence


def _lost_beside(row: Any) -> list[str]:
    """Where the runner-up scores more on the unit itself than the chosen role, why it lost anyway
    (a subtitle at -3.0 chosen over a headline at 2.5 by 0.1 read as a contradiction), in two parts
    to wrap between; else none."""
    ahead = round(row.rival_score - row.score, 1)
    if not row.rival or ahead <= 0:
        return []
    lost = ahead + float(f"{row.margin:.1f}")  # (the figures as printed add up)
    return [f"(runner-up: {ahead:.1f} better here,", f"{lost:.1f} worse with its neighbours)"]


def _beside(row: Any) -> list[str]:
    """What is said beside a unit's evidence: on a part's heading or byline that a step after the
    labelling read on into the story above (`story_part`), that the margin and runner-up are the
    labelling's, which read the part as a story of its own (what they would say of its losing and of
    where items start is the labelling's reading, not the role shown); else why the runner-up lost
    (`_lost_beside`) and why an item starts here or not (`_start_said`)."""
    if any(name == "story_part" for name, _ in row.evidence):
        return [
            "(read on after the labelling, which read it as",
            "a new story's: margin and runner-up are its)",
        ]
    return _lost_beside(row) + _start_said(row)


def _margin(margin: float) -> str:
    """A unit's margin as the table prints it: "—" where no labelling gives the unit another role."""
    return "—" if math.isinf(margin) else f"{margin:.1f}"


CLOSE_START = 1.0
"""A start margin under this is a close call: said on a unit where no item starts too."""

TITLE_ROLES = frozenset({"kicker", "headline", "subtitle", "subhead", "photo-title"})
"""Roles of a line that looks like the start of a story: on such a unit where no item starts, why none
does is said whatever the margin (a subhead, or a headline printed under its body: why not an article of
its own?)."""


def _start_said(row: Any) -> list[str]:
    """Why an item opens at the unit (▶), or why none does at a close call or on a title line: what the
    best labelling that decides the other way gives the unit, and how much worse it scored, in parts to
    wrap between; else none."""
    rival = row.start_rival
    if rival is None and not row.new_item and row.role in TITLE_ROLES:
        return ["(no labelling the grammar allows", "opens an item here)"]
    if (
        rival is None
        or rival.starts == row.new_item
        or not (row.new_item or rival.margin < CLOSE_START or row.role in TITLE_ROLES)
    ):
        return []  # (an item the labelling did not open, a photo's after its caption's credit: not said)
    what = "a new item here:" if rival.starts else "no new item here:"
    return [f"({what} {rival.margin:.1f} worse,", f"as {rival.state.role} {rival.state.placed})"]


def _clip(text: str, cells: int) -> str:
    """The text cut to `cells` terminal cells (its last one "…" where it runs past), padded to exactly
    that width."""
    if (used := cell_width(text)) <= cells:
        return text + " " * (cells - used)
    out = ""
    for ch in text:
        if cell_width(out + ch) > cells - 1:
            out += "…"
            break
        out += ch
    return out + " " * max(0, cells - cell_width(out))


def _packed(parts: list[str], cells: int | None, sep: str = ", ") -> list[str]:
    """The parts joined by `sep` into lines of at most `cells` terminal cells, never cutting a part
    (a part wider than the line gets a line of its own); with no `cells` (no terminal), one line."""
    if cells is None:
        return [sep.join(parts)] if parts else ["—"]
    lines: list[str] = []
    for part in parts:
        if lines and cell_width(lines[-1] + sep + part) <= cells:
            lines[-1] += sep + part
        else:
            lines.append(part)
    return lines or ["—"]


NARROWEST_TEXT = 16
"""Cells of text --explain keeps for each unit; in a narrower terminal the runner-up leaves its column."""


def table_lines(
    rows: list[Any], articles: list[Any], doubts: dict[str, list[str]], width: int | None = None
) -> list[str]:
    """The explanation's table, then its items. With a terminal `width`, every line fits it: the
    evidence wraps at whole features under its column, or (when the terminal is narrow) goes on lines
    of its own under the unit; without one (piped output) each unit is one line, for grep."""
    roles = [f"{row.role} {ROLE_NAMES.get(row.role, '')}".rstrip() for row in rows]
    role_cells = max([cell_width(role) for role in roles] + [4]) + 1
    if width is not None and 35 + role_cells + 10 + 2 > width:
        # Too narrow even for the narrowest row (no runner-up column, 10 cells of text): the roles'
        # Chinese names go (the legend and the roles themselves stay).
        roles = [row.role for row in rows]
        role_cells = max([cell_width(role) for role in roles] + [4]) + 1
    rivals = [f"{row.rival} {row.rival_score:.1f}" if row.rival else "—" for row in rows]
    if width is not None and 35 + role_cells + 10 + 2 > width:
        # Too narrow for the table's row at all (40 cells): each unit stacks its columns in lines.
        out = _stacked_lines(rows, roles, rivals, width)
        return out + _legend_lines(rows, articles, doubts, width)
    rival_cells = max([cell_width(rival) for rival in rivals] + [len("runner-up")]) + 1
    fixed = 4 + 2 + 4 + 2 + role_cells + 1 + 6 + 1 + 6 + 1 + 6 + 2 + rival_cells + 1
    if width is not None and width - fixed - 2 < NARROWEST_TEXT:
        # No room for a column of runner-ups: each goes on a line of its own under its unit.
        fixed, rival_cells = fixed - rival_cells - 1, 0
    text_cells, inline = 32, True
    if width is not None and (width - fixed - 32 - 2 < 30 or not rival_cells):
        # Too narrow for the evidence beside the text: it goes under the unit, the text keeps what fits.
        text_cells, inline = max(10, min(32, width - fixed - 2)), False
    evidence_at = fixed + text_cells + 2
    header = (
        f"{'unit':>4}  {'item':>4}  {_clip('role', role_cells)} {'place':6} {'margin':>6} {'score':>6}  "
        + (f"{_clip('runner-up', rival_cells)} " if rival_cells else "")
        + _clip("text", text_cells)
    )
    out = [header + "  evidence" if inline else header.rstrip()]
    for row, role, rival in zip(rows, roles, rivals, strict=True):
        start = "▶" if row.new_item else " "
        parts = _shown(row.evidence)
        beside = _beside(row)
        line = (
            f"{row.index:4d}  {start}{row.article + 1:3d}  {_clip(role, role_cells)} {row.placement:6} "
            f"{_margin(row.margin):>6} {row.score:6.1f}  "
            + (f"{_clip(rival, rival_cells)} " if rival_cells else "")
            + _clip(row.text, text_cells)
        )
        if width is None:
            out.append(" ".join([f"{line}  {', '.join(parts) or '—'}", *beside]))
        elif inline:
            packed = _packed(parts, width - evidence_at - 1)
            out.append(f"{line}  {packed[0]}")
            out += [" " * evidence_at + more for more in packed[1:]]
            if beside:
                out += [" " * evidence_at + more for more in _packed(beside, width - evidence_at - 1, " ")]
        else:
            out.append(line.rstrip())
            if not rival_cells:  # a line of its own: after a comma it read as the runner-up's evidence
                out += [" " * 8 + line for line in wrap(f"runner-up: {rival}", width - 9)]
            out += _under_unit(parts, beside, width)
    return out + _legend_lines(rows, articles, doubts, width)


def _shown(evidence: list[tuple[str, float]]) -> list[str]:
    """A unit's evidence as the table prints it: each word with what it gave the role, and the marks
    set after the labelling (`AFTER_LABELLING`) by their word alone."""
    return [
        f"{name} {weight:+g}" if weight else name
        for name, weight in evidence
        if weight or name in AFTER_LABELLING
    ]


def _under_unit(parts: list[str], beside: list[str], width: int) -> list[str]:
    """A unit's evidence (`parts`) and what it lost on its neighbours or at an item's start
    (`beside`), on lines of their own under the unit, indented."""
    out = [" " * 8 + more for more in _packed(parts, width - 9)]
    if beside:
        out += [" " * 8 + more for more in _packed(beside, width - 9, " ")]
    return out


def _stacked_lines(rows: list[Any], roles: list[str], rivals: list[str], width: int) -> list[str]:
    """The table for a terminal too narrow for its row (40 cells): a unit's number, item and role on
    its first line, then its place, margin, score and runner-up, its text, its evidence, indented."""
    out = [
        f"{'unit':>4} {'item':>4}  role place",
        f"{'':8}margin · score · runner-up",
        f"{'':8}text · evidence",
    ]
    for row, role, rival in zip(rows, roles, rivals, strict=True):
        start = "▶" if row.new_item else " "
        out.append(f"{row.index:4d} {start}{row.article + 1:3d}  {role} {row.placement}")
        figures = _packed([f"margin {_margin(row.margin)}", f"score {row.score:.1f}"], width - 9, " · ")
        runner_up = f"runner-up: {rival}"  # (wrapped between words: `byline after (under its title)`)
        if cell_width(f"{figures[-1]} · {runner_up}") <= width - 9:
            figures[-1] += f" · {runner_up}"
        else:
            figures += wrap(runner_up, width - 9)
        out += [" " * 8 + line for line in figures]
        out.append(" " * 8 + _clip(row.text, width - 9).rstrip())
        parts = _shown(row.evidence)
        out += _under_unit(parts, _beside(row), width)
    return out


def _legend_lines(
    rows: list[Any], articles: list[Any], doubts: dict[str, list[str]], width: int | None
) -> list[str]:
    """Under the table: what its columns and its evidence words mean, then the items."""
    from reader.model import UNCERTAIN_BELOW

    cells = None if width is None else width - 1
    out = ["", *wrap("what the table says:", cells)]
    legend = [
        ("unit", "a block of lines (or a line cut from one), in page order"),
        ("item", "the article or photo it went to; ▶ where one starts"),
        ("role", "what the segmenter read it as"),
        ("place", "whether its item's title is printed before its body or after it"),
        ("score", "what the role and the unit's evidence add up to (the evidence: each word's number)"),
        (
            "margin",
            "how much better the whole page's labelling scored than the best one that gives "
            f"the unit another role: the runner-up, with its score (under {CLOSE_START:g}: a close call; "
            "—: no labelling the page's grammar allows gives it another)",
        ),
        ("(runner-up: ...)", "it scores more on the unit itself, and lost on the roles of its neighbours"),
        (
            "(a new item here: ...)",
            f"at ▶, on a title line and at a close call (under {CLOSE_START:g}): "
            "the best labelling that decides the other way whether an item starts at the unit, how much "
            "worse it scored and the role it gives",
        ),
    ]
    out += _term_lines(legend, cells)
    shown = (name for row in rows for name, weight in row.evidence if weight or name in AFTER_LABELLING)
    words = list(dict.fromkeys(shown))
    if words:
        out += ["", *wrap("evidence words (what each one saw in the unit), A to Z:", cells)]
        out += _term_lines([(word, meaning(word)) for word in sorted(words)], cells)
    items = f"items (? under {UNCERTAIN_BELOW:g}; under each, what lowers its confidence):"
    out += ["", *wrap(items, cells)]
    corrected = sum(article.corrected for article in articles)
    if corrected:
        note = [
            f"✎ {corrected} item(s) corrected by you:",
            "the units above are the segmenter's own reading,",
            "the items below the page as you read it, numbered anew",
            "(after each, the items of the table it holds;",
            "`duba corrections export` lists the corrections)",
        ]
        out += _packed(" ".join(note).split(" "), None if width is None else width - 1, " ")
    held = _items_held(rows, articles) if corrected else [""] * len(articles)
    for k, article in enumerate(articles, start=1):
        mark = "✎" if article.corrected else "?" if article.uncertain else " "
        head = f"{k:4d} {mark} confidence {shown_confidence(article):.2f}  {article.kind:7}  {held[k - 1]}"
        if width is None:
            out.append(head + article.title[:40])
        elif width - 2 - len(head) >= 10:
            out.append(head + _clip(article.title, width - 2 - len(head)).rstrip())
        else:  # (a narrow terminal: the title on a line of its own)
            out += [head.rstrip(), " " * 7 + _clip(article.title, width - 8).rstrip()]
        said = list(doubts.get(article.id, ()))
        if article.corrected:
            said.insert(0, f"the segmenter's confidence {article.confidence:.2f}")
        if said:
            if width is None:
                out.append(f"{'':7}{'; '.join(said)}")
            else:
                out += [" " * 7 + more for more in _packed("; ".join(said).split(" "), width - 8, " ")]
    return out


def wrap(text: str, cells: int | None) -> list[str]:
    """`text` wrapped between words at `cells` (one line without)."""
    return _packed(text.split(" "), cells, " ")


def _term_lines(pairs: list[tuple[str, str]], cells: int | None) -> list[str]:
    """Each term and what it means, the meanings in a column after the longest term where the lines
    leave them 30 cells, else on lines of their own under their term; with no `cells` (piped output),
    one line each."""
    column = max(cell_width(term) for term, _ in pairs) + 2
    out: list[str] = []
    for term, text in pairs:
        padded = term + " " * (column - cell_width(term))
        if cells is None:
            out.append(f"  {padded}{text}")
        elif cells - 2 - column >= 30:
            lines = _packed(text.split(" "), cells - 2 - column, " ")
            out.append(f"  {padded}{lines[0]}")
            out += [" " * (2 + column) + line for line in lines[1:]]
        else:
            out.append(f"  {term}")
            out += ["    " + line for line in _packed(text.split(" "), cells - 4, " ")]
    return out


HELD_KEY = 12
"""Characters (spaces left out) of a unit's text looked for in a corrected item to say it holds the unit."""


def _items_held(rows: list[Any], articles: list[Any]) -> list[str]:
    """For each item as corrected, the items of the segmenter's table whose units it holds, as
    "(items 2, 3) ": a join or split numbers the items below anew, and "item 3" above is "item 2" below
    after a join. A unit is found by the opening of its text (spaces left out), in the first item from
    the last one found on (units come in page order)."""
    texts = [
        "".join("".join(filter(None, [a.kicker, a.headline, a.subtitle, a.byline, *a.paragraphs])).split())
        for a in articles
    ]
    held: list[list[int]] = [[] for _ in articles]
    at = 0
    for row in rows:
        if row.article < 0:  # (a unit in no item: furniture)
            continue
        key = "".join(row.text.split())[:HELD_KEY]
        if len(key) < 4:  # (a rule or a lone mark: found anywhere)
            continue
        found = next((n for n in range(at, len(texts)) if key in texts[n]), None)
        if found is None:
            continue
        at = found
        if row.article + 1 not in held[found]:
            held[found].append(row.article + 1)
    return [
        f"(item{'s' if len(items) > 1 else ''} {', '.join(map(str, items))}) " if items else ""
        for items in held
    ]


def furniture_lines(lines: list[str], width: int | None) -> list[str]:
    """The page's lines set aside as furniture, under a note that says so: in no unit, no article."""
    if not lines:
        return []
    note = f"set aside as page furniture ({counted(len(lines), 'line')}; in --json: meta):"
    out = ["", *wrap(note, width)]
    for line in lines:
        out += ["  " + part for part in _cut(line, None if width is None else width - 2)]
    return out


def _cut(text: str, cells: int | None) -> list[str]:
    """`text` cut into pieces of at most `cells` terminal cells (one piece without)."""
    if cells is None or cell_width(text) <= cells:
        return [text]
    pieces = [""]
    for ch in text:
        if cell_width(pieces[-1] + ch) > cells:
            pieces.append("")
        pieces[-1] += ch
    return pieces
