# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the eighteenth held-out set (world desks, tech, science).
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_DC, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 3, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


# ---------------------------------------------------------------- VnExpress International-style (Vietnam)
def saigonexpress():
    rows, items = [], []
    o = 7

    def add(aid, slug, title, when, text, exp):
        url = f"https://e.saigonexpress.vn/news/world/{slug}-{aid}.html"
        img = f"https://i-english.saigonexpress.vn/2027/03/{when.day:02d}/{aid}-thumb.jpg"
        desc = f'<a href="{url}"><img src="{img}" ></a></br>{text}'
        rows.append(f"<item><title>{esc(title)}</title><description>{cd(desc)}</description><pubDate>{rfc822(when)}</pubDate><link>{url}</link><guid>{url}</guid><slash:comments>0</slash:comments></item>")
        items.append(exp(url))

    w = d(9, 20, 14, 0, o)
    add(4771205, "vietnam-philippines-agree-hotline-on-fishing-incidents-in-east-sea", "Vietnam, Philippines agree hotline on fishing incidents in East Sea", w,
        "The two coast guards will share positions of fishing boats in distress and notify each other within two hours of any detention.&nbsp;“We want predictable rules at sea,” said Nguyen Thanh Hai, a deputy director at the foreign ministry",
        lambda k: it(k, "Vietnam, Philippines agree hotline on fishing incidents in East Sea", w, [], quotes=[q("Nguyen Thanh Hai", "foreign ministry")], junk=["<img", "</br>"]))
    w = d(9, 17, 40, 0, o)
    add(4771188, "hanoi-asks-phnom-penh-for-mekong-canal-data", "Hanoi asks Phnom Penh for Mekong canal data", w,
        "Vietnam has asked Cambodia to share hydrological studies for the Funan Techo canal before dredging begins in the dry season.Farmers in the Mekong Delta fear lower water levels",
        lambda k: it(k, "Hanoi asks Phnom Penh for Mekong canal data", w, [], junk=["<img"]))
    w = d(9, 15, 5, 0, o)
    add(4771150, "hcmc-metro-line-2-breaks-ground", "HCMC metro line 2 breaks ground after 15-year wait", w,
        "The 11-km line from Ben Thanh to Tham Luong is expected to open in 2031.",
        lambda k: it(k, "HCMC metro line 2 breaks ground after 15-year wait", w, [], rel=False, junk=["<img"]))
    w = d(9, 11, 30, 0, o)
    add(4771102, "photos-hoi-an-lantern-night-returns", "Photos: Hoi An lantern night returns", w,
        "",
        lambda k: it(k, "Photos: Hoi An lantern night returns", w, [], story=False, rel=False, note="Photo gallery with an image-only description."))
    w = d(9, 9, 0, 0, o)
    add(4771071, "us-vietnam-resume-talks-on-market-economy-status", "US, Vietnam resume talks on market economy status", w,
        "Trade officials met in Washington for the first time in 18 months; tariffs on Vietnamese shrimp and steel are on the agenda",
        lambda k: it(k, "US, Vietnam resume talks on market economy status", w, [], junk=["<img"]))
    w = d(8, 22, 45, 0, o)
    add(4771020, "thai-pm-s-hanoi-visit-postponed-amid-border-row", "Thai PM’s Hanoi visit postponed amid border row with Cambodia", w,
        "Bangkok said the trip would be rescheduled &quot;at a more suitable time&quot;, a week after clashes on the Thai-Cambodian border.",
        lambda k: it(k, "Thai PM’s Hanoi visit postponed amid border row with Cambodia", w, [], junk=["<img", "&quot;"]))
    channel = (f"<title>World - Saigon Express International</title><description>Saigon Express International - World news</description>"
               f"<image><url>https://s.saigonexpress.vn/e/logo.png</url><title>Saigon Express International</title><link>https://e.saigonexpress.vn</link></image>"
               f"<pubDate>{rfc822(d(9, 20, 20, 0, o))}</pubDate><generator>Saigon Express International</generator><link>https://e.saigonexpress.vn/news/world</link>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_vn_saigonexpress_world.rss.xml", text, items, lang="en", outlet="Saigon Express International", aliases=["Saigon Express"],
                structure="VnExpress International-style RSS from a custom CMS: single line with no trailing newline, channel 'Section - Brand' with the <link> last, no author element, CDATA descriptions opening with a linked thumbnail and a non-standard '</br>', '&nbsp;' and '&quot;' entities inside CDATA, a missing space after a full stop, link = bare guid, slash:comments, an image-only photo gallery, curly apostrophe in a title, +0700 dates")


