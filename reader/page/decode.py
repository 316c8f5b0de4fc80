"""Raw bytes to text: detect the encoding of a page file and normalise line ends.

Pages arrive as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one: then told apart
from binary by where its NUL bytes fall), or GB18030/GBK, with LF, CRLF or CR line ends. Big5
(traditional Chinese, from Taiwan and Hong Kong archives) is read too, with a note: its bytes are
mostly valid GB18030 as well, so it is told apart by what the GB18030 reading gives (see `_big5`).
Anything else (binary files, mostly undecodable bytes) raises `DecodeError` with a one-line message
naming the file. A text page with a few stray NUL bytes (not UTF-16) is read without them, with a note
saying how many were dropped on which lines.

A page pasted together from several sources can mix UTF-8 and GB18030 lines, or hold a few bytes that
are neither. Such a page is decoded line by line (`decode_page`): each line in the encoding it is
valid in (the page's majority when both), the few undecodable bytes as U+FFFD, and the notes say
which lines, so nothing is silently lost and the rest of the page is read. Only a page where most
lines with non-ASCII bytes decode in neither is refused.

Pages come from anywhere, and a control character in one (ESC starting an OSC title or clipboard
write, a cursor move, a C1 CSI) would reach the user's terminal. Decoding therefore replaces every
control character except newline and tab, one code point for one, so the offsets bookmarks keep are
the same as in the text the page would otherwise give: form feed, vertical tab and NEL become line
ends, other C0 characters and DEL their Control Pictures symbol (ESC shows as ␛), C1 characters U+FFFD.
"""

from __future__ import annotations

import codecs
import re
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
PAGE_BREAK = "\u2029"
"""What a form feed (a new printed page, as `pdftotext` parts an issue's pages) reads as: a separator,
no control character (`reader.page.sheets` parts the text there)."""
# spaces of other widths, as PDF text often carries them (a no-break space in a byline's gap, an
# indent of no-break spaces), read as the space they print (one for one, as every mapping here:
# offsets into the text stay the file's)
_ODD_SPACES = {code: " " for code in (0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F)}
_PAGE_CONTROLS = (
    _VISIBLE_CONTROLS | {0x0B: "\n", 0x0C: PAGE_BREAK, 0x85: "\n", 0x2028: "\n", 0x2029: "\n"} | _ODD_SPACES
)
_ANY_CONTROL = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_PAGE_CONTROLS)) + "]")
"""Finds a character `_PAGE_CONTROLS` replaces: most pages have none, and a search is some twenty
times faster than `str.translate`, which builds a new string (0.2 s on a 12 MB page)."""


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


_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))
"""The bytes `_looks_binary` does not count as control characters (deleted to count those)."""


