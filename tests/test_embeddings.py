from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt
import pytest

from coach.embeddings import DIMENSION, Embedder, get_embedder


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


class _GatedEmbedder(Embedder):
    """Holds every ONNX run until released, and records what each run was given."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__(cache_size=0)
        self.started = threading.Event()
        self.release = threading.Event()
        self.runs: list[list[str]] = []
        self.fail = fail

    def _run(self, texts: list[str]) -> npt.NDArray[np.float32]:
        self.runs.append(list(texts))
        self.started.set()
        assert self.release.wait(timeout=30)
        if self.fail:
            raise RuntimeError("the model failed")
        return super()._run(texts)


def test_a_text_being_embedded_is_waited_for_not_embedded_again() -> None:
    embedder = _GatedEmbedder()
    text = "I keep waiting for you to notice how tired I am."
    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(embedder.embed, [text])
        assert embedder.started.wait(timeout=30)
        second = pool.submit(embedder.embed, ["another text entirely", text])
        time.sleep(0.5)  # the second call is now waiting on the first one's run
        embedder.release.set()
        alone, together = first.result(timeout=30), second.result(timeout=30)
    assert embedder.runs == [[text], ["another text entirely"]]
    reference = get_embedder().embed([text, "another text entirely"])
    assert np.allclose(alone[0], reference[0], atol=1e-5)
    assert np.allclose(together[1], reference[0], atol=1e-5)
    assert np.allclose(together[0], reference[1], atol=1e-5)


def test_a_failed_run_fails_its_waiters_too_and_leaves_nothing_pending() -> None:
    embedder = _GatedEmbedder(fail=True)
    text = "You said you'd call and you didn't."
    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(embedder.embed, [text])
        assert embedder.started.wait(timeout=30)
        second = pool.submit(embedder.embed, [text])
        time.sleep(0.5)
        embedder.release.set()
        for future in (first, second):
            with pytest.raises(RuntimeError, match="the model failed"):
                future.result(timeout=30)
    assert len(embedder.runs) == 1
    embedder.fail = False
    assert embedder.embed([text]).shape == (1, DIMENSION)  # a later call runs afresh
    assert len(embedder.runs) == 2
