"""Direct quotes with their speaker and affiliation, where the text says who spoke."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.types import Quote

_NAME = r"(?P<speaker>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
_VERB = r"(?:said|says|told|added|warned|wrote)"
_AFFIL = r"(?:,\s+(?:an?|the)\s+[^,.;]*?\s+(?:at|of|for|with)\s+(?:the\s+)?(?P<affil>[A-Z][^,.;]+))?"
_QUOTE_THEN_SPEAKER = re.compile(
    r"[“\"](?P<text>[^”\"]{12,600}?)[,.]?[”\"],?\s+" + _VERB + r"\s+" + _NAME + _AFFIL
)
_QUOTE_THEN_SPEAKER_INV = re.compile(
    r"[“\"](?P<text>[^”\"]{12,600}?)[,.]?[”\"],?\s+" + _NAME + r"\s+" + _VERB + _AFFIL
)


def extract_quotes(paragraphs: Sequence[str], *, limit: int = 5) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    for para in paragraphs:
        for pattern in (_QUOTE_THEN_SPEAKER, _QUOTE_THEN_SPEAKER_INV):
            for m in pattern.finditer(para):
                affil = m.groupdict().get("affil")
                quotes.append(
                    Quote(
                        text=m["text"].strip().rstrip(","),
                        speaker=m["speaker"].strip(),
                        affiliation=affil.strip() if affil else None,
                    )
                )
    unique = {q.text: q for q in quotes}
    return tuple(unique.values())[:limit]
