"""The labelled scorer cases (evals/scorer/*.jsonl) as typed records."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from coach.domain import ElementId, FlagId
from coach.records import read_records
from coach.resources import resource_dir


class ScorerCase(BaseModel):
    id: str
    message: str
    reply: str
    flags: list[FlagId] = Field(default_factory=list)
    elements: dict[ElementId, bool]
    message_id: str = ""
    theme: str = ""
    kind: str = ""
    split: Literal["train", "test"] = "test"

    @property
    def good(self) -> bool:
        """A validating reply: every element passes and no flag is raised."""
        return all(self.elements.values()) and not self.flags


def default_dataset() -> Path:
    return resource_dir("evals") / "scorer" / "dev.jsonl"


def load_cases(path: Path | None = None) -> list[ScorerCase]:
    return read_records(path or default_dataset(), ScorerCase)


def digest(cases: list[ScorerCase]) -> str:
    payload = json.dumps([c.model_dump(mode="json") for c in cases], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]
