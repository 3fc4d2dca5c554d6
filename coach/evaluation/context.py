"""What every suite gets: the services, the judge, the split, and bounded, visible concurrency."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from coach.evaluation.datasets import Split
from coach.evaluation.figures import FigureBook, FigureSpec
from coach.schemas import JudgeName

if TYPE_CHECKING:
    from coach.services import Services

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class EvalContext:
    services: Services
    judge: JudgeName = "rules"
    split: Split = "test"
    concurrency: int = 4
    seed: int = 0
    resamples: int = 1000
    progress: bool = False
    _semaphore: asyncio.Semaphore | None = field(default=None, repr=False)

    def book(self, specs: dict[str, FigureSpec]) -> FigureBook:
        return FigureBook(specs, seed=self.seed, resamples=self.resamples)

    async def map(self, items: Sequence[T], work: Callable[[T], Awaitable[R]], label: str) -> list[R]:
        """Run ``work`` over items, at most ``concurrency`` at once, results in input order.

        The bound matters for LLM judges and generators: providers rate-limit, and a burst of
        hundreds of calls would turn into retries and timeouts that look like judge failures.
        """
        from tqdm import tqdm

        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(max(1, self.concurrency))
        semaphore = self._semaphore
        with tqdm(
            total=len(items), desc=label, unit="case", disable=not self.progress, file=sys.stderr, leave=False
        ) as bar:

            async def one(item: T) -> R:
                async with semaphore:
                    result = await work(item)
                bar.update(1)
                return result

            return list(await asyncio.gather(*(one(item) for item in items)))
