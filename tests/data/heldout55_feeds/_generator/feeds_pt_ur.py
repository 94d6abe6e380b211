# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the fifty-fifth held-out set: a Brazilian TV network's news
portal, a Lisbon daily, an international public broadcaster's Urdu service and a Pakistani TV
news channel's Urdu site. All outlets, people and quotations are invented."""
from h55 import cd, d, esc, feed, gmt, it, newest_first, q, rfc822


# ---------------------------------------------------------------- Brazilian TV network's news portal, Mundo (g1-style)
def j1():
    base = "https://j1.jacaranda.example"
    rows, items = [], []

    def add(path, title, when, sub, img, exp):
        url = f"{base}/mundo/{path}"
        pic = f'<img src="https://s2-j1.jacaranda.example/{img}.jpg" /><br />   ' if img else ""
        med = f'\n      <media:content url="https://s2-j1.jacaranda.example/{img}.jpg" medium="image" />' if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"      <description>{cd(pic + sub)}</description>{med}\n      <category>j1</category>\n      <pubDate>{when.astimezone(d(2026, 1, 1, 0, 0).tzinfo).strftime('%a, %d %b %Y %H:%M:%S')} -0000</pubDate>\n    </item>")
        items.append(exp(url))

    w = d(2026, 3, 11, 16, 20, 4)
    add("noticia/2026/03/11/novo-presidente-do-chile-toma-posse-e-promete-endurecer-politica-migratoria.ghtml", "Novo presidente do Chile toma posse e promete endurecer política migratória", w,
        "Cerimônia em Valparaíso teve presença de 12 chefes de Estado. Governo anuncia reforço militar na fronteira norte nos primeiros cem dias.", "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9=/0x0:1920x1080/984x0/smart/filters:max_age(3600)/i.s3.glbimg.example/v1/AUTH_59edd422c0c84a879bd37670ae4f538a/internal_photos/bs/2026/x/Y/chile-posse",
        lambda k: it(k, "Novo presidente do Chile toma posse e promete endurecer política migratória", w, [],
                     note="Description: a CDATA <img> and '<br />   ' before the subtitle (the 'linha fina'). No author in this feed. Relevant."))
    w = d(2026, 3, 11, 13, 2, 50)
    add("video/tornado-atinge-cidade-no-texas-e-destroi-casas-14410258.ghtml", "VÍDEO: tornado atinge cidade no Texas e destrói casas", w,
        "Imagens feitas por moradores mostram o funil passando pela cidade.", None,
        lambda k: it(k, "VÍDEO: tornado atinge cidade no Texas e destrói casas", w, [], story=False, rel=False,
                     note="A video ('VÍDEO:' label, /video/ link, a line about the footage): not a story."))
    w = d(2026, 3, 10, 22, 40, 33)
    add("noticia/2026/03/10/brasileira-morre-em-acidente-de-esqui-nos-alpes-suicos.ghtml", "Brasileira morre em acidente de esqui nos Alpes suíços; família pede ajuda para traslado", w,
        "Jovem de 27 anos, natural de Curitiba, trabalhava em uma estação de esqui. Família organizou vaquinha para trazer o corpo ao Brasil.", "cD4eF6gH8jK0lM2nP4qR6sT8uV0=/0x0:1280x720/984x0/smart/filters:max_age(3600)/i.s3.glbimg.example/v1/AUTH_59edd422c0c84a879bd37670ae4f538a/internal_photos/bs/2026/a/B/esqui",
        lambda k: it(k, "Brasileira morre em acidente de esqui nos Alpes suíços; família pede ajuda para traslado", w, [], rel=False,
                     note="An accident abroad told through a Brazilian family: not relevant."))
    w = d(2026, 3, 10, 18, 15, 0)
    add("noticia/2026/03/10/itamaraty-critica-sancoes-dos-eua-a-ministro-do-stf.ghtml", "Itamaraty critica sanções dos EUA a ministro do STF e convoca encarregado de negócios", w,
        "Nota do governo fala em 'interferência inaceitável'. \"É a primeira vez que Washington usa esse instrumento contra um juiz de uma democracia aliada\", disse Marina Teles Rocha, pesquisadora da Fundação Atlântica de Estudos Globais.", "eF5gH7jK9lM1nP3qR5sT7uV9wX1=/0x0:1600x900/984x0/smart/filters:max_age(3600)/i.s3.glbimg.example/v1/AUTH_59edd422c0c84a879bd37670ae4f538a/internal_photos/bs/2026/c/D/itamaraty",
        lambda k: it(k, "Itamaraty critica sanções dos EUA a ministro do STF e convoca encarregado de negócios", w, [],
                     quotes=[q("Marina Teles Rocha", "Fundação Atlântica de Estudos Globais")],
                     note="Brazil's diplomatic response to US sanctions: relevant. A note's phrase in single quotes has no speaker."))
    w = d(2026, 3, 10, 9, 48, 12)
    add("noticia/2026/03/10/terremoto-de-magnitude-68-atinge-o-norte-do-japao.ghtml", "Terremoto de magnitude 6,8 atinge o norte do Japão; não há alerta de tsunami", w,
        "Tremor foi sentido em Aomori e Hokkaido. Não há relatos de feridos graves.", "gH6jK8lM0nP2qR4sT6uV8wX0yZ2=/0x0:1920x1080/984x0/smart/filters:max_age(3600)/i.s3.glbimg.example/v1/AUTH_59edd422c0c84a879bd37670ae4f538a/internal_photos/bs/2026/e/F/japao",
        lambda k: it(k, "Terremoto de magnitude 6,8 atinge o norte do Japão; não há alerta de tsunami", w, [], rel=False,
                     note="An earthquake abroad without casualties or international response: a story, not relevant."))
    w = d(2026, 3, 9, 12, 0, 0)
    add("quiz/2026/03/09/quiz-voce-sabe-quem-governa-estes-paises.ghtml", "Quiz: você sabe quem governa estes países? Teste seus conhecimentos", w,
        "Responda às 10 perguntas e veja quanto você acertou.", None,
        lambda k: it(k, "Quiz: você sabe quem governa estes países? Teste seus conhecimentos", w, [], story=False, rel=False,
                     note="A quiz ('Teste seus conhecimentos', /quiz/): not a story."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n  <channel>\n'
            f"    <title>j1 &gt; Mundo</title>\n    <link>{base}/mundo/</link>\n    <description>Últimas notícias de Mundo</description>\n    <language>pt-BR</language>\n"
            f'    <copyright>© Copyright 2000-2026 Rede Jacarandá. Todos direitos reservados.</copyright>\n    <atom:link href="{base}/rss/j1/mundo/" rel="self" type="application/rss+xml"/>\n'
            f"    <image>\n      <url>https://s2-j1.jacaranda.example/logo-j1-rss.png</url>\n      <title>j1 &gt; Mundo</title>\n      <link>{base}/mundo/</link>\n    </image>\n"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("pt_br_j1_mundo_rss.rss.xml", text, items, lang="pt", outlet="j1", aliases=["Rede Jacarandá"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Brazilian TV network's news portal, 'Mundo' RSS, March 2026: channel 'j1 > Mundo' (a lower-case two-character brand, escaped '>'), copyright '© Copyright 2000-2026 Rede Jacarandá…'; items with permalink guids ('….ghtml'), a CDATA description of '<img src=…/><br />   ' followed by the subtitle, media:content with long thumbor crop URLs, a category that is the brand ('j1'), pubDates in UTC written '-0000'; NO author field; a 'VÍDEO:' clip, a quiz and an accident abroad told through a Brazilian family.",
                notes="Home country: Brazil.")


# ---------------------------------------------------------------- Lisbon daily, Mundo
def estrela():
    base = "https://www.diariodaestrela.example"
    rows, items = [], []

    def add(num, slug, title, when, creators, lead, exp, kind="noticia"):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/mundo/{kind}/{slug}-{num}"
        by = "".join(f"\n<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{num}</guid>\n<description>{esc(lead)}</description>{by}\n"
                    f"<category>Mundo</category>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(str(num)))

    w = d(2026, 10, 20, 19, 35, 0, 1)
    add(2143981, "frelimo-oposicao-assinam-acordo-revisao-constitucional", "Moçambique: Frelimo e oposição assinam acordo sobre revisão constitucional", w, ["Joana Teixeira Cabral"],
        "Acordo prevê eleição directa dos governadores provinciais a partir de 2029. “É o fim de um ciclo de desconfiança que durou uma década”, afirmou o analista Ernesto Nhantumbo, do Centro de Estudos Democráticos de Maputo.",
        lambda k: it(k, "Moçambique: Frelimo e oposição assinam acordo sobre revisão constitucional", w, ["Joana Teixeira Cabral"],
                     quotes=[q("Ernesto Nhantumbo", "Centro de Estudos Democráticos de Maputo")],
                     note="Pre-1990 Portuguese spelling ('directa') as this paper keeps. Relevant."))
    w = d(2026, 10, 20, 15, 10, 0, 1)
    add(2143912, "intercalares-eua-democratas-frente-sondagem", "Intercalares nos EUA: democratas à frente em sondagem para a Câmara dos Representantes", w, ["Lusa"],
        "A duas semanas das eleições de 3 de Novembro, uma sondagem nacional dá aos democratas quatro pontos de vantagem.",
        lambda k: it(k, "Intercalares nos EUA: democratas à frente em sondagem para a Câmara dos Representantes", w, [],
                     note="dc:creator is the agency 'Lusa': []. Relevant."))
    w = d(2026, 10, 19, 21, 0, 0, 1)
    add(2143850, "emigrantes-suica-protestam-fecho-consulado-genebra", "Emigrantes portugueses na Suíça protestam contra fecho de consulado em Genebra", w, ["Sara Frade Mendonça"],
        "Cerca de 300 pessoas juntaram-se frente ao consulado. “Vamos ter de fazer 150 quilómetros para renovar um cartão de cidadão”, disse Armindo Pires, 61 anos, pedreiro.",
        lambda k: it(k, "Emigrantes portugueses na Suíça protestam contra fecho de consulado em Genebra", w, ["Sara Frade Mendonça"], rel=False,
                     quotes=[q("Armindo Pires")],
                     note="Looks foreign (Geneva) but is about Portuguese emigrants and a consular service: not relevant."))
    w = d(2026, 10, 19, 18, 0, 0, 1)
    add(2143811, "mundo-em-cinco-minutos-podcast", "Mundo em Cinco Minutos: o que está em jogo nas intercalares americanas", w, ["Diário da Estrela"],
        "Ouça o episódio de hoje do podcast da secção Mundo, disponível em todas as plataformas.",
        lambda k: it(k, "Mundo em Cinco Minutos: o que está em jogo nas intercalares americanas", w, [], story=False, rel=False,
                     note="A podcast episode ('Ouça o episódio'): not a story."), kind="podcast")
    w = d(2026, 10, 19, 12, 45, 0, 1)
    add(2143760, "angola-anuncia-libertacao-activistas-luanda", "Angola anuncia libertação de activistas detidos em Luanda", w, ["Rui Vasconcelos Paiva", "Lusa"],
        "Os 14 activistas estavam presos desde os protestos de Julho contra o aumento dos combustíveis. “É uma vitória, mas nunca deviam ter sido presos”, afirmou o advogado Domingos Kiala, da associação Justiça Aberta.",
        lambda k: it(k, "Angola anuncia libertação de activistas detidos em Luanda", w, ["Rui Vasconcelos Paiva"],
                     quotes=[q("Domingos Kiala", "Justiça Aberta")],
                     note="Two dc:creator elements, a reporter and the agency 'Lusa': the person only. Relevant."))
    w = d(2026, 10, 18, 22, 30, 0, 1)
    add(2143702, "tempestade-hermínia-acores-alerta-vermelho", "Tempestade Hermínia deixa Açores em alerta vermelho", w, ["Sara Frade Mendonça"],
        "As ilhas do grupo ocidental devem receber ventos de 130 quilómetros por hora. As escolas fecham na segunda-feira.",
        lambda k: it(k, "Tempestade Hermínia deixa Açores em alerta vermelho", w, ["Sara Frade Mendonça"], rel=False,
                     note="Carried in Mundo but the Azores are Portugal: home weather news, not relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>Mundo | Diário da Estrela</title>\n'
            f"<link>{base}/mundo</link>\n<description>As últimas notícias de Mundo no Diário da Estrela</description>\n<language>pt-PT</language>\n"
            f"<lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_diariodaestrela_mundo_rss.rss.xml", text, items, lang="pt", outlet="Diário da Estrela",
                ctype="application/rss+xml; charset=utf-8",
                structure="Lisbon daily's 'Mundo' RSS from its in-house CMS, October 2026: channel 'Mundo | Diário da Estrela', pt-PT, no indentation; items with numeric ids as guid (isPermaLink false) and links '/YYYY/MM/DD/mundo/noticia/<slug>-<id>', a plain-text lead as description (curly quotes, pre-reform spelling 'activistas', 'directa'), one dc:creator per credited name (a reporter, the agency 'Lusa', the paper's own name), a 'Mundo' category, '+0100' (WEST) pubDates; a podcast episode; an emigrants' protest in Geneva and a storm in the Azores as home news.",
                notes="Home country: Portugal.")


# ---------------------------------------------------------------- International public broadcaster's Urdu service (Pangea-style CMS)
def alamiawaz():
    base = "https://www.alamiawaz-urdu.example"
    rows, items = [], []

    def add(aid, title, when, desc, exp, cat="دنیا", enc=("image/jpeg", "jpg")):
        url = f"{base}/a/{aid}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<description>{esc(desc)}</description>\n<link>{url}</link>\n<guid>{url}</guid>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<category>{cat}</category>\n"
                    f'<enclosure url="https://gdb.alamiawaz-urdu.example/01000000-0aff-0242-b3c4-08dd{aid}_w800_r1.{enc[1]}" length="0" type="{enc[0]}"/>\n</item>')
        items.append(exp(url))

    w = d(2026, 11, 4, 14, 30, 0)
    add(8123456, "امریکی وسط مدتی انتخابات: ایوانِ نمائندگان میں ڈیموکریٹس کو برتری", w,
        "ابتدائی نتائج کے مطابق ڈیموکریٹک پارٹی نے ایوانِ نمائندگان میں اکثریت کے لیے درکار نشستوں سے زیادہ حاصل کر لی ہیں جبکہ سینیٹ کا فیصلہ ابھی باقی ہے۔",
        lambda k: it(k, "امریکی وسط مدتی انتخابات: ایوانِ نمائندگان میں ڈیموکریٹس کو برتری", w, [],
                     note="No author field in this feed. Another country's national election: relevant."))
    w = d(2026, 11, 4, 11, 5, 0)
    add(8123401, "ویڈیو: انطالیہ میں کوپ 31 کے باہر ماحولیاتی کارکنوں کا مظاہرہ", w,
        "انطالیہ میں کانفرنس کے مقام کے باہر مظاہرین کے نعروں کی ویڈیو۔",
        lambda k: it(k, "ویڈیو: انطالیہ میں کوپ 31 کے باہر ماحولیاتی کارکنوں کا مظاہرہ", w, [], story=False, rel=False,
                     note="A video clip ('ویڈیو:' label, a video/mp4 enclosure, one line about the footage): not a story."), cat="ویڈیو", enc=("video/mp4", "mp4"))
    w = d(2026, 11, 3, 19, 45, 0)
    add(8123350, "افغانستان اور پاکستان کے درمیان استنبول مذاکرات کا نیا دور", w,
        "دونوں ملکوں کے وفود سرحدی گزرگاہیں کھولنے اور شدت پسند گروہوں کے خلاف کارروائی پر بات کر رہے ہیں۔ پاکستان کی وزارتِ خارجہ کے ترجمان فرحان قیصر نے کہا کہ \"ہم تحریری ضمانتوں کے بغیر کسی معاہدے پر دستخط نہیں کریں گے۔\"",
        lambda k: it(k, "افغانستان اور پاکستان کے درمیان استنبول مذاکرات کا نیا دور", w, [],
                     quotes=[q("فرحان قیصر", "وزارتِ خارجہ")],
                     note="Urdu attribution: role over body before the name ('وزارتِ خارجہ کے ترجمان فرحان قیصر نے کہا کہ \"…\"'); the affiliation is the ministry. Relevant."))
    w = d(2026, 11, 3, 13, 20, 0)
    add(8123297, "لاہور میں سموگ: تعلیمی ادارے ایک ہفتے کے لیے بند", w,
        "پنجاب حکومت نے فضائی آلودگی کی خطرناک سطح کے باعث لاہور اور گوجرانوالہ ڈویژن کے تمام سکول اور کالج بند کرنے کا اعلان کیا ہے۔",
        lambda k: it(k, "لاہور میں سموگ: تعلیمی ادارے ایک ہفتے کے لیے بند", w, [], rel=False,
                     note="Pakistani home news for the service's audience: not relevant."), cat="پاکستان")
    w = d(2026, 11, 3, 8, 0, 0)
    add(8123240, "کوپ 31: پاکستان کا موسمیاتی نقصان کے فنڈ سے فوری ادائیگی کا مطالبہ", w,
        "ترکی کے شہر انطالیہ میں جاری اقوامِ متحدہ کی موسمیاتی کانفرنس میں پاکستانی وفد نے 2022 کے سیلاب کے متاثرین کے لیے فنڈ سے رقم جاری کرنے کا مطالبہ کیا ہے۔ رپورٹ: عائشہ نور، انطالیہ",
        lambda k: it(k, "کوپ 31: پاکستان کا موسمیاتی نقصان کے فنڈ سے فوری ادائیگی کا مطالبہ", w, ["عائشہ نور"],
                     junk=["رپورٹ: عائشہ نور"],
                     note="The reporter is named only in a trailing 'رپورٹ: Name، City' line: the author is عائشہ نور. International climate negotiations: relevant."))
    w = d(2026, 11, 2, 16, 0, 0)
    add(8123188, "سیربین: دو نومبر 2026 کا پروگرام", w,
        "عالمی آواز اردو کا حالاتِ حاضرہ کا پروگرام سنیے۔",
        lambda k: it(k, "سیربین: دو نومبر 2026 کا پروگرام", w, [], story=False, rel=False,
                     note="A radio programme episode with an audio enclosure ('پروگرام سنیے'): not a story."), cat="پروگرام", enc=("audio/mpeg", "mp3"))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>عالمی آواز اردو - دنیا</title>\n'
            f"<link>{base}/z/2277</link>\n<description>عالمی آواز اردو</description>\n<image>\n<url>{base}/img/awaz/logo-rss.png</url>\n<title>عالمی آواز اردو - دنیا</title>\n<link>{base}/z/2277</link>\n</image>\n"
            f'<language>ur</language>\n<copyright>عالمی آواز</copyright>\n<ttl>60</ttl>\n<lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n<generator>Pangea CMS</generator>\n'
            f'<atom:link href="{base}/api/zrqiteuvum" rel="self" type="application/rss+xml"/>\n' + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_alamiawaz_dunya_pangea.rss.xml", text, items, lang="ur", outlet="عالمی آواز اردو", aliases=["عالمی آواز"],
                ctype="application/rss+xml; charset=utf-8",
                structure="International public broadcaster's Urdu service on a Pangea-style CMS, November 2026: channel 'عالمی آواز اردو - دنیا' with a '/z/<zone>' link, copyright holding the brand, ttl 60, an '/api/<token>' self link; items with '/a/<id>.html' links repeated as guids, plain-text descriptions, '+0000' pubDates, a section category ('دنیا', 'پاکستان', 'ویڈیو', 'پروگرام') and an enclosure (image/jpeg, video/mp4 or audio/mpeg, length 0); no author element, a trailing 'رپورٹ: Name، City' byline line in one item; a video clip and a radio programme episode.",
                notes="An international broadcaster's service for Pakistan: relevance is judged from Pakistan (Pakistani home news is not relevant).")


# ---------------------------------------------------------------- Pakistani TV news channel's Urdu site
def sindhu():
    base = "https://urdu.sindhu.example"
    rows, items = [], []

    def add(nid, title, when, creator, body, exp, cat="دنیا"):
        url = f"{base}/latest/{nid}-"
        rows.append(f"\t<item>\n\t\t<title><![CDATA[{title}]]></title>\n\t\t<link>{url}</link>\n\t\t<guid isPermaLink=\"false\">{nid}</guid>\n"
                    f"\t\t<description><![CDATA[{body}]]></description>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
                    f"\t\t<category><![CDATA[{cat}]]></category>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n\t</item>")
        items.append(exp(str(nid)))

    img = '<img src="https://urdu.sindhu.example/assets/uploads/updates/2026-10-{0}.jpg" alt="" /><br>'
    w = d(2026, 10, 14, 20, 10, 0, 5)
    add(412233, "ایران اور سعودی عرب کا تجارتی معاہدہ، براہ راست پروازیں بحال", w, "ویب ڈیسک",
        img.format("14-a") + "<p>ایران اور سعودی عرب نے ریاض میں تجارتی معاہدے پر دستخط کر دیے ہیں جس کے تحت دونوں ملکوں کے درمیان براہ راست پروازیں دس سال بعد بحال ہوں گی۔</p>",
        lambda k: it(k, "ایران اور سعودی عرب کا تجارتی معاہدہ، براہ راست پروازیں بحال", w, [],
                     note="dc:creator 'ویب ڈیسک' (web desk): no person. Relevant."))
    w = d(2026, 10, 14, 16, 45, 0, 5)
    add(412198, "کنٹرول لائن پر فائرنگ، دفتر خارجہ نے بھارتی سفارتکار کو طلب کر لیا", w, "نعمان قریشی",
        img.format("14-b") + "<p>اسلام آباد: دفتر خارجہ نے کنٹرول لائن پر بلا اشتعال فائرنگ کے خلاف بھارتی ناظم الامور کو طلب کر کے شدید احتجاج ریکارڈ کرایا ہے۔</p><p>ترجمان دفتر خارجہ کے مطابق فائرنگ سے دو شہری زخمی ہوئے۔</p>",
        lambda k: it(k, "کنٹرول لائن پر فائرنگ، دفتر خارجہ نے بھارتی سفارتکار کو طلب کر لیا", w, ["نعمان قریشی"],
                     note="dc:creator is the reporter's name. The spokesperson is not named: no quote. Relevant."))
    w = d(2026, 10, 14, 11, 30, 0, 5)
    add(412150, "کراچی: بارش کے بعد شہر کے کئی علاقوں میں بجلی غائب", w, "ویب ڈیسک",
        img.format("14-c") + "<p>کراچی میں رات گئے ہونے والی بارش کے بعد شہر کے کئی علاقوں میں بجلی کی فراہمی معطل ہو گئی۔</p>",
        lambda k: it(k, "کراچی: بارش کے بعد شہر کے کئی علاقوں میں بجلی غائب", w, [], rel=False, note="Home city news: not relevant."), cat="پاکستان")
    w = d(2026, 10, 13, 22, 0, 0, 5)
    add(412101, "ویڈیو: دبئی میں دنیا کی بلند ترین رہائشی عمارت کا افتتاح", w, "ویڈیو ڈیسک",
        '<iframe src="https://www.youtube.example/embed/Zk4pQ8rT2aE" width="560" height="315" frameborder="0" allowfullscreen></iframe>',
        lambda k: it(k, "ویڈیو: دبئی میں دنیا کی بلند ترین رہائشی عمارت کا افتتاح", w, [], story=False, rel=False,
                     note="A video embed only ('ویڈیو:'): not a story."))
    w = d(2026, 10, 13, 17, 20, 0, 5)
    add(412066, "غزہ: جنگ بندی کے بعد امدادی قافلے داخل ہونا شروع", w, "ویب ڈیسک",
        img.format("13-a") + "<p>غزہ میں جنگ بندی کے دوسرے روز اقوام متحدہ کے امدادی قافلے رفح کے راستے داخل ہونا شروع ہو گئے ہیں۔</p><p>امدادی ادارے کی ترجمان لوئیز ہارٹ نے کہا کہ \"پہلے دن ایک سو بیس ٹرک داخل ہوئے، لیکن ضرورت اس سے کہیں زیادہ ہے۔\"</p>",
        lambda k: it(k, "غزہ: جنگ بندی کے بعد امدادی قافلے داخل ہونا شروع", w, [], quotes=[q("لوئیز ہارٹ")],
                     note="'امدادی ادارے کی ترجمان' (the aid agency's spokeswoman) names no body by name: speaker only. Relevant."))
    w = d(2026, 10, 13, 12, 0, 0, 5)
    add(412020, "معروف گلوکارہ کا لندن میں کنسرٹ، ٹکٹیں چند منٹوں میں فروخت", w, "شوبز ڈیسک",
        img.format("13-b") + "<p>پاکستانی گلوکارہ ثمینہ ناز کا لندن کے ویمبلے ایرینا میں کنسرٹ دسمبر میں ہوگا، ٹکٹیں فروخت کے لیے پیش ہوتے ہی ختم ہو گئیں۔</p>",
        lambda k: it(k, "معروف گلوکارہ کا لندن میں کنسرٹ، ٹکٹیں چند منٹوں میں فروخت", w, [], rel=False,
                     note="Entertainment with a foreign venue: not relevant. 'شوبز ڈیسک' is a desk."), cat="شوبز")

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"\t<title>سندھو نیوز - تازہ ترین</title>\n\t<link>{base}/</link>\n\t<description>سندھو نیوز اردو: پاکستان اور دنیا بھر کی تازہ ترین خبریں</description>\n"
            f'\t<language>ur</language>\n\t<atom:link href="{base}/rss/1/1" rel="self" type="application/rss+xml" />\n\t<lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_sindhunews_latest_rss.rss.xml", text, items, lang="ur", outlet="سندھو نیوز", aliases=["سندھو نیوز اردو"],
                ctype="application/rss+xml; charset=UTF-8", topic="mixed",
                structure="Pakistani TV news channel's Urdu site, 'latest' RSS (/rss/1/1), October 2026: channel 'سندھو نیوز - تازہ ترین' ('latest'), tab indentation; items with CDATA title, '/latest/<id>-' links and numeric guids (isPermaLink false), CDATA description opening with an <img> and <br> before <p> paragraphs, CDATA dc:creator holding desks ('ویب ڈیسک', 'ویڈیو ڈیسک', 'شوبز ڈیسک') or a reporter, CDATA category, '+0500' pubDates; a video embed, home news and showbiz mixed in.",
                notes="Home country: Pakistan.")


FEEDS = [j1, estrela, alamiawaz, sindhu]
