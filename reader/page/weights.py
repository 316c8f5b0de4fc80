"""The numbers of the segmenter's model: the roles a unit can take, each role's bias, the weight of every
feature for every role, and the costs of the article grammar (`reader.page.labels` uses them).

They were set by hand from layout conventions and checked on the tuning split of the laid-out
validation pages (benchmarks/segment_validation.py); `duba segment --explain` prints, for each unit,
the features that fired and what they weighed.

Whether numbers learned from the pages would do better on a layout program they never saw was asked
with benchmarks/train_weights.py, first with four programs (figures in `reader.page.labels`), then
with sixteen (ours, layouts 2-15 and the modern pages: their tune splits only, 820 pages). Each number
moved alone by 0.5 gains at most +0.0016 on the programs' mean of the six fields a reader sees, and
every page-wide one (biases, costs, `lines1`) that gains costs some program more than 0.003 on some
field. Leaving one program out in turn (16 folds: learned on the other fifteen, scored on the one left
out), a learner that takes a move only where it helps most training programs and costs none of them
0.003 on any field moves nothing; asking that majority only among the programs a move changes, the
programs left out gain +0.003 kicker on average and lose up to 0.007 (layout2's headline); on the
average alone (8 folds), +0.006 headline and +0.007 kicker, but up to 0.020 lost (layout14's
subtitle). The moves fit the programs trained on, so the numbers stay set by hand. One number, moved
in 15 of the 16 folds, helped every program left out where it changed anything and cost none: a
heading wrapped at the column's edge weighs more against body text (`column_wrap`).
"""

from __future__ import annotations

ROLES = (
    "kicker",
    "headline",
    "subtitle",
    "byline",
    "body",
    "subhead",
    "caption",
    "credit",
    "photo",
    "photo-credit",
    "photo-title",
    "box-title",
    "box-text",
)
_K, _H, _S, _B, _T, _Q, _C, _R, _P, _PR, _PT, _QX, _TX = ROLES
TITLE_ROLES = frozenset({_K, _H, _S})  # the lines of a heading, which name its story

BIAS = {
    _T: 0.0,
    _Q: -2.0,
    _H: -1.0,
    _K: -2.0,
    _S: -3.5,
    _B: -4.0,
    _C: -3.0,
    _R: -4.0,
    _P: -3.2,
    _PR: -5.0,
    _PT: -2.0,
}

