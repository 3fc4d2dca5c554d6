"""The practice data layer: a small protocol, and the SQLite store the app uses by default.

A server database can replace SQLite by implementing ``PracticeStore``; nothing outside this
module speaks SQL. SQLite runs in WAL mode with ``synchronous=FULL`` so that a turn the API has
acknowledged survives the process being killed (or the machine losing power) right after the
response; every write is one transaction, so a half-written turn never exists.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from coach.schemas import Evaluation, Safety

DB_FILE = "coach.db"
_SAFETY_RANK = {"ok": 0, "concern": 1, "crisis": 2}

# Append-only: each entry moves the schema one user_version forward. Never edit a shipped entry.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE sessions (
            id              TEXT PRIMARY KEY,
            scenario_id     TEXT NOT NULL,
            partner_message TEXT NOT NULL,
            step            INTEGER NOT NULL DEFAULT 0,
            safety_level    TEXT NOT NULL DEFAULT 'ok'
                            CHECK (safety_level IN ('ok', 'concern', 'crisis')),
            safety_json     TEXT,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        )
        """,
        "CREATE INDEX sessions_by_created ON sessions (created_at)",
        """
        CREATE TABLE turns (
            session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            turn            INTEGER NOT NULL CHECK (turn >= 1),
            step            INTEGER NOT NULL CHECK (step >= 0),
            message         TEXT NOT NULL,
            reply           TEXT NOT NULL,
            evaluation_json TEXT NOT NULL,
            suggestion      TEXT NOT NULL,
            partner_message TEXT NOT NULL,
            safety_json     TEXT,
            retry           INTEGER NOT NULL DEFAULT 0 CHECK (retry IN (0, 1)),
            paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
            created_at      TEXT NOT NULL,
            PRIMARY KEY (session_id, turn)
        )
        """,
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class StaleSessionError(RuntimeError):
    """The session moved on (another reply landed first) since the caller read it."""


@dataclass(frozen=True)
class SessionRecord:
    id: str
    scenario_id: str
    # The partner line waiting for a reply, and how many scripted lines have been used so far.
    partner_message: str
    step: int
    safety: Safety | None
    created_at: str
    updated_at: str
    turn_count: int = 0


@dataclass(frozen=True)
class TurnRecord:
    session_id: str
    turn: int
    step: int
    message: str
    reply: str
    evaluation: Evaluation
    suggestion: str
    partner_message: str
    safety: Safety | None
    created_at: str
    # Answered an earlier partner line again ("try again").
    retry: bool = False
    # The reply screened as a crisis: the role-play stopped on this line and progress skips it.
    paused: bool = False


class PracticeStore(Protocol):
    def create_session(self, session: SessionRecord) -> None: ...

    def get_session(self, session_id: str) -> SessionRecord | None: ...

    def turns(self, session_id: str) -> list[TurnRecord]: ...

    def add_turn(self, turn: TurnRecord, *, expected_turns: int, next_step: int) -> SessionRecord:
        """Store the turn and move the session on, atomically; StaleSessionError if it moved already."""
        ...

    def history(self) -> list[tuple[SessionRecord, list[TurnRecord]]]:
        """Every session with its turns, oldest first."""
        ...

    def scenario_counts(self) -> dict[str, int]: ...

    def integrity_check(self) -> bool: ...

    def close(self) -> None: ...


def _safety_json(safety: Safety | None) -> str | None:
    return safety.model_dump_json() if safety is not None else None


def _safety(raw: str | None) -> Safety | None:
    return Safety.model_validate_json(raw) if raw else None


