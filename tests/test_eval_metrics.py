"""The eval metrics on small cases worked out by hand (the working is in each comment)."""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import asyncio
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from coach.evaluation import checks, metrics
from coach.evaluation.gates import GateError, evaluate, merge, parse_gate
from coach.evaluation.results import Gate
from coach.evaluation.suites import registry
from coach.generation.llm_cache import cache_key, cached_completion, completion, llm_calls


def test_precision_recall_f1_by_hand() -> None:
    # tp=2 (0,4), fp=1 (2), fn=1 (1), tn=1 (3): P = R = 2/3, F1 = 2*2/(4+1+1) = 2/3
    truth = [True, True, False, False, True]
    predicted = [True, False, True, False, True]
    counts = metrics.binary_counts(truth, predicted)
    assert (counts.tp, counts.fp, counts.fn, counts.tn) == (2, 1, 1, 1)
    assert metrics.precision(truth, predicted) == pytest.approx(2 / 3)
    assert metrics.recall(truth, predicted) == pytest.approx(2 / 3)
    assert metrics.f1(truth, predicted) == pytest.approx(2 / 3)
    assert counts.accuracy == pytest.approx(3 / 5)


def test_f1_of_a_scorer_that_flags_nothing_is_zero_not_undefined() -> None:
    # tp=0, fp=0, fn=2: precision is 0/0 (None), recall 0, F1 = 0/(0+0+2) = 0
    truth, predicted = [True, True, False], [False, False, False]
    assert metrics.precision(truth, predicted) is None
    assert metrics.recall(truth, predicted) == 0.0
    assert metrics.f1(truth, predicted) == 0.0
    # No positives either side: F1 is 0/0 and stays undefined.
    assert metrics.f1([False, False], [False, False]) is None


def test_f1_uneven_case() -> None:
    # tp=1, fp=3, fn=0: P = 1/4, R = 1, F1 = 2/(2+3) = 0.4 = 2PR/(P+R) = 0.5/1.25
    truth = [True, False, False, False]
    predicted = [True, True, True, True]
    assert metrics.f1(truth, predicted) == pytest.approx(0.4)


def test_accuracy_and_mean() -> None:
    assert metrics.accuracy(["a", "b", "c"], ["a", "x", "c"]) == pytest.approx(2 / 3)
    assert metrics.accuracy([], []) is None
    assert metrics.mean([1.0, None, 0.0]) == 0.5
    assert metrics.mean([None]) is None


def test_average_ranks_share_ties() -> None:
    # sorted: 1 (rank 1), 2 (rank 2), 3, 3 (ranks 3 and 4 -> 3.5 each)
    assert metrics.average_ranks([3, 1, 3, 2]) == [3.5, 1.0, 3.5, 2.0]


def test_auc_with_ties_by_hand() -> None:
    # positives 0.9, 0.5; negatives 0.5, 0.1. Pairs: 0.9>0.5 (1), 0.9>0.1 (1), 0.5=0.5 (0.5),
    # 0.5>0.1 (1) -> 3.5 / 4 = 0.875
    assert metrics.roc_auc([True, True, False, False], [0.9, 0.5, 0.5, 0.1]) == pytest.approx(0.875)


def test_auc_extremes_and_undefined() -> None:
    assert metrics.roc_auc([True, False], [0.9, 0.1]) == 1.0
    assert metrics.roc_auc([True, False], [0.1, 0.9]) == 0.0
    # every score tied: each pair counts half
    assert metrics.roc_auc([True, False, True, False], [0.5] * 4) == 0.5
    assert metrics.roc_auc([True, True], [0.2, 0.3]) is None


def test_auc_matches_pairwise_count_on_random_data() -> None:
    rng = np.random.default_rng(7)
    labels = rng.random(60) < 0.4
    scores = np.round(rng.random(60), 1)  # rounding makes many ties
    pos, neg = scores[labels], scores[~labels]
    pairwise = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
    assert metrics.roc_auc(list(labels), list(scores)) == pytest.approx(pairwise)


