# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Science and audio: arXiv listing (RSS 2.0), journal table of contents (RSS 1.0/RDF, no
item dates, inverted author names), Atom journal alerts, podcast feed."""
from lib import Feed, Item, cdata, dt, esc, rfc822

# --------------------------------------------------------------------------------------
# 11. arXiv category feed (2024+ format): "arXiv:ID Announce Type: new\nAbstract: ...",
#     comma-separated dc:creator, dc:rights licence URL, all items same midnight date.
# --------------------------------------------------------------------------------------


def arxiv() -> Feed:
    d = dt(2026, 12, 2, 0, 0, 0, -5)
    rows = [
        ("2612.01841", "new", "Headline-Only News Items Break Extractive Summarisers: A Multilingual Benchmark",
         "We release a benchmark of 48,000 news-feed items in 14 languages, of which 31% carry a headline and no body text. Standard extractive summarisers return empty output on such items or copy boilerplate such as subscription prompts. We propose a fallback cascade and report gains of 6.1 ROUGE-L points.",
         "Amara Nwosu, Felix Brandt, Mei-Ling Chou", ["Amara Nwosu", "Felix Brandt", "Mei-Ling Chou"]),
        ("2612.01877", "new", "Detecting Coordinated Inauthentic Behaviour in Election-Period Telegram Channels",
         "We analyse 2.3 million posts from 1,200 public Telegram channels during three European elections in 2025 and 2026 and identify 41 coordinated clusters using temporal co-posting graphs.",
         "Jonas Weber, Ilona Szabó, Daniel R. Costa", ["Jonas Weber", "Ilona Szabó", "Daniel R. Costa"]),
        ("2612.01902", "new", "Charset Detection for Legacy Web Feeds with Byte-Level Language Models",
         "Roughly 2% of syndication feeds in our crawl declare an encoding that does not match their bytes. A 4-million-parameter byte-level model recovers the correct charset for 99.2% of them, against 93.5% for heuristic detectors.",
         "Kenji Morimoto, Sara Lindholm", ["Kenji Morimoto", "Sara Lindholm"]),
        ("2612.01955", "new", "Quote Attribution in News Text: Speakers, Affiliations and Nested Quotations",
         "We annotate 9,800 quotations in English, German and Portuguese news with speaker, affiliation and cue span, and show that large language models confuse organisations with speakers in 14% of cases.",
         "Beatriz Almeida, Tobias Kranz, Ruth E. Okonkwo, Lukas Meier", ["Beatriz Almeida", "Tobias Kranz", "Ruth E. Okonkwo", "Lukas Meier"]),
        ("2612.02013", "cross", "Satellite-Based Estimates of Night-Time Light Loss in Conflict Zones, 2022-2026",
         "Using VIIRS composites we estimate electricity outages in Ukraine, Sudan, Gaza and Myanmar and validate the estimates against grid operator reports where available.",
         "Oleksandr Hnatiuk, Priya Raman", ["Oleksandr Hnatiuk", "Priya Raman"]),
        ("2611.19877", "replace", "Near-Duplicate Story Clustering Across Languages with Sparse MinHash",
         "We extend MinHash locality-sensitive hashing with transliteration-aware shingles, reaching 0.91 pairwise F1 on a 20-language news clustering benchmark while keeping precision above 0.97.",
         "Hyun-woo Cho, Elena Petrova, Mateo Giménez", ["Hyun-woo Cho", "Elena Petrova", "Mateo Giménez"]),
        ("2612.02044", "new", "A Dataset of Wire-Service Datelines and Bylines for Author Extraction",
         "Bylines in syndication feeds mix people, places, job titles and agency names. We release 30,000 annotated bylines from 60 outlets in nine languages.",
         "The NewsMeta Consortium", []),
    ]
    items_xml, items = [], []
    for aid, ann, title, abstract, creators, authors in rows:
        link = f"https://arxiv.org/abs/{aid}"
        cat = "cs.CL" if ann != "cross" else "physics.soc-ph"
        items_xml.append(f"""<item>
      <title>{esc(title)}</title>
      <link>{link}</link>
      <description>{esc(f'arXiv:{aid}v{2 if ann == "replace" else 1} Announce Type: {ann} ' + chr(10) + 'Abstract: ' + abstract)}</description>
      <guid isPermaLink="false">oai:arXiv.org:{aid}v{2 if ann == "replace" else 1}</guid>
      <category>{cat}</category>
      <pubDate>{rfc822(d)}</pubDate>
      <arxiv:announce_type>{ann}</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>{esc(creators)}</dc:creator>
    </item>""")
        items.append(Item(key=f"oai:arXiv.org:{aid}v{2 if ann == 'replace' else 1}", title=title, published=d,
                          authors=authors, is_story=True, relevant=False,
                          junk=["Announce Type", "arXiv:" + aid, "Abstract:"],
                          note="Research abstract: not world news even when the topic touches conflicts." if ann == "cross" else None))
    text = f"""<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">
  <channel>
    <title>cs.CL updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.CL</link>
    <description>cs.CL updates on the arXiv.org e-print archive.</description>
    <atom:link href="http://rss.arxiv.org/rss/cs.CL" rel="self" type="application/rss+xml"/>
    <docs>http://www.rssboard.org/rss-specification</docs>
    <language>en-us</language>
    <lastBuildDate>{rfc822(d)}</lastBuildDate>
    <managingEditor>rss-help@arxiv.org</managingEditor>
    <pubDate>{rfc822(d)}</pubDate>
    <skipDays>
      <day>Sunday</day>
      <day>Saturday</day>
    </skipDays>
    {chr(10).join('    ' + x for x in items_xml).lstrip()}
  </channel>
