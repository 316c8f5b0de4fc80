"""Open pages and folders of pages: decode, segment (with an on-disk cache) and collect metadata.

`load_paths` is the one entry point the CLI and the app use. A file that cannot be read or
decoded is skipped and reported in `Corpus.errors`; the rest still opens.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from reader import paths
from reader.corrections import CorrectionStore, apply_noted
from reader.filenames import file_label, readable
from reader.fsutil import NOT_REGULAR, files_under, is_special, write_atomic
from reader.model import Article, Page, PageMeta
from reader.page.decode import DECODE_VERSION, DecodeError, read_page_noted, show_controls
from reader.page.segment import NO_TEXT, SEGMENTER_VERSION, segment
from reader.pagemeta import fill_from_path, is_real_date

Progress = Callable[[float, int], None]
"""`progress(done, total)`: `done` of `total` pages are open; a fraction (2.4) while one is segmented."""

PAGE_SUFFIXES = (".txt",)
NO_PAGE_FILES = "a folder with no page files (*.txt) in it"
"""What is said of a folder given to open that holds no page."""
META_SUFFIX = ".meta.json"


@dataclass(slots=True)
class Corpus:
    """The pages that opened, and one-line messages about files that did not."""

    pages: list[Page] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        """Every article of every page, in page order."""
        return [a for p in self.pages for a in p.articles]

    @property
    def empty_pages(self) -> list[str]:
        """One line for each page that opened but holds no articles (a blank file, a masthead only)."""
        return [why_no_articles(p) for p in self.pages if not p.articles]

    @property
    def page_warnings(self) -> list[str]:
        """One line for each warning of a page that opened with articles (lines in another encoding
        or undecodable) but that a stored correction no longer fits it (`stale`)."""
        return [f"{p.name}: {w}" for p in self.pages if p.articles for w in p.warnings if w not in p.stale]

    @property
    def stale(self) -> list[tuple[str, str]]:
        """One line for each stored correction that no longer fits its page (`Page.stale`), with what
        tells it from every other (`note_key`): a reader may keep such corrections and not be told again."""
        return [(note_key(p, w), f"{p.name}: {w}") for p in self.pages if p.articles for w in p.stale]

    @property
    def page_notes(self) -> list[tuple[str, str]]:
        """One line for each note of a page (no problem: an edited page's corrections carried over, a
        correction found by a near match), with what tells it from every other note (the page's hash
        and the note): a reader who was told it once need not be told again."""
        return [(note_key(p, n), f"{p.name}: {n}") for p in self.pages if p.articles for n in p.notes]


def note_key(page: Page, note: str) -> str:
    """What tells `note`, one of `page.notes`, from every other note (`reader.state.State.tell`): the
    page's hash and the note. The reader tells a note once; `duba segment` until the reader has."""
    return f"{page.sha} {note}"


NAMED = 3
"""How many files that gave no article `nothing_to_read` names (the rest are counted)."""


def why_no_articles(page: Page) -> str:
    """One line saying why `page`, which opened, holds no article."""
    if page.blank:
        why = f"the page is empty ({NO_TEXT})"
    elif any(warning.endswith(NO_TEXT) for warning in page.warnings):
        why = "no article, only the page's masthead lines (paper, date, page, editors)"
    else:
        why = "no article was found in its text"
    return f"{page.name}: {why}"


def by_file_name(error: str) -> str:
    """`error`, a line that opens with a file's path, naming the file by its name alone (as pages are)."""
    path, colon, rest = error.partition(": ")
    return f"{Path(path).name}{colon}{rest}" if colon and "/" in path else error


def nothing_to_read(pages: Sequence[Page], errors: Sequence[str], named: int = NAMED) -> str:
    """Why none of `pages` holds an article, file by file: the files that did not open (`errors`), then
    the pages; the first `named` are named, the rest counted ("" when there is no file to name)."""
    why = [*map(by_file_name, errors), *(why_no_articles(page) for page in pages if not page.articles)]
    said = "; ".join(why[:named])
    if len(why) > named:
        said += f"; and {len(why) - named} more"
    return said


