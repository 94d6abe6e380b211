# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German and Italian feeds of the thirty-fifth held-out set (2008–2016): a Graz daily on Joomla
1.5 (2008), a Kassel daily on TYPO3 with tt_news in ISO-8859-1 (2010), a Bern daily's
hand-written Atom with NewsML ids (2016), a Rome daily's legacy Java CMS in windows-1252 (2011)
and a Bari daily on WordPress 2.8 (2009). All outlets, people and quotations are invented."""
from h35 import cd, d, esc, feed, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Graz daily on Joomla 1.5, November 2008
def murtal():
    rows, items = [], []
    base = "http://www.murtalbote.example"

    def add(aid, slug, title, when, author, intro, exp, cat="Ausland"):
        url = f"{base}/ausland/{aid}-{slug}.html"
        au = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid>{url}</guid>\n\t\t\t<description>{cd(intro)}</description>{au}\n"
                    f"\t\t\t<category>{cat}</category>\n\t\t\t<pubDate>{utc0(when)}</pubDate>\n\t\t</item>")
        items.append(exp(url))

    w = d(2008, 11, 27, 19, 40, 0, 1)
    add(4411, "mumbai-terror-geiseln-im-taj-hotel", "Mumbai: Kommandos stürmen Hotels, Geiseln weiter in der Gewalt der Terroristen", w, "APA",
        '<p><img src="images/stories/ausland/mumbai.jpg" border="0" align="left" /><strong>Mumbai.</strong> Einen Tag nach der Anschlagsserie in der indischen Finanzmetropole haben Spezialeinheiten die beiden Luxushotels gestürmt. Mehr als 120 Menschen kamen ums Leben.</p>'
        '<p>Unter den Gästen des Taj Mahal Palace waren auch zwei Steirer. „Wir haben uns im Badezimmer eingesperrt und auf das Ende gewartet“, sagte Martin Hölzl aus Leoben der APA am Telefon.</p>',
        lambda k: it(k, "Mumbai: Kommandos stürmen Hotels, Geiseln weiter in der Gewalt der Terroristen", w, [], quotes=[q("Martin Hölzl")],
                     note="Joomla 1.5 feed: guid = link, CDATA intro text with a relative 'images/stories/' image, <author> holding the created_by_alias ('APA': an agency, not a person), pubDate in UTC +0000 (Graz is +0100). Bold dateline 'Mumbai.' is not part of a name. Relevant."))
    w = d(2008, 11, 26, 14, 5, 0, 1)
    add(4398, "obama-stellt-wirtschaftsteam-vor", "Obama stellt Wirtschaftsteam vor: „Die Lage wird schlechter, bevor sie besser wird“", w, "Mag. Eva Pirker",
        '<p><strong>Chicago/Washington.</strong> Der gewählte US-Präsident hat sein Wirtschaftsteam präsentiert. Für die heimischen Exporteure sei ein rasches Konjunkturpaket entscheidend, sagt Dr. Georg Strauss von der Wirtschaftskammer Steiermark: „Jeder dritte Arbeitsplatz im Murtal hängt am Export.“</p>',
        lambda k: it(k, "Obama stellt Wirtschaftsteam vor: „Die Lage wird schlechter, bevor sie besser wird“", w, ["Eva Pirker"], quotes=[q("Georg Strauss", "Wirtschaftskammer Steiermark")],
                     note="<author> with the academic title 'Mag.': not part of the name. The president-elect appears only as a setting. Relevant."))
    w = d(2008, 11, 25, 18, 30, 0, 1)
    add(4380, "koalitionsvertrag-spoe-oevp-unterzeichnet", "Koalitionsvertrag unterzeichnet: Neue Regierung wird am Dienstag angelobt", w, "Redaktion",
        '<p><strong>Wien.</strong> SPÖ und ÖVP haben ihren Koalitionspakt unterschrieben. Die Angelobung durch den Bundespräsidenten ist für Dienstag geplant.</p>',
        lambda k: it(k, "Koalitionsvertrag unterzeichnet: Neue Regierung wird am Dienstag angelobt", w, [], rel=False,
                     note="Austrian federal politics filed under 'Ausland' by mistake: a story, not relevant. 'Redaktion' is not a person.", ), cat="Innenpolitik")
    w = d(2008, 11, 24, 10, 0, 0, 1)
    add(4362, "thailand-demonstranten-besetzen-flughafen", "Thailand: Regierungsgegner legen Flughafen von Bangkok lahm", w, "Thomas Kogler",
        '<p><strong>Bangkok.</strong> Tausende Demonstranten haben den internationalen Flughafen Suvarnabhumi besetzt. Auch Urlauber aus Österreich sitzen fest, bestätigte das Außenministerium in Wien.</p>',
        lambda k: it(k, "Thailand: Regierungsgegner legen Flughafen von Bangkok lahm", w, ["Thomas Kogler"], note="Relevant."))
    w = d(2008, 11, 23, 20, 0, 0, 1)
    add(4350, "bildergalerie-adventmarkt-hauptplatz", "Bildergalerie: Der Adventmarkt am Hauptplatz ist eröffnet", w, "",
        '<p>Die schönsten Bilder vom Eröffnungsabend.</p>',
        lambda k: it(k, "Bildergalerie: Der Adventmarkt am Hauptplatz ist eröffnet", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."), cat="Steiermark")
    w = d(2008, 11, 22, 16, 45, 0, 1)
    add(4341, "kongo-fluechtlinge-goma", "Kongo: UNO warnt vor Cholera in Flüchtlingslagern um Goma", w, "APA/Reuters",
        '<p><strong>Goma.</strong> In den überfüllten Lagern nördlich von Goma breitet sich Cholera aus. „Wir haben sauberes Wasser für ein Drittel der Menschen“, sagte die Helferin Sabine Url von der Caritas Graz, die seit Oktober in der Region ist.</p>',
        lambda k: it(k, "Kongo: UNO warnt vor Cholera in Flüchtlingslagern um Goma", w, [], quotes=[q("Sabine Url", "Caritas Graz")], note="Agencies 'APA/Reuters': []. Relevant."))
    head = (f"\t\t<title>Ausland</title>\n\t\t<description>Murtaler Bote - Nachrichten aus der Steiermark und der Welt</description>\n\t\t<link>{base}/</link>\n"
            f"\t\t<lastBuildDate>{utc0(d(2008, 11, 27, 19, 41, 12, 1))}</lastBuildDate>\n\t\t<generator>Joomla! 1.5 - Open Source Content Management</generator>\n\t\t<language>de-de</language>\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! 1.5 - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_at_murtalbote_ausland_joomla15.rss.xml", text, items, lang="de", outlet="Murtaler Bote",
                structure="Graz/Upper Styria regional daily's 'Ausland' section on Joomla 1.5 (index.php?option=com_content&view=category&format=feed&type=rss) as of November 2008: the generator comment after the prolog, channel title just 'Ausland' (the brand only in the description), <generator>Joomla! 1.5 - Open Source Content Management</generator>, language de-de (Joomla's installed language: nothing says Austria except 'Steirer', 'Wien', 'angelobt', 'Wirtschaftskammer Steiermark'), tab indentation, '/ausland/<id>-<alias>.html' links repeated as guids, CDATA intro text with relative 'images/stories/' images and bold datelines 'Ort.', <author> holding a person ('Mag. Name'), 'APA', 'APA/Reuters', 'Redaktion' or absent, <category> after the author, pubDates in UTC (+0000), a home coalition story and an Advent-market gallery, „…“ quotes")


# ---------------------------------------------------------------- Kassel daily on TYPO3 4.2 with tt_news, ISO-8859-1, April 2010
def fulda():
    rows, items = [], []
    base = "http://www.fuldaecho.example"

    def add(nid, title, when, author, cat, desc, exp):
        url = f"{base}/index.php?id=42&amp;tx_ttnews[tt_news]={nid}&amp;tx_ttnews[backPid]=7&amp;cHash={nid * 7919 % 0xFFFFFF:06x}4e1a"
        au = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{esc(desc)}</description>\n\t\t\t<category>{cat}</category>{au}\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(url.replace("&amp;", "&")))

    w = d(2010, 4, 16, 18, 20, 0, 2)
    add(23871, "Aschewolke aus Island: Luftraum über Deutschland komplett gesperrt", w, "redaktion@fuldaecho.example (Jörg Hartmann)", "Welt",
        "Wegen der Vulkanasche aus Island ist seit Freitagmorgen kein Linienflug mehr in Deutschland gestartet. Auch Kassel-Calden bleibt geschlossen. „Niemand kann sagen, wie lange das dauert“, sagte Meteorologin Dr. Ulrike Brandes vom Deutschen Wetterdienst.",
        lambda k: it(k, "Aschewolke aus Island: Luftraum über Deutschland komplett gesperrt", w, ["Jörg Hartmann"], quotes=[q("Ulrike Brandes", "Wetterdienst")],
                     note="ISO-8859-1 declared in prolog and header and true (TYPO3 4.2's default renderCharset): umlauts and ß as single bytes, „…“ quotes as numeric references (Latin-1 has none). tt_news RSS template: no guid (the link with escaped tx_ttnews[...] brackets and cHash is the id), <author> 'e-mail (Name)'. An Icelandic eruption closing German airspace: relevant (world event with home effects)."))
    w = d(2010, 4, 15, 12, 0, 0, 2)
    add(23850, "Kaczynski-Beisetzung: Merkel reist nach Krakau", w, "", "Welt",
        "Zur Trauerfeier für den bei Smolensk tödlich verunglückten polnischen Präsidenten reisen zahlreiche Staats- und Regierungschefs nach Krakau. (dpa)",
        lambda k: it(k, "Kaczynski-Beisetzung: Merkel reist nach Krakau", w, [], junk=["(dpa)"], note="Agency tag '(dpa)' at the end. Heads of state appear only as settings. Relevant."))
    w = d(2010, 4, 14, 17, 10, 0, 2)
    add(23833, "Kirgistan: Übergangsregierung kündigt Verfassungsreferendum an", w, "redaktion@fuldaecho.example (Anke Vollmer)", "Welt",
        "Eine Woche nach dem Sturz des Präsidenten will die Übergangsregierung in Bischkek binnen sechs Monaten über eine neue Verfassung abstimmen lassen.",
        lambda k: it(k, "Kirgistan: Übergangsregierung kündigt Verfassungsreferendum an", w, ["Anke Vollmer"], note="Relevant."))
    w = d(2010, 4, 14, 9, 30, 0, 2)
    add(23820, "Afghanistan: Bundeswehr-Soldaten bei Baghlan getötet – Trauer in Nordhessen", w, "redaktion@fuldaecho.example (Jörg Hartmann)", "Welt",
        "Unter den vier bei Baghlan getöteten Soldaten ist ein 24-Jähriger aus dem Landkreis Kassel. „Er wollte im Sommer heiraten“, sagte Bürgermeister Klaus Wiegand aus Baunatal.",
        lambda k: it(k, "Afghanistan: Bundeswehr-Soldaten bei Baghlan getötet – Trauer in Nordhessen", w, ["Jörg Hartmann"], quotes=[q("Klaus Wiegand")],
                     note="Germany's military mission abroad with a local victim: relevant. En dash in the title as a Latin-1-less numeric reference."))
    w = d(2010, 4, 13, 20, 0, 0, 2)
    add(23805, "KSV Hessen verliert Derby gegen Darmstadt", w, "redaktion@fuldaecho.example (Tim Sauer)", "Sport",
        "Vor 6500 Zuschauern im Auestadion unterlag der KSV mit 0:2.",
        lambda k: it(k, "KSV Hessen verliert Derby gegen Darmstadt", w, ["Tim Sauer"], rel=False, note="Home sport: a story, not relevant."))
    w = d(2010, 4, 13, 8, 0, 0, 2)
    add(23790, "Gewinnspiel: Zwei Karten für das Documenta-Halle-Konzert", w, "", "Aktionen",
        "Mitmachen und gewinnen: Rufen Sie bis Freitag an.",
        lambda k: it(k, "Gewinnspiel: Zwei Karten für das Documenta-Halle-Konzert", w, [], story=False, rel=False, note="Reader competition: not a story."))
    head = (f"\t\t<title>Fulda-Echo: Welt</title>\n\t\t<link>{base}/</link>\n\t\t<description>Nachrichten aus Nordhessen und der Welt</description>\n\t\t<language>de</language>\n"
            f"\t\t<image>\n\t\t\t<title>Fulda-Echo: Welt</title>\n\t\t\t<url>{base}/fileadmin/templates/img/rsslogo.gif</url>\n\t\t\t<link>{base}/</link>\n\t\t\t<width>88</width>\n\t\t\t<height>31</height>\n\t\t</image>\n"
            "\t\t<generator>TYPO3 - get.content.right</generator>\n\t\t<docs>http://blogs.law.harvard.edu/tech/rss</docs>\n\t\t<copyright>Fulda-Echo Verlag GmbH</copyright>\n"
            f"\t\t<lastBuildDate>{rfc822(d(2010, 4, 16, 18, 21, 0, 2))}</lastBuildDate>\n")
    text = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n\t<channel>\n' + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    text = text.replace("„", "&#8222;").replace("“", "&#8220;").replace("–", "&#8211;")
    return feed("de_fuldaecho_welt_typo3_ttnews_latin1.rss.xml", text, items, lang="de", outlet="Fulda-Echo", encoding="latin-1", declared="iso-8859-1",
                ctype="application/rss+xml; charset=iso-8859-1",
                structure="Kassel regional daily's 'Welt' feed from TYPO3 4.2 with tt_news (type=100 page, RSS 2 template) as of April 2010: ISO-8859-1 declared in prolog and header and TRUE (umlauts and ß as single bytes, „…“ and – as numeric references), tab indentation, channel 'Brand: Welt', language 'de', an 88x31 <image>, <generator>TYPO3 - get.content.right</generator>, the old Harvard <docs> URL, copyright of the 'Verlag GmbH', NO guid (links 'index.php?id=42&amp;tx_ttnews[tt_news]=<n>&amp;tx_ttnews[backPid]=7&amp;cHash=<hex>' are the ids), escaped plain-text descriptions, <category> before <author> as 'e-mail (Name)', '(dpa)' tag, +0200 dates, home sport and a reader competition")


# ---------------------------------------------------------------- Bern daily, hand-written Atom with NewsML URNs, June 2016
def aare():
    entries, items = [], []
    base = "http://www.aarekurier.example"

    def add(aid, path, title, when, authors, cat, summary, exp):
        urn = f"urn:newsml:aarekurier.example:{when.strftime('%Y%m%d')}:art{aid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"<entry><title>{esc(title)}</title><link rel=\"alternate\" type=\"text/html\" href=\"{base}/{path}/story/{aid}\"/><id>{urn}</id>"
                       f"<published>{when.isoformat()}</published><updated>{when.isoformat()}</updated>{au}<category term=\"{esc(cat)}\"/>"
                       f"<summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(urn))

    w = d(2016, 6, 24, 8, 15, 0, 2)
    add(19384402, "ausland/europa", "Brexit: Die Briten stimmen für den Austritt aus der EU", w, ["Regula Aebersold, London"], "Ausland",
        "<p>51,9 Prozent der Stimmenden haben für den Austritt gestimmt. Der Premierminister kündigte seinen Rücktritt an.</p>"
        "<p>«Für die Schweiz wird die Personenfreizügigkeit damit noch schwieriger», sagt der Europarechtler Prof. Andreas Zbinden von der Universität Freiburg.</p>",
        lambda k: it(k, "Brexit: Die Briten stimmen für den Austritt aus der EU", w, ["Regula Aebersold"], quotes=[q("Andreas Zbinden", "Universität Freiburg")],
                     note="Hand-written Atom 1.0 on one line: NewsML URNs as ids, published = updated with +02:00, author 'Name, Ort', summary type=html escaped. Relevant."))
    w = d(2016, 6, 23, 19, 0, 0, 2)
    add(19383310, "ausland/europa", "Brexit-Abstimmung: Die Wahllokale schliessen, erste Resultate nach Mitternacht", w, ["sda"], "Ausland",
        "<p>In Grossbritannien sind die Wahllokale geschlossen. Umfragen deuten auf ein knappes Resultat hin.</p>",
        lambda k: it(k, "Brexit-Abstimmung: Die Wahllokale schliessen, erste Resultate nach Mitternacht", w, [], note="'sda' (the Swiss agency) is not a person. Relevant."))
    w = d(2016, 6, 23, 11, 30, 0, 2)
    add(19382901, "ausland/amerika", "Massaker von Orlando: Senat lehnt schärfere Waffengesetze ab", w, ["Thomas Wälti, Washington", "sda"], "Ausland",
        "<p>Zehn Tage nach dem Anschlag auf einen Nachtclub hat der US-Senat vier Vorschläge für schärfere Waffengesetze abgelehnt.</p>",
        lambda k: it(k, "Massaker von Orlando: Senat lehnt schärfere Waffengesetze ab", w, ["Thomas Wälti"],
                     note="Two Atom authors: a correspondent 'Name, Ort' and the agency 'sda'; only the person is an author. Relevant."))
    w = d(2016, 6, 22, 16, 0, 0, 2)
    add(19381777, "schweiz/standard", "Gotthard-Basistunnel: Die ersten Güterzüge rollen", w, ["Peter Stucki"], "Schweiz",
        "<p>Drei Wochen nach der Eröffnungsfeier haben die SBB den Testbetrieb mit Güterzügen aufgenommen.</p>",
        lambda k: it(k, "Gotthard-Basistunnel: Die ersten Güterzüge rollen", w, ["Peter Stucki"], rel=False, note="Home transport news: a story, not relevant."))
    w = d(2016, 6, 22, 9, 0, 0, 2)
    add(19381204, "sport/fussball", "EM 2016: Die Schweiz trifft im Achtelfinal auf Polen", w, [], "Sport",
        "<p>Die Nati spielt am Samstag in Saint-Etienne.</p>",
        lambda k: it(k, "EM 2016: Die Schweiz trifft im Achtelfinal auf Polen", w, [], rel=False, note="Sport (the national team abroad): a story, not relevant. No author."))
    w = d(2016, 6, 21, 18, 0, 0, 2)
    add(19380555, "ausland/video", "Video: So sieht es in Fort McMurray nach dem Waldbrand aus", w, [], "Video",
        "<p>Drohnenbilder.</p>",
        lambda k: it(k, "Video: So sieht es in Fort McMurray nach dem Waldbrand aus", w, [], story=False, rel=False, note="Video: not a story. Title label 'Video:' may be kept or dropped."))
    head = (f'<title>Aare-Kurier - Ausland</title><subtitle>Nachrichten aus Bern, der Schweiz und der Welt</subtitle><link rel="alternate" type="text/html" href="{base}/ausland"/>'
            f'<link rel="self" type="application/atom+xml" href="{base}/rss/ausland.atom"/><id>urn:newsml:aarekurier.example:feed:ausland</id>'
            f"<updated>{d(2016, 6, 24, 8, 16, 0, 2).isoformat()}</updated><rights>© Aare-Kurier</rights>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-CH">' + head + "".join(entries) + "</feed>"
    return feed("de_ch_aarekurier_ausland_atom_newsml.atom.xml", text, items, lang="de", outlet="Aare-Kurier", shape="atom",
                ctype="application/atom+xml; charset=UTF-8",
                structure="Bern daily's 'Ausland' feed as a hand-written Atom 1.0 document from a custom CMS fed by the Swiss agency's NewsML as of June 2016: the prolog on its own line and everything else on one line without a trailing newline, xml:lang de-CH, title 'Brand - Ausland', subtitle, alternate and self links, rights '© Brand', NewsML URNs ('urn:newsml:<host>:<YYYYMMDD>:art<id>') as feed and entry ids, '/<section>/<sub>/story/<8 digits>' links, published = updated with +02:00, Atom authors 'Name, Ort' and 'sda' (two authors on one entry), a term-only category, summary type=html with «…» quotes and Swiss spelling (ss for ß), a Swiss home transport story, Euro 2016 football and a video")


# ---------------------------------------------------------------- Rome daily's legacy Java CMS, windows-1252, March 2011
def tevere():
    rows, items = [], []
    base = "http://www.lavocedeltevere.example"

    def add(aid, sect, title, when, desc, exp, author=""):
        url = f"{base}/{sect}/articoli/{when.strftime('%Y/%m/%d')}/{aid}.shtml"
        au = f"\n<dc:creator>{esc(author)}</dc:creator>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>{au}\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"true\">{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(2011, 3, 20, 13, 30, 0, 1)
    add(162207, "esteri", "Libia, raid su Tripoli. L’Italia mette a disposizione sette basi", w,
        "<b>ROMA</b> - Dopo i primi attacchi francesi, britannici e americani, il governo ha messo a disposizione della coalizione sette basi aeree. «Non possiamo restare a guardare», ha detto il generale in congedo Luigi Santacroce, già consigliere militare a Bruxelles.",
        lambda k: it(k, "Libia, raid su Tripoli. L'Italia mette a disposizione sette basi", w, ["Chiara Mastrangelo"], quotes=[q("Luigi Santacroce")],
                     note="windows-1252 declared and true: ’ is byte 0x92, à/è/ù single bytes. Escaped <b> dateline 'ROMA -'. Italy's part in the Libya intervention: foreign policy, relevant."), author="Chiara Mastrangelo")
    w = d(2011, 3, 19, 21, 0, 0, 1)
    add(162180, "esteri", "Giappone, a Fukushima si lavora per riattivare il raffreddamento", w,
        "<b>TOKYO</b> - I tecnici della centrale hanno collegato un cavo elettrico al reattore 2. Tra gli italiani rimasti a Tokyo c’è chi non vuole partire: «Qui è casa nostra», racconta Marta Colasanti, interprete.",
        lambda k: it(k, "Giappone, a Fukushima si lavora per riattivare il raffreddamento", w, [], quotes=[q("Marta Colasanti")], note="No author. Relevant."))
    w = d(2011, 3, 18, 17, 45, 0, 1)
    add(162141, "roma", "Metro C, slitta ancora l’apertura della tratta Pantano-Centocelle", w,
        "La nuova data è fissata al 2013. Protestano i comitati di quartiere.",
        lambda k: it(k, "Metro C, slitta ancora l'apertura della tratta Pantano-Centocelle", w, [], rel=False, note="City news in the feed: a story, not relevant."))
    w = d(2011, 3, 17, 11, 0, 0, 1)
    add(162100, "politica", "150 anni dell’Unità, festa in tutta Italia. Il Quirinale: «Una nazione sola»", w,
        "Celebrazioni in tutte le piazze per il centocinquantesimo anniversario.",
        lambda k: it(k, "150 anni dell'Unità, festa in tutta Italia. Il Quirinale: «Una nazione sola»", w, [], rel=False, note="Home national anniversary: a story, not relevant."))
    w = d(2011, 3, 16, 19, 20, 0, 1)
    add(162077, "esteri", "Bahrein, i soldati sauditi entrano nel Paese. Sgomberata piazza della Perla", w,
        "<b>MANAMA</b> - Le forze di sicurezza hanno sgomberato con la forza il presidio dei manifestanti, un giorno dopo l’arrivo delle truppe del Golfo.",
        lambda k: it(k, "Bahrein, i soldati sauditi entrano nel Paese. Sgomberata piazza della Perla", w, ["Paolo Ferrante"], note="Relevant."), author="Paolo Ferrante")
    w = d(2011, 3, 16, 9, 0, 0, 1)
    add(162060, "multimedia", "FOTO - Lampedusa, gli sbarchi della notte", w, "Le immagini.",
        lambda k: it(k, "Lampedusa, gli sbarchi della notte", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'FOTO -' may be kept or dropped."))
    head = (f"<title>La Voce del Tevere - Esteri</title>\n<link>{base}/esteri/</link>\n<description>Le notizie dal mondo de La Voce del Tevere</description>\n<language>it</language>\n"
            f"<copyright>Copyright © 2011 La Voce del Tevere S.p.A.</copyright>\n<pubDate>{rfc822(d(2011, 3, 20, 13, 31, 0, 1))}</pubDate>\n")
    text = ('<?xml version="1.0" encoding="windows-1252"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_lavocedeltevere_esteri_cp1252.rss.xml", text, items, lang="it", outlet="La Voce del Tevere", aliases=["Voce del Tevere"], encoding="cp1252", declared="windows-1252",
                ctype="text/xml; charset=windows-1252",
                structure="Rome daily's 'Esteri' feed from a legacy Java CMS (Vignette-era '.shtml' pages) as of March 2011: windows-1252 declared in prolog and header and TRUE (’ as 0x92, © à è ù as single bytes), no indentation, channel 'Brand - Esteri', language 'it', copyright of the 'S.p.A.', channel pubDate, '/<section>/articoli/YYYY/MM/DD/<id>.shtml' links as permalink guids, escaped descriptions with a bold upper-case dateline 'CITTÀ -', dc:creator for some items only, +0100 dates, city news and the 150th anniversary in the feed, a 'FOTO -' gallery")


# ---------------------------------------------------------------- Bari daily on WordPress 2.8, October 2009
def levante():
    rows, items = [], []
    base = "http://www.gazzettalevantina.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#comments</comments>\n\t\t<pubDate>{utc0(when)}</pubDate>\n\t\t<dc:creator>{esc(creator)}</dc:creator>\n{cts}\n\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[{excerpt} [...]]]></description>\n\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2009, 10, 9, 14, 10, 0, 2)
    add(31877, "nobel-per-la-pace-a-obama", "Nobel per la pace a Obama. «Sorpreso e onorato»", w, "Redazione", ["Esteri"],
        "Il comitato di Oslo ha assegnato il premio al presidente americano a nove mesi dall&#8217;insediamento",
        "<p><strong>OSLO</strong> &#8211; Il comitato di Oslo ha assegnato il premio Nobel per la pace al presidente americano a nove mesi dall&#8217;insediamento. Molti osservatori sono sorpresi.</p>\n"
        "<p>«È un premio alle intenzioni più che ai risultati», commenta Vito Lorusso, docente di relazioni internazionali all&#8217;Università di Bari.</p>",
        lambda k: it(k, "Nobel per la pace a Obama. «Sorpreso e onorato»", w, [], quotes=[q("Vito Lorusso", "Università di Bari")],
                     note="WordPress 2.8 feed: channel title with the old ' &#187; ' separator, <language>en</language> left at the install default although the site is Italian, plain dc:creator ('Redazione': not a person), excerpt ending ' [...]'. The winner is a setting only. Relevant."))
    w = d(2009, 10, 8, 18, 30, 0, 2)
    add(31860, "afghanistan-ballottaggio-karzai-abdullah", "Afghanistan, verso il ballottaggio. L&#8217;Onu: «Un voto su tre annullato»", w, "Nicola Di Ciaula", ["Esteri", "Primo piano"],
        "I controllori delle Nazioni Unite hanno annullato quasi un terzo dei voti",
        "<p>I controllori delle Nazioni Unite hanno annullato quasi un terzo dei voti di Karzai in 210 seggi, aprendo la strada al secondo turno.</p>\n"
        "<p>Nella provincia di Herat operano 3.200 soldati italiani. «La sicurezza del ballottaggio sarà affidata in gran parte a noi», ha detto il colonnello Ruggero Palmisano.</p>",
        lambda k: it(k, "Afghanistan, verso il ballottaggio. L'Onu: «Un voto su tre annullato»", w, ["Nicola Di Ciaula"], quotes=[q("Ruggero Palmisano")],
                     note="A WordPress title with an entity escaped by hand in the editor, which the_title_rss escapes again ('L&amp;#8217;Onu'). Relevant."))
    w = d(2009, 10, 7, 20, 0, 0, 2)
    add(31842, "consulta-boccia-lodo-alfano", "La Consulta boccia il lodo Alfano", w, "Redazione", ["Politica"],
        "La Corte costituzionale ha dichiarato illegittima la legge",
        "<p>La Corte costituzionale ha dichiarato illegittima la legge che sospendeva i processi alle quattro più alte cariche dello Stato.</p>",
        lambda k: it(k, "La Consulta boccia il lodo Alfano", w, [], rel=False, note="Home politics: a story, not relevant."))
    w = d(2009, 10, 6, 16, 0, 0, 2)
    add(31830, "bari-vince-derby", "Il Bari vince il derby: 2-1 al Lecce al San Nicola", w, "Michele Cassano", ["Sport"],
        "Doppietta di Barreto",
        "<p>Doppietta dell&#8217;attaccante paraguaiano e il Bari torna a vincere davanti a 40mila tifosi.</p>",
        lambda k: it(k, "Il Bari vince il derby: 2-1 al Lecce al San Nicola", w, ["Michele Cassano"], rel=False, note="Home sport: a story, not relevant."))
    w = d(2009, 10, 5, 11, 0, 0, 2)
    add(31818, "irlanda-si-al-trattato-di-lisbona", "L’Irlanda dice sì al Trattato di Lisbona", w, "Anna Maria Sciacovelli", ["Esteri"],
        "Al secondo referendum il 67 per cento degli irlandesi ha approvato",
        "<p><strong>DUBLINO</strong> &#8211; Al secondo referendum il 67 per cento degli irlandesi ha approvato il trattato. Ora manca solo la firma di Praga.</p>",
        lambda k: it(k, "L'Irlanda dice sì al Trattato di Lisbona", w, ["Anna Maria Sciacovelli"], note="Relevant."))
    w = d(2009, 10, 5, 9, 0, 0, 2)
    add(31812, "sondaggio-fiera-del-levante", "Sondaggio: vi è piaciuta la Fiera del Levante?", w, "admin", ["Sondaggi"],
        "Votate",
        "<p>[poll id=&#8221;14&#8243;]</p>",
        lambda k: it(k, "Sondaggio: vi è piaciuta la Fiera del Levante?", w, [], story=False, rel=False,
                     note="Reader poll with an unexpanded WordPress shortcode (curly quotes from wptexturize): not a story. 'admin' is not a person."))
    head = (f"\t<title>Gazzetta Levantina &#187; Esteri</title>\n\t<atom:link href=\"{base}/category/esteri/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Il quotidiano di Bari e della Puglia</description>\n\t<lastBuildDate>{utc0(d(2009, 10, 9, 14, 12, 0, 2))}</lastBuildDate>\n"
            "\t<generator>http://wordpress.org/?v=2.8.4</generator>\n\t<language>en</language>\n\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n")
    ns = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + ns + ">\n\n<channel>\n" + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("it_gazzettalevantina_esteri_wp28.rss.xml", text, items, lang="it", outlet="Gazzetta Levantina", ctype="text/xml; charset=UTF-8",
                structure="Bari daily's 'Esteri' category on WordPress 2.8.4 as of October 2009: channel 'Brand &#187; Esteri' (the old » separator), <language>en</language> left at the install default, generator 'http://wordpress.org/?v=2.8.4', sy:update*, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, UTC +0000 pubDates (newsroom +0200), PLAIN dc:creator ('Redazione', a person, 'admin'), CDATA categories, CDATA excerpts ending ' [...]', content:encoded with '&#8211;' datelines, «…» quotes and '&#8217;' apostrophes, a title with '&amp;#8217;' (escaped twice), home politics and Serie A, a reader poll with an unexpanded shortcode")


FEEDS = [murtal, fulda, aare, tevere, levante]
