"""Story / non-story audit (fixtures 1560–1573): kinds a world desk publishes, told by structure
and wording in several languages, beside stories that look like them."""

from __future__ import annotations

import pytest

from bot.content.articles import is_story
from bot.content.service_items import forecast
from bot.core.types import Article

REPORT = (
    "Satellite images and witness accounts show how the paramilitary force took three towns in "
    "North Darfur in November, leaving the army with one garrison.\n\n"
    "The group moved on Kutum, Kabkabiya and Mellit within ten days, according to two aid "
    "workers who left the area last week.\n\n"
    "The United Nations says about 140,000 people have fled the three towns since the start of "
    "November.\n\n"
    "Diplomats say the advance weakens the army before ceasefire talks planned for January."
)


def _article(title: str, text: str, *, categories: tuple[str, ...] = (),
             authors: tuple[str, ...] = ("Amara Okafor",),
             link: str = "https://o.example/world/2026/12/03/item-64001") -> Article:
    return Article(key="k", story_key="s", title=title, link=link, summary="", text=text,
                   outlet="Outlet", authors=authors, categories=categories)


@pytest.mark.parametrize(
    ("title", "text", "categories", "authors", "story"),
    [
        # a clip's label or category over a signed written report: the page carries the clip
        ("Video: How Sudan's paramilitaries tightened their grip on Darfur", REPORT,
         ("Africa", "Video", "video"), ("Amara Okafor",), True),
        ("Guarda: come i paramilitari hanno preso il Darfur", REPORT, ("Video",), ("A B",), True),
        # unsigned: four paragraphs of prose are needed
        ("Video: How Sudan's paramilitaries tightened their grip on Darfur", REPORT,
         ("video",), (), True),
        ("Video: How Sudan's paramilitaries tightened their grip on Darfur",
         REPORT.rsplit("\n\n", 1)[0], ("video",), (), False),
        # the clip's notes: an opening naming the footage
        ("Video: Rescuers pull girl from rubble",
         "The video shows rescuers lifting a girl from a collapsed building in Portoviejo.\n\n"
         + REPORT, ("video",), ("A B",), False),
        # a live, podcast or gallery label (or category) keeps the page's kind
        ("Live: Sudan's paramilitaries tighten their grip on Darfur", REPORT, (), ("A B",), False),
        ("Podcast: How Sudan's paramilitaries took Darfur", REPORT, (), ("A B",), False),
        ("How Sudan's paramilitaries took Darfur", REPORT, ("Video", "Podcast"), ("A B",), False),
        ("How Sudan's paramilitaries took Darfur", REPORT, ("media page",), ("A B",), False),
        # a short text under a clip label stays a clip
        ("Video: Moment rescuers pull girl from rubble",
         "Rescuers in Portoviejo pulled a girl alive from a collapsed building on Thursday.",
         ("video",), ("A B",), False),
    ],
)
def test_clip_label_over_written_report(title: str, text: str, categories: tuple[str, ...],
                                         authors: tuple[str, ...], story: bool) -> None:
    assert is_story(_article(title, text, categories=categories, authors=authors)) is story


@pytest.mark.parametrize(
    ("title", "text", "story"),
    [
        # a live page's entries, newest first, in any language's clock
        ("Ukraine war latest: Kyiv reports drone barrage",
         "Key points\n\n09:42 Ukraine's air force said it shot down 81 of 96 drones.\n\n"
         "09:20 The Swiss foreign ministry confirmed that talks resume this morning.", False),
        ("Krieg in Nahost: Die Entwicklungen am Donnerstag",
         "10.02 Uhr: Die Armee meldet neue Angriffe im Süden des Libanon.\n\n"
         "8.45 Uhr: In Kairo beginnen am Vormittag neue Gespräche über eine Waffenruhe.", False),
        ("Medio Oriente, le notizie di oggi | Riaperto il valico",
         "ore 11.20 - L'Egitto ha riaperto il valico di Rafah ai camion degli aiuti.\n\n"
         "ore 9.05 - Quinto giorno di tregua a Gaza, nessun attacco segnalato.", False),
        ("Election night: results as they come in",
         "12:10 a.m. The commission says turnout reached 64 percent nationwide.\n\n"
         "11:55 p.m. Polls have closed in the last three provinces of the country.", False),
        ("Election night: results as they come in",
         "The time only:\n\n10:15\n\nThe commission says turnout reached 64 percent overall.\n\n"
         "09:50\n\nPolls closed in the last three provinces of the country.", False),
        # a report's timeline runs forward; an agenda is no entry
        ("How the coup unfolded in Niamey",
         "03:10 Soldiers surrounded the presidential palace and cut the state television feed.\n\n"
         "05:45 An officer read a statement announcing the suspension of the constitution.",
         True),
        ("Summit programme",
         "10:30 Arrival.\n\n09:00 Welcome address.", True),
    ],
)
def test_live_entries_newest_first(title: str, text: str, story: bool) -> None:
    assert is_story(_article(title, text)) is story


