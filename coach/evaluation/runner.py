"""One eval run: load the datasets, prepare the services, run the suites, apply the gates."""

from __future__ import annotations

import asyncio
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.evaluation import gates as gating
from coach.evaluation import provenance
from coach.evaluation.context import EvalContext
from coach.evaluation.datasets import Dataset, Split
from coach.evaluation.results import Gate, RunMetadata, RunResult
from coach.evaluation.suites import SUITE_ORDER, Suite, registry
from coach.generation.llm_cache import default_cache_dir, llm_calls
from coach.schemas import JudgeName
from coach.settings import Settings

if TYPE_CHECKING:
    from coach.services import Services


class RunError(ValueError):
    """The run cannot start as asked (bad dataset, judge without a model); a usage error."""


@dataclass
class RunConfig:
    suites: list[str]
    judge: JudgeName = "rules"
    # suite -> the caller's own file, replacing that suite's bundled datasets
    datasets: dict[str, Path] = field(default_factory=dict)
    split: Split = "test"
    concurrency: int = 4
    seed: int = 0
    resamples: int = 1000
    progress: bool = False
    default_thresholds: bool = True
    gates: list[Gate] = field(default_factory=list)
    cache: bool = True
    command: list[str] = field(default_factory=list)
    # Stage messages for the person waiting ("fitting the scorer..."); silent by default.
    notify: Callable[[str], None] = field(default=lambda message: None)


def load_datasets(config: RunConfig, suites: dict[str, Suite]) -> dict[str, list[Dataset[Any]]]:
    """Every dataset, read before any model work, so a bad file fails in a second, not a minute."""
    from coach.evaluation.datasets import DatasetError

    stray = [name for name in config.datasets if name not in config.suites]
    if stray:
        raise RunError(f"--dataset given for {', '.join(stray)}, which is not in this run")
    loaded: dict[str, list[Dataset[Any]]] = {}
    for name in config.suites:
        suite = suites[name]
        own = config.datasets.get(name)
        paths = [own] if own is not None else suite.default_datasets()
        try:
            loaded[name] = suite.load(paths, config.split)
        except DatasetError as exc:
            raise RunError(str(exc)) from None
    return loaded


def eval_settings(settings: Settings) -> Settings:
    # Repeatable runs: an LLM generator samples at temperature 0 during evals.
    return settings.model_copy(update={"temperature": 0.0})


def check_judge(config: RunConfig, settings: Settings) -> None:
    if config.judge != "rules" and not (settings.judge_model or settings.model):
        raise RunError(
            f"--judge {config.judge} needs a model: set COACH_JUDGE_MODEL (or COACH_MODEL) to a litellm model string"
        )


def ordered(names: list[str]) -> list[str]:
    return [n for n in SUITE_ORDER if n in names]


async def _run(
    config: RunConfig, services: Services, datasets: dict[str, list[Dataset[Any]]], suites: dict[str, Suite]
) -> dict[str, Any]:
    ctx = EvalContext(
        services=services,
        judge=config.judge,
        split=config.split,
        concurrency=config.concurrency,
        seed=config.seed,
        resamples=config.resamples,
        progress=config.progress,
    )
    cache_dir = default_cache_dir(services.settings.data_dir) if config.cache else None
    results: dict[str, Any] = {}
    with llm_calls(cache_dir, config.concurrency):
        for name in config.suites:
            cases = sum(len(d.cases) for d in datasets[name])
            config.notify(f"running {name} on {cases} cases")
            results[name] = await suites[name].run(ctx, datasets[name])
    return results


def run(config: RunConfig, settings: Settings, services: Services | None = None) -> RunResult:
    suites = registry()
    unknown = [s for s in config.suites if s not in suites]
    if unknown:
        raise RunError(f"unknown suite {', '.join(unknown)}; choose from {', '.join(SUITE_ORDER)}")
    config.suites = ordered(config.suites)
    check_judge(config, settings)
    datasets = load_datasets(config, suites)
    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    if services is None:
        from coach.services import Services

        services = Services(eval_settings(settings))
    config.notify("preparing the guidance index and the scorer (a first run also fits the scorer)")
    services.prepare()

    from coach.knowledge.cards import corpus_digest

    metadata = RunMetadata(
        started_at=started_at.isoformat(timespec="seconds"),
        coach_version=provenance.coach_version(),
        git_revision=provenance.git_revision(),
        model=services.settings.model or "composer",
        fallback_models=list(services.settings.fallback_models),
        judge=config.judge,
        judge_model=(services.settings.judge_model or services.settings.model)
        if config.judge != "rules"
        else None,
        prompt_hash=provenance.prompt_hash(),
        corpus_hash=corpus_digest(services.cards),
        dataset_hashes={d.name: d.sha256 for sets in datasets.values() for d in sets},
        split=config.split,
        seed=config.seed,
        bootstrap_resamples=config.resamples,
        concurrency=config.concurrency,
        default_thresholds=config.default_thresholds,
        python=sys.version.split()[0],
        platform=platform.platform(),
        command=config.command,
    )
    results = asyncio.run(_run(config, services, datasets, suites))

    wanted = (
        gating.default_gates(config.suites, composer=not services.settings.model)
        if config.default_thresholds
        else []
    )
    explicit = [g for g in config.gates if g.suite in config.suites]
    figures = {name: {f: fig.value for f, fig in result.figures.items()} for name, result in results.items()}
    outcome = gating.evaluate(gating.merge(wanted, explicit), figures)
    metadata.finished_at = datetime.now(UTC).isoformat(timespec="seconds")
    metadata.seconds = round(time.perf_counter() - clock, 3)
    return RunResult(metadata=metadata, suites=results, gates=outcome, passed=all(g.passed for g in outcome))


def default_report_dir() -> Path:
    return Path("reports") / f"eval-{datetime.now().strftime('%Y%m%d-%H%M%S')}"


def write_reports(result: RunResult, folder: Path) -> tuple[Path, Path]:
    from coach.evaluation.report_html import render

    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / "results.json"
    html_path = folder / "report.html"
    json_path.write_text(result.model_dump_json(indent=2), encoding="utf-8")
    html_path.write_text(render(result), encoding="utf-8")
    return json_path, html_path


def load_result(path: Path) -> RunResult:
    from pydantic import ValidationError

    try:
        return RunResult.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        raise RunError(f"{path}: no such file") from None
    except ValidationError as exc:
        raise RunError(f"{path}: not a coach eval results.json ({exc.errors()[0]['msg']})") from None
