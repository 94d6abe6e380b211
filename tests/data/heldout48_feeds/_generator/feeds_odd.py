# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech, science and oddly encoded feeds of the forty-eighth held-out set: a Manchester tech site
on Payload CMS, an Aberdeen science magazine on Lektor, a Ljubljana English news site's Atom 0.3
feed with base64-encoded content (Atom.NET) and a Reggio Calabria daily whose PHP ran
htmlentities() over UTF-8 text as if it were ISO-8859-1. All outlets, people and quotations are
invented."""
import base64
from html.entities import codepoint2name

from h48 import cd, d, esc, feed, gmt, it, q, rfc822


# ---------------------------------------------------------------- Manchester tech site: Next.js route over Payload CMS 3 (2026)
def latchbolt():
    base = "https://latchbolt.example"
    rows, items = [], []

    def add(pid, slug, title, w, authors, excerpt, body, cats, exp):
        c = "".join(f"\n      <dc:creator>{cd(a)}</dc:creator>" for a in authors)
        cat = "".join(f"\n      <category>{esc(x)}</category>" for x in cats)
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{base}/posts/{slug}</link>\n      <guid isPermaLink=\"false\">{pid}</guid>{c}\n      <pubDate>{gmt(w)}</pubDate>{cat}\n"
                    f"      <description>{cd(excerpt)}</description>\n      <content:encoded>{cd(body)}</content:encoded>\n    </item>")
        items.append(exp(pid))

    w = d(2026, 1, 21, 16, 0, 0, 0)
    add("678f9a1c2b3d4e5f6a7b8c9d", "eu-fines-cloud-giant-over-interoperability", "EU fines cloud giant €1.1bn over locked-in software licences", w, ["Priya Raman", "Tom Oduya"],
        "The Commission says the licensing terms broke the Digital Markets Act.",
        "<p>The European Commission has fined a US cloud provider €1.1bn for licensing terms that made it more expensive to run the company's office software on rival clouds, the first penalty of that size under the Digital Markets Act.</p>"
        "<p>&quot;It is the first time Brussels has put a price on lock-in rather than on a single bad practice,&quot; said Helena Cortés, a competition lawyer at the Centre for Digital Regulation in Brussels.</p>"
        "<p><em>Priya Raman is Latchbolt's policy editor. Tom Oduya covers cloud infrastructure.</em></p>",
        ["Policy", "Cloud"],
        lambda k: it(k, "EU fines cloud giant €1.1bn over locked-in software licences", w, ["Priya Raman", "Tom Oduya"], quotes=[q("Helena Cortés", "Centre for Digital Regulation")],
                     junk=["is Latchbolt's policy editor", "covers cloud infrastructure"],
                     note="Two dc:creator elements (Payload's authors relationship): two people. An italic author-bio tail ends the body and is not summary text. State regulation of a tech company: relevant."))
    w = d(2026, 1, 20, 11, 30, 0, 0)
    add("678e4b2a1c0d9e8f7a6b5c4d", "rotterdam-port-systems-attack-attributed", "Dutch and UK agencies blame state-backed group for Rotterdam port outage", w, ["Tom Oduya"],
        "A joint advisory names the group and the exploited VPN appliance.",
        "<p>Cyber agencies in the Netherlands and the UK have attributed last month's two-day outage of terminal systems at the port of Rotterdam to a state-backed hacking group, in a joint advisory published on Tuesday.</p>"
        "<ul><li>Initial access: an unpatched VPN appliance</li><li>Impact: container gate systems offline for 41 hours</li><li>Attribution: high confidence</li></ul>"
        "<p><strong>Related:</strong> <a href=\"https://latchbolt.example/posts/vpn-appliance-patch-guide\">How to patch the appliance, step by step</a></p>",
        ["Security"],
        lambda k: it(k, "Dutch and UK agencies blame state-backed group for Rotterdam port outage", w, ["Tom Oduya"], junk=["Related:", "How to patch the appliance"],
                     note="State-attributed attack on critical infrastructure: relevant. A bullet list and a 'Related:' link in the body."))
    w = d(2026, 1, 19, 9, 0, 0, 0)
    add("678d1f0e9d8c7b6a5f4e3d2c", "china-gallium-export-licences-tightened", "China tightens gallium export licences again, chipmakers warn of shortages", w, ["Latchbolt Staff"],
        "Beijing adds germanium wafers and gallium nitride substrates to the licensing list.",
        "<p>China's commerce ministry has added gallium nitride substrates and germanium wafers to the list of products that need an export licence, its third tightening in two years.</p>"
        "<p>&quot;European fabs have three months of stock at best,&quot; said Aleksander Nowicki, an analyst at Baltic Semiconductor Research.</p>",
        ["Chips", "Policy"],
        lambda k: it(k, "China tightens gallium export licences again, chipmakers warn of shortages", w, [], quotes=[q("Aleksander Nowicki", "Baltic Semiconductor Research")],
                     note="'Latchbolt Staff' is not a person: []. Export controls by a state: relevant."))
    w = d(2026, 1, 18, 14, 0, 0, 0)
    add("678c0a9b8c7d6e5f4a3b2c1d", "review-fernwood-e-reader-2", "Fernwood Reader 2 review: the best screen, the worst store", w, ["Megan Whitlow"],
        "A lovely colour e-ink panel let down by software.",
        "<p>The Fernwood Reader 2 has the best colour e-ink screen we have tested, and a store that still cannot sort by author.</p><p><strong>Verdict:</strong> 3.5/5</p>"
        "<p><em>Fernwood provided a review unit. Latchbolt may earn a commission if you buy through links on this page.</em></p>",
        ["Reviews"],
        lambda k: it(k, "Fernwood Reader 2 review: the best screen, the worst store", w, ["Megan Whitlow"], rel=False, junk=["provided a review unit", "may earn a commission"],
                     note="Product review: a story, not relevant. Review-unit and affiliate disclosure is not summary text."))
    w = d(2026, 1, 17, 8, 0, 0, 0)
    add("678b9c8d7e6f5a4b3c2d1e0f", "deals-best-usb-c-chargers-january", "Deals: the best USB-C chargers under £30 this week", w, ["Latchbolt Deals"],
        "Our pick of discounted chargers.",
        "<p>Our pick of discounted chargers. Prices correct at the time of writing.</p>",
        ["Deals"],
        lambda k: it(k, "Deals: the best USB-C chargers under £30 this week", w, [], story=False, rel=False, note="Affiliate deals post: not a story."))
    w = d(2026, 1, 16, 17, 0, 0, 0)
    add("678a8b7c6d5e4f3a2b1c0d9e", "newsletter-the-patch-notes", "Get The Patch Notes, our Friday newsletter", w, [],
        "The week in tech, in five links.",
        "<p>The week in tech, in five links. <a href=\"https://latchbolt.example/newsletter\">Sign up</a>.</p>",
        ["Newsletter"],
        lambda k: it(k, "Get The Patch Notes, our Friday newsletter", w, [], story=False, rel=False, note="Newsletter promo: not a story."))
    head = (f"    <title>Latchbolt</title>\n    <link>{base}</link>\n    <description>Technology news, policy and reviews from Manchester</description>\n    <language>en-GB</language>\n"
            f"    <lastBuildDate>{gmt(d(2026, 1, 21, 16, 2, 0, 0))}</lastBuildDate>\n    <generator>Payload CMS + Next.js</generator>\n    <copyright>© 2026 Latchbolt Media Ltd</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_tech_latchbolt_posts_payload3_2026.rss.xml", text, items, lang="en", outlet="Latchbolt", topic="tech",
                ctype="application/rss+xml; charset=utf-8",
                structure="Manchester technology news and reviews site on Payload CMS 3 with a Next.js route handler (/feed.xml, January 2026): two-space indentation, channel title = brand, en-GB, generator 'Payload CMS + Next.js', '© 2026 Latchbolt Media Ltd', MongoDB ObjectIds as non-permalink guids, ONE CDATA dc:creator per related author (two for a joint story, 'Latchbolt Staff', 'Latchbolt Deals', none), GMT pubDates, several <category>, the excerpt field as CDATA description, the Lexical rich text converted to HTML as content:encoded with &quot; entities, a bullet list, a 'Related:' link, an italic author-bio tail, a review disclosure, a deals post and a newsletter promo",
                notes="Tech feed: relevant means world-affairs weight (state regulation, export controls, state-attributed attacks).")


# ---------------------------------------------------------------- Aberdeen science magazine: Lektor + lektor-atom (2017)
def kelpie():
    base = "https://www.kelpiescience.example"
    entries, items = [], []

    def add(slug, title, w, author, html, exp):
        uid = f"urn:uuid:{slug[:36]}"
        entries.append(f'  <entry xml:base="{base}/news/{slug}/">\n    <title type="text">{esc(title)}</title>\n    <id>{uid}</id>\n    <updated>{w.strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>\n'
                       f'    <link href="{base}/news/{slug[37:]}/" />\n    <author>\n      <name>{esc(author)}</name>\n    </author>\n    <content type="html">{esc(html)}</content>\n  </entry>')
        items.append(exp(uid))

    from datetime import UTC
    w = d(2017, 10, 16, 14, 0, 0, 0).astimezone(UTC)
    add("3f1b6c52-9a0e-5d0c-8f3a-7e2a1b9c4d10-neutron-star-collision-seen-and-heard", "Neutron star collision seen and heard for the first time", w, "Dr Fiona Mackintosh",
        "<p>For the first time, astronomers have detected both gravitational waves and light from the same cosmic event: the merger of two neutron stars 130 million light years away.</p>"
        "<p>About 70 observatories on every continent, including Antarctica, followed the event after the LIGO and Virgo detectors picked up the signal on 17 August.</p>"
        "<p>\"We have gone from hearing the universe to hearing and seeing it at once,\" said Professor Alasdair Kerr, an astrophysicist at the University of Glasgow who was not involved in the work.</p>",
        lambda k: it(k, "Neutron star collision seen and heard for the first time", w, ["Fiona Mackintosh"], quotes=[q("Alasdair Kerr", "University of Glasgow")],
                     note="Atom feed with only <updated> (lektor-atom writes no published): the date to show. 'Dr' and 'Professor' are titles. A landmark international observing campaign (announced 16 October 2017): relevant for a science feed."))
    w = d(2017, 11, 6, 9, 30, 0, 0).astimezone(UTC)
    add("8c2e7d41-1b3f-5a6e-9d0c-2f4a6b8c0e12-cop23-opens-in-bonn", "COP23 opens in Bonn with Fiji in the chair", w, "Rory Buchan and Isla Ferguson",
        "<p>The UN climate talks opened in Bonn on Monday under the presidency of Fiji, the first small island state to chair them.</p>"
        "<p>Negotiators must agree the rulebook for the Paris Agreement by the end of next year.</p>",
        lambda k: it(k, "COP23 opens in Bonn with Fiji in the chair", w, ["Rory Buchan", "Isla Ferguson"],
                     note="<author><name> holds two people joined by 'and'. International climate negotiations: relevant."))
    w = d(2017, 11, 2, 11, 0, 0, 0).astimezone(UTC)
    add("5a9d3e20-7c4b-5f1a-8e2d-3b6c9a0f1d23-horizon-2020-uk-researchers-after-brexit", "UK researchers ask for Horizon guarantee as Brexit talks stall", w, "Isla Ferguson",
        "<p>Scientists' organisations have asked the UK government to guarantee that British researchers can stay in the EU's next research programme whatever the outcome of the Brexit talks.</p>"
        "<p>\"A grant is a five-year promise. Nobody hires a postdoc on a maybe,\" said Dr Morag Innes, who leads a marine ecology group at the University of Aberdeen.</p>",
        lambda k: it(k, "UK researchers ask for Horizon guarantee as Brexit talks stall", w, ["Isla Ferguson"], quotes=[q("Morag Innes", "University of Aberdeen")],
                     note="Science policy tied to Brexit negotiations: relevant."))
    w = d(2017, 10, 30, 10, 0, 0, 0).astimezone(UTC)
    add("2d7f1a93-4e6c-5b8d-9a1e-0c3b5d7f9e34-puffins-forage-further-in-warm-years", "Puffins fly further for food in warm years, tracking study finds", w, "Kelpie Science",
        "<p>Atlantic puffins on the Isle of May flew up to 40 per cent further to find sand eels in warm summers, according to a GPS tracking study.</p>",
        lambda k: it(k, "Puffins fly further for food in warm years, tracking study finds", w, [], rel=False,
                     note="Author name is the magazine itself: []. A single ecology paper: a story, not relevant."))
    w = d(2017, 10, 27, 8, 0, 0, 0).astimezone(UTC)
    add("9e0a2c54-6d8f-5a1b-8c3e-4f6a8b0d2e45-whats-on-november", "What's on: science events in the North East in November", w, "Kelpie Science",
        "<ul><li>2 Nov: Café Scientifique, Aberdeen</li><li>9 Nov: Dark skies night, Glen Tanar</li><li>16 Nov: Public lecture, Robert Gordon University</li></ul>",
        lambda k: it(k, "What's on: science events in the North East in November", w, [], story=False, rel=False, note="Events listing: not a story."))
    w = d(2017, 10, 25, 12, 0, 0, 0).astimezone(UTC)
    add("1b3d5f76-8a0c-5e2f-9b4d-6c8e0a2b4f56-podcast-episode-31", "Kelpie Science podcast, episode 31: Life in the North Sea mud", w, "Kelpie Science",
        "<p><audio controls src=\"https://www.kelpiescience.example/static/podcast/31.mp3\"></audio></p>",
        lambda k: it(k, "Kelpie Science podcast, episode 31: Life in the North Sea mud", w, [], story=False, rel=False, note="Podcast episode: not a story."))
    order = sorted(range(len(items)), key=lambda i: items[i].published, reverse=True)
    entries = [entries[i] for i in order]
    items = [items[i] for i in order]
    head = (f'  <title type="text">Kelpie Science: News</title>\n  <id>urn:uuid:0d7c9f1e-2a4b-5c6d-8e0f-1a3b5c7d9e10</id>\n  <updated>2017-11-06T09:30:00Z</updated>\n'
            f'  <link href="{base}/news/" />\n  <link href="{base}/news/feed.xml" rel="self" />\n  <author>\n    <name>Kelpie Science</name>\n  </author>\n'
            '  <subtitle type="html">Science from the North East of Scotland and beyond</subtitle>\n  <generator>Lektor Atom Plugin</generator>')
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("en_science_kelpiescience_news_lektor_atom_2017.atom.xml", text, items, lang="en", outlet="Kelpie Science", shape="atom", topic="science",
                ctype="application/atom+xml; charset=utf-8",
                structure="Aberdeen popular-science magazine's news blog on Lektor with the lektor-atom plugin (/news/feed.xml, October-November 2017), the shape Werkzeug's AtomFeed writes: title type=text 'Brand: News', urn:uuid ids, feed-level author = the magazine, subtitle type=html, generator 'Lektor Atom Plugin', entries with xml:base, title type=text, urn:uuid ids, ONLY <updated> in 'Z' (no published), link, author/name (a person with 'Dr', 'A and B', or the magazine), escaped HTML content, straight double quotes, an events list and a podcast",
                notes="Science feed: relevant means world-affairs weight (international campaigns, climate negotiations, science policy), not single papers.")


# ---------------------------------------------------------------- Ljubljana: Atom 0.3 from Atom.NET with base64 content (2013)
def emona():
    base = "http://www.emonadaily.example"
    entries, items = [], []

    def add(aid, title, w, author, email, html, exp):
        b64 = base64.b64encode(html.encode("utf-8")).decode("ascii")
        a = f"\n    <author>\n      <name>{esc(author)}</name>\n      <email>{email}</email>\n    </author>" if author else ""
        entries.append(f'  <entry>\n    <title type="text/plain" mode="xml">{esc(title)}</title>\n    <link rel="alternate" type="text/html" href="{base}/Article.aspx?id={aid}" />\n'
                       f'    <id>tag:emonadaily.example,2013:{aid}</id>\n    <issued>{w.isoformat()}</issued>\n    <modified>{w.isoformat()}</modified>{a}\n'
                       f'    <content type="text/html" mode="base64">{b64}</content>\n  </entry>')
        items.append(exp(f"tag:emonadaily.example,2013:{aid}"))

    w = d(2013, 12, 12, 18, 40, 0, 1)
    add(40217, "Bank stress tests: Slovenia to inject 3 billion euros into state banks", w, "Maja Kovačič", "maja.kovacic@emonadaily.example",
        "<p>LJUBLJANA - Slovenia will put about 3 billion euros into its state-owned banks after stress tests found a capital gap of 4.8 billion euros, the finance ministry said on Thursday, avoiding an international bailout for now.</p>"
        "<p>\"The number is big, but it is a number, and markets hate a mystery more than a bill,\" said Andrej Zupančič, an economist at the University of Ljubljana.</p>"
        "<p>The European Commission must approve the state aid.</p>",
        lambda k: it(k, "Bank stress tests: Slovenia to inject 3 billion euros into state banks", w, ["Maja Kovačič"], quotes=[q("Andrej Zupančič", "University of Ljubljana")],
                     note="The whole article is base64 inside Atom 0.3 <content mode=\"base64\">: decoded it is UTF-8 HTML with č. The summary must be the decoded text, never base64 characters. Home banking crisis but decided with the European Commission and averting an international bailout: relevant (EU affairs)."))
    w = d(2013, 12, 11, 21, 15, 0, 1)
    add(40203, "Police move against protesters on Kiev's Independence Square", w, "Andrej Novak", "andrej.novak@emonadaily.example",
        "<p>KIEV - Riot police moved against protesters on Independence Square overnight, tearing down barricades while EU and US envoys were in the city.</p>"
        "<p>Slovenia's foreign ministry called for restraint and for talks between the government and the opposition.</p>",
        lambda k: it(k, "Police move against protesters on Kiev's Independence Square", w, ["Andrej Novak"],
                     note="Base64 content. The Euromaidan protests of December 2013 are the setting. Relevant."))
    w = d(2013, 12, 10, 15, 0, 0, 1)
    add(40188, "Zagreb and Ljubljana agree to talks on Ljubljanska banka savers", w, "STA", "desk@emonadaily.example",
        "<p>Slovenia and Croatia agreed to hold talks under the auspices of the Bank for International Settlements on the savings of Croatian depositors of the former Ljubljanska banka, removing an obstacle that had delayed Croatia's EU accession.</p>",
        lambda k: it(k, "Zagreb and Ljubljana agree to talks on Ljubljanska banka savers", w, [],
                     note="Author name 'STA' (the Slovenian Press Agency): not a person, []. Relations with Croatia: relevant."))
    w = d(2013, 12, 9, 10, 30, 0, 1)
    add(40171, "Ljubljana bus drivers threaten strike over night shifts", w, "Tina Hribar", "tina.hribar@emonadaily.example",
        "<p>Drivers at the city bus company LPP threatened to strike before Christmas unless night shifts are paid at a higher rate.</p>"
        "<p>\"We drive the city home every night and nobody drives us,\" said Boštjan Kralj, a union representative at LPP.</p>",
        lambda k: it(k, "Ljubljana bus drivers threaten strike over night shifts", w, ["Tina Hribar"], rel=False, quotes=[q("Boštjan Kralj", "LPP")],
                     note="City labour news: a story, not relevant."))
    w = d(2013, 12, 8, 12, 0, 0, 1)
    add(40160, "Photos: The Christmas fair opens on the Ljubljanica", w, None, None,
        "<p><img src=\"http://www.emonadaily.example/img/2013/12/fair1.jpg\" alt=\"\" /><img src=\"http://www.emonadaily.example/img/2013/12/fair2.jpg\" alt=\"\" /></p>",
        lambda k: it(k, "Photos: The Christmas fair opens on the Ljubljanica", w, [], story=False, rel=False, note="Photo gallery: not a story."))
    w = d(2013, 12, 7, 9, 0, 0, 1)
    add(40152, "What's on in Ljubljana this week", w, None, None,
        "<ul><li>Mon: Slovenian Philharmonic, Cankarjev dom</li><li>Wed: Film night, Kinodvor</li><li>Sat: Christmas concert, Congress Square</li></ul>",
        lambda k: it(k, "What's on in Ljubljana this week", w, [], story=False, rel=False, note="Listings: not a story."))
    head = (f'  <title type="text/plain" mode="xml">Emona Daily</title>\n  <link rel="alternate" type="text/html" href="{base}/" />\n  <modified>2013-12-12T18:40:00+01:00</modified>\n'
            '  <tagline type="text/plain" mode="xml">Slovenia\'s English-language news</tagline>\n  <id>tag:emonadaily.example,2013:feed</id>\n'
            '  <generator url="http://atomnet.sourceforge.net/" version="1.0">Atom.NET</generator>\n  <copyright type="text/plain" mode="xml">Copyright 2013 Emona Media d.o.o.</copyright>')
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed version="0.3" xml:lang="en" xmlns="http://purl.org/atom/ns#">\n' + head + "\n" + "\n".join(entries) + "\n</feed>"
    return feed("en_si_emonadaily_atom03_base64_content_2013.atom.xml", text, items, lang="en", outlet="Emona Daily", shape="atom",
                ctype="application/atom+xml; charset=utf-8",
                structure="Ljubljana English-language news site's Atom 0.3 feed written with the Atom.NET library from an ASP.NET page (/atom.aspx, December 2013): <feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"> with xml:lang, title/tagline/copyright type=\"text/plain\" mode=\"xml\", generator 'Atom.NET' with url and version, 'tag:' ids, <issued> and <modified> with +01:00, author name and email (reporters, the agency 'STA' or absent), and EVERY entry's body as <content type=\"text/html\" mode=\"base64\">: base64 of UTF-8 HTML on one line, no summary element; no trailing newline",
                notes="ENCODING TRAP (a kind no earlier README lists): the only text of each entry is base64-encoded inside Atom 0.3 content mode=\"base64\". A careful reader decodes it (UTF-8 HTML with č, š, ž) and shows clean summaries; base64 runs in a summary, an empty summary or mojibake are defects. Home country Slovenia.")


# ---------------------------------------------------------------- Reggio Calabria: PHP htmlentities() on UTF-8 input (2013)
def _htmlentities_latin1(s: str) -> str:
    """What PHP's htmlentities($s) did before 5.4 (default charset ISO-8859-1) to UTF-8 text:
    each UTF-8 byte of a non-ASCII letter becomes the entity of the Latin-1 character it would
    be, so 'é' (C3 A9) turns into '&Atilde;&copy;'."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x80:
            out.append({0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;"}.get(b, chr(b)))
        else:
            if b < 0xA0:
                raise ValueError("byte without an entity")
            out.append(f"&{codepoint2name[b]};")
    return "".join(out)


def stretto():
    base = "http://www.gazzettadellostretto.example"
    rows, items = [], []

    def add(nid, title, w, creator, text, exp):
        e = _htmlentities_latin1
        c = f"\n<dc:creator><![CDATA[{e(creator)}]]></dc:creator>" if creator else ""
        rows.append(f"<item>\n<title><![CDATA[{e(title)}]]></title>\n<link>{base}/notizia.php?id={nid}</link>\n<guid isPermaLink=\"true\">{base}/notizia.php?id={nid}</guid>\n"
                    f"<pubDate>{rfc822(w)}</pubDate>{c}\n<description><![CDATA[{e(text)}]]></description>\n</item>")
        items.append(exp(f"{base}/notizia.php?id={nid}"))

    w = d(2013, 3, 22, 19, 10, 0, 1)
    add(27731, "Marò, il governo cambia linea: i due fucilieri torneranno in India", w, "Nicolò Fotia",
        "Dopo dieci giorni di tensione con Nuova Delhi, il governo italiano ha deciso che i due fucilieri di Marina torneranno in India entro il termine fissato dalla Corte suprema indiana. "
        "«Una retromarcia che salva i rapporti con l'India ma lascia aperta la questione della giurisdizione», ha detto Carmela Scopelliti, docente di diritto internazionale all'Università Mediterranea.",
        lambda k: it(k, "Marò, il governo cambia linea: i due fucilieri torneranno in India", w, ["Nicolò Fotia"], quotes=[q("Carmela Scopelliti", "Università Mediterranea")],
                     note="Every non-ASCII letter arrives as PHP htmlentities() output of its UTF-8 bytes read as Latin-1: 'ò' as '&Atilde;&sup2;', '«' as '&Acirc;&laquo;'. Expected: the title, name and text repaired ('Marò', 'Nicolò', «…»). Italy's dispute with India over the marines (March 2013): relevant."))
    w = d(2013, 3, 25, 8, 30, 0, 1)
    add(27750, "Cipro, accordo con l'Eurogruppo: prelievo sui depositi oltre 100 mila euro", w, "Redazione",
        "L'Eurogruppo ha raggiunto nella notte un accordo con Cipro: i depositi sotto i 100 mila euro saranno protetti, quelli più alti delle due maggiori banche subiranno perdite. La seconda banca del Paese sarà chiusa.",
        lambda k: it(k, "Cipro, accordo con l'Eurogruppo: prelievo sui depositi oltre 100 mila euro", w, [],
                     note="'Redazione' is not a person: []. 'più' arrives as 'pi&Atilde;&sup1;'. Items not in date order. The Cyprus bailout of March 2013 is the setting. Relevant."))
    w = d(2013, 3, 14, 12, 0, 0, 1)
    add(27655, "Il nuovo Papa viene dall'Argentina: festa nella comunità calabrese di Buenos Aires", w, "Domenico Laganà",
        "Nella comunità calabrese di Buenos Aires si è festeggiato fino a notte l'elezione del nuovo Pontefice, il primo nato nelle Americhe. Molti degli emigrati vengono dalla provincia di Reggio.",
        lambda k: it(k, "Il nuovo Papa viene dall'Argentina: festa nella comunità calabrese di Buenos Aires", w, ["Domenico Laganà"], rel=False,
                     note="A foreign event told through the local emigrant community: home news, not relevant. 'Laganà' arrives as 'Lagan&Atilde;&nbsp;': a no-break space entity inside the name."))
    w = d(2013, 3, 21, 16, 0, 0, 1)
    add(27720, "Stretto, sciopero dei traghetti: code di tre ore a Villa San Giovanni", w, "Francesca Morabito",
        "Lo sciopero del personale dei traghetti privati ha provocato code di tre ore agli imbarchi di Villa San Giovanni. «Così la città è ostaggio», ha detto Pasquale Cuzzocrea, presidente dell'associazione dei commercianti del lungomare.",
        lambda k: it(k, "Stretto, sciopero dei traghetti: code di tre ore a Villa San Giovanni", w, ["Francesca Morabito"], rel=False, quotes=[q("Pasquale Cuzzocrea", "associazione dei commercianti del lungomare")],
                     note="Local transport strike: a story, not relevant."))
    w = d(2013, 3, 21, 7, 0, 0, 1)
    add(27712, "Meteo, le previsioni per il weekend in Calabria", w, None,
        "Sole e temperature in aumento, fino a 21 gradi sulla costa tirrenica. Venti di scirocco sullo Stretto.",
        lambda k: it(k, "Meteo, le previsioni per il weekend in Calabria", w, [], story=False, rel=False, note="Weather forecast: not a story."))
    w = d(2013, 3, 20, 18, 0, 0, 1)
    add(27700, "Le foto dei lettori: il tramonto sull'Etna dal lungomare Falcomatà", w, None,
        "Inviateci le vostre foto: le più belle saranno pubblicate nella galleria.",
        lambda k: it(k, "Le foto dei lettori: il tramonto sull'Etna dal lungomare Falcomatà", w, [], story=False, rel=False, note="Reader photo gallery: not a story."))
    e = _htmlentities_latin1
    head = (f"<title>Gazzetta dello Stretto - Esteri e Attualit&amp;Atilde;&amp;nbsp;</title>\n<link>{base}/</link>\n"
            f"<description><![CDATA[{e('Il quotidiano di Reggio Calabria e della città metropolitana')}]]></description>\n<language>it</language>\n"
            f"<lastBuildDate>{rfc822(d(2013, 3, 25, 8, 31, 0, 1))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n"
    assert text.isascii()
    return feed("it_gazzettadellostretto_esteri_php_htmlentities_utf8_as_latin1_2013.rss.xml", text, items, lang="it", outlet="Gazzetta dello Stretto",
                ctype="text/xml; charset=UTF-8",
                structure="Reggio Calabria daily's 'Esteri e Attualità' feed from a hand-written PHP 5.3 script (rss.php, March 2013) that ran htmlentities() with PHP's then-default ISO-8859-1 charset over UTF-8 text: the document is pure ASCII and well-formed, declared and served as UTF-8, but every non-ASCII character is written as the HTML entities of its UTF-8 BYTES ('à' = '&Atilde;&nbsp;', 'è' = '&Atilde;&uml;', 'é' = '&Atilde;&copy;', 'ò' = '&Atilde;&sup2;', 'ù' = '&Atilde;&sup1;', '«' = '&Acirc;&laquo;') inside CDATA titles, dc:creator and plain-text descriptions, and escaped once more in the channel title ('Attualit&amp;Atilde;&amp;nbsp;'); no indentation, language 'it', 'notizia.php?id=<n>' permalink guids, items NOT in date order, +0100 dates, a weather item and a reader gallery",
                notes="ENCODING TRAP (a kind no earlier README lists): UTF-8 mojibake expressed as HTML named entities in an otherwise valid ASCII document. Resolving the entities gives 'Ã©'-style mojibake; a careful reader repairs it to the intended letters (é, ò, à, «…») in titles, names and summaries. 'Ã', 'Â' sequences or no-break spaces inside words are defects.")


FEEDS = [latchbolt, kelpie, emona, stretto]
