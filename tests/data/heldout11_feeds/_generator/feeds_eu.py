# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese feeds of the eleventh held-out set: a German public TV news
site, a German news magazine site, a Vienna daily, an Italian public broadcaster, a Turin daily,
a Lisbon radio station and a Brasília daily. All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, NS_MEDIA, cdata, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, off=1.0):
    return dt(2026, 12, day, h, mi, 0, off)


# ---------------------------------------------------------------- ZDFheute-style
def sdfheute():
    rows, items = [], []

    def add(slug, nid, title, when, desc, cat, exp, sect="politik/ausland"):
        url = f"https://www.sdf.de/nachrichten/{sect}/{slug}-{nid}.html"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(desc)}</description>\n      <category>{cat}</category>\n      <pubDate>{rfc822(when)}</pubDate>\n      <guid>{url}</guid>\n      <media:thumbnail url=\"https://www.sdf.de/assets/{nid}~768x432\" width=\"768\" height=\"432\"/>\n    </item>")
        items.append(exp(url))

    w = d(4, 19, 5)
    add("ukraine-russland-energie-angriffe-winter", "100", "Russland greift erneut ukrainische Energieanlagen an", w,
        "In mehreren Regionen fällt der Strom aus. Kiew fordert von den westlichen Partnern mehr Flugabwehr.", "Politik",
        lambda k: it(k, "Russland greift erneut ukrainische Energieanlagen an", w))
    w = d(4, 18, 30)
    add("heute-journal-video-nato-ostflanke", "101", "heute journal vom 4. Dezember 2026", w,
        "Die Themen: Nato verstärkt Ostflanke, Tarifeinigung bei der Bahn, Wetter.", "Video",
        lambda k: it(k, "heute journal vom 4. Dezember 2026", w, story=False, rel=False, note="Full newscast video"), sect="video/sendungen")
    w = d(4, 17, 12)
    add("syrien-wiederaufbau-konferenz-bruessel", "102", "Geberkonferenz sagt Syrien sechs Milliarden Euro zu", w,
        "„Das ist ein Anfang, aber es reicht nicht“, sagte UN-Koordinatorin Mariam Haddad nach dem Treffen in Brüssel.", "Politik",
        lambda k: it(k, "Geberkonferenz sagt Syrien sechs Milliarden Euro zu", w, quotes=[q("Mariam Haddad", "UN")]))
    w = d(4, 16, 0)
    add("liveblog-nahost-krieg-israel-gaza", "103", "Liveblog: Nahost-Konflikt aktuell", w,
        "Israel und die Hamas werfen sich gegenseitig Verstöße gegen die Waffenruhe vor. Alle Entwicklungen im Liveblog.", "Politik",
        lambda k: it(k, "Nahost-Konflikt aktuell", w, story=False, junk=["Alle Entwicklungen im Liveblog"], note="Live blog. Title label 'Liveblog:' may be kept or dropped"))
    w = d(4, 14, 45)
    add("biathlon-weltcup-hochfilzen-preuss", "104", "Biathlon: Deutsche Staffel in Hochfilzen auf Rang zwei", w,
        "Die Frauen mussten sich nur Norwegen geschlagen geben.", "Sport",
        lambda k: it(k, "Deutsche Staffel in Hochfilzen auf Rang zwei", w, rel=False, note="Title label 'Biathlon:' may be kept or dropped"), sect="sport/wintersport")
    w = d(4, 13, 20)
    add("faq-usa-zoelle-eu-autos", "105", "FAQ: Was die neuen US-Zölle für deutsche Autobauer bedeuten", w,
        "Ab Januar sollen 25 Prozent auf Autos aus der EU fällig werden. Die wichtigsten Fragen und Antworten.", "Wirtschaft",
        lambda k: it(k, "Was die neuen US-Zölle für deutsche Autobauer bedeuten", w, note="Explainer. Title label 'FAQ:' may be kept or dropped"), sect="wirtschaft")
    w = d(4, 11, 50)
    add("venezuela-opposition-wahl-caracas", "106", "Venezuela: Oppositionsführerin kündigt Rückkehr an", w,
        "Elena Paredes will nach zwei Jahren im Exil nach Caracas zurückkehren, trotz drohender Festnahme.", "Politik",
        lambda k: it(k, "Oppositionsführerin kündigt Rückkehr an", w, note="Title label 'Venezuela:' may be kept or dropped"))
    channel = ("    <title>SDFheute</title>\n    <link>https://www.sdf.de/nachrichten</link>\n    <description>Nachrichten von SDFheute - Aktuelle News aus Politik, Wirtschaft, Panorama und Sport</description>\n"
               f"    <language>de</language>\n    <copyright>Süddeutscher Fernsehfunk (SDF)</copyright>\n    <lastBuildDate>{rfc822(d(4, 19, 10))}</lastBuildDate>")
    return feed("de_sdfheute_nachrichten.rss.xml", rss(channel, rows, ns=NS_MEDIA), items, lang="de", outlet="SDFheute", aliases=["SDF"],
                notes="Copyright names the broadcaster (Süddeutscher Fernsehfunk); readers know the news brand SDFheute.",
                structure="ZDFheute-style public broadcaster RSS (zdf.de/rss/zdf/nachrichten): four-space indentation, channel titled with the news brand and a long 'Nachrichten von … - Aktuelle News aus …' description, plain descriptions with „…“ quotes, <category> per item, guid = link, media:thumbnail 768x432, no authors, a full newscast video ('heute journal vom …'), a 'Liveblog:' item, 'FAQ:' explainer, biathlon item, +0100 dates, broadcaster copyright")


