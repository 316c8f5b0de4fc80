"""Photos in corrections: an item made a photo or an article (`kind`), and a photo's credit where a
correction puts it back into a story's text.

A photo's credit is its byline, as the segmenter reads one. Put back into a story (a photo joined to
its story, a photo made an article) it goes where the page printed it (`credit_end`, read when the
correction is made and recorded in the operation): printed at the end of its caption's last line
(`…的路牌。 本报记者 王五摄`), the truths keep it in the caption's paragraph (1,150 of 1,154 on the
non-blind sets); printed on a line of its own, as a paragraph of its own (627 of 918), but where it is
in brackets (`（新华社记者王五摄）`, 30 of 30: in the caption's paragraph).
"""

from __future__ import annotations

import re

from reader.model import Article

TAIL = 8
"""Characters of a caption's end that `credit_end` looks for on the page, before its credit."""


def credit_only(line: str) -> bool:
    """Is `line` a photo's credit and nothing else (`王五摄（某报）`, `某馆供图`), no writer's byline?"""
    from reader.page.credits import split_credit, supplier_credit

    rest, credit = split_credit(line)
    return (credit is not None and not rest.strip()) or supplier_credit(line) is not None


def caption_to_choose(article: Article) -> bool:
    """Does making `article` a photo (`reader.corrections.ops.kind_op`) need its caption's paragraph
    chosen: has it two paragraphs or more beside credit lines? (Else the whole article is the photo.)"""
    return sum(not credit_only(p) for p in article.paragraphs) > 1


def credit_end(photo: Article, page_text: str) -> str | None:
    """How `photo`'s credit (its byline) closes its caption's paragraph when the photo goes back into
    its story, as the page prints it: at the end of the caption's last line (`" 本报记者 王五摄"`, the
    page's spaces before it as one), or on the line under it in brackets (`"（新华社记者王五摄）"`, the
    truths keep those in the caption's paragraph: 30 of 30 on the non-blind sets); None where it stands
    on a line of its own (a paragraph of its own: 627 of 918 credits so printed, and not bracketed),
    or the page does not show them so."""
    if photo.kind != "photo" or not photo.byline or not photo.paragraphs or not page_text:
        return None
    tail = [c for c in photo.paragraphs[-1] if not c.isspace()][-TAIL:]
    credit = [c for c in photo.byline if not c.isspace()]
    if not tail or not credit:
        return None
    between = "([ \t\u3000]*)(\n?)[ \t\u3000]*"
    printed = "([（(]?" + r"\s*".join(map(re.escape, credit)) + "[）)]?)"
    found = re.search(r"\s*".join(map(re.escape, tail)) + between + printed, page_text)
    if found is None:
        return None
    spaces, broken, words = found.groups()
    words = " ".join(words.split())
    if not broken:
        return (" " if spaces else "") + words
    return words if words[:1] in "（(" and words[-1:] in "）)" else None


def credit_back(article: Article, credit: str, end: str | None) -> None:
    """Put a photo's `credit` back under its caption, `article`'s last paragraph: closing it as the
    page printed it (`end`, from `credit_end`), else a paragraph of its own."""
    if end is not None and article.paragraphs:
        article.paragraphs[-1] = article.paragraphs[-1].rstrip() + end
    else:
        article.paragraphs.append(credit)


def made_kind(article: Article, kind: str, end: str | None = None) -> Article:
    """`article` made a photo item or an article (`kind`). A photo's credit is its byline, as the
    segmenter reads one: a credit closing its text (`…的一天。  王五摄`, a line `某馆供图`) becomes
    it, where it has none and text is left. An article's byline names its writers: a photo's credit
    goes back under the caption (`credit_back`; a byline that is no credit stays: a story read as a
    photo)."""
    from reader.page.byline import credited
    from reader.page.credits import split_credit, supplier_credit

    article.kind = "photo" if kind == "photo" else "article"
    if kind == "photo" and not article.byline and article.paragraphs:
        rest, credit = split_credit(article.paragraphs[-1])
        if credit is None and (credit := supplier_credit(article.paragraphs[-1])) is not None:
            rest = ""
        if credit is not None and (rest or len(article.paragraphs) > 1):
            article.byline, article.authors = credit.text, credited(credit)
            article.paragraphs[-1:] = [rest] if rest else []
    elif kind == "article" and article.byline and credit_only(article.byline):
        credit_back(article, article.byline, end)
        article.byline, article.authors = None, []
    return article
