"""A mock OpenAI-compatible server for the LLM benchmark: answers at once, on loopback only.

    python -m bench.mock_llm --port 8765

POST /v1/chat/completions answers with a valid reflect-back JSON object (one the rules scorer
passes, so the guard accepts the first candidate), a different one each time; GET /health: 200.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# 240 reflect-backs the rules scorer passes, served in turn so that, as with a real model, each
# answer is new text to the coach (its embedding is not already cached).
_FEELINGS = (
    ("hurt", "worn down"),
    ("lonely", "unseen"),
    ("frustrated", "tired"),
    ("anxious", "stretched thin"),
    ("disappointed", "let down"),
    ("overwhelmed", "alone"),
    ("sad", "shut out"),
    ("angry", "hurt"),
)
_VALIDATIONS = (
    "and that makes sense to me.",
    "and of course that weighs on you.",
    "and I can see why it gets to you.",
    "and that's a lot to carry.",
    "and no wonder it's been sitting with you.",
)
_QUESTIONS = (
    "What has been the hardest part of this for you?",
    "What's been going through your mind about it?",
    "What do you most want me to understand about how this feels?",
    "What is it like for you when this happens?",
    "How are you holding up with it?",
    "What has this been like for you, day to day?",
)
ANSWERS = tuple(
    (f"It sounds like this has left you feeling {a} and {b}, {v} {q}", [a, b])
    for (a, b), v, q in itertools.product(_FEELINGS, _VALIDATIONS, _QUESTIONS)
)
_served = itertools.count()


def completion_body(model: str) -> bytes:
    reflection, emotions = ANSWERS[next(_served) % len(ANSWERS)]
    content = json.dumps({"reflection": reflection, "emotions": emotions})
    return json.dumps(
        {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
    ).encode()


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            event = await receive()
            if event["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif event["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    body = b""
    while True:
        event = await receive()
        body += event.get("body", b"")
        if not event.get("more_body"):
            break
    path = scope["path"].rstrip("/")
    if scope["method"] == "POST" and path.endswith("/chat/completions"):
        try:
            model = str(json.loads(body or b"{}").get("model", "mock"))
        except ValueError:
            model = "mock"
        status, payload = 200, completion_body(model)
    elif path == "/health":
        status, payload = 200, b'{"status": "ok"}'
    else:
        status, payload = 404, b'{"error": {"message": "not found"}}'
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