# ---------------------------------------------------------------- FOCUS online-style
def blickpunkt():
    rows, items = [], []

    def add(slug, nid, title, when, desc, exp, sect="politik/ausland"):
        url = f"https://www.blickpunkt.de/{sect}/{slug}_id_{nid}.html"
        img = f'<img src="https://p6.blickpunkt.de/img/{nid}-w400.jpg" alt="" width="400" height="225" />'
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{cdata(img + desc)}</description><pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid><enclosure url=\"https://p6.blickpunkt.de/img/{nid}-w1200.jpg\" type=\"image/jpeg\" length=\"0\" /></item>")
        items.append(exp(url))

    w = d(4, 19, 41)
    add("nach-eklat-bei-gipfel-paris-und-washington-einig", "261203344", "Nach Eklat bei Gipfel - Paris und Washington legen Streit um Atom-U-Boote bei", w,
        "Nach tagelangem Streit um die U-Boot-Lieferungen an Australien haben Frankreich und die USA eine Einigung erzielt. Die Details.",
        lambda k: it(k, "Paris und Washington legen Streit um Atom-U-Boote bei", w, note="Title label 'Nach Eklat bei Gipfel -' may be kept or dropped"))
    w = d(4, 18, 2)
    add("gastbeitrag-von-heiner-lambrecht-europa-muss-aufwachen", "261203210", "Gastbeitrag von Heiner Lambrecht - Europa schläft, während China und die USA den Takt vorgeben", w,
        "Der frühere Diplomat warnt vor einer strategischen Abhängigkeit.",
        lambda k: it(k, "Europa schläft, während China und die USA den Takt vorgeben", w, ["Heiner Lambrecht"], note="Guest column; the author is named only in the title label 'Gastbeitrag von Heiner Lambrecht -', which may be kept or dropped"))
    w = d(4, 16, 30)
    add("video-wochit-vulkan-island-ausbruch", "261203101", "Spektakuläre Bilder - Vulkan auf Island bricht erneut aus", w,
        "Die Lava fließt Richtung Grindavík.",
        lambda k: it(k, "Vulkan auf Island bricht erneut aus", w, story=False, rel=False, note="Agency video clip. Title label 'Spektakuläre Bilder -' may be kept or dropped"), sect="panorama/videos")
    w = d(4, 15, 15)
    add("china-taiwan-manoever-peking-droht", "261202987", "Manöver vor Taiwan - Peking droht Taipeh mit „entschlossenen Gegenmaßnahmen“", w,
        "Chinas Verteidigungsministerium reagiert auf einen Besuch amerikanischer Abgeordneter. Taiwans Regierung spricht von Einschüchterung.",
        lambda k: it(k, "Peking droht Taipeh mit „entschlossenen Gegenmaßnahmen“", w, note="Title label 'Manöver vor Taiwan -' may be kept or dropped"))
    w = d(4, 13, 0)
    add("tv-kolumne-berger-talk-aussenministerin", "261202855", "TV-Kolumne „Berger“ - Außenministerin verteidigt Kurs gegenüber Ankara", w,
        "Im Talk ging es um Flüchtlingsabkommen und Rüstungsexporte in die Türkei.",
        lambda k: it(k, "Außenministerin verteidigt Kurs gegenüber Ankara", w, note="TV review column about foreign policy. Title label 'TV-Kolumne „Berger“ -' may be kept or dropped"), sect="kultur/tv")
    w = d(4, 11, 25)
    add("heizkosten-rechner-so-viel-zahlen-sie-2027", "261202710", "Heizkosten-Check - So viel zahlen Sie 2027 mehr", w,
        "Mit unserem Rechner finden Sie es heraus.",
        lambda k: it(k, "So viel zahlen Sie 2027 mehr", w, story=False, rel=False, note="Service calculator. Title label 'Heizkosten-Check -' may be kept or dropped"), sect="finanzen")
    channel = ("<title>BLICKPUNKT online - Ausland</title><link>https://www.blickpunkt.de/politik/ausland/</link><description>Aktuelle Nachrichten aus dem Ausland</description>"
               f"<language>de-de</language><copyright>Copyright (c) 2026 BLICKPUNKT Online GmbH</copyright><lastBuildDate>{rfc822(d(4, 19, 45))}</lastBuildDate><image><url>https://www.blickpunkt.de/logo.png</url><title>BLICKPUNKT online</title><link>https://www.blickpunkt.de</link></image>")
    return feed("de_blickpunkt_ausland.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="BLICKPUNKT online", aliases=["BLICKPUNKT"],
                structure="FOCUS online-style section RSS (rss.focus.de/politik/ausland/): single line, channel 'OUTLET online - Ausland' with an <image>, titles with the kicker BEFORE a ' - ' separator ('Kicker - Headline', incl. 'Gastbeitrag von Name - …' where the title label is the only byline and 'TV-Kolumne „…“ - …'), CDATA descriptions opening with <img …/>, '_id_<9 digits>.html' permalink guids, enclosure length 0, no authors, agency video clip and a heating-cost calculator, +0100 dates, GmbH copyright")


