"""Pilot tests of corrections in the reader: J joins, S splits, t retitles, u undoes; read the screen.

Each test has its own data folder (DUBA_DATA_DIR), where the corrections are stored per page; a
"restart" is a second app on the same folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.app.screens.title_dialog import TitleDialog
from reader.cli import main
from reader.corpus import load_page
from reader.passages import sentences
from tests.apptest import (
    PAGE,
    UNSURE_PAGE,
    RunningApp,
    main_screen,
    notices,
    notifications,
    press,
    run,
    screen_text,
    segmented,
    sidebar_titles,
)

pytestmark = pytest.mark.usefixtures("temp_dirs")

RAW = segmented()
"""The page as the segmenter reads it (no corrections: the test folders are not set up yet)."""


def pane_text(app: object) -> str:
    """The lines the reading pane has laid out, as shown."""
    pane = main_screen(app).pane  # type: ignore[arg-type]
    return "\n".join(pane.line_text(n) for n in range(pane.line_count))


def shown(app: object) -> str:
    """The lines on view in the reading pane, joined without the spaces of the layout."""
    pane = main_screen(app).pane  # type: ignore[arg-type]
    top = int(pane.scroll_y)
    lines = range(top, min(top + pane.scrollable_content_region.height, pane.line_count))
    return "".join(pane.line_text(n).replace(" ", "") for n in lines)


@run
async def test_join_shows_one_article_fewer_persists_and_undoes(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = RAW[1], RAW[2]
    async with running_app((120, 20)) as (app, pilot):
        before = sidebar_titles(app)
        assert len(before) == len(RAW)
        await press(pilot, "n", "n")  # the third article: 我市数字赋能农村集体“三资”管理
        await press(pilot, "J")
        after = sidebar_titles(app)
        assert len(after) == len(before) - 1
        assert not any(second.headline[:8] in label for label in after)  # type: ignore[index]
        screen = main_screen(app)
        assert screen.current == 1
        joined = app.library.articles[1]
        assert joined.headline == first.headline
        # the later article's headline and byline stay in the text, opening its part
        kept = [second.headline, second.byline]
        assert joined.paragraphs == first.paragraphs + kept + second.paragraphs
        # the reader stays where it was: the joined article, at the part that was on top, from its
        # title lines (text now): the seam in sight (it opened at the body under them, the old
        # headline just out of sight above)
        assert second.paragraphs[0][:20] in shown(app)
        assert first.headline not in shown(app)
        assert shown(app).lstrip("\u3000").startswith(second.headline)  # type: ignore[arg-type]
        assert "Joined" in notifications(app) and "u undoes it" in notifications(app)
        await press(pilot, "q")

    # the correction is stored: `duba segment --json` says so, and a restart shows the page corrected
    capsys.readouterr()
    assert main(["segment", str(PAGE), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["articles"]
    assert [a.get("corrected", False) for a in printed] == [n == 1 for n in range(len(after))]
    async with running_app((120, 40)) as (app, pilot):
        assert sidebar_titles(app) == after
        await press(pilot, "u")
        assert sidebar_titles(app) == before
        assert "Undone" in notifications(app)
        assert main_screen(app).current in (1, 2)
        await press(pilot, "u")  # nothing left to undo: said, nothing changes
        assert "no correction to undo" in notifications(app)
        assert sidebar_titles(app) == before


@run
async def test_undoing_a_join_shows_the_article_parted_off_again(running_app: RunningApp) -> None:
    """J keeps the reader where it was, so the place on view may be in the article joined into: u then
    used to show that one, not the article J was pressed on (s22 walk)."""
    first, second = RAW[1], RAW[2]
    async with running_app((120, 20)) as (app, pilot):
        await press(pilot, "n", "n", "J", "g")  # the joined article, from its top (the first's part)
        assert main_screen(app).current == 1
        assert first.headline in shown(app)
        await press(pilot, "u")
        assert len(sidebar_titles(app)) == len(RAW)
        assert main_screen(app).current == 2
        assert second.headline in shown(app)  # from its top
        await press(pilot, "q")


@run
async def test_undo_straight_after_a_join_goes_back_to_the_article_joined(running_app: RunningApp) -> None:
    """J leaves the reader at the seam, the joined article's title lines in sight: u at once used to
    show the article it had joined from its top, not the one J was pressed on (s43 walk)."""
    second = RAW[2]
    async with running_app((120, 20)) as (app, pilot):
        await press(pilot, "n", "n", "J")
        assert main_screen(app).current == 1
        await press(pilot, "u")
        assert len(sidebar_titles(app)) == len(RAW)
        assert main_screen(app).current == 2
        assert shown(app).startswith(second.headline)  # type: ignore[arg-type]
        await press(pilot, "U")  # redone: the seam again, in the joined article
        assert main_screen(app).current == 1
        assert second.paragraphs[0][:20] in shown(app)
        await press(pilot, "q")


@run
async def test_join_on_the_first_article_is_refused(running_app: RunningApp) -> None:
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        await press(pilot, "J")
        assert "nothing before it to join" in notifications(app)
        assert sidebar_titles(app) == before


@run
async def test_split_at_the_cursor_paragraph_then_a_line_becomes_the_headline(
    running_app: RunningApp,
) -> None:
    body = RAW[0].paragraphs
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        await press(pilot, "S")  # the cursor was hidden: it is shown, nothing is split yet
        assert sidebar_titles(app) == before
        assert "again" in notifications(app)
        await press(pilot, "right_curly_bracket", "right_curly_bracket", "right_curly_bracket")
        await press(pilot, "S")
        after = sidebar_titles(app)
        assert len(after) == len(before) + 1
        screen = main_screen(app)
        assert screen.current == 1
        new = app.library.articles[1]
        assert new.paragraphs == body[3:]
        assert app.library.articles[0].paragraphs == body[:3]
        assert body[3][:6] in after[1]  # untitled: listed by its opening words
        assert "Split" in notifications(app)

        # t: the dialog takes the paragraph's first sentence (the cursor's); ← takes a character fewer
        await press(pilot, "t")
        assert isinstance(app.screen, TitleDialog)
        first = sentences(new.text)[0]
        line = new.text[first.start : first.end - 1]
        assert line[:8] in screen_text(app)
        await press(pilot, "left", "h", "h")  # a line long for a title: h twice (one h says so)
        assert app.screen is screen
        retitled = app.library.articles[1]
        assert retitled.headline == line
        assert sidebar_titles(app)[1].startswith(line[:10])
        assert retitled.paragraphs[0] == body[3][len(line) :]

        await press(pilot, "t", "end", "s", "s")  # end: the whole paragraph (the rest of it) is the subtitle
        assert app.library.articles[1].subtitle == body[3][len(line) :]
        assert app.library.articles[1].paragraphs == body[4:]
        await press(pilot, "u")  # the subtitle goes back into the body
        assert app.library.articles[1].paragraphs[0] == body[3][len(line) :]
        await press(pilot, "u")  # the headline goes back into the paragraph
        assert app.library.articles[1].headline is None
        assert app.library.articles[1].paragraphs == body[3:]
        await press(pilot, "u")  # and the split is undone
        assert sidebar_titles(app) == before


@run
async def test_a_kicker_becomes_the_headline(running_app: RunningApp) -> None:
    article = RAW[1]
    assert article.kicker and article.headline
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "t")
        assert isinstance(app.screen, TitleDialog)
        # what can be taken: the paragraph, then the title lines as printed: kicker, headline, byline
        await press(pilot, "down", "h")
        assert sidebar_titles(app)[1].startswith(article.kicker[:10])
        corrected = app.library.articles[1]
        assert (corrected.headline, corrected.kicker) == (article.kicker, article.headline)
        assert article.headline in pane_text(app).replace(" ", "")
        await press(pilot, "t", "escape")  # escape changes nothing
        assert app.library.articles[1].headline == article.kicker


@run
async def test_a_title_correction_keeps_the_reading_place(running_app: RunningApp) -> None:
    """Changing an article's titles leaves its body as it was: the reader stays on the paragraph it was
    reading (it used to jump back to the article's top, the headline, after every title change)."""
    article = RAW[1]
    last = article.paragraphs[-1]
    async with running_app((100, 14)) as (app, pilot):
        await press(pilot, "n", *["right_curly_bracket"] * 4)
        assert last[:12] in shown(app)
        assert article.paragraphs[0][:12] not in shown(app)
        await press(pilot, "t", "down", "h")  # the kicker becomes the headline
        assert app.library.articles[1].headline == article.kicker
        assert last[:12] in shown(app)
        assert article.paragraphs[0][:12] not in shown(app)
        await press(pilot, "u")  # and undoing it keeps the place too
        assert app.library.articles[1].headline == article.headline
        assert last[:12] in shown(app)


@run
async def test_a_paragraph_made_a_headline_shows_its_new_article_from_the_top(
    running_app: RunningApp,
) -> None:
    """A later paragraph made the headline starts a new article: the reader shows that article from its new
    headline, not scrolled to where the old article's paragraph number would fall in it."""
    body = RAW[6].paragraphs
    assert len(body) > 8
    async with running_app((100, 14)) as (app, pilot):
        await press(pilot, *["n"] * 6, *["right_curly_bracket"] * 5)
        assert body[4][:12] in shown(app)
        await press(
            pilot, "t", "end", "h", "h"
        )  # all of the cursor's paragraph (long: h twice) is the headline
        assert main_screen(app).current == 7
        assert app.library.articles[7].headline == body[4]
        assert body[5][:12] in shown(app)  # the new article's first paragraph, under its headline
        assert body[4][:12] in shown(app)


@run
async def test_a_bookmark_stays_marked_and_cites_its_article_through_a_join(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    second = RAW[2]
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", "right_parenthesis", "right_parenthesis", "m", "enter")
        assert "Bookmarked" in notifications(app)
        screen = main_screen(app)
        [(start, end)] = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        quote = second.text[start:end]
        await press(pilot, "J")
        joined = app.library.articles[1]
        assert screen.pane.article is joined
        marks = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        assert [joined.text[a:b] for a, b in marks] == [quote]
        assert marks[0][0] > len("\n".join(RAW[1].paragraphs))  # in the part that was joined on
        # the bookmark now cites the article it is in: the list shows the joined article's headline
        await press(pilot, "B")
        listed = screen_text(app)
        assert RAW[1].headline in listed and second.headline not in listed  # type: ignore[operator]
        await press(pilot, "escape", "q")

    # the export cites it so, from the stored bookmark
    capsys.readouterr()
    assert main(["bookmarks", "export", "--format", "json"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["bookmarks"]
    assert exported["headline"] == RAW[1].headline

    async with running_app((120, 40)) as (app, pilot):  # undone after a restart: cited as before
        await press(pilot, "u", "B")
        assert second.headline in screen_text(app)  # type: ignore[operator]


@run
async def test_rebound_keys_and_search_finds_the_joined_article(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    (temp_dirs / "config" / "config.toml").write_text(
        '[keymap]\njoin_article = "ctrl+j"\nundo_correction = "ctrl+z"\n', encoding="utf-8"
    )
    first, second = RAW[1], RAW[2]
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "n", "J")  # J no longer joins
        assert len(sidebar_titles(app)) == len(RAW)
        await press(pilot, "ctrl+j")
        assert len(sidebar_titles(app)) == len(RAW) - 1
        assert "^z undoes it" in notifications(app)
        # the index takes the corrected page in: a word of the joined part finds the joined article
        await press(pilot, "p", "n", "slash", *"三资")
        results = [row.label for row in main_screen(app).sidebar.rows if row.kind == "article"]
        assert results and results[0].startswith(first.headline[:8])  # type: ignore[index]
        assert not any(second.headline[:8] in label for label in results)  # type: ignore[index]
        await press(pilot, "escape", "escape", "ctrl+z")
        assert len(sidebar_titles(app)) == len(RAW)


@run
async def test_a_corrected_article_is_no_longer_marked_unsure(running_app: RunningApp) -> None:
    raw = load_page(UNSURE_PAGE, use_cache=False, corrections=False).articles
    unsure = [n for n, article in enumerate(raw) if article.uncertain]
    assert unsure and unsure[0] + 1 < len(raw)
    photo = unsure[0]
    async with running_app((120, 40), paths=[UNSURE_PAGE]) as (app, pilot):
        rows = [row for row in main_screen(app).sidebar.rows if row.article >= 0]
        assert rows[photo].uncertain
        for _ in range(photo + 1):
            await pilot.press("n")
        await press(pilot, "J")  # the next article joins the photo the segmenter was unsure of
        rows = [row for row in main_screen(app).sidebar.rows if row.article >= 0]
        assert app.library.articles[photo].corrected
        assert not rows[photo].uncertain
        # the list marks it ✎, as `duba segment --explain` does, and only it
        sidebar = main_screen(app).sidebar
        lines = ["".join(s.text for s in sidebar.render_line(y)) for y in range(sidebar.size.height)]
        marked = [line for line in lines if line.lstrip("│▌ ").startswith("✎")]
        assert len(marked) == 1 and rows[photo].label[:6] in marked[0], lines


@run
async def test_a_damaged_corrections_file_is_kept_and_a_join_refused(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    import hashlib

    stored = temp_dirs / "data" / "corrections" / f"{hashlib.sha256(PAGE.read_bytes()).hexdigest()}.json"
    stored.parent.mkdir(parents=True)
    damaged = b'{"version": 1, "ops": [{"op": "join", "article": {"body": "\xe4\xb8'  # cut off mid-write
    stored.write_bytes(damaged)
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        assert len(before) == len(RAW)  # opened as the segmenter reads it
        await press(pilot, "n", "n", "J")
        assert "left as it is" in notifications(app) and stored.name in notifications(app)
        assert sidebar_titles(app) == before
    assert stored.read_bytes() == damaged  # before: replaced by a file holding only the new join


@run
async def test_a_page_corrected_meanwhile_in_another_duba_is_corrected_on_top_of_it(
    running_app: RunningApp,
) -> None:
    """Two readers open on one page: the other one joins the third article; this one, still showing the
    page as it was, joins the fourth. That join was stored, fitted nothing, and every load after warned
    "correction 2 (join) skipped"; later it was refused (nothing stored, the page reloaded: "correct it
    again"); now it is made on the page as the other reader left it, and this reader shows both, as the
    file holds them. u undoes this reader's join, then the other's."""
    from reader.corrections import CorrectionStore

    async with running_app((120, 40)) as (app, pilot):
        other = load_page(PAGE)  # the other duba, a process of its own
        CorrectionStore().join(other, 2)
        before = sidebar_titles(app)
        await press(pilot, "n", "n", "n", "J")  # on the article after the one joined
        assert "corrected meanwhile in another duba: it is shown with those corrections too" in notifications(
            app
        )
        assert len(sidebar_titles(app)) == len(before) - 2
        assert main_screen(app).current == 1  # the joined article: the second, the third and the fourth
        assert [a.id for a in app.library.articles] == [a.id for a in load_page(PAGE).articles]
        assert len(CorrectionStore().ops(other.sha)) == 2
        await press(pilot, "u")
        assert len(sidebar_titles(app)) == len(before) - 1 and len(CorrectionStore().ops(other.sha)) == 1
        await press(pilot, "u")  # this reader undoes the other's join: the page as the segmenter read it
        assert sidebar_titles(app) == before and not CorrectionStore().ops(other.sha)
    assert not load_page(PAGE).warnings


@run
async def test_a_correction_another_duba_made_meanwhile_is_not_made_twice(running_app: RunningApp) -> None:
    """The other reader joined the third article; this one, still showing the page as it was, joins it
    too: that join fits nothing on the page as corrected, and is refused; the page is shown as the
    other reader corrected it (it said "open it again", and the page stayed as it was here)."""
    from reader.corrections import CorrectionStore

    async with running_app((120, 40)) as (app, pilot):
        other = load_page(PAGE)
        CorrectionStore().join(other, 2)
        before = sidebar_titles(app)
        await press(pilot, "n", "n", "J")
        assert "corrected meanwhile in another duba: it is shown with those corrections now" in notifications(
            app
        )
        assert len(sidebar_titles(app)) == len(before) - 1
        assert [a.id for a in app.library.articles] == [a.id for a in load_page(PAGE).articles]
        assert len(CorrectionStore().ops(other.sha)) == 1
    assert not load_page(PAGE).warnings


@run
async def test_a_join_survives_an_edit_of_the_page_file_and_the_reader_says_so(
    running_app: RunningApp, page_path: Path
) -> None:
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        await press(pilot, "n", "n", "J")
        joined = sidebar_titles(app)
        assert len(joined) == len(RAW) - 1
    text = page_path.read_text(encoding="utf-8")
    at = text.rindex("。")
    page_path.write_text(
        text[:at] + "，如此。" + text[at + 1 :], encoding="utf-8"
    )  # an OCR slip fixed by hand
    async with running_app((120, 40), paths=[page_path]) as (app, pilot):
        assert sidebar_titles(app) == joined
        assert "changed after it was corrected" in notifications(app)
        # every correction still fits: said as news, not as "Page read with a problem"
        assert "Corrections carried over: " in notifications(app)
        assert "Page read with a problem" not in notifications(app)
        await press(pilot, "u")  # undo works on the edited page too
        assert len(sidebar_titles(app)) == len(RAW)


@run
async def test_redo_puts_back_the_correction_last_undone_until_a_new_one(running_app: RunningApp) -> None:
    """J, u, U: the join is back (stored: a restart shows it); U again has nothing left to redo; after a
    new correction what was undone before it is not redone."""
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        await press(pilot, "n", "n", "J")
        joined = sidebar_titles(app)
        assert len(joined) == len(before) - 1
        await press(pilot, "u")
        assert sidebar_titles(app) == before
        await press(pilot, "U")
        assert sidebar_titles(app) == joined
        assert "Redone" in notifications(app) and "Redid the join" in notifications(app)
        await press(pilot, "U")
        assert "no undone correction" in notifications(app)
        assert sidebar_titles(app) == joined
        await press(pilot, "u", "J")  # undo, then a new join: the undone one is not redone on top of it
        rejoined = sidebar_titles(app)
        await press(pilot, "U")
        assert "no undone correction" in notifications(app)
        assert sidebar_titles(app) == rejoined
        await press(pilot, "q")
    async with running_app((120, 40)) as (app, pilot):
        assert sidebar_titles(app) == rejoined


@run
async def test_redo_outlasts_a_restart_and_the_undo_notice_names_it(
    running_app: RunningApp, temp_dirs: Path
) -> None:
    """J, u, quit, start again, U: the join is back (redo was kept for the running reader only), and
    the undo notice says U redoes it. What `duba corrections export` gives holds only the operations."""
    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        await press(pilot, "n", "n", "J")
        joined = sidebar_titles(app)
        await press(pilot, "J", "u")
        assert "Undid the join. 1 more on this page. U redoes it." in notifications(app)
        await press(pilot, "u")
        assert sidebar_titles(app) == before
        await press(pilot, "q")
    async with running_app((120, 40)) as (app, pilot):
        assert sidebar_titles(app) == before
        await press(pilot, "U")
        assert sidebar_titles(app) == joined
        assert "Redid the join. 1 more to redo." in notifications(app)
        await press(pilot, "q")
    out = temp_dirs / "corrections.json"
    assert main(["corrections", "export", "--output", str(out)]) == 0
    [page] = json.loads(out.read_text(encoding="utf-8"))["pages"]
    assert set(page) == {"sha", "page", "ops"} and len(page["ops"]) == 1


@run
async def test_a_correction_in_a_read_only_data_folder_says_why_and_changes_nothing(
    running_app: RunningApp, temp_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """J (or u) where the data folder cannot be written said "[Errno 30] Read-only file system:
    '…/corrections/paths/.….tmp'"; it says why in words, and the page is left as it was."""
    from tests.readonly import read_only

    async with running_app((120, 40)) as (app, pilot):
        before = sidebar_titles(app)
        read_only(monkeypatch, temp_dirs / "data")
        await press(pilot, "n", "n", "J")
        shown = notifications(app)
        assert "Correction not made" in shown and "Errno" not in shown
        assert "cannot be written because it is on a read-only file system." in shown
        assert "The page is left as it was." in shown
        assert sidebar_titles(app) == before


@run
async def test_the_notice_says_where_the_title_a_paragraph_or_a_title_replaced_went(
    running_app: RunningApp,
) -> None:
    """A paragraph made the subtitle sends the old subtitle into the text in its place, and a title
    made the headline swaps with the old headline: the notices said only what the new title is."""
    article = RAW[0]
    assert article.headline and article.subtitle
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "t", "end", "s", "s")  # the first paragraph, all of it: the subtitle
        corrected = app.library.articles[0]
        assert corrected.subtitle == article.paragraphs[0]
        assert corrected.paragraphs[0] == article.subtitle
        said = notices(app)[-1]
        assert f"The subtitle 「{article.subtitle[:6]}" in said and "in its place (paragraph 1)" in said

        await press(pilot, "t", "down", "s")  # the headline: the subtitle (a swap)
        said = notices(app)[-1]
        assert f"The headline 「{article.headline[:6]}" in said
        assert f"The subtitle 「{article.paragraphs[0][:6]}" in said and "」 is now the headline." in said


@run
async def test_the_key_terms_of_a_corrected_article_are_those_a_restart_shows(
    running_app: RunningApp,
) -> None:
    """The key terms' corpus counts take the corrected page in at once: they were those of the page as
    first read until a restart, so a joined article's key terms changed after one (s22 walk, B7)."""
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "n", "J")  # (on this page the order of its key terms changes with the counts)
        assert main_screen(app).current == 0
        in_session = main_screen(app).key_terms.terms
        await press(pilot, "q")
    async with running_app((120, 40)) as (app, pilot):  # back at the reading place: the joined article
        assert main_screen(app).current == 0 and app.library.articles[0].corrected
        assert main_screen(app).key_terms.terms == in_session


@run
async def test_undo_and_redo_show_a_change_made_in_another_article(running_app: RunningApp) -> None:
    """u pressed while reading another article than the one corrected undid the correction out of
    sight: the reader stayed where it was, and nothing on screen showed what was undone. Now u (and U)
    show the change: the article it concerns, at its paragraph."""
    story = RAW[6]
    async with running_app((120, 20)) as (app, pilot):
        await press(pilot, *"nnnnnn", "right_curly_bracket", "right_curly_bracket", "right_curly_bracket")
        await press(pilot, "S")
        assert len(sidebar_titles(app)) == len(RAW) + 1
        split_at = app.library.articles[7].paragraphs[0]
        assert split_at in story.paragraphs[1:]
        await press(pilot, "g", "p", "p", "p")  # off to an article well above it
        assert main_screen(app).current == 4
        await press(pilot, "u")
        assert len(sidebar_titles(app)) == len(RAW)
        assert main_screen(app).current == 6
        assert split_at[:12] in shown(app)
        await press(pilot, "p", "p", "U")
        assert len(sidebar_titles(app)) == len(RAW) + 1
        assert main_screen(app).current == 7 and split_at[:12] in shown(app)


@run
async def test_a_bookmark_over_the_paragraph_end_where_an_article_is_split_stays_marked(
    running_app: RunningApp,
) -> None:
    """A passage bookmarked over a paragraph end (the last sentence of one and the first of the next),
    and S pressed at the second: the passage was in no one article any more, and the bookmark was an
    orphan, marked nowhere. Its first part is marked now, in the article it was made in."""
    story = RAW[6]
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, *"nnnnnn", *["right_curly_bracket"] * 3, "left_parenthesis", "v", "m", "enter")
        assert "Bookmarked" in notifications(app)
        screen = main_screen(app)
        [(start, end)] = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        quote = story.text[start:end]
        assert "\n" in quote
        upper, lower = quote.split("\n")
        await press(pilot, "escape", "S")
        assert len(sidebar_titles(app)) == len(RAW) + 1
        assert app.library.articles[7].paragraphs[0].startswith(lower)
        await press(pilot, "p")
        assert screen.current == 6
        marks = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        assert [app.library.articles[6].text[a:b] for a, b in marks] == [upper]


@run
async def test_a_split_inside_a_bookmarked_passage_leaves_it_citing_the_article_it_was_made_in(
    running_app: RunningApp, capsys: pytest.CaptureFixture[str]
) -> None:
    """A passage of a short sentence ending a paragraph and the long one opening the next, and S at the
    second: the bookmark went with its longer part to the new article, and the list and the export cited
    it as [无题] with no author. It stays with the article it begins in, its headline and author."""
    story = RAW[3]
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, *"nnn", *["right_curly_bracket"] * 2, "left_parenthesis", "v", "m", "enter")
        screen = main_screen(app)
        [(start, end)] = [(h.start, h.end) for h in screen.pane.highlights("bookmarks")]
        upper, lower = story.text[start:end].split("\n")
        assert len(upper) < len(lower)  # the part cut off is the longer
        await press(pilot, "escape", "S")
        assert app.library.articles[4].paragraphs[0].startswith(lower)
        await press(pilot, "B")
        listed = screen_text(app)
        assert story.headline in listed and "[无题]" not in listed  # type: ignore[operator]
        await press(pilot, "escape", "q")
    capsys.readouterr()
    assert main(["bookmarks", "export", "--format", "json"]) == 0
    [exported] = json.loads(capsys.readouterr().out)["bookmarks"]
    assert exported["headline"] == story.headline
    assert [a["name"] for a in exported["authors"]] == [a.name for a in story.authors]
    assert exported["selector"][0]["exact"] == f"{upper}\n{lower}"  # the whole passage, as bookmarked


@run
async def test_after_a_split_undone_the_passage_cursor_is_on_the_paragraph_split_at(
    running_app: RunningApp,
) -> None:
    """Walk, l10v page_000195: } to a paragraph, S, u, then } and S again to split one paragraph further
    on: after u the cursor was hidden, and } showed it on the first sentence on screen, five paragraphs
    earlier than the reader's place (the article's end was in view: the split paragraph was not its top
    line), so the second S split in the wrong place. A cursor shown before a correction is shown after it,
    at the reader's place."""
    body = RAW[0].paragraphs
    async with running_app((120, 40)) as (app, pilot):
        await press(pilot, "S", "right_curly_bracket", "right_curly_bracket", "right_curly_bracket", "S")
        assert app.library.articles[1].paragraphs[0] == body[3]
        await press(pilot, "u")
        passage = main_screen(app).bookmarker.passage
        span = passage.span()
        assert passage.active and span is not None
        assert app.library.articles[0].text[span[0] :].startswith(body[3][:10])
        await press(pilot, "right_curly_bracket", "S")  # the next paragraph
        assert app.library.articles[1].paragraphs[0] == body[4]
