"""Where a story ends, on excerpts of laid-out 1998 pages (benchmarks/layout2, January 1998 People's
Daily text) that were misread: a title line between two texts that share few words stands between
two stories, where it is a headline, not a subhead; on a page whose paragraphs run on, a photo set
apart from the article above by a blank line stands alone.
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
