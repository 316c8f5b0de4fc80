"""The twelfth layout program: real People's Daily texts laid out as raw extracted newspaper pages.

Written blind (from how newspapers are laid out and issue 11's list of conventions, without reading
the segmenter or the other layout programs). `build_splits()` gives the tune and valid splits as
`Page` records: the page text, its truth (the bundled page's truth format), the convention tags
drawn and the stories used. See README.md for every rate and every truth choice.
"""

from __future__ import annotations

import datetime
import functools
import random
from dataclasses import dataclass, replace

from .compose import (
    RATES,
    STANDALONE_PHOTOS,
    Article,
    Context,
    compose_article,
    compose_photo,
    furniture,
    pick,
)
from .texts import Pools, Story, harvest_names, load_1998, load_modern, questions_from
from .typeset import Line, Typesetter

SEED = 1212
TUNE_SHARE = 0.2


@dataclass
class Page:
    """One laid-out page."""

    name: str
    text: str
    truth: dict
    tags: list[str]
    stories: list[str]
    lines: list[Line]


@functools.cache
def load_all() -> tuple[list[Story], list[Story], Pools, list[str]]:
    """Modern and 1998 stories, the 1998 spare pools and the real name pool."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from people_daily_1998 import fetch_corpus, read_paragraphs

    paragraphs = read_paragraphs(fetch_corpus())
    pools = Pools()
    old = load_1998(paragraphs, pools)
    modern = load_modern()
    names = harvest_names(modern + old, paragraphs)
    return modern, old, pools, names


def split_list(items: list, rng: random.Random) -> tuple[list, list]:
    """`items` shuffled and cut into a tune share and a valid share."""
    items = list(items)
    rng.shuffle(items)
    cut = int(len(items) * TUNE_SHARE)
    return items[:cut], items[cut:]


def trimmed(story: Story, rng: random.Random) -> Story:
    """A long story cut at a paragraph end (6–12 paragraphs kept, a trailer kept with them)."""
    paras = story.paragraphs
    if len(paras) <= 12:
        return story
    keep = paras[: rng.randint(6, 12)]
    last = paras[-1]
    if last.startswith("（") and last.endswith("）"):
        keep.append(last)
    return replace(story, paragraphs=keep)


def build_split(
    name: str, n_pages: int, modern: list[Story], old: list[Story], pools: Pools, names: list[str], seed: int
) -> list[Page]:
    """`n_pages` pages laid out from this split's stories only (each story used once)."""
    rng = random.Random(seed)
    modern, old = list(modern), list(old)
    pools = Pools(
        heads=list(pools.heads),
        sentences=list(pools.sentences),
        questions=questions_from(modern + old),
        captions=[p for s in modern + old for p in s.photos],
    )
    pages: list[Page] = []
    for n in range(n_pages):
        era = "modern" if len(modern) >= 3 and rng.random() < RATES["modern_page"] else "1998"
        source = modern if era == "modern" else old
        target = rng.randint(2500, 6500)
        chosen: list[Story] = []
        while source and (len(chosen) < 2 or (sum(len("".join(s.paragraphs)) for s in chosen) < target)):
            chosen.append(trimmed(source.pop(), rng))
            if len(chosen) >= 7:
                break
        if era == "modern":
            year, month, day = (int(x) for x in chosen[0].date.split("-"))
        else:
            year, month, day = 1998, 1, rng.randint(1, 31)
        ctx = Context(
            rng=rng,
            pools=pools,
            names=names,
            base_chars=rng.randint(12, 20),
            month=month,
            day=day,
        )
        pages.append(lay_out(f"page_{n:03d}", chosen, ctx, year, rng.randint(1, 20)))
    return pages


def lay_out(name: str, stories: list[Story], ctx: Context, year: int, page_no: int) -> Page:
    """Compose every article and stand-alone photo of one page and typeset it."""
    rng = ctx.rng
    tags: list[str] = []
    items: list[Article] = []
    for story in stories:
        items.append(compose_article(story, ctx, allow_top_photos=not ctx.top_photos))
    n_photos = int(str(pick(rng, STANDALONE_PHOTOS)))
    for _ in range(n_photos):
        free = [p for p in ctx.pools.captions if p.caption not in ctx.used_photos]
        if not free:
            break
        photo = free[rng.randrange(len(free))]
        extra = None
        if rng.random() < 0.3 and ctx.pools.sentences:
            extra = ctx.pools.sentences.pop(rng.randrange(len(ctx.pools.sentences)))
        items.insert(rng.randint(0, len(items)), compose_photo(ctx, photo, extra))
    top, end = furniture(ctx, page_no, year, tags)
    blocks = top + ctx.top_photos + [b for item in items for b in item.blocks] + end
    content = [b for b in blocks if b.role != "furniture"]
    if content and content[0].role == "byline":
        tags.append("starts_with_byline")
    elif content and content[0].role in ("caption", "credit"):
        tags.append("starts_with_captions")
    elif (
        content
        and content[0].role == "body"
        and items[0].truth.get("byline")
        and "（" in content[0].text[:20]
    ):
        tags.append("starts_with_dateline")
    widths = {b.cells for b in blocks if b.role == "body" and b.cells}
    if len(widths) > 1:
        tags.append("several_widths")
    setter = Typesetter(rng)
    for item_block in blocks:
        if item_block.column and item_block.column not in setter.heights:
            setter.heights[item_block.column] = rng.randint(14, 40)
    lines = setter.emit(blocks)
    if setter.mid_sentence_breaks:
        tags.append("column_break_mid_paragraph")
    for item in items:
        tags.extend(item.tags)
    text = "\n".join(line.text for line in lines) + "\n"
    truth = {"page": f"{name}.txt", "articles": [item.truth for item in items]}
    return Page(name, text, truth, sorted(set(tags)), [item.key for item in items], lines)


def build_splits(tune_pages: int = 50, valid_pages: int = 200) -> dict[str, list[Page]]:
    """Both splits, from disjoint stories and spare pools, with fixed seeds."""
    modern, old, pools, names = load_all()
    rng = random.Random(SEED)
    m_tune, m_valid = split_list(modern, rng)
    o_tune, o_valid = split_list(old, rng)
    h_tune, h_valid = split_list(pools.heads, rng)
    s_tune, s_valid = split_list(pools.sentences, rng)
    return {
        "tune": build_split("tune", tune_pages, m_tune, o_tune, Pools(h_tune, s_tune), names, SEED + 1),
        "valid": build_split(
            "valid", valid_pages, m_valid, o_valid, Pools(h_valid, s_valid), names, SEED + 2
        ),
    }


def weekday(year: int, month: int, day: int) -> int:
    """Monday 0 … Sunday 6."""
    return datetime.date(year, month, day).weekday()
