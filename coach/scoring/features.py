"""Turning a (message, reply) pair into the numbers the rules scorer's classifier reads."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from coach.embeddings import get_embedder
from coach.language import feelings
from coach.language.cues import CUE_GROUPS, CueHit, count_but, find_cues, question_count
from coach.language.tokens import shared_content_ratio, words

HAND_FEATURES = (
    *(f"cue_{g}" for g in CUE_GROUPS),
    *(f"strong_{g}" for g in ("contempt", "criticism", "stonewalling")),
    "questions",
    "but",
    "log_words",
    "short",
    "shared_ratio",
    "cosine",
    "you_rate",
    "i_rate",
    "exclaim",
    "caps",
    "named_feelings",
    "empathy_words",
    "ends_question",
    "starts_i",
    "starts_you",
)

_I = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|you're|you've|you'd|you'll|your|yourself|u|ur)\b", re.IGNORECASE)
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_STARTS_I = re.compile(r"(?i)i\b|i'")
_STARTS_YOU = re.compile(r"(?i)(?:you|u)\b")


@dataclass(frozen=True)
class PairFeatures:
    """Everything the scorer derives from one pair, kept for evidence and rationales."""

    vector: npt.NDArray[np.float32]
    hits: list[CueHit]
    named: list[str]
    empathy: list[str]
    shared_ratio: float
    cosine: float
    word_count: int


def _hand(
    reply: str,
    message: str,
    hits: list[CueHit],
    cosine: float,
    tokens: list[str],
    named: list[feelings.FeelingSpan],
    empathy: list[str],
) -> tuple[list[float], dict[str, float]]:
    counts = {g: 0 for g in CUE_GROUPS}
    strong = {"contempt": 0, "criticism": 0, "stonewalling": 0}
    for hit in hits:
        counts[hit.group] += 1
        if hit.strong and hit.group in strong:
            strong[hit.group] = 1
    n = max(len(tokens), 1)
    stripped = reply.strip()
    values = {
        **{f"cue_{g}": math.log1p(c) for g, c in counts.items()},
        **{f"strong_{g}": float(v) for g, v in strong.items()},
        "questions": math.log1p(question_count(reply)),
        "but": math.log1p(count_but(reply)),
        "log_words": math.log1p(len(tokens)),
        "short": float(len(tokens) <= 4),
        "shared_ratio": shared_content_ratio(reply, message),
        "cosine": cosine,
        "you_rate": len(_YOU.findall(reply)) / n,
        "i_rate": len(_I.findall(reply)) / n,
        "exclaim": math.log1p(reply.count("!")),
        "caps": len(_CAPS.findall(reply)) / n,
        "named_feelings": math.log1p(len(named)),
        "empathy_words": math.log1p(len(empathy)),
        "ends_question": float(stripped.endswith("?")),
        "starts_i": float(bool(_STARTS_I.match(stripped))),
        "starts_you": float(bool(_STARTS_YOU.match(stripped))),
    }
    return [values[name] for name in HAND_FEATURES], values


def featurize(message: str, reply: str) -> PairFeatures:
    message_vec, reply_vec = get_embedder().embed([message, reply])
    cosine = float(np.dot(message_vec, reply_vec))
    hits = find_cues(reply)
    # Each is computed once: the hand features and the evidence read the same spans.
    tokens = words(reply)
    named = feelings.named_feelings(reply)
    empathy = feelings.empathy_spans(reply, named)
    hand, values = _hand(reply, message, hits, cosine, tokens, named, empathy)
    vector = np.concatenate([np.asarray(hand, dtype=np.float32), reply_vec, reply_vec * message_vec])
    return PairFeatures(
        vector=vector,
        hits=hits,
        named=[s.text for s in named],
        empathy=list(empathy),
        shared_ratio=values["shared_ratio"],
        cosine=cosine,
        word_count=len(tokens),
    )


def featurize_many(pairs: list[tuple[str, str]]) -> npt.NDArray[np.float32]:
    """Feature matrix for training: embeds everything in batches first."""
    embedder = get_embedder()
    texts = [t for pair in pairs for t in pair]
    embedder.embed(texts)  # fills the cache in large batches
    return np.stack([featurize(m, r).vector for m, r in pairs])
