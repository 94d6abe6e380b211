# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the fiftieth held-out set (part 1: a US television network's site on BLOX
(TownNews), a Vancouver daily on Brightspot, a Johannesburg daily and an Abuja daily on WordPress 6
with Yoast SEO). All outlets, people and quotations are invented."""
from h50 import NS_ALL, cd, d, esc, feed, gmt, it, q, rfc822, uid, utc0, wpt


# ---------------------------------------------------------------- US TV network on BLOX (TownNews) search RSS
def blox():
    rows, items = [], []
    base = "https://www.lbnnews.example"

    def add(slug, title, when, creator, body, exp, img=None):
        u = uid(base, slug)
        link = f"{base}/news/world/{slug}/article_{u}.html"
        enc = (f'\n      <enclosure url="https://bloximages.lbn.example/lbnnews.example/content/tncms/assets/v3/editorial/{u[:1]}/{u[1:3]}/{u}/{img}.jpg?resize=1200%2C800" length="412118" type="image/jpeg" />') if img else ""
        cr = f"\n      <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <description>{esc(body)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <link>{link}</link>\n      <guid isPermaLink=\"false\">{u}</guid>{cr}{enc}\n    </item>")
        items.append(exp(u))

    w = d(2025, 11, 18, 17, 42, 0, -5)
    add("ukraine-russia-prisoner-exchange-black-sea", "Ukraine and Russia swap 240 prisoners in largest exchange this year", w, "By DANA WHITLOCK LBN News",
        "KYIV, Ukraine (LBN) — Ukraine and Russia exchanged 240 prisoners of war on Tuesday in a swap brokered by the United Arab Emirates, the largest this year, officials in both countries said. Buses carrying the freed Ukrainian soldiers crossed into the Sumy region in the afternoon, where relatives waited with flags and photographs. \"Every name on that list was a family that stopped sleeping,\" said Oksana Melnychuk, who coordinates a support group for families of captured servicemen.",
        lambda k: it(k, "Ukraine and Russia swap 240 prisoners in largest exchange this year", w, ["Dana Whitlock"], quotes=[q("Oksana Melnychuk")], junk=["(LBN)"],
                     note="BLOX dc:creator carries 'By DANA WHITLOCK LBN News' (upper-case name and the outlet name glued on): the person is Dana Whitlock. Relevant."), img="ap-kyiv-swap")
    w = d(2025, 11, 18, 14, 5, 0, -5)
    add("live-updates-cop30-final-day", "LIVE UPDATES: Climate talks go into overtime in Belém", w, "LBN News Staff",
        "Follow along for the latest from the final scheduled day of the UN climate summit.",
        lambda k: it(k, "LIVE UPDATES: Climate talks go into overtime in Belém", w, [], story=False, rel=False,
                     note="A live page teaser (one line, no story text): not a story."))
    w = d(2025, 11, 18, 11, 30, 0, -5)
    add("gaza-aid-crossing-reopens-kerem-shalom", "Aid trucks roll into Gaza as crossing reopens after three-day closure", w, "By SAMIR HADDAD and ELLEN PRUITT LBN News",
        "JERUSALEM (LBN) — Dozens of aid trucks entered Gaza on Tuesday after Israel reopened the Kerem Shalom crossing following a three-day closure, the UN humanitarian office said. Aid groups said the backlog at the border had grown to more than 600 trucks. \"We are measuring this in hours of fuel for hospitals,\" said Marguerite Oduya, a logistics coordinator for the aid group CareBridge International.",
        lambda k: it(k, "Aid trucks roll into Gaza as crossing reopens after three-day closure", w, ["Samir Haddad", "Ellen Pruitt"], quotes=[q("Marguerite Oduya", "CareBridge International")], junk=["(LBN)"],
                     note="Two bylined reporters in one upper-case dc:creator ('By A and B LBN News'). Relevant."), img="gaza-trucks")
    w = d(2025, 11, 17, 20, 15, 0, -5)
    add("japan-earthquake-tsunami-advisory-lifted", "Japan lifts tsunami advisory after 6.8 magnitude quake off Hokkaido", w, "Associated Wire",
        "TOKYO (AW) — Japan lifted a tsunami advisory for its northern Pacific coast early Tuesday after a magnitude 6.8 earthquake struck off Hokkaido, the Japan Meteorological Agency said. There were no immediate reports of serious damage. Rail operator JR Hokkaido briefly suspended services to inspect tracks.",
        lambda k: it(k, "Japan lifts tsunami advisory after 6.8 magnitude quake off Hokkaido", w, [], rel=False, junk=["(AW)"],
                     note="Wire copy: dc:creator is the agency 'Associated Wire', not a person. A quake abroad whose tsunami advisory is lifted, no one harmed: not relevant (rule D)."))
    w = d(2025, 11, 17, 16, 48, 0, -5)
    add("analysis-why-venezuela-talks-stalled", "Analysis: Why talks between Venezuela's government and opposition keep stalling", w, "By RAFAEL ORTEGA-BLAIR LBN News",
        "CARACAS, Venezuela (LBN) — For the third time this year, negotiators for Venezuela's government and its opposition left a meeting in Barbados without a date to return. Diplomats involved say the sticking point is no longer the election calendar but guarantees for officials who would leave power. \"Nobody signs away their own safety,\" said Tomás Ibarguen, a former Colombian envoy who attended earlier rounds. \"Until that is solved, everything else is theater.\"",
        lambda k: it(k, "Analysis: Why talks between Venezuela's government and opposition keep stalling", w, ["Rafael Ortega-Blair"], quotes=[q("Tomás Ibarguen")], junk=["(LBN)"],
                     note="Analysis piece; hyphenated surname in upper case. Title label 'Analysis:' may be kept or dropped. Relevant."))
    w = d(2025, 11, 17, 9, 20, 0, -5)
    add("photos-world-in-pictures-nov-17", "PHOTOS: The world this week in pictures", w, "",
        "A selection of news photos from around the world.",
        lambda k: it(k, "PHOTOS: The world this week in pictures", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped."), img="gallery-cover")
    head = (f"    <title>World | lbnnews.example</title>\n    <link>{base}/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc</link>\n"
            f"    <atom:link href=\"{base}/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc\" rel=\"self\" type=\"application/rss+xml\" />\n"
            "    <description>World news from LBN News</description>\n    <generator>TN Feed Generator</generator>\n    <docs>http://www.rssboard.org/rss-specification</docs>\n    <ttl>30</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_us_lbnnews_world_blox.rss.xml", text, items, lang="en", outlet="LBN News", aliases=["LBN", "lbnnews.example"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="US television network's news site on BLOX CMS (TownNews): the section feed is BLOX's search URL with f=rss (t=article, c=news/world, l=50, sorted by start_time), channel title 'World | <domain>' (the domain, not the brand), generator 'TN Feed Generator', ttl 30, plain-text escaped descriptions (the lead paragraphs run together as one block), '/news/world/<slug>/article_<uuid>.html' links, bare UUID guids, dc:creator as the print byline ('By NAME NAME LBN News', two reporters joined by 'and', a wire agency's name, a staff credit), image enclosures from the bloximages CDN, a live page teaser and a photo gallery, -0500 dates in November 2025")


# ---------------------------------------------------------------- Vancouver daily on Brightspot
def brightspot():
    rows, items = [], []
    base = "https://www.fraserledger.example"

    def add(slug, title, when, creators, summary, body, exp, cat="World"):
        link = f"{base}/world/{slug}"
        crs = "".join(f"\n      <dc:creator>{cd(c)}</dc:creator>" for c in creators)
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{link}</link>\n      <description>{cd(summary)}</description>\n"
                    f"      <pubDate>{gmt(when)}</pubDate>\n      <guid>{link}</guid>{crs}\n      <category>{cat}</category>\n"
                    f"      <content:encoded>{cd(body)}</content:encoded>\n"
                    f'      <media:content url="https://www.fraserledger.example/dims4/default/3c1e2f7/2147483647/strip/true/crop/1200x800+0+0/resize/1200x800!/quality/90/?url=https%3A%2F%2Ffraser-brightspot.s3.example%2F{slug[:12]}.jpg" medium="image" type="image/jpeg"/>\n    </item>')
        items.append(exp(link))

    w = d(2024, 9, 24, 22, 10, 0, -7)
    add("india-canada-diplomats-visa-talks", "Ottawa and New Delhi restart visa talks a year after diplomatic expulsions", w, ["Harleen Sandhu"],
        "Officials say the talks are technical, but Sikh community groups in Surrey want assurances first.",
        '<p>Canada and India have quietly restarted talks on restoring visa services, officials in both capitals confirmed Tuesday, a year after a diplomatic rupture that saw each side expel senior diplomats.</p><p>The talks, held in Singapore last week, were described by Global Affairs Canada as "technical discussions" about consular staffing.</p><p>"Families in Surrey have been waiting a year to bury parents, attend weddings, settle estates," said Manjit Gill, who chairs a Surrey gurdwara council. "We want this fixed, but not at any price."</p><p><em>With files from The Canadian Wire</em></p>',
        lambda k: it(k, "Ottawa and New Delhi restart visa talks a year after diplomatic expulsions", w, ["Harleen Sandhu"], quotes=[q("Manjit Gill", "Surrey gurdwara council")], junk=["With files from"],
                     note="Canada's foreign relations: relevant. Ends with an italic 'With files from <agency>' credit."))
    w = d(2024, 9, 24, 18, 35, 0, -7)
    add("lebanon-israel-strikes-evacuation-canadians", "Canadians urged to leave Lebanon as Israeli strikes intensify", w, ["Marc-Antoine Deslauriers", "Priya Raman"],
        "About 45,000 Canadians are registered in Lebanon, Global Affairs says.",
        '<p>The federal government urged Canadians in Lebanon to leave while commercial flights are still available, as Israeli air strikes across the south and east of the country killed hundreds of people this week.</p><p>About 45,000 Canadians are registered with the embassy in Beirut, though officials believe the real number is higher.</p><p>"We have seats on flights today. We may not have them next week," said Rola Haddad-Kerr, who runs a travel agency in Montreal\'s Saint-Laurent borough.</p>',
        lambda k: it(k, "Canadians urged to leave Lebanon as Israeli strikes intensify", w, ["Marc-Antoine Deslauriers", "Priya Raman"], quotes=[q("Rola Haddad-Kerr")],
                     note="Two dc:creator elements. Relevant."))
    w = d(2024, 9, 24, 13, 0, 0, -7)
    add("opinion-nato-spending-target-canada", "Opinion: Canada's NATO promise is a cheque our allies have stopped believing", w, ["Gordon Achterberg"],
        "The two per cent target has become a test of credibility, not of arithmetic.",
        '<p>When the prime minister told the NATO summit that Canada would reach two per cent of GDP on defence by 2032, the reaction among allied officials I spoke with was polite and brief.</p><p>The problem is not the number. It is that we have promised it before.</p><p><em>Gordon Achterberg is a senior fellow at the Pacific Security Forum and a former deputy commander of the Royal Canadian Navy\'s Pacific fleet.</em></p>',
        lambda k: it(k, "Opinion: Canada's NATO promise is a cheque our allies have stopped believing", w, ["Gordon Achterberg"], junk=["senior fellow at the Pacific Security Forum"],
                     note="Opinion column with the author's bio line at the end; title label 'Opinion:' may be kept or dropped. Relevant."), cat="Opinion")
    w = d(2024, 9, 23, 21, 45, 0, -7)
    add("un-general-assembly-opens-sudan", "UN General Assembly opens with warnings on Sudan famine", w, ["The Canadian Wire"],
        "Aid agencies say 25 million people face acute hunger.",
        "<p>NEW YORK — World leaders gathered for the annual UN General Assembly on Monday as aid agencies warned that Sudan's war has produced the world's largest hunger crisis.</p><p>The World Food Programme said famine conditions had been confirmed in at least 14 areas.</p>",
        lambda k: it(k, "UN General Assembly opens with warnings on Sudan famine", w, [],
                     note="Wire story: the only dc:creator is the agency name, not a person. Relevant."))
    w = d(2024, 9, 23, 16, 20, 0, -7)
    add("sign-up-world-briefing-newsletter", "Sign up for The Ledger's World Briefing newsletter", w, [],
        "Get the day's most important global stories in your inbox every weekday morning.",
        '<p>Get the day\'s most important global stories in your inbox every weekday morning. <a href="https://www.fraserledger.example/newsletters">Sign up here.</a></p>',
        lambda k: it(k, "Sign up for The Ledger's World Briefing newsletter", w, [], story=False, rel=False, note="Newsletter promotion: not a story."), cat="Newsletters")
    w = d(2024, 9, 23, 9, 5, 0, -7)
    add("taiwan-typhoon-krathon-kaohsiung", "Typhoon Krathon forces mass evacuations in southern Taiwan", w, ["Kevin Luo"],
        "Schools and offices closed in Kaohsiung as the storm approached.",
        "<p>TAIPEI — Taiwan evacuated more than 8,000 people from coastal and mountain areas and closed schools and offices in the southern port city of Kaohsiung as Typhoon Krathon approached on Monday.</p><p>\"We are asking everyone to treat this storm as if it will land on their street,\" said Lin Yu-ting, a spokesperson for the city's disaster response centre.</p><p>Vancouver-based shipper Coastline Freight said three of its vessels were holding position off the island.</p>",
        lambda k: it(k, "Typhoon Krathon forces mass evacuations in southern Taiwan", w, ["Kevin Luo"], quotes=[q("Lin Yu-ting", "disaster response centre")],
                     note="Relevant."))
    head = (f"    <title>World | The Fraser Ledger</title>\n    <link>{base}/world</link>\n    <atom:link href=\"{base}/world.rss\" rel=\"self\" type=\"application/rss+xml\"/>\n"
            f"    <description>World news from The Fraser Ledger</description>\n    <language>en-CA</language>\n    <lastBuildDate>{gmt(d(2024, 9, 24, 22, 12, 0, -7))}</lastBuildDate>\n    <generator>Brightspot</generator>")
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{NS_ALL}>\n  <channel>\n' + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_ca_fraserledger_world_brightspot.rss.xml", text, items, lang="en", outlet="The Fraser Ledger", aliases=["Fraser Ledger"],
                ctype="application/rss+xml;charset=UTF-8",
                structure="Vancouver daily's world section on Brightspot (/world.rss): generator 'Brightspot', language en-CA, CDATA titles and dek-style descriptions, full HTML in content:encoded, link guids, one dc:creator per author (an agency name as the only creator on wire copy), a category per item, media:content through Brightspot's dims4 image resizer URL, dates in GMT, an opinion column with a bio line, a newsletter promo, September 2024")


# ---------------------------------------------------------------- WordPress 6 + Yoast (shared shape)
def _wp(base, brand, ver, lang, tagline, entries, tzoff, chan=None, cat="world"):
    rows, items = [], []
    for e in entries:
        pid, slug, title, when, creator, cats, excerpt, body, exp = e
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        catx = "".join(f"\n\t\t<category>{cd(c)}</category>" for c in cats)
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{link}</link>\n\t\t<comments>{link}#respond</comments>\n"
                    f"\t\t<dc:creator>{cd(creator)}</dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{catx}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t<description>{cd(excerpt)}</description>\n\t\t<content:encoded>{cd(body)}</content:encoded>\n\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t</item>")
        item = exp  # an Item, built by the caller when its entry was added
        assert item.key == f"{base}/?p={pid}", item.key
        items.append(item)
    newest = max(e[3] for e in entries)
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f"\t<title>{esc(chan or ('World Archives - ' + brand))}</title>\n\t<atom:link href=\"{base}/category/{cat}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}/category/{cat}/</link>\n"
            f"\t<description>{esc(tagline)}</description>\n\t<lastBuildDate>{utc0(newest)}</lastBuildDate>\n\t<language>{lang}</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v={ver}</generator>\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return text, items


def yoast(title, link, brand):
    return f'<p>The post <a href="{link}">{esc(title)}</a> appeared first on <a href="{link.split("/20")[0]}">{esc(brand)}</a>.</p>'


def highveld():
    base, brand = "https://www.highveldcourier.example", "The Highveld Courier"
    E = []

    def add(pid, slug, title, when, creator, cats, paras, exp):
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        body = "".join(f"<p>{p}</p>\n" for p in paras) + yoast(title, link, brand)
        first = paras[0].split(". ")[0]
        excerpt = f"<p>{first} [&#8230;]</p>\n" + yoast(title, link, brand)
        # label built now: the lambda reads the enclosing `w`, which later items rebind (audit fix)
        E.append((pid, slug, title, when, creator, cats, excerpt, body, exp(f"{base}/?p={pid}")))

    w = d(2025, 3, 12, 16, 40, 0, 2)
    add(884213, "zimbabwe-border-beitbridge-queues", "Truck queues at Beitbridge stretch 20km as Zimbabwe rolls out new customs system", w, "Thandeka Mokoena", ["Africa", "World"],
        ["Truck queues at the Beitbridge border post stretched for about 20km on Wednesday as Zimbabwe's revenue authority switched to a new electronic customs system, hauliers said",
         "&#8220;Drivers have been sitting for two days without proper toilets or water,&#8221; said Sipho Ndlovu of the Southern Africa Road Freight Forum. &#8220;Every day costs an operator about R8,000 per truck.&#8221;",
         "Zimbabwe's authorities said the delays were teething problems and that extra officers had been deployed."],
        lambda k: it(k, "Truck queues at Beitbridge stretch 20km as Zimbabwe rolls out new customs system", w, ["Thandeka Mokoena"], quotes=[q("Sipho Ndlovu", "Southern Africa Road Freight Forum")], junk=["appeared first on", "[…]"],
                     note="Yoast appends 'The post … appeared first on …' to both excerpt and content. Regional trade with a neighbour: relevant."))
    w = d(2025, 3, 12, 11, 15, 0, 2)
    add(884190, "us-aid-cuts-hiv-clinics-southern-africa", "Clinics across southern Africa scramble as US aid freeze hits HIV programmes", w, "Lerato Dube", ["World"],
        ["Clinics in Lesotho, Eswatini and Mozambique have begun rationing antiretroviral drugs as a freeze on US foreign aid enters its seventh week, health workers say",
         "&#8220;We are choosing which patients get a three-month supply and which get one month,&#8221; said Nomvula Shabalala, a nurse manager at a clinic outside Maseru.",
         "South Africa's health department said its own programme was funded domestically and would not be affected in the short term."],
        lambda k: it(k, "Clinics across southern Africa scramble as US aid freeze hits HIV programmes", w, ["Lerato Dube"], quotes=[q("Nomvula Shabalala")], junk=["appeared first on"], note="Relevant."))
    w = d(2025, 3, 11, 19, 0, 0, 2)
    add(884151, "eskom-tariff-hike-approved", "Nersa approves 12.7% electricity tariff increase from April", w, "Pieter van Zyl", ["Business", "News"],
        ["Households will pay 12.7% more for electricity from April after the energy regulator approved Eskom's revised application on Tuesday",
         "Consumer groups said the increase would push more families into debt."],
        lambda k: it(k, "Nersa approves 12.7% electricity tariff increase from April", w, ["Pieter van Zyl"], rel=False, junk=["appeared first on"],
                     note="Domestic economy cross-posted to the world category: a story, not relevant. 'van Zyl' is lower-case by convention."))
    w = d(2025, 3, 11, 14, 25, 0, 2)
    add(884122, "drc-m23-goma-talks-luanda", "DRC and M23 rebels to meet in Luanda as Angola pushes for ceasefire", w, "Highveld Courier Reporter", ["Africa", "World"],
        ["Representatives of the Democratic Republic of Congo's government and the M23 rebel group will meet in Luanda next week, Angola's presidency said on Tuesday, the first direct talks since the rebels captured Goma in January",
         "South Africa has about 1,000 soldiers in eastern Congo as part of a regional force. Their withdrawal is expected to be discussed at a SADC summit this month.",
         "&#8220;The troops are there, but the mandate has evaporated,&#8221; said Dr Ayanda Khumalo, a security analyst at the Institute for Regional Peace in Pretoria."],
        lambda k: it(k, "DRC and M23 rebels to meet in Luanda as Angola pushes for ceasefire", w, [], quotes=[q("Ayanda Khumalo", "Institute for Regional Peace")], junk=["appeared first on"],
                     note="dc:creator is a generic staff credit ('Highveld Courier Reporter'), not a person. Honorific 'Dr'. Relevant."))
    w = d(2025, 3, 10, 17, 50, 0, 2)
    add(884087, "explainer-what-is-the-g20-presidency", "Explainer: What South Africa's G20 presidency means, and what it doesn't", w, "Lerato Dube", ["Explainers", "World"],
        ["South Africa holds the G20 presidency until November, the first time an African country has led the group. Here is what that involves",
         "The presidency sets the agenda for ministerial meetings and hosts the leaders' summit, planned for Johannesburg in November.",
         "It does not give Pretoria any power to bind other members, said Prof Janine Erasmus of the Wits School of Governance: &#8220;It is a microphone, not a gavel.&#8221;"],
        lambda k: it(k, "Explainer: What South Africa's G20 presidency means, and what it doesn't", w, ["Lerato Dube"], quotes=[q("Janine Erasmus", "Wits School of Governance")], junk=["appeared first on"],
                     note="Explainer; title label 'Explainer:' may be kept or dropped. Relevant."))
    w = d(2025, 3, 10, 8, 30, 0, 2)
    add(884050, "gallery-mozambique-cyclone-jude", "GALLERY | Cyclone Jude leaves a trail of destruction in Nampula", w, "Highveld Courier Reporter", ["Africa", "Galleries"],
        ["Images from Nampula province after Cyclone Jude made landfall on Monday."],
        lambda k: it(k, "GALLERY | Cyclone Jude leaves a trail of destruction in Nampula", w, [], story=False, rel=False, junk=["appeared first on"],
                     note="Photo gallery with a one-line caption: not a story. Title label 'GALLERY |' may be kept or dropped."))
    text, items = _wp(base, brand, "6.7.2", "en-ZA", "News from Johannesburg, South Africa and the world", E, 2)
    return feed("en_za_highveldcourier_world_wp67_yoast.rss.xml", text, items, lang="en", outlet=brand, aliases=["Highveld Courier"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Johannesburg daily's world category feed on WordPress 6.7 with Yoast SEO (/category/world/feed/): 'World Archives - Brand' channel title (Yoast), language en-ZA, tab-indented WordPress template, CDATA dc:creator and categories, '?p=<id>' guids, excerpt descriptions ending in '[&#8230;]', full content:encoded, both ending with Yoast's 'The post … appeared first on …' paragraph, curly quotes as numeric references, a staff credit as creator, a domestic story cross-posted, an explainer and a gallery, dates written in GMT (+0000) for a SAST newsroom, March 2025")


def abuja():
    base, brand = "https://abujasentinel.example", "The Abuja Sentinel"
    E = []

    def add(pid, slug, title, when, creator, cats, paras, exp, extra=""):
        link = f"{base}/{when:%Y/%m/%d}/{slug}/"
        body = "".join(f"<p>{p}</p>\n" for p in paras) + extra + yoast(title, link, brand)
        excerpt = f"<p>{paras[0][:140].rsplit(' ', 1)[0]}&#8230;</p>\n" + yoast(title, link, brand)
        # label built now: the lambda reads the enclosing `w`, which later items rebind (audit fix)
        E.append((pid, slug, title, when, creator, cats, excerpt, body, exp(f"{base}/?p={pid}")))

    rel = '<p><strong>READ ALSO:</strong> <a href="https://abujasentinel.example/2024/07/02/ecowas-summit-niamey/">ECOWAS leaders to meet in Abuja over Sahel exit</a></p>\n'
    w = d(2024, 7, 8, 18, 20, 0, 1)
    add(402771, "ecowas-sahel-states-confederation", "ECOWAS warns of ‘disintegration’ as Sahel juntas form confederation", w, "Chinedu Okafor", ["Africa", "World"],
        ["The Economic Community of West African States has warned that the region faces disintegration after the military governments of Mali, Burkina Faso and Niger signed a treaty forming a confederation on Saturday.",
         "&#8220;We cannot afford to become two neighbourhoods separated by a fence,&#8221; said Ambassador Halima Bello-Tanko, a former ECOWAS commissioner, at a forum in Abuja on Monday.",
         "Nigeria shares a 1,600km border with Niger, and traders in Katsina and Sokoto say cross-border commerce has slowed sharply."],
        lambda k: it(k, "ECOWAS warns of ‘disintegration’ as Sahel juntas form confederation", w, ["Chinedu Okafor"], quotes=[q("Halima Bello-Tanko", "ECOWAS")], junk=["READ ALSO", "ECOWAS leaders to meet in Abuja over Sahel exit", "appeared first on"],
                     note="Curly quotes in the title are numeric references (&#8216; &#8217;). A 'READ ALSO:' related link sits inside the content. Relevant."), extra=rel)
    w = d(2024, 7, 8, 13, 5, 0, 1)
    add(402755, "uk-election-nigerian-diaspora-mps", "Record number of Nigerian-heritage MPs elected to UK parliament", w, "Funmilayo Adeyemi", ["Diaspora", "World"],
        ["At least nine members of Britain's new House of Commons have Nigerian heritage, a record, according to a count by a London-based diaspora group.",
         "&#8220;This is a generation that grew up in Peckham and Tottenham and now sits on the green benches,&#8221; said Olumide Bankole-Harris, director of the Diaspora Civic Network."],
        lambda k: it(k, "Record number of Nigerian-heritage MPs elected to UK parliament", w, ["Funmilayo Adeyemi"], quotes=[q("Olumide Bankole-Harris", "Diaspora Civic Network")], junk=["appeared first on"], note="Relevant."))
    w = d(2024, 7, 7, 21, 40, 0, 1)
    add(402730, "france-election-left-alliance-leads", "France: Left alliance tops vote as far right falls to third", w, "Sentinel Foreign Desk", ["Europe", "World"],
        ["A left-wing alliance won the most seats in France's parliamentary run-off on Sunday, according to projections, pushing the far-right National Rally into third place after tactical withdrawals by rival candidates.",
         "No bloc is close to an absolute majority, leaving France facing weeks of coalition talks."],
        lambda k: it(k, "France: Left alliance tops vote as far right falls to third", w, [], junk=["appeared first on"],
                     note="dc:creator is a desk name, not a person. Relevant."))
    w = d(2024, 7, 7, 10, 10, 0, 1)
    add(402702, "naira-remittances-rise-diaspora", "Diaspora remittances climb 20% as naira slide draws dollars home", w, "Ifeoma Nwachukwu", ["Business"],
        ["Remittances from Nigerians abroad rose about 20 per cent in the first five months of the year, the central bank said, as the weaker naira made dollars sent home worth more.",
         "&#8220;Every time the naira falls, my phone rings with relatives asking me to send now, not next month,&#8221; said Tunde Alabi, a nurse in Houston, Texas."],
        lambda k: it(k, "Diaspora remittances climb 20% as naira slide draws dollars home", w, ["Ifeoma Nwachukwu"], quotes=[q("Tunde Alabi")], rel=False, junk=["appeared first on"],
                     note="Domestic economy with a diaspora angle: a story, not relevant for a world digest."))
    w = d(2024, 7, 6, 16, 30, 0, 1)
    add(402688, "opinion-what-kenya-protests-teach-africa", "OPINION: What Kenya’s Gen Z protests should teach Africa’s leaders", w, "Dr. Emeka Uzodinma", ["Opinion", "World"],
        ["Young Kenyans did something last month that many African governments believed impossible: they organised without leaders, without parties and without permission.",
         "The lesson for Abuja is not that protests can be suppressed. It is that grievances without a channel eventually find the street.",
         "<em>Dr. Emeka Uzodinma teaches political economy at the University of Nigeria, Nsukka.</em>"],
        lambda k: it(k, "OPINION: What Kenya’s Gen Z protests should teach Africa’s leaders", w, ["Emeka Uzodinma"], junk=["appeared first on", "teaches political economy"],
                     note="Opinion; dc:creator carries the honorific 'Dr.' (the person is Emeka Uzodinma). Title label 'OPINION:' may be kept or dropped. Relevant."))
    w = d(2024, 7, 6, 9, 0, 0, 1)
    add(402671, "sudan-refugees-chad-rainy-season", "Rains threaten Sudanese refugee camps in eastern Chad, UN says", w, "Aisha Garba-Musa", ["Africa", "World"],
        ["The UN refugee agency warned that the rainy season could cut off camps in eastern Chad sheltering more than 600,000 Sudanese refugees.",
         "&#8220;When the wadis flood, trucks stop, and when trucks stop, food stops,&#8221; said Moussa Ibrahim Djibrine, who coordinates volunteers in Adré."],
        lambda k: it(k, "Rains threaten Sudanese refugee camps in eastern Chad, UN says", w, ["Aisha Garba-Musa"], quotes=[q("Moussa Ibrahim Djibrine")], junk=["appeared first on"], note="Relevant."))
    text, items = _wp(base, brand, "6.5.5", "en-US", "Nigeria's independent voice", E, 1)
    return feed("en_ng_abujasentinel_world_wp65_yoast.rss.xml", text, items, lang="en", outlet=brand, aliases=["Abuja Sentinel"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Abuja daily's world category feed on WordPress 6.5 with Yoast SEO: 'World Archives - Brand', language en-US (WordPress default, the country shows only through content: naira, Katsina, Nsukka), tab-indented template, CDATA dc:creator (a desk name, a 'Dr.' honorific), '?p=' guids, 140-character excerpts ending in '&#8230;', Yoast's 'appeared first on' paragraph, a 'READ ALSO:' related link inside the content, curly quotes as numeric references in titles, an opinion with a bio line, a domestic story in the feed, dates in GMT, July 2024")


FEEDS = [blox, brightspot, highveld, abuja]
