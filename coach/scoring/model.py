"""The rules scorer's small classifier: one logistic regression per element and per flag.

It is fitted on the training split of the team's labelled cases the first time it is needed and
cached in the data dir as plain arrays keyed by the data's hash, so the artefact can always be
rebuilt from the data and no opaque blob is committed. Prediction is a dot product in numpy.
"""

from __future__ import annotations

import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from coach.domain import ELEMENTS, FLAGS
from coach.scoring.dataset import ScorerCase, digest, load_cases
from coach.scoring.features import HAND_FEATURES, NGRAM_BUCKETS, featurize_many

log = logging.getLogger(__name__)

TARGETS: tuple[str, ...] = (*ELEMENTS, *FLAGS)
_FORMAT = 6  # bump when features or training change, so old caches are rebuilt
# Chosen by grouped cross-validation on the training split (python -m coach.scoring.crossval):
# strong shrinkage, and embeddings scaled down so the hand features carry most of the decision.
_C = 0.1
_EMBEDDING_WEIGHT = 0.2
# The n-gram block is left unstandardised, since a rare n-gram would otherwise get a huge z-score;
# each row has unit norm and is scaled by this weight * sqrt(buckets) / 8. A larger weight scored
# about the same in cross-validation but began to read plain advice as sarcasm.
_NGRAM_WEIGHT = 1.0
# How far below a flag's best out-of-fold F1 a threshold may score and still be preferred for
# being nearer 0.5: chosen by grouped cross-validation (0, 0.005, 0.01). Elements keep
# the exact best accuracy: some (honors_path) are rare fails whose threshold is far from 0.5.
_FLAG_TOLERANCE = 0.005
_FIT_WORKERS = min(len(TARGETS), os.cpu_count() or 1)


@dataclass(frozen=True)
class LinearModel:
    mean: npt.NDArray[np.float32]
    scale: npt.NDArray[np.float32]
    weights: npt.NDArray[np.float32]  # (targets, features)
    bias: npt.NDArray[np.float32]  # (targets,)
    thresholds: npt.NDArray[np.float32]  # (targets,)

    def predict(self, vector: npt.NDArray[np.float32]) -> dict[str, float]:
        z = (vector - self.mean) / self.scale
        logits = self.weights @ z + self.bias
        probs = 1.0 / (1.0 + np.exp(-logits))
        return {t: float(p) for t, p in zip(TARGETS, probs, strict=True)}

    def threshold(self, target: str) -> float:
        return float(self.thresholds[TARGETS.index(target)])


def _labels(cases: list[ScorerCase]) -> npt.NDArray[np.int64]:
    rows = []
    for case in cases:
        rows.append([int(case.elements[e]) for e in ELEMENTS] + [int(f in case.flags) for f in FLAGS])
    return np.asarray(rows, dtype=np.int64)


def _best_threshold(y: npt.NDArray[np.int64], p: npt.NDArray[np.float64], is_flag: bool) -> float:
    """Threshold maximising F1 (flags) or accuracy (elements) on out-of-fold predictions."""
    grid = np.linspace(0.2, 0.8, 25)
    values = []
    for t in grid:
        pred = p >= t
        if is_flag:
            tp = float(np.sum(pred & (y == 1)))
            values.append(2 * tp / max(float(np.sum(pred) + np.sum(y == 1)), 1.0))
        else:
            values.append(float(np.mean(pred == (y == 1))))
    # A flag's out-of-fold F1 curve is flat near its top and its peak moves with a handful of
    # cases, so any threshold within the tolerance of the best counts as a tie; ties go to the one
    # nearest 0.5, where the balanced class weights put the decision (less drift on new voices).
    top = max(values)
    tolerance = _FLAG_TOLERANCE if is_flag else 1e-9
    ties = [float(t) for t, v in zip(grid, values, strict=True) if v >= top - tolerance]
    return min(ties, key=lambda t: (abs(t - 0.5), t))


def fit(cases: list[ScorerCase], seed: int = 0) -> LinearModel:
    x = featurize_many([(c.message, c.reply) for c in cases])
    return fit_features(x, cases, seed)


