# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The tech, science and two oddly encoded feeds of the thirty-third held-out set: a New York
tech site's Atom feed, a London science weekly's RSS 1.0 feed with PRISM, a Ruhr daily's feed
whose Windows-1252 punctuation was converted to UTF-8 as if it were ISO-8859-1 (C1 control
characters), and a Sydney daily's JSON Feed whose summaries were cut between the two halves of
a surrogate pair (lone surrogates as JSON escapes). All outlets, people and quotations are
invented."""
import json
import re

from h33 import cd, d, esc, feed, it, q, rfc822


def isoz(w):
    return w.isoformat()


# ---------------------------------------------------------------- New York tech site, Atom (Verge-like on WordPress VIP)
def byteline():
    rows, items = [], []
    base = "https://www.byteline.example"

    def add(pid, path, title, author, cats, summary, body, when, upd, exp, fig=None):
        url = f"{base}/{path}"
        f = ""
        if fig:
            f = (f'<figure><img alt="{esc(fig[0])}" data-caption="{esc(fig[0])} | {esc(fig[1])}" data-portal-copyright="{esc(fig[1])}" data-has-syndication-rights="1" '
                 f'src="https://platform.byteline.example/wp-content/uploads/sites/2/2025/04/{pid}.jpg?quality=90&#038;strip=all&#038;crop=0,0,100,100" />'
                 f"<figcaption>{esc(fig[0])} | {esc(fig[1])}</figcaption></figure>")
        cts = "".join(f'\n\t\t\t<category scheme="{base}" term="{esc(c)}" />' for c in cats)
        rows.append(f"\t\t<entry>\n\t\t\t<author>\n\t\t\t\t<name>{esc(author)}</name>\n\t\t\t</author>\n\t\t\t<title type=\"html\">{cd(title)}</title>\n"
                    f"\t\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{url}\" />\n\t\t\t<id>{base}/?p={pid}</id>\n\t\t\t<updated>{isoz(upd)}</updated>\n\t\t\t<published>{isoz(when)}</published>{cts}\n"
                    f"\t\t\t<summary type=\"html\">{cd(summary)}</summary>\n\t\t\t<content type=\"html\">{cd(f + body)}</content>\n\t\t</entry>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2025, 4, 23, 9, 12, 44, -4)
    add(653120, "policy/653120/eu-dma-fine-apple-meta-app-store", "The EU fines Apple and Meta a combined €700 million under the Digital Markets Act", "Dominik Walcher-Reyes", ["News", "Policy", "Apple", "Meta", "Tech"],
        "The first DMA penalties land amid a trade fight with Washington.",
        '<p>The European Commission has fined Apple €500 million and Meta €200 million for breaking the Digital Markets Act, the first penalties under the law that took effect in 2024.</p>'
        '<p>The decisions arrive as the US administration threatens tariffs on countries that regulate American tech companies. “We enforce the law regardless of who owns the company,” said Commission spokesperson Liesbeth Vandermeulen.</p>', w, d(2025, 4, 23, 10, 0, 2, -4),
        lambda k: it(k, "The EU fines Apple and Meta a combined €700 million under the Digital Markets Act", w, ["Dominik Walcher-Reyes"], quotes=[q("Liesbeth Vandermeulen", "Commission")],
                     junk=["Image: ", "data-caption"],
                     note="Atom entry (WordPress VIP for a tech site): author first, CDATA title type=html, '?p=<id>' id, updated after published, category scheme/term, short summary, content with a <figure> whose figcaption 'caption | Image: credit' is not text. EU regulation in a trade dispute with the US: relevant."),
        fig=("European Commission headquarters in Brussels.", "Image: Jonas Verhaegen / Byteline"))
    w = d(2025, 4, 22, 17, 0, 0, -4)
    add(652988, "reviews/652988/pixel-9a-review", "Pixel 9a review: the sensible phone", "Allison Park-Everett", ["Reviews", "Google", "Phones", "Tech"],
        "A flat camera bar, seven years of updates, and the same old modem.",
        '<p>The Pixel 9a does not try to be exciting. It is a $499 phone with a good camera and a promise of updates until 2032.</p><p><strong>Score: 8/10</strong></p>', w, w,
        lambda k: it(k, "Pixel 9a review: the sensible phone", w, ["Allison Park-Everett"], rel=False, junk=["Image: "],
                     note="Product review: a story, not relevant."), fig=("The Pixel 9a in four colors.", "Image: Allison Park-Everett / Byteline"))
    w = d(2025, 4, 22, 12, 30, 0, -4)
    add(652901, "deals/652901/best-nintendo-switch-deals", "The best Nintendo Switch deals right now", "Brandon Kiel", ["Deals", "Gaming"],
        "Save on consoles, games and accessories.",
        '<p><em>Byteline may earn a commission from purchases made through links on this page.</em></p><p>Here are the best deals we could find this week.</p>', w, w,
        lambda k: it(k, "The best Nintendo Switch deals right now", w, [], story=False, rel=False, note="Affiliate deals post: not a story."))
    w = d(2025, 4, 21, 20, 45, 0, -4)
    add(652811, "policy/652811/commerce-ai-chip-export-rule-malaysia-thailand", "US adds Malaysia and Thailand to AI chip export restrictions", "Kendra Oyelaran", ["News", "Policy", "AI", "Nvidia", "Tech"],
        "Chipmakers will need licenses to ship advanced GPUs to the two countries, which Washington says have become transit points for China.",
        '<p>The Commerce Department will require export licenses for advanced AI chips shipped to Malaysia and Thailand starting next month, citing evidence that data centers in the two countries were reselling capacity to Chinese firms.</p>'
        '<p>“Southeast Asia is now the front line of the chip war,” said Theo Sandoval-Kim, a fellow at the Pacific Technology Policy Institute.</p>', w, d(2025, 4, 21, 21, 2, 0, -4),
        lambda k: it(k, "US adds Malaysia and Thailand to AI chip export restrictions", w, ["Kendra Oyelaran"], quotes=[q("Theo Sandoval-Kim", "Pacific Technology Policy Institute")],
                     note="Export controls toward foreign states: relevant."))
    w = d(2025, 4, 21, 14, 0, 0, -4)
    add(652760, "podcast/652760/bytecast-tariffs-iphone-prices", "Bytecast: Will tariffs make the iPhone $2,000?", "Bytecast", ["Podcasts"],
        "The hosts talk tariffs, chips and a very expensive phone.",
        '<p>Listen below or wherever you get your podcasts.</p><iframe frameborder="0" height="200" src="https://playlist.megaphone.example/?e=VMP123456" width="100%"></iframe>', w, w,
        lambda k: it(k, "Bytecast: Will tariffs make the iPhone $2,000?", w, [], story=False, rel=False, note="Podcast: not a story; the author element holds the show name."))
    w = d(2025, 4, 21, 10, 15, 0, -4)
    add(652702, "sponsored/652702/rethinking-cloud-security-for-hybrid-work", "Sponsored: Rethinking cloud security for the hybrid workplace", "Byteline Creative Studio", ["Sponsored"],
        "Presented by Northvale Systems.",
        '<p><em>This content was produced by Byteline Creative Studio in partnership with Northvale Systems. Byteline’s newsroom was not involved.</em></p><p>When half of a company works from home, the perimeter moves to the living room.</p>', w, w,
        lambda k: it(k, "Sponsored: Rethinking cloud security for the hybrid workplace", w, [], story=False, rel=False,
                     note="Sponsored content from the brand studio: not a story."))
    head = (f"\t<title type=\"text\">Byteline</title>\n\t<subtitle type=\"text\">Technology, science, culture and the future</subtitle>\n\t<updated>{isoz(d(2025, 4, 23, 10, 0, 2, -4))}</updated>\n"
            f"\t<link rel=\"alternate\" type=\"text/html\" href=\"{base}\" />\n\t<id>{base}/rss/index.xml</id>\n\t<link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/rss/index.xml\" />\n"
            f"\t<icon>https://platform.byteline.example/wp-content/uploads/sites/2/2025/01/favicon-512.png?w=150&amp;h=150&amp;crop=1</icon>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><feed\n\txmlns="http://www.w3.org/2005/Atom"\n\txmlns:thr="http://purl.org/syndication/thread/1.0"\n\txml:lang="en-US"\n\t>\n'
            + head + "\n".join(rows) + "\n</feed>\n")
    return feed("en_tech_byteline_wpvip.atom.xml", text, items, lang="en", outlet="Byteline", shape="atom", topic="tech",
                ctype="application/atom+xml; charset=UTF-8",
                structure="New York tech site's Atom feed on WordPress VIP in The Verge's 2025 shape (/rss/index.xml): the '<feed\\n\\txmlns=…' prolog with thr and xml:lang en-US, title and subtitle type=text, icon with &amp; in the URL; entries starting with <author><name>, CDATA title type=html, alternate link, '?p=<id>' id, updated BEFORE published (-04:00), category scheme/term, CDATA summary, CDATA content opening with a <figure> (img with data-caption/data-portal-copyright, '&#038;' in src, figcaption 'caption | Image: credit'); a review with a score, an affiliate deals post, a sponsored brand-studio post, a podcast with a show as author; April 2025")


# ---------------------------------------------------------------- London science weekly, RSS 1.0 with PRISM (Nature-like)
def orrery():
    rows, seq, items = [], [], []
    base = "https://www.orrery.example"

    def add(aid, title, creators, std, when, kind, exp):
        url = f"{base}/articles/{aid}"
        seq.append(f'\t\t\t\t<rdf:li rdf:resource="{url}"/>')
        crs = "".join(f"\n\t\t<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        doi = f"10.5555/{aid}"
        body = f'<p>Orrery, Published online: {when.day:02d} {when.strftime("%B %Y")}; <a href="{url}">doi:{doi}</a></p>{std}'
        rows.append(f'\t<item rdf:about="{url}">\n\t\t<title><![CDATA[{title}]]></title>\n\t\t<link>{url}</link>\n\t\t<content:encoded>{cd(body)}</content:encoded>\n'
                    f"\t\t<dc:title><![CDATA[{title}]]></dc:title>{crs}\n\t\t<dc:identifier>doi:{doi}</dc:identifier>\n\t\t<dc:source>Orrery, Published online: {when.strftime('%Y-%m-%d')}; | doi:{doi}</dc:source>\n"
                    f"\t\t<dc:date>{when.strftime('%Y-%m-%d')}</dc:date>\n\t\t<prism:publicationName>Orrery</prism:publicationName>\n\t\t<prism:doi>{doi}</prism:doi>\n\t\t<prism:url>{url}</prism:url>\n"
                    f"\t\t<prism:section>{kind}</prism:section>\n\t</item>")
        items.append(exp(url))

    w = d(2025, 7, 16, 0, 0)
    add("o41586-025-02211-7", "High-seas treaty passes 60 ratifications and will enter into force in September", ["Harriet Okonjo-Lind"],
        "<p>The agreement creates the first legal framework for marine protected areas in international waters. “Now comes the hard part: deciding where,” says ocean-policy researcher Matías Echeverría-Blum.</p>", w, "News",
        lambda k: it(k, "High-seas treaty passes 60 ratifications and will enter into force in September", w, ["Harriet Okonjo-Lind"], quotes=[q("Matías Echeverría-Blum")],
                     junk=["Published online", "doi:"],
                     note="RSS 1.0 (rdf:RDF, rdf:Seq) with PRISM: content:encoded opens with the journal line 'Orrery, Published online: 16 July 2025; doi:…' before the standfirst; dc:date is a bare date (no time, no zone: midnight UTC is the natural reading). An international treaty: relevant."))
    w = d(2025, 7, 16, 0, 0)
    add("s41586-025-09318-x", "Antarctic sea-ice loss amplified by ocean stratification changes since 2015", ["Kirsten Halvorsen", "Bao-Yu Tanaka", "Ricardo Mendonça-Silva"],
        "<p>Observations from 40 autonomous floats show warm deep water reaching the surface more often.</p>", w, "Article",
        lambda k: it(k, "Antarctic sea-ice loss amplified by ocean stratification changes since 2015", w, ["Kirsten Halvorsen", "Bao-Yu Tanaka", "Ricardo Mendonça-Silva"], rel=False,
                     junk=["Published online", "doi:"], note="Research paper with three dc:creator elements: a story (science), not relevant."))
    w = d(2025, 7, 15, 0, 0)
    add("o41586-025-02198-1", "Daily briefing: Why your cat may be a better statistician than you", [],
        "<p>Plus, the high-seas treaty and a new measles vaccine trial.</p>", w, "News",
        lambda k: it(k, "Daily briefing: Why your cat may be a better statistician than you", w, [], story=False, rel=False, junk=["Published online", "doi:"],
                     note="Newsletter edition: not a story. No dc:creator."))
    w = d(2025, 7, 15, 0, 0)
    add("o41586-025-02190-4", "Visa delays keep hundreds of foreign researchers from US conferences", ["Nadia Ferreira-Stoll"],
        "<p>Organizers of at least six large meetings say speakers from Africa, Asia and Latin America could not get visas in time. “We are becoming a country scientists route around,” says conference chair Gwen Adebayo-Larsen.</p>", w, "News",
        lambda k: it(k, "Visa delays keep hundreds of foreign researchers from US conferences", w, ["Nadia Ferreira-Stoll"], quotes=[q("Gwen Adebayo-Larsen", "conference chair")],
                     junk=["Published online", "doi:"], note="US visa policy and international scientific exchange, seen from a London journal: relevant (foreign policy of a state toward foreign nationals)."))
    w = d(2025, 7, 14, 0, 0)
    add("s41586-025-09240-2", "Author Correction: Deep-sea mining plumes travel further than predicted", ["Lior Ben-Haim", "Sunniva Aasland"],
        "", w, "Correction",
        lambda k: it(k, "Author Correction: Deep-sea mining plumes travel further than predicted", w, [], story=False, rel=False, junk=["Published online", "doi:"],
                     note="Correction notice: not a story (authors of a correction are not shown)."))
    w = d(2025, 7, 14, 0, 0)
    add("o41586-025-02177-2", "German stellarator sets record for sustained fusion plasma", ["Anselm Kuhnert"],
        "<p>The device held a high-performance plasma for 43 seconds.</p>", w, "News",
        lambda k: it(k, "German stellarator sets record for sustained fusion plasma", w, ["Anselm Kuhnert"], rel=False, junk=["Published online", "doi:"], note="Physics news: a story, not relevant."))
    head = (f'\t<channel rdf:about="{base}/orrery.rss">\n\t\t<title>Orrery</title>\n\t\t<description>Orrery, the weekly journal of science</description>\n\t\t<link>{base}/orrery</link>\n'
            "\t\t<dc:publisher>Orrery Publishing Group</dc:publisher>\n\t\t<dc:language>en</dc:language>\n\t\t<dc:rights>© 2025 Orrery Publishing Limited</dc:rights>\n"
            "\t\t<prism:publicationName>Orrery</prism:publicationName>\n\t\t<prism:issn>1234-5675</prism:issn>\n\t\t<prism:eIssn>1234-5687</prism:eIssn>\n"
            f"\t\t<prism:copyright>© 2025 Orrery Publishing Limited</prism:copyright>\n\t\t<prism:rightsAgent>permissions@orrery.example</prism:rightsAgent>\n"
            "\t\t<items>\n\t\t\t<rdf:Seq>\n" + "\n".join(seq) + "\n\t\t\t</rdf:Seq>\n\t\t</items>\n\t</channel>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">\n' + head + "\n".join(rows) + "\n</rdf:RDF>\n")
    return feed("en_science_orrery_rss1_prism.rdf", text, items, lang="en", outlet="Orrery", shape="rss1-rdf", topic="science",
                ctype="application/rss+xml; charset=UTF-8",
                structure="London science weekly's RSS 1.0 feed in Nature's 2025 shape: rdf:RDF with the RSS 1.0 default namespace, content, dc and PRISM 2.0; channel with dc:publisher, dc:language en, dc:rights, prism:issn/eIssn/copyright/rightsAgent and the rdf:Seq table of contents; items (rdf:about = URL) with CDATA title, link, CDATA content:encoded opening with the journal line 'Orrery, Published online: DD Month YYYY; <a>doi:…</a>' then the standfirst, CDATA dc:title, one dc:creator per author (none on the briefing), dc:identifier, dc:source, a DATE-ONLY dc:date, prism:publicationName/doi/url/section; a newsletter briefing, a research paper and an author correction; July 2025")


# ---------------------------------------------------------------- Ruhr daily: Windows-1252 punctuation converted as ISO-8859-1 (C1 controls in UTF-8)
C1 = {ch: chr(ch.encode("cp1252")[0]) for ch in "„“”‚‘’–—…€"}


def c1(s: str) -> str:
    """What iconv -f ISO-8859-1 -t UTF-8 makes of Windows-1252 punctuation: C1 control characters."""
    return "".join(C1.get(ch, ch) for ch in s)


def ruhr():
    rows, items = [], []
    base = "https://www.ruhrstaedter.example"

    def add(aid, path, title, desc, when, author, exp):
        url = f"{base}/{path},{aid}.html"
        au = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>{au}\n<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">rz-{aid}</guid>\n</item>")
        items.append(exp(f"rz-{aid}"))

    w = d(2025, 11, 12, 19, 30, 0, 1)
    add(1408811, "politik/ausland/polen-ostschild", "Polen baut „Ostschild“ aus – Kosten: 2,5 Mrd. €",
        "Warschau will die Befestigungen an der Grenze zu Belarus und Russland bis 2028 verdoppeln. „Das ist keine Mauer, das ist eine Versicherung“, sagt der Sicherheitsexperte Tomasz Wierzbicki-Lang.", w,
        "redaktion@ruhrstaedter.example (Birgit Hollmann)",
        lambda k: it(k, "Polen baut „Ostschild“ aus – Kosten: 2,5 Mrd. €", w, ["Birgit Hollmann"], quotes=[q("Tomasz Wierzbicki-Lang")],
                     note="TRAP item: every „ “ – € in the bytes is a C1 control character (U+0084, U+0093, U+0096, U+0080) written as valid UTF-8; the title must show the Windows-1252 meaning („Ostschild“ – €). <author> 'e-mail (Name)': the person. Relevant."))
    w = d(2025, 11, 12, 15, 0, 0, 1)
    add(1408790, "staedte/essen/weihnachtsmarkt-eroeffnung", "Essener Weihnachtsmarkt öffnet – mit Eisbahn und 250 Ständen",
        "Der Markt auf dem Kennedyplatz öffnet am Freitag. Der Glühwein kostet 4,50 € – 50 Cent mehr als im Vorjahr…", w, "redaktion@ruhrstaedter.example (Serkan Yıldırım-Kühn)",
        lambda k: it(k, "Essener Weihnachtsmarkt öffnet – mit Eisbahn und 250 Ständen", w, ["Serkan Yıldırım-Kühn"], rel=False,
                     note="City news: not relevant. The ellipsis is U+0085 (NEL) in the bytes; 'ı' in the author's name is a real UTF-8 letter (U+0131), proving the feed is UTF-8 and only the punctuation is broken."))
    w = d(2025, 11, 12, 11, 45, 0, 1)
    add(1408768, "politik/ausland/nahost-waffenruhe-verhandlungen-kairo", "Nahost: Neue Gespräche über Waffenruhe in Kairo",
        "Vertreter Israels und der Hamas verhandeln indirekt über eine zweite Phase. „Wir sind näher dran als je zuvor, aber noch nicht da“, sagte ein ägyptischer Diplomat. Die Gespräche sollen bis Sonntag dauern.", w, None,
        lambda k: it(k, "Nahost: Neue Gespräche über Waffenruhe in Kairo", w, [], note="Anonymous diplomat quoted: no named speaker. No author element. Relevant."))
    w = d(2025, 11, 11, 20, 0, 0, 1)
    add(1408702, "service/raetsel/sudoku-des-tages", "Sudoku des Tages – Dienstag, 11. November",
        "Das tägliche Zahlenrätsel – jetzt online lösen!", w, None,
        lambda k: it(k, "Sudoku des Tages – Dienstag, 11. November", w, [], story=False, rel=False, note="Puzzle: not a story."))
    w = d(2025, 11, 11, 16, 30, 0, 1)
    add(1408688, "panorama/welt/japan-baer-supermarkt-akita", "Japan: Bär verirrt sich in Supermarkt – Kunden in Sicherheit",
        "Das Tier hatte sich zwischen Regalen versteckt. Nach zwei Tagen wurde es betäubt und im Wald freigelassen.", w, None,
        lambda k: it(k, "Japan: Bär verirrt sich in Supermarkt – Kunden in Sicherheit", w, [], rel=False, note="Curiosity abroad: a story, not relevant."))
    w = d(2025, 11, 11, 9, 15, 0, 1)
    add(1408650, "politik/ausland/eu-russland-sanktionspaket-fluessiggas", "EU beschließt 20. Sanktionspaket gegen Russland – Flüssiggas-Importe enden 2027",
        "Die Mitgliedstaaten haben sich nach wochenlangem Streit geeinigt. Ungarn und die Slowakei erhalten Übergangsfristen. (dpa)", w, None,
        lambda k: it(k, "EU beschließt 20. Sanktionspaket gegen Russland – Flüssiggas-Importe enden 2027", w, [], junk=["(dpa)"], note="Agency tag '(dpa)'. Relevant."))
    head = (f"<title>Ruhrstädter Zeitung – Politik</title>\n<link>{base}/politik/</link>\n<description>Nachrichten aus Politik, Ausland und der Region – Ruhrstädter Zeitung</description>\n"
            f"<language>de-de</language>\n<copyright>© Ruhrstädter Verlagsgesellschaft mbH</copyright>\n<lastBuildDate>{rfc822(d(2025, 11, 12, 19, 31, 0, 1))}</lastBuildDate>\n")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"
    text = c1(text)
    return feed("de_ruhrstaedter_politik_c1_controls_iconv.rss.xml", text, items, lang="de", outlet="Ruhrstädter Zeitung", aliases=["Ruhrstädter"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Ruhr daily's 'Politik' feed from a legacy CMS whose ISO-8859-1 database actually held Windows-1252 text and whose feed script converts it with iconv('ISO-8859-1', 'UTF-8'): the document is VALID UTF-8 and well-formed XML 1.0, but every curly quote, dash, ellipsis and euro sign („ “ ‚ ‘ ’ – — … €) is a C1 control character (U+0084, U+0093, U+0082, U+0091, U+0092, U+0096, U+0097, U+0085, U+0080) encoded as two bytes (C2 84, C2 93, …), while umlauts and ß are correct and a Turkish dotless ı (U+0131) shows the feed is genuinely UTF-8; no namespaces, no indentation, channel and copyright with the same C1 dashes, <author> as 'e-mail (Name)', 'rz-<id>' non-permalink guids, +0100 dates; city news, a sudoku, a curiosity; November 2025",
                notes="TRAP: well-formed and correctly labelled UTF-8, yet the punctuation is C1 controls (the classic ISO-8859-1 ≠ Windows-1252 conversion). A careful reader maps U+0080–U+009F to their Windows-1252 characters (as the WHATWG encoding standard does for 'iso-8859-1' labels) and shows „…“ – … €; showing invisible controls or dropping them (gluing 'Ostschild' to its neighbours, losing the euro sign) is a defect. Refusal is not acceptable: the XML is valid.")


# ---------------------------------------------------------------- Sydney daily: JSON Feed with summaries cut inside a surrogate pair
def _cut(s: str, units: int) -> str:
    """JavaScript's s.slice(0, units): counts UTF-16 code units and may split a surrogate pair."""
    b = s.encode("utf-16-le", "surrogatepass")[: 2 * units]
    return b.decode("utf-16-le", "surrogatepass")


