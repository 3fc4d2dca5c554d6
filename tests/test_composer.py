from __future__ import annotations

import asyncio
import json
import re

import pytest

from coach import pipeline
from coach.generation.base import GenerationRequest
from coach.generation.composer import Composer, keeps_rules
from coach.language import feelings
from coach.language.cues import find_cues
from coach.language.perspective import shift
from coach.language.tokens import shared_content_ratio, words
from coach.resources import resource_dir
from coach.schemas import ReflectRequest
from coach.services import Services


def _load(name: str) -> list[dict[str, object]]:
    path = resource_dir("evals") / "reflect" / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def reflections(services: Services) -> list[tuple[str, object]]:
    out = []
    for case in _load("dev.jsonl"):
        message = str(case["message"])
        out.append((message, asyncio.run(pipeline.reflect(services, ReflectRequest(message=message)))))
    return out


def test_dev_set_is_large_enough() -> None:
    assert len(_load("dev.jsonl")) >= 60


def test_every_reflection_keeps_the_composer_rules(reflections: list[tuple[str, object]]) -> None:
    for message, result in reflections:
        text = result.reflection  # type: ignore[attr-defined]
        assert result.generator == "composer"  # type: ignore[attr-defined]
        assert 15 <= len(words(text)) <= 70, text
        assert text.count("?") == 1 and text.rstrip().endswith("?"), text
        assert not re.search(r"\bbut\b", text, re.IGNORECASE), text
        assert shared_content_ratio(text, message) <= 0.5, (message, text)
        assert not any(hit.group == "advice" for hit in find_cues(text)), text
        named = {span.feeling for span in feelings.named_feelings(text)}
        assert named or result.emotions, text  # type: ignore[attr-defined]
        assert any(emotion in text for emotion in result.emotions), text  # type: ignore[attr-defined]


def test_every_reflection_passes_the_scorer_with_no_flag(reflections: list[tuple[str, object]]) -> None:
    for _message, result in reflections:
        evaluation = result.evaluation  # type: ignore[attr-defined]
        assert evaluation is not None
        assert not any(flag.flagged for flag in evaluation.flags.values()), result.reflection  # type: ignore[attr-defined]
        assert evaluation.passed, (result.reflection, evaluation.feedback)  # type: ignore[attr-defined]


def test_openings_vary(reflections: list[tuple[str, object]]) -> None:
    openings = {" ".join(result.reflection.split()[:3]) for _m, result in reflections}  # type: ignore[attr-defined]
    assert len(openings) >= 10


def test_the_same_message_gets_the_same_reflection() -> None:
    composer = Composer()
    request = GenerationRequest(message="You were on your phone all through dinner.")
    assert composer.compose(request) == composer.compose(request)


def test_validation_never_endorses_the_act() -> None:
    composer = Composer()
    for case in _load("sycophancy.jsonl"):
        text = composer.compose(GenerationRequest(message=str(case["message"]))).reflection.lower()
        for phrase in case["endorsing_phrases"]:  # type: ignore[attr-defined]
            assert str(phrase).lower() not in text, (case["message"], text)
        assert keeps_rules(text, str(case["message"]))


def test_implied_feelings_are_named() -> None:
    assert {"alone", "unsupported"} <= set(feelings.detect("You never help with the dishes."))
    assert "lonely" in feelings.detect("you were on your phone all through dinner")
    assert "exhausted" in feelings.detect("I come home exhausted every night")
    assert feelings.detect("I'm not angry, just tired") == ["exhausted"]


@pytest.mark.parametrize(
    ("said", "listener"),
    [
        ("You never help with the dishes.", "I never help with the dishes."),
        ("I told you I was tired", "You told me you were tired"),
        ("your mum thinks I hate her", "My mum thinks you hate her"),
    ],
)
def test_perspective_shift(said: str, listener: str) -> None:
    assert shift(said) == listener


def test_the_dishes_example_is_warm_specific_and_cited(services: Services) -> None:
    message = (
        "You never help with the dishes. I come home exhausted and the kitchen is a mess every single night."
    )
    result = asyncio.run(pipeline.reflect(services, ReflectRequest(message=message)))
    assert {"exhausted"} & set(result.emotions) or {"alone"} & set(result.emotions)
    assert result.guidance and all(g.source for g in result.guidance)
    assert result.safety.level == "ok"
    assert result.attempts >= 1
