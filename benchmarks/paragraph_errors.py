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
Each error is also written as one JSON line to --out. Never point it at a blind split's pages.
"""

from __future__ import annotations

import difflib
import json
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


def _context(body: str, at: int, flat: str, where: list[int], raw: list[str]) -> list[str]:
    """The raw lines around offset `at` of `body` (found by the text on both sides)."""
    before, after = _squash(body[max(0, at - 14) : at]), _squash(body[at : at + 10])
    key = before + after
    pos = flat.find(key) if key else -1
    if pos < 0:
        pos = flat.find(after) - len(before) if after and flat.find(after) >= 0 else -1
    if pos < 0:
        return ["(not found in the page)"]
    line = where[min(len(where) - 1, pos + len(before))]
    out = []
    for n in range(max(0, line - 2), min(len(raw), line + 3)):
        mark = ">" if n == line else " "
        out.append(f"{mark}{_cells(raw[n]):3d}|{raw[n]}")
    return out


def _to_truth(pbody: str, tbody: str):
    """Map an offset of the predicted body to the truth body's, through their alignment."""
    blocks = difflib.SequenceMatcher(None, pbody, tbody, autojunk=False).get_matching_blocks()

    def moved(at: int) -> int:
        for a, b, size in blocks:
            if a <= at <= a + size:
                return b + at - a
        return -10

    return moved


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
            for b in sorted(bt):
                if not any(abs(b - c) <= 1 for c in bp):
                    # a break the segmenter made too, at an offset moved by a text difference above it
                    shifted = any(abs(b - moved(c)) <= 1 for c in bp)
                    error = "shifted" if shifted else "missed"
                    out.append(_row(folder, page, i, error, tbody, b, flat, where, raw, t))
            for c in sorted(bp):
                if not any(abs(b - c) <= 1 for b in bt) and not any(abs(b - moved(c)) <= 1 for b in bt):
                    out.append(_row(folder, page, i, "added", pbody, c, flat, where, raw, t))
    return out


def _row(folder, page, art, kind, body, at, flat, where, raw, truth) -> dict:
    return {
        "split": f"{folder.parent.name}/{folder.name}",
        "page": page,
        "article": art,
        "kind": truth.get("kind"),
        "error": kind,
        "before": body[max(0, at - 30) : at],
        "after": body[at : at + 30],
        "lines": _context(body, at, flat, where, raw),
    }


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
        rows.extend(found)
        count = {e: sum(1 for r in found if r["error"] == e) for e in ("missed", "added", "shifted")}
        print(f"# {folder}: " + ", ".join(f"{n} {e}" for e, n in count.items()))
        for r in found:
            print(f"{r['error']:6s} {r['page']} a{r['article']} …{r['before']}‖{r['after']}…")
            for line in r["lines"]:
                print("    " + line)
    if out_file:
        with out_file.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