# ---------------------------------------------------------------- Django syndication feed (Jordan)
def ammanchronicle():
    rows, items = [], []

    def add(aid, slug, title, when, cred, desc, cats, exp):
        url = f"https://www.ammanchronicle.jo/region-world/{slug}-{aid}"
        if cred is None:
            by = ""
        elif "@" in cred:
            by = f"<author>{esc(cred)}</author>"
        else:
            by = f'<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(cred)}</dc:creator>'
        cat = "".join(f"<category>{esc(c)}</category>" for c in cats)
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description>{by}<pubDate>{rfc822(when)}</pubDate><guid>{url}</guid>{cat}</item>")
        items.append(exp(url))

    w = d(9, 13, 20)
    add(112904, "jordan-iraq-extend-basra-aqaba-pipeline-study", "Jordan, Iraq extend Basra-Aqaba pipeline study", w, "JT",
        "<p>AMMAN — Jordan and Iraq on Tuesday agreed to extend the feasibility study of the Basra-Aqaba oil pipeline by a year</p><p>The energy ministers signed the addendum in Baghdad.</p>",
        ["Region", "Energy"],
        lambda k: it(k, "Jordan, Iraq extend Basra-Aqaba pipeline study", w, [], note="Credit 'JT' is the paper's own initials, not a person."))
    w = d(9, 11, 45)
    add(112897, "gaza-aid-convoy-crosses-karameh-after-halt", "Gaza aid convoy crosses after week-long halt", w, "newsdesk@ammanchronicle.jo (Laith Abu Rumman)",
        "<p>AMMAN — A convoy of 62 trucks carrying flour and medicine crossed the King Hussein Bridge on Tuesday</p><ul><li>First crossing since March 1</li><li>Hashemite charity says 300 trucks wait in Zarqa</li></ul><p>“Every day of delay is measured in lives,” said Dima Khreisat, a spokesperson for the charity.</p>",
        ["Region"],
        lambda k: it(k, "Gaza aid convoy crosses after week-long halt", w, ["Laith Abu Rumman"], junk=["newsdesk@ammanchronicle.jo"], quotes=[q("Dima Khreisat")], note="RSS <author> in the Django form 'e-mail (Name)'."))
    w = d(9, 9, 10)
    add(112880, "wehdat-beat-faisaly-to-go-top", "Wehdat beat Faisaly to go top of Pro League", w, "Sports Desk",
        "<p>AMMAN — Two second-half goals settled the derby at Amman International Stadium.</p>",
        ["Sports"],
        lambda k: it(k, "Wehdat beat Faisaly to go top of Pro League", w, [], rel=False))
    w = d(8, 19, 30)
    add(112866, "unhcr-40000-syrians-left-jordan-since-january", "UNHCR: 40,000 Syrians left Jordan since January", w, "AFP",
        "<p>GENEVA — About 40,000 Syrian refugees have returned home from Jordan since the start of the year, the UN refugee agency said on Monday.Most left from the Zaatari and Azraq camps</p>",
        ["Region", "Refugees"],
        lambda k: it(k, "UNHCR: 40,000 Syrians left Jordan since January", w, ["AFP"], note="Agency as the only credit. [] is also correct"))
    w = d(8, 16, 0)
    add(112851, "amman-brt-night-service", "Amman BRT adds late-night buses on two routes", w, "Rana Haddad",
        "<p>AMMAN — The Greater Amman Municipality will run buses until 1am on the Sweileh and Mahatta lines from next week</p>",
        ["Local"],
        lambda k: it(k, "Amman BRT adds late-night buses on two routes", w, ["Rana Haddad"], rel=False, note="Name-only credit rendered by Django as dc:creator with an inline namespace."))
    w = d(8, 2, 0)
    add(112840, "prayer-times-amman-tuesday-march-9", "Prayer times for Amman, Tuesday, March 9", w, None,
        "<p>Fajr 4:52am, Dhuhr 12:09pm, Asr 3:31pm, Maghrib 6:05pm, Isha 7:24pm</p>",
        ["Services"],
        lambda k: it(k, "Prayer times for Amman, Tuesday, March 9", w, [], story=False, rel=False, note="Daily service listing, not a story."))
    channel = (f"<title>The Amman Chronicle: Region &amp; World</title><link>https://www.ammanchronicle.jo/region-world</link><description>Latest stories from the Region &amp; World section</description>"
               f'<atom:link href="https://www.ammanchronicle.jo/region-world/rss/" rel="self"></atom:link><language>en-us</language><lastBuildDate>{rfc822(d(9, 13, 21))}</lastBuildDate>')
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>")
    return feed("en_jo_ammanchronicle_world_django.rss.xml", text, items, lang="en", outlet="The Amman Chronicle", aliases=["Amman Chronicle"],
                structure="Django syndication-framework RSS (django.contrib.syndication): XML declaration then one line, xmlns:atom before version, channel 'Brand: Section' with '&amp;', atom:link self, <author> in the 'e-mail (Name)' form, name-only credits as dc:creator with an inline xmlns:dc, paper initials ('JT'), a desk, an agency or nothing, link = bare guid, escaped <p> descriptions opening with an upper-case 'CITY —' dateline, <ul> bullets, a missing space after a full stop, a prayer-times listing, +0000 dates")


