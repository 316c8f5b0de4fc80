"""Build the tune and valid splits: story pools, page choices, page text, truth and tags."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from . import page as pg
from .texts import Story, modern_stories, stories_1998

MODERN_SHARE = 0.7
TUNE_EVERY = 5  # one story in five (by a hash of its id) is kept for the tune split


@dataclass
class Pools:
    """The stories one split may use."""

    modern: list[Story]
    old: list[Story]
    old_photos: list[Story]
    modern_photos: list[tuple[str, str, str]]  # (story id, caption, credit)


@dataclass
class Built:
    """One laid-out page."""

    lines: list[pg.Line]
    truth: dict
    tags: list[str]
    furniture: frozenset[str] = frozenset()  # lines no item owns: running heads, feet

    @property
    def text(self) -> str:
        """The page as the extractor gives it."""
        return "\n".join(ln for ln, _ in self.lines) + "\n"


def split_of(sid: str) -> str:
    """tune or valid, fixed by the story's id."""
    h = int(hashlib.sha1(sid.encode()).hexdigest(), 16)
    return "tune" if h % TUNE_EVERY == 0 else "valid"


def load_pools() -> dict[str, Pools]:
    """Both splits' pools; no story is in both."""
    modern = modern_stories()
    old, old_photos = stories_1998()
    # the 2026 texts are few: exactly one in five (the lowest hashes) go to tune
    ranked = sorted(modern, key=lambda s: hashlib.sha1(s.sid.encode()).hexdigest())
    tune_ids = {s.sid for s in ranked[: len(ranked) // TUNE_EVERY]}
    out = {}
    for name in ("tune", "valid"):
        m = [s for s in modern if (s.sid in tune_ids) == (name == "tune")]
        photos = [
            (s.sid, cap, credit)
            for s in m
            for cap, credit in s.photos
            if credit and len(cap) >= 12 and not re.match(r"图[①-⑩]", cap) and "以上" not in credit
        ]
        out[name] = Pools(
            modern=m,
            old=[s for s in old if split_of(s.sid) == name],
            old_photos=[s for s in old_photos if split_of(s.sid) == name],
            modern_photos=photos,
        )
    return out


def date_for(rng: random.Random, era: str) -> str:
    """A running head's date with its weekday (the weekday is drawn, not computed)."""
    if era == "1998":
        day = rng.randint(1, 31)
        return f"1998年1月{day}日  星期{pg.WEEKDAYS[(day + 2) % 7]}"
    month, day = rng.randint(1, 9), rng.randint(1, 28)
    return f"2026年{month}月{day}日  星期{rng.choice(pg.WEEKDAYS)}"


def build_page(pools: Pools, seed: str) -> Built:
    """One page from a split's pools, fixed by seed."""
    rng = random.Random(seed)
    era = "2026" if rng.random() < MODERN_SHARE else "1998"
    st = pg.PageStyle(
        cols=rng.randint(12, 20),
        indent=pg.pick(rng, pg.INDENT),
        ocr=pg.RATES["ocr_rate"] if rng.random() < pg.RATES["ocr_page"] else 0.0,
        era=era,
        page_no=rng.randint(1, 16),
        date="",
        section=rng.choice(pg.SECTIONS),
        paper=rng.choice(pg.PAPERS),
    )
    st.date = date_for(rng, era)
    st.tight_titles = rng.random() < pg.RATES["tight_titles"]
    pool = pools.modern if era == "2026" else pools.old
    budget = rng.randint(2500, 8000)
    order = rng.sample(range(len(pool)), len(pool))
    chosen: list[Story] = []
    used = 0
    for k in order:
        s = pool[k]
        if len(chosen) >= 2 and used + s.body_chars() > budget:
            if rng.random() < 0.5:
                break
            continue
        chosen.append(s)
        used += s.body_chars()
        if len(chosen) >= 7 or used >= budget:
            break
    chosen_ids = {s.sid for s in chosen}

    page_tags: set[str] = {"era_" + era, f"cols_{st.cols}"}
    jump_to = None
    first_bodies = sum(1 for k, _ in chosen[0].items if k == "body")
    if len(chosen[0].items) >= 4 and first_bodies >= 3 and rng.random() < pg.RATES["continued_to"]:
        jump_to = st.page_no + rng.randint(1, 6)
    jump_from_idx = None
    if st.page_no > 1 and rng.random() < pg.RATES["continued_from"]:
        cands = [i for i, s in enumerate(chosen) if i > 0 and len(s.items) >= 5]
        if cands:
            jump_from_idx = rng.choice(cands)
    head = pg.running_head(rng, st)
    mid_idx = rng.randrange(len(chosen)) if rng.random() < pg.RATES["mid_running_head"] else None

    items: list[pg.Item] = []
    for i, s in enumerate(chosen):
        items.append(
            pg.render_article(
                s,
                st,
                rng,
                jump_to=jump_to if i == 0 else None,
                jump_from=1 if i == jump_from_idx else None,
                mid_head=head if i == mid_idx else None,
            )
        )
    # a photo standing alone
    if rng.random() < pg.RATES["standalone_photo"]:
        if era == "1998" and pools.old_photos:
            ph = rng.choice(pools.old_photos)
            credit = ph.photos[0][1] if ph.photos else None
            item = pg.render_photo(ph.headline, [t for _, t in ph.items], credit, st, rng)
        else:
            cands = [p for p in pools.modern_photos if p[0] not in chosen_ids]
            item = None
            if cands:
                _, cap, credit = rng.choice(cands)
                item = pg.render_photo(None, [cap], credit, st, rng)
        if item is not None:
            items.insert(rng.randint(0, len(items)), item)
    # a brief-news column
    if rng.random() < pg.RATES["brief_column"]:
        cands = [
            s
            for s in pool
            if s.dateline
            and s.sid not in chosen_ids
            and s.items[0][0] == "body"
            and len(s.items[0][1]) < 260
            and len(s.headline) >= 6
        ]
        picked = rng.sample(cands, min(len(cands), rng.randint(3, 4)))
        if len(picked) >= 2:
            head_lines, briefs = pg.render_briefs(picked, st, rng)
            at = rng.randint(len(items) // 2, len(items))
            # the column's heading is furniture: it rides on the first item's lines
            briefs[0].lines = head_lines + [("", None)] + briefs[0].lines
            items[at:at] = briefs
            page_tags.add("brief_column")

    lines: list[pg.Line] = []
    if rng.random() < pg.RATES["running_head"]:
        lines.append((head, None))
        page_tags.add("running_head")
    foot = pg.feet(rng) if rng.random() < pg.RATES["feet"] else []
    foot_top = bool(foot) and rng.random() < 0.25
    if foot:
        page_tags.add("feet")
    if foot_top:
        lines.extend((f, None) for f in foot)
    top = [it for it in items if it.top]
    for it in top:
        if lines:
            lines.append(("", None))
        lines.extend(it.top)
    for it in items:
        if lines:
            lines.append(("", None))
        lines.extend(it.lines)
    if foot and not foot_top:
        lines.append(("", None))
        lines.extend((f, None) for f in foot)
    if st.ocr:
        page_tags.add("ocr_spaces")
    page_tags.add("indent_" + st.indent)
    arts = [it.truth for it in top] + [it.truth for it in items if not it.top]
    for it in items:
        page_tags |= it.tags
    first = items[0] if not top else top[0]
    if top:
        page_tags.add("page_starts_photo")
    elif "headline_after" in first.tags and first.truth.get("byline"):
        page_tags.add("page_starts_byline")
    furniture = frozenset([head, *foot])
    return Built(lines=lines, truth={"articles": arts}, tags=sorted(page_tags), furniture=furniture)


def build_split(pools: Pools, split: str, count: int) -> list[Built]:
    """count pages of one split, page i fixed by its seed."""
    return [build_page(pools, f"layout14-{split}-{i}") for i in range(count)]
