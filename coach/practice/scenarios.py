"""The practice scenarios, loaded once from the bundled YAML and validated with pydantic."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from coach.resources import resource_dir

SCENARIOS_FILE = "scenarios.yaml"

Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1_000)]
Difficulty = Literal["easy", "medium", "hard"]
Verdict = Literal["listened", "defensive", "dismissed", "withdrawn"]
VERDICTS: tuple[Verdict, ...] = ("listened", "defensive", "dismissed", "withdrawn")


class ScenarioError(ValueError):
    """The scenarios file is missing or malformed; the message names the file and the entry."""


class Followups(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    listened: Annotated[list[Line], Field(min_length=1)]
    defensive: Annotated[list[Line], Field(min_length=1)]
    dismissed: Annotated[list[Line], Field(min_length=1)]
    withdrawn: Annotated[list[Line], Field(min_length=1)]

    def line(self, verdict: Verdict, step: int) -> str:
        """The scripted answer to the reply at ``step`` (0-based); the last line repeats after the end."""
        lines: list[str] = getattr(self, verdict)
        return lines[min(max(step, 0), len(lines) - 1)]


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]
    title: Line
    theme: Line
    difficulty: Difficulty
    partner: Line
    background: Line
    opening: Line
    followups: Followups


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:3]:
        where = ".".join(str(p) for p in item["loc"]) or "entry"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def load_scenarios(path: Path | None = None) -> list[Scenario]:
    path = path or resource_dir("scenarios") / SCENARIOS_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read the scenarios file ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise ScenarioError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, list) or not raw:
        raise ScenarioError(f"{path}: expected a non-empty list of scenarios")
    scenarios: list[Scenario] = []
    seen: set[str] = set()
    for position, entry in enumerate(raw, start=1):
        label = entry.get("id") if isinstance(entry, dict) else None
        try:
            scenario = Scenario.model_validate(entry)
        except ValidationError as exc:
            name = f" ({label!r})" if label else ""
            raise ScenarioError(f"{path}: scenario {position}{name}: {_describe(exc)}") from exc
        if scenario.id in seen:
            raise ScenarioError(f"{path}: scenario {position}: duplicate id {scenario.id!r}")
        seen.add(scenario.id)
        scenarios.append(scenario)
    return scenarios


class ScenarioBook:
    """The scenarios in file order, with lookup by id."""

    def __init__(self, scenarios: list[Scenario]) -> None:
        self.all = scenarios
        self._by_id = {s.id: s for s in scenarios}

    def get(self, scenario_id: str) -> Scenario | None:
        return self._by_id.get(scenario_id)


@lru_cache(maxsize=1)
def default_book() -> ScenarioBook:
    return ScenarioBook(load_scenarios())
