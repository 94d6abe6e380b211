# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the fourteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, esc, it, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- t-online-style
def netzblick():
    rows, items = [], []
    o = 1

    def add(path, nid, title, when, desc, exp):
        url = f"https://www.netzblick.de/nachrichten/ausland/{path}/id_{nid}/index.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}?utm_source=rss</link>\n<description>{esc(desc)}</description>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">id_{nid}</guid>\n"
                    f"<enclosure url=\"https://images.netzblick.de/{nid}/16x9/1280/bild.jpg\" type=\"image/jpeg\" length=\"0\"/>\n</item>")
        items.append(exp(f"id_{nid}"))

    w = d(4, 21, 2, 0, o)
    add("krisen-und-konflikte", "101234556", "Nahost-Konflikt: Israel kündigt Öffnung weiterer Grenzübergänge an", w,
        "Nach Gesprächen mit US-Vermittlern will Israel zwei zusätzliche Übergänge für Hilfslieferungen öffnen. Die Hamas spricht von einem „ersten Schritt“.",
        lambda k: it(k, "Nahost-Konflikt: Israel kündigt Öffnung weiterer Grenzübergänge an", w, note="No byline in the feed."))
    w = d(4, 19, 40, 0, o)
    add("usa", "101234501", "Trump droht Kanada mit neuen Zöllen – Ottawa reagiert gelassen", w,
        "Der US-Präsident wirft Kanada unfaire Milchquoten vor. Premier Carney: „Wir verhandeln nicht über Twitter.“",
        lambda k: it(k, "Trump droht Kanada mit neuen Zöllen – Ottawa reagiert gelassen", w))
    w = d(4, 17, 15, 0, o)
    add("ukraine", "101234470", "Ukraine-Krieg im Newsblog: Selenskyj trifft nordische Regierungschefs", w,
        "Alle aktuellen Entwicklungen zum Krieg in der Ukraine im Überblick.",
        lambda k: it(k, "Ukraine-Krieg im Newsblog: Selenskyj trifft nordische Regierungschefs", w, story=False, note="Live blog (Newsblog)."))
    w = d(4, 15, 0, 0, o)
    add("krisen-und-konflikte", "101234422", "Video: So sieht es nach dem Erdbeben in der Osttürkei aus", w,
        "Drohnenaufnahmen zeigen das Ausmaß der Zerstörung in der Provinz Malatya.",
        lambda k: it(k, "Video: So sieht es nach dem Erdbeben in der Osttürkei aus", w, story=False, rel=False, note="Video. Title label 'Video:' may be kept or dropped"))
    w = d(4, 12, 30, 0, o)
    add("europa", "101234390", "Slowakei: Fico verhindert neues EU-Sanktionspaket gegen Russland", w,
        "Bratislava fordert Garantien für Gaslieferungen. Diplomaten in Brüssel reagieren verärgert.",
        lambda k: it(k, "Slowakei: Fico verhindert neues EU-Sanktionspaket gegen Russland", w))
    w = d(4, 10, 5, 0, o)
    add("gesellschaft", "101234350", "Lottozahlen am Mittwoch: Jackpot geknackt?", w,
        "Die aktuellen Gewinnzahlen und Quoten.",
        lambda k: it(k, "Lottozahlen am Mittwoch: Jackpot geknackt?", w, rel=False, story=False, note="Service item (lottery numbers) in the feed."))
    channel = ("<title>Netzblick - Ausland</title>\n<link>https://www.netzblick.de/nachrichten/ausland/</link>\n<description>Aktuelle Nachrichten aus dem Ausland bei netzblick.de</description>\n"
               "<language>de-de</language>\n<copyright>Netzblick Digital GmbH &amp; Co. KGaA</copyright>\n"
               f"<lastBuildDate>{rfc822(d(4, 21, 5, 0, o))}</lastBuildDate>")
    return feed("de_netzblick_ausland.rss.xml", rss(channel, rows, sep="\n"), items, lang="de", outlet="Netzblick", aliases=["netzblick.de"],
                structure="t-online-style section RSS: channel 'Brand - Ausland', no author element, 'Thema: Satz' titles, links with '?utm_source=rss' and 'id_<digits>' non-permalink guids, enclosure image length 0, a 'im Newsblog' live blog, a 'Video:' item and a lottery service item, GmbH & Co. KGaA copyright, +0100 dates")


