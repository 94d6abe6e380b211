# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-eighth held-out set (part 2: a Durban daily on Sitefinity in
2014, a Riyadh daily on Kentico in 2019, a Kolkata daily on Hocalwire in 2023, a Kampala daily on
WordPress 4.9 with Jetpack in 2018, a tech site's Atom from Nuxt in 2022 and a science magazine on
Mezzanine in 2013). All outlets, people and quotations are invented."""
from h38 import UTC, cd, d, esc, feed, gmt, it, iso8601, q, rfc822, wpt


# ---------------------------------------------------------------- Durban daily on Sitefinity 7 (.NET SyndicationFeed, 2014)
def umgeni():
    base = "http://www.umgeniobserver.example"
    rows, items = [], []

    def add(gid, slug, title, when, author, cat, desc, exp):
        url = f"{base}/news/world/{slug}"
        au = f"\n      <a10:author>\n        <a10:name>{esc(author)}</a10:name>\n      </a10:author>" if author else ""
        rows.append(f'    <item>\n      <guid isPermaLink="false">{gid}</guid>\n      <link>{url}</link>{au}\n      <category>{esc(cat)}</category>\n      <title>{esc(title)}</title>\n'
                    f"      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n      <a10:updated>{iso8601(when)}</a10:updated>\n    </item>")
        items.append(exp(gid))

    w = d(2014, 8, 21, 17, 35, 0, 2)
    add("6b1f0a3e-2c7d-6e4b-9a10-ff0000a1c3d2", "ebola-sa-bars-travellers-from-west-africa", "Ebola: SA bars travellers from three West African countries", w, "Sbu Mkhize", "World",
        '<p><strong>Durban</strong> - South Africa will bar non-citizens arriving from Guinea, Liberia and Sierra Leone, the health minister announced on Thursday, reversing a position the department had defended a week ago.</p>'
        '<p>"We are not closing our doors to Africa. We are buying time for our hospitals," said Dr Nomvula Hadebe, who heads the department\'s outbreak response unit.</p>'
        '<p>The World Health Organisation has advised against travel bans.</p>',
        lambda k: it(k, "Ebola: SA bars travellers from three West African countries", w, ["Sbu Mkhize"], quotes=[q("Nomvula Hadebe", "outbreak response unit")],
                     note="Sitefinity's SyndicationFeed output: guid first, a10:author with a name. South Africa's travel ban on other countries: foreign and health policy, relevant. 'Dr' is not part of the name."))
    w = d(2014, 8, 21, 9, 10, 0, 2)
    add("6b1f0a3e-2c7d-6e4b-9a10-ff0000a1c3c8", "liberia-quarantines-west-point-slum", "Liberia seals off Monrovia slum to contain Ebola", w, "AFP", "World",
        '<p><strong>Monrovia</strong> - Liberian soldiers sealed off the West Point district of the capital on Wednesday, and clashes broke out as residents tried to leave. (AFP)</p>',
        lambda k: it(k, "Liberia seals off Monrovia slum to contain Ebola", w, [], junk=["(AFP)"], note="Agency: []."))
    w = d(2014, 8, 20, 20, 0, 0, 2)
    add("6b1f0a3e-2c7d-6e4b-9a10-ff0000a1c3b5", "gaza-truce-collapses-rockets-airstrikes", "Gaza truce collapses as rockets and air strikes resume", w, "Sapa-AP", "World",
        '<p><strong>Gaza City</strong> - A truce between Israel and Hamas collapsed on Tuesday, hours before it was due to expire, as rockets were fired at Beersheba and Israel resumed air strikes. - Sapa-AP</p>',
        lambda k: it(k, "Gaza truce collapses as rockets and air strikes resume", w, [], junk=["Sapa-AP"], note="'Sapa-AP' is the South African Press Association's credit for AP copy: []."))
    w = d(2014, 8, 20, 13, 45, 0, 2)
    add("6b1f0a3e-2c7d-6e4b-9a10-ff0000a1c39a", "mh17-dutch-return-remains-eindhoven", "MH17: more coffins arrive in Eindhoven as identification continues", w, "Foreign Desk", "World",
        '<p><strong>Eindhoven</strong> - Two more military aircraft carrying remains of the victims of flight MH17 landed in the Netherlands on Wednesday.</p>'
        '<p>"Each family is waiting for one phone call," said Maartje Dekker-Bos, a spokeswoman for the forensic team in Hilversum.</p>',
        lambda k: it(k, "MH17: more coffins arrive in Eindhoven as identification continues", w, [], quotes=[q("Maartje Dekker-Bos", "forensic team")], note="'Foreign Desk' is a desk: []."))
    w = d(2014, 8, 19, 16, 20, 0, 2)
    add("6b1f0a3e-2c7d-6e4b-9a10-ff0000a1c37f", "ethekwini-tug-strike-port-backlog", "Tug crews' strike leaves 30 ships waiting off Durban port", w, "Priya Naidoo-Jacobs", "Business",
        '<p><strong>Durban</strong> - Thirty vessels were anchored off the port on Tuesday after tug and pilot crews downed tools over shift allowances.</p>',
        lambda k: it(k, "Tug crews' strike leaves 30 ships waiting off Durban port", w, ["Priya Naidoo-Jacobs"], rel=False, note="Home (Durban) labour and business story in the world feed: not relevant."))
    w = d(2014, 8, 19, 8, 0, 0, 2)
    add("6b1f0a3e-2c7d-6e4b-9a10-ff0000a1c364", "watch-ice-bucket-challenge-durban-beachfront", "WATCH: Lifeguards take the ice bucket challenge on the beachfront", w, None, "Video",
        '<p><iframe src="//www.youtube.example/embed/Xb7k2pQ" width="560" height="315"></iframe></p>',
        lambda k: it(k, "WATCH: Lifeguards take the ice bucket challenge on the beachfront", w, [], story=False, rel=False,
                     note="Video: not a story. Title label 'WATCH:' may be kept or dropped."))
    head = (f"  <channel>\n    <title>World</title>\n    <link>{base}/news/world</link>\n    <description>The Umgeni Observer: World</description>\n"
            f"    <a10:id>{base}/feeds/world</a10:id>\n    <lastBuildDate>{rfc822(d(2014, 8, 21, 17, 40, 0, 2))}</lastBuildDate>\n    <generator>Sitefinity 7.1.5200.0</generator>")
    text = ('<?xml version="1.0" encoding="utf-8"?><rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0">\n' + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>")
    return feed("en_za_umgeniobserver_world_sitefinity_2014.rss.xml", text, items, lang="en", outlet="The Umgeni Observer", aliases=["Umgeni Observer"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Durban daily's world news from Sitefinity 7.1 (the .NET SyndicationFeed writer): prolog and <rss> on one line, a10 prefix for Atom, channel titled only 'World', a10:id, generator with the Sitefinity build number, no <language> (South Africa shows through datelines, 'SA', the eThekwini port and Sapa), items in the formatter's order (guid with the content GUID first, link, a10:author, category, title, description, pubDate, a10:updated with +02:00), escaped <p> descriptions with a bold title-case dateline and ' - ', '(AFP)' and '- Sapa-AP' tails, straight quotes, a port strike and a video, +0200 dates in August 2014")


# ---------------------------------------------------------------- Riyadh English daily on Kentico 11 (2019)
def najd():
    base = "https://www.najdgazette.example"
    rows, items = [], []

    def add(guid, path, title, when, desc, exp):
        url = f"{base}/{path}"
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<guid isPermaLink=\"false\">{guid}</guid>\n\t\t\t<description>{cd(desc)}</description>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t</item>")
        items.append(exp(guid))

    w = d(2019, 9, 18, 21, 5, 0, 3)
    add("4f0e92ab-6c1d-4b87-8a3e-d215c09e7b61", "World/Saudi-Arabia-presents-debris-from-Abqaiq-attack", "Kingdom presents debris it says proves Iranian role in Abqaiq attack", w,
        '<img src="/getmedia/8d1f4e2a/abqaiq-debris.jpg?width=300" alt="" /><br />RIYADH: The Ministry of Defense on Wednesday displayed fragments of drones and cruise missiles it said were used in Saturday\'s attacks on Abqaiq and Khurais, and said they proved the strikes were launched from the north and were "unquestionably sponsored by Iran."'
        '<br /><br />"We have shown the world the evidence; now the world must decide what it will do," said Col. Faisal Al-Harbi, a ministry spokesman.<br /><br /><em>By Abdulaziz Al-Otaibi</em>',
        lambda k: it(k, "Kingdom presents debris it says proves Iranian role in Abqaiq attack", w, ["Abdulaziz Al-Otaibi"], quotes=[q("Faisal Al-Harbi", "Ministry of Defense")],
                     junk=["getmedia"], note="Kentico RSS web part: no author element; the reporter is named only in an italic 'By Name' line at the end of the CDATA description. 'Col.' is a rank, not part of the name. The attack on Saudi oil plants and the accusation against Iran are the home country's security and foreign policy: relevant."))
    w = d(2019, 9, 24, 19, 40, 0, 3)
    add("b7a13c58-0e9f-4d26-93c4-51fe8a02d4c7", "World/UK-Supreme-Court-rules-parliament-suspension-unlawful", "UK Supreme Court rules suspension of Parliament unlawful", w,
        'LONDON: Britain\'s Supreme Court ruled on Tuesday that the prime minister\'s decision to suspend Parliament for five weeks was unlawful, and lawmakers said they would return on Wednesday.<br /><br />(Agencies)',
        lambda k: it(k, "UK Supreme Court rules suspension of Parliament unlawful", w, [], junk=["(Agencies)"], note="Relevant. No author."))
    w = d(2019, 9, 18, 10, 30, 0, 3)
    add("c2e6f904-1b7a-4a5d-8f39-6d0b2e7a1c53", "World/Israel-election-deadlock-again", "Israel's second election of the year ends in deadlock", w,
        'JERUSALEM: Neither of Israel\'s two main parties secured a path to a majority on Tuesday, near-final results showed, setting up weeks of coalition talks.<br /><br />(Agencies)',
        lambda k: it(k, "Israel's second election of the year ends in deadlock", w, [], junk=["(Agencies)"], note="Relevant."))
    w = d(2019, 9, 27, 23, 10, 0, 3)
    add("e91d0a7c-3f58-4e02-b6a4-7c8d15e2f9b0", "Saudi-Arabia/Kingdom-opens-tourist-visas-to-49-countries", "Kingdom opens tourist visas to citizens of 49 countries", w,
        'RIYADH: Visitors from 49 countries will be able to apply online for tourist visas from Saturday, the Commission for Tourism and National Heritage said, with women travelling alone allowed to stay in hotels.<br /><br /><em>By Reem Al-Shammari</em>',
        lambda k: it(k, "Kingdom opens tourist visas to citizens of 49 countries", w, ["Reem Al-Shammari"], rel=False,
                     note="A domestic tourism policy of the home country, filed under 'Saudi-Arabia' and carried by the world feed: a story, not relevant."))
    w = d(2019, 9, 23, 16, 0, 0, 3)
    add("0a5b8e21-7d3c-4f96-a1e8-92c4f6d0b3a8", "World/Foreign-minister-heads-to-UN-General-Assembly", "Saudi delegation heads to UN General Assembly seeking support after oil attacks", w,
        'NEW YORK: The Saudi delegation arrived in New York on Monday for the UN General Assembly, where it will press for an international response to the attacks on the Kingdom\'s oil facilities.<br /><br />"The attack was on the world\'s energy supply, not only on us," said Dr. Hind Al-Mutairi, an adviser to the delegation.<br /><br /><em>By Tariq Hameed, Najd Gazette Correspondent</em>',
        lambda k: it(k, "Saudi delegation heads to UN General Assembly seeking support after oil attacks", w, ["Tariq Hameed"], quotes=[q("Hind Al-Mutairi")],
                     junk=["Najd Gazette Correspondent"], note="Sign-off 'By Name, Najd Gazette Correspondent': the credit is not part of the name. The home country's diplomacy at the UN: relevant."))
    w = d(2019, 9, 25, 12, 0, 0, 3)
    add("7c4e1f90-b2d8-4a3e-9f61-0d5a8c3e2b14", "Infographics/Oil-output-back-to-pre-attack-levels", "Infographic: How oil output recovered after the attacks", w,
        '<img src="/getmedia/2a9c7e0d/oil-output-infographic.png" alt="Infographic" />',
        lambda k: it(k, "Infographic: How oil output recovered after the attacks", w, [], story=False, rel=False,
                     note="An infographic without text: not a story. Title label 'Infographic:' may be kept or dropped."))
    # Kentico lists by the document's position in the content tree, not by date
    head = (f"\t\t<title>World - Najd Gazette</title>\n\t\t<link>{base}/World</link>\n\t\t<description>Najd Gazette - World</description>\n\t\t<language>en-US</language>\n"
            f"\t\t<atom:link href=\"{base}/CMSPages/NewsRss.aspx?path=/World\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n' + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_sa_najdgazette_world_kentico.rss.xml", text, items, lang="en", outlet="Najd Gazette", aliases=["The Najd Gazette"],
                ctype="text/xml; charset=utf-8",
                structure="Riyadh English-language daily's world feed from Kentico 11's RSS web part (/CMSPages/NewsRss.aspx?path=/World): prolog with a space before '?>', tab indentation, channel 'World - Brand', en-US, items in CONTENT-TREE order (not by date), '/World/<Document-Name>' and '/Saudi-Arabia/…' links with capitalised words, NodeGUIDs as non-permalink guids, NO author element (bylines as an italic 'By Name' or 'By Name, Brand Correspondent' line at the end), CDATA descriptions with a relative '/getmedia/' image, upper-case 'RIYADH:' datelines, <br /><br /> between paragraphs, '(Agencies)' tails, straight quotes, an infographic and a domestic tourism story, +0300 dates in September 2019")


# ---------------------------------------------------------------- Kolkata English daily on Hocalwire (2023)
def chowringhee():
    base = "https://www.chowringheepost.example"
    rows, items = [], []

    def add(aid, slug, title, when, creator, desc, body, img, exp):
        url = f"{base}/world/{slug}-{aid}"
        cr = f"\n<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        med = (f'\n<media:content url="https://img.chowringheepost.example/h-upload/2023/10/{img}.jpg" medium="image"><media:title type="plain">{cd(title)}</media:title></media:content>' if img else "")
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<description>{cd(desc)}</description>{cr}\n"
                    f"<pubDate>{rfc822(when)}</pubDate>{med}\n<content:encoded>{cd(body)}</content:encoded>\n</item>")
        items.append(exp(url))

    also = lambda t, s: f'<p><strong>Also Read: </strong><a href="{base}/world/{s}" target="_blank">{t}</a></p>'  # noqa: E731
    w = d(2023, 10, 13, 9, 20, 0, 5.5)
    add(1294471, "operation-ajay-first-flight-tel-aviv-212-indians", "Operation Ajay: First flight from Tel Aviv brings home 212 Indians", w, "Our Bureau",
        "A chartered flight carrying 212 Indian nationals landed in Delhi early on Friday under the evacuation mission launched after the Hamas attack on Israel.",
        "<p>A chartered flight carrying 212 Indian nationals landed in Delhi early on Friday under Operation Ajay, the evacuation mission the government launched after the Hamas attack on Israel last Saturday.</p>"
        + also("Gaza: UN warns of humanitarian catastrophe", "gaza-un-warns-humanitarian-catastrophe-1294402") +
        "<p>Among them were 18 students from West Bengal. “We heard the sirens every night. My parents did not sleep for a week,” said Sreeja Mondal, a doctoral student at a university in Beersheba.</p>"
        "<p>The Ministry of External Affairs said more flights would follow.</p>",
        "operation-ajay-1", lambda k: it(k, "Operation Ajay: First flight from Tel Aviv brings home 212 Indians", w, [], quotes=[q("Sreeja Mondal")],
                                          junk=["Also Read"], note="'Our Bureau' is a desk credit: []. India's evacuation of its citizens from a war zone is its foreign policy: relevant. An 'Also Read:' link interrupts the body."))
    w = d(2023, 10, 19, 22, 5, 0, 5.5)
    add(1295930, "canada-withdraws-41-diplomats-from-india", "Canada withdraws 41 diplomats from India as row deepens", w, "Anirban Sengupta, New Delhi",
        "Ottawa said on Thursday it had pulled out 41 diplomats and their families after New Delhi threatened to revoke their immunity.",
        "<p><strong>New Delhi:</strong> Ottawa said on Thursday it had pulled out 41 diplomats and their families after New Delhi threatened to revoke their diplomatic immunity.</p>"
        "<p>The Ministry of External Affairs said the move was about “parity” in the number of diplomats.</p>"
        "<p>“Both capitals have made their point. The question is who climbs down first,” said Kavita Raghunathan, a former Indian envoy who now teaches at a Kolkata university.</p>",
        "canada-india-row", lambda k: it(k, "Canada withdraws 41 diplomats from India as row deepens", w, ["Anirban Sengupta"], quotes=[q("Kavita Raghunathan")],
                                          note="dc:creator 'Name, City': the place is not part of the name. India's diplomatic row with Canada: relevant."))
    w = d(2023, 10, 11, 14, 0, 0, 5.5)
    add(1293988, "herat-earthquake-toll-rises-afghanistan", "Herat earthquakes: death toll rises as another tremor hits western Afghanistan", w, "Agencies",
        "A 6.3-magnitude aftershock struck western Afghanistan on Wednesday, days after quakes that killed more than 2,000 people.",
        "<p>A 6.3-magnitude earthquake struck western Afghanistan on Wednesday, days after a series of quakes that killed more than 2,000 people in Herat province.</p>",
        None, lambda k: it(k, "Herat earthquakes: death toll rises as another tremor hits western Afghanistan", w, [], note="'Agencies': []. Relevant."))
    w = d(2023, 10, 18, 17, 30, 0, 5.5)
    add(1295611, "opinion-gaza-limits-india-balancing-act", "Opinion | Gaza and the limits of India's balancing act", w, "Prof. Malini Basu-Roy",
        "New Delhi has condemned terror and called for humanitarian law to be respected in the same week. That is a harder line to walk than it looks.",
        "<p>New Delhi has condemned terror and called for humanitarian law to be respected in the same week. That is a harder line to walk than it looks.</p>"
        "<p><em>(The writer teaches international relations at Jadavpur. Views are personal.)</em></p>",
        None, lambda k: it(k, "Opinion | Gaza and the limits of India's balancing act", w, ["Malini Basu-Roy"], junk=["Views are personal"],
                           note="'Prof.' is not part of the name. An op-ed on India's foreign policy: a story, relevant. Title label 'Opinion |' may be kept or dropped."))
    w = d(2023, 10, 16, 20, 45, 0, 5.5)
    add(1295102, "world-cup-eden-gardens-ready-for-pakistan-match", "World Cup: Eden Gardens ready for first match as tickets sell out", w, "Sports Desk",
        "The ground hosts its first World Cup match on October 28.",
        "<p>The Cricket Association of Bengal said all tickets for the October 28 match had been sold.</p>",
        None, lambda k: it(k, "World Cup: Eden Gardens ready for first match as tickets sell out", w, [], rel=False, note="Home sport (a World Cup hosted in India): not relevant. 'Sports Desk': []."))
    w = d(2023, 10, 21, 19, 0, 0, 5.5)
    add(1296240, "in-pictures-durga-puja-pandals-global-themes", "In Pictures: Durga Puja pandals go global, from Gaza to Chandrayaan", w, "Photo: Subhajit Pal",
        "Kolkata's pandals this year.",
        '<figure><img src="https://img.chowringheepost.example/h-upload/2023/10/pandal1.jpg"/><figcaption>A pandal in Behala. (Photo: Subhajit Pal)</figcaption></figure>',
        "pandal1", lambda k: it(k, "In Pictures: Durga Puja pandals go global, from Gaza to Chandrayaan", w, [], story=False, rel=False,
                                note="Photo gallery: not a story. The photographer credit is not an article byline. Title label 'In Pictures:' may be kept or dropped."))
    head = (f"<title>{cd('World News | The Chowringhee Post')}</title>\n<link>{base}/world</link>\n<description>{cd('Latest world news from The Chowringhee Post')}</description>\n<language>en</language>\n"
            f"<lastBuildDate>{rfc822(d(2023, 10, 21, 19, 5, 0, 5.5))}</lastBuildDate>\n<copyright>Copyright © 2023 Chowringhee Post, Kolkata</copyright>\n<generator>Hocalwire</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_in_chowringheepost_world_hocalwire.rss.xml", text, items, lang="en", outlet="The Chowringhee Post", aliases=["Chowringhee Post"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Kolkata English daily's world section on Hocalwire in October 2023: no indentation, CDATA channel title and description, language 'en', copyright with the city, items NOT in date order (the CMS's 'priority' ordering), '/world/<slug>-<id>' permalink guids, CDATA titles and standfirst descriptions, CDATA dc:creator ('Our Bureau', 'Name, City', 'Prof. Name', 'Agencies', 'Sports Desk', a photo credit), media:content with media:title, content:encoded bodies with 'Also Read:' links, an op-ed with '(The writer … Views are personal.)', a home World Cup story and a Durga Puja gallery, +0530 dates")


# ---------------------------------------------------------------- Kampala daily on WordPress 4.9 with Jetpack (2018)
def nilepearl():
    base = "https://www.nilepearl.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, login, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{rfc822(when.astimezone(UTC))}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt} [&#8230;]]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
                    f"\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n"
                    f'\t\n\t\t<media:content url="https://secure.gravatar.example/avatar/{pid:x}7e1f?s=96&#38;d=identicon&#38;r=G" medium="image">\n\t\t\t<media:title type="html">{login}</media:title>\n\t\t</media:content>\n\t</item>')
        items.append(exp(f"{base}/?p={pid}"))

    w = d(2018, 5, 30, 18, 20, 0, 3)
    add(48211, "parliament-passes-tax-on-social-media-use", "Parliament passes Shs200 daily tax on social media use", w, "Ronald Ssemwogerere", "rssemwogerere", ["National", "World"],
        "Parliament on Wednesday passed the Excise Duty (Amendment) Bill, which will charge users of social media platforms Shs200 a day from July 1",
        "<p>Parliament on Wednesday passed the Excise Duty (Amendment) Bill, which will charge users of social media platforms Shs200 a day from July 1.</p>"
        "<p>&#8220;This is a tax on gossip, and gossip has never paid its share,&#8221; said Hon. Jacob Kizito-Mugerwa, who moved the amendment.</p>",
        lambda k: it(k, "Parliament passes Shs200 daily tax on social media use", w, ["Ronald Ssemwogerere"], rel=False, quotes=[q("Jacob Kizito-Mugerwa")],
                     note="Home politics tagged 'World' as well: a story, not relevant. 'Hon.' is an honorific. Jetpack's media:content carries the author's login and gravatar: not a byline to show."))
    w = d(2018, 5, 29, 11, 0, 0, 3)
    add(48177, "ebola-uganda-steps-up-screening-at-border", "Ebola: Uganda steps up screening at border points after DR Congo outbreak", w, "Edith Namubiru", "enamubiru", ["World", "Health"],
        "The Ministry of Health has deployed health workers with thermometers at 20 border crossings with the Democratic Republic of Congo, after an Ebola outbreak",
        "<p>The Ministry of Health has deployed health workers with thermometers at 20 border crossings with the Democratic Republic of Congo, after an Ebola outbreak in Équateur province killed 25 people.</p>"
        "<p>&#8220;The outbreak is far from our border, but the traders are not,&#8221; said Dr Patience Atuhaire, the ministry&#8217;s commissioner for epidemiology.</p>",
        lambda k: it(k, "Ebola: Uganda steps up screening at border points after DR Congo outbreak", w, ["Edith Namubiru"], quotes=[q("Patience Atuhaire", "ministry")],
                     note="A neighbour's outbreak and Uganda's border response: relevant."))
    w = d(2018, 5, 28, 20, 15, 0, 3)
    add(48160, "migingo-kampala-nairobi-agree-joint-survey", "Migingo: Kampala, Nairobi agree to joint survey of disputed island", w, "Edith Namubiru and Joseph Okello-Obura", "webdesk", ["World", "East Africa"],
        "Uganda and Kenya have agreed to send a joint team of surveyors to Migingo island, the rock in Lake Victoria that both countries claim",
        "<p>Uganda and Kenya have agreed to send a joint team of surveyors to Migingo island, the rock in Lake Victoria that both countries claim.</p>",
        lambda k: it(k, "Migingo: Kampala, Nairobi agree to joint survey of disputed island", w, ["Edith Namubiru", "Joseph Okello-Obura"],
                     note="Two reporters in one dc:creator; the Jetpack media:title is the login of the desk account that posted ('webdesk'). A border dispute with Kenya: relevant."))
    w = d(2018, 5, 17, 21, 40, 0, 3)
    add(47902, "burundi-votes-referendum-extend-presidential-terms", "Burundi votes in referendum that could extend president&#8217;s rule to 2034", w, "AFP", "webdesk", ["World", "East Africa"],
        "Burundians voted on Thursday in a referendum on constitutional changes that would allow the president to stay in power until 2034",
        "<p>BUJUMBURA &#8211; Burundians voted on Thursday in a referendum on constitutional changes that would allow the president to stay in power until 2034. (AFP)</p>",
        lambda k: it(k, "Burundi votes in referendum that could extend president's rule to 2034", w, [], junk=["(AFP)"], note="Agency: []. Relevant."))
    w = d(2018, 5, 25, 16, 50, 0, 3)
    add(48089, "south-sudan-peace-talks-stall-addis-ababa", "South Sudan peace talks stall in Addis Ababa over security arrangements", w, "Our Reporter", "webdesk", ["World"],
        "Talks between South Sudan&#8217;s government and armed opposition groups adjourned on Wednesday without agreement",
        "<p>Talks between South Sudan&#8217;s government and armed opposition groups adjourned on Wednesday without agreement on how to unify their forces. Uganda hosts more than a million South Sudanese refugees.</p>",
        lambda k: it(k, "South Sudan peace talks stall in Addis Ababa over security arrangements", w, [], note="'Our Reporter' is a staff credit: []. Relevant."))
    w = d(2018, 5, 30, 6, 0, 0, 3)
    add(48190, "todays-e-paper-wednesday-may-30-2018", "Today&#8217;s e-paper: Wednesday, May 30, 2018", w, "Nile Pearl", "webdesk", ["E-Paper"],
        "Read today&#8217;s paper on your phone",
        '<p>Read today&#8217;s paper on your phone. <a href="https://epaper.nilepearl.example/">Subscribe here</a>.</p>',
        lambda k: it(k, "Today's e-paper: Wednesday, May 30, 2018", w, [], story=False, rel=False, note="E-paper notice: not a story. The brand as dc:creator: []."))
    rows, items = zip(*sorted(zip(rows, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f"\t<title>World &#8211; Nile Pearl Daily</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>Uganda&#039;s leading daily</description>\n\t<lastBuildDate>{rfc822(d(2018, 5, 30, 15, 21, 0, 0))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=4.9.6</generator>\n"
            '<site xmlns="com-wordpress:feed-additions:1">118340277</site>')
    ns = (' xmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
          '\txmlns:georss="http://www.georss.org/georss"\n\txmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#"\n\txmlns:media="http://search.yahoo.com/mrss/"\n\t')
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\t{ns}>\n\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n"
    return feed("en_ug_nilepearl_world_wp49_jetpack.rss.xml", text, list(items), lang="en", outlet="Nile Pearl Daily", aliases=["Nile Pearl", "The Nile Pearl Daily"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Kampala daily's 'World' category on WordPress 4.9.6 with Jetpack (/category/world/feed/): prolog and '<rss version' on one line, namespaces one per line including georss, geo and media added by Jetpack, channel 'World &#8211; Brand', en-US (Uganda shows through 'Shs', Parliament, Kampala), sy:update* with WordPress's whitespace, the com-wordpress:feed-additions <site> element, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0300), CDATA dc:creator with a reporter, 'A and B', 'AFP', 'Our Reporter' or the brand, CDATA categories, excerpts ending ' [&#8230;]', content:encoded, Jetpack's media:content with the author's gravatar and LOGIN as media:title (and '&#38;' in its URL), an e-paper notice and a home tax story, May 2018")


# ---------------------------------------------------------------- tech site: Nuxt (@nuxtjs/feed -> jpmonette/feed atom1), content from Storyblok (2022)
def gridline():
    base = "https://gridline.example"
    ents, items = [], []

    def add(slug, title, when, upd, authors, summary, content, exp):
        url = f"{base}/articles/{slug}"
        au = "".join(f"\n        <author>\n            <name>{esc(n)}</name>" + (f"\n            <email>{e}</email>" if e else "") + f"\n            <uri>{base}/authors/{u}</uri>\n        </author>" for n, e, u in authors)
        ents.append(f'    <entry>\n        <title type="html"><![CDATA[{title}]]></title>\n        <id>{url}</id>\n        <link href="{url}"/>\n        <updated>{upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}</updated>\n'
                    f'        <summary type="html"><![CDATA[{summary}]]></summary>\n        <content type="html"><![CDATA[{content}]]></content>{au}\n        <published>{when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}</published>\n    </entry>')
        items.append(exp(url))

    w = d(2022, 10, 8, 9, 30, 0, 1)
    add("us-chip-export-rules-china-what-changes", "US chip export rules: what changes for China, and for Europe's suppliers", w, d(2022, 10, 8, 14, 2, 0, 1),
        [("Morag Lindsay", "morag@gridline.example", "morag-lindsay")],
        "Washington's new controls reach far beyond American companies.",
        "<p>The rules published on Friday bar the sale of advanced chips and chipmaking tools to China without a licence, and extend to foreign products made with US technology.</p>"
        "<p>“Every lithography supplier in Europe now has a compliance department in Washington,” said Henrik Vossberg, an analyst at Nordlys Semiconductor Research.</p>",
        lambda k: it(k, "US chip export rules: what changes for China, and for Europe's suppliers", w, ["Morag Lindsay"], quotes=[q("Henrik Vossberg", "Nordlys Semiconductor Research")],
                     note="jpmonette/feed Atom: <author> with name, e-mail and uri; published AFTER content, updated before summary, millisecond UTC times. Export controls between states: relevant."))
    w = d(2022, 10, 6, 16, 0, 0, 1)
    add("eu-digital-markets-act-enters-force-gatekeepers", "EU Digital Markets Act enters force: who counts as a gatekeeper", w, w,
        [("Ciarán Buckley", None, "ciaran-buckley"), ("Morag Lindsay", "morag@gridline.example", "morag-lindsay")],
        "The rules apply from May; here is who is in scope.",
        "<p>The Digital Markets Act was published in the EU's Official Journal and enters into force on 1 November.</p>",
        lambda k: it(k, "EU Digital Markets Act enters force: who counts as a gatekeeper", w, ["Ciarán Buckley", "Morag Lindsay"],
                     note="Two <author> elements, one without e-mail. EU regulation: relevant."))
    w = d(2022, 10, 5, 11, 15, 0, 1)
    add("review-pixelbrook-7-phone", "Review: The Pixelbrook 7 is the best small phone of the year", w, w,
        [("Aileen Strachan", "aileen@gridline.example", "aileen-strachan")],
        "Good camera, long battery, a price that stings.",
        "<p>Good camera, long battery, a price that stings.</p><p><em>Gridline may earn a commission when you buy through links on this page.</em></p>",
        lambda k: it(k, "Review: The Pixelbrook 7 is the best small phone of the year", w, ["Aileen Strachan"], rel=False, junk=["may earn a commission"],
                     note="Product review: a story, not relevant. Title label 'Review:' may be kept or dropped."))
    w = d(2022, 10, 4, 8, 0, 0, 1)
    add("edinburgh-fintech-ledgerloch-raises-40m", "Edinburgh fintech Ledgerloch raises £40m to expand in Europe", w, w,
        [("Ciarán Buckley", None, "ciaran-buckley")],
        "The payments start-up's Series B is led by a Berlin fund.",
        "<p>The payments start-up's Series B is led by a Berlin fund. “We want to be in six countries by the end of next year,” said Isla Marchetti, its chief executive.</p>",
        lambda k: it(k, "Edinburgh fintech Ledgerloch raises £40m to expand in Europe", w, ["Ciarán Buckley"], rel=False, quotes=[q("Isla Marchetti")],
                     note="Home start-up funding: a story, not relevant."))
    w = d(2022, 10, 3, 18, 30, 0, 1)
    add("microblogging-takeover-saga-what-next", "The microblogging takeover saga: the deal is back on, now what?", w, d(2022, 10, 5, 9, 0, 0, 1),
        [("Aileen Strachan", "aileen@gridline.example", "aileen-strachan")],
        "A $44bn deal that nobody seems to want, back on the table.",
        "<p>A $44bn acquisition that nobody seems to want is back on the table days before a court date in Delaware.</p>",
        lambda k: it(k, "The microblogging takeover saga: the deal is back on, now what?", w, ["Aileen Strachan"], rel=False, note="Corporate takeover in the US tech industry: a story, not world affairs: not relevant."))
    w = d(2022, 10, 7, 7, 0, 0, 1)
    add("podcast-gridline-weekly-episode-112", "Gridline Weekly, episode 112: chips, sanctions and a very small phone", w, w,
        [("Gridline", None, "team")],
        "Listen now.",
        '<p>Listen now. <audio controls src="https://cdn.gridline.example/podcast/gw112.mp3"></audio></p>',
        lambda k: it(k, "Gridline Weekly, episode 112: chips, sanctions and a very small phone", w, [], story=False, rel=False, note="Podcast episode: not a story. The brand as author: []."))
    head = (f"    <id>{base}/</id>\n    <title>Gridline</title>\n    <updated>2022-10-08T13:02:00.000Z</updated>\n    <generator>https://github.com/jpmonette/feed</generator>\n"
            f'    <link rel="alternate" href="{base}/"/>\n    <link rel="self" href="{base}/feed.xml"/>\n    <subtitle>Technology, policy and the people who build it</subtitle>\n'
            f"    <icon>{base}/favicon.ico</icon>\n    <rights>© 2022 Gridline Media Ltd</rights>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' + head + "\n" + "\n".join(ents) + "\n</feed>"
    return feed("en_tech_gridline_nuxt_storyblok.atom.xml", text, items, lang="en", outlet="Gridline", shape="atom", topic="tech",
                ctype="application/xml", declared="utf-8",
                structure="Edinburgh technology site on Storyblok with a Nuxt 2 front whose @nuxtjs/feed module writes Atom through the jpmonette/feed package (atom1()): four-space indentation, no trailing newline, no xml:lang or language at all, generator URL, self and alternate links, icon and rights, entries with CDATA title and summary type=html, id = link = URL, millisecond UTC times with updated BEFORE summary and published LAST, <author> with name, e-mail (sometimes absent) and an /authors/ uri, two authors on one entry, the brand as author of a podcast, an affiliate disclosure in a review, a home start-up funding story, entries not in date order, served as application/xml without charset, October 2022 (newsroom +0100)")


# ---------------------------------------------------------------- science magazine on Mezzanine (Django Atom1Feed, 2013)
def lumen():
    base = "http://lumenscience.example"
    ents, items = [], []

    def add(slug, title, when, author, cats, summary, exp):
        url = f"{base}/blog/{slug}/"
        au = f"<author><name>{esc(author)}</name></author>" if author else ""
        cs = "".join(f'<category term="{esc(c)}"></category>' for c in cats)
        ents.append(f'<entry><title>{esc(title)}</title><link href="{url}" rel="alternate"></link><published>{iso8601(when.astimezone(UTC))}</published><updated>{iso8601(when.astimezone(UTC))}</updated>'
                    f"{au}<id>{url}</id><summary type=\"html\">{esc(summary)}</summary>{cs}</entry>")
        items.append(exp(url))

    w = d(2013, 2, 15, 14, 20, 0, -5)
    add("meteor-chelyabinsk-shock-wave-injures-hundreds", "Meteor's shock wave over the Urals injures hundreds", w, "Nadia Ferreira-Holt", ["Space", "News"],
        "<p>A meteor estimated at 17 metres across exploded over Chelyabinsk on Friday morning, blowing out windows across the city.</p>"
        "<p>“This is the largest object to hit the atmosphere in more than a century, and nobody saw it coming,” said Dr. Owen Kerrigan, an astronomer at the Dunmore Observatory.</p>",
        lambda k: it(k, "Meteor's shock wave over the Urals injures hundreds", w, ["Nadia Ferreira-Holt"], quotes=[q("Owen Kerrigan", "Dunmore Observatory")],
                     note="Django Atom1Feed on one line: published BEFORE updated, author before id, category term elements with explicit closing tags, +00:00 times. A disaster abroad: relevant."))
    w = d(2013, 2, 12, 16, 5, 0, -5)
    add("north-korea-test-seismic-signals-detected", "How seismometers caught North Korea's third nuclear test", w, "Graham Yip", ["Earth", "News"],
        "<p>Stations of the international monitoring network recorded a magnitude 5.1 event at the Punggye-ri test site.</p>",
        lambda k: it(k, "How seismometers caught North Korea's third nuclear test", w, ["Graham Yip"], note="A nuclear test: world affairs, relevant."))
    w = d(2013, 2, 11, 10, 0, 0, -5)
    add("songbirds-geolocators-atlantic-crossing", "Tiny backpacks show songbirds cross the Atlantic non-stop", w, "Nadia Ferreira-Holt", ["Biology"],
        "<p>Blackpoll warblers fitted with half-gram geolocators flew up to 2,500 kilometres over the ocean in three days.</p>",
        lambda k: it(k, "Tiny backpacks show songbirds cross the Atlantic non-stop", w, ["Nadia Ferreira-Holt"], rel=False, note="Research news: a story, not relevant."))
    w = d(2013, 2, 13, 12, 30, 0, -5)
    add("ottawa-cuts-experimental-lakes-area-funding", "Scientists protest plan to close Experimental Lakes Area", w, "Graham Yip", ["Policy"],
        "<p>More than 2,000 researchers signed a letter asking Ottawa to reverse its decision to stop funding the freshwater research station.</p>",
        lambda k: it(k, "Scientists protest plan to close Experimental Lakes Area", w, ["Graham Yip"], rel=False, note="Home science policy (Canada): not relevant."))
    w = d(2013, 2, 14, 9, 0, 0, -5)
    add("webinar-asteroid-defence-february-20", "Webinar, Feb. 20: Could we stop an asteroid?", w, None, ["Events"],
        "<p>Register for our free webinar with three planetary scientists.</p>",
        lambda k: it(k, "Webinar, Feb. 20: Could we stop an asteroid?", w, [], story=False, rel=False, note="Event notice: not a story."))
    w = d(2013, 2, 10, 8, 0, 0, -5)
    add("lumen-podcast-18-dark-matter-hunters", "Lumen Podcast 18: The dark matter hunters", w, "Lumen Science", ["Podcast"],
        '<p><a href="http://lumenscience.example/media/podcast/lumen18.mp3">Download MP3</a> (42 min)</p>',
        lambda k: it(k, "Lumen Podcast 18: The dark matter hunters", w, [], story=False, rel=False, note="Podcast: not a story. Brand as author: []."))
    ents, items = zip(*sorted(zip(ents, items, strict=True), key=lambda p: p[1].published, reverse=True), strict=True)
    head = (f'<title>Lumen Science</title><link href="{base}/blog/" rel="alternate"></link><link href="{base}/blog/feeds/atom/" rel="self"></link><id>{base}/blog/</id>'
            f"<updated>2013-02-15T19:20:00+00:00</updated><subtitle>Science news and ideas from Toronto</subtitle>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-ca">' + head + "".join(ents) + "</feed>"
    return feed("en_science_lumen_mezzanine_atom_2013.atom.xml", text, list(items), lang="en", outlet="Lumen Science", shape="atom", topic="science",
                ctype="application/atom+xml; charset=utf-8",
                structure="Toronto science magazine's blog on Mezzanine 1.4 (Django), Atom from Django's Atom1Feed: everything on one line after the prolog, xml:lang en-ca, alternate and self links with explicit closing tags, subtitle, entries with published BEFORE updated (+00:00), author before id, summary type=html escaped, category term elements, an entry without author, a webinar notice and a podcast with the brand as author, February 2013 (newsroom -0500)")


FEEDS = [umgeni, najd, chowringhee, nilepearl, gridline, lumen]
