# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the eighteenth held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_CONTENT, NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss, zone_abbr
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 3, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- STOL-style (South Tyrol), TYPO3 EXT:news
def dolomitenpost():
    rows, items = [], []
    o = 1

    def add(uid, slug, title, when, teaser, body, exp):
        url = f"https://www.dolomitenpost.it/nachrichten/ausland/{slug}"
        rows.append(f"\t\t<item>\n\t\t\t<guid isPermaLink=\"false\">news-{uid}</guid>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n"
                    f"\t\t\t<description>{esc(teaser)}</description>\n\t\t\t<content:encoded>{cd(body)}</content:encoded>\n\t\t</item>")
        items.append(exp(f"news-{uid}"))

    w = d(9, 17, 48, 0, o)
    add(204118, "brenner-transit-italien-und-oesterreich-einigen-sich", "Brenner-Transit: Italien und Österreich einigen sich auf Dosierung", w,
        "Nach jahrelangem Streit gibt es eine Einigung über die Lkw-Blockabfertigung an der Grenze",
        "<p>Nach jahrelangem Streit gibt es eine Einigung über die Lkw-Blockabfertigung.</p><ul><li>Höchstens 300 Lkw pro Stunde</li><li>Digitales Buchungssystem ab 2028</li></ul><p>„Das ist ein guter Tag für die Menschen entlang der Brennerachse“, sagte Landesrätin Verena Oberhofer.</p><p>(APA/ANSA)</p>",
        lambda k: it(k, "Brenner-Transit: Italien und Österreich einigen sich auf Dosierung", w, [], quotes=[q("Verena Oberhofer", "Landesrätin")], junk=["(APA/ANSA)"], note="Agency note '(APA/ANSA)' as the last paragraph; no author element."))
    w = d(9, 15, 20, 0, o)
    add(204107, "eu-aussenminister-beraten-ueber-neue-sanktionen", "EU-Außenminister beraten über 20. Sanktionspaket gegen Russland", w,
        "Ungarn kündigt erneut Widerstand an.Eine Einigung wird frühestens im April erwartet",
        "<p>Ungarn kündigt erneut Widerstand an.</p><p>(dpa)</p>",
        lambda k: it(k, "EU-Außenminister beraten über 20. Sanktionspaket gegen Russland", w, [], junk=["(dpa)"]))
    w = d(9, 12, 5, 0, o)
    add(204096, "bozen-tiefgarage-am-bahnhof-eroeffnet", "Bozen: Neue Tiefgarage am Bahnhofspark eröffnet", w,
        "600 Stellplätze, davon 80 mit Ladesäulen.",
        "<p>600 Stellplätze, davon 80 mit Ladesäulen.</p><p>Von Lukas Pichler</p>",
        lambda k: it(k, "Bozen: Neue Tiefgarage am Bahnhofspark eröffnet", w, ["Lukas Pichler"], rel=False, junk=["Von Lukas Pichler"], note="Byline 'Von Name' as the last paragraph of content:encoded."))
    w = d(9, 9, 30, 0, o)
    add(204088, "serbien-kosovo-eu-vermittler-legt-neuen-plan-vor", "Serbien und Kosovo: EU-Vermittler legt neuen Plan vor", w,
        "Der Entwurf sieht einen Verband serbischer Gemeinden mit begrenzten Befugnissen vor",
        "<p>Der Entwurf sieht einen Verband serbischer Gemeinden vor.</p><p>Von unserer Korrespondentin Sabine Mair, Brüssel</p>",
        lambda k: it(k, "Serbien und Kosovo: EU-Vermittler legt neuen Plan vor", w, ["Sabine Mair"], junk=["Von unserer Korrespondentin"]))
    w = d(8, 19, 0, 0, o)
    add(204071, "ski-weltcup-finale-suedtiroler-auf-dem-podest", "Ski-Weltcup-Finale: Grödner fährt auf das Podest", w,
        "Platz drei in der Abfahrt für den 24-Jährigen.",
        "<p>Platz drei in der Abfahrt.</p>",
        lambda k: it(k, "Ski-Weltcup-Finale: Grödner fährt auf das Podest", w, [], rel=False))
    w = d(8, 16, 40, 0, o)
    add(204066, "bildergalerie-faschingsumzug-meran", "Bildergalerie: Der Faschingsumzug in Meran", w,
        "Die schönsten Bilder vom Umzug.",
        "<p>Die schönsten Bilder.</p>",
        lambda k: it(k, "Bildergalerie: Der Faschingsumzug in Meran", w, [], story=False, rel=False, note="Photo gallery."))
    channel = ("\t\t<title>Dolomitenpost: Ausland</title>\n\t\t<link>https://www.dolomitenpost.it/nachrichten/ausland</link>\n\t\t<description>Nachrichten aus aller Welt</description>\n\t\t<language>de-DE</language>\n"
               f"\t\t<copyright>Dolomitenpost Verlagsanstalt GmbH</copyright>\n\t\t<pubDate>{rfc822(d(9, 17, 50, 0, o))}</pubDate>\n\t\t<lastBuildDate>{rfc822(d(9, 17, 50, 0, o))}</lastBuildDate>\n"
               "\t\t<atom:link href=\"https://www.dolomitenpost.it/nachrichten/ausland/rss.xml\" rel=\"self\" type=\"application/rss+xml\" />\n\t\t<generator>TYPO3 EXT:news</generator>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_it_dolomitenpost_ausland_typo3.rss.xml", text, items, lang="de", outlet="Dolomitenpost",
                structure="STOL (Südtirol Online)-style RSS from TYPO3 EXT:news: tab indentation, channel 'Marke: Ressort', TYPO3 generator and atom:link, guid 'news-<uid>' as the FIRST child of each item, no author element, teaser without final stop, content:encoded with <ul> bullets, „…“ quotes, agency notes '(APA/ANSA)' and '(dpa)' or 'Von Name' / 'Von unserer Korrespondentin Name, Stadt' as the last paragraph, a missing space after a full stop, a photo gallery, GmbH copyright, +0100 dates")


