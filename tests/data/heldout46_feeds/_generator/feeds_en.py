# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the forty-sixth held-out set (part 1: a Georgetown daily on WordPress 3.9,
a Belize City weekly on ProcessWire's MarkupRSS, a Brunei daily on Mura CMS, a Halifax daily on
Hippo CMS). All outlets, people and quotations are invented."""
from h46 import cd, d, esc, feed, it, ordered, q, rfc822, wpt


# ---------------------------------------------------------------- Georgetown (Guyana) daily on WordPress 3.9
def demerara():
    rows, items = [], []
    base = "http://www.demeraraledger.example"

    def add(pid, slug, title, when, creator, cats, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        exc = body.split("</p>")[0].replace("<p>", "")
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#comments</comments>\n\t\t<pubDate>{rfc822(when.astimezone(d(2014, 1, 1, 0, 0).tzinfo))}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{exc} [&#8230;]]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2014, 8, 14, 18, 20, 0, -4)
    add(41877, "venezuela-renews-claim-to-essequibo-at-un", "Venezuela renews claim to Essequibo at UN, Georgetown ‘not alarmed’", w, "Staff Writer", ["World", "Region"],
        "<p>(Demerara Ledger) Venezuela has again written to the United Nations Secretary-General restating its claim to the Essequibo region, a move the Ministry of Foreign Affairs in Georgetown described on Wednesday as &#8220;routine posturing&#8221;.</p>"
        "<p>&#8220;We are not alarmed. The 1899 Award is final and Guyana will continue to rely on international law,&#8221; Foreign Affairs Minister Charmaine Rodrigues-Persaud told reporters at the ministry&#8217;s Takuba Lodge offices.</p>"
        "<p>A senior diplomat who asked not to be named because he was not authorised to speak on the matter said Caracas was &#8220;playing to a domestic audience ahead of its own budget troubles.&#8221;</p>"
        "<p>The Venezuelan embassy did not respond to requests for comment.</p>",
        lambda k: it(k, "Venezuela renews claim to Essequibo at UN, Georgetown ‘not alarmed’", w, [], quotes=[q("Charmaine Rodrigues-Persaud", "Ministry of Foreign Affairs")],
                     note="'Staff Writer' is a credit, not a person. Title with single curly quotes as WordPress numeric references. Anonymous 'senior diplomat' quoted: the speaker is unnamed. Border claim by a neighbour: foreign policy, relevant."))
    w = d(2014, 8, 14, 9, 5, 0, -4)
    add(41851, "caricom-ministers-back-ebola-travel-screening", "Caricom ministers back Ebola travel screening at all regional airports", w, "Nalini Ramcharran", ["World", "Caribbean"],
        "<p>PORT OF SPAIN, Trinidad &#8211; Health ministers of the Caribbean Community agreed on Wednesday to screen passengers arriving from West Africa at every airport in the region.</p>"
        "<p>&#8220;We are small states with small hospitals. One case would stretch us beyond anything we have seen,&#8221; said Dr Ansel Baptiste, the chief medical officer of Grenada, who chaired the session.</p>"
        "<p>According to the Caribbean Public Health Agency, no suspected case had been reported in the region.</p>"
        "<p>&#8220;Screening is not a wall,&#8221; the agency&#8217;s executive director, Dr Maureen Lashley, said in a statement. &#8220;It buys time.&#8221;</p>",
        lambda k: it(k, "Caricom ministers back Ebola travel screening at all regional airports", w, ["Nalini Ramcharran"], quotes=[q("Ansel Baptiste", "Grenada"), q("Maureen Lashley", "Caribbean Public Health Agency")],
                     note="A quote split by its attribution ('“Screening is not a wall,” … said in a statement. “It buys time.”'). Regional health policy: relevant."))
    w = d(2014, 8, 13, 20, 40, 0, -4)
    add(41830, "city-council-defends-parking-meter-contract", "City Council defends parking meter contract as vendors protest at Stabroek", w, "Keron Daniels", ["News", "World"],
        "<p>The Georgetown Mayor and City Council on Wednesday defended a 49-year parking meter contract as about 200 vendors protested outside City Hall.</p>"
        "<p>&#8220;This contract will bring order to the streets of this city,&#8221; Town Clerk Maxine Fredericks said. Vendors&#8217; representative Lloyd Bacchus said the fees would &#8220;kill small business in Stabroek.&#8221;</p>",
        lambda k: it(k, "City Council defends parking meter contract as vendors protest at Stabroek", w, ["Keron Daniels"], rel=False, quotes=[q("Maxine Fredericks", "Georgetown Mayor and City Council")],
                     note="City news filed under World as well: a story, not relevant."))
    w = d(2014, 8, 13, 11, 0, 0, -4)
    add(41802, "gaza-ceasefire-extended-as-cairo-talks-continue", "Gaza ceasefire extended by five days as Cairo talks continue", w, "Reuters", ["World"],
        "<p>CAIRO (Reuters) &#8211; Israel and Palestinian factions agreed to extend a ceasefire in Gaza by five days late on Wednesday to allow more time for negotiations, an Egyptian official said.</p>"
        "<p>&#8220;The two sides have agreed to give the negotiations more time,&#8221; the official, who spoke on condition of anonymity, told Reuters.</p>"
        "<p>A Palestinian negotiator, Samir Haddad, said progress had been made on opening crossings, but &#8220;the hardest questions are still on the table.&#8221;</p>",
        lambda k: it(k, "Gaza ceasefire extended by five days as Cairo talks continue", w, [], quotes=[q("an Egyptian official")],
                     note="Agency copy credited to 'Reuters' in dc:creator: no person. 'told Reuters' is the agency, not the speaker's affiliation."))
    w = d(2014, 8, 12, 16, 0, 0, -4)
    add(41790, "photos-mashramani-float-parade", "PHOTOS: Emancipation Day celebrations at the National Park", w, "Photo Desk", ["Photos"],
        '<p>[gallery ids="41781,41782,41783,41784"]</p>',
        lambda k: it(k, "PHOTOS: Emancipation Day celebrations at the National Park", w, [], story=False, rel=False, junk=["gallery ids"],
                     note="Gallery shortcode left unrendered in content: not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2014, 8, 12, 8, 30, 0, -4)
    add(41776, "letter-the-world-should-not-forget-the-chibok-girls", "Letter: The world should not forget the Chibok girls", w, "Letters", ["Letters", "World"],
        "<p>Dear Editor,</p><p>Four months after the abduction of more than 200 schoolgirls in Chibok, Nigeria, the hashtags have gone quiet. &#8220;Bring back our girls&#8221; must mean more than a photograph.</p><p>Yours faithfully,<br/>Parbattie Singh</p>",
        lambda k: it(k, "Letter: The world should not forget the Chibok girls", w, ["Parbattie Singh"], rel=True,
                     note="A reader's letter about a foreign event: a story (opinion), relevant. The writer is named at the end; 'Letters' is a desk. The quoted slogan is not a speaker's quote."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>World &#8211; Demerara Ledger</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Guyana&#039;s independent daily</description>\n\t<lastBuildDate>{rfc822(d(2014, 8, 14, 22, 20, 0, 0))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.9.2</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_gy_demeraraledger_world_wp39.rss.xml", text, items, lang="en", outlet="Demerara Ledger", aliases=["The Demerara Ledger"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Georgetown (Guyana) daily's World category on WordPress 3.9.2: prolog and <rss on one line with namespaces on their own tab-indented lines, channel 'World &#8211; Brand', en-US, sy:update*, generator ?v=3.9.2, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom -0400), CDATA dc:creator with a reporter, 'Staff Writer', 'Reuters', 'Photo Desk' or 'Letters', CDATA excerpts ending ' [&#8230;]', content:encoded with curly quotes as numeric references, '“…,” said X, the Y of Z', 'X told reporters', an anonymous 'senior diplomat', a quote split around its attribution, an unrendered [gallery] shortcode, a reader's letter signed at the end, August 2014")


# ---------------------------------------------------------------- Belize City weekly on ProcessWire 2.7 MarkupRSS
def haulover():
    rows, items = [], []
    base = "https://www.haulovertimes.example"

    def add(path, title, when, author, text, exp):
        plain = text if len(text) < 1024 else text[:text.rfind(" ", 0, 1020)]
        au = f"\t\t<dc:creator>{esc(author)}</dc:creator>\n" if author else ""
        rows.append(f"\t<item>\n\t\t<title>{esc(title)}</title>\n\t\t<description><![CDATA[{plain}]]></description>\n\t\t<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>\n{au}"
                    f"\t\t<link>{base}{path}</link>\n\n\t<guid>{base}{path}</guid>\n\t</item>\n")
        items.append(exp(f"{base}{path}"))

    w = d(2016, 9, 22, 15, 10, 0, -6)
    add("/world/guatemala-claim-icj-referendum-date/", "Guatemala sets date for ICJ referendum; Belize says its own vote will follow", w, "Andrea Cus",
        "Guatemala's electoral tribunal has set April 15 as the date for the referendum asking voters whether the country's territorial claim against Belize should go to the International Court of Justice. \"We respect the sovereign process of our neighbour, and we will take our own decision in our own time,\" said Ambassador Orlando Castillo, Belize's chief negotiator on the differendum, at a press conference in Belmopan on Thursday. Opposition leader Delroy Alvarez was less patient. \"The Government has had years to explain the compromis to the people. They have not,\" he told the Haulover Times. A senior Foreign Ministry official, speaking on background, said the OAS would again fund information campaigns on both sides of the Sarstoon.",
        lambda k: it(k, "Guatemala sets date for ICJ referendum; Belize says its own vote will follow", w, ["Andrea Cus"], quotes=[q("Orlando Castillo", "Belize"), q("Delroy Alvarez", "opposition")],
                     note="MarkupRSS strips tags and truncates descriptions (1024 characters): one plain paragraph. Straight double quotes. Title before the name ('Ambassador') is not part of it. A territorial dispute with a neighbour: relevant."))
    w = d(2016, 9, 21, 10, 0, 0, -6)
    add("/world/hurricane-matthew-haiti-aid-appeal/", "'Every hour counts': Caricom agency appeals for Haiti relief flights", w, "Haulover Times Staff",
        "The Caribbean Disaster Emergency Management Agency appealed on Wednesday for aircraft to carry relief to southern Haiti, where roads remain cut by landslides. \"Every hour counts. The people of Jérémie have had no clean water for three days,\" the agency's executive director, Desmond Alleyne, said in Bridgetown. Belize's National Emergency Management Organisation said it would send a team of six. Its coordinator, Col. (Ret.) Elodio Pott, said the team would \"help with logistics, not heroics.\" A spokeswoman for the UN Office for the Coordination of Humanitarian Affairs, Marie-Claude Désir, said about 1.4 million people needed assistance, according to the agency's latest estimate, and that cholera was the main worry for the weeks ahead in the camps around Les Cayes and in the hills above them where the access roads had gone. Aid groups have warned that fuel shortages",
        lambda k: it(k, "'Every hour counts': Caricom agency appeals for Haiti relief flights", w, [], quotes=[q("Desmond Alleyne", "Caribbean Disaster Emergency Management Agency")],
                     note="Quote inside the headline in straight single quotes. The description is cut by MarkupRSS at a word boundary. 'Col. (Ret.)' is a rank, not part of the name. 'Haulover Times Staff' is a credit: []. Relevant."))
    w = d(2016, 9, 20, 18, 30, 0, -6)
    add("/news/san-pedro-water-taxi-fares-rise/", "Water taxi fares to San Pedro rise by $5", w, "Jorge Ek",
        "Passengers travelling by water taxi between Belize City and San Pedro will pay $5 more from October 1. \"Fuel has gone up and so has everything else,\" said operator Wilfred Usher.",
        lambda k: it(k, "Water taxi fares to San Pedro rise by $5", w, ["Jorge Ek"], rel=False, quotes=[q("Wilfred Usher")], note="Local transport news: not relevant."))
    w = d(2016, 9, 19, 14, 0, 0, -6)
    add("/world/colombia-peace-deal-signed-cartagena/", "Colombia and Farc sign peace deal in Cartagena", w, "",
        "CARTAGENA, Colombia (AP) - Colombia's government and the Farc rebels signed a peace agreement on Monday, ending more than half a century of war. \"Today we are saying goodbye to the war,\" a rebel commander known as Comandante Rubén told the crowd, in words echoed on banners across the walled city. A European diplomat who attended the ceremony, and who asked not to be named, said the real test would be the referendum. \"Signing is the easy part,\" the diplomat said.",
        lambda k: it(k, "Colombia and Farc sign peace deal in Cartagena", w, [], quotes=[q("Comandante Rubén", "Farc"), q("a European diplomat")],
                     note="No dc:creator (author field empty): MarkupRSS omits the element. Agency tag '(AP)' in the dateline. A nom de guerre as speaker. Relevant."))
    w = d(2016, 9, 19, 9, 0, 0, -6)
    add("/sports/jewel-fc-win-premier-league-opener/", "Jewel FC win Premier League opener 2-1", w, "Sports Desk",
        "Jewel FC came from behind to beat Placencia Assassins 2-1 at the MCC Grounds on Sunday.",
        lambda k: it(k, "Jewel FC win Premier League opener 2-1", w, [], rel=False, note="Home sport in the feed: a story, not relevant. 'Sports Desk' is no person."))
    w = d(2016, 9, 18, 12, 0, 0, -6)
    add("/world/this-weeks-edition-pdf/", "This week's edition (PDF)", w, "",
        "Download this week's paper as a PDF. Subscribers log in first.",
        lambda k: it(k, "This week's edition (PDF)", w, [], story=False, rel=False, note="E-paper notice: not a story."))
    head = (f"\t<title>Haulover Times - World</title>\n\t<link>{base}/world/</link>\n\t<description>News from Belize and the world</description>\n\t<pubDate>{w.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>\n\t<ttl>60</ttl>\n")
    text = ('<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "".join(rows) + "</channel>\n</rss>\n")
    return feed("en_bz_haulovertimes_world_processwire.rss.xml", text, items, lang="en", outlet="Haulover Times", aliases=["The Haulover Times"],
                ctype="application/xml; charset=utf-8",
                structure="Belize City weekly's world page on ProcessWire 2.7 with the core MarkupRSS module: channel with ttl 60 and the newest item's date as pubDate, no <language>, items as the module writes them (title, CDATA description, pubDate, dc:creator, link, then a blank line and a guid indented one tab less), descriptions with tags stripped and cut at 1024 characters at a word, straight quotes, dc:creator absent when the author field is empty, a reporter, 'Haulover Times Staff' or 'Sports Desk', -0600 dates, a quote in the headline in single quotes, ranks and titles before names ('Ambassador', 'Col. (Ret.)'), 'speaking on background', an e-paper notice, September 2016")
FEEDS = [demerara, haulover]
