# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Publisher-side distribution feeds of the thirty-fourth held-out set: a Facebook Instant
Articles feed (South Africa, 2019), a WordPress country tag feed (Canada, 2024), an
Apple-News-style JSON Feed 1.1 partner feed (Ireland, 2025), a tech site still behind
FeedBurner (2020), a Ghost tag feed of a science magazine (2026), a TYPO3 person-tag feed
(Germany, 2025) and an AMP-first Italian site (2023). All outlets, people and quotations are
invented."""
import json

from h34 import d, esc, feed, gmt, isoz, it, q, rfc822, utc0, wpt


# ---------------------------------------------------------------- Facebook Instant Articles feed (WordPress plugin), South Africa, September 2019
def instant_za():
    rows, items = [], []
    base = "https://www.jacarandapost.example"

    def add(pid, slug, title, when, authors, excerpt, body, exp, bios=None, kicker=""):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        addr = "".join(f'<address><a>{a}</a>{(bios or {}).get(a, "")}</address>' for a in authors)
        doc = (f'<!doctype html><html lang="en" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8"><link rel="canonical" href="{url}">'
               f'<meta property="op:markup_version" content="v1.0"><meta property="fb:article_style" content="default"></head><body><article><header>'
               + (f'<h3 class="op-kicker">{kicker}</h3>' if kicker else "")
               + f'<h1>{esc(title)}</h1><time class="op-published" datetime="{isoz(when)}">{f"{when:%B} {when.day}, {when.year}"}</time>'
               f'<time class="op-modified" dateTime="{isoz(when)}">{f"{when:%B} {when.day}, {when.year}"}</time>{addr}'
               f'<figure><img src="{base}/wp-content/uploads/{when.strftime("%Y/%m")}/{slug[:20]}.jpg" /></figure>'
               '<figure class="op-ad"><iframe width="300" height="250" style="border:0; margin:0;" src="https://www.facebook.com/adnw_request?placement=2051123_98765&amp;adtype=banner300x250"></iframe></figure>'
               f"</header>{body}"
               f'<figure class="op-tracker"><iframe hidden>&lt;script&gt;ga("send","pageview","{slug}")&lt;/script&gt;</iframe></figure>'
               '<footer><small>© 2019 Jacaranda Media (Pty) Ltd</small></footer></article></body></html>')
        au = "".join(f"\n\t\t\t\t\t\t<author>{esc(a)}</author>" for a in authors)
        rows.append(f"\t\t\t<item>\n\t\t\t\t<title>{wpt(title)}</title>\n\t\t\t\t<link>{url}</link>\n\t\t\t\t<content:encoded><![CDATA[{doc}]]></content:encoded>\n"
                    f"\t\t\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t\t\t<description><![CDATA[{excerpt} [&hellip;]]]></description>\n"
                    f"\t\t\t\t<pubDate>{isoz(when.astimezone(d(2019, 1, 1, 0, 0).tzinfo))}</pubDate>\n\t\t\t\t<modDate>{isoz(when.astimezone(d(2019, 1, 1, 0, 0).tzinfo))}</modDate>{au}\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    ia_junk = ["Jacaranda Media", "(Pty) Ltd", "ga(", "pageview"]
    w = d(2019, 9, 11, 16, 20, 0, 2)
    add(48211, "nigeria-begins-evacuating-citizens-after-xenophobic-attacks", "Nigeria begins evacuating citizens from South Africa after xenophobic attacks", w,
        ["Lerato Mahlangu", "Chidi Okonkwo-Sithole"],
        "The first of two chartered flights carrying Nigerians who want to leave South Africa after last week's attacks on foreign-owned shops left OR Tambo International Airport on Wednesday",
        "<p>The first of two chartered flights carrying Nigerians who want to leave South Africa after last week's attacks on foreign-owned shops left OR Tambo International Airport on Wednesday, with 187 passengers on board.</p>"
        "<p>Pretoria has sent special envoys to seven African countries to repair relations, after Nigeria recalled its ambassador and boycotted an economic forum in Cape Town.</p>"
        "<p>\u201cThe damage to South Africa's standing on the continent will take years to repair,\u201d said Prof Nomvula Dube of the Centre for African Diplomacy at the University of the Witwatersrand.</p>",
        lambda k: it(k, "Nigeria begins evacuating citizens from South Africa after xenophobic attacks", w, ["Lerato Mahlangu", "Chidi Okonkwo-Sithole"],
                     quotes=[q("Nomvula Dube", "Centre for African Diplomacy")], junk=ia_junk,
                     note="Instant Articles feed: content:encoded is a whole HTML document (doctype, head with op:markup_version, header with op-published time, <address> per author, an op-ad iframe, an op-tracker analytics iframe, a copyright footer); description is WordPress's auto-excerpt ending ' [&hellip;]'. Two <author> elements. pubDate is ISO 8601 ('2019-09-11T14:20:00+00:00'), not RFC 822. South Africa's relations with Nigeria: relevant."))
    w = d(2019, 9, 6, 11, 5, 0, 2)
    add(48102, "zimbabwe-founding-president-dies-at-95", "Zimbabwe's founding president dies in Singapore at 95", w,
        ["Staff Reporter"],
        "Zimbabwe's first post-independence leader, who ruled for 37 years until he was forced out in 2017, has died in a hospital in Singapore",
        "<p>Zimbabwe's first post-independence leader, who ruled for 37 years until he was forced out in 2017, has died in a hospital in Singapore, the government in Harare announced on Friday.</p>"
        "<p>President Cyril Ramaphosa's office said South Africa would send a delegation to the state funeral.</p>",
        lambda k: it(k, "Zimbabwe's founding president dies in Singapore at 95", w, [], junk=ia_junk,
                     note="<author> 'Staff Reporter' (also in the <address>): not a person. A neighbour's former head of state dies: relevant."))
    w = d(2019, 9, 10, 7, 45, 0, 2)
    add(48190, "eskom-warns-of-load-shedding-as-units-break-down", "Eskom warns of load-shedding as six units break down", w,
        ["Sipho Ndlovu"],
        "The power utility said it might have to cut up to 2,000 megawatts from the grid this week after six generating units at three power stations broke down",
        "<p>The power utility said it might have to cut up to 2,000 megawatts from the grid this week after six generating units at three power stations broke down overnight.</p>",
        lambda k: it(k, "Eskom warns of load-shedding as six units break down", w, ["Sipho Ndlovu"], rel=False, junk=ia_junk, note="Home (South African) utility news: a story, not relevant."))
    w = d(2019, 9, 9, 19, 0, 0, 2)
    add(48177, "springboks-arrive-in-japan-for-rugby-world-cup", "Springboks arrive in Japan for the Rugby World Cup", w,
        ["Bongani Khumalo"],
        "The national team landed in Tokyo on Monday, eleven days before their opening match against New Zealand in Yokohama",
        "<p>The national team landed in Tokyo on Monday, eleven days before their opening match against New Zealand in Yokohama.</p>",
        lambda k: it(k, "Springboks arrive in Japan for the Rugby World Cup", w, ["Bongani Khumalo"], rel=False, junk=ia_junk, note="Sport: a story, not relevant."))
    w = d(2019, 9, 12, 9, 30, 0, 2)
    add(48230, "opinion-sadc-must-speak-with-one-voice-on-migration", "SADC must speak with one voice on migration", w,
        ["Thandiwe Mokoena"],
        "When shops burn in Johannesburg, the whole region pays. Southern Africa's leaders need a common answer",
        "<p>When shops burn in Johannesburg, the whole region pays. Southern Africa's leaders need a common answer, not seven bilateral apologies.</p>"
        "<p>The Southern African Development Community has a protocol on the free movement of persons that only four members have ratified.</p>",
        lambda k: it(k, "SADC must speak with one voice on migration", w, ["Thandiwe Mokoena"], junk=[*ia_junk, "is a senior researcher"],
                     note="Opinion: the IA kicker 'Opinion' is in the header (not in the title). The <address> holds the author's name followed by a bio ('… is a senior researcher at the Institute for Regional Integration'): the author is the name only. Regional migration policy: relevant."),
        bios={"Thandiwe Mokoena": " is a senior researcher at the Institute for Regional Integration."}, kicker="Opinion")
    w = d(2019, 9, 8, 12, 0, 0, 2)
    add(48160, "gallery-heritage-month-kicks-off-in-tshwane", "Gallery: Heritage Month kicks off in Tshwane", w,
        ["Photo Desk"],
        "Our photographers were at the opening of Heritage Month celebrations at the Union Buildings",
        '<figure class="op-slideshow"><figure><img src="https://www.jacarandapost.example/wp-content/uploads/2019/09/heritage-1.jpg" /><figcaption>Dancers at the Union Buildings. Picture: Photo Desk</figcaption></figure>'
        '<figure><img src="https://www.jacarandapost.example/wp-content/uploads/2019/09/heritage-2.jpg" /></figure></figure>',
        lambda k: it(k, "Heritage Month kicks off in Tshwane", w, [], story=False, rel=False, note="An op-slideshow gallery: not a story. Title label 'Gallery:' may be kept or dropped."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n\t<channel>\n'
            f"\t\t<title>The Jacaranda Post - Instant Articles</title>\n\t\t<link>{base}</link>\n\t\t<description>Pretoria&#039;s independent daily</description>\n"
            f"\t\t<lastBuildDate>{isoz(d(2019, 9, 12, 7, 31, 2, 0))}</lastBuildDate>\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_za_jacarandapost_instant_articles_2019.rss.xml", text, items, lang="en", outlet="The Jacaranda Post", aliases=["Jacaranda Post"],
                ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Pretoria daily's Facebook Instant Articles feed from the WordPress 'Instant Articles for WP' plugin (/feed/instant-articles), September 2019: the plugin's template — declaration glued to <rss> with only the content namespace, channel 'Brand - Instant Articles', NO language, lastBuildDate and item pubDate/modDate in ISO 8601 ('c' format, +00:00; newsroom +0200) instead of RFC 822, items ordered title, link, content:encoded, guid ('?p=<id>'), description, pubDate, modDate, then one plain <author> per byline ('Staff Reporter', 'Photo Desk' and people); content:encoded is a whole IA HTML document (doctype, op:markup_version, header with an op-kicker, h1, op-published/op-modified times, <address> per author with a bio after the name, a lead <figure>, an op-ad iframe), the body, an op-tracker analytics iframe and a copyright footer naming the company; CDATA auto-excerpts ending ' [&hellip;]'; an opinion kicker, home utility news, sport and an op-slideshow gallery",
                notes="Relevance for a South African reader. The op-ad, op-tracker and footer are markup, not text; the author bio in <address> is not part of the name.")


# ---------------------------------------------------------------- WordPress country tag feed with Yoast, Canada, March 2024
def tag_ca():
    rows, items = [], []
    base = "https://www.prairiestandard.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f'<p>The post <a href="{url}">{wpt(title)}</a> appeared first on <a href="{base}">The Prairie Standard</a>.</p>\n'
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t<pubDate>{utc0(when)}</pubDate>{cts}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>\n"
                    f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    yj = ["appeared first on"]
    w = d(2024, 3, 8, 16, 40, 0, -6)
    add(219044, "un-security-council-calls-for-ramadan-ceasefire-in-sudan", "UN Security Council calls for Ramadan ceasefire in Sudan", w, "Amira Hassan-Lafleur", ["World", "Africa", "Sudan"],
        "The council voted 14 to zero, with Russia abstaining, for a halt to fighting during the holy month.",
        "<p>The UN Security Council voted 14 to zero on Friday, with Russia abstaining, for a halt to fighting in Sudan during the holy month of Ramadan, nearly 11 months into a war that has displaced more than eight million people.</p>"
        "<p>\u201cA resolution is not a ceasefire until the men with guns accept it,\u201d said Osman Abdelrahim, a Sudanese lawyer who now lives in Calgary and advises a diaspora relief network.</p>",
        lambda k: it(k, "UN Security Council calls for Ramadan ceasefire in Sudan", w, ["Amira Hassan-Lafleur"], quotes=[q("Osman Abdelrahim")], junk=yj,
                     note="A tag archive feed ('Sudan Archives - Brand', Yoast's tag title) rather than a desk feed: items of every section share the tag. Relevant."))
    w = d(2024, 3, 5, 19, 15, 0, -6)
    add(218870, "winnipeg-sudanese-community-raises-80000-for-field-hospitals", "Winnipeg's Sudanese community raises $80,000 for field hospitals", w, "Jordan Whitehorse", ["Local", "Community", "Sudan"],
        "A gala dinner and a month of bake sales funded two mobile clinics in Darfur.",
        "<p>A gala dinner at a North End community hall and a month of bake sales have raised $80,000 for two mobile clinics in Darfur.</p>"
        "<p>\u201cEverybody here has a cousin or an aunt in a camp,\u201d said organizer Fatima Idris.</p>",
        lambda k: it(k, "Winnipeg's Sudanese community raises $80,000 for field hospitals", w, ["Jordan Whitehorse"], rel=False, quotes=[q("Fatima Idris")], junk=yj,
                     note="Local community fundraising in the home city, filed under the Sudan tag: a story, not relevant (home community news, '$' is the Canadian dollar)."))
    w = d(2024, 3, 1, 11, 0, 0, -6)
    add(218532, "ottawa-extends-special-measures-for-sudanese-families", "Ottawa extends special immigration measures for families fleeing Sudan", w, "CP", ["Canada", "Politics", "Sudan"],
        "Temporary residence pathways will stay open until the end of the year, the immigration minister said.",
        "<p>OTTAWA &#8212; Temporary residence pathways for relatives of Canadians and permanent residents fleeing the war in Sudan will stay open until the end of the year, the federal immigration minister said Friday.</p>"
        "<p>About 3,900 people have arrived under the measures so far.</p><p><em>This report by The Canadian Press was first published March 1, 2024.</em></p>",
        lambda k: it(k, "Ottawa extends special immigration measures for families fleeing Sudan", w, [], junk=[*yj, "first published"],
                     note="Agency copy (dc:creator 'CP', the 'This report by … was first published' tail is junk). Canada's response to a war abroad (humanitarian admission): relevant, a borderline call between immigration policy at home and foreign policy."))
    w = d(2024, 2, 27, 14, 30, 0, -6)
    add(218301, "photos-life-in-port-sudans-displacement-camps", "PHOTOS: Life in Port Sudan's displacement camps", w, "Prairie Standard Staff", ["Photos", "Sudan"],
        "Photographs from the Red Sea city that became Sudan's temporary capital.",
        '<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="https://www.prairiestandard.example/wp-content/uploads/2024/02/port-sudan-1.jpg" alt=""/><figcaption>A school turned shelter. (Photo: Supplied)</figcaption></figure></figure>',
        lambda k: it(k, "Life in Port Sudan's displacement camps", w, [], story=False, rel=False, note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2024, 3, 7, 8, 0, 0, -6)
    add(218990, "600000-sudanese-refugees-now-in-eastern-chad-unhcr", "600,000 Sudanese refugees now in eastern Chad, UN agency says", w, "Amira Hassan-Lafleur", ["World", "Africa", "Sudan"],
        "Aid groups say the rainy season will cut off camps near the border within weeks.",
        "<p>More than 600,000 people have crossed from Sudan into eastern Chad since the war began, the UN refugee agency said Thursday, and aid groups warned the rainy season would cut off camps near the border within weeks.</p>",
        lambda k: it(k, "600,000 Sudanese refugees now in eastern Chad, UN agency says", w, ["Amira Hassan-Lafleur"], junk=yj, note="Relevant."))
    w = d(2024, 3, 4, 6, 0, 0, -6)
    add(218801, "podcast-the-sudan-war-explained", "Podcast: The Sudan war, explained in 20 minutes", w, "Prairie Standard Podcasts", ["Podcasts", "Sudan"],
        "Listen on Apple Podcasts, Spotify or wherever you get your podcasts.",
        '<p><iframe src="https://embed.podcasts.example/prairie-standard/episode-212" height="175" width="100%"></iframe></p><p>Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p>',
        lambda k: it(k, "The Sudan war, explained in 20 minutes", w, [], story=False, rel=False, note="A podcast episode: not a story. Title label 'Podcast:' may be kept or dropped."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f'\t<title>Sudan Archives - The Prairie Standard</title>\n\t<atom:link href="{base}/tag/sudan/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}/tag/sudan/</link>\n'
            f"\t<description>Winnipeg news, sports and weather</description>\n\t<lastBuildDate>{utc0(d(2024, 3, 8, 16, 41, 12, -6))}</lastBuildDate>\n\t<language>en-CA</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=6.4.3</generator>\n"
            + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_ca_prairiestandard_tag_sudan_wp64.rss.xml", text, items, lang="en", outlet="The Prairie Standard", aliases=["Prairie Standard"],
                ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Winnipeg daily's TAG archive feed (/tag/sudan/feed/) on WordPress 6.4.3 with Yoast SEO, March 2024: the channel title is Yoast's archive title 'Sudan Archives - Brand' (neither section nor outlet alone), link to the tag page, the site tagline as description, language en-CA, sy:update* with WordPress's odd whitespace; items from every section sharing the tag (world, local community, national politics, photos, podcasts), the tab-heavy template with an empty line where comments would be, CDATA dc:creator (reporters, the agency 'CP', 'Prairie Standard Staff', 'Prairie Standard Podcasts'), +0000 pubDates (newsroom -0600), CDATA categories ending with the tag, '?p=<id>' guids, hand-written excerpts, content:encoded with the Yoast 'The post … appeared first on …' footer, an agency 'first published' tail, a gallery and a podcast",
                notes="The outlet is the brand after 'Sudan Archives - '. Relevance for a Canadian reader: the home city's community fundraiser is home news; Canada's admission measures for people fleeing the war count as its response to a foreign crisis.")


# ---------------------------------------------------------------- Apple-News-style partner JSON Feed 1.1, Ireland, October 2025
def jsonfeed_ie():
    base = "https://www.westernexaminer.example"
    items, objs = [], []

    def add(n, slug, title, when, authors, summary, html, tags, exp, ext=None, image=True):
        o = {"id": f"urn:westernexaminer:article:{n}", "url": f"{base}/{slug}", "title": title}
        if summary:
            o["summary"] = summary
        o["content_html"] = html
        if image:
            o["image"] = f"{base}/resizer/v2/{n}.jpg?auth=4f2c&width=1200"
        o["date_published"] = isoz(when)
        o["date_modified"] = isoz(when.replace(minute=(when.minute + 12) % 60))
        if authors:
            o["authors"] = authors
        o["tags"] = tags
        o["language"] = "en-IE"
        o["_examiner"] = ext or {"section": tags[0].lower(), "sponsored": False, "premium": False}
        objs.append(o)
        items.append(exp(o["id"]))

    w = d(2025, 10, 14, 7, 30, 0, 1)
    add(5129904, "world/2025/10/14/irish-peacekeepers-lebanon-unifil-drawdown", "Irish peacekeepers to stay in south Lebanon until UN mission's final year", w,
        [{"name": "Deirdre Nic Amhlaoibh, Europe Correspondent"}, {"name": "Conor Fahy", "url": f"{base}/authors/conor-fahy"}],
        "Defence Forces will keep 340 troops in the UN force until its mandate runs out at the end of 2026",
        "<p>The Defence Forces will keep about 340 troops in southern Lebanon until the UN peacekeeping mission's mandate runs out at the end of 2026, the Tánaiste told the Dáil on Tuesday.</p>"
        "<p>The Security Council voted in August to wind down the mission, which Irish soldiers have served in since 1978.</p>"
        "<p>\u201cWe are leaving because the mandate ends, not because the job is done,\u201d said retired colonel Eamon Kiely, who commanded an Irish battalion in the mission.</p>",
        ["World", "Middle East", "Defence Forces"],
        lambda k: it(k, "Irish peacekeepers to stay in south Lebanon until UN mission's final year", w, ["Deirdre Nic Amhlaoibh", "Conor Fahy"], quotes=[q("Eamon Kiely")],
                     note="JSON Feed 1.1 'authors' array; one name carries its role after a comma ('…, Europe Correspondent'): the person only. The home country's troop deployment abroad (foreign and defence policy): relevant."))
    w = d(2025, 10, 13, 12, 5, 0, 1)
    add(5129650, "world/2025/10/13/gaza-ceasefire-first-phase-hostages-prisoners", "Gaza ceasefire: hostages and prisoners freed as first phase begins", w,
        [{"name": "Examiner Foreign Desk"}],
        "Buses carrying released prisoners arrived in Ramallah as crowds gathered in Tel Aviv",
        "<p>Buses carrying released Palestinian prisoners arrived in Ramallah on Monday as crowds gathered in Tel Aviv to greet freed hostages, in the first phase of the ceasefire agreed last week.</p>"
        "<p>\u201cToday is the easy part; the hard part is what comes after the cameras leave,\u201d said Dr Ruth Adeyemi-Brennan, a conflict researcher at University College Galway.</p>",
        ["World", "Middle East"],
        lambda k: it(k, "Gaza ceasefire: hostages and prisoners freed as first phase begins", w, [], quotes=[q("Ruth Adeyemi-Brennan", "University College Galway")],
                     note="The only author is a desk ('Examiner Foreign Desk'): []. Relevant."))
    w = d(2025, 10, 8, 6, 0, 0, 1)
    add(5128801, "business/2025/10/08/budget-2026-renters-housing-measures", "Budget 2026: what the housing measures mean for renters", w,
        [{"name": "Siobhán Greally"}],
        "The rent tax credit rises and a new scheme targets vacant homes above shops",
        "<p>The rent tax credit rises by €250 and a new grant targets vacant homes above shops, under measures announced in Tuesday's budget.</p>",
        ["Business", "Budget 2026"],
        lambda k: it(k, "Budget 2026: what the housing measures mean for renters", w, ["Siobhán Greally"], rel=False,
                     note="Home budget explainer in the partner feed: a story, not relevant."))
    w = d(2025, 10, 10, 9, 0, 0, 1)
    add(5129102, "partner/2025/10/10/wild-atlantic-way-autumn-escapes", "Autumn escapes on the Wild Atlantic Way", w,
        [{"name": "Examiner Brand Studio"}],
        "In association with a coastal hotel group",
        "<p>From Malin Head to Mizen, five weekend breaks to book before the clocks go back. <a href=\"https://partner-hotels.example/offer?utm_source=examiner\">Book now</a>.</p>",
        ["Partner Content"],
        lambda k: it(k, "Autumn escapes on the Wild Atlantic Way", w, [], story=False, rel=False,
                     note="Sponsored content: the publisher's extension object says \"sponsored\": true, the summary says 'In association with …'. Not a story."),
        ext={"section": "partner", "sponsored": True, "premium": False})
    w = d(2025, 10, 22, 21, 10, 0, 1)
    add(5130411, "politics/2025/10/22/presidential-election-final-debate", "Presidential election: candidates clash on neutrality in final debate", w,
        [{"name": "Conor Fahy", "url": f"{base}/authors/conor-fahy"}],
        None,
        "<p>The two candidates for the presidency clashed over Irish neutrality and housing in the final televised debate before Friday's vote.</p>"
        "<p>Polls close at 10pm.</p>",
        ["Politics", "Áras 2025"],
        lambda k: it(k, "Presidential election: candidates clash on neutrality in final debate", w, ["Conor Fahy"], rel=False,
                     note="No summary field: the content opens the text. The home presidential campaign (neutrality is only one debate topic): a story, not relevant."),
        image=False)
    w = d(2025, 10, 20, 17, 45, 0, 1)
    add(5130102, "video/2025/10/20/watch-storm-surge-galway-salthill", "Watch: Storm surge floods the Salthill promenade", w,
        [],
        None,
        '<figure><video controls src="https://video.westernexaminer.example/2025/10/salthill.mp4" poster="https://www.westernexaminer.example/img/salthill.jpg"></video></figure>',
        ["Video", "Weather"],
        lambda k: it(k, "Storm surge floods the Salthill promenade", w, [], story=False, rel=False, note="A video: not a story. Title label 'Watch:' may be kept or dropped."))
    pairs = sorted(zip(objs, items, strict=True), key=lambda r: r[1].published, reverse=True)
    objs, items = [o for o, _ in pairs], [i for _, i in pairs]
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "The Western Examiner — World & Ireland (partner feed)", "home_page_url": f"{base}/",
           "feed_url": f"{base}/feeds/partners/news.json", "description": "Articles for news-app partners", "icon": f"{base}/icons/icon-512.png",
           "authors": [{"name": "The Western Examiner", "url": f"{base}/"}], "language": "en-IE", "items": objs}
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return feed("en_ie_westernexaminer_partner_feed11.json", text, items, lang="en", outlet="The Western Examiner", aliases=["Western Examiner"],
                shape="jsonfeed", ctype="application/feed+json", declared=None,
                structure="Galway-based Irish daily's partner distribution feed for news apps (Apple-News-style) as JSON Feed 1.1 (/feeds/partners/news.json), October 2025: two-space indentation, literal UTF-8 (fadas, €), feed title 'Brand — World & Ireland (partner feed)', feed-level 'authors' with the brand and language en-IE; items with URN ids, url, title, 'summary' (standfirst, missing on two items), content_html, image (missing on one), date_published and date_modified with +01:00, 'authors' arrays (two people, one with ', Europe Correspondent' after the name and one with a url, a desk, the brand studio, or none), tags, a per-item language and a publisher extension object '_examiner' with section / sponsored / premium; a sponsored item, home budget and election stories and a video",
                notes="JSON Feed 1.1: read the 'authors' arrays (not 1.0's 'author'). The feed title carries a qualifier: the outlet is the brand. Relevance for an Irish reader.")


# ---------------------------------------------------------------- tech site still behind FeedBurner, June 2020
def feedburner_tech():
    rows, items = [], []
    base = "https://www.byteborough.example"

    def add(pid, slug, title, when, creator, cats, html, exp, code):
        orig = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        proxy = f"http://feedproxy.google.com/~r/ByteBorough/~3/{code}/"
        flare = (f'<div class="feedflare">\n<a href="http://feeds.feedburner.com/~ff/ByteBorough?a={code}:Xk3Lq:yIl2AUoC8zA"><img src="http://feeds.feedburner.com/~ff/ByteBorough?d=yIl2AUoC8zA" border="0"></img></a> '
                 f'<a href="http://feeds.feedburner.com/~ff/ByteBorough?a={code}:Xk3Lq:63t7Ie-LG7Y"><img src="http://feeds.feedburner.com/~ff/ByteBorough?d=63t7Ie-LG7Y" border="0"></img></a>\n</div>'
                 f'<img src="http://feeds.feedburner.com/~r/ByteBorough/~4/{code}" height="1" width="1" alt=""/>')
        cts = "".join(f"<category>{esc(c)}</category>" for c in cats)
        rows.append(f"<item><title>{esc(title)}</title><link>{proxy}</link><comments>{orig}#comments</comments><pubDate>{utc0(when)}</pubDate>"
                    f"<dc:creator>{esc(creator)}</dc:creator>{cts}<guid isPermaLink=\"false\">{base}/?p={pid}</guid>"
                    f"<description>{esc(html + flare)}</description><feedburner:origLink>{orig}</feedburner:origLink></item>")
        items.append(exp(f"{base}/?p={pid}"))

    fj = ["feedflare", "~ff/", "feedburner"]
    w = d(2020, 6, 29, 22, 10, 0, -4)
    add(88410, "india-bans-59-chinese-apps-tiktok", "India bans TikTok and 58 other Chinese apps after border clash", w, "Priyanka Deshmukh-Ross", ["Policy", "Apps", "China", "India"],
        "<p>India's IT ministry on Monday blocked 59 apps developed by Chinese companies, including TikTok, WeChat and a popular file-sharing tool, citing threats to \u201csovereignty and integrity\u201d two weeks after a deadly clash on the two countries' Himalayan border.</p>"
        "<p>India is TikTok's largest market by users, with about 200 million.</p>"
        "<p>\u201cThis is a geopolitical decision dressed in the language of data protection,\u201d said Karan Bhalla, a fellow at the Delhi Digital Rights Forum.</p>",
        lambda k: it(k, "India bans TikTok and 58 other Chinese apps after border clash", w, ["Priyanka Deshmukh-Ross"], quotes=[q("Karan Bhalla", "Delhi Digital Rights Forum")], junk=fj,
                     note="FeedBurner-era item: <link> is a feedproxy.google.com redirect and the real URL is in feedburner:origLink; the description ends with FeedFlare share links and a 1x1 tracking image (junk). A ban decided after a border clash between two states: relevant even on a tech site."),
        "Kp9_xA2mQ3c")
    w = d(2020, 6, 22, 14, 45, 0, -4)
    add(88233, "apple-silicon-mac-transition-wwdc", "Apple says Macs will move to its own chips within two years", w, "Tom Ferreira", ["Hardware", "Apple"],
        "<p>Apple will move its Mac computers from Intel processors to chips of its own design over two years, the company said at its developer conference, held online for the first time.</p>",
        lambda k: it(k, "Apple says Macs will move to its own chips within two years", w, ["Tom Ferreira"], rel=False, junk=fj, note="Tech industry news: a story, not relevant."),
        "Zt1_bQ8wR5n")
    w = d(2020, 6, 25, 9, 0, 0, -4)
    add(88301, "huawei-uk-5g-review-us-sanctions", "UK reviews Huawei's role in 5G after new US sanctions", w, "Priyanka Deshmukh-Ross", ["Policy", "5G", "Huawei"],
        "<p>Britain's cyber security agency is reviewing whether Huawei can stay in the country's 5G networks after the US barred the company from using American chip-design tools.</p>"
        "<p>A decision is expected within weeks.</p>",
        lambda k: it(k, "UK reviews Huawei's role in 5G after new US sanctions", w, ["Priyanka Deshmukh-Ross"], junk=fj,
                     note="Sanctions and a foreign government's security review: relevant."),
        "Hb3_pL7nM1v")
    w = d(2020, 6, 18, 12, 30, 0, -4)
    add(88177, "review-budget-phone-pixel-rival", "Review: A $349 phone that makes flagship cameras look overpriced", w, "Jess Okafor", ["Reviews", "Phones"],
        "<p>The best thing about this phone is the camera. The worst thing is the plastic back, which scratches if you look at it.</p>"
        "<p><em>Disclosure: the manufacturer lent us the review unit.</em></p>",
        lambda k: it(k, "A $349 phone that makes flagship cameras look overpriced", w, ["Jess Okafor"], rel=False, junk=[*fj, "Disclosure"],
                     note="A product review: a story, not relevant. Title label 'Review:' may be kept or dropped."),
        "Rv8_cN2kT4q")
    w = d(2020, 6, 24, 16, 0, 0, -4)
    add(88290, "sponsored-webinar-securing-remote-workforce", "Sponsored: Free webinar — securing the remote workforce", w, "Byte Borough Events", ["Sponsored"],
        "<p>Join our panel on July 8 at 1pm ET. <a href=\"https://events.byteborough.example/register\">Register here</a>.</p>",
        lambda k: it(k, "Free webinar — securing the remote workforce", w, [], story=False, rel=False, junk=fj,
                     note="A sponsored event promo: not a story. Title label 'Sponsored:' may be kept or dropped."),
        "Sp2_vE5yU9w")
    w = d(2020, 6, 26, 10, 20, 0, -4)
    add(88322, "zoom-encryption-free-users-reversal", "Zoom will offer end-to-end encryption to free users after backlash", w, "Tom Ferreira", ["Security", "Zoom"],
        "<p>Zoom reversed course and said end-to-end encryption would be available to users of its free tier who verify a phone number.</p>",
        lambda k: it(k, "Zoom will offer end-to-end encryption to free users after backlash", w, ["Tom Ferreira"], rel=False, junk=fj, note="Tech: a story, not relevant."),
        "Zm6_hJ1rD3s")
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.com/~d/styles/itemcontent.css"?>'
            '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0">'
            f"<channel><title>Byte Borough</title><link>{base}</link><description>Tech news for the rest of us</description><lastBuildDate>{utc0(d(2020, 6, 30, 2, 11, 0, 0))}</lastBuildDate>"
            "<language>en-US</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><generator>https://wordpress.org/?v=5.4.2</generator>"
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/ByteBorough" /><feedburner:info uri="byteborough" />'
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" />'
            + "".join(rows) + "</channel></rss>")
    return feed("en_tech_byteborough_feedburner_2020.rss.xml", text, items, lang="en", outlet="Byte Borough", topic="tech",
                ctype="text/xml; charset=UTF-8", declared="UTF-8",
                structure="A US tech news site's WordPress 5.4 feed still served through FeedBurner (feeds.feedburner.com/ByteBorough), June 2020: two xml-stylesheet processing instructions (rss2full.xsl, itemcontent.css), the feedburner namespace, FeedBurner's compacted one-line output, atom10:link self and hub with their own namespace declarations, feedburner:info; items with feedproxy.google.com/~r/… redirect links, the real permalink in feedburner:origLink at the END, comments, +0000 dates (newsroom -0400), dc:creator (people, an events account), categories, '?p=<id>' guids, ESCAPED descriptions carrying the full post plus FeedBurner's FeedFlare <div> of share images and the 1x1 '~r/…/~4/<code>' tracking pixel; a review with a disclosure and a sponsored webinar",
                notes="The original link is feedburner:origLink. FeedFlare and the tracking pixel are junk. Relevance: a tech site; only the items about states' actions (a ban after a border clash, a government security review after sanctions) are world affairs.")


# ---------------------------------------------------------------- Ghost 5 tag feed of a science magazine, April 2026
def ghost_science():
    rows, items = [], []
    base = "https://www.polarfrontier.example"

    def add(gid, slug, title, when, creators, tag, excerpt, html, exp):
        url = f"{base}/{slug}/"
        rows.append(f"<item><title><![CDATA[{title}]]></title><description><![CDATA[{excerpt}]]></description><link>{url}</link><guid isPermaLink=\"false\">{gid}</guid>"
                    f"<category><![CDATA[{tag}]]></category><category><![CDATA[Antarctica]]></category><dc:creator><![CDATA[{creators}]]></dc:creator><pubDate>{gmt(when)}</pubDate>"
                    f'<media:content url="{base}/content/images/2026/04/{slug[:24]}.jpg" medium="image"/><content:encoded><![CDATA[<img src="{base}/content/images/2026/04/{slug[:24]}.jpg" alt="{esc(title)}"><p>{excerpt}</p>{html}]]></content:encoded></item>')
        items.append(exp(gid))

    w = d(2026, 4, 21, 9, 0, 0, 1)
    add("6804f1c2a9b3e4001d7c2a11", "antarctic-treaty-meeting-krill-tourism", "Antarctic Treaty parties head for a showdown over krill and tourism", w, "Hannah Okoro-Lind", "Policy",
        "Tourist numbers have tripled in a decade and krill catches are at a record. Next month's treaty meeting must decide whether to cap either.",
        "<p>More than 120,000 tourists visited Antarctica last season, and the krill catch in the Southern Ocean reached its highest level since records began. Both will dominate next month's Antarctic Treaty Consultative Meeting, where decisions need the consensus of all 29 voting parties.</p>"
        "<p>\u201cConsensus used to be the treaty's strength. Now it is how two or three states block everything,\u201d said Dr Ingrid Sæther, a polar law specialist at the Arctic University of Tromsø.</p>",
        lambda k: it(k, "Antarctic Treaty parties head for a showdown over krill and tourism", w, ["Hannah Okoro-Lind"], quotes=[q("Ingrid Sæther", "Arctic University of Tromsø")],
                     note="Ghost tag feed: CDATA title/description, hex ObjectId guids, the post's primary tag then the feed's tag as categories, dc:creator CDATA, content:encoded opening with the feature image and the custom excerpt again. Treaty diplomacy among states: relevant on a science site."))
    w = d(2026, 4, 17, 14, 30, 0, 1)
    add("6800a2d7a9b3e4001d7c29f4", "antarctic-sea-ice-record-low-april", "Antarctic sea ice hits a record low for April", w, "Tomás Villanueva, Hannah Okoro-Lind", "Climate",
        "Satellite data show the ice around the continent at its smallest April extent since 1979.",
        "<p>Sea ice around Antarctica covered 4.9 million square kilometres on 15 April, the smallest extent for the month since satellite records began in 1979.</p>",
        lambda k: it(k, "Antarctic sea ice hits a record low for April", w, ["Tomás Villanueva", "Hannah Okoro-Lind"], rel=False,
                     note="Ghost joins several authors in ONE dc:creator ('A, B'): two people. Climate science: a story, not relevant."))
    w = d(2026, 4, 10, 11, 0, 0, 1)
    add("67f7a0b1a9b3e4001d7c28c2", "emperor-penguin-colonies-satellite-count", "Satellite count finds four emperor penguin colonies have moved inland", w, "Priya Marlowe", "Wildlife",
        "Researchers used high-resolution imagery to track colonies after last year's early ice break-up.",
        "<p>Four emperor penguin colonies on the Bellingshausen Sea coast have moved up to 10 kilometres inland after the sea ice broke up early, researchers report in a new study.</p>",
        lambda k: it(k, "Satellite count finds four emperor penguin colonies have moved inland", w, ["Priya Marlowe"], rel=False, note="Wildlife science: a story, not relevant."))
    w = d(2026, 4, 14, 8, 0, 0, 1)
    add("67fcb3e0a9b3e4001d7c2960", "members-event-ask-a-glaciologist", "Members' event: Ask a glaciologist, live on 30 April", w, "Polar Frontier", "Members",
        "Put your questions to our panel. Free for members; register below.",
        '<p><a href="https://www.polarfrontier.example/#/portal/signup">Become a member</a></p>',
        lambda k: it(k, "Ask a glaciologist, live on 30 April", w, [], story=False, rel=False,
                     note="A members' event promo with Ghost's portal signup link: not a story. Title label 'Members' event:' may be kept or dropped."))
    w = d(2026, 4, 3, 16, 15, 0, 1)
    add("67ee9e55a9b3e4001d7c2811", "ccamlr-marine-protected-areas-deadlock", "Why the krill commission keeps failing to protect the Weddell Sea", w, "Tomás Villanueva", "Policy",
        "For the eighth year running, the body that manages Southern Ocean fishing could not agree new marine protected areas.",
        "<p>For the eighth year running, the commission that manages Southern Ocean fisheries could not agree new marine protected areas, as two member states again withheld consensus.</p>"
        "<p>\u201cEvery year the science gets firmer and the politics gets harder,\u201d said Lucía Paredes, who has attended the commission's meetings for an ocean conservation alliance.</p>",
        lambda k: it(k, "Why the krill commission keeps failing to protect the Weddell Sea", w, ["Tomás Villanueva"], quotes=[q("Lucía Paredes")],
                     note="An international commission's deadlock among member states: relevant (diplomacy), a borderline call on a science site."))
    w = d(2026, 4, 1, 7, 0, 0, 1)
    add("67eb8c01a9b3e4001d7c27aa", "photo-essay-a-winter-at-halley", "Photo essay: A winter at Halley", w, "Polar Frontier", "Photography",
        "Eighteen images from the long dark.",
        '<figure class="kg-card kg-gallery-card"><div class="kg-gallery-container"><img src="https://www.polarfrontier.example/content/images/2026/03/halley-1.jpg"></div></figure>',
        lambda k: it(k, "A winter at Halley", w, [], story=False, rel=False, note="A photo essay of images only (Ghost gallery card): not a story. Title label 'Photo essay:' may be kept or dropped."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title><![CDATA[Antarctica - Polar Frontier]]></title><description><![CDATA[Science from the ends of the Earth]]></description><link>{base}/</link>"
            f"<image><url>{base}/favicon.png</url><title>Antarctica - Polar Frontier</title><link>{base}/</link></image><generator>Ghost 5.118</generator>"
            f'<lastBuildDate>{gmt(d(2026, 4, 21, 9, 2, 33, 1))}</lastBuildDate><atom:link href="{base}/tag/antarctica/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
            + "".join(rows) + "</channel></rss>")
    return feed("en_science_polarfrontier_ghost_tag_2026.rss.xml", text, items, lang="en", outlet="Polar Frontier", topic="science",
                ctype="application/rss+xml; charset=utf-8", declared="UTF-8",
                structure="A Cambridge (UK) polar science magazine's TAG feed on Ghost 5 (/tag/antarctica/rss/), April 2026: one line, Ghost's node-rss output (dc/content/atom namespaces, version, media), CDATA channel title 'Tag - Brand', CDATA description, favicon <image>, <generator>Ghost 5.118</generator>, atom self link, ttl 60; items with CDATA title and custom excerpt, link, 24-hex ObjectId non-permalink guids, the primary tag and the feed tag as CDATA categories, ONE CDATA dc:creator joining several authors with ', ' or naming the brand, GMT pubDates (newsroom +0100), media:content, content:encoded opening with the feature image and the excerpt; a members' event and a photo essay",
                notes="Science site: only the treaty and commission items are world affairs. The brand as dc:creator is not a person.")


# ---------------------------------------------------------------- TYPO3 EXT:news person tag feed, Germany, June 2025
def typo3_person():
    rows, items = [], []
    base = "https://www.weserbergland-zeitung.example"

    def add(uid, path, title, when, teaser, body, tags, exp, author=None):
        au = f"\n\t\t\t<author>{esc(author)}</author>" if author else ""
        cats = "".join(f"\n\t\t\t<category>{esc(t)}</category>" for t in tags)
        rows.append(f"\t\t<item>\n\t\t\t<guid isPermaLink=\"false\">news-{uid}</guid>\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\n\t\t\t<title>{esc(title)}</title>\n"
                    f"\t\t\t<link>{base}{path}</link>\n\t\t\t<description>{esc(teaser)}</description>\n\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>{au}{cats}\n\t\t</item>")
        items.append(exp(f"news-{uid}"))

    w = d(2025, 6, 12, 18, 5, 0, 2)
    add(84117, "/politik/ausland/jemen-sondergesandte-erreicht-freilassung-von-40-gefangenen", "Jemen: UN-Sondergesandte erreicht Freilassung von 40 Gefangenen", w,
        "Erstmals seit zwei Jahren tauschen die Konfliktparteien wieder Gefangene aus. Vermittelt hat die spanische Diplomatin Marisol Etxeberria.",
        "<p>Erstmals seit zwei Jahren haben die Konfliktparteien im Jemen wieder Gefangene ausgetauscht. 40 Männer kamen am Donnerstag über den Flughafen von Sanaa frei.</p>"
        "<p>„Jeder Austausch ist ein kleiner Beweis dafür, dass man miteinander reden kann“, sagte die UN-Sondergesandte Marisol Etxeberria in Aden.</p>",
        ["Marisol Etxeberria", "Jemen", "Vereinte Nationen"],
        lambda k: it(k, "Jemen: UN-Sondergesandte erreicht Freilassung von 40 Gefangenen", w, [], quotes=[q("Marisol Etxeberria", "UN")],
                     note="A PERSON tag feed ('Thema: <Name>'): the channel title names a person, not the outlet; the outlet is in the copyright and the channel description. No <author> on agency-based items. Relevant."),
        author=None)
    w = d(2025, 6, 7, 9, 0, 0, 2)
    add(83980, "/politik/ausland/interview-marisol-etxeberria-der-hafen-ist-der-schluessel", "Interview mit Marisol Etxeberria: „Der Hafen ist der Schlüssel“", w,
        "Die UN-Vermittlerin über Hodeida, Hunger und die Frage, warum sie trotz allem optimistisch bleibt.",
        "<p><strong>Frau Etxeberria, wie oft haben Sie in den vergangenen Monaten ans Aufgeben gedacht?</strong></p>"
        "<p>„Jeden Dienstag“, sagt sie und lacht. „Aber mittwochs ruft dann wieder jemand an.“</p>"
        "<p><strong>Warum ist Hodeida so wichtig?</strong></p><p>„Der Hafen ist der Schlüssel. Über ihn kommen 70 Prozent der Lebensmittel ins Land.“</p>"
        "<p><em>Das Gespräch führte Johanna Brettschneider.</em></p>",
        ["Marisol Etxeberria", "Interview", "Jemen"],
        lambda k: it(k, "Interview mit Marisol Etxeberria: „Der Hafen ist der Schlüssel“", w, ["Johanna Brettschneider"], quotes=[q("Marisol Etxeberria")], junk=["Das Gespräch führte"],
                     note="An interview: the interviewer is named only in the closing line 'Das Gespräch führte Name.' (the author). Bold questions are the interviewer's. Relevant."),
        author="j.brettschneider@weserbergland-zeitung.example (Johanna Brettschneider)")
    w = d(2025, 6, 1, 7, 30, 0, 2)
    add(83802, "/politik/ausland/portraet-die-baskin-die-mit-allen-redet", "Porträt: Die Baskin, die mit allen redet", w,
        "Sie war Richterin in Bilbao, Beobachterin in Kolumbien und Botschafterin in Jordanien. Wer ist die Frau, die den Krieg im Jemen beenden soll?",
        "<p>Wer Marisol Etxeberria trifft, bekommt zuerst einen Kaffee und dann eine Frage gestellt. Die 58-Jährige war Richterin in Bilbao, Beobachterin beim Friedensprozess in Kolumbien und Botschafterin ihres Landes in Amman.</p>"
        "<p>Seit vergangenem Herbst ist sie Sondergesandte der Vereinten Nationen für den Jemen.</p>",
        ["Marisol Etxeberria", "Porträt"],
        lambda k: it(k, "Die Baskin, die mit allen redet", w, ["Lena Kowalczyk-Baum"], note="A profile of a UN mediator: a story, relevant. Title label 'Porträt:' may be kept or dropped. <author> in RSS's 'e-mail (Name)' form."),
        author="redaktion@weserbergland-zeitung.example (Lena Kowalczyk-Baum)")
    w = d(2025, 6, 11, 15, 20, 0, 2)
    add(84090, "/politik/deutschland/auswaertiger-ausschuss-hoert-un-sondergesandte-an", "Auswärtiger Ausschuss hört UN-Sondergesandte zum Jemen an", w,
        "Die Abgeordneten wollen wissen, ob Deutschland mehr humanitäre Hilfe leisten soll.",
        "<p>Der Auswärtige Ausschuss des Bundestages hat am Mittwoch die UN-Sondergesandte für den Jemen angehört. Die Bundesregierung prüft, die humanitäre Hilfe für das Land um 30 Millionen Euro aufzustocken.</p>",
        ["Marisol Etxeberria", "Bundestag", "Jemen"],
        lambda k: it(k, "Auswärtiger Ausschuss hört UN-Sondergesandte zum Jemen an", w, [],
                     note="A Bundestag committee hearing on German aid to a war-torn country: the home country's foreign policy, relevant."))
    w = d(2025, 6, 4, 6, 0, 0, 2)
    add(83901, "/podcast/weltblick/was-kann-diplomatie-im-jemen-noch-erreichen", "Podcast „Weltblick“: Was kann Diplomatie im Jemen noch erreichen?", w,
        "Folge 214 – jetzt überall, wo es Podcasts gibt.",
        '<p><audio controls src="https://media.weserbergland-zeitung.example/podcast/weltblick-214.mp3"></audio></p>',
        ["Marisol Etxeberria", "Podcast"],
        lambda k: it(k, "Podcast „Weltblick“: Was kann Diplomatie im Jemen noch erreichen?", w, [], story=False, rel=False, note="A podcast episode: not a story."))
    w = d(2025, 6, 13, 10, 0, 0, 2)
    add(84130, "/bilder/ausland/etxeberrias-reise-nach-aden", "Bildergalerie: Etxeberrias Reise nach Aden", w,
        "14 Bilder",
        '<p><img src="https://www.weserbergland-zeitung.example/fileadmin/bilder/2025/06/aden-1.jpg" alt=""/></p>',
        ["Marisol Etxeberria", "Bildergalerie"],
        lambda k: it(k, "Etxeberrias Reise nach Aden", w, [], story=False, rel=False, note="A photo gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
            f"\t\t<title>Thema: Marisol Etxeberria</title>\n\t\t<link>{base}/thema/marisol-etxeberria</link>\n\t\t<description>Alle Artikel der Weserbergland-Zeitung zu Marisol Etxeberria</description>\n"
            f"\t\t<language>de-DE</language>\n\t\t<copyright>Weserbergland Verlag GmbH &amp; Co. KG</copyright>\n\t\t<pubDate>{rfc822(d(2025, 6, 13, 10, 0, 0, 2))}</pubDate>\n"
            f"\t\t<lastBuildDate>{rfc822(d(2025, 6, 13, 10, 4, 51, 2))}</lastBuildDate>\n\t\t<atom:link href=\"{base}/thema/marisol-etxeberria/rss.xml\" rel=\"self\" type=\"application/rss+xml\" />\n"
            "\t\t<generator>TYPO3 EXT:news</generator>\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("de_weserbergland_thema_person_typo3news_2025.rss.xml", text, items, lang="de", outlet="Weserbergland-Zeitung", aliases=["Weserbergland Zeitung"],
                ctype="application/rss+xml; charset=utf-8", declared="utf-8",
                structure="Hamelin regional daily's PERSON tag feed ('Thema: <Name>', /thema/<slug>/rss.xml) from TYPO3 with EXT:news, June 2025: tab indentation, channel title naming the person only, the brand in the description ('Alle Artikel der <Brand> zu …') and the publishing company in <copyright> ('Verlag GmbH & Co. KG'), language de-DE, channel pubDate/lastBuildDate, <generator>TYPO3 EXT:news</generator>; items in EXT:news's order (guid 'news-<uid>' first, pubDate, title, link, escaped plain teaser, CDATA content:encoded, <author> as 'e-mail (Name)' when set, one <category> per tag), +0200 dates; an interview signed 'Das Gespräch führte …', a profile, a Bundestag hearing, a podcast and a gallery about the tagged (invented) UN envoy",
                notes="The channel title is a topic page about a person: the outlet is the brand named in the description, not 'Thema: …' and not the GmbH & Co. KG. Relevance for a German reader: the Bundestag committee's hearing is German foreign policy.")


# ---------------------------------------------------------------- AMP-first Italian news site, March 2023
def amp_it():
    rows, items = [], []
    base = "https://www.ilfaroadriatico.example"

    def add(n, path, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}{path}"
        cts = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        share = ('<div class="social-share"><amp-social-share type="facebook" width="40" height="40" data-param-app_id="1234"></amp-social-share>'
                 '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>')
        ad = '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234567/ilfaro/esteri_mpu1"><div placeholder>Pubblicità</div></amp-ad>'
        rows.append(f"<item>\n<title><![CDATA[{title}]]></title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<dc:creator><![CDATA[{creator}]]></dc:creator>\n{cts}\n<description><![CDATA[{excerpt}]]></description>\n"
                    f"<content:encoded><![CDATA[{body[0]}{ad}{body[1]}{share}]]></content:encoded>\n</item>")
        items.append(exp(url))

    aj = ["Pubblicità", "(foto"]
    w = d(2023, 3, 9, 21, 40, 0, 1)
    add(1, "/esteri/2023/03/09/georgia-governo-ritira-legge-agenti-stranieri-proteste/amp/", "Georgia, il partito di governo ritira la legge sugli «agenti stranieri» dopo due notti di proteste", w,
        "Valentina Sgarbossa", ["Esteri", "Europa"],
        "Migliaia di persone davanti al Parlamento di Tbilisi. L'Ue aveva avvertito: «Incompatibile con la candidatura».",
        ('<amp-img src="https://www.ilfaroadriatico.example/wp-content/uploads/2023/03/tbilisi.jpg" width="1200" height="675" layout="responsive" alt="Proteste a Tbilisi"></amp-img>'
         '<p class="caption">Manifestanti davanti al Parlamento di Tbilisi (foto Ansa)</p>'
         "<p>Il partito di governo georgiano ha ritirato la legge sugli «agenti stranieri» dopo due notti di proteste davanti al Parlamento di Tbilisi, dove la polizia aveva usato idranti e gas lacrimogeni.</p>",
         "<p>«I giovani georgiani hanno difeso la strada verso l'Europa», ha detto Nino Kapanadze, docente di scienze politiche all'Università statale di Tbilisi.</p>"
         "<p>Bruxelles aveva avvertito che la norma era incompatibile con la candidatura del Paese all'Ue.</p>"),
        lambda k: it(k, "Georgia, il partito di governo ritira la legge sugli «agenti stranieri» dopo due notti di proteste", w, ["Valentina Sgarbossa"],
                     quotes=[q("Nino Kapanadze", "Università statale di Tbilisi")], junk=[*aj, "Manifestanti davanti al Parlamento"],
                     note="AMP-first site: content:encoded is the AMP article body (amp-img with a caption paragraph and a photo credit '(foto Ansa)', an amp-ad with a 'Pubblicità' placeholder, amp-social-share buttons), links and guids are the '/amp/' URLs. The caption is not the standfirst. Relevant."))
    w = d(2023, 3, 9, 19, 0, 0, 1)
    add(2, "/politica/2023/03/09/cutro-consiglio-dei-ministri-decreto-migranti/amp/", "Cutro, il Consiglio dei ministri si riunisce in Calabria e approva il decreto sui migranti", w,
        "Redazione", ["Politica"],
        "Pene più dure per gli scafisti e stretta sulla protezione speciale.",
        ('<amp-img src="https://www.ilfaroadriatico.example/wp-content/uploads/2023/03/cutro.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
         "<p>Il Consiglio dei ministri riunito a Cutro ha approvato un decreto che inasprisce le pene per gli scafisti e limita la protezione speciale.</p>",
         "<p>Le opposizioni hanno criticato la scelta di non incontrare i familiari delle vittime.</p>"),
        lambda k: it(k, "Cutro, il Consiglio dei ministri si riunisce in Calabria e approva il decreto sui migranti", w, [], rel=False, junk=aj,
                     note="Home (Italian) government decree on migration: a story, not relevant. 'Redazione' is the desk."))
    w = d(2023, 3, 10, 13, 15, 0, 1)
    add(3, "/esteri/2023/03/10/iran-arabia-saudita-relazioni-mediazione-pechino/amp/", "Iran e Arabia Saudita riallacciano i rapporti con la mediazione di Pechino", w,
        "Valentina Sgarbossa e Karim Benali", ["Esteri", "Medio Oriente"],
        "Le ambasciate riapriranno entro due mesi. Washington: «Accogliamo ogni passo verso la distensione».",
        ("<p>Iran e Arabia Saudita hanno annunciato a Pechino il ripristino delle relazioni diplomatiche, interrotte nel 2016. Le ambasciate riapriranno entro due mesi.</p>",
         "<p>«La Cina entra per la prima volta da protagonista nella diplomazia del Golfo», ha commentato Elena Mastrangelo, analista dell'Osservatorio sul Mediterraneo di Bari.</p>"),
        lambda k: it(k, "Iran e Arabia Saudita riallacciano i rapporti con la mediazione di Pechino", w, ["Valentina Sgarbossa", "Karim Benali"],
                     quotes=[q("Elena Mastrangelo", "Osservatorio sul Mediterraneo")], junk=aj,
                     note="dc:creator 'A e B': two people. Relevant."))
    w = d(2023, 3, 12, 22, 50, 0, 1)
    add(4, "/sport/2023/03/12/serie-a-napoli-allunga-in-vetta/amp/", "Serie A, il Napoli allunga in vetta: +18 sull'Inter", w,
        "Stefano Duse", ["Sport", "Calcio"],
        "Vittoria al Maradona, i nerazzurri cadono a La Spezia.",
        ("<p>Il Napoli batte l'Atalanta e allunga a +18 sulla seconda.</p>", ""),
        lambda k: it(k, "Serie A, il Napoli allunga in vetta: +18 sull'Inter", w, ["Stefano Duse"], rel=False, junk=aj, note="Sport: a story, not relevant."))
    w = d(2023, 3, 11, 7, 0, 0, 1)
    add(5, "/meteo/2023/03/11/previsioni-weekend-pioggia-nord-sole-sud/amp/", "Meteo, weekend con pioggia al Nord e fino a 20 gradi al Sud", w,
        "Redazione Meteo", ["Meteo"],
        "Le previsioni per sabato e domenica.",
        ("<p>Sabato cielo coperto e piogge al Nord, temperature massime fino a 20 gradi in Puglia e Sicilia. Domenica migliora ovunque.</p>", ""),
        lambda k: it(k, "Meteo, weekend con pioggia al Nord e fino a 20 gradi al Sud", w, [], story=False, rel=False, junk=aj,
                     note="A weather forecast (opens naming the forecast, gives temperatures, no warning): not a story."))
    w = d(2023, 3, 16, 18, 20, 0, 1)
    add(6, "/esteri/2023/03/16/francia-riforma-pensioni-49-3-proteste-parigi/amp/", "Francia, la riforma delle pensioni passa senza voto: proteste a Parigi", w,
        "Chiara Roncalli, corrispondente da Parigi", ["Esteri", "Europa"],
        "Il governo ricorre all'articolo 49.3. In serata scontri in place de la Concorde.",
        ("<p>Il governo francese ha fatto ricorso all'articolo 49.3 della Costituzione per approvare la riforma delle pensioni senza il voto dell'Assemblea nazionale.</p>",
         "<p>In serata migliaia di persone si sono radunate in place de la Concorde.</p>"),
        lambda k: it(k, "Francia, la riforma delle pensioni passa senza voto: proteste a Parigi", w, ["Chiara Roncalli"], junk=aj,
                     note="dc:creator with the role after a comma ('…, corrispondente da Parigi'): the person only. Politics abroad: relevant."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>Il Faro Adriatico</title>\n<link>{base}/</link>\n<description>Notizie da Pescara, dall'Abruzzo e dal mondo</description>\n<language>it</language>\n"
            f'<atom:link href="{base}/feed/amp/" rel="self" type="application/rss+xml"/>\n<lastBuildDate>{rfc822(d(2023, 3, 16, 18, 21, 40, 1))}</lastBuildDate>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_ilfaroadriatico_amp_feed_2023.rss.xml", text, items, lang="it", outlet="Il Faro Adriatico", aliases=["Faro Adriatico"],
                ctype="application/rss+xml; charset=UTF-8", declared="UTF-8",
                structure="Pescara news site built AMP-first, its '/feed/amp/' feed, March 2023: no indentation, channel with the bare brand, language 'it', the whole site's mix (esteri, politica, sport, meteo); items with CDATA titles, '/amp/' article URLs as link AND permalink guid, +0100 dates, CDATA dc:creator ('Redazione', 'Redazione Meteo', 'A e B', 'Name, corrispondente da Parigi'), CDATA categories, CDATA standfirst descriptions, and content:encoded carrying the AMP body: <amp-img> (no <img>) with a caption paragraph ending in a photo credit '(foto Ansa)', an <amp-ad> whose placeholder reads 'Pubblicità' in the middle of the text, and <amp-social-share> buttons at the end; a weather forecast",
                notes="AMP components are markup, not text: no 'Pubblicità', captions or credits in a summary. Relevance for an Italian reader.")


FEEDS = [instant_za, tag_ca, jsonfeed_ie, feedburner_tech, ghost_science, typo3_person, amp_it]
