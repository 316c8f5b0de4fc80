"""A page extracted double spaced reads as the page it is.

Line ends doubled on the way (`\\r\\r\\n`, from a file converted twice) or an extractor that sets
every line apart leave a blank line under every line of text. A single blank line then parts
nothing, and the page's own blank lines (column breaks, gaps between stories) are the wider runs:
the page must segment as it does with its lines as printed.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.corpus import load_page
from tests.test_segment_conventions import BODY_A, BODY_B, body, page

PAGE = Path(__file__).parent / "data" / "000_0bab674bd8117e01.txt"
TRUTH = PAGE.with_suffix(".json")


def articles(path: Path) -> list[dict]:
    return [a.to_dict() for a in load_page(path, use_cache=False, corrections=False).articles]


def test_doubled_line_ends_read_as_single_ones(tmp_path: Path) -> None:
    doubled = tmp_path / "page.txt"
    doubled.write_bytes(PAGE.read_bytes().replace(b"\n", b"\r\r\n"))
    assert articles(doubled) == articles(PAGE)


def test_a_blank_line_under_every_line_parts_nothing(tmp_path: Path) -> None:
    spaced = tmp_path / "page.txt"
    spaced.write_text(PAGE.read_text(encoding="utf-8").replace("\n", "\n\n"), encoding="utf-8")
    found = articles(spaced)
    assert found == articles(PAGE)
    assert len(found) == 8


def test_a_page_printing_a_paragraph_a_line_keeps_its_paragraphs(tmp_path: Path) -> None:
    """A common export: each paragraph on one line, a blank line under each. Its blank lines are
    under every line too, but its lines finish their sentences: the paragraphs stay apart."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))["articles"]
    lines: list[str] = []
    for article in truth[:4]:
        lines += [article["headline"], ""]
        for paragraph in article["paragraphs"]:
            lines += [paragraph, ""]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    found = articles(page)
    assert [a["headline"] for a in found] == [a["headline"] for a in truth[:4]]
    assert [a["paragraphs"] for a in found] == [a["paragraphs"] for a in truth[:4]]


def test_a_running_head_set_tight_over_a_double_spaced_page(tmp_path: Path) -> None:
    """The running head's lines (date, section, page number) set tight at the top of a short page,
    the rest with a blank line under every line: the page reads as it does single spaced."""
    head = "2026年1月19日  星期一\n文化\n11\n\n"
    first = ["春耕时节田间忙", "本报记者  何  平", *body(BODY_A, 30)]
    text = page(first, "便民利企举措落地见效", "本报记者  尹腾淑", body(BODY_B, 30))
    single, spaced = tmp_path / "single.txt", tmp_path / "spaced.txt"
    single.write_text(head + text, encoding="utf-8")
    spaced.write_text(head + text.replace("\n", "\n\n"), encoding="utf-8")
    found = articles(spaced)
    assert found == articles(single)
    assert [a["headline"] for a in found] == ["春耕时节田间忙", "便民利企举措落地见效"]
    assert found[0]["paragraphs"] == BODY_A
