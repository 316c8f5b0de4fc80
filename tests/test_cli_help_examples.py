"""Each subcommand a researcher scripts (segment, search, kwic, trend) shows examples under its
`--help`, one command a line as written, and every example is a command duba accepts."""

from __future__ import annotations

import shlex
import subprocess
import sys

import pytest

from reader.cli import build_parser

COMMANDS = ("segment", "search", "kwic", "trend")


def _examples(command: str) -> list[str]:
    """The example commands printed under `duba COMMAND --help`, comments left off."""
    shown = subprocess.run(
        [sys.executable, "-m", "reader", command, "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"COLUMNS": "100", "PYTHONIOENCODING": "utf-8", "PATH": ""},
        check=True,
    ).stdout
    assert "examples:" in shown
    lines = shown.split("examples:", 1)[1].splitlines()
    return [line.split(" #", 1)[0].split(" > ", 1)[0].strip() for line in lines if line.strip()]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_lists_examples_each_one_command_a_line(command: str) -> None:
    found = _examples(command)
    assert len(found) >= 3
    assert all(line.startswith(f"duba {command} ") for line in found)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_example_is_a_command_duba_accepts(command: str) -> None:
    for line in _examples(command):
        words = shlex.split(line)[1:]
        build_parser(words[0]).parse_args(words)  # (argparse exits on a command it does not take)
