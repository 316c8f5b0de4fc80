"""Key bindings as the help screen and the config check see them (light: imported before the first frame).

A screen that can list its keys is a `KeySource`, one whose keys have a help section of their own a
`HelpSection`; `binding_ids` is every id a `[keymap]` entry may name;
`keymap_of` reads the app's keymap, which Textual keeps private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from textual.app import App


@runtime_checkable
class KeySource(Protocol):
    """A screen that can say which keys it offers, section by section, for the help screen."""

    def key_sections(self, app_bindings: list[BindingType]) -> list[tuple[str, list[BindingType]]]:
        """`(section title, bindings)` in the order help lists them; `app_bindings` are the app's own."""
        ...


@runtime_checkable
class HelpSection(Protocol):
    """A screen over the reader whose keys have a section of their own in the help: help opened on it
    starts at that section (the reading keys listed first do nothing there)."""

    HELP_SECTION: ClassVar[str]


def binding_ids(sources: list[tuple[str, list[BindingType]]]) -> set[str]:
    """Every binding id in `sources` (what a `[keymap]` entry in the config file may name)."""
    return {b.id for _, bindings in sources for b in Binding.make_bindings(bindings) if b.id}


def key_of(app: App[object], bindings: list[BindingType], binding_id: str) -> str:
    """The first key that runs `binding_id` (one of `bindings`), after the config's keymap, as the
    footer shows it (`s`, `^r`, `esc`): for a hint in a screen's own text."""
    keys = keymap_of(app).get(binding_id)
    if keys:
        key = keys.split(",")[0].strip()
    else:
        key = next((b.key for b in Binding.make_bindings(bindings) if b.id == binding_id), binding_id)
    return app.get_key_display(Binding(key, ""))


def keymap_of(app: App[object]) -> dict[str, str]:
    """The app's keymap (binding id → keys): Textual keeps it private, so it is read here only."""
    return dict(getattr(app, "_keymap", {}) or {})
