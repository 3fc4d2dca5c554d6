"""A linear model that names the card whose examples a message resembles.

Nearest-example search asks which single example sounds most like the message; a partner's own
words rarely match one example closely, but they often share a direction in the embedding, or a
telling word, with a card's examples as a group. A logistic regression fitted on every card's
examples (its MiniLM vector beside its hashed words and word pairs, weighted by rarity) learns
those directions and words, and its score is one more signal in the index's blend.

It is fitted from the cards the first time a snapshot of the index needs it and cached in the
data dir as plain arrays keyed by a hash of the examples, so it is always rebuildable from the
cards and never committed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from coach.embeddings import DIMENSION, MODEL_NAME
from coach.knowledge.lexical import stem
from coach.language import tfidf

log = logging.getLogger(__name__)

_FORMAT = 1  # bump when features or training change, so old caches are rebuilt
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Weak shrinkage: each card has only a few dozen examples, and a word seen in two of them is
# already telling. Chosen by five-fold cross-validation over the cards' own examples (top-3 hit
# 0.69 at C=3, 10 and 30; the middle one is kept).
_C = 10.0
# A word or pair seen in a single example cannot generalise; dropping those keeps the model a
# third of the size and twice as quick to fit, at the same cross-validated hit rate.
_MIN_EXAMPLES = 2


def _grams(text: str) -> list[str]:
    # Function words stay: "you never", "I should" and "be honest" tell situations apart.
    words = [stem(w) for w in _WORD.findall(text.lower().replace("\u2019", "'"))]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True, eq=False)
class CardModel:
    labels: npt.NDArray[np.str_]  # (L,) card ids
    vocabulary: npt.NDArray[np.str_]  # (V,) the words and word pairs seen in the examples
    idf: npt.NDArray[np.float32]  # (V,)
    weights: npt.NDArray[np.float32]  # (L, DIMENSION + V)
    bias: npt.NDArray[np.float32]  # (L,)

    @cached_property
    def _columns(self) -> dict[str, int]:
        return {str(gram): at for at, gram in enumerate(self.vocabulary)}

    def scores(self, vector: npt.NDArray[np.float32], text: str) -> npt.NDArray[np.float32]:
        """Each card's logit for this message, in the order of ``labels``."""
        words = np.zeros(len(self.vocabulary), dtype=np.float32)
        for at, value in tfidf.weighted(_grams(text), self._columns, self.idf):
            words[at] = value
        row = np.concatenate([vector.astype(np.float32), words])
        return np.asarray(self.weights @ row + self.bias, dtype=np.float32)


def fit(labels: Sequence[str], texts: Sequence[str], vectors: npt.NDArray[np.float32]) -> CardModel:
    """Fit on one row per example: its card id, its text and its embedding."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    grams = [_grams(text) for text in texts]
    vocabulary, idf = tfidf.fit_vocabulary(grams, _MIN_EXAMPLES)
    columns = {str(g): at for at, g in enumerate(vocabulary)}
    data: list[float] = []
    cols: list[int] = []
    starts = [0]
    for row in grams:
        for at, value in tfidf.weighted(row, columns, idf):
            cols.append(at)
            data.append(value)
        starts.append(len(cols))
    words = csr_matrix((data, cols, starts), shape=(len(texts), len(vocabulary)))
    features = hstack([csr_matrix(vectors.astype(np.float64)), words]).tocsr()
    names = sorted(set(labels))
    y = np.array([names.index(label) for label in labels])
    # With onnxruntime's threads alive, multi-threaded BLAS thrashes: one thread fits 3x faster.
    with threadpool_limits(1):
        clf = LogisticRegression(C=_C, max_iter=3000).fit(features, y)
    weights = clf.coef_ if len(names) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
    bias = clf.intercept_ if len(names) > 2 else np.array([-clf.intercept_[0], clf.intercept_[0]])
    return CardModel(
        labels=np.array(names, dtype=np.str_),
        vocabulary=vocabulary,
        idf=idf,
        weights=weights.astype(np.float32),
        bias=bias.astype(np.float32),
    )


def _key(labels: Sequence[str], texts: Sequence[str]) -> str:
    payload = json.dumps(
        {
            "format": _FORMAT,
            "c": _C,
            "model": MODEL_NAME,
            "min": _MIN_EXAMPLES,
            "rows": [*zip(labels, texts, strict=True)],
        }
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def load_or_fit(
    cache_dir: Path, labels: Sequence[str], texts: Sequence[str], vectors: npt.NDArray[np.float32]
) -> CardModel | None:
    """The model for these examples, from the cache when it was fitted before.

    None when there is nothing to tell apart (fewer than two cards).
    """
    if len(set(labels)) < 2:
        return None
    if vectors.shape[1] != DIMENSION:
        raise ValueError(f"expected {DIMENSION}-dimensional vectors, got {vectors.shape[1]}")
    path = cache_dir / f"cards-v{_FORMAT}-{_key(labels, texts)}.npz"
    if path.exists():
        try:
            with np.load(path, allow_pickle=False) as data:
                return CardModel(**{name: data[name] for name in CardModel.__dataclass_fields__})
        except (OSError, KeyError, ValueError):
            log.warning("card model cache %s is unreadable; refitting", path)
    log.info("fitting the card model on %d examples", len(texts))
    model = fit(labels, texts, vectors)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, **{name: getattr(model, name) for name in CardModel.__dataclass_fields__})
        tmp.replace(path)
    except OSError as exc:
        log.warning("could not cache the card model in %s: %s", cache_dir, exc)
    return model
