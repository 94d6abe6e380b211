"""Patterns now run behind a cheaper check answer as they did when they always ran
(differential tests on texts built from the parts that matter)."""

from __future__ import annotations

import random
import re

from bot.content import clean

# _JUNK_TAIL as it was written before its read-on phrases became a tuple
_OLD_JUNK_TAIL = re.compile(
    r"(?:(?<=[.!?\"”’)])|^)\s*(?:"
    r"(?:continue\ reading|read\ more|read\ the\ full\ (?:story|article)|weiterlesen|"
    r"lire\ la\ suite|leer\ más|seguir\ leyendo|continua\ a\ leggere|leia\ mais|"
    r"continue\ lendo)\b[^.!?]{0,60}"
    r"|the\ post\ .{1,200}?\ appeared\ first\ on\ .{1,120}?|\[(?:…|\.\.\.)\])\W*$"
    r"|\s*\[\s*(?:mehr|more|weiter|plus|más|mais|altro)\s*\]\W*$",
    re.IGNORECASE | re.VERBOSE,
)
_TAIL_PARTS = [
    "The talks resumed", ". ", "! ", "” ", " ", "  ", "Read more", "READ MORE", "read  more",
    "Continue reading", "Read the full article", "Leia mais", "more", "plus", "[", "]", "[…]",
    "[...]", "[mehr]", "[ more ]", "The post", " appeared first on ", "The Ledger", "…", "»",
    "Weiterleſen", "Contİnue reading", "conti\u0131nue", ".", ":", "x", "é",
]


def test_junk_tail_cut_where_the_pattern_always_ran() -> None:
    rng = random.Random(19)
    only = frozenset({"junk_tail"})
    for _ in range(6000):
        tail = "".join(rng.choice(_TAIL_PARTS) for _ in range(rng.randrange(1, 9)))
        if "[+" in tail:
            continue  # (another pattern's case)
        assert clean.paragraphs._cut_tail_junk(tail, only) == _OLD_JUNK_TAIL.sub("", tail), tail


_CREDIT_PARTS = [
    "Foreign Desk", " is ", "hosted", " by ", "produced", "Produced By", "Producer: ", "Hosts ",
    "sound design", "Sound Design: ", "music", "the ", "podcast", "episode", ". ", "Maria Lund",
    "reported", "\u212aelly", "ſound design", "PRODUCERS: ", "are ", "von ", "x", "\n",
]


def test_show_credits_found_where_the_pattern_always_ran() -> None:
    rng = random.Random(24)
    for _ in range(6000):
        text = "".join(rng.choice(_CREDIT_PARTS) for _ in range(rng.randrange(1, 9)))
        credits = len(clean.wire_leads._CREDIT_VERB.findall(text))
        old = credits >= 2 or (credits == 1 and bool(clean.wire_leads._SHOW_WORD.search(text)))
        assert clean.junk_gates._is_show_credit(text) == old, text


_GLUE_PARTS = [
    "on Wednesday", ".", "!", "?", "President", " Rasheed", "O", " Itamaraty", "I", " think",
    "2024", "U.S.", "example.com", "“", "«", '"', "They", " were", "„", "sagte er", "a", "Şimdi",
    "www.", "É", " ", "x", "3.5",
]


def test_unglue_tries_its_patterns_only_after_their_hints() -> None:
    def space(m: re.Match[str]) -> str:  # every match replaced, to see each one
        return f"<{m.start()}>"

    rng = random.Random(19)
    for _ in range(6000):
        text = "".join(rng.choice(_GLUE_PARTS) for _ in range(rng.randrange(1, 12)))
        for pattern, hint in ((clean.entities._GLUED, clean.entities._GLUED_HINT),
                              (clean.entities._GLUED_QUOTE, clean.entities._GLUED_QUOTE_HINT)):
            assert clean.entities._sub_after_hints(pattern, hint, space, text) == pattern.sub(
                space, text), text


_SIGNOFF_PARTS = [
    "the coast guard said.", " ", "  ", "– ", "— ", "-", "Outlet.com", "Rappler.ph", "Site.co.uk",
    "Portal.com.br", "with reports from Reuters/", "with additional reports from AFP/", ".", "\n",
    "outlet.COM", "x", "Outlet.org", "News.net.", "\u00a0",
]


def test_site_signoff_run_only_where_it_can_match() -> None:
    rng = random.Random(19)
    for _ in range(6000):
        tail = "".join(rng.choice(_SIGNOFF_PARTS) for _ in range(rng.randrange(1, 9)))
        if clean.captions_and_tails._SITE_SIGNOFF.search(tail):
            assert clean.captions_and_tails._site_signoff_possible(tail), tail


