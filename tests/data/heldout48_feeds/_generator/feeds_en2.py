# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-eighth held-out set (part 2: a Dili daily on Fork CMS, a
Tirana daily on Serendipity, a Skopje daily on Dotclear, a St George's (Grenada) weekly-turned-
daily on Webflow). All outlets, people and quotations are invented."""
from h48 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- Dili: Fork CMS blog module (2023)
def cristorei():
    base = "https://www.cristoreiherald.example"
    rows, items = [], []

    def add(pid, slug, title, w, author, cat, body, exp):
        a = f"\n   <author>{esc(author)}</author>" if author else ""
        rows.append(f"  <item>\n   <title>{esc(title)}</title>\n   <link>{base}/en/news/detail/{slug}</link>\n   <description>{esc(body)}</description>{a}\n"
                    f"   <category>{esc(cat)}</category>\n   <guid isPermaLink=\"false\">{base}/en/news/detail/{slug}#{pid}</guid>\n   <pubDate>{rfc822(w)}</pubDate>\n  </item>")
        items.append(exp(f"{base}/en/news/detail/{slug}#{pid}"))

    w = d(2023, 5, 10, 17, 20, 0, 9)
    add(3391, "asean-leaders-adopt-roadmap-for-timor-leste-membership", "ASEAN leaders back roadmap for Timor-Leste's full membership", w, "news@cristoreiherald.example (Jacinta da Costa Belo)", "World",
        "<p><strong>LABUAN BAJO</strong> — Leaders of the Association of Southeast Asian Nations endorsed a roadmap on Wednesday that sets out what Timor-Leste must do to become the bloc's 11th member.</p>"
        "<p>The roadmap lists more than 70 legal and administrative steps, from customs rules to joining ASEAN's human rights commission.</p>"
        "<p>&quot;We have waited twelve years since we applied. Now at least there is a list, and lists can be finished,&quot; said Agustinho Soares Guterres, a senior official at the Ministry of Foreign Affairs and Cooperation.</p>"
        "<p><em>Jacinta da Costa Belo travelled to Labuan Bajo with the support of the ASEAN Secretariat's media programme.</em></p>",
        lambda k: it(k, "ASEAN leaders back roadmap for Timor-Leste's full membership", w, ["Jacinta da Costa Belo"], quotes=[q("Agustinho Soares Guterres", "Ministry of Foreign Affairs and Cooperation")],
                     junk=["travelled to Labuan Bajo with the support"],
                     note="<author> 'e-mail (Name)': the person only. Straight double quotes escaped as &quot; inside the escaped HTML. An italic disclosure line ends the body. Timor-Leste's ASEAN accession: relevant; the May 2023 summit is the setting."))
    w = d(2023, 5, 9, 12, 0, 0, 9)
    add(3385, "greater-sunrise-talks-resume-in-canberra", "Greater Sunrise talks resume in Canberra as Dili pushes for pipeline", w, "news@cristoreiherald.example (Rui Pereira Ximenes, Business Editor)", "World",
        "<p>Negotiators from Timor-Leste and Australia resumed talks in Canberra on Tuesday on how to develop the Greater Sunrise gas fields, with Dili insisting the gas be piped to its south coast.</p>"
        "<p>Australian officials have said a pipeline to Darwin would be cheaper. The fields lie in waters whose boundary the two countries agreed in a 2018 treaty.</p>",
        lambda k: it(k, "Greater Sunrise talks resume in Canberra as Dili pushes for pipeline", w, ["Rui Pereira Ximenes"],
                     note="<author> 'e-mail (Name, Business Editor)': job title not part of the name. Resource negotiations with Australia: relevant."))
    w = d(2023, 5, 8, 15, 45, 0, 9)
    add(3379, "indonesia-reopens-batugade-border-market", "Border market at Batugade reopens to traders from both sides", w, "news@cristoreiherald.example (Redação)", "World",
        "<p>The weekly cross-border market at Batugade reopened on Monday after three years, letting traders from Timor-Leste and Indonesia's East Nusa Tenggara province sell without visas.</p>"
        "<ul><li>Opening hours: Mondays, 8am to 2pm</li><li>Traders need a border pass from the district administration</li></ul>"
        "<p>Officials from both countries said a second market at Salele could follow.</p>",
        lambda k: it(k, "Border market at Batugade reopens to traders from both sides", w, [],
                     note="'Redação' (the Portuguese word for newsroom) in the author brackets is a desk, not a person: []. A practical list inside the body. Cross-border arrangement with Indonesia: relevant."))
    w = d(2023, 5, 8, 9, 10, 0, 9)
    add(3374, "dili-flood-clean-up-comoro", "Residents of Comoro clean up after overnight flash flood", w, "news@cristoreiherald.example (Nélia Amaral)", "Dili",
        "<p>Residents of Comoro in western Dili spent Monday clearing mud from their homes after heavy rain caused the river to burst its banks overnight.</p>"
        "<p>&quot;The water came in through the back door and left through the front,&quot; said Domingas Freitas, who runs a kiosk near the airport road.</p>",
        lambda k: it(k, "Residents of Comoro clean up after overnight flash flood", w, ["Nélia Amaral"], rel=False, quotes=[q("Domingas Freitas")],
                     note="City news: a story, not relevant. The speaker is a resident; no affiliation."))
    w = d(2023, 5, 7, 11, 0, 0, 9)
    add(3368, "gallery-restoration-day-celebrations", "Gallery: Restoration of Independence Day celebrations in Dili", w, None, "Photos",
        "<p><img src=\"https://www.cristoreiherald.example/frontend/files/blog/images/source/rid-1.jpg\" alt=\"\" /></p><p><img src=\"https://www.cristoreiherald.example/frontend/files/blog/images/source/rid-2.jpg\" alt=\"\" /></p>",
        lambda k: it(k, "Gallery: Restoration of Independence Day celebrations in Dili", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'Gallery:' may be kept or dropped."))
    w = d(2023, 5, 6, 8, 0, 0, 9)
    add(3362, "tetum-word-of-the-week-hakmatek", "Tetum word of the week: hakmatek", w, "news@cristoreiherald.example (Language Desk)", "Culture",
        "<p><strong>hakmatek</strong> (adj.): calm, quiet. Example: <em>Tasi hakmatek ohin.</em> — The sea is calm today.</p>",
        lambda k: it(k, "Tetum word of the week: hakmatek", w, [], story=False, rel=False, note="Language column entry: not a story. 'Language Desk' is not a person."))
    head = (f"  <title>Cristo Rei Herald</title>\n  <link>{base}/en/news</link>\n  <description>News from Timor-Leste in English</description>\n  <language>en</language>\n"
            f"  <copyright>Copyright 2023 Cristo Rei Media, Unipessoal Lda.</copyright>\n  <generator>Fork CMS</generator>\n  <pubDate>{rfc822(d(2023, 5, 10, 17, 25, 0, 9))}</pubDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n <channel>\n' + head + "\n" + "\n".join(rows) + "\n </channel>\n</rss>\n"
    return feed("en_tl_cristoreiherald_news_forkcms_2023.rss.xml", text, items, lang="en", outlet="Cristo Rei Herald", aliases=["The Cristo Rei Herald"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Dili (Timor-Leste) English-language daily's news module RSS from Fork CMS (/en/news/rss, May 2023): one- to three-space indentation, no namespaces, channel title = brand, language 'en', copyright of a 'Unipessoal Lda.' company, generator 'Fork CMS', channel pubDate, '/en/news/detail/<slug>' links, guids '<link>#<id>' (isPermaLink false), escaped HTML descriptions carrying the whole article, RSS <author> as 'e-mail (Name)' with a reporter, 'Name, Business Editor', 'Redação' or 'Language Desk', <category> after the description, bold dateline with an em dash, &quot; quotes, an italic travel disclosure, +0900 dates, a gallery and a language column",
                notes="Home country Timor-Leste.")


# ---------------------------------------------------------------- Tirana: Serendipity 2.0 (2014)
def dajti():
    base = "http://www.dajtitribune.example"
    rows, items = [], []

    def add(num, slug, title, w, author, cat, body, exp, more=True):
        link = f"{base}/archives/{num}-{slug}.html"
        m = f'<br /><a href="{link}#extended">Continue reading "{esc(title)}"</a>' if more else ""
        rows.append(f"<item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <category>{esc(cat)}</category>\n\n    <comments>{link}#comments</comments>\n"
                    f"    <wfw:comment>{base}/wfwcomment.php?cid={num}</wfw:comment>\n\n    <slash:comments>0</slash:comments>\n    <wfw:commentRss>{base}/rss.php?version=2.0&amp;type=comments&amp;cid={num}</wfw:commentRss>\n\n"
                    f"    <author>{esc(author)}</author>\n    <content:encoded>\n    {esc(body + m)}\n    </content:encoded>\n\n    <pubDate>{rfc822(w)}</pubDate>\n"
                    f"    <guid isPermaLink=\"false\">{base}/archives/{num}-guid.html</guid>\n    \n</item>")
        items.append(exp(f"{base}/archives/{num}-guid.html"))

    w = d(2014, 6, 24, 19, 30, 0, 2)
    add(8812, "EU-ministers-recommend-candidate-status-for-Albania", "EU ministers recommend candidate status for Albania", w, "nospam@dajtitribune.example (Elira Hoxha and Gentian Marku)", "World",
        "<p>LUXEMBOURG - European Union ministers on Tuesday recommended that Albania be granted candidate status, opening the way for leaders to confirm the decision at their summit this week.</p>"
        "<p>\"Candidate status is a door, not a room. The rooms come with the reforms,\" said Ardita Kola, a lecturer in European law at the University of Tirana.</p>"
        "<p>The decision follows a law on the civil service and a new push against organised crime.</p>",
        lambda k: it(k, "EU ministers recommend candidate status for Albania", w, ["Elira Hoxha", "Gentian Marku"], quotes=[q("Ardita Kola", "University of Tirana")],
                     junk=["Continue reading"],
                     note="Serendipity's <author> 'e-mail (A and B)': two people. The body ends with the 'Continue reading \"<title>\"' link to the extended entry. EU accession: relevant; the June 2014 decision is the setting."))
    w = d(2014, 6, 23, 14, 0, 0, 2)
    add(8806, "Kosovo-coalition-talks-stall-after-June-election", "Kosovo coalition talks stall two weeks after election", w, "nospam@dajtitribune.example (Besnik Lleshi, Prishtina)", "World",
        "<p>Coalition talks in Kosovo stalled on Monday as the parties that came second, third and fourth said they would form a bloc to deny the winner a majority.</p>"
        "<p>Diplomats in Prishtina said the deadlock could last months.</p>",
        lambda k: it(k, "Kosovo coalition talks stall two weeks after election", w, ["Besnik Lleshi"], junk=["Continue reading"],
                     note="<author> 'e-mail (Name, City)': the city is not part of the name. Politics in a neighbouring state: relevant."))
    w = d(2014, 6, 22, 11, 15, 0, 2)
    add(8799, "Athens-and-Tirana-agree-to-restart-talks-on-maritime-border", "Athens and Tirana agree to restart talks on maritime border", w, "nospam@dajtitribune.example (ATA)", "World",
        "<p>Albania and Greece agreed to resume talks on their maritime border in the Ionian Sea, five years after Albania's Constitutional Court struck down a 2009 agreement.</p>",
        lambda k: it(k, "Athens and Tirana agree to restart talks on maritime border", w, [], junk=["Continue reading"],
                     note="The Albanian Telegraphic Agency credit 'ATA' is not a person: []. Border talks with a neighbour: relevant."))
    w = d(2014, 6, 21, 18, 40, 0, 2)
    add(8791, "Tirana-taxi-drivers-protest-new-meters", "Tirana taxi drivers block Skanderbeg Square over new meters", w, "nospam@dajtitribune.example (admin)", "Albania",
        "<p>Dozens of taxi drivers blocked Skanderbeg Square for two hours on Saturday in protest at a rule obliging them to install printing meters by September.</p>"
        "<p>\"The meter costs more than I earn in a month,\" said driver Artan Dedja.</p>",
        lambda k: it(k, "Tirana taxi drivers block Skanderbeg Square over new meters", w, [], rel=False, quotes=[q("Artan Dedja")], junk=["Continue reading"],
                     note="'admin' is the Serendipity account: []. City news: a story, not relevant."))
    w = d(2014, 6, 21, 9, 0, 0, 2)
    add(8788, "Poll-Should-Albania-adopt-the-euro", "Poll: Should Albania adopt the euro unilaterally?", w, "nospam@dajtitribune.example (admin)", "Polls",
        "<p>Vote in our weekly poll. Results next Saturday.</p>[poll id=41]",
        lambda k: it(k, "Poll: Should Albania adopt the euro unilaterally?", w, [], story=False, rel=False, junk=["[poll"], note="Reader poll: not a story."), more=False)
    w = d(2014, 6, 20, 8, 0, 0, 2)
    add(8781, "Photo-of-the-day-Dajti-cable-car", "Photo of the day: The Dajti Express at dawn", w, "nospam@dajtitribune.example (Photo)", "Photos",
        "<p><img src=\"http://www.dajtitribune.example/uploads/dajti-express.serendipityThumb.jpg\" alt=\"\" /></p>",
        lambda k: it(k, "Photo of the day: The Dajti Express at dawn", w, [], story=False, rel=False, note="Photo of the day: not a story."), more=False)
    head = (f"    <title>Dajti Tribune - World</title>\n    <link>{base}/</link>\n    <description>Albania's English-language daily</description>\n    <dc:language>en</dc:language>\n"
            f"    <admin:errorReportsTo rdf:resource=\"mailto:webmaster@dajtitribune.example\" />\n    <generator>Serendipity 2.0 - http://www.s9y.org/</generator>\n    <pubDate>{rfc822(d(2014, 6, 24, 19, 31, 0, 2))}</pubDate>\n")
    text = ('<?xml version="1.0" encoding="utf-8" ?>\n\n<rss version="2.0" \n   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n   xmlns:admin="http://webns.net/mvcb/"\n   xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '   xmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n   xmlns:wfw="http://wellformedweb.org/CommentAPI/"\n   xmlns:content="http://purl.org/rss/1.0/modules/content/"\n   >\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n\n</channel>\n</rss>\n")
    return feed("en_al_dajtitribune_world_serendipity20_2014.rss.xml", text, items, lang="en", outlet="Dajti Tribune", aliases=["The Dajti Tribune"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Tirana English-language daily's World category from Serendipity 2.0's rss.php?version=2.0&category=… (June 2014): '<?xml … ?>' with a space before the closing mark, blank lines, the rdf/admin/dc/slash/wfw/content namespace block, channel 'Brand - World', dc:language instead of <language>, admin:errorReportsTo, generator 'Serendipity 2.0 - http://www.s9y.org/', NO description per item: the entry body is only in escaped content:encoded with leading and trailing whitespace and ends with a 'Continue reading \"<title>\"' link, <author> 'nospam@… (Name)' holding two people joined by 'and', 'Name, Prishtina', the agency 'ATA', 'admin' or 'Photo', '/archives/<n>-guid.html' guids, '/archives/<n>-<Title-Slug>.html' links, comments/wfw/slash elements, straight double quotes, +0200 dates, an unrendered [poll] tag and a photo of the day",
                notes="Home country Albania.")


# ---------------------------------------------------------------- Skopje: Dotclear 2.9 (2016)
def vardar():
    base = "https://vardartimes.example"
    rows, items = [], []

    def add(md5, slug, title, w, creator, cat, body, exp):
        link = f"{base}/post/{w:%Y/%m/%d}/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{link}</link>\n    <guid isPermaLink=\"false\">urn:md5:{md5}</guid>\n    <pubDate>{rfc822(w)}</pubDate>\n"
                    f"    <dc:creator>{esc(creator)}</dc:creator>\n        <category>{esc(cat)}</category>\n    \n    <description>{esc(body)}</description>\n    \n    \n"
                    f"          <comments>{link}#comment-form</comments>\n      <wfw:comment>{link}#comment-form</wfw:comment>\n      <wfw:commentRss>{base}/feed/atom/comments/{md5[:4]}</wfw:commentRss>\n      </item>")
        items.append(exp(f"urn:md5:{md5}"))

    w = d(2016, 3, 9, 16, 50, 0, 1)
    add("5b0e1f6a2c3d4e5f60718293a4b5c6d7", "Balkan-route-closed-Gevgelija", "Balkan route shut as Slovenia, Croatia and Serbia close borders to transit migrants", w, "Aleksandar Trajkovski", "World",
        "<p><em>GEVGELIJA – Macedonian police turned back all migrants without valid visas at the Greek border on Wednesday, after Slovenia, Croatia and Serbia closed the route north.</em></p>"
        "<p>About 13,000 people remain in the Idomeni camp on the Greek side, many of them Syrian and Iraqi families.</p>"
        "<p>“For the people in Idomeni there is now no legal way forward and no way back,” said Marija Stojanovska, who coordinates a Skopje refugee aid network.</p>"
        "<p><strong>Related:</strong> <a href=\"https://vardartimes.example/post/2016/03/02/Idomeni-tear-gas\">Police fire tear gas at Idomeni fence</a></p>",
        lambda k: it(k, "Balkan route shut as Slovenia, Croatia and Serbia close borders to transit migrants", w, ["Aleksandar Trajkovski"], quotes=[q("Marija Stojanovska", "Skopje refugee aid network")],
                     junk=["Related:", "Police fire tear gas at Idomeni fence"],
                     note="The first paragraph is the italic standfirst with the dateline; a bold 'Related:' link ends the post. The closure of the Balkan route in March 2016 is the setting. Relevant."))
    w = d(2016, 3, 8, 11, 20, 0, 1)
    add("8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f", "name-talks-new-york", "UN envoy to meet Skopje and Athens negotiators on name dispute", w, "MIA", "World",
        "<p>The UN mediator in the name dispute between Macedonia and Greece will meet negotiators from both countries in New York next week, the foreign ministry in Skopje said.</p>",
        lambda k: it(k, "UN envoy to meet Skopje and Athens negotiators on name dispute", w, [],
                     note="dc:creator 'MIA' is the state news agency: []. The name dispute with Greece: relevant."))
    w = d(2016, 3, 7, 19, 0, 0, 1)
    add("1a2b3c4d5e6f708192a3b4c5d6e7f809", "Bulgaria-Macedonia-friendship-treaty-draft", "Sofia sends Skopje draft of friendship treaty", w, "Elena Ristova - Sofia", "World",
        "<p>Bulgaria has sent Macedonia a draft friendship treaty that would commit both sides to joint commissions on history textbooks, diplomats said on Monday.</p>"
        "<p>“The draft is friendly in its title and demanding in its annexes,” said Dimitar Velkov, a researcher at a Sofia think tank.</p>",
        lambda k: it(k, "Sofia sends Skopje draft of friendship treaty", w, ["Elena Ristova"], quotes=[q("Dimitar Velkov", "Sofia think tank")],
                     note="dc:creator 'Name - City' (the correspondent's city after a hyphen): the person only. Relations with Bulgaria: relevant."))
    w = d(2016, 3, 7, 8, 30, 0, 1)
    add("9f8e7d6c5b4a39281706f5e4d3c2b1a0", "Skopje-smog-schools", "Skopje closes kindergartens as smog reaches ten times the limit", w, "Tamara Nikolovska", "Macedonia",
        "<p>The city of Skopje closed kindergartens for two days after particulate levels reached ten times the EU limit.</p>",
        lambda k: it(k, "Skopje closes kindergartens as smog reaches ten times the limit", w, ["Tamara Nikolovska"], rel=False, note="City news: a story, not relevant."))
    w = d(2016, 3, 6, 12, 0, 0, 1)
    add("0f1e2d3c4b5a69788796a5b4c3d2e1f0", "Weekly-quiz-10", "Weekly quiz: How well did you follow the news?", w, "admin", "Quiz",
        "<p>Ten questions on the week's events. <a href=\"https://vardartimes.example/quiz/10\">Start the quiz</a></p>",
        lambda k: it(k, "Weekly quiz: How well did you follow the news?", w, [], story=False, rel=False, note="Quiz: not a story."))
    w = d(2016, 3, 5, 18, 0, 0, 1)
    add("2e3d4c5b6a7988a7b6c5d4e3f2a1b0c9", "Ohrid-festival-tickets", "Ohrid Summer Festival: tickets on sale from Monday", w, "admin", "Culture",
        "<p>Tickets for the Ohrid Summer Festival go on sale at the box office and online from Monday.</p>",
        lambda k: it(k, "Ohrid Summer Festival: tickets on sale from Monday", w, [], story=False, rel=False, note="Ticket-sale notice: not a story."))
    head = (f"  <title>Vardar Times</title>\n  <link>{base}/</link>\n  <atom:link href=\"{base}/feed/rss2\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"  <description>News from Macedonia and the region, in English</description>\n  <language>en</language>\n  <pubDate>{rfc822(d(2016, 3, 9, 16, 51, 0, 1))}</pubDate>\n"
            "  <copyright></copyright>\n  <docs>http://blogs.law.harvard.edu/tech/rss</docs>\n  <generator>Dotclear</generator>\n")
    text = (f'<?xml version="1.0" encoding="utf-8"?><?xml-stylesheet title="XSL formatting" type="text/xsl" href="{base}/feed/rss2/xslt" ?><rss version="2.0"\n  xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '  xmlns:wfw="http://wellformedweb.org/CommentAPI/"\n  xmlns:content="http://purl.org/rss/1.0/modules/content/"\n  xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_mk_vardartimes_all_dotclear29_2016.rss.xml", text, items, lang="en", outlet="Vardar Times", aliases=["The Vardar Times"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Skopje English-language daily on Dotclear 2.9 (/feed/rss2, March 2016): an xml-stylesheet PI on the same line as the prolog, channel title = brand, EMPTY <copyright></copyright>, docs and generator 'Dotclear', 'urn:md5:<32 hex>' guids, '/post/YYYY/MM/DD/<Slug>' links, dc:creator (a reporter, 'Name - City', the agency 'MIA', 'admin'), <category> indented deeper, the whole post as escaped description with blank whitespace lines around it, an italic standfirst with the dateline, a bold 'Related:' link, comments/wfw elements, +0100 dates, a quiz and a ticket notice",
                notes="Home country (North) Macedonia, as it was named in 2016.")


# ---------------------------------------------------------------- St George's, Grenada: Webflow CMS collection RSS (2024)
def spiceisle():
    base = "https://www.spiceislegazette.example"
    rows, items = [], []

    def add(slug, title, w, summary, exp, img=True):
        m = f'\n      <media:content url="https://cdn.prod.website-files.example/64f0a1/{slug[:12]}.webp" medium="image"/>\n      <media:thumbnail url="https://cdn.prod.website-files.example/64f0a1/{slug[:12]}.webp"/>' if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{base}/news/{slug}</link>\n      <guid>{base}/news/{slug}</guid>\n      <description>{esc(summary)}</description>\n"
                    f"      <pubDate>{gmt(w)}</pubDate>{m}\n    </item>")
        items.append(exp(f"{base}/news/{slug}"))

    w = d(2024, 8, 14, 10, 0, 0, -4)
    add("guyana-venezuela-caricom-essequibo-statement", "CARICOM restates support for Guyana as Venezuela tension flares again", w,
        "By Nadia Charles-Mitchell and Kwame St. Bernard | CARICOM heads said on Tuesday they stood by Guyana's territorial integrity after Venezuelan troops were reported near the Cuyuní river. “The Caribbean has one border doctrine, and it is the rule of law,” said Dr. Lyndon Pierre, who teaches international relations at St. George's University.",
        lambda k: it(k, "CARICOM restates support for Guyana as Venezuela tension flares again", w, ["Nadia Charles-Mitchell", "Kwame St. Bernard"], quotes=[q("Lyndon Pierre", "St. George's University")],
                     junk=["By Nadia Charles-Mitchell"],
                     note="Webflow collection RSS has no author element: the plain-text summary field starts with the byline 'By A and B |'. Two people. 'Dr.' is not part of the name. Regional security: relevant."))
    w = d(2024, 8, 13, 15, 30, 0, -4)
    add("haiti-mission-kenyan-police-caribbean-contingent", "Grenada to send police officers to Haiti security mission", w,
        "Grenada will contribute a small police contingent to the Kenyan-led multinational security mission in Haiti, the Ministry of Foreign Affairs said. The officers will deploy in October after training in Jamaica. — GIS",
        lambda k: it(k, "Grenada to send police officers to Haiti security mission", w, [], junk=["— GIS"],
                     note="Government Information Service release signed '— GIS': no person, []. Grenada's contribution to a multinational mission: relevant."))
    w = d(2024, 8, 12, 18, 5, 0, -4)
    add("carriacou-rebuilding-after-beryl-six-weeks-on", "Six weeks after Beryl, Carriacou still waits for roofs", w,
        "By Shermaine Baptiste in Hillsborough | Six weeks after Hurricane Beryl, hundreds of families on Carriacou are still living under tarpaulins. “We are grateful for every sheet of galvanize, but the rain does not wait,” said Veronica Cudjoe, a teacher in Windward.",
        lambda k: it(k, "Six weeks after Beryl, Carriacou still waits for roofs", w, ["Shermaine Baptiste"], rel=False, quotes=[q("Veronica Cudjoe")],
                     junk=["By Shermaine Baptiste in Hillsborough"],
                     note="Byline 'By Name in Place |' at the start of the summary: the person only. Hurricane recovery at home: a story, not relevant."))
    w = d(2024, 8, 12, 9, 0, 0, -4)
    add("eu-caribbean-fisheries-pact-signed-in-bridgetown", "EU signs fisheries pact with eastern Caribbean states in Bridgetown", w,
        "The European Union signed a fisheries co-operation agreement with seven OECS members in Bridgetown on Monday. The pact funds patrol boats and cold storage. Grenada's chief fisheries officer, Ryan Nimrod-Joseph, called it “the first agreement that counts our fish before it counts our boats.”",
        lambda k: it(k, "EU signs fisheries pact with eastern Caribbean states in Bridgetown", w, [], quotes=[q("Ryan Nimrod-Joseph", "chief fisheries officer")],
                     note="No byline: []. The quote's speaker is introduced before it with his role. EU agreement with OECS states: relevant."))
    w = d(2024, 8, 11, 12, 0, 0, -4)
    add("spicemas-2024-jab-jab-gallery", "Spicemas 2024: Jab Jab morning in pictures", w,
        "Our photographers were out before dawn on J'ouvert morning.",
        lambda k: it(k, "Spicemas 2024: Jab Jab morning in pictures", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2024, 8, 10, 8, 0, 0, -4)
    add("read-the-e-paper", "Read today's Gazette e-paper", w,
        "Subscribers can read the full print edition online. Subscribe from EC$15 a month.",
        lambda k: it(k, "Read today's Gazette e-paper", w, [], story=False, rel=False, note="Subscription promo: not a story."), img=False)
    head = (f"    <title>The Spice Isle Gazette</title>\n    <link>{base}/news</link>\n    <description>Grenada, Carriacou and Petite Martinique, and the world</description>\n"
            f"    <image>\n      <url>https://cdn.prod.website-files.example/64f0a1/logo.png</url>\n      <title>The Spice Isle Gazette</title>\n      <link>{base}/news</link>\n    </image>\n"
            f"    <atom:link href=\"{base}/news/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gd_spiceislegazette_news_webflow_2024.rss.xml", text, items, lang="en", outlet="The Spice Isle Gazette", aliases=["Spice Isle Gazette"],
                ctype="application/rss+xml; charset=utf-8",
                structure="St George's (Grenada) daily's news collection as Webflow's CMS collection RSS (/news/rss.xml, August 2024): namespaces before version on <rss>, no <language>, channel title = brand, <image>, atom self link, items with title, link, the link again as guid, the collection's plain-text summary field as description (no HTML, no author element: bylines 'By A and B |' or 'By Name in Place |' written into the summary, a '— GIS' sign-off), GMT pubDates (newsroom -0400), media:content and media:thumbnail from the Webflow CDN, a gallery and an e-paper promo",
                notes="Home country Grenada (with Carriacou and Petite Martinique).")


FEEDS = [cristorei, dajti, vardar, spiceisle]