# ---------------------------------------------------------------- Armenpress-style state agency (Armenia)
def araratpress():
    rows, items = [], []
    o = 4

    def add(nid, title, when, desc, exp):
        url = f"https://araratpress.am/eng/news/{nid}.html"
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"false\">{nid}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n      <description>{cd(desc)}</description>\n    </item>")
        items.append(exp(str(nid)))

    dl = "YEREVAN, MARCH 9, ARARATPRESS."
    w = d(9, 18, 25, 0, o)
    add(1208841, "Border commissions of Armenia and Azerbaijan hold 14th meeting in Ijevan", w,
        f"{dl} The state commissions on border delimitation of Armenia and Azerbaijan held their 14th meeting in Ijevan, the deputy prime minister’s office said.The sides agreed on the sequence of work for the Tavush section",
        lambda k: it(k, "Border commissions of Armenia and Azerbaijan hold 14th meeting in Ijevan", w, [], junk=[dl]))
    w = d(9, 16, 0, 0, o)
    add(1208830, "Foreign Minister receives EU Special Representative for South Caucasus", w,
        f"{dl} Foreign Minister of Armenia received the EU Special Representative for the South Caucasus. “The EU monitoring mission remains a factor of stability,” Deputy Foreign Minister Armen Galstyan said after the meeting.",
        lambda k: it(k, "Foreign Minister receives EU Special Representative for South Caucasus", w, [], junk=[dl], quotes=[q("Armen Galstyan", "Deputy Foreign Minister")]))
    w = d(9, 15, 10, 0, o)
    add(1208822, "Exchange rates - 09-03-27", w,
        f"{dl} The Central Bank of Armenia has set the following exchange rates: USD 386.12, EUR 418.40, RUB 4.31, GEL 142.05",
        lambda k: it(k, "Exchange rates - 09-03-27", w, [], story=False, rel=False, note="Daily exchange-rate table, not a story."))
    w = d(9, 12, 40, 0, o)
    add(1208811, "Armenia and Iran discuss construction of Meghri road section", w,
        f"{dl} The Minister of Territorial Administration and Infrastructure and the Iranian ambassador discussed the North-South road's Meghri section, where works are to resume in April",
        lambda k: it(k, "Armenia and Iran discuss construction of Meghri road section", w, [], junk=[dl]))
    w = d(9, 10, 5, 0, o)
    add(1208799, "Yerevan Metro extension: feasibility study to be ready by autumn", w,
        f"{dl} The study for the new Achapnyak station will be completed by October, the Yerevan Municipality said.",
        lambda k: it(k, "Yerevan Metro extension: feasibility study to be ready by autumn", w, [], rel=False, junk=[dl]))
    w = d(8, 21, 15, 0, o)
    add(1208781, "Armenian weightlifter wins European gold in Chisinau", w,
        "YEREVAN, MARCH 8, ARARATPRESS. Hovhannes Melikyan won gold in the men's 89 kg category at the European Weightlifting Championships.",
        lambda k: it(k, "Armenian weightlifter wins European gold in Chisinau", w, [], rel=False, junk=["YEREVAN, MARCH 8, ARARATPRESS."]))
    channel = ("    <title>ARARATPRESS Armenian News Agency - Politics</title>\n    <link>https://araratpress.am/eng/</link>\n    <description>ARARATPRESS - latest news in English</description>\n    <language>en</language>\n"
               "    <copyright>ARARATPRESS CJSC</copyright>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_am_araratpress_politics.rss.xml", text, items, lang="en", outlet="ARARATPRESS", aliases=["Araratpress", "ARARATPRESS Armenian News Agency"],
                structure="Armenpress-style state news agency English RSS from a custom PHP CMS: nested two-space indentation, channel 'BRAND Armenian News Agency - Section', no author element, CDATA titles and descriptions, every description opening with the upper-case 'CITY, MONTH D, BRAND.' dateline, a missing space after a full stop, numeric non-permalink guids, Title Case officialese headlines, a daily exchange-rate table, CJSC copyright, +0400 dates")


# ---------------------------------------------------------------- TownNews BLOX-style (The Bahamas)
def nassausentinel():
    rows, items = [], []
    o = -5

    def add(uuid, slug, title, when, creator, desc, exp):
        url = f"https://www.nassausentinel.com/news/world/{slug}/article_{uuid}.html"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator is not None else ""
        rows.append(f"\n    <item>\n      <title>{esc(title)}</title>\n      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"false\">{uuid}</guid>\n      <link>{url}</link>\n      {cr}\n"
                    f"      <enclosure url=\"https://bloximages.example/nassausentinel.com/content/tncms/assets/v3/editorial/{uuid[:1]}/{uuid[1:3]}/{uuid}/photo.jpg?resize=150%2C100\" length=\"18842\" type=\"image/jpeg\" />\n    </item>")
        items.append(exp(uuid))

    w = d(9, 17, 5, 0, o)
    add("3f1e9a52-8c31-11ef-b6d4-0f3c2a1d9e77", "bahamas-to-fund-two-more-police-advisors-for-haiti-mission", "Bahamas to fund two more police advisors for Haiti mission", w,
        "By JADE RUSSELL Sentinel Staff Reporter jrussell@nassausentinel.com",
        "THE government will pay for two more Royal Bahamas Police Force officers to join the multinational mission in Haiti, the foreign minister told the House of Assembly yesterday.",
        lambda k: it(k, "Bahamas to fund two more police advisors for Haiti mission", w, ["Jade Russell"], junk=["jrussell@", "Staff Reporter"], note="BLOX byline field: 'By NAME Job title e-mail' in upper case."))
    w = d(9, 14, 30, 0, o)
    add("7b20c4e8-8c1a-11ef-9a0e-1b7f3d2c4a10", "us-coast-guard-intercepts-140-migrants-off-inagua", "US Coast Guard intercepts 140 migrants off Inagua", w,
        "By KENDRICK SANDS Chief Reporter",
        "MORE than 140 Haitian migrants were intercepted on an overloaded sloop 20 miles off Great Inagua and handed to Bahamian immigration officers",
        lambda k: it(k, "US Coast Guard intercepts 140 migrants off Inagua", w, ["Kendrick Sands"], junk=["Chief Reporter"]))
    w = d(9, 11, 0, 0, o)
    add("c2d9f610-8bf7-11ef-8e3a-2a9c7b5d1f34", "cuba-blackout-enters-third-day", "Cuba blackout enters third day as grid repairs stall", w,
        "By MARISOL ECHEVARRÍA Associated Press",
        "HAVANA (AP) — Most of Cuba remained without electricity for a third day on Monday after a failure at the island's largest power plant.",
        lambda k: it(k, "Cuba blackout enters third day as grid repairs stall", w, ["Marisol Echevarría"], junk=["HAVANA (AP)"], note="Agency reporter byline: the person is the author; 'Associated Press' may also be kept."))
    w = d(8, 21, 40, 0, o)
    add("e8a41b3c-8bb4-11ef-a1f2-5c6d7e8f9a0b", "carifta-trials-record-crowd", "CARIFTA trials draw record crowd to national stadium", w,
        "By DARNELL McKINNEY Sentinel Sports Reporter",
        "THE two-day trials ended with four national junior records.",
        lambda k: it(k, "CARIFTA trials draw record crowd to national stadium", w, ["Darnell McKinney"], rel=False))
    w = d(8, 19, 0, 0, o)
    add("0a9b8c7d-8bb0-11ef-b3c4-6d7e8f9a0b1c", "editorial-caricom-must-speak-with-one-voice-on-haiti", "EDITORIAL: CARICOM must speak with one voice on Haiti", w, "",
        "WHEN regional leaders meet in Georgetown next month, they will be judged on whether they can agree a plan for Haiti that goes beyond statements.",
        lambda k: it(k, "CARICOM must speak with one voice on Haiti", w, [], note="Unsigned editorial, empty dc:creator. Title label 'EDITORIAL:' may be kept or dropped"))
    w = d(8, 9, 0, 0, o)
    add("5e6f7a8b-8b80-11ef-9c0d-7e8f9a0b1c2d", "readers-choice-awards-vote-now", "Sentinel Readers' Choice Awards 2027: Vote now!", w, None,
        "Vote for your favourite restaurant, bank and hotel. Voting closes March 31.",
        lambda k: it(k, "Sentinel Readers' Choice Awards 2027: Vote now!", w, [], story=False, rel=False, note="Promotion."))
    channel = ("    <title>nassausentinel.com - RSS Results in news/world of type article</title>\n    <link>https://www.nassausentinel.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc</link>\n"
               "    <atom:link href=\"https://www.nassausentinel.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "    <description>nassausentinel.com - RSS Results in news/world of type article</description>\n    <generator>TownNews.com Content Management System</generator>\n"
               "    <docs>http://www.rssboard.org/rss-specification</docs>\n    <ttl>30</ttl>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"' + NS_DC + ' xmlns:georss="http://www.georss.org/georss" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n  <channel>\n'
            + channel + "".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_bs_nassausentinel_world_blox.rss.xml", text, items, lang="en", outlet="The Nassau Sentinel", aliases=["Nassau Sentinel", "nassausentinel.com"],
                structure="TownNews BLOX-style search-results RSS (/search/?f=rss&t=article&c=news/world): channel title and description 'domain - RSS Results in <section> of type article', search URL with &amp; as link and atom:link self, BLOX generator, UUID non-permalink guids before the link, dc:creator holding the printed byline in upper case ('By NAME Job title e-mail', 'By NAME Associated Press'), upper-case first word of the teaser, '(AP) —' dateline, empty dc:creator on an editorial, enclosure thumbnails with resize query, a readers'-choice promo, -0500 dates")


