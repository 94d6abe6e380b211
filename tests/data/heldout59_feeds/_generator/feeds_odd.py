# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the fifty-ninth held-out set: a Poltava Ukrainian news site whose
bytes are KOI8-U under a KOI8-R declaration (prolog and header; 2010), and a Niigata daily's
international mail-magazine archive written in ISO-2022-JP (a 7-bit, stateful encoding whose
bytes are all ASCII) under a charset-less text/xml header (2009). All outlets, people and
quotations are invented."""
from h59 import d, esc, feed, it, q, rfc822


# ---------------------------------------------------------------- Poltava news site, PHP, KOI8-U bytes declared KOI8-R (August 2010)
def vorskla():
    base = "http://vorskla-info.example"
    rows, items = [], []

    def add(nid, title, when, author, body, exp):
        link = f"{base}/news/{nid}.html"
        a = f"\n<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(body)}</description>{a}\n<pubDate>{rfc822(when)}</pubDate>\n<guid>{link}</guid>\n</item>")
        items.append(exp(link))

    w = d(2010, 8, 12, 17, 40, 0, 3)
    add(25871, "Україна та ЄС: новий раунд переговорів про асоціацію", w, "Олена Ткаченко",
        "<p>Брюссель. Україна та Євросоюз провели черговий раунд переговорів про угоду про асоціацію та зону вільної торгівлі.</p><p>\"Ми пройшли більшу частину шляху, але найважчі розділи - сільське господарство та енергетика - ще попереду\", - сказав експерт Полтавського центру європейських студій Ігор Ґалаґан.</p>",
        lambda k: it(k, "Україна та ЄС: новий раунд переговорів про асоціацію", w, ["Олена Ткаченко"], quotes=[q("Ігор Ґалаґан", "Полтавського центру європейських студій")],
                     note="KOI8-U bytes under a KOI8-R label: read as declared, every і, ї, є and ґ becomes a box-drawing character ('Укра╖на'). KOI8 has no curly quotes or dashes, so the text uses straight quotes and ' - '. The affiliation in the text's words and case ('експерт Полтавського центру європейських студій'); the nominative 'Полтавський центр європейських студій' would be as right (set 54 gave a Russian genitive body in the nominative) but the check reads one form. Relevant."))
    w = d(2010, 8, 12, 10, 15, 0, 3)
    add(25866, "Москва в диму: лісові пожежі в Росії не вщухають", w, "За матеріалами інформагенцій",
        "<p>Москва. Смог від торф'яних і лісових пожеж вже тиждень накриває російську столицю. Посольство України в Москві радить громадянам утриматися від поїздок до уражених регіонів.</p>",
        lambda k: it(k, "Москва в диму: лісові пожежі в Росії не вщухають", w, [], note="'За матеріалами інформагенцій' (from agency reports) is no person. Disaster abroad and consular advice: relevant."))
    w = d(2010, 8, 11, 18, 0, 0, 3)
    add(25859, "Полтава: у Корпусному саду почали ремонт фонтану", w, "Власна інформація",
        "<p>Міська рада виділила 400 тисяч гривень на ремонт фонтану в Корпусному саду. Роботи мають завершитися до Дня міста.</p>",
        lambda k: it(k, "Полтава: у Корпусному саду почали ремонт фонтану", w, [], rel=False, note="City news: not relevant. 'Власна інформація' (own information) is no person."))
    w = d(2010, 8, 11, 9, 30, 0, 3)
    add(25852, "\"Ворскла\" поступилася на виїзді в кваліфікації Ліги Європи", w, "Андрій Ковпак",
        "<p>Полтавська \"Ворскла\" програла на виїзді з рахунком 0:1 у першому матчі кваліфікаційного раунду.</p>",
        lambda k: it(k, "\"Ворскла\" поступилася на виїзді в кваліфікації Ліги Європи", w, ["Андрій Ковпак"], rel=False, note="Sport abroad: not relevant."))
    w = d(2010, 8, 10, 20, 0, 0, 3)
    add(25846, "Фоторепортаж: Сорочинський ярмарок готується до відкриття", w, None,
        '<p><img src="/img/foto/2010/08/yarmarok1.jpg" alt="" /></p>',
        lambda k: it(k, "Сорочинський ярмарок готується до відкриття", w, [], story=False, rel=False, note="Photo report: not a story. Title label 'Фоторепортаж:' may be kept or dropped."))
    w = d(2010, 8, 10, 11, 0, 0, 3)
    add(25840, "Повені в Пакистані: громадяни України не постраждали", w, "Олена Ткаченко",
        "<p>Київ. Посольство України в Ісламабаді повідомило, що серед постраждалих від повеней у Пакистані українців немає. ООН оцінює кількість постраждалих у 14 мільйонів.</p><p>\"Ми на зв'язку з усіма, хто стоїть на консульському обліку\", - сказав речник МЗС України Олег Семенюта-Лисенко.</p>",
        lambda k: it(k, "Повені в Пакистані: громадяни України не постраждали", w, ["Олена Ткаченко"], quotes=[q("Олег Семенюта-Лисенко", "МЗС України")],
                     note="Disaster abroad with the foreign ministry's consular statement: relevant. Apostrophe as ASCII (\"зв'язку\")."))
    text = ('<?xml version="1.0" encoding="koi8-r"?>\n<rss version="2.0">\n<channel>\n<title>Ворскла-інфо: Світ</title>\n'
            f'<link>{base}/</link>\n<description>Новини Полтави, України та світу</description>\n<language>uk</language>\n<lastBuildDate>{rfc822(d(2010, 8, 12, 17, 45, 0, 3))}</lastBuildDate>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("uk_ua_vorsklainfo_svit_koi8u_as_koi8r.rss.xml", text, items, lang="uk", outlet="Ворскла-інфо", aliases=["Vorskla-info"],
                encoding="koi8-u", declared="koi8-r", ctype="text/xml; charset=koi8-r", acceptable=("decoded", "refused"),
                structure="Poltava Ukrainian news site on a home-made PHP engine from the KOI8 era (Apache with 'AddDefaultCharset KOI8-R', August 2010): the bytes are KOI8-U, the prolog says encoding=\"koi8-r\" and the HTTP header 'text/xml; charset=koi8-r'; no namespaces, no indentation, channel 'Brand: Світ', language 'uk', '/news/<id>.html' links repeated as guids after pubDate, escaped <p> descriptions with straight double quotes (KOI8 has no « » or typographic dashes) and ' - ' dashes, 'Місто.' datelines, <author> with a person, 'За матеріалами інформагенцій', 'Власна інформація' or absent, +0300 (EEST) dates, city news, sport and a photo report",
                notes="TRAP: KOI8-U and KOI8-R differ only in eight letters, Ukrainian і ї є ґ and their capitals, which KOI8-R maps to box-drawing characters. Read as declared the text still looks Cyrillic, but almost every Ukrainian word is broken ('Укра╖на', '╕вросоюз'). Decoding as KOI8-U is correct; a one-line refusal is acceptable.")


# ---------------------------------------------------------------- Niigata daily's international mail magazine archive, ISO-2022-JP RSS 1.0 (September 2009)
def echigo():
    base = "http://mm.echigonippo.example"
    rows, lis, items = [], [], []

    def add(no, title, when, creator, desc, exp):
        link = f"{base}/kokusai/archive/{when:%Y%m%d}_{no}.html"
        lis.append(f'<rdf:li rdf:resource="{link}" />')
        c = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f'<item rdf:about="{link}">\n<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(desc)}</description>{c}\n<dc:date>{when.isoformat()}</dc:date>\n</item>')
        items.append(exp(link))

    w = d(2009, 9, 30, 18, 0, 0, 9)
    add(412, "サモア沖で大地震、津波で１００人超死亡", w, "越後日報国際部",
        "【シドニー共同】南太平洋のサモア沖で２９日、マグニチュード８・０の地震があり、津波がサモアと米領サモアを襲った。死者は１００人を超えた。外務省によると、日本人の被害は確認されていない。",
        lambda k: it(k, "サモア沖で大地震、津波で１００人超死亡", w, [], junk=["【シドニー共同】"],
                     note="ISO-2022-JP: the bytes are pure 7-bit ASCII with ESC $ B / ESC ( B shifts; read as ASCII or UTF-8 the text becomes '$B%5%b%' sequences. Agency dateline 【シドニー共同】; '越後日報国際部' is a desk. Disaster abroad: relevant."))
    w = d(2009, 9, 29, 18, 0, 0, 9)
    add(411, "フィリピン台風、マニラで死者２４０人に", w, "越後日報国際部",
        "【マニラ共同】台風１６号による洪水で、フィリピン政府は２９日、死者が２４０人に達したと発表した。日本政府は緊急援助物資の供与を決めた。",
        lambda k: it(k, "フィリピン台風、マニラで死者２４０人に", w, [], junk=["【マニラ共同】"], note="Disaster abroad and Japan's aid: relevant."))
    w = d(2009, 9, 28, 18, 0, 0, 9)
    add(410, "新政権の対米外交、普天間移設が試金石に", w, "本間雅之",
        "新政権発足後初の日米首脳会談を終え、沖縄の普天間飛行場移設問題が日米関係の試金石となっている。国際政治学者で北越大学教授の高野恵理子氏は「同盟の中身を問い直すこと自体は悪くないが、時間をかけ過ぎれば信頼を失う」と話した。",
        lambda k: it(k, "新政権の対米外交、普天間移設が試金石に", w, ["本間雅之"], quotes=[q("高野恵理子", "北越大学")],
                     note="Japan's own foreign policy (the alliance with the US): relevant. Heads of government appear only as a setting. The speaker's role and body come before the name ('北越大学教授の高野恵理子氏'); the honorific '氏' is not part of the name."))
    w = d(2009, 9, 27, 18, 0, 0, 9)
    add(409, "新潟出身の留学生、ロンドンで日本食の店開く", w, "小林沙織",
        "新潟市出身でロンドンに留学中の渡辺健太さん（２６）が、市内に新潟のおにぎりを出す店を開いた。「コシヒカリの味を知ってもらいたい」と話している。",
        lambda k: it(k, "新潟出身の留学生、ロンドンで日本食の店開く", w, ["小林沙織"], rel=False, quotes=[q("渡辺健太")],
                     note="A local person abroad: home human interest, not relevant. The age in brackets is no affiliation."))
    w = d(2009, 9, 26, 18, 0, 0, 9)
    add(408, "新潟市、来年度から中心市街地に路線バス専用レーン", w, "小林沙織",
        "新潟市は２６日、来年度から古町・万代地区に路線バス専用レーンを設ける方針を明らかにした。",
        lambda k: it(k, "新潟市、来年度から中心市街地に路線バス専用レーン", w, ["小林沙織"], rel=False, note="City news: not relevant."))
    w = d(2009, 9, 25, 12, 0, 0, 9)
    add(407, "【お知らせ】メールマガジン配信システム変更のお知らせ", w, None,
        "１０月１日から配信システムを変更します。登録の変更は不要です。配信停止は下記のページから手続きしてください。",
        lambda k: it(k, "メールマガジン配信システム変更のお知らせ", w, [], story=False, rel=False,
                     note="Subscription notice: not a story. Title label '【お知らせ】' may be kept or dropped."))
    text = ('<?xml version="1.0" encoding="ISO-2022-JP"?>\n<rdf:RDF\n xmlns="http://purl.org/rss/1.0/"\n xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n xmlns:dc="http://purl.org/dc/elements/1.1/"\n xml:lang="ja">\n'
            f'<channel rdf:about="{base}/kokusai/index.rdf">\n<title>越後日報 国際ニュース メールマガジン</title>\n<link>{base}/kokusai/</link>\n<description>越後日報が毎夕お届けする国際ニュースのバックナンバー</description>\n<dc:language>ja</dc:language>\n<dc:publisher>越後日報社</dc:publisher>\n'
            '<items>\n<rdf:Seq>\n' + "\n".join(lis) + "\n</rdf:Seq>\n</items>\n</channel>\n" + "\n".join(rows) + "\n</rdf:RDF>\n")
    return feed("ja_echigonippo_kokusai_mm_iso2022jp_textxml.rdf", text, items, lang="ja", outlet="越後日報", aliases=["越後日報 国際ニュース メールマガジン", "Echigo Nippo"],
                shape="rss1-rdf", encoding="iso-2022-jp", declared="ISO-2022-JP", ctype="text/xml", acceptable=("decoded", "refused"),
                structure="Niigata daily's evening international-news mail magazine, its web back-number archive as RSS 1.0 generated by a Perl script straight from the mail spool (September 2009): the bytes are ISO-2022-JP as in the e-mails (7-bit, ESC $ B / ESC ( B shifts, full-width digits), the prolog says encoding=\"ISO-2022-JP\" and the server sends a bare 'Content-Type: text/xml' without charset; rdf:RDF with xml:lang 'ja', channel title naming the mail magazine, dc:publisher '越後日報社', the rdf:Seq table of contents, items with rdf:about = link, plain-text descriptions with 【City共同】 agency datelines and 「…」 quotes, dc:creator with a reporter, the desk '越後日報国際部' or absent, dc:date with +09:00, a subscription-system notice",
                notes="TRAP: every byte is ASCII, so a decoder that trusts ASCII-looking bytes (or RFC 3023's us-ascii default for text/xml without charset) shows '$B…(B' garbage; only the prolog says what the bytes are. Decoding as ISO-2022-JP is correct; a one-line refusal is acceptable. The outlet is the newspaper (越後日報); the mail magazine's full title is also acceptable.")


FEEDS = [vorskla, echigo]
