"""The card model: fitted from the cards' examples, cached, and ranking cards in the index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coach.embeddings import get_embedder
from coach.knowledge import card_model
from coach.knowledge import index as index_module
from coach.knowledge.cards import load_cards
from coach.resources import resource_dir
from coach.services import Services


def _examples() -> tuple[list[str], list[str], np.ndarray]:
    cards = load_cards(resource_dir("knowledge"))
    labels = [card.id for card in cards for _ in card.examples]
    texts = [example for card in cards for example in card.examples]
    return labels, texts, get_embedder().embed(texts)


def test_the_model_names_the_card_of_examples_it_was_not_shown() -> None:
    """Fitted on every other example of each card, the card of the rest is in its top three far
    more often than 3 in 51 by chance."""
    labels, texts, vectors = _examples()
    seen: dict[str, int] = {}
    halves = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        halves.append(seen[label] % 2)
    train = [i for i, h in enumerate(halves) if h == 0]
    test = [i for i, h in enumerate(halves) if h == 1]
    model = card_model.fit([labels[i] for i in train], [texts[i] for i in train], vectors[train])
    hits = [labels[i] in set(model.labels[np.argsort(-model.scores(vectors[i], texts[i]))[:3]]) for i in test]
    assert np.mean(hits) >= 0.55


def test_words_the_embedding_misses_still_point_to_their_card() -> None:
    """A word shared by a card's examples, and by no other card's, moves that card up."""
    labels = ["snoring"] * 3 + ["money"] * 3
    texts = [
        "the snoring kept me up",
        "your snoring again last night",
        "snoring like a train",
        "the bank rang about the overdraft",
        "we're overdrawn again",
        "the card got declined at the shop",
    ]
    flat = np.zeros((len(texts), 384), dtype=np.float32)
    model = card_model.fit(labels, texts, flat)
    scores = dict(zip(model.labels, model.scores(flat[0], "is it the snoring?"), strict=True))
    assert scores["snoring"] > scores["money"]


def test_the_fitted_model_is_cached_and_reloaded(tmp_path: Path) -> None:
    labels, texts, vectors = _examples()
    first = card_model.load_or_fit(tmp_path, labels, texts, vectors)
    cached = list(tmp_path.glob("cards-v*.npz"))
    assert first is not None and len(cached) == 1
    stamp = cached[0].stat().st_mtime_ns
    again = card_model.load_or_fit(tmp_path, labels, texts, vectors)
    assert cached[0].stat().st_mtime_ns == stamp
    assert again is not None
    assert np.array_equal(again.weights, first.weights)
    assert list(again.vocabulary) == list(first.vocabulary)


def test_an_unreadable_cache_is_refitted(tmp_path: Path) -> None:
    labels, texts, vectors = _examples()
    card_model.load_or_fit(tmp_path, labels, texts, vectors)
    [cached] = tmp_path.glob("cards-v*.npz")
    cached.write_bytes(b"not an npz")
    model = card_model.load_or_fit(tmp_path, labels, texts, vectors)
    assert model is not None and len(model.labels) == len(set(labels))
    with np.load(cached) as data:  # rewritten whole
        assert data["weights"].shape == model.weights.shape


def test_one_card_gives_no_model(tmp_path: Path) -> None:
    vectors = np.zeros((2, 384), dtype=np.float32)
    assert card_model.load_or_fit(tmp_path, ["only", "only"], ["a", "b"], vectors) is None


def test_search_ranks_by_similarity_when_the_model_cannot_be_fitted(
    services: Services, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise MemoryError("no room to fit")

    monkeypatch.setattr(card_model, "load_or_fit", broken)
    snapshot = index_module._Snapshot.load(services.index.collection, services.settings.data_dir / "models")
    assert snapshot.model is None
    assert "card model unavailable" in caplog.text
    query = "you never help with the dishes and I'm exhausted every night"
    found = snapshot.rank(get_embedder().embed_one(query), query, 3)
    assert len(found) == 3 and found[0].score >= found[1].score >= found[2].score
