"""Start the installed reader headless on the bundled corpus and check its first headline is drawn.

Run by .ci/run with the wheel's virtual environment, from outside the checkout.
"""

from __future__ import annotations

import asyncio
import html
import re
import sys

from reader import paths
from reader.app.app import DubaApp
from reader.corpus import load_page


async def main() -> int:
    page = load_page(next(iter(sorted(paths.bundled_corpus().glob("*.txt")))), use_cache=False)
    headline = next(a.headline for a in page.articles if a.headline)
    app = DubaApp([])
    async with app.run_test(size=(120, 40)) as pilot:
        screen_text = ""
        for _ in range(100):  # up to 10 s for the page to open and draw
            await pilot.pause(0.1)
            screen_text = html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot()))
            if headline in screen_text:
                print(f"reader drew the first headline: {headline}")
                return 0
    print(f"the reader never drew {headline!r}; the screen held:\n{screen_text[-2000:]}", file=sys.stderr)
    return 1


sys.exit(asyncio.run(main()))
