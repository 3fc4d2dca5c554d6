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

from coach.embeddings import MODEL_NAME, get_embedder
from coach.knowledge.cards import Card
from coach.knowledge.documents import Passage
from coach.schemas import Guidance
from coach.settings import Settings

COLLECTION = f"guidance-{MODEL_NAME}"
_DISPLAY_CHARS = 1_200


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
        for card in cards:
            wanted.add(card.id)
            if stored_digest.get(card.id) == card.digest:
                unchanged += 1
                continue
            if card.id in stored_ids:
                collection.delete(ids=stored_ids[card.id])
                updated += 1
            else:
                added += 1
            ids, texts, metas = _card_records(card)
            collection.add(ids=ids, documents=texts, metadatas=metas)
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
        """The k most relevant cards or passages, one entry per card."""
        collection = self.collection
        total = collection.count()
        if total == 0:
            return []
        vector = get_embedder().embed_one(text)
        result = collection.query(
            query_embeddings=[vector.tolist()],
            n_results=min(total, k * 8),
            include=["metadatas", "distances"],
        )
        best: dict[str, Guidance] = {}
        for meta, distance in zip(result["metadatas"][0], result["distances"][0], strict=True):
            ref = meta["ref"]
            score = max(0.0, min(1.0, 1.0 - float(distance)))
            if ref not in best or best[ref].score < score:
                best[ref] = Guidance(
                    id=ref,
                    title=meta["title"],
                    source=meta["source"],
                    text=meta["display"],
                    score=round(score, 4),
                )
        return sorted(best.values(), key=lambda g: g.score, reverse=True)[:k]


def default_knowledge_dir(settings: Settings) -> Path:
    from coach.resources import resource_dir

    return settings.knowledge_dir or resource_dir("knowledge")
