"""What a phrase rule is, what it reports, and the categories and levels they use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Level = Literal["ok", "concern", "crisis"]
LEVEL_RANK: dict[str, int] = {"ok": 0, "concern": 1, "crisis": 2}

SELF_HARM = "self_harm"
VIOLENCE = "violence"
SEXUAL = "sexual_coercion"
THREATS = "threats"
CONTROL = "coercive_control"
CHILD = "child_harm"
CATEGORIES: tuple[str, ...] = (SELF_HARM, VIOLENCE, SEXUAL, THREATS, CONTROL, CHILD)


@dataclass(frozen=True)
class Rule:
    name: str
    categories: tuple[str, ...]
    level: Level
    pattern: re.Pattern[str]
    negatable: bool = True
    requires: re.Pattern[str] | None = None  # somewhere in the whole text
    unless: re.Pattern[str] | None = None  # nowhere in the match's sentence
    not_before: re.Pattern[str] | None = None  # searched in the few words before the match
    not_after: re.Pattern[str] | None = None  # matched at the text right after the match
    escalate: re.Pattern[str] | None = None  # in the sentence: raises a concern rule to crisis
    on_humour: Level | None = None  # the level when the sentence is plainly a joke
    skip_self: bool = False  # "I banged my head": the speaker's own body, by their own hand
    her_object: bool = False  # "slammed her door": "her" may be a possessive, not the victim


@dataclass(frozen=True)
class Hit:
    rule: str
    categories: tuple[str, ...]
    level: Level
    text: str
    negated: bool


def compile_rule(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


_PATTERN_FIELDS = frozenset({"requires", "unless", "not_before", "not_after", "escalate"})


class RuleBook:
    """Collects rules in the order they are added; context patterns may be given as strings."""

    def __init__(self) -> None:
        self.rules: list[Rule] = []

    def add(
        self,
        name: str,
        categories: tuple[str, ...] | str,
        level: Level,
        expression: str,
        **kwargs: object,
    ) -> None:
        cats = (categories,) if isinstance(categories, str) else categories
        options: dict[str, object] = {}
        for key, value in kwargs.items():
            options[key] = compile_rule(value) if key in _PATTERN_FIELDS and isinstance(value, str) else value
        self.rules.append(Rule(name, cats, level, compile_rule(expression), **options))  # type: ignore[arg-type]