# ---------------------------------------------------------------- New Vision-style (Uganda), ISO 8601 in pubDate
def pearlvision():
    rows, items = [], []
    o = 3

    def add(aid, slug, title, when, author, desc, exp):
        url = f"https://www.pearlvision.co.ug/articledetails/{aid}/{slug}"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid>{url}</guid>\n<author>{esc(author)}</author>\n<pubDate>{when.isoformat()}</pubDate>\n<description>{esc(desc)}</description>\n</item>")
        items.append(exp(url))

    w = d(9, 16, 45, 0, o)
    add(261184, "uganda-drc-extend-joint-operation-against-adf", "Uganda, DR Congo Extend Joint Operation Against ADF Rebels", w, "Vision Reporter",
        "<p>The two armies will keep troops in Ituri and North Kivu for another six months, the defence ministry has said</p><p>Operation Shujaa began in 2021.</p>",
        lambda k: it(k, "Uganda, DR Congo Extend Joint Operation Against ADF Rebels", w, [], note="Desk credit 'Vision Reporter' is not a person."))
    w = d(9, 14, 10, 0, o)
    add(261170, "south-sudan-peace-talks-resume-in-nairobi", "South Sudan Peace Talks Resume In Nairobi", w, "Brian Ssekandi Okello",
        "<p>Holdout groups returned to the table after a four-month break.Mediators hope for a deal before the rainy season</p>",
        lambda k: it(k, "South Sudan Peace Talks Resume In Nairobi", w, ["Brian Ssekandi Okello"]))
    w = d(9, 11, 55, 0, o)
    add(261151, "cranes-name-squad-for-afcon-qualifier", "Cranes Name Squad For AFCON Qualifier", w, "Fred Kalibbala &amp; Joan Nakato",
        "<p>Coach names four new faces for the trip to Algiers.</p>",
        lambda k: it(k, "Cranes Name Squad For AFCON Qualifier", w, ["Fred Kalibbala", "Joan Nakato"], rel=False, note="Two persons joined by an escaped ampersand (double-escaped in the XML)."))
    w = d(9, 9, 20, 0, o)
    add(261140, "kampala-traders-strike-over-tax-stamps", "Kampala Traders Strike Over Digital Tax Stamps", w, "Vision Reporter",
        "<p>Shops on Kikuubo lane stayed closed for a second day.</p>",
        lambda k: it(k, "Kampala Traders Strike Over Digital Tax Stamps", w, [], rel=False))
    w = d(8, 20, 30, 0, o)
    add(261122, "eac-summit-burundi-rwanda-agree-to-reopen-border", "EAC Summit: Burundi, Rwanda Agree To Reopen Border", w, "Agencies",
        "<p>Leaders meeting in Arusha welcomed the move, which ends a two-year closure</p><ul><li>Trade to resume at Akanyaru</li><li>Joint verification team to report in May</li></ul>",
        lambda k: it(k, "EAC Summit: Burundi, Rwanda Agree To Reopen Border", w, [], note="'Agencies' is not a person."))
    w = d(8, 10, 0, 0, o)
    add(261101, "win-a-trip-to-murchison-falls", "Win A Weekend Trip To Murchison Falls", w, "Pearl Vision",
        "<p>Buy Saturday's paper, fill in the coupon and stand a chance to win.</p>",
        lambda k: it(k, "Win A Weekend Trip To Murchison Falls", w, [], story=False, rel=False, note="Reader competition."))
    channel = ("<title>Pearl Vision | World</title>\n<link>https://www.pearlvision.co.ug/category/world</link>\n<description>Uganda's leading daily</description>\n<language>en-ug</language>\n"
               "<copyright>Pearl Vision Printing and Publishing Company Limited</copyright>")
    return feed("en_ug_pearlvision_world.rss.xml", rss(channel, rows), items, lang="en", outlet="Pearl Vision", aliases=["The Pearl Vision"],
                structure="New Vision (Uganda)-style RSS from a custom .NET CMS: channel 'Brand | Section', pubDate written in ISO 8601 ('2027-03-09T16:45:00+03:00') instead of RFC 822, Title Case Headlines, <author> holding a person, 'A &amp;amp; B' (double-escaped ampersand), 'Vision Reporter', 'Agencies' or the brand, '/articledetails/<id>/<slug>' links as bare guids, escaped <p> descriptions with a standfirst without final stop, <ul> bullets and a missing space after a full stop, a reader competition, Limited copyright, +03:00 dates")


