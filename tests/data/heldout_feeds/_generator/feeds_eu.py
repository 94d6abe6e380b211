# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Austrian (Latin-1 declared as UTF-8), French, francophone African (Atom),
Spanish (Argentina, ISO-8859-1), Italian, Portuguese (Brazil, ISO-8859-1)."""
from lib import Feed, Item, cdata, dt, esc, rfc822

CET = 1

# --------------------------------------------------------------------------------------
# 14. German quality daily (Süddeutsche/FAZ-style): German day/month names in pubDate,
#     content:encoded ending in "Von A und B." or a "[mehr]" link, (dpa) credits,
#     copyright "... Medien GmbH & Co. KG", section in channel title.
# --------------------------------------------------------------------------------------


def rheinische() -> Feed:
    base = "https://www.rheinische-allgemeine.de"
    rows = [
        ("politik/ukraine-waffenstillstand-gespraeche-genf-1.7712034",
         "Ukraine-Gespräche in Genf: Kiew lehnt Gebietsabtretungen erneut ab",
         "Die Delegationen verhandeln seit Montag über eine Waffenruhe – doch in der Kernfrage gibt es keine Annäherung",
         ["Die ukrainische Delegation hat bei den Gesprächen in Genf erneut jede Abtretung von Gebieten an Russland ausgeschlossen. Das sagte der Leiter der Delegation am Dienstagabend vor Journalisten.",
          "Die Gespräche sollen am Donnerstag fortgesetzt werden. Vermittler aus der Schweiz und der Türkei sprachen von einer „schwierigen, aber ernsthaften“ Atmosphäre."],
         "Von Anna Berger und Jonas Krüger, Genf.", "Anna Berger, Jonas Krüger", ["Anna Berger", "Jonas Krüger"],
         dt(2026, 12, 2, 19, 12, 5, CET), True, False),
        ("politik/bundestag-haushalt-2027-bundeswehr-1.7711980",
         "Bundestag beschließt Haushalt 2027 mit Rekordausgaben für die Bundeswehr",
         "Der Verteidigungsetat steigt auf mehr als 108 Milliarden Euro. Die Opposition kritisiert neue Schulden",
         ["Der Bundestag hat den Haushalt für das kommende Jahr verabschiedet. 392 Abgeordnete stimmten dafür, 271 dagegen.",
          "„Wir investieren in Sicherheit, weil wir es müssen, nicht weil wir es wollen“, sagte der Finanzminister in der Schlussdebatte."],
         "Von Henrike Vogel.", "Henrike Vogel", ["Henrike Vogel"],
         dt(2026, 12, 2, 13, 45, 0, CET), True, False),
        ("wirtschaft/dax-rekord-zinssenkung-ezb-1.7711902",
         "Dax steigt erstmals über 26 000 Punkte",
         "Anleger setzen auf eine weitere Zinssenkung der EZB",
         ["Der deutsche Leitindex hat am Dienstag erstmals die Marke von 26 000 Punkten überschritten. Gefragt waren vor allem Rüstungs- und Bankaktien."],
         "(dpa)", "", [], dt(2026, 12, 2, 11, 3, 22, CET), False, True),
        ("politik/iran-atomabkommen-iaea-fahrplan-kommentar-1.7711877",
         "Ein Fahrplan, kein Durchbruch",
         "Die Einigung zwischen Teheran und der Atomenergiebehörde verschafft allen Beteiligten Zeit. Mehr aber auch nicht",
         ["Wer in Wien auf einen Neuanfang gehofft hatte, wird enttäuscht. Der Fahrplan regelt, wann Inspekteure zurückkehren dürfen – nicht, was sie dort sehen werden."],
         "Ein Kommentar von Paul Hartig.", "Paul Hartig", ["Paul Hartig"],
         dt(2026, 12, 2, 8, 30, 0, CET), True, True),
        ("sport/bundesliga-leverkusen-dortmund-1.7711750",
         "Leverkusen dreht Spiel gegen Dortmund in der Nachspielzeit",
         "Zwei Tore nach der 90. Minute – und die Tabellenspitze bleibt spannend",
         ["Bayer Leverkusen hat das Topspiel gegen Borussia Dortmund mit 3:2 gewonnen."],
         "Von Felix Roth.", "Felix Roth", ["Felix Roth"], dt(2026, 11, 29, 20, 31, 0, CET), False, True),
        ("politik/frankreich-misstrauensvotum-regierung-1.7711688",
         "Frankreichs Regierung übersteht Misstrauensvotum knapp",
         "Neun Stimmen fehlten der Opposition. Der Premier muss nun ohne Mehrheit sparen",
         ["Die französische Regierung hat ein Misstrauensvotum in der Nationalversammlung überstanden.Für den Antrag stimmten 280 Abgeordnete, nötig gewesen wären 289"],
         "Von Carla Weidner, Paris.", "Carla Weidner", ["Carla Weidner"], dt(2026, 11, 30, 18, 2, 0, CET), True, False),
        ("panorama/bildergalerie-weihnachtsmaerkte-1.7711600",
         "Bildergalerie: Die schönsten Weihnachtsmärkte am Rhein",
         "Von Köln bis Konstanz: Lichter, Glühwein und Gedränge",
         [], "", "", [], dt(2026, 11, 28, 10, 0, 0, CET), False, True),
        ("app/rheinische-app-jetzt-laden-1.1000001",
         "Die neue App der Rheinischen Allgemeinen: Jetzt kostenlos laden",
         "Alle Nachrichten, Push-Meldungen und das E-Paper in einer App",
         [], "", "", [], dt(2026, 11, 1, 0, 0, 0, CET), False, True),
        ("politik/china-eu-gipfel-zoelle-elektroautos-1.7711523",
         "EU und China einigen sich auf Mindestpreise für E-Autos",
         "Statt Strafzöllen sollen chinesische Hersteller künftig Mindestpreise einhalten – ein Kompromiss nach zwei Jahren Streit",
         ["Die Europäische Union und China haben ihren Streit über Zölle auf Elektroautos vorerst beigelegt. Das teilte die EU-Kommission in Brüssel mit.",
          "„Das ist ein fairer Kompromiss, der unsere Industrie schützt“, sagte Handelskommissar Marek Dvořák."],
         "Von Tobias Lenz und Mei Wagner, Brüssel/Peking.", "Tobias Lenz, Mei Wagner", ["Tobias Lenz", "Mei Wagner"],
         dt(2026, 11, 27, 16, 44, 10, CET), True, False),
        ("politik/syrien-verfassungskommission-1.7711490",
         "Syrien: Übergangsregierung setzt Verfassungskommission ein",
         "Die Kommission soll binnen eines Jahres einen Entwurf vorlegen",
         ["Die syrische Übergangsregierung hat eine 50-köpfige Kommission berufen, die eine neue Verfassung ausarbeiten soll. Vertreter der kurdischen Verwaltung im Nordosten sind nicht dabei."],
         "(AFP/Reuters)", "", [], dt(2026, 11, 26, 9, 15, 0, CET), True, True),
    ]
    items_xml, items = [], []
    for path, title, teaser, paras, byline, creator, authors, d, rel, mehr in rows:
        link = f"{base}/{path}"
        img = f'<img src="https://img.rheinische-allgemeine.de/{path.split("-")[-1]}/640x360" alt="" />'
        desc = f"<p>{img}{teaser}</p>"
        if mehr:
            desc = f"<p>{img}{teaser} <a href=\"{link}\">[mehr]</a></p>"
        content = "".join(f"<p>{p}</p>" for p in paras)
        if byline:
            content += f"<p><em>{byline}</em></p>"
        if content and not mehr:
            content += f'<p><a href="{link}">Weiterlesen</a></p>'
        dc = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        ce = f"\n      <content:encoded>{cdata(content)}</content:encoded>" if content else ""
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{link}</guid>
      <pubDate>{rfc822(d, 'de')}</pubDate>
      <description>{esc(desc)}</description>{ce}{dc}
      <category>{path.split('/')[0].capitalize()}</category>
    </item>""")
        story = not (title.startswith("Bildergalerie") or "App" in title.split(":")[0])
        junk = ["[mehr]", "Weiterlesen", "<img"] + ([byline] if byline else []) + ([x for x in ("Von Anna Berger", "Von Henrike Vogel", "Ein Kommentar von", "Von Felix Roth", "Von Carla Weidner", "Von Tobias Lenz") if x in byline])
        q = None
        if "Dvořák" in content:
            q = [{"speaker": "Marek Dvořák", "affiliation": "Handelskommissar"}]
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=junk, quotes=q))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Politik - Rheinische Allgemeine</title>
    <link>{base}/politik</link>
    <description>Nachrichten aus Politik, Wirtschaft und Sport von rheinische-allgemeine.de</description>
    <language>de-DE</language>
    <copyright>Copyright Rheinische Allgemeine Medien GmbH &amp; Co. KG</copyright>
    <atom:link href="{base}/rss/politik" rel="self" type="application/rss+xml"/>
    <lastBuildDate>{rfc822(dt(2026, 12, 2, 19, 20, 0, CET), 'de')}</lastBuildDate>
    <image>
      <url>{base}/img/logo-rss.png</url>
      <title>Rheinische Allgemeine</title>
      <link>{base}</link>
    </image>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="de_rheinische_politik.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Süddeutsche Zeitung / FAZ politics feed: teaser + content:encoded with byline paragraph, '[mehr]' link, German date names",
                language="de", outlet="Rheinische Allgemeine", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="pubDate uses German day and month names (Mi, Dez, Mär...). Outlet is 'Rheinische Allgemeine', never '... Medien GmbH & Co. KG'.")


