"""Bylines, datelines and photo credits as printed on Chinese newspaper pages."""

from __future__ import annotations

from reader.model import Author
from reader.page.byline import Byline, parse_byline_line, split_dateline
from reader.page.credits import split_credit
from reader.page.people import parse_people


def test_marked_byline_line() -> None:
    byline = parse_byline_line(" ■ 本报记者 尹腾淑")
    assert byline is not None
    assert byline.text == "本报记者 尹腾淑"
    assert byline.authors == [Author("记者", "尹腾淑")]


def test_letter_spaced_role_is_joined() -> None:
    byline = parse_byline_line("■ 本 报 记 者 林金彦")
    assert byline is not None
    assert byline.text == "本报记者 林金彦"
    assert byline.authors == [Author("记者", "林金彦")]


def test_letter_spaced_posted_correspondent_is_one_role() -> None:
    """OCR spaces every character of `本报驻布宜诺斯艾利斯记者`: the place is the post's, not people."""
    byline = parse_byline_line("本 报 驻 布 宜 诺 斯 艾 利 斯 记 者  王  海")
    assert byline is not None
    assert byline.text == "本报驻布宜诺斯艾利斯记者 王海"
    assert byline.authors == [Author("记者", "王海")]


def test_several_people_one_role() -> None:
    byline = parse_byline_line("本报通讯员 曹金娟 李欣")
    assert byline is not None
    assert byline.authors == [Author("通讯员", "曹金娟"), Author("通讯员", "李欣")]


def test_padded_two_character_names() -> None:
    assert parse_people("金  歆") == [Author("", "金歆")]
    assert parse_people("贺  勇  曹继炜") == [Author("", "贺勇"), Author("", "曹继炜")]


def test_signed_commentary_with_marker_has_empty_role() -> None:
    byline = parse_byline_line("■ 金  歆")
    assert byline is not None
    assert byline.authors == [Author("", "金歆")]


def test_body_line_is_not_a_byline() -> None:
    assert parse_byline_line("一线工人身着无尘服正") is None
    assert parse_byline_line("记者从市农业农村局了解到，我市建章") is None


def test_dateline_with_several_roles() -> None:
    found = split_dateline("本报讯（记者 陈金路 通讯员 王友欣）“我们号召")
    assert found is not None
    byline, rest = found
    assert byline.text == "本报讯（记者 陈金路 通讯员 王友欣）"
    assert byline.authors == [Author("记者", "陈金路"), Author("通讯员", "王友欣")]
    assert rest == "“我们号召"


def test_dateline_with_place_and_date_and_stray_spaces() -> None:
    found = split_dateline("本报北京1月1日电 （记者 魏哲哲） 今天")
    assert found is not None
    assert found[0].text == "本报北京1月1日电（记者 魏哲哲）"
    assert found[0].authors == [Author("记者", "魏哲哲")]


def test_a_dateline_naming_no_one_is_split_off_but_a_sentence_of_a_reporter_is_not() -> None:
    # `本报讯` alone opens a brief as `本报北京1月1日电` alone does: the source, not the text
    found = split_dateline("本报讯  今天，市场供应充足。")
    assert found is not None
    assert (found[0].text, found[0].authors, found[1]) == ("本报讯", [], "今天，市场供应充足。")
    found = split_dateline("本报北京1月4日讯据中央气象台消息")
    assert found is not None and found[0].text == "本报北京1月4日讯" and found[1] == "据中央气象台消息"
    # a reporter's sentence that happens to hold `电` or `讯` names no place nor date
    assert split_dateline("本报记者从电力部门获悉，今年") is None
    assert split_dateline("新华社记者从通讯管理局了解到") is None


def test_photo_credits() -> None:
    text, credit = split_credit("市场供不应求。 ■ 本报记者 许金松")
    assert text == "市场供不应求。"
    assert credit is not None and credit.authors == [Author("记者", "许金松")]
    text, credit = split_credit("游客在公园里赏花。  杨  丽摄（人民视觉）")
    assert text == "游客在公园里赏花。"
    assert credit is not None
    assert credit.authors == [Author("摄影", "杨丽")]
    assert credit.text == "杨丽摄（人民视觉）"


