# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-eighth held-out set (part 1: a foreign-policy journal on Drupal, a
Substack newsletter, a think tank on WordPress, a London defence think tank's Atom feed and an
opinion aggregator). All outlets, people and quotations are invented."""
from h28 import cd, d, esc, feed, gmt, it, q, rfc822, wpt


# ---------------------------------------------------------------- Foreign Affairs-style journal (Drupal views RSS)
def statecraft():
    rows, items = [], []
    base = "https://www.statecraftquarterly.example"

    def add(nid, path, title, when, creator, desc, exp):
        url = f"{base}/{path}"
        cr = f"\n    <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>{cr}\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n  </item>")
        items.append(exp(f"{nid} at {base}"))

    w = d(2023, 1, 3, 5, 0, 0, 0)
    add(38211, "china/deterrence-taiwan-strait-unravelling-oduya-lindqvist", "The Unraveling of Deterrence in the Taiwan Strait", w, "Miriam Oduya and Tobias Lindqvist",
        '<p class="rubric">Why Washington and Beijing are both misreading the signals they send</p>'
        '<p>For four decades, ambiguity kept the peace across the strait. Each side could tell itself a different story about what the other would do. That arrangement is now breaking down, not because either government wants war but because each has concluded that the other&#8217;s restraint can no longer be taken for granted.</p>'
        '<p class="bio"><em>MIRIAM ODUYA is a Senior Fellow at the Halvard Center for Asian Security. TOBIAS LINDQVIST is Professor of International Relations at the University of Eastmere and a former adviser to the Swedish Foreign Ministry.</em></p>'
        f'<p><a href="{base}/subscribe?src=rss">Subscribe to Statecraft Quarterly</a> to read the full essay.</p>',
        lambda k: it(k, "The Unraveling of Deterrence in the Taiwan Strait", w, ["Miriam Oduya", "Tobias Lindqvist"],
                     junk=["MIRIAM ODUYA is a Senior Fellow", "Subscribe to Statecraft Quarterly", "LINDQVIST is Professor"],
                     note="dc:creator 'A and B'; the description holds a rubric without final stop, one teaser paragraph, an upper-case author bio paragraph and a subscription upsell."))
    w = d(2023, 1, 5, 5, 0, 0, 0)
    add(38240, "africa/sahel-coup-belt-juntas-kimani", "Africa's Coup Belt Is Widening", w, "Adaeze Kimani",
        '<p class="rubric">The Sahel&#8217;s juntas have learned that Western sanctions can be waited out</p>'
        '<p>Since 2020, soldiers have seized power in Mali, Guinea and Burkina Faso, and each time regional and Western governments threatened consequences that never fully arrived. The lesson drawn in barracks across the region is that a coup carries fewer costs than it did a decade ago.</p>'
        '<p class="bio"><em>ADAEZE KIMANI is Director of the Africa Program at the Lowmont Institute.</em></p>',
        lambda k: it(k, "Africa's Coup Belt Is Widening", w, ["Adaeze Kimani"], junk=["ADAEZE KIMANI is Director"]))
    w = d(2023, 1, 10, 5, 0, 0, 0)
    add(38262, "reviews/review-essay/habsburg-diplomacy-last-emperor-vienna", "Review Essay: The Last Court of Vienna", w, "Jonas Whitcombe",
        '<p class="rubric">What the Habsburgs got right about managing decline</p>'
        '<p><em>The Twilight Chancellery: Habsburg Diplomacy, 1866&#8211;1918</em>. By Clara Engstr&#246;m. Harbour House, 2022, 512 pp.</p>'
        '<p class="bio"><em>JONAS WHITCOMBE is Professor of History at Alder College.</em></p>',
        lambda k: it(k, "The Last Court of Vienna", w, ["Jonas Whitcombe"], rel=False, junk=["JONAS WHITCOMBE is Professor"],
                     note="Book review essay on diplomatic history: a story, not current world affairs (borderline, labelled not relevant). Title label 'Review Essay:' may be kept or dropped. Clara Engström is the reviewed author, not a byline."))
    w = d(2023, 1, 12, 5, 0, 0, 0)
    add(38270, "podcasts/statecraft-interview-ukraine-second-year", "The Statecraft Interview: What the Second Year of War in Ukraine Will Bring", w, "",
        '<p>Listen to the full episode on Apple Podcasts, Spotify, or wherever you get your podcasts.</p>',
        lambda k: it(k, "The Statecraft Interview: What the Second Year of War in Ukraine Will Bring", w, [], story=False, rel=False,
                     note="Podcast episode page with only a listening prompt: not a story. Title label 'The Statecraft Interview:' may be kept or dropped."))
    w = d(2023, 1, 17, 5, 0, 0, 0)
    add(38291, "reviews/recent-books-january-february-2023", "Recent Books", w, "",
        '<p>Capsule reviews of new titles on economics, military affairs, Western Europe, Asia and the Pacific, and Africa.</p>',
        lambda k: it(k, "Recent Books", w, [], story=False, rel=False, note="Section of capsule book reviews by several reviewers, no byline: not a story."))
    w = d(2023, 1, 19, 5, 0, 0, 0)
    add(38305, "united-states/immigration-courts-backlog-fix-alvarado", "America's Broken Immigration Courts", w, "Lucia Alvarado",
        '<p class="rubric">A two-million-case backlog is a domestic failure with no foreign fix</p>'
        '<p>Asylum seekers now wait four years on average for a hearing. The delay is a product of staffing and budget choices made in Washington, and Congress has repeatedly declined to fund more judges.</p>'
        '<p class="bio"><em>LUCIA ALVARADO is a Fellow at the Cortland Policy Lab.</em></p>',
        lambda k: it(k, "America's Broken Immigration Courts", w, ["Lucia Alvarado"], rel=False, junk=["LUCIA ALVARADO is a Fellow"],
                     note="US domestic policy (court staffing): not relevant."))
    channel = (f"  <title>Statecraft Quarterly</title>\n  <link>{base}/</link>\n  <description>Statecraft Quarterly: the journal of world affairs since 1931</description>\n  <language>en</language>\n"
               f"  <copyright>Copyright 2023 by the Council on Statecraft, Inc. All rights reserved.</copyright>")
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_us_statecraftquarterly_essays_drupal.rss.xml", text, items, lang="en", outlet="Statecraft Quarterly",
                structure="Foreign Affairs-style (New York) bimonthly journal's RSS from Drupal views: xml:base on <rss>, two-space nesting, Drupal '<nid> at <base URL>' non-permalink guids LAST in the item, dc:creator 'A and B' or empty, escaped descriptions with a <p class=rubric> standfirst without final stop, one teaser paragraph, an UPPER-CASE italic author-bio paragraph ('NAME is Senior Fellow at …') and a 'Subscribe to … to read the full essay' upsell, a 'Review Essay:' with the reviewed book's citation, a podcast page and a 'Recent Books' capsule section, copyright of the publishing council 'Inc.', +0000 dates at 05:00 in January 2023")


# ---------------------------------------------------------------- Substack newsletter on a custom domain
def bordereffects():
    rows, items = [], []
    base = "https://www.bordereffects.example"
    widget = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;' + base + '/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM">'
              '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Border Effects is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
              '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')

    def add(slug, title, sub, when, creator, body, exp, enclosure=None, extra=""):
        url = f"{base}/p/{slug}"
        enc = enclosure or f'<enclosure url="https://substackcdn.example/image/fetch/w_1456,c_limit,f_auto/{slug}.jpeg" length="0" type="image/jpeg"/>'
        rows.append(f"<item><title>{cd(title)}</title><description>{cd(sub)}</description><link>{url}</link><guid isPermaLink=\"false\">{url}</guid>"
                    f"<dc:creator>{cd(creator)}</dc:creator><pubDate>{gmt(when)}</pubDate>{enc}{extra}<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(url))

    w = d(2023, 3, 28, 11, 2, 31, 0)
    add("georgia-foreign-agents-law-eu-leverage", "Georgia's drift and the limits of EU leverage", "The protests won this round. The government has not changed its mind.", w, "Elena Varga",
        '<p>Three weeks ago tens of thousands of people filled Rustaveli Avenue, and within two days the ruling party withdrew its &#8220;foreign agents&#8221; bill. It was a rare clean win for a street movement in the region. I don&#8217;t think it will last.</p>'
        '<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.example/image/tbilisi-protest.jpeg"><div class="image2-inset"><picture><img src="https://substackcdn.example/image/tbilisi-protest.jpeg" width="1456" height="971" alt="" loading="lazy"></picture></div></a>'
        '<figcaption class="image-caption">Protesters outside the parliament in Tbilisi on 8 March. Photo: Irakli Gedevanishvili/Getty Images</figcaption></figure></div>'
        '<p>Brussels has one real lever over Tbilisi: candidate status, which the European Council withheld last June pending twelve reforms.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a> &#8220;The door is open, but Georgia has to walk through it, and the last month did not help,&#8221; said Katrin Mäesalu, a spokesperson for the European Commission, when I asked about the timeline.</p>'
        + widget +
        '<p>The harder question is what the EU does if the bill comes back in a softer form, as it almost certainly will after next year&#8217;s budget is passed.</p>'
        '<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>The Council conclusions of June 2022 list them in an annex; only three have been met in full.</p></div></div>',
        lambda k: it(k, "Georgia's drift and the limits of EU leverage", w, ["Elena Varga"], quotes=[q("Katrin Mäesalu", "European Commission")],
                     junk=["reader-supported publication", "Type your email", "Getty Images", "The Council conclusions of June 2022 list them"],
                     note="Substack body: captioned image with credit, a footnote anchor glued to the sentence ('…twelve reforms.1') and the footnote at the end, the subscription widget between paragraphs."))
    w = d(2023, 3, 24, 13, 30, 0, 0)
    add("weekly-briefing-sudan-armenia-azerbaijan", "Weekly briefing: Sudan's generals, the Lachin road, and Xi in Moscow", "Plus: why the ICC warrant matters less than you think", w, "Elena Varga",
        '<p>Good morning. This week: the transition deal in Khartoum slips again, the Lachin corridor stays shut, and Beijing&#8217;s peace plan gets a polite hearing in Moscow.</p>'
        '<h3>1. Sudan</h3><p>The signing of the final framework agreement between the army and the Rapid Support Forces has been postponed for the second time, with the two sides still at odds over how quickly the paramilitary would be folded into the regular army.</p>'
        '<div class="paywall-jump" data-component-name="PaywallToDOM"></div>'
        f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{base}/subscribe?simple=true&amp;next=https%3A%2F%2Fwww.bordereffects.example%2Fp%2Fweekly-briefing&amp;utm_source=paywall&amp;utm_medium=web&amp;utm_content=108512&quot;}}"><a class="button primary" href="{base}/subscribe?simple=true&amp;utm_source=paywall&amp;utm_medium=web"><span>Keep reading with a 7-day free trial</span></a></p>'
        '<p>Subscribe to Border Effects to keep reading this post and get 7 days of free access to the full post archives.</p>',
        lambda k: it(k, "Weekly briefing: Sudan's generals, the Lachin road, and Xi in Moscow", w, ["Elena Varga"],
                     junk=["Keep reading with a 7-day free trial", "Subscribe to Border Effects"],
                     note="Paid post: the feed carries only the free part (intro and first section) and the paywall button. A multi-topic weekly briefing on world affairs: labelled a relevant story."))
    w = d(2023, 3, 21, 16, 0, 0, 0)
    add("podcast-moldova-gas-winter", "Podcast: Moldova made it through the winter. Now what?", "A conversation with a Chișinău energy analyst", w, "Elena Varga",
        '<p>In this episode I talk to an energy analyst in Chișinău about how Moldova got off Russian gas in a single winter.</p>'
        '<p>Listen on Apple Podcasts, Spotify or in the Substack app.</p>',
        lambda k: it(k, "Podcast: Moldova made it through the winter. Now what?", w, ["Elena Varga"], story=False, rel=False,
                     note="Podcast episode (audio enclosure, itunes elements): not a story. Title label 'Podcast:' may be kept or dropped."),
        enclosure='<enclosure url="https://api.substack.example/feed/podcast/109311/audio.mp3" length="41822311" type="audio/mpeg"/>',
        extra="<itunes:author>Elena Varga</itunes:author><itunes:explicit>No</itunes:explicit><itunes:duration>2614</itunes:duration><itunes:image href=\"https://substackcdn.example/image/podcast-cover.jpg\"/>")
    w = d(2023, 3, 16, 9, 45, 0, 0)
    add("kazakhstan-hedging-sanctions-reexports", "Guest post: Why Kazakhstan keeps hedging", "Astana wants Western investment and Russian calm at the same time", w, "Rustam Alimov",
        '<p><em>Today&#8217;s guest post is by Rustam Alimov, a researcher in Almaty who writes about Central Asian trade. &#8212; EV</em></p>'
        '<p>Kazakhstan&#8217;s exports of machinery and electronics to Russia rose more than fivefold last year. Officials in Astana insist they enforce Western sanctions, and in a narrow sense they do: goods on the control lists are stopped at the border. Much else passes.</p>'
        '<p>&#8220;We are not a transit warehouse for anyone,&#8221; Aigerim Dossanova, a deputy trade minister, told a business forum in Almaty this month. Traders I spoke to in the city were less certain.</p>'
        + widget,
        lambda k: it(k, "Why Kazakhstan keeps hedging", w, ["Rustam Alimov"], quotes=[q("Aigerim Dossanova", "Kazakhstan's trade ministry")],
                     junk=["Today's guest post is by", "— EV", "reader-supported publication"],
                     note="Guest post: dc:creator is the guest; the italic editor's note at the top is not summary text. Title label 'Guest post:' may be kept or dropped."))
    w = d(2023, 3, 10, 12, 15, 0, 0)
    add("moldova-transnistria-gas-winter-notes", "Notes from Chișinău: the gas winter and the Transnistria question", "The separatist region now depends on Moldova more than Moldova depends on it", w, "Elena Varga",
        '<p>I spent last week in Chișinău and Tiraspol. The short version: Moldova got through the winter without Russian gas and without the blackouts many predicted, and that has quietly changed the balance with the breakaway region.</p>'
        '<p>Electricity is the lever now. The Cuciurgan power station in Transnistria still supplies most of the right bank&#8217;s power, but it runs on gas that Moldova&#8217;s state company now has to approve.</p>'
        f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{base}/p/moldova-transnistria-gas-winter-notes?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;}}"><a class="button primary" href="{base}/p/moldova-transnistria-gas-winter-notes?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>',
        lambda k: it(k, "Notes from Chișinău: the gas winter and the Transnistria question", w, ["Elena Varga"], junk=["utm_source", "action=share"]))
    w = d(2023, 3, 1, 15, 0, 0, 0)
    add("border-effects-turns-two", "Border Effects turns two (and a birthday discount)", "25% off an annual subscription this week", w, "Elena Varga",
        '<p>Two years ago I sent the first issue of this newsletter to 41 people. Today there are more than 18,000 of you. Thank you.</p>'
        f'<p class="button-wrapper"><a class="button primary" href="{base}/birthday?utm_source=substack"><span>Get 25% off for 1 year</span></a></p>',
        lambda k: it(k, "Border Effects turns two (and a birthday discount)", w, ["Elena Varga"], story=False, rel=False, note="Subscription promotion: not a story."))
    channel = (f"<title>{cd('Border Effects')}</title><description>{cd('Europe’s edges, from the Baltic to the Caspian. By Elena Varga.')}</description><link>{base}</link>"
               f"<image><url>https://substackcdn.example/image/fetch/w_256,c_limit,f_auto/border-effects-logo.png</url><title>Border Effects</title><link>{base}</link></image>"
               f"<generator>Substack</generator><lastBuildDate>{gmt(d(2023, 3, 28, 11, 5, 0, 0))}</lastBuildDate><atom:link href=\"{base}/feed\" rel=\"self\" type=\"application/rss+xml\"/>"
               f"<copyright>{cd('Elena Varga')}</copyright><language>{cd('en')}</language><webMaster>{cd('bordereffects@substack.example')}</webMaster>"
               f"<itunes:owner><itunes:email>{cd('bordereffects@substack.example')}</itunes:email><itunes:name>{cd('Elena Varga')}</itunes:name></itunes:owner><itunes:author>{cd('Elena Varga')}</itunes:author>"
               f"<googleplay:owner>{cd('bordereffects@substack.example')}</googleplay:owner><googleplay:email>{cd('bordereffects@substack.example')}</googleplay:email><googleplay:author>{cd('Elena Varga')}</googleplay:author>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" '
            'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel>'
            + channel + "".join(rows) + "</channel></rss>")
    return feed("en_substack_bordereffects_newsletter.rss.xml", text, items, lang="en", outlet="Border Effects",
                structure="Substack newsletter on a custom domain (/feed): the whole document on ONE line without a trailing newline, namespaces after version with itunes and googleplay, CDATA channel elements including <language> and <copyright> holding the writer's name, /p/<slug> URLs as non-permalink guids, CDATA subtitle descriptions, one CDATA dc:creator (the writer, or a guest), GMT pubDates, image or audio enclosures, content:encoded bodies with captioned-image figures ('Photo: NAME/Getty Images'), footnote anchors glued to sentences and footnotes at the end, the 'reader-supported publication' subscribe widget, 'Share' buttons with utm links, a paid post cut at the paywall ('Keep reading with a 7-day free trial'), a podcast episode, a guest post with an editor's italic note, an anniversary discount, March 2023")


# ---------------------------------------------------------------- Atlantic Council-style think tank on WordPress
def assembly():
    rows, items = [], []
    base = "https://www.transatlanticassembly.example"

    def add(pid, slug, sec, title, when, authors, cats, excerpt, body, exp):
        url = f"{base}/{sec}/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{a}]]></dc:creator>" for a in authors)
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        foot = f'<p>The post <a href="{url}">{wpt(title)}</a> appeared first on <a href="{base}">Transatlantic Assembly</a>.</p>\n'
        rows.append(
                    f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t\n\t\t<pubDate>{rfc822(when)}</pubDate>{crs}{cts}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\n"
                    f"\t\t\t\t\t<description><![CDATA[<p>{excerpt} [&#8230;]</p>\n{foot}]]></description>\n\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{body}\n{foot}]]></content:encoded>\n\t\t\t\t\t\n\t\t\n\t\t\n\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    junk_foot = ["appeared first on", "Further reading"]
    w = d(2023, 5, 21, 18, 40, 12, 0)
    add(662310, "experts-react-g7-hiroshima-china-ukraine", "blogs/assembly-dispatch", "Experts react: What the G7’s Hiroshima summit means for China and Ukraine", w,
        ["Marta Kowalczyk", "Daniel Osei-Bonsu", "Hiroshi Tanabe-Wells"], ["Assembly Dispatch", "China", "Japan", "Russia", "Ukraine"],
        "The Group of Seven closed its summit in Hiroshima with a surprise guest and the toughest language on economic coercion yet. Our experts weigh in on what it means",
        '<p>The Group of Seven closed its summit in Hiroshima with a surprise guest and the toughest language on economic coercion yet. Our experts weigh in on what it means.</p>\n'
        '<h3><strong>Marta Kowalczyk: </strong>&#8220;De-risking&#8221; is now the official line</h3>\n'
        '<p>The communiqué&#8217;s shift from &#8220;decoupling&#8221; to &#8220;de-risking&#8221; gives Europe the vocabulary it wanted. It will not settle how much risk each capital is willing to carry.</p>\n'
        '<p><em>Marta Kowalczyk is a senior fellow at the Transatlantic Assembly&#8217;s Europe Center.</em></p>\n'
        '<h3><strong>Daniel Osei-Bonsu: </strong>The Global South was in the room</h3>\n'
        '<p>Inviting Brazil, India and Indonesia was meant to widen the coalition on Ukraine. The joint statements show how far apart the invitees remain.</p>\n'
        '<p><em>Daniel Osei-Bonsu is a nonresident senior fellow at the Transatlantic Assembly&#8217;s Africa Center.</em></p>\n'
        '<h3><strong>Hiroshi Tanabe-Wells: </strong>Tokyo&#8217;s moment</h3>\n'
        '<p>Japan used the presidency to put nuclear disarmament and the Indo-Pacific on the same page as Ukraine. That framing will outlast this summit.</p>\n'
        '<p><em>Hiroshi Tanabe-Wells is a senior fellow in the Indo-Pacific Security Initiative.</em></p>\n'
        f'<hr class="wp-block-separator"/>\n<p><strong>Further reading</strong></p>\n<ul><li><a href="{base}/blogs/assembly-dispatch/g7-economic-coercion-platform/">The G7 needs a coercion response platform</a></li><li><a href="{base}/in-depth-research-reports/report/de-risking-china/">Report: De-risking from China</a></li></ul>',
        lambda k: it(k, "Experts react: What the G7’s Hiroshima summit means for China and Ukraine", w, ["Marta Kowalczyk", "Daniel Osei-Bonsu", "Hiroshi Tanabe-Wells"],
                     junk=[*junk_foot, "is a senior fellow at the Transatlantic Assembly", "[…]"],
                     note="Three dc:creator elements (one per expert); each expert's section ends with an italic bio. Title label 'Experts react:' may be kept or dropped."))
    w = d(2023, 5, 19, 14, 5, 0, 0)
    add(662201, "turkey-runoff-five-things-to-watch", "blogs/turkeysource", "Turkey’s runoff: Five things to watch before May 28", w,
        ["Selin Arıkan"], ["Elections", "Turkey", "TurkeySource"],
        "No candidate cleared 50 percent in the first round. Here is what will decide the second",
        '<p>No candidate cleared 50 percent in the first round on May 14, sending Turkey into its first presidential runoff.</p>\n'
        '<p><strong>1. The nationalist vote.</strong> The third-placed candidate&#8217;s 5 percent is now the most courted bloc in the country.</p>\n'
        '<p><strong>2. Turnout abroad.</strong> Voting for the diaspora has already begun at consulates in Germany and the Netherlands.</p>\n'
        '<p>&#8220;The runoff will be decided by who stays home, not by who switches,&#8221; said Emre Kaplanoğlu, a pollster at the Ankara-based Kuzey Research.</p>\n'
        '<p><em>Selin Arıkan is a resident fellow at the Transatlantic Assembly&#8217;s Turkey Program.</em></p>',
        lambda k: it(k, "Turkey’s runoff: Five things to watch before May 28", w, ["Selin Arıkan"], quotes=[q("Emre Kaplanoğlu", "Kuzey Research")],
                     junk=[*junk_foot, "is a resident fellow"]))
    w = d(2023, 5, 17, 20, 0, 0, 0)
    add(662105, "event-securing-the-black-sea-june-2023", "events", "Securing the Black Sea: A conversation with Romania’s defense minister", w,
        ["Transatlantic Assembly"], ["Events", "Black Sea"],
        "Join the Transatlantic Assembly on Thursday, June 1, at 10:00 a.m. ET for a conversation on security in the Black Sea region",
        '<p>Join the Transatlantic Assembly on Thursday, June 1, at 10:00 a.m. ET for a conversation on security in the Black Sea region.</p>\n<p><a href="https://www.transatlanticassembly.example/events/register/?id=5521">Register here</a></p>',
        lambda k: it(k, "Securing the Black Sea: A conversation with Romania’s defense minister", w, [], story=False, rel=False,
                     note="Event announcement with registration link; dc:creator is the institution: not a story."))
    w = d(2023, 5, 16, 13, 22, 0, 0)
    add(662044, "chips-act-ohio-fab-jobs-workforce", "blogs/econographics", "How the CHIPS Act is reshaping Ohio’s job market", w,
        ["Grace Liang", "Tom Abernathy"], ["Econographics", "Technology & Innovation", "United States"],
        "A new chip plant near Columbus is pulling workers from across the Midwest. The supply of trained technicians is not keeping up",
        '<p>A new chip plant near Columbus is pulling workers from across the Midwest. The supply of trained technicians is not keeping up.</p>\n'
        '<p>Community colleges in the state have tripled enrollment in semiconductor programs since 2021, but the first fab alone will need about 3,000 technicians by 2025.</p>\n'
        '<p><em>Grace Liang is an assistant director and Tom Abernathy is a research associate at the GeoEconomics Center.</em></p>',
        lambda k: it(k, "How the CHIPS Act is reshaping Ohio’s job market", w, ["Grace Liang", "Tom Abernathy"], rel=False, junk=[*junk_foot, "is an assistant director"],
                     note="US domestic industry and labour: not relevant."))
    w = d(2023, 5, 15, 10, 0, 0, 0)
    add(661988, "transatlantic-assembly-announces-new-senior-fellows-2023", "news/press-releases", "Transatlantic Assembly announces new class of senior fellows", w,
        ["Transatlantic Assembly"], ["Press Releases"],
        "WASHINGTON, DC — The Transatlantic Assembly today announced six new senior fellows",
        '<p>WASHINGTON, DC — The Transatlantic Assembly today announced six new senior fellows across its regional centers.</p>',
        lambda k: it(k, "Transatlantic Assembly announces new class of senior fellows", w, [], story=False, rel=False, note="Institutional press release: not a story."))
    w = d(2023, 5, 12, 16, 45, 0, 0)
    add(661902, "sudan-war-darfur-el-geneina-rsf", "blogs/africasource", "Sudan’s war has reached Darfur. The world cannot look away again.", w,
        ["Amira El-Tayeb"], ["AfricaSource", "Conflict", "Sudan"],
        "Reports from El Geneina describe attacks on displaced people that echo the early 2000s",
        '<p>Reports from El Geneina describe attacks on displaced people that echo the early 2000s.</p>\n'
        '<figure class="wp-block-image size-large"><img src="https://www.transatlanticassembly.example/wp-content/uploads/2023/05/chad-border-refugees.jpg" alt="" class="wp-image-662910"/><figcaption class="wp-element-caption">Sudanese refugees wait for aid at the border with Chad. REUTERS/Zohra Bensemra-Ali</figcaption></figure>\n'
        '<p>The fighting between the army and the Rapid Support Forces began in Khartoum on April 15. Within three weeks it had spread west.</p>\n'
        '<p>&#8220;What we are seeing is targeted, and it is ethnic,&#8221; said Nadia Suleiman, a Darfuri lawyer with the Geneina Bar Association, speaking by phone from Adré in Chad.</p>\n'
        '<p><em>Amira El-Tayeb is a nonresident fellow at the Africa Center.</em></p>',
        lambda k: it(k, "Sudan’s war has reached Darfur. The world cannot look away again.", w, ["Amira El-Tayeb"], quotes=[q("Nadia Suleiman", "Geneina Bar Association")],
                     junk=[*junk_foot, "REUTERS/Zohra Bensemra-Ali", "is a nonresident fellow"]))
    channel = (f"\t<title>Transatlantic Assembly</title>\n\t<atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>{base}/</link>\n"
               "\t<description>Shaping the global future together</description>\n"
               f"\t<lastBuildDate>{rfc822(d(2023, 5, 21, 18, 40, 12, 0))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
               "\t<generator>https://wordpress.org/?v=6.2.2</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_us_transatlanticassembly_wp.rss.xml", text, items, lang="en", outlet="Transatlantic Assembly",
                structure="Atlantic Council-style (Washington) think tank on WordPress (/feed/): declaration and <rss> on one line, one namespace per tab-indented line, channel titled with the bare brand and a slogan, WordPress's deep tab indentation, pubDate BEFORE one CDATA dc:creator per author (three on an 'Experts react:' post, the institution itself on an event and a press release), CDATA categories, '?p=<id>' non-permalink guids, excerpts ending ' [&#8230;]' followed by the 'The post … appeared first on …' footer in description AND content, content:encoded with <h3><strong>Name: </strong> expert sections, italic bios after each section, a Gutenberg figure whose caption ends 'REUTERS/NAME', a bold 'Further reading' list, +0000 dates in May 2023")


# ---------------------------------------------------------------- RUSI-style London defence think tank, Atom from a custom CMS
def kingsway():
    entries, items = [], []
    base = "https://www.kingswayinstitute.example"

    def add(num, sec, slug, title, when, authors, summary, exp, kind="Commentary"):
        url = f"{base}/explore-our-research/publications/{sec}/{slug}"
        auth = "".join(f"\n    <author>\n      <name>{esc(a)}</name>\n    </author>" for a in authors)
        entries.append(f"  <entry>\n    <title type=\"html\">{esc(title)}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>tag:kingswayinstitute.example,2023:{num}</id>\n"
                       f"    <published>{when.isoformat()}</published>\n    <updated>{when.isoformat()}</updated>{auth}\n    <category term=\"{kind}\"/>\n    <summary type=\"html\">{esc(summary)}</summary>\n  </entry>")
        items.append(exp(f"tag:kingswayinstitute.example,2023:{num}"))

    o = 1
    w = d(2023, 7, 12, 17, 30, 0, o)
    add(40117, "commentary", "vilnius-summit-natos-ukraine-formula-falls-short-membership", "Vilnius Summit: NATO’s Ukraine Formula Falls Short of Membership", w,
        ["Dr Imogen Farrant", "Lt Gen (Retd) Sir Malcolm Edgerly"],
        "<p>Allies dropped the Membership Action Plan but attached no date, leaving Kyiv with a promise and a queue</p>"
        "<p>The summit communiqué says Ukraine&#8217;s future is in NATO and that an invitation will come &#8216;when Allies agree and conditions are met&#8217;. That sentence is the product of a week of drafting, and it satisfies nobody entirely.</p>"
        "<p><em>The views expressed in this Commentary are the authors&#8217;, and do not represent those of the Kingsway Institute or any other institution.</em></p>",
        lambda k: it(k, "Vilnius Summit: NATO’s Ukraine Formula Falls Short of Membership", w, ["Imogen Farrant", "Malcolm Edgerly"],
                     junk=["The views expressed in this Commentary", "do not represent those of the Kingsway Institute"],
                     note="Two <author> elements with titles and ranks ('Dr', 'Lt Gen (Retd) Sir'): the people are Imogen Farrant and Malcolm Edgerly; the disclaimer paragraph is boilerplate."))
    w = d(2023, 7, 6, 10, 0, 0, o)
    add(40102, "commentary", "wagner-mutiny-russias-africa-footprint", "After the Mutiny: What Happens to Wagner in Africa?", w, ["Jasper Nkemelu"],
        "<p>Moscow needs the group&#8217;s networks in Mali and the Central African Republic more than it needs its leader</p>"
        "<p>Within days of the aborted march on Moscow, Russian officials were in Bamako and Bangui reassuring their hosts. &#8216;Nothing changes for our partners,&#8217; one foreign ministry envoy was quoted as saying.</p>"
        "<p><em>The views expressed in this Commentary are the author&#8217;s, and do not represent those of the Kingsway Institute or any other institution.</em></p>",
        lambda k: it(k, "After the Mutiny: What Happens to Wagner in Africa?", w, ["Jasper Nkemelu"], junk=["The views expressed in this Commentary"],
                     note="The quoted envoy is anonymous: no quote to attribute."))
    w = d(2023, 7, 4, 9, 15, 0, o)
    add(40095, "commentary", "knife-crime-limits-stop-and-search", "Knife Crime and the Limits of Stop and Search", w, ["Professor Hannah Okafor-Reid"],
        "<p>More searches have not meant fewer stabbings in London&#8217;s worst-affected boroughs</p>"
        "<p><em>The views expressed in this Commentary are the author&#8217;s, and do not represent those of the Kingsway Institute or any other institution.</em></p>",
        lambda k: it(k, "Knife Crime and the Limits of Stop and Search", w, ["Hannah Okafor-Reid"], rel=False, junk=["The views expressed in this Commentary"],
                     note="UK domestic policing: not relevant. Author with the title 'Professor'."))
    w = d(2023, 7, 3, 12, 0, 0, o)
    add(40091, "podcasts", "western-way-of-war-episode-88", "Western Way of War, Episode 88: Counter-Offensive Lessons", w, ["Peter Alvey"],
        "<p>Listen to the latest episode of the Kingsway Institute&#8217;s flagship podcast.</p>",
        lambda k: it(k, "Western Way of War, Episode 88: Counter-Offensive Lessons", w, ["Peter Alvey"], story=False, rel=False, note="Podcast episode: not a story."),
        kind="Podcast")
    w = d(2023, 7, 1, 8, 0, 0, o)
    add(40088, "vacancies", "research-fellow-sea-power", "Vacancy: Research Fellow, Sea Power", w, [],
        "<p>Salary: £42,000&#8211;£48,000 per annum. Closing date: 24 July 2023.</p>",
        lambda k: it(k, "Vacancy: Research Fellow, Sea Power", w, [], story=False, rel=False, note="Job advertisement with no author: not a story."), kind="Vacancy")
    w = d(2023, 6, 29, 14, 0, 0, o)
    add(40076, "commentary", "economic-crime-act-companies-house-reform", "The Economic Crime Act Will Only Work if Companies House Is Funded", w, ["Eleanor Brightwater", "Dr Samir Haddad"],
        "<p>New verification powers mean little without the staff to use them</p>"
        "<p>The Economic Crime and Corporate Transparency Bill gives the registrar the power to query and reject filings. &#8220;We are being asked to police a register of five million companies with the budget of a mid-sized council,&#8221; said Rachel Moult, a former deputy registrar, at a Kingsway Institute roundtable.</p>"
        "<p><em>The views expressed in this Commentary are the authors&#8217;, and do not represent those of the Kingsway Institute or any other institution.</em></p>",
        lambda k: it(k, "The Economic Crime Act Will Only Work if Companies House Is Funded", w, ["Eleanor Brightwater", "Samir Haddad"], rel=False,
                     quotes=[q("Rachel Moult")], junk=["The views expressed in this Commentary"], note="UK domestic financial regulation: not relevant."))
    head = (f"  <title type=\"text\">Kingsway Institute - Commentary</title>\n  <subtitle>Independent thinking on defence and security since 1858</subtitle>\n"
            f"  <link rel=\"alternate\" type=\"text/html\" href=\"{base}/\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/feeds/commentary.atom\"/>\n"
            f"  <id>{base}/feeds/commentary.atom</id>\n  <updated>{d(2023, 7, 12, 17, 31, 0, o).isoformat()}</updated>\n  <rights>© Kingsway Institute for Defence and Security Studies 2023</rights>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("en_gb_kingsway_commentary.atom.xml", text, items, lang="en", outlet="Kingsway Institute", shape="atom", ctype="application/atom+xml; charset=utf-8",
                aliases=["Kingsway Institute for Defence and Security Studies", "The Kingsway Institute"],
                structure="RUSI-style (London) defence and security think tank's Atom feed from a custom CMS: feed title 'Brand - Commentary', a founding-year subtitle, rights line with the institute's long name, tag: URI ids, published and updated with +01:00 offsets, one <author> per person with academic and military titles ('Dr', 'Professor', 'Lt Gen (Retd) Sir'), an Atom category for the content type, escaped HTML summaries with a standfirst without final stop and the institute's 'views expressed … are the authors'' disclaimer, a podcast and a job vacancy with no author, June–July 2023")


# ---------------------------------------------------------------- RealClearWorld-style opinion aggregator (items link to other outlets)
def clearworld():
    rows, items = [], []
    base = "https://www.clearworlddigest.example"

    def add(n, when, title, author, src, srcurl, path, excerpt, exp):
        link = f"{base}/go/2023/{when:%m/%d}/{n}.html"
        cr = f"\n      <dc:creator>{esc(author)}</dc:creator>" if author else ""
        sr = f"\n      <source url=\"{srcurl}/rss\">{esc(src)}</source>" if src else ""
        desc = f"<p>{excerpt}</p><p><a href=\"{srcurl}/{path}\">Read the full article at {src}</a></p>" if src else f"<p>{excerpt}</p>"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{link}</link>\n      <guid isPermaLink=\"true\">{link}</guid>{cr}\n"
                    f"      <description>{esc(desc)}</description>\n      <pubDate>{rfc822(when)}</pubDate>{sr}\n    </item>")
        items.append(exp(link))

    o = -4
    w = d(2023, 10, 16, 7, 30, 0, o)
    add(251901, w, "Israel's Long War Has Only Begun", "Rachel Adelstein", "The Northgate Review", "https://northgatereview.example", "2023/10/israel-long-war-gaza",
        "The hardest part of the war Israel declared on October 7 will not be the ground operation but what comes after it, when someone has to govern Gaza. Nobody in Jerusalem has an answer yet.",
        lambda k: it(k, "Israel's Long War Has Only Begun", w, ["Rachel Adelstein"], outlet="The Northgate Review", junk=["Read the full article at"],
                     note="Aggregated item: the link is the aggregator's redirect page; the outlet a reader expects is the <source> (The Northgate Review)."))
    w = d(2023, 10, 16, 7, 30, 0, o)
    add(251902, w, "Slovakia's Election Is a Warning for Kyiv", "Tomás Hrubý", "Danube Post", "https://danubepost.example", "opinion/slovakia-election-ukraine-warning",
        "A government in Bratislava that stops arms deliveries matters less for the shells than for the precedent it sets inside the EU and NATO.",
        lambda k: it(k, "Slovakia's Election Is a Warning for Kyiv", w, ["Tomás Hrubý"], outlet="Danube Post", junk=["Read the full article at"]))
    w = d(2023, 10, 16, 7, 30, 0, o)
    add(251903, w, "Argentina's Dollarization Gamble", "Mariana Quiroga", "Southern Cone Quarterly", "https://southernconequarterly.example", "2023/10/argentina-dollarization-election",
        "The front-runner's plan to abolish the peso would hand monetary policy to Washington and tie Buenos Aires' fate to decisions made for the US economy.",
        lambda k: it(k, "Argentina's Dollarization Gamble", w, ["Mariana Quiroga"], outlet="Southern Cone Quarterly", junk=["Read the full article at"],
                     note="Foreign election and its economic platform: relevant."))
    w = d(2023, 10, 15, 7, 30, 0, o)
    add(251877, w, "Why Speaker Fights Paralyze Congress", "Doug Pemberton", "Heartland Ledger", "https://heartlandledger.example", "opinion/speaker-fight-congress-paralysis",
        "Two weeks without a Speaker of the House have shown how thin the majority's governing margin really is.",
        lambda k: it(k, "Why Speaker Fights Paralyze Congress", w, ["Doug Pemberton"], outlet="Heartland Ledger", rel=False, junk=["Read the full article at"],
                     note="US domestic politics: not relevant."))
    w = d(2023, 10, 15, 7, 30, 0, o)
    add(251878, w, "The Case for a Four-Day School Week", "Carla Menendez", "Heartland Ledger", "https://heartlandledger.example", "opinion/four-day-school-week-rural",
        "Rural districts that switched say attendance went up and teacher turnover went down.",
        lambda k: it(k, "The Case for a Four-Day School Week", w, ["Carla Menendez"], outlet="Heartland Ledger", rel=False, junk=["Read the full article at"]))
    w = d(2023, 10, 14, 6, 0, 0, o)
    add(251850, w, "Get the ClearWorld Morning Brief", "", "", "", "",
        "The day's best foreign-policy commentary in your inbox every weekday at 6 a.m. Sign up free.",
        lambda k: it(k, "Get the ClearWorld Morning Brief", w, [], story=False, rel=False, note="The aggregator's own newsletter promotion (no <source>): not a story; outlet is the aggregator."))
    channel = (f"    <title>ClearWorld Digest - World Opinion</title>\n    <link>{base}/</link>\n    <description>The best commentary on world affairs, from across the web</description>\n"
               f"    <language>en-us</language>\n    <copyright>Copyright 2023 ClearWorld Media Holdings LLC</copyright>\n    <lastBuildDate>{rfc822(d(2023, 10, 16, 7, 31, 0, o))}</lastBuildDate>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n"
    return feed("en_us_clearworld_opinion_aggregator.rss.xml", text, items, lang="en", outlet="ClearWorld Digest", topic="aggregator",
                structure="RealClearWorld-style (Chicago) opinion aggregator's RSS from a custom CMS: channel 'Brand - World Opinion', LLC copyright, items whose <link> and permalink guid are the aggregator's '/go/YYYY/MM/DD/<n>.html' redirect pages, dc:creator holding the op-ed writer, an escaped excerpt plus a 'Read the full article at OUTLET' link, the original outlet named in an RSS <source url=…> element AFTER pubDate, identical 07:30 timestamps for the morning batch, the aggregator's own newsletter promo without <source>, -0400 dates in October 2023",
                notes="Aggregator: the outlet a reader expects is each item's <source>, not the aggregator (except the aggregator's own promo).")


FEEDS = [statecraft, bordereffects, assembly, kingsway, clearworld]
