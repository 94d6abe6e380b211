# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world desks of the forty-eighth held-out set (part 1: an Amsterdam English-language
daily on Contentful with a Next.js feed route, a Copenhagen English daily on Labrador, a Zagreb
English daily on Superdesk Publisher, a St John's (Antigua) daily on WordPress 3.4).
All outlets, people and quotations are invented."""
from h48 import cd, d, esc, feed, gmt, it, q, rfc822, wpt


# ---------------------------------------------------------------- Amsterdam: Contentful entries through a Next.js route (2025)
def amstel():
    base = "https://www.amstelobserver.example"
    rows, items = [], []

    def add(eid, slug, title, w, creator, stand, body, exp):
        c = f"\n    <dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{cd(title)}</title>\n    <link>{base}/world/{slug}</link>\n    <guid isPermaLink=\"false\">{eid}</guid>\n"
                    f"    <pubDate>{gmt(w)}</pubDate>{c}\n    <description>{cd(stand)}</description>\n    <content:encoded>{cd(body)}</content:encoded>\n  </item>")
        items.append(exp(eid))

    rel = '<aside class="related-links"><h4>Read also</h4><ul><li><a href="{0}/world/{1}">{2}</a></li></ul></aside>'
    w = d(2025, 5, 27, 18, 40, 0, 2)
    add("4kQ9xTzL2mVbN8aRcWfE1s", "suriname-count-stalls-as-both-camps-claim-lead", "Suriname count stalls as both main parties claim the lead", w, "Karin Wong",
        "Results from the interior districts are still missing two days after the vote, and observers urge patience.",
        "<p><strong>By Karin Wong in Paramaribo</strong></p><p>Counting in Suriname's general election slowed to a crawl on Tuesday as ballot boxes from river villages in the interior had yet to reach the capital, two days after polls closed.</p>"
        "<p>Both the governing party and the main opposition party said their own tallies put them ahead. The Independent Electoral Bureau has published results for fewer than two thirds of polling stations.</p>"
        "<p>“We will wait for every ballot from every village, however long the boats take,” said Rosita Amafo, a spokeswoman for the Independent Electoral Bureau.</p>"
        + rel.format(base, "dutch-aid-to-suriname-what-has-changed", "Dutch aid to Suriname: what has changed since 2020")
        + "<p>The Netherlands, the former colonial power, has sent no official observers but several Dutch MPs are in the country.</p>",
        lambda k: it(k, "Suriname count stalls as both main parties claim the lead", w, ["Karin Wong"], quotes=[q("Rosita Amafo", "Independent Electoral Bureau")],
                     junk=["By Karin Wong in Paramaribo", "Read also", "Dutch aid to Suriname: what has changed"],
                     note="Standfirst as description, body in content:encoded opening with a bold 'By Name in City' paragraph and carrying a 'Read also' related-links aside in the middle. The author is the person only (no 'in Paramaribo'). Election abroad: relevant; the general election of 25 May 2025 is only the setting."))
    w = d(2025, 5, 27, 11, 5, 0, 2)
    add("1bHs7PqR3nWcY5eKdUjM0a", "hague-talks-black-sea-cargo-insurance", "The Hague to host talks on insuring Black Sea cargo ships", w, "Sanne de Vries and Pieter Bakker",
        "Insurers, shipowners and officials from a dozen countries will meet next month to look for a way to bring war-risk premiums down.",
        "<p>The Netherlands will host talks in The Hague next month on a state-backed insurance pool for cargo ships using Ukraine's Black Sea ports, the foreign ministry said on Tuesday.</p>"
        "<p>War-risk premiums for a single voyage to Odesa still run to about 1 percent of a ship's value, brokers say, several times the level before the full-scale invasion.</p>"
        "<p>“Without a public guarantee the premiums will not come down, and without lower premiums the grain stays in the silos,” said Marloes Kuiper, a maritime lawyer at Leiden University.</p>"
        "<figure><img src=\"https://images.ctfassets.example/x1/odesa-port.jpg?w=1200\" alt=\"\"/><figcaption>A bulk carrier is loaded in the port of Odesa. Photo: ANP</figcaption></figure>"
        "<p>Officials from a dozen countries and the main London insurance markets are expected to attend.</p>",
        lambda k: it(k, "The Hague to host talks on insuring Black Sea cargo ships", w, ["Sanne de Vries", "Pieter Bakker"], quotes=[q("Marloes Kuiper", "Leiden University")],
                     junk=["Photo: ANP"],
                     note="dc:creator joins two reporters with 'and' (Contentful's author references rendered as one string): two people. Image caption with a photo credit inside the body. Dutch foreign policy: relevant."))
    w = d(2025, 5, 26, 16, 20, 0, 2)
    add("6tNw2RbX9kAeH4sLgVqP7c", "eu-ministers-split-over-mercosur-safeguard", "EU trade ministers split over safeguard clause in Mercosur deal", w, "Reuters",
        "France and Poland want a brake on beef imports; the Netherlands says the clause already exists.",
        "<p>BRUSSELS (Reuters) - European Union trade ministers failed on Monday to agree on a stronger safeguard clause in the trade agreement with the Mercosur bloc, diplomats said.</p>"
        "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Long day in the Council. No agreement yet on the safeguard text, talks continue in June. <a href=\"https://t.example/xY7\">pic.twitter.com/xY7bQ2</a></p>&mdash; Joris Hendriks (@jhendriksMEP) <a href=\"https://twitter.example/jhendriksMEP/status/1927\">May 26, 2025</a></blockquote>"
        "<p>“Dutch farmers are not against trade, they are against being the only ones who follow the rules,” said Hugo Verbeek, who chairs the Dutch Arable Farmers' Union.</p>",
        lambda k: it(k, "EU trade ministers split over safeguard clause in Mercosur deal", w, [], quotes=[q("Hugo Verbeek", "Dutch Arable Farmers' Union")],
                     junk=["pic.twitter.com", "@jhendriksMEP", "May 26, 2025"],
                     note="Agency story: dc:creator 'Reuters' is not a person ([] expected). An embedded tweet (blockquote.twitter-tweet with the account line and date) sits in the body; its text is not a quotation of the story. EU trade policy: relevant."))
    w = d(2025, 5, 26, 9, 30, 0, 2)
    add("2pLc8VfJ6dQuS1yTrKoB3e", "amsterdam-caps-holiday-rentals-again", "Amsterdam cuts holiday rentals to 15 nights a year", w, "Lotte Jansen",
        "Owners who rent out their homes to tourists will face fines of up to €21,000 from January.",
        "<p>Amsterdam will cut the number of nights residents may rent out their homes to tourists from 30 to 15 a year, the city council decided on Friday.</p>"
        "<p>“The city belongs to the people who live here, not to a booking algorithm,” said Ruben Schaap, the city's housing alderman.</p>"
        "<p>Rental platforms said the cap would push visitors towards hotels in nearby Haarlem and Zaandam.</p>",
        lambda k: it(k, "Amsterdam cuts holiday rentals to 15 nights a year", w, ["Lotte Jansen"], rel=False, quotes=[q("Ruben Schaap", "housing alderman")],
                     note="City policy filed in the world feed: a story, not relevant (home news)."))
    w = d(2025, 5, 25, 12, 0, 0, 2)
    add("5gVe1MnC4xZoT7wAhYsD9f", "week-in-pictures-may-25", "The week in pictures: tulip fields, a royal visit and a flooded Maas", w, "Photo desk",
        "Our photographers' pick of the week.",
        "<figure><img src=\"https://images.ctfassets.example/x1/wip-1.jpg\" alt=\"\"/><figcaption>Tulip fields near Lisse. Photo: Amstel Observer</figcaption></figure>"
        "<figure><img src=\"https://images.ctfassets.example/x1/wip-2.jpg\" alt=\"\"/><figcaption>The Maas at Venlo. Photo: ANP</figcaption></figure>",
        lambda k: it(k, "The week in pictures: tulip fields, a royal visit and a flooded Maas", w, [], story=False, rel=False, note="Photo gallery: not a story. 'Photo desk' is not a person."))
    w = d(2025, 5, 24, 7, 0, 0, 2)
    add("3hDk5RwA8tEyU2pNiGcV6g", "podcast-dutch-dispatch-episode-112", "Dutch Dispatch podcast: Why the Dutch still can't agree on asylum", w, None,
        "Episode 112 of our weekly podcast. Listen on all major platforms.",
        "<p><iframe src=\"https://embed.podcasts.example/dutch-dispatch/112\" height=\"152\"></iframe></p><p>Subscribe to Dutch Dispatch wherever you get your podcasts.</p>",
        lambda k: it(k, "Dutch Dispatch podcast: Why the Dutch still can't agree on asylum", w, [], story=False, rel=False,
                     note="Podcast episode: not a story. Title label 'Dutch Dispatch podcast:' may be kept or dropped."))
    head = (f"  <title>World | The Amstel Observer</title>\n  <link>{base}/world</link>\n  <description>World news from the Netherlands' English-language daily</description>\n"
            f"  <language>en-NL</language>\n  <copyright>© 2025 Amstel Media B.V.</copyright>\n  <lastBuildDate>{gmt(d(2025, 5, 27, 18, 45, 0, 2))}</lastBuildDate>\n"
            f"  <atom:link href=\"{base}/feeds/world.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>")
    return feed("en_nl_amstelobserver_world_contentful_next_2025.rss.xml", text, items, lang="en", outlet="The Amstel Observer", aliases=["Amstel Observer"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Amsterdam English-language daily whose articles live in Contentful and whose feed is a Next.js route handler (/feeds/world.xml, May 2025): no trailing newline, two-space indentation with items at channel level, channel 'World | Brand', language en-NL, '© 2025 Amstel Media B.V.' copyright, CDATA titles, Contentful entry ids (22-character base62) as non-permalink guids, pubDates as JavaScript's toUTCString() writes them ('GMT', newsroom +0200), CDATA dc:creator from the author references ('A and B', a reporter, 'Reuters', 'Photo desk' or absent), the standfirst as description and the rich-text body as content:encoded with a bold 'By Name in City' paragraph, a 'Read also' related-links aside, an embedded tweet blockquote and figure captions with 'Photo: ANP', a gallery and a podcast",
                notes="Home country the Netherlands.")


# ---------------------------------------------------------------- Copenhagen: Labrador CMS section feed (2021)
def oresund():
    base = "https://www.oresundpost.example"
    rows, items = [], []

    def add(aid, slug, title, w, author, desc, exp, img=None):
        a = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        e = f'\n\t\t\t<enclosure url="{base}/images/{img}.jpg?imageId={aid}&amp;width=980&amp;height=552" length="0" type="image/jpeg"/>' if img else ""
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{base}/{slug}/{aid}</link>\n\t\t\t<guid>{base}/{slug}/{aid}</guid>\n\t\t\t<pubDate>{rfc822(w)}</pubDate>{a}"
                    f"\n\t\t\t<description>{esc(desc)}</description>{e}\n\t\t</item>")
        items.append(exp(f"{base}/{slug}/{aid}"))

    w = d(2021, 11, 18, 14, 12, 0, 1)
    add(172554, "world/faroese-fishing-deal-with-russia-renewed-despite-protests", "Faroe Islands renew fishing deal with Russia despite protests", w, "redaktion@oresundpost.example (Mette Lund Holm)",
        "<p>The Faroese government has renewed its annual fisheries agreement with Russia for 2022, brushing aside calls from Copenhagen and Brussels to let it lapse.</p><p>“A fishing nation of 53,000 people cannot choose its customers by mood,” said Jógvan í Lon, a fisheries economist at the University of the Faroe Islands.</p><p>The agreement lets Russian trawlers fish for blue whiting in Faroese waters in exchange for cod quotas in the Barents Sea.</p>",
        lambda k: it(k, "Faroe Islands renew fishing deal with Russia despite protests", w, ["Mette Lund Holm"], quotes=[q("Jógvan í Lon", "University of the Faroe Islands")],
                     note="RSS <author> in its specified form 'e-mail (Name)': the person is the name in brackets, never the newsroom address. The Faroe Islands' external relations within the Danish realm: relevant."), img="faroe-trawler")
    w = d(2021, 11, 18, 9, 40, 0, 1)
    add(172531, "world/belarus-border-migrants-danish-aid", "Denmark pledges aid for migrants stranded on Belarus-Poland border", w, "redaktion@oresundpost.example (Ritzau)",
        "<p>Denmark will give 15 million kroner to aid groups working on both sides of the Belarus-Poland border, the development minister's office said on Thursday.</p><ul><li>Thousands of people remain in camps in freezing temperatures</li><li>Poland has refused entry to most aid groups on its side</li><li>The EU accuses Minsk of engineering the crisis</li></ul><p>The money will go to the Red Cross and the UN refugee agency.</p>",
        lambda k: it(k, "Denmark pledges aid for migrants stranded on Belarus-Poland border", w, [],
                     note="The bracketed name after the e-mail is the agency Ritzau: not a person, [] expected. The description has a bullet list between paragraphs; its items must stay separate sentences. Danish foreign aid: relevant."), img="belarus-border")
    w = d(2021, 11, 17, 20, 5, 0, 1)
    add(172498, "world/nordic-states-to-pool-maritime-patrol-aircraft", "Nordic states to pool maritime patrol aircraft over the North Atlantic", w, "redaktion@oresundpost.example (Anders Kjær, Nordic Correspondent)",
        "<p>STOCKHOLM: Denmark, Norway and Sweden agreed on Wednesday to share maritime patrol aircraft and radar data over the North Atlantic and the Baltic approaches, their defence ministries said in a joint statement.</p><p>“Three small air forces are finally admitting that the sea between them is one sea,” said Ingrid Sandberg, a security analyst at Lund University.</p><p>The first joint flights are planned for the spring, from a base in northern Jutland.</p>",
        lambda k: it(k, "Nordic states to pool maritime patrol aircraft over the North Atlantic", w, ["Anders Kjær"], quotes=[q("Ingrid Sandberg", "Lund University")],
                     note="<author> 'e-mail (Name, Nordic Correspondent)': the job title is not part of the name. Nordic defence co-operation: relevant."))
    w = d(2021, 11, 17, 12, 0, 0, 1)
    add(172470, "copenhagen/metro-city-ring-closed-after-signal-fault", "Metro City Ring closed for six hours after signal fault", w, "redaktion@oresundpost.example (Nanna Friis)",
        "<p>The Copenhagen Metro's City Ring line was closed for six hours on Wednesday morning after a signal fault near Nørrebro, stranding thousands of commuters.</p><p>The operator said the fault was not caused by a cyber attack.</p>",
        lambda k: it(k, "Metro City Ring closed for six hours after signal fault", w, ["Nanna Friis"], rel=False, note="City transport news in the feed: a story, not relevant."))
    w = d(2021, 11, 16, 18, 0, 0, 1)
    add(172455, "live/live-local-elections-2021", "LIVE: Local elections 2021 – results as they come in", w, None,
        "<p>Follow the count in all 98 municipalities with our reporters across the country.</p>",
        lambda k: it(k, "LIVE: Local elections 2021 – results as they come in", w, [], story=False, rel=False, note="Live page: not a story. Title label 'LIVE:' may be kept or dropped."))
    w = d(2021, 11, 16, 7, 30, 0, 1)
    add(172440, "partner/christmas-markets-guide-sponsored", "Sponsored: Our guide to the Christmas markets of Jutland", w, "redaktion@oresundpost.example (Partner content)",
        "<p>From Ribe to Aarhus, the season's best markets, in collaboration with Visit Jutland.</p>",
        lambda k: it(k, "Sponsored: Our guide to the Christmas markets of Jutland", w, [], story=False, rel=False, note="Sponsored content: not a story, and 'Partner content' is not a person."))
    head = (f"\t\t<title>The Øresund Post - World</title>\n\t\t<link>{base}/world</link>\n\t\t<description>News from Denmark and the world, in English</description>\n"
            f"\t\t<language>en</language>\n\t\t<copyright>Øresund Media ApS</copyright>\n\t\t<generator>Labrador CMS</generator>\n\t\t<lastBuildDate>{rfc822(d(2021, 11, 18, 14, 20, 0, 1))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n\t<channel>\n' + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_dk_oresundpost_world_labrador_2021.rss.xml", text, items, lang="en", outlet="The Øresund Post", aliases=["Øresund Post", "The Oresund Post"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Copenhagen English-language daily's world section from Labrador CMS (/world/?lab_viewport=rss, November 2021): tab indentation, no namespaces, channel 'Brand - World', language 'en', copyright of 'Øresund Media ApS', generator 'Labrador CMS', links and guids '/section/<slug>/<numeric id>' (no isPermaLink), RSS <author> in the specified 'e-mail (Name)' form with the newsroom address for everyone and a name, 'Name, Nordic Correspondent', the agency 'Ritzau' or 'Partner content' in brackets, escaped HTML descriptions with paragraphs and a bullet list, image enclosures from the image server with '&amp;width=', +0100 dates, a live page and sponsored content",
                notes="Home country Denmark (the Faroe Islands are part of the Danish realm).")


# ---------------------------------------------------------------- Zagreb: Superdesk Publisher RSS (2019)
def savaherald():
    base = "https://www.savaherald.example"
    rows, items = [], []

    def add(num, route, slug, title, w, authors, lead, body, exp, img=None):
        path = f"/{route}/{slug}"
        auth = "".join(f"\n      <atom:author><atom:name>{esc(a)}</atom:name></atom:author>" for a in authors)
        m = f'\n      <media:content url="{base}/uploads/swp/x8k2m1/media/{img}.jpeg" type="image/jpeg" medium="image"><media:description>{esc(lead)}</media:description></media:content>' if img else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{base}{path}</link>\n      <description>{esc(body)}</description>\n      <category>{route.capitalize()}</category>{auth}\n"
                    f"      <pubDate>{rfc822(w)}</pubDate>\n      <guid isPermaLink=\"true\">{base}{path}</guid>{m}\n    </item>")
        items.append(exp(f"{base}{path}"))

    w = d(2019, 10, 18, 13, 25, 0, 2)
    add(5518, "world", "eu-summit-blocks-accession-talks-for-north-macedonia-and-albania", "EU summit fails to open accession talks with North Macedonia and Albania", w, ["Ivana Perić", "Hina"],
        "Zagreb had lobbied hard for a green light before taking over the EU presidency in January.",
        "<p>Zagreb had lobbied hard for a green light before taking over the EU presidency in January.</p><p>BRUSSELS – European Union leaders failed to agree on Friday to open membership talks with North Macedonia and Albania, after France blocked the decision.</p><p>“This is a bad signal for the whole region, and Croatia will feel it first,” said Tomislav Babić, a former Croatian ambassador to the EU.</p><p>Croatia has said enlargement to the Western Balkans will be a priority of its presidency.</p>",
        lambda k: it(k, "EU summit fails to open accession talks with North Macedonia and Albania", w, ["Ivana Perić"], quotes=[q("Tomislav Babić", "former Croatian ambassador to the EU")],
                     note="Two atom:author elements, one a reporter and one the national agency 'Hina' (not a person). The standfirst is repeated as the first paragraph of the description and as the media:description. EU enlargement and Croatia's presidency: relevant. The October 2019 summit is a setting only."), img="eu-summit")
    w = d(2019, 10, 18, 8, 0, 0, 2)
    add(5509, "world", "bosnia-migrant-camp-vucjak-winter", "Aid groups warn of winter deaths at Bosnian migrant camp near Croatian border", w, ["Marko Jurić"],
        "The Vučjak camp has no running water and stands on a former landfill.",
        "<p>The Vučjak camp has no running water and stands on a former landfill.</p><p>BIHAĆ – Aid groups on Friday urged Bosnian authorities to close a tent camp for migrants a few kilometres from the Croatian border before winter sets in.</p><p>“People will die here in December if nothing changes,” said Selma Hodžić, a field coordinator for a Sarajevo aid group.</p><p>Croatia denies accusations that its police push migrants back across the border.</p>",
        lambda k: it(k, "Aid groups warn of winter deaths at Bosnian migrant camp near Croatian border", w, ["Marko Jurić"], quotes=[q("Selma Hodžić", "Sarajevo aid group")],
                     note="Migration at the EU's external border: relevant."), img="vucjak")
    w = d(2019, 10, 17, 17, 45, 0, 2)
    add(5497, "world", "slovenia-croatia-arbitration-court-ruling-eu", "Slovenia asks EU court to enforce Piran Bay border ruling", w, ["Ivana Perić"],
        "Ljubljana wants the European Commission to act against Zagreb.",
        "<p>Ljubljana wants the European Commission to act against Zagreb.</p><p>Slovenia's lawyers told the EU Court of Justice in Luxembourg that Croatia was breaking EU law by ignoring an arbitration ruling on the maritime border in the Bay of Piran.</p><p>Croatia withdrew from the arbitration in 2015 and does not recognise the 2017 award.</p>",
        lambda k: it(k, "Slovenia asks EU court to enforce Piran Bay border ruling", w, ["Ivana Perić"], note="Border dispute with a neighbour before an EU court: relevant."))
    w = d(2019, 10, 17, 11, 10, 0, 2)
    add(5488, "croatia", "teachers-strike-enters-second-week", "Teachers' strike enters second week as talks break down", w, ["Hina"],
        "Schools in Zagreb and Split were closed again on Thursday.",
        "<p>Schools in Zagreb and Split were closed again on Thursday.</p><p>Talks between teachers' unions and the government on a wage rise broke down late on Wednesday, and the unions said the rolling strike would go on.</p>",
        lambda k: it(k, "Teachers' strike enters second week as talks break down", w, [], rel=False, note="Agency item ('Hina' only): [] expected. Home labour dispute: a story, not relevant."))
    w = d(2019, 10, 16, 19, 0, 0, 2)
    add(5471, "video", "video-dubrovnik-cruise-ships-timelapse", "VIDEO: A day of cruise ships in Dubrovnik, in 60 seconds", w, [],
        "Watch our timelapse.",
        "<p>Watch our timelapse.</p><p><iframe src=\"https://player.vimeo.example/video/36612\" width=\"640\" height=\"360\"></iframe></p>",
        lambda k: it(k, "VIDEO: A day of cruise ships in Dubrovnik, in 60 seconds", w, [], story=False, rel=False, note="Video: not a story. Title label 'VIDEO:' may be kept or dropped."))
    w = d(2019, 10, 16, 9, 0, 0, 2)
    add(5460, "newsletter", "sign-up-for-the-balkan-briefing", "Sign up for the Balkan Briefing", w, [],
        "Every Friday in your inbox.",
        "<p>Every Friday in your inbox.</p><p>The week in the region from our correspondents in Zagreb, Belgrade, Sarajevo and Ljubljana. <a href=\"https://www.savaherald.example/newsletter\">Subscribe here</a>.</p>",
        lambda k: it(k, "Sign up for the Balkan Briefing", w, [], story=False, rel=False, note="Newsletter promo: not a story."))
    head = (f"    <title>Sava Herald</title>\n    <link>{base}/</link>\n    <description>Croatia's English-language daily</description>\n    <language>en</language>\n"
            f"    <copyright>Copyright 2019, Sava Media d.o.o.</copyright>\n    <generator>Superdesk Publisher</generator>\n    <ttl>60</ttl>\n"
            f"    <atom:link href=\"{base}/rss\" rel=\"self\" type=\"application/rss+xml\"/>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_hr_savaherald_all_superdesk_publisher_2019.rss.xml", text, items, lang="en", outlet="Sava Herald", aliases=["The Sava Herald"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Zagreb English-language daily's all-sections feed from a Superdesk Publisher Twig theme (/rss, October 2019): two-space indentation, atom and media namespaces, channel title = brand only, 'Copyright 2019, Sava Media d.o.o.', generator 'Superdesk Publisher', ttl 60, '/<route>/<slug>' permalink guids, escaped HTML descriptions that repeat the lead (standfirst) as their first paragraph, <category> with the route name, one atom:author/atom:name per article author (reporters and the agency 'Hina'), upper-case datelines with an en dash, media:content whose media:description repeats the lead, +0200 dates, a video and a newsletter promo",
                notes="Home country Croatia.")


# ---------------------------------------------------------------- St John's, Antigua: WordPress 3.4.2 (2012)
def wadadli():
    base = "http://www.wadadlichronicle.example"
    rows, items = [], []

    def add(pid, slug, title, w, creator, cats, excerpt, body, exp):
        c = "".join(f"\n\t\t<category><![CDATA[{x}]]></category>" for x in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{base}/{w:%Y/%m/%d}/{slug}/</link>\n\t\t<comments>{base}/{w:%Y/%m/%d}/{slug}/#comments</comments>\n"
                    f"\t\t<pubDate>{gmt(w)}</pubDate>\n\t\t<dc:creator>{creator}</dc:creator>{c}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{base}/{w:%Y/%m/%d}/{slug}/feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2012, 9, 27, 16, 30, 0, -4)
    add(48211, "antigua-backs-caricom-call-for-un-vote-on-haiti-mission", "Antigua backs CARICOM call on UN Haiti mission", w, "Chronicle Staff", ["News", "Regional", "World"],
        "ST JOHN&#8217;S, Antigua &#8211; Antigua and Barbuda has joined other CARICOM states in calling for the UN peacekeeping mission in Haiti to hand over to Haitian police within three years. [&#8230;]",
        "<p><strong>By DESMOND JOSEPH</strong><br />\n<em>Chronicle Political Editor</em></p>\n<p>ST JOHN&#8217;S, Antigua &#8211; Antigua and Barbuda has joined other CARICOM states in calling for the UN peacekeeping mission in Haiti to hand over to Haitian police within three years.</p>\n"
        "<p>&#8220;The region wants a plan with dates in it, not another open-ended mandate,&#8221; said Ambassador Marguerite Benjamin-Hector, Antigua and Barbuda&#8217;s permanent representative to the United Nations.</p>\n<p>The call was made at the UN General Assembly in New York this week.</p>\n",
        lambda k: it(k, "Antigua backs CARICOM call on UN Haiti mission", w, ["Desmond Joseph"], quotes=[q("Marguerite Benjamin-Hector", "Antigua and Barbuda's permanent representative to the United Nations")],
                     junk=["By DESMOND JOSEPH", "Chronicle Political Editor", "[…]"],
                     note="dc:creator 'Chronicle Staff' is the posting account; the reporter is the upper-case bold byline 'By DESMOND JOSEPH' with the job title on a second line: ['Desmond Joseph'] in name case. The excerpt ends with WordPress's ' [&#8230;]'. Foreign policy at the UN: relevant."))
    w = d(2012, 9, 27, 10, 15, 0, -4)
    add(48198, "venezuela-petrocaribe-oil-deliveries-to-continue", "PetroCaribe deliveries to continue after Venezuelan election, minister says", w, "Chronicle Staff", ["News", "World"],
        "Caribbean states that buy Venezuelan oil on credit have been told shipments will continue whatever the outcome of the October 7 vote. [&#8230;]",
        "<p>Caribbean states that buy Venezuelan oil on credit have been told shipments will continue whatever the outcome of Venezuela&#8217;s October 7 presidential election.</p>\n"
        "<p>&#8220;We have had that assurance in writing,&#8221; said Glendon Roberts, financial secretary at the Ministry of Finance.</p>\n<p><em>&#8212; CMC</em></p>\n",
        lambda k: it(k, "PetroCaribe deliveries to continue after Venezuelan election, minister says", w, [], quotes=[q("Glendon Roberts", "Ministry of Finance")],
                     junk=["— CMC", "[…]"],
                     note="Caribbean Media Corporation copy signed '— CMC' at the end; no person byline: [] expected. Regional energy diplomacy: relevant."))
    w = d(2012, 9, 26, 19, 0, 0, -4)
    add(48185, "st-kitts-and-antigua-sign-ferry-pact", "Antigua and St Kitts sign deal on regional ferry link", w, "Chronicle Staff", ["News", "Regional"],
        "The two governments signed a memorandum on a subsidised ferry. [&#8230;]",
        "<p><strong>By Kerry-Ann Simon</strong></p>\n<p>Antigua and Barbuda and St Kitts and Nevis signed a memorandum of understanding on Wednesday on a subsidised fast-ferry service between St John&#8217;s and Basseterre, to start next year.</p>\n"
        "<p>&#8220;Our people travel more between our islands than anywhere else, and they deserve better than a two-hour wait at an airport,&#8221; said Lorna Henry, the chief executive of the Antigua Port Authority.</p>\n",
        lambda k: it(k, "Antigua and St Kitts sign deal on regional ferry link", w, ["Kerry-Ann Simon"], quotes=[q("Lorna Henry", "Antigua Port Authority")],
                     junk=["By Kerry-Ann Simon", "[…]"],
                     note="A bilateral agreement with a neighbouring state: relevant. Reporter named in the body byline only."))
    w = d(2012, 9, 26, 12, 40, 0, -4)
    add(48177, "cricket-antigua-hawksbills-sign-two-new-players", "Antigua Hawksbills sign two new players for CPL season", w, "sports", ["Sports"],
        "The franchise added a fast bowler from Barbados. [&#8230;]",
        "<p>The Antigua Hawksbills have signed two new players for next season, including a fast bowler from Barbados, the franchise said.</p>\n",
        lambda k: it(k, "Antigua Hawksbills sign two new players for CPL season", w, [], rel=False, note="Local sport in a mixed feed: a story, not relevant. dc:creator 'sports' is a WordPress account, not a person."))
    w = d(2012, 9, 25, 20, 0, 0, -4)
    add(48160, "photos-independence-pageant-rehearsals", "PHOTOS: Independence pageant rehearsals at the Rec", w, "photo", ["Photos"],
        "More photos from the Antigua Recreation Ground. [&#8230;]",
        "[gallery link=\"file\" columns=\"4\"]\n",
        lambda k: it(k, "PHOTOS: Independence pageant rehearsals at the Rec", w, [], story=False, rel=False, junk=["[gallery"],
                     note="Photo gallery with an unrendered [gallery] shortcode: not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2012, 9, 25, 9, 0, 0, -4)
    add(48151, "obituary-notices-september-25-2012", "Obituary notices – September 25, 2012", w, "classifieds", ["Notices"],
        "Funeral notices submitted by families. [&#8230;]",
        "<p>Funeral notices submitted by families.</p>\n",
        lambda k: it(k, "Obituary notices – September 25, 2012", w, [], story=False, rel=False, note="Paid notices listing: not a story."))
    head = (f"\t<title>The Wadadli Chronicle &#187; World</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Antigua and Barbuda&#039;s daily newspaper</description>\n\t<lastBuildDate>{gmt(d(2012, 9, 27, 16, 31, 0, -4))}</lastBuildDate>\n\t<language>en</language>\n"
            "\t<sy:updatePeriod>hourly</sy:updatePeriod>\n\t<sy:updateFrequency>1</sy:updateFrequency>\n\t<generator>http://wordpress.org/?v=3.4.2</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ag_wadadlichronicle_world_wp342_2012.rss.xml", text, items, lang="en", outlet="The Wadadli Chronicle", aliases=["Wadadli Chronicle"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="St John's (Antigua and Barbuda) daily's World category on WordPress 3.4.2 (September 2012): the 3.x prolog with namespaces on tab-indented lines and '>' alone, channel 'Brand &#187; World', language 'en', generator 'http://wordpress.org/?v=3.4.2', '/YYYY/MM/DD/<slug>/' links with comments/wfw:commentRss/slash:comments, dc:creator WITHOUT CDATA holding posting accounts ('Chronicle Staff', 'sports', 'photo', 'classifieds'), several CDATA categories, '?p=<id>' guids, +0000 pubDates (newsroom -0400), CDATA excerpts with ' [&#8230;]', content:encoded with a bold upper-case 'By NAME' byline and an italic job title, a CMC sign-off, an unrendered [gallery] shortcode and obituary notices",
                notes="Home country Antigua and Barbuda; CARICOM neighbours are foreign countries.")


FEEDS = [amstel, oresund, savaherald, wadadli]
