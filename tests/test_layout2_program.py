"""The second layout program (benchmarks/layout2): seeded, and its truth is what the page prints."""

from __future__ import annotations

import pytest

from benchmarks.layout.stories import Texts
from benchmarks.layout2.compose import Page
from benchmarks.layout2.typeset import Style, wrap
from tests.layouttexts import sample_texts, squeeze


@pytest.fixture(scope="module")
def texts() -> Texts:
    return sample_texts()


def test_a_seed_always_gives_the_same_page(texts: Texts) -> None:
    assert Page(texts, 3).text == Page(texts, 3).text
    assert Page(texts, 3).truth == Page(texts, 3).truth
    assert Page(texts, 3).text != Page(texts, 4).text


def test_every_truth_field_is_printed_on_its_page(texts: Texts) -> None:
    for seed in range(40):
        page = Page(texts, seed)
        printed = squeeze(page.text)
        for article in page.truth["articles"]:
            for name in ("kicker", "headline", "subtitle"):
                if article[name]:
                    assert squeeze(article[name]) in printed, (seed, name)
            for paragraph in article["paragraphs"]:
                assert squeeze(paragraph) in printed, (seed, paragraph[:20])
            for author in article["authors"]:
                assert author["name"] in printed.replace("　", ""), seed


def test_lines_keep_to_the_column_and_careful_pages_keep_punctuation_off_line_starts() -> None:
    text = "他说，“这是一件好事。”大家都同意，于是事情就这样定了下来，再也没有人提出异议。" * 3
    careful = Style(14, True, "push", "flush", True, 30, 0.0)
    lines = wrap(text, 14, careful)
    assert "".join(lines) == text
    assert all(len(line) <= 14 for line in lines)
    assert not any(line[0] in "，。”、" for line in lines[1:])
    assert not any(line[-1] == "“" for line in lines)