</rss>
"""
    return Feed(name="en_arxiv_cscl.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml",
                outlet_structure="arXiv category RSS (rss.arxiv.org/rss/cs.CL), 2024+ format",
                language="en", outlet="arXiv", shape="rss2", topic="science", items=items,
                declared_encoding="UTF-8",
                notes="All abstracts are research, not news: relevant=false throughout. The last item's creator is a consortium (no people).")


# --------------------------------------------------------------------------------------
# 12. Journal table of contents as RSS 1.0 / RDF (OJS / Wiley style): no item dates,
#     authors inverted "Surname, Given" separated by newlines or semicolons, front matter.
# --------------------------------------------------------------------------------------


def journal_rdf() -> Feed:
    base = "https://journals.meridianpress.org/jsa/article/view"
    rows = [
        ("4410", "Burden-Sharing after the Hague Pledge: NATO Members' Defence Budgets, 2024–2026",
         "This article compares defence budget laws in 29 NATO member states after the 2025 pledge to spend 5% of GDP on defence and related security, and finds that most increases rely on reclassifying existing spending.",
         "Okafor, Chinedu N.\nLindqvist, Maja", ["Chinedu N. Okafor", "Maja Lindqvist"], True),
        ("4411", "Mediation Without Leverage: Qatar and the Great Lakes Peace Process",
         "Drawing on 46 interviews, the article explains why a small state with no military presence in the region became the preferred mediator between Kinshasa and the M23 rebellion.",
         "Haddad, Rami; Mukendi, Josée-Anne", ["Rami Haddad", "Josée-Anne Mukendi"], True),
        ("4412", "Sanctions Evasion at Sea: Evidence from AIS Gaps in the Baltic, 2023–2026",
         "We match 1.1 million AIS records with port-state inspection data to estimate how often tankers on EU sanctions lists switch off transponders before entering the Gulf of Finland.",
         "van der Berg, J. P.", ["J. P. van der Berg"], True),
        ("4413", "Water Diplomacy on the Indus: Treaty Resilience under Strain",
         "The article traces the dispute-settlement mechanisms of the Indus Waters Treaty from 1960 to the 2025 suspension and assesses the role of the World Bank.",
         "Qureshi, Ayesha\nIyer, Karthik S.\nMalik, Tariq", ["Ayesha Qureshi", "Karthik S. Iyer", "Tariq Malik"], True),
        ("4414", "Issue Information", "", "", [], False),
        ("4415", "Book review: The Long Thaw – Arctic Politics in a Warming World",
         "A review of a new history of Arctic cooperation from the Ilulissat Declaration to the present.",
         "Sørensen, Ida", ["Ida Sørensen"], False),
        ("4416", "Corrigendum: Small States and the Politics of Recognition",
         "The affiliation of the second author was given incorrectly in the original article.",
         "", [], False),
    ]
    seq = "\n".join(f'        <rdf:li rdf:resource="{base}/{a}"/>' for a, *_ in rows)
    items_xml, items = [], []
    for aid, title, abstract, creators, authors, rel in rows:
        link = f"{base}/{aid}"
        cr = f"\n\t\t<dc:creator>{esc(creators)}</dc:creator>" if creators else ""
        items_xml.append(f"""	<item rdf:about="{link}">
		<title>{esc(title)}</title>
		<link>{link}</link>
		<description>{esc(abstract)}</description>{cr}
		<dc:rights>Copyright (c) 2026 Meridian University Press</dc:rights>
		<prism:publicationName>Journal of Strategic Affairs</prism:publicationName>
		<prism:volume>18</prism:volume>
		<prism:number>4</prism:number>
	</item>""")
        story = title not in ("Issue Information",) and not title.startswith("Corrigendum")
        items.append(Item(key=link, title=title, published=None, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["Copyright (c) 2026"],
                          note="Journal article on international security: relevant by topic." if rel else None))
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
	xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	xmlns="http://purl.org/rss/1.0/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:prism="http://prismstandard.org/namespaces/1.2/basic/"
	xmlns:cc="http://web.resource.org/cc/">

	<channel rdf:about="https://journals.meridianpress.org/jsa">
		<title>Journal of Strategic Affairs</title>
		<link>https://journals.meridianpress.org/jsa</link>
		<description>A peer-reviewed quarterly on international security and diplomacy.</description>
		<dc:publisher>Meridian University Press Ltd</dc:publisher>
		<dc:language>en-US</dc:language>
		<prism:publicationName>Journal of Strategic Affairs</prism:publicationName>
		<prism:issn>2631-4478</prism:issn>
		<prism:copyright>Copyright (c) 2026 Meridian University Press Ltd</prism:copyright>
		<items>
			<rdf:Seq>
{seq}
			</rdf:Seq>
		</items>
	</channel>

{chr(10).join(items_xml)}
</rdf:RDF>
"""
    return Feed(name="en_journal_strategicaffairs.rdf", text=text, encoding="utf-8",
                content_type="application/rdf+xml; charset=utf-8",
                outlet_structure="OJS/Wiley journal table-of-contents RSS 1.0 (rdf:RDF, prism), no item dates",
                language="en", outlet="Journal of Strategic Affairs", shape="rss1-rdf", topic="science", items=items,
                declared_encoding="utf-8",
                notes="No item has a date: 'published' is null everywhere and must not be invented from fetch time. Inverted names are one person each ('van der Berg, J. P.' is one author).")