# ---------------------------------------------------------------- Die Presse-style
def ringbote():
    rows, items = [], []

    def add(nid, slug, title, when, by, desc, cats, exp):
        url = f"https://www.ringbote.at/ausland/{nid}/{slug}"
        cr = "".join(f"<dc:creator>{esc(b)}</dc:creator>" for b in by)
        cat = "".join(f"<category>{c}</category>" for c in cats)
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <guid isPermaLink=\"true\">{url}</guid>\n  {cr}\n  <description>{esc(desc)}</description>\n  {cat}\n  <pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(4, 19, 58)
    add(20114877, "slowakei-regierung-ungarn-visegrad", "Bratislava und Budapest wollen Visegrád-Gruppe wiederbeleben", w, ["Hannah Gruber"],
        "Die Regierungschefs der Slowakei und Ungarns kündigen ein Treffen in Esztergom an. Prag und Warschau reagieren zurückhaltend.", ["Ausland", "Europa"],
        lambda k: it(k, "Bratislava und Budapest wollen Visegrád-Gruppe wiederbeleben", w, ["Hannah Gruber"]))
    w = d(4, 18, 20)
    add(20114850, "leitartikel-die-eu-und-der-westbalkan-ein-versprechen-auf-widerruf", "Leitartikel: Die EU und der Westbalkan: Ein Versprechen auf Widerruf", w, ["Florian Eberl"],
        "Seit zwei Jahrzehnten wird den Staaten der Region der Beitritt in Aussicht gestellt. Geschehen ist wenig.", ["Meinung", "Leitartikel"],
        lambda k: it(k, "Die EU und der Westbalkan: Ein Versprechen auf Widerruf", w, ["Florian Eberl"], note="Editorial. Title label 'Leitartikel:' may be kept or dropped"))
    w = d(4, 16, 47)
    add(20114822, "iran-atomprogramm-iaea-wien-gouverneursrat", "IAEA-Gouverneursrat in Wien: Iran droht mit Ende der Zusammenarbeit", w, [],
        "Teheran reagiert auf eine Resolution von Frankreich, Deutschland und Großbritannien. (APA/AFP)", ["Ausland", "Nahost"],
        lambda k: it(k, "IAEA-Gouverneursrat in Wien: Iran droht mit Ende der Zusammenarbeit", w, ["APA", "AFP"], junk=["(APA/AFP)"], note="Agencies credited only at the end of the teaser: [] is also correct"))
    w = d(4, 15, 10)
    add(20114790, "christkindlmarkt-wien-rathausplatz-besucherrekord", "Christkindlmarkt am Rathausplatz meldet Besucherrekord", w, ["Redaktion"],
        "Am ersten Adventwochenende kamen mehr als 400.000 Menschen.", ["Wien"],
        lambda k: it(k, "Christkindlmarkt am Rathausplatz meldet Besucherrekord", w, rel=False, note="Only the desk 'Redaktion' is credited: authors [] expected"))
    w = d(4, 13, 35)
    add(20114755, "premium-wie-moskau-in-serbien-einfluss-gewinnt", "Wie Moskau in Serbien an Einfluss gewinnt", w, ["Thomas Prantl", "Jelena Kovač"],
        "Eine Recherche über Medien, Geheimdienste und Gaslieferungen. Premium", ["Ausland", "Premium"],
        lambda k: it(k, "Wie Moskau in Serbien an Einfluss gewinnt", w, ["Thomas Prantl", "Jelena Kovač"], junk=["Premium"]))
    w = d(4, 11, 2)
    add(20114720, "gastkommentar-warum-neutralitaet-kein-schutzschild-ist", "Gastkommentar: Warum Neutralität kein Schutzschild ist", w, ["Sabine Hollerer"],
        "Österreich muss seine Sicherheitspolitik neu denken. Die Autorin ist Politikwissenschaftlerin an der Universität Graz.", ["Meinung", "Gastkommentare"],
        lambda k: it(k, "Warum Neutralität kein Schutzschild ist", w, ["Sabine Hollerer"], note="Guest opinion on security policy. Title label 'Gastkommentar:' may be kept or dropped"))
    channel = ("<title>Der Ringbote - Ausland</title>\n<link>https://www.ringbote.at/ausland</link>\n<description>Nachrichten aus aller Welt - Der Ringbote</description>\n"
               f"<language>de-AT</language>\n<copyright>© Der Ringbote Verlags-GmbH &amp; Co KG</copyright>\n<lastBuildDate>{rfc822(d(4, 20, 0))}</lastBuildDate>")
    return feed("de_at_ringbote_ausland.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="de", outlet="Der Ringbote",
                structure="Die Presse-style section RSS (diepresse.com/rss/ausland): two-space indented items, channel 'Outlet - Ausland', '/ausland/<8 digit id>/<slug>' permalink guids, one dc:creator per author (none on agency items, the desk 'Redaktion' on a local item), plain teasers with agency credits '(APA/AFP)' and a trailing 'Premium' marker, several <category> (Meinung, Leitartikel, Gastkommentare), 'Leitartikel:' and 'Gastkommentar:' title labels, a Vienna Christmas-market item, +0100 dates, 'Verlags-GmbH & Co KG' copyright")


