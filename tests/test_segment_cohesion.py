"""Whether the texts around a title line tell one story or two (`reader.page.cohesion`), on excerpts of
laid-out 1998 pages (benchmarks/layout2 and layout3, January 1998 People's Daily text) that were misread.
The text is read on through a column break (a paragraph's last words alone above a blank line); a
title line between two stories is a headline even where it fills the column; a title line between
texts that share many words is a subhead inside one story.
"""

from __future__ import annotations

from reader.page.segment import segment

# a report, a title, then a report on another subject whose first paragraph a column break cut
# before its last words

FRAGMENT = [
    "美能源部：油价将微涨",
    "",
    "本报记者 翟景升",
    "\u3000\u3000美国能源部能源情报署日前",
    "发表的1998年能源预测报告说，",
    "由于世界经济的增长，全球对石",
    "油的需求量将不断增加，石油价",
    "格也将出现小幅度上升。",
    "",
    "\u3000\u3000报告预测，到2015年，全球",
    "的石油需求量将达日均1·062亿",
    "桶，比1997年的估计调高了大约",
    "3％。到2020年全球石油需求量",
    "将上升到日均1·166亿桶。",
    "",
    "\u3000\u3000报告预计，到2015年世界石",
    "油价格可达每桶21·48美元，",
    "2020年将升至每桶22·32美元，",
    "与1997年的预测基本吻合。",
    "",
    "\u3000\u3000关于美国国内的能源生产情",
    "况，报告认为，目前天然气和煤",
    "产量上升、石油产量下降的总趋",
    "势将保持到2020年。",
    "",
    "\u3000\u3000报告估计，从1996年到2020",
    "年美国石油产量平均每年将下降",
    "1·1％，到2020年日产量将降至",
    "490万桶。美国的煤产量平均每",
    "年将增长1·1％，从1996年的10·",
    "64亿吨增加到2020年的13·76亿",
    "吨。天然气的产量每年也将有小",
    "幅度上升。",
    "",
    "社会各界踊跃捐赠",
    "",
    "\u3000\u3000综合本报和新华社消息：社",
    "会各界纷纷伸出援助之手，向灾",
    "区捐款捐物。截至13日早晨，张",
    "家口市灾区共收到捐献救灾款",
    "1340万元，接受捐赠棉衣4·7万",
    "件、棉被7·3万条、方便食品30·",
    "9万公斤，还接收米面、木材、",
    "",
    "煤、灶具等大批救灾物资。",
    "",
    "\u3000\u3000北京市支援灾区帐篷400顶、",
    "棉被2万条，并捐助救灾款100万",
    "元；天津市支援价值50万元的棉",
    "衣、棉被、食品等物资，支援救",
    "灾款80万元；北京军区支援灾区",
    "方便食品1·5万公斤。",
    "",
    "\u3000\u3000震灾引起河北省内各界的极",
    "大关注。当天下午秦皇岛市为灾",
    "区送去价值50余万元的物品。正",
    "参加河北省人大、政协会议的张",
    "家口代表、委员捐款3·5万元。",
    "唐山曙光水泥集团总裁张春来等",
    "10位民营企业经营者，每人捐款",
    "5000元，他个人通过唐山市抗震",
    "救灾委员会向灾区捐赠水泥500",
    "吨，价值12万元。",
]

# a signed commentary, then a story under a title as wide as the commentary's column, set in wider
# lines

