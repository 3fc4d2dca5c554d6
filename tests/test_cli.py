from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coach.services import Services
from coach.settings import Settings

DISHES = "You never help with the dishes. I come home exhausted and the kitchen is a mess every single night."


def _coach(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_DATA_DIR": str(settings.data_dir), "COACH_LOG_LEVEL": "WARNING"}
    env.pop("COACH_MODEL", None)
    return subprocess.run(
        [sys.executable, "-m", "coach.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def test_reflect_prints_reflection_feelings_and_guidance(settings: Settings, services: Services) -> None:
    done = _coach(settings, "reflect", DISHES)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].endswith("?")
    assert "feelings:" in done.stdout and "guidance:" in done.stdout and "generator: composer" in done.stdout


def test_reflect_json_matches_the_api_response(settings: Settings, services: Services) -> None:
    done = _coach(settings, "reflect", DISHES, "--json")
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert {"reflection", "emotions", "guidance", "evaluation", "safety", "generator", "attempts"} == set(
        body
    )


def test_reflect_rejects_empty_input_without_a_traceback(settings: Settings) -> None:
    done = _coach(settings, "reflect", "   ")
    assert done.returncode == 2
    assert "error:" in done.stderr and "Traceback" not in done.stderr


def test_reflect_batch_keeps_going_past_bad_lines(
    tmp_path: Path, settings: Settings, services: Services
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 1, "message": DISHES})
        + "\n{broken json\n"
        + json.dumps({"id": 3, "message": ""})
        + "\n\n"
        + json.dumps({"id": 4, "message": "You forgot my birthday."})
        + "\n"
    )
    target = tmp_path / "out.jsonl"
    done = _coach(settings, "reflect", "--input", str(source), "--output", str(target))
    assert done.returncode == 1
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert [row.get("id") for row in rows] == [1, None, 3, 4]
    assert rows[0]["result"]["reflection"] and rows[3]["result"]["reflection"]
    assert rows[1]["line"] == 2 and "JSON" in rows[1]["error"]
    assert rows[2]["line"] == 3 and "message" in rows[2]["error"]
    assert "line 2" in done.stderr and "2 of 4 lines done, 2 failed" in done.stderr


def test_score_single_flags_contempt(settings: Settings, services: Services) -> None:
    done = _coach(
        settings,
        "score",
        "--message",
        "You never help with the dishes.",
        "--reply",
        "Wow, must be so hard being the only adult here.",
    )
    assert done.returncode == 0, done.stderr
    assert "FLAG  contempt" in done.stdout
    assert "FAIL  Room for feelings" in done.stdout


def test_score_batch_outputs_evaluations(tmp_path: Path, settings: Settings, services: Services) -> None:
    source = tmp_path / "pairs.jsonl"
    pairs = [
        {
            "message": "You were late again.",
            "reply": "I'm sorry. You waited and I didn't even text. How did that feel?",
        },
        {"message": "You were late again."},
        {"message": "You were late again.", "reply": "Whatever."},
    ]
    source.write_text("\n".join(json.dumps(p) for p in pairs) + "\n")
    target = tmp_path / "scored.jsonl"
    done = _coach(settings, "score", "--input", str(source), "--output", str(target))
    assert done.returncode == 1
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert rows[0]["result"]["scorer"] == "rules" and rows[0]["message"] == pairs[0]["message"]
    assert rows[1]["line"] == 2 and "reply" in rows[1]["error"]
    assert rows[2]["result"]["flags"]["stonewalling"]["flagged"] is True


def test_ingest_adds_documents_and_reports_bad_ones(tmp_path: Path, isolated_settings: Settings) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ours.txt").write_text(
        "We agreed that Sunday evenings are for a slow walk and one honest question each."
    )
    (docs / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / "empty.md").write_text("\n")
    done = _coach(
        isolated_settings, "ingest", str(docs), str(tmp_path / "empty.md"), str(tmp_path / "missing.md")
    )
    assert "ours.txt: 1 passages" in done.stdout
    assert "no text found" in done.stderr and "no such file" in done.stderr
    assert done.returncode == 1
