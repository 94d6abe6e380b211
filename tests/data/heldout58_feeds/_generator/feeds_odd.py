# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The tech, science and trap feeds of the fifty-eighth held-out set: a cloud-security news site
(Atom from jekyll-feed), a Tromsø polar research institute (TYPO3 news), an Italian-language news
site in Koper written in ISO-8859-16, and the Urdu service of a Kunming broadcaster written in
GB18030. All outlets, people and quotations are invented."""
from h58 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- cloud-security news site, jekyll-feed Atom (2026)
def blastradius():
    base = "https://blastradius.example"
    ents, items = [], []

    def add(path, title, pub, upd, author, cats, summary, content, exp):
        link = f"{base}{path}"
        au = f"<author><name>{esc(author)}</name></author>" if author else ""
        ents.append(f'<entry><title type="html">{esc(title)}</title><link href="{link}" rel="alternate" type="text/html" title="{esc(title)}" /><published>{pub.isoformat()}</published>'
                    f'<updated>{upd.isoformat()}</updated><id>{link}</id><content type="html" xml:base="{link}">{esc(content)}</content>{au}'
                    + "".join(f'<category term="{c}" />' for c in cats) + f'<summary type="html">{esc(summary)}</summary></entry>')
        items.append(exp(link))

    w = d(2026, 1, 29, 14, 0, 0, 0)
    add("/2026/01/29/five-eyes-advisory-cloud-tenant-intrusions/", "Five Eyes agencies blame state-backed group for cloud tenant intrusions at ministries", w, d(2026, 1, 30, 9, 12, 0, 0), "Priyanka Raghunathan", ["advisories", "nation-state"],
        "A joint advisory from five governments attributes intrusions at foreign ministries to a state-backed group abusing OAuth apps.",
        "<p>Cybersecurity agencies from the US, UK, Canada, Australia and New Zealand published a joint advisory on Thursday attributing a year-long campaign against the cloud tenants of foreign ministries and defence contractors to a state-backed group.</p>"
        "<p>The attackers registered malicious OAuth applications and used them to keep access to mailboxes after passwords were reset.</p>"
        "<p>“If you have not reviewed the consented apps in your tenant this quarter, you are trusting every click your users made in 2024,” said Moana Tuilagi, technical director at New Zealand’s National Cyber Security Centre.</p>"
        "<p><em>Update, Jan. 30: Added the list of indicators published by the Canadian Centre for Cyber Security.</em></p>",
        lambda k: it(k, "Five Eyes agencies blame state-backed group for cloud tenant intrusions at ministries", w, ["Priyanka Raghunathan"], quotes=[q("Moana Tuilagi", "National Cyber Security Centre")],
                     junk=["Update, Jan. 30"], note="A joint attribution by five governments of state espionage: relevant. published ≠ updated: the date is 'published'. The update note is junk."))
    w = d(2026, 1, 28, 16, 30, 0, 0)
    add("/2026/01/28/eu-cloud-certification-sovereignty-vote/", "EU member states back cloud certification scheme with sovereignty tier", w, w, "Jonas Wetterberg",
        ["policy", "eu"],
        "Member states approved the EUCS scheme with a 'high+' level that excludes providers under non-EU jurisdiction.",
        "<p>EU member states approved the long-delayed cybersecurity certification scheme for cloud services (EUCS) on Wednesday, including a 'high+' level that requires providers to be immune from non-EU laws.</p>"
        "<p>US officials had lobbied against the tier, arguing it would breach trade commitments.</p>"
        "<p>“This is a data-sovereignty rule dressed as a security rule,” said Hallie Brenneman, vice president for Europe at the Cloud Services Trade Council.</p>",
        lambda k: it(k, "EU member states back cloud certification scheme with sovereignty tier", w, ["Jonas Wetterberg"], quotes=[q("Hallie Brenneman", "Cloud Services Trade Council")],
                     note="An EU decision contested by the US government as a trade matter: relevant (world-affairs weight)."))
    w = d(2026, 1, 27, 11, 15, 0, 0)
    add("/2026/01/27/iam-proxy-auth-bypass-cve-2026-1187/", "Auth bypass in popular identity-aware proxy lets attackers skip MFA", w, w, "Priyanka Raghunathan", ["vulnerabilities"],
        "CVE-2026-1187 affects versions before 4.2.3.",
        "<p>A flaw in a widely used open-source identity-aware proxy lets attackers bypass multi-factor checks by sending a crafted header, researchers said.</p>"
        "<p>“Anyone who puts this proxy in front of an admin panel should patch today,” said Tomasz Wierzbicki, the researcher who found the bug.</p>",
        lambda k: it(k, "Auth bypass in popular identity-aware proxy lets attackers skip MFA", w, ["Priyanka Raghunathan"], rel=False, quotes=[q("Tomasz Wierzbicki")],
                     note="Vulnerability news: not relevant. The speaker is described only as 'the researcher who found the bug': no affiliation."))
    w = d(2026, 1, 26, 13, 0, 0, 0)
    add("/2026/01/26/posture-startup-series-b/", "Cloud posture startup Skyhatch raises $48 million", w, w, "Jonas Wetterberg", ["funding"],
        "The Series B round was led by Lindqvist Ventures.",
        "<p>Skyhatch, which scans cloud accounts for misconfigurations, has raised $48 million in a Series B round.</p>",
        lambda k: it(k, "Cloud posture startup Skyhatch raises $48 million", w, ["Jonas Wetterberg"], rel=False, note="Funding news: not relevant."))
    w = d(2026, 1, 23, 9, 0, 0, 0)
    add("/2026/01/23/webinar-detecting-oauth-abuse/", "Webinar: Detecting OAuth app abuse in your tenant (Feb. 12)", w, w, None, ["events"],
        "Join us live on Feb. 12. Register now.",
        "<p>Join us live on Feb. 12 at 17:00 UTC. <a href=\"https://blastradius.example/webinars/\">Register now</a>. Sponsored by Keelwatch.</p>",
        lambda k: it(k, "Webinar: Detecting OAuth app abuse in your tenant (Feb. 12)", w, [], story=False, rel=False,
                     note="Sponsored webinar promotion: not a story. The entry has no author of its own, so Atom gives it the feed's author: ['Dana Whitfield-Okoro'] is also correct."))
    w = d(2026, 1, 22, 8, 0, 0, 0)
    add("/2026/01/22/this-week-in-cloud-security-112/", "This Week in Cloud Security #112", w, w, "Dana Whitfield-Okoro", ["newsletter"],
        "Leaked tokens, a sovereignty fight and five things to patch.",
        "<ul><li>Leaked CI tokens in public images</li><li>The EUCS fight moves to the Council</li><li>Five things to patch this week</li></ul><p>Forward this to a colleague.</p>",
        lambda k: it(k, "This Week in Cloud Security #112", w, ["Dana Whitfield-Okoro"], story=False, rel=False, note="Weekly link roundup newsletter: not a story."))
    text = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" ><generator uri="https://jekyllrb.com/" version="4.3.4">Jekyll</generator>'
            f'<link href="{base}/feed.xml" rel="self" type="application/atom+xml" /><link href="{base}/" rel="alternate" type="text/html" /><updated>{d(2026, 1, 30, 9, 12, 40, 0).isoformat()}</updated>'
            f'<id>{base}/feed.xml</id><title type="html">Blast Radius</title><subtitle>News and analysis on cloud security, identity and the policy around them.</subtitle>'
            "<author><name>Dana Whitfield-Okoro</name></author>" + "".join(ents) + "</feed>")
    return feed("en_tech_blastradius_feed_jekyll.atom.xml", text, items, lang="en", outlet="Blast Radius", shape="atom", topic="tech",
                ctype="application/atom+xml; charset=utf-8",
                structure="Cloud-security news site's Atom feed from jekyll-feed on Jekyll 4.3 (January 2026): one line, generator element, feed-level author (the editor), title type html, entries with link title attributes, published and updated (one later update), permalink ids, escaped HTML content with xml:base, a per-entry author (missing on the sponsored webinar, which inherits the feed author), category terms and a summary after the content, +00:00 dates")


# ---------------------------------------------------------------- polar research institute, TYPO3 EXT:news (2025)
def nordkalott():
    base = "https://www.nordkalott-polar.example"
    rows, items = [], []

    def add(uid, slug, title, when, desc, body, exp, cat="News"):
        link = f"{base}/en/news/detail/{slug}"
        rows.append(f"\t\t\t<item>\n\t\t\t\t<guid isPermaLink=\"false\">news-{uid}</guid>\n\t\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t\t<title>{esc(title)}</title>\n\t\t\t\t<link>{link}</link>\n"
                    f"\t\t\t\t<description>{esc(desc)}</description>\n\t\t\t\t<content:encoded>{cd(body)}</content:encoded>\n\t\t\t\t<category>{cat}</category>\n\t\t\t</item>")
        items.append(exp(f"news-{uid}"))

    w = d(2025, 9, 24, 13, 0, 0, 2)
    add(1893, "arctic-council-working-groups-resume-project-level-work", "Arctic Council working groups resume project-level work with all eight states", w,
        "Institute scientists welcome the return of joint monitoring under the Arctic Council.",
        "<p>The Arctic Council's working groups have resumed project-level work involving all eight Arctic states, after the Council's chair confirmed the arrangement at a meeting of senior Arctic officials in Tromsø.</p>"
        "<p>\"Permafrost and sea ice do not stop at borders, and neither can the monitoring,\" said Dr Ingrid Haugland-Sæther, research director at the Nordkalott Polar Institute, who leads the institute's work in the Arctic Monitoring and Assessment Programme.</p>"
        "<p><strong>Contact:</strong> press@nordkalott-polar.example, +47 77 00 00 00</p>",
        lambda k: it(k, "Arctic Council working groups resume project-level work with all eight states", w, [], quotes=[q("Ingrid Haugland-Sæther", "Nordkalott Polar Institute")],
                     junk=["press@nordkalott-polar.example", "Contact:"],
                     note="An intergovernmental forum's decision: relevant (world-affairs weight). TYPO3 news gives no author: []. The contact block is junk."))
    w = d(2025, 9, 22, 10, 0, 0, 2)
    add(1888, "barents-sea-winter-ice-lowest-since-records-began", "Barents Sea winter ice lowest since records began, study finds", w,
        "New satellite analysis shows winter ice cover shrank by 40 percent over two decades.",
        "<p>Winter sea ice in the Barents Sea reached its lowest extent since satellite records began, according to a study in the Journal of Polar Oceanography led by institute researchers.</p>"
        "<p>\"The Atlantic water is now reaching places it never reached in winter,\" said Dr Erlend Mathisen-Kvalvik, who led the study.</p>",
        lambda k: it(k, "Barents Sea winter ice lowest since records began, study finds", w, [], rel=False, quotes=[q("Erlend Mathisen-Kvalvik")],
                     note="Climate research result: not relevant. The speaker is described only as 'who led the study': no affiliation ('Nordkalott Polar Institute' from the context is also acceptable)."))
    w = d(2025, 9, 19, 15, 30, 0, 2)
    add(1881, "new-svalbard-rules-foreign-research-stations-ny-alesund", "What Norway's new Svalbard research regulations mean for foreign stations", w,
        "The government's new rules require Norwegian approval for new research infrastructure in Ny-Ålesund.",
        "<p>The Norwegian government has adopted new regulations that require its approval for any new research infrastructure in Ny-Ålesund, where eleven countries run stations.</p>"
        "<p>Several partner countries have asked how the rules fit with the Svalbard Treaty's principle of equal access.</p>"
        "<p>\"Our partners will keep working here exactly as before; what changes is the planning process,\" said Kristoffer Nygaard-Lund, head of the institute's Svalbard office.</p>",
        lambda k: it(k, "What Norway's new Svalbard research regulations mean for foreign stations", w, [], quotes=[q("Kristoffer Nygaard-Lund", "the institute's Svalbard office")],
                     note="Norway's Svalbard policy and the treaty rights of foreign states: relevant. 'head of the institute's Svalbard office': the text names no institute, so the body in the text's words is the affiliation (as set 54's correction 'head of polar research' on a research body's own feed)."))
    w = d(2025, 9, 17, 9, 0, 0, 2)
    add(1876, "rv-polarlys-leaves-for-fram-strait-expedition", "RV Polarlys leaves for Fram Strait expedition", w,
        "Thirty scientists from Norway, Germany and Japan are on board.",
        "<p>The research vessel Polarlys left Tromsø on Tuesday for a five-week expedition to the Fram Strait with thirty scientists from Norway, Germany and Japan.</p>",
        lambda k: it(k, "RV Polarlys leaves for Fram Strait expedition", w, [], rel=False, note="Institute expedition news with foreign partners: a story, not relevant."))
    w = d(2025, 9, 15, 8, 0, 0, 2)
    add(1870, "vacancy-phd-sea-ice-modelling", "Vacancy: PhD candidate in sea-ice modelling", w,
        "Application deadline 15 October 2025.",
        "<p>The institute is seeking a PhD candidate in sea-ice modelling. Application deadline 15 October 2025.</p>",
        lambda k: it(k, "PhD candidate in sea-ice modelling", w, [], story=False, rel=False,
                     note="Job vacancy: not a story. Title label 'Vacancy:' may be kept or dropped."), cat="Vacancies")
    w = d(2025, 9, 12, 12, 0, 0, 2)
    add(1866, "public-lecture-polar-night-science-cafe", "Science café: Life in the polar night", w,
        "Public lecture at the Polaria auditorium, 2 October, 19:00. Free entry.",
        "<p>Public lecture at the Polaria auditorium, 2 October at 19:00. Free entry, no registration needed.</p>",
        lambda k: it(k, "Science café: Life in the polar night", w, [], story=False, rel=False, note="Public event: not a story."), cat="Events")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            f'\t\t<title>News</title>\n\t\t<link>{base}/en/</link>\n\t\t<description>News from the Nordkalott Polar Institute, Tromsø</description>\n\t\t<language>en-GB</language>\n'
            f'\t\t<copyright>Nordkalott Polar Institute</copyright>\n\t\t<pubDate>{rfc822(d(2025, 9, 24, 13, 5, 0, 2))}</pubDate>\n\t\t<lastBuildDate>{rfc822(d(2025, 9, 24, 13, 5, 0, 2))}</lastBuildDate>\n'
            f'\t\t<atom:link href="{base}/en/rss.xml" rel="self" type="application/rss+xml" />\n\t\t<generator>TYPO3 EXT:news</generator>\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_science_nordkalottpolar_news_typo3.rss.xml", text, items, lang="en", outlet="Nordkalott Polar Institute", topic="science",
                ctype="application/rss+xml; charset=utf-8",
                structure="Tromsø polar research institute's English news RSS from TYPO3 with EXT:news (September 2025): channel titled only 'News', institute copyright, generator 'TYPO3 EXT:news', guid 'news-<uid>' before pubDate and title (the extension's order), no author element, escaped teaser descriptions, CDATA content:encoded with a bold 'Contact:' block, categories 'News', 'Vacancies', 'Events', +0200 dates")


# ---------------------------------------------------------------- TRAP: Koper Italian-language site in ISO-8859-16 (2025)
def ecocapodistria():
    base = "https://www.ecodicapodistria.example"
    rows, items = [], []

    def add(aid, title, when, author, desc, exp):
        link = f"{base}/notizie/{aid}"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{link}</link>\n  <description>{esc(desc)}</description>\n  <author>{esc(author)}</author>\n"
                    f"  <pubDate>{rfc822(when)}</pubDate>\n  <guid>{link}</guid>\n</item>")
        items.append(exp(link))

    w = d(2025, 10, 15, 17, 30, 0, 2)
    add(24518, "Controlli al confine: Roma proroga, Lubiana protesta", w, "redazione@ecodicapodistria.example (Nataša Kocjančič)",
        "<p>L'Italia ha prorogato di altri sei mesi i controlli al confine con la Slovenia. Il governo di Lubiana ha convocato l'ambasciatore italiano.</p>"
        "<p>«Schengen non può diventare un'eccezione permanente», ha dichiarato il ministro dell'Interno sloveno, Matej Žužek, in visita al valico di Škofije.</p>",
        lambda k: it(k, "Controlli al confine: Roma proroga, Lubiana protesta", w, ["Nataša Kocjančič"], quotes=[q("Matej Žužek", "ministro dell'Interno sloveno")],
                     note="Bytes in ISO-8859-16 (š at 0xA8, ž at 0xB8, č at 0xB9, Č at 0xB2): read as Latin-1 the names come out wrong. Slovenia's diplomatic protest to Italy: relevant from the outlet's home, Slovenia."))
    w = d(2025, 10, 15, 11, 0, 0, 2)
    add(24509, "Luka Koper, nuovo record di container a settembre", w, "redazione@ecodicapodistria.example (Redazione)",
        "<p>Il porto di Capodistria ha movimentato 118.000 container a settembre, il dato mensile più alto di sempre. Il nuovo molo sarà pronto nel 2027 e costerà 140 milioni di €.</p>",
        lambda k: it(k, "Luka Koper, nuovo record di container a settembre", w, [], rel=False, note="Home business news: not relevant. 'Redazione' is no person. The euro sign is 0xA4 in ISO-8859-16 (a currency sign ¤ in Latin-1)."))
    w = d(2025, 10, 14, 19, 15, 0, 2)
    add(24497, "Comunità autogestita costiera: eletto il nuovo presidente", w, "redazione@ecodicapodistria.example (Fulvio Šuligoj)",
        "<p>Il consiglio della Comunità autogestita costiera della nazionalità italiana ha eletto presidente Alessandra Kovačič-Benčić.</p>"
        "<p>«Difenderemo il bilinguismo in ogni ufficio pubblico», ha detto la neoeletta.</p>",
        lambda k: it(k, "Comunità autogestita costiera: eletto il nuovo presidente", w, ["Fulvio Šuligoj"], rel=False, quotes=[q("Alessandra Kovačič-Benčić", "Comunità autogestita costiera della nazionalità italiana")],
                     note="Minority self-government in Slovenia: home politics, not relevant. The quote names the speaker by role ('la neoeletta') after she is named in the previous paragraph."))
    w = d(2025, 10, 14, 13, 40, 0, 2)
    add(24488, "Rotta balcanica, fermati sei passeur tra Croazia e Slovenia", w, "redazione@ecodicapodistria.example (Nataša Kocjančič e Dario Marković)",
        "<p>Un'operazione congiunta delle polizie slovena e croata ha portato al fermo di sei passeur. Tra loro un cittadino bosniaco e due croati di Đakovo.</p>"
        "<p>«La collaborazione con Zagabria ora funziona ogni giorno», ha detto il comandante Tomaž Ćosić della polizia di Capodistria.</p>",
        lambda k: it(k, "Rotta balcanica, fermati sei passeur tra Croazia e Slovenia", w, ["Nataša Kocjančič", "Dario Marković"], quotes=[q("Tomaž Ćosić", "polizia di Capodistria")],
                     note="'e-mail (A e B)': two people. Cross-border police cooperation on the Balkan migration route: relevant. Ć and Đ are in ISO-8859-16 (0xC5, 0xD0) but not in Latin-1."))
    w = d(2025, 10, 13, 18, 0, 0, 2)
    add(24470, "La Slovenia chiude la presidenza del Consiglio di sicurezza: «Gaza e Ucraina al centro»", w, "redazione@ecodicapodistria.example (Redazione Esteri)",
        "<p>La Slovenia ha concluso il suo ultimo mese alla presidenza del Consiglio di sicurezza dell'ONU.</p>"
        "<p>«Abbiamo portato in Consiglio la voce dei civili di Gaza e dell'Ucraina», ha detto l'ambasciatrice Tanja Čeh-Vidmar, rappresentante permanente a New York.</p>",
        lambda k: it(k, "La Slovenia chiude la presidenza del Consiglio di sicurezza: «Gaza e Ucraina al centro»", w, [], quotes=[q("Tanja Čeh-Vidmar", "rappresentante permanente a New York")],
                     note="'Redazione Esteri' is a desk: []. Slovenia at the UN Security Council: relevant. The affiliation is her role ('ambasciatrice' also acceptable)."))
    w = d(2025, 10, 13, 9, 0, 0, 2)
    add(24461, "Teatro, «Il ritorno» apre la stagione del Dramma italiano", w, "redazione@ecodicapodistria.example (Redazione)",
        "<p>Sabato alle 20, Teatro di Capodistria. Biglietti a 12 €, ridotti 8 €.</p>",
        lambda k: it(k, "Teatro, «Il ritorno» apre la stagione del Dramma italiano", w, [], story=False, rel=False, note="Event listing: not a story."))
    text = ('<?xml version="1.0" encoding="ISO-8859-16"?>\n<rss version="2.0">\n<channel>\n  <title>L\'Eco di Capodistria</title>\n'
            f"  <link>{base}/</link>\n  <description>Quotidiano online della comunità italiana del Litorale sloveno</description>\n  <language>it-si</language>\n"
            f"  <copyright>© 2025 L'Eco di Capodistria - tutti i diritti riservati</copyright>\n  <lastBuildDate>{rfc822(d(2025, 10, 15, 17, 35, 0, 2))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_si_ecodicapodistria_notizie_iso885916.rss.xml", text, items, lang="it", outlet="L'Eco di Capodistria", aliases=["Eco di Capodistria", "L’Eco di Capodistria"],
                encoding="iso-8859-16", declared="iso-8859-16", ctype="application/rss+xml; charset=ISO-8859-16",
                structure="Italian-language news site of the Italian community in Koper/Capodistria, Slovenia, from a custom PHP CMS (October 2025) that writes ISO-8859-16 (Latin-10, the South-Eastern European code page that covers Italian and Slovene/Croatian letters and the euro sign): prolog and HTTP header both say ISO-8859-16 correctly; the bytes differ from Latin-1 on š ž č Č Ć Đ (0xA8 0xB8 0xB9 0xB2 0xC5 0xD0), on € (0xA4) and « » stay at 0xAB 0xBB; straight apostrophes (the code page has no ’); plain RSS 2.0, language it-si, <author> in the 'e-mail (Name)' form with a person, 'A e B', 'Redazione' or 'Redazione Esteri', escaped <p> descriptions, permalink guids, +0200 dates. A one-line refusal is acceptable; decoding right is better",
                acceptable=("decoded", "refused"))


# ---------------------------------------------------------------- TRAP: Kunming broadcaster's Urdu service in GB18030 (2026)
def kunmingurdu():
    base = "http://urdu.kunmingbroadcast.example"
    rows, items = [], []

    def add(cid, title, when, editor, desc, exp, sec="gj"):
        link = f"{base}/{sec}/{when:%Y%m}/t{when:%Y%m%d}_{cid}.html"
        rows.append(f"<item>\r\n<title><![CDATA[{title}]]></title>\r\n<link>{link}</link>\r\n<description><![CDATA[{desc}<p>责任编辑：{editor}</p>]]></description>\r\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\r\n<author><![CDATA[{editor}]]></author>\r\n<guid>{link}</guid>\r\n</item>")
        items.append(exp(link))

    w = d(2026, 3, 18, 16, 20, 0, 8)
    add(4176223, "کنمنگ اور اسلام آباد کے درمیان براہ راست پروازوں کا آغاز", w, "李娜",
        "<p>کنمنگ اور اسلام آباد کے درمیان ہفتے میں تین براہ راست پروازوں کا آغاز ہو گیا ہے۔ پہلی پرواز میں 180 مسافر سوار تھے۔</p>"
        "<p>چینگدو میں پاکستان کے قونصل جنرل فیصل رحمان صدیقی نے کہا: ”یہ پروازیں تجارت اور طلبہ دونوں کے لیے نئے دروازے کھولیں گی۔“</p>",
        lambda k: it(k, "کنمنگ اور اسلام آباد کے درمیان براہ راست پروازوں کا آغاز", w, [], quotes=[q("فیصل رحمان صدیقی", "قونصل جنرل")], junk=["责任编辑"],
                     note="Every Urdu letter is a four-byte GB18030 sequence (Urdu is outside GBK): a decoder that tries GBK or GB2312 fails or garbles them. The <author> and the closing '责任编辑：Name' line name the responsible web editor (Chinese CMS convention), not the writer: []; the line is junk. China–Pakistan air link: relevant (the outlet's home is China; relevant too from its Pakistani audience's country, the reading sets 55 and 57 used for international broadcasters' Urdu services). The consul general's role over the country before the name: 'قونصل جنرل' (or 'پاکستان') is the affiliation."))
    w = d(2026, 3, 18, 10, 5, 0, 8)
    add(4176198, "چین جنوبی ایشیا ایکسپو: پاکستانی کمپنیوں کے 60 اسٹال", w, "王磊",
        "<p>کنمنگ میں شروع ہونے والی چین جنوبی ایشیا ایکسپو میں پاکستان کی 60 کمپنیاں شریک ہیں، جن میں زیادہ تر ٹیکسٹائل اور قیمتی پتھروں کا کاروبار کرتی ہیں۔</p>"
        "<p>پاکستانی تاجر عائشہ نورین نے کہا کہ ”یہاں ہمیں وہ خریدار ملتے ہیں جو کراچی تک کبھی نہیں آتے۔“</p>",
        lambda k: it(k, "چین جنوبی ایشیا ایکسپو: پاکستانی کمپنیوں کے 60 اسٹال", w, [], quotes=[q("عائشہ نورین")], junk=["责任编辑"],
                     note="An international trade fair between China and South Asia: relevant. The trader has no affiliation."))
    w = d(2026, 3, 17, 20, 30, 0, 8)
    add(4176150, "میانمار: کنمنگ میں فوج اور شمالی مسلح گروہوں کے درمیان مذاکرات کا نیا دور", w, "李娜",
        "<p>چین کی ثالثی میں میانمار کی فوج اور شمالی ریاست شان کے مسلح گروہوں کے درمیان مذاکرات کا نیا دور کنمنگ میں شروع ہو گیا۔</p>"
        "<p>چینی وزارت خارجہ کی ترجمان نے کہا کہ چین سرحدی علاقوں میں امن کی حمایت کرتا ہے۔</p>",
        lambda k: it(k, "میانمار: کنمنگ میں فوج اور شمالی مسلح گروہوں کے درمیان مذاکرات کا نیا دور", w, [], junk=["责任编辑"],
                     note="Myanmar peace talks mediated by China: relevant. The spokeswoman is unnamed and reported: no quote."))
    w = d(2026, 3, 17, 11, 0, 0, 8)
    add(4176102, "دیانچی جھیل کی صفائی کا نیا مرحلہ مکمل", w, "赵敏",
        "<p>کنمنگ کی دیانچی جھیل کے پانی کا معیار مسلسل تیسرے سال بہتر ہوا ہے۔</p>",
        lambda k: it(k, "دیانچی جھیل کی صفائی کا نیا مرحلہ مکمل", w, [], rel=False, junk=["责任编辑"], note="Provincial environment news of the outlet's home city: not relevant (from the Pakistani audience's country it is a foreign city's environment news with no cross-border side: not relevant either).", ), sec="yn")
    w = d(2026, 3, 16, 15, 0, 0, 8)
    add(4176055, "ویڈیو: کنمنگ کی پھولوں کی منڈی میں بہار", w, "王磊",
        "<p>دیکھیے ایشیا کی سب سے بڑی پھولوں کی منڈی کی رونق۔</p>",
        lambda k: it(k, "کنمنگ کی پھولوں کی منڈی میں بہار", w, [], story=False, rel=False, junk=["责任编辑"],
                     note="Video: not a story. Title label 'ویڈیو:' may be kept or dropped."), sec="sp")
    w = d(2026, 3, 16, 9, 30, 0, 8)
    add(4176010, "سامعین کے لیے کوئز: جیتیے یوننان کا سفر", w, "赵敏",
        "<p>ہمارے اردو پروگرام کے سامعین کے لیے نیا کوئز۔ جوابات 30 اپریل تک بھیجیں۔</p>",
        lambda k: it(k, "سامعین کے لیے کوئز: جیتیے یوننان کا سفر", w, [], story=False, rel=False, junk=["责任编辑"], note="Listeners' competition: not a story."), sec="hd")
    text = ('<?xml version="1.0" encoding="gb18030"?>\r\n<rss version="2.0">\r\n<channel>\r\n<title><![CDATA[بین الاقوامی]]></title>\r\n'
            f"<link>{base}/gj/</link>\r\n<description><![CDATA[کنمنگ ریڈیو اردو سروس]]></description>\r\n<language>ur</language>\r\n"
            "<copyright><![CDATA[Copyright © 2026 Kunming Broadcasting Station. All Rights Reserved. 滇ICP备05000000号]]></copyright>\r\n"
            f"<pubDate>{rfc822(d(2026, 3, 18, 16, 25, 0, 8))}</pubDate>\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("ur_cn_kunmingurdu_guoji_gb18030.rss.xml", text, items, lang="ur", outlet="کنمنگ ریڈیو اردو سروس", aliases=["Kunming Radio Urdu Service", "کنمنگ ریڈیو", "Kunming Broadcasting Station"],
                encoding="gb18030", declared="gb18030", ctype="text/xml; charset=GB18030",
                structure="Urdu service of a Kunming (Yunnan) broadcaster, international page's RSS from a TRS WCM-style Chinese CMS (March 2026): the whole document in GB18030 as the CMS writes every site, declared gb18030 in the prolog and GB18030 in the header; ASCII is single bytes but every Urdu letter is a four-byte sequence (Arabic script is outside GBK), the Chinese editor names two bytes each; CRLF line ends, section-only CDATA title 'بین الاقوامی' with the brand in the description, a copyright line with the ICP licence number, '/t<yyyymmdd>_<id>.html' links as guids, CDATA <author> holding the responsible editor's Chinese name and a '责任编辑：Name' line closing each description, +0800 RFC 822 pubDates. A one-line refusal is acceptable; decoding right is better",
                acceptable=("decoded", "refused"))


FEEDS = [blastradius, nordkalott, ecocapodistria, kunmingurdu]
