# ruff: noqa: E501  (feed text is data: long lines are the content)
"""European-language feeds of the second held-out set: France 24 (fr), Deutsche Welle RDF (de),
El País MRSS (es), ANSA (it), Público via Feedburner (pt), NOS (nl), a Polish daily in
windows-1250 declared ISO-8859-2 (pl) and Hürriyet with Turkish date names (tr)."""
from lib import Feed, Item, cdata, dt, esc, rfc822


def _it(key, title, d, authors=(), story=True, rel=True, junk=(), quotes=None, note=None, outlet=None):
    return Item(key=key, title=title, published=d, authors=list(authors), is_story=story, relevant=rel,
                junk=list(junk), quotes=quotes, note=note, outlet=outlet)


# --------------------------------------------------------------------------------------
# 10. France 24 French section RSS (france24.com/fr/europe/rss): GMT pubDate, plain-text
#     description, media:content with media:credit, dc:creator "FRANCE 24 avec AFP".
# --------------------------------------------------------------------------------------


def meridien() -> Feed:
    base = "https://www.meridien24.fr/fr"
    rows = [
        ("europe/20261202-moldavie-adhesion-ue-dernier-chapitre", "La Moldavie boucle le dernier chapitre de ses négociations d'adhésion à l'UE",
         "Le Parlement moldave a adopté mercredi la dernière loi exigée par Bruxelles. « C'est une journée historique pour notre pays », a déclaré la présidente du Parlement, Ana Roșca.",
         "Lucie Marchand", ["Lucie Marchand"], dt(2026, 12, 2, 17, 29, 8), True, True, [{"speaker": "Ana Roșca", "affiliation": "présidente du Parlement"}]),
        ("afrique/20261202-tchad-soudan-frontiere-refugies", "Au Tchad, l'afflux de réfugiés soudanais reprend à la frontière",
         "Plus de 12 000 personnes ont traversé la frontière en une semaine, selon le HCR.",
         "FRANCE 24 avec AFP", [], dt(2026, 12, 2, 14, 2, 0), True, True, None),
        ("europe/20261201-en-images-marche-de-noel-strasbourg", "En images : le marché de Noël de Strasbourg ouvre ses portes",
         "", "Méridien 24", [], dt(2026, 12, 1, 18, 0, 0), False, False, None),
        ("moyen-orient/20261201-liban-armee-deploiement-sud", "Liban : l'armée se déploie au sud du Litani, Israël maintient cinq positions",
         "Le déploiement, prévu par l'accord de cessez-le-feu, doit être achevé d'ici fin janvier.",
         "Karim Haddad, Sophie Lemaire", ["Karim Haddad", "Sophie Lemaire"], dt(2026, 12, 1, 11, 45, 30), True, True, None),
        ("sports/20261130-ligue-1-psg-om-classique", "Ligue 1 : le PSG s'impose dans le Classique face à l'OM",
         "Les Parisiens ont gagné 3-1 au Vélodrome.", "Méridien 24", [], dt(2026, 11, 30, 22, 50, 0), True, False, None),
        ("emissions/le-debat/20261130-otan-europe-defense", "Le Débat – L'Europe peut-elle se défendre seule ?",
         "Nos invités débattent de l'autonomie stratégique européenne.", "Méridien 24", [], dt(2026, 11, 30, 19, 10, 0), False, False, None),
        ("ameriques/20261130-bolivie-elections-second-tour", "Bolivie : le second tour de la présidentielle fixé au 21 décembre",
         "Le Tribunal suprême électoral a confirmé les résultats du premier tour.", "FRANCE 24 avec AFP et Reuters", [], dt(2026, 11, 30, 8, 5, 0), True, True, None),
    ]
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<description>{esc(desc)}</description>
<link>{link}</link>
<guid isPermaLink="true">{link}</guid>
<pubDate>{rfc822(d, gmt=True)}</pubDate>
<dc:creator>{esc(creator)}</dc:creator>
<media:thumbnail url="https://s.meridien24.fr/media/display/{path[-8:]}/w:480/p:16x9/x.jpg"/>
<media:content url="https://s.meridien24.fr/media/display/{path[-8:]}/w:1280/p:16x9/x.jpg" medium="image" type="image/jpeg"><media:credit>© AFP</media:credit></media:content>
</item>""")
        items.append(_it(link, title, d, authors, story, rel, ["© AFP", "avec AFP"], quotes))
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Méridien 24 - Info</title>
<link>{base}/</link>
<description>Méridien 24 - Toute l'actualité internationale en continu</description>
<language>fr</language>
<copyright>Copyright Méridien 24 - Médias Monde Sud S.A.</copyright>
<atom:link href="{base}/rss" rel="self" type="application/rss+xml"/>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="fr_meridien24_info.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="France 24 French RSS (france24.com/fr/rss): GMT pubDate, plain descriptions, dc:creator 'FRANCE 24 avec AFP', media:credit",
                language="fr", outlet="Méridien 24", shape="rss2", topic="world", items=items,
                declared_encoding="utf-8",
                notes="Company 'Médias Monde Sud S.A.' is not the outlet. 'FRANCE 24 avec AFP'-style creators name the newsroom and agencies, not people. Gallery and debate programme are not stories.")


# --------------------------------------------------------------------------------------
# 11. Deutsche Welle RSS 1.0 (rss.dw.com/rdf/rss-de-all): rdf:RDF, dc:date ISO with Z,
#     no authors, initials-and-agency credit lines 'nob/se (rtr, afp, dpa)' at the end.
# --------------------------------------------------------------------------------------


def weltfunk() -> Feed:
    base = "https://www.weltfunk.de/de"
    rows = [
        ("ukraine-gefangenenaustausch-vereinbart/a-71234561", "Ukraine und Russland vereinbaren großen Gefangenenaustausch",
         "Unter Vermittlung der Türkei wollen beide Seiten je 500 Gefangene freilassen. „Das ist ein humanitärer Schritt, kein Friedensschritt“, sagte der ukrainische Außenminister Andrij Kowal. kle/jj (dpa, afp, rtr)",
         dt(2026, 12, 2, 16, 33, 0), True, True, [{"speaker": "Andrij Kowal", "affiliation": "ukrainischer Außenminister"}]),
        ("bundestag-beschliesst-haushalt-2027/a-71234555", "Bundestag beschließt Haushalt 2027",
         "Nach viertägiger Debatte hat der Bundestag den Etat verabschiedet. Die Opposition kritisiert die hohe Neuverschuldung. se/ack (dpa, epd)",
         dt(2026, 12, 2, 12, 10, 0), True, True, None),
        ("bildergalerie-weihnachtsmärkte-in-europa/g-71234540", "Bildergalerie: Weihnachtsmärkte in Europa",
         "Von Wien bis Tallinn: die schönsten Märkte.", dt(2026, 12, 1, 18, 0, 0), False, False, None),
        ("südkorea-präsidentin-in-peking/a-71234533", "Südkoreas Präsidentin zu erstem Staatsbesuch in Peking",
         "Im Mittelpunkt stehen Handel und das Atomprogramm Nordkoreas. Es ist der erste Besuch eines südkoreanischen Staatsoberhaupts in China seit neun Jahren. nob/se (rtr, ap)",
         dt(2026, 12, 1, 9, 25, 0), True, True, None),
        ("bundesliga-bayern-verliert-in-freiburg/a-71234520", "Bundesliga: Bayern verliert in Freiburg",
         "Der Tabellenführer unterlag dem SC Freiburg mit 1:2. asz (sid, dpa)", dt(2026, 11, 30, 19, 35, 0), True, False, None),
        ("kommentar-europa-braucht-eine-china-strategie/a-71234511", "Kommentar: Europa braucht eine eigene China-Strategie",
         "Die EU schwankt zwischen Partnerschaft und Abschottung. Das kann sie sich nicht länger leisten, meint Miriam Kessler.",
         dt(2026, 11, 30, 10, 0, 0), True, True, None),
        ("podcast-wissenschaft-kompakt/audio-71234500", "Wissenschaft kompakt: Der Podcast vom 29. November",
         "Themen: Exoplaneten, Gletscherschmelze und ein neues Antibiotikum.", dt(2026, 11, 29, 12, 0, 0), False, False, None),
    ]
    seq, items_xml, items = [], [], []
    for path, title, desc, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        seq.append(f'<rdf:li rdf:resource="{link}"/>')
        items_xml.append(f"""<item rdf:about="{link}">
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>
<dc:date>{d.strftime('%Y-%m-%dT%H:%M:%SZ')}</dc:date>
<dc:language>de</dc:language>
<dc:rights>Weltfunk</dc:rights>
</item>""")
        note = "The commentary's author 'Miriam Kessler' appears only as 'meint Miriam Kessler' in the text; ['Miriam Kessler'] is also correct." if "Kessler" in desc else None
        items.append(_it(link, title, d, [], story, rel, ["(dpa", "(rtr", "(sid", "kle/jj", "se/ack", "nob/se", "asz ("], quotes, note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{base}/">
<title>Weltfunk: Nachrichten</title>
<link>{base}/</link>
<description>Nachrichten und Hintergründe aus aller Welt</description>
<dc:language>de</dc:language>
<dc:date>2026-12-02T16:40:00Z</dc:date>
<dc:rights>Weltfunk</dc:rights>
<items><rdf:Seq>
{chr(10).join(seq)}
</rdf:Seq></items>
</channel>
{chr(10).join(items_xml)}
</rdf:RDF>
"""
    return Feed(name="de_weltfunk_alle.rdf", text=text, encoding="utf-8",
                content_type="application/rdf+xml; charset=utf-8",
                outlet_structure="Deutsche Welle RSS 1.0 (rss.dw.com/rdf/rss-de-all): rdf:RDF, dc:date, no authors, 'kle/jj (dpa, afp, rtr)' editor-initials credits",
                language="de", outlet="Weltfunk", shape="rss1-rdf", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Channel title 'Weltfunk: Nachrichten'. Editor initials with agency lists end most descriptions and are credits, not text. Gallery and podcast are not stories.")


# --------------------------------------------------------------------------------------
# 12. El País MRSS section feed: one <dc:creator> per author, media:content with
#     media:description caption and media:credit, 'Agencias' as creator.
# --------------------------------------------------------------------------------------


def elfaro() -> Feed:
    base = "https://elfaro.es"
    rows = [
        ("internacional/2026-12-02/colombia-eln-acuerdo-cese-al-fuego.html", "Colombia y el ELN firman en La Habana un cese el fuego de seis meses",
         "El acuerdo incluye un mecanismo de verificación de la ONU y la Iglesia católica.", ["Catalina Ospina", "Andrés Villalba Ruiz"],
         "Negociadores del Gobierno y del ELN, en La Habana.", "Yamil Lage (AFP)", dt(2026, 12, 2, 18, 2, 11), True, True, None),
        ("internacional/2026-12-02/argentina-milei-reforma-laboral-senado.html", "El Senado argentino aprueba la reforma laboral tras 14 horas de debate",
         "“Es el fin de un modelo que condenó a la informalidad a la mitad de los trabajadores”, dijo la ministra de Trabajo, Valeria Quiroga.", ["Federico Arriola Paz"],
         "", "", dt(2026, 12, 2, 9, 45, 0), True, True, [{"speaker": "Valeria Quiroga", "affiliation": "ministra de Trabajo"}]),
        ("internacional/2026-12-01/fotos-erupcion-volcan-fuego-guatemala.html", "Fotos | La erupción del volcán de Fuego, en imágenes",
         "", ["Agencias"], "", "", dt(2026, 12, 1, 20, 0, 0), False, False, None),
        ("internacional/2026-12-01/mexico-estados-unidos-aranceles-acero.html", "México y Estados Unidos pactan una tregua en los aranceles al acero",
         "El acuerdo suspende durante 90 días los gravámenes anunciados en octubre.", ["Agencias"],
         "Contenedores en el puerto de Manzanillo.", "Hugo Ortuño (EFE)", dt(2026, 12, 1, 16, 30, 0), True, True, None),
        ("cultura/2026-12-01/premio-cervantes-2026.html", "La poeta uruguaya Clara Ibarburu gana el Premio Cervantes",
         "El jurado destacó “la hondura y la claridad” de su obra.", ["Elena Sevilla"],
         "", "", dt(2026, 12, 1, 13, 0, 0), True, False, None),
        ("internacional/2026-11-30/venezuela-presos-politicos-liberacion.html", "Venezuela libera a 40 presos políticos tras la mediación de Brasil",
         "Entre los excarcelados hay tres periodistas y un exdiputado.", ["Alonso Benedetti", "Florencia Sangiovanni", "Carla Pérez de Ayala"],
         "Familiares esperan frente a la cárcel de El Helicoide.", "Miguel Gutiérrez (EFE)", dt(2026, 11, 30, 23, 15, 0), True, True, None),
        ("internacional/2026-11-30/newsletter-america-global.html", "Suscríbase a ‘América Global’, nuestro boletín sobre América Latina",
         "Cada viernes en su correo.", ["El Faro"], "", "", dt(2026, 11, 30, 9, 0, 0), False, False, None),
    ]
    items_xml, items = [], []
    for path, title, desc, creators, cap, credit, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        dcs = "".join(f"<dc:creator>{cdata(c)}</dc:creator>" for c in creators)
        media = ""
        if cap:
            media = f'<media:content url="https://imagenes.elfaro.es/resizer/{path[-12:-5]}.jpg" type="image/jpeg" medium="image"><media:description type="plain">{cdata(cap)}</media:description><media:credit role="author" scheme="urn:ebu">{cdata(credit)}</media:credit></media:content>'
        items_xml.append(f"<item><title>{cdata(title)}</title><link>{link}</link>{dcs}<description>{cdata(desc)}</description><guid isPermaLink=\"true\">{link}</guid><pubDate>{rfc822(d, gmt=True)}</pubDate><category>{cdata(path.split('/')[0].capitalize())}</category>{media}</item>")
        people = [c for c in creators if c not in ("Agencias", "El Faro")]
        junk = [x for x in (cap, credit) if x]
        title_clean = title.removeprefix("Fotos | ")
        note = "Title label 'Fotos |' may be kept or dropped." if title.startswith("Fotos |") else None
        items.append(_it(link, title_clean, d, people, story, rel, junk, quotes, note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel><title>{cdata('Internacional en EL FARO')}</title><link>{base}/internacional/</link><description>{cdata('Noticias de Internacional en EL FARO')}</description><atom:link href="https://feeds.elfaro.es/mrss-s/pages/ef/site/elfaro.es/section/internacional/portada" rel="self" type="application/rss+xml"/><language>es</language><copyright>{cdata('Ediciones El Faro S.L.')}</copyright><lastBuildDate>{rfc822(dt(2026, 12, 2, 18, 10, 0), gmt=True)}</lastBuildDate>{''.join(items_xml)}</channel></rss>"""
    return Feed(name="es_elfaro_internacional.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="El País MRSS section feed (feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/section/internacional/portada): one dc:creator per author, media:description caption, media:credit '(EFE)'",
                language="es", outlet="El Faro", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8", outlet_aliases=["EL FARO"],
                notes="Channel title 'Internacional en EL FARO'; 'Ediciones El Faro S.L.' is the company. 'Agencias' and the paper itself are not people. Captions and photo credits are not summary text. Gallery and newsletter promo are not stories.")


# --------------------------------------------------------------------------------------
# 13. ANSA-style Italian agency RSS (ansa.it/sito/notizie/mondo/mondo_rss.xml): +0100
#     dates, short plain descriptions, '(PENISOLA) - ROMA, 02 DIC -' datelines and
#     'RIPRODUZIONE RISERVATA © Copyright PENISOLA' trailers.
# --------------------------------------------------------------------------------------


def penisola() -> Feed:
    base = "https://www.penisola.it/sito/notizie/mondo"
    rows = [
        ("2026/12/02/iran-usa-colloqui-oman_3f1a2b", "Iran-Usa, nuovo round di colloqui in Oman la prossima settimana",
         "(PENISOLA) - ROMA, 02 DIC - Iran e Stati Uniti terranno un nuovo round di colloqui indiretti a Mascate la prossima settimana. \"Il dialogo è l'unica strada\", ha detto il ministro degli Esteri omanita Hamad Al-Rawahi. RIPRODUZIONE RISERVATA © Copyright PENISOLA",
         dt(2026, 12, 2, 17, 12, 0, 1), True, True, [{"speaker": "Hamad Al-Rawahi", "affiliation": "ministro degli Esteri omanita"}]),
        ("2026/12/02/ue-bilancio-accordo-parlamento_4c2d3e", "Ue, accordo tra Consiglio e Parlamento sul bilancio 2027",
         "(PENISOLA) - BRUXELLES, 02 DIC - Raggiunta nella notte l'intesa sul bilancio dell'Unione per il 2027. RIPRODUZIONE RISERVATA © Copyright PENISOLA",
         dt(2026, 12, 2, 8, 30, 0, 1), True, True, None),
        ("2026/12/01/foto-neve-alpi_5d3e4f", "FOTO Prima neve sulle Alpi, le immagini",
         "", dt(2026, 12, 1, 15, 0, 0, 1), False, False, None),
        ("2026/12/01/etiopia-tigray-elezioni_6e4f5a", "Etiopia, il Tigray andrà al voto a giugno",
         "(PENISOLA) - NAIROBI, 01 DIC - La regione etiope del Tigray terrà le sue prime elezioni dalla fine della guerra. RIPRODUZIONE RISERVATA © Copyright PENISOLA",
         dt(2026, 12, 1, 11, 5, 0, 1), True, True, None),
        ("2026/11/30/calcio-serie-a-inter-napoli_7f5a6b", "Serie A, l'Inter batte il Napoli e torna in vetta",
         "(PENISOLA) - MILANO, 30 NOV - Decide un gol di testa nel recupero. RIPRODUZIONE RISERVATA © Copyright PENISOLA",
         dt(2026, 11, 30, 22, 48, 0, 1), True, False, None),
        ("2026/11/30/giappone-cina-isole-senkaku_8a6b7c", "Giappone protesta con Pechino per navi cinesi vicino alle Senkaku",
         "(PENISOLA) - TOKYO, 30 NOV - Quattro navi della guardia costiera cinese sono entrate nelle acque territoriali giapponesi, ha riferito Tokyo. RIPRODUZIONE RISERVATA © Copyright PENISOLA",
         dt(2026, 11, 30, 6, 40, 0, 1), True, True, None),
        ("2026/11/29/oroscopo-settimana_9b7c8d", "L'oroscopo della settimana",
         "Le previsioni segno per segno.", dt(2026, 11, 29, 7, 0, 0, 1), False, False, None),
    ]
    items_xml, items = [], []
    for path, title, desc, d, story, rel, quotes in rows:
        link = f"{base}/{path}.html"
        items_xml.append(f"""<item>
<title><![CDATA[{title}]]></title>
<description><![CDATA[{desc}]]></description>
<link>{link}</link>
<pubDate>{rfc822(d).replace(f' {d.day:02d} ', f' {d.day} ')}</pubDate>
<guid>{link}</guid>
</item>""")
        clean = title.removeprefix("FOTO ")
        note = "Title label 'FOTO' may be kept or dropped." if title.startswith("FOTO ") else None
        items.append(_it(link, clean, d, [], story, rel, ["RIPRODUZIONE RISERVATA", "© Copyright", "(PENISOLA)"], quotes, note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Penisola.it - Mondo</title>
<link>{base}/</link>
<description>Le notizie dal mondo dell'Agenzia Penisola</description>
<language>it</language>
<copyright>Copyright PENISOLA Società Cooperativa</copyright>
<image><url>https://www.penisola.it/sito/img/logo_rss.png</url><title>Penisola.it - Mondo</title><link>{base}/</link></image>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="it_penisola_mondo.rss.xml", text=text, encoding="utf-8",
                content_type="text/xml; charset=utf-8",
                outlet_structure="ANSA section RSS (ansa.it/sito/notizie/mondo/mondo_rss.xml): '(ANSA) - ROMA, 02 DIC -' datelines, 'RIPRODUZIONE RISERVATA © Copyright ANSA', single-digit days in pubDate",
                language="it", outlet="Penisola", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8", outlet_aliases=["Penisola.it", "Agenzia Penisola"],
                notes="Channel title 'Penisola.it - Mondo'; the cooperative is the company. pubDate uses one-digit days ('Tue, 1 Dec'). Photo gallery and horoscope are not stories.")


# --------------------------------------------------------------------------------------
# 14. Público (pt) via Feedburner: feedburner namespace, ~r/ redirect links with
#     feedburner:origLink, <author> names or 'Lusa', tracking pixel in descriptions.
# --------------------------------------------------------------------------------------


def atlantico() -> Feed:
    site = "https://www.diarioatlantico.pt"
    fb = "http://feeds.feedburner.com/~r/DiarioAtlanticoMundo/~3"
    rows = [
        ("2026/12/02/mundo/noticia/angola-mocambique-corredor-lobito-2101234", "Angola e Moçambique assinam acordo para ligar o corredor do Lobito ao Índico",
         "O acordo prevê uma linha férrea de 1300 quilómetros financiada pela União Europeia e pelos Estados Unidos.", "Inês Carvalhal Moura", ["Inês Carvalhal Moura"], dt(2026, 12, 2, 17, 50, 0), True, True, None),
        ("2026/12/02/mundo/noticia/brasil-cavalcanti-g20-balanco-2101230", "Cavalcanti faz balanço da presidência brasileira do G20: “Pusemos a fome no centro”",
         "“Pusemos a fome no centro da agenda mundial”, afirmou o Presidente brasileiro, Renato Cavalcanti, em Brasília.", "Lusa", [], dt(2026, 12, 2, 12, 20, 0), True, True,
         [{"speaker": "Renato Cavalcanti", "affiliation": "Presidente brasileiro"}]),
        ("2026/12/01/desporto/noticia/benfica-vence-braga-2101222", "Benfica vence em Braga e reforça a liderança",
         "Os encarnados ganharam por 2-0.", "Redacção", [], dt(2026, 12, 1, 22, 30, 0), True, False, None),
        ("2026/12/01/mundo/fotogaleria/dia-mundial-sida-2101219", "Fotogaleria: o Dia Mundial da Luta contra a Sida pelo mundo",
         "", "Diário Atlântico", [], dt(2026, 12, 1, 18, 0, 0), False, False, None),
        ("2026/12/01/mundo/noticia/guine-bissau-eleicoes-adiadas-2101215", "Guiné-Bissau: eleições legislativas adiadas para Março",
         "A Comissão Nacional de Eleições invocou atrasos no recenseamento.", "Rita Bettencourt, Filipa Amaral Neves", ["Rita Bettencourt", "Filipa Amaral Neves"], dt(2026, 12, 1, 10, 15, 0), True, True, None),
        ("2026/11/30/mundo/opiniao/europa-ucrania-inverno-2101208", "A Europa e o terceiro Inverno da Ucrânia",
         "Os europeus continuam a discutir quanto dinheiro dar, quando a questão é quanto tempo.", "Helena Quaresma", ["Helena Quaresma"], dt(2026, 11, 30, 7, 0, 0), True, True, None),
        ("2026/11/29/mundo/noticia/newsletter-mundo-2101200", "Subscreva a newsletter Mundo",
         "Todas as semanas, o essencial da actualidade internacional.", "Diário Atlântico", [], dt(2026, 11, 29, 9, 0, 0), False, False, None),
    ]
    items_xml, items = [], []
    for path, title, desc, author, authors, d, story, rel, quotes in rows:
        orig = f"{site}/{path}"
        token = path[-7:]
        pixel = f'&lt;img src="http://feeds.feedburner.com/~r/DiarioAtlanticoMundo/~4/{token}" height="1" width="1" alt=""/&gt;'
        items_xml.append(f"""<item><title>{esc(title)}</title><link>{fb}/{token}/{path.split('/')[-1]}</link><description>{esc(desc)}{pixel}</description><author>{esc(author)}</author><pubDate>{rfc822(d)}</pubDate><guid isPermaLink="false">{orig}</guid><feedburner:origLink>{orig}</feedburner:origLink></item>""")
        items.append(_it(orig, title, d, authors, story, rel, ["feedburner", "Lusa"], quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.com/~d/styles/itemcontent.css"?><rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel><title>Diário Atlântico - Mundo</title><link>{site}/mundo</link><description>Notícias internacionais do Diário Atlântico</description><language>pt-PT</language><copyright>© Diário Atlântico - Comunicação Social, S.A.</copyright><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/DiarioAtlanticoMundo" /><feedburner:info uri="diarioatlanticomundo" /><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" />{''.join(items_xml)}</channel></rss>
"""
    return Feed(name="pt_pt_diarioatlantico_mundo_feedburner.rss.xml", text=text, encoding="utf-8",
                content_type="text/xml; charset=UTF-8",
                outlet_structure="Público section feed wrapped by Feedburner (feeds.feedburner.com/PublicoMundo): ~r/ redirect links, feedburner:origLink, 1x1 tracking pixel, <author> names or 'Lusa'",
                language="pt", outlet="Diário Atlântico", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Channel title 'Diário Atlântico - Mundo'; '… Comunicação Social, S.A.' is the company. 'Lusa' is the agency, 'Redacção' the desk. Gallery and newsletter promo are not stories. The link is a Feedburner redirect; the guid/origLink is the article.")


# --------------------------------------------------------------------------------------
# 15. NOS-style Dutch public broadcaster (feeds.nos.nl/nosnieuwsbuitenland): CDATA HTML
#     bodies with <h2> subheads, 'Lees ook' related links, enclosure image, +0100 dates.
# --------------------------------------------------------------------------------------


def polder() -> Feed:
    base = "https://pnieuws.nl/artikel"
    rows = [
        ("2561001-navo-top-nederland-levert-extra-patriots", "Nederland levert extra Patriot-systemen aan Oekraïne",
         ["<p>Nederland stuurt twee extra Patriot-luchtafweersystemen naar Oekraïne. Dat heeft minister van Defensie Ruben Verhoeven bekendgemaakt.</p>",
          "<h2>Kosten</h2><p>De systemen kosten samen ongeveer 800 miljoen euro</p>",
          "<p>Lees ook: <a href=\"https://pnieuws.nl/artikel/2560900\">Hoe werkt Patriot-luchtafweer?</a></p>"],
         dt(2026, 12, 2, 17, 33, 51, 1), True, True, None),
        ("2561000-kijk-rellen-in-tbilisi", "Kijk: betogers en politie botsen opnieuw in Tbilisi",
         ["<p>Bekijk de beelden in de video hieronder.</p>"], dt(2026, 12, 2, 15, 0, 0, 1), False, False, None),
        ("2560990-verkiezingen-roemenie-uitslag", "Pro-Europese partijen winnen parlementsverkiezingen in Roemenië",
         ["<p>De pro-Europese coalitie heeft een meerderheid behaald in het Roemeense parlement.</p>",
          "<p>\u201cRoemenië heeft gekozen voor Europa\u201d, zei premier Ilie Vasilescu in Boekarest.</p>"],
         dt(2026, 12, 2, 8, 10, 0, 1), True, True, [{"speaker": "Ilie Vasilescu", "affiliation": "premier"}]),
        ("2560980-sinterklaas-intocht-drukte", "Drukte bij intocht Sinterklaas in Amersfoort",
         ["<p>Tienduizenden kinderen kwamen naar de intocht.</p>"], dt(2026, 11, 30, 14, 0, 0, 1), True, False, None),
        ("2560975-israel-hezbollah-bestand", "Israël en Hezbollah beschuldigen elkaar van schending bestand",
         ["<p>Het Israëlische leger zegt raketlanceerinstallaties in Zuid-Libanon te hebben aangevallen.</p>",
          "<h2>VN bezorgd</h2><p>De VN-vredesmacht Unifil roept beide partijen op tot terughoudendheid.</p>"],
         dt(2026, 11, 30, 9, 22, 0, 1), True, True, None),
        ("2560960-liveblog-stormschade", "Liveblog: stormschade in Zeeland, treinverkeer hervat",
         ["<p>Volg de laatste ontwikkelingen in ons liveblog.</p>"], dt(2026, 11, 29, 20, 0, 0, 1), False, False, None),
    ]
    items_xml, items = [], []
    for path, title, blocks, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{cdata(''.join(blocks))}</description>
      <pubDate>{rfc822(d)}</pubDate>
      <guid>{link}</guid>
      <enclosure url="https://cdn.pnieuws.nl/data/image/2026/12/02/{path[:7]}/1008x567.jpg" type="image/jpeg" length="0"/>
    </item>""")
        items.append(_it(link, title, d, [], story, rel, ["Lees ook", "Bekijk de beelden"], quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>PN Nieuws Buitenland</title>
    <link>https://pnieuws.nl/</link>
    <description>PN Nieuws - Buitenland</description>
    <language>nl</language>
    <copyright>Copyright Publieke Nieuwsomroep</copyright>
    <atom:link href="https://feeds.pnieuws.nl/pnnieuwsbuitenland" rel="self" type="application/rss+xml"/>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="nl_pnieuws_buitenland.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="NOS news feed (feeds.nos.nl/nosnieuwsbuitenland): CDATA HTML with <h2> subheads, 'Lees ook' links, enclosure image, no authors",
                language="nl", outlet="PN Nieuws", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8", outlet_aliases=["Publieke Nieuwsomroep"],
                notes="Channel title 'PN Nieuws Buitenland' carries the section. Subheads are blocks, not sentence continuations. Video clip and liveblog teaser are not stories; the Sinterklaas item is a story but not relevant.")


# --------------------------------------------------------------------------------------
# 16. Polish daily (Wyborcza-style): bytes windows-1250, prolog and header say ISO-8859-2.
#     The two differ exactly on ą ś ź Ą Ś Ź and on typographic quotes/dashes.
# --------------------------------------------------------------------------------------


def _pl_bad(word: str) -> str:
    return word.encode("cp1250").decode("iso-8859-2", "replace")


def nadwislanska() -> Feed:
    base = "https://nadwislanska.pl/swiat"
    rows = [
        ("7,75399,31234561,unia-zgoda-na-rozmowy-akcesyjne-z-ukraina", "Unia zgodziła się na otwarcie kolejnych rozdziałów rozmów z Ukrainą",
         "Ambasadorowie państw UE jednogłośnie zatwierdzili otwarcie trzech klastrów negocjacyjnych. „To sygnał, że Ukraina jest na właściwej ścieżce” – powiedział szef MSZ Radosław Świątek.",
         "Paweł Ząbek, Bruksela", ["Paweł Ząbek"], dt(2026, 12, 2, 17, 40, 0, 1), True, True, [{"speaker": "Radosław Świątek", "affiliation": "szef MSZ"}], ["zgodziła"]),
        ("7,75399,31234555,wybory-w-czechach-koalicja", "Czeska koalicja rządowa traci większość po odejściu Piratów",
         "Premier zapowiedział, że nie poda się do dymisji i będzie szukał poparcia w Senacie.", "PAP", [], dt(2026, 12, 2, 11, 5, 0, 1), True, True, None, ["dymisji"]),
        ("7,75399,31234550,zdjecia-sniezyca-w-tatrach", "Śnieżyca w Tatrach. Zdjęcia",
         "", "Gazeta Nadwiślańska", [], dt(2026, 12, 1, 19, 0, 0, 1), False, False, None, []),
        ("7,75399,31234544,chiny-tajwan-manewry", "Chiny rozpoczęły manewry wokół Tajwanu. Waszyngton: to prowokacja",
         "Chińska marynarka ćwiczy blokadę wyspy drugi raz w tym roku. Amerykański Departament Stanu wezwał Pekin do wstrzemięźliwości.", "oprac. Marta Ślęzak", ["Marta Ślęzak"], dt(2026, 12, 1, 8, 45, 0, 1), True, True, None, ["wstrzemięźliwości"]),
        ("7,75399,31234530,ekstraklasa-legia-lech", "Ekstraklasa. Legia pokonała Lecha w hicie kolejki",
         "Zwycięskiego gola zdobył w 89. minucie Kacper Wąsik.", "Sport.Nadwiślańska", [], dt(2026, 11, 30, 21, 0, 0, 1), True, False, None, ["Wąsik"]),
        ("7,75399,31234522,izrael-arabia-saudyjska-rozmowy", "Izrael i Arabia Saudyjska wznawiają rozmowy o normalizacji",
         "Rozmowy mają się odbyć w Rijadzie z udziałem amerykańskich mediatorów.", "Agata Kaźmierczak, Dawid Źródło", ["Agata Kaźmierczak", "Dawid Źródło"], dt(2026, 11, 30, 10, 30, 0, 1), True, True, None, ["Rijadzie"]),
        ("7,75399,31234510,prenumerata-cyfrowa", "Prenumerata cyfrowa za 1 zł przez pierwszy miesiąc",
         "Sprawdź naszą ofertę świąteczną.", "Gazeta Nadwiślańska", [], dt(2026, 11, 29, 8, 0, 0, 1), False, False, None, []),
    ]
    items_xml, items = [], []
    for path, title, desc, author, authors, d, story, rel, quotes, extra in rows:
        link = f"{base}/{path}.html"
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(desc)}</description>
<author>{esc(author)}</author>
<pubDate>{rfc822(d)}</pubDate>
<guid isPermaLink="true">{link}</guid>
</item>""")
        bad = [_pl_bad(w) for w in [*title.split(), *extra] if _pl_bad(w) != w]
        items.append(_it(link, title, d, authors, story, rel, ["\ufffd", *bad[:4]], quotes,
                         "Junk list holds this item's words as an ISO-8859-2 decoder would show them."))
    text = f"""<?xml version="1.0" encoding="ISO-8859-2"?>
<rss version="2.0">
<channel>
<title>Świat - Gazeta Nadwiślańska</title>
<link>{base}/</link>
<description>Wiadomości ze świata - Gazeta Nadwiślańska</description>
<language>pl</language>
<copyright>Copyright (c) Agora Nadwiślańska SA</copyright>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="pl_nadwislanska_swiat_cp1250_as_iso88592.rss.xml", text=text, encoding="cp1250",
                content_type="text/xml; charset=ISO-8859-2",
                outlet_structure="Gazeta Wyborcza-style section RSS: bytes windows-1250 while prolog and HTTP header declare ISO-8859-2 (differs on ą ś ź Ą Ś Ź „ ” –)",
                language="pl", outlet="Gazeta Nadwiślańska", shape="rss2", topic="world", items=items,
                declared_encoding="ISO-8859-2", acceptable_outcomes=["decoded", "refused"],
                notes="Honouring the declaration turns ą into š, ś/ź/Ś/Ź and quotes/dashes into C1 control characters. Company 'Agora Nadwiślańska SA' is not the outlet. 'Name, Town' and 'oprac. Name' bylines; 'PAP' is the agency and 'Sport.Nadwiślańska' a desk. Gallery and subscription offer are not stories.")


# --------------------------------------------------------------------------------------
# 17. Hürriyet-style Turkish RSS: Turkish day and month names in pubDate ('Sal, 02 Ara
#     2026'), 'Haberin devamı için tıklayın' trailers, no authors.
# --------------------------------------------------------------------------------------


def bogazici() -> Feed:
    base = "https://www.bogazicihaber.com.tr/dunya"
    rows = [
        ("turkiye-ve-yunanistan-ege-icin-yeni-diyalog-turu-42781234", "Türkiye ve Yunanistan Ege için yeni diyalog turuna başlıyor",
         "Dışişleri bakanlıkları arasındaki istikşafi görüşmelerin yeni turu Ankara'da yapılacak. Dışişleri Bakanı Selim Aydın, \"Ege bir barış denizi olmalı\" dedi.",
         dt(2026, 12, 2, 17, 40, 0, 3), True, True, [{"speaker": "Selim Aydın", "affiliation": "Dışişleri Bakanı"}]),
        ("suriye-de-secim-takvimi-aciklandi-42781220", "Suriye'de seçim takvimi açıklandı",
         "Geçiş hükümeti, parlamento seçimlerinin Haziran'da yapılacağını duyurdu.", dt(2026, 12, 2, 11, 15, 0, 3), True, True, None),
        ("galeri-istanbul-da-kar-yagisi-42781210", "FOTO GALERİ | İstanbul'da yılın ilk kar yağışı",
         "", dt(2026, 12, 1, 20, 0, 0, 3), False, False, None),
        ("azerbaycan-ermenistan-baris-anlasmasi-imza-42781201", "Azerbaycan ile Ermenistan barış anlaşmasını imzaladı",
         "İki ülkenin dışişleri bakanları Abu Dabi'de düzenlenen törende anlaşmayı imzaladı.", dt(2026, 12, 1, 14, 30, 0, 3), True, True, None),
        ("fenerbahce-derbide-kazandi-42781190", "Fenerbahçe derbide Beşiktaş'ı 2-1 yendi",
         "Sarı-lacivertliler liderliğini sürdürdü.", dt(2026, 11, 30, 22, 0, 0, 3), True, False, None),
        ("ab-turkiye-gumruk-birligi-muzakere-42781180", "AB, Türkiye ile Gümrük Birliği'nin güncellenmesi için müzakere yetkisi verdi",
         "Avrupa Komisyonu'na verilen yetki, tarım ve hizmetleri de kapsıyor.", dt(2026, 11, 30, 9, 50, 0, 3), True, True, None),
    ]
    items_xml, items = [], []
    more = ' <a href="{link}">Haberin devamı için tıklayın</a>'
    for path, title, desc, d, story, rel, quotes in rows:
        link = f"{base}/{path}"
        body = (desc + more.format(link=link)) if desc else ""
        items_xml.append(f"""<item>
<title><![CDATA[{title}]]></title>
<link>{link}</link>
<description><![CDATA[{body}]]></description>
<pubDate>{rfc822(d, 'tr')}</pubDate>
<guid isPermaLink="false">{path.rsplit('-', 1)[1]}</guid>
<enclosure url="https://i.bogazicihaber.com.tr/{path.rsplit('-', 1)[1]}.jpg" type="image/jpeg" length="0" />
</item>""")
        clean = title.removeprefix("FOTO GALERİ | ")
        note = "Title label 'FOTO GALERİ |' may be kept or dropped." if clean != title else None
        items.append(_it(path.rsplit('-', 1)[1], clean, d, [], story, rel, ["Haberin devamı", "tıklayın"], quotes, note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Boğaziçi Haber - Dünya Haberleri</title>
<link>{base}</link>
<description>Dünya haberleri, son dakika gelişmeleri</description>
<language>tr</language>
<copyright>Boğaziçi Gazetecilik ve Yayıncılık A.Ş.</copyright>
<lastBuildDate>{rfc822(dt(2026, 12, 2, 17, 45, 0, 3), 'tr')}</lastBuildDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="tr_bogazicihaber_dunya.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Hürriyet-style Turkish RSS (hurriyet.com.tr/rss/dunya): Turkish day/month names in pubDate, 'Haberin devamı için tıklayın' link, numeric non-permalink guids",
                language="tr", outlet="Boğaziçi Haber", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Dates are RFC 822 with Turkish names ('Sal, 02 Ara 2026 17:40:00 +0300'). 'A.Ş.' is the company. The photo gallery is not a story; the football result is a story but not relevant.")


FEEDS = [meridien, weltfunk, elfaro, penisola, atlantico, polder, nadwislanska, bogazici]
