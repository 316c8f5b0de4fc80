"""Corrections made under an older segmenter, applied to a newer one's reading of the same page (every
duba release changes SEGMENTER_VERSION). Where the new segmentation does by itself what a correction did,
the correction is done already: nothing changes, nothing is said, and above all it never acts on another
article whose text happens to open the same way (all text made up)."""

from __future__ import annotations

from reader.corrections import apply, join_op, join_paragraphs_op, role_op, split_paragraph_op
from reader.model import Article

NAME = "林小禾"
"""A writer's name printed as the last line of a story (a byline under its body)."""


def _story(*paragraphs: str, headline: str | None = "渡口新修了码头", byline: str | None = None) -> Article:
    return Article(id="", headline=headline, byline=byline, paragraphs=list(paragraphs))


def _other() -> Article:
    """Another story on the page, one of whose paragraphs opens with the same name."""
    return _story(
        "山坡上的茶园今年采了两茬。", f"{NAME}说，明年还要再开一片新园子。", headline="茶园又添新绿"
    )


def test_a_last_line_made_the_byline_is_done_already_when_the_new_segmenter_reads_it_so() -> None:
    old = [_story("码头建成后，渡船不再等潮水。", "岸边的集市也热闹起来。", NAME), _other()]
    op = role_op(old, 0, "byline", paragraph=2)
    assert apply(old, [op])[0][0].byline == NAME  # what the reader saw then
    # the new segmenter takes the name for the byline itself
    new = [_story("码头建成后，渡船不再等潮水。", "岸边的集市也热闹起来。", byline=NAME), _other()]
    after, warnings = apply(new, [op])
    assert warnings == []
    assert after[0].byline == NAME and after[0].paragraphs == new[0].paragraphs
    # the other story keeps its paragraph: it is not made that story's byline
    assert after[1].byline is None
    assert after[1].paragraphs == new[1].paragraphs


def test_a_line_made_a_headline_is_done_already_when_the_new_segmenter_starts_the_story_there() -> None:
    title = "河滩上建起了湿地公园"
    old = [_story("旧桥拆除后，新桥已经通车。", title + "白鹭回来了，观鸟的人也多了。")]
    op = role_op(old, 0, "headline", paragraph=1, length=len(title))
    then, _ = apply(old, [op])
    assert [a.headline for a in then] == ["渡口新修了码头", title]
    new = [_story("旧桥拆除后，新桥已经通车。"), _story("白鹭回来了，观鸟的人也多了。", headline=title)]
    assert apply(new, [op]) == (new, [])


def test_a_paragraph_break_is_there_already_when_the_new_segmenter_reads_its_first_part_as_a_title() -> None:
    title = "河滩上建起了湿地公园"
    old = [_story("旧桥拆除后，新桥已经通车。", title + "白鹭回来了，观鸟的人也多了。")]
    op = split_paragraph_op(old, 0, 1, len(title))
    new = [_story("旧桥拆除后，新桥已经通车。"), _story("白鹭回来了，观鸟的人也多了。", headline=title)]
    assert apply(new, [op]) == (new, [])
    # words that are gone are still said
    assert apply([_story("别的内容。")], [op])[1]


def test_two_paragraphs_joined_are_done_already_when_the_new_segmenter_reads_them_as_one() -> None:
    old = [_story("一条很长的句子写到了这一栏的", "尽头，又在下一行接着写完了。", "第三段另起。")]
    op = join_paragraphs_op(old, 0, 1)
    new = [_story("一条很长的句子写到了这一栏的尽头，又在下一行接着写完了。", "第三段另起。")]
    assert apply(new, [op]) == (new, [])


def test_a_name_the_new_segmenter_gives_to_the_story_below_is_said_not_taken_for_done() -> None:
    # the user made the name between two stories the first one's byline; the new segmenter reads it as
    # the second one's: the correction does not hold, and says so
    old = [
        _story("码头建成后，渡船不再等潮水。", "岸边的集市也热闹起来。", NAME),
        _story("山坡上的茶园今年采了两茬。", headline="茶园"),
    ]
    op = role_op(old, 0, "byline", paragraph=2)
    new = [
        _story("码头建成后，渡船不再等潮水。", "岸边的集市也热闹起来。"),
        _story("山坡上的茶园今年采了两茬。", headline="茶园", byline=NAME),
    ]
    after, warnings = apply(new, [op])
    assert [a.byline for a in after] == [None, NAME]
    assert len(warnings) == 1 and NAME in warnings[0]
    # nor when the name ran onto the paragraph above and the story below is signed by the same writer
    ran_on = [_story("码头建成后，渡船不再等潮水。", f"岸边的集市也热闹起来。{NAME}"), new[1]]
    after, warnings = apply(ran_on, [op])
    assert after[0].byline is None and len(warnings) == 1


def test_a_last_line_made_the_byline_by_an_older_duba_is_said_where_it_cannot_be_told_apart() -> None:
    old = [_story("码头建成后，渡船不再等潮水。", "岸边的集市也热闹起来。", NAME), _other()]
    op = role_op(old, 0, "byline", paragraph=2)
    del op["above"]  # kept by a duba before the text printed above it was kept with it
    new = [_story("码头建成后，渡船不再等潮水。", "岸边的集市也热闹起来。", byline=NAME), _other()]
    after, warnings = apply(new, [op])
    assert len(warnings) == 1  # said, as before, and never moved onto the other story
    assert after[1].byline is None and after[1].paragraphs == new[1].paragraphs


def test_a_join_is_said_when_the_article_it_joined_is_no_longer_before_it() -> None:
    river = _story("河道清淤已全部完成，汛期前将再查一次堤防。", headline="河道清淤完工")
    rest = _story("清出的淤泥将运往城郊，用来改良一片沙地。", headline=None)
    market = _story("夜市恢复后，周边商户营业额明显回升。", headline="老街夜市重开")
    old = [river, rest, market]
    op = join_op(old, 1)  # the rest of the river story, split off at a column break
    assert [a.headline for a in apply(old, [op])[0]] == ["河道清淤完工", "老街夜市重开"]
    # a new segmentation reads the page in another order: the market story now stands before the rest
    new = [river, market, rest]
    after, warnings = apply(new, [op])
    assert after == new  # never joined to the market story
    assert len(warnings) == 1 and "河道清淤" in warnings[0]
    # one piece set apart between them (a caption) still takes the join, as before
    caption = Article(id="", kind="photo", paragraphs=["堤上新栽的柳树。"])
    joined, warnings = apply([river, caption, rest, market], [op])
    assert warnings == [] and len(joined) == 3


def test_a_join_onto_an_article_joined_meanwhile_to_the_one_before_is_carried_out() -> None:
    river = _story("河道清淤已全部完成，汛期前将再查一次堤防。", headline="河道清淤完工")
    middle = _story("清出的淤泥将运往城郊，用来改良一片沙地。", headline=None)
    rest = _story("沙地改良后，明年春天种上一片杨树。", headline=None)
    op = join_op([river, middle, rest], 2)  # made on the page as it was read
    # another correction (or another duba's) joined the middle to the river story meanwhile
    joined, _ = apply([river, middle, rest], [join_op([river, middle, rest], 1)])
    after, warnings = apply(joined, [op])
    assert warnings == [] and len(after) == 1 and after[0].paragraphs[-1] == rest.paragraphs[0]
