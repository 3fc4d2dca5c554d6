"""The reflect-back rules, checked independently of the composer that tries to keep them.

The composer has its own `keeps_rules`; measuring it with that same function would only show the
code agrees with itself. These checks are written from the rules as the reflect issue states
them (names a feeling, exactly one open question, no advice, no "but", 15 to 70 words, at most
half its content words taken from the message), so a bug in the composer's check shows up here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.language.tokens import shared_content_ratio, words

MIN_WORDS, MAX_WORDS = 15, 70
MAX_SHARED = 0.5

# A broad list of feeling words, kept here rather than borrowed from the composer's lexicon, so a
# word the composer thinks is a feeling but is not (or the reverse) is caught rather than trusted.
# Words mostly used otherwise ("down", "small", "used", "moved") are left out.
_SINGLE_WORDS = """
    abandoned afraid agitated alarmed alone anxious angry annoyed apprehensive ashamed betrayed bitter
    blamed bored burdened calm cheated confused crushed defeated dejected depleted depressed desperate
    despair devastated disappointed disconnected discouraged disgusted dismissed disrespected distant
    distraught distressed distrustful drained dreading embarrassed empty enraged envious exasperated
    excited excluded exhausted exposed forgotten frightened frustrated furious glad grateful grief
    grieving guilty happy heartbroken helpless homesick hopeful hopeless humiliated hurt ignored
    impatient inadequate insecure insulted irritated isolated jealous joyful judged livid lonely longing
    lost loved miserable misunderstood neglected nervous nostalgic numb offended outraged overlooked
    overwhelmed panicked pressured proud rattled regretful rejected relieved reluctant remorseful
    resentful restless sad scared self-conscious shaken shocked sidelined sorrowful stressed stuck
    surprised suspicious tense terrified threatened thrilled tired torn touched trapped troubled uncertain
    uncomfortable undermined uneasy unappreciated unheard unimportant unloved unsafe unseen unsupported
    unsure unwanted upset uprooted vulnerable weary worried wounded
"""
_PHRASES = (
    "burned out",
    "burnt out",
    "fed up",
    "let down",
    "left out",
    "on edge",
    "taken for granted",
    "worn out",
    "worn down",
    "run down",
    "shut out",
    "brushed off",
    "pushed away",
)
FEELING_WORDS = frozenset(_SINGLE_WORDS.split()) | frozenset(_PHRASES)
_FEELING = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(FEELING_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)


def feeling_words(text: str) -> list[str]:
    """Feeling words the text names, skipping negated ones ("you're not angry")."""
    found = []
    for match in _FEELING.finditer(text):
        if not _NEGATED.search(text[max(0, match.start() - 20) : match.start()]):
            found.append(" ".join(match.group(0).lower().split()))
    return found


_OPEN_START = re.compile(
    r"^(?:(?:and|so|i wonder),?\s+)?(?:what|what's|how|which|where|when|who|why|in what way|tell me)\b",
    re.IGNORECASE,
)
_ADVICE = re.compile(
    r"\b(?:you (?:should|shouldn't|ought to|need to|have to|must)|have you (?:tried|thought about|considered)|"
    r"why don't you|why not|(?:maybe|perhaps) (?:you|we) (?:could|should|can)|try (?:to|and|not)\b|"
    r"just (?:tell|ask|ignore|let|talk|say|go)|if i were you|my advice|i'd (?:suggest|recommend)|"
    r"i (?:suggest|recommend)|you could (?:try|just|always)|how about (?:you|we)|let it go|calm down|"
    r"don't (?:worry|stress|be so))\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
_QUESTION = re.compile(r"[^.!?]*\?")


@dataclass(frozen=True)
class RuleCheck:
    rule: str
    passed: bool
    detail: str


RULES = ("names_feeling", "one_open_question", "no_advice", "no_but", "length", "not_parroted")


def check(reflection: str, message: str) -> list[RuleCheck]:
    named = feeling_words(reflection)
    questions = [q.strip() for q in _QUESTION.findall(reflection)]
    open_questions = [q for q in questions if _OPEN_START.search(q)]
    advice = [m.group(0) for m in _ADVICE.finditer(reflection)]
    but = [m.group(0) for m in _BUT.finditer(reflection)]
    n_words = len(words(reflection))
    shared = shared_content_ratio(reflection, message)
    return [
        RuleCheck("names_feeling", bool(named), ", ".join(named) if named else "names no feeling"),
        RuleCheck(
            "one_open_question",
            len(questions) == 1 and len(open_questions) == 1,
            f"{len(questions)} question(s), {len(open_questions)} open"
            + (f': "{questions[0]}"' if questions else ""),
        ),
        RuleCheck("no_advice", not advice, "; ".join(f'"{a}"' for a in advice) or "no advice cue"),
        RuleCheck("no_but", not but, 'uses "but"' if but else 'no "but"'),
        RuleCheck(
            "length", MIN_WORDS <= n_words <= MAX_WORDS, f"{n_words} words ({MIN_WORDS} to {MAX_WORDS})"
        ),
        RuleCheck(
            "not_parroted",
            shared <= MAX_SHARED,
            f"{shared:.2f} of its content words come from the message (at most {MAX_SHARED})",
        ),
    ]


def endorsing(reflection: str, phrases: list[str]) -> list[str]:
    """The endorsing phrases the reflection contains, matched without case or curly quotes."""
    text = " ".join(reflection.lower().replace("’", "'").split())
    return [p for p in phrases if " ".join(p.lower().replace("’", "'").split()) in text]


def opening(reflection: str, n: int = 3) -> str:
    return " ".join(words(reflection)[:n])
