"""A linear model that names the card whose examples a message resembles.

Nearest-example search asks which single example sounds most like the message; a partner's own
words rarely match one example closely, but they often share a direction in the embedding, or a
telling word, with a card's examples as a group. A logistic regression fitted on every card's
examples (``coach.text_classifier``: its MiniLM vector beside its words and word pairs) learns
those directions and words, and its score is one more signal in the index's blend.

It is fitted from the cards the first time a snapshot of the index needs it and cached in the
data dir as plain arrays keyed by a hash of the examples, so it is always rebuildable from the
cards and never committed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from coach import text_classifier
from coach.text_classifier import TextClassifier

CardModel = TextClassifier

_FORMAT = 1  # bump when features or training change, so old caches are rebuilt
# Weak shrinkage: each card has only a few dozen examples, and a word seen in two of them is
# already telling. Chosen by five-fold cross-validation over the cards' own examples (top-3 hit
# 0.69 at C=3, 10 and 30; the middle one is kept).
_C = 10.0
# A word or pair seen in a single example cannot generalise; dropping those keeps the model a
# third of the size and twice as quick to fit, at the same cross-validated hit rate.
_MIN_EXAMPLES = 2


def fit(labels: Sequence[str], texts: Sequence[str], vectors: npt.NDArray[np.float32]) -> CardModel:
    """Fit on one row per example: its card id, its text and its embedding."""
    return text_classifier.fit(labels, texts, vectors, c=_C, min_examples=_MIN_EXAMPLES)


def load_or_fit(
    cache_dir: Path, labels: Sequence[str], texts: Sequence[str], vectors: npt.NDArray[np.float32]
) -> CardModel | None:
    """The model for these examples, from the cache when it was fitted before.

    None when there is nothing to tell apart (fewer than two cards).
    """
    if len(set(labels)) < 2:
        return None
    key = text_classifier.cache_key({"format": _FORMAT, "c": _C, "min": _MIN_EXAMPLES}, labels, texts)
    return text_classifier.load_or_fit(
        cache_dir / f"cards-v{_FORMAT}-{key}.npz",
        labels,
        texts,
        lambda: vectors,
        c=_C,
        min_examples=_MIN_EXAMPLES,
    )
