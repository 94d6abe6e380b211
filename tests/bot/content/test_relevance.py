"""Relevance: clear positives/negatives across outlets' styles, reasons, priors, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.content import relevance
from bot.core.errors import ConfigError

DATA = Path(__file__).resolve().parents[2] / "data"


LOOPBACK_FEED = "http://127.0.0.1:8080/feed.xml"


def _labelled_items(
    name: str, url: str = LOOPBACK_FEED, content_type: str | None = None
) -> list[tuple[dict[str, Any], bool]]:
    """A realistic fixture (`name` without ".xml" for RSS) through the preview path, each item
    with its sidecar's `relevant` label; every item of the sidecar is there."""
    from bot.content.articles import process_feed
    from bot.deliver.preview import preview_items

    path = DATA / "realistic_feeds" / (name if "." in name else f"{name}.xml")
    expect = json.loads(path.with_name(f"{path.stem}.expect.json").read_text("utf-8"))["items"]
    _, articles = process_feed(path.read_bytes(), url=url, content_type=content_type)
    items = preview_items(articles)
    assert len(items) == len(expect)
    return [(item, expect[item["link"]]["relevant"]) for item in items]
THRESHOLD = 0.5  # the default the benchmark chose (bench/relevance.py DEFAULT_THRESHOLD)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "North Korea fires ballistic missile into sea, Seoul says",
            "SEOUL (Reuters) - North Korea fired a ballistic missile off its east coast on Sunday.",
        ),
        (
            "EU agrees new sanctions package against Russia",
            "BRUSSELS (AP) — European Union ambassadors approved a new package of sanctions.",
        ),
        (
            "Sanctions evasion through Central Asia: what the trade data show",
            "Exports of dual-use goods from the EU to Kazakhstan have surged; we trace how they "
            "reach Russia.",
        ),
        (
            "UN Security Council fails to agree on Sudan ceasefire",
            "A Russian veto blocked a resolution calling for a ceasefire in Darfur.",
        ),
        ("Taiwan's ruling party wins presidential election", "Relations with Beijing stay tense."),
        ("Erdogan offers to mediate talks between Kyiv and Moscow", ""),
    ],
)
def test_foreign_policy_items_score_high(title: str, text: str) -> None:
    assert relevance.score(title, text).score >= THRESHOLD


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Chiefs QB throws four touchdowns as Kansas City rout Broncos",
            "The quarterback found four receivers on Sunday night.",
        ),
        ("Apple unveils iPhone 17 with thinner design", "Preorders open Friday at $799."),
        ("The 15-minute pasta recipe you'll make all week", "Garlic, lemon and parmesan."),
        (
            "Senate passes spending bill hours before shutdown deadline",
            "Lawmakers approved a stopgap measure to keep the government funded.",
        ),
        ("Taylor Swift announces new album at surprise concert", "Fans went wild."),
        ("Mortgage rates fall to lowest level in a year", "The 30-year fixed rate dropped."),
    ],
)
def test_off_topic_items_score_low(title: str, text: str) -> None:
    assert relevance.score(title, text).score < THRESHOLD


def test_reasons_name_entities_and_terms() -> None:
    pos = relevance.score("North Korea fires missile as sanctions bite")
    assert any(r.startswith("+ mentions North Korea") for r in pos.reasons), pos.reasons
    neg = relevance.score("Chiefs QB throws four touchdowns in rout")
    assert "- sports term 'touchdowns'" in neg.reasons  # the word as written
    assert all(r[:2] in ("+ ", "- ") for r in pos.reasons + neg.reasons)
    assert len(pos.reasons) <= 4


def test_feed_category_is_a_prior_and_a_reason() -> None:
    title = "Leaders meet to discuss the crisis"
    world = relevance.score(title, categories=("World",))
    sport = relevance.score(title, categories=("Sports",))
    plain = relevance.score(title)
    assert sport.score < plain.score < world.score
    assert world.reasons[0] == "+ feed category 'World'"


@pytest.mark.parametrize(
    ("title", "world", "sport", "hint"),
    [
        ("سی پیک کا دوسرا مرحلہ: وعدے اور حقیقت", "خارجہ پالیسی", "کھیل", "ur"),
        ("Die Lage an der Ostflanke nach dem Gipfel", "Ausland", "Fußball", "de"),
        ("Un nuovo fondo comune per la difesa", "Esteri", "Calcio", "it"),
        ("Bruselas aprueba el préstamo tras semanas de bloqueo", "Internacional", "Deportes", "es"),
    ],
)
def test_feed_category_prior_in_the_outlets_language(
    title: str, world: str, sport: str, hint: str
) -> None:
    """A world or foreign-policy section and a sports section named in the outlet's own
    language (bot/data/category_priors.json) weigh like 'World' and 'Sports'."""
    plain = relevance.score(title, language_hint=hint)
    up = relevance.score(title, categories=(world,), language_hint=hint)
    down = relevance.score(title, categories=(sport,), language_hint=hint)
    assert down.score < plain.score < up.score
    assert up.reasons[0] == f"+ feed category {world!r}"


def test_cross_source_set_holds_up_in_every_style() -> None:
    """The hand-written held-out set: wire, think tank, tabloid sports, tech, business…"""
    rows = [json.loads(x) for x in (DATA / "relevance_crosssource.jsonl").read_text().splitlines()]
    by_style: dict[str, list[bool]] = {}
    for row in rows:
        ok = (relevance.score(row["title"], row["text"]).score >= THRESHOLD) == bool(row["label"])
        by_style.setdefault(row["style"], []).append(ok)
    overall = sum(sum(v) for v in by_style.values()) / len(rows)
    assert overall >= 0.9
    for style, oks in by_style.items():
        assert sum(oks) / len(oks) >= 0.8, style


def test_only_the_lead_is_read_so_long_texts_do_not_inflate_scores() -> None:
    lead = "Diplomats met in Geneva. " * 20
    tail = "Kremlin NATO sanctions Kyiv " * 50_000  # 1.4 MB of foreign-policy words
    assert relevance.score("Talks", lead + tail) == relevance.score("Talks", lead)


@pytest.mark.parametrize(
    "title",
    ["", " ", "\x00\x01\x02", "🚀🔥" * 100, "مرحبا بالعالم", "a" * 100_000, "U.S.-U.N.-E.U."],
)
def test_hostile_or_empty_input_gives_a_valid_score(title: str) -> None:
    result = relevance.score(title, title, (title,))
    assert 0.0 <= result.score <= 1.0
    assert isinstance(result.reasons, tuple)


def test_run_time_does_not_import_sklearn_or_numpy() -> None:
    code = (
        "import sys, bot.content.relevance, bot.content.tags, bot.content.filters;"
        "import bot.content.clustering;"
        "bot.content.relevance.score('Iran talks');"
        "c = bot.content.clustering.Clusterer(); c.add('k', 'Iran talks resume', '', None);"
        "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_politics_foreign_vs_domestic() -> None:
    """POLITICS is negative in training, but foreign cues inside it still pull the score up."""
    foreign = relevance.score("Bolton: Trump sanctions on European companies possible over Iran")
    domestic = relevance.score("Senate Republicans block voting rights bill in filibuster")
    assert domestic.score < 0.2 < foreign.score


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "is missing"),
        ("{not json", "is damaged (JSONDecodeError"),
        ('{"bias": 0}', "is damaged (KeyError"),
        ('{"bias": 0, "weights": {"x": "y"}}', "damaged"),
    ],
)
def test_missing_or_damaged_model_is_a_clear_config_error(
    tmp_path: Path, content: str | None, problem: str
) -> None:
    path = tmp_path / "relevance_model.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ConfigError) as err:
        relevance.load_model(path)
    assert problem in str(err.value)
    assert "python3 -m bench.train_relevance" in str(err.value)


