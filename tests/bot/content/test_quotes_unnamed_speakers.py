"""Speakers the text leaves unnamed and describes ("a Western diplomat said"): in the languages
whose script has no capitals (Urdu, Hindi, Bengali), a clause opening with the indefinite
article, a role and at most two words before it is the speaker as written, as English "a
European diplomat said" is; a role owned by a body or after other words stays unattributed.
Invented text; fixture 2910 in tests/data/realistic_feeds."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


def _speakers(paras: list[str]) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes(paras)]


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        ("بات چیت بے نتیجہ رہی۔ ایک یورپی سفارت کار نے کہا، ”رقم پر اتفاق ہے، طریقہ کار پر نہیں“۔",
         "ایک یورپی سفارت کار"),
        ("ایک سینئر کسٹمز افسر نے نام ظاہر نہ کرنے کی شرط پر بتایا کہ"
         " ”پہلے دن چار سو ٹرک گزریں گے“۔",
         "ایک سینئر کسٹمز افسر"),
        ("”رقم پر اتفاق ہے، طریقہ کار پر نہیں“، ایک یورپی سفارت کار نے کہا۔",
         "ایک یورپی سفارت کار"),
        ("बातचीत बेनतीजा रही। एक यूरोपीय राजनयिक ने कहा, \"रकम पर सहमति है, तरीके पर नहीं।\"",
         "एक यूरोपीय राजनयिक"),
        ("আলোচনা ফলপ্রসূ হয়নি। একজন ইউরোপীয় কূটনীতিক বলেন, \"অর্থে মতৈক্য আছে, পদ্ধতিতে নয়।\"",
         "একজন ইউরোপীয় কূটনীতিক"),
    ],
)
def test_indefinite_role_is_the_speaker(para: str, speaker: str) -> None:
    assert _speakers([para]) == [(speaker, None)]


@pytest.mark.parametrize(
    "para",
    [
        # the role belongs to a body: whose officer is no description of one person
        "وزارت خارجہ کے ایک افسر نے کہا، ”پہلے دن چار سو ٹرک گزریں گے“۔",
        # a role with a body after it and no article: no one in particular
        "ترجمان دفتر خارجہ نے کہا، ”پہلے دن چار سو ٹرک گزریں گے“۔",
        # more than two words between the article and the role
        "ایک بہت ہی پرانے تجربہ کار سینئر افسر نے کہا، ”پہلے دن چار سو ٹرک گزریں گے“۔",
    ],
)
def test_other_unnamed_roles_stay_unattributed(para: str) -> None:
    assert all(speaker is None for speaker, _ in _speakers([para]))
