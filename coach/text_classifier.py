"""A small linear classifier over a text's MiniLM vector beside its words and word pairs.

Sentence embeddings carry a text's topic and drift; single telling words ("proud", "you never")
carry what the embedding blurs. A logistic regression over both, the words weighted by rarity
(``language.tfidf``), is what the card model and the valence model fit. It is stored as plain
numpy arrays keyed by a hash of its training rows, so it is always rebuildable and never
committed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
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

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def grams(text: str) -> list[str]:
    # Function words stay: "you never", "I should" and "be honest" tell situations apart.
    words = [stem(w) for w in _WORD.findall(text.lower().replace("\u2019", "'"))]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True, eq=False)
class TextClassifier:
    labels: npt.NDArray[np.str_]  # (L,)
    vocabulary: npt.NDArray[np.str_]  # (V,) the words and word pairs seen in training
    idf: npt.NDArray[np.float32]  # (V,)
    weights: npt.NDArray[np.float32]  # (L, DIMENSION + V)
    bias: npt.NDArray[np.float32]  # (L,)

    @cached_property
    def _columns(self) -> dict[str, int]:
        return {str(gram): at for at, gram in enumerate(self.vocabulary)}

    def scores(self, vector: npt.NDArray[np.float32], text: str) -> npt.NDArray[np.float32]:
        """Each label's logit for this text, in the order of ``labels``."""
        words = np.zeros(len(self.vocabulary), dtype=np.float32)
        for at, value in tfidf.weighted(grams(text), self._columns, self.idf):
            words[at] = value
        row = np.concatenate([vector.astype(np.float32), words])
        return np.asarray(self.weights @ row + self.bias, dtype=np.float32)

    def probabilities(self, vector: npt.NDArray[np.float32], text: str) -> dict[str, float]:
        logits = self.scores(vector, text)
        exp = np.exp(logits - logits.max())
        return {str(label): float(p) for label, p in zip(self.labels, exp / exp.sum(), strict=True)}


def fit(
    labels: Sequence[str],
    texts: Sequence[str],
    vectors: npt.NDArray[np.float32],
    *,
    c: float,
    min_examples: int,
    balanced: bool = False,
) -> TextClassifier:
    """Fit on one row per text: its label, its words and its embedding.

    Words and pairs seen in fewer than ``min_examples`` texts are dropped: they cannot generalise.
    """
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    rows = [grams(text) for text in texts]
    vocabulary, idf = tfidf.fit_vocabulary(rows, min_examples)
    columns = {str(g): at for at, g in enumerate(vocabulary)}
    words = tfidf.training_matrix(rows, columns, idf)
    features = hstack([csr_matrix(vectors.astype(np.float64)), words]).tocsr()
    names = sorted(set(labels))
    y = np.array([names.index(label) for label in labels])
    # With onnxruntime's threads alive, multi-threaded BLAS thrashes: one thread fits 3x faster.
    with threadpool_limits(1):
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None)
        clf.fit(features, y)
    weights = clf.coef_ if len(names) > 2 else np.vstack([-clf.coef_[0], clf.coef_[0]])
    bias = clf.intercept_ if len(names) > 2 else np.array([-clf.intercept_[0], clf.intercept_[0]])
    return TextClassifier(
        labels=np.array(names, dtype=np.str_),
        vocabulary=vocabulary,
        idf=idf,
        weights=weights.astype(np.float32),
        bias=bias.astype(np.float32),
    )


def cache_key(settings: Mapping[str, object], labels: Sequence[str], texts: Sequence[str]) -> str:
    payload = json.dumps({**settings, "model": MODEL_NAME, "rows": [*zip(labels, texts, strict=True)]})
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def load_or_fit(
    path: Path,
    labels: Sequence[str],
    texts: Sequence[str],
    vectors: Callable[[], npt.NDArray[np.float32]],
    *,
    c: float,
    min_examples: int,
    balanced: bool = False,
) -> TextClassifier:
    """The classifier cached at ``path`` (whose name should carry ``cache_key``), or a new fit
    saved there; ``vectors`` gives the texts' embeddings, and is called only to fit."""
    if path.exists():
        try:
            with np.load(path, allow_pickle=False) as data:
                return TextClassifier(**{name: data[name] for name in TextClassifier.__dataclass_fields__})
        except (OSError, KeyError, ValueError):
            log.warning("model cache %s is unreadable; refitting", path)
    embedded = vectors()
    if embedded.shape[1] != DIMENSION:
        raise ValueError(f"expected {DIMENSION}-dimensional vectors, got {embedded.shape[1]}")
    log.info("fitting %s on %d texts", path.name, len(texts))
    model = fit(labels, texts, embedded, c=c, min_examples=min_examples, balanced=balanced)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, **{name: getattr(model, name) for name in TextClassifier.__dataclass_fields__})
        tmp.replace(path)
    except OSError as exc:
        log.warning("could not cache %s: %s", path, exc)
    return model
