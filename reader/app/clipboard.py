"""Copying to the clipboard where the terminal's own way does not arrive.

Textual's `App.copy_to_clipboard` writes the text to the terminal as an OSC 52 escape, and the
terminal puts it on the clipboard, if it does that at all. Many setups drop it without a word: tmux by
default (`set-clipboard external` ignores an OSC 52 from a program inside it), GNU screen, GNOME
Terminal and other VTE terminals. The reader said "Copied" there, and nothing pasted. So a copy also
goes, where one is at hand, through:

- tmux's own buffer when the reader runs inside tmux (`$TMUX`): `tmux load-buffer -w -`, which tmux
  3.2 and later also send on to the outer terminal's clipboard (prefix + ] pastes it in tmux);
- the desktop's clipboard program: `wl-copy` under Wayland (`$WAYLAND_DISPLAY`), `xclip` or `xsel`
  under X (`$DISPLAY`), `pbcopy` on macOS.

`copy_out` runs them (a thread: each is a process) and says which took the text, for the notice.
Nothing here imports Textual."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence

WAIT = 3.0
"""Seconds a clipboard program may take (xclip and wl-copy stay on to serve the selection, but let go
of their caller once they have read it)."""


def programs(
    env: Mapping[str, str] | None = None, platform: str = sys.platform
) -> list[tuple[str, list[str]]]:
    """The clipboard programs to hand a copy to here, each as (the name the notice says, its command
    line), found on `env`'s PATH: tmux's buffer inside tmux, and the desktop's clipboard program."""
    env = os.environ if env is None else env
    path = env.get("PATH", os.defpath)

    def found(name: str) -> str | None:
        return shutil.which(name, path=path)

    out: list[tuple[str, list[str]]] = []
    if env.get("TMUX") and (tmux := found("tmux")):
        out.append(("tmux", [tmux, "load-buffer", "-w", "-"]))
    if platform == "darwin" and (pbcopy := found("pbcopy")):
        out.append(("pbcopy", [pbcopy]))
    elif env.get("WAYLAND_DISPLAY") and (wl_copy := found("wl-copy")):
        out.append(("wl-copy", [wl_copy]))
    elif env.get("DISPLAY"):
        if xclip := found("xclip"):
            out.append(("xclip", [xclip, "-selection", "clipboard"]))
        elif xsel := found("xsel"):
            out.append(("xsel", [xsel, "--clipboard", "--input"]))
    return out


def _run(command: Sequence[str], text: str, env: Mapping[str, str]) -> bool:
    try:
        done = subprocess.run(
            list(command),
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=WAIT,
            env=dict(env),
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def copy_out(text: str, env: Mapping[str, str] | None = None, platform: str = sys.platform) -> list[str]:
    """Hand `text` to every clipboard program of `programs`; the names of those that took it. A tmux
    older than 3.2 (no `-w`) is asked again without it: its buffer alone."""
    env = os.environ if env is None else env
    took = []
    for name, command in programs(env, platform):
        if _run(command, text, env) or (
            name == "tmux" and _run([c for c in command if c != "-w"], text, env)
        ):
            took.append(name)
    return took


def where(took: Sequence[str]) -> str:
    """Where a copy went, as the notice says it: the programs that took it, or that it was sent to the
    terminal alone (OSC 52), which some terminals drop."""
    if not took:
        return "sent to the terminal alone (OSC 52): one that does not take it keeps nothing"
    names = ["tmux's buffer" if name == "tmux" else name for name in took]
    return "to the clipboard via " + " and ".join(names)
