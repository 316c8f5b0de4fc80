"""Applying operations (`reader.corrections.ops`) to a page's articles, in order: each finds its text
again, and one that no longer does is skipped with a warning while the rest still apply."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reader.corrections.already import break_done, joined_done, joined_to, role_done, taken_whole
from reader.corrections.fields import parse_byline, refresh, set_field, split_article
from reader.corrections.moving import move_title
from reader.corrections.near import noting
from reader.corrections.ops import (
    ITEM_KINDS,
    ROLES,
    STACK,
    TITLE_LINES,
    CorrectionError,
    as_printed,
    find_article,
    find_paragraph,
    joined_paragraph,
    paragraph_at,
)
from reader.corrections.photos import credit_back, credit_only, made_kind
from reader.corrections.titles import joined_title, split_problem
from reader.model import Article


def apply_one(articles: list[Article], op: dict[str, Any]) -> list[Article]:
    """The articles with one operation applied (copies: `articles` is left as it is); raises
    `CorrectionError` when the operation does not fit them."""
    kind = op.get("op")
    out = [replace(a, paragraphs=list(a.paragraphs), authors=list(a.authors)) for a in articles]
    if kind == "join":
        i = _joined_already(out, op["article"])
        if i is None:
            return out  # a new segmentation reads the two as one article already
        if i == 0:
            raise CorrectionError("the first article has no previous one")
        joined_to(out, i, op)
        first, second = out[i - 1], out[i]
        # The later article's title lines stay text where they were printed, under the earlier one's
        # body (the usual false split: an in-body subhead read as a new story's kicker and headline):
        # a titled article keeps its titles whole, never a kicker or subtitle from below its body.
        # Only an article with no title at all takes the later one's, the one title printed for both.
        titled = any(getattr(first, name) for name in TITLE_LINES)
        printed = op.get("printed") if isinstance(op.get("printed"), dict) else {}
        # A photo's byline is its credit, printed under its caption: joined with a story, it stays
        # there as text, never the story's byline (nor a line over the caption). A photo printed over
        # its story has the story's titles: its own title is a line of text over its caption.
        if first.kind == "photo" and second.kind == "article":
            own = [getattr(first, name) for name in TITLE_LINES if getattr(first, name)]
            first.paragraphs[:0] = own
            for name in TITLE_LINES:
                setattr(first, name, None)
            if first.byline:
                credit_back(first, first.byline, _end(op, first.byline))
                first.byline, first.authors = None, []
            titled = False
        credit = second.byline if second.kind == "photo" and first.kind == "article" else None
        if credit:
            second.byline, second.authors = None, []
        kept: list[str] = []
        for name in TITLE_LINES:
            value = getattr(second, name)
            if not titled:
                setattr(first, name, value)
            elif value:
                kept.append(as_printed(printed.get(name), value))  # with its dashes, as printed
        if not first.byline and second.byline:
            first.byline, first.authors = second.byline, list(second.authors)
        elif second.byline:
            kept.append(second.byline)
        if second.kind == "article":
            first.kind = "article"
        # the segmenter's doubt about either part is its doubt about the article they make
        first.confidence = min(first.confidence, second.confidence)
        first.paragraphs.extend([*kept, *second.paragraphs])
        if credit:
            credit_back(first, credit, _end(op, credit))
        out[i - 1 : i + 1] = [refresh(first)]
        return out
    if kind == "split":
        i, j = find_paragraph(out, op["paragraph"])
        if j > 0:  # (0: a new segmentation starts an article there already)
            out[i : i + 1] = split_article(out[i], j)
        return out
    if kind == "join_paragraphs":
        try:
            i, j = find_paragraph(out, op["paragraph"])
        except CorrectionError:
            if joined_done(out, str(op["paragraph"])):
                return out  # a new segmentation reads the two as one paragraph already
            raise
        if j == 0:
            raise CorrectionError("the paragraph starts its article: there is no paragraph before it")
        paragraphs = out[i].paragraphs
        paragraphs[j - 1 : j + 1] = [joined_paragraph(paragraphs[j - 1], paragraphs[j])]
        out[i] = refresh(out[i])
        return out
    if kind == "split_paragraph":
        i, j, at = _break_place(out, op)
        if at is not None:  # (None: a new segmentation breaks the paragraph there already)
            text = out[i].paragraphs[j]
            out[i].paragraphs[j : j + 1] = [text[:at].rstrip(), text[at:].lstrip()]
            out[i] = refresh(out[i])
        return out
    if kind == "role":
        role = op.get("role")
        if role not in ROLES:
            raise CorrectionError(f"unknown role {role!r}")
        if "field" in op:
            i = find_article(out, op["article"])
            article = out[i]
            if getattr(article, op["field"]) != op["text"]:
                raise CorrectionError(f"the {op['field']} is no longer {op['text']!r}")
            if op["field"] != role:
                set_field(article, op["field"], set_field(article, role, op["text"]))
            out[i] = refresh(article)
            return out
        if role_done(out, op, (lambda text: parse_byline(text)[0]) if role == "byline" else str):
            return out  # read so already: never another paragraph that opens alike
        i, j = find_paragraph(out, op["paragraph"])
        whole, text = taken_whole(op), out[i].paragraphs[j].strip()
        if whole and text != whole and text.startswith(whole):  # (another paragraph opening alike)
            raise CorrectionError(f"paragraph {whole!r} is not on the page any more")
        if op.get("after_body") and j > 0:
            # the title of the body above it: what follows it now (a new segmentation) is another story
            if j + 1 < len(out[i].paragraphs):
                out[i : i + 1] = split_article(out[i], j + 1)
        elif j > 0 and role in ("headline", "kicker"):
            out[i : i + 1] = split_article(out[i], j)
            i, j = i + 1, 0
        article = out[i]
        text = article.paragraphs[j]
        length = op.get("length")
        taken, rest = (text, "") if length is None else (text[:length].strip(), text[length:].strip())
        old = set_field(article, role, taken)
        article.paragraphs[j : j + 1] = [p for p in (old, rest) if p]
        out[i] = refresh(article)
        return out
    if kind == "move_title":
        return move_title(out, op)
    if kind == "to_text":
        i = find_article(out, op["article"])
        out[i] = refresh(_to_text(out[i], op))
        return out
    if kind == "kind":
        if op.get("kind") not in ITEM_KINDS:
            raise CorrectionError(f"unknown kind {op.get('kind')!r}")
        if "paragraph" in op:
            return _caption_apart(out, op)
        i = find_article(out, op["article"])
        if out[i].kind != op["kind"]:  # (else a new segmentation reads it so already)
            out[i] = refresh(made_kind(out[i], op["kind"], _end(op, out[i].byline)))
        return out
    if kind in ("join_titles", "split_title"):
        i = find_article(out, op["article"])
        out[i] = refresh(_join_titles(out[i], op) if kind == "join_titles" else _split_title(out[i], op))
        return out
    raise CorrectionError(f"unknown operation {kind!r}")


def _joined_already(articles: list[Article], key: dict[str, str]) -> int | None:
    """The article a join names (`find_article`), else None where its text is inside an article
    already, letter for letter, after that article's first paragraph: a new segmentation joined the two
    itself. Raises `CorrectionError` where the text is nowhere (or there but for a slip: said, not
    taken for done)."""
    try:
        return find_article(articles, key)
    except CorrectionError:
        if "body" not in key:
            raise
        # (done already only where the text is there as it was, not a near one)
        _, j = find_paragraph(articles, key["body"], near=False)
        if j == 0:
            raise
        return None


TAKEN_BACK = {("split_paragraph", "join_paragraphs"), ("join_paragraphs", "split_paragraph")}
"""Pairs of operations (earlier, later) where the later may take the earlier back: a paragraph break
put in and taken out again at the same place (P pressed twice on one sentence)."""


def takes_back(last: dict[str, Any], op: dict[str, Any], shown: list[Article], after: list[Article]) -> bool:
    """Does `op`, which made `after` of the articles `shown` (as the page's last operation `last` left
    them), take `last` back: is `last` applied to `after` the page as it is shown again?"""
    if (last.get("op"), op.get("op")) not in TAKEN_BACK:
        return False
    try:
        again = apply_one(after, last)
    except CorrectionError:
        return False
    return _read(again) == _read(shown)


def _read(articles: list[Article]) -> list[tuple[object, ...]]:
    """What a reader sees of `articles`: each one's kind, title lines and paragraphs."""
    return [(a.kind, a.kicker, a.headline, a.subtitle, a.byline, a.paragraphs) for a in articles]