# ---------------------------------------------------------------- Grenz-Echo-style (German-speaking Belgium), CET zone
def ostbelgienecho():
    rows, items = [], []
    o = 1

    def add(aid, slug, title, when, author, desc, exp):
        url = f"https://www.ostbelgienecho.be/{aid}/artikel/{when:%Y-%m-%d}/{slug}"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><pubDate>{zone_abbr(when, 'CET')}</pubDate>{au}<description>{cd(desc)}</description></item>")
        items.append(exp(url))

    w = d(9, 18, 10, 0, o)
    add(1140233, "nato-kaserne-elsenborn-wird-logistikzentrum", "Nato: Kaserne Elsenborn wird Logistikdrehscheibe für Truppenverlegungen", w, "Heinz Mertens (hm)",
        "<p>Das Verteidigungsministerium bestätigt Pläne für ein Nato-Logistikzentrum in der Eifel</p><p>Bis zu 400 Soldaten sollen dort stationiert werden.Die Gemeinde Bütgenbach fordert Mitsprache</p>",
        lambda k: it(k, "Nato: Kaserne Elsenborn wird Logistikdrehscheibe für Truppenverlegungen", w, ["Heinz Mertens"], note="Author with the initials in brackets '(hm)'."))
    w = d(9, 15, 45, 0, o)
    add(1140220, "niederlande-grenzkontrollen-pendler", "Niederlande: Neue Grenzkontrollen verärgern Pendler", w, "Belga/dpa",
        "<p>Seit Montag kontrolliert die Marechaussee an sieben Übergängen</p>",
        lambda k: it(k, "Niederlande: Neue Grenzkontrollen verärgern Pendler", w, ["Belga", "dpa"], note="Agency pair. [] is also correct"))
    w = d(9, 12, 0, 0, o)
    add(1140208, "foederalregierung-haushalt-einigung", "Föderalregierung einigt sich nach Nachtsitzung auf Haushalt", w, "Belga",
        "<p>Die Koalition spart 3,2 Milliarden Euro, vor allem bei Pensionen.</p>",
        lambda k: it(k, "Föderalregierung einigt sich nach Nachtsitzung auf Haushalt", w, ["Belga"], rel=False, note="Belgian domestic budget. Agency as the only credit. [] is also correct"))
    w = d(9, 10, 20, 0, o)
    add(1140199, "dr-kongo-belgien-humanitaere-hilfe", "DR Kongo: Belgien stockt humanitäre Hilfe für Nord-Kivu auf", w, "OE",
        "<p>Zusätzliche 15 Millionen Euro gehen an Lager rund um Goma</p><ul><li>Schwerpunkt Cholera-Bekämpfung</li><li>Auszahlung über UN-Organisationen</li></ul>",
        lambda k: it(k, "DR Kongo: Belgien stockt humanitäre Hilfe für Nord-Kivu auf", w, [], note="Credit 'OE' is the paper's abbreviation."))
    w = d(8, 21, 30, 0, o)
    add(1140180, "as-eupen-verliert-kellerduell", "AS Eupen verliert Kellerduell in Seraing", w, "Marc Schröder (ms)",
        "<p>0:2 – die Schwarz-Weißen bleiben Vorletzter.</p>",
        lambda k: it(k, "AS Eupen verliert Kellerduell in Seraing", w, ["Marc Schröder"], rel=False))
    w = d(8, 14, 0, 0, o)
    add(1140171, "umfrage-sonntagsoeffnung", "Umfrage: Sollen Geschäfte in Eupen sonntags öffnen dürfen?", w, None,
        "<p>Stimmen Sie ab!</p>",
        lambda k: it(k, "Umfrage: Sollen Geschäfte in Eupen sonntags öffnen dürfen?", w, [], story=False, rel=False, note="Reader poll."))
    channel = ("<title>Ausland | Ostbelgien Echo</title><link>https://www.ostbelgienecho.be/ausland</link><description>Die deutschsprachige Tageszeitung in Belgien</description><language>de-BE</language>"
               "<copyright>Ostbelgien Echo PGmbH</copyright>")
    return feed("de_be_ostbelgienecho_ausland.rss.xml", rss(channel, rows, sep=""), items, lang="de", outlet="Ostbelgien Echo", aliases=["OstbelgienEcho"],
                structure="Grenz-Echo-style (German-speaking Belgium) section RSS from a custom CMS: single line, channel 'Ressort | Marke', CDATA titles and descriptions, pubDate on the local clock with the zone ABBREVIATION 'CET' instead of an offset, <author> holding 'Name (Kürzel)', an agency pair 'Belga/dpa', the paper's initials 'OE' or nothing, '/<id>/artikel/YYYY-MM-DD/<slug>' permalink guids, standfirst <p> without final stop, <ul> bullets and a missing space after a full stop, Belgian domestic and sport items, a reader poll, PGmbH copyright")


