# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the second held-out set: Al Jazeera English-, Yahoo/Reuters-, Medium-,
Reddit-, YouTube-, Acast podcast-, JSON Feed-, Google News topic- and War on the Rocks-shaped."""
import json

from lib import Feed, Item, cdata, dt, esc, rfc822

# --------------------------------------------------------------------------------------
# 1. Al Jazeera English all-news RSS (aljazeera.com/xml/rss/all.xml): CDATA titles and
#    standfirsts without final stop, guid "?t=<epoch>" non-permalink, no authors,
#    ?traffic_source=rss links, "Photos:" galleries, "LIVE:" blogs.
# --------------------------------------------------------------------------------------


def gulfcurrent() -> Feed:
    base = "https://www.gulfcurrent.net"
    rows = [
        ("news/2026/12/2/sudan-talks-jeddah-rsf-army-truce", "Sudan’s warring parties agree 72-hour truce at Jeddah talks",
         "Mediators say the pause is meant to let aid convoys reach El Fasher and Kadugli, where famine has been declared", dt(2026, 12, 2, 17, 47, 27), "News", True, True),
        ("news/2026/12/2/live-gaza-aid-crossings", "LIVE: UN says aid trucks stuck at Gaza crossings for third day",
         "The UN humanitarian office says more than 400 trucks are waiting at Kerem Shalom and Zikim", dt(2026, 12, 2, 15, 2, 3), "News", True, True),
        ("gallery/2026/12/2/photos-floods-sweep-southern-somalia", "Photos: Floods sweep southern Somalia",
         "Tens of thousands of people have been displaced along the Juba and Shabelle rivers", dt(2026, 12, 2, 12, 30, 0), "Gallery", False, False),
        ("news/2026/12/1/pakistan-afghanistan-border-torkham-reopens", "Pakistan reopens Torkham crossing after week-long closure",
         "Islamabad and Kabul agreed to a joint commission on border security after clashes killed 11 people", dt(2026, 12, 1, 21, 10, 44), "News", True, True),
        ("sports/2026/12/1/qatar-stars-league-al-sadd-win", "Al Sadd go top of Qatar Stars League with late winner",
         "A stoppage-time header gave the Doha club a 2-1 win over Al Rayyan", dt(2026, 12, 1, 19, 55, 0), "Sports", True, False),
        ("opinions/2026/12/1/the-un-security-council-needs-more-than-a-facelift", "The UN Security Council needs more than a facelift",
         "Adding permanent seats without limiting the veto would only multiply the paralysis", dt(2026, 12, 1, 9, 0, 12), "Opinion", True, True),
        ("program/newsfeed/2026/11/30/watch-drone-footage-shows-volcano-eruption", "Watch: Drone footage shows Indonesian volcano eruption",
         "", dt(2026, 11, 30, 22, 14, 5), "Video", False, False),
        ("news/2026/11/30/venezuela-guyana-essequibo-icj-hearing", "ICJ opens hearings on Venezuela–Guyana border dispute",
         "Guyana asked the court to confirm an 1899 arbitral award; Caracas says it does not recognise the court’s jurisdiction", dt(2026, 11, 30, 14, 40, 0), "News", True, True),
    ]
    items_xml, items = [], []
    for path, title, desc, d, cat, story, rel in rows:
        link = f"{base}/{path}?traffic_source=rss"
        guid = f"{base}/?t={int(d.timestamp())}"
        dsc = f"\n<description>{cdata(desc)}</description>" if desc else "\n<description><![CDATA[]]></description>"
        items_xml.append(f"""<item>