def find_pages(targets: Sequence[Path]) -> list[Path]:
    """Expand files and folders into page files: folders give their `*.txt` files, sorted, recursively.
    A file named twice (given twice, or given and in a folder given) is one page, listed where first met."""
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            found.extend(sorted(Path(p) for p, _ in files_under(target, PAGE_SUFFIXES)))
        else:
            found.append(target)
    if len(targets) < 2:
        return found  # (one folder lists each file once)
    return _first_seen(found, set())


def _first_seen(found: Sequence[Path], seen: set[Path]) -> list[Path]:
    """The files of `found` not in `seen` (by real path), each once, where first met; `seen` takes them
    in. Not by content: two files of the same bytes are two pages, each printed where it lies."""
    unique: list[Path] = []
    for path in found:
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            unique.append(path)
    return unique


def _read_sidecar(page_path: Path) -> PageMeta | None:
    sidecar = page_path.with_name(page_path.stem + META_SUFFIX)
    if not sidecar.is_file():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    # Another tool's sidecar may hold a number for the page (`"page_no": 3`) or a list for a field
    # (`"section": ["要闻"]`): a field is text (a page also a whole number), else it is left for the
    # page and its name to fill. A list reached the sidebar's labels and the library's columns: the
    # reader closed with a traceback and no library update could finish.
    fields = {key: _text(data.get(key), number=key in ("page_no", "page")) for key in SIDECAR_FIELDS}
    editors = data.get("editors")
    fields["editors"] = [e for e in map(_text, editors) if e] if isinstance(editors, list) else []
    return PageMeta.from_dict(fields)


SIDECAR_FIELDS = ("paper", "date", "page_no", "page", "section")


def _text(value: Any, number: bool = False) -> str:
    """A sidecar value as text, control characters shown as symbols (JSON's \\u001b is an ESC too);
    "" for what is not text (or, with `number`, a whole number)."""
    if isinstance(value, str):
        return show_controls(value)
    if number and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


CACHE_NAME = f"segments-v{SEGMENTER_VERSION}.{DECODE_VERSION}"
"""The segmentation cache's folder in the user's cache folder (named after the segmenter and decoder)."""


def _cache_file(sha: str) -> Path:
    return paths.cache_dir() / CACHE_NAME / f"{sha}.json"


def cached_articles(sha: str, name: str) -> list[Article] | None:
    """The articles of the page with content hash `sha` as this duba's segmenter read them, from the
    segmentation cache (no corrections applied); None when it holds no such page."""
    cached = _load_cached(sha, name)
    return None if cached is None else cached[0]


def is_cached(sha: str) -> bool:
    """Does the segmentation cache hold the page with content hash `sha`, as this segmenter reads it?"""
    return _cache_file(sha).is_file()


