"""Corrections as operations described by text: each one names the paragraph, title line or article
it concerns by its text (a paragraph's opening, an article's body opening or title), never by
position or id, so it still finds its place when the segmentation around it changes.

The `*_op` functions make an operation (a JSON-ready dict) from the articles the reader sees (those
joining and parting title lines are in `reader.corrections.titles`); `reader.corrections.applying`
carries it out on a page's articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from reader.corrections.near import near_place
from reader.corrections.photos import credit_end
from reader.model import Article
from reader.page.textclean import DASHES

ROLES = ("headline", "kicker", "subtitle", "byline")
Role = Literal["headline", "kicker", "subtitle", "byline"]
STACK = ("kicker", "headline", "subtitle", "byline")
"""The title fields as printed, top to bottom."""
TITLE_LINES = STACK[:3]
"""The title fields that are title lines, and can be joined."""
QUOTE = 40
"""Characters of a paragraph's opening kept to find it again."""


class CorrectionError(ValueError):
    """An operation that does not fit the page (no previous article, no such paragraph, …)."""


def opening(paragraphs: list[str], start: int = 0) -> str:
    """The opening of the text from paragraph `start` on that an operation keeps to find it again,
    paragraph ends kept as line breaks. It runs on past a short paragraph, since several articles of
    one page may open a paragraph alike (a box's title: `核心阅读`, `编者按：`)."""
    return "\n".join(paragraphs[start : start + QUOTE])[:QUOTE]


def opens_with(paragraphs: list[str], start: int, key: str) -> bool:
    """Whether the paragraphs from `start` on open with `key` (`opening`): whole paragraphs up to its
    last line, and that line as the next paragraph's opening."""
    *whole, last = key.split("\n")
    end = start + len(whole)
    return end < len(paragraphs) and paragraphs[start:end] == whole and paragraphs[end].startswith(last)


def _shorter(key: str) -> list[str]:
    """`key`, then the same less its last paragraph, down to the first: a new segmentation may have
    cut the text after its first paragraphs (a key kept by an older duba is one paragraph's opening)."""
    keys = [key]
    while "\n" in key:
        key = key.rsplit("\n", 1)[0]
        keys.append(key)
    return keys


def paragraph_at(paragraphs: list[str], key: str) -> int | None:
    """The first of `paragraphs` where the paragraphs opening with `key` (`opening`) start, else the
    one place where they open so but for a slip (`reader.corrections.near`), else None."""
    for opening in _shorter(key):
        for j in range(len(paragraphs)):
            if opens_with(paragraphs, j, opening):
                return j
    near = _near([paragraphs], key)
    return None if near is None else near[1]


def _near(articles: list[list[str]], key: str, *, first_only: bool = False) -> tuple[int, int] | None:
    """Where `key` opens the text but for a slip (an edited character, a paragraph break put in or
    taken out), tried with the key and then its shorter forms (`_shorter`)."""
    for opening in _shorter(key):
        if (found := near_place(articles, opening, first_only=first_only)) is not None:
            return found
    return None


def tag_only(rest: str) -> bool:
    """Is `rest`, what follows the sentence that opens a paragraph, only a column's tag in brackets
    (`（经济聚焦）`)? A title line closed by a question or a cry (`…为了啥？（栏目）`) is one sentence to the
    passage cursor, and the tag is the title's: the title dialog takes the whole paragraph then."""
    from reader.page.blocks import COLUMN_TAG

    rest = rest.strip()
    return bool(rest) and COLUMN_TAG.fullmatch(rest) is not None


def article_key(article: Article) -> dict[str, str]:
    """What identifies an article in an operation: its body's opening, else its headline or kicker."""
    if article.paragraphs:
        return {"body": opening(article.paragraphs)}
    for name in ("headline", "kicker", "subtitle", "byline"):
        value = getattr(article, name)
        if value:
            return {name: value}
    raise CorrectionError("an empty article cannot be referred to")


def find_article(articles: list[Article], key: dict[str, str]) -> int:
    """The index of the article `key` (`article_key`) names; raises `CorrectionError` when none."""
    if "body" in key:
        for body in _shorter(key["body"]):
            for i, article in enumerate(articles):
                if opens_with(article.paragraphs, 0, body):
                    return i
        if (near := _near([a.paragraphs for a in articles], key["body"], first_only=True)) is not None:
            return near[0]
    else:
        ((name, value),) = key.items()
        for i, article in enumerate(articles):
            if name in ROLES and not article.paragraphs and getattr(article, name) == value:
                return i
    raise CorrectionError(f"article {key} is not on the page any more")


