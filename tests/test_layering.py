"""The layers hold: nothing below the app imports Textual or Rich, and no module imports itself round a cycle.

Every module of the package is found by walking `reader/`, so a new module is covered without editing
this file. Imports are read from the source (those inside functions and under `TYPE_CHECKING` too), and
the headless modules are also imported in a fresh interpreter, which catches a UI library pulled in
through a third-party package.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import reader

PACKAGE = Path(reader.__file__).resolve().parent
UI_LIBRARIES = ("textual", "rich")
UI_PACKAGES = ("reader.app", "reader.cli", "reader.__main__")
"""Where Textual and Rich may be used: the app, and the command line that starts it."""
HEADLESS_COMMANDS = (
    "reader.cli.search",
    "reader.cli.bookmarks",
    "reader.cli.corrections",
    "reader.cli.library",
    "reader.cli.kwic",
    "reader.cli.trend",
)
"""Subcommands that print without a UI: they must start without loading Textual."""


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """Every module `path` imports anywhere in its source, as absolute dotted names."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)
    return out


def _is_ui(name: str) -> bool:
    return name in UI_PACKAGES or name.startswith(tuple(p + "." for p in UI_PACKAGES))


MODULES = _modules()
HEADLESS = [name for name in MODULES if not _is_ui(name)]


def test_the_walk_finds_the_pipeline() -> None:
    for name in ("reader.page.segment", "reader.search.index", "reader.bookmarks.store", "reader.model"):
        assert name in HEADLESS
    assert "reader.app.app" in MODULES and "reader.app.app" not in HEADLESS


def _loaded_after_importing(modules: list[str]) -> list[str]:
    """Top-level UI libraries in `sys.modules` of a fresh interpreter after importing `modules`."""
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({UI_LIBRARIES!r}))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_headless_sources_never_import_textual_or_rich() -> None:
    offenders = {}
    for name in HEADLESS:
        found = sorted(m for m in _imports(name, MODULES[name]) if m.split(".")[0] in UI_LIBRARIES)
        if found:
            offenders[name] = found
    assert offenders == {}


def test_headless_modules_load_without_textual_or_rich() -> None:
    assert _loaded_after_importing([*HEADLESS, *HEADLESS_COMMANDS]) == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
    return groups


def test_no_import_cycles_below_the_app() -> None:
    """`TYPE_CHECKING` imports count: a cycle there still ties the modules' designs together.

    (reader.app is being restructured out of its screen/mixin cycle; it joins this check when it is.)
    """
    graph = {
        name: {m for m in _imports(name, MODULES[name]) if m in MODULES and m != name}
        for name in MODULES
        if not name.startswith("reader.app")
    }
    graph = {name: {m for m in deps if m in graph} for name, deps in graph.items()}
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
