"""High-precision phrase rules for each safety category, run on normalised, idiom-free text.

Each rule names a category and a level; ``find_hits`` applies them all. ``vocabulary`` holds the
shared regex fragments, ``model`` the rule and hit types, one module per category holds its rules,
``catalogue`` fixes their order and ``matching`` is the engine (negation, banter, distance).
"""

from coach.safety.rules.catalogue import RULES
from coach.safety.rules.matching import find_hits, softened
from coach.safety.rules.model import (
    CATEGORIES,
    CHILD,
    CONTROL,
    LEVEL_RANK,
    SELF_HARM,
    SEXUAL,
    THREATS,
    VIOLENCE,
    Hit,
    Level,
    Rule,
)
from coach.safety.rules.vocabulary import CHILD_CONTEXT, KID, PARTNER, PERSON_CONTEXT, THREAT_CONTEXT

__all__ = [
    "CATEGORIES",
    "CHILD",
    "CHILD_CONTEXT",
    "CONTROL",
    "KID",
    "LEVEL_RANK",
    "PARTNER",
    "PERSON_CONTEXT",
    "RULES",
    "SELF_HARM",
    "SEXUAL",
    "THREATS",
    "THREAT_CONTEXT",
    "VIOLENCE",
    "Hit",
    "Level",
    "Rule",
    "find_hits",
    "softened",
]
