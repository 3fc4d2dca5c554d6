"""Turning per-case arrays into Figures with bootstrap intervals.

A figure is a statistic over a population of cases (all cases, or e.g. only the crisis ones).
Writing it as a function of case indices lets the same code give the point value (all indices)
and the interval (resampled indices), so the two can never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from coach.evaluation.metrics import IndexArray, bootstrap_ci, wilson_interval
from coach.evaluation.results import Better, Figure

Statistic = Callable[[IndexArray], float | None]


@dataclass(frozen=True)
class FigureSpec:
    description: str
    better: Better = "higher"
    unit: str = ""
    headline: bool = False
    # Counts and sizes have no sampling error worth printing.
    interval: bool = True


class FigureBook:
    def __init__(self, specs: dict[str, FigureSpec], *, seed: int, resamples: int) -> None:
        self._specs = specs
        self._seed = seed
        self._resamples = resamples
        self.figures: dict[str, Figure] = {}

    def add(self, name: str, n: int, statistic: Statistic, spec: FigureSpec | None = None) -> None:
        spec = spec or self._specs[name]
        value = statistic(np.arange(n, dtype=np.int64)) if n else None
        interval = None
        if spec.interval and value is not None and self._resamples > 0:
            counts = getattr(statistic, "counts", None)
            if counts is not None and counts[0] in (0, counts[1]):
                # Every resample of an all-pass (or all-fail) rate is the same, so a bootstrap
                # would print [1, 1]; the Wilson interval says how sure n cases can make us.
                interval = wilson_interval(*counts)
            else:
                interval = bootstrap_ci(statistic, n, resamples=self._resamples, seed=self._seed)
        self.figures[name] = Figure(
            name=name,
            value=None if value is None else round(float(value), 6),
            ci_low=None if interval is None else round(interval[0], 6),
            ci_high=None if interval is None else round(interval[1], 6),
            n=n,
            better=spec.better,
            unit=spec.unit,
            description=spec.description,
            headline=spec.headline,
        )

    def count(self, name: str, value: int, n: int) -> None:
        spec = self._specs[name]
        self.figures[name] = Figure(
            name=name,
            value=float(value),
            n=n,
            better=spec.better,
            unit=spec.unit,
            description=spec.description,
            headline=spec.headline,
        )


class _Rate:
    """Share of true values among the resampled cases; knows its counts for the Wilson interval."""

    def __init__(self, flags: Sequence[bool]) -> None:
        self._array = np.asarray(flags, dtype=bool)
        self.counts = (int(self._array.sum()), len(self._array))

    def __call__(self, idx: IndexArray) -> float | None:
        return float(self._array[idx].mean()) if len(idx) else None


def rate(flags: Sequence[bool]) -> Statistic:
    return _Rate(flags)
