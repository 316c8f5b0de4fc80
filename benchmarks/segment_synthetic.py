"""Segmentation scores on generated pages of random layouts (both headline placements, column
widths 26-36, bylines in every style, photos), with known truth.

    python benchmarks/segment_synthetic.py [N_SHOWN_FAILURES]

Prints the mean of each score over 300 pages and the number of imperfect pages.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reader.page.segment import segment
from tests.pagegen import Item, build_page
from tests.test_segment_layouts import P1, P2, P3, P4, PHOTO
from tests.tools.score_pages import score

paras = P1 + P2 + P3 + P4
heads = [
    "春耕备耕忙 田间管理新",
    "便民利企举措落地见效",
    "让书香融入日常",
    "传统手工艺展开幕",
    "数字赋能乡村振兴",
    "老街焕新颜",
    "守护一江清水向东流",
    "“小切口”撬动“大民生”",
]
kick = ["建设高标准农田", "市博物馆", "东阿县", "加快人才“五心工程”建设"]
subs = ["各地抓住农时推进春季农业生产", "我市全力塑造发展新动能新优势"]
names = ["刘桐", "王军豪", "尹腾淑", "林金彦", "张  明", "李  欣"]


def rand_item(rng):
    n = rng.randint(1, 6)
    ps = rng.sample(paras, n)
    it = Item(ps, headline=rng.choice(heads))
    if rng.random() < 0.4:
        it.kicker = rng.choice(kick)
    if rng.random() < 0.3:
        it.subtitle = rng.choice(subs)
    nm = rng.choice(names)
    clean = "".join(nm.split())
    r = rng.random()
    if r < 0.4:
        it.dateline = f"本报讯（记者 {nm}）"
        it.byline = f"本报讯（记者 {clean}）"
        it.authors = [("记者", clean)]
    elif r < 0.7:
        it.byline_lines = [f"■ 本报记者 {nm}"]
        it.byline = f"本报记者 {clean}"
        it.authors = [("记者", clean)]
    elif r < 0.97:
        nm2 = rng.choice(names)
        c2 = "".join(nm2.split())
        it.byline_lines = [f"■ 本报记者 {nm}", f"本报通讯员 {nm2}"]
        it.byline = f"本报记者 {clean} 本报通讯员 {c2}"
        it.authors = [("记者", clean), ("通讯员", c2)]
    return it


bad = 0
tot = 0
agg = {}
for seed in range(300):
    rng = random.Random(seed)
    items = [rand_item(rng) for _ in range(rng.randint(2, 6))]
    if rng.random() < 0.3:
        items.insert(
            rng.randint(0, len(items)),
            Item(
                PHOTO,
                kind="photo",
                credit="■ 本报记者 许金松",
                byline="本报记者 许金松",
                authors=[("记者", "许金松")],
            ),
        )
    layout = rng.choice(["before", "after"])
    width = rng.choice([26, 28, 30, 32, 34, 36])
    text, truth = build_page(items, layout=layout, width=width, seed=seed)
    res = segment(text)
    sc, _ = score(truth, {"articles": [a.to_dict() for a in res.articles]})
    tot += 1
    for k, v in sc.items():
        if isinstance(v, float):
            agg[k] = agg.get(k, 0) + v
    if (
        sc["articles_f1"] < 1
        or sc["headline"] < 1
        or sc["authors"] < 1
        or sc["kicker"] < 1
        or sc["subtitle"] < 1
        or sc["paragraphs_f1"] < 0.98
    ):
        bad += 1
        if bad <= int(sys.argv[1]) if len(sys.argv) > 1 else 0:
            print(
                "seed", seed, layout, width, {k: round(v, 2) for k, v in sc.items() if isinstance(v, float)}
            )
            for a in res.articles:
                print(
                    "   P",
                    a.kind,
                    a.kicker,
                    "|",
                    a.headline,
                    "|",
                    a.subtitle,
                    "|",
                    a.byline,
                    len(a.paragraphs),
                )
            for a in truth["articles"]:
                print(
                    "   T",
                    a["kind"],
                    a["kicker"],
                    "|",
                    a["headline"],
                    "|",
                    a["subtitle"],
                    "|",
                    a["byline"],
                    len(a["paragraphs"]),
                )
print("bad", bad, "of", tot, {k: round(v / tot, 3) for k, v in agg.items()})
