# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English world/foreign-affairs feeds of the tenth held-out set, chosen by publishing platform:
Arc XP, WordPress VIP with Yoast and Feedly webfeeds, Drupal 10 views, Substack, Medium,
Blogger behind Feedburner (Atom) and a Ghost site that ships the whole article in content:encoded
(figures, embedded posts, 'Related:' links, inline ads, 'Read more' boxes). All outlets, people and
quotations are invented."""
from g10 import d, item
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, cdata, esc, feed, it, q, rfc822, rss

NS_SY = ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
NS_WF = ' xmlns:webfeeds="http://webfeeds.org/rss/1.0"'
NS_WFW = ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"'


# ---------------------------------------------------------------- Arc XP outbound feed
def arc():
    """Arc XP outbound-feeds RSS: 26-character ANS ids as non-permalink guids, CDATA titles,
    dc:creator with 'Name and Name', media:content with media:credit and media:description,
    description = subheadline, content:encoded absent, -0500 dates, 'Inc.' copyright."""
    rows, items = [], []
    base = "https://www.lakeshorecourier.com"

    def add(path, ans, title, when, creator, desc, exp, credit="Courier staff", caption=""):
        pairs = [("title", cdata(title)), ("link", base + path), ('guid isPermaLink="false"', ans)]
        if creator:
            pairs.append(("dc:creator", cdata(creator)))
        pairs += [("description", cdata(desc)), ("pubDate", rfc822(when))]
        media = (f'media:content url="https://cloudfront-us-east-1.images.arcpublishing.com/lakeshore/{ans}.jpg" type="image/jpeg" height="1800" width="2700"')
        rows.append(item(pairs, sep="\n") .replace("</item>", f"<{media}><media:title type=\"plain\">{cdata(caption or title)}</media:title><media:description type=\"plain\">{cdata(caption)}</media:description><media:credit role=\"author\" scheme=\"urn:ebu\">{cdata(credit)}</media:credit></media:content>\n</item>"))
        items.append(exp(ans))

    w = d(10, 8, 41, 0, -5)
    add("/world/2026/12/10/ecowas-suspends-guinea-bissau-after-vote-delay/", "QK3VD7MZ2FB4XJ5TLN6WRE8YHA",
        "ECOWAS suspends Guinea-Bissau after junta postpones vote for second time", w, "Marguerite Osei-Bandele and Tom Varga",
        "West African leaders meeting in Abuja gave the transitional government 90 days to publish a new electoral calendar.",
        lambda k: it(k, "ECOWAS suspends Guinea-Bissau after junta postpones vote for second time", w,
                     ["Marguerite Osei-Bandele", "Tom Varga"]),
        credit="Kwame Adjei-Boateng/for The Courier", caption="Delegates arrive for the summit in Abuja on Wednesday.")
    w = d(10, 7, 5, 0, -5)
    add("/world/2026/12/10/ukraine-grain-corridor-insurance-lloyds-danube/", "B7XNM2QW4ERT9YU1IO3PAS5DFG",
        "Insurers return to Danube grain route as Ukraine reports fewer drone strikes", w, "Irina Volkovska-Reid",
        "\u201cThe premiums are still painful, but ships are moving,\u201d said Oleh Marchuk, who heads a shipping association in Izmail.",
        lambda k: it(k, "Insurers return to Danube grain route as Ukraine reports fewer drone strikes", w,
                     ["Irina Volkovska-Reid"], quotes=[q("Oleh Marchuk")]))
    w = d(9, 22, 17, 0, -5)
    add("/world/2026/12/09/philippines-china-second-thomas-shoal-resupply/", "HJ8KL4ZX6CV2BN7MQ1WE3RT5YU",
        "Philippine boat completes shoal resupply without Chinese interference, Manila says", w, "The Associated Press",
        "MANILA, Philippines \u2014 A Philippine supply boat reached the grounded warship at Second Thomas Shoal on Wednesday, the coast guard said.",
        lambda k: it(k, "Philippine boat completes shoal resupply without Chinese interference, Manila says", w,
                     junk=["MANILA, Philippines \u2014"], note="Wire copy: the dc:creator is the agency; [\"The Associated Press\"] is also correct"))
    w = d(9, 19, 30, 0, -5)
    add("/world/2026/12/09/photos-refugee-camp-chad-winter/", "PO9IU8YT7RE6WQ5AS4DF3GH2JK",
        "Photos: Winter arrives in the camps of eastern Chad", w, "Samira Haddou-Lane",
        "A look at life in Adr\u00e9 as temperatures drop and aid deliveries shrink.",
        lambda k: it(k, "Winter arrives in the camps of eastern Chad", w, ["Samira Haddou-Lane"], story=False,
                     note="Photo gallery. Title label 'Photos' may be kept or dropped"))
    w = d(9, 16, 2, 0, -5)
    add("/sports/2026/12/09/courier-cup-curling-final-norway/", "ZX1CV2BN3MQ4WE5RT6YU7IO8PA",
        "Norway edges Scotland in curling final at lakeshore rink", w, "Dale Pruitt",
        "The visitors won on the last stone before a sell-out crowd.",
        lambda k: it(k, "Norway edges Scotland in curling final at lakeshore rink", w, ["Dale Pruitt"], rel=False))
    w = d(9, 12, 48, 0, -5)
    add("/opinion/2026/12/09/nato-summit-burden-sharing-column/", "LK2JH3GF4DS5AQ6WE7RT8YU9IO",
        "Opinion: NATO\u2019s burden-sharing fight is about the wrong number", w, "Priya Castellanos",
        "Two percent of GDP was always a floor. The alliance should argue about readiness instead.",
        lambda k: it(k, "NATO\u2019s burden-sharing fight is about the wrong number", w, ["Priya Castellanos"],
                     note="Opinion column. Title label 'Opinion' may be kept or dropped"))
    w = d(9, 9, 10, 0, -5)
    add("/world/2026/12/09/mexico-us-border-fentanyl-task-force-tijuana/", "MN5BV8CX2ZL7KJ4HG1FD9SA3QW",
        "Mexico, U.S. launch joint fentanyl task force in Tijuana", w, "Rosa Elena Quintero",
        "The unit will share intelligence on precursor shipments from Asia, officials from both governments said.",
        lambda k: it(k, "Mexico, U.S. launch joint fentanyl task force in Tijuana", w, ["Rosa Elena Quintero"]),
        credit="Courier staff", caption="Agents at the San Ysidro crossing on Tuesday.")
    channel = ("<title><![CDATA[World \u2013 Lakeshore Courier]]></title>\n<link>https://www.lakeshorecourier.com</link>\n"
               '<atom:link href="https://www.lakeshorecourier.com/arc/outboundfeeds/rss/category/world/?outputType=xml" rel="self" type="application/rss+xml"/>\n'
               "<description><![CDATA[Lakeshore Courier News Feed]]></description>\n<lastBuildDate>" + rfc822(d(10, 13, 45, 0, 0), gmt=True) + "</lastBuildDate>\n"
               "<language>en</language>\n<copyright>\u00a9 2026 Lakeshore Courier Media, Inc.</copyright>\n<ttl>1</ttl>\n"
               "<sy:updatePeriod>hourly</sy:updatePeriod>\n<sy:updateFrequency>1</sy:updateFrequency>")
    text = rss(channel, rows, ns=NS_ATOM + NS_DC + NS_SY + NS_MEDIA)
    return feed("en_us_lakeshorecourier_world_arcxp.rss.xml", text, items, lang="en", outlet="Lakeshore Courier",
                aliases=["The Lakeshore Courier"],
                structure="Arc XP outbound-feeds RSS (/arc/outboundfeeds/rss/category/world/): channel 'World \u2013 Outlet' in CDATA, 26-character ANS ids as non-permalink guids, CDATA dc:creator with 'Name and Name' (two people) or the agency, subheadline descriptions (one with a 'CITY, Country \u2014' dateline, one that is a quote), media:content after the item fields with media:credit 'Name/for Outlet', photo gallery, opinion column, sport item, -0500 dates, 'Media, Inc.' copyright",
                notes="'Name and Name' in one dc:creator is two authors.")


# ---------------------------------------------------------------- WordPress VIP + Yoast + Feedly webfeeds
def wpvip():
    """WordPress VIP category feed with Yoast: channel 'Foreign Policy Archives - Outlet',
    webfeeds:* elements for Feedly, '?p=' guids, CDATA dc:creator, CDATA categories, description
    ' [&#8230;]' plus Yoast 'The post ... appeared first on ...' tail, content:encoded with the
    same tail, +0000 dates."""
    rows, items = [], []
    base = "https://thecapitolbrief.com"

    def add(slug, pid, title, when, creator, cats, desc, body, exp):
        url = f"{base}/{slug}/"
        tail = f'<p>The post <a href="{url}">{title}</a> appeared first on <a href="{base}">The Capitol Brief</a>.</p>\n'
        rows.append(item([
            ("title", title), ("link", url), ("dc:creator", cdata(creator)), ("pubDate", rfc822(when)),
            *[("category", cdata(c)) for c in cats],
            ('guid isPermaLink="false"', f"{base}/?p={pid}"),
            ("description", cdata(f"<p>{desc} [&#8230;]</p>\n" + tail)),
            ("content:encoded", cdata(body + "\n" + tail)),
        ], sep="\n\t\t") )
        items.append(exp(f"{base}/?p={pid}"))

    w = d(10, 14, 6, 22)
    add("state-department-sahel-envoy-hearing", 418227, "Senators grill Sahel envoy nominee over Wagner successor groups", w,
        "Hollis Brandt", ["Africa", "Congress", "Foreign Policy"],
        "The nominee told the Foreign Relations Committee that Washington had &#8220;lost the room&#8221; in Niamey and Bamako",
        "<p>The nominee told the Foreign Relations Committee that Washington had &#8220;lost the room&#8221; in Niamey and Bamako.</p>\n"
        "<p>&#8220;We cannot outbid Moscow with cash, and we should not try,&#8221; said Dr. Renata Okafor-Hale, the nominee, a former ambassador to Senegal.</p>\n"
        "<p><strong>Sign up for the Capitol Brief Global newsletter.</strong> <a href=\"https://thecapitolbrief.com/newsletters/\">Subscribe here</a>.</p>",
        lambda k: it(k, "Senators grill Sahel envoy nominee over Wagner successor groups", w, ["Hollis Brandt"],
                     junk=["appeared first on", "[\u2026]", "Sign up for", "Subscribe here"],
                     quotes=[q("Renata Okafor-Hale")]))
    w = d(10, 11, 30, 0)
    add("tariff-truce-vietnam-electronics", 418190, "Vietnam offers chip-export curbs to win tariff truce", w,
        "Nell Ashcombe and Farid Qureshi-Lowe", ["Asia", "Trade"],
        "Hanoi&#8217;s negotiators arrived with a proposal to tighten checks on re-exported Chinese components",
        "<p>Hanoi&#8217;s negotiators arrived with a proposal to tighten checks on re-exported Chinese components, two officials said.</p>",
        lambda k: it(k, "Vietnam offers chip-export curbs to win tariff truce", w, ["Nell Ashcombe", "Farid Qureshi-Lowe"],
                     junk=["appeared first on"]))
    w = d(10, 9, 0, 0)
    add("capitol-brief-global-december-10", 418101, "Capitol Brief Global: Your Thursday briefing", w,
        "Capitol Brief Staff", ["Newsletters"],
        "Good morning. Today: the Sahel hearing, a tariff truce in Hanoi and what to watch at the OSCE",
        "<p>Good morning. Today: the Sahel hearing, a tariff truce in Hanoi and what to watch at the OSCE.</p>",
        lambda k: it(k, "Capitol Brief Global: Your Thursday briefing", w, story=False, note="Newsletter edition"))
    w = d(9, 21, 14, 5)
    add("osce-ministerial-malta-russia-boycott", 418066, "OSCE ministers meet in Valletta without Russia for first time", w,
        "Hollis Brandt", ["Europe", "Russia"],
        "Moscow sent no delegation, calling the meeting &#8220;a NATO rehearsal&#8221;",
        "<p>Moscow sent no delegation, calling the meeting &#8220;a NATO rehearsal.&#8221;</p>\n<p>&#8220;The chair remains open to every participating state,&#8221; Malta&#8217;s foreign minister, Joseph Vella-Agius, told reporters.</p>",
        lambda k: it(k, "OSCE ministers meet in Valletta without Russia for first time", w, ["Hollis Brandt"],
                     junk=["appeared first on"], quotes=[q("Joseph Vella-Agius", "Malta")]))
    w = d(9, 17, 45, 30)
    add("sponsored-defense-expo-2027", 418031, "Sponsored: Why the 2027 Harbor Defense Expo matters", w,
        "Brand Studio", ["Sponsored"],
        "Presented by the Harbor Defense Expo",
        "<p>Presented by the Harbor Defense Expo.</p>",
        lambda k: it(k, "Why the 2027 Harbor Defense Expo matters", w, story=False, rel=False,
                     note="Sponsored content. Title label 'Sponsored' may be kept or dropped"))
    w = d(9, 13, 20, 0)
    add("house-panel-taiwan-arms-backlog", 417988, "House panel demands answers on $19 billion Taiwan arms backlog", w,
        "Farid Qureshi-Lowe", ["Asia", "Defense", "Congress"],
        "Lawmakers want the Pentagon to explain why Harpoon deliveries slipped again",
        "<p>Lawmakers want the Pentagon to explain why Harpoon deliveries slipped again.</p>",
        lambda k: it(k, "House panel demands answers on $19 billion Taiwan arms backlog", w, ["Farid Qureshi-Lowe"],
                     junk=["appeared first on"]))
    w = d(9, 10, 2, 0)
    add("ukraine-aid-supplemental-senate-vote", 417960, "Senate sets Tuesday vote on $28 billion Ukraine package", w,
        "Nell Ashcombe", ["Europe", "Congress"],
        "The majority leader filed cloture after a bipartisan group agreed to attach border money",
        "<p>The majority leader filed cloture after a bipartisan group agreed to attach border money.</p>\n<p>&#8220;The votes are there if leadership lets us have them,&#8221; said Sen. Alma Whitcombe, a Republican of Kansas.</p>",
        lambda k: it(k, "Senate sets Tuesday vote on $28 billion Ukraine package", w, ["Nell Ashcombe"],
                     junk=["appeared first on"], quotes=[q("Alma Whitcombe")]))
    channel = ("\t<title>Foreign Policy Archives - The Capitol Brief</title>\n\t<atom:link href=\"https://thecapitolbrief.com/category/foreign-policy/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://thecapitolbrief.com/category/foreign-policy/</link>\n\t<description>Power, policy and the people behind it</description>\n"
               "\t<lastBuildDate>" + rfc822(d(10, 14, 6, 22)) + "</lastBuildDate>\n\t<language>en-US</language>\n"
               "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
               "\t<generator>https://wordpress.org/?v=6.7.1</generator>\n"
               "\t<webfeeds:cover image=\"https://thecapitolbrief.com/wp-content/uploads/2024/02/cover.png\" />\n"
               "\t<webfeeds:icon>https://thecapitolbrief.com/wp-content/uploads/2024/02/icon.svg</webfeeds:icon>\n"
               "\t<webfeeds:accentColor>B3122E</webfeeds:accentColor>\n\t<webfeeds:related layout=\"card\" target=\"browser\"/>\n"
               "\t<webfeeds:analytics id=\"UA-0000000-1\" engine=\"GoogleAnalytics\"/>")
    text = rss(channel, rows, ns=NS_CONTENT + NS_WFW + NS_DC + NS_ATOM + NS_SY + NS_WF + NS_MEDIA)
    return feed("en_us_capitolbrief_foreignpolicy_wpvip.rss.xml", text, items, lang="en", outlet="The Capitol Brief",
                aliases=["Capitol Brief"],
                structure="WordPress VIP category feed with Yoast SEO and Feedly webfeeds: channel 'Foreign Policy Archives - Outlet', tab indentation, webfeeds:cover/icon/accentColor/related/analytics, CDATA dc:creator ('Name and Name', 'Outlet Staff', 'Brand Studio'), CDATA categories, '?p=' guids, CDATA descriptions ending ' [&#8230;]' followed by Yoast's 'The post <a>Title</a> appeared first on <a>Outlet</a>.' paragraph (also in content:encoded), numeric entities &#8220;&#8221;&#8217;, newsletter promo paragraph, newsletter edition, sponsored post, +0000 dates",
                notes="Desk and studio bylines ('Capitol Brief Staff', 'Brand Studio') belong to non-stories.")


# ---------------------------------------------------------------- Drupal 10 views RSS
def drupal():
    """Drupal 10 views RSS of a foreign-affairs quarterly: xml:base, guid '<nid> at <site>',
    escaped description holding field wrappers (<span class="field ...">, <div class="field ...">),
    dc:creator with the author's display name, +0000 dates."""
    rows, items = [], []
    base = "https://www.meridianquarterly.org"

    def add(path, nid, title, when, creator, body, exp):
        pairs = [("title", esc(title)), ("link", base + path), ("description", esc(body)), ("pubDate", rfc822(when))]
        if creator:
            pairs.append(("dc:creator", esc(creator)))
        pairs.append(('guid isPermaLink="false"', f"{nid} at {base}"))
        rows.append(item(pairs, sep="\n    "))
        items.append(exp(f"{nid} at {base}"))

    def body(author_field, text):
        return (f'<span class="field field--name-title field--type-string field--label-hidden">x</span>\n'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{text}</div>\n'
                + (f'<div class="field field--name-field-author field--type-entity-reference field--label-inline clearfix"><div class="field__label">Author</div><div class="field__item"><a href="/people/{author_field.lower().replace(" ", "-")}" hreflang="en">{author_field}</a></div></div>' if author_field else "")).replace('<span class="field field--name-title field--type-string field--label-hidden">x</span>\n', "")

    w = d(10, 12, 0, 0)
    add("/analysis/armenia-azerbaijan-peace-treaty-corridor", 28841, "The Zangezur question will outlast the peace treaty", w, "lkaramanian",
        body("Lusine Karamanian", "<p>Yerevan and Baku have initialled a text, but the transit route through Syunik remains undefined. \u201cA signature is not a border regime,\u201d one Armenian negotiator told me.</p>"),
        lambda k: it(k, "The Zangezur question will outlast the peace treaty", w, ["Lusine Karamanian"],
                     junk=["Author", "field__item"],
                     note="dc:creator holds the site user name 'lkaramanian' (a login, not a byline); the author field in the body names Lusine Karamanian"))
    w = d(10, 9, 15, 0)
    add("/events/book-talk-ports-and-power-indian-ocean", 28835, "Book talk: Ports and Power in the Indian Ocean", w, "events",
        body("", "<p>Join us on 14 January at 18:00 at the Quarterly\u2019s reading room. Registration required.</p>"),
        lambda k: it(k, "Book talk: Ports and Power in the Indian Ocean", w, story=False, note="Event announcement"))
    w = d(9, 16, 40, 0)
    add("/analysis/sri-lanka-debt-restructuring-china-india", 28829, "Sri Lanka\u2019s second debt deal tests India and China\u2019s patience", w, "nperera",
        body("Nimal Perera-Sands", "<p>Colombo\u2019s bondholders accepted a haircut; its bilateral creditors are less forgiving. \u201cWe will not be the last to be paid again,\u201d said a senior official at India\u2019s finance ministry.</p>"),
        lambda k: it(k, "Sri Lanka\u2019s second debt deal tests India and China\u2019s patience", w, ["Nimal Perera-Sands"],
                     junk=["Author", "field__item"]))
    w = d(9, 10, 5, 0)
    add("/podcast/episode-212-greenland-after-the-referendum", 28820, "Episode 212: Greenland after the referendum", w, "podcast",
        body("", '<p>Our editors discuss Nuuk\u2019s next steps with a guest from Ilisimatusarfik.</p><p><iframe src="https://player.simplecast.com/5d2f0a1b" height="200" width="100%"></iframe></p>'),
        lambda k: it(k, "Episode 212: Greenland after the referendum", w, story=False, note="Podcast episode"))
    w = d(8, 18, 22, 0)
    add("/analysis/mexico-us-water-treaty-rio-grande-deliveries", 28811, "Mexico\u2019s water debt to Texas is a foreign-policy problem now", w, "jsalgado",
        body("Julieta Salgado-Ruiz", "<p>The 1944 treaty cycle closes in October, and Chihuahua\u2019s reservoirs are at a third of capacity.</p>"),
        lambda k: it(k, "Mexico\u2019s water debt to Texas is a foreign-policy problem now", w, ["Julieta Salgado-Ruiz"],
                     junk=["Author"]))
    w = d(8, 11, 0, 0)
    add("/analysis/baltic-cable-sabotage-insurance-shipping", 28802, "Who pays when a Baltic cable is cut?", w, "tlindqvist",
        body("Tove Lindqvist", "<p>Finland\u2019s courts have ruled they lack jurisdiction over the anchor-dragging tanker. \u201cThe law of the sea was written for another century,\u201d said Prof. Aarne Heikkil\u00e4 of the University of Turku.</p>"),
        lambda k: it(k, "Who pays when a Baltic cable is cut?", w, ["Tove Lindqvist"], junk=["Author"],
                     quotes=[q("Aarne Heikkil\u00e4", "University of Turku")]))
    channel = ("  <title>Meridian Quarterly - Analysis</title>\n  <link>https://www.meridianquarterly.org/</link>\n  <description>Independent analysis of international affairs</description>\n  <language>en</language>\n")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://www.meridianquarterly.org/"' + NS_DC + NS_ATOM + ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:schema="http://schema.org/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">\n'
            "  <channel>\n" + channel + "    " + "\n  ".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_meridianquarterly_analysis_drupal.rss.xml", text, items, lang="en", outlet="Meridian Quarterly",
                structure="Drupal 10 views RSS of a foreign-affairs quarterly: xml:base on <rss> with the RDFa namespace set (foaf, og, sioc, skos, schema), guids '<nid> at https://site', escaped descriptions holding Drupal field wrappers (field--name-body div, an inline 'Author' label field with the display name), dc:creator holding the site user name (login) not the display name, event announcement and podcast with a Simplecast iframe, +0000 dates, no copyright",
                notes="The display name in the body's Author field is the byline; dc:creator holds a user login. Analysis pieces are stories.")


