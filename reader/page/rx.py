"""Regular expressions compiled once for an install, not again on every start (`rx.compile`).

Compiling the segmenter's patterns cost more than segmenting a page: the `re` compiler lays out a class
of ideographs (`[\\u3400-\\u9fff]`) letter by letter, 27,648 of them, ~1 ms each time one is written,
~90 ms in all, two thirds of what `duba segment PAGE` spent importing. `compile` keeps what the compiler
makes of a pattern (the matching engine's code) in the user's cache folder, and later processes build
the same pattern from it. The code kept is the compiler's own, kept only when the pattern it builds is
equal to `re.compile`'s (same code, flags and groups), and read back only by the same Python (its
version and the engine's MAGIC are in the file's header, with the file's CRC-32). Where anything of this
fails (another Python's `re` internals, a damaged file, a cache folder that cannot be written) the
pattern is compiled as `re` compiles it. The file is written when the process ends, where it learnt a
pattern.
"""

from __future__ import annotations

import atexit
import contextlib
import re
import sys
from typing import Any

from reader.kept import read_kept, write_kept

try:  # the compiler's own parts (CPython's `re`), to build a pattern from its kept code
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # another Python: every pattern compiled as `re` does
    _sre = None

_HEADER = "duba patterns 1 {tag} {version} {magic} {crc}\n"
MOST_KEPT = 2000
"""Patterns the file holds at most: past that (patterns of older code), those used by the last process."""

_state: dict[str, Any] = {}
"""The kept patterns (`known`: (pattern, flags) -> what `_sre.compile` takes after the pattern), the
file they were read from (`path`), those used by this process (`used`), and whether it learnt one."""


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, built from the code kept in the cache folder where it is there."""
    known = _known()
    key = (pattern, int(flags))
    kept = known.get(key)
    if kept is not None:
        with contextlib.suppress(Exception):  # (the engine checks the code it is given)
            made = _sre.compile(pattern, *kept)
            _state["used"].add(key)
            return made
        known.pop(key, None)
    made = re.compile(pattern, flags)
    kept = _code(pattern, int(flags), made)
    if kept is not None:
        known[key] = kept
        _state["used"].add(key)
        if not _state.get("learnt"):
            _state["learnt"] = True
            atexit.register(_keep)
    return made


def _code(pattern: str, flags: int, made: re.Pattern[str]) -> tuple[Any, ...] | None:
    """What `_sre.compile` takes after `pattern` to build `made` (as `re`'s compiler calls it), if what
    it builds is equal to `made`; else None."""
    if _sre is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]  # (opcodes are named ints)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        kept = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        again = _sre.compile(pattern, *kept)
    except Exception:
        return None
    same = again == made and again.groups == made.groups and again.groupindex == made.groupindex
    return kept if same else None


def _header(crc: int) -> str:
    return _HEADER.format(
        tag=sys.implementation.cache_tag, version=sys.hexversion, magic=_constants.MAGIC, crc=crc
    )


def _known() -> dict[tuple[str, int], tuple[Any, ...]]:
    """The kept patterns, read from the cache folder on first use (none where there is no file, or it
    is of another Python or damaged)."""
    known = _state.get("known")
    if known is not None:
        return known
    known = {}
    _state.update(known=known, used=set())
    if _sre is None:
        return known
    from reader.paths import cache_dir

    path = _state["path"] = cache_dir() / f"patterns-{sys.implementation.cache_tag}.bin"
    kept = read_kept(path, _header)
    if isinstance(kept, dict):
        known.update(kept)
    return known


def _keep() -> None:
    """Write the kept patterns to the cache folder (`reader.kept`: whole or not at all; nothing where it
    cannot be written)."""
    known, path = _state["known"], _state.get("path")
    if path is None:
        return
    if len(known) > MOST_KEPT:
        known = {key: known[key] for key in _state["used"]}
    write_kept(path, _header, known)
