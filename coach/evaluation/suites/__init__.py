"""The four suites, each a module with the same shape, registered by name."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.evaluation.context import EvalContext
from coach.evaluation.datasets import Dataset, Split
from coach.evaluation.figures import FigureSpec
from coach.evaluation.results import ScorerResult, SuiteName


@dataclass(frozen=True)
class Suite:
    name: SuiteName
    title: str
    specs: dict[str, FigureSpec]
    # Figures named after the data (e.g. a safety category) start with one of these.
    dynamic_prefixes: tuple[str, ...]
    default_datasets: Callable[[], list[Path]]
    load: Callable[[list[Path], Split], list[Dataset[Any]]]
    run: Callable[[EvalContext, list[Dataset[Any]]], Awaitable[Any]]

    def knows(self, figure: str) -> bool:
        return figure in self.specs or any(figure.startswith(p) for p in self.dynamic_prefixes)


def registry() -> dict[str, Suite]:
    from coach.evaluation.suites import reflect, retrieval, safety, scorer

    return {module.SUITE.name: module.SUITE for module in (scorer, reflect, safety, retrieval)}


SUITE_ORDER: tuple[SuiteName, ...] = ("scorer", "reflect", "safety", "retrieval")

__all__ = ["SUITE_ORDER", "ScorerResult", "Suite", "registry"]
