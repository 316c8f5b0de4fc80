"""Words of the language across a break: jieba's dictionary, asked of the letters beside it.

A leaf of reader.page (it imports nothing of it), so that text cleaning and line joining alike may
ask whether a word runs across a space or a line break without tying their modules together.

The dictionary (rjieba's) takes ~0.17 s to load, more than segmenting a page, and most questions
need none of it: a word runs across a break only where some word of the dictionary holds the two
letters beside the break side by side, and four questions in five (over the pages of all sets) ask
of two ideographs that no word holds so. Those are answered from the table of such pairs
(`_pairs`), built once from jieba's word list and kept in the user's cache folder.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from pathlib import Path

# letters on either side of a break cut into words by the dictionary
CUT_LOOK = 6

# the ideographs the pair table covers (the CJK unified ideographs and extension A): a pair with a
# letter outside (digits, Latin letters run together, rarer ideographs) asks the dictionary itself
_FIRST, _SPAN = 0x3400, 0xA000 - 0x3400
_PAIR = "(?=([\u3400-\u9fff]{2}))"  # (compiled only where the table is built: ~1 ms)
# the cache file's first line: what it holds; the word list it was built from (its size, time and
# CRC-32: several installs of jieba share one cache folder, each list with a time of its own); the
# install of rjieba (`_rjieba_stamp`), whose dictionary the table stands for; the CRC-32 of the table
# itself (a file cut short or damaged would read as pairs no word holds)
_HEADER = "duba word pairs 4 {size} {mtime} {crc} {rjieba} {kept}\n"


def word_crosses(upper: str, lower: str) -> bool:
    """Does a word of the language (jieba's dictionary) run across the break from line `upper` to
    line `lower`, the letters next to the break cut into words (`…在气` / `候变暖…`)?"""
    upper, lower = upper.replace(" ", "")[-CUT_LOOK:], lower.replace(" ", "")[:CUT_LOOK]
    if upper and lower and not may_pair(upper[-1], lower[0]):
        return False  # (no word holds the two letters beside the break: the dictionary need not load)
    start = 0
    for word in _cut()(upper + lower, False):
        if start < len(upper) < start + len(word):
            return True
        start += len(word)
    return False


def first_word(text: str) -> str:
    """The first word of `text` as the dictionary cuts it."""
    text = text.replace(" ", "")[:CUT_LOOK]
    return _cut()(text, False)[0] if text else ""


def spans_word(text: str) -> bool:
    """Does a word of the dictionary run across a break between two of `text`'s own letters (`协同`
    is one word; a pen name, `禾川`, cuts into single letters)? A short line's text only."""
    return any(word_crosses(text[:k], text[k:]) for k in range(1, len(text)))


def may_pair(x: str, y: str) -> bool:
    """Might a word of the dictionary hold letter `x` right before `y`? No only where both are
    ideographs the pair table covers and no word does."""
    a, b = ord(x) - _FIRST, ord(y) - _FIRST
    if not (0 <= a < _SPAN and 0 <= b < _SPAN):
        return True
    table = _pairs()
    if table is None:
        return True
    code = a * _SPAN + b
    k = bisect_left(table, code)
    return k < len(table) and table[k] == code


@cache
def _pairs() -> array | None:
    """Every pair of ideographs that stand side by side in a word of jieba's dictionary, as sorted
    codes (`may_pair`), read from the user's cache folder (1.2 MB: ~300,000 pairs; one file, made
    again where the word list changes); built there the first time (~0.5 s, once). None where jieba's
    word list or a cache folder to write cannot be had: the dictionary then answers every question
    (building the table on every start would cost more than loading the dictionary).

    rjieba (jieba-rs) ships jieba's own dictionary: every word of jieba's list is one of rjieba's,
    and every word rjieba found holding an ideograph in the text of all page sets (14 M characters,
    its every reading, `cut_all`) is on jieba's list."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    words = Path(spec.origin).parent / "dict.txt"
    from reader.paths import cache_dir  # (only where the table is first asked for)

    path = cache_dir() / "word_pairs.bin"
    try:
        rjieba = _rjieba_stamp()
        table = _read(path, words, rjieba)
        return table if table is not None else _built(words, path, rjieba)
    except (OSError, ValueError):  # (a word list that does not decode, too)
        return None


def is_place(word: str) -> bool:
    """Is `word` (two or three ideographs) a place's name in jieba's dictionary (tagged `ns`: `南宁`,
    `东京`)? A place alone on a line over a headline is its kicker (where the story was filed), not a
    part's tag word."""
    return word in _places()


# a place's name of two or three ideographs, as jieba's word list gives it: word, count, tag
_PLACE_ENTRY = "^([\u3400-\u9fff]{2,3}) \\d+ ns$"
_PLACES_HEADER = "duba places 1 {size} {mtime} {kept}\n"


