"""The `duba` command line as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.model import UNCERTAIN_BELOW
from tests.clitest import duba

DATA = Path(__file__).parent / "data"
PAGE = DATA / "000_0bab674bd8117e01.txt"


def duba_process(*args: str) -> subprocess.CompletedProcess[str]:
    """`duba ARGS` in a new Python (`python -m reader`), its output read from a pipe."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_segment_json_is_utf8_with_the_article_fields() -> None:
    result = duba_process("segment", str(PAGE), "--json")
    assert result.returncode == 0, result.stderr
    assert "\\u" not in result.stdout  # not ASCII-escaped
    data = json.loads(result.stdout)
    assert data["page"] == PAGE.name
    first = data["articles"][0]
    assert set(first) >= {"id", "kind", "kicker", "headline", "subtitle", "byline", "authors", "paragraphs"}
    assert first["headline"] == "瞄准新赛道，新兴产业“加速跑”"


def test_segment_readable_rendering() -> None:
    result = duba("segment", str(PAGE))
    assert result.returncode == 0
    assert "8 articles" in result.stdout
    assert "【阳谷县打造人才集聚新高地】" in result.stdout


def test_help_explains_commands() -> None:
    result = duba("--help")
    assert result.returncode == 0
    assert "segment" in result.stdout and "bundled corpus" in " ".join(result.stdout.split())
    sub = duba("segment", "--help")
    assert "--json" in sub.stdout


def test_help_says_plain_duba_opens_the_library() -> None:
    # as the README says and the reader does: the library, and the bundled page only while it is empty
    top = " ".join(duba("--help").stdout.split())
    read = " ".join(duba("read", "--help").stdout.split())
    assert "on the library (duba library add FOLDER), or while it is empty on the bundled corpus" in top
    assert "(default: the library, else the bundled corpus)" in read


def test_wrong_usage_exits_2_with_a_message() -> None:
    result = duba("segment")
    assert result.returncode == 2
    assert "required" in result.stderr