# ---------------------------------------------------------------- RaiNews-style
def rtinews():
    rows, items = [], []

    def add(slug, uid, title, when, desc, exp, sect="esteri"):
        url = f"https://www.rtinews.it/articoli/2026/12/{slug}-{uid}"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid><category>{sect}</category></item>")
        items.append(exp(url))

    w = d(4, 19, 33)
    add("ucraina-kiev-attacchi-energia", "a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Ucraina, nuova ondata di attacchi russi sulla rete elettrica. Kiev: \"Servono più difese aeree\"", w,
        "Blackout in sei regioni. Il ministro dell'Energia Oleh Savchuk: \"Abbiamo bisogno di sistemi Patriot subito\"",
        lambda k: it(k, "Ucraina, nuova ondata di attacchi russi sulla rete elettrica. Kiev: \"Servono più difese aeree\"", w, quotes=[q("Oleh Savchuk", "Ucraina")]))
    w = d(4, 18, 10)
    add("tg1-edizione-delle-20", "b2c3d4e5-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "Tg1, l'edizione delle 20", w,
        "Il telegiornale della sera",
        lambda k: it(k, "Tg1, l'edizione delle 20", w, story=False, rel=False, note="Full newscast video"), sect="video")
    w = d(4, 17, 25)
    add("libia-migranti-naufragio-lampedusa", "c3d4e5f6-7a8b-4c9d-0e1f-2a3b4c5d6e7f", "Naufragio al largo della Libia, almeno 40 dispersi. Oim: \"Rotta sempre più letale\"", w,
        "I sopravvissuti sono stati portati a Lampedusa dalla Guardia costiera",
        lambda k: it(k, "Naufragio al largo della Libia, almeno 40 dispersi. Oim: \"Rotta sempre più letale\"", w))
    w = d(4, 16, 0)
    add("serie-a-juventus-napoli-anticipo", "d4e5f6a7-8b9c-4d0e-1f2a-3b4c5d6e7f80", "Serie A, l'anticipo Juventus-Napoli: le formazioni", w,
        "Fischio d'inizio alle 20.45 all'Allianz Stadium",
        lambda k: it(k, "Serie A, l'anticipo Juventus-Napoli: le formazioni", w, rel=False), sect="sport")
    w = d(4, 14, 40)
    add("cina-usa-dazi-telefonata-pechino", "e5f6a7b8-9c0d-4e1f-2a3b-4c5d6e7f8091", "Telefonata Pechino-Washington sui dazi, prima apertura dopo mesi di gelo", w,
        "Secondo l'agenzia Xinhua il colloquio è stato \"franco e costruttivo\"",
        lambda k: it(k, "Telefonata Pechino-Washington sui dazi, prima apertura dopo mesi di gelo", w))
    w = d(4, 12, 15)
    add("francia-parigi-sciopero-trasporti-riforma", "f6a7b8c9-0d1e-4f2a-3b4c-5d6e7f809102", "Francia, sciopero dei trasporti contro la riforma del lavoro: Parigi paralizzata", w,
        "Metro chiuse e treni cancellati, i sindacati annunciano nuove mobilitazioni",
        lambda k: it(k, "Francia, sciopero dei trasporti contro la riforma del lavoro: Parigi paralizzata", w, note="Domestic protest abroad; relevant=false is also correct"))
    w = d(4, 10, 30)
    add("onu-assemblea-generale-risoluzione-sudan", "a7b8c9d0-1e2f-4a3b-4c5d-6e7f80910213", "Onu, l'Assemblea generale approva la risoluzione sul Sudan. Astenuti Russia e Cina", w,
        "Il testo chiede l'accesso umanitario immediato nel Darfur",
        lambda k: it(k, "Onu, l'Assemblea generale approva la risoluzione sul Sudan. Astenuti Russia e Cina", w))
    channel = ("<title>RTINews - Esteri</title><link>https://www.rtinews.it/esteri</link><description>Le ultime notizie dal mondo di RTINews</description><language>it</language>"
               f"<copyright>RTI - Radiotelevisione Italica S.p.A.</copyright><lastBuildDate>{rfc822(d(4, 19, 35))}</lastBuildDate>")
    return feed("it_rtinews_esteri.rss.xml", rss(channel, rows, sep=""), items, lang="it", outlet="RTINews", aliases=["RTI"],
                structure="RaiNews-style public broadcaster section RSS (rainews.it/rss/esteri): single line, channel 'Outlet - Esteri', 'Luogo, fatto. Chi: \"citazione\"' titles with straight double quotes, plain descriptions without final stop, '/articoli/YYYY/MM/<slug>-<uuid>' permalink guids, <category> with the lower-case section, no authors, a full newscast video ('Tg1, l'edizione delle 20') and a football item, +0100 dates, public broadcaster copyright")