# ---------------------------------------------------------------- Frankfurter Rundschau / Ippen-style
def mainkurier():
    rows, items = [], []
    o = 1

    def add(path, nid, title, when, desc, creator, exp):
        url = f"https://www.mainkurier.de/politik/{path}-{nid}.html"
        img = f"<img src=\"https://www.mainkurier.de/assets/images/{nid[:2]}/{nid[2:5]}/{nid}-bild.jpg\" />"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"<description>{esc(img + desc)}</description>\n" + (f"<dc:creator>{esc(creator)}</dc:creator>\n" if creator else "")
                    + f"<pubDate>{rfc822(when)}</pubDate>\n<category>Politik</category>\n</item>")
        items.append(exp(url))

    w = d(4, 20, 48, 0, o)
    add("putin-drohung-baltikum-nato-reagiert-zr", "94021511", "Putin-Drohung gegen Baltikum: Nato verlegt Kampfjets nach Litauen", w,
        "Nach scharfen Worten aus Moskau verstärkt die Nato ihre Präsenz an der Ostflanke. Der litauische Präsident spricht von einem „klaren Signal“.", "Jens Kiefer",
        lambda k: it(k, "Putin-Drohung gegen Baltikum: Nato verlegt Kampfjets nach Litauen", w, ["Jens Kiefer"]))
    w = d(4, 18, 2, 0, o)
    add("china-taiwan-manoever-news-zr", "94021480", "„Das ist eine Provokation“: China startet Großmanöver um Taiwan", w,
        "Peking schickt Dutzende Kriegsschiffe in die Meerenge. Taipeh versetzt die Armee in Alarmbereitschaft.", "Lena Hofmann, Tobias Uhl",
        lambda k: it(k, "„Das ist eine Provokation“: China startet Großmanöver um Taiwan", w, ["Lena Hofmann", "Tobias Uhl"]))
    w = d(4, 15, 30, 0, o)
    add("frankfurt-oberbuergermeister-haushalt-streit-zr", "94021422", "Streit um Haushalt: Frankfurter Römer vertagt Entscheidung", w,
        "Die Koalition im Stadtparlament konnte sich nicht auf Kürzungen einigen.", "Claudia Berg",
        lambda k: it(k, "Streit um Haushalt: Frankfurter Römer vertagt Entscheidung", w, ["Claudia Berg"], rel=False))
    w = d(4, 13, 10, 0, o)
    add("ukraine-krieg-news-ticker-front-zr", "94021390", "Ukraine-Krieg: Russland meldet Einnahme von Dorf bei Pokrowsk – die News im Ticker", w,
        "Alle Entwicklungen im Ukraine-Krieg im News-Ticker. Dieser Ticker wird laufend aktualisiert.", "Felix Amberger",
        lambda k: it(k, "Ukraine-Krieg: Russland meldet Einnahme von Dorf bei Pokrowsk – die News im Ticker", w, ["Felix Amberger"], story=False, note="Live ticker."))
    w = d(4, 11, 0, 0, o)
    add("iran-atomprogramm-iaea-bericht-zr", "94021340", "Iran reichert wieder an: IAEA schlägt Alarm", w,
        "Laut einem vertraulichen Bericht hat Teheran die Anreicherung in Fordo wieder aufgenommen. Auch Berlin reagiert.", None,
        lambda k: it(k, "Iran reichert wieder an: IAEA schlägt Alarm", w))
    w = d(4, 9, 20, 0, o)
    add("merz-macron-treffen-paris-verteidigung-zr", "94021301", "Merz und Macron wollen gemeinsamen Kampfjet retten", w,
        "Beim Treffen in Paris geht es um das FCAS-Projekt, das seit Monaten stockt. Von Martin Brenner", None,
        lambda k: it(k, "Merz und Macron wollen gemeinsamen Kampfjet retten", w, ["Martin Brenner"], junk=["Von Martin Brenner"], note="Byline only at the end of the teaser ('Von X'). [] is also correct"))
    channel = ("<title>Politik | Main-Kurier</title>\n<link>https://www.mainkurier.de/politik/</link>\n<description>Politik-Nachrichten des Main-Kuriers</description>\n"
               "<language>de</language>\n<copyright>Main-Kurier GmbH &amp; Co. KG</copyright>\n<image><url>https://www.mainkurier.de/logo.png</url><title>Main-Kurier</title><link>https://www.mainkurier.de</link></image>")
    return feed("de_mainkurier_politik_ippen.rss.xml", rss(channel, rows, ns=NS_DC, sep="\n"), items, lang="de", outlet="Main-Kurier", aliases=["Mainkurier"],
                structure="Frankfurter Rundschau / Ippen-network-style politics RSS (fr.de/politik/rssfeed.rdf): channel 'Ressort | Marke', '-zr-<8 digits>.html' links as permalink guids, escaped <img> at the start of the description, dc:creator with one name or 'A, B', clickbait quote titles („…“:), '– die News im Ticker' live ticker, a local city item in the politics feed, teaser ending 'Von Name', +0100 dates")


