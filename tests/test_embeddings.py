from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from coach.embeddings import DIMENSION, Embedder, _packaged_model_path, get_embedder, integer_model_path


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


_FIDELITY_TEXTS = [
    "You never help with the dishes. I come home exhausted and the kitchen is a mess every night.",
    "Wow, must be so hard being the only adult here.",
    "I did them on Tuesday. And I work too, you know.",
    "That sounds exhausting, coming home to it every night. What's the hardest part?",
    "The vet says Biscuit probably won't make it to the weekend.",
    "k",
    "whatever. i'm not doing this tonight 🙄",
    "My heart starts pounding every time we get a letter from the council.",
]


def test_the_integer_graph_keeps_the_packaged_models_meaning() -> None:
    # Every fitted model and the index are built from the derived graph's vectors; this bounds
    # how far they may drift from the packaged model they stand for.
    derived = get_embedder().embed(_FIDELITY_TEXTS)
    packaged = Embedder(_packaged_model_path(), cache_size=0).embed(_FIDELITY_TEXTS)
    cosines = (derived * packaged).sum(axis=1)
    assert cosines.min() > 0.97 and cosines.mean() > 0.99, cosines
    similarities = (derived @ derived.T, packaged @ packaged.T)
    assert np.corrcoef(similarities[0].ravel(), similarities[1].ravel())[0, 1] > 0.99


def test_a_texts_vector_does_not_depend_on_the_texts_beside_it() -> None:
    embedder = Embedder(get_embedder().model_path, cache_size=0)
    text = "You never ask how my day was."
    alone = embedder.embed([text])[0]
    beside = embedder.embed(["a much longer sentence about the weekend, the car and the in-laws", text])[1]
    assert np.array_equal(alone, beside)


def test_a_large_batch_run_side_by_side_gets_each_texts_own_vector() -> None:
    # Training sets are embedded on every core at once; each row must still be its own text's
    # vector, exactly as one text alone gets it.
    embedder = Embedder(get_embedder().model_path, cache_size=0)
    texts = [f"{n} times you said you'd ring and didn't, and I waited up {n % 7} nights." for n in range(150)]
    together = embedder.embed(texts)
    for at in (0, 1, 77, 149):
        assert np.array_equal(together[at], embedder.embed([texts[at]])[0])
    assert len({row.tobytes() for row in together}) == len(texts)


def test_the_integer_graph_is_derived_once_and_reused(tmp_path: Path) -> None:
    first = integer_model_path(tmp_path)
    stamp = first.stat().st_mtime_ns
    assert integer_model_path(tmp_path) == first
    assert first.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no work files left behind


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
        super().__init__(get_embedder().model_path, cache_size=0)
        self.started = threading.Event()
        self.release = threading.Event()
        self.runs: list[list[str]] = []
        self.fail = fail

    def _run(self, text: str) -> npt.NDArray[np.float32]:
        self.runs.append(text)
        self.started.set()
        assert self.release.wait(timeout=30)
        if self.fail:
            raise RuntimeError("the model failed")
        return super()._run(text)


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
    assert embedder.runs == [text, "another text entirely"]
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