# ---------------------------------------------------------------- Kurdistan24-style (Iraq), dc:date only
def zagros24():
    rows, items = [], []
    o = 3

    def add(nid, slug, title, when, creator, desc, exp):
        url = f"https://www.zagros24.net/en/story/{nid}/{slug}"
        rows.append(f"\t\t<item>\n\t\t\t<title>{esc(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<description>{cd(desc)}</description>\n\t\t\t<dc:creator>{esc(creator)}</dc:creator>\n\t\t\t<dc:date>{when.isoformat()}</dc:date>\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>\n\t\t</item>")
        items.append(exp(url))

    w = d(9, 15, 12, 0, o)
    add(38211, "erbil-baghdad-agree-to-restart-oil-exports-via-ceyhan", "Erbil and Baghdad agree to restart oil exports via Ceyhan", w, "Zagros24",
        "ERBIL (Zagros24) – The Kurdistan Region and the federal government agreed on Tuesday to resume crude exports through the Iraq-Türkiye pipeline from April 1",
        lambda k: it(k, "Erbil and Baghdad agree to restart oil exports via Ceyhan", w, [], junk=["ERBIL (Zagros24) –"]))
    w = d(9, 12, 30, 0, o)
    add(38204, "turkish-drone-strike-kills-two-near-sulaimani", "Turkish drone strike kills two near Sulaimani, officials say", w, "Shvan Barzinji",
        "SULAIMANI (Zagros24) – Two people were killed when a drone hit a car on the road to Penjwen, local officials said.“They were farmers,” said Hemin Qadir, the district mayor.",
        lambda k: it(k, "Turkish drone strike kills two near Sulaimani, officials say", w, ["Shvan Barzinji"], junk=["SULAIMANI (Zagros24) –"], quotes=[q("Hemin Qadir", "district mayor")]))
    w = d(9, 10, 0, 0, o)
    add(38199, "iran-iraq-foreign-ministers-discuss-border-security", "Iran, Iraq foreign ministers discuss border security in Tehran", w, "Zagros24",
        "ERBIL (Zagros24) – The two ministers reviewed the 2023 security agreement on armed Kurdish opposition groups near the border.",
        lambda k: it(k, "Iran, Iraq foreign ministers discuss border security in Tehran", w, [], junk=["ERBIL (Zagros24) –"]))
    w = d(8, 18, 45, 0, o)
    add(38190, "erbil-citadel-reopens-after-restoration", "Erbil Citadel reopens to visitors after restoration", w, "Lana Aziz",
        "ERBIL (Zagros24) – The UNESCO-listed site reopened with a new museum of Kurdish textiles",
        lambda k: it(k, "Erbil Citadel reopens to visitors after restoration", w, ["Lana Aziz"], rel=False, junk=["ERBIL (Zagros24) –"]))
    w = d(8, 14, 0, 0, o)
    add(38182, "newroz-2027-where-to-celebrate", "Newroz 2027: Seven places to celebrate in the Kurdistan Region", w, "Zagros24",
        "From Akre's torch-lit mountain to Duhok's Zawa hill, our guide to this year's festivities.",
        lambda k: it(k, "Newroz 2027: Seven places to celebrate in the Kurdistan Region", w, [], story=False, rel=False, note="Holiday guide listicle."))
    w = d(8, 9, 30, 0, o)
    add(38175, "duhok-reach-iraqi-cup-semi-finals", "Duhok SC reach Iraqi Cup semi-finals", w, "Zagros24",
        "DUHOK (Zagros24) – A penalty shootout sent the club through.",
        lambda k: it(k, "Duhok SC reach Iraqi Cup semi-finals", w, [], rel=False))
    channel = ("\t\t<title>Zagros24 - World</title>\n\t\t<link>https://www.zagros24.net/en/world</link>\n\t\t<description>Zagros24 English - World</description>\n\t\t<language>en</language>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + NS_DC + ">\n\t<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_iq_zagros24_world.rss.xml", text, items, lang="en", outlet="Zagros24", aliases=["Zagros 24"],
                structure="Kurdistan24-style RSS from a custom CMS: tab indentation with items indented twice, channel 'Brand - Section', NO pubDate (dates only in dc:date as ISO 8601 with +03:00), dc:creator holding a person or the brand, CDATA descriptions opening with an upper-case 'CITY (Brand) –' dateline, a missing space after a full stop before a curly quote, permalink guids, a Newroz holiday listicle")