# ---------------------------------------------------------------- watson.ch-style
def flink():
    rows, items = [], []
    o = 1

    def add(path, nid, title, when, creator, desc, exp):
        url = f"https://www.flink.ch/international/{path}/{nid}"
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid>{url}</guid><description><![CDATA[{desc}]]></description>"
                    + (f"<author>{esc(creator)}</author>" if creator else "") + f"<pubDate>{rfc822(when)}</pubDate></item>")
        items.append(exp(url))

    w = d(4, 19, 22, 0, o)
    add("schweiz", "110482211", "Bundesrat will Schutzstatus S für Ukrainer verlängern", w, "sda",
        "Der Bundesrat schlägt vor, den Schutzstatus S bis März 2028 zu verlängern. Die SVP kündigt Widerstand an.",
        lambda k: it(k, "Bundesrat will Schutzstatus S für Ukrainer verlängern", w, [], note="Agency abbreviation 'sda' as author. [\"sda\"] is also correct"))
    w = d(4, 17, 5, 0, o)
    add("usa", "110482190", "Diese 5 Grafiken zeigen, wie Trumps Zölle die Welt verändern", w, "Corsin Tschudi",
        "Ein Jahr nach dem «Liberation Day»: Wer gewonnen hat, wer verloren hat.",
        lambda k: it(k, "Diese 5 Grafiken zeigen, wie Trumps Zölle die Welt verändern", w, ["Corsin Tschudi"]))
    w = d(4, 14, 48, 0, o)
    add("naher-osten", "110482150", "Israel und Libanon verhandeln erstmals direkt – das musst du wissen", w, "Reto Ammann",
        "Die Gespräche unter US-Vermittlung laufen in Naqoura. Die wichtigsten Fragen und Antworten.",
        lambda k: it(k, "Israel und Libanon verhandeln erstmals direkt – das musst du wissen", w, ["Reto Ammann"], note="Explainer, a story."))
    w = d(4, 12, 20, 0, o)
    add("leben", "110482101", "21 Bilder, die beweisen, dass Katzen die Weltherrschaft planen", w, None,
        "Wir haben es immer geahnt.",
        lambda k: it(k, "21 Bilder, die beweisen, dass Katzen die Weltherrschaft planen", w, story=False, rel=False, note="Picture listicle."))
    w = d(4, 10, 0, 0, o)
    add("europa", "110482060", "Rumänien: Stichwahl nach Annullierung – prorussischer Kandidat vorne", w, "Stefan Wyss, Bukarest",
        "Laut Umfragen liegt der EU-Kritiker vor dem liberalen Bürgermeister von Bukarest.",
        lambda k: it(k, "Rumänien: Stichwahl nach Annullierung – prorussischer Kandidat vorne", w, ["Stefan Wyss"], note="Place glued to the author after a comma."))
    w = d(3, 21, 30, 0, o)
    add("asien", "110482010", "Japans Regierungschefin besucht Peking – ein Tauwetter?", w, "Kaspar Ehrli / ch media",
        "Die erste Reise einer japanischen Premierministerin nach China seit sieben Jahren.",
        lambda k: it(k, "Japans Regierungschefin besucht Peking – ein Tauwetter?", w, ["Kaspar Ehrli"], note="Partner credit after a slash. [\"Kaspar Ehrli\", \"ch media\"] is also correct"))
    channel = ("<title><![CDATA[flink.ch – International]]></title><link>https://www.flink.ch/international</link><description><![CDATA[News aus aller Welt – auf flink.ch]]></description>"
               "<language>de-ch</language>")
    return feed("de_ch_flink_international.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="flink.ch", aliases=["flink"],
                structure="watson.ch-style section RSS: single line, channel 'brand.ch – Ressort' in CDATA, informal listicle and '– das musst du wissen' explainer titles, Swiss spelling (no ß) and «…» quotes, <author> holding 'sda', 'Name, Ort' or 'Name / partner' credits, numeric-id slug links as bare guids, +0100 dates, no copyright element")


