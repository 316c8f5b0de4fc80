"""Make docs/screenshot.svg: the reader on the bundled corpus at 120×40, as the README shows it.

    python docs/screenshot.py

Rich's SVG export sets each text run's `textLength` from its character count, not its cell width,
so Chinese comes out squeezed to half width (rich#2742). The runs are re-measured here with
`rich.cells.cell_len` before the file is written.
"""

from __future__ import annotations

import asyncio
import html
import os
import re
import tempfile
from pathlib import Path

from rich.cells import cell_len

OUT = Path(__file__).resolve().parent / "screenshot.svg"
_RUN = re.compile(r'(<text [^>]*?)x="([0-9.]+)"([^>]*?)textLength="([0-9.]+)"([^>]*>)(.*?)(</text>)', re.S)


def fix_cjk_widths(svg: str) -> str:
    """Place every character of a text run at its own cell offset, so wide characters take two cells.

    Rich sizes runs by character count (rich#2742), and renderers that ignore `textLength` draw
    CJK narrower than two cells; a `tspan` placed at each character's cell fixes both.
    """

    def place(match: re.Match[str]) -> str:
        head, x0, middle, length, open_end, content, close = match.groups()
        text = html.unescape(content)
        if not text:
            return match.group(0)
        per_cell = float(length) / len(text)
        spans, at = [], float(x0)
        for ch in text:
            spans.append(f'<tspan x="{at:g}">{html.escape(ch)}</tspan>')
            at += per_cell * cell_len(ch)
        return f'{head}x="{x0}"{middle}{open_end}{"".join(spans)}{close}'

    return _RUN.sub(place, svg)


async def _capture() -> str:
    from reader.app.app import DubaApp

    app = DubaApp([])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause()
            await app.workers.wait_for_complete()
            screen = getattr(app, "main_screen", None)
            if screen is not None and screen.has_class("-loaded") and not app.workers:
                break
        await pilot.pause(0.3)
        return app.export_screenshot(title="duba")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("DATA", "CACHE", "CONFIG"):
            os.environ[f"DUBA_{name}_DIR"] = str(Path(tmp) / name.lower())
        svg = asyncio.run(_capture())
    OUT.write_text(fix_cjk_widths(svg), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
