"""How `duba segment PAGE [--json] [--explain]` prints a page: its articles, and why the segmenter chose them.

The articles print readable or as JSON. `--explain` adds every unit of the page (a block of lines, or a
line cut from one) with its role, margin, runner-up and evidence, the known error kinds under each item
(`reader.page.doubt`) and the lines set aside as furniture (in no unit and no article; what they say is
the page's `meta` in JSON): `reader.cli.explain` lays out the readable table, this module the JSON.
Articles whose confidence is under `reader.model.UNCERTAIN_BELOW` are marked `?` (and
`"uncertain": true` in JSON), unless the reader has corrected them: those are marked `✎`
(`"corrected": true`), and their confidence is 1.0, as the reader's own reading; the segmenter's is
kept as `"segmenter_confidence"` (and said under the item in `--explain`). The units always show the
segmenter's own reading; the items show the page as the reader sees it, after their corrections.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
from typing import Any

from reader.cli.explain import furniture_lines, shown_confidence, table_lines, wrap
from reader.cli.output import counted, unfiltered
from reader.filenames import file_label
from reader.model import Page


def _article_json(article: Any) -> dict[str, Any]:
    data = article.to_dict()
    data["uncertain"] = article.uncertain
    data["confidence"] = shown_confidence(article)
    if article.corrected:
        data["segmenter_confidence"] = article.confidence
    return data


def _render_article(data: dict[str, Any], out: list[str]) -> None:
    kind = "图片" if data["kind"] == "photo" else "文章"
    if data.get("corrected"):
        sure = f"✎ corrected by you (the segmenter's confidence was {data['segmenter_confidence']:.2f})"
    else:
        sure = ("? " if data["uncertain"] else "") + f"(confidence {data['confidence']:.2f})"
    out.append(f"── {kind} {data['id']} {sure} " + "─" * 12)
    if data["kicker"]:
        out.append(f"  {data['kicker']}")
    if data["headline"]:
        out.append(f"【{data['headline']}】")
    if data["subtitle"]:
        out.append(f"  ——{data['subtitle']}")
    if data["byline"]:
        people = "，".join(f"{a['role'] or '署名'} {a['name']}" for a in data["authors"])
        out.append(f"  {data['byline']}" + (f"  〔{people}〕" if people else ""))
    if data.get("contributors"):
        out.append(f"  〔参与采写 {'、'.join(data['contributors'])}〕")
    out.append("")
    for paragraph in data["paragraphs"]:
        out.append(f"　　{paragraph}")
    out.append("")


def _neighbours(row: Any) -> float:
    """What the runner-up's labelling lost to the chosen one on everything but the unit itself (the
    roles of the units around it and the steps between): the margin less the unit's own difference."""
    return round(row.margin - (row.score - row.rival_score), 2)


def _start_json(rival: Any) -> dict[str, Any] | None:
    """The best labelling that decides the other way whether an item starts at a unit, for JSON."""
    if rival is None:
        return None
    return {
        "new_item": rival.starts,
        "role": rival.state.role,
        "placement": rival.state.placed,
        "margin": rival.margin,
    }


def _terminal_width() -> int | None:
    """The terminal's width in cells when standard output is one, else None (a pipe, a file)."""
    try:
        return shutil.get_terminal_size().columns if unfiltered(sys.stdout).isatty() else None
    except ValueError:  # closed
        return None


def notes_to_tell(page: Page, as_json: bool, explain: bool) -> list[str]:
    """The notes of `page` (an edited page's corrections carried over; a correction found again by a
    near match) to say on stderr: with `explain`, which asks why the page reads as it does, every one;
    with `as_json` none (the JSON lists them all as `notes`, every run: a script reads them there,
    and its stderr stays quiet); else those the reader has not told yet (it remembers what it told:
    `reader.state.State.was_told`, which only reads the state file; this command writes nothing)."""
    if explain:
        return list(page.notes)
    if as_json or not page.notes:
        return []
    from reader.corpus import note_key
    from reader.state import State

    state = State()
    try:
        told = state.was_told([note_key(page, note) for note in page.notes])
    finally:
        state.close()
    return [note for note, known in zip(page.notes, told, strict=True) if not known]


def print_page(page: Page, text: str, as_json: bool, explain: bool) -> None:
    """Print a segmented page: readable or JSON, its articles or (with `explain`) its units too.
    `text` is the page's decoded text, needed only to explain it."""
    from reader.page.segment import explain as explain_page

    articles = [_article_json(a) for a in page.articles]
    rows, explained = explain_page(text, page.name) if explain else ([], None)
    if as_json:
        payload: dict[str, Any] = {"page": page.name, "meta": page.meta.to_dict(), "articles": articles}
        if page.notes:  # (not on stderr: a script reads them here)
            payload["notes"] = list(page.notes)
        if explain:
            payload["units"] = [
                {
                    "index": r.index,
                    "item": r.article,
                    "new_item": r.new_item,
                    "role": r.role,
                    "placement": r.placement,
                    "margin": None if math.isinf(r.margin) else r.margin,
                    "score": r.score,
                    "text": r.text,
                    "evidence": [[name, weight] for name, weight in r.evidence],
                    "runner_up": r.rival or None,
                    "runner_up_score": r.rival_score if r.rival else None,
                    "runner_up_evidence": [[name, weight] for name, weight in r.rival_evidence],
                    "runner_up_lost_beside": _neighbours(r) if r.rival else None,
                    "start_runner_up": _start_json(r.start_rival),
                }
                for r in rows
            ]
            payload["doubts"] = explained.doubts if explained else {}
            payload["furniture"] = explained.furniture if explained else []
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    if explain:
        segmented = len({row.article for row in rows if row.article >= 0})
        items = counted(segmented, "item") + (
            f"; {len(articles)} as you corrected them, below"
            if any(a.corrected for a in page.articles)
            else ""
        )
        width = _terminal_width()
        out = [*wrap(f"{file_label(page.name)}: {counted(len(rows), 'unit')}, {items}", width), ""]
        out += table_lines(rows, page.articles, explained.doubts if explained else {}, width)
        out += furniture_lines(explained.furniture if explained else [], width)
    else:
        out = [f"{file_label(page.name)}: {counted(len(articles), 'article')}"]
        for article in articles:
            _render_article(article, out)
    sys.stdout.write("\n".join(out) + "\n")