# ---------------------------------------------------------------- Avvenire-style
def concordia():
    rows, items = [], []
    o = 1

    def add(slug, title, when, creator, desc, exp):
        url = f"https://www.concordia.it/mondo/pagine/{slug}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n"
                    + (f"<author>{esc(creator)}</author>\n" if creator else "") + f"<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(4, 20, 15, 0, o)
    add("sudan-el-fasher-corridoio-umanitario", "Sudan. A El Fasher il corridoio umanitario resta chiuso: «Bambini allo stremo»", w, "Luca Berardinelli",
        "Le agenzie Onu denunciano il blocco dei convogli. Il racconto di suor Agnese, missionaria comboniana.",
        lambda k: it(k, "Sudan. A El Fasher il corridoio umanitario resta chiuso: «Bambini allo stremo»", w, ["Luca Berardinelli"]))
    w = d(4, 17, 40, 0, o)
    add("papa-leone-appello-pace-ucraina-angelus", "Il Papa: «Non abituiamoci alla guerra in Ucraina»", w, "Redazione Internet",
        "All'udienza generale il Pontefice ha chiesto un cessate il fuoco per Natale.",
        lambda k: it(k, "Il Papa: «Non abituiamoci alla guerra in Ucraina»", w, [], note="Desk credit 'Redazione Internet' is not a person."))
    w = d(4, 15, 5, 0, o)
    add("venezuela-maduro-elezioni-chiesa", "Venezuela. I vescovi: «Liberate i prigionieri politici»", w, "Lucia Fioravanti",
        "La Conferenza episcopale venezuelana chiede al governo gesti concreti prima delle regionali.",
        lambda k: it(k, "Venezuela. I vescovi: «Liberate i prigionieri politici»", w, ["Lucia Fioravanti"]))
    w = d(4, 12, 30, 0, o)
    add("presepe-vivente-greccio", "Presepe vivente a Greccio, torna la rievocazione dopo tre anni", w, "Redazione",
        "Centinaia di figuranti nel borgo reatino.",
        lambda k: it(k, "Presepe vivente a Greccio, torna la rievocazione dopo tre anni", w, [], rel=False))
    w = d(4, 10, 0, 0, o)
    add("analisi-siria-transizione-un-anno-dopo", "Analisi. Siria, un anno dopo: la transizione incompiuta", w, "Riccardo Tamburini",
        "Tra sanzioni allentate e violenze settarie, il Paese resta sospeso.",
        lambda k: it(k, "Siria, un anno dopo: la transizione incompiuta", w, ["Riccardo Tamburini"], note="Title label 'Analisi.' may be kept or dropped"))
    w = d(4, 8, 15, 0, o)
    add("haiti-missionari-rapiti-liberati", "Haiti. Liberati i due missionari rapiti a Port-au-Prince", w, "Paolo M. Ghezzi",
        "Erano stati sequestrati da una gang dieci giorni fa. La Farnesina: «Grande sollievo».",
        lambda k: it(k, "Haiti. Liberati i due missionari rapiti a Port-au-Prince", w, ["Paolo M. Ghezzi"]))
    channel = ("<title>Concordia - Mondo</title>\n<link>https://www.concordia.it/mondo</link>\n<description>Concordia, quotidiano di ispirazione cattolica - Mondo</description>\n"
               "<language>it-IT</language>\n<copyright>Copyright Concordia Editrice S.p.A.</copyright>")
    return feed("it_concordia_mondo.rss.xml", rss(channel, rows, sep="\n"), items, lang="it", outlet="Concordia",
                structure="Avvenire-style section RSS (avvenire.it/rss/mondo): 'Paese. Titolo' kicker titles with «…» quotes, <author> holding a plain name or 'Redazione'/'Redazione Internet', '/pagine/<slug>' permalink guids, an 'Analisi.' title label, Catholic-daily agenda (missionaries, bishops, Pope), a domestic nativity item, S.p.A. copyright, +0100 dates")


