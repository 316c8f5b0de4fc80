"""Tests for the config file (reader.app.config) and the remembered state (reader.state)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.app.config import load_config, parse_config
from reader.state import PATH_POSITIONS, Position, State
from tests.apptest import notices

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_config_parsing(tmp_path: Path) -> None:
    target = tmp_path / "config" / "config.toml"
    target.write_text(
        """
theme = "nord"
ambiguous_width = "wide"
keywords = 5
[keymap]
next_article = "l,]"
[[highlight]]
word = "聊城"
style = "bold magenta"
[[highlight]]
regex = '\\d+(\\.\\d+)?%'
style = "underline"
[[highlight]]
regex = "("
style = "bold"
[[highlight]]
word = "x"
style = "not a style at all"
""",
        encoding="utf-8",
    )
    config = load_config()
    assert config.theme == "nord"
    assert config.ambiguous_wide
    assert config.keywords == 5
    assert config.keymap == {"next_article": "l,]"}
    assert len(config.highlights) == 2
    assert config.highlights[1].spans("增长8.5%，占51.92%") == [(2, 6), (8, 14)]
    assert len(config.errors) == 2


def test_config_defaults_and_bad_values() -> None:
    assert load_config().errors == []
    config = parse_config({"ambiguous_width": "huge", "keywords": -1, "keymap": {"quit": ""}})
    assert config.ambiguous_width == "narrow"
    assert config.keywords == 8
    assert len(config.errors) == 3


def test_state_round_trip_is_utf8_and_atomic(tmp_path: Path) -> None:
    state = State()
    assert state.position() is None
    state.save_position(Position("abc", 12, "聊城日报.txt"))
    state.save_theme("nord")
    state.close()
    raw = (tmp_path / "data" / "state.json").read_text(encoding="utf-8")
    assert "聊城日报" in raw  # not \\u-escaped
    again = State()
    assert again.position() == Position("abc", 12, "聊城日报.txt")
    assert again.theme() == "nord"
    assert not list((tmp_path / "data").glob("*.tmp"))


def test_the_position_on_a_page_whose_file_name_is_not_utf8_is_kept(tmp_path: Path) -> None:
    """The reader crashed with UnicodeEncodeError saving its position on a page with a GBK file name
    (Python decodes such a name with lone surrogates); they are stored as JSON escapes."""
    name = os.fsdecode(b"\xc8\xcb\xc3\xf1.txt")  # 人民.txt in GBK
    state = State()
    state.save_position(Position("abc", 3, name))
    state.close()
    (tmp_path / "data" / "state.json").read_bytes().decode("utf-8")  # the file stays UTF-8
    assert State().position() == Position("abc", 3, name)


def test_positions_are_kept_per_paths_opened_and_the_oldest_forgotten(tmp_path: Path) -> None:
    """Plain duba's position and those of the last PATH_POSITIONS sets of PATHs are kept apart (a folder
    with a GBK name too); a set of PATHs opened longer ago than that is forgotten."""
    state = State()
    state.save_position(Position("library", 7))
    gbk = os.fsdecode(b"/papers/\xc8\xcb\xc3\xf1")
    scopes = [gbk, *(f"/pages/{n}.txt" for n in range(PATH_POSITIONS))]
    for number, scope in enumerate(scopes):
        state.save_position(Position(f"article {number}"), scope)
    state.close()
    again = State()
    assert again.position() == Position("library", 7)
    assert again.position(gbk) is None  # the oldest of PATH_POSITIONS + 1
    assert again.position("/pages/0.txt") == Position("article 1")
    assert again.position(scopes[-1]) == Position(f"article {PATH_POSITIONS}")
    again.save_position(Position("elsewhere"), "/pages/0.txt")
    assert again.position() == Position("library", 7)


def test_a_folder_opened_again_is_not_forgotten_behind_one_off_looks(tmp_path: Path) -> None:
    """The oldest position is forgotten by when it was last used, not last moved: a folder opened every
    day and left at the same article keeps its place after PATH_POSITIONS looks at single pages."""
    state = State(tmp_path / "state.json")
    state.save_position(Position("article 7", 3), "/papers/daily")
    for number in range(PATH_POSITIONS - 1):
        state.save_position(Position(f"look {number}"), f"/pages/{number}.txt")
    state.opened("/papers/daily")  # read again today, not scrolled
    state.save_position(Position("one more look"), "/pages/last.txt")
    again = State(tmp_path / "state.json")
    assert again.position("/papers/daily") == Position("article 7", 3)
    assert again.position("/pages/0.txt") is None  # the oldest look went instead


def test_damaged_state_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "data" / "state.json").write_text("{not json", encoding="utf-8")
    state = State()
    assert state.position() is None
    state.save_theme("nord")
    assert State().theme() == "nord"


@pytest.mark.parametrize(
    "damage",
    [b'{"_default": {"1": {"key": "posi', bytes(range(256)) * 4, b"[1, 2]"],
    ids=["cut short", "binary", "not an object"],
)
def test_a_damaged_state_file_is_kept_aside_when_written_over_and_said(tmp_path: Path, damage: bytes) -> None:
    """A state file cut short or overwritten with binary was written over at the first save, silently:
    the reading positions in it were lost for good."""
    path = tmp_path / "data" / "state.json"
    path.write_bytes(damage)
    state = State()
    assert state.position() is None and state.theme() is None
    assert path.read_bytes() == damage and not state.problems  # reading leaves it where it is
    state.save_theme("nord")
    aside = [p for p in path.parent.iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == damage
    assert State().theme() == "nord"
    assert len(state.problems) == 1 and str(aside[0]) in state.problems[0]
    state.save_theme("dracula")  # said once
    assert len(state.problems) == 1


def test_the_reader_says_where_it_kept_a_damaged_state_file(temp_dirs: Path) -> None:
    import asyncio

    from reader.app.app import DubaApp
    from tests.apptest import main_screen, settle

    path = temp_dirs / "data" / "state.json"
    path.write_bytes(b'{"_default": {"1": {"key": "posi')
    page = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"

    async def check() -> None:
        app = DubaApp([page])
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            main_screen(app).save_position()  # as after half a second of reading
            await settle(pilot)
            said = [m for m in notices(app) if "state.json.corrupt-" in m]
            assert len(said) == 1 and "could not be read" in said[0]

    asyncio.run(check())


def test_an_empty_state_file_is_simply_written(tmp_path: Path) -> None:
    path = tmp_path / "data" / "state.json"
    path.write_bytes(b"")
    state = State()
    state.save_theme("nord")
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith("state")) == ["state.json"]
    assert not state.problems


# -- key bindings the config makes clash ------------------------------------------------------------

CONTEXTS = {
    "reading": {
        "quit": ["q"],
        "down": ["j", "down"],
        "next_article": ["n", "right_square_bracket"],
        "previous_article": ["p", "left_square_bracket"],
    },
    "list": {"down": ["j", "down"], "choose": ["enter"], "quit": ["q"]},
}


def test_a_key_given_to_two_bindings_is_reported() -> None:
    from reader.app.config import keymap_conflicts

    problems = keymap_conflicts({"quit": "j", "next_article": "n,p"}, CONTEXTS)

    assert problems == [
        'config: keymap gives the key "j" to both quit and down (reading); only one of them will work',
        'config: keymap gives the key "p" to both next_article and previous_article (reading); '
        "only one of them will work",
    ]


def test_moving_both_bindings_is_no_clash_and_defaults_are_never_blamed() -> None:
    from reader.app.config import keymap_conflicts

    assert keymap_conflicts({"next_article": "n,p", "previous_article": "N"}, CONTEXTS) == []
    assert keymap_conflicts({}, {"x": {"a": ["k"], "b": ["k"]}}) == []


def test_the_reader_reports_clashing_keys_like_unknown_ids(temp_dirs: Path) -> None:
    import asyncio

    from reader.app.app import DubaApp

    (temp_dirs / "config" / "config.toml").write_text(
        '[keymap]\nquit = "j"\nnext_article = "n,p"\nno_such_binding = "x"\n', encoding="utf-8"
    )
    page = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"

    async def check() -> None:
        app = DubaApp([page])
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            messages = notices(app)
            assert any("no_such_binding" in m for m in messages)
            assert any('"j"' in m and "quit" in m and "down" in m for m in messages)
            assert any('"p"' in m and "next_article" in m and "previous_article" in m for m in messages)

    asyncio.run(check())


def test_the_keys_of_the_date_dialog_concordance_and_trend_can_be_rebound_and_are_listed(
    temp_dirs: Path,
) -> None:
    import asyncio

    from reader.app.app import DubaApp
    from reader.app.screens.help import HelpScreen
    from reader.app.screens.kwic import KwicScreen
    from reader.app.screens.trend import TrendScreen
    from tests.apptest import PAGE, press, screen_text, settle

    (temp_dirs / "config" / "config.toml").write_text(
        '[keymap]\nkwic_sort = "o"\nclose_kwic = "x"\ntrend_period = "ctrl+t"\ncancel_date = "ctrl+g"\n',
        encoding="utf-8",
    )

    dated = temp_dirs / "rmrb" / "2025-01-02" / "01.txt"  # a date to count the trend by
    dated.parent.mkdir(parents=True)
    dated.write_bytes(PAGE.read_bytes())

    async def check() -> None:
        app = DubaApp([dated])
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            # they were "config: no key binding has the id 'kwic_sort'" and so on, though they worked
            assert not [m for m in notices(app) if "no key binding" in m]
            await press(pilot, "question_mark")
            assert isinstance(app.screen, HelpScreen)
            listed = {entry.binding_id: entry.keys for _, entries in app.screen.sections for entry in entries}
            assert listed["kwic_sort"] == "o" and listed["close_kwic"] == "x"
            assert listed["trend_period"] == "^t" and listed["cancel_date"] == "^g"
            assert "close_trend" in listed
            await press(pilot, "escape", "slash", *"人才", "enter", "K")
            assert isinstance(app.screen, KwicScreen)
            title = screen_text(app).splitlines()[0]
            assert "o 排序" in title and "x 返回" in title  # the title said "s 排序" whatever the keymap
            await press(pilot, "o")
            assert app.screen.order == "left"
            await press(pilot, "x", "T")
            assert isinstance(app.screen, TrendScreen)
            assert "^t 切换" in screen_text(app)

    asyncio.run(check())
