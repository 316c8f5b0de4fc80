"""Reading a page's body text across its units: how far a text goes on, and the words it holds.

A story's text is read outwards from a unit, through a paragraph's last line cut off by a column break
and through a full line broken off mid-sentence, up to `SPAN` characters (`text_from`, and `side_from`
with each unit's text kept for the next read). The words it holds are told by the pairs of ideographs
in a row (`ideograph_pairs`, a cheap stand-in for words), and two texts compared by the share of the
smaller one's pairs the other has too (`pairs_shared`). `reader.page.cohesion` compares the texts
around title lines, `reader.page.captionties` a caption's words with the stories around it, and
`reader.page.meeting` the texts across a paragraph break.
"""

from __future__ import annotations

from reader.page import rx
from reader.page.blocks import PICTURE_MARKS, Line, Unit, text_of

SPAN = 300  # characters of body text read on each side
# (one ideograph, then any more: the runs of `[…]+`, found a fifth faster, as an expression opening
# with a class of its own is searched for by it)
IDEOGRAPHS = rx.compile(r"[\u3400-\u9fff][\u3400-\u9fff]*")
# a field's label opening a line: two to four ideographs and a colon, its value after (`X人：Y`)
FIELD = rx.compile(r"([\u3400-\u9fff]{2,4})[：:]\S")
FIELD_LINE = 20  # the longest line that is a field's label and value alone
FIELD_VALUE = 8  # … and the longest value: a name (`东山村委会`), not a clause (a quote's headline)
_NOT_FIELD = frozenset({"box", "credit", "caption_start", "credit_end", "dateline"})