# ---------------------------------------------------------------- Quotidiano.net (QN)-style
def qnazionale():
    rows, items = [], []
    o = 1

    def add(path, title, when, desc, exp, creator=None):
        url = f"https://www.quotidianounito.it/esteri/{path}"
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><description><![CDATA[<img src=\"https://img.quotidianounito.it/{path[-6:]}.jpg\" width=\"300\" /> {desc}]]></description>"
                    f"<pubDate>{rfc822(when, 'it')}</pubDate><guid>{url}</guid>" + (f"<dc:creator><![CDATA[{creator}]]></dc:creator>" if creator else "") + "</item>")
        items.append(exp(url))

    w = d(4, 21, 10, 0, o)
    add("trump-zelensky-telefonata-piano-pace-4a1b2c", "Trump-Zelensky, telefonata di un'ora sul piano di pace. Mosca: “Nessuna fretta”", w,
        "Il presidente ucraino: “Colloquio costruttivo”. Il Cremlino frena sui tempi.",
        lambda k: it(k, "Trump-Zelensky, telefonata di un'ora sul piano di pace. Mosca: “Nessuna fretta”", w, ["Giovanni Palumbo"]), creator="Giovanni Palumbo")
    w = d(4, 18, 35, 0, o)
    add("francia-governo-sfiducia-assemblea-5d6e7f", "Francia, il governo cade sulla manovra: Macron consulta i partiti", w,
        "Approvata la mozione di sfiducia con 312 voti. Il presidente all'Eliseo riceve i leader.",
        lambda k: it(k, "Francia, il governo cade sulla manovra: Macron consulta i partiti", w, note="No byline. A foreign government crisis: relevant."))
    w = d(4, 16, 0, 0, o)
    add("oroscopo-branko-5-dicembre-8g9h0i", "Oroscopo di Stellario di domani 5 dicembre 2026", w,
        "Le previsioni segno per segno.",
        lambda k: it(k, "Oroscopo di Stellario di domani 5 dicembre 2026", w, story=False, rel=False, note="Horoscope carried in the Esteri feed."))
    w = d(4, 13, 45, 0, o)
    add("cina-giappone-tensione-senkaku-1j2k3l", "Cina-Giappone, navi della guardia costiera nelle acque delle Senkaku", w,
        "Tokyo protesta formalmente. Pechino: “Pattugliamento legittimo”.",
        lambda k: it(k, "Cina-Giappone, navi della guardia costiera nelle acque delle Senkaku", w, ["Marta Verzini"]), creator="Marta Verzini")
    w = d(4, 11, 20, 0, o)
    add("video-tempesta-di-neve-new-york-4m5n6o", "VIDEO Tempesta di neve su New York, traffico paralizzato", w,
        "Le immagini da Manhattan.",
        lambda k: it(k, "Tempesta di neve su New York, traffico paralizzato", w, story=False, rel=False, note="Video. Title label 'VIDEO' may be kept or dropped"))
    w = d(4, 9, 0, 0, o)
    add("siria-raid-israeliani-damasco-7p8q9r", "Siria, raid israeliani vicino a Damasco: colpiti depositi di armi", w,
        "Lo riferisce l'Osservatorio siriano per i diritti umani.",
        lambda k: it(k, "Siria, raid israeliani vicino a Damasco: colpiti depositi di armi", w))
    channel = ("<title><![CDATA[Il Quotidiano Unito Esteri]]></title><link>https://www.quotidianounito.it/esteri</link><description><![CDATA[Esteri - Il Quotidiano Unito]]></description>"
               "<language>it</language><copyright>Copyright Monteverde Editoriale S.p.A.</copyright>")
    return feed("it_quotidianounito_esteri.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="it", outlet="Il Quotidiano Unito", aliases=["QU"],
                structure="Quotidiano.net (QN)-style Esteri RSS: single line, CDATA titles 'Paese, frase: “citazione”', CDATA description starting with an <img width=300>, Italian day/month names in pubDate ('ven, 04 dic 2026'), dc:creator on some items only, 'VIDEO' upper-case title prefix, horoscope item in the foreign feed, bare guids, +0100")


# ---------------------------------------------------------------- Diário de Notícias-style (Portugal)
def diariolisboa():
    rows, items = [], []
    o = 0

    def add(slug, title, when, creator, desc, exp):
        url = f"https://www.diariodolargo.pt/internacional/{slug}"
        rows.append(f"<item>\n  <title><![CDATA[{title}]]></title>\n  <link>{url}</link>\n  <guid isPermaLink=\"false\">{slug[-8:]}</guid>\n"
                    f"  <description><![CDATA[{desc}]]></description>\n" + (f"  <dc:creator><![CDATA[{creator}]]></dc:creator>\n" if creator else "")
                    + f"  <pubDate>{rfc822(when, gmt=True)}</pubDate>\n</item>")
        items.append(exp(slug[-8:]))

    w = d(4, 19, 30, 0, o)
    add("angola-e-portugal-assinam-acordo-de-mobilidade-a1b2c3d4", "Angola e Portugal assinam acordo de mobilidade para estudantes e investigadores", w, "Rita Almeida",
        "Acordo foi assinado em Luanda pelos dois chefes da diplomacia.",
        lambda k: it(k, "Angola e Portugal assinam acordo de mobilidade para estudantes e investigadores", w, ["Rita Almeida"]))
    w = d(4, 17, 10, 0, o)
    add("moscovo-acusa-nato-de-preparar-provocacao-no-baltico-e5f6a7b8", "Moscovo acusa NATO de preparar \"provocação\" no Báltico", w, "DL/Lusa",
        "Porta-voz da diplomacia russa reagiu ao envio de caças para a Lituânia.",
        lambda k: it(k, "Moscovo acusa NATO de preparar \"provocação\" no Báltico", w, [], note="Outlet/agency credit 'DL/Lusa'-form, not a person. [\"Lusa\"] is also correct"))
    w = d(4, 15, 0, 0, o)
    add("opiniao-a-europa-entre-washington-e-pequim-c9d0e1f2", "A Europa entre Washington e Pequim", w, "Teresa Valadares",
        "Opinião. A autonomia estratégica europeia continua a ser mais discurso do que prática.",
        lambda k: it(k, "A Europa entre Washington e Pequim", w, ["Teresa Valadares"], note="Opinion column."))
    w = d(4, 12, 40, 0, o)
    add("brasil-lula-anuncia-candidatura-a-reeleicao-13579bdf", "Brasil: Lula anuncia candidatura à reeleição em 2026", w, "Lusa",
        "Presidente brasileiro confirmou em São Paulo que vai disputar novo mandato.",
        lambda k: it(k, "Brasil: Lula anuncia candidatura à reeleição em 2026", w, ["Lusa"], rel=False, note="Foreign domestic election. Agency as the only credit; [] is also correct"))
    w = d(4, 10, 20, 0, o)
    add("em-direto-guerra-na-ucrania-dia-1380-2468ace0", "EM DIRETO | Guerra na Ucrânia: Zelensky em Helsínquia, ataques em Odessa", w, None,
        "Acompanhe ao minuto.",
        lambda k: it(k, "Guerra na Ucrânia: Zelensky em Helsínquia, ataques em Odessa", w, story=False, note="Live blog. Title label 'EM DIRETO |' may be kept or dropped"))
    w = d(4, 8, 0, 0, o)
    add("mocambique-ataques-em-cabo-delgado-fazem-deslocar-11223344", "Moçambique: ataques em Cabo Delgado fazem deslocar 20 mil pessoas", w, "Lusa",
        "Organização Internacional para as Migrações alerta para falta de abrigo.",
        lambda k: it(k, "Moçambique: ataques em Cabo Delgado fazem deslocar 20 mil pessoas", w, ["Lusa"], note="Agency as the only credit. [] is also correct"))
    channel = ("<title><![CDATA[Diário do Largo - Internacional]]></title>\n<link>https://www.diariodolargo.pt/internacional</link>\n<description><![CDATA[Notícias internacionais]]></description>\n"
               "<language>pt-PT</language>\n<copyright>Global Largo Media Group</copyright>")
    return feed("pt_pt_diariodolargo_internacional.rss.xml", rss(channel, rows, ns=NS_DC, sep="\n"), items, lang="pt", outlet="Diário do Largo", aliases=["DL"],
                structure="Diário de Notícias-style (Portugal) section RSS: CDATA channel 'Marca - Secção', European Portuguese ('Moscovo', 'EM DIRETO'), 8-hex slug tails as non-permalink guids, CDATA dc:creator holding a name, 'Lusa' or 'DL/Lusa'-style combined credit, 'EM DIRETO |' live blog, an 'Opinião.' teaser, GMT dates")


# ---------------------------------------------------------------- Poder360-style (WordPress, Brazil)
def poderplanalto():
    rows, items = [], []
    o = -3

    def add(slug, pid, title, when, creator, desc, exp):
        url = f"https://www.planalto360.com.br/internacional/{slug}/"
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when.astimezone(dt(2026,1,1).tzinfo))}</pubDate>\n"
                    f"\t\t<category><![CDATA[internacional]]></category>\n\t\t<guid isPermaLink=\"false\">https://www.planalto360.com.br/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{desc}]]></description>\n\t\t<content:encoded><![CDATA[<p>{desc}</p><p><strong>Leia mais:</strong></p><ul><li><a href=\"https://www.planalto360.com.br/\">Assine a newsletter do Planalto360</a></li></ul>]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"https://www.planalto360.com.br/?p={pid}"))

    w = d(4, 18, 45, 0, o)
    add("itamaraty-convoca-embaixador-de-israel", 1590331, "Itamaraty convoca embaixador de Israel após ataque a comboio humanitário", w, "Planalto360",
        "Chancelaria diz que 2 brasileiros estavam no comboio atingido em Gaza",
        lambda k: it(k, "Itamaraty convoca embaixador de Israel após ataque a comboio humanitário", w, [], junk=["Assine a newsletter"], note="Brand as the only credit."))
    w = d(4, 16, 20, 0, o)
    add("milei-diz-que-argentina-deixara-o-mercosur", 1590302, "Milei diz que Argentina pode deixar o Mercosul se acordo com EUA for barrado", w, "Mariana Tessaro",
        "Presidente argentino falou em entrevista a uma rádio de Buenos Aires",
        lambda k: it(k, "Milei diz que Argentina pode deixar o Mercosul se acordo com EUA for barrado", w, ["Mariana Tessaro"], junk=["Assine a newsletter"]))
    w = d(4, 14, 0, 0, o)
    add("leia-a-integra-da-declaracao-do-g20-sobre-ia", 1590280, "Leia a íntegra da declaração do G20 sobre inteligência artificial", w, "Planalto360",
        "Documento foi aprovado por consenso em reunião de chanceleres",
        lambda k: it(k, "Leia a íntegra da declaração do G20 sobre inteligência artificial", w, [], junk=["Assine a newsletter"], note="Full-text document post; a story."))
    w = d(4, 11, 35, 0, o)
    add("pesquisa-planalto360-aprovacao-governo-dezembro", 1590244, "PesquisaPlanalto: 47% aprovam o governo Lula; 49% desaprovam", w, "Planalto360",
        "Levantamento foi realizado de 30 de novembro a 2 de dezembro",
        lambda k: it(k, "PesquisaPlanalto: 47% aprovam o governo Lula; 49% desaprovam", w, [], rel=False, junk=["Assine a newsletter"], note="Domestic opinion poll in the international feed."))
    w = d(4, 9, 50, 0, o)
    add("eua-e-china-retomam-dialogo-militar", 1590210, "EUA e China retomam diálogo militar após 8 meses", w, "Gabriel Nakamura Leite",
        "Reunião por vídeo entre secretários de Defesa durou 90 minutos",
        lambda k: it(k, "EUA e China retomam diálogo militar após 8 meses", w, ["Gabriel Nakamura Leite"], junk=["Assine a newsletter"]))
    w = d(4, 8, 0, 0, o)
    add("venezuela-liberta-3-presos-politicos", 1590188, "Venezuela liberta 3 presos políticos após mediação do Brasil", w, "Planalto360",
        "Ativistas estavam detidos desde julho em Caracas",
        lambda k: it(k, "Venezuela liberta 3 presos políticos após mediação do Brasil", w, [], junk=["Assine a newsletter"]))
    channel = ("<title>internacional &#8211; Planalto360</title>\n\t<atom:link href=\"https://www.planalto360.com.br/internacional/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.planalto360.com.br</link>\n"
               "\t<description>Notícias de política e poder a partir de Brasília</description>\n"
               f"\t<lastBuildDate>{rfc822(d(4, 21, 46, 0, 0))}</lastBuildDate>\n\t<language>pt-BR</language>\n\t<generator>https://wordpress.org/?v=6.6.2</generator>")
    return feed("pt_br_planalto360_internacional_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8", sep="\n\t"), items, lang="pt", outlet="Planalto360",
                structure="Poder360-style WordPress category feed (poder360.com.br/internacional/feed/): channel 'categoria &#8211; Brand' (lower-case category), pubDates in +0000 for -0300 events, '?p=' guids, CDATA dc:creator with a person or the brand itself, lower-case CDATA category, subtitle-like descriptions without final full stop, content:encoded ending in a 'Leia mais' newsletter list, 'Leia a íntegra' document post, in-house poll brand glued title, numerals as digits")