FULL_TITLE = [
    "扩展阅读的半径（纵横）",
    "",
    "杨朝清",
    "",
    "不久前，“万卷府抵，共读山",
    "海”全民阅读推广活动举办，",
    "活动通过资源下沉与服务创新，",
    "将优质讲座、数字平台、流动",
    "服务直接送达基层。",
    "",
    "阅读没有止境，丰盈精神世界",
    "的需求永远不会过时。现实中，",
    "部分公共图书馆覆盖半径较小、",
    "基层图书馆基础薄弱、农村及",
    "特殊困难群体借阅不便，解决",
    "这些问题，迫切需要打通公共",
    "文化服务“最后一公里”。",
    "",
    "卢军：用爱心送子进大学",
    "",
    "1995年高考，鄢家河村四组刘波以 671 分的好成绩，成",
    "为宜昌县高考理科状元，被清华大学工程物理系录取。提",
    "起刘波，人们就联想到他的母亲卢军。",
    "",
    "卢军是村里的民办教师，丈夫在县属企业上班，刘波主要",
    "是妈妈带大的。卢军说，爱孩子是母亲的天性。刘波小时",
    "候多灾多难。6岁时高烧成肺炎，卢军背他到医院连打了",
    "一个月针；7岁时大腿骨折，卢军连续两个月每天背他上",
    "学回家，一天四趟，往返四五里。天真的儿子趴在妈妈背",
    "上说：妈，您老了走不动的时候，我也背您。刘波读初中",
    "时，阑尾炎急性发作，妈妈陪床半个月，三个日夜没合眼。",
    "",
    "卢军认为，爱孩子，一定要注意培养孩子的上进心。对孩",
    "子的长处要肯定、鼓励，但要防止骄傲自满。刘波幼年聪",
    "明过人，100多担桔子的卖价，他用心算，不仅结果正确，",
    "而且速度比计算器还快。卢军充分肯定孩子心算能力不错，",
    "",
    "鼓励他再努力，千万不能骄傲，争取当个数学家、科学家。",
    "刘波读高中时，获全国奥林匹克物理竞赛一等奖。卢军对",
    "刘波说，这是你努力的结果，更是老师教育辅导的结果。",
    "从此，刘波上进心更强了。",
]

# a dispatch with a subhead between two parts about the same man, then two other stories

ONE_STORY = [
    "以色列外长宣布辞职",
    "",
    "\u3000\u3000新华社耶路撒冷1 月 19 日电（记者支林",
    "飞、戚德良） 以色列外长利维 4日宣布，他",
    "决定辞职，以抗议现政府提出的 1998年度财",
    "政预算方案。",
    "\u3000\u3000利维在特拉维夫举行的记者招待会上宣",
    "布，由于内塔尼亚胡没有对他所提出的修改",
    "财政预算的一些要求作出答复，他将正式递",
    "交辞职信。他强烈指责现政府的预算方案大",
    "幅度削减福利开支，从而严重损害了社会低",
    "收入阶层的利益。他同时批评现政府在推进",
    "中东和平进程方面毫无作为，使其处于停滞",
    "状态。",
    "",
    "利维宣布角逐以下届总理",
    "",
    "\u3000\u3000此前，利维曾要求政府在新财政预算方",
    "案中拨款 3亿谢克尔（合 8600万美元），用",
    "来解决日益严重的失业问题，资助现在面临",
    "困境的卫生保健福利制度，以及支持边远城",
    "镇的开发建设。",
    "\u3000\u3000以色列议会定于 5 日就 1998年度财政预",
    "算方案进行表决，利维的辞职使预算方案能",
    "否通过成为疑问，以联合政府也面临解体的",
    "危险。",
    "",
    "丰原公司作核电后盾",
    "",
    "本报记者  衡志诚",
    "\u3000\u3000由中国核工业总公司控股的丰原铀浓缩",
    "有限公司，日前正式成立。这是中核总适应",
    "市场经济的发展，重组国有资产组建的第一",
    "家集团公司。",
    "\u3000\u3000丰原公司的主要任务是负责铀浓缩设备",
    "的研制、开发和生产，承担我国铀浓缩的持",
    "续发展。浓缩铀的生产是核燃料循环系统中",
    "的关键环节。随着我国核电规模的不断扩",
    "大，对浓缩铀的需求量不断上升。为了在技",
    "术上更新，不断扩大生产规模，中核总组建",
    "了丰原公司。该公司以技术为依托，重组国",
    "有资产，集科研、设计、生产、制造、贸易",
    "于一体，负责低浓铀系列产品的生产销售，",
    "满足国内核电发展的需求。（祖佳）",
    "",
    "昆明世博会接受社会捐赠",
    "",
    "连日来，留英的中国学生、学者纷纷捐款捐物，支援张家口地震灾区的灾民",
    "们重返家园、欢度春节。这是伦敦帝国理工学院中国学联在设立一新的捐款",
    "站。（新华社记者 庞伟良摄）",
    "",
    "\u3000\u3000’ 99昆明世界园艺博览会日前接受了由 16个单位提供",
    "的 2500 万元的社会捐赠和赞助。",
    "\u3000\u3000’ 99 昆明世博会是我国政府第一次主办的高规格世界",
    "博览会，目前已有109 个国家对中国政府的邀请函做出了",
    "反应，国内 25 个省区市成立了参展筹备领导小组。此次接",
    "受的捐赠和赞助的资金将全部用于’99 昆明世博会的建设",
    "和筹备，接受社会监督和同步审计，并向社会公布资金使",
    "用情况。（任维东张帆）",
]