# ---------------------------------------------------------------- RP Online-style (Düsseldorf), GMT
def rheinpost():
    rows, items = [], []

    def add(aid, path, title, when, creator, desc, exp):
        url = f"https://rheinpost.de/{path}_aid-{aid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n    {cr}\n    <pubDate>{rfc822(when, gmt=True)}</pubDate>\n    <guid isPermaLink=\"false\">aid-{aid}</guid>\n"
                    f"    <enclosure url=\"https://rheinpost.de/imgs/32/{aid}/image-crop.jpg\" type=\"image/jpeg\" length=\"0\"/>\n  </item>")
        items.append(exp(f"aid-{aid}"))

    w = d(9, 16, 12)
    add(140552188, "politik/ausland/ukraine-kiew-meldet-drohnenangriffe-auf-odessa", "Krieg in der Ukraine: Kiew meldet schwere Drohnenangriffe auf Odessa", w, "(dpa)",
        "Russland hat in der Nacht erneut die Hafeninfrastruktur angegriffen. Zwei Getreidesilos brannten aus.",
        lambda k: it(k, "Krieg in der Ukraine: Kiew meldet schwere Drohnenangriffe auf Odessa", w, ["dpa"], note="Agency in brackets as the only credit. [] is also correct"))
    w = d(9, 13, 40)
    add(140551902, "politik/ausland/frankreich-regierung-uebersteht-misstrauensvotum", "Frankreich: Regierung übersteht Misstrauensvotum knapp", w, "Karin Oberhausen, Paris",
        "Nur neun Stimmen fehlten der Opposition. Der Premier kündigte an, den Haushalt per Dekret durchzusetzen",
        lambda k: it(k, "Frankreich: Regierung übersteht Misstrauensvotum knapp", w, ["Karin Oberhausen"], note="'Name, Stadt' credit: the city is not part of the name."))
    w = d(9, 10, 5)
    add(140551544, "sport/fussball/fortuna-duesseldorf-trainer-verlaengert", "Fortuna Düsseldorf: Trainer verlängert bis 2029", w, "Patrick Scherer",
        "Der Zweitligist setzt auf Kontinuität.",
        lambda k: it(k, "Fortuna Düsseldorf: Trainer verlängert bis 2029", w, ["Patrick Scherer"], rel=False))
    w = d(9, 7, 30)
    add(140551311, "nrw/staedte/duesseldorf/rheinbahn-streicht-nachtlinien", "Düsseldorf: Rheinbahn streicht drei Nachtlinien", w, "Jens Vogt und Miriam Kaltenbach",
        "Fahrermangel zwingt das Unternehmen zu Kürzungen.Betroffen sind die Linien NE1, NE3 und NE7",
        lambda k: it(k, "Düsseldorf: Rheinbahn streicht drei Nachtlinien", w, ["Jens Vogt", "Miriam Kaltenbach"], rel=False))
    w = d(8, 18, 0)
    add(140550987, "panorama/quiz-erkennen-sie-diese-hauptstaedte", "Quiz: Erkennen Sie diese Hauptstädte an ihrer Skyline?", w, None,
        "Zehn Fragen für Kenner.",
        lambda k: it(k, "Quiz: Erkennen Sie diese Hauptstädte an ihrer Skyline?", w, [], story=False, rel=False, note="Quiz."))
    w = d(8, 15, 20)
    add(140550760, "politik/ausland/analyse-atomgespraeche-iran-europa", "Analyse: Was die neuen Atomgespräche mit Iran für Europa bedeuten", w, "Gastbeitrag von Lea Winkler",
        "Die Europäer sitzen erstmals seit Jahren wieder mit am Tisch – doch ihr Hebel ist klein",
        lambda k: it(k, "Analyse: Was die neuen Atomgespräche mit Iran für Europa bedeuten", w, ["Lea Winkler"], note="Credit 'Gastbeitrag von Name'. Title label 'Analyse:' may be kept or dropped"))
    channel = ("  <title>RHEINPOST - Politik - Ausland</title>\n  <link>https://rheinpost.de/politik/ausland/</link>\n  <description>Aktuelle Nachrichten aus dem Ausland</description>\n  <language>de</language>\n"
               "  <copyright>Rheinpost Verlagsgesellschaft mbH</copyright>")
    return feed("de_rheinpost_ausland.rss.xml", rss(channel, rows, ns=NS_DC), items, lang="de", outlet="Rheinpost", aliases=["RHEINPOST"],
                structure="RP Online-style section RSS: two-space indentation, upper-case channel 'MARKE - Politik - Ausland', plain teasers (some without final stop, one with a missing space), dc:creator holding '(dpa)', 'Name, Stadt', 'A und B', 'Gastbeitrag von Name' or nothing, 'Thema: Satz' kicker titles, '_aid-<9 digits>' links with 'aid-<id>' non-permalink guids, length-0 enclosures, a Fortuna and a Rheinbahn item, a quiz, GmbH copyright, GMT dates")


