"""Start-up and sidebar benchmarks for the reader app (issues 3 and 9).

    python benchmarks/startup_bench.py [--runs 9] [--tmux] [--sidebar 30000] [PATH ...]

Start-up: time from process start (just before the parent spawns `python`) to the App's `on_ready`, which
Textual sends right after the first frame is written, and to the frame after the main screen has opened
the first article (its text on screen; the first frame shows "Opening..." while the pages open in a
worker). The same is measured for a bare Textual app that
shows one Static, started the same way; the two run alternately (bare, duba, bare, duba …) so that both
see the same machine load, and the medians and their ratio are printed (the goal: duba within 1.5× the
bare app). Each child also reports the CPU time it used until then, which a busy machine disturbs far
less than the wall clock. One warm-up run of each fills the caches first (segmentation, jieba's
dictionary cache). By default the apps run headless (everything but the terminal writes); `--tmux` runs
them in a real 120×40 tmux terminal instead.

Sidebar: builds the rows for N synthetic articles (30 per page), hands them to the list, and times the
frame after `set_rows`, then paging and jumping to the end (one frame each, median).
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAMPS = r"""
import sys, time
from pathlib import Path

out = Path(sys.argv[1])
stamps = {}


def stamp(name):
    stamps.setdefault(name, f"{time.time():.6f} {time.process_time():.6f}")


def finish(app):
    done = out.with_suffix(".part")  # renamed when whole: the parent reads it as soon as it exists
    done.write_text(" ".join(stamps[name] for name in ("frame", "ready", "text")))
    done.replace(out)
    app.exit()


class Stamped:
    # `_display` gets each frame the compositor made, and writes it to the terminal: the first call is the
    # first frame on screen. (`on_ready` comes later: Textual posts Ready after the first frame, and
    # the app handles it after whatever was queued before it, more layouts and frames among them.)
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is None:
            return
        stamp("frame")
        if self.shows_text() and "text" not in stamps:
            stamp("text")
            if "ready" in stamps:
                self.call_next(finish, self)

    def on_ready(self):
        stamp("ready")
        if "text" in stamps:
            finish(self)
"""

CHILD = (
    STAMPS
    + r"""
from reader.app.app import DubaApp


class Bench(Stamped, DubaApp):
    def shows_text(self):
        return getattr(self.screen, "current", None) is not None  # an article is open: this frame shows it


Bench([Path(p) for p in sys.argv[3:]]).run(headless=sys.argv[2] == "headless")
"""
)

BARE = (
    STAMPS
    + r"""
from textual.app import App
from textual.widgets import Static


class Bare(Stamped, App):
    def compose(self):
        yield Static("duba 读报")

    def shows_text(self):
        return True


Bare().run(headless=sys.argv[2] == "headless")
"""
)


def run_once(
    env: dict[str, str], targets: list[str], use_tmux: bool, child: str = CHILD
) -> tuple[float, ...]:
    """Seconds from spawning the process to its first frame and the CPU seconds it used by then; the same
    to `on_ready`, and to the frame that shows the first article's text (the bare app: its first frame)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "ready"
        mode = "terminal" if use_tmux else "headless"
        command = [sys.executable, "-c", child, str(out), mode, *targets]
        if use_tmux:
            session = f"duba-bench-{os.getpid()}-{time.monotonic_ns()}"
            # a private tmux server for each run: a shared one may be starting or stopping meanwhile
            socket = ["-L", session]
            shell = " ".join(_quote(part) for part in command)
            exports = [
                arg
                for key in ("DUBA_DATA_DIR", "DUBA_CACHE_DIR", "DUBA_CONFIG_DIR")
                for arg in ("-e", f"{key}={env[key]}")
            ]
            started = time.time()
            subprocess.run(
                [
                    "tmux",
                    *socket,
                    "new-session",
                    "-d",
                    "-s",
                    session,
                    "-x",
                    "120",
                    "-y",
                    "40",
                    *exports,
                    f"cd {ROOT} && {shell}",
                ],
                check=True,
            )
            deadline = time.time() + 30
            while not out.exists() and time.time() < deadline:
                time.sleep(0.01)
            subprocess.run(["tmux", *socket, "kill-server"], capture_output=True)
        else:
            started = time.time()
            subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        if not out.exists():
            raise RuntimeError("the app never became ready")
        frame, frame_cpu, ready, cpu, text, text_cpu = (float(part) for part in out.read_text().split())
        return frame - started, frame_cpu, ready - started, cpu, text - started, text_cpu


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def startup(runs: int, targets: list[str], use_tmux: bool) -> None:
    base = ROOT / "benchmarks" / ".data"
    env = dict(os.environ)
    data = Path(tempfile.mkdtemp(prefix="duba-bench-data-"))
    env["DUBA_DATA_DIR"] = str(data)
    env["DUBA_CACHE_DIR"] = str(base / "cache")
    env["DUBA_CONFIG_DIR"] = str(base / "no-config")
    bare: list[tuple[float, ...]] = []
    duba: list[tuple[float, ...]] = []
    # An installed wheel has its bytecode compiled (pip does it); a checkout run with PYTHONDONTWRITEBYTECODE
    # would compile every reader module at each start while Textual's come compiled, which is not the
    # comparison the goal asks for.
    compileall.compile_dir(ROOT / "reader", quiet=1)
    try:
        run_once(env, targets, use_tmux, BARE)
        first = run_once(env, targets, use_tmux)[0]
        for _ in range(runs):  # alternately, so that both see the same load
            bare.append(run_once(env, targets, use_tmux, BARE))
            duba.append(run_once(env, targets, use_tmux))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    where = "tmux 120x40" if use_tmux else "headless"
    print(f"start-up ({where}, {runs} runs each, alternating; warm-up {first:.3f} s), load {_load()}:")
    for label, at in (("first frame", 0), ("App.on_ready", 2), ("first article's text on screen", 4)):
        print(f" to the {label}:")
        for name, times in (("bare Textual app", bare), ("duba", duba)):
            wall = [t[at] for t in times]
            cpu = [t[at + 1] for t in times]
            print(
                f"  {name:17} median {statistics.median(wall):.3f} s   min {min(wall):.3f} s"
                f"   max {max(wall):.3f} s   CPU median {statistics.median(cpu):.3f} s"
            )
        yardstick = 2 if at == 2 else 0  # on_ready against on_ready, the rest against the first frame
        ratio = statistics.median(t[at] for t in duba) / statistics.median(t[yardstick] for t in bare)
        cpu_ratio = statistics.median(t[at + 1] for t in duba) / statistics.median(
            t[yardstick + 1] for t in bare
        )
        print(f"  duba / bare: {ratio:.2f} (wall-clock medians), {cpu_ratio:.2f} (CPU: steadier when busy)")


