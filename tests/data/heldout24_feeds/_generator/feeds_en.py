# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the twenty-fourth held-out set (world desks of large outlets, tech, science).
All outlets, people and quotations are invented."""
from datetime import UTC

from lib import dt
from mk import esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 6, day, h, mi, s, off)


def cd(s):
    return f"<![CDATA[{s}]]>"


WP_ENT = {"’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "—": "&#8212;", "–": "&#8211;", "…": "&#8230;"}


def wpt(s):
    """A title as WordPress's the_title_rss writes it: escaped, curly punctuation as numeric references."""
    s = esc(s)
    for ch, ent in WP_ENT.items():
        s = s.replace(ch, ent)
    return s


def gmt(w):
    """RFC 822 in UTC with 'GMT', as many CMS exports write it."""
    return rfc822(w.astimezone(UTC), gmt=True)


def utc0(w):
    """RFC 822 in UTC with '+0000' (WordPress, Arc XP)."""
    return rfc822(w.astimezone(UTC))


NS_ALL = (' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
          ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"')


# ---------------------------------------------------------------- Telegraph-style (London) world-news RSS from Adobe Experience Manager
def kensington():
    rows, items = [], []
    base = "https://www.kensingtongazette.example"

    def add(path, title, when, creator, stand, img, caption, credit, body, exp):
        url = f"{base}/world-news/{when:%Y/%m/%d}/{path}/"
        media = (f"\n      <media:content url=\"{base}/content/dam/world-news/{when:%Y/%m/%d}/{img}.jpg?imwidth=1280\" medium=\"image\" type=\"image/jpeg\" width=\"1280\" height=\"720\">\n"
                 f"        <media:description type=\"plain\">{cd(caption)}</media:description>\n        <media:credit>{esc(credit)}</media:credit>\n      </media:content>") if img else ""
        rows.append(f"    <item>\n      <title>{cd(title)}</title>\n      <link>{url}</link>\n      <guid isPermaLink=\"true\">{url}</guid>\n      <description>{cd(stand)}</description>\n"
                    f"      <dc:creator>{cd(creator)}</dc:creator>\n      <pubDate>{gmt(when)}</pubDate>{media}\n      <content:encoded>{cd(body)}</content:encoded>\n    </item>")
        items.append(exp(url))

    promo = "<p><strong>Broaden your horizons with award-winning British journalism. Try The Kensington Gazette free for 1 month, then enjoy 1 year for just $9 with our US-exclusive offer.</strong></p>"
    w = d(15, 14, 2, 11, 1)
    add("poland-ukraine-reopen-grain-corridor-blockade", "Poland and Ukraine reopen grain corridor after three-month blockade", w, "James Holloway in Kyiv",
        "Farmers lift the last roadblocks at Dorohusk as Warsaw and Kyiv agree a licensing scheme for wheat and maize",
        "ukraine-grain-dorohusk", "Lorries queue at the Dorohusk crossing on Tuesday morning after Polish farmers lifted their blockade", "Wojtek Radwanski/AFP",
        "<p>Poland and Ukraine have agreed to reopen the main grain corridor between the two countries after a three-month blockade by Polish farmers that left thousands of lorries stranded at the border.</p>"
        "<p>Under the deal signed in Lublin on Tuesday, Ukrainian wheat and maize bound for Baltic ports will travel in sealed convoys, while sales to the Polish market will need a licence issued by both governments.</p>"
        "<p>“Nothing that crosses this border will end up on a Polish farmer’s doorstep without our say-so,” said Marek Wiśniewski, Poland’s deputy agriculture minister.</p>"
        "<p>Kyiv has lost an estimated $400 million in export earnings since March, according to the Ukrainian Grain Association. The first convoys were expected to cross at Dorohusk and Hrebenne by Tuesday evening.</p>"
        + promo,
        lambda k: it(k, "Poland and Ukraine reopen grain corridor after three-month blockade", w, ["James Holloway"], junk=["Broaden your horizons", "US-exclusive offer", "Wojtek Radwanski/AFP"],
                     quotes=[q("Marek Wiśniewski", "deputy agriculture minister")], note="Byline 'Name in City' in dc:creator; subscription promo as the last paragraph."))
    w = d(15, 11, 40, 0, 1)
    add("iran-envoy-vienna-nuclear-inspectors-return", "Iran’s new envoy in Vienna signals return of nuclear inspectors", w, "Sophie Marr, Senior Foreign Correspondent",
        "Tehran could readmit IAEA teams to two enrichment sites before the agency’s board meets in September",
        "iran-vienna-envoy", "The IAEA headquarters in Vienna, where the board of governors meets four times a year", "Joe Klamar/AFP via Getty Images",
        "<p>Iran has signalled that international inspectors could return to two of its enrichment sites within weeks, in the clearest sign yet that Tehran wants to avoid a new confrontation with Western powers at the UN nuclear watchdog.</p>"
        "<p>Its newly appointed ambassador to the International Atomic Energy Agency told diplomats in Vienna that a “technical understanding” was close. Western officials were cautious.</p>"
        "<p>“We have heard this before, and we will believe it when the cameras are back on,” a European diplomat said.</p>"
        "<p>France, Germany and Britain have threatened to push for a censure resolution if access is not restored before the board of governors meets in September.</p>"
        + promo,
        lambda k: it(k, "Iran’s new envoy in Vienna signals return of nuclear inspectors", w, ["Sophie Marr"], junk=["Broaden your horizons", "Senior Foreign Correspondent"],
                     note="Byline with a job title after a comma; the only quotation is anonymous."))
    w = d(15, 7, 0, 0, 1)
    add("ukraine-russia-war-latest-news-overnight-drones", "Ukraine-Russia war latest: Kyiv reports overnight drone barrage on energy sites", w, "Gazette Reporters",
        "Follow the latest updates",
        None, None, None,
        "<p><strong>7.00am</strong> Good morning and welcome to today’s live coverage of the war in Ukraine.</p><p><strong>7.05am</strong> Ukraine’s air force says it shot down 41 of 58 drones launched overnight.</p><p><strong>7.20am</strong> We will bring you the latest throughout the day.</p>",
        lambda k: it(k, "Ukraine-Russia war latest: Kyiv reports overnight drone barrage on energy sites", w, [], story=False, rel=False, note="Live blog with timestamped entries, not a story."))
    w = d(14, 19, 25, 0, 1)
    add("dutch-court-halts-f35-parts-exports-israel", "Dutch court orders halt to F-35 parts exports to Israel", w, "Our Foreign Staff",
        "Appeals court in The Hague rules the government failed to weigh the risk of breaches of humanitarian law",
        "hague-court-f35", "Campaigners outside the court in The Hague on Monday", "Remko de Waal/ANP",
        "<p>A Dutch appeals court has ordered the government to stop all exports of F-35 fighter jet parts to Israel within seven days, ruling that ministers had failed to weigh the risk that the aircraft could be used in serious breaches of international humanitarian law.</p>"
        "<p>The parts are stored at a US-owned warehouse in Woensdrecht and shipped to partner countries under the F-35 programme.</p>"
        "<p>The Dutch foreign ministry said it would study the ruling and consider an appeal to the Supreme Court.</p>",
        lambda k: it(k, "Dutch court orders halt to F-35 parts exports to Israel", w, [], junk=["Remko de Waal/ANP"], note="'Our Foreign Staff' is a desk credit, not a person."))
    w = d(14, 16, 10, 0, 1)
    add("tourist-fined-swimming-venice-grand-canal", "Tourist fined €800 for swimming in Venice’s Grand Canal", w, "Tom Rennard in Rome",
        "Australian man, 27, filmed diving from the Rialto Bridge in front of hundreds of visitors",
        "venice-rialto-swim", "Police boats patrol the Grand Canal near the Rialto Bridge", "Andrea Pattaro/AFP",
        "<p>An Australian tourist has been fined €800 and banned from Venice for 48 hours after diving into the Grand Canal from the Rialto Bridge.</p>"
        "<p>Video of the jump, filmed by onlookers, was shared widely on social media. Swimming in the canals has been banned for decades.</p>",
        lambda k: it(k, "Tourist fined €800 for swimming in Venice’s Grand Canal", w, ["Tom Rennard"], rel=False, note="Human-interest item from abroad."))
    w = d(14, 9, 0, 0, 1)
    add("world-briefing-newsletter-sign-up", "Sign up to World Briefing, the Gazette’s daily foreign news newsletter", w, "The Kensington Gazette",
        "Our correspondents’ pick of the day’s global news, in your inbox every weekday",
        None, None, None,
        "<p>World Briefing is sent every weekday at 7am. Sign up here with your email address.</p>",
        lambda k: it(k, "Sign up to World Briefing, the Gazette’s daily foreign news newsletter", w, [], story=False, rel=False, note="Newsletter promotion."))
    channel = ("    <title>World News | The Kensington Gazette</title>\n    <link>https://www.kensingtongazette.example/world-news/</link>\n    <description>World news from The Kensington Gazette</description>\n"
               "    <atom:link href=\"https://www.kensingtongazette.example/world-news/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n    <language>en-GB</language>\n"
               f"    <lastBuildDate>{gmt(d(15, 14, 5, 0, 1))}</lastBuildDate>\n    <copyright>Copyright Kensington Media Group Ltd</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss' + NS_ALL + ' version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_gb_kensingtongazette_world_aem.rss.xml", text, items, lang="en", outlet="The Kensington Gazette", aliases=["Kensington Gazette"],
                structure="Telegraph-style (London) world-news RSS as Adobe Experience Manager exports it: namespaces before version, two-space nesting, channel 'World News | Brand', '/world-news/YYYY/MM/DD/<slug>/' permalink guids, CDATA titles, standfirst description without final stop, CDATA dc:creator holding 'Name in City', 'Name, Senior Foreign Correspondent', 'Our Foreign Staff', 'Gazette Reporters' or the brand, GMT pubDates, media:content with media:description caption and a 'Photographer/Agency' media:credit, content:encoded bodies with a bold US subscription promo as the last paragraph, a live blog with timestamps and a newsletter sign-up, Ltd copyright")


# ---------------------------------------------------------------- New York Post-style WordPress VIP world-news feed (full content, Co-Authors Plus)
def newamsterdam():
    rows, items = [], []
    base = "https://newamsterdampost.example"

    def add(pid, slug, title, when, creators, cats, excerpt, img, caption, credit, body, exp):
        url = f"{base}/{when:%Y/%m/%d}/world-news/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator>{cd(c)}</dc:creator>" for c in creators)
        cat = "".join(f"\n\t\t<category>{cd(c)}</category>" for c in cats)
        media = (f"\n\t\t<media:thumbnail url=\"{base}/wp-content/uploads/sites/2/{when:%Y/%m}/{img}.jpg?w=300\" />"
                 f"\n\t\t<media:content url=\"{base}/wp-content/uploads/sites/2/{when:%Y/%m}/{img}.jpg\" medium=\"image\">\n\t\t\t<media:title type=\"html\">{esc(caption)}</media:title>\n\t\t\t<media:credit>{esc(credit)}</media:credit>\n\t\t</media:content>") if img else ""
        rows.append(f"\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>\n\t\t<comments>{url}#respond</comments>{crs}\n\t\t<pubDate>{utc0(when)}</pubDate>{cat}\n"
                    f"\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n\t\t<description>{cd(excerpt)}</description>\n\t\t<content:encoded>{cd(body)}</content:encoded>\n"
                    f"\t\t<post-id xmlns=\"com-wordpress:feed-additions:1\">{pid}</post-id>{media}\n\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    def fig(img, caption, credit):
        return f"<figure class=\"wp-block-image size-large\"><img src=\"{base}/wp-content/uploads/sites/2/2027/06/{img}.jpg?w=1024\" alt=\"\" /><figcaption>{caption} <span class=\"credit\">{credit}</span></figcaption></figure>"

    w = d(15, 13, 48, 0, -4)
    add(30481127, "us-china-restore-military-hotline-singapore", "US, China agree to restore military hotline after tense talks in Singapore", w, ["Caitlin Doran"], ["Asia", "China", "Pentagon", "US News"],
        "<p>The US and China agreed Tuesday to restore a military hotline that Beijing cut off nearly two years ago.</p>",
        "us-china-hotline", "Defense officials from both countries met on the sidelines of a regional security forum.", "REUTERS",
        fig("us-china-hotline", "Defense officials from both countries met on the sidelines of a regional security forum.", "REUTERS")
        + "<p>The US and China agreed Tuesday to restore a military hotline that Beijing cut off nearly two years ago, after tense talks between defense officials in Singapore.</p>"
        "<p>The line will connect theater commanders in the Indo-Pacific and is meant to prevent close encounters between warships and aircraft from spiraling into a crisis.</p>"
        "<p>“Nobody wants an accident in the South China Sea to become a war,” said Rear Adm. Paul Whitcombe, a Pentagon spokesman.</p>"
        "<p>Chinese officials did not comment publicly, but state media described the talks as “candid and constructive.”</p>"
        "<p><em>With Post wires</em></p>",
        lambda k: it(k, "US, China agree to restore military hotline after tense talks in Singapore", w, ["Caitlin Doran"], junk=["With Post wires", "REUTERS"],
                     quotes=[q("Paul Whitcombe", "Pentagon")], note="Same event as hudson_world's hotline story. Caption credit inside <figcaption>; 'With Post wires' tag line."))
    w = d(15, 11, 20, 0, -4)
    add(30480911, "israel-hamas-negotiators-cairo-hostage-deal", "Israel, Hamas negotiators return to Cairo as hopes rise for hostage deal", w, ["Associated Press"], ["Israel", "Middle East", "Hamas"],
        "<p>Israeli and Hamas negotiators returned to Cairo on Tuesday for indirect talks on a ceasefire and the release of hostages.</p>",
        None, None, None,
        "<p>CAIRO — Israeli and Hamas negotiators returned to Cairo on Tuesday for indirect talks on a ceasefire in Gaza and the release of the remaining hostages, Egyptian officials said.</p>"
        "<p>Qatari and Egyptian mediators have proposed a six-week truce during which hostages would be exchanged for Palestinian prisoners in three stages.</p>"
        "<p>An Egyptian official, speaking on condition of anonymity because he was not authorized to brief reporters, said both sides had accepted “the principle” of the first stage.</p>",
        lambda k: it(k, "Israel, Hamas negotiators return to Cairo as hopes rise for hostage deal", w, ["Associated Press"], junk=["CAIRO —"],
                     note="Agency as dc:creator. [] is also correct"))
    w = d(15, 9, 5, 0, -4)
    add(30480644, "british-tourist-shark-attack-red-sea-egypt", "British tourist mauled by shark while snorkeling off Egypt’s Red Sea coast", w, ["Declan Fahy"], ["Egypt", "Sharks", "Travel"],
        "<p>A British tourist was seriously injured by a shark while snorkeling near Marsa Alam.</p>",
        "red-sea-shark", "The beach near Marsa Alam was closed after the attack.", "Shutterstock",
        fig("red-sea-shark", "The beach near Marsa Alam was closed after the attack.", "Shutterstock")
        + "<p>A British tourist was seriously injured by a shark while snorkeling near the Red Sea resort of Marsa Alam, Egyptian authorities said.</p>"
        "<p>The 52-year-old man lost part of his left leg and was flown to a hospital in Hurghada. Local officials closed beaches along a 10-mile stretch of coast.</p>",
        lambda k: it(k, "British tourist mauled by shark while snorkeling off Egypt’s Red Sea coast", w, ["Declan Fahy"], rel=False, junk=["Shutterstock"], note="Human-interest item from abroad."))
    w = d(14, 21, 30, 0, -4)
    add(30479902, "kremlin-expels-two-us-diplomats-tit-for-tat", "Kremlin expels two US diplomats in tit-for-tat move", w, ["Alex Mercer", "Nina Petrosyan"], ["Russia", "State Department"],
        "<p>Russia ordered two US diplomats to leave within a week, days after Washington expelled two Russian officials.</p>",
        None, None, None,
        "<p>Russia ordered two US diplomats to leave the country within a week on Monday, days after Washington expelled two Russian officials accused of trying to recruit sources at the United Nations.</p>"
        "<p>The Russian Foreign Ministry summoned the US chargé d’affaires to deliver the decision.</p>"
        "<p>The State Department called the move “unjustified” and said it would “respond appropriately.”</p>"
        "<p><em>With Post wires</em></p>",
        lambda k: it(k, "Kremlin expels two US diplomats in tit-for-tat move", w, ["Alex Mercer", "Nina Petrosyan"], junk=["With Post wires"], note="Two dc:creator elements (Co-Authors Plus)."))
    w = d(14, 15, 0, 0, -4)
    add(30479517, "worlds-most-expensive-hotel-suite-photos", "Inside the world’s most expensive hotel suite — at $100K a night: photos", w, ["Post Staff"], ["Photos", "Hotels", "Travel"],
        "<p>Take a look inside.</p>",
        "hotel-suite", "The suite has its own cinema.", "Courtesy of the hotel",
        "<p>Take a look inside.</p>" + fig("hotel-suite-1", "The suite has its own cinema.", "Courtesy of the hotel") + fig("hotel-suite-2", "And a private pool.", "Courtesy of the hotel"),
        lambda k: it(k, "Inside the world’s most expensive hotel suite — at $100K a night: photos", w, [], story=False, rel=False, note="Photo gallery, not a story; 'Post Staff' is a desk credit."))
    w = d(14, 12, 45, 0, -4)
    add(30479201, "fake-picasso-seller-jailed-spain-villa", "Man who sold fake Picassos from Spanish villa jailed for six years", w, ["Declan Fahy"], ["Art", "Spain", "Crime"],
        "<p>A Spanish court jailed a 61-year-old man who sold forged Picasso drawings to collectors from a villa on the Costa del Sol.</p>",
        None, None, None,
        "<p>A Spanish court jailed a 61-year-old man for six years on Monday for selling forged Picasso drawings to collectors from a villa on the Costa del Sol.</p>"
        "<p>Police said the forgeries fetched more than $2 million over a decade.</p>",
        lambda k: it(k, "Man who sold fake Picassos from Spanish villa jailed for six years", w, ["Declan Fahy"], rel=False))
    channel = ("\t<title>World News | New Amsterdam Post</title>\n\t<atom:link href=\"https://newamsterdampost.example/world-news/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
               "\t<link>https://newamsterdampost.example/world-news/</link>\n\t<description>World News</description>\n"
               f"\t<lastBuildDate>{utc0(d(15, 13, 50, 0, -4))}</lastBuildDate>\n\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
               "\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    ns = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n'
          '\txmlns:media="http://search.yahoo.com/mrss/"\n\t')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + ns + ">\n\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_us_newamsterdampost_world_wpvip.rss.xml", text, items, lang="en", outlet="New Amsterdam Post", aliases=["The New Amsterdam Post"],
                structure="New York Post-style WordPress VIP category feed (/world-news/feed/): declaration and <rss> on one line, namespaces one per tab-indented line, channel 'World News | Brand', sy:updatePeriod with WordPress's stray whitespace, '?p=<id>' non-permalink guids, titles with WordPress's numeric references (&#8217; &#8212;), <comments>, one CDATA dc:creator per credit (Co-Authors Plus: persons, 'Associated Press', 'Post Staff'), several CDATA categories, +0000 pubDates, short <p> excerpt plus content:encoded with Gutenberg <figure> images whose <figcaption> ends in a <span class=credit>, a 'CITY —' dateline, an italic 'With Post wires' tag line, post-id in the com-wordpress namespace, media:thumbnail and media:content with media:title captions, a photo gallery")