# --------------------------------------------------------------------------------------
# 15. Austrian daily: bytes are ISO-8859-1 but the prolog and header say UTF-8.
# --------------------------------------------------------------------------------------


def wiener() -> Feed:
    base = "https://www.wiener-abendpost.at"
    rows = [
        ("international/europa/2000198811/orban-nachfolger-budapest", "Ungarns neue Regierung will Blockade von EU-Geldern beenden",
         "Der neue Ministerpräsident kündigte in Brüssel an, die Reformen für den Rechtsstaat binnen sechs Monaten umzusetzen. Es geht um rund 18 Milliarden Euro.",
         "Gregor Mayrhofer aus Brüssel", ["Gregor Mayrhofer"], dt(2026, 12, 2, 17, 30, 0, CET), True),
        ("inland/2000198790/nationalrat-neutralitaet-debatte", "Nationalrat streitet über Österreichs Neutralität",
         "Die Regierungsparteien wollen die Teilnahme an der europäischen Luftabwehr ausweiten. Die Opposition spricht von einem schleichenden Abschied von der Neutralität.",
         "Katharina Pöltl", ["Katharina Pöltl"], dt(2026, 12, 2, 12, 4, 0, CET), True),
        ("international/nahost/2000198754/libanon-waffenruhe-verlaengert", "Libanon: Waffenruhe um weitere 60 Tage verlängert",
         "Israel und die Hisbollah haben einer Verlängerung zugestimmt, teilten die USA und Frankreich mit. Die libanesische Armee soll weitere Stellungen im Süden übernehmen.",
         "APA/Reuters", [], dt(2026, 12, 1, 21, 40, 0, CET), True),
        ("sport/ski/2000198700/weltcup-soelden-slalom", "Skiweltcup: Doppelsieg für Österreich im Slalom von Gurgl",
         "Die Österreicher jubelten über Platz eins und zwei, der Titelverteidiger schied im zweiten Durchgang aus.",
         "Sportredaktion", [], dt(2026, 11, 30, 14, 55, 0, CET), False),
        ("wirtschaft/2000198688/voestalpine-stellenabbau", "Stahlkonzern streicht 900 Stellen in der Steiermark",
         "Als Grund nannte das Unternehmen die schwache Nachfrage aus der Autoindustrie und hohe Energiekosten.",
         "Martin Großschädl", ["Martin Großschädl"], dt(2026, 11, 30, 10, 12, 0, CET), False),
        ("international/europa/2000198650/serbien-proteste-belgrad", "Zehntausende demonstrieren in Belgrad gegen Lithiumabbau",
         "Die Demonstranten forderten den Stopp des Projekts im Jadar-Tal. Die Polizei sprach von 40.000 Teilnehmern, die Veranstalter von mehr als 100.000.",
         "Theresa Hödl", ["Theresa Hödl"], dt(2026, 11, 29, 19, 20, 0, CET), True),
        ("kultur/2000198601/staatsoper-premiere", "Jubel für neue \"Rosenkavalier\"-Inszenierung an der Staatsoper",
         "Das Publikum feierte die Sänger mit minutenlangem Applaus, für die Regie gab es einzelne Buhrufe.",
         "Dragan Markovits", ["Dragan Markovits"], dt(2026, 11, 28, 22, 15, 0, CET), False),
    ]
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, rel in rows:
        link = f"{base}/story/{path}"
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>
<dc:creator>{esc(creator)}</dc:creator>
<pubDate>{rfc822(d)}</pubDate>
<guid isPermaLink="false">{path.split('/')[-2]}</guid>
</item>""")
        items.append(Item(key=path.split("/")[-2], title=title, published=d, authors=authors, relevant=rel,
                          junk=["Ã", "Â", "\ufffd"]))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Wiener Abendpost - International</title>
<link>{base}/international</link>
<description>Nachrichten aus aller Welt - wiener-abendpost.at</description>
<language>de-AT</language>
<copyright>© Wiener Abendpost Zeitungsverlag GmbH</copyright>
<pubDate>{rfc822(dt(2026, 12, 2, 17, 35, 0, CET))}</pubDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    for ch in text:
        assert ord(ch) < 256, ch
    return Feed(name="de_at_wienerabendpost_international.rss.xml", acceptable_outcomes=["decoded", "refused"], text=text, encoding="latin-1",
                content_type="application/rss+xml; charset=UTF-8",
                outlet_structure="Austrian daily (derStandard/Presse-style) RSS; bytes ISO-8859-1 while prolog and HTTP header claim UTF-8",
                language="de", outlet="Wiener Abendpost", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Encoding trap: must be decoded as ISO-8859-1/windows-1252 (titles as in this sidecar) or refused with a one-line error; never posted with U+FFFD or mojibake.")


# --------------------------------------------------------------------------------------
# 16. French national daily (Le Monde/Le Figaro-style): French day/month names,
#     "Lire la suite", "Par X" in the description, media:content with caption/credit.
# --------------------------------------------------------------------------------------


def rhodanien() -> Feed:
    base = "https://www.lecourrierrhodanien.fr"
    rows = [
        ("international/article/2026/12/02/gaza-conference-reconstruction-le-caire_6612001_3210.html",
         "Conférence du Caire sur Gaza : 40 milliards de dollars promis pour la reconstruction",
         "Les pays donateurs ont conditionné une partie des fonds à la mise en place d’une autorité de transition. Par Claire Aubertin (Le Caire, envoyée spéciale)",
         ["Claire Aubertin"], dt(2026, 12, 2, 18, 2, 7, CET), True,
         "Le ministre égyptien des affaires étrangères à l’ouverture de la conférence, au Caire, le 2 décembre 2026.", "Ahmed Fathy/AFP"),
        ("international/article/2026/12/02/moldavie-coalition-accord_6611988_3210.html",
         "En Moldavie, un accord de coalition ouvre la voie à un nouveau gouvernement pro-européen",
         "Le parti présidentiel et les libéraux se sont entendus sur un programme centré sur l’adhésion à l’Union européenne. Par Mathilde Roussel",
         ["Mathilde Roussel"], dt(2026, 12, 2, 11, 20, 0, CET), True,
         "La présidente moldave lors d’une conférence de presse à Chisinau.", "Ion Cebotari/Reuters"),
        ("politique/article/2026/12/01/budget-49-3-assemblee_6611950_823448.html",
         "Budget 2027 : le gouvernement engage sa responsabilité avec le 49.3",
         "Le premier ministre a annoncé le recours à l’article 49.3 de la Constitution, ouvrant la voie à une nouvelle motion de censure",
         [], dt(2026, 12, 1, 16, 5, 0, CET), True, "", ""),
        ("afrique/article/2026/12/01/mali-junte-elections-report_6611921_3212.html",
         "Au Mali, la junte reporte une nouvelle fois l’élection présidentielle",
         "Le scrutin, déjà repoussé en 2024, n’aura pas lieu avant 2029, selon un décret lu à la télévision publique. Par Léa Konaté et Bruno Ferrand",
         ["Léa Konaté", "Bruno Ferrand"], dt(2026, 12, 1, 9, 48, 31, CET), True,
         "Des soldats maliens lors d’un défilé à Bamako, en septembre 2026.", "Issa Traoré/AFP"),
        ("sport/article/2026/11/30/ligue-1-psg-marseille_6611900_3242.html",
         "Ligue 1 : le PSG s’impose dans le Classique et reprend la tête",
         "Les Parisiens ont battu l’OM (2-1) au Parc des Princes dimanche soir",
         [], dt(2026, 11, 30, 23, 5, 0, CET), False, "", ""),
        ("economie/article/2026/11/30/inflation-zone-euro-novembre_6611877_3234.html",
         "L’inflation en zone euro ralentit à 1,9 % en novembre",
         "Selon Eurostat, la baisse des prix de l’énergie compense la hausse des prix alimentaires.",
         [], dt(2026, 11, 30, 11, 0, 0, CET), False, "", ""),
        ("international/article/2026/11/29/nouvelle-caledonie-referendum-accord_6611850_3210.html",
         "Nouvelle-Calédonie : les indépendantistes rejettent le projet d’accord de Paris",
         "« Ce texte ne nous donne pas les clés de notre souveraineté », a déclaré Jean-Pierre Naouna, porte-parole du FLNKS, à Nouméa.",
         [], dt(2026, 11, 29, 8, 30, 0, 11), True, "", ""),
        ("m-le-mag/article/2026/11/28/portfolio-hiver-montagne_6611822_4500055.html",
         "Portfolio : l’hiver s’installe sur les Alpes",
         "Nos photographes ont suivi les premières chutes de neige de la saison",
         [], dt(2026, 11, 28, 7, 0, 0, CET), False, "", ""),
        ("international/article/2026/11/27/japon-chine-ambassadeur-convoque_6611800_3210.html",
         "Tokyo convoque l’ambassadeur de Chine après l’incursion de navires près des Senkaku",
         "Le Japon dénonce une « violation grave » de ses eaux territoriales, Pékin affirme patrouiller dans ses propres eaux. Par Antoine Rivière (Tokyo, correspondance)",
         ["Antoine Rivière"], dt(2026, 11, 27, 6, 12, 0, CET), True,
         "Un navire des garde-côtes chinois près des îles Senkaku, en mer de Chine orientale.", "Kyodo/Reuters"),
    ]
    items_xml, items = [], []
    for path, title, desc, authors, d, rel, cap, credit in rows:
        link = f"{base}/{path}"
        media = ""
        if cap:
            media = f"""
      <media:content url="https://img.lecourrierrhodanien.fr/{path.split('_')[1]}/0/0/5100/3400/664/0/75/0/a1b2c3_upload.jpg" width="644" height="322">
        <media:description type="plain">{esc(cap)}</media:description>
        <media:credit scheme="urn:ebu">{esc(credit)}</media:credit>
      </media:content>"""
        desc_full = desc + f' <a href="{link}">Lire la suite</a>'
        items_xml.append(f"""    <item>
      <title>{cdata(title)}</title>
      <pubDate>{rfc822(d, 'fr')}</pubDate>
      <description>{cdata(desc_full)}</description>
      <guid isPermaLink="true">{link}</guid>
      <link>{link}</link>{media}
    </item>""")
        story = not title.startswith("Portfolio")
        junk = ["Lire la suite"] + ([cap, credit] if cap else []) + (["Par " + " et ".join(authors)] if authors else [])
        q = None
        if "Naouna" in desc:
            q = [{"speaker": "Jean-Pierre Naouna", "affiliation": "FLNKS"}]
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=junk, quotes=q))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>International : Toute l'actualité sur lecourrierrhodanien.fr.</title>
    <description>International - Découvrez gratuitement tous les articles, les vidéos et les infographies de la rubrique International sur lecourrierrhodanien.fr.</description>
    <copyright>Le Courrier rhodanien - Société éditrice du Courrier rhodanien SAS</copyright>
    <link>{base}/international/rss_full.xml</link>
    <atom:link href="{base}/international/rss_full.xml" rel="self" type="application/rss+xml"/>
    <pubDate>{rfc822(dt(2026, 12, 2, 18, 10, 0, CET), 'fr')}</pubDate>
    <language>fr-fr</language>
    <image>
      <url>{base}/medias/logo/courrier_rss.png</url>
      <title>Le Courrier rhodanien</title>
      <link>{base}</link>
    </image>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="fr_courrierrhodanien_international.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Le Monde section feed (lemonde.fr/international/rss_full.xml) with French day/month names and 'Par X' bylines in the description",
                language="fr", outlet="Le Courrier rhodanien", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Channel title is a section sentence ('International : Toute l'actualité sur lecourrierrhodanien.fr.'); the outlet name is in <image><title> and <copyright>. Dates like 'mer., 02 déc. 2026'.")


# --------------------------------------------------------------------------------------
# 17. Francophone West African outlet, Atom: <summary type="html">, <content type="html">
#     with "Lire la suite sur ..." footer, <rights> with the company, author per entry.
# --------------------------------------------------------------------------------------


def sahel_atom() -> Feed:
    base = "https://www.lesahelhebdo.sn"
    gmt = 0
    rows = [
        ("politique/2026/12/02/second-tour-presidentielle-date-fixee", "Présidentielle : le Conseil constitutionnel fixe le second tour au 21 décembre",
         "Les deux candidats arrivés en tête disposent de dix jours pour faire campagne.",
         "<p>Le Conseil constitutionnel a validé mercredi les résultats provisoires du premier tour et fixé le second tour au 21 décembre.</p><p>« Le calendrier électoral sera respecté à la lettre », a déclaré Aminata Ndiaye, porte-parole du Conseil, lors d’un point de presse à Dakar.</p>",
         ["Mamadou Sarr"], dt(2026, 12, 2, 16, 10, 0, gmt), True,
         [{"speaker": "Aminata Ndiaye", "affiliation": "Conseil constitutionnel"}]),
        ("afrique/2026/12/01/aes-sortie-cedeao-passeport", "Sahel : l’AES lance son propre passeport biométrique",
         "Le Mali, le Burkina Faso et le Niger entendent remplacer progressivement le passeport de la Cedeao.",
         "<p>Les trois pays de l’Alliance des États du Sahel ont présenté lundi à Niamey un passeport commun.</p><p>La Cedeao a rappelé que la libre circulation restait garantie par des accords bilatéraux.</p>",
         ["Fatoumata Diallo", "Ibrahima Sow"], dt(2026, 12, 1, 12, 0, 0, gmt), True, None),
        ("economie/2026/11/30/port-de-dakar-record-trafic", "Le port autonome de Dakar annonce un trafic record",
         "Le trafic de conteneurs a progressé de 12 % sur les dix premiers mois de l’année.",
         "<p>Le trafic de conteneurs a progressé de 12 % sur les dix premiers mois de l’année, selon la direction du port.</p>",
         ["La Rédaction"], dt(2026, 11, 30, 9, 30, 0, gmt), False, None),
        ("sport/2026/11/29/lions-can-liste-des-27", "CAN 2027 : le sélectionneur des Lions dévoile sa liste des 27",
         "Deux nouveaux venus dans le groupe, dont un attaquant de Ligue 2.",
         "<p>Le sélectionneur national a dévoilé samedi sa liste pour la Coupe d’Afrique des nations.</p>",
         ["Cheikh Fall"], dt(2026, 11, 29, 18, 45, 0, gmt), False, None),
        ("international/2026/11/28/soudan-el-fasher-convoi", "Soudan : un premier convoi humanitaire entre à El-Fasher depuis six mois",
         "L’ONU parle d’une « goutte d’eau » face aux besoins de la population assiégée.",
         "<p>Vingt-deux camions du Programme alimentaire mondial sont entrés vendredi à El-Fasher.</p><p>Selon l’ONU, plus de 300 000 personnes restent prises au piège dans la ville.</p>",
         ["AFP"], dt(2026, 11, 28, 15, 20, 0, gmt), True, None),
        ("societe/2026/11/27/magal-touba-affluence", "", "", "", [], dt(2026, 11, 27, 8, 0, 0, gmt), False, None),
        ("politique/2026/11/26/assemblee-loi-amnistie-abrogation", "L’Assemblée nationale abroge la loi d’amnistie de 2024",
         "Le texte adopté permet la réouverture d’enquêtes sur les violences de 2021 à 2024",
         "<p>Les députés ont voté l’abrogation par 131 voix contre 18.Les organisations de défense des droits humains ont salué un « tournant » </p>",
         ["Mamadou Sarr"], dt(2026, 11, 26, 22, 5, 0, gmt), True, None),
    ]
    entries, items = [], []
    for slug, title, summary, content, authors, d, rel, quotes in rows:
        link = f"{base}/{slug}/"
        auth = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        foot = f'<p>Lire la suite sur <a href="{link}">Le Sahel Hebdo</a></p>' if content else ""
        entries.append(f"""  <entry>
    {auth}
    <title type="html">{esc(title)}</title>
    <link rel="alternate" type="text/html" href="{link}"/>
    <id>{base}/?p={31000 + len(entries)}</id>
    <updated>{d.isoformat().replace('+00:00', 'Z')}</updated>
    <published>{d.isoformat().replace('+00:00', 'Z')}</published>
    <category scheme="{base}" term="{slug.split('/')[0].capitalize()}"/>
    <summary type="html">{esc(summary)}</summary>
    <content type="html" xml:base="{link}">{esc(content + foot)}</content>
  </entry>""")
        people = [a for a in authors if a not in ("La Rédaction", "AFP")]
        items.append(Item(key=f"{base}/?p={31000 + len(items)}", title=title, published=d, authors=people,
                          is_story=bool(title), relevant=rel if title else False,
                          junk=["Lire la suite", "La Rédaction"], quotes=quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><feed
  xmlns="http://www.w3.org/2005/Atom"
  xmlns:thr="http://purl.org/syndication/thread/1.0"
  xml:lang="fr-FR"
  >
  <title type="text">Le Sahel Hebdo | Actualités du Sénégal et de l’Afrique de l’Ouest</title>
  <subtitle type="text">Informations, analyses et reportages</subtitle>
  <updated>2026-12-02T16:12:00Z</updated>
  <link rel="alternate" type="text/html" href="{base}"/>
  <id>{base}/feed/atom/</id>
  <link rel="self" type="application/atom+xml" href="{base}/feed/atom/"/>
  <rights>© 2026 Groupe Sahel Médias SARL. Tous droits réservés.</rights>
  <generator uri="https://wordpress.org/" version="6.8.3">WordPress</generator>
{chr(10).join(entries)}
</feed>
"""
    return Feed(name="fr_sn_sahelhebdo.atom.xml", text=text, encoding="utf-8",
                content_type="application/atom+xml; charset=UTF-8",
                outlet_structure="WordPress Atom feed (/feed/atom/) of a Senegalese news site: rights with company, 'Lire la suite sur' footer",
                language="fr", outlet="Le Sahel Hebdo", shape="atom", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Feed title is 'Outlet | tagline'. Authors 'La Rédaction' and 'AFP' are not people. One entry has neither title nor text.")


# --------------------------------------------------------------------------------------
# 18. Argentine daily (Clarín-style), ISO-8859-1 declared correctly: Spanish dates,
#     "Leer más", "Por X" bylines, agencies.
# --------------------------------------------------------------------------------------


def plata() -> Feed:
    base = "https://www.diariodelplata.com.ar"
    art = -3
    rows = [
        ("mundo/venezuela-oposicion-negociacion-barbados_0_Kx81aQ.html",
         "Venezuela: gobierno y oposición retoman el diálogo en Barbados con mediación noruega",
         "Las delegaciones se reunieron por primera vez en 14 meses. La oposición exige fecha para elecciones regionales.",
         "Por Mariana Etchegaray", ["Mariana Etchegaray"], dt(2026, 12, 2, 20, 14, 0, art), True),
        ("mundo/chile-incendios-valparaiso-evacuados_0_Lp02bR.html",
         "Incendios en Chile: evacuan a más de 6.000 personas en Valparaíso",
         "Los focos avanzan empujados por vientos de hasta 70 km/h. Argentina envió dos aviones hidrantes.",
         "EFE", [], dt(2026, 12, 2, 9, 40, 0, art), True),
        ("politica/congreso-presupuesto-2027-votacion_0_Mn13cS.html",
         "El Senado aprobó el Presupuesto 2027 tras una sesión de 14 horas",
         "El oficialismo consiguió 39 votos con el apoyo de gobernadores aliados.",
         "Por Julián Ferraro", ["Julián Ferraro"], dt(2026, 12, 2, 4, 22, 0, art), True),
        ("deportes/futbol/boca-river-superclasico-resultado_0_No24dT.html",
         "Boca le ganó a River en el Superclásico y quedó a un punto de la punta",
         "El equipo xeneize se impuso 2 a 1 en la Bombonera con un gol en el último minuto.",
         "Por Nicolás Suárez", ["Nicolás Suárez"], dt(2026, 11, 30, 19, 5, 0, art), False),
        ("economia/dolar-hoy-cotizacion-blue_0_Op35eU.html",
         "Dólar hoy: a cuánto cotiza este martes 1 de diciembre",
         "El dólar oficial cerró estable y la brecha con el paralelo se mantuvo por debajo del 10%.",
         "Redacción Diario del Plata", [], dt(2026, 12, 1, 17, 0, 0, art), False),
        ("mundo/mercosur-ue-acuerdo-ratificacion-parlamento_0_Pq46fV.html",
         "El Parlamento Europeo ratificó el acuerdo comercial con el Mercosur",
         "«Es un día histórico para la relación entre ambos bloques», dijo el canciller argentino, Rodrigo Lamas, desde Bruselas.",
         "Por Inés Bertolini, corresponsal en Bruselas", ["Inés Bertolini"], dt(2026, 11, 27, 13, 30, 0, 1), True),
        ("mundo/bolivia-crisis-combustible-protestas_0_Qr57gW.html",
         "Bolivia: bloqueos y protestas por la escasez de combustible",
         "Transportistas cortaron rutas en La Paz y Santa Cruz para exigir gasoil",
         "AFP y Reuters", [], dt(2026, 11, 26, 11, 11, 0, art), True),
        ("fotogalerias/fotos-cumbre-g20-johannesburgo_0_Rs68hX.html",
         "Las fotos de la cumbre del G20 en Johannesburgo",
         "Las imágenes más destacadas de la reunión de líderes.",
         "", [], dt(2026, 11, 23, 12, 0, 0, art), False),
        ("mundo/guyana-venezuela-esequibo-cij-fallo_0_St79iY.html",
         "La Corte Internacional de Justicia fija fecha para el fallo sobre el Esequibo",
         "El tribunal de La Haya leerá la sentencia el 12 de febrero. Venezuela adelantó que no la reconocerá.",
         "Por Mariana Etchegaray", ["Mariana Etchegaray"], dt(2026, 11, 25, 15, 45, 0, art), True),
    ]
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, rel in rows:
        link = f"{base}/{path}"
        dc = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        items_xml.append(f"""<item>
<title>{cdata(title)}</title>
<link>{link}</link>
<guid isPermaLink="true">{link}</guid>
<pubDate>{rfc822(d, 'es')}</pubDate>
<description>{cdata(desc + f' <a href="{link}">Leer más</a>')}</description>{dc}
<enclosure url="https://images.diariodelplata.com.ar/2026/12/{path[-11:-5]}_1200x630__1.jpg" length="0" type="image/jpeg"/>
</item>""")
        story = not path.startswith("fotogalerias")
        q = [{"speaker": "Rodrigo Lamas", "affiliation": "canciller argentino"}] if "Lamas" in desc else None
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["Leer más", "Ã"], quotes=q))
    text = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Diario del Plata - Mundo</title>
