# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu feeds of the thirtieth held-out set: a wire-fed Brazilian portal, a
Portuguese public broadcaster on WordPress with Yoast, an international broadcaster's Urdu
service on a Pangea-style CMS and a Karachi daily on WordPress. All outlets, people and
quotations are invented."""
from h30 import cd, d, esc, feed, it, ordered, q, rfc822, utc0


# ---------------------------------------------------------------- wire-fed Brazilian portal
def portalsul():
    rows, items = [], []
    base = "https://noticias.portalsul.example"

    def add(path, title, when, desc, exp, creator=None):
        url = f"{base}/internacional/{path}.htm"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f'<item><title>{cd(title)}</title><link>{url}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=internacional</link><guid isPermaLink="false">{path.split("/")[-1]}</guid>'
                    f"<pubDate>{rfc822(when)}</pubDate>{cr}<description>{cd(desc)}</description></item>")
        items.append(exp(path.split("/")[-1]))

    w = d(2025, 8, 21, 16, 48, 0, -3)
    add("ultimas-noticias/agencia-continental/2025/08/21/venezuela-guiana-essequibo-cij-audiencia", "Venezuela e Guiana voltam a se enfrentar na CIJ sobre o Essequibo", w,
        '<p>HAIA, 21 AGO (ACN) - Representantes da Venezuela e da Guiana apresentaram nesta quinta-feira seus argumentos finais à Corte Internacional de Justiça sobre a disputa pela região do Essequibo.</p>'
        '<p>"A Guiana não vai negociar a sua soberania", disse o chanceler guianense, Desmond Latchmansingh, na saída da audiência.</p><p>(ACN)</p>',
        lambda k: it(k, "Venezuela e Guiana voltam a se enfrentar na CIJ sobre o Essequibo", w, [], quotes=[q("Desmond Latchmansingh", "chanceler guianense")], junk=["(ACN)"],
                     note="Agency copy with an upper-case wire dateline 'HAIA, 21 AGO (ACN) -' and the agency tag at the end; no person credited."))
    w = d(2025, 8, 21, 11, 5, 0, -3)
    add("ultimas-noticias/redacao/2025/08/21/brasil-mercosul-ue-salvaguardas-agricolas-camara", "Acordo Mercosul-UE: Câmara aprova salvaguardas agrícolas exigidas por Bruxelas", w,
        '<p>Texto segue para o Senado; governo quer concluir ratificação antes da cúpula de dezembro.</p><p><a href="https://noticias.portalsul.example/politica/">Leia mais notícias de Política</a></p>',
        lambda k: it(k, "Acordo Mercosul-UE: Câmara aprova salvaguardas agrícolas exigidas por Bruxelas", w, ["Renata Albuquerque"], junk=["Leia mais notícias"],
                     note="Trade agreement ratification: relevant. Read-more link."), creator="Renata Albuquerque, do Portal Sul, em Brasília")
    w = d(2025, 8, 20, 22, 30, 0, -3)
    add("ultimas-noticias/redacao/2025/08/20/video-incendio-florestal-portugal-aldeias", "VÍDEO: incêndio florestal obriga retirada de aldeias no centro de Portugal", w,
        '<p>Assista ao vídeo.</p>',
        lambda k: it(k, "VÍDEO: incêndio florestal obriga retirada de aldeias no centro de Portugal", w, [], story=False, rel=False, note="Video: not a story. Title label 'VÍDEO:' may be kept or dropped."))
    w = d(2025, 8, 20, 15, 15, 0, -3)
    add("ultimas-noticias/agencia-continental/2025/08/20/china-taiwan-exercicios-militares-estreito", "China inicia novos exercícios militares ao redor de Taiwan", w,
        '<p>PEQUIM, 20 AGO (ACN) - O Exército de Libertação Popular iniciou nesta quarta-feira exercícios com fogo real em cinco áreas ao redor de Taiwan, três dias após a posse do novo ministro da Defesa taiwanês.</p>'
        '<p><em>Este conteúdo foi traduzido com auxílio de inteligência artificial e revisado pela equipe do Portal Sul.</em></p>',
        lambda k: it(k, "China inicia novos exercícios militares ao redor de Taiwan", w, [], junk=["traduzido com auxílio de inteligência artificial"], note="AI-translation disclaimer; agency copy."))
    w = d(2025, 8, 19, 18, 40, 0, -3)
    add("ultimas-noticias/redacao/2025/08/19/horoscopo-do-dia-19-agosto", "Horóscopo do dia: previsões para 19 de agosto", w,
        '<p>Veja o que os astros reservam para o seu signo.</p>',
        lambda k: it(k, "Horóscopo do dia: previsões para 19 de agosto", w, [], story=False, rel=False, note="Horoscope misfiled in the international feed: not a story."))
    w = d(2025, 8, 19, 9, 0, 0, -3)
    add("ultimas-noticias/redacao/2025/08/19/brasileiros-presos-mianmar-golpe-online-itamaraty", "Itamaraty negocia retorno de 14 brasileiros mantidos em centro de golpes em Mianmar", w,
        '<p>Grupo foi aliciado com falsas ofertas de emprego na Tailândia. "Estamos em contato diário com as autoridades locais", afirmou a embaixadora Lúcia Faria Brandão.</p>'
        '<blockquote class="twitter-tweet"><p lang="pt">Acompanhamos o caso dos brasileiros em Mianmar com prioridade máxima.</p>&mdash; Itamaraty (@ItamaratyGov_ex) <a href="https://x.example/ItamaratyGov_ex/status/2">19 de agosto de 2025</a></blockquote>',
        lambda k: it(k, "Itamaraty negocia retorno de 14 brasileiros mantidos em centro de golpes em Mianmar", w, ["Renata Albuquerque"], quotes=[q("Lúcia Faria Brandão", "embaixadora")],
                     junk=["@ItamaratyGov_ex", "prioridade máxima"], note="Consular case handled by the foreign ministry: relevant. Embedded X post."),
        creator="Renata Albuquerque")
    head = (f"<title>{cd('Portal Sul Notícias - Internacional')}</title><link>{base}/internacional/</link><description>{cd('Últimas notícias internacionais')}</description>"
            f"<language>pt-br</language><copyright>{cd('© 2025 Portal Sul Comunicação Digital Ltda.')}</copyright><lastBuildDate>{rfc822(d(2025, 8, 21, 16, 50, 0, -3))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>' + head + "".join(rows) + "</channel></rss>\n"
    return feed("pt_br_portalsul_internacional.rss.xml", text, items, lang="pt", outlet="Portal Sul", aliases=["Portal Sul Notícias"],
                structure="Big Brazilian web portal (UOL/Terra-style, Porto Alegre/São Paulo) 'Internacional' RSS fed largely by a news agency: one line after the declaration, CDATA channel 'Brand Notícias - Internacional', copyright of the 'Comunicação Digital Ltda.', '/internacional/ultimas-noticias/<source>/YYYY/MM/DD/<slug>.htm' links with utm parameters, the slug as non-permalink guid, -0300 pubDates BEFORE an optional CDATA dc:creator ('Name, do Brand, em Cidade'), CDATA HTML descriptions: upper-case agency datelines 'CIDADE, 21 AGO (ACN) -', the agency tag '(ACN)' at the end, straight double quotes, an AI-translation note, a 'Leia mais' link, an embedded X post, a video and a horoscope, August 2025")


# ---------------------------------------------------------------- Portuguese public broadcaster on WordPress + Yoast (pt-PT)
def antena():
    rows, items = [], []
    base = "https://noticias.radiotelevisaoatlantica.example"

    def add(pid, slug, title, when, creators, excerpt, body, exp):
        url = f"{base}/mundo/{slug}_n{pid}"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        foot = f'<p>O conteúdo <a href="{url}">{esc(title)}</a> aparece primeiro em <a href="{base}">RTA Notícias</a>.</p>'
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>{crs}\n\t\t<pubDate>{utc0(when)}</pubDate>\n\t\t<category><![CDATA[Mundo]]></category>\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[<p>{excerpt}</p>\n{foot}]]></description>\n\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2025, 7, 17, 19, 20, 0, 1)
    add(1702214, "cabo-verde-portugal-mobilidade-acordo", "Portugal e Cabo Verde assinam acordo de mobilidade para trabalhadores", w, ["Inês Valadares"],
        "O acordo, assinado na Praia, facilita vistos de trabalho para profissionais de saúde e construção.",
        '<p class="lead">O acordo, assinado na Praia, facilita vistos de trabalho para profissionais de saúde e construção.</p>'
        '<p>Portugal e Cabo Verde assinaram esta quinta-feira um acordo de mobilidade laboral que prevê vistos de trabalho de dois anos, renováveis, para profissionais de áreas com falta de mão de obra.</p>'
        '<p>«É um acordo que reconhece o que já acontece na prática», afirmou o ministro cabo-verdiano dos Negócios Estrangeiros, Hélder Tavares Lopes, em conferência de imprensa.</p>'
        '<p>Do lado português, o acordo responde à falta de enfermeiros e de operários da construção civil. Segundo o Instituto do Emprego, há mais de 9 mil vagas por preencher nestes dois setores.</p>'
        '<p>O documento prevê ainda o reconhecimento mais rápido de diplomas e um balcão único no consulado da Praia.</p>'
        '<p class="audio">Ouça aqui a reportagem da Antena RTA (2:41)</p>',
        lambda k: it(k, "Portugal e Cabo Verde assinam acordo de mobilidade para trabalhadores", w, ["Inês Valadares"], quotes=[q("Hélder Tavares Lopes", "ministro cabo-verdiano dos Negócios Estrangeiros")],
                     junk=["Ouça aqui a reportagem", "aparece primeiro em"], note="Yoast pt footer in description and content; the lead repeats the excerpt."))
    w = d(2025, 7, 17, 12, 0, 0, 1)
    add(1702150, "direto-cimeira-nato-haia-segundo-dia", "DIRETO | Cimeira da NATO: segundo dia de trabalhos", w, ["RTA"],
        "Acompanhe ao minuto.",
        '<p><strong>12h00</strong> – Chegada dos chefes de Estado e de Governo.</p>',
        lambda k: it(k, "DIRETO | Cimeira da NATO: segundo dia de trabalhos", w, [], story=False, rel=False, note="Live page: not a story. 'RTA' is the brand."))
    w = d(2025, 7, 16, 21, 45, 0, 1)
    add(1702088, "mocambique-cabo-delgado-deslocados-regresso", "Moçambique. Milhares de deslocados regressam a Mocímboa da Praia", w, ["Duarte Mascarenhas", "Lusa"],
        "Agências humanitárias alertam para a falta de escolas e de centros de saúde.",
        '<p>Cerca de 12 mil pessoas regressaram nos últimos dois meses a Mocímboa da Praia, no norte de Moçambique, segundo a Organização Internacional para as Migrações.</p>'
        '<p>As agências humanitárias alertam, no entanto, para a falta de escolas e centros de saúde.</p><p>Com Lusa</p>',
        lambda k: it(k, "Moçambique. Milhares de deslocados regressam a Mocímboa da Praia", w, ["Duarte Mascarenhas"], junk=["Com Lusa", "aparece primeiro em"],
                     note="Two dc:creator: a person and the agency 'Lusa' (not a person). Title label 'Moçambique.' may be kept or dropped."))
    w = d(2025, 7, 16, 10, 10, 0, 1)
    add(1701990, "espanha-sanchez-orcamento-congresso", "Espanha. Governo volta a falhar aprovação do Orçamento no Congresso", w, ["Inês Valadares"],
        "Os partidos independentistas votaram contra pelo segundo ano consecutivo.",
        '<p>O Governo espanhol voltou a ver chumbada a proposta de Orçamento do Estado, com os votos contra dos partidos independentistas catalães.</p>',
        lambda k: it(k, "Espanha. Governo volta a falhar aprovação do Orçamento no Congresso", w, ["Inês Valadares"],
                     note="Neighbouring country's government crisis, reported from the world desk: relevant (borderline). Title label 'Espanha.' may be kept or dropped."))
    w = d(2025, 7, 15, 18, 0, 0, 1)
    add(1701902, "newsletter-rta-mundo-subscreva", "Subscreva a newsletter RTA Mundo", w, ["RTA"],
        "Todas as semanas, o essencial da atualidade internacional no seu e-mail.",
        '<p>Todas as semanas, o essencial da atualidade internacional no seu e-mail. <a href="https://noticias.radiotelevisaoatlantica.example/newsletters?utm_source=rss">Subscrever</a></p>',
        lambda k: it(k, "Subscreva a newsletter RTA Mundo", w, [], story=False, rel=False, note="Newsletter promo: not a story."))
    w = d(2025, 7, 15, 8, 30, 0, 1)
    add(1701850, "benfica-pre-epoca-estagio-inglaterra", "Benfica inicia estágio de pré-época em Inglaterra", w, ["Tiago Cerqueira"],
        "Os encarnados fazem três jogos de preparação.",
        '<p>O Benfica iniciou esta terça-feira o estágio de pré-época em Inglaterra, onde fará três jogos de preparação.</p>',
        lambda k: it(k, "Benfica inicia estágio de pré-época em Inglaterra", w, ["Tiago Cerqueira"], rel=False, note="Sport: not relevant."))
    rows, items = ordered(rows, items)
    head = ('\t<title>Mundo - RTA Notícias</title>\n\t<atom:link href="https://noticias.radiotelevisaoatlantica.example/mundo/feed/" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{base}/mundo/</link>\n\t<description>Rádio e Televisão Atlântica</description>\n\t<lastBuildDate>{utc0(d(2025, 7, 17, 18, 25, 0, 0))}</lastBuildDate>\n\t<language>pt-PT</language>\n\t<generator>https://wordpress.org/?v=6.8.2</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\t>\n\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_rtanoticias_mundo_wp.rss.xml", text, items, lang="pt", outlet="RTA Notícias", aliases=["RTA", "Rádio e Televisão Atlântica"],
                structure="Portuguese public broadcaster's (RTP-style, Lisbon) 'Mundo' category feed on WordPress 6.8 with Yoast in pt-PT: Yoast channel title 'Mundo - Brand', '/mundo/<slug>_n<id>' links, '?p=<id>' guids, one CDATA dc:creator per credit (a journalist, the agency 'Lusa', the brand 'RTA'), UTC pubDates (newsroom +0100), CDATA excerpts followed by the Yoast pt footer 'O conteúdo … aparece primeiro em …' in description AND content, a lead paragraph repeating the excerpt, «…» quotes, 'Com Lusa' credit, an 'Ouça aqui a reportagem' audio line, 'País.' and 'DIRETO |' title labels, a newsletter promo and sport, July 2025")


# ---------------------------------------------------------------- Urdu service of an international broadcaster (Pangea-style CMS)
def sadaealam():
    rows, items = [], []
    base = "https://www.sadaealam.example"

    def add(aid, title, when, author, desc, exp, enc=True):
        url = f"{base}/a/{aid}.html"
        au = f"\n      <author>{esc(author)}</author>" if author else ""
        en = f'\n      <enclosure url="https://gdb.sadaealam.example/{aid}_w800_r1.webp" length="0" type="image/webp" />' if enc else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <description>{esc(desc)}</description>\n      <link>{url}</link>\n      <guid>{url}</guid>\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>{au}\n      <category>دنیا</category>{en}\n    </item>")
        items.append(exp(url))

    w = d(2025, 6, 19, 13, 40, 0, 0)
    add(8402211, "ایران اور عالمی ایٹمی ادارے کے درمیان معائنے کا نیا معاہدہ", w, "urdu@sadaealam.example (ثمینہ اختر)",
        "ویانا میں ایران اور عالمی ایٹمی توانائی ایجنسی نے معائنہ کاروں کی واپسی پر اتفاق کر لیا ہے۔ ایجنسی کی ترجمان ہیلگا براؤن نے کہا کہ ”پہلی ٹیم اگلے ہفتے تہران پہنچے گی۔“",
        lambda k: it(k, "ایران اور عالمی ایٹمی ادارے کے درمیان معائنے کا نیا معاہدہ", w, ["ثمینہ اختر"], quotes=[q("ہیلگا براؤن", "ایجنسی")],
                     note="RSS <author> as 'e-mail (Name)' with the service's shared address; Urdu quote with the speaker's role before the name."))
    w = d(2025, 6, 19, 8, 15, 0, 0)
    add(8402090, "افغانستان: خواتین کی تعلیم پر پابندی کے چار سال، طالبات آن لائن کلاسوں کا سہارا لے رہی ہیں", w, "urdu@sadaealam.example (نوید حسین)",
        "کابل سے آن لائن پڑھنے والی ایک طالبہ نے بتایا کہ بجلی جانے سے اکثر کلاس ادھوری رہ جاتی ہے۔ <br /><br />صدائے عالم اردو کو واٹس ایپ پر فالو کریں",
        lambda k: it(k, "افغانستان: خواتین کی تعلیم پر پابندی کے چار سال، طالبات آن لائن کلاسوں کا سہارا لے رہی ہیں", w, ["نوید حسین"], junk=["واٹس ایپ پر فالو کریں"],
                     note="Follow-us-on-WhatsApp line after the teaser. Title label 'افغانستان:' may be kept or dropped."))
    w = d(2025, 6, 18, 17, 0, 0, 0)
    add(8401977, "ویڈیو: کراچی کی بندرگاہ پر کنٹینروں کا رش", w, "",
        "دیکھیے ہماری ویڈیو رپورٹ۔",
        lambda k: it(k, "ویڈیو: کراچی کی بندرگاہ پر کنٹینروں کا رش", w, [], story=False, rel=False, note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2025, 6, 18, 11, 30, 0, 0)
    add(8401902, "بھارت اور پاکستان کے درمیان سندھ طاس معاہدے پر غیر جانبدار ماہر کی سماعت", w, "urdu@sadaealam.example (عمران شفیق)",
        "ویانا میں غیر جانبدار ماہر کے سامنے دونوں ملکوں کے وکلا نے دلائل دیے۔ پاکستان کے نمائندے عثمان ملک نے کہا: ”معاہدہ معطل نہیں کیا جا سکتا۔“",
        lambda k: it(k, "بھارت اور پاکستان کے درمیان سندھ طاس معاہدے پر غیر جانبدار ماہر کی سماعت", w, ["عمران شفیق"], quotes=[q("عثمان ملک")], note="Bilateral treaty dispute: relevant."))
    w = d(2025, 6, 17, 15, 20, 0, 0)
    add(8401801, "لاہور میں گرمی کی شدید لہر، درجۂ حرارت 47 ڈگری", w, "urdu@sadaealam.example (نوید حسین)",
        "محکمۂ موسمیات نے شہریوں کو دوپہر کے وقت گھروں میں رہنے کا مشورہ دیا ہے۔",
        lambda k: it(k, "لاہور میں گرمی کی شدید لہر، درجۂ حرارت 47 ڈگری", w, ["نوید حسین"], rel=False, note="Domestic weather: not relevant."))
    w = d(2025, 6, 17, 6, 0, 0, 0)
    add(8401755, "سیربین: آج کا ریڈیو پروگرام", w, "",
        "سنیے سیربین، صدائے عالم اردو کا شام کا پروگرام۔",
        lambda k: it(k, "سیربین: آج کا ریڈیو پروگرام", w, [], story=False, rel=False, note="Radio programme: not a story."), enc=False)
    head = (f"    <title>صدائے عالم اردو - دنیا</title>\n    <link>{base}/</link>\n    <description>صدائے عالم کی اردو سروس</description>\n    <language>ur</language>\n"
            f"    <copyright>2025 Sada-e-Alam Media</copyright>\n    <ttl>60</ttl>\n    <lastBuildDate>{rfc822(d(2025, 6, 19, 13, 45, 0, 0))}</lastBuildDate>\n"
            f"    <image>\n      <url>{base}/img/logo-rss.png</url>\n      <title>صدائے عالم اردو</title>\n      <link>{base}/</link>\n    </image>\n"
            f'    <atom:link href="{base}/api/zrqitm$-ipv" rel="self" type="application/rss+xml" />')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n' + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("ur_sadaealam_dunya_pangea.rss.xml", text, items, lang="ur", outlet="صدائے عالم اردو", aliases=["صدائے عالم", "Sada-e-Alam"],
                structure="Urdu service of an international public broadcaster (VOA/RFE-style Pangea CMS, Washington/Islamabad): channel 'Brand اردو - دنیا', Latin copyright of the media company, ttl 60, channel image, an obfuscated '/api/<token>' self link, description BEFORE link, '/a/<7 digits>.html' URLs as bare guids, +0000 pubDates, RSS <author> as 'shared-address (Urdu name)', an Urdu <category>, escaped plain-text teasers with ”…“ quotes after 'نے کہا' and a 'WhatsApp par follow karein' line after <br />, WebP enclosures with length 0, a video and a radio programme, June 2025")


# ---------------------------------------------------------------- Karachi Urdu daily on WordPress (Yoast in Urdu, Telegram embeds)
def qaumiawaz():
    rows, items = [], []
    base = "https://urdu.qaumiawaz.example"

    def add(pid, slug, title, when, creator, excerpt, body, exp):
        url = f"{base}/{pid}/{slug}/"
        foot = f'<p>The post <a href="{url}">{esc(title)}</a> appeared first on <a href="{base}">روزنامہ قومی آواز</a>.</p>'
        rows.append(f"\t\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<link>{url}</link>\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{rfc822(when)}</pubDate>\n"
                    f"\t\t<category><![CDATA[بین الاقوامی]]></category>\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description><![CDATA[<p>{excerpt}</p>\n{foot}]]></description>\n"
                    f"\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2025, 5, 22, 21, 15, 0, 5)
    add(655102, "saudi-pakistan-defence-pact-riyadh", "سعودی عرب اور پاکستان کے درمیان دفاعی تعاون کے نئے معاہدے پر دستخط", w, "ویب ڈیسک",
        "ریاض میں ہونے والی تقریب میں دونوں ملکوں کے وزرائے دفاع نے معاہدے پر دستخط کیے &#8230;",
        '<p><strong>ریاض (ویب ڈیسک)</strong> سعودی عرب اور پاکستان نے دفاعی تعاون کے ایک نئے معاہدے پر دستخط کر دیے ہیں جس کے تحت مشترکہ فوجی مشقوں اور تربیت کا دائرہ بڑھایا جائے گا۔</p>'
        '<p>دفاعی امور کے ماہر بریگیڈیئر (ر) طارق جمیل نے کہا کہ ”یہ معاہدہ دونوں ملکوں کے پرانے تعلقات کو نئی شکل دیتا ہے۔“</p>'
        '<p>سرکاری ذرائع کے مطابق معاہدے میں دفاعی پیداوار، سائبر سکیورٹی اور بحری تعاون کے شعبے بھی شامل ہیں۔ دونوں ملکوں کی بحریہ آئندہ برس بحیرۂ عرب میں مشترکہ مشق کریں گی۔</p>'
        '<blockquote class="telegram-post" data-telegram-post="qaumiawaz_ex/9912"><p>تازہ ترین خبروں کے لیے ہمارا ٹیلی گرام چینل جوائن کریں</p></blockquote>',
        lambda k: it(k, "سعودی عرب اور پاکستان کے درمیان دفاعی تعاون کے نئے معاہدے پر دستخط", w, [], quotes=[q("طارق جمیل")],
                     junk=["ٹیلی گرام چینل جوائن کریں", "appeared first on"],
                     note="'ویب ڈیسک' (web desk) is not a person; dateline 'ریاض (ویب ڈیسک)'; Telegram join prompt embedded at the end; English Yoast footer with the Urdu brand."))
    w = d(2025, 5, 22, 14, 0, 0, 5)
    add(655080, "china-cpec-phase-two-gwadar", "سی پیک کا دوسرا مرحلہ: گوادر میں چینی وفد کی آمد", w, "عائشہ صدیقی",
        "چینی وفد نے گوادر بندرگاہ اور نئے ہوائی اڈے کا دورہ کیا &#8230;",
        '<p>چین کے اعلیٰ سطحی وفد نے جمعرات کو گوادر کا دورہ کیا اور سی پیک کے دوسرے مرحلے کے منصوبوں کا جائزہ لیا۔</p>'
        '<p>وفد کے سربراہ لیو جیان مِنگ نے کہا کہ ”گوادر اس راہداری کا دل ہے۔“</p>'
        '<p><em>(یہ خبر ادارے کی پالیسی کے مطابق مصنوعی ذہانت کی مدد سے تیار کی گئی اور ادارتی ٹیم نے اس کا جائزہ لیا۔)</em></p>',
        lambda k: it(k, "سی پیک کا دوسرا مرحلہ: گوادر میں چینی وفد کی آمد", w, ["عائشہ صدیقی"], quotes=[q("لیو جیان مِنگ")],
                     junk=["مصنوعی ذہانت کی مدد سے", "appeared first on"], note="Urdu AI-assistance disclaimer at the end. Title label 'سی پیک کا دوسرا مرحلہ:' may be kept or dropped."))
    w = d(2025, 5, 21, 19, 30, 0, 5)
    add(655041, "karachi-water-tanker-mafia-operation", "کراچی: ٹینکر مافیا کے خلاف آپریشن، 40 غیر قانونی ہائیڈرنٹس مسمار", w, "اسٹاف رپورٹر",
        "واٹر بورڈ اور پولیس کی مشترکہ کارروائی &#8230;",
        '<p>کراچی واٹر بورڈ نے پولیس کے ساتھ مل کر شہر کے مختلف علاقوں میں 40 غیر قانونی ہائیڈرنٹس مسمار کر دیے۔</p>',
        lambda k: it(k, "کراچی: ٹینکر مافیا کے خلاف آپریشن، 40 غیر قانونی ہائیڈرنٹس مسمار", w, [], rel=False, junk=["appeared first on"], note="City news in the international category: not relevant; 'اسٹاف رپورٹر' is not a person."))
    w = d(2025, 5, 21, 11, 0, 0, 5)
    add(655002, "gaza-ceasefire-talks-cairo-hamas-israel", "غزہ جنگ بندی: قاہرہ مذاکرات میں قیدیوں کے تبادلے پر پیش رفت", w, "ویب ڈیسک",
        "مصری حکام کے مطابق فریقین پہلے مرحلے پر متفق ہو گئے ہیں &#8230;",
        '<p><strong>قاہرہ (ایجنسیاں)</strong> مصری حکام کے مطابق قاہرہ میں جاری بالواسطہ مذاکرات میں قیدیوں کے تبادلے کے پہلے مرحلے پر اتفاق ہو گیا ہے۔</p>'
        '<p>ایک مصری عہدیدار نے نام نہ ظاہر کرنے کی شرط پر بتایا کہ معاہدے کا اعلان ہفتے کو متوقع ہے۔</p>',
        lambda k: it(k, "غزہ جنگ بندی: قاہرہ مذاکرات میں قیدیوں کے تبادلے پر پیش رفت", w, [], junk=["appeared first on"], note="Agency copy, anonymous source."))
    w = d(2025, 5, 20, 16, 45, 0, 5)
    add(654970, "quiz-gk-duniya-ke-darya", "جنرل نالج کوئز: دنیا کے بڑے دریا 🌊", w, "ویب ڈیسک",
        "اپنی معلومات آزمائیں &#8230;",
        '<p>دس سوالات کے جواب دیں اور اپنا اسکور دیکھیں۔</p>',
        lambda k: it(k, "جنرل نالج کوئز: دنیا کے بڑے دریا 🌊", w, [], story=False, rel=False, note="Quiz: not a story."))
    w = d(2025, 5, 20, 9, 10, 0, 5)
    add(654933, "uk-visa-rules-pakistani-students", "برطانیہ کے نئے ویزا قوانین: پاکستانی طلبہ کے لیے کیا بدلے گا؟", w, "حسن رضا، لندن",
        "گریجویٹ ویزا کی مدت دو سال سے کم کر کے اٹھارہ ماہ کر دی گئی &#8230;",
        '<p><strong>لندن</strong> برطانوی حکومت نے گریجویٹ ویزا کی مدت دو سال سے کم کر کے اٹھارہ ماہ کر دی ہے جس سے ہزاروں پاکستانی طلبہ متاثر ہوں گے۔</p>'
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Changes to the Graduate route take effect from January.</p>&mdash; UK Visas (@UKVisas_ex) <a href="https://x.example/UKVisas_ex/status/3">May 20, 2025</a></blockquote>',
        lambda k: it(k, "برطانیہ کے نئے ویزا قوانین: پاکستانی طلبہ کے لیے کیا بدلے گا؟", w, ["حسن رضا"], junk=["@UKVisas_ex", "appeared first on"],
                     note="dc:creator 'Name، City' with an Urdu comma: the person only. Embedded X post in English. Foreign government's visa policy affecting Pakistanis: relevant."))
    head = ('\t<title>بین الاقوامی Archives - روزنامہ قومی آواز</title>\n\t<atom:link href="https://urdu.qaumiawaz.example/category/international/feed/" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{base}/category/international/</link>\n\t<description>سچ کی آواز</description>\n\t<lastBuildDate>{rfc822(d(2025, 5, 22, 21, 20, 0, 5))}</lastBuildDate>\n\t<language>ur</language>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\t>\n\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_qaumiawaz_international_wp.rss.xml", text, items, lang="ur", outlet="روزنامہ قومی آواز", aliases=["قومی آواز", "Qaumi Awaz"],
                structure="Karachi Urdu national daily's 'بین الاقوامی' category on WordPress with an English-language Yoast: channel 'بین الاقوامی Archives - روزنامہ قومی آواز' (English 'Archives' word between Urdu), Urdu slogan, '/<id>/<Latin slug>/' links, '?p=<id>' guids, +0500 pubDates, CDATA dc:creator 'ویب ڈیسک', 'اسٹاف رپورٹر', a person or 'Name، City', excerpts ending '&#8230;' and the English 'The post … appeared first on <Urdu brand>.' footer, bold datelines 'شہر (ویب ڈیسک)' / '(ایجنسیاں)', ”…“ quotes after 'نے کہا کہ', an Urdu AI-assistance disclaimer, an embedded Telegram prompt and an English X post, a quiz with an emoji, May 2025")


FEEDS = [portalsul, antena, sadaealam, qaumiawaz]