@pytest.mark.parametrize(
    ("title", "text", "categories", "story"),
    [
        ("How closely did you follow the world this week? Ten questions to find out",
         "From the run-off to the cable cuts, test yourself on the week's news.", (), False),
        ("Ten questions on a busy week", "Which two countries signed the pact?", ("Quiz",), False),
        ("Teste seus conhecimentos: você acompanhou as notícias da semana?",
         "Responda às dez perguntas e descubra.", (), False),
        ("Die Woche in Fragen", "Testen Sie Ihr Wissen über die Nachrichten der Woche.", (), False),
        ("La settimana in dieci domande", "Metti alla prova le tue conoscenze sull'attualità.",
         (), False),
        ("Ukraine-Krieg", "Kiew meldet Angriffe.", ("Kreuzworträtsel",), False),
        # hard negatives
        ("Iranian quiz show host arrested after on-air remarks",
         "A quiz show host was arrested in Tehran, his lawyer said.", (), True),
        ("Ponte sullo Stretto, il governo approva il progetto definitivo",
         "Il consiglio dei ministri ha approvato il progetto del ponte.", (), True),
        ("Ministers test new rules on migrant quotas",
         "The questions to be settled include the quotas.", (), True),
    ],
)
def test_quizzes(title: str, text: str, categories: tuple[str, ...], story: bool) -> None:
    assert is_story(_article(title, text, categories=categories)) is story


@pytest.mark.parametrize(
    ("title", "story"),
    [
        ("Da guerra na Ucrânia às eleições no Chile: as dez notícias que mais leu esta semana",
         False),
        ("From Kyiv to Santiago: the stories you read most this week", False),
        ("Von Kiew bis Santiago: Die meistgelesenen Artikel der Woche", False),
        ("Da Kiev a Santiago, le dieci notizie più lette della settimana", False),
        ("De Kiev a Santiago: las noticias más leídas de la semana", False),
        # hard negatives
        ("Europe's most-read newspaper to close its Moscow bureau", True),
        ("Most readers back the treaty, poll finds", True),
    ],
)
def test_most_read_lists_anywhere_in_the_headline(title: str, story: bool) -> None:
    text = "Reunimos os artigos que os leitores preferiram nos últimos sete dias."
    assert is_story(_article(title, text)) is story


@pytest.mark.parametrize(
    ("title", "text", "is_forecast"),
    [
        ("Cold, dry weather to persist; dense fog likely in plains",
         "ISLAMABAD: The Met Office has forecast cold and dry weather for most parts of the "
         "country during the next 24 hours. Lowest minimum temperatures: Skardu -7°C, Quetta "
         "-2°C.", True),
        ("Freddo e neve sulle Alpi, nel weekend sole al Centro-Sud",
         "Le previsioni per i prossimi giorni: nevicate sulle Alpi. Temperature minime fino a "
         "-6 gradi.", True),
        ("Frost im Norden, Regen im Süden",
         "Der Deutsche Wetterdienst erwartet für das Wochenende Frost bis minus 8 Grad. In den "
         "Alpen fällt Schnee.", True),
        ("Previsão aponta chuva forte no Sul",
         "A previsão do tempo para sexta-feira indica chuva forte e máximas de 31 graus.", True),
        ("سردی کی شدت میں اضافہ",
         "محکمہ موسمیات کے مطابق ملک کے بیشتر علاقوں میں موسم سرد اور خشک رہے گا۔ سکردو میں "
         "درجہ حرارت منفی 7 ڈگری ریکارڈ کیا گیا۔", True),
        # hard negatives: harm, a warning, no temperatures, no forecast
        ("Heatwave grips Pakistan",
         "The Met Office has forecast hot weather for the next week. Temperatures reached 49°C "
         "in Jacobabad, where three people died of heatstroke.", False),
        ("Red alert as storm nears the coast",
         "The Met Office has forecast heavy rain and winds, with temperatures near 12°C.", False),
        ("Fog to persist in plains",
         "The Met Office has forecast fog in the plains during the next 24 hours.", False),
        ("Temperatures hit record 44°C in Seville",
         "Spain recorded its hottest December day, the weather service said.", False),
    ],
)
def test_weather_forecasts(title: str, text: str, is_forecast: bool) -> None:
    assert forecast(title, text) is is_forecast
    assert is_story(_article(title, text, authors=())) is not is_forecast
