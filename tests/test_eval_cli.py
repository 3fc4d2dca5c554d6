"""`coach eval` end to end on small datasets (tests/data/eval): reports, gates, exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from coach.cli.eval_command import eval_command
from coach.domain import ELEMENTS, FLAGS
from coach.evaluation.report_html import render
from coach.evaluation.results import RunResult
from coach.schemas import CriterionResult, Evaluation, FlagResult
from coach.services import Services
from coach.settings import get_settings

DATA = Path(__file__).parent / "data" / "eval"
SMALL = [
    "--dataset",
    f"scorer={DATA / 'scorer.jsonl'}",
    "--dataset",
    f"retrieval={DATA / 'retrieval.jsonl'}",
    "--dataset",
    f"safety={DATA / 'safety.jsonl'}",
    "--bootstrap",
    "200",
]
LENIENT = [
    "--no-default-thresholds",
    "--fail-under",
    "scorer.element_accuracy=0.1",
    "--fail-under",
    "retrieval.hit_at_3=0.1",
]


@pytest.fixture()
def env(services: Services, shared_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point the CLI at the session's prepared data dir (index built, scorer fitted)."""
    monkeypatch.setenv("COACH_DATA_DIR", str(shared_data_dir))
    for name in ("COACH_MODEL", "COACH_JUDGE_MODEL", "COACH_FALLBACK_MODELS"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def invoke(*args: str) -> Result:
    return CliRunner().invoke(eval_command, list(args), catch_exceptions=False)


def load(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    return data


def test_three_suites_write_results_and_a_self_contained_report(env: None, tmp_path: Path) -> None:
    report = tmp_path / "report"
    result = invoke("scorer", "retrieval", "safety", *SMALL, *LENIENT, "--report", str(report))
    assert result.exit_code == 0, result.output
    data = load(report)
    assert set(data["suites"]) == {"scorer", "retrieval", "safety"}
    scorer = data["suites"]["scorer"]
    assert len(scorer["cases"]) == 17
    for flag in FLAGS:
        assert {f"{flag}_f1", f"{flag}_precision", f"{flag}_recall", f"{flag}_kappa"} <= set(
            scorer["figures"]
        )
    for element in ELEMENTS:
        assert 0.0 <= scorer["figures"][f"{element}_accuracy"]["value"] <= 1.0
    assert scorer["figures"]["auc_good"]["ci_low"] is not None
    assert set(scorer["flag_confusion"]["contempt"]) == {"tp", "fp", "fn", "tn"}
    assert {"recall_at_3", "hit_at_3", "mrr"} <= set(data["suites"]["retrieval"]["figures"])
    safety = data["suites"]["safety"]["figures"]
    assert {"crisis_recall", "false_alarm_rate", "concern_accuracy"} <= set(safety)
    assert safety["crisis_recall"]["n"] == 5 and safety["false_alarm_rate"]["n"] == 5
    meta = data["metadata"]
    for key in (
        "git_revision",
        "corpus_hash",
        "prompt_hash",
        "model",
        "judge",
        "python",
        "platform",
        "started_at",
    ):
        assert meta[key], key
    assert meta["model"] == "composer" and meta["judge"] == "rules"
    assert str(DATA / "scorer.jsonl") in meta["dataset_hashes"]
    assert [g["figure"] for g in data["gates"]] == ["scorer.element_accuracy", "retrieval.hit_at_3"]
    assert data["passed"] is True

    html = (report / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert "<svg" in html and "contempt_f1" in html and "crisis_recall" in html and "recall_at_3" in html
    # Self-contained: nothing is fetched when the file is opened.
    for remote in ("<script", "http://", "https://", "<link", "@import", "src="):
        assert remote not in html.replace('xmlns="http://www.w3.org/2000/svg"', ""), remote
    # The terminal summary shows the headline figures and the gates.
    assert "contempt_f1" in result.output and "element_accuracy" in result.output
    assert "all 2 gates pass" in result.output


def test_a_failing_threshold_exits_1_and_names_the_gate(env: None, tmp_path: Path) -> None:
    result = invoke(
        "retrieval",
        "--dataset",
        str(DATA / "retrieval.jsonl"),
        "--no-default-thresholds",
        "--fail-under",
        "retrieval.mrr>=1.01",
        "--report",
        str(tmp_path),
        "--bootstrap",
        "0",
    )
    assert result.exit_code == 1, result.output
    assert "retrieval.mrr" in result.output and "FAIL" in result.output
    data = load(tmp_path)
    assert data["passed"] is False
    assert data["gates"][0]["passed"] is False and data["gates"][0]["source"] == "cli"


def test_yaml_dataset_and_default_gate_for_the_suite(env: None, tmp_path: Path) -> None:
    result = invoke(
        "retrieval", "--dataset", str(DATA / "retrieval.yaml"), "--report", str(tmp_path), "--bootstrap", "0"
    )
    assert result.exit_code in (0, 1), result.output
    data = load(tmp_path)
    assert len(data["suites"]["retrieval"]["cases"]) == 1
    assert [g["figure"] for g in data["gates"]] == ["retrieval.recall_at_3"]
    assert data["gates"][0]["source"] == "default"


def test_a_broken_scorer_fails_the_gate(env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = ["--no-default-thresholds", "--fail-under", "scorer.contempt_f1=0.3", "--bootstrap", "0"]
    healthy = invoke(
        "scorer", "--dataset", str(DATA / "scorer.jsonl"), *gate, "--report", str(tmp_path / "ok")
    )
    assert healthy.exit_code == 0, healthy.output

    def flags_nothing(self: object, message: str, reply: str) -> Evaluation:
        return Evaluation(
            criteria={e: CriterionResult(score=1.0, passed=True, rationale="broken") for e in ELEMENTS},
            flags={f: FlagResult(flagged=False, confidence=0.0) for f in FLAGS},
            overall=1.0,
            passed=True,
            feedback="",
            scorer="rules",
        )

    monkeypatch.setattr("coach.scoring.rules.RulesScorer.score", flags_nothing)
    broken = invoke(
        "scorer", "--dataset", str(DATA / "scorer.jsonl"), *gate, "--report", str(tmp_path / "broken")
    )
    assert broken.exit_code == 1, broken.output
    assert "scorer.contempt_f1" in broken.output
    assert load(tmp_path / "broken")["suites"]["scorer"]["figures"]["contempt_f1"]["value"] == 0.0
    # With the project's default thresholds the real held-out split fails too.
    default = invoke("scorer", "--report", str(tmp_path / "default"), "--bootstrap", "0")
    assert default.exit_code == 1
    failed = {g["figure"] for g in load(tmp_path / "default")["gates"] if not g["passed"]}
    assert {f"scorer.{flag}_f1" for flag in FLAGS} <= failed


def test_judge_failures_are_counted_not_dropped(
    env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    class FlakyJudge:
        """Stands in for an LLM judge: one call errors, stonewalling replies get no verdict."""

        name = "llm"

        def __init__(self, rules: Any) -> None:
            self.rules = rules

        async def evaluate(self, message: str, reply: str) -> Evaluation:
            calls.append(reply)
            if len(calls) == 1:
                raise TimeoutError("the judge model timed out")
            evaluation: Evaluation = await self.rules.evaluate(message, reply)
            if "stonewalling" in reply.lower() or "whatever" in reply.lower():
                return evaluation.model_copy(update={"unscored": True, "feedback": "unparseable verdict"})
            return evaluation.model_copy(update={"scorer": "llm"})

    monkeypatch.setenv("COACH_JUDGE_MODEL", "openai/fake-judge")
    get_settings.cache_clear()
    monkeypatch.setattr(
        "coach.scoring.registry.judge_scorer", lambda judge, services: FlakyJudge(services.rules)
    )
    result = invoke(
        "scorer",
        "--judge",
        "llm",
        "--dataset",
        str(DATA / "scorer.jsonl"),
        "--report",
        str(tmp_path),
        "--bootstrap",
        "0",
        "--no-default-thresholds",
    )
    assert result.exit_code == 0, result.output
    data = load(tmp_path)
    suite = data["suites"]["scorer"]
    unscored = [c for c in suite["cases"] if c["output"].get("unscored")]
    assert len(calls) == 17
    assert suite["unscored"] == len(unscored) >= 2
    assert suite["figures"]["unscored"]["value"] == len(unscored)
    assert all(not c["passed"] and c["evidence"][0].startswith("unscored") for c in unscored)
    assert any("timed out" in c["output"]["problem"] for c in unscored)
    # The agreement figures are over the scored replies only, and say so.
    assert suite["figures"]["contempt_kappa"]["n"] == 17 - len(unscored)
    assert any("no usable verdict" in note for note in suite["notes"])
    assert data["metadata"]["judge"] == "llm" and data["metadata"]["judge_model"] == "openai/fake-judge"


def test_reflect_suite_on_a_small_file(env: None, tmp_path: Path) -> None:
    result = invoke(
        "reflect",
        "--dataset",
        str(DATA / "reflect.jsonl"),
        "--report",
        str(tmp_path),
        "--bootstrap",
        "0",
        "--no-default-thresholds",
    )
    assert result.exit_code == 0, result.output
    suite = load(tmp_path)["suites"]["reflect"]
    figures = suite["figures"]
    for name in (
        "pass_rate",
        "flag_rate",
        "rule_compliance",
        "feeling_hit_rate",
        "distinct_openings",
        "latency_p50_ms",
        "latency_p95_ms",
        "sycophancy_free_rate",
    ):
        assert name in figures, name
    assert figures["sycophancy_free_rate"]["n"] == 1
    assert len(suite["latencies_ms"]) == 4
    assert all(case["output"]["reflection"] for case in suite["cases"])
    # The safety screen may route a message elsewhere; every message still gets exactly one answer.
    assert sum(suite["generators"].values()) == 4 and "composer" in suite["generators"]


def test_compare_shows_each_changed_figure_with_an_arrow(env: None, tmp_path: Path) -> None:
    first = tmp_path / "a"
    assert (
        invoke(
            "retrieval",
            "--dataset",
            str(DATA / "retrieval.jsonl"),
            "--report",
            str(first),
            "--bootstrap",
            "0",
            "--no-default-thresholds",
        ).exit_code
        == 0
    )
    data = load(first)
    figures = data["suites"]["retrieval"]["figures"]
    figures["mrr"]["value"] = figures["mrr"]["value"] - 0.25
    figures["recall_at_3"]["value"] = figures["recall_at_3"]["value"] + 0.125
    data["suites"]["retrieval"]["cases"][0]["passed"] = not data["suites"]["retrieval"]["cases"][0]["passed"]
    data["metadata"]["corpus_hash"] = "0123456789abcdef"
    second = tmp_path / "b.json"
    second.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("--compare", str(first / "results.json"), str(second))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("mrr" in line and "↓" in line and "worse" in line for line in lines), result.output
    assert any("recall_at_3" in line and "↑" in line and "better" in line for line in lines), result.output
    assert "corpus_hash" in result.output and "0123456789abcdef" in result.output
    assert "ret-001" in result.output


def test_bad_dataset_is_a_clear_usage_error(env: None, tmp_path: Path) -> None:
    result = invoke("scorer", "--dataset", str(DATA / "bad_scorer.jsonl"), "--report", str(tmp_path))
    assert result.exit_code == 2
    assert "bad_scorer.jsonl:2" in result.output and "'reply' is required" in result.output
    assert not (tmp_path / "results.json").exists()

    wrong_kind = invoke("scorer", "--dataset", str(DATA / "safety.jsonl"))
    assert wrong_kind.exit_code == 2 and "not a scorer case" in wrong_kind.output

    missing = invoke("safety", "--dataset", str(tmp_path / "nope.jsonl"))
    assert missing.exit_code == 2 and "no such file" in missing.output

    ambiguous = invoke("scorer", "safety", "--dataset", str(DATA / "safety.jsonl"))
    assert ambiguous.exit_code == 2 and "SUITE=PATH" in ambiguous.output


def test_usage_errors_exit_2(env: None) -> None:
    assert invoke("nonsense").exit_code == 2
    bad_gate = invoke("scorer", "--fail-under", "scorer.contempt_f2=0.9")
    assert bad_gate.exit_code == 2 and "has no figure" in bad_gate.output
    no_model = invoke("scorer", "--judge", "llm")
    assert no_model.exit_code == 2 and "COACH_JUDGE_MODEL" in no_model.output
    assert invoke("scorer", "--compare", "a.json", "b.json").exit_code == 2


def test_report_escapes_every_piece_of_text(env: None, tmp_path: Path) -> None:
    assert (
        invoke(
            "retrieval",
            "--dataset",
            str(DATA / "retrieval.jsonl"),
            "--report",
            str(tmp_path),
            "--bootstrap",
            "0",
            "--no-default-thresholds",
        ).exit_code
        == 0
    )
    result = RunResult.model_validate_json((tmp_path / "results.json").read_bytes())
    case = result.suites["retrieval"].cases[0]
    case.passed = False
    case.input["message"] = "<script>alert('x')</script>"
    case.evidence = ["<img src=x onerror=alert(1)>"]
    html = render(result)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


def test_eval_is_registered_on_the_coach_command() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "coach.cli.main", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "eval" in done.stdout.split("Commands:")[1]