def test_binary_page_is_one_clear_line_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 100)
    result = duba("segment", str(bad))
    assert result.returncode == 1
    assert "scan.txt" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_empty_page_gives_zero_articles_and_a_warning(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    result = duba("segment", str(empty), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["articles"] == []
    assert "warning" in result.stderr


def test_gbk_page_segments_like_the_utf8_one(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(PAGE.read_text(encoding="utf-8").encode("gb18030"))
    ours = json.loads(duba("segment", str(gbk), "--json").stdout)["articles"]
    theirs = json.loads(duba("segment", str(PAGE), "--json").stdout)["articles"]
    assert ours == theirs


def test_reader_takes_db_and_paths_without_a_command(monkeypatch, tmp_path: Path) -> None:
    import reader.app
    from reader import cli

    opened: list[list[Path]] = []
    monkeypatch.setattr(reader.app, "run_app", lambda paths: opened.append(paths))
    monkeypatch.setattr(cli, "_terminal_problem", lambda: None)  # pytest's stdin is no terminal
    monkeypatch.delenv("DUBA_DB", raising=False)
    db = tmp_path / "marks.json"
    assert cli.main(["--db", str(db), str(PAGE)]) == 0
    assert opened == [[PAGE]]
    import os

    assert os.environ["DUBA_DB"] == str(db)
    monkeypatch.delenv("DUBA_DB")


def test_segment_explain_shows_each_block_role_and_evidence() -> None:
    result = duba("segment", str(PAGE), "--explain")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    byline = next(line for line in lines if "本报记者 尹腾淑" in line)
    assert "byline" in byline and "byline_role" in byline
    headline = next(line for line in lines if "阳谷县打造人才集聚新高地" in line and "headline" in line)
    assert "after" in headline  # this page prints its headlines after their bodies
    assert "confidence" in result.stdout


def test_segment_json_carries_confidence_and_uncertain() -> None:
    data = json.loads(duba("segment", str(PAGE), "--json", "--explain").stdout)
    for article in data["articles"]:
        assert 0.0 <= article["confidence"] <= 1.0
        assert article["uncertain"] == (article["confidence"] < UNCERTAIN_BELOW)
    roles = {unit["role"] for unit in data["units"]}
    assert {"headline", "byline", "body", "photo"} <= roles


def test_segment_explain_names_the_runner_up_role_and_its_score() -> None:
    """Why a headline and not a subtitle? Each unit names the runner-up (the role of the best labelling
    giving it another state, the one its margin is measured against) and its score for that role."""
    result = duba("segment", str(PAGE), "--explain")
    assert "runner-up" in result.stdout.splitlines()[2]
    headline = next(line for line in result.stdout.splitlines() if "阳谷县打造人才集聚新高地" in line)
    assert re.search(r"headline 标题 +after +1\.5 +1\.0  subtitle -2\.0 ", headline), headline
    data = json.loads(duba("segment", str(PAGE), "--json", "--explain").stdout)
    named = [unit for unit in data["units"] if unit["runner_up"]]
    assert len(named) == len(data["units"])  # on this page every unit could have been read otherwise
    for unit in named:
        role = unit["runner_up"].split()[0]
        if role == unit["role"] and unit["runner_up"].split()[1] == unit["placement"]:
            # the same role in another item: a byline opening its story or going with the heading
            # above it (printed after its text); the line says which
            assert unit["start_runner_up"]["new_item"] != unit["new_item"]
        if role == unit["role"]:  # the same role placed otherwise: the same score
            assert unit["runner_up_score"] == unit["score"]
    title = next(unit for unit in named if unit["text"] == "阳谷县打造人才集聚新高地")
    assert (title["runner_up"], title["runner_up_score"]) == ("subtitle", -2.0)
    assert title["runner_up_evidence"] and all(len(pair) == 2 for pair in title["runner_up_evidence"])


def test_segment_explain_says_why_a_runner_up_that_scores_more_lost() -> None:
    """A unit chosen over a runner-up that scores more on the unit itself (s20's walk: a subtitle at
    -3.0 chosen over a headline at 2.5, margin 0.1) read as a contradiction: the line now says the
    runner-up lost on its neighbours, by figures that add up to the margin."""
    rows = [
        line for line in duba("segment", str(PAGE), "--explain").stdout.splitlines() if "better here" in line
    ]
    assert rows
    for line in rows:
        found = re.search(r" (-?\d+\.\d) +(-?\d+\.\d)  [a-z-]+(?: before| after)? (-?\d+\.\d) ", line)
        said = re.search(r"\(runner-up: (\d+\.\d) better here, (\d+\.\d) worse with its neighbours\)", line)
        assert found and said, line
        margin, score, rival = map(float, found.groups())
        ahead, lost = map(float, said.groups())
        assert ahead == round(rival - score, 1) > 0 and round(lost - ahead, 1) == margin
    data = json.loads(duba("segment", str(PAGE), "--json", "--explain").stdout)
    for unit in data["units"]:
        expected = round(unit["margin"] - unit["score"] + unit["runner_up_score"], 2)
        assert unit["runner_up_lost_beside"] == expected


def test_segment_explain_says_why_an_item_starts_where_it_does() -> None:
    """Why does an article open here (or not)? The runner-up was only about a unit's role; each ▶ now
    names the best labelling that opens no item there and how much worse it scored, and a close call
    where no item starts says what opening one would have cost."""
    lines = duba("segment", str(PAGE), "--explain").stdout.splitlines()
    units = [line for line in lines if re.match(r" *\d+  [ ▶] *\d+  [a-z]", line)]
    starts = [line for line in units if re.match(r" *\d+  ▶", line)]
    assert len(starts) == 8 and "new item here" not in starts[0]  # the page's first unit opens one anyway
    said = r"\(no new item here: \d+\.\d worse, as [a-z-]+ (before|after)\)$"
    assert all(re.search(said, line) for line in starts[1:]), starts
    title = re.compile(r" *\d+  [ ▶] *\d+  (kicker|headline|subtitle|subhead|photo-title) ")
    close = [line for line in units if "(a new item here:" in line and not title.match(line)]
    assert close and all(
        re.search(r"\(a new item here: 0\.\d worse, as [a-z-]+ (before|after)\)$", c) for c in close
    )
    data = json.loads(duba("segment", str(PAGE), "--json", "--explain").stdout)["units"]
    assert data[0]["start_runner_up"] is None
    rivals = [unit["start_runner_up"] for unit in data[1:]]
    assert (
        sum(rival is not None for rival in rivals) > len(rivals) // 2
    )  # (none where the grammar allows none)
    for unit, rival in zip(data[1:], rivals, strict=True):
        if rival is not None:
            assert rival["margin"] >= 0 and (rival["new_item"] is False or not unit["new_item"])


def test_segment_explain_says_why_a_title_line_opens_no_item() -> None:
    """A headline printed under its body, a subtitle, a subhead: why is it not an article of its own?
    The best labelling that opens one there was said only at a close call (under 1); on a title line
    it is said whatever the margin."""
    lines = duba("segment", str(PAGE), "--explain").stdout.splitlines()
    title = re.compile(r" *\d+     *\d+  (kicker|headline|subtitle|subhead|photo-title) ")
    titles = [line for line in lines if title.match(line)]
    assert titles  # (the bundled page prints its headlines under their bodies, with subtitles)
    said = re.compile(
        r"\((a new item here: \d+\.\d worse, as [a-z-]+ (before|after)"
        r"|no labelling the grammar allows opens an item here)\)$"
    )
    assert all(said.search(line) for line in titles), [line for line in titles if not said.search(line)]
    assert sum("(a new item here: " in line and "here: 0." not in line for line in titles) >= 5


CREDITED = """                  小镇新修的石板路通到了山顶

　　本报记者　方文

　　春天到了，小镇的石板路修好了。游客沿着石板路走上山顶，看见满山的茶树和竹林。
　　镇上的茶农说，路修好以后，采茶的人来得更多，茶叶也卖得更好了。

　　山顶的石板路上，游客正在赏花。
　　本报记者林海奇摄
"""
"""A made-up page whose photo credit is a unit of its own (role `credit 图片署名`: the widest name)."""


def test_segment_explain_fits_a_60_column_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """At 60 columns a unit's row ran one to three cells past the edge where a role's Chinese name made
    the role column wide (the credit's), and an item's doubt ran on past it: the terminal wrapped them."""
    import reader.cli.segment as segment_cli
    from reader.page.textclean import cell_width

    credited = tmp_path / "credited.txt"
    credited.write_text(CREDITED, encoding="utf-8")
    monkeypatch.setattr(segment_cli, "_terminal_width", lambda: 60, raising=False)
    for page in (credited, DATA / "unsure_page.txt"):
        shown = duba("segment", str(page), "--explain").stdout.splitlines()
        assert max(cell_width(line) for line in shown) <= 60, page
        if page == credited:  # (the role is there, its Chinese name gone)
            assert any(re.match(r" *\d+  [ ▶] *\d+  credit ", line) for line in shown)


def test_segment_explain_fits_the_terminal_and_never_cuts_a_feature(monkeypatch: pytest.MonkeyPatch) -> None:
    """In an 80- or 120-column terminal every line of --explain fits (the terminal used to wrap them
    mid-word, `ends_st` / `op +1`) and each feature stays whole on one line."""
    import reader.cli.segment as segment_cli
    from reader.page.textclean import cell_width

    piped = duba("segment", str(PAGE), "--explain").stdout
    features = {f for line in piped.splitlines() for f in re.findall(r"[a-z_0-9+]+ [+-][0-9.]+", line)}
    assert "byline_role +8" in features
    for width in (80, 120):
        monkeypatch.setattr(segment_cli, "_terminal_width", lambda width=width: width, raising=False)
        shown = duba("segment", str(PAGE), "--explain").stdout.splitlines()
        assert max(cell_width(line) for line in shown) <= width
        if "runner-up" not in shown[2]:  # no room for its column: a line of its own under each unit
            units = [n for n, line in enumerate(shown) if re.match(r" *\d+  [ ▶] *\d+  [a-z]", line)]
            rivals = [shown[n + 1] for n in units]
            assert units and all(
                re.fullmatch(r" {8}runner-up: [a-z-]+( before| after)?( \([a-z' ]+\))? -?\d+\.\d", r)
                for r in rivals
            )
        assert features <= {f for line in shown for f in re.findall(r"[a-z_0-9+]+ [+-][0-9.]+", line)}


def test_segment_explain_fits_a_40_column_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """At 40 columns the table's rows (unit, item, role, place, margin, score, text: 50 cells and more)
    ran past the edge and the terminal wrapped them mid-column. Each unit now stacks its columns on
    lines of its own, the items too, and every line fits."""
    import reader.cli.segment as segment_cli
    from reader.page.textclean import cell_width

    credited = tmp_path / "credited.txt"
    credited.write_text(CREDITED, encoding="utf-8")
    monkeypatch.setattr(segment_cli, "_terminal_width", lambda: 40, raising=False)
    for page in (credited, DATA / "unsure_page.txt", PAGE):
        shown = duba("segment", str(page), "--explain").stdout.splitlines()
        assert max(cell_width(line) for line in shown) <= 40, page
        units = [line for line in shown if re.match(r" *\d+ [ ▶] *\d+  [a-z-]+ (before|after)", line)]
        assert len(units) >= 3 and any("margin" in line and "score" in line for line in shown)


def test_segment_explain_says_what_its_evidence_words_mean() -> None:
    """The evidence words (`inner_stop +1.5`, `byline_role +8`, `lines4+ +2`) were the code's names,
    explained nowhere: a legend under the table now lists each word the table uses, A to Z, with what it
    saw in the unit, and says what the columns mean."""
    shown = duba("segment", str(PAGE), "--explain").stdout.splitlines()
    units = json.loads(duba("segment", str(PAGE), "--json", "--explain").stdout)["units"]
    used = {word for unit in units for word, weight in unit["evidence"] if weight}
    start = shown.index("evidence words (what each one saw in the unit), A to Z:")
    legend = {}
    for line in shown[start + 1 :]:
        if not line.strip():
            break
        word, meaning = line.split(maxsplit=1)
        legend[word] = meaning
    assert used <= set(legend) and list(legend) == sorted(legend)
    assert "role word" in legend["byline_role"] and "sentence ends inside" in legend["inner_stop"]
    assert any(line.startswith("  margin ") and "runner-up" in line for line in shown)


def test_segment_explain_counts_one_unit_and_one_item_in_the_singular(tmp_path: Path) -> None:
    page = tmp_path / "one.txt"
    page.write_text("　　一段很短的文字。\n", encoding="utf-8")
    assert duba("segment", str(page), "--explain").stdout.splitlines()[0] == "one.txt: 1 unit, 1 item"
