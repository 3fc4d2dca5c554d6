"""Whether a message carries mainly good feelings (love, thanks, pride, joy) or hard ones.

The phrase rules read good news and thanks when they are told in familiar words; love told
through a detail ("every morning you make my tea before yours") or news told flatly ("Panel said
yes. We're approved to adopt.") names nothing they know, and a complaint's default feelings
would be said back to it. This model learns the difference from the team's examples
(``feelings/valence.jsonl``, and the feeling examples whose feeling is a good or a hard one),
sarcasm that complains in nice words among the hard ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from coach import text_classifier
from coach.embeddings import get_embedder
from coach.language.feeling_model import load_examples
from coach.language.feelings import POSITIVE
from coach.records import read_records
from coach.text_classifier import TextClassifier

GOOD = "good"
_FORMAT = 1  # bump when training changes, so old caches are rebuilt
# Five-fold cross-validation over the training rows ranked C = 3, 10 and 30 alike; the middle one
# is kept, as for the card model.
_C = 10.0
_MIN_EXAMPLES = 2
# Most feeling examples are hard ones: weighting the classes evenly keeps the base rate out of it.
_BALANCED = True
# Bittersweet: fond and sad at once, so it teaches neither side.
_MIXED = frozenset({"nostalgic"})


class ValenceExample(BaseModel):
    text: str = Field(min_length=1)
    valence: Literal["good", "hard"]


def training_rows(valence_path: Path, examples_path: Path) -> tuple[list[str], list[str]]:
    """(labels, texts): the valence examples, then each feeling example by its first feeling."""
    labels: list[str] = []
    texts: list[str] = []
    for row in read_records(valence_path, ValenceExample):
        labels.append(row.valence)
        texts.append(row.text)
    for example in load_examples(examples_path):
        feeling = example.feelings[0]
        if feeling not in _MIXED:
            labels.append(GOOD if feeling in POSITIVE else "hard")
            texts.append(example.text)
    return labels, texts


def load_or_fit(cache_dir: Path, valence_path: Path, examples_path: Path) -> TextClassifier:
    labels, texts = training_rows(valence_path, examples_path)
    settings = {"format": _FORMAT, "c": _C, "min": _MIN_EXAMPLES, "balanced": _BALANCED}
    key = text_classifier.cache_key(settings, labels, texts)
    return text_classifier.load_or_fit(
        cache_dir / f"valence-v{_FORMAT}-{key}.npz",
        labels,
        texts,
        lambda: get_embedder().embed(texts),
        c=_C,
        min_examples=_MIN_EXAMPLES,
        balanced=_BALANCED,
    )


def good_chance(model: TextClassifier, text: str) -> float:
    """The model's probability that ``text`` mainly carries good feelings."""
    return model.probabilities(get_embedder().embed_one(text), text)[GOOD]