class SQLiteStore:
    """One connection shared by all threads behind a lock: SQLite serialises writers anyway, and
    practice requests are small, so a pool would add failure modes without adding throughput."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        # isolation_level=None: transactions are opened explicitly, so each write is exactly one.
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10.0)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._migrate()

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> SQLiteStore:
        return cls(data_dir / DB_FILE)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            # IMMEDIATE takes the write lock up front, so a second process gets a clean busy wait
            # instead of a deadlock when both upgrade from a read.
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} has schema version {version}, newer than this coach ({SCHEMA_VERSION}); "
                "upgrade coach"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._write() as db:
                for statement in MIGRATIONS[target - 1]:
                    db.execute(statement)
                # PRAGMA takes no parameters; target is an int we computed.
                db.execute(f"PRAGMA user_version = {target}")

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # ---- sessions ------------------------------------------------------------------------------

    def create_session(self, session: SessionRecord) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO sessions (id, scenario_id, partner_message, step, safety_level, safety_json,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session.id,
                    session.scenario_id,
                    session.partner_message,
                    session.step,
                    session.safety.level if session.safety else "ok",
                    _safety_json(session.safety),
                    session.created_at,
                    session.updated_at,
                ),
            )

    def _session(self, row: sqlite3.Row) -> SessionRecord:
        return SessionRecord(
            id=row["id"],
            scenario_id=row["scenario_id"],
            partner_message=row["partner_message"],
            step=row["step"],
            safety=_safety(row["safety_json"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            turn_count=row["turn_count"],
        )

    _SESSION_SELECT = (
        "SELECT s.*, (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) AS turn_count FROM sessions s"
    )

    def get_session(self, session_id: str) -> SessionRecord | None:
        with self._lock:
            row = self._db.execute(f"{self._SESSION_SELECT} WHERE s.id = ?", (session_id,)).fetchone()
        return self._session(row) if row else None

    # ---- turns ---------------------------------------------------------------------------------

    @staticmethod
    def _turn(row: sqlite3.Row) -> TurnRecord:
        return TurnRecord(
            session_id=row["session_id"],
            turn=row["turn"],
            step=row["step"],
            message=row["message"],
            reply=row["reply"],
            evaluation=Evaluation.model_validate_json(row["evaluation_json"]),
            suggestion=row["suggestion"],
            partner_message=row["partner_message"],
            safety=_safety(row["safety_json"]),
            created_at=row["created_at"],
            retry=bool(row["retry"]),
            paused=bool(row["paused"]),
        )

    def turns(self, session_id: str) -> list[TurnRecord]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM turns WHERE session_id = ? ORDER BY turn", (session_id,)
            ).fetchall()
        return [self._turn(r) for r in rows]

    def add_turn(self, turn: TurnRecord, *, expected_turns: int, next_step: int) -> SessionRecord:
        with self._write() as db:
            row = db.execute(f"{self._SESSION_SELECT} WHERE s.id = ?", (turn.session_id,)).fetchone()
            if row is None:
                raise KeyError(turn.session_id)
            if row["turn_count"] != expected_turns or turn.turn != expected_turns + 1:
                raise StaleSessionError(turn.session_id)
            db.execute(
                "INSERT INTO turns (session_id, turn, step, message, reply, evaluation_json, suggestion,"
                " partner_message, safety_json, retry, paused, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    turn.session_id,
                    turn.turn,
                    turn.step,
                    turn.message,
                    turn.reply,
                    turn.evaluation.model_dump_json(),
                    turn.suggestion,
                    turn.partner_message,
                    _safety_json(turn.safety),
                    int(turn.retry),
                    int(turn.paused),
                    turn.created_at,
                ),
            )
            # The session keeps its most serious safety verdict: one crisis turn marks it for good.
            current = _safety(row["safety_json"])
            safety = current
            if turn.safety is not None and (
                current is None or _SAFETY_RANK[turn.safety.level] > _SAFETY_RANK[current.level]
            ):
                safety = turn.safety
            db.execute(
                "UPDATE sessions SET partner_message = ?, step = ?, safety_level = ?, safety_json = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    turn.partner_message,
                    next_step,
                    safety.level if safety else "ok",
                    _safety_json(safety),
                    turn.created_at,
                    turn.session_id,
                ),
            )
            updated = db.execute(f"{self._SESSION_SELECT} WHERE s.id = ?", (turn.session_id,)).fetchone()
        return self._session(updated)

    # ---- progress ------------------------------------------------------------------------------

    def history(self) -> list[tuple[SessionRecord, list[TurnRecord]]]:
        with self._lock:
            sessions = self._db.execute(f"{self._SESSION_SELECT} ORDER BY s.created_at, s.rowid").fetchall()
            turns = self._db.execute("SELECT * FROM turns ORDER BY session_id, turn").fetchall()
        by_session: dict[str, list[TurnRecord]] = {}
        for row in turns:
            by_session.setdefault(row["session_id"], []).append(self._turn(row))
        return [(self._session(s), by_session.get(s["id"], [])) for s in sessions]

    def scenario_counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute("SELECT scenario_id, COUNT(*) AS n FROM sessions GROUP BY scenario_id")
            return {r["scenario_id"]: int(r["n"]) for r in rows}

    # ---- operations ----------------------------------------------------------------------------

    def integrity_check(self) -> bool:
        """For /readyz, which is polled: quick_check skips the index cross-check, which grows with
        the database, and still catches a damaged file."""
        try:
            with self._lock:
                row = self._db.execute("PRAGMA quick_check(1)").fetchone()
        except sqlite3.Error:
            return False
        return bool(row) and row[0] == "ok"

    def close(self) -> None:
        with self._lock:
            self._db.close()
