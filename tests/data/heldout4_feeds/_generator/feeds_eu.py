# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German (public broadcaster, weekly's news site, Austrian RDF), Italian (daily, broadcaster) and
Brazilian Portuguese (portal, state news agency) feeds."""
from lib import dt
from mk import NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss


# ------------------------------------------------------------------ German public broadcaster (tagesschau-style)
def tagesblick():
    base = "https://www.tagesblick.de"
    rows = [
        ("ausland/europa/eu-gipfel-ukraine-finanzierung-100.html", "EU-Gipfel einigt sich auf Finanzierung der Ukraine bis 2028",
         "Nach stundenlangen Verhandlungen haben sich die Staats- und Regierungschefs der EU auf ein Finanzpaket für die Ukraine verständigt. Ungarn enthielt sich.",
         "<p>Nach stundenlangen Verhandlungen haben sich die Staats- und Regierungschefs der EU auf ein Finanzpaket für die Ukraine verständigt. Ungarn enthielt sich. \"Das ist ein starkes Signal an Moskau\", sagte Außenministerin Katharina Wendt in Brüssel.</p>",
         [("ausland/europa/eu-gipfel-ungarn-veto-102.html", "Warum Ungarn diesmal kein Veto einlegte"), ("ausland/europa/ukraine-hilfe-ueberblick-100.html", "Überblick: Die Hilfen für die Ukraine")],
         dt(2026, 12, 2, 23, 41, 12, 1), True, True, [q("Katharina Wendt", "Außenministerin")], None, []),
        ("ausland/europa/liveblog-ukraine-mittwoch-100.html", "Liveblog: ++ Russland meldet Einnahme von Dorf bei Pokrowsk ++",
         "Russland hat nach eigenen Angaben ein weiteres Dorf im Gebiet Donezk eingenommen. Die Ukraine meldet nächtliche Drohnenangriffe auf Odessa. Die Entwicklungen im Liveblog.",
         "<p>Russland hat nach eigenen Angaben ein weiteres Dorf im Gebiet Donezk eingenommen. Die Ukraine meldet nächtliche Drohnenangriffe auf Odessa. Die Entwicklungen im Liveblog.</p>",
         [], dt(2026, 12, 2, 22, 5, 0, 1), False, True, None, "Liveblog: not a single story.", []),
        ("ausland/asien/georgien-festnahmen-opposition-100.html", "Georgien: Regierung lässt führende Oppositionspolitiker festnehmen",
         "In Georgien sind in der Nacht drei führende Oppositionspolitiker festgenommen worden. Die EU spricht von einem \"schweren Rückschlag\"",
         "<p>In Georgien sind in der Nacht drei führende Oppositionspolitiker festgenommen worden. Die EU spricht von einem \"schweren Rückschlag\"</p>",
         [("ausland/asien/georgien-proteste-hintergrund-100.html", "Hintergrund: Was hinter den Protesten in Georgien steckt")],
         dt(2026, 12, 2, 19, 17, 44, 1), True, True, None, "Teaser without final full stop.", []),
        ("multimedia/video/tagesblick-in-100-sekunden-24680.html", "tagesblick in 100 Sekunden",
         "Die wichtigsten Nachrichten des Tages im Überblick.",
         "<p>Die wichtigsten Nachrichten des Tages im Überblick.</p>",
         [], dt(2026, 12, 2, 18, 0, 0, 1), False, False, None, "Video summary: not a story.", []),
        ("inland/syrien-abschiebungen-innenminister-100.html", "Bundesregierung will Abschiebungen nach Syrien aufnehmen",
         "Erstmals seit 2012 sollen wieder Straftäter nach Syrien abgeschoben werden. Innenminister Rüdiger Falk verweist auf eine Vereinbarung mit der Regierung in Damaskus.",
         "<p>Erstmals seit 2012 sollen wieder Straftäter nach Syrien abgeschoben werden. \"Wir haben eine belastbare Zusage aus Damaskus\", sagte Innenminister Rüdiger Falk.</p>",
         [("inland/syrien-fluechtlinge-zahlen-100.html", "Wie viele Syrer in Deutschland leben")],
         dt(2026, 12, 2, 15, 12, 3, 1), True, True, [q("Rüdiger Falk", "Innenminister")], None, []),
        ("wirtschaft/konjunktur/weihnachtsmaerkte-umsatz-100.html", "Weihnachtsmärkte melden Umsatzplus trotz höherer Preise",
         "Die Schausteller sind zufrieden: Die Besucherzahlen auf den Weihnachtsmärkten liegen über dem Vorjahr.",
         "<p>Die Schausteller sind zufrieden: Die Besucherzahlen auf den Weihnachtsmärkten liegen über dem Vorjahr.</p>",
         [], dt(2026, 12, 2, 12, 30, 19, 1), True, False, None, "Domestic business: not relevant.", []),
        ("ausland/afrika/kenia-machtwechsel-analyse-100.html", "Analyse: Was der Machtwechsel in Kenia für Ostafrika bedeutet",
         "Kenias neuer Präsident will die Rolle des Landes als Vermittler in der Region stärken. Doch die Kassen sind leer. Von Anna Berger, RVM-Studio Nairobi.",
         "<p>Kenias neuer Präsident will die Rolle des Landes als Vermittler in der Region stärken. Doch die Kassen sind leer. Von Anna Berger, RVM-Studio Nairobi.</p>",
         [], dt(2026, 12, 2, 9, 3, 51, 1), True, True, None,
         "Byline only inside the teaser ('Von Anna Berger, RVM-Studio Nairobi.'); [] is also correct. Title label 'Analyse:' may be kept or dropped.",
         ["Von Anna Berger", "RVM-Studio Nairobi"]),
    ]
    xs, items = [], []
    for path, title, desc, content, related, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{path}"
        img = f'<p> <a href="{link}"><img src="{base}/multimedia/bilder/{path.split("/")[-1][:-9]}-1~_v-original.jpg" alt="{esc(title)}" /></a> <br/> <br/>'
        body = content.replace("<p>", "", 1).replace("</p>", f' [<a href="{link}">mehr</a>]</p>', 1)
        rel_ul = ""
        if related:
            rel_ul = " <br/> <br/><ul>" + "".join(f'<li><a href="{base}/{p}">{esc(t)}</a></li>' for p, t in related) + "</ul>"
        c = img + body + rel_ul
        xs.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<pubDate>{rfc822(d)}</pubDate>
<description>{esc(desc)}</description>
<content:encoded>{cdata(c)}</content:encoded>
<guid>{link}</guid>
</item>""")
        authors = ["Anna Berger"] if "Anna Berger" in desc else []
        extra = ["[mehr]"] + [t for _, t in related]  # not bare "mehr": it is inside "mehrere", "Mehrheit"
        clean = title.removeprefix("Analyse: ")
        items.append(it(link, clean, d, authors, story, rel, junk + extra, quotes, note))
    channel = f"""<title>tagesblick.de - Die Nachrichten des RVM</title>
<link>{base}</link>
<description>tagesblick.de - Die Nachrichten des RVM</description>
<language>de</language>
<copyright>Rundfunkverbund Mitte (RVM), 2026</copyright>
<lastBuildDate>Wed, 02 Dec 2026 23:45:00 +0100</lastBuildDate>"""
    text = rss(channel, xs, NS_CONTENT)
    return feed("de_tagesblick_alle.rss.xml", text, items, lang="de", outlet="tagesblick.de",
                aliases=["tagesblick"],
                structure="tagesschau.de-style RSS (tagesschau.de/xml/rss2/): channel title 'site.de - Die Nachrichten des <Verbund>', '-100.html' article paths, plain <description> teaser plus content:encoded with '<p> <a><img alt=…></a> <br/> <br/>Teaser [<a>mehr</a>]</p>' and a <ul> of related links, no authors, +0100 dates, 'Liveblog: ++ … ++' items",
                notes="The related-article <ul> and '[mehr]' links are boilerplate. The liveblog and the 100-seconds video are not stories. The analysis has its byline only inside the teaser.")


