"""The help screen (`?` or F1): every key, with the binding id to rebind it in the config file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.config import config_path

if TYPE_CHECKING:
    from textual.app import App


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of help: the keys (as displayed), what they do, and the binding id."""

    keys: str
    description: str
    binding_id: str


def key_help(
    app: App[object], sources: list[tuple[str, list[BindingType]]]
) -> list[tuple[str, list[KeyHelp]]]:
    """Bindings with ids from each `(section, BINDINGS)`, with the keys the app's keymap gives them."""
    keymap: dict[str, str] = dict(getattr(app, "_keymap", {}) or {})
    sections: list[tuple[str, list[KeyHelp]]] = []
    for section, bindings in sources:
        entries: dict[str, KeyHelp] = {}
        for binding in Binding.make_bindings(bindings):
            if binding.id is None or binding.id in entries:
                continue
            keys = keymap.get(binding.id)
            key_list = keys.split(",") if keys else _keys_of(bindings, binding.id)
            shown = " ".join(app.get_key_display(Binding(k.strip(), "")) for k in key_list)
            entries[binding.id] = KeyHelp(shown, binding.description, binding.id)
        sections.append((section, list(entries.values())))
    return sections


def _keys_of(bindings: list[BindingType], binding_id: str) -> list[str]:
    return [b.key for b in Binding.make_bindings(bindings) if b.id == binding_id]


class HelpScreen(ModalScreen[None]):
    """A scrollable table of every key, grouped by where it applies."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="close_help"),
    ]

    def __init__(self, sections: list[tuple[str, list[KeyHelp]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Text("duba 读报 — keys", style="bold"), id="help-title")
            for section, entries in self.sections:
                table = Table(
                    title=section,
                    title_justify="left",
                    show_header=False,
                    box=None,
                    expand=True,
                    padding=(0, 1),
                )
                table.add_column("keys", no_wrap=True, style="bold", ratio=1)
                table.add_column("action", ratio=2)
                table.add_column("id", style="dim", ratio=2)
                for entry in entries:
                    table.add_row(entry.keys, entry.description, entry.binding_id)
                yield Static(table, classes="help-section")
            yield Static(
                f'Rebind keys in {config_path()} under [keymap], e.g. next_article = "n,],l".',
                classes="help-note",
                markup=False,
            )

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help."""
        self.dismiss(result)
