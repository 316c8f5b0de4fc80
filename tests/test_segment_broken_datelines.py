"""A dateline broken over two lines of a narrow column (`新华社X 5 月10` / `日电（记者Y）…`), on an
excerpt of a laid-out page (benchmarks/layout3, 1998 and 2025 People's Daily text): its first line is
short and finishes nothing, as a title line does, but it opens the next article's text.
"""

from __future__ import annotations

from reader.page.segment import segment

# an article headed before its body, then one whose headline stands after its body, opening with a
# dateline whose date breaks at the end of its first line
BROKEN_DATELINE = [
    "暑期出境游升温，北京边检提示",
    "警惕“境外赚快钱”骗局（稳就业在行动）",
    "",
    "本报记者  张天培",
    "",
    "\u3000\u3000近期，暑期出境游热度持续升温，北京口岸迎来出入境",
    "客流高峰。在此期间，办理值机、行李托运、边防检查等环",
    "节所需时间可能有所增加。北京边检总站建议，提前规划行",
    "程，充分预留中转时间，并密切关注天气变化和航班动态，",
    "避免因时间衔接过紧影响后续旅程；出发前应仔细核对每位",
    "同行人员的护照、区域性证件等出入境证件，并提前了解目",
    "的地国家和地区最新入境政策。“如果确实时间比较紧，也",
    "不用着急。”执勤民警介绍，北京口岸边检现场针对老年人、",
    "儿童、孕妇、残障人士以及急客开设了特别通道。",
    "",
    "\u3000\u3000警方特别提醒，正规旅游、境外务工、外币兑换、航班",
    "退款等情况，均有官方合规渠道，切勿轻信网络陌生渠道推",
    "送的各类利诱信息，不随意泄露护照、银行卡、短信验证码",
    "等个人隐私。面对他人介绍的“境外赚快钱”机会，不要轻",
    "信，要通过官方合规渠道进行核实。",
    "",
    "\u3000\u3000新华社华盛顿 5 月10",
    "日电（记者翟景升）编者按：",
    "美国经济界人士预计，由于",
    "亚洲金融危机目前尚未出现",
    "减缓迹象，美国经济受此影",
    "响，今年的增长速度将明显",
    "低于去年。",
    "",
    "\u3000\u3000美国经济界人士预计，",
    "由于亚洲金融危机目前尚未",
    "",
    "出现减缓迹象，美国经济受",
    "此影响，今年的增长速度将",
    "明显低于去年。",
    "",
    "\u3000\u3000一般估计，1997年美国",
    "经济的增长速度可达3·7%，",
    "为1988年以来的最快增速。",
    "",
    "美国经济增速将放缓（民生观）",
]


def test_a_dateline_broken_over_two_lines_opens_the_next_article() -> None:
    first, second = segment("\n".join(BROKEN_DATELINE) + "\n").articles
    assert first.headline == "警惕“境外赚快钱”骗局（稳就业在行动）"
    assert first.paragraphs[-1].endswith("要通过官方合规渠道进行核实。")
    assert second.headline == "美国经济增速将放缓（民生观）"
    assert second.byline == "新华社华盛顿5月10日电（记者 翟景升）"
    assert [a.name for a in second.authors] == ["翟景升"]
    assert second.paragraphs[0].startswith("编者按：美国经济界人士预计")
