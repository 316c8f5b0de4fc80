"""How long the reader's background loads keep the interpreter lock from the UI thread, per checkout.

    python benchmarks/lock_holds.py [ROOT ...]     # default: this checkout

The reader loads jieba's tables, builds the pinyin tables of the index's vocabulary and reads the library
snapshot in worker threads. A C call that runs long (an unpickle, an unmarshal, one `sort` of a large
list) or a loop that gives the lock up and takes it back at every read keeps it from every other
thread, the UI's too, which then cannot draw. Each load runs here in a fresh process of ROOT's code
(`PYTHONPATH=ROOT`), a thread beside it asking for the lock every millisecond; printed: the load's time
and the longest the other thread waited (median of 3 runs). Synthetic inputs: 200,000 four-letter words,
a 120 MB snapshot in chunks of ~2 MB. Nothing is asserted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys, threading, time
ticks, on = [], [True]
def tick():
    while on[0]:
        ticks.append(time.perf_counter())
        time.sleep(0.001)
def measure(fn):
    thread = threading.Thread(target=tick)
    thread.start()
    time.sleep(0.02)
    start = time.perf_counter()
    fn()
    end = time.perf_counter()
    on[0] = False
    thread.join()
    seen = [start] + [t for t in ticks if start <= t <= end] + [end]
    return end - start, max(b - a for a, b in zip(seen, seen[1:]))
"""

_LOADS = {
    "jieba tables (warm cache)": """
from reader.analysis import entities
print(json.dumps(measure(lambda: entities("国家主席在北京人民大会堂会见了联合国秘书长。"))))
""",
    "pinyin tables (200,000 words)": """
import random
from reader.search.pinyin import PinyinTables
rng = random.Random(1)
chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
words = list({"".join(rng.choice(chars) for _ in range(4)) for _ in range(200000)})
PinyinTables(words[:100])
print(json.dumps(measure(lambda: PinyinTables(words))))
""",
    "library snapshot read (120 MB)": """
import os, pickle
from pathlib import Path
import reader.archive.snapshot as S
target = Path(sys.argv[1]) / "snapshot.bin"
chunks = [os.urandom(2_000_000) for _ in range(60)]
if hasattr(S, "_write_snapshot"):
    S._write_snapshot(target, "k", chunks)
else:
    target.write_bytes(pickle.dumps({"key": "k", "chunks": chunks}, protocol=pickle.HIGHEST_PROTOCOL))
del chunks
print(json.dumps(measure(lambda: S._read_snapshot(target, "k"))))
""",
}


def run(root: Path, code: str, folder: str) -> tuple[float, float]:
    """One load in a fresh process of `root`'s code: (its seconds, the longest wait for the lock)."""
    env = {**os.environ, "PYTHONPATH": str(root), "DUBA_CACHE_DIR": folder}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE + code, folder],
        env=env,
        cwd=root,  # (`-c` puts the working folder first on the path)
        capture_output=True,
        text=True,
        check=True,
    )
    took, wait = json.loads(done.stdout.strip().splitlines()[-1])
    return took, wait


def main() -> None:
    roots = [Path(arg).resolve() for arg in sys.argv[1:]] or [ROOT]
    for root in roots:
        print(root)
        with tempfile.TemporaryDirectory() as folder:
            for name, code in _LOADS.items():
                runs = [run(root, code, folder) for _ in range(4)][1:]  # (the first fills the caches)
                took = statistics.median(r[0] for r in runs)
                wait = statistics.median(r[1] for r in runs)
                print(f"  {name:<32} {took:6.3f} s   longest wait for the lock {wait * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