# feature → {role: weight}; roles not named get 0
WEIGHTS: dict[str, dict[str, float]] = {
    "lines1": {_T: -0.5, _H: 1, _K: 1, _S: 1, _Q: 1, _B: 0.5, _R: 0.5, _PR: 0.5, _PT: 1},
    "lines2": {_H: -1.5, _K: -2, _S: -2, _Q: -2, _PT: -2, _T: 0.5, _C: 0.5, _P: 0.5, _B: -1},
    "lines4+": {_H: -6, _K: -6, _S: -6, _Q: -6, _PT: -6, _B: -6, _R: -6, _PR: -6, _T: 2, _C: 0.5, _P: 0.5},
    "ends_stop": {_H: -2.5, _K: -2.5, _S: -2, _Q: -1.5, _PT: -2, _T: 1, _C: 0.5, _P: 0.5, _B: -3},
    "question": {_Q: 3, _H: 1.5, _K: 1.5, _T: -0.5},
    "ends_comma": {_H: -4, _K: -2, _S: -4, _Q: -4, _B: -4, _PT: -4, _T: 1.5},
    "inner_stop": {_H: -3, _K: -2, _S: -2, _Q: -2.5, _PT: -3, _B: -5, _T: 1.5, _C: 0.5, _P: 0.5},
    "starts_closer": {_T: 3, _H: -3, _K: -3, _S: -3, _Q: -3, _B: -3, _C: -2, _P: -2},
    "full_line": {_T: 0.5, _H: -0.5, _K: 0.5, _Q: -1},
    "wide": {_C: 1, _P: 1, _T: -1},
    "over_credit": {_C: 1.5, _P: 1.5},
    # the head of a caption broken off at a column's end, over the rest its credit closes (`photos`)
    "caption_head": {_C: 3, _P: 3, _T: -3, _H: -3, _K: -3, _S: -3, _Q: -3, _PT: -3},
    "very_wide": {_C: 2.5, _P: 2.5, _T: -2, _H: -3, _K: -2, _S: -2},
    "wide_title": {_K: 2, _H: 3, _S: 2, _C: -2.5, _P: -2.5, _T: 1},
    "tiny": {_H: -1.5, _S: -1, _B: 0.5},
    # two ideographs alone on a line: a tag word over a subhead or a name, not a kicker (a kicker is
    # a phrase leading into the headline)
    "tag_word": {_K: -2.5},
    "short": {_H: 0.3, _Q: 0.3, _K: 1.0},
    "next_full": {_T: 3, _H: -2, _K: -2, _S: -2, _Q: -2},
    # a line as wide as its column over text opening with a letter and a clause's mark (`headingmarks`)
    "runs_into": {_T: 3, _H: -3, _K: -3, _S: -3, _Q: -3, _PT: -3},
    "long_text": {_H: -3, _K: -2, _S: -2, _Q: -3, _T: 1},
    "no_punct": {_H: 1, _K: 0.5, _S: 0.5, _Q: 0.5, _T: -1, _PT: 0.5},
    "dash_lead": {_S: 6, _T: -1, _H: -1, _K: -1, _Q: -1},
    "dash_tail": {_K: 4, _H: -1, _S: -1},
    # … but right between a finished text and a body text: an in-body subhead (`measure`)
    "dash_over_text": {_Q: 4.0, _K: -4.0, _H: -3.0, _S: -2.0, _T: -1.0},
    # a signature closing the text above (`——编  者`, `——摘自…`): no kicker or headline of what follows;
    # at -4 an editor's signature over a part's heading still read as its kicker (mod, l11 and l14)
    "attribution": {_Q: 3, _S: -3, _H: -8, _K: -8},
    # a field's label and value alone over a text that opens with another field (`bodytext`)
    "field_label": {_T: 2, _S: -3, _H: -3, _K: -3, _Q: -2},
    # a column's name closes a headline: on the helpers' truths 1,546 headlines and no kicker or subtitle
    "column_tag": {_H: 3, _K: -6, _Q: -1, _S: -6},
    # a line closed by a date or an hour in brackets: a forecast's or a table's heading, set in
    # the text it belongs to; no kicker or headline of the non-blind sets' truths ends so
    "dated_bracket": {_H: -3, _K: -5, _T: 1},
    "two_part": {_H: 2.5, _K: 0.5, _S: 0.3},
    "parts_over_title": {_K: 3.0},  # … right over one title line of one phrase: a kicker (`stacks`)
    # a reader's letter signed `place  name` (`blocks.PLACE_AND_PERSON`): its text's last line, no title
    # (nor a photo's, over a caption printed under the letter)
    "signature": {_T: 3, _H: -3, _K: -3, _S: -3, _Q: -3, _PT: -3},
    "caption_start": {_C: 6, _P: 4.5, _T: -3, _H: -3, _K: -3},
    "credit_end": {_P: 2.0, _C: 1.5, _T: -4},
    "marked_credit_end": {_P: 1.5, _C: -1},
    # (against a byline only -1.5, not -3: names alone set as a paragraph is, under the text they
    # sign, are its signature; on the helper sets, authors +.006 and +.016/+.021 on three halves,
    # headline +.011 on one; on our own sets, -.001 on one)
    "indented": {_T: 4, _H: -4, _K: -4, _S: -3, _Q: -3, _B: -1.5},
    "box_title": {_Q: 4, _H: -2, _K: -2},
    # an editor's note standing as an item of its own: its title a headline, no box's; its signature
    # the last paragraph of its text (`notes`)
    "note_title": {_H: 10, _Q: -8, _K: -6, _S: -6},
    "note_end": {_T: 4, _Q: -4},
    "credit": {_R: 6, _PR: 6, _T: -2, _H: -4, _K: -2, _Q: -2, _S: -2, _PT: -4},
    "credit_under_caption": {_PR: 1.5, _R: -1.5},
    "box": {_T: 1.5, _Q: 3, _H: -3, _K: -2},
    "marker": {_Q: 1.5, _B: 1.5, _H: -1, _K: -1},
    "enum": {_Q: 2.5, _H: -1.5, _K: -1},
    "trailer": {_T: 4, _H: -4, _K: -4, _Q: -2, _S: -3},
    # a cartoon's credit (`王五绘（新华社发）`): a line of the text it illustrates
    "drawn": {_T: 6, _H: -6, _K: -6, _S: -6, _Q: -4, _C: -4, _P: -4, _PT: -6, _B: -4},
    # an e-mail address: a column's note closing its text, never a title
    "address": {_H: -4, _K: -4, _S: -4, _PT: -4},
    # a line opening with a label in square brackets (`【要点】…`) runs in a text, never titles it
    "bracket_label": {_H: -4, _K: -4, _S: -4, _PT: -4},
    "dateline": {_T: 4, _H: -5, _K: -5, _S: -5, _Q: -5, _C: -3, _P: -3},
    "byline_role": {_B: 8, _T: -3, _H: -4, _K: -4, _S: -4, _Q: -3, _R: 1, _PR: 1},
    "byline_names": {_B: 2.5, _Q: -1},
    "name_spaced": {_B: 2.5, _H: -1, _K: -1},
    "wide_over_credit": {_C: 2, _P: 3, _T: -2},
    "block_over_credit": {_C: 1.0, _P: 1.0, _T: -2.0},  # a short paragraph whose credit line closes it
    "surnamed": {_B: 3, _H: -1.5, _K: -1, _S: -1, _Q: -1},
    # names alone, none opening with a surname (`破  题`): on the helper truths, of the two-letter names
    # of bylines 990 open with a surname and 16 do not (pen names); of the two-letter paragraphs (a part's
    # label, letter-spaced as a name is) 17 do and 99 do not
    "unsurnamed": {_B: -2.5, _Q: 1},
    # a pen name signing the text above (`byline_place.mark_pen_names`): a name as a surnamed one is
    "pen_name": {_B: 3, _H: -1.5, _K: -1, _S: -1, _Q: -1},
    "longer_than_next": {_K: 1.0, _H: -0.5},
    "shorter_than_prev": {_H: 1.0, _S: -0.5},
    "column_changes": {_Q: -1.5, _T: -0.5},
    "under_title": {_S: 0.5, _K: -1},  # right under a title line: its headline or subtitle
    "flush_under_title": {_S: 2.0, _T: -2.0},  # … flush over an indented paragraph: no text's line
    "over_picture": {_PT: 2.0, _K: -2},
    "dated_credit": {_P: 3, _C: 3},  # what `dateline` takes from a caption, given back
    "no_words": {_T: 1, _H: -3, _K: -3, _Q: -2, _S: -2},
    "set_apart": {_H: 1.0, _Q: -1.0},
    # … and one in the column's flow, text right above and below, runs in a story as a subhead does
    "in_flow": {_Q: 2.0, _H: -0.5},
    "genre": {_S: 2.0, _K: -1.5, _H: -1.0},
    "over_column": {_T: -2.0, _Q: -1.0, _H: 0.5, _K: 0.5, _S: 1.0},
    # two title lines over each other (`reader.page.stacks`): the shorter, punchier one is the headline
    "over_shorter": {_K: 0.75},
    "under_longer": {_H: 0.75},
    # … and a line naming a person by post and name under a title line: an interview's subtitle
    "names_person": {_S: 1.5, _H: -1.0},
    # … or giving a figure in digits under a line with none: a news headline's detail, its subtitle
    "figures_under": {_S: 2.5, _H: -1.5},
    # … or listing things (`、`) under a line listing none: the same
    "lists_under": {_S: 2.5, _H: -1.5},
    # a title printed over two lines that `units` joined (a quote, a column's tag or a conjunction
    # carried over): the headline, set in the largest type, runs out of room first (all 37 joined
    # on the six sets' pages are headlines)
    "wrapped": {_H: 2.0},
    # a heading set in the body's column, wrapped inside a word at the column's edge, text under it
    # (`titlewrap.column_wrap`): an in-body subhead, one paragraph of its own; or, over a headline, a
    # kicker wrapped so: a heading either way, not text (on the truths of the tune splits and the
    # modern pages, 16 such units are kickers, of five programs: body took 9 of them at -1, 1 at -1.5)
    "column_wrap": {_Q: 4.0, _T: -1.5},
    "apart_below": {_K: -4.0},  # a wide gap under it: no kicker (`stacks.mark_apart`)
    "apart_above": {_S: -4.0},  # … over it: no subtitle
    "gap_above": {_Q: -5.0},  # under editor credits inside a page: no subhead, unless it heads a box
    "over_untagged": {_K: -2.0},  # a column's tag closes the headline, over an untagged line: no kicker
    # the title line over a line opened by `——`: its headline, no subtitle's first line nor kicker (`stacks`)
    "over_dash": {_S: -3.0, _K: -2.0},
    # … and the line of such a stack whose words the text under it never uses: no headline (`stacks`)
    "tells_not": {_H: -1.5},
    # a title line under a one-line question inside a text, no byline under it: a sub-subhead
    "under_question": {_Q: 1.5, _H: -1.5, _K: -1.5},
    # … set as a heading, a blank line under it: a sub-subhead even where it fills its line (`measure`)
    "set_under_question": {_Q: 2.0, _T: -1.0},
    # a title sharing words with the story above only, right over one sharing with the next only
    "ends_story": {_K: -3.0, _Q: -2.0},  # closes the story above
    "opens_story": {_S: -3.0, _Q: -2.0},  # opens the next
    # a heading whose words are the story above's only (`lean.mark_lean`), where reading it as that
    # text's subhead and as its headline printed after it score exactly alike (a margin of 0; no
    # other number is finer than 0.05): the headline. The programme kept the reading it met first,
    # the subhead. On the truths of all non-blind sets, of one-line `leans_up` units tied between a
    # text role and a title role, 19 were titles (ten programs) and 6 text; chosen before, 5 titles
    # and 14 of them as text. Only a tie moves.
    "leans_up": {_H: 0.01},
    "lone_title": {_H: 1.5, _Q: -1.0},  # the one title line between two stories: a headline
    # a one-line question right over a reporter's byline or a dateline (`measure`): a title, its
    # question mark no sentence's end (on the ten sets' truths: 26 headlines, 2 subtitles, no text)
    "asks_over_byline": {_H: 2.5, _K: 2.5, _S: 1.0, _T: -1.0},
    # the texts above and below share no words: not inside one story. On the single title lines
    # between two texts of nine laid-out page sets this mark fell on another story's headline 297
    # times and on a subhead 13 times (box titles aside); at -1.5 the subhead still won where the
    # story above ends in its boxed summary run into its text (a box's text closes no story)
    "new_story": {_Q: -2.5},
    "same_story": {_H: -3.0, _K: -2.0, _PT: -2.0, _Q: 1.0},  # … share many: inside one story
    # … and the one title line between them names nothing of the text under it: a part's title, even
    # where a column's tag would make it a headline (`cohesion._mark_names_nothing`)
    "names_nothing": {_H: -4.0},
    # a title line the shape of a subhead in the text above, no byline under it (`siblings`)
    "sibling": {_Q: 3.0, _H: -3.0, _K: -3.0, _S: -3.0},
    # a brief item's title that ran into its text (`runin`): its headline; a title line right under
    # such an item's text heads the next story (a brief has no subheads)
    "run_in": {_H: 4.0, _K: -4.0, _S: -4.0, _Q: -4.0, _T: -4.0},
    "under_brief": {_H: 1.5, _Q: -1.5},
    "picture_apart": {_P: 1.0, _C: -0.5},  # a photo's frame set apart by a blank line
    "picture_in_flow": {_C: 1.5, _P: -1.5},  # a caption straight under an article's text
    "column_caption_top": {_C: 2.0, _P: -1.0, _T: -4.0, _R: 1.0, _PR: -1.0},
    "flush_over_credit": {_C: 2.0, _P: 2.0, _T: -3.0},
    "photos_over_byline": {_C: -1.5, _P: 0.5, _R: -1.0, _PR: 0.5},
    # … with the byline set right under their credit line, no blank line between: the article's
    "framed_with_byline": {_C: 1.5, _P: -1.5, _R: 1.5, _PR: -1.5},
    "caption_goes_on": {_C: 2.0, _P: 2.0, _T: -1.0},  # under a caption that finishes no sentence
    # a sentence broken off over a photo set into its column and going on under it (`inset`): text
    "text_past_photo": {_T: 3.0, _H: -3.0, _K: -3.0, _S: -3.0, _Q: -3.0, _PT: -3.0},
    # the rows of a table printed in a story (`tables`): its text, never a title, byline or caption
    "table": {_T: 6.0, _H: -6.0, _K: -6.0, _S: -6.0, _Q: -6.0, _B: -6.0, _PT: -6.0, _C: -4.0, _R: -6.0},
    # a title line over a caption closed by its credit, and that caption: a photo with its own title
    "titles_photo": {_PT: 1.0},
    "titled_caption": {_P: 3.0, _T: -2.0},
    # a caption sharing no words with the text on either side (`untied.mark_untied_captions`)
    "untied": {_P: 1.5, _C: -1.5, _PT: -1.5},
    # a title line under a photo's credit, sharing the caption's words (`captionties._mark_title_under`)
    "names_photo": {_PT: 4.0, _K: -3.0, _H: -3.0, _S: -3.0},
    # captions opening the page, closed by a credit line of their own, over a byline: its article's
    "top_over_byline": {_C: 1.0, _P: -1.0, _R: 1.0, _PR: -1.0},
    # a caption under a text whose words it shares: that story's (`captionties.mark_caption_ties`)
    "tells_above": {_C: 2.0, _P: -2.0, _R: 1.0, _PR: -1.0},
    # a box inside a story (`记者手记`, `链接`) never heads one, nor does the line right over it
    "box_inside": {_H: -4, _K: -4, _S: -4, _PT: -4},
    "over_box": {_H: -4, _K: -4, _S: -4, _B: -4, _PT: -4},
    # a title closing the text under another headline, naming that text, where the text parts two
    # stories' words: the headline of the story printed after its text (`reader.page.meeting`)
    "heads_after": {_H: 3.0, _T: -3.0, _Q: -3.0, _K: -3.0, _S: -3.0},
    # a one-line subhead inside a text headed before it, where the texts either side part two stories'
    # words: the headline of the story under it (`reader.page.meeting`)
    "heads_below": {_H: 3.0, _T: -3.0, _Q: -3.0, _K: -3.0, _S: -3.0},
}
# a box heading the body (核心阅读 and its summary, 编者按：…) scores as a subhead and body text do,
# but only where the box's own words mark it
for _weights in WEIGHTS.values():
    if _T in _weights:
        _weights[_TX] = _weights[_T]
    if _Q in _weights:
        _weights[_QX] = _weights[_Q]
