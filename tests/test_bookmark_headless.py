"""The bookmark modules run without a terminal UI: no Textual or Rich import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bookmark_modules_import_neither_textual_nor_rich() -> None:
    code = (
        "import sys, reader.bookmarks, reader.cli.bookmarks\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60
    )
    assert result.stdout.strip() == "[]"
