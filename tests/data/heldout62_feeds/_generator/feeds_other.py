# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian, Portuguese and Urdu feeds of the sixty-second held-out set."""
import re

from h62 import NS_WP, TL, d, esc, feed, gmt, it, plain_doc, q, rfc822, rows_to, wp_doc, wp_item

NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def _wp(B, rows, cut=180, more="[&#8230;]"):
    items, exp = [], []
    for pid, title, date, cr, cats, body, kw in sorted(rows, key=lambda r: r[2], reverse=True):
        link = f"{B}{date:%Y/%m/%d}/{pid}/"
        first = re.sub(r"<[^>]+>", "", body.split("</p>")[0])
        items.append(wp_item(title, link, f"{B}?p={pid}", date, cr, cats, f"{first[:cut].rsplit(' ', 1)[0]} {more}", body))
        exp.append(it(f"{B}?p={pid}", title, date, **kw))
    return items, exp


def siegen():
    """eZ Publish RSS export, 2016."""
    B = "http://www.siegerland-bote.example"
    rows = [
        ("Hurrikan-Matthew-Hunderte-Tote-in-Haiti", "Hurrikan „Matthew“: Hunderte Tote in Haiti", d(2016, 10, 7, 17, 30, 0, 2), "",
         "<p>Port-au-Prince. Der Hurrikan „Matthew“ hat im Südwesten Haitis Hunderte Menschen getötet. Zehntausende sind obdachlos. „Die Lage in Jérémie ist katastrophal, ganze Viertel sind weggespült“, sagte Marie-Claude Joseph vom haitianischen Zivilschutz. (dpa)</p>",
         dict(authors=[], quotes=[q("Marie-Claude Joseph", "haitianischen Zivilschutz")], junk=["(dpa)"], note="Naturkatastrophe im Ausland (Regel D): relevant. Agenturkürzel am Ende, keine Person.")),
        ("Siegener-Student-in-der-Tuerkei-festgenommen", "Siegener Student in der Türkei festgenommen – Auswärtiges Amt eingeschaltet", d(2016, 10, 6, 19, 5, 0, 2), "Von Jana Roth",
         "<p>Von Jana Roth</p><p>Siegen/Istanbul. Ein 24-jähriger Student der Universität Siegen sitzt seit einer Woche in Istanbul in Untersuchungshaft. Ihm wird Terrorpropaganda vorgeworfen. „Er hat nur Fotos von einer Demonstration gemacht“, sagt sein Vater Heinrich Aydın-Wetter. Ein Sprecher des Auswärtigen Amts sagte, man bemühe sich um konsularischen Zugang.</p>",
         dict(authors=["Jana Roth"], quotes=[q("Heinrich Aydın-Wetter")], note="Deutscher in ausländischer Haft (Regel C-a): relevant. Der Vater hat keine Zugehörigkeit; der AA-Sprecher spricht nur in indirekter Rede: kein Zitat. Die Autorzeile steht nur im Text.")),
        ("Ceta-Wallonie-blockiert-Abkommen", "Ceta: Wallonie blockiert Abkommen – Südwestfalens Industrie besorgt", d(2016, 10, 21, 16, 0, 0, 2), "Von Markus Dietz und Jana Roth",
         "<p>Von Markus Dietz und Jana Roth</p><p>Siegen/Brüssel. Das Nein des wallonischen Regionalparlaments zum Handelsabkommen der EU mit Kanada sorgt bei den Maschinenbauern im Siegerland für Unruhe. „Für unsere Betriebe ist Kanada ein Wachstumsmarkt, den wir nicht verspielen dürfen“, sagte Klaus-Peter Hain, Hauptgeschäftsführer der Industrie- und Handelskammer Siegen.</p>",
         dict(authors=["Markus Dietz", "Jana Roth"], quotes=[q("Klaus-Peter Hain", "Industrie- und Handelskammer Siegen")], note="Handelsabkommen EU–Kanada: relevant. 'Von A und B' im Text: zwei Personen.")),
        ("Uni-Siegen-Neubau-am-Unteren-Schloss", "Uni Siegen: Neubau am Unteren Schloss eröffnet", d(2016, 10, 5, 12, 0, 0, 2), "",
         "<p>Von Markus Dietz</p><p>Siegen. Die Universität hat ihren Neubau in der Innenstadt eröffnet. 1200 Studierende lernen künftig am Unteren Schloss.</p>",
         dict(authors=["Markus Dietz"], rel=False, note="Lokales: nicht relevant.")),
        ("Sportfreunde-Siegen-gewinnen-Derby", "Sportfreunde Siegen gewinnen Derby", d(2016, 10, 2, 17, 45, 0, 2), "",
         "<p>Siegen. Die Sportfreunde haben das Derby im Leimbachstadion mit 2:0 gewonnen.</p>",
         dict(authors=[], rel=False, note="Sport: nicht relevant.")),
        ("Bildergalerie-Herbstkirmes", "Bildergalerie: Herbstkirmes auf dem Herrengarten", d(2016, 10, 1, 20, 0, 0, 2), "",
         "<p>Die schönsten Bilder von der Kirmes. Fotos: Peter Schäfer</p>",
         dict(authors=[], story=False, rel=False, junk=["Fotos: Peter Schäfer"], note="Bildergalerie: keine Meldung. " + TL.format("Bildergalerie:"))),
    ]

    def make(n, r):
        alias, title, date, _, body, _k = r
        link = f"{B}/Nachrichten/Welt/{alias}"
        return (f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(body)}</description>\n"
                f"<pubDate>{rfc822(date)}</pubDate>\n<guid isPermaLink=\"true\">{link}</guid>\n</item>"), link

    rows.sort(key=lambda r: r[2], reverse=True)
    items, exp = rows_to(rows, make)
    head = (f"<title>Siegerland-Bote: Welt</title>\n<link>{B}/Nachrichten/Welt</link>\n<description></description>\n<language>de-DE</language>\n"
            f"<managingEditor>redaktion@siegerland-bote.example</managingEditor>\n<pubDate>{rfc822(d(2016, 10, 21, 16, 5, 0, 2))}</pubDate>\n"
            f"<lastBuildDate>{rfc822(d(2016, 10, 21, 16, 5, 0, 2))}</lastBuildDate>\n<generator>eZ Publish</generator>\n"
            f"<image>\n<url>{B}/var/siegerland/storage/images/logo.png</url>\n<title>Siegerland-Bote: Welt</title>\n<link>{B}/Nachrichten/Welt</link>\n</image>")
    return feed("de_nw_siegerlandbote_welt_ezpublish.rss.xml", plain_doc(head, items), exp, lang="de", outlet="Siegerland-Bote",
                structure="Siegen (Südwestfalen) Tageszeitung, eZ Publish RSS-Export (2016): Kanal 'Marke: Welt', leere description, managingEditor, image; eZ-URL-Aliase '/Nachrichten/Welt/<Alias>' als permalink-guid NACH pubDate; kein Autor-Element, die Autorzeile 'Von A und B' als erster Absatz der escapten HTML-description; Agenturkürzel '(dpa)', Bildergalerie, Lokal- und Sportmeldungen; +0200.",
                notes="Home country: Germany.")


