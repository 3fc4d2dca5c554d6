"""A small BM25 over the guidance index, held in memory beside the vectors.

MiniLM places messages by their overall gist; a word such as "sorry", "headphones" or "calm down"
often names the situation more precisely than the gist does. BM25 supplies that signal, and it
costs a few microseconds per query because the corpus is a few hundred short texts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Function words and fillers carry no topic; dropping them keeps a long message from matching
# every card through "just", "really" and "you".
_STOP_WORDS = (
    "a about above after again against all also am an and any are as at be because been before "
    "being below between both but by can could did do does doing done down during each even ever "
    "few for from further get gets got had has have having he her here hers him his how i if in "
    "into is it its just like me more most my no nor not now of off on once one only or other our "
    "ours out over own really same she should so some still such than that the their theirs them "
    "then there these they thing things this those through to too under until up very was we were "
    "what when where which while who whom why will with would you your yours yourself "
    # Everyday verbs, time words and contractions say little about which situation it is.
    "anymore anyone anything back bit cant come didnt doesnt dont else everyone everything go going "
    "gone im isnt ive know last let lot make made many much need next nothing people said say saying "
    "someone something tell telling thats think time told want way week weekend wont year years "
    "youre youve yesterday today tonight tomorrow morning night day days always never every again"
)
_STOP = frozenset(_STOP_WORDS.split())
_SUFFIXES = ("ingly", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


def stem(word: str) -> str:
    """A crude suffix strip: "apologised", "apologising" and "apologises" meet at "apologis"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    words = (w.replace("'", "") for w in _WORD.findall(text.lower().replace("\u2019", "'")))
    return [stem(w) for w in words if w not in _STOP and len(w) > 2]


class BM25:
    """Okapi BM25 over whole documents, each term's postings weighted once at build time.

    A query's score is then a few scatter-adds of precomputed weights.
    """

    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        counts = [Counter(terms(d)) for d in documents]
        lengths = np.array([sum(c.values()) for c in counts], dtype=np.float64)
        self.size = len(documents)
        average = float(lengths.mean()) if self.size else 0.0
        norm = k1 * (1.0 - b + b * lengths / (average or 1.0))
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for doc, count in enumerate(counts):
            for term, tf in count.items():
                rows, weights = postings.setdefault(term, ([], []))
                rows.append(doc)
                weights.append(tf * (k1 + 1.0) / (tf + norm[doc]))
        self._postings: dict[str, tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]] = {}
        for term, (rows, weights) in postings.items():
            idf = math.log(1.0 + (self.size - len(rows) + 0.5) / (len(rows) + 0.5))
            self._postings[term] = (np.array(rows, dtype=np.intp), idf * np.array(weights))

    def scores(self, text: str) -> npt.NDArray[np.float64]:
        out = np.zeros(self.size, dtype=np.float64)
        for term in set(terms(text)):
            posting = self._postings.get(term)
            if posting is not None:
                out[posting[0]] += posting[1]  # a term's rows are distinct, so += is exact
        return out
