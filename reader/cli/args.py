"""Argument types shared by the `duba` subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type for a whole number of `minimum` or more, with a message naming the bound."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {value}")
        return value

    parse.__name__ = f"at_least_{minimum}"
    return parse


TEXT_ARGUMENTS = ("query", "terms", "filter")
"""The arguments that are words to look for, not file names (`as_typed`)."""


def as_typed(value: str) -> str:
    """A word argument as it was typed. Python decodes arguments in the locale's encoding, and where that
    is ASCII (LC_ALL=C with UTF-8 mode turned off: PYTHONUTF8=0) each byte of a Chinese word is left
    as a lone surrogate: those bytes are the terminal's UTF-8, read as such. Raises `ValueError`, with a
    sentence to print, when they are not UTF-8 either. (File names are left as Python gives them: they
    open the file they name whatever their bytes.)"""
    if not any("\udc80" <= c <= "\udcff" for c in value):
        return value
    raw = os.fsencode(value)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(
            f"the words '{ascii(raw)[2:-1]}' are neither text in the locale's encoding"
            f" ({sys.getfilesystemencoding()}) nor UTF-8: set the terminal's locale (e.g. LANG=C.UTF-8)"
        ) from None


def words_as_typed(args: argparse.Namespace) -> str:
    """Put the word arguments (a query, terms, a filter) back as typed (`as_typed`); what
    is wrong with one that cannot be, else ""."""
    try:
        for name in TEXT_ARGUMENTS:
            value = getattr(args, name, None)
            if isinstance(value, str):
                setattr(args, name, as_typed(value))
            elif isinstance(value, list):
                setattr(args, name, [as_typed(v) if isinstance(v, str) else v for v in value])
    except ValueError as problem:
        return str(problem)
    return ""


class ExamplesFormatter(argparse.HelpFormatter):
    """argparse's help, its description wrapped to the terminal as usual, and an epilog of examples
    printed as written: one command a line (`examples`)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith(_EXAMPLES_HEAD):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


_EXAMPLES_HEAD = "examples:\n"


def examples(*lines: str) -> dict[str, object]:
    """`add_parser` keywords giving a subcommand's help an epilog of example commands, `lines` as
    written (a line of its own per command, a comment after `#`)."""
    return {
        "epilog": _EXAMPLES_HEAD + "".join(f"  {line}\n" for line in lines),
        "formatter_class": ExamplesFormatter,
    }
