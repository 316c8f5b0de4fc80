"""jieba's dictionary and tables loaded in slices (so the reader keeps drawing) tag as jieba itself does.

The reader's entity tagging (people, places, organisations) loads jieba's tables in a worker thread;
loaded jieba's way they held the screen still for up to a third of a second as a library opened. They
are now kept in the cache folder in slices, loaded one at a time (benchmarks/archive_years.py, step
`stalls`). What a reader sees must not change: the same entities, from the first run (which writes
the slices) and every later one, and a damaged slices file costs nothing but time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TEXT = "国家主席在北京人民大会堂会见了联合国秘书长。新华社记者王小明在上海浦东新区采访了当地居民。"

_CHILD = """
import json, sys
import jieba
from reader.analysis import entities
found = entities(sys.argv[1])
print(json.dumps({
    "entities": [[e.start, e.end, e.kind, e.word] for e in found],
    "words": len(jieba.dt.FREQ),
    "total": jieba.dt.total,
}))
"""


def _run(cache: Path) -> dict:
    env = {**os.environ, "DUBA_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, TEXT], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout)


def test_entities_are_the_same_loaded_in_slices_as_loaded_by_jieba(tmp_path: Path) -> None:
    first = _run(tmp_path)  # jieba's own loading; the slices are written
    (kept,) = tmp_path.glob("jieba-tables-*.pickle")
    second = _run(tmp_path)  # from the slices
    assert first["entities"], "the text names people, places and organisations"
    assert second == first
    # a damaged file: read jieba's way again, same result
    kept.write_bytes(b"not a pickle")
    assert _run(tmp_path) == first
