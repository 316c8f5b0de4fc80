"""A byline a reader marks by hand (a correction): besides the bylines a line prints
(`reader.page.byline.parse_byline_line`), a trailer naming the writer or a bare signed name."""

from __future__ import annotations

import re

from reader.page import rx
from reader.page.byline import Byline, parse_byline_line
from reader.page.names import may_be_name
from reader.page.people import parse_people, people_text

_WORK_WORDS = rx.compile(r"\s*(?:采访|参与|参加)?(?:整理|采写|撰稿|执笔)$")


def marked_byline(text: str) -> Byline | None:
    """The byline in a line a reader marked as the byline (a correction), or None.

    Besides the bylines `parse_byline_line` reads, a reader may mark a trailer that names the writer
    (`（本报记者X采访整理）`, `（作者为…，本报记者X整理）`) or a bare signed name (`王  浩`): the
    brackets, the work words and what comes before the last comma are dropped to find the people
    (the byline's text stays as printed), and names alone are taken without a role where they look
    like names (two or three letters, as a signed commentary's).
    """
    printed = text.strip()
    core = printed
    if core[:1] in "（(" and core[-1:] in "）)":
        core = core[1:-1].strip()
    core = re.split(r"[，,；;]", _WORK_WORDS.sub("", core))[-1].strip()
    if not core:
        return None
    found = parse_byline_line(core)
    if found is None:
        people = parse_people(core)
        if not people or any(not 2 <= len(a.name) <= 3 or not may_be_name(a.name) for a in people):
            return None
        found = Byline(people_text(people), people)
    return found if core == printed else Byline(printed, found.authors)
