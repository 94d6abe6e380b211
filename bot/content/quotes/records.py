"""What the quote stages pass each other: a quoted span (_Segment), who spoke (_Who) and a
quote found with its speaker (_Found)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _Segment:
    para: int  # paragraph where the quote closes (attribution is looked for there)
    start_para: int
    start: int  # offset of the opening mark in start_para
    end: int  # offset just after the closing mark in `para`
    text: str
    dash: bool = False  # a dash quote ("– Text, sade X."): kept only with its speaker


@dataclass(frozen=True, slots=True)
class _Who:
    speaker: str | None
    affiliation: str | None = None
    pronoun: bool = False
    role_ref: str | None = None  # "δήλωσε ο υπουργός": the role of someone named before


@dataclass(slots=True)
class _Found:
    text: str
    who: _Who | None
    para: int
    order: int
    end: int  # offset just after the closing mark
    introduced: bool = False  # "X said:" before it: a statement, however short
