# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Search-engine news feeds of the thirty-fourth held-out set: Google-News-style topic and
search feeds (English for Britain 2019, German 2022, Brazilian Portuguese 2024) and Bing-News-
style search feeds (US English 2020, Italian 2021). Every publisher, person and quotation is
invented; the services' structure follows their public output."""
from h34 import bing_link, cbmi, cbmi_new, d, esc, feed, gmt, it

GN_JUNK = ["&nbsp;", "font color", "#6f6f6f"]


def _gn_li(url, title, outlet, enc=cbmi):
    return (f'<li><a href="https://news.google.com/rss/articles/{enc(url)}?oc=5" target="_blank">{esc(title)}</a>'
            f'&nbsp;&nbsp;<font color="#6f6f6f">{esc(outlet)}</font></li>')


def _gn_item(url, title, outlet, home, when, cluster=(), story_url=None, full_cov="View full coverage on Google News", enc=cbmi):
    gid = enc(url)
    if cluster:
        lis = _gn_li(url, title, outlet, enc) + "".join(_gn_li(u, t, o, enc) for u, t, o in cluster)
        if story_url:
            lis += f'<li><strong><a href="{story_url}" target="_blank">{esc(full_cov)}</a></strong></li>'
        desc = f"<ol>{lis}</ol>"
    else:
        desc = (f'<a href="https://news.google.com/rss/articles/{gid}?oc=5" target="_blank">{esc(title)}</a>'
                f'&nbsp;&nbsp;<font color="#6f6f6f">{esc(outlet)}</font>')
    return (f"<item><title>{esc(title + ' - ' + outlet)}</title><link>https://news.google.com/rss/articles/{gid}?oc=5</link>"
            f'<guid isPermaLink="false">{gid}</guid><pubDate>{gmt(when)}</pubDate><description>{esc(desc)}</description>'
            f'<source url="{home}">{esc(outlet)}</source></item>'), gid


