"""The embedded composer: a deterministic reflect-back with no model server.

It names the feelings the message carries (named or implied), says what happened in the
listener's own voice, validates the feeling (never the act: validation is not agreement), and
ends with one open question taken from the retrieved guidance. It writes several variants, each
keeping the hard rules (one open question, no "but", 15 to 70 words, at most half its content
words taken from the message); the guard keeps the first one the scorer passes. Choices are keyed
on a hash of the message, so a message always gets the same reply and different messages vary.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from typing import TypeVar

from coach.generation.base import Candidate, GenerationRequest
from coach.language import feelings
from coach.language.perspective import shift
from coach.language.tokens import clauses, sentences, shared_content_ratio, words

T = TypeVar("T")

NAME = "composer"
MAX_SHARED = 0.5
MIN_WORDS, MAX_WORDS = 15, 70
_MAX_SITUATION_WORDS = 14

POSITIVE = frozenset({"excited", "happy", "proud", "hopeful", "relieved", "grateful"})

# Acts a partner might own up to; the reflection names the feeling behind them, not a verdict.
_OWN_ACT = re.compile(
    r"\bI(?: just)? (?:read|checked|went through|looked (?:at|through)|snooped|lied|yelled|screamed|"
    r"shouted|snapped|hid|spent|took|drove|stormed|blocked|posted|drank|slammed|threw|cheated|"
    r"told (?:him|her|them) off|cut (?:him|her|them) off|smacked|hit|deleted|unfollowed)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"^(?:(?:ugh|ok(?:ay)?|so|well|look|listen|honestly|seriously|like|um+|hey|babe|hun|and|just|"
    r"i mean|you know what|guess what|wow|omg)[,.!]*\s+)+",
    re.IGNORECASE,
)
# Clauses the listener should not echo: questions, justifications, "should"s and verdicts turn
# into advice, agreement or accusation when said back in the listener's voice.
_UNSAYABLE = re.compile(
    r"\?|^(?:how|why|what|who|when|where|is|are|do|does|did|can|could|would|will)\b|"
    r"\b(?:should|supposed to|because|cause|cos|had to|deserve[sd]?|right\b|fault|always|never|"
    r"hate|stupid|idiot|lazy|selfish|guess i'?ll)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
# Control characters pasted into a message must not be echoed into the suggestion.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_QUESTIONS = (
    "What has been the hardest part of this for you?",
    "What's been going through your mind about it?",
    "What do you most want me to understand about how this feels?",
    "What is it like for you when this happens?",
    "What has this been like for you, day to day?",
    "How are you holding up with it?",
)
_POSITIVE_QUESTIONS = (
    "What part of it are you most looking forward to?",
    "What does this mean to you?",
    "What are you happiest about right now?",
    "How did it feel when it all came together?",
)
_VALIDATIONS = (
    "That makes sense to me.",
    "Of course that weighs on you.",
    "It makes sense that you'd feel that way.",
    "I can see why that gets to you.",
    "That's a lot to carry.",
    "No wonder this has been sitting with you.",
    "I understand why that stings.",
    "Anyone in your place would feel it too.",
)
# For messages about an act of their own: these accept the feeling and say nothing about
# whether the act was right.
_ACT_VALIDATIONS = (
    "Those feelings make sense to me.",
    "I can hear how strong that feeling was.",
    "That sounds like a painful place to be in.",
    "It makes sense that the feeling was so strong.",
)
_POSITIVE_VALIDATIONS = (
    "That's wonderful to hear.",
    "I love seeing you this lit up.",
    "That's really lovely.",
    "I'm so glad you told me.",
)
_GENERIC_SITUATIONS = ("how things have been lately", "everything you're carrying right now")


def _key(message: str) -> int:
    return int.from_bytes(hashlib.sha256(message.encode("utf-8")).digest()[:8], "big")


def _rotate(options: Sequence[T], key: int) -> list[T]:
    start = key % len(options)
    return list(options[start:]) + list(options[:start])


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{names[0]} and {names[1]}"


def _own_clauses(message: str) -> list[str]:
    """Clauses of the message worth saying back, shifted into the listener's voice."""
    out: list[str] = []
    ranked = sorted(
        sentences(message) or [message],
        key=lambda s: not (feelings.named_feelings(s) or feelings.implied(s)),
    )
    for sentence in ranked:
        for clause in clauses(sentence):
            clause = _FILLER.sub("", " ".join(_CONTROL.sub(" ", clause).split()).rstrip(".!?…").strip())
            clause = _BUT.split(clause)[0].strip(" ,;")
            tokens = clause.split()
            if len(tokens) < 3 or _UNSAYABLE.search(clause):
                continue
            if len(tokens) > _MAX_SITUATION_WORDS:
                continue
            shifted = shift(clause)
            if not shifted.startswith("I ") and not shifted.startswith("I'"):
                shifted = shifted[:1].lower() + shifted[1:]
            out.append(shifted)
    return out


