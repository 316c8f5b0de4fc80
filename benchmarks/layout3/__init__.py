"""The third layout program of the segmentation validation set, written without reading the other two.

`texts.py` reads real article texts (January 1998 People's Daily; the committed 2026 texts) by its own
rules; `page.py` lays them out as the text a PDF extractor gives for one page, with the truth a reader
should get back. Every convention below is a seeded random choice, per page or per article, and each
page lists the ones it uses (its tags) in the split's `manifest.json`:

- columns: a body width of 12–20 cells per page (`width_*`, ASCII counts half); a short item in wider
  lines (`wide_item`); body lines cut at the width, a closing mark pushed onto the line before it; a
  blank line at every column break, also inside a paragraph (`column_break_mid_paragraph`).
- paragraphs: blank-line separated, `　　`-indented, or both (`para_*`).
- headlines: before or after their body, mixed on one page (`headline_before_body`,
  `headline_after_body`); kickers, some ending with `——` (`kicker`, `kicker_dash`); subtitles with or
  without a leading `——` (`subtitle`, `subtitle_dash`); column tags `（经济聚焦）` (`headline_column_tag`);
  two-part headlines joined by two spaces (`headline_two_part`).
- bylines: `本报记者  李增辉  姜  峰` with letter-spaced two-character names (`byline_line`,
  `byline_spaced_names`), `■ 本报记者 X` (`byline_marker`), `本报驻X记者  Y` (`byline_posted`), a bare
  signature `王  浩` (`byline_signed`), datelines `本报北京1月1日电  （记者X）` (`byline_city`),
  `本报讯（记者 X 通讯员 Y）` (`byline_xun`), correspondents beside or instead of reporters
  (`byline_correspondent`), `新华社北京1月1日电（记者X）` (`byline_xinhua`), OCR-spaced
  roles `本 报 记 者` (`byline_ocr_spaced_role`), none (`byline_none`).
- body: trailers `（X参与采写）`, `（作者为…）` kept in the body (`trailer`); boxes `核心阅读` + summary,
  `编者按：…`, `记者手记` (`box_*`); in-body subheads, a question with a one-line sub-subhead
  (`subhead`, `subhead_question`, `subhead_with_subsubhead`); OCR spaces around digits `3 月 12 日`
  (`ocr_spaces`).
- photos: an article's captions before its body, after it, or at the top of the page
  (`captions_before`, `captions_after`, `captions_top`), numbered `图①：` (`caption_numbered`), credits
  at the caption's end, on their own line, `以上图片均为X摄`, `X供图` (`caption_credit_*`); standalone photos
  with or without a title, credit at the end or on its own line (`photo_item`, `photo_titled`,
  `photo_credit_*`); a page starting with a byline or captions (`page_starts_with_*`).
- furniture: running heads with page number, section and `2026年1月2日 星期五` (`running_head_*`),
  `本版责编：…` / `版式设计：…` at the top or bottom (`editor_credits`).

Truth: authors are the byline's names only (a trailer's people are not authors); captions printed with
an article are paragraphs of it in page order with their credit lines; only a standalone photo is an
item of its own (kind `photo`, authors from its credit); the dateline is the byline, not body text.
"""