# (benchmarks/layout2, a 2026 text) a report whose parts are headed by a tag word over a subhead
# (`循环` / `海铁联运业务辐射16个省份`): the tag word reads as a bare name, which must not keep the
# texts around from being compared
TAGGED_SUBHEADS = [
    "内联外畅锻造“硬核”力量",
    "",
    "本报重庆 1 月 29日电\u3000（记者窦瀚洋）在",
    "浙江宁波舟山港大榭港区，五彩缤纷的集",
    "装箱整齐堆放在海岸，远洋货船往来不",
    "断，在海面划出一道道航迹……",
    "",
    "面向大海，宁波舟山港不断刷新成绩单",
    "——2025年完成货物吞吐量突破14亿吨，",
    "连续17 年位居全球第一，集装箱吞吐量超",
    "4300 万标准箱，稳居全球第三。内联外畅",
    "的宁波舟山港在共建“一带一路”、长江",
    "经济带发展等方面发挥着“硬核”力量。",
    "",
    "循环",
    "",
    "海铁联运业务辐射16 个省份",
    "",
    "一批来自浙江义乌的新能源汽车零配件，",
    "从发货到出海，最快需要多久？",
    "",
    "宁波舟山港铁路北仑港站给出的答案是",
    "——不超过8个小时。",
    "",
    "3月 27日，货运列车运载着一批新能源汽",
    "车零配件，从义乌铁路口岸缓缓驶出。这",
    "里是宁波舟山港在本港五大集装箱港区之",
    "外，将海港功能向内陆港延伸的国际物流",
    "枢纽，被称为宁波舟山港的“第六港区",
    "”。",
    "",
    "海铁联运也让宁波舟山港的港口腹地拓展",
    "到重庆、陕西等地，海铁联运业务辐射至",
    "16 个省份的 67 个地级市。",
    "",
    "智慧",
    "",
    "“双芯大脑”精准有序调度",
    "",
    "随着货运列车行至北仑港站第四股道，画",
    "面随即同步在调度中心大屏上，工作人员",
    "发出作业指令后，4台近30 米高的红色轨",
    "道吊便开始自动抓取集装箱。",
    "",
    "远眺梅山港区，层层堆叠的集装箱之间，",
    "一辆辆智能集卡穿梭其中，有序作业。搭",
    "建起“ 5G+ 北斗 +大数据 +车路协同”的感",
    "知物联网络， 130 余台智能集卡让梅山港",
    "",
    "区集装箱码头成为全球范围内智能集卡数",
    "量最多的码头。",
]


def _page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_the_text_is_read_on_through_a_column_break_to_find_a_new_story() -> None:
    first, second = segment(_page(FRAGMENT)).articles
    assert first.headline == "美能源部：油价将微涨"
    assert first.paragraphs[-1].endswith("天然气的产量每年也将有小幅度上升。")
    assert second.headline == "社会各界踊跃捐赠"
    assert second.paragraphs[0].startswith("综合本报和新华社消息")


