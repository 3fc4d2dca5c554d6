"""Practice mode through its HTTP contract, on a real SQLite file in a temporary data dir."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import llm_fixtures
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from llm_fixtures import FakeLLM, ok, read_timeout, status

from coach.api.app import create_app
from coach.domain import ELEMENTS, FLAGS
from coach.practice.partner import PartnerVoice, verdict
from coach.practice.scenarios import ScenarioError, default_book, load_scenarios
from coach.practice.service import stats
from coach.practice.store import (
    DB_FILE,
    SCHEMA_VERSION,
    SessionRecord,
    SQLiteStore,
    StaleSessionError,
    TurnRecord,
)
from coach.schemas import CriterionResult, Evaluation, FlagResult
from coach.services import Services
from coach.settings import Settings

DISHES = "dishes-every-night"
LISTENING = (
    "It sounds like you're exhausted and feel alone with the kitchen every night. That makes sense. "
    "What's the hardest part when you walk in?"
)
DEFENSIVE = "I did them on Tuesday. And I work too, you know."
CONTEMPT = "Wow, must be so hard being the only adult here."
PARTNER_MODEL = "openai/partner-test"
fake_llm = llm_fixtures.fake_llm
sleeps = llm_fixtures.sleeps
ADVICE = "You should just make a rota so we split it."
MINIMISING = "Don't worry about it, it's only a few plates."
FLAT = "ok"
CRISIS = "he hit me again last night and I'm scared to go home"


# ---- helpers ------------------------------------------------------------------------------------


def evaluation(
    scores: dict[str, float] | None = None,
    failed: Collection[str] = (),
    flagged: Collection[str] = (),
    overall: float | None = None,
    unscored: bool = False,
) -> Evaluation:
    """A hand-made Evaluation: elements pass unless listed in ``failed``."""
    scores = scores or {}
    criteria = {
        e: CriterionResult(
            score=scores.get(e, 0.2 if e in failed else 0.9),
            passed=e not in failed,
            rationale=f"{e} {'fails' if e in failed else 'passes'}",
        )
        for e in ELEMENTS
    }
    flags = {
        f: FlagResult(
            flagged=f in flagged,
            confidence=0.9 if f in flagged else 0.05,
            evidence=[f] if f in flagged else [],
        )
        for f in FLAGS
    }
    passed = not failed and not flagged
    if overall is None:
        overall = sum(c.score for c in criteria.values()) / len(criteria)
    return Evaluation(
        criteria=criteria,
        flags=flags,
        overall=overall,
        passed=passed,
        feedback="",
        scorer="test",
        unscored=unscored,
    )


class IdleServices(Services):
    """For contract tests that never score: skips building the index and fitting the scorer."""

    def prepare(self) -> Any:
        self._ready.set()
        return None


@pytest.fixture()
def idle_app(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    settings = Settings(data_dir=tmp_path / "data", model=None, rate_limit="0")
    app = create_app(settings, services=IdleServices(settings))
    with TestClient(app) as client:
        yield client, settings.data_dir


@pytest.fixture(scope="module")
def live(services: Services, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The real pipeline (scorer, composer, safety screen) over its own practice database."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("practice-live"), model=None, rate_limit="0")
    app = create_app(settings, services=services)
    with TestClient(app) as client:
        _wait_ready(client)
        yield client


def _wait_ready(client: TestClient, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.get("/readyz").status_code == 200:
            return
        time.sleep(0.05)
    raise AssertionError(f"/readyz never became ready: {client.get('/readyz').json()}")


def start(client: TestClient, scenario_id: str | None = DISHES) -> dict[str, Any]:
    response = client.post("/v1/sessions", json={"scenario_id": scenario_id})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def reply(client: TestClient, session_id: str, text: str, **extra: Any) -> dict[str, Any]:
    response = client.post(f"/v1/sessions/{session_id}/replies", json={"reply": text, **extra})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body


SCRIPT = default_book().get(DISHES).followups  # type: ignore[union-attr]


# ---- scenarios ----------------------------------------------------------------------------------


def test_scenarios_endpoint_lists_every_scenario_with_exactly_the_contract_fields(idle_app: Any) -> None:
    client, _ = idle_app
    response = client.get("/v1/scenarios")
    assert response.status_code == 200
    body = response.json()
    assert len(body) == len(default_book().all) >= 30
    for item in body:
        assert set(item) == {"id", "title", "theme", "difficulty", "opening"}
        assert item["difficulty"] in {"easy", "medium", "hard"}
        assert item["opening"].strip()
    assert body[0]["id"] == DISHES
    assert len({item["id"] for item in body}) == len(body)


def test_bundled_scenarios_validate_and_each_has_every_followup_kind() -> None:
    scenarios = load_scenarios()
    assert len(scenarios) >= 30
    assert len({s.theme for s in scenarios}) >= 10
    for s in scenarios:
        assert len(s.followups.listened) >= 3 and len(s.followups.defensive) >= 3
        assert len(s.followups.dismissed) >= 3 and len(s.followups.withdrawn) >= 2


def test_a_malformed_scenarios_file_names_the_file_and_the_entry(tmp_path: Path) -> None:
    good = load_scenarios()[0].model_dump()
    bad = dict(good, id="broken-one", difficulty="impossible")
    path = tmp_path / "scenarios.yaml"
    path.write_text(json.dumps([good, bad]), encoding="utf-8")  # JSON is YAML
    with pytest.raises(ScenarioError) as caught:
        load_scenarios(path)
    message = str(caught.value)
    assert (
        str(path) in message
        and "scenario 2" in message
        and "broken-one" in message
        and "difficulty" in message
    )

    path.write_text(json.dumps([good, good]), encoding="utf-8")
    with pytest.raises(ScenarioError, match="duplicate id"):
        load_scenarios(path)
    path.write_text("- id: [unclosed", encoding="utf-8")
    with pytest.raises(ScenarioError, match="not valid YAML"):
        load_scenarios(path)
    with pytest.raises(ScenarioError, match="cannot read"):
        load_scenarios(tmp_path / "missing.yaml")


# ---- sessions: contracts and errors -------------------------------------------------------------


def test_start_session_returns_the_scenario_an_empty_transcript_and_the_opening_line(idle_app: Any) -> None:
    client, _ = idle_app
    body = start(client, DISHES)
    assert {"id", "scenario", "turns", "partner_message"} <= set(body)
    assert body["turns"] == []
    scenario = default_book().get(DISHES)
    assert scenario is not None
    assert body["partner_message"] == scenario.opening
    assert body["scenario"]["id"] == DISHES and body["scenario"]["partner"] == scenario.partner
    assert {"id", "title", "theme", "difficulty", "opening"} <= set(body["scenario"])
    again = client.get(f"/v1/sessions/{body['id']}")
    assert again.status_code == 200 and again.json() == body


def test_null_scenario_picks_the_least_practised_scenario_in_file_order(idle_app: Any) -> None:
    client, _ = idle_app
    order = [s.id for s in default_book().all]
    assert start(client, None)["scenario"]["id"] == order[0]
    assert start(client, None)["scenario"]["id"] == order[1]
    start(client, order[2])
    assert start(client, None)["scenario"]["id"] == order[3]


def test_unknown_ids_are_404_in_the_error_shape(idle_app: Any) -> None:
    client, _ = idle_app
    assert_error(client.get("/v1/sessions/does-not-exist"), 404, "session_not_found")
    assert_error(
        client.post("/v1/sessions/does-not-exist/replies", json={"reply": "hello"}), 404, "session_not_found"
    )
    body = assert_error(
        client.post("/v1/sessions", json={"scenario_id": "no-such-scenario"}), 404, "scenario_not_found"
    )
    assert "no-such-scenario" in body["error"]["message"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"reply": "   \n\t "}, "reply"),
        ({"reply": "x" * 4001}, "reply"),
        ({"reply": "hello", "mood": "calm"}, "mood"),
        ({}, "reply"),
        ({"reply": 5}, "reply"),
        ({"reply": "hello", "retry": "sometimes"}, "retry"),
    ],
)
def test_bad_replies_are_422_naming_the_field(idle_app: Any, payload: dict[str, Any], field: str) -> None:
    client, _ = idle_app
    session = start(client)
    body = assert_error(
        client.post(f"/v1/sessions/{session['id']}/replies", json=payload), 422, "invalid_request"
    )
    assert field in [d["field"] for d in body["error"]["details"]]
    # A rejected reply leaves no trace in the transcript.
    assert client.get(f"/v1/sessions/{session['id']}").json()["turns"] == []


@pytest.mark.parametrize(
    "payload",
    [
        {"scenario_id": 7},
        {"scenario_id": DISHES, "level": "hard"},
        {"scenario_id": ""},
        {"scenario_id": "x" * 81},
    ],
)
def test_bad_session_requests_are_422(idle_app: Any, payload: dict[str, Any]) -> None:
    client, _ = idle_app
    assert_error(client.post("/v1/sessions", json=payload), 422, "invalid_request")


def test_a_body_that_is_not_json_is_422(idle_app: Any) -> None:
    client, _ = idle_app
    response = client.post("/v1/sessions", content=b"{not json", headers={"content-type": "application/json"})
    assert_error(response, 422, "invalid_request")


def test_try_again_before_any_reply_is_a_409(idle_app: Any) -> None:
    client, _ = idle_app
    session = start(client)
    assert_error(
        client.post(f"/v1/sessions/{session['id']}/replies", json={"reply": "hello", "retry": True}),
        409,
        "nothing_to_retry",
    )


def test_readyz_reports_the_database_check(idle_app: Any) -> None:
    client, _ = idle_app
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["database"] is True


def test_openapi_documents_every_practice_endpoint(idle_app: Any) -> None:
    client, _ = idle_app
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/v1/scenarios",
        "/v1/sessions",
        "/v1/sessions/{session_id}",
        "/v1/sessions/{session_id}/replies",
        "/v1/progress",
    } <= set(paths)


# ---- the real pipeline ----------------------------------------------------------------------------


def test_three_turns_score_suggest_and_answer_by_verdict(live: TestClient) -> None:
    session = start(live)
    opening = session["partner_message"]

    first = reply(live, session["id"], LISTENING)
    assert set(first) == {"evaluation", "suggestion", "partner_message", "turn", "safety"}
    assert first["turn"] == 1 and first["safety"] is None
    assert first["evaluation"]["passed"] is True
    assert all(first["evaluation"]["criteria"][e]["passed"] for e in ELEMENTS)
    assert first["partner_message"] == SCRIPT.listened[0]
    assert first["suggestion"].strip() and first["suggestion"] != LISTENING
    Evaluation.model_validate(first["evaluation"])

    second = reply(live, session["id"], DEFENSIVE)
    assert second["turn"] == 2
    assert second["evaluation"]["flags"]["defensiveness"]["flagged"] is True
    assert second["evaluation"]["passed"] is False
    assert second["partner_message"] == SCRIPT.defensive[1]

    third = reply(live, session["id"], CONTEMPT)
    assert third["turn"] == 3
    contempt = third["evaluation"]["flags"]["contempt"]
    assert contempt["flagged"] is True
    assert all(span.lower() in CONTEMPT.lower() for span in contempt["evidence"]), "evidence quotes the reply"
    assert not third["evaluation"]["criteria"]["room_for_feelings"]["passed"]
    assert third["partner_message"] == SCRIPT.defensive[2]

    transcript = live.get(f"/v1/sessions/{session['id']}").json()
    assert [t["turn"] for t in transcript["turns"]] == [1, 2, 3]
    assert [t["reply"] for t in transcript["turns"]] == [LISTENING, DEFENSIVE, CONTEMPT]
    # Each turn answers the line the partner said before it.
    assert [t["message"] for t in transcript["turns"]] == [
        opening,
        first["partner_message"],
        second["partner_message"],
    ]
    assert [t["partner_message"] for t in transcript["turns"]] == [
        first["partner_message"],
        second["partner_message"],
        third["partner_message"],
    ]
    assert transcript["turns"][2]["evaluation"] == third["evaluation"]
    assert transcript["turns"][0]["suggestion"] == first["suggestion"]
    assert transcript["partner_message"] == third["partner_message"]
    assert not any(t["retry"] for t in transcript["turns"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (LISTENING, "listened"),
        (DEFENSIVE, "defensive"),
        (CONTEMPT, "defensive"),
        (ADVICE, "dismissed"),
        (MINIMISING, "dismissed"),
        (FLAT, "withdrawn"),
    ],
)
def test_the_scripted_partner_answers_the_scorers_verdict(live: TestClient, text: str, kind: str) -> None:
    session = start(live)
    assert reply(live, session["id"], text)["partner_message"] == getattr(SCRIPT, kind)[0]


def test_try_again_answers_the_same_line_and_replaces_the_partners_reaction(live: TestClient) -> None:
    session = start(live)
    first = reply(live, session["id"], CONTEMPT)
    assert first["partner_message"] == SCRIPT.defensive[0]
    retried = reply(live, session["id"], LISTENING, retry=True)
    assert retried["turn"] == 2
    assert retried["partner_message"] == SCRIPT.listened[0]
    transcript = live.get(f"/v1/sessions/{session['id']}").json()
    assert [t["message"] for t in transcript["turns"]] == [session["partner_message"]] * 2
    assert [t["retry"] for t in transcript["turns"]] == [False, True]
    assert transcript["partner_message"] == SCRIPT.listened[0]
    # The conversation then moves on from the better reply.
    assert reply(live, session["id"], LISTENING)["partner_message"] == SCRIPT.listened[1]


def test_the_partner_script_repeats_its_last_line_past_the_end(live: TestClient) -> None:
    session = start(live)
    lines = [reply(live, session["id"], FLAT)["partner_message"] for _ in range(4)]
    assert lines == [SCRIPT.withdrawn[0], SCRIPT.withdrawn[1], SCRIPT.withdrawn[1], SCRIPT.withdrawn[1]]


def test_a_reply_of_exactly_4000_characters_after_trimming_is_accepted(live: TestClient) -> None:
    session = start(live)
    long_reply = "  " + ("That sounds hard. " * 300)[:3999] + "?  "
    assert len(long_reply.strip()) == 4000
    body = reply(live, session["id"], long_reply)
    stored = live.get(f"/v1/sessions/{session['id']}").json()["turns"][0]["reply"]
    assert body["turn"] == 1 and stored == long_reply.strip()


def test_a_crisis_reply_carries_the_safety_response_and_pauses_the_role_play(live: TestClient) -> None:
    session = start(live)
    before = live.get("/v1/progress").json()
    body = reply(live, session["id"], CRISIS)
    assert body["safety"] is not None and body["safety"]["level"] == "crisis"
    assert body["safety"]["message"] and body["safety"]["resources"]
    # The partner does not answer a disclosure: the session waits on the same line.
    assert body["partner_message"] == session["partner_message"]
    stored = live.get(f"/v1/sessions/{session['id']}").json()
    assert stored["safety"]["level"] == "crisis"
    assert stored["turns"][0]["safety"]["level"] == "crisis" and stored["turns"][0]["paused"] is True
    assert stored["partner_message"] == session["partner_message"]
    # Progress does not count the disclosure as a listening attempt.
    assert live.get("/v1/progress").json() == before
    # Practice can carry on from the same line, and the session keeps its crisis verdict.
    resumed = reply(live, session["id"], LISTENING)
    assert resumed["safety"] is None and resumed["partner_message"] == SCRIPT.listened[0]
    after = live.get(f"/v1/sessions/{session['id']}").json()
    assert after["safety"]["level"] == "crisis"
    assert [t["paused"] for t in after["turns"]] == [True, False]
    assert [t["retry"] for t in after["turns"]] == [False, False]
    assert live.get("/v1/progress").json()["totals"]["turns"] == before["totals"]["turns"] + 1


# The horsemen examples of SPEC section 2.2: exactly what people write while practising badly.
HORSEMEN = [
    "Wow, must be so hard being the only adult here.",
    "I did them on Tuesday. And I work too, you know.",
    "You always exaggerate. What's wrong with you?",
    "Whatever. I'm not doing this.",
]


@pytest.mark.parametrize("text", HORSEMEN)
def test_a_bad_practice_reply_is_coached_not_treated_as_a_crisis(live: TestClient, text: str) -> None:
    session = start(live)
    body = reply(live, session["id"], text)
    assert body["safety"] is None, body["safety"]
    assert body["evaluation"]["passed"] is False
    turn = live.get(f"/v1/sessions/{session['id']}").json()["turns"][0]
    assert turn["paused"] is False and body["partner_message"] != session["partner_message"]


def test_no_scripted_partner_line_screens_as_a_crisis(services: Services) -> None:
    """A scripted line the screen calls a crisis would swap the model reflect-back for a crisis
    message and raise an alert in the middle of ordinary practice."""
    flagged = [
        f"{s.id}: {line}"
        for s in default_book().all
        for line in [
            s.opening,
            *(
                ln
                for kind in ("listened", "defensive", "dismissed", "withdrawn")
                for ln in getattr(s.followups, kind)
            ),
        ]
        if services.safety.screen(line).level == "crisis"
    ]
    assert not flagged, f"{len(flagged)} scripted lines screen as crisis:\n" + "\n".join(flagged)


def test_progress_over_the_api_matches_the_stored_evaluations(live: TestClient) -> None:
    progress = live.get("/v1/progress").json()
    assert set(progress) == {"sessions", "totals", "session_count"}
    assert progress["session_count"] == len(progress["sessions"]) > 0
    started = [s["started_at"] for s in progress["sessions"]]
    assert started == sorted(started), "sessions are listed oldest first"
    for entry in progress["sessions"]:
        turns = [
            t for t in live.get(f"/v1/sessions/{entry['session_id']}").json()["turns"] if not t["paused"]
        ]
        assert entry["turns"] == len(turns) > 0
        for e in ELEMENTS:
            expected = sum(t["evaluation"]["criteria"][e]["score"] for t in turns) / len(turns)
            assert entry["elements"][e]["average"] == pytest.approx(expected, abs=1e-4)
        for f in FLAGS:
            expected = sum(t["evaluation"]["flags"][f]["flagged"] for t in turns) / len(turns)
            assert entry["flags"][f] == pytest.approx(expected, abs=1e-4)
    assert progress["totals"]["turns"] == sum(s["turns"] for s in progress["sessions"])


# ---- persistence ---------------------------------------------------------------------------------


def test_sessions_survive_a_new_app_on_the_same_data_dir(services: Services, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", model=None, rate_limit="0")
    with TestClient(create_app(settings, services=services)) as first:
        _wait_ready(first)
        session = start(first)
        reply(first, session["id"], LISTENING)
        reply(first, session["id"], DEFENSIVE)
        before = first.get(f"/v1/sessions/{session['id']}").json()
        progress_before = first.get("/v1/progress").json()
    fresh = Settings(data_dir=tmp_path / "data", model=None, rate_limit="0")
    with TestClient(create_app(fresh, services=IdleServices(fresh))) as second:
        assert second.get(f"/v1/sessions/{session['id']}").json() == before
        assert second.get("/v1/progress").json() == progress_before
    assert len(before["turns"]) == 2


_KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from coach.practice.store import SQLiteStore, SessionRecord, TurnRecord
from coach.schemas import Evaluation
path, evaluation = Path(sys.argv[1]), Evaluation.model_validate_json(sys.argv[2])
store = SQLiteStore(path)
store.create_session(SessionRecord("s1", "dishes-every-night", "opening", 0, None, "2024-01-01T00:00:00+00:00",
                                   "2024-01-01T00:00:00+00:00"))
store.add_turn(TurnRecord("s1", 1, 0, "opening", "my reply", evaluation, "suggested", "next line", None,
                          "2024-01-01T00:00:01+00:00"), expected_turns=0, next_step=1)
print("acknowledged", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close(), no checkpoint: the WAL must carry the turn
"""


