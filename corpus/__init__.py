"""The bundled pages that `duba` opens when given no path, shipped as `reader.bundled` (reader/paths.py)."""