# --- Error patterns from issue 18: the topic decides, not a country name ---------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A fixture between two countries is sport.
        (
            "Australia edge South Africa in Cape Town thriller",
            "The tourists chased 287 to win the second Test by three wickets on the final day.",
        ),
        ("Netherlands beat Poland 2-0 in Euro qualifier", "Both goals came after half-time."),
        # A company deal naming countries is business.
        (
            "Volkswagen to buy stake in China's Xpeng for $700 million",
            "The German carmaker will take a 5 percent stake in the electric-vehicle startup.",
        ),
        # A fusion project is science, not a nuclear programme.
        (
            "Fusion researchers in Japan switch on the world's largest tokamak",
            "JT-60SA will study plasma for future fusion power plants.",
        ),
        # A domestic hostage-taking is crime.
        (
            "Gunman takes hostages at Texas credit union, surrenders after four hours",
            "Police said no one was hurt.",
        ),
        # Markets from abroad are markets.
        ("Hang Seng slides as property shares fall", "Hong Kong stocks closed 2 percent lower."),
        # The International Space Station is space, not international affairs.
        (
            "Crew of four docks at International Space Station",
            "The capsule carried astronauts from Japan, Denmark and Russia.",
        ),
    ],
)
def test_business_sport_science_and_crime_naming_countries_score_low(title: str, text: str) -> None:
    result = relevance.score(title, text)
    assert result.score < THRESHOLD, result.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # US foreign policy is foreign policy, even when it happens in Washington.
        (
            "Senate panel grills CIA director nominee on China and Iran",
            "The nominee promised to expand the agency's work against Beijing's spies.",
        ),
        (
            "Opinion: America's Sudan policy is failing Darfur",
            "Washington should press the generals in Khartoum and fund the UN appeal.",
        ),
        # A foreign "Congress" and foreign "Democrats" are politics abroad, not US politics.
        (
            "African National Congress picks new leader after election losses",
            "Delegates in Johannesburg chose the deputy president to lead South Africa's party.",
        ),
        (
            "Sweden Democrats join coalition talks in Stockholm",
            "The nationalist party wants a say in immigration policy.",
        ),
        # Figures of the 2000s and periphrases.
        (
            "Sharon and Abbas agree to meet at Sharm el-Sheikh",
            "The leaders will discuss the Gaza pullout, officials on both sides said.",
        ),
        (
            "Moqtada al-Sadr calls on his militia to lay down arms",
            "The Shiite cleric's Mahdi Army has fought US troops in Najaf for three weeks.",
        ),
        ("The Jewish state recalls its ambassador", "The foreign ministry cited threats."),
    ],
)
def test_us_foreign_policy_foreign_parties_and_older_names_score_high(
    title: str, text: str
) -> None:
    result = relevance.score(title, text)
    assert result.score >= THRESHOLD, result.reasons


def test_foreign_congress_is_not_us_politics_in_reasons() -> None:
    result = relevance.score("South Africa's African National Congress loses majority")
    assert not any("US domestic politics" in r for r in result.reasons), result.reasons


def test_a_place_name_holding_a_sport_word_is_not_sport() -> None:
    for title in (
        "Grand Rapids council approves new bus routes",
        "Grand Canyon reopens after rockfall",
    ):
        result = relevance.score(title)
        assert not any("sports term" in r for r in result.reasons), (title, result.reasons)


def test_word_sense_in_reasons() -> None:
    airport = relevance.score("Fog delays flights at Dublin International Airport")
    assert not any("international" in r for r in airport.reasons), airport.reasons
    meeting = relevance.score("Leaders meet on Tuesday to discuss the crisis")
    assert not any(w in r for r in meeting.reasons for w in ("tuesday", "meet")), meeting.reasons


def test_ambiguous_topic_words_take_their_news_sense() -> None:
    """Off-topic group words that are ordinary words in world news: EU-US "data transfers"
    (not football transfers), the verb "show" (not a TV show), Portuguese "porto" (a port, not
    FC Porto), "grupos armados" (not a business group), a signing "cerimónia"."""
    cases = (
        ("EU and US agree new framework for data transfers", "en", "sports term"),
        ("Satellite images show farmland abandoned in Darfur", "en", "culture/lifestyle"),
        ("Brasil e China estudam ferrovia até o porto de Chancay, no Peru", "pt", "sports term"),
        ("Ataques de grupos armados obrigam milhares a fugir em Moçambique", "pt", "business"),
        ("Timor-Leste assina adesão à ASEAN em cerimónia em Díli", "pt", "culture/lifestyle"),
    )
    for title, lang, group in cases:
        result = relevance.score(title, language_hint=lang)
        assert not any(group in r for r in result.reasons), (title, result.reasons)
    # The clubs and programmes themselves still count as off-topic.
    for title, lang, group in (
        ("FC Porto vence Benfica no clássico do campeonato", "pt", "sports term"),
        ("Reality show star launches new series", "en", "culture/lifestyle"),
    ):
        result = relevance.score(title, language_hint=lang)
        assert any(group in r for r in result.reasons), (title, result.reasons)


def test_a_country_in_another_common_spelling_is_recognised() -> None:
    # Urdu writes Bangladesh both "بنگلہ دیش" and "بنگلادیش".
    for title in ("بنگلادیش میں عام انتخابات کا اعلان", "بنگلہ دیش میں عام انتخابات کا اعلان"):
        result = relevance.score(title, language_hint="ur")
        assert any("Bangladesh" in r for r in result.reasons), result.reasons


def test_the_jewish_state_is_israel() -> None:
    result = relevance.score("The Jewish state recalls its ambassador")
    assert any("mentions Israel" in r for r in result.reasons), result.reasons


# --- Languages ---------------------------------------------------------------------------------

# One world story and one home/off-topic story per supported language, written for these tests.
_LANGUAGE_CASES = [
    ("de", "Nato verlegt Kampfjets nach Litauen", "Der Kreml spricht von einer Provokation.",
     "Bayern München gewinnt gegen Dortmund", "Der Stürmer traf zweimal in der Bundesliga."),
    ("fr", "L'Iran et l'AIEA reprennent les pourparlers sur le nucléaire", "",
     "Le PSG remporte le championnat", "Les joueurs ont fêté le titre au Parc des Princes."),
    ("es", "Rusia y China firman un tratado de cooperación militar", "",
     "El Atlético gana al Sevilla con un gol de penalti", "El entrenador celebró la victoria."),
    ("it", "Siria, raid aerei su Idlib: decine di morti", "L'Onu chiede una tregua.",
     "Borsa, Piazza Affari chiude in rialzo", "Bene le banche, lo spread scende."),
    ("pt", "Irão e Arábia Saudita reabrem embaixadas", "O acordo foi mediado pela China.",
     "Sporting vence o Benfica no dérbi", "O avançado marcou dois golos."),
    ("ru", "Израиль нанес авиаудар по Дамаску", "Сирийские власти сообщают о погибших.",
     "Зенит обыграл ЦСКА в матче чемпионата", "Нападающий забил два гола."),
    ("ar", "مجلس الأمن يبحث الأزمة في السودان", "دعت الأمم المتحدة إلى وقف إطلاق النار.",
     "الأهلي يفوز على الزمالك في الدوري", "سجل المهاجم هدفين في المباراة."),
    ("fa", "وزیر خارجه ایران با همتای روسی دیدار کرد", "دو طرف درباره تحریم‌ها گفتگو کردند.",
     "پرسپولیس قهرمان لیگ شد", "بازیکنان در ورزشگاه جشن گرفتند."),
    ("ur", "اقوام متحدہ نے غزہ میں جنگ بندی کا مطالبہ کیا", "سلامتی کونسل کا اجلاس ہوا۔",
     "پاکستان نے سری لنکا کو کرکٹ میچ میں ہرا دیا", "بابر اعظم نے سنچری بنائی۔"),
    ("zh", "联合国安理会讨论朝鲜导弹问题", "美国和日本呼吁加强制裁。",
     "国足主教练宣布新一期集训名单", "球队将在上海进行比赛。"),
    ("ja", "国連安保理、シリア情勢を協議", "停戦に向けた交渉が続いている。",
     "大谷翔平が本塁打、ドジャース勝利", "試合は延長戦にもつれ込んだ。"),
    ("pl", "Rosja wycofuje ambasadora z Litwy", "MSZ w Wilnie potwierdził decyzję.",
     "Legia Warszawa wygrywa mecz z Lechem", "Trener chwalił zawodników."),
    ("sk", "Rusko a Ukrajina sa dohodli na výmene zajatcov", "Rokovania sprostredkoval Katar.",
     "Slovan vyhral zápas nad Trnavou", "Tréner bol spokojný s hráčmi."),
    ("tr", "BM Güvenlik Konseyi Sudan için toplandı", "Ateşkes çağrısı yapıldı.",
     "Galatasaray derbide Fenerbahçe'yi yendi", "Maçta üç gol atıldı."),
]


