# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese feeds of the fortieth held-out set (São Paulo, Recife, Porto, Lobito). All outlets,
people and quotations are invented."""
from gen40 import rss_feed
from h40 import d, it, q


def mk(name, b, spec, style, outlet, title, desc, language, structure, date_lang="en", gen=None, path="mundo", lang="pt", **kw):
    rows = []
    for n, (slug, t, w, cr, body, cats, au, rel, story, junk, quotes, note) in enumerate(spec):
        key = f"{b}/?p={90000 + n}" if style == "wp" else (f"{8000 + n} at {b}" if style == "drupal7" else f"{b}/{path}/{slug}")
        url = f"{b}/{path}/{slug}/" if style == "wp" else f"{b}/{path}/{slug}"
        rows.append((key, url, t, w, cr, body, cats,
                     (lambda t, w, au, rel, story, junk, quotes, note: lambda k: it(k, t, w, au, story=story, rel=rel, junk=junk, quotes=quotes, note=note))(t, w, au, rel, story, junk, quotes, note)))
    return rss_feed(name, b, rows, style=style, lang=lang, outlet=outlet, chan_title=title, chan_desc=desc, language=language, structure=structure, date_lang=date_lang, generator=gen, link=f"{b}/{path}/", **kw)


def anhangabau():
    J = ["Agência Brasil"]
    return mk("pt_br_jornaldoanhangabau_mundo_wpvip.rss.xml", "https://www.jornaldoanhangabau.example", [
        ("ucrania-russia-invasao-kiev", "Rússia invade a Ucrânia; explosões são ouvidas em Kiev", d(2022, 2, 24, 9, 10, 0, -3), "Renata Albuquerque", "<p>Por Renata Albuquerque</p><p>Tropas russas cruzaram a fronteira ao amanhecer.</p>", ["Mundo"], ["Renata Albuquerque"], True, True, [], None, "'Por Name' byline paragraph. Relevant."),
        ("itamaraty-retirada-brasileiros-ucrania", "Itamaraty prepara retirada de brasileiros da Ucrânia", d(2022, 2, 24, 15, 0, 0, -3), "Agência Brasil", "<p>“Temos cerca de 500 brasileiros cadastrados”, disse o embaixador Otávio Lemos Prado. <em>Com informações da Agência Brasil</em></p>", ["Mundo"], [], True, True, J, [q("Otávio Lemos Prado")], "Brazil's own foreign ministry: relevant. Agency as dc:creator: []."),
        ("ao-vivo-guerra-ucrania-24-fevereiro", "Ao vivo: acompanhe a guerra na Ucrânia", d(2022, 2, 24, 7, 0, 0, -3), "Redação", "<p>Atualizações em tempo real.</p>", ["Mundo", "Ao vivo"], [], False, False, [], None, "Live page: not a story. Title label 'Ao vivo:' may be kept or dropped."),
        ("pesquisa-eleicao-presidente-fevereiro", "Pesquisa: disputa presidencial segue polarizada em São Paulo", d(2022, 2, 23, 18, 30, 0, -3), "Carlos Tavares", "<p>Levantamento ouviu 2.000 eleitores no estado.</p>", ["Mundo", "Eleições 2022"], ["Carlos Tavares"], False, True, [], None, "Home election poll with the Mundo category: a story, not relevant."),
        ("chile-convencao-constitucional-votacao", "Chile: convenção aprova primeiros artigos da nova Constituição", d(2022, 2, 22, 20, 0, 0, -3), "Renata Albuquerque", "<p>“É um dia histórico”, disse a constituinte Javiera Soto, da Frente Amplio.</p>", ["Mundo", "América Latina"], ["Renata Albuquerque"], True, True, [], [q("Javiera Soto", "Frente Amplio")], "Relevant."),
        ("podcast-mundo-em-30-minutos-ucrania", "Podcast Mundo em 30 minutos: o que Putin quer na Ucrânia", d(2022, 2, 22, 6, 0, 0, -3), "Redação", "<p>Ouça no Spotify, na Apple Podcasts ou no seu agregador favorito.</p>", ["Podcasts"], [], False, False, ["Ouça no Spotify"], None, "Podcast: not a story. Title label 'Podcast Mundo em 30 minutos:' may be kept or dropped."),
    ], "wp", "Jornal do Anhangabaú", "Mundo &#8211; Jornal do Anhangabaú", "Notícias de São Paulo, do Brasil e do mundo", "pt-BR",
        "São Paulo daily's 'Mundo' category on WordPress VIP (5.9): channel 'Mundo &#8211; Brand', pt-BR, GMT pubDates (newsroom -0300), CDATA dc:creator with a person, 'Redação' or 'Agência Brasil', CDATA HTML descriptions with a 'Por Name' paragraph, “…” quotes with 'disse', '<em>Com informações da Agência Brasil</em>', a live page, a podcast, a home election poll under Mundo, February 2022", gen="https://wordpress.org/?v=5.9.1")


def capibaribe():
    J = ["O post", "apareceu primeiro em"]
    f = ' <p>O post apareceu primeiro em <a href="https://www.portalcapibaribe.example">Portal Capibaribe</a>.</p>'
    return mk("pt_br_portalcapibaribe_mundo_wp64.rss.xml", "https://www.portalcapibaribe.example", [
        ("venezuela-eleicao-resultado-contestado", "Venezuela: oposição contesta resultado e pede atas eleitorais", d(2024, 7, 29, 21, 0, 0, -3), "Luana Cavalcanti", "<p>CARACAS – A oposição diz ter cópias de 73% das atas.</p>" + f, ["Mundo"], ["Luana Cavalcanti"], True, True, J, None, "Relevant."),
        ("lula-itamaraty-venezuela-atas", "Itamaraty cobra divulgação das atas na Venezuela", d(2024, 7, 30, 14, 20, 0, -3), "Luana Cavalcanti", "<p>“O Brasil não reconhecerá nada sem transparência”, disse o assessor Wagner Pimentel, do Ministério das Relações Exteriores.</p>" + f, ["Mundo", "Política"], ["Luana Cavalcanti"], True, True, J, [q("Wagner Pimentel", "Ministério das Relações Exteriores")], "Brazil's foreign policy: relevant."),
        ("recife-frevo-paco-restauro", "Paço do Frevo reabre após restauro no Bairro do Recife", d(2024, 7, 28, 10, 0, 0, -3), "Eduardo Brennand Lins", "<p>Espaço ganhou nova exposição.</p>" + f, ["Mundo", "Cultura"], ["Eduardo Brennand Lins"], False, True, J, None, "Home culture in the Mundo category: a story, not relevant."),
        ("argentina-milei-inflacao-julho", "Argentina: inflação desacelera, mas pobreza chega a 52%", d(2024, 7, 27, 16, 0, 0, -3), "Portal Capibaribe com agências", "<p>BUENOS AIRES – Os dados do Indec mostram queda da inflação mensal.</p>" + f, ["Mundo"], [], True, True, J, None, "Brand-with-agencies credit: []. Relevant."),
        ("newsletter-capibaribe-manha", "Receba a newsletter Capibaribe Manhã", d(2024, 7, 26, 6, 0, 0, -3), "Portal Capibaribe", "<p>Cadastre-se e receba as principais notícias.</p>" + f, ["Newsletter"], [], False, False, J, None, "Newsletter promo: not a story."),
        ("gaza-escola-ataque-unrwa", "Ataque a escola em Gaza deixa ao menos 30 mortos", d(2024, 7, 27, 9, 30, 0, -3), "Agência Brasil", "<p>A escola abrigava deslocados, segundo a agência da ONU.</p>" + f, ["Mundo"], [], True, True, J, None, "Relevant."),
    ], "wp", "Portal Capibaribe", "Mundo &#8211; Portal Capibaribe", "Notícias de Pernambuco e do mundo", "pt-BR",
        "Recife news portal's 'Mundo' category on WordPress 6.4 with Yoast: channel 'Mundo &#8211; Brand', pt-BR, GMT pubDates, CDATA dc:creator with a person, 'Brand com agências', 'Agência Brasil' or the brand, the Yoast footer 'O post … apareceu primeiro em …', “…” quotes with 'disse', home culture under Mundo, a newsletter promo, July 2024", gen="https://wordpress.org/?v=6.4.5")


def ribeira():
    return mk("pt_pt_jornaldaribeira_mundo_ezpublish.rss.xml", "https://www.jornaldaribeira.example", [
        ("portugal-condena-ataque-quimico-siria", "Portugal condena ataque químico na Síria e apoia resposta “proporcional”", d(2018, 4, 14, 12, 30, 0, 1), "Lusa", "<p>Lisboa, 14 abr (Lusa) – O Governo português considerou hoje “compreensível” a resposta aliada.</p>", [], [], True, True, ["(Lusa)"], None, "Portugal's own foreign policy: relevant. 'Lusa' is the agency."),
        ("reino-unido-skripal-diplomatas-expulsos", "Caso Skripal: Portugal não expulsa diplomatas russos e chama embaixador", d(2018, 3, 27, 19, 0, 0, 1), "Inês Pacheco Vaz", "<p>“Preferimos a via da consulta”, disse o secretário de Estado António Lobo Neves. Por Inês Pacheco Vaz</p>", [], ["Inês Pacheco Vaz"], True, True, ["Por Inês Pacheco Vaz"], [q("António Lobo Neves")], "Relevant (own foreign policy)."),
        ("italia-eleicoes-resultados", "Itália: eleições deixam país sem maioria", d(2018, 3, 5, 8, 15, 0, 0), "Lusa", "<p>Roma, 05 mar (Lusa) – Nenhuma coligação alcançou a maioria.</p>", [], [], True, True, ["(Lusa)"], None, "Winter time (+0000) in Lisbon. Relevant."),
        ("porto-metro-linha-rosa-concurso", "Metro do Porto lança concurso da Linha Rosa", d(2018, 4, 12, 17, 40, 0, 1), "Rui Magalhães", "<p>Obra deve custar 190 milhões de euros.</p>", [], ["Rui Magalhães"], False, True, [], None, "Home city story: a story, not relevant."),
        ("video-bombeiros-incendio-vila-nova-gaia", "Vídeo: o incêndio num armazém em Gaia", d(2018, 4, 11, 22, 0, 0, 1), "", "<p>Veja as imagens.</p>", [], [], False, False, [], None, "Video: not a story. Title label 'Vídeo:' may be kept or dropped."),
        ("fc-porto-benfica-classico-antevisao", "Clássico no Dragão pode decidir o campeonato", d(2018, 4, 13, 20, 0, 0, 1), "Rui Magalhães", "<p>Antevisão do jogo de domingo.</p>", [], ["Rui Magalhães"], False, True, [], None, "Home sport: not relevant."),
    ], "php", "Jornal da Ribeira", "Jornal da Ribeira - Mundo", "Jornal da Ribeira - Mundo", "pt-PT",
        "Porto daily's 'Mundo' feed from eZ Publish 4 (rss/feed/mundo) with a custom one-line export: no whitespace between items, link guids, CDATA HTML bodies with Lusa datelines 'Cidade, 14 abr (Lusa) –', a 'Por Name' tail, <author> with a person, 'Lusa' or empty, “…” quotes with 'disse', pt-PT, +0100 and +0000 dates (March–April 2018 straddles the change), home city, sport and a video in the feed", gen="eZ Publish")


def lobito():
    return mk("pt_ao_lobitosemanal_mundo_drupal7.rss.xml", "https://www.lobitosemanal.example", [
        ("angola-conselho-seguranca-presidencia-marco", "Angola assume presidência do Conselho de Segurança da ONU", d(2016, 3, 1, 10, 0, 0, 1), "Domingos Cassule", "<p>“Vamos colocar os Grandes Lagos no centro da agenda”, disse o embaixador Mateus Kiala Neto, em Nova Iorque.</p>", ["Mundo"], ["Domingos Cassule"], True, True, [], [q("Mateus Kiala Neto")], "Angola's own foreign policy: relevant. Drupal 7 pubDate with Portuguese names ('ter, 01 mar 2016')."),
        ("burundi-crise-refugiados-tanzania", "Burundi: mais de 240 mil refugiados desde o início da crise", d(2016, 2, 29, 15, 30, 0, 1), "Angop", "<p>Bujumbura – Segundo o ACNUR, o fluxo continua. (Angop)</p>", ["Mundo", "África"], [], True, True, ["(Angop)"], None, "Agency credit: []. Relevant."),
        ("corredor-lobito-caminho-ferro-exportacoes", "Caminho-de-Ferro de Benguela retoma exportação de minério", d(2016, 2, 27, 9, 0, 0, 1), "Isabel Tchipa", "<p>Primeiro comboio sai do Luau na próxima semana.</p>", ["Mundo", "Economia"], ["Isabel Tchipa"], False, True, [], None, "Home business under Mundo: a story, not relevant."),
        ("galeria-carnaval-lobito-2016", "Galeria: o Carnaval do Lobito", d(2016, 2, 26, 18, 0, 0, 1), "", "<p>As fotos do desfile na Restinga.</p>", ["Galerias"], [], False, False, [], None, "Gallery: not a story. Title label 'Galeria:' may be kept or dropped."),
        ("grecia-refugiados-fronteira-macedonia", "Grécia: milhares de refugiados bloqueados em Idomeni", d(2016, 2, 29, 8, 0, 0, 1), "Lusa", "<p>Atenas, 29 fev (Lusa) – A fronteira macedónia só deixa passar sírios e iraquianos.</p>", ["Mundo"], [], True, True, ["(Lusa)"], None, "Relevant."),
        ("girabola-2016-arranque-academica-lobito", "Girabola 2016: Académica do Lobito estreia-se com vitória", d(2016, 2, 28, 19, 0, 0, 1), "Pedro Chinguto", "<p>Dois golos na segunda parte.</p>", ["Desporto"], ["Pedro Chinguto"], False, True, [], None, "Home sport: not relevant."),
    ], "drupal7", "Lobito Semanal", "Mundo | Lobito Semanal", "", "pt-pt",
        "Lobito (Benguela) weekly's 'Mundo' taxonomy feed on Drupal 7 with Portuguese as the site language: xml:base, dc namespace, empty channel description, language pt-pt (nothing says Angola except 'Luau', 'Restinga', 'Girabola', Angop), pubDates with PORTUGUESE day and month names from format_date's t() ('ter, 01 mar 2016 10:00:00 +0100'), '<nid> at <base>' guids, taxonomy categories with domain, dc:creator with a person, 'Lusa', 'Angop' or absent, “…” quotes, a gallery, home business and sport, February–March 2016", date_lang="pt")


FEEDS = [anhangabau, capibaribe, ribeira, lobito]
