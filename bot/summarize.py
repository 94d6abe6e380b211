"""Offline extractive summaries: whole sentences, original order, a word budget."""

from __future__ import annotations

from collections.abc import Sequence

from bot.sentences import split_sentences


def summarize(
    title: str, paragraphs: Sequence[str], *, max_words: int = 60, max_sentences: int = 3
) -> str:
    """A short summary made of the article's own leading sentences, never a cut sentence."""
    chosen: list[str] = []
    words = 0
    seen: set[str] = set()
    for para in paragraphs:
        for sentence in split_sentences(para):
            key = sentence.casefold()
            if key in seen or key == title.casefold():
                continue
            n = len(sentence.split())
            if chosen and words + n > max_words:
                return " ".join(chosen)
            seen.add(key)
            chosen.append(sentence)
            words += n
            if len(chosen) >= max_sentences or words >= max_words:
                return " ".join(chosen)
    return " ".join(chosen)
