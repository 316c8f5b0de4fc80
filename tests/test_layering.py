"""The headless modules never import Textual: the data flow runs without a UI."""

from __future__ import annotations

import subprocess
import sys

HEADLESS = [
    "reader.page.decode",
    "reader.page.segment",
    "reader.page.byline",
    "reader.page.textclean",
    "reader.search.index",
    "reader.search.query",
    "reader.search.textnorm",
    "reader.analysis",
    "reader.bookmarks",
    "reader.passages",
    "reader.state",
    "reader.corpus",
    "reader.model",
]


def test_headless_modules_do_not_import_textual() -> None:
    code = "import sys\n" + "".join(f"import {m}\n" for m in HEADLESS) + "print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