def coburg():
    """WordPress 5.0 category feed, 2019."""
    B = "https://www.vestebote.example/"
    rows = [
        (22817, "Brexit-Abstimmung: Unterhaus lehnt Austrittsabkommen deutlich ab", d(2019, 1, 15, 21, 40, 0, 1), ["Sabine Lutz"], ["Welt", "Politik"],
         "<p><strong>London/Coburg</strong> &#8211; Das britische Unterhaus hat das Austrittsabkommen mit der EU mit großer Mehrheit abgelehnt. Für die exportstarken Betriebe in Oberfranken wächst die Unsicherheit.</p>\n<p>&#8222;Ein ungeregelter Austritt ist heute Abend deutlich wahrscheinlicher geworden&#8220;, sagte Fabian Herold, Außenwirtschaftsreferent der Industrie- und Handelskammer zu Coburg.</p>",
         dict(authors=["Sabine Lutz"], quotes=[q("Fabian Herold", "Industrie- und Handelskammer zu Coburg")], note="Brexit und Handel: relevant.")),
        (22823, "Venezuela: Machtkampf in Caracas – Europäer fordern Neuwahlen", d(2019, 1, 26, 15, 0, 0, 1), ["AFP/dpa"], ["Welt"],
         "<p><strong>Caracas</strong> &#8211; Im Machtkampf in Venezuela haben mehrere EU-Staaten Neuwahlen binnen acht Tagen gefordert.</p>\n<p>&#8222;Die Armee ist der Schlüssel. Solange sie stillhält, ändert sich wenig&#8220;, sagte die Politologin Carmen Ruiz von der Universität Bamberg.</p>",
         dict(authors=[], quotes=[q("Carmen Ruiz", "Universität Bamberg")], note="Weltpolitik: relevant. Agenturkürzel: keine Person.")),
        (22809, "Coburger Urlauber bei Busunfall in Thailand leicht verletzt", d(2019, 1, 12, 11, 20, 0, 1), ["Jonas Eckardt"], ["Coburg", "Welt"],
         "<p><strong>Coburg/Krabi</strong> &#8211; Bei einem Busunfall in Südthailand sind vier Urlauber aus Coburg leicht verletzt worden.</p>\n<p>&#8222;Wir hatten großes Glück, der Bus ist nur in den Graben gerutscht&#8220;, sagte Monika Brandt am Telefon.</p>",
         dict(authors=["Jonas Eckardt"], rel=False, quotes=[q("Monika Brandt")], note="Kleiner Unfall im Ausland, private Sache (Regeln C und D): nicht relevant.")),
        (22801, "Handelsstreit USA–China: Coburger Zulieferer spüren die Zölle", d(2019, 1, 10, 18, 0, 0, 1), ["Jonas Eckardt"], ["Coburg", "Wirtschaft"],
         "<p><strong>Coburg</strong> &#8211; Die Strafzölle zwischen den USA und China treffen die Automobilzulieferer in der Region. Ein Coburger Hersteller von Sitzsystemen verlagert Teile der Produktion für den US-Markt nach Mexiko.</p>",
         dict(authors=["Jonas Eckardt"], note="Handelskonflikt zweier Staaten mit Folgen für die Region: relevant.")),
        (22798, "HSC 2000 Coburg verliert beim Tabellenführer", d(2019, 1, 9, 22, 10, 0, 1), ["Sportredaktion"], ["Sport"],
         "<p>Die Handballer unterlagen auswärts mit 24:29.</p>",
         dict(authors=[], rel=False, note="Sport: nicht relevant.")),
        (22795, "Podcast „Vestefunk“, Folge 12: Fasching in Coburg", d(2019, 1, 8, 6, 0, 0, 1), ["Redaktion"], ["Podcast"],
         "<p>Jetzt anhören: Wir sprechen über die Narrenzeit. Zu hören auf Spotify und iTunes.</p>",
         dict(authors=[], story=False, rel=False, note="Podcast: keine Meldung.")),
    ]
    items, exp = _wp(B, rows)
    text = wp_doc("Welt – Vestebote", B + "rubrik/welt/", B + "rubrik/welt/feed/", "Nachrichten aus Coburg, Oberfranken und der Welt", "de-DE",
                  d(2019, 1, 26, 15, 5, 0, 1), "5.0.3", items).replace("Welt – Vestebote", "Welt &#8211; Vestebote", 1)
    return feed("de_by_vestebote_welt_wp50.rss.xml", text, exp, lang="de", outlet="Vestebote",
                structure="Coburg (Oberfranken) Nachrichtenportal, WordPress 5.0 Rubrik-Feed 'Welt &#8211; Marke' (2019): '?p='-guids, '[&#8230;]'-Auszüge, content:encoded mit fetter Ortsmarke und &#8222;…&#8220;-Zitaten, dc:creator mit Person, 'AFP/dpa', 'Sportredaktion' oder 'Redaktion', Podcast, +0000.",
                notes="Home country: Germany.")