def cached_count(sha: str) -> int | None:
    """How many articles `cached_articles` holds (without making them: a listing counts thousands)."""
    try:
        articles = json.loads(_cache_file(sha).read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return len(articles) if isinstance(articles, list) else None


def _load_cached(sha: str, name: str) -> tuple[list[Article], PageMeta, list[str]] | None:
    try:
        data = json.loads(_cache_file(sha).read_text(encoding="utf-8"))
        articles = [Article.from_dict(a, page=name) for a in data["articles"]]
        return articles, PageMeta.from_dict(data["meta"]), list(data.get("warnings", []))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store_cached(sha: str, articles: list[Article], meta: PageMeta, warnings: list[str]) -> None:
    target = _cache_file(sha)
    payload = {
        "articles": [a.to_dict() for a in articles],
        "meta": meta.to_dict(),
        "warnings": warnings,
    }
    # A cache: no fsync (a torn file after a power cut reads as a miss); unwritable only costs time.
    with contextlib.suppress(OSError):
        write_atomic(target, json.dumps(payload, ensure_ascii=False), durable=False)


def load_page(
    path: Path,
    use_cache: bool = True,
    corrections: bool = True,
    progress: Callable[[float], None] | None = None,
) -> Page:
    """Decode and segment one page file; raises `DecodeError` for unreadable files.

    The reader's stored corrections for the page (`reader.corrections`) are applied after
    segmentation unless `corrections` is false; the cache only ever holds the segmenter's answer.
    `progress(share)` follows the segmentation (`reader.page.segment.segment`)."""
    text, data, notes = read_page_noted(path)
    sha = hashlib.sha256(data).hexdigest()
    page_name = show_controls(file_label(path.name))  # shown by the reader and the CLI: no terminal escapes
    cached = _load_cached(sha, page_name) if use_cache else None
    if cached is None:
        result = segment(text, page_name, progress)  # (the cyclic collector paused: reader.page.segment)
        articles, found_meta, warnings = result.articles, result.meta, result.warnings
        if use_cache:
            _store_cached(sha, articles, found_meta, warnings)
    else:
        articles, found_meta, warnings = cached
    warnings = [*notes, *warnings]  # not cached: the bytes say it every time
    notes: list[str] = []
    stale: list[str] = []  # one line for each stored correction that no longer fits
    if corrections:
        record, problem = CorrectionStore().read(sha, path)
        if problem:
            warnings = [*warnings, f"corrections not applied: {problem}"]
        if record["ops"]:
            # (moved: found by a near match, the reader may want to check them)
            articles, skipped, moved = apply_noted(articles, record["ops"])
            if "from" in record:
                count, fitted = len(record["ops"]), len(record["ops"]) - len(skipped)
                if count == 1:
                    done = "its correction was applied again" if fitted else "its correction no longer fits"
                else:
                    share = "all" if fitted == count else str(fitted)
                    done = f"{share} of its {count} corrections were applied again"
                said = f"the page file changed after it was corrected: {done}"
                if fitted == count:  # (no problem: the page reads as the reader corrected it)
                    notes, moved = [*notes, "; ".join([said, *moved])], []  # one notice, not two
                else:  # (one line per skipped correction: the reader counts them by their lines)
                    skipped = [f"{said}; {skipped[0]}", *skipped[1:]]
            notes = [*notes, *moved]
            stale = list(skipped)
            warnings = [*warnings, *stale]
    meta = _read_sidecar(path) or PageMeta()
    # What the page itself prints fills what the sidecar leaves empty.
    for name in ("paper", "date", "page_no", "section"):
        if not getattr(meta, name):
            value = getattr(found_meta, name)
            if name == "date" and not is_real_date(value):
                value = ""  # (a running head's 2月30日, an OCR slip: the file's names date the page)
            setattr(meta, name, value)
    if not meta.editors:
        meta.editors = list(found_meta.editors)
    if not meta.labels:
        meta.labels = list(found_meta.labels)
    fill_from_path(meta, path)  # last: what the file and folder names say
    return Page(
        path=str(path),
        name=page_name,
        sha=sha,
        meta=meta,
        articles=articles,
        warnings=warnings,
        notes=notes,
        blank=not text.strip(),
        stale=stale,
    )


def _within(progress: Progress, before: int, total: int, share: float) -> None:
    progress(before + share, total)


def load_paths(targets: Sequence[Path], progress: Progress | None = None, use_cache: bool = True) -> Corpus:
    """Open every page under `targets`; `progress(done, total)` is called after each file, and with a
    fraction of a page while one is segmented (a single page of several MB takes seconds)."""
    corpus = Corpus()
    files: list[Path] = []
    seen: set[Path] = set()  # (a file named twice is read once: `find_pages` lists it so)
    for target in targets:
        found = find_pages([target])
        files.extend(_first_seen(found, seen))
        if not target.exists():
            corpus.errors.append(show_controls(readable(f"{target}: no such file or folder")))
        elif is_special(target):
            corpus.errors.append(show_controls(readable(f"{target}: {NOT_REGULAR}")))
        elif not found:  # a folder with no page in it (else the reader said "no articles", not why)
            corpus.errors.append(show_controls(readable(f"{target}: {NO_PAGE_FILES}")))
    files = [f for f in files if f.is_file()]
    for done, file in enumerate(files, start=1):
        within = None
        if progress is not None:
            within = partial(_within, progress, done - 1, len(files))
            within(0.0)  # a bar from the start, not one that does not know yet
        try:
            corpus.pages.append(load_page(file, use_cache=use_cache, progress=within))
        except DecodeError as exc:
            corpus.errors.append(show_controls(readable(str(exc))))  # names the file: shown by the reader
        if progress is not None:
            progress(done, len(files))
    return corpus
