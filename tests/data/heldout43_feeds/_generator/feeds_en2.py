# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the forty-third held-out set (part 2): a Hobart site with PublishPress
multiple authors (2019), a Winnipeg paper's newsletter through Mailchimp's campaign-archive feed
(2021), a Cork daily with Google Tag Manager and schema.org JSON-LD in the content (2023), a
Harare site with Co-Authors Plus and ad-inserter slots (2025), a tech site carrying Ezoic
placeholders (2024) and a science site behind Cloudflare Rocket Loader (2020). All outlets,
people and quotations are invented."""
import json

from h43 import d, feed, it, q, rfc822, wp_item, wp_rss, wpt


def _sorted(rows, items):
    pairs = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    return [r for r, _ in pairs], [i for _, i in pairs]


# ---------------------------------------------------------------- PublishPress Authors: one dc:creator per author, author boxes in the content, 2019
def salamanca():
    base = "https://salamancapost.example"
    rows, items = [], []
    bios = {
        "Kate Lindqvist": ("kate-lindqvist", "Kate Lindqvist is the Post's Pacific and foreign affairs reporter. She was previously based in Port Moresby."),
        "Sam Nguyen-Hardy": ("sam-nguyen-hardy", "Sam covers federal politics and defence from Canberra."),
        "Dr Anna Ruiz, University of Tasmania": ("anna-ruiz", "Dr Anna Ruiz lectures in international relations at the University of Tasmania. She writes for the Post as a guest contributor."),
        "Post Newsroom": ("post-newsroom", "Reporting by the Salamanca Post team."),
    }

    def box(names):
        lis = "".join(f'<li class="pp-multiple-authors-boxes-li author_index_{i} author_{bios[n][0]} has-avatar"><div class="pp-author-boxes-avatar"><img alt="{n}" src="https://secure.gravatar.com/avatar/{bios[n][0][:6]}?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo" height="80" width="80" /></div>'
                      f'<div><div class="pp-author-boxes-name multiple-authors-name"><a href="{base}/author/{bios[n][0]}/" rel="author" title="{n}" class="author url fn">{n}</a></div>'
                      f'<p class="pp-author-boxes-description multiple-authors-description">{bios[n][1]}</p><span class="pp-author-boxes-meta multiple-authors-links"><a href="{base}/author/{bios[n][0]}/" title="View all posts"><span>View all posts</span></a></span></div></li>'
                      for i, n in enumerate(names))
        return (f'<div class="pp-multiple-authors-boxes-wrapper pp-multiple-authors-wrapper box-post-id-0 box-instance-id-1"><h2 class="widget-title box-header-title">{"Authors" if len(names) > 1 else "Author"}</h2>'
                f'<span class="ppma-layout-prefix"></span><ul class="pp-multiple-authors-boxes-ul">{lis}</ul><span class="ppma-layout-suffix"></span></div>')

    def add(pid, slug, title, when, names, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        rows.append(wp_item(title, url, when, names, cats, pid, base, excerpt + " [&#8230;]", body + box(names)))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["View all posts", "lectures in international relations", "foreign affairs reporter"]
    w = d(2019, 9, 17, 14, 30, 0, 10)
    add(30412, "solomon-islands-switches-recognition-to-beijing", "Solomon Islands cuts ties with Taiwan in blow to Canberra's Pacific step-up", w, ["Kate Lindqvist", "Sam Nguyen-Hardy"], ["World", "Pacific"],
        "The Solomon Islands cabinet voted to recognise Beijing, months after Canberra promised $250 million in aid.",
        "<p>The Solomon Islands cabinet has voted to switch diplomatic recognition from Taipei to Beijing, a decision that lands months after Canberra pledged $250 million in aid as part of its Pacific &#8216;step-up&#8217;.</p>"
        "<p>Foreign Affairs officials in Canberra said Australia respected the decision of a sovereign government.</p>"
        "<p>&#8220;Canberra&#8217;s money bought goodwill, not a veto,&#8221; said Joseph Tanabose, a former Solomon Islands diplomat now at the Honiara Policy Forum.</p>",
        lambda k: it(k, "Solomon Islands cuts ties with Taiwan in blow to Canberra's Pacific step-up", w, ["Kate Lindqvist", "Sam Nguyen-Hardy"], quotes=[q("Joseph Tanabose", "Honiara Policy Forum")], junk=junk,
                     note="PublishPress Authors: one <dc:creator> element PER author, and the plugin's author box (heading 'Authors', avatars, names, bios, 'View all posts' links) appended to content:encoded. Relevant."))
    w = d(2019, 9, 16, 9, 0, 0, 10)
    add(30398, "hong-kong-protests-australians-advice", "Hong Kong protests: DFAT raises travel advice as clashes enter 15th week", w, ["Kate Lindqvist"], ["World", "Asia"],
        "Australians in Hong Kong have been told to avoid protest areas and monitor the airport.",
        "<p>The Department of Foreign Affairs and Trade has raised its travel advice for Hong Kong, telling the roughly 100,000 Australians in the city to avoid protest areas as clashes between police and demonstrators entered a 15th week.</p>"
        "<p>&#8220;The weekend rhythm has gone. It can be anywhere, any day,&#8221; said Lachlan Wei-Morton, a Hobart-born teacher who has lived in Kowloon for a decade.</p>",
        lambda k: it(k, "Hong Kong protests: DFAT raises travel advice as clashes enter 15th week", w, ["Kate Lindqvist"], quotes=[q("Lachlan Wei-Morton")], junk=junk, note="Relevant."))
    w = d(2019, 9, 15, 12, 10, 0, 10)
    add(30390, "why-the-pacific-is-listening-to-beijing", "Opinion: Why the Pacific is listening to Beijing", w, ["Dr Anna Ruiz, University of Tasmania"], ["Opinion", "Pacific"],
        "Aid pledges matter less than who turns up, and how often.",
        "<p>When Pacific leaders met in Funafuti last month, the communique on climate change was softened after a long night of argument with the Australian delegation. That night is remembered in the region.</p>"
        "<p>Aid pledges matter, but Pacific governments keep a careful count of who turns up, how often, and whether they listen. On that count Canberra has work to do.</p>",
        lambda k: it(k, "Opinion: Why the Pacific is listening to Beijing", w, ["Anna Ruiz"], junk=junk,
                     note="Guest author stored by PublishPress with title and affiliation in the display name ('Dr Anna Ruiz, University of Tasmania'): ['Anna Ruiz']. Title label 'Opinion:' may be kept or dropped. Relevant."))
    w = d(2019, 9, 14, 16, 45, 0, 10)
    add(30377, "macquarie-harbour-salmon-review", "Macquarie Harbour salmon review finds oxygen levels still low", w, ["Post Newsroom"], ["Tasmania"],
        "The EPA review says dissolved oxygen at the bottom of the harbour has not recovered.",
        "<p>Dissolved oxygen levels at the bottom of Macquarie Harbour have not recovered, despite lower fish stocking, according to the Environment Protection Authority&#8217;s annual review.</p>",
        lambda k: it(k, "Macquarie Harbour salmon review finds oxygen levels still low", w, [], rel=False, junk=junk, note="State news; 'Post Newsroom' is a PublishPress author record for the desk, not a person. A story, not relevant."))
    w = d(2019, 9, 20, 15, 20, 0, 10)
    add(30440, "kiribati-follows-solomons-in-switch", "Kiribati follows Solomons in switching to Beijing", w, ["Kate Lindqvist"], ["World", "Pacific"],
        "Taiwan now has four diplomatic allies left in the Pacific.",
        "<p>Kiribati has cut ties with Taiwan and recognised Beijing, four days after the Solomon Islands did the same, leaving Taipei with four diplomatic partners in the Pacific.</p>"
        "<p>Taiwan&#8217;s foreign ministry said it had been offered no warning. Australia&#8217;s Foreign Minister is due in the region next month.</p>",
        lambda k: it(k, "Kiribati follows Solomons in switching to Beijing", w, ["Kate Lindqvist"], junk=junk, note="Relevant."))
    w = d(2019, 9, 13, 10, 0, 0, 10)
    add(30365, "salamanca-market-spring-guide", "Sponsored: Your spring guide to Salamanca Market", w, ["Post Newsroom"], ["Partner content"],
        "Twelve stalls to visit this month.",
        "<p>Spring is here, and so are the berries. Here are twelve stalls to visit at Salamanca Market this month, presented with our partners.</p>",
        lambda k: it(k, "Sponsored: Your spring guide to Salamanca Market", w, [], story=False, rel=False, junk=junk, note="Partner content: not a story. Title label 'Sponsored:' may be kept or dropped."))
    rows, items = _sorted(rows, items)
    text = wp_rss("The Salamanca Post", f"{base}/feed/", base, "Independent news for southern Tasmania", rfc822(d(2019, 9, 20, 5, 20, 0, 0)), "en-AU", "5.2.3", rows)
    return feed("en_au_salamancapost_feed_publishpress_authors_2019.rss.xml", text, items, lang="en", outlet="The Salamanca Post", aliases=["Salamanca Post"], topic="mixed",
                structure="Hobart independent news site's main WordPress 5.2 feed with PublishPress Multiple Authors in September 2019: rss2 template, en-AU, +0000 dates (newsroom +1000), one <dc:creator> per co-author (two on the lead story), guest authors stored with title and affiliation in the display name, a desk author record 'Post Newsroom'; content:encoded ends with the plugin's author box (heading 'Author'/'Authors', gravatars with &#038;, names, bios, 'View all posts' links); Pacific diplomacy, an opinion piece, state news and partner content")


# ---------------------------------------------------------------- Mailchimp campaign-archive RSS of a newspaper's foreign-affairs newsletter, 2021
def assiniboine():
    u, lid = "7f3c9a1e5b2d4c6e8a0b1c2d3", "a41e9b7c52"
    rows, items = [], []

    def mail(subject, preheader, body):
        return (f'<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>{subject}</title></head><body>'
                f'<span class="mcnPreviewText" style="display:none !important;font-size:0px;line-height:0px;max-height:0px;overflow:hidden;visibility:hidden;">{preheader}</span>'
                '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">'
                '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner">'
                '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;" width="100%" class="mcnTextContentContainer"><tr><td valign="top" class="mcnTextContent">'
                f'<div style="text-align:right"><a href="*|ARCHIVE|*" target="_blank">View this email in your browser</a></div>'
                '<img align="center" alt="" src="https://mcusercontent.com/7f3c9a1e5b2d4c6e8a0b1c2d3/images/ledger-world-header.png" width="564" class="mcnImage">'
                f'{body}</td></tr></table></td></tr></tbody></table>'
                '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td class="mcnTextContent" style="font-size:12px;">'
                '<em>Copyright &copy; 2021 The Assiniboine Ledger, All rights reserved.</em><br>You are receiving this email because you signed up for Ledger World at assiniboineledger.example.<br><br>'
                '<strong>Our mailing address is:</strong><br>The Assiniboine Ledger<br>300 Carlton St<br>Winnipeg, MB R3B 2K6<br>Canada<br><br>'
                'Want to change how you receive these emails?<br>You can <a href="*|UPDATE_PROFILE|*">update your preferences</a> or <a href="*|UNSUB|*">unsubscribe from this list</a>.</td></tr></table>'
                '</td></tr></table></center></body></html>')

    def add(cid, slug, subject, when, preheader, body, exp):
        link = f"https://mailchi.mp/assiniboineledger/{slug}"
        rows.append(f"<item>\n<title>{subject.replace('&', '&amp;')}</title>\n<link>{link}</link>\n<pubDate>{rfc822(when)}</pubDate>\n"
                    f"<description><![CDATA[{mail(subject.replace('&', '&amp;'), preheader, body)}]]></description>\n<guid isPermaLink=\"true\">{link}</guid>\n</item>")
        items.append(exp(link))

    junk = ["View this email in your browser", "All rights reserved", "unsubscribe", "Our mailing address", "*|", "update your preferences"]
    sig = '<p>— Priya Raman-Olsen, foreign affairs writer<br>Reply to this email; I read every message.</p>'
    w = d(2021, 3, 22, 12, 0, 0, 0)
    add(1, "ledger-world-the-michaels-trials", "Ledger World: Two Canadians, two closed courtrooms", w, "Diplomats were kept out of both trials. What Ottawa can still do.",
        "<h1>Two Canadians, two closed courtrooms</h1><p>Canadian diplomats were turned away from the courthouse in Dandong on Friday and from a Beijing court on Monday, as the two Canadians detained in China since December 2018 were tried behind closed doors on espionage charges.</p>"
        "<p>Global Affairs Canada called the proceedings arbitrary. Twenty-six countries sent diplomats to stand outside the Beijing court in support.</p>"
        "<p>&ldquo;Turning up at the gate is not nothing. It tells Beijing that this is not a bilateral quarrel any more,&rdquo; Lena Dufresne, a former Canadian consul in Shenyang, told me.</p>" + sig,
        lambda k: it(k, "Ledger World: Two Canadians, two closed courtrooms", w, ["Priya Raman-Olsen"], quotes=[q("Lena Dufresne")], junk=junk,
                     note="Mailchimp's campaign-archive feed: the item is the whole e-mail (doctype, head with <title>, a hidden preheader span, nested mcn tables, 'View this email in your browser' with an unmerged *|ARCHIVE|* link, the copyright/mailing-address/unsubscribe footer with *|UNSUB|*). The writer is named only in the sign-off '— Name, foreign affairs writer'. The newsletter name 'Ledger World:' opens every subject and may be kept or dropped. Canada–China relations: relevant."))
    w = d(2021, 3, 15, 12, 0, 0, 0)
    add(2, "ledger-world-hong-kong-electoral-overhaul", "Ledger World: Hong Kong's new electoral rules, explained", w, "Fewer elected seats, a vetting committee, and a statement from Ottawa.",
        "<h1>Hong Kong's new electoral rules, explained</h1><p>China's National People's Congress last week approved changes that cut the share of directly elected seats in Hong Kong's legislature and create a committee to vet every candidate.</p>"
        "<p>Canada joined the G7 foreign ministers in a statement calling the changes a further erosion of the city's autonomy. About 300,000 Canadians live in Hong Kong.</p>" + sig,
        lambda k: it(k, "Ledger World: Hong Kong's new electoral rules, explained", w, ["Priya Raman-Olsen"], junk=junk, note="Relevant. Title label 'Ledger World:' may be kept or dropped."))
    w = d(2021, 3, 8, 12, 0, 0, 0)
    add(3, "ledger-world-myanmar-sanctions", "Ledger World: What Canada's Myanmar sanctions can and can't do", w, "Ottawa has listed nine military officials. Activists want more.",
        "<h1>What Canada's Myanmar sanctions can and can't do</h1><p>Five weeks after the coup in Myanmar, Ottawa has added nine military officials to its sanctions list, and activists in Winnipeg's small Burmese community want it to go further and target military-owned companies.</p>"
        "<p>&ldquo;Freezing the accounts of generals who keep their money in Singapore is a gesture. Stopping the gems is a policy,&rdquo; said Thiha Zaw-Lindsay, who organised Saturday's rally at the Legislature.</p>" + sig,
        lambda k: it(k, "Ledger World: What Canada's Myanmar sanctions can and can't do", w, ["Priya Raman-Olsen"], quotes=[q("Thiha Zaw-Lindsay")], junk=junk, note="Relevant."))
    w = d(2021, 3, 1, 12, 0, 0, 0)
    add(4, "ledger-world-manitoba-vaccine-schedule", "Ledger World (special edition): When Manitobans can book a vaccine", w, "A break from world news: the province's new schedule by age.",
        "<h1>When Manitobans can book a vaccine</h1><p>A break from world news this week: the province has published its schedule by age group. People aged 90 and over can book from today; the age drops by about five years each week.</p>",
        lambda k: it(k, "Ledger World (special edition): When Manitobans can book a vaccine", w, [], rel=False, junk=junk,
                     note="Provincial service news in the foreign-affairs newsletter: a story, not relevant. No sign-off: no author."))
    w = d(2021, 2, 22, 12, 0, 0, 0)
    add(5, "ledger-world-keystone-what-next", "Ledger World: After Keystone XL, a colder climate for Canadian energy in Washington", w, "The pipeline permit is gone. Line 5 may be next.",
        "<h1>After Keystone XL, a colder climate in Washington</h1><p>A month after the new US administration revoked the Keystone XL permit, Canadian officials are lobbying to keep another cross-border pipeline, Enbridge's Line 5, open against a shutdown order from Michigan.</p>"
        "<p>&ldquo;Ottawa has learned that the permit is a political document,&rdquo; said Graham Iwasaki, a trade lawyer in Calgary.</p>" + sig,
        lambda k: it(k, "Ledger World: After Keystone XL, a colder climate for Canadian energy in Washington", w, ["Priya Raman-Olsen"], quotes=[q("Graham Iwasaki")], junk=junk, note="Canada–US relations: relevant."))
    w = d(2021, 2, 15, 12, 0, 0, 0)
    add(6, "ledger-world-live-qa-invitation", "Ledger World: Join our live Q&A on Canada and China, Feb. 25", w, "Bring your questions for our panel.",
        "<h1>Join us live</h1><p>On Thursday, Feb. 25 at 7 p.m. CT, Priya Raman-Olsen and two guests will take readers' questions on Canada and China. <a href=\"https://assiniboineledger.example/events\">Register here</a>; it's free for subscribers.</p>",
        lambda k: it(k, "Ledger World: Join our live Q&A on Canada and China, Feb. 25", w, [], story=False, rel=False, junk=junk, note="Event invitation: not a story."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>The Assiniboine Ledger Archive Feed</title>\n<link>https://us7.campaign-archive.com/home/?u={u}&amp;id={lid}</link>\n<description>The Assiniboine Ledger Archive Feed</description>\n"
            f"<pubDate>{rfc822(d(2021, 3, 22, 12, 0, 0, 0))}</pubDate>\n<language>en</language>\n<atom:link href=\"https://us7.campaign-archive.com/feed?u={u}&amp;id={lid}\" rel=\"self\" type=\"application/rss+xml\" />\n"
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_ca_assiniboineledger_world_mailchimp_archive_2021.rss.xml", text, items, lang="en", outlet="The Assiniboine Ledger", aliases=["Assiniboine Ledger", "Ledger World"],
                structure="Winnipeg paper's weekly foreign-affairs newsletter 'Ledger World' as Mailchimp's campaign-archive RSS (us7.campaign-archive.com/feed?u=…&id=…), February–March 2021: channel 'Brand Archive Feed' with the same description, no dates but the channel pubDate, items with the SUBJECT as title (newsletter name as prefix), mailchi.mp permalinks as link and guid, +0000 send times, and the WHOLE e-mail HTML in a CDATA description (doctype, <title>, hidden preheader, mcn layout tables, header image, 'View this email in your browser' with unmerged *|ARCHIVE|*, copyright, mailing address and *|UPDATE_PROFILE|*/*|UNSUB|* footer); the writer only in a sign-off; a provincial service issue and an event invitation")


# ---------------------------------------------------------------- Cork daily: GTM noscript, JSON-LD from an SEO plugin, share block, 'appeared first on', 2023
def shandon():
    base = "https://www.shandontimes.example"
    rows, items = [], []
    gtm = '<!-- Google Tag Manager (noscript) --><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7XQ2PL" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript><!-- End Google Tag Manager (noscript) -->'

    def add(pid, slug, title, when, creator, people, cats, excerpt, body, exp):
        url = f"{base}/{cats[0].lower()}/{slug}/"
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": title,
                         "datePublished": when.isoformat(), "author": [{"@type": "Person", "name": p} for p in people] or {"@type": "Organization", "name": "The Shandon Times"},
                         "publisher": {"@type": "Organization", "name": "The Shandon Times", "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/logo.png"}}}, ensure_ascii=False, separators=(",", ":"))
        share = (f'<div class="shared-counts-wrap after_content style-classic"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="shared-counts-button facebook" target="_blank" rel="nofollow noopener noreferrer"><span class="shared-counts-label">Share</span></a>'
                 f'<a href="https://twitter.com/share?url={url}" class="shared-counts-button twitter" target="_blank" rel="nofollow noopener noreferrer"><span class="shared-counts-label">Post</span></a>'
                 f'<a href="mailto:?subject={slug}" class="shared-counts-button email"><span class="shared-counts-label">Email</span></a></div>')
        foot = f'<p>The post <a href="{url}">{wpt(title)}</a> appeared first on <a href="{base}">The Shandon Times</a>.</p>\n'
        body = gtm + f'<script type="application/ld+json">{ld}</script>' + body + share + foot
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, f"<p>{excerpt}</p>\n{foot}", body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["appeared first on", "schema.org", "@context", "NewsArticle", "Google Tag Manager", "GTM-K7XQ2PL"]
    w = d(2023, 10, 16, 18, 40, 0, 1)
    add(912044, "irish-citizens-gaza-rafah-crossing", "Irish citizens in Gaza still waiting at Rafah as crossing stays shut", w, "Orla Kiely-Nash", ["Orla Kiely-Nash"], ["World"],
        "About 40 Irish citizens and their families are among those waiting to leave Gaza through the Rafah crossing into Egypt.",
        "<p>About 40 Irish citizens and their dependants are among the foreign nationals waiting to leave Gaza through the Rafah crossing, which remained closed on Monday, the Department of Foreign Affairs said.</p>"
        "<p>The Tánaiste said Ireland was in contact with Egyptian and Israeli authorities &#8220;at every level&#8221;.</p>"
        "<p>&#8220;We packed a bag on Saturday and we have been sleeping in it,&#8221; said Amal Hassan-Dunne, a dentist from Ballincollig who is in Khan Younis with her two children.</p>",
        lambda k: it(k, "Irish citizens in Gaza still waiting at Rafah as crossing stays shut", w, ["Orla Kiely-Nash"], quotes=[q("Amal Hassan-Dunne")], junk=junk,
                     note="Every content:encoded opens with a Google Tag Manager noscript iframe and an SEO plugin's schema.org NewsArticle JSON-LD <script> (headline, datePublished, author), and ends with a Shared Counts button row ('Share', 'Post', 'Email') and the 'The post … appeared first on …' footer, which the description carries too. Relevant."))
    w = d(2023, 10, 16, 9, 5, 0, 1)
    add(912030, "unifil-irish-troops-south-lebanon-alert", "Irish peacekeepers in south Lebanon moved to shelters after rocket fire", w, "Defence Correspondent", [], ["World"],
        "Irish troops serving with UNIFIL spent several hours in bunkers on Sunday.",
        "<p>Irish troops serving with the UN Interim Force in Lebanon spent several hours in bunkers on Sunday after rocket and artillery fire across the Blue Line near their base at Camp Shamrock, the Defence Forces said.</p>"
        "<p>All 340 personnel were accounted for.</p>",
        lambda k: it(k, "Irish peacekeepers in south Lebanon moved to shelters after rocket fire", w, [], junk=junk,
                     note="dc:creator 'Defence Correspondent' is a role, and the JSON-LD author falls back to the Organization: []. Troops abroad: relevant."))
    w = d(2023, 10, 15, 21, 50, 0, 1)
    add(912011, "poland-election-exit-poll-opposition", "Polish exit poll points to opposition majority after record turnout", w, "Tomasz Brennan", ["Tomasz Brennan"], ["World"],
        "An exit poll gave the three opposition parties enough seats to govern.",
        "<p>An exit poll after Sunday&#8217;s Polish parliamentary election gave the three opposition parties a combined majority in the Sejm, on a turnout estimated at 73 per cent, the highest since 1989.</p>"
        "<p>&#8220;The queues in Cork and Dublin were the longest I have seen,&#8221; said Marta Wiśniewska-Hurley, who volunteered at a polling station for Poles in Ireland.</p>",
        lambda k: it(k, "Polish exit poll points to opposition majority after record turnout", w, ["Tomasz Brennan"], quotes=[q("Marta Wiśniewska-Hurley")], junk=junk, note="Relevant."))
    w = d(2023, 10, 15, 8, 0, 0, 1)
    add(911998, "ireland-new-zealand-quarter-final-report", "Heartbreak in Paris as All Blacks end Ireland's World Cup", w, "Shane Lucey", ["Shane Lucey"], ["Sport"],
        "Ireland lost 28-24 to New Zealand in the quarter-final at the Stade de France.",
        "<p>Ireland&#8217;s World Cup ended in the quarter-finals again, beaten 28-24 by New Zealand after a 37-phase attack in the final minutes came to nothing at the Stade de France.</p>",
        lambda k: it(k, "Heartbreak in Paris as All Blacks end Ireland's World Cup", w, ["Shane Lucey"], rel=False, junk=junk, note="Sport: a story, not relevant."))
    w = d(2023, 10, 14, 14, 30, 0, 1)
    add(911980, "cork-docklands-housing-plan-approved", "Board approves 1,300 homes for Cork docklands", w, "Niamh Corcoran", ["Niamh Corcoran"], ["News"],
        "An Bord Pleanála has approved the first phase of housing on the south docks.",
        "<p>An Bord Pleanála has approved 1,300 apartments on the south docks, the first large residential scheme in the docklands regeneration.</p>",
        lambda k: it(k, "Board approves 1,300 homes for Cork docklands", w, ["Niamh Corcoran"], rel=False, junk=junk, note="City news: a story, not relevant."))
    w = d(2023, 10, 17, 7, 30, 0, 1)
    add(912060, "live-storm-babet-cork-updates", "LIVE: Storm Babet – orange warning for Cork as flooding hits Midleton", w, "Shandon Times Reporters", [], ["News"],
        "Follow our live updates.",
        "<p>Follow our live updates as Storm Babet brings heavy rain to east Cork.</p><p><strong>07.25</strong> Met Éireann has extended the orange warning to midnight.</p>",
        lambda k: it(k, "LIVE: Storm Babet – orange warning for Cork as flooding hits Midleton", w, [], story=False, rel=False, junk=junk, note="Live blog: not a story. Title label 'LIVE:' may be kept or dropped."))
    rows, items = _sorted(rows, items)
    text = wp_rss("The Shandon Times", f"{base}/feed/", base, "Cork&#039;s news, every day", rfc822(d(2023, 10, 17, 6, 30, 0, 0)), "en-IE", "6.3.2", rows)
    return feed("en_ie_shandontimes_feed_gtm_jsonld_2023.rss.xml", text, items, lang="en", outlet="The Shandon Times", aliases=["Shandon Times"], topic="mixed",
                structure="Cork daily's main WordPress 6.3 feed in October 2023: rss2 template (en-IE, +0000 dates, newsroom +0100), '/<section>/<slug>/' links, '?p=<id>' guids, dc:creator with reporters or roles; content:encoded opening with a Google Tag Manager <noscript><iframe> block between HTML comments and an SEO plugin's schema.org NewsArticle JSON-LD <script> (compact JSON: headline, datePublished, Person or Organization author, publisher logo), then the body, a Shared Counts button row and Yoast's 'The post … appeared first on …' footer, which also follows the excerpt in the description; troops abroad, a foreign election, sport, city news and a live blog")




# ---------------------------------------------------------------- Harare site: Co-Authors Plus names joined in one dc:creator, Ad Inserter slots, 2025
def kopje():
    base = "https://kopjeherald.example"
    rows, items = [], []

    def ad(n):
        return (f'<div class="code-block code-block-{n}" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p class="ad-label">Advertisement</p>'
                '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4402918837561129" crossorigin="anonymous"></script>'
                f'<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-4402918837561129" data-ad-slot="77130{n}4452"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>'
                '<p class="ad-label">Continue reading below</p></div>')

    def add(pid, slug, title, when, creator, cats, excerpt, paras, exp):
        url = f"{base}/{slug}/"
        body = paras[0] + ad(1) + "".join(paras[1:3]) + (ad(2) if len(paras) > 3 else "") + "".join(paras[3:])
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt, body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["Advertisement", "Continue reading below", "adsbygoogle"]
    w = d(2025, 2, 8, 19, 30, 0, 2)
    add(77412, "sadc-eac-summit-eastern-drc-ceasefire", "SADC and EAC leaders call for immediate ceasefire in eastern DRC", w, "Tendai Moyo and Rufaro Chikwanha", ["Regional", "World"],
        "A joint summit in Dar es Salaam called for a ceasefire within five days and the reopening of Goma airport.",
        ["<p>Leaders of the Southern African Development Community and the East African Community on Saturday called for an immediate ceasefire in eastern Democratic Republic of Congo, at their first joint summit on the conflict, held in Dar es Salaam.</p>",
         "<p>The summit asked military chiefs of both blocs to meet within five days and draw up plans to reopen the airport in Goma, which M23 rebels seized last month.</p>",
         "<p>Zimbabwe, which chairs SADC, was represented by its president. &#8220;Two regional blocs in one room is itself a result. The test is whether the guns go quiet by Thursday,&#8221; said Nyasha Mapfumo-Banda, a peace and security researcher at the Harare Institute for Regional Affairs.</p>",
         "<p>South Africa, Malawi and Tanzania have troops in eastern DRC under a SADC mission; 14 South African soldiers were killed in January.</p>"],
        lambda k: it(k, "SADC and EAC leaders call for immediate ceasefire in eastern DRC", w, ["Tendai Moyo", "Rufaro Chikwanha"], quotes=[q("Nyasha Mapfumo-Banda", "Harare Institute for Regional Affairs")], junk=junk,
                     note="Co-Authors Plus with the theme's coauthors() output in the feed: ONE dc:creator holding 'A and B'. Ad Inserter blocks between paragraphs: 'Advertisement' label, AdSense loader script, <ins class=adsbygoogle>, push() script and 'Continue reading below'. Relevant."))
    w = d(2025, 2, 7, 14, 0, 0, 2)
    add(77398, "usaid-freeze-hiv-clinics-zimbabwe", "US aid freeze leaves HIV clinics in Masvingo without staff", w, "Rufaro Chikwanha", ["Health", "World"],
        "Clinics funded through USAID partners have suspended outreach after the 90-day pause on US foreign aid.",
        ["<p>Community HIV clinics in Masvingo province funded through US aid partners have stopped outreach work and sent counsellors home, after Washington ordered a 90-day pause on most foreign aid.</p>",
         "<p>The United States is the largest funder of Zimbabwe&#8217;s HIV response. The Ministry of Health said it would try to keep antiretroviral supplies flowing through the national pharmacy.</p>",
         "<p>&#8220;People come for their refills and find a locked door,&#8221; said Sister Gladys Mukwena, a nurse at a clinic outside Masvingo town.</p>"],
        lambda k: it(k, "US aid freeze leaves HIV clinics in Masvingo without staff", w, ["Rufaro Chikwanha"], quotes=[q("Gladys Mukwena")], junk=junk,
                     note="Effect at home of a foreign government's aid decision: relevant. 'Sister' is a title, not part of the name."))
    w = d(2025, 2, 6, 10, 20, 0, 2)
    add(77381, "zig-holds-steady-rbz-statement", "ZiG holds steady as RBZ says reserves cover four months of imports", w, "Business Reporter", ["Business"],
        "The Reserve Bank says the gold-backed currency has been stable for four months.",
        ["<p>The Reserve Bank of Zimbabwe said on Thursday that foreign reserves backing the ZiG currency now cover four months of imports, and that the official rate had moved less than 1 per cent since October.</p>",
         "<p>Traders in Harare&#8217;s Mbare market said most prices were still quoted in US dollars.</p>"],
        lambda k: it(k, "ZiG holds steady as RBZ says reserves cover four months of imports", w, [], rel=False, junk=junk, note="Home economy: a story, not relevant. 'Business Reporter' is not a person."))
    w = d(2025, 2, 5, 18, 45, 0, 2)
    add(77370, "g20-foreign-ministers-johannesburg-preview", "G20 foreign ministers to meet in Johannesburg as US signals it may stay away", w, "Tendai Moyo", ["World"],
        "South Africa hosts the first G20 ministerial of its presidency this month.",
        ["<p>South Africa will host G20 foreign ministers in Johannesburg on February 20 and 21, the first ministerial meeting of its presidency, but the US secretary of state has said he will not attend.</p>",
         "<p>Zimbabwe is not a G20 member, but Pretoria has invited regional bodies including SADC as guests.</p>",
         "<p>&#8220;An African G20 without Washington at the table is still a G20, but a smaller one,&#8221; said Dr Farai Nhongo, who teaches international relations at the University of Zimbabwe.</p>",
         "<p>The United States takes over the presidency in December.</p>"],
        lambda k: it(k, "G20 foreign ministers to meet in Johannesburg as US signals it may stay away", w, ["Tendai Moyo"], quotes=[q("Farai Nhongo", "University of Zimbabwe")], junk=junk, note="Relevant."))
    w = d(2025, 2, 5, 9, 0, 0, 2)
    add(77362, "chevrons-squad-named-for-ireland-test", "Chevrons name uncapped spinner for Ireland Test", w, "Sports Reporter", ["Sport"],
        "Zimbabwe have named a 15-man squad for the one-off Test in Bulawayo.",
        ["<p>Zimbabwe have named an uncapped left-arm spinner in a 15-man squad for the one-off Test against Ireland at Queens Sports Club in Bulawayo.</p>"],
        lambda k: it(k, "Chevrons name uncapped spinner for Ireland Test", w, [], rel=False, junk=junk, note="Sport: a story, not relevant."))
    w = d(2025, 2, 4, 12, 0, 0, 2)
    add(77350, "follow-kopje-herald-whatsapp-channel", "Follow The Kopje Herald on WhatsApp", w, "Kopje Herald", ["Announcements"],
        "Get breaking news on your phone.",
        ["<p>Get breaking news from Harare and the region on your phone: follow our WhatsApp channel. Tap the link, then Follow.</p>"],
        lambda k: it(k, "Follow The Kopje Herald on WhatsApp", w, [], story=False, rel=False, junk=junk, note="Channel promotion: not a story."))
    text = wp_rss("The Kopje Herald", f"{base}/feed/", base, "Zimbabwe news without fear or favour", rfc822(d(2025, 2, 8, 17, 30, 0, 0)), "en-GB", "6.7.1", rows)
    return feed("en_zw_kopjeherald_feed_coauthors_adinserter_2025.rss.xml", text, items, lang="en", outlet="The Kopje Herald", aliases=["Kopje Herald"], topic="mixed",
                structure="Harare news site's main WordPress 6.7 feed in February 2025: rss2 template (en-GB, +0000 dates, newsroom +0200), '/<slug>/' links, '?p=<id>' guids, Co-Authors Plus bylines output by the theme as ONE dc:creator 'A and B', desk credits ('Business Reporter', 'Sports Reporter', the brand); content:encoded with Ad Inserter code blocks after the first and third paragraphs (an 'Advertisement' label, the AdSense loader <script>, an in-article <ins class=\"adsbygoogle\">, the push() <script> and 'Continue reading below'); regional diplomacy, aid, home economy, sport and a WhatsApp channel promo")


# ---------------------------------------------------------------- tech site with Ezoic placeholders and affiliate disclosures, 2024
def circuit():
    base = "https://www.circuitandstate.example"
    rows, items = [], []

    def ez(n, name):
        return f'<!-- Ezoic - {name} - {name.split("_", 1)[1]} --><div id="ezoic-pub-ad-placeholder-{n}" data-inserter-version="2"></div><!-- End Ezoic - {name} - {name.split("_", 1)[1]} -->'

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt,
                            ez(102, "wp_under_page_title") + body + ez(115, "wp_longest_paragraph") + ez(121, "wp_incontent_5")))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["Ezoic", "ezoic-pub-ad-placeholder", "affiliate commission"]
    disc = '<p class="disclosure"><em>Circuit &amp; State may earn an affiliate commission when you buy through links on our site.</em></p>'
    w = d(2024, 12, 27, 16, 10, 0, -5)
    add(55120, "finland-seizes-tanker-baltic-cable-cut", "Finland detains tanker after Baltic power cable and four data cables are cut", w, "Megan Sutherland", ["Policy", "Infrastructure"],
        "Finnish authorities boarded a tanker suspected of dragging its anchor across the Estlink 2 cable.",
        "<p>Finnish police and border guards boarded and detained an oil tanker in the Gulf of Finland on Thursday, suspecting that it dragged its anchor across the Estlink 2 power cable and four telecommunications cables on Christmas Day.</p>"
        "<p>The European Commission said the ship was part of Russia&#8217;s &#8216;shadow fleet&#8217; of tankers, and NATO said it would increase its presence in the Baltic.</p>"
        "<p>&#8220;Cable operators can reroute data in minutes. A power interconnector takes months to repair,&#8221; said Jari Leinonen, a subsea-infrastructure engineer at the Helsinki consultancy Merikaapeli.</p>",
        lambda k: it(k, "Finland detains tanker after Baltic power cable and four data cables are cut", w, ["Megan Sutherland"], quotes=[q("Jari Leinonen", "Merikaapeli")], junk=junk,
                     note="Ezoic's ad placeholders leak into the feed as HTML comments around empty <div id=\"ezoic-pub-ad-placeholder-NNN\"> elements (under the title, after the longest paragraph, in content). A state's action over infrastructure sabotage: relevant on the tech feed."))
    w = d(2024, 12, 17, 11, 0, 0, -5)
    add(55088, "eu-opens-dsa-case-tiktok-romania-election", "EU opens formal DSA proceedings against TikTok over Romania's annulled election", w, "Ravi Menon", ["Policy"],
        "The Commission will examine whether TikTok managed the risk of election manipulation.",
        "<p>The European Commission opened formal proceedings against TikTok under the Digital Services Act on Tuesday, to examine whether the platform properly managed the risks to Romania&#8217;s presidential election, which the country&#8217;s constitutional court annulled this month.</p>"
        "<p>TikTok said it had removed networks of fake accounts and would cooperate.</p>",
        lambda k: it(k, "EU opens formal DSA proceedings against TikTok over Romania's annulled election", w, ["Ravi Menon"], junk=junk, note="Regulatory action tied to a foreign election: relevant."))
    w = d(2024, 12, 12, 9, 30, 0, -5)
    add(55061, "pixel-foldable-review", "Review: the new foldable finally gets the crease right", w, "Dana Kowalczyk", ["Reviews", "Phones"],
        "A brighter screen, a barely-there crease and the same short battery life.",
        disc + "<p>Google&#8217;s new foldable has a brighter inner screen and the least visible crease we have seen. Battery life is still a day, not a day and a half.</p>",
        lambda k: it(k, "Review: the new foldable finally gets the crease right", w, ["Dana Kowalczyk"], rel=False, junk=junk,
                     note="Product review with an affiliate disclosure first: a story, not relevant. Title label 'Review:' may be kept or dropped."))
    w = d(2024, 12, 10, 8, 0, 0, -5)
    add(55044, "best-holiday-tech-deals-sponsored", "The best holiday tech deals still live this week", w, "Circuit & State Deals", ["Deals"],
        "Headphones, SSDs and a robot vacuum, all at their lowest prices.",
        disc + "<p>Headphones, portable SSDs and a robot vacuum are at their lowest prices of the year. Prices checked at 8 a.m. ET.</p>",
        lambda k: it(k, "The best holiday tech deals still live this week", w, [], story=False, rel=False, junk=junk, note="Affiliate deals list: not a story. The deals account is not a person."))
    w = d(2024, 12, 3, 14, 45, 0, -5)
    add(55017, "us-expands-chip-export-rules-hbm", "US adds memory chips and 140 companies to China export rules", w, "Megan Sutherland", ["Policy", "Chips"],
        "The Commerce Department's third round of rules targets high-bandwidth memory and chip-tool makers.",
        "<p>The US Commerce Department on Monday added high-bandwidth memory chips and 140 Chinese companies to its export controls, the third round of rules aimed at slowing China&#8217;s development of advanced AI chips.</p>"
        "<p>China&#8217;s commerce ministry said it would take &#8220;necessary measures&#8221; and on Tuesday banned exports of gallium and germanium to the United States.</p>",
        lambda k: it(k, "US adds memory chips and 140 companies to China export rules", w, ["Megan Sutherland"], junk=junk, note="States' export controls and counter-measures: relevant."))
    w = d(2024, 11, 29, 10, 0, 0, -5)
    add(54990, "austin-robotics-startup-raises-series-b", "Austin warehouse-robot startup raises $60 million", w, "Ravi Menon", ["Startups"],
        "The company makes picking arms for grocery warehouses.",
        "<p>An Austin start-up that makes picking arms for grocery warehouses has raised $60 million in a Series B round, and says it will double its staff next year.</p>",
        lambda k: it(k, "Austin warehouse-robot startup raises $60 million", w, ["Ravi Menon"], rel=False, junk=junk, note="Business: a story, not relevant."))
    text = wp_rss("Circuit &amp; State", f"{base}/feed/", base, "Technology, power and policy", rfc822(d(2024, 12, 27, 21, 10, 0, 0)), "en-US", "6.7.1", rows)
    return feed("en_tech_circuitandstate_feed_ezoic_2024.rss.xml", text, items, lang="en", outlet="Circuit & State", aliases=["Circuit and State"], topic="tech",
                structure="US tech-policy site's main WordPress 6.7 feed with Ezoic ad placement in December 2024: rss2 template (en-US, +0000 dates, newsroom -0500), '&amp;' in the brand, dc:creator people or a deals account; every content:encoded carries Ezoic's placeholders ('<!-- Ezoic - wp_under_page_title - under_page_title -->' comments around empty 'ezoic-pub-ad-placeholder-NNN' divs) before and after the body, reviews and deals open with an italic affiliate disclosure; policy stories (cable sabotage, DSA case, export controls), a review, a deals list and a funding round")


# ---------------------------------------------------------------- science site behind Cloudflare Rocket Loader, 2020
def lyrebird():
    base = "https://lyrebirdscience.example"
    rows, items = [], []
    rl = "3f8e2a9b6c1d4e7f0a5b8c2d"

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp, math=False):
        url = f"{base}/{when.strftime('%Y/%m')}/{slug}/"
        pre = (f'<script type="{rl}-text/javascript">window.MathJax = {{ tex: {{ inlineMath: [[\'$\', \'$\']] }} }};</script>'
               f'<script type="{rl}-text/javascript" id="MathJax-script" async src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>') if math else ""
        post = (f'<script type="{rl}-text/javascript">var lbAltmetric = {{ doi: "10.5555/lb.{pid}" }};</script><div class="altmetric-embed" data-badge-type="donut" data-doi="10.5555/lb.{pid}"></div>'
                f'<script src="/cdn-cgi/scripts/7d0fa10a/cloudflare-static/rocket-loader.min.js" data-cf-settings="{rl}-|49" defer=""></script>')
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt, pre + body + post))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["MathJax", "rocket-loader", "text/javascript", "altmetric", "lbAltmetric"]
    w = d(2020, 9, 23, 8, 15, 0, 10)
    add(12207, "china-carbon-neutral-2060-pledge-what-it-means", "China's 2060 carbon-neutrality pledge: what the numbers say", w, "Ellen Farquhar", ["Climate", "Policy"],
        "A surprise announcement at the UN General Assembly commits the world's biggest emitter to net zero within 40 years.",
        "<p>China&#8217;s president told the UN General Assembly on Tuesday that the country would aim for emissions to peak before 2030 and reach carbon neutrality before 2060, the first time Beijing has put a date on net zero.</p>"
        "<p>China emits about 28 per cent of the world&#8217;s carbon dioxide. Modelling groups estimate the pledge, if met, would cut projected warming by 0.2 to 0.3&#176;C.</p>"
        "<p>&#8220;The date matters less than the coal plants approved in the next five-year plan,&#8221; said Dr Oliver Tran, an energy-systems modeller at the Canberra Climate Institute.</p>",
        lambda k: it(k, "China's 2060 carbon-neutrality pledge: what the numbers say", w, ["Ellen Farquhar"], quotes=[q("Oliver Tran", "Canberra Climate Institute")], junk=junk,
                     note="Cloudflare Rocket Loader rewrote every inline script's type to '<hash>-text/javascript' (an Altmetric config here) and appended rocket-loader.min.js with data-cf-settings; an Altmetric donut <div> ends each post. A state's climate pledge at the UN: relevant on the science feed."))
    w = d(2020, 9, 22, 10, 0, 0, 10)
    add(12195, "covax-156-economies-sign-up", "156 economies sign up to COVAX vaccine-sharing scheme", w, "Ellen Farquhar", ["Health", "Policy"],
        "The United States and Russia are not among them.",
        "<p>The World Health Organization said on Monday that 156 economies had joined COVAX, a scheme to buy and share COVID-19 vaccines, including 64 higher-income countries that will pay for their own doses. The United States and Russia have not joined; China is still in talks.</p>"
        "<p>Australia has committed A$80 million to the scheme&#8217;s advance market commitment for poorer countries.</p>",
        lambda k: it(k, "156 economies sign up to COVAX vaccine-sharing scheme", w, ["Ellen Farquhar"], junk=junk, note="International agreement among states: relevant."))
    w = d(2020, 9, 21, 12, 0, 0, 10)
    add(12183, "arctic-sea-ice-second-lowest-2020", "Arctic sea ice hits second-lowest minimum on record", w, "Marcus Webb", ["Earth"],
        "The ice shrank to 3.74 million square kilometres on September 15.",
        "<p>Arctic sea ice reached its annual minimum of 3.74 million square kilometres on September 15, the second-lowest extent in 42 years of satellite records, according to the US National Snow and Ice Data Center.</p>"
        "<p>Only 2012 was lower.</p>",
        lambda k: it(k, "Arctic sea ice hits second-lowest minimum on record", w, ["Marcus Webb"], rel=False, junk=junk, note="Science: a story, not relevant."))
    w = d(2020, 9, 16, 9, 30, 0, 10)
    add(12160, "phosphine-venus-clouds-explainer", "Phosphine on Venus: how a faint line in a spectrum made headlines", w, "Marcus Webb", ["Space"],
        "Astronomers report a gas associated with life in Venus's clouds. Here is how they measured it.",
        "<p>Astronomers using two radio telescopes have reported phosphine in Venus&#8217;s clouds at about 20 parts per billion. The signal is an absorption line at a wavelength of 1.123 mm, and its strength depends on how the background spectrum is fitted: a polynomial of order $n = 12$ was used.</p>"
        "<p>&#8220;Nobody should be claiming life. They should be claiming a line,&#8221; said Prof. Hannah Lowe, a planetary chemist at the University of Adelaide.</p>",
        lambda k: it(k, "Phosphine on Venus: how a faint line in a spectrum made headlines", w, ["Marcus Webb"], rel=False, quotes=[q("Hannah Lowe", "University of Adelaide")], junk=junk,
                     note="MathJax configuration and loader scripts (Rocket-Loader-rewritten types) open the content; '$n = 12$' is TeX in the text. Science: not relevant."), math=True)
    w = d(2020, 9, 18, 16, 0, 0, 10)
    add(12171, "podcast-lyrebird-weekly-episode-112", "Lyrebird Weekly, episode 112: Venus, bats and a very long winter", w, "Lyrebird Science", ["Podcast"],
        "This week on the podcast.",
        '<p>This week: the phosphine debate, why bats tolerate viruses, and a winter at Mawson station.</p><p><audio class="wp-audio-shortcode" preload="none" controls="controls"><source type="audio/mpeg" src="https://lyrebirdscience.example/audio/lw112.mp3" /></audio></p>',
        lambda k: it(k, "Lyrebird Weekly, episode 112: Venus, bats and a very long winter", w, [], story=False, rel=False, junk=junk, note="Podcast: not a story."))
    w = d(2020, 9, 15, 11, 15, 0, 10)
    add(12149, "bats-immune-tolerance-study", "Bats' immune 'brake' may explain how they carry viruses without falling ill", w, "Ellen Farquhar", ["Biology"],
        "A study of fruit bat cells points to a dampened inflammatory response.",
        "<p>Cells from Australian black flying foxes produce a weaker inflammatory response to viral infection than human cells, according to a study published this week, which may explain how bats carry viruses without falling ill.</p>",
        lambda k: it(k, "Bats' immune 'brake' may explain how they carry viruses without falling ill", w, ["Ellen Farquhar"], rel=False, junk=junk, note="Science: not relevant."))
    rows, items = _sorted(rows, items)
    text = wp_rss("Lyrebird Science", f"{base}/feed/", base, "Science news from Australia and beyond", rfc822(d(2020, 9, 22, 22, 15, 0, 0)), "en-AU", "5.5.1", rows)
    return feed("en_science_lyrebird_feed_rocketloader_2020.rss.xml", text, items, lang="en", outlet="Lyrebird Science", topic="science",
                structure="Melbourne science news site's WordPress 5.5 feed behind Cloudflare with Rocket Loader on, September 2020: rss2 template (en-AU, +0000 dates, newsroom +1000), '/YYYY/MM/<slug>/' links, '?p=<id>' guids; content:encoded with inline scripts whose type Rocket Loader rewrote to '<hash>-text/javascript' (MathJax config and loader on a post with TeX, an Altmetric config), an Altmetric donut <div>, and the appended rocket-loader.min.js <script> with data-cf-settings; climate and vaccine diplomacy, earth and space science, biology and a podcast")


FEEDS = [salamanca, assiniboine, shandon, kopje, circuit, lyrebird]