def test_a_title_between_two_stories_heads_the_second_even_where_it_fills_the_column() -> None:
    first, second = segment(_page(FULL_TITLE)).articles
    assert first.headline == "扩展阅读的半径（纵横）"
    assert first.paragraphs[-1].endswith("文化服务“最后一公里”。")
    assert second.headline == "卢军：用爱心送子进大学"
    assert second.paragraphs[0].startswith("1995年高考")


def test_a_title_between_texts_sharing_many_words_is_a_subhead_of_one_story() -> None:
    first, *rest = segment(_page(ONE_STORY)).articles
    assert first.headline == "以色列外长宣布辞职"
    assert "利维宣布角逐以下届总理" in first.paragraphs
    assert first.paragraphs[-1].endswith("以联合政府也面临解体的危险。")
    assert [a.headline for a in rest] == ["丰原公司作核电后盾", "昆明世博会接受社会捐赠"]


def test_subheads_under_a_tag_word_between_parts_of_one_report_stay_in_it() -> None:
    (article,) = segment(_page(TAGGED_SUBHEADS)).articles
    assert article.headline == "内联外畅锻造“硬核”力量"
    for subhead in ("循环", "海铁联运业务辐射16个省份", "智慧", "“双芯大脑”精准有序调度"):
        assert subhead in article.paragraphs
    assert article.paragraphs[-1].endswith("量最多的码头。")


# (benchmarks/layout3) two articles whose headlines stand after their bodies; in the second a
# column break leaves the last words of a paragraph alone over a subhead
TAIL_OVER_SUBHEAD = [
    "\u3000\u3000这是克雷库总统第三次访",
    "华，随同来访的有贝宁外交和",
    "合作部长皮埃尔·奥绍，计划、",
    "经济调整和促进就业部长阿尔",
    "贝·特沃杰雷，环境、住房和",
    "城市规划部长萨希杜·丹戈—",
    "纳代伊等。",
    "",
    "贝宁总统抵京",
    "",
    "\u3000\u3000花样游泳比赛是最吸引观众的项目之一。包括俄罗斯、",
    "美国、加拿大、法国、日本、中国等世界强队在内29支参赛",
    "",
    "队的精彩表演的确使观众们深感不虚此行。",
    "",
    "科技花与军功章",
    "",
    "\u3000\u3000亚特兰大奥运会上，花样游泳传统的单双人项目金牌已",
    "被集体项目所取代。本届世锦赛上的集体项目的编排更体现",
    "了新的发展潮流和趋势。",
    "",
    "\u3000\u3000难度趋于表现配合上的默契。本次比赛在动作的难度上",
    "没有新的发展，各队都广泛采用需队员相互配合的托举、托",
    "举串等表现集体项目特点的动作。",
    "",
    "花样游泳赛新潮流",
]


def test_a_paragraphs_last_words_alone_over_a_subhead_still_end_the_text_above_it() -> None:
    first, second = segment("\n".join(TAIL_OVER_SUBHEAD) + "\n").articles
    assert first.headline == "贝宁总统抵京"
    assert second.headline == "花样游泳赛新潮流"
    assert second.paragraphs[0].startswith("花样游泳比赛是最吸引观众的项目之一")
    assert second.paragraphs[1] == "科技花与军功章"


