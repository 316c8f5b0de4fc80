"""Giving a line-API widget (a `ScrollView` that draws its own lines) a new scroll area cheaply.

Assigning `virtual_size` asks Textual for a layout of every widget on the screen, and a layout is
followed by a repaint of the whole screen: ~2 ms, ~30 ms on a loaded machine (search_ui_bench.py,
where the result list did it on every keystroke), and the frame that shows an article paid for it too.
A widget whose own size does not follow its contents (the lists, the reading pane: their size comes from
the CSS) needs none of that when its contents change length: only its scrollbars change, and
`_scroll_update` (what the layout itself calls for a new virtual size) updates them. A scrollbar that
appears or goes changes the widget's content region, and asks for the layout itself.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget


def set_scroll_size(widget: Widget, size: Size) -> None:
    """Give `widget` the virtual size `size` without a layout of the screen (see the module docstring)."""
    if size == widget.virtual_size:
        return
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)  # the one private Textual call this needs
    widget.refresh()
