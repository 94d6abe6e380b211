# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the forty-second held-out set: a Port Louis English weekly
whose .NET export writes UTF-32 (little-endian, BOM) served without a charset, and a
Trás-os-Montes Portuguese weekly whose legacy system exports in DOS code page 860 (IBM860).
All outlets, people and quotations are invented."""
from h42 import P, d, esc, feed, it, q, rfc822

LBL = "Title label '{}' may be kept or dropped"


# ---------------------------------------------------------------- Port Louis weekly, .NET XmlWriter with Encoding.UTF32 (2019)
def portlouis():
    base = "https://www.portlouisledger.example"
    rows, items = [], []

    def add(n, title, when, author, desc, exp, cat="World"):
        url = f"{base}/article.aspx?id={n}"
        au = f"\r\n      <author>{esc(author)}</author>" if author else ""
        rows.append(f"    <item>\r\n      <guid isPermaLink=\"false\">{n}</guid>\r\n      <link>{url}</link>{au}\r\n      <category>{cat}</category>\r\n      <title>{esc(title)}</title>\r\n      <description>{esc(desc)}</description>\r\n      <pubDate>{rfc822(when)}</pubDate>\r\n    </item>")
        items.append(exp(str(n)))

    w = d(2019, 7, 24, 18, 0, 0, 4)
    add(60217, "Q&A: 'Chagos is not a bargaining chip, it is our territory'", w, "ledger@portlouisledger.example (Anjali Ramgoolam-Payet)",
        P("<i>Two months after the UN General Assembly's deadline for Britain to end its administration of the Chagos Archipelago passed, Anjali Ramgoolam-Payet spoke to Jean-Claude Bhugeloo, a lawyer who represented Chagossian families at the International Court of Justice.</i>",
          "<b>Q:</b> Britain has ignored the deadline. What now?",
          "<b>A:</b> \"Chagos is not a bargaining chip, it is our territory. The court has said so, the General Assembly has said so. The next step is the specialised agencies: fisheries, shipping, the postal union.\"",
          "<b>Q:</b> And the base on Diego Garcia?",
          "<b>A:</b> \"Mauritius has never asked for the base to close. We have asked for the islands back.\""),
        lambda k: it(k, "'Chagos is not a bargaining chip, it is our territory'", w, ["Anjali Ramgoolam-Payet"], quotes=[q("Jean-Claude Bhugeloo")],
                     note=LBL.format("Q&A:") + ". Q&A: the quotes are the interviewee's, the interviewer is the author (<author> as 'e-mail (Name)'). Sovereignty dispute with the UK: relevant."))
    w = d(2019, 7, 24, 9, 0, 0, 4)
    add(60205, "Analysis: What a Boris Johnson government means for Port Louis", w, "ledger@portlouisledger.example (Vikash Doorgakant)",
        P("Britain's new prime minister takes office with Brexit as his only declared priority. For Mauritius, that means two things: a trade agreement to replace the EU's, and a Chagos dispute that London will want to keep off the table.",
          "\"Sugar quotas are the urgent file, Chagos is the permanent one,\" said Nirmala Seeruttun-Lafleur, a former trade negotiator."),
        lambda k: it(k, "What a Boris Johnson government means for Port Louis", w, ["Vikash Doorgakant"], quotes=[q("Nirmala Seeruttun-Lafleur")],
                     note=LBL.format("Analysis:") + ". Analysis (news). Relevant."))
    w = d(2019, 7, 23, 16, 0, 0, 4)
    add(60198, "Obituary: Sir Harold Appadoo, Mauritius's first high commissioner in New Delhi", w, None,
        P("Sir Harold Appadoo, who opened Mauritius's High Commission in New Delhi in 1970 and later negotiated the double taxation treaty with India, died in Curepipe on Sunday. He was 93.",
          "\"He built the bridge that half of our economy now crosses,\" said former foreign secretary Rita Jugnauth-Desvaux."),
        lambda k: it(k, "Sir Harold Appadoo, Mauritius's first high commissioner in New Delhi", w, [], quotes=[q("Rita Jugnauth-Desvaux", "foreign secretary")],
                     note=LBL.format("Obituary:") + ". Diplomat's obituary: a story, relevant."))
    w = d(2019, 7, 23, 8, 0, 0, 4)
    add(60190, "Indian Ocean Island Games: Mauritius tops medal table", w, "ledger@portlouisledger.example (Sports Desk)",
        P("Mauritius finished the Indian Ocean Island Games at the top of the medal table for the first time since 2003."),
        lambda k: it(k, "Indian Ocean Island Games: Mauritius tops medal table", w, [], rel=False, note="Sport: not relevant. 'Sports Desk' is no person."), cat="Sport")
    w = d(2019, 7, 22, 20, 0, 0, 4)
    add(60181, "Live: Cyclone watch as depression nears Rodrigues", w, None,
        P("<b>19:45</b> Class II cyclone warning issued for Rodrigues.", "<b>17:10</b> The Meteorological Services say the depression is moving south-west at 15 km/h."),
        lambda k: it(k, "Cyclone watch as depression nears Rodrigues", w, [], story=False, rel=False, note="Live page: not a story. " + LBL.format("Live:")), cat="Local")
    w = d(2019, 7, 22, 10, 0, 0, 4)
    add(60174, "Seychelles and Mauritius agree joint patrols of shared seabed zone", w, "AFP",
        P("VICTORIA, Seychelles (AFP) - Seychelles and Mauritius will run joint maritime patrols over the seabed area the two countries manage together on the Mascarene Plateau, officials said on Monday."),
        lambda k: it(k, "Seychelles and Mauritius agree joint patrols of shared seabed zone", w, [], note="Agency: 'AFP' is no person. Relevant."))
    head = (f"    <title>The Port Louis Ledger - World</title>\r\n    <link>{base}/world</link>\r\n    <description>World news from The Port Louis Ledger</description>\r\n"
            f"    <language>en</language>\r\n    <lastBuildDate>{rfc822(d(2019, 7, 24, 18, 1, 0, 4))}</lastBuildDate>\r\n")
    text = ('<?xml version="1.0" encoding="utf-32"?>\r\n<rss version="2.0">\r\n  <channel>\r\n' + head + "\r\n".join(rows) + "\r\n  </channel>\r\n</rss>")
    return feed("en_mu_portlouisledger_world_utf32le_bom_no_charset.rss.xml", text, items, lang="en", outlet="The Port Louis Ledger", aliases=["Port Louis Ledger"],
                encoding="utf-32", declared="utf-32", ctype="text/xml", acceptable=("decoded", "refused"),
             structure="Port Louis English-language weekly's world feed from an ASP.NET page that writes the RSS with an XmlWriter over Encoding.UTF32: the bytes are UTF-32 LITTLE-ENDIAN with a BOM (FF FE 00 00), the prolog says encoding=\"utf-32\", the HTTP header is a bare 'Content-Type: text/xml' with no charset; CRLF line ends, two-space indentation, no trailing newline, no namespaces, items in a fixed serializer order (guid first, link, author, category, title, description, pubDate), '/article.aspx?id=<n>' links, bare numeric non-permalink guids, <author> as 'e-mail (Name)' or 'e-mail (Sports Desk)' or plain 'AFP', escaped HTML descriptions with full text, kickers 'Q&A:', 'Analysis:', 'Obituary:', 'Live:', +0400 dates, July 2019",
             notes="Home country Mauritius. Written with Python's 'utf-32' codec (BOM and native byte order: little-endian on the machines this runs on). Refusing the feed with a clear error is acceptable; if it is decoded, the items are expected as labelled.")


# ---------------------------------------------------------------- Trás-os-Montes weekly, legacy export in IBM860 (2014)
def barroso():
    base = "http://www.ecosdobarroso.example"
    rows, items = [], []

    def add(n, title, when, author, desc, exp):
        url = f"{base}/noticia.php?id={n}"
        au = f"<author>{esc(author)}</author>\n" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n{au}<pubDate>{rfc822(when)}</pubDate>\n<guid isPermaLink=\"false\">EB{n}</guid>\n</item>")
        items.append(exp(f"EB{n}"))

    w = d(2014, 5, 21, 18, 0, 0, 1)
    add(4410, "Entrevista - «A Europa esqueceu-se do interior»", w, "geral@ecosdobarroso.example (Lúcia Fontes Barroso)",
        P("A poucos dias das eleições europeias, falámos com o antigo eurodeputado Albano Pires Montalvão, natural de Montalegre.",
          "P: O que está em jogo a 25 de Maio?",
          "R: «A Europa esqueceu-se do interior. Os fundos vão para as autoestradas e para o litoral, e aqui ficam as aldeias vazias.»",
          "P: E a troika?",
          "R: «Sai este mês, mas a dívida fica. O próximo Parlamento Europeu tem de discutir a dívida dos países do sul com outra coragem.»"),
        lambda k: it(k, "«A Europa esqueceu-se do interior»", w, ["Lúcia Fontes Barroso"], quotes=[q("Albano Pires Montalvão")],
                     note=LBL.format("Entrevista -") + ". Entrevista 'P:'/'R:': as citações são do entrevistado. Eleições europeias e saída da troika: relevante."))
    w = d(2014, 5, 20, 12, 0, 0, 1)
    add(4402, "Opinião - A Galiza é já ali", w, None,
        P("De Montalegre a Ourense são quarenta minutos. A fronteira que os nossos avós atravessavam a pé com contrabando é hoje uma estrada sem guarda. E no entanto sabemos mais de Bruxelas do que de Santiago.",
          "A cooperação transfronteiriça deve ser prioridade do próximo quadro comunitário.",
          "Manuel Joaquim Fidalgo - Professor do ensino secundário em Chaves"),
        lambda k: it(k, "A Galiza é já ali", w, ["Manuel Joaquim Fidalgo"], junk=["Professor do ensino secundário em Chaves"],
                     note=LBL.format("Opinião -") + ". Artigo de opinião assinado na última linha 'Nome - profissão': autor o nome, a profissão não é nome. Cooperação transfronteiriça com Espanha/UE: relevante."))
    w = d(2014, 5, 19, 17, 0, 0, 1)
    add(4395, "Ucrânia: separatistas mantêm referendo, Kiev fala em farsa", w, "Lusa",
        P("Kiev, 19 mai (Lusa) - Os separatistas pró-russos do leste da Ucrânia mantêm os resultados do referendo de dia 11, que o Governo de Kiev classifica como uma farsa, a uma semana das eleições presidenciais."),
        lambda k: it(k, "Ucrânia: separatistas mantêm referendo, Kiev fala em farsa", w, [], note="Lusa: nenhuma pessoa. Relevante."))
    w = d(2014, 5, 18, 10, 0, 0, 1)
    add(4388, "Morreu o embaixador Artur Lamas Gonçalves, filho de Boticas", w, None,
        P("Morreu no sábado, em Lisboa, aos 87 anos, o embaixador Artur Lamas Gonçalves, natural de Boticas. Foi embaixador em Brasília, Pretória e junto da NATO, e participou nas negociações de adesão de Portugal às Comunidades Europeias.",
          "«Nunca deixou de vir às festas da aldeia», lembra o presidente da junta, António Carvalho Dias.",
          "O funeral realiza-se terça-feira em Boticas."),
        lambda k: it(k, "Morreu o embaixador Artur Lamas Gonçalves, filho de Boticas", w, [], quotes=[q("António Carvalho Dias", "presidente da junta")],
                     note="Necrologia de um diplomata (adesão às Comunidades, NATO): notícia, relevante."))
    w = d(2014, 5, 17, 9, 0, 0, 1)
    add(4380, "Feira do Fumeiro de Montalegre bate recorde de visitantes", w, "geral@ecosdobarroso.example (Redacção)",
        P("A Feira do Fumeiro recebeu este ano mais de 60 mil visitantes, disse a Câmara Municipal."),
        lambda k: it(k, "Feira do Fumeiro de Montalegre bate recorde de visitantes", w, [], rel=False, note="Notícia local: não relevante. 'Redacção' não é pessoa."))
    w = d(2014, 5, 16, 15, 0, 0, 1)
    add(4372, "Emigrantes em França preocupados com subida da Frente Nacional", w, "geral@ecosdobarroso.example (Lúcia Fontes Barroso)",
        P("Os emigrantes barrosões em França acompanham com preocupação as sondagens que dão a Frente Nacional em primeiro lugar nas europeias.",
          "«Os nossos filhos nasceram lá, mas há quem lhes diga para voltarem para casa», conta Rosa Moura Alves, emigrante em Lyon há 40 anos."),
        lambda k: it(k, "Emigrantes em França preocupados com subida da Frente Nacional", w, ["Lúcia Fontes Barroso"], quotes=[q("Rosa Moura Alves")],
                     note="Eleições em França vistas pela diáspora: relevante."))
    text = ('<?xml version="1.0" encoding="IBM860"?>\n<rss version="2.0">\n<channel>\n<title>Ecos do Barroso - Mundo</title>\n'
            f"<link>{base}/</link>\n<description>Semanário regional de Montalegre e Boticas</description>\n<language>pt</language>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_ecosdobarroso_mundo_cp860_ibm860.rss.xml", text, items, lang="pt", outlet="Ecos do Barroso",
                encoding="cp860", declared="IBM860", ctype="text/xml; charset=IBM860", acceptable=("decoded", "refused"),
                structure="Montalegre (Trás-os-Montes) regional weekly's 'Mundo' feed exported by a legacy DOS-era newsroom system in code page 860 (MS-DOS Portuguese): the prolog and the header both say IBM860 (a charset libxml2/iconv knows but many HTTP stacks do not), so every accented letter (ã õ ç é á ê à) is a single cp860 byte; «…» quotes (cp860 has no curly quotes, no € and no dashes, so ' - ' is used), no namespaces, no indentation, '/noticia.php?id=<n>' links, 'EB<n>' non-permalink guids, escaped <p> descriptions with full text, <author> as 'e-mail (Name)', 'Lusa' or absent, kickers 'Entrevista -' and 'Opinião -', an interview with 'P:'/'R:' lines, an op-ed signed 'Name - profession' on its last line, a diplomat's obituary, 'Kiev, 19 mai (Lusa) -' dateline, +0100 dates, May 2014",
                notes="País: Portugal. Refusing the feed with a clear error is acceptable; if it is decoded, the items are expected as labelled.")


FEEDS = [portlouis, barroso]
