"""The held-out feed benchmark: its detectors on invented strings, and a real run on two feeds.

The detector tests use text written here, not the held-out corpus, so they say nothing about
how the pipeline does on it; the smoke run only checks that the harness serves, previews,
matches and counts (its defect counts are not asserted: they are what the benchmark measures).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import heldout as h


def test_mojibake_detector_sees_misdecoded_text() -> None:
    assert h.mojibake("Espa\u00c3\u00b1a y Francia", "es") == "mis-decoded sequence"
    assert h.mojibake("Gespr\ufffdch in Wien", "de") == "replacement char"
    assert h.mojibake("Ð\u0092ÐµÑ\u0081Ñ\u0082Ð¸ из Москвы", "ru") is not None
    # Shift-JIS bytes read as Latin-1: Latin letters where Japanese is expected
    jp = "日韓首脳が合意した".encode("cp932").decode("latin-1")
    assert h.mojibake(jp, "ja") is not None
    # Latin-1 umlauts read as cp1251: a Cyrillic letter inside a German word
    assert h.mojibake("Gespräch über Zölle".encode("latin-1").decode("cp1251"), "de") is not None
    for text, lang in (("España y Francia", "es"), ("Переговоры в Москве", "ru"),
                       ("日韓首脳が合意", "ja"), ("Gespräch über Zölle", "de"),
                       ("Άγκυρα και Αθήνα ξαναρχίζουν τον διάλογο", "el"),
                       ("Президент підписав закон про громадянство", "uk"),
                       ("भारत और अमेरिका के बीच व्यापार समझौते पर बातचीत शुरू हुई", "hi"),
                       ("ঢাকায় জাতিসংঘের প্রতিনিধিদলের সঙ্গে বৈঠক হয়েছে", "bn")):
        assert h.mojibake(text, lang) is None
    # Devanagari where Bengali is expected is a wrong script, as Latin would be.
    assert h.mojibake("भारत और अमेरिका के बीच व्यापार समझौते पर बातचीत", "bn") == "wrong script"


def test_latin1_letters_for_another_script_are_mojibake() -> None:
    """Greek bytes read as windows-1252: Latin-1 letters where the true text is Greek."""
    true = "The Greek word for it, «Ήρεμα νερά», means calm waters."
    shown = true.encode("cp1253").decode("cp1252")
    assert h.foreign_letters(shown, true) == "Latin-1 letters for greek"
    assert h.foreign_letters(true, true) is None
    assert h.foreign_letters("Talks in Zürich and São Paulo", "Talks in Zürich and São Paulo "
                             "with «Ήρεμα νερά»") is None  # the true text has them


def test_glued_and_repeated_detectors() -> None:
    assert h.glued("The vote failed.Talks resume on Monday.")
    assert h.glued("The motion passed by 131 votes to 18.Rights groups welcomed it.")
    assert not h.glued("Growth was 3.5 per cent in 2025.")
    assert not h.glued("The vote failed. Talks resume on Monday, see example.com/News.")
    assert not h.glued("U.S. and E.U. officials met in St. Petersburg.")
    # a one-letter next word (pt/es/it "O", "A", "E", en "A", "I")
    assert h.glued("com a União Europeia.O Itamaraty falou em risco.")
    assert h.glued("The talks ended on Friday.A new round is due in March.")
    assert not h.glued("The Ph.D candidate and the U.S. A-team met.")
    text = "Ministers met in Geneva on Monday to discuss the ceasefire plan in detail."
    assert h.repeated(f"{text} {text}")
    assert not h.repeated(text)


def test_run_together_compares_with_the_raw_blocks() -> None:
    raw = h.RawItem("k", None, "t",
                    ["<p>Standfirst without a stop</p><p>Body starts here. More.</p>"])
    assert h.run_together("Standfirst without a stop Body starts here. More.", raw)
    assert not h.run_together("Standfirst without a stop. Body starts here. More.", raw)
    done = h.RawItem("k", None, "t", ["<p>Standfirst with a stop.</p><p>Body starts here.</p>"])
    assert not h.run_together("Standfirst with a stop. Body starts here.", done)


def test_check_item_accepts_normalised_text_and_instants() -> None:
    exp = {"is_story": True, "title": "Talks ‘resume’ – again", "outlet": "The Paper",
           "authors": ["Ana Lima"], "published": "2026-12-02T14:02:33+05:30",
           "summary_must_not_contain": ["Leia mais"], "relevant": True, "language": "pt"}
    out = {"title": "Talks 'resume' - again", "outlet": "The Paper", "authors": ["ana lima"],
           "published": "2026-12-02T08:32:33+00:00", "summary": "As conversas recomeçam.",
           "quotes": []}
    raw = h.RawItem("k", None, "t", ["<p>As conversas recomeçam.</p>"])
    assert h.check_item(out, exp, raw, {"language": "pt"}) == {}
    bad = dict(out, outlet="The Paper Publishing Ltd", authors=["Lima", "Ana"],
               published="2026-12-02T02:02:33+00:00", title="Talks &#8217;resume&#8217;",
               summary="As conversas recomeçam. Leia mais")
    found = h.check_item(bad, exp, raw, {"language": "pt"})
    assert found["outlet"] == {"legal entity"}
    assert found["authors"] == {"person split"}
    assert found["date"] == {"off by whole hours (zone or 12-hour clock)"}
    assert found["title"] == {"entity"}
    assert found["junk"] == {"sidecar list", "read-more link"}


def test_title_label_the_note_allows_may_stay_with_its_separator() -> None:
    exp = {"is_story": True, "title": "The alliance's budget fight", "outlet": "The Paper",
           "authors": [], "published": None, "relevant": True, "language": "en",
           "note": "Opinion column. Title label 'Opinion' may be kept or dropped"}
    raw = h.RawItem("k", None, "t", ["<p>Text.</p>"])
    for title in ("Opinion: The alliance's budget fight", "Opinion | The alliance's budget fight",
                  "The alliance's budget fight (Opinion)", "The alliance's budget fight"):
        out = {"title": title, "outlet": "The Paper", "authors": [], "published": None,
               "summary": "Text.", "quotes": []}
        assert "title" not in h.check_item(out, exp, raw, {"language": "en"}), title
    out = {"title": "Opinion: The alliance's budget row", "outlet": "The Paper", "authors": [],
           "published": None, "summary": "Text.", "quotes": []}
    assert "title" in h.check_item(out, exp, raw, {"language": "en"})


def test_an_affiliation_in_the_nominative_matches_a_label_in_the_genitive() -> None:
    exp = {"is_story": True, "title": "Berlin warnt", "outlet": "Die Zeitung", "authors": [],
           "published": None, "relevant": True, "language": "de",
           "quotes": [{"speaker": "Jana Roth", "affiliation": "des Auswärtigen Amts"}]}
    raw = h.RawItem("k", None, "t", ["<p>Text.</p>"])

    def found(affiliation: str, language: str = "de") -> dict[str, set[str]]:
        out = {"title": "Berlin warnt", "outlet": "Die Zeitung", "authors": [], "published": None,
               "summary": "Text.",
               "quotes": [{"speaker": "Jana Roth", "affiliation": affiliation, "text": "Nein."}]}
        return h.check_item(out, dict(exp, language=language), raw, {"language": language})

    assert "quotes" not in found("Auswärtiges Amt")
    assert "quotes" not in found("Auswärtigen Amts")
    assert found("Bundeskanzleramt")["quotes"] == {"affiliation wrong"}
    # English does not decline: no endings are cut there
    assert found("Auswärtiges Amt", "en")["quotes"] == {"affiliation wrong"}
    assert h.case_folded("міністерства закордонних справ", "uk") == "міністерств закордонн справ"


def test_refusal_needs_one_line_and_no_traceback() -> None:
    assert h.classify(1, "", "newsbrief: error: cannot decode feed\n").outcome == "refused"
    assert h.classify(0, "[]", "").outcome == "previewed"
    crash = "Traceback (most recent call last):\n  ...\nValueError: x\n"
    assert h.classify(1, "", crash).outcome == "crashed"
    assert h.classify(0, "not json", "").outcome == "crashed"


@pytest.mark.slow
def test_quick_run_on_two_feeds(tmp_path: Path) -> None:
    names = ["en_gb_ledger_world.rss.xml", "ru_vestievrazii_world_cp1251.rss.xml"]
    out = tmp_path / "heldout.json"
    argv = [str(h.DEFAULT_FOLDER), "--out", str(out)]
    for n in names:
        argv += ["--feed", n]
    assert h.main(argv) == 0
    report = json.loads(out.read_text())
    assert [f["name"] for f in report["feeds"]] == sorted(names)
    for feed in report["feeds"]:
        assert feed["outcome"] in ("previewed", "refused")
        assert feed["acceptable"]
        if feed["outcome"] == "previewed":
            assert feed["output_items"] == feed["items"]
    assert report["items"] == 18
    assert set(report["classes"]) == set(h.CLASSES)
    assert 0 <= report["share_defective"] <= 1
    # counts only: no item text leaves the benchmark
    text = out.read_text()
    for n in names:
        side = json.loads((h.DEFAULT_FOLDER / f"{n}.expect.json").read_text())
        assert not any(item["title"] in text for item in side["items"].values())


def _ideal_output(name: str, side: dict) -> list[dict]:
    """What a perfect pipeline would print for a feed: the sidecar's expectations."""
    raws = h.raw_items(h.DEFAULT_FOLDER / name, side["feed"]["encoding"])
    out = []
    for raw in raws:
        exp = side["items"][raw.key]
        out.append({
            "title": exp["title"], "summary": f"{exp['title']}.", "outlet": exp["outlet"],
            "authors": exp["authors"], "link": raw.link, "published": exp["published"],
            "quotes": [dict(q, text="Short.") for q in exp.get("quotes", [])],
            "relevance": 0.9 if exp["relevant"] else 0.1, "is_story": exp["is_story"],
        })
    return out