def salzgitter():
    """Custom CMS feed proxied by FeedBurner, 2015."""
    B = "http://www.salzgitter-rundblick.example"
    rows = [
        ("sr-0426-0415", "Erdbeben in Nepal: Mehr als 2500 Tote", d(2015, 4, 26, 18, 10, 0, 2), "dpa",
         "Kathmandu. Nach dem schweren Erdbeben in Nepal ist die Zahl der Toten auf mehr als 2500 gestiegen. „Wir brauchen Zelte, Wasser und Ärzte, und zwar sofort“, sagte Ram Prasad Adhikari, Sprecher der nepalesischen Katastrophenschutzbehörde.",
         dict(authors=[], quotes=[q("Ram Prasad Adhikari", "nepalesischen Katastrophenschutzbehörde")], note="Naturkatastrophe im Ausland (Regel D): relevant.")),
        ("sr-0427-0402", "Nepal: Bergsteiger aus Salzgitter vermisst – Krisenstab tagt", d(2015, 4, 27, 16, 30, 0, 2), "Birte Kranz",
         "Salzgitter. Unter den Deutschen, die nach dem Beben in Nepal noch vermisst werden, ist ein 41-jähriger Bergsteiger aus Lebenstedt. Der Krisenstab des Auswärtigen Amts tagte am Montag erneut. „Wir haben seit Samstag nichts von ihm gehört“, sagt seine Schwester Anke Wollny.",
         dict(authors=["Birte Kranz"], quotes=[q("Anke Wollny")], note="Deutsche unter den Vermissten einer Katastrophe im Ausland, Krisenstab (Regel C-b, C-c): relevant.")),
        ("sr-0423-0388", "Flüchtlingsdrama im Mittelmeer: EU verdreifacht Mittel für Seenotrettung", d(2015, 4, 23, 22, 45, 0, 2), "Birte Kranz und Ole Martens",
         "Brüssel. Nach dem Untergang eines Flüchtlingsbootes mit Hunderten Toten haben die EU-Staats- und Regierungschefs auf einem Sondergipfel beschlossen, die Mittel für die Seenotrettung zu verdreifachen. „Das ist zu wenig und kommt zu spät“, kritisierte Lena Gerdes, Sprecherin des Vereins Mare Aperto.",
         dict(authors=["Birte Kranz", "Ole Martens"], quotes=[q("Lena Gerdes", "Mare Aperto")], note="EU-Gipfel nach einem Unglück mit Hunderten Toten: relevant.")),
        ("sr-0424-0391", "Billigstahl aus China: Salzgitter AG hofft auf EU-Schutzzölle", d(2015, 4, 24, 10, 0, 0, 2), "Ole Martens",
         "Salzgitter. Die EU-Kommission prüft Antidumpingzölle auf Stahl aus China und Taiwan. „Wir verlangen nur fairen Wettbewerb, keinen Schutz“, sagte Betriebsratschef Uwe Fricke von der Salzgitter AG.",
         dict(authors=["Ole Martens"], quotes=[q("Uwe Fricke", "Salzgitter AG")], note="EU-Handelspolitik gegenüber China, über ein heimisches Unternehmen erzählt, mit einem Verfahren der EU: relevant (grenzwertig).")),
        ("sr-0425-0398", "Liveticker: Beben in Nepal – die Lage im Überblick", d(2015, 4, 25, 13, 0, 0, 2), "Redaktion",
         "Alle Entwicklungen nach dem Erdbeben in Nepal im Liveticker. Die Seite wird laufend aktualisiert.",
         dict(authors=[], story=False, rel=False, note="Liveticker: keine Meldung. " + TL.format("Liveticker:"))),
        ("sr-0421-0377", "Gewinnspiel: Tickets für den Salzgitter-Sommer", d(2015, 4, 21, 9, 0, 0, 2), "Rundblick-Aktion",
         "Wir verlosen 3 x 2 Karten. Teilnahmeschluss ist der 30. April. Der Rechtsweg ist ausgeschlossen.",
         dict(authors=[], story=False, rel=False, note="Gewinnspiel: keine Meldung.")),
    ]
    FB = "http://feedproxy.google.com/~r/SalzgitterRundblick/~3/"

    def make(n, r):
        gid, title, date, by, desc, _ = r
        orig = f"{B}/artikel/{gid}.html"
        tok = "".join(c for c in gid if c.isalnum()).upper()[::-1][:11]
        return (f"<item>\n<title>{esc(title)}</title>\n<link>{FB}{tok}/{gid}.html</link>\n<guid isPermaLink=\"false\">{gid}</guid>\n"
                f"<pubDate>{rfc822(date)}</pubDate>\n<dc:creator>{esc(by)}</dc:creator>\n"
                f"<description>{esc(desc)}&lt;img src=\"http://feeds.feedburner.com/~r/SalzgitterRundblick/~4/{tok}\" height=\"1\" width=\"1\" alt=\"\"/&gt;</description>\n"
                f"<feedburner:origLink>{orig}</feedburner:origLink></item>"), gid

    rows.sort(key=lambda r: r[2], reverse=True)
    items, exp = rows_to(rows, make)
    head = (f"<title>Salzgitter Rundblick - Nachrichten</title>\n<link>{B}/</link>\n<description>Nachrichten aus Salzgitter und der Welt</description>\n<language>de</language>\n"
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/SalzgitterRundblick" /><feedburner:info uri="salzgitterrundblick" />')
    text = plain_doc(head, items, ns=NS_DC + ' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"')
    return feed("de_ni_salzgitterrundblick_nachrichten_feedburner.rss.xml", text, exp, lang="de", outlet="Salzgitter Rundblick",
                structure="Salzgitter Wochen- und Onlinezeitung, eigenes CMS hinter FeedBurner (2015): feedproxy-Links mit feedburner:origLink am Ende des Items, nicht-permalink guids 'sr-MMDD-NNNN', dc:creator mit Person, 'A und B', 'dpa', 'Redaktion' oder 'Rundblick-Aktion', FeedBurner-Zählpixel in der escapten description, Gewinnspiel, +0200.",
                notes="Home country: Germany.")


def rovigo():
    """Joomla 3 category feed, 2017."""
    B = "https://www.cronachepolesane.example"
    rows = [
        (5512, "Uragano Irma, rodigina bloccata a Saint-Martin: la Farnesina organizza il rientro", d(2017, 9, 9, 10, 20, 0), "Giulia Ferrante",
         "<p>Una giovane di Adria è tra gli italiani bloccati sull'isola di Saint-Martin devastata dall'uragano Irma. L'Unità di crisi della Farnesina ha organizzato un volo per riportarli in Italia.</p>\n<p>«Non abbiamo acqua né corrente da tre giorni, fuori è tutto distrutto», ha raccontato al telefono Elisa Bellinato, 34 anni.</p>",
         dict(authors=["Giulia Ferrante"], quotes=[q("Elisa Bellinato")], note="Italiani coinvolti in una catastrofe all'estero, rimpatrio organizzato dall'Unità di crisi (regola C-b, C-c): rilevante. L'età non è un'affiliazione.")),
        (5509, "Irma devasta i Caraibi e punta sulla Florida: almeno 20 morti", d(2017, 9, 8, 19, 0, 0), "Redazione",
         "<p>L'uragano Irma ha provocato almeno 20 morti nelle Antille prima di dirigersi verso Cuba e la Florida.</p>\n<p>«Sulle isole non è rimasto quasi nulla in piedi», ha detto Jean-Luc Morel, della Croce Rossa francese.</p>",
         dict(authors=[], quotes=[q("Jean-Luc Morel", "Croce Rossa francese")], note="Catastrofe naturale all'estero (regola D): rilevante. 'Redazione' non è una persona.")),
        (5516, "Corea del Nord, nuovo missile sopra il Giappone. Convocato il Consiglio di sicurezza Onu", d(2017, 9, 15, 8, 45, 0), "Marco Zanella",
         "<p>Pyongyang ha lanciato un altro missile balistico che ha sorvolato l'isola giapponese di Hokkaido.</p>\n<p>«Ogni test alza l'asticella: il rischio di un errore di calcolo è reale», spiega Paolo Trevisan, docente di relazioni internazionali all'Università di Padova.</p>",
         dict(authors=["Marco Zanella"], quotes=[q("Paolo Trevisan", "Università di Padova")], note="Politica internazionale: rilevante.")),
        (5505, "Sanzioni alla Russia, le aziende polesane: «Export dimezzato in tre anni»", d(2017, 9, 7, 12, 0, 0), "Giulia Ferrante",
         "<p>Le imprese agroalimentari del Polesine chiedono al governo di sostenere a Bruxelles un allentamento dell'embargo russo, rinnovato dall'Unione europea fino a gennaio.</p>\n<p>«Così si muore: abbiamo perso metà dei clienti in Russia», dice Loredana Milan, presidente di Confcommercio Rovigo.</p>",
         dict(authors=["Giulia Ferrante"], quotes=[q("Loredana Milan", "Confcommercio Rovigo")], note="Sanzioni Ue–Russia e commercio estero: rilevante.")),
        (5501, "Rugby, il Rovigo batte Calvisano al Battaglini", d(2017, 9, 6, 21, 0, 0), "Redazione Sport",
         "<p>Vittoria rossoblù per 27-19.</p>",
         dict(authors=[], rel=False, note="Sport: non rilevante.")),
        (5498, "FOTO - Sagra del radicchio a Lendinara", d(2017, 9, 5, 18, 0, 0), "Redazione",
         "<p>Le immagini della sagra. (Foto Cronache Polesane)</p>",
         dict(authors=[], story=False, rel=False, junk=["(Foto Cronache Polesane)"], note="Galleria fotografica: non è una notizia. " + TL.format("FOTO -"))),
    ]

    def make(n, r):
        aid, title, date, by, body, _ = r
        link = f"{B}/index.php/mondo/{aid}-{re.sub(r'[^a-z0-9]+', '-', title.lower())[:40].strip('-')}"
        return (f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{link}</link>\n\t\t\t<guid isPermaLink=\"true\">{link}</guid>\n"
                f"\t\t\t<description><![CDATA[{body}]]></description>\n\t\t\t<author>redazione@cronachepolesane.example ({by})</author>\n"
                f"\t\t\t<category>Mondo</category>\n\t\t\t<pubDate>{rfc822(date)}</pubDate>\n\t\t</item>"), link

    rows.sort(key=lambda r: r[2], reverse=True)
    items, exp = rows_to(rows, make)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            "\t\t<title>Mondo - Cronache Polesane</title>\n\t\t<description><![CDATA[Notizie da Rovigo, dal Polesine e dal mondo]]></description>\n"
            f"\t\t<link>{B}/index.php/mondo</link>\n\t\t<lastBuildDate>{rfc822(d(2017, 9, 15, 8, 50, 0))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
            f"\t\t<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"{B}/index.php/mondo?format=feed&amp;type=rss\"/>\n\t\t<language>it-it</language>\n"
            + "\n".join(items) + "\n\t</channel>\n</rss>\n")
    return feed("it_ro_cronachepolesane_mondo_joomla3.rss.xml", text, exp, lang="it", outlet="Cronache Polesane",
                structure="Rovigo (Polesine) quotidiano online, Joomla 3 feed di categoria (2017): 'Mondo - Sito', guid permalink '/index.php/mondo/<id>-<alias>', <author> 'email (Nome)' con persona o 'Redazione', descrizioni HTML in CDATA con «» e 'ha raccontato', 'spiega', 'FOTO -', date +0000.",
                notes="Home country: Italy.")


