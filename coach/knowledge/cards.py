"""Guidance cards: Markdown files with YAML front matter, written by the team from the sources."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)
_EXAMPLES_HEADING = re.compile(r"^##\s+When it applies\s*$", re.MULTILINE | re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")


class CardError(ValueError):
    """A card file that cannot be used, with the file named."""


class Card(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    source: str
    cites: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    guidance: str = Field(description="the body, without the examples section")
    examples: list[str] = Field(default_factory=list, description="what a partner might say")
    digest: str = Field(description="sha256 of the file, to re-embed only changed cards")


def parse_card(path: Path) -> Card:
    raw = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(raw)
    if not match:
        raise CardError(f"{path}: no YAML front matter between '---' lines")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise CardError(f"{path}: front matter is not valid YAML ({exc})") from exc
    if not isinstance(meta, dict):
        raise CardError(f"{path}: front matter must be a mapping")
    body = match.group(2)
    parts = _EXAMPLES_HEADING.split(body, maxsplit=1)
    guidance = parts[0].strip()
    examples = _QUOTED.findall(parts[1]) if len(parts) > 1 else []
    try:
        card = Card(
            **meta,
            guidance=guidance,
            examples=[e.strip() for e in examples],
            digest=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        )
    except ValidationError as exc:
        raise CardError(f"{path}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc
    if card.id != path.stem:
        raise CardError(f"{path}: id {card.id!r} does not match the file name")
    return card


def load_cards(folder: Path) -> list[Card]:
    cards = [parse_card(path) for path in sorted(folder.glob("*.md"))]
    seen: set[str] = set()
    for card in cards:
        if card.id in seen:
            raise CardError(f"{folder}: card id {card.id!r} appears twice")
        seen.add(card.id)
    return cards


def corpus_digest(cards: list[Card]) -> str:
    """One hash for the whole corpus, recorded with eval runs."""
    joined = "\n".join(f"{c.id}:{c.digest}" for c in sorted(cards, key=lambda c: c.id))
    return hashlib.sha256(joined.encode()).hexdigest()[:16]