# ---------------------------------------------------------------- La Stampa-style (GEDI)
def lamole():
    rows, items = [], []

    def add(nid, slug, title, when, by, desc, exp, sect="esteri"):
        url = f"https://www.lamole.it/{sect}/2026/12/04/news/{slug}-{nid}/"
        a = f"<author>{cdata(by)}</author>" if by else ""
        rows.append(f"\t<item>\n\t\t<title>{cdata(title)}</title>\n\t\t<link>{url}</link>\n\t\t<description>{cdata(desc)}</description>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t{a}\n\t\t<media:content url=\"https://www.lamole.it/resizer/600/338/true/{nid}.jpg\" type=\"image/jpeg\" />\n\t</item>")
        items.append(exp(url))

    w = d(4, 20, 11)
    add(15522310, "medio_oriente_tregua_gaza_egitto_qatar", "Gaza, la tregua appesa a un filo. L’Egitto: «Ultima occasione»", w, "DAL NOSTRO INVIATO GIORDANO STELLA",
        "Al Cairo i mediatori provano a salvare l’accordo. Il ministro degli Esteri egiziano Karim Fathy: «Senza garanzie tutto crolla»",
        lambda k: it(k, "Gaza, la tregua appesa a un filo. L’Egitto: «Ultima occasione»", w, ["Giordano Stella"], quotes=[q("Karim Fathy", "Egitto")], note="Byline 'DAL NOSTRO INVIATO GIORDANO STELLA' in capitals: the person is Giordano Stella"))
    w = d(4, 18, 44)
    add(15522281, "germania_governo_crisi_coalizione", "Germania, la coalizione si spacca sul bilancio della difesa", w, "Tonia Mastroberti",
        "Verdi e liberali divisi sui fondi per Kiev",
        lambda k: it(k, "Germania, la coalizione si spacca sul bilancio della difesa", w, ["Tonia Mastroberti"]))
    w = d(4, 17, 5)
    add(15522254, "torino_mercatini_natale_piazza_castello", "Torino, aprono i mercatini di Natale in piazza Castello", w, "",
        "Centoventi bancarelle fino al 6 gennaio",
        lambda k: it(k, "Torino, aprono i mercatini di Natale in piazza Castello", w, rel=False), sect="torino")
    w = d(4, 15, 30)
    add(15522230, "podcast_mondo_in_10_minuti_4_dicembre", "Il mondo in 10 minuti – Il podcast del 4 dicembre", w, "A CURA DI LUCIA ANNUNZIELLO",
        "Le notizie dall’estero in dieci minuti",
        lambda k: it(k, "Il mondo in 10 minuti – Il podcast del 4 dicembre", w, ["Lucia Annunziello"], story=False, note="Daily podcast"), sect="podcast")
    w = d(4, 13, 12)
    add(15522199, "usa_corte_suprema_migranti_deportazioni", "Usa, la Corte Suprema dà il via libera alle espulsioni verso Paesi terzi", w, "DALLA NOSTRA CORRISPONDENTE ALBERTA SIMONI",
        "Sentenza 6 a 3. Le associazioni: «Violato il diritto internazionale»",
        lambda k: it(k, "Usa, la Corte Suprema dà il via libera alle espulsioni verso Paesi terzi", w, ["Alberta Simoni"]))
    w = d(4, 11, 0)
    add(15522170, "commento_europa_difesa_comune", "L’Europa e la difesa che non c’è", w, "Marcello Sorbi",
        "Il vertice di Bruxelles rinvia ancora le decisioni sul fondo comune",
        lambda k: it(k, "L’Europa e la difesa che non c’è", w, ["Marcello Sorbi"], note="Opinion column"), sect="editoriali")
    w = d(4, 9, 40)
    add(15522150, "giappone_cina_tensione_senkaku", "Giappone-Cina, navi di Pechino vicino alle Senkaku. Tokyo convoca l’ambasciatore", w, "",
        "È la terza violazione delle acque territoriali in un mese",
        lambda k: it(k, "Giappone-Cina, navi di Pechino vicino alle Senkaku. Tokyo convoca l’ambasciatore", w))
    channel = ("\t<title>La Mole - Esteri</title>\n\t<link>https://www.lamole.it/esteri/</link>\n\t<description>Le notizie di Esteri de La Mole</description>\n"
               f"\t<language>it</language>\n\t<copyright>Copyright GEDA News Network S.p.A. - P.IVA 01578251009</copyright>\n\t<lastBuildDate>{rfc822(d(4, 20, 15))}</lastBuildDate>")
    return feed("it_lamole_esteri.rss.xml", rss(channel, rows, ns=NS_MEDIA), items, lang="it", outlet="La Mole",
                structure="La Stampa-style GEDI section RSS (lastampa.it/esteri/rss): tab indentation, channel 'Outlet - Esteri', CDATA titles with «…» quotes and typographic apostrophes, CDATA descriptions without final stop, '/<section>/YYYY/MM/DD/news/<slug>-<id>/' permalink guids, CDATA <author> holding a name or UPPER-CASE credits 'DAL NOSTRO INVIATO NAME', 'DALLA NOSTRA CORRISPONDENTE NAME', 'A CURA DI NAME', media:content, a daily podcast, a Turin Christmas-market item, +0100 dates, publisher copyright with P.IVA")