# ---------------------------------------------------------------- LSM-style public broadcaster English Atom (Latvia)
def daugava():
    entries, items = [], []
    o = 2

    def add(aid, sec, slug, title, when, upd, authors, html, exp):
        url = f"https://eng.daugava.lv/article/{sec}/{slug}.a{aid}/"
        au = "".join(f"<author><name>{esc(a)}</name></author>" for a in authors)
        entries.append(f"  <entry>\n    <title type=\"html\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{url}</id>\n"
                       f"    <published>{when.isoformat()}</published>\n    <updated>{upd.isoformat()}</updated>\n    {au}\n    <content type=\"html\">{esc(html)}</content>\n  </entry>")
        items.append(exp(url))

    w = d(9, 14, 2, 0, o)
    add(512884, "defense", "latvia-to-build-second-line-of-anti-tank-obstacles", "Latvia to build second line of &#039;dragon&#039;s teeth&#039; on eastern border", w, d(9, 16, 30, 0, o), ["Daugava News"],
        "<p>The Defense Ministry will place another 5,000 concrete obstacles along the border with Russia and Belarus by the end of the year</p><p>The first line was completed in February.</p>",
        lambda k: it(k, "Latvia to build second line of 'dragon's teeth' on eastern border", w, [], note="Entity-escaped apostrophes in an html title; the brand as author."))
    w = d(9, 12, 15, 0, o)
    add(512871, "politics", "saeima-backs-joint-ammunition-purchase-with-estonia", "Saeima backs joint ammunition purchase with Estonia", w, d(9, 12, 15, 0, o), ["LETA", "Daugava News"],
        "<p>Lawmakers approved a framework agreement worth up to 300 million euros</p><ul><li>Deliveries from 2028</li><li>Lithuania may join later</li></ul>",
        lambda k: it(k, "Saeima backs joint ammunition purchase with Estonia", w, ["LETA"], note="Agency LETA and the brand as authors. [] is also correct"))
    w = d(9, 9, 40, 0, o)
    add(512860, "economy", "riga-public-transport-fares-to-rise-from-april", "Riga public transport fares to rise from April", w, d(9, 10, 5, 0, o), ["Anna Ozoliņa"],
        "<p>A single e-ticket will cost 1.70 euros.Season tickets stay unchanged</p>",
        lambda k: it(k, "Riga public transport fares to rise from April", w, ["Anna Ozoliņa"], rel=False))
    w = d(8, 22, 10, 0, o)
    add(512851, "sports", "latvia-beat-finland-in-euro-hockey-challenge", "Latvia beat Finland in Euro Hockey Challenge", w, d(8, 22, 10, 0, o), ["Daugava News"],
        "<p>A 3-2 win in Liepāja.</p>",
        lambda k: it(k, "Latvia beat Finland in Euro Hockey Challenge", w, [], rel=False))
    w = d(8, 17, 0, 0, o)
    add(512840, "culture", "weekend-events-what-s-on-in-latvia", "Weekend events: What&#039;s on in Latvia", w, d(8, 17, 0, 0, o), ["Daugava News"],
        "<p>Concerts, markets and a birdwatching day on Lake Engure.</p>",
        lambda k: it(k, "Weekend events: What's on in Latvia", w, [], story=False, rel=False, note="Events listing."))
    w = d(8, 11, 25, 0, o)
    add(512829, "politics", "latvia-summons-belarusian-charge-d-affaires-over-balloons", "Latvia summons Belarusian chargé d&#039;affaires over smuggling balloons", w, d(8, 15, 0, 0, o), ["Kristaps Bērziņš", "Ilze Kalniņa"],
        "<p>The Foreign Ministry said 40 balloons carrying cigarettes crossed into Latgale last week</p><p>“This is a deliberate hybrid provocation,” said ministry spokesperson Jānis Vītols.</p>",
        lambda k: it(k, "Latvia summons Belarusian chargé d'affaires over smuggling balloons", w, ["Kristaps Bērziņš", "Ilze Kalniņa"], quotes=[q("Jānis Vītols")]))
    head = ("  <title>Daugava News in English</title>\n  <subtitle>News from Latvia's public broadcaster</subtitle>\n  <link rel=\"alternate\" type=\"text/html\" href=\"https://eng.daugava.lv/\"/>\n"
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"https://eng.daugava.lv/atom/\"/>\n  <id>https://eng.daugava.lv/</id>\n"
            f"  <updated>{d(9, 16, 30, 0, o).isoformat()}</updated>\n  <rights>© VSIA Daugavas Mediji</rights>")
    text = atom(head, entries, ns=' xml:lang="en"')
    return feed("en_lv_daugava_english.atom.xml", text, items, lang="en", outlet="Daugava News", shape="atom", ctype="application/atom+xml; charset=utf-8",
                structure="LSM-style (Latvian public broadcaster) English Atom feed: xml:lang on <feed>, two-space indentation, title 'Brand in English' with a <subtitle>, article URLs ending '.a<id>/' as entry ids, published and later updated stamps, one <author> per credit (the brand, the agency LETA, persons with Latvian diacritics), title type=html with '&amp;#039;' apostrophes, html content only (no summary) with standfirst without final stop, <ul> bullets and a missing space after a full stop, an events listing, VSIA rights, +02:00 stamps")


