"""Where a story ends, on excerpts of laid-out 1998 pages (benchmarks/layout2, January 1998 People's
Daily text) that were misread: a title line between two texts that share few words stands between
two stories, where it is a headline, not a subhead; on a page whose paragraphs run on, a photo set
apart from the article above by a blank line stands alone; a photo printed over a byline or a
heading below an article stands alone (an article's photos go above its heading only at the top of
the page).
"""

from __future__ import annotations

from reader.page.segment import segment

# a dispatch (its bracketed dateline closing it), then a commentary on another subject under a
# title line, with no byline
TWO_SUBJECTS = [
    "以撤军仍无具体方案",
    "",
    "本报记者 戚德良\u3000支林飞",
    "\u3000\u3000美国中东和谈特别协调员罗",
    "斯10日结束了为期4天的中东之",
    "行。这是罗斯1998年对中东的首",
    "轮和平外交斡旋。他先后与以色",
    "列总理内塔尼亚胡和巴勒斯坦自",
    "治政府主席阿拉法特就巴以安全",
    "合作、定居点、撤军等问题举行",
    "了数次会晤，但最终并未说服以",
    "方拿出从约旦河西岸第二阶段撤",
    "军的具体方案。",
    "",
    "\u3000\u3000中东和平进程的前景及该地",
    "区面临的紧张局势令人担忧。",
    "1997年，美国在推进中东和平进",
    "程方面无所作为，而罗斯此次中",
    "东之行又无收获，国际舆论已对",
    "美国是否真心希望推进和平进程",
    "产生了怀疑。（新华社耶路撒冷",
    "1 月10 日电）",
    "",
    "不容忽视的问题",
    "",
    "\u3000\u3000一个即将毕业的财经门类的",
    "大学生，在他即将告别心目中这",
    "所神殿时，怀着崇敬的心情，又",
    "听了一次他刚入学时，令他振奋",
    "",
    "不已的那位老师的课。然而，他",
    "没把课听完就退出了课堂。他难",
    "过极了，原来这位老师所讲的一",
    "切竟然和他刚上大学一年级时听",
    "的那堂课的内容几乎完全一样。",
    "4年了，面对世界经济改革的飞",
    "速发展和日新月异的知识，我们",
    "的课本太陈旧了。",
    "",
    "\u3000\u3000据不完全统计，我国高等财",
    "经教育的教材87％以上陈旧，几",
    "乎到了可悲程度。",
]

# a run-on page (no blank line between paragraphs): a photo's caption and credit set apart by a
# blank line from the article above, then the next article
PHOTO_APART = [
    "美总统再次否认绯闻",
    "",
    "本报记者  韩世峰",
    "",
    "\u3000\u3000美国总统克林顿22日再次否认他同前白宫",
    "实习人员莫尼卡·莱温斯基女士发生过性关系",
    "并曾要这名女士就此撒谎。",
    "\u3000\u3000克林顿在白宫对记者说：“这些指控不真",
    "实。我只要求别人讲真话，从来不会让人说假",
    "话。”",
    "\u3000\u3000克林顿夫人希拉里21日对记者说，她相信",
    "对克林顿的指控绝对是捏造的。希拉里还说，",
    "近年来，克林顿不断受到出于政治目的和党派",
    "利益的攻击，这些攻击对国家没有任何好处。",
    "",
    "在1月9日举行的“北大方正’97业绩发布会”上，王选院士向记者宣布",
    "：“第一份使用方正软件排版的日文报纸到今天已出版40天，效果很好",
    "。这说明北大方正已成功进入世界上最挑剔的日本市场。我把第一张报",
    "纸送给了美国微软公司总裁比尔·盖茨。”",
    "任继东摄",
    "",
    "年货送给老红军",
    "编者按：这次征文历时10个月，先后收到来稿",
    "近万件，作品形式包括诗词、散文、随笔、专",
    "论、书画、剪纸等，为宣传香港回归规模最大",
    "、时间最久、收到作品和发表作品最多的一次",
    "征文。这些作品表达了对香港回归祖国的感受",
    "，抒发了洗雪百年国耻的民族自豪感，阐述了",
    "一代伟人邓小平所提出的“一国两制”构想的",
    "深远意义，展望了祖国和香港更加美好的明天",
    "。",
    "",
    "\u3000\u3000本报南京12月31日电\u3000（记者余清楚） 1",
    "月21日上午，江西省军区第一干休所里，欢声",
    "笑语连成一片。江西远望经济开发总公司的员",
    "工带着自己生产的“年货”，给他们特殊的亲",
    "人———50多名老红军、老八路拜年来了。一",
    "箱箱蛋糕和汤圆表达了这家国防科工委下属企",
    "业职工的一片爱心和祝福。",
    "\u3000\u3000干休所的同志告诉记者，连日来，干休所",
    "成了社会关心的热点。这些曾经为革命赴汤蹈",
    "火的老前辈如今安度晚年，看见有这么多亲人",
    "来送温暖，表爱心，贺新年，心里充满了幸福",
    "和欢乐。远望公司副总经理敖维忠拉着老前辈",
    "们的手，深情地说：“今年来给老红军、老前",
    "辈拜年，是为了表达我们的敬仰之情。你们为",
    "革命吃过苦，流过血，立过功，我们不会忘记",
    "你们。祝愿你们新春快乐，健康长寿。”",
]