def _node_json(obj) -> str:
    """JSON.stringify(obj, null, 2) since ES2019: non-ASCII raw, lone surrogates as \\uXXXX escapes."""
    s = json.dumps(obj, ensure_ascii=False, indent=2)
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", s)


def harbourside():
    base = "https://www.harboursideherald.example"
    entries, items = [], []

    def add(path, title, author, text_, cut, when, tags, exp, html=None):
        url = f"{base}/{path}"
        # cut: an emoji to split (slice right after its high surrogate) or a clean length
        if isinstance(cut, str):
            units = len(text_[: text_.index(cut)].encode("utf-16-le")) // 2 + 1
        else:
            units = cut
        summary = _cut(text_, units) + "…"
        e = {"id": url, "url": url, "title": title, "content_html": html or "".join(f"<p>{p}</p>" for p in text_.split("\n")),
             "summary": summary, "date_published": when.isoformat()}
        if author:
            e["authors"] = [{"name": author}]
        e["tags"] = tags
        entries.append(e)
        items.append(exp(url))

    w = d(2026, 8, 19, 18, 20, 0, 10)
    t = "Australia and Indonesia sign Jakarta defence treaty, upgrading 2024 pact"
    add("world/asia/australia-and-indonesia-sign-jakarta-defence-treaty-20260819-p5q1xa.html", t, "Karina Soedjatmiko",
        "Jakarta: Australia and Indonesia have signed a treaty committing both countries to consult if either faces a threat. Indonesia's defence ministry posted a photo of the signing with the caption \"Tetangga, mitra 🇮🇩🤝🇦🇺\" within minutes.\n\"It is the closest either country has come to an alliance without using the word,\" said Dr Hendra Wiranata of the Lowy-Hale Centre.",
        "🤝", w, ["World", "Indonesia", "Defence"],
        lambda k: it(k, t, w, ["Karina Soedjatmiko"], quotes=[q("Hendra Wiranata", "Lowy-Hale Centre")],
                     note="TRAP item: the summary was cut with JavaScript's slice() between the two halves of the handshake emoji, so it ends in a LONE high surrogate written as the JSON escape '\\ud83e' before '…'. A careful reader drops the half character (or takes the text from content_html) and never shows U+FFFD; crashing on encoding is a defect. Relevant."))
    w = d(2026, 8, 19, 14, 5, 0, 10)
    t = "Canberra pledges $250m more for Ukraine, including 40 Bushmaster vehicles"
    add("politics/federal/canberra-pledges-250m-more-for-ukraine-20260819-p5q1r2.html", t, "Matthew Knott-Garrity",
        "The package brings Australia's total military aid to Ukraine to more than $1.8 billion. Ukraine's ambassador thanked Australians on social media with \"Дякуємо, Australia 🇺🇦💛💙\" as the announcement was made.\nThe Opposition backed the package but called for a longer-term commitment.",
        "🇺🇦", w, ["Politics", "Federal", "Ukraine"],
        lambda k: it(k, t, w, ["Matthew Knott-Garrity"],
                     note="Summary cut inside the Ukrainian flag emoji: a lone '\\ud83c' escape before '…'. The home country's foreign military aid: relevant."))
    w = d(2026, 8, 19, 10, 40, 0, 10)
    t = "Swans fans camp overnight for finals tickets at the SCG"
    add("sport/afl/swans-fans-camp-overnight-for-finals-tickets-20260819-p5q1m8.html", t, "Andrew Wu-Tipping",
        "Hundreds of Sydney supporters queued from 9pm for the 10am release, some chanting \"Cheer, cheer the red and the white 🔴⚪\" through the night. Ticketing staff said the allocation sold out in 14 minutes.",
        "🔴", w, ["Sport", "AFL"],
        lambda k: it(k, t, w, ["Andrew Wu-Tipping"], rel=False, note="Home sport: not relevant. Summary cut inside the red-circle emoji (lone '\\ud83d')."))
    w = d(2026, 8, 19, 6, 0, 0, 10)
    t = "Wordle hints and answer for today, August 19"
    add("culture/games/wordle-hints-and-answer-august-19-20260819-p5q1k0.html", t, None,
        "Stuck on today's Wordle? Here are three hints 🟩🟨⬛ and the answer further down the page.",
        "🟨", w, ["Culture", "Puzzles"],
        lambda k: it(k, t, w, [], story=False, rel=False, note="Puzzle hints page: not a story. No authors. Summary cut inside a square emoji."))
    w = d(2026, 8, 18, 21, 30, 0, 10)
    t = "Bali to double tourist levy as visitor numbers hit record"
    add("traveller/bali-to-double-tourist-levy-20260818-p5q1h3.html", t, "Lee Tulloch-Haines",
        "Foreign visitors to Bali will pay 300,000 rupiah from January, up from 150,000. Tourism operators in Ubud said they expected little effect on Australian arrivals.",
        160, w, ["Traveller", "Indonesia"],
        lambda k: it(k, t, w, ["Lee Tulloch-Haines"], rel=False, note="Travel news abroad: a story, not relevant. This summary has no emoji: the cut is clean."))
    w = d(2026, 8, 18, 16, 10, 0, 10)
    t = "Pacific leaders reject China's offer to fund regional police academy"
    add("world/oceania/pacific-leaders-reject-china-s-offer-20260818-p5q1d9.html", t, "Kate Geraghty-Moana",
        "Suva: Pacific Islands Forum leaders have declined a Chinese offer to build and staff a regional police training academy in Fiji. Tonga's police commissioner welcomed the decision: \"Pacific policing, by the Pacific 🌊\", he wrote.\n\"The forum has drawn a line it has been reluctant to draw for years,\" said Dr Seini Taufa'ahau-Wells, a researcher at the University of the South Pacific.",
        "🌊", w, ["World", "Pacific"],
        lambda k: it(k, t, w, ["Kate Geraghty-Moana"], quotes=[q("Seini Taufa'ahau-Wells", "University of the South Pacific")],
                     note="Summary cut inside the wave emoji (lone '\\ud83c'). Pacific regional security and China: relevant."))
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "World | The Harbourside Herald", "home_page_url": f"{base}/world",
           "feed_url": f"{base}/rss/world.json", "description": "World news from The Harbourside Herald", "language": "en-AU",
           "icon": f"{base}/icons/icon-512.png", "items": entries}
    text = _node_json(doc)
    return feed("en_au_harboursideherald_world_jsonfeed_lone_surrogates.json", text, items, lang="en", outlet="The Harbourside Herald", aliases=["Harbourside Herald"],
                shape="jsonfeed", ctype="application/feed+json; charset=utf-8",
                structure="Sydney daily's world JSON Feed 1.1 written by a Node (Next.js route) handler with JSON.stringify(feed, null, 2): two-space indentation, no trailing newline, language en-AU, items with id = url, title, content_html, summary, date_published (+10:00), authors [{name}] (absent on the puzzle page), tags; the summaries are content cut with String.prototype.slice(0, n) and '…' appended, which in five items splits an emoji's surrogate pair, so ES2019's well-formed JSON.stringify writes the lone high surrogate as an ASCII escape ('\\ud83c', '\\ud83d'); everything else is raw UTF-8 (Cyrillic, emoji pairs); the file is valid JSON and valid UTF-8; home sport, a Wordle page and a travel story; August 2026",
                notes="TRAP: json.loads accepts the lone surrogate escapes and yields strings that cannot be encoded as UTF-8 ('surrogates not allowed'). A careful reader decodes the feed, drops or replaces the lone surrogates (never shows U+FFFD in a summary; content_html is intact) and previews every item; crashing is a defect, refusing is not acceptable (the document is valid).")


FEEDS = [byteline, orrery, ruhr, harbourside]