def cosenza():
    """WordPress 4.8 category feed, 2017."""
    B = "https://www.gazzettadelcrati.example/"
    rows = [
        (61204, "Terremoto al confine tra Iran e Iraq, oltre 400 morti", d(2017, 11, 13, 13, 10, 0, 1), ["Redazione"], ["Esteri"],
         "<p>È salito a oltre 400 morti il bilancio del terremoto di magnitudo 7.3 che ha colpito la regione di confine tra Iran e Iraq.</p>\n<p>«Molti villaggi sono irraggiungibili, lavoriamo con le torce», ha dichiarato alla tv di Stato Hossein Karimi, portavoce della Mezzaluna Rossa iraniana.</p>",
         dict(authors=[], quotes=[q("Hossein Karimi", "Mezzaluna Rossa iraniana")], note="Catastrofe naturale all'estero (regola D): rilevante.")),
        (61198, "Naufragio al largo della Libia, 31 dispersi. A Vibo i superstiti", d(2017, 11, 12, 18, 30, 0, 1), ["Francesca Aiello"], ["Esteri", "Calabria"],
         "<p>Trentuno migranti risultano dispersi dopo il naufragio di un gommone al largo di Zuara. I 64 superstiti sono sbarcati a Vibo Marina.</p>\n<p>«Alcuni di loro hanno visto annegare i propri figli», racconta un operatore dell'Oim.</p>",
         dict(authors=["Francesca Aiello"], quotes=[q("un operatore dell'Oim")], note="Naufragio con oltre dieci dispersi al largo della Libia (regola D): rilevante. Anonimo mostrato come il testo lo descrive.")),
        (61190, "Cosentino arrestato in Colombia, la madre: «Mio figlio è innocente»", d(2017, 11, 10, 16, 0, 0, 1), ["Antonio Gallo"], ["Esteri", "Cosenza"],
         "<p>Un 29enne di Rende è detenuto da due settimane a Cartagena con l'accusa di traffico di droga. La famiglia chiede l'intervento della Farnesina.</p>\n<p>«Mio figlio è innocente, era lì in vacanza», dice la madre, Rosaria Perri. Il consolato italiano a Bogotà segue il caso.</p>",
         dict(authors=["Antonio Gallo"], quotes=[q("Rosaria Perri")], note="Italiano detenuto da uno Stato estero (regola C-a): rilevante. La madre non ha affiliazione.")),
        (61185, "Cosenza, lavori in corso Mazzini: negozi in affanno", d(2017, 11, 9, 11, 0, 0, 1), ["Antonio Gallo"], ["Cosenza"],
         "<p>I commercianti chiedono tempi certi per la fine del cantiere.</p>",
         dict(authors=["Antonio Gallo"], rel=False, note="Cronaca cittadina: non rilevante.")),
        (61181, "Serie C, il Cosenza pareggia a Catania", d(2017, 11, 5, 22, 0, 0, 1), ["Redazione Sport"], ["Sport"],
         "<p>Finisce 1-1 al Massimino.</p>",
         dict(authors=[], rel=False, note="Sport: non rilevante.")),
        (61177, "Iscriviti alla newsletter della Gazzetta del Crati", d(2017, 11, 4, 9, 0, 0, 1), ["Redazione"], ["Newsletter"],
         "<p>Ogni mattina le notizie di Cosenza e della Calabria nella tua casella di posta.</p>",
         dict(authors=[], story=False, rel=False, note="Newsletter: non è una notizia.")),
    ]
    items, exp = _wp(B, rows)
    text = wp_doc("Esteri – La Gazzetta del Crati", B + "category/esteri/", B + "category/esteri/feed/", "Notizie da Cosenza e dalla Calabria", "it-IT",
                  d(2017, 11, 13, 13, 15, 0, 1), "4.8.3", items).replace("Esteri – La Gazzetta del Crati", "Esteri &#8211; La Gazzetta del Crati", 1)
    return feed("it_cs_gazzettadelcrati_esteri_wp48.rss.xml", text, exp, lang="it", outlet="La Gazzetta del Crati", aliases=["Gazzetta del Crati"],
                structure="Cosenza, sito di notizie WordPress 4.8 (2017): feed di categoria 'Esteri &#8211; Sito', guid '?p=', estratti '[&#8230;]', content:encoded con «», dc:creator con persona o 'Redazione', virgolettato nel titolo, newsletter, date +0000.",
                notes="Home country: Italy.")


