#!/usr/bin/env python3
"""List every paragraph-break error of the segmenter on validation splits, with the page's lines.

    python benchmarks/paragraph_errors.py SPLIT_DIR [SPLIT_DIR ...] [--out FILE.jsonl]

For each article paired with its truth (as tests/tools/score_pages.py pairs them), a break the
truth has and the segmenter missed ("missed": two paragraphs run together) or a break the segmenter
made and the truth lacks ("added": a paragraph cut) is printed with the paragraph text around it and
the page's raw lines there (each with its width in cells), so errors can be sorted into kinds.
A truth break the segmenter made too, but at an offset moved by a text difference earlier in the
body (a caption or a heading line taken into it or left out), is "shifted": the scorer counts it as
missed and added, though the break itself was read right.
Each split's header counts the errors by kind (`sort_kind`); each error is also written as one JSON
line to --out. Never point it at a blind split's pages.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.corpus import load_page  # noqa: E402
from tests.tools.score_pages import breaks, pair  # noqa: E402


def _cells(text: str) -> int:
    return sum(1 if c.isascii() else 2 for c in text)


def _raw_index(raw_lines: list[str]) -> tuple[str, list[int]]:
    """The page's text with all whitespace dropped, and the line each kept character is on."""
    chars: list[str] = []
    where: list[int] = []
    for n, line in enumerate(raw_lines):
        for c in line:
            if not c.isspace() and c != "\u3000":
                chars.append(c)
                where.append(n)
    return "".join(chars), where


def _squash(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c != "\u3000")


def _find(body: str, at: int, flat: str, where: list[int]) -> tuple[int, int] | None:
    """The raw lines holding the characters just before and just after offset `at` of `body`."""
    before, after = _squash(body[max(0, at - 14) : at]), _squash(body[at : at + 10])
    pos = flat.find(before + after) if before + after else -1
    if pos < 0 and after and flat.find(after) >= len(before):
        pos = flat.find(after) - len(before)
    if pos < 0 or not before or not after:
        return None
    return where[pos + len(before) - 1], where[pos + len(before)]


def _width(raw: list[str], line: int) -> int:
    """The most common width of the text lines near `line` (the column's width, roughly)."""
    widths = [_cells(raw[n]) for n in range(max(0, line - 20), min(len(raw), line + 20)) if raw[n].strip()]
    widths = [w for w in widths if w >= 8]
    return max(set(widths), key=widths.count) if widths else 0


def _lines(raw: list[str], above: int, below: int) -> list[str]:
    out = []
    for n in range(max(0, above - 2), min(len(raw), below + 3)):
        mark = ">" if n == below else " "
        out.append(f"{mark}{_cells(raw[n]):3d}|{raw[n]}")
    return out


def _clean(body: str, at: int, other: str) -> bool:
    """Do the 8 characters on each side of the break at `at` of `body` run on, as one text, in the
    other body (else the break borders text that only one side has: an article's text error)?"""
    return body[max(0, at - 8) : at + 8] in other


def _to_truth(pbody: str, tbody: str):
    """Map an offset of the predicted body to the truth body's, through their alignment."""
    blocks = difflib.SequenceMatcher(None, pbody, tbody, autojunk=False).get_matching_blocks()

    def moved(at: int) -> int:
        for a, b, size in blocks:
            if a <= at <= a + size:
                return b + at - a
        return -10

    return moved


def _cause(pbody: str, tbody: str, at: int) -> dict:
    """The nearest text difference at or above truth offset `at`: what the truth has there and what
    the segmenter printed instead (a caption, a credit, a heading taken into the body or left out)."""
    ops = difflib.SequenceMatcher(None, pbody, tbody, autojunk=False).get_opcodes()
    found = {}
    for tag, i1, i2, j1, j2 in ops:
        if tag != "equal" and j1 <= at + 1:
            found = {"truth_has": tbody[j1:j2][:60], "printed": pbody[i1:i2][:60]}
    return found


TOTALS: dict[str, int] = {}  # over the pages read: truth breaks, predicted breaks, hits (paired articles)


