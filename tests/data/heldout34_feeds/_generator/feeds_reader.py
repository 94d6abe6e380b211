# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Reader-side and generator-service feeds of the thirty-fourth held-out set: a NewsBlur
blurblog (Django's Atom writer, 2021), an Inoreader-style Urdu folder export (2024), a
FreshRSS-style shared query in Portuguese (2020) and an RSS.app-style scrape of an Austrian
'Ausland' page (2024). All outlets, people and quotations are invented."""
from h34 import d, esc, feed, gmt, isoz, it, q, rfc822


# ---------------------------------------------------------------- NewsBlur blurblog (Django Atom1Feed + social/rss_story template), May 2021
def newsblur():
    rows, items = [], []
    user, blog = "ciaranreads", "Ciarán's Reading Room"
    base = "https://ciaranreads.newsblur.com"

    def add(url, title, when, author, feed_title, favicon, comment, body, tags, exp):
        head = ('<table style="border: 1px solid #E0E0E0; margin: 0; padding: 0; background-color: #F0F0F0" valign="top" align="left" cellpadding="0" width="100%">\n'
                '    <tr>\n        <td rowspan="2" style="padding: 6px;"><img src="https://s3.amazonaws.example/avatars/48213/thumbnail_profile.jpg" style="width: 36px; height: 36px; border-radius: 4px; vertical-align: middle;"></td>\n'
                f'        <td width="100%">\n            <b>\n                {user} \n                <a href="{base}/story/{url.rstrip("/").rsplit("/", 1)[-1][:40]}/{len(url) * 7919:x}">shared this story</a>\n'
                f'            from <img src="{favicon}"> {feed_title}{":" if comment else "."}</b>\n        </td>\n    </tr>\n')
        if comment:
            head += f"    <tr>\n        <td>\n            <p>{comment}</p>\n        </td>\n    </tr>\n"
        head += '</table>\n\n<hr style="clear: both">\n\n'
        auth = f"<author><name>{esc(author)}</name></author>" if author else ""
        cats = "".join(f'<category term="{esc(t)}"></category>' for t in tags)
        rows.append(f'<entry><title>{esc(title)}</title><link href="{url}" rel="alternate"></link><published>{isoz(when)}</published><updated>{isoz(when)}</updated>'
                    f'{auth}<id>{url}</id><summary type="html">{esc(head + body)}</summary>{cats}</entry>')
        items.append(exp(url))

    w = d(2021, 5, 21, 8, 14, 9, 0)
    add("https://www.liffeycourier.example/world/middle-east/israel-hamas-ceasefire-takes-hold-after-11-days-1.4570213", "Israel and Hamas ceasefire takes hold after 11 days of fighting", w,
        "Orla Finnerty", "The Liffey Courier - World", "https://www.liffeycourier.example/favicon.ico", "Finally. Worth reading to the end for the Egyptian angle.",
        "<p>A ceasefire between Israel and Hamas took hold in the early hours of Friday after 11 days of fighting in which more than 240 people were killed, most of them in Gaza.</p>"
        "<p>Egyptian mediators, who shuttled between the two sides for a week, are to send two delegations to monitor the truce.</p>"
        "<p>\u201cCairo has reminded everyone that it is the only channel both sides still pick up,\u201d said Dr Aoife Brennan-Sayed, a Middle East researcher at the Institute of Mediterranean Affairs in Dublin.</p>"
        "<p>The Government said Ireland would raise the humanitarian situation at the UN Security Council, where it holds a non-permanent seat.</p>",
        ["World", "Middle East"],
        lambda k: it(k, "Israel and Hamas ceasefire takes hold after 11 days of fighting", w, ["Orla Finnerty"], quotes=[q("Aoife Brennan-Sayed", "Institute of Mediterranean Affairs")],
                     junk=["shared this story", "ciaranreads", "Worth reading to the end", "The Liffey Courier - World"], outlet="The Liffey Courier",
                     note="NewsBlur blurblog entry: the summary opens with a table saying '<user> shared this story from <favicon> <feed title>:' and the sharer's comment, then an <hr> and the original story. The outlet is the origin feed's title without its section ('The Liffey Courier - World' → 'The Liffey Courier'); the entry <author> is the original byline. The date is WHEN IT WAS SHARED (the only date given). Relevant."))
    w = d(2021, 5, 24, 21, 3, 40, 0)
    add("https://coppercoastdaily.example/europe/2021/05/24/eu-leaders-ban-belarusian-airlines-forced-landing", "EU leaders agree to ban Belarusian airlines after forced landing of Ryanair jet", w,
        "Copper Coast Daily", "Copper Coast Daily: Europe", "https://coppercoastdaily.example/favicon.png", "",
        "<p>EU leaders meeting in Brussels on Monday agreed to close the bloc's airspace to Belarusian airlines and told European carriers to avoid flying over Belarus, a day after a passenger jet was forced to land in Minsk and a dissident journalist on board was arrested.</p>"
        "<p>The leaders also asked for new sanctions against officials involved. Lithuania's foreign minister called the diversion \u201cstate-sponsored hijacking\u201d.</p>",
        ["europe"],
        lambda k: it(k, "EU leaders agree to ban Belarusian airlines after forced landing of Ryanair jet", w, [], junk=["shared this story", "ciaranreads"], outlet="Copper Coast Daily",
                     note="Shared without a comment: the header line ends with '.' instead of ':'. The story's author field is the origin's brand ('Copper Coast Daily'): not a person, []. Relevant."))
    w = d(2021, 5, 22, 10, 31, 2, 0)
    add("https://www.liffeycourier.example/business/small-business/the-dublin-bakery-shipping-sourdough-to-30-countries-1.4570877", "The Dublin bakery shipping sourdough starter to 30 countries", w,
        "Niamh Carolan", "The Liffey Courier - Business", "https://www.liffeycourier.example/favicon.ico", "Going there on Saturday!",
        "<p>When the first lockdown closed her two cafés, Síle Ní Bhriain started posting jars of her 40-year-old sourdough starter to customers. Fourteen months later the business ships to 30 countries.</p>"
        "<p>\u201cIt was meant to keep the lights on for a month,\u201d she said.</p>",
        ["Business"],
        lambda k: it(k, "The Dublin bakery shipping sourdough starter to 30 countries", w, ["Niamh Carolan"], rel=False, quotes=[q("Síle Ní Bhriain")],
                     junk=["shared this story", "Going there on Saturday"], outlet="The Liffey Courier",
                     note="Home small-business feature: a story, not relevant. The sharer's comment is not part of the summary."))
    w = d(2021, 5, 19, 19, 45, 51, 0)
    add("https://atlanticrimreview.example/long-reads/inside-the-race-to-vaccinate-the-pacific", "Long read: Inside the race to vaccinate the Pacific", w,
        "Priya Raman-Doyle", "Atlantic Rim Review", "https://atlanticrimreview.example/favicon-32x32.png", "This is the piece on vaccine diplomacy I kept asking for.",
        "<p><em>Small island states were among the first to close their borders and the last to get doses. A reporter followed one shipment from Sydney to Honiara.</em></p>"
        "<p>The cold boxes arrived in Honiara on a Tuesday, packed between tins of fish and school exercise books. They held 24,000 doses, sent by Australia under a regional pledge that China matched within a week with a donation of its own.</p>"
        "<p>\u201cEvery shipment now comes with a flag on it,\u201d said Manasseh Kiriau, a health official in the Solomon Islands. \u201cWe are grateful, and we are also counting.\u201d</p>"
        "<p>The COVAX facility, meant to spread doses fairly, has delivered fewer than a fifth of the Pacific's share.</p>",
        ["Long reads", "Asia-Pacific", "Covid-19"],
        lambda k: it(k, "Inside the race to vaccinate the Pacific", w, ["Priya Raman-Doyle"], quotes=[q("Manasseh Kiriau")],
                     junk=["shared this story", "vaccine diplomacy I kept asking for"], outlet="Atlantic Rim Review",
                     note="Vaccine diplomacy between Australia and China in the Pacific: relevant. Title label 'Long read:' may be kept or dropped. The italic standfirst opens the story."))
    w = d(2021, 5, 20, 7, 2, 30, 0)
    add("https://coppercoastdaily.example/podcasts/the-week-in-europe/belarus-borders-and-bans", "The Week in Europe podcast: Belarus, borders and bans", w,
        "", "Copper Coast Daily: Podcasts", "https://coppercoastdaily.example/favicon.png", "",
        '<p>This week: the hunt for Belarus\'s opposition abroad, Denmark\'s border row and a ban on menthol. Listen on your favourite podcast app.</p><p><audio controls src="https://coppercoastdaily.example/audio/twie-2021-05-20.mp3"></audio></p>',
        ["podcast"],
        lambda k: it(k, "The Week in Europe podcast: Belarus, borders and bans", w, [], story=False, rel=False, outlet="Copper Coast Daily",
                     note="A podcast episode: not a story. The entry has no <author> (Django leaves it out when the story has no author)."))
    w = d(2021, 5, 23, 11, 0, 5, 0)
    add("https://www.liffeycourier.example/news/quiz/news-quiz-how-closely-were-you-following-this-week-1.4571002", "News quiz: How closely were you following this week?", w,
        "", "The Liffey Courier - World", "https://www.liffeycourier.example/favicon.ico", "9/10, beat that",
        "<p>Test yourself on the week's news, from Gaza to the G7.</p>",
        ["Quiz"],
        lambda k: it(k, "News quiz: How closely were you following this week?", w, [], story=False, rel=False, outlet="The Liffey Courier", note="A quiz: not a story."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{esc(blog)}</title><link href="{base}/" rel="alternate"></link><link href="http://www.newsblur.com/social/rss/48213/{user}" rel="self"></link>'
            f'<id>{base}/</id><updated>{isoz(d(2021, 5, 25, 6, 40, 12, 0))}</updated><author><name>{user}</name></author><subtitle>Stories shared by {user} on NewsBlur.</subtitle>'
            + "".join(rows) + "</feed>")
    return feed("en_newsblur_blurblog_shared_2021.atom.xml", text, items, lang="en", outlet="The Liffey Courier", aliases=[blog, "NewsBlur"],
                shape="atom", topic="aggregator", ctype="application/rss+xml", declared="utf-8",
                structure="A NewsBlur user's blurblog feed (/social/rss/<id>/<username>), May 2021: Django's Atom1Feed writer (one line after the declaration, <link …></link> pairs, feed <author> = the username, subtitle 'Stories shared by <user> on NewsBlur.') served as application/rss+xml although it is Atom; entries in order of sharing with the origin story's permalink as link AND id, published = updated = the SHARE time, <author> = the original byline (a person, the origin brand, or absent), Django <category term> per origin tag, and an escaped HTML summary rendered from the social/rss_story template: an inline-styled table with the sharer's avatar, '<user> shared this story from <favicon> <origin feed title>:' and the sharer's comment, an <hr>, then the original story HTML; origin feeds 'Brand - Section' and 'Brand: Section'; a podcast and a news quiz shared",
                notes="Each item's outlet is the ORIGIN feed's brand named in the summary's header line (without its section); the blurblog's title and 'NewsBlur' are also accepted. The sharer's username and comment are reader notes, not part of the story: never in the summary, never an author.")


# ---------------------------------------------------------------- Inoreader-style folder export, Urdu, December 2024
def inoreader_ur():
    rows, items = [], []
    base = "https://www.inoreader.example/stream/user/1005873302/tag/%D8%B9%D8%A7%D9%84%D9%85%DB%8C%20%D8%AE%D8%A8%D8%B1%DB%8C%DA%BA"

    def add(iid, url, title, when, creator, src_title, src_url, html, exp, thumb=None):
        gid = f"tag:google.com,2005:reader/item/{iid}"
        th = f'<media:thumbnail url="{thumb}"/>' if thumb else ""
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{gid}</guid>\n<description><![CDATA[{html}]]></description>\n"
                    f"<pubDate>{gmt(when)}</pubDate>\n{cr}{th}\n<source url=\"{src_url}\">{esc(src_title)}</source>\n</item>")
        items.append(exp(gid))

    w = d(2024, 12, 8, 9, 20, 0, 5)
    add("000000094c1a7e2b", "https://www.roznamanaisubh.example/international/2024/12/08/syria-government-falls", "شام میں حکومت کا خاتمہ، صدر ملک چھوڑ گئے", w,
        "عمران سہیل", "روزنامہ نئی صبح - بین الاقوامی", "https://www.roznamanaisubh.example/feed/international",
        "<p><strong>دمشق (نئی صبح نیوز)</strong> شام میں مسلح گروپوں کے دارالحکومت میں داخل ہونے کے بعد حکومت کا خاتمہ ہو گیا اور صدر ملک چھوڑ کر چلے گئے۔</p>"
        "<p>بین الاقوامی امور کے ماہر ڈاکٹر فرحان قریشی نے کہا کہ ”یہ صرف ایک حکومت کا نہیں، پورے خطے کے توازن کا سوال ہے۔“</p>"
        "<p>دفتر خارجہ نے شام میں مقیم پاکستانیوں کے لیے ہنگامی ہیلپ لائن قائم کر دی ہے۔</p>",
        lambda k: it(k, "شام میں حکومت کا خاتمہ، صدر ملک چھوڑ گئے", w, ["عمران سہیل"], quotes=[q("فرحان قریشی")], junk=["(نئی صبح نیوز)"], outlet="روزنامہ نئی صبح",
                     note="Reader folder export: each item carries the origin feed in <source> ('روزنامہ نئی صبح - بین الاقوامی'); the outlet is that brand without its section. The bold dateline '(نئی صبح نیوز)' is the paper's own credit. Relevant."),
        thumb="https://www.roznamanaisubh.example/wp-content/uploads/2024/12/damascus.jpg")
    w = d(2024, 12, 4, 6, 5, 0, 5)
    add("000000094b7f0c31", "https://urdu.hamwatan-service.example/world-68012345", "جنوبی کوریا: صدر نے مارشل لا چند گھنٹوں بعد واپس لے لیا", w,
        "", "ہم وطن اردو سروس", "https://urdu.hamwatan-service.example/index.xml",
        "<p>جنوبی کوریا کے صدر نے پارلیمان کی جانب سے متفقہ طور پر مسترد کیے جانے کے چند گھنٹوں بعد ملک میں نافذ مارشل لا واپس لے لیا ہے۔</p>"
        "<p>سیول میں ہزاروں شہری رات بھر پارلیمان کے باہر جمع رہے۔</p>",
        lambda k: it(k, "جنوبی کوریا: صدر نے مارشل لا چند گھنٹوں بعد واپس لے لیا", w, [], outlet="ہم وطن اردو سروس",
                     note="A foreign broadcaster's Urdu service as origin (no dc:creator). Relevant."))
    w = d(2024, 12, 6, 17, 40, 0, 5)
    add("000000094bd2aa90", "https://www.roznamanaisubh.example/city/2024/12/06/peshawar-gas-protest", "پشاور میں گیس کی لوڈشیڈنگ کے خلاف شہریوں کا احتجاج", w,
        "نمائندہ خصوصی", "روزنامہ نئی صبح - بین الاقوامی", "https://www.roznamanaisubh.example/feed/international",
        "<p><strong>پشاور (نمائندہ خصوصی)</strong> شہر کے مختلف علاقوں میں گیس کی طویل لوڈشیڈنگ کے خلاف شہریوں نے جی ٹی روڈ بلاک کر دی۔</p>",
        lambda k: it(k, "پشاور میں گیس کی لوڈشیڈنگ کے خلاف شہریوں کا احتجاج", w, [], rel=False, junk=["(نمائندہ خصوصی)"], outlet="روزنامہ نئی صبح",
                     note="Home (Pakistani) city news miscategorised into the paper's international feed: a story, not relevant. 'نمائندہ خصوصی' (special correspondent) is a credit, not a person."))
    w = d(2024, 12, 1, 13, 10, 0, 5)
    add("000000094a05e6c2", "https://urdumanzar.example/sports/champions-trophy-hybrid-model", "چیمپئنز ٹرافی: ہائبرڈ ماڈل پر اصولی اتفاق ہو گیا", w,
        "اسپورٹس ڈیسک", "اردو منظر - تازہ ترین", "https://urdumanzar.example/rss/latest",
        "<p>آئی سی سی کے اجلاس میں آئندہ سال کی چیمپئنز ٹرافی کے لیے ہائبرڈ ماڈل پر اصولی اتفاق ہو گیا ہے۔</p>",
        lambda k: it(k, "چیمپئنز ٹرافی: ہائبرڈ ماڈل پر اصولی اتفاق ہو گیا", w, [], rel=False, outlet="اردو منظر",
                     note="Cricket scheduling between boards: sport, not relevant. 'اسپورٹس ڈیسک' is a desk."))
    w = d(2024, 12, 8, 15, 0, 0, 5)
    add("000000094c3309d7", "https://urdumanzar.example/videos/damascus-celebrations", "ویڈیو: دمشق کی سڑکوں پر جشن کے مناظر", w,
        "ویب ڈیسک", "اردو منظر - تازہ ترین", "https://urdumanzar.example/rss/latest",
        '<p><iframe src="https://www.youtube-nocookie.example/embed/Qm7dR2s" width="560" height="315"></iframe></p>',
        lambda k: it(k, "دمشق کی سڑکوں پر جشن کے مناظر", w, [], story=False, rel=False, outlet="اردو منظر",
                     note="A video embed: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2024, 11, 24, 11, 30, 0, 5)
    add("000000094907b51e", "https://www.roznamanaisubh.example/international/2024/11/24/cop29-finance-goal", "کوپ 29: ترقی پذیر ممالک کے لیے سالانہ 300 ارب ڈالر کا ہدف طے", w,
        "ویب ڈیسک", "روزنامہ نئی صبح - بین الاقوامی", "https://www.roznamanaisubh.example/feed/international",
        "<p><strong>باکو (ویب ڈیسک)</strong> اقوام متحدہ کی موسمیاتی کانفرنس کوپ 29 میں ترقی یافتہ ممالک نے 2035 تک ترقی پذیر ممالک کے لیے سالانہ 300 ارب ڈالر فراہم کرنے پر اتفاق کیا ہے۔</p>"
        "<p>پاکستانی وفد کی رکن عائشہ ملک نے کہا کہ ”یہ رقم ضرورت کا ایک چھوٹا سا حصہ ہے۔“</p>",
        lambda k: it(k, "کوپ 29: ترقی پذیر ممالک کے لیے سالانہ 300 ارب ڈالر کا ہدف طے", w, [], quotes=[q("عائشہ ملک", "پاکستانی وفد")], junk=["(ویب ڈیسک)"], outlet="روزنامہ نئی صبح",
                     note="A climate summit deal with the home country's delegation: relevant. 'ویب ڈیسک' is a desk."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            f"<title>عالمی خبریں</title>\n<link>{base}</link>\n<description>عالمی خبریں - folder exported from the reader</description>\n"
            f'<atom:link href="{base}?type=rss&amp;n=20" rel="self" type="application/rss+xml"/>\n<lastBuildDate>{gmt(d(2024, 12, 8, 10, 30, 0, 0))}</lastBuildDate>\n<generator>Inoreader-style folder export</generator>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_reader_folder_export_alami_khabrein_2024.rss.xml", text, items, lang="ur", outlet="روزنامہ نئی صبح", aliases=["عالمی خبریں"],
                topic="aggregator", ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="A feed reader's folder exported as RSS (Inoreader-style '/stream/user/<id>/tag/<folder>' URL with the Urdu folder name percent-encoded), December 2024: channel title = the reader's folder name 'عالمی خبریں' (no outlet), no language element, Google-Reader-style item ids 'tag:google.com,2005:reader/item/<16 hex>' as non-permalink guids, the origin article URL as link, CDATA descriptions holding the origin HTML, GMT pubDates (Pakistan +0500), dc:creator from the origin (a person, 'نمائندہ خصوصی', 'اسپورٹس ڈیسک', 'ویب ڈیسک' or absent), media:thumbnail, and the RSS 2.0 <source url> naming the ORIGIN feed ('Brand - بین الاقوامی', 'Brand - تازہ ترین', a broadcaster's Urdu service); items from three Pakistani/foreign Urdu outlets, home city news, cricket and a video",
                notes="Each item's outlet is its <source> brand without the section; the folder name 'عالمی خبریں' is accepted as the aggregator. Relevance for a reader in Pakistan (the origin outlets' home).")


# ---------------------------------------------------------------- FreshRSS-style shared user query, Portuguese, February 2020
def freshrss_pt():
    rows, items = [], []
    base = "https://leituras.freshrss-casa.example"

    def add(eid, url, title, when, creators, cats, html, exp, enclosure=None):
        cr = "".join(f"\n\t\t\t<dc:creator>{esc(c)}</dc:creator>" for c in creators)
        ct = "".join(f"\n\t\t\t<category>{esc(c)}</category>" for c in cats)
        enc = f'\n\t\t\t<enclosure url="{enclosure}" type="image/jpeg" length="0" />' if enclosure else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{esc(url)}</link>{cr}{ct}\n\t\t\t<description><![CDATA[{html}]]></description>\n"
                    f"\t\t\t<pubDate>{rfc822(when)}</pubDate>{enc}\n\t\t\t<guid isPermaLink=\"false\">{eid}</guid>\n\t\t</item>")
        items.append(exp(eid))

    w = d(2020, 2, 23, 19, 2, 0, 0)
    add("1582484520361977", "https://www.diariodotejo.example/mundo/2020/02/23/coronavirus-italia-isola-localidades-lombardia", "Coronavírus: Itália isola 11 localidades na Lombardia e no Véneto", w,
        ["Lusa"], ["Diário do Tejo: Mundo"],
        "<p>O Governo italiano decretou o isolamento de onze localidades do norte do país, onde vivem cerca de 50 mil pessoas, depois de o número de casos de infeção pelo novo coronavírus ter subido para 132.</p>"
        "<p>As escolas, museus e estádios das regiões da Lombardia e do Véneto vão estar fechados pelo menos até ao fim da semana.</p>"
        "<p>O Ministério dos Negócios Estrangeiros aconselhou os portugueses a evitar deslocações não essenciais às zonas afetadas.</p>",
        lambda k: it(k, "Coronavírus: Itália isola 11 localidades na Lombardia e no Véneto", w, [], outlet="Diário do Tejo",
                     note="A shared reader query: the item's feed is named only in <category> ('Diário do Tejo: Mundo': FreshRSS writes the origin feed as a category), dc:creator is the agency 'Lusa' ([]). An epidemic abroad and the home foreign ministry's advice: relevant."))
    w = d(2020, 2, 9, 23, 45, 0, 0)
    add("1581292010118344", "https://folhadealcantara.example/internacional/irlanda-eleicoes-sinn-fein-voto-popular/amp/", "Irlanda: Sinn Féin ganha o voto popular e baralha as contas da coligação", w,
        ["Marta Quintela", "Rui Abreu"], ["Folha de Alcântara — Internacional", "Europa"],
        '<p>O Sinn Féin foi o partido mais votado nas eleições legislativas irlandesas, com 24,5% das primeiras preferências, à frente do Fianna Fáil e do Fine Gael.</p>'
        '<p>\u201cOs dois grandes partidos perderam o monopólio do centro\u201d, disse ao <em>Folha</em> o politólogo Cathal Ó Briain, da Universidade de Limerick.</p>'
        '<p><a href="https://folhadealcantara.example/internacional/">Ver mais notícias de Internacional</a></p>',
        lambda k: it(k, "Irlanda: Sinn Féin ganha o voto popular e baralha as contas da coligação", w, ["Marta Quintela", "Rui Abreu"], quotes=[q("Cathal Ó Briain", "Universidade de Limerick")],
                     junk=["Ver mais notícias"], outlet="Folha de Alcântara",
                     note="Two dc:creator elements (two people). The origin feed linked its AMP pages ('/amp/' URL). The 'Ver mais notícias de Internacional' link is boilerplate. Relevant."))
    w = d(2020, 2, 20, 14, 12, 0, 0)
    add("1582207920554120", "https://www.diariodotejo.example/politica/2020/02/20/parlamento-aprova-despenalizacao-eutanasia", "Parlamento aprova na generalidade os cinco projetos sobre a eutanásia", w,
        ["Inês Barreto Lopes"], ["Diário do Tejo: Mundo"],
        "<p>A Assembleia da República aprovou esta quinta-feira, na generalidade, os cinco projetos de lei que despenalizam a morte medicamente assistida. Os textos baixam agora à comissão.</p>",
        lambda k: it(k, "Parlamento aprova na generalidade os cinco projetos sobre a eutanásia", w, ["Inês Barreto Lopes"], rel=False, outlet="Diário do Tejo",
                     note="Home (Portuguese) parliament in the shared 'Mundo' query: a story, not relevant."))
    w = d(2020, 1, 31, 23, 1, 0, 0)
    add("1580511660932871", "https://jornaldamadragoa.example/europa/brexit-reino-unido-sai-da-uniao-europeia-meia-noite", "Brexit: o Reino Unido já não faz parte da União Europeia", w,
        ["Jornal da Madragoa"], ["Jornal da Madragoa › Europa"],
        "<p>À meia-noite de Bruxelas (23h00 em Lisboa), o Reino Unido deixou de ser um Estado-membro, 47 anos depois da adesão. Segue-se um período de transição até ao fim do ano.</p>"
        "<p>Para os cerca de 400 mil portugueses que vivem no país, nada muda até dezembro, garantiu o secretário de Estado das Comunidades.</p>",
        lambda k: it(k, "Brexit: o Reino Unido já não faz parte da União Europeia", w, [], outlet="Jornal da Madragoa",
                     note="dc:creator is the brand: []. EU affairs: relevant."))
    w = d(2020, 2, 25, 20, 30, 0, 0)
    add("1582662600207733", "https://www.diariodotejo.example/fotogalerias/2020/02/25/carnaval-torres-vedras", "Fotogaleria: o corso do Carnaval de Torres Vedras", w,
        ["Diário do Tejo"], ["Diário do Tejo: Mundo"],
        '<p><img src="https://www.diariodotejo.example/img/2020/02/carnaval-1.jpg" alt=""/></p><p>23 fotografias</p>',
        lambda k: it(k, "Fotogaleria: o corso do Carnaval de Torres Vedras", w, [], story=False, rel=False, outlet="Diário do Tejo",
                     note="Photo gallery: not a story. Title label 'Fotogaleria:' may be kept or dropped."),
        enclosure="https://www.diariodotejo.example/img/2020/02/carnaval-1.jpg")
    w = d(2020, 2, 24, 8, 15, 0, 0)
    add("1582532100430158", "https://folhadealcantara.example/internacional/mocambique-cabo-delgado-ataques-milhares-fogem/amp/", "Moçambique: novos ataques em Cabo Delgado obrigam milhares a fugir", w,
        ["Lusa", "Folha de Alcântara"], ["Folha de Alcântara — Internacional", "África"],
        "<p>Pelo menos 2.000 pessoas fugiram nos últimos dias de aldeias do distrito de Muidumbe, no norte de Moçambique, após ataques de grupos armados, segundo fontes locais citadas pela Lusa.</p>",
        lambda k: it(k, "Moçambique: novos ataques em Cabo Delgado obrigam milhares a fugir", w, [], outlet="Folha de Alcântara",
                     note="Two dc:creator elements, the agency and the brand: no person, []. Relevant."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">\n\t<channel>\n'
            f"\t\t<title>Mundo (partilhado)</title>\n\t\t<link>{base}/i/?a=normal&amp;get=c_4&amp;state=3</link>\n\t\t<description>Leituras da Teresa — notícias internacionais</description>\n"
            f"\t\t<pubDate>{rfc822(d(2020, 2, 26, 7, 0, 0, 0))}</pubDate>\n\t\t<lastBuildDate>{rfc822(d(2020, 2, 26, 7, 0, 0, 0))}</lastBuildDate>\n"
            f'\t\t<atom:link href="{base}/i/?a=rss&amp;user=teresa&amp;token=8f3c2a91d0&amp;hours=168&amp;get=c_4" rel="self" type="application/rss+xml" />\n'
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("pt_pt_freshrss_shared_query_mundo_2020.rss.xml", text, items, lang="pt", outlet="Diário do Tejo", aliases=["Mundo (partilhado)", "Leituras da Teresa"],
                topic="aggregator", ctype="application/rss+xml; charset=utf-8", declared="UTF-8",
                structure="A self-hosted FreshRSS-style reader's shared user query served as RSS (/i/?a=rss&user=…&token=…&hours=168&get=c_4), February 2020: tab indentation, '<?xml … ?>' with a space before '?>', channel 'Mundo (partilhado)' (the query's name) and a personal description, no language, channel pubDate and lastBuildDate, atom self link with the token; items with the origin title and link (one outlet's links are its AMP pages, '/amp/'), one dc:creator per origin author (two people, an agency and a brand together), the ORIGIN FEED's title as the first <category> ('Brand: Mundo', 'Brand — Internacional', 'Brand › Europa') followed by origin tags, CDATA descriptions with the origin HTML, +0000 dates, enclosures, the reader's numeric entry id (microseconds) as non-permalink guid LAST; a home parliament story and a photo gallery in the shared query",
                notes="Each item's outlet is the origin feed's brand, named only in its first <category>; the query name is also accepted as the aggregator. Relevance for a reader in Portugal.")


# ---------------------------------------------------------------- RSS.app-style scrape of an Austrian 'Ausland' page (node 'rss' package output), January 2024
def rssapp_at():
    rows, items = [], []
    base = "https://www.donaukurier-online.example"

    def add(gid, path, title, when, creator, img, teaser, exp):
        cr = f"<dc:creator><![CDATA[{creator}]]></dc:creator>" if creator else ""
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[<div><img src=\"{img}\" style=\"width: 100%;\" /><div>{teaser}</div></div>]]></description>"
                    f"<link>{base}{path}</link><guid isPermaLink=\"false\">{gid}</guid>{cr}<pubDate>{gmt(when)}</pubDate>"
                    f'<media:content medium="image" url="{img}"/></item>')
        items.append(exp(gid))

    scrape = d(2024, 1, 16, 10, 2, 13, 0)
    add("8c1b4f2e0a6d93b7e5f1c2a4d6b8e0f2", "/ausland/nahost/israelische-armee-weitet-offensive-auf-chan-junis-aus/402741123",
        "NahostIsraelische Armee weitet Offensive auf Chan Junis aus", scrape, "APA/dpa",
        f"{base}/images/cms/2024/01/16/chan-junis.jpg",
        "Die israelische Armee hat ihre Bodenoffensive im Süden des Gazastreifens ausgeweitet. Nach Angaben der Vereinten Nationen sind in Rafah inzwischen mehr als eine Million Menschen auf engstem Raum zusammengedrängt. vor 2 Std. Lesezeit: 3 Min.",
        lambda k: it(k, "Israelische Armee weitet Offensive auf Chan Junis aus", scrape, [], junk=["vor 2 Std.", "Lesezeit"],
                     note="Scraped teaser: the page's kicker 'Nahost' is glued to the headline without a space ('NahostIsraelische'): the headline is the text after the kicker; a glued 'NahostIsraelische' is a wrong title. The scraper also took the age and reading-time line ('vor 2 Std. Lesezeit: 3 Min.') into the teaser: junk. The date is the SCRAPE time (the service found none on the page), the same on three items. 'APA/dpa' is an agency. Relevant."))
    add("3d7e9a1c5b2f48e6a0c9d1b3e5f7a9c1", "/ausland/ukraine/kiew-meldet-abschuss-russischer-aufklaerungsflugzeuge/402740877",
        "UkraineKiew meldet Abschuss eines russischen Aufklärungsflugzeugs", scrape, "",
        f"{base}/images/cms/2024/01/15/a50.jpg",
        "Die ukrainische Luftwaffe hat nach eigenen Angaben über dem Asowschen Meer ein russisches Frühwarnflugzeug abgeschossen. Moskau äußerte sich zunächst nicht. vor 5 Std. Lesezeit: 2 Min.",
        lambda k: it(k, "Kiew meldet Abschuss eines russischen Aufklärungsflugzeugs", scrape, [], junk=["vor 5 Std.", "Lesezeit"],
                     note="Kicker 'Ukraine' glued to the headline ('UkraineKiew'): the headline is what follows it. No dc:creator. Relevant."))
    w = d(2024, 1, 14, 17, 30, 0, 0)
    add("f0e1d2c3b4a5968778695a4b3c2d1e0f", "/ausland/asien/taiwan-hat-gewaehlt-was-der-sieg-fuer-peking-bedeutet/402739544",
        "PremiumTaiwan hat gewählt: Was der Sieg für Peking bedeutet", w, "Mag. Katharina Edlinger-Wu",
        f"{base}/images/cms/2024/01/14/taipeh.jpg",
        "Der Wahlsieger will Kurs halten, Peking spricht von einem „gefährlichen Signal“. Eine Analyse von Katharina Edlinger-Wu aus Taipeh.",
        lambda k: it(k, "Taiwan hat gewählt: Was der Sieg für Peking bedeutet", w, ["Katharina Edlinger-Wu"], junk=["Premium"],
                     note="The paywall badge 'Premium' is glued to the headline ('PremiumTaiwan'): not part of the title. dc:creator with the academic title 'Mag.' (not part of the name). Relevant."))
    add("a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4", "/oesterreich/chronik/schneechaos-in-tirol-lawinenwarnstufe-vier/402741002",
        "ChronikSchneechaos in Tirol: Lawinenwarnstufe vier, Fernpass gesperrt", scrape, "",
        f"{base}/images/cms/2024/01/16/fernpass.jpg",
        "Starker Schneefall hat in Tirol am Dienstag zu zahlreichen Straßensperren geführt. Die Lawinenwarnstufe wurde auf vier von fünf angehoben. vor 1 Std. Lesezeit: 2 Min.",
        lambda k: it(k, "Schneechaos in Tirol: Lawinenwarnstufe vier, Fernpass gesperrt", scrape, [], rel=False, junk=["vor 1 Std.", "Lesezeit"],
                     note="The scraper took a 'Meistgelesen' sidebar teaser from the home-news section (/oesterreich/) into the Ausland feed: a home (Austrian) story, not relevant. The glued kicker 'Chronik' is not part of the title."))
    w = d(2024, 1, 15, 8, 45, 0, 0)
    add("5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b", "/video/ausland/vulkanausbruch-auf-island-lava-erreicht-grindavik/402740311",
        "VideoVulkanausbruch auf Island: Lava erreicht Grindavík", w, "",
        f"{base}/images/cms/2024/01/14/grindavik.jpg",
        "Die Bilder vom Sonntag. 1:12 Min.",
        lambda k: it(k, "Vulkanausbruch auf Island: Lava erreicht Grindavík", w, [], story=False, rel=False,
                     note="A video (running time in the teaser): not a story. The glued 'Video' badge is not part of the title."))
    w = d(2024, 1, 16, 6, 0, 0, 0)
    add("c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9", "/ausland/nahost/liveticker-krieg-in-nahost-tag-102/402740990",
        "LivetickerKrieg in Nahost: Alle Entwicklungen am Dienstag", w, "",
        f"{base}/images/cms/2024/01/16/gaza-ticker.jpg",
        "08:12 Die Armee meldet neue Kämpfe im Süden. 07:40 UN-Hilfskonvoi erreicht Rafah. 06:58 Huthi greifen erneut ein Schiff an.",
        lambda k: it(k, "Krieg in Nahost: Alle Entwicklungen am Dienstag", w, [], story=False, rel=False,
                     note="A live ticker (time-stamped entries, newest first): not a story. The glued 'Liveticker' badge is not part of the title."))
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title><![CDATA[Ausland | Donaukurier Online]]></title><description><![CDATA[Ausland | Donaukurier Online]]></description><link>{base}/ausland</link>"
            f"<image><url>{base}/favicon-192.png</url><title>Ausland | Donaukurier Online</title><link>{base}/ausland</link></image>"
            f"<generator>RSS for Node</generator><lastBuildDate>{gmt(scrape)}</lastBuildDate>"
            '<atom:link href="https://rss-app.example/feeds/tQ8vR2mXkL5pN3wa.xml" rel="self" type="application/rss+xml"/><language><![CDATA[de]]></language>'
            + "".join(rows) + "</channel></rss>")
    return feed("de_at_rssapp_scraped_ausland_2024.rss.xml", text, items, lang="de", outlet="Donaukurier Online", aliases=["Donaukurier"],
                topic="world", ctype="application/rss+xml; charset=utf-8", declared="UTF-8",
                structure="A page-to-feed service's scrape of a Linz (Upper Austria) news site's 'Ausland' page (RSS.app-style: rss-app.example/feeds/<id>.xml), January 2024, written by the node 'rss' package: one line, namespaces dc/content/atom then version then media, CDATA channel title and description both 'Ausland | Brand', the page's favicon as <image>, <generator>RSS for Node</generator>, atom self link on the service's host, CDATA <language>; items in PAGE order with CDATA titles in which the scraper glued the page's kicker to the headline ('NahostIsraelische …', 'PremiumTaiwan …', 'VideoVulkanausbruch …'), CDATA descriptions '<div><img … style=\"width: 100%;\" /><div>teaser</div></div>' whose teaser text runs on into the card's age and reading time ('vor 2 Std. Lesezeit: 3 Min.'), hashed non-permalink guids, CDATA dc:creator when the card had one ('APA/dpa', 'Mag. Name'), GMT pubDates that are the SCRAPE time on three items, media:content; a home-news sidebar card, a video and a live ticker",
                notes="Glued kickers and badges are not part of the headline (the page shows them on a separate line); the age/reading-time tail is junk. Relevance for an Austrian reader.")


FEEDS = [newsblur, inoreader_ur, freshrss_pt, rssapp_at]
