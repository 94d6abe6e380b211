# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The tech, science and two oddly encoded feeds of the fifty-third held-out set: a long-running
technology news site on WordPress 5.5 served through FeedBurner (2020), a science news aggregator
of university press releases (2021), a Porto Alegre daily whose copy was DOUBLE-ENCODED through
Mac OS Roman (UTF-8 read as MacRoman and saved again as UTF-8, 2023) and a Peshawar Urdu daily
whose imported items were double-encoded through windows-1256 (UTF-8 read as the Arabic Windows
code page and saved again as UTF-8, 2024). All outlets, people and quotations are invented."""
from datetime import UTC

from h53 import cd, d, esc, feed, it, ordered, q, rfc822, wpt
from mk import zone_abbr


def mac2(s: str) -> str:
    """UTF-8 text read as Mac OS Roman and written out again as UTF-8 ('ção' -> 'ção')."""
    return s.encode("utf-8").decode("mac_roman")


def w1256(s: str) -> str:
    """UTF-8 text read as windows-1256 and written out again as UTF-8 ('پاکستان' -> 'ظ¾ط§ع©...')."""
    return s.encode("utf-8").decode("cp1256")


# ---------------------------------------------------------------- technology news site, WordPress 5.5 through FeedBurner, October–December 2020
def bytegazette():
    rows, items = [], []
    base = "https://www.bytegazette.example"

    def add(pid, slug, code, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        prox = f"http://feedproxy.google.example/~r/bytegazette/~3/{code}/"
        flare = (f'<div class="feedflare">\n<a href="http://feeds.feedburner.example/~ff/bytegazette?a={code}:Xv3Lp0q:yIl2AUoC8zA"><img src="http://feeds.feedburner.example/~ff/bytegazette?d=yIl2AUoC8zA" border="0"></img></a> '
                 f'<a href="http://feeds.feedburner.example/~ff/bytegazette?a={code}:Xv3Lp0q:V_sGLiPBpWU"><img src="http://feeds.feedburner.example/~ff/bytegazette?i={code}:Xv3Lp0q:V_sGLiPBpWU" border="0"></img></a>\n</div>'
                 f'<img src="http://feeds.feedburner.example/~r/bytegazette/~4/{code}" height="1" width="1" alt=""/>')
        cts = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"<item><title>{wpt(title)}</title><link>{prox}</link><comments>{url}#comments</comments><pubDate>{rfc822(when.astimezone(UTC))}</pubDate>"
                    f"<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}<guid isPermaLink=\"false\">{base}/?p={pid}</guid>"
                    f"<description><![CDATA[{excerpt}]]></description><content:encoded><![CDATA[{body}{flare}]]></content:encoded>"
                    f"<wfw:commentRss>{url}feed/</wfw:commentRss><slash:comments>{pid % 37}</slash:comments><feedburner:origLink>{url}</feedburner:origLink></item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2020, 12, 18, 23, 12, 0, -5)
    add(418822, "us-adds-smic-dji-to-entity-list", "pL2xN9aQw1E", "US adds China’s top chipmaker SMIC and drone maker DJI to trade blacklist", w, "Dana Whitcombe", ["Policy", "Semiconductors"],
        "The Commerce Department says SMIC’s ties to the Chinese military make it a national security risk.",
        '<p>The US Commerce Department on Friday added Semiconductor Manufacturing International Corp. (SMIC) and drone maker DJI to its Entity List, restricting American suppliers from selling them technology without a licence.</p>\n'
        '<p>&#8220;This is export control as foreign policy,&#8221; said Laurel Hsieh, a trade lawyer at Graybridge &amp; Holt in Washington. &#8220;Beijing will read it that way.&#8221;</p>\n'
        '<p>China&#8217;s commerce ministry said it &#8220;firmly opposes&#8221; the move.</p>\n',
        lambda k: it(k, "US adds China's top chipmaker SMIC and drone maker DJI to trade blacklist", w, ["Dana Whitcombe"], junk=["feedflare", "feedburner"],
                     quotes=[q("Laurel Hsieh", "Graybridge & Holt")],
                     note="FeedBurner-proxied WordPress item: <link> is the feedproxy redirect, feedburner:origLink the real URL, feedflare links and a 1x1 tracking image after the body. US export controls against China: world affairs, relevant even in a tech feed."))
    w = d(2020, 10, 13, 14, 5, 0, -4)
    add(416210, "apple-iphone-12-5g-magsafe", "kQ8vR3sLm2Z", "Apple’s iPhone 12 line brings 5G and MagSafe, drops the charger", w, "Sam Okonkwo-Reyes", ["Apple", "Mobile"],
        "Four models, all with 5G, and no power adapter in the box.",
        '<p>Apple announced four iPhone 12 models on Tuesday, all with 5G and a flat-edged design, and said it would no longer ship a charger or earphones in the box.</p>\n'
        '<h2>Prices</h2>\n<ul>\n<li>iPhone 12 mini: $699</li>\n<li>iPhone 12: $799</li>\n<li>iPhone 12 Pro: $999</li>\n</ul>\n',
        lambda k: it(k, "Apple's iPhone 12 line brings 5G and MagSafe, drops the charger", w, ["Sam Okonkwo-Reyes"], rel=False, junk=["feedflare"],
                     note="Product news: a story, not relevant."))
    w = d(2020, 11, 2, 9, 0, 0, -5)
    add(417005, "review-framework-laptop-alternative-thinkpad-x1", "tH5nB7vCx4W", "Review: The ThinkPad X1 Nano is a featherweight with a heavyweight price", w, "Priya Venkataraman", ["Reviews", "Laptops"],
        "At 907 grams it is the lightest ThinkPad ever made.",
        '<p>At 907 grams, the X1 Nano is the lightest ThinkPad ever made. Battery life in our tests was just over nine hours.</p>\n<p><strong>Verdict:</strong> 7/10</p>\n',
        lambda k: it(k, "Review: The ThinkPad X1 Nano is a featherweight with a heavyweight price", w, ["Priya Venkataraman"], rel=False, junk=["feedflare"],
                     note="Product review: a story, not relevant. Title label 'Review:' may be kept or dropped."))
    w = d(2020, 11, 27, 8, 0, 0, -5)
    add(417790, "black-friday-deals-2020-best-tech", "aZ9yX8wV7uT", "The best Black Friday 2020 tech deals we’ve found so far", w, "Deals Team", ["Deals"],
        "Updated continuously.",
        '<p>We update this list continuously. <em>Byte Gazette may earn a commission when you buy through links on our site.</em></p>\n',
        lambda k: it(k, "The best Black Friday 2020 tech deals we've found so far", w, [], story=False, rel=False, junk=["feedflare"],
                     note="Deals post with an affiliate disclaimer: not a story. 'Deals Team' is not a person."))
    w = d(2020, 12, 4, 17, 30, 0, -5)
    add(418103, "podcast-episode-298-the-year-in-chips", "mN4bV5cX6zL", "Byte Gazette Podcast, episode 298: the year in chips", w, "Byte Gazette", ["Podcast"],
        "This week on the show.",
        '<p>This week on the show: Apple&#8217;s M1, Nvidia&#8217;s Arm deal and a very strange year for chipmakers.</p>\n<p><audio class="wp-audio-shortcode" src="https://media.bytegazette.example/podcast/bg298.mp3" preload="none" controls="controls"></audio></p>\n',
        lambda k: it(k, "Byte Gazette Podcast, episode 298: the year in chips", w, [], story=False, rel=False, junk=["feedflare"], note="Podcast episode: not a story."))
    w = d(2020, 12, 15, 11, 40, 0, -5)
    add(418560, "solarwinds-hack-treasury-commerce-breach", "qW2eR4tY6uI", "SolarWinds hack: US agencies breached through network monitoring software", w, "Dana Whitcombe", ["Security", "Policy"],
        "Investigators say a foreign intelligence service is the likely culprit.",
        '<p>Hackers breached the US Treasury and Commerce departments by slipping malicious code into updates of SolarWinds&#8217; Orion software, which is used by thousands of organisations.</p>\n'
        '<p>&#8220;This has the hallmarks of a state operation,&#8221; said Marcus Ilves, a former NSA analyst who now runs the security firm Ironleaf.</p>\n',
        lambda k: it(k, "SolarWinds hack: US agencies breached through network monitoring software", w, ["Dana Whitcombe"], junk=["feedflare"],
                     quotes=[q("Marcus Ilves", "Ironleaf")],
                     note="A suspected state espionage operation against US government agencies: relevant (world affairs) although a tech story."))
    rows, items = ordered(rows, items)
    head = (f"<title>Byte Gazette</title><link>{base}</link><description>Technology news since 1998</description><lastBuildDate>{rfc822(d(2020, 12, 19, 4, 15, 0))}</lastBuildDate>"
            "<language>en-US</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><generator>https://wordpress.org/?v=5.5.3</generator>"
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.example/bytegazette" /><feedburner:info uri="bytegazette" />'
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.example/" />')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.example/~d/styles/itemcontent.css"?>'
            '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
            'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_tech_bytegazette_wp55_feedburner_2020.rss.xml", text, items, lang="en", outlet="Byte Gazette", topic="tech",
                ctype="text/xml; charset=UTF-8",
                structure="Long-running technology news site on WordPress 5.5.3 served through FeedBurner (feeds.feedburner…/bytegazette, October–December 2020): FeedBurner's re-serialisation (two xml-stylesheet PIs, every namespace on <rss>, no whitespace between elements, atom10:link self and hub, feedburner:info), channel title the brand only, items with feedproxy '~r/…/~3/<code>/' links and feedburner:origLink, comments, +0000 pubDates, CDATA dc:creator (people, 'Deals Team', the brand), CDATA categories, '?p=' guids, hand-written excerpts, content:encoded followed by the feedflare <div> and the 1x1 '~4' tracking image, a review, a deals post with an affiliate note and a podcast with an <audio> shortcode rendering")


# ---------------------------------------------------------------- science news aggregator of university press releases, March 2021
def sciencetide():
    rows, items = [], []
    base = "https://www.sciencetide.example"

    def add(rid, title, when, abbr, desc, exp):
        url = f"{base}/releases/{when.strftime('%Y/%m')}/{rid}.htm"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<pubDate>{zone_abbr(when, abbr)}</pubDate>\n<guid isPermaLink=\"false\">{url}</guid>\n</item>")
        items.append(exp(url))

    w = d(2021, 3, 17, 17, 43, 27, -4)
    add("210317174327", "Ancient DNA shows farmers and foragers lived side by side for centuries", w, "EDT",
        "Genomes from 40 individuals buried in the same valley show that early farming communities and hunter-gatherers coexisted for at least 400 years before mixing.",
        lambda k: it(k, "Ancient DNA shows farmers and foragers lived side by side for centuries", w, [], rel=False,
                     note="pubDate with the zone abbreviation 'EDT' (-0400). No authors in the feed. Science: a story, not relevant."))
    w = d(2021, 3, 16, 12, 1, 5, -4)
    add("210316120105", "A cathode without cobalt keeps 90 per cent of its capacity after 1,000 cycles", w, "EDT",
        "Engineers have made a nickel-rich battery cathode that does not use cobalt. \"Cobalt is the most expensive and the most ethically fraught part of a battery,\" said Professor Ines Maalouf, who led the work at Northmoor University.",
        lambda k: it(k, "A cathode without cobalt keeps 90 per cent of its capacity after 1,000 cycles", w, [], rel=False, quotes=[q("Ines Maalouf", "Northmoor University")],
                     note="Press-release summary quoting the lead researcher: a story, not relevant."))
    w = d(2021, 3, 12, 9, 30, 0, -5)
    add("210312093000", "Heatwaves bleached a third of surveyed reef corals in a single season", w, "EST",
        "A survey of 120 reef sites found that a third of corals bleached after one marine heatwave, the highest share recorded at those sites.",
        lambda k: it(k, "Heatwaves bleached a third of surveyed reef corals in a single season", w, [], rel=False,
                     note="The date before the US clock change carries 'EST' (-0500)."))
    w = d(2021, 3, 15, 16, 0, 0, -4)
    add("210315160000", "Editor's note: scheduled maintenance on March 20", w, "EDT",
        "The site will be unavailable for about two hours on Saturday, March 20.",
        lambda k: it(k, "Editor's note: scheduled maintenance on March 20", w, [], story=False, rel=False, note="Service notice: not a story."))
    w = d(2021, 3, 18, 10, 15, 42, -4)
    add("210318101542", "Meltwater is lubricating the base of a major Antarctic glacier, radar shows", w, "EDT",
        "Airborne radar surveys reveal a network of channels carrying meltwater under the glacier, which may speed its flow toward the sea. \"We did not expect this much water so far inland,\" said Dr Halvard Eikrem of the Polar Geophysics Institute.",
        lambda k: it(k, "Meltwater is lubricating the base of a major Antarctic glacier, radar shows", w, [], rel=False, quotes=[q("Halvard Eikrem", "Polar Geophysics Institute")],
                     note="Science: a story, not relevant."))
    w = d(2021, 3, 11, 14, 20, 0, -5)
    add("210311142000", "Webinar: Communicating uncertainty in science news", w, "EST",
        "Join our editors and two researchers for a free one-hour webinar. Registration required.",
        lambda k: it(k, "Webinar: Communicating uncertainty in science news", w, [], story=False, rel=False, note="Event promo: not a story."))
    rows, items = ordered(rows, items)
    head = (f"<title>Top News -- ScienceTide</title>\n<link>{base}/news/top/</link>\n<description>Top stories featured on ScienceTide's home page.</description>\n<language>en-us</language>\n"
            f"<pubDate>{zone_abbr(d(2021, 3, 18, 10, 20, 0, -4), 'EDT')}</pubDate>\n<lastBuildDate>{zone_abbr(d(2021, 3, 18, 10, 20, 0, -4), 'EDT')}</lastBuildDate>\n<ttl>60</ttl>\n"
            f"<image>\n<title>ScienceTide</title>\n<url>{base}/images/sciencetide.gif</url>\n<link>{base}/</link>\n</image>\n"
            f'<atom:link href="{base}/rss/top.xml" rel="self" type="application/rss+xml" />')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_science_sciencetide_top_2021.rss.xml", text, items, lang="en", outlet="ScienceTide", topic="science",
                ctype="application/rss+xml",
                structure="Science news aggregator that republishes university press releases, 'Top News' feed from its in-house system (March 2021): channel 'Top News -- Brand', en-us, ttl 60, image, atom self link, items with plain-text one- or two-sentence summaries (some quoting the lead researcher with his or her institution), pubDates with the US zone abbreviations EST and EDT across the clock change, non-permalink guids equal to the '/releases/YYYY/MM/<yymmddhhmmss>.htm' link, no authors, a maintenance notice and a webinar promo")


# ---------------------------------------------------------------- TRAP: Porto Alegre daily, copy double-encoded through Mac OS Roman, May 2023
def guaiba():
    rows, items = [], []
    base = "https://www.folhadoguaiba.example"

    def add(nid, title, when, author, paras, exp, bad=True):
        url = f"{base}/noticia.php?id={nid}"
        t = mac2(title) if bad else title
        body = "".join(f"<p>{mac2(p) if bad else p}</p>" for p in paras)
        au = f"\n  <author>{esc(mac2(author) if bad else author)}</author>" if author else ""
        rows.append(f"<item>\n  <title>{esc(t)}</title>\n  <link>{esc(url)}</link>\n  <description><![CDATA[{body}]]></description>{au}\n  <pubDate>{rfc822(when)}</pubDate>\n  <guid>{esc(url)}</guid>\n</item>")
        items.append(exp(url))

    w = d(2023, 5, 30, 19, 40, 0, -3)
    add(88412, "Cúpula em Brasília: governo reúne presidentes sul-americanos e propõe retomar a Unasul", w, "Luísa Kümmel",
        ["Os chefes de Estado de 11 países sul-americanos reuniram-se nesta terça-feira no Itamaraty, na primeira cúpula regional em quase uma década.",
         "“A integração não pode depender de quem está no governo em cada país”, disse a professora Adriana Schäffer, do Núcleo de Estudos Latino-Americanos da UFRGS.",
         "A declaração final prevê um grupo de contato para propor, em 120 dias, um novo mecanismo de cooperação."],
        lambda k: it(k, "Cúpula em Brasília: governo reúne presidentes sul-americanos e propõe retomar a Unasul", w, ["Luísa Kümmel"],
                     junk=["√", "‚Äú", "‚Äù", "√ß", "√£", "√∫"], quotes=[q("Adriana Schäffer", "UFRGS")],
                     note="DOUBLE-ENCODED: the title, body and author were UTF-8 read as Mac OS Roman and saved again as UTF-8 ('Cúpula' is 'C√∫pula', 'ç' is '√ß', '“' is '‚Äú'). The expected title, author and quote are the repaired text. Relevant."))
    w = d(2023, 5, 29, 15, 10, 0, -3)
    add(88377, "Erdoğan é reeleito na Turquia e promete “século turco”", w, "Agência Guaíba",
        ["O presidente turco venceu o segundo turno com 52,2% dos votos, segundo a autoridade eleitoral, e prolongou um governo que já dura duas décadas.",
         "A oposição denunciou uma campanha desigual. Observadores da OSCE disseram que a votação foi competitiva, mas não justa."],
        lambda k: it(k, "Erdoğan é reeleito na Turquia e promete “século turco”", w, [], junk=["√", "ƒü", "‚Äú"],
                     note="Double-encoded through MacRoman ('ğ' becomes 'ƒü', 'é' becomes '√©'). 'Agência Guaíba' (the outlet's own agency) is not a person. A head of state as the setting of a real election. Relevant."))
    w = d(2023, 5, 28, 11, 0, 0, -3)
    add(88341, "Chuva deixa 4 mil desalojados no Vale do Taquari", w, "Redação",
        ["A Defesa Civil estadual informou que 31 municípios decretaram situação de emergência depois de três dias de chuva."],
        lambda k: it(k, "Chuva deixa 4 mil desalojados no Vale do Taquari", w, [], rel=False,
                     note="This item was typed straight into the web CMS: its text is CLEAN UTF-8 (only the desk copy from the Mac workflow is double-encoded), so a repair applied to the whole document would damage it. Home news: a story, not relevant."), bad=False)
    w = d(2023, 5, 27, 18, 25, 0, -3)
    add(88320, "Sudão: cessar-fogo de sete dias começa com tiroteios em Cartum", w, "Tomás Vieira Härter",
        ["A trégua negociada pela Arábia Saudita e pelos Estados Unidos em Jidá entrou em vigor, mas moradores relataram confrontos e ataques aéreos na capital.",
         "“Ninguém aqui acredita em papel assinado”, disse por telefone o engenheiro brasileiro Caio Schneider, que trabalha em Cartum há seis anos."],
        lambda k: it(k, "Sudão: cessar-fogo de sete dias começa com tiroteios em Cartum", w, ["Tomás Vieira Härter"], junk=["√", "‚Äú"],
                     quotes=[q("Caio Schneider")],
                     note="Double-encoded through MacRoman (the name 'Härter' is 'H√§rter'). Relevant."))
    w = d(2023, 5, 26, 9, 0, 0, -3)
    add(88290, "Galeria: as melhores fotos da semana", w, "",
        ["Confira."],
        lambda k: it(k, "Galeria: as melhores fotos da semana", w, [], story=False, rel=False, note="Gallery: not a story. Clean text."), bad=False)
    w = d(2023, 5, 25, 21, 0, 0, -3)
    add(88265, "Eleições na Argentina: inflação de 109% domina a pré-campanha", w, "Luísa Kümmel",
        ["Com a inflação anual em 109%, a maior desde 1991, os pré-candidatos à Casa Rosada disputam propostas de dolarização e de novos controles de preços.",
         "Para os exportadores gaúchos, a crise no país vizinho já reduziu as vendas em 18% no ano."],
        lambda k: it(k, "Eleições na Argentina: inflação de 109% domina a pré-campanha", w, ["Luísa Kümmel"], junk=["√", "√ß", "√£"],
                     note="Double-encoded through MacRoman. Relevant."))
    rows, items = ordered(rows, items)
    head = (f"<title>{mac2('Folha do Guaíba – Mundo')}</title>\n<link>{base}/mundo/</link>\n<description>{mac2('Notícias do mundo')}</description>\n<language>pt-br</language>\n"
            f"<lastBuildDate>{rfc822(d(2023, 5, 30, 19, 45, 0, -3))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_br_folhadoguaiba_mundo_macroman_double_utf8_2023.rss.xml", text, items, lang="pt", outlet="Folha do Guaíba", aliases=["Folha do Guaiba"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Porto Alegre daily's 'Mundo' feed from a hand-written PHP script (noticia.php?id=<n>, May 2023): two-space indentation inside items, no namespaces, pt-br, RSS <author> with a person, the house agency or 'Redação', guid without isPermaLink equal to the link, CDATA <p> bodies, -0300 dates. The channel title and description and four of six items are DOUBLE-ENCODED: the desk's copy, exported from a Mac layout workflow, was UTF-8 read as Mac OS Roman and stored again as UTF-8, so 'ção' is 'ção', 'ú' is '√∫', 'ğ' is 'ƒü', '“' '”' are '‚Äú' '‚Äù' and '–' is '‚Äì'; two items typed into the web CMS are clean",
                notes="TRAP: the document is valid UTF-8 and well-formed, declared and served as UTF-8, but most of its text is MacRoman mojibake of UTF-8 (a kind no earlier set used: earlier double encodings went through windows-1252). A careful reader repairs it item by item (encode as mac_roman, decode as UTF-8 where that round-trips) and leaves the two clean items alone; showing '√' sequences is a mojibake defect.")


# ---------------------------------------------------------------- TRAP: Peshawar Urdu daily, imported items double-encoded through windows-1256, February 2024
def sarhadnama():
    rows, items = [], []
    base = "https://www.sarhadnama.example"

    def add(nid, slug, title, when, creator, paras, exp, bad=True):
        url = f"{base}/international/{nid}/{slug}"
        t = w1256(title) if bad else title
        body = "".join(f"<p>{w1256(p) if bad else p}</p>" for p in paras)
        cr = f"\n\t\t<dc:creator><![CDATA[{w1256(creator) if bad else creator}]]></dc:creator>" if creator else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(t)}</title>\n\t\t<link>{url}</link>\n\t\t<guid isPermaLink=\"true\">{url}</guid>{cr}\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t<description><![CDATA[{body}]]></description>\n\t</item>")
        item = exp(url)
        if bad:  # the mojibake sequences this item really carries (none of them can occur in clean Urdu)
            item.junk = [c for c in ("ط§", "غŒ", "ع©", "غ’") if c in t + body]
        items.append(item)

    w = d(2024, 2, 9, 22, 30, 0, 5)
    add(44120, "pakistan-election-results-delay-us-uk-eu-concern", "انتخابی نتائج میں تاخیر: امریکا، برطانیہ اور یورپی یونین کا اظہار تشویش", w, "خبر ایجنسی",
        ["واشنگٹن/لندن/برسلز (خبر ایجنسی) امریکا، برطانیہ اور یورپی یونین نے پاکستان میں عام انتخابات کے نتائج میں غیر معمولی تاخیر اور موبائل سروس کی بندش پر تشویش کا اظہار کیا ہے۔",
         "یورپی یونین کے ترجمان نے بیان میں کہا کہ بے ضابطگیوں کی شکایات کی ”بروقت اور مکمل تحقیقات“ کی جائیں۔"],
        lambda k: it(k, "انتخابی نتائج میں تاخیر: امریکا، برطانیہ اور یورپی یونین کا اظہار تشویش", w, [], junk=[],
                     note="DOUBLE-ENCODED through windows-1256: the Urdu UTF-8 was read as the Arabic Windows code page and saved again as UTF-8, so the text is Arabic-script mojibake ('ا' is 'ط§', 'ی' is 'غŒ', 'ے' is 'غ’'). The expected title is the repaired text. 'خبر ایجنسی' is not a person. Foreign governments reacting to the home election: relevant."))
    w = d(2024, 2, 8, 18, 0, 0, 5)
    add(44098, "iran-pakistan-ambassadors-return", "پاکستان اور ایران کے سفیر اپنے عہدوں پر واپس پہنچ گئے", w, "نامہ نگار",
        ["تہران اور اسلام آباد کے درمیان گزشتہ ماہ کی جوابی فضائی کارروائیوں کے بعد دونوں ملکوں کے سفیر اپنے عہدوں پر واپس پہنچ گئے ہیں۔",
         "پشاور یونیورسٹی کے شعبہ بین الاقوامی تعلقات کے پروفیسر ڈاکٹر اسفندیار خٹک نے کہا کہ ”سرحد پر امن دونوں ملکوں کی مجبوری ہے۔“"],
        lambda k: it(k, "پاکستان اور ایران کے سفیر اپنے عہدوں پر واپس پہنچ گئے", w, [], junk=[],
                     quotes=[q("اسفندیار خٹک", "پشاور یونیورسٹی")],
                     note="Double-encoded through windows-1256. 'نامہ نگار' (correspondent) is a credit, not a person. Home foreign relations: relevant."))
    w = d(2024, 2, 7, 12, 15, 0, 5)
    add(44061, "torkham-border-reopens-trade", "طورخم سرحد پانچ روز بعد تجارت کے لیے کھول دی گئی", w, "سلیم آفریدی",
        ["خیبر: پاکستان اور افغانستان کے درمیان طورخم سرحد کو پانچ روز کی بندش کے بعد تجارتی سرگرمیوں کے لیے کھول دیا گیا۔"],
        lambda k: it(k, "طورخم سرحد پانچ روز بعد تجارت کے لیے کھول دی گئی", w, ["سلیم آفریدی"], junk=[],
                     note="Double-encoded through windows-1256, including the dc:creator name. Border with Afghanistan: relevant."))
    w = d(2024, 2, 6, 10, 0, 0, 5)
    add(44020, "peshawar-snowfall-malam-jabba", "مالم جبہ اور کالام میں برفباری، سیاحوں کا رش", w, "اسٹاف رپورٹر",
        ["سوات: مالم جبہ اور کالام میں تازہ برفباری کے بعد سیاحوں کی بڑی تعداد پہنچ گئی۔"],
        lambda k: it(k, "مالم جبہ اور کالام میں برفباری، سیاحوں کا رش", w, [], rel=False,
                     note="Entered by hand in the CMS: CLEAN UTF-8 Urdu (only the imported items are double-encoded). Home news: a story, not relevant."), bad=False)
    w = d(2024, 2, 9, 9, 0, 0, 5)
    add(44105, "video-election-counting-peshawar", "ویڈیو: پشاور میں ووٹوں کی گنتی کے مناظر", w, "",
        ["ویڈیو دیکھیں"],
        lambda k: it(k, "ویڈیو: پشاور میں ووٹوں کی گنتی کے مناظر", w, [], story=False, rel=False, junk=[], note="Video: not a story. Double-encoded."))
    w = d(2024, 2, 5, 20, 40, 0, 5)
    add(44001, "gaza-ceasefire-talks-cairo", "غزہ جنگ بندی: قاہرہ میں مذاکرات کا نیا دور شروع", w, "خبر ایجنسی",
        ["قاہرہ (خبر ایجنسی) مصر اور قطر کی ثالثی میں غزہ میں جنگ بندی اور یرغمالیوں کی رہائی کے لیے مذاکرات کا نیا دور شروع ہوگیا ہے۔"],
        lambda k: it(k, "غزہ جنگ بندی: قاہرہ میں مذاکرات کا نیا دور شروع", w, [], junk=[], note="Double-encoded. Relevant."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>روزنامہ سرحد نامہ | بین الاقوامی</title>\n\t<link>{base}/international</link>\n\t<description>خیبر پختونخوا کا مقبول اخبار</description>\n\t<language>ur</language>\n"
            f"\t<lastBuildDate>{rfc822(d(2024, 2, 9, 22, 35, 0, 5))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_sarhadnama_international_cp1256_double_utf8_2024.rss.xml", text, items, lang="ur", outlet="روزنامہ سرحد نامہ", aliases=["سرحد نامہ", "Sarhad Nama"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Peshawar Urdu daily's international feed from a PHP CMS (February 2024): tab indentation, dc namespace, channel 'روزنامہ … | بین الاقوامی' in clean Urdu, language 'ur', permalink guids '/international/<id>/<slug>', CDATA dc:creator BEFORE pubDate (agency, correspondent, a person or absent), +0500 dates, CDATA <p> bodies with '(خبر ایجنسی)' datelines and ”…“ quotes. Five of six items came in through a news-import script that read the agency's UTF-8 as windows-1256 and stored the result again as UTF-8: titles, bodies and bylines are Arabic-script mojibake ('ظ¾ط§ع©ط³طھط§ظ†' for 'پاکستان', with ZWNJ/ZWJ and LRM/RLM characters where the code page has them); one hand-entered item is clean",
                notes="TRAP: valid UTF-8, well-formed and correctly declared, but five items are UTF-8 Urdu double-encoded through windows-1256 (a kind no earlier set used: set 46 declared UTF-8 bytes as windows-1256, set 23 declared windows-1256 bytes as ISO-8859-6; here the BYTES carry the double encoding). The garbage is in the right script, so a script check alone does not see it. A careful reader repairs each item (encode as cp1256, decode as UTF-8 where that round-trips) and leaves the clean item alone.")


FEEDS = [bytegazette, sciencetide, guaiba, sarhadnama]
