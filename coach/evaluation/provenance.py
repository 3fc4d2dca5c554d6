"""What a run was made of, so two reports can be told apart and a figure traced to its inputs."""

from __future__ import annotations

import hashlib
import subprocess
from importlib import metadata
from pathlib import Path

from coach.resources import resource_dir


def git_revision(where: Path | None = None) -> str:
    """HEAD of the checkout the code runs from; "unknown" outside a checkout or without git."""
    folder = where or Path(__file__).resolve().parent
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    revision = done.stdout.strip()
    return revision if done.returncode == 0 and revision else "unknown"


def folder_digest(folder: Path) -> str:
    """One hash over every file's relative path and bytes, so renames count as changes too."""
    digest = hashlib.sha256()
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16] if files else "none"


def prompt_hash() -> str:
    try:
        return folder_digest(resource_dir("prompts"))
    except FileNotFoundError:
        return "none"


def coach_version() -> str:
    try:
        return metadata.version("coach")
    except metadata.PackageNotFoundError:
        return "unknown"
