from __future__ import annotations

import numpy as np

from coach.embeddings import DIMENSION, get_embedder


def test_vectors_are_normalised_and_shaped() -> None:
    vectors = get_embedder().embed(["You never help with the dishes.", "I'm exhausted."])
    assert vectors.shape == (2, DIMENSION)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_similar_meanings_are_closer_than_unrelated_ones() -> None:
    embed = get_embedder().embed
    anchor, near, far = embed(
        [
            "I feel so alone doing all the housework.",
            "Nobody helps me clean and I'm on my own with it.",
            "The quarterly revenue figures were published on Tuesday.",
        ]
    )
    assert float(anchor @ near) > float(anchor @ far) + 0.2


def test_cache_returns_identical_vectors_in_any_batch() -> None:
    embed = get_embedder().embed
    single = embed(["a sentence about feelings"])[0]
    batched = embed(["something else entirely, much longer than the other one", "a sentence about feelings"])[
        1
    ]
    assert np.allclose(single, batched, atol=1e-5)
    assert embed([]).shape == (0, DIMENSION)