def _load() -> str:
    """The machine's load averages (1, 5, 15 minutes), to read the figures by."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def sidebar(count: int) -> None:
    from reader.app.app import DubaApp
    from reader.app.widgets.rows import rows_for_pages
    from reader.model import Article, Page, PageMeta

    pages: list[Page] = []
    for start in range(0, count, 30):
        articles = [
            Article(
                id=f"{n:08x}",
                headline=f"第{n}篇 新能源产业“加速跑”全市制造业发展新动能新优势",
                paragraphs=["正文。"],
            )
            for n in range(start, min(start + 30, count))
        ]
        pages.append(
            Page(
                f"p{start}.txt", f"p{start}.txt", "", PageMeta(paper="聊城日报", date="2023-03-14"), articles
            )
        )

    async def measure() -> None:
        app = DubaApp([ROOT / "tests" / "data" / "000_0bab674bd8117e01.txt"])
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            started = time.perf_counter()
            rows = rows_for_pages(pages)
            built = time.perf_counter() - started
            screen.sidebar.set_rows(rows)
            await pilot.pause()
            first_frame = time.perf_counter() - started
            sidebar = screen.sidebar
            sidebar.focus()
            await pilot.pause()
            height = sidebar.size.height
            actions = [sidebar.action_page_down] * 20 + [sidebar.action_last, sidebar.action_first]
            actions += [sidebar.action_cursor_down] * 20
            work: list[float] = []
            for action in actions:
                tick = time.perf_counter()
                action()
                for y in range(height):  # what the next frame asks of the widget
                    sidebar.render_line(y)
                work.append(time.perf_counter() - tick)
            rounds: dict[str, list[float]] = {}
            for label, keys in (("30k", ["pagedown", "end", "home", "j"] * 5),):
                rounds[label] = []
                for key in keys:
                    tick = time.perf_counter()
                    await pilot.press(key)
                    rounds[label].append(time.perf_counter() - tick)
            sidebar.set_rows(rows[:40])
            await pilot.pause()
            rounds["40"] = []
            for key in ["pagedown", "end", "home", "j"] * 5:
                tick = time.perf_counter()
                await pilot.press(key)
                rounds["40"].append(time.perf_counter() - tick)
            print(f"sidebar with {count:,} articles ({len(rows):,} rows):")
            print(f"  rows built {built * 1000:.0f} ms, set and first frame {first_frame * 1000:.0f} ms")
            print(
                f"  widget work per key (move + render {height} visible rows): median"
                f" {statistics.median(work) * 1000:.2f} ms, max {max(work) * 1000:.2f} ms"
            )
            print(
                f"  pilot key round trip (includes Pilot's idle wait): median"
                f" {statistics.median(rounds['30k']) * 1000:.0f} ms with {len(rows):,} rows,"
                f" {statistics.median(rounds['40']) * 1000:.0f} ms with 40 rows"
            )

    asyncio.run(measure())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", help="pages or folders to open (default: the bundled corpus)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--tmux", action="store_true", help="run in a real tmux terminal, not headless")
    parser.add_argument(
        "--sidebar", type=int, default=30_000, help="articles for the sidebar benchmark (0: skip)"
    )
    args = parser.parse_args()
    startup(args.runs, args.paths, args.tmux)
    if args.sidebar:
        sidebar(args.sidebar)


if __name__ == "__main__":
    main()