_GLUED_PARTS = [
    "Le trattative riprendono", ". ", "? ", "» ", '" ', "” ", " ", "  ", "di ", "by ", "dal nostro "
    "inviato ", "von ", "Marco De Angelis", "GIULIA FERRARO", "Paolo Righi", " e ", ", nostra "
    "corrispondente", ", our correspondent in Rome", ".", "x", "a", "É",
]


def test_glued_byline_tail_found_at_its_stop_as_after_it() -> None:
    """GLUED_BYLINE_TAIL_AT_STOP (searched by re's scan for the stop) matches where the
    lookbehind pattern does, one character earlier, with the same names."""
    rng = random.Random(19)
    after, at_stop = clean.GLUED_BYLINE_TAIL, clean.wire_leads.GLUED_BYLINE_TAIL_AT_STOP
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(_GLUED_PARTS) for _ in range(rng.randrange(1, 9)))
        a, b = after.search(text), at_stop.search(text)
        assert (a is None) == (b is None), text
        if a is not None and b is not None:
            found += 1
            assert (b.start() + 1, b.end(), b["names"]) == (a.start(), a.end(), a["names"]), text
    assert found > 30  # (the parts make matches, not only misses)


_SPACING_PARTS = [
    "Talks", "resumed", " ", "  ", "\u00a0", "\u2009", "\u3000", "\t", "\n", "\x1c", "\x85",
    "\u2028", "\u200b", "é", "“", "…", ".", "",
]


def test_markup_leftovers_keep_a_spaced_text_as_the_word_join_does() -> None:
    """The shortcut for text already spaced one space apart (no other whitespace) answers as
    `" ".join(text.split())` does."""
    rng = random.Random(19)
    for _ in range(6000):
        text = "".join(rng.choice(_SPACING_PARTS) for _ in range(rng.randrange(0, 8)))
        assert clean.sentence_fixes._strip_markup_leftovers(text) == " ".join(
            clean.sentence_fixes._unglue(clean.sentence_fixes.fix_entities(text)).split()
        ), repr(text)


_DOTTED_PARTS = ["U", "S", "a", ".", ". ", "A.", "B", "é", "É", " ", "..", "1", "X.Y"]


def test_dotted_capitals_found_where_the_class_led_pattern_finds_them() -> None:
    """geo's look for "[A-Z].[A-Z]." from its full stop answers as the pattern searched from
    its capital does (overlapping candidates included: "a.B.C.")."""
    from bot.content import geo

    rng = random.Random(19)
    hint = re.compile(r"[A-Z]\.[A-Z]\.")
    for _ in range(6000):
        text = "".join(rng.choice(_DOTTED_PARTS) for _ in range(rng.randrange(0, 10)))
        assert geo._has_dotted_capitals(text) == bool(hint.search(text)), text
    assert geo._has_dotted_capitals("a.B.C.") and not geo._has_dotted_capitals("a.b.C.")


_CUE_PARTS = [
    "first published", "was published", "/fim", "/fim.", "/fimx", "release from", "release  by",
    "mitteilung des", "communiqué", "comunicado", ")", ") –", ")&#8212;", ")&ndash;", ") -", " ",
    "\u00a0", "<p>", "reuters", "ı", "İ", "x",
]


def test_agency_credit_cue_answers_as_its_pattern() -> None:
    """rights_holders' cue (its bracket branch first, its words behind an RE2 literal pass)
    answers as _AGENCY_CREDIT_CUE.search does."""
    from bot.content.attribution import authors

    rng = random.Random(19)
    hits = 0
    for _ in range(6000):
        low = "".join(rng.choice(_CUE_PARTS) for _ in range(rng.randrange(0, 8))).casefold()
        expected = authors._AGENCY_CREDIT_CUE.search(low) is not None
        hits += expected
        assert authors._credit_cue(low) == expected, low
    assert hits > 100


def test_interviewer_cues_are_in_every_match() -> None:
    """Each cue list covers its pattern: every literal a match must hold contains a cue."""
    from bot.content import regex_gates
    from bot.content.attribution import bylines

    for pattern, cues in ((bylines._INTERVIEWER_LINE, bylines.INTERVIEWER_LINE_CUES),
                          (bylines._OUTLET_REPORTER_ASKED, bylines.REPORTER_ASKED_CUES)):
        gate = regex_gates.literals(pattern)
        assert gate is not None
        assert all(any(cue in word for cue in cues) for word in gate.words), gate.words


