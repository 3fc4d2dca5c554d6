"""The self-contained HTML report: one file, inline CSS and SVG, every piece of text escaped.

It has to open from a CI artefact or an e-mail attachment with no network, so nothing is
linked: no script, no web font, no stylesheet URL.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from coach.domain import ELEMENTS, FLAGS
from coach.evaluation import charts
from coach.evaluation.results import (
    CaseRecord,
    Figure,
    Gate,
    ReflectResult,
    RetrievalResult,
    RunResult,
    SafetyResult,
    ScorerResult,
)

_TITLES = {
    "scorer": "Scorer: labelled replies",
    "reflect": "Reflect: suggested reflect-backs",
    "safety": "Safety: crisis routing",
    "retrieval": "Retrieval: guidance cards",
}

_CSS = """
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933;
       background: #f5f7fa; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 16px 64px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 40px 0 8px; border-bottom: 2px solid #cbd2d9; padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
section, header { background: #fff; border-radius: 8px; padding: 16px 20px; margin: 16px 0;
                  box-shadow: 0 1px 2px rgba(0,0,0,.08); }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
th { background: #f0f4f8; font-weight: 600; }
td.gate { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pass { color: #0f5132; background: #d1e7dd; padding: 1px 6px; border-radius: 4px; font-weight: 600; }
.fail { color: #842029; background: #f8d7da; padding: 1px 6px; border-radius: 4px; font-weight: 600; }
.muted { color: #52606d; }
.verdict { font-size: 1.1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 0; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.charts { display: flex; flex-wrap: wrap; gap: 20px; }
.chart { max-width: 100%; height: auto; }
details { margin: 8px 0; } summary { cursor: pointer; font-weight: 600; }
.case dl { margin: 0; } .case dt { font-weight: 600; color: #52606d; font-size: .85em; }
.case dd { margin: 0 0 4px; white-space: pre-wrap; word-break: break-word; }
ul.evidence { margin: 0; padding-left: 18px; }
nav a { margin-right: 12px; }
code { font-size: .9em; }
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def format_value(figure: Figure) -> str:
    if figure.value is None:
        return "n/a"
    if figure.unit == "count":
        return f"{figure.value:.0f}"
    if figure.unit == "ms":
        return f"{figure.value:.1f} ms"
    return f"{figure.value:.3f}"


def format_interval(figure: Figure) -> str:
    if figure.ci_low is None or figure.ci_high is None:
        return ""
    if figure.unit == "ms":
        return f"{figure.ci_low:.1f} – {figure.ci_high:.1f}"
    return f"{figure.ci_low:.3f} – {figure.ci_high:.3f}"


def _status(passed: bool) -> str:
    return '<span class="pass">pass</span>' if passed else '<span class="fail">FAIL</span>'


def _header(result: RunResult) -> str:
    meta = result.metadata
    rows: list[tuple[str, str]] = [
        ("started", meta.started_at),
        ("duration", f"{meta.seconds:.1f} s"),
        ("git revision", meta.git_revision),
        ("coach version", meta.coach_version),
        (
            "generator model",
            meta.model + (f" (fallbacks: {', '.join(meta.fallback_models)})" if meta.fallback_models else ""),
        ),
        ("judge", meta.judge + (f" ({meta.judge_model})" if meta.judge_model else "")),
        ("prompt hash", meta.prompt_hash),
        ("corpus hash", meta.corpus_hash),
        ("datasets", "\n".join(f"{path} ({digest})" for path, digest in meta.dataset_hashes.items())),
        ("split", meta.split),
        ("bootstrap", f"{meta.bootstrap_resamples} resamples, seed {meta.seed}, 95% intervals"),
        ("concurrency", str(meta.concurrency)),
        ("thresholds", "project defaults + command line" if meta.default_thresholds else "command line only"),
        ("python / platform", f"{meta.python} / {meta.platform}"),
        ("command", " ".join(meta.command)),
    ]
    failed = result.failed_gates
    verdict = (
        f'<p class="verdict">{_status(result.passed)} {len(result.gates) - len(failed)} of {len(result.gates)} gates pass'
        + (": failing " + ", ".join(f"<code>{_e(g.figure)}</code>" for g in failed) if failed else "")
        + "</p>"
    )
    nav = " ".join(f'<a href="#{_e(name)}">{_e(name)}</a>' for name in result.suites)
    items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v).replace(chr(10), '<br>')}</dd>" for k, v in rows)
    return (
        f"<header><h1>coach eval report</h1>{verdict}<nav>Suites: {nav}</nav>"
        f'<dl class="meta">{items}</dl></header>'
    )


def _gate_table(result: RunResult) -> str:
    if not result.gates:
        return '<p class="muted">No thresholds were set for this run.</p>'
    rows = []
    for g in result.gates:
        suite = result.suites.get(g.suite)
        figure = suite.figures.get(g.figure_name) if suite is not None else None
        interval = format_interval(figure) if figure is not None else ""
        rows.append(
            f"<tr><td><code>{_e(g.figure)}</code></td>"
            f"<td class='num'>{'n/a' if g.value is None else f'{g.value:.4g}'}</td>"
            f"<td class='num'>{_e(interval)}</td><td class='num'>{_e(g.op)} {g.threshold:g}</td>"
            f"<td>{_e(g.source)}</td><td>{_status(g.passed)} <span class='muted'>{_e(g.reason)}</span></td></tr>"
        )
    return (
        "<table><caption class='muted'>Thresholds (gates): each compares the point value; the interval shows "
        "how far a resample of the same cases could move it</caption><thead><tr><th>figure</th><th>value</th>"
        f"<th>95% CI</th><th>needs</th><th>from</th><th>status</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _figure_table(suite: str, figures: dict[str, Figure], gates: list[Gate]) -> str:
    by_figure = {g.figure_name: g for g in gates if g.suite == suite}
    rows = []
    for name, figure in figures.items():
        gate = by_figure.get(name)
        gate_cell = f"{_e(gate.op)} {gate.threshold:g} {_status(gate.passed)}" if gate else ""
        rows.append(
            f"<tr><td><code>{_e(name)}</code></td><td class='num'>{_e(format_value(figure))}</td>"
            f"<td class='num'>{_e(format_interval(figure))}</td><td class='num'>{figure.n}</td>"
            f"<td class='gate'>{gate_cell}</td><td class='muted'>{_e(figure.description)}</td></tr>"
        )
    return (
        "<table><thead><tr><th>figure</th><th>value</th><th>95% CI</th><th>n</th><th>gate</th>"
        f"<th>meaning</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _fields(data: dict[str, Any]) -> str:
    parts = []
    for key, value in data.items():
        if value is None or value == [] or value == "":
            continue
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"<dt>{_e(key)}</dt><dd>{_e(shown)}</dd>")
    return f"<dl>{''.join(parts)}</dl>"


def _cases(cases: list[CaseRecord]) -> str:
    failing = [c for c in cases if not c.passed]
    if not failing:
        return f"<p>All {len(cases)} cases pass.</p>"
    rows = "".join(
        f"<tr class='case'><td><code>{_e(c.id)}</code><br><span class='muted'>{_e(c.group)}</span></td>"
        f"<td>{_fields(c.input)}</td><td>{_fields(c.output)}</td><td>{_fields(c.expected)}</td>"
        f"<td><ul class='evidence'>{''.join(f'<li>{_e(x)}</li>' for x in c.evidence)}</ul></td></tr>"
        for c in failing
    )
    return (
        f"<details{' open' if len(failing) <= 20 else ''}><summary>{len(failing)} of {len(cases)} cases fail"
        "</summary><table><thead><tr><th>case</th><th>input</th><th>output</th><th>expected</th>"
        f"<th>evidence</th></tr></thead><tbody>{rows}</tbody></table></details>"
    )


def _reflections(cases: list[CaseRecord]) -> str:
    """Every reflection next to its message: pass rates say little without reading a few."""
    rows = "".join(
        f"<tr><td><code>{_e(c.id)}</code></td><td>{_e(c.input.get('message', ''))}</td>"
        f"<td>{_e(c.output.get('reflection', c.output.get('error', '')))}</td>"
        f"<td>{_status(c.passed)}</td></tr>"
        for c in cases
    )
    return (
        f"<details><summary>All {len(cases)} reflections</summary><table><thead><tr><th>case</th>"
        f"<th>message</th><th>reflection</th><th></th></tr></thead><tbody>{rows}</tbody></table></details>"
    )


def _threshold(gates: list[Gate], figure: str) -> float | None:
    for gate in gates:
        if gate.figure == figure:
            return gate.threshold
    return None


def _scorer_charts(result: ScorerResult, gates: list[Gate]) -> list[str]:
    out = [
        charts.bars(
            "Per-element pass/fail accuracy",
            [(e, result.figure_value(f"{e}_accuracy")) for e in ELEMENTS],
            threshold=_threshold(gates, f"scorer.{ELEMENTS[0]}_accuracy"),
        ),
        charts.bars("Per-flag F1", [(f, result.figure_value(f"{f}_f1")) for f in FLAGS]),
    ]
    for flag in FLAGS:
        c = result.flag_confusion[flag]
        out.append(
            charts.matrix(
                f"{flag}: labelled vs flagged",
                ["yes", "no"],
                ["yes", "no"],
                [[c.tp, c.fn], [c.fp, c.tn]],
                row_axis="labelled",
                col_axis="flagged by the judge",
            )
        )
    return out


def _reflect_charts(result: ReflectResult) -> list[str]:
    return [
        charts.histogram("Latency of one reflect call", result.latencies_ms, unit="ms"),
        charts.bars("Rule compliance", list(result.rule_rates.items()), threshold=1.0),
    ]


def _safety_charts(result: SafetyResult, gates: list[Gate]) -> list[str]:
    levels = ["ok", "concern", "crisis"]
    columns = levels + (["error"] if any(row.get("error") for row in result.level_confusion.values()) else [])
    return [
        charts.bars(
            "Crisis recall by category",
            [(f"{c} (n={result.category_counts.get(c, 0)})", v) for c, v in result.category_recall.items()],
            # The overall recall bar, for reference: each category should meet it too.
            threshold=_threshold(gates, "safety.crisis_recall"),
        ),
        charts.matrix(
            "Labelled level vs screened level",
            levels,
            columns,
            [[result.level_confusion[r].get(c, 0) for c in columns] for r in levels],
            row_axis="labelled",
            col_axis="screened",
        ),
    ]


def _retrieval_charts(result: RetrievalResult, gates: list[Gate]) -> list[str]:
    ranks = [str(r) for r in range(1, result.depth + 1)] + [f">{result.depth}"]
    peak = max(result.rank_counts.values(), default=1)
    return [
        charts.bars(
            "Retrieval figures",
            [
                (n, result.figure_value(n))
                for n in ("recall_at_1", "recall_at_3", "hit_at_3", "mrr", "recall_at_5")
            ],
            threshold=_threshold(gates, "retrieval.recall_at_3"),
            marked=["recall_at_3"],
        ),
        charts.bars(
            "Rank of the first relevant card (queries)",
            [(r, float(result.rank_counts.get(r, 0))) for r in ranks if result.rank_counts.get(r)],
            maximum=float(peak),
            decimals=0,
        ),
    ]


def _suite_section(name: str, suite: Any, gates: list[Gate]) -> str:
    datasets = "".join(
        f"<li><code>{_e(d.path)}</code>: {d.cases} of {d.total} cases (split {_e(d.split)}), sha256 {_e(d.sha256)}</li>"
        for d in suite.datasets
    )
    notes = "".join(f"<p class='muted'>{_e(n)}</p>" for n in suite.notes)
    if isinstance(suite, ScorerResult):
        drawn = _scorer_charts(suite, gates)
    elif isinstance(suite, ReflectResult):
        drawn = _reflect_charts(suite)
    elif isinstance(suite, SafetyResult):
        drawn = _safety_charts(suite, gates)
    else:
        drawn = _retrieval_charts(suite, gates)
    extra = ""
    listing = ""
    if isinstance(suite, ReflectResult):
        extra = (
            "<p>Generators: "
            + (", ".join(f"{_e(k)} × {v}" for k, v in suite.generators.items()) or "none")
            + "</p>"
        )
        listing = _reflections(suite.cases)
    if isinstance(suite, ScorerResult):
        extra = f"<p>Judge: <code>{_e(suite.judge)}</code>; unscored verdicts: {suite.unscored}</p>"
    return (
        f"<section id='{_e(name)}'><h2>{_e(_TITLES.get(name, name))}</h2><ul>{datasets}</ul>{notes}{extra}"
        f"<p class='muted'>{suite.seconds:.1f} s</p>"
        f"<h3>Figures</h3>{_figure_table(name, suite.figures, gates)}"
        f"<h3>Charts</h3><div class='charts'>{''.join(drawn)}</div>"
        f"<h3>Failing cases</h3>{_cases(suite.cases)}{listing}</section>"
    )


def render(result: RunResult) -> str:
    sections = "".join(_suite_section(name, suite, result.gates) for name, suite in result.suites.items())
    title = f"coach eval {result.metadata.started_at} ({'pass' if result.passed else 'FAIL'})"
    return (
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>"
        f"{_header(result)}<section><h2>Gates</h2>{_gate_table(result)}</section>{sections}"
        "</main></body></html>\n"
    )
