"""What changed in the library's folders since it was last scanned, for the commands that do not rescan.

Opening the reader rescans the library (`Catalogue.update`); `duba search`, `kwic` and `trend` only read
it, from its snapshot, so a page edited since was searched as it was when scanned, and nothing said so
(a word appended to a page: "no occurrence"). `drift` compares every catalogued page's `stat` with the
catalogue, as a rescan does, without reading any page (~3 ms for 250 pages, a walk of the folders), and
`library_corpus` reads the pages that changed, or tells when there are too many to read here. A file a
scan found no page (`reader.archive.skipped`) is not new while it is unchanged: a binary file in a folder of
the library was read, and its warning said, by every search.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reader.archive import skipped
from reader.archive.catalogue import Catalogue
from reader.archive.scan import not_utf8, sidecar_mtime, walk

READ_AT_MOST = 200
"""Changed or new pages a search reads itself; past this it searches the library as last scanned and
says to update it (segmenting thousands of new pages takes minutes; `duba library update` uses every
core and records them, once)."""


@dataclass(slots=True)
class Drift:
    """The library's pages whose files differ from the catalogue."""

    changed: list[str] = field(default_factory=list)
    """Catalogued pages whose size or time (or sidecar's) changed: maybe edited."""
    gone: list[str] = field(default_factory=list)
    """Catalogued pages no longer there (their folder is; a folder not found keeps its pages)."""
    new: list[str] = field(default_factory=list)
    """Page files in the library's folders that it does not hold yet."""

    def __bool__(self) -> bool:
        return bool(self.changed or self.gone or self.new)


def drift(catalogue: Catalogue) -> Drift:
    """Which pages of `catalogue` differ on disk from what it recorded (a `stat` each, no page read)."""
    present = [root for root in catalogue.roots() if os.path.exists(root)]
    known = catalogue.known(present)
    no_pages = skipped.skipped_under(catalogue.db, present)
    files: dict[str, os.stat_result] = {}
    for root in present:
        files.update(walk(Path(root)))
    found = Drift()
    for path, st in files.items():
        old = known.get(path)
        if old is None:
            if no_pages.get(path) == (st.st_size, st.st_mtime_ns):
                continue  # no page, as the scan that met it said
            if not_utf8(path) is None:  # (a rescan cannot add one either, and says so)
                found.new.append(path)
        elif old[:3] != (st.st_size, st.st_mtime_ns, sidecar_mtime(path)):
            found.changed.append(path)
    found.gone = [path for path in known if path not in files]
    return found