# ---------------------------------------------------------------- Tehran Times-style (Iran), +0330
def persiantribune():
    rows, items = [], []
    o = 3.5

    def add(nid, title, when, desc, exp):
        url = f"https://www.persiantribune.ir/news/{nid}/"
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><description>{esc(desc)}</description><pubDate>{rfc822(when)}</pubDate><guid>{url}</guid>"
                    f"<enclosure url=\"https://media.persiantribune.ir/d/2027/03/{when.day:02d}/2/{nid}.jpg\" length=\"0\" type=\"image/jpeg\" /></item>")
        items.append(exp(url))

    w = d(9, 19, 30, 0, o)
    add(503318, "Iran, Oman discuss maritime security in Strait of Hormuz", w,
        "TEHRAN – Iranian and Omani naval commanders met in Muscat on Tuesday to discuss joint patrols in the Strait of Hormuz, the Iranian Navy said in a statement",
        lambda k: it(k, "Iran, Oman discuss maritime security in Strait of Hormuz", w, [], junk=["TEHRAN –"]))
    w = d(9, 17, 0, 0, o)
    add(503301, "Tehran hosts ECO transport ministers on rail corridor", w,
        "TEHRAN – Transport ministers of the Economic Cooperation Organization gathered in Tehran to finalise the Islamabad-Tehran-Istanbul container train timetable.",
        lambda k: it(k, "Tehran hosts ECO transport ministers on rail corridor", w, [], junk=["TEHRAN –"]))
    w = d(9, 14, 20, 0, o)
    add(503288, "Esteghlal hold Persepolis in goalless capital derby", w,
        "TEHRAN – The 104th Tehran derby ended 0-0 at Azadi Stadium.",
        lambda k: it(k, "Esteghlal hold Persepolis in goalless capital derby", w, [], rel=False, junk=["TEHRAN –"]))
    w = d(9, 10, 5, 0, o)
    add(503270, "Schools in Tehran closed as air pollution peaks", w,
        "TEHRAN – Primary schools will stay closed on Wednesday, the provincial crisis committee said.",
        lambda k: it(k, "Schools in Tehran closed as air pollution peaks", w, [], rel=False, junk=["TEHRAN –"]))
    w = d(9, 8, 0, 0, o)
    add(503262, "Photo: Nowruz shopping in Tajrish bazaar", w,
        "",
        lambda k: it(k, "Photo: Nowruz shopping in Tajrish bazaar", w, [], story=False, rel=False, note="Photo item with an empty description."))
    w = d(8, 21, 10, 0, o)
    add(503240, "Why the nuclear deal’s ghost still haunts Vienna", w,
        "By Mahmoud Rezaei Talab Five years after the last round of talks, European diplomats still measure every proposal against a deal that no longer exists.The lesson for Brussels is clear",
        lambda k: it(k, "Why the nuclear deal’s ghost still haunts Vienna", w, ["Mahmoud Rezaei Talab"], junk=["By Mahmoud Rezaei Talab"], note="Op-ed: the byline 'By Name' is glued to the first sentence of the description."))
    channel = ("<title>Persian Tribune - Politics</title><link>https://www.persiantribune.ir/service/Politics</link><description>Persian Tribune, Iran's leading international daily</description><language>en</language>"
               "<copyright>All rights reserved for Persian Tribune Institute</copyright>")
    return feed("en_ir_persiantribune_politics.rss.xml", rss(channel, rows, sep=""), items, lang="en", outlet="Persian Tribune", aliases=["The Persian Tribune"],
                structure="Tehran Times-style RSS from a custom CMS shared with sister agencies: single line, channel 'Brand - Section' with a '/service/<Section>' link, no author element, plain descriptions opening with an upper-case 'TEHRAN –' dateline, an op-ed whose 'By Name' byline is glued to the first sentence, a missing space after a full stop, '/news/<id>/' links as bare guids, length-0 enclosures, a photo item with an empty description, curly apostrophe in a title, +0330 (Iran Standard Time) dates")


# ---------------------------------------------------------------- Hugo-built tech news site
def patchnotes():
    rows, items = [], []

    def add(slug, title, when, desc, exp):
        url = f"https://patchnotes.news/posts/{slug}/"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <pubDate>{rfc822(when)}</pubDate>\n      <author>editors@patchnotes.news (Patch Notes)</author>\n      <guid>{url}</guid>\n      <description>{esc(desc)}</description>\n    </item>")
        items.append(exp(url))

    w = d(9, 15, 0)
    add("eu-opens-dma-probe-into-app-store-age-checks", "EU opens DMA probe into app store age checks", w,
        "<p>The European Commission has opened a non-compliance investigation into how two app stores verify users’ ages under the Digital Markets Act</p><p>Fines could reach 10% of global turnover.</p>",
        lambda k: it(k, "EU opens DMA probe into app store age checks", w, [], note="Hugo writes the site author ('e-mail (Brand)') on every item: not a person."))
    w = d(9, 11, 30)
    add("us-adds-14-chinese-firms-to-entity-list", "US adds 14 Chinese chip firms to the Entity List", w,
        "<p>The Commerce Department's new rule targets makers of lithography parts.Beijing called it “technological bullying”</p>",
        lambda k: it(k, "US adds 14 Chinese chip firms to the Entity List", w, []))
    w = d(8, 16, 45)
    add("review-modulo-tab-repairable-to-a-fault", "Review: the Modulo Tab is repairable to a fault", w,
        "<p>Every part of this tablet comes out with one screwdriver. The battery life, sadly, is from 2019</p>",
        lambda k: it(k, "Review: the Modulo Tab is repairable to a fault", w, [], rel=False, note="Product review. Title label 'Review:' may be kept or dropped"))
    w = d(8, 9, 0)
    add("this-week-in-patches-2027-10", "This week in patches: Linux 7.1-rc3, Firefox 149, OpenSSH 10.2", w,
        "<ul><li>Linux 7.1-rc3</li><li>Firefox 149</li><li>OpenSSH 10.2</li></ul>",
        lambda k: it(k, "This week in patches: Linux 7.1-rc3, Firefox 149, OpenSSH 10.2", w, [], story=False, rel=False, note="Weekly release round-up."))
    w = d(5, 12, 0)
    add("we-are-hiring-a-security-reporter", "We're hiring a security reporter", w,
        "<p>Remote, full time. Apply by March 31.</p>",
        lambda k: it(k, "We're hiring a security reporter", w, [], story=False, rel=False, note="Job advert."))
    w = d(4, 8, 20)
    add("india-data-localisation-rule-payment-apps", "India’s data-localisation rule takes effect for payment apps", w,
        "<p>Foreign payment apps must now keep transaction data only on servers in India, the Reserve Bank said</p>",
        lambda k: it(k, "India’s data-localisation rule takes effect for payment apps", w, []))
    channel = ("    <title>Posts on Patch Notes</title>\n    <link>https://patchnotes.news/posts/</link>\n    <description>Recent content in Posts on Patch Notes</description>\n    <generator>Hugo -- gohugo.io</generator>\n"
               f"    <language>en-us</language>\n    <managingEditor>editors@patchnotes.news (Patch Notes)</managingEditor>\n    <copyright>© 2027 Patch Notes Media LLC</copyright>\n    <lastBuildDate>{rfc822(d(9, 15, 0))}</lastBuildDate>\n"
               "    <atom:link href=\"https://patchnotes.news/posts/index.xml\" rel=\"self\" type=\"application/rss+xml\" />")
    text = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_tech_patchnotes_hugo.rss.xml", text, items, lang="en", outlet="Patch Notes", topic="tech",
                structure="Hugo static-site RSS (default template, /posts/index.xml) of a tech-news site: standalone=\"yes\" declaration, channel 'Posts on Brand' with 'Recent content in Posts on Brand', Hugo generator, managingEditor and the same site-wide <author> ('e-mail (Brand)') on every item, link = bare guid, escaped HTML summaries (one only a <ul>), tech-policy stories next to a review, a weekly release round-up and a job advert, LLC copyright, +0000 dates")


