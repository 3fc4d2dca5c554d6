"""The persistent chromadb index of guidance cards and ingested documents.

Each card is stored as several vectors (its guidance, and each example of what a partner might
say) so that a partner's message finds the card through whichever is closest. Cards are
re-embedded only when their file changed; documents the user ingested are never touched by a
card sync.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from coach.embeddings import MODEL_NAME, get_embedder
from coach.knowledge.cards import Card
from coach.knowledge.documents import Passage
from coach.schemas import Guidance
from coach.settings import Settings

COLLECTION = f"guidance-{MODEL_NAME}"
_DISPLAY_CHARS = 1_200
_ADD_BATCH = 1_000
# How many stored vectors a query looks at before grouping them by card.
_CANDIDATES = 2_000
# best example, mean of the three best examples, guidance text
_WEIGHTS = np.array([0.5, 1.0, 0.5])


@dataclass(frozen=True)
class SyncReport:
    added: int
    updated: int
    removed: int
    unchanged: int


def _client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    path = settings.data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _cite(card: Card) -> str:
    return f"{card.source}; citing {', '.join(card.cites)}" if card.cites else card.source


def _card_records(card: Card) -> tuple[list[str], list[str], list[dict[str, Any]]]:
    meta: dict[str, Any] = {
        "kind": "card",
        "ref": card.id,
        "title": card.title,
        "source": _cite(card),
        "digest": card.digest,
        "display": card.guidance[:_DISPLAY_CHARS],
    }
    texts = [f"{card.title}. {' '.join(card.tags)}. {card.guidance}", *card.examples]
    ids = [f"card:{card.id}:{n}" for n in range(len(texts))]
    return ids, texts, [meta] * len(texts)


class KnowledgeIndex:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._collection: Any = None

    @property
    def collection(self) -> Any:
        with self._lock:
            if self._collection is None:
                from coach.knowledge.chroma_embedding import MiniLMEmbeddingFunction

                self._collection = _client(self._settings).get_or_create_collection(
                    COLLECTION,
                    embedding_function=MiniLMEmbeddingFunction(),
                    metadata={"hnsw:space": "cosine", "embedding_model": MODEL_NAME},
                )
            return self._collection

    def count(self) -> int:
        return int(self.collection.count())

    def sync_cards(self, cards: Iterable[Card]) -> SyncReport:
        """Make the index hold exactly these cards, re-embedding only what changed."""
        collection = self.collection
        stored = collection.get(where={"kind": "card"}, include=["metadatas"])
        stored_digest: dict[str, str] = {}
        stored_ids: dict[str, list[str]] = {}
        for record_id, meta in zip(stored["ids"], stored["metadatas"] or [], strict=True):
            stored_digest[meta["ref"]] = meta["digest"]
            stored_ids.setdefault(meta["ref"], []).append(record_id)
        added = updated = unchanged = 0
        wanted: set[str] = set()
        stale: list[str] = []
        ids: list[str] = []
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        for card in cards:
            wanted.add(card.id)
            if stored_digest.get(card.id) == card.digest:
                unchanged += 1
                continue
            if card.id in stored_ids:
                stale += stored_ids[card.id]
                updated += 1
            else:
                added += 1
            card_ids, card_texts, card_metas = _card_records(card)
            ids += card_ids
            texts += card_texts
            metas += card_metas
        if stale:
            collection.delete(ids=stale)
        # One add for every changed card: chromadb persists per call, so many small calls are slow.
        for start in range(0, len(ids), _ADD_BATCH):
            end = start + _ADD_BATCH
            collection.add(ids=ids[start:end], documents=texts[start:end], metadatas=metas[start:end])
        gone = [ref for ref in stored_ids if ref not in wanted]
        for ref in gone:
            collection.delete(ids=stored_ids[ref])
        return SyncReport(added=added, updated=updated, removed=len(gone), unchanged=unchanged)

    def add_passages(self, passages: list[Passage]) -> int:
        """Upsert a document's passages; returns how many were new or changed."""
        if not passages:
            return 0
        collection = self.collection
        source = passages[0].source
        existing = collection.get(where={"source": source}, include=["metadatas"])
        old = {rid: m["digest"] for rid, m in zip(existing["ids"], existing["metadatas"] or [], strict=True)}
        fresh = [p for p in passages if old.get(p.id) != p.digest]
        stale = [rid for rid in old if rid not in {p.id for p in passages}]
        if stale:
            collection.delete(ids=stale)
        if fresh:
            collection.upsert(
                ids=[p.id for p in fresh],
                documents=[f"{p.title}. {p.text}" for p in fresh],
                metadatas=[
                    {
                        "kind": "document",
                        "ref": p.id,
                        "title": p.title,
                        "source": p.source,
                        "digest": p.digest,
                        "display": p.text[:_DISPLAY_CHARS],
                    }
                    for p in fresh
                ],
            )
        return len(fresh)

    def search(self, text: str, k: int = 3) -> list[Guidance]:
        """The k most relevant cards or passages, one entry per card.

        A card is stored as its guidance plus each example of what a partner might say. Its
        score blends the best example match, the mean of its three best, and the guidance
        match, so one lucky phrase does not outrank a card whose situation fits throughout.
        """
        collection = self.collection
        vector = get_embedder().embed_one(text)
        # Ids and distances only: a record's id says which card it belongs to, so metadata
        # (with its display text) is fetched for the k winners alone, not for every candidate.
        # chromadb returns every record when there are fewer than _CANDIDATES, none when empty.
        result = collection.query(
            query_embeddings=vector[None, :], n_results=_CANDIDATES, include=["distances"]
        )
        ids: list[str] = result["ids"][0]
        if not ids:
            return []
        ranked = _rank(ids, result["distances"][0], k)
        for _attempt in range(2):
            fetched = collection.get(ids=[record_id for _, _, record_id in ranked], include=["metadatas"])
            metas = dict(zip(fetched["ids"], fetched["metadatas"] or [], strict=True))
            if len(metas) == len(ranked):
                break
        # A sync or an ingest can replace a record between the two calls: asking once more finds
        # it re-added; a card or passage removed meanwhile is left out.
        return [
            Guidance(
                id=ref,
                title=metas[record_id]["title"],
                source=metas[record_id]["source"],
                text=metas[record_id]["display"],
                score=score,
            )
            for ref, score, record_id in ranked
            if record_id in metas
        ]


