"""Issue 17, "who is quoted" (fixtures 3000-3007): attribution shapes the quote reader missed
or misread — a town's short province between commas, "Name of the Body in City", a body before
a lower-case role, a second predicate ("… and says:"), a name then a lower-case description
before the verb, bodies that speak by their kind or by their statement, Hebrew names after the
verb with a role or gershayim title, Lithuanian '– sakė' with the role after its body, Korean
'<name> <country> <body> 대변인은', and Romance bodies named after their kind. Invented text."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes(paragraphs)]


@pytest.mark.parametrize(("paragraphs", "speaker", "affiliation"), [
    (["Luc Fortier, the mayor of Coaticook Falls, Que., said the decision splits families: "
      "\"We have one school and one arena, and half of the parents now need a passport.\""],
     "Luc Fortier", ...),
    (["“We expect about 3,000 nurses to be hired in the first quarter,” said Labor Attaché "
      "Ramon Dizon of the Philippine Overseas Labor Office in Riyadh."],
     "Ramon Dizon", "Philippine Overseas Labor Office"),
    (["“We are speaking to every party that wants a stable government,” said Barisan Rakyat "
      "secretary-general Datuk Seri Hamzah Ismail Roslan at a news conference."],
     "Hamzah Ismail Roslan", "Barisan Rakyat"),
    (["Former reservist Owen Gallagher, 31, from Red Deer, joined Ukraine's International "
      "Legion in the spring and says the artillery never pauses: “Nobody at home would "
      "believe the noise at night.”"], "Owen Gallagher", None),
    (["“The shelf is thinning faster than any model predicted,” Helen Marsh, reader in polar "
      "oceanography at Northfield University, said."], "Helen Marsh", "Northfield University"),
    (["“We stopped believing it would ever happen,” Margaret Hollis, her sister, said."],
     "Margaret Hollis", None),
    (["The Kamchatka Volcano Observatory lowered the alert level on Sunday.",
      "\"Unrest has declined, but it has not stopped,\" the observatory said in its update."],
     "Kamchatka Volcano Observatory", None),
    (["A repair vessel has reached the damaged cable.",
      "\"We expect full capacity by the weekend,\" the operator said in a statement."],
     "the operator", None),
    (["Brunei will start joint patrols next month, the Prime Minister's Office said in a "
      "statement on Monday.", "\"The patrols protect every fisherman in these waters,\" the "
      "statement said."], "Prime Minister's Office", None),
    (["“זו הפעם הראשונה ששתי המדינות מדברות על לוחות זמנים”, אמר ד״ר עמית בן חיים, ראש המכון "
      "לחקר הים האדום."], "עמית בן חיים", "המכון לחקר הים האדום"),
    (["“אנחנו נבוא לכאן כל ערב עד שיבטלו את ההחלטה”, אמרה רותם גבאי, אחות מהעיר."],
     "רותם גבאי", None),
    (["„Kiekviena iš Baltarusijos nupirkta kilovatvalandė finansuoja režimą“, – sakė Rasa "
      "Petrauskienė, Energetikos ministerijos viceministrė."],
     "Rasa Petrauskienė", "Energetikos ministerijos viceministrė"),
    (["중국군이 14일 대규모 합동훈련을 시작했다. 린수전 대만 국방부 대변인은 "
      "\"모든 움직임을 실시간으로 감시하고 있다\"고 밝혔다."], "린수전", "대만 국방부"),
    (["«Sono respingimenti per interposta persona», accusa Chiara Monteleone, portavoce della "
      "ong Rotta Sicura."], "Chiara Monteleone", "Rotta Sicura"),
    (["“É uma vitória, mas nunca deviam ter sido presos”, afirmou o advogado Ernesto Macuácua, "
      "da associação Voz Livre."], "Ernesto Macuácua", "Voz Livre"),
])
def test_speaker_and_affiliation(paragraphs: list[str], speaker: str,
                                 affiliation: object) -> None:
    found = _who(paragraphs)
    if affiliation is ...:  # (any affiliation: the speaker is what is tested)
        assert speaker in [s for s, _ in found], found
    else:
        assert (speaker, affiliation) in found, found


@pytest.mark.parametrize("paragraphs", [
    # a body is no speaker where a person stands before "of the"
    ["“We expect about 3,000 nurses to be hired,” said Ramon Dizon of the Philippine Overseas "
     "Labor Office in Riyadh."],
    # the words before "and says" are what the subject did, never a speaker
    ["Former reservist Owen Gallagher joined Ukraine's International Legion in the spring and "
     "says: “Nobody at home would believe the noise at night.”"],
])
def test_no_body_as_the_speaker(paragraphs: list[str]) -> None:
    found = _who(paragraphs)
    assert all(s is None or ("Office" not in s and "Legion" not in s) for s, _ in found), found


@pytest.mark.parametrize("paragraphs", [
    # two ministries named: "the ministry" is neither
    ["The Ministry of Foreign Affairs summoned the envoy, and the Ministry of Defence put jets "
     "on alert.", "“The violation will not go unanswered,” the ministry said."],
    # a person's statement is no body's
    ["Anna Berg said in a statement that she would resign.", "“I leave with pride and no "
     "regrets at all,” the statement said."],
])
def test_no_guess_between_bodies(paragraphs: list[str]) -> None:
    found = _who(paragraphs)
    assert all(s in (None, "the ministry") for s, _ in found), found