# ---------------------------------------------------------------- NBC News-style world RSS (custom CMS, 'rcna' ids)
def hudson():
    rows, items = [], []
    base = "https://www.hudsonnetworknews.example"

    def add(rid, path, title, when, creator, desc, img, caption, credit, body, exp):
        url = f"{base}/{path}-{rid}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        media = (f"<media:content url=\"https://media-cldnry.s-hnn.example/image/upload/t_fit-1500w/{img}.jpg\" medium=\"image\"><media:credit>{esc(credit)}</media:credit>"
                 f"<media:text>{esc(caption)}</media:text><media:title>{esc(caption)}</media:title></media:content>") if img else ""
        rows.append(f"<item><guid isPermaLink=\"false\">{rid}</guid><title>{esc(title)}</title><link>{url}</link><pubDate>{gmt(when)}</pubDate>{cr}"
                    f"<description>{esc(desc)}</description>{media}<content:encoded>{cd(body)}</content:encoded></item>")
        items.append(exp(rid))

    w = d(15, 12, 31, 0, -4)
    add("rcna241907", "news/world/us-china-agree-restore-military-hotline", "U.S. and China agree to restore military hotline cut after Taiwan visit", w, "Megan Lowry and Arjun Desai",
        "The agreement came after the first face-to-face talks between defense officials from the two countries in more than a year.",
        "hnn-us-china-singapore", "Chinese and U.S. delegations at the Shangri-La Hotel in Singapore on Tuesday.", "Roslan Rahman / AFP via Getty Images",
        "<p>SINGAPORE — The United States and China have agreed to restore a military hotline that Beijing suspended after a senior U.S. lawmaker visited Taiwan, officials from both countries said Tuesday.</p>"
        "<p>The agreement came after the first face-to-face talks between defense officials from the two countries in more than a year, on the sidelines of a regional security forum.</p>"
        "<p>“It’s a modest step, but it’s the kind of step that keeps sailors alive,” a senior U.S. defense official told Hudson Network News.</p>"
        "<p>China’s Defense Ministry said in a statement that the two sides would “strengthen communication to avoid misjudgment.”</p>",
        lambda k: it(k, "U.S. and China agree to restore military hotline cut after Taiwan visit", w, ["Megan Lowry", "Arjun Desai"], junk=["SINGAPORE —", "Roslan Rahman / AFP via Getty Images"],
                     note="Same event as newamsterdampost's hotline story. Two persons in one dc:creator joined by 'and'."))
    w = d(15, 10, 2, 0, -4)
    add("rcna241866", "news/world/sudan-warring-sides-agree-humanitarian-pause-el-fasher", "Sudan’s warring sides agree to humanitarian pause in El Fasher, mediators say", w, "Reuters",
        "The 10-day pause is meant to let aid convoys reach hundreds of thousands of people trapped in the city.",
        None, None, None,
        "<p>JEDDAH, Saudi Arabia — Sudan’s army and the paramilitary Rapid Support Forces have agreed to a 10-day humanitarian pause in the besieged city of El Fasher, Saudi and U.S. mediators said Tuesday.</p>"
        "<p>The pause is meant to let aid convoys reach hundreds of thousands of people trapped in the capital of North Darfur, where the United Nations has warned of famine.</p>"
        "<ul><li>The pause starts Wednesday at 6 a.m. local time.</li><li>Convoys will enter from Chad through the Adre crossing.</li></ul><p>Previous truces collapsed within days.</p>",
        lambda k: it(k, "Sudan’s warring sides agree to humanitarian pause in El Fasher, mediators say", w, ["Reuters"], junk=["JEDDAH, Saudi Arabia —"],
                     note="Same event as adesso_mondo's El Fasher story. Agency as dc:creator. [] is also correct"))
    w = d(14, 22, 15, 0, -4)
    add("rcna241790", "politics/national-security/venezuela-frees-three-americans-prisoner-swap", "Venezuela frees three Americans in prisoner swap brokered by Qatar", w, "Lena Castillo, Ben Ortega and Hanna Kim",
        "The three men landed in San Antonio on Monday night after being held for more than a year.",
        "hnn-venezuela-swap", "A plane carrying the released Americans lands at Kelly Field in San Antonio on Monday.", "Eric Gay / AP",
        "<p>Venezuela released three Americans on Monday in exchange for a businessman close to the government in Caracas who was serving a sentence in Florida, in a swap brokered by Qatar, U.S. officials said.</p>"
        "<p>The three men, who had been held for more than a year on charges their families called fabricated, landed at Kelly Field in San Antonio shortly before 10 p.m.</p>"
        "<p>“They are home, and that is what matters tonight,” said Carla Menéndez, a sister of one of the men, speaking to reporters at the airfield.</p>",
        lambda k: it(k, "Venezuela frees three Americans in prisoner swap brokered by Qatar", w, ["Lena Castillo", "Ben Ortega", "Hanna Kim"], junk=["Eric Gay / AP"],
                     quotes=[q("Carla Menéndez")], note="Same event as crux_world's and adesso_mondo's prisoner-swap stories. Three persons in one dc:creator ('A, B and C')."))
    w = d(14, 18, 40, 0, -4)
    add("rcna241755", "news/world/mount-etna-eruption-catania-airport-flights", "Mount Etna eruption forces Catania airport to suspend flights", w, "Associated Press",
        "A column of ash rose several miles above the volcano on Sicily.",
        "hnn-etna", "Lava flows from Mount Etna on Monday.", "Salvatore Allegra / AP",
        "<p>ROME — Mount Etna erupted on Monday, sending a column of ash several miles into the sky and forcing the airport in nearby Catania to suspend flights for several hours.</p>"
        "<p>No injuries were reported.Flights resumed in the evening, the airport operator said.</p>",
        lambda k: it(k, "Mount Etna eruption forces Catania airport to suspend flights", w, ["Associated Press"], rel=False, junk=["Salvatore Allegra / AP"],
                     note="Natural event abroad, not foreign affairs. [] is also correct"))
    w = d(14, 19, 30, 0, -4)
    add("ncna241760", "nightly-news/video/hudson-nightly-news-full-broadcast-june-14", "Hudson Nightly News Full Broadcast - June 14", w, None,
        "Watch the full broadcast of Hudson Nightly News.",
        None, None, None,
        "<p>Watch the full broadcast of Hudson Nightly News.</p>",
        lambda k: it(k, "Hudson Nightly News Full Broadcast - June 14", w, [], story=False, rel=False, note="Video of a newscast, not a story."))
    w = d(14, 9, 50, 0, -4)
    add("rcna241688", "news/world/tokyo-oldest-sushi-restaurant-closes", "Tokyo’s oldest sushi restaurant closes after 190 years", w, "Yuki Mori",
        "The owner, 84, says nobody in the family wants to take over.",
        None, None, None,
        "<p>TOKYO — A sushi restaurant that has served customers in Tokyo’s Nihonbashi district since 1837 closed its doors for the last time on Sunday.</p>"
        "<p>The owner, 84, said none of his grandchildren wanted to take over the business.</p>",
        lambda k: it(k, "Tokyo’s oldest sushi restaurant closes after 190 years", w, ["Yuki Mori"], rel=False, junk=["TOKYO —"]))
    channel = ("<title>HNN News World News</title><link>https://www.hudsonnetworknews.example/world</link><description>The latest world news from Hudson Network News.</description>"
               "<language>en-us</language><atom:link href=\"https://feeds.hudsonnetworknews.example/hnn/public/world\" rel=\"self\" type=\"application/rss+xml\"/>"
               f"<lastBuildDate>{gmt(d(15, 12, 35, 0, -4))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss' + NS_ALL + ' version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>")
    return feed("en_us_hudson_world.rss.xml", text, items, lang="en", outlet="Hudson Network News", aliases=["HNN", "HNN News"],
                structure="NBC News-style world RSS (feeds.…/public/world) from a custom CMS: the whole document on one line without a trailing newline, channel 'HNN News World News', 'rcna<digits>'/'ncna<digits>' non-permalink guids FIRST, GMT pubDates, dc:creator holding 'A and B', 'A, B and C', a person, 'Reuters', 'Associated Press' or nothing, one-sentence description plus content:encoded opening with an upper-case 'CITY —' dateline, media:content with media:credit 'Name / Agency via Getty Images', media:text and media:title captions, a newscast video, <ul> bullets, a missing space after a full stop")


