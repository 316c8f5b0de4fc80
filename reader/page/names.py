"""People's names as newspapers print them: which short words may be names, and how printed tokens
make names.

- The surnames a name opens with (`may_be_name` asks it of a name printed with no role word).
- Two-character names padded to three (`王  五`), three-character ones spread out (`祁 嘉 禾`) or split
  by a stray space (`柯 明远`): `merge_names` makes names of the tokens between separators.
"""

from __future__ import annotations

from reader.page import rx
from reader.page.textclean import is_ideograph

# The commonest Chinese surnames (together borne by most people): a line of names alone is a signed
# byline when each name opens with one, rarely a title that happens to be two or three characters.
_COMMON_ORDER = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉"
    "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩佘池查麻苑迟邝"
)
COMMON_SURNAMES = frozenset(_COMMON_ORDER)
# (the list runs commonest first: a surname's place in it is how common it is)
_RANK = {surname: place for place, surname in enumerate(_COMMON_ORDER)}
# Every surname: the common ones, the rest of the single surnames of the 百家姓 and a few of today's
# that it lacks. A three-character name is a surname and a two-character given name (or a compound
# surname and one character): `may_be_name` asks it of a name printed alone, without a role word.
SURNAMES = COMMON_SURNAMES | frozenset(
    "水云奚昌凤花酆廉乐时皮元平和萧湛禹狄贝明计伏谈茅强危支昝经裘干宣贲郁杭洪诸钮嵇滑荀羊於惠家封芮羿"
    "储汲邴糜松井富乌巴弓牧隗山宓蓬全郗班仰秋伊暴钭厉戎祖束幸韶郜蓟薄印宿怀邰从鄂索咸籍赖蔺屠阴胥能苍"
    "双闻莘贡劳逄扶堵宰郦雍卻璩濮寿通扈燕冀郏浦别阎充慕茹习宦鱼容慎戈庾终暨居衡步都满弘匡国文广禄阙东"
    "殳沃利蔚越夔隆厍晁勾融訾阚那空毋乜养鞠须丰巢蒯相后荆红竺权逯盖益桓公晋楚法汝鄢钦帅缑亢况郈有琴佴"
    "伯赏墨哈谯笪年爱言福"
    "才果巨代门银揭仝战冼植区练官邸郄蹇但员寸铁黑兀续奉肇綦闪旷粟衣矫亓谌仉妥粘禚檀智"
)
# compound surnames, two characters each
_COMPOUNDS = (
    "万俟司马上官欧阳夏侯诸葛闻人东方赫连皇甫尉迟公羊澹台公冶宗政濮阳淳于单于太叔申屠公孙仲孙轩辕令狐钟离宇文长孙慕容鲜于闾丘"
    "司徒司空亓官司寇子车颛孙端木巫马公西漆雕乐正壤驷公良拓跋夹谷宰父谷梁段干百里东郭南门呼延归海羊舌微生梁丘左丘东门西门南宫第五"
)
_COMPOUND_SURNAMES = frozenset(_COMPOUNDS[i : i + 2] for i in range(0, len(_COMPOUNDS), 2))


# a reading guide's words over a commentary's summary (`导读`, `提要`), set alone under its writer's
# name: the box's title, never a pen name
_GUIDE_WORDS = frozenset({"导读", "提要"})


def commoner(first: str, second: str) -> str:
    """Of two common surnames, the one more people bear (`first` where neither is common)."""
    return second if _RANK.get(second, len(_RANK)) < _RANK.get(first, len(_RANK)) else first


def surnamed(name: str) -> bool:
    """Does `name` open with a surname (`王五`, `欧阳修`)?"""
    return name[:1] in SURNAMES or name[:2] in _COMPOUND_SURNAMES


# a two-letter word spread out alone on its line, as a name or a part's label is (`常  态`)
_SPREAD_TWO = rx.compile(r"^[\u3400-\u9fff]\s+[\u3400-\u9fff]$")
# what opens another story or a box in it, between a story's part labels and the next ones: a line
# naming a reporter by role, a dateline, a box's heading spread as a label is (`编  后`)
_STORY_OPENS = rx.compile("记者|通讯员|日电|日讯|本报讯")
_BOX_WORDS = _GUIDE_WORDS | {"编后", "短评", "点评"}
_OPENS = ""  # (`spread_words`' mark for a block that opens a story or a box)


def spread_words(texts: list[tuple[str, bool]]) -> list[str | None]:
    """For each block's first line (and whether it is the block's only line): the two-letter word
    spread out on it (`常  态`), closed up; "" where the block opens a story or a box (`_OPENS`);
    None for any other."""
    words: list[str | None] = []
    for text, alone in texts:
        if len(text) > 40:
            words.append(None)  # (most blocks: a paragraph's full line)
            continue
        word = "".join(text.split()) if alone and _SPREAD_TWO.match(text.strip()) else None
        opens = word in _BOX_WORDS if word else _STORY_OPENS.search(text) is not None
        words.append(_OPENS if opens else word)
    return words


# how far (in blocks) a part's label looks for the others of its set
_SET_REACH = 12


