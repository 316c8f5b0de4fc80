"""The library's scan inside the reader: Textual replaces stderr with an object that has no file
descriptor, and multiprocessing's resource tracker, which the scan's worker processes need, is handed
stderr's descriptor when it starts. Started before the app takes stderr (`prepare_workers`, as the
reader does for a library), the scan spreads its pages over worker processes; without it, it read them
all in one process (and before 986f00a the reader crashed opening a library with 200 new pages)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCAN = """
import io, os, sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from reader.archive import scan

if sys.argv[1] == "prepared":
    scan.prepare_workers()


class TextualStderr(io.StringIO):
    def fileno(self):
        return -1


pools = []
made = ProcessPoolExecutor.__init__


def init(self, *args, **kwargs):
    made(self, *args, **kwargs)
    pools.append(self)


ProcessPoolExecutor.__init__ = init
scan.PARALLEL_MIN, scan.WORKERS = 1, 2
os.cpu_count = lambda: 2
tasks = []
for n in range(3):
    page = Path(sys.argv[2]) / f"p{n}.txt"
    page.write_text(f"第{n + 1}版的标题\\n\\n　　一段正文，说了一件事。\\n", encoding="utf-8")
    st = page.stat()
    tasks.append(scan.Task(str(page), st.st_size, st.st_mtime_ns, 0, "", False))
sys.stderr = TextualStderr()
found = list(scan.inspect_all(tasks))
print(len(found), "pages", len(pools), "pools")
"""


@pytest.mark.parametrize(("how", "pools"), [("prepared", 1), ("unprepared", 0)])
def test_the_scan_inside_the_reader_uses_worker_processes_once_prepared(
    tmp_path: Path, how: str, pools: int
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCAN, how, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3", "pages", str(pools), "pools"]