def ribeirao():
    """Drupal 8 views RSS, 2018."""
    B = "https://www.diariodamogiana.example"
    rows = [
        (90412, "Guerra comercial: China compra mais soja brasileira e produtor da região comemora", d(2018, 9, 24, 10, 30, 0, -3), "Renata Quaresma",
         "<p>Com a guerra tarifária entre Estados Unidos e China, os chineses aumentaram as compras de soja do Brasil e o preço pago no interior paulista subiu.</p><p>“Nunca vendemos tão bem para a China. Mas não dá para depender de uma briga entre dois gigantes”, afirmou Jorge Maciel, presidente da Associação dos Produtores de Soja da Alta Mogiana.</p>",
         dict(authors=["Renata Quaresma"], quotes=[q("Jorge Maciel", "Associação dos Produtores de Soja da Alta Mogiana")], note="Comércio exterior na guerra comercial EUA–China: relevante.")),
        (90431, "Terremoto e tsunami na Indonésia deixam mais de 800 mortos", d(2018, 9, 30, 9, 15, 0, -3), "Da Redação, com agências",
         "<p>O número de mortos no terremoto seguido de tsunami na ilha de Celebes, na Indonésia, passou de 800.</p><p>“Ainda há muitas vítimas sob os escombros”, disse Made Suartana, porta-voz da agência nacional de gestão de desastres.</p>",
         dict(authors=[], quotes=[q("Made Suartana", "agência nacional de gestão de desastres")], note="Catástrofe no exterior (regra D): relevante. Crédito de redação: nenhuma pessoa.")),
        (90418, "Ribeirão-pretano é preso na Bolívia; Itamaraty acompanha o caso", d(2018, 9, 26, 18, 40, 0, -3), "Tiago Fontes",
         "<p>Um técnico agrícola de 37 anos, morador do Jardim Irajá, está preso há dez dias em Santa Cruz de la Sierra, acusado de transportar defensivos contrabandeados.</p><p>“Ele foi trabalhar numa fazenda e acabou preso sem saber por quê”, disse a irmã, Cláudia Moretti. Em nota, o Itamaraty informou que o consulado em Santa Cruz presta assistência.</p>",
         dict(authors=["Tiago Fontes"], quotes=[q("Cláudia Moretti")], note="Brasileiro preso por um Estado estrangeiro (regra C-a): relevante. A irmã não tem afiliação.")),
        (90420, "Mercosul e UE retomam negociação; citricultores da região esperam abertura", d(2018, 9, 27, 12, 0, 0, -3), "Renata Quaresma",
         "<p>Negociadores do Mercosul e da União Europeia voltaram a se reunir em Montevidéu. Para os exportadores de suco de laranja da região, a tarifa europeia de 12% é o principal obstáculo.</p>",
         dict(authors=["Renata Quaresma"], note="Negociação comercial Mercosul–UE: relevante. Sem citação.")),
        (90409, "Ao vivo: debate entre candidatos ao governo de São Paulo", d(2018, 9, 23, 20, 0, 0, -3), "Da Redação",
         "<p>Acompanhe em tempo real o debate entre os candidatos ao Palácio dos Bandeirantes.</p>",
         dict(authors=[], story=False, rel=False, note="Página ao vivo: não é notícia. " + TL.format("Ao vivo:"))),
        (90405, "Vídeo: veja como ficou a nova rodoviária", d(2018, 9, 22, 15, 0, 0, -3), "TV Mogiana",
         "<p>Assista ao vídeo.</p>",
         dict(authors=[], story=False, rel=False, note="Vídeo: não é notícia. " + TL.format("Vídeo:"))),
    ]

    def make(n, r):
        nid, title, date, by, body, _ = r
        link = f"{B}/noticia/{nid}"
        return (f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <description>{esc(body)}</description>\n"
                f"  <pubDate>{rfc822(date)}</pubDate>\n    <dc:creator>{esc(by)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {B}</guid>\n    </item>"), f"{nid} at {B}"

    rows.sort(key=lambda r: r[2], reverse=True)
    items, exp = rows_to(rows, make)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + B + '/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            f"    <title>Mundo | Diário da Mogiana</title>\n    <link>{B}/mundo</link>\n    <description>Notícias do mundo</description>\n    <language>pt-br</language>\n    \n    "
            + "\n    ".join(items) + "\n  </channel>\n</rss>\n")
    return feed("pt_br_sp_diariodamogiana_mundo_drupal8.rss.xml", text, exp, lang="pt", outlet="Diário da Mogiana",
                structure="Ribeirão Preto (SP) jornal, Drupal 8 views RSS (2018): 'Mundo | Marca', '/noticia/<nid>' links, guids '<nid> at <base>', dc:creator com pessoa, 'Da Redação, com agências', 'Esporte' ou 'TV Mogiana', descrições HTML escapadas com “” e 'afirmou', 'disse a irmã', datas -0300.",
                notes="Home country: Brazil.")


