"""A fourth layout program for the segmentation validation set, written without reading the segmenter.

Real article texts (the January 1998 People's Daily and a few dozen 2026 articles in
`benchmarks/texts/modern/`) are set into newspaper pages the way a compositor prints them and a
PDF/OCR extractor gives them back: narrow columns cut mid-word, blank lines at column breaks, title
stacks before or after the body, captions with credits, page furniture, OCR spaces. Every convention
of issue 11 is an independent random choice drawn from a seeded `random.Random`, and each page comes
with its truth in the shared truth format and the list of convention tags it uses.

Modules: `sources` (stories, photos and names from the texts), `article` (one article's conventions:
its printed blocks and its truth), `typeset` (lines, columns, OCR spacing), `page` (the page).
"""