# ---------------------------------------------------------------- Nikkei Asia-style (Tokyo) English RSS (upper-case bylines with roles, 'CITY --' datelines)
def marunouchi():
    rows, items = [], []
    base = "https://asia.marunouchireview.example"

    def add(path, title, when, creator, body, exp):
        url = f"{base}/{path}"
        cr = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<description>{esc(body)}</description>{cr}\n<pubDate>{utc0(when)}</pubDate>\n</item>")
        items.append(exp(url))

    w = d(15, 18, 30, 0, 9)
    add("Politics/International-relations/Japan-Philippines-sign-reciprocal-troop-access-upgrade", "Japan and Philippines expand troop access pact to cover joint coast guard drills", w,
        "KENJI ARAKAWA, Marunouchi Asia staff writer",
        "<p>MANILA -- Japan and the Philippines on Tuesday signed an amendment to their reciprocal access agreement that lets coast guard vessels of both countries train together in each other's waters, deepening security ties as tensions with China simmer in the South China Sea.</p>"
        "<p>The amendment was signed in Manila by the two countries' defense chiefs and takes effect after ratification by both parliaments.</p>"
        "<p>\"This is about making sure the rules still apply at sea,\" said Ramon Villanueva, a spokesperson for the Philippine Department of Foreign Affairs.</p>"
        "<p>Beijing's foreign ministry said the two countries should not \"drag outside forces\" into regional disputes.</p>",
        lambda k: it(k, "Japan and Philippines expand troop access pact to cover joint coast guard drills", w, ["Kenji Arakawa"], junk=["MANILA --", "staff writer"],
                     quotes=[q("Ramon Villanueva", "Department of Foreign Affairs")], note="Upper-case name plus role in dc:creator; the person is 'Kenji Arakawa' in any case."))
    w = d(15, 16, 5, 0, 9)
    add("Politics/South-China-Sea/China-coast-guard-boards-Vietnamese-fishing-boat-near-Paracels", "China coast guard boards Vietnamese fishing boat near Paracels", w,
        "ALICE TRAN, Contributing writer",
        "<p>HANOI -- Vietnam lodged a protest with China on Tuesday after Chinese coast guard officers boarded a Vietnamese fishing boat near the Paracel Islands and confiscated its catch and equipment.</p>"
        "<p>The Vietnamese foreign ministry said the boarding violated its sovereignty and demanded compensation for the 11 fishermen.</p>"
        "<p>China's coast guard said the boat had been fishing illegally during Beijing's annual summer fishing ban.</p>",
        lambda k: it(k, "China coast guard boards Vietnamese fishing boat near Paracels", w, ["Alice Tran"], junk=["HANOI --", "Contributing writer"]))
    w = d(15, 12, 0, 0, 9)
    add("Business/Automobiles/Kansai-Denki-to-build-2bn-battery-plant-in-Ohio", "Kansai Denki to build $2bn battery plant in Ohio", w,
        "RYO SATO, Marunouchi Asia staff writer",
        "<p>OSAKA -- Kansai Denki, a supplier of electrical parts to Japanese automakers, will build a $2 billion battery plant in Ohio, the company said on Tuesday.</p>"
        "<p>Production is due to begin in 2029 with about 1,200 workers.</p>",
        lambda k: it(k, "Kansai Denki to build $2bn battery plant in Ohio", w, ["Ryo Sato"], rel=False, junk=["OSAKA --"], note="Corporate investment story."))
    w = d(15, 9, 40, 0, 9)
    add("Politics/International-relations/North-Korea-fires-ballistic-missile-into-Sea-of-Japan", "North Korea fires ballistic missile into Sea of Japan, Tokyo says", w,
        "Marunouchi Asia",
        "<p>TOKYO -- North Korea fired a ballistic missile that fell into the Sea of Japan outside Japan's exclusive economic zone on Tuesday morning, Japan's Defense Ministry said.</p>"
        "<p>Tokyo lodged a protest through diplomatic channels in Beijing. South Korea's Joint Chiefs of Staff said the missile flew about 600 km.</p>",
        lambda k: it(k, "North Korea fires ballistic missile into Sea of Japan, Tokyo says", w, [], junk=["TOKYO --"], note="The brand as dc:creator."))
    w = d(14, 20, 0, 0, 9)
    add("Podcast/Asia-Stream/Asia-Stream-Why-chipmakers-are-flocking-to-Kumamoto", "Podcast: Asia Stream -- Why chipmakers are flocking to Kumamoto", w,
        None,
        "<p>Listen on Apple Podcasts, Spotify or wherever you get your podcasts.</p>",
        lambda k: it(k, "Podcast: Asia Stream -- Why chipmakers are flocking to Kumamoto", w, [], story=False, rel=False, note="Podcast episode."))
    w = d(14, 15, 20, 0, 9)
    add("Spotlight/Society/Japan-births-fall-to-record-low-for-ninth-year", "Japan's births fall to record low for ninth straight year", w,
        "MAKI OTA, Marunouchi Asia staff writer",
        "<p>TOKYO -- The number of babies born in Japan fell to a record low for the ninth consecutive year, the health ministry said on Monday.</p>"
        "<p>The fertility rate fell to 1.12, with Tokyo again the lowest at 0.96.</p>",
        lambda k: it(k, "Japan's births fall to record low for ninth straight year", w, ["Maki Ota"], rel=False, junk=["TOKYO --"]))
    channel = ("<title>Marunouchi Asia Review</title>\n<link>https://asia.marunouchireview.example</link>\n<description>Marunouchi Asia Review: news, analysis and opinion on Asia</description>\n<language>en</language>\n"
               f"<copyright>Marunouchi Shimbun Inc. All rights reserved.</copyright>\n<lastBuildDate>{utc0(d(15, 18, 31, 0, 9))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_jp_marunouchiasia_nar.rss.xml", text, items, lang="en", outlet="Marunouchi Asia Review", aliases=["Marunouchi Asia"],
                structure="Nikkei Asia-style (Tokyo) English RSS from a custom CMS: no indentation, channel titled with the bare brand, '/<Section>/<Subsection>/<Title-Case-Slug>' permalink guids, escaped <p> descriptions opening with an upper-case 'CITY --' dateline (double hyphen), straight double quotes, dc:creator AFTER the description holding 'UPPER-CASE NAME, Brand staff writer', 'NAME, Contributing writer', the brand or nothing, +0000 pubDates although the newsroom is at +0900, a podcast episode whose title uses '--', Inc. copyright")



