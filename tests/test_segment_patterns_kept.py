"""reader.page.rx: the segmenter's regular expressions, compiled once and kept in the cache folder, are
read back by later processes as the very patterns `re.compile` makes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.page import rx

ROOT = Path(__file__).resolve().parent.parent

# each pattern the segmenter's modules compiled, re-compiled with `re` and compared; and how many of
# them were compiled (not built from the kept code) while the modules were imported
_CHECK = """
import re, sys
from reader.page import rx
compiled = []
code_ = rx._code
rx._code = lambda *args: compiled.append(args[0]) or code_(*args)
import reader.page.segment
during = len(compiled)
found = 0
for name, module in list(sys.modules.items()):
    if name.startswith("reader.page."):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found += 1
                again = re.compile(value.pattern, value.flags)
                assert value == again and value.groupindex == again.groupindex, value
print(found, len(rx._state["known"]), during)
"""


def _fresh(code: str, cache: Path) -> list[int]:
    """Run `code` in a new Python with `cache` as the user's cache folder; the numbers it prints."""
    env = {**os.environ, "DUBA_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert not done.stderr
    return [int(n) for n in done.stdout.split()]


def _kept(cache: Path) -> Path:
    (path,) = cache.glob("patterns-*.bin")
    return path


def test_the_patterns_are_compiled_once_and_read_back_the_same(tmp_path: Path) -> None:
    found, kept, compiled = _fresh(_CHECK, tmp_path)
    assert kept > 50 and compiled == kept  # (the first process compiles them all, and keeps them)
    made = _kept(tmp_path).stat().st_mtime_ns
    assert _fresh(_CHECK, tmp_path) == [found, kept, 0]  # (the next one compiles none of them)
    assert _kept(tmp_path).stat().st_mtime_ns == made  # (read, not written again)


def test_a_damaged_file_is_not_read(tmp_path: Path) -> None:
    found, kept, compiled = _fresh(_CHECK, tmp_path)
    path = _kept(tmp_path)
    blob = bytearray(path.read_bytes())
    blob[-100] ^= 0x10  # (a byte of some pattern's code)
    path.write_bytes(bytes(blob))
    assert _fresh(_CHECK, tmp_path) == [found, kept, compiled]  # (all compiled again, all equal to re's)
    assert path.read_bytes() != blob  # (and kept anew)


def test_a_file_of_another_python_is_not_read(tmp_path: Path) -> None:
    found, kept, compiled = _fresh(_CHECK, tmp_path)
    path = _kept(tmp_path)
    head, data = path.read_bytes().split(b"\n", 1)
    fields = head.split()
    fields[5] = b"1"  # (another sys.hexversion)
    path.write_bytes(b" ".join(fields) + b"\n" + data)
    assert _fresh(_CHECK, tmp_path) == [found, kept, compiled]


def test_without_a_cache_folder_to_write_patterns_are_compiled_as_re_does(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")  # (a file where the folder should be)
    found, kept, compiled = _fresh(_CHECK, blocked / "cache")
    assert found > 50 and compiled == kept > 50


def test_a_pattern_with_groups_and_flags_is_built_again_whole() -> None:
    pattern = rx.compile(r"(?P<first>[\u3400-\u9fff]{2})\s*(?P<rest>ab|cd)?", 2)  # (re.IGNORECASE)
    kept = rx._state["known"][(pattern.pattern, 2)]
    again = rx._sre.compile(pattern.pattern, *kept)
    assert again == pattern and again.groupindex == pattern.groupindex and again.groups == 2
    assert again.match("甲乙 AB").group("rest") == "AB"