def _break_place(out: list[Article], op: dict[str, Any]) -> tuple[int, int, int | None]:
    """Where a `split_paragraph` operation breaks a paragraph: (article, paragraph, character), the
    character None when a paragraph already ends there, its words `after` opening the next one (a new
    segmentation broke it there). Looked for from the paragraph the operation names on, then on the
    rest of the page (its opening is gone when the paragraph was broken there already)."""
    before, after = str(op["before"]), str(op["after"])
    if not before.strip() or not after.strip():
        raise CorrectionError("a paragraph is broken between two of its characters")
    try:
        first, start = find_paragraph(out, op["paragraph"])
    except CorrectionError:
        first, start = 0, 0
    for i in [first, *(n for n in range(len(out)) if n != first)]:
        paragraphs = out[i].paragraphs
        for k in range(start if i == first else 0, len(paragraphs)):
            found = paragraphs[k].find(before + after)
            if found >= 0:
                return i, k, found + len(before)
            ends_there = paragraphs[k].endswith(before.rstrip()) and k + 1 < len(paragraphs)
            if ends_there and paragraphs[k + 1].startswith(after.lstrip()):
                return i, k, None
    if break_done(out, before, after):
        return 0, 0, None  # a new segmentation read the part before it as a title
    raise CorrectionError(f"the words around the paragraph break {before + after!r} are not there any more")


