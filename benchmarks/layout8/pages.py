"""Layout8's pages: pick stories for a page, lay them out, tag the conventions used, check the truth."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from benchmarks.layout8.compose import SECTIONS, Composer, Rendered, assemble, page_style, to_ascii_digits
from benchmarks.layout8.sources import Photo, Story


@dataclass
class Pool:
    """The stories one split draws from."""

    articles: list[Story]
    photos: list[Story]  # stand-alone photo items (a title, one caption, a credit)
    names: list[str]


def make_pool(stories: list[Story], names: list[str], modern: bool) -> Pool:
    """Split stories into articles and stand-alone photos; modern texts lend one captioned photo each."""
    articles = [s for s in stories if not s.is_photo]
    photos = [s for s in stories if s.is_photo]
    if modern:
        for s in articles:
            for ph in s.photos:
                if ph.caption and ph.credit_person and not ph.number:
                    photos.append(
                        Story(
                            s.source,
                            None,
                            photos=[Photo(ph.caption, ph.credit, "", ph.credit_person)],
                            is_photo=True,
                            day=s.day,
                        )
                    )
                    break
    return Pool(articles, photos, names)


def name_pool(stories: list[Story]) -> list[str]:
    """Every byline name of the sources, for editors, helpers and trailers."""
    return sorted({p.name for s in stories for p in s.people})


def build_page(pool: Pool, seed: str, source: str) -> tuple[str, dict, list[str]]:
    """One page: (text, truth, tags). Same seed, same page."""
    rng = random.Random(seed)
    if source == "1998":
        day = dt.date(1998, 1, rng.randint(1, 31))
    else:
        first = rng.choice(pool.articles)
        day = dt.date.fromisoformat(first.day)
    style = page_style(rng, pool.names, day, rng.choice(SECTIONS), rng.randint(1, 16))
    composer = Composer(pool.names)
    ascii_digits = source == "1998" and rng.random() < 0.5
    commentary = rng.random() < 0.5  # signed commentary (a bare name, no role) runs on half the pages
    budget = rng.randint(2500, 6500)
    items: list[Rendered] = []
    used: set[str] = set()
    total = 0
    draws = 0
    while (total < budget or len(items) < 2) and len(items) < 9 and draws < 500:
        draws += 1
        if pool.photos and style.on("photo_standalone", rng, 0.3):
            story = rng.choice(pool.photos)
        else:
            story = rng.choice(pool.articles)
            if story.bare and not commentary:
                continue
        key = story.source if source == "modern" else str(id(story))
        if key in used:
            continue  # one story once a page (a modern story and its lent photo share a key)
        used.add(key)
        if ascii_digits:
            story = to_ascii_digits(story)
        if story.is_photo:
            items.append(composer.photo(story, style, rng))
        else:
            items.append(composer.article(story, style, rng, first=not items))
        total += story.size()
    text = assemble(items, style, rng)
    tags = {f"src_{source}", f"paras_{style.paras}", f"heads_{style.heads}"}
    for item in items:
        tags |= item.tags
    if style.ocr:
        tags.add("ocr_spaces")
    if style.running_head:
        tags.add("running_head")
    if style.editor:
        tags.add("editor_line")
    if style.column_height:
        tags.add("column_breaks")
    if ascii_digits:
        tags.add("ascii_digits")
    truth = {"articles": [item.truth for item in items]}
    return text, truth, sorted(tags)


def squeeze(text: str) -> str:
    """Text without any whitespace (the check compares characters only)."""
    return re.sub(r"\s+", "", text)


def check(text: str, truth: dict) -> list[str]:
    """What a hand-checker would flag: truth text that is not on the page, or out of page order."""
    page = squeeze(text)
    problems = []
    for k, art in enumerate(truth["articles"]):
        at = -1
        for p in art["paragraphs"]:
            pos = page.find(squeeze(p), at + 1)
            if pos < 0:
                problems.append(f"article {k}: paragraph not on the page in order: {p[:30]}")
            else:
                at = pos
        for key in ("kicker", "headline", "subtitle"):
            if art.get(key) and squeeze(art[key]) not in page:
                problems.append(f"article {k}: {key} not on the page: {art[key]}")
        for a in art["authors"]:
            if a["name"] not in page and squeeze(a["name"]) not in page:
                problems.append(f"article {k}: author not on the page: {a['name']}")
        if not art["paragraphs"]:
            problems.append(f"article {k}: no paragraphs")
    return problems