@cache
def _places() -> frozenset[str]:
    """The place names of jieba's word list (`is_place`), read from the user's cache folder (13,600
    names, 110 kB; made again where the word list changes), or, the first time, from the list itself
    (~0.07 s) and kept there. Empty where jieba's word list cannot be read."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return frozenset()
    words = Path(spec.origin).parent / "dict.txt"
    from reader.paths import cache_dir  # (only where a place is first asked for)

    path = cache_dir() / "places.txt"
    try:
        stat = words.stat()
        with contextlib.suppress(OSError, UnicodeDecodeError):
            head, _, data = path.read_bytes().partition(b"\n")
            if head.decode() + "\n" == _PLACES_HEADER.format(
                size=stat.st_size, mtime=stat.st_mtime_ns, kept=zlib.crc32(data)
            ):
                return frozenset(data.decode().split())
        names = sorted(set(re.findall(_PLACE_ENTRY, words.read_text(encoding="utf-8"), re.MULTILINE)))
    except (OSError, ValueError):
        return frozenset()
    data = "\n".join(names).encode()
    header = _PLACES_HEADER.format(size=stat.st_size, mtime=stat.st_mtime_ns, kept=zlib.crc32(data))
    if _writable(path.parent):
        with contextlib.suppress(OSError):
            _keep(path, header.encode() + data)
    return frozenset(names)


def _rjieba_stamp() -> str:
    """What tells the installed rjieba from another: the CRC-32 of the names, sizes and times of its
    package's files ("none" where it is not installed). Found without importing it (which loads its
    dictionary) or importlib.metadata (whose import costs more than segmenting a page)."""
    spec = importlib.util.find_spec("rjieba")
    if spec is None or spec.origin is None:
        return "none"
    origin = Path(spec.origin)
    paths = sorted(origin.parent.iterdir()) if spec.submodule_search_locations else [origin]
    files = []
    for path in paths:
        if not path.is_dir():
            stat = path.stat()
            files.append(f"{path.name} {stat.st_size} {stat.st_mtime_ns}")
    return f"{zlib.crc32(chr(10).join(files).encode()):08x}"


def _read(path: Path, words: Path, rjieba: str) -> array | None:
    """The pair table kept at `path`, whole, if it was built from the word list `words` (of its size
    and time, or else, another install's list, of its size and CRC-32, read only then) for the install
    of rjieba stamped `rjieba`."""
    try:
        kept = path.read_bytes()
    except OSError:
        return None
    head, _, data = kept.partition(b"\n")
    fields = head.decode("ascii", "replace").split()
    table = array("I")
    if fields[:4] != ["duba", "word", "pairs", "4"] or len(fields) != 9 or len(data) % table.itemsize:
        return None
    if fields[7] != rjieba or fields[8] != str(zlib.crc32(data)):
        return None  # (another rjieba; or a file cut short or damaged: built again)
    stat = words.stat()
    if fields[4] != str(stat.st_size):
        return None
    if fields[5] != str(stat.st_mtime_ns) and fields[6] != str(zlib.crc32(words.read_bytes())):
        return None
    table.frombytes(data)
    if sys.byteorder == "big":
        table.byteswap()
    return table


def _built(words: Path, path: Path, rjieba: str) -> array | None:
    """The pair table built from jieba's word list `words`, and kept at `path` (its header, then the
    codes little-endian). None where the cache folder cannot be written (asked first: building the
    table on every start would cost more than loading the dictionary); where writing it fails after
    all (a full disk), the table serves this process unkept."""
    if not _writable(path.parent):
        return None
    stat = words.stat()
    raw = words.read_bytes()
    pairs = set(re.findall(_PAIR, raw.decode("utf-8")))
    table = array("I", sorted((ord(a) - _FIRST) * _SPAN + ord(b) - _FIRST for a, b in pairs))
    data = array("I", table)
    if sys.byteorder == "big":
        data.byteswap()
    body = data.tobytes()
    header = _HEADER.format(
        size=len(raw), mtime=stat.st_mtime_ns, crc=zlib.crc32(raw), rjieba=rjieba, kept=zlib.crc32(body)
    )
    with contextlib.suppress(OSError):
        _keep(path, header.encode() + body)
    return table


def _writable(folder: Path) -> bool:
    """Can a file be made in `folder` (made if missing)? (A nameless one, gone when closed.)"""
    import tempfile  # (only the first time: the table is kept)

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _keep(path: Path, blob: bytes) -> None:
    """Write `blob` to `path` whole or not at all: under a name of its own, then renamed (the part
    written is removed whatever stops it)."""
    import tempfile

    handle, part = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(part, path)
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise


@cache
def _cut() -> Callable[[str, bool], list[str]]:
    """jieba's cut (rjieba: jieba-rs), imported on first use: its dictionary takes a moment to load."""
    import rjieba

    return rjieba.cut