# (benchmarks/layout3) a signed commentary, then an unsigned one under its own title: two stories
# on one page's subject share many single characters but few pairs of them
TWO_COMMENTARIES = [
    "赞天津的新事",
    "",
    "季  音",
    "",
    "\u3000\u3000最近一个时期，天津百姓的一个突出",
    "感觉是：市领导在报纸、电视上露面少了，",
    "讲话少了，会议报道少了。同时，群众关",
    "心的热点问题的报道、剖析实际工作深层",
    "次问题的报道增多，读者称赞报纸更有了",
    "看头。报道说，天津的这股新风，源于市",
    "委的主要领导。市委书记、市长张立昌提",
    "出：把版面让给改革典型，把荧屏留给人",
    "民群众。",
    "",
    "\u3000\u3000天津市对宣传报道的这一改进值得欢",
    "迎，它符合众多读者对传媒的希望。",
    "",
    "\u3000\u3000报纸和荧屏上会议报道多，领导人活",
    "动多，已成为当今一个普遍现象，群众对",
    "此颇有微词。当然，人们并不一概反对会",
    "议报道。党与国家的重要会议当然要报道，",
    "而且要突出报道，因为它是全国人民普遍",
    "关心的。但现在的问题是，一般的会议和",
    "领导人活动报道也偏多。中央一级报纸这",
    "样做有其客观原因，而不少省市直到县办",
    "小报和部门报纸，也竞相仿效，会议与当",
    "地领导人活动，经常占据了大量篇幅和显",
    "著地位，这样就把反映基层情况的报道，",
    "挤到了一个小角落里。",
    "",
    "\u3000\u3000关于领导人活动的报道，当然也要区",
    "别不同情况。现在我国对外开放，外事活",
    "动频繁，中央一级大报适当多登载些此类",
    "消息，是完全必要的。",
    "",
    "房改：期待真改",
    "",
    "\u3000\u30001997年房改没有出现人们所期待的突",
    "破，在住房与新的经济增长点之间，住房",
    "制度仍是掣肘因素，其表现为：",
    "",
    "\u3000\u3000●由单位进行福利性住房分配的旧体",
    "",
    "制还在延续，致使新建住房不断进入旧的",
    "住房体制。上海市1991年—1997年新建住",
    "房中，有4600万平方米通过单位分配的途",
    "径进入旧体制，而累计出售住房只有3400",
    "万平方米。全国其他地区的情况也大抵如",
    "此。新建住房进入旧体制的速度超过存量",
    "公房改革的速度，不仅增大了改革的难度，",
    "也加大了改革的成本。",
    "",
    "\u3000\u3000●公房租金水平没有摆脱低租金循环",
    "的福利制的使用方式，与物价和居民的收",
    "入水平相比提高幅度不大。据35个大中城",
    "市统计，现行租金水平相当于成本租金的",
    "20%、商品租金的12%；35个大中城市房租",
]

