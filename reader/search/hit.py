"""One search result: the article it names, its score, a snippet, and the page of the copy shown."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import PageMeta


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result."""

    article_id: str
    score: float
    """BM25 score (higher is better); results are ordered literal matches first, then by score."""
    snippet: str
    """One line of the article around its best hit, whitespace folded, "…" where cut."""
    match: str = "literal"
    """How the article matched: "literal", "traditional" (via simplified forms) or "pinyin"."""
    identical: int = 0
    """Other indexed articles with the same text (the same article on other pages, or repeated): listed
    once, as this hit; `SearchIndex.copies` gives them all."""
    where: PageMeta | None = None
    """The page of the copy this hit stands for: the first, or under filters (`paper:`, `date:`…) the
    first that passes them (a wire story printed in two papers is one article id)."""
    lead: int = 0
    """How many characters of the snippet stand before its hit."""
