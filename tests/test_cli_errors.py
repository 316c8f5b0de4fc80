"""The `duba` command's answers to mistakes: missing pages, unknown words, no terminal, bad numbers,
and output that could drive the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.clitest import Ran, duba_bytes
from tests.clitest import duba as run_duba

DATA = Path(__file__).parent / "data"
PAGE = DATA / "000_0bab674bd8117e01.txt"
OSC = "\x1b]0;PWNED\x07"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    folders = {f"DUBA_{name}_DIR": str(tmp_path / name.lower()) for name in ("DATA", "CACHE", "CONFIG")}
    return {**os.environ, **folders, "PYTHONIOENCODING": "utf-8"}


def duba(env: dict[str, str], *args: str) -> Ran:
    """`duba ARGS` in this process (tests.clitest)."""
    return run_duba(*args, env=env)


def duba_process(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run duba as a script would: a new Python, no terminal on stdin."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
    )


def controls(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t"]


# -- 19, 19b: the reader ---------------------------------------------------------------------------


def test_a_page_that_does_not_exist_is_an_error(env: dict[str, str]) -> None:
    result = duba(env, "/nonexistent/page.txt")
    assert result.returncode == 2
    assert result.stderr.strip() == "duba: /nonexistent/page.txt: no such file or folder"


@pytest.mark.parametrize("command", ["search", "kwic"])
def test_a_second_word_of_an_unquoted_query_is_named_as_such(env: dict[str, str], command: str) -> None:
    """`duba search 香港 回归` said "回归: no such file or folder" and "no pages to search": the user
    meant two words. Said plainly, with the command to type; nothing is searched (exit 2)."""
    result = duba(env, command, "香港", "回归", "date:1998-03")
    assert result.returncode == 2
    assert "回归: no such file or folder" in result.stderr
    assert f"duba {command} '香港 回归 date:1998-03'" in result.stderr
    assert "no pages to search" not in result.stderr
    result = duba(env, command, "香港", str(PAGE), "回归")  # a page that exists stays a PATH, after the query
    assert f"duba {command} '香港 回归' {PAGE}" in result.stderr, result.stderr
    result = duba(env, command, "香港", str(PAGE), "/nonexistent/page.txt")  # a real path: no hint
    assert "/nonexistent/page.txt: no such file or folder" in result.stderr and "quote" not in result.stderr


@pytest.mark.parametrize(
    ("command", "option"),
    [("search", ["--limit", "1"]), ("kwic", ["--context", "4"]), ("read", ["--db", "bookmarks.json"])],
)
def test_a_page_given_after_an_option_is_still_a_page(
    env: dict[str, str], command: str, option: list[str], tmp_path: Path
) -> None:
    """`duba search 人才 --limit 1 PAGE` was refused ("unrecognized arguments: PAGE"): argparse takes a
    list of positionals only before the first option. What follows an option is more of the list."""
    option = [str(tmp_path / o) if o.endswith(".json") else o for o in option]
    words = [] if command == "read" else ["人才"]
    if command == "read":  # the reader needs a terminal: the page is checked before it would open
        result = duba(env, str(PAGE), *option, "/nonexistent/page.txt")
        assert "/nonexistent/page.txt: no such file or folder" in result.stderr, result.stderr
        return
    result = duba(env, command, *words, *option, str(PAGE))
    assert result.returncode == 0, result.stderr
    assert "人才" in result.stdout and "unrecognized" not in result.stderr
    result = duba(env, command, *words, *option, str(PAGE), "--bogus")  # an unknown option stays an error
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


def test_trend_terms_after_an_option_are_terms(env: dict[str, str]) -> None:
    result = duba(env, "trend", "人才", "--by", "year", "--in", str(PAGE), "赛道", "--csv")
    assert result.returncode == 0 and "unrecognized" not in result.stderr, result.stderr
    assert result.stdout.splitlines()[0].endswith(",赛道 occurrences,赛道 articles,赛道 per 1000")


def test_an_unknown_word_is_not_taken_for_a_page(env: dict[str, str]) -> None:
    result = duba(env, "libary", "add", "X")  # a typo of the library command
    assert result.returncode == 2
    assert "'libary' is not a command" in result.stderr and "library" in result.stderr


def test_without_a_terminal_the_reader_says_so_and_exits(env: dict[str, str]) -> None:
    started = time.monotonic()
    result = duba_process(env, str(PAGE), timeout=60)  # before the fix: never exits, at 100 % CPU
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr and "standard input" in result.stderr
    assert result.stderr.rstrip().endswith("use duba search or duba segment.")  # what to use instead
    assert time.monotonic() - started < 30


def test_reader_refuses_a_db_that_is_not_a_bookmark_file(env: dict[str, str], tmp_path: Path) -> None:
    not_a_store = tmp_path / "page.txt"
    not_a_store.write_bytes(PAGE.read_bytes())
    result = duba(env, "--db", str(not_a_store), str(PAGE))
    assert result.returncode == 2
    assert "is not a duba bookmark file" in result.stderr
    assert not_a_store.read_bytes() == PAGE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["page.txt"]


def test_the_reader_exit_status_is_the_apps(monkeypatch: pytest.MonkeyPatch) -> None:
    """An app that ended with an error (return code 1) must not make duba exit 0."""
    import reader.app
    from reader import cli

    monkeypatch.setattr(reader.app, "run_app", lambda paths: 1)
    monkeypatch.setattr(cli, "_terminal_problem", lambda: None)
    assert cli.main([str(PAGE)]) == 1


# -- 20: segment and search arguments ---------------------------------------------------------------


def test_segment_of_a_folder_prints_each_page(env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_bytes(PAGE.read_bytes())
    result = duba(env, "segment", str(folder))
    assert result.returncode == 0, result.stderr
    assert "a.txt: 8 articles" in result.stdout and "b.txt: 8 articles" in result.stdout


def test_segment_json_of_a_folder_asks_for_one_page(env: dict[str, str], tmp_path: Path) -> None:
    result = duba(env, "segment", str(tmp_path), "--json")
    assert result.returncode == 2
    assert "is a folder" in result.stderr and "one page file" in result.stderr


def test_segment_json_of_a_folder_suggests_a_page_that_can_be_read(
    env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_bytes(bytes(range(256)) * 8)  # first by name, and no page at all
    (tmp_path / "a2.txt").write_text("\n \n", encoding="utf-8")  # then a blank one: 0 articles
    (tmp_path / "b.txt").write_bytes(PAGE.read_bytes())
    result = duba(env, "segment", str(tmp_path), "--json")
    assert result.returncode == 2
    assert f"e.g. {tmp_path / 'b.txt'}" in result.stderr  # it suggested a.txt, which then failed


@pytest.mark.parametrize("limit", ["0", "-1", "many"])
def test_search_limit_below_one_is_an_argument_error(env: dict[str, str], limit: str) -> None:
    result = duba(env, "search", "人才", str(PAGE), f"--limit={limit}")
    assert result.returncode == 2
    assert "--limit" in result.stderr and "no match" not in result.stdout


def test_search_without_arguments_asks_only_for_the_query(env: dict[str, str]) -> None:
    result = duba(env, "search")
    assert result.returncode == 2
    error = result.stderr.strip().splitlines()[-1]
    assert error.endswith("required: QUERY")


# -- 4a: nothing printed can drive the terminal --------------------------------------------------------


def test_cli_output_holds_no_control_characters(env: dict[str, str], tmp_path: Path) -> None:
    evil = tmp_path / f"evil{OSC}.txt"
    text = PAGE.read_text(encoding="utf-8").replace("人才", f"人才{OSC}", 3)
    evil.write_text(text, encoding="utf-8")
    runs = [
        duba(env, "segment", str(evil)),
        duba(env, "segment", str(evil), "--json"),
        duba(env, "search", "人才", str(evil)),
        duba(env, "search", "人才", str(evil), "--json"),
        duba(env, "segment", str(tmp_path / f"missing{OSC}.txt")),
        duba(env, f"missing{OSC}.txt"),
        duba(env, "search", f"人才{OSC}", str(evil)),
    ]
    for result in runs:
        assert controls(result.stdout) == [] and controls(result.stderr) == [], result.args
    assert "PWNED" in runs[0].stdout  # shown, as visible symbols
    assert runs[0].returncode == 0 and runs[2].returncode == 0


def test_printed_output_is_plain_text_even_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    """Libraries colour only terminals; their colour codes would come out as ␛ symbols."""
    from reader.cli.output import VisibleStream, unfiltered, visible_streams

    with visible_streams():
        assert isinstance(sys.stdout, VisibleStream) and not sys.stdout.isatty()
        print(f"name{OSC}")
        assert unfiltered(sys.stdout) is not sys.stdout
    assert capsys.readouterr().out == "name␛]0;PWNED␇\n"


# -- a terminal or pipe whose encoding is not UTF-8 ------------------------------------------------


def test_an_encoding_without_chinese_gets_utf8_not_a_traceback(env: dict[str, str]) -> None:
    latin = {**env, "PYTHONIOENCODING": "latin-1"}  # as an ISO-8859-1 locale sets it
    for args in (["segment", str(PAGE)], ["search", "人才", str(PAGE), "--json"], ["--help"]):
        result = duba_bytes(latin, *args)
        assert result.returncode == 0 and b"Traceback" not in result.stderr, (args, result.stderr)
        assert "读报" in result.stdout.decode("utf-8") or "人才" in result.stdout.decode("utf-8")


def test_a_legacy_chinese_encoding_replaces_what_it_lacks(env: dict[str, str], tmp_path: Path) -> None:
    page = tmp_path / "emoji.txt"
    page.write_text(PAGE.read_text(encoding="utf-8").replace("人才", "人才😀", 1), encoding="utf-8")
    result = duba_bytes({**env, "PYTHONIOENCODING": "gbk"}, "segment", str(page))
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    assert "人才?" in result.stdout.decode("gbk")


def test_segment_of_a_pipe_says_what_it_is(env: dict[str, str], tmp_path: Path) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    result = duba(env, "segment", str(fifo))  # before: "no such file", of a file that is there
    assert result.returncode == 2 and "not a regular file" in result.stderr and "no such" not in result.stderr


def test_reader_refuses_a_pipe_before_opening_it(env: dict[str, str], tmp_path: Path) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)  # no writer: opening it would wait for ever (the reader hung, and `q` did not quit)
    result = duba(env, str(fifo))
    assert result.returncode == 2
    assert result.stderr.strip() == f"duba: {fifo}: not a regular file (save it to one first)"


def test_search_of_a_pipe_says_what_it_is_and_does_not_wait_for_a_writer(
    env: dict[str, str], tmp_path: Path
) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    # before: blocked opening the pipe (the timeout fails the test instead of hanging the suite)
    result = duba_process(env, "search", "经济", str(fifo), str(PAGE), timeout=60)
    assert f"duba: {fifo}: not a regular file (save it to one first)" in result.stderr
    # the page given with it is still searched
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr


# -- a C locale without Python's UTF-8 mode ---------------------------------------------------------


def test_chinese_words_typed_under_a_c_locale_without_utf8_mode_are_found(env: dict[str, str]) -> None:
    """LC_ALL=C and PYTHONUTF8=0: Python decodes the arguments as ASCII, leaving each byte of a Chinese
    query a lone surrogate, and search answered "no match for '\\udce4…'" (s22 walk). The bytes are the
    terminal's UTF-8; words that are not UTF-8 either get a sentence saying what to set."""
    c_locale = {**env, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
    c_locale.pop("PYTHONIOENCODING")
    found = subprocess.run(
        [sys.executable, "-m", "reader", "search", "人才", str(PAGE), "--json"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=c_locale,
        timeout=120,
    )
    assert found.returncode == 0, found.stderr
    assert b'"query": "\\u4eba\\u624d"' in found.stdout or "人才".encode() in found.stdout
    assert b"udc" not in found.stdout and b"udc" not in found.stderr
    gbk = subprocess.run(
        [sys.executable.encode(), b"-m", b"reader", b"search", "人才".encode("gbk"), bytes(PAGE)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=c_locale,
        timeout=120,
    )
    assert gbk.returncode == 2
    assert b"LANG=C.UTF-8" in gbk.stderr and b"\\xc8\\xcb" in gbk.stderr


def test_an_export_never_writes_over_duba_s_own_files_even_forced(
    env: dict[str, str], tmp_path: Path
) -> None:
    """`duba corrections export -o …/bookmarks.json --force` replaced the bookmark store with the
    corrections (every bookmark gone); the bookmark export refused only its own store. An existing file
    in duba's data or config folder (bookmarks, corrections, reading state, library, config) is refused
    by both exports, forced or not; a new file there, or any other file forced, is still written."""
    data, config = Path(env["DUBA_DATA_DIR"]), Path(env["DUBA_CONFIG_DIR"])
    data.mkdir()
    config.mkdir()
    own = {
        data / "bookmarks.json": b'{"bookmarks": {}}',
        data / "state.json": b'{"_default": {}}',
        config / "config.toml": b'theme = "nord"\n',
    }
    for path, content in own.items():
        path.write_bytes(content)
    for path in own:
        for command in (["corrections", "export"], ["bookmarks", "export"]):
            result = duba(env, *command, "--output", str(path), "--force")
            assert result.returncode == 2, (command, path, result.stderr)
            assert "duba's own" in result.stderr or "bookmark file itself" in result.stderr
    assert {path: path.read_bytes() for path in own} == own
    elsewhere = tmp_path / "export.json"
    elsewhere.write_text("old", encoding="utf-8")
    assert duba(env, "corrections", "export", "--output", str(elsewhere), "--force").returncode == 0
    assert duba(env, "corrections", "export", "--output", str(data / "new.json")).returncode == 0


def _bookmarks(path: Path, count: int) -> None:
    from reader.bookmarks.store import BookmarkStore
    from reader.corpus import load_page

    page = load_page(PAGE)
    store = BookmarkStore(path)
    article = next(article for article in page.articles if len(article.text) > 40)
    for n in range(count):
        store.add(article, page, 0, 20, note=f"第{n}条笔记：" + "读书" * 40)
    store.close()


def _limited_to(size: int) -> Callable[[], None]:
    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))  # (Python ignores SIGXFSZ: EFBIG)

    return limit


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_an_export_that_cannot_be_written_whole_leaves_the_old_file_or_none(
    env: dict[str, str], tmp_path: Path
) -> None:
    """A forced export onto an earlier one on a full disk wiped the earlier one and left the first 4 KB
    of the new (cut in a character); a new file was left cut off too. Writes past 4 KB fail here as on
    a full disk."""
    store = tmp_path / "data" / "marks.json"
    _bookmarks(store, 30)
    env = {**env, "DUBA_DB": str(store)}  # (named: another test's --db can be left in os.environ)
    earlier = tmp_path / "earlier.md"
    earlier.write_text("# the export of last week\n", encoding="utf-8")
    new = tmp_path / "new.md"
    for target, args, left in (
        (earlier, ["--force"], "it was left as it was"),
        (new, [], "no file was left"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "reader", "bookmarks", "export", "-o", str(target), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            preexec_fn=_limited_to(4096),
        )
        assert earlier.read_text(encoding="utf-8") == "# the export of last week\n"
        assert not new.exists()
        assert result.returncode == 1 and f"cannot write {target}" in result.stderr, result.stderr
        assert left in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir() if path.is_file()) == ["earlier.md"]
    assert len(store.read_text(encoding="utf-8")) > 4096  # (the export is longer than the limit)


@pytest.mark.parametrize("command", ["bookmarks", "corrections"])
def test_an_export_to_a_name_too_long_says_so_without_a_traceback(
    env: dict[str, str], tmp_path: Path, command: str
) -> None:
    target = tmp_path / ("a" * 300 + ".json")  # the file system refuses the name before any write
    result = duba(env, command, "export", "--output", str(target))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"cannot write {target}" in result.stderr and "nothing was written" in result.stderr


@pytest.mark.parametrize("variable", ["DUBA_DATA_DIR", "DUBA_CONFIG_DIR", "DUBA_CACHE_DIR"])
@pytest.mark.parametrize("command", [["bookmarks", "list"], ["library", "add"], ["read"], ["segment"]])
def test_a_folder_of_duba_s_that_is_a_file_is_said_once_and_the_file_left_alone(
    env: dict[str, str], tmp_path: Path, variable: str, command: list[str]
) -> None:
    """`DUBA_DATA_DIR=~/marks.json`: the bookmark list said the bookmark file held no whole bookmark and
    the reader would move it aside; the reader said "Cannot open the bookmarks: [Errno 17] File exists"."""
    mistaken = tmp_path / "marks.json"
    mistaken.write_bytes(b'{"notes": 1}')
    args = [*command, str(PAGE)] if command[0] in ("read", "segment", "library") else command
    result = duba({**env, variable: str(mistaken)}, *args)
    assert result.returncode == 2, result.stderr
    assert f"{variable} names {mistaken}, a file, not a folder" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert mistaken.read_bytes() == b'{"notes": 1}'


def test_a_forced_export_onto_a_read_only_file_is_refused_as_before(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forced export wrote over the file in place, which a file kept read-only refused ("Permission
    denied"); replaced through a rename (on a full disk the earlier file stays whole), it would not."""
    import reader.cli.output

    kept = tmp_path / "kept.md"
    kept.write_text("# kept read-only\n", encoding="utf-8")
    kept.chmod(0o444)
    real = os.access
    monkeypatch.setattr(  # (as root every file is writable: say this one is not, as for a user)
        reader.cli.output.os, "access", lambda path, mode: mode != os.W_OK and real(path, mode)
    )
    result = duba(env, "bookmarks", "export", "--output", str(kept), "--force")
    assert result.returncode == 1 and "Permission denied; it was left as it was" in result.stderr
    assert kept.read_text(encoding="utf-8") == "# kept read-only\n"


@pytest.mark.parametrize("command", [["bookmarks", "list"], ["bookmarks", "export"], ["read"]])
def test_duba_db_naming_a_folder_is_said_plainly_and_the_folder_left_alone(
    env: dict[str, str], tmp_path: Path, command: list[str]
) -> None:
    """`--db FOLDER` was refused; `DUBA_DB=FOLDER` got "No bookmark in it is whole. Opening the reader
    (duba) moves it aside" from the bookmark list, and the reader tried to."""
    folder = tmp_path / "papers"
    (folder / "1998").mkdir(parents=True)
    (folder / "1998" / "01.txt").write_text("kept", encoding="utf-8")
    args = [*command, str(PAGE)] if command == ["read"] else command
    result = duba({**env, "DUBA_DB": str(folder)}, *args)
    assert result.returncode == 2, result.stderr
    assert f"DUBA_DB names {folder}, a folder, not a bookmark file" in result.stderr
    assert "moves it aside" not in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("papers")] == ["papers"]
    assert (folder / "1998" / "01.txt").read_text(encoding="utf-8") == "kept"