def setubal():
    """WordPress 5.1 with the AMP plugin, 2019."""
    B = "https://gazetadosado.example/"
    rows = [
        (14410, "Ciclone Idai: Portugal envia equipa de emergência para a Beira", d(2019, 3, 20, 17, 30, 0), ["Inês Valadas", "Lusa"], ["Mundo"],
         "<p>Uma equipa de 35 operacionais portugueses parte esta quarta-feira para a Beira, em Moçambique, a cidade mais atingida pelo ciclone Idai, que já fez centenas de mortos.</p>\n<p>«Levamos capacidade de purificação de água e um hospital de campanha», afirmou o comandante Rui Lobato, da Autoridade Nacional de Emergência e Proteção Civil.</p>",
         dict(authors=["Inês Valadas"], quotes=[q("Rui Lobato", "Autoridade Nacional de Emergência e Proteção Civil")], note="Ajuda portuguesa a uma catástrofe no estrangeiro: relevante. 'Lusa' como segundo criador é uma agência.")),
        (14402, "Brexit: emigrantes de Setúbal no Reino Unido correm a pedir estatuto de residente", d(2019, 3, 18, 11, 0, 0), ["Carlos Pimenta"], ["Mundo", "Setúbal"],
         "<p>A poucos dias da data prevista para a saída do Reino Unido da União Europeia, o consulado-geral em Londres reforçou o atendimento aos portugueses que pedem o estatuto de residente.</p>\n<p>«Ninguém nos diz o que acontece no dia 30», conta Sandra Matos, que vive em Londres há 12 anos.</p>",
         dict(authors=["Carlos Pimenta"], quotes=[q("Sandra Matos")], note="Brexit e portugueses no estrangeiro, o Estado reforça o consulado (regra C-b): relevante.")),
        (14398, "Portuguesa morre em acidente de mota na Tailândia", d(2019, 3, 16, 14, 0, 0), ["Carlos Pimenta"], ["Mundo"],
         "<p>Uma mulher de 28 anos, natural de Palmela, morreu num acidente de mota na ilha de Koh Samui. O Ministério dos Negócios Estrangeiros presta apoio à família.</p>",
         dict(authors=["Carlos Pimenta"], rel=False, note="Acidente privado no estrangeiro com apoio consular de rotina (regra C): não relevante.")),
        (14395, "Dragagens no Sado avançam apesar dos protestos ambientalistas", d(2019, 3, 15, 10, 0, 0), ["Inês Valadas"], ["Setúbal"],
         "<p>As obras de aprofundamento do canal de navegação do porto de Setúbal começaram esta semana.</p>",
         dict(authors=["Inês Valadas"], rel=False, note="Notícia local: não relevante.")),
        (14391, "Vitória empata com o Moreirense no Bonfim", d(2019, 3, 10, 20, 30, 0), ["Desporto"], ["Desporto"],
         "<p>Um golo em cada parte deu o 1-1 final.</p>",
         dict(authors=[], rel=False, note="Desporto: não relevante.")),
        (14388, "Galeria: os golfinhos do Sado", d(2019, 3, 9, 12, 0, 0), ["Gazeta do Sado"], ["Galerias"],
         "<p>Veja as fotografias. Fotos: Miguel Serrão</p>",
         dict(authors=[], story=False, rel=False, junk=["Fotos: Miguel Serrão"], note="Galeria: não é notícia. " + TL.format("Galeria:"))),
    ]
    items, exp = _wp(B, rows)
    items = [x.replace("\t\t<slash:comments>0</slash:comments>", f"\t\t<slash:comments>0</slash:comments>\n\t\t<atom:link rel=\"amphtml\" href=\"{x.split('<link>')[1].split('</link>')[0]}amp/\" />") for x in items]
    text = wp_doc("Mundo – Gazeta do Sado", B + "categoria/mundo/", B + "categoria/mundo/feed/", "Notícias de Setúbal", "pt-PT",
                  d(2019, 3, 20, 17, 35, 0), "5.1.1", items).replace("Mundo – Gazeta do Sado", "Mundo &#8211; Gazeta do Sado", 1)
    return feed("pt_pt_gazetadosado_mundo_wp51_amp.rss.xml", text, exp, lang="pt", outlet="Gazeta do Sado",
                structure="Setúbal jornal online, WordPress 5.1 com o plugin AMP (2019): 'Mundo &#8211; Marca', guids '?p=', atom:link rel='amphtml' por item, content:encoded com «» e 'afirmou o comandante', 'conta', 'Lusa' como segundo dc:creator, galeria, datas +0000.",
                notes="Home country: Portugal.")


