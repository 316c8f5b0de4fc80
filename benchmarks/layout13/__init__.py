"""layout13: a layout program written blind — real article texts laid out as raw extracted newspaper pages.

See README.md for the conventions and their rates; `benchmarks/make_validation13.py` writes the sets.
"""

from .page import Page, build_page, build_split, load_pools

__all__ = ["Page", "build_page", "build_split", "load_pools"]
