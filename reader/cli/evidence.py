"""What the evidence words of `duba segment --explain` mean, for the legend under its table.

Each word is a feature the segmenter measured on a unit (`reader.page.measure`, `units`, `stacks`,
`cohesion`, `photos`, …); `reader.page.weights` says what each weighs for each role, and the table
prints what it gave the role chosen. The legend lists the words a page's table uses, each with what it
observed, in the reader's terms (a column, a title line, a credit), not the code's. Every feature
`reader.page.weights` weighs needs its meaning here: tests/test_evidence_legend.py fails otherwise.
"""

from __future__ import annotations

AFTER_LABELLING = frozenset({"names_title", "story_part"})
"""Marks set on a unit after the labelling (`reader.page.photoheads`, `reader.page.parts`): they weigh
nothing in it, but say why the unit's item changed; the table prints them by their word alone."""

MEANINGS: dict[str, str] = {
    # the unit's own shape
    "lines1": "one line",
    "lines2": "two or three lines",
    "lines4+": "four lines or more: text, not a title",
    "short": "one line at most half the column wide",
    "tiny": "three characters or fewer: a name or a place, rarely a whole headline",
    "tag_word": "two characters alone: a section's tag over a subhead",
    "full_line": "one line as wide as the column that breaks off mid-sentence",
    "wide": "sentences set wider than the column: a caption across columns",
    "very_wide": "one line about twice the column or wider",
    "wide_title": "a wide line with no sentence in it: a title set across columns",
    "over_column": "a line wider than the column with no sentence end: set as a title",
    "long_text": "80 characters or more",
    "no_words": "one line without two ideographs together (a rule, a mark)",
    "indented": "opens with a paragraph's indent",
    "next_full": "the next block goes on at full width: a column's end inside text",
    "runs_into": "as wide as the column, over text opening with a letter and a comma: the word goes on there",
    "column_changes": "the texts above and below are set in different columns",
    # punctuation
    "ends_stop": "ends where a sentence ends (。！？, or a note in brackets)",
    "ends_comma": "ends with a comma or another mark that goes on",
    "inner_stop": "a sentence ends inside it: text, not a title",
    "starts_closer": "opens with a closing mark or a comma: text going on",
    "question": "ends with a question mark",
    "no_punct": "no punctuation at all",
    "dash_lead": "opens with a dash (——): a subtitle",
    "dash_tail": "ends with a dash (——): a kicker",
    "dash_over_text": "a dashed line between finished text and more text: a subhead",
    "attribution": "a dash and a name or source (——编者, ——摘自…): who wrote the text above",
    "two_part": "two phrases set apart by spaces: a two-part headline",
    "parts_over_title": "two phrases set apart by spaces, right over a title line of one: a kicker",
    "column_tag": "ends with a column's name in brackets (…（经济聚焦））",
    "dated_bracket": "ends with a date or an hour in brackets: a forecast's or a table's heading",
    "genre": "names its genre (…侧记, …述评, 专访…): a subtitle",
    "bracket_label": "opens with 【: a label over text, never a title",
    "address": "holds an e-mail address: a column's address, never a title",
    "field_label": "a short label and value (地点：X): a line of a list, not a title",
    "enum": "opens with a number or an ordinal (一、 1.): a subhead",
    "marker": "opens with a mark (■ ● ◆): a subhead or a byline, the names decide",
    "trailer": "a note in brackets at a text's end ((作者为…) (X参与采写))",
    "drawn": "a cartoon's credit (X绘, 漫画：X): a line of the text it illustrates",
    "signature": "a writer's place and name (a letter's signature): closes a text",
    # people and places
    "byline_role": "a reporter's role word and names (本报记者 X, 通讯员 Y)",
    "byline_names": "names of people",
    "pen_name": "two or three letters under a finished text, no dictionary word: a pen name signing it",
    "surnamed": "a name that opens with a surname",
    "unsurnamed": "names alone, none opening with a surname (破  题): more likely a part's label",
    "name_spaced": "a two-character name spaced out (王  五)",
    "dateline": "opens with a dateline (本报北京1月1日电, 新华社…电): text",
    # pictures
    "caption_start": "opens as a caption (图①, 图为, 上图, 左图…)",
    "credit": "a photo credit (X摄, 新华社发, 供图)",
    "credit_end": "closes with a photo credit: a caption",
    "marked_credit_end": "closes with a credit of the paper's own reporter (■ 本报记者 X)",
    "dated_credit": "a dateline and a credit: a news photo's caption",
    "credit_under_caption": "a credit line under a caption",
    "over_credit": "right over a credit line",
    "wide_over_credit": "set wider than the column over a credit line: a caption",
    "block_over_credit": "a paragraph of its own over a credit line",
    "flush_over_credit": "set without indent over a credit line, on an indented page: a caption",
    "caption_head": "a caption's first part, broken off at a column's end",
    "caption_goes_on": "the rest of a caption broken off at a column's end",
    "text_past_photo": "a sentence broken off over a photo set into its column, going on under it: text",
    "table": "rows of a table's cells, figures in them: a story's text",
    "over_picture": "a title right over a caption that its credit closes",
    "titles_photo": "a title over a photo's caption and credit, a new title after them",
    "names_photo": "the title of the photo whose captions are under it",
    "titled_caption": "a caption under a photo's own title",
    "untied": "a caption sharing no words with the text on either side",
    "picture_apart": "a caption set apart from the text by a blank line",
    "picture_in_flow": "a caption in the text's flow, no blank line",
    "column_caption_top": "a caption opening the page, set in the text's column",
    "top_over_byline": "a caption opening the page, over the byline of the story under it",
    "photos_over_byline": "captions right over a byline",
    "framed_with_byline": "captions set tight with a byline",
    "tells_above": "a caption sharing words with the text above it: that story's photo",
    "names_title": "a photo read alone whose caption names what the title beside it names: that story's",
    "story_part": "a part's heading or reporter under an editor's note (——编者): the story goes on",
    # boxes
    "box": "opens as a box (核心阅读, 编者按, 记者手记…)",
    "box_title": "a box's title alone on its line",
    "box_opening": "a box that opens a story (核心阅读, 编者按): over the text",
    "box_inside": "a box that sits inside a story's text (记者手记…)",
    "over_box": "right over a box that sits inside a text",
    "note_title": "the title (编者按) of an editor's note standing alone between stories: its headline",
    "note_end": "the editors' signature (——编者) closing a note that stands alone: its text ends here",
    # a title's neighbours
    "under_title": "right under a title line, no blank between",
    "flush_under_title": "set flush under a headline closed by its column's tag, over an indented paragraph",
    "longer_than_next": "longer than the title line under it: a kicker",
    "shorter_than_prev": "shorter than the title line above it",
    "over_shorter": "over a title line shorter by an eighth or more: a kicker",
    "under_longer": "under a title line longer by a seventh or more",
    "names_person": "under a title line, closes on a person's post and name: an interview's subtitle",
    "figures_under": "under a title line with no figure, gives one in digits: a news headline's subtitle",
    "lists_under": "under a title line listing nothing, lists things (、): a news headline's subtitle",
    "wrapped": "two lines of one title, wrapped at the column's edge",
    "column_wrap": "a subhead set in the body's column, wrapped at its edge",
    "set_apart": "blank lines above and below, on a page whose paragraphs run on",
    "in_flow": "no blank line above or below: a subhead in the text",
    "apart_below": "a wide gap under it: the end of a heading",
    "apart_above": "a wide gap over it: not the subtitle of the title above",
    "gap_above": "editor credits or a running head right above it: not a subhead",
    "over_untagged": "a title tagged with its column over an untagged one: no kicker",
    "over_dash": "over a dashed subtitle: a headline",
    "tells_not": "a stacked title line whose words the text under it never uses",
    "under_question": "right under a one-line question inside a text",
    "set_under_question": "set as a heading right under a one-line question inside a text",
    "asks_over_byline": "a question right over a byline or dateline: a headline",
    "run_in": "a brief item's title cut off the text it ran into",
    "under_brief": "a title line right under a brief item: the next story's",
    # what the texts around say
    "same_story": "the texts above and below share many words: one story, a subhead",
    "names_nothing": "between two parts of one story, its words nowhere in the text under it: a part's title",
    "new_story": "the texts above and below share few words: two stories, a headline",
    "lone_title": "the only title line between two stories: a headline",
    "ends_story": "shares words with the text above only: closes that story",
    "opens_story": "shares words with the text below only: opens that story",
    "leans_up": "its words are the text above's only: at a tie, that story's headline",
    "sibling": "a title like the subheads around it, in one story",
    "heads_after": "a title closing a text and naming it: the heading of a story printed after its text",
    "text_ends": "a text under which another story's text goes on: their words part",
    "heads_below": "a subhead-like line whose texts above and below part: the headline of the story under it",
}
"""Evidence word → what it observed (in the reader's terms)."""


def meaning(word: str) -> str:
    """What evidence word `word` observed; for a word not described here, where to look."""
    return MEANINGS.get(word, "see reader/page/weights.py")
