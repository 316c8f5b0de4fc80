"""Where duba keeps its files: user data (bookmarks, reading state), cache, config, bundled corpus."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir

APP = "duba"


def data_dir() -> Path:
    """User data folder; `DUBA_DATA_DIR` overrides it (tests use a temporary one)."""
    return Path(os.environ.get("DUBA_DATA_DIR") or user_data_dir(APP))


def cache_dir() -> Path:
    """Cache folder for segmentation and index caches; `DUBA_CACHE_DIR` overrides it."""
    return Path(os.environ.get("DUBA_CACHE_DIR") or user_cache_dir(APP))


def config_dir() -> Path:
    """Config folder (config.toml); `DUBA_CONFIG_DIR` overrides it."""
    return Path(os.environ.get("DUBA_CONFIG_DIR") or user_config_dir(APP))


def _package_folder(package: str) -> Path:
    # The repository's top-level styles/ and corpus/ are mapped into the package by pyproject.toml
    # (package-dir), so importlib.resources finds them in a wheel and an editable install alike.
    # pip always installs unpacked, so the resource is a real folder on disk.
    from importlib.resources import files  # (~10 ms to import: `duba segment PAGE` needs none of it)

    return Path(str(files(package)))


def bundled_corpus() -> Path:
    """The bundled pages (`corpus/` in the repository) that `duba` opens when given no path."""
    return _package_folder("reader.bundled")


def styles_dir() -> Path:
    """The Textual CSS (`styles/` in the repository)."""
    return _package_folder("reader.styles")