# ---------------------------------------------------------------- Renascença-style (pt-PT)
def esperanca():
    rows, items = [], []

    def add(nid, slug, title, when, desc, exp, sect="mundo"):
        url = f"https://radioesperanca.pt/{sect}/noticia/2026/12/04/{slug}/{nid}/"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">{nid}</guid>\n<category>{sect.capitalize()}</category>\n</item>")
        items.append(exp(str(nid)))

    w = d(4, 19, 20, 0)
    add(412988, "papa-apela-a-cessar-fogo-no-sudao-durante-o-advento", "Papa apela a cessar-fogo no Sudão durante o Advento", w,
        "Na audiência geral, o Papa pediu “um gesto de humanidade” às partes em conflito e lembrou os milhões de deslocados.",
        lambda k: it(k, "Papa apela a cessar-fogo no Sudão durante o Advento", w))
    w = d(4, 18, 5, 0)
    add(412975, "guerra-na-ucrania-ao-minuto", "Guerra na Ucrânia. Siga ao minuto", w,
        "Acompanhe ao minuto todos os desenvolvimentos do conflito.",
        lambda k: it(k, "Guerra na Ucrânia. Siga ao minuto", w, story=False, note="Live page"))
    w = d(4, 16, 50, 0)
    add(412960, "portugal-apoia-adesao-da-moldavia", "Portugal apoia abertura de negociações de adesão com a Moldávia", w,
        "O ministro dos Negócios Estrangeiros, Paulo Rebelo, disse em Bruxelas que Lisboa “não aceita mais adiamentos”.",
        lambda k: it(k, "Portugal apoia abertura de negociações de adesão com a Moldávia", w, quotes=[q("Paulo Rebelo", "Portugal")]))
    w = d(4, 15, 30, 0)
    add(412947, "benfica-prepara-deslocacao-a-munique", "Benfica prepara deslocação a Munique sem dois titulares", w,
        "Os encarnados jogam na terça-feira para a Liga dos Campeões.",
        lambda k: it(k, "Benfica prepara deslocação a Munique sem dois titulares", w, rel=False), sect="desporto")
    w = d(4, 14, 10, 0)
    add(412933, "as-tres-da-manha-eua-china-e-a-guerra-comercial", "As Três da Manhã. EUA, China e a guerra comercial que não acaba", w,
        "Neste episódio, analisamos o novo pacote de tarifas norte-americano.",
        lambda k: it(k, "EUA, China e a guerra comercial que não acaba", w, story=False, note="Podcast episode. Title label 'As Três da Manhã.' may be kept or dropped"), sect="podcasts")
    w = d(4, 12, 45, 0)
    add(412920, "angola-e-mocambique-assinam-acordo-de-cooperacao-energetica", "Angola e Moçambique assinam acordo de cooperação energética", w,
        "O acordo prevê a interligação das redes elétricas até 2030. (Atualizada às 13h10)",
        lambda k: it(k, "Angola e Moçambique assinam acordo de cooperação energética", w, junk=["(Atualizada às 13h10)"]))
    channel = ("<title>Rádio Esperança - Mundo</title>\n<link>https://radioesperanca.pt/mundo</link>\n<description>Notícias do mundo na Rádio Esperança</description>\n"
               f"<language>pt-PT</language>\n<copyright>Rádio Esperança - Emissora Católica Portuguesa</copyright>\n<lastBuildDate>{rfc822(d(4, 19, 25, 0))}</lastBuildDate>")
    return feed("pt_pt_radioesperanca_mundo.rss.xml", rss(channel, rows), items, lang="pt", outlet="Rádio Esperança",
                structure="Renascença-style Catholic radio section RSS (rr.sapo.pt/rss/mundo): channel 'Outlet - Mundo', '/<section>/noticia/YYYY/MM/DD/<slug>/<id>/' links with the bare numeric id as non-permalink guid, plain descriptions with “…” quotes and an '(Atualizada às 13h10)' update note, 'Tema. Título' kicker with a full stop on a live page ('Siga ao minuto') and a podcast ('As Três da Manhã.'), <category>, no authors, football item, +0000 dates")


