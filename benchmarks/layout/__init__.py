"""The layout program: real article texts laid out into raw newspaper pages with their truth.

`stories` reads the real texts (People's Daily, January 1998, and committed modern Markdown);
`page` lays them out, one independent random choice per convention, seeded; `build` writes the
tuning and validation splits that `benchmarks/segment_validation.py` scores.
"""