# ---------------------------------------------------------------- Substack
def substack():
    """Substack publication feed: CDATA everywhere, description = subtitle, guid = post URL
    non-permalink, dc:creator, GMT dates, enclosure image, content:encoded with subscription
    widgets, 'Share' buttons, a paywall cut, a podcast post and an open thread."""
    rows, items = [], []
    base = "https://thebordercable.substack.com"
    sub = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://thebordercable.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;}" data-component-name="SubscribeWidgetToDOM">'
           '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Border Cable is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
           '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email\u2026" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>')
    share = '<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://thebordercable.substack.com/p/x?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://thebordercable.substack.com/?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>'

    def add(slug, title, sub_t, when, body, exp, author="Elif Marangoz", enclosure=None):
        url = f"{base}/p/{slug}"
        pairs = [("title", cdata(title)), ("description", cdata(sub_t)), ("link", url),
                 ('guid isPermaLink="false"', url), ("dc:creator", cdata(author)), ("pubDate", rfc822(when, gmt=True))]
        pairs.append((enclosure or f'enclosure url="https://substack-post-media.s3.amazonaws.com/public/images/{sum(map(ord, slug)) * 7919 % 10**8:08d}_1456x816.jpeg" length="0" type="image/jpeg"', None))
        pairs.append(("content:encoded", cdata(body)))
        rows.append(item(pairs))
        items.append(exp(url))

    w = d(10, 6, 31, 12)
    add("turkey-syria-border-returns", "What Ankara\u2019s \u2018voluntary returns\u2019 look like from Kilis",
        "Three days on the border, and a deal nobody has signed", w,
        "<p>KILIS \u2014 The buses leave at dawn. Officials call the returns voluntary; the men I met in the queue did not.</p>" + sub +
        "<p>\u201cWe were told to sign or lose the residence card,\u201d said Mahmoud, 34, from Aleppo, who asked that his family name be withheld.</p>"
        "<p>Turkey\u2019s interior ministry says 118,000 Syrians went home this year.</p>" + share,
        lambda k: it(k, "What Ankara\u2019s \u2018voluntary returns\u2019 look like from Kilis", w, ["Elif Marangoz"],
                     junk=["reader-supported", "consider becoming", "Subscribe", "Share", "KILIS \u2014"], quotes=[q("Mahmoud")]))
    w = d(9, 15, 0, 0)
    add("open-thread-december", "Open thread: ask me anything about the Caucasus", "Paid subscribers can comment below", w,
        "<p>It\u2019s that time of the month. Drop your questions below.</p>",
        lambda k: it(k, "Open thread: ask me anything about the Caucasus", w, ["Elif Marangoz"], story=False, rel=False,
                     note="Subscriber discussion thread"))
    w = d(8, 7, 12, 45)
    add("iraq-kurdistan-oil-pipeline-restart", "Kurdish oil is flowing again. Baghdad still isn\u2019t paying.",
        "The Ceyhan pipeline restart, explained", w,
        "<p>After two and a half years, crude from the Kurdistan Region is moving through the Iraq\u2013Turkey pipeline again.</p>"
        "<p>\u201cThe valves are open; the money is not,\u201d an adviser to the regional government in Erbil told me.</p>"
        '<div class="paywall-jump" data-component-name="PaywallToDOM"></div><p>Keep reading with a 7-day free trial</p><p>Subscribe to The Border Cable to keep reading this post and get 7 days of free access to the full post archives.</p>',
        lambda k: it(k, "Kurdish oil is flowing again. Baghdad still isn\u2019t paying.", w, ["Elif Marangoz"],
                     junk=["Keep reading", "free trial", "Subscribe to"], note="Paid post: the feed carries the part before the paywall"))
    w = d(6, 10, 0, 0)
    add("podcast-georgia-protests-tbilisi", "Podcast: Tbilisi\u2019s protest winter, with a guest from Batumi", "Episode 41", w,
        '<p>This week I talk to the journalist Nino Abashidze-Kerr.</p><div class="native-audio-embed" data-component-name="AudioPlaceholder" data-attrs="{&quot;label&quot;:null,&quot;mediaUploadId&quot;:&quot;7f2c&quot;,&quot;duration&quot;:2711}"></div>',
        lambda k: it(k, "Tbilisi\u2019s protest winter, with a guest from Batumi", w, ["Elif Marangoz"], story=False,
                     note="Podcast episode. Title label 'Podcast' may be kept or dropped"),
        enclosure='enclosure url="https://api.substack.com/feed/podcast/160001/8f2c1e.mp3" length="32531456" type="audio/mpeg"')
    w = d(4, 8, 20, 0)
    add("armenia-russia-base-gyumri", "Is Gyumri still a Russian town?", "On the 102nd base, and what Yerevan wants from it", w,
        "<p>The base has been here since 1995. Its future is now openly debated in parliament.</p>"
        "<p>\u201cNo one in this government will ask them to leave tomorrow, and no one wants them forever,\u201d said Arman Petrosyan-Vance, a deputy from the ruling party.</p>" + sub,
        lambda k: it(k, "Is Gyumri still a Russian town?", w, ["Elif Marangoz"], junk=["reader-supported", "Subscribe"],
                     quotes=[q("Arman Petrosyan-Vance")]))
    w = d(2, 19, 2, 0)
    add("guest-post-azerbaijan-cop-legacy", "Guest post: Baku\u2019s climate diplomacy, a year on", "By a guest contributor", w,
        "<p>Azerbaijan promised a finance breakthrough. A year later the fund it launched has disbursed nothing.</p>" + share,
        lambda k: it(k, "Baku\u2019s climate diplomacy, a year on", w, ["Rauf Hasanli-Price"], junk=["Share"],
                     note="Guest post: dc:creator names the guest. Title label 'Guest post' may be kept or dropped"),
        author="Rauf Hasanli-Price")
    channel = ("<title><![CDATA[The Border Cable]]></title><description><![CDATA[Dispatches from Turkey, the Caucasus and the edges of Europe, by Elif Marangoz]]></description>"
               "<link>https://thebordercable.substack.com</link><image><url>https://substackcdn.com/image/fetch/w_256,c_limit,f_auto,q_auto:good/border.png</url><title>The Border Cable</title><link>https://thebordercable.substack.com</link></image>"
               "<generator>Substack</generator><lastBuildDate>" + rfc822(d(10, 6, 40), gmt=True) + "</lastBuildDate>"
               '<atom:link href="https://thebordercable.substack.com/feed" rel="self" type="application/rss+xml"/><copyright><![CDATA[Elif Marangoz]]></copyright>'
               "<language><![CDATA[en]]></language><webMaster><![CDATA[thebordercable@substack.com]]></webMaster><itunes:owner><itunes:email><![CDATA[thebordercable@substack.com]]></itunes:email><itunes:name><![CDATA[Elif Marangoz]]></itunes:name></itunes:owner><itunes:author><![CDATA[Elif Marangoz]]></itunes:author>")
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM + ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"' + ' xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"', sep="")
    return feed("en_substack_thebordercable.rss.xml", text, items, lang="en", outlet="The Border Cable",
                structure="Substack publication feed (/feed): single line, CDATA titles, subtitle descriptions, guid = post URL non-permalink, CDATA dc:creator (the writer, or a guest), GMT dates, enclosure image with length 0, itunes owner in the channel, copyright = the writer's name, content:encoded with subscription widgets ('reader-supported publication', email form), 'Share' button paragraphs, a paywall cut ('Keep reading with a 7-day free trial'), an audio-embed podcast post with an mp3 enclosure, an open thread, a 'Guest post:' piece",
                notes="A one-person newsletter: the outlet is the publication name; the writer is the author. The channel copyright is a person, not the outlet.")


