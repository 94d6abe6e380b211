# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English desks of the forty-third held-out set (part 1): a Baltimore daily's Movable Type Atom
feed through FeedBurner (2010), a Gloucester paper's world blog on WordPress.com/Jetpack (2013),
a Lagos daily behind Cloudflare's e-mail obfuscation (2016) and a Pune daily with lazy-loaded
images and ad slots (2018). All outlets, people and quotations are invented."""
from h43 import cd, cflink, d, esc, feed, it, q, rfc822, utc0, wp_item, wp_rss, wpt


# ---------------------------------------------------------------- Movable Type 4 Atom through FeedBurner, 2010
def chesapeake():
    base = "http://www.chesapeakecourier.example"
    fb = "ChesapeakeCourierWorld"
    rows, items = [], []

    def add(eid, slug, title, when, authors, cat, summary, body, code, exp, upd=None):
        url = f"{base}/world/{when.strftime('%Y/%m')}/{slug}.html"
        flare = (f'<div class="feedflare">\n<a href="http://feeds.feedburner.com/~ff/{fb}?a={code}:{eid}:yIl2AUoC8zA"><img src="http://feeds.feedburner.com/~ff/{fb}?d=yIl2AUoC8zA" border="0"></img></a> '
                 f'<a href="http://feeds.feedburner.com/~ff/{fb}?a={code}:{eid}:dnMXMwOfBR0"><img src="http://feeds.feedburner.com/~ff/{fb}?d=dnMXMwOfBR0" border="0"></img></a> '
                 f'<a href="http://feeds.feedburner.com/~ff/{fb}?a={code}:{eid}:7Q72WNTAKBA"><img src="http://feeds.feedburner.com/~ff/{fb}?d=7Q72WNTAKBA" border="0"></img></a>\n</div>'
                 f'<img src="http://feeds.feedburner.com/~r/{fb}/~4/{code}" height="1" width="1"/>')
        au = "".join(f"\n        <author>\n            <name>{esc(a)}</name>\n            \n        </author>" for a in authors)
        rows.append(f'<entry>\n    <title>{esc(title)}</title>\n    <link rel="alternate" type="text/html" href="http://feedproxy.google.com/~r/{fb}/~3/{code}/{slug}.html" />\n'
                    f'    <id>tag:www.chesapeakecourier.example,{when.year}:/world//12.{eid}</id>\n\n    <published>{when.isoformat()}</published>\n    <updated>{(upd or when).isoformat()}</updated>\n\n'
                    f'    <summary>{esc(summary)}</summary>{au}\n        <category term="{esc(cat)}" scheme="http://www.sixapart.com/ns/types#category" />\n    \n'
                    f'    <content type="html" xml:lang="en" xml:base="{base}/world/">\n        {esc(body + flare)}\n    </content>\n'
                    f'<feedburner:origLink>{url}</feedburner:origLink></entry>')
        items.append(exp(f"tag:www.chesapeakecourier.example,{when.year}:/world//12.{eid}"))

    fjunk = ["feedflare", "~4/"]
    w = d(2010, 3, 31, 18, 42, 0, -4)
    add(48213, "donors_pledge_99_billion_for_haiti", "Donors pledge $9.9 billion to rebuild Haiti", w, ["Dana Whitcomb"], "Americas",
        "Governments and agencies meeting at the United Nations promised $9.9 billion over three years, more than Haiti had asked for.",
        "<p>UNITED NATIONS &mdash; Governments and aid agencies meeting at the United Nations on Wednesday pledged $9.9 billion over the next three years to rebuild Haiti, exceeding the $3.9 billion the Haitian government had requested for the first 18 months.</p>\n\n"
        "<p>The money is to be managed by an interim commission co-chaired by Haiti's prime minister, an arrangement meant to reassure donors wary of the country's weak institutions.</p>\n\n"
        "<p>\"The numbers are the easy part. The hard part is getting a school rebuilt in Jacmel before the next hurricane season,\" said Marie-Claude Pierre-Louis, who directs a relief network of Haitian diaspora groups in Maryland and attended the conference.</p>\n\n"
        "<p>More than 200,000 people died in the January earthquake.</p>",
        "Kq3mPz1xYbE", lambda k: it(k, "Donors pledge $9.9 billion to rebuild Haiti", w, ["Dana Whitcomb"], quotes=[q("Marie-Claude Pierre-Louis")], junk=fjunk,
                                     note="FeedBurner's Atom pass-through of a Movable Type 4 entry: the link is the feedproxy.google.com redirect, the article URL only in feedburner:origLink at the END of the entry; the escaped content ends with FeedBurner's FeedFlare <div> (image-only flares) and the 1x1 '~r/…/~4/<code>' tracking pixel. Relevant."))
    w = d(2010, 3, 30, 21, 10, 0, -4)
    add(48197, "harbor_garage_vote_delayed", "City Council delays vote on Inner Harbor garage", w, ["Tom Brannigan"], "Local",
        "Council members want a second traffic study before voting on the 1,100-space garage.",
        "<p>The Baltimore City Council postponed a vote Tuesday night on a 1,100-space parking garage near the Inner Harbor, after several members asked for a second traffic study.</p>\n\n"
        "<p>\"We are being asked to approve a building nobody has modeled at rush hour,\" said Councilwoman Renee Adkins-Ball.</p>",
        "Rt7nHs2wQaL", lambda k: it(k, "City Council delays vote on Inner Harbor garage", w, ["Tom Brannigan"], rel=False, quotes=[q("Renee Adkins-Ball")], junk=fjunk,
                                     note="A city story that the newsroom's CMS also tagged for the world blog (category 'Local'): a story, not relevant."))
    w = d(2010, 3, 26, 15, 5, 0, -4)
    add(48160, "us_russia_agree_arms_treaty", "U.S. and Russia agree on new nuclear arms treaty", w, ["Dana Whitcomb", "Paul Ostrowski"], "Europe",
        "The treaty would cut deployed strategic warheads by about a third and restore inspections that lapsed in December.",
        "<p>WASHINGTON &mdash; The United States and Russia have agreed on the text of a treaty that would cut their deployed strategic nuclear warheads to 1,550 each, about a third below the current ceiling, officials in both capitals said Friday.</p>\n\n"
        "<p>The agreement replaces the 1991 START treaty, whose inspection regime lapsed in December. It must be ratified by the Senate and by the Russian parliament.</p>\n\n"
        "<p>\"Verification is the whole point. Without inspectors on the ground, every number is a guess,\" said Gerald Huang, an arms-control specialist at the Annapolis Policy Forum.</p>\n\n"
        "<p>The treaty is to be signed in Prague next month.</p>",
        "Mw4pLx8zNcV", lambda k: it(k, "U.S. and Russia agree on new nuclear arms treaty", w, ["Dana Whitcomb", "Paul Ostrowski"], quotes=[q("Gerald Huang", "Annapolis Policy Forum")], junk=fjunk,
                                     note="Two Atom <author> elements (Movable Type's multiple authors as FeedBurner passes them). Relevant."))
    w = d(2010, 3, 25, 11, 30, 0, -4)
    add(48141, "iraq_count_nears_end", "Iraq's vote count nears end as blocs court kingmakers", w, ["Paul Ostrowski"], "Middle East",
        "With nearly all ballots counted, no list is close to a majority in the new parliament.",
        "<p>BAGHDAD &mdash; With nearly all ballots from the March 7 parliamentary election counted, the two largest lists were separated by only a handful of seats on Thursday, and neither was close to the 163 needed for a majority.</p>\n\n"
        "<p>Kurdish parties, which together hold more than 40 seats, have said they will back whichever bloc guarantees a census in Kirkuk.</p>\n\n"
        "<p>Final certified results are expected next week.</p>",
        "Bz9vKd3sTrW", lambda k: it(k, "Iraq's vote count nears end as blocs court kingmakers", w, ["Paul Ostrowski"], junk=fjunk, note="Relevant."),
        upd=d(2010, 3, 25, 14, 2, 0, -4))
    w = d(2010, 3, 24, 9, 0, 0, -4)
    add(48122, "photos_orioles_camp_sarasota", "Photos: Orioles break camp in Sarasota", w, ["Courier Photo Staff"], "Sports",
        "A gallery from the last week of spring training.",
        '<p><a href="http://www.chesapeakecourier.example/sports/gallery/2010/03/orioles_camp.html"><img alt="orioles_camp_01.jpg" src="http://www.chesapeakecourier.example/assets/2010/03/orioles_camp_01-thumb-400x266.jpg" width="400" height="266" /></a></p>\n\n<p>View the full gallery (24 photos).</p>',
        "Hn5cWq7yJuP", lambda k: it(k, "Photos: Orioles break camp in Sarasota", w, [], story=False, rel=False, junk=fjunk,
                                     note="Photo gallery filed to the world blog by mistake: not a story. 'Courier Photo Staff' is not a person. Title label 'Photos:' may be kept or dropped."))
    w = d(2010, 3, 22, 19, 45, 0, -4)
    add(48099, "chile_quake_concepcion_rebuild", "In Concepción, quake survivors wait for winter shelters", w, ["Lucia Varga"], "Americas",
        "Three weeks after the earthquake, thousands of families in Chile's second city still live in tents.",
        "<p>CONCEPCI&Oacute;N, Chile &mdash; Three weeks after the magnitude-8.8 earthquake, thousands of families in this port city still sleep in tents pitched on football fields, and the first cold nights of the southern autumn have arrived.</p>\n\n"
        "<p>The government has promised 30,000 prefabricated emergency homes before June. Fewer than 2,000 have been delivered.</p>\n\n"
        "<p>\"They gave us a number for the waiting list, not a date,\" said Hern&aacute;n Salgado Rivas, a dock worker whose house in the Lorenzo Arenas district collapsed.</p>",
        "Fy2rGm6kDxN", lambda k: it(k, "In Concepción, quake survivors wait for winter shelters", w, ["Lucia Varga"], quotes=[q("Hernán Salgado Rivas")], junk=fjunk,
                                     note="Dateline with HTML entities (CONCEPCI&Oacute;N, escaped once more in the Atom content). Relevant."))
    head = ('<title>The Chesapeake Courier: World</title>\n<link rel="alternate" type="text/html" href="http://www.chesapeakecourier.example/world/" />\n'
            '<id>tag:www.chesapeakecourier.example,2010-01-04:/world//12</id>\n<updated>2010-03-31T18:42:11-04:00</updated>\n'
            '<subtitle>World news and correspondents\' reports from The Chesapeake Courier</subtitle>\n<generator uri="http://www.sixapart.com/movabletype/">Movable Type Pro 4.34-en</generator>\n\n'
            f'<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/atom+xml" href="http://feeds.feedburner.com/{fb}" /><feedburner:info uri="chesapeakecourierworld" />'
            '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" /><feedburner:emailServiceId>ChesapeakeCourierWorld</feedburner:emailServiceId><feedburner:feedburnerHostname>http://feedburner.google.com</feedburner:feedburnerHostname>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/atom10full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.com/~d/styles/itemcontent.css"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">\n' + head + "\n" + "\n\n".join(rows) + "\n\n</feed>\n")
    return feed("en_us_chesapeakecourier_world_mt_feedburner_2010.atom.xml", text, items, lang="en", outlet="The Chesapeake Courier", aliases=["Chesapeake Courier"], shape="atom",
                ctype="text/xml; charset=UTF-8",
                structure="Baltimore daily's world blog on Movable Type Pro 4.34 (Atom 1.0 template) served through FeedBurner in March 2010: FeedBurner's two xml-stylesheet PIs (atom10full.xsl, itemcontent.css) before <feed>, its feedburner namespace, atom10:link self (feeds.feedburner.com) and PubSubHubbub hub, feedburner:info/emailServiceId/feedburnerHostname; entries in MT's layout (title, feedproxy.google.com/~r/…/~3/<code>/ alternate link, 'tag:host,YYYY:/world//12.<id>' ids, published/updated with -04:00, plain summary, one or two <author>, MT category with the sixapart scheme, escaped HTML content with xml:base) and feedburner:origLink LAST, the content ending in FeedFlare image links and the ~4 tracking pixel; a city story and a sports gallery in the world blog")


# ---------------------------------------------------------------- WordPress.com VIP blog with Jetpack sharing and related posts, 2013
def severn():
    base = "https://worlddesk.severnstandard.example"
    host = "worlddesk.severnstandard.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, login, cats, excerpt, body, exp, comments=0):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        flair = (f'<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
                 f'<li class="share-twitter"><a rel="nofollow" class="share-twitter sd-button share-icon" href="{url}?share=twitter" title="Click to share on Twitter" id="sharing-twitter-{pid}"><span>Twitter</span></a></li>'
                 f'<li class="share-facebook"><a rel="nofollow" class="share-facebook sd-button share-icon" href="{url}?share=facebook" title="Share on Facebook" id="sharing-facebook-{pid}"><span>Facebook</span></a></li>'
                 f'<li class="share-email"><a rel="nofollow" class="share-email sd-button share-icon" href="{url}?share=email" title="Click to email this to a friend"><span>Email</span></a></li><li class="share-end"></li></ul></div></div></div>'
                 f'<div class=\'sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded\' id=\'like-post-wrapper-51734920-{pid}-52316c\' data-src=\'//widgets.wp.com/likes/#blog_id=51734920&amp;post_id={pid}&amp;origin={host}\' data-name=\'like-post-frame-51734920-{pid}-52316c\'><h3 class="sd-title">Like this:</h3><div class=\'likes-widget-placeholder post-likes-widget-placeholder\' style=\'height:55px\'><span class=\'button\'><span>Like</span></span> <span class="loading">Loading...</span></div></div>'
                 f'<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' ><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div></div>')
        wpcom = (f'<br />  <a rel="nofollow" href="http://feeds.wordpress.com/1.0/gocomments/{host}/{pid}/"><img alt="" border="0" src="http://feeds.wordpress.com/1.0/comments/{host}/{pid}/" /></a> '
                 f'<img alt="" border="0" src="https://pixel.wp.com/b.gif?host={host}&#038;blog=51734920&#038;post={pid}&#038;subd=severnstandardworld&#038;ref=&#038;feed=1" width="1" height="1" />')
        extra = (f'\t\n\t\t<media:content url="https://1.gravatar.com/avatar/{pid:x}a7c2e0b9?s=96&#38;d=identicon&#38;r=G" medium="image">\n\t\t\t<media:title type="html">{login}</media:title>\n\t\t</media:content>\n')
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt + wpcom, body + flair + wpcom, comments, extra))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["Share this:", "Like this:", "Loading...", "Related"]
    w = d(2013, 9, 21, 18, 20, 0, 1)
    add(4471, "gunmen-storm-nairobi-shopping-centre", "Gunmen storm Nairobi shopping centre; Britons among the injured", w, "Helen Marchetti", "helenmarchetti", ["Africa"],
        "Gunmen attacked a shopping centre in an affluent district of Nairobi on Saturday, killing at least 39 people. The Foreign Office said British nationals were among the injured.",
        "<p>Gunmen attacked the Westgate shopping centre in an affluent district of Nairobi on Saturday, killing at least 39 people and taking an unknown number of hostages, Kenyan officials said.</p>\n<p>The Somali militant group al-Shabaab said it had carried out the attack in retaliation for Kenya's military presence in Somalia.</p>\n"
        "<p>The Foreign Office said British nationals were among the injured and that consular staff were at Nairobi's hospitals. &#8220;The phones at the high commission have not stopped since lunchtime,&#8221; said Jonathan Okello-Price, a Gloucester-born businessman who runs a logistics firm in the city.</p>\n",
        lambda k: it(k, "Gunmen storm Nairobi shopping centre; Britons among the injured", w, ["Helen Marchetti"], quotes=[q("Jonathan Okello-Price")], junk=junk,
                     note="WordPress.com-hosted blog: content:encoded ends with Jetpack's sharedaddy block ('Share this:' buttons, 'Like this:' widget with 'Loading...', an empty 'Related' heading) and WordPress.com's feed flair (gocomments link, pixel.wp.com stats pixel with feed=1); media:content carries the author's gravatar with the LOGIN as media:title, not a byline. Relevant."))
    w = d(2013, 9, 20, 12, 5, 0, 1)
    add(4465, "syria-weapons-inspectors-timetable", "Syria hands over first list of chemical weapons sites", w, "David Anstey", "danstey", ["Middle East"],
        "Syria has submitted a partial declaration of its chemical weapons to the organisation that will oversee their destruction.",
        "<p>Syria has submitted a partial inventory of its chemical weapons to the Organisation for the Prohibition of Chemical Weapons in The Hague, meeting the first deadline of the framework agreed by the United States and Russia in Geneva last weekend.</p>\n"
        "<p>Britain, which stepped back from military action after last month&#8217;s Commons vote, has offered technical experts to help with the destruction.</p>\n"
        "<p>&#8220;A list is not a stockpile. The test is whether the inspectors get into every site on it,&#8221; said Dr Miriam Foley, a lecturer in international security at the University of Gloucestershire.</p>\n",
        lambda k: it(k, "Syria hands over first list of chemical weapons sites", w, ["David Anstey"], quotes=[q("Miriam Foley", "University of Gloucestershire")], junk=junk, note="Relevant."))
    w = d(2013, 9, 19, 16, 40, 0, 1)
    add(4458, "merkel-poll-lead-holds-before-sunday", "German election: Merkel's lead holds as coalition arithmetic tightens", w, "Helen Marchetti", "helenmarchetti", ["Europe"],
        "Polls give the chancellor's CDU a clear lead, but her liberal partners may fall below the five per cent threshold.",
        "<p>Angela Merkel&#8217;s Christian Democrats go into Sunday&#8217;s German election with a lead of more than ten points, but the last polls suggest her Free Democrat partners could fall below the 5 per cent threshold for parliament.</p>\n"
        "<p>That would force the chancellor to seek a grand coalition with the Social Democrats, as in her first term.</p>\n",
        lambda k: it(k, "German election: Merkel's lead holds as coalition arithmetic tightens", w, ["Helen Marchetti"], junk=junk,
                     note="A head of government appears only as a setting. Title label 'German election:' is part of the headline. Relevant."))
    w = d(2013, 9, 18, 9, 15, 0, 1)
    add(4450, "tewkesbury-flood-barrier-funding", "Tewkesbury flood barrier wins £4m from Environment Agency", w, "Severn Standard", "severnstandard", ["Around the county"],
        "The demountable barrier will protect 400 homes on the Mythe side of town.",
        "<p>A demountable flood barrier for Tewkesbury has been awarded &#163;4 million by the Environment Agency, six years after the 2007 floods cut the town off.</p>\n",
        lambda k: it(k, "Tewkesbury flood barrier wins £4m from Environment Agency", w, [], rel=False, junk=junk,
                     note="County news cross-posted to the world blog; dc:creator is the brand. A story, not relevant."))
    w = d(2013, 9, 17, 20, 0, 0, 1)
    add(4443, "podcast-the-week-in-world-news-38", "Podcast: The week in world news, episode 38", w, "David Anstey", "danstey", ["Podcast"],
        "David Anstey and Helen Marchetti discuss Syria, the German election and the Commons vote that wasn&#8217;t.",
        '<p>David Anstey and Helen Marchetti discuss Syria, the German election and the Commons vote that wasn&#8217;t.</p>\n<p><a href="https://worlddesk.severnstandard.example/files/2013/09/week38.mp3">Download the MP3 (31 min)</a></p>\n',
        lambda k: it(k, "Podcast: The week in world news, episode 38", w, [], story=False, rel=False, junk=junk, note="Podcast episode: not a story."))
    w = d(2013, 9, 16, 13, 25, 0, 1)
    add(4437, "iran-new-president-un-speech-hopes", "Iran's new president heads to UN amid talk of a thaw", w, "David Anstey", "danstey", ["Middle East"],
        "Diplomats say a meeting between British and Iranian foreign ministers in New York is possible for the first time in years.",
        "<p>Iran&#8217;s new president will address the UN General Assembly next week, and diplomats say a meeting between the British and Iranian foreign ministers on the sidelines is possible for the first time in years.</p>\n"
        "<p>Britain closed its embassy in Tehran in 2011 after it was stormed by protesters.</p>\n"
        "<p>&#8220;Nobody in Whitehall expects a breakthrough, but people are talking about a chargé d&#8217;affaires again,&#8221; said a former British diplomat, who asked not to be named.</p>\n",
        lambda k: it(k, "Iran's new president heads to UN amid talk of a thaw", w, ["David Anstey"], junk=junk, note="Anonymous source: no speaker. UK–Iran relations: relevant."), comments=3)
    built = rfc822(d(2013, 9, 21, 17, 20, 0, 0))
    text = wp_rss("The World Desk &#8211; Severn Standard", f"{base}/feed/", base, "Foreign news and analysis from the Severn Standard newsroom", built, "en",
                  "3.6.1-alpha", rows, extra_ns='\txmlns:georss="http://www.georss.org/georss" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#" xmlns:media="http://search.yahoo.com/mrss/"\n',
                  head_extra=f"<cloud domain='{host}' port='80' path='/?rsscloud=notify' registerProcedure='' protocol='http-post' />\n<image>\n\t\t<url>https://s2.wp.com/i/buttonw-com.png</url>\n\t\t<title>The World Desk &#8211; Severn Standard</title>\n\t\t<link>{base}</link>\n\t</image>\n\t<atom:link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"{base}/osd.xml\" title=\"The World Desk\" />\n\t<atom:link rel='hub' href='{base}/?pushpress=hub'/>\n")
    return feed("en_gb_severnstandard_worlddesk_wpcom_jetpack_2013.rss.xml", text, items, lang="en", outlet="Severn Standard", aliases=["The World Desk", "The Severn Standard"],
                structure="Gloucester paper's foreign-news blog hosted on WordPress.com (VIP-style subdomain) in September 2013: WordPress's rss2 template plus WordPress.com's additions (georss/geo/media namespaces, rsscloud <cloud>, the w.com button <image>, OpenSearch and PuSHPress hub atom:links, 'alpha' generator version), +0000 dates (newsroom BST), dc:creator display names (one the brand), media:content gravatar with the login as media:title, CDATA excerpts and content:encoded both ending with WordPress.com feed flair (gocomments link/image and pixel.wp.com/b.gif stats pixel with &#038; entities), the content also with Jetpack's sharedaddy block ('Share this:', 'Like this:' placeholder 'Loading...', empty 'Related' heading); a county story and a podcast")


# ---------------------------------------------------------------- WordPress behind Cloudflare with e-mail obfuscation, 2016
def marina():
    base = "https://www.marinacourier.example"
    rows, items = [], []
    cfs = '<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>'

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp, comments=0):
        url = f"{base}/{slug}/"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt, body + cfs, comments))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["email protected", "email-decode", "cdn-cgi"]
    w = d(2016, 12, 10, 19, 5, 0, 1)
    add(182204, "gambia-jammeh-rejects-election-result-ecowas", "Gambia: ECOWAS leaders to fly to Banjul as Jammeh rejects poll result", w, "Chidi Okafor", ["World", "Africa"],
        "ECOWAS heads of state will travel to Banjul next week after Gambia&#8217;s president reversed his concession of the December 1 election. [&#8230;]",
        f"<p><strong>By Chidi Okafor</strong> | {cflink('c.okafor@marinacourier.example', 0x3a)}</p>\n"
        "<p>A delegation of West African heads of state led by Liberia&#8217;s president will fly to Banjul next week, after Gambia&#8217;s President Yahya Jammeh rejected the result of the December 1 election he had conceded a week earlier.</p>\n"
        "<p>Nigeria&#8217;s Ministry of Foreign Affairs said Abuja would be represented at the highest level. &#8220;ECOWAS cannot accept a concession that is withdrawn by television,&#8221; said Ambassador Ifeoma Nwachukwu-Bello, a retired Nigerian diplomat who served in Dakar.</p>\n"
        "<p>The opposition coalition&#8217;s candidate won 43 per cent of the vote, according to the electoral commission.</p>\n",
        lambda k: it(k, "Gambia: ECOWAS leaders to fly to Banjul as Jammeh rejects poll result", w, ["Chidi Okafor"], quotes=[q("Ifeoma Nwachukwu-Bello")], junk=junk,
                     note="The site sits behind Cloudflare with e-mail obfuscation on: the reporter's address in the byline line is a '/cdn-cgi/l/email-protection#…' link around <span class=\"__cf_email__\" data-cfemail=\"…\">[email&#160;protected]</span>, and email-decode.min.js is appended to every body. The byline line 'By Name | [email protected]' gives the author. Heads of state appear only as settings. Relevant."))
    w = d(2016, 12, 10, 11, 40, 0, 1)
    add(182190, "ghana-opposition-leader-wins-presidency", "Ghana: opposition leader wins presidency at third attempt", w, "Bola Adeyemi-Cole", ["World", "Africa"],
        "Ghana&#8217;s electoral commission declared the opposition candidate winner of Wednesday&#8217;s presidential election with 53.8 per cent. [&#8230;]",
        f"<p><strong>By Bola Adeyemi-Cole, Accra</strong></p>\n"
        "<p>Ghana&#8217;s electoral commission on Friday declared the opposition candidate winner of Wednesday&#8217;s presidential election with 53.8 per cent of the vote, and the incumbent conceded in a telephone call hours later.</p>\n"
        "<p>&#8220;Ghana has shown the region how to lose an election,&#8221; said Kwesi Ampofo-Darko, a governance researcher at the Accra Centre for Democratic Studies.</p>\n"
        f"<p><em>Send your comments to {cflink('world@marinacourier.example', 0x5e)}</em></p>\n",
        lambda k: it(k, "Ghana: opposition leader wins presidency at third attempt", w, ["Bola Adeyemi-Cole"], quotes=[q("Kwesi Ampofo-Darko", "Accra Centre for Democratic Studies")], junk=junk,
                     note="Byline 'By Name, Accra': the place is not part of the name. The desk address in the closing line is Cloudflare-obfuscated. Relevant."))
    w = d(2016, 12, 9, 16, 15, 0, 1)
    add(182161, "naira-parallel-market-slide", "Naira slides to 490 on parallel market as dollar scarcity bites", w, "Emeka Obi", ["Business"],
        "The naira fell to N490 to the dollar at the parallel market in Lagos on Friday. [&#8230;]",
        f"<p><strong>By Emeka Obi</strong> | {cflink('e.obi@marinacourier.example', 0x71)}</p>\n"
        "<p>The naira fell to N490 to the dollar at the parallel market in Lagos on Friday, against the official rate of N305, as importers scrambled for foreign exchange ahead of the festive season.</p>\n"
        "<p>&#8220;Nobody is selling, everybody is buying,&#8221; said Alhaji Musa Garba, a bureau de change operator in Ikeja.</p>\n",
        lambda k: it(k, "Naira slides to 490 on parallel market as dollar scarcity bites", w, ["Emeka Obi"], rel=False, quotes=[q("Musa Garba")], junk=junk,
                     note="Home economy in the feed (the site's main feed): a story, not relevant. Honorific 'Alhaji' is not part of the name."))
    w = d(2016, 12, 9, 9, 0, 0, 1)
    add(182150, "trump-transition-africa-policy-questions", "What a Trump presidency could mean for Nigeria and AGOA", w, "Chidi Okafor", ["World", "Analysis"],
        "The US president-elect has said little about Africa. Trade preferences and security aid are the questions in Abuja. [&#8230;]",
        f"<p><strong>By Chidi Okafor</strong> | {cflink('c.okafor@marinacourier.example', 0x3a)}</p>\n"
        "<p>The US president-elect said almost nothing about Africa during his campaign, and officials in Abuja admit they do not know whom to call in his transition team.</p>\n"
        "<p>The questions are practical: whether duty-free access under the African Growth and Opportunity Act survives, and whether the sale of attack aircraft for the fight against Boko Haram, blocked under the current administration, goes ahead.</p>\n"
        "<p>&#8220;Washington&#8217;s Africa policy has often been made by whoever was in the room. We need to be in the room,&#8221; said Dr Tunde Bakare-Lawal of the Lagos Institute of International Affairs.</p>\n",
        lambda k: it(k, "What a Trump presidency could mean for Nigeria and AGOA", w, ["Chidi Okafor"], quotes=[q("Tunde Bakare-Lawal", "Lagos Institute of International Affairs")], junk=junk,
                     note="Analysis of Nigeria–US relations: relevant. The president-elect appears only as a setting."))
    w = d(2016, 12, 8, 20, 30, 0, 1)
    add(182131, "super-eagles-drawn-with-cameroon", "Super Eagles drawn with Cameroon in World Cup qualifiers", w, "Sports Desk", ["Sports"],
        "Nigeria will face Cameroon twice in 2017 in Group B of the World Cup qualifiers. [&#8230;]",
        f"<p>Nigeria will face Cameroon home and away in August and September 2017 in Group B of the African qualifiers for the 2018 World Cup.</p>\n<p>Tips and results: {cflink('sports@marinacourier.example', 0x12)}</p>\n",
        lambda k: it(k, "Super Eagles drawn with Cameroon in World Cup qualifiers", w, [], rel=False, junk=junk, note="Sport: a story, not relevant. 'Sports Desk' is not a person."))
    w = d(2016, 12, 8, 8, 0, 0, 1)
    add(182120, "subscribe-marina-courier-whatsapp-alerts", "Get Marina Courier headlines on WhatsApp", w, "Marina Courier", ["Announcements"],
        "Save our number and send START. [&#8230;]",
        f"<p>Save 0809 000 4411 in your phone and send START to get our top stories every morning. Problems? Write to {cflink('digital@marinacourier.example', 0x44)}</p>\n",
        lambda k: it(k, "Get Marina Courier headlines on WhatsApp", w, [], story=False, rel=False, junk=junk, note="Service promotion: not a story."))
    built = rfc822(d(2016, 12, 10, 18, 5, 0, 0))
    text = wp_rss("The Marina Courier", f"{base}/feed/", base, "Nigeria&#039;s independent daily", built, "en-US", "4.6.1", rows)
    return feed("en_ng_marinacourier_feed_cloudflare_email_2016.rss.xml", text, items, lang="en", outlet="The Marina Courier", aliases=["Marina Courier"], topic="mixed",
                structure="Lagos daily's main WordPress 4.6 feed behind Cloudflare in December 2016: WordPress's rss2 template (en-US, &#039; in the description, +0000 dates, newsroom +0100), '/<slug>/' permalinks, '?p=<id>' guids, CDATA excerpts ending ' [&#8230;]', content:encoded opening with a bold 'By Name | e-mail' or 'By Name, City' line in which Cloudflare's scrape shield has replaced the address by '/cdn-cgi/l/email-protection#<hex>' links around __cf_email__ spans with data-cfemail and the text '[email&#160;protected]', and ending with the data-cfasync email-decode.min.js <script>; World, Business and Sports posts and a WhatsApp promo")


# ---------------------------------------------------------------- Pune daily with lazy-loaded images, DFP ad slots and 'Also Read' links, 2018
def sahyadri():
    base = "https://www.sahyadritimes.example"
    rows, items = [], []
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

    def img(path, alt, cap):
        src = f"https://img.sahyadritimes.example/uploads/2018/05/{path}"
        return (f'<figure class="wp-caption aligncenter"><img class="lazy lazy-hidden size-full" src="{gif}" data-lazy-type="image" data-src="{src}" alt="{alt}" width="770" height="433" />'
                f'<noscript><img class="size-full" src="{src}" alt="{alt}" width="770" height="433" /></noscript><figcaption class="wp-caption-text">{cap}</figcaption></figure>')

    def ad(n):
        return f'<div class="st-ad-wrap"><span class="st-ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-1525336{n}-0" class="gpt-ad" data-ad-unit="/21775744923/sahyadri/world_inarticle_{n}"></div></div>'

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/world/{slug}-{pid}/"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt, body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["ADVERTISEMENT", "Also Read", "data:image"]
    w = d(2018, 5, 9, 13, 20, 0, 5.5)
    add(298811, "us-quits-iran-deal-india-oil-imports", "US quits Iran nuclear deal: What it means for India's oil imports and Chabahar", w, "Anand Kulkarni", ["World"],
        "Washington&#8217;s exit from the 2015 nuclear deal puts India&#8217;s crude purchases from Iran and the Chabahar port project in doubt.",
        img("iran-oil-tanker.jpg", "Oil tanker", "An oil tanker at Kharg island. (Representational image: Reuters)")
        + "<p>The United States&#8217; withdrawal from the 2015 Iran nuclear agreement puts India&#8217;s crude purchases from Iran, its third-largest supplier, and the Chabahar port project in doubt, officials and analysts said on Wednesday.</p>"
        + ad(1) + "<p>The Ministry of External Affairs said India would &#8220;engage with all parties&#8221; and that Chabahar was important for trade with Afghanistan.</p>"
        + '<p><strong>Also Read: <a href="https://www.sahyadritimes.example/business/petrol-price-hike-pune-298790/">Petrol crosses Rs 82 in Pune</a></strong></p>'
        + "<p>&#8220;Refiners can switch to Iraqi and Saudi crude, but they will pay more for freight and lose Iran&#8217;s credit terms,&#8221; said Meera Sathe, an energy analyst at a Mumbai brokerage.</p>",
        lambda k: it(k, "US quits Iran nuclear deal: What it means for India's oil imports and Chabahar", w, ["Anand Kulkarni"], quotes=[q("Meera Sathe")], junk=junk,
                     note="Lazy-load plugin markup: each image is a 1x1 base64 GIF with the real URL in data-src, followed by a <noscript> copy of the same image; the figcaption ends with a photo credit. A DFP slot with an 'ADVERTISEMENT' label and a bold 'Also Read:' link sit between paragraphs. Relevant."))
    w = d(2018, 5, 10, 9, 45, 0, 5.5)
    add(298850, "malaysia-opposition-wins-election", "Malaysia's opposition wins election in historic upset", w, "Agencies", ["World"],
        "Malaysia&#8217;s opposition alliance won a majority in parliament, ending six decades of rule by one coalition.",
        img("kuala-lumpur-celebration.jpg", "Supporters celebrate", "Supporters celebrate in Kuala Lumpur. (Photo: AFP)")
        + "<p>Kuala Lumpur: Malaysia&#8217;s opposition alliance won a majority in parliament in Wednesday&#8217;s general election, ending more than six decades of rule by the same coalition.</p>"
        + ad(2) + "<p>The alliance won 113 of the 222 seats, according to the Election Commission.</p><p><em>(With inputs from agencies)</em></p>",
        lambda k: it(k, "Malaysia's opposition wins election in historic upset", w, [], junk=[*junk, "With inputs from agencies"],
                     note="Agency copy: dc:creator 'Agencies' and the '(With inputs from agencies)' tail; no person. Relevant."))
    w = d(2018, 5, 10, 19, 0, 0, 5.5)
    add(298760, "karnataka-polls-campaign-ends", "Karnataka polls: Campaigning ends, 4.9 crore voters to decide on Saturday", w, "Rohit Deshpande", ["India"],
        "The high-decibel campaign for the Karnataka assembly election ended on Thursday evening.",
        img("bengaluru-rally.jpg", "Rally", "A rally in Bengaluru. (Express photo)")
        + "<p>The campaign for the 224-member Karnataka assembly ended on Thursday evening, with 4.9 crore voters eligible to vote on Saturday.</p>" + ad(3),
        lambda k: it(k, "Karnataka polls: Campaigning ends, 4.9 crore voters to decide on Saturday", w, ["Rohit Deshpande"], rel=False, junk=junk, note="Home politics: a story, not relevant."))
    w = d(2018, 5, 7, 21, 10, 0, 5.5)
    add(298721, "wuhan-summit-follow-up-border-talks", "After Wuhan summit, India and China to resume border mechanism talks", w, "Anand Kulkarni", ["World"],
        "Officials said the two sides would hold the next round of the border mechanism talks in June.",
        "<p>New Delhi: India and China will hold the next round of their border consultation mechanism in June, officials said on Monday, the first concrete step since the informal summit in Wuhan last month.</p>"
        + ad(4) + "<p>&#8220;Wuhan changed the tone. Whether it changes anything on the ground at Doklam is another matter,&#8221; said Lt Gen (retd) Vikram Joshi, a former director general of military operations.</p>",
        lambda k: it(k, "After Wuhan summit, India and China to resume border mechanism talks", w, ["Anand Kulkarni"], quotes=[q("Vikram Joshi")], junk=junk,
                     note="Rank prefix 'Lt Gen (retd)' is not part of the speaker's name. Relevant."))
    w = d(2018, 5, 7, 12, 30, 0, 5.5)
    add(298700, "photos-ipl-pune-fans-mca-stadium", "In Pics: Fans pack Gahunje stadium for IPL clash", w, "Photo Desk", ["Sports", "Photos"],
        "Scenes from Sunday&#8217;s IPL match at the MCA stadium.",
        img("ipl-fans-1.jpg", "IPL fans", "Fans at the MCA stadium. (Express photo: Arul Horizon)") + img("ipl-fans-2.jpg", "IPL fans", "(Express photo: Arul Horizon)"),
        lambda k: it(k, "In Pics: Fans pack Gahunje stadium for IPL clash", w, [], story=False, rel=False, junk=junk, note="Photo gallery: not a story. Title label 'In Pics:' may be kept or dropped."))
    w = d(2018, 5, 6, 10, 15, 0, 5.5)
    add(298677, "north-korea-releases-detained-americans-expected", "North Korea expected to free three detained Americans before summit", w, "Agencies", ["World"],
        "Seoul officials said the release could come during the US secretary of state&#8217;s visit to Pyongyang.",
        "<p>Seoul: North Korea is expected to release three detained Americans before a planned summit with the United States, South Korean officials said on Sunday.</p>" + ad(5)
        + "<p>The date and venue of the summit have not been announced; Singapore is being discussed.</p><p><em>(With inputs from agencies)</em></p>",
        lambda k: it(k, "North Korea expected to free three detained Americans before summit", w, [], junk=[*junk, "With inputs from agencies"], note="Agency copy. Relevant."))
    rows_sorted = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_sorted], [i for _, i in rows_sorted]
    built = rfc822(d(2018, 5, 10, 13, 30, 0, 0))
    text = wp_rss("World Archives - The Sahyadri Times", f"{base}/world/feed/", f"{base}/world/", "Pune&#039;s own newspaper", built, "en-US", "4.9.5", rows)
    return feed("en_in_sahyadritimes_world_lazyload_ads_2018.rss.xml", text, items, lang="en", outlet="The Sahyadri Times", aliases=["Sahyadri Times"],
                structure="Pune daily's world category on WordPress 4.9 (Yoast's 'World Archives - Brand' channel title) in May 2018: rss2 template, +0000 dates (IST newsroom), '/world/<slug>-<id>/' links, '?p=<id>' guids, dc:creator with reporters, 'Agencies' or 'Photo Desk'; content:encoded with an a3-Lazy-Load-style image (1x1 base64 GIF src, data-src, lazy-hidden class) plus a <noscript> duplicate, figcaption credits, Google Publisher Tag slots labelled 'ADVERTISEMENT' between paragraphs, bold 'Also Read:' links, '(With inputs from agencies)' tails; home politics and an IPL photo gallery")


FEEDS = [chesapeake, severn, marina, sahyadri]