def test_cohen_kappa_by_hand() -> None:
    # po = 3/4; P(a=1) = 1/2, P(b=1) = 1/4; pe = 1/2*1/4 + 1/2*3/4 = 1/2; kappa = (3/4-1/2)/(1/2) = 1/2
    assert metrics.cohen_kappa([1, 1, 0, 0], [1, 0, 0, 0]) == pytest.approx(0.5)
    # three labels: po = 3/4; pe = .5*.25 + .25*.5 + .25*.25 = .3125; kappa = .4375/.6875
    assert metrics.cohen_kappa(list("xxyz"), list("xyyz")) == pytest.approx(0.4375 / 0.6875)
    assert metrics.cohen_kappa([1, 0, 1], [1, 0, 1]) == 1.0
    # systematic disagreement is below chance
    assert metrics.cohen_kappa([1, 0], [0, 1]) == pytest.approx(-1.0)


def test_cohen_kappa_undefined_when_nobody_varies() -> None:
    assert metrics.cohen_kappa([1, 1, 1], [1, 1, 1]) is None
    assert metrics.cohen_kappa([], []) is None


def test_recall_hit_and_mrr_by_hand() -> None:
    relevant, ranked = ["a", "b"], ["c", "a", "d", "b"]
    assert metrics.recall_at_k(relevant, ranked, 3) == 0.5  # a found, b at rank 4
    assert metrics.recall_at_k(relevant, ranked, 4) == 1.0
    assert metrics.hit_at_k(relevant, ranked, 3) == 1.0
    assert metrics.hit_at_k(relevant, ranked, 1) == 0.0
    assert metrics.reciprocal_rank(relevant, ranked) == 0.5
    queries = [(relevant, ranked), (["x"], ["a", "b"])]
    assert metrics.mean_recall_at_k(queries, 3) == pytest.approx(0.25)  # (0.5 + 0) / 2
    assert metrics.mean_hit_at_k(queries, 3) == pytest.approx(0.5)
    assert metrics.mean_reciprocal_rank(queries) == pytest.approx(0.25)  # (1/2 + 0) / 2
    assert metrics.recall_at_k([], ranked, 3) is None


def test_percentiles_interpolate() -> None:
    assert metrics.percentile([4, 1, 3, 2], 50) == 2.5
    assert metrics.percentile([1, 2, 3, 4], 95) == pytest.approx(3.85)  # 3 + 0.85 * (4 - 3)
    assert metrics.percentile([7], 95) == 7
    assert metrics.percentile([], 50) is None


def test_bootstrap_is_deterministic_and_brackets_the_estimate() -> None:
    values = np.array([0, 1, 1, 0, 1, 1, 1, 0, 1, 1], dtype=float)

    def mean_of(idx: metrics.IndexArray) -> float:
        return float(values[idx].mean())

    first = metrics.bootstrap_ci(mean_of, len(values), resamples=500, seed=3)
    again = metrics.bootstrap_ci(mean_of, len(values), resamples=500, seed=3)
    other = metrics.bootstrap_ci(mean_of, len(values), resamples=500, seed=4)
    assert first == again
    assert first is not None and other is not None
    assert first != other
    assert first[0] <= values.mean() <= first[1]
    assert metrics.bootstrap_ci(mean_of, 0) is None


def test_wilson_interval_for_all_pass_and_half() -> None:
    # 5/10: centre (0.5 + 1.92/10) / 1.384 = 0.5; half-width 1.96*sqrt(0.025 + 0.0096)/1.384 = 0.2634
    low, high = metrics.wilson_interval(5, 10) or (0.0, 0.0)
    assert low == pytest.approx(0.2366, abs=1e-4) and high == pytest.approx(0.7634, abs=1e-4)
    # 35/35 passing still leaves room below 1: a bootstrap would say [1, 1]
    low, high = metrics.wilson_interval(35, 35) or (0.0, 0.0)
    assert low == pytest.approx(0.9011, abs=1e-4) and high == pytest.approx(1.0)
    assert metrics.wilson_interval(0, 0) is None


def test_gate_parsing_follows_the_figure_direction() -> None:
    suites = registry()
    assert parse_gate("scorer.contempt_f1=0.9", suites).op == ">="
    assert parse_gate("safety.false_alarm_rate=0.05", suites).op == "<="
    assert parse_gate("reflect.latency_p95_ms<=200", suites).threshold == 200
    assert parse_gate("safety.recall_violence>=0.9", suites).figure == "safety.recall_violence"
    for bad in (
        "contempt_f1=0.9",
        "scorer.contempt_f1",
        "nope.x=1",
        "scorer.contemp_f1=0.9",
        "scorer.contempt_f1=abc",
    ):
        with pytest.raises(GateError):
            parse_gate(bad, suites)