BIAS[_TX], BIAS[_QX] = BIAS[_T] - 3, BIAS[_Q] - 3
WEIGHTS["box"][_TX] = WEIGHTS["box"][_T] + 3
WEIGHTS["box_opening"] = {_T: -2, _Q: -2, _TX: 2, _QX: 2}
WEIGHTS["box_title"][_QX] = WEIGHTS["box_title"][_Q] + 3
WEIGHTS["box_inside"][_QX] = -8  # … and never heads a body
# … and a box's text whose words part from the text under it (`text_ends`: `cohesion`, `meeting`) heads
# none: it is its own story's summary, the text under it another story's (on the truths of all non-blind
# sets, such a text near a box's title was followed by another story's text 5 times of 5, 4 programs)
WEIGHTS["text_ends"] = {_TX: -2.0}
SWITCH = 2.0  # cost of an article placing its headline differently from the item before it
SIGNED_GOES_ON = 1.5  # cost of a body going on after a paragraph signed at its end (`。（王桦）`)
MID_END = 3.0  # cost of an article body ending in the middle of a sentence
DATELINE_INSIDE = 6.0  # cost of a dateline anywhere but at the start of a body
DATELINE_OPENS = 2.0  # what a dateline at the start of a body gives
SIGNATURE = 1.0  # cost of a name closing a text as its signature (a commentary signed at its end)
NO_BYLINE = 1.5  # cost of a body that follows its title with no byline or dateline
# cost of a reporter's byline named by role (`本报记者 X`) read as the byline of the dated text under
# it (`本报北京…电（记者Y）…`), where that byline could go with a heading closing the text above
# (`reader.page.labels`): the page's other headings decide. Forbidding it, as for names alone, read
# a heading printed before a dated text as the text above's subhead and left the text untitled: on
# the modern set, at a cost of 2 or 4, 8 more articles pair with their truth and 11 more headlines
# are right, none fewer on any set (at 6: 7 and 9)
BYLINE_OVER_DATED = 4.0
# what a byline set right under a headline printed after its body gives that heading's article: it
# outweighs the next body's NO_BYLINE, as a byline is set with its title. On the truths of all sets,
# a byline set with no blank line under a head-after title was that title's article's 73 times and
# the next body's 6 (l10 54/4, l7 10/2, l4 4/0, l8 5/0; `byline_place.under_finished_heading`)
UNDER_TITLE = NO_BYLINE + 0.25
# … and a byline set apart (a blank line between) costs: it goes with that heading only where nothing
# under it takes a byline (a title, another story's byline, page furniture, a photo standing alone).
# On the truths of all sets, such a byline was the next body's 534 times and the heading's 26 (23 on
# l10); with a title under it, the heading's 7 times and never the next story's; with a body, the
# next story's 471 times and the heading's 3
UNDER_APART = UNDER_TITLE + 3.0
TIGHT_CUT = 4.0  # cost of opening an item at a title line set right under another title line
LEAN_CUT = 4.0  # cost of a heading whose words name one neighbour's story heading the other (`cohesion`)
# cost of a story opening where the text above goes on, its words that story's (`reader.page.meeting`)
GOES_ON_CUT = 2.0
# … and of a headline printed after the text going on under a wide gap: a smaller cost, as some
# extractions set one blank line or two at random over such a headline as between stories (a layout
# program a helper wrote in session 58: on its held-out pages headline .726 with the full cut, .851 with this;
# at 0.5 a story was lost on layout4, at 4.0 the pages gained little; the other sets do not change)
FRAME_TITLE_CUT = 2.0
FRAME_CUT = 8.0  # cost of an article's text or photos going on under a wide gap (`grammar._context`)
SERIES_CUT = 4.0  # cost of a photo's first numbered caption (`图①`) going on another photo's captions
# cost of photos credited to the next story's reporter going on the item above, or standing alone
CREDITED_CUT = 4.0
PRUNE = 7.0  # roles scoring this far under a unit's best are not considered
