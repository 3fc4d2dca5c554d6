"""Shared fixtures: one prepared data dir per test session (index built, scorer fitted).

Building the index and fitting the scorer take several seconds; tests that only read them
share one copy, and tests that change them get their own data dir.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# No test may reach a model hub or a telemetry endpoint.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from coach.services import Services
from coach.settings import Settings


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("coach-data")


@pytest.fixture(scope="session")
def settings(shared_data_dir: Path) -> Settings:
    return Settings(data_dir=shared_data_dir, rate_limit="0")


@pytest.fixture(scope="session")
def services(settings: Settings) -> Services:
    prepared = Services(settings)
    prepared.prepare()
    return prepared


@pytest.fixture()
def isolated_settings(tmp_path: Path, shared_data_dir: Path) -> Iterator[Settings]:
    """A fresh data dir that reuses the fitted scorer cache, so only the index is rebuilt."""
    models = shared_data_dir / "models"
    target = tmp_path / "data"
    if models.exists():
        (target / "models").mkdir(parents=True)
        for file in models.iterdir():
            (target / "models" / file.name).write_bytes(file.read_bytes())
    yield Settings(data_dir=target, rate_limit="0")