def test_a_photo_credit_keeps_its_wording_as_printed() -> None:
    """The credit's role words and agency stay in its text; only the names' letter-spacing and
    the brackets around the credit go (the authors are the photographers, role 摄影)."""
    cases = {
        "游客在公园里赏花。（新华社记者 周  越摄）": "新华社记者 周越摄",
        "游客在公园里赏花。  新华社 记者  周越摄": "新华社记者 周越摄",
        "游客在公园里赏花。  本报记者  沈小晓摄": "本报记者 沈小晓摄",
        "以上图片均为王  五摄": "以上图片均为王五摄",
        "以上图片均为本报记者刘玉生摄": "以上图片均为本报记者 刘玉生摄",
    }
    for caption, printed in cases.items():
        credit = split_credit(caption)[1]
        assert credit is not None and credit.text == printed, caption
        assert all(a.role == "摄影" for a in credit.authors)
    byline = parse_byline_line("本报记者  沈小晓摄")
    assert byline is not None and byline.text == "本报记者 沈小晓摄"
    assert byline.authors == [Author("摄影", "沈小晓")]
    # a publisher printed apart from the names it stands for is kept in the byline's text
    byline = parse_byline_line("本报记者  李家杰  新华社  王  蔚")
    assert byline is not None and byline.text == "本报记者 李家杰 新华社 王蔚"
    assert [a.name for a in byline.authors] == ["李家杰", "王蔚"]


def test_agency_dateline_with_names_run_together() -> None:
    found = split_dateline("新华社北京3月5日电（记者张三、李四）今天")
    assert found is not None
    assert found[0].authors == [Author("记者", "张三"), Author("记者", "李四")]


def test_body_sentence_starting_with_role_word_is_not_a_byline() -> None:
    assert parse_byline_line("记者了解到，目前") is None


def test_names_closed_by_a_separator_are_no_byline() -> None:
    # a separator stands between names, never after the last (the byline would drop it unprinted)
    assert parse_byline_line("■ 王五/") is None and parse_byline_line("■ 本报记者 王五、") is None
    assert parse_byline_line("■ 本报记者 王五、李四") is not None


def test_photo_credit_with_separate_she() -> None:
    assert parse_people("本报记者 许金松 摄") == [Author("摄影", "许金松")]


def test_role_word_run_onto_the_name_before_it_starts_a_new_role() -> None:
    # a dateline cut at the space between a name and the next role, the lines joined again
    found = split_dateline("本报讯（记者 陈德生通讯员 张大和）今天")
    assert found is not None
    assert found[0].authors == [Author("记者", "陈德生"), Author("通讯员", "张大和")]
    assert parse_people("本报记者张三通讯员李四") == [Author("记者", "张三"), Author("通讯员", "李四")]
    # the publisher and post before a role word stay with it
    line = parse_byline_line("本报驻南非记者 温宪")
    assert line is not None and line.authors == [Author("记者", "温宪")]


def test_a_credit_word_broken_onto_a_line_of_its_own_names_no_one() -> None:
    # `…北京崇信商场` / `供图`: the supplier's credit broke at the line end; `供图` is no signature
    assert parse_people("供图") is None
    assert parse_people("王  五") == [Author("", "王五")]


def test_a_dateline_naming_no_one_with_its_date_in_full_width_figures() -> None:
    # the 1998 paper (and OCR of many pages) sets figures full-width: `本报西安１月１３日电`
    found = split_dateline("本报西安１月１３日电  早期生命科学研究在我国取得重大突破。")
    assert found is not None
    assert (found[0].text, found[1]) == ("本报西安１月１３日电", "早期生命科学研究在我国取得重大突破。")


def test_a_three_character_name_split_by_a_stray_space_is_one_name() -> None:
    """No one's name is one character: `白 光迪`, `侯德 强` are three-character names an OCR space split
    (padded two-character names, `王  五`, still pair up)."""
    byline = parse_byline_line("本报记者  贾 丰丰")
    assert byline is not None
    assert byline.authors == [Author("记者", "贾丰丰")]
    found = split_dateline("新华社西宁1月22日电 （记者梁娟、侯德 强）今天")
    assert found is not None
    assert found[0].authors == [Author("记者", "梁娟"), Author("记者", "侯德强")]
    assert parse_people("窦  皓  王  者") == [Author("", "窦皓"), Author("", "王者")]


def test_a_stray_space_inside_the_role_word() -> None:
    byline = parse_byline_line("本 报记者  赵  健")
    assert byline is not None
    assert byline.text == "本报记者 赵健"
    assert byline.authors == [Author("记者", "赵健")]


