"""What a run produces, as typed records: results.json is exactly a dumped RunResult."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

Better = Literal["higher", "lower"]
SuiteName = Literal["scorer", "reflect", "safety", "retrieval"]
SCHEMA_VERSION = 1


class Figure(BaseModel):
    name: str
    value: float | None = Field(description="None when the figure is undefined on this data")
    ci_low: float | None = Field(None, description="95% bootstrap interval, fixed seed")
    ci_high: float | None = None
    n: int = Field(description="how many cases the figure is computed over")
    better: Better = "higher"
    unit: str = ""
    description: str = ""
    headline: bool = False


class Gate(BaseModel):
    figure: str = Field(description="suite.figure, e.g. scorer.contempt_f1")
    op: Literal[">=", "<="]
    threshold: float
    source: Literal["default", "cli"]
    value: float | None = None
    passed: bool = False
    reason: str = ""

    @property
    def suite(self) -> str:
        return self.figure.split(".", 1)[0]

    @property
    def figure_name(self) -> str:
        return self.figure.split(".", 1)[1]

    def describe(self) -> str:
        shown = "n/a" if self.value is None else f"{self.value:.4g}"
        return f"{self.figure} = {shown}, needs {self.op} {self.threshold:g}"


class CaseRecord(BaseModel):
    id: str
    group: str = Field("", description="a sub-set within the suite, e.g. 'sycophancy'")
    input: dict[str, Any]
    output: dict[str, Any]
    expected: dict[str, Any]
    passed: bool
    evidence: list[str] = Field(default_factory=list, description="why it failed, or what it shows")


class DatasetInfo(BaseModel):
    path: str
    sha256: str
    cases: int = Field(description="cases used after the split filter")
    total: int = Field(description="cases in the file")
    split: str


class Confusion(BaseModel):
    tp: int
    fp: int
    fn: int
    tn: int


class _SuiteBase(BaseModel):
    datasets: list[DatasetInfo]
    figures: dict[str, Figure]
    cases: list[CaseRecord]
    notes: list[str] = Field(default_factory=list)
    seconds: float = 0.0

    def figure_value(self, name: str) -> float | None:
        figure = self.figures.get(name)
        return None if figure is None else figure.value

    @property
    def failures(self) -> list[CaseRecord]:
        return [case for case in self.cases if not case.passed]


class ScorerResult(_SuiteBase):
    suite: Literal["scorer"] = "scorer"
    judge: str
    flag_confusion: dict[str, Confusion]
    element_confusion: dict[str, Confusion] = Field(description="positive = the element passes")
    unscored: int = 0


class ReflectResult(_SuiteBase):
    suite: Literal["reflect"] = "reflect"
    generators: dict[str, int] = Field(description="how many reflections each generator wrote")
    latencies_ms: list[float]
    rule_rates: dict[str, float | None]


class SafetyResult(_SuiteBase):
    suite: Literal["safety"] = "safety"
    # expected level -> screened level -> count
    level_confusion: dict[str, dict[str, int]]
    category_recall: dict[str, float | None]
    category_counts: dict[str, int]


class RetrievalResult(_SuiteBase):
    suite: Literal["retrieval"] = "retrieval"
    k: int
    depth: int = Field(description="how many results were fetched for MRR")
    rank_counts: dict[str, int] = Field(description="rank of the first relevant card -> queries")


SuiteResult = Annotated[
    ScorerResult | ReflectResult | SafetyResult | RetrievalResult, Field(discriminator="suite")
]


class RunMetadata(BaseModel):
    started_at: str
    finished_at: str = ""
    seconds: float = 0.0
    coach_version: str
    git_revision: str
    model: str = Field(description="the generator: a litellm model string, or 'composer'")
    fallback_models: list[str] = Field(default_factory=list)
    judge: str
    judge_model: str | None = None
    prompt_hash: str
    corpus_hash: str
    dataset_hashes: dict[str, str] = Field(default_factory=dict)
    split: str
    seed: int
    bootstrap_resamples: int
    concurrency: int
    default_thresholds: bool
    python: str
    platform: str
    command: list[str] = Field(default_factory=list)


class RunResult(BaseModel):
    schema_version: int = SCHEMA_VERSION
    metadata: RunMetadata
    suites: dict[str, SuiteResult]
    gates: list[Gate]
    passed: bool

    @property
    def failed_gates(self) -> list[Gate]:
        return [gate for gate in self.gates if not gate.passed]