def find_paragraph(articles: list[Article], key: str, *, near: bool = True) -> tuple[int, int]:
    """The first paragraph where the paragraphs opening with `key` (`opening`) start, else (`near`)
    the one place where they open so but for a slip (`reader.corrections.near`), as (article,
    paragraph) indices. `near=False` where a decision rests on the text being there as it was."""
    for opening in _shorter(key):
        for i, article in enumerate(articles):
            for j in range(len(article.paragraphs)):
                if opens_with(article.paragraphs, j, opening):
                    return i, j
    if near and (found := _near([a.paragraphs for a in articles], key)) is not None:
        return found
    raise CorrectionError(f"paragraph {key!r} is not on the page any more")


def join_op(articles: list[Article], index: int) -> dict[str, Any]:
    """The operation joining `articles[index]` with the article before it."""
    if not 0 < index < len(articles):
        raise CorrectionError("there is no previous article to join with")
    # (and the article it joins: a new segmentation may read the page in another order, `joined_to`)
    return {"op": "join", "article": article_key(articles[index]), "to": article_key(articles[index - 1])}


def split_op(articles: list[Article], index: int, paragraph: int) -> dict[str, Any]:
    """The operation starting a new article at paragraph `paragraph` of `articles[index]`."""
    article = articles[index]
    if not 0 < paragraph < len(article.paragraphs):
        raise CorrectionError("split at a paragraph after the first")
    return {"op": "split", "paragraph": opening(article.paragraphs, paragraph)}


def join_paragraphs_op(articles: list[Article], index: int, paragraph: int) -> dict[str, Any]:
    """The operation joining paragraph `paragraph` of `articles[index]` with the paragraph before it: a
    paragraph break the page does not have (a line that filled its column read as ending one)."""
    article = articles[index]
    if not 0 < paragraph < len(article.paragraphs):
        raise CorrectionError("the article's first paragraph has no paragraph before it to join")
    return {"op": "join_paragraphs", "paragraph": opening(article.paragraphs, paragraph)}


BREAK_CONTEXT = 20
"""Characters kept on each side of a new paragraph break (`split_paragraph_op`) to find its place."""


def split_paragraph_op(articles: list[Article], index: int, paragraph: int, at: int) -> dict[str, Any]:
    """The operation starting a new paragraph at character `at` of paragraph `paragraph` of
    `articles[index]`: a break the page has and the segmenter ran over. Recorded by the paragraph's
    opening and the words on both sides of the break (`before`, `after`)."""
    article = articles[index]
    if not 0 <= paragraph < len(article.paragraphs):
        raise CorrectionError("no such paragraph")
    text = article.paragraphs[paragraph]
    if not 0 < at < len(text) or not text[:at].strip() or not text[at:].strip():
        raise CorrectionError("a paragraph is broken between two of its characters")
    return {
        "op": "split_paragraph",
        "paragraph": opening(article.paragraphs, paragraph),
        "before": text[:at][-BREAK_CONTEXT:],
        "after": text[at:][:BREAK_CONTEXT],
    }


def joined_paragraph(upper: str, lower: str) -> str:
    """Two paragraphs as one: run on as the lines of a paragraph are (no space between CJK, one
    between two Latin words or numbers)."""
    upper, lower = upper.rstrip(), lower.lstrip()
    latin = upper[-1:].isascii() and upper[-1:].isalnum() and lower[:1].isascii() and lower[:1].isalnum()
    return upper + (" " if latin else "") + lower


