"""What a page's text shows of how it was extracted, where that keeps its layout from being read."""

from __future__ import annotations

# characters: no caption is set this wide (one across a whole page runs to ~150); a wider line is text
# extracted without its line ends (a paragraph, or a whole page, on one line)
UNBROKEN = 600


def unbroken(text: str) -> list[str]:
    """A warning when the page's lines are far wider than any column or caption: its text was
    extracted without the line ends, so what is title and what is body cannot be seen."""
    text = text.strip()
    lines = text.count("\n") + 1
    if len(text) <= UNBROKEN * lines:
        return []
    return [
        f"its lines run to {len(text) // lines:,} characters on average, wider than any column: the text "
        "was extracted without its line ends, so titles and articles cannot be told apart"
    ]