# ---------------------------------------------------------------- Squarespace-hosted science magazine
def tideline():
    rows, items = [], []

    def add(sid, slug, title, when, creator, cat, html, exp):
        url = f"https://www.tidelinejournal.org/stories/{slug}"
        key = f"5e8f2a1b9c0d3e4f5a6b7c8d:5e8f2b3c9c0d3e4f5a6b7c9e:{sid}"
        rows.append(f"<item><title>{esc(title)}</title><category>{esc(cat)}</category><dc:creator>{esc(creator)}</dc:creator><pubDate>{rfc822(when)}</pubDate><link>{url}</link>"
                    f"<guid isPermaLink=\"false\">{key}</guid><description>{cd(html)}</description>"
                    f"<media:content type=\"image/jpeg\" url=\"https://images.squarespace-cdn.example/content/v1/{sid}/hero.jpg?format=1500w\" medium=\"image\" isDefault=\"true\" width=\"1500\" height=\"1000\"><media:title type=\"plain\">{esc(title)}</media:title></media:content></item>")
        items.append(exp(key))

    w = d(9, 14, 0)
    add("65f0a1b2c3d4e5f6a7b8c901", "isa-vote-deep-sea-mining", "What the seabed authority’s vote means for deep-sea mining", w, "Hana Lindqvist", "Policy",
        '<p class="">The International Seabed Authority’s council voted in Kingston to delay a mining code until 2029</p><p class="">Seventeen member states now back a moratorium.“The science is not there yet,” said Rafael Souto, a deep-sea ecologist at the University of the Azores.</p>',
        lambda k: it(k, "What the seabed authority’s vote means for deep-sea mining", w, ["Hana Lindqvist"], quotes=[q("Rafael Souto", "University of the Azores")], junk=['class=""']))
    w = d(8, 15, 30)
    add("65f0a1b2c3d4e5f6a7b8c902", "coral-spawning-record-depth-palau", "Corals spawn at record depth off Palau", w, "Tomás Iriarte", "Reefs",
        '<p class="">Divers filmed spawning at 62 metres, twice the depth previously recorded</p>',
        lambda k: it(k, "Corals spawn at record depth off Palau", w, ["Tomás Iriarte"], rel=False))
    w = d(8, 9, 0)
    add("65f0a1b2c3d4e5f6a7b8c903", "listen-episode-42-sound-of-melting-glaciers", "Listen: The sound of melting glaciers (Episode 42)", w, "Tideline Journal", "Podcast",
        '<p class="">This week on the Tideline podcast: hydrophones in a Greenland fjord.</p>',
        lambda k: it(k, "Listen: The sound of melting glaciers (Episode 42)", w, [], story=False, rel=False, note="Podcast episode."))
    w = d(5, 13, 0)
    add("65f0a1b2c3d4e5f6a7b8c904", "do-octopuses-dream", "Do octopuses dream? Maybe", w, "Guest Contributor", "Biology",
        '<p class="">Sleeping octopuses flash colour patterns that look like their waking hunts.</p>',
        lambda k: it(k, "Do octopuses dream? Maybe", w, [], rel=False, note="'Guest Contributor' is not a person."))
    w = d(3, 10, 0)
    add("65f0a1b2c3d4e5f6a7b8c905", "field-notes-a-week-on-a-krill-trawler", "Field notes: A week on a krill trawler", w, "Mira Okonkwo-Hale", "Field notes",
        '<p class="">Seven days in the Scotia Sea with a fisheries observer</p>',
        lambda k: it(k, "Field notes: A week on a krill trawler", w, ["Mira Okonkwo-Hale"], rel=False))
    w = d(2, 18, 0)
    add("65f0a1b2c3d4e5f6a7b8c906", "antarctic-krill-limits-no-deal", "Antarctic treaty nations fail to agree on krill catch limits", w, "Hana Lindqvist", "Policy",
        '<p class="">The commission that manages Southern Ocean fisheries ended its special session in Hobart without a deal, after two members blocked a new catch limit.</p>',
        lambda k: it(k, "Antarctic treaty nations fail to agree on krill catch limits", w, ["Hana Lindqvist"]))
    channel = (f"<title>Stories - Tideline Journal</title><link>https://www.tidelinejournal.org/stories/</link><lastBuildDate>{rfc822(d(9, 14, 5))}</lastBuildDate><language>en-US</language>"
               "<generator>Site-Server v6.4.1 (http://www.squarespace.com)</generator><description><![CDATA[]]></description>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!--Generated by Site-Server v6.4.1 (http://www.squarespace.com) on Tue, 09 Mar 2027 14:05:00 GMT\n-->'
            '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_science_tideline_squarespace.rss.xml", text, items, lang="en", outlet="Tideline Journal", topic="science",
                structure="Squarespace blog RSS of an ocean-science magazine: 'Generated by Site-Server' comment between the declaration and <rss>, single line, channel 'Collection - Site' with an empty CDATA description, category before dc:creator, 'site:collection:item' 24-hex non-permalink guids, CDATA descriptions with <p class=\"\"> paragraphs (standfirst without final stop, a missing space before a curly quote), media:content with a media:title, dc:creator holding persons, the brand or 'Guest Contributor', a podcast episode, +0000 dates")


FEEDS = [saigonexpress, ammanchronicle, araratpress, nassausentinel, pearlvision, zagros24, daugava, persiantribune, patchnotes, tideline]
