"""Optional abstractive summaries through any OpenAI-compatible chat-completions endpoint.

The extractive summary is always computed first and passed in as `fallback`; whatever goes
wrong here (network, HTTP status, timeout, malformed JSON, an empty, overlong or suspicious
answer) the caller gets the fallback back and the log says why. The model is told to use only
facts from the article; as a cheap guard, an answer containing a number that the article does
not contain is rejected as a likely invention.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Sequence

import aiohttp
from pydantic import SecretStr

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 12_000  # article text sent to the model (~2,000 words)
MAX_RESPONSE_BYTES = 256 * 1024

SYSTEM_PROMPT = (
    "You summarize news articles for a foreign-policy digest. Write {max_words} words or fewer,"
    " in 2 or 3 plain sentences, in the article's language. Use only facts stated in the"
    " article: do not add names, numbers, dates, places, causes or opinions that it does not"
    " contain, and do not speculate. No headline, no bullet points, no markdown, no preamble."
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MARKUP = re.compile(r"</?[A-Za-z][^>]*>|^\s*(?:#|\*|-)\s", re.MULTILINE)


class LLMSummarizer:
    """Summaries from a chat-completions endpoint, falling back to the extractive summary."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        base_url: str,
        model: str,
        api_key: str | SecretStr | None = None,
        timeout: float = 20.0,
        max_words: int = 60,
    ) -> None:
        self._session = session
        self._url = base_url.rstrip("/") + "/chat/completions"
        self._model = model
        # Kept as SecretStr so a repr or log of this object never shows the key.
        self._api_key = SecretStr(api_key) if isinstance(api_key, str) else api_key
        self._timeout = timeout
        self._max_words = max_words

    def _payload(self, title: str, paragraphs: Sequence[str]) -> dict[str, object]:
        text = "\n\n".join(paragraphs)[:MAX_INPUT_CHARS]
        return {
            "model": self._model,
            "temperature": 0,
            "max_tokens": self._max_words * 3,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT.format(max_words=self._max_words)},
                {"role": "user", "content": f"Title: {title}\n\nArticle:\n{text}"},
            ],
        }

    async def summarize(self, title: str, paragraphs: Sequence[str], fallback: str) -> str:
        """The model's summary, or `fallback` (logged with the reason) when it is not usable."""
        if not paragraphs:
            return fallback
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key.get_secret_value()}"
        try:
            async with asyncio.timeout(self._timeout):
                async with self._session.post(
                    self._url, json=self._payload(title, paragraphs), headers=headers
                ) as resp:
                    body = await _read_capped(resp)
                    if resp.status != 200:
                        return _fallback(fallback, f"HTTP {resp.status} from {self._url}")
        except TimeoutError:
            return _fallback(fallback, f"no answer from {self._url} within {self._timeout} s")
        except (aiohttp.ClientError, ValueError) as e:
            return _fallback(fallback, f"request to {self._url} failed: {e}")
        answer = _content(body)
        if answer is None:
            return _fallback(fallback, f"malformed chat-completions answer from {self._url}")
        problem = self._check(answer, title, paragraphs)
        if problem:
            return _fallback(fallback, problem)
        return answer

    def _check(self, answer: str, title: str, paragraphs: Sequence[str]) -> str | None:
        if not answer:
            return "the model returned an empty summary"
        words = len(answer.split())
        if words > self._max_words * 1.5:
            return f"the model's summary is too long ({words} words, limit {self._max_words})"
        if _MARKUP.search(answer):
            return "the model's summary contains markup"
        source = title + " " + " ".join(paragraphs)
        known = {n.replace(",", "") for n in _NUMBER.findall(source)}
        invented = [n for n in _NUMBER.findall(answer) if n.replace(",", "") not in known]
        if invented:
            return f"the model's summary has numbers not in the article: {invented[:3]}"
        return None


async def _read_capped(resp: aiohttp.ClientResponse) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise ValueError(f"answer larger than {MAX_RESPONSE_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _content(body: bytes) -> str | None:
    """choices[0].message.content, whitespace-normalised; None if the JSON is not that shape."""
    try:
        data = json.loads(body)
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if not isinstance(content, str):
        return None
    return " ".join(content.split()).strip().strip('"“”')


def _fallback(fallback: str, reason: str) -> str:
    log.warning("LLM summary not used, extractive summary instead: %s", reason)
    return fallback
