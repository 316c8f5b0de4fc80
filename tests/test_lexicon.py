"""reader.page.lexicon: a word of the dictionary across a break, and the pair table that answers most
such questions without loading the dictionary."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import paths
from reader.page import lexicon
from reader.page.lexicon import CUT_LOOK, word_crosses

ROOT = Path(__file__).resolve().parent.parent


def _by_dictionary(upper: str, lower: str) -> bool:
    """`word_crosses` as the dictionary alone answers it (no pair table)."""
    upper, lower = upper.replace(" ", "")[-CUT_LOOK:], lower.replace(" ", "")[:CUT_LOOK]
    start = 0
    for word in lexicon._cut()(upper + lower, False):
        if start < len(upper) < start + len(word):
            return True
        start += len(word)
    return False


def _fresh(code: str, cache: Path) -> str:
    """Run `code` in a new Python with `cache` as the user's cache folder; its stdout."""
    env = {**os.environ, "DUBA_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


def _with_table(folder: Path) -> Path:
    """`folder` as a cache folder holding the pair table: a copy of the one this process read where
    it can be (building one takes ~0.5 s), else built there."""
    assert lexicon._pairs() is not None
    kept = paths.cache_dir() / "word_pairs.bin"
    if kept.exists():
        shutil.copy(kept, folder / "word_pairs.bin")
    else:
        _fresh("from reader.page import lexicon\nlexicon._pairs()", folder)
    return folder


def test_a_word_across_the_break_is_found() -> None:
    assert word_crosses("某市启动老旧小区改", "造提升工程")  # (`改造`)
    assert not word_crosses("我们的", "们去")  # (no word holds `的们`)
    assert not word_crosses("小区改", "。造")


def test_answers_match_the_dictionary_on_breaks_inside_and_between_words() -> None:
    # made-up breaks: words of the dictionary broken anywhere, and run together with others
    rng = random.Random(7)
    words = [w for w in lexicon._cut()("人民群众生活水平不断提高城市建设经济发展科学技术", False)]
    words += ["和", "的", "在", "也", "与", "是", "为", "了"]
    for _ in range(400):
        text = "".join(rng.choice(words) for _ in range(6))
        at = rng.randrange(1, len(text))
        upper, lower = text[:at], text[at:]
        assert word_crosses(upper, lower) == _by_dictionary(upper, lower), (upper, lower)


def test_every_pair_a_word_holds_is_in_the_table() -> None:
    table = lexicon._pairs()
    assert table is not None
    for word in lexicon._cut()("我们的城市正在建设更加美好的生活环境和公共服务体系", False):
        for a, b in zip(word, word[1:], strict=False):
            assert lexicon.may_pair(a, b), word


def test_a_break_no_word_holds_does_not_load_the_dictionary(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom reader.page.lexicon import word_crosses\n"
        "print(word_crosses('我们的', '们去'), 'rjieba' in sys.modules)\n"
        "print(word_crosses('小区改', '造提升'), 'rjieba' in sys.modules)"
    )
    # ("的们": no word holds it; the second asks the dictionary, and finds `改造`)
    assert _fresh(code, _with_table(tmp_path)).splitlines() == ["False False", "True True"]


def test_a_question_the_table_answers_reads_no_package_metadata(tmp_path: Path) -> None:
    # (importlib.metadata, which the table's check of rjieba's install once imported, costs more to
    # import than segmenting a page)
    code = (
        "import sys\nfrom reader.page.lexicon import word_crosses\n"
        "print(word_crosses('我们的', '们去'), 'importlib.metadata' in sys.modules, 'rjieba' in sys.modules)"
    )
    assert _fresh(code, _with_table(tmp_path)) == "False False False"


def test_the_table_is_kept_in_the_cache_folder_and_read_back(tmp_path: Path) -> None:
    code = "from reader.page import lexicon\nprint(len(lexicon._pairs()))"
    first = _fresh(code, tmp_path)
    kept = tmp_path / "word_pairs.bin"
    assert kept.exists() and int(first) > 100_000
    made = kept.stat().st_mtime_ns
    assert _fresh(code, tmp_path) == first
    assert kept.stat().st_mtime_ns == made  # read, not built again
    assert [p.name for p in tmp_path.iterdir()] == ["word_pairs.bin"]


def test_a_table_of_another_word_list_is_built_again(tmp_path: Path) -> None:
    code = "from reader.page import lexicon\nprint(len(lexicon._pairs()))"
    kept = tmp_path / "word_pairs.bin"
    stale = b"duba word pairs 3 10 0 0 0 0\n" + bytes(8)  # (two pairs, of a list of another size)
    kept.write_bytes(stale)
    assert int(_fresh(code, tmp_path)) == len(lexicon._pairs())
    assert kept.read_bytes() != stale


def test_a_table_built_from_another_install_of_the_same_list_is_read(tmp_path: Path) -> None:
    # (each install of jieba has its list written at a time of its own: the size and CRC-32 agree)
    kept = _with_table(tmp_path) / "word_pairs.bin"
    head, data = kept.read_bytes().split(b"\n", 1)
    fields = head.split()
    fields[5] = b"1"  # (another time)
    kept.write_bytes(b" ".join(fields) + b"\n" + data)
    before = kept.read_bytes()
    code = (
        "import sys\nfrom reader.page import lexicon\nprint(len(lexicon._pairs()), 'rjieba' in sys.modules)"
    )
    assert _fresh(code, tmp_path) == f"{len(lexicon._pairs())} False"
    assert kept.read_bytes() == before  # read, not built again


def test_without_a_cache_folder_the_dictionary_answers(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")  # (a file where the folder should be)
    code = (
        "import sys\nfrom reader.page import lexicon\n"
        "print(lexicon._pairs(), lexicon.word_crosses('我们的', '们去'), 'rjieba' in sys.modules)"
    )
    assert _fresh(code, blocked / "cache") == "None False True"


@pytest.mark.parametrize(("upper", "lower"), [("AB", "CD"), ("型号A", "B型"), ("第3", "5期")])
def test_letters_and_digits_ask_the_dictionary(upper: str, lower: str) -> None:
    assert word_crosses(upper, lower) == _by_dictionary(upper, lower)


def _rewritten(kept: Path, field: int, value: bytes) -> bytes:
    """The table file `kept` with one field of its header set to `value`; its new bytes."""
    head, data = kept.read_bytes().split(b"\n", 1)
    fields = head.split()
    fields[field] = value
    kept.write_bytes(b" ".join(fields) + b"\n" + data)
    return kept.read_bytes()


def test_a_table_cut_short_is_built_again(tmp_path: Path) -> None:
    # (a file cut short at a whole number of pairs, or damaged: the pairs lost would read as no word)
    kept = _with_table(tmp_path) / "word_pairs.bin"
    head, data = kept.read_bytes().split(b"\n", 1)
    kept.write_bytes(head + b"\n" + data[: len(data) // 8 * 4])
    code = "from reader.page import lexicon\nprint(len(lexicon._pairs()))"
    assert int(_fresh(code, tmp_path)) == len(lexicon._pairs())


def test_a_table_made_for_another_rjieba_is_built_again(tmp_path: Path) -> None:
    # (the table stands for rjieba's dictionary, which another version may change)
    kept = _with_table(tmp_path) / "word_pairs.bin"
    other = _rewritten(kept, 7, b"0.0.0")
    code = "from reader.page import lexicon\nprint(len(lexicon._pairs()))"
    assert int(_fresh(code, tmp_path)) == len(lexicon._pairs())
    assert kept.read_bytes() != other


def test_place_names_come_from_the_dictionary_and_are_kept(tmp_path: Path) -> None:
    code = "from reader.page.lexicon import is_place as p\nprint(p('昆明'), p('循环'), p('智慧'))"
    assert _fresh(code, tmp_path) == "True False False"
    kept = tmp_path / "places.txt"
    made = kept.stat().st_mtime_ns
    assert _fresh(code, tmp_path) == "True False False"
    assert kept.stat().st_mtime_ns == made  # read, not built again


def test_a_place_list_cut_short_is_built_again(tmp_path: Path) -> None:
    code = "from reader.page.lexicon import is_place\nprint(is_place('昆明'))"
    _fresh(code, tmp_path)
    kept = tmp_path / "places.txt"
    whole = kept.read_bytes()
    kept.write_bytes(whole[: len(whole) // 2])
    assert _fresh(code, tmp_path) == "True"
    assert kept.read_bytes() == whole


def test_without_a_cache_folder_places_are_read_from_the_dictionary(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    code = "from reader.page.lexicon import is_place\nprint(is_place('昆明'))"
    assert _fresh(code, blocked / "cache") == "True"
