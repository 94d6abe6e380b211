# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the thirty-first held-out set: a Macau Portuguese
daily whose ASP.NET SyndicationFeed writes UTF-16 (little-endian, with a BOM) while the server
says charset=utf-8, and a Valletta English daily's hand-written PHP feed in ISO-8859-1 with the
charset only in the HTTP header, undeclared HTML entities, mixed escaping and an item left
unclosed. All outlets, people and quotations are invented."""
from h31 import d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- UTF-16LE + BOM from .NET's Rss20FeedFormatter, header says utf-8
def praiagrande():
    rows, items = [], []
    base = "https://www.gazetapraiagrande.example"
    nl = "\r\n"

    def add(nid, title, when, author, cat, desc, exp):
        url = f"{base}/noticia.aspx?id={nid}"
        au = (f"{nl}      <a10:author>{nl}        <a10:name>{esc(author)}</a10:name>{nl}      </a10:author>") if author else ""
        rows.append(f'    <item>{nl}      <guid isPermaLink="false">{nid}</guid>{nl}      <link>{esc(url)}</link>{au}{nl}      <category>{esc(cat)}</category>{nl}'
                    f"      <title>{esc(title)}</title>{nl}      <description>{esc(desc)}</description>{nl}      <pubDate>{rfc822(when)}</pubDate>{nl}"
                    f"      <a10:updated>{when.isoformat()}</a10:updated>{nl}    </item>")
        items.append(exp(str(nid)))

    w = d(2021, 9, 17, 19, 20, 0, 8)
    add(70412, "Pequim acusa pacto AUKUS de “mentalidade de Guerra Fria”", w, "Rui Sequeira Lam", "Internacional",
        "<p>O Ministério dos Negócios Estrangeiros da China acusou ontem os Estados Unidos, o Reino Unido e a Austrália de alimentarem uma “mentalidade de Guerra Fria” com o pacto de segurança que prevê a entrega de submarinos de propulsão nuclear a Camberra.</p>"
        "<p>“A região não precisa de mais submarinos, precisa de mais comércio”, disse à Gazeta o investigador Leonel Ho, da Universidade de Macau.</p>"
        "<p>A França, que perdeu um contrato de submarinos com a Austrália, chamou os embaixadores em Washington e Camberra.</p>",
        lambda k: it(k, "Pequim acusa pacto AUKUS de “mentalidade de Guerra Fria”", w, ["Rui Sequeira Lam"], quotes=[q("Leonel Ho", "Universidade de Macau")],
                     note="Rss20FeedFormatter order: guid first, link, a10:author (name only, so .NET writes the Atom element instead of RSS <author>), category, title, description, pubDate, a10:updated. The home country's (China's) foreign policy toward a new alliance: relevant."))
    w = d(2021, 9, 16, 12, 0, 0, 8)
    add(70398, "Eleições legislativas: participação cai para 42%, a mais baixa de sempre", w, "Sofia Ng Carvalho", "Política",
        "<p>A taxa de participação nas eleições de domingo para a Assembleia Legislativa foi de 42,38%, a mais baixa desde 1999. A Comissão dos Assuntos Eleitorais atribuiu a quebra à pandemia.</p>",
        lambda k: it(k, "Eleições legislativas: participação cai para 42%, a mais baixa de sempre", w, ["Sofia Ng Carvalho"], rel=False,
                     note="Home (Macau) politics in the feed: a story, not relevant."))
    w = d(2021, 9, 15, 18, 30, 0, 8)
    add(70377, "Timor-Leste pede calendário para adesão à ASEAN", w, "Lusa", "Lusofonia",
        "<p>Díli, 15 set (Lusa) – O Governo timorense pediu hoje aos parceiros da Associação das Nações do Sudeste Asiático um calendário concreto para a adesão do país, dez anos depois de ter apresentado a candidatura.</p>",
        lambda k: it(k, "Timor-Leste pede calendário para adesão à ASEAN", w, [], junk=["(Lusa)"],
                     note="Agency copy with a Lusa dateline 'Díli, 15 set (Lusa) –'; 'Lusa' in a10:author is not a person. Relevant."))
    w = d(2021, 9, 14, 21, 0, 0, 8)
    add(70361, "Galeria: o Festival do Bolo Lunar na Praia Grande", w, "", "Galerias",
        "<p>As imagens da noite.</p>",
        lambda k: it(k, "Galeria: o Festival do Bolo Lunar na Praia Grande", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'Galeria:' may be kept or dropped."))
    w = d(2021, 9, 13, 9, 45, 0, 8)
    add(70342, "Guiné-Conacri: junta militar promete governo de transição e fecha fronteiras", w, "Lusa", "Internacional",
        "<p>Conacri, 12 set (Lusa) – A junta militar que tomou o poder na Guiné-Conacri prometeu formar um governo de unidade nacional e manteve as fronteiras terrestres fechadas, enquanto a CEDEAO suspendeu o país.</p>",
        lambda k: it(k, "Guiné-Conacri: junta militar promete governo de transição e fecha fronteiras", w, [], junk=["(Lusa)"], note="Relevant."))
    w = d(2021, 9, 12, 16, 10, 0, 8)
    add(70330, "Autárquicas em Portugal: Lisboa e Porto em disputa renhida, dizem sondagens", w, "Sofia Ng Carvalho", "Lusofonia",
        "<p>A duas semanas das eleições autárquicas de 26 de Setembro, as sondagens mostram uma disputa renhida em Lisboa.</p>"
        "<p>“Para a comunidade portuguesa de Macau, o que conta é quem vai tratar dos vistos e dos voos”, comentou o advogado macaense Henrique Sales Marçal.</p>",
        lambda k: it(k, "Autárquicas em Portugal: Lisboa e Porto em disputa renhida, dizem sondagens", w, ["Sofia Ng Carvalho"], quotes=[q("Henrique Sales Marçal")],
                     note="Portugal's elections are foreign politics from Macau: relevant."))
    head = (f"  <channel>{nl}    <title>Gazeta da Praia Grande</title>{nl}    <link>{base}/</link>{nl}    <description>Diário de língua portuguesa</description>{nl}"
            f"    <language>pt</language>{nl}    <lastBuildDate>{rfc822(d(2021, 9, 17, 19, 22, 0, 8))}</lastBuildDate>{nl}    <a10:id>{base}/rss.aspx</a10:id>")
    text = ('\ufeff<?xml version="1.0" encoding="utf-16"?>' + nl + '<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0">' + nl
            + head + nl + nl.join(rows) + nl + "  </channel>" + nl + "</rss>")
    return feed("pt_gazetapraiagrande_utf16le_bom_header_utf8.rss.xml", text.removeprefix("\ufeff"), items, lang="pt", outlet="Gazeta da Praia Grande", aliases=["Gazeta"],
                encoding="utf-16", declared="utf-16", ctype="text/xml; charset=utf-8",
                structure="Macau Portuguese-language daily's feed from an ASP.NET page using System.ServiceModel.Syndication's Rss20FeedFormatter written through an XmlWriter on a UTF-16 stream: the bytes are UTF-16 LITTLE-ENDIAN with a BOM (FF FE), the prolog says encoding=\"utf-16\", but the page sets 'Content-Type: text/xml; charset=utf-8'; CRLF line ends, two-space indentation, no trailing newline, the a10 prefix for the Atom namespace, a10:id on the channel, items in the formatter's order (guid first, link, a10:author with a10:name, category, title, description, pubDate, a10:updated), '/noticia.aspx?id=<n>' links (escaped &amp;-free), numeric non-permalink guids, escaped <p> descriptions with “…” quotes, Lusa datelines, language 'pt' (no region), +0800 dates in September 2021",
                notes="TRAP: the HTTP header says utf-8 but the body is UTF-16LE with a BOM. The BOM is authoritative (RFC 7303 §3; XML 1.0 Appendix F): a careful reader decodes UTF-16 and shows every item. Decoding as UTF-8 gives NUL-riddled garbage or a parse error; reading the header only and refusing is a defect here, since the BOM and the prolog agree.")


# ---------------------------------------------------------------- Latin-1, charset only in the header, HTML entities, mixed escaping, an unclosed item
def marsamxett():
    rows, items = [], []
    base = "http://www.marsamxettmail.example"

    w1 = d(2023, 1, 19, 18, 30, 0, 1)
    rows.append(f"<item>\n<title>Libyan coastguard intercepts boat rescued in Malta&rsquo;s search and rescue zone</title>\n<link>{base}/news/world/64118/</link>\n"
                "<description><![CDATA[<p>A boat carrying 87 migrants was intercepted by the Libyan coastguard <strong>inside the Maltese search and rescue zone</strong> on Wednesday, according to the NGO that first raised the alarm.</p>"
                "<p>The Armed Forces of Malta said it had been &ldquo;monitoring the situation&rdquo; and that the interception was &ldquo;in line with international law&rdquo;.</p>"
                "<p>&ldquo;Once again people were returned to a country that is not a place of safety,&rdquo; said Giulia Ferrante-Borg, a spokesperson for the rescue charity Sea Lantern. Médecins Sans Frontières said the same boat had called for help twice.</p>"
                "<p>Malta and Libya signed a memorandum on migration in 2020.</p>]]></description>\n"
                f"<guid isPermaLink=\"false\">64118</guid>\n<pubDate>{rfc822(w1)}</pubDate>\n<author>Karl Azzopardi</author>\n</item>")
    items.append(it("64118", "Libyan coastguard intercepts boat rescued in Malta's search and rescue zone", w1, ["Karl Azzopardi"], quotes=[q("Giulia Ferrante-Borg", "Sea Lantern")],
                    note="The title holds a raw '&rsquo;' (an HTML entity not declared in XML: a fatal error for a strict parser). Inside the CDATA the same entities are fine HTML. Maltese–Libyan migration: relevant."))
    w2 = d(2023, 1, 19, 11, 5, 0, 1)
    rows.append(f"<item>\n<title>Planning Authority approves 23-storey tower in Gzira despite 1,200 objections</title>\n<link>{base}/news/local/64102/</link>\n"
                "<description>&lt;p&gt;The Planning Authority approved the tower on the G&amp;#380;ira seafront by nine votes to four. Residents and the owners of the seafront café strip say they will appeal.&lt;/p&gt;&lt;p&gt;&amp;ldquo;We have lost the sea view and the sun,&amp;rdquo; said Maria Camilleri, who has lived on the street for 40 years.&lt;/p&gt;</description>\n"
                f"<guid isPermaLink=\"false\">64102</guid>\n<pubDate>{rfc822(w2)}</pubDate>\n<author>Claire Vella</author>\n</item>")
    items.append(it("64102", "Planning Authority approves 23-storey tower in Gzira despite 1,200 objections", w2, ["Claire Vella"], rel=False, quotes=[q("Maria Camilleri")],
                    note="Escaped (not CDATA) description whose entities are escaped once more (&amp;#380; for ż, &amp;ldquo;): after one unescape they are HTML entities that must still be resolved ('Gżira', curly quotes). Home planning news listed in the world feed: a story, not relevant."))
    w3 = d(2023, 1, 18, 20, 45, 0, 1)
    rows.append(f"<item>\n<title>Italy&rsquo;s new rules for rescue ships: NGOs say Malta will have to fill the gap</title>\n<link>{base}/news/world/64095/</link>\n"
                "<description><![CDATA[<p>A decree that obliges charity rescue ships to sail to port immediately after each rescue will leave the central Mediterranean with fewer boats at sea, NGOs warned, and more pressure on Malta&rsquo;s armed forces.</p>"
                "<p>&ldquo;Rome has chosen distance over rescue,&rdquo; said Dr Paul Grech Sant, a maritime law lecturer at the University. The Italian government says the rules restore order.</p>"
                "<p>Last year more than 100,000 people reached Italy by sea, many of them passing through the Maltese zone.</p>]]></description>\n"
                f"<guid isPermaLink=\"false\">64095</guid>\n<pubDate>{rfc822(w3)}</pubDate>\n<author>Karl Azzopardi</author>\n"
                f'<enclosure url="{base}/images/2023/01/ngo-ship.jpg" length="0" type="image/jpeg" />\n')
    items.append(it("64095", "Italy's new rules for rescue ships: NGOs say Malta will have to fill the gap", w3, ["Karl Azzopardi"], quotes=[q("Paul Grech Sant")],
                    note="This item is never closed: the template's image branch forgets '</item>', so the next <item> opens inside it. A lenient reader keeps both items apart. Relevant."))
    w4 = d(2023, 1, 17, 16, 0, 0, 1)
    rows.append(f"<item>\n<title>MEPs vote to lift immunity of two colleagues in cash-for-influence probe</title>\n<link>{base}/news/world/64071/</link>\n"
                "<description><![CDATA[<p>BRUSSELS &ndash; The European Parliament&rsquo;s legal affairs committee voted to lift the immunity of two MEPs at the request of Belgian prosecutors investigating alleged payments from Gulf states.</p>"
                "<p>Malta&rsquo;s six MEPs all backed a package of transparency reforms to be voted in February.&nbsp;&ldquo;The Parliament cannot investigate itself forever,&rdquo; said Anton Sciberras, a Maltese former EU official.</p>"
                "<p><em>Additional reporting by Reuters</em></p>]]></description>\n"
                f"<guid isPermaLink=\"false\">64071</guid>\n<pubDate>{rfc822(w4)}</pubDate>\n<author>Sarah Micallef in Brussels</author>\n</item>")
    items.append(it("64071", "MEPs vote to lift immunity of two colleagues in cash-for-influence probe", w4, ["Sarah Micallef"], quotes=[q("Anton Sciberras")], junk=["Additional reporting by"],
                    note="<author> 'Name in City': the person only. '&nbsp;' glues two sentences: a space must separate them. EU affairs: relevant."))
    w5 = d(2023, 1, 16, 21, 0, 0, 1)
    rows.append(f"<item>\n<title>Super 5 and Lotto results &ndash; Saturday 14 January</title>\n<link>{base}/news/local/64060/</link>\n"
                "<description>Jackpot next draw: &euro;1.2 million&hellip;</description>\n"
                f"<guid isPermaLink=\"false\">64060</guid>\n<pubDate>{rfc822(w5)}</pubDate>\n</item>")
    items.append(it("64060", "Super 5 and Lotto results – Saturday 14 January", w5, [], story=False, rel=False,
                    note="Lottery results: not a story. Raw &euro; / &hellip; / &ndash; undeclared in XML."))
    w6 = d(2023, 1, 16, 10, 20, 0, 1)
    rows.append(f"<item>\n<title>Security Council seat: Malta to chair first debate on children in armed conflict</title>\n<link>{base}/news/world/64052/</link>\n"
                "<description><![CDATA[<p>NEW YORK &ndash; Malta will use its first month on the United Nations Security Council to hold a debate on children in armed conflict, its ambassador said, three weeks after the country began its two-year term.</p>"
                "<p>&ldquo;Small states have one thing big states do not: nobody suspects us of an agenda,&rdquo; said Ambassador Dorianne Farrugia-&#294;ili at a briefing in New York.</p>"
                "<p>The island state last sat on the council in 1983-84.</p>]]></description>\n"
                f"<guid isPermaLink=\"false\">64052</guid>\n<pubDate>{rfc822(w6)}</pubDate>\n<author>Claire Vella</author>\n</item>")
    items.append(it("64052", "Security Council seat: Malta to chair first debate on children in armed conflict", w6, ["Claire Vella"], quotes=[q("Dorianne Farrugia-Ħili", "Ambassador")],
                    note="Malta's own UN Security Council term (foreign policy): relevant. '&#294;' (Ħ) is a numeric reference because ISO-8859-1 has no Ħ;"))
    head = (f"<title>The Marsamxett Mail &ndash; World</title>\n<link>{base}/news/world/</link>\n<description>World news from The Marsamxett Mail</description>\n<language>en</language>\n"
            f"<copyright>&copy; 2023 Marsamxett Media Ltd</copyright>\n<lastBuildDate>{rfc822(d(2023, 1, 19, 18, 32, 0, 1))}</lastBuildDate>")
    text = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    text = text.replace("Ħ", "&#294;")  # Latin-1 has no Ħ: the CMS writes a numeric reference
    return feed("en_marsamxettmail_world_latin1_header_only_entities_unclosed.rss.xml", text, items, lang="en", outlet="The Marsamxett Mail", aliases=["Marsamxett Mail"],
                encoding="latin-1", declared=None, ctype="text/xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                structure="Valletta English daily's hand-written PHP feed (/rss/world.php): ISO-8859-1 bytes with NO encoding in the prolog ('<?xml version=\"1.0\"?>'), the charset only in 'Content-Type: text/xml; charset=ISO-8859-1', no namespaces, no indentation, channel 'Brand &ndash; World' and a '&copy;' copyright (HTML entities undeclared in XML), titles with raw &rsquo; and &ndash;, descriptions mixing CDATA HTML with named entities (&ldquo; &rsquo; &ndash; &nbsp;), an escaped description whose entities are escaped twice (&amp;#380;, &amp;ldquo;), a plain description with raw &euro; and &hellip;, Latin-1 letters as single bytes (é, è in 'Médecins Sans Frontières', 'café'), Maltese letters as numeric references (&#294; for Ħ, &#380; for ż), an item left UNCLOSED (the image branch omits </item>), <author> with 'Name in City', numeric guids, +0100 dates in January 2023",
                notes="TRAP: not well-formed (undeclared HTML entities, an unclosed <item>) and the encoding is only in the HTTP header. A lenient reader decodes ISO-8859-1 (not UTF-8: 'Médecins' would become 'M\ufffddecins'), resolves the HTML entities (’ – € … “ ” ż Ħ), keeps six separate items and shows them cleanly; a clear one-line refusal is also acceptable.")


FEEDS = [praiagrande, marsamxett]
