"""TF-IDF weights for the small linear models (the safety classifier, the card model).

A vocabulary holds the terms seen in at least ``min_df`` training texts, each with its smoothed
idf as scikit-learn computes it; a text's row is its log-scaled term counts times their idf,
scaled to unit length. Both models keep the vocabulary as plain arrays in their caches, so
prediction needs only this module and numpy.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt


def fit_vocabulary(
    texts: Sequence[Sequence[str]], min_df: int
) -> tuple[npt.NDArray[np.str_], npt.NDArray[np.float32]]:
    """The sorted terms found in at least ``min_df`` of ``texts`` (each a list of terms), and
    their idf."""
    df = Counter(term for terms in texts for term in set(terms))
    vocabulary = sorted(term for term, n in df.items() if n >= min_df)
    idf = [math.log((1 + len(texts)) / (1 + df[term])) + 1.0 for term in vocabulary]
    return np.array(vocabulary, dtype=np.str_), np.array(idf, dtype=np.float32)


def weighted(
    terms: Iterable[str], columns: Mapping[str, int], idf: npt.NDArray[np.float32]
) -> list[tuple[int, float]]:
    """A text's known terms as (column, weight): sublinear tf times idf, unit length."""
    counts = Counter(columns[t] for t in terms if t in columns)
    values = [(1.0 + math.log(n)) * float(idf[at]) for at, n in counts.items()]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [(at, v / norm) for at, v in zip(counts, values, strict=True)]