# ---------------------------------------------------------------- Corriere del Ticino-style (Swiss Italian)
def gazzettaticinese():
    rows, items = [], []
    o = 1

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://www.gazzettaticinese.ch/mondo/{slug}-{nid}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator is not None else ""
        rows.append(f"\n\t<item>\n\t\t<title>{cd(title)}</title>\n\t\t<link>{url}</link>\n\t\t<description>{cd(desc)}</description>\n\t\t{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<guid isPermaLink=\"false\">{nid}</guid>\n"
                    f"\t\t<media:content url=\"https://media.gazzettaticinese.ch/{nid}.jpg\" medium=\"image\"><media:description>{esc(title[:30] + '… (Foto Keystone)')}</media:description></media:content>\n\t</item>")
        items.append(exp(str(nid)))

    w = d(9, 17, 35, 0, o)
    add(1833120, "ucraina-kiev-accusa-mosca-attacchi-energia", "Ucraina, Kiev accusa Mosca: «Colpite tre centrali in una notte»", w, "Michele Lurati, da Kiev",
        "<p>Blackout in quattro regioni, 1'200'000 utenze senza corrente</p><p>«È una guerra contro i civili», ha dichiarato la viceministra dell'energia Oksana Hrytsenko.</p>",
        lambda k: it(k, "Ucraina, Kiev accusa Mosca: «Colpite tre centrali in una notte»", w, ["Michele Lurati"], quotes=[q("Oksana Hrytsenko", "viceministra dell'energia")], note="'Name, da Città' credit."))
    w = d(9, 15, 0, 0, o)
    add(1833101, "berna-roma-firmano-accordo-frontalieri", "Berna e Roma firmano il nuovo accordo sui frontalieri", w, "Red.",
        "<p>Il testo entra in vigore a luglio.I sindacati ticinesi restano critici</p>",
        lambda k: it(k, "Berna e Roma firmano il nuovo accordo sui frontalieri", w, [], note="'Red.' (redazione) is not a person."))
    w = d(9, 11, 40, 0, o)
    add(1833088, "ginevra-riprendono-colloqui-sul-caucaso", "Ginevra, riprendono i colloqui internazionali sul Caucaso", w, "Keystone-ATS",
        "<p>Sessantesimo round dei Geneva International Discussions, con Georgia, Russia e Stati Uniti al tavolo</p>",
        lambda k: it(k, "Ginevra, riprendono i colloqui internazionali sul Caucaso", w, ["Keystone-ATS"], note="Agency as the only credit. [] is also correct"))
    w = d(9, 9, 15, 0, o)
    add(1833070, "lugano-nuovo-autosilo-campo-marzio", "Lugano, via libera al nuovo autosilo del Campo Marzio", w, "Laura Ghisletta",
        "<p>Costo stimato: 48 milioni di franchi.</p>",
        lambda k: it(k, "Lugano, via libera al nuovo autosilo del Campo Marzio", w, ["Laura Ghisletta"], rel=False))
    w = d(8, 22, 30, 0, o)
    add(1833052, "hockey-lugano-ambri-rigori", "Hockey, il Lugano piega l'Ambrì ai rigori", w, "Red.",
        "<p>Derby alla Cornèr Arena davanti a 7'200 spettatori.</p>",
        lambda k: it(k, "Hockey, il Lugano piega l'Ambrì ai rigori", w, [], rel=False))
    w = d(8, 18, 0, 0, o)
    add(1833040, "video-neve-gottardo", "Video – La neve imbianca il San Gottardo", w, None,
        "<p>Le immagini dal passo.</p>",
        lambda k: it(k, "Video – La neve imbianca il San Gottardo", w, [], story=False, rel=False, note="Video item."))
    channel = ("\t<title>Mondo | Gazzetta Ticinese</title>\n\t<link>https://www.gazzettaticinese.ch/mondo</link>\n\t<description>Le notizie dal mondo</description>\n\t<language>it-CH</language>\n"
               "\t<copyright>Società Editrice del Verbano SA</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + NS_MEDIA + ">\n<channel>\n" + channel + "".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_ch_gazzettaticinese_mondo.rss.xml", text, items, lang="it", outlet="Gazzetta Ticinese", aliases=["La Gazzetta Ticinese"],
                structure="Corriere del Ticino-style (Swiss Italian) section RSS: tab indentation with a blank line before each item, channel 'Sezione | Testata', it-CH language, CDATA titles 'Luogo, fatto: «citazione»', CDATA dc:creator holding 'Nome, da Città', 'Red.', 'Keystone-ATS' or nothing, Swiss thousands separators (1'200'000), CDATA <p> descriptions with a standfirst without final stop and a missing space after a full stop, numeric non-permalink guids, media:description captions ending '(Foto Keystone)', hockey, Lugano and video items, SA copyright, +0100 dates")