@pytest.mark.parametrize(
    ("lang", "world_title", "world_text", "other_title", "other_text"), _LANGUAGE_CASES
)
def test_one_story_per_supported_language(
    lang: str, world_title: str, world_text: str, other_title: str, other_text: str
) -> None:
    world = relevance.score(world_title, world_text, language_hint=lang)
    other = relevance.score(other_title, other_text, language_hint=lang)
    assert world.language == other.language == lang
    assert world.scored and other.scored
    assert world.score >= THRESHOLD > other.score, (world.reasons, other.reasons)


def test_the_language_is_detected_without_a_hint() -> None:
    assert relevance.score("Russland und China vertiefen ihre Zusammenarbeit").language == "de"
    assert relevance.score("普京与习近平举行会谈").language == "zh"
    assert relevance.score("プーチン大統領が中国を訪問").language == "ja"


def test_the_outlets_own_country_is_home_not_abroad() -> None:
    text = "Die Koalition einigte sich auf eine Entlastung für Autofahrer."
    german = relevance.score("Bundestag beschließt Tankrabatt", text, language_hint="de-DE")
    assert german.score < THRESHOLD, german.reasons
    assert not any("mentions Germany" in r for r in german.reasons)
    # A British feed: Britain is home, so a domestic story about it is not world news...
    uk = "Downing Street confirms new housing minister"
    assert relevance.score(uk, language_hint="en-GB").score < relevance.score(uk).score


def test_an_unsupported_language_is_stated_and_not_scored() -> None:
    result = relevance.score("กองทัพเมียนมาโจมตีทางอากาศใกล้ชายแดน", "ทหารยืนยันการโจมตี")
    assert result.language == "th"
    assert not result.scored
    assert result.reasons[0].startswith("? written in Thai: not supported")


# The languages supported last (cs el fi sv uk nl hi bn ko id vi he): a world story and a home
# story of another domain each, with no help from a feed category.
NEW_LANGUAGES = [
    ("cs", "Ministr zahraničí jednal v Bruselu o sankcích proti Rusku",
     "Sparta porazila Plzeň ve šlágru kola a vede ligu"),
    ("el", "Ο υπουργός Εξωτερικών συναντήθηκε με τον Τούρκο ομόλογό του στην Άγκυρα",
     "Χρηματιστήριο: Άνοδος για τις μετοχές των τραπεζών"),
    ("fi", "Ulkoministeri: Venäjän pakotteita kiristetään EU:ssa",
     "Jääkiekko: HIFK voitti ottelun jatkoajalla"),
    ("sv", "Utrikesministern kräver nya sanktioner mot Ryssland",
     "Malmö vann matchen och leder allsvenskan"),
    ("uk", "Міністр закордонних справ обговорив з послами ЄС нові санкції проти Росії",
     "Збірна України з футболу виграла матч у Кубку"),
    ("nl", "Minister van Buitenlandse Zaken wil nieuwe sancties tegen Rusland",
     "Ajax wint van PSV in de Eredivisie"),
    ("hi", "विदेश मंत्री ने रूस और यूक्रेन के बीच युद्धविराम पर बातचीत की",
     "क्रिकेट: भारत ने सीरीज का तीसरा मैच जीता"),
    ("bn", "জাতিসংঘে রোহিঙ্গা প্রত্যাবাসন নিয়ে আলোচনা, মিয়ানমারের ওপর নিষেধাজ্ঞার দাবি",
     "শেষ ওভারে জয় পেল দল, সিরিজ জিতল"),
    ("ko", "한미 외교장관 회담…대북제재 공조 재확인",
     "손흥민 리그 10호 골…팀 승리 이끌어"),
    ("id", "Menteri Luar Negeri RI bahas gencatan senjata Gaza dengan PBB",
     "Timnas menang 2-0 di laga kualifikasi Piala Asia"),
    ("vi", "Ngoại trưởng Mỹ và Trung Quốc hội đàm về thỏa thuận thương mại",
     "Đội tuyển bóng đá Việt Nam thắng trận giao hữu"),
    ("he", "שר החוץ נפגש עם שגריר ארה\"ב בנושא הפסקת האש בלבנון",
     "מכבי תל אביב ניצחה במשחק הליגה"),
]


@pytest.mark.parametrize(("lang", "world", "home"), NEW_LANGUAGES)
def test_new_languages_are_scored(lang: str, world: str, home: str) -> None:
    relevant = relevance.score(world, language_hint=lang)
    other = relevance.score(home, language_hint=lang)
    assert relevant.language == other.language == lang
    assert relevant.scored and other.scored
    assert relevant.score >= THRESHOLD, relevant.reasons
    assert other.score < THRESHOLD, other.reasons


def test_a_model_trained_with_other_tables_is_refused(tmp_path: Path) -> None:
    raw = json.loads((Path(relevance.__file__).parents[1] / "data" / relevance.MODEL_FILE)
                     .read_text("utf-8"))
    raw["tables_sha256"] = "0" * 64
    path = tmp_path / "relevance_model.json"
    path.write_text(json.dumps(raw))
    with pytest.raises(ConfigError) as err:
        relevance.load_model(path, check_tables=True)
    assert "other feature tables" in str(err.value)
    assert relevance.load_model(path).weights  # without the check it loads (tests, tools)


def test_the_shipped_model_matches_the_shipped_tables() -> None:
    raw = json.loads((Path(relevance.__file__).parents[1] / "data" / relevance.MODEL_FILE)
                     .read_text("utf-8"))
    assert raw["tables_sha256"] == relevance.tables_hash()


