# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the fiftieth held-out set: a Ceará regional daily's PHP feed
whose bytes are ISO-8859-1 while the prolog and the HTTP header both say UTF-8, and a Regina
weekly's classic-ASP feed with no XML declaration at all, served as application/octet-stream, in
Windows-1252 with curly quotes and dashes. All outlets, people and quotations are invented."""
from h50 import d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Latin-1 bytes, declared UTF-8 (prolog and header)
def cariri():
    rows, items = [], []
    base = "http://www.tribunadocariri.example"

    def add(nid, title, when, author, desc, exp):
        link = f"{base}/noticia.php?id={nid}&amp;cat=mundo"
        rows.append(f"<item>\n\t<title>{esc(title)}</title>\n\t<link>{link}</link>\n\t<description><![CDATA[{desc}]]></description>\n\t<author>{esc(author)}</author>\n"
                    f"\t<pubDate>{rfc822(when)}</pubDate>\n\t<guid isPermaLink=\"false\">{base}/noticia.php?id={nid}</guid>\n</item>")
        items.append(exp(f"{base}/noticia.php?id={nid}"))

    w = d(2024, 6, 18, 17, 20, 0, -3)
    add(48812, "Enchentes no Rio Grande do Sul: cearenses enviam 40 toneladas de doações", w, "redacao@tribunadocariri.example (Redação)",
        "<p>Voluntários de Juazeiro do Norte e do Crato enviaram 40 toneladas de alimentos e roupas para as vítimas das enchentes no Rio Grande do Sul.</p>",
        lambda k: it(k, "Enchentes no Rio Grande do Sul: cearenses enviam 40 toneladas de doações", w, [], rel=False,
                     note="A domestic disaster (another Brazilian state) in the mundo feed: a story, not relevant. <author> is the newsroom e-mail with '(Redação)': no person."))
    w = d(2024, 6, 18, 11, 5, 0, -3)
    add(48807, "Argentina: Senado aprova pacote de reformas de Milei após 20 horas de debate", w, "redacao@tribunadocariri.example (Francisca Araújo)",
        "<p>O Senado argentino aprovou na madrugada o pacote de reformas econômicas do presidente Javier Milei, depois de uma sessão de mais de 20 horas marcada por protestos do lado de fora do Congresso.</p><p>\"É uma vitória política, mas a economia ainda não sentiu\", afirmou o professor José Cândido Sobreira, da Universidade Regional do Cariri.</p>",
        lambda k: it(k, "Argentina: Senado aprova pacote de reformas de Milei após 20 horas de debate", w, ["Francisca Araújo"], quotes=[q("José Cândido Sobreira", "Universidade Regional do Cariri")],
                     note="<author> is 'e-mail (Name)'. Relevant."))
    w = d(2024, 6, 17, 19, 40, 0, -3)
    add(48799, "Eleições na União Europeia: extrema direita avança na França e na Alemanha", w, "redacao@tribunadocariri.example (Redação)",
        "<p>Partidos de extrema direita ganharam espaço nas eleições para o Parlamento Europeu, especialmente na França, onde o presidente convocou eleições antecipadas.</p>",
        lambda k: it(k, "Eleições na União Europeia: extrema direita avança na França e na Alemanha", w, [], note="Relevant."))
    w = d(2024, 6, 17, 9, 15, 0, -3)
    add(48790, "Romeiros do Padre Cícero: missionário português visita Juazeiro", w, "redacao@tribunadocariri.example (Antônio Lobo)",
        "<p>O missionário português padre Joaquim Serrão visitou a colina do Horto e celebrou missa para romeiros.</p>",
        lambda k: it(k, "Romeiros do Padre Cícero: missionário português visita Juazeiro", w, ["Antônio Lobo"], rel=False, note="Local religious news: a story, not relevant."))
    w = d(2024, 6, 16, 16, 30, 0, -3)
    add(48781, "Cúpula do G7 na Itália discute uso de ativos russos para ajudar a Ucrânia", w, "redacao@tribunadocariri.example (Francisca Araújo)",
        "<p>Os líderes do G7 reunidos na Apúlia, no sul da Itália, concordaram em usar os lucros de ativos russos congelados para garantir um empréstimo de 50 bilhões de dólares à Ucrânia.</p><p>\"O dinheiro é da Rússia, mas os juros pagam a reconstrução\", resumiu a economista Lúcia Bezerra Mota.</p>",
        lambda k: it(k, "Cúpula do G7 na Itália discute uso de ativos russos para ajudar a Ucrânia", w, ["Francisca Araújo"], quotes=[q("Lúcia Bezerra Mota")], note="Relevant."))
    w = d(2024, 6, 16, 8, 0, 0, -3)
    add(48776, "Sudão: fome ameaça 750 mil pessoas, alerta ONU", w, "redacao@tribunadocariri.example (Redação)",
        "<p>A ONU alertou que 750 mil pessoas estão à beira da fome no Sudão, mais de um ano após o início da guerra entre o exército e as Forças de Apoio Rápido.</p>",
        lambda k: it(k, "Sudão: fome ameaça 750 mil pessoas, alerta ONU", w, [], note="Relevant."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Tribuna do Cariri - Mundo</title>\n'
            f"<link>{base}/</link>\n<description>O jornal do Cariri cearense</description>\n<language>pt-br</language>\n<pubDate>{rfc822(d(2024, 6, 18, 17, 25, 0, -3))}</pubDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_br_tribunadocariri_mundo_latin1_declared_utf8.rss.xml", text, items, lang="pt", outlet="Tribuna do Cariri",
                encoding="latin-1", declared="utf-8", ctype="application/rss+xml; charset=utf-8", acceptable=("decoded", "refused"),
                structure="Ceará regional daily's hand-written PHP feed (/rss.php?cat=mundo) from a MySQL database still in latin1: the prolog says encoding=\"UTF-8\" and the server sends 'charset=utf-8', but every accented letter (ã, ç, é, ú, Ú, ô) is ONE ISO-8859-1 byte, so the document is not valid UTF-8; tab-indented items, CDATA descriptions with <p>, '<author>' as 'e-mail (Name)' or 'e-mail (Redação)', links with '&amp;cat=mundo', non-permalink guids without the category parameter, straight double quotes, language pt-br, -0300 dates in June 2024",
                notes="TRAP: Latin-1 bytes declared UTF-8 in the prolog AND the HTTP header. A reader that trusts the declaration gets U+FFFD or refuses; the right outcome decodes ISO-8859-1 (or cp1252) and shows 'Sudão', 'Cúpula', 'Araújo' cleanly; a clear one-line refusal is also acceptable.")


# ---------------------------------------------------------------- no XML declaration, application/octet-stream, cp1252
def prairie():
    rows, items = [], []
    base = "http://www.prairiesentinel.example"
    nl = "\r\n"

    def add(aid, title, when, byline, desc, exp):
        link = f"{base}/article.asp?ArticleID={aid}"
        rows.append(f"<item>{nl}<title>{esc(title)}</title>{nl}<link>{link}</link>{nl}<description>{esc(desc)}</description>{nl}"
                    f"<author>{esc(byline)}</author>{nl}<pubDate>{rfc822(when)}</pubDate>{nl}<guid>{link}</guid>{nl}</item>")
        items.append(exp(link))

    w = d(2025, 2, 27, 16, 30, 0, -6)
    add(30918, "Potash buyers in India and Brazil brace for U.S. tariff fallout", w, "Dale Kowalchuk",
        "Saskatchewan potash mines ship about 40 per cent of their output south of the border — and buyers overseas are watching nervously. “If the U.S. price jumps, everyone’s contract gets renegotiated,” said Ashok Venkataraman, a fertilizer importer in Chennai.",
        lambda k: it(k, "Potash buyers in India and Brazil brace for U.S. tariff fallout", w, ["Dale Kowalchuk"], quotes=[q("Ashok Venkataraman")],
                     note="Curly quotes, apostrophe and em dash are single cp1252 bytes (0x93, 0x94, 0x92, 0x97). Trade with foreign buyers: relevant."))
    w = d(2025, 2, 27, 10, 0, 0, -6)
    add(30912, "Ukrainian newcomers in Regina mark three years since invasion", w, "Olena Hrytsenko – Local Journalism Initiative Reporter",
        "About 300 people gathered at the Legislative Building on Monday to mark three years since Russia’s full-scale invasion of Ukraine. “We came for two years. Now our kids speak English at home,” said Iryna Savchuk, who arrived in 2022.",
        lambda k: it(k, "Ukrainian newcomers in Regina mark three years since invasion", w, ["Olena Hrytsenko"], quotes=[q("Iryna Savchuk")], rel=False, junk=["Local Journalism Initiative Reporter"],
                     note="Author field: 'Name – Local Journalism Initiative Reporter' with a cp1252 en dash (0x96); the person is Olena Hrytsenko. A local commemoration in the home city (the war abroad is only its occasion): a story, not relevant."))
    w = d(2025, 2, 26, 15, 45, 0, -6)
    add(30905, "Germany’s election winner promises to ‘stand on our own feet’ on defence", w, "The Canadian Wire",
        "BERLIN — The conservative leader set to become Germany’s next chancellor said Europe must become independent of Washington on defence “step by step, but quickly.”",
        lambda k: it(k, "Germany’s election winner promises to ‘stand on our own feet’ on defence", w, [],
                     note="Wire copy; the author field names the agency. Single curly quotes in the title (0x91/0x92). Relevant."))
    w = d(2025, 2, 26, 9, 20, 0, -6)
    add(30899, "Letters: Readers on tariffs, the carbon tax and Saturday’s curling final", w, "Prairie Sentinel",
        "Your letters to the editor this week.",
        lambda k: it(k, "Letters: Readers on tariffs, the carbon tax and Saturday’s curling final", w, [], story=False, rel=False, note="Letters page teaser: not a story."))
    w = d(2025, 2, 25, 14, 10, 0, -6)
    add(30891, "China slaps 100% tariff on Canadian canola oil — Prairie farmers fear more", w, "Dale Kowalchuk",
        "China will impose a 100 per cent tariff on Canadian canola oil and meal from March 20, Beijing’s commerce ministry said, in retaliation for Ottawa’s levies on Chinese electric vehicles. “It’s the farmer who pays for every trade war,” said Brent Lindgren, who farms 3,000 acres near Weyburn.",
        lambda k: it(k, "China slaps 100% tariff on Canadian canola oil — Prairie farmers fear more", w, ["Dale Kowalchuk"], quotes=[q("Brent Lindgren")], note="Relevant."))
    w = d(2025, 2, 25, 8, 0, 0, -6)
    add(30884, "Mexico sends 10,000 troops to U.S. border in tariff deal", w, "The Canadian Wire",
        "MEXICO CITY — Mexico has begun deploying 10,000 National Guard troops to its northern border under a deal that paused U.S. tariffs for a month — a move Ottawa watched closely as it prepared its own border plan.",
        lambda k: it(k, "Mexico sends 10,000 troops to U.S. border in tariff deal", w, [], note="Relevant."))
    text = (f"<rss version=\"2.0\">{nl}<channel>{nl}<title>The Prairie Sentinel – World &amp; Nation</title>{nl}<link>{base}/</link>{nl}"
            f"<description>Regina’s community weekly since 1962</description>{nl}<language>en-ca</language>{nl}" + nl.join(rows) + f"{nl}</channel>{nl}</rss>{nl}")
    return feed("en_ca_prairiesentinel_world_cp1252_nodecl_octetstream.rss.xml", text, items, lang="en", outlet="The Prairie Sentinel", aliases=["Prairie Sentinel"],
                encoding="cp1252", declared=None, ctype="application/octet-stream", acceptable=("decoded", "refused"),
                structure="Regina community weekly's classic-ASP feed (/rss.asp?section=world): NO XML declaration (the document starts with <rss>), served as 'Content-Type: application/octet-stream' with no charset, bytes in Windows-1252 with curly double and single quotes (0x93 0x94 0x91 0x92) and en/em dashes (0x96 0x97) in titles, channel and descriptions; CRLF line ends, no indentation, plain-text descriptions, <author> holding a bare name, a name plus '– Local Journalism Initiative Reporter', an agency or the paper's name, link guids with '?ArticleID=', language en-ca, -0600 dates in February 2025",
                notes="TRAP: no XML declaration, no charset and a non-XML media type; without a declaration XML defaults to UTF-8, which these cp1252 bytes are not. The right outcome sniffs the content as RSS and decodes Windows-1252 (NOT ISO-8859-1: 0x93/0x94/0x96/0x97 are control characters there), showing “ ” ’ – — cleanly; a clear one-line refusal is also acceptable.")


FEEDS = [cariri, prairie]
