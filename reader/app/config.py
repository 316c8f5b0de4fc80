"""The user's config file, `config.toml` in `paths.config_dir()` (no Textual import).

Example::

    theme = "nord"                # used until a theme is picked in the app (that choice is remembered)
    ambiguous_width = "narrow"    # or "wide": see reader.app.wrap; "wide" suits CJK-locale terminals
    keywords = 8                  # key terms listed and highlighted per article (0 turns them off)
    measure = 80                  # longest reading line, in cells
    paragraph_gap = 0             # blank lines between paragraphs (print uses none: the indent marks them)

    [keymap]                      # binding id = "key,key" (ids are listed in the help screen, ? or F1)
    next_article = "n,],l"
    previous_article = "p,[,h"

    [[highlight]]                 # like newsboat's `highlight`: a word or a regex, and a Rich style
    word = "聊城"
    style = "bold magenta"

    [[highlight]]
    regex = '\\d+(\\.\\d+)?%'
    style = "underline"

A bad value is reported (the app shows it as a notification) and its default used; the rest still applies.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from rich.errors import StyleSyntaxError
from rich.style import Style

from reader import paths

AmbiguousWidth = Literal["narrow", "wide"]

CONFIG_NAME = "config.toml"


@dataclass(frozen=True, slots=True)
class HighlightRule:
    """Highlight every match of `pattern` with `style` (a Rich style string such as "bold red on white")."""

    pattern: re.Pattern[str]
    style: str

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Offsets of every non-empty match in `text`."""
        return [(m.start(), m.end()) for m in self.pattern.finditer(text) if m.end() > m.start()]


@dataclass(slots=True)
class Config:
    """Settings read from the config file; defaults when there is none."""

    theme: str | None = None
    ambiguous_width: AmbiguousWidth = "narrow"
    keywords: int = 8
    measure: int = 80
    paragraph_gap: int = 0
    keymap: dict[str, str] = field(default_factory=dict)
    highlights: list[HighlightRule] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """One line per problem found in the file."""

    @property
    def ambiguous_wide(self) -> bool:
        """Treat ambiguous-width characters as two cells wide."""
        return self.ambiguous_width == "wide"


def config_path() -> Path:
    """Where the config file lives (it need not exist)."""
    return paths.config_dir() / CONFIG_NAME


def _int_setting(
    data: dict[str, Any], name: str, default: int, low: int, high: int, errors: list[str]
) -> int:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        errors.append(f"config: {name} must be a whole number from {low} to {high}")
        return default
    return value


def _parse_rule(index: int, raw: Any, errors: list[str]) -> HighlightRule | None:
    where = f"config: highlight #{index}"
    if not isinstance(raw, dict):
        errors.append(f"{where} must be a table with `word` or `regex` and `style`")
        return None
    style = raw.get("style", "reverse")
    try:
        Style.parse(str(style))
    except StyleSyntaxError as exc:
        errors.append(f"{where}: bad style {style!r} ({exc})")
        return None
    word, regex = raw.get("word"), raw.get("regex")
    try:
        if isinstance(word, str) and word:
            pattern = re.compile(re.escape(word))
        elif isinstance(regex, str) and regex:
            pattern = re.compile(regex)
        else:
            errors.append(f"{where} needs a non-empty `word` or `regex`")
            return None
    except re.error as exc:
        errors.append(f"{where}: bad regex {regex!r} ({exc})")
        return None
    return HighlightRule(pattern, str(style))


def parse_config(data: dict[str, Any]) -> Config:
    """Build a `Config` from the parsed TOML table, collecting problems in `Config.errors`."""
    config = Config()
    errors = config.errors
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme:
            config.theme = theme
        else:
            errors.append("config: theme must be a theme name")
    width = data.get("ambiguous_width", "narrow")
    if width in ("narrow", "wide"):
        config.ambiguous_width = width
    else:
        errors.append('config: ambiguous_width must be "narrow" or "wide"')
    config.keywords = _int_setting(data, "keywords", config.keywords, 0, 50, errors)
    config.measure = _int_setting(data, "measure", config.measure, 20, 1000, errors)
    config.paragraph_gap = _int_setting(data, "paragraph_gap", config.paragraph_gap, 0, 3, errors)
    keymap = data.get("keymap", {})
    if isinstance(keymap, dict):
        for binding_id, keys in keymap.items():
            if isinstance(keys, list):
                keys = ",".join(str(k) for k in keys)
            if isinstance(keys, str) and keys.strip():
                config.keymap[str(binding_id)] = keys.replace(" ", "")
            else:
                errors.append(f'config: keymap.{binding_id} must be keys such as "n,]"')
    else:
        errors.append("config: [keymap] must be a table of binding id = keys")
    rules = data.get("highlight", [])
    if not isinstance(rules, list):
        rules = [rules]
    for index, raw in enumerate(rules, start=1):
        rule = _parse_rule(index, raw, errors)
        if rule is not None:
            config.highlights.append(rule)
    return config


KeyContexts = Mapping[str, Mapping[str, Sequence[str]]]
"""Where keys compete (a screen with the app-wide keys) -> binding id -> its default keys."""


def keymap_conflicts(keymap: Mapping[str, str], contexts: KeyContexts) -> list[str]:
    """Keys the config gives to two bindings that compete for them, one line per key.

    `contexts` maps where keys compete (a screen, with the app-wide keys) to binding id -> default
    keys. A binding the keymap names gets the keymap's keys instead of its defaults (as Textual's
    `set_keymap` does). Only clashes the config causes are reported, never the app's own defaults.
    """
    problems: list[str] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    given = {binding_id: keys.split(",") for binding_id, keys in keymap.items()}
    for where, defaults in contexts.items():
        holders: dict[str, list[str]] = {}
        for binding_id, keys in defaults.items():
            for key in dict.fromkeys(given.get(binding_id, keys)):
                holders.setdefault(key, []).append(binding_id)
        for key, ids in holders.items():
            if len(ids) < 2 or not any(key in given.get(binding_id, ()) for binding_id in ids):
                continue
            clash = (key, tuple(sorted(ids)))
            if clash in seen:
                continue
            seen.add(clash)
            names = " and ".join(ids)
            problems.append(
                f'config: keymap gives the key "{key}" to both {names} ({where}); only one of them will work'
            )
    return problems


def load_config(path: Path | None = None) -> Config:
    """Read the config file (default `config_path()`); a missing file gives the defaults."""
    target = path or config_path()
    try:
        with target.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return Config()
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        config = Config()
        config.errors.append(f"config: cannot read {target}: {exc}")
        return config
    return parse_config(data)
