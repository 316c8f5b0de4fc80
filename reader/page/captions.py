"""Captions as an item reads them: a caption unit's paragraphs (`caption_paragraphs`, `add_captions`)
and a news photo the labelling read as an article (`news_photo`). Where captions stand and whose they
are is told before, from the layout (`reader.page.photos`).
"""

from __future__ import annotations

from reader.model import Article
from reader.page import rx
from reader.page.blocks import CAPTION_START, Unit, dateline_head, opens_caption
from reader.page.byline import Byline
from reader.page.credits import (
    AGENCY,
    ARCHIVE,
    ends_on_credit,
    join_broken_credit,
    split_credit,
    tight_credit,
)
from reader.page.textclean import CLOSERS, CREDIT_LAST, ends_sentence, join_lines


def caption_paragraphs(unit: Unit, running: bool = True) -> list[str]:
    """A caption unit's paragraphs: one per caption (`图①：…`, or a block of its own), lines
    joined as printed: as `running` text (an article's captions), a scan's single spaces go, while
    the gap a name is letter-spaced with stays, and so does the gap printed before a credit closing a
    caption (`…。  王  五摄`, `textclean.clean_spacing`). On the truths of the helper-written page sets
    that print such names (2026 texts), every one keeps the name's gap; the gap before the credit,
    seven sets of fourteen keep (the two made last among them), as People's Daily's own text does."""
    groups: list[list[str]] = []
    widest = max(line.width for line in unit.lines)
    for j, line in enumerate(unit.lines):
        # a caption opens with its number, or after a blank line under a finished sentence (two
        # captions' blocks that went into one unit)
        if (
            not groups
            or (line.blank and unit.lines[j - 1].end)
            or opens_caption(unit.lines[j - 1], line, widest)
            or _closed_by_credit(unit.lines[j - 1].text, line.text)
        ):
            groups.append([])
        groups[-1].append(line.text)
    return [tight_credit(p) if running else p for p in (join_lines(group, running) for group in groups) if p]


def _closed_by_credit(before: str, line: str) -> bool:
    """Does the caption end on line `before`, closed by its photo's credit (`…。（王五摄）`,
    `…。  王五摄`, or the credit alone), so that `line` opens the next caption? A credit closes what
    it credits: the captions of a run printed with no blank between them part there. (Not where
    `line` opens or closes a bracket, the credit's own tail: `（人民视觉）`.) On the truths of all
    non-blind sets, after a line closing a caption's finished sentence with a credit set apart (by
    spaces or a bracket), or a credit alone, the next line (no blank between) opened a paragraph 393
    times (nine layout programs and mod) and went on the caption never; main ran on 33 times."""
    if before[-1] not in CREDIT_LAST or line[:1] in "（(）)" or not ends_on_credit(before):
        return False
    text, _ = split_credit(before)
    text = text.rstrip()
    if not text:
        return True
    return text[-1] in "。！？!?" and before[len(text)] in " \u3000（("


def add_captions(paras: list[str], captions: list[str], goes_on: bool = True) -> None:
    """Add a caption unit's paragraphs; a caption broken off mid-sentence by a column break (the
    paragraph before it a caption that finishes nothing) goes on in the next unit."""
    if captions and paras and goes_on and _unfinished(paras[-1]) and not CAPTION_START.match(captions[0]):
        paras[-1] += captions.pop(0)
    paras.extend(captions)


# a name closing a caption after its last sentence, behind a gap (`…比赛中。  X`) or on a line of its
# own: an agency's or a supplier's credit in a form `credits` does not read (no `摄`, `供图`)
_NAME_AFTER_GAP = rx.compile(r"[。！？”]\s{2,}[\u3400-\u9fff·]{2,10}$")
_NAME_ALONE = rx.compile(r"^[\u3400-\u9fff·]{2,10}$")