# --------------------------------------------------------------------------------------
# 13. Podcast feed (itunes namespace, Megaphone/Acast style): ad-choices boilerplate,
#     credits, sponsor lines, trailer and bonus episodes.
# --------------------------------------------------------------------------------------


def podcast() -> Feed:
    base = "https://www.meridianaudio.co.uk/foreign-desk"
    boiler = ("<p>Foreign Desk is produced by Meridian Audio. Producer: Sam Okoye. Sound design: Lena Vogt. "
              "Executive producer: Clara Whitlock.</p><p>Support the show and get ad-free episodes: "
              "<a href=\"https://plus.meridianaudio.co.uk\">plus.meridianaudio.co.uk</a></p>"
              "<p>Learn more about your ad choices. Visit <a href=\"https://megaphone.fm/adchoices\">megaphone.fm/adchoices</a></p>")
    rows = [
        ("FD7412", "Can the Iran inspections deal survive the winter?",
         "<p>Iran and the UN nuclear watchdog have agreed a road map to get inspectors back into two enrichment sites. Host Nadia Farouk asks former inspector Henrik Aalto what the deal leaves out.</p>",
         dt(2026, 12, 2, 4, 0, 0), "34:12", True, True, []),
        ("FD7405", "Greenland, NATO and the new Arctic command",
         "<p>Nadia Farouk and Arctic correspondent Mette Lindqvist on why Nuuk wants a seat at NATO's table.</p>",
         dt(2026, 11, 25, 4, 0, 0), "29:48", True, True, []),
        ("FD7399", "Bonus: Ask us anything, live from Edinburgh",
         "<p>Recorded live at the Edinburgh podcast festival. Your questions on everything from Sudan to sourdough.</p>",
         dt(2026, 11, 21, 12, 0, 0), "52:03", False, False, []),
        ("FD7398", "Sudan: the siege of El Fasher, one year on",
         "<p>An aid convoy has finally reached El Fasher. Nadia speaks to doctor Amal Yousif, who stayed in the city through the siege.</p>",
         dt(2026, 11, 18, 4, 0, 0), "31:40", True, True, []),
        ("FD7390", "The Senegal runoff explained",
         "<p>West Africa correspondent Hannah Osei on the candidates, the stakes and why turnout matters.</p>",
         dt(2026, 11, 11, 4, 0, 0), "26:15", True, True, []),
        ("FD0001", "Introducing Foreign Desk",
         "<p>A new weekly podcast on the stories shaping the world, from Meridian Audio. Starts 6 January.</p>",
         dt(2025, 12, 15, 6, 0, 0), "1:52", False, False, []),
    ]
    items_xml, items = [], []
    for guid, title, desc, d, dur, story, rel, authors in rows:
        full = desc + boiler
        items_xml.append(f"""    <item>
      <title>{esc(title)}</title>
      <description>{cdata(full)}</description>
      <link>{base}/episodes/{guid.lower()}</link>
      <guid isPermaLink="false">{guid}</guid>
      <pubDate>{rfc822(d, gmt=True)}</pubDate>
      <itunes:title>{esc(title)}</itunes:title>
      <itunes:episodeType>{'trailer' if guid == 'FD0001' else ('bonus' if 'Bonus' in title else 'full')}</itunes:episodeType>
      <itunes:author>Meridian Audio</itunes:author>
      <itunes:image href="https://megaphone.imgix.net/podcasts/{guid.lower()}/image/fd.jpg"/>
      <itunes:summary>{esc(desc.replace('<p>', '').replace('</p>', ''))}</itunes:summary>
      <content:encoded>{cdata(full)}</content:encoded>
      <itunes:duration>{dur}</itunes:duration>
      <itunes:explicit>no</itunes:explicit>
      <enclosure url="https://traffic.megaphone.fm/MER{guid}.mp3?updated=1764650000" length="0" type="audio/mpeg"/>
    </item>""")
        items.append(Item(key=guid, title=title, published=d, authors=authors, is_story=story, relevant=rel,
                          junk=["megaphone.fm/adchoices", "ad choices", "Producer:", "Sound design", "Support the show",
                                "Executive producer"],
                          note="itunes:author 'Meridian Audio' is the production company, not a person (the host Nadia Farouk is only named in the text)."))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <atom:link href="https://feeds.megaphone.fm/MER4455102113" rel="self" type="application/rss+xml"/>
    <title>Foreign Desk</title>
    <link>{base}</link>
    <language>en-gb</language>
    <copyright>© 2026 Meridian Audio Ltd</copyright>
    <description>Every week, Nadia Farouk and correspondents around the world explain the story behind the headlines.</description>
    <image>
      <url>https://megaphone.imgix.net/podcasts/fd/image/fd_cover.jpg</url>
      <title>Foreign Desk</title>
      <link>{base}</link>
    </image>
    <itunes:explicit>no</itunes:explicit>
    <itunes:type>episodic</itunes:type>
    <itunes:subtitle>The world, explained weekly</itunes:subtitle>
    <itunes:author>Meridian Audio</itunes:author>
    <itunes:summary>Every week, Nadia Farouk and correspondents around the world explain the story behind the headlines.</itunes:summary>
    <content:encoded>{cdata('<p>Every week, Nadia Farouk and correspondents around the world explain the story behind the headlines.</p>')}</content:encoded>
    <itunes:owner>
      <itunes:name>Meridian Audio</itunes:name>
      <itunes:email>podcasts@meridianaudio.co.uk</itunes:email>
    </itunes:owner>
    <itunes:image href="https://megaphone.imgix.net/podcasts/fd/image/fd_cover.jpg"/>
    <itunes:category text="News">
      <itunes:category text="Politics"/>
    </itunes:category>
{chr(10).join(items_xml)}
  </channel>
</rss>
"""
    return Feed(name="en_podcast_foreigndesk.rss.xml", text=text, encoding="utf-8",
                content_type="application/rss+xml; charset=utf-8",
                outlet_structure="Megaphone-hosted news podcast feed (feeds.megaphone.fm/...)",
                language="en", outlet="Foreign Desk", shape="rss2", topic="podcast", items=items,
                declared_encoding="UTF-8",
                notes="Trailer and bonus Q&A episodes are not stories. Summaries must drop production credits and ad-choices boilerplate.")


FEEDS = [arxiv, journal_rdf, podcast]