<link>{base}/mundo/</link>
<description>Noticias del mundo: lo último en Diario del Plata</description>
<language>es-AR</language>
<copyright>Copyright © 2026 AGEA Platense S.A. Todos los derechos reservados.</copyright>
<atom:link href="{base}/rss/mundo/" rel="self" type="application/rss+xml"/>
<lastBuildDate>{rfc822(dt(2026, 12, 2, 20, 20, 0, art), 'es')}</lastBuildDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="es_ar_diariodelplata_mundo.rss.xml", text=text, encoding="latin-1",
                content_type="text/xml; charset=ISO-8859-1",
                outlet_structure="Clarín section feed (clarin.com/rss/mundo/): CDATA, enclosure image, Spanish dates, ISO-8859-1",
                language="es", outlet="Diario del Plata", shape="rss2", topic="mixed", items=items,
                declared_encoding="ISO-8859-1",
                notes="Encoding declared correctly (ISO-8859-1). Dates use Spanish names ('mié, 02 dic 2026'). Outlet is not 'AGEA Platense S.A.'.")


# --------------------------------------------------------------------------------------
# 19. Italian daily (Corriere-style): "di X" bylines, Italian dates, "Continua a leggere",
#     copyright "... S.p.A." (never cut at the dot).
# --------------------------------------------------------------------------------------


