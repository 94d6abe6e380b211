"""The build's lint repair (bot.content.repair): what the digest lint flags is mended, and the
lint's known false positives never cost a person, a sentence of the story or the outlet."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.content import lint, repair


def _never(_: Sequence[str]) -> str:
    raise AssertionError("no refill expected")


def _first(paragraphs: Sequence[str]) -> str:
    return paragraphs[0] if paragraphs else ""


def _defects(summary: str) -> set[str]:
    item = {"title": "T", "summary": summary, "outlet": "Harbour Ledger", "words": 40}
    return {f.defect for f in lint.lint_item(item)}


# -- authors -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("field", "kept"), [
    ("Ana Lins Editor-at-large", ("Ana Lins",)),
    ("Ines Kovač Senior Editor-in-Chief", ("Ines Kovač",)),
    ("Ana Lins, Chief Diplomatic Correspondent", ("Ana Lins",)),
    ("Ana Lins (AP)", ("Ana Lins",)),
    ("Ana Lins in Lisbon", ("Ana Lins",)),
    ("Staff and agencies", ()),
    ("Reuters", ()),
    ("Harbour Ledger Staff", ()),
    ("Harbour Ledger", ()),  # the outlet itself
])
def test_authors_the_lint_calls_no_person_go_the_person_stays(
    field: str, kept: tuple[str, ...]
) -> None:
    assert lint.author_defect(field, "Harbour Ledger") is not None
    assert repair.authors((field,), "Harbour Ledger") == kept


@pytest.mark.parametrize("person", [
    "Emily Post", "Kevin Press", "Chief Obafemi Adeyemi",  # a surname or honorific the lint counts
    "B.Nomin", "Kazinform", "Madonna",  # one word: maybe a person, never dropped
    "Ana Lins",
])
def test_repair_never_drops_a_person_the_lint_doubts(person: str) -> None:
    assert repair.authors((person,), "Harbour Ledger") == (person,)


# -- summary -----------------------------------------------------------------------------------

def test_furniture_sentence_goes_and_the_summary_is_refilled() -> None:
    paragraphs = ["The bloc suspended the country on Wednesday.",
                  "Get our Africa briefing free in your inbox: sign up now.",
                  "Leaders meet again in January."]
    summary = "The bloc suspended the country on Wednesday. " + paragraphs[1]
    assert "junk" in _defects(summary)

    def again(source: Sequence[str]) -> str:
        assert paragraphs[1] not in " ".join(source)
        return " ".join(source)

    out = repair.summary(summary, paragraphs, again)
    assert out == "The bloc suspended the country on Wednesday. Leaders meet again in January."
    assert not _defects(out)


@pytest.mark.parametrize("summary", [
    "Spotify said on Wednesday it would raise prices in 12 markets.",
    "Farmers asked the minister to listen to the people of the valley.",
    "O Senado quer que o presidente assine o acordo antes de março.",
    "The Ledger newsletter reported the leak first, the ministry said on Monday, before the vote.",
])
def test_a_news_sentence_holding_a_junk_word_stays(summary: str) -> None:
    assert repair.summary(summary, [summary], _never) == summary


def test_entity_debris_and_a_trailing_link_text_are_cut_not_the_sentence() -> None:
    out = repair.summary("Talks resumed in Geneva#8230; on Monday. [mehr]", ["x"], _never)
    assert out == "Talks resumed in Geneva… on Monday."


def test_label_before_the_first_sentence_goes() -> None:
    out = repair.summary("ISLAMABAD (Meridian Press): The cabinet approved the budget on Monday.",
                         ["x"], _never)
    assert out == "The cabinet approved the budget on Monday."


def test_empty_summary_falls_back_to_the_first_sentences() -> None:
    text = ("“We will sign the border deal before the summer, and both parliaments will vote on "
            "it in the autumn,” the minister said. Talks resume in March in the capital.")
    out = repair.summary("", [text], _first, full_text=text)
    assert out.startswith("“We will sign the border deal")
    assert not _defects(out)


def test_a_short_item_keeps_its_empty_summary() -> None:
    assert repair.summary("", ["Listen now."], _first, full_text="Listen now.") == ""


def test_run_together_blocks_split_where_the_markup_has_the_boundary() -> None:
    summary = "Harbour board votes after a year of hearings The new terminal will open in 2029."
    html = ("<div>Harbour board votes after a year of hearings</div><div>The new terminal will "
            "open in 2029.</div>")
    assert "run_together" in _defects(summary)
    out = repair.summary(summary, [summary], _never, html=html)
    assert out == ("Harbour board votes after a year of hearings. The new terminal will open in "
                   "2029.")


@pytest.mark.parametrize(("summary", "html"), [
    # the lint's known false positives: one phrase, or a live blog's time stamp
    ("Kudipay raised $12m in a Series A round led by two funds.",
     "<p>Kudipay raised $12m in a Series A round led by two funds.</p>"),
    ("9:10pm A warning was issued. 9:02pm A quake struck off the coast.",
     "<p>9:10pm</p><p>A warning was issued.</p><p>9:02pm</p><p>A quake struck off the coast.</p>"),
])
def test_no_full_stop_where_the_markup_has_no_block_boundary(summary: str, html: str) -> None:
    assert repair.summary(summary, [summary], _never, html=html) == summary


def test_glued_sentences_get_their_space() -> None:
    out = repair.summary("Talks resumed (after six months).The next round is in January.",
                         ["x"], _never)
    assert out == "Talks resumed (after six months). The next round is in January."


def test_glued_repair_leaves_domains() -> None:
    summary = "The report is on harbour.example.com and Example.Org hosts the data."
    assert repair.summary(summary, [summary], _never) == summary


def test_dateline_and_print_capitals_in_the_lead() -> None:
    assert repair.summary("TARVIK — The port of Tarvik reopened on Thursday after a week.",
                          ["x"], _never) == "The port of Tarvik reopened on Thursday after a week."
    caps = "WHILE the opposition walked out, parliament passed the budget."
    assert repair.summary(caps, ["x"], _never) == "While" + caps[5:]


def test_a_summary_going_on_into_a_cut_sentence_ends_at_the_last_whole_one() -> None:
    out = repair.summary("The court halted the work on Tuesday. The judges said the operator…",
                         ["x"], _never)
    assert out == "The court halted the work on Tuesday."


def test_a_clean_summary_is_left_as_it_is() -> None:
    summary = "Von Wien bis Rotterdam stehen die Güterzüge still. Die Bahnen rechnen mit Ausfällen."
    assert not _defects(summary)
    assert repair.summary(summary, [summary], _never) is summary


# -- title -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "want"), [
    ("<span class='webrupee'>₹</span>4,000 crore plan", "₹4,000 crore plan"),
    ("Rupee falls &amp;#8211; bank steps in", "Rupee falls – bank steps in"),
    ("It#8217;s over", "It’s over"),
])
def test_title_markup_is_stripped(title: str, want: str) -> None:
    assert lint.title_markup(title)
    assert repair.title(title) == want


def test_a_plain_title_is_unchanged() -> None:
    assert repair.title("AT&T to buy a stake in #1 carrier") == "AT&T to buy a stake in #1 carrier"


@pytest.mark.parametrize("tail", ["The talks cover:", "The talks set up a"])
def test_a_summary_ending_on_a_colon_or_mid_sentence_ends_at_its_last_sentence(tail: str) -> None:
    summary = "Ministers met in Doha on Monday. " + tail
    assert "cut_off" in _defects(summary)
    assert repair.summary(summary, ["x"], _never) == "Ministers met in Doha on Monday."


def test_a_lone_cut_sentence_stays() -> None:
    assert repair.summary("The talks cover:", ["x"], _never) == "The talks cover:"


def test_a_later_sentence_repeating_an_earlier_one_goes_and_is_refilled() -> None:
    first = "The army said the ceasefire in the north held for a third day on Thursday."
    again = "As the army said the ceasefire in the north held for a third day, aid arrived."
    summary = f"{first} {again}"
    assert "repeated" in _defects(summary)
    out = repair.summary(summary, [first, again, "Talks resume in March."],
                         lambda source: " ".join(source))
    assert out == f"{first} Talks resume in March."