# ---------------------------------------------------------------- Samaa Urdu-style (WordPress)
def sadaurdu():
    rows, items = [], []
    o = 5

    def add(pid, title, when, creator, desc, exp, cat="عالمی خبریں"):
        url = f"https://urdu.sadatv.pk/{pid}/"
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t<category><![CDATA[{cat}]]></category>\n\t\t<guid isPermaLink=\"false\">https://urdu.sadatv.pk/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{desc}]]></description>\n\t</item>")
        items.append(exp(f"https://urdu.sadatv.pk/?p={pid}"))

    w = d(4, 22, 10, 0, o)
    add(87123, "افغان طالبان اور پاکستان کے درمیان استنبول میں مذاکرات کا نیا دور شروع", w, "ویب ڈیسک",
        "ترکیہ اور قطر کی ثالثی میں ہونے والے مذاکرات میں سرحدی جھڑپوں کا معاملہ زیر بحث آئے گا۔",
        lambda k: it(k, "افغان طالبان اور پاکستان کے درمیان استنبول میں مذاکرات کا نیا دور شروع", w, [], note="Desk credit 'ویب ڈیسک' (web desk) is not a person."))
    w = d(4, 20, 0, 0, o)
    add(87110, "ایران نے آبنائے ہرمز میں غیر ملکی تیل بردار جہاز قبضے میں لے لیا", w, "ویب ڈیسک",
        "ایرانی پاسداران انقلاب کے مطابق جہاز ایندھن اسمگل کر رہا تھا۔",
        lambda k: it(k, "ایران نے آبنائے ہرمز میں غیر ملکی تیل بردار جہاز قبضے میں لے لیا", w, []))
    w = d(4, 17, 45, 0, o)
    add(87098, "ویڈیو: غزہ میں امدادی سامان کی تقسیم کے دوران بھگدڑ", w, "صدا نیوز",
        "دیکھیں ویڈیو",
        lambda k: it(k, "ویڈیو: غزہ میں امدادی سامان کی تقسیم کے دوران بھگدڑ", w, [], story=False, note="Video. Title label 'ویڈیو:' may be kept or dropped"))
    w = d(4, 15, 30, 0, o)
    add(87080, "عمیر شہزاد کی سنچری، پاکستان نے جنوبی افریقا کو شکست دے دی", w, "اسپورٹس ڈیسک",
        "کراچی میں کھیلے گئے میچ میں پاکستان نے 6 وکٹوں سے کامیابی حاصل کی۔",
        lambda k: it(k, "عمیر شہزاد کی سنچری، پاکستان نے جنوبی افریقا کو شکست دے دی", w, [], rel=False), cat="کھیل")
    w = d(4, 13, 5, 0, o)
    add(87066, "امریکی وزیر خارجہ کا دورہ بھارت، چین پر تبادلہ خیال", w, "عائشہ ملک",
        "نئی دہلی میں ملاقات کے دوران دفاعی تعاون کے معاہدے پر بھی دستخط ہوئے۔",
        lambda k: it(k, "امریکی وزیر خارجہ کا دورہ بھارت، چین پر تبادلہ خیال", w, ["عائشہ ملک"]))
    w = d(4, 10, 40, 0, o)
    add(87050, "سعودی عرب میں پاکستانی زائرین کے لیے نئی ویزا پالیسی کا اعلان", w, "ویب ڈیسک",
        "نئی پالیسی کے تحت عمرہ ویزا کی مدت 90 دن کر دی گئی ہے۔",
        lambda k: it(k, "سعودی عرب میں پاکستانی زائرین کے لیے نئی ویزا پالیسی کا اعلان", w, [], note="Bilateral visa policy: relevant."))
    channel = ("<title>عالمی خبریں &#8211; Sada News Urdu</title>\n\t<atom:link href=\"https://urdu.sadatv.pk/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://urdu.sadatv.pk</link>\n"
               f"\t<description>Latest Urdu News</description>\n\t<lastBuildDate>{rfc822(d(4, 17, 12, 0, 0))}</lastBuildDate>\n\t<language>ur</language>\n\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    return feed("ur_sadanews_alami_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC + NS_ATOM, decl="UTF-8", sep="\n\t"), items, lang="ur", outlet="Sada News", aliases=["صدا نیوز", "Sada News Urdu"],
                structure="Samaa Urdu-style WordPress category feed: channel 'Urdu category &#8211; English brand', dc:creator with Urdu desk credits ('ویب ڈیسک', 'اسپورٹس ڈیسک', brand) or a person, Urdu CDATA categories, '?p=' guids, 'ویڈیو:' video title, cricket item, +0500 dates")