def role_op(
    articles: list[Article],
    index: int,
    role: Role,
    paragraph: int | None = None,
    field: Role | None = None,
    length: int | None = None,
) -> dict[str, Any]:
    """The operation making a paragraph (or its first `length` characters, a line) or a title field
    of `articles[index]` the article's `role`. A headline or kicker taken from a later paragraph starts
    a new article there, but the whole last paragraph is the title of the body above it (`after_body`)."""
    if role not in ROLES:
        raise CorrectionError(f"role must be one of {', '.join(ROLES)}")
    article = articles[index]
    if field is not None:
        value = getattr(article, field, None)
        if field not in ROLES or not value:
            raise CorrectionError(f"the article has no {field}")
        return {"op": "role", "role": role, "field": field, "article": article_key(article), "text": value}
    if paragraph is None or not 0 <= paragraph < len(article.paragraphs):
        raise CorrectionError("no such paragraph")
    text = article.paragraphs[paragraph]
    if length is not None and not 0 < length <= len(text):
        raise CorrectionError("a line is part of its paragraph")
    op: dict[str, Any] = {
        "op": "role",
        "role": role,
        "paragraph": opening(article.paragraphs, paragraph),
        "length": length,
    }
    last = 0 < paragraph == len(article.paragraphs) - 1 and length is None
    if last:
        # the words it was printed under, to tell the article it closes when a new segmenter reads it
        # so by itself (`reader.corrections.already`): its opening holds nothing after it
        op["above"] = article.paragraphs[paragraph - 1][-BREAK_CONTEXT:]
    if last and role in ("headline", "kicker") and not getattr(article, role):
        # The last paragraph made the headline of an untitled article is the title printed under its
        # story's body (a layout papers use), not a new article of a title and nothing else. Under a
        # titled article it is the next story's title run on into this one: a new article, as before.
        op["after_body"] = True
    return op


ITEM_KINDS = ("article", "photo")
"""What an item of a page is (`reader.model.Kind`): a story, or a photo standing alone (its caption,
its credit, a title of its own)."""


def kind_op(
    articles: list[Article], index: int, kind: str | None = None, paragraph: int | None = None, count: int = 1
) -> dict[str, Any]:
    """The operation making `articles[index]` a photo item or an article (`kind`, by default the kind
    it is not). Made a photo from its `paragraph` (and the `count` - 1 after it): those paragraphs are a
    caption in a story's text, and they (with a credit line under them) become a photo item of their
    own, over the story where they opened it, else after it; where they are all its text, the whole
    article becomes the photo. Without `paragraph`, or made an article, it is the whole item."""
    article = articles[index]
    if kind is None:
        kind = "article" if article.kind == "photo" else "photo"
    if kind not in ITEM_KINDS:
        raise CorrectionError(f"an item is an article or a photo, not a {kind}")
    if article.kind == kind:
        raise CorrectionError(f"it is {'an' if kind == 'article' else 'a'} {kind} already")
    if kind == "article" or paragraph is None:
        return {"op": "kind", "article": article_key(article), "kind": kind}
    if not 0 <= paragraph < len(article.paragraphs) or count < 1:
        raise CorrectionError("no such paragraph")
    op: dict[str, Any] = {"op": "kind", "paragraph": opening(article.paragraphs, paragraph), "kind": kind}
    if count > 1:
        op["count"] = min(count, len(article.paragraphs) - paragraph)
    return op


NEIGHBOURS = {-1: "the article before", 1: "the article after"}
"""Where `move_title_op` can move a title: the article before or after, on the same page."""


def move_title_op(
    articles: list[Article],
    index: int,
    to: int,
    role: Role,
    field: Role | None = None,
    paragraph: int | None = None,
    length: int | None = None,
    split: int | None = None,
) -> dict[str, Any]:
    """The operation moving title field `field` of `articles[index]` (or paragraph `paragraph`, or its
    first `length` characters) to the article before it (`to` -1) or after it (1), as that article's
    `role`: a headline the segmenter gave to the wrong article (a story printed with its headline
    under its body, the headline read as the kicker of the next story).

    Recorded by the title's text and the receiving article (`to`), not by where the text is now, so
    that it is found again wherever a new segmentation puts it; the article it is taken from (`from`)
    is only where it is looked for first.

    With `split`, the receiving article is two stories run together and the title heads the one next
    to where it was printed: that article is split at its paragraph `split` (recorded by its opening)
    and the part next to the title's article takes it, the other part keeping its own titles."""
    if role not in ROLES:
        raise CorrectionError(f"role must be one of {', '.join(ROLES)}")
    if to not in NEIGHBOURS or not 0 <= index + to < len(articles):
        raise CorrectionError(f"there is no article {'before' if to < 0 else 'after'} it on its page")
    article = articles[index]
    if field is not None:
        text = getattr(article, field, None) if field in ROLES else None
        if not text:
            raise CorrectionError(f"the article has no {field}")
    else:
        if paragraph is None or not 0 <= paragraph < len(article.paragraphs):
            raise CorrectionError("no such paragraph")
        text = article.paragraphs[paragraph]
        if length is not None:
            if not 0 < length <= len(text):
                raise CorrectionError("a line is part of its paragraph")
            text = text[:length]
    if not text.strip():
        raise CorrectionError("a title has words")
    op: dict[str, Any] = {
        "op": "move_title",
        "text": text.strip(),
        "role": role,
        "to": article_key(articles[index + to]),
        "from": article_key(article),
    }
    if split is not None:
        receiving = articles[index + to].paragraphs
        if not 0 < split < len(receiving):
            raise CorrectionError("split the article at a paragraph after its first")
        op["split"] = opening(receiving, split)
        op["part"] = "end" if to < 0 else "start"  # the part next to the title's article
    return op


