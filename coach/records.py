"""Reading the project's own JSON Lines files into validated records."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

Record = TypeVar("Record", bound=BaseModel)


def read_records(path: Path, model: type[Record]) -> list[Record]:
    """One record per non-blank line; a bad line raises ValueError naming the file and line."""
    records: list[Record] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(model.model_validate_json(line))
            except ValidationError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
    return records