def _to_text(article: Article, op: dict[str, Any]) -> Article:
    """Carry out a `to_text` operation (`reader.corrections.ops.to_text_op`): the title field goes into
    the body above the paragraph opening with `before` (under the last paragraph without one), as the
    page prints it (`printed`: with the dashes the title field leaves out)."""
    field, text = op["field"], op["text"]
    if field not in ROLES or getattr(article, field) != text:
        raise CorrectionError(f"the {field} is no longer {text!r}")
    at = paragraph_at(article.paragraphs, str(op["before"])) if "before" in op else len(article.paragraphs)
    if at is None:
        raise CorrectionError(f"paragraph {op['before']!r} is not in the article any more")
    set_field(article, field, None)
    article.paragraphs.insert(at, as_printed(op.get("printed"), text))  # a kicker's `——` back with it
    return article


def _end(op: dict[str, Any], credit: str | None) -> str | None:
    """How a photo's `credit` closes its caption as the page prints it (`photos.credit_end`), recorded
    in `op`; None: a paragraph of its own (a file edited by hand may hold anything: only text is taken).
    An op stored by a duba before `credit_end` says `credit_inline: true` instead: after a space."""
    end = op.get("credit_end")
    if isinstance(end, str) and end.strip():
        return end
    return f" {credit}" if op.get("credit_inline") is True and credit else None


def _caption_apart(out: list[Article], op: dict[str, Any]) -> list[Article]:
    """Carry out a `kind` operation that names paragraphs (`kind_op`): they, and a credit line under
    them, leave their article as a photo item, over it where they opened it, else after it; all of its
    text, the article is the photo. In a photo item already (a new segmentation), nothing changes."""
    if op["kind"] != "photo":
        raise CorrectionError("paragraphs are made a photo of their own, not an article")
    i, j = find_paragraph(out, str(op["paragraph"]))
    article = out[i]
    if article.kind == "photo":
        return out
    count = op.get("count", 1)
    if not isinstance(count, int) or count < 1:
        raise CorrectionError(f"a count of paragraphs is a whole number, not {count!r}")
    paragraphs = article.paragraphs
    end = min(j + count, len(paragraphs))
    if end < len(paragraphs) and credit_only(paragraphs[end]):
        end += 1  # its credit, on a line of its own
    before, taken, after = paragraphs[:j], paragraphs[j:end], paragraphs[end:]
    if not before and not after:
        out[i] = refresh(made_kind(article, "photo"))
        return out
    photo = Article(id="", kind="photo", paragraphs=taken, page=article.page, confidence=article.confidence)
    article.paragraphs = before + after
    out[i] = refresh(article)
    out.insert(i + 1 if before else i, refresh(made_kind(photo, "photo")))
    return out


