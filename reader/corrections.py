"""A reader's corrections to a page's segmentation, stored per page and applied on every load.

Real pages always leave the segmenter some errors. A correction is one of four operations, each
recorded by the text it concerns rather than by an article's position or id, so it still finds its
place when the segmentation around it changes (a new segmenter version, another correction):

- `join`: join an article with the one before it (the earlier one's title fields win; what it
  lacks is taken from the later one, and the later one's other title lines open its paragraphs);
- `split`: start a new article at a paragraph;
- `role`: make a paragraph, the opening characters of one (a "line"), or one of the article's
  title fields the headline, kicker, subtitle or byline. The text the role held before takes the
  place the new text left, so nothing is ever lost; a headline or kicker taken from the middle
  of an article starts a new article there;
- `join_titles`: join two title lines the segmenter read as two fields (a headline printed over two
  lines at the column width, read as kicker `贵州加强和` + headline `改进临时救助工作`) into one
  headline: the kicker or a subtitle with the headline next to it (or a kicker with a subtitle when
  there is no headline), as a wrapped line (no space between CJK) or with a space (a two-part title);
- `split_title`: the reverse: part a title field at a character; the part above the point becomes
  a title field above it (a kicker from the headline), or the part below one below it (a subtitle);
- undo: drop the last operation.

Corrections live in the user data folder (`reader.paths.data_dir()/corrections/SHA.json`, SHA the
page file's content hash), one JSON file per page, written atomically (`reader.fsutil.write_atomic`).
They are applied after segmentation and never stored in the segmentation cache, so the cache always
holds the segmenter's own answer. An operation that no longer finds its text is
skipped with a warning; the rest still apply.

A page file edited after it was corrected (an OCR slip fixed by hand) has a new hash. So that its
corrections are not lost, each file also records where its page was (`corrections/paths/KEY`, KEY a
hash of the page's full path, holding the page's last corrected hash): a page with no corrections of
its own takes those of the earlier version at its path, with a warning that says so, and the next
correction stores them under the new hash together with the new one. Reading a page never writes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from reader import paths
from reader.fsutil import write_atomic
from reader.model import Article, article_id

VERSION = 1
ROLES = ("headline", "kicker", "subtitle", "byline")
Role = Literal["headline", "kicker", "subtitle", "byline"]
STACK = ("kicker", "headline", "subtitle", "byline")
"""The title fields as printed, top to bottom."""
TITLE_LINES = STACK[:3]
"""The title fields that are title lines, and can be joined."""
QUOTE = 40
"""Characters of a paragraph's opening kept to find it again."""


class CorrectionError(ValueError):
    """An operation that does not fit the page (no previous article, no such paragraph, …)."""


# -- operations, described by text ---------------------------------------------------------------


def _opening(text: str) -> str:
    return text[:QUOTE]


def _article_key(article: Article) -> dict[str, str]:
    """What identifies an article in an operation: its body's opening, else its headline or kicker."""
    if article.paragraphs:
        return {"body": _opening(article.paragraphs[0])}
    for name in ("headline", "kicker", "subtitle", "byline"):
        value = getattr(article, name)
        if value:
            return {name: value}
    raise CorrectionError("an empty article cannot be referred to")


def _find_article(articles: list[Article], key: dict[str, str]) -> int:
    for i, article in enumerate(articles):
        if "body" in key:
            if article.paragraphs and article.paragraphs[0].startswith(key["body"]):
                return i
        else:
            ((name, value),) = key.items()
            if name in ROLES and not article.paragraphs and getattr(article, name) == value:
                return i
    raise CorrectionError(f"article {key} is not on the page any more")


def _find_paragraph(articles: list[Article], opening: str) -> tuple[int, int]:
    for i, article in enumerate(articles):
        for j, paragraph in enumerate(article.paragraphs):
            if paragraph.startswith(opening):
                return i, j
    raise CorrectionError(f"paragraph {opening!r} is not on the page any more")


