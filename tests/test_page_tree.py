"""The sidebar's tree of papers, dates and pages: grouping, levels that say nothing left out, counts,
opening and closing, and following the article being read."""

from __future__ import annotations

from reader.app.widgets.page_tree import PageTree
from reader.app.widgets.rows import Row
from reader.model import Article, Page, PageMeta


def page(paper: str, date: str, page_no: str, articles: int, name: str = "") -> Page:
    items = [
        Article(
            id=f"{paper}{date}{page_no}-{n}",
            headline=f"{paper}{date}第{page_no}版第{n}篇",
            paragraphs=["正文。"],
        )
        for n in range(articles)
    ]
    meta = PageMeta(paper=paper, date=date, page_no=page_no)
    return Page(name or f"{paper}_{date}_{page_no}.txt", name or "p.txt", "", meta, items)


def archive() -> list[Page]:
    """人民日报 on two days (three pages, then one), 聊城日报 on one day (two pages)."""
    return [
        page("人民日报", "1998-01-01", "1", 2),
        page("人民日报", "1998-01-01", "2", 1),
        page("人民日报", "1998-01-01", "3", 3),
        page("人民日报", "1998-01-02", "1", 2),
        page("聊城日报", "1998-01-01", "1", 1),
        page("聊城日报", "1998-01-01", "2", 2),
    ]


def shown(rows: list[Row]) -> list[str]:
    """Rows as `depth·marker label [count]`, articles as `depth·#index`."""
    out = []
    for row in rows:
        if row.kind == "group":
            mark = "-" if row.open else "+"
            out.append(f"{row.depth}{mark} {row.label} [{row.aside}]")
        elif row.kind == "page":
            out.append(f"= {row.label} [{row.aside}]")
        else:
            out.append(f"{row.depth}#{row.article}")
    return out


def test_papers_open_dates_closed_and_counts() -> None:
    tree = PageTree(archive())
    assert shown(tree.rows()) == [
        "0- 人民日报 [2期 8篇]",
        "1+ 1998-01-01 [3版 6篇]",
        # a date with a single page is one row: date and page together
        "1+ 1998-01-02  第1版 [2篇]",
        # a paper with a single issue: paper and date on one row, its pages under it
        "0+ 聊城日报  1998-01-01 [2版 3篇]",
    ]


def test_reveal_opens_the_groups_of_the_article_read_and_closes_them_after() -> None:
    tree = PageTree(archive())
    assert tree.reveal(3)  # 人民日报 1998-01-01 第2版's article
    assert shown(tree.rows()) == [
        "0- 人民日报 [2期 8篇]",
        "1- 1998-01-01 [3版 6篇]",
        "2- 第1版 [2篇]",
        "3#0",
        "3#1",
        "2- 第2版 [1篇]",
        "3#2",
        "2- 第3版 [3篇]",
        "3#3",
        "3#4",
        "3#5",
        "1+ 1998-01-02  第1版 [2篇]",
        "0+ 聊城日报  1998-01-01 [2版 3篇]",
    ]
    assert not tree.reveal(4)  # same issue: nothing to change
    assert tree.reveal(8)  # 聊城日报: the other paper's issue opens, 人民日报's closes again
    rows = shown(tree.rows())
    assert "1+ 1998-01-01 [3版 6篇]" in rows and "1- 第1版 [1篇]" in rows and "2#8" in rows


def test_groups_opened_or_closed_by_hand_stay_so() -> None:
    tree = PageTree(archive())
    first_date = tree.nodes[1]
    assert tree.set_open(first_date.number, True)
    tree.reveal(8)  # reading elsewhere does not close what the reader opened
    assert tree.is_open(first_date)
    assert tree.set_open(0, False)  # 人民日报 closed by hand
    assert shown(tree.rows())[:2] == ["0+ 人民日报 [2期 8篇]", "0- 聊城日报  1998-01-01 [2版 3篇]"]
    # rebuilt (after a correction), the tree keeps what was open
    again = PageTree(archive(), previous=tree)
    assert shown(again.rows()) == shown(tree.rows())


def test_a_single_page_is_one_heading_as_before() -> None:
    pages = [page("", "", "", 3, name="000_0bab674bd8117e01.txt")]
    tree = PageTree(pages)
    assert shown(tree.rows()) == ["= 000_0bab674bd8117e01 []", "0#0", "0#1", "0#2"]
    assert not tree.has_groups
    assert not tree.reveal(1)


def test_one_paper_is_a_heading_over_its_dates() -> None:
    pages = [page("人民日报", "1998-01-01", "1", 1), page("人民日报", "1998-01-02", "1", 2)]
    tree = PageTree(pages)
    tree.reveal(2)
    assert shown(tree.rows()) == [
        "= 人民日报 [2期 3篇]",
        "0+ 1998-01-01  第1版 [1篇]",
        "0- 1998-01-02  第1版 [2篇]",
        "1#1",
        "1#2",
    ]


def test_pages_with_nothing_known_are_groups_of_their_own() -> None:
    pages = [page("", "", "", 2, name="a.txt"), page("", "", "", 1, name="b.txt")]
    tree = PageTree(pages)
    assert shown(tree.rows()) == ["0- a [2篇]", "1#0", "1#1", "0- b [1篇]", "1#2"]
    assert tree.leaf_of(2) is tree.nodes[1]
    assert tree.parent_of(tree.rows()[1]) is tree.nodes[0]


def test_one_page_saved_twice_is_told_apart_by_its_file_names() -> None:
    # the same paper, date and page number from two files (a page saved in UTF-8 and in GB18030)
    pages = [
        page("人民日报", "1998-01-01", "4", 1, name="04.txt"),
        page("人民日报", "1998-01-01", "4", 1, name="04-gbk.txt"),
        page("人民日报", "1998-01-01", "5", 1),
    ]
    tree = PageTree(pages)
    tree.reveal(0)
    assert [row for row in shown(tree.rows()) if "版" in row][1:] == [
        "0- 第4版  04 [1篇]",
        "0- 第4版  04-gbk [1篇]",
        "0- 第5版 [1篇]",
    ]


def test_an_empty_page_has_nothing_to_open() -> None:
    pages = [page("人民日报", "1998-01-01", "1", 2), page("人民日报", "1998-01-01", "2", 0)]
    tree = PageTree(pages)
    (empty,) = [n for n, node in enumerate(tree.nodes) if node.empty]
    assert not tree.set_open(empty, True)
    assert shown(tree.rows())[-1] == "0+ 第2版 [空页 empty]"