# ---------------------------------------------------------------- Correio Braziliense-style (pt-BR)
def candango():
    rows, items = [], []

    def add(slug, title, when, by, desc, exp, sect="mundo"):
        url = f"https://www.correiocandango.com.br/{sect}/2026/12/{slug}.html"
        img = f'<img src="https://midias.correiocandango.com.br/_midias/jpg/2026/12/04/{slug[:12]}.jpg" alt="" />'
        rows.append(f"<item><title>{cdata(title)}</title><link>{url}</link><description>{cdata(img + '<br />' + desc)}</description><dc:creator>{cdata(by)}</dc:creator><pubDate>{rfc822(when)}</pubDate><guid isPermaLink=\"true\">{url}</guid></item>")
        items.append(exp(url))

    w = d(4, 17, 32, -3)
    add("7268311-brasil-e-argentina-retomam-dialogo", "Brasil e Argentina retomam diálogo e assinam acordo sobre gás de Vaca Muerta", w, "Rafael Teixeira - Especial para o Correio",
        "Encontro em Foz do Iguaçu marca reaproximação entre os dois governos após um ano de tensão",
        lambda k: it(k, "Brasil e Argentina retomam diálogo e assinam acordo sobre gás de Vaca Muerta", w, ["Rafael Teixeira"]))
    w = d(4, 16, 10, -3)
    add("7268290-venezuela-guiana-essequibo-tensao", "Venezuela mobiliza tropas na fronteira com a Guiana; Itamaraty pede contenção", w, "Agência France-Presse",
        "Caracas diz tratar-se de exercícios de rotina; Georgetown aciona a OEA",
        lambda k: it(k, "Venezuela mobiliza tropas na fronteira com a Guiana; Itamaraty pede contenção", w, ["Agência France-Presse"]))
    w = d(4, 14, 55, -3)
    add("7268275-mega-sena-acumula", "Mega-Sena acumula e prêmio vai a R$ 85 milhões", w, "Correio Candango",
        "Confira as dezenas sorteadas nesta quinta-feira",
        lambda k: it(k, "Mega-Sena acumula e prêmio vai a R$ 85 milhões", w, rel=False, note="Only the outlet is credited: authors [] expected"), sect="economia")
    w = d(4, 13, 40, -3)
    add("7268260-papa-critica-guerra-comercial", "Papa critica \"guerra de tarifas\" e pede solidariedade com países pobres", w, "Isabel Dourado*",
        "Pontífice falou durante audiência no Vaticano. *Estagiária sob a supervisão de Marcos Prado",
        lambda k: it(k, "Papa critica \"guerra de tarifas\" e pede solidariedade com países pobres", w, ["Isabel Dourado"], junk=["Estagiária sob a supervisão"], note="Intern byline with an asterisk; the supervision note is boilerplate"))
    w = d(4, 11, 20, -3)
    add("7268241-eua-deportacoes-brasileiros-voo-confins", "Voo com 110 brasileiros deportados dos EUA pousa em Confins", w, "Gabriela Lins, Mariana Albuquerque",
        "Itamaraty diz acompanhar o caso e critica uso de algemas",
        lambda k: it(k, "Voo com 110 brasileiros deportados dos EUA pousa em Confins", w, ["Gabriela Lins", "Mariana Albuquerque"]))
    w = d(4, 9, 5, -3)
    add("7268220-ira-israel-ataque-drones", "Irã lança drones contra Israel em resposta a ataque em Damasco", w, "Correio Candango",
        "Sistema de defesa israelense interceptou a maioria dos projéteis, segundo o Exército",
        lambda k: it(k, "Irã lança drones contra Israel em resposta a ataque em Damasco", w, note="Only the outlet is credited: authors [] expected"))
    channel = ("<title>Correio Candango - Mundo</title><link>https://www.correiocandango.com.br/mundo</link><description>Notícias de Mundo no Correio Candango</description>"
               f"<language>pt-br</language><copyright>Copyright 2026 Correio Candango - Diários Associados do Planalto</copyright><lastBuildDate>{rfc822(d(4, 17, 40, -3))}</lastBuildDate>")
    return feed("pt_br_correiocandango_mundo.rss.xml", rss(channel, rows, ns=NS_DC, sep=""), items, lang="pt", outlet="Correio Candango",
                structure="Correio Braziliense-style section RSS (correiobraziliense.com.br/rss/mundo): single line, channel 'Outlet - Mundo', '/<section>/YYYY/MM/<7 digit id>-<slug>.html' permalink guids, CDATA titles (straight \"…\" quotes), CDATA descriptions '<img /><br />' + subhead without final stop, CDATA dc:creator with 'Name - Especial para o Correio', 'A, B', the agency 'Agência France-Presse', the outlet itself, or an intern 'Name*' with a '*Estagiária sob a supervisão de …' note in the teaser, lottery item, -0300 dates")


FEEDS = [sdfheute, blickpunkt, ringbote, rtinews, lamole, esperanca, candango]