def _rank(ids: list[str], distances: list[float], k: int) -> list[tuple[str, float, str]]:
    """The k best (ref, score, one of its record ids) from the candidates, nearest first.

    Card records are ``card:<card id>:<n>`` with the guidance at n=0 (see ``_card_records``);
    any other record is a document passage, its own ref, counting as guidance and example.
    """
    sims: dict[str, list[float]] = {}
    body: dict[str, float] = {}
    first: dict[str, str] = {}  # ref -> its nearest record, in order of first appearance
    for record_id, distance in zip(ids, distances, strict=True):
        similarity = 1.0 - distance
        if record_id.startswith("card:"):
            ref = record_id[5 : record_id.rindex(":")]
            if ref not in first:
                first[ref] = record_id
            if record_id.rsplit(":", 1)[1] == "0":
                if similarity > body.get(ref, -1.0):
                    body[ref] = similarity
                continue
        else:
            ref = record_id
            if ref not in first:
                first[ref] = record_id
            if similarity > body.get(ref, -1.0):
                body[ref] = similarity
        if ref in sims:
            sims[ref].append(similarity)
        else:
            sims[ref] = [similarity]
    refs = list(first)
    rows: list[tuple[float, float, float]] = []
    for ref in refs:
        examples = sorted(sims.get(ref, ()), reverse=True) or [body.get(ref, 0.0)]
        top = examples[:3]
        rows.append((examples[0], sum(top) / len(top), body.get(ref, min(examples))))
    features = np.array(rows, dtype=np.float64)
    # Each signal is standardised across cards before blending: their spreads differ, and
    # raw cosine would let the widest one decide alone.
    spread = features.std(axis=0)
    spread[spread < 1e-9] = 1.0
    blended = ((features - features.mean(axis=0)) / spread) @ _WEIGHTS
    return [
        (
            refs[row],
            round(float(np.clip(features[row] @ _WEIGHTS / _WEIGHTS.sum(), 0.0, 1.0)), 4),
            first[refs[row]],
        )
        for row in np.argsort(-blended)[:k]
    ]


def default_knowledge_dir(settings: Settings) -> Path:
    from coach.resources import resource_dir

    return settings.knowledge_dir or resource_dir("knowledge")
