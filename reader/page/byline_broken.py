"""A dateline broken over two paragraphs: `本报北京3月9日电` set alone, its bracket naming the reporters
(`（记者 张三）…`) opening the paragraph under it, where the extraction left a blank line between them."""

from __future__ import annotations

import re

from reader.page.byline import Byline, parse_people, split_dateline

# a bracket opening a paragraph (`（记者 张三 李四）今天…`)
_OPENING_BRACKET = re.compile(r"[（(](?P<inner>[^（）()\n]{1,40})[）)]")


def dateline_at(paras: list[str], k: int) -> tuple[Byline, str] | None:
    """The dateline opening paragraph `k` and the rest of it (`split_dateline`), or None. Where the
    paragraph is a dateline alone naming no one and the next one opens with a bracket naming people by
    their role, the two are one dateline set apart by a blank line: the bracket is its, and the next
    paragraph is emptied (its text after the bracket becomes the rest). On the laid-out pages of the
    non-blind sets, such a bracket under a dateline alone (tight or after a blank) named that story's
    reporters 260 times of 262 (fifteen sets; the other two on one program's pages)."""
    found = split_dateline(paras[k])
    if found is None or found[0].authors or found[1].strip() or k + 1 >= len(paras):
        return found
    bracket = _OPENING_BRACKET.match(paras[k + 1])
    people = parse_people(bracket.group("inner"), bracketed=True) if bracket else None
    if not people or not all(a.role for a in people):
        return found
    joined = split_dateline(paras[k].rstrip() + paras[k + 1])
    if joined is None or not joined[0].authors:
        return found
    paras[k + 1] = ""
    return joined
