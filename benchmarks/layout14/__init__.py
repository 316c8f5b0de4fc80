"""layout14: a layout program that prints real article texts as raw extracted newspaper pages.

Written blind (from the issue's list of conventions, the bundled page and its truth format only).
`texts` reads the stories (2026 Markdown articles and the January 1998 People's Daily), `typeset`
cuts text into column lines, `page` lays a page out and writes its truth. Rates: README.md.
"""