# ---------------------------------------------------------------- La Gazzetta del Mezzogiorno-style (Apulia)
def gazzettadelsalento():
    rows, items = [], []

    def add(nid, sec, slug, title, when, creator, desc, body, exp):
        url = f"https://www.gazzettadelsalento.it/news/{sec}/{nid}/{slug}.html"
        more = f'<p><a href="{url}">Continua a leggere...</a></p>'
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><guid>{url}</guid><dc:creator>{esc(creator)}</dc:creator><pubDate>{rfc822(when, gmt=True)}</pubDate>"
                    f"<description>{esc(desc)}</description><content:encoded>{cd(body + more)}</content:encoded></item>")
        items.append(exp(url))

    junk = ["Continua a leggere"]
    w = d(9, 16, 30)
    add(1409922, "mondo", "migranti-nuova-rotta-libia-puglia", "Migranti, la nuova rotta dalla Cirenaica verso la Puglia", w, "di Rosaria De Santis",
        "<p>Tre sbarchi in una settimana sulla costa salentina</p>",
        "<p>Tre sbarchi in una settimana sulla costa salentina.</p><ul><li>Partenze da Tobruk</li><li>Barche a vela noleggiate</li></ul><p>«Le reti dei trafficanti cambiano in fretta», ha detto il prefetto di Lecce, Antonio Carbone.</p>",
        lambda k: it(k, "Migranti, la nuova rotta dalla Cirenaica verso la Puglia", w, ["Rosaria De Santis"], junk=[*junk, "di Rosaria"], quotes=[q("Antonio Carbone", "prefetto di Lecce")], note="Credit 'di Nome' with the Italian preposition."))
    w = d(9, 13, 10)
    add(1409901, "mondo", "albania-centri-migranti-tirana-chiede-modifiche", "Albania, accordo sui centri: Tirana chiede modifiche", w, "REDAZIONE WEB",
        "<p>Il governo albanese vuole ridurre la durata dell'intesa.Roma prende tempo</p>",
        "<p>Il governo albanese vuole ridurre la durata dell'intesa.</p>",
        lambda k: it(k, "Albania, accordo sui centri: Tirana chiede modifiche", w, [], junk=junk))
    w = d(9, 10, 0)
    add(1409880, "economia", "taranto-ex-ilva-cassa-integrazione", "Taranto, ex Ilva: altre 3mila persone in cassa integrazione", w, "MIMMO LACAITA",
        "<p>La decisione dopo lo stop dell'altoforno 4.</p>",
        "<p>La decisione dopo lo stop dell'altoforno 4.</p>",
        lambda k: it(k, "Taranto, ex Ilva: altre 3mila persone in cassa integrazione", w, ["Mimmo Lacaita"], rel=False, junk=junk, note="Author in upper case."))
    w = d(8, 21, 45)
    add(1409861, "sport", "serie-b-bari-pareggia-cremona", "Serie B, il Bari pareggia a Cremona", w, "ANSA",
        "<p>Finisce 1-1 allo Zini.</p>",
        "<p>Finisce 1-1 allo Zini.</p>",
        lambda k: it(k, "Serie B, il Bari pareggia a Cremona", w, ["ANSA"], rel=False, junk=junk, note="Agency as the only credit. [] is also correct"))
    w = d(8, 18, 20)
    add(1409850, "foto", "fotogallery-misteri-taranto", "FOTOGALLERY | I Misteri di Taranto, le immagini della processione", w, "REDAZIONE WEB",
        "<p>Le foto più belle.</p>",
        "<p>Le foto più belle.</p>",
        lambda k: it(k, "FOTOGALLERY | I Misteri di Taranto, le immagini della processione", w, [], story=False, rel=False, junk=junk, note="Photo gallery."))
    w = d(8, 12, 0)
    add(1409833, "mondo", "grecia-italia-cavo-elettrico-accordo", "Grecia-Italia, firmato l'accordo per il cavo elettrico sottomarino", w, "di Nikos Palamidis e Rosaria De Santis",
        "<p>Il collegamento da 1 gigawatt unirà Igoumenitsa a Brindisi entro il 2031</p>",
        "<p>Il collegamento da 1 gigawatt unirà Igoumenitsa a Brindisi entro il 2031.</p>",
        lambda k: it(k, "Grecia-Italia, firmato l'accordo per il cavo elettrico sottomarino", w, ["Nikos Palamidis", "Rosaria De Santis"], junk=junk))
    channel = ("<title>La Gazzetta del Salento - Mondo</title><link>https://www.gazzettadelsalento.it/news/mondo/</link><description>Notizie dal mondo</description><language>it-IT</language>"
               "<copyright>Edizioni del Levante S.p.A.</copyright>")
    return feed("it_gazzettadelsalento_mondo.rss.xml", rss(channel, rows, ns=NS_CONTENT + NS_DC, sep=""), items, lang="it", outlet="La Gazzetta del Salento", aliases=["Gazzetta del Salento"],
                structure="La Gazzetta del Mezzogiorno-style section RSS: single line, channel 'Testata - Sezione', link = bare guid, dc:creator holding 'di Nome', 'di A e B', an UPPER-CASE name, 'REDAZIONE WEB' or 'ANSA', escaped <p> teaser plus CDATA content:encoded with <ul> bullets, «…» quotes and a trailing 'Continua a leggere...' link, a missing space after a full stop, '/news/<section>/<id>/<slug>.html' links, 'FOTOGALLERY |' gallery, ex-Ilva and Serie B items, S.p.A. copyright, GMT dates")