# (benchmarks/layout2) the end of an article, then a report under a byline with three subheads, the
# last between texts that share a share of their word pairs just under 0.07 (大众, 汽车, 欧洲 …)
THREE_SUBHEADS = [
    "",
    "与戏剧队伍的流失和士气不振形成恶",
    "性循环；而戏剧队伍的流失与士气不",
    "振又和话剧演出经营机制的不适应形",
    "成非良性循环。",
    "生活在前进，在改革开放和现代",
    "化建设中出现了戏剧工作者所陌生的",
    "新人、新事和新问题，话剧工作者需",
    "要深入改革开放、现代化建设的实际",
    "，需要重新深入认识生活，思索生活",
    "；在艺术上需要探索新的戏剧审美旅",
    "程。",
    "需要开展科学的、有原则的戏剧",
    "评论工作！",
    "话剧界要有计划，采取实际行动",
    "，开展新的话剧普及与提高活动，迫",
    "切需要培植话剧的基础———观众的",
    "新生代。呼吁社会支持儿童戏剧的创",
    "作和演出。",
    "在最近的“话剧艺术发展战略研",
    "讨会”上，话剧界的同志都很重视一",
    "个新课题：在计划经济向社会主义市",
    "场经济转轨时，戏剧生产如何既面对",
    "市场经济的挑战，又遵循自身的艺术",
    "规律；如何依照这种原则来构筑新的",
    "戏剧生产管理机制与戏剧的生产运作",
    "机制。这是一个新课题，需要话剧界",
    "学习、思索、实践。",
    "话剧事业的发展需要党和国家的",
    "关怀与支持，同时话剧界也要自己动",
    "手，做好属于我们自己应该做的一切",
    "，以使我国话剧艺术在未来的世纪，",
    "在社会主义精神文明建设中发挥更重",
    "要的作用！",
    "",
    "欧盟决定罚巨款   大众不服打官司",
    "",
    "文/吕鸿  图/刘公武",
    "",
    "德国大众汽车股份公司28日在",
    "其总部所在地沃尔夫斯堡宣布，它将",
    "就欧盟对它所作出的处罚决定向设在",
    "卢森堡的欧洲法庭提出起诉。",
    "当天，欧盟委员会负责竞争政策",
    "的委员卡雷尔·范米尔特向新闻界发",
    "表谈话说，欧盟作出了处罚大众公司",
    "的决定，罚款2·02亿马克。他说",
    "，处罚的原因是欧盟经过翔实的调查",
    "证实，大众近年来禁止与大众签有合",
    "同的意大利销售商向德国人或者奥地",
    "利人出售大众和奥迪车，违反了欧盟",
    "的竞争法。据报道，这是迄今为止欧",
    "盟对一个企业所作出的罚款最高的处",
    "罚。",
    "",
    "李鹏会见六国离到任大使",
    "",
    "针对欧盟的上述决定，大众公司",
    "发表声明说，欧盟的处罚决定“毫无",
    "道理”，意大利销售商的“灰色进口",
    "”也违反了欧盟的法律。",
    "",
    "除夕的思念",
    "",
    "据报道，在意大利买大众车和奥",
    "迪车由于意大利弱币里拉的因素而比",
    "在德国买要便宜得多，因此，大众禁",
    "止意大利的销售商将车返销回德国。",
    "欧盟目前还在调查德国的另外两家汽",
    "车公司奔驰和欧宝是否也触犯了同样",
    "的法律。",
    "知道为什么呢？",
    "",
    "刘帅的魅力",
    "",
    "德国大众公司是欧洲最大的汽车",
    "制造商。此间舆论认为，大众与欧盟",
    "此番“对簿公堂”将有一出好戏，表",
    "明欧盟在一体化进程中越来越获得广",
    "泛的权力，而对于这一点，许多公司",
    "和政治家目前可能还没有真正意识到",
    "。",
]


def test_a_subhead_between_texts_sharing_some_words_stays_in_the_story() -> None:
    *_, report = segment("\n".join(THREE_SUBHEADS) + "\n").articles
    assert report.headline == "欧盟决定罚巨款 大众不服打官司"
    assert report.paragraphs[-2] == "刘帅的魅力"
    assert report.paragraphs[-1].startswith("德国大众公司是欧洲最大的汽车制造商")


