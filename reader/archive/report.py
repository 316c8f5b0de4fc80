"""What `duba library add` or a rescan of the library did (`reader.archive.catalogue`): the pages added,
changed, moved and removed, the folders missing or holding no page, the files that could not be read,
and the lines a reader should hear of them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class UpdateReport:
    """What an add or a rescan did."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)
    """Modification time changed, content did not: only the time was updated."""
    moved: list[tuple[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    """Pages no longer found, dropped from the catalogue."""
    unchanged: int = 0
    missing_roots: list[str] = field(default_factory=list)
    empty_roots: list[str] = field(default_factory=list)
    """Folders scanned that hold no page file at all (`duba library add` says so)."""
    rejected: list[str] = field(default_factory=list)
    """Folders or files given to `add` in which no page could be read: not recorded in the library."""
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Files found no page (binary, empty) by an earlier scan and unchanged since: not read, not said
    again (`duba library list` names them)."""
    bytes_read: int = 0
    seconds: float = 0.0
    recounted: int = 0
    """Unchanged pages whose articles were counted again (an older segmenter had counted them)."""
    renamed: list[str] = field(default_factory=list)
    """Unchanged pages whose paper, date, page number or section this duba reads otherwise than the older
    one that catalogued them (`Catalogue.rename_stale`)."""

    def messages(self) -> list[str]:
        """One line per event a reader should hear about (moves, disappearances, unreadable files)."""
        out = [f"{old} moved to {new}" for old, new in self.moved]
        out += [
            f"{path}: no longer found; removed from the library (bookmarks kept)" for path in self.removed
        ]
        out += [f"{root}: not found; its pages are kept until it is back" for root in self.missing_roots]
        return out + self.errors

    def summary(self) -> str:
        """One line: how many pages were added, changed, moved, removed, left as they were."""
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed"]
        if self.moved:
            parts.append(f"{len(self.moved)} moved")
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        parts.append(f"{self.unchanged + len(self.touched)} unchanged")
        if self.recounted:
            parts.append(f"{self.recounted} recounted")
        if self.renamed:
            parts.append(f"{len(self.renamed)} with paper, date or page read anew")
        if self.errors:  # (binary, empty, not found: not all of them unreadable)
            parts.append(f"{len(self.errors)} skipped")
        if self.skipped:  # (said when first met)
            them = "it" if len(self.skipped) == 1 else "them"
            parts.append(f"{len(self.skipped)} skipped as before (duba library list names {them})")
        return ", ".join(parts)
