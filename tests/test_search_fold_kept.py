"""reader.search.textnorm: the fold table (every character that folds to another) is made once and kept in
the cache folder; later processes read it back and fold text exactly as the table made from `unicodedata`
does, and a damaged file is made again, never read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Folds made-up text of full-width letters, digits and signs, compatibility ideographs, capitals and
# Chinese punctuation; says whether the table was made (not read) and whether it equals a fresh one.
_FOLD = """
import sys, types, unicodedata
from reader.search import textnorm
made = []
def normalize(form, text):
    made.append(1)
    return unicodedata.normalize(form, text)
textnorm.unicodedata = types.SimpleNamespace(normalize=normalize, unidata_version=unicodedata.unidata_version)
build = textnorm._build_fold_table
if sys.argv[1:2] == ["install"]:  # another install of duba: its textnorm.py is the file named
    textnorm.__file__ = sys.argv[2]
sample = "２０３０年ＧＤＰ增长５％，ＡＢＣ　ｘｙｚ！Ｉｓｔａｎｂｕｌ\\uf900\\u2126ÀÉ…™"
print(textnorm.fold(sample))
print(int(bool(made)), textnorm._fold_table() == build())
"""


def _fresh(cache: Path, *args: str) -> tuple[str, int, bool]:
    """Run `_FOLD` in a new Python with `cache` as the user's cache folder: the folded sample, whether
    the table was made, whether it equals the one `unicodedata` makes."""
    env = {**os.environ, "DUBA_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", _FOLD, *args]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, check=True)
    assert not done.stderr
    folded, counts = done.stdout.splitlines()
    made, same = counts.split()
    return folded, int(made), same == "True"


def _kept(cache: Path) -> Path:
    (path,) = cache.glob("fold-table-*.bin")
    return path


def test_the_fold_table_is_made_once_and_read_back_the_same(tmp_path: Path) -> None:
    folded, made, same = _fresh(tmp_path)
    assert folded == "2030年gdp增长5%，abc xyz！istanbul\u8c48\u03c9àé…™"
    assert made == 1 and same
    written = _kept(tmp_path).stat().st_mtime_ns
    assert _fresh(tmp_path) == (folded, 0, True)  # (the next process reads it)
    assert _kept(tmp_path).stat().st_mtime_ns == written  # (read, not written again)


def test_a_damaged_table_is_made_again(tmp_path: Path) -> None:
    folded, _, _ = _fresh(tmp_path)
    path = _kept(tmp_path)
    data = path.read_bytes()
    for damaged in (data[: len(data) // 2], data[:-3] + b"zzz", b"", b"duba fold table 1\n"):
        path.write_bytes(damaged)
        assert _fresh(tmp_path) == (folded, 1, True)
        assert path.read_bytes() == data  # (made again, and kept whole)


def test_a_cache_folder_that_cannot_be_written_still_folds(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    folded, made, same = _fresh(blocked / "cache")
    assert folded.startswith("2030年gdp") and made == 1 and same


def test_a_table_kept_by_a_duba_with_other_fold_rules_is_made_again(tmp_path: Path) -> None:
    from reader.search import textnorm

    folded, _, _ = _fresh(tmp_path / "cache")
    written = _kept(tmp_path / "cache").read_bytes()
    source = Path(textnorm.__file__).read_text(encoding="utf-8")
    other = tmp_path / "other" / "textnorm.py"  # (its rules changed: here, a comment added)
    other.parent.mkdir()
    other.write_text(source + "\n# the fold rules of another version\n", encoding="utf-8")
    assert _fresh(tmp_path / "cache", "install", str(other)) == (folded, 1, True)
    assert _kept(tmp_path / "cache").read_bytes() != written  # (kept for the rules that made it)
    assert _fresh(tmp_path / "cache") == (folded, 1, True)  # (and back)


def test_an_install_elsewhere_with_the_same_rules_reads_the_table(tmp_path: Path) -> None:
    from reader.search import textnorm

    folded, _, _ = _fresh(tmp_path / "cache")
    written = _kept(tmp_path / "cache").read_bytes()
    same = tmp_path / "elsewhere" / "textnorm.py"
    same.parent.mkdir()
    same.write_bytes(Path(textnorm.__file__).read_bytes())
    assert _fresh(tmp_path / "cache", "install", str(same)) == (folded, 0, True)
    assert _kept(tmp_path / "cache").read_bytes() == written
