"""Layout8: a blind layout program of a city daily's pages (see README.md)."""