def test_a_stray_space_inside_the_role_word_is_dropped() -> None:
    byline = parse_byline_line("本报驻美国记 者 张亮")
    assert byline is not None
    assert byline.text == "本报驻美国记者 张亮"
    assert byline.authors == [Author("记者", "张亮")]


def test_one_credit_for_all_photos_closing_a_caption_names_only_the_photographer() -> None:
    """`…。  以上图片均为新华社记者X摄` at the end of the last caption: the words before the names
    are no one's name."""
    text, credit = split_credit("“小砂糖橘”在玩冰滑梯。\u3000\u3000以上图片均为新华社记者颜麟蕴摄")
    assert text == "“小砂糖橘”在玩冰滑梯。"
    assert credit is not None
    assert [a.name for a in credit.authors] == ["颜麟蕴"]


def test_a_line_of_a_sentence_naming_reporters_is_no_byline() -> None:
    """`记者王小明、李大伟今日凌` (the line breaks inside `凌晨`): a report's first sentence, not a
    byline line. No one's name has five or more letters (unless `·` parts it), so `李大伟今日凌` is
    the name and the sentence's words run together."""
    assert parse_byline_line("记者王小明、李大伟今日凌") is None
    assert parse_byline_line("记者王小明、李大伟") == Byline(
        "记者 王小明 李大伟", [Author("记者", "王小明"), Author("记者", "李大伟")]
    )


def test_a_credit_for_all_photos_above_keeps_its_agency() -> None:
    """`…合影。以上图片均为王五摄（新华社发）`: the credit closing the last caption covers the photos
    above it and names the agency that sent them; the photographer is read as without the agency."""
    text, credit = split_credit("运动员赛后合影。以上图片均为王五摄（新华社发）")
    assert text == "运动员赛后合影。"
    assert credit == Byline("以上图片均为王五摄（新华社发）", [Author("摄影", "王五")])
    # in brackets, the same words before the names are no one's name
    text, credit = split_credit("运动员赛后合影。（以上图片均为新华社记者王五摄）")
    assert (text, credit) == (
        "运动员赛后合影。",
        Byline("以上图片均为新华社记者 王五摄", [Author("摄影", "王五")]),
    )


def test_a_two_letter_and_a_three_letter_name_run_together_are_two_people() -> None:
    """`（记者 王五` / `赵六一）`: the line break took the space, five letters read tight; they part
    where a surname opens the second name (never into a name of one letter)."""
    found = split_dateline("本报讯（记者 王五赵六一）今天上午，全市春耕工作会议召开。")
    assert found is not None
    assert found[0].authors == [Author("记者", "王五"), Author("记者", "赵六一")]


def test_a_dateline_naming_its_reporters_up_to_the_colon_names_the_authors() -> None:
    found = split_dateline("本报讯记者张三、本报通讯员李四报道：近日，")
    assert found is not None
    assert found[0].authors == [Author("记者", "张三"), Author("通讯员", "李四")]
    assert found[1] == "近日，"
    # the reporter's own sentence, with no `报道：`, stays in the text after the dateline
    found = split_dateline("本报讯记者从市交通局获悉，春运将于")
    assert found is not None
    assert (found[0].authors, found[1]) == ([], "记者从市交通局获悉，春运将于")


def test_names_read_again_are_the_same_whatever_an_earlier_caller_did_with_them() -> None:
    """A list of names is read once and remembered: a caller that changes the people or the printed
    words it was given changes nothing for the next (the same byline is read again on every page of
    its reporter), and a list that proves no list of people prints nothing, as before."""
    printed: list[str] = []
    people = parse_people("本报记者 许金松", printed=printed)
    assert people == [Author("记者", "许金松")] and printed == ["本报记者", "许金松"]
    people.append(Author("", "某某"))
    printed.clear()
    again: list[str] = []
    assert parse_people("本报记者 许金松", printed=again) == [Author("记者", "许金松")]
    assert again == ["本报记者", "许金松"]
    # (a bracket's sender set aside, `江城日报供稿`, is told to every caller that asks)
    for _ in range(2):
        aside: list[str] = []
        shown: list[str] = []
        found = parse_people("记者 张三 江城日报供稿", bracketed=True, printed=shown, aside=aside)
        assert found == [Author("记者", "张三")] and aside == ["江城日报供稿"]
        assert shown == ["记者", "张三", "江城日报供稿"]
    for _ in range(2):
        nothing: list[str] = []
        assert parse_people("今天上午十时许在会议室", printed=nothing) is None and nothing == []
