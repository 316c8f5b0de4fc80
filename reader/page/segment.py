"""The page segmenter: a raw page of cut column lines becomes an ordered list of articles.

1. Page furniture (running heads with date/page, editor credits) goes to metadata (`furniture`).
2. The other lines are cut into units at blank lines and landmark lines, and each unit's features
   are measured against the column width around it (`units`, `blocks`).
3. Every unit gets a role (kicker, headline, subtitle, byline, body, subhead, caption, credit,
   standalone photo) from the best labelling of the whole page under an article grammar
   (`labels`); each article places its headline before or after its body by its own evidence.
4. Items are assembled in page order: titles and bylines to their fields, body, subheads,
   captions and credits to paragraphs (`reflow`), with a confidence from the labelling's margins
   and the error kinds the segmenter is known to make (`doubt`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from reader.gcpause import paused
from reader.model import Article, PageMeta, article_id
from reader.page import byline_broken, itemwhy, parts
from reader.page.assembly import left_over, page_mode, titles
from reader.page.blocks import BOX, Line, Unit
from reader.page.bodytext import mark_goes_on
from reader.page.byline import Byline, credited, reporters, stray_bylines, trailer_helpers
from reader.page.captions import (
    add_captions,
    caption_goes_on,
    caption_paragraphs,
    credits_alone,
    news_photo,
    photo_group,
)
from reader.page.captionties import free_photos, tie_photos_below
from reader.page.credits import add_credit, join_broken_credit, split_credit, supplier_credit
from reader.page.doubt import confidences, doubts
from reader.page.extraction import unbroken
from reader.page.firstlines import Counts, Mode, mode_of
from reader.page.grammar import rival_name
from reader.page.inset import read_past_photos
from reader.page.items import items_of
from reader.page.itemwhy import StartRival
from reader.page.labels import Labelling, State, evidence, label
from reader.page.meeting import meeting_breaks
from reader.page.midheads import heads_inside, put_heads_back
from reader.page.midtitle import put_back, titles_inside, without
from reader.page.pageblocks import cut_blocks
from reader.page.photoheads import tie_photos_to_titles
from reader.page.photos import CAPTION_RUN
from reader.page.reflow import join_bracket_credits, paragraphs, wraps_on
from reader.page.sheets import joined, sheets
from reader.page.siblings import read_sets_on
from reader.page.steps import NEG
from reader.page.textclean import clean_spacing, has_stray_space, subhead_text
from reader.page.topphotos import move_top_photo
from reader.page.units import build_units
from reader.page.unsigned import in_byline, keep_as_text, unprinted

SEGMENTER_VERSION = 622
"""Bump when segmentation output changes, so cached pages are segmented again."""

NO_TEXT = "no text found"
"""How the warning ends for a page with no text once its masthead lines are set aside."""


@dataclass(slots=True)
class Segmentation:
    """What the segmenter found on a page: articles, metadata from its furniture, warnings."""

    articles: list[Article]
    meta: PageMeta
    warnings: list[str] = field(default_factory=list)
    doubts: dict[str, list[str]] = field(default_factory=dict)
    """(Filled by `explain` only) each article's known error kinds by its id: why its confidence is low."""
    furniture: list[str] = field(default_factory=list)
    """(Filled by `explain` only) the page's lines set aside as furniture (running heads, page numbers,
    editors' credits) in page order, then the names of brief columns: in no article; `meta` was read
    from the first."""


@dataclass(slots=True)
class ExplainedUnit:
    """One unit of a page as the segmenter saw it: for `duba segment --explain`."""

    index: int
    text: str
    role: str
    placement: str
    new_item: bool
    margin: float
    """How much better the page's labelling scored than the best that gives the unit another role;
    infinite where none the grammar allows does (then there is no runner-up either)."""
    score: float
    evidence: list[tuple[str, float]]
    article: int
    rival: str = ""
    """The runner-up: the unit's role on the best labelling that gives it another (its placement too,
    "body after", where only that differs); "" where no other was possible."""
    rival_score: float = 0.0
    """The unit's score for the runner-up's role (as `score` is for the chosen role)."""
    rival_evidence: list[tuple[str, float]] = field(default_factory=list)
    """What the features gave the runner-up's role, strongest first."""
    start_rival: StartRival | None = None
    """The best labelling that decides the other way whether an item starts here (`itemwhy`)."""


