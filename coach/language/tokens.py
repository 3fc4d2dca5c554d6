"""Word and sentence splitting, and the content words used for overlap checks."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
_CLAUSE = re.compile(r"(?<=[.!?…;:])\s+|\n+|,\s+(?=(?:but|and|so|because|though|although)\b)|\s+[-—–]+\s+")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "i'm",
        "you're",
        "it's",
        "that's",
        "don't",
        "didn't",
        "can't",
        "won't",
        "i've",
        "you've",
        "i'd",
        "you'd",
        "i'll",
        "you'll",
        "we're",
        "they're",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "doesn't",
        "haven't",
        "hasn't",
        "let's",
        "get",
        "got",
        "really",
        "even",
        "still",
        "like",
        "one",
        "ever",
        "every",
        "thing",
        "things",
        "something",
        "anything",
        "much",
        "many",
        "way",
        "well",
        "back",
        "oh",
        "yeah",
        "ok",
        "okay",
    ]
)


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 2]


def stem(word: str) -> str:
    """A crude suffix stripper: enough to see that 'helping' repeats 'help'."""
    for suffix in ("ingly", "edly", "ing", "ed", "ies", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def clauses(text: str) -> list[str]:
    return [c.strip(" ,") for c in _CLAUSE.split(text.strip()) if c and c.strip(" ,")]


def shared_content_ratio(reply: str, message: str) -> float:
    """Share of the reply's content words (stemmed) that also occur in the message."""
    reply_words = [stem(w) for w in content_words(reply)]
    if not reply_words:
        return 0.0
    message_words = {stem(w) for w in content_words(message)}
    return sum(w in message_words for w in reply_words) / len(reply_words)
