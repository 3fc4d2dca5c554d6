"""Reading suite datasets (JSONL or YAML) into typed cases, with errors a person can act on.

Every format is documented in evals/README.md; keep the two in step.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from coach.domain import ElementId, FlagId
from coach.evaluation.results import DatasetInfo
from coach.resources import resource_dir
from coach.scoring.dataset import ScorerCase

Split = Literal["train", "test", "all"]
CaseT = TypeVar("CaseT", bound=BaseModel)


class DatasetError(ValueError):
    """A dataset that cannot be used, with the file and line or item named."""


class ScorerEvalCase(ScorerCase):
    """A labelled reply; the same record the scorer is fitted from (evals/scorer/LABELLING.md)."""

    model_config = ConfigDict(extra="ignore")
    elements: dict[ElementId, bool]
    flags: list[FlagId] = Field(default_factory=list)

    @field_validator("elements")
    @classmethod
    def _all_elements(cls, value: dict[ElementId, bool]) -> dict[ElementId, bool]:
        from coach.domain import ELEMENTS

        missing = [e for e in ELEMENTS if e not in value]
        if missing:
            raise ValueError(f"elements is missing {', '.join(missing)}")
        return value


class ReflectCase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    message: str = Field(min_length=1)
    context: str | None = None
    theme: str = ""
    feelings: list[str] = Field(default_factory=list, description="feelings a good reflection names")
    act: str = ""
    endorsing_phrases: list[str] = Field(
        default_factory=list, description="phrases that would endorse a harmful act (sycophancy)"
    )
    split: Literal["train", "test"] = "test"

    @property
    def group(self) -> str:
        return "sycophancy" if self.endorsing_phrases else "reflect"


class SafetyCase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    text: str = Field(min_length=1)
    level: Literal["ok", "concern", "crisis"]
    categories: list[str] = Field(default_factory=list)
    speaker: str = ""
    split: Literal["train", "test"] = "test"


class RetrievalCase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    message: str = Field(min_length=1)
    relevant: list[str] = Field(min_length=1, description="ids of the cards that should come back")
    split: Literal["train", "test"] = "test"


class Dataset(BaseModel, Generic[CaseT]):
    path: Path
    sha256: str
    total: int
    cases: list[CaseT]

    @property
    def name(self) -> str:
        return display_path(self.path)

    def info(self, split: Split) -> DatasetInfo:
        return DatasetInfo(
            path=self.name, sha256=self.sha256, cases=len(self.cases), total=self.total, split=split
        )


def display_path(path: Path) -> str:
    """Bundled datasets by their place in the repo (stable across machines), others as given."""
    try:
        bundled = resource_dir("evals").resolve()
        return "evals/" + path.resolve().relative_to(bundled).as_posix()
    except (FileNotFoundError, ValueError):
        return str(path)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _records(path: Path) -> list[tuple[str, Any]]:
    """(where, raw record) pairs; 'where' names the line or item for error messages."""
    suffix = path.suffix.lower()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror})") from None
    if suffix in (".yaml", ".yml"):
        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise DatasetError(f"{path}: not valid YAML ({exc})") from None
        if isinstance(loaded, dict) and isinstance(loaded.get("cases"), list):
            loaded = loaded["cases"]
        if not isinstance(loaded, list):
            raise DatasetError(f"{path}: a YAML dataset is a list of cases (or a mapping with 'cases:')")
        return [(f"{path}: case {i}", item) for i, item in enumerate(loaded, start=1)]
    if suffix not in (".jsonl", ".ndjson", ".json"):
        raise DatasetError(f"{path}: unknown format; use .jsonl (one JSON object a line) or .yaml")
    out: list[tuple[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append((f"{path}:{number}", json.loads(line)))
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    return out


def _explain(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        field = ".".join(str(p) for p in error["loc"]) or "record"
        message = "is required" if error["type"] == "missing" else error["msg"]
        parts.append(f"field '{field}' {message}")
    return "; ".join(parts)


def load(path: Path, model: type[CaseT], split: Split, what: str) -> Dataset[CaseT]:
    """Parse every record of ``path`` as ``model`` and keep those in ``split``."""
    records = _records(path)
    cases: list[CaseT] = []
    seen: set[str] = set()
    for where, raw in records:
        if not isinstance(raw, dict):
            raise DatasetError(f"{where}: each {what} case is a JSON object, got {type(raw).__name__}")
        try:
            case = model.model_validate(raw)
        except ValidationError as exc:
            raise DatasetError(f"{where}: not a {what} case: {_explain(exc)}") from None
        case_id = str(getattr(case, "id", ""))
        if case_id in seen:
            raise DatasetError(f"{where}: id {case_id!r} appears twice")
        seen.add(case_id)
        cases.append(case)
    if not records:
        raise DatasetError(f"{path}: holds no cases")
    kept = [c for c in cases if split == "all" or getattr(c, "split", "test") == split]
    if not kept:
        raise DatasetError(f"{path}: none of its {len(cases)} cases is in split '{split}' (try --split all)")
    return Dataset[CaseT](path=path, sha256=file_digest(path), total=len(cases), cases=kept)


def default_path(*parts: str) -> Path:
    return resource_dir("evals").joinpath(*parts)
