"""Where a story ends and where it goes on, on a page whose paragraphs run on (no blank line between
them), on excerpts of laid-out pages (benchmarks/layout2 and layout3, 1998 and 2025-26 People's
Daily text) that were misread: a blank line between two finished texts that share no words ends a
story with no title line between (`reader.page.cohesion`), and the next one opens with its body,
its headline printed after it; a title line printed in the column's flow, text right above and
below it, is a subhead inside the story, as headlines are set apart from the text.
"""

from __future__ import annotations

from reader.page.segment import segment

# a feature headed before its body and closed by a trailer run into its last paragraph, a blank
# line, then a report whose kicker and headline stand after its body
TWO_TEXTS = [
    "贡献在天涯",
    "——访华南热带农业大学校长余让水",
    "",
    "陈 忠",
    "",
    "核心阅读",
    "",
    "\u3000\u3000这是热科院、热农大40年来取",
    "",
    "得800多项成果、获得部省级以上",
    "奖励的200多项成果中的一项具有",
    "重大政治意义和显著的社会效益及",
    "经济效益的成果。这项重大成果，",
    "于1982年被授予国家自然科学发明",
    "一等奖。",
    "\u3000\u3000在我国众多的高等科研教育单",
    "位中，有一间独具特色的、也是我",
    "国唯一的以热带作物、热带农业为",
    "主攻方向的单位———中国热带农",
    "业科学院、华南热带农业大学（简",
    "称热科院、热农大）。在迎来扎根",
    "海南儋州40周年之际，笔者访问了",
    "该校余让水校长。",
    "",
    "\u3000\u3000这是热科院、热农大40年来取",
    "得800多项成果、获得部省级以上",
    "奖励的200多项成果中的一项具有",
    "",
    "重大政治意义和显著的社会效益及",
    "经济效益的成果。",
    "\u3000\u3000余让水校长很有感触地说，科",
    "教单位要根据国家的产业调整和生",
    "产需求，不断调整科研方向，选准",
    "主攻目标。80年代后，国际天然橡",
    "胶竞争激烈，亟须降低生产成本，",
    "热科院、热农大便与橡胶生产部门",
    "一起开展了割胶制度改革研究，取",
    "得成果后又立即在广东、海南、云",
    "南三个垦区推广，现已在垦区推广",
    "20多万公顷，占应推广面积的90％",
    "以上，每年增产橡胶4万吨，新增",
    "产值6亿多元，节省胶工8万多人，",
    "节省企业开支1.2亿元，为我国橡",
    "胶降低成本，向高产、高效迈出了",
    "可喜的一步。",
    "\u3000\u3000余让水教授对院校的发展前景",
    "",
    "充满信心，表示要充分发挥科技优",
    "势，为我国的热带大农业做出更大",
    "的贡献。",
    "\u3000\u3000（刘杰参与采写）",
    "",
    "",
    "\u3000\u30001月6日凌晨3时，记者从贵阳",
    "驱车360公里来到滇黔桂三省区交",
    "界的黔西南州府兴义市，盘江宾馆",
    "门前已停满了外地来的大小车辆。",
    "一打听，周围的几家旅店客房也已",
    "爆满。接待的同志说，南昆铁路营",
    "运以来，客商云集此地，发煤焦的",
    "，购山货的，谈项目的，来考察的",
    "，接连不断。",
    "\u3000\u3000全长896.8公里长的南昆铁路",
    "，在贵州境内有246公里，其中有",
    "186.7公里穿越黔西南州。这给昔",
    "日交通闭塞的黔西南地区带来了千",
    "载难逢的发展良机。清晨，我们来",
    "",
    "到南昆线贵州段中最大的区间编组",
    "站威舍镇。镇党委书记许军说：毫",
    "不夸张地讲，威舍是火车拖来的城",
    "镇。过去，这里是个闭塞落后的小",
    "乡镇，不通水电，点支烟可在镇上",
    "走几个来回，镇上只有一家赶场天",
    "才开张的“半个饭店”。州长有次",
    "来检查工作，中午只得到两里外的",
    "云南富源县黄泥河镇解决肚子问题",
    "。然而，现在的威舍镇却是一番崭",
    "新的景象。笔直的40米宽的大道一",
    "直连到车站广场，几年间在镇上崛",
    "起了35幢办公楼房和80多幢居民“",
    "洋房”，百十家商店、旅社、餐馆",
    "鳞次栉比。去年，威舍被列为全国",
    "500家城镇建设试点之一。",
    "",
    "供给丰足价格回落居民满意菜篮子十年有成",
    "贵州梦寐山门开大步奔市场",
]


def test_a_blank_line_between_texts_sharing_no_words_ends_a_story() -> None:
    first, second = segment("\n".join(TWO_TEXTS) + "\n").articles
    assert first.headline == "贡献在天涯"
    assert first.paragraphs[-1] == "（刘杰参与采写）"
    assert second.headline == "贵州梦寐山门开大步奔市场"
    assert second.kicker == "供给丰足价格回落居民满意菜篮子十年有成"
    assert second.paragraphs[0].startswith("1月6日凌晨3时，记者从贵阳驱车360公里")


# a report headed before its body, a subhead run in the column's flow (no blank line above or below),
# the rest of the report broken by a column break, then its photos' captions and their credit
SUBHEAD_IN_FLOW = [
    "香港特区临立会举行全体会议",
    "",
    "本报驻大连记者 朱冬菊",
    "",
    "\u3000\u3000香港特别行政区临时立法",
    "会今天举行全体会议，首读、",
    "二读了《1998年房屋（修订）",
    "条例草案》和《1998年入境（",
    "修订）条例草案》，审议通过",
    "了《1997年地下铁路公司（修",
    "订）条例》。",
    "\u3000\u3000《1998年入境（修订）条",
    "例草案》建议，将现行入境条",
    "例中有关收容越南非法入境者",
    "的条文删除，以阻止越南非法",
    "入境者涌入香港。特区政府已",
    "于1月8日宣布，取消对非法抵",
    "港越南人士实施第一收容港政",
    "策。",
    "值得肯定的重奖",
    "\u3000\u3000会议开始时，议员们就环",
    "",
    "保、航运、妇女保护等市民普",
    "遍关心的问题向官员提出质询，",
    "特区政府官员均作出了详尽的",
    "解答。",
    "",
    "今年中央电视台春节联欢晚会",
    "进入彩排阶段，晚会将向观众",
    "呈现一派独特、新颖、欢快、",
    "祥和的气氛。图为歌舞《迎春",
    "贺岁》在彩排中。",
    "节日的北京，欢乐祥和。外国",
    "游客在地坛庙会赏灯观花，和",
    "中国老百姓一起欢度春节。",
    "春节前夕，北京各大商场装饰",
    "一新，年货柜台热闹非凡。北",
    "京崇信商场特地从陕西米脂等",
    "地购进一批具有民族特色的宫",
    "灯以满足消费者的需求。",
    "以上图片均为薛文献摄",
]


def test_a_title_line_in_the_columns_flow_is_a_subhead() -> None:
    [article] = segment("\n".join(SUBHEAD_IN_FLOW) + "\n").articles
    assert article.headline == "香港特区临立会举行全体会议"
    assert article.paragraphs[2] == "值得肯定的重奖"
    assert article.paragraphs[3].startswith("会议开始时，议员们就环保、航运")
    assert article.paragraphs[-1] == "以上图片均为薛文献摄"
