"""`duba corrections --help` lists what the reader stores as corrections: it left out the paragraph
breaks made with P and I and a title put back into the text with t (the s44 walk), which
`duba corrections export` writes out all the same (`split_paragraph`, `join_paragraphs`, `to_text`)."""

from __future__ import annotations

import pytest

from tests.clitest import duba

pytestmark = pytest.mark.usefixtures("temp_dirs")


def test_the_help_names_paragraph_breaks_and_titles_put_back() -> None:
    ran = duba("corrections", "--help")
    said = " ".join(ran.stdout.split())
    assert ran.returncode == 0
    assert "a paragraph broken or joined" in said
    assert "a title put back into the text" in said
