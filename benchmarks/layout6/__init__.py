"""The sixth layout program: real 2026 People's Daily texts laid out as extracted newspaper pages.

Written blind (without reading the segmenter or the other layout programs) from the conventions of
issue 11, the bundled page and its hand-checked truth. Modules:

- `stories`  reads the Markdown articles of `benchmarks/texts/modern` into `Story` objects
- `typeset`  breaks text into column lines the way a typesetter does (cell widths, 避头尾)
- `noise`    OCR noise: spaces inside words and dates, letter-spaced lines
- `page`     draws every convention of a page as an independent seeded choice, prints the page and
             writes its truth (the segmentation a careful annotator would give)
- `check`    checks a page against its truth: every truth text is printed in order, every printed
             character is in the truth or the furniture, the truth scores 1.0 against itself

`benchmarks/make_validation6.py` writes the tune and valid splits.
"""
