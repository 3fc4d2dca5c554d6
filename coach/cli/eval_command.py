"""`coach eval`: run the eval suites, write the reports, and gate on thresholds.

Exit codes: 0 every gate passes, 1 a gate failed (each one is named), 2 a usage error (bad
option, unreadable dataset, judge without a model).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

SUITE_NAMES = ("scorer", "reflect", "safety", "retrieval")


def _datasets(specs: tuple[str, ...], chosen: list[str]) -> dict[str, Path]:
    """``PATH`` (with exactly one suite in the run) or ``SUITE=PATH`` pairs -> suite: path."""
    out: dict[str, Path] = {}
    for spec in specs:
        name, sep, rest = spec.partition("=")
        if sep and name in SUITE_NAMES:
            suite, path = name, rest
        elif len(chosen) == 1:
            suite, path = chosen[0], spec
        else:
            raise click.UsageError(
                f"--dataset {spec}: say which suite it is for (SUITE=PATH), or run exactly one SUITE, "
                "e.g. coach eval safety --dataset mine.jsonl"
            )
        if suite not in chosen:
            raise click.UsageError(
                f"--dataset {spec}: suite {suite} is not in this run ({', '.join(chosen)})"
            )
        if suite in out:
            raise click.UsageError(f"--dataset: two files for suite {suite}; give one")
        if not path:
            raise click.UsageError(f"--dataset {spec}: no file named")
        out[suite] = Path(path)
    return out


def _command_line() -> list[str]:
    """The invocation as typed, rebuilt from click's parsed values so it is exact under tests too."""
    context = click.get_current_context()
    words = ["coach", "eval"]
    for parameter in context.command.params:
        value = context.params.get(parameter.name or "")
        if isinstance(parameter, click.Argument):
            words += [str(v) for v in value or ()]
        elif (
            isinstance(parameter, click.Option)
            and value not in (None, False, ())
            and value != parameter.default
        ):
            flag = parameter.opts[0]
            if parameter.is_flag:
                words.append(flag)
            elif parameter.multiple:
                for item in value:
                    words += [flag, str(item)]
            elif parameter.nargs > 1:
                words += [flag, *(str(v) for v in value)]
            else:
                words += [flag, str(value)]
    return words


@click.command(name="eval")
@click.argument("suites", nargs=-1, type=click.Choice(SUITE_NAMES))
@click.option(
    "--judge",
    type=click.Choice(["rules", "llm", "ensemble"]),
    default="rules",
    show_default=True,
    help="Scorer whose verdicts are measured (scorer suite) and that judges reflections (reflect suite).",
)
@click.option(
    "--dataset",
    "dataset_specs",
    multiple=True,
    metavar="[SUITE=]PATH",
    help="Your own JSONL/YAML file in the suite's format (evals/README.md): PATH with one SUITE, "
    "or SUITE=PATH, repeatable.",
)
@click.option(
    "--split",
    type=click.Choice(["test", "train", "all"]),
    default="test",
    show_default=True,
    help="Which labelled split to use where a dataset has one (the scorer is fitted on train).",
)
@click.option(
    "--report",
    "report_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for results.json and report.html  [default: reports/eval-<timestamp>]",
)
@click.option(
    "--fail-under",
    "fail_under",
    multiple=True,
    metavar="SUITE.FIGURE=VALUE",
    help="Fail (exit 1) when the figure is worse than VALUE; repeatable. E.g. scorer.contempt_f1=0.9.",
)
@click.option("--no-default-thresholds", is_flag=True, help="Apply only the --fail-under thresholds.")
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Cases evaluated at once (bounds LLM calls in flight).",
)
@click.option(
    "--seed", type=int, default=0, show_default=True, help="Seed for bootstrap intervals and LLM calls."
)
@click.option(
    "--bootstrap",
    "resamples",
    type=click.IntRange(0, 100_000),
    default=1000,
    show_default=True,
    help="Bootstrap resamples for the confidence intervals (0 turns them off).",
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the LLM response cache.")
@click.option(
    "--compare",
    "compare_paths",
    nargs=2,
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="A.json B.json",
    help="Show what changed between two results.json files, then exit.",
)
def eval_command(
    suites: tuple[str, ...],
    judge: str,
    dataset_specs: tuple[str, ...],
    split: str,
    report_dir: Path | None,
    fail_under: tuple[str, ...],
    no_default_thresholds: bool,
    concurrency: int,
    seed: int,
    resamples: int,
    no_cache: bool,
    compare_paths: tuple[Path, Path] | None,
) -> None:
    """Measure the coach: scorer, reflect, safety and retrieval suites (default: all four).

    Writes results.json and a self-contained report.html, prints a summary, and exits 1 when a
    figure misses its threshold. Defaults gate the offline suites at the project's bar.
    """
    from rich.console import Console

    from coach.evaluation import gates as gating
    from coach.evaluation import runner, terminal
    from coach.evaluation.suites import registry
    from coach.settings import get_settings

    # Off a terminal (CI logs, pipes) rich would squeeze the table into 80 columns.
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
    if compare_paths is not None:
        if suites or dataset_specs or fail_under:
            raise click.UsageError("--compare takes two results.json files and nothing to run")
        try:
            before, after = (runner.load_result(p) for p in compare_paths)
        except runner.RunError as exc:
            raise click.UsageError(str(exc)) from None
        terminal.compare(before, after, console, names=(str(compare_paths[0]), str(compare_paths[1])))
        return

    chosen = list(dict.fromkeys(suites)) or list(SUITE_NAMES)
    datasets = _datasets(dataset_specs, chosen)
    suite_registry = registry()
    try:
        gates = [gating.parse_gate(spec, suite_registry) for spec in fail_under]
    except gating.GateError as exc:
        raise click.UsageError(str(exc)) from None
    for gate in gates:
        if gate.suite not in chosen:
            click.echo(f"warning: {gate.figure} is ignored: suite {gate.suite} is not in this run", err=True)

    config = runner.RunConfig(
        suites=chosen,
        judge=judge,  # type: ignore[arg-type]
        datasets=datasets,
        split=split,  # type: ignore[arg-type]
        concurrency=concurrency,
        seed=seed,
        resamples=resamples,
        progress=sys.stderr.isatty(),
        default_thresholds=not no_default_thresholds,
        gates=gates,
        cache=not no_cache,
        command=_command_line(),
        notify=lambda message: click.echo(f"coach eval: {message}", err=True),
    )
    try:
        result = runner.run(config, get_settings())
    except runner.RunError as exc:
        raise click.UsageError(str(exc)) from None
    folder = report_dir or runner.default_report_dir()
    json_path, html_path = runner.write_reports(result, folder)
    terminal.summary(result, console)
    console.print(f"report: {html_path}\nresults: {json_path}")
    if not result.passed:
        sys.exit(1)