# headlines printed after their bodies: a report, its headline (sharing a place name, 北京, with the
# photo under it), then a photo standing alone with its title over its caption, then a second report
AFTER_AND_PHOTO = [
    "本报记者 张  谦",
    "\u3000\u3000北京市赴藏慰问组今天抵达拉萨，",
    "随即赶往雪灾最重的那曲地区，把",
    "棉衣、棉被和药品送到牧民手中。",
    "",
    "\u3000\u3000慰问组带去了首都人民的问候。",
    "那曲地区遭受特大雪灾以来，各地",
    "支援的救灾物资已陆续运抵灾区。",
    "",
    "首都各界关心西藏雪灾北京慰问组抵达那曲灾区",
    "",
    "京城庙会迎新春",
    "",
    "春节期间，北京各大庙会游人如织，地坛庙会上的花灯吸引了众多",
    "市民和外国游客。",
    "新华社记者 刘  彤摄",
    "",
    "本报记者 孙  莉",
    "\u3000\u3000今年以来，当地持续加大高标准",
    "农田建设力度，新建灌溉渠道二十",
    "余公里，让不少地块变成了良田。",
    "",
    "\u3000\u3000春耕时节，田间地头一派繁忙",
    "景象。农机手驾驶着播种机来回穿",
    "梭，一垄垄新土整齐地铺展开来。",
    "",
    "农田建设让荒地变良田",
]


def test_a_headline_after_its_body_is_no_kicker_of_the_photo_title_under_it() -> None:
    # the headline shares a place name with the caption below as well as many words with its own
    # text: it still closes the story above
    articles = segment(_page(AFTER_AND_PHOTO)).articles
    assert articles[0].headline == "首都各界关心西藏雪灾北京慰问组抵达那曲灾区"
    assert articles[0].kicker is None
    assert [a.headline for a in articles[1:]] == ["京城庙会迎新春", "农田建设让荒地变良田"]