# ------------------------------------------------------------------ German weekly's news site (ZEIT ONLINE-style)
def weltblick():
    base = "https://www.weltblick.de/politik/ausland/2026-12"
    rows = [
        ("israel-libanon-grenzgespraeche-naqura", "Nahost: Israel und Libanon beginnen Gespräche über Grenzverlauf",
         "Unter Vermittlung der USA verhandeln Israel und Libanon erstmals seit Jahren direkt über die gemeinsame Grenze. Die Hisbollah kündigt Widerstand an.",
         "WELTBLICK ONLINE, dpa, AFP, Reuters, lma", [], dt(2026, 12, 2, 21, 14, 8, 1), True, True, None, None, []),
        ("ukraine-charkiw-stromversorgung-reportage", "Ukraine: \"Wir haben gelernt, im Dunkeln zu kochen\"",
         "In Charkiw fällt der Strom mehrmals am Tag aus. Die Menschen richten sich ein – und warten auf den nächsten Alarm. Ein Besuch.",
         "Jana Reiter, Charkiw", ["Jana Reiter"], dt(2026, 12, 2, 18, 2, 0, 1), True, True, None, None, []),
        ("frankreich-regierung-misstrauensvotum-kommentar", "Frankreich: Die Regierung fällt, die Krise bleibt",
         "Das Misstrauensvotum gegen Premier Laurent Vasseur war absehbar. Gefährlicher ist, was jetzt kommt: ein Haushalt ohne Mehrheit.",
         "Ein Kommentar von Felix Brandt", ["Felix Brandt"], dt(2026, 12, 2, 16, 45, 0, 1), True, True, None,
         "Opinion; the byline is in dc:creator as 'Ein Kommentar von …'.", ["Ein Kommentar von"]),
        ("podcast-weltlage-folge-212", "Podcast \"Weltlage\": Wie stabil ist die Waffenruhe in Gaza?",
         "Die neue Folge unseres außenpolitischen Podcasts. Jetzt hören – überall, wo es Podcasts gibt.",
         "Moritz Aydın", [], dt(2026, 12, 2, 14, 0, 0, 1), False, True, None, "Podcast episode: not a story.", []),
        ("usa-senat-taiwan-waffenpaket", "USA: Senat billigt Waffenpaket für Taiwan",
         "Mit großer Mehrheit hat der US-Senat Rüstungslieferungen im Wert von 1,1 Milliarden Dollar an Taiwan gebilligt. China reagiert scharf. \"Das ist ein gefährliches Spiel mit dem Feuer\", sagte die Sprecherin des chinesischen Außenministeriums, Xu Lan.",
         "WELTBLICK ONLINE, AFP, jsp", [], dt(2026, 12, 2, 11, 33, 27, 1), True, True, [q("Xu Lan", "chinesischen Außenministeriums")], None, []),
        ("serbien-proteste-belgrad-studenten", "Serbien: Zehntausende demonstrieren in Belgrad gegen die Regierung",
         "Seit Wochen gehen in Serbien vor allem Studierende auf die Straße. Am Dienstagabend waren es so viele wie nie – und die Polizei hielt sich zurück.",
         "Moritz Aydın, Lea Sommer", ["Moritz Aydın", "Lea Sommer"], dt(2026, 12, 2, 8, 12, 55, 1), True, True, None, None, []),
        ("nobelpreis-literatur-stockholm-rede", "Literaturnobelpreis: Preisträgerin hält Nobelvorlesung über das Vergessen",
         "Die Schriftstellerin Ilse Marrak sprach in Stockholm über Erinnerung, Schuld und die Sprache ihrer Großmutter.",
         "WELTBLICK ONLINE, dpa, cku", [], dt(2026, 12, 1, 19, 20, 0, 1), True, False, None, "Culture: not relevant.", []),
    ]
    xs, items = [], []
    for slug, title, teaser, creator, authors, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{slug}"
        desc = f'<a href="{link}"><img style="float:left; margin-right:5px" src="https://img.weltblick.de/2026/12/{slug[:20]}/wide__148x84"></a> {teaser}'
        kicker = title.split(":")[0]
        xs.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{cdata(desc)}</description>