# (benchmarks/layout3) an article closed by its headline, a photo with its credit, then the next
# article's byline: an article prints its photos under its byline, so this photo stands alone
PHOTO_OVER_A_BYLINE = [
    "本报北京5月2日电  （记者张荣典",
    "通讯员吕志贵）全国人大常委会",
    "委员长乔石今天上午在人民大会堂",
    "会见了以会长樱内义雄为团长的第",
    "二十六次日本国际贸易促进协会访",
    "华团。",
    "",
    "乔石对樱内义雄会长及其他新老日",
    "本朋友来访表示热烈欢迎。他说，",
    "今年是中日和平友好条约签署二十",
    "周年。总的来说，这些年来，中日",
    "关系取得了较好的发展，许多日本",
    "有识之士为此作出了积极的贡献，",
    "但日本确有极少数人妨碍着中日关",
    "系的顺利发展。他表示相信，通过",
    "中日两国政府和各界人士的共同努",
    "力，中日友好合作关系会不断向前",
    "发展。",
    "",
    "樱内义雄表示，日本国际贸易促进",
    "协会愿继续为日中友好事业作出自",
    "己的努力。",
    "",
    "贸促会会长俞晓松、日本驻华大使",
    "佐藤嘉恭参加了会见。",
    "",
    "乔石会见日本客人",
    "",
    "北京地坛春节文化庙会正加紧筹备。由万盏红灯构成的“万灯耀园”将与“百鸟朝凤”、“",
    "祥虎送福”、“火树金花”组成迎新主题。",
    "本报记者陶源明摄",
    "",
    "本报驻太原记者  贺林平",
    "",
    "核心阅读",
    "",
    "收到周国斌手上动作的指令，几台远在江边一线",
    "的橙色龙门吊便“听话”地运转起来。",
    "",
    "在广东江门，龙门吊司机周国斌坐在中国外运江",
    "门高新港港区办公楼的中控室里，手握操纵杆，",
    "双眼注视屏幕，神情专注。“我一个人就可以远",
    "",
    "程操控4台龙门吊，不用再在码头上风吹日晒、",
    "爬高走低了。”周国斌说。",
    "",
    "“从现场到远程，从日晒雨淋到智能操控，这一",
    "转变得益于人工智能技术的应用。”江门高新港",
    "总经理张涛介绍，龙门吊移动运行、吊装集装箱",
    "等作业，大部分由系统自动控制；在吊具运行到",
    "离箱顶50厘米距离时，才切换成人工模式，由师",
    "傅们接手，借助安装在机身和吊具上的高清摄像",
    "头，远程操作对准锁孔，旋转扭锁，再稳稳吊起。",
    "",
    "收到周国斌手上动作的指令，几台远在江边一线",
    "的橙色龙门吊便“听话”地运转起来。“有了人",
    "工智能帮助，不仅工作环境舒适安全，效率也提",
    "高了，人工作业环节减少了60%。”周国斌说。",
    "",
    "人工智能赋能广东智慧港口建设",
    "码头上来了好帮手（探访）",
]

