"""The safety screen: messages that are not coaching material get care and resources instead."""

from __future__ import annotations

from coach.safety.resources import ResourceBook, ResourcesError
from coach.safety.rules import CATEGORIES
from coach.safety.screen import Assessment, SafetyScreen

__all__ = ["CATEGORIES", "Assessment", "ResourceBook", "ResourcesError", "SafetyScreen"]