# ---------------------------------------------------------------- Medium publication
def medium():
    """Medium publication feed: CDATA titles, guid 'https://medium.com/p/<hex>', categories,
    dc:creator, GMT pubDate plus atom:updated, content:encoded with figure/figcaption, a 1x1
    stat pixel and 'was originally published in ... on Medium' tail."""
    rows, items = [], []
    pub = "https://medium.com/statecraft-review"

    def add(slug, hexid, title, when, author, cats, body, exp):
        link = f"{pub}/{slug}-{hexid}?source=rss----{hexid[:6]}0f1a---4"
        tail = (f'<img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId={hexid}" width="1" height="1" alt=""><hr>'
                f'<p><a href="{pub}/{slug}-{hexid}">{title}</a> was originally published in <a href="{pub}">Statecraft Review</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>')
        rows.append(item([("title", cdata(title)), ("link", link), ('guid isPermaLink="false"', f"https://medium.com/p/{hexid}"),
                          *[("category", cdata(c)) for c in cats], ("dc:creator", cdata(author)),
                          ("pubDate", rfc822(when, gmt=True)), ("atom:updated", when.strftime("%Y-%m-%dT%H:%M:%S.") + "412Z"),
                          ("content:encoded", cdata(body + tail))]))
        items.append(exp(f"https://medium.com/p/{hexid}"))

    fig = '<figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*{0}.jpeg" /><figcaption>{1}</figcaption></figure>'
    w = d(10, 4, 18, 33)
    add("the-quiet-end-of-the-minsk-format", "3f9a2c71d0be", "The quiet end of the Minsk format", w, "Halvard Strenge",
        ["diplomacy", "belarus", "europe", "foreign-policy"],
        fig.format("xQ2p9LmA", "Lukashenko-era flags at a border post near Brest. Photo by Oksana Drob on Unsplash")
        + "<p>Nobody announced it, but the last working group met in 2024. Since then, Vilnius and Warsaw have built their own channels to Minsk.</p>"
        "<h3>What replaced it</h3><p>\u201cWe talk to the Belarusian border service every week, and to no one above it,\u201d said a Lithuanian official.</p>",
        lambda k: it(k, "The quiet end of the Minsk format", w, ["Halvard Strenge"],
                     junk=["Unsplash", "originally published", "continuing the conversation"]))
    w = d(9, 20, 2, 10)
    add("why-brazil-wants-a-brics-currency-and-why-it-wont-happen", "a71c0e93f4d2", "Why Brazil wants a BRICS currency (and why it won\u2019t happen)", w, "Camila Ferraz-Hunt",
        ["brics", "brazil", "economics"],
        "<p>Bras\u00edlia keeps raising the idea at summits. Its own central bank keeps burying it.</p>"
        "<blockquote>\u201cA common unit of account is a political slogan, not a monetary project,\u201d a former central bank director told me.</blockquote>",
        lambda k: it(k, "Why Brazil wants a BRICS currency (and why it won\u2019t happen)", w, ["Camila Ferraz-Hunt"],
                     junk=["originally published"]))
    w = d(9, 8, 45, 0)
    add("10-books-on-geopolitics-to-read-this-winter", "0cd4e8b17a55", "10 books on geopolitics to read this winter", w, "Statecraft Review Editors",
        ["books", "reading-list"],
        "<p>Our editors pick the year\u2019s best, from maps to memoirs.</p><ol><li>Salt and Empire</li><li>The Strait</li></ol>",
        lambda k: it(k, "10 books on geopolitics to read this winter", w, story=False, rel=False, note="Reading list"))
    w = d(8, 16, 30, 0)
    add("what-the-sudan-talks-in-jeddah-got-wrong", "b28e5f60c193", "What the Sudan talks in Jeddah got wrong", w, "Amira Nour el-Din",
        ["sudan", "africa", "peace-process"],
        fig.format("Ab7Yz3Kp", "Displaced families near El Fasher, October 2026.")
        + "<p>Saudi and American mediators invited the generals and left out the civilians who govern the neighbourhoods.</p>"
        "<p>\u201cThey negotiated a ceasefire for people who had no intention of stopping,\u201d said Dr. Hamid Osman-Taylor, who advised one of the delegations.</p>",
        lambda k: it(k, "What the Sudan talks in Jeddah got wrong", w, ["Amira Nour el-Din"], junk=["originally published"],
                     quotes=[q("Hamid Osman-Taylor")]))
    w = d(7, 12, 0, 0)
    add("i-quit-my-embassy-job-heres-what-i-learned", "e94b1a2c07fd", "I quit my embassy job. Here\u2019s what I learned about productivity", w, "Jonah Pellerin",
        ["productivity", "careers", "self-improvement"],
        "<p>Spoiler: the inbox always wins. Here are seven habits I kept.</p>",
        lambda k: it(k, "I quit my embassy job. Here\u2019s what I learned about productivity", w, ["Jonah Pellerin"], rel=False,
                     junk=["originally published"]))
    w = d(6, 9, 12, 0)
    add("nigeria-and-the-gulf-of-guinea-piracy-comeback", "5d70c8a3e1b6", "Piracy is back in the Gulf of Guinea, and Nigeria\u2019s navy knows it", w, "Tunde Adeyemi-Rhodes",
        ["nigeria", "maritime-security", "africa"],
        "<p>Four boardings in six weeks off Bayelsa have ended a three-year lull.</p>",
        lambda k: it(k, "Piracy is back in the Gulf of Guinea, and Nigeria\u2019s navy knows it", w, ["Tunde Adeyemi-Rhodes"],
                     junk=["originally published"]))
    channel = ("<title><![CDATA[Statecraft Review - Medium]]></title><description><![CDATA[Essays on diplomacy, power and the world order. - Medium]]></description>"
               "<link>https://medium.com/statecraft-review?source=rss----a1b2c3d4e5f6---4</link><image><url>https://cdn-images-1.medium.com/proxy/1*TGH72Nnw24QL3iV9IOm4VA.png</url><title>Statecraft Review - Medium</title><link>https://medium.com/statecraft-review?source=rss----a1b2c3d4e5f6---4</link></image>"
               "<generator>Medium</generator><lastBuildDate>" + rfc822(d(10, 4, 20), gmt=True) + "</lastBuildDate>"
               '<atom:link href="https://medium.com/feed/statecraft-review" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@medium.com]]></webMaster><atom:link href="http://medium.superfeedr.com" rel="hub"/>')
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM + ' xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"', sep="")
    return feed("en_medium_statecraftreview.rss.xml", text, items, lang="en", outlet="Statecraft Review",
                structure="Medium publication feed (medium.com/feed/<publication>): single line, channel 'Outlet - Medium', CDATA titles, '?source=rss----…---4' links, guid 'https://medium.com/p/<hex>', lowercase hyphenated CDATA categories, CDATA dc:creator, GMT pubDate plus atom:updated with milliseconds, no description, content:encoded only, with <figure>/<figcaption> photo credits ('Photo by … on Unsplash'), <h3> subheads, blockquote quotes, the 1x1 stat pixel and the '<hr><p>… was originally published in … on Medium, where people are continuing the conversation …</p>' tail, reading list and self-help post",
                notes="The outlet is the publication, not 'Medium'; ['Statecraft Review - Medium'] as outlet is wrong. Essays by named writers are stories.")


