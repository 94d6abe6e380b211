"""Summary openings and endings an editor sees at once (released sets' read): the digest lint
finds them, and the cleaning of a lone cut teaser never leaves "…" or a mid-phrase end."""

from __future__ import annotations

import pytest

from bot.content import lint
from bot.content.clean import clean_paragraphs


def _defects(summary: str) -> set[str]:
    return {f.defect for f in lint.lint_item({"summary": summary, "title": "T", "outlet": "Foo"})}


@pytest.mark.parametrize(("summary", "defect"), [
    ("ISLAMABAD (Meridian Press): The main crossing reopened.", "dateline"),
    ("KYIV, Dec 3 — Russia fired missiles overnight.", "dateline"),
    ("BERLIN – Die Regierung hat entschieden.", "dateline"),
    ("NEW DELHI: India and the Maldives signed a pact.", "dateline"),
    ("die Nato hat in Vilnius beschlossen.", "broken_opening"),
    ("AS world leaders left New York, the gap was plain.", "caps_lead"),
    ("The talks began in Doha. The two sides agreed to …", "cut_off"),
    ("The deal was signed in Manila by the", "cut_off"),
    ("Karen Holloway / Meridian Wire:", "cut_off"),
])
def test_lint_finds_broken_openings_and_endings(summary: str, defect: str) -> None:
    assert defect in _defects(summary)


@pytest.mark.parametrize("summary", [
    "NATO: Russia must pay for the damage.",  # a body that speaks, not a dateline
    "iPhone sales fell in China.",
    "Lawmakers want answers on the delays …",  # a lone cut teaser: what the item has
    "EU – China trade talks resume in Brussels.",
])
def test_lint_leaves_good_openings_and_endings(summary: str) -> None:
    assert not _defects(summary) & {"dateline", "broken_opening", "caps_lead", "cut_off"}


@pytest.mark.parametrize(("teaser", "want"), [
    ("Japan's new prime minister dissolved the lower house days after taking office, setting"
     " up a …", "Japan's new prime minister dissolved the lower house days after taking office."),
    ("Authorities cleared the main camp near the crossing, moving 2,000 people into a"
     " warehouse …", "Authorities cleared the main camp near the crossing, moving 2,000 people"
     " into a warehouse."),
    ("Die Regierung kündigte am Montag überraschend an, dass sie die …",
     "Die Regierung kündigte am Montag überraschend an, dass sie die …"),  # no whole clause
])
def test_lone_cut_teaser_ends_at_a_whole_clause(teaser: str, want: str) -> None:
    assert clean_paragraphs([teaser]) == [want]
