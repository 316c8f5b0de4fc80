"""What `duba segment PAGE` loads besides the segmenter: no module that a one-page command does not use
(each costs about as much to import as segmenting a page)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "corpus" / "000_0bab674bd8117e01.txt"

_SEGMENT = """
import contextlib, io, sys
from reader.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(["segment", sys.argv[1], "--json"])
print(" ".join(sorted({"importlib.metadata", "importlib.resources", "rjieba"} & set(sys.modules))))
"""


def test_segmenting_one_page_imports_no_package_metadata_resources_or_dictionary(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("DATA", "CACHE", "CONFIG"):
        env[f"DUBA_{name}_DIR"] = str(tmp_path / name.lower())
    command = [sys.executable, "-c", _SEGMENT, str(PAGE)]
    subprocess.run(command, capture_output=True, env=env, check=True)  # (fills the cache folder)
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == ""