def _assemble(
    units: list[Unit],
    states: list[State],
    idx: list[int],
    page: str,
    mode: Mode,
    width: int,
    counts: Counts | None,
    noisy: Callable[[], bool] = bool,
) -> Article:
    """The item of units `idx` as an article or photo; `width` is its body's column and `counts` its
    body lines' evidence of how first lines print (None where it has no body), as `page_mode`
    measured them. `noisy()`: the page's running text has OCR slips (`textclean.clean_title`)."""
    idx, roles = read_past_photos(units, idx, [states[i].role for i in idx])  # (the sentence under a photo)
    if roles.count("byline") > 1:  # (a line read as a second byline: see `stray_bylines`)
        found = [
            (k, u.byline, u.text)
            for k, i in enumerate(idx)
            if roles[k] == "byline" and (u := units[i]).byline
        ]
        for k in stray_bylines(found):
            roles[k] = "subhead"
    by_role: dict[str, list[int]] = {}
    for i, role in zip(idx, roles, strict=True):
        by_role.setdefault(role, []).append(i)
    if all(r.startswith("photo") for r in roles):
        paras = []
        credits: list[Byline] = []  # (a title over several photos: each caption's credit, in order)
        for i, role in zip(idx, roles, strict=True):
            if role == "photo":
                add_captions(paras, caption_paragraphs(units[i], running=False))
            if role != "photo-credit":
                continue
            joined = join_broken_credit(paras[-1], "".join(units[i].text.split())) if paras else None
            if joined is not None:
                paras[-1], credit = joined
                credits.append(credit)
                continue  # `…。  方明` / `远摄`: the credit broke over the caption's last line end
            credit = units[i].byline or split_credit(" " + units[i].text)[1] or supplier_credit(units[i].text)
            if credit is None:
                paras.append(clean_spacing(units[i].text))
            else:
                credits.append(credit)
        if paras:
            # (the last caption's own credit at its end, `…。  方明摄`, under other photos' credit lines)
            tail, credit = split_credit(paras[-1])
            if credit is not None:
                paras[-1] = tail
                credits.append(credit)
        paras = [p for p in paras if p]
        headline = titles(units, by_role.get("photo-title", []), noisy)
        people = [person for credit in credits for person in credited(credit)]
        return Article(
            id=article_id(paras, headline),
            kind="photo",
            headline=headline,
            byline=" ".join(credit.text for credit in credits) or None,
            authors=list({person.name: person for person in people}.values()),
            paragraphs=paras,
            page=page,
        )
    signed = [k for k, i in enumerate(idx) if roles[k] == "byline" and units[i].byline is not None]
    word, ends = "", ""  # a title's last word its line had no room for, read as a name; that title's role
    used: set[int] = set()  # the byline units whose names the article prints (or a title ends with, `word`)
    before: dict[int, int] = {}  # each byline unit's place among the paragraphs
    first = next((n for n, k in enumerate(signed) if reporters(units[idx[k]].byline)), 0)
    if first:
        # a story prints one byline: names alone over the line naming its reporters by role are a
        # title's word (`…扶持社区托育` / `服务`) or the signature of the text above, not this one's
        word, ends = left_over(units, idx, roles, signed[0]) if first == 1 else ("", "")
        if word:
            used.add(signed[0])
        signed = signed[first:]
    used.update(signed)
    printed = (0, 0, 0)  # where the byline the article prints stands (`unsigned.in_byline`)
    bylines = [units[idx[k]].byline for k in signed]
    byline = (
        Byline(" ".join(b.text for b in bylines), [a for b in bylines for a in b.authors])
        if bylines
        else None
    )
    # body in page order: a run of body lines reflows together; subheads, captions, credits stand apart
    # a body printed in one run shows the evidence `page_mode` counted on all its lines (`counts`);
    # a run of several that shows none of its own follows its article's habit before its page's
    runs = sum(1 for k, role in enumerate(roles) if role == "body" and (not k or roles[k - 1] != "body"))
    article_mode = mode_of(counts, mode) if counts is not None else mode
    run_mode = article_mode if runs == 1 else None
    paras: list[str] = []
    run: list[Line] = []
    opening = -1  # the paragraph the body's text opens with
    opened: list[Line] = []
    goes_on = False  # the run of body text goes on from a caption or subhead (a column broke it)
    last: Line | None = None  # the last line of the body run just reflowed
    for k, (i, role) in enumerate(zip(idx, roles, strict=True)):
        if role == "body":
            if not run:
                # (a subhead that fills its line goes on into a short line standing alone under it)
                goes_on = (
                    k > 0
                    and "dateline" not in units[i].features
                    and (
                        (roles[k - 1] == "caption" and caption_goes_on(units[idx[k - 1]], units[i]))
                        or (
                            roles[k - 1] == "subhead"
                            and len(units[i].lines) == 1
                            and units[i].lines[0].width < width - 6
                            and wraps_on(units[idx[k - 1]].lines[-1], width)
                        )
                    )
                )
            if opening < 0:
                opening, opened = len(paras), run  # (the lines it reflows from)
            run.extend(units[i].lines)
            continue
        last = run[-1] if run else None
        if run:
            add_captions(paras, paragraphs([run], width, run_mode, fallback=article_mode), goes_on)
            run = []
        if role == "byline":
            before[k] = len(paras)
        elif role == "subhead":
            # (a subhead letter-spaced to fill its line, `怎 样 选 雨 伞 ？`, reads without the spacing)
            subhead = parts.part_line(units[i]) or subhead_text([line.text for line in units[i].lines])
            if paras and last is not None and wraps_on(last, width):
                paras[-1] += subhead  # a subhead's first line was cut at the width
            else:
                paras.append(subhead)
        elif role == "caption":
            add_captions(paras, caption_paragraphs(units[i]), k > 0 and roles[k - 1] == "caption")
        elif role == "credit":
            # a credit set after a gap on the caption's last line that wrapped (the gap left at
            # the line's end or carried to the credit's start) closes that caption's paragraph; under
            # a blank line it is a paragraph of its own
            first = units[i].lines[0]
            wrapped = k > 0 and not first.blank and (first.indent or units[idx[k - 1]].lines[-1].gap_after)
            add_credit(
                paras, [line.text for line in units[i].lines], roles[k - 1] in ("body", "caption"), wrapped
            )
    if run:
        add_captions(paras, paragraphs([run], width, run_mode, fallback=article_mode), goes_on)
    if signed:
        printed = (before[signed[0]], 0, signed[0])
    # (past a box heading the text, `编者按：…`, the dateline is sought as where a unit showed one)
    dated = any("dateline" in units[i].features for i, r in zip(idx, roles, strict=True) if r == "body")
    dated = dated or (0 <= opening < len(paras) and BOX.match(paras[opening]) is not None)
    unsigned = byline is None or not byline.authors
    if opening >= 0 and (unsigned or not any(a.role for a in byline.authors)):
        # the dateline opens the body's text (after a box that heads it, if any): it is the byline
        # unless one is printed (the body's first paragraph is asked even where no unit showed a
        # dateline: one letter-spaced, or broken over units of a line each). A story prints one
        # byline: names alone over a dateline that names its reporters by their role are a title's
        # word read as a name (`…托育` / `服务`), or the signature of the text above, not this one's.
        for k in range(opening, min(opening + 4 if dated else opening + 1, len(paras))):
            raw = (
                "".join(f"{line.text}{' ' * (line.gap_after or bool(line.break_gap))}" for line in opened[:2])
                if k == opening
                else ""
            )
            found = byline_broken.dateline_at(paras, k, raw)  # (it may take the next one's bracket)
            if found is not None and (unsigned or any(a.role for a in found[0].authors)):
                at = [n for n, role in enumerate(roles) if role == "byline"]
                if not unsigned and len(at) == 1:
                    word, ends = left_over(units, idx, roles, at[0])
                used = set(at[:1]) if word else set()
                printed = (k, 1, 0)  # (the dateline's paragraph: after the lines standing over it)
                byline, paras[k] = found[0], found[1].strip()  # (the paragraph's spacing is read already)
                break
    # (a byline line the article does not print as its byline stays a line of it: `unsigned`)
    left = [((before[k], 0, k), units[idx[k]].text) for k in unprinted(units, idx, before, used)]
    kept: list[str] | None = None  # (the paragraphs with the lines no byline takes: past the photo tests)
    if left and byline is not None:
        byline = in_byline(byline, printed, left)
    elif left:
        kept = list(paras)
        keep_as_text(kept, [(at[0], text) for at, text in left])
    paras = join_bracket_credits([p for p in paras if p])
    photo = news_photo(units, idx, roles, paras, byline)
    if photo is not None:
        captions, credit = photo
        headline = titles(units, by_role.get("headline", []) + by_role.get("byline", []), noisy)
        return Article(
            id=article_id(captions, headline),
            kind="photo",
            kicker=titles(units, by_role.get("kicker", []), noisy, gap=""),  # (the photo's own kicker)
            headline=headline,
            byline=credit.text,
            authors=credited(credit),
            paragraphs=captions,
            page=page,
        )
    group = photo_group(roles, paras, byline)
    if group is not None:
        shown, credit = group
        headline = titles(units, by_role.get("headline", []), noisy)
        return Article(
            id=article_id(shown, headline),
            kind="photo",
            kicker=titles(units, by_role.get("kicker", []), noisy, gap=""),
            headline=headline,
            byline=credit.text,
            authors=credited(credit),
            paragraphs=shown,
            page=page,
        )
    if kept is not None:
        paras = join_bracket_credits([p for p in kept if p])
    # the trailer closes the text; captions printed after the body may follow it
    helpers = next((found for p in reversed(paras[-6:]) if (found := trailer_helpers(p))), [])
    # a kicker over two lines is one kicker too long for its line (a kicker's two phrases print on
    # one line, parted by a gap of their own): it reads on across the break, as the texts write it
    kicker = titles(units, by_role.get("kicker", []), noisy, gap="")
    headline = titles(units, by_role.get("headline", []), noisy)
    subtitle = titles(units, by_role.get("subtitle", []), noisy)
    if word and ends == "subtitle" and subtitle:
        subtitle += word
    elif word and headline:
        headline += word
    return Article(
        id=article_id(paras, headline),
        kicker=kicker,
        headline=headline,
        subtitle=subtitle,
        byline=byline.text if byline else None,
        authors=list(byline.authors) if byline else [],
        paragraphs=paras,
        page=page,
        contributors=helpers,
    )