def test_the_feeds_country_domain_names_home_when_the_tag_has_none() -> None:
    from bot.content.language import feed_hint

    title = "Downing Street confirms new housing minister"
    british = relevance.score(title, language_hint=feed_hint("en", "https://news.example.co.uk/"))
    american = relevance.score(title, language_hint=feed_hint("en", "https://news.example.com/"))
    assert british.score < american.score


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        ("Rare white tiger cubs born at zoo in Indonesia",
         "Keepers said the three cubs were healthy.", "en"),
        ("Metal detectorist in Ireland finds medieval coin hoard",
         "The silver coins date from the 12th century.", "en"),
        ("Nace un panda en un zoológico de Japón", "La cría pesa 150 gramos.", "es"),
        ("Archäologen finden Wikingerschatz in Norwegen", "Der Fund lag unter einem Acker.", "de"),
        ("Un panda nasce allo zoo di Tokyo", "Il cucciolo pesa 150 grammi.", "it"),
    ],
)
def test_soft_news_is_not_world_news_because_it_names_a_country(
    title: str, text: str, hint: str
) -> None:
    """Animals, archaeology finds, lotteries, viral clips: a foreign place name is not a story."""
    assert relevance.score(title, text, language_hint=hint).score < THRESHOLD


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        ("Affen erobern Tempelstadt in Thailand",
         "In Lopburi leben inzwischen mehr Tiere als Einwohner.", "de-DE"),
        ("Rugby: Nationalmannschaft verliert Testspiel in Georgien",
         "Die deutsche Auswahl unterlag in Tiflis mit 10:31.", "de-DE"),
        ("Scimmie invadono una città della Thailandia",
         "A Lopburi vivono ormai più animali che abitanti.", "it-IT"),
        ("Rugby, l'Italia perde la partita amichevole in Giappone",
         "La nazionale cede 24-19 a Tokyo.", "it-IT"),
        ("Macacos tomam conta de cidade na Tailândia",
         "Em Lopburi já vivem mais animais do que habitantes.", "pt-PT"),
        ("جاپان میں چیری کے پھول دیکھنے کے لیے سیاحوں کا رش",
         "کیوٹو میں ریکارڈ تعداد میں لوگ پہنچے۔", "ur-PK"),
        ("تھائی لینڈ کے شہر میں بندروں کا راج",
         "لوپبوری میں جانوروں کی تعداد شہریوں سے بڑھ گئی۔", "ur-PK"),
        ("رگبی: کینیا نے یوگنڈا کو ہرا دیا",
         "کمپالا میں کھیلے گئے فائنل میں کینیا نے ٹائٹل برقرار رکھا۔", "ur-PK"),
        ("Monkeys take over a town in Thailand",
         "In Lopburi the animals now outnumber residents.", "en-GB"),
        ("Norwegian biathletes take gold in Oberhof",
         "The men's team finished 40 seconds ahead of France.", "en-GB"),
    ],
)
def test_soft_news_abroad_tourism_animals_and_sport_is_not_world_news(
    title: str, text: str, hint: str
) -> None:
    """Tourists, monkeys, a rugby friendly or a relay abroad: the lexicons' soft-news words
    (tourism, animal curiosities, sports the lists lacked) say what the story is, so one foreign
    place name with no other topic word no longer reads as world news (0.66-0.85 before)."""
    assert relevance.score(title, text, language_hint=hint).score < THRESHOLD


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        ("Thailand scraps tourist visa waiver for Russians",
         "The foreign ministry said the change would take effect next month.", "en-GB"),
        ("Iran relays message to US through Oman",
         "The foreign ministry said a reply had been handed to the Omani envoy.", "en-GB"),
        ("Talks on Ukraine resume at Geneva hotel",
         "Delegations from Washington and Kyiv met for six hours.", "en-GB"),
        ("Anschlag auf Hotel in Kabul: mehrere Tote",
         "Bewaffnete stürmten das Hotel; die Taliban sprachen von einem Angriff des IS.", "de-DE"),
        ("Attacco a un albergo a Mogadiscio, dieci morti",
         "Al-Shabaab ha rivendicato l'assalto vicino al palazzo presidenziale.", "it-IT"),
        ("Ataque a hotel em Mogadíscio faz dez mortos",
         "O grupo al-Shabaab reivindicou o ataque perto do palácio presidencial.", "pt-PT"),
    ],
)
def test_soft_news_words_leave_visas_venues_and_attacks_alone(
    title: str, text: str, hint: str
) -> None:
    """A tourist visa is foreign policy, talks at a hotel diplomacy, an attack on a hotel war;
    "relay" (a message) and "hotel" are no soft-news words."""
    assert relevance.score(title, text, language_hint=hint).score >= THRESHOLD


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        ("Czeski rząd traci większość w parlamencie",
         "Koalicja premiera straciła większość po odejściu partnera.", "pl"),
        ("Węgierska opozycja wygrywa wybory",
         "Partia Tiszy zdobyła większość w parlamencie.", "pl"),
        ("Explained: the US arms package for Ukraine",
         "Congress approved the package after months of delay.", "en"),
    ],
)
def test_explainers_and_adjectival_country_names_are_world_news(
    title: str, text: str, hint: str
) -> None:
    """No hard news verb, a country named only by its adjective ("czeski"): still abroad."""
    assert relevance.score(title, text, language_hint=hint).score >= THRESHOLD


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        ("Un convoglio umanitario è arrivato in città",
         "Secondo il Programma alimentare mondiale, in città sono rimaste 250mila persone.", "it"),
        ("El Banco Mundial congela un crédito",
         "La decisión del Banco Mundial llega tras meses de negociaciones.", "es"),
        ("La Banque mondiale suspend son aide",
         "L'Organisation mondiale de la santé s'inquiète pour les hôpitaux.", "fr"),
    ],
)
def test_world_in_an_institutions_name_is_no_world_cup(title: str, text: str, hint: str) -> None:
    """'mondiale', 'Mundial', 'mondial' name the World Cup on a sports page, and the World Bank,
    the WHO or the WFP elsewhere (bot/data/lexicon senses): the institution is no sports term."""
    reasons = relevance.score(title, text, language_hint=hint).reasons
    assert not any("sports term" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("title", "hint", "country"),
    [
        ("Un convoglio umanitario è arrivato a El Fasher", "it", "Sudan"),
        ("La desesperación de los cristianos de Alepo", "es", "Syria"),
        ("Les habitants d'Alep attendent l'hiver", "fr", "Syria"),
        ("Hilfskonvoi erreicht El Fasher", "de", "Sudan"),
    ],
)
def test_war_cities_name_their_country(title: str, hint: str, country: str) -> None:
    """Cities of long wars written the local way (Alepo, Alep, El Fasher) are places abroad."""
    reasons = relevance.score(title, language_hint=hint).reasons
    assert f"+ mentions {country}" in reasons, reasons


@pytest.mark.parametrize(
    ("title", "hint"),
    [
        ("Russia-Ukraine war enters a fourth winter", "en"),
        ("EU-Außenminister einigen sich auf neue Russland-Sanktionen", "de"),
    ],
)
def test_names_in_hyphenated_compounds_count(title: str, hint: str) -> None:
    """'Russia-Ukraine', 'EU-Außenminister', 'Nato-Gipfel': the names inside count as mentions."""
    rel = relevance.score(title, language_hint=hint)
    assert rel.score >= 0.5, rel
    assert any(r.startswith("+ mentions") for r in rel.reasons), rel.reasons


def test_home_beside_another_country_is_its_own_cue() -> None:
    """The outlet's country with another one is a relation abroad, not a domestic story: the
    home cue ("- about Brazil") is left to stories only about home."""
    both = relevance.features(
        "Brasil e Argentina assinam acordo de energia", lang="pt", home=frozenset({"BR"})
    )
    home = relevance.features("Brasil aprova reforma tributária", lang="pt", home=frozenset({"BR"}))
    assert "@home" not in both.active and "@country" in both.active
    assert "@home" in home.active and "@country" not in home.active
    reasons = relevance.score(
        "Bolívia e Brasil discutem gasoduto", language_hint="pt-BR", max_reasons=8
    ).reasons
    assert not any(r.endswith("about Brazil") for r in reasons), reasons


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        ("Namibia und Angola planen gemeinsame Bahnstrecke",
         "Die Verkehrsminister beider Länder unterzeichneten in Luanda eine Absichtserklärung.",
         "de-NA"),
        ("Timor-Leste e Indonésia concluem demarcação da fronteira",
         "Os dois governos assinaram o acordo em Díli.", "pt-TL"),
        ("Italia e Tunisia firmano intesa sui rimpatri",
         "Il ministro dell'Interno ha incontrato a Tunisi il suo omologo.", "it"),
    ],
)
def test_home_foreign_relations_are_not_scored_down(title: str, text: str, hint: str) -> None:
    """The home country beside another is its foreign relations: no reason against it (the
    learnt '@home+abroad' cue weighed about -0.55 and sank treaties under the line)."""
    rel = relevance.score(title, text, language_hint=hint, max_reasons=8)
    assert rel.score >= 0.6, rel
    assert not any(r.startswith(("- about", "- domestic")) for r in rel.reasons), rel.reasons


def test_an_outlet_is_home_by_its_domain_not_its_cms_language() -> None:
    """Fixtures 740/741: an English site on .co.ug declaring "en-gb" and an Austrian one
    declaring "de-DE", served from loopback: city news is domestic, the country's treaties and
    missions abroad are world news; "US$4" names no country. 742/743: country names the
    gazetteer missed (German genitive "Polens", "Botswana", CLDR's "Myanmar (Birmania)") and
    Italian false friends ("San Marino" as a conflict term, "Segretario agli Esteri")."""
    for stem in ("740_en_ug_city_news_home_from_cctld",
                 "741_de_at_home_beside_abroad_declared_de_de",
                 "742_de_genitive_country_names",
                 "743_it_bracketed_cldr_names_false_friends"):
        for item, relevant in _labelled_items(stem):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])
            assert "United States" not in " ".join(item["reasons"]), item["reasons"]
            assert "'marino'" not in " ".join(item["reasons"]), item["reasons"]