def test_an_acknowledged_turn_survives_the_process_being_killed(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE
    result = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(path), evaluation().model_dump_json()],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "acknowledged" in result.stdout
    store = SQLiteStore(path)
    try:
        session = store.get_session("s1")
        assert session is not None and session.partner_message == "next line" and session.step == 1
        [turn] = store.turns("s1")
        assert (turn.reply, turn.suggestion, turn.evaluation) == ("my reply", "suggested", evaluation())
        assert store.integrity_check()
    finally:
        store.close()


def test_store_schema_is_versioned_and_refuses_a_newer_database(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE
    store = SQLiteStore(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    SQLiteStore(path).close()  # migrating an up-to-date database is a no-op
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer than this coach"):
        SQLiteStore(path)


def test_store_is_in_wal_mode_with_full_sync(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / DB_FILE)
    try:
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        store.close()
    assert store.integrity_check() is False, "a closed store is not ready"


def _session(sid: str, created: str) -> SessionRecord:
    return SessionRecord(sid, DISHES, "opening", 0, None, created, created)


def _turn(sid: str, n: int, ev: Evaluation, stamp: str = "2024-01-01T00:00:00+00:00") -> TurnRecord:
    return TurnRecord(
        sid, n, n - 1, f"line {n}", f"reply {n}", ev, "suggestion", f"line {n + 1}", None, stamp
    )


def test_a_stale_writer_cannot_add_a_second_turn_with_the_same_number(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / DB_FILE)
    try:
        store.create_session(_session("s", "2024-01-01T00:00:00+00:00"))
        store.add_turn(_turn("s", 1, evaluation()), expected_turns=0, next_step=1)
        with pytest.raises(StaleSessionError):
            store.add_turn(_turn("s", 1, evaluation()), expected_turns=0, next_step=1)
        assert len(store.turns("s")) == 1
    finally:
        store.close()


def test_the_store_is_safe_to_share_between_threads(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / DB_FILE)
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            store.create_session(_session(f"t{i}", f"2024-01-01T00:00:{i:02d}+00:00"))
            store.add_turn(_turn(f"t{i}", 1, evaluation()), expected_turns=0, next_step=1)
            assert store.get_session(f"t{i}") is not None
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors
        history = store.history()
        assert [s.id for s, _ in history] == [f"t{i}" for i in range(16)]
        assert all(len(turns) == 1 for _, turns in history)
    finally:
        store.close()


# ---- progress, hand-checked ----------------------------------------------------------------------


def approx(x: float) -> Any:
    return pytest.approx(x, abs=1e-4)


def test_progress_numbers_on_a_hand_checked_example(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = SQLiteStore(data / DB_FILE)
    a1 = evaluation(
        {
            "room_for_feelings": 1.0,
            "no_judgment": 0.8,
            "honors_path": 0.9,
            "curious_understanding": 0.7,
            "full_empathy": 0.6,
        },
        overall=0.8,
    )
    a2 = evaluation(
        {
            "room_for_feelings": 0.2,
            "no_judgment": 0.4,
            "honors_path": 0.9,
            "curious_understanding": 0.1,
            "full_empathy": 0.2,
        },
        failed={"room_for_feelings", "no_judgment", "curious_understanding", "full_empathy"},
        flagged={"contempt"},
        overall=0.1,
    )
    b1 = evaluation(
        {
            "room_for_feelings": 0.6,
            "no_judgment": 0.6,
            "honors_path": 0.6,
            "curious_understanding": 0.3,
            "full_empathy": 0.6,
        },
        failed={"curious_understanding"},
        flagged={"stonewalling"},
        overall=0.3,
    )
    void = evaluation(failed=set(ELEMENTS), flagged=set(FLAGS), overall=0.0, unscored=True)
    # Created out of order on purpose: progress is chronological by start time, not by insertion.
    store.create_session(_session("b", "2024-02-01T00:00:00+00:00"))
    store.create_session(_session("a", "2024-01-01T00:00:00+00:00"))
    store.create_session(_session("empty", "2024-03-01T00:00:00+00:00"))
    store.add_turn(_turn("a", 1, a1), expected_turns=0, next_step=1)
    store.add_turn(_turn("a", 2, a2), expected_turns=1, next_step=2)
    store.add_turn(_turn("b", 1, b1), expected_turns=0, next_step=1)
    store.add_turn(
        _turn("b", 2, void), expected_turns=1, next_step=2
    )  # an unscored verdict counts for nothing
    store.close()

    settings = Settings(data_dir=data, model=None, rate_limit="0")
    with TestClient(create_app(settings, services=IdleServices(settings))) as client:
        progress = client.get("/v1/progress").json()

    assert progress["session_count"] == 2
    a, b = progress["sessions"]
    assert (a["session_id"], b["session_id"]) == ("a", "b")
    assert a["scenario_title"] == "The kitchen every night"
    assert a["turns"] == 2 and b["turns"] == 1
    assert a["elements"]["room_for_feelings"] == {"average": approx(0.6), "pass_rate": approx(0.5)}
    assert a["elements"]["no_judgment"] == {"average": approx(0.6), "pass_rate": approx(0.5)}
    assert a["elements"]["honors_path"] == {"average": approx(0.9), "pass_rate": approx(1.0)}
    assert a["elements"]["curious_understanding"] == {"average": approx(0.4), "pass_rate": approx(0.5)}
    assert a["elements"]["full_empathy"] == {"average": approx(0.4), "pass_rate": approx(0.5)}
    assert a["flags"] == {"contempt": 0.5, "defensiveness": 0.0, "criticism": 0.0, "stonewalling": 0.0}
    assert (a["overall"], a["pass_rate"]) == (approx(0.45), approx(0.5))
    assert b["elements"]["curious_understanding"] == {"average": approx(0.3), "pass_rate": approx(0.0)}
    assert b["elements"]["full_empathy"] == {"average": approx(0.6), "pass_rate": approx(1.0)}
    assert b["flags"]["stonewalling"] == 1.0 and b["flags"]["contempt"] == 0.0
    assert (b["overall"], b["pass_rate"]) == (approx(0.3), approx(0.0))

    totals = progress["totals"]
    assert totals["turns"] == 3
    assert totals["elements"]["room_for_feelings"] == {"average": approx(0.6), "pass_rate": approx(2 / 3)}
    assert totals["elements"]["no_judgment"] == {"average": approx(0.6), "pass_rate": approx(2 / 3)}
    assert totals["elements"]["honors_path"] == {"average": approx(0.8), "pass_rate": approx(1.0)}
    assert totals["elements"]["curious_understanding"] == {
        "average": approx(1.1 / 3),
        "pass_rate": approx(1 / 3),
    }
    assert totals["elements"]["full_empathy"] == {"average": approx(1.4 / 3), "pass_rate": approx(2 / 3)}
    assert totals["flags"] == {
        "contempt": approx(1 / 3),
        "defensiveness": 0.0,
        "criticism": 0.0,
        "stonewalling": approx(1 / 3),
    }
    assert (totals["overall"], totals["pass_rate"]) == (approx(0.4), approx(1 / 3))


def test_progress_with_no_practice_is_empty_and_zero(idle_app: Any) -> None:
    client, _ = idle_app
    start(client)  # a session without replies says nothing about listening yet
    body = client.get("/v1/progress").json()
    assert body["sessions"] == [] and body["session_count"] == 0
    assert body["totals"]["turns"] == 0 and body["totals"]["overall"] == 0.0
    assert stats([]).elements["full_empathy"].average == 0.0


# ---- the partner's voice -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ev", "expected"),
    [
        (evaluation(), "listened"),
        (evaluation(failed={"curious_understanding"}, overall=0.7), "listened"),  # mostly good
        (evaluation(failed={"curious_understanding"}, overall=0.3), "withdrawn"),  # four passes, but weak
        (evaluation(flagged={"contempt"}), "defensive"),
        (evaluation(flagged={"criticism"}), "defensive"),
        (evaluation(flagged={"defensiveness"}, failed={"room_for_feelings"}), "defensive"),
        (evaluation(flagged={"contempt", "stonewalling"}), "defensive"),
        (evaluation(flagged={"stonewalling"}), "withdrawn"),
        (evaluation(failed={"no_judgment", "curious_understanding"}), "dismissed"),
        (evaluation(failed={"room_for_feelings", "full_empathy"}), "dismissed"),
        (evaluation(failed={"full_empathy", "curious_understanding"}), "withdrawn"),  # flat
    ],
)
def test_verdict_maps_the_scorers_findings_to_a_partner_reaction(ev: Evaluation, expected: str) -> None:
    assert verdict(ev) == expected


async def test_offline_partner_follows_the_script_clamped_to_its_length() -> None:
    scenario = default_book().get(DISHES)
    assert scenario is not None
    voice = PartnerVoice(Settings(model=None))
    assert await voice.next_line(scenario, [], evaluation(), 0) == scenario.followups.listened[0]
    assert (
        await voice.next_line(scenario, [], evaluation(flagged={"contempt"}), 2)
        == scenario.followups.defensive[2]
    )
    assert (
        await voice.next_line(scenario, [], evaluation(flagged={"stonewalling"}), 9)
        == scenario.followups.withdrawn[-1]
    )


async def test_with_a_model_the_partner_is_role_played_from_background_transcript_and_verdict(
    fake_llm: FakeLLM,
) -> None:
    fake_llm.script(PARTNER_MODEL, ok('  "Fine. I\'ll just do it myself, then."  '))
    scenario = default_book().get(DISHES)
    assert scenario is not None
    voice = PartnerVoice(Settings(model=PARTNER_MODEL))
    line = await voice.next_line(
        scenario, [("partner", scenario.opening), ("listener", CONTEMPT)], evaluation(flagged={"contempt"}), 0
    )
    assert line == "Fine. I'll just do it myself, then."
    [call] = fake_llm.calls_to(PARTNER_MODEL)
    system = call["messages"][0]["content"]
    assert scenario.background in system and scenario.partner in system and "escalate" in system
    assert call["messages"][1:] == [
        {"role": "assistant", "content": scenario.opening},
        {"role": "user", "content": CONTEMPT},
    ]
    await voice.next_line(scenario, [], evaluation(), 0)
    assert "Soften" in fake_llm.calls_to(PARTNER_MODEL)[1]["messages"][0]["content"]


@pytest.mark.parametrize("answer", ["server error", "empty", "none", "timeout"])
async def test_any_model_failure_falls_back_to_the_script(fake_llm: FakeLLM, answer: str) -> None:
    steps = {"server error": status(500), "empty": ok("   "), "none": ok(None), "timeout": read_timeout()}
    fake_llm.script(PARTNER_MODEL, steps[answer])
    scenario = default_book().get(DISHES)
    assert scenario is not None
    voice = PartnerVoice(Settings(model=PARTNER_MODEL, request_timeout_s=2.0))
    line = await voice.next_line(scenario, [], evaluation(failed={"no_judgment", "full_empathy"}), 1)
    assert line == scenario.followups.dismissed[1]
    assert fake_llm.calls_to(PARTNER_MODEL), "the model was asked before the script stood in"


def test_the_app_closes_its_store_on_shutdown(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", model=None, rate_limit="0")
    app: FastAPI = create_app(settings, services=IdleServices(settings))
    with TestClient(app) as client:
        assert client.get("/readyz").json()["checks"]["database"] is True
        store = app.state.practice.store
    assert app.state.practice is None
    assert store.integrity_check() is False
    assert "database" not in app.state.readiness_checks