# ---------------------------------------------------------------- Blogger behind Feedburner (Atom)
def blogger():
    """Blogger Atom feed republished by Feedburner: blogger ids, openSearch, feedburner:origLink,
    links through feedproxy, author name 'Unknown' or real names with noreply e-mail, escaped
    HTML content with separator divs and 'Read more »' jump links, +05:30 dates."""
    entries, items = [], []
    blog = "https://southasiadispatch.blogspot.com"

    def add(pid, path, title, pub, upd, author, content, exp, labels=()):
        key = f"tag:blogger.com,1999:blog-7712034598810234412.post-{pid}"
        e = (f"<entry><id>{key}</id><published>{pub.isoformat(timespec='milliseconds')}</published><updated>{upd.isoformat(timespec='milliseconds')}</updated>"
             + "".join(f"<category scheme=\"http://www.blogger.com/atom/ns#\" term=\"{lab}\"/>" for lab in labels)
             + f"<title type='text'>{esc(title)}</title><content type='html'>{esc(content)}</content>"
             f"<link rel='replies' type='application/atom+xml' href='{blog}/feeds/{pid}/comments/default' title='Post Comments'/>"
             f"<link rel='alternate' type='text/html' href='http://feedproxy.google.com/~r/SouthAsiaDispatch/~3/{pid[-8:]}/{path.rsplit('/', 1)[-1]}' title='{esc(title)}'/>"
             f"<author><name>{esc(author)}</name><uri>https://www.blogger.com/profile/0{pid[:12]}</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author>"
             f"<thr:total>0</thr:total><feedburner:origLink>{blog}{path}</feedburner:origLink></entry>")
        entries.append(e)
        items.append(exp(key))

    sep = '<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{0}/s1600/img.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="720" data-original-width="1280" height="180" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{0}/s320/img.jpg" width="320" /></a></div><br />'
    more = lambda path: f'<a href="{blog}{path}#more">Read more \u00bb</a>'  # noqa: E731
    p = d(10, 11, 5, 0, 5.5)
    add("4410298837120056171", "/2026/12/nepal-india-border-map-row.html", "Nepal and India revive talks on Kalapani map dispute", p, d(10, 11, 9, 12, 5.5), "Sushila Thapa-Rowe",
        sep.format("hT7") + "KATHMANDU: Foreign secretaries of the two countries will meet in New Delhi next week, officials said on Thursday.<br /><br />\"We want the boundary working group back on its feet,\" said Nepal's foreign ministry spokesperson Bimal Koirala-Shah.<br /><br />" + more("/2026/12/nepal-india-border-map-row.html"),
        lambda k: it(k, "Nepal and India revive talks on Kalapani map dispute", p, ["Sushila Thapa-Rowe"],
                     junk=["Read more", "KATHMANDU:"], quotes=[q("Bimal Koirala-Shah", "Nepal")]), labels=("Nepal", "India", "Diplomacy"))
    p = d(10, 7, 40, 0, 5.5)
    add("1982237710493365520", "/2026/12/bhutan-china-boundary-round.html", "Bhutan, China hold 27th round of boundary talks in Thimphu", p, p, "Unknown",
        "THIMPHU: The two sides agreed on a three-step road map for the Doklam sector, a joint statement said.<br />" + more("/2026/12/bhutan-china-boundary-round.html"),
        lambda k: it(k, "Bhutan, China hold 27th round of boundary talks in Thimphu", p, junk=["Read more", "THIMPHU:"],
                     note="Blogger writes 'Unknown' when the profile has no public name: no author. ['Unknown'] is wrong"), labels=("Bhutan", "China"))
    p = d(9, 18, 22, 0, 5.5)
    add("7735100244916612203", "/2026/12/maldives-india-troops-helicopters.html", "Maldives asks India to hand over last two helicopters", p, d(9, 19, 0, 0, 5.5), "Sushila Thapa-Rowe",
        sep.format("Kp2") + "MALE: President's office says civilian crews trained in Kochi will take over by March.<br /><br />" + more("/2026/12/maldives-india-troops-helicopters.html"),
        lambda k: it(k, "Maldives asks India to hand over last two helicopters", p, ["Sushila Thapa-Rowe"], junk=["Read more", "MALE:"]),
        labels=("Maldives", "India"))
    p = d(9, 9, 0, 0, 5.5)
    add("5520917640031872299", "/2026/12/blog-anniversary-thank-you.html", "Ten years of South Asia Dispatch: thank you, readers!", p, p, "Sushila Thapa-Rowe",
        "This blog turns ten today. A huge thank you to everyone who has read, shared and argued in the comments.",
        lambda k: it(k, "Ten years of South Asia Dispatch: thank you, readers!", p, ["Sushila Thapa-Rowe"], story=False, rel=False,
                     note="Blog housekeeping post"))
    p = d(8, 20, 15, 0, 5.5)
    add("3307721190348862145", "/2026/12/bangladesh-myanmar-rohingya-repatriation.html", "Bangladesh, Myanmar junta agree pilot Rohingya return; UN agency wary", p, p, "Arif Chowdhury-Lane",
        "DHAKA: The pilot would send about 1,100 refugees from Cox's Bazar camps to Rakhine.<br /><br />\"Conditions for safe and voluntary return are not in place,\" said Helena Bergqvist-Amara, a spokesperson for UNHCR in Dhaka.<br />" + more("/2026/12/bangladesh-myanmar-rohingya-repatriation.html"),
        lambda k: it(k, "Bangladesh, Myanmar junta agree pilot Rohingya return; UN agency wary", p, ["Arif Chowdhury-Lane"],
                     junk=["Read more", "DHAKA:"], quotes=[q("Helena Bergqvist-Amara", "UNHCR")]), labels=("Bangladesh", "Myanmar", "Refugees"))
    p = d(8, 12, 0, 0, 5.5)
    add("8812047735019926610", "/2026/12/cricket-sri-lanka-pakistan-test.html", "Sri Lanka spin Pakistan out in Galle Test", p, p, "Arif Chowdhury-Lane",
        "GALLE: A five-wicket haul on day four sealed a 143-run win for the hosts.<br />" + more("/2026/12/cricket-sri-lanka-pakistan-test.html"),
        lambda k: it(k, "Sri Lanka spin Pakistan out in Galle Test", p, ["Arif Chowdhury-Lane"], rel=False, junk=["Read more"]),
        labels=("Cricket",))
    head = ("<id>tag:blogger.com,1999:blog-7712034598810234412</id><updated>2026-12-10T11:09:12.004+05:30</updated>"
            "<category term=\"Nepal\"/><category term=\"India\"/><title type='text'>South Asia Dispatch</title><subtitle type='html'>Diplomacy and borders from Kabul to Dhaka</subtitle>"
            "<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='https://southasiadispatch.blogspot.com/feeds/posts/default'/>"
            "<link rel='alternate' type='text/html' href='https://southasiadispatch.blogspot.com/'/><link rel='hub' href='http://pubsubhubbub.appspot.com/'/>"
            "<author><name>Sushila Thapa-Rowe</name><uri>https://www.blogger.com/profile/04410298837120</uri><email>noreply@blogger.com</email></author>"
            "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>1843</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>"
            "<atom10:link xmlns:atom10=\"http://www.w3.org/2005/Atom\" rel=\"self\" type=\"application/atom+xml\" href=\"http://feeds.feedburner.com/SouthAsiaDispatch\" /><feedburner:info uri=\"southasiadispatch\" />")
    ns = (" xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0' xmlns:feedburner=\"http://rssnamespace.org/feedburner/ext/1.0\"")
    text = atom(head, entries, ns=ns, sep="", decl="<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet type=\"text/xsl\" href=\"http://feeds.feedburner.com/~d/styles/atom10full.xsl\" media=\"screen\"?><?xml-stylesheet type=\"text/css\" href=\"http://feeds.feedburner.com/~d/styles/itemcontent.css\"?>")
    return feed("en_blogger_southasiadispatch_feedburner.atom.xml", text, items, lang="en", outlet="South Asia Dispatch",
                shape="atom", ctype="text/xml; charset=UTF-8", declared="UTF-8",
                structure="Blogger Atom feed republished by Feedburner: single line, feedburner stylesheet processing instructions, 'tag:blogger.com,1999:blog-<n>.post-<n>' ids, published/updated with milliseconds and +05:30, label categories, escaped HTML content with Blogger separator image divs, <br /> paragraphs, 'CITY:' datelines, 'Read more \u00bb' jump links, alternate links through feedproxy.google.com with feedburner:origLink holding the real URL, author 'Unknown' with noreply@blogger.com, openSearch counts, a blog anniversary post and a cricket item",
                notes="The article URL is feedburner:origLink; the alternate link is a Feedburner redirect. 'Unknown' is Blogger's placeholder for a hidden profile, not a person.")


