"""Each subcommand a researcher scripts (segment, search, kwic, trend, and the actions of library and
bookmarks) shows examples under its `--help`, one command a line as written, and every example is a
command duba accepts."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import reader
from reader.cli import build_parser

CHECKOUT = Path(reader.__file__).resolve().parent.parent
"""Where the `reader` under test lives: `python -m reader` run there imports that one."""

COMMANDS = ("segment", "search", "kwic", "trend", "library", "bookmarks")
ACTIONS = (
    "library add",
    "library list",
    "library remove",
    "library update",
    "bookmarks list",
    "bookmarks export",
)


def _help(command: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "reader", *command.split(), "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"COLUMNS": "100", "PYTHONIOENCODING": "utf-8", "PATH": ""},
        check=True,
        cwd=CHECKOUT,
    ).stdout


def _examples(command: str) -> list[str]:
    """The example commands printed under `duba COMMAND --help`, comments left off."""
    shown = _help(command)
    assert "examples:" in shown
    lines = shown.split("examples:", 1)[1].splitlines()
    return [line.split(" #", 1)[0].split(" > ", 1)[0].strip() for line in lines if line.strip()]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_lists_examples_each_one_command_a_line(command: str) -> None:
    found = _examples(command)
    assert len(found) >= 3
    assert all(line.startswith(f"duba {command} ") for line in found)


@pytest.mark.parametrize("command", ACTIONS)
def test_each_action_says_what_it_does_and_shows_how(command: str) -> None:
    shown = _help(command)
    # a description of its own between the usage and the options (`duba library list --help` had none)
    description = shown.split("\n\n", 2)[1]
    assert not description.startswith(("options:", "positional arguments:"))
    assert len(description.split()) >= 8
    found = _examples(command)
    assert found
    assert all(line == f"duba {command}" or line.startswith(f"duba {command} ") for line in found)


@pytest.mark.parametrize("command", COMMANDS + ACTIONS)
def test_every_example_is_a_command_duba_accepts(command: str) -> None:
    for line in _examples(command):
        words = shlex.split(line)[1:]
        build_parser(words[0]).parse_args(words)  # (argparse exits on a command it does not take)