def to_text_op(articles: list[Article], index: int, field: Role, above: int | None = None) -> dict[str, Any]:
    """The operation putting title field `field` of `articles[index]` back into its text, as a paragraph
    above its paragraph `above` (None, or past the last: under the last): a subhead, a caption or a
    line of the body read as a title. Recorded by the paragraph's opening (`before`), so that it goes
    back above the same words after a new segmentation."""
    article = articles[index]
    text = getattr(article, field, None) if field in ROLES else None
    if not text:
        raise CorrectionError(f"the article has no {field}")
    op: dict[str, Any] = {"op": "to_text", "article": article_key(article), "field": field, "text": text}
    if above is not None and 0 <= above < len(article.paragraphs):
        op["before"] = opening(article.paragraphs, above)
    return op


_SPACES = "[ \\t\u3000]*"
_DASH_RUN = "([" + re.escape(DASHES) + "]*)"


def printed_title(title: str, page_text: str) -> str:
    """`title` with the dashes it is printed with on a line (or lines) of its own on the page: what
    goes back into the text when the title turns out to be a subhead. As it is when the page prints it
    with none, or not on a line of its own."""
    chars = [c for c in title if not c.isspace()]
    if not chars or not page_text:
        return title
    body = r"\s*".join(re.escape(c) for c in chars)
    pattern = f"(?m)^{_SPACES}{_DASH_RUN}{_SPACES}{body}{_SPACES}{_DASH_RUN}{_SPACES}$"
    found = re.search(pattern, page_text)
    return found.group(1) + title + found.group(2) if found else title


def as_printed(printed: object, title: str) -> str:
    """The printed form an operation recorded for `title` (`printed_title`), if it is `title` with
    dashes around it (a file edited by hand may hold anything); else `title`."""
    if isinstance(printed, str) and printed.strip(DASHES) == title:
        return printed
    return title


def with_printed(op: dict[str, Any], articles: list[Article], page_text: Callable[[], str]) -> dict[str, Any]:
    """`op` with the printed form (`printed_title`) of each title line it puts back into the text,
    where the page prints it with dashes: a `to_text` op's field (`printed`), a `join` op's later
    article's title lines (`printed`: field → text); and, where a join or a `kind` op puts a photo's
    credit back into a text, how it closes its caption as the page prints it (`credit_end`). Other
    operations are returned as they are, and `page_text` (which reads the page's file) is called only
    for these."""
    if op.get("op") == "to_text":
        printed = printed_title(op["text"], page_text())
        return {**op, "printed": printed} if printed != op["text"] else op
    if op.get("op") == "kind" and op.get("kind") == "article":
        try:
            photo = articles[find_article(articles, op["article"])]
        except (CorrectionError, KeyError, ValueError):
            return op
        end = credit_end(photo, page_text())
        return {**op, "credit_end": end} if end is not None else op
    if op.get("op") == "join":
        try:
            at = find_article(articles, op["article"])
        except (CorrectionError, KeyError, ValueError):
            return op
        second = articles[at]
        text = page_text()
        forms = {}
        for name in TITLE_LINES:
            value = getattr(second, name)
            printed = printed_title(value, text) if value else value
            if printed != value:
                forms[name] = printed
        op = {**op, "printed": forms} if forms else op
        # a photo joined with its story: where its credit was printed (`reader.corrections.photos`)
        pair = articles[at - 1 : at + 1] if at > 0 else []
        kinds = [a.kind for a in pair]
        if kinds in (["article", "photo"], ["photo", "article"]):
            photo = pair[kinds.index("photo")]
            end = credit_end(photo, text)
            if end is not None:
                op = {**op, "credit_end": end}
        return op
    return op