def ideograph_pairs(text: str) -> set[int]:
    """Every pair of ideographs in a row, as one number: the two characters' UTF-16 code units read
    together (all of them lie in the Basic Multilingual Plane, one code unit each). Read straight off
    the encoded text, pairs from even and from odd offsets, this is several times cheaper than a set
    of two-character strings or tuples, and a page compares up to a few thousand of them."""
    data = "".join(IDEOGRAPHS.findall(text)).encode("utf-16-le")  # (a third faster than sub)
    n = len(data)
    # (the pairs at even offsets, then those at odd ones, in one run of bytes: one set made, not two)
    return set(memoryview(data[: n // 4 * 4] + data[2 : 2 + (n - 2) // 4 * 4]).cast("I"))


def ideograph_run(text: str) -> str:
    """The text's ideographs run together, as `ideograph_pairs` reads its pairs off them."""
    return "".join(IDEOGRAPHS.findall(text))


def run_pairs(text: str) -> set[str]:
    """The text's pairs (`ideograph_pairs`) as strings of two ideographs."""
    run = ideograph_run(text)
    return {run[k : k + 2] for k in range(len(run) - 1)}


def pairs_in(pairs: set[str], run: str) -> int:
    """How many of a short text's `pairs` (`run_pairs`) another text holds, its ideographs run together
    (`ideograph_run`): `len(ideograph_pairs(short) & ideograph_pairs(other))`, each pair looked up in
    the run, which costs less than making the whole set of a long text's pairs to compare a few with."""
    return sum(map(run.__contains__, pairs))


def pairs_shared(a: set[int], b: set[int]) -> float:
    """The share of the smaller text's pairs (`ideograph_pairs`) that the other text has too."""
    return len(a & b) / (min(len(a), len(b)) or 1)


def is_body(unit: Unit) -> bool:
    """Body text: two lines or more, or a paragraph's first line (indented, or broken off at a
    column's end), but no caption or box."""
    f = unit.features
    return (
        (len(unit.lines) >= 2 or "indented" in f or "next_full" in f)
        and "caption_start" not in f
        and "credit_end" not in f
        and "box" not in f
    )


def goes_on(unit: Unit) -> bool:
    """Body text, or a line that finishes a sentence (a paragraph's last line cut off by a column
    break, `…运抵村里。`): no title ends with a full stop, so the text reads on through it."""
    f = unit.features
    return is_body(unit) or (
        "ends_stop" in f and "caption_start" not in f and "credit_end" not in f and "box" not in f
    )


def runs_on(pair: list[Unit]) -> bool:
    """Does the first unit's last line fill the column without finishing its sentence, and the
    second go on without opening a paragraph (a column break in the middle of a sentence)?"""
    unit, later = pair
    last = unit.lines[-1]
    return (
        not last.end
        and unit.column - 2 <= last.width <= unit.column + 2  # (a caption is set wider)
        and not unit.features.keys() & PICTURE_MARKS
        and not later.lines[0].indent
        and "dateline" not in later.features
    )


def _reads_on(units: list[Unit], k: int, step: int, started: bool) -> bool:
    """Whether the body text read outwards in direction `step` takes in units[k]: a body unit, or
    (once `started`) a text broken off at a column's end that goes on in it, whatever that looks like."""
    pair = units[k - 1 : k + 1] if step > 0 else units[k : k + 2]
    return goes_on(units[k]) or (started and runs_on(pair))


def text_from(units: list[Unit], k: int, step: int) -> str:
    """Up to `SPAN` characters of the body text from units[k] outwards in direction `step`."""
    parts: list[str] = []
    got = 0
    while 0 <= k < len(units) and got < SPAN:
        if not _reads_on(units, k, step, bool(parts)):
            break
        lines = units[k].lines
        for line in lines if step > 0 else reversed(lines):
            parts.append(line.text)
            got += len(line.text)
            if got >= SPAN:
                break
        k += step
    return "".join(parts)


def side_from(units: list[Unit], k: int, step: int, texts: dict[int, str]) -> str:
    """The last (`step` -1) or first (1) `SPAN` characters of the body text read from units[k]
    outwards, as `text_from` reads it but a unit at a time (`texts` keeps each unit's text)."""
    parts: list[str] = []
    got = 0
    while 0 <= k < len(units) and got < SPAN:
        if not _reads_on(units, k, step, bool(parts)):
            break
        text = texts.get(k)
        if text is None:
            text = texts[k] = "".join(map(text_of, units[k].lines))
        parts.append(text)
        got += len(text)
        k += step
    if step > 0:
        return "".join(parts)[:SPAN]
    return "".join(reversed(parts))[-SPAN:]


def mark_field_labels(units: list[Unit]) -> None:
    """A short line that is a field's label and its value alone (`X人：Y`, a label of two to four
    ideographs and a colon), right over a text that opens with another field's label (`X由：…`),
    is the first field of that text, as a form sets its fields one under another, not a title or
    subtitle over it (`field_label`). A box's opening (`编者按：`), a credit (`X来源：`) or a
    caption (`图为：`) under or on the line is no field. On the truths of all sets but the blind
    ones, such a line opened its story's text 66 times (on nine layout programs and the modern
    pages) and was a title never; where the text under it opens with no label, the line is a title
    (`X地：…` over a story's first paragraph: 250 headlines). All 66 are one kind of text, one
    label pair (a proposal's summary under the line naming who put it); so that a quote's headline
    (`X：a clause`) over an interview whose text opens with a speaker's label (`记者：…`) stays a
    title, the value must be short (8 characters or fewer: 71 of the 74 field lines of the truths)
    and the line's label must not come back in the text under it, as a dialogue's speakers do (it
    comes back under 1 of the 74)."""
    for k in range(len(units) - 1):
        lines = units[k].lines
        if len(lines) != 1 or len(lines[0].text) > FIELD_LINE:
            continue  # (most units: the cheap tests first)
        text = lines[0].text
        below = units[k + 1]
        field = FIELD.match(text)
        if field is None or len(below.lines) < 2 or not FIELD.match(below.lines[0].text):
            continue
        unit = units[k]
        if unit.features.keys() & _NOT_FIELD or below.features.keys() & _NOT_FIELD:
            continue
        label = field.group(1)
        if len(text[len(label) + 1 :].replace(" ", "")) > FIELD_VALUE or _label_again(units, k + 1, label):
            continue  # (a clause after the colon, or a speaker coming back: a quote over a dialogue)
        unit.features["field_label"] = 1


def _label_again(units: list[Unit], k: int, label: str) -> bool:
    """Does the text from units[k] on (up to `SPAN` characters) name `label` as a line's label, or
    any label twice, as a dialogue's speakers come back (a form names each field once)?"""
    got, names = 0, []
    while k < len(units) and got < SPAN:
        for line in units[k].lines:
            found = FIELD.match(line.text)
            if found is not None:
                names.append(found.group(1))
            got += len(line.text)
        k += 1
    return label in names or len(names) != len(set(names))


def mark_goes_on(units: list[Unit], joined: list[tuple[Line, str]]) -> None:
    """Mark what `reader.page.meeting.meeting_breaks` found, by each unit's first line: the unit over
    one opening with a line marked `goes_on` (its text reads on into the next, and no story opens
    between them, `unitends.end_kind`), and a closing title marked `heads_after` (a story's heading
    printed after its text) or `heads_below`."""
    marks = {id(line): mark for line, mark in joined}
    for above, unit in zip([None, *units], units, strict=False):
        mark = marks.get(id(unit.lines[0]))
        if mark == "goes_on" and above is not None:
            above.features["goes_on"] = 1
        elif mark is not None and mark != "goes_on":
            unit.features[mark] = 1
