"""The persistent chromadb index of guidance cards and ingested documents.

Each card is stored as several vectors (its guidance, and each example of what a partner might
say) so that a partner's message finds the card through whichever is closest. Cards are
re-embedded only when their file changed; documents the user ingested are never touched by a
card sync.

chromadb is the store of record. Searching ranks an in-memory copy of it (every vector, a BM25
table over each card's words, and a small model fitted on the cards' examples) that is loaded
once and reloaded when the store changes: with a few thousand records, a matrix product scores
every card and is cheaper than a chromadb query.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from coach.embeddings import DIMENSION, MODEL_NAME, Vector, get_embedder
from coach.knowledge import card_model
from coach.knowledge.card_model import CardModel
from coach.knowledge.cards import Card
from coach.knowledge.documents import Passage
from coach.knowledge.lexical import BM25
from coach.schemas import Guidance
from coach.settings import Settings

log = logging.getLogger(__name__)

COLLECTION = f"guidance-{MODEL_NAME}"
_DISPLAY_CHARS = 1_200
_ADD_BATCH = 1_000
_READ_PAGE = 5_000
_RECHECK_SECONDS = 1.0
# Each similarity signal's weight once standardised across cards and passages: the mean of a
# ref's three best examples, its guidance, the centroid of all its examples, and BM25 over its
# whole text.
_WEIGHTS = np.array([1.0, 1.0, 1.0, 1.0])
_TOP = 3


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


def _carry_over_documents(client: Any, collection: Any) -> None:
    """Re-embed the documents a user ingested under an earlier embedding model.

    The collection's name records its model, so a new model starts an empty collection. Cards
    come back from their files on the next sync; a user's ingested documents exist only in the
    store, so their passages are copied from the old collection (which is then dropped) rather
    than silently vanishing from search.
    """
    from chromadb.errors import NotFoundError

    for old in client.list_collections():
        name = old if isinstance(old, str) else old.name
        if name == COLLECTION or not name.startswith("guidance-"):
            continue
        # Another worker on the same chromadb server may be carrying the same collection over:
        # upserts make the copy idempotent, and a collection it already dropped is skipped.
        try:
            got = client.get_collection(name).get(
                where={"kind": "document"}, include=["documents", "metadatas"]
            )
            for start in range(0, len(got["ids"]), _ADD_BATCH):
                end = start + _ADD_BATCH
                collection.upsert(
                    ids=got["ids"][start:end],
                    documents=(got["documents"] or [])[start:end],
                    metadatas=(got["metadatas"] or [])[start:end],
                )
            client.delete_collection(name)
        except NotFoundError:
            continue


class KnowledgeIndex:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._collection: Any = None
        self._snapshot_lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0

    @property
    def collection(self) -> Any:
        with self._lock:
            if self._collection is None:
                from coach.knowledge.chroma_embedding import MiniLMEmbeddingFunction

                client = _client(self._settings)
                self._collection = client.get_or_create_collection(
                    COLLECTION,
                    embedding_function=MiniLMEmbeddingFunction(),
                    metadata={"hnsw:space": "cosine", "embedding_model": MODEL_NAME},
                )
                if self._collection.count() == 0:
                    _carry_over_documents(client, self._collection)
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
        # Load the in-memory copy now, so the first search after start-up does not pay for it.
        self._forget()
        self._current()
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
        if stale or fresh:
            self._forget()
        return len(fresh)

    def search(self, text: str, k: int = 3) -> list[Guidance]:
        """The k most relevant cards or passages, one entry per card.

        Cards are ranked by the card model, fitted on their examples of what a partner might say
        (``card_model``). A passage a user ingested is scored by how closely its text and words
        match the message, on the same standardised scale, so a passage that fits better than
        any card comes first.
        """
        vector = get_embedder().embed_one(text)
        return self._current().rank(vector, text, k)

    def _current(self) -> _Snapshot:
        """The in-memory copy of the collection, reloaded when the collection has changed.

        This process's own writes drop the copy at once. Another process's writes (an ingest
        beside a running server) are noticed by the record count, looked at no more than once
        per _RECHECK_SECONDS so that a search does not pay a round trip to the store; a change
        elsewhere that keeps the count (a passage re-ingested in place) shows after a restart.
        """
        snapshot = self._snapshot
        now = time.monotonic()
        if snapshot is not None and now - self._checked < _RECHECK_SECONDS:
            return snapshot
        with self._snapshot_lock:
            if self._snapshot is None or self._collection_count() != self._snapshot.count:
                self._snapshot = _Snapshot.load(self.collection, self._settings.data_dir / "models")
            self._checked = now
            return self._snapshot

    def _collection_count(self) -> int:
        return int(self.collection.count())

    def _forget(self) -> None:
        with self._snapshot_lock:
            self._snapshot = None


@dataclass(frozen=True)
class _Snapshot:
    """Every card and passage of the collection, as arrays a query is scored against.

    A card's records are ``card:<card id>:<n>``, its guidance at n=0 and its examples after it
    (see ``_card_records``); any other record is a document passage, its own ref, standing as
    both its guidance and its one example.
    """

    count: int
    refs: list[str]
    metas: list[dict[str, Any]]
    guidance: npt.NDArray[np.float32]  # (refs, dim)
    centroids: npt.NDArray[np.float32]  # (refs, dim): each ref's examples averaged, normalised
    examples: npt.NDArray[np.float32]  # (examples, dim)
    slots: npt.NDArray[np.intp]  # each example's cell in a (refs, width) grid, row = its ref
    width: int
    tops: npt.NDArray[np.float64]  # how many examples each ref's top-_TOP mean divides by
    lexical: BM25
    model: CardModel | None
    model_rows: npt.NDArray[np.intp]  # for each of the model's labels, its row in refs

    @classmethod
    def load(cls, collection: Any, cache_dir: Path) -> _Snapshot:
        record_ids: list[str] = []
        pages: list[npt.NDArray[np.float32]] = []
        documents: list[str | None] = []
        metadatas: list[dict[str, Any]] = []
        # Read in pages: one get of tens of thousands of records exceeds SQLite's variable limit.
        while True:
            got = collection.get(
                include=["embeddings", "documents", "metadatas"], limit=_READ_PAGE, offset=len(record_ids)
            )
            count = len(got["ids"])
            if not count:
                break
            record_ids += got["ids"]
            pages.append(np.asarray(got["embeddings"], dtype=np.float32).reshape(count, DIMENSION))
            documents += got["documents"] or [None] * count
            metadatas += got["metadatas"] or [{}] * count
            if count < _READ_PAGE:
                break
        size = len(record_ids)
        vectors = np.concatenate(pages) if pages else np.zeros((0, DIMENSION), dtype=np.float32)
        position: dict[str, int] = {}
        refs: list[str] = []
        metas: list[dict[str, Any]] = []
        guidance_rows: list[int] = []
        example_rows: list[list[int]] = []
        texts: list[list[str]] = []
        for row, record_id in enumerate(record_ids):
            is_card = record_id.startswith("card:")
            ref = record_id[5 : record_id.rindex(":")] if is_card else record_id
            if ref not in position:
                position[ref] = len(refs)
                refs.append(ref)
                metas.append(metadatas[row])
                guidance_rows.append(row)
                example_rows.append([])
                texts.append([])
            at = position[ref]
            texts[at].append(documents[row] or "")
            if is_card and record_id.endswith(":0"):
                guidance_rows[at] = row
            else:
                example_rows[at].append(row)
        for at, rows in enumerate(example_rows):
            if not rows:  # a card without examples lets its guidance stand in for them
                rows.append(guidance_rows[at])
        width = max((len(rows) for rows in example_rows), default=1)
        order = [row for rows in example_rows for row in rows]
        slots = [at * width + n for at, rows in enumerate(example_rows) for n in range(len(rows))]
        centroids = np.zeros((len(refs), DIMENSION), dtype=np.float32)
        for at, rows in enumerate(example_rows):
            centroids[at] = vectors[rows].mean(axis=0)
        centroids /= np.clip(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12, None)
        # Only cards are learnt: a document passage is its own single example.
        card_examples = [
            (refs[at], row)
            for at, rows in enumerate(example_rows)
            if record_ids[guidance_rows[at]].startswith("card:")
            for row in rows
            if row != guidance_rows[at]
        ]
        try:
            model = card_model.load_or_fit(
                cache_dir,
                [ref for ref, _ in card_examples],
                [documents[row] or "" for _, row in card_examples],
                vectors[[row for _, row in card_examples]],
            )
        except Exception:
            # The similarity blend still ranks every card; losing the model must not lose search.
            log.exception("card model unavailable; ranking cards by similarity alone")
            model = None
        return cls(
            count=size,
            refs=refs,
            metas=metas,
            guidance=vectors[guidance_rows],
            centroids=centroids,
            examples=vectors[order],
            slots=np.array(slots, dtype=np.intp),
            width=width,
            tops=np.array([min(_TOP, len(rows)) for rows in example_rows], dtype=np.float64),
            lexical=BM25([" ".join(t) for t in texts]),
            model=model,
            model_rows=np.array(
                [position[str(label)] for label in model.labels] if model else [], dtype=np.intp
            ),
        )

    def rank(self, vector: Vector, text: str, k: int) -> list[Guidance]:
        if not self.refs:
            return []
        grid = np.full(len(self.refs) * self.width, -np.inf, dtype=np.float32)
        grid[self.slots] = self.examples @ vector
        cells = grid.reshape(len(self.refs), self.width)
        if self.width > _TOP:
            cells = np.partition(cells, self.width - _TOP, axis=1)[:, -_TOP:]
        top = np.where(np.isfinite(cells), cells, 0.0).sum(axis=1) / self.tops
        features = np.column_stack(
            [top, self.guidance @ vector, self.centroids @ vector, self.lexical.scores(text)]
        )
        # Each signal is standardised across cards before blending: their spreads differ, and
        # raw cosine would let the widest one decide alone.
        spread = features.std(axis=0)
        spread[spread < 1e-9] = 1.0
        blended = ((features - features.mean(axis=0)) / spread) @ _WEIGHTS / _WEIGHTS.sum()
        if self.model is not None:
            # Cards are ranked by the card model alone, standardised the same way: in five-fold
            # cross-validation over the cards' examples it found the right card in its top three
            # 69% of the time, against 56% for the similarity blend and 64-67% for mixes of the
            # two. Passages, which the model does not know, keep the blend.
            logits = self.model.scores(vector, text).astype(np.float64)
            blended[self.model_rows] = (logits - logits.mean()) / max(float(logits.std()), 1e-9)
        chosen = np.argsort(-blended, kind="stable")[:k]
        return [
            Guidance(
                id=self.refs[at],
                title=self.metas[at]["title"],
                source=self.metas[at]["source"],
                text=self.metas[at]["display"],
                # The ref's blended standing among all refs squashed into 0..1; 0.5 is average.
                score=round(float(1.0 / (1.0 + np.exp(-blended[at]))), 4),
            )
            for at in chosen
        ]


def default_knowledge_dir(settings: Settings) -> Path:
    from coach.resources import resource_dir

    return settings.knowledge_dir or resource_dir("knowledge")