# (benchmarks/layout3) an article closed by its photos, a photo standing alone with its title, then
# the next article's kicker and headline
PHOTO_OVER_A_HEADING = [
    "意总统总理会见钱其琛钱其琛与意大利外长会谈",
    "",
    "\u3000\u3000本报讯（记者 罗晋标）意大利",
    "总统斯卡尔法罗15日上午在总统府会",
    "见了正在这里访问的中国国务院副总",
    "理兼外交部长钱其琛。",
    "\u3000\u3000钱其琛向斯卡尔法罗总统转达了",
    "江泽民主席的问候，并欢迎他访问中",
    "国在国际事务中发挥更大作用是十分",
    "重要的。",
    "\u3000\u3000他强调，只有相互尊重才能维护",
    "和平。世界各国有着不同的情况，无",
    "论在政治还是在经济领域，都不能强",
    "求一致。",
    "\u3000\u3000钱其琛表示同意斯卡尔法罗总统",
    "的看法。他指出，冷战时期两个阵营",
    "对峙的局面已经结束，世界经济发展",
    "已密不可分，这就为下一个世纪的和",
    "平与发展创造了有利条件。他说，世",
    "界的稳定不可能建立在一根支柱上，",
    "过去两根支柱对立也不可能实现稳定。",
    "我们赞成世界多极化，多极化反映国",
    "际政治的民主化。世界各国应发展正",
    "常的、建立在共同利益之上的关系，",
    "而不应再出现军事集团或其他对抗性",
    "结构。",
    "（本报记者陈澎整理）",
    "",
    "图①：新年来临之际，浙江省8个贫",
    "困县全部达到国家脱贫标准，使该省",
    "成为全国率先消灭贫困县的省份。近",
    "年来，浙江省加大开发式扶贫力度，",
    "组织贫困山区农民因地制宜发展山区",
    "经济，并且每年投入2亿元用于改善",
    "山区交通、电网等基础设施，为254",
    "",
    "万山区人民创造良好的脱贫环境。图",
    "为武义县桃溪镇泽村村民为感谢各界",
    "的扶贫支持，竖起鸣谢碑以告后人。",
    "\u3000\u3000新华社记者谭进摄",
    "图②：1月5日，北京月坛小学和第四",
    "聋哑学校的学生参加了“迎新年为盲",
    "童献爱心”捐赠旧挂历活动。这些挂",
    "历将被制成盲文用纸，分送给盲人学",
    "校。",
    "新华社记者李明放摄",
    "",
    "下岗职工摊位",
    "",
    "图为：在成都市数千个销售自产鲜花及腌腊制品的农家摊点上，约有4000多名下岗职工找到了岗位。图为",
    "下岗女工肖顺琴在摊点上愉快地工作。",
    "■ 新华社记者 刘前刚",
    "",
    "湖北武汉水厂改造使用全封闭气膜施工——",
    "工地穿上了“隔音防尘罩”",
    "",
    "\u3000\u3000本报阿布扎比1月9日电  （记者",
    "吴君  通讯员魏明伦）在湖北武汉市",
    "硚口区宗关水厂，一个气球状的白色",
    "巨型气膜近日引起不少市民关注。",
    "\u3000\u3000“这里是宗关水厂升级改造工程，",
    "湖北省第一个用全封闭气膜施工的市",
    "政项目（见图，武汉市城投集团供图）。",
    "用气膜将工地包裹起来，主要是为了",
    "降尘降噪。”宗关水厂升级改造工程",
    "项目负责人袁松介绍，气膜能降低30%",
    "以上的项目噪声，隔绝99%以上的项",
    "目扬尘。",
    "\u3000\u3000正值春暖花开，项目附近鸟语花",
    "香，空气清新。旁边的LED环境监测",
    "显示屏上，噪声分贝数值始终维持在",
]


def _page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_a_title_between_texts_sharing_no_words_heads_a_new_story() -> None:
    first, second = segment(_page(TWO_SUBJECTS)).articles
    assert first.headline == "以撤军仍无具体方案"
    assert first.paragraphs[-1].endswith("（新华社耶路撒冷1月10日电）")
    assert second.headline == "不容忽视的问题"
    assert second.authors == []
    assert second.paragraphs[0].startswith("一个即将毕业的财经门类的大学生")


def test_a_photo_set_apart_from_the_text_on_a_run_on_page_stands_alone() -> None:
    article, photo, following = segment(_page(PHOTO_APART)).articles
    assert article.headline == "美总统再次否认绯闻"
    assert article.paragraphs[-1].endswith("这些攻击对国家没有任何好处。")
    assert photo.kind == "photo"
    assert photo.paragraphs[0].startswith("在1月9日举行的")
    assert photo.byline == "任继东摄"
    assert following.headline == "年货送给老红军"


