# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-first held-out set (part 1: a Singapore broadsheet on Drupal 8,
a Nairobi daily on WordPress 5.2 with Yoast, an Abu Dhabi daily on Arc XP's early outbound
feeds, a Kingston daily on Escenic). All outlets, people and quotations are invented."""
from h31 import cd, d, esc, feed, gmt, it, ordered, q, rfc822, wpt


# ---------------------------------------------------------------- Singapore broadsheet on Drupal 8 views (rss row: node teaser)
def tembusu():
    rows, items = [], []
    base = "https://www.tembusutimes.example"

    def add(nid, slug, title, when, user, body, exp):
        path = f"/world/{slug}"
        teaser = (f'<span class="field field--name-title field--type-string field--label-hidden">{title}</span>\n'
                  f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{user}</span></span>\n'
                  f'<span class="field field--name-created field--type-created field--label-hidden">{when.strftime("%a, %m/%d/%Y - %H:%M")}</span>\n'
                  f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>\n'
                  f'<ul class="links inline"><li class="node-readmore"><a href="{path}" rel="tag" title="{title}" hreflang="en">Read more<span class="visually-hidden"> about {title}</span></a></li></ul>\n')
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{base}{path}</link>\n  <description>{esc(teaser)}</description>\n  <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <dc:creator>{user}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(exp(f"{nid} at {base}"))

    std = ["Read more"]
    w = d(2019, 2, 27, 19, 42, 0, 8)
    add(1203377, "malaysia-singapore-agree-to-suspend-overlapping-port-limits", "Malaysia and Singapore agree to suspend overlapping port limits off Tuas", w, "tt_asiadesk",
        '<p><strong>KUALA LUMPUR</strong> – Malaysia and Singapore will suspend their overlapping port limits off Tuas and stop anchoring government vessels in the disputed waters, the two foreign ministries said on Wednesday, easing a row that began in December.</p>'
        '<p>A working group of officials will meet within a month to study the legal aspects of the dispute, according to a joint statement issued after talks between the two foreign ministers in Putrajaya.</p>'
        '<p>"Both sides have stepped back from the edge, and that is worth more than any single legal argument," said Dr Farah Iskandar Lim, a maritime law specialist at the Institute of Strait Studies.</p>'
        '<p>The dispute had seen vessels from both countries anchored in the area for nearly three months, with shipping companies warning of congestion at one of the world\'s busiest port approaches.</p>'
        '<p>Officials said talks on the separate airspace disagreement over Seletar airport would continue in parallel.</p>',
        lambda k: it(k, "Malaysia and Singapore agree to suspend overlapping port limits off Tuas", w, [], quotes=[q("Farah Iskandar Lim", "Institute of Strait Studies")],
                     junk=[*std, "tt_asiadesk", "02/27/2019 - 19:42"],
                     note="Drupal 8 node teaser as description: the title, the account name 'tt_asiadesk' and the date ('Wed, 02/27/2019 - 19:42') are repeated before the body, and the 'Read more about <title>' link with visually-hidden text ends it. The account name is not a person. Bilateral dispute with a neighbour: relevant."))
    w = d(2019, 2, 27, 8, 15, 0, 8)
    add(1203290, "hanoi-readies-for-second-us-north-korea-summit", "Hanoi locks down city centre as second US-North Korea summit opens", w, "tt_asiadesk",
        '<p><strong>HANOI</strong> – Roads around the Metropole hotel were sealed off and tanks of water trucks parked along the lakeside on Wednesday morning as Vietnam\'s capital braced for the second summit between the United States and North Korea.</p>'
        '<p>Vietnamese officials have billed the meeting as proof that the country can host delicate diplomacy. Souvenir shops in the Old Quarter were selling T-shirts printed with both flags.</p>'
        '<p>"For Hanoi the summit itself is the result, whatever is signed," said Mr Tran Duc Hoang, a former Vietnamese diplomat who now teaches at a university in the city.</p>'
        '<p>Singapore hosted the first meeting between the two leaders in June last year.</p>'
        '<p><em>Nirmala Sabapathy, Regional Correspondent In Hanoi</em></p>',
        lambda k: it(k, "Hanoi locks down city centre as second US-North Korea summit opens", w, ["Nirmala Sabapathy"], quotes=[q("Tran Duc Hoang")],
                     junk=[*std, "tt_asiadesk", "Regional Correspondent In Hanoi"],
                     note="The dc:creator is a desk account; the reporter is named only in the italic sign-off at the end of the body ('Name, Regional Correspondent In Hanoi'), which is the byline to show. Honorific 'Mr' before the speaker's name. Heads of state appear only as a setting."))
    w = d(2019, 2, 26, 21, 5, 0, 8)
    add(1203208, "singaporeans-among-injured-in-bali-bus-crash", "Three Singaporeans among 14 injured in Bali tour bus crash", w, "nurul_h",
        '<p>Three Singaporeans were among 14 people injured when a tour bus overturned on a mountain road in northern Bali on Tuesday afternoon, Indonesian police said.</p>'
        '<p>The Ministry of Foreign Affairs said it was in touch with the families and that consular officers from the Singapore Embassy in Jakarta had travelled to Denpasar.</p>'
        '<p>One of the injured, a 67-year-old retiree from Bedok, is in stable condition after surgery, her son told The Tembusu Times.</p>',
        lambda k: it(k, "Three Singaporeans among 14 injured in Bali tour bus crash", w, [], rel=False, junk=[*std, "nurul_h"],
                     note="An accident abroad told for its Singaporean victims: a story, not relevant (consular human interest, no world affairs). 'nurul_h' is a CMS user name, not a byline: [] expected; ['Nurul H'] would be a wrong name."))
    w = d(2019, 2, 26, 16, 30, 0, 8)
    add(1203161, "thai-election-campaign-enters-final-month", "Thai election: pro-army party leads in campaign cash as poll enters final month", w, "nirmalas",
        '<p><strong>BANGKOK</strong> – A party backing the military government has raised more than twice as much as its nearest rival, according to filings with Thailand\'s Election Commission, as campaigning for the March 24 general election entered its final month.</p>'
        '<p>Rival parties accused the commission of moving too slowly on complaints about the use of state events for campaigning.</p>'
        '<p>"The rules are written for a level field, but nobody is playing on one," said Ms Pimchanok Wattana, who heads an election-monitoring network in Bangkok.</p>'
        '<p>It is the first general election since the 2014 coup. More than 51 million Thais are eligible to vote, and a new electoral system makes the outcome hard to predict.</p>'
        '<p><em>Nirmala Sabapathy, Regional Correspondent In Bangkok</em></p>',
        lambda k: it(k, "Thai election: pro-army party leads in campaign cash as poll enters final month", w, ["Nirmala Sabapathy"], quotes=[q("Pimchanok Wattana", "election-monitoring network")],
                     junk=[*std, "nirmalas", "Regional Correspondent In Bangkok"],
                     note="dc:creator is the reporter's CMS login ('nirmalas'); the byline is the sign-off line. ['Nirmala Sabapathy'] expected. Title label 'Thai election:' is part of the headline."))
    w = d(2019, 2, 25, 12, 0, 0, 8)
    add(1203044, "watch-floating-market-returns-to-chao-phraya", "Watch: Floating market returns to the Chao Phraya", w, "tt_video",
        '<p><iframe width="640" height="360" src="https://www.youtube-nocookie.example/embed/tTx91Ka" frameborder="0" allowfullscreen></iframe></p>',
        lambda k: it(k, "Watch: Floating market returns to the Chao Phraya", w, [], story=False, rel=False,
                     note="Video embed only: not a story. Title label 'Watch:' may be kept or dropped."))
    w = d(2019, 2, 25, 7, 0, 0, 8)
    add(1202990, "sign-up-asia-briefing-newsletter", "Get the Asia Briefing newsletter: the region in five minutes", w, "tt_admin",
        '<p>Our correspondents in 11 cities bring you the stories shaping the region, every weekday at 7am. <a href="https://www.tembusutimes.example/newsletters">Sign up now</a>, it\'s free.</p>',
        lambda k: it(k, "Get the Asia Briefing newsletter: the region in five minutes", w, [], story=False, rel=False, note="Newsletter promotion: not a story."))
    head = (f'    <title>World | The Tembusu Times</title>\n    <link>{base}/</link>\n    <description/>\n    <language>en</language>\n'
            f'    <atom:link href="{base}/rss/world.xml" rel="self" type="application/rss+xml"/>\n    ')
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            + head + "\n    ".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_tembusutimes_world_drupal8.rss.xml", text, items, lang="en", outlet="The Tembusu Times", aliases=["Tembusu Times"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Singapore English broadsheet's world section from Drupal 8 views with the node 'content' row plugin (/rss/world.xml): xml:base on <rss>, channel 'World | Brand', EMPTY <description/>, language 'en' (no region: the home country shows only through datelines, 'consular officers from the Singapore Embassy' and a Bedok retiree), item children indented unevenly as Drupal's templates write them, '<nid> at <base>' guids LAST, dc:creator holding CMS account names ('tt_asiadesk', 'nurul_h', a reporter's login), escaped node-teaser HTML repeating the title, the account and the date ('Wed, 02/27/2019 - 19:42') before the body and ending with the 'Read more<span class=visually-hidden> about <title></span>' link, bold upper-case datelines with an en dash, honorifics 'Mr'/'Ms'/'Dr', italic reporter sign-offs 'Name, Regional Correspondent In City', a video and a newsletter promo, +0800 dates in February 2019")


# ---------------------------------------------------------------- Nairobi daily on WordPress 5.2 + Yoast SEO 11
def taifa():
    rows, items = [], []
    base = "https://www.taifaledger.example"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp, comments=0):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        foot = f'<p>The post <a rel="nofollow" href="{url}">{wpt(title)}</a> appeared first on <a rel="nofollow" href="{base}">Taifa Ledger</a>.</p>\n'
        cts = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>\n\t\t<pubDate>{rfc822(when.astimezone(d(2019, 1, 1, 0, 0).tzinfo))}</pubDate>\n"
                    f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>{cts}\n\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[<p>{excerpt} [&#8230;]</p>\n{foot}]]></description>\n\t\t\t\t<content:encoded><![CDATA[{body}{foot}]]></content:encoded>\n"
                    f"\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>\n\t\t<slash:comments>{comments}</slash:comments>\n\t\t\t\t\t\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    share = '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="https://www.addtoany.example/add_to/facebook" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_twitter" href="https://www.addtoany.example/add_to/twitter" title="Twitter" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_whatsapp" href="https://www.addtoany.example/add_to/whatsapp" title="WhatsApp" rel="nofollow noopener" target="_blank"></a></div></div>'
    w = d(2019, 8, 22, 17, 48, 0, 3)
    add(287714, "uganda-rwanda-sign-pact-to-end-border-standoff", "Uganda, Rwanda sign pact to end six-month border standoff", w, "Wanjiru Kamau", ["Africa", "World"],
        "LUANDA, Angola, Aug 22 – Uganda and Rwanda on Wednesday signed an agreement aimed at ending a six-month standoff that shut their main border crossing and stranded",
        '<p><strong>LUANDA, Angola, Aug 22</strong> – Uganda and Rwanda on Wednesday signed an agreement aimed at ending a six-month standoff that shut their main border crossing at Gatuna and stranded thousands of truck drivers on the Northern Corridor.</p>'
        '<p>The memorandum, brokered by Angola and the Democratic Republic of Congo, commits both governments to stop supporting groups hostile to the other and to resume cross-border trade.</p>'
        '<p>Kenyan transporters, who move much of Rwanda&#8217;s imports from the port of Mombasa, welcomed the deal. &#8220;Our drivers have been taking a detour of 300 kilometres through Tanzania. Every day of that costs us money,&#8221; said Dennis Otieno Mugo, chairman of the East African Truckers Association.</p>'
        '<p>Analysts cautioned that similar commitments had been made before. An ad hoc commission will meet within 30 days to check progress.</p>'
        '<p>The two countries accuse each other of spying and of abducting citizens.</p>' + share,
        lambda k: it(k, "Uganda, Rwanda sign pact to end six-month border standoff", w, ["Wanjiru Kamau"], quotes=[q("Dennis Otieno Mugo", "East African Truckers Association")],
                     junk=["appeared first on", "Facebook", "WhatsApp"],
                     note="WordPress 5.2 item: the excerpt in description ends ' [&#8230;]' and is followed by the Yoast footer; AddToAny share buttons after the body. Dateline 'LUANDA, Angola, Aug 22 –' is not part of a name. Neighbours' dispute affecting Kenyan trade: relevant."))
    w = d(2019, 8, 21, 20, 10, 0, 3)
    add(287650, "senate-passes-revenue-sharing-formula-after-deadlock", "Senate passes revenue-sharing formula after weeks of deadlock", w, "Brian Ochieng", ["Politics", "World"],
        "NAIROBI, Kenya, Aug 21 – The Senate on Wednesday passed a formula for sharing Sh316 billion among the 47 counties, ending a deadlock that had",
        '<p><strong>NAIROBI, Kenya, Aug 21</strong> – The Senate on Wednesday passed a formula for sharing Sh316 billion among the 47 counties, ending a deadlock that had left county workers without salaries for two months.</p>'
        '<p>Senators voted 37 to 9 for the compromise, which gives each county a minimum of Sh3.5 billion.</p>'
        '<p>&#8220;The counties can now pay their doctors and nurses,&#8221; said Senator Grace Wambui Njeri, who chairs the finance committee.</p>' + share,
        lambda k: it(k, "Senate passes revenue-sharing formula after weeks of deadlock", w, ["Brian Ochieng"], rel=False, quotes=[q("Grace Wambui Njeri", "finance committee")],
                     junk=["appeared first on"],
                     note="Kenyan domestic politics filed in the World category as well: a story, not relevant. The 'Senate' and 'Sh' amounts are the only hints that it is home news."))
    w = d(2019, 8, 21, 9, 30, 0, 3)
    add(287602, "kenya-somalia-maritime-case-icj-sets-dates", "Kenya-Somalia maritime case: ICJ sets new hearing dates", w, "Taifa Reporter", ["Africa", "World"],
        "NAIROBI, Kenya, Aug 21 – The International Court of Justice has scheduled public hearings in the maritime boundary case between Kenya and Somalia for November",
        '<p><strong>NAIROBI, Kenya, Aug 21</strong> – The International Court of Justice has scheduled public hearings in the maritime boundary case between Kenya and Somalia for November, after granting Nairobi&#8217;s request for more time.</p>'
        '<p>The disputed triangle of the Indian Ocean is believed to hold oil and gas deposits. Kenya argues that the boundary should run along a line of latitude; Somalia wants it to follow the direction of the land border.</p>'
        '<p>Foreign Affairs Principal Secretary Joyce Akinyi Mwende said the country would &#8220;defend every square kilometre&#8221; of its waters.</p>'
        '<p>Relations between the two neighbours have been strained since Somalia took the case to The Hague in 2014.</p>' + share,
        lambda k: it(k, "Kenya-Somalia maritime case: ICJ sets new hearing dates", w, [], quotes=[q("Joyce Akinyi Mwende", "Foreign Affairs Principal Secretary")],
                     junk=["appeared first on"],
                     note="'Taifa Reporter' is a staff credit, not a person. Kenya's own boundary case is foreign policy (a dispute with another state at an international court): relevant."))
    w = d(2019, 8, 18, 14, 2, 0, 3)
    add(287455, "sudan-military-protesters-sign-power-sharing-deal", "Sudan&#8217;s military, protest leaders sign power-sharing deal in Khartoum", w, "AFP", ["Africa", "World"],
        "KHARTOUM, Sudan, Aug 18 – Sudan&#8217;s ruling generals and protest leaders on Saturday signed a power-sharing deal that paves the way for a transition to",
        '<p><strong>KHARTOUM, Sudan, Aug 18</strong> – Sudan&#8217;s ruling generals and protest leaders on Saturday signed a power-sharing deal that paves the way for a transition to civilian rule, at a ceremony attended by several African heads of state.</p>'
        '<p>Crowds waving flags filled the streets along the Nile as the documents were signed.</p>'
        '<p>&#8220;We have waited eight months for this paper. Now we wait to see if it is respected,&#8221; said Amna Babiker, a 24-year-old engineering student among the crowds.</p>'
        '<p>A sovereign council of six civilians and five generals will rule for just over three years.</p>' + share,
        lambda k: it(k, "Sudan's military, protest leaders sign power-sharing deal in Khartoum", w, [], quotes=[q("Amna Babiker")],
                     junk=["appeared first on"],
                     note="Agency copy: dc:creator 'AFP' is not a person. The title carries '&amp;#8217;' in the XML (an entity escaped twice, as some plugins write it); the clean title has a plain apostrophe."))
    w = d(2019, 8, 17, 11, 0, 0, 3)
    add(287390, "photos-maasai-mara-migration-crossing", "PHOTOS: Wildebeest migration crossing draws record crowds at the Mara", w, "Photo Desk", ["Photos", "World"],
        "Thousands of tourists lined the banks of the Mara River",
        '<div class="gallery"><figure><img src="https://www.taifaledger.example/wp-content/uploads/2019/08/mara1.jpg" alt=""/><figcaption>Wildebeest cross the Mara River. PHOTO | PETER MWANGI</figcaption></figure></div>',
        lambda k: it(k, "PHOTOS: Wildebeest migration crossing draws record crowds at the Mara", w, [], story=False, rel=False,
                     note="Photo gallery: not a story. Title label 'PHOTOS:' may be kept or dropped."))
    w = d(2019, 8, 16, 22, 40, 0, 3)
    add(287321, "chepkorir-wins-in-birmingham-diamond-league", "Chepkorir storms to steeplechase win in Birmingham", w, "Sports Reporter", ["Sports", "World"],
        "BIRMINGHAM, United Kingdom, Aug 16 – Faith Jelagat Chepkorir led from the gun to win the women&#8217;s 3,000m steeplechase",
        '<p><strong>BIRMINGHAM, United Kingdom, Aug 16</strong> – Faith Jelagat Chepkorir led from the gun to win the women&#8217;s 3,000m steeplechase at the Diamond League meeting in Birmingham on Friday night, clocking the fastest time in the world this year.</p>'
        '<p>&#8220;I wanted to test my legs before Doha,&#8221; the 25-year-old said.</p>' + share,
        lambda k: it(k, "Chepkorir storms to steeplechase win in Birmingham", w, [], rel=False, quotes=[q("Faith Jelagat Chepkorir")], junk=["appeared first on"],
                     note="Sport abroad with a Kenyan athlete: a story, not relevant. 'Sports Reporter' is not a person."))
    rows, items = ordered(rows, items)
    head = (f'\t<title>World &#8211; Taifa Ledger</title>\n\t<atom:link href="{base}/category/world/feed/" rel="self" type="application/rss+xml" />\n\t<link>{base}</link>\n'
            f"\t<description>News without fear or favour</description>\n\t<lastBuildDate>{rfc822(d(2019, 8, 22, 17, 50, 12, 3))}</lastBuildDate>\n\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/?v=5.2.2</generator>\n")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            + head + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_taifaledger_world_wp52.rss.xml", text, items, lang="en", outlet="Taifa Ledger", aliases=["The Taifa Ledger"],
                ctype="application/rss+xml; charset=UTF-8",
                structure="Nairobi daily's 'World' category feed on WordPress 5.2.2 with Yoast SEO 11 (/category/world/feed/): channel 'World &#8211; Brand' (WordPress's en dash entity), English slogan, language en-US (WordPress default: the home country shows only through datelines 'NAIROBI, Kenya, Aug 21 –', 'Sh' amounts, the Senate and counties), sy:updatePeriod with WordPress's whitespace, '/YYYY/MM/DD/<slug>/' links, comments and wfw:commentRss, slash:comments, '?p=<id>' guids, +0000 pubDates (newsroom +0300), CDATA dc:creator with reporters, 'Taifa Reporter', 'Photo Desk', 'Sports Reporter' or the agency 'AFP', two CDATA categories, excerpts cut mid-sentence with ' [&#8230;]' and the Yoast 'The post … appeared first on …' footer with rel=nofollow in description AND content, bold datelines, AddToAny share buttons, a photo gallery with a 'PHOTO | NAME' caption credit, sport, August 2019",
                notes="Home country (Kenya) is never named in the channel: relevance follows a Kenyan viewpoint (the Senate item is home politics; the ICJ case against Somalia is foreign policy).")


# ---------------------------------------------------------------- Abu Dhabi English daily on Arc XP's early outbound feeds (2020)
def corniche():
    rows, items = [], []
    base = "https://www.cornichedaily.example"

    def add(path, title, when, desc, cats, exp, creator=None, img=None):
        url = f"{base}/{path}"
        cr = f"<dc:creator>{cd(creator)}</dc:creator>" if creator else ""
        cts = "".join(f"<category>{cd(c)}</category>" for c in cats)
        med = ""
        if img:
            med = (f'<media:content type="image/jpeg" url="{base}/image/policy:1.{img[0]}:{img[1]}/image.jpg?f=16x9&amp;w=1200&amp;$p$f$w=dfa40e8">'
                   f'<media:description type="plain">{cd(img[2])}</media:description></media:content>')
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><guid isPermaLink=\"true\">{url}</guid>{cr}<description>{cd(desc)}</description><pubDate>{gmt(when)}</pubDate>{cts}{med}</item>")
        items.append(exp(url))

    w = d(2020, 2, 12, 13, 25, 0, 4)
    add("world/asia/coronavirus-china-death-toll-passes-1-000-as-who-experts-meet-1.976512", "Coronavirus: China's death toll passes 1,000 as WHO experts meet in Geneva", w,
        "<p>Scientists from 400 institutions gather to fast-track tests, treatments and a vaccine as the number of new cases in Hubei slows for a second day</p>", ["World", "Asia", "Coronavirus"],
        lambda k: it(k, "Coronavirus: China's death toll passes 1,000 as WHO experts meet in Geneva", w, [],
                     note="Arc item with a standfirst only (no body, no author) and a media:description caption. Global epidemic news from abroad: relevant. Title label 'Coronavirus:' is part of the headline."),
        img=("976514", "1580480500", "Health workers at a temporary hospital in Wuhan. Reuters"))
    w = d(2020, 2, 12, 9, 0, 0, 4)
    add("world/mena/yemen-s-warring-sides-agree-largest-prisoner-swap-1.976301", "Yemen's warring sides agree largest prisoner swap of the war", w,
        "<p>Deal struck in Amman would see about 1,400 detainees freed, UN envoy's office says. \"It is the first real step since Stockholm,\" said Dr Ahmed Al Qadhi, a Yemeni analyst in Abu Dhabi</p>", ["World", "Mena"],
        lambda k: it(k, "Yemen's warring sides agree largest prisoner swap of the war", w, ["Hamza Haddad"], quotes=[q("Ahmed Al Qadhi")],
                     note="dc:creator is the reporter; a quote inside the standfirst."), creator="Hamza Haddad")
    w = d(2020, 2, 11, 18, 40, 0, 4)
    add("uae/transport/new-abu-dhabi-dubai-bus-route-to-launch-in-march-1.976120", "New Abu Dhabi to Dubai bus route to launch in March", w,
        "<p>Service will run every 30 minutes from Al Wahda to Ibn Battuta, with fares of Dh25</p>", ["UAE", "Transport"],
        lambda k: it(k, "New Abu Dhabi to Dubai bus route to launch in March", w, ["Sophie Carrington-Shah"], rel=False,
                     note="Home (UAE) transport news that the world feed carries because the section filter is loose: a story, not relevant; 'Dh' fares and the place names are the home-country hints."),
        creator="Sophie Carrington-Shah")
    w = d(2020, 2, 11, 11, 15, 0, 4)
    add("opinion/comment/india-s-budget-shows-delhi-is-looking-east-1.975870", "Opinion: India's budget shows Delhi is still looking east", w,
        "<p>The spending plan makes clear that trade corridors with South-East Asia, not the Gulf, are New Delhi's priority</p>", ["Opinion", "Comment", "World"],
        lambda k: it(k, "India's budget shows Delhi is still looking east", w, ["Raghav Menon-Iyer"],
                     note="Opinion column on another country's economic strategy: a story, relevant. Title label 'Opinion:' may be kept or dropped."), creator="Raghav Menon-Iyer")
    w = d(2020, 2, 10, 20, 0, 0, 4)
    add("world/europe/ireland-election-result-sinn-fein-1.975512", "Ireland's election upends two-party system as Sinn Fein tops poll", w,
        "<p>Nationalist party wins largest share of first-preference votes, leaving coalition talks wide open</p>", ["World", "Europe"],
        lambda k: it(k, "Ireland's election upends two-party system as Sinn Fein tops poll", w, ["Damien Kearney", "Layla Mansour"],
                     note="dc:creator with two names joined by ' and ': both are people."), creator="Damien Kearney and Layla Mansour")
    w = d(2020, 2, 10, 8, 30, 0, 4)
    add("world/watch-rare-snowfall-blankets-saudi-arabia-s-tabuk-1.975390", "Watch: Rare snowfall blankets Saudi Arabia's Tabuk", w,
        "<p>Residents drove out to the mountains to see the snow</p>", ["World", "Video"],
        lambda k: it(k, "Watch: Rare snowfall blankets Saudi Arabia's Tabuk", w, [], story=False, rel=False,
                     note="Video item: not a story. Title label 'Watch:' may be kept or dropped."))
    rows, items = ordered(rows, items)
    head = (f"<title>{cd('The Corniche Daily')}</title><link>{base}</link><atom:link href=\"{base}/arc/outboundfeeds/rss/?outputType=xml&amp;section=world\" rel=\"self\" type=\"application/rss+xml\"/>"
            f"<description>{cd('The Corniche Daily News Feed')}</description><lastBuildDate>{gmt(d(2020, 2, 12, 9, 31, 4, 0))}</lastBuildDate><language>en</language><ttl>1</ttl>"
            "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            + head + "".join(rows) + "</channel></rss>")
    return feed("en_cornichedaily_world_arc2020.rss.xml", text, items, lang="en", outlet="The Corniche Daily", aliases=["Corniche Daily"],
                ctype="application/rss+xml; charset=utf-8",
                structure="Abu Dhabi English daily freshly migrated to Arc XP (outbound feeds as of early 2020, '?outputType=xml&section=world'): one line, no trailing newline, CDATA channel title and '<Brand> News Feed' description, language 'en', ttl 1, sy:update*, links still in the legacy Polopoly shape ('/<section>/<slug>-1.<7 digits>') as permalink guids, CDATA standfirst-only descriptions in <p> without final stop, GMT pubDates (newsroom +0400), CDATA dc:creator with a reporter, 'A and B' or absent, CDATA categories mixing sections and 'Video', media:content with a legacy 'policy:1.<id>' image URL and a media:description caption ending in the agency, an opinion column, a home transport story, a video, February 2020",
                notes="The outlet's country is not named anywhere; a home story ('Dh25' fares, Abu Dhabi to Dubai) shows it.")


# ---------------------------------------------------------------- Kingston daily on Escenic Content Engine 5
def liguanea():
    rows, items = [], []
    base = "https://www.liguaneastar.example"

    def add(aid, sec, title, when, author, lead, body, exp):
        url = f"{base}/{sec}/article{aid}.ece"
        au = f"\n      <author>{esc(author)}</author>" if author is not None else ""
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <description>{esc(lead)}</description>{au}\n"
                    f"      <pubDate>{rfc822(when)}</pubDate>\n      <guid isPermaLink=\"true\">{url}</guid>\n"
                    f"      <content:encoded>{cd(body)}</content:encoded>\n    </item>")
        items.append(exp(url))

    tail = '<p class="story-end">Follow the Star on Twitter <a href="https://twitter.example/LiguaneaStar">@LiguaneaStar</a> and Instagram. Got a story? WhatsApp us at 876-555-0199.</p>'
    w = d(2020, 11, 8, 19, 30, 0, -5)
    add("8801345", "world", "Caribbean leaders welcome US election result, eye reset on migration and trade", w, "Kimberley Lawes-Henry/Senior Staff Reporter",
        "Heads of government across the region say they hope for renewed engagement from Washington on climate finance and deportations.",
        '<p>Caribbean heads of government on Sunday welcomed the outcome of the United States presidential election, with several saying they hoped for a new approach to deportations, climate finance and the region\'s access to COVID-19 vaccines.</p>'
        '<p>CARICOM Secretary General\'s office said in a statement that the region looked forward to "deepening a partnership built on shared history and shared waters".</p>'
        '<p>Professor Anthony McFarlane-Reid, a lecturer in international relations at the Mona campus, said the region had "a short window" to get its issues on the new administration\'s agenda. "If we are not in the first hundred days, we will be in the next four years\' footnotes," he told the <em>Star</em>.</p>'
        '<p>The diaspora vote in Florida and New York was closely watched in Jamaica, where thousands stayed up through election night.</p>'
        '<p>Foreign Minister Andrea Thorpe-Bennett said the Government would seek an early meeting on the deportation of Jamaican nationals with criminal records, an issue that has strained relations for years.</p>' + tail,
        lambda k: it(k, "Caribbean leaders welcome US election result, eye reset on migration and trade", w, ["Kimberley Lawes-Henry"], quotes=[q("Anthony McFarlane-Reid", "Mona campus")],
                     junk=["Senior Staff Reporter", "@LiguaneaStar", "WhatsApp us"],
                     note="RSS <author> as 'Name/Senior Staff Reporter' (job title after a slash). Footer with social handles and a WhatsApp tip line. A foreign election from the Jamaican viewpoint: relevant."))
    w = d(2020, 11, 8, 11, 0, 0, -5)
    add("8801290", "news", "Police probe triple murder in St Catherine", w, "",
        "Three men were shot dead at a shop in Spanish Town on Saturday night.",
        '<p>Three men were shot dead at a shop in Spanish Town, St Catherine, on Saturday night. The police said the gunmen escaped on foot.</p>'
        '<p>Residents told the <em>Star</em> that the shop had reopened only two weeks ago after the COVID-19 curfew hours were eased.</p>' + tail,
        lambda k: it(k, "Police probe triple murder in St Catherine", w, [], rel=False, junk=["@LiguaneaStar"],
                     note="Home crime news that the world feed picked up: a story, not relevant. Empty author."))
    w = d(2020, 11, 7, 16, 45, 0, -5)
    add("8801187", "world", "Haiti's opposition rejects president's constitutional referendum plan", w, "CMC",
        "Opponents say a vote on a new constitution cannot be fair while armed gangs control much of Port-au-Prince.",
        '<p>PORT-AU-PRINCE, Haiti, Nov 7, CMC – Haiti\'s main opposition parties on Saturday rejected a plan to hold a referendum on a new constitution next year, saying insecurity made a fair vote impossible.</p>'
        '<p>"You cannot ask people to vote in neighbourhoods where they cannot walk to the market," said opposition spokesman Jean-Robert Dorsainvil.</p>'
        '<p>The Caribbean Community has offered to send an observer mission.</p>' + tail,
        lambda k: it(k, "Haiti's opposition rejects president's constitutional referendum plan", w, [], quotes=[q("Jean-Robert Dorsainvil", "opposition")], junk=["CMC –", "@LiguaneaStar"],
                     note="Regional agency copy (CMC: a news agency, not a person) with the agency in the dateline."))
    w = d(2020, 11, 7, 9, 20, 0, -5)
    add("8801112", "business", "Venezuela's PetroCaribe debt: Kingston to pay in instalments after refinery deal collapses", w, "Andre Whyte-Bailey/Business Reporter",
        "The Government has agreed a schedule to settle the remaining US$90 million it owes under the oil-financing pact.",
        '<p>The Government will settle the remaining US$90 million it owes Venezuela under the PetroCaribe oil-financing pact in eight instalments, after a plan to buy out Caracas\' stake in the Kingston refinery collapsed.</p>'
        '<p>Finance Ministry officials said the payments would be made into an escrow account because of US sanctions on the Venezuelan state oil company.</p>'
        '<p>"We are caught between two capitals and two sets of rules," said Marsha Gayle, an energy economist at a Kingston investment bank.</p>' + tail,
        lambda k: it(k, "Venezuela's PetroCaribe debt: Kingston to pay in instalments after refinery deal collapses", w, ["Andre Whyte-Bailey"], quotes=[q("Marsha Gayle")],
                     junk=["Business Reporter", "@LiguaneaStar"],
                     note="Filed under business but a sovereign debt deal with a foreign government under foreign sanctions: relevant (borderline)."))
    w = d(2020, 11, 6, 21, 10, 0, -5)
    add("8801050", "entertainment", "Star Online Poll: Should Jamaica hold a Christmas Grand Market this year?", w, None,
        "Vote now and let us know what you think.",
        '<p>Vote now: Yes / No / Only with COVID-19 protocols.</p>',
        lambda k: it(k, "Star Online Poll: Should Jamaica hold a Christmas Grand Market this year?", w, [], story=False, rel=False,
                     note="Reader poll: not a story."))
    w = d(2020, 11, 6, 12, 0, 0, -5)
    add("8800991", "world", "Guyana, Suriname sign deal on joint patrols of Corentyne River", w, "Kimberley Lawes-Henry/Senior Staff Reporter",
        "The agreement ends months of tension over fishing boats seized on the border river.",
        '<p>Guyana and Suriname on Friday signed an agreement on joint patrols of the Corentyne River, ending months of tension over the seizure of Guyanese fishing boats.</p>'
        '<p>The deal, signed in Paramaribo, sets up a hotline between the two coast guards.</p>'
        '<p>CARICOM diplomats said the pact could serve as a model for other maritime disputes in the region.</p>' + tail,
        lambda k: it(k, "Guyana, Suriname sign deal on joint patrols of Corentyne River", w, ["Kimberley Lawes-Henry"], junk=["Senior Staff Reporter", "@LiguaneaStar"],
                     note="Regional bilateral agreement: relevant."))
    head = (f"    <title>The Liguanea Star - World</title>\n    <link>{base}/world/</link>\n    <description>The Liguanea Star - World</description>\n    <language>en</language>\n"
            f"    <copyright>Copyright 2020 Liguanea Star Publications Ltd.</copyright>\n    <pubDate>{rfc822(d(2020, 11, 8, 19, 32, 0, -5))}</pubDate>\n    <generator>Escenic Content Engine</generator>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n  <channel>\n'
            + head + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_jm_liguaneastar_world_escenic.rss.xml", text, items, lang="en", outlet="The Liguanea Star", aliases=["Liguanea Star"],
                ctype="text/xml;charset=UTF-8",
                structure="Kingston daily's world section on Escenic Content Engine 5: channel 'Brand - World' repeated as the description, copyright of the 'Publications Ltd.', <generator>Escenic Content Engine</generator>, '/<section>/article<7 digits>.ece' links (world, news, business and entertainment sections mixed in) as permalink guids, escaped plain-text standfirsts, RSS <author> holding 'Name/Senior Staff Reporter', 'Name/Business Reporter', the regional agency 'CMC' or empty, -0500 dates, content:encoded with the full story, straight quotes, '<em>Star</em>' self-references, an agency dateline 'CITY, Country, Nov 7, CMC –', a social/WhatsApp tip-line footer, a reader poll, November 2020")


FEEDS = [tembusu, taifa, corniche, liguanea]
