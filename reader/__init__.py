"""duba (读报): read, search and quote Chinese newspaper pages from a terminal."""

__version__ = "0.1.0"
