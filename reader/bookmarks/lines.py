"""The bookmark file's layout: TinyDB's JSON, one document a line, read and written a line at a time.

`serialize` writes `{`, then per table its name and `:{`, one `"key":{document}` line per document
(JSON escapes control characters, so a line holds no newline), and `}`. It encodes again only the
documents that are new or changed in place (`Doc` notices): a full `json.dumps` of 10,000 bookmarks
takes ~100 ms, too slow for one insert. `parse` reads that layout back, reusing the documents whose
line it has already seen, and any other TinyDB JSON (hand-edited, TinyDB's `JSONStorage`) whole.
The file stays ordinary TinyDB JSON (UTF-8, `ensure_ascii=False`).
"""

from __future__ import annotations

import json
from typing import Any

from reader.fsutil import utf8

Data = dict[str, dict[str, Any]]
Lines = dict[str, dict[str, bytes]]
"""Per table, per document key: the line the document was last read from or written as."""

_DECODER = json.JSONDecoder()


class Doc(dict):  # type: ignore[type-arg]
    """A stored document that notices in-place changes (TinyDB's `update` mutates documents in place).

    Only changes through the document's own methods are seen, which covers every TinyDB operation;
    a caller mutating a nested list in place would not be noticed, and the bookmark store never does.
    """

    __slots__ = ("dirty",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dirty = False

    def __setitem__(self, key: Any, value: Any) -> None:
        self.dirty = True
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self.dirty = True
        super().__delitem__(key)

    def __ior__(self, other: Any) -> Doc:  # type: ignore[override,misc]
        self.dirty = True
        return super().__ior__(other)  # type: ignore[return-value]

    def update(self, *args: Any, **kwargs: Any) -> None:
        self.dirty = True
        super().update(*args, **kwargs)

    def pop(self, *args: Any) -> Any:
        self.dirty = True
        return super().pop(*args)

    def popitem(self) -> Any:
        self.dirty = True
        return super().popitem()

    def setdefault(self, *args: Any) -> Any:
        self.dirty = True
        return super().setdefault(*args)

    def clear(self) -> None:
        self.dirty = True
        super().clear()


class Corrupt(Exception):
    """The file's bytes are not a TinyDB database."""


def encode_line(key: str, doc: dict[str, Any]) -> bytes:
    """One document as `"key":{...}`; JSON escapes control characters, so the line holds no newline."""
    return utf8(
        json.dumps(key, ensure_ascii=False) + ":" + json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    )


def line_key(line: bytes) -> str | None:
    """The key of a document line without parsing the document; None if it needs full parsing."""
    end = line.find(b'"', 1)
    if line[:1] != b'"' or end < 0 or line[end + 1 : end + 2] != b":":
        return None
    key = line[1:end]
    return None if b"\\" in key else key.decode("utf-8")


def decode_line(line: bytes) -> tuple[str, dict[str, Any]]:
    text = line.decode("utf-8")
    key, pos = _DECODER.raw_decode(text)
    if not isinstance(key, str) or text[pos : pos + 1] != ":":
        raise ValueError("not a document line")
    doc, end = _DECODER.raw_decode(text, pos + 1)
    if end != len(text) or not isinstance(doc, dict):
        raise ValueError("not a document line")
    return key, doc


def parse(raw: bytes, old_data: Data, old_lines: Lines) -> tuple[Data | None, Lines]:
    """The file's tables (None for an empty file) and the line each document was read from; raises
    `Corrupt` when the bytes are not a TinyDB database. A document whose line is one of `old_lines`
    (what the file held when last read or written) is the same object as in `old_data`."""
    if not raw.strip():
        return None, {}  # an empty file is an empty database (TinyDB itself creates them)
    try:
        return _parse_lines(raw, old_data, old_lines)
    except Exception:  # not our line layout (hand-edited, TinyDB's JSONStorage): parse it whole
        pass
    try:
        # (utf-8-sig: a file saved by an editor that starts UTF-8 with a BOM, as Windows Notepad did,
        # is the same bookmarks; read as plain UTF-8 it was "damaged", and the reader moved it aside)
        loaded = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise Corrupt(f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    except ValueError as exc:
        raise Corrupt(f"not valid JSON: {exc}") from exc
    if not isinstance(loaded, dict):
        raise Corrupt("not a JSON object of tables")
    data: Data = {}
    for name, table in loaded.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise Corrupt(f"table {name!r} is not an object of documents")
        data[name] = {str(k): Doc(d) for k, d in table.items()}
    return data, {}


def _parse_lines(raw: bytes, old_data: Data, old_lines: Lines) -> tuple[Data, Lines]:
    """Parse the layout `serialize` makes, reusing documents whose line is unchanged, else raise."""
    rows = raw.split(b"\n")
    if rows[-1] == b"":
        rows.pop()
    if len(rows) < 2 or rows[0] != b"{" or rows[-1] != b"}":
        raise ValueError("not the line layout")
    data: Data = {}
    lines: Lines = {}
    i, last = 1, len(rows) - 1
    while i < last:
        header = rows[i]
        if not header.endswith(b":{"):
            raise ValueError("expected a table")
        name = json.loads(header[:-2])
        if not isinstance(name, str):
            raise ValueError("table name")
        old_docs, old_table = old_data.get(name, {}), old_lines.get(name, {})
        table: dict[str, Any] = {}
        table_lines: dict[str, bytes] = {}
        i += 1
        while rows[i] not in (b"}", b"},"):
            line = rows[i]
            more = line.endswith(b",")
            if more == (rows[i + 1] in (b"}", b"},")):
                raise ValueError("misplaced comma")
            body = line[:-1] if more else line
            key = line_key(body)
            doc = old_docs.get(key) if key is not None and old_table.get(key) == body else None
            if doc is None or doc.dirty:
                key, plain = decode_line(body)
                doc = Doc(plain)
            table[key] = doc
            table_lines[key] = body
            i += 1
        if (rows[i] == b"},") == (i + 1 == last):
            raise ValueError("misplaced comma")
        data[name], lines[name] = table, table_lines
        i += 1
    return data, lines


def serialize(data: Data, old_data: Data, old_lines: Lines) -> tuple[bytes, Data, Lines]:
    """The file's bytes for `data`, and its documents and lines as `parse` gives them; only documents
    that are new or changed in place since `old_data` / `old_lines` are encoded again.

    A changed document is replaced by a fresh copy, so anyone holding the old object (the
    store's cache of `Bookmark`s) sees by identity that it changed.
    """
    new_data: Data = {}
    new_lines: Lines = {}
    parts: list[bytes] = [b"{\n"]
    for name, docs in data.items():
        name = str(name)
        old_docs, old_table = old_data.get(name, {}), old_lines.get(name, {})
        table: dict[str, Any] = {}
        table_lines: dict[str, bytes] = {}
        parts.append(utf8(json.dumps(name, ensure_ascii=False)) + b":{\n")
        for key, doc in docs.items():
            key = str(key)
            line = old_table.get(key)
            if line is None or old_docs.get(key) is not doc or doc.dirty:
                doc = Doc(doc)
                line = encode_line(key, doc)
            table[key] = doc
            table_lines[key] = line
            parts.append(line)
            parts.append(b",\n")
        if table:
            parts[-1] = b"\n"
        parts.append(b"},\n")
        new_data[name], new_lines[name] = table, table_lines
    if new_data:
        parts[-1] = b"}\n"
    parts.append(b"}\n")
    return b"".join(parts), new_data, new_lines
