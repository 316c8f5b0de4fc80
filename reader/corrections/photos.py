"""Photos in corrections: an item made a photo or an article (`kind`), and a photo's credit where a
correction puts it back into a story's text.

A photo's credit is its byline, as the segmenter reads one. Put back into a story (a photo joined to
its story, a photo made an article) it goes where the page printed it: at the end of its caption's last
line (`…的路牌。 本报记者 王五摄`), as the truths keep it, one paragraph with the caption; or on a line of
its own, a paragraph of its own. The truths of the page sets hold both about as often (articles'
paragraphs on the non-blind sets: 1,443 captions closed by their credit, 1,336 credits alone), so the
page decides: `credit_inline` reads it when the correction is made, and the operation records it.
"""

from __future__ import annotations

import re

from reader.model import Article

TAIL = 8
"""Characters of a caption's end that `credit_inline` looks for on the page, before its credit."""


def credit_only(line: str) -> bool:
    """Is `line` a photo's credit and nothing else (`王五摄（某报）`, `某馆供图`), no writer's byline?"""
    from reader.page.credits import split_credit, supplier_credit

    rest, credit = split_credit(line)
    return (credit is not None and not rest.strip()) or supplier_credit(line) is not None


def caption_to_choose(article: Article) -> bool:
    """Does making `article` a photo (`reader.corrections.ops.kind_op`) need its caption's paragraph
    chosen: has it two paragraphs or more beside credit lines? (Else the whole article is the photo.)"""
    return sum(not credit_only(p) for p in article.paragraphs) > 1


def credit_inline(photo: Article, page_text: str) -> bool:
    """Does the page print `photo`'s credit (its byline) at the end of its caption's last line, rather
    than on a line of its own? False where the page does not show them so (or there is no credit)."""
    if photo.kind != "photo" or not photo.byline or not photo.paragraphs or not page_text:
        return False
    tail = [c for c in photo.paragraphs[-1] if not c.isspace()][-TAIL:]
    credit = [c for c in photo.byline if not c.isspace()]
    between = "([ \\t\u3000]*\\n?[ \\t\u3000]*)"
    pattern = r"\s*".join(map(re.escape, tail)) + between + r"\s*".join(map(re.escape, credit))
    found = re.search(pattern, page_text)
    return found is not None and "\n" not in found.group(1)


def credit_back(article: Article, credit: str, inline: bool) -> None:
    """Put a photo's `credit` back under its caption, `article`'s last paragraph: at its end, as the
    page printed it (`inline`), else a paragraph of its own."""
    if inline and article.paragraphs:
        article.paragraphs[-1] = f"{article.paragraphs[-1].rstrip()} {credit}"
    else:
        article.paragraphs.append(credit)


def made_kind(article: Article, kind: str, inline: bool = False) -> Article:
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
        credit_back(article, article.byline, inline)
        article.byline, article.authors = None, []
    return article