def join_op(articles: list[Article], index: int) -> dict[str, Any]:
    """The operation joining `articles[index]` with the article before it."""
    if not 0 < index < len(articles):
        raise CorrectionError("there is no previous article to join with")
    return {"op": "join", "article": _article_key(articles[index])}


def split_op(articles: list[Article], index: int, paragraph: int) -> dict[str, Any]:
    """The operation starting a new article at paragraph `paragraph` of `articles[index]`."""
    article = articles[index]
    if not 0 < paragraph < len(article.paragraphs):
        raise CorrectionError("split at a paragraph after the first")
    return {"op": "split", "paragraph": _opening(article.paragraphs[paragraph])}


def role_op(
    articles: list[Article],
    index: int,
    role: Role,
    paragraph: int | None = None,
    field: Role | None = None,
    length: int | None = None,
) -> dict[str, Any]:
    """The operation making a paragraph (or its first `length` characters, a line) or a title field
    of `articles[index]` the article's `role`."""
    if role not in ROLES:
        raise CorrectionError(f"role must be one of {', '.join(ROLES)}")
    article = articles[index]
    if field is not None:
        value = getattr(article, field, None)
        if field not in ROLES or not value:
            raise CorrectionError(f"the article has no {field}")
        return {"op": "role", "role": role, "field": field, "article": _article_key(article), "text": value}
    if paragraph is None or not 0 <= paragraph < len(article.paragraphs):
        raise CorrectionError("no such paragraph")
    text = article.paragraphs[paragraph]
    if length is not None and not 0 < length <= len(text):
        raise CorrectionError("a line is part of its paragraph")
    return {"op": "role", "role": role, "paragraph": _opening(text), "length": length}


def title_pair(article: Article, field: str) -> tuple[str, str] | None:
    """The two title lines (upper field, lower field) that joining `field` of `article` joins: `field`
    with the next title line under it, else with the one above it; None when it has no neighbour."""
    if field not in TITLE_LINES or not getattr(article, field):
        return None
    present = [name for name in TITLE_LINES if getattr(article, name)]
    at = present.index(field)
    if at + 1 < len(present):
        return field, present[at + 1]
    if at > 0:
        return present[at - 1], field
    return None


def joined_title(upper: str, lower: str, space: bool) -> str:
    """Two title lines as one: as a line wrapped at the column (no space, but one between two Latin
    words or numbers), or with one `space`, as a two-part title is kept (`村里游客多 村民腰包鼓`)."""
    upper, lower = upper.strip(), lower.strip()
    latin = upper[-1:].isascii() and upper[-1:].isalnum() and lower[:1].isascii() and lower[:1].isalnum()
    return upper + (" " if space or latin else "") + lower


def join_titles_op(articles: list[Article], index: int, field: Role, space: bool = False) -> dict[str, Any]:
    """The operation joining title field `field` of `articles[index]` with its neighbour (`title_pair`)
    into one headline, with a space or without (`joined_title`)."""
    article = articles[index]
    pair = title_pair(article, field)
    if pair is None:
        raise CorrectionError(f"the article has no title line next to its {field} to join it with")
    upper, lower = pair
    return {
        "op": "join_titles",
        "article": _article_key(article),
        "upper": upper,
        "lower": lower,
        "texts": [getattr(article, upper), getattr(article, lower)],
        "space": space,
    }


def split_title_op(articles: list[Article], index: int, field: Role, at: int, role: Role) -> dict[str, Any]:
    """The operation parting title field `field` of `articles[index]` after its first `at` characters:
    when `role` is printed above `field` (a kicker above the headline) the first part becomes `role`
    and the rest stays; when below (a subtitle), the rest becomes `role` and the first part stays."""
    article = articles[index]
    problem = split_problem(article, field, at, role)
    if problem is not None:
        raise CorrectionError(problem)
    return {
        "op": "split_title",
        "article": _article_key(article),
        "field": field,
        "text": getattr(article, field),
        "at": at,
        "role": role,
    }


