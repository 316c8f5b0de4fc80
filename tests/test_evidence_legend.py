"""`duba segment --explain`'s legend has a meaning for every evidence word the segmenter weighs.

A segmentation change that adds a weighted feature to `reader.page.weights` must say, in
`reader.cli.evidence.MEANINGS`, what the feature saw in a unit: otherwise the legend under the table
reads "see reader/page/weights.py" for it, which tells a reader nothing.
"""

from __future__ import annotations

from reader.cli.evidence import AFTER_LABELLING, MEANINGS, meaning
from reader.page.weights import WEIGHTS


def test_every_weighted_feature_has_a_meaning_in_the_legend() -> None:
    missing = sorted(word for word in WEIGHTS if word not in MEANINGS)
    assert not missing, (
        f"weighted features with no meaning for --explain's legend: {missing}; add each to "
        "reader/cli/evidence.py MEANINGS (what it saw in the unit, in a reader's words)"
    )
    assert all(meaning(word) != meaning("") and meaning(word).strip() for word in WEIGHTS)


def test_the_legend_explains_no_feature_the_segmenter_no_longer_weighs() -> None:
    stale = sorted(word for word in MEANINGS if word not in WEIGHTS and word not in AFTER_LABELLING)
    assert not stale, (
        f"meanings in reader/cli/evidence.py for features reader/page/weights.py no longer has: {stale}"
    )
