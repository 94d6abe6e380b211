"""The fast sentence splitter: abbreviations, acronyms, decimals, quotes, non-Latin scripts."""

from __future__ import annotations

import pytest

from bot.content.sentences import join_open_quotes, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. President-elect Joe Smith met Gen. Mark Lee on Tuesday. "
            "The talks lasted 3.5 hours.",
            ["U.S. President-elect Joe Smith met Gen. Mark Lee on Tuesday.",
             "The talks lasted 3.5 hours."],
        ),
        (
            "Dr. Ana Ruiz said growth hit 2.5% in the U.K. economy. Sen. Bo Park disagreed.",
            ["Dr. Ana Ruiz said growth hit 2.5% in the U.K. economy.", "Sen. Bo Park disagreed."],
        ),
        (
            "Sanctions were imposed by the U.S. The move angered Moscow.",
            ["Sanctions were imposed by the U.S.", "The move angered Moscow."],
        ),
        (
            "John F. Kennedy spoke on Jan. 6 about item No. 2 in the plan.",
            ["John F. Kennedy spoke on Jan. 6 about item No. 2 in the plan."],
        ),
        (
            "The U.N. Security Council met in New York. Mr. Guterres spoke first.",
            ["The U.N. Security Council met in New York.", "Mr. Guterres spoke first."],
        ),
        (
            "“We are ready.” Then he left. Was it enough? Nobody knows!",
            ["“We are ready.”", "Then he left.", "Was it enough?", "Nobody knows!"],
        ),
        ("We will ... win. It is certain.", ["We will ... win.", "It is certain."]),
        ("It was 9 a.m. The sirens sounded.", ["It was 9 a.m.", "The sirens sounded."]),
        ("No trailing punctuation here", ["No trailing punctuation here"]),
        ("", []),
        ("   ", []),
    ],
)
def test_english_boundaries(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung hat am Montag neue Sanktionen beschlossen. "
            "Der Kanzler sagte, man werde handeln.",
            ["Die Regierung hat am Montag neue Sanktionen beschlossen.",
             "Der Kanzler sagte, man werde handeln."],
        ),
        (
            "북한은 미사일을 발사했다. 합동참모본부가 밝혔다.",
            ["북한은 미사일을 발사했다.", "합동참모본부가 밝혔다."],
        ),
        ("中国外交部表示反对。美国没有回应。", ["中国外交部表示反对。", "美国没有回应。"]),
        (
            "قال الوزير إن المحادثات ستستمر؟ وأضاف أن الوضع صعب.",
            ["قال الوزير إن المحادثات ستستمر؟", "وأضاف أن الوضع صعب."],
        ),
        # Hindi and Bengali end a sentence with the danda; a straight quote after it closes
        (
            'बैठक सोमवार को हुई। मंत्री ने कहा, "हम तैयार हैं।" बातचीत जारी रहेगी।',
            ["बैठक सोमवार को हुई।", 'मंत्री ने कहा, "हम तैयार हैं।"', "बातचीत जारी रहेगी।"],
        ),
        ("বৈঠক শেষ হয়েছে। আলোচনা চলবে।", ["বৈঠক শেষ হয়েছে।", "আলোচনা চলবে।"]),
    ],
)
def test_other_languages(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_sentences_rejoin_to_the_original_text() -> None:
    text = "First one. Second “quoted.” Third? Fourth!"
    assert " ".join(split_sentences(text)) == text


def test_long_paragraph_is_linear() -> None:
    # 50k sentences in one paragraph must not be quadratic (no per-boundary slicing).
    text = "The minister spoke. " * 50_000
    assert len(split_sentences(text)) == 50_000


@pytest.mark.parametrize(
    ("paragraph", "units"),
    [
        (
            "Ursula Müller said: “This is a first step. Both sides were serious.” Talks resume.",
            ["Ursula Müller said: “This is a first step. Both sides were serious.”",
             "Talks resume."],
        ),
        (
            "“Every blackout cost us €300. If they keep their word, we can breathe. If not… we "
            "have the generator ready.”",
            ["“Every blackout cost us €300. If they keep their word, we can breathe. If not… we "
             "have the generator ready.”"],
        ),
        ('He said "We are ready. We are able." Then he left.',
         ['He said "We are ready. We are able."', "Then he left."]),
        ("Le ministre a dit « Nous sommes prêts. Nous attendons. » Puis il est parti.",
         ["Le ministre a dit « Nous sommes prêts. Nous attendons. »", "Puis il est parti."]),
        # A run-on quote (continued in the next paragraph) keeps the rest of its paragraph.
        ("She said: “The first part. It goes on.", ["She said: “The first part. It goes on."]),
        ("No quotes here. Two sentences.", ["No quotes here.", "Two sentences."]),
        ("It’s the minister’s view. Officials agree.", ["It’s the minister’s view.",
                                                        "Officials agree."]),
        # Bengali ‘…’: before a letter without case, ‘ opens a quote (no apostrophe there)
        ("মন্ত্রী বলেন, ‘আমরা প্রস্তুত। আলোচনা চলবে।’ বৈঠক শেষ।",
         ["মন্ত্রী বলেন, ‘আমরা প্রস্তুত। আলোচনা চলবে।’", "বৈঠক শেষ।"]),
    ],
)
def test_join_open_quotes_keeps_a_quotation_in_one_unit(paragraph: str, units: list[str]) -> None:
    assert join_open_quotes(split_sentences(paragraph)) == units


def test_boundary_scan_finds_what_the_pattern_finds() -> None:
    """_boundaries tries _BOUNDARY only where a match can start: the same matches as
    finditer, on text made of the characters the pattern cares about."""
    import random

    from bot.content import sentences

    rng = random.Random(19)
    chars = ".!?…。！？؟۔। »\"'”’)]」』\u00a0\u202fxA a\n"
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    texts += ["Talks ended... Then? No. «Oui. » Non.", "a..b", "U.S. officials. The end"]
    for text in texts:
        want = [(m.span(), m.groupdict()) for m in sentences._BOUNDARY.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in sentences._boundaries(text)] == want, text


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # a German ordinal (a number and a full stop after an article, or before a month) ends
        # no sentence: the noun after it stays in its sentence
        ("Die Kommission legt das 21. Sanktionspaket vor. Ungarn kündigt Widerstand an.",
         ["Die Kommission legt das 21. Sanktionspaket vor.", "Ungarn kündigt Widerstand an."]),
        ("Die Partei wählte ihn zum 3. Mal an die Spitze. Ungarn lehnt ab.",
         ["Die Partei wählte ihn zum 3. Mal an die Spitze.", "Ungarn lehnt ab."]),
        ("Die Feier zum 75. Jahrestag der Nato beginnt. Die Gäste kommen.",
         ["Die Feier zum 75. Jahrestag der Nato beginnt.", "Die Gäste kommen."]),
        ("Berlin, 18. Dezember. Die Union führt.", ["Berlin, 18. Dezember.", "Die Union führt."]),
        # a count ending a sentence still ends it
        ("Die Zahl der Toten stieg auf 21. Die Behörden suchen weiter.",
         ["Die Zahl der Toten stieg auf 21.", "Die Behörden suchen weiter."]),
        ("The toll rose to 21. Officials said more were missing.",
         ["The toll rose to 21.", "Officials said more were missing."]),
        ("Sie erhielt die 21. Die Jury lobte sie.", ["Sie erhielt die 21.", "Die Jury lobte sie."]),
    ],
)
def test_german_ordinal_is_no_sentence_end(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # "۔" as a hyphen between two names: next to a known place, or too few words before it
        ("دونوں ممالک نے کراچی۔پشاور ریلوے منصوبے پر اتفاق کیا۔",
         ["دونوں ممالک نے کراچی۔پشاور ریلوے منصوبے پر اتفاق کیا۔"]),
        ("دونوں ممالک نے کوئٹہ۔زاہدان ریلوے لائن پر اتفاق کیا۔",
         ["دونوں ممالک نے کوئٹہ۔زاہدان ریلوے لائن پر اتفاق کیا۔"]),
        # a sentence end glued to the next sentence: a verb or auxiliary before it
        ("حکام نے منصوبے پر بات چیت کی ہے۔اگلا دور مئی میں ہوگا۔",
         ["حکام نے منصوبے پر بات چیت کی ہے۔", "اگلا دور مئی میں ہوگا۔"]),
        ("اجلاس اگلے ہفتے اسلام آباد میں ہوگا۔اپوزیشن نے بائیکاٹ کیا۔",
         ["اجلاس اگلے ہفتے اسلام آباد میں ہوگا۔", "اپوزیشن نے بائیکاٹ کیا۔"]),
    ],
)
def test_urdu_stop_glued_between_names_is_a_hyphen(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # Urdu opens a quotation with "’" and closes it with "‘": the mark after "۔" is the
        # quotation's, not the next sentence's (fixture 1168)
        ("ترجمان نے کہا کہ ’نئی فیس یکم جنوری سے لاگو ہوگی۔‘ اگلا جملہ یہاں ہے۔",
         ["ترجمان نے کہا کہ ’نئی فیس یکم جنوری سے لاگو ہوگی۔‘", "اگلا جملہ یہاں ہے۔"]),
        ("وزیر نے کہا کہ ’درخواستیں نمٹائی جا سکیں گی۔‘",
         ["وزیر نے کہا کہ ’درخواستیں نمٹائی جا سکیں گی۔‘"]),
        # a Chinese full stop before an opening quotation mark keeps it for the next sentence
        ("他说。“好。”我们走。", ["他说。", "“好。”", "我们走。"]),
    ],
)
def test_urdu_quotation_closing_mark_after_full_stop(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


def test_word_before_is_the_patterns_word() -> None:
    import random

    from bot.content import sentences

    parts = ["U.S.", " ", "\n", "Gen.", "word", "\t", "\u00a0", "x", "“Dr.", "  ", "3.5"]
    rng = random.Random(19)
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(0, 10)))
        for end in range(len(text) + 1):
            for lo in {0, max(0, end - 3), end}:
                m = sentences._WORD_BEFORE.search(text, lo, end)
                assert sentences._word_before(text, lo, end) == (m.group(1) if m else ""), (
                    text, lo, end)


def test_urdu_double_quotation_closing_after_the_full_stop_stays_with_its_sentence() -> None:
    """Urdu opens a double quotation with "”" and closes it with "“", after the full stop
    (fixture 1628): the mark is the quoted sentence's end, not the next sentence's start."""
    text = ("اجلاس ختم ہو گیا۔ ایک رکن نے کہا کہ ”مذاکرات مثبت رہے۔“ دونوں فریقوں نے اتفاق کیا۔")
    assert split_sentences(text) == [
        "اجلاس ختم ہو گیا۔", "ایک رکن نے کہا کہ ”مذاکرات مثبت رہے۔“", "دونوں فریقوں نے اتفاق کیا۔",
    ]
