# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Italian, Portuguese and Urdu world desks of the forty-ninth held-out set: a Turin daily on
Méthode (2025), a Palermo daily on Polopoly (2023), a Curitiba daily's Django feed (2024), a Porto
daily on WordPress VIP (2025), a Lahore Urdu daily on WordPress (2025) and a Hyderabad (India) Urdu
daily's ASP.NET feed (2024). All outlets, people and quotations are invented."""
from h49 import S, cd, d, esc, feed, gmt, newest_first, rfc822, utc0, wpt

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


# ---------------------------------------------------------------- Turin daily, Méthode / Eidos (May 2025)
def subalpina():
    base = "https://www.gazzettasubalpina.example"
    specs = [
        S("habemus-papam-leone-xiv-primo-papa-americano", "Habemus papam: eletto Leone XIV, il primo papa statunitense", d(2025, 5, 8, 19, 25, 0, 2), "Francesca Bellandi", ["Francesca Bellandi"],
          ["La fumata bianca è arrivata alle 18.07 del secondo giorno di conclave: il cardinale Robert Francis Prevost, 69 anni, nato a Chicago e a lungo missionario in Perù, è il nuovo pontefice.",
           "«È un papa che conosce le periferie del mondo e la macchina della Curia», ha detto padre Ettore Gallina, docente al Pontificio Ateneo di San Dalmazzo."],
          quotes=[("Ettore Gallina", "Pontificio Ateneo di San Dalmazzo")], note="Elezione del capo di uno Stato estero (la Santa Sede) di portata mondiale: rilevante. 'padre' non fa parte del nome."),
        S("india-pakistan-attacchi-kashmir-morti", "India e Pakistan, raid e bombardamenti: almeno 26 morti", d(2025, 5, 7, 9, 40, 0, 2), "Redazione Esteri", [],
          ["L'India ha colpito nove siti in Pakistan e nel Kashmir pakistano, due settimane dopo l'attentato di Pahalgam. Islamabad parla di vittime civili e promette una risposta."],
          note="Firma di redazione: []. Rilevante."),
        S("ucraina-russia-colloqui-diretti-istanbul", "Ucraina, a Istanbul i primi colloqui diretti con Mosca dal 2022", d(2025, 5, 16, 17, 50, 0, 2), "dal nostro inviato Marco Ferrandi", ["Marco Ferrandi"],
          ["Le delegazioni di Russia e Ucraina si sono incontrate a Istanbul per meno di due ore, accordandosi soltanto su uno scambio di mille prigionieri per parte."],
          note="'dal nostro inviato Name': solo il nome. Rilevante."),
        S("salone-del-libro-torino-record-presenze", "Salone del Libro, Torino chiude con il record di presenze", d(2025, 5, 19, 20, 5, 0, 2), "Alessio Gribaudo", ["Alessio Gribaudo"],
          ["Il Salone internazionale del Libro di Torino ha chiuso la 37ª edizione con un nuovo record di visitatori al Lingotto."],
          rel=False, note="Cronaca cittadina: storia, non rilevante."),
        S("fumata-bianca-le-foto-piazza-san-pietro", "Fumata bianca, le foto della folla in piazza San Pietro", d(2025, 5, 8, 20, 10, 0, 2), "Redazione Online", [],
          ["La gioia dei fedeli nella fotogallery."],
          story=False, rel=False, note="Fotogallery: non è una storia."),
        S("podcast-il-mondo-in-dieci-minuti-conclave", "Il mondo in dieci minuti | Il conclave più breve", d(2025, 5, 9, 6, 0, 0, 2), "Redazione Online", [],
          ["Ascolta la puntata del podcast quotidiano degli Esteri."],
          story=False, rel=False, note="Podcast: non è una storia."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        w = s["w"]
        uid = f"{0x3fa1c2d4 + i * 99991:08x}-2c{i}b-11f0-9e{i}4-{0xa1b2c3d4e5f6 + i * 7919:012x}"
        sec = "esteri" if s["rel"] else ("torino" if s["story"] else "esteri")
        kind = "foto" if "foto" in s["k"] else ("podcast" if "podcast" in s["k"] else "")
        url = f"{base}/{sec}/{w.year % 100}_{MESI[w.month - 1]}_{w.day:02d}/{s['k']}-{uid}.shtml" if not kind else f"{base}/{kind}/{sec}/{w.year % 100}_{MESI[w.month - 1]}_{w.day:02d}/{s['k']}-{uid}.shtml"
        rows.append(f"<item>\n<title><![CDATA[{s['title']}]]></title>\n<link>{url}</link>\n<description><![CDATA[{s['paras'][0]}]]></description>\n"
                    f"<pubDate>{gmt(w)}</pubDate>\n<guid>{url}</guid>\n<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n"
                    f"<enclosure url=\"https://images2.gazzettasubalpina.example/methode_image/{w.year}/{w.month:02d}/{w.day:02d}/Esteri/Foto%20Esteri%20-%20Trattate/{s['k'][:14]}-k{i}TB-U{43000 + i * 77}-656x492@Gazzetta-Web.jpg\" length=\"0\" type=\"image/jpeg\"/>\n</item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            f'<title>Gazzetta Subalpina - Esteri</title>\n<link>{base}/esteri/</link>\n<description>Gazzetta Subalpina - Esteri</description>\n<language>it-it</language>\n'
            f'<atom:link href="{base}/rss/esteri.xml" rel="self" type="application/rss+xml"/>\n<copyright>Copyright (c) 2025 Gazzetta Subalpina Editrice S.p.A.</copyright>\n<image>\n<url>{base}/images/logo_rss.png</url>\n<title>Gazzetta Subalpina</title>\n<link>{base}</link>\n</image>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_gazzettasubalpina_esteri_methode_2025.rss.xml", text, items, lang="it", outlet="La Gazzetta Subalpina", aliases=["Gazzetta Subalpina"],
                structure="Turin daily's 'Esteri' feed from a Méthode (Eidos) publishing system (May 2025): no indentation, channel 'Brand - Esteri' repeated as description, it-it, copyright of the 'Editrice S.p.A.', an <image>, links '/<section>/YY_mese_DD/<slug>-<UUID>.shtml' (Corriere-style date folders in Italian, foto and podcast paths mixed in) repeated as guids, CDATA titles and first-paragraph descriptions, GMT pubDates (newsroom +0200), CDATA dc:creator ('Name', 'dal nostro inviato Name', 'Redazione Esteri', 'Redazione Online'), length-0 enclosures from the methode_image path, «…» quotes, a photo gallery and a podcast",
                notes="Paese d'origine: Italia. L'elezione del papa (Santa Sede, Stato estero) è rilevante; il Salone del Libro è cronaca locale.")


# ---------------------------------------------------------------- Palermo daily, Polopoly (October 2023)
def concadoro():
    base = "https://www.giornaleconcadoro.example"
    specs = [
        S("hamas-attacco-israele-centinaia-di-morti", "Hamas attacca Israele: centinaia di morti, ostaggi portati a Gaza", d(2023, 10, 7, 21, 30, 0, 2), "Redazione", [],
          ["Migliaia di razzi e un'incursione di miliziani dalla Striscia di Gaza nel sud di Israele: è il più grave attacco subito dal Paese da decenni. Il governo israeliano ha dichiarato lo stato di guerra."],
          note="Firma 'Redazione': []. Rilevante."),
        S("israele-volo-rimpatrio-italiani-tel-aviv", "Da Tel Aviv a Fiumicino, il volo che riporta a casa gli italiani bloccati in Israele", d(2023, 10, 10, 23, 15, 0, 2), "Salvatore Li Causi", ["Salvatore Li Causi"],
          ["È atterrato nella notte a Roma il volo organizzato dalla Farnesina per riportare in Italia i connazionali rimasti bloccati in Israele dopo la sospensione dei voli commerciali.",
           "«Abbiamo passato due notti nei rifugi, senza sapere quando saremmo potuti partire», ha raccontato Giulia Ferraro, studentessa palermitana di un master all'Università di Tel Aviv."],
          quotes=[("Giulia Ferraro", "Università di Tel Aviv")], note="Rimpatrio organizzato dal ministero degli Esteri italiano: politica estera del Paese, rilevante."),
        S("terremoto-afghanistan-herat-oltre-duemila-morti", "Terremoto in Afghanistan, oltre duemila morti nella provincia di Herat", d(2023, 10, 8, 14, 45, 0, 2), "Ansa", [],
          ["(ANSA) - KABUL, 08 OTT - Il bilancio del terremoto di magnitudo 6.3 che ha colpito la provincia di Herat è salito a oltre duemila morti, secondo le autorità talebane."],
          junk=["(ANSA) -"], note="Agenzia: []. Rilevante."),
        S("palermo-emergenza-rifiuti-bellolampo", "Palermo, emergenza rifiuti: cumuli in strada, vertice in Regione", d(2023, 10, 11, 18, 20, 0, 2), "Giada Tumminello", ["Giada Tumminello"],
          ["Cumuli di spazzatura in diversi quartieri della città per il blocco dei conferimenti a Bellolampo. Convocato un vertice in Regione."],
          rel=False, note="Cronaca cittadina: storia, non rilevante."),
        S("foto-manifestazione-pace-piazza-politeama", "Le foto della manifestazione per la pace in piazza Politeama", d(2023, 10, 14, 19, 0, 0, 2), "Redazione", [],
          ["Le immagini del corteo."],
          story=False, rel=False, note="Fotogallery: non è una storia."),
        S("diretta-palermo-sampdoria-serie-b", "Palermo-Sampdoria, la diretta", d(2023, 10, 21, 16, 0, 0, 2), "Redazione Sport", [],
          ["Segui con noi la partita minuto per minuto."],
          story=False, rel=False, note="Diretta sportiva: non è una storia."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        cid = f"1.{8812345 - i * 5101}"
        sec = "mondo" if s["rel"] else ("palermo" if "palermo-emergenza" in s["k"] else ("foto" if "foto" in s["k"] else "sport"))
        url = f"{base}/{sec}/{s['k']}-{cid}"
        rows.append(f"    <item>\n      <title>{esc(s['title'])}</title>\n      <link>{url}</link>\n      <description>{esc(s.html())}</description>\n"
                    f"      <author>{esc(s['by'])}</author>\n      <category>{sec}</category>\n      <pubDate>{rfc822(s['w'])}</pubDate>\n      <guid isPermaLink=\"false\">{cid}</guid>\n    </item>")
        items.append(s.exp(cid))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n'
            f'    <title>Mondo - Giornale della Conca d\'Oro</title>\n    <link>{base}/mondo</link>\n    <description>Le notizie dal mondo del Giornale della Conca d\'Oro</description>\n    <language>it</language>\n'
            f'    <pubDate>{rfc822(d(2023, 10, 21, 16, 1, 0, 2))}</pubDate>\n    <generator>Polopoly</generator>\n'
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("it_giornaleconcadoro_mondo_polopoly_2023.rss.xml", text, items, lang="it", outlet="Giornale della Conca d'Oro", aliases=["Il Giornale della Conca d'Oro"],
                structure="Palermo daily's 'Mondo' feed from Polopoly (Atex, October 2023): no namespaces, two-space indentation, channel 'Mondo - Brand', language 'it', channel pubDate, generator 'Polopoly', links '/<section>/<slug>-1.<7 digits>' (palermo, foto and sport sections mixed in), the bare Polopoly content id '1.<7 digits>' as non-permalink guid, escaped <p> descriptions with the whole short story, RSS <author> holding a plain name, 'Redazione', 'Ansa' or 'Redazione Sport' (not an e-mail), <category> with the section, pubDate before guid, '(ANSA) - CITTÀ, 08 OTT -' agency dateline, +0200 dates, a photo gallery and a live football page",
                notes="Paese d'origine: Italia. Il volo di rimpatrio organizzato dalla Farnesina è politica estera italiana (rilevante); i rifiuti a Palermo e il calcio sono cronaca locale.")


# ---------------------------------------------------------------- Curitiba daily, Django syndication feed (November 2024)
def araucarias():
    base = "https://www.tribunadasaraucarias.example"
    specs = [
        S("g20-rio-lideres-aprovam-alianca-contra-fome", "G20 no Rio: líderes aprovam Aliança Global contra a Fome e a Pobreza", d(2024, 11, 18, 19, 40, 0, -3), "Camila Woiciechowski", ["Camila Woiciechowski"],
          ["Os líderes do G20 aprovaram nesta segunda-feira (18), no Rio de Janeiro, a criação da Aliança Global contra a Fome e a Pobreza, principal aposta da presidência brasileira do grupo.",
           "“O Brasil conseguiu pôr a fome no centro de uma mesa que estava dividida por duas guerras”, disse Rafael Tozzi, professor de relações internacionais da Faculdade Araucária de Estudos Globais."],
          quotes=[("Rafael Tozzi", "Faculdade Araucária de Estudos Globais")], note="Cúpula sediada pelo próprio país: relevante."),
        S("cop29-brasil-apresenta-nova-meta-climatica-baku", "COP29: Brasil apresenta em Baku nova meta de corte de emissões até 2035", d(2024, 11, 13, 14, 10, 0, -3), "Agência Brasil", [],
          ["O Brasil apresentou nesta quarta-feira (13), na conferência do clima em Baku, sua nova contribuição nacional, com a meta de reduzir entre 59% e 67% as emissões até 2035 em relação a 2005."],
          note="Crédito de agência: []. Política externa/climática do país: relevante."),
        S("ucrania-usa-misseis-americanos-contra-russia", "Ucrânia usa mísseis americanos de longo alcance contra a Rússia pela primeira vez", d(2024, 11, 19, 11, 25, 0, -3), "AFP", [],
          ["A Ucrânia atacou nesta terça-feira (19) uma instalação militar na região russa de Bryansk com mísseis ATACMS fornecidos pelos Estados Unidos, segundo Moscou."],
          note="Agência: []. Relevante."),
        S("curitiba-prefeito-eleito-anuncia-secretariado", "Prefeito eleito de Curitiba anuncia primeiros nomes do secretariado", d(2024, 11, 21, 17, 0, 0, -3), "Redação", [],
          ["O prefeito eleito de Curitiba anunciou nesta quinta-feira (21) os primeiros cinco secretários da gestão que começa em janeiro."],
          rel=False, note="Política municipal: matéria, não relevante. 'Redação': []."),
        S("video-chegada-delegacoes-g20-museu-arte-moderna", "Vídeo: a chegada das delegações ao MAM para a cúpula do G20", d(2024, 11, 18, 12, 30, 0, -3), "TV Tribuna", [],
          ["Assista."],
          story=False, rel=False, note="Vídeo: não é matéria."),
        S("newsletter-tribuna-mundo-assine", "Receba a newsletter Tribuna Mundo toda sexta-feira", d(2024, 11, 15, 8, 0, 0, -3), "Tribuna das Araucárias", [],
          ["Um resumo semanal das notícias internacionais. Cadastre seu e-mail."],
          story=False, rel=False, note="Promoção de newsletter: não é matéria."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        url = f"{base}/mundo/{s['k']}/"
        rows.append(f"<item><title>{esc(s['title'])}</title><link>{url}</link><description>{esc(s.text())}</description>"
                    f"<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">{esc(s['by'])}</dc:creator><pubDate>{rfc822(s['w'])}</pubDate><guid>{url}</guid><category>{'Mundo' if s['rel'] else 'Curitiba' if s['story'] else 'Multimídia'}</category></item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
            f'<title>Mundo | Tribuna das Araucárias</title><link>{base}/mundo/</link><description>Notícias internacionais da Tribuna das Araucárias</description>'
            f'<atom:link href="{base}/mundo/feed/" rel="self"></atom:link><language>pt-br</language><lastBuildDate>{rfc822(d(2024, 11, 21, 17, 2, 0, -3))}</lastBuildDate>'
            + "".join(rows) + "</channel></rss>")
    return feed("pt_br_tribunadasaraucarias_mundo_django_2024.rss.xml", text, items, lang="pt", outlet="Tribuna das Araucárias", aliases=["Tribuna"],
                structure="Curitiba daily's 'Mundo' feed from a bespoke Django site using django.contrib.syndication's Rss201rev2Feed (November 2024): the declaration on its own line, then the whole document on one line without a trailing newline, atom namespace before version, channel 'Mundo | Brand', '<atom:link … rel=\"self\"></atom:link>' written as a pair, pt-br, lastBuildDate, items in Django's order (title, link, description, dc:creator with an INLINE xmlns:dc declaration, pubDate, guid, category), escaped plain-text descriptions joining the paragraphs, -0300 dates, Brazilian weekday references 'nesta segunda-feira (18)', dc:creator holding a name, 'Agência Brasil', 'AFP', 'Redação', 'TV Tribuna' or the brand, a video and a newsletter promo",
                notes="País de origem: Brasil. A cúpula do G20 no Rio e a meta brasileira na COP29 são política externa (relevantes); a prefeitura de Curitiba é notícia local.")


# ---------------------------------------------------------------- Porto daily, WordPress VIP (May 2025)
def invicta():
    base = "https://correiodainvicta.example"
    specs = [
        S("legislativas-2025-ad-vence-sem-maioria", "Legislativas: AD vence sem maioria e Chega disputa com PS o segundo lugar", d(2025, 5, 19, 0, 45, 0, 1), "Inês Magalhães", ["Inês Magalhães"],
          ["A Aliança Democrática venceu as eleições legislativas deste domingo, mas ficou longe da maioria absoluta. O Chega e o PS disputam voto a voto o segundo lugar, que só será decidido pelos círculos da emigração."],
          rel=False, note="Política nacional: notícia, não relevante."),
        S("leao-xiv-novo-papa-norte-americano", "Leão XIV: o novo Papa é norte-americano e viveu duas décadas no Peru", d(2025, 5, 8, 19, 30, 0, 1), "Lusa", [],
          ["Cidade do Vaticano, 08 mai 2025 (Lusa) - O cardeal norte-americano Robert Prevost foi eleito Papa e escolheu o nome de Leão XIV, anunciou o cardeal protodiácono a partir da varanda da Basílica de São Pedro."],
          junk=["(Lusa) -"], note="Agência: []. Relevante."),
        S("india-paquistao-acordam-cessar-fogo", "Índia e Paquistão acordam cessar-fogo após quatro dias de ataques", d(2025, 5, 10, 17, 5, 0, 1), "Lusa", [],
          ["Nova Deli, 10 mai 2025 (Lusa) - A Índia e o Paquistão acordaram hoje um cessar-fogo total e imediato, após quatro dias de ataques com mísseis, drones e artilharia."],
          junk=["(Lusa) -"], note="Agência: []. Relevante."),
        S("apagao-iberico-portugal-espanha-pedem-investigacao-bruxelas", "Apagão: Portugal e Espanha pedem a Bruxelas investigação às interligações elétricas", d(2025, 5, 6, 13, 20, 0, 1), "Rui Bettencourt, em Bruxelas", ["Rui Bettencourt"],
          ["Os governos de Portugal e Espanha pediram à Comissão Europeia uma investigação independente ao apagão de 28 de abril e um reforço das interligações com França.",
           "&#8220;A Península continua a ser uma ilha elétrica, e o apagão mostrou o preço disso&#8221;, afirmou Helena Casimiro, investigadora do Centro de Estudos Energéticos da Foz."],
          quotes=[("Helena Casimiro", "Centro de Estudos Energéticos da Foz")], note="Política europeia do país em Bruxelas: relevante. 'Nome, em Bruxelas': só o nome."),
        S("legislativas-2025-em-direto", "Legislativas 2025 em direto: acompanhe a noite eleitoral", d(2025, 5, 18, 19, 0, 0, 1), "Correio da Invicta", [],
          ["Todas as projeções e resultados ao minuto."],
          story=False, rel=False, note="Emissão em direto: não é notícia."),
        S("fotogaleria-queima-das-fitas-porto-cortejo", "Fotogaleria: o cortejo da Queima das Fitas do Porto", d(2025, 5, 6, 20, 0, 0, 1), "Fotografia", [],
          ["[gallery ids=\"771201,771202,771203\"]"],
          story=False, rel=False, junk=["[gallery"], note="Fotogaleria: não é notícia. Rótulo 'Fotogaleria:' pode ficar ou sair."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 771488 - i * 97
        sec = "mundo" if s["rel"] else "politica"
        url = f"{base}/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/"
        rows.append(f"\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[{sec.capitalize()}]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{s['paras'][0]}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>\n\t\t\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\t<media:thumbnail url=\"{base}/wp-content/uploads/2025/05/{s['k'][:18]}.jpg?w=300\" />\n\t\t\t\t\t\t</item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\txmlns:media="http://search.yahoo.com/mrss/"\n\t>\n\n<channel>\n'
            f'\t<title>Mundo &#8211; Correio da Invicta</title>\n\t<atom:link href="{base}/seccao/mundo/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>O jornal do Porto</description>\n\t<lastBuildDate>{utc0(d(2025, 5, 19, 0, 47, 0, 1))}</lastBuildDate>\n\t<language>pt-PT</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.8.1</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_pt_correiodainvicta_mundo_wpvip_2025.rss.xml", text, items, lang="pt", outlet="Correio da Invicta", aliases=["Invicta"],
                structure="Porto daily's 'Mundo' section on WordPress VIP (WordPress 6.8.1, May 2025): the stock feed-rss2 template with the media namespace, channel 'Mundo &#8211; Brand', pt-PT, WordPress 5+ whitespace in sy:update*, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, CDATA dc:creator BEFORE pubDate ('Name', 'Name, em Bruxelas', 'Lusa', the brand, 'Fotografia'), +0000 pubDates (newsroom +0100, Lisbon summer time), first-paragraph descriptions, content:encoded, media:thumbnail with '?w=300', Lusa datelines 'Cidade, 08 mai 2025 (Lusa) -', a live page and an unrendered [gallery] shortcode, items from politics mixed in",
                notes="País de origem: Portugal. O pedido luso-espanhol em Bruxelas é política europeia do país (relevante); as legislativas são política nacional.")


# ---------------------------------------------------------------- Lahore Urdu daily, WordPress 6.8 RSS (May 2025)
def anarkali():
    base = "https://dailyanarkali.example"
    specs = [
        S("india-attacks-pakistan-response", "بھارت کے میزائل حملے، پاکستان کا بھرپور جواب دینے کا اعلان", d(2025, 5, 7, 4, 30, 0, 5), "ویب ڈیسک", [],
          ["اسلام آباد (ویب ڈیسک) بھارت نے رات گئے پنجاب اور آزاد کشمیر میں چھ مقامات پر میزائل داغے جن میں متعدد شہری جاں بحق ہوئے۔ حکومت نے حملوں کا بھرپور جواب دینے کا اعلان کیا ہے۔"],
          note="'ویب ڈیسک' ڈیسک ہے، فرد نہیں: []۔ پاکستان کا اپنا بیرونی تنازع: relevant."),
        S("pakistan-india-ceasefire", "پاکستان اور بھارت جنگ بندی پر متفق", d(2025, 5, 10, 20, 15, 0, 5), "نمائندہ خصوصی", [],
          ["اسلام آباد (نمائندہ خصوصی) پاکستان اور بھارت نے چار روز کی کشیدگی کے بعد فوری جنگ بندی پر اتفاق کر لیا ہے۔",
           "لاہور انسٹی ٹیوٹ برائے علاقائی امور کے ڈائریکٹر عمران بخاری نے کہا کہ ”جنگ بندی پہلا قدم ہے، اصل امتحان آنے والے ہفتوں میں ہوگا۔“"],
          quotes=[("عمران بخاری", "لاہور انسٹی ٹیوٹ برائے علاقائی امور")], note="'نمائندہ خصوصی' عہدہ ہے، نام نہیں: []۔ Relevant."),
        S("new-pope-leo-xiv", "امریکی کارڈینل رابرٹ پریوسٹ نئے پوپ منتخب، لیو چہاردہم کا نام اختیار کیا", d(2025, 5, 8, 23, 0, 0, 5), "خبر ایجنسیاں", [],
          ["ویٹی کن سٹی (خبر ایجنسیاں) کیتھولک مسیحیوں کے نئے روحانی پیشوا کا انتخاب عمل میں آ گیا، امریکی کارڈینل رابرٹ پریوسٹ نے لیو چہاردہم کا نام اختیار کیا ہے۔"],
          note="Agencies: []. Relevant."),
        S("lahore-heatwave-temperature", "لاہور میں شدید گرمی، پارہ 45 ڈگری تک پہنچ گیا", d(2025, 5, 21, 17, 40, 0, 5), "محمد عاصم", ["محمد عاصم"],
          ["لاہور (محمد عاصم) شہر میں گرمی کی شدید لہر جاری ہے اور محکمہ موسمیات نے آئندہ تین روز تک درجہ حرارت 45 ڈگری تک رہنے کی پیش گوئی کی ہے۔"],
          rel=False, note="شہر کا موسم: story, not relevant. The run-in '(محمد عاصم)' repeats the author."),
        S("video-lahore-blackout-drill", "ویڈیو: لاہور میں بلیک آؤٹ کے دوران شہر کا منظر", d(2025, 5, 9, 22, 10, 0, 5), "ویڈیو ڈیسک", [],
          ["[embed]https://video.dailyanarkali.example/v/88213[/embed]"],
          story=False, rel=False, junk=["[embed]"], note="Video: not a story. 'ویڈیو:' label may be kept or dropped."),
        S("psl-final-live-updates", "پی ایس ایل فائنل: لائیو اپ ڈیٹس", d(2025, 5, 25, 19, 0, 0, 5), "اسپورٹس ڈیسک", [],
          ["قذافی اسٹیڈیم سے لمحہ بہ لمحہ صورتحال۔"],
          story=False, rel=False, note="Live page (sport): not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 302118 - i * 61
        url = f"{base}/{pid}/"
        rows.append(f"\t<item>\n\t\t<title>{wpt(s['title'])}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<dc:creator><![CDATA[{s['by']}]]></dc:creator>\n\t\t<pubDate>{utc0(s['w'])}</pubDate>\n"
                    f"\t\t\t\t<category><![CDATA[{'بین الاقوامی' if s['rel'] else 'لاہور'}]]></category>\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[{s['paras'][0][:150].rsplit(' ', 1)[0]} [&#8230;]]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{s.html()}]]></content:encoded>\n"
                    f"\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t\t<slash:comments>0</slash:comments>\n\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</item>")
        items.append(s.exp(f"{base}/?p={pid}"))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>بین الاقوامی &#8211; روزنامہ انارکلی</title>\n\t<atom:link href="{base}/category/international/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f'\t<description>لاہور سے شائع ہونے والا روزنامہ</description>\n\t<lastBuildDate>{utc0(d(2025, 5, 25, 19, 1, 0, 5))}</lastBuildDate>\n\t<language>ur</language>\n'
            '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.8.1</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("ur_pk_anarkali_international_wp68_2025.rss.xml", text, items, lang="ur", outlet="روزنامہ انارکلی", aliases=["انارکلی", "Daily Anarkali"],
                structure="Lahore Urdu daily's 'بین الاقوامی' category on WordPress 6.8.1 (May 2025): the stock feed-rss2 template, channel 'Category &#8211; Brand' in Urdu, language 'ur', numeric '/<id>/' permalinks (Urdu slugs avoided), '?p=<id>' guids, comments and wfw:commentRss, CDATA dc:creator ('ویب ڈیسک', 'نمائندہ خصوصی', 'خبر ایجنسیاں', 'ویڈیو ڈیسک', 'اسپورٹس ڈیسک' or a person), +0000 pubDates (newsroom +0500), CDATA excerpts cut with ' [&#8230;]', content:encoded with run-in datelines 'شہر (ویب ڈیسک)', ”…“ quotes after 'نے کہا کہ', an unrendered [embed] video, a live sport page, local weather, and the theme's long run of tabs before </item>",
                notes="Home country: Pakistan. The strikes and the ceasefire are Pakistan's own external conflict (relevant); Lahore weather and the PSL are home news.")


# ---------------------------------------------------------------- Hyderabad (India) Urdu daily, ASP.NET (October 2024)
def musi():
    base = "https://www.sadaemusi.example"
    specs = [
        S("iran-missile-attack-israel", "ایران کا اسرائیل پر بیلسٹک میزائلوں سے حملہ", d(2024, 10, 1, 23, 50, 0, 5.5), "ایجنسیاں", [],
          ["تل ابیب/تہران (ایجنسیاں) ایران نے منگل کی رات اسرائیل پر تقریباً دو سو بیلسٹک میزائل داغے۔ اسرائیلی فوج کے مطابق بیشتر میزائل فضا میں ہی تباہ کر دیے گئے۔"],
          note="Agencies: []. Relevant."),
        S("india-china-ladakh-patrolling-agreement", "لداخ میں گشت پر ہندوستان اور چین کے درمیان معاہدہ", d(2024, 10, 21, 21, 15, 0, 5.5), "سید فرحان قادری", ["سید فرحان قادری"],
          ["نئی دہلی ۔ ہندوستان اور چین نے مشرقی لداخ میں لائن آف ایکچوئل کنٹرول پر گشت کے انتظامات پر اتفاق کر لیا ہے، خارجہ سکریٹری نے پیر کو بتایا۔",
           "دکن انسٹی ٹیوٹ آف پالیسی اسٹڈیز کی پروفیسر نسرین بیگ نے کہا کہ ”یہ سرحد پر برف پگھلنے کی پہلی علامت ہے، پورا موسم بدلنے میں وقت لگے گا۔“"],
          quotes=[("نسرین بیگ", "دکن انسٹی ٹیوٹ آف پالیسی اسٹڈیز")], note="India's own foreign policy: relevant. 'پروفیسر' is a title, not part of the name; 'سید' is kept as written in the byline."),
        S("brics-summit-kazan-begins", "برکس چوٹی کانفرنس کا کازان میں آغاز", d(2024, 10, 22, 22, 5, 0, 5.5), "ایجنسیاں", [],
          ["کازان (ایجنسیاں) روس کے شہر کازان میں برکس ممالک کی سہ روزہ چوٹی کانفرنس شروع ہو گئی جس میں ہندوستان سمیت رکن ممالک کے قائدین شریک ہیں۔"],
          note="Relevant."),
        S("musi-riverfront-demolition-protest", "موسیٰ ندی کے کنارے مکانات کے انہدام کے خلاف احتجاج", d(2024, 10, 3, 19, 30, 0, 5.5), "محمد عبدالقدیر", ["محمد عبدالقدیر"],
          ["حیدرآباد ۔ موسیٰ ریور فرنٹ منصوبے کے تحت مکانات کے انہدام کے خلاف متاثرہ خاندانوں نے جمعرات کو احتجاج کیا۔"],
          rel=False, note="City news: a story, not relevant."),
        S("photos-bathukamma-celebrations", "تصاویر: شہر میں بتکماں تہوار کی رونق", d(2024, 10, 10, 20, 0, 0, 5.5), "فوٹو ڈیسک", [],
          ["تہوار کی تصاویر دیکھیں۔"],
          story=False, rel=False, note="Photo gallery: not a story."),
        S("rishtay-matrimonial-october", "رشتے: اس ہفتے کے ضرورت رشتہ اشتہارات", d(2024, 10, 12, 9, 0, 0, 5.5), "اشتہارات", [],
          ["ضرورت رشتہ کے اشتہارات کے لیے دفتر سے رابطہ کریں۔"],
          story=False, rel=False, note="Matrimonial classifieds: not a story."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        nid = 412077 - i * 211
        url = f"{base}/NewsDetail.aspx?NewsID={nid}&amp;CatID={3 if s['rel'] else 1}"
        rows.append(f"<item><title>{esc(s['title'])}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid><description>{esc(s.text(' '))}</description>"
                    f"<author>{esc(s['by'])}</author><pubDate>{rfc822(s['w'])}</pubDate></item>")
        items.append(s.exp(url.replace("&amp;", "&")))
    text = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>روزنامہ صدائے موسیٰ - بین الاقوامی</title>'
            f'<link>{base}/</link><description>حیدرآباد دکن کا مقبول اردو روزنامہ</description><language>ur-IN</language><copyright>© 2024 Sada-e-Musi Publications Pvt Ltd</copyright>'
            + "".join(rows) + "</channel></rss>")
    return feed("ur_in_sadaemusi_international_aspnet_2024.rss.xml", text, items, lang="ur", outlet="روزنامہ صدائے موسیٰ", aliases=["صدائے موسیٰ", "Sada-e-Musi"],
                structure="Hyderabad (Telangana, India) Urdu daily's international feed from an ASP.NET WebForms handler writing with XmlWriter (October 2024): one line, no trailing newline, no namespaces, channel 'Brand - بین الاقوامی', ur-IN, copyright of the 'Publications Pvt Ltd', links '/NewsDetail.aspx?NewsID=<n>&amp;CatID=<n>' repeated as permalink guids (escaped ampersand), guid BEFORE description, escaped plain-text descriptions with the whole short story, RSS <author> holding 'ایجنسیاں', a person, 'فوٹو ڈیسک' or 'اشتہارات', +0530 dates, run-in datelines 'شہر ۔' and 'شہر (ایجنسیاں)', ”…“ quotes, a photo gallery and matrimonial classifieds",
                notes="Home country: India. The India-China agreement is India's foreign policy (relevant); the Musi demolitions are city news.")


FEEDS = [subalpina, concadoro, araucarias, invicta, anarkali, musi]