def test_soft_news_abroad_in_world_feeds() -> None:
    """Fixtures 1670-1672 (German, English and Urdu world desks): monkeys, tourists, a rugby
    match or a biathlon relay abroad are soft news however foreign the place; an attack on a
    hotel, a visit, a visa waiver and a message relayed through a third state are world news."""
    for stem in ("1670_de_world_desk_soft_news_abroad", "1671_en_world_desk_soft_news_abroad",
                 "1672_ur_world_desk_soft_news_abroad"):
        for item, relevant in _labelled_items(stem):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])


def test_born_animals_royals_and_auctions_abroad_are_soft_news() -> None:
    """Fixtures 1790/1791 (held-out set 33's false positives): Italian 'nato' is 'born', not
    NATO (geo capitalised_only); a panda born at a zoo, a princess's dress at auction, a royal
    wedding, a bear in a supermarket and a runaway sheep's monument abroad are soft news
    (lexicon @culture); an alliance summit, a UN resolution and a border deal are world news."""
    for stem in ("1790_it_agency_mondo_born_panda_princess_auction",
                 "1791_de_regional_ausland_royal_wedding_animals_abroad"):
        for item, relevant in _labelled_items(stem):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])


def test_a_cms_default_language_tag_does_not_make_an_outlet_american() -> None:
    """Fixtures 1673/1674: WordPress's "en-US" left as installed on a Nepali and a Ghanaian
    outlet's generic domain. The tag's region is no evidence, so the channel's description
    ("Nepal's first online newspaper", JSON Feed's 'description' too) or the feed's own items
    name home: city fees, a budget, a market fire are home news, not news from abroad."""
    for name, content_type in (
        ("1673_en_jsonfeed_wordpress_en_us_described_outlet.json", "application/feed+json"),
        ("1674_en_wordpress_en_us_home_from_items", "application/rss+xml; charset=UTF-8"),
    ):
        for item, relevant in _labelled_items(name, "http://127.0.0.1:8080/feed", content_type):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])


def test_genre_words_do_not_veto_state_action() -> None:
    """Fixture 800: two or more states or international bodies acting (an EU fine on a US
    company, a state's rules its trade partner is asked to raise) are world news whatever genre
    words come with them ('company', 'review', 'firms', 'cloud'); two countries as qualifiers of
    a company deal, a product review and a startup round are not."""
    for item, relevant in _labelled_items("800_en_tech_state_action_vs_genre_words"):
        assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])


def test_regions_and_macau_place_a_story() -> None:
    """Fixtures 802-804: a region that identifies its country ('Rakhine', 'North Kivu') names
    it; a world region named as such ('Südosteuropa') is abroad; Macau is a place, and home on
    .mo."""
    reasons: dict[str, str] = {}
    for stem in ("802_en_region_datelined_subdivisions", "803_de_li_region_word_abroad",
                 "804_pt_mo_macau_home_and_abroad"):
        for item, relevant in _labelled_items(stem):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])
            reasons[item["title"]] = " ".join(item["reasons"])
    assert "Myanmar" in reasons["Fighting in Rakhine forces 12,000 from their homes"]
    assert "about Liechtenstein" not in reasons["Liechtenstein stockt Hilfe für Südosteuropa auf"]
    assert "Macau" in reasons["Macau e Cabo Verde assinam protocolo de formação de quadros"]
    assert "about Macau" in reasons["Autocarros de Macau passam a aceitar pagamento por telemóvel"]


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        # the pair as the subject, a body acting, or politics: state action
        ("Kenya and Ethiopia announce new highway link", "The road will cost $300 million.", "en"),
        ("WTO rules against China in solar panel dispute with the US",
         "The company-level duties breach trade rules, the panel said.", "en"),
    ],
)
def test_state_action_outweighs_genre_words(title: str, text: str, hint: str) -> None:
    assert relevance.score(title, text, language_hint=hint).score >= THRESHOLD


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        # countries that only qualify firms, people or a venue: no state acts
        ("Korean carmaker opens a plant in Mexico", "The company will hire 2,000 workers.", "en"),
        ("Korea stun Portugal to reach World Cup knockouts", "A late winner in Doha.", "en"),
        ("Turista italiano derubato a Parigi", "Gli hanno rubato il portafoglio.", "it"),
    ],
)
def test_named_countries_alone_are_no_state_action(title: str, text: str, hint: str) -> None:
    assert relevance.score(title, text, language_hint=hint).score < THRESHOLD


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        # an amount is no business cue: aid pledged at a donor conference is world news
        ("Geberländer sagen dem Sudan vier Milliarden Euro zu",
         "Die Vereinten Nationen hatten sieben Milliarden Euro erbeten.", "de"),
        ("Conférence de Bruxelles : 12 milliards d'euros promis pour le Liban",
         "Les pays donateurs se sont engagés à financer la reconstruction.", "fr"),
    ],
)
def test_amounts_are_not_business_terms(title: str, text: str, hint: str) -> None:
    r = relevance.score(title, text, language_hint=hint)
    assert r.score >= THRESHOLD, r.reasons
    assert not any("business term" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize(
    ("title", "text", "hint"),
    [
        # ... while buying a company or a brand still is business, whatever the amount
        ("Luxottica acquisisce il marchio Fenwick dagli americani",
         "L'operazione vale 2 miliardi di euro.", "it"),
        # a cricket match report naming two countries is sport
        ("Rahim's century in vain as Bangladesh lose to Ireland",
         "Hosts chase down 287 with three overs to spare in Dublin.", "en"),
    ],
)
def test_company_deals_and_match_reports_stay_low(title: str, text: str, hint: str) -> None:
    r = relevance.score(title, text, language_hint=hint)
    assert r.score < THRESHOLD, r.reasons


def test_a_culture_section_is_a_prior_down() -> None:
    title = "Tbilisi Opera stages new production of 'Daisi'"
    text = "The premiere marks the 100th anniversary of the opera's first performance."
    culture = relevance.score(title, text, categories=("Culture",), language_hint="en")
    plain = relevance.score(title, text, language_hint="en")
    assert culture.score < THRESHOLD and culture.score < plain.score, culture.reasons
    assert culture.reasons[0] == "- feed category 'Culture'"
    # a world section beside it still wins
    world = relevance.score(title, text, categories=("Culture", "World"), language_hint="en")
    assert world.score > plain.score


@pytest.mark.parametrize(
    ("title", "hint"),
    [
        ("Peru's Congress fails to remove president in second impeachment vote", None),
        ("Colombia's senators reject the president's pension reform", None),
        ("Senate confirms new ambassadors after foreign minister's appeal", "en-NG"),
    ],
)
def test_a_legislature_abroad_is_not_us_domestic_politics(title: str, hint: str | None) -> None:
    # "Congress", "Senate", "impeachment" are US domestic politics only when the story is about
    # the US, or the outlet is American and names no other country.
    result = relevance.score(title, language_hint=hint)
    assert not any("US domestic politics" in r for r in result.reasons), result.reasons
    feats = relevance.features(title, home=frozenset({hint[-2:]}) if hint else None)
    assert not any(f.startswith("@us_politics") for f in feats.active)


def test_us_politics_terms_still_count_for_us_stories() -> None:
    for title in (
        "Senate Republicans block Medicare bill",
        "Biden urges Congress to pass border bill",
    ):
        feats = relevance.features(title)
        assert "@us_politics" in feats.active, title
    assert relevance.score("Senate Republicans block Medicare bill").score < THRESHOLD


def test_us_politics_veto_does_not_hide_other_ambiguous_countries() -> None:
    # "runoff" and "senate" veto "Georgia" (the US state), not "Chile's presidential runoff".
    from bot.content import geo

    found = geo.find_mentions("Chile's presidential runoff too close to call")
    names = [m.entity.name for m in found]
    assert names == ["Chile"]
    assert not geo.find_mentions("Georgia's Senate runoff heads to a recount")


@pytest.mark.parametrize(
    ("title", "hint", "name"),
    [
        ("طورخم گزرگاہ تین دن بعد تجارت کے لیے کھول دی گئی", "ur", "Torkham crossing"),
        ("رفح راہداری زخمیوں کے انخلا کے لیے کھل گئی", "ur", "Rafah crossing"),
        ("Aid trucks wait at Kerem Shalom as talks stall", None, "Kerem Shalom crossing"),
        ("Mercosul e Emirados Árabes concluem acordo de livre comércio", "pt-BR", "Mercosur"),
        ("Caricom leaders meet on deportation flights", "en-JM", "Caricom"),
        ("Лидеры ШОС соберутся в Бишкеке", "ru", "Shanghai Cooperation Organisation"),
    ],
)
def test_border_crossings_and_blocs_are_places_abroad(
    title: str, hint: str | None, name: str
) -> None:
    # A border crossing or a regional bloc decides the story is about relations abroad; with no
    # gazetteer entry these items had no reasons at all and got the bare prior.
    result = relevance.score(title, language_hint=hint)
    assert any(name in r for r in result.reasons), result.reasons


def test_realistic_fixtures_legislatures_crossings_blocs() -> None:

    for stem in ("530_en_ng_legislatures_abroad", "531_ur_border_crossings", "532_pt_br_blocs",
                 "574_ur_agreements_inflected_cricket", "575_en_regions_senses_sport"):
        for item, relevant in _labelled_items(stem, f"https://feeds.example/{stem}.xml"):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["relevance"])


