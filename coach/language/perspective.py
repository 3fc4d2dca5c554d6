"""Shift a partner's words into the listener's voice: "you never help" -> "I never help"."""

from __future__ import annotations

import re

# Words after which "you" is an object ("told you", "with you") and becomes "me".
_OBJECT_CONTEXT = re.compile(
    r"(?:\b(?:to|with|for|at|about|from|of|on|by|like|than|around|without|behind|tell|told|"
    r"ask|asked|see|saw|need|needed|love|want|wanted|call|called|help|helped|text|texted|"
    r"thank|trust|hear|heard|miss|missed|know|left|leave|show|showed|give|gave|let|make|made|"
    r"get|got)\s+)$",
    re.IGNORECASE,
)

_SIMPLE = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "youre": "I'm",
    "you've": "I've",
    "you'd": "I'd",
    "you'll": "I'll",
    "ur": "my",
    "u": "I",
    "am": "are",
    "we're": "we're",
    "us": "us",
}
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^A-Za-z]+")


def shift(text: str) -> str:
    """Swap first and second person, keeping verbs agreeing in the common cases."""
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    previous_pronoun = ""
    for index, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        replacement = token
        if lower == "you":
            before = "".join(out)
            replacement = "me" if _OBJECT_CONTEXT.search(before) else "I"
        elif lower in {"are", "were", "was"}:
            if previous_pronoun == "I":
                replacement = {"are": "am", "were": "was", "was": "was"}[lower]
            elif previous_pronoun == "you":
                replacement = "were" if lower == "was" else lower
        elif lower in _SIMPLE and not (lower == "u" and index + 1 < len(tokens) and tokens[index + 1] == "."):
            replacement = _SIMPLE[lower]
        if token.isalpha() or "'" in token or "’" in token:
            if replacement.lower() in {"i", "me", "i'm", "i've", "i'd", "i'll"}:
                previous_pronoun = "I"
            elif replacement.lower() == "you":
                previous_pronoun = "you"
            elif lower not in {"always", "never", "just", "really", "still", "also", "even"}:
                previous_pronoun = ""
        if replacement != token and not replacement.startswith("I"):
            at_start = not "".join(out).strip() or "".join(out).rstrip()[-1] in ".!?"
            if at_start:
                replacement = replacement[:1].upper() + replacement[1:]
            elif lower not in {"i", "i'm", "i've", "i'd", "i'll", "im"}:
                replacement = (
                    replacement if token[:1].islower() else replacement[:1].upper() + replacement[1:]
                )
        out.append(replacement)
    return "".join(out)
