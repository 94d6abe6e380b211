# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Portuguese and Urdu world sections of the forty-fourth held-out set: a Niterói daily on Arc
XP (2023), a Setúbal daily on Escenic (2016), a Hyderabad (Sindh) Urdu daily's WordPress 5.1
Atom feed (2019) and a Peshawar Urdu daily on Drupal 9 (2022). All outlets, people and
quotations are invented."""
from h44 import S, cd, d, esc, feed, gmt, newest_first, rfc822, utc0, wpt


# ---------------------------------------------------------------- Niterói daily, Arc XP outbound feeds (October 2023)
def fluminense():
    base = "https://www.diariofluminense.example"
    specs = [
        S("voo-fab-repatriados-israel-pousa-brasilia", "Primeiro voo da FAB com brasileiros repatriados de Israel pousa em Brasília", d(2023, 10, 11, 4, 30, 0, -3), "Renata Albuquerque", ["Renata Albuquerque"],
          ["O primeiro avião da Força Aérea Brasileira com 211 brasileiros que estavam em Israel pousou na madrugada desta quarta-feira (11) na Base Aérea de Brasília.",
           "“A gente só pensava em voltar para casa”, disse a estudante niteroiense Luiza Sardinha Bastos, de 22 anos, que fazia intercâmbio em Tel Aviv."],
          quotes=[("Luiza Sardinha Bastos",)], note="Brazil's own evacuation from a war abroad: relevant."),
        S("conselho-seguranca-veto-resolucao-brasileira-gaza", "EUA vetam resolução brasileira sobre Gaza no Conselho de Segurança", d(2023, 10, 18, 14, 5, 0, -3), "Renata Albuquerque e Marcos Tavares", ["Renata Albuquerque", "Marcos Tavares"],
          ["Os Estados Unidos vetaram nesta quarta-feira (18) o projeto de resolução apresentado pelo Brasil, que preside o Conselho de Segurança da ONU em outubro, pedindo pausas humanitárias em Gaza.",
           "“O texto era o máximo denominador comum possível”, afirmou o professor Henrique Lacerda Paiva, do Instituto de Relações Internacionais da Universidade do Leste Fluminense."],
          quotes=[("Henrique Lacerda Paiva", "Universidade do Leste Fluminense")], note="'A e B' byline. Brazil's diplomacy at the UN: relevant."),
        S("argentina-massa-milei-segundo-turno", "Argentina: Massa e Milei vão ao segundo turno", d(2023, 10, 22, 23, 50, 0, -3), "AFP", [],
          ["BUENOS AIRES - O ministro da Economia e o deputado ultraliberal disputarão o segundo turno da eleição presidencial argentina em 19 de novembro, segundo resultados parciais."],
          junk=["AFP"], note="Agency copy: []. Relevant."),
        S("camara-aprova-taxacao-fundos-exclusivos", "Câmara aprova taxação de fundos exclusivos e offshores", d(2023, 10, 25, 21, 15, 0, -3), "Marcos Tavares", ["Marcos Tavares"],
          ["A Câmara dos Deputados aprovou nesta quarta-feira (25) o projeto que tributa fundos exclusivos e aplicações no exterior. O texto segue para o Senado."],
          rel=False, note="Home politics ('offshores' is about Brazilian tax law): a story, not relevant."),
        S("video-bombardeio-gaza", "Vídeo: imagens mostram destruição no norte de Gaza", d(2023, 10, 14, 10, 0, 0, -3), "Diário Fluminense", [],
          ["Assista ao vídeo."],
          story=False, rel=False, note="Video: not a story. Title label 'Vídeo:' may be kept or dropped."),
        S("newsletter-mundo-em-5", "Receba a newsletter Mundo em 5 minutos", d(2023, 10, 9, 7, 0, 0, -3), "", [],
          ["Cadastre-se e receba de segunda a sexta as principais notícias internacionais."],
          story=False, rel=False, note="Newsletter promotion: not a story."),
    ]
    rows, items = [], []
    for s in newest_first(specs):
        url = f"{base}/mundo/{s['k']}/"
        by = f"<dc:creator>{cd(s['by'])}</dc:creator>" if s["by"] else ""
        rows.append(f"<item><title>{cd(s['title'])}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{by}"
                    f"<description>{cd(' '.join(s['paras']))}</description><pubDate>{gmt(s['w'])}</pubDate></item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" version="2.0"><channel>'
            f"<title>{cd('Diário Fluminense')}</title><link>{base}</link>"
            f'<atom:link href="{base}/arc/outboundfeeds/rss/category/mundo/?outputType=xml" rel="self" type="application/rss+xml"/>'
            f"<description>{cd('Diário Fluminense News Feed')}</description><lastBuildDate>{gmt(d(2023, 10, 25, 21, 16, 0, -3))}</lastBuildDate><language>pt</language><ttl>1</ttl>"
            "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>"
            + "".join(rows) + "</channel></rss>")
    return feed("pt_br_diariofluminense_mundo_arcxp_2023.rss.xml", text, items, lang="pt", outlet="Diário Fluminense", aliases=["Diario Fluminense", "O Diário Fluminense"],
                structure="Niterói daily on Arc XP's Outbound Feeds RSS block with content disabled and no promo images (October 2023): one line, no trailing newline, CDATA channel title, the default English '<Brand> News Feed' description on a Portuguese feed, language 'pt' (no region: Brazil shows through 'FAB', 'Câmara dos Deputados', 'niteroiense'), ttl 1, sy:update*, permalink guids '/mundo/<slug>/', CDATA dc:creator ('A e B', a reporter, 'AFP', the brand or absent), CDATA plain-text descriptions joining the story's paragraphs, GMT pubDates (newsroom -0300), Brazilian weekday-and-day references 'nesta quarta-feira (18)', a video and a newsletter promo",
                notes="Home country: Brazil.")


# ---------------------------------------------------------------- Setúbal daily, Escenic 5 (November 2016)
def sado():
    base = "http://www.correiodosado.example"
    specs = [
        S("trump-eleito-presidente", "Donald Trump eleito 45.º Presidente dos Estados Unidos", d(2016, 11, 9, 8, 40), "Lusa", [],
          ["Washington, 09 nov (Lusa) - O candidato republicano venceu as eleições presidenciais norte-americanas, contrariando a maioria das sondagens, segundo as projeções das televisões."],
          junk=["(Lusa)"], note="Agency copy, 'Lusa' in <author>: []. Relevant."),
        S("morreu-fidel-castro", "Morreu Fidel Castro, aos 90 anos", d(2016, 11, 26, 7, 15), "Lusa", [],
          ["Havana, 26 nov (Lusa) - O antigo líder cubano morreu na sexta-feira à noite, anunciou o Presidente de Cuba na televisão estatal."],
          junk=["(Lusa)"], note="Relevant."),
        S("comandos-portugueses-republica-centro-africana", "Portugal envia 160 militares para a República Centro-Africana", d(2016, 11, 17, 18, 30), "Rui Pedro Matias", ["Rui Pedro Matias"],
          ["O Governo aprovou o envio de uma força de 160 militares, na maioria comandos, para a missão das Nações Unidas na República Centro-Africana, a partir de janeiro.",
           "“É a missão mais exigente para os comandos desde a Guiné”, disse o coronel na reserva António Brites Seixas, antigo instrutor em Lamego."],
          note="Portugal's own military contribution abroad: relevant. The feed carries only the first paragraph, so the colonel's quote (second paragraph) is not in it: no quote expected (label correction, see README)."),
        S("orcamento-estado-2017-aprovado-generalidade", "Orçamento do Estado para 2017 aprovado na generalidade", d(2016, 11, 4, 13, 0), "Sofia Carrilho, em Lisboa", ["Sofia Carrilho"],
          ["O Orçamento do Estado para 2017 foi aprovado na generalidade com os votos do PS, BE, PCP e PEV."],
          rel=False, note="Home politics: a story, not relevant. 'Name, em Lisboa': the place is not part of the name."),
        S("fotogaleria-noite-eleitoral-washington", "Fotogaleria: A noite eleitoral em Washington", d(2016, 11, 9, 10, 0), "", [],
          ["Veja as imagens."],
          story=False, rel=False, note="Photo gallery: not a story. Title label 'Fotogaleria:' may be kept or dropped."),
        S("em-direto-eleicoes-americanas", "Em direto: Eleições americanas, minuto a minuto", d(2016, 11, 8, 22, 0), "", [],
          ["Acompanhe aqui a noite eleitoral."],
          story=False, rel=False, note="Live page: not a story. Title label 'Em direto:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        aid = 802113 - i * 47
        url = f"{base}/mundo/{s['k']}-{aid}"
        au = f"\n<author>{esc(s['by'])}</author>" if s["by"] else ""
        rows.append(f"<item>\n<title>{esc(s['title'])}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>{au}\n"
                    f"<pubDate>{rfc822(s['w'])}</pubDate>\n<description>{esc(s['paras'][0])}</description>\n</item>")
        items.append(s.exp(url))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
            f"<title>Correio do Sado - Mundo</title>\n<link>{base}/mundo</link>\n<description>Correio do Sado - Mundo</description>\n<language>pt-PT</language>\n"
            "<copyright>© Correio do Sado, Edições Regionais S.A.</copyright>\n<generator>Escenic Content Engine</generator>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_correiodosado_mundo_escenic_2016.rss.xml", text, items, lang="pt", outlet="Correio do Sado", aliases=["O Correio do Sado"],
                structure="Setúbal daily's 'Mundo' section feed on Escenic Content Engine 5 (November 2016): no namespaces at all, no indentation, channel 'Brand - Mundo' repeated as description, pt-PT, © copyright, generator, '/mundo/<slug>-<id>' permalink guids, RSS <author> holding a plain name, 'Name, em Lisboa' or 'Lusa' (not an e-mail), escaped plain-text first-paragraph descriptions, Lusa datelines 'Cidade, 09 nov (Lusa) -', +0000 dates (Lisbon winter time), a photo gallery and a live page, listed newest first",
                notes="Home country: Portugal.")


# ---------------------------------------------------------------- Hyderabad (Sindh) Urdu daily, WordPress 5.1 Atom (March 2019)
def savera():
    base = "https://sindhsavera.example"
    specs = [
        S("christchurch-masajid-hamla", "نیوزی لینڈ: کرائسٹ چرچ کی دو مساجد پر حملے میں 49 افراد جاں بحق", d(2019, 3, 15, 14, 20, 0, 5), "ویب ڈیسک", [],
          ["کرائسٹ چرچ (ویب ڈیسک) نیوزی لینڈ کے شہر کرائسٹ چرچ کی دو مساجد میں نماز جمعہ کے دوران فائرنگ سے 49 افراد جاں بحق اور درجنوں زخمی ہو گئے۔",
           "دفتر خارجہ کے مطابق جاں بحق ہونے والوں میں پاکستانی شہری بھی شامل ہیں۔"],
          junk=["(ویب ڈیسک)"], note="'ویب ڈیسک' (web desk) is not a person: []. Relevant."),
        S("bharti-pilot-riha", "پاکستان نے گرفتار بھارتی پائلٹ کو جذبۂ خیر سگالی کے تحت رہا کر دیا", d(2019, 3, 1, 21, 10, 0, 5), "عمران سومرو", ["عمران سومرو"],
          ["اسلام آباد: پاکستان نے گرفتار بھارتی پائلٹ کو واہگہ بارڈر کے راستے بھارتی حکام کے حوالے کر دیا۔",
           "قائداعظم یونیورسٹی کی پروفیسر ڈاکٹر نائلہ قریشی نے کہا کہ ”یہ قدم کشیدگی کم کرنے کا سب سے واضح پیغام ہے“۔"],
          quotes=[("نائلہ قریشی", "قائداعظم یونیورسٹی")], note="Pakistan's own foreign policy toward India: relevant. 'پروفیسر ڈاکٹر' titles are not part of the name."),
        S("algeria-bouteflika-intikhab", "الجزائر: صدر بوتفلیقہ پانچویں مدت کے لیے امیدوار نہیں ہوں گے", d(2019, 3, 11, 23, 5, 0, 5), "خبر ایجنسیاں", [],
          ["الجزائر (خبر ایجنسیاں) الجزائر کے صدر نے ملک گیر مظاہروں کے بعد پانچویں مدت کے لیے انتخاب نہ لڑنے کا اعلان کر دیا اور انتخابات ملتوی کر دیے۔"],
          junk=["(خبر ایجنسیاں)"], note="Agency credit: []. Relevant."),
        S("hyderabad-pani-qillat-ehtijaj", "حیدرآباد: پانی کی قلت کے خلاف شہریوں کا پریس کلب کے باہر احتجاج", d(2019, 3, 12, 18, 0, 0, 5), "اسٹاف رپورٹر", [],
          ["حیدرآباد کے علاقے لطیف آباد کے مکینوں نے پانی کی قلت کے خلاف پریس کلب کے سامنے احتجاج کیا۔"],
          rel=False, note="City news: a story, not relevant. 'اسٹاف رپورٹر' (staff reporter) is not a person."),
        S("psl-final-karachi", "پی ایس ایل فائنل: کراچی میں کرکٹ کا میلہ، شائقین کا جوش عروج پر", d(2019, 3, 17, 22, 30, 0, 5), "اسپورٹس ڈیسک", [],
          ["نیشنل اسٹیڈیم کراچی میں پی ایس ایل کے فائنل کے لیے ہزاروں شائقین پہنچ گئے۔"],
          rel=False, note="Home sport: a story, not relevant."),
        S("video-christchurch-yakjehti", "ویڈیو: کرائسٹ چرچ کے متاثرین سے اظہار یکجہتی", d(2019, 3, 16, 12, 0, 0, 5), "ویب ڈیسک", [],
          ["[embed]https://www.youtube.example/watch?v=Qk3vT9[/embed]"],
          story=False, rel=False, note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        pid = 61420 - i * 29
        url = f"{base}/{s['w'].strftime('%Y/%m/%d')}/{s['k']}/"
        summ = s["paras"][0][:110].rsplit(" ", 1)[0] + " [&#8230;]"
        rows.append(f"\t<entry>\n\t\t<author>\n\t\t\t<name>{esc(s['by'])}</name>\n\t\t\t\t\t</author>\n\t\t<title type=\"html\"><![CDATA[{s['title']}]]></title>\n"
                    f"\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{url}\" />\n\t\t<id>{base}/?p={pid}</id>\n\t\t<updated>{utc0(s['w']).replace(' +0000', '')}</updated>\n"
                    .replace(f"<updated>{utc0(s['w']).replace(' +0000', '')}</updated>", f"<updated>{s['w'].astimezone(d(2019, 1, 1, 0, 0).tzinfo).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>")
                    + f"\t\t<published>{s['w'].astimezone(d(2019, 1, 1, 0, 0).tzinfo).strftime('%Y-%m-%dT%H:%M:%SZ')}</published>\n"
                    f"\t\t<category scheme=\"{base}\" term=\"بین الاقوامی\" />\n\t\t<summary type=\"html\"><![CDATA[{summ}]]></summary>\n"
                    f"\t\t\t\t\t\t<content type=\"html\" xml:base=\"{url}\"><![CDATA[{s.html()}]]></content>\n\t\t\t\t\t\t\t\t\t<link rel=\"replies\" type=\"text/html\" href=\"{url}#respond\" thr:count=\"0\" />\n"
                    f"\t\t\t<link rel=\"replies\" type=\"application/atom+xml\" href=\"{url}feed/atom/\" thr:count=\"0\" />\n\t\t\t<thr:total>0</thr:total>\n\t\t\t</entry>")
        items.append(s.exp(f"{base}/?p={pid}"))
    upd = d(2019, 3, 17, 17, 31, 0, 0).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = ('<?xml version="1.0" encoding="UTF-8"?><feed\n  xmlns="http://www.w3.org/2005/Atom"\n  xmlns:thr="http://purl.org/syndication/thread/1.0"\n  xml:lang="ur"\n  xml:base="' + base + '/wp-atom.php"\n   >\n'
            '\t<title type="text">بین الاقوامی &#8211; روزنامہ سندھ سویرا</title>\n\t<subtitle type="text">حیدرآباد سے شائع ہونے والا اردو روزنامہ</subtitle>\n\n'
            f'\t<updated>{upd}</updated>\n\n\t<link rel="alternate" type="text/html" href="{base}" />\n\t<id>{base}/category/international/feed/atom/</id>\n'
            f'\t<link rel="self" type="application/atom+xml" href="{base}/category/international/feed/atom/" />\n\n\t<generator uri="https://wordpress.org/" version="5.1.1">WordPress</generator>\n'
            + "\n".join(rows) + "\n\t</feed>\n")
    return feed("ur_pk_sindhsavera_international_wp51_atom_2019.atom.xml", text, items, lang="ur", outlet="روزنامہ سندھ سویرا", aliases=["سندھ سویرا", "Sindh Savera"],
                shape="atom", ctype="application/atom+xml; charset=UTF-8",
                structure="Hyderabad (Sindh) Urdu daily's 'بین الاقوامی' category as WordPress 5.1.1's Atom feed (/category/international/feed/atom/, March 2019): the '<feed\\n  xmlns=…' prolog with xml:base pointing at wp-atom.php and the stray '   >' line, thr namespace, xml:lang 'ur', title 'Category &#8211; Brand', Urdu subtitle naming the city, generator with uri and version, entries starting with <author><name> and its odd closing indentation ('ویب ڈیسک', 'خبر ایجنسیاں', 'اسٹاف رپورٹر', 'اسپورٹس ڈیسک' or a person), CDATA title type=html, '?p=<id>' ids, UTC 'Z' updated and published (newsroom +0500), category scheme/term, CDATA summary cut with ' [&#8230;]', content type=html with xml:base, replies links with thr:count and thr:total, run-in datelines 'شہر (ویب ڈیسک)', ”…“ quotes after 'نے کہا کہ', an unrendered [embed] video",
                notes="Home country: Pakistan (Hyderabad, Sindh). Pakistan's release of the pilot is its own foreign policy (relevant).")


# ---------------------------------------------------------------- Peshawar Urdu daily, Drupal 9 views (August 2022)
def qissa():
    base = "https://www.qissakhwani.example"
    specs = [
        S("zawahiri-drone-hamla-kabul", "امریکی ڈرون حملے میں القاعدہ سربراہ ایمن الظواہری کابل میں ہلاک", d(2022, 8, 2, 9, 15, 0, 5), "ایجنسیاں", [],
          ["واشنگٹن/کابل (ایجنسیاں) امریکی حکام کے مطابق القاعدہ کے سربراہ ایمن الظواہری کابل میں ایک مکان پر ڈرون حملے میں ہلاک ہو گئے۔",
           "طالبان حکومت نے حملے کو دوحہ معاہدے کی خلاف ورزی قرار دیا۔"],
          junk=["(ایجنسیاں)"], note="Agency credit: []. Relevant (neighbouring Afghanistan)."),
        S("pelosi-taiwan-daftar-kharija-bayan", "تائیوان کشیدگی: پاکستان کا ’ایک چین‘ پالیسی کی حمایت کا اعادہ", d(2022, 8, 3, 18, 40, 0, 5), "شاہد آفریدی نیازی", ["شاہد آفریدی نیازی"],
          ["اسلام آباد: دفتر خارجہ نے امریکی ایوان نمائندگان کی اسپیکر کے دورۂ تائیوان کے بعد ’ایک چین‘ پالیسی کی حمایت کا اعادہ کیا ہے۔",
           "پشاور یونیورسٹی کے شعبہ بین الاقوامی تعلقات کے استاد ڈاکٹر فضل ربی خٹک نے کہا کہ ”پاکستان کے لیے اس معاملے پر خاموش رہنا ممکن نہیں تھا“۔"],
          quotes=[("فضل ربی خٹک", "پشاور یونیورسٹی")], note="Pakistan's foreign policy on Taiwan: relevant."),
        S("zaporizhzhia-jauhari-plant-golabari", "زاپوریژیا جوہری بجلی گھر پر گولہ باری، عالمی ادارے کا اظہار تشویش", d(2022, 8, 6, 22, 0, 0, 5), "ایجنسیاں", [],
          ["کیف (ایجنسیاں) یوکرین کے زاپوریژیا جوہری بجلی گھر پر گولہ باری کے بعد جوہری توانائی کے عالمی ادارے نے خبردار کیا ہے کہ صورتحال انتہائی خطرناک ہے۔"],
          junk=["(ایجنسیاں)"], note="Relevant."),
        S("swat-selab-tabahi", "سوات میں سیلابی ریلے سے ہوٹل اور پل بہہ گئے", d(2022, 8, 26, 16, 30, 0, 5), "نمائندہ خصوصی", [],
          ["مینگورہ: دریائے سوات میں طغیانی سے کالام اور بحرین میں متعدد ہوٹل اور پل بہہ گئے۔"],
          rel=False, note="Home disaster news: a story, not relevant. 'نمائندہ خصوصی' (special correspondent) is not a name."),
        S("live-selab-updates", "براہ راست: ملک بھر میں سیلاب کی تازہ صورتحال", d(2022, 8, 27, 8, 0, 0, 5), "ویب ڈیسک", [],
          ["لمحہ بہ لمحہ اپ ڈیٹس کے لیے یہ صفحہ دیکھتے رہیں۔"],
          story=False, rel=False, note="Live page: not a story. Title label 'براہ راست:' may be kept or dropped."),
        S("video-kabul-dhamaka", "ویڈیو: کابل کی مسجد میں دھماکے کے بعد کے مناظر", d(2022, 8, 18, 13, 0, 0, 5), "ویب ڈیسک", [],
          ["<drupal-media data-entity-type=\"media\" data-entity-uuid=\"6c0e1f2a\"></drupal-media>"],
          story=False, rel=False, note="Video (an unrendered drupal-media tag): not a story. Title label 'ویڈیو:' may be kept or dropped."),
    ]
    rows, items = [], []
    for i, s in enumerate(newest_first(specs)):
        nid = 301877 - i * 13
        path = f"/international/{nid}"
        desc = f'<div class="field--name-field-byline">{esc(s["by"])}</div>{s.html()}'
        rows.append(f"<item>\n  <title>{esc(s['title'])}</title>\n  <link>{base}{path}</link>\n  <description>{esc(desc)}</description>\n"
                    f"  <pubDate>{rfc822(s['w'])}</pubDate>\n    <dc:creator>qissa_editor</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        s["junk"] = [*s["junk"], "qissa_editor"]
        items.append(s.exp(f"{nid} at {base}"))
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>بین الاقوامی | روزنامہ قصہ خوانی</title>\n    <link>{base}/</link>\n    <description>بین الاقوامی خبریں</description>\n    <language>ur</language>\n"
            f'    <atom:link href="{base}/international/rss.xml" rel="self" type="application/rss+xml"/>\n    '
            + "\n    ".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("ur_pk_qissakhwani_international_drupal9_2022.rss.xml", text, items, lang="ur", outlet="روزنامہ قصہ خوانی", aliases=["قصہ خوانی"],
                structure="Peshawar Urdu daily's 'بین الاقوامی' view on Drupal 9 (August 2022): xml:base on <rss>, channel 'Section | Brand' in Urdu, language 'ur', atom self link, numeric '/international/<nid>' links (Urdu titles make bad aliases), item children indented unevenly as Drupal writes them, escaped field-row descriptions opening with a byline field div ('ایجنسیاں', 'ویب ڈیسک', 'نمائندہ خصوصی' or a person) before the body, dc:creator holding the same CMS account 'qissa_editor' on every item, '<nid> at <base>' guids, +0500 dates, run-in datelines 'واشنگٹن/کابل (ایجنسیاں)', ”…“ quotes, a live page and an unrendered <drupal-media> video",
                notes="Home country: Pakistan. The Foreign Office's Taiwan statement is Pakistan's foreign policy (relevant); the Swat floods are home news.")


FEEDS = [fluminense, sado, savera, qissa]