# ---------------------------------------------------------------- Expresso das Ilhas-style (Cabo Verde), -0100
def ilhasexpresso():
    rows, items = [], []
    o = -1

    def add(nid, slug, title, when, author, desc, exp):
        url = f"https://www.ilhasexpresso.cv/mundo/{slug},{nid}"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{url}</link>\n\t<description>{esc(desc)}</description>\n\t{au}\n\t<pubDate>{rfc822(when)}</pubDate>\n\t<guid>{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(9, 17, 0, 0, o)
    add(91812, "cedeao-praia-acolhe-cimeira-seguranca-maritima", "CEDEAO: Praia acolhe cimeira sobre segurança marítima", w, "Inforpress",
        "<p>Ministros de 15 países discutem tráfico de droga no Atlântico</p><p>A reunião decorre até quinta-feira.</p>",
        lambda k: it(k, "CEDEAO: Praia acolhe cimeira sobre segurança marítima", w, ["Inforpress"], note="Agency as the only credit. [] is also correct"))
    w = d(9, 14, 30, 0, o)
    add(91805, "guine-bissau-cabo-verde-pede-calendario-eleitoral", "Guiné-Bissau: Cabo Verde pede calendário eleitoral “claro e credível”", w, "Dulce Fortes Semedo",
        "<p>O Governo cabo-verdiano apelou às autoridades de Bissau para marcarem eleições.“A estabilidade da sub-região depende disso”, afirmou o secretário de Estado Ilídio Monteiro.</p>",
        lambda k: it(k, "Guiné-Bissau: Cabo Verde pede calendário eleitoral “claro e credível”", w, ["Dulce Fortes Semedo"], quotes=[q("Ilídio Monteiro", "secretário de Estado")]))
    w = d(9, 11, 0, 0, o)
    add(91797, "sal-aeroporto-recorde-passageiros", "Sal: aeroporto bate recorde de passageiros em Fevereiro", w, "Redacção",
        "<p>Mais de 190 mil passageiros, um aumento de 14%.</p>",
        lambda k: it(k, "Sal: aeroporto bate recorde de passageiros em Fevereiro", w, [], rel=False))
    w = d(8, 20, 15, 0, o)
    add(91788, "tubaroes-azuis-convocados-particular-portugal", "Tubarões Azuis: seleccionador convoca 25 para o particular com Portugal", w, "Redacção",
        "<p>Três estreantes na lista.</p>",
        lambda k: it(k, "Tubarões Azuis: seleccionador convoca 25 para o particular com Portugal", w, [], rel=False))
    w = d(8, 9, 0, 0, o)
    add(91780, "farmacias-de-servico-praia-semana", "Farmácias de serviço na Praia esta semana", w, None,
        "<p>Consulte a lista das farmácias de turno.</p>",
        lambda k: it(k, "Farmácias de serviço na Praia esta semana", w, [], story=False, rel=False, note="Service listing."))
    w = d(7, 19, 40, 0, o)
    add(91771, "portugal-cabo-verde-acordo-mobilidade", "Portugal e Cabo Verde assinam acordo de mobilidade laboral", w, "Nuno Andrade Tavares, em Lisboa",
        "<p>O acordo facilita vistos para trabalhadores qualificados</p><ul><li>Reconhecimento de diplomas</li><li>Quotas revistas a cada dois anos</li></ul>",
        lambda k: it(k, "Portugal e Cabo Verde assinam acordo de mobilidade laboral", w, ["Nuno Andrade Tavares"], note="'Name, em Cidade' credit."))
    channel = ("<title>Ilhas Expresso | Mundo</title>\n<link>https://www.ilhasexpresso.cv/mundo</link>\n<description>O semanário de Cabo Verde</description>\n<language>pt-CV</language>\n"
               "<copyright>Ilhas Expresso Media, S.A.</copyright>")
    return feed("pt_cv_ilhasexpresso_mundo.rss.xml", rss(channel, rows), items, lang="pt", outlet="Ilhas Expresso",
                structure="Expresso das Ilhas-style (Cabo Verde) section RSS from a custom PHP CMS: tab-indented item children, channel 'Marca | Secção', pt-CV language, <author> holding a person, 'Nome, em Cidade', 'Redacção' or the agency Inforpress, '/<section>/<slug>,<id>' links as bare guids, escaped <p> descriptions with a standfirst without final stop, <ul> bullets and a missing space before a curly quote, pre-reform spellings ('Redacção', 'seleccionador', 'Fevereiro'), a pharmacy rota, S.A. copyright, -0100 (Cape Verde) dates")


# ---------------------------------------------------------------- Gazeta do Povo-style (Curitiba), Atom
def gazetaparanaense():
    entries, items = [], []
    o = -3

    def add(aid, slug, title, when, authors, summary, exp):
        url = f"https://www.gazetaparanaense.com.br/mundo/{slug}/"
        key = f"tag:gazetaparanaense.com.br,2027:{aid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry><id>{key}</id><title type=\"text\">{esc(title)}</title><link href=\"{url}\" rel=\"alternate\"/>{au}"
                       f"<published>{when.isoformat()}</published><updated>{when.isoformat()}</updated><summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(key))

    w = d(9, 18, 20, 0, o)
    add(705331, "argentina-brasil-gas-vaca-muerta", "Argentina e Brasil retomam negociação sobre gás de Vaca Muerta", w, ["Estadão Conteúdo"],
        "<p>Gasoduto pela Bolívia voltou à mesa em reunião técnica em Buenos Aires</p>",
        lambda k: it(k, "Argentina e Brasil retomam negociação sobre gás de Vaca Muerta", w, [], note="Content agency credit 'Estadão Conteúdo' is not a person."))
    w = d(9, 15, 5, 0, o)
    add(705320, "venezuela-oposicao-denuncia-prisao-ativistas", "Venezuela: oposição denuncia prisão de 12 ativistas em Caracas", w, ["Mariana Kowalski, especial para a Gazeta"],
        "<p>Presos participavam de vigília em frente a uma sede do Sebin.Governo não comentou</p>",
        lambda k: it(k, "Venezuela: oposição denuncia prisão de 12 ativistas em Caracas", w, ["Mariana Kowalski"], note="Credit 'Name, especial para a Gazeta'."))
    w = d(9, 11, 30, 0, o)
    add(705309, "curitiba-linha-onibus-eletrico", "Curitiba inaugura primeira linha só com ônibus elétricos", w, ["Redação"],
        "<p>Linha Interbairros II terá 22 veículos.</p>",
        lambda k: it(k, "Curitiba inaugura primeira linha só com ônibus elétricos", w, [], rel=False))
    w = d(8, 22, 0, 0, o)
    add(705298, "atletiba-athletico-vence", "Athletico vence o Coritiba no Atletiba e assume a liderança", w, ["Felipe Zanon", "Rodrigo Brandt"],
        "<p>Gol nos acréscimos decidiu o clássico na Arena.</p>",
        lambda k: it(k, "Athletico vence o Coritiba no Atletiba e assume a liderança", w, ["Felipe Zanon", "Rodrigo Brandt"], rel=False))
    w = d(8, 12, 0, 0, o)
    add(705290, "newsletter-mundo-receba", "Newsletter: receba as principais notícias do mundo no seu e-mail", w, ["Gazeta Paranaense"],
        "<p>Cadastre-se gratuitamente.</p>",
        lambda k: it(k, "Newsletter: receba as principais notícias do mundo no seu e-mail", w, [], story=False, rel=False, note="Newsletter promotion."))
    w = d(7, 16, 45, 0, o)
    add(705279, "paraguai-brasil-anexo-c-itaipu", "Paraguai e Brasil fecham revisão do Anexo C de Itaipu", w, ["Lúcia Benítez, de Assunção"],
        "<p>Nova tarifa vale a partir de 2028</p><ul><li>Energia excedente poderá ser vendida no mercado livre</li><li>Acordo ainda precisa passar pelos Congressos</li></ul>",
        lambda k: it(k, "Paraguai e Brasil fecham revisão do Anexo C de Itaipu", w, ["Lúcia Benítez"], note="'Name, de Cidade' credit."))
    head = ("<title type=\"text\">Mundo | Gazeta Paranaense</title><subtitle>Notícias internacionais</subtitle><link href=\"https://www.gazetaparanaense.com.br/mundo/\" rel=\"alternate\"/>"
            "<link href=\"https://www.gazetaparanaense.com.br/feed/mundo.atom\" rel=\"self\"/><id>tag:gazetaparanaense.com.br,2027:mundo</id>"
            f"<updated>{d(9, 18, 20, 0, o).isoformat()}</updated><rights>© Editora Gazeta Paranaense Ltda.</rights>")
    text = atom(head, entries, ns=' xml:lang="pt-BR"', sep="")
    return feed("pt_br_gazetaparanaense_mundo.atom.xml", text, items, lang="pt", outlet="Gazeta Paranaense", aliases=["Gazeta"], shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="Gazeta do Povo (Curitiba)-style Atom section feed from a custom CMS: single line after the declaration, xml:lang pt-BR, title 'Seção | Marca', 'tag:domain,2027:<id>' entry ids, one <author> per credit ('Estadão Conteúdo', 'Name, especial para a Gazeta', 'Name, de Cidade', 'Redação', two persons, the brand), html summaries with a standfirst without final stop, <ul> bullets and a missing space after a full stop, Atletiba and Curitiba items, a newsletter promotion, Ltda. rights, -03:00 stamps")


# ---------------------------------------------------------------- Urdu News (Saudi)-style
def urdunewsgulf():
    rows, items = [], []
    o = 3

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://www.urdunewsgulf.com/node/{nid}/{slug}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n    <pubDate>{rfc822(when)}</pubDate>\n    {cr}\n    <guid isPermaLink=\"false\">{nid} at https://www.urdunewsgulf.com</guid>\n  </item>")
        items.append(exp(f"{nid} at https://www.urdunewsgulf.com"))

    w = d(9, 19, 10, 0, o)
    add(588120, "saudi-pakistan-investment", "سعودی عرب اور پاکستان کے درمیان پانچ ارب ڈالر کے سرمایہ کاری معاہدے", w, "اردو نیوز، ریاض",
        "<p>معاہدوں میں معدنیات، زراعت اور توانائی کے منصوبے شامل ہیں</p><p>دستخط ریاض میں ایک تقریب میں ہوئے۔</p>",
        lambda k: it(k, "سعودی عرب اور پاکستان کے درمیان پانچ ارب ڈالر کے سرمایہ کاری معاہدے", w, [], note="Credit 'Brand، City' is the outlet."))
    w = d(9, 16, 30, 0, o)
    add(588104, "iran-saudi-talks-muscat", "ایران اور سعودی عرب کے وزرائے خارجہ کی مسقط میں ملاقات", w, "ایجنسیاں",
        "<p>دونوں ملکوں نے یمن میں جنگ بندی کی حمایت کا اعادہ کیا۔عمان کی وزارت خارجہ نے ملاقات کو مثبت قرار دیا</p>",
        lambda k: it(k, "ایران اور سعودی عرب کے وزرائے خارجہ کی مسقط میں ملاقات", w, [], note="'ایجنسیاں' (agencies) is not a person."))
    w = d(9, 13, 0, 0, o)
    add(588096, "umrah-record-ramadan", "رمضان کے آخری عشرے میں عمرہ زائرین کی ریکارڈ تعداد", w, "نعیم اختر",
        "<p>حرمین انتظامیہ کے مطابق ایک رات میں 25 لاکھ افراد مسجد الحرام آئے۔</p>",
        lambda k: it(k, "رمضان کے آخری عشرے میں عمرہ زائرین کی ریکارڈ تعداد", w, ["نعیم اختر"], rel=False))
    w = d(9, 10, 15, 0, o)
    add(588081, "afghan-refugees-deadline", "افغان مہاجرین کی واپسی: اقوام متحدہ کی ڈیڈ لائن میں توسیع کی اپیل", w, "ثنا ملک",
        "<p>یو این ایچ سی آر نے کہا کہ سردیوں کے بعد واپسی زیادہ محفوظ ہوگی</p><ul><li>تیرہ لاکھ افراد متاثر</li><li>طورخم پر رش</li></ul>",
        lambda k: it(k, "افغان مہاجرین کی واپسی: اقوام متحدہ کی ڈیڈ لائن میں توسیع کی اپیل", w, ["ثنا ملک"]))
    w = d(8, 22, 40, 0, o)
    add(588070, "pakistan-nz-t20", "دوسرا ٹی ٹوئنٹی: پاکستان نے نیوزی لینڈ کو سات وکٹوں سے ہرا دیا", w, "اسپورٹس ڈیسک",
        "<p>سیریز ایک ایک سے برابر ہو گئی۔</p>",
        lambda k: it(k, "دوسرا ٹی ٹوئنٹی: پاکستان نے نیوزی لینڈ کو سات وکٹوں سے ہرا دیا", w, [], rel=False))
    w = d(8, 18, 0, 0, o)
    add(588062, "photos-riyadh-season", "تصاویر: ریاض سیزن کی اختتامی تقریب", w, None,
        "",
        lambda k: it(k, "تصاویر: ریاض سیزن کی اختتامی تقریب", w, [], story=False, rel=False, note="Photo gallery with an empty description."))
    channel = ("  <title>اردو نیوز گلف - دنیا</title>\n  <link>https://www.urdunewsgulf.com/world</link>\n  <description>سعودی عرب سے اردو میں خبریں</description>\n  <language>ur</language>\n"
               "  <copyright>Gulf Urdu Publishing Company Ltd</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://www.urdunewsgulf.com/"' + NS_DC + ">\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_sa_urdunewsgulf_world.rss.xml", text, items, lang="ur", outlet="اردو نیوز گلف", aliases=["Urdu News Gulf"],
                structure="Urdu News (Saudi Arabia)-style Urdu RSS from Drupal: xml:base on <rss>, two-space indentation, Urdu channel 'برانڈ - سیکشن', dc:creator AFTER pubDate holding 'برانڈ، شہر', 'ایجنسیاں', 'اسپورٹس ڈیسک', a person or nothing, Drupal '<nid> at <site>' guids, escaped <p> descriptions with a standfirst without final stop, <ul> bullets and a missing space after '۔', Saudi-Pakistan, Iran and Afghan items beside Umrah and cricket, a photo gallery with an empty description, Ltd copyright, +0300 dates")


# ---------------------------------------------------------------- TRT Urdu-style (Turkish state broadcaster)
def ankarasesi():
    rows, items = [], []
    o = 3

    def add(nid, slug, title, when, desc, exp):
        url = f"https://www.ankarasesi.net.tr/ur/{slug}-{nid}"
        rows.append(f"<item><guid isPermaLink=\"false\">{nid}</guid><title>{cd(title)}</title><link>{url}</link><description>{cd(desc)}</description><pubDate>{rfc822(when)}</pubDate>"
                    f"<enclosure url=\"https://cdn.ankarasesi.net.tr/images/{nid}_s.jpg\" type=\"image/jpeg\" length=\"31210\"/></item>")
        items.append(exp(str(nid)))

    w = d(9, 18, 45, 0, o)
    add(2711840, "prisoner-exchange", "ترکیہ کی ثالثی میں روس اور یوکرین کے درمیان قیدیوں کا تبادلہ", w,
        "استنبول میں ہونے والے تبادلے میں دونوں جانب سے 120 قیدی رہا کیے گئے۔ترک وزارت خارجہ نے اسے اعتماد سازی کا اہم قدم قرار دیا",
        lambda k: it(k, "ترکیہ کی ثالثی میں روس اور یوکرین کے درمیان قیدیوں کا تبادلہ", w, []))
    w = d(9, 15, 20, 0, o)
    add(2711822, "gaza-aid-ship", "غزہ کے لیے ترک امدادی بحری جہاز مرسین سے روانہ", w,
        "جہاز پر 2,400 ٹن خوراک اور ادویات لدی ہیں۔",
        lambda k: it(k, "غزہ کے لیے ترک امدادی بحری جہاز مرسین سے روانہ", w, []))
    w = d(9, 12, 0, 0, o)
    add(2711810, "istanbul-earthquake-drill", "استنبول میں زلزلے سے بچاؤ کی بڑی مشق", w,
        "مشق میں 40 ہزار رضاکاروں نے حصہ لیا۔",
        lambda k: it(k, "استنبول میں زلزلے سے بچاؤ کی بڑی مشق", w, [], rel=False))
    w = d(9, 9, 30, 0, o)
    add(2711795, "radio-programme-turkiye-and-the-world", "ریڈیو پروگرام: ترکیہ اور دنیا - ۹ مارچ", w,
        "آج کے پروگرام میں سنیے ہفتے کے اہم واقعات پر تبصرہ۔",
        lambda k: it(k, "ریڈیو پروگرام: ترکیہ اور دنیا - ۹ مارچ", w, [], story=False, rel=False, note="Radio programme page."))
    w = d(8, 20, 10, 0, o)
    add(2711781, "azerbaijan-turkiye-gas-pipeline", "آذربائیجان اور ترکیہ کے درمیان نئی گیس پائپ لائن پر اتفاق", w,
        "پائپ لائن نخچیوان کو ترکیہ کے قومی نیٹ ورک سے جوڑے گی",
        lambda k: it(k, "آذربائیجان اور ترکیہ کے درمیان نئی گیس پائپ لائن پر اتفاق", w, []))
    w = d(8, 17, 0, 0, o)
    add(2711770, "galatasaray-win", "فٹ بال: گالاتاسرائے کی شاندار فتح", w,
        "گالاتاسرائے نے فینرباغچے کو دو صفر سے شکست دی۔",
        lambda k: it(k, "فٹ بال: گالاتاسرائے کی شاندار فتح", w, [], rel=False))
    channel = ("<title>Ankara Sesi اردو</title><link>https://www.ankarasesi.net.tr/ur</link><description>ترکیہ کا سرکاری نشریاتی ادارہ - اردو سروس</description><language>ur</language>"
               "<copyright>Ankara Sesi Radyo ve Televizyon Kurumu</copyright>")
    return feed("ur_tr_ankarasesi_urdu.rss.xml", rss(channel, rows, sep=""), items, lang="ur", outlet="Ankara Sesi اردو", aliases=["Ankara Sesi", "Ankara Sesi Urdu"],
                structure="TRT Urdu-style RSS of a Turkish state broadcaster's Urdu service: single line, channel 'Latin brand + اردو' with an Urdu description, numeric non-permalink guid as the FIRST child, no author element, CDATA titles and plain CDATA descriptions (some without final '۔', one with a missing space after '۔'), 'ترکیہ' spelling, Urdu digits in a programme title, enclosures, Ukraine/Gaza/Azerbaijan items beside an earthquake drill and football, a radio-programme page, +0300 dates")


FEEDS = [dolomitenpost, ostbelgienecho, rheinpost, gazzettaticinese, gazzettadelsalento, ilhasexpresso, gazetaparanaense, urdunewsgulf, ankarasesi]
