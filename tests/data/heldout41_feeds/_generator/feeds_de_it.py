# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian world desks of the forty-first held-out set: a Hanover daily's FirstSpirit
export in ISO-8859-1 (2010), a Nuremberg daily on Drupal 8 with the Thunder distribution (2017), a
Zurich daily's Atom from Ibexa DXP (2023), a Naples daily on Joomla 2.5 with K2 (2013) and a
Cagliari daily on WordPress 5.8 (2021). All outlets, people and quotations are invented."""
from h41 import P, cd, d, esc, feed, it, newest, q, rfc822, utc0, wpt

NUM = {"„": "&#8222;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def latin_refs(s):
    for ch, ent in NUM.items():
        s = s.replace(ch, ent)
    return s


# ---------------------------------------------------------------- Hanover daily, FirstSpirit static export in ISO-8859-1 (December 2010)
def leine():
    base = "http://www.leinekurier.example"
    rows, items = [], []

    def add(aid, path, title, when, creator, teaser, exp):
        url = f"{base}/Nachrichten/{path}"
        cr = f"\n<dc:creator>{latin_refs(esc(creator))}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{latin_refs(esc(title))}</title>\n<link>{url}</link>\n<description>{latin_refs(esc(teaser))}</description>{cr}\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">LK-{aid}</guid>\n</item>")
        items.append(exp(f"LK-{aid}"))

    w = d(2010, 12, 10, 18, 35, 0, 1)
    add(4471203, "Politik/Welt/Leerer-Stuhl-in-Oslo", "Leerer Stuhl in Oslo: Friedensnobelpreis ohne Preisträger verliehen", w, "Von Jens Brakemeier",
        "Oslo. Zum ersten Mal seit 1936 ist der Friedensnobelpreis verliehen worden, ohne dass der Preisträger oder ein Angehöriger ihn entgegennehmen konnte. Der chinesische Bürgerrechtler sitzt in Haft, auf seinem Platz im Rathaus von Oslo stand ein leerer Stuhl. Peking sprach von einer „Farce“. „Der leere Stuhl sagt mehr als jede Rede“, sagte die Osloer Menschenrechtlerin Ingrid Solhaug.",
        lambda k: it(k, "Leerer Stuhl in Oslo: Friedensnobelpreis ohne Preisträger verliehen", w, ["Jens Brakemeier"], quotes=[q("Ingrid Solhaug")], junk=["Von Jens"],
                     note="ISO-8859-1 document (declared in prolog and header): umlauts and ß as single bytes, „…“ and – as numeric references (not in Latin-1). dc:creator 'Von Name': 'Von' is not part of the name."))
    w = d(2010, 12, 7, 13, 20, 0, 1)
    add(4468810, "Politik/Welt/Wikileaks-Gruender-in-London-festgenommen", "Wikileaks-Gründer in London festgenommen", w, "dpa",
        "London. Der Gründer der Enthüllungsplattform Wikileaks hat sich am Dienstag der Londoner Polizei gestellt und ist festgenommen worden. Grundlage ist ein europäischer Haftbefehl aus Schweden. Ein Gericht lehnte eine Freilassung gegen Kaution ab. (dpa)",
        lambda k: it(k, "Wikileaks-Gründer in London festgenommen", w, [], junk=["(dpa)"], note="Agency in dc:creator: []."))
    w = d(2010, 12, 17, 16, 0, 0, 1)
    add(4474002, "Politik/Welt/Elfenbeinkueste-Tote-bei-Protesten", "Elfenbeinküste: Tote bei Protesten in Abidjan", w, "Von Claudia Wendt-Okafor",
        "Abidjan. Bei Protesten gegen den abgewählten Präsidenten der Elfenbeinküste sind nach Angaben von Menschenrechtlern mindestens 20 Menschen getötet worden. Die Vereinten Nationen forderten ihn erneut auf, sein Amt zu übergeben. Die Bundesregierung rief Deutsche zur Ausreise auf.",
        lambda k: it(k, "Elfenbeinküste: Tote bei Protesten in Abidjan", w, ["Claudia Wendt-Okafor"], junk=["Von Claudia"]))
    w = d(2010, 12, 15, 19, 10, 0, 1)
    add(4472950, "Niedersachsen/Landtag-streitet-ueber-Castor-Kosten", "Landtag streitet über Kosten des Castor-Einsatzes", w, "Von Birte Lühmann",
        "Hannover. Der Polizeieinsatz beim Castor-Transport nach Gorleben hat das Land Niedersachsen rund 25 Millionen Euro gekostet. Im Landtag forderte die Opposition, der Bund müsse sich stärker beteiligen.",
        lambda k: it(k, "Landtag streitet über Kosten des Castor-Einsatzes", w, ["Birte Lühmann"], rel=False, junk=["Von Birte"], note="Landespolitik in the feed: a story, not relevant."))
    w = d(2010, 12, 18, 17, 25, 0, 1)
    add(4474390, "Sport/96-gewinnt-in-Freiburg", "96 gewinnt in Freiburg und überwintert auf Platz vier", w, None,
        "Freiburg. Hannover 96 hat das letzte Spiel des Jahres beim SC Freiburg mit 3:1 gewonnen und geht als Tabellenvierter in die Winterpause.",
        lambda k: it(k, "96 gewinnt in Freiburg und überwintert auf Platz vier", w, [], rel=False, note="Sport: not relevant."))
    w = d(2010, 12, 11, 10, 0, 0, 1)
    add(4471350, "Hannover/Bildergalerie-Weihnachtsmarkt-Altstadt", "Bildergalerie: Weihnachtsmarkt in der Altstadt", w, None,
        "Bilder vom Weihnachtsmarkt rund um die Marktkirche.",
        lambda k: it(k, "Weihnachtsmarkt in der Altstadt", w, [], story=False, rel=False, note="Gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>Leine-Kurier - Welt</title>\n'
            f'<link>{base}/Nachrichten/Politik/Welt</link>\n<description>Nachrichten aus aller Welt - Leine-Kurier Hannover</description>\n<language>de-de</language>\n'
            '<copyright>Leine-Kurier Verlagsgesellschaft mbH &amp; Co. KG</copyright>\n<generator>FirstSpirit</generator>\n'
            f'<lastBuildDate>{rfc822(d(2010, 12, 18, 17, 30, 0, 1))}</lastBuildDate>\n' + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_leinekurier_welt_firstspirit_latin1.rss.xml", text, items, lang="de", outlet="Leine-Kurier", encoding="latin-1", declared="ISO-8859-1",
                ctype="text/xml; charset=ISO-8859-1",
                structure="Hanover daily's 'Welt' feed as a static file generated by FirstSpirit 4 (December 2010) in ISO-8859-1, declared in the prolog and the header (umlauts and ß as single bytes; „ “ – as numeric references because Latin-1 lacks them): no indentation, channel 'Brand - Welt', de-de, copyright of the 'Verlagsgesellschaft mbH & Co. KG', <generator>FirstSpirit</generator>, '/Nachrichten/<Ressort>/<Slug>' links, 'LK-<7 digits>' non-permalink guids LAST, escaped plain-text teasers opening with 'Ort.' datelines, dc:creator BEFORE pubDate with 'Von Name', 'dpa' or absent, '(dpa)' tail, Landtag politics, Bundesliga and a gallery in the feed, +0100 dates",
                notes="Germany is the home country.")


# ---------------------------------------------------------------- Nuremberg daily on Drupal 8 + Thunder (September 2017)
def noris():
    base = "https://www.noris-abendblatt.example"
    rows, items = [], []

    def add(nid, path, title, when, author, seo, teaser, exp):
        url = f"{base}/{path}"
        desc = f'<p>{teaser}</p>\n'
        rows.append(f"<item>\n  <title>{esc(seo + ': ' + title if seo else title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>\n  <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <dc:creator>{esc(author)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2017, 9, 3, 19, 5, 0, 2)
    add(1187342, "ausland/nordkorea-zuendet-wasserstoffbombe-1.1187342", "Nordkorea meldet Test einer Wasserstoffbombe", w, "Sebastian Kreitmeier", "Atomtest",
        "Nordkorea hat nach eigenen Angaben erfolgreich eine Wasserstoffbombe getestet. Erdbebenwarten in Südkorea und Japan registrierten ein Beben der Stärke 6,3. „Das ist eine neue Stufe der Eskalation“, sagte der Korea-Experte Dr. Matthias Grundler von der Universität Erlangen-Nürnberg. Die Bundesregierung verurteilte den Test scharf.",
        lambda k: it(k, "Nordkorea meldet Test einer Wasserstoffbombe", w, ["Sebastian Kreitmeier"], quotes=[q("Matthias Grundler", "Universität Erlangen-Nürnberg")],
                     note="Thunder's SEO title field puts a kicker before the headline ('Atomtest: …'): title label 'Atomtest:' may be kept or dropped. Dr. is a title."))
    w = d(2017, 9, 25, 21, 40, 0, 2)
    add(1189920, "ausland/kurden-stimmen-ueber-unabhaengigkeit-ab-1.1189920", "Kurden stimmen über Unabhängigkeit ab", w, "dpa", "Irak",
        "Trotz Warnungen aus Bagdad, Ankara und Teheran haben die Kurden im Nordirak über ihre Unabhängigkeit abgestimmt. Die Wahlbeteiligung lag nach Angaben der Wahlkommission bei 72 Prozent. (dpa)",
        lambda k: it(k, "Kurden stimmen über Unabhängigkeit ab", w, [], junk=["(dpa)"], note="Title label 'Irak:' may be kept or dropped. Agency as dc:creator."))
    w = d(2017, 9, 28, 17, 15, 0, 2)
    add(1190301, "ausland/katalonien-madrid-laesst-wahlurnen-beschlagnahmen-1.1190301", "Madrid lässt vor Referendum Wahlurnen suchen", w, "Von Carmen Lindqvist, Barcelona", "Katalonien",
        "Drei Tage vor dem geplanten Unabhängigkeitsreferendum in Katalonien hat die spanische Polizei nach Wahlurnen und Stimmzetteln gesucht. Die Regionalregierung will trotz des Verbots durch das Verfassungsgericht abstimmen lassen. „Wir werden wählen, so oder so“, sagte die Studentin Núria Ferrer auf einer Kundgebung in Barcelona.",
        lambda k: it(k, "Madrid lässt vor Referendum Wahlurnen suchen", w, ["Carmen Lindqvist"], quotes=[q("Núria Ferrer")], note="Title label 'Katalonien:' may be kept or dropped. 'Von Name, Ort' in dc:creator."))
    w = d(2017, 9, 24, 23, 55, 0, 2)
    add(1189801, "politik/bundestagswahl-so-hat-franken-gewaehlt-1.1189801", "So hat Franken gewählt", w, "Redaktion", "Bundestagswahl",
        "Die CSU bleibt in allen fränkischen Wahlkreisen vorn, verliert aber deutlich. Die AfD kommt in Nürnberg-Süd auf über 14 Prozent.",
        lambda k: it(k, "So hat Franken gewählt", w, [], rel=False, note="Home election result: a story, not relevant. Title label 'Bundestagswahl:' may be kept or dropped. 'Redaktion' is a desk."))
    w = d(2017, 9, 23, 17, 30, 0, 2)
    add(1189650, "sport/club-verliert-in-bielefeld-1.1189650", "Der Club verliert in Bielefeld", w, "Tobias Hümmer", "2. Liga",
        "Der 1. FC Nürnberg hat bei Arminia Bielefeld mit 1:2 verloren und rutscht auf Platz sieben ab.",
        lambda k: it(k, "Der Club verliert in Bielefeld", w, ["Tobias Hümmer"], rel=False, note="Sport: not relevant. Title label '2. Liga:' may be kept or dropped."))
    w = d(2017, 9, 24, 17, 0, 0, 2)
    add(1189760, "politik/liveticker-bundestagswahl-1.1189760", "Die Bundestagswahl im Liveticker", w, "Redaktion", "Liveticker",
        "Alle Ergebnisse, Stimmen und Reaktionen aus Nürnberg, Fürth und Erlangen im Liveticker.",
        lambda k: it(k, "Die Bundestagswahl im Liveticker", w, [], story=False, rel=False, note="Live ticker: not a story. Title label 'Liveticker:' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f'    <title>Ausland | Noris-Abendblatt</title>\n    <link>{base}/</link>\n    <description>Nachrichten aus aller Welt</description>\n    <language>de</language>\n'
            f'    <atom:link href="{base}/ausland/rss.xml" rel="self" type="application/rss+xml"/>\n    ' + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_norisabendblatt_ausland_thunder.rss.xml", text, items, lang="de", outlet="Noris-Abendblatt",
                ctype="application/rss+xml; charset=utf-8",
                structure="Nuremberg daily's 'Ausland' channel on Drupal 8 with Burda's Thunder distribution (September 2017): xml:base, channel 'Ausland | Brand', language 'de', atom self link, titles from Thunder's SEO title field with a kicker before a colon ('Atomtest: …', 'Katalonien: …'), '/<channel>/<slug>-1.<nid>' links, escaped one-paragraph teasers (<p> plus a newline), dc:creator with a person, 'Von Name, Ort', 'dpa' or 'Redaktion', '<nid> at <base>' guids last, „…“ quotes with 'sagte', '(dpa)', Bundestag election night (home) items and a live ticker, 2. Liga football, +0200 dates",
                notes="Germany is the home country.")


# ---------------------------------------------------------------- Zurich daily, Atom from Ibexa DXP 4 (February 2023)
def zuerich():
    base = "https://www.zuercher-morgenblatt.example"
    entries, items = [], []

    def add(cid, path, title, when, upd, authors, summary, exp):
        url = f"{base}/{path}"
        au = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        entries.append(f"  <entry>\n    <title>{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{base}/content/view/{cid}</id>\n"
                       f"    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>{au}\n    <summary type=\"html\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(f"{base}/content/view/{cid}"))

    w = d(2023, 2, 7, 19, 30, 0, 1)
    add(88214, "international/erdbeben-tuerkei-syrien-schweizer-retter-im-einsatz", "Erdbeben in der Türkei und Syrien: Schweizer Retter im Einsatz in Hatay", w, d(2023, 2, 7, 21, 2, 0, 1), ["Lea Zünd"],
        "<p>Rund 80 Angehörige der Rettungskette Schweiz suchen in der Provinz Hatay nach Verschütteten. Die Zahl der Toten ist auf über 7000 gestiegen.</p><p>«Wir arbeiten gegen die Zeit und gegen die Kälte», sagte Einsatzleiter Reto Gasser am Telefon.</p><p>Der Bundesrat hat zudem acht Millionen Franken für die Nothilfe gesprochen.</p>",
        lambda k: it(k, "Erdbeben in der Türkei und Syrien: Schweizer Retter im Einsatz in Hatay", w, ["Lea Zünd"], quotes=[q("Reto Gasser", "Rettungskette Schweiz")],
                     note="Swiss spelling without ß, «…» quotes. Published and updated differ: published expected. Switzerland's aid abroad: relevant."))
    w = d(2023, 2, 22, 17, 0, 0, 1)
    add(88760, "international/ein-jahr-krieg-die-ukraine-und-die-schweizer-neutralitaet", "Ein Jahr Krieg: Der Druck auf die Schweizer Neutralität wächst", w, w, ["Matthias Oberholzer", "Sandra Rüegg"],
        "<p>Ein Jahr nach dem russischen Überfall auf die Ukraine wollen mehrere europäische Länder Schweizer Munition an Kiew weitergeben. Der Bundesrat lehnt das bisher ab, im Parlament wächst aber eine Mehrheit für eine Lockerung des Kriegsmaterialgesetzes.</p><p>«Neutralität heisst nicht, dass man niemandem hilft», sagte der Völkerrechtler Prof. Daniel Aebischer von der Universität Freiburg.</p>",
        lambda k: it(k, "Ein Jahr Krieg: Der Druck auf die Schweizer Neutralität wächst", w, ["Matthias Oberholzer", "Sandra Rüegg"], quotes=[q("Daniel Aebischer", "Universität Freiburg")],
                     note="Two Atom authors. Swiss neutrality and arms re-export to Ukraine: Switzerland's foreign policy, relevant. 'Ein Jahr Krieg:' is part of the headline."))
    w = d(2023, 2, 10, 12, 45, 0, 1)
    add(88390, "international/iran-laesst-hunderte-gefangene-frei", "Iran lässt Hunderte Gefangene frei", w, w, ["SDA"],
        "<p>Zum Jahrestag der Revolution hat Irans Staatsführung die Freilassung oder Strafmilderung für Zehntausende Gefangene angekündigt, darunter auch Festgenommene der Protestwelle. Menschenrechtler sprechen von einer Geste ohne Folgen. (sda/afp)</p>",
        lambda k: it(k, "Iran lässt Hunderte Gefangene frei", w, [], junk=["(sda/afp)"], note="Agency as Atom author: []."))
    w = d(2023, 2, 12, 20, 15, 0, 1)
    add(88441, "zuerich/kantonsratswahlen-gruene-verlieren-fdp-legt-zu", "Kantonsratswahlen: Grüne verlieren, FDP legt zu", w, d(2023, 2, 12, 22, 40, 0, 1), ["Pascal Wyss"],
        "<p>Bei den Zürcher Kantonsratswahlen haben die Grünen sechs Sitze verloren. Die FDP gewinnt drei Sitze dazu.</p>",
        lambda k: it(k, "Kantonsratswahlen: Grüne verlieren, FDP legt zu", w, ["Pascal Wyss"], rel=False, note="Cantonal election in the International feed: home politics, not relevant."))
    w = d(2023, 2, 19, 18, 0, 0, 1)
    add(88602, "sport/zsc-lions-sichern-sich-platz-zwei", "ZSC Lions sichern sich Platz zwei", w, w, [],
        "<p>Die ZSC Lions haben Lugano mit 4:1 geschlagen und sind vor den Playoffs Zweite.</p>",
        lambda k: it(k, "ZSC Lions sichern sich Platz zwei", w, [], rel=False, note="Sport: not relevant. No author."))
    w = d(2023, 2, 24, 6, 0, 0, 1)
    add(88801, "podcast/morgenblatt-briefing-24-februar", "Podcast «Morgenblatt Briefing»: Ein Jahr Krieg in der Ukraine", w, w, ["Morgenblatt Audio"],
        "<p>Unsere Korrespondentin in Kiew über ein Jahr Krieg. Hören Sie den Podcast auf Spotify, Apple Podcasts oder überall, wo es Podcasts gibt.</p>",
        lambda k: it(k, "Ein Jahr Krieg in der Ukraine", w, [], story=False, rel=False, note="Podcast episode: not a story. Title label 'Podcast «Morgenblatt Briefing»:' may be kept or dropped."))
    order = sorted(range(len(entries)), key=lambda i: items[i].published, reverse=True)
    entries, items = [entries[i] for i in order], [items[i] for i in order]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-CH">\n  <title>Zürcher Morgenblatt – International</title>\n'
            f'  <link rel="alternate" type="text/html" href="{base}/international"/>\n  <link rel="self" type="application/atom+xml" href="{base}/feeds/international.atom"/>\n'
            f'  <id>{base}/feeds/international.atom</id>\n  <updated>2023-02-24T06:00:00+01:00</updated>\n  <rights>© Zürcher Morgenblatt AG</rights>\n'
            + "\n".join(entries) + "\n</feed>\n")
    return feed("de_ch_zuerchermorgenblatt_international_ibexa.atom.xml", text, items, lang="de", outlet="Zürcher Morgenblatt", shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="Zurich daily's 'International' section as Atom from an Ibexa DXP 4 (Symfony/Twig) controller (February 2023): two-space indentation, xml:lang de-CH, title 'Brand – International' with an en dash, rights '© … AG', '/content/view/<id>' entry ids (the Ibexa content id, not the public URL), alternate links with section paths (zuerich, sport and podcast sections in the feed), published and updated in +01:00, zero, one or two <author> with a person, the agency 'SDA' or a desk, escaped HTML summaries with «…» quotes and '(sda/afp)', Swiss spelling without ß, a podcast with 'überall, wo es Podcasts gibt'",
                notes="Switzerland is the home country; Swiss foreign policy (neutrality, aid abroad) is relevant.")


# ---------------------------------------------------------------- Naples daily on Joomla 2.5 + K2 (November 2013)
def partenopea():
    base = "http://www.gazzettapartenopea.example"
    rows, items = [], []

    def add(iid, slug, title, when, author, img, intro, full, exp):
        url = f"{base}/esteri/item/{iid}-{slug}.html"
        im = f'<div class="K2FeedImage"><img src="{base}/media/k2/items/cache/{img}_M.jpg" alt="{esc(title)}" /></div>' if img else ""
        body = f'{im}<div class="K2FeedIntroText">{intro}</div>' + (f'<div class="K2FeedFullText">\n{full}</div>' if full else "")
        au = f"\n\t\t\t<author>redazione@gazzettapartenopea.example ({author})</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t\t<description><![CDATA[{body}]]></description>{au}\n"
                    f"\t\t\t<category>Esteri</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(url))

    w = d(2013, 11, 11, 19, 20, 0, 1)
    add(18822, "filippine-tifone-haiyan-migliaia-di-morti", "Filippine, il tifone Haiyan devasta Tacloban: si temono migliaia di morti", w, "Luisa Esposito", "a81f0c2d9e",
        "<p>Il tifone più violento mai registrato sulla terraferma ha raso al suolo interi quartieri di Tacloban, nelle Filippine centrali. Le autorità temono oltre diecimila vittime.</p>",
        "<p>Gli aiuti faticano a raggiungere le zone colpite. «Non c'è acqua, non c'è cibo, la gente assalta i camion», ha detto al telefono padre Antonio Scognamiglio, missionario napoletano a Leyte.</p>\n<p>La comunità filippina di Napoli ha organizzato una raccolta fondi nella chiesa di Santa Chiara.</p>",
        lambda k: it(k, "Filippine, il tifone Haiyan devasta Tacloban: si temono migliaia di morti", w, ["Luisa Esposito"], quotes=[q("Antonio Scognamiglio")],
                     note="K2 item feed: CDATA description with the K2FeedImage, K2FeedIntroText and K2FeedFullText divs; <author> as 'address (Name)'. 'padre' is a title."))
    w = d(2013, 11, 24, 12, 10, 0, 1)
    add(19140, "iran-accordo-nucleare-ginevra", "Nucleare, accordo a Ginevra tra l'Iran e le grandi potenze", w, None, None,
        "<p>GINEVRA - L'Iran e il gruppo dei cinque più uno hanno raggiunto nella notte un accordo provvisorio di sei mesi sul programma nucleare di Teheran, in cambio di un parziale allentamento delle sanzioni. (ANSA)</p>", "",
        lambda k: it(k, "Nucleare, accordo a Ginevra tra l'Iran e le grandi potenze", w, [], junk=["(ANSA)"], note="No author element; '(ANSA)' tail."))
    w = d(2013, 11, 20, 16, 45, 0, 1)
    add(19011, "siria-ginevra-due-data", "Siria, l'Onu cerca una data per la conferenza di pace", w, "Redazione", None,
        "<p>Le Nazioni Unite contano di convocare entro gennaio la conferenza di pace sulla Siria. Resta aperto il nodo della partecipazione dell'opposizione.</p>",
        "<p>«Senza un cessate il fuoco, nessuna trattativa potrà reggere», ha spiegato Carla De Luca, ricercatrice dell'Istituto di studi mediterranei di Napoli.</p>",
        lambda k: it(k, "Siria, l'Onu cerca una data per la conferenza di pace", w, [], quotes=[q("Carla De Luca", "Istituto di studi mediterranei")], note="'Redazione' is a desk: []."))
    w = d(2013, 11, 27, 20, 30, 0, 1)
    add(19210, "senato-decadenza-voto", "Il Senato vota la decadenza dell'ex premier", w, "Marco Iovine", None,
        "<p>ROMA - L'aula del Senato ha votato la decadenza dell'ex presidente del Consiglio dopo la condanna definitiva per frode fiscale.</p>", "",
        lambda k: it(k, "Il Senato vota la decadenza dell'ex premier", w, ["Marco Iovine"], rel=False, note="Italian home politics in the Esteri feed: not relevant."))
    w = d(2013, 11, 16, 18, 0, 0, 1)
    add(18950, "terra-dei-fuochi-corteo", "Terra dei fuochi, in centomila al corteo di Napoli", w, "Gennaro Russo", "c3b8e1f0a4",
        "<p>Una folla enorme ha sfilato per il centro di Napoli contro i roghi di rifiuti tossici tra Napoli e Caserta.</p>", "",
        lambda k: it(k, "Terra dei fuochi, in centomila al corteo di Napoli", w, ["Gennaro Russo"], rel=False, note="City news: not relevant."))
    w = d(2013, 11, 26, 23, 0, 0, 1)
    add(19190, "foto-napoli-arsenal-vigilia", "FOTO | La vigilia di Champions al San Paolo", w, "Redazione", "d4e5f6a7b8",
        '<p>Le immagini dell\'allenamento a porte aperte.</p><p>{gallery}napoli-allenamento-2611{/gallery}</p>', "",
        lambda k: it(k, "La vigilia di Champions al San Paolo", w, [], story=False, rel=False, note="Photo gallery with an unexpanded {gallery} tag: not a story. Title label 'FOTO |' may be kept or dropped."))
    rows, items = newest(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            '\t\t<title>Esteri</title>\n\t\t<description><![CDATA[Gazzetta Partenopea - notizie dal mondo]]></description>\n'
            f'\t\t<link>{base}/esteri.html</link>\n\t\t<lastBuildDate>{rfc822(d(2013, 11, 27, 20, 31, 0, 1))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n'
            f'\t\t<atom:link rel="self" type="application/rss+xml" href="{base}/esteri.feed?type=rss"/>\n\t\t<language>it-it</language>\n' + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_gazzettapartenopea_esteri_k2.rss.xml", text, items, lang="it", outlet="Gazzetta Partenopea",
                ctype="application/rss+xml; charset=utf-8",
                structure="Naples daily's 'Esteri' category on Joomla 2.5 with the K2 component (November 2013): the Joomla generator comment after the prolog, tab indentation, channel titled only 'Esteri' (brand in the CDATA description), lastBuildDate and generator BEFORE the atom self link, language 'it-it', '/esteri/item/<id>-<alias>.html' permalink guids, CDATA descriptions built from K2's K2FeedImage (cached '_M.jpg'), K2FeedIntroText and K2FeedFullText divs, <author> as 'address (Name)' with a person, 'Redazione' or absent, one <category>, «…» quotes with 'ha detto'/'ha spiegato', upper-case 'CITTÀ -' datelines, '(ANSA)', an unexpanded {gallery} plugin tag, home politics and city news, +0100 dates",
                notes="Italy is the home country.")


# ---------------------------------------------------------------- Cagliari daily on WordPress 5.8 (August 2021)
def castello():
    base = "https://www.lavocedicastello.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    tail = '<p>L&#8217;articolo <a rel="nofollow" href="{u}">{t}</a> proviene da <a rel="nofollow" href="' + base + '">La Voce di Castello</a>.</p>'
    w = d(2021, 8, 23, 18, 0, 0, 2)
    add(204511, "kabul-ponte-aereo-sardi-rientrati", "Kabul, con il ponte aereo rientrati anche tre sardi", w, "Francesca Melis", ["Esteri", "Primo piano"],
        "Sono atterrati ieri a Fiumicino con un volo dell&#8217;Aeronautica militare",
        P("Sono atterrati ieri a Fiumicino con un volo dell&#8217;Aeronautica militare i tre cooperanti sardi che lavoravano a Herat. Con loro oltre 400 cittadini afghani che hanno collaborato con il contingente italiano.",
          "&#171;Abbiamo lasciato colleghi che non sono riusciti a entrare in aeroporto&#187;, ha detto Efisio Porcu, 41 anni, di Quartu.",
          "Il ministero degli Esteri ha annunciato che il ponte aereo proseguirà fino alla fine del mese.") + tail.format(u=f"{base}/2021/08/23/kabul-ponte-aereo-sardi-rientrati/", t="Kabul, con il ponte aereo rientrati anche tre sardi"),
        lambda k: it(k, "Kabul, con il ponte aereo rientrati anche tre sardi", w, ["Francesca Melis"], quotes=[q("Efisio Porcu")], junk=["proviene da"],
                     note="Italy's evacuation from Kabul: relevant. «…» as &#171;/&#187; references. SEO footer 'L’articolo … proviene da …' in content."))
    w = d(2021, 8, 15, 20, 30, 0, 2)
    add(204230, "haiti-terremoto-oltre-1300-morti", "Haiti, terremoto di magnitudo 7.2: oltre 1.300 morti", w, "Redazione", ["Esteri"],
        "Il bilancio del sisma che ha colpito il sud-ovest dell&#8217;isola continua a salire",
        P("PORT-AU-PRINCE &#8211; Il bilancio del sisma che ha colpito sabato il sud-ovest di Haiti continua a salire: oltre 1.300 morti e migliaia di feriti. In arrivo una tempesta tropicale. (ANSA)") + tail.format(u=f"{base}/2021/08/15/haiti-terremoto-oltre-1300-morti/", t="Haiti, terremoto di magnitudo 7.2: oltre 1.300 morti"),
        lambda k: it(k, "Haiti, terremoto di magnitudo 7.2: oltre 1.300 morti", w, [], junk=["(ANSA)", "proviene da"]))
    w = d(2021, 8, 19, 11, 45, 0, 2)
    add(204360, "talebani-europa-divisa-sui-profughi", "Talebani, l&#8217;Europa si divide sull&#8217;accoglienza dei profughi", w, "Andrea Pinna", ["Esteri"],
        "I ministri dell&#8217;Interno dell&#8217;Ue si riuniranno la prossima settimana",
        P("BRUXELLES &#8211; I governi europei si dividono sull&#8217;accoglienza dei profughi afghani. Austria e Slovenia chiedono di trattenerli nei Paesi vicini, Italia e Spagna propongono corridoi umanitari.",
          "&#171;Senza una quota comune si ripeterà il 2015&#187;, ha detto Giovanna Sechi, docente di diritto dell&#8217;Unione europea all&#8217;Università di Cagliari.") + tail.format(u=f"{base}/2021/08/19/talebani-europa-divisa-sui-profughi/", t="Talebani, l&#8217;Europa si divide sull&#8217;accoglienza dei profughi"),
        lambda k: it(k, "Talebani, l'Europa si divide sull'accoglienza dei profughi", w, ["Andrea Pinna"], quotes=[q("Giovanna Sechi", "Università di Cagliari")], junk=["proviene da"]))
    w = d(2021, 8, 12, 9, 15, 0, 2)
    add(204120, "montiferru-rimborsi-allevatori", "Montiferru, la Regione stanzia i primi rimborsi per gli allevatori", w, "Stefano Loi", ["Sardegna", "Esteri"],
        "Dopo l&#8217;incendio di luglio",
        P("La Giunta regionale ha approvato i primi rimborsi per gli allevatori del Montiferru colpiti dall&#8217;incendio di luglio.") + tail.format(u=f"{base}/2021/08/12/montiferru-rimborsi-allevatori/", t="Montiferru, la Regione stanzia i primi rimborsi per gli allevatori"),
        lambda k: it(k, "Montiferru, la Regione stanzia i primi rimborsi per gli allevatori", w, ["Stefano Loi"], rel=False, junk=["proviene da"], note="Regional news tagged also Esteri: not relevant."))
    w = d(2021, 8, 6, 15, 0, 0, 2)
    add(203980, "tokyo-oro-staffetta-sardi", "Tokyo, l&#8217;oro della staffetta fa festa anche in Sardegna", w, "Sport", ["Sport", "Esteri"],
        "Festa a Cagliari",
        P("Festa a Cagliari per l&#8217;oro della staffetta 4x100 azzurra ai Giochi di Tokyo.") + tail.format(u=f"{base}/2021/08/06/tokyo-oro-staffetta-sardi/", t="Tokyo, l&#8217;oro della staffetta fa festa anche in Sardegna"),
        lambda k: it(k, "Tokyo, l'oro della staffetta fa festa anche in Sardegna", w, [], rel=False, junk=["proviene da"], note="Sport: not relevant. 'Sport' as dc:creator is a desk."))
    w = d(2021, 8, 22, 10, 0, 0, 2)
    add(204480, "video-kabul-aeroporto", "VIDEO | La folla all&#8217;aeroporto di Kabul", w, "Redazione", ["Video", "Esteri"],
        "Le immagini",
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.example/watch?v=kbl0821\n</div></figure>' + tail.format(u=f"{base}/2021/08/22/video-kabul-aeroporto/", t="VIDEO | La folla all&#8217;aeroporto di Kabul"),
        lambda k: it(k, "La folla all'aeroporto di Kabul", w, [], story=False, rel=False, note="Video embed: not a story. Title label 'VIDEO |' may be kept or dropped."))
    rows, items = newest(rows, items)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>Esteri &#8211; La Voce di Castello</title>\n\t<atom:link href="{base}/category/esteri/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>Il quotidiano di Cagliari e della Sardegna</description>\n\t<lastBuildDate>{utc0(d(2021, 8, 23, 18, 0, 0, 2))}</lastBuildDate>\n\t<language>it-IT</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.8</generator>\n')
    text = head + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("it_lavocedicastello_esteri_wp58.rss.xml", text, items, lang="it", outlet="La Voce di Castello",
                ctype="application/rss+xml; charset=UTF-8",
                structure="Cagliari daily's 'Esteri' category on WordPress 5.8 with an SEO plugin's footer (August 2021): WordPress's namespace block, channel 'Esteri &#8211; Brand', it-IT, sy:update* whitespace, a theme's reordered item children (dc:creator before pubDate), '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0200), CDATA dc:creator with a person, 'Redazione' or 'Sport', several CDATA categories, short hand-written excerpts, content:encoded with «…» as &#171;/&#187;, upper-case 'CITTÀ &#8211;' datelines, '(ANSA)', the footer 'L’articolo … proviene da …' with rel=nofollow, a YouTube embed, regional news and Olympic sport tagged Esteri",
                notes="Italy is the home country; Italy's own evacuation from Kabul is foreign policy (relevant).")


FEEDS = [leine, noris, zuerich, partenopea, castello]
