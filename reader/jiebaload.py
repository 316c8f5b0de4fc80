"""jieba's dictionary and part-of-speech tables loaded in slices, so that the reader stays responsive.

jieba loads its prefix dictionary with one `marshal.load` (~0.2 s) and `jieba.posseg` its tables by
unmarshalling modules of a few MB (~0.1 s each). A C call like these holds the interpreter lock until
it returns, so a worker thread loading them (the reader's entity tagging) froze the screen for as long,
four times over, while a library opened. Here the same tables are kept in the cache folder as many
small pickles, each loaded on its own with the lock released in between, and handed to jieba as if it
had loaded them itself: `jieba.dt` initialized with them, and the posseg table modules in
`sys.modules` before `jieba.posseg` is imported, the collector paused meanwhile and the tables frozen
(`reader.gcpause`: they live as long as the process). The first run on a machine loads them jieba's way and
writes the slices; anything unreadable falls back to jieba's own loading.
"""

from __future__ import annotations

import contextlib
import io
import pickle
import sys
import threading
import time
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader import paths
from reader.fsutil import write_atomic
from reader.gcpause import paused

SLICE = 5000
"""Entries per pickled slice: one slice loads in a few milliseconds."""
_TABLES = ("char_state_tab", "prob_start", "prob_trans", "prob_emit")
"""jieba.posseg's table modules, each holding one dict `P`."""
_lock = threading.Lock()


def _file() -> Path:
    import jieba

    return paths.cache_dir() / f"jieba-tables-{jieba.__version__}.pickle"


def _slices(table: dict[Any, Any]) -> list[bytes]:
    items = list(table.items())
    return [pickle.dumps(items[k : k + SLICE], pickle.HIGHEST_PROTOCOL) for k in range(0, len(items), SLICE)]


def _joined(slices: Iterable[bytes]) -> dict[Any, Any]:
    table: dict[Any, Any] = {}
    for piece in slices:
        table.update(pickle.loads(piece))
        time.sleep(0)  # (the lock goes to any thread waiting for it: the UI's)
    return table


def _nested(table: dict[Any, Any]) -> dict[Any, Any]:
    """A table of tables (`prob_emit`, `prob_trans`: a dict per state) as slices per inner table."""
    return {key: _slices(inner) for key, inner in table.items()}


def _write(jieba: Any) -> None:
    """Keep jieba's loaded tables as slices (once per machine and jieba version)."""
    modules = {name: sys.modules[f"jieba.posseg.{name}"].P for name in _TABLES}
    payload = {
        "freq": _slices(jieba.dt.FREQ),
        "total": jieba.dt.total,
        "posseg": {
            name: _nested(table) if name in ("prob_emit", "prob_trans") else _slices(table)
            for name, table in modules.items()
        },
    }
    with contextlib.suppress(OSError):
        write_atomic(_file(), pickle.dumps(payload, pickle.HIGHEST_PROTOCOL), durable=False)


def _read() -> dict[str, Any] | None:
    try:
        payload = pickle.loads(_file().read_bytes())  # (slices still pickled: a copy of bytes, quick)
        if not isinstance(payload, dict) or set(payload) != {"freq", "total", "posseg"}:
            return None
        return payload
    except Exception:
        return None


def _import_posseg(jieba: Any) -> None:
    """Import `jieba.posseg`, which reads the dictionary's word tags line by line as it is imported:
    from the file, each buffer's read releases and takes back the interpreter lock, and a thread
    waiting for it never got it (~0.13 s); read from memory, it changes hands as Python code runs."""
    if "jieba.posseg" in sys.modules:
        return
    with jieba.dt.get_dict_file() as handle:
        data = handle.read()
    jieba.dt.get_dict_file = lambda: io.BytesIO(data)  # (this instance only, for this import)
    try:
        import jieba.posseg  # noqa: F401
    finally:
        del jieba.dt.get_dict_file


def load_posseg() -> None:
    """Load jieba's dictionary and `jieba.posseg` (its tables sliced when they are kept: see above).
    Safe to call from any thread, as often as wanted; afterwards `import jieba.posseg` costs nothing."""
    import jieba

    with _lock, paused(freeze=True):  # (a full collection over the tables would hold the lock too)
        if "jieba.posseg" in sys.modules and jieba.dt.initialized:
            return
        payload = _read()
        if payload is None:
            jieba.initialize()
            _import_posseg(jieba)  # (its tables jieba's own way, once)
            _write(jieba)
            return
        try:
            if not jieba.dt.initialized:
                freq = _joined(payload["freq"])
                with jieba.dt.lock:
                    if not jieba.dt.initialized:
                        jieba.dt.FREQ, jieba.dt.total = freq, payload["total"]
                        jieba.dt.initialized = True
            if "jieba.posseg" not in sys.modules:
                for name, slices in payload["posseg"].items():
                    module = types.ModuleType(f"jieba.posseg.{name}")
                    if isinstance(slices, dict):
                        module.P = {key: _joined(inner) for key, inner in slices.items()}
                    else:
                        module.P = _joined(slices)
                    sys.modules.setdefault(module.__name__, module)
        except Exception:
            jieba.initialize()
        _import_posseg(jieba)