def _noisy(units: list[Unit], states: list[State]) -> bool:
    """Does the page's body text show OCR slips, single spaces inside its words?"""
    return any(
        state.role == "body" and any(" " in line.text for line in unit.lines) and has_stray_space(unit.text)
        for unit, state in zip(units, states, strict=True)
    )


# How much of a large page's time has passed after each step (a 7 MB page: cutting the blocks 12%,
# building the units 48%, labelling 15%, then the articles one by one): for a progress bar only.
_SHARE_CUT, _SHARE_UNITS, _SHARE_LABELLED = 0.12, 0.6, 0.75


def _labelled(
    blocks: list[list[Line]], why: bool, tell: Callable[[float], None]
) -> tuple[list[Unit], Labelling, list[list[int]]]:
    """The units cut from `blocks`, their labelling and the units of each item."""
    units = build_units(blocks)
    tell(_SHARE_UNITS)
    labelling = label(units, rivals=why)
    items = items_of(units, labelling)
    opens, joined = meeting_breaks(units, labelling.states, items)
    if opens or joined:
        # (two stories' texts meet where the labelling could not part them: cut and label again;
        # or one story's text goes on where the labelling parted it: join and label again)
        if opens:
            units = build_units(blocks, opens)
        mark_goes_on(units, joined)
        labelling = label(units, rivals=why)
        items = items_of(units, labelling)
    return units, labelling, items