def test_a_lone_title_between_two_short_texts_sharing_no_words_heads_the_second() -> None:
    """A short report (a photo story's few lines, a brief), then a title line alone, then another
    story on another subject: the texts share no words, so the title heads the second story, though
    neither text is long (the second has no byline: a brief)."""
    text = "\n".join(
        [
            "春耕备耕忙",
            "",
            "■ 本报记者 王军豪",
            "",
            "春耕时节，田间地头一派繁忙景象。农机手",
            "驾驶着播种机来回穿梭，一垄垄新土整齐地",
            "铺展开来。",
            "",
            "今年以来，当地持续加大高标准农田建设力",
            "度，新建灌溉渠道二十余公里，让不少地块",
            "变成了良田。种粮大户老李一边查看墒情一",
            "边说，今年的收成有盼头。",
            "",
            "便民利企举措落地见效",
            "",
            "为进一步优化营商环境，市里推出了一批便",
            "民利企新举措，涵盖企业开办、工程审批等",
            "多个领域。",
            "",
            "在政务服务大厅，前来办事的群众可以在综",
            "合窗口一次提交全部材料，办结时间平均缩",
            "短了一半，窗口工作人员热情周到。",
            "",
            "下一步，有关部门还将梳理高频事项清单，",
            "推动更多事项网上办、掌上办、就近办。",
            "",
        ]
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["春耕备耕忙", "便民利企举措落地见效"]
    assert articles[1].paragraphs[0].startswith("为进一步优化营商环境")


def test_a_lone_title_between_two_full_texts_sharing_few_words_heads_the_second() -> None:
    """A story, a title line alone (well short of the column), then another story with no byline:
    with the full span of text read on both sides, the two texts share a few common pairs only
    (今年, 企业), under 3 in 100, which is two stories, so the title heads the second story."""
    text = "\n".join(
        [
            "春耕备耕忙",
            "",
            "■ 本报记者 王军豪",
            "",
            "春耕时节，田间地头一派繁忙景象。农机",
            "手驾驶着播种机来回穿梭，一垄垄新土整",
            "齐地铺展开来。",
            "",
            "今年以来，当地持续加大高标准农田建设",
            "力度，新建灌溉渠道二十余公里，让不少",
            "低洼地块变成了旱涝保收的良田。种粮大",
            "户老李一边查看墒情一边说，今年的收成",
            "有盼头。",
            "",
            "在县农业技术推广中心，技术人员正在检",
            "测种子的发芽率。中心负责人介绍，全县",
            "已储备各类良种三千多吨，化肥农药也已",
            "分批运抵各个乡镇的供销网点。",
            "",
            "为了让农户用上放心农资，县里组织执法",
            "人员走村入户开展检查，查处了几起销售",
            "劣质化肥的案件，群众拍手称快。农技专",
            "家还深入田间，手把手传授科学施肥和病",
            "虫害防治技术。",
            "",
            "眼下，各地抢抓晴好天气抢种抢插，确保",
            "不误农时，力争全年粮食产量稳中有增。",
            "",
            "便民利企举措落地见效",
            "",
            "为进一步优化营商环境，市里推出了一批",
            "便民利企新举措，涵盖企业开办、工程审",
            "批、不动产登记等多个领域。",
            "",
            "在政务服务大厅，前来办事的群众可以在",
            "综合窗口一次提交全部材料，办结时间平",
            "均缩短了一半，窗口工作人员热情周到。",
            "一位刚拿到营业执照的创业者说，以前要",
            "跑好几趟，如今半天就办好了。",
            "",
            "据介绍，市里还开通了企业诉求直通车，",
            "专人跟踪督办，对企业反映的用水用电、",
            "融资贷款等难题限时答复。截至目前，已",
            "帮助企业解决各类问题四百余个。",
            "",
            "下一步，有关部门还将梳理高频事项清单",
            "，推动更多事项网上办、掌上办、就近办",
            "，让经营主体安心发展。",
            "",
            "市营商环境监督员表示，将定期走访园区",
            "和商户，收集意见建议，推动政策落到实",
            "处。",
            "",
        ]
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["春耕备耕忙", "便民利企举措落地见效"]
    assert articles[1].paragraphs[0].startswith("为进一步优化营商环境")


def test_a_paragraph_cut_into_single_lines_over_a_column_break_still_ends_its_story() -> None:
    # the last paragraph of a report comes as single full lines (`…副市长王` / `海平、…参加`) and
    # its last words after a column break (`了签字仪式。`); under them a title line and a story on
    # another subject with no byline. The lines read on into one another down to the finished
    # sentence, so the texts either side of the title are compared, and the title opens a story.
    text = "\n".join(
        [
            "两市签署合作协议",
            "",
            "新华社南州3月2日电（记者宋远）南州",
            "市与北川市今天在南州签署了经济合作",
            "协议，双方将在交通、能源和旅游等方",
            "面加强合作。",
            "",
            "两市市长在签字仪式上表示，这份协议",
            "将为两地企业带来新的发展机会，也将",
            "方便两地群众的往来。",
            "",
            "南州市副市长李明远、北川市副市长王",
            "海平、两市发展改革部门负责人等参加",
            "",
            "了签字仪式。",
            "",
            "春天里的读书会",
            "",
            "每到周末，城西社区图书室里总是坐满",
            "了人。退休教师张老师带着几位邻居一",
            "起读书，大家轮流朗读，再聊聊各自的",
            "感受。",
            "",
            "读书会办了三年，参加的人从最初的五",
            "六个，增加到现在的三十多个。不少年",
            "轻的父母也带着孩子来听故事。",
        ]
    )
    articles = segment(text).articles
    assert [a.headline for a in articles] == ["两市签署合作协议", "春天里的读书会"]
    assert articles[0].paragraphs[-1].endswith("负责人等参加了签字仪式。")
    assert articles[1].paragraphs[0].startswith("每到周末")


# a report whose text runs on without blank lines, and a plain subhead set apart by a wide gap in
# the middle: the two halves share some words (操场, 体育课, 下雨 …: just over a twentieth of their
# pairs), fewer than texts around a subhead usually share, but the gap holds nothing of a story's
# own heading (no column's name, no writer, the same column under it)
PLAIN_SUBHEAD = [
    "山坳里响起欢笑声",
    "",
    "本报记者  林晓川",
    "",
    "\u3000\u3000入秋以来，青石镇中心小学的老",
    "师们忙着给新建的操场划线。这所学",
    "校建在半山腰上，过去只有一块坑洼",
    "不平的泥地，一下雨就积满了水，体",
    "育课常常只能挪到教室里上。",
    "\u3000\u3000去年春天，镇里把扩建操场列入",
    "了民生实事清单，请来施工队平整土",
    "地、铺设排水管道。工人们冒着酷暑",
    "干了三个多月，终于赶在开学前完工。",
    "\u3000\u3000校长郑远山说，这块操场不算大，",
    "却是全校三百多名学生盼了好几年的",
    "心愿。开学第一天，不少家长专门赶",
    "来看一看。",
    "",
    "",
    "课间有了好去处",
    "",
    "\u3000\u3000开学以来，每天上午第二节课后，",
    "孩子们一窝蜂地涌向操场的塑胶跑道，",
    "跳绳、踢毽子、打篮球，笑声传遍了",
    "山坳。如今下雨天也不用挪进教室了。",
    "体育老师韦丽娟把早操改成了趣味游",
    "戏，连平时最怕运动的学生也愿意出",
    "来跑一跑。",
    "\u3000\u3000韦丽娟告诉记者，过去没有场地，",
    "很多项目根本开展不起来，现在每个",
    "班每周都能上足体育课。学校还从学",
    "生里组建了一支小小足球队，准备参",
    "加镇里明年举办的比赛。",
    "\u3000\u3000看着孩子们在操场上奔跑，老师",
    "和家长们觉得辛苦都值得。",
]


def test_a_plain_subhead_between_texts_sharing_a_few_words_stays_in_the_story() -> None:
    (article,) = segment(_page(PLAIN_SUBHEAD)).articles
    assert article.headline == "山坳里响起欢笑声"
    assert "课间有了好去处" in article.paragraphs
    assert article.paragraphs[-1] == "看着孩子们在操场上奔跑，老师和家长们觉得辛苦都值得。"


def test_a_title_naming_its_column_between_texts_sharing_a_few_words_heads_a_new_story() -> None:
    lines = [line if line != "课间有了好去处" else "课间有了好去处（校园新事）" for line in PLAIN_SUBHEAD]
    first, second = segment(_page(lines)).articles
    assert first.paragraphs[-1].endswith("不少家长专门赶来看一看。")
    assert second.headline == "课间有了好去处（校园新事）"


HEAD_AFTER_OVER_NEXT = [
    "1998年3月2日  星期一  地方  第4版",
    "",
    "\u3000\u3000本报讯  二月二十六日，山城新建的第二水厂正式建成供",
    "水，山城东部几个街道的缺水问题得到解决。",
    "\u3000\u3000山城地处丘陵，过去城东的居民用水要靠几口老井，每到",
    "夏天常常排队接水。为了解决缺水问题，市里决定新建第二",
    "水厂，从城外的水库引水进城。",
    "\u3000\u3000第二水厂每天供水三万吨，可以满足城东十万居民的生活",
    "用水，还为城东新建的工业园区留足了用水。（方  明）",
    "",
    "城东十万居民告别排队接水",
    "",
    "山城第二水厂建成供水",
    "",
    "老艺人教孩子们剪纸",
    "",
    "本报记者  赵  红",
    "",
    "\u3000\u3000春节刚过，文化馆的活动室里就坐满了前来学剪纸的孩子",
    "们。七十岁的老艺人拿起一张红纸，几剪子下去，一只活灵",
    "活现的小兔子就出现在大家眼前，孩子们都看呆了。",
    "\u3000\u3000老艺人说，剪纸是老辈人传下来的手艺，他愿意把自己会",
    "的都教给孩子们，让这门手艺一代代传下去。",
]


def test_a_headline_stack_after_its_body_over_the_next_storys_heading_stays_whole() -> None:
    # four lines between the texts (kicker and headline of the story above, printed after its
    # body; the next one's headline and byline): each title's words still say whose it is
    first, second = segment(_page(HEAD_AFTER_OVER_NEXT)).articles
    assert first.kicker == "城东十万居民告别排队接水"
    assert first.headline == "山城第二水厂建成供水"
    assert second.kicker is None
    assert second.headline == "老艺人教孩子们剪纸"