def test_gates_fail_on_undefined_or_missing_figures_and_cli_overrides_default() -> None:
    defaults = [Gate(figure="scorer.auc_good", op=">=", threshold=0.95, source="default")]
    explicit = [Gate(figure="scorer.auc_good", op=">=", threshold=0.5, source="cli")]
    merged = merge(defaults, explicit)
    assert [g.threshold for g in merged] == [0.5]
    outcome = evaluate(
        [
            *merged,
            Gate(figure="scorer.contempt_f1", op=">=", threshold=0.9, source="cli"),
            Gate(figure="safety.false_alarm_rate", op="<=", threshold=0.05, source="cli"),
        ],
        {"scorer": {"auc_good": 0.6, "contempt_f1": None}, "safety": {"false_alarm_rate": 0.1}},
    )
    assert [g.passed for g in outcome] == [True, False, False]
    assert outcome[1].reason == "undefined on this data"


def test_independent_reflection_rules() -> None:
    message = "You never help with the dishes. I come home exhausted and the kitchen is a mess."
    good = (
        "You sound worn out and alone with it, coming back tired to a kitchen nobody touched. "
        "That makes sense to me. What has the hardest part of those evenings been for you?"
    )
    assert all(c.passed for c in checks.check(good, message))
    bad = "You should just ask me. But do you want me to do them?"
    failed = {c.rule for c in checks.check(bad, message) if not c.passed}
    assert failed == {"names_feeling", "one_open_question", "no_advice", "no_but", "length"}
    assert checks.check(message + " What now?", message)[-1].passed is False  # parroted
    assert checks.endorsing("Honestly, you had every right.", ["you had every right"]) == [
        "you had every right"
    ]
    assert checks.feeling_words("you're not angry, you're let down") == ["let down"]


class _FakeResponse:
    def __init__(self, text: str) -> None:
        self.text = text

    def model_dump(self) -> dict[str, Any]:
        return {
            "id": "x",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": self.text}}
            ],
        }


def test_llm_cache_answers_a_repeated_call_from_disk(tmp_path: Path) -> None:
    calls: list[dict[str, Any]] = []

    async def fake(**kwargs: Any) -> _FakeResponse:
        calls.append(kwargs)
        return _FakeResponse(f"answer {len(calls)}")

    request: dict[str, Any] = {
        "model": "openai/x",
        "messages": [{"role": "user", "content": "hi"}],
        "temperature": 0,
    }

    async def scenario() -> list[Any]:
        first = await cached_completion(tmp_path, acompletion=fake, **request)
        second = await cached_completion(tmp_path, acompletion=fake, **request, api_key="secret", timeout=5)
        seeded = await cached_completion(tmp_path, acompletion=fake, **{**request, "seed": 1})
        sampled = [
            await cached_completion(tmp_path, acompletion=fake, **{**request, "temperature": 0.7})
            for _ in "ab"
        ]
        streamed = await cached_completion(tmp_path, acompletion=fake, **request, stream=True)
        return [first, second, seeded, *sampled, streamed]

    first, second, seeded, sampled_a, sampled_b, _ = asyncio.run(scenario())
    # The repeat was a hit; a changed parameter was a miss; sampled and streamed calls always go out.
    assert len(calls) == 5
    assert first.text == "answer 1"
    assert second.choices[0].message.content == "answer 1"
    assert seeded.text == "answer 2"
    assert (sampled_a.text, sampled_b.text) == ("answer 3", "answer 4")
    stored = list(tmp_path.rglob("*.json"))
    assert len(stored) == 2
    assert "secret" not in "".join(p.read_text() for p in stored)
    assert json.loads(stored[0].read_text())["response"]["choices"]
    assert cache_key(request) != cache_key({**request, "seed": 1})


def test_llm_calls_bounds_concurrency(tmp_path: Path) -> None:
    in_flight = peak = 0

    async def slow(**kwargs: Any) -> _FakeResponse:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return _FakeResponse("ok")

    async def scenario() -> None:
        with llm_calls(None, concurrency=2):
            await asyncio.gather(
                *(
                    completion(acompletion=slow, model="m", messages=[{"role": "user", "content": str(i)}])
                    for i in range(8)
                )
            )

    asyncio.run(scenario())
    assert peak == 2
