"""Logging, configured once: plain or JSON lines on stderr, and a gate for people's words.

What people type into the coach is private: the worst moments of their relationships. Log
records name events, sizes and outcomes; anything that would carry a message, a reply or model
output goes through :func:`content`, which returns the text only when ``COACH_LOG_CONTENT=1``.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

from coach.settings import Settings

LogFormat = Literal["plain", "json"]

PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Library chatter (chromadb, httpx, litellm) is noise on a terminal and in a log pipeline alike.
NOISY_LOGGERS = ("chromadb", "httpx", "LiteLLM", "litellm")

# Off until configure() says otherwise: a process that never configured logging (a test, a
# library user) must not start writing people's words anywhere.
_content_enabled = False

# The attributes every LogRecord has; anything else on a record came in through `extra=`.
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the record's `extra=` fields as top-level keys."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack_info"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class _CoachHandler(logging.StreamHandler[TextIO]):
    """Marks the handler configure() installed, so a second call replaces it instead of doubling lines."""


def configure(settings: Settings, fmt: LogFormat | None = None, stream: TextIO | None = None) -> None:
    """Set the content switch, the level and the handler from the settings; safe to call again.

    ``fmt`` defaults to ``settings.log_format`` when Settings has that field, else ``plain``.
    Like ``logging.basicConfig``, it leaves alone a root logger that someone else (pytest, a
    program embedding the coach) already gave handlers, unless ``stream`` asks for one.
    """
    global _content_enabled
    _content_enabled = bool(settings.log_content)
    chosen = fmt or getattr(settings, "log_format", None) or "plain"
    if chosen not in ("plain", "json"):
        raise ValueError(f"log format must be 'plain' or 'json', not {chosen!r}")
    level = settings.log_level.upper()
    if not isinstance(logging.getLevelName(level), int):
        raise ValueError(
            f"COACH_LOG_LEVEL={settings.log_level!r} is not a logging level (DEBUG, INFO, WARNING, ...)"
        )
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    root = logging.getLogger()
    ours = [h for h in root.handlers if isinstance(h, _CoachHandler)]
    if stream is None and len(ours) < len(root.handlers):
        return
    handler = _CoachHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if chosen == "json" else logging.Formatter(PLAIN_FORMAT))
    for existing in ours:
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)


def content_enabled() -> bool:
    return _content_enabled


def content(text: str | bytes | None, enabled: bool | None = None, *, size: int | None = None) -> str:
    """``text`` when content logging is on, else only how long it is, e.g. ``<57 chars>``.

    ``enabled`` overrides the process-wide switch, for code that holds its own Settings.
    ``size`` is the true size in bytes when ``text`` is only the start of it, or was not kept at
    all because logging it was off; the marker then reports that size.
    """
    on = _content_enabled if enabled is None else enabled
    if not on:
        if size is not None:
            return f"<{size} bytes>"
        if text is None:
            return "<none>"
        return f"<{len(text)} {'bytes' if isinstance(text, bytes) else 'chars'}>"
    if text is None:
        return "<none>"
    return text.decode("utf-8", errors="replace") if isinstance(text, bytes) else text
