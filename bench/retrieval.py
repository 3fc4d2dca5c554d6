"""2. Retrieval: `index.search` (embedding included) against a bare chromadb query plus one embedding.

`search` ranks an in-memory copy of the collection (vectors and a BM25 table, loaded once and
refreshed when the store changes), so the chromadb query in the baseline is work it no longer does.
"""

from __future__ import annotations

import time

from bench.common import Context, Figure, Report, Target, fresh_embedder, fresh_texts, median, ms

NAME = "retrieval"
K = 3


def run(ctx: Context) -> Report:
    from coach.embeddings import get_embedder

    report = Report()
    services = ctx.services()
    index = services.index
    collection = index.collection
    n = ctx.n(400, 120)
    texts = fresh_texts(n + 10)
    warm, measured = texts[:10], texts[10:]

    fresh_embedder()
    embedder = get_embedder()
    for text in warm:
        index.search(text, k=K)
        collection.query(query_embeddings=embedder._run(text)[None, :], n_results=K)

    ours: list[float] = []
    bare_embed: list[float] = []
    bare_query: list[float] = []
    clock = time.perf_counter
    # Interleaved, so a noisy neighbour slows all three alike.
    for text in measured:
        start = clock()
        index.search(text, k=K)  # a cache miss: every text is new to this embedder
        ours.append(clock() - start)
        start = clock()
        vector = embedder._run(text)[None, :]
        bare_embed.append(clock() - start)
        start = clock()
        collection.query(query_embeddings=vector, n_results=K)
        bare_query.append(clock() - start)

    ours_p50 = ms(median(ours))
    baseline = ms(median(bare_embed)) + ms(median(bare_query))
    overhead = (ours_p50 / baseline - 1.0) * 100.0
    records = int(collection.count())
    report.add(
        Figure(
            NAME,
            "search p50 incl. embedding",
            ours_p50,
            "ms",
            baseline=baseline,
            baseline_name="bare query + bare embedding",
            note=f"{len(measured)} fresh queries, k={K}, {records} records ranked in memory",
        )
    )
    report.add(
        Figure(
            NAME,
            "search overhead over baseline",
            overhead,
            "%",
            Target("<", 20.0),
            note=f"search p50 / (bare embedding p50 + bare query p50) - 1: {ours_p50 - baseline:.2f} ms more",
        )
    )
    report.add(
        Figure(NAME, "bare embedding p50", ms(median(bare_embed)), "ms", note="tokenise + ONNX + pool")
    )
    report.add(
        Figure(
            NAME,
            "bare chromadb query p50",
            ms(median(bare_query)),
            "ms",
            note=f"collection.query, precomputed vector, n_results={K}",
        )
    )
    return report