<link>{link}</link>
<title>{cdata(title)}</title>{dsc}
<pubDate>{rfc822(d)}</pubDate>
<category>{cat}</category>
<guid isPermaLink="false">{guid}</guid>
</item>""")
        clean = title.removeprefix("LIVE: ")
        note = "Title label 'LIVE:' may be kept or dropped." if title.startswith("LIVE:") else None
        items.append(Item(key=guid, title=clean, published=d, is_story=story, relevant=rel,
                          junk=["traffic_source"], note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Gulf Current – Breaking News, World News and Video from Gulf Current</title>
<link>{base}</link>
<description>Breaking News, World News and Video from Gulf Current</description>
<language>en-us</language>
<lastBuildDate>{rfc822(dt(2026, 12, 2, 17, 50, 0))}</lastBuildDate>
<atom:link href="{base}/xml/rss/all.xml" rel="self" type="application/rss+xml"/>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="en_qa_gulfcurrent_all.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Al Jazeera English all-news RSS (aljazeera.com/xml/rss/all.xml): CDATA standfirsts without final stop, '?t=<epoch>' guids, no authors",
                language="en", outlet="Gulf Current", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Channel title is 'X – Breaking News, World News and Video from X'. No item has an author. A Photos gallery and a Watch video clip are not stories; the sports item is a story but not relevant.")


# --------------------------------------------------------------------------------------
# 2. Yahoo News world RSS carrying wire copy (news.yahoo.com/rss/world): ISO-8601 pubDate,
#    <source url> naming the agency, media:content, often no description; a Reuters-style
#    "By A and B" line and "CITY (Agency) -" dateline where there is one.
# --------------------------------------------------------------------------------------


def yonder() -> Feed:
    base = "https://news.yonder.com"
    wires = {"MW": ("Meridian Wire", "https://www.meridianwire.com/"),
             "AB": ("Associated Bulletin", "https://apbulletin.org/"),
             "AL": ("Agence Lumière", "https://www.agencelumiere.fr/")}
    rows = [
        ("eu-leaders-agree-ukraine-reconstruction-fund-171233456", "EU leaders agree 50 billion euro Ukraine reconstruction fund", "MW",
         "By Anna Kovac and Tomas Reyes\nBRUSSELS (Meridian Wire) - European Union leaders agreed on Wednesday to set up a 50 billion euro fund for Ukraine's reconstruction, financed by joint borrowing, after Hungary dropped its veto in exchange for a review clause.",
         ["Anna Kovac", "Tomas Reyes"], dt(2026, 12, 2, 16, 41, 9), True, True),
        ("japan-philippines-sign-troop-deal-084512345", "Japan and Philippines sign deal allowing troops on each other's soil", "AB",
         "", [], dt(2026, 12, 2, 8, 45, 12), True, True),
        ("chile-election-runoff-results-230011223", "Chile's presidential runoff too close to call, electoral service says", "AL",
         "SANTIAGO (AL) - Chile's presidential runoff was too close to call late on Sunday, with 97% of polling stations counted and fewer than 40,000 votes separating the two candidates.",
         [], dt(2026, 12, 1, 23, 0, 11), True, True),
        ("oil-prices-rise-opec-output-151122334", "Oil prices rise after OPEC+ extends output cuts", "MW",
         "By Priya Natarajan\nLONDON (Meridian Wire) - Oil prices rose about 1% on Tuesday after OPEC+ extended its production cuts to the end of the second quarter.",
         ["Priya Natarajan"], dt(2026, 12, 1, 15, 11, 22), True, False),
        ("taylor-concert-tickets-resale-ban-120000111", "Concert promoters back ban on ticket resale above face value", "AB",
         "", [], dt(2026, 12, 1, 12, 0, 0), True, False),
        ("iran-iaea-inspectors-return-fordow-093344556", "IAEA inspectors return to Fordow site, Iranian agency says", "MW",
         "By Parvaneh Sadeghi-Lund\nDUBAI (Meridian Wire) - U.N. nuclear inspectors visited Iran's Fordow enrichment site on Monday for the first time since June, the semi-official Tasnim agency reported. \"This is a first step, not the end of the road,\" said Tomás Moreno, a spokesperson for the International Atomic Energy Agency.",
         ["Parvaneh Sadeghi-Lund"], dt(2026, 11, 30, 9, 33, 44), True, True),
        ("photos-day-in-pictures-dec-1-101010101", "Photos of the day: December 1", "AB",
         "", [], dt(2026, 12, 1, 10, 10, 10), False, False),
        ("sahel-mali-junta-extends-transition-174455667", "Mali's junta extends transition to 2030, bans party activity", "AL",
         "", [], dt(2026, 11, 30, 17, 44, 55), True, True),
    ]
    items_xml, items = [], []
    for slug, title, wire, desc, authors, d, story, rel in rows:
        name, url = wires[wire]
        link = f"{base}/{slug}.html"
        dsc = f"\n<description>{esc(desc)}</description>" if desc else ""
        items_xml.append(f"""<item><title>{esc(title)}</title><link>{link}</link><pubDate>{d.strftime('%Y-%m-%dT%H:%M:%SZ')}</pubDate><source url="{url}">{esc(name)}</source><guid isPermaLink="false">{slug}.html</guid>{dsc}<media:content height="86" url="https://s.yimg-like.com/uu/api/res/1.2/{slug[:8]}/{slug[-9:]}.jpg" width="130"/><media:credit role="publishing company"/></item>""")
        quotes = [{"speaker": "Tomás Moreno", "affiliation": "International Atomic Energy Agency"}] if "Moreno" in desc else None
        note = "[] is also correct (the names appear only in the text's 'By' line)." if authors else None
        junk = [f"By {authors[0]}"] if authors else []
        items.append(Item(key=f"{slug}.html", title=title, published=d, authors=authors, is_story=story,
                          relevant=rel, junk=junk, outlet=name, quotes=quotes, note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel><title>Yonder News - Latest News &amp; Headlines</title><link>https://www.yonder.com/news/world</link><description>The latest news and headlines from Yonder News. Get breaking news stories and in-depth coverage with videos and photos.</description><language>en-US</language><copyright>Copyright (c) 2026 Yonder Inc. All rights reserved</copyright><pubDate>{rfc822(dt(2026, 12, 2, 17, 0, 0), gmt=True)}</pubDate><ttl>5</ttl><image><title>Yonder News - Latest News &amp; Headlines</title><link>https://www.yonder.com/news/world</link><url>http://l.yimg-like.com/rz/d/yahoo_news_en-US_s_f_p_168x21_news.png</url></image>{''.join(items_xml)}</channel></rss>
"""
    return Feed(name="en_yonder_wire_world.rss.xml", text=text, encoding="utf-8",
                content_type="text/xml; charset=UTF-8",
                outlet_structure="Yahoo News world RSS carrying Reuters/AP/AFP copy (news.yahoo.com/rss/world): ISO-8601 pubDate, <source url> agency, media:content, mostly headline only",
                language="en", outlet="Meridian Wire", shape="rss2", topic="aggregator", items=items,
                declared_encoding="UTF-8", outlet_aliases=["Yonder News"],
                notes="Item outlet is the wire in <source>; the aggregator 'Yonder News' is also accepted. 'Yonder Inc.' is the company. pubDate is ISO 8601 with Z, not RFC 822. Names appear only in 'By …' lines of the description.")


# --------------------------------------------------------------------------------------
# 3. Medium publication feed (medium.com/feed/<publication>): CDATA everywhere, guid
#    medium.com/p/<hex>, atom:updated, figure with "Photo by … on Unsplash", the
#    "… was originally published in … on Medium, where people are continuing the
#    conversation …" trailer, and a stat tracking pixel.
# --------------------------------------------------------------------------------------


