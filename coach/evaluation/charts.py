"""Inline SVG charts for the HTML report: no script, no fonts, no network, escaped text."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

_INK = "#1f2933"
_MUTED = "#52606d"
_BAR = "#2563eb"
_BAD = "#b91c1c"
_GRID = "#d9e2ec"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{_e(title)}" class="chart">'
        f"<title>{_e(title)}</title>" + "".join(body) + "</svg>"
    )


def bars(
    title: str,
    items: Sequence[tuple[str, float | None]],
    *,
    threshold: float | None = None,
    marked: Sequence[str] | None = None,
    maximum: float = 1.0,
    decimals: int = 2,
) -> str:
    """Horizontal bars, one per item; a dashed tick marks the threshold, bars under it are red.

    ``marked`` limits the threshold to the named items (other bars are context, not gated).
    """
    label_w, bar_w, row_h, top = 200, 300, 24, 28
    width = label_w + bar_w + 70
    height = top + row_h * max(1, len(items)) + 10
    body = [f'<text x="0" y="16" font-size="13" font-weight="600" fill="{_INK}">{_e(title)}</text>']
    scale = maximum if maximum > 0 else 1.0
    for row, (label, value) in enumerate(items):
        y = top + row * row_h
        body.append(
            f'<text x="{label_w - 8}" y="{y + 15}" font-size="12" text-anchor="end" fill="{_INK}">{_e(label)}</text>'
        )
        body.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 8}" fill="{_GRID}"/>')
        if value is None:
            body.append(f'<text x="{label_w + 6}" y="{y + 15}" font-size="12" fill="{_MUTED}">n/a</text>')
            continue
        length = max(0.0, min(1.0, value / scale)) * bar_w
        gated = threshold is not None and (marked is None or label in marked)
        below = gated and threshold is not None and value < threshold - 1e-9
        body.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="{row_h - 8}" '
            f'fill="{_BAD if below else _BAR}"/>'
        )
        body.append(
            f'<text x="{label_w + bar_w + 6}" y="{y + 15}" font-size="12" fill="{_INK}">{value:.{decimals}f}</text>'
        )
        if gated and threshold is not None:
            x = label_w + max(0.0, min(1.0, threshold / scale)) * bar_w
            body.append(
                f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + row_h}" stroke="{_INK}" '
                f'stroke-width="2" stroke-dasharray="3 2"><title>threshold {threshold:g}</title></line>'
            )
    return _svg(width, height, title, body)


def matrix(
    title: str,
    rows: Sequence[str],
    cols: Sequence[str],
    counts: Sequence[Sequence[int]],
    row_axis: str = "labelled",
    col_axis: str = "judged",
) -> str:
    """A confusion matrix: rows are the truth, columns the verdict; the diagonal is agreement.

    Cells are shaded by their share of the row, so a rare class's misses stand out as much as a
    common class's (shading by raw count would bury them under the big true-negative cell).
    """
    cell, top = 64, 56
    left = 24 + 7 * max(len(row_axis) + 2 + len(r) for r in rows)
    width = max(left + cell * len(cols) + 10, 8 * len(title) + 10)
    height = top + cell * len(rows) + 10
    body = [
        f'<text x="0" y="16" font-size="13" font-weight="600" fill="{_INK}">{_e(title)}</text>',
        f'<text x="{left + cell * len(cols) / 2:.0f}" y="32" font-size="11" text-anchor="middle" '
        f'fill="{_MUTED}">{_e(col_axis)}</text>',
    ]
    for j, col in enumerate(cols):
        body.append(
            f'<text x="{left + j * cell + cell / 2:.0f}" y="{top - 6}" font-size="11" text-anchor="middle" '
            f'fill="{_INK}">{_e(col)}</text>'
        )
    for i, row in enumerate(rows):
        y = top + i * cell
        body.append(
            f'<text x="{left - 8}" y="{y + cell / 2 + 4:.0f}" font-size="11" text-anchor="end" fill="{_INK}">'
            f"{_e(row_axis)}: {_e(row)}</text>"
        )
        row_total = sum(counts[i]) or 1
        for j, _col in enumerate(cols):
            value = counts[i][j]
            strength = value / row_total
            hue = "37, 99, 235" if i == j else "185, 28, 28"
            fill = f"rgba({hue}, {0.08 + 0.85 * strength:.2f})"
            text_fill = "#ffffff" if strength > 0.55 else _INK
            body.append(
                f'<rect x="{left + j * cell}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="{fill}"/>'
                f'<text x="{left + j * cell + cell / 2 - 1:.0f}" y="{y + cell / 2 + 5:.0f}" font-size="14" '
                f'text-anchor="middle" fill="{text_fill}">{value}<title>{value} of {row_total}</title></text>'
            )
    return _svg(width, height, title, body)


def histogram(title: str, values: Sequence[float], *, bins: int = 12, unit: str = "") -> str:
    width, height, left, bottom, top = 560, 200, 40, 34, 28
    body = [f'<text x="0" y="16" font-size="13" font-weight="600" fill="{_INK}">{_e(title)}</text>']
    if not values:
        body.append(f'<text x="{left}" y="{top + 30}" font-size="12" fill="{_MUTED}">no values</text>')
        return _svg(width, height, title, body)
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    counts = [0] * bins
    for value in values:
        counts[min(bins - 1, int((value - low) / span * bins))] += 1
    peak = max(counts)
    plot_w = width - left - 10
    plot_h = height - top - bottom
    slot = plot_w / bins
    for k, count in enumerate(counts):
        h = plot_h * count / peak
        x = left + k * slot
        start = low + span * k / bins
        body.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{slot - 2:.1f}" height="{h:.1f}" fill="{_BAR}">'
            f"<title>{start:.1f}–{start + span / bins:.1f} {_e(unit)}: {count}</title></rect>"
        )
        if count:
            body.append(
                f'<text x="{x + slot / 2:.1f}" y="{top + plot_h - h - 3:.1f}" font-size="10" text-anchor="middle" '
                f'fill="{_INK}">{count}</text>'
            )
    axis_y = top + plot_h
    body.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - 10}" y2="{axis_y}" stroke="{_MUTED}"/>')
    for fraction, anchor in ((0.0, "start"), (0.5, "middle"), (1.0, "end")):
        x = left + plot_w * fraction
        body.append(
            f'<text x="{x:.1f}" y="{axis_y + 16}" font-size="11" text-anchor="{anchor}" fill="{_MUTED}">'
            f"{_fmt(low + span * fraction)} {_e(unit)}</text>"
        )
    return _svg(width, height, title, body)


def _fmt(value: float) -> str:
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 1 else f"{value:.3f}"
