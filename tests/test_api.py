from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from coach.api.app import create_app
from coach.domain import ELEMENTS, FLAGS
from coach.services import Services
from coach.settings import Settings

DISHES = "You never help with the dishes. I come home exhausted and the kitchen is a mess every single night."


@pytest.fixture(scope="module")
def client(settings: Settings, services: Services) -> Iterator[TestClient]:
    with TestClient(create_app(settings, services)) as test_client:
        yield test_client


def _assert_error(response: object, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_reflect_contract(client: TestClient) -> None:
    response = client.post("/v1/reflect", json={"message": DISHES, "context": None, "history": []})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "reflection",
        "emotions",
        "guidance",
        "evaluation",
        "safety",
        "generator",
        "attempts",
    }
    assert body["reflection"].endswith("?") and body["emotions"]
    assert body["generator"] == "composer" and body["attempts"] >= 1
    assert body["safety"]["level"] == "ok" and body["safety"]["resources"] == []
    guide = body["guidance"][0]
    assert set(guide) == {"id", "title", "source", "text", "score"}
    evaluation = body["evaluation"]
    assert set(evaluation["criteria"]) == set(ELEMENTS) and set(evaluation["flags"]) == set(FLAGS)
    assert evaluation["passed"] is True


def test_reflect_accepts_history_and_context(client: TestClient) -> None:
    response = client.post(
        "/v1/reflect",
        json={
            "message": "And then you just walked off.",
            "context": "We were arguing about money.",
            "history": [{"speaker": "partner", "text": "We need to talk about the card bill."}],
        },
    )
    assert response.status_code == 200


def test_score_contract(client: TestClient) -> None:
    response = client.post(
        "/v1/score",
        json={
            "message": "You never help with the dishes.",
            "reply": "Wow, must be so hard being the only adult here.",
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"criteria", "flags", "overall", "passed", "feedback", "scorer"}
    assert body["scorer"] == "rules" and body["passed"] is False
    assert body["flags"]["contempt"]["flagged"] is True
    for criterion in body["criteria"].values():
        assert set(criterion) == {"score", "passed", "rationale", "evidence"}
        assert 0.0 <= criterion["score"] <= 1.0
    for flag in body["flags"].values():
        assert set(flag) == {"flagged", "confidence", "evidence"}


@pytest.mark.parametrize(
    ("path", "payload", "fragment"),
    [
        ("/v1/reflect", {"message": ""}, "must not be empty"),
        ("/v1/reflect", {"message": "   \n\t "}, "must not be empty"),
        ("/v1/reflect", {"message": "x" * 4_001}, "too long"),
        ("/v1/reflect", {"message": "ok", "context": "c" * 8_001}, "too long"),
        ("/v1/reflect", {}, "required"),
        ("/v1/reflect", {"message": 42}, "message"),
        ("/v1/reflect", {"message": "hi", "history": [{"speaker": "ghost", "text": "boo"}]}, "history"),
        ("/v1/reflect", {"message": "hi", "surprise": True}, "not a known field"),
        ("/v1/score", {"message": "hi"}, "required"),
        ("/v1/score", {"message": "hi", "reply": "yo", "judge": "oracle"}, "judge"),
    ],
)
def test_bad_input_gets_a_422_in_the_error_shape(
    client: TestClient, path: str, payload: object, fragment: str
) -> None:
    error = _assert_error(client.post(path, json=payload), 422, "invalid_request")
    assert fragment in str(error["message"]) or fragment in str(error["details"])


def test_malformed_json_and_unknown_routes(client: TestClient) -> None:
    _assert_error(
        client.post("/v1/reflect", content=b"{not json", headers={"content-type": "application/json"}),
        422,
        "invalid_request",
    )
    _assert_error(client.get("/v1/nothing-here"), 404, "not_found")
    _assert_error(client.get("/v1/reflect"), 405, "method_not_allowed")


def test_llm_judge_without_a_model_is_a_clear_422(client: TestClient) -> None:
    error = _assert_error(
        client.post("/v1/score", json={"message": "hi", "reply": "hello", "judge": "llm"}),
        422,
        "judge_unavailable",
    )
    assert "COACH_JUDGE_MODEL" in str(error["message"])


def test_openapi_and_chat_page_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/reflect", "/v1/score", "/healthz", "/readyz"} <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
