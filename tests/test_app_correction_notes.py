"""A correction found again only by a near match (`reader.corrections.near`: the text reads a little
differently from when it was made) is applied silently no more: the page's notes say which one and
where, so the reader can check it; the reader is told once, not on every load (after a segmenter
version that moved a break, every load would say it for good). `duba segment` says it on stderr until
the reader has (it reads the reader's memory and writes nothing, a damaged state file too); `--explain`,
which asks why the page reads as it does, says it every time; `--json` lists it as `notes`, not on stderr
(a script reads it there: it said the note on stderr on every run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.corpus import load_page
from reader.corrections import CorrectionStore, apply_noted, split_op
from tests.apptest import RunningApp, notifications, run, sidebar_titles
from tests.test_corrections_near import FIRST, FOURTH, SECOND, THIRD, article

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_an_operation_found_by_a_near_match_is_noted_and_an_exact_one_is_not() -> None:
    page = [article(FIRST, SECOND, THIRD, FOURTH)]
    op = split_op(page, 0, 2)
    assert apply_noted(page, [op])[2] == []
    fixed = [article(FIRST, SECOND, THIRD.replace("茶馆", "茶舘", 1), FOURTH)]
    split, warnings, notes = apply_noted(fixed, [op])
    assert len(split) == 2 and not warnings
    (note,) = notes
    assert note.startswith("correction 1 (split) was applied at 「河边的老磨坊改成了茶舘")
    assert "reads a little differently" in note and "check it" in note


def _nearly_stored(page_path: Path) -> int:
    """A split stored for the bundled page, its opening one character off, as when the text it was
    made on read a little differently (a new segmenter's break, an edit): found by a near match."""
    store = CorrectionStore()
    page = load_page(page_path)
    longest = max(range(len(page.articles)), key=lambda i: len(page.articles[i].paragraphs))
    store.split(page, longest, 2)
    stored = store.folder / f"{page.sha}.json"
    record = json.loads(stored.read_text(encoding="utf-8"))
    opening = record["ops"][0]["paragraph"]
    record["ops"][0]["paragraph"] = opening[:5] + ("甲" if opening[5] != "甲" else "乙") + opening[6:]
    stored.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return len(page.articles)


@run
async def test_the_reader_is_told_once_that_a_correction_was_found_by_a_near_match(
    running_app: RunningApp, page_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = _nearly_stored(page_path)
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        assert len(sidebar_titles(app)) == count  # applied
        said = notifications(app)
        assert "correction 1 (split) was applied at 「" in said and "check it is still right" in said
        assert "Page read with a problem" not in said
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):  # the next run: not again
        assert len(sidebar_titles(app)) == count
        assert "correction 1 (split)" not in notifications(app)
    capsys.readouterr()
    assert main(["segment", str(page_path)]) == 0  # the reader said it: duba segment does not again
    assert "duba: note:" not in capsys.readouterr().err


def test_duba_segment_says_a_note_until_the_reader_has_explain_every_time_json_in_its_notes(
    page_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _nearly_stored(page_path)
    said = "duba: note: correction 1 (split) was applied at"
    for _ in range(2):  # the reader has not said it: every run (it remembers nothing of its own)
        assert main(["segment", str(page_path)]) == 0
        assert said in capsys.readouterr().err
    assert main(["segment", str(page_path), "--explain"]) == 0
    assert said in capsys.readouterr().err
    assert main(["segment", str(page_path), "--json"]) == 0
    out = capsys.readouterr()
    (note,) = json.loads(out.out)["notes"]
    assert note.startswith("correction 1 (split) was applied at 「") and "duba: note:" not in out.err


def test_duba_segment_leaves_a_damaged_state_file_as_it_is(
    page_path: Path, temp_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review: a first mend wrote the told note from duba segment, and moved a damaged state file
    aside (`state.json.corrupt-…`): a command that prints must leave the reader's files as they are."""
    from reader import paths

    _nearly_stored(page_path)
    state = paths.data_dir() / "state.json"
    state.write_text('{"_default": {"1": {"key": "tol', encoding="utf-8")  # cut short
    before = sorted(p.name for p in state.parent.iterdir())
    assert main(["segment", str(page_path)]) == 0
    assert "duba: note: correction 1 (split)" in capsys.readouterr().err
    assert state.read_text(encoding="utf-8") == '{"_default": {"1": {"key": "tol'
    assert sorted(p.name for p in state.parent.iterdir()) == before


def test_an_edited_page_says_in_one_note_which_correction_found_its_text_changed(page_path: Path) -> None:
    """Walk: one character fixed in the opening of a paragraph a correction names gave two notices,
    'the page file changed…: its correction was applied again' and 'correction 1 … check it'."""
    store = CorrectionStore()
    page = load_page(page_path)
    longest = max(range(len(page.articles)), key=lambda i: len(page.articles[i].paragraphs))
    store.split(page, longest, 2)
    opening = page.articles[longest + 1].paragraphs[0][:6]
    text = page_path.read_text(encoding="utf-8")
    assert text.count(opening) == 1
    page_path.write_text(
        text.replace(opening, opening[:5] + ("甲" if opening[5] != "甲" else "乙")), encoding="utf-8"
    )
    (note,) = load_page(page_path).notes
    assert note.startswith("the page file changed after it was corrected: its correction was applied again; ")
    assert "correction 1 (split) was applied at 「" in note


def test_a_note_cut_after_a_paragraph_end_has_no_space_before_its_ellipsis() -> None:
    caption = "图为孩子们在学校食堂里吃午饭。"  # (15 characters: the cut falls after the paragraph's end)
    page = [article(FIRST, caption, THIRD, FOURTH)]
    op = split_op(page, 0, 1)
    slipped = [article(FIRST, caption.replace("食堂", "饭堂"), THIRD, FOURTH)]
    (note,) = apply_noted(slipped, [op])[2]
    assert "「图为孩子们在学校饭堂里吃午饭。…」" in note


def test_notes_past_those_shown_are_not_remembered_as_told(tmp_path: Path) -> None:
    """The reader shows the first five notes and counts the rest ('...and 2 more'): those are told on a
    later run, not taken as told."""
    from reader.state import State

    state = State(tmp_path / "state.json")
    keys = [f"sha note {n}" for n in range(7)]
    assert state.tell(keys, 5) == [True] * 7
    assert state.tell(keys, 5) == [False] * 5 + [True] * 2
    assert state.tell(keys, 5) == [False] * 7
