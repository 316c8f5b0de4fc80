"""The paper, date, page number and section of catalogued pages read again, after a change of the rules.

The catalogue records with each page the version of the rules (`reader.pagemeta.META_VERSION`) that
read its paper, date, page number and section from its sidecar, running head and names. A page is read
again when its file or sidecar changes; `rename_stale` reads again those that older rules named and
that did not change (a file `剪报.txt` was catalogued as of a paper 剪报, and stayed so), after `duba
library add` or `update`: each as when it was added, its articles from the segmentation cache where it
holds them (a read and a hash: the page is not segmented again), in worker processes for many.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.archive.records import PageRecord
from reader.archive.report import UpdateReport
from reader.archive.scan import Task, inspect_all

if TYPE_CHECKING:
    from reader.archive.catalogue import Catalogue, Progress

BATCH = 200
"""Pages written per transaction."""


def rename_stale(catalogue: Catalogue, report: UpdateReport, progress: Progress | None = None) -> None:
    """Read again the paper, date, page number and section of the pages of `catalogue` that older rules
    named; those that read otherwise now are `report.renamed`. A page changed or gone since the scan is
    left to the next update. `progress` is told (0, total) before the first page."""
    from reader.archive.catalogue import COLUMNS, meta_version

    db, version = catalogue.db, meta_version()
    rows = db.execute(f"SELECT {COLUMNS} FROM pages WHERE named != ?", (version,))
    stale = {record.path: record for record in (PageRecord(*row) for row in rows)}
    if not stale:
        return
    if progress is not None:
        progress(0, len(stale), "")
    tasks = [Task(path, record.size, 0, 0, "", True) for path, record in stale.items()]
    updates: list[tuple] = []
    for done, (task, found) in enumerate(inspect_all(tasks), start=1):
        record = stale[task.path]
        if isinstance(found, tuple) and found[0] == record.sha:
            paper, date, page_no, sort, section = found[1:6]
            updates.append((paper, date, page_no, sort, section, version, task.path))
            if (paper, date, page_no, section) != (record.paper, record.date, record.page_no, record.section):
                report.renamed.append(task.path)
        if len(updates) >= BATCH or done == len(tasks):
            with db:
                db.executemany(
                    "UPDATE pages SET paper = ?, date = ?, page_no = ?, page_sort = ?, section = ?,"
                    " named = ? WHERE path = ?",
                    updates,
                )
            updates.clear()
        if progress is not None:
            progress(done, len(tasks), task.path)
