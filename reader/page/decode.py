"""Raw bytes to text: detect the encoding of a page file and normalise line ends.

Pages arrive as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one: then told apart
from binary by where its NUL bytes fall), or GB18030/GBK, with LF, CRLF or CR line ends. Anything
else (binary files, undecodable bytes) raises `DecodeError` with a one-line message naming the file.

Pages come from anywhere, and a control character in one (ESC starting an OSC title or clipboard
write, a cursor move, a C1 CSI) would reach the user's terminal. Decoding therefore replaces every
control character except newline and tab, one code point for one, so the offsets bookmarks keep are
the same as in the text the page would otherwise give: form feed, vertical tab and NEL become line
ends, other C0 characters and DEL their Control Pictures symbol (ESC shows as ␛), C1 characters U+FFFD.
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


def _control_table() -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20) if code not in (9, 10)}
    table[0x7F] = "\u2421"  # ␡
    table.update({code: "\ufffd" for code in range(0x80, 0xA0)})
    return table


_VISIBLE_CONTROLS = _control_table()
_PAGE_CONTROLS = _VISIBLE_CONTROLS | {0x0B: "\n", 0x0C: "\n", 0x85: "\n"}


def show_controls(text: str) -> str:
    """`text` with every control character except newline and tab replaced by a visible symbol of
    the same length (ESC by ␛, CR by ␍, C1 by U+FFFD): safe to print to a terminal."""
    return text.translate(_VISIBLE_CONTROLS)


def _utf16_without_bom(data: bytes) -> str | None:
    """The byte order of UTF-16 text that has no BOM, told by its NUL bytes; None if it is not UTF-16.

    In UTF-16 every ASCII character (newlines, digits, spaces) has a NUL high byte, so NULs pile up
    at odd offsets (little-endian) or even ones (big-endian). Characters such as 一 (U+4E00) put a
    NUL on the other side, so the order is settled by decoding a sample both ways and keeping the one
    that reads as text: CJK, CJK and full-width punctuation, printable ASCII and line ends.
    """
    if len(data) % 2:
        return None
    sample = data[:8192]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        pass  # UTF-16 holding any CJK is never valid UTF-8
    else:
        if sample.count(0) < len(sample) * 0.4:
            return None  # UTF-8 text with stray NULs; UTF-16 of ASCII text is half NULs
    best, best_share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample.decode(encoding, errors="replace")
        if not text:
            continue
        readable = sum(
            1
            for ch in text
            if ch in "\n\r\t"
            or " " <= ch <= "~"
            or "\u3000" <= ch <= "\u303f"
            or "\u4e00" <= ch <= "\u9fff"
            or "\uff00" <= ch <= "\uffef"
            or "\u2000" <= ch <= "\u206f"
        )
        share = readable / len(text)
        if share > best_share:
            best, best_share = encoding, share
    return best if best_share >= 0.8 else None


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
    if text is None and b"\x00" in data[:8192] and (utf16 := _utf16_without_bom(data)):
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            label = utf16.upper()
            raise DecodeError(f"{name}: looks like {label} text but is not valid {label}") from exc
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
    return text.translate(_PAGE_CONTROLS)


DECODE_VERSION = 2
"""Bump when decoding gives different text for the same bytes: cached segmentations carry it."""


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
