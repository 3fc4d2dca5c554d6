"""What `coach eval` prints: the summary table after a run, and the diff of two runs."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from coach.evaluation.report_html import format_interval, format_value
from coach.evaluation.results import Figure, RunResult

_EPSILON = 1e-9


def summary(result: RunResult, console: Console) -> None:
    gates = {g.figure: g for g in result.gates}
    meta = result.metadata
    console.print(
        f"model [bold]{meta.model}[/] · judge [bold]{meta.judge}[/] · git {meta.git_revision[:10]} "
        f"· corpus {meta.corpus_hash} · prompts {meta.prompt_hash} · {meta.seconds:.1f} s",
        highlight=False,
    )
    table = Table(show_lines=False)
    for column, justify in (
        ("suite", "left"),
        ("figure", "left"),
        ("value", "right"),
        ("95% CI", "right"),
        ("n", "right"),
        ("gate", "left"),
    ):
        table.add_column(column, justify=justify, no_wrap=column in ("figure", "95% CI", "gate"))  # type: ignore[arg-type]
    for suite_name, suite in result.suites.items():
        shown = [f for name, f in suite.figures.items() if f.headline or f"{suite_name}.{name}" in gates]
        for figure in shown:
            gate = gates.get(f"{suite_name}.{figure.name}")
            status = ""
            if gate is not None:
                mark = "[green]pass[/]" if gate.passed else "[bold red]FAIL[/]"
                status = f"{gate.op} {gate.threshold:g} {mark}"
            table.add_row(
                suite_name, figure.name, format_value(figure), format_interval(figure), str(figure.n), status
            )
        table.add_section()
    console.print(table)
    for suite_name, suite in result.suites.items():
        failing = len(suite.failures)
        console.print(f"{suite_name}: {failing} of {len(suite.cases)} cases fail", highlight=False)
    failed = result.failed_gates
    if failed:
        console.print(f"[bold red]{len(failed)} gate(s) failed:[/]")
        for gate in failed:
            console.print(f"  - {gate.describe()} ({gate.reason})", highlight=False)
    elif result.gates:
        console.print(f"[green]all {len(result.gates)} gates pass[/]")


@dataclass(frozen=True)
class Change:
    suite: str
    figure: str
    before: float | None
    after: float | None
    better: str
    unit: str

    @property
    def arrow(self) -> str:
        if self.before is None or self.after is None:
            return (
                "new"
                if self.before is None and self.after is not None
                else "gone"
                if self.after is None and self.before is not None
                else "·"
            )
        if abs(self.after - self.before) <= _EPSILON:
            return "="
        return "↑" if self.after > self.before else "↓"

    @property
    def verdict(self) -> str:
        if self.before is None or self.after is None or abs(self.after - self.before) <= _EPSILON:
            return ""
        up = self.after > self.before
        return "better" if up == (self.better == "higher") else "worse"


def changes(a: RunResult, b: RunResult) -> list[Change]:
    out: list[Change] = []
    for suite in list(dict.fromkeys([*a.suites, *b.suites])):
        before = a.suites[suite].figures if suite in a.suites else {}
        after = b.suites[suite].figures if suite in b.suites else {}
        for name in list(dict.fromkeys([*before, *after])):
            reference: Figure = after.get(name) or before[name]
            out.append(
                Change(
                    suite=suite,
                    figure=name,
                    before=before[name].value if name in before else None,
                    after=after[name].value if name in after else None,
                    better=reference.better,
                    unit=reference.unit,
                )
            )
    return out


def _show(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    return f"{value:.0f}" if unit == "count" else f"{value:.1f}" if unit == "ms" else f"{value:.4f}"


def compare(a: RunResult, b: RunResult, console: Console, *, names: tuple[str, str] = ("A", "B")) -> None:
    console.print(
        f"A: {names[0]} ({a.metadata.started_at}, git {a.metadata.git_revision[:10]})", highlight=False
    )
    console.print(
        f"B: {names[1]} ({b.metadata.started_at}, git {b.metadata.git_revision[:10]})", highlight=False
    )
    fields = (
        "git_revision",
        "model",
        "judge",
        "judge_model",
        "prompt_hash",
        "corpus_hash",
        "split",
        "coach_version",
    )
    for field in fields:
        old, new = getattr(a.metadata, field), getattr(b.metadata, field)
        if old != new:
            console.print(f"  {field}: {old} -> {new}", highlight=False)
    datasets = dict.fromkeys([*a.metadata.dataset_hashes, *b.metadata.dataset_hashes])
    for path in datasets:
        old_hash, new_hash = a.metadata.dataset_hashes.get(path), b.metadata.dataset_hashes.get(path)
        if old_hash != new_hash:
            console.print(
                f"  dataset {path}: {old_hash or 'absent'} -> {new_hash or 'absent'}", highlight=False
            )

    table = Table(title="figures that changed, A -> B")
    for column, justify in (
        ("suite", "left"),
        ("figure", "left"),
        ("A", "right"),
        ("", "center"),
        ("B", "right"),
        ("change", "right"),
        ("", "left"),
    ):
        table.add_column(column, justify=justify, no_wrap=column == "figure")  # type: ignore[arg-type]
    unchanged = 0
    for change in changes(a, b):
        if change.arrow in ("=", "·"):
            unchanged += 1
            continue
        delta = (
            "" if change.before is None or change.after is None else f"{change.after - change.before:+.4g}"
        )
        colour = {"better": "green", "worse": "red"}.get(change.verdict, "")
        verdict = f"[{colour}]{change.verdict}[/]" if colour else ""
        table.add_row(
            change.suite,
            change.figure,
            _show(change.before, change.unit),
            change.arrow,
            _show(change.after, change.unit),
            delta,
            verdict,
        )
    if table.row_count:
        console.print(table)
    console.print(f"{unchanged} figure(s) unchanged", highlight=False)

    gates_a = {g.figure: g for g in a.gates}
    for gate in b.gates:
        old = gates_a.get(gate.figure)
        if old is not None and old.passed != gate.passed:
            console.print(
                f"  gate {gate.figure}: {'pass' if old.passed else 'FAIL'} -> {'pass' if gate.passed else 'FAIL'}",
                highlight=False,
            )
    for suite in b.suites:
        if suite not in a.suites:
            continue
        before = {c.id: c.passed for c in a.suites[suite].cases}
        now_failing = [c.id for c in b.suites[suite].cases if before.get(c.id) is True and not c.passed]
        now_passing = [c.id for c in b.suites[suite].cases if before.get(c.id) is False and c.passed]
        for label, ids in (("now fail", now_failing), ("now pass", now_passing)):
            if ids:
                listed = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
                console.print(f"  {suite}: {len(ids)} case(s) {label}: {listed}", highlight=False)
    console.print(
        f"overall: {'pass' if a.passed else 'FAIL'} -> {'pass' if b.passed else 'FAIL'}", highlight=False
    )
