"""Layout7: a seventh layout program, written blind to the segmenter, from issue 11's conventions.

Pages look like a PDF/OCR extraction of a Chinese newspaper page: one text line per printed line,
articles one after another, each in its own column width. Texts: the January 1998 People's Daily
(`texts.py`, via `benchmarks.layout.stories`) and the 2026 articles in `benchmarks/texts/modern`;
half the pages draw on each, one in six mixes the two. `benchmarks/make_validation7.py` writes the
set (50 tune + 200 valid pages, fixed seeds); every page passes `check.py` (each truth text printed,
every printed character in a truth).

Every choice is independent and random; per article unless said (rough rates):

- Width: 12–20 full-width columns, drawn per article; a short item (≤ 380 characters, ≤ 3
  paragraphs) runs 22–32 wide half the time. ASCII counts half a column; a line is cut where the
  next character would overflow. At a closing mark: cut anyway 10%, hang it past the margin 55%,
  push a character down 35%; a two-character `……`/`——` is never split.
- Paragraphs: blank line between them 35%, first-line indent of two ideographic spaces 25% or of
  two ASCII spaces 10%, nothing (only the short last line shows the end) 30%. Columns of 14–36
  lines end in a blank line in 75% of articles, wherever that falls (mid-sentence too).
- Title stack: the headline prints before the body (82%) or after it (18%, byline first); a page
  can mix both. Width of the stack: the column, 2 or 3 columns, or 40; longer lines wrap (a
  wrapped headline, a two-line kicker or subtitle). Kicker: the source's, or for a 1998 text with
  no subtitle a long real heading line (12%); 30% get a closing `——`. Column tag `（…）` after the
  headline 16%; 1998 headlines split in two parts by two spaces at a word boundary 15%. Subtitle:
  the source's, with a leading `——` 55%.
- Who wrote it: commentary (bare names in the source) prints the names, letter-spaced 60%, under
  the headline or (15%) after the body. A 2026 dateline (`本报北京1月1日电  （记者X）`) prints
  85%, inline in the first paragraph (75%) or on its own line. Other news: no author → invented
  reporters 55%; an extra 通讯员 18%; then a dateline (30%: `本报X月X日电  （记者X）`,
  `本报讯（记者X 通讯员Y）`, `新华社X…电（记者X）`, 1998 dates sometimes in Chinese numerals) or a
  byline: `■ 本报记者 X`, `本报记者X`, `本报记者  姜  峰`, `本报驻X记者  Y`, `新华社记者 X`, several
  reporters letter-spaced, two roles on one line or two. Authors are the byline's names only.
- Body furniture: `核心阅读` + a summary box 6%, `编者按：…` 5%, `记者手记` before the last two
  paragraphs 6% (≥ 5 paragraphs); 1–3 subheads 22% (≥ 4 paragraphs), 30% of them a question,
  half of those followed by a one-line sub-subhead; `（X参与采写）` trailer 8%; the sources'
  `（作者为…）` trailers, appended to the last paragraph or on a line of their own.
- Photos: the 2026 article's own captions (85%), or 1–3 1998 captions for a 1998 text (20%);
  numbered `图①：` when several (80%); credits at the caption's end, on their own line, or one
  `以上图片均为X摄` / `X供图` line; captions before the title stack, after the body, between two
  body paragraphs, or at the page top. They are the article's paragraphs, in page order, credit
  lines included. Lone photos (kind photo: optional title, caption, credit as byline): 0–2 a page.
- Page: running head (page number, section, `2019年3月12日  星期二` with any year but 2025) in
  five shapes; `本版责编：…` and (70%) `版式设计：…` at the foot, or all of it at the top (20%) or
  at the foot (12%). 15% of pages open with a byline and the first article's photos (its headline
  after its body). OCR noise on 30% of pages: spaces around digits in dates (`3 月 12 日`), role
  words read apart (`本 报 记 者`), some digit runs full-width (the truth keeps those as printed).

Manifest tags name what a page uses (e.g. `head_after`, `kicker_two_lines`, `photos_top`,
`byline_at_end`, `column_break_midpara`, `ocr_role_spaces`).
"""