def _gn_doc(title, link, lang, copyright_, built, rows, desc="Google News"):
    head = (f'<generator>NFE/5.0</generator><title>{esc(title)}</title><link>{link}</link><language>{lang}</language>'
            f'<webMaster>news-webmaster@google.com</webMaster><copyright>{copyright_}</copyright><lastBuildDate>{gmt(built)}</lastBuildDate>'
            f'<description>{desc}</description>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            + head + "".join(rows) + "</channel></rss>")


# ---------------------------------------------------------------- Google News topic 'World', en-GB, March 2019
def gnews_gb():
    rows, items = [], []

    def add(url, title, outlet, home, when, exp, cluster=(), story=None):
        row, gid = _gn_item(url, title, outlet, home, when, cluster, story)
        rows.append(row)
        items.append(exp(gid, outlet))

    w = d(2019, 3, 21, 17, 42, 0, 0)
    add("https://www.harwichcourier.example/news/world/mozambique-cyclone-cholera-warning-beira-1.4481930",
        "Cyclone Idai: aid agencies warn of cholera in Beira as flood waters recede", "The Harwich Courier", "https://www.harwichcourier.example", w,
        lambda k, o: it(k, "Cyclone Idai: aid agencies warn of cholera in Beira as flood waters recede", w, [], junk=[*GN_JUNK, "Fenland Review", "Northdown Post", "View full coverage"], outlet=o,
                        note="Google News topic cluster: the description is an <ol> of this and two other outlets' headlines plus a 'View full coverage' link, so the item is headline-only (no own text). Outlet = <source>; the ' - Outlet' title suffix goes. A disaster abroad with aid response: relevant."),
        cluster=[("https://www.fenlandreview.example/2019/03/21/beira-survivors-idai/", "Survivors of Cyclone Idai wait for food on rooftops near Beira", "The Fenland Review"),
                 ("https://northdownpost.example/world/africa/idai-death-toll-rises", "Idai death toll passes 500 across three countries", "Northdown Post")],
        story="https://news.google.com/stories/CAAqOQgKIjNDQklTSURvSmMzUnZjbmt0TXpZd1NoTUtFUWlfejVlVjdvQU1FV3R2ZW1JNmZwTmJFUUFQAQ?oc=5")
    w = d(2019, 3, 21, 23, 10, 0, 0)
    add("https://www.tynewearpost.example/news/politics/brexit-eu-leaders-agree-delay-12-april-16042871",
        "Brexit: EU leaders agree to delay departure date to 12 April", "Tyne-Wear Evening Post", "https://www.tynewearpost.example", w,
        lambda k, o: it(k, "Brexit: EU leaders agree to delay departure date to 12 April", w, [], junk=[*GN_JUNK, "Severn Gazette", "View full coverage"], outlet=o,
                        note="The outlet's name has a hyphen ('Tyne-Wear Evening Post'): only the final ' - Tyne-Wear Evening Post' goes, and the outlet is the whole hyphenated name. The home country's (UK's) treaty relationship with the EU, decided at a European Council summit: relevant."),
        cluster=[("https://www.severngazette.example/news/uk-news/article-brexit-extension-summit-brussels", "What the Brexit extension means for you", "Severn Gazette")],
        story="https://news.google.com/stories/CAAqOQgKIjNDQklTSURvSmMzUnZjbmt0TXpZd1NoTUtFUWpfaDhHVjdvQU1FYU1oYk1ZbzVaZnRFUUFQAQ?oc=5")
    w = d(2019, 3, 12, 9, 55, 0, 0)
    add("https://meridianworldreport.example/africa/2019/03/12/algeria-president-drops-fifth-term-bid/",
        "Algeria's president drops bid for fifth term - but protesters want more", "Meridian World Report", "https://meridianworldreport.example", w,
        lambda k, o: it(k, "Algeria's president drops bid for fifth term - but protesters want more", w, [], junk=GN_JUNK, outlet=o,
                        note="The headline itself holds ' - but protesters want more': only the LAST ' - Meridian World Report' is the outlet suffix; cutting at the first ' - ' would lose half the headline and name 'but protesters want more - Meridian World Report' as outlet. Relevant."))
    w = d(2019, 3, 18, 7, 30, 0, 0)
    add("https://www.fenlandreview.example/2019/03/18/opinion-christchurch-response-beyond-new-zealand/",
        "Opinion: Why the Christchurch response matters far beyond New Zealand", "The Fenland Review", "https://www.fenlandreview.example", w,
        lambda k, o: it(k, "Opinion: Why the Christchurch response matters far beyond New Zealand", w, [], junk=GN_JUNK, outlet=o,
                        note="An opinion piece on events abroad, headline only: a story, relevant. Title label 'Opinion:' may be kept or dropped."))
    w = d(2019, 3, 16, 18, 5, 0, 0)
    add("https://www.severnsportdaily.example/rugby/six-nations/wales-grand-slam-ireland-cardiff-2019",
        "Six Nations: Wales beat Ireland in Cardiff to win the Grand Slam", "Severn Sport Daily", "https://www.severnsportdaily.example", w,
        lambda k, o: it(k, "Six Nations: Wales beat Ireland in Cardiff to win the Grand Slam", w, [], rel=False, junk=GN_JUNK, outlet=o,
                        note="Sport filed in the World topic: a story (headline only), not relevant."))
    w = d(2019, 3, 21, 12, 0, 0, 0)
    add("https://northdownpost.example/pictures/holi-festival-colours-india-nepal-2019",
        "In pictures: Holi festival of colours across India and Nepal", "Northdown Post", "https://northdownpost.example", w,
        lambda k, o: it(k, "In pictures: Holi festival of colours across India and Nepal", w, [], story=False, rel=False, junk=GN_JUNK, outlet=o,
                        note="A photo gallery listed in the topic feed: not a story. Title label 'In pictures:' may be kept or dropped."))
    text = _gn_doc("World - Latest - Google News",
                   "https://news.google.com/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0FtVnVHZ0pIUWlnQVAB?hl=en-GB&amp;gl=GB&amp;ceid=GB:en",
                   "en-GB", "2019 Google Inc.", d(2019, 3, 22, 0, 12, 0, 0), rows)
    return feed("en_gnews_topic_world_gb_2019.rss.xml", text, items, lang="en", outlet="The Harwich Courier", aliases=["Google News"],
                topic="aggregator", ctype="application/xml; charset=utf-8", declared="UTF-8",
                structure="Google News topic feed, British English edition (news.google.com/rss/topics/<id>?hl=en-GB&gl=GB&ceid=GB:en), March 2019: the standalone='yes' declaration, the whole document on one line without a trailing newline, <generator>NFE/5.0</generator> first, channel 'World - Latest - Google News', language en-GB (the reader's edition: home is the UK), webMaster and a '2019 Google Inc.' copyright; items ordered by Google's ranking (not by date), 'Headline - Outlet' titles (a headline holding ' - ' itself, an outlet with a hyphen), '/rss/articles/CBMi…?oc=5' redirect links whose older protobuf id encodes the publisher's URL, the id as non-permalink guid, GMT pubDates, escaped descriptions that are either the headline link and '&nbsp;&nbsp;<font color=\"#6f6f6f\">Outlet</font>' or an <ol> cluster of several outlets' headlines ending with a bold 'View full coverage on Google News' link, <source url> naming the publisher; an opinion piece, sport and a photo gallery",
                notes="Each item's outlet is its <source> (the feed-level outlet is the first item's); the aggregator name 'Google News' is also accepted, never 'World - Latest - Google News' or 'Google Inc.'. Every item is headline-only: the cluster lists are other outlets' headlines, not a summary. Relevance is judged for a British reader (the en-GB edition).")


# ---------------------------------------------------------------- Google News search, German edition, August 2022
def gnews_de():
    rows, items = [], []

    def add(url, title, outlet, home, when, exp):
        row, gid = _gn_item(url, title, outlet, home, when)
        rows.append(row)
        items.append(exp(gid, outlet))

    w = d(2022, 8, 1, 9, 41, 0, 2)
    add("https://www.rheinpfalzkurier.example/politik/ausland/getreidefrachter-verlaesst-odessa-razoni-100.html",
        "Erster Getreidefrachter seit Kriegsbeginn verlässt Odessa", "Rheinpfalz-Kurier", "https://www.rheinpfalzkurier.example", w,
        lambda k, o: it(k, "Erster Getreidefrachter seit Kriegsbeginn verlässt Odessa", w, [], junk=GN_JUNK, outlet=o,
                        note="Search feed item: a single headline link and the outlet in <font>, headline only. The outlet 'Rheinpfalz-Kurier' has a hyphen; only the final ' - Rheinpfalz-Kurier' goes. Relevant."))
    w = d(2022, 8, 2, 6, 15, 0, 2)
    add("https://hansebote.example/wirtschaft/getreideabkommen-brotpreise-baecker-id236041177.html",
        "Getreideabkommen: Was die Einigung für unsere Brotpreise bedeutet", "Hanse-Bote", "https://hansebote.example", w,
        lambda k, o: it(k, "Getreideabkommen: Was die Einigung für unsere Brotpreise bedeutet", w, [], rel=False, junk=GN_JUNK, outlet=o,
                        note="A service piece about German bread prices ('unsere Brotpreise'): home consumer economics, a story but not relevant, although the search term is the grain deal."))
    w = d(2022, 8, 3, 11, 2, 0, 2)
    add("https://www.nachrichtenwellenord.example/liveblog/ukraine-krieg-getreide-news-am-mittwoch-102.html",
        "Ukraine-Krieg im Liveblog: ++ Frachter „Razoni“ passiert den Bosporus ++", "Nachrichtenwelle Nord", "https://www.nachrichtenwellenord.example", w,
        lambda k, o: it(k, "Ukraine-Krieg im Liveblog: ++ Frachter „Razoni“ passiert den Bosporus ++", w, [], story=False, rel=False, junk=GN_JUNK, outlet=o,
                        note="A live blog (title 'im Liveblog' with '++ … ++' ticker marks): not a story, even headline-only."))
    w = d(2022, 8, 1, 18, 30, 0, 2)
    add("https://www.allgaeuer-wochenblatt.example/meinung/kommentar-getreideabkommen-deal-auf-zeit-art-1187334",
        "Kommentar zum Getreideabkommen: Ein Deal auf Zeit", "Allgäuer Wochenblatt", "https://www.allgaeuer-wochenblatt.example", w,
        lambda k, o: it(k, "Kommentar zum Getreideabkommen: Ein Deal auf Zeit", w, [], junk=GN_JUNK, outlet=o,
                        note="A commentary on the Black Sea grain deal: a story, relevant."))
    w = d(2022, 7, 27, 14, 48, 0, 2)
    add("https://www.saarmoselzeitung.example/ausland/tuerkei-un-koordinierungszentrum-istanbul-getreide_aid-73300121",
        "Türkei und UN eröffnen Koordinierungszentrum in Istanbul | Ausland", "Saar-Mosel-Zeitung", "https://www.saarmoselzeitung.example", w,
        lambda k, o: it(k, "Türkei und UN eröffnen Koordinierungszentrum in Istanbul", w, [], junk=GN_JUNK, outlet=o,
                        note="The publisher's own page title keeps its section ' | Ausland' before Google's ' - Outlet' suffix. Title label '| Ausland' may be kept or dropped. Relevant."))
    w = d(2022, 8, 2, 16, 0, 0, 2)
    add("https://www.radiomittelhessen.example/podcast/weltlage/hunger-als-waffe-getreide-folge-88",
        "Podcast „Weltlage“: Wie Hunger zur Waffe wird", "Radio Mittelhessen", "https://www.radiomittelhessen.example", w,
        lambda k, o: it(k, "Podcast „Weltlage“: Wie Hunger zur Waffe wird", w, [], story=False, rel=False, junk=GN_JUNK, outlet=o,
                        note="A podcast episode: not a story."))
    text = _gn_doc('"Getreideabkommen" - Google News', "https://news.google.com/search?q=Getreideabkommen&amp;hl=de&amp;gl=DE&amp;ceid=DE:de",
                   "de", "2022 Google LLC", d(2022, 8, 3, 12, 20, 0, 0), rows)
    return feed("de_gnews_search_getreideabkommen_2022.rss.xml", text, items, lang="de", outlet="Nachrichtenwelle Nord", aliases=["Google News"],
                topic="aggregator", ctype="application/xml; charset=utf-8", declared="UTF-8",
                structure="Google News search feed, German edition (news.google.com/rss/search?q=Getreideabkommen&hl=de&gl=DE&ceid=DE:de), August 2022: one line, standalone='yes', <generator>NFE/5.0</generator>, channel '\"Getreideabkommen\" - Google News' with the query in typewriter quotes, language 'de', '2022 Google LLC'; items ordered by relevance, not date; 'Headline - Outlet' titles where outlets carry hyphens ('Rheinpfalz-Kurier', 'Saar-Mosel-Zeitung') and one publisher's page title keeps its own ' | Ausland' section; CBMi redirect links and guids, GMT dates (newsroom +0200), single-link escaped descriptions with the outlet in <font color>, <source url>; a live blog, a podcast, a commentary and a home service piece returned by the search",
                notes="Each item's outlet is its <source>; 'Google News' is also accepted. Every item is headline-only. Relevance for a reader in Germany (gl=DE).")


# ---------------------------------------------------------------- Google News topic 'Mundo', Brazilian edition, August 2024
def gnews_br():
    rows, items = [], []

    def add(url, title, outlet, home, when, exp, cluster=()):
        row, gid = _gn_item(url, title, outlet, home, when, cluster, enc=cbmi_new)
        rows.append(row)
        items.append(exp(gid, outlet))

    w = d(2024, 8, 2, 21, 14, 0, -3)
    add("https://www.portalcerradonoticias.example/mundo/2024/08/02/venezuela-cne-oposicao-contesta-atas.ghtml",
        "Venezuela: oposição divulga atas e contesta resultado proclamado pelo CNE", "Portal Cerrado Notícias", "https://www.portalcerradonoticias.example", w,
        lambda k, o: it(k, "Venezuela: oposição divulga atas e contesta resultado proclamado pelo CNE", w, [], junk=[*GN_JUNK, "Jornal do Vale Paraibano"], outlet=o,
                        note="Cluster of two outlets' headlines (no 'full coverage' link in this edition's 2024 output): headline-only. The newer encrypted article id does not decode to the publisher's URL: the link stays the Google redirect; the outlet comes from <source>. Relevant."),
        cluster=[("https://jornaldovaleparaibano.example/internacional/venezuela-apuracao-atas-oposicao", "Atas da oposição indicam outro vencedor, dizem observadores", "Jornal do Vale Paraibano")])
    w = d(2024, 8, 8, 13, 40, 0, -3)
    add("https://jornaldovaleparaibano.example/internacional/brasil-colombia-mexico-nota-conjunta-venezuela",
        "Brasil, Colômbia e México pedem divulgação das atas em nota conjunta", "Jornal do Vale Paraibano", "https://jornaldovaleparaibano.example", w,
        lambda k, o: it(k, "Brasil, Colômbia e México pedem divulgação das atas em nota conjunta", w, [], junk=GN_JUNK, outlet=o,
                        note="Brazil's own foreign policy toward a neighbour: relevant."))
    w = d(2024, 8, 5, 15, 22, 0, -3)
    add("https://gazetadolitoralnorte.example/esportes/olimpiadas/paris-2024-ginastica-bronze-equipes-brasil",
        "Paris 2024: ginástica do Brasil conquista bronze inédito por equipes", "Gazeta do Litoral Norte", "https://gazetadolitoralnorte.example", w,
        lambda k, o: it(k, "Paris 2024: ginástica do Brasil conquista bronze inédito por equipes", w, [], rel=False, junk=GN_JUNK, outlet=o,
                        note="Olympic sport in the 'Mundo' topic: a story, not relevant."))
    w = d(2024, 8, 14, 19, 5, 0, -3)
    add("https://www.portalcerradonoticias.example/saude/2024/08/14/mpox-oms-emergencia-internacional.ghtml",
        "Mpox: OMS declara emergência de saúde pública de importância internacional", "Portal Cerrado Notícias", "https://www.portalcerradonoticias.example", w,
        lambda k, o: it(k, "Mpox: OMS declara emergência de saúde pública de importância internacional", w, [], junk=GN_JUNK, outlet=o,
                        note="An international body's emergency declaration over outbreaks abroad: relevant (world affairs, not home health news)."))
    w = d(2024, 8, 13, 10, 0, 0, -3)
    add("https://www.revistahorizonteglobal.example/quiz/capitais-america-do-sul-teste",
        "Quiz: você sabe as capitais da América do Sul? Teste seus conhecimentos", "Revista Horizonte Global", "https://www.revistahorizonteglobal.example", w,
        lambda k, o: it(k, "Quiz: você sabe as capitais da América do Sul? Teste seus conhecimentos", w, [], story=False, rel=False, junk=GN_JUNK, outlet=o,
                        note="A quiz ('Teste seus conhecimentos'): not a story."))
    w = d(2024, 8, 12, 8, 30, 0, -3)
    add("https://gazetadolitoralnorte.example/politica/enchentes-rs-novo-pacote-credito-empresas",
        "Enchentes no RS: governo federal anuncia novo pacote de crédito para empresas", "Gazeta do Litoral Norte", "https://gazetadolitoralnorte.example", w,
        lambda k, o: it(k, "Enchentes no RS: governo federal anuncia novo pacote de crédito para empresas", w, [], rel=False, junk=GN_JUNK, outlet=o,
                        note="Home (Brazilian) policy in the world topic: a story, not relevant."))
    text = _gn_doc("Mundo - Últimas - Google Notícias", "https://news.google.com/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0JYQjBMVUpTR2dKQ1VpZ0FQAQ?hl=pt-BR&amp;gl=BR&amp;ceid=BR:pt-419",
                   "pt-BR", "2024 Google LLC", d(2024, 8, 14, 22, 31, 0, 0), rows, desc="Google Notícias")
    return feed("pt_br_gnews_topic_mundo_2024.rss.xml", text, items, lang="pt", outlet="Portal Cerrado Notícias", aliases=["Google Notícias", "Google News"],
                topic="aggregator", ctype="application/xml; charset=utf-8", declared="UTF-8",
                structure="Google News topic feed, Brazilian edition (topics/<id>?hl=pt-BR&gl=BR&ceid=BR:pt-419), August 2024: one line, standalone='yes', NFE/5.0, channel 'Mundo - Últimas - Google Notícias', description 'Google Notícias', language pt-BR, '2024 Google LLC'; items in ranking order (NOT by date), 'Manchete - Veículo' titles, the NEWER opaque 'CBMi…' ids of mid-2024 (the protobuf holds an 'AU_yqL…' token, not the publisher URL, so the redirect cannot be resolved offline) as links and guids, GMT dates (Brasília -0300), one <ol> cluster of two outlets and otherwise single-link descriptions with <font color>, <source url>; Olympic sport, a quiz and home policy in the world topic",
                notes="Each item's outlet is its <source>; 'Google Notícias' / 'Google News' are also accepted. Every item is headline-only. Relevance for a reader in Brazil.")


# ---------------------------------------------------------------- Bing News search 'ceasefire', en-US, November 2020
def _bing_doc(q, qenc, mkt, year, rows):
    self_ = f"https://www.bing.com:443/news/search?q={qenc}&amp;format=rss"
    head = (f"<title>{esc(q)} - BingNews</title><link>{self_}</link><description>Search results</description>"
            f"<image><url>http://www.bing.com/rsslogo.gif</url><title>{esc(q)}</title><link>{self_}</link></image>"
            f"<copyright>Copyright © {year} Microsoft. All rights reserved. Results are for display in a personal feed reader only.</copyright>")
    return (f'<?xml version="1.0" encoding="utf-8" ?><rss version="2.0" xmlns:News="{self_}"><channel>' + head + "".join(rows) + "</channel></rss>")


def _bing_item(url, tid, c, mkt, title, snippet, when, outlet, img):
    link = bing_link(url, tid, c, mkt)
    extra = (f"<News:Image>https://www.bing.com/th?id=ON.{img}&amp;pid=News</News:Image><News:ImageSize>Small</News:ImageSize>"
             f"<News:ImageMaxWidth>700</News:ImageMaxWidth><News:ImageMaxHeight>466</News:ImageMaxHeight>") if img else ""
    row = (f"<item><title>{esc(title)}</title><link>{link}</link><description>{esc(snippet)}</description>"
           f"<pubDate>{gmt(when)}</pubDate><News:Source>{esc(outlet)}</News:Source>{extra}</item>")
    return row, link.replace("&amp;", "&")


def bing_us():
    rows, items = [], []

    def add(url, tid, c, title, snippet, when, outlet, img, exp):
        row, key = _bing_item(url, tid, c, "en-us", title, snippet, when, outlet, img)
        rows.append(row)
        items.append(exp(key, outlet))

    w = d(2020, 11, 10, 14, 22, 0, 0)
    add("https://www.potomacledger.example/world/2020/11/10/russian-peacekeepers-deploy-nagorno-karabakh-ceasefire/", "2A7C9E5B41D04F6C8E3B0A1D9F2C4E61", "5",
        "Russian peacekeepers deploy to Nagorno-Karabakh as ceasefire takes hold",
        "The first of nearly 2,000 Russian peacekeepers arrived in Nagorno-Karabakh on Tuesday under a deal that ended six weeks of fighting between Armenia and Azerbaijan. Azerbaijan will keep the territory it took, and Armenia must hand back three more districts by Dec. 1, the agreement says. Residents of Stepanakert who fled the shelling began ...",
        w, "The Potomac Ledger", "3F1E0B1C2A7D5E9F1B0C2D3E4F5A6B7C",
        lambda k, o: it(k, "Russian peacekeepers deploy to Nagorno-Karabakh as ceasefire takes hold", w, [], junk=["BingNews", "apiclick"], outlet=o,
                        note="Bing News search item: the link is a Bing click-through (apiclick.aspx with the publisher's URL percent-encoded in 'url='), no guid, the outlet only in <News:Source> (nothing in the title). The snippet is cut by Bing with ' ...' after a complete sentence: the unfinished sentence goes. Relevant."))
    w = d(2020, 11, 10, 3, 5, 0, 0)
    add("https://greatlakesdispatch.example/news/world/protesters-storm-armenian-parliament-ceasefire-deal", "9B0D3C2E1F4A5B6C7D8E9F0A1B2C3D4E", "9",
        "Protesters storm Armenian parliament after ceasefire deal announced",
        "YEREVAN, Armenia (GNS) — Hundreds of protesters broke into Armenia's parliament early Tuesday, hours after the prime minister announced he had signed a deal to end the fighting over Nagorno-Karabakh. \u201cThis is not peace, it is surrender,\u201d said Narek Avagyan, a 24-year-old student, outside the building ...",
        w, "Great Lakes Dispatch", "8C7B6A5F4E3D2C1B0A9F8E7D6C5B4A3F",
        lambda k, o: it(k, "Protesters storm Armenian parliament after ceasefire deal announced", w, [], quotes=[{"speaker": "Narek Avagyan"}], junk=["(GNS)"], outlet=o,
                        note="Snippet opens with a wire dateline and agency credit 'YEREVAN, Armenia (GNS) —', which is not part of the summary's sense; the quote's speaker is a student (no affiliation). Relevant."))
    w = d(2020, 11, 9, 16, 40, 0, 0)
    add("https://www.sunbeltliving.example/work-life/office-ceasefire-truce-with-coworkers", "4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F90", "2",
        "Ceasefire at the office? How to call a truce with a difficult coworker",
        "Workplace conflicts cost companies billions in lost productivity every year. Career coach Dana Whitfield shares five steps to de-escalate a feud before it reaches HR, starting with ...",
        w, "Sunbelt Living", "",
        lambda k, o: it(k, "Ceasefire at the office? How to call a truce with a difficult coworker", w, [], rel=False, outlet=o,
                        note="A workplace lifestyle piece returned by the search word 'ceasefire': a story, not relevant. No News:Image elements."))
    w = d(2020, 11, 9, 21, 15, 0, 0)
    add("https://www.lakeshoretribune.example/news/local/west-side-gang-ceasefire-holds-pastors", "1A2B3C4D5E6F708192A3B4C5D6E7F809", "1",
        "West Side gang ceasefire holds over weekend, pastors say",
        "No shootings were reported in the four blocks covered by the truce brokered by local churches, the first quiet weekend since August, organizers said Sunday ...",
        w, "Lakeshore Tribune", "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
        lambda k, o: it(k, "West Side gang ceasefire holds over weekend, pastors say", w, [], rel=False, outlet=o,
                        note="City crime news in the US (the en-us market): a story, not relevant."))
    w = d(2020, 11, 8, 11, 30, 0, 0)
    add("https://www.horndispatch.example/ethiopia-rejects-calls-for-ceasefire-tigray", "7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B", "3",
        "Ethiopia rejects calls for ceasefire as fighting in Tigray spreads",
        "Ethiopia's government on Sunday rejected calls from the African Union and the United Nations for a ceasefire in the northern Tigray region, saying its operation against the regional ruling party would continue until its leaders were arrested. Thousands of people have fled into Sudan ...",
        w, "Horn Dispatch", "6B5A4F3E2D1C0B9A8F7E6D5C4B3A2F1E",
        lambda k, o: it(k, "Ethiopia rejects calls for ceasefire as fighting in Tigray spreads", w, [], outlet=o, note="Relevant."))
    w = d(2020, 11, 10, 18, 0, 0, 0)
    add("https://www.potomacledger.example/video/karabakh-deal-turkey-russia-explained", "5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F", "6",
        "Video: What the Karabakh deal means for Turkey and Russia",
        "Our foreign affairs editor explains the winners and losers of the agreement. (2:41)",
        w, "The Potomac Ledger", "2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B",
        lambda k, o: it(k, "Video: What the Karabakh deal means for Turkey and Russia", w, [], story=False, rel=False, outlet=o,
                        note="A video clip with its running time: not a story. Title label 'Video:' may be kept or dropped."))
    text = _bing_doc("ceasefire", "ceasefire", "en-us", 2020, rows)
    return feed("en_bingnews_search_ceasefire_2020.rss.xml", text, items, lang="en", outlet="The Potomac Ledger", aliases=["Bing News", "BingNews"],
                topic="aggregator", ctype="application/rss+xml; charset=utf-8", declared="utf-8",
                structure="Bing News search feed (bing.com/news/search?q=ceasefire&format=rss, market en-us), November 2020: '<?xml version=\"1.0\" encoding=\"utf-8\" ?>' with a space before '?>', one line, the News: prefix bound to the search URL itself as namespace, channel 'ceasefire - BingNews', 'Search results', the rsslogo <image>, a Microsoft copyright line; items in relevance order with plain titles (no outlet suffix), apiclick.aspx click-through links (ref=FexRss, tid, the publisher URL percent-encoded in lower-case hex, c, mkt) and NO guid, escaped plain-text snippets of 150–300 characters cut with ' ...', GMT pubDates, <News:Source> naming the outlet, News:Image/ImageSize/ImageMaxWidth/ImageMaxHeight thumbnails (absent on one item); a lifestyle piece and city crime news matched by the search word, and a video",
                notes="Each item's outlet is its <News:Source> (the only place it is named); 'Bing News' is also accepted, never 'ceasefire - BingNews' or 'Microsoft'. Snippets are cut mid-sentence by the service. Relevance for a US reader (market en-us).")


# ---------------------------------------------------------------- Bing News search 'Libia', it-IT, January 2021
def bing_it():
    rows, items = [], []

    def add(url, tid, c, title, snippet, when, outlet, img, exp):
        row, key = _bing_item(url, tid, c, "it-it", title, snippet, when, outlet, img)
        rows.append(row)
        items.append(exp(key, outlet))

    w = d(2021, 1, 20, 17, 12, 0, 0)
    add("https://www.corrieredelletnea.example/esteri/libia-forum-dialogo-meccanismo-esecutivo-transizione-ginevra", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "4",
        "Libia, il Forum di dialogo approva il meccanismo per scegliere il governo di transizione",
        "Con il 73 per cento dei voti il Forum di dialogo politico libico ha approvato a Ginevra il meccanismo per scegliere il Consiglio presidenziale e il premier che porteranno il Paese alle elezioni del 24 dicembre. «È un passo che nessuno dava per scontato», ha commentato Giada Morelli, ricercatrice dell'Istituto ...",
        w, "Corriere dell'Etna", "D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6",
        lambda k, o: it(k, "Libia, il Forum di dialogo approva il meccanismo per scegliere il governo di transizione", w, [], junk=["BingNews"], quotes=[{"speaker": "Giada Morelli"}], outlet=o,
                        note="The snippet is cut inside the speaker's affiliation ('ricercatrice dell'Istituto ...'): the speaker is Giada Morelli; an affiliation cut to 'Istituto' is no body's name (no affiliation expected; a partial one is wrong). Relevant."))
    w = d(2021, 1, 19, 9, 45, 0, 0)
    add("https://www.gazzettadeltrapanese.example/cronaca/mazara-pescatori-liberati-procura-fascicolo-sequestro", "B2C3D4E5F60718293A4B5C6D7E8F90A1", "7",
        "Pescatori di Mazara, la Procura apre un fascicolo per sequestro di persona",
        "Un mese dopo la liberazione dei diciotto marittimi trattenuti per 108 giorni a Bengasi, la Procura di Roma ha aperto un fascicolo. Gli armatori chiedono al governo garanzie per la pesca nel Golfo della Sirte ...",
        w, "Gazzetta del Trapanese", "E2D3C4B5A6F7E8D9C0B1A2F3E4D5C6B7",
        lambda k, o: it(k, "Pescatori di Mazara, la Procura apre un fascicolo per sequestro di persona", w, [], outlet=o,
                        note="Italian fishermen held in eastern Libya; Rome's prosecutors and the fishing-rights dispute in the Gulf of Sirte: Italy–Libya relations, relevant."))
    w = d(2021, 1, 18, 12, 0, 0, 0)
    add("https://www.vocedilampedusa.example/cronaca/hotspot-collasso-sindaco-navi-quarantena", "C3D4E5F60718293A4B5C6D7E8F90A1B2", "1",
        "Lampedusa, hotspot al collasso: il sindaco chiede nuove navi quarantena",
        "Sono 612 le persone ospitate nel centro di contrada Imbriacola, che ne può accogliere 250. Il sindaco ha scritto alla prefettura di Agrigento ...",
        w, "La Voce di Lampedusa", "",
        lambda k, o: it(k, "Lampedusa, hotspot al collasso: il sindaco chiede nuove navi quarantena", w, [], rel=False, outlet=o,
                        note="Returned for 'Libia' but about the reception centre on an Italian island and a mayor's request to the prefecture: home news, a story, not relevant."))
    w = d(2021, 1, 17, 15, 30, 0, 0)
    add("https://www.ilmeridianoeconomico.example/energia/eni-noc-accordo-gas-mellitah-2021", "D4E5F60718293A4B5C6D7E8F90A1B2C3", "2",
        "Eni, nuovo accordo con la compagnia petrolifera libica per il gas di Mellitah",
        "L'intesa prevede investimenti per 650 milioni di dollari in tre anni e la manutenzione dell'impianto di compressione ...",
        w, "Il Meridiano Economico", "F3E4D5C6B7A8F9E0D1C2B3A4F5E6D7C8",
        lambda k, o: it(k, "Eni, nuovo accordo con la compagnia petrolifera libica per il gas di Mellitah", w, [], rel=False, outlet=o,
                        note="A company's supply deal abroad: business, a story but not relevant (a deal between two countries' firms stays business)."))
    w = d(2021, 1, 16, 10, 20, 0, 0)
    add("https://www.corrieredelletnea.example/foto/tripoli-citta-vecchia-dieci-anni-dopo", "E5F60718293A4B5C6D7E8F90A1B2C3D4", "8",
        "FOTO | Tripoli, la città vecchia dieci anni dopo la rivoluzione",
        "Le immagini del nostro inviato tra i vicoli della medina ...",
        w, "Corriere dell'Etna", "A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9",
        lambda k, o: it(k, "Tripoli, la città vecchia dieci anni dopo la rivoluzione", w, [], story=False, rel=False, outlet=o,
                        note="Photo gallery: not a story. Title label 'FOTO |' may be kept or dropped."))
    w = d(2021, 1, 21, 7, 50, 0, 0)
    add("https://www.ilgiornaledelpiave.example/esteri/turchia-russia-partita-libica-analisi", "F60718293A4B5C6D7E8F90A1B2C3D4E5", "3",
        "Turchia e Russia, la partita libica si gioca a Sirte: l'analisi",
        "Dietro la tregua firmata in ottobre restano i mercenari e le basi. Secondo il generale in congedo Ruggero Fabbri-Lenzi «nessuno dei due ha fretta di andarsene, perché la Libia è la porta dell'Africa» ...",
        w, "Il Giornale del Piave", "B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0",
        lambda k, o: it(k, "Turchia e Russia, la partita libica si gioca a Sirte: l'analisi", w, [], quotes=[{"speaker": "Ruggero Fabbri-Lenzi"}], outlet=o,
                        note="Analysis; the speaker's role 'generale in congedo' is a title, not an outlet or body. Relevant."))
    text = _bing_doc("Libia", "Libia", "it-it", 2021, rows)
    return feed("it_bingnews_search_libia_2021.rss.xml", text, items, lang="it", outlet="Corriere dell'Etna", aliases=["Bing News", "BingNews"],
                topic="aggregator", ctype="application/rss+xml; charset=utf-8", declared="utf-8",
                structure="Bing News search feed for the Italian market (q=Libia&format=rss, mkt=it-it), January 2021: the same one-line document as the US service (News: prefix bound to the search URL, 'Libia - BingNews', 'Search results' in English, rsslogo image, Microsoft copyright), plain Italian titles, apiclick.aspx links with mkt=it-it and no guid, escaped snippets with «…» quotes cut with ' ...', GMT dates, <News:Source> outlets (one with an apostrophe: \"Corriere dell'Etna\"), image elements missing on one item; home news and a business deal returned by the search word, a photo gallery",
                notes="Each item's outlet is its <News:Source>; 'Bing News' is also accepted. Relevance for a reader in Italy (mkt it-it): Italy's relations with Libya count, the Lampedusa reception centre is home news.")


FEEDS = [gnews_gb, gnews_de, gnews_br, bing_us, bing_it]
