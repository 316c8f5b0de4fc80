"""What one `duba segment PAGE --json` costs as a whole process, in checkouts compared: start-up included.

    python benchmarks/segment_start.py ROOT [ROOT ...] [--runs 15] [--instructions] [--page PAGE]

`segment_ab.py` and `segment_pages.py` leave each process's start-up out; a one-page command pays it in
full: the interpreter, importing the modules (compiling the segmenter's patterns, unless they are kept:
reader.page.rx), the first segmentation (cold, with the interpreter's warm-up and the word-pair table),
then printing. Each checkout (any folder holding `reader/` and a `.venv`, e.g. `git worktree add --detach
/tmp/old main`) runs its own `.venv/bin/duba` with .pyc written to a folder of its own (as an installed
duba has them) and a cache folder of its own, both made ready by one run first. Prints, per checkout, the
CPU time of RUNS whole processes (started alternately, so that all see the same load: median and min,
from the OS's accounting of each finished child) and, with `--instructions` (valgrind), the machine
instructions of: a bare interpreter, importing what the command imports, that plus one segmentation of
the page, and the whole command (independent of the load: the figures to compare by). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "corpus" / "000_0bab674bd8117e01.txt"
# what `duba segment` imports (run in the checkout's folder, so that `python -c` finds its `reader`)
IMPORTS = "import reader.cli, reader.corpus, reader.cli.segment"


def _env(root: str, work: Path) -> dict[str, str]:
    """The environment of `root`'s runs: .pyc and cache folders of its own under `work`, and the user's
    folders pointed away (corrections of the user's would be applied to the page)."""
    tag = re.sub(r"\W", "_", root)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(work / f"pyc-{tag}"), PYTHONHASHSEED="0")
    for name in ("DATA", "CACHE", "CONFIG"):
        env[f"DUBA_{name}_DIR"] = str(work / f"{name.lower()}-{tag}")
    return env


def _cpu(command: list[str], env: dict[str, str], root: str) -> float:
    """CPU seconds (user + system) of `command` run to its end in folder `root`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, cwd=root, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _instructions(command: list[str], env: dict[str, str], root: str) -> float:
    """Millions of instructions `command` runs to its end in folder `root` (where `python -c` finds its
    `reader`) under valgrind (cachegrind, no cache model)."""
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *command],
        env=env,
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1).replace(",", "")) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="+")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--page", default=str(PAGE))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="duba-start-"))
    try:
        envs = {root: _env(root, work) for root in args.roots}
        commands = {root: [f"{root}/.venv/bin/duba", "segment", args.page, "--json"] for root in args.roots}
        for root in args.roots:  # (writes the .pyc and fills the cache folder)
            _cpu(commands[root], envs[root], root)
            _cpu([f"{root}/.venv/bin/python", "-c", IMPORTS], envs[root], root)
        times: dict[str, list[float]] = {root: [] for root in args.roots}
        for r in range(args.runs):
            for root in args.roots if r % 2 == 0 else args.roots[::-1]:
                times[root].append(_cpu(commands[root], envs[root], root))
        for root, found in times.items():
            print(
                f"{root}: whole process, CPU median {statistics.median(found) * 1000:.0f} ms, "
                f"min {min(found) * 1000:.0f} ms ({len(found)} runs)"
            )
        if not args.instructions:
            return
        if shutil.which("valgrind") is None:
            print("valgrind is not installed: no instruction counts")
            return
        for root in args.roots:
            python, env = f"{root}/.venv/bin/python", envs[root]
            read = f"open({args.page!r}, encoding='utf-8').read()"
            once = f"; from reader.page.segment import segment; segment({read})"
            bare = _instructions([python, "-c", "pass"], env, root)
            imports = _instructions([python, "-c", IMPORTS], env, root)
            first = _instructions([python, "-c", IMPORTS + once], env, root)
            whole = _instructions(commands[root], env, root)
            print(
                f"{root}: M instructions: bare interpreter {bare:.1f}; + imports {imports:.1f}; "
                f"+ one segmentation {first:.1f}; whole `duba segment --json` {whole:.1f}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
