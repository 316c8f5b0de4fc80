"""The fifth layout program: real People's Daily texts laid out as extracted pages, written blind.

`stories` parses the real texts (modern Markdown articles and the January 1998 month) into their
printed parts; `typeset` sets lines in columns; `page` draws every convention as its own seeded
random choice and builds a page with its truth; `check` verifies each truth against its page.
`benchmarks/make_validation5.py` writes the tune and valid splits.
"""