def adriatico() -> Feed:
    base = "https://www.corriereadriatico-news.it"
    rows = [
        ("esteri/26_dicembre_02/libia-elezioni-rinvio-onu-a1b2c3.shtml", "Libia, l'Onu: «Elezioni impossibili prima dell'estate». Roma teme nuove partenze",
         "L'inviata delle Nazioni Unite ha presentato al Consiglio di sicurezza un piano in tre fasi. La Farnesina convoca un vertice con Tunisi e Tripoli",
         "di Giulia Ferraresi", ["Giulia Ferraresi"], dt(2026, 12, 2, 18, 30, 0, CET), True),
        ("esteri/26_dicembre_02/albania-centri-migranti-corte-giustizia-d4e5f6.shtml", "Centri in Albania, la Corte Ue boccia i trasferimenti automatici",
         "Secondo i giudici di Lussemburgo ogni richiedente asilo deve poter contestare la designazione del Paese di origine come sicuro",
         "di Marco Bellini, corrispondente da Bruxelles", ["Marco Bellini"], dt(2026, 12, 2, 12, 15, 40, CET), True),
        ("politica/26_dicembre_01/manovra-fiducia-camera-g7h8i9.shtml", "Manovra, il governo pone la fiducia alla Camera",
         "Il voto finale è previsto per venerdì. Le opposizioni: «Testo blindato, nessun confronto»",
         "Redazione Politica", [], dt(2026, 12, 1, 15, 0, 0, CET), True),
        ("sport/calcio/26_novembre_30/napoli-inter-pareggio-j1k2l3.shtml", "Napoli-Inter 1-1, il pareggio lascia la vetta al Milan",
         "Gol nerazzurro nel primo tempo, pareggio azzurro al 78'",
         "di Luca Marchetti", ["Luca Marchetti"], dt(2026, 11, 30, 22, 41, 0, CET), False),
        ("economia/26_novembre_30/spread-btp-bund-minimi-m4n5o6.shtml", "Spread Btp-Bund ai minimi dal 2010",
         "Il differenziale scende sotto i 70 punti base dopo il giudizio delle agenzie di rating",
         "di Alberto Ricci", ["Alberto Ricci"], dt(2026, 11, 30, 9, 5, 0, CET), False),
        ("esteri/26_novembre_29/ucraina-zelensky-vaticano-p7q8r9.shtml", "Ucraina, il Papa riceve il presidente ucraino: «Servono corridoi per i bambini deportati»",
         "Il colloquio in Vaticano è durato 40 minuti. Sul tavolo lo scambio di prigionieri e il rimpatrio dei minori",
         "di Stefano Ardenghi", ["Stefano Ardenghi"], dt(2026, 11, 29, 13, 10, 0, CET), True),
        ("foto-gallery/esteri/26_novembre_28/tifone-filippine-foto-s1t2u3.shtml", "Il tifone nelle Filippine, le immagini della devastazione",
         "Le foto dalle province di Samar e Leyte",
         "", [], dt(2026, 11, 28, 11, 0, 0, CET), False),
        ("esteri/26_novembre_27/tunisia-arresti-opposizione-v4w5x6.shtml", "Tunisia, arrestati altri tre esponenti dell'opposizione",
         "Le accuse sono di «complotto contro la sicurezza dello Stato».Amnesty parla di repressione",
         "di Davide Orsini", ["Davide Orsini"], dt(2026, 11, 27, 19, 55, 12, CET), True),
    ]
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, rel in rows:
        link = f"{base}/{path}"
        dc = f"\n   <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        items_xml.append(f"""  <item>
   <title>{esc(title)}</title>
   <link>{link}</link>
   <description>{esc(desc + f' <a href="{link}">Continua a leggere</a>')}</description>
   <pubDate>{rfc822(d, 'it')}</pubDate>
   <guid isPermaLink="true">{link}</guid>{dc}
  </item>""")
        story = not path.startswith("foto-gallery")
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["Continua a leggere", "di Giulia Ferraresi", "corrispondente da"]))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel>
  <title>Corriere Adriatico News - Esteri</title>
  <link>{base}/esteri/</link>
  <description>Le notizie dal mondo del Corriere Adriatico</description>
  <language>it-it</language>
  <copyright>Copyright 2026 © Gruppo Editoriale Adriatico S.p.A. - P.IVA 01234560421</copyright>
  <lastBuildDate>{rfc822(dt(2026, 12, 2, 18, 35, 0, CET), 'it')}</lastBuildDate>
  <image>
   <url>{base}/img/logo_rss.png</url>
   <title>Corriere Adriatico News</title>
   <link>{base}</link>
  </image>
{chr(10).join(items_xml)}
 </channel>
</rss>
"""
    return Feed(name="it_corriereadriatico_esteri.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml",
                outlet_structure="Corriere della Sera section feed (xml2.corriereobjects.it/rss/esteri.xml): 'di X' bylines, S.p.A. copyright",
                language="it", outlet="Corriere Adriatico News", shape="rss2", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Dates use Italian names ('mer, 02 dic 2026'). Outlet must not be 'Gruppo Editoriale Adriatico S.p.A.' nor cut at a dot.")


# --------------------------------------------------------------------------------------
# 20. Brazilian daily (Folha-style), ISO-8859-1: Portuguese dates, "Leia mais",
#     galleries ("Veja fotos"), app promo.
# --------------------------------------------------------------------------------------


def planalto() -> Feed:
    base = "https://www1.folhadoplanalto.com.br"
    brt = -3
    rows = [
        ("mundo/2026/12/brasil-e-franca-assinam-acordo-sobre-amazonia-e-submarinos.shtml",
         "Brasil e França assinam acordo de defesa para submarinos e proteção da Amazônia",
         "Os dois governos anunciaram em Brasília a ampliação da parceria militar e um fundo de R$ 5 bilhões para a floresta",
         "Renata Albuquerque", ["Renata Albuquerque"], dt(2026, 12, 2, 19, 0, 0, brt), True),
        ("mundo/2026/12/argentina-e-brasil-retomam-reunioes-de-chanceleres.shtml",
         "Argentina e Brasil retomam reuniões de chanceleres após dois anos",
         "Encontro em Buenos Aires discutiu o acordo Mercosul-UE e a crise na Venezuela.Os ministros também trataram de energia",
         "Beatriz Lacerda e Otávio Prado", ["Beatriz Lacerda", "Otávio Prado"], dt(2026, 12, 2, 10, 30, 0, brt), True),
        ("poder/2026/12/stf-julga-emendas-parlamentares.shtml",
         "STF retoma julgamento sobre transparência das emendas parlamentares",
         "Ministros analisam se o Congresso cumpriu as regras de rastreabilidade definidas no ano passado",
         "Redação", [], dt(2026, 12, 1, 21, 14, 9, brt), True),
        ("esporte/2026/11/flamengo-vence-e-conquista-o-brasileirao.shtml",
         "Flamengo vence o Bahia e conquista o Brasileirão com uma rodada de antecedência",
         "Gol no segundo tempo garantiu o título no Maracanã lotado",
         "Bruno Rodrigues", ["Bruno Rodrigues"], dt(2026, 11, 30, 20, 55, 0, brt), False),
        ("mercado/2026/11/dolar-fecha-em-queda-apos-dados-de-inflacao.shtml",
         "Dólar fecha em queda de 0,8% após dados de inflação",
         "A moeda americana terminou o dia cotada a R$ 5,21",
         "Planaltopress", [], dt(2026, 11, 30, 17, 20, 0, brt), False),
        ("mundo/2026/11/cop31-negociadores-chegam-a-acordo-sobre-fundo-de-perdas.shtml",
         "COP31: negociadores chegam a acordo sobre fundo de perdas e danos",
         "\"É pouco, mas é o primeiro passo concreto\", disse Helena Marçal, secretária nacional de Mudança do Clima, em Antália",
         "Cristiane Fortunato, enviada especial a Antália (Turquia)", ["Cristiane Fortunato"], dt(2026, 11, 22, 14, 45, 33, 3), True),
        ("fotografia/2026/11/veja-fotos-do-protesto-em-lima.shtml",
         "Veja fotos dos protestos em Lima contra o governo peruano",
         "Milhares de pessoas foram às ruas da capital peruana",
         "", [], dt(2026, 11, 28, 9, 0, 0, brt), False),
        ("institucional/2026/11/baixe-o-app-da-folha-do-planalto.shtml",
         "Baixe o app da Folha do Planalto e receba alertas de notícias",
         "Disponível para Android e iOS",
         "", [], dt(2026, 11, 1, 0, 0, 0, brt), False),
        ("mundo/2026/11/peru-congresso-destitui-presidente.shtml",
         "Congresso do Peru aprova destituição do presidente por incapacidade moral",
         "Foram 101 votos a favor. A vice-presidente deve assumir o cargo nesta sexta",
         "Larissa Menezes", ["Larissa Menezes"], dt(2026, 11, 27, 23, 30, 0, brt), True),
    ]
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, rel in rows:
        link = f"{base}/{path}"
        by = f"<p>{esc(creator)}</p>" if creator else ""
        body = f"{by}<p>{desc}</p><p><a href=\"{link}\">Leia mais</a></p>"
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<pubDate>{rfc822(d, 'pt')}</pubDate>
<description>{cdata(body)}</description>
</item>""")
        story = not (path.startswith("fotografia") or path.startswith("institucional"))
        q = [{"speaker": "Helena Marçal", "affiliation": "secretária nacional de Mudança do Clima"}] if "Helena Marçal" in desc else None
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["Leia mais", creator or "Leia mais", "Ã"], quotes=q,
                          note="Byline is the first <p> of the description." if creator else None))
    text = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0">
<channel>
<title>Folha do Planalto - Mundo - Principal</title>
<link>{base}/mundo/</link>
<description>Notícias de Mundo da Folha do Planalto</description>
<language>pt-br</language>
<copyright>Copyright Empresa Planalto da Manhã S.A. Todos os direitos reservados.</copyright>
<image>
<title>Folha do Planalto - Mundo - Principal</title>
<url>https://f.folhadoplanalto.com.br/img/logo-rss.gif</url>
<link>{base}/mundo/</link>
</image>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="pt_br_folhadoplanalto_mundo.rss.xml", text=text, encoding="latin-1",
                content_type="application/xml; charset=ISO-8859-1",
                outlet_structure="Folha de S.Paulo section feed (feeds.folha.uol.com.br/mundo/rss091.xml): ISO-8859-1, 'Section - Principal' title, byline as first paragraph",
                language="pt", outlet="Folha do Planalto", shape="rss2", topic="mixed", items=items,
                declared_encoding="ISO-8859-1",
                notes="Dates use Portuguese names ('qua, 02 dez 2026'). Channel title carries two section suffixes.")


FEEDS = [rheinische, wiener, rhodanien, sahel_atom, plata, adriatico, planalto]