# ---------------------------------------------------------------- Ghost, whole article in content:encoded
def ghost():
    """Ghost 5 RSS of a digital world-news site that ships the whole article: 24-hex guids,
    CDATA dc:creator, media:content, content:encoded with kg-card figures and figcaptions, an
    embedded X post, 'Related:' links, an inline ad slot, a 'Read more' box, GMT dates."""
    rows, items = [], []
    base = "https://www.northstarwire.news"

    def add(slug, gid, title, when, author, cats, desc, body, exp):
        rows.append(item([
            ("title", cdata(title)), ("description", cdata(desc)), ("link", f"{base}/{slug}/"),
            ('guid isPermaLink="false"', gid), *[("category", cdata(c)) for c in cats],
            ("dc:creator", cdata(author)), ("pubDate", rfc822(when, gmt=True)),
            (f'media:content url="https://www.northstarwire.news/content/images/2026/12/{slug[:20]}.jpg" medium="image"', None),
            ("content:encoded", cdata(body)),
        ]))
        items.append(exp(gid))

    def fig(cap):
        return f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://www.northstarwire.news/content/images/2026/12/photo.jpg" class="kg-image" alt loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">{cap}</span></figcaption></figure>'

    ad = '<!--kg-card-begin: html--><div class="ns-inline-ad" data-slot="article-mid"><span>Advertisement</span><div id="div-gpt-ad-1702-0"></div></div><!--kg-card-end: html-->'
    tweet = '<figure class="kg-card kg-embed-card"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">{0}</p>&mdash; {1} <a href="https://twitter.com/x/status/18650000000000">December 10, 2026</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></figure>'
    readmore = '<aside class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">\U0001f4f0</div><div class="kg-callout-text"><b><strong style="white-space: pre-wrap;">Read more:</strong></b> <a href="{0}">{1}</a></div></aside>'
    w = d(10, 13, 12, 0)
    add("un-security-council-haiti-mission-renewal", "675817a2c4e1b3001f9d2a11", "UN Security Council renews Haiti security mission, adds police trainers", w, "Danielle Moreau-Kent",
        ["World", "Americas", "United Nations"], "The vote was 13-0, with China and Russia abstaining.",
        fig("Kenyan police officers of the support mission on patrol in Port-au-Prince. (Photo: Jean-Marc Duval / Northstar Wire)")
        + "<p>UNITED NATIONS \u2014 The Security Council on Thursday renewed the mandate of the multinational mission in Haiti for a year and added a training component, in a vote of 13-0 with two abstentions.</p>"
        + ad + "<p>\u201cThis mission cannot arrest its way out of a governance crisis,\u201d said Ambassador Lin Qiaomu of China, explaining the abstention.</p>"
        "<p><strong>Related:</strong> <a href=\"https://www.northstarwire.news/haiti-gangs-airport/\">Gangs close Haiti\u2019s main airport again</a></p>"
        + tweet.format("Today the Council stands with the people of Haiti. Renewal adopted.", "UN Security Council Press (@UNSC_PressDesk)")
        + "<p>The mission\u2019s funding remains voluntary.</p>" + readmore.format("https://www.northstarwire.news/haiti-explainer/", "Haiti\u2019s crisis, explained"),
        lambda k: it(k, "UN Security Council renews Haiti security mission, adds police trainers", w, ["Danielle Moreau-Kent"],
                     junk=["Photo:", "Advertisement", "Related:", "Gangs close Haiti", "Read more", "UNITED NATIONS \u2014", "December 10, 2026"],
                     quotes=[q("Lin Qiaomu", "China")]))
    w = d(10, 9, 50, 0)
    add("japan-south-korea-joint-missile-warning", "675801f0c4e1b3001f9d2a0e", "Japan and South Korea link missile-warning radars after North Korean launch", w, "Kenji Arakawa-Bell",
        ["World", "Asia"], "Seoul and Tokyo will share data in real time for the first time since 2019.",
        "<p>TOKYO \u2014 Japan and South Korea said their radars would share tracking data in real time after North Korea fired a ballistic missile into the Sea of Japan.</p>"
        + tweet.format("Ballistic missile launched from Pyongyang area at 07:14 KST, flew approx. 800 km.", "ROK Joint Chiefs Press (@jcs_press_desk)")
        + ad + "<p>\u201cA missile does not wait for a diplomatic thaw,\u201d Japan\u2019s defence minister, Hiroshi Tanabe-Mori, told reporters.</p>"
        "<p><em>Related: <a href=\"https://www.northstarwire.news/north-korea-satellite/\">North Korea says spy satellite in orbit</a></em></p>",
        lambda k: it(k, "Japan and South Korea link missile-warning radars after North Korean launch", w, ["Kenji Arakawa-Bell"],
                     junk=["Advertisement", "Related:", "spy satellite in orbit", "TOKYO \u2014", "approx. 800 km"],
                     quotes=[q("Hiroshi Tanabe-Mori", "Japan")]))
    w = d(10, 7, 30, 0)
    add("northstar-morning-december-10", "6757f9a1c4e1b3001f9d2a0b", "Northstar Morning: Haiti vote, radars in Asia and a quiet COP", w, "Northstar Wire",
        ["Newsletter"], "Your five-minute start to the day.",
        "<p>Good morning. Here\u2019s what you need to know.</p><ul><li>Haiti vote at the UN</li><li>Japan-South Korea radars</li></ul>",
        lambda k: it(k, "Northstar Morning: Haiti vote, radars in Asia and a quiet COP", w, story=False, note="Newsletter edition"))
    w = d(9, 21, 5, 0)
    add("ethiopia-eritrea-red-sea-port-tensions", "6757a3e2c4e1b3001f9d2a07", "Ethiopia\u2019s port demands rattle Eritrea as troops mass near Assab", w, "Selam Gebru-Hart",
        ["World", "Africa"], "Satellite images show armour moving towards the border, analysts say.",
        fig("A satellite image of the Bure front, 8 December 2026. (Image: \u00a9 2026 Orbital Eye Ltd.)")
        + "<p>ADDIS ABABA \u2014 Ethiopia\u2019s prime minister told parliament that access to the sea was \u201ca question of survival\u201d for 130 million people.</p>" + ad
        + "<p>Eritrea\u2019s information minister called the remarks \u201ca declaration in all but name.\u201d</p>"
        + readmore.format("https://www.northstarwire.news/horn-of-africa-ports/", "The scramble for Horn of Africa ports"),
        lambda k: it(k, "Ethiopia\u2019s port demands rattle Eritrea as troops mass near Assab", w, ["Selam Gebru-Hart"],
                     junk=["Image:", "Orbital Eye", "Advertisement", "Read more", "scramble for Horn", "ADDIS ABABA \u2014"]))
    w = d(9, 18, 0, 0)
    add("video-inside-kharkiv-underground-school", "67579d10c4e1b3001f9d2a03", "Video: Inside Kharkiv\u2019s underground school", w, "Northstar Video",
        ["Video", "Europe"], "Classes four metres below ground.",
        '<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.youtube.com/embed/a1B2c3D4e5F?feature=oembed" frameborder="0" allowfullscreen></iframe></figure>',
        lambda k: it(k, "Inside Kharkiv\u2019s underground school", w, story=False,
                     note="Video. Title label 'Video' may be kept or dropped"))
    w = d(9, 14, 25, 0)
    add("eu-mercosur-ratification-french-farmers", "67578b44c4e1b3001f9d2a00", "EU-Mercosur deal clears Council as French farmers block Strasbourg", w, "Danielle Moreau-Kent and Paolo Renzetti-Graves",
        ["World", "Europe", "Trade"], "France was outvoted; Poland and Austria joined it in opposition.",
        "<p>BRUSSELS \u2014 EU governments approved the trade agreement with the Mercosur bloc by qualified majority on Wednesday.</p>" + ad
        + "<p>\u201cWe will keep fighting this in Parliament,\u201d said Claire Dubosc-Marin, a French MEP.</p>"
        "<p><strong>Related:</strong> <a href=\"https://www.northstarwire.news/mercosur-explainer/\">What\u2019s in the EU-Mercosur deal</a></p>",
        lambda k: it(k, "EU-Mercosur deal clears Council as French farmers block Strasbourg", w, ["Danielle Moreau-Kent", "Paolo Renzetti-Graves"],
                     junk=["Advertisement", "Related:", "What\u2019s in the EU-Mercosur deal", "BRUSSELS \u2014"],
                     quotes=[q("Claire Dubosc-Marin")]))
    channel = ("<title><![CDATA[Northstar Wire]]></title><description><![CDATA[World news without the noise.]]></description><link>https://www.northstarwire.news/</link>"
               "<image><url>https://www.northstarwire.news/favicon.png</url><title>Northstar Wire</title><link>https://www.northstarwire.news/</link></image>"
               "<generator>Ghost 5.101</generator><lastBuildDate>" + rfc822(d(10, 13, 20), gmt=True) + "</lastBuildDate>"
               '<atom:link href="https://www.northstarwire.news/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>')
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM + NS_MEDIA, sep="")
    return feed("en_ghost_northstarwire_fulltext.rss.xml", text, items, lang="en", outlet="Northstar Wire",
                structure="Ghost 5 site RSS (/rss/) with the whole article in content:encoded: single line, CDATA titles/descriptions (custom excerpts), 24-hex ObjectId guids, CDATA categories, CDATA dc:creator ('Name and Name', the outlet, 'Outlet Video'), media:content, kg-card <figure>/<figcaption> photo credits, embedded X posts (blockquote.twitter-tweet with the account and date, widgets.js script), '<strong>Related:</strong>' and italic 'Related:' link paragraphs, inline ad slots ('Advertisement' in an HTML card), 'Read more:' callout boxes, 'CITY \u2014' datelines, newsletter edition, YouTube-only video post, GMT dates",
                notes="Embedded posts, captions, ads, related links and read-more boxes are not the article's text.")


FEEDS = [arc, wpvip, drupal, substack, medium, blogger, ghost]
