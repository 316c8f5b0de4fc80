"""benchmarks/modern_texts.py: the layout programs' one reader of the committed 2026 Markdown texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import modern_texts

MD = (
    "---\ndate: 2026-02-03\nsource_url: https://example.invalid/a.html\n---\n\n"
    "### 引题——\n\n# 标题\n\n## 副题\n\n> 本报记者  甲  乙\n\n"
    "![图说。　　丙丁摄]()\n\n![图说二。]()\n\n第一段。\n\n第二段。\n"
)


def test_a_text_is_its_marked_lines_in_order_with_the_front_matter_date() -> None:
    text = modern_texts.parse(MD, "2026-02-03_01_01")
    assert text.date == "2026-02-03"
    assert [line.mark for line in text.lines] == [
        "kicker", "headline", "subtitle", "byline", "photo", "photo", "para", "para",
    ]  # fmt: skip
    assert (text.kicker, text.headline, text.subtitle) == ("引题——", "标题", "副题")
    assert text.bylines == ["本报记者  甲  乙"]
    assert text.photos == [("图说。", "丙丁摄"), ("图说二。", "")]
    assert text.paragraphs == ["第一段。", "第二段。"]
    assert text.in_order()


def test_a_byline_inside_the_body_is_not_in_order() -> None:
    text = modern_texts.parse(MD + "\n> 本报记者  丙丁\n\n第三段。\n", "2026-02-03_01_01")
    assert not text.in_order()
    assert text.head(text.body_start()).bylines == ["本报记者  甲  乙"]


def test_a_2025_text_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    missing = tmp_path / "2025-01-02_01_01.md"  # never written: refused by its name alone
    with pytest.raises(ValueError):
        modern_texts.read(missing)
    with pytest.raises(ValueError):
        modern_texts.parse(MD.replace("2026-02-03", "2025-02-03"), "2026-02-03_01_01")