def _untold(share: float) -> None:
    """No one asked how far segmenting has come."""


def _analyse(
    text: str, page: str, why: bool = False, progress: Callable[[float], None] | None = None
) -> tuple[list[Unit], Labelling, list[list[int]], Segmentation]:
    """The page's units, their labelling, for each article kept the indices of its units, and the
    segmentation (with each article's doubts where `why`). `progress(share)` is told how much of the
    work is done (0 to 1) as it goes."""
    tell = progress or _untold
    meta = PageMeta()
    aside: list[str] = []
    blocks = cut_blocks(text, meta, aside if why else None)
    if not blocks:
        return [], label([]), [], Segmentation([], meta, [f"{page or 'page'}: {NO_TEXT}"], furniture=aside)
    tell(_SHARE_CUT)
    inside = titles_inside(blocks)
    units, labelling, items = _labelled(without(blocks, inside) if inside else blocks, why, tell)
    # (headlines printed inside their story's text, breaking a sentence or between two paragraphs: each
    # goes back to the head of the story it stands in, where that story has no headline; the others stay)
    if inside:
        blocks = put_back(blocks, inside, units, labelling.states, items)
        units, labelling, items = _labelled(blocks, why, tell)
    if found := heads_inside(blocks, units, labelling.states, items):
        units, labelling, items = _labelled(put_heads_back(blocks, found), why, tell)
    tell(_SHARE_LABELLED)
    # (titles that are one more of a set of subheads in the text above: read on, `siblings`)
    labelling, items = read_sets_on(units, labelling, items, partial(items_of, units), why)
    if items and units[items[0][0]].features.keys() & CAPTION_RUN:
        move_top_photo(units, labelling, items)
    labelling.states = free_photos(units, labelling.states, items)
    labelling.states = tie_photos_below(units, labelling.states, items)
    labelling.states = tie_photos_to_titles(units, labelling.states, items)
    mode, widths, evidence = page_mode(units, labelling.states, items)
    # (asked only where a title's single space needs it: on 120 pages of 4,010, twice on 7: no cache)
    noisy = partial(_noisy, units, labelling.states)
    articles, kept = [], []
    for n, (idx, width, counts) in enumerate(zip(items, widths, evidence, strict=True)):
        if not n % 64:
            tell(_SHARE_LABELLED + (1 - _SHARE_LABELLED) * n / len(items))
        article = _assemble(units, labelling.states, idx, page, mode, width, counts, noisy)
        if article.paragraphs or article.headline or article.kicker or article.byline or article.subtitle:
            articles.append(article)
            kept.append(idx)
    credits_alone(articles, kept, units)
    weighed = confidences(units, labelling, kept, articles)
    result = Segmentation(articles, meta, unbroken(text), furniture=aside)
    if why:
        result.doubts = doubts(articles, weighed)
    return units, labelling, kept, result