def caption_goes_on(caption: Unit, text: Unit) -> bool:
    """May a caption broken off mid-sentence by a column break go on in the text under it? Not into
    an indented line, which opens a paragraph, nor from a caption a name closes after its last
    sentence, on its line (`…中。  X`) or alone under it: a credit no pattern of `credits` reads."""
    if text.lines[0].indent:
        return False
    lines = caption.lines
    last = lines[-1].text.strip()
    if _NAME_AFTER_GAP.search(last):
        return False
    return not (len(lines) > 1 and lines[-2].end and _NAME_ALONE.match(last))


def _unfinished(text: str) -> bool:
    return not ends_sentence(text) and text[-1:] not in CREDIT_LAST and not text.endswith((ARCHIVE, AGENCY))


def news_photo(
    units: list[Unit], idx: list[int], roles: list[str], paras: list[str], byline: Byline | None
) -> tuple[list[str], Byline] | None:
    """A news photo read as an article: a title over one paragraph (or a few, short) closed by a photo
    credit (at its end or on lines of its own), or under it where titles stand after their text, with
    no byline or dateline naming reporters. An article has text of its own under a byline; a short
    text closed by a photographer's credit is the photo's caption, even where it opens with a dateline
    naming no one (`本报讯`, `新华社X月X日电`: a news photo sent as a report), which stays in the
    caption. The caption's paragraphs and the credit, or None."""
    dated = byline is not None and "byline" not in roles  # (the dateline split off the paragraph)
    if not paras or (
        byline is not None and (any(a.role for a in byline.authors) or (dated and byline.authors))
    ):
        return None  # (a dateline naming its reporters opens a report)
    end = len(roles)
    while end and roles[end - 1] in ("kicker", "headline"):
        end -= 1  # (the photo's title printed under its credit line, as the page prints headlines)
    tail = end
    while tail and roles[tail - 1] == "credit":
        tail -= 1
    if tail == end:
        end = len(roles)  # (no credit line under the caption: the titles stand over it, if at all)
        tail = end
    # a name alone over a photo's caption is the title of a portrait, not a signed commentary
    titles = ("kicker", "headline", "byline", "body")
    if any(r not in titles for r in roles[:tail]) or "body" not in roles[:tail]:
        return None
    if len(paras) == 1 and tail < end:
        tail = end  # (the credit line went on the caption's last line: `…。  王五摄`, one paragraph)
    # (a caption may tell the scene and then its background, a paragraph each: a short text, as a
    # photo's is, closed by the credit)
    shown = len(paras) - (end - tail)
    captions = paras[:shown]
    if not 1 <= shown <= _CAPTION_PARAGRAPHS or (shown > 1 and not _one_caption(captions, dated)):
        return None
    last, credit = split_credit(captions[-1]) if tail == end else (captions[-1], None)
    captions[-1] = last
    credits = (
        [credit]
        if credit
        else [units[i].byline or split_credit(" " + units[i].text)[1] for i in idx[tail:end]]
    )
    if not credits or any(c is None for c in credits) or not all(captions):
        return None
    if dated and byline is not None:
        captions[0] = byline.text + captions[0]
    found = [c for c in credits if c is not None]
    return captions, Byline(" ".join(c.text for c in found), [a for c in found for a in c.authors])


def _one_caption(captions: list[str], dated: bool) -> bool:
    """Are paragraphs closed by a photo's credit one photo's caption: short, opening with the day it was
    shot, with no dateline (a report sent with one runs on; its photo's caption is one paragraph), no
    credit closing any but the last, and none after the first opening as a caption does (`图为…`,
    `图②：`, `2、`) or a credit alone (the captions of several photos, or a photo's printed with a
    text)?"""
    if dated or _SHOT_WHEN.match(captions[0]) is None or sum(map(len, captions)) > _CAPTION_MOST:
        return False
    split = [split_credit(p) for p in captions]  # (each paragraph's text and credit, if any)
    return (
        all(credit is None for _, credit in split[:-1])
        # (a paragraph closed by a note in brackets, `（通讯员 X）`, is a signed text's, not a caption's)
        and not any(text.rstrip()[-1:] in "）)" for text, _ in split)
        and not any(CAPTION_START.match(p) or _ANOTHER.search(p) for p in captions[1:])
    )