<category>{esc(kicker)}</category>
<dc:creator>{esc(creator)}</dc:creator>
<pubDate>{rfc822(d)}</pubDate>
<guid>{link}</guid>
</item>""")
        headline = title.split(": ", 1)[1]
        label = f"Title label '{kicker}:' may be kept or dropped (the kicker)."
        items.append(it(link, headline, d, authors, story, rel, [*junk, "WELTBLICK ONLINE"], quotes, f"{note} {label}" if note else label))
    channel = """<title>WELTBLICK ONLINE | Politik | Ausland</title>
<link>https://www.weltblick.de/politik/ausland/index</link>
<description>Aktuelle Nachrichten, Hintergründe und Kommentare aus aller Welt</description>
<language>de-de</language>
<copyright>WELTBLICK ONLINE GmbH</copyright>
<image><url>https://img.weltblick.de/static/logo/weltblick_online_rss.png</url><title>WELTBLICK ONLINE | Politik | Ausland</title><link>https://www.weltblick.de/index</link></image>"""
    text = rss(channel, xs, NS_DC)
    return feed("de_weltblick_ausland.rss.xml", text, items, lang="de", outlet="WELTBLICK ONLINE",
                aliases=["Weltblick", "WELTBLICK"],
                structure="ZEIT ONLINE-style section RSS (newsfeed.zeit.de/politik/ausland/index): channel title 'OUTLET ONLINE | Politik | Ausland', titles 'Kicker: Headline', CDATA description opening with a linked float:left thumbnail <img> (no alt, no closing slash), dc:creator mixing agencies and editor initials ('WELTBLICK ONLINE, dpa, AFP, Reuters, lma'), 'Name, Ort' datelines, 'Ein Kommentar von …', two names separated by a comma, GmbH copyright",
                notes="The kicker before the colon ('Nahost:', 'Ukraine:') is shown on the site as a separate line: the expected title is the headline, with the kicker allowed. dc:creator agency lists and editor initials are not people. The podcast episode is not a story; the Nobel lecture is not relevant.")