def _assemble(
    template: int, names: list[str], situation: str, is_clause: bool, validation: str, question: str
) -> str:
    """Frames for a clause ("I never help") differ from frames for a phrase ("missing them")."""
    first, both = names[0], _join(names)
    if names[0] in POSITIVE:
        if is_clause:
            return f"You sound so {both}: {situation}. {validation} {question}"
        return f"I can hear how {first} you are about {situation}. {validation} {question}"
    frames: tuple[str, ...]
    if is_clause:
        frames = (
            f"You sound {both}. From where you're standing, {situation}.",
            f"I can hear how {first} you are. It feels to you like {situation}.",
            f"You're feeling {both}, because {situation}.",
            f"So for you, {situation}, and it leaves you feeling {both}.",
            f"When {situation}, you end up feeling {both}.",
            f"What I'm hearing is that {situation}, and you feel {both}.",
            f"If I've got this right, {situation}, and that leaves you {first}.",
        )
    else:
        frames = (
            f"You sound {both} about {situation}.",
            f"I can hear how {first} you are, with {situation}.",
            f"It sounds like {situation} has left you feeling {both}.",
            f"You're feeling {both}, and it comes from {situation}.",
            f"What I'm hearing is how {first} you feel about {situation}.",
            f"If I've got this right, {situation} has you feeling {both}.",
        )
    return f"{frames[template % len(frames)]} {validation} {question}"


def keeps_rules(text: str, message: str) -> bool:
    """The composer's hard rules: one open question at the end, no 'but', length, not parroted."""
    n = len(words(text))
    return (
        MIN_WORDS <= n <= MAX_WORDS
        and text.count("?") == 1
        and text.rstrip().endswith("?")
        and not _BUT.search(text)
        and shared_content_ratio(text, message) <= MAX_SHARED
    )


class Composer:
    """Deterministic generator; also the guard's last resort when every LLM candidate fails."""

    name = NAME

    def __init__(self, questions: dict[str, list[str]] | None = None) -> None:
        # card id -> the open questions written on that card
        self._questions = questions or {}

    async def generate(self, request: GenerationRequest, n: int = 1) -> list[Candidate]:
        return self.variants(request, limit=n)

    def compose(self, request: GenerationRequest) -> Candidate:
        return self.variants(request, limit=1)[0]

    def variants(self, request: GenerationRequest, limit: int = 6) -> list[Candidate]:
        message = request.message
        names = feelings.detect(message, limit=2) or ["upset"]
        out: list[Candidate] = []
        seen: set[str] = set()
        for text in self._texts(request, names):
            if text in seen or not keeps_rules(text, message):
                continue
            seen.add(text)
            out.append(Candidate(reflection=text, emotions=names, source=NAME))
            if len(out) >= limit:
                break
        if not out:
            # Every variant broke a rule (a very long message, say): fall back to the plainest.
            question = self._questions_for(request, names)[0]
            text = f"You sound {_join(names)} about how things have been lately. {question}"
            out.append(Candidate(reflection=text, emotions=names, source=NAME))
        return out

    def _questions_for(self, request: GenerationRequest, names: list[str]) -> list[str]:
        key = _key(request.message)
        if names[0] in POSITIVE:
            return _rotate(_POSITIVE_QUESTIONS, key)
        for guide in request.guidance:
            card_questions = self._questions.get(guide.id)
            if card_questions:
                return _rotate(card_questions, key) + _rotate(_QUESTIONS, key)
        return _rotate(_QUESTIONS, key)

    def _texts(self, request: GenerationRequest, names: list[str]) -> Iterator[str]:
        message = request.message
        key = _key(message)
        positive = names[0] in POSITIVE
        own_act = bool(_OWN_ACT.search(message))
        if positive:
            validations = _rotate(_POSITIVE_VALIDATIONS, key >> 3)
        else:
            validations = _rotate(_ACT_VALIDATIONS if own_act else _VALIDATIONS, key >> 3)
        questions = self._questions_for(request, names)
        phrases = [(rule.situation, False) for rule in feelings.implied(message)][:2]
        phrases += [(generic, False) for generic in _GENERIC_SITUATIONS]
        # Saying their own act back reads as approval; stay with what it was like for them.
        own = [] if own_act else [(clause, True) for clause in _own_clauses(message)[:2]]
        templates = _rotate(list(range(7)), key >> 5)
        for situation, is_clause in own + phrases:
            # "you come home exhausted ... and it leaves you feeling exhausted" says it twice.
            fresh = [name for name in names if name not in situation.lower()] or names
            for template in templates:
                for validation in validations[:2]:
                    for question in questions[:2]:
                        yield _assemble(template, fresh, situation, is_clause, validation, question)