# ---------------------------------------------------------------- 92 News Urdu-style
def nawadaur():
    rows, items = [], []
    o = 5

    def add(nid, title, when, desc, exp):
        url = f"https://nawadaur.tv/ur/{nid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>"
                    f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S')} +0500</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    w = d(4, 21, 40, 0, o)
    add("441201", "وزیراعظم کی چینی صدر سے ملاقات، سی پیک کے دوسرے مرحلے پر اتفاق", w,
        "<p>بیجنگ میں ہونے والی ملاقات میں دونوں رہنماؤں نے علاقائی صورتحال پر بھی گفتگو کی۔</p>",
        lambda k: it(k, "وزیراعظم کی چینی صدر سے ملاقات، سی پیک کے دوسرے مرحلے پر اتفاق", w))
    w = d(4, 19, 15, 0, o)
    add("441188", "اقوام متحدہ میں کشمیر پر پاکستان کی قرارداد، بھارت کا احتجاج", w,
        "<p>پاکستانی مندوب نے کہا کہ کشمیری عوام کو حق خودارادیت دیا جائے۔</p>",
        lambda k: it(k, "اقوام متحدہ میں کشمیر پر پاکستان کی قرارداد، بھارت کا احتجاج", w))
    w = d(4, 16, 50, 0, o)
    add("441170", "لاہور میں اسموگ، اسکول ایک ہفتے کے لیے بند", w,
        "<p>محکمہ تعلیم پنجاب نے نوٹیفکیشن جاری کر دیا۔</p>",
        lambda k: it(k, "لاہور میں اسموگ، اسکول ایک ہفتے کے لیے بند", w, rel=False))
    w = d(4, 14, 20, 0, o)
    add("441152", "روس یوکرین جنگ: ماسکو پر ڈرون حملے، ہوائی اڈے بند", w,
        "<p>روسی وزارت دفاع کے مطابق 40 ڈرون مار گرائے گئے۔</p>",
        lambda k: it(k, "روس یوکرین جنگ: ماسکو پر ڈرون حملے، ہوائی اڈے بند", w))
    w = d(4, 12, 0, 0, o)
    add("441130", "سونے کی قیمت میں ایک ہزار روپے فی تولہ اضافہ", w,
        "<p>صرافہ ایسوسی ایشن کے مطابق 24 قیراط سونا نئی بلند ترین سطح پر پہنچ گیا۔</p>",
        lambda k: it(k, "سونے کی قیمت میں ایک ہزار روپے فی تولہ اضافہ", w, rel=False))
    w = d(4, 9, 30, 0, o)
    add("441112", "افغانستان سے دراندازی کی کوشش ناکام، آئی ایس پی آر", w,
        "<p>سیکیورٹی فورسز نے شمالی وزیرستان میں کارروائی کی۔</p>",
        lambda k: it(k, "افغانستان سے دراندازی کی کوشش ناکام، آئی ایس پی آر", w, note="Cross-border incident: relevant. Title ends with the source ('، آئی ایس پی آر'), part of the title."))
    channel = ("<title>Nawa Daur News</title><link>https://nawadaur.tv/ur</link><description>Nawa Daur News Urdu - Latest Pakistan News</description><language>ur-PK</language>"
               "<copyright>© 2026 Nawa Daur Network. All Rights Reserved.</copyright>")
    return feed("ur_nawadaur_latest.rss.xml", rss(channel, rows, sep=""), items, lang="ur", outlet="Nawa Daur News", aliases=["نوا دور نیوز", "Nawa Daur"],
                structure="92 News Urdu-style latest-news RSS: single line, English channel title over Urdu items, no author element, escaped <p> descriptions, numeric links as bare guids, a mixed national/world feed (smog, gold price), titles ending with the source after an Urdu comma, +0500 dates")


FEEDS = [netzblick, mainkurier, flink, concordia, qnazionale, diariolisboa, poderplanalto, sadaurdu, nawadaur]
