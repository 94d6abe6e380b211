"""Quote affiliations stated after the name or the title, or only at the speaker's first mention
(held-out set 22 shapes, fixtures 850–852)."""

from __future__ import annotations

import pytest

from bot.content.quotes import extract_quotes


def _who(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.affiliation) for q in extract_quotes(list(paragraphs))]


def test_role_of_a_long_body_then_the_name() -> None:
    text = ("“We cannot watch the whole zone with one boat,” said the Chief Executive Officer of "
            "the Ministry of Fisheries and Marine Resources, Tevita Lolohea Manu.")
    assert _who(text) == [("Tevita Lolohea Manu", "Ministry of Fisheries and Marine Resources")]


def test_portfolio_noun_ends_the_title_not_the_name() -> None:
    text = ("“Smuggling routes have moved south, not disappeared,” said Principal Secretary for "
            "Foreign Affairs Marie-Anne Labiche.")
    assert _who(text) == [("Marie-Anne Labiche", "Principal Secretary for Foreign Affairs")]


def test_deputy_title_takes_the_ministry_the_text_names() -> None:
    assert _who(
        "The first chapters opened on Tuesday, the Foreign Ministry said in a statement.",
        "“We have done in three years what took others a decade,” Deputy Foreign Minister "
        "Petra Halvorsen told the broadcaster.",
    ) == [("Petra Halvorsen", "Foreign Ministry")]


def test_bare_minister_takes_the_one_ministry_named() -> None:
    text = ("Artists will open the festival in March, the Ministry for Culture has announced. "
            "Minister Lucia Ferrante said: “Our neighbours are part of our story.”")
    assert _who(text) == [("Lucia Ferrante", "Ministry for Culture")]


def test_deputy_minister_without_portfolio_keeps_the_title() -> None:
    text = ("Cuba and Mexico signed the agreement, the Ministry of Foreign Affairs reported. "
            "“This is an example of solidarity between peoples,” said Deputy Minister Ernesto "
            "Valdés Ríos.")
    assert _who(text) == [("Ernesto Valdés Ríos", "Deputy Minister")]


def test_who_heads_between_name_and_verb() -> None:
    text = ("“We will not give up on any of the families,” Hemi Tautahi, who heads the national "
            "maritime rescue agency, said after the briefing.")
    assert _who(text) == [("Hemi Tautahi", "national maritime rescue agency")]


def test_body_in_lower_case_after_of() -> None:
    text = ("“The legal texts are not ready on either side,” said Sina Faalogo of the foreign "
            "ministry.")
    assert _who(text) == [("Sina Faalogo", "foreign ministry")]


@pytest.mark.parametrize(
    ("first", "quote", "want"),
    [
        ("Amelia Rutherford, a director at the Interior Ministry, met the delegation on Monday.",
         "“The first flight will leave in February, with observers,” Rutherford said.",
         ("Amelia Rutherford", "Interior Ministry")),
        ("Amelia Rutherford of the Interior Ministry met the delegation on Monday.",
         "“The first flight will leave in February, with observers,” Rutherford said.",
         ("Amelia Rutherford", "Interior Ministry")),
        ("Staatssekretär Jonas Vierling vom Auswärtigen Amt traf am Montag die Familien.",
         "„Das Abkommen gilt ab dem ersten Januar für beide Seiten“, sagte Vierling.",
         ("Jonas Vierling", "Auswärtiges Amt")),
        ("O secretário de Estado dos Negócios Estrangeiros, Rui Albuquerque Tavares, reuniu-se "
         "com o homólogo.",
         "\"O acordo entra em vigor já em janeiro para estudantes\", disse Tavares.",
         ("Rui Albuquerque Tavares", "secretário de Estado dos Negócios Estrangeiros")),
        ("La porte-parole du ministère des Affaires étrangères, Anne-Sophie Delorme, a rencontré "
         "lundi les ONG.",
         "« Nous demandons l'ouverture de couloirs humanitaires sans délai », a déclaré Delorme.",
         ("Anne-Sophie Delorme", "porte-parole du ministère des Affaires étrangères")),
        ("Ana Villalba, que dirige la agencia estatal de búsqueda, se reunió el lunes con las "
         "familias.",
         "\"No dejaremos de buscar a ninguno de ellos\", dijo Villalba.",
         ("Ana Villalba", "agencia estatal de búsqueda")),
    ],
)
def test_affiliation_from_the_first_mention(
    first: str, quote: str, want: tuple[str, str]
) -> None:
    assert _who(first, quote) == [want]