def okara():
    """WordPress 4.6 category feed, Urdu, 2016."""
    B = "https://sutlejtimes.example/"
    rows = [
        (7781, "اُڑی حملے کے بعد پاک بھارت کشیدگی، کنٹرول لائن پر فوج چوکس", d(2016, 9, 21, 14, 0, 0, 5), ["ویب ڈیسک"], ["بین الاقوامی"],
         "<p>مقبوضہ کشمیر کے علاقے اُڑی میں فوجی کیمپ پر حملے کے بعد پاکستان اور بھارت کے درمیان کشیدگی بڑھ گئی ہے اور کنٹرول لائن پر فوج کو چوکس کر دیا گیا ہے۔</p>\n<p>دفاعی تجزیہ کار شاہد نواز کا کہنا تھا: &#8220;دونوں ملکوں کو سفارتی راستہ کھلا رکھنا ہوگا، ورنہ معاملہ ہاتھ سے نکل سکتا ہے۔&#8221;</p>",
         dict(authors=[], quotes=[q("شاہد نواز", "دفاعی تجزیہ کار")], note="پاک بھارت تعلقات: متعلقہ۔ 'ویب ڈیسک' کوئی شخص نہیں۔")),
        (7775, "سعودی عرب میں پھنسے پاکستانی مزدوروں کی واپسی کے لیے خصوصی پروازیں", d(2016, 9, 18, 10, 30, 0, 5), ["محمد عمران"], ["بین الاقوامی", "اوکاڑہ"],
         "<p>حکومت نے سعودی عرب میں تنخواہوں سے محروم ہزاروں پاکستانی مزدوروں کی واپسی کے لیے خصوصی پروازوں کا اعلان کیا ہے، جن میں اوکاڑہ کے درجنوں افراد بھی شامل ہیں۔</p>\n<p>دیپالپور کے رہائشی اللہ دتہ نے فون پر بتایا کہ &#8220;ہمیں سات ماہ سے تنخواہ نہیں ملی، کھانا بھی سفارتخانہ دے رہا ہے۔&#8221;</p>",
         dict(authors=["محمد عمران"], quotes=[q("اللہ دتہ")], note="بیرون ملک پھنسے پاکستانیوں کی سرکاری واپسی (قاعدہ C-b): متعلقہ۔ رہائش کوئی وابستگی نہیں۔")),
        (7770, "اقوام متحدہ: کشمیر پر قرارداد کے لیے سفارتی مہم تیز", d(2016, 9, 16, 19, 15, 0, 5), ["ویب ڈیسک", "ایجنسیاں"], ["بین الاقوامی"],
         "<p>اقوام متحدہ کی جنرل اسمبلی کے اجلاس سے قبل پاکستان نے کشمیر کے معاملے پر سفارتی مہم تیز کر دی ہے۔</p>\n<p>جامعہ پنجاب کی بین الاقوامی امور کی ماہر ڈاکٹر صائمہ اشرف نے کہا کہ &#8220;دنیا کی توجہ حاصل کرنے کا یہ بہترین موقع ہے۔&#8221;</p>",
         dict(authors=[], quotes=[q("صائمہ اشرف", "جامعہ پنجاب")], note="پاکستان کی خارجہ پالیسی: متعلقہ۔")),
        (7766, "طورخم پر آلو کی برآمد رک گئی، اوکاڑہ کے کاشتکار پریشان", d(2016, 9, 15, 9, 0, 0, 5), ["محمد عمران"], ["اوکاڑہ", "بین الاقوامی"],
         "<p>افغانستان کے ساتھ طورخم سرحد پر کشیدگی کے باعث آلو سے لدے سینکڑوں ٹرک رکے ہوئے ہیں اور ضلع کے کاشتکار نقصان میں ہیں۔</p>",
         dict(authors=["محمد عمران"], note="پاک افغان سرحدی تنازع اور تجارت: متعلقہ۔")),
        (7760, "قومی ٹیم انگلینڈ کے خلاف ٹی ٹوئنٹی کے لیے تیار", d(2016, 9, 6, 18, 0, 0, 5), ["اسپورٹس ڈیسک"], ["کھیل"],
         "<p>قومی ٹیم نے اولڈ ٹریفورڈ میں پریکٹس کی۔</p>",
         dict(authors=[], rel=False, note="کھیل: غیر متعلقہ۔")),
        (7756, "ویڈیو: بارش کے بعد اوکاڑہ کی سڑکیں تالاب بن گئیں", d(2016, 9, 5, 16, 0, 0, 5), ["ویڈیو ڈیسک"], ["ویڈیو"],
         "<p>دیکھیے ویڈیو۔</p>",
         dict(authors=[], story=False, rel=False, note="ویڈیو: خبر نہیں۔ " + TL.format("ویڈیو:"))),
    ]
    items, exp = _wp(B, rows, cut=140, more="[&hellip;]")
    text = wp_doc("بین الاقوامی – ستلج ٹائمز", B + "category/international/", B + "category/international/feed/", "اوکاڑہ اور دنیا کی خبریں", "ur",
                  d(2016, 9, 21, 14, 5, 0, 5), "4.6.1", items).replace("بین الاقوامی – ستلج ٹائمز", "بین الاقوامی &#8211; ستلج ٹائمز", 1)
    return feed("ur_pk_sutlejtimes_international_wp46.rss.xml", text, exp, lang="ur", outlet="ستلج ٹائمز",
                structure="Okara (Punjab) Urdu news site, WordPress 4.6 category feed (2016): 'بین الاقوامی &#8211; Site', '?p=' guids, '[&hellip;]' excerpts, content:encoded with &#8220;…&#8221; quotes after 'کا کہنا تھا:' and 'نے بتایا کہ', dc:creator holding a person, 'ویب ڈیسک', 'ایجنسیاں' or a desk, video item, +0000 dates.",
                notes="Home country: Pakistan.")