def test_a_title_between_commentaries_sharing_few_words_heads_the_second() -> None:
    first, second = segment(_page(TWO_COMMENTARIES)).articles
    assert first.headline == "赞天津的新事"
    assert second.headline == "房改：期待真改"
    assert second.authors == []
    assert second.paragraphs[0].startswith("1997年房改没有出现人们所期待的突破")


def test_a_photo_over_the_next_articles_byline_stands_alone() -> None:
    first, photo, second = segment(_page(PHOTO_OVER_A_BYLINE)).articles
    assert first.headline == "乔石会见日本客人"
    assert photo.kind == "photo"
    assert photo.paragraphs[0].startswith("北京地坛春节文化庙会正加紧筹备")
    assert [a.name for a in photo.authors] == ["陶源明"]
    assert second.headline == "码头上来了好帮手（探访）"
    assert second.paragraphs[0] == "核心阅读"


def test_a_photo_over_a_heading_below_the_top_of_the_page_stands_alone() -> None:
    *_, photo, last = segment(_page(PHOTO_OVER_A_HEADING)).articles
    assert last.headline == "工地穿上了“隔音防尘罩”"
    assert last.paragraphs[0].startswith("在湖北武汉市")
    assert photo.kind == "photo"
    assert photo.paragraphs == [
        "图为：在成都市数千个销售自产鲜花及腌腊制品的农家摊点上，约有4000多名下岗职工找到了岗位。图为下岗女工肖顺琴在摊点上愉快地工作。"
    ]


# (made up) a report whose boxed summary (`核心阅读`) runs straight into its text, then a title line
# and a report on another subject with no byline: the two texts share no words
BOXED_THEN_OTHER = [
    "北方草原春季防火全面启动",
    "",
    "本报记者 高远山",
    "",
    "核心阅读",
    "",
    "进入春季，草原进入防火紧要关头，",
    "各地已组建扑火队伍，储备物资，",
    "严防死守，确保不发生重大火情。",
    "",
    "入春以来，北方牧区气温回升快，",
    "降水偏少，枯草厚实，防火形势严",
    "峻。各旗县成立专门指挥部，牧民",
    "轮流巡查，发现烟点立即上报。",
    "",
    "据介绍，今年共组建专业扑火队伍",
    "六十余支，配备风力灭火机、水车",
    "和卫星电话，储备干粮帐篷等物资，",
    "做到人员物资随时能够拉得出去。",
    "",
    "防火部门还在牧道路口设置检查站，",
    "劝阻进入草场的车辆携带火种，并",
    "在嘎查村开展宣讲，把防火知识送",
    "到每一户牧民家中。",
    "",
    "海岛渔港新添冷链仓库",
    "",
    "东海一座海岛上的渔港日前建成新",
    "的冷链仓库，渔船靠岸卸下的鱼虾",
    "可以直接进库冷藏，不必再连夜装",
    "车运往外地，渔民收入因此增加。",
    "",
    "这座仓库能存放上千吨水产，配有",
    "自动分拣线。码头边的加工厂招收",
    "本地妇女上岗，剖鱼晾晒，腌制咸",
    "鲞，一年四季都有活干。",
    "",
    "镇上还修通了环岛公路，游客乘轮",
    "渡上岛，吃海鲜住民宿，看日出赶",
    "海，小岛的旅游旺季一年比一年长。",
]


def test_a_title_between_texts_sharing_no_words_heads_a_new_story_after_a_boxed_summary() -> None:
    first, second = segment(_page(BOXED_THEN_OTHER)).articles
    assert first.headline == "北方草原春季防火全面启动"
    assert first.paragraphs[-1].endswith("把防火知识送到每一户牧民家中。")
    assert second.headline == "海岛渔港新添冷链仓库"
    assert second.paragraphs[0].startswith("东海一座海岛上的渔港")
