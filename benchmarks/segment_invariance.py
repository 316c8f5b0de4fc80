"""How the segmenter's figures move when a page set is extracted a little differently.

    python benchmarks/segment_invariance.py --dir DIR [--kinds crlf,trail,...]

Real pages reach duba from many extractors: Windows line ends (or doubled, `\\r\\r\\n`, a blank line
under every line), lines padded with spaces or set after a margin of spaces, paragraph indents as
two ASCII spaces, a tab or none, a byte-order mark, doubled blank lines, no-break spaces for spaces
and indents, tabs for the gaps inside lines, no blank lines at all, OCR spaces slipped into a
dateline's agency or a byline's role word or anywhere between two letters, brackets and question
marks printed half width, titles centred by leading spaces. The text a reader sees is the same, so
the segmentation should be too. Each kind rewrites every page of DIR (in a temporary folder),
segments it as `duba segment --json` does and scores it against the truth
(`tests/tools/score_pages.py`), unchanged but for the kinds that change the text itself
(`TEXT_CHANGED`); one line of field means per kind, `none` first.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import load_page  # noqa: E402
from tests.tools.score_pages import score  # noqa: E402

FIELDS = ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body")
IDEOGRAPHIC_SPACE = "\u3000"


def _lines(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(change(line) for line in text.split("\n"))


_HEADS = ("本报", "本刊", "新华社", "中新社", "记者", "通讯员", "■ 本报", "■本报")


def _role_slips(text: str) -> str:
    """One OCR space slipped in after one of the first seven letters of every line that opens with
    a news agency or a reporter's role word (`新华 社北京…电`, `本报记 者 X`); lines set letter by
    letter are left alone. Where it falls is drawn with a fixed seed."""
    draw = random.Random(7)
    out = []
    for line in text.split("\n"):
        bare = line.lstrip(IDEOGRAPHIC_SPACE + " ")
        if bare.startswith(_HEADS) and not re.match(r"(?:\S ){3}", bare.lstrip("■ ")):
            inside = [k for k in range(1, min(len(line), 8)) if _ideographs(line[k - 1 : k + 1])]
            if inside:
                k = draw.choice(inside)
                line = line[:k] + " " + line[k:]
        out.append(line)
    return "\n".join(out)


def _ocr_slips(text: str) -> str:
    """A single OCR space slipped in between two letters (ideographs, or an ideograph and a digit) at
    three in a hundred of such places anywhere on the page, text and titles alike (`福州市华 都大酒店`,
    `3 月`); never between two digits. Drawn with a fixed seed."""
    draw = random.Random(7)
    out = []
    for line in text.split("\n"):
        chars = list(line)
        for k in range(len(chars) - 1, 0, -1):
            pair = chars[k - 1] + chars[k]
            if (_ideographs(pair) or (_letter(pair[0]) and _letter(pair[1]) and not pair.isdigit())) and (
                draw.random() < 0.03
            ):
                chars.insert(k, " ")
        out.append("".join(chars))
    return "\n".join(out)


def _letter(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()


def _centred_titles(text: str) -> str:
    """Each short line that finishes no sentence and stands next to a blank line (titles, bylines,
    running heads) set in the middle of its column by leading spaces, as an extractor that keeps
    where a line stands across its column prints it."""
    lines = text.split("\n")
    widths = sorted(len(line.strip()) for line in lines if len(line.strip()) > 6)
    column = widths[len(widths) // 2] if widths else 15  # (characters: the page's middle line)
    out = []
    for k, line in enumerate(lines):
        bare = line.strip()
        apart = k == 0 or not lines[k - 1].strip() or k + 1 == len(lines) or not lines[k + 1].strip()
        if bare and apart and len(bare) < 0.8 * column and bare[-1] not in "。！？”" and line == bare:
            line = " " * max(2, column - len(bare)) + bare  # (half the spare cells: two a character)
        out.append(line)
    return "\n".join(out)


def _ideographs(pair: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in pair)


KINDS: dict[str, Callable[[str], str]] = {
    "none": lambda text: text,
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "crcrlf": lambda text: text.replace("\n", "\r\r\n"),  # line ends doubled: a blank under every line
    "bom": lambda text: "\ufeff" + text,
    "trail": _lines(lambda line: line + "  " if line.strip() else line),
    "indent-ascii": _lines(
        lambda line: "    " + line.lstrip(IDEOGRAPHIC_SPACE) if line.startswith(IDEOGRAPHIC_SPACE) else line
    ),
    "tab-indent": _lines(
        lambda line: "\t" + line.lstrip(IDEOGRAPHIC_SPACE) if line.startswith(IDEOGRAPHIC_SPACE) else line
    ),
    "no-indent": _lines(lambda line: line.lstrip(IDEOGRAPHIC_SPACE + " ")),
    "margin": _lines(lambda line: "  " + line if line.strip() else line),
    "margin-ideo": _lines(lambda line: IDEOGRAPHIC_SPACE + line if line.strip() else line),
    "nbsp": lambda text: text.replace(" ", "\u00a0").replace(IDEOGRAPHIC_SPACE * 2, "\u00a0" * 4),
    "role-slips": _role_slips,
    "ocr-slips": _ocr_slips,
    "centred-titles": _centred_titles,
    "double-spaced": lambda text: text.replace("\n", "\n\n"),
    "double-blank": lambda text: re.sub(r"\n(\n+)", lambda run: "\n" + run.group(1) * 2, text),
    "tab-gap": lambda text: re.sub(r"(?<=\S)  (?=\S)", "\t", text),  # a gap inside a line as a tab
    "no-blanks": lambda text: re.sub(r"\n\s*\n+", "\n", text),  # every blank line taken out
}


_HALF_WIDTH = str.maketrans("（）？！", "()?!")

# kinds that change the text itself: the truth is changed the same way before it is compared
TEXT_CHANGED: dict[str, Callable[[str], str]] = {"half-width": lambda text: text.translate(_HALF_WIDTH)}
KINDS.update(TEXT_CHANGED)


def _changed(value: object, change: Callable[[str], str]) -> object:
    """A truth (JSON) with `change` made to every string in it."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_changed(item, change) for item in value]
    if isinstance(value, dict):
        return {key: _changed(item, change) for key, item in value.items()}
    return value


def run(folder: Path, kind: str) -> dict[str, float]:
    """Field means over the pages of `folder` rewritten by `kind`."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in sorted(manifest):
            source = folder / name
            target = Path(scratch) / name
            target.write_text(KINDS[kind](source.read_text(encoding="utf-8")), encoding="utf-8")
            truth = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
            if kind in TEXT_CHANGED:
                truth = _changed(truth, TEXT_CHANGED[kind])
            page = load_page(target, use_cache=False, corrections=False)
            figures, _ = score(truth, {"articles": [a.to_dict() for a in page.articles]})
            rows.append(figures)
    return {field: statistics.fmean(row[field] for row in rows) for field in FIELDS}


def main() -> None:
    """Print one line of field means per kind."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dir", type=Path, required=True, help="a page set: page_N.txt, .json, manifest.json"
    )
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated, of: " + ", ".join(KINDS))
    args = parser.parse_args()
    print(f"{'kind':14}" + "".join(f"{f.split('_')[0][:9]:>10}" for f in FIELDS))
    for kind in args.kinds.split(","):
        means = run(args.dir, kind)
        print(f"{kind:14}" + "".join(f"{means[f]:10.3f}" for f in FIELDS))


if __name__ == "__main__":
    main()