def test_realistic_fixtures_west_bank_and_holland() -> None:
    """Fixtures 2220-2224 (issue 17): Urdu 'غرب اردن' / 'مغربی کنارے' is the West Bank
    (Palestine), not Jordan, whose name is its second word; German 'Holland' is the Netherlands,
    not France (affix stripping made it the key of 'Hollande', now a case-sensitive form), while
    'Hollande' is still François Hollande; Italian 'Olanda' and Portuguese and Spanish 'Holanda'
    name the Netherlands. The reasons name the right country and each item reaches the threshold."""
    named = {"غرب اردن": "Palestine", "مغربی کنار": "Palestine", "اردن کے": "Jordan",
             "Holland ": "Netherlands", "Den Haag": "Netherlands", "Hollande": "France",
             "Olanda": "Netherlands", "Holanda": "Netherlands"}
    wrong = {"Palestine": "Jordan", "Netherlands": "France", "France": "Netherlands",
             "Jordan": "Palestine"}
    for stem in ("2220_ur_world_desk_west_bank", "2221_de_world_desk_holland_hollande",
                 "2222_it_esteri_olanda", "2223_pt_mundo_holanda", "2224_es_internacional_holanda"):
        for item, relevant in _labelled_items(stem, f"https://feeds.example/{stem}.xml"):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])
            reasons = " ".join(item["reasons"])
            (country,) = [c for word, c in named.items() if word in item["title"]]
            want = "François Hollande" if country == "France" else country
            assert want in reasons, (item["title"], item["reasons"])
            assert wrong[country] not in reasons, (item["title"], item["reasons"])


def test_reasons_are_the_same_whatever_the_hash_seed() -> None:
    """Equal weights are ranked by name: the active features are a set, and their order (the
    hash seed's) used to reorder the reasons of the same article from one process to the next
    (realistic fixture 231, item 1: '+ power' and "- 'visit'" weigh the same)."""
    code = (
        "from pathlib import Path; from bot.content import articles, parse; "
        "p = Path('tests/data/realistic_feeds/231_atom_double_escaped_entities_titles.atom'); "
        "f = parse.parse_feed(p.read_bytes(), url='https://x.example/feed'); "
        "print(articles.build_article(f.entries[1], f, feed_url='https://x.example/feed').reasons)"
    )
    root = Path(__file__).resolve().parents[3]
    outs = {
        subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}, check=True).stdout
        for seed in range(8)
    }
    assert len(outs) == 1, outs


def test_a_natural_season_is_no_sport_and_an_index_close_is_markets() -> None:
    """"fire season", "monsoon season", "temporada de furacões": a time of year, not a sports
    season; an index's close ("Dow Jones fecha em baixa", "Wall Street closes lower") is a
    market report even when its text names the trade dispute between two countries."""
    for title, lang in (
        ("Why the bush fire season in Australia is so bad this year", "en"),
        ("Monsoon season floods villages across southern Asia", "en"),
        ("Temporada de furacões deixa mortos no Caribe", "pt"),
    ):
        result = relevance.score(title, language_hint=lang)
        assert not any("sports term" in r for r in result.reasons), (title, result.reasons)
    for title, text, lang in (
        ("Dow Jones fecha em baixa de 0,5%",
         "O índice Dow Jones fechou em baixa nesta segunda-feira, pressionado pela disputa "
         "comercial entre Estados Unidos e China.", "pt"),
        ("Wall Street closes lower",
         "The Dow Jones fell 0.5 percent as the trade dispute between the United States and "
         "China weighed on shares.", "en"),
    ):
        result = relevance.score(title, text, language_hint=lang)
        assert result.score < THRESHOLD, (title, result.reasons)


@pytest.mark.parametrize(
    ("title", "text", "hint", "relevant"),
    [
        # Urdu: a noun in -ہ meets its oblique and plural forms (معاہدہ / معاہدے)
        ("سعودی عرب اور ترکی کے درمیان دو معاہدے", "", "ur", True),
        # a region that names its country
        ("Aid convoy reaches flooded villages in Mindanao", "", "en", True),
        ("Migranti, la rotta dalla Cirenaica si allarga", "", "it", True),
        # sport: a national coach's call-up, a cup semi-final
        ("Tubarões: seleccionador convoca 24 para o jogo particular com Angola", "", "pt", False),
        ("Riverside SC reach the Gulf Cup semi-finals", "A penalty shootout won it.", "en", False),
    ],
)
def test_inflections_regions_and_sport_words(
    title: str, text: str, hint: str, relevant: bool
) -> None:
    r = relevance.score(title, text, language_hint=hint)
    assert (r.score >= THRESHOLD) == relevant, (r.score, r.reasons)


def test_realistic_fixtures_senses_heads_leaders_currencies() -> None:
    """Fixtures 1088–1090 (real batch 8 shapes): 'marathon strike' and the International Olympic
    Committee in their senses, terror and graft words, an Indian state and a region's adjective
    placing a story; a Cyrillic leader's name, a hyphenated former title ('Экс-президент'),
    boxing; 'US-Dollar' naming no country, electric taxis as tech."""
    for stem in ("1088_en_world_desk_word_senses_regions",
                 "1089_ru_news_site_leaders_ex_titles_boxing",
                 "1090_de_tech_site_dollar_amounts_electric_cars"):
        for item, relevant in _labelled_items(stem, f"https://feeds.example/{stem}.xml"):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["relevance"])
            if "Bitcoin" in item["title"]:  # an amount in US dollars
                assert "United States" not in " ".join(item["reasons"]), item["reasons"]


@pytest.mark.parametrize(
    ("title", "lang", "group"),
    [
        ("Экс-президент Перу арестован", "ru", "@pol"),
        ("Ex-Präsident festgenommen", "de", "@pol"),
        ("Il ex-presidente arrestato", "pt", "@pol"),
    ],
)
def test_a_hyphenated_word_counts_as_its_last_part(title: str, lang: str, group: str) -> None:
    feats = relevance.features(title, lang=lang)
    assert group in feats.active, sorted(feats.active)


