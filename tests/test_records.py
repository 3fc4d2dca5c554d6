"""The project's JSON Lines files are read into validated records, or fail naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.language.feeling_model import FeelingExample
from coach.records import read_records


def test_blank_lines_are_skipped_and_a_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "examples.jsonl"
    path.write_text('{"text": "you forgot", "feelings": ["hurt"]}\n\n{"text": "", "feelings": []}\n')
    with pytest.raises(ValueError, match=r"examples\.jsonl:3:"):
        read_records(path, FeelingExample)
    path.write_text('{"text": "you forgot", "feelings": ["hurt"]}\n\n')
    assert read_records(path, FeelingExample) == [FeelingExample(text="you forgot", feelings=["hurt"])]
