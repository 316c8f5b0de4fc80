"""A file holding several printed pages, a form feed between them, reads as those pages one by one.

`pdftotext` prints a whole issue into one file, parting its pages with form feeds. Each page has its
own running head, columns and habits; read as one long page, their habits mixed and both pages read
worse. Each page is segmented on its own, and their articles follow in the file's order.
"""

from __future__ import annotations

from pathlib import Path

from reader.corpus import load_page
from reader.page.segment import explain

DATA = Path(__file__).parent / "data"
FIRST, SECOND = DATA / "000_0bab674bd8117e01.txt", DATA / "unsure_page.txt"


def articles(path: Path) -> list[dict]:
    return [a.to_dict() for a in load_page(path, use_cache=False, corrections=False).articles]


def issue(tmp_path: Path) -> Path:
    path = tmp_path / "issue.txt"
    path.write_bytes(FIRST.read_bytes().rstrip(b"\n") + b"\n\x0c" + SECOND.read_bytes())
    return path


def test_pages_parted_by_a_form_feed_read_as_each_page_alone(tmp_path: Path) -> None:
    found = articles(issue(tmp_path))
    assert found == articles(FIRST) + articles(SECOND)
    assert len(found) > len(articles(FIRST))


def test_explain_numbers_the_second_pages_units_and_items_on(tmp_path: Path) -> None:
    text = issue(tmp_path).read_text(encoding="utf-8").replace("\x0c", "\u2029")
    rows, result = explain(text)
    first_rows, first = explain(FIRST.read_text(encoding="utf-8"))
    assert [r.index for r in rows] == list(range(len(rows)))
    assert rows[len(first_rows)].article == len(first.articles)
    assert len(result.articles) == len(articles(FIRST) + articles(SECOND))