# the day a photo was taken, opening its caption's scene (`6月2日，`, `近日，`): a story's text
# opens with its news, a short one closed by its photo's credit as well
_SHOT_WHEN = rx.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日[，,]|(?:近日|日前)[，,]")
_ANOTHER = rx.compile(r"^(?:[（(]?[^，。（）()]{2,12}摄|[0-9０-９一二三四五六七八九十]+[、.．])|图为")
_CAPTION_PARAGRAPHS = 3  # paragraphs a photo's caption runs to at most
_CAPTION_MOST = 250  # … and characters, where it runs to more than one


_GROUP_ROLES = frozenset({"kicker", "headline", "body", "caption", "credit"})
_SHORT_CAPTION = 60  # characters: a caption of a line or two, as a photo group's captions are
_STOPS = "。！？!?"


def photo_group(roles: list[str], paras: list[str], byline: Byline | None) -> tuple[list[str], Byline] | None:
    """Photos standing alone read as an article: several captions of one short sentence each, the
    last closed by the photos' credit (`以上图片均为X摄`), with no byline or dateline and nothing
    else but their title. An article has text of its own; a group of photos printed under one
    title (a photo spread) carries captions only. The captions and the credit, or None."""
    if byline is not None or len(paras) < 2 or not _GROUP_ROLES.issuperset(roles):
        return None
    last, credit = split_credit(paras[-1])
    if credit is None or not credit.authors:
        return None
    captions = paras[:-1] + ([last] if last else [])
    if len(captions) < 2 or not all(_one_sentence(p) for p in captions):
        return None
    return captions, credit


def _one_sentence(text: str) -> bool:
    """Is the text one short sentence, as a photo's caption in a group is?"""
    if len(text) > _SHORT_CAPTION or not ends_sentence(text):
        return False
    core = text.rstrip(CLOSERS)
    return not any(c in _STOPS for c in core[:-1])


def credits_alone(articles: list[Article], kept: list[list[int]], units: list[Unit]) -> None:
    """A photo item with a credit and no caption (`刘宇摄` under `…暖意。  新华社记者`, the credit
    broken over two lines) is no photo of its own: its credit, as printed but for the spaces (as
    credits are set: `caption_paragraphs`), closes the text of the item before it, joined to that
    text's last line where that line began it. `kept` (each item's units) is joined likewise."""
    k = 1
    while k < len(articles):
        alone, before = articles[k], articles[k - 1]
        if (
            alone.kind != "photo"
            or alone.paragraphs
            or not alone.byline
            or not ends_on_credit(alone.byline)  # (a reporter's byline alone is no photo's credit)
            or not before.paragraphs
        ):
            k += 1
            continue
        last = before.paragraphs[-1]
        credit = "".join("".join(units[i].text.split()) for i in kept[k])
        if join_broken_credit(last, credit) is not None:
            before.paragraphs[-1] = last + credit
        else:
            before.paragraphs.append(credit)
        del articles[k]
        kept[k - 1] += kept.pop(k)


def credit_under_caption(units: list[Unit], i: int) -> bool:
    """Is unit `i`, a marked byline's line (`■ 本报记者 周八`) straight under a finished sentence, the
    credit closing a caption? A byline stands over its text, under a title, or after a blank. A
    caption says what the picture shows: one never closes on a question or a cry, a headline may
    (`…为什么？` / `■ 本报记者 X`). It is three lines or fewer, opens as one (`图①：`) or is set wider
    than its column; four lines or more in the column are a story's text where a paragraph opens
    right under the marked line (indented, or three lines or more, with no dateline naming its
    source): that line is its story's byline. (With a blank line under it, a caption of a photo
    set alone reads the same: it stays a credit.)"""
    if not i or units[i].lines[0].blank:
        return False
    above = units[i - 1]
    closing = above.lines[-1]
    if not closing.end or closing.text[-1] in "？！?!":
        return False
    if len(above.lines) <= 3 or "caption_start" in above.features or above.lines[0].width > above.column + 4:
        return True
    if i + 1 == len(units):
        return True
    below = units[i + 1].lines
    return (
        below[0].blank or not (below[0].indent or len(below) >= 3) or dateline_head(below[0].text) is not None
    )
