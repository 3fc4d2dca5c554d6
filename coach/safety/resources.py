"""Crisis and support resources per locale, from a YAML file the deployment can replace.

The file maps locale ids to lists of resources under keys: ``general`` (always shown), one key
per safety category (shown when that category is screened), and ``support`` (shown for a
check-in with no named category). ``default`` must exist; an unknown locale falls back to it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from coach.resources import resource_dir
from coach.safety.rules import CATEGORIES
from coach.schemas import Resource
from coach.settings import Settings

log = logging.getLogger(__name__)

GENERAL = "general"
SUPPORT = "support"
KEYS: tuple[str, ...] = (GENERAL, SUPPORT, *CATEGORIES)
DEFAULT_LOCALE = "default"
_ALIASES = {
    "gb": "uk",
    "england": "uk",
    "scotland": "uk",
    "wales": "uk",
    "northern-ireland": "uk",
    "usa": "us",
    "aus": "au",
    "can": "ca",
    "irl": "ie",
    "ireland": "ie",
    "australia": "au",
    "canada": "ca",
}


class ResourcesError(ValueError):
    """The resources file is missing or malformed; the message names the file."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    contact: str = Field(min_length=1)


class _Locale(BaseModel):
    model_config = ConfigDict(extra="forbid")

    general: list[_Entry] = Field(default_factory=list)
    support: list[_Entry] = Field(default_factory=list)
    self_harm: list[_Entry] = Field(default_factory=list)
    violence: list[_Entry] = Field(default_factory=list)
    sexual_coercion: list[_Entry] = Field(default_factory=list)
    threats: list[_Entry] = Field(default_factory=list)
    coercive_control: list[_Entry] = Field(default_factory=list)
    child_harm: list[_Entry] = Field(default_factory=list)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    locales: dict[str, _Locale]

    @field_validator("locales")
    @classmethod
    def _has_default(cls, value: dict[str, _Locale]) -> dict[str, _Locale]:
        if DEFAULT_LOCALE not in value:
            raise ValueError(f"'locales' needs a {DEFAULT_LOCALE!r} entry")
        return {key.strip().lower(): locale for key, locale in value.items()}


def default_resources_file() -> Path:
    return resource_dir("safety") / "resources.yaml"


class ResourceBook:
    """The resource lists of one file, looked up by locale, level and categories."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._locales = _load(path)

    @classmethod
    def from_settings(cls, settings: Settings) -> ResourceBook:
        return cls(settings.resources_file or default_resources_file())

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self._locales)

    def resolve(self, locale: str) -> str:
        """The locale id to use for ``locale``: "en_GB" -> "uk", anything unknown -> "default"."""
        wanted = locale.strip().lower().replace("_", "-")
        candidates = [wanted, _ALIASES.get(wanted, "")]
        if "-" in wanted:
            region = wanted.rsplit("-", 1)[1]
            candidates += [region, _ALIASES.get(region, "")]
        for candidate in candidates:
            if candidate in self._locales:
                return candidate
        if wanted and wanted != DEFAULT_LOCALE:
            log.warning("no crisis resources for locale %r in %s; using the default list", locale, self.path)
        return DEFAULT_LOCALE

    def lookup(self, locale: str, categories: Iterable[str], *, with_support: bool = False) -> list[Resource]:
        """General resources first, then those for each category, without repeats."""
        entries = self._locales[self.resolve(locale)]
        keys = [GENERAL, *(c for c in categories if c in CATEGORIES)]
        if with_support:
            keys.append(SUPPORT)
        seen: set[tuple[str, str]] = set()
        out: list[Resource] = []
        for key in keys:
            for entry in getattr(entries, key):
                if (entry.name, entry.contact) not in seen:
                    seen.add((entry.name, entry.contact))
                    out.append(Resource(name=entry.name, contact=entry.contact))
        return out


def _load(path: Path) -> dict[str, _Locale]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourcesError(f"crisis resources file {path} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourcesError(f"crisis resources file {path} cannot be read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ResourcesError(f"crisis resources file {path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ResourcesError(f"crisis resources file {path} must be a mapping with a 'locales' key")
    try:
        return _File.model_validate(raw).locales
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        raise ResourcesError(f"crisis resources file {path} is malformed: {problems}") from exc
