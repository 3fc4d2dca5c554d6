"""The feeling model: fitted from the bundled examples, cached, and offered beside the rules."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np

from coach import pipeline
from coach.embeddings import get_embedder
from coach.generation.base import GenerationRequest
from coach.generation.composer import Composer
from coach.language import feeling_model, feelings
from coach.resources import resource_dir
from coach.schemas import ReflectRequest
from coach.services import Services

EXAMPLES = resource_dir("feelings") / "examples.jsonl"


def test_examples_show_each_feeling_across_many_topics_in_words_the_eval_reads() -> None:
    examples = feeling_model.load_examples(EXAMPLES)
    primary: dict[str, int] = {}
    for example in examples:
        primary[example.feelings[0]] = primary.get(example.feelings[0], 0) + 1
    assert len(examples) >= 2700
    # Too few examples of one feeling and the model learns its topic, not the feeling.
    assert min(primary.values()) >= 40
    readable = set(feelings.LEXICON) | {f for rule in feelings.IMPLIED for f in rule.feelings}
    assert {f for e in examples for f in e.feelings} <= readable


def test_the_model_ranks_feelings_it_was_not_shown_better_than_chance() -> None:
    """Fitted on half of each feeling's examples, the other half's feeling is in its top three
    far more often than 3 in 68 by chance."""
    examples = feeling_model.load_examples(EXAMPLES)
    vectors = get_embedder().embed([e.text for e in examples])
    seen: dict[str, int] = {}
    halves = []
    for example in examples:
        seen[example.feelings[0]] = seen.get(example.feelings[0], 0) + 1
        halves.append(seen[example.feelings[0]] % 2)
    train = [i for i, h in enumerate(halves) if h == 0]
    test = [i for i, h in enumerate(halves) if h == 1]
    model = feeling_model.fit([examples[i] for i in train], vectors[train])
    hits = [
        bool(set(examples[i].feelings) & {label for label, _ in model.ranked(vectors[i])[:3]}) for i in test
    ]
    assert np.mean(hits) >= 0.35


def test_the_fitted_model_is_cached_and_reloaded(tmp_path: Path) -> None:
    first = feeling_model.load_or_fit(tmp_path, EXAMPLES)
    cached = list(tmp_path.glob("feelings-v*.npz"))
    assert len(cached) == 1
    stamp = cached[0].stat().st_mtime_ns
    again = feeling_model.load_or_fit(tmp_path, EXAMPLES)
    assert cached[0].stat().st_mtime_ns == stamp
    assert list(again.labels) == list(first.labels)
    assert np.allclose(again.weights, first.weights)


def test_a_guess_is_offered_only_when_it_points_the_same_way() -> None:
    message = "you booked the whole trip with your brother and told me after"
    names = Composer().compose(GenerationRequest(message=message)).emotions

    def guessing(*guesses: str) -> Composer:
        return Composer(guess_feelings=lambda _text: list(guesses))

    # A good feeling beside a complaint, a near-synonym or a repeat is no new guess.
    unchanged = guessing("happy", names[0], "lonely" if "alone" in names else "isolated")
    assert unchanged.compose(GenerationRequest(message=message)).emotions[: len(names)] == names
    offered = guessing("happy", "left out").compose(GenerationRequest(message=message)).emotions
    assert offered[: len(names)] == names
    assert "happy" not in offered
    assert offered[-1] == "left out" or "left out" in names
    # A feeling they say they do not have is not offered back to them.
    refused = "I'm not jealous, I just want to know why you didn't tell me about lunch with her"
    assert "jealous" not in guessing("jealous").compose(GenerationRequest(message=refused)).emotions


def test_the_pipeline_offers_the_models_guess(services: Services) -> None:
    message = "you booked the whole trip with your brother and told me after"
    response = asyncio.run(pipeline.reflect(services, ReflectRequest(message=message)))
    rules_only = Composer().compose(GenerationRequest(message=message)).emotions
    assert len(response.emotions) == len(rules_only) + 1
    assert response.emotions[-1] in services.feeling_model.labels
