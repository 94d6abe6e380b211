# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the fiftieth held-out set: a German public broadcaster's news
portal (Sophora-style export), a Bern daily on Livingdocs (Atom), a Vienna news portal on
Brightspot, a Rome national daily on Arc XP and a Sassari regional on WordPress 6 with Yoast.
All outlets, people and quotations are invented."""
import html

from feeds_en import _wp
from h50 import NS_ALL, cd, d, esc, feed, gmt, it, q, rfc822, uid


# ---------------------------------------------------------------- German public broadcaster (Sophora export)
def rno():
    rows, items = [], []
    base = "https://www.rno24.example"

    def add(sid, path, title, when, desc, body, exp):
        link = f"{base}/{path}-{sid}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<pubDate>{rfc822(when)}</pubDate>\n<description>{esc(desc)}</description>\n"
                    f"<content:encoded>{cd(body)}</content:encoded>\n<guid>{link}</guid>\n</item>")
        items.append(exp(link))

    w = d(2025, 1, 28, 17, 12, 0, 1)
    add(101, "ausland/europa/serbien-proteste-regierungschef-ruecktritt", "Serbiens Regierungschef tritt nach Massenprotesten zurück", w,
        "Nach wochenlangen Protesten gegen Korruption ist Serbiens Ministerpräsident zurückgetreten. Auslöser war der Einsturz eines Bahnhofsvordachs in Novi Sad.",
        '<p><img src="https://images.rno24.example/image/serbien-proteste-100~_v-videowebl.jpg" alt="Demonstranten in Belgrad" /></p><p>Nach wochenlangen Protesten gegen Korruption ist Serbiens Ministerpräsident zurückgetreten. Auslöser der Proteste war der Einsturz eines Bahnhofsvordachs in Novi Sad im November, bei dem 15 Menschen starben.</p><p>"Der Rücktritt ist ein Anfang, aber die Studierenden wollen Verantwortung, nicht nur neue Gesichter", sagte die Politologin Jelena Marković von der Universität Belgrad.</p><p><a href="https://www.rno24.example/ausland/europa/serbien-proteste-100.html">Mehr zum Thema: Die Protestbewegung in Serbien</a></p>',
        lambda k: it(k, "Serbiens Regierungschef tritt nach Massenprotesten zurück", w, [], quotes=[q("Jelena Marković", "Universität Belgrad")], junk=["Mehr zum Thema"],
                     note="Public-broadcaster items carry no byline. A 'Mehr zum Thema' link closes the content. Relevant."))
    w = d(2025, 1, 28, 14, 40, 0, 1)
    add(102, "ausland/liveblog-nahost-waffenruhe", "Liveblog: Nahost ++ Zehntausende kehren in den Norden Gazas zurück ++", w,
        "Zehntausende Palästinenser kehren in den Norden des Gazastreifens zurück. Alle Entwicklungen im Liveblog.",
        "<p>Zehntausende Palästinenser kehren in den Norden des Gazastreifens zurück. Alle Entwicklungen im Liveblog.</p>",
        lambda k: it(k, "Liveblog: Nahost ++ Zehntausende kehren in den Norden Gazas zurück ++", w, [], story=False, rel=False,
                     note="Liveblog entry point ('++ … ++' in the title): not a story."))
    w = d(2025, 1, 28, 11, 5, 0, 1)
    add(103, "ausland/amerika/usa-zoelle-kanada-mexiko-reaktionen", "USA drohen mit Zöllen: Kanada und Mexiko kündigen Gegenmaßnahmen an", w,
        "Die US-Regierung will Zölle von 25 Prozent auf Waren aus Kanada und Mexiko erheben. Beide Länder drohen mit Vergeltung.",
        "<p>Die US-Regierung will Zölle von 25 Prozent auf Waren aus Kanada und Mexiko erheben. Beide Länder kündigten Gegenmaßnahmen an.</p><p>Auch deutsche Autobauer mit Werken in Mexiko wären betroffen. \"Für unsere Zulieferer in Puebla ist das eine existenzielle Frage\", sagte Katrin Albers vom Verband der Automobilzulieferer Mitteldeutschland.</p>",
        lambda k: it(k, "USA drohen mit Zöllen: Kanada und Mexiko kündigen Gegenmaßnahmen an", w, [], quotes=[q("Katrin Albers", "Verband der Automobilzulieferer Mitteldeutschland")], note="Relevant."))
    w = d(2025, 1, 27, 20, 15, 0, 1)
    add(104, "ausland/asien/deepseek-ki-china-boersen", "Chinesisches KI-Modell lässt Tech-Aktien weltweit einbrechen", w,
        "Ein günstiges KI-Modell aus China hat an den Börsen für Verluste gesorgt. Der Chipkonzern Nvidia verlor fast 600 Milliarden Dollar an Wert.",
        "<p>Ein günstiges KI-Modell aus China hat an den Börsen weltweit für Kursverluste gesorgt. Der US-Chipkonzern Nvidia verlor an einem Tag fast 600 Milliarden Dollar an Börsenwert.</p><p>\"Die Annahme, dass nur wer am meisten ausgibt, vorne liegt, ist erschüttert\", sagte der Analyst Florian Weidenbach.</p>",
        lambda k: it(k, "Chinesisches KI-Modell lässt Tech-Aktien weltweit einbrechen", w, [], quotes=[q("Florian Weidenbach")], note="Relevant."))
    w = d(2025, 1, 27, 16, 0, 0, 1)
    add(105, "ausland/europa/auschwitz-gedenken-80-jahre", "80 Jahre nach der Befreiung: Überlebende mahnen in Auschwitz", w,
        "In Auschwitz haben Überlebende und Staatsgäste an die Befreiung des Lagers vor 80 Jahren erinnert.",
        "<p>In der Gedenkstätte Auschwitz-Birkenau haben Überlebende und Staatsgäste an die Befreiung des Konzentrations- und Vernichtungslagers vor 80 Jahren erinnert.</p><p>\"Wir sind die Letzten, die erzählen können. Danach müsst ihr es tun\", sagte die 96-jährige Überlebende Halina Rosenbaum.</p>",
        lambda k: it(k, "80 Jahre nach der Befreiung: Überlebende mahnen in Auschwitz", w, [], quotes=[q("Halina Rosenbaum")], note="Relevant."))
    w = d(2025, 1, 27, 9, 30, 0, 1)
    add(106, "multimedia/video/nachrichten-in-100-sekunden-270125", "Nachrichten in 100 Sekunden", w,
        "Die wichtigsten Nachrichten im Überblick.",
        '<p><video src="https://media.rno24.example/video/2025/0127/100sek.mp4" controls></video></p>',
        lambda k: it(k, "Nachrichten in 100 Sekunden", w, [], story=False, rel=False, note="Video news summary: not a story."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
            f"<title>RNO24 - Ausland</title>\n<link>{base}/ausland</link>\n<description>Nachrichten aus aller Welt von RNO24, dem Nachrichtenportal des Rundfunk Nordost</description>\n<language>de</language>\n"
            f"<copyright>Rundfunk Nordost</copyright>\n<lastBuildDate>{rfc822(d(2025, 1, 28, 17, 15, 0, 1))}</lastBuildDate>\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("de_rno24_ausland_sophora.rss.xml", text, items, lang="de", outlet="RNO24", aliases=["Rundfunk Nordost", "RNO"],
                ctype="application/rss+xml; charset=utf-8",
                structure="German public broadcaster's news portal, world section exported from a Sophora-style CMS (/ausland/index~rss2.xml): no indentation, only the content namespace, channel 'Brand - Ausland', copyright naming the broadcaster, items ordered title, link, pubDate, description, content:encoded (with a leading image and a closing 'Mehr zum Thema' link), guid; no authors at all, a liveblog and a 100-seconds video, +0100 dates in January 2025")


# ---------------------------------------------------------------- Bern daily on Livingdocs (Atom)
def aare():
    entries, items = [], []
    base = "https://www.aaretagblatt.example"

    def add(sid, slug, title, when, authors, lead, exp):
        link = f"{base}/{slug}-{sid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f'<entry><id>urn:livingdocs:aaretagblatt:{sid}</id><title type="html">{esc(title)}</title><link rel="alternate" href="{link}"/>'
                       f"<published>{when.isoformat()}</published><updated>{when.isoformat()}</updated>{au}<summary type=\"html\">{esc(lead)}</summary></entry>")
        items.append(exp(f"urn:livingdocs:aaretagblatt:{sid}"))

    w = d(2026, 3, 4, 18, 20, 0, 1)
    add(893112, "eu-rahmenabkommen-bruessel-vernehmlassung", "Bilaterale III: Brüssel drängt auf Tempo, Bern auf Zeit", w, ["Reto Sommerhalder"],
        "<p>Die EU-Kommission möchte das Vertragspaket mit der Schweiz noch in diesem Jahr unterzeichnen. Der Bundesrat verweist auf die laufende Vernehmlassung.</p><p>«Brüssel hat Geduld gelernt, aber keine unbegrenzte», sagt die Europarechtlerin Annemarie Flückiger von der Universität Freiburg.</p>",
        lambda k: it(k, "Bilaterale III: Brüssel drängt auf Tempo, Bern auf Zeit", w, ["Reto Sommerhalder"], quotes=[q("Annemarie Flückiger", "Universität Freiburg")],
                     note="Swiss spelling (ss, «» quotes). Relations with the EU: relevant."))
    w = d(2026, 3, 4, 13, 5, 0, 1)
    add(893087, "ukraine-waffenstillstand-genf-gespraeche", "Ukraine-Gespräche in Genf: Delegationen einigen sich auf Gefangenenaustausch", w, ["Nadja Brunner", "Stefan Oberholzer"],
        "<p>Bei den Gesprächen in Genf haben sich die Delegationen der Ukraine und Russlands auf einen weiteren Gefangenenaustausch geeinigt. Ein Waffenstillstand bleibt fern.</p>",
        lambda k: it(k, "Ukraine-Gespräche in Genf: Delegationen einigen sich auf Gefangenenaustausch", w, ["Nadja Brunner", "Stefan Oberholzer"], note="Two Atom authors. Relevant."))
    w = d(2026, 3, 3, 20, 45, 0, 1)
    add(893041, "kommentar-neutralitaet-ist-kein-geschaeftsmodell", "Kommentar: Neutralität ist kein Geschäftsmodell", w, ["Urs Gerber-Leuenberger"],
        "<p>Die Schweiz kann nicht gleichzeitig Vermittlerin sein und Waffenexporte an Partner blockieren, die sie um Hilfe bitten.</p>",
        lambda k: it(k, "Kommentar: Neutralität ist kein Geschäftsmodell", w, ["Urs Gerber-Leuenberger"], note="Commentary. Title label 'Kommentar:' may be kept or dropped. Relevant."))
    w = d(2026, 3, 3, 15, 30, 0, 1)
    add(893020, "sda-chile-waldbraende-valparaiso", "Waldbrände in Chile: Zahl der Toten steigt auf 46", w, ["SDA"],
        "<p>Bei den Waldbränden in der chilenischen Region Valparaíso ist die Zahl der Toten auf 46 gestiegen. Hunderte Häuser wurden zerstört.</p>",
        lambda k: it(k, "Waldbrände in Chile: Zahl der Toten steigt auf 46", w, [], note="The only author is the agency 'SDA', not a person. Relevant."))
    w = d(2026, 3, 2, 19, 10, 0, 1)
    add(892988, "bern-gemeinderat-velostreifen", "Stadt Bern plant 14 Kilometer neue Velostreifen", w, ["Lena Zürcher"],
        "<p>Der Gemeinderat will bis 2028 vierzehn Kilometer neue Velostreifen bauen. Das Gewerbe kritisiert den Wegfall von Parkplätzen.</p>",
        lambda k: it(k, "Stadt Bern plant 14 Kilometer neue Velostreifen", w, ["Lena Zürcher"], rel=False, note="Local news in the feed: a story, not relevant."))
    w = d(2026, 3, 2, 8, 0, 0, 1)
    add(892960, "iran-atomgespraeche-oman-vermittlung", "Oman vermittelt neue Atomgespräche zwischen Iran und den USA", w, ["Nadja Brunner"],
        "<p>Iran und die USA wollen ihre indirekten Atomgespräche in Maskat fortsetzen. «Beide Seiten brauchen einen Erfolg, den sie zu Hause verkaufen können», sagt der Nahostexperte Karim Sayegh.</p>",
        lambda k: it(k, "Oman vermittelt neue Atomgespräche zwischen Iran und den USA", w, ["Nadja Brunner"], quotes=[q("Karim Sayegh")], note="Relevant."))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-CH">'
            f'<id>{base}/international</id><title>Aare Tagblatt – International</title><updated>{d(2026, 3, 4, 18, 22, 0, 1).isoformat()}</updated>'
            f'<link rel="self" href="{base}/international.atom"/><link rel="alternate" href="{base}/international"/><generator>livingdocs</generator>'
            + "".join(entries) + "</feed>\n")
    return feed("de_ch_aaretagblatt_international_livingdocs.atom.xml", text, items, lang="de", outlet="Aare Tagblatt", shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Bern daily's international section as Atom from a Livingdocs delivery (/international.atom): xml:lang de-CH, everything after the prolog on one line, 'urn:livingdocs:<brand>:<id>' entry ids, type=html titles and summaries (escaped <p>), published and updated, one <author><name> per author (an agency 'SDA' as the only author), Swiss spelling and «» quotes, a commentary and a local story, +01:00 ISO dates in March 2026")


# ---------------------------------------------------------------- Vienna news portal on Brightspot
def wiendirekt():
    rows, items = [], []
    base = "https://www.wiendirekt.example"

    def add(slug, title, when, creator, desc, exp):
        link = f"{base}/welt/{slug}"
        cr = f"\n      <dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{link}</link>\n      <description>{cd(desc)}</description>\n      <pubDate>{gmt(when)}</pubDate>\n      <guid>{link}</guid>{cr}\n      <category>Welt</category>\n    </item>")
        items.append(exp(link))

    w = d(2025, 7, 15, 19, 40, 0, 2)
    add("ungarn-orban-eu-gelder-eingefroren", "EU friert weitere Milliarden für Ungarn ein", w, "Clemens Hörbiger",
        "<p>Die EU-Kommission hält weitere 1,3 Milliarden Euro für Ungarn zurück. Budapest spricht von Erpressung.</p><p>„Das Geld ist das einzige Argument, das in Budapest gehört wird“, sagte die Politologin Theresa Maierhofer von der Universität Wien.</p>",
        lambda k: it(k, "EU friert weitere Milliarden für Ungarn ein", w, ["Clemens Hörbiger"], quotes=[q("Theresa Maierhofer", "Universität Wien")], note="Neighbour and EU: relevant. German „“ quotes."))
    w = d(2025, 7, 15, 14, 15, 0, 2)
    add("syrien-suwaida-kaempfe-drusen", "Heftige Kämpfe im Süden Syriens: Israel greift ein", w, "APA/AFP",
        "<p>Bei Kämpfen zwischen drusischen Milizen und Beduinen in der syrischen Provinz Suwaida sind Dutzende Menschen getötet worden. Israel flog Angriffe auf Regierungstruppen.</p>",
        lambda k: it(k, "Heftige Kämpfe im Süden Syriens: Israel greift ein", w, [], note="Agency credit 'APA/AFP', not a person. Relevant."))
    w = d(2025, 7, 15, 9, 0, 0, 2)
    add("gewinnspiel-sommer-urlaub-kroatien", "Gewinnspiel: Eine Woche Urlaub in Kroatien gewinnen!", w, "",
        "<p>Jetzt mitmachen und mit etwas Glück eine Woche in Istrien gewinnen. Teilnahmeschluss ist der 31. Juli.</p>",
        lambda k: it(k, "Gewinnspiel: Eine Woche Urlaub in Kroatien gewinnen!", w, [], story=False, rel=False, note="Sweepstake promotion: not a story."))
    w = d(2025, 7, 14, 21, 30, 0, 2)
    add("usa-zoelle-eu-30-prozent-reaktion", "30 Prozent Zoll: Was Trumps Drohung für Österreichs Exporteure bedeutet", w, "Magdalena Stadler, Markus Pichlmayr",
        "<p>Die USA drohen der EU ab August mit Zöllen von 30 Prozent. Für Österreich sind die USA der zweitwichtigste Exportmarkt.</p><p>„Maschinenbauer in Oberösterreich spüren die Unsicherheit schon jetzt“, sagte Wolfgang Leitner von der Industriellenvereinigung Oberösterreich.</p>",
        lambda k: it(k, "30 Prozent Zoll: Was Trumps Drohung für Österreichs Exporteure bedeutet", w, ["Magdalena Stadler", "Markus Pichlmayr"], quotes=[q("Wolfgang Leitner", "Industriellenvereinigung Oberösterreich")],
                     note="Two authors in one comma-separated dc:creator. Relevant."))
    w = d(2025, 7, 14, 16, 50, 0, 2)
    add("srebrenica-gedenken-30-jahre", "30 Jahre Srebrenica: Tausende bei Gedenkfeier", w, "Clemens Hörbiger",
        "<p>Tausende Menschen haben in Potočari an den Völkermord von Srebrenica vor 30 Jahren erinnert. Sieben neu identifizierte Opfer wurden beigesetzt.</p><p>„Meine Mutter hat 30 Jahre auf diesen Tag gewartet“, sagte Emir Hodžić, dessen Vater unter den Beigesetzten war.</p>",
        lambda k: it(k, "30 Jahre Srebrenica: Tausende bei Gedenkfeier", w, ["Clemens Hörbiger"], quotes=[q("Emir Hodžić")], note="Relevant."))
    w = d(2025, 7, 14, 10, 10, 0, 2)
    add("japan-oberhauswahl-ishiba", "Japan wählt: Regierungskoalition droht Mehrheit im Oberhaus zu verlieren", w, "Julia Kirchschläger",
        "<p>Vor der Oberhauswahl in Japan am Sonntag liegt die Regierungskoalition in Umfragen knapp unter der Mehrheit.</p>",
        lambda k: it(k, "Japan wählt: Regierungskoalition droht Mehrheit im Oberhaus zu verlieren", w, ["Julia Kirchschläger"], note="Relevant."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{NS_ALL}>\n  <channel>\n    <title>Welt | WienDirekt</title>\n    <link>{base}/welt</link>\n'
            f"    <description>Nachrichten aus aller Welt</description>\n    <language>de-AT</language>\n    <generator>Brightspot</generator>\n    <lastBuildDate>{gmt(d(2025, 7, 15, 19, 45, 0, 2))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("de_at_wiendirekt_welt_brightspot.rss.xml", text, items, lang="de", outlet="WienDirekt",
                ctype="application/rss+xml;charset=UTF-8",
                structure="Vienna news portal's world section on Brightspot (/welt.rss): generator 'Brightspot', language de-AT, CDATA titles and HTML descriptions (no content:encoded), link guids, dc:creator in CDATA (an agency pair 'APA/AFP', two people joined by a comma), „“ quotes, a sweepstake promo, GMT dates for a +0200 newsroom, July 2025")


# ---------------------------------------------------------------- Rome national daily on Arc XP
def capitolino():
    rows, items = [], []
    base = "https://www.corrierecapitolino.example"

    def add(slug, title, when, creator, desc, body, exp):
        link = f"{base}/esteri/{when:%Y/%m/%d}/news/{slug}-{uid(base, slug)[:8]}/"
        cr = f"\n      <dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{link}</link>\n      <guid isPermaLink=\"true\">{link}</guid>{cr}\n      <description>{cd(desc)}</description>\n"
                    f"      <pubDate>{gmt(when)}</pubDate>\n      <content:encoded>{cd(body)}</content:encoded>\n    </item>")
        items.append(exp(link))

    w = d(2025, 4, 22, 20, 10, 0, 2)
    add("conclave-cardinali-arrivo-roma", "Conclave, i cardinali arrivano a Roma: le prime congregazioni", w, "Alessandra Ferrante",
        "Oltre cento porporati già in città. Le congregazioni generali decideranno la data del Conclave",
        "<p>Sono già più di cento i cardinali arrivati a Roma per le congregazioni generali che fisseranno la data del Conclave.</p><p>«Nessuno entra in Sistina con un nome in tasca, ma tutti entrano con un identikit», spiega il vaticanista Giulio Santangelo.</p>",
        lambda k: it(k, "Conclave, i cardinali arrivano a Roma: le prime congregazioni", w, ["Alessandra Ferrante"], quotes=[q("Giulio Santangelo")], note="The Holy See is a foreign state covered from Rome: relevant."))
    w = d(2025, 4, 22, 15, 45, 0, 2)
    add("india-pakistan-attacco-kashmir-pahalgam", "Kashmir, attacco contro turisti a Pahalgam: almeno 26 morti", w, "Redazione Esteri",
        "Uomini armati hanno aperto il fuoco su un gruppo di turisti. Nuova Delhi accusa gruppi basati in Pakistan",
        "<p>Almeno 26 persone sono state uccise in un attacco contro turisti nella località di Pahalgam, nel Kashmir indiano.</p>",
        lambda k: it(k, "Kashmir, attacco contro turisti a Pahalgam: almeno 26 morti", w, [], note="Desk credit 'Redazione Esteri', not a person. Relevant."))
    w = d(2025, 4, 22, 11, 30, 0, 2)
    add("dazi-usa-ue-negoziato-meloni", "Dazi, Meloni e il negoziato con Washington: cosa può ottenere l'Italia", w, "Paolo Cipriani, Martina Leone",
        "Dopo l'incontro alla Casa Bianca, Roma punta a un ruolo di ponte tra Usa e Ue",
        "<p>Dopo l'incontro alla Casa Bianca, il governo punta a un ruolo di mediazione tra Washington e Bruxelles sui dazi.</p><p>«L'Italia può aprire una porta, ma a trattare è la Commissione», osserva Federica Colonna dell'Istituto per gli Studi Atlantici.</p>",
        lambda k: it(k, "Dazi, Meloni e il negoziato con Washington: cosa può ottenere l'Italia", w, ["Paolo Cipriani", "Martina Leone"], quotes=[q("Federica Colonna", "Istituto per gli Studi Atlantici")], note="Two authors comma-separated. Relevant."))
    w = d(2025, 4, 21, 19, 0, 0, 2)
    add("foto-fedeli-piazza-san-pietro", "Le immagini dei fedeli in piazza San Pietro", w, "",
        "La fotogallery",
        "<p>La fotogallery.</p>",
        lambda k: it(k, "Le immagini dei fedeli in piazza San Pietro", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2025, 4, 21, 13, 20, 0, 2)
    add("ucraina-tregua-pasqua-violazioni", "Ucraina, la tregua di Pasqua finisce tra accuse reciproche di violazioni", w, "dal nostro inviato Lorenzo Bianchini",
        "Kiev denuncia centinaia di attacchi durante le trenta ore di cessate il fuoco",
        "<p>KIEV — La tregua di Pasqua annunciata da Mosca si è chiusa tra accuse reciproche: Kiev parla di quasi tremila violazioni.</p><p>«Abbiamo sentito l'artiglieria tutta la notte, come sempre», racconta Oksana Petrenko, volontaria a Zaporizhzhia.</p>",
        lambda k: it(k, "Ucraina, la tregua di Pasqua finisce tra accuse reciproche di violazioni", w, ["Lorenzo Bianchini"], quotes=[q("Oksana Petrenko")],
                     note="dc:creator begins with 'dal nostro inviato' (our correspondent): the person is Lorenzo Bianchini. Relevant."))
    w = d(2025, 4, 21, 8, 15, 0, 2)
    add("germania-merz-governo-coalizione", "Germania, via libera della Spd al governo con Merz", w, "Martina Leone",
        "Gli iscritti approvano il contratto di coalizione. Merz cancelliere a maggio",
        "<p>Gli iscritti della Spd hanno approvato il contratto di coalizione con la Cdu-Csu, aprendo la strada all'elezione di Friedrich Merz a cancelliere.</p>",
        lambda k: it(k, "Germania, via libera della Spd al governo con Merz", w, ["Martina Leone"], note="Relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" version="2.0">\n  <channel>\n'
            f"    <title>{cd('Il Corriere Capitolino')}</title>\n    <link>{base}</link>\n    <atom:link href=\"{base}/arc/outboundfeeds/rss/category/esteri/?outputType=xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"    <description>{cd('Il Corriere Capitolino News Feed')}</description>\n    <lastBuildDate>{gmt(d(2025, 4, 22, 20, 12, 0, 2))}</lastBuildDate>\n    <language>it</language>\n    <ttl>1</ttl>\n    <sy:updatePeriod>hourly</sy:updatePeriod>\n    <sy:updateFrequency>1</sy:updateFrequency>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_corrierecapitolino_esteri_arcxp.rss.xml", text, items, lang="it", outlet="Il Corriere Capitolino", aliases=["Corriere Capitolino"],
                ctype="application/rss+xml",
                structure="Rome national daily's foreign desk ('esteri') on Arc XP Outbound Feeds: CDATA channel title and 'Brand News Feed' description, ttl 1, permalink guids with '/esteri/YYYY/MM/DD/news/<slug>-<id>/' URLs, CDATA titles and dek descriptions, content:encoded, dc:creator in CDATA (a desk 'Redazione Esteri', two comma-separated names, 'dal nostro inviato' before a name), «» quotes, a photo gallery, GMT dates for a +0200 newsroom, April 2025")


# ---------------------------------------------------------------- Sassari regional on WordPress 6 + Yoast (Italian)
def gallura():
    base, brand = "https://www.gazzettadigallura.example", "La Gazzetta di Gallura"
    E = []

    def yo(title, link):
        return f'<p>L\'articolo <a href="{link}">{esc(title)}</a> proviene da <a href="{base}">{brand}</a>.</p>'

    def add(pid, slug, title, when, creator, cats, paras, exp):
        title = html.unescape(title)
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        body = "".join(f"<p>{p}</p>\n" for p in paras) + yo(title, link)
        excerpt = f"<p>{paras[0][:150].rsplit(' ', 1)[0]} [&#8230;]</p>\n" + yo(title, link)
        # label built now: the lambda reads the enclosing `w`, which later items rebind (audit fix)
        E.append((pid, slug, title, when, creator, cats, excerpt, body, exp(f"{base}/?p={pid}")))

    w = d(2024, 11, 6, 18, 30, 0, 1)
    add(331904, "elezioni-usa-sardi-in-america", "Elezioni Usa, i sardi d&#8217;America: &#8220;Qui si vota sul prezzo della spesa&#8221;", w, "Giovanna Satta", ["Mondo"],
        ["Nella comunità sarda del New Jersey la vittoria repubblicana non sorprende nessuno.",
         "&#8220;Qui si vota sul prezzo della spesa, non sui comizi&#8221;, racconta Antonello Pinna, originario di Ozieri, che gestisce un ristorante a Paterson.",
         "I circoli dei sardi negli Stati Uniti sono una ventina."],
        lambda k: it(k, "Elezioni Usa, i sardi d’America: “Qui si vota sul prezzo della spesa”", w, ["Giovanna Satta"], quotes=[q("Antonello Pinna")], junk=["proviene da"],
                     note="Title with curly quotes as numeric references. Yoast's Italian 'L'articolo … proviene da …' closes excerpt and content. Relevant."))
    w = d(2024, 11, 6, 12, 0, 0, 1)
    add(331880, "trump-vince-presidenziali-reazioni-europa", "Trump vince le presidenziali, le reazioni delle capitali europee", w, "Redazione", ["Mondo", "Primo piano"],
        ["Donald Trump ha vinto le elezioni presidenziali americane. Da Bruxelles, Berlino e Parigi arrivano messaggi di congratulazioni e di cautela.",
         "Le borse europee hanno aperto in calo, con l'eccezione dei titoli della difesa."],
        lambda k: it(k, "Trump vince le presidenziali, le reazioni delle capitali europee", w, [], junk=["proviene da"], note="Creator 'Redazione' is not a person. Relevant."))
    w = d(2024, 11, 5, 17, 45, 0, 1)
    add(331851, "corsica-sardegna-collegamenti-bonifacio", "Bocche di Bonifacio, accordo con la Corsica per i traghetti d&#8217;inverno", w, "Marco Deiana", ["Mondo", "Trasporti"],
        ["La Regione e la Collettività di Corsica hanno firmato un accordo per garantire i collegamenti marittimi tra Santa Teresa Gallura e Bonifacio anche in inverno.",
         "&#8220;Per noi la Corsica è più vicina di Cagliari&#8221;, dice il sindaco di Santa Teresa, Nicola Careddu."],
        lambda k: it(k, "Bocche di Bonifacio, accordo con la Corsica per i traghetti d’inverno", w, ["Marco Deiana"], quotes=[q("Nicola Careddu", "Santa Teresa")], junk=["proviene da"],
                     note="Cross-border agreement with Corsica (France): relevant."))
    w = d(2024, 11, 5, 10, 20, 0, 1)
    add(331830, "valencia-alluvione-volontari-sardi", "Alluvione a Valencia, partiti i volontari della protezione civile sarda", w, "Giovanna Satta", ["Mondo"],
        ["Una squadra di venti volontari della protezione civile regionale è partita per Valencia, colpita dall'alluvione che ha causato oltre duecento morti.",
         "&#8220;Porteremo pompe idrovore e braccia&#8221;, ha detto il coordinatore Sebastiano Mura."],
        lambda k: it(k, "Alluvione a Valencia, partiti i volontari della protezione civile sarda", w, ["Giovanna Satta"], quotes=[q("Sebastiano Mura", "coordinatore della protezione civile")], junk=["proviene da"], note="Relevant."))
    w = d(2024, 11, 4, 19, 10, 0, 1)
    add(331802, "olbia-nuovo-terminal-crociere", "Olbia, via ai lavori per il nuovo terminal crociere", w, "Marco Deiana", ["Olbia", "Mondo"],
        ["Sono partiti i lavori per il nuovo terminal crociere dell'Isola Bianca, che sarà pronto per la stagione 2026."],
        lambda k: it(k, "Olbia, via ai lavori per il nuovo terminal crociere", w, ["Marco Deiana"], rel=False, junk=["proviene da"], note="Local news also tagged 'Mondo': a story, not relevant."))
    w = d(2024, 11, 4, 9, 0, 0, 1)
    add(331785, "medio-oriente-unifil-soldati-sardi-libano", "Libano, i militari della Brigata Sassari restano nella base Unifil", w, "Redazione", ["Mondo"],
        ["I militari della Brigata Sassari impegnati con la missione Unifil nel sud del Libano restano nelle basi nonostante i combattimenti, ha confermato il ministero della Difesa.",
         "&#8220;I ragazzi stanno bene e sono in contatto con le famiglie ogni sera&#8221;, ha detto il colonnello Gavino Piras."],
        lambda k: it(k, "Libano, i militari della Brigata Sassari restano nella base Unifil", w, [], quotes=[q("Gavino Piras")], junk=["proviene da"], note="Relevant."))
    for i, e in enumerate(E):
        E[i] = (*e[:2], e[2].replace("&#8217;", "’").replace("&#8220;", "“").replace("&#8221;", "”"), *e[3:])
    text, items = _wp(base, brand, "6.6.2", "it-IT", "Notizie dalla Gallura, dalla Sardegna e dal mondo", E, 1, chan=f"Mondo Archivi - {brand}", cat="mondo")
    return feed("it_gazzettadigallura_mondo_wp66_yoast.rss.xml", text, items, lang="it", outlet=brand, aliases=["Gazzetta di Gallura"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Sassari-province regional daily's 'Mondo' category on WordPress 6.6 with Yoast SEO: Italian Yoast channel title 'Mondo Archivi - Brand', language it-IT, tab-indented WordPress template, CDATA dc:creator ('Redazione' on desk copy), '?p=' guids, excerpts ending in '[&#8230;]', Yoast's Italian 'L'articolo … proviene da …' paragraph on excerpt and content, titles with curly quotes and apostrophes as numeric references, a local story tagged Mondo, GMT dates, November 2024")


FEEDS = [rno, aare, wiendirekt, capitolino, gallura]
