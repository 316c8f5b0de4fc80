"""What is left of a damaged bookmark file: the documents of its table still whole in it.

A file cut off mid-write, or with a few bytes overwritten, is still mostly documents: `salvage` reads
them one after another and skips what is damaged, so that moving the file aside loses only those.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

_DECODER = json.JSONDecoder()

MARKER_WINDOW = 64 * 1024
"""How far into a damaged file to look for the table name that shows it was once a store."""


_SPACE = re.compile(r"[\s,]*")
_DAMAGED_TEXT = re.compile("[\udc80-\udcff]")


def salvage(
    raw: bytes, table: str, usable: Callable[[str, dict[str, Any]], bool] | None = None
) -> tuple[dict[str, Any], int]:
    """The documents of `table` still whole in a damaged file, and how many damaged ones were skipped.

    Reads `"key": {...}` pairs one after another from the table's opening brace (any layout: one
    document a line as `write` makes, or TinyDB's single line); after a damaged one it goes on at the
    next line. A document with bytes that are not UTF-8, or that `usable` refuses, counts as damaged.
    """
    text = raw.decode("utf-8", errors="surrogateescape")
    start = re.search(re.escape(json.dumps(table)) + r"\s*:\s*\{", text)
    docs: dict[str, Any] = {}
    damaged = 0
    if start is None:
        return docs, damaged
    pos = start.end()
    while True:
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= len(text) or text[pos] == "}":
            return docs, damaged
        try:
            key, end = _DECODER.raw_decode(text, pos)
            end = _SPACE.match(text, end).end()  # type: ignore[union-attr]
            if not isinstance(key, str) or text[end : end + 1] != ":":
                raise ValueError("not a document")
            doc, end = _DECODER.raw_decode(text, _SPACE.match(text, end + 1).end())  # type: ignore[union-attr]
            if not isinstance(doc, dict) or _DAMAGED_TEXT.search(text, pos, end):
                raise ValueError("not a document")
            if usable is not None and not usable(key, doc):
                damaged += 1
                pos = end
                continue
        except ValueError:
            damaged += 1
            newline = text.find("\n", pos)
            if newline < 0:
                return docs, damaged
            pos = newline + 1
            continue
        docs[key] = doc
        pos = end
