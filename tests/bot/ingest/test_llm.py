"""LLMSummarizer against a loopback fake chat-completions endpoint: every failure falls back."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr

from bot.ingest import llm
from bot.ingest.llm import LLMSummarizer

TITLE = "Baltic states agree joint air defence procurement"
PARAGRAPHS = [
    "Estonia, Latvia and Lithuania agreed on Thursday to buy medium-range air defence systems "
    "together, pooling orders worth about 1.1 billion euros.",
    "The first batteries could be delivered in 2027 if the tender closes next spring.",
]
FALLBACK = "Estonia, Latvia and Lithuania agreed on Thursday to buy air defence systems together."
GOOD = "The Baltic states will jointly buy air defence systems worth 1.1 billion euros, with "
GOOD += "first deliveries possible in 2027."

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def completion(content: Any) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}


class FakeEndpoint:
    """A chat-completions server on 127.0.0.1 whose answer each test chooses."""

    def __init__(self, handler: Handler) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._handler = handler

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(await request.json())
        self.headers.append(dict(request.headers))
        return await self._handler(request)


@pytest.fixture
async def serve() -> Any:
    servers: list[TestServer] = []
    session = aiohttp.ClientSession()

    async def start(handler: Handler, **kwargs: Any) -> tuple[LLMSummarizer, FakeEndpoint]:
        fake = FakeEndpoint(handler)
        app = web.Application()
        app.router.add_post("/v1/chat/completions", fake.handle)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        options = {"model": "test-model", "api_key": "sk-test", "timeout": 5.0, **kwargs}
        summarizer = LLMSummarizer(session, base_url=str(server.make_url("/v1")), **options)
        return summarizer, fake

    yield start
    await session.close()
    for server in servers:
        await server.close()


def json_answer(payload: Any, status: int = 200) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response(payload, status=status)

    return handler


async def test_good_answer_is_used_and_prompt_forbids_new_facts(serve: Any) -> None:
    summarizer, fake = await serve(json_answer(completion(f"  {GOOD}\n")))
    assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == GOOD
    (request,) = fake.requests
    assert request["model"] == "test-model"
    system = request["messages"][0]["content"]
    assert "Use only facts stated in the article" in system
    assert "do not add" in system
    assert PARAGRAPHS[0] in request["messages"][1]["content"]
    assert fake.headers[0]["Authorization"] == "Bearer sk-test"


async def test_no_api_key_sends_no_authorization(serve: Any) -> None:
    summarizer, fake = await serve(json_answer(completion(GOOD)), api_key=None)
    assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == GOOD
    assert "Authorization" not in fake.headers[0]


@pytest.mark.parametrize(
    ("handler", "reason"),
    [
        (json_answer({"error": {"message": "boom"}}, status=500), "HTTP 500"),
        (json_answer({"error": "rate limited"}, status=429), "HTTP 429"),
        (json_answer({"choices": []}), "malformed"),
        (json_answer({"unexpected": True}), "malformed"),
        (json_answer(completion(None)), "malformed"),
        (json_answer(completion(["a", "list"])), "malformed"),
        (json_answer(completion("   ")), "empty"),
        (json_answer(completion(" ".join(["word"] * 200))), "too long"),
        (json_answer(completion("Officials said 45 people died in the attack.")), "numbers"),
        (json_answer(completion("<b>Baltic</b> states buy air defence.")), "markup"),
        (json_answer(completion("# Summary\n- Baltic states buy air defence")), "markup"),
    ],
    ids=["500", "429", "no-choices", "wrong-shape", "null", "list", "empty", "overlong",
         "invented-number", "html", "markdown"],
)
async def test_bad_answers_fall_back(
    serve: Any, caplog: pytest.LogCaptureFixture, handler: Handler, reason: str
) -> None:
    summarizer, fake = await serve(handler)
    with caplog.at_level(logging.WARNING, logger="bot.ingest.llm"):
        assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == FALLBACK
    assert len(fake.requests) == 1
    assert reason in caplog.text
    assert "extractive summary instead" in caplog.text


async def test_garbage_json_falls_back(serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text='{"choices": [{"message": ', content_type="application/json")

    summarizer, _ = await serve(handler)
    with caplog.at_level(logging.WARNING, logger="bot.ingest.llm"):
        assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == FALLBACK
    assert "malformed" in caplog.text


async def test_non_utf8_body_falls_back(serve: Any) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"\xff\xfe\x00garbage", content_type="application/json")

    summarizer, _ = await serve(handler)
    assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == FALLBACK


async def test_timeout_falls_back(serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    never = asyncio.Event()  # the endpoint never answers

    async def handler(request: web.Request) -> web.StreamResponse:
        await never.wait()
        raise AssertionError("unreachable")

    summarizer, _ = await serve(handler, timeout=0.1)
    with caplog.at_level(logging.WARNING, logger="bot.ingest.llm"):
        async with asyncio.timeout(5):  # the test itself never hangs
            assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == FALLBACK
    assert "within 0.1 s" in caplog.text


async def test_oversized_answer_falls_back(serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"x" * (llm.MAX_RESPONSE_BYTES + 1))

    summarizer, _ = await serve(handler)
    with caplog.at_level(logging.WARNING, logger="bot.ingest.llm"):
        assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == FALLBACK
    assert "larger than" in caplog.text


async def test_unreachable_endpoint_falls_back(caplog: pytest.LogCaptureFixture) -> None:
    server = TestServer(web.Application(), host="127.0.0.1")
    await server.start_server()
    url = str(server.make_url("/v1"))
    await server.close()  # nothing listens there any more
    async with aiohttp.ClientSession() as session:
        summarizer = LLMSummarizer(session, base_url=url, model="m", api_key=None, timeout=5)
        with caplog.at_level(logging.WARNING, logger="bot.ingest.llm"):
            assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == FALLBACK
    assert "failed" in caplog.text


async def test_empty_article_makes_no_request(serve: Any) -> None:
    summarizer, fake = await serve(json_answer(completion(GOOD)))
    assert await summarizer.summarize(TITLE, [], "") == ""
    assert fake.requests == []


async def test_long_article_is_cut_before_sending(serve: Any) -> None:
    summarizer, fake = await serve(json_answer(completion("Talks went on.")))
    paragraphs = ["Delegates met again in Geneva to discuss the ceasefire. " * 50] * 100
    await summarizer.summarize(TITLE, paragraphs, FALLBACK)
    sent = fake.requests[0]["messages"][1]["content"]
    assert len(sent) <= llm.MAX_INPUT_CHARS + len(TITLE) + 50
    assert json.dumps(fake.requests[0])  # a plain JSON document


async def test_secret_api_key_is_sent_but_never_shown(serve: Any) -> None:
    summarizer, fake = await serve(json_answer(completion(GOOD)), api_key=SecretStr("sk-secret"))
    assert await summarizer.summarize(TITLE, PARAGRAPHS, FALLBACK) == GOOD
    assert fake.headers[0]["Authorization"] == "Bearer sk-secret"
    assert "sk-secret" not in repr(vars(summarizer))
