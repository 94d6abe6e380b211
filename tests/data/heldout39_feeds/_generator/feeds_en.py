# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-ninth held-out set (part 1: a Saint John daily on WordPress 6.4
with Jetpack, a Lagos daily on WordPress with the Jannah theme, a Perth independent on Ghost 5,
a Hyderabad daily's hand-built Atom). All outlets, people and quotations are invented."""
from h39 import ad, audio, bio, cd, d, esc, feed, fig, gmt, insta, it, ordered, q, tweet, utc0, wpt, yt

WPNS = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')


def wp_item(base, pid, url, title, when, creators, cats, excerpt, body, comments=0):
    cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
    crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
    return (f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\t\t\t<comments>{url}#respond</comments>\n\t\t\n\t\t<pubDate>{utc0(when)}</pubDate>{crs}{cts}\n\n"
            f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n"
            f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t\t\t\t\n\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n"
            f"\t\t\t<slash:comments>{comments}</slash:comments>\n\t\t\n\t\t\n\t\t\t</item>")


def wp_doc(title, base, desc, lang, built, rows, extra_head=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n{WPNS.replace(" xmlns", chr(9) + "xmlns").replace(chr(34) + chr(9), chr(34) + chr(10) + chr(9))}\n\t>\n\n<channel>\n'
            f"\t<title>{title}</title>\n\t<atom:link href=\"{base}/category/world/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}</link>\n"
            f"\t<description>{desc}</description>\n\t<lastBuildDate>{utc0(built)}</lastBuildDate>\n\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            f"\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.4.2</generator>\n{extra_head}"
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")


# ---------------------------------------------------------------- Saint John (New Brunswick) daily on WordPress 6.4 + Jetpack
def fundy():
    rows, items = [], []
    base = "https://fundycourier.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        rows.append(wp_item(base, pid, url, title, when, creators, cats, excerpt, body))
        items.append(exp(f"{base}/?p={pid}"))

    rel = lambda t, s: f'<div class="jp-relatedposts-i2 wp-block-jetpack-related-posts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul><li><a href="{base}/{s}/">{t}</a></li></ul></div>'
    nl = f'<div class="wp-block-jetpack-subscriptions"><p>Get the Courier&#8217;s World Briefing in your inbox every weekday morning. <a href="{base}/newsletters/">Sign up for free</a>.</p></div>'
    w = d(2023, 11, 14, 18, 40, 0, -4)
    add(88412, "cop28-canada-methane-rules-draft", "Canada to unveil oil and gas methane rules ahead of Dubai climate talks", w, ["Marguerite LeBlanc-Doiron"], ["World", "Climate"],
        "Ottawa will publish draft methane rules for the oil and gas sector before COP28 opens in Dubai, officials said on Tuesday.",
        '<p>OTTAWA &#8212; Ottawa will publish draft rules to cut methane emissions from the oil and gas sector by 75 per cent before the COP28 climate summit opens in Dubai, officials said on Tuesday.</p>\n'
        + ad("Advertisement", "fc-inline-1") +
        '\n<p>Canada&#8217;s delegation hopes the draft will strengthen its hand in talks on a global pledge to phase down fossil fuels, a fight that pits small island states against large producers.</p>\n'
        '<p><strong>READ MORE: <a href="' + base + '/2023/11/02/island-states-fossil-fuel-treaty/">Island states push for fossil fuel treaty as summit nears</a></strong></p>\n'
        '<p>&#8220;Canada cannot ask others to move faster than it is willing to move at home,&#8221; said Aurelie Thibodeau, a climate policy researcher at the Bay of Fundy Institute.</p>\n'
        + tweet("FundyClimateNow", "Fundy Climate Now", "Draft methane rules coming before #COP28. We will read every line.", "November 14, 2023", 1724512) +
        '\n<p>Industry groups said the timeline was unrealistic. The final regulations are not expected before 2025.</p>\n' + rel("Island states push for fossil fuel treaty as summit nears", "island-states") + nl,
        lambda k: it(k, "Canada to unveil oil and gas methane rules ahead of Dubai climate talks", w, ["Marguerite LeBlanc-Doiron"], quotes=[q("Aurelie Thibodeau", "Bay of Fundy Institute")],
                     junk=["Advertisement", "READ MORE", "We will read every line", "Fundy Climate Now", "Related", "World Briefing", "Sign up for free"],
                     note="Full text in content:encoded with an ad slot labelled 'Advertisement', a bold 'READ MORE:' link between paragraphs, an embedded tweet (blockquote + widgets.js script), Jetpack's Related box and a subscription box at the end. Canada's own climate diplomacy before a UN summit: relevant."))
    w = d(2023, 11, 14, 9, 15, 0, -4)
    add(88390, "gaza-canadians-cross-rafah", "Dozens of Canadians cross into Egypt from Gaza as Rafah crossing reopens", w, ["Devin Arsenault"], ["World", "Middle East"],
        "Global Affairs Canada said 75 Canadians, permanent residents and family members left Gaza on Tuesday.",
        '<p>Global Affairs Canada said 75 Canadian citizens, permanent residents and their family members crossed from Gaza into Egypt on Tuesday as the Rafah crossing reopened for foreign nationals.</p>\n'
        + fig(f"{base}/wp-content/uploads/2023/11/rafah-crossing.jpg", "Trucks at a border crossing", "Aid trucks wait at the Rafah crossing on Tuesday.", "(Photo: Karim Haddad/Fundy Courier)") +
        '\n<p>A family from Moncton was among those who crossed. &#8220;We have slept in a school for five weeks. The children do not understand why we are allowed to leave and their friends are not,&#8221; said Samira Odeh, speaking by phone from El Arish.</p>\n'
        + ad("Advertisement", "fc-inline-1") +
        '\n<p>Ottawa has said more than 400 Canadians remain on its list of people seeking to leave.</p>\n'
        '<p><em>Editor&#8217;s note: An earlier version of this story misstated the number of people on Ottawa&#8217;s list. It is more than 400, not more than 4,000.</em></p>\n' + nl,
        lambda k: it(k, "Dozens of Canadians cross into Egypt from Gaza as Rafah crossing reopens", w, ["Devin Arsenault"], quotes=[q("Samira Odeh")],
                     junk=["Advertisement", "Photo: Karim Haddad", "Editor's note", "World Briefing"],
                     note="A figure with a photo credit in parentheses, an ad label and an italic editor's correction note at the end (not summary text). The photographer is not an author. Consular evacuation from a war zone: relevant."))
    w = d(2023, 11, 13, 16, 0, 0, -4)
    add(88371, "saint-john-harbour-bridge-tolls", "Harbour bridge tolls to return in spring, province confirms", w, ["Devin Arsenault"], ["World", "Local"],
        "The province confirmed on Monday that tolls will return on the Harbour Bridge in April.",
        '<p>The province confirmed on Monday that tolls will return on the Harbour Bridge in April, ending a four-year pause that began during the pandemic.</p>\n'
        '<p>Councillor Jamie Cormier called the decision &#8220;a tax on the east side&#8221;.</p>\n' + rel("Council votes down ferry subsidy", "council-ferry") + nl,
        lambda k: it(k, "Harbour bridge tolls to return in spring, province confirms", w, ["Devin Arsenault"], rel=False, quotes=[q("Jamie Cormier", "Councillor")],
                     junk=["Related", "World Briefing"],
                     note="A city story that also carries the 'World' category (a tagging slip): a story, not relevant."))
    w = d(2023, 11, 12, 12, 30, 0, -4)
    add(88340, "analysis-argentina-runoff-milei-massa", "Analysis: What Argentina’s runoff means for Canadian miners in the lithium triangle", w, ["Tomas Ferreyra-Walsh", "Marguerite LeBlanc-Doiron"], ["World", "Analysis", "Americas"],
        "Canadian companies hold stakes in a dozen lithium projects in Argentina&#8217;s northwest.",
        '<h2>Two visions for the mines</h2>\n<p>Canadian companies hold stakes in a dozen lithium projects in Argentina&#8217;s northwest, and both candidates in next Sunday&#8217;s runoff have promised very different rules for them.</p>\n'
        + audio("Listen to this article", f"{base}/audio/88340.mp3", "6 min") +
        '\n<p>One candidate wants to scrap export duties; the other wants provinces to take a larger share of royalties.</p>\n'
        '<blockquote class="wp-block-pullquote"><p>&#8220;Investors can live with either. What they cannot live with is another decade of changing the rules.&#8221;</p><cite>Rosa Iturbe, Andes Mining Council</cite></blockquote>\n'
        '<h3>What to watch</h3>\n<p>Salta and Catamarca provinces hold the largest projects. Several Toronto-listed firms paused spending until after the vote.</p>\n'
        + bio("Tomas Ferreyra-Walsh", "is a freelance journalist based in Buenos Aires who covers mining and energy in South America.") + nl,
        lambda k: it(k, "Analysis: What Argentina's runoff means for Canadian miners in the lithium triangle", w, ["Tomas Ferreyra-Walsh", "Marguerite LeBlanc-Doiron"], quotes=[q("Rosa Iturbe", "Andes Mining Council")],
                     junk=["Listen to this article", "6 min", "is a freelance journalist based in Buenos Aires", "World Briefing"],
                     note="Two dc:creator elements (co-authors). Body with h2/h3 subheadings, an audio player labelled 'Listen to this article', a pull quote with a cite line (the quote's speaker and affiliation) and an author bio box at the end. Title label 'Analysis:' may be kept or dropped."))
    w = d(2023, 11, 11, 10, 0, 0, -4)
    add(88322, "video-remembrance-day-ceremony-in-ypres", "VIDEO: New Brunswick veterans mark Remembrance Day at Ypres", w, ["Fundy Courier Staff"], ["World", "Video"],
        "Watch the ceremony at the Menin Gate.",
        '<p>Watch the ceremony at the Menin Gate.</p>\n<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">' + yt("fC28mnR0b1") + '</div></figure>\n',
        lambda k: it(k, "VIDEO: New Brunswick veterans mark Remembrance Day at Ypres", w, [], story=False, rel=False,
                     note="Video embed only: not a story. Title label 'VIDEO:' may be kept or dropped. 'Fundy Courier Staff' is not a person."))
    w = d(2023, 11, 10, 7, 0, 0, -4)
    add(88301, "world-briefing-nov-10", "World Briefing: Sudan talks stall, Myanmar fighting spreads, and more", w, ["Marguerite LeBlanc-Doiron"], ["World", "Newsletter"],
        "Your Friday morning world briefing.",
        '<p>Good morning. Here is what you need to know today.</p>\n<ul><li>Talks on Sudan in Jeddah ended without a ceasefire.</li><li>Fighting spread in northern Myanmar.</li><li>Ottawa named a new ambassador to Mexico.</li></ul>\n' + nl,
        lambda k: it(k, "World Briefing: Sudan talks stall, Myanmar fighting spreads, and more", w, ["Marguerite LeBlanc-Doiron"], story=False, rel=False,
                     note="The daily newsletter edition posted as an item: not a story."))
    rows, items = ordered(rows, items)
    text = wp_doc("World &#8211; The Fundy Courier", base, "Saint John&#039;s daily since 1921", "en-CA", d(2023, 11, 14, 22, 41, 0, 0), rows)
    return feed("en_ca_fundycourier_world_wp64_jetpack.rss.xml", text, items, lang="en", outlet="The Fundy Courier", aliases=["Fundy Courier"],
                structure="Saint John (New Brunswick) daily's 'World' category on WordPress 6.4.2 with Jetpack: WordPress's namespace block with tab-broken lines, channel 'World &#8211; Brand', '&#039;' in the description, en-CA, sy:update* whitespace, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom -0400), CDATA dc:creator (two for a co-written analysis; 'Brand Staff' on a video), CDATA categories, one-sentence excerpts, full bodies in content:encoded with 'Advertisement' ad slots, bold 'READ MORE:' links, an embedded tweet with widgets.js, a YouTube embed block, a figure with '(Photo: Name/Brand)' credit, an italic editor's correction note, an audio player, a pull quote with cite, h2/h3 subheadings, an author bio box, Jetpack Related posts and a subscription box, November 2023",
                ctype="application/rss+xml; charset=UTF-8")


# ---------------------------------------------------------------- Lagos daily on WordPress 5.9 with the Jannah theme
def lagoon():
    rows, items = [], []
    base = "https://lagoonmercury.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        rows.append(wp_item(base, pid, url, title, when, [creator], cats, excerpt, body).replace("6.4.2", "5.9"))
        items.append(exp(f"{base}/?p={pid}"))

    also = lambda t, s: f'<p><strong>ALSO READ: </strong><a href="{base}/{s}/"><strong>{t}</strong></a></p>'
    foot = '<p><em>Follow the Lagoon Mercury on WhatsApp for breaking news. Advertise with us: ads@lagoonmercury.example</em></p>'
    w = d(2021, 8, 4, 19, 12, 0, 1)
    add(412903, "ecowas-gives-mali-junta-deadline", "ECOWAS gives Mali junta until February to hold elections", w, "Chinedu Okafor-Bello", ["Africa", "World"],
        "West African leaders on Wednesday insisted that Mali&#8217;s military rulers must hold elections by February.",
        '<p>West African leaders on Wednesday insisted that Mali&#8217;s military rulers must hold presidential and legislative elections by February, rejecting a request for a longer transition.</p>\n'
        + also("Guinea: Regional envoys arrive in Conakry for talks", "guinea-envoys-conakry") +
        '\n<p>Nigeria&#8217;s foreign ministry said Abuja backed the deadline. &#8220;A transition without a date is not a transition,&#8221; said Ngozi Adeyemi-Eze, a senior fellow at the Lagos Centre for Security Studies.</p>\n'
        + ad("- Advertisement -", "stream-ad") +
        '\n<p>The bloc suspended Mali after its second coup in nine months.</p>\n' + also("Chad: Transitional council names new cabinet", "chad-cabinet") + "\n" + foot,
        lambda k: it(k, "ECOWAS gives Mali junta until February to hold elections", w, ["Chinedu Okafor-Bello"], quotes=[q("Ngozi Adeyemi-Eze", "Lagos Centre for Security Studies")],
                     junk=["ALSO READ", "Guinea: Regional envoys", "Chad: Transitional council", "Advertisement", "WhatsApp", "ads@lagoonmercury"],
                     note="Jannah theme body: bold 'ALSO READ:' boxes with other headlines between paragraphs, a '- Advertisement -' stream-ad label, an italic WhatsApp/advertising footer. Regional diplomacy (and Nigeria's stance): relevant."))
    w = d(2021, 8, 4, 11, 40, 0, 1)
    add(412877, "naira-falls-parallel-market", "Naira slides to record low at parallel market as CBN halts BDC sales", w, "Business Desk", ["Business", "World"],
        "The naira fell to a record low at the parallel market on Wednesday.",
        '<p>The naira fell to a record low of ₦510 to the dollar at the parallel market on Wednesday, a week after the Central Bank of Nigeria stopped selling dollars to bureau de change operators.</p>\n'
        + also("CBN: Why we stopped BDC dollar sales", "cbn-bdc") +
        '\n<p>Traders in Lagos said demand for school fees abroad had pushed prices up.</p>\n' + foot,
        lambda k: it(k, "Naira slides to record low at parallel market as CBN halts BDC sales", w, [], rel=False,
                     junk=["ALSO READ", "WhatsApp"],
                     note="Home economy filed under World as well: a story, not relevant. 'Business Desk' is not a person."))
    w = d(2021, 8, 3, 15, 20, 0, 1)
    add(412850, "tokyo-olympics-ese-brume-silver", "Tokyo 2020: Nigeria’s long jumper wins silver, first medal of the Games", w, "Sports Desk", ["Sports", "World"],
        "Nigeria won silver in the women&#8217;s long jump in Tokyo.",
        '<p>Nigeria won a silver medal in the women&#8217;s long jump at the Tokyo Olympics on Tuesday, its first medal of the Games.</p>\n'
        + insta("CSn5w9Yr2Qx", "Silver! What a night in Tokyo 🇳🇬 #Tokyo2020") + '\n<p>The Athletics Federation of Nigeria said the team would return on Sunday.</p>\n',
        lambda k: it(k, "Tokyo 2020: Nigeria's long jumper wins silver, first medal of the Games", w, [], rel=False,
                     junk=["View this post on Instagram", "What a night in Tokyo"],
                     note="Home sport at a world event, with an Instagram embed (blockquote instagram-media + embed.js): a story, not relevant."))
    w = d(2021, 8, 3, 8, 5, 0, 1)
    add(412831, "ethiopia-tigray-aid-convoys", "Ethiopia: UN says aid convoys to Tigray blocked for a week", w, "Agency Report", ["Africa", "World"],
        "The UN said no aid convoy had reached Tigray in a week.",
        '<p>The United Nations said on Tuesday that no aid convoy had reached Ethiopia&#8217;s Tigray region for a week, warning that food stocks would run out within days.</p>\n'
        '<p>&#8220;We are counting trucks, and the number this week is zero,&#8221; a spokesperson for the UN humanitarian office, Karin Dahlgren-Moe, told reporters in Geneva.</p>\n'
        + ad("- Advertisement -", "stream-ad") + also("Sudan: Refugees from Tigray top 60,000", "sudan-refugees") + "\n" + foot,
        lambda k: it(k, "Ethiopia: UN says aid convoys to Tigray blocked for a week", w, [], quotes=[q("Karin Dahlgren-Moe", "UN humanitarian office")],
                     junk=["ALSO READ", "Sudan: Refugees from Tigray", "Advertisement", "WhatsApp"],
                     note="'Agency Report' is a credit, not a person. Relevant."))
    w = d(2021, 8, 2, 20, 0, 0, 1)
    add(412809, "photos-lekki-protest-anniversary", "[PHOTOS] Scenes from Lagos as diaspora rally for Nigerians stranded in Lebanon", w, "Photo Editor", ["Photos", "World"],
        "Pictures from the rally.",
        '<div class="gallery">' + fig(f"{base}/wp-content/uploads/2021/08/rally1.jpg", "", "Protesters at the rally.", "Photo: Yemi Lawal") + fig(f"{base}/wp-content/uploads/2021/08/rally2.jpg", "", "Families hold placards.", "Photo: Yemi Lawal") + "</div>",
        lambda k: it(k, "[PHOTOS] Scenes from Lagos as diaspora rally for Nigerians stranded in Lebanon", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label '[PHOTOS]' may be kept or dropped."))
    w = d(2021, 8, 2, 9, 30, 0, 1)
    add(412790, "opinion-nigeria-must-lead-on-sahel", "OPINION: Nigeria cannot sit out the Sahel’s crisis", w, "Funmilayo Adesanya-Roberts", ["Opinion", "World"],
        "The coups in Mali, Chad and Guinea are Nigeria&#8217;s business.",
        '<p>The coups in Mali and Chad are Nigeria&#8217;s business, whether Abuja likes it or not. Weapons and fighters cross the Sahel faster than diplomats do.</p>\n'
        + also("ECOWAS gives Mali junta until February to hold elections", "ecowas-gives-mali-junta-deadline") +
        '\n<p>Abuja should fund the regional standby force it has promised for a decade.</p>\n'
        '<p><em>Adesanya-Roberts, a former diplomat, writes from Abuja. Views expressed are the author&#8217;s own.</em></p>\n' + foot,
        lambda k: it(k, "OPINION: Nigeria cannot sit out the Sahel's crisis", w, ["Funmilayo Adesanya-Roberts"],
                     junk=["ALSO READ", "Views expressed are the author's own", "WhatsApp"],
                     note="Opinion column with a bio/disclaimer line at the end. Nigeria's regional foreign policy: relevant. Title label 'OPINION:' may be kept or dropped."))
    rows, items = ordered(rows, items)
    text = wp_doc("World &#8211; Lagoon Mercury", base, "News without fear", "en-US", d(2021, 8, 4, 18, 15, 0, 0), rows).replace("6.4.2", "5.9")
    return feed("en_ng_lagoonmercury_world_wp59_jannah.rss.xml", text, items, lang="en", outlet="Lagoon Mercury", aliases=["The Lagoon Mercury"],
                structure="Lagos daily's 'World' category on WordPress 5.9 with the Jannah theme: WordPress namespace block, channel 'World &#8211; Brand', en-US (WordPress default), '/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator with reporters, 'Business Desk', 'Sports Desk', 'Agency Report', 'Photo Editor', two CDATA categories, content:encoded with bold 'ALSO READ:' headline boxes between paragraphs, '- Advertisement -' labels, an Instagram embed with embed.js and emoji, a gallery of figures with 'Photo: Name' credits, an opinion bio/disclaimer line, an italic WhatsApp/advertising footer on every story, '₦' amounts, August 2021",
                ctype="application/rss+xml; charset=UTF-8")


# ---------------------------------------------------------------- Perth independent on Ghost 5 (RSS with content:encoded and kg cards)
def swan():
    rows, items = [], []
    base = "https://swanexaminer.example"

    def add(gid, slug, title, when, author, tag, desc, body, exp, img=None):
        url = f"{base}/{slug}/"
        mc = f'<media:content url="{base}/content/images/2024/06/{img}" medium="image"/>' if img else ""
        cr = f"<dc:creator>{cd(author)}</dc:creator>" if author else ""
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(desc)}</description><link>{url}</link><guid isPermaLink=\"false\">{gid}</guid>"
                    f"<category>{cd(tag)}</category>{cr}<pubDate>{gmt(when)}</pubDate>{mc}<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(gid))

    book = lambda t, s, ex: (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{base}/{s}/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{t}</div>'
                             f'<div class="kg-bookmark-description">{ex}</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">The Swan Examiner</span></div></div></a></figure>')
    sub = '<div class="kg-card kg-cta-card"><p>Independent journalism from the west. <a href="#/portal/signup">Become a member</a> from $8 a month.</p></div>'
    w = d(2024, 6, 19, 17, 30, 0, 8)
    add("6672a1f4c3b8e20001a4f0d1", "aukus-submarine-rotations-henderson", "AUKUS: first US submarine rotation to Henderson confirmed for 2027", w, "Callum Drysdale", "World",
        "Washington and Canberra set dates for the first rotation at HMAS Stirling.",
        '<p>Washington and Canberra have confirmed that the first rotation of US nuclear-powered submarines through HMAS Stirling near Rockingham will start in 2027, officials said on Wednesday.</p>'
        + book("What AUKUS means for Rockingham", "aukus-rockingham", "Housing, jobs and a naval base that doubles in size.") +
        '<p>"The region is watching whether Australia can build the skills in time," said Hana Kobayashi-Reid, a defence analyst at the Indian Ocean Policy Centre.</p>'
        '<figure class="kg-card kg-embed-card">' + tweet("IOPCentre", "Indian Ocean Policy Centre", "Our briefing on the 2027 rotation is out now.", "June 19, 2024", 1803345) + "</figure>"
        '<p>The submarines will use the base for maintenance and crew rest.</p>' + sub,
        lambda k: it(k, "AUKUS: first US submarine rotation to Henderson confirmed for 2027", w, ["Callum Drysdale"], quotes=[q("Hana Kobayashi-Reid", "Indian Ocean Policy Centre")],
                     junk=["What AUKUS means for Rockingham", "Housing, jobs and a naval base", "Our briefing on the 2027 rotation", "Become a member"],
                     note="Ghost content:encoded: a kg-bookmark-card (the read-also box: title, description and the brand) between paragraphs, a kg-embed-card with a tweet, and a member call to action. Australia's alliance policy: relevant."), img="subs.jpg")
    w = d(2024, 6, 18, 12, 0, 0, 8)
    add("66710c2ac3b8e20001a4f0a7", "indonesia-cattle-export-ban-lifted", "Jakarta lifts cattle import freeze after lumpy skin talks", w, "Priya Venkataraman", "World",
        "Live exporters in Fremantle welcome the end of a five-week freeze.",
        '<p>Indonesia has lifted a five-week freeze on live cattle imports from four Western Australian feedlots after talks on lumpy skin disease testing, the agriculture department said on Tuesday.</p>'
        '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="' + base + '/content/images/2024/06/cattle.jpg" class="kg-image" alt="Cattle ship" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">A livestock carrier at Fremantle. Photo: Ben Tuckey</span></figcaption></figure>'
        '<p>"We lost five weeks and two ships," said Moira Castellano, who chairs the Kimberley Pastoral Exporters Group.</p>' + sub,
        lambda k: it(k, "Jakarta lifts cattle import freeze after lumpy skin talks", w, ["Priya Venkataraman"], quotes=[q("Moira Castellano", "Kimberley Pastoral Exporters Group")],
                     junk=["Photo: Ben Tuckey", "Become a member"],
                     note="Figure with the photographer in the caption (not an author). Trade dispute with a neighbouring state: relevant."))
    w = d(2024, 6, 17, 19, 45, 0, 8)
    add("666f2b0dc3b8e20001a4f05c", "wa-budget-housing", "State budget: $2.6 billion for housing as surplus tops forecasts", w, "Callum Drysdale", "World",
        "The state surplus came in at $3.2 billion.",
        '<p>The state government will spend $2.6 billion on housing after a surplus of $3.2 billion, the Treasurer said in Thursday&#x27;s budget.</p>' + book("Rents in Perth rise for 40th month", "rents", "The vacancy rate is still below one per cent.") + sub,
        lambda k: it(k, "State budget: $2.6 billion for housing as surplus tops forecasts", w, ["Callum Drysdale"], rel=False,
                     junk=["Rents in Perth rise", "vacancy rate", "Become a member"],
                     note="Home (state) politics with the 'World' primary tag: a story, not relevant."))
    w = d(2024, 6, 16, 9, 0, 0, 8)
    add("666e3a9fc3b8e20001a4f021", "podcast-the-west-wing-ep-88", "The West Wing podcast, ep 88: Port Hedland and the China iron ore bargain", w, "", "Podcast",
        "This week on the pod.",
        '<div class="kg-card kg-audio-card"><audio src="' + base + '/content/media/2024/06/ep88.mp3" preload="metadata"></audio><div class="kg-audio-title">Ep 88: Port Hedland and the China iron ore bargain</div><span class="kg-audio-duration">41:12</span></div><p>Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p>',
        lambda k: it(k, "The West Wing podcast, ep 88: Port Hedland and the China iron ore bargain", w, [], story=False, rel=False, note="Podcast episode (kg-audio-card): not a story."))
    w = d(2024, 6, 15, 14, 20, 0, 8)
    add("666d2c10c3b8e20001a4efe9", "png-landslide-enga-aid", "Papua New Guinea landslide: Perth engineers join Enga recovery", w, "Priya Venkataraman", "World",
        "Twelve engineers from Perth flew to Wabag.",
        '<h2>A road cut in three places</h2><p>Twelve engineers from Perth flew to Wabag on Saturday to help reopen the highway to the site of last month&#x27;s landslide in Papua New Guinea&#x27;s Enga province.</p>'
        '<figure class="kg-card kg-embed-card">' + yt("pnG7e1Wb2aQ") + '</figure>'
        '<p>"The ground is still moving, so every metre of road is a negotiation," said Daniel Kawage Tomu, a provincial works officer in Wabag.</p>'
        '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">ℹ️</div><div class="kg-callout-text">Correction: An earlier version said 20 engineers had travelled. It was 12.</div></div>' + sub,
        lambda k: it(k, "Papua New Guinea landslide: Perth engineers join Enga recovery", w, ["Priya Venkataraman"], quotes=[q("Daniel Kawage Tomu", "provincial works officer")],
                     junk=["Correction:", "Become a member"],
                     note="h2 subheading, a YouTube kg-embed-card and a callout card with a correction (not summary text). Aid to a neighbouring state after a disaster: relevant."))
    w = d(2024, 6, 14, 8, 0, 0, 8)
    add("666b8f3bc3b8e20001a4ef90", "the-week-in-the-west-newsletter", "Members' newsletter: The week in the west", w, "", "Newsletter",
        "Our members' round-up.",
        '<p>Hello members. This week we looked at AUKUS, cattle and Enga.</p>' + sub,
        lambda k: it(k, "Members' newsletter: The week in the west", w, [], story=False, rel=False, note="Newsletter edition: not a story."))
    head = (f'<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
            f"<channel><title>{cd('The Swan Examiner')}</title><description>{cd('Independent news from Western Australia')}</description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>The Swan Examiner</title><link>{base}/</link></image><generator>Ghost 5.85</generator><lastBuildDate>{gmt(d(2024, 6, 19, 10, 2, 0, 0))}</lastBuildDate>"
            f'<atom:link href="{base}/tag/world/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>')
    text = head + "".join(rows) + "</channel></rss>"
    return feed("en_au_swanexaminer_world_ghost5.rss.xml", text, items, lang="en", outlet="The Swan Examiner", aliases=["Swan Examiner"],
                structure="Perth independent on Ghost 5.85, tag feed /tag/world/rss/: one line, no trailing newline, CDATA channel title and description, <image>, <generator>Ghost 5.85</generator>, ttl 60, CDATA titles and descriptions (custom excerpts), 24-hex-digit post ids as non-permalink guids, CDATA category (primary tag: 'World', 'Podcast', 'Newsletter'), CDATA dc:creator or absent, GMT pubDates (newsroom +0800), media:content, content:encoded with Ghost cards: kg-bookmark-card read-also boxes (title, description, brand), kg-embed-card with a tweet and a YouTube iframe, kg-image-card with 'Photo: Name' in the caption, a callout card carrying a correction, kg-audio-card, h2 subheading, '&#x27;' apostrophes, straight quotes, a member call to action at the end, June 2024",
                ctype="application/rss+xml; charset=utf-8")


# ---------------------------------------------------------------- Hyderabad English daily, hand-built Atom with full HTML content
def deccan():
    entries, items = [], []
    base = "https://www.deccanledger.example"

    def add(nid, slug, title, when, upd, authors, cat, summary, body, exp):
        url = f"{base}/world/{slug}-{nid}"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f'<entry><title type="html">{esc(title)}</title><link rel="alternate" type="text/html" href="{url}"/><id>{url}</id>'
                       f"<published>{when.isoformat()}</published><updated>{upd.isoformat()}</updated>{au}<category term=\"{cat}\"/>"
                       f'<summary type="html">{esc(summary)}</summary><content type="html">{esc(body)}</content></entry>')
        items.append(exp(url))

    also = lambda t, s: f'<div class="also-read"><span>Also Read |</span> <a href="{base}/world/{s}">{t}</a></div>'
    listen = audio("Listen to this article", f"{base}/tts/{{}}.mp3", "00:00 / 03:40")
    w = d(2022, 9, 21, 22, 10, 0, 5.5)
    add(1781204, "india-canada-travel-advisory", "MEA issues advisory for Indians in Canada amid row over hate crimes", w, d(2022, 9, 21, 23, 2, 0, 5.5), ["Sreelatha Kondapalli"], "World",
        "The MEA asked Indian nationals and students in Canada to stay vigilant.",
        listen.format(1781204) + '<p><strong>New Delhi:</strong> The Ministry of External Affairs on Wednesday asked Indian nationals and students in Canada to "exercise due caution", citing a rise in hate crimes.</p>'
        + also("Khalistan referendum in Brampton: India lodges protest", "brampton-protest-1780911") +
        '<p>"Students from Telangana make up a large share of those in Ontario, and families here are anxious," said Ravi Teja Mallampalli, who runs an overseas education consultancy in Ameerpet.</p>'
        '<div class="ad-container"><p class="ad-text">ADVERTISEMENT</p></div><p>Canada\'s high commission did not respond to a request for comment.</p>',
        lambda k: it(k, "MEA issues advisory for Indians in Canada amid row over hate crimes", w, ["Sreelatha Kondapalli"], quotes=[q("Ravi Teja Mallampalli")],
                     junk=["Listen to this article", "03:40", "Also Read", "Khalistan referendum in Brampton", "ADVERTISEMENT"],
                     note="Atom content type=html (escaped): the audio player block 'Listen to this article 00:00 / 03:40' comes FIRST, an 'Also Read |' box, 'ADVERTISEMENT' label. Bold dateline 'New Delhi:' is not a name. India's foreign ministry and a bilateral row: relevant."))
    w = d(2022, 9, 21, 15, 30, 0, 5.5)
    add(1781150, "iran-protests-mahsa-amini-internet", "Iran restricts internet as protests spread to 15 cities", w, w, [], "World",
        "Access to Instagram and WhatsApp was cut.",
        '<p><strong>Dubai:</strong> Iran restricted internet access and blocked Instagram and WhatsApp on Wednesday as protests over the death of a young woman in the custody of the morality police spread to at least 15 cities.</p>'
        + also("Hyderabad's Iranian students hold vigil", "iranian-students-vigil-1781101") + '<p>(With inputs from agencies)</p>',
        lambda k: it(k, "Iran restricts internet as protests spread to 15 cities", w, [], junk=["Also Read", "Iranian students hold vigil", "With inputs from agencies"],
                     note="No author element; 'With inputs from agencies' tail. Relevant."))
    w = d(2022, 9, 20, 19, 0, 0, 5.5)
    add(1781077, "queen-elizabeth-funeral-kohinoor-debate", "Explained: Why the Kohinoor is back in the news after the Queen's funeral", w, d(2022, 9, 21, 9, 0, 0, 5.5), ["Arvind Seshadri"], "World",
        "The diamond's story, from Golconda to the Tower of London.",
        '<h2>Where did the Kohinoor come from?</h2><p>The diamond is believed to have been mined at Kollur in the Golconda region, about 250 km from Hyderabad.</p>'
        '<h2>Who claims it?</h2><p>India, Pakistan, Afghanistan and Iran have all claimed the stone. Britain says it was legally acquired under the Treaty of Lahore in 1849.</p>'
        '<div class="factbox"><h4>Fact file</h4><ul><li>Weight: 105.6 carats</li><li>Set in: the crown of Queen Elizabeth The Queen Mother</li></ul></div>'
        '<p>"Restitution debates are really debates about who writes history," said Dr Nandini Rao Gadde, who teaches history at Osmania University.</p>'
        '<div class="author-box"><p>Arvind Seshadri is Deputy Editor (World) at The Deccan Ledger.</p></div>',
        lambda k: it(k, "Explained: Why the Kohinoor is back in the news after the Queen's funeral", w, ["Arvind Seshadri"], quotes=[q("Nandini Rao Gadde", "Osmania University")],
                     junk=["Fact file", "Weight: 105.6 carats", "Deputy Editor (World)"],
                     note="Explainer with h2 question subheadings, a 'Fact file' box and an author box at the end. 'Dr' is not part of the name. A restitution claim between states: relevant. Title label 'Explained:' is part of the headline."))
    w = d(2022, 9, 20, 11, 15, 0, 5.5)
    add(1781012, "ghmc-flyover-opened", "KTR opens Shaikpet flyover, city's longest", w, w, ["Staff Reporter"], "City",
        "The 2.8 km flyover cuts travel time to the IT corridor.",
        '<p><strong>Hyderabad:</strong> The 2.8 km Shaikpet flyover was opened to traffic on Tuesday, cutting travel time to the IT corridor by 20 minutes.</p>',
        lambda k: it(k, "KTR opens Shaikpet flyover, city's longest", w, [], rel=False, note="City news in the world feed: a story, not relevant. 'Staff Reporter' is not a person."))
    w = d(2022, 9, 19, 21, 40, 0, 5.5)
    add(1780966, "video-sco-summit-samarkand", "Watch | Highlights from the SCO summit in Samarkand", w, w, [], "Videos",
        "Watch.", yt("sCo22SmKd01"),
        lambda k: it(k, "Watch | Highlights from the SCO summit in Samarkand", w, [], story=False, rel=False, note="Video embed only: not a story. Title label 'Watch |' may be kept or dropped."))
    w = d(2022, 9, 19, 8, 0, 0, 5.5)
    add(1780920, "pakistan-floods-un-appeal", "UN raises Pakistan flood appeal fivefold as disease spreads", w, w, ["Agencies"], "World",
        "The UN now seeks $816 million.",
        '<p><strong>Geneva:</strong> The United Nations raised its appeal for flood-hit Pakistan to $816 million from $160 million, warning of a "second disaster" of waterborne disease.</p>'
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/Ci9xUNfl00d/"><a href="https://www.instagram.example/p/Ci9xUNfl00d/">A post shared by UN Relief (@unrelief.example)</a></blockquote><script async src="//www.instagram.example/embed.js"></script>'
        + also("India sends relief? What the MEA said", "mea-relief-1780611"),
        lambda k: it(k, "UN raises Pakistan flood appeal fivefold as disease spreads", w, [], junk=["A post shared by", "Also Read", "What the MEA said"],
                     note="'Agencies' in <author> is not a person. Instagram embed and 'Also Read' box. Relevant."))
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-IN"><title>The Deccan Ledger - World</title><subtitle>World news from The Deccan Ledger</subtitle>'
            f'<link rel="self" href="{base}/feeds/atom/world.xml"/><link rel="alternate" href="{base}/world"/><id>{base}/world</id><updated>{d(2022, 9, 21, 23, 2, 0, 5.5).isoformat()}</updated>'
            f"<rights>© The Deccan Ledger</rights>\n" + "\n".join(entries) + "\n</feed>\n")
    return feed("en_in_deccanledger_world_atom.atom.xml", text, items, lang="en", outlet="The Deccan Ledger", aliases=["Deccan Ledger"], shape="atom",
                structure="Hyderabad English daily's world section as a hand-built Atom 1.0 feed: xml:lang en-IN, feed-level rights, article-URL ids ending in '-<7 digits>', published and updated with +05:30, <author><name> with a reporter, 'Staff Reporter', 'Agencies' or absent, category term, summary type=html, escaped HTML content type=html with the full story: a text-to-speech audio player 'Listen to this article 00:00 / 03:40' at the top, 'Also Read |' boxes, an 'ADVERTISEMENT' label, bold 'City:' datelines, an explainer with h2 questions and a 'Fact file' box, an author box, an Instagram embed, '(With inputs from agencies)', September 2022",
                ctype="application/atom+xml; charset=utf-8")


FEEDS = [fundy, lagoon, swan, deccan]
