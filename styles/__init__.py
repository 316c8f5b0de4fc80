"""Textual CSS of the reader, shipped inside the package as `reader.styles` (see reader/paths.py)."""