def littoral() -> Feed:
    pub = "https://medium.com/the-littoral-review"
    trailer = ('<hr><p><a href="{link}">{title}</a> was originally published in <a href="' + pub +
               '">The Littoral Review</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>')
    rows = [
        ("3f9a1c2b7d4e", "why-the-red-sea-still-matters-3f9a1c2b7d4e", "Why the Red Sea still matters",
         ["geopolitics", "shipping", "middle-east"], "Hannah Okafor",
         ['<figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*aB3x.jpeg" /><figcaption>Photo by Jonas Weill on Unsplash</figcaption></figure>',
          "<p>Two years after the first attacks on merchant ships, insurers still charge war-risk premiums for the Bab el-Mandeb that are ten times their 2023 level.</p>",
          "<p>That cost is now part of the price of almost everything Europe imports from Asia</p>",
          "<h3>What changed</h3><p>Naval escorts reduced the number of strikes but not the perception of risk.</p>"],
         dt(2026, 12, 2, 10, 1, 2), True, True),
        ("a81c0f55e210", "a-quiet-revolution-in-pacific-diplomacy-a81c0f55e210", "A quiet revolution in Pacific diplomacy",
         ["pacific", "diplomacy"], "Tevita Lolohea",
         ["<p>The Pacific Islands Forum has done something unusual: it has agreed on a common position before the great powers asked for one.</p>",
          "<blockquote>“We are not a backyard, we are a neighbourhood,” Fiji’s foreign minister, Salote Naivalu, told the forum’s closing session.</blockquote>",
          "<p>The statement commits members to consult one another before signing security agreements with outside powers.</p>"],
         dt(2026, 12, 1, 7, 30, 45), True, True),
        ("77de3b901a4c", "our-writers-programme-for-2027-77de3b901a4c", "Our writers’ programme for 2027",
         ["announcements"], "The Littoral Review",
         ["<p>We are opening applications for our 2027 writers’ programme. Send us a pitch by 15 January.</p>"],
         dt(2026, 11, 29, 16, 0, 0), False, False),
        ("5b21e9d0c3aa", "coastal-erosion-in-senegal-and-the-limits-of-aid-5b21e9d0c3aa", "Coastal erosion in Senegal and the limits of aid",
         ["climate", "africa"], "Mariama Ndiaye",
         ['<figure><img alt="" src="https://cdn-images-1.medium.com/max/800/1*Qz9.jpeg" /><figcaption>Saint-Louis, Senegal. Photo: author</figcaption></figure>',
          "<p>In Saint-Louis the sea has taken three streets since 2020. The World Bank’s relocation programme has moved 1,500 families; another 10,000 are waiting.</p>"],
         dt(2026, 11, 28, 12, 12, 12), True, True),
        ("c0ffee12ab34", "ten-books-on-the-sea-to-read-this-winter-c0ffee12ab34", "Ten books on the sea to read this winter",
         ["books"], "Hannah Okafor",
         ["<p>From Conrad to contemporary oceanography, our editors’ winter reading list.</p>"],
         dt(2026, 11, 27, 9, 0, 0), True, False),
        ("9e8d7c6b5a40", "the-arctic-council-after-the-pause-9e8d7c6b5a40", "The Arctic Council after the pause",
         ["arctic", "geopolitics"], "Lars Eikeland",
         ["<p>The Arctic Council resumed full working-group meetings in Tromsø this week, but without any Russian delegates in the room.</p>",
          "<p>Norway, which chairs the council until 2027, called the meetings a “pragmatic restart”.</p>"],
         dt(2026, 11, 26, 18, 45, 0), True, True),
    ]
    items_xml, items = [], []
    for hexid, slug, title, cats, creator, blocks, d, story, rel in rows:
        link = f"{pub}/{slug}?source=rss----{hexid[:10]}---4"
        guid = f"https://medium.com/p/{hexid}"
        body = "".join(blocks) + trailer.format(link=link, title=title) + f'<img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId={hexid}" width="1" height="1" alt="">'
        cat_xml = "".join(f"<category>{cdata(c)}</category>" for c in cats)
        items_xml.append(f"<item><title>{cdata(title)}</title><link>{link}</link><guid isPermaLink=\"false\">{guid}</guid>{cat_xml}<dc:creator>{cdata(creator)}</dc:creator><pubDate>{rfc822(d, gmt=True)}</pubDate><atom:updated>{d.strftime('%Y-%m-%dT%H:%M:%S')}.000Z</atom:updated><content:encoded>{cdata(body)}</content:encoded></item>")
        authors = [] if creator == "The Littoral Review" else [creator]
        quotes = [{"speaker": "Salote Naivalu", "affiliation": "Fiji’s foreign minister"}] if "Naivalu" in "".join(blocks) else None
        items.append(Item(key=guid, title=title, published=d, authors=authors, is_story=story, relevant=rel,
                          junk=["was originally published in", "on Medium, where people", "Unsplash", "Photo by", "Photo:"], quotes=quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"><channel><title><![CDATA[The Littoral Review - Medium]]></title><description><![CDATA[Essays on oceans, coasts and the politics of the sea. - Medium]]></description><link>{pub}?source=rss----a1b2c3d4e5f6---4</link><image><url>https://cdn-images-1.medium.com/proxy/1*TGH72Nnw24QL3iV9IOm4VA.png</url><title>The Littoral Review - Medium</title><link>{pub}?source=rss----a1b2c3d4e5f6---4</link></image><generator>Medium</generator><lastBuildDate>{rfc822(dt(2026, 12, 2, 10, 5, 0), gmt=True)}</lastBuildDate><atom:link href="https://medium.com/feed/the-littoral-review" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@medium.com]]></webMaster><atom:link href="http://medium.superfeedr.com" rel="hub"/>{''.join(items_xml)}</channel></rss>"""
    return Feed(name="en_medium_littoralreview.rss.xml", text=text, encoding="utf-8",
                content_type="text/xml; charset=utf-8",
                outlet_structure="Medium publication feed (medium.com/feed/<publication>): single line, CDATA, guid medium.com/p/<hex>, 'originally published in … on Medium' trailer, tracking pixel",
                language="en", outlet="The Littoral Review", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="Channel title carries ' - Medium'. The publication posting as itself is not a person. The announcement is not a story; the book list is a story but not relevant.")


# --------------------------------------------------------------------------------------
# 4. Reddit subreddit Atom (reddit.com/r/worldnews/.rss): entity-escaped HTML content with
#    "&#32; submitted by &#32; /u/x [link] [comments]", ids t3_xxxx, /u/ authors who are
#    submitters, not authors of the linked story.
# --------------------------------------------------------------------------------------


def reddit() -> Feed:
    sub = "https://www.reddit.com/r/worldnews"
    rows = [
        ("1h8k2qa", "Norway to double military aid to Ukraine in 2027, defence minister says", "northern_lights_44", "https://www.nordlysposten.no/verden/2026/12/02/ukraina-stotte", dt(2026, 12, 2, 16, 58, 11), True, True, "link"),
        ("1h8jz0b", "Thailand and Cambodia agree to withdraw heavy weapons from disputed border area", "mekong_watcher", "https://www.bangkokledger.co.th/news/world/2941102", dt(2026, 12, 2, 15, 20, 3), True, True, "link"),
        ("1h8ivtt", "/r/WorldNews Live Thread: Russian Invasion of Ukraine Day 1378, Part 1 (Thread #1525)", "WorldNewsMods", None, dt(2026, 12, 2, 11, 0, 2), False, False, "self"),
        ("1h8iq7m", "Brazil's Senate approves deforestation-linked import ban on EU-style model", "amazonas_br", "https://www.folhaverde.com.br/mundo/2026/12/senado-aprova", dt(2026, 12, 2, 10, 44, 51), True, True, "link"),
        ("1h8hx2c", "Man in Scotland finds 900-year-old coin hoard with metal detector", "treasure_tam", "https://www.highlandherald.co.uk/news/coin-hoard-found", dt(2026, 12, 2, 7, 30, 0), True, False, "link"),
        ("1h8h1ka", "South Korea and Japan resume shuttle diplomacy with summit in Busan", "seoul_searcher", "https://www.hanguktimes.kr/en/article/20261202000451", dt(2026, 12, 2, 4, 12, 9), True, True, "link"),
        ("1h8gp0e", "Reminder: no paywalled links without a summary, and no editorialised titles", "WorldNewsMods", None, dt(2026, 12, 1, 22, 0, 0), False, False, "self"),
        ("1h8g0zz", "UN General Assembly adopts resolution on protecting undersea cables", "cable_guy_2", "https://www.globalnewsroom.org/un-cables-resolution", dt(2026, 12, 1, 20, 5, 33), True, True, "link"),
    ]
    entries, items = [], []
    for tid, title, user, ext, d, story, rel, kind in rows:
        perma = f"{sub}/comments/{tid}/{'_'.join(title.lower().split()[:6]).replace(',', '').replace(':', '').replace('/', '')}/"
        target = ext or perma
        body = ""
        if kind == "self":
            body = "&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;Please keep discussion civil. Rule 1 applies.&lt;/p&gt; &lt;/div&gt;&lt;!-- SC_ON --&gt; "
        content = (f"{body}&amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/{user}&quot;&gt; /u/{user} &lt;/a&gt; "
                   f"&lt;br/&gt; &lt;span&gt;&lt;a href=&quot;{target}&quot;&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; "
                   f"&lt;span&gt;&lt;a href=&quot;{perma}&quot;&gt;[comments]&lt;/a&gt;&lt;/span&gt;")
        entries.append(f"""<entry><author><name>/u/{user}</name><uri>https://www.reddit.com/user/{user}</uri></author><category term="worldnews" label="r/worldnews"/><content type="html">{content}</content><id>t3_{tid}</id><link href="{perma}" /><updated>{d.isoformat()}</updated><published>{d.isoformat()}</published><title>{esc(title)}</title></entry>""")
        items.append(Item(key=f"t3_{tid}", title=title, published=d, authors=[], is_story=story, relevant=rel,
                          junk=["submitted by", "/u/", "[link]", "[comments]", "&#32;", user],
                          note="Reddit usernames are submitters, not authors of the linked story."))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><category term="worldnews" label="r/worldnews"/><updated>2026-12-02T17:00:04+00:00</updated><icon>https://www.redditstatic.com/icon.png/</icon><id>/r/worldnews/.rss</id><link rel="self" href="https://www.reddit.com/r/worldnews/.rss" type="application/atom+xml" /><link rel="alternate" href="https://www.reddit.com/r/worldnews/" type="text/html" /><subtitle>A place for major news from around the world, excluding US-internal news.</subtitle><title>World News</title>{''.join(entries)}</feed>"""
    return Feed(name="en_reddit_worldnews.atom.xml", text=text, encoding="utf-8",
                content_type="application/atom+xml; charset=UTF-8",
                outlet_structure="Reddit subreddit Atom feed (reddit.com/r/worldnews/.rss): escaped HTML 'submitted by /u/x [link] [comments]', t3_ ids, headline-only link posts",
                language="en", outlet="r/worldnews", shape="atom", topic="aggregator", items=items,
                declared_encoding="UTF-8", outlet_aliases=["World News", "worldnews", "Reddit"],
                notes="Link posts are headline-only stories; the live-thread and rules posts by moderators are not stories. No item has a person as author.")


# --------------------------------------------------------------------------------------
# 5. YouTube channel Atom (youtube.com/feeds/videos.xml?channel_id=…): yt:videoId,
#    media:group with description full of promos and hashtags. Videos, not articles.
# --------------------------------------------------------------------------------------


def youtube() -> Feed:
    ch = "UCq7dGf0bS3kXnE2vW9aLp1Q"
    rows = [
        ("kH3v9QmZ1aE", "Why the Sahel juntas are leaving ECOWAS | Explained", "The three military governments say the bloc serves foreign interests. We look at what leaving means for trade and security.\n\nSubscribe to Capital Desk: https://www.youtube.com/@capitaldesk?sub_confirmation=1\n#Sahel #ECOWAS #Africa", dt(2026, 12, 2, 15, 0, 7)),
        ("Pz8rT2wXy0c", "LIVE: UN Security Council meets on Gaza aid", "Watch live as the UN Security Council meets.\n\nFollow us on X: https://x.com/capitaldesk", dt(2026, 12, 2, 13, 58, 0)),
        ("aB1cD2eF3gH", "The week in 60 seconds #shorts", "#shorts #news", dt(2026, 12, 1, 18, 0, 0)),
        ("Lm4Np5Qr6St", "Interview: Estonia's foreign minister on the Baltic cable attacks", "Capital Desk's Ruth Aldana speaks to Estonia's foreign minister, Liina Põld.\n\nChapters:\n00:00 Intro\n01:12 Cables\n08:40 NATO\n\nSubscribe for more interviews.", dt(2026, 12, 1, 10, 30, 0)),
        ("Uv7Wx8Yz9A0", "Capital Desk is hiring: video producers", "Join our team. Apply at capitaldesk.tv/jobs", dt(2026, 11, 30, 9, 0, 0)),
        ("Bc1De2Fg3Hi", "Inside Taiwan's civil defence drills | Documentary", "Full documentary.\n\nSupport our journalism: https://capitaldesk.tv/membership\n#Taiwan #China", dt(2026, 11, 29, 12, 0, 0)),
    ]
    entries, items = [], []
    for vid, title, desc, d in rows:
        entries.append(f""" <entry>
  <id>yt:video:{vid}</id>
  <yt:videoId>{vid}</yt:videoId>
  <yt:channelId>{ch}</yt:channelId>
  <title>{esc(title)}</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v={vid}"/>
  <author>
   <name>Capital Desk</name>
   <uri>https://www.youtube.com/channel/{ch}</uri>
  </author>
  <published>{d.isoformat()}</published>
  <updated>{d.isoformat()}</updated>
  <media:group>
   <media:title>{esc(title)}</media:title>
   <media:content url="https://www.youtube.com/v/{vid}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i2.ytimg.com/vi/{vid}/hqdefault.jpg" width="480" height="360"/>
   <media:description>{esc(desc)}</media:description>
   <media:community>
    <media:starRating count="{len(vid) * 97}" average="5.00" min="1" max="5"/>
    <media:statistics views="{len(title) * 1311}"/>
   </media:community>
  </media:group>
 </entry>""")
        items.append(Item(key=f"yt:video:{vid}", title=title, published=d, authors=[], is_story=False, relevant=False,
                          junk=["Subscribe", "#shorts", "sub_confirmation"],
                          note="A video upload of a news channel: no article text; not a story for a digest of articles."))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id={ch}"/>
 <id>yt:channel:{ch[2:]}</id>
 <yt:channelId>{ch[2:]}</yt:channelId>
 <title>Capital Desk</title>
 <link rel="alternate" href="https://www.youtube.com/channel/{ch}"/>
 <author>
  <name>Capital Desk</name>
  <uri>https://www.youtube.com/channel/{ch}</uri>
 </author>
 <published>2019-03-11T08:00:00+00:00</published>
{chr(10).join(entries)}
</feed>
"""
    return Feed(name="en_youtube_capitaldesk.atom.xml", text=text, encoding="utf-8",
                content_type="text/xml; charset=UTF-8",
                outlet_structure="YouTube channel Atom feed (youtube.com/feeds/videos.xml?channel_id=…): yt:videoId, media:group descriptions with promos and hashtags",
                language="en", outlet="Capital Desk", shape="atom", topic="mixed", items=items,
                declared_encoding="UTF-8",
                notes="Every entry is a video upload (explainer, live stream, short, interview, job ad, documentary): none is an article, so none is a story. The channel name is the author of every entry and is not a person.")


# --------------------------------------------------------------------------------------
# 6. Acast-hosted news podcast (feeds.acast.com/public/shows/…): itunes and acast
#    namespaces, episodeType trailer/bonus, CDATA show notes ending in
#    "Hosted on Acast. See acast.com/privacy for more information."
# --------------------------------------------------------------------------------------


def podcast() -> Feed:
    show = "https://shows.acast.com/borderlines"
    acast = "<p>Hosted on Acast. See <a href=\"https://acast.com/privacy\" rel=\"noopener noreferrer\" target=\"_blank\">acast.com/privacy</a> for more information.</p>"
    rows = [
        ("6930f1a2b3c4d5e6f7a8b9c0", "Moldova between Brussels and Moscow", "full",
         "<p>Moldova’s parliament votes this week on the last chapter of its EU accession talks. Host Imogen Vale asks why a country of 2.4 million has become a test case for the whole neighbourhood.</p><p>Guest: Dr Ion Cebotari-Rusu, Chisinau Institute for Policy.</p><p>Produced by Tobias Ward. Our theme music is by Kinetic Sound.</p>",
         dt(2026, 12, 2, 5, 0, 0), True, True),
        ("6930f1a2b3c4d5e6f7a8b9c1", "Bonus: Your questions answered", "bonus",
         "<p>Imogen answers listener questions about the show.</p><p>Send your questions to borderlines@borderlinesmedia.co.uk</p>",
         dt(2026, 11, 30, 5, 0, 0), False, False),
        ("6930f1a2b3c4d5e6f7a8b9c2", "The scramble for Greenland’s minerals", "full",
         "<p>Chinese, American and European companies are bidding for Greenland’s rare-earth deposits, and the island’s government wants independence money.</p><p>“We will sell to whoever respects our rules,” Greenland’s minister for mineral resources, Naja Kristiansen, tells us.</p><p>Produced by Tobias Ward.</p>",
         dt(2026, 11, 25, 5, 0, 0), True, True, [{"speaker": "Naja Kristiansen", "affiliation": "Greenland’s minister for mineral resources"}]),
        ("6930f1a2b3c4d5e6f7a8b9c3", "Introducing Borderlines", "trailer",
         "<p>A new weekly podcast about the places where the world’s politics meet. Subscribe wherever you get your podcasts.</p>",
         dt(2026, 9, 1, 5, 0, 0), False, False),
        ("6930f1a2b3c4d5e6f7a8b9c4", "Kenya’s police mission to Haiti, one year on", "full",
         "<p>A year after the first Kenyan officers landed in Port-au-Prince, has the UN-backed mission changed anything?</p><p>Guests: Wanjiru Kamau, Nairobi Security Review; Jean-Robert Désir, a Haitian journalist.</p>",
         dt(2026, 11, 18, 5, 0, 0), True, True),
        ("6930f1a2b3c4d5e6f7a8b9c5", "How we make the show (sponsored by Notewell)", "bonus",
         "<p>This episode is brought to you by Notewell, the note-taking app for journalists. Go to notewell.app/borderlines for 20% off.</p>",
         dt(2026, 11, 11, 5, 0, 0), False, False),
    ]
    items_xml, items = [], []
    for row in rows:
        gid, title, etype, notes, d, story, rel = row[:7]
        quotes = row[7] if len(row) > 7 else None
        html = notes + acast
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <itunes:title>{esc(title)}</itunes:title>
      <pubDate>{rfc822(d, gmt=True)}</pubDate>
      <guid isPermaLink="false">{gid}</guid>
      <itunes:image href="https://assets.pippa.io/shows/borderlines/cover.jpg"/>
      <description>{cdata(html)}</description>
      <link>{show}/episodes/{gid[-6:]}</link>
      <enclosure url="https://sphinx.acast.com/p/open/s/borderlines/e/{gid}/media.mp3" length="{len(html) * 1000}" type="audio/mpeg"/>
      <itunes:duration>{20 + len(title) % 20}:{len(notes) % 60:02d}</itunes:duration>
      <itunes:explicit>false</itunes:explicit>
      <itunes:episodeType>{etype}</itunes:episodeType>
      <itunes:author>Borderlines Media</itunes:author>
      <itunes:summary>{cdata(html)}</itunes:summary>
      <acast:episodeId>{gid}</acast:episodeId>
    </item>""")
        items.append(Item(key=gid, title=title, published=d, authors=[], is_story=story, relevant=rel,
                          junk=["Hosted on Acast", "acast.com/privacy", "Produced by", "theme music"], quotes=quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:acast="https://schema.acast.com/1.0/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
  <channel>
    <ttl>60</ttl>
    <generator>acast.com</generator>
    <title>Borderlines</title>
    <link>{show}</link>
    <atom:link href="https://feeds.acast.com/public/shows/borderlines" rel="self" type="application/rss+xml"/>
    <language>en</language>
    <copyright>Borderlines Media Ltd</copyright>
    <itunes:keywords/>
    <itunes:author>Borderlines Media</itunes:author>
    <itunes:subtitle>Where the world's politics meet</itunes:subtitle>
    <itunes:summary><![CDATA[A weekly podcast about borders, frontiers and the politics between states.<br /><hr><p style='color:grey; font-size:0.75em;'> Hosted on Acast. See <a style='color:grey;' target='_blank' rel='noopener noreferrer' href='https://acast.com/privacy'>acast.com/privacy</a> for more information.</p>]]></itunes:summary>
    <description><![CDATA[A weekly podcast about borders, frontiers and the politics between states.]]></description>
    <itunes:explicit>false</itunes:explicit>
    <itunes:owner>
      <itunes:name>Borderlines Media</itunes:name>
      <itunes:email>info+borderlines@acast.com</itunes:email>
    </itunes:owner>
    <acast:showId>63a1b2c3d4e5f6a7b8c9d0e1</acast:showId>
    <itunes:image href="https://assets.pippa.io/shows/borderlines/cover.jpg"/>
    <itunes:category text="News">
      <itunes:category text="Politics"/>
    </itunes:category>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="en_podcast_borderlines.rss.xml", text=text, encoding="utf-8",
                content_type="application/xml; charset=utf-8",
                outlet_structure="Acast-hosted news podcast (feeds.acast.com/public/shows/…): itunes and acast namespaces, episodeType, 'Hosted on Acast' footer",
                language="en", outlet="Borderlines", shape="rss2", topic="podcast", items=items,
                declared_encoding="UTF-8",
                notes="'Borderlines Media' / 'Borderlines Media Ltd' is the company. Full episodes about world affairs are stories; trailer, listener Q&A bonus and sponsored bonus are not. Hosts and producers are not article authors.")


# --------------------------------------------------------------------------------------
# 7. JSON Feed 1.1 of a think tank's commentary (authors arrays, one item with a 1.0
#    'author' object, summary + content_html, one item without date).
# --------------------------------------------------------------------------------------


def jsonfeed() -> Feed:
    base = "https://www.northgateinstitute.org"
    rows = [
        ("ngi-2026-1202-iran-snapback", "After snapback: what Iran sanctions can still achieve", ["Leila Farahani", "Oskar Brandt"], None,
         "The UN sanctions are back, but enforcement depends on a handful of shipping states.",
         "<p>The UN sanctions on Iran are back in force, but enforcement depends on a handful of flag and port states.</p><p>“Snapback restored the law, not the leverage,” said Oskar Brandt, a senior fellow at the institute.</p>",
         "2026-12-02T09:00:00-05:00", True, True, [{"speaker": "Oskar Brandt", "affiliation": "senior fellow at the institute"}]),
        ("ngi-2026-1201-event-africa-forum", "Event: Northgate Africa Forum 2027 — registration open", [], None,
         "Join us in Washington on 12 February.", "<p>Join us in Washington on 12 February. Register by 20 January.</p>",
         "2026-12-01T12:00:00-05:00", False, False, None),
        ("ngi-2026-1130-india-china-border", "India and China’s border thaw is real, but thin", ["Ananya Iyer"], None,
         "Patrolling agreements hold in Ladakh, but neither side has pulled back troops.",
         "<p>Patrolling agreements hold in Ladakh, but neither side has pulled back troops from the second line.</p><p>Both governments have an interest in calm before the BRICS summit in New Delhi.</p>",
         "2026-11-30T08:15:00-05:00", True, True, None),
        ("ngi-2026-1128-jobs-research-assistant", "We’re hiring: research assistant, Europe programme", [], None,
         "", "<p>Apply by 5 January.</p>", "2026-11-28T10:00:00-05:00", False, False, None),
        ("ngi-2026-1127-mexico-water-treaty", "The US–Mexico water treaty is running dry", None, {"name": "Diego Ramírez Solís", "url": f"{base}/experts/diego-ramirez-solis"},
         "Deliveries under the 1944 treaty are at a record low.",
         "<p>Mexico’s deliveries under the 1944 water treaty are at a record low, and the five-year cycle closes in October.</p>",
         "2026-11-27T07:00:00-06:00", True, True, None),
        ("ngi-2026-note-podcast-feed-moved", "Our podcast feed has moved", [], None, "", "<p>Please update your subscription.</p>",
         None, False, False, None),
    ]
    items_j, items = [], []
    for sid, title, authors, legacy, summary, html, pub, story, rel, quotes in rows:
        j = {"id": f"{base}/commentary/{sid}", "url": f"{base}/commentary/{sid}", "title": title, "content_html": html}
        if summary:
            j["summary"] = summary
        if pub:
            j["date_published"] = pub
        if authors:
            j["authors"] = [{"name": a, "url": f"{base}/experts/{a.lower().replace(' ', '-')}"} for a in authors]
        if legacy:
            j["author"] = legacy
        j["tags"] = ["Commentary"] if story else ["Institute news"]
        items_j.append(j)
        from datetime import datetime
        d = datetime.fromisoformat(pub) if pub else None
        people = authors or ([legacy["name"]] if legacy else [])
        items.append(Item(key=j["id"], title=title, published=d, authors=people, is_story=story, relevant=rel, quotes=quotes))
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Northgate Institute — Commentary",
           "home_page_url": base, "feed_url": f"{base}/feed.json", "language": "en-US",
           "description": "Analysis from the Northgate Institute for International Affairs",
           "authors": [{"name": "Northgate Institute"}], "items": items_j}
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return Feed(name="en_jsonfeed_northgate.json", text=text, encoding="utf-8",
                content_type="application/feed+json; charset=utf-8",
                outlet_structure="JSON Feed 1.1 of a think tank's commentary (feed.json): authors arrays, one JSON Feed 1.0 'author' object, a dateless item",
                language="en", outlet="Northgate Institute", shape="jsonfeed", topic="world", items=items,
                declared_encoding=None, outlet_aliases=["Northgate Institute for International Affairs"],
                notes="Feed title 'Northgate Institute — Commentary' has a section suffix. The feed-level author is the institute, not a person; items without authors must not inherit it. Event, job ad and housekeeping note are not stories.")


# --------------------------------------------------------------------------------------
# 8. Google News topic feed (news.google.com/rss/topics/…): "Headline - Source" titles,
#    description is an <ol> of clustered headlines with <font color="#6f6f6f">Source</font>.
# --------------------------------------------------------------------------------------


def gnews() -> Feed:
    rows = [
        ("CBMiW2h0dHBzOi8vd3d3LmFsdGFpcmV2aWV3LmNvbS93b3JsZC9zY29sei1tYWNyb24tdGFsa3PSAQA", "Germany and France agree joint air-defence purchase", "Rhine Courier",
         [("EU defence ministers back common procurement plan", "Brussels Dispatch"), ("Paris and Berlin settle fighter-jet row", "Le Quotidien Atlantique")], dt(2026, 12, 2, 16, 20, 0), True, True),
        ("CBMiSGh0dHBzOi8vd3d3LnRoZWFzaWFuZ2xvYmUuY29tL3NyaS1sYW5rYS1pbWYtcmV2aWV30gEA", "IMF approves next Sri Lanka tranche after fourth review", "Asian Globe", [], dt(2026, 12, 2, 14, 5, 0), True, True),
        ("CBMiRGh0dHBzOi8vd3d3LmNhcGV0aW1lcy5jby56YS9zYS1lbGVjdGlvbi1jb2FsaXRpb24tdGFsa3PSAQA", "South Africa's coalition partners clash over budget", "Cape Times Online",
         [("ANC and DA trade accusations over VAT increase", "Joburg Daily")], dt(2026, 12, 2, 11, 0, 0), True, True),
        ("CBMiQGh0dHBzOi8vd3d3LnNwb3J0c3dpcmUuY29tL2Zvb3RiYWxsL3dvcmxkLWN1cC1kcmF3LXJlYWN0aW9u0gEA", "World Cup draw: the groups of death", "SportsWire", [], dt(2026, 12, 1, 21, 0, 0), True, False),
        ("CBMiQ2h0dHBzOi8vd3d3Lm1hbmlsYXBvc3QucGgvd2VzdC1waGlsaXBwaW5lLXNlYS1jb2FzdC1ndWFyZNIBAA", "Philippine coast guard says Chinese ship fired water cannon near Scarborough Shoal", "Manila Post",
         [("China says Philippine vessel intruded into its waters", "Orient Daily Online"), ("US State Department condemns 'dangerous' manoeuvre", "Capitol Report")], dt(2026, 12, 1, 9, 40, 0), True, True),
        ("CBMiPmh0dHBzOi8vd3d3LmFuZGVhbmVjaG8uY29tL3BlcnUtY29uZ3Jlc3MtaW1wZWFjaG1lbnQtdm90ZdIBAA", "Peru's Congress fails to remove president in second impeachment vote", "Andean Echo", [], dt(2026, 11, 30, 23, 55, 0), True, True),
        ("CBMiPGh0dHBzOi8vd3d3LmJ1enpsaXN0LmNvbS93b3JsZC1tb3N0LWJlYXV0aWZ1bC1jaXRpZXMtMjAyNtIBAA", "The 25 most beautiful cities in the world, ranked", "BuzzList", [], dt(2026, 11, 30, 8, 0, 0), True, False),
        ("CBMiQWh0dHBzOi8vd3d3LmVhc3RhZnJpY2FuLWRpc3BhdGNoLmNvbS9ldGhpb3BpYS1lcml0cmVhLWJvcmRlctIBAA", "Ethiopia and Eritrea trade accusations as troops mass near border", "East African Dispatch", [], dt(2026, 11, 30, 6, 12, 0), True, True),
    ]
    items_xml, items = [], []
    for gid, head, src, others, d, story, rel in rows:
        link = f"https://news.google.com/rss/articles/{gid}?oc=5"
        site = "https://www." + src.lower().replace(" ", "") + ".com"
        if others:
            lis = [f'<li><a href="{link}" target="_blank">{esc(head)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(src)}</font></li>']
            for k, (h2, s2) in enumerate(others):
                lis.append(f'<li><a href="https://news.google.com/rss/articles/{gid[:-4]}x{k}A?oc=5" target="_blank">{esc(h2)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(s2)}</font></li>')
            desc = "<ol>" + "".join(lis) + "</ol>"
        else:
            desc = f'<a href="{link}" target="_blank">{esc(head)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(src)}</font>'
        items_xml.append(f"""<item><title>{esc(head)} - {esc(src)}</title><link>{link}</link><guid isPermaLink="false">{gid}</guid><pubDate>{rfc822(d, gmt=True)}</pubDate><description>{esc(desc)}</description><source url="{site}">{esc(src)}</source></item>""")
        junk = ["&nbsp;", "font color", "#6f6f6f"] + [s2 for _, s2 in others]
        items.append(Item(key=gid, title=head, published=d, authors=[], is_story=story, relevant=rel, outlet=src, junk=junk,
                          note="The title's ' - Source' suffix is removed; the outlet is the source." + (" The other clustered headlines are from other outlets." if others else "")))
    text = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>World - Latest - Google News</title><link>https://news.google.com/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0FtVnVHZ0pWVXlnQVAB?hl=en-US&amp;gl=US&amp;ceid=US:en</link><language>en-US</language><webMaster>news-webmaster@google.com</webMaster><copyright>{'2026 Google LLC'}</copyright><lastBuildDate>{rfc822(dt(2026, 12, 2, 16, 30, 0), gmt=True)}</lastBuildDate><description>Google News</description>{''.join(items_xml)}</channel></rss>"""
    return Feed(name="en_googlenews_world_topic.rss.xml", text=text, encoding="utf-8",
                content_type="application/xml; charset=utf-8",
                outlet_structure="Google News topic feed (news.google.com/rss/topics/<id>): 'Headline - Source' titles, <ol> clusters with <font color> source names, <source url>",
                language="en", outlet="Rhine Courier", shape="rss2", topic="aggregator", items=items,
                declared_encoding="UTF-8", outlet_aliases=["Google News"],
                notes="Each item's outlet is its <source>; the aggregator name 'Google News' is also accepted (not 'Google LLC', not 'World - Latest - Google News'). Headline-only items; cluster lists name other outlets' headlines. The listicle and the sports piece are stories but not relevant.")


# --------------------------------------------------------------------------------------
# 9. War on the Rocks-style WordPress long-form (/feed/): dc:creator with two names joined
#    by 'and', excerpt description with [&#8230;] and 'The post … appeared first on …',
#    content:encoded with blockquotes, author bio paragraph in italics at the end.
# --------------------------------------------------------------------------------------


def ramparts() -> Feed:
    base = "https://ramparts.review"
    rows = [
        (31201, "the-alliance-after-the-summit", "The Alliance After the Summit: Five Things to Watch in 2027", "Maya Lindqvist and Daniel Oduya", ["Maya Lindqvist", "Daniel Oduya"],
         ["<p>NATO’s leaders left The Hague with a spending pledge, a new command for the Baltic and a quarrel about Ukraine’s path to membership.</p>",
          "<p>The pledge is the easiest of the three to announce and the hardest to keep</p>",
          "<blockquote><p>“Deterrence is a budget line before it is a doctrine.”</p></blockquote><p>So said General Henrik Aalto, Finland’s chief of defence, in an interview last month.</p>",
          "<p><em>Maya Lindqvist is a fellow at the Baltic Defence Forum. Daniel Oduya is an assistant professor at the University of Lagos.</em></p>"],
         dt(2026, 12, 2, 4, 0, 0, -5), True, True, [{"speaker": "Henrik Aalto", "affiliation": "Finland’s chief of defence"}]),
        (31188, "deterrence-by-denial-in-the-taiwan-strait", "Deterrence by Denial in the Taiwan Strait Is a Logistics Problem", "Kenji Mori", ["Kenji Mori"],
         ["<p>Most war games of a Taiwan contingency end the same way: the side that can reload wins.</p>",
          "<p>This article examines munitions stocks, sealift and fuel, and argues that allied planners should treat logistics as the center of gravity.</p>",
          "<p><em>Kenji Mori is a retired Japan Maritime Self-Defense Force captain.</em></p>"],
         dt(2026, 12, 1, 4, 0, 0, -5), True, True, None),
        (31175, "call-for-submissions-2027", "Call for Submissions: Our 2027 Series on Arms Control", "Ramparts Editors", [],
         ["<p>We are seeking pitches for a series on the future of arms control. Submit by 31 January.</p>"],
         dt(2026, 11, 30, 9, 0, 0, -5), False, False, None),
        (31160, "the-sahel-after-wagner", "The Sahel After Wagner: Russia’s Africa Corps and Its Limits", "Aïssata Traoré, Pierre-Louis Garnier, and Ruth Mensah", ["Aïssata Traoré", "Pierre-Louis Garnier", "Ruth Mensah"],
         ["<p>Russia’s Africa Corps has replaced Wagner in Mali, Burkina Faso and Niger, but its soldiers are fewer and its contracts smaller.</p>",
          "<p>The juntas now shop for security from Turkey and the UAE as well</p>",
          "<p><em>Aïssata Traoré is a researcher in Bamako. Pierre-Louis Garnier teaches at Sciences Po Lyon. Ruth Mensah is a senior analyst at the Accra Policy Centre.</em></p>"],
         dt(2026, 11, 28, 4, 0, 0, -5), True, True, None),
        (31149, "book-review-the-long-watch", "Book Review: The Long Watch, a History of Naval Intelligence", "Samuel Whitford", ["Samuel Whitford"],
         ["<p>A lively but uneven history of how navies learned to watch one another, from the age of sail to satellites.</p>"],
         dt(2026, 11, 27, 4, 0, 0, -5), True, False, None),
        (31133, "podcast-the-red-sea-escort-mission", "Podcast: The Red Sea Escort Mission, Two Years On", "Ramparts Editors", [],
         ["<p>In this episode, our editors discuss the European naval mission in the Red Sea with two officers who served on it.</p>",
          "<p>Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p>"],
         dt(2026, 11, 26, 4, 0, 0, -5), True, True, None),
    ]
    items_xml, items = [], []
    for pid, slug, title, creator, people, blocks, d, story, rel, quotes in rows:
        link = f"{base}/2026/{d.month:02d}/{slug}/"
        first = blocks[0].removeprefix("<p>").removesuffix("</p>")
        excerpt = f"<p>{first[:140]} [&#8230;]</p>\n<p>The post <a href=\"{link}\">{esc(title)}</a> appeared first on <a href=\"{base}\">Ramparts</a>.</p>"
        content = "\n".join(blocks) + f"\n<p>The post <a href=\"{link}\">{esc(title)}</a> appeared first on <a href=\"{base}\">Ramparts</a>.</p>"
        items_xml.append(f"""		<item>
		<title>{esc(title).replace('’', '&#8217;')}</title>
		<link>{link}</link>
		<comments>{link}#respond</comments>
		<dc:creator><![CDATA[{creator}]]></dc:creator>
		<pubDate>{rfc822(d.astimezone(dt(2026, 1, 1).tzinfo), gmt=True).replace('+0000', 'GMT')}</pubDate>
		<category><![CDATA[Commentary]]></category>
		<guid isPermaLink="false">{base}/?p={pid}</guid>
		<description><![CDATA[{excerpt}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<wfw:commentRss>{link}feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
		</item>""")
        note = None
        if len(people) == 3:
            note = "Three people in one dc:creator joined by commas and ', and'."
        items.append(Item(key=f"{base}/?p={pid}", title=title, published=d, authors=people, is_story=story, relevant=rel,
                          junk=["appeared first on", "[…]", "&#8230;", "is a fellow at", "is a retired", "wherever you get your podcasts"], quotes=quotes, note=note))
    text = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>Ramparts</title>
	<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
	<link>{base}/</link>
	<description>Strategy, defense and foreign policy</description>
	<lastBuildDate>{rfc822(dt(2026, 12, 2, 9, 0, 0))}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.7.1</generator>
{chr(10).join(items_xml)}
	</channel>
</rss>
"""
    return Feed(name="en_wp_ramparts_longform.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=UTF-8",
                outlet_structure="War on the Rocks-style WordPress long-form feed (/feed/): dc:creator 'A and B' / 'A, B, and C', excerpt with [&#8230;], 'The post … appeared first on …', italic author bios",
                language="en", outlet="Ramparts", shape="rss2", topic="world", items=items,
                declared_encoding="UTF-8",
                notes="'Ramparts Editors' is not a person. Author bio paragraphs at the end of content are not summary text. Call for submissions is not a story; the podcast post is a story about the Red Sea mission; the book review is a story but not relevant.")


FEEDS = [gulfcurrent, yonder, littoral, reddit, youtube, podcast, jsonfeed, gnews, ramparts]