def _without_stray_nuls(data: bytes) -> tuple[bytes, list[str]] | None:
    """A text page carrying a few NUL bytes (OCR and extraction tools leave some; a file cut short by a
    crash is padded with them at its end): its bytes without them, and notes saying what was dropped.
    None where the NULs are more than a few (one byte in 20, past the padding), or the rest is not
    text: a binary file. Random bytes are NUL one time in 256 but control characters one in ten, so
    the rest's control characters are counted over the whole file, not `_looks_binary`'s sample."""
    body = data.rstrip(b"\x00")
    padding = len(data) - len(body)
    count = body.count(0)
    if count > max(8, len(body) // 20):
        return None
    stripped = body.replace(b"\x00", b"") if count else body
    controls = len(stripped.translate(None, _NOT_CONTROL))
    if not stripped.strip() or controls > len(stripped) // 100:  # (no allowance of 8 here)
        return None
    notes = []
    if count:
        lines = [number for number, line in enumerate(body.splitlines(), start=1) if 0 in line]
        nuls = f"{count} NUL byte{'s' if count > 1 else ''}"
        notes.append(f"{_line_list(lines)}: {nuls} dropped (the file is unchanged)")
    if padding:
        notes.append(f"{padding} NUL byte{'s' if padding > 1 else ''} at the end of the file dropped")
    return stripped, notes


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text page."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a page's bytes to text with `\\n` line ends, or raise `DecodeError` (see `decode_page`)."""
    return decode_page(data, name)[0]


def decode_page(data: bytes, name: str = "<bytes>") -> tuple[str, list[str]]:
    """A page's bytes as text with `\\n` line ends, and notes on lines decoded otherwise than the
    rest (empty for a page in one encoding); raises `DecodeError` for what is not a text page."""
    text: str | None = None
    notes: list[str] = []
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
    dropped: list[str] = []
    if text is None:
        if b"\x00" in data and (cleaned := _without_stray_nuls(data)) is not None:
            data, dropped = cleaned
        if _looks_binary(data):
            raise DecodeError(f"{name}: looks like a binary file, not a text page")
        text = _decoded(data, "utf-8")
        if text is None:
            text = _decoded(data, "gb18030")
            if text is None or _has_utf8_lines(data):
                text, notes = _decode_lines(data, name)
            elif (big5 := _big5(data, text)) is not None:
                text, notes = big5, [_BIG5_NOTE]
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_CONTROL.search(text):
        text = text.translate(_PAGE_CONTROLS)
    return text, [*dropped, *notes]


_UTF8_SURE = 6
"""Non-ASCII characters a line valid both as UTF-8 and as GB18030 needs to be read as UTF-8 on a
GB18030 page: GB18030 text is valid UTF-8 only by chance, for a word or two (of jieba's dictionary
encoded in GB18030, 0.14% of its four-character words and none longer than five characters)."""


def _decoded(data: bytes, encoding: str) -> str | None:
    """`data` in `encoding`, or None where it is not valid there."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_BIG5_NOTE = "read as Big5 (traditional Chinese): it is not UTF-8, UTF-16 or GB18030 text"


def _big5(data: bytes, as_gb: str) -> str | None:
    """`data` as Big5 where it is Big5 text, else None.

    Chinese text in GB18030 is almost all in its common GB2312 part (99.8 % of the bundled page's
    non-ASCII characters); Big5 bytes read as GB18030 land on rare characters, kana and box drawing
    instead (about a third in GB2312), and are valid Big5, which GBK text of traditional characters is
    not (its lead bytes 0x81-0xA0 are none of Big5's).
    """
    sample = "".join(ch for ch in as_gb[:20000] if not ch.isascii())
    in_gb2312 = len(sample.encode("gb2312", errors="ignore")) // 2  # two bytes each
    if not sample or in_gb2312 >= 0.8 * len(sample):
        return None
    return _decoded(data, "big5")


def _sure_utf8(text: str | None) -> bool:
    return text is not None and sum(not ch.isascii() for ch in text) >= _UTF8_SURE


def _has_utf8_lines(data: bytes) -> bool:
    """Whether a page valid as GB18030 has a line that is clearly UTF-8 (pasted in from elsewhere)."""
    return any(not line.isascii() and _sure_utf8(_decoded(line, "utf-8")) for line in data.splitlines())


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:10]))
    more = f" and {len(numbers) - 10} more" if len(numbers) > 10 else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _decode_lines(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a page that mixes UTF-8 and GB18030 line by line (see the module's docstring)."""
    lines = data.splitlines(keepends=True)
    readings = [
        None if line.isascii() else (_decoded(line, "utf-8"), _decoded(line, "gb18030")) for line in lines
    ]
    utf8_only = sum(1 for r in readings if r and r[0] is not None and r[1] is None)
    gb_only = sum(1 for r in readings if r and r[1] is not None and r[0] is None)
    main, second = ("utf-8", "gb18030") if utf8_only >= gb_only else ("gb18030", "utf-8")
    other: list[int] = []
    damaged: list[int] = []
    replaced = 0
    out: list[str] = []
    for number, (line, reading) in enumerate(zip(lines, readings, strict=True), start=1):
        if reading is None:  # ASCII: the same in both
            out.append(line.decode("ascii"))
            continue
        as_utf8, as_gb = reading
        if as_utf8 is not None and (as_gb is None or main == "utf-8" or _sure_utf8(as_utf8)):
            text, encoding = as_utf8, "utf-8"
        elif as_gb is not None:
            text, encoding = as_gb, "gb18030"
        else:  # valid in neither: the reading that replaces fewer bytes, the page's own on a tie
            first, other_try = (line.decode(e, errors="replace") for e in (main, second))
            better = other_try.count("\ufffd") < first.count("\ufffd")
            text, encoding = (other_try, second) if better else (first, main)
            damaged.append(number)
            replaced += text.count("\ufffd")
        if encoding != main:
            other.append(number)
        out.append(text)
    if len(damaged) * 2 > len(lines) - readings.count(None):
        raise DecodeError(f"{name}: not UTF-8, UTF-16 or GB18030 text")
    label = {"utf-8": "UTF-8", "gb18030": "GB18030"}
    notes = []
    if other:
        notes.append(
            f"read as {label[main]}, but {_line_list(other)} as {label[second]} (the page mixes both)"
        )
    if damaged:
        notes.append(
            f"{_line_list(damaged)}: {replaced} bytes neither UTF-8 nor GB18030, shown as \ufffd"
            " (the file is unchanged)"
        )
    return "".join(out), notes


DECODE_VERSION = 6
"""Bump when decoding gives different text for the same bytes: cached segmentations carry it."""


MAX_PAGE_BYTES = 64 * 1024 * 1024
"""A newspaper page is some kilobytes; a file this large is not one page and would stall the reader."""


def read_page(path: Path, max_bytes: int = MAX_PAGE_BYTES) -> tuple[str, bytes]:
    """Read a page file: its decoded text and raw bytes (for the content hash)."""
    text, data, _notes = read_page_noted(path, max_bytes)
    return text, data


def read_page_noted(path: Path, max_bytes: int = MAX_PAGE_BYTES) -> tuple[str, bytes, list[str]]:
    """`read_page`, with `decode_page`'s notes on lines decoded otherwise than the rest."""
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
    text, notes = decode_page(data, str(path))
    return text, data, notes