def split_problem(article: Article, field: str, at: int, role: str) -> str | None:
    """Why title field `field` of `article` cannot be parted after its first `at` characters into it
    and `role` (`split_title_op`), or None when it can."""
    text = getattr(article, field) if field in STACK else None
    if not text:
        return f"the article has no {field}"
    if role not in STACK or role == field:
        return f"a {field} is parted into two title fields"
    if getattr(article, role):
        return f"the article has a {role} already: make it something else first"
    if not isinstance(at, int) or not 0 < at < len(text) or not text[:at].strip() or not text[at:].strip():
        return "part the title between two of its characters"
    return None


# -- applying operations --------------------------------------------------------------------------


def _refresh(article: Article) -> Article:
    article.id = article_id(article.paragraphs, article.headline)
    article.corrected = True
    return article


def _parse_byline(text: str) -> tuple[str, list]:
    from reader.page.byline import marked_byline

    found = marked_byline(text)
    return (found.text, found.authors) if found else (text, [])


def _set(article: Article, role: str, value: str | None) -> str | None:
    """Put `value` in `role`; returns what the role held."""
    old = getattr(article, role)
    if role == "byline":
        if value is None:
            article.byline, article.authors = None, []
        else:
            article.byline, article.authors = _parse_byline(value)
    else:
        setattr(article, role, value)
    return old


def _apply(articles: list[Article], op: dict[str, Any]) -> list[Article]:
    kind = op.get("op")
    out = [replace(a, paragraphs=list(a.paragraphs), authors=list(a.authors)) for a in articles]
    if kind == "join":
        i = _find_article(out, op["article"])
        if i == 0:
            raise CorrectionError("the first article has no previous one")
        first, second = out[i - 1], out[i]
        kept: list[str] = []  # the later article's title lines the earlier one has: they stay as text
        for name in ("kicker", "headline", "subtitle"):
            value = getattr(second, name)
            if not getattr(first, name):
                setattr(first, name, value)
            elif value:
                kept.append(value)
        if not first.byline and second.byline:
            first.byline, first.authors = second.byline, list(second.authors)
        elif second.byline:
            kept.append(second.byline)
        if second.kind == "article":
            first.kind = "article"
        first.paragraphs.extend([*kept, *second.paragraphs])
        out[i - 1 : i + 1] = [_refresh(first)]
        return out
    if kind == "split":
        i, j = _find_paragraph(out, op["paragraph"])
        if j == 0:
            raise CorrectionError("the paragraph already starts its article")
        out[i : i + 1] = _split(out[i], j)
        return out
    if kind == "role":
        role = op.get("role")
        if role not in ROLES:
            raise CorrectionError(f"unknown role {role!r}")
        if "field" in op:
            i = _find_article(out, op["article"])
            article = out[i]
            if getattr(article, op["field"]) != op["text"]:
                raise CorrectionError(f"the {op['field']} is no longer {op['text']!r}")
            if op["field"] != role:
                _set(article, op["field"], _set(article, role, op["text"]))
            out[i] = _refresh(article)
            return out
        i, j = _find_paragraph(out, op["paragraph"])
        if j > 0 and role in ("headline", "kicker"):
            out[i : i + 1] = _split(out[i], j)
            i, j = i + 1, 0
        article = out[i]
        text = article.paragraphs[j]
        length = op.get("length")
        taken, rest = (text, "") if length is None else (text[:length].strip(), text[length:].strip())
        old = _set(article, role, taken)
        article.paragraphs[j : j + 1] = [p for p in (old, rest) if p]
        out[i] = _refresh(article)
        return out
    if kind in ("join_titles", "split_title"):
        i = _find_article(out, op["article"])
        out[i] = _refresh(_join_titles(out[i], op) if kind == "join_titles" else _split_title(out[i], op))
        return out
    raise CorrectionError(f"unknown operation {kind!r}")


def _join_titles(article: Article, op: dict[str, Any]) -> Article:
    upper, lower = op["upper"], op["lower"]
    if upper not in TITLE_LINES or lower not in TITLE_LINES or STACK.index(upper) >= STACK.index(lower):
        raise CorrectionError(f"cannot join a {upper} with a {lower}")
    texts = [getattr(article, upper), getattr(article, lower)]
    if texts != list(op["texts"]):
        raise CorrectionError(f"the {upper} and {lower} are no longer {op['texts']!r}")
    setattr(article, upper, None)
    setattr(article, lower, None)
    article.headline = joined_title(texts[0], texts[1], bool(op.get("space")))
    return article


