"""Quote speakers after a possessive-owned role, a bracketed retired mark between rank and
name, and Urdu role words in the oblique case."""

from __future__ import annotations

from bot.content.quotes import extract_quotes


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes([text])]


def test_possessive_role_then_the_name_in_apposition() -> None:
    # the role's noun need not be a known one: the possessive, the comma and the name say it
    text = "“We saw the effect within weeks,” said the study’s lead author, Dr Farah Isaacs."
    assert _who(text) == [("Farah Isaacs", None)]
    text = "“We saw the effect within weeks,” said the trial's chief investigator, Tomas Brandt."
    assert _who(text) == [("Tomas Brandt", None)]
    # a named owner is the affiliation
    text = "“The samples are intact,” said Uppsala's head curator, Lena Holm."
    assert _who(text) == [("Lena Holm", "Uppsala")]


def test_possessive_role_without_a_name_after_it_names_nobody() -> None:
    text = "“We saw the effect within weeks,” said the company's statement, issued on Monday."
    assert _who(text) in ([], [(None, None)])


def test_urdu_rank_then_bracketed_retired_mark_then_name() -> None:
    text = "”سرحد پر صورتحال قابو میں ہے“، بریگیڈیئر (ر) طارق جمیل نے کہا۔"
    assert _who(text) == [("طارق جمیل", "بریگیڈیئر")]
    text = "”سرحد پر صورتحال قابو میں ہے“، لیفٹیننٹ جنرل (ریٹائرڈ) طارق جمیل نے کہا۔"
    assert _who(text) == [("طارق جمیل", "لیفٹیننٹ جنرل")]
    text = 'ब्रिगेडियर (सेवानिवृत्त) अजय वर्मा ने कहा, "सीमा पर स्थिति नियंत्रण में है"'
    assert _who(text) == [("अजय वर्मा", "ब्रिगेडियर")]


def test_english_rank_with_a_dotted_retired_mark() -> None:
    text = "“The border is calm,” said Brig. (Retd.) Tariq Jamil."
    assert _who(text) == [("Tariq Jamil", None)]
    text = "Lt. Gen. (Retd.) Tariq Jamil said: “The border is calm.”"
    assert _who(text) == [("Tariq Jamil", None)]
    text = "“The border is calm,” Gen (r) Asad Durrani said."
    assert _who(text) == [("Asad Durrani", None)]


def test_urdu_role_word_in_the_oblique_case() -> None:
    # "نمائندے" after the genitive "کے" is the oblique of "نمائندہ"
    text = "پاکستان کے نمائندے عثمان ملک نے کہا: ”ہم مذاکرات کے لیے تیار ہیں۔“"
    assert _who(text) == [("عثمان ملک", "پاکستان کے نمائندے")]
    text = "”ہم مذاکرات کے لیے تیار ہیں“، پاکستان کے نمائندے عثمان ملک نے کہا۔"
    assert _who(text) == [("عثمان ملک", "پاکستان کے نمائندے")]
    text = 'भारत के प्रतिनिधि अजय वर्मा ने कहा, "हम बातचीत के लिए तैयार हैं"'
    assert _who(text) == [("अजय वर्मा", "भारत के प्रतिनिधि")]


def test_possessive_body_then_its_name_is_no_person() -> None:
    text = "“Rates will stay high,” said the country's central bank, Bank Indonesia."
    assert all(speaker != "Bank Indonesia" for speaker, _ in _who(text))
