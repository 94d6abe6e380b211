# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the thirty-second held-out set: a Brazilian lower house's news
agency, a Portuguese regional paper republishing agency copy on WordPress, a Pakistani national
news agency's Urdu international feed and a Google-News-style Urdu topic feed. All outlets,
people and quotations are invented."""
from h32 import cd, d, esc, feed, gmt, it, ordered, q, rfc822


# ---------------------------------------------------------------- Brazilian lower house's news agency
def plenario():
    rows, items = [], []
    base = "https://www.camarafederal.example"

    def add(nid, slug, title, when, cat, lead, body, exp, rep=None, ed=None):
        url = f"{base}/noticias/{nid}-{slug}/"
        tail = ""
        if rep:
            tail = f"<p>Reportagem – {rep}<br />Edição – {ed}</p>"
        ce = (f"<content:encoded>{cd(body + tail)}</content:encoded>") if body else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cd(lead)}</description>\n\t\t\t{ce}\n"
                    f"\t\t\t<category>{cat}</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t</item>")
        items.append(exp(url))

    tram = '<p><strong>Tramitação</strong><br />O projeto será analisado em caráter conclusivo pelas comissões de Constituição e Justiça e de Cidadania.</p><p><a href="https://www.camarafederal.example/tramitacao">Saiba mais sobre a tramitação de projetos de decreto legislativo</a></p>'
    w = d(2026, 3, 18, 17, 42, 0, -3)
    add(1123904, "comissao-aprova-acordo-com-paraguai-sobre-hidrovia", "Comissão aprova acordo com o Paraguai sobre navegação na hidrovia Paraguai-Paraná", w, "RELAÇÕES EXTERIORES",
        "Texto prevê regras comuns de segurança e fiscalização para comboios de barcaças",
        "<p>A Comissão de Relações Exteriores e de Defesa Nacional da Câmara Federal aprovou o texto do acordo entre o Brasil e o Paraguai sobre segurança da navegação na hidrovia Paraguai-Paraná, assinado em Assunção em 2024.</p>"
        "<p>O acordo prevê regras comuns para inspeção de comboios de barcaças, troca de informações entre as marinhas e um centro conjunto de busca e salvamento em Corumbá (MS).</p>"
        "<p>O relator, deputado Anselmo Vilaça Brandão, recomendou a aprovação. “A hidrovia é a saída do Centro-Oeste para o Atlântico pelo sul, e hoje cada país fiscaliza de um jeito”, afirmou.</p>" + tram,
        lambda k: it(k, "Comissão aprova acordo com o Paraguai sobre navegação na hidrovia Paraguai-Paraná", w, ["Ana Lúcia Portela"], quotes=[q("Anselmo Vilaça Brandão", "relator")],
                     junk=["Reportagem –", "Edição –", "Tramitação", "Saiba mais sobre a tramitação"],
                     note="Parliamentary news agency: the standfirst has no final stop; 'Reportagem – NAME / Edição – NAME' closes the text. The reporter is the author; ['Ana Lúcia Portela', 'Rodrigo Bittencourt'] is also correct (the editor is named too). Bilateral treaty: relevant."),
        rep="Ana Lúcia Portela", ed="Rodrigo Bittencourt")
    w = d(2026, 3, 17, 20, 5, 0, -3)
    add(1123871, "debatedores-divergem-sobre-salvaguardas-do-acordo-mercosul-uniao-europeia", "Debatedores divergem sobre salvaguardas agrícolas do acordo Mercosul-União Europeia", w, "RELAÇÕES EXTERIORES",
        "Representantes do agronegócio pediram reciprocidade; indústria quer prazos mais longos",
        "<p>Em audiência pública na Comissão de Relações Exteriores, representantes do agronegócio e da indústria divergiram sobre o mecanismo de salvaguardas incluído pelo Conselho da União Europeia no acordo com o Mercosul.</p>"
        "<p>“Salvaguarda unilateral não é livre comércio, é cota disfarçada”, disse Marta Quintanilha, diretora de relações internacionais da Confederação da Agricultura do Cerrado.</p>"
        "<p>Já o representante da indústria química, Paulo Henrique Sodré, defendeu prazos de transição de até 15 anos.</p>",
        lambda k: it(k, "Debatedores divergem sobre salvaguardas agrícolas do acordo Mercosul-União Europeia", w, ["Rodrigo Bittencourt"], quotes=[q("Marta Quintanilha", "Confederação da Agricultura do Cerrado")],
                     junk=["Reportagem –", "Edição –"]),
        rep="Rodrigo Bittencourt", ed="Cláudia Meireles")
    w = d(2026, 3, 17, 14, 0, 0, -3)
    add(1123850, "acompanhe-ao-vivo-sessao-do-plenario", "Acompanhe ao vivo: sessão deliberativa do Plenário", w, "PLENÁRIO",
        "Na pauta, a medida provisória do setor elétrico", "",
        lambda k: it(k, "Acompanhe ao vivo: sessão deliberativa do Plenário", w, [], story=False, rel=False, note="Live broadcast pointer: not a story."))
    w = d(2026, 3, 16, 21, 30, 0, -3)
    add(1123822, "plenario-aprova-reforma-do-imposto-de-renda-de-pequenas-empresas", "Plenário aprova mudança no regime tributário de pequenas empresas", w, "ECONOMIA",
        "Texto segue para o Senado",
        "<p>O Plenário da Câmara Federal aprovou nesta segunda-feira o projeto que amplia o limite de faturamento do regime simplificado de tributação para pequenas empresas. A proposta será enviada ao Senado.</p>"
        "<p>Foram 371 votos a favor e 62 contra.</p>",
        lambda k: it(k, "Plenário aprova mudança no regime tributário de pequenas empresas", w, ["Cláudia Meireles"], rel=False, junk=["Reportagem –", "Edição –"],
                     note="Domestic tax bill: home politics, not relevant."),
        rep="Cláudia Meireles", ed="Rodrigo Bittencourt")
    w = d(2026, 3, 13, 11, 15, 0, -3)
    add(1123790, "deputados-acompanharao-eleicoes-legislativas-na-colombia", "Deputados vão acompanhar eleições legislativas na Colômbia como observadores", w, "RELAÇÕES EXTERIORES",
        "Missão da Câmara integra delegação internacional de observação",
        "<p>Três deputados da Comissão de Relações Exteriores vão integrar, como observadores, a missão internacional que acompanha as eleições legislativas da Colômbia no domingo (15).</p>"
        "<p>A missão é coordenada pela Organização dos Estados Americanos. Os parlamentares visitarão seções eleitorais em Bogotá e em Cúcuta, na fronteira com a Venezuela.</p>",
        lambda k: it(k, "Deputados vão acompanhar eleições legislativas na Colômbia como observadores", w, ["Ana Lúcia Portela"], junk=["Reportagem –", "Edição –"]),
        rep="Ana Lúcia Portela", ed="Cláudia Meireles")
    w = d(2026, 3, 12, 8, 0, 0, -3)
    add(1123766, "radio-plenario-a-voz-do-plenario-12-03", "A Voz do Plenário – edição de 12/03/2026", w, "RÁDIO",
        "Ouça o programa com os destaques da semana na Câmara", "<p>Ouça o programa completo no player acima ou no aplicativo da Rádio Plenário.</p>",
        lambda k: it(k, "A Voz do Plenário – edição de 12/03/2026", w, [], story=False, rel=False, note="Radio programme: not a story."))
    head = (f"\t\t<title>Agência Plenário - Relações Exteriores</title>\n\t\t<link>{base}/noticias/</link>\n\t\t<description>Notícias da Câmara Federal</description>\n"
            f"\t\t<language>pt-br</language>\n\t\t<lastBuildDate>{rfc822(d(2026, 3, 18, 17, 45, 0, -3))}</lastBuildDate>\n\t\t<atom:link href=\"{base}/noticias/rss/relacoes-exteriores\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n\t<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_br_agenciaplenario_relacoesexteriores.rss.xml", text, items, lang="pt", outlet="Agência Plenário", aliases=["Câmara Federal", "Agência Plenário - Câmara Federal"],
                structure="Brazilian federal lower house's news agency (Agência Câmara-style, Brasília) topic feed 'Relações Exteriores' from a custom CMS: tab indentation, channel 'Agency - Topic', pt-br, '/noticias/<7 digits>-<slug>/' permalink guids LAST, CDATA standfirsts without final stop, content:encoded with the full text, curly “…” quotes, a 'Tramitação' box and a 'Saiba mais sobre a tramitação' link, the agency's closing credit 'Reportagem – NAME<br />Edição – NAME', upper-case <category> (RELAÇÕES EXTERIORES, PLENÁRIO, ECONOMIA, RÁDIO) AFTER the content, -0300 dates, a live-session pointer with an empty body and a radio programme, March 2026",
                notes="Relevance from Brazil's viewpoint: the house's foreign-affairs work (treaties, hearings on trade agreements, observer missions) is relevant; its domestic votes are not.")


# ---------------------------------------------------------------- Portuguese regional paper republishing agency copy (WordPress)
def planicie():
    rows, items = [], []
    base = "https://www.jornaldaplanicie.example"
    lus = '<p><em>Texto da agência Lusíada, publicado ao abrigo de acordo de parceria. O Jornal da Planície não altera o conteúdo dos despachos de agência.</em></p>'

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp, agency=True):
        url = f"{base}/{when:%Y/%m/%d}/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t{crs}\n\t\t<pubDate>{gmt(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}{lus if agency else ''}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2026, 6, 26, 19, 40, 0, 1)
    add(88412, "conselho-europeu-primeiro-ministro-defende-fundos-de-coesao", "Conselho Europeu: primeiro-ministro defende que fundos de coesão não paguem a defesa", w, ["Lusíada"], ["Mundo", "Lusíada"],
        "Bruxelas, 26 jun 2026 (Lusíada) &#8211; O primeiro-ministro português defendeu hoje, à chegada ao Conselho Europeu, que a reprogramação de fundos para a defesa não pode ser feita à custa da política de coesão. [&hellip;]",
        "<p>Bruxelas, 26 jun 2026 (Lusíada) &#8211; O primeiro-ministro português defendeu hoje, à chegada ao Conselho Europeu, que a reprogramação de fundos para a defesa não pode ser feita à custa da política de coesão.</p>"
        "<p>&#171;Portugal está disponível para investir mais em defesa, mas não com o dinheiro das regiões que ainda estão a convergir&#187;, afirmou o chefe do Governo aos jornalistas.</p>"
        "<p>Em cima da mesa dos 27 está a proposta da Comissão Europeia para o próximo quadro financeiro plurianual, que prevê juntar num só fundo os programas de coesão e de agricultura.</p>"
        "<p>ABC // JMR</p><p>Lusíada/Fim</p>",
        lambda k: it(k, "Conselho Europeu: primeiro-ministro defende que fundos de coesão não paguem a defesa", w, [],
                     junk=["ABC // JMR", "Lusíada/Fim", "acordo de parceria", "não altera o conteúdo"],
                     note="Agency copy republished by the regional paper: dc:creator is the agency; the text ends with the agency's editor codes 'ABC // JMR', 'Lusíada/Fim' and the paper's italic partnership note. The head of government is quoted without a name: no quote expected."))
    w = d(2026, 6, 25, 15, 5, 0, 1)
    add(88397, "mocambique-cabo-delgado-deslocados-regressam-mocimboa", "Moçambique: deslocados começam a regressar a Mocímboa da Praia", w, ["Lusíada"], ["Mundo", "Lusofonia"],
        "Maputo, 25 jun 2026 (Lusíada) &#8211; Cerca de 4.000 deslocados regressaram nas últimas semanas a Mocímboa da Praia, em Cabo Delgado, segundo as autoridades locais. [&hellip;]",
        "<p>Maputo, 25 jun 2026 (Lusíada) &#8211; Cerca de 4.000 deslocados regressaram nas últimas semanas a Mocímboa da Praia, em Cabo Delgado, segundo as autoridades locais.</p>"
        "<p>&#171;As pessoas voltam porque as machambas não esperam&#187;, disse à Lusíada o administrador distrital, Abdul Cassamo Issufo, referindo-se às hortas familiares.</p>"
        "<p>Organizações humanitárias alertam, porém, que escolas e centros de saúde continuam fechados.</p><p>PMA // VM</p><p>Lusíada/Fim</p>",
        lambda k: it(k, "Moçambique: deslocados começam a regressar a Mocímboa da Praia", w, [], quotes=[q("Abdul Cassamo Issufo", "administrador distrital")],
                     junk=["PMA // VM", "Lusíada/Fim", "acordo de parceria"],
                     note="Lusophone country abroad: relevant from Portugal. 'disse à Lusíada' names the agency the words were said to, not the speaker."))
    w = d(2026, 6, 24, 22, 0, 0, 1)
    add(88380, "feira-de-sao-joao-evora-abre-portas", "Feira de São João abre portas com recorde de expositores", w, ["Teresa Valadas"], ["Évora", "Cultura"],
        "A feira mais antiga do Alentejo conta este ano com 412 expositores. [&hellip;]",
        "<p>A Feira de São João, em Évora, abriu hoje com um número recorde de 412 expositores, entre artesanato, gastronomia e maquinaria agrícola.</p>"
        "<p>&#171;É a montra do Alentejo&#187;, resumiu o vereador da Cultura, Nuno Calado Barreiros.</p>",
        lambda k: it(k, "Feira de São João abre portas com recorde de expositores", w, ["Teresa Valadas"], rel=False, quotes=[q("Nuno Calado Barreiros", "vereador da Cultura")],
                     note="The paper's own local story: not relevant."), agency=False)
    w = d(2026, 6, 24, 12, 30, 0, 1)
    add(88366, "parlamento-aprova-na-generalidade-lei-das-financas-locais", "Parlamento aprova na generalidade revisão da Lei das Finanças Locais", w, ["Lusíada"], ["País", "Lusíada"],
        "Lisboa, 24 jun 2026 (Lusíada) &#8211; A Assembleia da República aprovou hoje na generalidade a revisão da Lei das Finanças Locais. [&hellip;]",
        "<p>Lisboa, 24 jun 2026 (Lusíada) &#8211; A Assembleia da República aprovou hoje na generalidade a revisão da Lei das Finanças Locais, que aumenta a participação dos municípios nas receitas do IVA.</p><p>SMM // ZO</p><p>Lusíada/Fim</p>",
        lambda k: it(k, "Parlamento aprova na generalidade revisão da Lei das Finanças Locais", w, [], rel=False, junk=["SMM // ZO", "Lusíada/Fim"],
                     note="Portuguese domestic politics (agency copy): not relevant."))
    w = d(2026, 6, 23, 21, 15, 0, 1)
    add(88351, "fotogaleria-noite-de-sao-joao", "FOTOGALERIA | A noite de São João no Rossio", w, ["Jornal da Planície"], ["Évora", "Fotogaleria"],
        "As imagens da noite. [&hellip;]", "<p>As imagens da noite.</p>",
        lambda k: it(k, "A noite de São João no Rossio", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'FOTOGALERIA |' may be kept or dropped."), agency=False)
    w = d(2026, 6, 22, 18, 20, 0, 1)
    add(88330, "governo-retira-portugueses-do-libano", "Governo retira 74 portugueses do Líbano em voo da Força Aérea", w, ["Lusíada", "Teresa Valadas"], ["Mundo", "Lusíada"],
        "Lisboa, 22 jun 2026 (Lusíada) &#8211; Um avião da Força Aérea aterrou hoje em Figo Maduro com 74 cidadãos portugueses e familiares retirados do Líbano. [&hellip;]",
        "<p>Lisboa, 22 jun 2026 (Lusíada) &#8211; Um avião da Força Aérea aterrou hoje em Figo Maduro com 74 cidadãos portugueses e familiares retirados do Líbano, incluindo três naturais do distrito de Évora.</p>"
        "<p>&#171;Saímos com uma mala cada um, o resto ficou&#187;, contou à chegada Samira Haddad Pestana, luso-libanesa residente em Beirute.</p>"
        "<p>O Ministério dos Negócios Estrangeiros mantém o aviso para que os portugueses no sul do Líbano saiam do país.</p><p>FPB // ZO</p><p>Lusíada/Fim</p>",
        lambda k: it(k, "Governo retira 74 portugueses do Líbano em voo da Força Aérea", w, ["Teresa Valadas"], quotes=[q("Samira Haddad Pestana")],
                     junk=["FPB // ZO", "Lusíada/Fim", "acordo de parceria"],
                     note="Two dc:creator elements: the agency (not a person) and the paper's reporter who added the local angle. Evacuation from a war abroad: relevant."))
    rows, items = ordered(rows, items)
    ns = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n'
          '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    head = (f"\t<title>Mundo &#8211; Jornal da Planície</title>\n\t<atom:link href=\"{base}/category/mundo/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>O diário de Évora e do Alentejo</description>\n\t<lastBuildDate>{gmt(d(2026, 6, 26, 19, 41, 7, 1))}</lastBuildDate>\n\t<language>pt-PT</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.9.1</generator>")
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{ns}>\n\n<channel>\n{head}\n' + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("pt_pt_jornaldaplanicie_mundo_wp_agency.rss.xml", text, items, lang="pt", outlet="Jornal da Planície", aliases=["Jornal da Planicie"],
                structure="Portuguese regional daily (Évora) 'Mundo' category on WordPress 6.9 republishing a national agency's despatches: WordPress's standard template with a theme's ragged tab indentation, channel 'Mundo – Brand' with &#8211;, pt-PT, GMT pubDates (Lisbon +0100), '?p=<id>' guids, CDATA dc:creator with the agency, a reporter, both or the paper, CDATA categories (Mundo, Lusofonia, País, Évora, Fotogaleria), CDATA excerpts ending ' [&hellip;]' that repeat the dateline 'Cidade, DD jun AAAA (Agência) –', content:encoded with «…» as &#171;/&#187;, the agency's editor codes 'ABC // JMR' and '<Agência>/Fim' end marks, and the paper's italic partnership note on agency copy, June 2026")


# ---------------------------------------------------------------- Pakistani national news agency's Urdu international feed
def qns():
    rows, items = [], []
    base = "https://urdu.qns.example"

    def add(nid, title, when, body, exp, cat="بین الاقوامی"):
        url = f"{base}/news/{nid}"
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<category>{cd(cat)}</category>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<description>{cd(body)}</description>\n</item>")
        items.append(exp(url))

    w = d(2026, 8, 19, 21, 10, 0, 5)
    add(604117, "وزیر خارجہ کی چینی ہم منصب سے ملاقات، سی پیک کے دوسرے مرحلے کی رفتار تیز کرنے پر اتفاق", w,
        "<p>بیجنگ (کیو این ایس) وزیر خارجہ فریال حسن نے بدھ کو بیجنگ میں چینی وزیر خارجہ سے ملاقات کی جس میں پاک چین اقتصادی راہداری کے دوسرے مرحلے کے منصوبوں کی رفتار تیز کرنے پر اتفاق کیا گیا۔</p>"
        "<p>ملاقات کے بعد صحافیوں سے گفتگو کرتے ہوئے وزیر خارجہ فریال حسن نے کہا کہ ”پاکستان اور چین کی دوستی کسی تیسرے ملک کے خلاف نہیں بلکہ خطے کی ترقی کے لیے ہے“۔</p>"
        "<p>دونوں ممالک نے گوادر بندرگاہ اور خصوصی اقتصادی زونز میں سیکیورٹی کے انتظامات پر بھی تبادلہ خیال کیا۔</p><p>(کیو این ایس/ف ح/ع ر)</p>",
        lambda k: it(k, "وزیر خارجہ کی چینی ہم منصب سے ملاقات، سی پیک کے دوسرے مرحلے کی رفتار تیز کرنے پر اتفاق", w, [], quotes=[q("فریال حسن", "وزیر خارجہ")],
                     junk=["(کیو این ایس/ف ح/ع ر)"],
                     note="Agency copy with no byline: the dateline 'شہر (کیو این ایس)' opens the text and the agency's editor codes '(کیو این ایس/ف ح/ع ر)' close it."))
    w = d(2026, 8, 19, 15, 2, 0, 5)
    add(604096, "بریکنگ: طورخم سرحد پانچ روز بعد تجارت کے لیے دوبارہ کھول دی گئی", w,
        "<p>پشاور (کیو این ایس) پاکستان اور افغانستان کے درمیان طورخم سرحد پانچ روز بند رہنے کے بعد بدھ کی سہ پہر تجارتی گاڑیوں کے لیے دوبارہ کھول دی گئی۔ کسٹم حکام کے مطابق پہلے مرحلے میں خالی ٹرکوں کو واپس جانے کی اجازت دی جا رہی ہے۔</p><p>(کیو این ایس/ع ر)</p>",
        lambda k: it(k, "طورخم سرحد پانچ روز بعد تجارت کے لیے دوبارہ کھول دی گئی", w, [], junk=["(کیو این ایس/ع ر)"],
                     note="Urgent item: title label 'بریکنگ:' may be kept or dropped. Border with a neighbour reopened: relevant."))
    w = d(2026, 8, 18, 19, 45, 0, 5)
    add(604061, "پنجاب کابینہ نے صوبائی ترقیاتی پروگرام کی منظوری دے دی", w,
        "<p>لاہور (کیو این ایس) پنجاب کابینہ نے منگل کو نئے مالی سال کے صوبائی ترقیاتی پروگرام کی منظوری دے دی جس میں جنوبی اضلاع کے لیے فنڈز میں اضافہ کیا گیا ہے۔</p><p>(کیو این ایس/م ا)</p>",
        lambda k: it(k, "پنجاب کابینہ نے صوبائی ترقیاتی پروگرام کی منظوری دے دی", w, [], rel=False, junk=["(کیو این ایس/م ا)"],
                     note="Provincial politics in the agency's international feed (mis-tagged): home news, not relevant."), cat="قومی")
    w = d(2026, 8, 18, 12, 0, 0, 5)
    add(604040, "تصحیح", w,
        "<p>کیو این ایس کی 17 اگست کی خبر بعنوان ”اقوام متحدہ میں کشمیر پر بحث“ کے دوسرے پیراگراف میں مندوب کا عہدہ غلط شائع ہوا۔ درست عہدہ نائب مستقل مندوب ہے۔ ادارہ اس غلطی پر معذرت خواہ ہے۔</p>",
        lambda k: it(k, "تصحیح", w, [], story=False, rel=False, note="Correction notice of the agency: not a story."))
    w = d(2026, 8, 17, 23, 30, 0, 5)
    add(604012, "سلامتی کونسل میں پاکستان کا افغانستان میں دہشت گرد گروہوں کے خلاف کارروائی کا مطالبہ", w,
        "<p>نیویارک (کیو این ایس) اقوام متحدہ میں پاکستان کے نائب مستقل مندوب عمران ذوالفقار نے سلامتی کونسل میں افغانستان کی صورتحال پر بحث کے دوران کہا کہ ”افغان سرزمین سے سرگرم گروہ پورے خطے کے امن کے لیے خطرہ ہیں“۔</p>"
        "<p>انہوں نے عالمی برادری پر زور دیا کہ افغان عوام کے لیے انسانی امداد جاری رکھی جائے۔</p><p>(کیو این ایس/ع ر)</p>",
        lambda k: it(k, "سلامتی کونسل میں پاکستان کا افغانستان میں دہشت گرد گروہوں کے خلاف کارروائی کا مطالبہ", w, [], quotes=[q("عمران ذوالفقار", "نائب مستقل مندوب")],
                     junk=["(کیو این ایس/ع ر)"]))
    w = d(2026, 8, 17, 20, 10, 0, 5)
    add(603998, "دوسرا ٹیسٹ: پاکستان کو انگلینڈ کے خلاف 142 رنز کی برتری", w,
        "<p>ملتان (کیو این ایس) دوسرے ٹیسٹ کے تیسرے روز کھیل کے اختتام پر پاکستان کو انگلینڈ کے خلاف 142 رنز کی برتری حاصل تھی۔</p><p>(کیو این ایس/کھیل)</p>",
        lambda k: it(k, "دوسرا ٹیسٹ: پاکستان کو انگلینڈ کے خلاف 142 رنز کی برتری", w, [], rel=False, junk=["(کیو این ایس/کھیل)"], note="Cricket: a story, not relevant."), cat="کھیل")
    head = (f"<title>{cd('قومی نیوز سروس - بین الاقوامی')}</title>\n<link>{base}/international</link>\n<description>{cd('قومی نیوز سروس کی تازہ ترین بین الاقوامی خبریں')}</description>\n"
            f"<language>ur-PK</language>\n<copyright>Copyright 2026 Qaumi News Service. All Rights Reserved.</copyright>\n<lastBuildDate>{rfc822(d(2026, 8, 19, 21, 12, 0, 5))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    return feed("ur_pk_qns_international_agency.rss.xml", text, items, lang="ur", outlet="قومی نیوز سروس", aliases=["Qaumi News Service", "کیو این ایس"],
                structure="Pakistani national news agency's (APP-style, Islamabad) Urdu service, 'بین الاقوامی' feed from a custom CMS: no namespaces, no indentation, CDATA Urdu channel title 'Agency - Section' and description, ur-PK, Latin copyright with the English agency name, '/news/<6 digits>' permalink guids BEFORE <category> and pubDate, CDATA Urdu categories (بین الاقوامی, قومی, کھیل), +0500 dates, CDATA HTML descriptions opening with the dateline 'شہر (کیو این ایس)' and closing with bracketed editor codes '(کیو این ایس/ف ح/ع ر)', ”…“ quotes after 'نے کہا کہ', a 'بریکنگ:' title label, a correction notice titled 'تصحیح', no authors, August 2026")


# ---------------------------------------------------------------- Google-News-style Urdu topic feed
def khabaristan():
    rows, items = [], []

    def add(cid, headline, outlet, ourl, when, exp):
        link = f"https://news.khabaristan.example/__i/rss/rd/articles/{cid}?oc=5"
        desc = f'<a href="{link}" target="_blank">{esc(headline)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(outlet)}</font>'
        rows.append(f"<item><title>{esc(headline)} - {esc(outlet)}</title><link>{link}</link><guid isPermaLink=\"false\">{cid}</guid><pubDate>{gmt(when)}</pubDate>"
                    f"<description>{esc(desc)}</description><source url=\"{ourl}\">{esc(outlet)}</source></item>")
        items.append(exp(cid))

    w = d(2020, 10, 10, 9, 15, 0, 5)
    add("CBMiZ2h0dHBzOi8vd3d3LnNhaGFyZ2FoLmV4YW1wbGUvd29ybGQvMjAyMC8xMC8xMC9hemVyYmFpamFuLWFybWVuaWEtY2Vhc2VmaXJlLW1vc2Nvdy_SAQA",
        "آذربائیجان اور آرمینیا کے درمیان ماسکو میں جنگ بندی پر اتفاق", "روزنامہ سحرگاہ", "https://www.sahargah.example", w,
        lambda k: it(k, "آذربائیجان اور آرمینیا کے درمیان ماسکو میں جنگ بندی پر اتفاق", w, [], outlet="روزنامہ سحرگاہ",
                     note="Headline-only topic item: the outlet is the <source>; the aggregator is accepted too. Title label 'روزنامہ سحرگاہ' may be kept or dropped (the ' - Outlet' suffix)."))
    w = d(2020, 10, 9, 16, 40, 0, 5)
    add("CBMiYmh0dHBzOi8vYXdhenBha2lzdGFuLmV4YW1wbGUvbmV3cy9mYXRmLXBsZW5hcnktZ3JleS1saXN0LWRlY2lzaW9uLTIwMjAtMTAtMDkv0gEA",
        "ایف اے ٹی ایف اجلاس: پاکستان کو گرے لسٹ میں برقرار رکھنے کا امکان", "آواز پاکستان نیوز", "https://awazpakistan.example", w,
        lambda k: it(k, "ایف اے ٹی ایف اجلاس: پاکستان کو گرے لسٹ میں برقرار رکھنے کا امکان", w, [], outlet="آواز پاکستان نیوز",
                     note="International body's decision on Pakistan: relevant. Title label 'آواز پاکستان نیوز' may be kept or dropped."))
    w = d(2020, 10, 9, 11, 5, 0, 5)
    add("CBMiWWh0dHBzOi8vZHVueWFuYW1hLmV4YW1wbGUvc3BvcnRzL3Bha2lzdGFuLXppbWJhYndlLW9kaS1zZXJpZXMtc3F1YWQv0gEA",
        "زمبابوے کے خلاف ون ڈے سیریز کے لیے قومی اسکواڈ کا اعلان", "دنیا نامہ", "https://dunyanama.example", w,
        lambda k: it(k, "زمبابوے کے خلاف ون ڈے سیریز کے لیے قومی اسکواڈ کا اعلان", w, [], outlet="دنیا نامہ", rel=False,
                     note="Cricket: a story, not relevant. Title label 'دنیا نامہ' may be kept or dropped."))
    w = d(2020, 10, 8, 20, 0, 0, 5)
    add("CBMiSGh0dHBzOi8vd3d3LmhhbWRhcmR0di5leGFtcGxlL3ZpZGVvcy9kb2hhLXRhbGtzLXJlcG9ydC02NjEyMy_SAQA",
        "ویڈیو: دوحہ مذاکرات، افغان وفود کی ملاقات کے مناظر", "ہمدرد ٹی وی", "https://www.hamdardtv.example", w,
        lambda k: it(k, "دوحہ مذاکرات، افغان وفود کی ملاقات کے مناظر", w, [], outlet="ہمدرد ٹی وی", story=False, rel=False,
                     note="A TV channel's video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2020, 10, 8, 13, 25, 0, 5)
    add("CBMiX2h0dHBzOi8va29oaXN0YW4uZXhhbXBsZS8yMDIwLzEwLzA4L2FmZ2hhbi1wZWFjZS10YWxrcy1kb2hhLWFnZW5kYS1kZWFkbG9jay_SAQA",
        "افغان امن مذاکرات: دوحہ میں ایجنڈے پر ڈیڈ لاک برقرار", "روزنامہ کوہستان", "https://kohistan.example", w,
        lambda k: it(k, "افغان امن مذاکرات: دوحہ میں ایجنڈے پر ڈیڈ لاک برقرار", w, [], outlet="روزنامہ کوہستان",
                     note="Title label 'روزنامہ کوہستان' may be kept or dropped."))
    w = d(2020, 10, 7, 18, 50, 0, 5)
    add("CBMiVWh0dHBzOi8vdXJkdS5hbmthcmFyYWR5by5leGFtcGxlL3R1cmtpeWUvaXptaXItc2Vpc21pYy1kcmlsbC1zY2hvb2xzLTIwMjAv0gEA",
        "ترکی: ازمیر کے اسکولوں میں زلزلے سے بچاؤ کی مشقیں", "انقرہ ریڈیو اردو", "https://urdu.ankararadyo.example", w,
        lambda k: it(k, "ترکی: ازمیر کے اسکولوں میں زلزلے سے بچاؤ کی مشقیں", w, [], outlet="انقرہ ریڈیو اردو", rel=False,
                     note="Urdu service of a Turkish state broadcaster reporting Turkey's own civil-protection drill: relevance from the source outlet's home (Turkey), so home news, not relevant. Title label 'انقرہ ریڈیو اردو' may be kept or dropped."))
    head = (f"<generator>NFE/5.0</generator><title>بین الاقوامی - تازہ ترین - خبرستان</title><link>https://news.khabaristan.example/topics/CAAqJQgKIh9DQkFTRVFvSUwyMHZNRGx1YlY4U0FuVnlHZ0pRU3lnQVAB?hl=ur&amp;gl=PK&amp;ceid=PK:ur</link>"
            f"<language>ur</language><webMaster>news-webmaster@khabaristan.example</webMaster><copyright>2020 Khabaristan Inc.</copyright><lastBuildDate>{gmt(d(2020, 10, 10, 4, 20, 0, 0))}</lastBuildDate><description>خبرستان</description>")
    text = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>' + head + "".join(rows) + "</channel></rss>")
    return feed("ur_pk_khabaristan_international_topic.rss.xml", text, items, lang="ur", outlet="خبرستان", aliases=["خبرستان", "Khabaristan"], topic="aggregator",
                structure="Google News-style Urdu topic feed of a news aggregator (/rss/topics/<id>?hl=ur&gl=PK&ceid=PK:ur): standalone='yes' declaration and the whole document on one line without a trailing newline, <generator>NFE/5.0</generator> first in the channel, channel 'Topic - تازہ ترین - Brand', webMaster and 'Inc.' copyright, items with 'Headline - Outlet' titles, '/__i/rss/rd/articles/CBMi…?oc=5' redirect links, the article id as non-permalink guid, GMT dates (Pakistan +0500), escaped descriptions that are only the headline link and '&nbsp;&nbsp;<font color=\"#6f6f6f\">Outlet</font>', <source url> naming the publisher (Urdu dailies, a TV channel, a foreign broadcaster's Urdu service), October 2020",
                notes="Aggregator: each item's expected outlet is its <source>; every item is headline-only (a headline card is the expected output). The aggregator's name is accepted too.")


FEEDS = [plenario, planicie, qns, khabaristan]
