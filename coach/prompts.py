"""The prompt files in ``prompts/``: loading, filling and a hash for eval run records.

Prompts are files so they can be read, reviewed and versioned as text; code only fills them.
Everything the person wrote goes inside delimiter tags the system prompts declare to be data.
A person cannot close a tag early: the tag names are escaped inside the text they wrap.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from string import Template

from coach.resources import resource_dir

REFLECT_SYSTEM = "reflect_system.md"
REFLECT_USER = "reflect_user.md"
REFLECT_EXAMPLES = "reflect_examples.jsonl"
JUDGE_SYSTEM = "judge_system.md"
JUDGE_USER = "judge_user.md"
PARTNER_SYSTEM = "partner_system.md"
PARTNER_ANSWERS = "partner_answers.json"
FILES = (
    REFLECT_SYSTEM,
    REFLECT_USER,
    REFLECT_EXAMPLES,
    JUDGE_SYSTEM,
    JUDGE_USER,
    PARTNER_SYSTEM,
    PARTNER_ANSWERS,
)

# Every tag a prompt uses to wrap data; escaping all of them stops a message from opening or
# closing any section, not only its own.
TAGS = (
    "partner_message",
    "reply",
    "context",
    "history",
    "turn",
    "guidance",
    "card",
    "previous_reply",
    "feedback",
)
_TAG_RE = re.compile(r"<(\s*/?\s*)(" + "|".join(TAGS) + r")\b", re.IGNORECASE)


class PromptError(RuntimeError):
    """A prompt file is missing or does not fill: an installation problem, not a request one."""


@dataclass(frozen=True)
class Example:
    message: str
    reflection: str
    emotions: tuple[str, ...]


def prompts_dir() -> Path:
    return resource_dir("prompts")


@cache
def load(name: str) -> str:
    path = prompts_dir() / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(f"prompt file {path} cannot be read: {exc}") from exc


@lru_cache(maxsize=1)
def prompt_hash() -> str:
    """sha256 over every prompt file, so an eval run records exactly which prompts it used."""
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(load(name).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def escape(text: str) -> str:
    """Neutralise delimiter tags inside data: ``</partner_message>`` becomes ``&lt;/partner_message>``."""
    return _TAG_RE.sub(lambda m: "&lt;" + m.group(1) + m.group(2), text)


def fence(tag: str, text: str) -> str:
    return f"<{tag}>\n{escape(text.strip())}\n</{tag}>"


def fill(name: str, **fields: str) -> str:
    """Fill a template; a missing field is a bug in the caller, so it fails loudly."""
    try:
        return Template(load(name)).substitute(fields)
    except (KeyError, ValueError) as exc:
        raise PromptError(f"prompt {name} could not be filled: {exc!r}") from exc


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    out: list[Example] = []
    for number, line in enumerate(load(REFLECT_EXAMPLES).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            out.append(
                Example(
                    message=str(record["message"]),
                    reflection=str(record["reflection"]),
                    emotions=tuple(str(e) for e in record.get("emotions", [])),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise PromptError(f"{REFLECT_EXAMPLES} line {number} is not a valid example: {exc}") from exc
    return tuple(out)