def test_sidecar_conformant_output_has_no_defects() -> None:
    corpus = h.load_corpus(h.DEFAULT_FOLDER)
    runs = {n: h.FeedRun("previewed", items=_ideal_output(n, side))
            for n, (_, side) in corpus.items()}
    report = h.evaluate(runs=runs, root=h.ROOT)
    assert report.items == 227
    assert report.defective_strict == 0, report.item_findings
    assert report.relevance["precision"] == report.relevance["recall"] == 1.0


def test_wrong_output_and_refusals_are_counted() -> None:
    corpus = h.load_corpus(h.DEFAULT_FOLDER)
    ledger, cp1251 = "en_gb_ledger_world.rss.xml", "ru_vestievrazii_world_cp1251.rss.xml"
    bad = [dict(item, outlet="Ledger Media Group Ltd", is_story=True)
           for item in _ideal_output(ledger, corpus[ledger][1])]
    runs = {ledger: h.FeedRun("previewed", items=bad),
            cp1251: h.FeedRun("refused", error="newsbrief: error: cannot decode")}
    report = h.evaluate(names=[ledger, cp1251], runs=runs, root=h.ROOT)
    n_ledger = len(corpus[ledger][1]["items"])
    assert report.defective == n_ledger  # every item: legal-entity outlet
    assert report.classes["outlet"] == n_ledger
    assert report.classes["non_story"] == sum(
        not e["is_story"] for e in corpus[ledger][1]["items"].values())
    assert report.kinds["outlet: legal entity"] == n_ledger
    # refusing an encoding trap is allowed for this feed: nothing lost, nothing defective
    assert [f.acceptable for f in report.feeds] == [True, True]
    # a feed whose sidecar does not allow refusal loses its stories
    runs[ledger] = h.FeedRun("crashed", error="traceback: ValueError")
    report = h.evaluate(names=[ledger], runs=runs, root=h.ROOT)
    assert report.classes["feed_lost"] == sum(
        e["is_story"] for e in corpus[ledger][1]["items"].values())
