"""File names as a reader should see them, whatever bytes they are made of.

Python decodes a file name (or an argument) whose bytes are not in the file system's encoding with lone
surrogates, one per byte (`\\udcc8\\udccb…`): a GBK name unzipped from a Windows archive, or any
Chinese name where the locale is the strict C locale (ASCII). Such a string opens the file it names,
so `Page.path` keeps it, but written out it is no text: UTF-8 cannot encode it (a traceback, or raw GBK
bytes in a JSON document), and a regex for Chinese characters finds none in it (no paper read from
`人民日报_20250102_01.txt`).

`file_label` gives a whole name as a Chinese system shows it, `readable` does so for each name held in
a longer text (a message); the CLI writes everything through `readable`, so no lone surrogate reaches a
terminal, a pipe or a JSON document. Both read the bytes as UTF-8, else as GB18030 (which holds GBK),
else show the bytes that are neither as `\\xc8` escapes.
"""

from __future__ import annotations

import re

_BYTE_RUN = re.compile("[\udc80-\udcff]+")
# A name's undecoded bytes with the ASCII between them (no separator, no space): the second byte of a
# GBK character may be ASCII (東 is 0x96 `|`), a four-byte GB18030 character holds two digits.
_NAME_BYTES = re.compile("[\udc80-\udcff](?:[!-.0-~]*[\udc80-\udcff])*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _decoded(raw: bytes) -> str | None:
    """`raw` read as UTF-8, else as GB18030, or None where it is neither."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _bytes_shown(raw: bytes) -> str:
    shown = _decoded(raw)
    return raw.decode("utf-8", "backslashreplace") if shown is None else shown


def _escaped(found: re.Match[str]) -> str:
    return ascii(found.group())[1:-1]


def _name_shown(name: str) -> str:
    """A name (no separator) held with lone surrogates, its bytes read whole; else run by run."""
    try:
        # (os.fsencode(name) on POSIX, in the C locale too: the bytes the name was decoded from)
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte: not from a file name
        return _SURROGATE.sub(_escaped, name)
    shown = _decoded(raw)
    if shown is not None:
        return shown
    return _BYTE_RUN.sub(lambda run: _bytes_shown(run.group().encode("utf-8", "surrogateescape")), name)


def file_label(name: str) -> str:
    """`name` (a file name or path) as a Chinese system shows it: unchanged when it is text; else the
    bytes of each of its names read as UTF-8 (a name Python read in the C locale), else as GB18030 (a
    GBK name: `人民`), else with the bytes that are neither shown as `\\xc8` escapes. Only for showing
    and for reading what the name says (paper, date): the file is opened by its real name."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "/".join(_name_shown(part) for part in name.split("/"))
    return name


def readable(text: str) -> str:
    """`text` with the undecoded bytes of each name in it (a file name or argument named in a message)
    read as `file_label` reads a name, and any other lone surrogate shown as a `\\udcxx` escape: text
    that UTF-8 can always encode."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_escaped, _NAME_BYTES.sub(lambda span: _name_shown(span.group()), text))
