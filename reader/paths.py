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


def project_root() -> Path:
    """The checkout the package lives in (duba is installed editable from its repository)."""
    return Path(__file__).resolve().parent.parent


def bundled_corpus() -> Path:
    """The `corpus/` folder that `duba` opens when given no path."""
    return project_root() / "corpus"


def styles_dir() -> Path:
    """The `styles/` folder of Textual CSS."""
    return project_root() / "styles"
