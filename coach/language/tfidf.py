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
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix


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


def training_matrix(
    texts: Sequence[Iterable[str]], columns: Mapping[str, int], idf: npt.NDArray[np.float32]
) -> csr_matrix:
    """Every training text's ``weighted`` row, as a sparse matrix (scipy is needed only to fit).

    Only a few of the thousands of terms occur in any one text: a dense matrix of them costs
    gigabytes and makes the fit ten times slower.
    """
    from scipy.sparse import csr_matrix

    data: list[float] = []
    cols: list[int] = []
    starts = [0]
    for terms in texts:
        for at, value in weighted(terms, columns, idf):
            cols.append(at)
            data.append(value)
        starts.append(len(cols))
    return csr_matrix((data, cols, starts), shape=(len(texts), len(columns)))
