# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and encoding-trap feeds of the fifty-fifth held-out set: a US consumer tech
site's Atom feed, a UK popular-science weekly, a Seoul daily whose EUC-KR bytes sit under an
XML declaration saying UTF-8 (the HTTP header is right), and a Kharkiv news site whose
windows-1251 bytes are declared UTF-8 in both prolog and header. All outlets, people and
quotations are invented."""
from h55 import cd, d, esc, feed, isoz, it, newest_first, q, rfc822


# ---------------------------------------------------------------- US consumer tech site, Atom (Verge-style, WordPress VIP era)
def sprocket():
    base = "https://www.thesprocket.example"
    rows, items = [], []

    def add(pid, path, title, pub, upd, authors, cats, summary, content, exp):
        url = f"{base}/{path}"
        au = "".join(f"\n\t\t\t<author>\n\t\t\t\t<name>{esc(a)}</name>\n\t\t\t</author>" for a in authors)
        ct = "".join(f'\n\t\t\t<category scheme="{base}" term="{esc(c)}" />' for c in cats)
        rows.append(f"\t\t<entry>{au}\n\t\t\t<title type=\"html\"><![CDATA[{title}]]></title>\n\t\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{url}\" />\n"
                    f"\t\t\t<id>{base}/?p={pid}</id>\n\t\t\t<updated>{isoz(upd)}</updated>\n\t\t\t<published>{isoz(pub)}</published>{ct}\n"
                    f"\t\t\t<summary type=\"html\"><![CDATA[{summary}]]></summary>\n\t\t\t<content type=\"html\"><![CDATA[{content}]]></content>\n\t\t</entry>")
        items.append(exp(f"{base}/?p={pid}"))

    def fig(n, credit):
        return f'<figure><img alt="" data-caption="" data-portal-copyright="{credit}" data-has-syndication-rights="1" src="https://platform.thesprocket.example/wp-content/uploads/sites/2/2026/05/{n}.jpg?quality=90&#038;strip=all&#038;crop=0,0,100,100" /><figcaption>Image: {credit}</figcaption></figure>'

    p = d(2026, 5, 21, 13, 45, 10, -4)
    add(712455, "policy/712455/us-chip-export-rules-malaysia-thailand", "The US is tightening chip export rules again — this time for Malaysia and Thailand", p, d(2026, 5, 21, 14, 3, 22, -4),
        ["Elena Marchetti-Vogt"], ["AI", "News", "Policy", "Tech"],
        "Data centers in both countries will need licenses for top-end AI chips.",
        fig("chips", "Cath Virginia / The Sprocket") +
        "<p>The Commerce Department is adding Malaysia and Thailand to the list of countries where shipments of advanced AI accelerators need a license, according to a rule published on Thursday. Officials say Chinese companies have been renting capacity in data centers there to get around earlier limits.</p>"
        "<p>“We are closing a door that was left open by design,” said Marcus Delaney, an under secretary at the Commerce Department, in a call with reporters.</p>",
        lambda k: it(k, "The US is tightening chip export rules again — this time for Malaysia and Thailand", p, ["Elena Marchetti-Vogt"],
                     quotes=[q("Marcus Delaney", "Commerce Department")],
                     junk=["Image: Cath Virginia / The Sprocket"],
                     note="Atom entry: author, title type=html, id '?p=<id>', updated after published (the date is <published>), summary = the dek, content = figure + body. Export controls between states: relevant."))
    p = d(2026, 5, 21, 10, 0, 0, -4)
    add(712390, "phones/712390/lumen-orbit-3-rear-screen-hands-on", "Lumen’s Orbit 3 has a second screen on the back, and I kind of love it", p, p,
        ["Dev Raghunathan"], ["Hands-on", "Phones", "Reviews", "Tech"],
        "The tiny rear display is for selfies, notifications, and not much else.",
        fig("orbit3", "Dev Raghunathan / The Sprocket") + "<p>I have spent two days with the Orbit 3, and the rear screen is the first phone gimmick in years that I did not want to turn off.</p>",
        lambda k: it(k, "Lumen’s Orbit 3 has a second screen on the back, and I kind of love it", p, ["Dev Raghunathan"], rel=False,
                     junk=["Image: Dev Raghunathan / The Sprocket"], note="A product hands-on: a story, not relevant."))
    p = d(2026, 5, 20, 17, 30, 0, -4)
    add(712301, "deals/712301/best-memorial-day-tech-deals-2026", "The best Memorial Day tech deals you can still get", p, d(2026, 5, 21, 9, 12, 0, -4),
        ["Brandon Whitcombe", "Sheila Okonjo"], ["Deals", "Tech"],
        "Discounts on headphones, laptops, and smart home gear.",
        "<p>Memorial Day sales are winding down, but plenty of discounts are still live. If you buy something from a Sprocket link, we may earn a commission.</p>",
        lambda k: it(k, "The best Memorial Day tech deals you can still get", p, ["Brandon Whitcombe", "Sheila Okonjo"], story=False, rel=False,
                     note="A deals roundup with an affiliate disclosure: not a story."))
    p = d(2026, 5, 20, 11, 15, 0, -4)
    add(712244, "policy/712244/eu-dsa-fine-quarrel-social", "The EU just hit Quarrel Social with its first Digital Services Act fine", p, p,
        ["Mara Lindqvist"], ["EU", "Policy", "Social Media", "Tech"],
        "The fine is 2 percent of global turnover.",
        "<p>The European Commission fined Quarrel Social €310 million on Wednesday for failing to give researchers access to its data, the first penalty under the Digital Services Act.</p>",
        lambda k: it(k, "The EU just hit Quarrel Social with its first Digital Services Act fine", p, ["Mara Lindqvist"], rel=False,
                     note="EU regulation of one company: a story, not relevant (set convention)."))
    p = d(2026, 5, 19, 21, 40, 0, -4)
    add(712180, "news/712180/taiwan-undersea-cable-cut-matsu-vessel", "Taiwan says a Chinese-crewed ship cut another undersea internet cable", p, d(2026, 5, 19, 23, 2, 0, -4),
        ["Mara Lindqvist", "Theo Okafor"], ["Internet", "News", "Policy", "Tech"],
        "It’s the third cable to the Matsu islands damaged this year.",
        "<p>Taiwan’s coast guard says it detained a cargo ship with a Chinese crew after one of the two cables linking the main island with Matsu went dark on Tuesday.</p>"
        "<p>“The anchor was dragged for 11 kilometers. That is not an accident,” said Lin Yu-ting, a spokesperson for Taiwan’s Coast Guard Administration.</p>",
        lambda k: it(k, "Taiwan says a Chinese-crewed ship cut another undersea internet cable", p, ["Mara Lindqvist", "Theo Okafor"],
                     quotes=[q("Lin Yu-ting", "Coast Guard Administration")],
                     note="Two <author> elements. Suspected sabotage of cross-border infrastructure: relevant."))
    p = d(2026, 5, 19, 8, 0, 0, -4)
    add(712102, "podcasts/712102/sprocketcast-foldables-chip-rules", "Foldables are finally cheap, and chip rules get messier", p, p,
        ["Ivy Chen-Baptiste"], ["Podcasts", "The Sprocketcast", "Tech"],
        "On this episode of The Sprocketcast, we talk through the week in gadgets.",
        "<p>This week on The Sprocketcast, the crew talks foldables, export rules and the future of the headphone jack. Listen wherever you get podcasts.</p>",
        lambda k: it(k, "Foldables are finally cheap, and chip rules get messier", p, ["Ivy Chen-Baptiste"], story=False, rel=False,
                     note="A podcast episode (categories 'Podcasts'/'The Sprocketcast', /podcasts/ path, 'Listen wherever you get podcasts') whose title does not say so: not a story."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?><feed\n\txmlns="http://www.w3.org/2005/Atom"\n\txmlns:thr="http://purl.org/syndication/thread/1.0"\n\txml:lang="en-US"\n\t>\n'
            "\t<title type=\"text\">The Sprocket</title>\n\t<subtitle type=\"text\">The Sprocket covers gadgets, apps, and the people who make and regulate them.</subtitle>\n\n"
            f"\t<updated>{isoz(d(2026, 5, 21, 18, 3, 22))}</updated>\n\n\t<link rel=\"alternate\" type=\"text/html\" href=\"{base}\" />\n\t<id>{base}/rss/index.xml</id>\n"
            f"\t<link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/rss/index.xml\" />\n\n\t<icon>https://platform.thesprocket.example/wp-content/uploads/sites/2/2026/01/sprocket-icon.png?w=150&amp;h=150&amp;crop=1</icon>\n"
            + "\n".join(rows) + "\n\t</feed>\n")
    return feed("en_tech_thesprocket_index.atom.xml", text, items, lang="en", outlet="The Sprocket", shape="atom", topic="tech",
                ctype="application/atom+xml; charset=UTF-8",
                structure="US consumer tech site's main Atom feed (/rss/index.xml) from WordPress VIP, May 2026: WordPress's Atom template (the XML declaration glued to '<feed', tab indentation, xmlns:thr, xml:lang en-US); entries with one or two <author><name>, title type=html in CDATA, '?p=<id>' ids, updated later than published, category scheme/term tags ('Policy', 'Deals', 'Podcasts'), a summary dek and HTML content opening with a figure whose caption is the credit 'Image: Name / The Sprocket' (data-portal-copyright attribute too), '-04:00' dates; a deals roundup with an affiliate disclosure and a podcast episode whose title does not say so.",
                notes="Tech feed: relevant means world-affairs weight (export controls, suspected sabotage), not products or EU rules for one company.")


# ---------------------------------------------------------------- UK popular-science weekly
def fathom():
    base = "https://www.fathomweekly.example"
    rows, items = [], []
    utm = "?utm_campaign=RSS%7CFWFW&amp;utm_source=FWFW&amp;utm_medium=RSS&amp;utm_content=home"

    def add(num, slug, title, when, creator, standfirst, cats, exp, sect="article"):
        url = f"{base}/{sect}/{num}-{slug}/"
        by = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        ct = "".join(f"\n      <category>{esc(c)}</category>" for c in cats)
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}{utm}</link>\n      <description>{esc(standfirst)}</description>{ct}\n"
                    f"      <guid isPermaLink=\"false\">{num}</guid>{by}\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f'      <media:thumbnail url="https://images.fathomweekly.example/wp-content/uploads/2026/06/{num}-thumb.jpg?width=300" width="300" height="200"/>\n    </item>')
        items.append(exp(str(num)))

    w = d(2026, 6, 18, 17, 0, 0, 1)
    add(2519934, "antarctic-sea-ice-record-low-june", "Antarctic sea ice hits a record low for June", w, "Rowan Ashdown",
        "Satellite data show the ice around Antarctica covered 1.3 million square kilometres less than the previous June low, set in 2023", ["Environment", "Climate change"],
        lambda k: it(k, "Antarctic sea ice hits a record low for June", w, ["Rowan Ashdown"], rel=False, note="A measurement: a story, not relevant."))
    w = d(2026, 6, 18, 12, 30, 0, 1)
    add(2519870, "countries-agree-treaty-deep-sea-mining-moratorium", "Countries agree first binding treaty pausing deep-sea mining on the high seas", w, "Grace Wainwright-Obi",
        "After two years of talks in Kingston, 61 nations have signed a treaty that pauses commercial mining of the seabed beyond national waters for at least 15 years. “This is the first time states have agreed to leave a resource alone before anyone has extracted it,” says Ana Ribeiro-Hollis at the Oceans Law Centre in Lisbon",
        ["Environment", "Oceans", "Politics"],
        lambda k: it(k, "Countries agree first binding treaty pausing deep-sea mining on the high seas", w, ["Grace Wainwright-Obi"],
                     quotes=[q("Ana Ribeiro-Hollis", "Oceans Law Centre")],
                     note="Magazine style 'says X at Y': the affiliation is the body after 'at'. Standfirsts end without a full stop. Intergovernmental treaty: relevant."))
    w = d(2026, 6, 17, 19, 0, 0, 1)
    add(2519801, "bodies-clear-microplastics-faster", "Our bodies may clear microplastics faster than we thought", w, "Tobias Farrant",
        "A study of 40 volunteers found that most plastic particles passed through the gut within three days", ["Health", "Microplastics"],
        lambda k: it(k, "Our bodies may clear microplastics faster than we thought", w, ["Tobias Farrant"], rel=False, note="A single study: not relevant."))
    w = d(2026, 6, 17, 8, 0, 0, 1)
    add(2519777, "quick-quiz-312", "Fathom Weekly Quick Quiz #312", w, None,
        "Test your knowledge with 10 questions on this week’s science news", ["Quizzes"],
        lambda k: it(k, "Fathom Weekly Quick Quiz #312", w, [], story=False, rel=False, note="A quiz: not a story."))
    w = d(2026, 6, 16, 16, 20, 0, 1)
    add(2519702, "who-pathogen-sharing-annex-approved", "WHO members finally approve rules on sharing pathogen samples", w, "Grace Wainwright-Obi",
        "The annex to the pandemic agreement sets out how countries that share virus samples will get access to vaccines made from them", ["Health", "Pandemics", "Politics"],
        lambda k: it(k, "WHO members finally approve rules on sharing pathogen samples", w, ["Grace Wainwright-Obi"],
                     note="An intergovernmental agreement: relevant."))
    w = d(2026, 6, 16, 10, 5, 0, 1)
    add(2519655, "fast-radio-bursts-traced-dead-star", "Mysterious repeating radio bursts traced to a dead star in our galaxy", w, "Imogen Stroud",
        "A magnetar 30,000 light years away is the source of bursts that had puzzled astronomers for a decade. “We finally caught it in the act,” says Thandiwe Mokoena at the Karoo Radio Observatory",
        ["Space", "Astronomy"],
        lambda k: it(k, "Mysterious repeating radio bursts traced to a dead star in our galaxy", w, ["Imogen Stroud"], rel=False,
                     quotes=[q("Thandiwe Mokoena", "Karoo Radio Observatory")], note="Astronomy: not relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            f"    <title>Fathom Weekly - Home</title>\n    <link>{base}/</link>\n    <description>Science news and long reads from expert journalists, covering developments in science, technology, health and the environment.</description>\n"
            f'    <atom:link href="{base}/feed/home/" rel="self" type="application/rss+xml"/>\n    <language>en-gb</language>\n    <lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n'
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_science_fathomweekly_home.rss.xml", text, items, lang="en", outlet="Fathom Weekly", topic="science",
                ctype="application/rss+xml; charset=UTF-8",
                structure="UK popular-science weekly's home RSS (/feed/home/), June 2026: channel 'Fathom Weekly - Home'; items with links carrying long utm_ parameters ('RSS|FWFW'), a standfirst WITHOUT a final full stop as description (sometimes with a 'says X at Y' quote), subject categories, numeric article ids as guid (isPermaLink false), dc:creator with one reporter or none, '+0100' (BST) pubDates, media:thumbnail; a weekly quiz.",
                notes="Science feed: relevant means world-affairs weight (intergovernmental treaties), not single findings.")


# ---------------------------------------------------------------- TRAP: Seoul daily, EUC-KR bytes under encoding="UTF-8" (header says EUC-KR)
def hanbit():
    base = "http://www.hanbitilbo.example"
    rows, items = [], []

    def add(idx, title, when, author, desc, exp):
        url = f"{base}/news/articleView.html?idxno={idx}"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<description><![CDATA[{desc}]]></description>\n"
                    f"<author>{esc(author)}</author>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(2026, 1, 15, 17, 20, 0, 9)
    add(412530, "한·일 외교장관 도쿄서 회담…셔틀외교 복원 합의", w, "김지훈 기자",
        "한국과 일본 외교장관이 15일 도쿄에서 회담을 열고 양국 정상의 셔틀외교를 올해 상반기 안에 재개하기로 합의했다. 외교부 당국자는 \"실질적인 협력 분야를 넓히는 데 의견을 모았다\"고 말했다.",
        lambda k: it(k, "한·일 외교장관 도쿄서 회담…셔틀외교 복원 합의", w, ["김지훈"],
                     note="<author> '김지훈 기자' (name + 기자, 'reporter'): the person is 김지훈. The official is anonymous: no quote. No guid: the link is the key. Relevant."))
    w = d(2026, 1, 15, 14, 5, 0, 9)
    add(412511, "북한, 동해상으로 탄도미사일 발사", w, "박서연 기자",
        "북한이 15일 오전 동해상으로 단거리 탄도미사일 2발을 발사했다고 합동참모본부가 밝혔다. 올해 들어 두 번째 발사다.",
        lambda k: it(k, "북한, 동해상으로 탄도미사일 발사", w, ["박서연"], note="Inter-Korean security: relevant."))
    w = d(2026, 1, 15, 11, 40, 0, 9)
    add(412497, "서울 아파트값 상승폭 확대…강남 3구 주도", w, "이도윤 기자",
        "서울 아파트값 상승폭이 3주 연속 확대됐다. 한국부동산원에 따르면 강남 3구가 상승을 이끌었다.",
        lambda k: it(k, "서울 아파트값 상승폭 확대…강남 3구 주도", w, ["이도윤"], rel=False, note="Home property market: not relevant."))
    w = d(2026, 1, 15, 9, 0, 0, 9)
    add(412480, "[포토] 눈 덮인 광화문광장", w, "사진부",
        "15일 새벽 내린 눈으로 서울 광화문광장이 하얗게 덮여 있다.",
        lambda k: it(k, "[포토] 눈 덮인 광화문광장", w, [], story=False, rel=False,
                     note="A photo item ('[포토]', one caption sentence): not a story. '사진부' (photo desk) is no person."))
    w = d(2026, 1, 14, 21, 30, 0, 9)
    add(412455, "중국, 대만 주변서 대규모 군사훈련…\"통일 의지 과시\"", w, "김지훈 기자",
        "중국군이 14일 대만 주변 해역과 공역에서 대규모 합동훈련을 시작했다. 린수전 대만 국방부 대변인은 \"모든 움직임을 실시간으로 감시하고 있으며 도발에 단호히 대응할 것\"이라고 밝혔다.",
        lambda k: it(k, "중국, 대만 주변서 대규모 군사훈련…\"통일 의지 과시\"", w, ["김지훈"],
                     quotes=[q("린수전", "국방부")],
                     note="Quote with the role before the name ('대만 국방부 대변인 린수전'): affiliation the ministry (국방부, part of '대만 국방부'). The quoted phrase in the headline is a slogan with no speaker. Relevant."))
    w = d(2026, 1, 14, 18, 0, 0, 9)
    add(412430, "[사설] 한·일 셔틀외교, 이번엔 결실 맺어야", w, "한빛일보",
        "양국 외교장관이 셔틀외교 복원에 합의한 것은 환영할 일이다. 그러나 과거사 문제를 덮어둔 채 이뤄진 합의가 오래가지 못했다는 점을 잊어서는 안 된다.",
        lambda k: it(k, "[사설] 한·일 셔틀외교, 이번엔 결실 맺어야", w, [],
                     note="An editorial ('[사설]') is a story; <author> is the paper's name: []. Title label '[사설]' may be kept or dropped. Relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>한빛일보 - 국제</title>\n'
            f"<link>{base}/</link>\n<description>한빛일보 국제 뉴스</description>\n<language>ko</language>\n<copyright>Copyright (c) 한빛일보 All rights reserved.</copyright>\n"
            f"<lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ko_kr_hanbitilbo_world_euckr_declared_utf8.rss.xml", text, items, lang="ko", outlet="한빛일보",
                encoding="euc-kr", declared="UTF-8", ctype="text/xml; charset=EUC-KR", acceptable=("decoded", "refused"),
                structure="Seoul daily's '국제' (international) RSS from a legacy Korean newspaper CMS ('/news/articleView.html?idxno=<n>' links, no guid), January 2026. TRAP: the bytes are EUC-KR while the XML declaration says encoding=\"UTF-8\" (a template copied from the new site); only the HTTP header 'text/xml; charset=EUC-KR' is right (for text/xml the header's charset governs). Items: CDATA title and description, <author> holding 'Name 기자' (reporter) or a desk ('사진부') or the paper's name, '+0900' pubDates; a '[포토]' photo item and a '[사설]' editorial.",
                notes="Home country: South Korea. Decoding as EUC-KR (the header) is the good outcome; a one-line refusal is acceptable. Read as UTF-8 (the declaration) every Hangul syllable is invalid.")


# ---------------------------------------------------------------- TRAP: Kharkiv news site on DataLife Engine, windows-1251 bytes declared UTF-8 (prolog and header)
def slobozhanskyi():
    base = "https://slobvisnyk.example"
    rows, items = [], []

    def add(nid, slug, cat, title, when, creator, desc, exp):
        url = f"{base}/{cat}/{nid}-{slug}.html"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<guid isPermaLink=\"true\">{url}</guid>\n<link>{url}</link>\n<dc:creator>{esc(creator)}</dc:creator>\n"
                    f"<pubDate>{rfc822(when)}</pubDate>\n<category><![CDATA[{cat_names[cat]}]]></category>\n<description><![CDATA[{desc}]]></description>\n</item>")
        items.append(exp(url))

    cat_names = {"kharkiv": "Харків", "svit": "Світ", "foto": "Фото", "ekonomika": "Економіка"}
    w = d(2026, 7, 15, 8, 20, 0, 3)
    add(58231, "kharkiv-vnochi-vorog-atakuvav-misto-dronamy", "kharkiv", "Харків: уночі ворог атакував місто дронами, є поранені", w, "olena_moroz",
        "Уночі російські війська атакували Харків ударними дронами. Пошкоджено житловий будинок і склад у Київському районі, поранено трьох людей.",
        lambda k: it(k, "Харків: уночі ворог атакував місто дронами, є поранені", w, [],
                     note="dc:creator is a DLE user login ('olena_moroz'): no byline. The Russian attack on the city is the war with another state: relevant."))
    w = d(2026, 7, 14, 19, 40, 0, 3)
    add(58219, "miska-rada-ukhvalyla-prohramu-remontu-shkil", "kharkiv", "Міська рада ухвалила програму ремонту шкіл до нового навчального року", w, "admin",
        "Депутати виділили 240 мільйонів гривень на ремонт укриттів і дахів у 37 школах міста.",
        lambda k: it(k, "Міська рада ухвалила програму ремонту шкіл до нового навчального року", w, [], rel=False,
                     note="'admin' is the CMS account. City council news: not relevant."))
    w = d(2026, 7, 14, 15, 5, 0, 3)
    add(58207, "polshcha-prodovzhyla-tymchasovyi-zakhyst", "svit", "Польща продовжила тимчасовий захист для українців до 2027 року", w, "Ірина Савченко",
        "Польський Сейм ухвалив закон, який продовжує тимчасовий захист для громадян України ще на рік. «Це важливе рішення для майже мільйона наших громадян», – заявила речниця МЗС України Олена Кравець.",
        lambda k: it(k, "Польща продовжила тимчасовий захист для українців до 2027 року", w, ["Ірина Савченко"],
                     quotes=[q("Олена Кравець", "МЗС України")],
                     note="Dash-quote '«…», – заявила речниця МЗС України Name': the affiliation is the ministry (МЗС України). dc:creator here holds a real name. Relevant."))
    w = d(2026, 7, 14, 11, 30, 0, 3)
    add(58198, "fotoreportazh-festyval-u-sarzhynomu-yaru", "foto", "Фоторепортаж: як минув фестиваль у Саржиному Яру", w, "foto_slob",
        "Дивіться фото з фестивалю.",
        lambda k: it(k, "Фоторепортаж: як минув фестиваль у Саржиному Яру", w, [], story=False, rel=False,
                     note="A photo report ('Фоторепортаж', 'Дивіться фото'): not a story."))
    w = d(2026, 7, 13, 17, 0, 0, 3)
    add(58185, "vrozhai-pshenytsi-na-kharkivshchyni", "ekonomika", "Аграрії Харківщини почали збирати пшеницю: урожайність нижча, ніж торік", w, "admin",
        "Через посуху в червні аграрії області очікують на 15% менше зерна, ніж минулого року.",
        lambda k: it(k, "Аграрії Харківщини почали збирати пшеницю: урожайність нижча, ніж торік", w, [], rel=False, note="Regional agriculture: not relevant."))
    w = d(2026, 7, 13, 12, 10, 0, 3)
    add(58172, "ies-skhvalyv-20-i-paket-sanktsii", "svit", "ЄС схвалив 20-й пакет санкцій проти Росії", w, "Ірина Савченко",
        "Рада ЄС схвалила новий пакет санкцій, який стосується танкерів «тіньового флоту» та банків третіх країн.",
        lambda k: it(k, "ЄС схвалив 20-й пакет санкцій проти Росії", w, ["Ірина Савченко"], note="Sanctions: relevant."))

    rows, items = newest_first(rows, items)
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>Слобожанський вісник</title>\n<link>{base}/</link>\n<language>uk</language>\n<description>Новини Харкова та Харківщини</description>\n<generator>DataLife Engine</generator>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("uk_ua_slobvisnyk_news_cp1251_declared_utf8.rss.xml", text, items, lang="uk", outlet="Слобожанський вісник", topic="mixed",
                encoding="cp1251", declared="utf-8", ctype="application/rss+xml; charset=utf-8", acceptable=("decoded", "refused"),
                structure="Kharkiv regional news site on DataLife Engine (generator 'DataLife Engine'), July 2026: DLE's rss.xml template (title, guid, link, dc:creator with user logins, pubDate, CDATA category and description). TRAP: the bytes are windows-1251 (the database and templates were never converted) while BOTH the XML declaration (encoding=\"utf-8\") and the HTTP header (charset=utf-8) say UTF-8 after a server move; every Cyrillic letter is an invalid UTF-8 byte, ASCII parts are fine. '+0300' pubDates, «…» quotes with a dash attribution, a photo report.",
                notes="Home country: Ukraine. Decoding as windows-1251 is the good outcome; a one-line refusal is acceptable. Read as declared, every Cyrillic byte is invalid UTF-8.")


FEEDS = [sprocket, fathom, hanbit, slobozhanskyi]