def dikhan():
    """Custom PHP feed, Urdu, 2018."""
    B = "http://www.damannews.example"
    rows = [
        ("سی پیک مغربی روٹ: ڈیرہ اسماعیل خان موٹروے پر چینی کمپنی کا کام تیز", d(2018, 3, 8, 12, 0, 0, 5), "نمائندہ دامان نیوز",
         "ڈیرہ اسماعیل خان: چین پاکستان اقتصادی راہداری کے مغربی روٹ کے تحت موٹروے کی تعمیر میں تیزی آ گئی ہے۔ چینی کمپنی ہوا شنگ انجینئرنگ کے پراجیکٹ منیجر لی چیانگ نے بتایا کہ \"ہم اگلے سال کے آخر تک پہلا حصہ مکمل کر لیں گے۔\"",
         dict(authors=[], quotes=[q("لی چیانگ", "ہوا شنگ انجینئرنگ")], note="چین پاکستان اقتصادی راہداری، دو ملکوں کا منصوبہ: متعلقہ (سرحدی)۔ 'نمائندہ' کوئی نام نہیں۔")),
        ("افغان مہاجرین کے قیام میں توسیع، افغان قونصل جنرل کا خیر مقدم", d(2018, 3, 6, 15, 30, 0, 5), "رپورٹ: عبدالرحمان گنڈاپور",
         "پشاور/ڈیرہ اسماعیل خان: وفاقی حکومت نے افغان مہاجرین کے پی او آر کارڈز کی مدت میں توسیع کر دی ہے۔ پشاور میں افغان قونصل جنرل عبدالواحد حکیمی نے کہا: \"یہ فیصلہ دونوں ملکوں کے درمیان اعتماد کا مظہر ہے۔\"",
         dict(authors=["عبدالرحمان گنڈاپور"], quotes=[q("عبدالواحد حکیمی", "افغان قونصل جنرل")], note="پاک افغان تعلقات: متعلقہ۔ 'رپورٹ:' نام کا حصہ نہیں۔")),
        ("شام: مشرقی غوطہ پر بمباری جاری، سینکڑوں ہلاک", d(2018, 3, 5, 20, 0, 0, 5), "ایجنسیاں",
         "دمشق: شام کے علاقے مشرقی غوطہ پر سرکاری افواج کی بمباری میں دو ہفتوں کے دوران سینکڑوں شہری ہلاک ہو چکے ہیں۔ اقوام متحدہ نے جنگ بندی پر عمل کا مطالبہ کیا ہے۔",
         dict(authors=[], note="عالمی خبر: متعلقہ۔ ایجنسیاں کوئی شخص نہیں۔")),
        ("ایران میں زائرین کی بس کو حادثہ، ڈیرہ کے تین افراد جاں بحق", d(2018, 3, 4, 11, 0, 0, 5), "نمائندہ دامان نیوز",
         "ڈیرہ اسماعیل خان: ایران کے شہر قم کے قریب زائرین کی بس الٹنے سے ڈیرہ اسماعیل خان کے تین افراد جاں بحق ہو گئے۔ جاں بحق ہونے والے عبدالستار کے بھائی نے کہا کہ \"ہم حکومت سے میتیں جلد واپس لانے کی اپیل کرتے ہیں۔\"",
         dict(authors=[], rel=False, quotes=[q("عبدالستار کے بھائی")], note="بیرون ملک ایک چھوٹا حادثہ، نجی معاملہ (قاعدہ C اور D): غیر متعلقہ۔ بھائی کا نام نہیں: پورے جملے کا گمنام قائل متن کے بیان کے مطابق ('عبدالستار کے بھائی')، کوئی وابستگی نہیں۔")),
        ("گومل یونیورسٹی میں داخلے شروع", d(2018, 3, 3, 10, 0, 0, 5), "نمائندہ دامان نیوز",
         "ڈیرہ اسماعیل خان: گومل یونیورسٹی میں نئے تعلیمی سال کے داخلے شروع ہو گئے۔",
         dict(authors=[], rel=False, note="مقامی خبر: غیر متعلقہ۔")),
        ("دامان نیوز کا واٹس ایپ گروپ جوائن کریں", d(2018, 3, 2, 9, 0, 0, 5), "دامان نیوز",
         "تازہ ترین خبریں اپنے موبائل پر حاصل کرنے کے لیے ہمارا واٹس ایپ گروپ جوائن کریں۔",
         dict(authors=[], story=False, rel=False, note="تشہیر: خبر نہیں۔")),
    ]

    def make(n, r):
        title, date, by, desc, _ = r[1], r[2], r[3], r[4], r[5]
        link = f"{B}/news.php?id={44120 - n * 7}"
        return (f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>\n<author>{esc(by)}</author>\n"
                f"<pubDate>{rfc822(date)}</pubDate>\n</item>"), link

    rows = [(None, *r) for r in rows]
    items, exp = rows_to(rows, make)
    head = f"<title>Daman News | دامان نیوز</title>\n<link>{B}/</link>\n<description>ڈیرہ اسماعیل خان اور دنیا بھر کی تازہ ترین خبریں</description>\n<language>ur</language>"
    return feed("ur_pk_damannews_latest_php.rss.xml", plain_doc(head, items), exp, lang="ur", outlet="دامان نیوز", aliases=["Daman News"],
                structure="Dera Ismail Khan Urdu news site, hand-written PHP feed (2018): channel 'Daman News | دامان نیوز', NO guid (the 'news.php?id=' link is the id), <author> holding 'رپورٹ: Name', 'نمائندہ دامان نیوز' or 'ایجنسیاں', 'City:' datelines, straight double quotes after 'نے بتایا کہ' and 'نے کہا:', WhatsApp promo, +0500 dates.",
                notes="Home country: Pakistan.")


FEEDS = [siegen, coburg, salzgitter, rovigo, cosenza, ribeirao, setubal, okara, dikhan]
