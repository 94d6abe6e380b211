# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the forty-second held-out set (part 1: a Suva weekly on Blogger, a Colombo
daily on Joomla 3, a Portland daily on WordPress VIP, a Kochi daily's custom PHP feed).
All outlets, people and quotations are invented."""
from html import unescape

from h42 import P, cd, d, esc, feed, gmt, it, ordered, q, rfc822, wpt

LBL = "Title label '{}' may be kept or dropped"


# ---------------------------------------------------------------- Suva weekly on Blogger (Atom, 2013)
def suva():
    base = "http://www.suvaoutrigger.example"
    blog = "tag:blogger.com,1999:blog-4471902238815520913"
    rows, items = [], []

    def add(pid, slug, title, when, upd, body, cats, exp, author="Outrigger Newsroom"):
        url = f"{base}/2013/{when.month:02d}/{slug}.html"
        cts = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{c}'/>" for c in cats)
        rows.append(f"<entry><id>{blog}.post-{pid}</id><published>{when.isoformat(timespec='milliseconds')}</published><updated>{upd.isoformat(timespec='milliseconds')}</updated>{cts}"
                    f"<title type='text'>{esc(title)}</title><content type='html'>{esc(body)}</content>"
                    f"<link rel='replies' type='application/atom+xml' href='{base}/feeds/{pid}/comments/default' title='Post Comments'/>"
                    f"<link rel='replies' type='text/html' href='{url}#comment-form' title='0 Comments'/>"
                    f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.example/feeds/4471902238815520913/posts/default/{pid}'/>"
                    f"<link rel='self' type='application/atom+xml' href='https://www.blogger.example/feeds/4471902238815520913/posts/default/{pid}'/>"
                    f"<link rel='alternate' type='text/html' href='{url}' title='{esc(title).replace(chr(39), '&#39;')}'/>"
                    f"<author><name>{author}</name><uri>https://www.blogger.example/profile/0{pid[:9]}</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.example/img/b16-rounded.gif'/></author>"
                    f"<thr:total>0</thr:total></entry>")
        items.append(exp(f"{blog}.post-{pid}"))

    w = d(2013, 3, 14, 18, 20, 0, 12)
    add("7781503342001845120", "qa-forum-secretary-general-on-fiji-return", "Q&A: 'The door is open, but the room has rules' — Forum chief on Fiji", w, d(2013, 3, 14, 18, 41, 0, 12),
        '<div dir="ltr" style="text-align: left;" trbidi="on"><i>Fiji was suspended from the Pacific Islands Forum in 2009. Ahead of the Forum ministers\' meeting in Apia, the Outrigger\'s Litia Qaranivalu spoke to the Forum\'s deputy secretary-general, Tevita Fonua Halaholo.</i><br /><br />'
        '<b>Q: Is Fiji coming back into the Forum this year?</b><br />A: "The door is open, but the room has rules. An election under a constitution the people accept is the condition leaders set, and that has not changed."<br /><br />'
        '<b>Q: Some island states say the suspension has failed.</b><br />A: "I hear that. But the Forum cannot keep a rule for one member and drop it for another. If we did, the next coup would be cheaper."<br /><br />'
        '<b>Q: What about the new groupings Suva has joined?</b><br />A: "Countries are free to talk to whom they like. The Forum is still where Canberra, Wellington and the islands sit at one table."<br /><br />'
        '<span style="font-size: x-small;">This interview has been edited for length.</span></div>',
        ["Interviews", "Pacific"],
        lambda k: it(k, "'The door is open, but the room has rules' — Forum chief on Fiji", w, ["Litia Qaranivalu"], quotes=[q("Tevita Fonua Halaholo", "Pacific Islands Forum")],
                     junk=["This interview has been edited", "Q: Is Fiji", "trbidi"],
                     note=LBL.format("Q&A:") + ". Blogger post written as a Q&A: the interviewer is named in the italic intro (the author; the Blogger account is the newsroom's), the quotes belong to the interviewee, not the interviewer; the questions are not quotes. Fiji's own suspension from a regional body: foreign policy, relevant."))
    w = d(2013, 3, 12, 9, 5, 0, 12)
    add("2209187733610044901", "former-un-envoy-ratu-savenaca-dies", "Ratu Savenaca Vuniwai, Fiji's first envoy to the UN, dies at 88", w, d(2013, 3, 12, 9, 5, 0, 12),
        '<div dir="ltr" style="text-align: left;" trbidi="on">Ratu Savenaca Vuniwai, who raised Fiji\'s flag at the United Nations in New York months after independence in 1970, died at his home in Lautoka on Sunday. He was 88.<br /><br />'
        'A schoolteacher before he became a diplomat, he served as ambassador to the UN and high commissioner in London, and in 1982 chaired the committee that drafted the South Pacific nuclear-free zone proposal later adopted at Rarotonga.<br /><br />'
        '"He taught a generation of us that a small country is heard if it speaks first and speaks plainly," said Adi Losalini Tuivaga, a former foreign ministry permanent secretary.<br /><br />'
        'He is survived by his wife, four children and 13 grandchildren. The funeral will be held in Lautoka on Saturday.</div>',
        ["Obituaries", "Pacific"],
        lambda k: it(k, "Ratu Savenaca Vuniwai, Fiji's first envoy to the UN, dies at 88", w, [], quotes=[q("Adi Losalini Tuivaga", "foreign ministry")],
                     note="Obituary of a diplomat: a story. His career was the country's foreign policy (UN, nuclear-free zone): relevant. 'Outrigger Newsroom' is the Blogger account, not a person."))
    w = d(2013, 3, 11, 16, 45, 0, 12)
    add("5561238890713320448", "chinese-loan-for-nadi-road-signed", "China signs $F120m loan for Nadi-Lautoka road as Canberra watches", w, d(2013, 3, 11, 17, 2, 0, 12),
        '<div dir="ltr" style="text-align: left;" trbidi="on"><b>SUVA</b> - China\'s Export-Import Bank on Monday signed a $F120 million loan to rebuild the highway between Nadi and Lautoka, the largest Chinese-funded project in Fiji since 2006.<br /><br />'
        'The agreement was signed at the Ministry of Finance in the presence of China\'s ambassador. Officials said construction would begin in August.<br /><br />'
        '"Our partners in the region should not read this as a choice between friends," said the permanent secretary for foreign affairs, Jone Baleidrokadroka.<br /><br />'
        'Australia and New Zealand have kept travel sanctions on members of the interim government since 2006.<br /><br />'
        '<i>- Mereani Tikoduadua</i></div>',
        ["Pacific", "World"],
        lambda k: it(k, "China signs $F120m loan for Nadi-Lautoka road as Canberra watches", w, ["Mereani Tikoduadua"], quotes=[q("Jone Baleidrokadroka", "foreign affairs")],
                     junk=["- Mereani Tikoduadua"],
                     note="The reporter is named only in the italic sign-off ('- Name') at the end. A Chinese loan framed by regional rivalry: relevant."))
    w = d(2013, 3, 9, 10, 30, 0, 12)
    add("3301187745120098812", "letter-forum-suspension", "LETTER: The Forum needs Fiji more than it admits", w, d(2013, 3, 9, 10, 30, 0, 12),
        '<div dir="ltr" style="text-align: left;" trbidi="on">Sir, your editorial last week on the Forum suspension (March 2) missed the point. The islands of the north Pacific look to Suva for shipping, for schools and for a voice at the UN. A Forum without Fiji speaks for fewer people every year.<br /><br />'
        'Leaders in Apia should set a date, not a lecture.<br /><br /><b>Kalisito Naivalu</b><br />Nabua</div>',
        ["Letters"],
        lambda k: it(k, "The Forum needs Fiji more than it admits", w, ["Kalisito Naivalu"], junk=["Nabua"],
                     note=LBL.format("LETTER:") + ". A reader's letter, signed at the end with name and suburb: opinion, a story for the digest (marked as opinion by its label/category), author the letter writer, the suburb is no part of the name. Topic is the country's regional standing: relevant."))
    w = d(2013, 3, 8, 14, 0, 0, 12)
    add("9910023345578812034", "hibiscus-festival-dates", "Hibiscus Festival moves to August as organisers seek sponsors", w, d(2013, 3, 8, 14, 0, 0, 12),
        '<div dir="ltr" style="text-align: left;" trbidi="on">The Hibiscus Festival will open on August 17 this year, two weeks later than usual, while organisers look for a main sponsor, the festival committee said in Suva on Friday.<br /><br />'
        '"We would rather move the dates than shrink the parade," said committee chairwoman Sereana Ratuvou.</div>',
        ["Local"],
        lambda k: it(k, "Hibiscus Festival moves to August as organisers seek sponsors", w, [], rel=False, quotes=[q("Sereana Ratuvou", "festival committee")],
                     note="Home (Suva) event news: a story, not relevant."))
    w = d(2013, 3, 7, 20, 15, 0, 12)
    add("1187734560091228734", "correction-forum-story", "Correction", w, d(2013, 3, 7, 20, 15, 0, 12),
        '<div dir="ltr" style="text-align: left;" trbidi="on">In our March 2 story on the Pacific Islands Forum, the Forum\'s meeting in Apia was wrongly given as taking place in April. It takes place in May. We apologise for the error.</div>',
        ["Corrections"],
        lambda k: it(k, "Correction", w, [], story=False, rel=False,
                     note="A correction notice: not a story for the digest (it corrects an earlier item, it reports nothing)."))
    rows, items = ordered(rows, items)
    head = (f"<id>{blog}</id><updated>{d(2013, 3, 14, 18, 41, 22, 12).isoformat(timespec='milliseconds')}</updated><category term='Pacific'/><category term='World'/>"
            "<title type='text'>The Suva Outrigger</title><subtitle type='html'>Fiji&amp;#39;s independent weekly - news from the islands and the world</subtitle>"
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{base}/feeds/posts/default'/>"
            f"<link rel='self' type='application/atom+xml' href='https://www.blogger.example/feeds/4471902238815520913/posts/default?alt=atom'/>"
            f"<link rel='alternate' type='text/html' href='{base}/'/><link rel='hub' href='http://pubsubhubbub.appspot.example/'/>"
            f"<link rel='next' type='application/atom+xml' href='https://www.blogger.example/feeds/4471902238815520913/posts/default?alt=atom&amp;start-index=26&amp;max-results=25'/>"
            "<author><name>Outrigger Newsroom</name><uri>https://www.blogger.example/profile/04471902</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.example/img/b16-rounded.gif'/></author>"
            "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>412</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>")
    text = ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd='http://schemas.google.com/g/2005' xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            + head + "".join(rows) + "</feed>")
    return feed("en_fj_suvaoutrigger_world_blogger.atom.xml", text, items, lang="en", outlet="The Suva Outrigger", aliases=["Suva Outrigger"], shape="atom",
                ctype="application/atom+xml; charset=UTF-8", declared="UTF-8",
                structure="Suva independent weekly on Blogger (custom domain, /feeds/posts/default): one line, single-quoted attributes, the Blogger xml-stylesheet PI, openSearch/gd/thr namespaces, tag:blogger.com post ids, published/updated with milliseconds and +12:00, every entry authored by the shared 'Outrigger Newsroom' Blogger account with a noreply e-mail and gd:image, five links per entry (replies twice, edit, self, alternate with title), escaped HTML content in a 'dir=ltr trbidi=on' div with <br /> paragraphs, a Q&A interview with bold 'Q:' and 'A:' lines and an italic intro naming the interviewer, a diplomat's obituary, an italic '- Name' sign-off, a reader's letter signed name/suburb, a correction notice, March 2013",
                notes="Home country Fiji (only through Suva, $F amounts and the Forum suspension). Interviewer named in the intro is the author; the Blogger account is not a person.")


# ---------------------------------------------------------------- Colombo daily on Joomla 3.4 (2015)
def galle():
    base = "http://www.gallefacetribune.example"
    rows, items = [], []

    def add(aid, alias, title, when, author_mail, author, cat, intro, exp):
        url = f"{base}/index.php/world/{aid}-{alias}"
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n"
                    f"\t\t\t<description><![CDATA[{intro}]]></description>\n\t\t\t<author>{author_mail} ({author})</author>\n\t\t\t<category>{cat}</category>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(url))

    w = d(2015, 10, 8, 19, 30, 0, 5.5)
    add(8812, "analysis-geneva-resolution-what-colombo-signed-up-to", "Analysis: Geneva resolution - what Colombo actually signed up to", w, "news@gallefacetribune.example", "Dilrukshi Amarasekera", "World",
        P("<strong>Analysis</strong>", "By co-sponsoring last week's resolution at the UN Human Rights Council, the government did something no Sri Lankan government had done before: it accepted an international text on accountability for the last phase of the war instead of fighting it line by line.",
          "The compromise is in the wording. The resolution speaks of a judicial mechanism with the participation of Commonwealth and other foreign judges, defence lawyers and prosecutors, but leaves the detail to Colombo.",
          "\"The word 'participation' was the whole negotiation,\" said Kumudini Sellathurai, a former legal adviser to the foreign ministry. \"Everything else follows from who reads it.\"",
          "The test will come when the council reviews progress in 18 months."),
        lambda k: it(k, "Geneva resolution - what Colombo actually signed up to", w, ["Dilrukshi Amarasekera"], quotes=[q("Kumudini Sellathurai", "foreign ministry")],
                     junk=["news@gallefacetribune"],
                     note=LBL.format("Analysis:") + ". Analysis is news (not opinion). The kicker 'Analysis' is also repeated as the first bold paragraph of the intro. Joomla's <author> is 'e-mail (Name)': the name only. Sri Lanka's foreign policy at the UN: relevant."))
    w = d(2015, 10, 7, 21, 0, 0, 5.5)
    add(8807, "full-text-ambassador-goonetilleke-statement-to-the-human-rights-council", "Full text: Ambassador Goonetilleke's statement to the Human Rights Council", w, "news@gallefacetribune.example", "Tribune Desk", "World",
        P("<em>The following is the text of the statement delivered by Sri Lanka's Permanent Representative in Geneva, Ravindra Goonetilleke, at the 30th session of the UN Human Rights Council, as released by the mission.</em>",
          "Mr President, Excellencies, distinguished delegates,",
          "Sri Lanka comes to this Council this year as a country that has chosen to look at its past with open eyes. In January our people voted for good governance, and in August they confirmed that choice.",
          "We have asked our friends to stand with us, not over us. Reconciliation will be made in Sri Lanka, by Sri Lankans, with the help of those who wish us well.",
          "Thank you."),
        lambda k: it(k, "Ambassador Goonetilleke's statement to the Human Rights Council", w, [],
                     note="A speech transcript as released by the ministry: per this set's rule a transcript of a speech is a written document of record and a story (not a live page or programme episode); the whole text is the ambassador's, so no single quote is expected. 'Tribune Desk' is no person. Title label 'Full text:' may be kept or dropped."))
    w = d(2015, 10, 7, 11, 15, 0, 5.5)
    add(8801, "india-to-build-houses-in-north-and-east-under-new-phase", "India to fund 10,000 more houses in North and East", w, "news@gallefacetribune.example", "Nirosha Wijesundara", "World",
        P("<strong>COLOMBO</strong>: India will fund a further 10,000 houses for people displaced by the war in the Northern and Eastern provinces, the Indian High Commission said on Wednesday.",
          "The new phase brings the number of houses built with Indian grants since 2010 to 56,000. \"Every house is a family that can stop waiting,\" High Commission spokesman Arvind Raghunathan said."),
        lambda k: it(k, "India to fund 10,000 more houses in North and East", w, ["Nirosha Wijesundara"], quotes=[q("Arvind Raghunathan", "Indian High Commission")],
                     note="Foreign aid from India: relevant."))
    w = d(2015, 10, 6, 16, 40, 0, 5.5)
    add(8795, "correction-tea-exports-figure", "Correction: Tea export figure", w, "news@gallefacetribune.example", "Tribune Desk", "World",
        P("A report on October 3 (\"Tea exports to Russia slide\") gave the fall in exports as 30 per cent. The correct figure is 13 per cent. We regret the error."),
        lambda k: it(k, "Correction: Tea export figure", w, [], story=False, rel=False, note="Correction notice: not a story."))
    w = d(2015, 10, 5, 20, 5, 0, 5.5)
    add(8790, "refugees-on-boat-reach-aceh", "Boat with 44 Sri Lankan asylum seekers reaches Aceh", w, "news@gallefacetribune.example", "AFP", "World",
        P("<strong>BANDA ACEH</strong>, Indonesia (AFP): A wooden boat carrying 44 Sri Lankan asylum seekers, including nine children, reached a beach in Aceh on Monday after its engine failed on the way to Australia, Indonesian officials said.",
          "The passengers were given food and water by villagers. \"They told us they had been at sea for three weeks,\" said Teuku Hasbullah, the local police chief.",
          "Australia turns back boats carrying asylum seekers under its border policy."),
        lambda k: it(k, "Boat with 44 Sri Lankan asylum seekers reaches Aceh", w, [], quotes=[q("Teuku Hasbullah", "police chief")],
                     note="Agency copy: 'AFP' is no person. Migration across borders: relevant."))
    w = d(2015, 10, 4, 9, 0, 0, 5.5)
    add(8783, "cricket-lanka-squad-for-west-indies", "Selectors name uncapped spinner for West Indies Tests", w, "sports@gallefacetribune.example", "Sports Desk", "World",
        P("Selectors on Sunday named an uncapped left-arm spinner from Kurunegala in a 15-man squad for the two-Test series against the West Indies starting in Galle on October 14."),
        lambda k: it(k, "Selectors name uncapped spinner for West Indies Tests", w, [], rel=False, note="Sport: a story, not relevant. 'Sports Desk' is no person."))
    rows, items = ordered(rows, items)
    head = (f"\t\t<title>World</title>\n\t\t<description><![CDATA[Galle Face Tribune - news from Sri Lanka and the world]]></description>\n\t\t<link>{base}/index.php/world</link>\n"
            f"\t\t<lastBuildDate>{rfc822(d(2015, 10, 8, 19, 31, 5, 5.5))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n"
            f"\t\t<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"{base}/index.php/world?format=feed&amp;type=rss\"/>\n\t\t<language>en-gb</language>\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_lk_gallefacetribune_world_joomla3.rss.xml", text, items, lang="en", outlet="Galle Face Tribune", aliases=["The Galle Face Tribune"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Colombo English daily's 'World' category on Joomla 3.4 (index.php/world?format=feed&type=rss, no URL rewriting): generator comment, channel title only 'World' with the brand in the CDATA description, language en-gb (Joomla's installed language: the home country shows through Colombo, the North and East, Galle), tab indentation, '/index.php/world/<id>-<alias>' permalink guids, CDATA intro text, <author> as 'newsroom e-mail (Name)' with reporters, 'Tribune Desk', 'Sports Desk' or 'AFP', an 'Analysis:' kicker repeated as a bold first paragraph, a 'Full text:' speech transcript with the salutation lines, a correction notice, upper-case 'CITY:' datelines, +0530 dates, October 2015",
                notes="Home country Sri Lanka. Transcript of a speech: a story under this set's rules.")


# ---------------------------------------------------------------- Portland daily on WordPress VIP (2018)
def willamette():
    base = "https://www.willamettedispatch.example"
    rows, items = [], []

    def add(pid, path, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/{path}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(unescape(title))}</title>\n\t\t<link>{url}</link>\n\t\t\t\t<pubDate>{gmt(when)}</pubDate>{crs}{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2018, 11, 14, 15, 20, 0, -8)
    add(1442087, "news/world/2018/11/14/fact-check-did-the-migrant-caravan-get-un-funding", "Fact check: Did the UN pay for the migrant caravan?", w, ["Hannah Oyelaran-Brooks"], ["Fact Check", "World"],
        "A claim shared 90,000 times says the United Nations paid for the caravan crossing Mexico. We looked at it.",
        P("<strong>The claim:</strong> A post shared more than 90,000 times says the United Nations &#8220;paid every migrant in the caravan $500&#8221; to travel to the US border.",
          "<strong>Our rating: False.</strong>",
          "The UN refugee agency says it has given out blankets, water and information on asylum in Mexico. It has not given cash to people in the caravan, spokeswoman Marisol Quintanar told the Dispatch. &#8220;No agency of the UN has funded anyone&#8217;s journey. We do not do that anywhere,&#8221; she said.",
          "The image used in the post shows a 2016 cash-assistance program in Greece, unrelated to Central America.",
          "<em>This fact check is part of our partnership with an independent fact-checking network. Send us a claim to check at factcheck@willamettedispatch.example.</em>"),
        lambda k: it(k, "Did the UN pay for the migrant caravan?", w, ["Hannah Oyelaran-Brooks"], quotes=[q("Marisol Quintanar", "UN refugee agency")],
                     junk=["factcheck@willamettedispatch", "part of our partnership"],
                     note=LBL.format("Fact check:") + ". A fact check with 'The claim:' and 'Our rating: False.' verdict labels: a story (news), relevant (a claim about the UN and a migration crisis abroad). The verdict may stay in the summary."))
    w = d(2018, 11, 14, 9, 2, 0, -8)
    add(1441990, "news/world/2018/11/14/live-updates-brexit-draft-deal-cabinet", "Live updates: Brexit draft deal goes to May&#8217;s cabinet", w, ["Dispatch staff and wire reports"], ["World", "Live"],
        "Follow along as Britain's cabinet meets on the draft withdrawal agreement.",
        P("<strong>11:48 a.m. PT</strong> &#8212; Prime Minister Theresa May says cabinet has agreed the draft deal after five hours.",
          "<strong>9:30 a.m. PT</strong> &#8212; Ministers arrive at Downing Street. The 585-page text was published to ministers last night.",
          "<strong>8:05 a.m. PT</strong> &#8212; Sterling rises against the dollar ahead of the meeting."),
        lambda k: it(k, "Brexit draft deal goes to May's cabinet", w, [], story=False, rel=False,
                     note="Live page with time-stamped entries, newest first: not a story (relevant topic, but live pages are never posted). " + LBL.format("Live updates:") + ". The credit 'Dispatch staff and wire reports' is no person."))
    w = d(2018, 11, 13, 17, 45, 0, -8)
    add(1441876, "opinion/2018/11/13/oregon-farmers-are-paying-for-the-trade-war", "Opinion: Oregon farmers are paying for a trade war nobody here asked for", w, ["Guest Opinion"], ["Opinion", "Guest Opinion"],
        "Our wheat and hazelnuts used to go to China. Now they sit in warehouses.",
        P("Our wheat and hazelnuts used to go to China. Now they sit in warehouses in Pendleton and Newberg while Beijing buys from Australia and Turkey.",
          "Tariffs were sold to us as leverage. Leverage that costs the people who hold it more than the people it is aimed at is not leverage. It is a bill.",
          "Washington should negotiate the tariffs away before another harvest is lost.",
          "<em>Ruth Ellingsen-Pak farms wheat near Pendleton and is a past president of the Columbia Basin Growers Association.</em>"),
        lambda k: it(k, "Oregon farmers are paying for a trade war nobody here asked for", w, ["Ruth Ellingsen-Pak"],
                     junk=["is a past president of the Columbia Basin Growers Association"],
                     note=LBL.format("Opinion:") + ". Guest op-ed: dc:creator is the generic 'Guest Opinion'; the writer is named in the italic bio line at the end (the author; the bio itself is not summary text). A trade war with China seen from home farms: relevant (US trade policy towards another state)."))
    w = d(2018, 11, 13, 12, 10, 0, -8)
    add(1441801, "news/world/2018/11/13/pittsburgh-synagogue-delegation-israel", "Israeli minister meets Portland Jewish leaders after Pittsburgh attack", w, ["Aaron Feldstein-Mori", "Ngozi Ebere"], ["World", "Local"],
        "Israel's diaspora affairs minister met community leaders in Portland on Tuesday.",
        P("Israel&#8217;s minister for diaspora affairs met Jewish community leaders in Southwest Portland on Tuesday, the last stop of a West Coast visit after the synagogue shooting in Pittsburgh.",
          "&#8220;We asked for help with security, and we asked for less politics,&#8221; said Rabbi Miriam Tesler-Vogt of Congregation Beit Or. &#8220;We got a promise on the first.&#8221;",
          "The visit drew about 40 protesters."),
        lambda k: it(k, "Israeli minister meets Portland Jewish leaders after Pittsburgh attack", w, ["Aaron Feldstein-Mori", "Ngozi Ebere"], quotes=[q("Miriam Tesler-Vogt", "Congregation Beit Or")],
                     note="Co-authors as two dc:creator elements. A foreign government minister's visit after an attack at home: relevant (borderline, local angle)."))
    w = d(2018, 11, 12, 19, 30, 0, -8)
    add(1441733, "news/world/2018/11/12/qa-armistice-centenary-historian", "&#8216;We forget how global it was&#8217;: A historian on the Armistice at 100", w, ["Tom Varga"], ["World", "Q&amp;A"],
        "A Reed College historian on what the centenary of the Armistice means.",
        P("<em>Leaders gathered in Paris on Sunday for the 100th anniversary of the end of World War I. The Dispatch&#8217;s Tom Varga talked to Reed College historian Celestine Abara-Lindqvist. The conversation has been condensed.</em>",
          "<strong>Q: What stood out to you in Paris?</strong>",
          "A: &#8220;The absence of a common story. Each leader told his own country&#8217;s war, and the war was about all of them.&#8221;",
          "<strong>Q: Why should Oregonians care?</strong>",
          "A: &#8220;We forget how global it was. Soldiers from Senegal, India and Oregon died in the same mud. That is the argument for institutions like the League&#8217;s successors.&#8221;"),
        lambda k: it(k, "'We forget how global it was': A historian on the Armistice at 100", w, ["Tom Varga"], quotes=[q("Celestine Abara-Lindqvist", "Reed College")],
                     junk=["The conversation has been condensed"],
                     note="Q&A: the interviewer (dc:creator) is the author; the quotes belong to the interviewee, named in the intro. Commemoration with world leaders: relevant."))
    w = d(2018, 11, 12, 8, 0, 0, -8)
    add(1441690, "news/local/2018/11/12/tri-met-fares-rise-january", "TriMet fares rise 25 cents in January", w, ["Joel Akinwande"], ["Local", "World"],
        "Adult fares go to $2.75.",
        P("TriMet will raise its adult fare to $2.75 on January 1, the transit agency&#8217;s board decided Monday."),
        lambda k: it(k, "TriMet fares rise 25 cents in January", w, ["Joel Akinwande"], rel=False, note="Home (Portland) transit news filed under World too: a story, not relevant."))
    rows, items = ordered(rows, items)
    head = (f"\t<title>World &#8211; The Willamette Dispatch</title>\n\t<atom:link href=\"{base}/news/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Oregon&#039;s news, since 1899</description>\n\t<lastBuildDate>{gmt(d(2018, 11, 14, 15, 21, 3, -8))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://vip.wordpress.com/?v=4.9.8</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_us_willamettedispatch_world_wpvip.rss.xml", text, items, lang="en", outlet="The Willamette Dispatch", aliases=["Willamette Dispatch"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Portland (Oregon) daily's world section on WordPress VIP 4.9.8 with Co-Authors Plus: channel 'World &#8211; Brand', slogan with '&#039;', en-US, sy:update* whitespace, GMT pubDates BEFORE dc:creator (newsroom -0800), one CDATA dc:creator per co-author, a generic 'Guest Opinion' creator, a 'Dispatch staff and wire reports' credit, CDATA categories ('Fact Check', 'Live', 'Q&amp;A', 'Guest Opinion'), '?p=' guids, CDATA one-line dek descriptions, content:encoded with a fact check's bold 'The claim:'/'Our rating: False.' labels and partnership footer, a live page with 'h:mm a.m. PT —' entries, an op-ed with an italic bio line, a Q&A with bold 'Q:' and 'A:' paragraphs, November 2018",
                notes="Home country USA. US trade policy towards China is foreign policy.")


# ---------------------------------------------------------------- Kochi daily, custom PHP (2016)
def malabar():
    base = "http://www.malabarsentinel.example"
    rows, items = [], []

    def add(nid, slug, title, when, byline, desc, exp, section="world"):
        url = f"{base}/{section}/{slug}-{nid}.html"
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<description><![CDATA[{desc}]]></description>\n<link>{url}</link>\n<guid>{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n<byline>{esc(byline)}</byline>\n</item>")
        items.append(exp(url))

    w = d(2016, 8, 24, 21, 10, 0, 5.5)
    add(412988, "interview-gulf-jobs-are-not-coming-back-the-way-they-were", "'Gulf jobs are not coming back the way they were': Interview with migration economist", w, "Anjali Thekkedath",
        '<p>As Saudi construction firms lay off thousands of Indian workers, many of them from Kerala, <b>Anjali Thekkedath</b> spoke to <b>Dr. Suresh Kunhikrishnan</b>, who has studied Gulf migration for 25 years at a Thiruvananthapuram institute.</p>'
        '<p><b>The layoffs in Saudi Arabia - are they temporary?</b></p><p>Oil at 45 dollars is not a passing cloud. The Gulf states are cutting public projects, and our workers were on those projects. Some jobs will return, but not the way they were.</p>'
        '<p><b>What should New Delhi do?</b></p><p>Negotiate with Riyadh for the wages already owed. Thousands of men are stranded in camps without pay. That is a diplomatic task first and a welfare task second.</p>',
        lambda k: it(k, "'Gulf jobs are not coming back the way they were': Interview with migration economist", w, ["Anjali Thekkedath"], quotes=[q("Suresh Kunhikrishnan")],
                     note="Interview with bold questions and plain answers (no Q:/A: letters, no quotation marks): the answers are the interviewee's words; the reporter is the author. India–Saudi labour diplomacy: relevant."))
    w = d(2016, 8, 24, 11, 30, 0, 5.5)
    add(412950, "explainer-what-is-the-gst-bill-and-why-kerala-backs-it", "Explainer: What the GST Bill means for Kerala", w, "Sentinel Bureau",
        '<p>Parliament passed the constitutional amendment for a goods and services tax this month. Here is what changes for a consumer state like Kerala.</p><p><b>What is GST?</b> A single tax on goods and services replacing a stack of central and state taxes.</p>',
        lambda k: it(k, "What the GST Bill means for Kerala", w, [], rel=False,
                     note=LBL.format("Explainer:") + ". Explainer on a home tax reform filed in the world feed: news, a story, not relevant (home economics). 'Sentinel Bureau' is no person."),
        section="nation")
    w = d(2016, 8, 23, 18, 0, 0, 5.5)
    add(412901, "kerala-nurses-evacuated-from-libya-land-in-kochi", "29 nurses evacuated from Libya land in Kochi", w, "Shabna Rahman",
        '<p><b>KOCHI:</b> Twenty-nine nurses from Kerala who were evacuated from hospitals in Misrata and Tripoli landed at Kochi airport on Tuesday, days after fighting closed the roads around the hospitals.</p>'
        '<p>"We heard shelling every night for two weeks," said Mini Varghese, a nurse from Kottayam. The External Affairs Ministry arranged the flight via Tunis.</p>',
        lambda k: it(k, "29 nurses evacuated from Libya land in Kochi", w, ["Shabna Rahman"], quotes=[q("Mini Varghese")],
                     note="Evacuation from a war abroad by the foreign ministry: relevant."))
    w = d(2016, 8, 22, 20, 45, 0, 5.5)
    add(412866, "analysis-china-s-port-in-gwadar-and-india-s-answer-in-chabahar", "ANALYSIS | Gwadar and Chabahar: two ports, one rivalry", w, "C.P. Unnikrishnan Nair, Diplomatic Editor",
        '<p>Forty miles of sea separate Pakistan\'s Chinese-built port at Gwadar from Iran\'s Chabahar, where India signed a deal in May to develop a terminal. The two ports are now the clearest map of the rivalry between New Delhi and Beijing in the Arabian Sea.</p>'
        '<p>India\'s bet is that Chabahar gives it a road to Afghanistan that does not pass through Pakistan. China\'s is that Gwadar gives it an exit to the sea that does not pass through the Strait of Malacca.</p>',
        lambda k: it(k, "Gwadar and Chabahar: two ports, one rivalry", w, ["C.P. Unnikrishnan Nair"],
                     note=LBL.format("ANALYSIS |") + ". Analysis piece (news). The byline element carries 'Name, Diplomatic Editor': the job title is no part of the name. Relevant."))
    w = d(2016, 8, 22, 9, 15, 0, 5.5)
    add(412830, "onam-markets-see-record-crowds", "Onam markets see record crowds in Ernakulam", w, "Staff Reporter",
        '<p>Onam markets across Ernakulam drew record crowds on Sunday as vegetable prices eased after good rains.</p>',
        lambda k: it(k, "Onam markets see record crowds in Ernakulam", w, [], rel=False, note="Home city news: not relevant. 'Staff Reporter' is no person."), section="kerala")
    w = d(2016, 8, 21, 19, 0, 0, 5.5)
    add(412802, "obituary-k-m-menon-former-ambassador-to-moscow", "K.M. Raghava Menon, envoy who negotiated 1971 treaty text, passes away", w, "Sentinel Bureau",
        '<p><b>THIRUVANANTHAPURAM:</b> K.M. Raghava Menon, a former Indian Ambassador to the Soviet Union who was part of the team that drafted the 1971 Indo-Soviet Treaty of Peace, Friendship and Cooperation, passed away at his residence here on Sunday. He was 94.</p>'
        '<p>Born in Palakkad, he joined the Indian Foreign Service in 1949 and later served in Cairo, Jakarta and Bonn. His memoir of the Moscow years was published in 1998.</p>'
        '<p>He is survived by two daughters.</p>',
        lambda k: it(k, "K.M. Raghava Menon, envoy who negotiated 1971 treaty text, passes away", w, [],
                     note="Obituary of a diplomat whose career was the treaty with the Soviet Union: a story, relevant."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>The Malabar Sentinel :: World</title>\n'
            f"<link>{base}/world</link>\n<description>Latest World news from The Malabar Sentinel</description>\n<language>en</language>\n"
            f"<copyright>Copyright 2016 Malabar Sentinel Publications Pvt Ltd</copyright>\n<lastBuildDate>{rfc822(d(2016, 8, 24, 21, 15, 0, 5.5))}</lastBuildDate>\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_in_malabarsentinel_world_custom.rss.xml", text, items, lang="en", outlet="The Malabar Sentinel", aliases=["Malabar Sentinel"],
                ctype="text/xml; charset=UTF-8",
                structure="Kochi English daily's world feed from a custom PHP CMS: no namespaces, channel 'Brand :: World', language 'en', copyright of the 'Publications Pvt Ltd', '/<section>/<slug>-<id>.html' links (world, nation and kerala sections mixed in) repeated as guids, CDATA titles and CDATA HTML descriptions placed BEFORE the link, a non-standard <byline> element after pubDate holding a reporter, 'Name, Diplomatic Editor', 'Sentinel Bureau' or 'Staff Reporter' (no <author>, no dc:creator), an interview with bold questions and unmarked answers, an 'Explainer:' and an 'ANALYSIS |' kicker, an obituary ('passed away'), upper-case 'CITY:' datelines, +0530 dates, August 2016",
                notes="Home country India. The byline is only in a non-standard <byline> element.")


FEEDS = [suva, galle, willamette, malabar]
