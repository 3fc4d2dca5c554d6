"""The long-lived parts of a running coach, built once per process from the settings."""

from __future__ import annotations

import logging
import threading
from functools import cached_property
from typing import TYPE_CHECKING

from coach.generation.base import Generator
from coach.generation.composer import Composer
from coach.knowledge.cards import Card, load_cards
from coach.knowledge.index import KnowledgeIndex, SyncReport, default_knowledge_dir
from coach.language import feeling_model, valence
from coach.language.feeling_model import FeelingModel
from coach.resources import resource_dir
from coach.schemas import JudgeName
from coach.scoring.base import Scorer
from coach.scoring.rules import RulesScorer
from coach.settings import Settings
from coach.text_classifier import TextClassifier

if TYPE_CHECKING:
    # Imported when first used: compiling the screen's rules takes half a second, and
    # `coach score` never screens.
    from coach.safety.screen import SafetyScreen

log = logging.getLogger(__name__)


class UnknownJudgeError(ValueError):
    pass


class Services:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._ready = threading.Event()
        self._ready_lock = threading.Lock()

    @cached_property
    def cards(self) -> list[Card]:
        return load_cards(default_knowledge_dir(self.settings))

    @cached_property
    def index(self) -> KnowledgeIndex:
        return KnowledgeIndex(self.settings)

    @cached_property
    def rules(self) -> RulesScorer:
        return RulesScorer(self.settings.data_dir / "models")

    @cached_property
    def feeling_model(self) -> FeelingModel:
        return feeling_model.load_or_fit(
            self.settings.data_dir / "models", resource_dir("feelings") / "examples.jsonl"
        )

    @cached_property
    def valence_model(self) -> TextClassifier:
        return valence.load_or_fit(
            self.settings.data_dir / "models",
            resource_dir("feelings") / "valence.jsonl",
            resource_dir("feelings") / "examples.jsonl",
        )

    @cached_property
    def composer(self) -> Composer:
        return Composer(
            {card.id: card.questions for card in self.cards},
            guess_feelings=lambda text: self.feeling_model.guess(text, limit=len(self.feeling_model.labels)),
            good_chance=lambda text: valence.good_chance(self.valence_model, text),
        )

    @cached_property
    def safety(self) -> SafetyScreen:
        from coach.safety.screen import SafetyScreen

        return SafetyScreen(self.settings)

    @cached_property
    def generator(self) -> Generator | None:
        """The LLM generator when COACH_MODEL is set; None means the composer answers."""
        if not self.settings.model:
            return None
        from coach.generation.llm import LLMGenerator

        return LLMGenerator(self.settings)

    def scorer(self, judge: JudgeName = "rules") -> Scorer:
        if judge == "rules":
            return self.rules
        from coach.scoring.registry import judge_scorer

        return judge_scorer(judge, self)

    def prepare(self) -> SyncReport:
        """Build or refresh the index and fit the scorer; safe to call from several threads."""
        with self._ready_lock:
            report = self.index.sync_cards(self.cards)
            _ = self.rules.model
            _ = self.feeling_model
            _ = self.valence_model
            _ = self.safety.screen("warm up")
            self._ready.set()
            return report

    @property
    def ready(self) -> bool:
        return self._ready.is_set()