def test_a_medium_word_closing_the_headline_is_no_culture_term() -> None:
    """'… – фото' says the page carries pictures (fixture 1085's shape): the story is scored as
    if it were not there, not as a photography (culture) item."""
    from bot.content.articles import process_feed

    title = "На Кубу обрушился ураган «Мелисса»: погибли трое"
    text = "На Кубу обрушился разрушительный ураган. Ветер достигал 180 км/ч."
    body = (
        '<rss version="2.0"><channel><title>Вести</title><link>https://vesti.example</link>'
        f"<language>ru</language><item><title>{title} – фото</title>"
        "<link>https://vesti.example/world/uragan-foto</link>"
        f"<description>{text}</description></item></channel></rss>"
    ).encode()
    _, (article,) = process_feed(body, url="https://vesti.example/rss")
    assert article.relevance == round(relevance.score(title, text, language_hint="ru").score, 4)
    assert not any("фото" in r for r in article.reasons), article.reasons


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Kenianerin gewinnt den Wien-Marathon, 30.000 Läufer am Start", "de"),
        ("Une Kényane remporte le marathon de Lyon", "fr"),
        ("Una keniana gana el maratón de Valencia", "es"),
        ("Keniana vince la maratona di Firenze", "it"),
        ("Queniana vence a maratona de Lisboa", "pt"),
        ("Кенийка выиграла марафон в Казани", "ru"),
        ("Kenyalı atlet İzmir'de maraton koşusunu kazandı", "tr"),
        ("Kenijka wygrała maraton w Poznaniu", "pl"),
    ],
)
def test_a_marathon_is_sport_in_every_language(title: str, lang: str) -> None:
    """Running and athletics words are sport beyond English (set 27: a city marathon won by a
    foreign runner read as world news)."""
    assert "@sport" in relevance.features(title, lang=lang).active


def test_marathon_talks_are_no_sport() -> None:
    for title, lang in (("Marathon de négociations à Bruxelles sur le budget", "fr"),
                        ("Maratona negoziale a Bruxelles sul bilancio", "it")):
        assert "@sport" not in relevance.features(title, lang=lang).active, title


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # held-out set 31: institutions named the pt-PT/African way ('Organização Mundial de
        # Saúde', 'Programa Alimentar Mundial') and Italian bodies 'nazionale' are no sport
        ("pt", "Sudão: combates entram na segunda semana. Segundo a Organização Mundial de "
               "Saúde, mais de 300 pessoas morreram desde o início dos combates."),
        ("pt", "Malawi: reconstrução avança devagar. O Programa Alimentar Mundial estima que 600 "
               "mil pessoas precisem de ajuda até à próxima colheita."),
        ("es", "La Organización Meteorológica Mundial advierte de un invierno más seco en "
               "Sudamérica."),
        ("it", "Il governo nazionale e l'Assemblea nazionale del Paese hanno approvato la legge "
               "di bilancio dopo settimane di proteste."),
    ],
)
def test_institution_names_are_no_sports_terms(lang: str, text: str) -> None:
    reasons = " ".join(relevance.score(text, language_hint=lang).reasons)
    assert "sports term" not in reasons, reasons


def _reasons_name(item: dict[str, Any], country: str) -> bool:
    return any(country in r for r in item["reasons"])


def test_realistic_fixtures_bare_america_and_urdu_evening() -> None:
    """Fixtures 2280-2281: Italian bare 'America' is the United States (it was no place, and
    'L'America al voto' read as politics at home), while 'Sud America' is a region and 'Coppa
    America' no country; Urdu شام is the evening in 'شام کو… بارش', 'اتوار کی شام', 'آج شام 6
    بجے' (they read as Syria, 0.70-0.85) and Syria in 'شام میں فضائی حملے' and 'شامی'."""
    for stem in ("2280_it_esteri_bare_america", "2281_ur_pk_daily_evening_not_syria"):
        for item, relevant in _labelled_items(stem, f"https://feeds.example/{stem}.xml"):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])
            title = item["title"]
            if title.startswith(("America", "L'America")):
                assert _reasons_name(item, "United States"), item["reasons"]
            if "Coppa America" in title or "Sud America" in title:
                assert not _reasons_name(item, "United States"), item["reasons"]
            if "شام" in title:
                assert _reasons_name(item, "Syria") == relevant, (title, item["reasons"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("آج شام کراچی میں بارش کا امکان", "ur"),
        ("کل شام اسلام آباد میں تقریب منعقد ہوئی", "ur"),
        ("جمعہ کی شام لاہور میں جلسہ ہوگا", "ur"),
        ("اجلاس شام 7 بجے شروع ہوگا", "ur"),
        ("شام کو لاہور میں بارش کا امکان", "ur"),
    ],
)
def test_the_urdu_evening_is_not_syria(text: str, lang: str) -> None:
    from bot.content import geo

    assert "SY" not in {m.entity.code for m in geo.find_mentions(text, lang=lang)}, text


@pytest.mark.parametrize(
    "text",
    [
        "شام میں فضائی حملے، 12 شہری جاں بحق",
        "شامی پناہ گزینوں کی واپسی",
        "شام کے صدر نے کابینہ تحلیل کر دی",
        "شام کو امداد: قافلہ ادلب پہنچ گیا",
        "شام کو اسرائیلی فضائی حملوں کا سامنا",
        "سلامتی کونسل کا شام پر ہنگامی اجلاس",  # realistic fixture 276
    ],
)
def test_urdu_syria_stays_syria(text: str) -> None:
    from bot.content import geo

    assert "SY" in {m.entity.code for m in geo.find_mentions(text, lang="ur")}, text


def test_realistic_fixtures_country_adjectives() -> None:
    """Fixtures 2282-2284: a country named only by its adjective in Italian, Portuguese and
    German ('governo georgiano', 'primeiro-ministro húngaro', 'Georgische Regierung') is that
    country (they named no place and scored ~0.05); 'nigeriano' is Nigeria, not Niger, and
    'colombiano' Colombia, not Sri Lanka (affix stripping had merged them); the first name
    Georg names no country."""
    for stem in ("2282_it_esteri_country_adjectives", "2283_pt_mundo_country_adjectives",
                 "2284_de_ausland_country_adjectives"):
        path = DATA / "realistic_feeds" / f"{stem}.expect.json"
        want = {k: v.get("reason_names") for k, v in json.loads(path.read_text("utf-8"))[
            "items"].items()}
        for item, relevant in _labelled_items(stem, f"https://feeds.example/{stem}.xml"):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])
            if want[item["link"]]:
                assert _reasons_name(item, want[item["link"]]), (item["title"], item["reasons"])
            for wrong in ("Niger,", "Sri Lanka"):
                assert not any(r.endswith(wrong.rstrip(",")) or wrong in r
                               for r in item["reasons"]), (item["title"], item["reasons"])


ADJECTIVES = {
    "it": {"GE": "georgiano", "HU": "ungherese", "KE": "keniano", "NG": "nigeriano",
           "CO": "colombiano", "HR": "croato", "FI": "finlandese", "MX": "messicano",
           "AU": "australiano", "CA": "canadese", "IN": "indiano", "GR": "greco"},
    "pt": {"GE": "georgiano", "HU": "húngaro", "KE": "queniano", "NG": "nigeriano",
           "CO": "colombiano", "HR": "croata", "FI": "finlandês", "MX": "mexicano",
           "AU": "australiano", "CA": "canadense", "IN": "indiano", "GR": "grego"},
    "de": {"GE": "georgische", "HU": "ungarische", "KE": "kenianische", "NG": "nigerianische",
           "CO": "kolumbianische", "HR": "kroatische", "FI": "finnische", "MX": "mexikanische",
           "AU": "australische", "CA": "kanadische", "IN": "indische", "GR": "griechische"},
}