def fit_features(x32: npt.NDArray[np.float32], cases: list[ScorerCase], seed: int = 0) -> LinearModel:
    """Fit on an already computed feature matrix (rows aligned with cases), as cross-validation does."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    x = x32.astype(np.float64)
    y = _labels(cases)
    hand = len(HAND_FEATURES)
    ngrams = x.shape[1] - NGRAM_BUCKETS
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    mean[ngrams:] = 0.0
    scale[ngrams:] = 1.0
    z = (x - mean) / scale
    # Hand features carry the domain knowledge; embeddings and n-grams are many and noisy, so
    # each block is scaled before the shared L2 penalty, which sets how much it is shrunk.
    column_weight = np.ones(x.shape[1])
    column_weight[hand:ngrams] = _EMBEDDING_WEIGHT
    column_weight[ngrams:] = _NGRAM_WEIGHT * np.sqrt(NGRAM_BUCKETS) / 8.0
    z *= column_weight
    groups = [c.message_id or c.id for c in cases]
    folds = list(GroupKFold(n_splits=5).split(z, y[:, 0], groups))

    def fit_target(j: int) -> tuple[npt.NDArray[np.float64], float, float]:
        target_y = y[:, j]
        oof = np.zeros(len(cases))
        for train_idx, test_idx in folds:
            clf = LogisticRegression(C=_C, class_weight="balanced", max_iter=2000, random_state=seed)
            clf.fit(z[train_idx], target_y[train_idx])
            oof[test_idx] = clf.predict_proba(z[test_idx])[:, 1]
        clf = LogisticRegression(C=_C, class_weight="balanced", max_iter=2000, random_state=seed)
        clf.fit(z, target_y)
        threshold = _best_threshold(target_y, oof, TARGETS[j] in FLAGS)
        return clf.coef_[0] * column_weight, float(clf.intercept_[0]), threshold

    # Multi-threaded BLAS thrashes on these matrix-vector products (one thread fits a target in
    # 0.55 of the time); the targets are independent, so they run side by side instead, one per
    # core, with the same weights.
    with threadpool_limits(1), ThreadPoolExecutor(_FIT_WORKERS) as pool:
        weights, biases, thresholds = zip(*pool.map(fit_target, range(len(TARGETS))), strict=True)
    return LinearModel(
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        weights=np.asarray(weights, dtype=np.float32),
        bias=np.asarray(biases, dtype=np.float32),
        thresholds=np.asarray(thresholds, dtype=np.float32),
    )


def _cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"rules-scorer-v{_FORMAT}-{key}.npz"


def _code_digest() -> str:
    """Hash of the code that turns text into features and fits them, and of the embedding model
    behind the similarity features, so a changed cue or graph refits."""
    import hashlib

    from coach.embeddings import MODEL_NAME
    from coach.language import cues, feelings, tokens
    from coach.scoring import features

    sources = [Path(module.__file__ or "") for module in (cues, feelings, tokens, features)] + [
        Path(__file__)
    ]
    joined = b"".join(path.read_bytes() for path in sources if path.is_file())
    return hashlib.sha256(joined + str(_FORMAT).encode() + MODEL_NAME.encode()).hexdigest()[:12]


def load_or_fit(cache_dir: Path, dataset: Path | None = None) -> LinearModel:
    cases = [c for c in load_cases(dataset) if c.split == "train"]
    key = f"{digest(cases)}-{_code_digest()}"
    path = _cache_path(cache_dir, key)
    if path.exists():
        try:
            with np.load(path) as data:
                return LinearModel(**{name: data[name] for name in LinearModel.__dataclass_fields__})
        except (OSError, KeyError, ValueError):
            log.warning("scorer cache %s is unreadable; refitting", path)
    log.info("fitting the rules scorer on %d labelled replies", len(cases))
    model = fit(cases)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, **{name: getattr(model, name) for name in LinearModel.__dataclass_fields__})
    tmp.replace(path)
    (cache_dir / "rules-scorer.json").write_text(json.dumps({"data": key, "format": _FORMAT}))
    return model
