"""`coach`: serve the API, reflect, score, ingest documents, run the evals."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel, ValidationError

from coach.settings import get_settings


def _services() -> Any:
    from coach.services import Services

    services = Services(get_settings())
    services.prepare()
    return services


def _scoring_services() -> Any:
    """Services for `coach score`: scoring needs the fitted scorer, not the index or the screen."""
    from coach.services import Services

    services = Services(get_settings())
    _ = services.rules.model
    return services


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _validated(model: type[BaseModel], **fields: Any) -> Any:
    try:
        return model(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        _fail(f"{field}: {first['msg']}")


@click.group()
@click.version_option(package_name="coach")
def cli() -> None:
    """A reflective-listening coach for couples."""
    from coach import logging_setup

    try:
        logging_setup.configure(get_settings())
    except ValueError as exc:
        _fail(str(exc))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(host: str, port: int) -> None:
    """Run the HTTP API and the chat page."""
    import uvicorn

    from coach.api.app import create_app
    from coach.api.security import SecurityConfigError

    try:
        app = create_app()
    except SecurityConfigError as exc:
        _fail(str(exc))
    # The app writes its own access log (no message text, key ids not keys); uvicorn's would
    # double every line, and log_config=None lets uvicorn's records reach our handler.
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=get_settings().log_level.lower(),
        access_log=False,
        log_config=None,
    )


def _print_reflection(result: Any) -> None:
    click.echo(result.reflection)
    click.echo()
    if result.safety.level != "ok":
        click.secho(
            f"safety: {result.safety.level} ({', '.join(result.safety.categories) or 'check-in'})", bold=True
        )
        if result.safety.level == "concern" and result.safety.message:
            click.echo(result.safety.message)
        for resource in result.safety.resources:
            click.echo(f"  - {resource.name}: {resource.contact}")
        click.echo()
    if result.emotions:
        click.echo(f"feelings: {', '.join(result.emotions)}")
    for guide in result.guidance:
        click.echo(f"guidance: {guide.title} [{guide.id}], {guide.source}")
    if result.evaluation is not None:
        verdict = "passes" if result.evaluation.passed else "does not pass"
        click.echo(f"check: {verdict} the listening check (overall {result.evaluation.overall:.2f})")
    click.echo(f"generator: {result.generator}, attempts: {result.attempts}")


@cli.command()
@click.argument("message", required=False)
@click.option("--context", default=None, help="Background the coach should know.")
@click.option("--json", "as_json", is_flag=True, help="Print the /v1/reflect response as JSON.")
@click.option("--input", "input_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path))
def reflect(
    message: str | None, context: str | None, as_json: bool, input_path: Path | None, output_path: Path | None
) -> None:
    """Suggest a validating reflect-back for MESSAGE, or for each line of --input."""
    from coach import pipeline
    from coach.schemas import ReflectRequest

    if input_path or output_path:
        if not (input_path and output_path) or message:
            _fail("batch mode takes both --input and --output and no MESSAGE")
        assert input_path and output_path
        services = _services()
        # One event loop for the whole batch: a new loop per line costs more than scoring it.
        with asyncio.Runner() as runner:
            summary = _run_batch(
                input_path,
                output_path,
                lambda record: ReflectRequest.model_validate(
                    {k: record.get(k) for k in ("message", "context", "history") if k in record}
                ),
                lambda request: runner.run(pipeline.reflect(services, request)),
            )
        sys.exit(1 if summary.failed else 0)
    if message is None:
        _fail("give a MESSAGE, or --input and --output for a batch")
    request = _validated(ReflectRequest, message=message, context=context)
    result = asyncio.run(pipeline.reflect(_services(), request))
    if as_json:
        click.echo(result.model_dump_json(indent=2))
    else:
        _print_reflection(result)


def _print_evaluation(evaluation: Any) -> None:
    from coach.domain import ELEMENT_TITLE, ELEMENTS, FLAGS

    click.secho("passes" if evaluation.passed else "does not pass", bold=True)
    click.echo(f"overall {evaluation.overall:.2f} (scorer: {evaluation.scorer})")
    for element in ELEMENTS:
        result = evaluation.criteria[element]
        mark = "pass" if result.passed else "FAIL"
        click.echo(f"  {mark:4}  {ELEMENT_TITLE[element]:22} {result.score:.2f}  {result.rationale}")
    raised = [f for f in FLAGS if evaluation.flags[f].flagged]
    for flag in raised:
        found = evaluation.flags[flag]
        quoted = "; ".join(f'"{e}"' for e in found.evidence)
        click.echo(f"  FLAG  {flag:22} {found.confidence:.2f}  {quoted}")
    click.echo(f"feedback: {evaluation.feedback}")


@cli.command()
@click.option("--message", "-m", default=None, help="What the partner said.")
@click.option("--reply", "-r", default=None, help="The reply to score.")
@click.option("--judge", type=click.Choice(["rules", "llm", "ensemble"]), default="rules", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the Evaluation as JSON.")
@click.option("--input", "input_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path))
def score(
    message: str | None,
    reply: str | None,
    judge: str,
    as_json: bool,
    input_path: Path | None,
    output_path: Path | None,
) -> None:
    """Score a reply against the five Rosenthal elements and flag the horsemen."""
    from coach.api.errors import ApiError
    from coach.schemas import ScoreRequest
    from coach.scoring.judging import evaluate_with

    if input_path or output_path:
        if not (input_path and output_path) or message or reply:
            _fail("batch mode takes both --input and --output, and no --message/--reply")
        assert input_path and output_path
        services = _scoring_services()
        with asyncio.Runner() as runner:
            summary = _run_batch(
                input_path,
                output_path,
                lambda record: ScoreRequest.model_validate(
                    {
                        "judge": judge,
                        **{k: record.get(k) for k in ("message", "reply", "judge") if k in record},
                    }
                ),
                lambda request: runner.run(
                    evaluate_with(services, request.judge, request.message, request.reply)
                ),
            )
        sys.exit(1 if summary.failed else 0)
    if message is None or reply is None:
        _fail("give --message and --reply, or --input and --output for a batch")
    request = _validated(ScoreRequest, message=message, reply=reply, judge=judge)
    try:
        evaluation = asyncio.run(
            evaluate_with(_scoring_services(), request.judge, request.message, request.reply)
        )
    except ApiError as exc:
        _fail(exc.message, 1)
    if as_json:
        click.echo(evaluation.model_dump_json(indent=2))
    else:
        _print_evaluation(evaluation)


def _run_batch(source: Path, target: Path, parse: Any, handle: Any) -> Any:
    from coach.cli.batch import run_batch

    summary = run_batch(source, target, parse, handle)
    click.echo(
        f"{summary.succeeded} of {summary.total} lines done, {summary.failed} failed; results in {target}",
        err=True,
    )
    return summary


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ingest(paths: tuple[Path, ...]) -> None:
    """Add your own .md, .txt or .html documents (files or folders) to the guidance index."""
    from coach.knowledge.documents import SUPPORTED, DocumentError, passages_from

    services = _services()
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED)
        elif path.exists():
            files.append(path)
        else:
            click.echo(f"skipped {path}: no such file or folder", err=True)
    failures = 0
    for path in files:
        try:
            passages = passages_from(path)
        except DocumentError as exc:
            failures += 1
            click.echo(f"skipped {exc}", err=True)
            continue
        changed = services.index.add_passages(passages)
        click.echo(f"{path}: {len(passages)} passages ({changed} new or changed)")
    if not files:
        _fail("nothing to ingest: give .md, .txt or .html files or folders holding them")
    sys.exit(1 if failures else 0)


def main() -> None:
    from coach.cli.eval_command import eval_command

    cli.add_command(eval_command)
    cli()


if __name__ == "__main__":
    main()
