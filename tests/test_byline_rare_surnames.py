"""Names under a headline whose surname is rare but real today (`亓`, `谌`, `妥`…, absent from the
百家姓) are the story's byline, not a subhead (see `reader.page.names.SURNAMES`)."""

from __future__ import annotations

import pytest

from reader.page.segment import segment
from tests.test_segment_conventions import BODY_B, body


@pytest.mark.parametrize("name", ["亓明远", "谌晓岚", "妥建华"])
def test_a_name_with_a_rare_surname_under_a_headline_is_its_byline(name: str) -> None:
    text = "\n".join(["便民利企举措落地", name, *body(BODY_B)]) + "\n"
    [article] = segment(text).articles
    assert (article.headline, article.byline, article.paragraphs) == ("便民利企举措落地", name, BODY_B)