# ---------------------------------------------------------------- Middle East Eye-style (London) Drupal views RSS
def crescentlens():
    rows, items = [], []
    base = "https://www.crescentlens.example"

    def add(nid, path, title, when, creator, body, exp):
        url = f"{base}/{path}"
        rows.append(f"<item>\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(body)}</description>\n  <pubDate>{rfc822(when)}</pubDate>\n"
                    f"    <dc:creator>{esc(creator)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at {base}</guid>\n    </item>")
        items.append(exp(f"{nid} at {base}"))

    def node(stand, paras):
        return (f"<div class=\"field field--name-field-subtitle field--type-string\">{stand}</div>"
                f"<div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary\">{''.join(f'<p>{p}</p>' for p in paras)}</div>")

    w = d(15, 15, 12, 0, 1)
    add(378214, "news/lebanon-israel-indirect-talks-land-border-us-mediation", "Lebanon and Israel begin indirect talks on land border under US mediation", w, "Rania Haddad in Beirut",
        node("First session at UN post in Naqoura focuses on 13 disputed points along the Blue Line",
             ["Lebanese and Israeli military delegations began indirect talks on their disputed land border on Tuesday at a United Nations post in Naqoura, with a US envoy shuttling between the two rooms.",
              "The talks focus on 13 points along the Blue Line, the UN-drawn withdrawal line, and on the village of Ghajar.",
              "“We are not negotiating peace, we are negotiating a line,” Karim Saab, an adviser to Lebanon’s caretaker prime minister, told Crescent Lens.",
              "Hezbollah has said it will not object to talks conducted by the state."]),
        lambda k: it(k, "Lebanon and Israel begin indirect talks on land border under US mediation", w, ["Rania Haddad"], quotes=[q("Karim Saab", "adviser to Lebanon’s caretaker prime minister")],
                     note="Byline 'Name in City'; Drupal field wrappers (subtitle then body) in the description."))
    w = d(15, 12, 40, 0, 1)
    add(378199, "news/egypt-turkey-joint-naval-exercise-first-decade", "Egypt and Turkey to hold first joint naval exercise in over a decade", w, "Crescent Lens staff",
        node("Drills in the eastern Mediterranean follow the restoration of full diplomatic ties",
             ["Egypt and Turkey will hold their first joint naval exercise in more than a decade in the eastern Mediterranean next month, the two defence ministries announced on Tuesday.",
              "The drills follow the restoration of full diplomatic relations and the exchange of ambassadors after years of tension over Libya and the Muslim Brotherhood."]),
        lambda k: it(k, "Egypt and Turkey to hold first joint naval exercise in over a decade", w, [], note="'Crescent Lens staff' is a desk credit."))
    w = d(15, 9, 5, 0, 1)
    add(378170, "news/houthis-release-crew-seized-cargo-ship-omani-mediation", "Houthis release crew of seized cargo ship after Omani mediation", w, "Crescent Lens correspondent in Sanaa",
        node("Twenty-two sailors from the Philippines, Ukraine and Bulgaria flown to Muscat",
             ["Yemen’s Houthi movement has released the 22 crew members of a cargo ship it seized in the Red Sea last year, following mediation by Oman.",
              "The sailors were flown from Sanaa to Muscat on an Omani aircraft on Tuesday morning.",
              "The ship itself remains anchored off the port of Hodeidah."]),
        lambda k: it(k, "Houthis release crew of seized cargo ship after Omani mediation", w, [], note="Anonymous correspondent credit, not a person."))
    w = d(14, 21, 0, 0, 1)
    add(378131, "news/saudi-club-signs-brazilian-striker-record-deal", "Saudi club signs Brazilian striker in record $90m deal", w, "Omar Qureshi",
        node("Transfer is the biggest in the Saudi Pro League since 2023",
             ["Al-Nahda has signed the Brazilian striker Thiago Ribas from Benfica for a fee of $90m, a record for the Saudi Pro League.",
              "The 24-year-old signed a four-year contract."]),
        lambda k: it(k, "Saudi club signs Brazilian striker in record $90m deal", w, ["Omar Qureshi"], rel=False))
    w = d(14, 18, 30, 0, 1)
    add(378120, "newsletter/middle-east-briefing-14-june-2027", "Middle East Briefing: 14 June 2027", w, "Crescent Lens",
        node("Your daily round-up of the news from the region",
             ["Welcome to Middle East Briefing. Today: talks in Naqoura, a transfer record in Riyadh and more.",
              "Sign up to receive this newsletter in your inbox."]),
        lambda k: it(k, "Middle East Briefing: 14 June 2027", w, [], story=False, rel=False, note="Daily newsletter issue."))
    w = d(14, 11, 15, 0, 1)
    add(378098, "news/tunisia-olive-oil-exports-record-prices", "Tunisia’s olive oil exports hit record as prices soar", w, "Sami Ben Ali",
        node("Revenue passed 5bn dinars in the first eight months of the season",
             ["Tunisia earned a record 5.2bn dinars from olive oil exports in the first eight months of the season, the national observatory for agriculture said.",
              "Spain and Italy remained the biggest buyers."]),
        lambda k: it(k, "Tunisia’s olive oil exports hit record as prices soar", w, ["Sami Ben Ali"], rel=False, note="Commodity/business story."))
    channel = (f"    <title>Crescent Lens</title>\n    <link>{base}/</link>\n    <description>Crescent Lens: independent news and analysis on the Middle East and North Africa</description>\n"
               f"    <language>en</language>\n    <atom:link href=\"{base}/rss\" rel=\"self\" type=\"application/rss+xml\" />\n    \n")
    text = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
            + channel + "\n".join(rows) + "\n\n  </channel>\n</rss>\n")
    return feed("en_gb_crescentlens_drupal.rss.xml", text, items, lang="en", outlet="Crescent Lens",
                structure="Middle East Eye-style (London) Drupal 9 views RSS (/rss): xml:base on <rss>, dc and atom namespaces only, Drupal's uneven indentation (item children at two spaces, dc:creator and guid at four, '</item>' at four), channel titled with the bare brand and a whitespace-only line, escaped descriptions holding the node's field wrappers (a subtitle <div> standfirst without final stop, then the body <div> with <p> paragraphs), pubDate +0100, dc:creator holding 'Name in City', 'Brand staff', 'Brand correspondent in City', a person or the brand, '<nid> at <site>' non-permalink guids LAST, a newsletter issue")