@pytest.mark.parametrize(
    ("lang", "code", "adjective"),
    [(lang, code, adj) for lang, table in ADJECTIVES.items() for code, adj in table.items()],
)
def test_country_adjectives_name_their_country(lang: str, code: str, adjective: str) -> None:
    from bot.content import geo

    found = {m.entity.code for m in geo.find_mentions(adjective, lang=lang, home=frozenset())}
    assert found == {code}, (adjective, found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Georg Hansen erhält den Ehrenamtspreis", "de"),
     ("Cristoforo Colombo e la scoperta dell'America Latina", "it"),
     ("Giordano Bruno, una mostra a Roma", "it"),
     ("Il mercato libero e i cittadini liberi", "it")],
)
def test_names_and_words_sharing_an_adjectives_stem_name_no_country(text: str, lang: str) -> None:
    from bot.content import geo

    found = {m.entity.code for m in geo.find_mentions(text, lang=lang, home=frozenset())}
    assert not found & {"GE", "LK", "US", "JO", "LR"}, (text, found)


def test_realistic_fixtures_sport_sides() -> None:
    """Fixtures 2285-2286: a nationality beside a sport word ('atacante brasileiro', 'zagueiro
    uruguaio', 'la nazionale francese') is a player's or a team's, no country cue: transfer
    news between two countries' clubs read as world news (0.85), and an Italian match report
    as politics ('partita' and 'partito' were one key). A party winning abroad stays news."""
    for stem in ("2285_pt_br_mundo_sport_nationality_sides",
                 "2286_it_esteri_sport_partita_partito"):
        for item, relevant in _labelled_items(stem, f"https://feeds.example/{stem}.xml"):
            assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])
            assert not any("politics" in r and "partita" in r for r in item["reasons"])


@pytest.mark.parametrize(
    ("title", "text", "hint", "categories", "side"),
    [
        ("French striker signs for Bayern", "The 24-year-old French forward completed his move "
         "on Tuesday.", "en-GB", ("World",), "France"),
        ("Die brasilianische Mannschaft ist raus", "Die brasilianische Mannschaft verlor im "
         "Elfmeterschießen.", "de-DE", (), "Brazil"),
        ("L'attaccante francese firma con la Juventus", "Il centravanti francese arriva per 60 "
         "milioni.", "it-IT", (), "France"),
        ("O técnico argentino deixa o clube", "O treinador argentino foi demitido após a derrota.",
         "pt-BR", (), "Argentina"),
    ],
)
def test_a_nationality_beside_a_sport_word_is_a_side_not_a_country(
    title: str, text: str, hint: str, categories: tuple[str, ...], side: str
) -> None:
    """The brief's 'the French striker', 'die brasilianische Mannschaft': a demonym or an
    adjective qualifying a player or a team is no country cue, even in a world desk's feed."""
    r = relevance.score(title, text, categories, language_hint=hint)
    assert r.score < THRESHOLD, (r.score, r.reasons)
    assert not any(side in reason for reason in r.reasons), r.reasons


@pytest.mark.parametrize(
    ("title", "text", "hint", "country"),
    [
        ("Longtime Brazil Olympic Boss Sentenced To 30 Years For Rio 2016 Corruption",
         "Carlos Nuzman was found guilty of corruption and money laundering.", "en", "Brazil"),
        ("Regno Unito, vittoria schiacciante dei laburisti", "Il leader laburista diventa primo "
         "ministro dopo quattordici anni di governi conservatori.", "it-IT", "United Kingdom"),
    ],
)
def test_a_countrys_own_name_beside_a_sport_word_stays_a_country(
    title: str, text: str, hint: str, country: str
) -> None:
    """Only demonyms and adjectives are sides: the name itself stays ('Brazil Olympic boss', a
    kicker 'Regno Unito, vittoria…' whose comma the tokens do not show)."""
    r = relevance.score(title, text, language_hint=hint)
    assert any(country in reason for reason in r.reasons), r.reasons


def test_a_us_senate_bill_is_politics_abroad_for_a_new_zealand_paper() -> None:
    """Fixture 1853 (decision in the README): the US Senate is politics abroad for any outlet
    but an American one, so a NZ paper's Senate committee item is relevant (its sidecar said
    not relevant while set 37 labels the same shape relevant), and an American outlet's not."""
    from bot.content.articles import process_feed
    from bot.deliver.preview import preview_items

    stem = "1853_en_nz_latest_front_page_accident_trial_roles"
    path = DATA / "realistic_feeds" / f"{stem}.rss.xml"
    expect = json.loads((DATA / "realistic_feeds" / f"{stem}.expect.json").read_text("utf-8"))
    _, articles = process_feed(path.read_bytes(), url=LOOPBACK_FEED)
    (item,) = [i for i in preview_items(articles) if i["title"].startswith("Senate committee")]
    assert expect["items"][item["link"]]["relevant"], "the sidecar says relevant"
    assert item["relevance"] >= THRESHOLD, item["reasons"]
    text = ("A US Senate committee voted 11-9 to advance a bill raising the fee employers pay "
            "for each seasonal visa.")
    us = relevance.score("Senate committee backs bill on seasonal worker fees", text,
                         language_hint="en-US")
    assert us.score < THRESHOLD, us.reasons


def test_realistic_fixture_election_victory_is_no_sport() -> None:
    """Fixture 2287: 'discurso de victoria', 'victoria electoral' (and the Italian and Portuguese
    forms) are politics, not the sport term 'victoria' that sank a president-elect's profile to
    the threshold; 'Victoria agónica de Perú ante Ecuador' stays sport."""
    stem = "2287_es_mundo_election_victory_not_sport"
    for item, relevant in _labelled_items(stem, f"https://feeds.example/{stem}.xml"):
        assert (item["relevance"] >= THRESHOLD) == relevant, (item["title"], item["reasons"])
        sport = any("sports term" in r for r in item["reasons"])
        assert sport != relevant, (item["title"], item["reasons"])
    for text, lang in (("Il leader laburista rivendica la vittoria elettorale a Londra", "it"),
                       ("O candidato fez o discurso de vitória em Brasília", "pt")):
        assert "@sport" not in relevance.features(text, lang=lang).active, text


@pytest.mark.parametrize(
    ("lang", "title", "text", "label"),
    [
        # editor's read of held-out sets 30, 35, 39, 40 and the demo: words in the wrong sense
        ("en", "State budget: $3.1 billion for schools as surplus tops forecasts", "", "weather"),
        ("en", "Ferry resumes after monsoon-season pause", "", "sports"),
        ("pt", "Guerra na Ucrânia: Kiev relata novos ataques russos",
         "Atualizações em tempo real sobre a guerra na Ucrânia.", "weather"),
        ("pt", "Chile: convenção aprova artigos da nova Constituição",
         "Os constituintes da Frente Amplio votaram a favor dos artigos.", "conflict"),
        ("pt", "Argentina: queda da inflação não reduz a pobreza", "", "accident"),
        ("it", "Parigi, una serie di attacchi coordinati nella notte", "", "culture/lifestyle"),
        ("it", "Svizzera, il Nazionale approva i fondi per l'agenzia dell'ONU", "", "sports"),
        # a capitalised word after another one inside a sentence is part of a name (pt, es,
        # it, fr lexicons' name_case): the surname 'Neves' is no snow
        ("pt", "Portugal não expulsa diplomatas russos",
         "“Preferimos o diálogo”, disse o secretário de Estado Duarte Lobo Neves.", "weather"),
    ],
)
def test_words_in_another_sense_are_no_topic_terms(
    lang: str, title: str, text: str, label: str
) -> None:
    reasons = " ".join(relevance.score(title, text, language_hint=lang).reasons)
    assert f"{label} term" not in reasons, reasons


def test_name_case_keeps_a_sentence_opening_word() -> None:
    # "… Lula. Guerra …": the capital opens a sentence; snow after a lower-case word is snow
    scanned = relevance.scan("Brasil", "O presidente falou com Lula. Guerra é o tema.", lang="pt")
    assert scanned.counts.get("@war") == 1
    scanned = relevance.scan("Serra", "A queda de neve fechou a rua de Aécio Neves.", lang="pt")
    assert scanned.counts.get("@weather") == 1  # 'queda de neve'; 'Aécio Neves' is a name
    scanned = relevance.scan("Roma", "Lo ha detto il ministro. La Farnesina segue il caso.",
                             lang="it")
    assert scanned.counts.get("@fp") == 1  # "La" opens the sentence: no name before it