# ------------------------------------------------------------------ Austrian public broadcaster (ORF-style RDF, headlines only)
def alpenfunk():
    rows = [
        (3412871, "Ausland", "story", "EU-Außenminister einigen sich auf neue Russland-Sanktionen", dt(2026, 12, 2, 21, 58, 31, 1), True, True, None),
        (3412860, "Inland", "story", "Regierung einigt sich auf Budget 2027", dt(2026, 12, 2, 20, 41, 2, 1), True, True, "Austrian domestic politics: relevant (politics in a country other than the US)."),
        (3412855, "Sport", "story", "Ski-Weltcup: Brunner gewinnt Riesentorlauf in Val d’Isère", dt(2026, 12, 2, 19, 3, 47, 1), True, False, None),
        (3412849, "Ausland", "ticker", "Nahost-Konflikt: Die Entwicklungen im Liveticker", dt(2026, 12, 2, 18, 0, 0, 1), False, True, "Live ticker: not a story."),
        (3412840, "Ausland", "story", "Venezuela: Opposition ruft zu Generalstreik auf", dt(2026, 12, 2, 16, 22, 9, 1), True, True, None),
        (3412831, "Kultur", "story", "Staatsoper: Neue Direktorin stellt erste Saison vor", dt(2026, 12, 2, 14, 10, 0, 1), True, False, None),
        (3412822, "Ausland", "story", "Kosovo: Regierungsbildung erneut gescheitert", dt(2026, 12, 2, 11, 47, 15, 1), True, True, None),
    ]
    lis, xs, items = [], [], []
    for sid, subj, kind, title, d, story, rel, note in rows:
        about = f"https://alpenfunk.at/stories/{sid}/"
        lis.append(f'        <rdf:li rdf:resource="{about}"/>')
        xs.append(f"""  <item rdf:about="{about}">
    <title>{esc(title)}</title>
    <link>{about}</link>
    <dc:subject>{subj}</dc:subject>
    <dc:date>{d.isoformat()}</dc:date>
    <afon:storyType rdf:resource="https://rss.alpenfunk.at/1.0/storyType#{kind}"/>
    <afon:usid>news:{sid}</afon:usid>
    <afon:oewaCategory rdf:resource="RedCont/Nachrichten/Nachrichtenueberblick"/>
  </item>""")
        items.append(it(about, title, d, [], story, rel, [], None, (note + " " if note else "") + "Headline only: the feed carries no text."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:afon="https://rss.alpenfunk.at/1.0/">\n'
            '  <channel rdf:about="https://alpenfunk.at/">\n    <title>alpenfunk.at</title>\n    <link>https://alpenfunk.at/</link>\n'
            '    <description>Die aktuellsten Nachrichten auf einen Blick - aus Österreich und der ganzen Welt.</description>\n'
            '    <dc:language>de</dc:language>\n    <dc:rights>Alpenfunk - Österreichischer Rundfunk, Wien</dc:rights>\n'
            '    <dc:publisher>Alpenfunk Online und Teletext GmbH &amp; Co KG</dc:publisher>\n'
            '    <items>\n      <rdf:Seq>\n' + "\n".join(lis) + '\n      </rdf:Seq>\n    </items>\n  </channel>\n'
            + "\n".join(xs) + "\n</rdf:RDF>\n")
    return feed("de_at_alpenfunk_news.rdf", text, items, lang="de", outlet="alpenfunk.at", shape="rss1-rdf",
                aliases=["Alpenfunk"], ctype="application/rdf+xml; charset=utf-8",
                structure="ORF.at-style RSS 1.0 (rss.orf.at/news.xml): rdf:RDF with rdf:Seq, items with title/link only (no description), dc:subject section, dc:date with +01:00, custom namespace storyType (story/ticker), usid and oewaCategory; dc:rights and a GmbH & Co KG dc:publisher",
                notes="Headline-only feed: every story has only a title. The live ticker (storyType ticker) is not a story.")


# ------------------------------------------------------------------ Italian daily (la Repubblica-style)
def gazzettatirrena():
    base = "https://www.gazzettatirrena.it/esteri/2026/12/02/news"
    rows = [
        ("ucraina_tregua_energetica_centrali-423561234", "Ucraina, la tregua energetica regge: nessun attacco alle centrali da tre giorni",
         "A Kiev si torna a vedere la luce per più di otto ore al giorno. \"È fragile, ma per ora funziona\", dice il ministro dell'Energia Oleh Marchenko.",
         "dalla nostra inviata Giulia Ferri", ["Giulia Ferri"], dt(2026, 12, 2, 20, 12, 0, 1), True, True, [q("Oleh Marchenko", "ministro dell'Energia")], None, ["dalla nostra inviata"]),
        ("francia_governo_cade_bilancio-423560987", "Francia, il governo cade sulla legge di bilancio. All'Eliseo la caccia al quarto premier in due anni",
         "Il governo di Laurent Vasseur è stato sfiduciato con 331 voti. È il terzo esecutivo a cadere in due anni.",
         "dal nostro corrispondente Paolo Serra", ["Paolo Serra"], dt(2026, 12, 2, 18, 40, 0, 1), True, True, None, None, ["dal nostro corrispondente"]),
        ("video_neve_alpi_svizzera-423560811", "La neve blocca i treni sulle Alpi svizzere: il video",
         "Le immagini dei binari sommersi vicino a Andermatt.",
         "Redazione Web", [], dt(2026, 12, 2, 16, 5, 0, 1), False, False, None, "Video item: not a story.", []),
        ("medio_oriente_piano_pace_arabo_dieci_punti-423560702", "Medio Oriente, il piano arabo in dieci punti per il dopoguerra a Gaza",
         "Il documento, visionato da Gazzetta Tirrena, prevede una forza di polizia palestinese addestrata in Egitto e Giordania.Leggi anche: Gaza, riapre il valico di Rafah",
         "di Andrea Colombo e Sara Lutfi", ["Andrea Colombo", "Sara Lutfi"], dt(2026, 12, 2, 13, 27, 0, 1), True, True, None,
         "'Leggi anche' glued to the sentence before it.", ["Leggi anche", "riapre il valico di Rafah"]),
        ("londra_asta_cappotto_attore-423560655", "Londra, all'asta il cappotto di scena di un celebre attore: stima 80mila sterline",
         "L'abito sarà battuto da una casa d'aste di Mayfair la prossima settimana.",
         "Redazione Esteri", [], dt(2026, 12, 2, 11, 0, 0, 1), True, False, None, "Quirky culture item: not relevant.", []),
        ("abbonati_offerta_natale-423560600", "Abbonati alla Gazzetta Tirrena: il primo mese a 1 euro",
         "Tutti gli articoli, l'edizione digitale e le newsletter. Offerta valida fino al 31 dicembre.",
         "Gazzetta Tirrena", [], dt(2026, 12, 2, 7, 0, 0, 1), False, False, None, "Subscription promo.", []),
        ("cina_taiwan_esercitazioni_stretto-423560533", "Cina-Taiwan, nuove esercitazioni nello Stretto dopo il via libera Usa alle armi",
         "Pechino ha schierato 34 aerei e nove navi intorno all'isola. Taipei: \"Una provocazione deliberata\".",
         "Redazione Esteri", [], dt(2026, 12, 2, 9, 45, 0, 1), True, True, None, None, []),
    ]
    xs, items = [], []
    for slug, title, teaser, author, authors, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{slug}/"
        desc = f'<img src="https://www.gazzettatirrena.it/res/img/2026/12/{slug.rsplit("-", 1)[1]}-140x90.jpg" width="140" align="left" hspace="10">{teaser}'
        xs.append(f"""<item>
<title>{cdata(title)}</title>
<link>{link}?rss</link>
<description>{cdata(desc)}</description>
<pubDate>{rfc822(d)}</pubDate>
<guid isPermaLink="false">{link}</guid>
<author>{esc(author)}</author>
</item>""")
        items.append(it(link, title, d, authors, story, rel, junk, quotes, note))
    channel = """<title>Esteri - Gazzetta Tirrena</title>
<link>https://www.gazzettatirrena.it/esteri/</link>
<description>Gazzetta Tirrena - Esteri: notizie dal mondo</description>
<language>it</language>
<copyright>Copyright © GTE Gruppo Editoriale Tirreno S.p.A. - P.Iva 01234560987</copyright>
<image><url>https://www.gazzettatirrena.it/static/img/logo_rss.png</url><title>Gazzetta Tirrena</title><link>https://www.gazzettatirrena.it/</link></image>"""
    text = rss(channel, xs)
    return feed("it_gazzettatirrena_esteri.rss.xml", text, items, lang="it", outlet="Gazzetta Tirrena",
                structure="la Repubblica-style section RSS (repubblica.it/rss/esteri/rss2.0.xml): 'Sezione - Testata' channel title, CDATA titles, CDATA description opening with <img width=140 align=left hspace=10> (unclosed), links with '?rss' while guids are the bare URLs, <author> holding 'dalla nostra inviata Name', 'dal nostro corrispondente Name', 'di A e B' or 'Redazione Esteri', S.p.A. copyright with P.Iva",
                notes="<author> contains bylines in Italian (inviata/corrispondente/di … e …) and desk names. One teaser has 'Leggi anche:' glued to the last sentence. The video and the subscription promo are not stories; the auction item is not relevant.")


# ------------------------------------------------------------------ Italian broadcaster news site, Italian dates
def tinews():
    base = "https://www.tinews.it/notizie/mondo"
    rows = [
        ("bruxelles-consiglio-ue-migranti-accordo-a1b2c3d4", "Migranti, accordo Ue sui rimpatri: via libera ai centri nei Paesi terzi",
         "I ministri dell'Interno dei Ventisette hanno approvato a maggioranza il nuovo regolamento sui rimpatri. Contrarie Spagna e Slovenia. Il commissario Henrik Dahl: \"Un passo che aspettavamo da anni\".",
         dt(2026, 12, 2, 19, 50, 0, 1), True, True, [q("Henrik Dahl", "commissario")], None, []),
        ("podcast-il-mondo-in-dieci-minuti-e5f6a7b8", "Il mondo in dieci minuti - Puntata del 2 dicembre",
         "Il podcast quotidiano di TINews sugli esteri. Ascolta la puntata.",
         dt(2026, 12, 2, 18, 0, 0, 1), False, True, None, "Podcast episode.", []),
        ("sudan-el-fasher-tregua-c9d0e1f2", "Sudan, tregua di dieci giorni a El Fasher. L'Unione africana: \"Spiraglio stretto\"",
         "Esercito e Forze di supporto rapido hanno accettato una pausa nei combattimenti per far entrare i convogli umanitari nella città assediata. (TINews)",
         dt(2026, 12, 2, 17, 22, 0, 1), True, True, None, None, ["(TINews)"]),
        ("corea-sud-giappone-intesa-difesa-1a2b3c4d", "Corea del Sud e Giappone, intesa sui dati radar contro i missili di Pyongyang",
         "Seul e Tokyo condivideranno in tempo reale le informazioni sui lanci nordcoreani. (TINews)",
         dt(2026, 12, 2, 12, 14, 0, 1), True, True, None, None, ["(TINews)"]),
        ("calcio-champions-sorteggio-ottavi-5e6f7a8b", "Champions, il sorteggio degli ottavi: italiane contro le inglesi",
         "Urna amara per le squadre italiane a Nyon.",
         dt(2026, 12, 2, 12, 5, 0, 1), True, False, None, "Sport.", []),
        ("iran-aiea-ispettori-fordo-9c0d1e2f", "Iran, gli ispettori dell'Aiea tornano a Fordo",
         "Lo riferisce un rapporto riservato dell'agenzia dell'Onu. Teheran: \"Dimostrazione di buona volontà\". (TINews)",
         dt(2026, 12, 1, 22, 30, 0, 1), True, True, None, None, ["(TINews)"]),
        ("foto-mercatini-natale-europa-3a4b5c6d", "Dai Mercatini di Strasburgo a Vienna: le foto dell'Avvento in Europa",
         "La galleria fotografica dei mercatini di Natale più visitati del continente.",
         dt(2026, 12, 1, 10, 0, 0, 1), False, False, None, "Photo gallery.", []),
    ]
    xs, items = [], []
    for slug, title, desc, d, story, rel, quotes, note, junk in rows:
        link = f"{base}/{slug}.html"
        xs.append(f"""  <item>
    <title>{esc(title)}</title>
    <link>{link}</link>
    <description>{esc(desc)}</description>
    <pubDate>{rfc822(d, 'it')}</pubDate>
    <guid>{link}</guid>
    <enclosure url="https://www.tinews.it/dl/img/2026/12/{slug[-8:]}-1024x576.jpg" length="0" type="image/jpeg" />
  </item>""")
        items.append(it(link, title, d, [], story, rel, junk, quotes, note))
    channel = """  <title>TINews.it - Mondo</title>
  <link>https://www.tinews.it/notizie/mondo</link>
  <description>Le notizie dal mondo di TINews, la testata giornalistica di TeleItalia</description>
  <language>it-IT</language>
  <copyright>TeleItalia - Radiotelevisione Italiana Privata S.p.A.</copyright>
  <lastBuildDate>mer, 02 dic 2026 19:55:00 +0100</lastBuildDate>"""
    text = rss(channel, xs)
    return feed("it_tinews_mondo.rss.xml", text, items, lang="it", outlet="TINews",
                aliases=["TINews.it"],
                structure="Italian broadcaster news site RSS (RaiNews/SkyTG24-style section feed): 'Testata.it - Mondo' channel title, plain escaped descriptions, '(TINews)' credit at the end, no authors, Italian day and month names in pubDate ('mer, 02 dic 2026 19:50:00 +0100'), enclosure image with length 0, S.p.A. copyright",
                notes="Dates are in Italian. The daily podcast and the photo gallery are not stories; the football draw is not relevant.")


# ------------------------------------------------------------------ Brazilian portal (g1-style)
def cruzeiro():
    base = "https://portalcruzeiro.com.br/mundo/noticia/2026/12/02"
    rows = [
        ("chile-segundo-turno-resultado.ghtml", "Chile elege Ana Contreras presidente no segundo turno; é a primeira mulher de direita no cargo",
         "Contreras obteve 54% dos votos. 'O Chile escolheu a ordem e a esperança', disse a presidente eleita em Santiago.",
         dt(2026, 12, 2, 23, 40, 12), True, True, [q("Ana Contreras", "presidente eleita")], None, []),
        ("itamaraty-convoca-embaixador-venezuela.ghtml", "Itamaraty convoca embaixador da Venezuela após incidente na fronteira em Roraima",
         "Segundo o ministério, militares venezuelanos cruzaram a fronteira e detiveram dois garimpeiros brasileiros. Caracas nega.",
         dt(2026, 12, 2, 21, 5, 40), True, True, None, None, []),
        ("video-tornado-oklahoma.ghtml", "VÍDEO: tornado atinge cidade no interior de Oklahoma",
         "Imagens mostram casas destruídas.",
         dt(2026, 12, 2, 19, 12, 0), False, False, None, "Video item.", []),
        ("argentina-brasil-acordo-gas-vaca-muerta.ghtml", "Argentina e Brasil assinam acordo para levar gás de Vaca Muerta a São Paulo",
         "O gasoduto deve começar a operar em 2029. 'É o maior projeto de integração energética da região', afirmou o ministro de Minas e Energia, Jorge Albuquerque.",
         dt(2026, 12, 2, 16, 50, 3), True, True, [q("Jorge Albuquerque", "ministro de Minas e Energia")], None, []),
        ("japones-ganha-loteria-duas-vezes.ghtml", "Japonês ganha na loteria duas vezes no mesmo ano com os mesmos números",
         "Aposentado de 71 anos diz que vai doar parte do prêmio.",
         dt(2026, 12, 2, 14, 2, 0), True, False, None, "Quirky story: not relevant.", []),
        ("terremoto-peru-arequipa-mortos.ghtml", "Terremoto de magnitude 6,8 no Peru deixa ao menos 12 mortos",
         "O tremor atingiu a região de Arequipa na madrugada. O governo peruano declarou estado de emergência em cinco províncias.",
         dt(2026, 12, 2, 11, 30, 55), True, True, None, None, []),
        ("fotos-natal-pelo-mundo.ghtml", "FOTOS: cidades acendem as luzes de Natal pelo mundo",
         "Veja imagens de Paris, Nova York e Tóquio.",
         dt(2026, 12, 1, 20, 0, 0), False, False, None, "Photo gallery.", []),
    ]
    xs, items = [], []
    for n, (slug, title, desc, d, story, rel, quotes, note, junk) in enumerate(rows):
        link = f"{base}/{slug}"
        img = f"https://s2.portalcruzeiro.com.br/{n}Xa9k2Lq/0x0:1280x720/600x0/smart/filters:max_age(3600)/i.pc.com.br/2026/12/02/{slug[:12]}.jpg"
        xs.append(f"""    <item>
      <title>{cdata(title)}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{link}</guid>
      <description>{cdata(f'<img src="{img}" /><br />   {desc}')}</description>
      <media:content url="{img}" medium="image" />
      <category>Mundo</category>
      <pubDate>{rfc822(d)[:-5]}-0000</pubDate>
    </item>""")
        items.append(it(link, title, d, [], story, rel, junk, quotes, note))
    channel = """    <title>Portal Cruzeiro &gt; Mundo</title>
    <link>https://portalcruzeiro.com.br/mundo/</link>
    <description>Últimas notícias do mundo no Portal Cruzeiro</description>
    <language>pt-BR</language>
    <copyright>© Copyright 2000-2026 Cruzeiro Comunicação e Participações Ltda.</copyright>
    <atom:link href="https://portalcruzeiro.com.br/rss/pc/mundo/" rel="self" type="application/rss+xml" />
    <image><url>https://s.portalcruzeiro.com.br/logo-pc-rss.png</url><title>Portal Cruzeiro</title><link>https://portalcruzeiro.com.br/</link></image>"""
    text = rss(channel, xs, NS_MEDIA + ' xmlns:atom="http://www.w3.org/2005/Atom"').replace("<channel>\n", "  <channel>\n")
    return feed("pt_br_portalcruzeiro_mundo.rss.xml", text, items, lang="pt", outlet="Portal Cruzeiro",
                structure="g1-style section RSS (g1.globo.com/rss/g1/mundo/): channel title 'Outlet > Mundo' with an escaped '&gt;', '.ghtml' links, CDATA description '<img src=… /><br />   text' (three spaces), media:content image, no authors, '-0000' zone in pubDate, Ltda. copyright, 'VÍDEO:' and 'FOTOS:' items",
                notes="'-0000' means UTC. Quotes use single quotes. The video and the photo gallery are not stories; the lottery item is not relevant.")


# ------------------------------------------------------------------ Brazilian state news agency (Agência Brasil-style, Drupal)
def _agcerrado_rows():
    rows = [
        ("brasil-e-china-assinam-acordos-de-comercio-agricola", "Brasil e China assinam 15 acordos de comércio agrícola em Pequim",
         ["O Brasil e a China assinaram nesta quarta-feira (2) em Pequim 15 acordos que abrem o mercado chinês para frutas, sorgo e miúdos bovinos brasileiros.",
          "“É o maior pacote sanitário já negociado com um único parceiro”, disse o ministro das Relações Exteriores, Fernando Vilela, após o encontro com o chanceler chinês."],
         "Ana Paula Ribeiro - Repórter da Agência Cerrado", ["Ana Paula Ribeiro"], "Denise Moraes", dt(2026, 12, 2, 19, 10, 0, -3), True, True,
         [q("Fernando Vilela", "ministro das Relações Exteriores")], None, []),
        ("cop-negociadores-chegam-acordo-sobre-financiamento", "Negociadores chegam a texto sobre financiamento climático em Bonn",
         ["Delegações de 190 países chegaram na madrugada desta quarta-feira a um texto preliminar sobre o novo fundo de adaptação climática.",
          "A proposta será levada à próxima conferência das Nações Unidas sobre o clima."],
         "Lucas Pereira - Enviado especial*", ["Lucas Pereira"], "Marcelo Brandão", dt(2026, 12, 2, 15, 42, 0, -3), True, True, None,
         "The asterisk note '*O repórter viajou a convite …' is boilerplate.", ["*O repórter viajou a convite"]),
        ("inflacao-oficial-desacelera-em-novembro", "Inflação oficial desacelera para 0,21% em novembro",
         ["O Índice Nacional de Preços ao Consumidor Amplo (IPCA) ficou em 0,21% em novembro, informou o instituto de estatística."],
         "Agência Cerrado", [], "Aécio Amado", dt(2026, 12, 2, 10, 0, 0, -3), True, False, None, "Domestic economy: not relevant.", []),
        ("deportados-dos-eua-chegam-confins", "Voo com 88 brasileiros deportados dos EUA chega a Confins",
         ["Um avião fretado pelo governo norte-americano pousou nesta terça-feira (1º) no Aeroporto Internacional de Confins, em Minas Gerais, com 88 brasileiros deportados.",
          "O Itamaraty informou que acompanha o caso e que nenhum dos passageiros viajou algemado."],
         "Pedro Nogueira - Repórter da Agência Cerrado", ["Pedro Nogueira"], "Denise Moraes", dt(2026, 12, 1, 22, 15, 0, -3), True, True, None, None, []),
        ("radio-nacional-programa-conexao-mundo-estreia", "Rádio Nacional estreia programa sobre política internacional",
         ["O Conexão Mundo vai ao ar às segundas-feiras, às 20h. Ouça na Rádio Nacional ou no aplicativo."],
         "Rádio Nacional", [], "Graça Adjuto", dt(2026, 12, 1, 18, 0, 0, -3), False, False, None, "In-house programme promo.", []),
        ("onu-aprova-resolucao-haiti-missao", "Conselho de Segurança da ONU aprova nova missão para o Haiti",
         ["O Conselho de Segurança das Nações Unidas aprovou nesta terça-feira (1º) a criação de um escritório de apoio à missão multinacional no Haiti, com 12 votos a favor e três abstenções.",
          "*Com informações da ONU News"],
         "Agência Cerrado", [], "Kleber Sampaio", dt(2026, 12, 1, 20, 4, 0, -3), True, True, None, None, ["Com informações da ONU News"]),
    ]
    return rows


def agcerrado():
    base = "https://agenciacerrado.gov.br/internacional/noticia/2026-12"
    xs, items = [], []
    rows = _agcerrado_rows()
    for n, (slug, title, paras, creator, authors, editor, d, story, rel, quotes, note, junk) in enumerate(rows):
        link = f"{base}/{slug}"
        stamp = d.strftime("%d/%m/%Y - %H:%M")
        body = f"<p>Publicado em {stamp}</p>" + "".join(f"<p>{p}</p>" for p in paras)
        if "Enviado" in creator:
            body += "<p>*O repórter viajou a convite da Secretaria de Comunicação da Presidência.</p>"
        body += f"<p>Edição: {editor}</p>"
        guid = f"{1604512 - n * 37} at https://agenciacerrado.gov.br"
        xs.append(f"""  <item>
    <title>{esc(title)}</title>
    <link>{link}</link>
    <description>{esc(body)}</description>
    <pubDate>{rfc822(d)}</pubDate>
    <dc:creator>{esc(creator)}</dc:creator>
    <guid isPermaLink="false">{guid}</guid>
  </item>""")
        items.append(it(guid, title, d, authors, story, rel, [*junk, "Publicado em", f"Edição: {editor}", "Repórter da Agência Cerrado"], quotes, note))
    channel = """  <title>Agência Cerrado - Internacional</title>
  <link>https://agenciacerrado.gov.br/internacional</link>
  <description>Notícias internacionais da Agência Cerrado</description>
  <language>pt-br</language>
  <copyright>Empresa Cerrado de Comunicação - ECC</copyright>"""
    text = rss(channel, xs, NS_DC)
    text = text.replace("<channel>", '<channel xml:base="https://agenciacerrado.gov.br/">', 1)
    return feed("pt_br_agenciacerrado_internacional.rss.xml", text, items, lang="pt", outlet="Agência Cerrado",
                structure="Agência Brasil-style Drupal RSS (agenciabrasil.ebc.com.br/rss/internacional/feed.xml): channel with xml:base, 'NID at https://site' guids, escaped-HTML full text opening with 'Publicado em DD/MM/YYYY - HH:MM' and ending with 'Edição: Name', dc:creator 'Name - Repórter da Agência …' / 'Name - Enviado especial*' / the agency, '*Com informações da …' credits, -0300 dates, company copyright",
                notes="Every text starts with a 'Publicado em' stamp and ends with 'Edição: <editor>' (the editor is not an author). The radio programme promo is not a story; the inflation item is not relevant.")


FEEDS = [tagesblick, weltblick, alpenfunk, gazzettatirrena, tinews, cruzeiro, agcerrado]