# ---------------------------------------------------------------- TASS-style (Moscow) state news agency English RSS
def neva():
    rows, items = [], []
    base = "https://nevanews.example"

    def add(nid, sec, title, when, body, exp):
        url = f"{base}/{sec}/{nid}"
        rows.append(f"    <item>\n      <title>{esc(title)}</title>\n      <link>{url}</link>\n      <guid>{url}</guid>\n      <pubDate>{rfc822(when)}</pubDate>\n"
                    f"      <category>{esc(sec.replace('-', ' ').title())}</category>\n      <description>{cd(body)}</description>\n    </item>")
        items.append(exp(url))

    o = 3
    w = d(15, 16, 45, 12, o)
    dl = "MOSCOW, June 15. /NEVA/."
    add(1918402, "economy", "Russia, Iran sign agreement on financing of North-South corridor railway section", w,
        f"<p>{dl} Russia and Iran have signed an agreement on the financing of the Rasht-Astara railway, the missing link of the North-South international transport corridor, Deputy Transport Minister Sergei Voronin told reporters.</p>"
        "<p>\"The money is there, the design is ready, construction can start this autumn,\" the deputy minister said.</p>"
        "<p>Russia will provide a state loan of 1.3 bln euros for the 162-km section. The corridor is to link St. Petersburg with the Iranian port of Bandar Abbas and further with India.</p>",
        lambda k: it(k, "Russia, Iran sign agreement on financing of North-South corridor railway section", w, [], junk=[dl, "/NEVA/"], quotes=[q("Sergei Voronin", "Deputy Transport Minister")],
                     note="Agency dateline 'CITY, Month D. /AGENCY/.' opens the body; the quote names the speaker one sentence before ('the deputy minister said')."))
    w = d(15, 14, 10, 0, o)
    add(1918377, "politics", "Russian Foreign Ministry summons Finnish ambassador over border incident", w,
        f"<p>{dl} The Russian Foreign Ministry summoned Finland's ambassador on Tuesday to protest over what it called a provocation by Finnish border guards near the Vaalimaa checkpoint.</p>"
        "<p>\"We expect Helsinki to draw the right conclusions,\" ministry spokeswoman Yelena Grachyova said at a briefing.</p>"
        "<p>Finland has kept its land border with Russia closed since 2023.The ministry did not say what the incident involved.</p>",
        lambda k: it(k, "Russian Foreign Ministry summons Finnish ambassador over border incident", w, [], junk=[dl], quotes=[q("Yelena Grachyova", "ministry")]))
    w = d(15, 9, 0, 0, o)
    add(1918290, "press-review", "Press review: Gas talks with Ankara and ruble holds its ground", w,
        "<p>Top stories in the Russian press on Tuesday, June 15.</p><p><strong>Kommersant:</strong> Moscow and Ankara resume talks on a gas hub.</p><p><strong>Izvestia:</strong> Why the ruble is holding its ground.</p>",
        lambda k: it(k, "Press review: Gas talks with Ankara and ruble holds its ground", w, [], story=False, rel=False, note="Daily press review, not a story."))
    w = d(14, 19, 25, 0, o)
    dl2 = "MOSCOW, June 14. /NEVA/."
    add(1918206, "politics", "Russia ready to host new round of Armenia-Azerbaijan talks in Moscow — diplomat", w,
        f"<p>{dl2} Moscow is ready to host a new round of talks between the foreign ministers of Armenia and Azerbaijan on the text of a peace treaty, Russian Deputy Foreign Minister Mikhail Galkin told NEVA on Monday.</p>"
        "<p>\"Our proposal remains on the table. We are ready to provide a venue at any time convenient for Yerevan and Baku,\" Galkin said.</p>"
        "<p>The last round of talks took place in Washington in April.</p>",
        lambda k: it(k, "Russia ready to host new round of Armenia-Azerbaijan talks in Moscow — diplomat", w, [], junk=[dl2], quotes=[q("Mikhail Galkin", "Deputy Foreign Minister")],
                     note="Title attribution '— diplomat' is part of the headline."))
    w = d(14, 13, 30, 0, o)
    add(1918150, "society", "Moscow to open 12 new metro stations by end of 2027 — mayor's office", w,
        f"<p>{dl2} Twelve new metro stations will open in Moscow by the end of the year, the mayor's office said on Monday.</p><p>Most of them are on the Rublyovo-Arkhangelskaya line.</p>",
        lambda k: it(k, "Moscow to open 12 new metro stations by end of 2027 — mayor's office", w, [], rel=False, junk=[dl2]))
    w = d(13, 22, 50, 0, o)
    dl3 = "ST. PETERSBURG, June 13. /NEVA/."
    add(1918088, "sports", "Zenit clinch ninth Russian Premier League title", w,
        f"<p>{dl3} Zenit St. Petersburg won the Russian Premier League title for the ninth time after beating Krasnodar 2-0 on Sunday.</p>",
        lambda k: it(k, "Zenit clinch ninth Russian Premier League title", w, [], rel=False, junk=[dl3]))
    channel = ("    <title>NEVA</title>\n    <link>https://nevanews.example</link>\n    <description>NEVA Russian News Agency</description>\n    <language>en</language>\n"
               f"    <lastBuildDate>{rfc822(d(15, 16, 46, 0, o))}</lastBuildDate>\n    <image>\n      <url>https://nevanews.example/img/neva-logo.png</url>\n      <title>NEVA</title>\n      <link>https://nevanews.example</link>\n    </image>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n' + channel + "\n" + "\n".join(rows) + "\n  </channel>\n</rss>\n")
    return feed("en_ru_nevanews_v2.rss.xml", text, items, lang="en", outlet="NEVA", aliases=["NEVA Russian News Agency", "NEVA News Agency"],
                structure="TASS-style (Moscow) state news agency English RSS (/rss/v2.xml) from a custom CMS: channel titled with the upper-case agency name, image block, no namespaces and no author element, '/<section>/<id>' permalink guids, <category> AFTER pubDate, CDATA <p> bodies opening with the agency's 'CITY, Month D. /AGENCY/.' dateline, straight double quotes, speakers named before or after the quote ('the deputy minister said', 'Galkin said'), a missing space after a full stop, headlines ending in an attribution '— diplomat' / '— mayor's office', a daily press review, +0300 dates")


# ---------------------------------------------------------------- Korea JoongAng Daily-style (Seoul) English RSS: 'BY NAME [e-mail]' at the end of the body
def namsan():
    rows, items = [], []
    base = "https://namsandaily.example"

    def add(aid, slug, title, when, author, body, exp):
        url = f"{base}/news/{when:%Y-%m-%d}/{slug}/{aid}"
        au = f"<author>{esc(author)}</author>" if author else ""
        rows.append(f"<item><title>{cd(title)}</title><link>{url}</link><description>{cd(body)}</description>{au}<pubDate>{rfc822(when, h12=True)}</pubDate><guid>{url}</guid></item>")
        items.append(exp(url))

    o = 9
    w = d(15, 19, 10, 0, o)
    add(20270615191000, "national/diplomacy/seoul-tokyo-shuttle-diplomacy-busan", "Seoul, Tokyo agree to resume shuttle diplomacy with summit in Busan", w, "Kim Hyun-woo,Lee So-yeon",
        "<p>The leaders of Korea and Japan will meet in Busan next month, restarting the shuttle diplomacy that stalled last year, the presidential office said Tuesday.</p>"
        "<p>The two sides are expected to discuss the supply of hydrogen fuel, youth exchange programs and North Korea’s missile launches.</p>"
        "<p>“Both governments want a visit that produces something people can feel,” said Choi Jae-won, the presidential office’s senior secretary for public relations.</p>"
        "<p>BY KIM HYUN-WOO, LEE SO-YEON [kim.hyunwoo@namsandaily.example]</p>",
        lambda k: it(k, "Seoul, Tokyo agree to resume shuttle diplomacy with summit in Busan", w, ["Kim Hyun-woo", "Lee So-yeon"], junk=["BY KIM HYUN-WOO", "kim.hyunwoo@namsandaily.example"],
                     quotes=[q("Choi Jae-won", "presidential office")], note="Two names joined by a comma without space in <author>; upper-case byline with e-mail as the last paragraph."))
    w = d(15, 14, 30, 0, o)
    add(20270615143000, "national/northKorea/north-korea-cruise-missiles-west-sea", "North Korea tests cruise missiles off west coast, JCS says", w, "Yonhap",
        "<p>North Korea fired several cruise missiles off its west coast on Tuesday afternoon, the Joint Chiefs of Staff said.</p>"
        "<p>The launch came a day after Pyongyang condemned a joint air drill by the United States, South Korea and Japan.</p>"
        "<p>Yonhap</p>",
        lambda k: it(k, "North Korea tests cruise missiles off west coast, JCS says", w, ["Yonhap"], note="Agency credit in <author> and as the last paragraph. [] is also correct"))
    w = d(15, 11, 0, 0, o)
    add(20270615110000, "business/industry/korea-poland-k2-second-batch-deal", "Korea, Poland sign $6 billion deal for second batch of K2 tanks", w, "Park Min-ji",
        "<p>Hanbit Rotem signed a $6 billion contract with Poland’s Armament Agency on Tuesday to supply 180 more K2 tanks, the Defense Acquisition Program Administration said.</p>"
        "<p>Part of the tanks will be assembled in Poland under a technology-transfer arrangement, in what officials called the largest arms export in Korea’s history.</p>"
        "<p>BY PARK MIN-JI [park.minji@namsandaily.example]</p>",
        lambda k: it(k, "Korea, Poland sign $6 billion deal for second batch of K2 tanks", w, ["Park Min-ji"], junk=["BY PARK MIN-JI", "park.minji@namsandaily.example"],
                     note="Government-to-government arms export deal."))
    w = d(14, 21, 0, 0, o)
    add(20270614210000, "entertainment/kpop/nova9-billboard-200-first", "Nova9 tops Billboard 200 with first full-length album", w, "Yoon So-hee",
        "<p>Boy band Nova9 topped the Billboard 200 chart with its first full-length album, the band’s agency said Monday.</p>"
        "<p>BY YOON SO-HEE [yoon.sohee@namsandaily.example]</p>",
        lambda k: it(k, "Nova9 tops Billboard 200 with first full-length album", w, ["Yoon So-hee"], rel=False, junk=["yoon.sohee@namsandaily.example"]))
    w = d(14, 16, 20, 0, o)
    add(20270614162000, "national/socialAffairs/heat-wave-advisory-seoul", "Heat wave advisory issued for Seoul as temperatures near 35 degrees", w, "Namsan Daily",
        "<p>The Korea Meteorological Administration issued a heat wave advisory for Seoul and most of Gyeonggi on Monday as daytime temperatures neared 35 degrees Celsius.</p>",
        lambda k: it(k, "Heat wave advisory issued for Seoul as temperatures near 35 degrees", w, [], rel=False, note="The brand as <author>."))
    w = d(14, 10, 0, 0, o)
    add(20270614100000, "national/photo/lotus-lanterns-jogyesa", "[PHOTO] Lotus lanterns light up Jogyesa", w, None,
        "<p>Visitors walk under lotus lanterns at Jogyesa in central Seoul on Monday. [NEWS1]</p>",
        lambda k: it(k, "Lotus lanterns light up Jogyesa", w, [], story=False, rel=False, note="Photo of the day, not a story. Title label '[PHOTO]' may be kept or dropped"))
    channel = ("<title>Namsan Daily</title><link>https://namsandaily.example</link><description>Namsan Daily - Korea's English-language daily</description><language>en-us</language>"
               "<copyright>Copyright by Namsan Daily. All rights reserved.</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>' + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_kr_namsandaily_latest.rss.xml", text, items, lang="en", outlet="Namsan Daily", aliases=["The Namsan Daily"],
                structure="Korea JoongAng Daily-style (Seoul) English RSS from a custom CMS: declaration and document on one line, channel titled with the bare brand, CDATA titles and <p> bodies, '/news/YYYY-MM-DD/<section>/<slug>/<14-digit id>' permalink guids LAST, <author> holding 'A,B' (comma, no space), a person, 'Yonhap', the brand or nothing, bodies ending with an upper-case 'BY NAME, NAME [e-mail]' byline paragraph or an agency name, a '[PHOTO]' title label on a photo of the day with a '[NEWS1]' credit, curly quotes, pubDate on a 12-HOUR clock with AM/PM ('Tue, 15 Jun 2027 07:10:00 PM +0900')")


# ---------------------------------------------------------------- Axios-style world feed: smart-brevity bold labels, 'Go deeper' links
def crux():
    rows, items = [], []
    base = "https://www.cruxnews.example"

    def add(uid, slug, title, when, creator, cats, body, exp):
        url = f"{base}/{when:%Y/%m/%d}/{slug}"
        cr = f"<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        cat = "".join(f"<category>{esc(c)}</category>" for c in cats)
        rows.append(f"<item><title><![CDATA[{title}]]></title><link>{url}</link><guid isPermaLink=\"false\">{uid}</guid>{cat}{cr}<pubDate>{gmt(when)}</pubDate>"
                    f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
        items.append(exp(uid))

    w = d(15, 14, 4, 0, -4)
    add("6f1c2a9e-8b3d-4c71-a2f4-0d9e31b7c2a1", "us-sanctions-georgia-ruling-party-officials", "Scoop: U.S. weighs sanctions on Georgian ruling party officials", w, "Dov Lieberman", ["World", "Russia"],
        "<p>The State Department is preparing sanctions on at least four senior officials of Georgia's ruling party over the crackdown on protesters, two U.S. officials tell Crux.</p>"
        "<p><strong>Why it matters:</strong> It would be the toughest U.S. step yet against a government that was once one of Washington's closest partners in the region.</p>"
        "<p><strong>Driving the news:</strong> Georgia's parliament passed a law last week that lets the government shut down NGOs that receive foreign funding.</p>"
        "<ul><li>The sanctions could be announced as soon as next week, the officials said.</li><li>The EU is considering similar measures.</li></ul>"
        "<p><strong>What they're saying:</strong> \"We've run out of patience,\" one U.S. official said.</p>"
        "<p><strong>Go deeper:</strong> <a href=\"https://www.cruxnews.example/2027/06/08/georgia-foreign-agents-law-protests\">Georgia passes NGO law as protests grow</a></p>",
        lambda k: it(k, "Scoop: U.S. weighs sanctions on Georgian ruling party officials", w, ["Dov Lieberman"], junk=["Go deeper", "Georgia passes NGO law as protests grow"],
                     note="Title label 'Scoop:' may be kept or dropped"))
    w = d(15, 10, 30, 0, -4)
    add("0b7e44d2-1f5a-4e8b-9c3e-5a2d88f0e417", "nato-defense-spending-target-deal", "NATO allies near deal on new defense spending target", w, "Colette Marsh", ["World", "NATO"],
        "<p>NATO allies are close to agreeing on a new target of 3.5% of GDP for core defense spending ahead of next month's summit, according to three diplomats.</p>"
        "<p><strong>The big picture:</strong> Only a handful of allies currently meet even the old 2% target.</p>"
        "<p><strong>Zoom in:</strong> Spain and Belgium want a longer timeline, to 2035. Poland and the Baltic states want 2030.</p>"
        "<p><strong>What's next:</strong> Ambassadors meet again in Brussels on Thursday.</p>",
        lambda k: it(k, "NATO allies near deal on new defense spending target", w, ["Colette Marsh"]))
    w = d(15, 6, 0, 0, -4)
    add("a3d5f9c0-77e2-4b18-8d61-f2c9a0b4e6d3", "newsletters/crux-am-june-15", "Crux AM: Hotline restored", w, "Mike Ellery", ["Newsletters"],
        "<p>Good Tuesday morning. Today's Smart Brevity count: 1,184 words ... 4.5 minutes.</p><p>1 big thing: The U.S.-China hotline is back.</p><p>Sign up for Crux AM.</p>",
        lambda k: it(k, "Crux AM: Hotline restored", w, [], story=False, rel=False, note="Newsletter edition."))
    w = d(14, 22, 40, 0, -4)
    add("c81f3b6a-2d49-4f07-b5e8-9a1e7c4d2f60", "venezuela-americans-released-qatar-swap", "Venezuela frees 3 Americans in Qatar-brokered swap", w, "Dov Lieberman", ["World", "Latin America"],
        "<p>Three Americans detained in Venezuela were released Monday in exchange for a Venezuelan businessman imprisoned in the U.S., officials said.</p>"
        "<p><strong>Why it matters:</strong> It is the second prisoner swap between the two countries in 18 months.</p>"
        "<p><strong>Between the lines:</strong> Qatar has quietly become the go-to mediator for Washington's hostage cases.</p>"
        "<p><strong>Go deeper:</strong> <a href=\"https://www.cruxnews.example/2026/12/20/qatar-mediation-hostages\">Qatar's quiet mediation machine</a></p>",
        lambda k: it(k, "Venezuela frees 3 Americans in Qatar-brokered swap", w, ["Dov Lieberman"], junk=["Go deeper", "Qatar's quiet mediation machine"],
                     note="Same event as hudson_world's and adesso_mondo's prisoner-swap stories."))
    w = d(14, 18, 15, 0, -4)
    add("5e2a7c91-4b60-4d3f-8e17-c0f9b2a6d854", "fed-holds-rates-steady-june", "Fed holds rates steady, signals one cut this year", w, "Emma Whitford", ["Economy"],
        "<p>The Federal Reserve held interest rates steady on Monday and signaled it expects one cut before the end of the year.</p>"
        "<p><strong>Why it matters:</strong> Mortgage rates have stayed above 6.5%.</p>",
        lambda k: it(k, "Fed holds rates steady, signals one cut this year", w, ["Emma Whitford"], rel=False, note="US monetary policy."))
    w = d(14, 12, 0, 0, -4)
    add("9d4b1e07-6a3c-4f92-b8d5-3e7a0c1f2b98", "world-cup-2030-ticket-prices", "World Cup 2030 ticket prices to start at $90", w, "Jordan Pike", ["Sports"],
        "<p>Tickets for the 2030 World Cup in Spain, Portugal and Morocco will start at $90 for group-stage games, organizers said Monday.</p>",
        lambda k: it(k, "World Cup 2030 ticket prices to start at $90", w, ["Jordan Pike"], rel=False))
    channel = ("<title>Crux - World</title><link>https://www.cruxnews.example/world</link><description>Crux: smart, efficient news</description><language>en</language>"
               f"<lastBuildDate>{gmt(d(15, 14, 5, 0, -4))}</lastBuildDate>")
    ns = ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + ns + "><channel>" + channel + "".join(rows) + "</channel></rss>\n")
    return feed("en_us_crux_world.rss.xml", text, items, lang="en", outlet="Crux", aliases=["Crux News"],
                structure="Axios-style world feed from a custom CMS: single line, channel 'Brand - World', UUID non-permalink guids, categories BEFORE dc:creator, GMT pubDates, NO description (only content:encoded), Smart Brevity bodies with bold labels ('Why it matters:', 'Driving the news:', 'The big picture:', 'Zoom in:', 'Between the lines:', 'What's next:'), <ul> bullets, a trailing bold 'Go deeper:' link paragraph, a 'Scoop:' title label, a morning newsletter edition")


# ---------------------------------------------------------------- MIT Technology Review-style WordPress VIP full-content feed (tech)
def kendall():
    rows, items = [], []
    base = "https://www.kendallreview.example"

    def add(pid, slug, title, when, creators, cats, excerpt, body, exp):
        url = f"{base}/{when:%Y/%m/%d}/{pid}/{slug}/"
        crs = "".join(f"\n\t\t<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
        cat = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in cats)
        rows.append(f"\t\t<item>\n\t\t<title>{wpt(title)}</title>\n\t\t<link>{url}</link>{crs}\n\t\t<pubDate>{utc0(when)}</pubDate>{cat}\n\t\t<guid isPermaLink=\"false\">{base}/?p={pid}</guid>\n"
                    f"\t\t<description><![CDATA[{excerpt}]]></description>\n\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"{base}/?p={pid}"))

    nl = "<p><em>This story originally appeared in The Circuit, our weekly newsletter on chips and power. To get stories like this in your inbox first, </em><a href=\"https://forms.kendallreview.example/the-circuit/\"><em>sign up here</em></a><em>.</em></p>"
    w = d(15, 10, 0, 0, -4)
    add(1124411, "us-chip-export-rules-china-what-changes", "The US is tightening chip export rules again. Here’s what changes for China.", w, ["Zeynep Aral"], ["Computing", "Policy", "China"],
        "The new rules target the equipment, not just the chips, and they pull allies into the net.",
        "<p>The US Commerce Department published new export controls on Monday that, for the first time, restrict the sale of chipmaking equipment servicing contracts to Chinese fabs, and extend the rules to tools made in allied countries with US components.</p>"
        "<p>The Netherlands and Japan, home to the biggest toolmakers outside the US, agreed to align their own rules within 90 days, according to the department.</p>"
        "<p>“The service contracts were the hole in the fence,” says Mariana Coelho, a trade lawyer at the Atlantic Trade Policy Institute. “Without servicing, those machines slowly die.”</p>"
        "<p>Beijing called the move “economic coercion” and said it would respond.</p>" + nl,
        lambda k: it(k, "The US is tightening chip export rules again. Here’s what changes for China.", w, ["Zeynep Aral"], junk=["originally appeared in The Circuit", "sign up here"],
                     quotes=[q("Mariana Coelho", "Atlantic Trade Policy Institute")], note="Export controls coordinated with allies: foreign policy. Quote with 'says X, a Y at Z' in present tense."))
    w = d(15, 7, 30, 0, -4)
    add(1124398, "the-download-chip-rules-geothermal-lithium", "The Download: new chip rules, and lithium from geothermal brine", w, ["Rhiannon Webb"], ["The Download"],
        "Plus: an AI model that reads chest X-rays",
        "<p><em>This is today’s edition of The Download, our weekday newsletter that provides a daily dose of what’s going on in the world of technology.</em></p><p><strong>The US is tightening chip export rules again</strong></p><p>Read the full story.</p><p><strong>The must-reads</strong></p><ol><li>Startups race to fill the battery gap</li></ol>",
        lambda k: it(k, "The Download: new chip rules, and lithium from geothermal brine", w, [], story=False, rel=False, note="Daily newsletter edition."))
    w = d(14, 14, 0, 0, -4)
    add(1124350, "geothermal-brine-lithium-startup-salton-sea", "This startup wants to pull lithium out of geothermal brine", w, ["Priya Raman"], ["Climate change and energy"],
        "A pilot plant near the Salton Sea is producing battery-grade lithium carbonate. Scaling it up is the hard part.",
        "<p>A pilot plant on the shore of the Salton Sea in California is producing a ton of battery-grade lithium carbonate a week from the hot brine that geothermal power plants pump up from deep underground.</p>"
        "<p>Brinewell, the startup behind it, says its sorbent can be reused hundreds of times. The next step is a plant 50 times larger.</p>"
        "<p>“Chemistry is not the problem anymore. Money and permits are,” says Daniel Osei, Brinewell’s chief executive.</p>",
        lambda k: it(k, "This startup wants to pull lithium out of geothermal brine", w, ["Priya Raman"], rel=False, quotes=[q("Daniel Osei", "Brinewell")]))
    w = d(14, 10, 0, 0, -4)
    add(1124322, "ai-model-chest-x-rays-hospitals-trial", "An AI model that reads chest X-rays is being tested in 40 hospitals", w, ["Leo Franke", "Priya Raman"], ["Artificial intelligence", "Biotechnology and health"],
        "The trial will show whether radiologists actually work faster with it.",
        "<p>Forty hospitals in Europe and the US have begun a year-long trial of an AI model that drafts reports on chest X-rays for radiologists to check.</p>"
        "<p>Earlier studies found the model as accurate as junior radiologists on common findings but worse on rare ones.</p>",
        lambda k: it(k, "An AI model that reads chest X-rays is being tested in 40 hospitals", w, ["Leo Franke", "Priya Raman"], rel=False))
    w = d(13, 16, 0, 0, -4)
    add(1124290, "why-phone-batteries-sodium-ion", "Why your next phone battery might be made with sodium", w, ["Leo Franke"], ["Climate change and energy", "Computing"],
        "Sodium-ion cells are cheaper and safer. They are finally getting dense enough.",
        "<p>Sodium-ion batteries have long been written off as too bulky for phones. A new generation of cells from three Chinese manufacturers is changing that.</p>"
        "<p>The cells still store about 20% less energy than lithium-ion ones of the same size.</p>" + nl,
        lambda k: it(k, "Why your next phone battery might be made with sodium", w, ["Leo Franke"], rel=False, junk=["originally appeared in The Circuit"]))
    w = d(13, 11, 0, 0, -4)
    add(1124251, "qa-robotics-pioneer-warehouse-automation", "A robotics pioneer on why warehouses still need people", w, ["Rhiannon Webb"], ["Artificial intelligence", "Robotics"],
        "We spoke to Hanne Solberg about grippers, labor, and the limits of automation.",
        "<p>Hanne Solberg has built warehouse robots for 20 years. We spoke about what machines still can’t do.</p>"
        "<p><strong>You’ve said grippers are the bottleneck. Why?</strong></p><p>Because the world is full of soft, odd-shaped things, and a robot has to pick all of them, not 95% of them.</p>"
        "<p><em>This interview has been edited for length and clarity.</em></p>",
        lambda k: it(k, "A robotics pioneer on why warehouses still need people", w, ["Rhiannon Webb"], rel=False, junk=["edited for length and clarity"], note="Q&A interview."))
    channel = ("\t<title>Kendall Review</title>\n\t<atom:link href=\"https://www.kendallreview.example/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t<link>https://www.kendallreview.example</link>\n"
               "\t<description></description>\n"
               f"\t<lastBuildDate>{utc0(d(15, 10, 2, 0, -4))}</lastBuildDate>\n\t<language>en-US</language>\n\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    ns = ('\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
          '\txmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t')
    text = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"' + ns + ">\n\n<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_tech_kendallreview_wpvip.rss.xml", text, items, lang="en", outlet="Kendall Review", aliases=["The Kendall Review"], topic="tech",
                structure="MIT Technology Review-style WordPress VIP site feed (/feed/): declaration and <rss> on one line, one namespace per line, an EMPTY channel <description>, titles with numeric references (&#8217;), items indented with two tabs and a ragged '</item>', one CDATA dc:creator per author (Co-Authors Plus), CDATA categories, '?p=<id>' guids, '/YYYY/MM/DD/<id>/<slug>/' links, dek as the description, content:encoded bodies with 'says X, a Y at Z' present-tense quotes and an italic 'This story originally appeared in …, our weekly newsletter … sign up here.' footer, a Q&A with an 'edited for length and clarity' note, a daily newsletter edition, +0000 dates")


# ---------------------------------------------------------------- NASA-style space agency news releases on WordPress (science)
def ora():
    rows, items = [], []
    base = "https://www.ora.example"

    def add(pid, slug, title, when, creator, body, exp):
        url = f"{base}/news-release/{slug}/"
        rows.append(f"\t\t<item>\n\t\t\t<title>{wpt(title)}</title>\n\t\t\t<link>{url}</link>\n\t\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n\t\t\t<pubDate>{utc0(when)}</pubDate>\n"
                    f"\t\t\t<category><![CDATA[Missions]]></category>\n\t\t\t<guid isPermaLink=\"false\">{base}/?post_type=press-release&#038;p={pid}</guid>\n"
                    f"\t\t\t<description><![CDATA[{body.split('</p>')[0].removeprefix('<p>')} [&#8230;]]]></description>\n\t\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n\t\t</item>")
        items.append(exp(f"{base}/?post_type=press-release&p={pid}"))

    def contacts(*people):
        return "<p>-end-</p>" + "".join(f"<p>{n}<br>{p}<br>{t}<br><a href=\"mailto:{m}\">{m}</a></p>" for n, p, t, m in people)

    w = d(15, 16, 0, 0, -4)
    add(682144, "brazil-signs-lunar-exploration-accords", "Brazil Signs Lunar Exploration Accords, Joining 56 Nations", w, "Dana Whitlock",
        "<p>Brazil on Tuesday became the 57th nation to sign the Lunar Exploration Accords, a set of principles for the peaceful and transparent exploration of the Moon, at a ceremony at the Brazilian Foreign Ministry in Brasília.</p>"
        "<p>The accords, first signed in 2020, commit signatories to share scientific data, register objects in space and coordinate activities to avoid harmful interference.</p>"
        "<p>“Brazil brings decades of satellite expertise and a strong voice for the Global South,” said Administrator Leonard Hayes.</p>"
        + contacts(("Dana Whitlock", "Headquarters, Washington", "202-555-0143", "dana.whitlock@ora.example")),
        lambda k: it(k, "Brazil Signs Lunar Exploration Accords, Joining 56 Nations", w, [], junk=["-end-", "202-555-0143", "dana.whitlock@ora.example", "Headquarters, Washington"],
                     quotes=[q("Leonard Hayes", "Administrator")], note="An international accord signed at a foreign ministry: diplomacy. dc:creator is the press officer whose contact block ends the release. ['Dana Whitlock'] is also correct"))
    w = d(15, 11, 30, 0, -4)
    add(682120, "ora-sets-coverage-for-weather-satellite-launch", "ORA Sets Coverage, Opens Media Accreditation for Weather Satellite Launch", w, "Dana Whitlock",
        "<p>Media accreditation is open for the launch of the next polar weather satellite, targeted for no earlier than Aug. 19 from Vandenberg Space Force Base.</p>"
        "<p>International media must apply by July 9. U.S. media must apply by July 23.</p>"
        + contacts(("Dana Whitlock", "Headquarters, Washington", "202-555-0143", "dana.whitlock@ora.example")),
        lambda k: it(k, "ORA Sets Coverage, Opens Media Accreditation for Weather Satellite Launch", w, [], story=False, rel=False, note="Media advisory with accreditation deadlines."))
    w = d(14, 17, 20, 0, -4)
    add(682098, "europa-probe-completes-mars-gravity-assist", "ORA’s Europa Probe Completes Mars Gravity Assist", w, "Karen Obi",
        "<p>The agency’s Europa probe flew 550 miles above the surface of Mars on Monday, using the planet’s gravity to adjust its path toward Jupiter.</p>"
        "<p>The spacecraft took calibration images of Mars and its moon Deimos during the flyby.</p>"
        "<p>“Every instrument is healthy and the trajectory is right where we want it,” said Fernando Ruiz, the mission’s project manager at the Meridian Propulsion Laboratory.</p>"
        + contacts(("Karen Obi", "Meridian Propulsion Laboratory, Pasadena, Calif.", "818-555-0171", "karen.obi@mpl.example")),
        lambda k: it(k, "ORA’s Europa Probe Completes Mars Gravity Assist", w, [], rel=False, junk=["-end-", "818-555-0171"], quotes=[q("Fernando Ruiz", "Meridian Propulsion Laboratory")],
                     note="['Karen Obi'] is also correct"))
    w = d(14, 12, 0, 0, -4)
    add(682071, "ora-selects-12-new-astronaut-candidates", "ORA Selects 12 New Astronaut Candidates", w, "Dana Whitlock",
        "<p>The agency introduced 12 new astronaut candidates on Monday, selected from more than 8,000 applicants.</p>"
        "<p>The candidates will report to the Johnson Space Center in Houston in August for two years of training.</p>"
        + contacts(("Dana Whitlock", "Headquarters, Washington", "202-555-0143", "dana.whitlock@ora.example")),
        lambda k: it(k, "ORA Selects 12 New Astronaut Candidates", w, [], rel=False, junk=["-end-"], note="['Dana Whitlock'] is also correct"))
    w = d(13, 15, 0, 0, -4)
    add(682040, "telescope-finds-water-vapor-sub-neptune", "Space Telescope Finds Water Vapor in Atmosphere of Sub-Neptune", w, "Karen Obi",
        "<p>Astronomers using the agency’s infrared space telescope detected water vapor and methane in the atmosphere of a sub-Neptune exoplanet 97 light-years from Earth.</p>"
        "<p>The findings were published Monday in The Astrophysical Journal Letters.</p>"
        + contacts(("Karen Obi", "Meridian Propulsion Laboratory, Pasadena, Calif.", "818-555-0171", "karen.obi@mpl.example")),
        lambda k: it(k, "Space Telescope Finds Water Vapor in Atmosphere of Sub-Neptune", w, [], rel=False, junk=["-end-"], note="['Karen Obi'] is also correct"))
    w = d(13, 10, 0, 0, -4)
    add(682011, "ora-awards-lunar-terrain-vehicle-study-contracts", "ORA Awards Study Contracts for Lunar Terrain Vehicle", w, "Dana Whitlock",
        "<p>The agency has awarded three firm-fixed-price contracts worth a combined $72 million to study designs for a crewed lunar terrain vehicle.</p>"
        "<p>Each study lasts 12 months.</p>"
        + contacts(("Dana Whitlock", "Headquarters, Washington", "202-555-0143", "dana.whitlock@ora.example")),
        lambda k: it(k, "ORA Awards Study Contracts for Lunar Terrain Vehicle", w, [], rel=False, junk=["-end-"], note="['Dana Whitlock'] is also correct"))
    channel = ("\t\t<title>News Releases - ORA</title>\n\t\t<atom:link href=\"https://www.ora.example/news-release/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n\t\t<link>https://www.ora.example</link>\n"
               "\t\t<description>Orbital Research Administration</description>\n"
               f"\t\t<lastBuildDate>{utc0(d(15, 16, 1, 0, -4))}</lastBuildDate>\n\t\t<language>en-US</language>\n\t\t<generator>https://wordpress.org/?v=6.5.5</generator>")
    ns = (' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
          ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + ns + ">\n\t<channel>\n" + channel + "\n" + "\n".join(rows) + "\n\t</channel>\n</rss>\n")
    return feed("en_science_ora_newsreleases_wp.rss.xml", text, items, lang="en", outlet="ORA", aliases=["Orbital Research Administration"], topic="science",
                structure="NASA-style space agency news-release feed on WordPress (/news-release/feed/): channel 'News Releases - ACRONYM', a custom post type in the guid ('?post_type=press-release&#038;p=<id>', the ampersand written as &#038;), CDATA dc:creator holding the press officer (not the author of the news), a single 'Missions' category, Title Case headlines with numeric references (&#8217;), WordPress's auto-excerpt description ending in ' [&#8230;]', content:encoded releases ending with '-end-' and media-contact blocks (name, centre and city, phone, mailto link), a media accreditation advisory, +0000 dates")


FEEDS = [kensington, newamsterdam, hudson, marunouchi, crescentlens, neva, namsan, crux, kendall, ora]
