"""The truth check: every truth text is printed on the page, and every printed character is in a truth.

Whitespace is ignored (OCR spaces and letter-spacing are printed, not part of the text). Each truth
field and paragraph must occur in the page's characters; the page's characters, counted, must equal
the truth's (articles' title fields, bylines, paragraphs and the furniture lines).
"""

from __future__ import annotations

from collections import Counter


def _bare(text: str) -> str:
    return "".join(text.split())


def check(text: str, truth: dict, furniture: list[str]) -> list[str]:
    """The errors found (an empty list when the truth describes the page exactly)."""
    page = _bare(text)
    errors: list[str] = []
    pieces: list[str] = list(furniture)
    for k, art in enumerate(truth["articles"]):
        if art["kind"] == "article" and not art.get("headline"):
            errors.append(f"article {k}: no headline")
        if not art.get("paragraphs"):
            errors.append(f"article {k}: no paragraphs")
        byline = _bare(art.get("byline") or "")
        for a in art.get("authors") or []:
            if _bare(a["name"]) not in byline:
                errors.append(f"article {k}: author {a['name']} not in its byline")
        for name in ("kicker", "headline", "subtitle", "byline"):
            if art.get(name):
                pieces.append(art[name])
        pieces += art.get("paragraphs") or []
    for piece in pieces:
        if _bare(piece) not in page:
            errors.append(f"not printed: {piece[:40]!r}")
    extra = Counter(page) - Counter(_bare("".join(pieces)))
    missing = Counter(_bare("".join(pieces))) - Counter(page)
    if extra:
        errors.append(f"printed characters in no truth text: {''.join(sorted(extra.elements()))[:60]!r}")
    if missing:
        errors.append(f"truth characters printed too few times: {''.join(sorted(missing.elements()))[:60]!r}")
    return errors
