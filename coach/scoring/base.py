"""What every scorer offers, so the guard, /v1/score and the eval suite can use any of them."""

from __future__ import annotations

from typing import Protocol

from coach.schemas import Evaluation


class Scorer(Protocol):
    name: str

    async def evaluate(self, message: str, reply: str) -> Evaluation: ...