def test_interviewer_found_as_when_both_patterns_always_ran() -> None:
    from bot.content.attribution import bylines

    blocks = [
        "Mit ihm sprach Judith Kern.", "Das Interview führte Ana Roth.",
        "Interview by Dana Whitfield", "Intervista di Marco Bellini", "Entrevista de Rosa Quispe",
        "The talks resumed on Monday. Interviewed by Sam Okoye.",
        "Meanwhile, the Courier's Litia Qaranivalu spoke to the Forum's deputy about the vote.",
        "Officials spoke with reporters. The report said the talks would resume.",
        "INTERVIEW BY DANA WHITFIELD", "Diplomats familiar with the talks said a text circulated.",
    ]

    def always(blocks: list[str], outlet: str = "") -> str | None:
        saved = bylines.INTERVIEWER_LINE_CUES, bylines.REPORTER_ASKED_CUES
        bylines.INTERVIEWER_LINE_CUES = bylines.REPORTER_ASKED_CUES = ("",)  # always true
        try:
            return bylines.interviewer(blocks, outlet)
        finally:
            bylines.INTERVIEWER_LINE_CUES, bylines.REPORTER_ASKED_CUES = saved

    rng = random.Random(19)
    for _ in range(300):
        picked = [rng.choice(blocks) for _ in range(rng.randrange(1, 7))]
        for outlet in ("", "The Courier"):
            assert bylines.interviewer(picked, outlet) == always(picked, outlet), picked


def test_house_notes_by_entry_answer_as_their_alternation() -> None:
    from bot.content import summarize

    entries = [e for es in summarize._summary_table()["house_notes"].values() for e in es]
    alternation = re.compile("|".join(f"(?:{e})" for e in entries), re.IGNORECASE)
    sentences = [
        "Four people were hurt in the hour after the storm, your officials said.",
        "Meet our new author covering Lagos.", "Our newest contributor from Manila writes.",
        "My latest translator in Porto.", "Rounded up blog posts and reactions from the region.",
        "Transcript of a radio interview with the minister.", "Accuracy and availability may vary.",
        "Nuestra nueva autora escribe desde Quito.", "Notre nouvelle autrice à Dakar.",
        "O nosso novo autor em Maputo.", "Unsere neue Autorin berichtet.",
        "Reaktionen aus dem Netz zusammengestellt.", "Il nostro nuovo autore da Napoli.",
        "Ha raccolto post e reazioni.", "Tour operators in four cities reported losses.",
        "OUR NEW AUTHOR covering İzmir", "our new author\u0131 covering",
    ]
    for s in sentences:
        expected = any(w in s.casefold() for w in summarize._HOUSE_NOTE_WORDS) and bool(
            alternation.search(s))
        assert summarize._house_note(s) == expected, s


def test_a_rare_character_gates_before_common_short_words() -> None:
    """Requirement sets rank by UTF-8 length: "©" (two bytes, rare in text) over "ap", "efe",
    which nearly every paragraph holds ("apply", "effect")."""
    from bot.content import regex_gates

    gate = regex_gates.literals(re.compile(r"©\s?(?:afp|ap|efe|epa)\b", re.IGNORECASE))
    assert gate is not None and gate.words == ("©",)
    assert not gate.may_match("The agency applied the effect of the report.")


_EDITOR_PARTS = [
    "<p>", "</p>", "Text.", " ", "Editor", "EDITOR", "editors", "EDİTOR", "edıtor", "Edited by",
    ": ", "：", "Li Na", "李娜", "责任编辑", "編輯", "责编", "编", "辑", "(", ")", "Zhou Min", "x",
]


def test_editor_credits_found_where_the_pattern_always_ran() -> None:
    from bot.content.attribution import authors

    assert authors._editor_gate() is not None  # (derived: the regex is skipped where it can)
    rng = random.Random(17)
    for _ in range(6000):
        html = "".join(rng.choice(_EDITOR_PARTS) for _ in range(rng.randrange(1, 10)))
        found = authors._EDITOR_CREDIT.findall(html)
        names = " | ".join(" ".join(authors.htmllib.unescape(n).split()) for n in found).casefold()
        for who in (("Li Na",), ("李娜", "Zhou Min")):
            old = who if not found else tuple(
                a for a in who if " ".join(a.split()).casefold() not in names)
            assert authors.without_editors(who, html) == old, html


_HONOUR_PARTS = ["Datuk", "Seri", "Dato", "Haji", "Awang", "Pehin", "Tan", "Kamal", "Hisham",
                 "yusof", "Omar", "Sri", "Tun", "Dr", "the"]


def test_honours_dropped_as_when_every_phrase_was_tried() -> None:
    from bot.content.quotes import names

    def old(speaker: str) -> str:
        words = speaker.split()
        stripped = False
        while True:
            folded = [w.casefold() for w in words]
            for phrase in (names._HONOURS + names._HONOURS_AFTER) if stripped else names._HONOURS:
                n = len(phrase)
                if folded[:n] == phrase and len(words) - n >= 2 and words[n][:1].isupper():
                    words, stripped = words[n:], True
                    break
            else:
                return " ".join(words) if stripped else speaker

    rng = random.Random(5)
    for _ in range(4000):
        speaker = " ".join(rng.choice(_HONOUR_PARTS) for _ in range(rng.randrange(0, 7)))
        assert names._without_honours(speaker) == old(speaker), speaker