def _split_title(article: Article, op: dict[str, Any]) -> Article:
    field, role, at, text = op["field"], op["role"], op["at"], op["text"]
    if field in STACK and getattr(article, field) != text:
        raise CorrectionError(f"the {field} is no longer {text!r}")
    problem = split_problem(article, field, at, role)
    if problem is not None:
        raise CorrectionError(problem)
    first, rest = text[:at].strip(), text[at:].strip()
    above = STACK.index(role) < STACK.index(field)
    _set(article, field, rest if above else first)
    _set(article, role, first if above else rest)
    return article


def _split(article: Article, at: int) -> list[Article]:
    head = replace(article, paragraphs=article.paragraphs[:at], authors=list(article.authors))
    tail = Article(id="", kind="article", paragraphs=article.paragraphs[at:], page=article.page)
    return [_refresh(head), _refresh(tail)]


def apply(articles: list[Article], ops: list[dict[str, Any]]) -> tuple[list[Article], list[str]]:
    """The articles with every operation applied in order, and a warning for each that no longer fits."""
    warnings: list[str] = []
    for n, op in enumerate(ops, start=1):
        if not isinstance(op, dict):  # a file edited by hand
            warnings.append(f"correction {n} skipped: not an operation ({op!r:.40})")
            continue
        try:
            articles = _apply(articles, op)
        except (CorrectionError, KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            warnings.append(f"correction {n} ({op.get('op')}) skipped: {exc}")
    return articles, warnings


# -- storage --------------------------------------------------------------------------------------


def _hexadecimal(text: str) -> bool:
    """Is `text` a non-empty run of lower-case hex digits (a content hash, as files are named)?"""
    return bool(text) and all(c in "0123456789abcdef" for c in text)


class CorrectionStore:
    """Per-page correction files in the user data folder (or `folder`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.data_dir() / "corrections"

    def _file(self, sha: str) -> Path:
        if not _hexadecimal(sha):
            raise CorrectionError("a page is identified by its content hash")
        return self.folder / f"{sha}.json"

    def read(self, sha: str, path: str | Path | None = None) -> tuple[dict[str, Any], str]:
        """The stored record of a page (`{"version", "sha", "page", "ops"}`), empty when none, and
        what is wrong with its file ("" when nothing: no file is no fault).

        With the page's `path`, a page that has no record of its own gets the record of the version
        last corrected at that path (the file was edited since), marked `"from": THAT_SHA`."""
        record, problem = self._read(sha)
        if record["ops"] or problem or path is None:
            return record, problem
        earlier = self._pointed(path)
        if earlier is None or earlier == sha:
            return record, problem
        found, problem = self._read(earlier)
        if not found["ops"]:
            return record, problem
        return {**found, "sha": sha, "from": earlier}, problem

    def _read(self, sha: str) -> tuple[dict[str, Any], str]:
        empty = {"version": VERSION, "sha": sha, "page": "", "ops": []}
        target = self._file(sha)
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return empty, ""
        except OSError as exc:
            return empty, f"{target}: cannot be read ({exc.strerror or exc})"
        except ValueError as exc:
            return empty, f"{target}: not a corrections file ({exc})"
        if isinstance(data, dict) and isinstance(data.get("ops"), list):
            return data, ""
        return empty, f"{target}: not a corrections file (no list of ops)"

    def _pointer(self, path: str | Path) -> Path:
        where = str(Path(path).resolve())
        return (
            self.folder / "paths" / hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        )

    def _pointed(self, path: str | Path) -> str | None:
        """The content hash of the page last corrected at `path`, if any."""
        try:
            sha = self._pointer(path).read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return None
        return sha if len(sha) == 64 and _hexadecimal(sha) else None

    def load(self, sha: str, path: str | Path | None = None) -> dict[str, Any]:
        """The stored record of a page (`{"version", "sha", "page", "ops"}`); empty when none (`read`)."""
        return self.read(sha, path)[0]

    def ops(self, sha: str, path: str | Path | None = None) -> list[dict[str, Any]]:
        """The operations stored for a page, oldest first (`read`)."""
        return list(self.load(sha, path)["ops"])

    def _writable(self, page: Any) -> dict[str, Any]:
        """The record to change; raises CorrectionError when the page's file cannot be read, so that
        storing a new correction never replaces corrections that are there but damaged."""
        record, problem = self.read(page.sha, page.path or None)
        if problem:
            raise CorrectionError(
                f"{problem}. It was left as it is: repair or remove it to correct this page."
            )
        return record

    def _save(self, record: dict[str, Any], path: str | Path | None) -> None:
        record.pop("from", None)
        target = self._file(record["sha"])
        target.parent.mkdir(parents=True, exist_ok=True)
        if path:
            # Where the page is, so that its corrections outlive an edit of the file (see the module).
            pointer = self._pointer(path)
            pointer.parent.mkdir(exist_ok=True)
            write_atomic(pointer, record["sha"] + "\n")
        if not record["ops"]:
            target.unlink(missing_ok=True)
            return
        write_atomic(target, json.dumps(record, ensure_ascii=False, indent=1))

    def add(self, page: Any, op: dict[str, Any]) -> list[Article]:
        """Apply `op` to `page` (a `reader.model.Page`), store it, and return the new articles.

        Raises `CorrectionError` (and stores nothing) when the operation does not fit the page."""
        record = self._writable(page)
        articles = _apply(page.articles, op)
        record.update(page=page.name, ops=[*record["ops"], op])
        self._save(record, page.path)
        page.articles = articles
        return articles

    def join(self, page: Any, index: int) -> list[Article]:
        """Join article `index` of `page` with the one before it."""
        return self.add(page, join_op(page.articles, index))

    def split(self, page: Any, index: int, paragraph: int) -> list[Article]:
        """Start a new article at paragraph `paragraph` of article `index`."""
        return self.add(page, split_op(page.articles, index, paragraph))

    def set_role(self, page: Any, index: int, role: Role, **where: Any) -> list[Article]:
        """Make a paragraph, line or title field of article `index` its `role` (see `role_op`)."""
        return self.add(page, role_op(page.articles, index, role, **where))

    def join_titles(self, page: Any, index: int, field: Role, space: bool = False) -> list[Article]:
        """Join title field `field` of article `index` with its neighbour into one headline."""
        return self.add(page, join_titles_op(page.articles, index, field, space))

    def split_title(self, page: Any, index: int, field: Role, at: int, role: Role) -> list[Article]:
        """Part title field `field` of article `index` at `at` into it and `role` (`split_title_op`)."""
        return self.add(page, split_title_op(page.articles, index, field, at, role))

    def undo(self, page: Any, segmented: list[Article]) -> dict[str, Any] | None:
        """Drop the page's last operation; `segmented` is the page as the segmenter gave it (before
        corrections). Returns the dropped operation, or None when there was none."""
        record = self._writable(page)
        if not record["ops"]:
            return None
        dropped = record["ops"].pop()
        self._save(record, page.path)
        page.articles, _ = apply(segmented, record["ops"])
        return dropped

    def export(self, problems: list[str] | None = None) -> dict[str, Any]:
        """Every page's corrections: `{"version": 1, "pages": [{"sha", "page", "ops"}, …]}`; a file that
        cannot be read is left out and said in `problems`."""
        pages = []
        if self.folder.is_dir():
            for file in sorted(self.folder.glob("*.json")):
                try:
                    record, problem = self._read(file.stem)
                except CorrectionError:
                    continue  # not named by a content hash: not ours
                if problem and problems is not None:
                    problems.append(problem)
                if record["ops"]:
                    pages.append({"sha": file.stem, "page": record.get("page", ""), "ops": record["ops"]})
        return {"version": VERSION, "pages": pages}