def errors(folder: Path) -> list[dict]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    out: list[dict] = []
    for page in sorted(manifest):
        path = folder / page
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        got = load_page(path, use_cache=False, corrections=False)
        pred = [a.to_dict() for a in got.articles]
        raw = path.read_text(encoding="utf-8").splitlines()
        flat, where = _raw_index(raw)
        for i, j, _ in pair(truth["articles"], pred):
            t, p = truth["articles"][i], pred[j]
            bt, bp = breaks(t), breaks(p)
            tbody = "".join(t["paragraphs"])
            pbody = "".join(p["paragraphs"])
            moved = _to_truth(pbody, tbody)
            TOTALS["truth"] = TOTALS.get("truth", 0) + len(bt)
            TOTALS["predicted"] = TOTALS.get("predicted", 0) + len(bp)
            TOTALS["hit"] = TOTALS.get("hit", 0) + sum(1 for b in bt if any(abs(b - c) <= 1 for c in bp))
            for b in sorted(bt):
                if not any(abs(b - c) <= 1 for c in bp):
                    # a break the segmenter made too, at an offset moved by a text difference above it
                    shifted = any(abs(b - moved(c)) <= 1 for c in bp)
                    error = "shifted" if shifted else "missed"
                    out.append(_row(page, i, error, tbody, b, pbody, flat, where, raw, t))
                    if error == "shifted" or not out[-1]["clean"]:
                        out[-1]["cause"] = _cause(pbody, tbody, b)
            for c in sorted(bp):
                if not any(abs(b - c) <= 1 for b in bt) and not any(abs(b - moved(c)) <= 1 for b in bt):
                    out.append(_row(page, i, "added", pbody, c, tbody, flat, where, raw, t))
                    if not out[-1]["clean"]:
                        out[-1]["cause"] = _cause(pbody, tbody, moved(c) if moved(c) >= 0 else len(tbody))
    return out


def _row(page, art, error, body, at, other, flat, where, raw, truth) -> dict:
    found = _find(body, at, flat, where)
    row = {
        "page": page,
        "article": art,
        "kind": truth.get("kind"),
        "error": error,
        "before": body[max(0, at - 30) : at],
        "after": body[at : at + 30],
        "clean": _clean(body, at, other),
        "lines": ["(not found in the page)"],
    }
    if found:
        above, below = found
        row.update(
            above=raw[above],
            below=raw[below],
            blanks=sum(1 for n in range(above + 1, below) if not raw[n].strip()),
            width=_width(raw, below),
            lines=_lines(raw, above, below),
        )
    return row


_CAPTION = re.compile(r"摄|供图|图片|^图[①-⑩0-9０-９]|^图为|题图")
_DATELINE = re.compile(r"本报|新华社|电|讯|记者|通讯员")
_ENDS = "。！？…”」』）)!?；;："


def sort_kind(row: dict) -> str:
    """The kind of one error: for a break moved or bordered by a text difference, what that text is
    (spaces, a caption or credit, running text, a head-like line, a dateline, on the side that has
    it); for a break read wrong on the same text, the shape of the lines around it (a blank between
    or not, the line above full or short of the column, finishing its sentence or not)."""
    if row["error"] == "shifted" or not row["clean"]:
        cause = row.get("cause") or {}
        truth_has, printed = cause.get("truth_has", ""), cause.get("printed", "")
        side, text = ("truth", truth_has) if len(truth_has) >= len(printed) else ("output", printed)
        if not text.strip():
            what = "spaces"
        elif _CAPTION.search(text):
            what = f"caption or credit only in the {side}"
        elif len(text) <= 30 and _DATELINE.search(text):
            what = f"dateline or byline only in the {side}"
        elif len(text) <= 30 and text[-1] not in _ENDS:
            what = f"head-like line only in the {side}"
        else:
            what = f"running text only in the {side}"
        return f"{row['error']} by a text difference: {what}"
    if "above" not in row:
        return f"{row['error']}: lines not found"
    above = row["above"].rstrip()
    full = "full" if _cells(above) >= row["width"] - 1 else "short"
    ends = "finished" if above.strip()[-1:] in _ENDS else "unfinished"
    gap = "over a blank" if row["blanks"] else "no blank"
    return f"{row['error']}: {gap}, line above {full}, {ends}"


def main() -> None:
    args = sys.argv[1:]
    out_file = None
    if "--out" in args:
        k = args.index("--out")
        out_file = Path(args[k + 1])
        del args[k : k + 2]
    rows: list[dict] = []
    for folder in args:
        found = errors(Path(folder))
        for r in found:
            r["split"] = folder
        rows.extend(found)
        count = {e: sum(1 for r in found if r["error"] == e) for e in ("missed", "added", "shifted")}
        print(f"# {folder}: " + ", ".join(f"{n} {e}" for e, n in count.items()))
        t, p, h = (TOTALS.get(k, 0) for k in ("truth", "predicted", "hit"))
        print(f"# breaks: {t} truth, {p} predicted, {h} hit")
        TOTALS.clear()
        kinds: dict[str, int] = {}
        for r in found:
            kinds[sort_kind(r)] = kinds.get(sort_kind(r), 0) + 1
        for kind, n in sorted(kinds.items(), key=lambda item: -item[1]):
            print(f"#  {n:5d}  {kind}")
        for r in found:
            clean = "" if r["clean"] else " (text differs)"
            print(f"{r['error']:6s} {r['page']} a{r['article']}{clean} …{r['before']}‖{r['after']}…")
            for line in r["lines"]:
                print("    " + line)
    if out_file:
        with out_file.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
