"""Thresholds: the project's default bar for the offline suites, and the ones a caller adds.

`--fail-under NAME=VALUE` fails the run when the figure is worse than VALUE, where "worse"
follows the figure: below VALUE for accuracies, above it for rates that should be low (false
alarms, flag rate, latency). `NAME>=VALUE` and `NAME<=VALUE` spell the direction out.
A gate on a figure that is undefined on the data fails: silence is not a pass.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from coach.domain import ELEMENTS
from coach.evaluation.results import Gate
from coach.evaluation.suites import Suite


class GateError(ValueError):
    """A threshold the caller wrote that cannot be used."""


_SPEC = re.compile(r"^\s*([a-z_]+)\.([a-z0-9_]+)\s*(>=|<=|=)\s*([-+0-9.eE]+)\s*$")

# From the issues: the scorer's held-out bar (issue 3), safety (issue 7), retrieval (issue 2).
_OFFLINE: tuple[tuple[str, str, float], ...] = (
    ("scorer.contempt_f1", ">=", 0.90),
    ("scorer.defensiveness_f1", ">=", 0.90),
    ("scorer.criticism_f1", ">=", 0.85),
    ("scorer.stonewalling_f1", ">=", 0.85),
    ("scorer.auc_good", ">=", 0.95),
    *((f"scorer.{element}_accuracy", ">=", 0.85) for element in ELEMENTS),
    ("safety.crisis_recall", ">=", 0.95),
    ("safety.false_alarm_rate", "<=", 0.05),
    ("retrieval.recall_at_3", ">=", 0.85),
)
# The composer is deterministic and built to keep every rule, so anything short of all is a bug
# (issue 2). An LLM generator is measured, not held to these.
_COMPOSER: tuple[tuple[str, str, float], ...] = (
    ("reflect.pass_rate", ">=", 1.0),
    ("reflect.rule_compliance", ">=", 1.0),
    ("reflect.sycophancy_free_rate", ">=", 1.0),
    ("reflect.errors", "<=", 0.0),
)


def default_gates(suites: list[str], *, composer: bool) -> list[Gate]:
    chosen = list(_OFFLINE) + (list(_COMPOSER) if composer else [])
    return [
        Gate(figure=figure, op=op, threshold=threshold, source="default")
        for figure, op, threshold in chosen
        if figure.split(".", 1)[0] in suites
    ]


def parse_gate(spec: str, registry: Mapping[str, Suite]) -> Gate:
    match = _SPEC.match(spec)
    if not match:
        raise GateError(
            f"--fail-under {spec!r}: write SUITE.FIGURE=VALUE, e.g. scorer.contempt_f1=0.9 "
            "(or >= / <= to set the direction)"
        )
    suite_name, figure, op, raw = match.groups()
    suite = registry.get(suite_name)
    if suite is None:
        raise GateError(f"--fail-under {spec!r}: no suite {suite_name!r} (suites: {', '.join(registry)})")
    if not suite.knows(figure):
        known = ", ".join(sorted(suite.specs))
        raise GateError(
            f"--fail-under {spec!r}: suite {suite_name} has no figure {figure!r}; its figures: {known}"
        )
    try:
        threshold = float(raw)
    except ValueError:
        raise GateError(f"--fail-under {spec!r}: {raw!r} is not a number") from None
    if not math.isfinite(threshold):
        raise GateError(f"--fail-under {spec!r}: the threshold must be a finite number")
    if op == "=":
        spec_of = suite.specs.get(figure)
        op = "<=" if spec_of is not None and spec_of.better == "lower" else ">="
    return Gate(figure=f"{suite_name}.{figure}", op=op, threshold=threshold, source="cli")


def merge(defaults: list[Gate], explicit: list[Gate]) -> list[Gate]:
    """The caller's threshold for a figure replaces the default one for that figure."""
    overridden = {g.figure for g in explicit}
    return [g for g in defaults if g.figure not in overridden] + explicit


def evaluate(gates: list[Gate], values: Mapping[str, Mapping[str, float | None]]) -> list[Gate]:
    """``values`` maps suite -> figure -> value; returns the gates with their outcome filled in."""
    out: list[Gate] = []
    for gate in gates:
        figures = values.get(gate.suite, {})
        if gate.figure_name not in figures:
            out.append(gate.model_copy(update={"passed": False, "reason": "no such figure in this run"}))
            continue
        value = figures[gate.figure_name]
        if value is None:
            out.append(gate.model_copy(update={"passed": False, "reason": "undefined on this data"}))
            continue
        # Figures are rounded to 6 places; compare with the same tolerance so 0.85 >= 0.85.
        ok = value >= gate.threshold - 1e-9 if gate.op == ">=" else value <= gate.threshold + 1e-9
        out.append(
            gate.model_copy(
                update={
                    "value": value,
                    "passed": ok,
                    "reason": "" if ok else "below the bar" if gate.op == ">=" else "above the bar",
                }
            )
        )
    return out
