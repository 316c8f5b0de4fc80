"""Test-suite benchmark: the README's test command, timed (issue 9's goal: the full suite ≤ 60 s wall on a
2-core machine).

It runs `python -m pytest -q -n auto` (plus any pytest arguments given after `--`) and prints:
- the wall time, and the CPU time (user + sys) of pytest and everything it started (the xdist workers,
  the `duba` processes some tests start), with the cores and the load average before and after: on a
  machine that others load, the CPU seconds are the steadier figure;
- per xdist worker, the time its tests ran minus the time their thread waited for a CPU (read from
  /proc/thread-self/schedstat), i.e. about what the worker would take on an otherwise idle machine;
- the ten slowest tests.

    python benchmarks/suite_time.py                  # the README's command, once
    python benchmarks/suite_time.py --runs 3         # median of three
    python benchmarks/suite_time.py -- -n 0 tests/test_app.py
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A pytest plugin, loaded into pytest and its workers with -p, that writes one line per test: wall time
# and how long the test's thread was runnable but waiting for a CPU.
PLUGIN = """
import json, os, time
import pytest

def _waited():
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0

@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    started, waited = time.perf_counter(), _waited()
    yield
    line = {"worker": os.getpid(), "wall": time.perf_counter() - started, "waited": _waited() - waited}
    with open(os.environ["SUITE_TIME_OUT"], "a") as out:
        out.write(json.dumps(line) + "\\n")
"""


def run_once(pytest_args: list[str], folder: Path) -> dict[str, object]:
    """One run of the suite: its figures, and pytest's report of the slowest tests."""
    out = folder / "tests.jsonl"
    out.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])}
    env["SUITE_TIME_OUT"] = str(out)
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "suite_time_plugin",
        "--durations=10",
        *pytest_args,
    ]
    load_before = os.getloadavg()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    workers: dict[int, list[float]] = {}
    if out.exists():
        for line in out.read_text(encoding="utf-8").splitlines():
            test = json.loads(line)
            figures = workers.setdefault(test["worker"], [0.0, 0.0, 0])
            figures[0] += test["wall"]
            figures[1] += test["waited"]
            figures[2] += 1
    lines = result.stdout.splitlines()
    slowest = [line for line in lines if re.match(r"^\d+\.\d+s (call|setup|teardown) ", line)][:10]
    summary = next(
        (line for line in reversed(lines) if " in " in line and ("passed" in line or "failed" in line)), ""
    )
    return {
        "returncode": result.returncode,
        "wall": wall,
        "cpu": cpu,
        "load": (load_before, os.getloadavg()),
        "workers": workers,
        "slowest": slowest,
        "summary": summary.strip("= "),
        "tail": "\n".join(lines[-30:]) + result.stderr[-2000:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=1, help="runs of the suite (the median is printed)")
    parser.add_argument("pytest_args", nargs="*", help="after --: pytest arguments (default: -n auto)")
    options = parser.parse_args()
    pytest_args = options.pytest_args or ["-n", "auto"]
    print(f"python -m pytest -q {' '.join(pytest_args)}   ({os.cpu_count()} CPUs)")
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "suite_time_plugin.py").write_text(PLUGIN, encoding="utf-8")
        for number in range(1, options.runs + 1):
            run = run_once(pytest_args, folder)
            if run["returncode"] != 0:
                print(run["tail"])
                sys.exit(f"run {number}: pytest exited {run['returncode']}")
            walls.append(run["wall"])
            cpus.append(run["cpu"])
            before, after = run["load"]
            print(
                f"run {number}: {run['summary']}; wall {run['wall']:.1f} s, CPU {run['cpu']:.1f} s "
                f"(load average {before[0]:.1f} before, {after[0]:.1f} after)"
            )
            for worker, (wall, waited, tests) in sorted(run["workers"].items()):
                print(
                    f"  worker {worker}: {tests} tests, {wall:.1f} s, of which {waited:.1f} s waiting"
                    f" for a CPU -> {wall - waited:.1f} s on an idle machine"
                )
        print("slowest tests (last run):")
        for line in run["slowest"]:
            print(f"  {line}")
    if options.runs > 1:
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"median of {options.runs}: wall {wall:.1f} s, CPU {cpu:.1f} s")


if __name__ == "__main__":
    main()