def _join_titles(article: Article, op: dict[str, Any]) -> Article:
    upper, lower = op["upper"], op["lower"]
    if upper not in TITLE_LINES or lower not in TITLE_LINES or STACK.index(upper) >= STACK.index(lower):
        raise CorrectionError(f"cannot join a {upper} with a {lower}")
    texts = [getattr(article, upper), getattr(article, lower)]
    if texts != list(op["texts"]):
        raise CorrectionError(f"the {upper} and {lower} are no longer {op['texts']!r}")
    into = op.get("into", "headline")  # (kept by a duba that joined into the headline only)
    if into not in ("kicker", "headline"):
        raise CorrectionError(f"title lines are joined into a kicker or headline, not a {into}")
    setattr(article, upper, None)
    setattr(article, lower, None)
    setattr(article, into, joined_title(texts[0], texts[1], bool(op.get("space"))))
    return article


def _split_title(article: Article, op: dict[str, Any]) -> Article:
    field, role, at, text = op["field"], op["role"], op["at"], op["text"]
    if field in STACK and getattr(article, field) != text:
        raise CorrectionError(f"the {field} is no longer {text!r}")
    problem = split_problem(article, field, at, role)
    if problem is not None:
        raise CorrectionError(problem)
    first, rest = text[:at].strip(), text[at:].strip()
    above = STACK.index(role) < STACK.index(field)
    set_field(article, field, rest if above else first)
    set_field(article, role, first if above else rest)
    return article


def apply(articles: list[Article], ops: list[dict[str, Any]]) -> tuple[list[Article], list[str]]:
    """The articles with every operation applied in order, and a warning for each that no longer fits."""
    articles, warnings, _ = apply_noted(articles, ops)
    return articles, warnings


UNFITTING = (CorrectionError, KeyError, TypeError, ValueError, AttributeError, IndexError)
"""What applying an operation raises when it does not fit the articles (or is no operation at all)."""


def fitting(articles: list[Article], ops: list[Any]) -> list[bool]:
    """For each of `ops`, applied in order as `apply` does, whether it fits (one that does not is
    skipped and leaves the articles as they were, so dropping it changes nothing `apply` makes)."""
    fits: list[bool] = []
    for op in ops:
        try:
            articles = apply_one(articles, op) if isinstance(op, dict) else articles
            fits.append(isinstance(op, dict))
        except UNFITTING:
            fits.append(False)
    return fits


SHOWN = 16
"""Characters of the text a correction found by a near match that its note quotes."""


def apply_noted(
    articles: list[Article], ops: list[dict[str, Any]]
) -> tuple[list[Article], list[str], list[str]]:
    """`apply`, and a note for each operation that found its text only by a near match
    (`reader.corrections.near`): the text reads a little differently from when the correction was made
    (an edited page file, a new segmentation's paragraph break), so the reader may want to check it."""
    warnings: list[str] = []
    notes: list[str] = []
    for n, op in enumerate(ops, start=1):
        if not isinstance(op, dict):  # a file edited by hand
            warnings.append(f"correction {n} skipped: not an operation ({op!r:.40})")
            continue
        try:
            with noting() as near:
                articles = apply_one(articles, op)
        except UNFITTING as exc:
            warnings.append(f"correction {n} ({op.get('op')}) skipped: {exc}")
            continue
        for _, text in near[:1]:
            quoted = " ".join(text.split())
            quoted = quoted[:SHOWN].rstrip() + "…" if len(quoted) > SHOWN else quoted
            notes.append(
                f"correction {n} ({op.get('op')}) was applied at 「{quoted}」, where the text reads a"
                " little differently from when it was made: check it is still right"
            )
    return articles, warnings, notes
