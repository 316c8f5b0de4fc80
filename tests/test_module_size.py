"""Every module of the package stays under 500 lines, so each can be read whole: one that grows past it
is split by what it does."""

from __future__ import annotations

from pathlib import Path

import reader

PACKAGE = Path(reader.__file__).resolve().parent
MOST_LINES = 500


def test_no_module_of_the_package_reaches_500_lines() -> None:
    sizes = {
        str(path.relative_to(PACKAGE.parent)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert len(sizes) > 50  # (the walk found the package)
    assert {name: n for name, n in sizes.items() if n >= MOST_LINES} == {}