def label_between(words: list[str | None], i: int) -> bool:
    """Is the spread two-letter word `words[i]` (`常  态`) one of a story's part labels? Its parts
    are labelled alike, each with a spread two-letter word alone on its line (`破  题` … `攻  坚`):
    one that opens with a surname, set between two such words that open with none, is a label of
    their set. A writer's name signs above or below a story's labels, never between them; the set
    ends where another story or a box opens (`spread_words`). `words` holds each block's spread
    two-letter word, None where a block is not one."""
    return bool(words[i]) and _label_before(words, i) and _label_after(words, i)


def label_of_set(words: list[str | None], i: int) -> bool:
    """Is the spread two-letter word `words[i]`, opening with no surname (`序  曲`), one of a set of
    part labels: another spread word opening with none set before or after it in the same story
    (`spread_words`)? A name may be spread so; two such words, neither opening with a surname, are
    a story's labels."""
    word = words[i]
    return bool(word) and not surnamed(word) and (_label_before(words, i) or _label_after(words, i))


def _label_before(words: list[str | None], i: int) -> bool:
    """Is a spread word opening with no surname set before `words[i]` in its story (`_SET_REACH`)?"""
    return _label_in(words, range(i - 1, max(-1, i - 1 - _SET_REACH), -1))


def _label_after(words: list[str | None], i: int) -> bool:
    """… and after it?"""
    return _label_in(words, range(i + 1, min(len(words), i + 1 + _SET_REACH)))


def _label_in(words: list[str | None], ks: range) -> bool:
    """Does a spread word opening with no surname stand at one of `ks`, in their order, before what
    opens another story or a box (`_OPENS`)?"""
    for k in ks:
        word = words[k]
        if word == _OPENS:
            return False
        if word is not None and not surnamed(word):
            return True
    return False


# the words a place's name ends on, its rank (`某省`, `某市`, `某县`…): a name signed with where its
# bearer lives or works (`某省某市  王五`, `（某市某区李四）`) puts the place before it
PLACE_RANKS = "省市县区州盟旗镇乡村"
# how a letter's writer is named without their name, after their surname (`某市  刘先生`, `某县  李大爷`)
HONORIFICS = (
    "先生",
    "女士",
    "同志",
    "老师",
    "师傅",
    "大爷",
    "大妈",
    "大娘",
    "阿姨",
    "大姐",
    "大哥",
    "奶奶",
    "爷爷",
)

# particles and words that close a phrase (`…范围等`, `…的`, `…们`): no one's name ends on one
_NO_NAME_LAST = frozenset("等的了们吗呢吧")


def may_be_name(name: str) -> bool:
    """Could `name`, printed alone with no role word, be a person's? A name of three characters
    opens with a surname, where the name of a column (a short phrase) does not; a name of two may
    be a pen name, and is mostly letter-spaced in print (`王  浩`), but for a reading guide's words.
    No name ends on a particle that closes a phrase (`范围等`: a title's last word wrapped alone)."""
    if name[-1:] in _NO_NAME_LAST:
        return False
    if len(name) == 2:
        return name not in _GUIDE_WORDS
    return len(name) != 3 or surnamed(name)


def merge_names(tokens: list[str]) -> list[str]:
    """Single-ideograph tokens pair up: `王 五` is one padded two-character name. No one's name is
    one character: one left over is part of a three-character name that a stray space split, with
    the two-character token after it (`柯 明远`) or, at the end, before it (`程立 新`). Next to a
    token of four letters it is a padded two-letter name whose other letter ran onto the next name
    where a single space was lost (a dateline's brackets cleaned as running text: `林 涛方园园`,
    `方园园周 红`): no name is one letter, and four letters part so into names of two and three."""
    names: list[str] = []
    pending = ""
    whole = False  # the last name is a token as printed (not two single ideographs paired)
    tokens = _spread_names(tokens)
    for token in tokens:
        if len(token) == 1 and is_ideograph(token):
            if pending:
                names.append(pending + token)
                pending, whole = "", False
            else:
                pending = token
            continue
        if pending:
            if len(token) == 2 and is_ideograph(token[0]):
                token = pending + token
            elif _four_letters(token):
                names.append(pending + token[0])
                token = token[1:]
            else:
                names.append(pending)
            pending = ""
        names.append(token)
        whole = True
    if pending:
        if whole and len(names[-1]) == 2 and is_ideograph(names[-1][0]):
            names[-1] += pending
        elif whole and _four_letters(names[-1]):
            names[-1:] = [names[-1][:3], names[-1][3] + pending]
        else:
            names.append(pending)
    return names


def _four_letters(token: str) -> bool:
    """Is the token four ideographs (no name of two or three, nor two names apart)?"""
    return len(token) == 4 and all(is_ideograph(ch) for ch in token)


def _spread_names(tokens: list[str]) -> list[str]:
    """A run of exactly three single ideographs is one three-character name spread out character
    by character (`祁 嘉 禾`): no pairing of three makes two names."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        end = k
        while end < len(tokens) and len(tokens[end]) == 1 and is_ideograph(tokens[end]):
            end += 1
        if end - k == 3:
            out.append("".join(tokens[k:end]))
            k = end
        else:
            out.extend(tokens[k : max(end, k + 1)])
            k = max(end, k + 1)
    return out
