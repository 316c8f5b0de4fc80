"""The archive: page metadata from every source, and the catalogue of the user's library (SQLite).

Headless: nothing here imports Textual or Rich.
"""