def test_first_mention_sentence_going_on_is_no_body() -> None:
    # ", traf am Montag die Familien": the sentence goes on, no appositive follows the name
    assert _who(
        "Anna Berg, traf am Montag die Familien.",
        "„Wir werden die Suche nach den Vermissten nicht aufgeben“, sagte Berg.",
    ) == [("Anna Berg", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("„Wir sprechen jetzt dieselbe europäische Sprache“, sagte Staatssekretärin Ilona "
         "Sommerfeld im Auswärtigen Amt.", ("Ilona Sommerfeld", "Auswärtiges Amt")),
        ("„Die Zahlen geben keinen Anlass zur Entwarnung“, sagte Referent Malte Osterkamp im "
         "Bundesinnenministerium.", ("Malte Osterkamp", "Bundesinnenministerium")),
        ("„Die Zahlen geben keinen Anlass zur Entwarnung“, sagte Malte Osterkamp im Bundestag.",
         ("Malte Osterkamp", None)),
        ("«Non possiamo affrontare da soli questa emergenza», ha detto Carla Benedetti del "
         "ministero degli Esteri.", ("Carla Benedetti", "ministero degli Esteri")),
    ],
)
def test_body_after_the_name_in_other_languages(text: str, want: tuple[str, str]) -> None:
    assert _who(text) == [want]


def test_role_serving_a_title_holder_is_kept_whole() -> None:
    text = ("“The Caspian is no longer a barrier, it is a bridge,” said Rauf Aliyev, adviser to "
            "the Minister of Transport of Azerbaijan on ports.")
    assert _who(text) == [("Rauf Aliyev", "adviser to the Minister of Transport of Azerbaijan")]


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        # a role after the name in Russian
        (["«Мы готовы к переговорам без предварительных условий», — отметил Арарат Мирзоян, "
          "глава МИД Армении."], ("Арарат Мирзоян", "глава МИД Армении")),
        # the genitive or locative of the role before a two-word name is no part of it
        (["«Мы внимательно следим за ситуацией на границе», — сказал пресс-секретарь Кремля "
          "Дмитрий Песков журналистам."], ("Дмитрий Песков", "пресс-секретарь Кремля")),
        (["«Мы внимательно следим за ситуацией на границе», — заявил посол России в "
          "Казахстане Алексей Бородавкин."], ("Алексей Бородавкин", "посол России в Казахстане")),
        # a surname alone: the full name and the role from the first mention
        (["Официальный представитель МИД России Мария Захарова выступила на брифинге.",
          "«Запад не оставляет нам выбора в этом вопросе», — сказала Захарова."],
         ("Мария Захарова", "представитель МИД России")),
        (["Вице-премьер Белоруссии Виктор Каранкевич провел встречу в Минске.",
          "«Союзное государство развивается по плану и в срок», — заявил Каранкевич."],
         ("Виктор Каранкевич", "Вице-премьер Белоруссии")),
    ],
)
def test_russian_roles_and_names(paragraphs: list[str], want: tuple[str, str]) -> None:
    assert _who(*paragraphs) == [want]


def test_russian_name_with_patronymic_stays_whole() -> None:
    text = ("«Мы внимательно следим за ситуацией», — сказал министр Сергей Викторович Лавров.")
    assert _who(text) == [("Сергей Викторович Лавров", "министр")]
