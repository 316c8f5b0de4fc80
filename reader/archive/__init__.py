"""The archive: the catalogue of the user's library (SQLite), its snapshot, browsing by date and
page, and finding a moved page again.

Headless: nothing here imports Textual or Rich.
"""
