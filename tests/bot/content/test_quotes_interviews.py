"""Q&A interviews (set 42's shapes, invented text; fixture 2350 carries three whole): the answers
are the interviewee's quotes, the questions no one's and no summary sentence."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes, read_interview


@pytest.mark.parametrize(
    ("paragraphs", "bold", "speaker"),
    [
        # "Q:"/"A:" labels, the answer quoted; the interviewee after "spoke to" with a role
        (["Ana Roth spoke to the agency's chief negotiator, Losa Vaipulu-Grant.",
          "Q: Will they accept observers?", "A: \u201cEvery boat will carry one by 2028.\u201d",
          "Q: And if not?", "A: \u201cThen they fish somewhere else.\u201d"], (),
         "Losa Vaipulu-Grant"),
        # German "Frage:"/"Antwort:", the interviewee in the standfirst before "über"
        (["Der frühere Botschafter Egon Lindtaler-Sow über den Golf. Mit ihm sprach Ute Kern.",
          "Frage: Herr Lindtaler-Sow, soll Deutschland mitmachen?", "Antwort: Nicht so.",
          "Frage: Und das Abkommen?", "Antwort: Solange Teheran drin bleibt, ja."], (),
         "Egon Lindtaler-Sow"),
        # Italian "D:"/"R:", Portuguese "P:"/"R:" with the name set off in the sentence before
        (["Abbiamo incontrato il console sloveno a Trieste, Marko Zupan-Ferluga.",
          "D: Come ha reagito Lubiana?", "R: «Con preoccupazione.»", "D: E Roma?",
          "R: «Capiamo.»"], (), "Marko Zupan-Ferluga"),
        (["A embaixadora junto da União Africana, Rita Lopes Tavares, esteve no Mindelo. "
          "Falámos com ela sobre a cimeira.", "P: O que ganhou o país?", "R: “Voz.”",
          "P: E Marrocos?", "R: “Uma boa notícia.”"], (), "Rita Lopes Tavares"),
        # bold questions (the markup told), plain answers
        (["Tomas Fale talked to Dr. Faamanu Leiata-Brook, who studies migration.",
          "How much do families depend on it?", "A third of household income.",
          "Does the scheme empty the islands?", "It takes the strongest for seven months."],
         (1, 3), "Faamanu Leiata-Brook"),
        # the interviewer's and interviewee's initials
        (["Aroha Pene sat down with Professor Iliesa Naivo-Hart, who leads the survey.",
          "AP: Why run it with Fiji?", "IN: The reef does not know where the border is.",
          "AP: Who pays?", "IN: Both governments, half each."], (), "Iliesa Naivo-Hart"),
        # bold questions, the first addressing the interviewee the intro names with a role
        (["Nach dem Abzug. Ein Gespräch mit der Botschafterin Amina Konaté.",
          "Frau Konaté, die Bundeswehr zieht ab. Zu Recht?", "Ja, aber zu spät.",
          "Und dann?", "Dann beginnt die eigentliche Arbeit."], (1, 3), "Amina Konaté"),
        # dash turns
        (["We asked Dr. Lena Broch-Ade about the vote.", "— Will the treaty pass?",
          "— It will, by a small margin.", "— And then?", "— Then the hard part starts."], (),
         "Lena Broch-Ade"),
    ],
)
def test_answers_are_the_interviewees_quotes(
    paragraphs: list[str], bold: tuple[int, ...], speaker: str
) -> None:
    interview = read_interview(paragraphs, bold)
    assert interview is not None and interview.speaker == speaker
    got = extract_quotes(paragraphs, headline="X", interview=interview)
    assert got and all(q.speaker == speaker for q in got)
    questions = {paragraphs[i] for i in interview.questions}
    assert not any(q.text in p for q in got for p in questions)
    blocks = interview.summary_blocks(paragraphs, paragraphs)
    assert not set(blocks) & questions
    assert not any("Mit ihm sprach" in b for b in blocks)


def test_urdu_interviewee_before_the_verb_of_talking() -> None:
    paragraphs = ["سرحد کی بندش پر ہم نے سرحد چیمبر آف کامرس کے سابق صدر حاجی گل زمان آفریدی "
                  "سے بات کی۔",
                  "سوال: نقصان کس کو ہوتا ہے؟", "جواب: ”مزدوروں کو سب سے پہلے۔“",
                  "سوال: کوئی فائدہ ہوا؟", "جواب: ”وعدے بہت ہوئے۔“"]
    interview = read_interview(paragraphs)
    assert interview is not None and interview.speaker == "گل زمان آفریدی"
    assert interview.affiliation and interview.affiliation.startswith("سرحد چیمبر آف کامرس")


@pytest.mark.parametrize(
    ("paragraphs", "bold"),
    [
        # a fact check's labels, a story's bold subheads, two speakers who both ask
        (["Claim: A letter says the envoy must leave.", "Rating: MISLEADING", "The letter is a "
          "draft.", "Claim: Another one.", "Rating: FALSE"], ()),
        (["The talks resumed.", "Background", "They broke down in May.", "What next",
          "A vote in June."], (1, 3)),
        (["Hearing transcript.", "Judge: Are you ready?", "Counsel: Are we ever?",
          "Judge: Proceed?", "Counsel: Why not?"], ()),
    ],
)
def test_other_texts_are_no_interview(paragraphs: list[str], bold: tuple[int, ...]) -> None:
    assert read_interview(paragraphs, bold) is None


def test_without_interview_a_plain_answer_is_no_quote() -> None:
    # (the reader is what makes unmarked answers quotes: none without it)
    paragraphs = ["Tomas Fale talked to Dr. Faamanu Leiata-Brook.", "Why?", "Because."]
    assert extract_quotes(paragraphs, headline="X") == ()


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "affiliation"),
    [
        # a role word over the body the text named earlier: the body
        (["Members of the Clan Donnachie Society of Ottawa met in a pub.",
          "\u201cWe had the pipes ready,\u201d said society secretary Ewan Macrae-Odell."],
         "Ewan Macrae-Odell", "Clan Donnachie Society of Ottawa"),
        (["The drill, run by the NATO maritime security centre in Gdynia, was cancelled.",
          "\u201cThe sea did not take a holiday,\u201d said Kasia Lindwall-Orr, a spokeswoman "
          "for the centre."], "Kasia Lindwall-Orr", "NATO maritime security centre"),
        (["The UN migration agency says it gave out water. It paid no one, spokeswoman Lucia "
          "Marenco-Dias told the Courier. \u201cWe do not do that anywhere,\u201d she said."],
         "Lucia Marenco-Dias", "UN migration agency"),
        # no body named: the role stays ("local police", no body's name)
        (["\u201cThey had been at sea for weeks,\u201d said Teuku Ramlan, the local police "
          "chief."], "Teuku Ramlan", "local police chief"),
    ],
)
def test_role_of_a_body_named_before_is_that_body(
    paragraphs: list[str], speaker: str, affiliation: str
) -> None:
    got = extract_quotes(paragraphs, headline="X")
    assert [(q.speaker, q.affiliation) for q in got][:1] == [(speaker, affiliation)]


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "affiliation"),
    [
        # a fact check's spokesperson who "confirmed", then "she said": the ministry named before
        (["Claim: A letter says the Ministry of Foreign Affairs expelled the envoy.",
          "The letter is a draft that was never sent, ministry spokesperson Grace Atim-Lule "
          "confirmed. \u201cOur relations continue normally,\u201d she said."],
         "Grace Atim-Lule", "Ministry of Foreign Affairs"),
        # Urdu: a former diplomat ('سفارت کار'), the title 'سید' opening (and kept in) the name
        (["سابق سفارت کار سید عابد حسین نقوی نے کہا کہ ”وہ خاموش سفارت کاری کے استاد تھے۔“"],
         "سید عابد حسین نقوی", "سابق سفارت کار"),
    ],
)
def test_obituary_and_fact_check_speakers(
    paragraphs: list[str], speaker: str, affiliation: str
) -> None:
    got = extract_quotes(paragraphs, headline="X")
    assert [(q.speaker, q.affiliation) for q in got][:1] == [(speaker, affiliation)]
