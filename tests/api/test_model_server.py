"""A real `ChatOpenAI` against a fake OpenAI-compatible server on 127.0.0.1 that returns
tool calls: the model plans, the evaluator computes, the page streams checked sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from api.settings import ApiSettings
from bot.plan.model import tools
from bot.settings import BotSettings
from tests.api.conftest import running_app
from tests.api.test_stream import stream
from tests.fakemodel import fake_model_server, question_of

SINGAPORE = "How much did exports to Singapore grow in March 2026?"
PLAN = {
    "version": 1,
    "parts": [
        {
            "op": "series",
            "flow": "exports",
            "partner": "Singapore",
            "measure": "change_pct",
            "basis": "yoy",
            "period": "2026-03",
        }
    ],
}
PHRASED = "Exports to Singapore more than doubled, up 125.0% on March 2025. Demand was strong."


def script(plan: dict[str, Any] | str, phrased: str = PHRASED, sleep: float = 0.0):  # type: ignore[no-untyped-def]
    def reply(body: dict[str, Any]) -> dict[str, Any]:
        if "tools" in body:
            arguments = plan if isinstance(plan, str) else json.dumps(plan)
            return {"tool": "plan", "arguments": arguments, "sleep": sleep}
        return {"content": phrased}

    return reply


def settings(url: str, **more: Any) -> BotSettings:
    return BotSettings(llm_model="fake-planner", llm_base_url=url, llm_api_key="k", **more)


def ask(store_dir: Path, url: str, **more: Any) -> dict[str, Any]:
    with running_app(store_dir, ApiSettings(), bot_settings=settings(url, **more)) as client:
        response = client.post("/api/chat", json={"message": SINGAPORE})
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def test_the_model_plans_through_an_openai_compatible_server(store_dir: Path) -> None:
    with fake_model_server(script(PLAN)) as server:
        body = ask(store_dir, server.url)
    assert body["planner"]["name"] == "llm"
    assert body["planner"]["fallback"] is None
    assert body["planner"]["model_seconds"] > 0
    assert body["answer"].startswith("Exports to Singapore more than doubled, up 125.0%")
    assert body["plan"]["expression"]["parts"][0]["partner"] == "Singapore"
    planning = server.requests[0]
    assert [t["function"]["name"] for t in planning["tools"]] == ["plan", "passages"]
    assert planning["tools"] == tools()  # the schema is ours, whatever the data says
    assert question_of(planning) == SINGAPORE
    assert "Singapore" in planning["messages"][-1]["content"]  # the vocabulary, trimmed


def test_an_unknown_partner_from_the_server_falls_back(store_dir: Path) -> None:
    plan = json.loads(json.dumps(PLAN).replace('"Singapore"', '"Atlantis"'))
    with fake_model_server(script(plan)) as server:
        body = ask(store_dir, server.url)
    assert body["planner"]["name"] == "rules"
    assert "Atlantis" in body["planner"]["fallback"]
    assert "125.0%" in body["answer"]


def test_malformed_json_from_the_server_falls_back(store_dir: Path) -> None:
    with fake_model_server(script('{"version": 1, "parts": [')) as server:
        body = ask(store_dir, server.url)
    assert body["planner"]["name"] == "rules"
    assert "125.0%" in body["answer"]


def test_a_timeout_falls_back_after_bounded_retries(store_dir: Path) -> None:
    with fake_model_server(script(PLAN, sleep=1.5)) as server:
        body = ask(store_dir, server.url, llm_timeout_s=0.3, llm_max_retries=1)
        planning = [r for r in server.requests if "tools" in r]
    assert body["planner"]["name"] == "rules"
    assert "Timeout" in body["planner"]["fallback"]
    assert len(planning) == 2  # one try and one retry, no more
    assert "125.0%" in body["answer"]


def test_the_phrased_sentences_stream_to_the_page(store_dir: Path) -> None:
    with fake_model_server(script(PLAN)) as server:
        bot = settings(server.url)
        with running_app(store_dir, ApiSettings(), bot_settings=bot) as client:
            events = stream(client, SINGAPORE)
    names = [name for name, _ in events]
    assert "reset" not in names
    text = "".join(data["text"] for name, data in events if name == "delta")
    assert text.startswith(PHRASED)
    pieces = [data["text"] for name, data in events if name == "delta"]
    first = "Exports to Singapore more than doubled, up 125.0% on March 2025."
    assert pieces[:2] == [first, " Demand was strong."]
    assert names[-1] == "done"


def test_a_rejected_phrasing_is_reset_on_the_page(store_dir: Path) -> None:
    # the first sentence is checked and shown; the second has an untraced number
    phrased = "Exports to Singapore rose 125.0% in March 2026. That is 2.25 times a year earlier."
    with fake_model_server(script(PLAN, phrased=phrased)) as server:
        bot = settings(server.url)
        with running_app(store_dir, ApiSettings(), bot_settings=bot) as client:
            events = stream(client, SINGAPORE)
    names = [name for name, _ in events]
    assert "2.25" not in json.dumps(events)
    assert "reset" in names
    before = [d["text"] for n, d in events[: names.index("reset")] if n == "delta"]
    assert before == ["Exports to Singapore rose 125.0% in March 2026."]
    after = "".join(d["text"] for n, d in events[names.index("reset") :] if n == "delta")
    assert "125.0% in March 2026." in after.split("\n\n", 1)[0]
