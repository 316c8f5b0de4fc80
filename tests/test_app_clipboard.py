"""y and Y copy to the clipboard where the terminal's OSC 52 does not arrive: inside tmux (whose default
drops a program's OSC 52: the s31 walk, "Copied" and nothing in tmux's buffer) through
`tmux load-buffer -w -`, under X or Wayland through xclip, xsel or wl-copy; and the notice says where
the copy went, or that it was sent to the terminal alone.

Made-up clipboard programs (shell scripts on a PATH of their own) keep what they were given in a file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reader.app.clipboard import copy_out, programs, where
from reader.passages import sentences
from tests.apptest import PAGE, RunningApp, notifications, press, run

pytestmark = pytest.mark.usefixtures("temp_dirs")


def fake(folder: Path, name: str, refuses: str = "") -> Path:
    """A program `name` in `folder` that keeps its standard input in `folder/NAME.got` and its
    arguments in `folder/NAME.args`; with `refuses`, it fails when given that argument."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    test = f'case " $* " in *" {refuses} "*) exit 1;; esac\n' if refuses else ""
    body = f'echo "$*" > "{folder}/{name}.args"\ncat > "{folder}/{name}.got"\n'
    script.write_text(f"#!/bin/sh\nPATH=/usr/bin:/bin\n{test}{body}")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return folder / f"{name}.got"


@run
async def test_y_inside_tmux_puts_the_passage_in_tmuxs_buffer_and_says_so(
    running_app: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = fake(tmp_path / "bin", "tmux")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("TMUX", "/tmp/tmux-made-up/default,1,0")
    async with running_app((120, 40)) as (app, pilot):
        article = app.library.articles[0]
        await press(pilot, "right_parenthesis", "y")
        first = sentences(article.text)[0]
        assert got.read_text(encoding="utf-8") == article.text[first.start : first.end]
        assert (tmp_path / "bin" / "tmux.args").read_text().split() == ["load-buffer", "-w", "-"]
        assert "via tmux's buffer" in notifications(app)
        assert app.clipboard == article.text[first.start : first.end]  # (OSC 52 too, as before)
        await press(pilot, "Y")
        assert got.read_text(encoding="utf-8") == app.clipboard and "\n出处：" in app.clipboard


@run
async def test_y_with_no_clipboard_program_says_it_went_to_the_terminal_alone(
    running_app: RunningApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "right_parenthesis", "y")
        assert "sent to the terminal alone (OSC 52)" in notifications(app)


def test_a_tmux_without_w_is_asked_again_for_its_buffer_alone(tmp_path: Path) -> None:
    got = fake(tmp_path / "bin", "tmux", refuses="-w")
    env = {"PATH": str(tmp_path / "bin"), "TMUX": "/tmp/tmux-made-up/default,1,0"}
    assert copy_out("一段摘录", env, platform="linux") == ["tmux"]
    assert got.read_text(encoding="utf-8") == "一段摘录"


def test_the_desktops_clipboard_program_is_the_one_its_session_has(tmp_path: Path) -> None:
    folder = tmp_path / "bin"
    for name in ("xclip", "xsel", "wl-copy", "pbcopy"):
        fake(folder, name)
    path = {"PATH": str(folder)}
    assert [n for n, _ in programs({**path, "DISPLAY": ":0"}, "linux")] == ["xclip"]
    assert [n for n, _ in programs({**path, "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux")] == [
        "wl-copy"
    ]
    assert [n for n, _ in programs(path, "darwin")] == ["pbcopy"]
    assert programs(path, "linux") == []  # a console, or ssh with no X: OSC 52 alone
    (folder / "xclip").unlink()
    assert [n for n, _ in programs({**path, "DISPLAY": ":0"}, "linux")] == ["xsel"]
    assert copy_out("摘录", {**path, "DISPLAY": ":0"}, "linux") == ["xsel"]
    assert (folder / "xsel.got").read_text(encoding="utf-8") == "摘录"
    assert where(["tmux", "xsel"]) == "to the clipboard via tmux's buffer and xsel"


@run
async def test_the_palettes_copy_citation_copies_the_articles_source_alone(
    running_app: RunningApp, tmp_path: Path
) -> None:
    """For a footnote or a reference list: Y gave the source under a quote, to be cut off by hand."""
    page = tmp_path / "rmrb" / "2025-01-02" / "04.txt"
    page.parent.mkdir(parents=True)
    page.write_bytes(PAGE.read_bytes())
    async with running_app((120, 40), paths=(page,)) as (app, pilot):
        article = app.library.articles[0]
        await press(pilot, "ctrl+p", *"Copy citation")
        await press(pilot, "enter")
        assert app.clipboard == f"{article.authors[0].name}. {article.headline}[N]. 人民日报, 2025-01-02(4)."
        assert "Copied" in notifications(app)


@run
async def test_a_notice_shows_the_pages_brackets_as_printed(running_app: RunningApp, tmp_path: Path) -> None:
    """Notices were Textual markup: Copy citation's notice lost its `[N]` (the walk), and text such as
    `[/]`, which a page may print, is markup that does not parse."""
    from textual.widgets._toast import Toast

    page = tmp_path / "rmrb" / "2025-01-02" / "04.txt"
    page.parent.mkdir(parents=True)
    page.write_bytes(PAGE.read_bytes())
    async with running_app((120, 40), paths=(page,), notifications=True) as (app, pilot):
        await press(pilot, "ctrl+p", *"Copy citation")
        await press(pilot, "enter")
        await pilot.pause(0.1)
        shown = " ".join(str(toast.render()) for toast in app.screen.query(Toast))
        assert "[N]" in shown
        app.notify("a made-up line [/] with [b]brackets")
        await pilot.pause(0.1)
        shown = " ".join(str(toast.render()) for toast in app.screen.query(Toast))
        assert "a made-up line [/] with [b]brackets" in shown
