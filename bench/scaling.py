"""7. Scaling: scorer batch time for 1x/10x/100x the input, retrieval for 1x/10x/100x the corpus."""

from __future__ import annotations

import hashlib
import random
import tempfile
import time
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

from bench.common import (
    Context,
    Figure,
    Report,
    dev_pairs,
    distinct_messages,
    distinct_pairs,
    fresh_embedder,
    fresh_texts,
    median,
    ms,
)

NAME = "scaling"
_PASSAGES_PER_CALL = 1_000


def _scorer(ctx: Context, report: Report) -> None:
    scorer = ctx.services().rules
    sizes = (100, 1_000, 10_000) if not ctx.quick else (30, 300, 3_000)
    rows: list[dict[str, Any]] = []
    base: float | None = None
    for size in sizes:
        pairs = distinct_pairs(size, seed=4)
        fresh_embedder()
        start = time.perf_counter()
        for message, reply in pairs:
            scorer.score(message, reply)
        elapsed = time.perf_counter() - start
        base = base or elapsed
        rows.append(
            {"pairs": size, "seconds": elapsed, "ms_per_pair": ms(elapsed) / size, "x_time": elapsed / base}
        )
        report.add(
            Figure(
                NAME,
                f"scorer, {size:,} pairs in process",
                elapsed,
                "s",
                baseline=base * size / sizes[0],
                baseline_name="1x time scaled linearly",
                note=f"{ms(elapsed) / size:.2f} ms/pair",
            )
        )
    report.tables["scorer"] = rows


def _sentences() -> list[str]:
    return distinct_messages() + [reply for _, reply in dev_pairs()]


class _SyntheticVectors:
    """Stands in for the embedder while the synthetic passages are added, and only then.

    Embedding 50,000 passages for real would take most of the run and measure the model, not
    the index. Each synthetic passage joins three real sentences; its vector is the normalised
    sum of those sentences' real MiniLM vectors plus a little noise, so the corpus keeps the
    shape of real text in the vector space. Anything else is embedded for real.
    """

    def __init__(self, real: Any, pool: list[str]) -> None:
        self._real = real
        self._pool = np.asarray(real.embed(pool), dtype=np.float32)
        self._by_text: dict[str, Any] = {}
        self._rng = np.random.default_rng(6)

    def register(self, document: str, sentences: list[int]) -> None:
        vector = self._pool[sentences].sum(axis=0) + self._rng.normal(0.0, 0.05, self._pool.shape[1])
        self._by_text[document] = (vector / np.linalg.norm(vector)).astype(np.float32)

    def embed(self, texts: list[str]) -> Any:
        known = []
        for text in texts:
            vector = self._by_text.get(text)
            if vector is None:
                return self._real.embed(texts)
            known.append(vector)
        return np.stack(known)


def _passages(
    count: int, offset: int, rng: random.Random, pool: list[str], vectors: _SyntheticVectors
) -> list[Any]:
    from coach.knowledge.documents import Passage

    out = []
    source = f"bench-synthetic-{offset:07d}.md"  # one source per call: add_passages replaces a source
    for i in range(offset, offset + count):
        chosen = rng.sample(range(len(pool)), 3)
        text = " ".join(pool[j] for j in chosen)
        title = f"Synthetic note {i}"
        vectors.register(f"{title}. {text}", chosen)  # what add_passages embeds
        out.append(
            Passage(
                id=f"doc-bench-{i:07d}",
                title=title,
                source=source,
                text=text,
                digest=hashlib.sha256(text.encode()).hexdigest(),
            )
        )
    return out


def _retrieval(ctx: Context, report: Report) -> None:
    from coach.embeddings import get_embedder
    from coach.knowledge import chroma_embedding
    from coach.knowledge.cards import load_cards
    from coach.knowledge.index import KnowledgeIndex, default_knowledge_dir
    from coach.settings import Settings

    factors = (1, 10, 100) if not ctx.quick else (1, 10)
    queries = ctx.n(100, 40)
    rows: list[dict[str, Any]] = []
    rng = random.Random(5)
    pool = _sentences()
    vectors = _SyntheticVectors(get_embedder(), pool)
    with tempfile.TemporaryDirectory(prefix="coach-bench-scale-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", rate_limit="0", model=None)
        index = KnowledgeIndex(settings)
        index.sync_cards(load_cards(default_knowledge_dir(settings)))
        cards = index.count()
        base: float | None = None
        added = 0
        for factor in factors:
            want = cards * factor - cards
            build_start = time.perf_counter()
            with mock.patch.object(chroma_embedding, "get_embedder", lambda: vectors):
                while added < want:
                    count = min(_PASSAGES_PER_CALL - added % _PASSAGES_PER_CALL, want - added)
                    index.add_passages(_passages(count, added, rng, pool, vectors))
                    added += count
            build = time.perf_counter() - build_start
            fresh_embedder()
            texts = fresh_texts(queries + 5)
            for text in texts[:5]:
                index.search(text, k=3)
            times = []
            for text in texts[5:]:
                start = time.perf_counter()
                index.search(text, k=3)
                times.append(time.perf_counter() - start)
            p50 = ms(median(times))
            base = base or p50
            records = index.count()
            rows.append({"factor": factor, "records": records, "search_p50_ms": p50, "x_time": p50 / base})
            report.add(
                Figure(
                    NAME,
                    f"search p50, {factor}x corpus ({records:,} records)",
                    p50,
                    "ms",
                    baseline=base,
                    baseline_name="1x corpus",
                    note=f"{queries} fresh queries; adding the passages took {build:.0f}s"
                    if factor > 1
                    else "",
                )
            )
    if ctx.quick:
        report.notes.append("scaling: the 100x corpus is skipped with --quick")
    report.tables["retrieval"] = rows


def run(ctx: Context) -> Report:
    report = Report()
    _scorer(ctx, report)
    _retrieval(ctx, report)
    return report
