"""Raw bytes to text: detect the encoding of a page file and normalise line ends.

Pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, with LF, CRLF or
CR line ends. Anything else (binary files, undecodable bytes) raises `DecodeError` with a
one-line message naming the file.
"""

from __future__ import annotations

import codecs
from pathlib import Path


class DecodeError(ValueError):
    """A page file that is not text in an encoding duba reads."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text page."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a page's bytes to text with `\\n` line ends, or raise `DecodeError`."""
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"{name}: starts with a {encoding} byte-order mark but is not {encoding}"
                ) from exc
            break
    if text is None:
        if _looks_binary(data):
            raise DecodeError(f"{name}: looks like a binary file, not a text page")
        for encoding in ("utf-8", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise DecodeError(f"{name}: not UTF-8, UTF-16 or GB18030 text")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text


MAX_PAGE_BYTES = 64 * 1024 * 1024
"""A newspaper page is some kilobytes; a file this large is not one page and would stall the reader."""


def read_page(path: Path, max_bytes: int = MAX_PAGE_BYTES) -> tuple[str, bytes]:
    """Read a page file: its decoded text and raw bytes (for the content hash)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DecodeError(
                f"{path}: {size / 1e6:.0f} MB is too large for one page (limit {max_bytes / 1e6:.0f} MB);"
                " split it into pages"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DecodeError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return decode_bytes(data, str(path)), data