# Segmenting makes lines, blocks and units that all live until it ends, and no reference cycles: the
# cyclic collector's passes over them are wasted (8% of a 10 MB page's time). So it is paused, for
# every caller (the reader, `duba segment`, scripts; see reader.gcpause), until the units are dropped
# too: a pause that ended while they were still held (around `_analyse` alone) left them all in the
# young generation, over the collector's threshold (700 net allocations) on most pages, and the next
# allocation set off a collection that walked them (0.7% of the instructions over many pages).
@paused()
def segment(text: str, page: str = "", progress: Callable[[float], None] | None = None) -> Segmentation:
    """Segment one raw page into articles, in reading order; `progress(share)` is told how much is done
    (0 to 1) along the way (a page of several MB takes seconds)."""
    parts = sheets(text)
    if len(parts) == 1:
        return _analyse(parts[0], page, progress=progress)[3]
    return joined([_analyse(part, page)[3] for part in parts])


def segment_page(text: str, page: str = "") -> list[Article]:
    """The articles of one raw page (see `segment` for metadata and warnings too)."""
    return segment(text, page).articles


UNREACHED = -NEG / 2
"""A margin beyond any sum of scores: the best other labelling took a step the grammar forbids (`NEG`)."""


@paused()
def explain(text: str, page: str = "") -> tuple[list[ExplainedUnit], Segmentation]:
    """Every unit of the page with its chosen role, margin and the features that decided it; the
    segmentation with each article's doubts."""
    parts = sheets(text)
    if len(parts) > 1:  # (each printed page on its own, its units and items numbered on from the last's)
        explained = [explain(part, page) for part in parts]
        rows, units_before, items_before = [], 0, 0
        for part_rows, part in explained:
            rows += [
                replace(r, index=r.index + units_before, article=r.article + items_before) for r in part_rows
            ]
            units_before, items_before = units_before + len(part_rows), items_before + len(part.articles)
        return rows, joined([part for _, part in explained])
    units, labelling, items, result = _analyse(text, page, why=True)
    article_of = {i: k for k, idx in enumerate(items) for i in idx}
    opening = {idx[0] for idx in items}
    rows = []
    rivals = labelling.rivals or [None] * len(units)
    grammar_rivals = labelling.grammar_rivals or [None] * len(units)
    start_rivals = itemwhy.start_rivals(labelling)
    for i, unit in enumerate(units):
        state, rival, margin = labelling.states[i], rivals[i], labelling.margins[i]
        start_rival = start_rivals[i]
        if margin > UNREACHED:  # (only a labelling the grammar forbids gives the unit another role)
            margin, rival = math.inf, None
        if start_rival is not None and abs(start_rival.margin) > UNREACHED:
            start_rival = None
        named = "" if rival is None else rival_name(state, rival, grammar_rivals[i])
        rows.append(
            ExplainedUnit(
                index=i,
                text=" / ".join(line.text for line in unit.lines),
                role=state.role,
                placement=state.placed,
                new_item=i in opening,
                margin=round(margin, 2),
                score=round(labelling.score(i, state.role), 2),
                evidence=[(n, w) for n, w in evidence(unit, state.role)],
                article=article_of.get(i, -1),
                rival=named,
                rival_score=round(labelling.score(i, rival.role), 2) if rival is not None else 0.0,
                rival_evidence=evidence(unit, rival.role) if rival is not None else [],
                start_rival=start_rival,
            )
        )
    return rows, result
