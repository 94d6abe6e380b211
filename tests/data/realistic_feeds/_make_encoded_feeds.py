"""Regenerate the wrongly-declared-encoding fixtures (16_* to 20b_*, 96_* to 99_*, 140_* to 145_*, 192_*, 390_*, 622_*, 1014_*, 2080_*, 2081_*, 2120_*, 2121_*, 2800_*, 3120_*, 3121_*, 3220_*) byte for byte.

Each feed is written in one encoding and declares another one (or none), exactly as the
misconfigured servers we imitate do. Run from anywhere: `python _make_encoded_feeds.py`.
The text is invented for newsbrief (CC0); see README.md.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def rss(title: str, link: str, lang: str, copyright_: str, items: list[dict[str, str]], decl: str) -> str:
    parts = [decl, '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
             f"<title>{title}</title>", f"<link>{link}</link>", f"<description>{title}</description>",
             f"<language>{lang}</language>", f"<copyright>{copyright_}</copyright>"]
    for it in items:
        parts += ["<item>", f"<title>{it['title']}</title>", f"<link>{it['link']}</link>",
                  f"<guid>{it['link']}</guid>", f"<description>{it['description']}</description>"]
        if it.get("creator"):
            parts.append(f"<dc:creator>{it['creator']}</dc:creator>")
        parts += [f"<pubDate>{it['date']}</pubDate>", "</item>"]
    parts += ["</channel>", "</rss>", ""]
    return "\n".join(parts)


FEEDS: dict[str, dict] = {
    # Shift-JIS bytes, no encoding in the XML declaration, no charset in Content-Type (serve.json).
    "16_shift_jis_undeclared.xml": dict(
        encoding="shift_jis", decl='<?xml version="1.0"?>',
        title="東洋日報 - 国際", link="https://www.toyonippo.example/world/", lang="ja",
        copyright_="Copyright (C) 2026 東洋日報社 All rights reserved.",
        items=[
            dict(title="日韓、ミサイル防衛で共同訓練へ",
                 link="https://www.toyonippo.example/world/20261203-OYT1T50021/",
                 description="日本と韓国の防衛相は福岡で会談し、来年2月に日本海でミサイル防衛の共同訓練を行うことで合意した。北朝鮮による相次ぐ弾道ミサイル発射を受けた措置。",
                 date="Thu, 03 Dec 2026 11:30:00 +0900"),
            dict(title="国連安保理、ハイチ支援ミッションを1年延長",
                 link="https://www.toyonippo.example/world/20261203-OYT1T50007/",
                 description="国連安全保障理事会は2日、ハイチの治安支援ミッションの任期を1年延長する決議を全会一致で採択した。ケニアは2月までに警察官600人を追加派遣する。",
                 date="Thu, 03 Dec 2026 07:05:00 +0900"),
            dict(title="フィリピン、中国に抗議　スカボロー礁で放水",
                 link="https://www.toyonippo.example/world/20261130-OYT1T50112/",
                 description="フィリピン政府は、スカボロー礁付近で中国海警局の船が漁業監視船に放水したとして、中国に外交ルートで抗議した。",
                 date="Mon, 30 Nov 2026 18:40:00 +0900"),
            dict(title="大相撲九州場所、新大関が初優勝",
                 link="https://www.toyonippo.example/sports/20261129-OYT1T50200/",
                 description="大相撲九州場所は千秋楽を迎え、新大関が13勝2敗で初優勝を果たした。",
                 date="Sun, 29 Nov 2026 18:10:00 +0900"),
        ]),
    # windows-1255 bytes declared as UTF-8.
    "17_windows_1255_declared_utf8.xml": dict(
        encoding="cp1255", decl='<?xml version="1.0" encoding="UTF-8"?>',
        title="הד העולם - חדשות חוץ", link="https://www.hedhaolam.example/world", lang="he",
        copyright_="© 2026 הד העולם בע\"מ",
        items=[
            dict(title="ירדן ומצרים חתמו על הסכם לאספקת גז",
                 link="https://www.hedhaolam.example/world/article/h1x8z2",
                 description="ירדן ומצרים חתמו ביום רביעי על הסכם לאספקת גז טבעי לחמש שנים. ההסכם נחתם בקהיר בנוכחות שרי האנרגיה של שתי המדינות.",
                 creator="נועה ברק", date="Thu, 03 Dec 2026 09:14:00 +0200"),
            dict(title="מועצת הביטחון האריכה את משימת האו\"ם בהאיטי",
                 link="https://www.hedhaolam.example/world/article/h1x7q9",
                 description="מועצת הביטחון של האו\"ם הצביעה פה אחד בעד הארכת משימת התמיכה בהאיטי בשנה נוספת. קניה הודיעה כי תשלח 600 שוטרים נוספים.",
                 date="Wed, 02 Dec 2026 22:50:00 +0200"),
            dict(title="קפריסין ויוון יחדשו את העבודות על כבל החשמל התת-ימי",
                 link="https://www.hedhaolam.example/world/article/h1x5k3",
                 description="נשיא קפריסין וראש ממשלת יוון הודיעו כי העבודות על כבל החשמל התת-ימי יתחדשו בחודש מרץ, לאחר עיכוב של שנתיים.",
                 creator="יואב כהן", date="Tue, 01 Dec 2026 16:05:00 +0200"),
        ]),
    # KOI8-R bytes declared as windows-1251 (in the XML and in Content-Type): decodes without error, wrongly.
    "18_koi8r_declared_cp1251.xml": dict(
        encoding="koi8_r", decl='<?xml version="1.0" encoding="windows-1251"?>',
        title="Вечерний вестник - В мире", link="https://www.vestnik-vecher.example/world/", lang="ru",
        copyright_="(c) 2026 ООО \"Издательский дом Вестник\"",
        items=[
            dict(title="Казахстан и Узбекистан договорились о распределении вод Сырдарьи",
                 link="https://www.vestnik-vecher.example/world/2026/12/03/syrdarya-water-deal/",
                 description="Правительства Казахстана и Узбекистана подписали в Ташкенте соглашение о распределении воды Сырдарьи в вегетационный период. Документ рассчитан на пять лет.",
                 creator="Ирина Соколова", date="Thu, 03 Dec 2026 10:20:00 +0300"),
            dict(title="Армения и Азербайджан открыли железнодорожное сообщение",
                 link="https://www.vestnik-vecher.example/world/2026/12/02/armenia-azerbaijan-rail/",
                 description="Первый грузовой поезд пересёк границу Армении и Азербайджана у Иджевана в среду. Движение по линии было прервано более тридцати лет назад.",
                 date="Wed, 02 Dec 2026 19:45:00 +0300"),
            dict(title="Молдавия и Украина начнут совместное патрулирование границы",
                 link="https://www.vestnik-vecher.example/world/2026/12/03/moldova-ukraine-patrols/",
                 description="Молдавия и Украина договорились о совместном патрулировании четырёх пунктов пропуска на Днестре, сообщили министры внутренних дел двух стран.",
                 creator="Павел Орлов", date="Thu, 03 Dec 2026 12:02:00 +0300"),
            dict(title="Снегопад парализовал движение в Новосибирске",
                 link="https://www.vestnik-vecher.example/society/2026/12/02/novosibirsk-snow/",
                 description="Сильный снегопад вызвал многокилометровые пробки в Новосибирске. Коммунальные службы работают в усиленном режиме.",
                 date="Wed, 02 Dec 2026 08:30:00 +0300"),
        ]),
    # cp1251 (Bulgarian) bytes declared as ISO-8859-1: also decodes without error, wrongly.
    "19_cp1251_declared_latin1.xml": dict(
        encoding="cp1251", decl='<?xml version="1.0" encoding="ISO-8859-1"?>',
        title="Дневен преглед - Свят", link="https://www.dnevenpregled.example/svyat/", lang="bg",
        copyright_="© 2026 Дневен преглед ЕООД",
        items=[
            dict(title="България и Гърция подписаха споразумение за газовата връзка",
                 link="https://www.dnevenpregled.example/svyat/2026/12/03/gas-interconnector",
                 description="Министрите на енергетиката на България и Гърция подписаха в Атина споразумение за удвояване на капацитета на газовата връзка между двете страни до 2028 г.",
                 creator="Мария Петрова", date="Thu, 03 Dec 2026 11:10:00 +0200"),
            dict(title="Северна Македония поиска отлагане на преговорите с ЕС",
                 link="https://www.dnevenpregled.example/svyat/2026/12/02/skopie-eu-talks",
                 description="Правителството в Скопие поиска отлагане на следващия кръг от преговорите за членство в Европейския съюз до пролетта.",
                 date="Wed, 02 Dec 2026 17:25:00 +0200"),
            dict(title="Турция спря танкерите в Босфора заради буря",
                 link="https://www.dnevenpregled.example/svyat/2026/12/01/bosphorus-tankers-storm",
                 description="Турските власти спряха преминаването на танкери през Босфора за 24 часа заради силна буря в Черно море.",
                 date="Tue, 01 Dec 2026 09:40:00 +0200"),
            dict(title="Левски победи ЦСКА във вечното дерби",
                 link="https://www.dnevenpregled.example/sport/2026/11/29/levski-cska-derby",
                 description="Левски спечели с 2:1 на Националния стадион и се изкачи на второ място в класирането.",
                 date="Sun, 29 Nov 2026 21:55:00 +0200"),
        ]),
    # ISO-8859-1 bytes declared as UTF-8 (XML declaration and Content-Type charset=utf-8).
    "20_latin1_declared_utf8.xml": dict(
        encoding="latin-1", decl='<?xml version="1.0" encoding="utf-8"?>',
        title="Diário Atlântico - Mundo", link="https://www.diarioatlantico.example/mundo", lang="pt-PT",
        copyright_="© 2026 Atlântico Media, S.A.",
        items=[
            dict(title="Moçambique pede à SADC reforço da missão em Cabo Delgado",
                 link="https://www.diarioatlantico.example/mundo/2026/12/03/mocambique-sadc-cabo-delgado",
                 description="O Governo de Moçambique pediu à Comunidade de Desenvolvimento da África Austral que reforce a missão militar em Cabo Delgado, após uma série de ataques a aldeias no distrito de Macomia.",
                 creator="Inês Carvalho", date="Thu, 03 Dec 2026 08:45:00 +0000"),
            dict(title="Guiné-Bissau marca eleições legislativas para maio",
                 link="https://www.diarioatlantico.example/mundo/2026/12/02/guine-bissau-eleicoes-maio",
                 description="O Presidente da Guiné-Bissau marcou para 16 de maio as eleições legislativas antecipadas, depois de ter dissolvido o parlamento em outubro.",
                 date="Wed, 02 Dec 2026 18:20:00 +0000"),
            dict(title="Díli acolhe pela primeira vez reunião de chefes da diplomacia da ASEAN",
                 link="https://www.diarioatlantico.example/mundo/2026/12/01/dili-asean-ministros",
                 description="Díli acolheu pela primeira vez uma reunião de ministros dos Negócios Estrangeiros da ASEAN, um ano depois da adesão formal de Timor-Leste à organização.",
                 creator="João Pedro Matos", date="Tue, 01 Dec 2026 13:00:00 +0000"),
        ]),
    # windows-1250 bytes declared ISO-8859-2: Polish š/ś/ź/Ś and „quotes” sit in 0x80-0x9F,
    # which ISO-8859-2 reads as invisible C1 control characters; ą/Ą read as other letters.
    "96_cp1250_declared_iso8859_2.xml": dict(
        encoding="cp1250", decl='<?xml version="1.0" encoding="ISO-8859-2"?>',
        title="Kurier Śląski", link="https://www.kurierslaski.example/swiat/", lang="pl",
        copyright_="© 2026 Wydawnictwo Śląskie Sp. z o.o.",
        items=[
            dict(title="Śląsk i Morawy chcą wspólnie walczyć ze smogiem",
                 link="https://www.kurierslaski.example/swiat/2026/12/03/slask-morawy-smog",
                 description="Marszałek województwa śląskiego i hejtman kraju morawsko-śląskiego podpisali w Ostrawie umowę o wspólnym systemie ostrzegania przed smogiem. „To pierwszy taki system w Europie Środkowej” – powiedział marszałek.",
                 creator="Agnieszka Woźniak", date="Thu, 03 Dec 2026 10:20:00 +0100"),
            dict(title="Czeskie koleje kupią pociągi wodorowe",
                 link="https://www.kurierslaski.example/swiat/2026/12/02/czeskie-koleje-wodor",
                 description="Czeskie koleje ogłosiły przetarg na dwanaście pociągów wodorowych, które od 2029 roku mają jeździć między Ostrawą a Opawą. Wartość zamówienia szacuje się na ponad miliard koron.",
                 date="Wed, 02 Dec 2026 15:05:00 +0100"),
            dict(title="Słowacja otwiera nowy most na Dunaju",
                 link="https://www.kurierslaski.example/swiat/2026/12/01/slowacja-most-dunaj",
                 description="Nowy most łączący Komárno z węgierskim Komárom został otwarty dla ruchu. Przeprawa ma odciążyć stary most, zbudowany jeszcze w XIX wieku.",
                 date="Tue, 01 Dec 2026 09:40:00 +0100"),
        ]),
    # windows-1252 bytes declared ISO-8859-1: the curly quotes, dashes, € and œ of French text
    # sit in 0x80-0x9F, which ISO-8859-1 reads as C1 control characters.
    "97_cp1252_declared_latin1.xml": dict(
        encoding="cp1252", decl='<?xml version="1.0" encoding="ISO-8859-1"?>',
        title="Le Courrier du Léman", link="https://www.courrierduleman.example/monde/", lang="fr",
        copyright_="© 2026 Éditions du Léman SA",
        items=[
            dict(title="L’Union européenne débloque 2 milliards € pour les réseaux électriques",
                 link="https://www.courrierduleman.example/monde/2026/12/03/ue-reseaux-electriques",
                 description="La Commission européenne a annoncé jeudi une enveloppe de deux milliards d’euros pour relier les réseaux électriques des pays baltes et de la Pologne. « C’est une œuvre commune », a déclaré la commissaire à l’Énergie.",
                 creator="Claire Dubois", date="Thu, 03 Dec 2026 11:00:00 +0100"),
            dict(title="La Suisse et l’Italie rouvrent le tunnel du Simplon – trafic limité",
                 link="https://www.courrierduleman.example/monde/2026/12/02/simplon-tunnel",
                 description="Le tunnel ferroviaire du Simplon a rouvert mercredi après six semaines de travaux. Les trains de marchandises n’y circuleront qu’à partir de janvier.",
                 date="Wed, 02 Dec 2026 16:30:00 +0100"),
            dict(title="Le Maroc et l’Espagne signent un accord sur l’hydrogène vert",
                 link="https://www.courrierduleman.example/monde/2026/12/01/maroc-espagne-hydrogene",
                 description="Les deux pays ont signé à Rabat un accord pour construire un gazoduc d’hydrogène vert sous le détroit de Gibraltar d’ici 2032.",
                 date="Tue, 01 Dec 2026 14:10:00 +0100"),
        ]),
    # KOI8-U bytes declared KOI8-R: the Ukrainian letters і, ї, є, ґ read as box-drawing signs.
    "98_koi8u_declared_koi8r.xml": dict(
        encoding="koi8_u", decl='<?xml version="1.0" encoding="KOI8-R"?>',
        title="Подільські вісті", link="https://www.podilski-visti.example/svit/", lang="uk",
        copyright_="© 2026 ТОВ Подільські вісті",
        items=[
            dict(title="Україна і Молдова відкрили новий міст через Дністер",
                 link="https://www.podilski-visti.example/svit/2026/12/03/mist-dnister",
                 description="Новий міст між Ямполем і Косеутами відкрили для руху вантажівок. Його будівництво фінансував Європейський інвестиційний банк.",
                 creator="Олена Ґудзь", date="Thu, 03 Dec 2026 10:00:00 +0200"),
            dict(title="Польща збільшить кількість пунктів пропуску на кордоні",
                 link="https://www.podilski-visti.example/svit/2026/12/02/punkty-propusku",
                 description="Уряд Польщі ухвалив план відкриття ще трьох пунктів пропуску на кордоні з Україною до кінця наступного року. Їхня пропускна здатність становитиме дві тисячі вантажівок на добу.",
                 date="Wed, 02 Dec 2026 13:25:00 +0200"),
            dict(title="Румунія передасть Україні енергетичне обладнання",
                 link="https://www.podilski-visti.example/svit/2026/12/01/rumuniya-obladnannya",
                 description="Румунія передасть українським енергетикам шість трансформаторів і генератори для шкіл. Це вже третій пакет допомоги цього року.",
                 date="Tue, 01 Dec 2026 08:50:00 +0200"),
        ]),
    # windows-1251 bytes declared ISO-8859-5: every Cyrillic letter reads as another one,
    # «quotes» as Ћ/Ы and the dash as a C1 control.
    "99_cp1251_declared_iso8859_5.xml": dict(
        encoding="cp1251", decl='<?xml version="1.0" encoding="ISO-8859-5"?>',
        title="Уральский курьер", link="https://www.uralkurier.example/mir/", lang="ru",
        copyright_="© 2026 ООО «Уральский курьер»",
        items=[
            dict(title="Казахстан и Россия договорились о ремонте моста через Урал",
                 link="https://www.uralkurier.example/mir/2026/12/03/most-ural",
                 description="Правительства двух стран подписали соглашение о ремонте автомобильного моста у Орска. «Работы начнутся весной», — сообщили в министерстве транспорта.",
                 creator="Андрей Ёлкин", date="Thu, 03 Dec 2026 12:00:00 +0500"),
            dict(title="В Челябинске открылся новый терминал для грузов из Китая",
                 link="https://www.uralkurier.example/mir/2026/12/02/terminal-chelyabinsk",
                 description="Терминал рассчитан на двести тысяч контейнеров в год. Первые поезда из Синьцзяна прибудут в январе.",
                 date="Wed, 02 Dec 2026 17:40:00 +0500"),
            dict(title="Узбекистан увеличит поставки газа на Урал",
                 link="https://www.uralkurier.example/mir/2026/12/01/uzbekistan-gaz",
                 description="Поставки вырастут вдвое после завершения ремонта газопровода — об этом заявили в Ташкенте.",
                 date="Tue, 01 Dec 2026 09:15:00 +0500"),
        ]),
    # A whole document in EBCDIC, written by an RPG/COBOL program on IBM i or z/OS and served
    # unconverted as text/xml without charset (serve.json): the declaration names the code page
    # (German CCSID 273 'IBM273', US/Canada CCSID 37 'IBM037'); the first bytes are 4C 6F A7 94.
    "2080_de_ibmi_ebcdic273_declared.xml": dict(
        encoding="cp273", decl='<?xml version="1.0" encoding="IBM273"?>',
        title="Rottaler Wochenblatt - Welt", link="http://www.rottaler-wochenblatt.example/",
        lang="de-de", copyright_="Rottaler Wochenblatt",
        items=[
            dict(title="Österreich öffnet Grenzübergänge für Grenzgänger",
                 link="http://www.rottaler-wochenblatt.example/cgi-bin/beitrag.pgm?nr=51822&amp;rubrik=welt",
                 description="Österreich lässt Grenzgänger aus Niederbayern von Montag an wieder ohne Quarantäne einreisen. \"Das ist für unsere Betriebe eine große Erleichterung\", sagte Jürgen Größl, Sprecher der Handelskammer Passau.",
                 creator="Sabine Wöhrl", date="Fri, 05 Jun 2020 14:20:00 +0200"),
            dict(title="Südtirol: Brennerstrecke wird für Lastwagen gesperrt",
                 link="http://www.rottaler-wochenblatt.example/cgi-bin/beitrag.pgm?nr=51807&amp;rubrik=welt",
                 description="Die Brennerautobahn bleibt wegen Bauarbeiten am Wochenende für Lastwagen über 7,5 Tonnen gesperrt. Die Umleitung führt über den Reschenpass.",
                 date="Thu, 04 Jun 2020 09:05:00 +0200"),
        ]),
    "2081_en_us_zos_ebcdic037_declared.xml": dict(
        encoding="cp037", decl='<?xml version="1.0" encoding="IBM037"?>',
        title="Tri-County Sentinel | World", link="http://www.tricountysentinel.example/",
        lang="en-us", copyright_="Tri-County Sentinel Publishing Co.",
        items=[
            dict(title="Canada and Mexico reopen talks on seasonal farm workers",
                 link="http://www.tricountysentinel.example/cgi-bin/story.pgm?id=77310&amp;sec=world",
                 description="Canada and Mexico reopened talks on Tuesday over the seasonal farm worker program, which brings about 25,000 workers north each spring. \"The season does not wait for the paperwork,\" said Dolores Ibarra-Keane, director of the Valley Growers Cooperative.",
                 creator="Martin Okafor", date="Tue, 09 Jun 2020 15:40:00 -0500"),
            dict(title="Cuba's tourism arrivals fall to a 20-year low",
                 link="http://www.tricountysentinel.example/cgi-bin/story.pgm?id=77296&amp;sec=world",
                 description="Foreign arrivals in Cuba fell to their lowest level in two decades in May, the island's statistics office said. Hotels in Varadero have closed two of every three rooms.",
                 date="Mon, 08 Jun 2020 11:10:00 -0500"),
        ]),
    # ISO-2022-JP (7-bit, ESC $ B / ESC ( B shifts: every byte is ASCII) from a newspaper's
    # mail-magazine archive script, the prolog naming it and the server sending text/xml without
    # charset (serve.json); read as ASCII it posts '$B…(B' runs.
    "3120_ja_mailmag_iso2022jp_declared_textxml.xml": dict(
        encoding="iso2022_jp", decl='<?xml version="1.0" encoding="ISO-2022-JP"?>',
        title="北陸新報 - 国際", link="http://mm.hokurikushinpo.example/kokusai/", lang="ja",
        copyright_="Copyright (C) 2010 北陸新報社",
        items=[
            dict(title="日本とインドネシア、経済連携協定の見直し協議へ",
                 link="http://mm.hokurikushinpo.example/kokusai/archive/20100602_118.html",
                 description="日本とインドネシアの両政府は２日、ジャカルタで経済連携協定の見直しに向けた初の協議を開いた。看護師と介護福祉士の受け入れ拡大などを話し合う。",
                 creator="堀田真由美", date="Wed, 02 Jun 2010 18:00:00 +0900"),
            dict(title="国連安保理、イランへの追加制裁を協議",
                 link="http://mm.hokurikushinpo.example/kokusai/archive/20100601_117.html",
                 description="国連安全保障理事会は１日、イランの核開発をめぐる追加制裁決議案について非公式協議を行った。採決は来週以降になる見通し。",
                 date="Tue, 01 Jun 2010 18:00:00 +0900"),
        ]),
    # The same archive's older script: no encoding in the prolog and text/xml without charset,
    # so nothing but the escapes says what the bytes are.
    "3121_ja_mailmag_iso2022jp_undeclared.xml": dict(
        encoding="iso2022_jp", decl='<?xml version="1.0"?>',
        title="北陸新報 - 国際", link="http://mm.hokurikushinpo.example/kokusai/", lang="ja",
        copyright_="Copyright (C) 2009 北陸新報社",
        items=[
            dict(title="ソマリア沖の海賊対策、護衛艦２隻を追加派遣",
                 link="http://mm.hokurikushinpo.example/kokusai/archive/20091105_031.html",
                 description="政府は５日、ソマリア沖での海賊対策のため、海上自衛隊の護衛艦２隻を追加で派遣することを決めた。アデン湾を通る商船の護衛にあたる。",
                 creator="杉本隆之", date="Thu, 05 Nov 2009 18:00:00 +0900"),
        ]),
}


# Sibling codepages whose differing bytes are LETTERS or ordinary signs, not C1 controls: the
# declared decoding looks like text. Each feed avoids the bytes the C1 rule would catch.
SIBLING_FEEDS: dict[str, dict] = {
    # windows-1250 Polish declared ISO-8859-2, no ś/ź/Ś/„ (C1 there): 'ą' reads as Czech 'š'.
    "140_cp1250_letters_declared_iso8859_2.xml": dict(
        encoding="cp1250", decl='<?xml version="1.0" encoding="ISO-8859-2"?>',
        title="Gazeta Pomorska Wieczorna", link="https://www.pomorskawieczorna.example/kraj-swiat/", lang="pl",
        copyright_="© 2026 Wydawnictwo Bałtyk Sp. z o.o.",
        items=[
            dict(title="Rząd chce zmian w ustawie o portach morskich",
                 link="https://www.pomorskawieczorna.example/kraj-swiat/2026/12/03/ustawa-porty",
                 description="Ministerstwo infrastruktury przedstawiło projekt, który ma przyspieszyć rozbudowę portów w Gdańsku i Gdyni. Samorządowcy są zgodni co do celu, ale chcą więcej pieniędzy na drogi dojazdowe.",
                 creator="Tomasz Kołodziej", date="Thu, 03 Dec 2026 10:15:00 +0100"),
            dict(title="Litwa i Łotwa budują wspólną linię kolejową",
                 link="https://www.pomorskawieczorna.example/kraj-swiat/2026/12/02/kolej-baltycka",
                 description="Pierwsze pociągi mają pojechać nową linią za cztery lata. Budowa kosztuje więcej, niż zakładano, bo ceny stali wzrosły o połowę.",
                 date="Wed, 02 Dec 2026 16:40:00 +0100"),
            dict(title="Duńczycy zamykają most na trzy tygodnie",
                 link="https://www.pomorskawieczorna.example/kraj-swiat/2026/12/01/most-dania",
                 description="Kierowcy jadący do Kopenhagi muszą liczyć się z objazdem. Prace remontowe potrwają do końca grudnia, a prom będzie kursował co godzinę.",
                 date="Tue, 01 Dec 2026 08:30:00 +0100"),
        ]),
    # windows-1253 Greek declared ISO-8859-7: the accented capital 'Ά' (0xA2) reads as '’'.
    "141_cp1253_declared_iso8859_7.xml": dict(
        encoding="cp1253", decl='<?xml version="1.0" encoding="ISO-8859-7"?>',
        title="Ημερήσιος Αγγελιοφόρος", link="https://www.aggeliophoros.example/kosmos/", lang="el",
        copyright_="© 2026 Εκδόσεις Αγγελιοφόρος Α.Ε.",
        items=[
            dict(title="Άγκυρα και Αθήνα συμφωνούν σε νέο γύρο διερευνητικών επαφών",
                 link="https://www.aggeliophoros.example/kosmos/2026/12/03/agkyra-athina-epafes",
                 description="Άνοιγμα για συνομιλίες τον Ιανουάριο έκαναν οι δύο υπουργοί Εξωτερικών. Άμεση προτεραιότητα είναι η συνεργασία στην πολιτική προστασία.",
                 creator="Άρης Νικολάου", date="Thu, 03 Dec 2026 11:00:00 +0200"),
            dict(title="Άδεια σε νέο αιολικό πάρκο στην Κρήτη",
                 link="https://www.aggeliophoros.example/kosmos/2026/12/02/aioliko-kriti",
                 description="Άδεια εγκατάστασης για σαράντα ανεμογεννήτριες έδωσε το υπουργείο. Άλλα δύο έργα περιμένουν έγκριση μέσα στον χειμώνα.",
                 date="Wed, 02 Dec 2026 14:20:00 +0200"),
            dict(title="Η Κύπρος ζητά στήριξη από την Ένωση για τα λιμάνια",
                 link="https://www.aggeliophoros.example/kosmos/2026/12/01/kypros-limania",
                 description="Άμεσα κονδύλια για τον εκσυγχρονισμό της Λεμεσού ζήτησε η κυβέρνηση. Άγνωστο παραμένει πότε θα απαντήσουν οι Βρυξέλλες.",
                 date="Tue, 01 Dec 2026 09:10:00 +0200"),
        ]),
    # windows-1257 Latvian declared ISO-8859-4: ā ē ī ļ ņ š ž read as other Baltic letters.
    "142_cp1257_declared_iso8859_4.xml": dict(
        encoding="cp1257", decl='<?xml version="1.0" encoding="ISO-8859-4"?>',
        title="Rīgas Vēstnesis Vakarā", link="https://www.rigasvestnesis.example/pasaule/", lang="lv",
        copyright_="© 2026 SIA Rīgas Vēstnesis",
        items=[
            dict(title="Latvija un Igaunija būvēs kopīgu elektrības līniju",
                 link="https://www.rigasvestnesis.example/pasaule/2026/12/03/elektribas-linija",
                 description="Abu valstu ministri Valkā parakstīja līgumu par jaunu pārvades līniju. Darbi sāksies nākamajā vasarā un ilgs trīs gadus.",
                 creator="Jānis Bērziņš", date="Thu, 03 Dec 2026 10:00:00 +0200"),
            dict(title="Lietuva palielina aizsardzības budžetu",
                 link="https://www.rigasvestnesis.example/pasaule/2026/12/02/lietuva-budzets",
                 description="Seims nobalsoja par budžetu, kurā aizsardzībai paredzēti gandrīz četri procenti no iekšzemes kopprodukta. Opozīcija pieprasīja vairāk naudas skolām.",
                 date="Wed, 02 Dec 2026 15:30:00 +0200"),
            dict(title="Somijā atklāj jaunu prāmja līniju uz Tallinu",
                 link="https://www.rigasvestnesis.example/pasaule/2026/12/01/prams-tallina",
                 description="Jaunais prāmis kursēs četras reizes dienā. Biļešu cenas būs par piekto daļu zemākas nekā līdz šim.",
                 date="Tue, 01 Dec 2026 08:45:00 +0200"),
        ]),
    # windows-1255 Hebrew declared ISO-8859-8: the shekel sign '₪' (0xA4) reads as '¤'.
    "143_cp1255_declared_iso8859_8.xml": dict(
        encoding="cp1255", decl='<?xml version="1.0" encoding="ISO-8859-8"?>',
        title="חדשות המפרץ", link="https://www.hamifratz.example/world/", lang="he",
        copyright_="© 2026 הוצאת המפרץ בע\"מ",
        items=[
            dict(title="הממשלה אישרה תקציב של 40 מיליארד ₪ לתחבורה",
                 link="https://www.hamifratz.example/world/2026/12/03/taktziv-tahbura",
                 description="התקציב כולל 12 מיליארד ₪ לרכבת הקלה בחיפה. שר האוצר אמר כי העבודות יתחילו בשנה הבאה.",
                 creator="נועה לוי", date="Thu, 03 Dec 2026 12:00:00 +0200"),
            dict(title="מחיר הדלק יעלה ב-20 אגורות",
                 link="https://www.hamifratz.example/world/2026/12/02/mehir-hadelek",
                 description="ליטר בנזין יעלה 7 ₪ ו-30 אגורות מחצות. משרד האנרגיה הסביר כי העלייה נובעת ממחירי הנפט בעולם.",
                 date="Wed, 02 Dec 2026 18:10:00 +0200"),
            dict(title="קפריסין ויוון חתמו על הסכם גז",
                 link="https://www.hamifratz.example/world/2026/12/01/kafrisin-yavan-gaz",
                 description="ההסכם נחתם בניקוסיה ויאפשר הנחת צינור חדש. ההשקעה מוערכת ב-3 מיליארד ₪ לפחות.",
                 date="Tue, 01 Dec 2026 10:25:00 +0200"),
        ]),
    # windows-1256 Arabic declared ISO-8859-6: ل م ن ه و ي ... read as other Arabic letters.
    "144_cp1256_declared_iso8859_6.xml": dict(
        encoding="cp1256", decl='<?xml version="1.0" encoding="ISO-8859-6"?>',
        title="صحيفة الساحل اليوم", link="https://www.alsahel-alyawm.example/world/", lang="ar",
        copyright_="© 2026 مؤسسة الساحل للصحافة",
        items=[
            dict(title="تونس والجزائر تفتحان معبرا حدوديا جديدا",
                 link="https://www.alsahel-alyawm.example/world/2026/12/03/maabar-hududi",
                 description="افتتح وزيرا الداخلية في البلدين معبرا جديدا قرب مدينة الكاف. وقال المسؤولون إن المعبر سيخفف الازدحام على الطرق.",
                 creator="سامي بن علي", date="Thu, 03 Dec 2026 11:30:00 +0100"),
            dict(title="المغرب يطلق مشروعا لتحلية مياه البحر",
                 link="https://www.alsahel-alyawm.example/world/2026/12/02/tahliya",
                 description="تبلغ كلفة المشروع نحو مليار دولار. وسيزود المحطة الجديدة ثلاث مدن بمياه الشرب بحلول عام 2029.",
                 date="Wed, 02 Dec 2026 16:00:00 +0100"),
            dict(title="ليبيا ومصر تبحثان استئناف الرحلات الجوية",
                 link="https://www.alsahel-alyawm.example/world/2026/12/01/rihlat",
                 description="اجتمع وزيرا النقل في القاهرة لبحث استئناف الرحلات المباشرة. ومن المتوقع أن تبدأ أول رحلة في الربيع المقبل.",
                 date="Tue, 01 Dec 2026 09:00:00 +0200"),
        ]),
    # The control: real ISO-8859-2 Czech, declared ISO-8859-2. Read as windows-1250 'š' would be
    # 'ą', 'ť' '»', 'ž' 'ľ': the declaration is right and must be kept.
    # windows-1250 English with Hungarian names declared windows-1252 (no HTTP charset): both
    # decode cleanly, but 'ő'/'ű' read as 'õ'/'û'; English's alphabet holds neither reading.
    "390_cp1250_english_names_declared_cp1252.xml": dict(
        encoding="cp1250", decl='<?xml version="1.0" encoding="windows-1252"?>',
        title="Danube Ledger - English", link="https://danubeledger.example/en", lang="en",
        copyright_="© 2026 Danube Ledger",
        items=[
            dict(title="Debrecen council approves €90 million tram extension",
                 link="https://danubeledger.example/en/debrecen-tram-extension-5512",
                 description="The line will reach the university campus by 2029, deputy mayor Kőváry Zsolt told councillors, who voted 21 to 4 for the plan.",
                 creator="Dorottya Fűzfa", date="Thu, 03 Dec 2026 10:15:00 +0100"),
            dict(title="Hungary and Austria reopen Sopron rail link after floods",
                 link="https://danubeledger.example/en/sopron-rail-link-reopens-5507",
                 description="Trains between Sopron and Wiener Neustadt run again after three weeks; engineers rebuilt a bridge near Fertőrákos washed away in October.",
                 creator="Ábel Győri", date="Wed, 02 Dec 2026 16:40:00 +0100"),
            dict(title="Szeged university opens centre for river research",
                 link="https://danubeledger.example/en/szeged-river-research-centre-5498",
                 description="The centre, funded with €12 million, will study drought on the Tisza; its director, Lőrincz Emese, said the first results are due next summer.",
                 creator="Dorottya Fűzfa", date="Tue, 01 Dec 2026 08:30:00 +0100"),
        ]),
    # Turkish windows-1254 bytes under a windows-1252 declaration (a regional site's old ASP
    # template): 'ş ğ ı İ' read as 'þ ð ý Ý', letters no Turkish word holds.
    "1014_tr_cp1254_declared_cp1252.xml": dict(
        encoding="cp1254", decl='<?xml version="1.0" encoding="windows-1252"?>',
        title="Karadeniz Postası - Dünya", link="https://www.karadenizpostasi.example/dunya", lang="tr",
        copyright_="Karadeniz Postası Yayıncılık A.Ş.",
        items=[
            dict(title="Gürcistan ile sınır kapısında yeni geçiş düzenlemesi",
                 link="https://www.karadenizpostasi.example/haber.asp?id=77101",
                 description="Sarp Sınır Kapısı’nda tır geçişleri için ortak bir randevu sistemi kuruluyor. Dışişleri Bakanlığı, düzenlemenin iki ülke arasındaki ticareti hızlandıracağını açıkladı.",
                 creator="Şeyma Yılmazoğlu", date="Thu, 03 Dec 2026 11:20:00 +0300"),
            dict(title="Karadeniz’e kıyısı olan ülkelerin bakanları İstanbul’da buluştu",
                 link="https://www.karadenizpostasi.example/haber.asp?id=77094",
                 description="İSTANBUL – Romanya, Bulgaristan ve Gürcistan’ın ulaştırma bakanları, limanlar arasındaki feribot hatlarını görüştü. Toplantıda güvenli seyrüsefer konusu da ele alındı.",
                 creator="Doğan Işıkçı", date="Wed, 02 Dec 2026 17:05:00 +0300"),
            dict(title="Trabzon’da fındık alım fiyatı açıklandı",
                 link="https://www.karadenizpostasi.example/haber.asp?id=77088",
                 description="Toprak Mahsulleri Ofisi, bu yıl fındığın kilosu için yeni alım fiyatını duyurdu. Üreticiler fiyatın maliyetleri karşılamadığını söyledi.",
                 creator="Şeyma Yılmazoğlu", date="Tue, 01 Dec 2026 09:40:00 +0300"),
            dict(title="Trabzonspor, Avrupa’da gruptan çıkmayı garantiledi",
                 link="https://www.karadenizpostasi.example/haber.asp?id=77080",
                 description="Bordo-mavili takım, deplasmanda aldığı 2-1’lik galibiyetle bir üst tura yükseldi.",
                 creator="Spor Servisi", date="Mon, 30 Nov 2026 22:15:00 +0300"),
        ]),
    "145_iso8859_2_czech_declared_right.xml": dict(
        encoding="iso8859_2", decl='<?xml version="1.0" encoding="ISO-8859-2"?>',
        title="Ostravský deník večer", link="https://www.ostravskyvecer.example/svet/", lang="cs",
        copyright_="Copyright (c) 2026 Ostravský deník večer, všechna práva vyhrazena",
        items=[
            dict(title="Šéf dopravců žádá o posílení nočních spojů",
                 link="https://www.ostravskyvecer.example/svet/2026/12/03/nocni-spoje",
                 description="Ředitel dopravního podniku požádal kraj o peníze na další noční linky. Lidé prý v zimě čekají na zastávkách příliš dlouho.",
                 creator="Petr Šťastný", date="Thu, 03 Dec 2026 09:50:00 +0100"),
            dict(title="Slovensko a Polsko otevřou nový hraniční přechod",
                 link="https://www.ostravskyvecer.example/svet/2026/12/02/hranicni-prechod",
                 description="Přechod u Javorníku bude sloužit nákladním autům. Starostové okolních obcí si stěžují, že provoz zhorší život v údolí.",
                 date="Wed, 02 Dec 2026 14:15:00 +0100"),
            dict(title="Žáci z Opavy vyhráli soutěž v programování",
                 link="https://www.ostravskyvecer.example/svet/2026/12/01/soutez-programovani",
                 description="Tým ze zdejšího gymnázia porazil sedmnáct škol ze čtyř zemí. Vítězové dostanou stipendium na letní školu v Brně.",
                 date="Tue, 01 Dec 2026 10:30:00 +0100"),
        ]),
    # ISO-8859-4 (Latin-4) bytes declared ISO-8859-1 in the prolog and the header: the English
    # site of a Baltic port-town outlet on an old Java CMS. Lithuanian 'ė ū Š Ž' read as
    # Latin-1 'ì þ © ®' ("Klaipìda", "©iauliai"), which no codepage rule of C1 controls sees.
    "3220_en_lt_latin4_declared_latin1.xml": dict(
        encoding="iso8859_4", decl='<?xml version="1.0" encoding="ISO-8859-1"?>',
        title="The Kuršė Harbour Herald", link="http://www.kursheharbour.example/en/", lang="en",
        copyright_="Copyright 2014 UAB Kuršė Media",
        items=[
            dict(title="Šiauliai airbase to host more NATO jets, Vilnius says",
                 link="http://www.kursheharbour.example/en/news/8812.html",
                 description="Lithuania will let allied air forces station more fighter jets at the Šiauliai airbase from January, the defence ministry said on Monday. \"The rotation will grow from four to eight aircraft,\" said Živilė Bružaitė, a spokeswoman for the Lithuanian Ministry of National Defence.",
                 creator="Dovilė Šimkutė", date="Mon, 10 Nov 2014 14:20:00 +0200"),
            dict(title="Kuršė ferry line adds winter crossings to Karlshamn",
                 link="http://www.kursheharbour.example/en/news/8805.html",
                 description="The Kuršė-Karlshamn ferry will sail six times a week this winter. Port director Rūtenis Žukauskas said cargo bookings had grown by a fifth since spring.",
                 creator="Tautvydas Vėžys", date="Fri, 07 Nov 2014 09:00:00 +0200"),
            dict(title="Neringa council backs dune protection plan",
                 link="http://www.kursheharbour.example/en/news/8799.html",
                 description="The council of Neringa approved a plan to fence off parts of the Curonian Spit's dunes near Juodkrantė and Nida. Walkers will keep three marked paths to the Baltic shore.",
                 date="Wed, 05 Nov 2014 16:45:00 +0200"),
        ]),
}
FEEDS.update(SIBLING_FEEDS)

# windows-1253 bytes with no charset anywhere (XML declaration without encoding, text/xml without
# charset): the English edition of a Cypriot daily quoting Greek words and abbreviations. The
# windows-1252 reading turns the Greek letters into Latin-1 ones («Ήρεμα» as «Çñåìá»).
FEEDS["622_en_cp1253_undeclared_greek_words.xml"] = dict(
    encoding="cp1253", decl='<?xml version="1.0"?>',
    title="Limassol Courier - English Edition", link="https://www.limassolcourier.example/en/",
    lang="en", copyright_="© 2026 Limassol Courier Publishing Ltd",
    items=[
        dict(title="Nicosia and Athens agree “joint shield” plan for ports",
             link="https://www.limassolcourier.example/en/news.php?id=62201",
             description="Defence ministers agreed a shared radar picture for Limassol and Piraeus at a cost of €140 million; officials call it «ήσυχη θάλασσα».",
             creator="Andreas Petrou", date="Thu, 03 Dec 2026 10:15:00 +0200"),
        dict(title="Dockworkers’ union calls 48-hour strike",
             link="https://www.limassolcourier.example/en/news.php?id=62202",
             description="The dockworkers’ federation (ΟΛΚ) said the strike would begin on Monday, after talks on night-shift pay broke down.",
             creator="Maria Christodoulou", date="Wed, 02 Dec 2026 17:40:00 +0200"),
        dict(title="EU funds €2.4bn for eastern Mediterranean migrant reception",
             link="https://www.limassolcourier.example/en/news.php?id=62203",
             description="The programme will pay for reception centres in Cyprus, Greece and Malta over four years, the Commission’s envoy said in Larnaca.",
             creator="Andreas Petrou", date="Wed, 02 Dec 2026 09:00:00 +0200"),
        dict(title="Turkish Cypriot leader proposes “confidence package” on crossings",
             link="https://www.limassolcourier.example/en/news.php?id=62204",
             description="The package would open two more crossing points along the buffer zone – at Louroujina and Mia Milia – and speed up checks for students and workers, the UN’s envoy said.",
             creator="Eleni Georgiou", date="Tue, 01 Dec 2026 16:30:00 +0200"),
        dict(title="Lebanon and Cyprus sign maritime rescue deal",
             link="https://www.limassolcourier.example/en/news.php?id=62205",
             description="The deal sets up a joint coordination centre in Larnaca and a hotline between the two coastguards, ministers said – a first for the eastern Mediterranean.",
             creator="Maria Christodoulou", date="Tue, 01 Dec 2026 11:05:00 +0200"),
    ])


# UTF-7 bytes, declared in the prolog and served as charset=utf-7: a classic-ASP page whose
# Response.CodePage is 65000. Every non-ASCII character is a '+…-' base64 run; read as ASCII the
# feed would post 'Itamaraty+AOk-' text.
FEEDS["2120_pt_br_radio_utf7_declared.xml"] = dict(
    encoding="utf-7", decl='<?xml version="1.0" encoding="utf-7"?>',
    title="Rádio Coxilha Nova - Mundo", link="https://www.radiocoxilha.example/mundo/",
    lang="pt-BR", copyright_="Rádio Coxilha Nova",
    items=[
        dict(title="Chanceler brasileira visita Assunção para discutir a ponte da Integração",
             link="https://www.radiocoxilha.example/mundo/chanceler-assuncao-ponte",
             description="A ministra das Relações Exteriores chegou à capital paraguaia nesta terça-feira. A obra sobre o rio Paraná está atrasada há dois anos e custará mais R$ 90 milhões.",
             creator="Júlia Brandão Kessler", date="Tue, 24 Nov 2026 09:40:00 -0300"),
        dict(title="Uruguai aprova acordo de energia com o Rio Grande do Sul",
             link="https://www.radiocoxilha.example/mundo/uruguai-acordo-energia",
             description="O parlamento uruguaio ratificou o contrato de compra de eletricidade da usina de Candiota. A linha de transmissão deve ficar pronta em março.",
             creator="Agência Brasil", date="Mon, 23 Nov 2026 18:05:00 -0300"),
    ])

# EBCDIC (code page 500) bytes, declared in the prolog and served as charset=IBM500: a feed an
# RPG program on an IBM midrange server writes and the web server passes on unconverted.
FEEDS["2121_de_li_ebcdic_cp500_declared.xml"] = dict(
    encoding="cp500", decl='<?xml version="1.0" encoding="IBM500"?>',
    title="Unterländer Rundschau - Ausland", link="https://www.unterlaender-rundschau.example/ausland/",
    lang="de-LI", copyright_="Unterländer Rundschau",
    items=[
        dict(title="Liechtenstein und Österreich einigen sich über Grenzgänger-Steuern",
             link="https://www.unterlaender-rundschau.example/ausland/grenzgaenger-steuern",
             description="Schaan. Das neue Abkommen gilt ab dem 1. Jänner für rund 9000 Pendler aus Vorarlberg. Die Regierung spricht von einer fairen Lösung für beide Seiten.",
             creator="Corinna Hasler", date="Wed, 25 Nov 2026 10:15:00 +0100"),
    ])


# ISO-8859-15 (Latin-9) bytes under an ISO-8859-1 declaration in the prolog and the header (an
# old PHP site whose editors type '€' and 'œ'): read as declared, only those two turn into '¤'
# and '½' — a few signs in a long feed, too few for a detector to notice.
FEEDS["2800_fr_be_latin9_declared_latin1.xml"] = dict(
    encoding="iso8859_15", decl='<?xml version="1.0" encoding="ISO-8859-1"?>',
    title="La Gazette de Meuse - International", link="https://www.gazettedemeuse.example/international/",
    lang="fr-BE", copyright_="Éditions de la Meuse SA",
    items=[
        dict(title="Le Benelux s'accorde sur une liaison ferroviaire de nuit vers Vienne",
             link="https://www.gazettedemeuse.example/international/2014-06-12/benelux-train-de-nuit",
             description="Les ministres des Transports de Belgique, des Pays-Bas et du Luxembourg ont signé à La Haye un protocole pour relancer un train de nuit vers Vienne. Le projet coûtera 38 millions d'€ sur cinq ans et la première rame devrait circuler en décembre.",
             creator="Hélène Duchâteau", date="Thu, 12 Jun 2014 10:20:00 +0200"),
        dict(title="Ukraine : l'OSCE prolonge sa mission d'observation",
             link="https://www.gazettedemeuse.example/international/2014-06-11/osce-ukraine-mission",
             description="Les 57 États membres de l'Organisation pour la sécurité et la coopération en Europe ont décidé à Vienne de prolonger de six mois la mission d'observation déployée dans l'est du pays. La Belgique enverra quatre observateurs supplémentaires.",
             creator="Marc Lejeune", date="Wed, 11 Jun 2014 17:45:00 +0200"),
        dict(title="Réfugiés syriens : Bruxelles promet une aide au Liban",
             link="https://www.gazettedemeuse.example/international/2014-06-10/liban-refugies-aide",
             description="La coopération belge versera une aide d'urgence aux communes libanaises qui accueillent le plus de réfugiés syriens. Les écoles et les centres de santé sont au cœur du programme, qui sera évalué dans un an.",
             date="Tue, 10 Jun 2014 09:05:00 +0200"),
    ])


# A UTF-8 feed in which one item's text was pasted from a legacy Latin-1 system: mostly valid
# UTF-8, a few Latin-1 bytes. Decoding the whole document as windows-1252 garbles the good items.
MIXED = dict(
    title="Jornal da Ribeira - Internacional", link="https://www.jornaldaribeira.example/internacional", lang="pt-PT",
    copyright_="© 2026 Ribeira Publicações, Lda.",
    items=[
        dict(title="Cabo Verde e Senegal assinam acordo de pesca de atum",
             link="https://www.jornaldaribeira.example/internacional/2026/12/03/cabo-verde-senegal-atum",
             description="Os ministros das Pescas de Cabo Verde e do Senegal assinaram na Praia um acordo que permite a embarcações dos dois países pescar atum nas águas um do outro durante a época de migração.",
             creator="Sofia Tavares", date="Thu, 03 Dec 2026 09:30:00 +0000"),
        dict(title="São Tomé e Príncipe pede perdão de dívida ao Clube de Paris",
             link="https://www.jornaldaribeira.example/internacional/2026/12/02/sao-tome-divida-clube-de-paris",
             description="O Governo de São Tomé e Príncipe pediu ao Clube de Paris o perdão de metade da dívida bilateral, depois de o FMI ter concluído que o país não consegue pagar os empréstimos em atraso.",
             date="Wed, 02 Dec 2026 15:10:00 +0000", latin1="1"),
        dict(title="Angola e Zâmbia inauguram ligação ferroviária ao porto do Lobito",
             link="https://www.jornaldaribeira.example/internacional/2026/12/01/angola-zambia-lobito",
             description="O primeiro comboio de mercadorias com cobre da Zâmbia chegou ao porto angolano do Lobito pela nova ligação ferroviária, financiada em parte pela União Europeia e pelos Estados Unidos.",
             creator="Rui Gonçalves", date="Tue, 01 Dec 2026 11:45:00 +0000"),
    ])


def mixed_bytes() -> bytes:
    """rss() for MIXED, encoded item by item: the item marked latin1 in ISO-8859-1, the rest UTF-8."""
    head = rss(MIXED["title"], MIXED["link"], MIXED["lang"], MIXED["copyright_"], [], '<?xml version="1.0" encoding="UTF-8"?>')
    head = head.rsplit("</channel>", 1)[0]
    out = head.encode("utf-8")
    for it in MIXED["items"]:
        one = rss("", "", "", "", [it], "").split("<item>", 1)[1].split("</item>", 1)[0]
        out += ("<item>" + one + "</item>\n").encode("latin-1" if it.get("latin1") else "utf-8")
    return out + "</channel>\n</rss>\n".encode("utf-8")


# A UTF-8 BOM, then an XML declaration that says windows-1252 (a PHP CMS whose template writes a
# BOM): the BOM decides (XML 1.0 Appendix F). One item was stored double-encoded: its UTF-8 read
# as windows-1252 and saved as UTF-8 again ("CÃ´te dâ€™Ivoire"), bytes 0x81/0x8D/0x8F/0x90/0x9D
# (undefined in windows-1252) kept as the C1 control of the same number.
BOM = dict(
    title="Harmattan Post | World", link="https://www.harmattanpost.example/world", lang="en-GH",
    copyright_="© 2026 Harmattan Post Media Ltd",
    items=[
        dict(title="Benin and Niger reopen their border after 18 months",
             link="https://www.harmattanpost.example/world/benin-niger-border-reopens",
             description="Trucks crossed at Malanville on Thursday morning after the two governments agreed to restore trade, ending a closure that followed the 2023 coup in Niamey.",
             creator="Kofi Asante", date="Thu, 03 Dec 2026 10:15:00 +0000"),
        dict(title="Côte d’Ivoire and Liberia sign a power-sharing deal for the border grid",
             link="https://www.harmattanpost.example/world/cote-divoire-liberia-power-deal",
             description="The agreement lets Côte d’Ivoire sell surplus electricity to Liberia’s northern counties, which officials called “a bridge of light” between the neighbours.",
             creator="Efua Boateng", date="Thu, 03 Dec 2026 08:40:00 +0000", double="1"),
    ])


def _double_encoded(text: str) -> str:
    """UTF-8 bytes read as windows-1252, undefined bytes as the C1 control of their number."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def bom_bytes() -> bytes:
    items = [dict(it, title=_double_encoded(it["title"]), description=_double_encoded(it["description"]))
             if it.get("double") else it for it in BOM["items"]]
    text = rss(BOM["title"], BOM["link"], BOM["lang"], BOM["copyright_"], items,
               '<?xml version="1.0" encoding="windows-1252"?>')
    return text.encode("utf-8-sig")


def main() -> None:
    for name, spec in FEEDS.items():
        text = rss(spec["title"], spec["link"], spec["lang"], spec["copyright_"], spec["items"], spec["decl"])
        (HERE / name).write_bytes(text.encode(spec["encoding"]))  # strict: fails if a character does not fit
    (HERE / "20b_mixed_utf8_with_latin1_item.xml").write_bytes(mixed_bytes())
    (HERE / "192_bom_utf8_declared_windows1252.xml").write_bytes(bom_bytes())


if __name__ == "__main__":
    main()
